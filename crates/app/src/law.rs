//! The rule finder: the law catalogue in the store, its search index, and the citation
//! parser, put together. It imports documents, rebuilds the index from the store, resolves
//! citations to provisions, searches, and suggests the provisions that probably stand in
//! the way of an idea described in plain words, each with its reason. It knows no HTTP and
//! asks no one's rights: the command line uses it directly, the pages and the API through
//! the use cases of `catalogue`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use frirum_domain::application::ApplicationContent;
use frirum_domain::exemptibility::{self, NotExemptible};
use frirum_domain::law::{Act, Jurisdiction};
use frirum_law::cite::{self, Citation, KnownAct, MemoryIndex};
use frirum_law::formats::{self, Format, LawError};
use frirum_law::search::{Hit, LawIndex, ProvisionDoc, SearchError, SearchQuery};
use frirum_store::law::{ActImport, StoredProvision};
use frirum_store::{Store, StoreError};
use serde::Serialize;
use time::OffsetDateTime;

/// Why the rule finder could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum RuleFinderError {
    #[error("the query has no searchable words")]
    EmptyQuery,
    #[error(transparent)]
    Search(SearchError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Law(#[from] LawError),
    #[error("the index task failed: {0}")]
    Task(String),
}

impl From<SearchError> for RuleFinderError {
    fn from(err: SearchError) -> Self {
        match err {
            SearchError::EmptyQuery => RuleFinderError::EmptyQuery,
            other => RuleFinderError::Search(other),
        }
    }
}

/// The longest text the rule finder reads for one request: a long application, not a book.
/// Suggestions and searches read this much of a longer text; a request to cite a longer
/// text is refused (the command line cites a text of any length).
pub const MAX_TEXT_CHARS: usize = 100_000;

/// What an import did, document by document.
#[derive(Debug, Default, Clone, Serialize)]
pub struct ImportReport {
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub provisions: u64,
    /// Documents that could not be read, with the reason; the others were imported.
    pub skipped: Vec<(String, String)>,
}

/// A search hit with its provision.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FoundProvision {
    pub provision: StoredProvision,
    pub score: f32,
    pub snippet: String,
    pub highlights: Vec<(usize, usize)>,
}

/// Why a provision is suggested.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Reason {
    /// Words of the description that the provision's text matched.
    Words { terms: Vec<String> },
    /// The description cites the provision.
    Cited { text: String },
    /// Submitted applications on this platform asked exemption from it.
    AskedFor { applications: u64 },
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Suggestion {
    pub provision: StoredProvision,
    pub score: f32,
    pub reasons: Vec<Reason>,
    /// Why the scheme's law puts the provision beyond a trial, when it does: shown with
    /// it, never left for the applicant to find out at the screening.
    pub not_exemptible: Option<NotExemptible>,
    /// Whether the application the suggestions are for already asks exemption from it
    /// (always false outside an application).
    pub in_application: bool,
}

impl Suggestion {
    /// Whether only one word of the description matched the suggestion and the description
    /// does not cite it. Such a provision may share only a common word with the idea, so
    /// the finder says so beside it rather than let it look as sure as the others; that
    /// other applications asked for it says nothing about this idea, so it does not count.
    pub fn rests_on_one_word(&self) -> bool {
        rests_on_one_word(&self.reasons)
    }
}

fn rests_on_one_word(reasons: &[Reason]) -> bool {
    let mut words = 0;
    for reason in reasons {
        match reason {
            Reason::Words { terms } => words += terms.len(),
            Reason::Cited { .. } => return false,
            Reason::AskedFor { .. } => {}
        }
    }
    words == 1
}

/// A citation found in a text, with the catalogue's act and provision when it resolves.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResolvedCitation {
    #[serde(flatten)]
    pub citation: Citation,
    /// The catalogue's id of the act, when it is in the catalogue.
    pub act_catalogue_id: Option<i64>,
    /// The provision cited, when the act and the section are in the catalogue.
    pub provision_id: Option<i64>,
    /// Why the scheme's law puts the cited act beyond a trial, when it does: the screening
    /// shows it, so that nobody approves an exemption the law cannot give.
    pub not_exemptible: Option<NotExemptible>,
}

/// The rule finder over one store and one search index.
pub struct RuleFinder {
    index: Arc<LawIndex>,
    /// Counts the index's rebuilds: the catalogue as this finder last saw it.
    generation: AtomicU64,
    /// The acts of each jurisdiction as the citation parser knows them, read from the store
    /// once rather than on every suggestion, with the generation and catalogue version they
    /// were read at.
    citations: Mutex<HashMap<Jurisdiction, CachedCitations>>,
}

/// The citation index of one jurisdiction and, per official id, the catalogue id of each act
/// with what the scheme's law says of exempting from it (read from its title once here).
type CitationIndex = Arc<(MemoryIndex, HashMap<String, (i64, Option<NotExemptible>)>)>;

/// A [`CitationIndex`] with what it was read at: the finder's generation and the
/// catalogue's version, so that acts imported past the finder (by another server) are seen too.
struct CachedCitations {
    generation: u64,
    version: i64,
    index: CitationIndex,
}

impl std::fmt::Debug for RuleFinder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuleFinder")
            .field("provisions", &self.index.len())
            .finish()
    }
}

/// The citation parser's view of an act: its names and the number citations use.
pub fn known_act(act: &Act) -> KnownAct {
    let mut names = vec![act.title.clone()];
    names.extend(act.short_title.clone());
    names.extend(act.abbreviation.clone());
    // "Socialtjänstlag (2001:453)" and "Lov om barnehager (barnehageloven)" are cited
    // without the parenthesis, and the latter also by what is inside it.
    if let Some((bare, rest)) = act.title.split_once(" (") {
        names.push(bare.trim().to_owned());
        let inner = rest.trim_end_matches(')').trim();
        if !inner.is_empty() && !inner.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            names.push(inner.to_owned());
        }
    }
    // A Danish consolidation ("Bekendtgørelse af lov om social service") is cited by the
    // act it consolidates ("lov om social service").
    for prefix in ["Bekendtgørelse af ", "bekendtgørelse af "] {
        if let Some(consolidated) = act.title.strip_prefix(prefix) {
            names.push(consolidated.trim().to_owned());
        }
    }
    let (date, number) = match act.jurisdiction {
        // "LOV-1999-03-26-17": the date and the number are in the id.
        Jurisdiction::No => {
            let parts: Vec<&str> = act.id.splitn(5, '-').collect();
            match parts.as_slice() {
                [_, y, m, d, n] => (
                    Some(format!("{y}-{m}-{d}")),
                    Some(n.trim_start_matches('0').to_owned()),
                ),
                _ => (act.date_signed.clone(), None),
            }
        }
        // "lta/2024/62": the number is the last part; the date is the signing date.
        Jurisdiction::Dk => (
            act.date_signed.clone(),
            act.id.rsplit('/').next().map(str::to_owned),
        ),
        Jurisdiction::Se => (act.date_signed.clone(), Some(act.id.clone())),
    };
    KnownAct {
        id: act.id.clone(),
        jurisdiction: act.jurisdiction,
        names,
        date,
        number,
    }
}

fn provision_doc(p: &StoredProvision) -> ProvisionDoc {
    ProvisionDoc {
        provision_id: p.id,
        act_id: p.act_official_id.clone(),
        jurisdiction: p.jurisdiction,
        kind: p.act_kind,
        in_force: p.in_force,
        act_title: p.act_title.clone(),
        act_short_title: p.act_short_title.clone(),
        label: p.section.label.clone(),
        chapter: p.section.chapter.clone(),
        heading: p.section.heading.clone(),
        text: p.body(),
    }
}

fn truncate(text: &str) -> &str {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// How an index records the catalogue version it was built from, and the version of the
/// analysis it was built with (an index from before an analyser change is rebuilt).
fn version_label(version: i64) -> String {
    format!(
        "catalogue-version {version} index-version {}",
        frirum_law::search::INDEX_VERSION
    )
}

impl RuleFinder {
    /// A rule finder with its index in `dir` (created when missing), or in memory.
    pub fn open(dir: Option<&Path>) -> Result<Self, RuleFinderError> {
        let index = match dir {
            Some(dir) => {
                std::fs::create_dir_all(dir).map_err(SearchError::Io)?;
                LawIndex::open_or_create(dir)?
            }
            None => LawIndex::in_memory()?,
        };
        Ok(RuleFinder {
            index: Arc::new(index),
            generation: AtomicU64::new(0),
            citations: Mutex::new(HashMap::new()),
        })
    }

    /// How many provisions the index holds.
    pub fn indexed(&self) -> u64 {
        self.index.len()
    }

    /// Rebuilds the index from the catalogue in the store, labelled with the catalogue's
    /// version read before the provisions (an import meanwhile moves the version past the
    /// label, so the index is rebuilt again rather than taken as current).
    pub async fn reindex(&self, store: &dyn Store) -> Result<u64, RuleFinderError> {
        let label = version_label(store.catalogue_version().await?);
        let mut docs = Vec::new();
        let mut after = 0;
        loop {
            let page = store.provisions_after(after, 5_000).await?;
            let Some(last) = page.last() else { break };
            after = last.id;
            docs.extend(page.iter().map(provision_doc));
        }
        let index = self.index.clone();
        let stats = tokio::task::spawn_blocking(move || index.rebuild_labelled(docs, Some(&label)))
            .await
            .map_err(|e| RuleFinderError::Task(e.to_string()))??;
        self.generation.fetch_add(1, Ordering::SeqCst);
        Ok(stats.provisions)
    }

    /// Rebuilds the index when it does not hold what the store holds: a new database, or a
    /// catalogue changed while this index was elsewhere or its server stopped (another
    /// server's import, also one that kept the number of provisions), told by the catalogue
    /// version the index was built from.
    pub async fn ensure_index(&self, store: &dyn Store) -> Result<(), RuleFinderError> {
        let current = version_label(store.catalogue_version().await?);
        if store.provision_count().await? != self.index.len()
            || self.index.label()?.as_deref() != Some(current.as_str())
        {
            self.reindex(store).await?;
        }
        Ok(())
    }

    /// Imports every document under the paths (files, folders, `.tar.bz2` and `.zip`
    /// archives) into the store, reporting what could not be read, then rebuilds the index.
    pub async fn import(
        &self,
        store: &dyn Store,
        paths: &[PathBuf],
        format: Option<Format>,
        now: OffsetDateTime,
    ) -> Result<ImportReport, RuleFinderError> {
        let mut report = ImportReport::default();
        for path in paths {
            // Reading and parsing is blocking work; the documents come back in order.
            let (tx, mut rx) = tokio::sync::mpsc::channel(64);
            let path = path.clone();
            let reader = tokio::task::spawn_blocking(move || {
                formats::source::read_path(&path, format, |name, result| {
                    let _ = tx.blocking_send((name, result));
                })
            });
            while let Some((name, result)) = rx.recv().await {
                match result {
                    Ok(document) => {
                        let outcome = store.import_act(&document, now).await?;
                        report.provisions += outcome.provisions;
                        match outcome.outcome {
                            ActImport::Added => report.added += 1,
                            ActImport::Updated => report.updated += 1,
                            ActImport::Unchanged => report.unchanged += 1,
                        }
                    }
                    Err(e) => report.skipped.push((name, e.to_string())),
                }
            }
            reader
                .await
                .map_err(|e| RuleFinderError::Task(e.to_string()))??;
        }
        // Each added or updated act counted a new catalogue version, which other servers'
        // indexes follow (see `law_sync`).
        store.refresh_statistics().await?;
        self.reindex(store).await?;
        Ok(report)
    }

    /// The acts of a jurisdiction as the citation parser knows them, with their ids: read
    /// from the store when the catalogue changed since they were last read.
    async fn citation_index(
        &self,
        store: &dyn Store,
        jurisdiction: Jurisdiction,
    ) -> Result<CitationIndex, RuleFinderError> {
        let generation = self.generation.load(Ordering::SeqCst);
        // One row's read: any server's import counts the version up, also one that kept the
        // number of provisions.
        let version = store.catalogue_version().await?;
        let cached = self
            .citations
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&jurisdiction)
            .filter(|c| c.generation == generation && c.version == version)
            .map(|c| c.index.clone());
        if let Some(index) = cached {
            return Ok(index);
        }
        let acts = store.all_acts(jurisdiction).await?;
        let ids = acts
            .iter()
            .map(|a| {
                let limit = exemptibility::not_exemptible(jurisdiction, &a.act.id, &a.act.title);
                (a.act.id.clone(), (a.id, limit))
            })
            .collect();
        // Acts in force first, so that a name shared with an amending act means the law.
        let mut known: Vec<&frirum_store::law::StoredAct> = acts.iter().collect();
        known.sort_by_key(|a| !a.act.in_force);
        let index: CitationIndex = Arc::new((
            MemoryIndex::new(known.iter().map(|a| known_act(&a.act))),
            ids,
        ));
        self.citations
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(
                jurisdiction,
                CachedCitations {
                    generation,
                    version,
                    index: index.clone(),
                },
            );
        Ok(index)
    }

    /// Reads the acts of every jurisdiction as the citation parser knows them, so that the
    /// first suggestion after a start or a change of the catalogue does not wait for them
    /// (over the 11,362 Danish documents of the development set that took 0.7 s).
    pub async fn prepare_citations(&self, store: &dyn Store) -> Result<(), RuleFinderError> {
        for jurisdiction in <Jurisdiction as strum::VariantArray>::VARIANTS {
            self.citation_index(store, *jurisdiction).await?;
        }
        Ok(())
    }

    /// Finds the citations in the whole of a text and resolves them against the catalogue;
    /// a use case that takes the text from a request checks its length first.
    pub async fn cite(
        &self,
        store: &dyn Store,
        jurisdiction: Jurisdiction,
        text: &str,
    ) -> Result<Vec<ResolvedCitation>, RuleFinderError> {
        let mut all = self.cite_each(store, jurisdiction, &[text]).await?;
        Ok(all.pop().unwrap_or_default())
    }

    /// Finds and resolves the citations of several texts, reading the catalogue's acts
    /// once for all of them (an application's exemptions, say).
    pub async fn cite_each(
        &self,
        store: &dyn Store,
        jurisdiction: Jurisdiction,
        texts: &[&str],
    ) -> Result<Vec<Vec<ResolvedCitation>>, RuleFinderError> {
        let cached = self.citation_index(store, jurisdiction).await?;
        let (index, ids) = &*cached;
        let mut each = Vec::with_capacity(texts.len());
        for text in texts {
            let citations = cite::find_citations(text, jurisdiction, index, None);
            let mut resolved = Vec::with_capacity(citations.len());
            for citation in citations {
                let known = citation.act.id.as_ref().and_then(|id| ids.get(id)).copied();
                let act_catalogue_id = known.map(|(id, _)| id);
                // An act outside the catalogue (a fundamental law the parser knows by name)
                // is judged by its official id alone.
                let not_exemptible = match (known, &citation.act.id) {
                    (Some((_, limit)), _) => limit,
                    (None, Some(id)) => exemptibility::not_exemptible(jurisdiction, id, ""),
                    (None, None) => None,
                };
                let provision_id = match (act_catalogue_id, &citation.section) {
                    (Some(act), Some(section)) => store
                        .provision_at(act, citation.chapter.as_deref(), section)
                        .await?
                        .map(|p| p.id),
                    _ => None,
                };
                resolved.push(ResolvedCitation {
                    citation,
                    act_catalogue_id,
                    provision_id,
                    not_exemptible,
                });
            }
            each.push(resolved);
        }
        Ok(each)
    }

    /// The provisions an application asks exemption from: those picked from the catalogue,
    /// and those its references cite.
    pub async fn application_provisions(
        &self,
        store: &dyn Store,
        jurisdiction: Jurisdiction,
        content: &ApplicationContent,
    ) -> Result<Vec<i64>, RuleFinderError> {
        let references: Vec<&str> = content
            .exemptions
            .iter()
            .map(|e| e.reference.as_str())
            .collect();
        let cited = self.cite_each(store, jurisdiction, &references).await?;
        let mut ids: Vec<i64> = content
            .exemptions
            .iter()
            .filter_map(|e| e.provision_id)
            .collect();
        ids.extend(cited.iter().flatten().filter_map(|c| c.provision_id));
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }

    /// A keyword search, with the provisions of the hits.
    pub async fn search(
        &self,
        store: &dyn Store,
        query: &SearchQuery,
    ) -> Result<Vec<FoundProvision>, RuleFinderError> {
        let mut query = query.clone();
        query.text = truncate(&query.text).to_owned();
        let hits = self.index.search(&query)?;
        self.with_provisions(store, hits, |hit, provision| FoundProvision {
            provision,
            score: hit.score,
            snippet: hit.snippet,
            highlights: hit.highlights,
        })
        .await
    }

    async fn with_provisions<T>(
        &self,
        store: &dyn Store,
        hits: Vec<Hit>,
        make: impl Fn(Hit, StoredProvision) -> T,
    ) -> Result<Vec<T>, RuleFinderError> {
        attach_provisions(store, hits, |h| h.provision_id, make).await
    }

    /// The provisions that probably stand in the way of the idea a text describes, best
    /// first, each with its reasons: a citation in the text, the words that matched, and
    /// how many submitted applications asked exemption from it.
    pub async fn suggest(
        &self,
        store: &dyn Store,
        jurisdiction: Jurisdiction,
        text: &str,
        limit: usize,
    ) -> Result<Vec<Suggestion>, RuleFinderError> {
        let text = truncate(text);
        let limit = limit.clamp(1, 50);
        let mut scored: HashMap<i64, (f32, Vec<Reason>)> = HashMap::new();

        // A provision the text cites is what the applicant already knows stands in the way.
        let cited = self.cite(store, jurisdiction, text).await?;
        for c in &cited {
            if let Some(id) = c.provision_id {
                let entry = scored.entry(id).or_insert((0.0, Vec::new()));
                entry.0 += CITED_WEIGHT;
                entry.1.push(Reason::Cited {
                    text: c.citation.text.clone(),
                });
            }
        }

        let hits = match self.index.similar(text, Some(jurisdiction), limit * 3) {
            Ok(hits) => hits,
            // Words the catalogue does not know are no reason to refuse: the answer is
            // then simply that nothing was found.
            Err(SearchError::EmptyQuery) if !scored.is_empty() || has_words(text) => Vec::new(),
            Err(e) => return Err(e.into()),
        };
        let best = hits.first().map_or(1.0, |h| h.score.max(f32::EPSILON));
        for hit in hits {
            let entry = scored.entry(hit.provision_id).or_insert((0.0, Vec::new()));
            // Scores are relative to the best match, so that the other reasons weigh the
            // same whatever the length of the description.
            entry.0 += hit.score / best;
            if !hit.matched_terms.is_empty() {
                entry.1.push(Reason::Words {
                    terms: hit.matched_terms,
                });
            }
        }

        // What this platform's applications asked for counts for the candidates found.
        let ids: Vec<i64> = scored.keys().copied().collect();
        let counts = store.exemption_counts(&ids).await?;
        for (id, n) in counts {
            if let Some(entry) = scored.get_mut(&id) {
                entry.0 = asked_for(entry.0, n);
                entry.1.push(Reason::AskedFor { applications: n });
            }
        }

        let mut ranked: Vec<(i64, f32, Vec<Reason>)> = scored
            .into_iter()
            .map(|(id, (score, reasons))| (id, score, reasons))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(limit);
        attach_provisions(
            store,
            ranked,
            |r| r.0,
            |(_, score, reasons), provision| Suggestion {
                not_exemptible: exemptibility::not_exemptible(
                    provision.jurisdiction,
                    &provision.act_official_id,
                    &provision.act_title,
                ),
                provision,
                score,
                reasons,
                in_application: false,
            },
        )
        .await
    }
}

/// Pairs each item with its provision from the store, in the items' order. An item whose
/// provision is gone (the index is behind the store) is left out.
async fn attach_provisions<I, T>(
    store: &dyn Store,
    items: Vec<I>,
    id_of: impl Fn(&I) -> i64,
    make: impl Fn(I, StoredProvision) -> T,
) -> Result<Vec<T>, RuleFinderError> {
    let ids: Vec<i64> = items.iter().map(&id_of).collect();
    let mut provisions: HashMap<i64, StoredProvision> = store
        .provisions_by_ids(&ids)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    Ok(items
        .into_iter()
        .filter_map(|item| {
            let provision = provisions.remove(&id_of(&item))?;
            Some(make(item, provision))
        })
        .collect())
}

/// Whether a text has anything that could be a word (two letters or more).
fn has_words(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
}

/// A citation in the description outweighs any match of words.
const CITED_WEIGHT: f32 = 2.0;
/// Each e-fold more applications raises a candidate's score by this share.
const ASKED_FOR_WEIGHT: f32 = 0.25;

/// The score of a candidate that `applications` submitted applications asked exemption
/// from. It is raised in proportion, not by a fixed amount: among provisions that the
/// description matches alike, the one asked for comes first, but one it hardly matches is
/// not lifted over one it matches well (a fixed amount put a provision that shared only the
/// word "syv" with an idea about childminders second).
fn asked_for(score: f32, applications: u64) -> f32 {
    score * (1.0 + ASKED_FOR_WEIGHT * (1.0 + applications as f32).ln())
}

#[cfg(test)]
mod tests {
    use super::*;
    use frirum_store::testing::TestStore;

    fn act_text() -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../cli/data/law/sfs-2017-30.txt");
        std::fs::read_to_string(path).unwrap()
    }

    /// The act written to a file of its own (kept while the directory lives).
    fn act_file() -> (tempfile::TempDir, std::path::PathBuf) {
        let files = tempfile::tempdir().unwrap();
        let act = files.path().join("sfs-2017-30.txt");
        std::fs::write(&act, act_text()).unwrap();
        (files, act)
    }

    #[test]
    fn applications_raise_a_match_but_do_not_lift_a_weak_one_over_a_strong_one() {
        // A weak match asked for by several applications stays below a strong one.
        assert!(asked_for(0.3, 5) < 0.5);
        // Of two equal matches, the one asked for comes first, more so when asked more.
        assert!(asked_for(0.6, 1) > 0.6);
        assert!(asked_for(0.6, 4) > asked_for(0.6, 1));
        // Nothing matched stays nothing.
        assert_eq!(asked_for(0.0, 3), 0.0);
    }

    #[test]
    fn a_suggestion_rests_on_one_word_unless_the_description_cites_it() {
        let words = |terms: &[&str]| Reason::Words {
            terms: terms.iter().map(|t| (*t).to_owned()).collect(),
        };
        let cited = Reason::Cited {
            text: "§ 16".to_owned(),
        };
        let asked = Reason::AskedFor { applications: 2 };
        let cases: &[(&[Reason], bool)] = &[
            (&[words(&["personlig"])], true),
            (&[words(&["jobsamtaler", "ledige"])], false),
            (&[words(&["personlig"]), cited.clone()], false),
            (&[words(&["personlig"]), asked.clone()], true),
            (std::slice::from_ref(&cited), false),
            (std::slice::from_ref(&asked), false),
            (&[], false),
        ];
        for (reasons, expected) in cases {
            assert_eq!(rests_on_one_word(reasons), *expected, "{reasons:?}");
        }
    }

    async fn hits(finder: &RuleFinder, store: &dyn Store, word: &str) -> usize {
        let query = SearchQuery::new(word);
        finder.search(store, &query).await.unwrap().len()
    }

    /// A server's index on disk, stopped while another server changed an act without
    /// changing the number of provisions, is rebuilt when the server starts again.
    #[tokio::test]
    async fn an_index_follows_a_change_made_while_its_server_was_stopped() {
        let test = TestStore::sqlite().await;
        let store = &*test.store;
        let dir = tempfile::tempdir().unwrap();
        let (_files, act) = act_file();
        let now = OffsetDateTime::UNIX_EPOCH;
        {
            let finder = RuleFinder::open(Some(dir.path())).unwrap();
            finder
                .import(store, std::slice::from_ref(&act), None, now)
                .await
                .unwrap();
        }
        // Started again with nothing changed: the index is current and kept.
        let finder = RuleFinder::open(Some(dir.path())).unwrap();
        finder.ensure_index(store).await.unwrap();
        assert_eq!(finder.generation.load(Ordering::SeqCst), 0);
        assert_eq!(hits(&finder, store, "ambulansflyg").await, 0);
        drop(finder);

        // Another server imports a new wording of one provision: as many provisions.
        let changed = act_text().replace("sjuktransporter", "ambulansflyg");
        std::fs::write(&act, changed).unwrap();
        let count = store.provision_count().await.unwrap();
        let other = RuleFinder::open(None).unwrap();
        let report = other.import(store, &[act], None, now).await.unwrap();
        assert_eq!(report.updated, 1);
        assert_eq!(store.provision_count().await.unwrap(), count);

        let finder = RuleFinder::open(Some(dir.path())).unwrap();
        finder.ensure_index(store).await.unwrap();
        assert_eq!(finder.generation.load(Ordering::SeqCst), 1, "rebuilt");
        assert_eq!(hits(&finder, store, "ambulansflyg").await, 1);
    }

    /// An index built by an earlier analysis (its label names only the catalogue version, as
    /// before [`frirum_law::search::INDEX_VERSION`]) is rebuilt, though the catalogue is the same.
    #[tokio::test]
    async fn an_index_of_an_earlier_analysis_is_rebuilt() {
        let test = TestStore::sqlite().await;
        let store = &*test.store;
        let dir = tempfile::tempdir().unwrap();
        let (_files, act) = act_file();
        {
            let finder = RuleFinder::open(Some(dir.path())).unwrap();
            finder
                .import(store, &[act], None, OffsetDateTime::UNIX_EPOCH)
                .await
                .unwrap();
            let version = store.catalogue_version().await.unwrap();
            let docs = provisions_of(store).await;
            finder
                .index
                .rebuild_labelled(docs, Some(&format!("catalogue-version {version}")))
                .unwrap();
        }
        let finder = RuleFinder::open(Some(dir.path())).unwrap();
        finder.ensure_index(store).await.unwrap();
        assert_eq!(finder.generation.load(Ordering::SeqCst), 1, "rebuilt");
        let label = finder.index.label().unwrap().unwrap();
        assert!(
            label.ends_with(&format!(
                "index-version {}",
                frirum_law::search::INDEX_VERSION
            )),
            "{label}"
        );
        // And kept at the next start.
        let finder = RuleFinder::open(Some(dir.path())).unwrap();
        finder.ensure_index(store).await.unwrap();
        assert_eq!(finder.generation.load(Ordering::SeqCst), 0);
    }

    async fn provisions_of(store: &dyn Store) -> Vec<ProvisionDoc> {
        store
            .provisions_after(0, 100_000)
            .await
            .unwrap()
            .iter()
            .map(provision_doc)
            .collect()
    }
}
