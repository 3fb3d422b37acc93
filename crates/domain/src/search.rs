//! Folding of names for search, so that the spellings people type find each other.
//!
//! "Århus" and "Aarhus", "Tromsø" and "Tromso", "Malmö" and "Malmo", "Høje-Taastrup" and
//! "Hoje Tastrup" must meet. Both the stored name and the query are folded the same way, and
//! the folded query is looked for inside the folded name.

use unicode_normalization::UnicodeNormalization;

/// Folds text to a search key: lower case, Nordic letters spelled out, accents removed, the
/// old double-letter spellings ("aa" for "å", "oe" for "ø", "ae" for "æ") treated as the
/// single letter, and everything that is not a letter or digit turned into one space.
pub fn fold(text: &str) -> String {
    let mut letters = String::with_capacity(text.len());
    for c in text.to_lowercase().chars() {
        match c {
            'æ' | 'ä' => letters.push('a'),
            'ø' | 'ö' => letters.push('o'),
            'å' => letters.push('a'),
            'ß' => letters.push_str("ss"),
            'đ' => letters.push('d'),
            'ŋ' => letters.push('n'),
            'ŧ' => letters.push('t'),
            'þ' => letters.push_str("th"),
            _ => letters.extend(c.nfd().filter(|c| c.is_alphanumeric())),
        }
        if !c.is_alphanumeric() {
            letters.push(' ');
        }
    }
    let collapsed = letters
        .replace("aa", "a")
        .replace("ae", "a")
        .replace("oe", "o");
    collapsed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words that say an organisation is a municipality rather than which one, as people
/// add them to a name ("Skanderborg Kommune", "Umeå kommun").
const MUNICIPALITY_WORDS: &[&str] = &["kommune", "kommunes", "kommun", "kommuns", "municipality"];

/// A name as people write it, folded, without the word "kommune"/"kommun"/"municipality":
/// "Skanderborg Kommune", "skanderborg" and "SKANDERBORG" have the same key.
pub fn name_key(text: &str) -> String {
    fold(text)
        .split(' ')
        .filter(|w| !MUNICIPALITY_WORDS.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a name typed by a person means a registry name: the same key, or the same key as
/// one of the name's parts in another language ("Kautokeino" for "Guovdageaidnu - Kautokeino").
pub fn names_match(typed: &str, registered: &str) -> bool {
    let typed = name_key(typed);
    if typed.is_empty() {
        return false;
    }
    typed == name_key(registered) || registered.split(" - ").any(|part| name_key(part) == typed)
}

/// How far a typed name is from a registry name, for suggestions: 0 when the typed key is
/// the start of the name's key, else the edit distance between the keys; `None` when they
/// are too far apart to suggest (more than a quarter of the letters, at least two).
pub fn name_distance(typed: &str, registered: &str) -> Option<usize> {
    let typed = name_key(typed);
    let name = name_key(registered);
    if typed.is_empty() {
        return None;
    }
    if name.starts_with(&typed) || name.split(' ').any(|w| w.starts_with(&typed)) {
        return Some(0);
    }
    // The whole name, each of its names in other languages, and each word of it.
    let distance = std::iter::once(name.clone())
        .chain(registered.split(" - ").map(name_key))
        .chain(name.split(' ').map(str::to_owned))
        .map(|candidate| edit_distance(&typed, &candidate))
        .min()
        .unwrap_or(usize::MAX);
    (distance <= (typed.chars().count() / 4).max(2)).then_some(distance)
}

/// The Levenshtein distance between two strings, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{fold, name_distance, name_key, names_match};

    #[test]
    fn near_names_are_suggested() {
        assert_eq!(name_distance("Skanderb", "Skanderborg"), Some(0));
        assert_eq!(name_distance("Skandeborg", "Skanderborg"), Some(1));
        assert_eq!(name_distance("Tromso kommune", "Tromsø"), Some(0));
        assert_eq!(name_distance("Oslo", "Skanderborg"), None);
        assert_eq!(name_distance("Harstadd", "Harstad - Hárstták"), Some(1));
        assert_eq!(name_distance("", "Skanderborg"), None);
    }

    #[test]
    fn names_match_with_or_without_the_word_for_municipality() {
        assert!(names_match("Skanderborg", "Skanderborg"));
        assert!(names_match("skanderborg kommune", "Skanderborg"));
        assert!(names_match("Umea kommun", "Umeå"));
        assert!(names_match("Tromso", "Tromsø"));
        assert!(names_match("Kautokeino", "Guovdageaidnu - Kautokeino"));
        assert!(!names_match("Uppsala kommun", "Region Uppsala"));
        assert!(!names_match("Skander", "Skanderborg"));
        assert!(!names_match("kommune", "Skanderborg"));
        assert_eq!(name_key("Høje-Taastrup Kommune"), "hoje tastrup");
    }

    fn meet(a: &str, b: &str) {
        assert_eq!(fold(a), fold(b), "{a} and {b} should fold alike");
    }

    #[test]
    fn nordic_spellings_meet() {
        meet("Århus", "Aarhus");
        meet("Tromsø", "Tromso");
        meet("Tromsø", "TROMSOE");
        meet("Malmö", "Malmo");
        meet("Høje-Taastrup", "hoje taastrup");
        meet("Færder", "Faerder");
        meet("Læsø", "Laeso");
        meet("Guovdageaidnu - Kautokeino", "guovdageaidnu kautokeino");
        meet("Porsáŋgu", "porsangu");
    }

    #[test]
    fn query_is_found_inside_the_name() {
        assert!(fold("Lyngby-Taarbæk").contains(&fold("taarbaek")));
        assert!(fold("Upplands Väsby").contains(&fold("vasby")));
    }

    #[test]
    fn punctuation_and_spaces_collapse() {
        assert_eq!(fold("  Ikast–Brande  "), "ikast brande");
    }
}
