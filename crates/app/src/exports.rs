//! Spreadsheet exports (CSV) written in one place, so that every one of them guards
//! against formulas: text that people wrote (a proposal's title, an applicant's name)
//! must never run when the file is opened in a spreadsheet.

use frirum_domain::scheme::ThemeProposal;

use crate::Error;

/// A cell a spreadsheet will not run: text that begins like a formula (`=`, `+`, `-`,
/// `@`, a tab or a carriage return) is quoted with an apostrophe, which spreadsheets show
/// as text and do not evaluate.
pub fn inert(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// A CSV file of a header line and rows, every cell made [`inert`].
pub fn csv<R, C>(header: &[&str], rows: R) -> Result<Vec<u8>, Error>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let internal = |e: csv::Error| Error::Internal(e.to_string());
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(header.iter().map(|cell| inert(cell)))
        .map_err(internal)?;
    for row in rows {
        writer
            .write_record(row.into_iter().map(|cell| inert(&cell)))
            .map_err(internal)?;
    }
    writer
        .into_inner()
        .map_err(|e| Error::Internal(e.to_string()))
}

/// The columns of the theme-proposal bundle.
const PROPOSALS_HEADER: [&str; 9] = [
    "rank",
    "title",
    "description",
    "organisation_code",
    "organisation",
    "endorsements",
    "status",
    "decline_reason",
    "proposed_at",
];

/// A scheme's theme proposals as CSV, in the order given (their rank), to forward to the
/// ministry.
pub fn proposals_csv(proposals: &[ThemeProposal]) -> Result<Vec<u8>, Error> {
    let rows = (1..).zip(proposals).map(|(rank, p): (u32, _)| {
        [
            rank.to_string(),
            p.title.clone(),
            p.description.clone(),
            format!("{}:{}", p.organisation.country, p.organisation.code),
            p.organisation.name.clone(),
            p.endorsements.to_string(),
            p.status.as_str().to_owned(),
            p.decline_reason.clone().unwrap_or_default(),
            p.created_at
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
        ]
    });
    csv(&PROPOSALS_HEADER, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_looks_like_a_formula_is_quoted() {
        assert_eq!(inert("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        for start in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(inert(start).starts_with('\''), "{start}");
        }
        assert_eq!(inert("Én plan for borgeren"), "Én plan for borgeren");
        assert_eq!(inert("4.50"), "4.50");
    }

    #[test]
    fn every_cell_of_a_csv_is_inert() {
        let bytes = csv(
            &["title", "n"],
            [vec![
                "=HYPERLINK(\"http://x\",\"y\")".to_owned(),
                "3".to_owned(),
            ]],
        )
        .unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(
            text,
            "title,n\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",3\n"
        );
    }
}
