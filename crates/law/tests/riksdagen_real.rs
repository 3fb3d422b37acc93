//! The SFS HTML reader on real pages of Swedish acts, when `FRIRUM_SFS_PAGES` names a folder
//! of them (`.html`); skipped otherwise, since law text is not kept in the repository. The
//! README says where such pages can be had.
//!
//! Two kinds of page are read: the Riksdag's (riksdagen.se, sections marked by anchors
//! "K3P1" or "P2" among menus, a sidebar and a footer) and the Government Offices' database
//! (rkrattsbaser, the consolidated text wrapped in one element). What a lawyer expects is
//! counted from each page by a simpler, independent method: the Riksdag's anchors, or the
//! paragraphs of the database's text that start "N §" or "N kap." before the transitional
//! provisions. Every expected section must be read, none twice, each with text; a section
//! the page leaves without an anchor may be read beyond them (the first one, after the act's
//! own date mark, is such). Where both kinds of page of one act are in the folder, their
//! sections must agree.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;
use std::sync::LazyLock;

use frirum_law::formats::{SfsHint, sfs};
use frirum_law::model::Document;
use regex::Regex;
use scraper::{Html, Selector};

type Label = (Option<String>, String);

fn folder() -> Option<PathBuf> {
    match std::env::var_os("FRIRUM_SFS_PAGES") {
        Some(dir) => Some(PathBuf::from(dir)),
        None => {
            println!("note: FRIRUM_SFS_PAGES is not set; the SFS page test is skipped");
            None
        }
    }
}

fn squeeze(number: &str) -> String {
    number.split_whitespace().collect()
}

/// The sections the page itself marks, in order, once each.
fn expected(html: &str) -> Vec<Label> {
    static ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"<a\s+name="(?:K(\d+[a-z]?))?P(\d+[a-z]?)""#).expect("valid regex")
    });
    static CHAPTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d+ ?[a-z]?) kap\.").expect("valid regex"));
    static SECTION: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d+ ?[a-z]?) §").expect("valid regex"));
    static MARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^/[^/]*/\s*").expect("valid"));
    let mut labels: Vec<Label> = Vec::new();
    let mut push = |label: Label| {
        if !labels.contains(&label) {
            labels.push(label);
        }
    };
    let anchors: Vec<_> = ANCHOR.captures_iter(html).collect();
    if !anchors.is_empty() {
        for caps in anchors {
            push((
                caps.get(1).map(|c| c.as_str().to_owned()),
                caps[2].to_owned(),
            ));
        }
        return labels;
    }
    let page = Html::parse_document(html);
    let selector = Selector::parse(".body-text").expect("valid selector");
    let Some(body) = page.select(&selector).next() else {
        return labels;
    };
    let text: String = body.text().collect();
    let mut chapter = None;
    for paragraph in Regex::new(r"\n\s*\n").expect("valid").split(&text) {
        let words = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        let words = MARK.replace(&words, "");
        if words == "Övergångsbestämmelser" {
            break;
        }
        if let Some(caps) = CHAPTER.captures(&words) {
            chapter = Some(squeeze(&caps[1]));
        } else if let Some(caps) = SECTION.captures(&words) {
            push((chapter.clone(), squeeze(&caps[1])));
        }
    }
    labels
}

fn read(document: &Document) -> Vec<Label> {
    document
        .sections
        .iter()
        .map(|s| (s.chapter.clone(), squeeze(&s.section)))
        .collect()
}

#[test]
fn sfs_pages_have_the_structure_a_lawyer_expects() {
    let Some(dir) = folder() else {
        return;
    };
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .html files in {}", dir.display());
    let hint = SfsHint {
        on: Some("2024-06-01".into()),
        ..SfsHint::default()
    };
    let mut broken = Vec::new();
    let mut by_act: BTreeMap<String, Vec<(String, Document)>> = BTreeMap::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = fs::read(path).unwrap();
        let want = expected(&String::from_utf8_lossy(&bytes));
        let document = match sfs::parse_html(&name, &bytes, &hint) {
            Ok(document) => document,
            Err(error) => {
                broken.push(format!("{name}: {error}"));
                continue;
            }
        };
        let got = read(&document);
        let missing: Vec<_> = want.iter().filter(|l| !got.contains(l)).collect();
        let extra: Vec<_> = got.iter().filter(|l| !want.contains(l)).collect();
        let mut twice = got.clone();
        twice.sort();
        twice.dedup();
        let read_twice = got.len() - twice.len();
        let empty: Vec<_> = document
            .sections
            .iter()
            .filter(|s| s.subsections.iter().all(|p| p.text.is_empty()))
            .map(|s| s.label.clone())
            .collect();
        println!(
            "{name}: {} ({}), {} sections read, {} expected, extra {extra:?}",
            document.act.id,
            document.act.title,
            got.len(),
            want.len()
        );
        if !missing.is_empty() || read_twice > 0 || !empty.is_empty() || extra.len() > 2 {
            broken.push(format!(
                "{name}: missing {missing:?}, read twice {read_twice}, without text {empty:?}, extra {extra:?}"
            ));
        }
        by_act
            .entry(document.act.id.clone())
            .or_default()
            .push((name, document));
    }
    for (act, pages) in &by_act {
        for pair in pages.windows(2) {
            let ((a, first), (b, second)) = (&pair[0], &pair[1]);
            if read(first) != read(second) {
                broken.push(format!("{act}: {a} and {b} read different sections"));
            }
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}
