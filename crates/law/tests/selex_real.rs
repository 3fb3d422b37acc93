//! The se-lex reader on the real Markdown edition of SFS, when `FRIRUM_SELEX_SFS` names a
//! checkout of github.com/se-lex/sfs (the year folders with their `.md` files); skipped
//! otherwise, since law text is not kept in the repository.
//!
//! Each act is checked against what a lawyer expects of its structure, counted from the file
//! by a simpler, independent method: every section heading ("#### 3 §", "## 2 a §") before
//! the transitional provisions and annexes is one provision, once; two versions of one
//! section ("/Upphör att gälla U:…/" and "/Träder i kraft I:…/") are one provision; in an act
//! with löpande numrering the sections keep their numbers without the chapter; and every
//! section read has text. The test prints the counts and the acts that break them, and fails
//! when more acts break them than when it was last measured.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use frirum_law::formats::{SfsHint, selex};
use regex::Regex;

fn checkout() -> Option<PathBuf> {
    match std::env::var_os("FRIRUM_SELEX_SFS") {
        Some(dir) => Some(PathBuf::from(dir)),
        None => {
            println!("note: FRIRUM_SELEX_SFS is not set; the se-lex test is skipped");
            None
        }
    }
}

fn markdown_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "md")
                && path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("sfs-"))
            {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The provisions of an act as (chapter, section), read from the headings alone.
fn expected_sections(text: &str) -> Vec<(Option<String>, String)> {
    static HEADING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^#{2,6}\s+(.*?)\s*$").unwrap());
    static CHAPTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d+)\s?([a-z])?\s+[Kk]ap\.").unwrap());
    static SECTION: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d+)\s?([a-z])?\s?§").unwrap());
    static MARKS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:/-?[a-z]{1,2}\d?/\s*)+").unwrap());
    let body = text.split_once("\n---\n").map_or("", |(_, body)| body);
    let mut chapter = None;
    let mut seen = BTreeSet::new();
    let mut out: Vec<(Option<String>, String)> = Vec::new();
    for line in body.lines() {
        let Some(caps) = HEADING.captures(line.trim()) else {
            continue;
        };
        let heading = MARKS.replace(&caps[1], "");
        let heading = heading.as_ref();
        let lower = heading.to_lowercase();
        if lower.starts_with("övergångsbestämmelse")
            || lower.starts_with("ikraftträdande- och övergångsbestämmelser")
            || lower.starts_with("bilaga")
        {
            break;
        }
        let number = |c: &regex::Captures<'_>| match c.get(2) {
            Some(letter) => format!("{} {}", &c[1], letter.as_str()),
            None => c[1].to_owned(),
        };
        if let Some(c) = CHAPTER.captures(heading) {
            // "## 7 kap. 23 §, eller" is a line of text made a heading, not a chapter.
            if !heading.contains('§') {
                chapter = Some(number(&c));
            }
        } else if let Some(c) = SECTION.captures(heading) {
            // A chapter whose heading the conversion lost: "1 §" again in a numbered
            // chapter that already has sections.
            if number(&c) == "1"
                && !heading.contains('/')
                && let Some(n) = chapter.as_deref().and_then(|c| c.parse::<u32>().ok())
                && out
                    .iter()
                    .rev()
                    .find(|(c, _)| c == &chapter)
                    .is_some_and(|(_, last)| last != "1")
            {
                chapter = Some((n + 1).to_string());
            }
            let key = (chapter.clone(), number(&c));
            // A number below the last one in its chapter is a citation made a heading
            // ("#### 7 §" after 8 §), unless it is another version of a section.
            let below = out
                .iter()
                .rev()
                .find(|(c, _)| c == &chapter)
                .is_some_and(|(_, last)| order(&key.1) < order(last));
            if below && !heading.contains('/') {
                continue;
            }
            if seen.insert(key.clone()) {
                out.push(key);
            }
        }
    }
    out
}

/// "12 a" as (12, "a"), to put section numbers in order.
fn order(number: &str) -> (u32, String) {
    let digits: String = number.chars().take_while(char::is_ascii_digit).collect();
    (
        digits.parse().unwrap_or(0),
        number[digits.len()..].trim().to_owned(),
    )
}

#[test]
fn selex_acts_have_the_structure_a_lawyer_expects() {
    let Some(dir) = checkout() else { return };
    let hint = SfsHint {
        on: Some("2025-09-01".into()),
        ..SfsHint::default()
    };
    let (mut files, mut read, mut sections, mut refused) = (0, 0, 0, 0);
    let mut problems = Vec::new();
    for path in markdown_files(&dir) {
        files += 1;
        let bytes = fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = String::from_utf8_lossy(&bytes);
        let expected = expected_sections(&text);
        let doc = match selex::parse(&name, &bytes, &hint) {
            Ok(doc) => doc,
            Err(e) => {
                refused += 1;
                if !expected.is_empty() {
                    problems.push(format!(
                        "{name}: refused with {} sections: {e}",
                        expected.len()
                    ));
                }
                continue;
            }
        };
        read += 1;
        sections += doc.sections.len();
        let got: Vec<(Option<String>, String)> = doc
            .sections
            .iter()
            .map(|s| (s.chapter.clone(), s.section.clone()))
            .collect();
        let mut unique = BTreeSet::new();
        let twice: Vec<_> = got
            .iter()
            .filter(|key| !unique.insert(*key))
            .take(5)
            .collect();
        if !twice.is_empty() {
            problems.push(format!("{name}: sections read twice: {twice:?}"));
        }
        // With löpande numrering the reader leaves the chapter out; compare numbers then.
        let continuous = got.iter().all(|(c, _)| c.is_none());
        let want: Vec<(Option<String>, String)> = if continuous {
            expected.iter().map(|(_, s)| (None, s.clone())).collect()
        } else {
            expected
        };
        if got != want {
            let missing: Vec<_> = want.iter().filter(|w| !got.contains(w)).take(5).collect();
            let extra: Vec<_> = got.iter().filter(|g| !want.contains(g)).take(5).collect();
            problems.push(format!(
                "{name}: {} sections read, {} expected; missing {missing:?}, extra {extra:?}",
                got.len(),
                want.len()
            ));
        }
        for section in &doc.sections {
            if !section.has_text() {
                problems.push(format!("{name}: {} has no text", section.label));
            }
        }
    }
    let with_problems: BTreeSet<&str> = problems
        .iter()
        .map(|p| p.split(':').next().unwrap_or(""))
        .collect();
    println!(
        "se-lex: {files} files, {read} read, {refused} refused (no text), {sections} sections, \
         {} files with problems",
        with_problems.len()
    );
    for problem in problems.iter().take(60) {
        println!("  {problem}");
    }
    assert!(files > 0, "no se-lex files under {}", dir.display());
    // Measured on se-lex commit aaf61644 (2025-09-01): 106 files with problems before the
    // reader merged moments, kept a heading under a section's number, dropped conversion
    // marks, took citation lines made headings as text and opened chapters whose heading
    // was lost; 15 after. The rest are listed above; the count may only go down.
    assert!(
        with_problems.len() <= 15,
        "{} files with problems (15 at most)",
        with_problems.len()
    );
}
