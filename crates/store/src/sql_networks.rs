//! The SQL of [`crate::NetworkStore`]: networks, their members, trials and reference
//! groups, guidance with its versions, the learning log, and learning questions with the
//! reports' answers. Expanded per engine like every store macro (see [`crate::sql`]).
//!
//! Every write to a network takes the write lock first with a no-op update of the network
//! (`lock_network`), so that SQLite never meets "database is locked" after a read, and
//! changes of one network happen one after another on both engines.

use std::collections::HashMap;

use frirum_domain::network::{
    Entry, GroupKind, GuidanceItem, GuidanceVersion, LearningQuestion, Member, Network,
    NetworkTrial, Person, PublishedEntry, ReferenceMember, Reply, Tag,
};
use time::OffsetDateTime;

use crate::StoreError;

pub(crate) const NETWORK_SELECT: &str = "SELECT n.id, n.scheme_id, s.title AS scheme_title, \
     s.country, s.language, n.theme_id, th.title AS theme_title, n.name, n.purpose, \
     n.coordinator_id, u.name AS coordinator_name, o.name AS coordinator_organisation, \
     n.created_at FROM networks n JOIN schemes s ON s.id = n.scheme_id \
     LEFT JOIN themes th ON th.id = n.theme_id \
     LEFT JOIN users u ON u.id = n.coordinator_id \
     LEFT JOIN organisations o ON o.id = u.organisation_id";

#[derive(sqlx::FromRow)]
pub(crate) struct NetworkRow {
    id: i64,
    scheme_id: i64,
    scheme_title: String,
    country: String,
    language: String,
    theme_id: Option<i64>,
    theme_title: Option<String>,
    name: String,
    purpose: String,
    coordinator_id: Option<i64>,
    coordinator_name: Option<String>,
    coordinator_organisation: Option<String>,
    created_at: OffsetDateTime,
}

impl NetworkRow {
    pub fn into_domain(self) -> Result<Network, StoreError> {
        Ok(Network {
            id: self.id,
            scheme_id: self.scheme_id,
            scheme_title: self.scheme_title,
            country: self.country.parse().map_err(StoreError::corrupt)?,
            language: self.language.parse().map_err(StoreError::corrupt)?,
            theme_id: self.theme_id,
            theme_title: self.theme_title,
            name: self.name,
            purpose: self.purpose,
            coordinator: match (self.coordinator_id, self.coordinator_name) {
                (Some(user_id), Some(name)) => Some(Person {
                    user_id,
                    name,
                    organisation: self.coordinator_organisation,
                }),
                _ => None,
            },
            created_at: self.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ReferenceRow {
    id: i64,
    group_kind: String,
    name: String,
    role_title: String,
    organisation: String,
}

impl ReferenceRow {
    pub fn into_domain(self) -> Result<ReferenceMember, StoreError> {
        Ok(ReferenceMember {
            id: self.id,
            group: self
                .group_kind
                .parse::<GroupKind>()
                .map_err(StoreError::corrupt)?,
            name: self.name,
            role_title: self.role_title,
            organisation: self.organisation,
        })
    }
}

pub(crate) const ITEM_SELECT: &str = "SELECT g.id, g.scheme_id, g.network_id, g.kind, \
     g.question, g.asked_by, u.name AS asked_by_name, o.name AS asked_by_organisation, \
     g.asked_at, g.public FROM guidance_items g LEFT JOIN users u ON u.id = g.asked_by \
     LEFT JOIN organisations o ON o.id = u.organisation_id";

#[derive(sqlx::FromRow)]
pub(crate) struct ItemRow {
    id: i64,
    scheme_id: i64,
    network_id: Option<i64>,
    kind: String,
    question: Option<String>,
    asked_by: Option<i64>,
    asked_by_name: Option<String>,
    asked_by_organisation: Option<String>,
    asked_at: Option<OffsetDateTime>,
    public: bool,
}

pub(crate) const VERSION_SELECT: &str = "SELECT v.item_id, v.version, v.title, v.body, \
     u.name AS author, v.reason, v.at FROM guidance_versions v \
     LEFT JOIN users u ON u.id = v.author_id";

#[derive(sqlx::FromRow)]
pub(crate) struct VersionRow {
    item_id: i64,
    version: i64,
    title: String,
    body: String,
    author: Option<String>,
    reason: Option<String>,
    at: OffsetDateTime,
}

/// Items with their versions (oldest first).
pub(crate) fn into_items(
    items: Vec<ItemRow>,
    versions: Vec<VersionRow>,
) -> Result<Vec<GuidanceItem>, StoreError> {
    let mut by_item: HashMap<i64, Vec<GuidanceVersion>> = HashMap::new();
    for v in versions {
        by_item.entry(v.item_id).or_default().push(GuidanceVersion {
            version: v.version,
            title: v.title,
            body: v.body,
            author: v.author,
            reason: v.reason,
            at: v.at,
        });
    }
    items
        .into_iter()
        .map(|i| {
            let mut versions = by_item.remove(&i.id).unwrap_or_default();
            versions.sort_by_key(|v| v.version);
            Ok(GuidanceItem {
                id: i.id,
                scheme_id: i.scheme_id,
                network_id: i.network_id,
                kind: i.kind.parse().map_err(StoreError::corrupt)?,
                question: i.question,
                asked_by: match (i.asked_by, i.asked_by_name) {
                    (Some(user_id), Some(name)) => Some(Person {
                        user_id,
                        name,
                        organisation: i.asked_by_organisation,
                    }),
                    _ => None,
                },
                asked_at: i.asked_at,
                public: i.public,
                versions,
            })
        })
        .collect()
}

pub(crate) const ENTRY_SELECT: &str = "SELECT e.id, e.network_id, n.name AS network_name, \
     e.author_id, u.name AS author_name, o.name AS author_organisation, e.title, e.tried, \
     e.learned, e.differently, e.created_at, e.published_at FROM learning_entries e \
     JOIN networks n ON n.id = e.network_id JOIN users u ON u.id = e.author_id \
     LEFT JOIN organisations o ON o.id = u.organisation_id";

#[derive(sqlx::FromRow)]
pub(crate) struct EntryRow {
    id: i64,
    network_id: i64,
    network_name: String,
    author_id: i64,
    author_name: String,
    author_organisation: Option<String>,
    title: String,
    tried: String,
    learned: String,
    differently: String,
    created_at: OffsetDateTime,
    published_at: Option<OffsetDateTime>,
}

#[derive(sqlx::FromRow)]
pub(crate) struct TagRow {
    entry_id: i64,
    tag_kind: String,
    target_id: i64,
    label: String,
    trial_id: Option<i64>,
}

#[derive(sqlx::FromRow)]
pub(crate) struct ReplyRow {
    id: i64,
    entry_id: i64,
    author_id: i64,
    author_name: String,
    author_organisation: Option<String>,
    body: String,
    at: OffsetDateTime,
}

/// Entries with their tags and replies, keeping the entries' order; each with the name of
/// its network.
pub(crate) fn into_entries(
    entries: Vec<EntryRow>,
    tags: Vec<TagRow>,
    replies: Vec<ReplyRow>,
) -> Result<Vec<PublishedEntry>, StoreError> {
    let mut tags_of: HashMap<i64, Vec<Tag>> = HashMap::new();
    for t in tags {
        tags_of.entry(t.entry_id).or_default().push(Tag {
            kind: t.tag_kind.parse().map_err(StoreError::corrupt)?,
            id: t.target_id,
            label: t.label,
            trial_id: t.trial_id,
        });
    }
    let mut replies_of: HashMap<i64, Vec<Reply>> = HashMap::new();
    for r in replies {
        replies_of.entry(r.entry_id).or_default().push(Reply {
            id: r.id,
            author: Person {
                user_id: r.author_id,
                name: r.author_name,
                organisation: r.author_organisation,
            },
            body: r.body,
            at: r.at,
        });
    }
    Ok(entries
        .into_iter()
        .map(|e| PublishedEntry {
            network_id: e.network_id,
            network_name: e.network_name,
            entry: Entry {
                id: e.id,
                network_id: e.network_id,
                author: Person {
                    user_id: e.author_id,
                    name: e.author_name,
                    organisation: e.author_organisation,
                },
                title: e.title,
                tried: e.tried,
                learned: e.learned,
                differently: e.differently,
                created_at: e.created_at,
                published_at: e.published_at,
                tags: tags_of.remove(&e.id).unwrap_or_default(),
                replies: replies_of.remove(&e.id).unwrap_or_default(),
            },
        })
        .collect())
}

#[derive(sqlx::FromRow)]
pub(crate) struct MemberRow {
    organisation_id: i64,
    name: String,
}

impl From<MemberRow> for Member {
    fn from(r: MemberRow) -> Self {
        Member {
            organisation_id: r.organisation_id,
            name: r.name,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct NetworkTrialRow {
    trial_id: i64,
    title: String,
    status: String,
}

impl From<NetworkTrialRow> for NetworkTrial {
    fn from(r: NetworkTrialRow) -> Self {
        NetworkTrial {
            trial_id: r.trial_id,
            title: r.title,
            status: r.status,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct QuestionRow {
    id: i64,
    trial_id: i64,
    position: i64,
    question: String,
}

impl From<QuestionRow> for LearningQuestion {
    fn from(r: QuestionRow) -> Self {
        LearningQuestion {
            id: r.id,
            trial_id: r.trial_id,
            position: r.position,
            question: r.question,
        }
    }
}

/// Implements [`crate::NetworkStore`] for a store type with a `pool` field.
macro_rules! impl_network_store {
    ($store:ty) => {
        /// Journals a change of a network on its case and commits the transaction.
        async fn network_journal_commit(
            mut tx: Tx<'_>,
            network_id: i64,
            actor: &frirum_domain::journal::Actor<'_>,
            action: &str,
            changes: serde_json::Value,
        ) -> $crate::Result<()> {
            append_journal(
                &mut tx,
                frirum_domain::journal::CaseKind::Network,
                network_id,
                actor,
                action,
                changes,
            )
            .await?;
            tx.commit().await?;
            Ok(())
        }

        /// Takes the write lock and serialises the network's changes; `NotFound` if missing.
        async fn lock_network(tx: &mut Tx<'_>, id: i64) -> $crate::Result<()> {
            let done = sqlx::query("UPDATE networks SET updated_at = updated_at WHERE id = $1")
                .bind(id)
                .execute(&mut **tx)
                .await?;
            if done.rows_affected() == 0 {
                return Err($crate::StoreError::NotFound);
            }
            Ok(())
        }

        /// The network an entry is in, locked; `NotFound` if the entry is missing.
        async fn lock_entry_network(tx: &mut Tx<'_>, entry_id: i64) -> $crate::Result<i64> {
            let network: Option<i64> = sqlx::query_scalar(
                "UPDATE networks SET updated_at = updated_at \
                 WHERE id = (SELECT network_id FROM learning_entries WHERE id = $1) RETURNING id",
            )
            .bind(entry_id)
            .fetch_optional(&mut **tx)
            .await?;
            network.ok_or($crate::StoreError::NotFound)
        }

        async fn insert_network_links(
            tx: &mut Tx<'_>,
            network_id: i64,
            organisation_ids: &[i64],
            trial_ids: &[i64],
        ) -> $crate::Result<()> {
            for id in organisation_ids {
                sqlx::query(
                    "INSERT INTO network_members (network_id, organisation_id) VALUES ($1, $2)",
                )
                .bind(network_id)
                .bind(id)
                .execute(&mut **tx)
                .await?;
            }
            for id in trial_ids {
                sqlx::query("INSERT INTO network_trials (network_id, trial_id) VALUES ($1, $2)")
                    .bind(network_id)
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
            }
            Ok(())
        }

        /// Entries matching a condition on `e` with one bound id, with tags and replies.
        async fn entries_where(
            pool: &sqlx::Pool<Db>,
            condition: &str,
            id: i64,
        ) -> $crate::Result<Vec<frirum_domain::network::PublishedEntry>> {
            let entries: Vec<$crate::sql_networks::EntryRow> = sqlx::query_as(&format!(
                "{} WHERE e.hidden = FALSE AND ({condition}) ORDER BY e.id DESC",
                $crate::sql_networks::ENTRY_SELECT
            ))
            .bind(id)
            .fetch_all(pool)
            .await?;
            let ids = format!(
                "SELECT e.id FROM learning_entries e WHERE e.hidden = FALSE AND ({condition})"
            );
            let tags: Vec<$crate::sql_networks::TagRow> = sqlx::query_as(&format!(
                "SELECT entry_id, tag_kind, target_id, label, trial_id FROM learning_entry_tags \
                 WHERE entry_id IN ({ids}) ORDER BY tag_kind, label"
            ))
            .bind(id)
            .fetch_all(pool)
            .await?;
            let replies: Vec<$crate::sql_networks::ReplyRow> = sqlx::query_as(&format!(
                "SELECT r.id, r.entry_id, r.author_id, u.name AS author_name, \
                 o.name AS author_organisation, r.body, r.at FROM learning_replies r \
                 JOIN users u ON u.id = r.author_id \
                 LEFT JOIN organisations o ON o.id = u.organisation_id \
                 WHERE r.hidden = FALSE AND r.entry_id IN ({ids}) ORDER BY r.id"
            ))
            .bind(id)
            .fetch_all(pool)
            .await?;
            $crate::sql_networks::into_entries(entries, tags, replies)
        }

        /// Guidance items matching a condition on `g` with two bound ids.
        async fn guidance_where(
            pool: &sqlx::Pool<Db>,
            condition: &str,
            a: i64,
            b: i64,
        ) -> $crate::Result<Vec<frirum_domain::network::GuidanceItem>> {
            let items: Vec<$crate::sql_networks::ItemRow> = sqlx::query_as(&format!(
                "{} WHERE {condition} ORDER BY g.kind, g.id DESC",
                $crate::sql_networks::ITEM_SELECT
            ))
            .bind(a)
            .bind(b)
            .fetch_all(pool)
            .await?;
            let versions: Vec<$crate::sql_networks::VersionRow> = sqlx::query_as(&format!(
                "{} WHERE v.item_id IN (SELECT g.id FROM guidance_items g WHERE {condition}) \
                 ORDER BY v.item_id, v.version",
                $crate::sql_networks::VERSION_SELECT
            ))
            .bind(a)
            .bind(b)
            .fetch_all(pool)
            .await?;
            $crate::sql_networks::into_items(items, versions)
        }

        #[async_trait::async_trait]
        impl $crate::NetworkStore for $store {
            async fn create_network(
                &self,
                network: &frirum_domain::network::NewNetwork,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<i64> {
                let mut tx = begin_write(&self.pool).await?;
                // The write lock first, then the scheme must exist.
                let scheme: Option<i64> = sqlx::query_scalar(
                    "UPDATE schemes SET updated_at = updated_at WHERE id = $1 RETURNING id",
                )
                .bind(network.scheme_id)
                .fetch_optional(&mut *tx)
                .await?;
                if scheme.is_none() {
                    return Err($crate::StoreError::NotFound);
                }
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO networks (scheme_id, theme_id, name, purpose, coordinator_id, \
                     created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
                )
                .bind(network.scheme_id)
                .bind(network.theme_id)
                .bind(&network.name)
                .bind(&network.purpose)
                .bind(network.coordinator_id)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                insert_network_links(&mut tx, id, &network.member_ids, &network.trial_ids)
                    .await?;
                network_journal_commit(
                    tx,
                    id,
                    &actor,
                    "network.created",
                    serde_json::json!({
                        "scheme_id": network.scheme_id,
                        "theme_id": network.theme_id,
                        "name": network.name,
                        "coordinator_id": network.coordinator_id,
                        "organisation_ids": network.member_ids,
                        "trial_ids": network.trial_ids,
                    }),
                )
                .await?;
                Ok(id)
            }

            async fn networks(
                &self,
            ) -> $crate::Result<Vec<frirum_domain::network::Network>> {
                let rows: Vec<$crate::sql_networks::NetworkRow> = sqlx::query_as(&format!(
                    "{} ORDER BY n.scheme_id, n.name, n.id",
                    $crate::sql_networks::NETWORK_SELECT
                ))
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn network(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::network::Network>> {
                let row: Option<$crate::sql_networks::NetworkRow> = sqlx::query_as(&format!(
                    "{} WHERE n.id = $1",
                    $crate::sql_networks::NETWORK_SELECT
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|r| r.into_domain()).transpose()
            }

            async fn network_members(
                &self,
                network_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::network::Member>> {
                let rows: Vec<$crate::sql_networks::MemberRow> = sqlx::query_as(
                    "SELECT o.id AS organisation_id, o.name FROM network_members m \
                     JOIN organisations o ON o.id = m.organisation_id \
                     WHERE m.network_id = $1 ORDER BY o.name, o.id",
                )
                .bind(network_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn network_trials(
                &self,
                network_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::network::NetworkTrial>> {
                let rows: Vec<$crate::sql_networks::NetworkTrialRow> = sqlx::query_as(
                    "SELECT t.id AS trial_id, t.title, COALESCE(s.status, t.status) AS status \
                     FROM network_trials nt JOIN trials t ON t.id = nt.trial_id \
                     LEFT JOIN trial_states s ON s.trial_id = t.id \
                     WHERE nt.network_id = $1 ORDER BY t.title, t.id",
                )
                .bind(network_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn set_network_members(
                &self,
                network_id: i64,
                organisation_ids: &[i64],
                trial_ids: &[i64],
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                lock_network(&mut tx, network_id).await?;
                sqlx::query("DELETE FROM network_members WHERE network_id = $1")
                    .bind(network_id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM network_trials WHERE network_id = $1")
                    .bind(network_id)
                    .execute(&mut *tx)
                    .await?;
                insert_network_links(&mut tx, network_id, organisation_ids, trial_ids).await?;
                network_journal_commit(
                    tx,
                    network_id,
                    &actor,
                    "network.members_changed",
                    serde_json::json!({
                        "organisation_ids": organisation_ids,
                        "trial_ids": trial_ids,
                    }),
                )
                .await?;
                Ok(())
            }

            async fn reference_members(
                &self,
                network_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::network::ReferenceMember>> {
                let rows: Vec<$crate::sql_networks::ReferenceRow> = sqlx::query_as(
                    "SELECT id, group_kind, name, role_title, organisation \
                     FROM network_reference_members WHERE network_id = $1 \
                     ORDER BY CASE group_kind WHEN 'political' THEN 0 ELSE 1 END, id",
                )
                .bind(network_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(|r| r.into_domain()).collect()
            }

            async fn add_reference_member(
                &self,
                network_id: i64,
                member: &frirum_domain::network::NewReferenceMember,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<i64> {
                let mut tx = begin_write(&self.pool).await?;
                lock_network(&mut tx, network_id).await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO network_reference_members (network_id, group_kind, name, \
                     role_title, organisation, added_at) VALUES ($1, $2, $3, $4, $5, $6) \
                     RETURNING id",
                )
                .bind(network_id)
                .bind(member.group.as_str())
                .bind(&member.name)
                .bind(&member.role_title)
                .bind(&member.organisation)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                network_journal_commit(
                    tx,
                    network_id,
                    &actor,
                    "network.reference_member_added",
                    serde_json::json!({
                        "member_id": id,
                        "group": member.group.as_str(),
                        "name": member.name,
                        "role_title": member.role_title,
                        "organisation": member.organisation,
                    }),
                )
                .await?;
                Ok(id)
            }

            async fn remove_reference_member(
                &self,
                network_id: i64,
                member_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                lock_network(&mut tx, network_id).await?;
                let removed = sqlx::query(
                    "DELETE FROM network_reference_members WHERE id = $1 AND network_id = $2",
                )
                .bind(member_id)
                .bind(network_id)
                .execute(&mut *tx)
                .await?;
                if removed.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound);
                }
                network_journal_commit(
                    tx,
                    network_id,
                    &actor,
                    "network.reference_member_removed",
                    serde_json::json!({ "member_id": member_id }),
                )
                .await?;
                Ok(())
            }

            async fn add_guidance(
                &self,
                item: &$crate::networks::GuidanceWrite<'_>,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<i64> {
                use frirum_domain::journal::CaseKind;
                let mut tx = begin_write(&self.pool).await?;
                let (kind, case_id) = match item.network_id {
                    Some(network_id) => {
                        lock_network(&mut tx, network_id).await?;
                        (CaseKind::Network, network_id)
                    }
                    None => {
                        let scheme: Option<i64> = sqlx::query_scalar(
                            "UPDATE schemes SET updated_at = updated_at WHERE id = $1 \
                             RETURNING id",
                        )
                        .bind(item.scheme_id)
                        .fetch_optional(&mut *tx)
                        .await?;
                        (CaseKind::Scheme, scheme.ok_or($crate::StoreError::NotFound)?)
                    }
                };
                let asked = item.question.is_some();
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO guidance_items (scheme_id, network_id, kind, question, \
                     asked_by, asked_at, public, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                )
                .bind(item.scheme_id)
                .bind(item.network_id)
                .bind(item.kind.as_str())
                .bind(item.question)
                .bind(if asked { actor.user_id } else { None })
                .bind(asked.then_some(actor.at))
                .bind(item.kind == frirum_domain::network::GuidanceKind::Article)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                if let Some(text) = item.text {
                    sqlx::query(
                        "INSERT INTO guidance_versions (item_id, version, title, body, \
                         author_id, reason, at) VALUES ($1, 1, $2, $3, $4, $5, $6)",
                    )
                    .bind(id)
                    .bind(&text.title)
                    .bind(&text.body)
                    .bind(actor.user_id)
                    .bind(text.reason.as_deref())
                    .bind(actor.at)
                    .execute(&mut *tx)
                    .await?;
                }
                let action = if asked {
                    "network.question_asked"
                } else {
                    "network.guidance_written"
                };
                append_journal(
                    &mut tx,
                    kind,
                    case_id,
                    &actor,
                    action,
                    serde_json::json!({
                        "guidance_id": id,
                        "network_id": item.network_id,
                        "title": item.text.map(|t| t.title.as_str()),
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn add_guidance_version(
                &self,
                item_id: i64,
                text: &frirum_domain::network::GuidanceText,
                public: bool,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<i64> {
                use frirum_domain::journal::CaseKind;
                let mut tx = begin_write(&self.pool).await?;
                let item: Option<(Option<i64>, i64)> = sqlx::query_as(
                    "UPDATE guidance_items SET public = $2 WHERE id = $1 \
                     RETURNING network_id, scheme_id",
                )
                .bind(item_id)
                .bind(public)
                .fetch_optional(&mut *tx)
                .await?;
                let (network_id, scheme_id) = item.ok_or($crate::StoreError::NotFound)?;
                let version: i64 = sqlx::query_scalar(
                    "SELECT COALESCE(MAX(version), 0) + 1 FROM guidance_versions \
                     WHERE item_id = $1",
                )
                .bind(item_id)
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO guidance_versions (item_id, version, title, body, author_id, \
                     reason, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(item_id)
                .bind(version)
                .bind(&text.title)
                .bind(&text.body)
                .bind(actor.user_id)
                .bind(text.reason.as_deref())
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                let (kind, case_id) = match network_id {
                    Some(id) => (CaseKind::Network, id),
                    None => (CaseKind::Scheme, scheme_id),
                };
                append_journal(
                    &mut tx,
                    kind,
                    case_id,
                    &actor,
                    "network.guidance_version",
                    serde_json::json!({
                        "guidance_id": item_id,
                        "version": version,
                        "title": text.title,
                        "public": public,
                    }),
                )
                .await?;
                tx.commit().await?;
                Ok(version)
            }

            async fn network_guidance(
                &self,
                network_id: i64,
                scheme_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::network::GuidanceItem>> {
                guidance_where(
                    &self.pool,
                    "g.network_id = $1 OR (g.network_id IS NULL AND g.scheme_id = $2)",
                    network_id,
                    scheme_id,
                )
                .await
            }

            async fn guidance_item(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::network::GuidanceItem>> {
                Ok(guidance_where(&self.pool, "g.id = $1 AND g.id = $2", id, id)
                    .await?
                    .pop())
            }

            async fn add_entry(
                &self,
                entry: &$crate::networks::EntryWrite<'_>,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<i64> {
                let mut tx = begin_write(&self.pool).await?;
                lock_network(&mut tx, entry.network_id).await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO learning_entries (network_id, author_id, title, tried, \
                     learned, differently, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                     RETURNING id",
                )
                .bind(entry.network_id)
                .bind(entry.author_id)
                .bind(entry.title)
                .bind(entry.tried)
                .bind(entry.learned)
                .bind(entry.differently)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                for tag in entry.tags {
                    sqlx::query(
                        "INSERT INTO learning_entry_tags (entry_id, tag_kind, target_id, \
                         label, trial_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(tag.kind.as_str())
                    .bind(tag.id)
                    .bind(&tag.label)
                    .bind(tag.trial_id)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(id)
            }

            async fn network_entries(
                &self,
                network_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::network::Entry>> {
                Ok(entries_where(&self.pool, "e.network_id = $1", network_id)
                    .await?
                    .into_iter()
                    .map(|p| p.entry)
                    .collect())
            }

            async fn entry(
                &self,
                id: i64,
            ) -> $crate::Result<Option<frirum_domain::network::Entry>> {
                Ok(entries_where(&self.pool, "e.id = $1", id)
                    .await?
                    .pop()
                    .map(|p| p.entry))
            }

            async fn publish_entry(
                &self,
                entry_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<bool> {
                let mut tx = begin_write(&self.pool).await?;
                let network_id = lock_entry_network(&mut tx, entry_id).await?;
                let done = sqlx::query(
                    "UPDATE learning_entries SET published_at = $2 \
                     WHERE id = $1 AND published_at IS NULL",
                )
                .bind(entry_id)
                .bind(actor.at)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Ok(false);
                }
                network_journal_commit(
                    tx,
                    network_id,
                    &actor,
                    "network.entry_published",
                    serde_json::json!({ "entry_id": entry_id }),
                )
                .await?;
                Ok(true)
            }

            async fn hide_entry(
                &self,
                entry_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                let network_id = lock_entry_network(&mut tx, entry_id).await?;
                sqlx::query("UPDATE learning_entries SET hidden = TRUE WHERE id = $1")
                    .bind(entry_id)
                    .execute(&mut *tx)
                    .await?;
                network_journal_commit(
                    tx,
                    network_id,
                    &actor,
                    "network.entry_hidden",
                    serde_json::json!({ "entry_id": entry_id }),
                )
                .await?;
                Ok(())
            }

            async fn add_reply(
                &self,
                entry_id: i64,
                author_id: i64,
                body: &str,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<i64> {
                let mut tx = begin_write(&self.pool).await?;
                lock_entry_network(&mut tx, entry_id).await?;
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO learning_replies (entry_id, author_id, body, at) \
                     VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(entry_id)
                .bind(author_id)
                .bind(body)
                .bind(actor.at)
                .fetch_one(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn hide_reply(
                &self,
                entry_id: i64,
                reply_id: i64,
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                let network_id = lock_entry_network(&mut tx, entry_id).await?;
                let done = sqlx::query(
                    "UPDATE learning_replies SET hidden = TRUE WHERE id = $1 AND entry_id = $2",
                )
                .bind(reply_id)
                .bind(entry_id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound);
                }
                network_journal_commit(
                    tx,
                    network_id,
                    &actor,
                    "network.reply_hidden",
                    serde_json::json!({ "entry_id": entry_id, "reply_id": reply_id }),
                )
                .await?;
                Ok(())
            }

            async fn published_entries_of_trial(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::network::PublishedEntry>> {
                entries_where(
                    &self.pool,
                    "e.published_at IS NOT NULL AND e.id IN (SELECT entry_id \
                     FROM learning_entry_tags WHERE (tag_kind = 'trial' AND target_id = $1) \
                     OR (tag_kind = 'indicator' AND trial_id = $1))",
                    trial_id,
                )
                .await
            }

            async fn learning_questions(
                &self,
                trial_id: i64,
            ) -> $crate::Result<Vec<frirum_domain::network::LearningQuestion>> {
                let rows: Vec<$crate::sql_networks::QuestionRow> = sqlx::query_as(
                    "SELECT id, trial_id, position, question FROM learning_questions \
                     WHERE trial_id = $1 ORDER BY position, id",
                )
                .bind(trial_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn set_learning_questions(
                &self,
                trial_id: i64,
                questions: &[String],
                actor: frirum_domain::journal::Actor<'_>,
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                let application_id = lock_trial(&mut tx, trial_id).await?;
                sqlx::query("DELETE FROM learning_questions WHERE trial_id = $1")
                    .bind(trial_id)
                    .execute(&mut *tx)
                    .await?;
                for (position, question) in questions.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO learning_questions (trial_id, position, question) \
                         VALUES ($1, $2, $3)",
                    )
                    .bind(trial_id)
                    .bind(position as i64 + 1)
                    .bind(question)
                    .execute(&mut *tx)
                    .await?;
                }
                append_journal(
                    &mut tx,
                    frirum_domain::journal::CaseKind::Application,
                    application_id,
                    &actor,
                    "trial.learning_questions_set",
                    serde_json::json!({ "trial_id": trial_id, "questions": questions }),
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn report_learning_answers(
                &self,
                report_id: i64,
            ) -> $crate::Result<Vec<(i64, String)>> {
                Ok(sqlx::query_as(
                    "SELECT question_id, answer FROM report_learning_answers \
                     WHERE report_id = $1 ORDER BY question_id",
                )
                .bind(report_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn save_learning_answers(
                &self,
                report_id: i64,
                answers: &[(i64, String)],
            ) -> $crate::Result<()> {
                let mut tx = begin_write(&self.pool).await?;
                sqlx::query("DELETE FROM report_learning_answers WHERE report_id = $1")
                    .bind(report_id)
                    .execute(&mut *tx)
                    .await?;
                for (question_id, answer) in answers {
                    sqlx::query(
                        "INSERT INTO report_learning_answers (report_id, question_id, answer) \
                         VALUES ($1, $2, $3)",
                    )
                    .bind(report_id)
                    .bind(question_id)
                    .bind(answer)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }
        }
    };
}

pub(crate) use impl_network_store;
