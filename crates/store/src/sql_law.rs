//! The SQL of [`crate::LawStore`]: imported acts and their provisions, and the search over
//! them. Expanded per engine like every store macro (see [`crate::sql`]); full-text search
//! is PostgreSQL's alone.

use frirum_domain::law::{Act, ActKind, Jurisdiction, Section, Subsection};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::StoreError;
use crate::law::{StoredAct, StoredProvision};

pub(crate) const ACT_SELECT: &str = "SELECT a.id, a.jurisdiction, a.official_id, a.kind, \
     a.refid, a.accession_number, a.title, a.short_title, a.abbreviation, a.ministry, \
     a.date_in_force, a.date_signed, a.date_last_change, a.status, a.url, a.in_force, \
     a.imported_at, a.updated_at, \
     (SELECT COUNT(*) FROM provisions p WHERE p.act_id = a.id) AS provision_count \
     FROM acts a";

pub(crate) const PROVISION_SELECT: &str = "SELECT p.id, p.act_id, a.official_id, a.title, \
     a.short_title, a.jurisdiction, a.kind, a.in_force, p.position, p.chapter, \
     p.chapter_heading, p.section, p.label, p.heading, p.subsections \
     FROM provisions p JOIN acts a ON a.id = p.act_id";

/// The address that identifies a section within its act across re-imports.
pub(crate) fn address(section: &Section) -> String {
    match &section.chapter {
        Some(chapter) => format!("{chapter}|{}", section.section),
        None => format!("|{}", section.section),
    }
}

/// Addresses for a document's sections, made unique where an act repeats one (as Swedish
/// texts do for a section with a version in force and a coming one).
pub(crate) fn addresses(sections: &[Section]) -> Vec<String> {
    let mut seen = std::collections::HashMap::<String, u32>::new();
    sections
        .iter()
        .map(|s| {
            let base = address(s);
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            if *n == 1 { base } else { format!("{base}#{n}") }
        })
        .collect()
}

/// A digest of the parsed document, to tell a re-import of the same text.
pub(crate) fn digest(document: &frirum_domain::law::Document) -> Result<String, StoreError> {
    let json = serde_json::to_vec(document).map_err(StoreError::corrupt)?;
    let hash = Sha256::digest(&json);
    Ok(hash.iter().map(|b| format!("{b:02x}")).collect())
}

/// PostgreSQL's text search configuration for a jurisdiction's language, the same one the
/// `search_vector` column of the provisions is generated with.
pub(crate) fn text_search_config(jurisdiction: Jurisdiction) -> &'static str {
    match jurisdiction {
        Jurisdiction::No => "norwegian",
        Jurisdiction::Dk => "danish",
        Jurisdiction::Se => "swedish",
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ActRow {
    id: i64,
    jurisdiction: String,
    official_id: String,
    kind: String,
    refid: Option<String>,
    accession_number: Option<String>,
    title: String,
    short_title: Option<String>,
    abbreviation: Option<String>,
    ministry: Option<String>,
    date_in_force: Option<String>,
    date_signed: Option<String>,
    date_last_change: Option<String>,
    status: Option<String>,
    url: Option<String>,
    in_force: bool,
    imported_at: OffsetDateTime,
    updated_at: OffsetDateTime,
    provision_count: i64,
}

impl ActRow {
    pub(crate) fn into_domain(self) -> Result<StoredAct, StoreError> {
        let jurisdiction: Jurisdiction = self.jurisdiction.parse().map_err(StoreError::corrupt)?;
        let kind: ActKind = self.kind.parse().map_err(StoreError::corrupt)?;
        Ok(StoredAct {
            id: self.id,
            act: Act {
                jurisdiction,
                kind,
                id: self.official_id,
                refid: self.refid,
                accession_number: self.accession_number,
                title: self.title,
                short_title: self.short_title,
                abbreviation: self.abbreviation,
                ministry: self.ministry,
                date_in_force: self.date_in_force,
                date_signed: self.date_signed,
                date_last_change: self.date_last_change,
                status: self.status,
                url: self.url,
                in_force: self.in_force,
            },
            provision_count: crate::sql::count(self.provision_count),
            imported_at: self.imported_at,
            updated_at: self.updated_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ProvisionRow {
    id: i64,
    act_id: i64,
    official_id: String,
    title: String,
    short_title: Option<String>,
    jurisdiction: String,
    kind: String,
    in_force: bool,
    position: i64,
    chapter: Option<String>,
    chapter_heading: Option<String>,
    section: String,
    label: String,
    heading: Option<String>,
    subsections: String,
}

impl ProvisionRow {
    pub(crate) fn into_domain(self) -> Result<StoredProvision, StoreError> {
        let subsections: Vec<Subsection> =
            serde_json::from_str(&self.subsections).map_err(StoreError::corrupt)?;
        Ok(StoredProvision {
            id: self.id,
            act_id: self.act_id,
            act_official_id: self.official_id,
            act_title: self.title,
            act_short_title: self.short_title,
            jurisdiction: self.jurisdiction.parse().map_err(StoreError::corrupt)?,
            act_kind: self.kind.parse().map_err(StoreError::corrupt)?,
            in_force: self.in_force,
            position: u32::try_from(self.position).unwrap_or(u32::MAX),
            section: Section {
                chapter: self.chapter,
                section: self.section,
                label: self.label,
                heading: self.heading,
                subsections,
                chapter_heading: self.chapter_heading,
            },
        })
    }
}

/// Implements [`crate::LawStore`] for a store with a `pool` field, in an engine module with
/// `ENGINE`.
macro_rules! impl_law_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::LawStore for $store {
            async fn import_act(
                &self,
                document: &frirum_domain::law::Document,
                now: time::OffsetDateTime,
            ) -> $crate::Result<$crate::law::ActImportOutcome> {
                use $crate::law::{ActImport, ActImportOutcome};
                let act = &document.act;
                let digest = $crate::sql_law::digest(document)?;
                let provisions = u64::try_from(document.sections.len()).unwrap_or(u64::MAX);
                // The write comes first, so that SQLite takes its write lock at once.
                let mut tx = begin_write(&self.pool).await?;
                let existing: Option<(i64, String)> = sqlx::query_as(
                    "UPDATE acts SET imported_at = $3 \
                     WHERE jurisdiction = $1 AND official_id = $2 RETURNING id, digest",
                )
                .bind(act.jurisdiction.as_str())
                .bind(&act.id)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
                let (act_id, outcome) = match existing {
                    Some((id, old)) if old == digest => {
                        tx.commit().await?;
                        return Ok(ActImportOutcome {
                            act_id: id,
                            outcome: ActImport::Unchanged,
                            provisions,
                        });
                    }
                    Some((id, _)) => {
                        sqlx::query(
                            "UPDATE acts SET kind = $2, refid = $3, accession_number = $4, \
                             title = $5, short_title = $6, abbreviation = $7, ministry = $8, \
                             date_in_force = $9, date_signed = $10, date_last_change = $11, \
                             status = $12, url = $13, in_force = $14, digest = $15, \
                             updated_at = $16 WHERE id = $1",
                        )
                        .bind(id)
                        .bind(act.kind.as_str())
                        .bind(&act.refid)
                        .bind(&act.accession_number)
                        .bind(&act.title)
                        .bind(&act.short_title)
                        .bind(&act.abbreviation)
                        .bind(&act.ministry)
                        .bind(&act.date_in_force)
                        .bind(&act.date_signed)
                        .bind(&act.date_last_change)
                        .bind(&act.status)
                        .bind(&act.url)
                        .bind(act.in_force)
                        .bind(&digest)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                        (id, ActImport::Updated)
                    }
                    None => {
                        let id: i64 = sqlx::query_scalar(
                            "INSERT INTO acts (jurisdiction, official_id, kind, refid, \
                             accession_number, title, short_title, abbreviation, ministry, \
                             date_in_force, date_signed, date_last_change, status, url, \
                             in_force, digest, imported_at, updated_at) \
                             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, \
                             $14, $15, $16, $17, $17) RETURNING id",
                        )
                        .bind(act.jurisdiction.as_str())
                        .bind(&act.id)
                        .bind(act.kind.as_str())
                        .bind(&act.refid)
                        .bind(&act.accession_number)
                        .bind(&act.title)
                        .bind(&act.short_title)
                        .bind(&act.abbreviation)
                        .bind(&act.ministry)
                        .bind(&act.date_in_force)
                        .bind(&act.date_signed)
                        .bind(&act.date_last_change)
                        .bind(&act.status)
                        .bind(&act.url)
                        .bind(act.in_force)
                        .bind(&digest)
                        .bind(now)
                        .fetch_one(&mut *tx)
                        .await?;
                        (id, ActImport::Added)
                    }
                };
                let addresses = $crate::sql_law::addresses(&document.sections);
                // Sections are matched by address, so that their ids (and the links of
                // applications to them) survive an update of the act.
                sqlx::query("UPDATE provisions SET position = -1 - position WHERE act_id = $1")
                    .bind(act_id)
                    .execute(&mut *tx)
                    .await?;
                for (position, (section, address)) in
                    document.sections.iter().zip(&addresses).enumerate()
                {
                    let subsections = serde_json::to_string(&section.subsections)
                        .map_err($crate::StoreError::corrupt)?;
                    sqlx::query(
                        "INSERT INTO provisions (act_id, jurisdiction, address, position, \
                         chapter, chapter_heading, section, label, heading, subsections, body) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                         ON CONFLICT (act_id, address) DO UPDATE SET position = $4, \
                         chapter = $5, chapter_heading = $6, section = $7, label = $8, \
                         heading = $9, subsections = $10, body = $11",
                    )
                    .bind(act_id)
                    .bind(act.jurisdiction.as_str())
                    .bind(address)
                    .bind(i64::try_from(position).unwrap_or(i64::MAX))
                    .bind(&section.chapter)
                    .bind(&section.chapter_heading)
                    .bind(&section.section)
                    .bind(&section.label)
                    .bind(&section.heading)
                    .bind(subsections)
                    .bind($crate::law::section_body(section))
                    .execute(&mut *tx)
                    .await?;
                }
                // What was not in the new text is gone from the act.
                sqlx::query("DELETE FROM provisions WHERE act_id = $1 AND position < 0")
                    .bind(act_id)
                    .execute(&mut *tx)
                    .await?;
                // In the same transaction, so that no reader sees the new text under the old
                // version: every server's search index and citation cache follow this number.
                sqlx::query("UPDATE law_catalogue SET version = version + 1 WHERE id = 1")
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(ActImportOutcome {
                    act_id,
                    outcome,
                    provisions,
                })
            }

            async fn act(&self, id: i64) -> $crate::Result<Option<$crate::law::StoredAct>> {
                let row: Option<$crate::sql_law::ActRow> =
                    sqlx::query_as(&format!("{} WHERE a.id = $1", $crate::sql_law::ACT_SELECT))
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn act_by_official_id(
                &self,
                jurisdiction: frirum_domain::law::Jurisdiction,
                official_id: &str,
            ) -> $crate::Result<Option<$crate::law::StoredAct>> {
                let row: Option<$crate::sql_law::ActRow> = sqlx::query_as(&format!(
                    "{} WHERE a.jurisdiction = $1 AND a.official_id = $2",
                    $crate::sql_law::ACT_SELECT
                ))
                .bind(jurisdiction.as_str())
                .bind(official_id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn list_acts(
                &self,
                jurisdiction: Option<frirum_domain::law::Jurisdiction>,
                page: frirum_domain::PageRequest,
            ) -> $crate::Result<frirum_domain::Page<$crate::law::StoredAct>> {
                let j = jurisdiction.map(|j| j.as_str());
                let total: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM acts WHERE ($1 IS NULL OR jurisdiction = $1)",
                )
                .bind(j)
                .fetch_one(&self.pool)
                .await?;
                let rows: Vec<$crate::sql_law::ActRow> = sqlx::query_as(&format!(
                    "{} WHERE ($1 IS NULL OR a.jurisdiction = $1) \
                     ORDER BY a.jurisdiction, a.title, a.id LIMIT $2 OFFSET $3",
                    $crate::sql_law::ACT_SELECT
                ))
                .bind(j)
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

            async fn all_acts(
                &self,
                jurisdiction: frirum_domain::law::Jurisdiction,
            ) -> $crate::Result<Vec<$crate::law::StoredAct>> {
                let rows: Vec<$crate::sql_law::ActRow> = sqlx::query_as(&format!(
                    "{} WHERE a.jurisdiction = $1 ORDER BY a.id",
                    $crate::sql_law::ACT_SELECT
                ))
                .bind(jurisdiction.as_str())
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn provision(
                &self,
                id: i64,
            ) -> $crate::Result<Option<$crate::law::StoredProvision>> {
                let row: Option<$crate::sql_law::ProvisionRow> = sqlx::query_as(&format!(
                    "{} WHERE p.id = $1",
                    $crate::sql_law::PROVISION_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn provisions_by_ids(
                &self,
                ids: &[i64],
            ) -> $crate::Result<Vec<$crate::law::StoredProvision>> {
                let mut found: Vec<$crate::law::StoredProvision> = Vec::with_capacity(ids.len());
                for chunk in ids.chunks($crate::sql::IN_CHUNK) {
                    let sql = format!(
                        "{} WHERE p.id IN ({})",
                        $crate::sql_law::PROVISION_SELECT,
                        $crate::sql::placeholders(1, chunk.len())
                    );
                    let mut query = sqlx::query_as::<_, $crate::sql_law::ProvisionRow>(&sql);
                    for id in chunk {
                        query = query.bind(*id);
                    }
                    for row in query.fetch_all(&self.pool).await? {
                        found.push(row.into_domain()?);
                    }
                }
                // In the order asked for, each once: callers pass a page of ranked hits.
                found.sort_by_key(|p| ids.iter().position(|id| *id == p.id));
                found.dedup_by_key(|p| p.id);
                Ok(found)
            }

            async fn provisions_of_act(
                &self,
                act_id: i64,
            ) -> $crate::Result<Vec<$crate::law::StoredProvision>> {
                let rows: Vec<$crate::sql_law::ProvisionRow> = sqlx::query_as(&format!(
                    "{} WHERE p.act_id = $1 ORDER BY p.position",
                    $crate::sql_law::PROVISION_SELECT
                ))
                .bind(act_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn provision_at(
                &self,
                act_id: i64,
                chapter: Option<&str>,
                section: &str,
            ) -> $crate::Result<Option<$crate::law::StoredProvision>> {
                let rows: Vec<$crate::sql_law::ProvisionRow> = sqlx::query_as(&format!(
                    "{} WHERE p.act_id = $1 AND p.section = $2 \
                     AND ($3 IS NULL OR p.chapter = $3) ORDER BY p.position LIMIT 2",
                    $crate::sql_law::PROVISION_SELECT
                ))
                .bind(act_id)
                .bind(section)
                .bind(chapter)
                .fetch_all(&self.pool)
                .await?;
                // Without a chapter, a section number that repeats across chapters is
                // ambiguous: better no link than a wrong one.
                if chapter.is_none() && rows.len() > 1 {
                    return Ok(None);
                }
                rows.into_iter().next().map(|r| r.into_domain()).transpose()
            }

            async fn provisions_after(
                &self,
                after_id: i64,
                limit: u32,
            ) -> $crate::Result<Vec<$crate::law::StoredProvision>> {
                let rows: Vec<$crate::sql_law::ProvisionRow> = sqlx::query_as(&format!(
                    "{} WHERE p.id > $1 ORDER BY p.id LIMIT $2",
                    $crate::sql_law::PROVISION_SELECT
                ))
                .bind(after_id)
                .bind(i64::from(limit))
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn provision_count(&self) -> $crate::Result<u64> {
                let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM provisions")
                    .fetch_one(&self.pool)
                    .await?;
                Ok($crate::sql::count(n))
            }

            async fn set_application_provisions(
                &self,
                application_id: i64,
                provision_ids: &[i64],
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                sqlx::query("DELETE FROM application_provisions WHERE application_id = $1")
                    .bind(application_id)
                    .execute(&mut *tx)
                    .await?;
                for id in provision_ids {
                    sqlx::query(
                        "INSERT INTO application_provisions (application_id, provision_id) \
                         SELECT $1, id FROM provisions WHERE id = $2 \
                         ON CONFLICT DO NOTHING",
                    )
                    .bind(application_id)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn exemption_counts(
                &self,
                provision_ids: &[i64],
            ) -> $crate::Result<std::collections::HashMap<i64, u64>> {
                let mut counts = std::collections::HashMap::new();
                for chunk in provision_ids.chunks($crate::sql::IN_CHUNK) {
                    let sql = format!(
                        "SELECT ap.provision_id, COUNT(*) FROM application_provisions ap \
                         JOIN applications a ON a.id = ap.application_id \
                         WHERE a.status = 'submitted' AND ap.provision_id IN ({}) \
                         GROUP BY ap.provision_id",
                        $crate::sql::placeholders(1, chunk.len())
                    );
                    let mut query = sqlx::query_as::<_, (i64, i64)>(&sql);
                    for id in chunk {
                        query = query.bind(*id);
                    }
                    for (id, n) in query.fetch_all(&self.pool).await? {
                        counts.insert(id, $crate::sql::count(n));
                    }
                }
                Ok(counts)
            }

            async fn most_requested_provisions(
                &self,
                jurisdiction: frirum_domain::law::Jurisdiction,
                limit: u32,
            ) -> $crate::Result<Vec<(i64, u64)>> {
                let rows: Vec<(i64, i64)> = sqlx::query_as(
                    "SELECT ap.provision_id, COUNT(*) AS n FROM application_provisions ap \
                     JOIN applications a ON a.id = ap.application_id \
                     JOIN provisions p ON p.id = ap.provision_id \
                     WHERE a.status = 'submitted' AND p.jurisdiction = $1 \
                     GROUP BY ap.provision_id ORDER BY n DESC, ap.provision_id LIMIT $2",
                )
                .bind(jurisdiction.as_str())
                .bind(i64::from(limit))
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, n)| (id, $crate::sql::count(n)))
                    .collect())
            }

            async fn fulltext_search(
                &self,
                jurisdiction: frirum_domain::law::Jurisdiction,
                query: &str,
                limit: u32,
            ) -> $crate::Result<Vec<i64>> {
                // The statement is PostgreSQL's alone; SQLite keeps no tsvector to search.
                if ENGINE != $crate::Backend::Postgres {
                    return Err($crate::StoreError::Unsupported(
                        "full-text search needs PostgreSQL",
                    ));
                }
                let ids: Vec<i64> = sqlx::query_scalar(
                    "SELECT id FROM provisions, websearch_to_tsquery($4::regconfig, $2) q \
                     WHERE jurisdiction = $1 AND search_vector @@ q \
                     ORDER BY ts_rank(search_vector, q) DESC, id LIMIT $3",
                )
                .bind(jurisdiction.as_str())
                .bind(query)
                .bind(i64::from(limit))
                .bind($crate::sql_law::text_search_config(jurisdiction))
                .fetch_all(&self.pool)
                .await?;
                Ok(ids)
            }
        }
    };
}

pub(crate) use impl_law_store;
