//! The SQL of [`crate::SchemeStore`]: schemes with their versioned rules, their themes and
//! the theme proposals of organisations. Expanded per engine like every store macro (see
//! [`crate::sql`]).
//!
//! Every change begins its transaction with a write, so that SQLite takes its write lock
//! first and never has to upgrade a read (which fails rather than waits), and PostgreSQL
//! locks the row it changes. Checks that need the old state read it before the
//! transaction and are made safe by a conditional `UPDATE … WHERE version = $n`.

use frirum_domain::scheme::{
    ProposalStatus, Rules, Scheme, SchemeDraft, SchemeStatus, Theme, ThemeDraft, ThemeProposal,
};
use time::OffsetDateTime;

use crate::StoreError;
use crate::sql::{from_json, org_ref, unsigned};

pub(crate) const SCHEME_SELECT: &str = "SELECT s.id, s.code, s.country, s.title, s.language, \
     s.invitation, s.status, s.publish_applications, s.rules_version, s.created_at, \
     s.updated_at, r.rules \
     FROM schemes s JOIN scheme_rules r ON r.scheme_id = s.id AND r.version = s.rules_version";

pub(crate) const THEME_SELECT: &str =
    "SELECT id, scheme_id, title, description, priority FROM themes";

pub(crate) const PROPOSAL_SELECT: &str = "SELECT p.id, p.scheme_id, p.title, p.description, \
     p.status, p.decline_reason, p.adopted_theme_id, p.created_at, \
     o.id AS org_id, o.country AS org_country, o.code AS org_code, o.name AS org_name, \
     (SELECT COUNT(*) FROM proposal_endorsements e WHERE e.proposal_id = p.id) AS endorsements \
     FROM theme_proposals p JOIN organisations o ON o.id = p.organisation_id";

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
            rules: from_json::<Rules>(&self.rules)?,
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

/// The statuses padded to four, for `IN ($1, $2, $3, $4)`.
pub(crate) fn four_statuses(statuses: &[SchemeStatus]) -> [&'static str; 4] {
    let first = statuses.first().map_or("none", |s| s.as_str());
    let mut out = [first; 4];
    for (slot, s) in out.iter_mut().zip(statuses) {
        *slot = s.as_str();
    }
    out
}

/// What the journal records of a scheme.
pub(crate) fn scheme_facts(draft: &SchemeDraft) -> serde_json::Value {
    serde_json::json!({
        "code": draft.code,
        "country": draft.country.as_str(),
        "title": draft.title,
        "language": draft.language.tag(),
        "invitation": draft.invitation,
        "publish_applications": draft.publish_applications,
    })
}

/// What the journal records of a theme.
pub(crate) fn theme_facts(draft: &ThemeDraft) -> serde_json::Value {
    serde_json::json!({
        "title": draft.title,
        "description": draft.description,
        "priority": draft.priority,
    })
}

/// Implements [`crate::SchemeStore`] for a store with a `pool` field, in an engine module
/// where [`crate::sql_shared::shared_sql_helpers!`] has been expanded.
macro_rules! impl_scheme_store {
    ($store:ty) => {
        impl $store {
            /// A theme by id; `NotFound` when there is none.
            async fn theme_by_id(&self, id: i64) -> $crate::Result<frirum_domain::scheme::Theme> {
                let row: Option<$crate::sql_schemes::ThemeRow> = sqlx::query_as(&format!(
                    "{} WHERE id = $1",
                    $crate::sql_schemes::THEME_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(Into::into).ok_or($crate::StoreError::NotFound)
            }
        }

        #[async_trait::async_trait]
        impl $crate::SchemeStore for $store {
            async fn create_scheme(
                &self,
                draft: &frirum_domain::scheme::SchemeDraft,
                rules: &frirum_domain::scheme::Rules,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::Scheme> {
                let mut tx = begin_write(&self.pool).await?;
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
                        return Err($crate::StoreError::Duplicate($crate::Unique::SchemeCode));
                    }
                    Err(e) => return Err(e.into()),
                };
                sqlx::query(
                    "INSERT INTO scheme_rules (scheme_id, version, rules, created_at, created_by) \
                     VALUES ($1, 1, $2, $3, $4)",
                )
                .bind(id)
                .bind($crate::sql::to_json(rules)?)
                .bind(actor.at)
                .bind(actor.user_id)
                .execute(&mut *tx)
                .await?;
                let mut facts = $crate::sql_schemes::scheme_facts(draft);
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
                let row: Option<$crate::sql_schemes::SchemeRow> = sqlx::query_as(&format!(
                    "{} WHERE s.id = $1",
                    $crate::sql_schemes::SCHEME_SELECT
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
                let row: Option<$crate::sql_schemes::SchemeRow> = sqlx::query_as(&format!(
                    "{} WHERE s.code = $1",
                    $crate::sql_schemes::SCHEME_SELECT
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
                let s = $crate::sql_schemes::four_statuses(statuses);
                let total: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM schemes WHERE status IN ($1, $2, $3, $4)",
                )
                .bind(s[0])
                .bind(s[1])
                .bind(s[2])
                .bind(s[3])
                .fetch_one(&self.pool)
                .await?;
                let rows: Vec<$crate::sql_schemes::SchemeRow> = sqlx::query_as(&format!(
                    "{} WHERE s.status IN ($1, $2, $3, $4) ORDER BY s.created_at DESC, s.id DESC \
                     LIMIT $5 OFFSET $6",
                    $crate::sql_schemes::SCHEME_SELECT
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
                let mut tx = begin_write(&self.pool).await?;
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
                let before = $crate::sql_schemes::scheme_facts(&frirum_domain::scheme::SchemeDraft {
                    code: old.code.clone(),
                    country: old.country,
                    title: old.title.clone(),
                    language: old.language,
                    invitation: old.invitation.clone(),
                    publish_applications: old.publish_applications,
                });
                let after = $crate::sql_schemes::scheme_facts(&frirum_domain::scheme::SchemeDraft {
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
                let mut tx = begin_write(&self.pool).await?;
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
                        what: $crate::StateOf::Scheme,
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
                let mut tx = begin_write(&self.pool).await?;
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
                .bind($crate::sql::to_json(rules)?)
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
                let mut tx = begin_write(&self.pool).await?;
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
                let mut facts = $crate::sql_schemes::theme_facts(draft);
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
                let mut tx = begin_write(&self.pool).await?;
                sqlx::query("UPDATE themes SET title = $1, description = $2, priority = $3 WHERE id = $4")
                    .bind(&draft.title)
                    .bind(&draft.description)
                    .bind(draft.priority)
                    .bind(theme_id)
                    .execute(&mut *tx)
                    .await?;
                let before = $crate::sql_schemes::theme_facts(&frirum_domain::scheme::ThemeDraft {
                    title: old.title.clone(),
                    description: old.description.clone(),
                    priority: old.priority,
                });
                let mut changes = frirum_domain::journal::diff(&before, &$crate::sql_schemes::theme_facts(draft));
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
                let rows: Vec<$crate::sql_schemes::ThemeRow> = sqlx::query_as(&format!(
                    "{} WHERE scheme_id = $1 ORDER BY id",
                    $crate::sql_schemes::THEME_SELECT
                ))
                .bind(scheme_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn create_proposal(
                &self,
                scheme_id: i64,
                organisation_id: i64,
                title: &str,
                description: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<frirum_domain::scheme::ThemeProposal> {
                let mut tx = begin_write(&self.pool).await?;
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
                let row: Option<$crate::sql_schemes::ProposalRow> = sqlx::query_as(&format!(
                    "{} WHERE p.id = $1",
                    $crate::sql_schemes::PROPOSAL_SELECT
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
                let rows: Vec<$crate::sql_schemes::ProposalRow> = sqlx::query_as(&format!(
                    "{} WHERE p.scheme_id = $1 ORDER BY endorsements DESC, p.created_at, p.id \
                     LIMIT $2 OFFSET $3",
                    $crate::sql_schemes::PROPOSAL_SELECT
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
                let mut tx = begin_write(&self.pool).await?;
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
                let mut tx = begin_write(&self.pool).await?;
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
                        what: $crate::StateOf::Proposal,
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
                let mut facts = $crate::sql_schemes::theme_facts(theme);
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
                let mut tx = begin_write(&self.pool).await?;
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
                        what: $crate::StateOf::Proposal,
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
        }
    };
}

pub(crate) use impl_scheme_store;
