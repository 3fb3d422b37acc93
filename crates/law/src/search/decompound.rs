//! Compound splitting for Nordic languages: the vocabulary of known words and the token filter
//! that emits a compound's parts beside the compound, so that "bemanningsnorm" is found by
//! "bemanning" and "norm", and the other way round.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::analysis::lang_index;
use super::words;
use crate::model::Jurisdiction;

/// The shortest first or middle part; shorter ones ("for", "av") split ordinary words.
const MIN_MODIFIER_CHARS: usize = 4;
/// The shortest last part, so that "lov" and "lag" still count as heads.
const MIN_HEAD_CHARS: usize = 3;
/// More parts than this are almost always a wrong split.
const MAX_PARTS: usize = 4;
/// The longest word worth splitting; longer tokens are noise.
const MAX_WORD_CHARS: usize = 48;
/// The linking letters that may join two parts ("bemannings|norm", "barneh|e|...").
const LINKS: [char; 2] = ['s', 'e'];

/// The words seen standalone in a corpus, per language, as stored beside the index.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VocabularyFile {
    /// The format version, so that an old file can be recognised.
    pub version: u32,
    /// The minimum number of occurrences a corpus word needed.
    pub min_frequency: u32,
    pub no: Vec<String>,
    pub da: Vec<String>,
    pub sv: Vec<String>,
}

/// The current [`VocabularyFile::version`].
pub const VOCABULARY_VERSION: u32 = 1;

impl VocabularyFile {
    fn words(&self, jurisdiction: Jurisdiction) -> &[String] {
        match jurisdiction {
            Jurisdiction::No => &self.no,
            Jurisdiction::Dk => &self.da,
            Jurisdiction::Se => &self.sv,
        }
    }
}

/// The known words of one language, folded, that compound parts are looked up in.
#[derive(Debug)]
pub struct LangVocabulary {
    jurisdiction: Jurisdiction,
    words: HashSet<String>,
}

impl LangVocabulary {
    /// The built-in words plus `corpus_words`, less the stopwords.
    pub fn new<'a>(
        jurisdiction: Jurisdiction,
        corpus_words: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let stop: HashSet<String> = words::stopwords(jurisdiction)
            .map(|w| fold(w).into_owned())
            .collect();
        let words = words::legal_words(jurisdiction)
            .iter()
            .copied()
            .chain(corpus_words)
            .map(|w| fold(w).into_owned())
            .filter(|w| !stop.contains(w))
            .collect();
        Self {
            jurisdiction,
            words,
        }
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    fn is_modifier(&self, part: &str) -> bool {
        self.words.contains(fold(part).as_ref())
    }

    fn is_head(&self, part: &str) -> bool {
        let folded = fold(part);
        if !self.may_be_part(part) {
            return false;
        }
        if self.words.contains(folded.as_ref()) {
            return true;
        }
        words::head_suffixes(self.jurisdiction)
            .iter()
            .filter_map(|suffix| folded.strip_suffix(suffix))
            .any(|stem| stem.chars().count() >= MIN_HEAD_CHARS && self.words.contains(stem))
    }

    /// Whether `part` may stand as a part of a compound at all: not a derivational ending
    /// ("verksam|heten", "kustbevak|ningen", "tryg|hed"), which is in the vocabulary only
    /// because the corpus prints it alone now and then. Split off, such an ending matches
    /// thousands of provisions that share nothing with the word but its suffix.
    fn may_be_part(&self, part: &str) -> bool {
        let folded = fold(part);
        !words::derivational_endings(self.jurisdiction)
            .iter()
            .any(|ending| fold(ending) == folded)
    }

    /// The byte ranges of the parts of `word` (lower-cased), or `None` when it is not a
    /// compound of known words. Fewest parts win, then the longest first part.
    pub fn split(&self, word: &str) -> Option<Vec<Range<usize>>> {
        let bounds: Vec<usize> = word
            .char_indices()
            .map(|(i, _)| i)
            .chain([word.len()])
            .collect();
        let chars = bounds.len() - 1;
        if !(MIN_MODIFIER_CHARS + MIN_HEAD_CHARS..=MAX_WORD_CHARS).contains(&chars)
            || !word.chars().all(char::is_alphabetic)
        {
            return None;
        }
        let mut splitter = Splitter {
            vocabulary: self,
            word,
            bounds: &bounds,
            memo: vec![None; chars + 1],
        };
        splitter.best(0).filter(|parts| parts.len() <= MAX_PARTS)
    }
}

/// The search state of one split: memoised best splits of each suffix.
struct Splitter<'a> {
    vocabulary: &'a LangVocabulary,
    word: &'a str,
    bounds: &'a [usize],
    memo: Vec<Option<Option<Vec<Range<usize>>>>>,
}

impl Splitter<'_> {
    fn chars(&self) -> usize {
        self.bounds.len() - 1
    }

    fn text(&self, from: usize, to: usize) -> &str {
        &self.word[self.bounds[from]..self.bounds[to]]
    }

    /// The best split of the suffix starting at char `start`.
    fn best(&mut self, start: usize) -> Option<Vec<Range<usize>>> {
        if start > 0
            && let Some(known) = &self.memo[start]
        {
            return known.clone();
        }
        let n = self.chars();
        let mut best: Option<Vec<Range<usize>>> = None;
        // The whole rest as the last part, but only after a first part: a split needs two.
        if start > 0 && n - start >= MIN_HEAD_CHARS && self.vocabulary.is_head(self.text(start, n))
        {
            let head = self.bounds[start]..self.bounds[n];
            best = Some(vec![head]);
        }
        if best.is_none() {
            // Longest modifier first, so that ties keep the longest first part.
            for end in (start + MIN_MODIFIER_CHARS..=n.saturating_sub(MIN_HEAD_CHARS)).rev() {
                if !self.vocabulary.is_modifier(self.text(start, end))
                    || !self.vocabulary.may_be_part(self.text(start, end))
                {
                    continue;
                }
                let mut nexts = vec![end];
                let link = self.word[self.bounds[end]..].chars().next();
                if link.is_some_and(|c| LINKS.contains(&c)) {
                    nexts.push(end + 1);
                }
                for next in nexts {
                    if n - next < MIN_HEAD_CHARS {
                        continue;
                    }
                    if let Some(rest) = self.best(next) {
                        let better = best.as_ref().is_none_or(|b| rest.len() + 1 < b.len());
                        if better {
                            let first = self.bounds[start]..self.bounds[end];
                            let mut parts = vec![first];
                            parts.extend(rest);
                            best = Some(parts);
                        }
                    }
                }
            }
        }
        if start > 0 {
            self.memo[start] = Some(best.clone());
        }
        best
    }
}

/// The vocabularies of the three languages.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    no: Arc<LangVocabulary>,
    da: Arc<LangVocabulary>,
    sv: Arc<LangVocabulary>,
    file: Arc<VocabularyFile>,
}

impl Vocabulary {
    /// The vocabulary of `file` plus the built-in words.
    pub fn from_file(file: VocabularyFile) -> Self {
        let lang = |j| {
            Arc::new(LangVocabulary::new(
                j,
                file.words(j).iter().map(String::as_str),
            ))
        };
        Self {
            no: lang(Jurisdiction::No),
            da: lang(Jurisdiction::Dk),
            sv: lang(Jurisdiction::Se),
            file: Arc::new(file),
        }
    }

    /// Only the built-in words, for an index that has never been built.
    pub fn builtin() -> Self {
        Self::from_file(VocabularyFile {
            version: VOCABULARY_VERSION,
            ..VocabularyFile::default()
        })
    }

    /// The vocabulary of one language.
    pub fn language(&self, jurisdiction: Jurisdiction) -> &Arc<LangVocabulary> {
        match jurisdiction {
            Jurisdiction::No => &self.no,
            Jurisdiction::Dk => &self.da,
            Jurisdiction::Se => &self.sv,
        }
    }

    /// The corpus words as stored beside the index.
    pub fn file(&self) -> &VocabularyFile {
        &self.file
    }
}

/// Counts the standalone words of a corpus to build a [`Vocabulary`] from.
#[derive(Debug, Default)]
pub struct VocabularyBuilder {
    counts: [HashMap<String, u32>; 3],
}

impl VocabularyBuilder {
    /// Counts the words of `text`, written in the language of `jurisdiction`.
    pub fn add_text(&mut self, jurisdiction: Jurisdiction, text: &str) {
        let counts = &mut self.counts[lang_index(jurisdiction)];
        for word in text.split(|c: char| !c.is_alphabetic()) {
            let chars = word.chars().count();
            if !(MIN_HEAD_CHARS..=MAX_WORD_CHARS).contains(&chars) {
                continue;
            }
            if word.chars().all(char::is_lowercase) {
                if let Some(count) = counts.get_mut(word) {
                    *count += 1;
                } else {
                    counts.insert(word.to_owned(), 1);
                }
            } else {
                *counts.entry(word.to_lowercase()).or_default() += 1;
            }
        }
    }

    /// The words seen at least `min_frequency` times, sorted so that the file is stable.
    pub fn finish(self, min_frequency: u32) -> VocabularyFile {
        let [no, da, sv] = self.counts.map(|counts| {
            let mut words: Vec<String> = counts
                .into_iter()
                .filter(|(_, n)| *n >= min_frequency)
                .map(|(w, _)| w)
                .collect();
            words.sort_unstable();
            words
        });
        VocabularyFile {
            version: VOCABULARY_VERSION,
            min_frequency,
            no,
            da,
            sv,
        }
    }
}

/// Folds a lower-cased word for vocabulary look-ups, so that "forsoks" and "forsøks" split
/// alike; it need only agree with itself, not with the index's folding.
pub fn fold(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push('o'),
            'å' => out.push('a'),
            c if c.is_ascii() => out.push(c),
            c => out.extend(c.to_string().nfd().filter(|c| !is_combining_mark(*c))),
        }
    }
    Cow::Owned(out)
}

/// Adds the parts of `word[range]` to `out`, then the parts of each part that splits too:
/// "socialtjänstlagen" gives "socialtjänst" and "lagen", then "social" and "tjänst". So a
/// text with a compound has the parts that the compound's own split would give, wherever the
/// compound stands, and a query may ask for a word's parts in place of the word.
fn split_deep(
    vocabulary: &LangVocabulary,
    word: &str,
    range: Range<usize>,
    out: &mut Vec<Range<usize>>,
) {
    let Some(parts) = vocabulary.split(&word[range.clone()]) else {
        return;
    };
    let parts: Vec<Range<usize>> = parts
        .into_iter()
        .map(|p| range.start + p.start..range.start + p.end)
        .collect();
    out.extend(parts.iter().cloned());
    for part in parts {
        split_deep(vocabulary, word, part, out);
    }
}

/// The token filter: after each token that splits, its parts at the same position.
#[derive(Debug, Clone)]
pub struct Decompounder {
    vocabulary: Arc<LangVocabulary>,
}

impl Decompounder {
    pub fn new(vocabulary: Arc<LangVocabulary>) -> Self {
        Self { vocabulary }
    }
}

impl TokenFilter for Decompounder {
    type Tokenizer<T: Tokenizer> = DecompoundFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> DecompoundFilter<T> {
        DecompoundFilter {
            vocabulary: self.vocabulary,
            cache: HashMap::new(),
            inner: tokenizer,
        }
    }
}

/// The most words whose splits one analyser remembers; it forgets them all beyond that.
const SPLIT_CACHE_WORDS: usize = 100_000;

/// The [`Decompounder`] applied to an inner tokenizer. It remembers the splits of the words
/// it has seen, because an indexing thread meets the same words again and again.
#[derive(Debug, Clone)]
pub struct DecompoundFilter<T> {
    vocabulary: Arc<LangVocabulary>,
    cache: HashMap<String, Vec<Range<usize>>>,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for DecompoundFilter<T> {
    type TokenStream<'a> = DecompoundStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        if self.cache.len() > SPLIT_CACHE_WORDS {
            self.cache.clear();
        }
        DecompoundStream {
            vocabulary: &self.vocabulary,
            cache: &mut self.cache,
            tail: self.inner.token_stream(text),
            parts: Vec::new(),
            next_part: 0,
        }
    }
}

/// The token stream of a [`DecompoundFilter`].
pub struct DecompoundStream<'a, T> {
    vocabulary: &'a LangVocabulary,
    cache: &'a mut HashMap<String, Vec<Range<usize>>>,
    tail: T,
    /// The parts of the tail's current token, emitted after it.
    parts: Vec<Token>,
    /// One more than the index of the part being emitted; 0 while the tail's token is.
    next_part: usize,
}

impl<T: TokenStream> TokenStream for DecompoundStream<'_, T> {
    fn advance(&mut self) -> bool {
        if self.next_part < self.parts.len() {
            self.next_part += 1;
            return true;
        }
        self.parts.clear();
        self.next_part = 0;
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token();
        let ranges = match self.cache.get(&token.text) {
            Some(ranges) => ranges,
            None => {
                let mut ranges = Vec::new();
                split_deep(
                    self.vocabulary,
                    &token.text,
                    0..token.text.len(),
                    &mut ranges,
                );
                self.cache.entry(token.text.clone()).or_insert(ranges)
            }
        };
        // Offsets stay those of the whole word unless the text maps byte for byte.
        let exact = token.offset_to - token.offset_from == token.text.len();
        for range in ranges.iter().cloned() {
            let (from, to) = if exact {
                (
                    token.offset_from + range.start,
                    token.offset_from + range.end,
                )
            } else {
                (token.offset_from, token.offset_to)
            };
            self.parts.push(Token {
                offset_from: from,
                offset_to: to,
                position: token.position,
                text: token.text[range].to_owned(),
                position_length: 1,
            });
        }
        true
    }

    fn token(&self) -> &Token {
        match self.next_part {
            0 => self.tail.token(),
            n => &self.parts[n - 1],
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        match self.next_part {
            0 => self.tail.token_mut(),
            n => &mut self.parts[n - 1],
        }
    }
}
