//! The SQL of [`crate::ResearchStore`]: research organisations, their members and the
//! assignments of researchers. Expanded per engine like every store macro (see
//! [`crate::sql`]).
//!
//! An assignment to a trial locks the trial first (`lock_trial`) and is journaled on the
//! trial's case; one to a theme or a scheme is journaled on the scheme's. A second
//! assignment of the same researcher to the same thing is refused by a unique index and
//! changes nothing, so two simultaneous clicks assign once on both engines.

use frirum_domain::research::{
    AssignmentScope, ResearchAssignment, ResearchOrganisation, ResearchOrganisationRef, Researcher,
};
use time::OffsetDateTime;

use crate::StoreError;

/// Every assignment with the names a page shows: the researcher's, their organisation's,
/// the trial's, theme's or scheme's, and the scheme it is in.
pub(crate) const ASSIGNMENT_SELECT: &str = "SELECT a.user_id, u.name AS researcher_name, \
     u.email AS researcher_email, o.id AS organisation_id, o.name AS organisation_name, \
     a.scope, COALESCE(a.trial_id, a.theme_id, a.scheme_id) AS scope_id, \
     COALESCE(t.title, th.title, s.title) AS scope_name, s.id AS scheme_id, \
     s.title AS scheme_title, a.assigned_at \
     FROM research_assignments a JOIN users u ON u.id = a.user_id \
     LEFT JOIN research_members m ON m.user_id = a.user_id \
     LEFT JOIN research_organisations o ON o.id = m.organisation_id \
     LEFT JOIN trials t ON t.id = a.trial_id \
     LEFT JOIN themes th ON th.id = a.theme_id \
     JOIN schemes s ON s.id = COALESCE(a.scheme_id, th.scheme_id, t.scheme_id)";

/// The assignments that reach trial `$1`: to it, to one of its themes, or to its scheme.
pub(crate) const REACHES_TRIAL: &str = "(a.trial_id = $1 \
     OR a.theme_id IN (SELECT tt.theme_id FROM trial_themes tt WHERE tt.trial_id = $1) \
     OR a.scheme_id = (SELECT tr.scheme_id FROM trials tr WHERE tr.id = $1))";

pub(crate) const ORGANISATION_SELECT: &str =
    "SELECT id, name, country, website, created_at FROM research_organisations";

#[derive(sqlx::FromRow)]
pub(crate) struct AssignmentRow {
    user_id: i64,
    researcher_name: String,
    researcher_email: String,
    organisation_id: Option<i64>,
    organisation_name: Option<String>,
    scope: String,
    scope_id: i64,
    scope_name: String,
    scheme_id: i64,
    scheme_title: String,
    assigned_at: OffsetDateTime,
}

impl AssignmentRow {
    pub fn into_domain(self) -> Result<ResearchAssignment, StoreError> {
        Ok(ResearchAssignment {
            user_id: self.user_id,
            researcher_name: self.researcher_name,
            researcher_email: self.researcher_email,
            organisation: organisation_ref(self.organisation_id, self.organisation_name),
            scope: self
                .scope
                .parse::<AssignmentScope>()
                .map_err(StoreError::corrupt)?,
            scope_id: self.scope_id,
            scope_name: self.scope_name,
            scheme_id: self.scheme_id,
            scheme_title: self.scheme_title,
            assigned_at: self.assigned_at,
        })
    }
}

fn organisation_ref(id: Option<i64>, name: Option<String>) -> Option<ResearchOrganisationRef> {
    Some(ResearchOrganisationRef {
        id: id?,
        name: name?,
    })
}

#[derive(sqlx::FromRow)]
pub(crate) struct OrganisationRow {
    id: i64,
    name: String,
    country: String,
    website: Option<String>,
    created_at: OffsetDateTime,
}

impl OrganisationRow {
    pub fn into_domain(self) -> Result<ResearchOrganisation, StoreError> {
        Ok(ResearchOrganisation {
            id: self.id,
            name: self.name,
            country: self.country.parse().map_err(StoreError::corrupt)?,
            website: self.website,
            created_at: self.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ResearcherRow {
    user_id: i64,
    name: String,
    email: String,
    organisation_id: Option<i64>,
    organisation_name: Option<String>,
}

impl From<ResearcherRow> for Researcher {
    fn from(row: ResearcherRow) -> Self {
        Researcher {
            user_id: row.user_id,
            name: row.name,
            email: row.email,
            organisation: organisation_ref(row.organisation_id, row.organisation_name),
        }
    }
}

pub(crate) fn into_assignments(
    rows: Vec<AssignmentRow>,
) -> Result<Vec<ResearchAssignment>, StoreError> {
    rows.into_iter().map(AssignmentRow::into_domain).collect()
}

/// Implements [`crate::ResearchStore`] for a store type with a `pool` field.
macro_rules! impl_research_store {
    ($store:ty) => {
        /// Assignments narrowed by a condition on `a`, `s` and `u` with one bound id.
        async fn research_assignments_where(
            pool: &sqlx::Pool<Db>,
            condition: &str,
            order: &str,
            id: i64,
        ) -> $crate::Result<Vec<frirum_domain::research::ResearchAssignment>> {
            let rows: Vec<$crate::sql_research::AssignmentRow> = sqlx::query_as(&format!(
                "{} WHERE {condition} ORDER BY {order}",
                $crate::sql_research::ASSIGNMENT_SELECT
            ))
            .bind(id)
            .fetch_all(pool)
            .await?;
            $crate::sql_research::into_assignments(rows)
        }

        /// The case an assignment is journaled on, and the column that holds its target:
        /// a trial's application (after locking the trial), or the scheme of a theme or
        /// of the scheme itself. A missing target is `NotFound`.
        async fn research_case_of(
            tx: &mut Tx<'_>,
            target: frirum_domain::research::AssignmentTarget,
        ) -> $crate::Result<(frirum_domain::journal::CaseKind, i64, &'static str)> {
            use frirum_domain::journal::CaseKind;
            use frirum_domain::research::AssignmentTarget;
            Ok(match target {
                AssignmentTarget::Trial(id) => {
                    (CaseKind::Application, lock_trial(tx, id).await?, "trial_id")
                }
                // A write first: a SQLite transaction that reads before it writes cannot
                // take the write lock once another writer went in between ("database is
                // locked"); the no-op update takes it at once and serialises the scheme.
                AssignmentTarget::Theme(id) => {
                    let scheme: Option<i64> = sqlx::query_scalar(
                        "UPDATE schemes SET updated_at = updated_at \
                         WHERE id = (SELECT scheme_id FROM themes WHERE id = $1) RETURNING id",
                    )
                    .bind(id)
                    .fetch_optional(&mut **tx)
                    .await?;
                    (
                        CaseKind::Scheme,
                        scheme.ok_or($crate::StoreError::NotFound)?,
                        "theme_id",
                    )
                }
                AssignmentTarget::Scheme(id) => {
                    let scheme: Option<i64> = sqlx::query_scalar(
                        "UPDATE schemes SET updated_at = updated_at WHERE id = $1 RETURNING id",
                    )
                    .bind(id)
                    .fetch_optional(&mut **tx)
                    .await?;
                    (
                        CaseKind::Scheme,
                        scheme.ok_or($crate::StoreError::NotFound)?,
                        "scheme_id",
                    )
                }
            })
        }

        /// The journal entry of an assignment or its end: a trial's keeps the words it
        /// had before assignments had scopes.
        fn research_journal_entry(
            target: frirum_domain::research::AssignmentTarget,
            user_id: i64,
            assigned: bool,
        ) -> (&'static str, serde_json::Value) {
            use frirum_domain::research::AssignmentTarget;
            match (target, assigned) {
                (AssignmentTarget::Trial(id), true) => (
                    "trial.researcher_assigned",
                    serde_json::json!({ "trial_id": id, "user_id": user_id }),
                ),
                (AssignmentTarget::Trial(id), false) => (
                    "trial.researcher_unassigned",
                    serde_json::json!({ "trial_id": id, "user_id": user_id }),
                ),
                (AssignmentTarget::Theme(id), assigned) => (
                    if assigned {
                        "scheme.researcher_assigned"
                    } else {
                        "scheme.researcher_unassigned"
                    },
                    serde_json::json!({ "scope": "theme", "theme_id": id, "user_id": user_id }),
                ),
                (AssignmentTarget::Scheme(_), assigned) => (
                    if assigned {
                        "scheme.researcher_assigned"
                    } else {
                        "scheme.researcher_unassigned"
                    },
                    serde_json::json!({ "scope": "scheme", "user_id": user_id }),
                ),
            }
        }

        #[async_trait::async_trait]
        impl $crate::ResearchStore for $store {
            async fn create_research_organisation(
                &self,
                organisation: &frirum_domain::research::NewResearchOrganisation,
                now: time::OffsetDateTime,
            ) -> $crate::Result<
                Result<
                    frirum_domain::research::ResearchOrganisation,
                    frirum_domain::research::ResearchError,
                >,
            > {
                let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO research_organisations (name, country, website, created_at) \
                     VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(&organisation.name)
                .bind(organisation.country.as_str())
                .bind(organisation.website.as_deref())
                .bind(now)
                .fetch_one(&self.pool)
                .await;
                let id = match inserted {
                    Ok(id) => id,
                    Err(e) if $crate::StoreError::is_unique_violation(&e) => {
                        return Ok(Err(
                            frirum_domain::research::ResearchError::DuplicateOrganisation,
                        ));
                    }
                    Err(e) => return Err(e.into()),
                };
                let created = $crate::ResearchStore::research_organisation(self, id)
                    .await?
                    .ok_or($crate::StoreError::NotFound)?;
                Ok(Ok(created))
            }

            async fn research_organisations(
                &self,
            ) -> $crate::Result<Vec<frirum_domain::research::ResearchOrganisation>> {
                let rows: Vec<$crate::sql_research::OrganisationRow> =
                    sqlx::query_as(&format!(
                        "{} ORDER BY country, name, id",
                        $crate::sql_research::ORGANISATION_SELECT
                    ))
                    .fetch_all(&self.pool)
                    .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn research_organisation(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::research::ResearchOrganisation>> {
                let row: Option<$crate::sql_research::OrganisationRow> =
                    sqlx::query_as(&format!(
                        "{} WHERE id = $1",
                        $crate::sql_research::ORGANISATION_SELECT
                    ))
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn researchers(
                &self,
            ) -> $crate::Result<Vec<frirum_domain::research::Researcher>> {
                let rows: Vec<$crate::sql_research::ResearcherRow> = sqlx::query_as(
                    "SELECT u.id AS user_id, u.name, u.email, o.id AS organisation_id, \
                     o.name AS organisation_name FROM users u \
                     LEFT JOIN research_members m ON m.user_id = u.id \
                     LEFT JOIN research_organisations o ON o.id = m.organisation_id \
                     WHERE u.role = $1 ORDER BY u.name, u.id",
                )
                .bind(frirum_domain::authz::FOLLOWS_TRIALS.as_str())
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn set_research_membership(
                &self,
                user_id: i64,
                organisation_id: Option<i64>,
                now: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                let Some(organisation_id) = organisation_id else {
                    sqlx::query("DELETE FROM research_members WHERE user_id = $1")
                        .bind(user_id)
                        .execute(&self.pool)
                        .await?;
                    return Ok(());
                };
                let mut tx = begin_write(&self.pool).await?;
                let found: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM research_organisations WHERE id = $1")
                        .bind(organisation_id)
                        .fetch_optional(&mut *tx)
                        .await?;
                if found.is_none() {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                // Staying in the same organisation keeps the day one joined it.
                sqlx::query(
                    "INSERT INTO research_members (user_id, organisation_id, joined_at) \
                     VALUES ($1, $2, $3) ON CONFLICT (user_id) DO UPDATE \
                     SET organisation_id = excluded.organisation_id, \
                         joined_at = excluded.joined_at \
                     WHERE research_members.organisation_id <> excluded.organisation_id",
                )
                .bind(user_id)
                .bind(organisation_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn assign_research(
                &self,
                user_id: i64,
                target: frirum_domain::research::AssignmentTarget,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<bool> {
                let mut tx = begin_write(&self.pool).await?;
                let (kind, case_id, column) = research_case_of(&mut tx, target).await?;
                let inserted = sqlx::query(&format!(
                    "INSERT INTO research_assignments (user_id, scope, {column}, assigned_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"
                ))
                .bind(user_id)
                .bind(target.scope().as_str())
                .bind(target.id())
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                if inserted.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Ok(false);
                }
                let (action, changes) = research_journal_entry(target, user_id, true);
                append_journal(&mut tx, kind, case_id, &actor, action, changes).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn unassign_research(
                &self,
                user_id: i64,
                target: frirum_domain::research::AssignmentTarget,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                let (kind, case_id, column) = research_case_of(&mut tx, target).await?;
                let deleted = sqlx::query(&format!(
                    "DELETE FROM research_assignments \
                     WHERE user_id = $1 AND scope = $2 AND {column} = $3"
                ))
                .bind(user_id)
                .bind(target.scope().as_str())
                .bind(target.id())
                .execute(&mut *tx)
                .await?;
                if deleted.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                let (action, changes) = research_journal_entry(target, user_id, false);
                append_journal(&mut tx, kind, case_id, &actor, action, changes).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn scheme_research_assignments(
                &self,
                scheme_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::research::ResearchAssignment>> {
                research_assignments_where(&self.pool, "s.id = $1", "u.name, u.id, a.id", scheme_id)
                    .await
            }

            async fn scheme_researchers(
                &self,
                scheme_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::research::ResearchAssignment>> {
                research_assignments_where(
                    &self.pool,
                    "a.scope = 'scheme' AND a.scheme_id = $1",
                    "u.name, u.id",
                    scheme_id,
                )
                .await
            }

            async fn researcher_assignments(
                &self,
                user_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::research::ResearchAssignment>> {
                research_assignments_where(&self.pool, "a.user_id = $1", "s.id, a.id", user_id)
                    .await
            }

            async fn trial_research_assignments(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::research::ResearchAssignment>> {
                research_assignments_where(
                    &self.pool,
                    $crate::sql_research::REACHES_TRIAL,
                    "u.name, u.id, a.id",
                    trial_id,
                )
                .await
            }
        }
    };
}

pub(crate) use impl_research_store;
