//! The law catalogue half of the store: acts and their provisions as imported from the
//! official formats, looked up by id, by official identifier and by address, read in id
//! order for rebuilding the search index, and the platform's own evidence of which
//! provisions applications asked exemption from.

use std::collections::HashMap;

use async_trait::async_trait;
use frirum_domain::law::{Act, Document, Jurisdiction, Section};
use frirum_domain::{Page, PageRequest};
use serde::Serialize;
use time::OffsetDateTime;

use crate::Result;

/// An act as the catalogue keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StoredAct {
    /// The catalogue's own id.
    pub id: i64,
    #[serde(flatten)]
    pub act: Act,
    pub provision_count: u64,
    #[serde(with = "time::serde::rfc3339")]
    pub imported_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// A provision (a section) with what a reader needs to know of its act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StoredProvision {
    pub id: i64,
    pub act_id: i64,
    /// The act's official identifier ("LOV-1999-03-26-17", "lta/2024/62", "2017:725").
    pub act_official_id: String,
    pub act_title: String,
    pub act_short_title: Option<String>,
    pub jurisdiction: Jurisdiction,
    pub act_kind: frirum_domain::law::ActKind,
    pub in_force: bool,
    /// The order of the section in its act.
    pub position: u32,
    #[serde(flatten)]
    pub section: Section,
}

impl StoredProvision {
    /// The whole text of the section: its subsections and items in order.
    pub fn body(&self) -> String {
        section_body(&self.section)
    }
}

/// The text of a section as one string, for search and display.
pub fn section_body(section: &Section) -> String {
    let mut body = String::new();
    for sub in &section.subsections {
        for part in std::iter::once(&sub.text).chain(sub.items.iter().map(|i| &i.text)) {
            if part.is_empty() {
                continue;
            }
            if !body.is_empty() {
                body.push(' ');
            }
            body.push_str(part);
        }
    }
    body
}

/// What importing one document did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActImport {
    Added,
    Updated,
    /// The same text was imported before; nothing changed.
    Unchanged,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ActImportOutcome {
    pub act_id: i64,
    pub outcome: ActImport,
    pub provisions: u64,
}

#[async_trait]
pub trait LawStore: Send + Sync {
    /// Adds or updates an act and its provisions in one transaction. Provisions keep their
    /// ids across re-imports (they are matched by chapter and section); sections that are
    /// gone are removed. Importing the same text again is [`ActImport::Unchanged`]; an act
    /// added or updated counts one more version of the catalogue
    /// ([`crate::LawSyncStore::catalogue_version`]) in the same transaction.
    async fn import_act(
        &self,
        document: &Document,
        now: OffsetDateTime,
    ) -> Result<ActImportOutcome>;

    async fn act(&self, id: i64) -> Result<Option<StoredAct>>;

    async fn act_by_official_id(
        &self,
        jurisdiction: Jurisdiction,
        official_id: &str,
    ) -> Result<Option<StoredAct>>;

    /// Acts by jurisdiction and title.
    async fn list_acts(
        &self,
        jurisdiction: Option<Jurisdiction>,
        page: PageRequest,
    ) -> Result<Page<StoredAct>>;

    /// Every act of a jurisdiction (without paging): the names the citation parser knows.
    async fn all_acts(&self, jurisdiction: Jurisdiction) -> Result<Vec<StoredAct>>;

    async fn provision(&self, id: i64) -> Result<Option<StoredProvision>>;

    /// Several provisions by id, in no particular order; unknown ids are left out.
    async fn provisions_by_ids(&self, ids: &[i64]) -> Result<Vec<StoredProvision>>;

    /// An act's provisions in order.
    async fn provisions_of_act(&self, act_id: i64) -> Result<Vec<StoredProvision>>;

    /// The provision at a chapter and section of an act; the chapter may be left out when
    /// the section number alone is unique in the act (as "§ 9-8" or "54" are).
    async fn provision_at(
        &self,
        act_id: i64,
        chapter: Option<&str>,
        section: &str,
    ) -> Result<Option<StoredProvision>>;

    /// Up to `limit` provisions with ids above `after_id`, in id order: reading the whole
    /// catalogue page by page without holding it in memory.
    async fn provisions_after(&self, after_id: i64, limit: u32) -> Result<Vec<StoredProvision>>;

    async fn provision_count(&self) -> Result<u64>;

    /// Records the provisions an application asks exemption from, replacing what it had.
    async fn set_application_provisions(
        &self,
        application_id: i64,
        provision_ids: &[i64],
    ) -> Result<()>;

    /// How many submitted applications asked exemption from each provision; provisions
    /// nobody asked for are left out.
    async fn exemption_counts(&self, provision_ids: &[i64]) -> Result<HashMap<i64, u64>>;

    /// The provisions that submitted applications asked exemption from most often.
    async fn most_requested_provisions(
        &self,
        jurisdiction: Jurisdiction,
        limit: u32,
    ) -> Result<Vec<(i64, u64)>>;

    /// The ids of up to `limit` provisions of a jurisdiction that match `query` in the
    /// database's own full-text search, best first: PostgreSQL's `websearch_to_tsquery` in
    /// the jurisdiction's language, ranked by `ts_rank`. It is the baseline that Frirum's
    /// search index is benchmarked against, not the way the platform searches. SQLite has no
    /// such search and answers [`crate::StoreError::Unsupported`].
    async fn fulltext_search(
        &self,
        jurisdiction: Jurisdiction,
        query: &str,
        limit: u32,
    ) -> Result<Vec<i64>>;
}
