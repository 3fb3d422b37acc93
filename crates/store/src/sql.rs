//! The SQL that both engines run, written once; here the [`crate::Store`] trait's own part
//! (organisations, accounts, sessions, tokens, login throttling) and the row helpers that
//! every part uses.
//!
//! # How the SQL is shared between the engines
//!
//! SQLite and PostgreSQL accept the same text for everything Frirum asks of them (numbered
//! `$n` parameters, `RETURNING`, `LEFT JOIN` on a correlated sub-query). The statements are
//! plain strings run with `sqlx::query`, not sqlx's compile-time checked `query!` macros,
//! and sqlx's pool and transaction types differ per engine; so each part of the store is
//! written once as a macro that takes the store type, `impl_…_store!($store)` in
//! `sql_<part>.rs`, and each engine module (`sqlite.rs`, `postgres.rs`) expands them all:
//!
//! - first it says which engine it is: `const ENGINE: Backend` and `type Db` (sqlx's database
//!   type). Where the engines differ (the journal's lock, the outbox claim, full-text search,
//!   `VACUUM`), the SQL asks `ENGINE` and nothing else;
//! - then `shared_sql_helpers!` (in `sql_shared.rs`) emits the helpers that several parts
//!   call (the transaction type, appending to the journal, locking an application);
//! - then each `impl_…_store!` implements one trait. A store macro uses only those shared
//!   helpers and the public store traits, never a function another store macro defines.
//!
//! Row types, `SELECT` column lists and pure helpers sit outside the macros, as ordinary
//! items of their `sql_<part>.rs` module. Migrations differ per engine and live in
//! `migrations/<engine>/`.
//!
//! Nothing checks this SQL when it compiles. The contract suite, `tests/contract.rs`, does:
//! every test runs on SQLite and, with `FRIRUM_TEST_DATABASE_URL` set, on PostgreSQL, so a
//! statement one engine refuses, or answers differently, fails there. Every store method
//! has its contract test, races included.

use frirum_domain::organisation::OrganisationRef;
use frirum_domain::{Country, Language, Organisation, PopulationFigure, Role, User};
use time::{Date, OffsetDateTime};

use crate::{ApiToken, StoreError};

pub(crate) const ORGANISATION_COLUMNS: &str = "o.id, o.country, o.code, o.name, o.kind, o.parent_code, \
     p.population, p.reference_date, p.source, p.uncertain";

/// Joins each organisation with its newest population figure.
pub(crate) const ORGANISATION_FROM: &str = "FROM organisations o \
     LEFT JOIN population_figures p ON p.id = ( \
         SELECT p2.id FROM population_figures p2 WHERE p2.organisation_id = o.id \
         ORDER BY p2.reference_date DESC LIMIT 1)";

pub(crate) const ORGANISATION_WHERE: &str = "WHERE ($1 IS NULL OR o.country = $1) \
     AND ($2 IS NULL OR o.search_key LIKE $2 OR o.code = $3) \
     AND ($4 IS NULL OR o.kind = $4) \
     AND ($5 IS NULL OR o.parent_code = $5)";

pub(crate) const USER_SELECT: &str = "SELECT u.id, u.email, u.name, u.role, u.language, u.people_admin, \
     o.id AS org_id, o.country AS org_country, o.code AS org_code, o.name AS org_name \
     FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id";

#[derive(sqlx::FromRow)]
pub(crate) struct OrganisationRow {
    pub id: i64,
    pub country: String,
    pub code: String,
    pub name: String,
    pub kind: String,
    pub parent_code: Option<String>,
    pub population: Option<i64>,
    pub reference_date: Option<Date>,
    pub source: Option<String>,
    pub uncertain: Option<bool>,
}

impl OrganisationRow {
    pub fn into_domain(self) -> Result<Organisation, StoreError> {
        let population = match (self.population, self.reference_date, self.source) {
            (Some(population), Some(reference_date), Some(source)) => Some(PopulationFigure {
                population: u64::try_from(population).map_err(StoreError::corrupt)?,
                reference_date,
                source,
                uncertain: self.uncertain.unwrap_or(false),
            }),
            _ => None,
        };
        Ok(Organisation {
            id: self.id,
            country: self.country.parse().map_err(StoreError::corrupt)?,
            code: self.code,
            name: self.name,
            kind: self.kind.parse().map_err(StoreError::corrupt)?,
            parent_code: self.parent_code,
            population,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct FigureRow {
    pub population: i64,
    pub reference_date: Date,
    pub source: String,
    pub uncertain: bool,
}

impl FigureRow {
    pub fn into_domain(self) -> Result<PopulationFigure, StoreError> {
        Ok(PopulationFigure {
            population: u64::try_from(self.population).map_err(StoreError::corrupt)?,
            reference_date: self.reference_date,
            source: self.source,
            uncertain: self.uncertain,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct UserRow {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub language: Option<String>,
    pub people_admin: bool,
    pub org_id: Option<i64>,
    pub org_country: Option<String>,
    pub org_code: Option<String>,
    pub org_name: Option<String>,
}

impl UserRow {
    pub fn into_domain(self) -> Result<User, StoreError> {
        let organisation = match (self.org_id, self.org_country, self.org_code, self.org_name) {
            (Some(id), Some(country), Some(code), Some(name)) => Some(OrganisationRef {
                id,
                country: country.parse::<Country>().map_err(StoreError::corrupt)?,
                code,
                name,
            }),
            _ => None,
        };
        Ok(User {
            id: self.id,
            email: self.email,
            name: self.name,
            role: self.role.parse::<Role>().map_err(StoreError::corrupt)?,
            organisation,
            language: self
                .language
                .map(|l| l.parse::<Language>())
                .transpose()
                .map_err(StoreError::corrupt)?,
            people_admin: self.people_admin,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ApiTokenRow {
    pub id: i64,
    pub name: String,
    pub prefix: String,
    pub created_at: OffsetDateTime,
    pub last_used_at: Option<OffsetDateTime>,
    pub revoked_at: Option<OffsetDateTime>,
}

impl From<ApiTokenRow> for ApiToken {
    fn from(r: ApiTokenRow) -> Self {
        ApiToken {
            id: r.id,
            name: r.name,
            prefix: r.prefix,
            created_at: r.created_at,
            last_used_at: r.last_used_at,
            revoked_at: r.revoked_at,
        }
    }
}

/// The most values one `IN (…)` list binds: well under either engine's limit.
pub(crate) const IN_CHUNK: usize = 500;

/// Numbered placeholders for an `IN (…)` list of `n` values, the first being `$first`:
/// `placeholders(2, 3)` is `$2, $3, $4`.
pub(crate) fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// An organisation reference from the columns of a join.
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

/// JSON text stored by [`to_json`], read back.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(StoreError::corrupt)
}

/// A value as the JSON text stored in a column.
pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(StoreError::corrupt)
}

/// A count or number stored as a signed integer, read back.
pub(crate) fn unsigned(n: i64) -> Result<u32, StoreError> {
    u32::try_from(n).map_err(StoreError::corrupt)
}

/// Implements [`crate::Store`] for a struct with a `pool` field of a sqlx pool type, in an
/// engine module with a `migrator()` function giving that engine's migrations and where
/// `shared_sql_helpers!` (in `sql_shared.rs`) has been expanded.
macro_rules! impl_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::Store for $store {
            fn backend(&self) -> $crate::Backend {
                ENGINE
            }

            async fn migrate(&self) -> $crate::Result<()> {
                migrator().run(&self.pool).await?;
                seal_journal_after_migration(&self.pool).await?;
                Ok(())
            }

            async fn ping(&self) -> $crate::Result<()> {
                sqlx::query("SELECT 1").execute(&self.pool).await?;
                Ok(())
            }

            async fn refresh_statistics(&self) -> $crate::Result<()> {
                // PostgreSQL also records which pages are all visible, so that counts can
                // read indexes alone; SQLite's VACUUM would rewrite the whole file instead.
                let statement = match ENGINE {
                    $crate::Backend::Postgres => "VACUUM ANALYZE",
                    $crate::Backend::Sqlite => "ANALYZE",
                };
                sqlx::query(statement).execute(&self.pool).await?;
                Ok(())
            }

            async fn import_organisations(
                &self,
                country: frirum_domain::Country,
                records: &[frirum_domain::registry_csv::OrganisationRecord],
                now: time::OffsetDateTime,
            ) -> $crate::Result<$crate::ImportSummary> {
                use frirum_domain::OrganisationKind;
                let mut tx = begin_write(&self.pool).await?;
                let upper = OrganisationKind::upper_tier(country);
                let stored_parents: std::collections::HashSet<String> = sqlx::query_scalar(
                    "SELECT code FROM organisations WHERE country = $1 AND kind = $2",
                )
                .bind(country.as_str())
                .bind(upper.as_str())
                .fetch_all(&mut *tx)
                .await?
                .into_iter()
                .collect();
                frirum_domain::registry_csv::check_parents(country, records, &stored_parents)?;

                let mut summary = $crate::ImportSummary::default();
                for record in records {
                    let existing: Option<(i64, String, String, Option<String>)> = sqlx::query_as(
                        "SELECT id, name, kind, parent_code FROM organisations \
                         WHERE country = $1 AND code = $2",
                    )
                    .bind(country.as_str())
                    .bind(&record.code)
                    .fetch_optional(&mut *tx)
                    .await?;
                    let search_key = frirum_domain::search::fold(&record.name);
                    let existed = existing.is_some();
                    let (id, mut changed) = match existing {
                        None => {
                            let id: i64 = sqlx::query_scalar(
                                "INSERT INTO organisations \
                                 (country, code, name, kind, parent_code, search_key, created_at, updated_at) \
                                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
                            )
                            .bind(country.as_str())
                            .bind(&record.code)
                            .bind(&record.name)
                            .bind(record.kind.as_str())
                            .bind(&record.parent_code)
                            .bind(&search_key)
                            .bind(now)
                            .fetch_one(&mut *tx)
                            .await?;
                            summary.added += 1;
                            (id, false)
                        }
                        Some((id, name, kind, parent)) => {
                            let changed = name != record.name
                                || kind != record.kind.as_str()
                                || parent != record.parent_code;
                            if changed {
                                sqlx::query(
                                    "UPDATE organisations SET name = $1, kind = $2, parent_code = $3, \
                                     search_key = $4, updated_at = $5 WHERE id = $6",
                                )
                                .bind(&record.name)
                                .bind(record.kind.as_str())
                                .bind(&record.parent_code)
                                .bind(&search_key)
                                .bind(now)
                                .bind(id)
                                .execute(&mut *tx)
                                .await?;
                            }
                            (id, changed)
                        }
                    };
                    if let Some(figure) = &record.population {
                        let population = i64::try_from(figure.population)
                            .map_err($crate::StoreError::corrupt)?;
                        let stored: Option<(i64, String, bool)> = sqlx::query_as(
                            "SELECT population, source, uncertain FROM population_figures \
                             WHERE organisation_id = $1 AND reference_date = $2",
                        )
                        .bind(id)
                        .bind(figure.reference_date)
                        .fetch_optional(&mut *tx)
                        .await?;
                        match stored {
                            None => {
                                sqlx::query(
                                    "INSERT INTO population_figures \
                                     (organisation_id, population, reference_date, source, uncertain, imported_at) \
                                     VALUES ($1, $2, $3, $4, $5, $6)",
                                )
                                .bind(id)
                                .bind(population)
                                .bind(figure.reference_date)
                                .bind(&figure.source)
                                .bind(figure.uncertain)
                                .bind(now)
                                .execute(&mut *tx)
                                .await?;
                                summary.figures_added += 1;
                                changed = true;
                            }
                            Some((p, s, u))
                                if p != population || s != figure.source || u != figure.uncertain =>
                            {
                                sqlx::query(
                                    "UPDATE population_figures SET population = $1, source = $2, \
                                     uncertain = $3, imported_at = $4 \
                                     WHERE organisation_id = $5 AND reference_date = $6",
                                )
                                .bind(population)
                                .bind(&figure.source)
                                .bind(figure.uncertain)
                                .bind(now)
                                .bind(id)
                                .bind(figure.reference_date)
                                .execute(&mut *tx)
                                .await?;
                                summary.figures_updated += 1;
                                changed = true;
                            }
                            Some(_) => {}
                        }
                    }
                    if existed {
                        if changed {
                            summary.updated += 1;
                        } else {
                            summary.unchanged += 1;
                        }
                    }
                }
                tx.commit().await?;
                Ok(summary)
            }

            async fn list_organisations(
                &self,
                filter: &$crate::OrganisationFilter,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<frirum_domain::Organisation>> {
                let country = filter.country.map(|c| c.as_str());
                let query = filter.query.as_deref().map(str::trim).filter(|q| !q.is_empty());
                // A query of punctuation alone folds to nothing and matches no name.
                let pattern = query
                    .map(frirum_domain::search::fold)
                    .map(|q| if q.is_empty() { q } else { format!("%{q}%") });
                let code = query.map(str::to_owned);
                let kind = filter.kind.map(|k| k.as_str());
                let total: i64 = sqlx::query_scalar(&format!(
                    "SELECT COUNT(*) FROM organisations o {}",
                    $crate::sql::ORGANISATION_WHERE
                ))
                .bind(country)
                .bind(&pattern)
                .bind(&code)
                .bind(kind)
                .bind(&filter.parent_code)
                .fetch_one(&self.pool)
                .await?;
                let rows: Vec<$crate::sql::OrganisationRow> = sqlx::query_as(&format!(
                    // The organisation a query names exactly, by name or code, comes first:
                    // "Lund" is the Swedish municipality before Billund and Albertslund.
                    "SELECT {} {} {} ORDER BY \
                     CASE WHEN o.code = $3 OR o.search_key = $8 THEN 0 ELSE 1 END, o.country, \
                     CASE WHEN o.kind = 'municipality' THEN 1 ELSE 0 END, o.code \
                     LIMIT $6 OFFSET $7",
                    $crate::sql::ORGANISATION_COLUMNS,
                    $crate::sql::ORGANISATION_FROM,
                    $crate::sql::ORGANISATION_WHERE
                ))
                .bind(country)
                .bind(&pattern)
                .bind(&code)
                .bind(kind)
                .bind(&filter.parent_code)
                .bind(page.limit())
                .bind(page.offset())
                .bind(query.map(frirum_domain::search::fold))
                .fetch_all(&self.pool)
                .await?;
                let items = rows
                    .into_iter()
                    .map($crate::sql::OrganisationRow::into_domain)
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(frirum_domain::Page::new(items, page, $crate::sql::count(total)))
            }

            async fn organisation(
                &self,
                country: frirum_domain::Country,
                code: &str,
            ) -> $crate::Result<Option<frirum_domain::Organisation>> {
                let row: Option<$crate::sql::OrganisationRow> = sqlx::query_as(&format!(
                    "SELECT {} {} WHERE o.country = $1 AND o.code = $2",
                    $crate::sql::ORGANISATION_COLUMNS,
                    $crate::sql::ORGANISATION_FROM
                ))
                .bind(country.as_str())
                .bind(code)
                .fetch_optional(&self.pool)
                .await?;
                row.map($crate::sql::OrganisationRow::into_domain).transpose()
            }

            async fn organisation_refs(
                &self,
                ids: &[i64],
            ) -> $crate::Result<Vec<frirum_domain::organisation::OrganisationRef>> {
                // A journal page names a handful: one indexed read each.
                let mut refs = Vec::with_capacity(ids.len());
                for id in ids {
                    let row: Option<(i64, String, String, String)> = sqlx::query_as(
                        "SELECT id, country, code, name FROM organisations WHERE id = $1",
                    )
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
                    if let Some((id, country, code, name)) = row {
                        refs.push($crate::sql::org_ref(id, &country, code, name)?);
                    }
                }
                Ok(refs)
            }

            async fn population_history(
                &self,
                organisation_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::PopulationFigure>> {
                let rows: Vec<$crate::sql::FigureRow> = sqlx::query_as(
                    "SELECT population, reference_date, source, uncertain FROM population_figures \
                     WHERE organisation_id = $1 ORDER BY reference_date DESC",
                )
                .bind(organisation_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map($crate::sql::FigureRow::into_domain).collect()
            }

            async fn create_user(
                &self,
                user: &$crate::NewUser,
                now: time::OffsetDateTime,
            ) -> $crate::Result<frirum_domain::User> {
                let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO users (email, name, role, organisation_id, language, password_hash, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(&user.email)
                .bind(&user.name)
                .bind(user.role.as_str())
                .bind(user.organisation_id)
                .bind(user.language.map(|l| l.tag()))
                .bind(&user.password_hash)
                .bind(now)
                .fetch_one(&self.pool)
                .await;
                let id = match inserted {
                    Ok(id) => id,
                    Err(e) if $crate::StoreError::is_unique_violation(&e) => {
                        return Err($crate::StoreError::EmailTaken);
                    }
                    Err(e) => return Err(e.into()),
                };
                self.user(id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn user(&self, id: i64) -> $crate::Result<Option<frirum_domain::User>> {
                let row: Option<$crate::sql::UserRow> =
                    sqlx::query_as(&format!("{} WHERE u.id = $1", $crate::sql::USER_SELECT))
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await?;
                row.map($crate::sql::UserRow::into_domain).transpose()
            }

            async fn applicants_of(
                &self,
                organisation_ids: &[i64],
            ) -> $crate::Result<Vec<frirum_domain::User>> {
                if organisation_ids.is_empty() {
                    return Ok(Vec::new());
                }
                // Organisations of one application: a network of at most 100.
                let sql = format!(
                    "{} WHERE u.role = $1 AND u.organisation_id IN ({}) ORDER BY u.email",
                    $crate::sql::USER_SELECT,
                    $crate::sql::placeholders(2, organisation_ids.len())
                );
                let mut query = sqlx::query_as::<_, $crate::sql::UserRow>(&sql)
                    .bind(frirum_domain::authz::ACTS_FOR_ORGANISATION.as_str());
                for id in organisation_ids {
                    query = query.bind(*id);
                }
                query
                    .fetch_all(&self.pool)
                    .await?
                    .into_iter()
                    .map($crate::sql::UserRow::into_domain)
                    .collect()
            }

            async fn users_in_role(
                &self,
                role: frirum_domain::Role,
            ) -> $crate::Result<Vec<frirum_domain::User>> {
                let rows: Vec<$crate::sql::UserRow> = sqlx::query_as(&format!(
                    "{} WHERE u.role = $1 ORDER BY u.email",
                    $crate::sql::USER_SELECT
                ))
                .bind(role.as_str())
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter()
                    .map($crate::sql::UserRow::into_domain)
                    .collect()
            }

            async fn credentials(&self, email: &str) -> $crate::Result<Option<$crate::Credentials>> {
                let Some(hash): Option<(i64, String)> =
                    sqlx::query_as(
                        "SELECT id, password_hash FROM users \
                         WHERE email = $1 AND deactivated_at IS NULL",
                    )
                        .bind(email)
                        .fetch_optional(&self.pool)
                        .await?
                else {
                    return Ok(None);
                };
                let user = self.user(hash.0).await?.ok_or($crate::StoreError::NotFound)?;
                Ok(Some($crate::Credentials { user, password_hash: hash.1 }))
            }

            async fn list_users(
                &self,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<frirum_domain::User>> {
                let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
                    .fetch_one(&self.pool)
                    .await?;
                let rows: Vec<$crate::sql::UserRow> = sqlx::query_as(&format!(
                    "{} ORDER BY u.email LIMIT $1 OFFSET $2",
                    $crate::sql::USER_SELECT
                ))
                .bind(page.limit())
                .bind(page.offset())
                .fetch_all(&self.pool)
                .await?;
                let items = rows
                    .into_iter()
                    .map($crate::sql::UserRow::into_domain)
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(frirum_domain::Page::new(items, page, $crate::sql::count(total)))
            }

            async fn update_profile(
                &self,
                user_id: i64,
                name: &str,
                language: Option<frirum_domain::Language>,
            ) -> $crate::Result<frirum_domain::User> {
                let done = sqlx::query("UPDATE users SET name = $1, language = $2 WHERE id = $3")
                    .bind(name)
                    .bind(language.map(|l| l.tag()))
                    .bind(user_id)
                    .execute(&self.pool)
                    .await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound);
                }
                self.user(user_id).await?.ok_or($crate::StoreError::NotFound)
            }

            async fn set_password_hash(
                &self,
                user_id: i64,
                password_hash: &str,
                keep_session: Option<&str>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                let done = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
                    .bind(password_hash)
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() == 0 {
                    // Rolled back at once: a dropped transaction is rolled back only when its
                    // connection is next used, and would hold its locks until then.
                    tx.rollback().await?;
                    return Err($crate::StoreError::NotFound);
                }
                sqlx::query(
                    "DELETE FROM sessions WHERE user_id = $1 AND ($2 IS NULL OR token_hash <> $2)",
                )
                .bind(user_id)
                .bind(keep_session)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn create_session(
                &self,
                token_hash: &str,
                user_id: i64,
                now: time::OffsetDateTime,
                expires_at: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                // Expired sessions are swept here rather than by a background job.
                sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
                    .bind(now)
                    .execute(&self.pool)
                    .await?;
                sqlx::query(
                    "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
                )
                .bind(token_hash)
                .bind(user_id)
                .bind(now)
                .bind(expires_at)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn session_user(
                &self,
                token_hash: &str,
                now: time::OffsetDateTime,
            ) -> $crate::Result<Option<frirum_domain::User>> {
                let user_id: Option<i64> = sqlx::query_scalar(
                    "SELECT s.user_id FROM sessions s JOIN users u ON u.id = s.user_id \
                     WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.deactivated_at IS NULL",
                )
                .bind(token_hash)
                .bind(now)
                .fetch_optional(&self.pool)
                .await?;
                match user_id {
                    Some(id) => self.user(id).await,
                    None => Ok(None),
                }
            }

            async fn delete_session(&self, token_hash: &str) -> $crate::Result<()> {
                sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                    .bind(token_hash)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn create_api_token(
                &self,
                token: &$crate::NewApiToken,
                now: time::OffsetDateTime,
            ) -> $crate::Result<$crate::ApiToken> {
                let row: $crate::sql::ApiTokenRow = sqlx::query_as(
                    "INSERT INTO api_tokens (user_id, name, token_hash, prefix, created_at) \
                     VALUES ($1, $2, $3, $4, $5) \
                     RETURNING id, name, prefix, created_at, last_used_at, revoked_at",
                )
                .bind(token.user_id)
                .bind(&token.name)
                .bind(&token.token_hash)
                .bind(&token.prefix)
                .bind(now)
                .fetch_one(&self.pool)
                .await?;
                Ok(row.into())
            }

            async fn api_tokens(
                &self,
                user_id: i64,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<$crate::ApiToken>> {
                let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM api_tokens WHERE user_id = $1")
                    .bind(user_id)
                    .fetch_one(&self.pool)
                    .await?;
                let rows: Vec<$crate::sql::ApiTokenRow> = sqlx::query_as(
                    "SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM api_tokens \
                     WHERE user_id = $1 ORDER BY id DESC LIMIT $2 OFFSET $3",
                )
                .bind(user_id)
                .bind(page.limit())
                .bind(page.offset())
                .fetch_all(&self.pool)
                .await?;
                Ok(frirum_domain::Page::new(
                    rows.into_iter().map(Into::into).collect(),
                    page,
                    $crate::sql::count(total),
                ))
            }

            async fn revoke_api_token(
                &self,
                user_id: i64,
                token_id: i64,
                now: time::OffsetDateTime,
            ) -> $crate::Result<bool> {
                let done = sqlx::query(
                    "UPDATE api_tokens SET revoked_at = $1 \
                     WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL",
                )
                .bind(now)
                .bind(token_id)
                .bind(user_id)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn token_user(
                &self,
                token_hash: &str,
                now: time::OffsetDateTime,
            ) -> $crate::Result<Option<frirum_domain::User>> {
                // "Last used" is written only when the one kept is older than
                // `TOKEN_LAST_USED_EVERY`, so that a script calling the API many times a
                // second does not write a row at each call.
                let found: Option<(i64, i64, Option<time::OffsetDateTime>)> = sqlx::query_as(
                    "SELECT id, user_id, last_used_at FROM api_tokens \
                     WHERE token_hash = $1 AND revoked_at IS NULL \
                     AND user_id IN (SELECT id FROM users WHERE deactivated_at IS NULL)",
                )
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await?;
                let Some((id, user_id, last_used_at)) = found else {
                    return Ok(None);
                };
                if frirum_domain::account_security::token_use_is_stale(last_used_at, now) {
                    sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                        .bind(now)
                        .bind(id)
                        .execute(&self.pool)
                        .await?;
                }
                self.user(user_id).await
            }

            async fn record_login_failure(
                &self,
                account_key: &str,
                address_key: &str,
                now: time::OffsetDateTime,
            ) -> $crate::Result<()> {
                sqlx::query(
                    "INSERT INTO login_failures (account_key, address_key, failed_at) VALUES ($1, $2, $3)",
                )
                .bind(account_key)
                .bind(address_key)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn login_failures(
                &self,
                account_key: &str,
                address_key: &str,
                since: time::OffsetDateTime,
            ) -> $crate::Result<$crate::LoginFailures> {
                let (account, address): (i64, i64) = sqlx::query_as(
                    "SELECT \
                       (SELECT COUNT(*) FROM login_failures WHERE account_key = $1 AND failed_at > $3), \
                       (SELECT COUNT(*) FROM login_failures WHERE address_key = $2 AND failed_at > $3)",
                )
                .bind(account_key)
                .bind(address_key)
                .bind(since)
                .fetch_one(&self.pool)
                .await?;
                let latest_account: Option<time::OffsetDateTime> = sqlx::query_scalar(
                    "SELECT failed_at FROM login_failures \
                     WHERE account_key = $1 AND failed_at > $2 \
                     ORDER BY failed_at DESC LIMIT 1",
                )
                .bind(account_key)
                .bind(since)
                .fetch_optional(&self.pool)
                .await?;
                let oldest_address: Option<time::OffsetDateTime> = sqlx::query_scalar(
                    "SELECT failed_at FROM login_failures \
                     WHERE address_key = $1 AND failed_at > $2 \
                     ORDER BY failed_at LIMIT 1",
                )
                .bind(address_key)
                .bind(since)
                .fetch_optional(&self.pool)
                .await?;
                Ok($crate::LoginFailures {
                    account: u32::try_from(account).unwrap_or(u32::MAX),
                    address: u32::try_from(address).unwrap_or(u32::MAX),
                    latest_account,
                    oldest_address,
                })
            }

            async fn clear_login_failures(&self, account_key: &str) -> $crate::Result<()> {
                sqlx::query("DELETE FROM login_failures WHERE account_key = $1")
                    .bind(account_key)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }
        }
    };
}

pub(crate) use impl_store;
