//! Parses the real sample files in `../shared/formats/samples` (outside the repository; the
//! test is skipped when they are absent) and checks each reader's section count against a
//! count taken from the file by a simpler, independent method.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use frirum_law::formats::source::{Summary, read_path, read_tar_bz2};
use frirum_law::formats::{Format, parse_auto};
use frirum_law::model::{ActKind, Document};
use regex::Regex;

fn samples() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/formats/samples");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!(
            "note: {} is absent; the sample tests are skipped",
            dir.display()
        );
        None
    }
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// Sections in a Lovdata file: `legalArticle` elements outside amendment notes; for an
/// amending act without them, its Roman-numbered parts.
fn lovdata_count(text: &str) -> usize {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?s)<article class="changesToParent">.*?</article>"#).unwrap()
    });
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"<section class="section" data-name="kap[IVXLCDM]+""#).unwrap()
    });
    let text = NOTE.replace_all(text, "");
    let articles = text.matches(r#"class="legalArticle""#).count();
    if articles > 0 {
        articles
    } else {
        PART.find_iter(&text).count()
    }
}

/// Sections in a LexDania file: `Paragraf` elements outside the `Ikraft` blocks that quote
/// the commencement provisions of other acts.
fn lexdania_count(text: &str) -> usize {
    static IKRAFT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?s)<Ikraft\b.*?</Ikraft>").unwrap());
    static PARAGRAF: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"<(?:Paragraf|AendringCentreretParagraf)[\s>]").unwrap());
    PARAGRAF.find_iter(&IKRAFT.replace_all(text, "")).count()
}

fn check(path: &Path, expected_format: Format, count: fn(&str) -> usize) -> Document {
    let bytes = fs::read(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(Format::auto(&name, &bytes), Some(expected_format), "{name}");
    let doc = parse_auto(&name, &bytes).unwrap_or_else(|e| panic!("{e}"));
    let expected = count(&String::from_utf8_lossy(&bytes));
    println!(
        "{name}: {} sections, independent count {expected} ({:?}, {})",
        doc.sections.len(),
        doc.act.kind,
        doc.act.id
    );
    assert_eq!(doc.sections.len(), expected, "{name}");
    assert!(!doc.act.title.is_empty(), "{name}");
    // A section read twice, or two parts given the same place, would share an address.
    let mut places = std::collections::BTreeSet::new();
    for section in &doc.sections {
        assert!(
            places.insert((section.chapter.clone(), section.label.clone())),
            "{name}: {:?} {} appears twice",
            section.chapter,
            section.label
        );
    }
    for section in &doc.sections {
        assert!(
            !section.section.is_empty(),
            "{name}: a section without a number"
        );
        assert!(section.has_text(), "{name}: {} has no text", section.label);
    }
    doc
}

#[test]
fn lovdata_samples() {
    let Some(dir) = samples() else { return };
    for path in files(&dir.join("lovdata")) {
        let doc = check(&path, Format::Lovdata, lovdata_count);
        assert!(doc.act.id.starts_with("LOV-") || doc.act.id.starts_with("FOR-"));
        assert_eq!(doc.act.in_force, doc.act.kind != ActKind::AmendingAct);
    }
}

#[test]
fn lexdania_samples() {
    let Some(dir) = samples() else { return };
    for path in files(&dir.join("lexdania")) {
        let doc = check(&path, Format::Lexdania, lexdania_count);
        assert!(doc.act.id.starts_with("lta/"));
        assert!(doc.act.accession_number.is_some());
    }
}

#[test]
fn the_samples_folder_reads_without_errors() {
    let Some(dir) = samples() else { return };
    let mut errors = Vec::new();
    let summary = read_path(&dir, None, |name, result| {
        if let Err(e) = result {
            errors.push(format!("{name}: {e}"));
        }
    })
    .unwrap();
    assert!(errors.is_empty(), "{errors:#?}");
    let expected = files(&dir.join("lovdata")).len() + files(&dir.join("lexdania")).len();
    assert_eq!(
        summary,
        Summary {
            documents: expected,
            errors: 0
        }
    );
}

/// Packs the Lovdata samples into a tar.bz2 in a temporary folder, as Lovdata publishes
/// them, and reads it back as a stream.
#[test]
fn the_lovdata_samples_read_from_a_tar_bz2() {
    let Some(dir) = samples() else { return };
    let paths = files(&dir.join("lovdata"));
    let mut builder = tar::Builder::new(Vec::new());
    for path in &paths {
        let name = format!(
            "gjeldende-lover/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        builder.append_path_with_name(path, name).unwrap();
    }
    let tar = builder.into_inner().unwrap();
    let mut encoder = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
    std::io::Write::write_all(&mut encoder, &tar).unwrap();
    let archive = tempfile::tempdir().unwrap();
    let path = archive.path().join("gjeldende-lover.tar.bz2");
    fs::write(&path, encoder.finish().unwrap()).unwrap();

    let mut names = Vec::new();
    let summary = read_path(&path, Some(Format::Lovdata), |name, result| {
        assert!(result.is_ok(), "{name}: {:?}", result.err());
        names.push(name);
    })
    .unwrap();
    assert_eq!(summary.documents, paths.len());
    assert!(
        names
            .iter()
            .all(|n| n.contains("gjeldende-lover.tar.bz2:gjeldende-lover/")),
        "{names:?}"
    );

    let file = fs::File::open(&path).unwrap();
    let summary = read_tar_bz2("stream", file, None, |_, _| {});
    assert_eq!(summary.documents, paths.len());
}
