//! The case journal: every state change of a scheme, round, proposal or application, with
//! who made it, when, what changed and why. Entries are appended, never edited.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;
use serde_json::{Map, Value};
use time::OffsetDateTime;

/// What kind of case an entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseKind {
    Scheme,
    Round,
    Proposal,
    Application,
}

impl CaseKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CaseKind::Scheme => "scheme",
            CaseKind::Round => "round",
            CaseKind::Proposal => "proposal",
            CaseKind::Application => "application",
        }
    }
}

impl fmt::Display for CaseKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CaseKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "scheme" => Ok(CaseKind::Scheme),
            "round" => Ok(CaseKind::Round),
            "proposal" => Ok(CaseKind::Proposal),
            "application" => Ok(CaseKind::Application),
            other => Err(format!("unknown case kind {other:?}")),
        }
    }
}

/// One entry of the journal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JournalEntry {
    pub id: i64,
    pub case_kind: CaseKind,
    pub case_id: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub at: OffsetDateTime,
    /// What happened, as a stable code such as `application.submitted`.
    pub action: String,
    /// What changed: for each field, its value before and after.
    pub changes: Value,
    pub reason: Option<String>,
}

/// Who acts and why, given with every change so that the journal entry is written in the
/// same transaction as the change itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor<'a> {
    pub user_id: Option<i64>,
    pub reason: Option<&'a str>,
    pub at: OffsetDateTime,
}

impl<'a> Actor<'a> {
    pub fn user(user_id: i64, at: OffsetDateTime) -> Self {
        Actor {
            user_id: Some(user_id),
            reason: None,
            at,
        }
    }

    pub fn because(self, reason: Option<&'a str>) -> Self {
        Actor { reason, ..self }
    }
}

const SHOWN_CHARS: usize = 200;

fn shorten(value: &Value) -> Value {
    match value {
        Value::String(s) if s.chars().count() > SHOWN_CHARS => {
            let head: String = s.chars().take(SHOWN_CHARS).collect();
            Value::String(format!("{head}… ({} characters)", s.chars().count()))
        }
        Value::Array(items) if items.iter().any(|i| i.is_object()) => {
            Value::String(format!("{} entries", items.len()))
        }
        other => other.clone(),
    }
}

/// The fields of two JSON objects that differ, as `{field: {"from": …, "to": …}}`. Long texts
/// are shortened: the journal says that they changed, the case itself keeps them.
pub fn diff(old: &Value, new: &Value) -> Value {
    let empty = Map::new();
    let old = old.as_object().unwrap_or(&empty);
    let new = new.as_object().unwrap_or(&empty);
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    let mut out = Map::new();
    for key in keys {
        let (a, b) = (
            old.get(key).unwrap_or(&Value::Null),
            new.get(key).unwrap_or(&Value::Null),
        );
        if a != b {
            out.insert(
                key.clone(),
                serde_json::json!({ "from": shorten(a), "to": shorten(b) }),
            );
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_names_changed_fields_only() {
        let d = diff(
            &json!({"title": "A", "min_population": 60000, "same": 1}),
            &json!({"title": "B", "min_population": 50000, "same": 1}),
        );
        assert_eq!(
            d,
            json!({
                "min_population": {"from": 60000, "to": 50000},
                "title": {"from": "A", "to": "B"}
            })
        );
    }

    #[test]
    fn long_texts_are_shortened() {
        let d = diff(&json!({"t": ""}), &json!({"t": "x".repeat(1000)}));
        assert!(
            d["t"]["to"]
                .as_str()
                .unwrap()
                .ends_with("(1000 characters)")
        );
    }
}
