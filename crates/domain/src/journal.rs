//! The case journal: every state change of a scheme, round, proposal or application, with
//! who made it, when, what changed and why. Entries are appended, never edited, and each
//! carries the hash of the one before it, so that an entry altered or removed behind the
//! store's back breaks the chain at that point.

use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

/// What kind of case an entry belongs to.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_case_kind)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum CaseKind {
    Scheme,
    Round,
    Proposal,
    Application,
    /// A barrier of the policy lab's register.
    Barrier,
    /// A lab investigation.
    Investigation,
    /// A network of trials and municipalities.
    Network,
    /// A partner of the partner register.
    Partner,
    /// A person's account: appointed as user administrator, deactivated, created by
    /// accepting an invitation.
    Account,
    /// An invitation to open an account.
    Invitation,
}

impl CaseKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_case_kind(name: &str) -> String {
    format!("unknown case kind {name:?}")
}

/// One entry of the journal.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JournalEntry {
    pub id: i64,
    pub case_kind: CaseKind,
    pub case_id: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
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

/// An entry as the chain sees it: every stored field as stored, `changes` as its JSON text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainEntry {
    pub id: i64,
    pub case_kind: String,
    pub case_id: i64,
    pub actor_id: Option<i64>,
    pub at: OffsetDateTime,
    pub action: String,
    pub changes: String,
    pub reason: Option<String>,
    /// The hash of the entry before, `None` for the first entry.
    pub prev_hash: Option<String>,
    /// `None` only for an entry not yet sealed.
    pub hash: Option<String>,
}

/// The journal's time with the precision both databases keep: whole microseconds.
pub fn journal_time(at: OffsetDateTime) -> OffsetDateTime {
    let at = at.to_offset(time::UtcOffset::UTC);
    at.replace_nanosecond(at.microsecond() * 1_000)
        .unwrap_or(at)
}

/// `at` in UTC as RFC 3339 with exactly six fractional digits, so that the same instant
/// always hashes the same, however a database returns it.
fn rfc3339_micros(at: OffsetDateTime) -> String {
    let at = journal_time(at);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second(),
        at.microsecond()
    )
}

impl ChainEntry {
    /// SHA-256, in lower-case hex, of the entry's fields and the hash before it. They are
    /// serialised as one JSON array, so that no two different entries share a serialisation
    /// by moving text from one field into the next.
    pub fn compute_hash(&self, prev_hash: Option<&str>) -> String {
        let canonical = serde_json::json!([
            prev_hash,
            self.id,
            self.case_kind,
            self.case_id,
            self.actor_id,
            rfc3339_micros(self.at),
            self.action,
            self.changes,
            self.reason,
        ]);
        let digest = Sha256::digest(canonical.to_string().as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// The first entry at which the chain breaks, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BrokenEntry {
    pub id: i64,
    pub reason: String,
}

impl fmt::Display for BrokenEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "entry {}: {}", self.id, self.reason)
    }
}

/// Checks a chain entry by entry, so that a long journal can be read in pages.
#[derive(Debug, Clone, Default)]
pub struct ChainVerifier {
    last: Option<(i64, String)>,
    entries: u64,
}

impl ChainVerifier {
    pub fn new() -> Self {
        Self::default()
    }

    /// Checks the next entry, in id order, against the one before it.
    pub fn check(&mut self, entry: &ChainEntry) -> Result<(), BrokenEntry> {
        let broken = |reason: &str| BrokenEntry {
            id: entry.id,
            reason: reason.to_owned(),
        };
        let expected_prev = match &self.last {
            Some((last_id, _)) if entry.id <= *last_id => {
                return Err(broken("out of order"));
            }
            Some((_, hash)) => Some(hash.as_str()),
            None => None,
        };
        if entry.prev_hash.as_deref() != expected_prev {
            return Err(broken(if expected_prev.is_none() {
                "the first entry names an entry before it"
            } else {
                "the previous hash does not match the entry before it"
            }));
        }
        let Some(hash) = &entry.hash else {
            return Err(broken("the entry has no hash"));
        };
        if *hash != entry.compute_hash(expected_prev) {
            return Err(broken("the hash does not match the entry's content"));
        }
        self.last = Some((entry.id, hash.clone()));
        self.entries += 1;
        Ok(())
    }

    /// How many entries have been checked and found intact.
    pub fn entries(&self) -> u64 {
        self.entries
    }
}

/// Checks a whole chain, in id order: every entry names the hash of the one before it and
/// its own hash matches its content. Removing the newest entries is not detectable here;
/// anything else is, at the first entry it affects.
pub fn verify_chain<'a>(
    entries: impl IntoIterator<Item = &'a ChainEntry>,
) -> Result<(), BrokenEntry> {
    let mut verifier = ChainVerifier::new();
    entries.into_iter().try_for_each(|e| verifier.check(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Serde, `Display` and parsing agree on every name; an unknown name is refused as before.
    #[test]
    fn case_kind_names_agree() {
        crate::text::tests::names_agree::<CaseKind>();
        assert_eq!(
            "x".parse::<CaseKind>().unwrap_err().to_string(),
            "unknown case kind \"x\""
        );
    }

    fn chain(n: i64) -> Vec<ChainEntry> {
        let mut out: Vec<ChainEntry> = Vec::new();
        for id in 1..=n {
            let prev_hash = out.last().and_then(|e| e.hash.clone());
            let mut entry = ChainEntry {
                id,
                case_kind: "application".into(),
                case_id: 7,
                actor_id: Some(3),
                at: time::macros::datetime!(2026-03-01 12:00:00.123456789 UTC),
                action: "application.saved".into(),
                changes: format!("{{\"n\":{id}}}"),
                reason: None,
                prev_hash,
                hash: None,
            };
            entry.hash = Some(entry.compute_hash(entry.prev_hash.as_deref()));
            out.push(entry);
        }
        out
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(verify_chain(&chain(4)), Ok(()));
        assert_eq!(verify_chain(&[]), Ok(()));
    }

    #[test]
    fn an_altered_field_names_its_entry() {
        let mut entries = chain(4);
        entries[2].reason = Some("afterthought".into());
        assert_eq!(verify_chain(&entries).unwrap_err().id, 3);
        let mut entries = chain(4);
        entries[1].at += time::Duration::SECOND;
        assert_eq!(verify_chain(&entries).unwrap_err().id, 2);
    }

    #[test]
    fn a_deleted_entry_breaks_the_next() {
        let mut entries = chain(4);
        entries.remove(1);
        assert_eq!(verify_chain(&entries).unwrap_err().id, 3);
        let mut entries = chain(3);
        entries.remove(0);
        assert_eq!(verify_chain(&entries).unwrap_err().id, 2);
    }

    #[test]
    fn reordered_entries_break() {
        let mut entries = chain(4);
        entries.swap(1, 2);
        assert_eq!(verify_chain(&entries).unwrap_err().id, 3);
        // Swapping the contents but keeping the ids in order breaks the hashes instead.
        let mut entries = chain(4);
        let (a, b) = (entries[1].changes.clone(), entries[2].changes.clone());
        entries[1].changes = b;
        entries[2].changes = a;
        assert_eq!(verify_chain(&entries).unwrap_err().id, 2);
    }

    #[test]
    fn fields_cannot_collide_by_concatenation() {
        let mut a = chain(1).remove(0);
        let mut b = a.clone();
        a.action = "ab".into();
        a.changes = "c".into();
        b.action = "a".into();
        b.changes = "bc".into();
        assert_ne!(a.compute_hash(None), b.compute_hash(None));
    }

    #[test]
    fn the_hash_ignores_sub_microsecond_digits_and_offsets() {
        let a = chain(1).remove(0);
        let mut b = a.clone();
        b.at = time::macros::datetime!(2026-03-01 13:00:00.123456 +01:00);
        assert_eq!(a.compute_hash(None), b.compute_hash(None));
    }

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
