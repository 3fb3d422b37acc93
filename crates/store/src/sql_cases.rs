//! The SQL of [`crate::CaseStore`], written once for both backends like [`crate::sql`].
//!
//! Every change begins its transaction with a write, so that SQLite takes its write lock
//! first and never has to upgrade a read (which fails rather than waits), and PostgreSQL
//! locks the row it changes. Checks that need the old state read it before the
//! transaction and are made safe by a conditional `UPDATE … WHERE version = $n`.
//!
//! The journal is a hash chain, so appends must not interleave: in SQLite the transaction's
//! first write already holds the database's one write lock; in PostgreSQL an append locks
//! the journal table against other appends (reads go on) until its transaction ends. An
//! append is always a transaction's last statements, so that lock is never held while
//! waiting for another.

use frirum_domain::application::{Application, ApplicationContent, ApplicationStatus};
use frirum_domain::clock::LocalTime;
use frirum_domain::journal::{CaseKind, ChainEntry, JournalEntry};
use frirum_domain::organisation::OrganisationRef;
use frirum_domain::scheme::{ProposalStatus, Round, Rules, Scheme, Theme, ThemeProposal};
use time::{OffsetDateTime, PrimitiveDateTime};

use crate::{ApplicationSummary, StoreError};

pub(crate) const SCHEME_SELECT: &str = "SELECT s.id, s.code, s.country, s.title, s.language, \
     s.invitation, s.status, s.publish_applications, s.rules_version, s.created_at, \
     s.updated_at, r.rules \
     FROM schemes s JOIN scheme_rules r ON r.scheme_id = s.id AND r.version = s.rules_version";

pub(crate) const ROUND_SELECT: &str = "SELECT id, scheme_id, number, title, opens_local, \
     deadline_local, time_zone, target_trials FROM rounds";

pub(crate) const THEME_SELECT: &str =
    "SELECT id, scheme_id, title, description, priority FROM themes";

pub(crate) const PROPOSAL_SELECT: &str = "SELECT p.id, p.scheme_id, p.title, p.description, \
     p.status, p.decline_reason, p.adopted_theme_id, p.created_at, \
     o.id AS org_id, o.country AS org_country, o.code AS org_code, o.name AS org_name, \
     (SELECT COUNT(*) FROM proposal_endorsements e WHERE e.proposal_id = p.id) AS endorsements \
     FROM theme_proposals p JOIN organisations o ON o.id = p.organisation_id";

pub(crate) const APPLICATION_SELECT: &str = "SELECT a.id, a.scheme_id, a.round_id, a.status, \
     a.version, a.case_number, a.content, a.created_at, a.updated_at, a.submitted_at, \
     a.withdrawn_at, a.rules_version, a.eligibility, \
     o.id AS org_id, o.country AS org_country, o.code AS org_code, o.name AS org_name \
     FROM applications a JOIN organisations o ON o.id = a.lead_organisation_id";

pub(crate) const MEMBERS_SELECT: &str = "SELECT o.id, o.country, o.code, o.name \
     FROM application_members m JOIN organisations o ON o.id = m.organisation_id \
     WHERE m.application_id = $1 ORDER BY m.position";

/// A value bound to a placeholder of an application list query.
pub(crate) enum ListBind {
    Int(i64),
    Text(&'static str),
    Time(OffsetDateTime),
}

/// An application list's statements with only the filters in use, so that both engines
/// plan them on the indexes instead of scanning every application: a round's first page
/// reads one page of the round's `(round_id, sequence)` index, however many it holds.
pub(crate) struct ApplicationListQuery {
    /// `SELECT COUNT(*) …` without the joins that no filter needs.
    pub count: String,
    /// The page, with `LIMIT` and `OFFSET` as the last two placeholders.
    pub page: String,
    /// The values of the placeholders before `LIMIT`, in order.
    pub binds: Vec<ListBind>,
}

pub(crate) fn application_list_query(filter: &crate::ApplicationFilter) -> ApplicationListQuery {
    let mut conditions = Vec::new();
    let mut binds = Vec::new();
    let next = |bind: ListBind, binds: &mut Vec<ListBind>| {
        binds.push(bind);
        format!("${}", binds.len())
    };
    if let Some(id) = filter.scheme_id {
        conditions.push(format!(
            "a.scheme_id = {}",
            next(ListBind::Int(id), &mut binds)
        ));
    }
    if let Some(id) = filter.round_id {
        conditions.push(format!(
            "a.round_id = {}",
            next(ListBind::Int(id), &mut binds)
        ));
    }
    if let Some(status) = filter.status {
        let p = next(ListBind::Text(status.as_str()), &mut binds);
        conditions.push(format!("a.status = {p}"));
    }
    if let Some(id) = filter.organisation_id {
        // A union of two indexed look-ups; `lead = $n OR EXISTS (…)` would scan them all.
        let p = next(ListBind::Int(id), &mut binds);
        conditions.push(format!(
            "a.id IN (SELECT x.id FROM applications x WHERE x.lead_organisation_id = {p} \
             UNION SELECT m.application_id FROM application_members m \
             WHERE m.organisation_id = {p})"
        ));
    }
    if let Some(id) = filter.provision_id {
        let p = next(ListBind::Int(id), &mut binds);
        conditions.push(format!(
            "a.id IN (SELECT ap.application_id FROM application_provisions ap \
             WHERE ap.provision_id = {p})"
        ));
    }
    if filter.exclude_drafts {
        conditions.push("a.status <> 'draft'".to_owned());
    }
    let mut count_from = "FROM applications a".to_owned();
    if let Some(at) = filter.public_at {
        let p = next(ListBind::Time(at), &mut binds);
        conditions.push(format!(
            "a.status = 'submitted' AND s.publish_applications AND r.deadline_at < {p}"
        ));
        count_from
            .push_str(" JOIN schemes s ON s.id = a.scheme_id JOIN rounds r ON r.id = a.round_id");
    }
    let where_sql = if conditions.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", conditions.join(" AND "))
    };
    let no_drafts = filter.exclude_drafts
        || filter.public_at.is_some()
        || filter.status.is_some_and(|s| s != ApplicationStatus::Draft);
    // A round's list reads in case-number order, drafts (without a number) last; when there
    // can be no drafts the order is the index's own (sequences are unique in a round), so
    // the engine reads the first page off the index without sorting. Other lists read
    // newest first.
    let order = match (filter.round_id.is_some(), no_drafts) {
        (true, true) => "ORDER BY a.sequence",
        (true, false) => "ORDER BY a.sequence IS NULL, a.sequence, a.id",
        (false, _) => "ORDER BY a.updated_at DESC, a.id DESC",
    };
    let n = binds.len();
    // The page is chosen from `applications` alone and only then joined: otherwise an
    // engine that sees small schemes and rounds tables may loop over those first and sort
    // every application of the round to find the first fifty.
    let page_ids = format!(
        "SELECT a.* {count_from}{where_sql} {order} LIMIT ${} OFFSET ${}",
        n + 1,
        n + 2
    );
    // The secretariat's list of a round counts what has a case number: every submitted
    // application got the next one and keeps it, so the round's last number is the total.
    let round_only = filter.round_id.is_some()
        && filter.exclude_drafts
        && filter.scheme_id.is_none()
        && filter.status.is_none()
        && filter.organisation_id.is_none()
        && filter.provision_id.is_none()
        && filter.public_at.is_none();
    let count = if round_only {
        "SELECT COALESCE((SELECT last_sequence FROM rounds WHERE id = $1), 0)".to_owned()
    } else {
        format!("SELECT COUNT(*) {count_from}{where_sql}")
    };
    ApplicationListQuery {
        count,
        page: format!(
            "{APPLICATION_LIST_COLUMNS} FROM ({page_ids}) a \
             JOIN schemes s ON s.id = a.scheme_id \
             JOIN rounds r ON r.id = a.round_id \
             JOIN organisations o ON o.id = a.lead_organisation_id {order}"
        ),
        binds,
    }
}

pub(crate) const APPLICATION_LIST_COLUMNS: &str = "SELECT a.id, a.scheme_id, \
     s.code AS scheme_code, a.round_id, r.number AS round_number, a.case_number, a.title, \
     o.id AS org_id, o.country AS org_country, o.code AS org_code, o.name AS org_name, \
     (SELECT COUNT(*) FROM application_members m WHERE m.application_id = a.id) AS member_count, \
     a.status, a.updated_at, a.submitted_at";

pub(crate) const JOURNAL_SELECT: &str = "SELECT j.id, j.case_kind, j.case_id, j.actor_id, \
     u.name AS actor_name, j.at, j.action, j.changes, j.reason \
     FROM journal_entries j LEFT JOIN users u ON u.id = j.actor_id";

pub(crate) fn org_ref(
    id: i64,
    country: &str,
    code: String,
    name: String,
) -> Result<OrganisationRef, StoreError> {
    Ok(OrganisationRef {
        id,
        country: country.parse().map_err(StoreError::corrupt)?,
        code,
        name,
    })
}

fn json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(StoreError::corrupt)
}

pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(StoreError::corrupt)
}

fn unsigned(n: i64) -> Result<u32, StoreError> {
    u32::try_from(n).map_err(StoreError::corrupt)
}

#[derive(sqlx::FromRow)]
pub(crate) struct SchemeRow {
    id: i64,
    code: String,
    country: String,
    title: String,
    language: String,
    invitation: String,
    status: String,
    publish_applications: bool,
    rules_version: i64,
    created_at: OffsetDateTime,
    updated_at: OffsetDateTime,
    rules: String,
}

impl SchemeRow {
    pub fn into_domain(self) -> Result<Scheme, StoreError> {
        Ok(Scheme {
            id: self.id,
            code: self.code,
            country: self.country.parse().map_err(StoreError::corrupt)?,
            title: self.title,
            language: self.language.parse().map_err(StoreError::corrupt)?,
            invitation: self.invitation,
            status: self.status.parse().map_err(StoreError::corrupt)?,
            publish_applications: self.publish_applications,
            rules: json::<Rules>(&self.rules)?,
            rules_version: self.rules_version,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ThemeRow {
    id: i64,
    scheme_id: i64,
    title: String,
    description: String,
    priority: bool,
}

impl From<ThemeRow> for Theme {
    fn from(r: ThemeRow) -> Self {
        Theme {
            id: r.id,
            scheme_id: r.scheme_id,
            title: r.title,
            description: r.description,
            priority: r.priority,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct RoundRow {
    id: i64,
    scheme_id: i64,
    number: i64,
    title: String,
    opens_local: PrimitiveDateTime,
    deadline_local: PrimitiveDateTime,
    time_zone: String,
    target_trials: i64,
}

impl RoundRow {
    pub fn into_domain(self) -> Result<Round, StoreError> {
        Ok(Round {
            id: self.id,
            scheme_id: self.scheme_id,
            number: unsigned(self.number)?,
            title: self.title,
            opens: LocalTime::new(self.opens_local, self.time_zone.clone()),
            deadline: LocalTime::new(self.deadline_local, self.time_zone),
            target_trials: unsigned(self.target_trials)?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ProposalRow {
    id: i64,
    scheme_id: i64,
    title: String,
    description: String,
    status: String,
    decline_reason: Option<String>,
    adopted_theme_id: Option<i64>,
    created_at: OffsetDateTime,
    org_id: i64,
    org_country: String,
    org_code: String,
    org_name: String,
    endorsements: i64,
}

impl ProposalRow {
    pub fn into_domain(self) -> Result<ThemeProposal, StoreError> {
        Ok(ThemeProposal {
            id: self.id,
            scheme_id: self.scheme_id,
            organisation: org_ref(self.org_id, &self.org_country, self.org_code, self.org_name)?,
            title: self.title,
            description: self.description,
            status: self
                .status
                .parse::<ProposalStatus>()
                .map_err(StoreError::corrupt)?,
            decline_reason: self.decline_reason,
            adopted_theme_id: self.adopted_theme_id,
            endorsements: unsigned(self.endorsements)?,
            created_at: self.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct OrgRefRow {
    id: i64,
    country: String,
    code: String,
    name: String,
}

impl OrgRefRow {
    pub fn into_domain(self) -> Result<OrganisationRef, StoreError> {
        org_ref(self.id, &self.country, self.code, self.name)
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ApplicationRow {
    id: i64,
    scheme_id: i64,
    round_id: i64,
    status: String,
    version: i64,
    case_number: Option<String>,
    content: String,
    created_at: OffsetDateTime,
    updated_at: OffsetDateTime,
    submitted_at: Option<OffsetDateTime>,
    withdrawn_at: Option<OffsetDateTime>,
    rules_version: Option<i64>,
    eligibility: Option<String>,
    org_id: i64,
    org_country: String,
    org_code: String,
    org_name: String,
}

impl ApplicationRow {
    /// The application's id, to match rows read apart from it.
    pub fn id(&self) -> i64 {
        self.id
    }

    pub fn into_domain(self, members: Vec<OrganisationRef>) -> Result<Application, StoreError> {
        Ok(Application {
            id: self.id,
            scheme_id: self.scheme_id,
            round_id: self.round_id,
            lead: org_ref(self.org_id, &self.org_country, self.org_code, self.org_name)?,
            members,
            status: self
                .status
                .parse::<ApplicationStatus>()
                .map_err(StoreError::corrupt)?,
            version: self.version,
            case_number: self.case_number,
            content: json::<ApplicationContent>(&self.content)?,
            created_at: self.created_at,
            updated_at: self.updated_at,
            submitted_at: self.submitted_at,
            withdrawn_at: self.withdrawn_at,
            rules_version: self.rules_version,
            eligibility: self.eligibility.as_deref().map(json).transpose()?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ApplicationSummaryRow {
    id: i64,
    scheme_id: i64,
    scheme_code: String,
    round_id: i64,
    round_number: i64,
    case_number: Option<String>,
    title: String,
    org_id: i64,
    org_country: String,
    org_code: String,
    org_name: String,
    member_count: i64,
    status: String,
    updated_at: OffsetDateTime,
    submitted_at: Option<OffsetDateTime>,
}

impl ApplicationSummaryRow {
    pub fn into_domain(self) -> Result<ApplicationSummary, StoreError> {
        Ok(ApplicationSummary {
            id: self.id,
            scheme_id: self.scheme_id,
            scheme_code: self.scheme_code,
            round_id: self.round_id,
            round_number: unsigned(self.round_number)?,
            case_number: self.case_number,
            title: self.title,
            lead: org_ref(self.org_id, &self.org_country, self.org_code, self.org_name)?,
            member_count: unsigned(self.member_count)?,
            status: self.status.parse().map_err(StoreError::corrupt)?,
            updated_at: self.updated_at,
            submitted_at: self.submitted_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct JournalRow {
    id: i64,
    case_kind: String,
    case_id: i64,
    actor_id: Option<i64>,
    actor_name: Option<String>,
    at: OffsetDateTime,
    action: String,
    changes: String,
    reason: Option<String>,
}

impl JournalRow {
    pub fn into_domain(self) -> Result<JournalEntry, StoreError> {
        Ok(JournalEntry {
            id: self.id,
            case_kind: self
                .case_kind
                .parse::<CaseKind>()
                .map_err(StoreError::corrupt)?,
            case_id: self.case_id,
            actor_id: self.actor_id,
            actor_name: self.actor_name,
            at: self.at,
            action: self.action,
            changes: json(&self.changes)?,
            reason: self.reason,
        })
    }
}

pub(crate) const CHAIN_SELECT: &str = "SELECT id, case_kind, case_id, actor_id, at, action, \
     changes, reason, prev_hash, hash FROM journal_entries";

/// How many journal entries verification and sealing read at a time.
pub(crate) const CHAIN_PAGE: i64 = 1000;

/// A journal entry with exactly what its hash covers.
#[derive(sqlx::FromRow)]
pub(crate) struct ChainRow {
    id: i64,
    case_kind: String,
    case_id: i64,
    actor_id: Option<i64>,
    at: OffsetDateTime,
    action: String,
    changes: String,
    reason: Option<String>,
    prev_hash: Option<String>,
    hash: Option<String>,
}

impl ChainRow {
    pub fn id(&self) -> i64 {
        self.id
    }
}

impl From<ChainRow> for ChainEntry {
    fn from(r: ChainRow) -> Self {
        ChainEntry {
            id: r.id,
            case_kind: r.case_kind,
            case_id: r.case_id,
            actor_id: r.actor_id,
            at: r.at,
            action: r.action,
            changes: r.changes,
            reason: r.reason,
            prev_hash: r.prev_hash,
            hash: r.hash,
        }
    }
}

/// The statuses padded to four, for `IN ($1, $2, $3, $4)`.
pub(crate) fn four_statuses(statuses: &[frirum_domain::scheme::SchemeStatus]) -> [&'static str; 4] {
    let first = statuses.first().map_or("none", |s| s.as_str());
    let mut out = [first; 4];
    for (slot, s) in out.iter_mut().zip(statuses) {
        *slot = s.as_str();
    }
    out
}

/// Implements [`crate::CaseStore`] for a store with a `pool` field, for the sqlx database
/// type `$db`.
macro_rules! impl_case_store {
    ($store:ty, $db:ty) => {
        type Tx<'c> = sqlx::Transaction<'c, $db>;

        /// Appends one journal entry inside the transaction of the change it records, chained
        /// to the newest entry before it.
        async fn append_journal(
            tx: &mut Tx<'_>,
            kind: frirum_domain::journal::CaseKind,
            case_id: i64,
            actor: &frirum_domain::journal::Actor<'_>,
            action: &str,
            changes: serde_json::Value,
        ) -> $crate::Result<()> {
            if <$db as sqlx::Database>::NAME == "PostgreSQL" {
                // Two appends reading the same head would fork the chain. This lock lets
                // readers through and is released when the transaction ends.
                sqlx::query("LOCK TABLE journal_entries IN SHARE ROW EXCLUSIVE MODE")
                    .execute(&mut **tx)
                    .await?;
            }
            let head: Option<Option<String>> =
                sqlx::query_scalar("SELECT hash FROM journal_entries ORDER BY id DESC LIMIT 1")
                    .fetch_optional(&mut **tx)
                    .await?;
            let prev_hash = match head {
                Some(None) => seal_journal(tx).await?,
                Some(Some(hash)) => Some(hash),
                None => None,
            };
            // The stored time is cut to what both engines keep, so that it hashes the same
            // when it is read back.
            let at = frirum_domain::journal::journal_time(actor.at);
            let changes = changes.to_string();
            // The id is part of the hash and only known after the insert; the trigger lets
            // an entry without a hash be sealed once.
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO journal_entries (case_kind, case_id, actor_id, at, action, changes, reason) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(kind.as_str())
            .bind(case_id)
            .bind(actor.user_id)
            .bind(at)
            .bind(action)
            .bind(&changes)
            .bind(actor.reason)
            .fetch_one(&mut **tx)
            .await?;
            let entry = frirum_domain::journal::ChainEntry {
                id,
                case_kind: kind.as_str().to_owned(),
                case_id,
                actor_id: actor.user_id,
                at,
                action: action.to_owned(),
                changes,
                reason: actor.reason.map(str::to_owned),
                prev_hash: None,
                hash: None,
            };
            let hash = entry.compute_hash(prev_hash.as_deref());
            sqlx::query("UPDATE journal_entries SET prev_hash = $1, hash = $2 WHERE id = $3")
                .bind(prev_hash)
                .bind(hash)
                .bind(id)
                .execute(&mut **tx)
                .await?;
            Ok(())
        }

        /// Locks an application's row for the rest of the transaction, so that the changes
        /// of one case (a decision, a withdrawal, an amendment, a screening, a question)
        /// happen one after another: in PostgreSQL the row lock makes the others wait, and
        /// their next statements see what was committed; in SQLite this first write takes
        /// the database's write lock. False when there is no such application.
        async fn lock_application(tx: &mut Tx<'_>, id: i64) -> $crate::Result<bool> {
            let done = sqlx::query("UPDATE applications SET updated_at = updated_at WHERE id = $1")
                .bind(id)
                .execute(&mut **tx)
                .await?;
            Ok(done.rows_affected() > 0)
        }

        /// Locks an application that is still open to change (see `lock_application`): a
        /// missing one is `NotFound`, a decided one `WrongState` naming the outcome, for
        /// after the decision nothing is withdrawn, screened, asked, scored or amended.
        async fn lock_undecided(tx: &mut Tx<'_>, id: i64) -> $crate::Result<()> {
            if !lock_application(tx, id).await? {
                return Err($crate::StoreError::NotFound);
            }
            match decided_outcome(tx, id).await? {
                Some(outcome) => Err($crate::StoreError::WrongState {
                    what: "application",
                    current: outcome,
                }),
                None => Ok(()),
            }
        }

        /// The outcome of the decision on an application, if it has been decided.
        async fn decided_outcome(tx: &mut Tx<'_>, id: i64) -> $crate::Result<Option<String>> {
            Ok(
                sqlx::query_scalar("SELECT outcome FROM decisions WHERE application_id = $1")
                    .bind(id)
                    .fetch_optional(&mut **tx)
                    .await?,
            )
        }

        /// Seals, in id order, the entries written before the journal became a chain, and
        /// returns the hash of the newest entry.
        async fn seal_journal(tx: &mut Tx<'_>) -> $crate::Result<Option<String>> {
            loop {
                let rows: Vec<$crate::sql_cases::ChainRow> = sqlx::query_as(&format!(
                    "{} WHERE hash IS NULL ORDER BY id LIMIT $1",
                    $crate::sql_cases::CHAIN_SELECT
                ))
                .bind($crate::sql_cases::CHAIN_PAGE)
                .fetch_all(&mut **tx)
                .await?;
                if rows.is_empty() {
                    break;
                }
                for row in rows {
                    let entry = frirum_domain::journal::ChainEntry::from(row);
                    let prev_hash: Option<Option<String>> = sqlx::query_scalar(
                        "SELECT hash FROM journal_entries WHERE id < $1 ORDER BY id DESC LIMIT 1",
                    )
                    .bind(entry.id)
                    .fetch_optional(&mut **tx)
                    .await?;
                    let prev_hash = prev_hash.flatten();
                    let hash = entry.compute_hash(prev_hash.as_deref());
                    sqlx::query(
                        "UPDATE journal_entries SET prev_hash = $1, hash = $2 \
                         WHERE id = $3 AND hash IS NULL",
                    )
                    .bind(prev_hash)
                    .bind(hash)
                    .bind(entry.id)
                    .execute(&mut **tx)
                    .await?;
                }
            }
            let head: Option<Option<String>> =
                sqlx::query_scalar("SELECT hash FROM journal_entries ORDER BY id DESC LIMIT 1")
                    .fetch_optional(&mut **tx)
                    .await?;
            Ok(head.flatten())
        }

        fn scheme_facts(
            draft: &frirum_domain::scheme::SchemeDraft,
        ) -> serde_json::Value {
            serde_json::json!({
                "code": draft.code,
                "country": draft.country.as_str(),
                "title": draft.title,
                "language": draft.language.tag(),
                "invitation": draft.invitation,
                "publish_applications": draft.publish_applications,
            })
        }

        fn round_facts(draft: &frirum_domain::scheme::RoundDraft) -> serde_json::Value {
            serde_json::json!({
                "number": draft.number,
                "title": draft.title,
                "opens": draft.opens.display(),
                "deadline": draft.deadline.display(),
                "target_trials": draft.target_trials,
            })
        }

        fn theme_facts(draft: &frirum_domain::scheme::ThemeDraft) -> serde_json::Value {
            serde_json::json!({
                "title": draft.title,
                "description": draft.description,
                "priority": draft.priority,
            })
        }

        fn content_facts(
            content: &frirum_domain::application::ApplicationContent,
            members: &[i64],
        ) -> serde_json::Value {
            let mut value = serde_json::to_value(content).unwrap_or_default();
            if let Some(map) = value.as_object_mut() {
                map.insert("members".into(), serde_json::json!(members));
            }
            value
        }

        fn instant(
            t: &frirum_domain::clock::LocalTime,
        ) -> $crate::Result<time::OffsetDateTime> {
            t.instant().map_err($crate::StoreError::corrupt)
        }

        impl $store {
            /// Seals the entries that have no hash yet, once, after the migrations.
            pub(crate) async fn seal_journal(&self) -> $crate::Result<()> {
                let mut tx = self.pool.begin().await?;
                // Sealing covers every unsealed entry at once, and an append seals first when
                // the newest entry has no hash, so the newest entry alone tells.
                let head: Option<Option<String>> = sqlx::query_scalar(
                    "SELECT hash FROM journal_entries ORDER BY id DESC LIMIT 1",
                )
                .fetch_optional(&mut *tx)
                .await?;
                if matches!(head, Some(None)) {
                    if <$db as sqlx::Database>::NAME == "PostgreSQL" {
                        sqlx::query("LOCK TABLE journal_entries IN SHARE ROW EXCLUSIVE MODE")
                            .execute(&mut *tx)
                            .await?;
                    }
                    seal_journal(&mut tx).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn members_of(
                &self,
                application_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::organisation::OrganisationRef>> {
                let rows: Vec<$crate::sql_cases::OrgRefRow> =
                    sqlx::query_as($crate::sql_cases::MEMBERS_SELECT)
                        .bind(application_id)
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn theme_by_id(&self, id: i64) -> $crate::Result<frirum_domain::scheme::Theme> {
                let row: Option<$crate::sql_cases::ThemeRow> = sqlx::query_as(&format!(
                    "{} WHERE id = $1",
                    $crate::sql_cases::THEME_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(Into::into).ok_or($crate::StoreError::NotFound)
            }
        }

        #[async_trait::async_trait]
        impl $crate::CaseStore for $store {
            async fn create_scheme(
                &self,
                draft: &frirum_domain::scheme::SchemeDraft,
                rules: &frirum_domain::scheme::Rules,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::Scheme> {
                let mut tx = self.pool.begin().await?;
                let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO schemes (code, country, title, language, invitation, status, \
                     publish_applications, rules_version, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, 'draft', $6, 1, $7, $7) RETURNING id",
                )
                .bind(&draft.code)
                .bind(draft.country.as_str())
                .bind(&draft.title)
                .bind(draft.language.tag())
                .bind(&draft.invitation)
                .bind(draft.publish_applications)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await;
                let id = match inserted {
                    Ok(id) => id,
                    Err(e) if $crate::StoreError::is_unique_violation(&e) => {
                        tx.rollback().await?;
                        return Err($crate::StoreError::Duplicate("scheme code"));
                    }
                    Err(e) => return Err(e.into()),
                };
                sqlx::query(
                    "INSERT INTO scheme_rules (scheme_id, version, rules, created_at, created_by) \
                     VALUES ($1, 1, $2, $3, $4)",
                )
                .bind(id)
                .bind($crate::sql_cases::to_json(rules)?)
                .bind(actor.at)
                .bind(actor.user_id)
                .execute(&mut *tx)
                .await?;
                let mut facts = scheme_facts(draft);
                facts["rules"] = serde_json::to_value(rules).unwrap_or_default();
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Scheme,
                    id,
                    &actor,
                    "scheme.created",
                    facts,
                )
                .await?;
                tx.commit().await?;
                self.scheme(id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn scheme(&self, id: i64) -> $crate::Result<Option<frirum_domain::scheme::Scheme>> {
                let row: Option<$crate::sql_cases::SchemeRow> = sqlx::query_as(&format!(
                    "{} WHERE s.id = $1",
                    $crate::sql_cases::SCHEME_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn scheme_by_code(
                &self,
                code: &str,
            ) -> $crate::Result<Option<frirum_domain::scheme::Scheme>> {
                let row: Option<$crate::sql_cases::SchemeRow> = sqlx::query_as(&format!(
                    "{} WHERE s.code = $1",
                    $crate::sql_cases::SCHEME_SELECT
                ))
                .bind(code)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn list_schemes(
                &self,
                statuses: &[frirum_domain::scheme::SchemeStatus],
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<frirum_domain::scheme::Scheme>> {
                let s = $crate::sql_cases::four_statuses(statuses);
                let total: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM schemes WHERE status IN ($1, $2, $3, $4)",
                )
                .bind(s[0])
                .bind(s[1])
                .bind(s[2])
                .bind(s[3])
                .fetch_one(&self.pool)
                .await?;
                let rows: Vec<$crate::sql_cases::SchemeRow> = sqlx::query_as(&format!(
                    "{} WHERE s.status IN ($1, $2, $3, $4) ORDER BY s.created_at DESC, s.id DESC \
                     LIMIT $5 OFFSET $6",
                    $crate::sql_cases::SCHEME_SELECT
                ))
                .bind(s[0])
                .bind(s[1])
                .bind(s[2])
                .bind(s[3])
                .bind(page.limit())
                .bind(page.offset())
                .fetch_all(&self.pool)
                .await?;
                let items = rows
                    .into_iter()
                    .map(|r| r.into_domain())
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(frirum_domain::Page::new(items, page, $crate::sql::count(total)))
            }

            async fn update_scheme(
                &self,
                id: i64,
                draft: &frirum_domain::scheme::SchemeDraft,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::Scheme> {
                let old = self.scheme(id).await?.ok_or($crate::StoreError::NotFound)?;
                let mut tx = self.pool.begin().await?;
                sqlx::query(
                    "UPDATE schemes SET title = $1, language = $2, invitation = $3, \
                     publish_applications = $4, updated_at = $5 WHERE id = $6",
                )
                .bind(&draft.title)
                .bind(draft.language.tag())
                .bind(&draft.invitation)
                .bind(draft.publish_applications)
                .bind(actor.at)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                let before = scheme_facts(&frirum_domain::scheme::SchemeDraft {
                    code: old.code.clone(),
                    country: old.country,
                    title: old.title.clone(),
                    language: old.language,
                    invitation: old.invitation.clone(),
                    publish_applications: old.publish_applications,
                });
                let after = scheme_facts(&frirum_domain::scheme::SchemeDraft {
                    code: old.code.clone(),
                    country: old.country,
                    ..draft.clone()
                });
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Scheme,
                    id,
                    &actor,
                    "scheme.updated",
                    frirum_domain::journal::diff(&before, &after),
                )
                .await?;
                tx.commit().await?;
                self.scheme(id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn set_scheme_status(
                &self,
                id: i64,
                from: frirum_domain::scheme::SchemeStatus,
                to: frirum_domain::scheme::SchemeStatus,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::Scheme> {
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query(
                    "UPDATE schemes SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4",
                )
                .bind(to.as_str())
                .bind(actor.at)
                .bind(id)
                .bind(from.as_str())
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    let current = self.scheme(id).await?.ok_or($crate::StoreError::NotFound)?;
                    return Err($crate::StoreError::WrongState {
                        what: "scheme",
                        current: current.status.to_string(),
                    });
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Scheme,
                    id,
                    &actor,
                    "scheme.status_changed",
                    serde_json::json!({"status": {"from": from.as_str(), "to": to.as_str()}}),
                )
                .await?;
                tx.commit().await?;
                self.scheme(id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn update_rules(
                &self,
                id: i64,
                expected_version: i64,
                rules: &frirum_domain::scheme::Rules,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::Scheme> {
                let old = self.scheme(id).await?.ok_or($crate::StoreError::NotFound)?;
                if old.rules_version != expected_version {
                    return Err($crate::StoreError::EditConflict { current: old.rules_version });
                }
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query(
                    "UPDATE schemes SET rules_version = rules_version + 1, updated_at = $1 \
                     WHERE id = $2 AND rules_version = $3",
                )
                .bind(actor.at)
                .bind(id)
                .bind(expected_version)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    let current = self.scheme(id).await?.ok_or($crate::StoreError::NotFound)?;
                    return Err($crate::StoreError::EditConflict { current: current.rules_version });
                }
                let version = expected_version + 1;
                sqlx::query(
                    "INSERT INTO scheme_rules (scheme_id, version, rules, created_at, created_by) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(id)
                .bind(version)
                .bind($crate::sql_cases::to_json(rules)?)
                .bind(actor.at)
                .bind(actor.user_id)
                .execute(&mut *tx)
                .await?;
                let mut changes = frirum_domain::journal::diff(
                    &serde_json::to_value(&old.rules).unwrap_or_default(),
                    &serde_json::to_value(rules).unwrap_or_default(),
                );
                changes["rules_version"] =
                    serde_json::json!({"from": expected_version, "to": version});
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Scheme,
                    id,
                    &actor,
                    "scheme.rules_changed",
                    changes,
                )
                .await?;
                tx.commit().await?;
                self.scheme(id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn rules_version(
                &self,
                scheme_id: i64,
                version: i64,
            ) -> $crate::Result<Option<frirum_domain::scheme::Rules>> {
                let text: Option<String> = sqlx::query_scalar(
                    "SELECT rules FROM scheme_rules WHERE scheme_id = $1 AND version = $2",
                )
                .bind(scheme_id)
                .bind(version)
                .fetch_optional(&self.pool)
                .await?;
                text.map(|t| serde_json::from_str(&t).map_err($crate::StoreError::corrupt))
                    .transpose()
            }

            async fn submitted_under_rules(&self, scheme_id: i64, version: i64) -> $crate::Result<u64> {
                let n: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM applications WHERE scheme_id = $1 AND rules_version = $2 \
                     AND status = 'submitted'",
                )
                .bind(scheme_id)
                .bind(version)
                .fetch_one(&self.pool)
                .await?;
                Ok($crate::sql::count(n))
            }

            async fn add_theme(
                &self,
                scheme_id: i64,
                draft: &frirum_domain::scheme::ThemeDraft,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::Theme> {
                let mut tx = self.pool.begin().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO themes (scheme_id, title, description, priority, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(scheme_id)
                .bind(&draft.title)
                .bind(&draft.description)
                .bind(draft.priority)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                let mut facts = theme_facts(draft);
                facts["theme_id"] = id.into();
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Scheme,
                    scheme_id,
                    &actor,
                    "scheme.theme_added",
                    facts,
                )
                .await?;
                tx.commit().await?;
                self.theme_by_id(id).await
            }

            async fn update_theme(
                &self,
                theme_id: i64,
                draft: &frirum_domain::scheme::ThemeDraft,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::Theme> {
                let old = self.theme_by_id(theme_id).await?;
                let mut tx = self.pool.begin().await?;
                sqlx::query("UPDATE themes SET title = $1, description = $2, priority = $3 WHERE id = $4")
                    .bind(&draft.title)
                    .bind(&draft.description)
                    .bind(draft.priority)
                    .bind(theme_id)
                    .execute(&mut *tx)
                    .await?;
                let before = theme_facts(&frirum_domain::scheme::ThemeDraft {
                    title: old.title.clone(),
                    description: old.description.clone(),
                    priority: old.priority,
                });
                let mut changes = frirum_domain::journal::diff(&before, &theme_facts(draft));
                changes["theme_id"] = theme_id.into();
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Scheme,
                    old.scheme_id,
                    &actor,
                    "scheme.theme_changed",
                    changes,
                )
                .await?;
                tx.commit().await?;
                self.theme_by_id(theme_id).await
            }

            async fn themes(&self, scheme_id: i64) -> $crate::Result<Vec<frirum_domain::scheme::Theme>> {
                let rows: Vec<$crate::sql_cases::ThemeRow> = sqlx::query_as(&format!(
                    "{} WHERE scheme_id = $1 ORDER BY id",
                    $crate::sql_cases::THEME_SELECT
                ))
                .bind(scheme_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn add_round(
                &self,
                scheme_id: i64,
                draft: &frirum_domain::scheme::RoundDraft,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::Round> {
                let mut tx = self.pool.begin().await?;
                let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO rounds (scheme_id, number, title, opens_local, deadline_local, \
                     time_zone, opens_at, deadline_at, target_trials) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                )
                .bind(scheme_id)
                .bind(i64::from(draft.number))
                .bind(&draft.title)
                .bind(draft.opens.local)
                .bind(draft.deadline.local)
                .bind(&draft.deadline.time_zone)
                .bind(instant(&draft.opens)?)
                .bind(instant(&draft.deadline)?)
                .bind(i64::from(draft.target_trials))
                .fetch_one(&mut *tx)
                .await;
                let id = match inserted {
                    Ok(id) => id,
                    Err(e) if $crate::StoreError::is_unique_violation(&e) => {
                        tx.rollback().await?;
                        return Err($crate::StoreError::Duplicate("round number"));
                    }
                    Err(e) => return Err(e.into()),
                };
                let mut facts = round_facts(draft);
                facts["scheme_id"] = scheme_id.into();
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Round,
                    id,
                    &actor,
                    "round.created",
                    facts,
                )
                .await?;
                tx.commit().await?;
                self.round(id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn update_round(
                &self,
                round_id: i64,
                draft: &frirum_domain::scheme::RoundDraft,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::Round> {
                let old = self.round(round_id).await?.ok_or($crate::StoreError::NotFound)?;
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query(
                    "UPDATE rounds SET number = $1, title = $2, opens_local = $3, deadline_local = $4, \
                     time_zone = $5, opens_at = $6, deadline_at = $7, target_trials = $8 WHERE id = $9",
                )
                .bind(i64::from(draft.number))
                .bind(&draft.title)
                .bind(draft.opens.local)
                .bind(draft.deadline.local)
                .bind(&draft.deadline.time_zone)
                .bind(instant(&draft.opens)?)
                .bind(instant(&draft.deadline)?)
                .bind(i64::from(draft.target_trials))
                .bind(round_id)
                .execute(&mut *tx)
                .await;
                match done {
                    Ok(_) => {}
                    Err(e) if $crate::StoreError::is_unique_violation(&e) => {
                        tx.rollback().await?;
                        return Err($crate::StoreError::Duplicate("round number"));
                    }
                    Err(e) => return Err(e.into()),
                }
                let before = round_facts(&frirum_domain::scheme::RoundDraft {
                    number: old.number,
                    title: old.title.clone(),
                    opens: old.opens.clone(),
                    deadline: old.deadline.clone(),
                    target_trials: old.target_trials,
                });
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Round,
                    round_id,
                    &actor,
                    "round.changed",
                    frirum_domain::journal::diff(&before, &round_facts(draft)),
                )
                .await?;
                tx.commit().await?;
                self.round(round_id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn rounds(&self, scheme_id: i64) -> $crate::Result<Vec<frirum_domain::scheme::Round>> {
                let rows: Vec<$crate::sql_cases::RoundRow> = sqlx::query_as(&format!(
                    "{} WHERE scheme_id = $1 ORDER BY number",
                    $crate::sql_cases::ROUND_SELECT
                ))
                .bind(scheme_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn round(&self, round_id: i64) -> $crate::Result<Option<frirum_domain::scheme::Round>> {
                let row: Option<$crate::sql_cases::RoundRow> = sqlx::query_as(&format!(
                    "{} WHERE id = $1",
                    $crate::sql_cases::ROUND_SELECT
                ))
                .bind(round_id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn create_proposal(
                &self,
                scheme_id: i64,
                organisation_id: i64,
                title: &str,
                description: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::ThemeProposal> {
                let mut tx = self.pool.begin().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO theme_proposals (scheme_id, organisation_id, proposed_by, title, \
                     description, status, created_at) VALUES ($1, $2, $3, $4, $5, 'open', $6) RETURNING id",
                )
                .bind(scheme_id)
                .bind(organisation_id)
                .bind(actor.user_id)
                .bind(title)
                .bind(description)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Proposal,
                    id,
                    &actor,
                    "proposal.created",
                    serde_json::json!({
                        "scheme_id": scheme_id,
                        "organisation_id": organisation_id,
                        "title": title,
                        "description": description,
                    }),
                )
                .await?;
                tx.commit().await?;
                self.proposal(id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn proposal(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::scheme::ThemeProposal>> {
                let row: Option<$crate::sql_cases::ProposalRow> = sqlx::query_as(&format!(
                    "{} WHERE p.id = $1",
                    $crate::sql_cases::PROPOSAL_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn list_proposals(
                &self,
                scheme_id: i64,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<frirum_domain::scheme::ThemeProposal>> {
                let total: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM theme_proposals WHERE scheme_id = $1")
                        .bind(scheme_id)
                        .fetch_one(&self.pool)
                        .await?;
                let rows: Vec<$crate::sql_cases::ProposalRow> = sqlx::query_as(&format!(
                    "{} WHERE p.scheme_id = $1 ORDER BY endorsements DESC, p.created_at, p.id \
                     LIMIT $2 OFFSET $3",
                    $crate::sql_cases::PROPOSAL_SELECT
                ))
                .bind(scheme_id)
                .bind(page.limit())
                .bind(page.offset())
                .fetch_all(&self.pool)
                .await?;
                let items = rows
                    .into_iter()
                    .map(|r| r.into_domain())
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(frirum_domain::Page::new(items, page, $crate::sql::count(total)))
            }

            async fn endorse_proposal(
                &self,
                proposal_id: i64,
                organisation_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<bool> {
                let mut tx = self.pool.begin().await?;
                let inserted = sqlx::query(
                    "INSERT INTO proposal_endorsements (proposal_id, organisation_id, endorsed_by, created_at) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(proposal_id)
                .bind(organisation_id)
                .bind(actor.user_id)
                .bind(actor.at)
                .execute(&mut *tx)
                .await;
                match inserted {
                    Ok(_) => {}
                    Err(e) if $crate::StoreError::is_unique_violation(&e) => {
                        tx.rollback().await?;
                        return Ok(false);
                    }
                    Err(e) => return Err(e.into()),
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Proposal,
                    proposal_id,
                    &actor,
                    "proposal.endorsed",
                    serde_json::json!({"organisation_id": organisation_id}),
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn adopt_proposal(
                &self,
                proposal_id: i64,
                theme: &frirum_domain::scheme::ThemeDraft,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<(frirum_domain::scheme::ThemeProposal, frirum_domain::scheme::Theme)> {
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query(
                    "UPDATE theme_proposals SET status = 'adopted', decided_at = $1 \
                     WHERE id = $2 AND status = 'open'",
                )
                .bind(actor.at)
                .bind(proposal_id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    let current = self.proposal(proposal_id).await?.ok_or($crate::StoreError::NotFound)?;
                    return Err($crate::StoreError::WrongState {
                        what: "proposal",
                        current: current.status.as_str().to_owned(),
                    });
                }
                let (scheme_id,): (i64,) =
                    sqlx::query_as("SELECT scheme_id FROM theme_proposals WHERE id = $1")
                        .bind(proposal_id)
                        .fetch_one(&mut *tx)
                        .await?;
                let theme_id: i64 = sqlx::query_scalar(
                    "INSERT INTO themes (scheme_id, title, description, priority, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(scheme_id)
                .bind(&theme.title)
                .bind(&theme.description)
                .bind(theme.priority)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query("UPDATE theme_proposals SET adopted_theme_id = $1 WHERE id = $2")
                    .bind(theme_id)
                    .bind(proposal_id)
                    .execute(&mut *tx)
                    .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Proposal,
                    proposal_id,
                    &actor,
                    "proposal.adopted",
                    serde_json::json!({"status": {"from": "open", "to": "adopted"}, "theme_id": theme_id}),
                )
                .await?;
                let mut facts = theme_facts(theme);
                facts["theme_id"] = theme_id.into();
                facts["proposal_id"] = proposal_id.into();
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Scheme,
                    scheme_id,
                    &actor,
                    "scheme.theme_added",
                    facts,
                )
                .await?;
                tx.commit().await?;
                let proposal = self.proposal(proposal_id).await?.ok_or($crate::StoreError::NotFound)?;
                Ok((proposal, self.theme_by_id(theme_id).await?))
            }

            async fn decline_proposal(
                &self,
                proposal_id: i64,
                reason: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::ThemeProposal> {
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query(
                    "UPDATE theme_proposals SET status = 'declined', decline_reason = $1, decided_at = $2 \
                     WHERE id = $3 AND status = 'open'",
                )
                .bind(reason)
                .bind(actor.at)
                .bind(proposal_id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    let current = self.proposal(proposal_id).await?.ok_or($crate::StoreError::NotFound)?;
                    return Err($crate::StoreError::WrongState {
                        what: "proposal",
                        current: current.status.as_str().to_owned(),
                    });
                }
                let actor = actor.because(Some(reason));
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Proposal,
                    proposal_id,
                    &actor,
                    "proposal.declined",
                    serde_json::json!({"status": {"from": "open", "to": "declined"}}),
                )
                .await?;
                tx.commit().await?;
                self.proposal(proposal_id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn create_application(
                &self,
                new: &$crate::NewApplication,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::application::Application> {
                let round = self.round(new.round_id).await?.ok_or($crate::StoreError::NotFound)?;
                let mut tx = self.pool.begin().await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO applications (scheme_id, round_id, lead_organisation_id, status, version, \
                     title, content, created_by, created_at, updated_at) \
                     VALUES ($1, $2, $3, 'draft', 1, $4, $5, $6, $7, $7) RETURNING id",
                )
                .bind(round.scheme_id)
                .bind(round.id)
                .bind(new.lead_organisation_id)
                .bind(&new.content.title)
                .bind($crate::sql_cases::to_json(&new.content)?)
                .bind(actor.user_id)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                for (position, member) in new.member_ids.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO application_members (application_id, organisation_id, position) \
                         VALUES ($1, $2, $3)",
                    )
                    .bind(id)
                    .bind(member)
                    .bind(i64::try_from(position).unwrap_or(i64::MAX))
                    .execute(&mut *tx)
                    .await?;
                }
                let mut facts = content_facts(&new.content, &new.member_ids);
                facts["round_id"] = round.id.into();
                facts["lead_organisation_id"] = new.lead_organisation_id.into();
                let facts = frirum_domain::journal::diff(&serde_json::json!({}), &facts);
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    id,
                    &actor,
                    "application.created",
                    facts,
                )
                .await?;
                tx.commit().await?;
                self.application(id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn application(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::application::Application>> {
                let row: Option<$crate::sql_cases::ApplicationRow> = sqlx::query_as(&format!(
                    "{} WHERE a.id = $1",
                    $crate::sql_cases::APPLICATION_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                match row {
                    Some(row) => {
                        let members = self.members_of(id).await?;
                        Ok(Some(row.into_domain(members)?))
                    }
                    None => Ok(None),
                }
            }

            async fn list_applications(
                &self,
                filter: &$crate::ApplicationFilter,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<$crate::ApplicationSummary>> {
                use $crate::sql_cases::ListBind;
                let query = $crate::sql_cases::application_list_query(filter);
                let mut count = sqlx::query_scalar::<_, i64>(&query.count);
                let mut rows =
                    sqlx::query_as::<_, $crate::sql_cases::ApplicationSummaryRow>(&query.page);
                for bind in &query.binds {
                    (count, rows) = match bind {
                        ListBind::Int(v) => (count.bind(*v), rows.bind(*v)),
                        ListBind::Text(v) => (count.bind(*v), rows.bind(*v)),
                        ListBind::Time(v) => (count.bind(*v), rows.bind(*v)),
                    };
                }
                let total = count.fetch_one(&self.pool).await?;
                let rows = rows
                    .bind(page.limit())
                    .bind(page.offset())
                    .fetch_all(&self.pool)
                    .await?;
                let items = rows
                    .into_iter()
                    .map(|r| r.into_domain())
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(frirum_domain::Page::new(items, page, $crate::sql::count(total)))
            }

            async fn save_draft(
                &self,
                id: i64,
                expected_version: i64,
                content: &frirum_domain::application::ApplicationContent,
                member_ids: &[i64],
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::application::Application> {
                let old = self.application(id).await?.ok_or($crate::StoreError::NotFound)?;
                if old.status != frirum_domain::application::ApplicationStatus::Draft {
                    return Err($crate::StoreError::NotDraft { status: old.status });
                }
                if old.version != expected_version {
                    return Err($crate::StoreError::EditConflict { current: old.version });
                }
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query(
                    "UPDATE applications SET title = $1, content = $2, version = version + 1, updated_at = $3 \
                     WHERE id = $4 AND version = $5 AND status = 'draft'",
                )
                .bind(&content.title)
                .bind($crate::sql_cases::to_json(content)?)
                .bind(actor.at)
                .bind(id)
                .bind(expected_version)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    let now = self.application(id).await?.ok_or($crate::StoreError::NotFound)?;
                    return Err(if now.status == frirum_domain::application::ApplicationStatus::Draft {
                        $crate::StoreError::EditConflict { current: now.version }
                    } else {
                        $crate::StoreError::NotDraft { status: now.status }
                    });
                }
                sqlx::query("DELETE FROM application_members WHERE application_id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                for (position, member) in member_ids.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO application_members (application_id, organisation_id, position) \
                         VALUES ($1, $2, $3)",
                    )
                    .bind(id)
                    .bind(member)
                    .bind(i64::try_from(position).unwrap_or(i64::MAX))
                    .execute(&mut *tx)
                    .await?;
                }
                let old_members: Vec<i64> = old.members.iter().map(|m| m.id).collect();
                let mut changes = frirum_domain::journal::diff(
                    &content_facts(&old.content, &old_members),
                    &content_facts(content, member_ids),
                );
                changes["version"] = serde_json::json!({"from": expected_version, "to": expected_version + 1});
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    id,
                    &actor,
                    "application.saved",
                    changes,
                )
                .await?;
                tx.commit().await?;
                self.application(id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn submit_application(
                &self,
                id: i64,
                submission: &$crate::Submission,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<$crate::Submitted> {
                use frirum_domain::application::ApplicationStatus;
                let mut tx = self.pool.begin().await?;
                let done = sqlx::query(
                    "UPDATE applications SET status = 'submitted', submitted_at = $1, updated_at = $1, \
                     version = version + 1, rules_version = $2, eligibility = $3 \
                     WHERE id = $4 AND status = 'draft' AND ($5 IS NULL OR version = $5)",
                )
                .bind(actor.at)
                .bind(submission.rules_version)
                .bind(submission.eligibility.to_string())
                .bind(id)
                .bind(submission.expected_version)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    let current = self.application(id).await?.ok_or($crate::StoreError::NotFound)?;
                    return match current.status {
                        ApplicationStatus::Submitted => Ok($crate::Submitted {
                            application: current,
                            newly: false,
                        }),
                        ApplicationStatus::Draft => Err($crate::StoreError::EditConflict {
                            current: current.version,
                        }),
                        status => Err($crate::StoreError::NotDraft { status }),
                    };
                }
                let (sequence, number, code): (i64, i64, String) = {
                    let (sequence, number): (i64, i64) = sqlx::query_as(
                        "UPDATE rounds SET last_sequence = last_sequence + 1 \
                         WHERE id = (SELECT round_id FROM applications WHERE id = $1) \
                         RETURNING last_sequence, number",
                    )
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
                    let code: String = sqlx::query_scalar(
                        "SELECT s.code FROM schemes s JOIN applications a ON a.scheme_id = s.id WHERE a.id = $1",
                    )
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
                    (sequence, number, code)
                };
                let case_number = frirum_domain::application::case_number(
                    &code,
                    u32::try_from(number).map_err($crate::StoreError::corrupt)?,
                    u32::try_from(sequence).map_err($crate::StoreError::corrupt)?,
                );
                sqlx::query("UPDATE applications SET sequence = $1, case_number = $2 WHERE id = $3")
                    .bind(sequence)
                    .bind(&case_number)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    id,
                    &actor,
                    "application.submitted",
                    serde_json::json!({
                        "status": {"from": "draft", "to": "submitted"},
                        "case_number": case_number,
                        "rules_version": submission.rules_version,
                    }),
                )
                .await?;
                tx.commit().await?;
                let application = self.application(id).await?.ok_or($crate::StoreError::NotFound)?;
                Ok($crate::Submitted { application, newly: true })
            }

            async fn withdraw_application(
                &self,
                id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::application::Application> {
                let mut tx = self.pool.begin().await?;
                lock_undecided(&mut tx, id).await?;
                let done = sqlx::query(
                    "UPDATE applications SET status = 'withdrawn', withdrawn_at = $1, updated_at = $1, \
                     version = version + 1 WHERE id = $2 AND status = 'submitted'",
                )
                .bind(actor.at)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    let current = self.application(id).await?.ok_or($crate::StoreError::NotFound)?;
                    return Err($crate::StoreError::WrongState {
                        what: "application",
                        current: current.status.to_string(),
                    });
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    id,
                    &actor,
                    "application.withdrawn",
                    serde_json::json!({"status": {"from": "submitted", "to": "withdrawn"}}),
                )
                .await?;
                tx.commit().await?;
                self.application(id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn journal(
                &self,
                kind: frirum_domain::journal::CaseKind,
                case_id: i64,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<frirum_domain::journal::JournalEntry>> {
                let total: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM journal_entries WHERE case_kind = $1 AND case_id = $2",
                )
                .bind(kind.as_str())
                .bind(case_id)
                .fetch_one(&self.pool)
                .await?;
                let rows: Vec<$crate::sql_cases::JournalRow> = sqlx::query_as(&format!(
                    "{} WHERE j.case_kind = $1 AND j.case_id = $2 ORDER BY j.id LIMIT $3 OFFSET $4",
                    $crate::sql_cases::JOURNAL_SELECT
                ))
                .bind(kind.as_str())
                .bind(case_id)
                .bind(page.limit())
                .bind(page.offset())
                .fetch_all(&self.pool)
                .await?;
                let items = rows
                    .into_iter()
                    .map(|r| r.into_domain())
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(frirum_domain::Page::new(items, page, $crate::sql::count(total)))
            }

            async fn verify_journal(&self) -> $crate::Result<$crate::JournalVerification> {
                let mut verifier = frirum_domain::journal::ChainVerifier::new();
                let mut after = 0_i64;
                loop {
                    // Pages by id rather than by offset, so that each one starts at the
                    // index and entries appended meanwhile are simply read at the end.
                    let rows: Vec<$crate::sql_cases::ChainRow> = sqlx::query_as(&format!(
                        "{} WHERE id > $1 ORDER BY id LIMIT $2",
                        $crate::sql_cases::CHAIN_SELECT
                    ))
                    .bind(after)
                    .bind($crate::sql_cases::CHAIN_PAGE)
                    .fetch_all(&self.pool)
                    .await?;
                    let Some(last) = rows.last() else { break };
                    after = last.id();
                    for row in rows {
                        if let Err(broken) = verifier.check(&row.into()) {
                            return Ok($crate::JournalVerification {
                                entries: verifier.entries(),
                                first_broken: Some(broken),
                            });
                        }
                    }
                }
                Ok($crate::JournalVerification {
                    entries: verifier.entries(),
                    first_broken: None,
                })
            }
        }
    };
}

pub(crate) use impl_case_store;
