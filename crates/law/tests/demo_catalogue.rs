//! Checks Frirum's demo law catalogue in `crates/cli/data/law/`: every document parses with
//! its reader, every section has text, and every provision that the evaluation set
//! (`eval.toml`) expects exists in the parsed catalogue.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use frirum_law::formats::parse_auto;
use frirum_law::model::{Document, Jurisdiction, Section};
use serde::Deserialize;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../cli/data/law")
}

/// The catalogue documents: every file in the folder except the evaluation set and README.
fn catalogue_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("the demo law folder exists")
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| {
            matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("xml" | "txt" | "html")
            )
        })
        .collect();
    files.sort();
    files
}

fn parse_all() -> Vec<Document> {
    catalogue_files()
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(path).expect("a readable file");
            parse_auto(&name, &bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
        })
        .collect()
}

/// The ways a section may be written in `eval.toml`: the printed label ("§ 26", "§ 3 a",
/// "9 a §"), and for Swedish acts with chapters "9 kap. 37 §".
fn section_keys(jurisdiction: Jurisdiction, section: &Section) -> Vec<String> {
    let mut keys = vec![section.label.clone()];
    if jurisdiction == Jurisdiction::Se
        && let Some(chapter) = &section.chapter
    {
        keys = vec![format!("{chapter} kap. {}", section.label)];
    }
    keys
}

#[derive(Debug, Deserialize)]
struct Eval {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
struct Case {
    id: String,
    jurisdiction: String,
    description: String,
    expected: Vec<Expected>,
}

#[derive(Debug, Deserialize)]
struct Expected {
    act: String,
    section: String,
}

#[test]
fn every_document_parses_with_sections_that_have_text() {
    let docs = parse_all();
    assert!(docs.len() >= 20, "only {} documents", docs.len());
    let mut per_country: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut ids = BTreeSet::new();
    for doc in &docs {
        let act = &doc.act;
        assert!(ids.insert(act.id.clone()), "{} appears twice", act.id);
        assert!(act.in_force, "{} is not marked as in force", act.id);
        assert!(
            doc.sections.len() >= 5,
            "{} has only {} sections",
            act.id,
            doc.sections.len()
        );
        let mut labels = BTreeSet::new();
        for section in &doc.sections {
            assert!(
                section.has_text(),
                "{} {} has no text",
                act.id,
                section.label
            );
            assert!(
                section.heading.is_some(),
                "{} {} has no heading",
                act.id,
                section.label
            );
            let key = section_keys(act.jurisdiction, section).remove(0);
            assert!(labels.insert(key.clone()), "{} {key} appears twice", act.id);
        }
        println!(
            "{:3} {:22} {:3} sections  {}",
            act.jurisdiction,
            act.id,
            doc.sections.len(),
            act.title
        );
        let entry = per_country.entry(act.jurisdiction.to_string()).or_default();
        entry.0 += 1;
        entry.1 += doc.sections.len();
    }
    let total: usize = per_country.values().map(|(_, s)| s).sum();
    for (country, (documents, sections)) in &per_country {
        println!("{country}: {documents} documents, {sections} sections");
    }
    println!("total: {} documents, {total} sections", docs.len());
    assert_eq!(per_country.len(), 3, "all three countries are present");
    assert!((400..=800).contains(&total), "{total} sections");
}

#[test]
fn every_expected_provision_is_in_the_catalogue() {
    let docs = parse_all();
    let mut catalogue: BTreeMap<&str, (Jurisdiction, BTreeSet<String>)> = BTreeMap::new();
    for doc in &docs {
        let keys = doc
            .sections
            .iter()
            .flat_map(|s| section_keys(doc.act.jurisdiction, s))
            .collect();
        catalogue.insert(doc.act.id.as_str(), (doc.act.jurisdiction, keys));
    }

    let text = std::fs::read_to_string(data_dir().join("eval.toml")).expect("eval.toml");
    let eval: Eval = toml::from_str(&text).expect("eval.toml is valid");
    let mut per_country: BTreeMap<String, usize> = BTreeMap::new();
    let mut case_ids = BTreeSet::new();
    let mut missing = Vec::new();
    for case in &eval.case {
        assert!(case_ids.insert(case.id.as_str()), "case {} twice", case.id);
        let jurisdiction: Jurisdiction = case.jurisdiction.parse().expect("a jurisdiction");
        let sentences = case.description.matches(['.', '?', '!']).count();
        assert!(
            (2..=6).contains(&sentences),
            "case {}: the description should be 2–5 sentences",
            case.id
        );
        assert!(
            !case.expected.is_empty(),
            "case {} expects nothing",
            case.id
        );
        for expected in &case.expected {
            match catalogue.get(expected.act.as_str()) {
                None => missing.push(format!("{}: no act {}", case.id, expected.act)),
                Some((j, _)) if *j != jurisdiction => missing.push(format!(
                    "{}: act {} is not {jurisdiction}",
                    case.id, expected.act
                )),
                Some((_, sections)) if !sections.contains(&expected.section) => missing.push(
                    format!("{}: no {} in {}", case.id, expected.section, expected.act),
                ),
                Some(_) => {}
            }
        }
        *per_country.entry(jurisdiction.to_string()).or_default() += 1;
    }
    assert!(
        missing.is_empty(),
        "missing provisions:\n{}",
        missing.join("\n")
    );
    for (country, cases) in &per_country {
        println!("{country}: {cases} evaluation cases");
        assert!(*cases >= 15, "{country} has only {cases} cases");
    }
    assert!(eval.case.len() >= 45, "{} cases", eval.case.len());
}
