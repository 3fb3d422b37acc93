//! Reading inputs: a single file, a folder (recursively), a `.tar.bz2` or `.tar` archive read
//! as a stream entry by entry (never unpacked to disk), or a `.zip`. Every document is handed
//! to a callback with its name and its result, so that one bad document is reported and the
//! rest are still read; an archive that breaks off yields what came before the break and then
//! a [`LawError::Truncated`]. Markdown files are read when they are se-lex documents (a front
//! matter naming the SFS number) and passed over otherwise, as read-me files are. This is the
//! only module that touches the filesystem.

use std::fs::{self, File};
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use bzip2::read::MultiBzDecoder;
use zip::ZipArchive;
use zip::read::read_zipfile_from_stream;

use super::{Format, LawError, parse, parse_auto};
use crate::model::Document;

/// What a read produced: how many documents were parsed and how many errors were reported.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub documents: usize,
    pub errors: usize,
}

/// The file name endings that are read from folders and archives; other files (read-me
/// files, checksums) are passed over without an error.
const DOCUMENT_ENDINGS: [&str; 5] = [".xml", ".html", ".htm", ".txt", ".json"];

/// Whether a file may be a se-lex Markdown document, read if its first bytes say so.
fn is_markdown_name(name: &str) -> bool {
    name.to_lowercase().ends_with(".md")
}

/// Whether a file inside a folder or archive is read: a document by its ending, or Markdown
/// that is a se-lex document.
fn is_wanted(name: &str, bytes: &[u8]) -> bool {
    if is_document_name(name) {
        return true;
    }
    let head = &bytes[..bytes.len().min(Format::SNIFF_LEN)];
    is_markdown_name(name) && super::selex::looks_like(&String::from_utf8_lossy(head))
}

/// The kind of input a path is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InputKind {
    TarBz2,
    Tar,
    Zip,
    Document,
}

fn input_kind(name: &str) -> InputKind {
    let lower = name.to_lowercase();
    if lower.ends_with(".tar.bz2") || lower.ends_with(".tbz2") || lower.ends_with(".tbz") {
        InputKind::TarBz2
    } else if lower.ends_with(".tar") {
        InputKind::Tar
    } else if lower.ends_with(".zip") {
        InputKind::Zip
    } else {
        InputKind::Document
    }
}

/// Whether a file inside a folder or archive is read as a document.
pub fn is_document_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    DOCUMENT_ENDINGS
        .iter()
        .any(|ending| lower.ends_with(ending))
}

/// Reads a file, a folder or an archive and hands each document to `on_document` with its
/// name (`archive:member` inside archives). `format` fixes the format; `None` detects it per
/// document. Only a path that cannot be read at all is an `Err`; everything else, including
/// a broken archive, is reported through the callback.
pub fn read_path<F>(
    path: &Path,
    format: Option<Format>,
    mut on_document: F,
) -> Result<Summary, LawError>
where
    F: FnMut(String, Result<Document, LawError>),
{
    let name = path.display().to_string();
    let metadata = fs::metadata(path).map_err(|source| LawError::Io {
        file: name.clone(),
        source,
    })?;
    let mut sink = Sink::new(&mut on_document);
    if metadata.is_dir() {
        read_dir(path, format, &mut sink);
    } else {
        read_file(path, format, &mut sink, true);
    }
    Ok(sink.summary)
}

/// Reads a bzip2-compressed tar archive from a stream.
pub fn read_tar_bz2<R, F>(
    archive: &str,
    reader: R,
    format: Option<Format>,
    mut on_document: F,
) -> Summary
where
    R: Read,
    F: FnMut(String, Result<Document, LawError>),
{
    let mut sink = Sink::new(&mut on_document);
    tar_entries(archive, MultiBzDecoder::new(reader), format, &mut sink);
    sink.summary
}

/// Reads an uncompressed tar archive from a stream.
pub fn read_tar<R, F>(
    archive: &str,
    reader: R,
    format: Option<Format>,
    mut on_document: F,
) -> Summary
where
    R: Read,
    F: FnMut(String, Result<Document, LawError>),
{
    let mut sink = Sink::new(&mut on_document);
    tar_entries(archive, reader, format, &mut sink);
    sink.summary
}

/// Reads a zip archive. Without a readable central directory (a cut download), the entries
/// are read from the start as far as they go.
pub fn read_zip<R, F>(
    archive: &str,
    reader: R,
    format: Option<Format>,
    mut on_document: F,
) -> Summary
where
    R: Read + Seek,
    F: FnMut(String, Result<Document, LawError>),
{
    let mut sink = Sink::new(&mut on_document);
    zip_entries(archive, reader, format, &mut sink);
    sink.summary
}

/// Counts what it passes on to the caller's callback.
struct Sink<'f> {
    on_document: &'f mut dyn FnMut(String, Result<Document, LawError>),
    summary: Summary,
}

impl<'f> Sink<'f> {
    fn new(on_document: &'f mut dyn FnMut(String, Result<Document, LawError>)) -> Self {
        Self {
            on_document,
            summary: Summary::default(),
        }
    }

    fn emit(&mut self, name: String, result: Result<Document, LawError>) {
        match result {
            Ok(_) => self.summary.documents += 1,
            Err(_) => self.summary.errors += 1,
        }
        (self.on_document)(name, result);
    }

    fn fail(&mut self, error: LawError) {
        let name = error.file().unwrap_or_default().to_owned();
        self.emit(name, Err(error));
    }
}

fn parse_one(name: &str, bytes: &[u8], format: Option<Format>) -> Result<Document, LawError> {
    match format {
        Some(format) => parse(format, name, bytes),
        None => parse_auto(name, bytes),
    }
}

fn read_dir(dir: &Path, format: Option<Format>, sink: &mut Sink<'_>) {
    let name = dir.display().to_string();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => return sink.fail(LawError::Io { file: name, source }),
    };
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(source) => sink.fail(LawError::Io {
                file: name.clone(),
                source,
            }),
        }
    }
    // Sorted, so that imports and their reports come out the same every time.
    paths.sort();
    for path in paths {
        // Links to folders are not followed, so that a link loop cannot hang the import.
        let Ok(link) = fs::symlink_metadata(&path) else {
            continue;
        };
        if link.is_dir() {
            read_dir(&path, format, sink);
        } else if fs::metadata(&path).is_ok_and(|m| m.is_file()) {
            read_file(&path, format, sink, false);
        }
    }
}

/// Reads one file: an archive, or a document. Inside folders only files with a document
/// or archive ending are read; a file named by the caller is always read.
fn read_file(path: &Path, format: Option<Format>, sink: &mut Sink<'_>, named: bool) {
    let name = path.display().to_string();
    let kind = input_kind(&name);
    if kind == InputKind::Document && !named && !is_document_name(&name) && !is_markdown_name(&name)
    {
        return;
    }
    let io_error = |source| LawError::Io {
        file: name.clone(),
        source,
    };
    match kind {
        InputKind::Document => match fs::read(path) {
            Ok(bytes) => {
                if !named && !is_wanted(&name, &bytes) {
                    return;
                }
                let result = parse_one(&name, &bytes, format);
                sink.emit(name.clone(), result);
            }
            Err(source) => sink.fail(io_error(source)),
        },
        InputKind::TarBz2 | InputKind::Tar | InputKind::Zip => {
            let file = match File::open(path) {
                Ok(file) => BufReader::new(file),
                Err(source) => return sink.fail(io_error(source)),
            };
            match kind {
                InputKind::TarBz2 => tar_entries(&name, MultiBzDecoder::new(file), format, sink),
                InputKind::Tar => tar_entries(&name, file, format, sink),
                _ => zip_entries(&name, file, format, sink),
            }
        }
    }
}

/// The error for an archive that breaks off: `Truncated` once something was read or when
/// the stream simply ends, `NotFormat` when the very first bytes are not an archive.
fn archive_break(
    archive: &str,
    expected: &'static str,
    last: Option<&str>,
    error: &dyn std::fmt::Display,
    eof: bool,
) -> LawError {
    match last {
        None if !eof => LawError::not_format(archive, expected, error.to_string()),
        _ => LawError::Truncated {
            file: archive.to_owned(),
            after: last.unwrap_or("the start of the archive").to_owned(),
            reason: error.to_string(),
        },
    }
}

const TAR: &str = "a tar archive";
const ZIP: &str = "a zip archive";

fn tar_entries<R: Read>(archive: &str, reader: R, format: Option<Format>, sink: &mut Sink<'_>) {
    let mut tar = tar::Archive::new(reader);
    let entries = match tar.entries() {
        Ok(entries) => entries,
        Err(e) => {
            let eof = e.kind() == io::ErrorKind::UnexpectedEof;
            return sink.fail(archive_break(archive, TAR, None, &e, eof));
        }
    };
    let mut last: Option<String> = None;
    for entry in entries {
        let mut entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let eof = e.kind() == io::ErrorKind::UnexpectedEof;
                return sink.fail(archive_break(archive, TAR, last.as_deref(), &e, eof));
            }
        };
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let member = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let size = entry.size();
        let mut bytes = Vec::with_capacity(usize::try_from(size.min(1 << 26)).unwrap_or(0));
        match entry.read_to_end(&mut bytes) {
            Err(e) => {
                // The header was read, so this is a tar archive that breaks off.
                return sink.fail(archive_break(archive, TAR, last.as_deref(), &e, true));
            }
            Ok(read) if (read as u64) < size => {
                let reason = format!("{member} ends after {read} of {size} bytes");
                return sink.fail(archive_break(archive, TAR, last.as_deref(), &reason, true));
            }
            Ok(_) => {}
        }
        if is_wanted(&member, &bytes) {
            let name = format!("{archive}:{member}");
            let result = parse_one(&name, &bytes, format);
            sink.emit(name, result);
        }
        last = Some(member);
    }
}

fn zip_entries<R: Read + Seek>(
    archive: &str,
    mut reader: R,
    format: Option<Format>,
    sink: &mut Sink<'_>,
) {
    let directory_error = match ZipArchive::new(&mut reader) {
        Ok(mut zip) => {
            for index in 0..zip.len() {
                let member = zip
                    .name_for_index(index)
                    .and_then(Result::ok)
                    .map_or_else(|| format!("entry {index}"), |n| n.into_owned());
                let mut file = match zip.by_index(index) {
                    Ok(file) => file,
                    Err(e) => {
                        sink.fail(LawError::not_format(
                            &format!("{archive}:{member}"),
                            "a readable zip entry",
                            e.to_string(),
                        ));
                        continue;
                    }
                };
                if !file.is_file() {
                    continue;
                }
                if !is_document_name(&member) && !is_markdown_name(&member) {
                    continue;
                }
                let name = format!("{archive}:{member}");
                let mut bytes = Vec::new();
                match file.read_to_end(&mut bytes) {
                    Ok(_) if !is_wanted(&member, &bytes) => {}
                    Ok(_) => {
                        let result = parse_one(&name, &bytes, format);
                        sink.emit(name, result);
                    }
                    Err(source) => sink.fail(LawError::Io { file: name, source }),
                }
            }
            return;
        }
        Err(e) => e,
    };
    if let Err(e) = reader.seek(SeekFrom::Start(0)) {
        return sink.fail(archive_break(archive, ZIP, None, &e, false));
    }
    let mut last: Option<String> = None;
    loop {
        let mut file = match read_zipfile_from_stream(&mut reader) {
            Ok(Some(file)) => file,
            Ok(None) => {
                // The entries are all there, but the directory at the end is broken.
                let eof = last.is_some();
                return sink.fail(archive_break(
                    archive,
                    ZIP,
                    last.as_deref(),
                    &directory_error,
                    eof,
                ));
            }
            Err(e) => {
                // The local entries ran out before a central directory: a cut archive.
                let error = format!("{e} (and {directory_error})");
                return sink.fail(archive_break(
                    archive,
                    ZIP,
                    last.as_deref(),
                    &error,
                    last.is_some(),
                ));
            }
        };
        let member = file.name().map_or_else(
            |_| String::from_utf8_lossy(file.name_raw()).into_owned(),
            |n| n.into_owned(),
        );
        let mut bytes = Vec::new();
        if let Err(e) = file.read_to_end(&mut bytes) {
            return sink.fail(archive_break(archive, ZIP, last.as_deref(), &e, true));
        }
        if file.is_file() && is_wanted(&member, &bytes) {
            let name = format!("{archive}:{member}");
            let result = parse_one(&name, &bytes, format);
            sink.emit(name, result);
        }
        last = Some(member);
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Write};

    use bzip2::Compression;
    use bzip2::write::BzEncoder;
    use zip::ZipWriter;
    use zip::write::SimpleFileOptions;

    use super::*;

    /// A small LexDania document of our own; `padding` makes it long enough to fill bzip2
    /// blocks, so that a cut archive still holds whole documents before the cut.
    fn dania(number: usize, padding: usize) -> String {
        let filler: String = (0..padding)
            .map(|i| format!("<Linea><Char>Linje {i} i dokument {number}.</Char></Linea>"))
            .collect();
        format!(
            r#"<?xml version="1.0" encoding="utf-8"?><Dokument><Meta><DocumentType>LOV H#LOKDOK01</DocumentType><DocumentTitle>Lov nr. {number}</DocumentTitle><Year>2099</Year><Number>{number}</Number></Meta><DokumentIndhold><Paragraf><Explicatus>§ 1.</Explicatus><Stk><Exitus>{filler}</Exitus></Stk></Paragraf></DokumentIndhold></Dokument>"#
        )
    }

    fn members(padding: usize) -> Vec<(String, Vec<u8>)> {
        let mut members: Vec<(String, Vec<u8>)> = (1..=6)
            .map(|n| (format!("lov/{n}.xml"), dania(n, padding).into_bytes()))
            .collect();
        members.insert(2, ("lov/bad.xml".into(), b"<Dokument><Meta>".to_vec()));
        members.push(("README".into(), b"not a document".to_vec()));
        members
    }

    fn tar_bytes(members: &[(String, Vec<u8>)]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for (name, data) in members {
            let mut header = tar::Header::new_gnu();
            header.set_size(data.len() as u64);
            header.set_mode(0o644);
            header.set_cksum();
            builder
                .append_data(&mut header, name, data.as_slice())
                .unwrap();
        }
        builder.into_inner().unwrap()
    }

    fn bz2(bytes: &[u8]) -> Vec<u8> {
        // The fastest level has the smallest blocks (100 kB), so a cut loses little.
        let mut encoder = BzEncoder::new(Vec::new(), Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    fn zip_bytes(members: &[(String, Vec<u8>)]) -> Vec<u8> {
        let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, data) in members {
            writer
                .start_file(name.as_str(), SimpleFileOptions::default())
                .unwrap();
            writer.write_all(data).unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    type Results = Vec<(String, Result<Document, LawError>)>;

    fn collect(path: &Path) -> (Summary, Results) {
        let mut results = Vec::new();
        let summary = read_path(path, None, |name, result| results.push((name, result))).unwrap();
        (summary, results)
    }

    #[test]
    fn reads_a_tar_bz2_archive_and_reports_the_bad_document() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("love.tar.bz2");
        fs::write(&path, bz2(&tar_bytes(&members(3)))).unwrap();
        let (summary, results) = collect(&path);
        assert_eq!(
            summary,
            Summary {
                documents: 6,
                errors: 1
            }
        );
        let bad = results.iter().find(|(_, r)| r.is_err()).unwrap();
        assert!(bad.0.ends_with("love.tar.bz2:lov/bad.xml"), "{}", bad.0);
        let error = bad.1.as_ref().unwrap_err().to_string();
        assert!(
            error.contains("lov/bad.xml: not a LexDania XML document"),
            "{error}"
        );
        let ids: Vec<&str> = results
            .iter()
            .filter_map(|(_, r)| r.as_ref().ok())
            .map(|d| d.act.id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "lta/2099/1",
                "lta/2099/2",
                "lta/2099/3",
                "lta/2099/4",
                "lta/2099/5",
                "lta/2099/6"
            ]
        );
    }

    #[test]
    fn a_cut_tar_bz2_yields_what_came_before_the_cut() {
        let compressed = bz2(&tar_bytes(&members(3000)));
        let cut = &compressed[..compressed.len() * 7 / 10];
        let mut results = Vec::new();
        let summary = read_tar_bz2("cut.tar.bz2", cut, None, |name, result| {
            results.push((name, result))
        });
        assert!(summary.documents >= 2, "{summary:?}");
        assert!(summary.documents < 6, "{summary:?}");
        let (name, last) = results.last().unwrap();
        assert_eq!(name, "cut.tar.bz2");
        match last {
            Err(LawError::Truncated { file, after, .. }) => {
                assert_eq!(file, "cut.tar.bz2");
                assert!(after.starts_with("lov/"), "{after}");
            }
            other => panic!("expected a Truncated error, got {other:?}"),
        }
    }

    #[test]
    fn garbage_named_tar_bz2_is_not_an_archive() {
        let mut results = Vec::new();
        read_tar_bz2(
            "junk.tar.bz2",
            &b"this is not bzip2 at all"[..],
            None,
            |n, r| {
                results.push((n, r));
            },
        );
        assert_eq!(results.len(), 1);
        assert!(
            results[0]
                .1
                .as_ref()
                .is_err_and(|e| e.file() == Some("junk.tar.bz2"))
        );
    }

    #[test]
    fn reads_a_zip_archive_and_a_cut_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("love.zip");
        let bytes = zip_bytes(&members(3));
        fs::write(&path, &bytes).unwrap();
        let (summary, _) = collect(&path);
        assert_eq!(
            summary,
            Summary {
                documents: 6,
                errors: 1
            }
        );

        let cut = &bytes[..bytes.len() * 6 / 10];
        let mut results = Vec::new();
        let summary = read_zip("cut.zip", Cursor::new(cut), None, |n, r| {
            results.push((n, r))
        });
        assert!(summary.documents >= 2, "{summary:?}");
        assert!(
            matches!(results.last(), Some((_, Err(LawError::Truncated { .. })))),
            "{:?}",
            results.last()
        );
    }

    #[test]
    fn reads_a_folder_recursively() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("a/b");
        fs::create_dir_all(&nested).unwrap();
        fs::write(dir.path().join("1.xml"), dania(1, 1)).unwrap();
        fs::write(nested.join("2.xml"), dania(2, 1)).unwrap();
        fs::write(nested.join("notes.md"), "not read").unwrap();
        fs::write(
            nested.join("sfs-2099-5.md"),
            "---\nbeteckning: 2099:5\nrubrik: Provlag\n---\n\n## 1 §\n\nText.\n",
        )
        .unwrap();
        fs::write(
            nested.join("inner.tar.bz2"),
            bz2(&tar_bytes(&[("3.xml".into(), dania(3, 1).into_bytes())])),
        )
        .unwrap();
        let (summary, results) = collect(dir.path());
        assert_eq!(
            summary,
            Summary {
                documents: 4,
                errors: 0
            }
        );
        assert!(
            results
                .iter()
                .any(|(n, _)| n.ends_with("inner.tar.bz2:3.xml"))
        );
        assert!(
            results.iter().any(|(n, r)| n.ends_with("sfs-2099-5.md")
                && r.as_ref().is_ok_and(|d| d.act.id == "2099:5")),
            "a se-lex document is read, other Markdown is not"
        );
    }

    #[test]
    fn a_missing_path_is_an_error() {
        let err = read_path(Path::new("/no/such/frirum/path"), None, |_, _| {}).unwrap_err();
        assert!(matches!(err, LawError::Io { .. }));
        assert!(
            err.to_string().starts_with("/no/such/frirum/path: "),
            "{err}"
        );
    }

    #[test]
    fn kinds_by_name() {
        assert_eq!(input_kind("gjeldende-lover.tar.bz2"), InputKind::TarBz2);
        assert_eq!(input_kind("a.TAR"), InputKind::Tar);
        assert_eq!(input_kind("a.zip"), InputKind::Zip);
        assert_eq!(input_kind("nl-1.xml"), InputKind::Document);
        assert!(is_document_name("x/nl-19990326-017.xml"));
        assert!(!is_document_name("README"));
    }
}
