//! The registry's CSV import format, parsed and checked without touching storage.
//!
//! The format is documented in `docs/registry-csv.md`. Parsing is all-or-nothing: the first
//! bad line stops the import with its line number and the reason, so nothing from a broken
//! file is half-imported.

use std::collections::{HashMap, HashSet};

use time::Date;
use time::macros::format_description;

use crate::country::Country;
use crate::organisation::{OrganisationKind, PopulationFigure, check_code};

/// The columns, in order. The header line must name exactly these.
pub const COLUMNS: [&str; 8] = [
    "code",
    "name",
    "kind",
    "parent_code",
    "population",
    "population_date",
    "population_source",
    "population_uncertain",
];

const MAX_NAME_CHARS: usize = 200;
const MAX_SOURCE_CHARS: usize = 500;

/// One organisation as a CSV line states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationRecord {
    /// The 1-based line of the file it came from.
    pub line: u64,
    pub code: String,
    pub name: String,
    pub kind: OrganisationKind,
    pub parent_code: Option<String>,
    pub population: Option<PopulationFigure>,
}

/// A file that cannot be imported, with the line that made it so.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct CsvError {
    pub line: u64,
    pub reason: String,
    /// A stable snake_case code for what is wrong, for programs reading the refusal.
    pub code: &'static str,
}

impl CsvError {
    /// A refusal of a line of Frirum's own format.
    pub fn new(line: u64, reason: impl Into<String>) -> Self {
        Self::coded(line, "registry_line_invalid", reason)
    }

    /// A refusal with its own stable code.
    pub fn coded(line: u64, code: &'static str, reason: impl Into<String>) -> Self {
        Self {
            line,
            reason: reason.into(),
            code,
        }
    }
}

fn fail<T>(line: u64, reason: impl Into<String>) -> Result<T, CsvError> {
    Err(CsvError::new(line, reason))
}

/// Parses a whole file for one country. Every line is checked on its own (columns, code
/// shape, kind, population, date, encoding) and against the others (duplicate codes).
/// Parents are checked by [`check_parents`], which also needs what is already stored.
pub fn parse(country: Country, bytes: &[u8]) -> Result<Vec<OrganisationRecord>, CsvError> {
    check_encoding(bytes)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(bytes);
    let header = reader
        .headers()
        .map_err(|e| CsvError::new(1, e.to_string()))?
        .clone();
    check_header(&header)?;

    let mut records = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for row in reader.records() {
        let row = row.map_err(|e| {
            CsvError::new(
                e.position().map_or(0, |p| p.line()),
                match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("expected {expected_len} fields, found {len}"),
                    _ => e.to_string(),
                },
            )
        })?;
        let line = row.position().map_or(0, |p| p.line());
        if row.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let record = parse_row(country, line, &row)?;
        if let Some(first) = seen.insert(record.code.clone(), line) {
            return fail(
                line,
                format!("code {} appears again (first on line {first})", record.code),
            );
        }
        records.push(record);
    }
    if records.is_empty() {
        return fail(1, "the file has a header but no organisations");
    }
    Ok(records)
}

/// Checks that every municipality's parent is a county or region of the same country, either
/// in the same file or already stored (`stored_parents`: codes of stored upper-tier bodies).
pub fn check_parents(
    country: Country,
    records: &[OrganisationRecord],
    stored_parents: &HashSet<String>,
) -> Result<(), CsvError> {
    let upper = OrganisationKind::upper_tier(country);
    let in_file: HashSet<&str> = records
        .iter()
        .filter(|r| r.kind == upper)
        .map(|r| r.code.as_str())
        .collect();
    for record in records {
        if let Some(parent) = &record.parent_code
            && !in_file.contains(parent.as_str())
            && !stored_parents.contains(parent)
        {
            return fail(
                record.line,
                format!(
                    "unknown {upper} code {parent} for {} {}",
                    record.code, record.name
                ),
            );
        }
    }
    Ok(())
}

fn check_encoding(bytes: &[u8]) -> Result<(), CsvError> {
    if let Err(e) = std::str::from_utf8(bytes) {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64
            + 1;
        return fail(
            line,
            "the text is not valid UTF-8 (save the file as UTF-8, not Latin-1 or Windows-1252)",
        );
    }
    Ok(())
}

fn check_header(header: &csv::StringRecord) -> Result<(), CsvError> {
    for (i, expected) in COLUMNS.iter().enumerate() {
        match header.get(i).map(str::trim) {
            Some(found) if found == *expected => {}
            Some(found) => {
                return fail(
                    1,
                    format!(
                        "column {} is {found:?}, expected {expected:?} (columns: {})",
                        i + 1,
                        COLUMNS.join(",")
                    ),
                );
            }
            None => {
                return fail(
                    1,
                    format!(
                        "column {expected:?} is missing (columns: {})",
                        COLUMNS.join(",")
                    ),
                );
            }
        }
    }
    if header.len() > COLUMNS.len() {
        return fail(
            1,
            format!(
                "unexpected column {:?} (columns: {})",
                header.get(COLUMNS.len()).unwrap_or_default(),
                COLUMNS.join(",")
            ),
        );
    }
    Ok(())
}

fn parse_row(
    country: Country,
    line: u64,
    row: &csv::StringRecord,
) -> Result<OrganisationRecord, CsvError> {
    let field = |i: usize| row.get(i).unwrap_or_default().trim();
    let code = field(0).to_owned();
    let name = field(1).to_owned();
    if name.is_empty() {
        return fail(line, "name is empty");
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return fail(
            line,
            format!("name is longer than {MAX_NAME_CHARS} characters"),
        );
    }
    if name.chars().any(char::is_control) {
        return fail(line, "name contains control characters");
    }
    let kind: OrganisationKind = field(2).parse().or_else(|e: String| fail(line, e))?;
    let parent_code = Some(field(3).to_owned()).filter(|p| !p.is_empty());
    check_code(country, kind, &code, parent_code.as_deref())
        .or_else(|e| fail(line, e.to_string()))?;

    let population = match field(4) {
        "" => None,
        raw => Some(parse_population(line, raw, field(5), field(6), field(7))?),
    };
    Ok(OrganisationRecord {
        line,
        code,
        name,
        kind,
        parent_code,
        population,
    })
}

fn parse_population(
    line: u64,
    raw: &str,
    date: &str,
    source: &str,
    uncertain: &str,
) -> Result<PopulationFigure, CsvError> {
    if raw.starts_with('-') {
        return fail(line, format!("population {raw} is negative"));
    }
    let population: u64 = raw.parse().or_else(|_| {
        fail(
            line,
            format!("population {raw:?} is not a whole number (write 61234, without separators)"),
        )
    })?;
    if date.is_empty() {
        return fail(line, "population_date is required with a population");
    }
    let reference_date =
        Date::parse(date, format_description!("[year]-[month]-[day]")).or_else(|_| {
            fail(
                line,
                format!("population_date {date:?} is not a date (write YYYY-MM-DD)"),
            )
        })?;
    if source.is_empty() {
        return fail(line, "population_source is required with a population");
    }
    if source.chars().count() > MAX_SOURCE_CHARS {
        return fail(
            line,
            format!("population_source is longer than {MAX_SOURCE_CHARS} characters"),
        );
    }
    let uncertain = match uncertain.to_ascii_lowercase().as_str() {
        "" | "false" | "no" | "0" => false,
        "true" | "yes" | "1" => true,
        other => {
            return fail(
                line,
                format!("population_uncertain {other:?} must be true or false"),
            );
        }
    };
    Ok(PopulationFigure {
        population,
        reference_date,
        source: source.to_owned(),
        uncertain,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "code,name,kind,parent_code,population,population_date,population_source,population_uncertain\n";

    fn parse_dk(body: &str) -> Result<Vec<OrganisationRecord>, CsvError> {
        parse(Country::Dk, format!("{HEADER}{body}").as_bytes())
    }

    #[test]
    fn a_good_file_parses() {
        let records = parse_dk(
            "1082,Region Midtjylland,region,,1361000,2024-01-01,DST FOLK1A,false\n\
             751,Aarhus,municipality,1082,367095,2024-01-01,DST FOLK1A,false\n\
             \"741\",\"Samsø\",municipality,1082,,,,\n",
        )
        .unwrap();
        assert_eq!(records.len(), 3);
        assert_eq!(records[1].line, 3);
        assert_eq!(records[1].population.as_ref().unwrap().population, 367_095);
        assert_eq!(records[2].population, None);
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let text = format!("\u{feff}{HEADER}1082,Region Midtjylland,region,,,,,\n");
        assert!(parse(Country::Dk, text.as_bytes()).is_ok());
    }

    #[test]
    fn a_wrong_column_is_named() {
        let err = parse(
            Country::Dk,
            b"code,navn,kind,parent_code,population,population_date,population_source,population_uncertain\n",
        )
        .unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.reason.contains("\"navn\""), "{}", err.reason);
    }

    #[test]
    fn a_negative_population_is_refused_with_its_line() {
        let err = parse_dk(
            "1082,Region Midtjylland,region,,,,,\n751,Aarhus,municipality,1082,-5,2024-01-01,x,false\n",
        )
        .unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.reason.contains("negative"));
    }

    #[test]
    fn broken_encoding_is_refused_with_its_line() {
        let mut bytes = HEADER.as_bytes().to_vec();
        bytes.extend_from_slice(b"1082,Region Midtjylland,region,,,,,\n");
        bytes.extend_from_slice(b"825,L\xe6s\xf8,municipality,1081,,,,\n");
        let err = parse(Country::Dk, &bytes).unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.reason.contains("UTF-8"));
    }

    #[test]
    fn an_unknown_parent_is_refused_with_its_line() {
        let records =
            parse_dk("1082,Region Midtjylland,region,,,,,\n751,Aarhus,municipality,1089,,,,\n")
                .unwrap();
        let err = check_parents(Country::Dk, &records, &HashSet::new()).unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.reason.contains("1089"));
        let stored = HashSet::from(["1089".to_owned()]);
        assert!(check_parents(Country::Dk, &records, &stored).is_ok());
    }

    #[test]
    fn duplicates_wrong_shapes_and_missing_dates_are_refused() {
        let dup = parse_dk("1082,A,region,,,,,\n1082,B,region,,,,,\n").unwrap_err();
        assert_eq!((dup.line, dup.reason.contains("line 2")), (3, true));
        assert_eq!(
            parse_dk("75,X,municipality,1082,,,,\n").unwrap_err().line,
            2
        );
        assert!(
            parse_dk("1082,A,region,,100,,x,\n")
                .unwrap_err()
                .reason
                .contains("population_date")
        );
        assert!(parse_dk("1082,A,region,,1 000,2024-01-01,x,\n").is_err());
        assert!(parse_dk("1082,A,region,,100,1.1.2024,x,\n").is_err());
        assert!(parse_dk("1082,A,fylke,,,,,\n").is_err());
        assert_eq!(parse_dk("1082,A,region,,,\n").unwrap_err().line, 2);
    }
}
