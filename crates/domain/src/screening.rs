//! The legal screening: the scheme's checklist of exclusions, judged item by item for a
//! submitted application. Each judgement is kept with its reason, its author and its time;
//! the newest judgement of an item is the current one. A "conflict" on any item blocks
//! approval; a "possible conflict" does not, but is shown beside the decision.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::text::{FieldError, Problem, all_values, check_text, clean, unknown_name};

/// The longest reason, in characters.
pub const MAX_REASON: usize = 5_000;

/// What the screener found for one item of the checklist.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_outcome)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ScreeningOutcome {
    NoConflict,
    PossibleConflict,
    Conflict,
}

impl ScreeningOutcome {
    pub const ALL: [ScreeningOutcome; 3] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_outcome(name: &str) -> String {
    unknown_name::<ScreeningOutcome>("outcome", name)
}

/// One judgement of one item, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScreeningEntry {
    pub id: i64,
    pub application_id: i64,
    /// The item's place in the checklist, from 0.
    pub item: usize,
    /// The item's text as the checklist said it when it was judged.
    pub item_text: String,
    /// The rules version whose checklist was used.
    pub rules_version: i64,
    pub outcome: ScreeningOutcome,
    pub reason: String,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub at: OffsetDateTime,
}

/// A judgement to record, checked by [`judgement`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judgement {
    pub item: usize,
    pub item_text: String,
    pub outcome: ScreeningOutcome,
    pub reason: String,
}

/// Checks a judgement against the checklist: the item must exist and the reason must be
/// written (and not too long). Returns it with the item's text and the reason cleaned.
pub fn judgement(
    checklist: &[String],
    item: usize,
    outcome: ScreeningOutcome,
    reason: &str,
) -> Result<Judgement, FieldError> {
    let Some(text) = checklist.get(item) else {
        return Err(FieldError::new(
            "item",
            Problem::OutOfRange {
                min: "0".into(),
                max: checklist.len().saturating_sub(1).to_string(),
            },
        ));
    };
    let reason = clean(reason).trim().to_owned();
    if reason.is_empty() {
        return Err(FieldError::new("reason", Problem::Required));
    }
    check_text("reason", &reason, MAX_REASON)?;
    Ok(Judgement {
        item,
        item_text: text.clone(),
        outcome,
        reason,
    })
}

/// The current judgement of each item: the newest entry per item, in checklist order.
/// `history` may be in any order.
pub fn current(history: &[ScreeningEntry]) -> Vec<ScreeningEntry> {
    let mut newest: Vec<&ScreeningEntry> = Vec::new();
    for entry in history {
        match newest.iter_mut().find(|e| e.item == entry.item) {
            Some(slot) if (slot.at, slot.id) < (entry.at, entry.id) => *slot = entry,
            Some(_) => {}
            None => newest.push(entry),
        }
    }
    newest.sort_by_key(|e| e.item);
    newest.into_iter().cloned().collect()
}

/// An item that stands in the way of approval, or that the decision must look at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub item: usize,
    pub item_text: String,
    pub outcome: ScreeningOutcome,
    pub reason: String,
}

impl From<&ScreeningEntry> for Finding {
    fn from(e: &ScreeningEntry) -> Self {
        Finding {
            item: e.item,
            item_text: e.item_text.clone(),
            outcome: e.outcome,
            reason: e.reason.clone(),
        }
    }
}

/// The items whose current judgement is "conflict": each blocks approval, with its reason.
pub fn blocking_items(current: &[ScreeningEntry]) -> Vec<Finding> {
    current
        .iter()
        .filter(|e| e.outcome == ScreeningOutcome::Conflict)
        .map(Finding::from)
        .collect()
}

/// What the screening says as a whole, for the decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScreeningSummary {
    /// Every item of the checklist has a current judgement.
    pub complete: bool,
    /// Items not yet judged, by their place in the checklist.
    pub missing: Vec<usize>,
    /// "Conflict": approval is refused while any stands.
    pub blocking: Vec<Finding>,
    /// "Possible conflict": not blocking, but shown to whoever decides.
    pub doubtful: Vec<Finding>,
}

impl ScreeningSummary {
    /// Whether the screening stands in the way of approval.
    pub fn blocks_approval(&self) -> bool {
        !self.blocking.is_empty()
    }
}

/// Sums up the current judgements against a checklist of `items` entries.
pub fn summarise(items: usize, current: &[ScreeningEntry]) -> ScreeningSummary {
    let missing = (0..items)
        .filter(|i| !current.iter().any(|e| e.item == *i))
        .collect::<Vec<_>>();
    ScreeningSummary {
        complete: missing.is_empty(),
        missing,
        blocking: blocking_items(current),
        doubtful: current
            .iter()
            .filter(|e| e.outcome == ScreeningOutcome::PossibleConflict)
            .map(Finding::from)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn screening_outcome_names_agree() {
        crate::text::tests::names_agree::<ScreeningOutcome>();
        crate::text::tests::serde_reads_names::<ScreeningOutcome>();
        assert_eq!(
            "x".parse::<ScreeningOutcome>().unwrap_err().to_string(),
            "unknown outcome \"x\": expected no_conflict, possible_conflict or conflict"
        );
    }

    fn entry(id: i64, item: usize, outcome: ScreeningOutcome, secs: i64) -> ScreeningEntry {
        ScreeningEntry {
            id,
            application_id: 1,
            item,
            item_text: format!("item {item}"),
            rules_version: 1,
            outcome,
            reason: format!("reason {id}"),
            actor_id: Some(1),
            actor_name: None,
            at: OffsetDateTime::from_unix_timestamp(secs).unwrap(),
        }
    }

    #[test]
    fn outcomes_read_back() {
        for o in ScreeningOutcome::ALL {
            assert_eq!(o.as_str().parse::<ScreeningOutcome>(), Ok(o));
        }
        assert!("maybe".parse::<ScreeningOutcome>().is_err());
    }

    #[test]
    fn judgements_are_checked() {
        let list = vec!["Grundloven".to_owned(), "EU-retten".to_owned()];
        let ok = judgement(&list, 1, ScreeningOutcome::Conflict, "  Strider mod EU  ").unwrap();
        assert_eq!(
            (ok.item_text.as_str(), ok.reason.as_str()),
            ("EU-retten", "Strider mod EU")
        );
        let e = judgement(&list, 2, ScreeningOutcome::Conflict, "x").unwrap_err();
        assert_eq!((e.field.as_str(), e.code()), ("item", "value_out_of_range"));
        let e = judgement(&list, 0, ScreeningOutcome::NoConflict, " \n ").unwrap_err();
        assert_eq!((e.field.as_str(), e.code()), ("reason", "field_required"));
        let long = "x".repeat(MAX_REASON + 1);
        let e = judgement(&list, 0, ScreeningOutcome::NoConflict, &long).unwrap_err();
        assert_eq!((e.field.as_str(), e.code()), ("reason", "field_too_long"));
    }

    #[test]
    fn the_newest_judgement_counts_and_conflicts_block() {
        use ScreeningOutcome::*;
        let history = [
            entry(1, 0, Conflict, 10),
            entry(2, 1, PossibleConflict, 11),
            entry(3, 0, NoConflict, 12),
        ];
        let now = current(&history);
        assert_eq!(now.iter().map(|e| e.id).collect::<Vec<_>>(), [3, 2]);
        let summary = summarise(3, &now);
        assert!(!summary.blocks_approval());
        assert!(!summary.complete);
        assert_eq!(summary.missing, [2]);
        assert_eq!(summary.doubtful.len(), 1);

        let history = [entry(1, 0, NoConflict, 10), entry(2, 0, Conflict, 11)];
        let summary = summarise(1, &current(&history));
        assert!(summary.complete && summary.blocks_approval());
        assert_eq!(summary.blocking[0].reason, "reason 2");
    }
}
