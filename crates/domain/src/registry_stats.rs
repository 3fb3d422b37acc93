//! The statistics offices' own CSV exports of population figures, read as they are
//! downloaded: Statistics Norway's table 07459, Statistics Denmark's FOLK1A and Statistics
//! Sweden's BE0101, beside Frirum's own registry format ([`crate::registry_csv`]).
//!
//! A file is recognised by its header, never by the country asked for, so a Danish export
//! given for Sweden is refused instead of being read with the wrong codes. The layouts are
//! documented in `docs/registry-csv.md`. Reading is all-or-nothing like Frirum's format; a
//! row for an area that is not a municipality or an upper-tier body (the whole country, a
//! Danish "landsdel") is left out and counted.

use time::{Date, Month};

use crate::country::Country;
use crate::organisation::{OrganisationKind, PopulationFigure};
use crate::registry_csv::{self, CsvError, OrganisationRecord};

/// The statistics office whose export a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Office {
    /// Statistics Norway, table 07459 (population 1 January).
    Ssb,
    /// Statistics Denmark, table FOLK1A (population on the first day of the quarter).
    Dst,
    /// Statistics Sweden, BE0101 (population 31 December).
    Scb,
}

impl Office {
    /// The country whose areas the office's tables cover.
    pub fn country(self) -> Country {
        match self {
            Office::Ssb => Country::No,
            Office::Dst => Country::Dk,
            Office::Scb => Country::Se,
        }
    }

    /// The office and table as the registry's sources name them.
    pub fn table(self) -> &'static str {
        match self {
            Office::Ssb => "SSB table 07459",
            Office::Dst => "DST table FOLK1A",
            Office::Scb => "SCB table BE0101",
        }
    }
}

/// One population figure from an export, for the organisation with the registry code
/// `code` (the office's own code where it differs, as for the Danish regions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatFigure {
    /// The 1-based line of the file it came from.
    pub line: u64,
    pub code: String,
    pub kind: OrganisationKind,
    /// The area as the export names it (without its code).
    pub label: String,
    pub figure: PopulationFigure,
}

/// What a registry file holds, by its format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegistryFile {
    /// Frirum's own format: organisations with at most one figure each.
    Frirum(Vec<OrganisationRecord>),
    /// A statistics office's export: figures for organisations the registry already has.
    Statistics {
        office: Office,
        figures: Vec<StatFigure>,
        /// Rows for areas that are not organisations (the country, a Danish landsdel).
        skipped: usize,
    },
}

/// Reads a registry file in any of the formats, recognised by its header.
pub fn read(country: Country, bytes: &[u8]) -> Result<RegistryFile, CsvError> {
    let without_bom = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let starts_frirum = without_bom
        .split(|&b| b == b'\n')
        .find(|l| !l.iter().all(u8::is_ascii_whitespace))
        .is_some_and(|l| l.starts_with(b"code,") || l.starts_with(b"\"code\","));
    if starts_frirum {
        return registry_csv::parse(country, bytes).map(RegistryFile::Frirum);
    }
    let text = decode(without_bom);
    let table = Table::parse(&text)?;
    let office = table.office().ok_or_else(|| {
        CsvError::coded(
            1,
            "registry_format_unknown",
            format!(
                "the file is neither Frirum's registry format (header {}) nor an export of \
                 SSB table 07459, DST FOLK1A or SCB BE0101",
                registry_csv::COLUMNS.join(",")
            ),
        )
    })?;
    if office.country() != country {
        return Err(CsvError::coded(
            table.header_line,
            "statistics_wrong_country",
            format!(
                "the file is an export of {} ({}), not of {}",
                office.table(),
                office.country(),
                country
            ),
        ));
    }
    let (figures, skipped) = table.figures(office)?;
    if figures.is_empty() {
        return Err(CsvError::coded(
            table.header_line,
            "statistics_no_figures",
            format!(
                "the export of {} holds no population figure",
                office.table()
            ),
        ));
    }
    Ok(RegistryFile::Statistics {
        office,
        figures,
        skipped,
    })
}

/// UTF-8 where the bytes are (the offices' "UTF-8" downloads), else Windows-1252, which
/// their "ANSI"/Latin-1 downloads are and which covers æ, ø, å, ä and ö the same way.
fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// An export as rows of cells, with the line the header is on.
struct Table {
    /// Lines before the header (a title), lower-cased.
    title: String,
    header: Vec<String>,
    header_line: u64,
    rows: Vec<(u64, Vec<String>)>,
}

/// Header cells naming the area column.
const AREA_HEADERS: [&str; 4] = ["region", "område", "omrade", "area"];
/// Header cells naming the period column of a long layout.
const TIME_HEADERS: [&str; 6] = ["tid", "år", "ar", "time", "year", "kvartal"];
/// Dimension columns whose rows count only at their total.
const TOTAL_DIMENSIONS: [&str; 8] = [
    "køn",
    "alder",
    "civilstand",
    "kön",
    "ålder",
    "kjønn",
    "sex",
    "age",
];
/// The values a dimension takes at its total.
const TOTALS: [&str; 7] = [
    "i alt",
    "total",
    "totalt",
    "alder i alt",
    "samtliga",
    "begge kjønn",
    "totalt, alle åldrar",
];

impl Table {
    fn parse(text: &str) -> Result<Self, CsvError> {
        let header_text = text
            .lines()
            .find(|l| {
                let first = first_cell(l);
                AREA_HEADERS.contains(&first.as_str()) || (first.is_empty() && l.len() > 1)
            })
            .unwrap_or_default();
        let delimiter = [b';', b'\t', b',']
            .into_iter()
            .max_by_key(|d| header_text.bytes().filter(|b| b == d).count())
            .unwrap_or(b',');
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut title = String::new();
        let mut header: Option<(u64, Vec<String>)> = None;
        let mut rows = Vec::new();
        for row in reader.records() {
            let row = row.map_err(|e| {
                CsvError::coded(
                    e.position().map_or(0, |p| p.line()),
                    "registry_format_unknown",
                    e.to_string(),
                )
            })?;
            let line = row.position().map_or(0, |p| p.line());
            let cells: Vec<String> = row.iter().map(|c| c.trim().to_owned()).collect();
            if cells.iter().all(String::is_empty) {
                continue;
            }
            if header.is_some() {
                rows.push((line, cells));
            } else if is_header(&cells) {
                header = Some((line, cells));
            } else {
                title.push_str(&cells.join(" ").to_lowercase());
                title.push('\n');
            }
        }
        let Some((header_line, header)) = header else {
            return Err(CsvError::coded(
                1,
                "registry_format_unknown",
                "no header line naming the areas (region, område) was found",
            ));
        };
        Ok(Self {
            title,
            header,
            header_line,
            rows,
        })
    }

    /// The office, from the title, the header and the shape of the periods.
    fn office(&self) -> Option<Office> {
        let header = self.header.join(" ").to_lowercase();
        let all = format!("{}{header}", self.title);
        let quarters = self.header.iter().any(|h| quarter(h).is_some())
            || self
                .rows
                .first()
                .is_some_and(|(_, r)| r.iter().any(|c| quarter(c).is_some()));
        if all.contains("07459") || all.contains("statistikkvariabel") || all.contains("personer") {
            Some(Office::Ssb)
        } else if all.contains("folk1a")
            || all.contains("område")
            || all.contains("indhold")
            || all.contains("befolkningen den 1.")
            || quarters
        {
            Some(Office::Dst)
        } else if all.contains("be0101") || all.contains("folkmängd") || all.contains("riket") {
            Some(Office::Scb)
        } else {
            None
        }
    }

    fn column(&self, names: &[&str]) -> Option<usize> {
        self.header
            .iter()
            .position(|h| names.contains(&h.to_lowercase().as_str()))
    }

    /// Every figure of the export, and how many rows were for areas that are not
    /// organisations.
    fn figures(&self, office: Office) -> Result<(Vec<StatFigure>, usize), CsvError> {
        let time = self.column(&TIME_HEADERS);
        let dimensions: Vec<usize> = self
            .header
            .iter()
            .enumerate()
            .filter(|(_, h)| TOTAL_DIMENSIONS.contains(&h.to_lowercase().as_str()))
            .map(|(i, _)| i)
            .collect();
        // A long layout has one value column (the last); a wide one a period per column.
        let value_columns: Vec<(usize, Option<Date>)> = match time {
            Some(_) => vec![(self.header.len() - 1, None)],
            None => {
                let mut columns = Vec::new();
                for (i, h) in self.header.iter().enumerate().skip(1) {
                    let date = period(office, h).ok_or_else(|| {
                        CsvError::coded(
                            self.header_line,
                            "statistics_period_invalid",
                            format!("column {} ({h:?}) names no period", i + 1),
                        )
                    })?;
                    columns.push((i, Some(date)));
                }
                columns
            }
        };
        let mut figures = Vec::new();
        let mut skipped = 0;
        for (line, cells) in &self.rows {
            let cell = |i: usize| cells.get(i).map_or("", String::as_str);
            if dimensions
                .iter()
                .any(|&d| !TOTALS.contains(&cell(d).to_lowercase().as_str()))
            {
                continue;
            }
            let Some((code, kind, label)) = area(office, *line, cell(0))? else {
                skipped += 1;
                continue;
            };
            for &(column, date) in &value_columns {
                let date = match (date, time) {
                    (Some(date), _) => date,
                    (None, Some(t)) => period(office, cell(t)).ok_or_else(|| {
                        CsvError::coded(
                            *line,
                            "statistics_period_invalid",
                            format!("{:?} is not a period of {}", cell(t), office.table()),
                        )
                    })?,
                    (None, None) => continue,
                };
                let Some(population) = value(*line, cell(column))? else {
                    continue;
                };
                figures.push(StatFigure {
                    line: *line,
                    code: code.clone(),
                    kind,
                    label: label.clone(),
                    figure: PopulationFigure {
                        population,
                        reference_date: date,
                        source: format!("{}, population {}", office.table(), english(date)),
                        uncertain: false,
                    },
                });
            }
        }
        Ok((figures, skipped))
    }
}

fn first_cell(line: &str) -> String {
    line.split([';', ',', '\t'])
        .next()
        .unwrap_or_default()
        .trim()
        .trim_matches('"')
        .trim()
        .to_lowercase()
}

/// The header names the area column, or (a matrix) leaves it empty above periods.
fn is_header(cells: &[String]) -> bool {
    let first = cells[0].to_lowercase();
    AREA_HEADERS.contains(&first.as_str())
        || (first.is_empty()
            && cells.len() > 1
            && cells[1..]
                .iter()
                .all(|c| c.chars().take(4).all(|ch| ch.is_ascii_digit()) && c.len() >= 4))
}

/// `2019K1` (DST, Danish) or `2019Q1` (DST, English): year and quarter.
fn quarter(text: &str) -> Option<(i32, u8)> {
    let text = text.trim();
    let (year, q) = text.split_at_checked(4)?;
    let year: i32 = year.parse().ok()?;
    let q = q.strip_prefix(['K', 'Q'])?;
    let q: u8 = q.parse().ok()?;
    (1..=4).contains(&q).then_some((year, q))
}

/// The reference date of a period as the office writes it: DST's quarters begin on their
/// first day; SSB's 07459 counts on 1 January, SCB's BE0101 on 31 December. A column
/// header may carry words before the period ("Personer 2024", "Folkmängd 2023").
fn period(office: Office, text: &str) -> Option<Date> {
    let last = text.split_whitespace().last()?;
    match office {
        Office::Dst => {
            let (year, q) = quarter(last)?;
            let month = Month::try_from(1 + 3 * (q - 1)).ok()?;
            Date::from_calendar_date(year, month, 1).ok()
        }
        Office::Ssb | Office::Scb => {
            if last.len() != 4 {
                return None;
            }
            let year: i32 = last.parse().ok()?;
            if office == Office::Ssb {
                Date::from_calendar_date(year, Month::January, 1).ok()
            } else {
                Date::from_calendar_date(year, Month::December, 31).ok()
            }
        }
    }
}

/// The registry code, kind and name of an area label such as "0301 Oslo", "101 København",
/// "084 Region Hovedstaden" or "0114 Upplands Väsby"; `None` for an area that is no
/// organisation (the country, a Danish landsdel).
fn area(
    office: Office,
    line: u64,
    label: &str,
) -> Result<Option<(String, OrganisationKind, String)>, CsvError> {
    let (code, name) = label.split_once(' ').unwrap_or((label, ""));
    let code = code.strip_prefix("K-").unwrap_or(code);
    if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CsvError::coded(
            line,
            "statistics_code_missing",
            format!(
                "the area {label:?} has no code before its name: export with codes and names \
                 (\"0301 Oslo\", \"101 København\", \"0114 Upplands Väsby\")"
            ),
        ));
    }
    let upper = OrganisationKind::upper_tier(office.country());
    let name = name.trim().to_owned();
    let found = match (office, code.len()) {
        (Office::Ssb, 2) | (Office::Scb, 2) if code != "00" => Some((code.to_owned(), upper)),
        (Office::Ssb, 4) | (Office::Scb, 4) => {
            Some((code.to_owned(), OrganisationKind::Municipality))
        }
        // DST writes the regions 081–085; the registry keeps their official codes 1081–1085.
        (Office::Dst, 3) if code.starts_with("08") => Some((format!("1{code}"), upper)),
        (Office::Dst, 3) if code != "000" => {
            Some((code.to_owned(), OrganisationKind::Municipality))
        }
        _ => None,
    };
    Ok(found.map(|(code, kind)| (code, kind, name)))
}

/// A figure: digits, maybe with spaces between thousands; `..`, `.`, `-` or empty where the
/// office has none.
fn value(line: u64, text: &str) -> Result<Option<u64>, CsvError> {
    let digits: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    if digits.is_empty() || digits.chars().all(|c| c == '.' || c == '-' || c == ':') {
        return Ok(None);
    }
    digits.parse().map(Some).map_err(|_| {
        CsvError::coded(
            line,
            "statistics_value_invalid",
            format!("{text:?} is not a number of inhabitants"),
        )
    })
}

/// A date as the registry's sources write it ("1 January 2019").
fn english(date: Date) -> String {
    format!("{} {} {}", date.day(), date.month(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn statistics(country: Country, bytes: &[u8]) -> (Office, Vec<StatFigure>, usize) {
        match read(country, bytes).unwrap() {
            RegistryFile::Statistics {
                office,
                figures,
                skipped,
            } => (office, figures, skipped),
            RegistryFile::Frirum(_) => panic!("read as Frirum's format"),
        }
    }

    /// DST's StatBank download (API `CSV`, codes and texts): UTF-8 with a byte-order mark,
    /// semicolons, the quarter in its own column, the regions as 081–085.
    #[test]
    fn dst_folk1a_long_layout_with_bom() {
        let text = "\u{feff}OMRÅDE;KØN;ALDER;TID;INDHOLD\n\
                    000 Hele landet;I alt;Alder i alt;2019K1;5806081\n\
                    084 Region Hovedstaden;I alt;Alder i alt;2019K1;1835562\n\
                    01 Landsdel Byen København;I alt;Alder i alt;2019K1;800000\n\
                    101 København;I alt;Alder i alt;2019K1;600000\n\
                    101 København;Mænd;Alder i alt;2019K1;300000\n\
                    101 København;I alt;Alder i alt;2019K3;610000\n";
        let (office, figures, skipped) = statistics(Country::Dk, text.as_bytes());
        assert_eq!(office, Office::Dst);
        assert_eq!(skipped, 2, "the country and the landsdel");
        let found: Vec<_> = figures
            .iter()
            .map(|f| {
                (
                    f.code.as_str(),
                    f.figure.population,
                    f.figure.reference_date,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("1084", 1_835_562, date!(2019 - 01 - 01)),
                ("101", 600_000, date!(2019 - 01 - 01)),
                ("101", 610_000, date!(2019 - 07 - 01)),
            ]
        );
        assert_eq!(figures[0].kind, OrganisationKind::Region);
        assert_eq!(figures[1].label, "København");
        assert_eq!(
            figures[0].figure.source,
            "DST table FOLK1A, population 1 January 2019"
        );
    }

    /// DST's matrix download in Windows-1252: a title line, the quarters across.
    #[test]
    fn dst_matrix_in_windows_1252() {
        let mut bytes = b"Befolkningen den 1. i kvartalet efter omr\xe5de og tid\n".to_vec();
        bytes.extend_from_slice(
            b";2019K1;2024K1\n101 K\xf8benhavn;600000;650000\n825 L\xe6s\xf8;1800;1750\n",
        );
        let (office, figures, _) = statistics(Country::Dk, &bytes);
        assert_eq!(office, Office::Dst);
        assert_eq!(figures.len(), 4);
        assert_eq!(figures[2].label, "Læsø");
        assert_eq!(figures[3].figure.reference_date, date!(2024 - 01 - 01));
    }

    /// SSB's download of 07459: a quoted title, semicolons, "0301 Oslo".
    #[test]
    fn ssb_07459_long_and_wide() {
        let long = "\"07459: Befolkning, etter region, år og statistikkvariabel\"\n\n\
                    \"region\";\"år\";\"statistikkvariabel\";\"07459: Befolkning, etter region, år og statistikkvariabel\"\n\
                    \"0 Hele landet\";\"2024\";\"Personer\";5550203\n\
                    \"03 Oslo\";\"2024\";\"Personer\";717710\n\
                    \"0301 Oslo\";\"2024\";\"Personer\";717710\n\
                    \"3101 Halden\";\"2024\";\"Personer\";..\n";
        let (office, figures, skipped) = statistics(Country::No, long.as_bytes());
        assert_eq!((office, skipped), (Office::Ssb, 1));
        assert_eq!(figures.len(), 2, "the missing figure is left out");
        assert_eq!(figures[0].kind, OrganisationKind::County);
        assert_eq!(figures[1].figure.reference_date, date!(2024 - 01 - 01));
        assert_eq!(
            figures[1].figure.source,
            "SSB table 07459, population 1 January 2024"
        );
        let wide = "\"region\";\"Personer 2023\";\"Personer 2024\"\n\"0301 Oslo\";709037;717710\n";
        let (_, figures, _) = statistics(Country::No, wide.as_bytes());
        assert_eq!(figures.len(), 2);
        assert_eq!(figures[0].figure.population, 709_037);
    }

    /// SCB's PxWeb download: a title, commas, every cell quoted, 31 December.
    #[test]
    fn scb_be0101_comma_quoted() {
        let text = "\"Folkmängden per region efter år\"\n\n\"region\",\"2023\"\n\
                    \"00 Riket\",\"10551707\"\n\"01 Stockholms län\",\"2454821\"\n\
                    \"0114 Upplands Väsby\",\"48 386\"\n";
        let (office, figures, skipped) = statistics(Country::Se, text.as_bytes());
        assert_eq!((office, skipped), (Office::Scb, 1));
        assert_eq!(figures[0].code, "01");
        assert_eq!(figures[1].figure.population, 48_386);
        assert_eq!(figures[1].figure.reference_date, date!(2023 - 12 - 31));
    }

    #[test]
    fn frirum_format_is_still_read() {
        let text = format!(
            "{}\n1082,Region Midtjylland,region,,,,,\n",
            registry_csv::COLUMNS.join(",")
        );
        assert!(matches!(
            read(Country::Dk, text.as_bytes()),
            Ok(RegistryFile::Frirum(r)) if r.len() == 1
        ));
    }

    #[test]
    fn refusals_have_stable_codes() {
        let code = |country, text: &str| read(country, text.as_bytes()).unwrap_err().code;
        assert_eq!(
            code(Country::No, "name;inhabitants\nOslo;1\n"),
            "registry_format_unknown"
        );
        assert_eq!(
            code(Country::No, "OMRÅDE;TID;INDHOLD\n101 København;2019K1;1\n"),
            "statistics_wrong_country"
        );
        assert_eq!(
            code(Country::Dk, "OMRÅDE;TID;INDHOLD\nKøbenhavn;2019K1;1\n"),
            "statistics_code_missing"
        );
        assert_eq!(
            code(
                Country::Dk,
                "OMRÅDE;TID;INDHOLD\n101 København;2019K1;many\n"
            ),
            "statistics_value_invalid"
        );
        assert_eq!(
            code(Country::Dk, "OMRÅDE;TID;INDHOLD\n101 København;2019;1\n"),
            "statistics_period_invalid"
        );
        assert_eq!(
            code(
                Country::Dk,
                "OMRÅDE;TID;INDHOLD\n000 Hele landet;2019K1;1\n"
            ),
            "statistics_no_figures"
        );
    }
}
