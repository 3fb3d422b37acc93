//! The SQL of [`crate::ApplicationStore`]: applications from draft to submission or
//! withdrawal, and the lists of them. Expanded per engine like every store macro (see
//! [`crate::sql`]).
//!
//! A change begins its transaction with a write (see [`crate::sql_schemes`]); a draft is
//! saved only at the version the caller read, and a submission takes the round's next
//! case number in the same transaction.

use frirum_domain::application::{Application, ApplicationContent, ApplicationStatus};
use frirum_domain::case::{AssessmentProgress, CaseFacts, ScreeningProgress};
use frirum_domain::organisation::OrganisationRef;
use time::OffsetDateTime;

use crate::sql::{from_json, org_ref, unsigned};
use crate::{ApplicationSummary, Backend, StoreError};

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
    Owned(String),
    Time(OffsetDateTime),
}

/// The SQL expressions, over an application aliased `a`, of the facts its case status is
/// derived from (see [`frirum_domain::case`]). Correlated subqueries on indexed columns:
/// a list computes them for its page only, unless it filters by status.
pub(crate) struct FactsSql {
    decision: String,
    open_clarification: String,
    screening_items: String,
    screening_judged: String,
    screening_conflict: String,
    assessors: String,
    assessors_done: String,
}

impl FactsSql {
    pub fn new(engine: Backend) -> Self {
        // The checklist and the criteria are those of the rules version the case was
        // submitted under; the rules are kept as JSON text.
        let length = |field: &str| {
            let len = match engine {
                Backend::Sqlite => format!("json_array_length(sr.rules, '$.{field}')"),
                Backend::Postgres => format!("json_array_length(sr.rules::json -> '{field}')"),
            };
            format!(
                "CAST(COALESCE((SELECT {len} FROM scheme_rules sr \
                 WHERE sr.scheme_id = a.scheme_id AND sr.version = a.rules_version), 0) AS BIGINT)"
            )
        };
        let free = "FROM assessor_assignments x WHERE x.application_id = a.id \
                    AND x.conflict_source IS NULL";
        FactsSql {
            decision: "(SELECT d.outcome FROM decisions d WHERE d.application_id = a.id)".into(),
            open_clarification: "EXISTS (SELECT 1 FROM clarifications c \
                 WHERE c.application_id = a.id AND c.answer IS NULL)"
                .into(),
            screening_items: length("exclusions"),
            screening_judged: "(SELECT COUNT(DISTINCT e.item) FROM screening_entries e \
                 WHERE e.application_id = a.id)"
                .into(),
            // The newest judgement of an item is its current one (`screening::current`).
            screening_conflict: "EXISTS (SELECT 1 FROM screening_entries e \
                 WHERE e.application_id = a.id AND e.outcome = 'conflict' \
                 AND NOT EXISTS (SELECT 1 FROM screening_entries n \
                 WHERE n.application_id = e.application_id AND n.item = e.item \
                 AND (n.at > e.at OR (n.at = e.at AND n.id > e.id))))"
                .into(),
            assessors: format!("(SELECT COUNT(*) {free})"),
            // Done: the assessor submitted their own assessment, which fixes their scores.
            assessors_done: format!("(SELECT COUNT(*) {free} AND x.submitted_at IS NOT NULL)"),
        }
    }

    /// The facts as the columns [`FactsRow`] reads.
    pub fn columns(&self) -> String {
        format!(
            "a.status AS fact_status, {} AS decision_outcome, {} AS open_clarification, \
             {} AS screening_items, {} AS screening_judged, {} AS screening_conflict, \
             {} AS assessors, {} AS assessors_done",
            self.decision,
            self.open_clarification,
            self.screening_items,
            self.screening_judged,
            self.screening_conflict,
            self.assessors,
            self.assessors_done
        )
    }

    /// The case status as SQL, in the order of `domain::case::case_status` (a contract test
    /// holds the two together).
    pub fn case_status(&self) -> String {
        format!(
            "(CASE WHEN a.status = 'draft' THEN 'draft' \
             WHEN a.status = 'withdrawn' THEN 'withdrawn' \
             WHEN {decision} IS NOT NULL THEN {decision} \
             WHEN {open} THEN 'awaiting_clarification' \
             WHEN {judged} < {items} THEN \
               (CASE WHEN {judged} > 0 THEN 'in_screening' ELSE 'submitted' END) \
             WHEN {conflict} THEN 'ready_for_decision' \
             WHEN {assessors} > 0 AND {done} >= {assessors} THEN 'ready_for_decision' \
             ELSE 'in_assessment' END)",
            decision = self.decision,
            open = self.open_clarification,
            judged = self.screening_judged,
            items = self.screening_items,
            conflict = self.screening_conflict,
            assessors = self.assessors,
            done = self.assessors_done,
        )
    }
}

/// An application's id with its facts.
#[derive(sqlx::FromRow)]
pub(crate) struct IdFactsRow {
    pub id: i64,
    #[sqlx(flatten)]
    pub facts: FactsRow,
}

/// The facts of a case's status as read by [`FactsSql::columns`].
#[derive(sqlx::FromRow)]
pub(crate) struct FactsRow {
    fact_status: String,
    decision_outcome: Option<String>,
    open_clarification: bool,
    screening_items: i64,
    screening_judged: i64,
    screening_conflict: bool,
    assessors: i64,
    assessors_done: i64,
}

impl FactsRow {
    pub fn into_domain(self) -> Result<CaseFacts, StoreError> {
        let count = |n: i64| u32::try_from(n.max(0)).map_err(StoreError::corrupt);
        Ok(CaseFacts {
            status: self.fact_status.parse().map_err(StoreError::corrupt)?,
            screening: ScreeningProgress {
                items: count(self.screening_items)?,
                judged: count(self.screening_judged)?,
                conflict: self.screening_conflict,
            },
            open_clarification: self.open_clarification,
            assessment: AssessmentProgress {
                assessors: count(self.assessors)?,
                done: count(self.assessors_done)?,
            },
            decision: self
                .decision_outcome
                .as_deref()
                .map(str::parse)
                .transpose()
                .map_err(StoreError::corrupt)?,
        })
    }
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
    /// `SELECT case_status, COUNT(*) … GROUP BY` over the same filter (no `LIMIT`).
    pub by_status: String,
    /// The lead organisations of the applications the filter finds (no `LIMIT`), by name.
    pub organisations: String,
}

/// A `LIKE` pattern finding `text` anywhere, its wildcards taken literally (`ESCAPE '\\'`).
pub(crate) fn contains_pattern(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in text.trim().to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

pub(crate) fn application_list_query(
    filter: &crate::ApplicationFilter,
    engine: Backend,
) -> ApplicationListQuery {
    let facts = FactsSql::new(engine);
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
        let own = format!(
            "a.id IN (SELECT x.id FROM applications x WHERE x.lead_organisation_id = {p} \
             UNION SELECT m.application_id FROM application_members m \
             WHERE m.organisation_id = {p})"
        );
        conditions.push(match filter.or_public_at {
            // And what everybody may read: submitted, published by the scheme, after the
            // round's deadline (as `public_at` below).
            Some(at) => {
                let q = next(ListBind::Time(at), &mut binds);
                format!(
                    "({own} OR a.id IN (SELECT pa.id FROM applications pa \
                     JOIN schemes ps ON ps.id = pa.scheme_id JOIN rounds pr ON pr.id = pa.round_id \
                     WHERE pa.status = 'submitted' AND ps.publish_applications \
                     AND pr.deadline_at < {q}))"
                )
            }
            None => own,
        });
    }
    if let Some(id) = filter.provision_id {
        let p = next(ListBind::Int(id), &mut binds);
        conditions.push(format!(
            "a.id IN (SELECT ap.application_id FROM application_provisions ap \
             WHERE ap.provision_id = {p})"
        ));
    }
    if let Some(id) = filter.theme_id {
        let p = next(ListBind::Int(id), &mut binds);
        conditions.push(match engine {
            Backend::Sqlite => format!(
                "EXISTS (SELECT 1 FROM json_each(a.content, '$.themes') t WHERE t.value = {p})"
            ),
            Backend::Postgres => {
                format!("(a.content::jsonb -> 'themes') @> to_jsonb(CAST({p} AS BIGINT))")
            }
        });
    }
    if let Some(text) = filter.text.as_deref().filter(|t| !t.trim().is_empty()) {
        let p = next(ListBind::Owned(contains_pattern(text)), &mut binds);
        conditions.push(format!(
            "(LOWER(a.title) LIKE {p} ESCAPE '\\' \
             OR LOWER(COALESCE(a.case_number, '')) LIKE {p} ESCAPE '\\' \
             OR a.lead_organisation_id IN (SELECT lo.id FROM organisations lo \
             WHERE LOWER(lo.name) LIKE {p} ESCAPE '\\'))"
        ));
    }
    let undecided = "a.status = 'submitted' \
         AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.application_id = a.id)";
    if let Some(at) = filter.question_open_since {
        let p = next(ListBind::Time(at), &mut binds);
        conditions.push(format!(
            "{undecided} AND EXISTS (SELECT 1 FROM clarifications c \
             WHERE c.application_id = a.id AND c.answer IS NULL AND c.asked_at < {p})"
        ));
    }
    if filter.answer_to_handle {
        conditions.push(format!(
            "{undecided} AND EXISTS (SELECT 1 FROM clarifications c \
             WHERE c.application_id = a.id AND c.answered_at IS NOT NULL \
             AND NOT EXISTS (SELECT 1 FROM screening_entries e \
             WHERE e.application_id = a.id AND e.at > c.answered_at))"
        ));
    }
    if let Some(status) = filter.case_status {
        let p = next(ListBind::Text(status.as_str()), &mut binds);
        conditions.push(format!("{} = {p}", facts.case_status()));
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
        && filter.case_status.is_none()
        && filter.theme_id.is_none()
        && filter.text.is_none()
        && filter.question_open_since.is_none()
        && !filter.answer_to_handle
        && filter.public_at.is_none();
    let count = if round_only {
        "SELECT COALESCE((SELECT last_sequence FROM rounds WHERE id = $1), 0)".to_owned()
    } else {
        format!("SELECT COUNT(*) {count_from}{where_sql}")
    };
    let by_status = format!(
        "SELECT {} AS case_status, COUNT(*) AS n {count_from}{where_sql} GROUP BY 1",
        facts.case_status()
    );
    let organisations = format!(
        "SELECT o.id, o.country, o.code, o.name FROM organisations o WHERE o.id IN \
         (SELECT a.lead_organisation_id {count_from}{where_sql}) ORDER BY o.name, o.id"
    );
    ApplicationListQuery {
        organisations,
        count,
        // The facts are read for the page's rows only.
        page: format!(
            "{APPLICATION_LIST_COLUMNS}, {} FROM ({page_ids}) a \
             JOIN schemes s ON s.id = a.scheme_id \
             JOIN rounds r ON r.id = a.round_id \
             JOIN organisations o ON o.id = a.lead_organisation_id {order}",
            facts.columns()
        ),
        binds,
        by_status,
    }
}

pub(crate) const APPLICATION_LIST_COLUMNS: &str = "SELECT a.id, a.scheme_id, \
     s.code AS scheme_code, a.round_id, r.number AS round_number, a.case_number, a.title, \
     o.id AS org_id, o.country AS org_country, o.code AS org_code, o.name AS org_name, \
     (SELECT COUNT(*) FROM application_members m WHERE m.application_id = a.id) AS member_count, \
     a.status, a.updated_at, a.submitted_at";

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
            content: from_json::<ApplicationContent>(&self.content)?,
            created_at: self.created_at,
            updated_at: self.updated_at,
            submitted_at: self.submitted_at,
            withdrawn_at: self.withdrawn_at,
            rules_version: self.rules_version,
            eligibility: self.eligibility.as_deref().map(from_json).transpose()?,
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
    #[sqlx(flatten)]
    facts: FactsRow,
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
            facts: self.facts.into_domain()?,
        })
    }
}

/// What the journal records of an application's content and members.
pub(crate) fn content_facts(content: &ApplicationContent, members: &[i64]) -> serde_json::Value {
    let mut value = serde_json::to_value(content).unwrap_or_default();
    if let Some(map) = value.as_object_mut() {
        map.insert("members".into(), serde_json::json!(members));
    }
    value
}

/// Implements [`crate::ApplicationStore`] for a store with a `pool` field, in an engine
/// module where [`crate::sql_shared::shared_sql_helpers!`] has been expanded.
macro_rules! impl_application_store {
    ($store:ty) => {
        impl $store {
            /// The member organisations of an application, in their order.
            async fn members_of(
                &self,
                application_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::organisation::OrganisationRef>> {
                let rows: Vec<$crate::sql_applications::OrgRefRow> =
                    sqlx::query_as($crate::sql_applications::MEMBERS_SELECT)
                        .bind(application_id)
                        .fetch_all(&self.pool)
                        .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }
        }

        #[async_trait::async_trait]
        impl $crate::ApplicationStore for $store {
            async fn create_application(
                &self,
                new: &$crate::NewApplication,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::application::Application> {
                let round = $crate::RoundStore::round(self, new.round_id).await?.ok_or($crate::StoreError::NotFound)?;
                let mut tx = begin_write(&self.pool).await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO applications (scheme_id, round_id, lead_organisation_id, status, version, \
                     title, content, created_by, created_at, updated_at) \
                     VALUES ($1, $2, $3, 'draft', 1, $4, $5, $6, $7, $7) RETURNING id",
                )
                .bind(round.scheme_id)
                .bind(round.id)
                .bind(new.lead_organisation_id)
                .bind(&new.content.title)
                .bind($crate::sql::to_json(&new.content)?)
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
                let mut facts = $crate::sql_applications::content_facts(&new.content, &new.member_ids);
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
                let row: Option<$crate::sql_applications::ApplicationRow> = sqlx::query_as(&format!(
                    "{} WHERE a.id = $1",
                    $crate::sql_applications::APPLICATION_SELECT
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
                use $crate::sql_applications::ListBind;
                let query = $crate::sql_applications::application_list_query(filter, ENGINE);
                let mut count = sqlx::query_scalar::<_, i64>(&query.count);
                let mut rows =
                    sqlx::query_as::<_, $crate::sql_applications::ApplicationSummaryRow>(&query.page);
                for bind in &query.binds {
                    (count, rows) = match bind {
                        ListBind::Int(v) => (count.bind(*v), rows.bind(*v)),
                        ListBind::Text(v) => (count.bind(*v), rows.bind(*v)),
                        ListBind::Owned(v) => (count.bind(v.clone()), rows.bind(v.clone())),
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

            async fn case_facts(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::case::CaseFacts>> {
                let facts = $crate::sql_applications::FactsSql::new(ENGINE);
                let row = sqlx::query_as::<_, $crate::sql_applications::FactsRow>(&format!(
                    "SELECT {} FROM applications a WHERE a.id = $1",
                    facts.columns()
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn round_case_facts(
                &self,
                round_id: i64,
            ) -> $crate::Result<Vec<(i64, frirum_domain::case::CaseFacts)>> {
                let facts = $crate::sql_applications::FactsSql::new(ENGINE);
                let rows = sqlx::query_as::<_, $crate::sql_applications::IdFactsRow>(&format!(
                    "SELECT a.id, {} FROM applications a WHERE a.round_id = $1 ORDER BY a.id",
                    facts.columns()
                ))
                .bind(round_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter()
                    .map(|r| Ok((r.id, r.facts.into_domain()?)))
                    .collect()
            }

            async fn count_by_case_status(
                &self,
                filter: &$crate::ApplicationFilter,
            ) -> $crate::Result<Vec<(frirum_domain::case::CaseStatus, u64)>> {
                use $crate::sql_applications::ListBind;
                let query = $crate::sql_applications::application_list_query(filter, ENGINE);
                let mut rows = sqlx::query_as::<_, (String, i64)>(&query.by_status);
                for bind in &query.binds {
                    rows = match bind {
                        ListBind::Int(v) => rows.bind(*v),
                        ListBind::Text(v) => rows.bind(*v),
                        ListBind::Owned(v) => rows.bind(v.clone()),
                        ListBind::Time(v) => rows.bind(*v),
                    };
                }
                let mut counts = Vec::new();
                for (status, n) in rows.fetch_all(&self.pool).await? {
                    counts.push((
                        status.parse().map_err($crate::StoreError::corrupt)?,
                        $crate::sql::count(n),
                    ));
                }
                counts.sort();
                Ok(counts)
            }

            async fn case_organisations(
                &self,
                filter: &$crate::ApplicationFilter,
            ) -> $crate::Result<Vec<frirum_domain::organisation::OrganisationRef>> {
                use $crate::sql_applications::ListBind;
                let query = $crate::sql_applications::application_list_query(filter, ENGINE);
                let mut rows =
                    sqlx::query_as::<_, (i64, String, String, String)>(&query.organisations);
                for bind in &query.binds {
                    rows = match bind {
                        ListBind::Int(v) => rows.bind(*v),
                        ListBind::Text(v) => rows.bind(*v),
                        ListBind::Owned(v) => rows.bind(v.clone()),
                        ListBind::Time(v) => rows.bind(*v),
                    };
                }
                rows.fetch_all(&self.pool)
                    .await?
                    .into_iter()
                    .map(|(id, country, code, name)| $crate::sql::org_ref(id, &country, code, name))
                    .collect()
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
                let mut tx = begin_write(&self.pool).await?;
                let done = sqlx::query(
                    "UPDATE applications SET title = $1, content = $2, version = version + 1, updated_at = $3 \
                     WHERE id = $4 AND version = $5 AND status = 'draft'",
                )
                .bind(&content.title)
                .bind($crate::sql::to_json(content)?)
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
                    &$crate::sql_applications::content_facts(&old.content, &old_members),
                    &$crate::sql_applications::content_facts(content, member_ids),
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
                let mut tx = begin_write(&self.pool).await?;
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
                let mut tx = begin_write(&self.pool).await?;
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
                        what: $crate::StateOf::Application,
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

            async fn delete_draft(
                &self,
                id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                if !lock_application(&mut tx, id).await? {
                    return Err($crate::StoreError::NotFound);
                }
                // Members and requested provisions go with it (ON DELETE CASCADE).
                let done = sqlx::query("DELETE FROM applications WHERE id = $1 AND status = 'draft'")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    let current = self.application(id).await?.ok_or($crate::StoreError::NotFound)?;
                    return Err($crate::StoreError::NotDraft {
                        status: current.status,
                    });
                }
                // The journal keeps that the draft was there and who deleted it.
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    id,
                    &actor,
                    "application.deleted",
                    serde_json::json!({"status": {"from": "draft", "to": "deleted"}}),
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}

pub(crate) use impl_application_store;
