//! The provision index: building it (vocabulary first, then documents), updating it, and
//! searching it.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError, RwLock};
use std::time::Instant;

use tantivy::directory::MmapDirectory;
use tantivy::postings::SegmentPostings;
use tantivy::query::{BooleanQuery, BoostQuery, EnableScoring, Occur, Query};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{
    DocAddress, DocId, DocSet, Index, IndexReader, IndexSettings, IndexWriter, ReloadPolicy, Score,
    Searcher, SegmentReader, TantivyDocument, Term,
};

use super::analysis::{
    LANGUAGES, Stopwords, analyse, analyzer, analyzer_name, lang_index, surface_words,
};
use super::decompound::{Vocabulary, VocabularyBuilder, VocabularyFile};
use super::query::{self, MinMatch, WordTerms, strict_minimum};
use super::rank;
use super::schema::{
    ACT_KEY_FIELD, CHAPTER_KEY_FIELD, FINGERPRINT_FIELD, Fields, HEADING_REPEATS, PRIOR_FIELD,
    TITLE_REPEATS, jurisdiction_code, kind_code,
};
use super::{
    BuildStats, Candidate, Hit, MAX_DESCRIPTION_CHARS, MAX_LIMIT, MAX_PARTS, MAX_QUERY_CHARS,
    MAX_QUERY_WORDS, PART_TERMS, ProvisionDoc, SIMILAR_TERMS, SearchError, SearchQuery,
};
use crate::model::Jurisdiction;

/// The vocabulary file beside the index.
const VOCABULARY_FILE: &str = "frirum-vocabulary.json";
/// A corpus word must be seen this often to count as a compound part; typos rarely repeat.
const MIN_WORD_FREQUENCY: u32 = 2;
/// The indexing memory budget per writer thread.
const WRITER_HEAP_PER_THREAD: usize = 128 * 1024 * 1024;
/// The memory budget of small updates.
const UPDATE_HEAP: usize = 50 * 1024 * 1024;
/// The length of a snippet in characters.
const SNIPPET_CHARS: usize = 220;

/// A search index of provisions, on disk or in memory.
pub struct LawIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    dir: Option<PathBuf>,
    vocabulary: RwLock<Vocabulary>,
    stopwords: [Stopwords; 3],
    /// Only one writer may exist at a time; this serialises the operations that make one.
    writing: Mutex<()>,
}

impl std::fmt::Debug for LawIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LawIndex")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

impl LawIndex {
    /// Opens the index in `dir`, or creates an empty one there.
    pub fn open_or_create(dir: &Path) -> Result<Self, SearchError> {
        fs::create_dir_all(dir)?;
        let fields = Fields::new();
        let directory = MmapDirectory::open(dir)?;
        let index = match Index::open_or_create(directory.clone(), fields.schema.clone()) {
            Ok(index) => index,
            // An index of an older schema is derived data: it is dropped, and the empty index
            // that replaces it is rebuilt from the catalogue like a new one.
            Err(tantivy::TantivyError::SchemaError(_)) => {
                remove_index_files(dir)?;
                Index::create(directory, fields.schema.clone(), IndexSettings::default())?
            }
            Err(e) => return Err(e.into()),
        };
        let vocabulary = match fs::read(dir.join(VOCABULARY_FILE)) {
            Ok(bytes) => Vocabulary::from_file(serde_json::from_slice(&bytes)?),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vocabulary::builtin(),
            Err(e) => return Err(e.into()),
        };
        Self::new(index, fields, Some(dir.to_owned()), vocabulary)
    }

    /// An empty index in memory, for tests and short-lived use.
    pub fn in_memory() -> Result<Self, SearchError> {
        let fields = Fields::new();
        let index = Index::create_in_ram(fields.schema.clone());
        Self::new(index, fields, None, Vocabulary::builtin())
    }

    fn new(
        index: Index,
        fields: Fields,
        dir: Option<PathBuf>,
        vocabulary: Vocabulary,
    ) -> Result<Self, SearchError> {
        register_analyzers(&index, &vocabulary);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Self {
            index,
            reader,
            fields,
            dir,
            vocabulary: RwLock::new(vocabulary),
            stopwords: LANGUAGES.map(Stopwords::new),
            writing: Mutex::new(()),
        })
    }

    /// The number of provisions in the index.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Whether the index has no provisions.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn vocabulary(&self) -> Vocabulary {
        self.vocabulary
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Replaces the whole index with `docs`. The documents are held in memory once, because
    /// the vocabulary must be learned from all of them before the first is indexed; use
    /// [`LawIndex::rebuild_from`] to stream a corpus twice instead.
    pub fn rebuild(
        &self,
        docs: impl IntoIterator<Item = ProvisionDoc>,
    ) -> Result<BuildStats, SearchError> {
        self.rebuild_labelled(docs, None)
    }

    /// [`LawIndex::rebuild`], recording `label` (what the documents were read from, such
    /// as the catalogue's version) with the index, where [`LawIndex::label`] reads it back,
    /// also after the index is opened again. A later change by [`LawIndex::upsert`] or
    /// [`LawIndex::delete_act`] clears it: the index no longer is what was labelled.
    pub fn rebuild_labelled(
        &self,
        docs: impl IntoIterator<Item = ProvisionDoc>,
        label: Option<&str>,
    ) -> Result<BuildStats, SearchError> {
        let started = Instant::now();
        let docs: Vec<ProvisionDoc> = docs.into_iter().collect();
        let vocabulary = learn_vocabulary(docs.iter());
        self.replace_all(vocabulary, docs.into_iter(), started, label)
    }

    /// The label of the last rebuild, if it had one and nothing changed the index since.
    pub fn label(&self) -> Result<Option<String>, SearchError> {
        Ok(self.index.load_metas()?.payload)
    }

    /// Replaces the whole index with the documents `source` yields, calling it twice: once to
    /// learn the vocabulary, once to index. Both calls must yield the same documents.
    pub fn rebuild_from<I>(&self, mut source: impl FnMut() -> I) -> Result<BuildStats, SearchError>
    where
        I: Iterator<Item = ProvisionDoc>,
    {
        let started = Instant::now();
        let vocabulary = {
            let docs = source();
            let mut builder = VocabularyBuilder::default();
            for doc in docs {
                count_words(&mut builder, &doc);
            }
            builder.finish(MIN_WORD_FREQUENCY)
        };
        self.replace_all(vocabulary, source(), started, None)
    }

    fn replace_all(
        &self,
        file: VocabularyFile,
        docs: impl Iterator<Item = ProvisionDoc>,
        started: Instant,
        label: Option<&str>,
    ) -> Result<BuildStats, SearchError> {
        let _writing = self.writing.lock().unwrap_or_else(PoisonError::into_inner);
        let vocabulary_words = file.no.len() + file.da.len() + file.sv.len();
        let vocabulary = Vocabulary::from_file(file);
        // The writer's analysers must see the new vocabulary, so it goes in first.
        register_analyzers(&self.index, &vocabulary);
        *self
            .vocabulary
            .write()
            .unwrap_or_else(PoisonError::into_inner) = vocabulary.clone();
        let threads = std::thread::available_parallelism()
            .map_or(1, usize::from)
            .clamp(1, 4);
        let mut writer: IndexWriter = self
            .index
            .writer_with_num_threads(threads, threads * WRITER_HEAP_PER_THREAD)?;
        writer.delete_all_documents()?;
        let mut provisions = 0;
        for doc in docs {
            writer.add_document(self.document(&doc))?;
            provisions += 1;
        }
        let mut commit = writer.prepare_commit()?;
        if let Some(label) = label {
            commit.set_payload(label);
        }
        commit.commit()?;
        writer.wait_merging_threads()?;
        if let Some(dir) = &self.dir {
            let tmp = dir.join(format!("{VOCABULARY_FILE}.tmp"));
            fs::write(&tmp, serde_json::to_vec(vocabulary.file())?)?;
            fs::rename(&tmp, dir.join(VOCABULARY_FILE))?;
        }
        self.reader.reload()?;
        Ok(BuildStats {
            provisions,
            vocabulary_words,
            elapsed: started.elapsed(),
        })
    }

    /// Adds `docs`, replacing any provision with the same id. New words do not join the
    /// compound vocabulary until the next rebuild.
    pub fn upsert(&self, docs: impl IntoIterator<Item = ProvisionDoc>) -> Result<u64, SearchError> {
        self.update(|writer, fields| {
            let mut count = 0;
            for doc in docs {
                writer.delete_term(Term::from_field_i64(fields.provision_id, doc.provision_id));
                writer.add_document(self.document(&doc))?;
                count += 1;
            }
            Ok(count)
        })
    }

    /// Removes every provision of the act `act_id`.
    pub fn delete_act(&self, act_id: &str) -> Result<(), SearchError> {
        self.update(|writer, fields| {
            writer.delete_term(Term::from_field_text(fields.act_id, act_id));
            Ok(())
        })
    }

    fn update<T>(
        &self,
        change: impl FnOnce(&IndexWriter, &Fields) -> Result<T, SearchError>,
    ) -> Result<T, SearchError> {
        let _writing = self.writing.lock().unwrap_or_else(PoisonError::into_inner);
        let mut writer: IndexWriter = self.index.writer_with_num_threads(1, UPDATE_HEAP)?;
        let out = change(&writer, &self.fields)?;
        writer.commit()?;
        self.reader.reload()?;
        Ok(out)
    }

    fn document(&self, doc: &ProvisionDoc) -> TantivyDocument {
        let f = &self.fields;
        let all = f.lang(doc.jurisdiction).all;
        let mut d = TantivyDocument::default();
        d.add_i64(f.provision_id, doc.provision_id);
        d.add_text(f.act_id, &doc.act_id);
        d.add_text(f.jurisdiction, jurisdiction_code(doc.jurisdiction));
        d.add_u64(f.kind, kind_code(doc.kind));
        d.add_bool(f.in_force, doc.in_force);
        d.add_text(f.label, &doc.label);
        d.add_text(f.stored_title, &doc.act_title);
        if let Some(short) = &doc.act_short_title {
            d.add_text(f.stored_short_title, short);
        }
        if let Some(heading) = &doc.heading {
            d.add_text(f.stored_heading, heading);
        }
        d.add_text(f.stored_text, &doc.text);
        d.add_f64(f.prior, rank::provision_prior(doc));
        d.add_u64(f.act_key, rank::act_key(&doc.act_id));
        d.add_u64(f.fingerprint, rank::fingerprint(&doc.text));
        d.add_u64(
            f.chapter_key,
            rank::chapter_key(&doc.act_id, doc.chapter.as_deref()),
        );
        // Repeating a part raises its terms' frequency: this is how the title outweighs the
        // heading and the heading the text, with one field to search.
        for _ in 0..TITLE_REPEATS {
            d.add_text(all, &doc.act_title);
            if let Some(short) = &doc.act_short_title {
                d.add_text(all, short);
            }
        }
        if let Some(heading) = &doc.heading {
            for _ in 0..HEADING_REPEATS {
                d.add_text(all, heading);
            }
        }
        d.add_text(all, &doc.text);
        d
    }

    /// Searches for provisions that match the words of `q`, best first. All but a quarter of
    /// the words must match; when nothing does, any word may.
    pub fn search(&self, q: &SearchQuery) -> Result<Vec<Hit>, SearchError> {
        let text = truncate_chars(&q.text, MAX_QUERY_CHARS);
        let vocabulary = self.vocabulary();
        let mut words: Vec<(Jurisdiction, Vec<WordTerms>)> = Vec::new();
        for (i, j) in LANGUAGES.into_iter().enumerate() {
            if q.jurisdiction.is_some_and(|want| want != j) {
                continue;
            }
            let mut analyzer = analyzer(j, vocabulary.language(j).clone());
            let found =
                query::query_words(text, &mut analyzer, &self.stopwords[i], MAX_QUERY_WORDS);
            if !found.is_empty() {
                words.push((j, found));
            }
        }
        if words.is_empty() {
            return Err(SearchError::EmptyQuery);
        }
        let limit = effective_limit(q.limit);
        let filter = Filter {
            kind: q.kind.map(kind_code),
            in_force_only: q.in_force_only,
            prior: false,
        };
        let searcher = self.reader.searcher();
        let mut top = Vec::new();
        for strict in [true, false] {
            // One query per language: their documents are disjoint, and flat queries prune.
            let queries: Vec<LangQuery> = words
                .iter()
                .map(|(j, w)| {
                    let minimum = if strict { strict_minimum(w.len()) } else { 1 };
                    let (query, min_match) =
                        query::words_query(self.fields.lang(*j).all, w, minimum);
                    LangQuery {
                        jurisdiction: *j,
                        query,
                        min_match,
                        prune: true,
                    }
                })
                .collect();
            top = self.top_docs(&searcher, &queries, filter, limit)?;
            if !top.is_empty() || words.iter().all(|(_, w)| w.len() < 2) {
                break;
            }
        }
        let mut hits = HitMaker::new(self, &searcher, &vocabulary);
        for (j, w) in &words {
            let lang_words = w
                .iter()
                .map(|w| LangWord {
                    shown: w.word.clone(),
                    required: query::required_terms(w).to_vec(),
                    highlighted: w.terms().map(str::to_owned).collect(),
                })
                .collect();
            hits.set_words(*j, lang_words);
        }
        hits.hits(top)
    }

    /// The best `limit` documents of the `queries` that pass `filter`, best first. The
    /// filter is checked as documents are collected rather than in the query, which stays
    /// flat so that tantivy can prune; the threshold carries over from one segment (and one
    /// language) to the next.
    fn top_docs(
        &self,
        searcher: &Searcher,
        queries: &[LangQuery],
        filter: Filter,
        limit: usize,
    ) -> Result<Vec<Scored>, SearchError> {
        let mut top = TopK::new(limit);
        for LangQuery {
            jurisdiction,
            query,
            min_match,
            prune,
        } in queries
        {
            let weight = query.weight(EnableScoring::enabled_from_searcher(searcher))?;
            for (ord, reader) in searcher.segment_readers().iter().enumerate() {
                let segment = u32::try_from(ord).unwrap_or(u32::MAX);
                let alive = reader.alive_bitset();
                let kind = match filter.kind {
                    Some(want) => Some((reader.fast_fields().u64(KIND_FIELD)?, want)),
                    None => None,
                };
                let in_force = if filter.in_force_only {
                    Some(reader.fast_fields().bool(IN_FORCE_FIELD)?)
                } else {
                    None
                };
                let mut check = match min_match {
                    Some(m) => Some(MatchCheck::new(m, reader)?),
                    None => None,
                };
                let prior = if filter.prior {
                    Some(reader.fast_fields().f64(PRIOR_FIELD)?)
                } else {
                    None
                };
                // A prior is at most 1, so a weighed score never beats the raw score that
                // tantivy prunes by, and the threshold stays safe; for the same reason a raw
                // score under the threshold needs no look at the filters.
                let threshold = top.threshold();
                let mut collect = |doc: DocId, raw: Score| {
                    if raw <= top.threshold() {
                        return top.threshold();
                    }
                    let score = prior.as_ref().map_or(raw, |column| {
                        raw * column.first(doc).unwrap_or(1.0).clamp(0.0, 1.0) as f32
                    });
                    let keep = alive.is_none_or(|a| a.is_alive(doc))
                        && kind
                            .as_ref()
                            .is_none_or(|(column, want)| column.first(doc) == Some(*want))
                        && in_force
                            .as_ref()
                            .is_none_or(|column| column.first(doc) == Some(true))
                        && check.as_mut().is_none_or(|c| c.matches(doc));
                    if keep {
                        top.push(Scored {
                            score,
                            address: DocAddress::new(segment, doc),
                            jurisdiction: *jurisdiction,
                        });
                    }
                    top.threshold()
                };
                if *prune {
                    weight.for_each_pruning(threshold, reader, &mut collect)?;
                } else {
                    weight.for_each(reader, &mut |doc, raw| {
                        collect(doc, raw);
                    })?;
                }
            }
        }
        Ok(top.into_sorted())
    }

    /// Provisions in force that resemble a plain description, best first. The description's
    /// most distinctive words (by tf-idf over the index, generic words weighing less) are
    /// searched, any of which may match, and so are those of each of its sentences, so that
    /// the second half of an idea is not drowned by the first, and so is what it says it
    /// wants to deviate from ("fravige kravet om …"). Each provision's score is
    /// weighed by its prior (acts before orders, duties before boilerplate) and by how well
    /// its act as a whole and its chapter within the act matched, and near-identical
    /// provisions of sibling orders count once; the best candidates gain by the phrases of the
    /// description they word as well. A trial provision pasted as the description is
    /// not suggested back.
    pub fn similar(
        &self,
        text: &str,
        jurisdiction: Option<Jurisdiction>,
        limit: usize,
    ) -> Result<Vec<Candidate>, SearchError> {
        let text = truncate_chars(text, MAX_DESCRIPTION_CHARS);
        let limit = effective_limit(limit);
        let vocabulary = self.vocabulary();
        let searcher = self.reader.searcher();
        let mut analyzers: Vec<(usize, Jurisdiction, tantivy::tokenizer::TextAnalyzer)> = LANGUAGES
            .into_iter()
            .enumerate()
            .filter(|(_, j)| jurisdiction.is_none_or(|want| want == *j))
            .map(|(i, j)| (i, j, analyzer(j, vocabulary.language(j).clone())))
            .collect();
        let whole = self.description_terms(&searcher, &mut analyzers, text, SIMILAR_TERMS)?;
        if whole.is_empty() {
            return Err(SearchError::EmptyQuery);
        }
        let pool = (limit * POOL_FACTOR).max(MIN_POOL);
        let mut scores: HashMap<DocAddress, (f32, Jurisdiction)> = HashMap::new();
        for scored in self.description_top(&searcher, &whole, pool)?.normalised() {
            scores.insert(scored.address, (scored.score, scored.jurisdiction));
        }
        let mut terms = whole;
        let parts = rank::parts(text);
        if parts.len() > 1 {
            // The best of its parts' scores adds to a provision's score for the whole.
            let parts = &parts[..parts.len().min(MAX_PARTS)];
            let best = self.best_of(&searcher, &mut analyzers, parts, &mut terms)?;
            for (address, (score, j)) in best {
                scores.entry(address).or_insert((0.0, j)).0 += PART_WEIGHT * score;
            }
        }
        // What an idea says it wants to deviate from names the rule it meets: the words after
        // "fravige", "unntak fra", "i stället för" weigh once more.
        let clauses = rank::deviation_clauses(text);
        let clauses = &clauses[..clauses.len().min(MAX_PARTS)];
        if !clauses.is_empty() {
            let best = self.best_of(&searcher, &mut analyzers, clauses, &mut terms)?;
            for (address, (score, j)) in best {
                scores.entry(address).or_insert((0.0, j)).0 += CLAUSE_WEIGHT * score;
            }
        }
        let pasted = rank::WordPairs::of(text);
        let phrases: Vec<(Jurisdiction, rank::Phrases)> = analyzers
            .iter()
            .map(|(i, j, _)| (*j, rank::Phrases::of(text, &self.stopwords[*i])))
            .filter(|(_, p)| !p.is_empty())
            .collect();
        let top = self.rank_by_act(&searcher, scores, limit, pasted.as_ref(), &phrases)?;
        let mut hits = HitMaker::new(self, &searcher, &vocabulary);
        for j in LANGUAGES {
            let lang_words = terms
                .iter()
                .filter(|c| c.0 == j)
                .map(|c| LangWord {
                    shown: c.3.clone(),
                    required: vec![c.1.clone()],
                    highlighted: vec![c.1.clone()],
                })
                .collect();
            hits.set_words(j, lang_words);
        }
        hits.candidates(top)
    }

    /// Each provision's best score over the searches of `texts` (parts of a description),
    /// relative to the best of each search; their terms are added to `terms`.
    fn best_of(
        &self,
        searcher: &Searcher,
        analyzers: &mut [(usize, Jurisdiction, tantivy::tokenizer::TextAnalyzer)],
        texts: &[&str],
        terms: &mut Vec<DescriptionTerm>,
    ) -> Result<HashMap<DocAddress, (f32, Jurisdiction)>, SearchError> {
        let mut best: HashMap<DocAddress, (f32, Jurisdiction)> = HashMap::new();
        for text in texts {
            let part_terms = self.description_terms(searcher, analyzers, text, PART_TERMS)?;
            if part_terms.is_empty() {
                continue;
            }
            for scored in self
                .description_top(searcher, &part_terms, PART_POOL)?
                .normalised()
            {
                let entry = best
                    .entry(scored.address)
                    .or_insert((0.0, scored.jurisdiction));
                entry.0 = entry.0.max(scored.score);
            }
            for term in part_terms {
                if !terms.iter().any(|t| t.0 == term.0 && t.1 == term.1) {
                    terms.push(term);
                }
            }
        }
        Ok(best)
    }

    /// The `max` most distinctive terms of `text` in each language: its language, the term,
    /// its weight and the word to show for it, best first.
    fn description_terms(
        &self,
        searcher: &Searcher,
        analyzers: &mut [(usize, Jurisdiction, tantivy::tokenizer::TextAnalyzer)],
        text: &str,
        max: usize,
    ) -> Result<Vec<DescriptionTerm>, SearchError> {
        let total = searcher.num_docs().max(1) as f32;
        let mut candidates: Vec<DescriptionTerm> = Vec::new();
        for (i, j, analyzer) in analyzers.iter_mut() {
            let generic: HashSet<&str> = rank::generic_words(*j)
                .iter()
                .chain(rank::deviation_words(*j))
                .copied()
                .collect();
            let mut word_counts: BTreeMap<String, u32> = BTreeMap::new();
            for word in surface_words(text) {
                let useful = word.chars().count() >= 3
                    && word.chars().any(char::is_alphabetic)
                    && !self.stopwords[*i].contains(&word);
                if useful {
                    *word_counts.entry(word).or_default() += 1;
                }
            }
            // A term's frequency sums over the words it comes from; it is shown as the first.
            // A term only generic words give weighs less.
            let mut terms: BTreeMap<String, (u32, String, bool)> = BTreeMap::new();
            for (word, count) in &word_counts {
                let is_generic = generic.contains(word.as_str());
                for token in analyse(analyzer, word) {
                    let shown = word[token.from..token.to].to_owned();
                    let entry = terms.entry(token.term).or_insert((0, shown, true));
                    entry.0 += count;
                    entry.2 &= is_generic;
                }
            }
            let field = self.fields.lang(*j).all;
            for (term, (tf, shown, is_generic)) in terms {
                let df = searcher.doc_freq(&Term::from_field_text(field, &term))? as f32;
                if df == 0.0 {
                    continue;
                }
                let idf = (1.0 + (total - df + 0.5) / (df + 0.5)).ln();
                let damp = if is_generic { GENERIC_WEIGHT } else { 1.0 };
                let weight = (1.0 + (tf as f32).ln()) * idf * damp;
                candidates.push((*j, term, weight, shown));
            }
        }
        candidates.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
        candidates.truncate(max);
        Ok(candidates)
    }

    /// The best `pool` provisions in force for weighted terms, weighed by their priors.
    fn description_top(
        &self,
        searcher: &Searcher,
        terms: &[DescriptionTerm],
        pool: usize,
    ) -> Result<Pool, SearchError> {
        let queries = self.description_queries(terms, false);
        let filter = Filter {
            kind: None,
            in_force_only: true,
            prior: true,
        };
        Ok(Pool(self.top_docs(searcher, &queries, filter, pool)?))
    }

    /// One query per language of weighted terms, any of which may match.
    fn description_queries(&self, terms: &[DescriptionTerm], prune: bool) -> Vec<LangQuery> {
        // Boosted terms stay term scorers in tantivy, so each language's union is one scorer.
        LANGUAGES
            .into_iter()
            .filter(|j| terms.iter().any(|c| c.0 == *j))
            .map(|j| {
                let field = self.fields.lang(j).all;
                let clauses: Vec<(Occur, Box<dyn Query>)> = terms
                    .iter()
                    .filter(|c| c.0 == j)
                    .map(|(_, term, weight, _)| {
                        let query: Box<dyn Query> =
                            Box::new(BoostQuery::new(query::term_query(field, term), *weight));
                        (Occur::Should, query)
                    })
                    .collect();
                LangQuery {
                    jurisdiction: j,
                    query: Box::new(BooleanQuery::new(clauses)),
                    min_match: None,
                    prune,
                }
            })
            .collect()
    }

    /// The best `limit` of the scored provisions once each is weighed by how well its act
    /// matched as a whole and how well its chapter matched beside the act's other chapters,
    /// with near-identical provisions (of sibling orders) counted once and the provision the
    /// description was copied from left out.
    fn rank_by_act(
        &self,
        searcher: &Searcher,
        scores: HashMap<DocAddress, (f32, Jurisdiction)>,
        limit: usize,
        description: Option<&rank::WordPairs>,
        phrases: &[(Jurisdiction, rank::Phrases)],
    ) -> Result<Vec<Scored>, SearchError> {
        let mut docs: Vec<(Scored, u64, u64, u64)> = Vec::with_capacity(scores.len());
        let mut by_segment: BTreeMap<u32, Vec<(DocAddress, f32, Jurisdiction)>> = BTreeMap::new();
        for (address, (score, jurisdiction)) in scores {
            by_segment
                .entry(address.segment_ord)
                .or_default()
                .push((address, score, jurisdiction));
        }
        for (segment, members) in by_segment {
            let fast = searcher.segment_reader(segment).fast_fields();
            let acts = fast.u64(ACT_KEY_FIELD)?;
            let prints = fast.u64(FINGERPRINT_FIELD)?;
            let chapters = fast.u64(CHAPTER_KEY_FIELD)?;
            for (address, score, jurisdiction) in members {
                docs.push((
                    Scored {
                        score,
                        address,
                        jurisdiction,
                    },
                    acts.first(address.doc_id).unwrap_or_default(),
                    prints.first(address.doc_id).unwrap_or_default(),
                    chapters.first(address.doc_id).unwrap_or_default(),
                ));
            }
        }
        docs.sort_by(|a, b| a.0.rank(&b.0));
        // An act's score: the sum of its best provisions' scores.
        let mut acts: HashMap<u64, (f32, usize)> = HashMap::new();
        // A chapter's score: the sum of its best provisions' scores, relative to the best
        // chapter of the same act.
        let mut chapters: HashMap<u64, (f32, usize, u64)> = HashMap::new();
        for (scored, act, _, chapter) in &docs {
            let entry = acts.entry(*act).or_default();
            if entry.1 < ACT_PROVISIONS {
                entry.0 += scored.score;
                entry.1 += 1;
            }
            if *chapter != 0 {
                let entry = chapters.entry(*chapter).or_insert((0.0, 0, *act));
                if entry.1 < CHAPTER_PROVISIONS {
                    entry.0 += scored.score;
                    entry.1 += 1;
                }
            }
        }
        let mut best_chapter: HashMap<u64, f32> = HashMap::new();
        for (score, _, act) in chapters.values() {
            let best = best_chapter.entry(*act).or_insert(f32::EPSILON);
            *best = best.max(*score);
        }
        let best_act = acts.values().map(|a| a.0).fold(f32::EPSILON, f32::max);
        for (scored, act, _, chapter) in &mut docs {
            if let (Some(c), Some(best)) = (chapters.get(chapter), best_chapter.get(act)) {
                scored.score *= 1.0 - CHAPTER_WEIGHT + CHAPTER_WEIGHT * c.0 / best;
            }
            let act_score = acts.get(act).map_or(0.0, |a| a.0) / best_act;
            scored.score *= 1.0 - ACT_WEIGHT + ACT_WEIGHT * act_score;
        }
        docs.sort_by(|a, b| a.0.rank(&b.0));
        // The best candidates are read once: for the phrases they share with the
        // description, and to tell the provision it was pasted from.
        let head = if phrases.is_empty() {
            0
        } else {
            docs.len().min(PHRASE_CANDIDATES)
        };
        let mut pasted = vec![false; head];
        let mut shared = vec![0usize; head];
        for (k, (scored, ..)) in docs[..head].iter().enumerate() {
            let text = self.stored_text(searcher, scored.address)?;
            pasted[k] = description.is_some_and(|d| d.repeat(&text));
            if let Some((j, p)) = phrases.iter().find(|p| p.0 == scored.jurisdiction)
                && !pasted[k]
            {
                shared[k] = p.shared(&text, &self.stopwords[lang_index(*j)]);
            }
        }
        let most = shared.iter().copied().max().unwrap_or(0);
        if most > 0 {
            for (k, (scored, ..)) in docs[..head].iter_mut().enumerate() {
                scored.score *=
                    1.0 + PHRASE_WEIGHT * shared[k] as f32 / most.max(PHRASE_FLOOR) as f32;
            }
            // Only the head gained, so it stays ahead of the rest.
            let mut order: Vec<usize> = (0..head).collect();
            order.sort_by(|a, b| docs[*a].0.rank(&docs[*b].0));
            let reordered: Vec<_> = order.iter().map(|k| docs[*k]).collect();
            pasted = order.iter().map(|k| pasted[*k]).collect();
            docs.splice(..head, reordered);
        }
        let mut kept: Vec<(Scored, u64)> = Vec::with_capacity(limit);
        for (k, (scored, _, print, _)) in docs.into_iter().enumerate() {
            if kept.len() >= limit {
                break;
            }
            if kept.iter().any(|(_, p)| rank::near_duplicates(*p, print)) {
                continue;
            }
            let copied = match (pasted.get(k), description) {
                (Some(known), _) => *known,
                (None, Some(d)) => d.repeat(&self.stored_text(searcher, scored.address)?),
                (None, None) => false,
            };
            if copied {
                continue;
            }
            kept.push((scored, print));
        }
        let top = kept.into_iter().map(|k| k.0).collect();
        Ok(top)
    }

    /// The stored text of the provision at `address`.
    fn stored_text(&self, searcher: &Searcher, address: DocAddress) -> Result<String, SearchError> {
        let doc: TantivyDocument = searcher.doc(address)?;
        Ok(doc
            .get_first(self.fields.stored_text)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned())
    }
}

/// A term of a description: its language, the term, its weight and the word shown for it.
type DescriptionTerm = (Jurisdiction, String, f32, String);

/// The provisions one search of a description found, best first.
struct Pool(Vec<Scored>);

impl Pool {
    /// The provisions with their scores relative to the best, so that searches of texts of
    /// different lengths weigh alike.
    fn normalised(self) -> impl Iterator<Item = Scored> {
        let best = self.0.first().map_or(1.0, |s| s.score.max(f32::EPSILON));
        self.0.into_iter().map(move |mut s| {
            s.score /= best;
            s
        })
    }
}

/// How many candidates per suggestion the whole description gathers for the act scores.
const POOL_FACTOR: usize = 10;
/// The fewest candidates it gathers.
const MIN_POOL: usize = 200;
/// How many candidates each part of a description gathers.
const PART_POOL: usize = 50;
/// How much the best part's score adds to the score for the whole description.
const PART_WEIGHT: f32 = 0.35;
/// How much the best score for what a description says it deviates from adds (real sets,
/// with the chapters: 0.6 took the Swedish recall@10 from 0.500 to 0.532 and the masked
/// Danish from 0.601 to 0.632, and 0.565 and 0.655 once a clause runs to the end of its
/// sentence and must name something; 1.0 lost more Danish cases than it won).
const CLAUSE_WEIGHT: f32 = 0.6;
/// How much a generic word weighs beside a word of the same rarity that names a sector.
const GENERIC_WEIGHT: f32 = 0.25;
/// How many of an act's best provisions make its score: an act many of whose provisions
/// meet the idea is the act of its sector, where one provision that shares a few words with
/// it is a coincidence.
const ACT_PROVISIONS: usize = 12;
/// How many of a chapter's best provisions make its score.
const CHAPTER_PROVISIONS: usize = 4;
/// How much of a provision's score depends on how its chapter compares with the best chapter
/// of its act: an act's chapters are its subjects, and the section an idea meets stands
/// among others that meet it (real sets: recall@10 Norwegian 0.744 to 0.753, Swedish 0.468
/// to 0.500, fixtures 0.855 to 0.862; 0.6 cost recall@1 for no more).
const CHAPTER_WEIGHT: f32 = 0.4;
/// How much of a provision's score depends on its act's score.
const ACT_WEIGHT: f32 = 0.3;

/// How many of the best candidates are weighed by the phrases they share with the
/// description (20 and 80 gave the same figures on the real sets).
const PHRASE_CANDIDATES: usize = 40;
/// How much the phrases shared add to a candidate's score, at most (real sets: 0.6 took the
/// masked Danish recall@10 from 0.667 to 0.721 and MRR from 0.405 to 0.459; 0.3 and 1.0
/// gained less, 1.5 cost recall@1).
const PHRASE_WEIGHT: f32 = 0.6;
/// The fewest phrases that earn the whole of [`PHRASE_WEIGHT`]: a plain idea shares a phrase
/// or two with many provisions by chance, and one chance phrase is no reason to rank a
/// provision first (without it the plain Danish recall@10 fell from 0.298 to 0.264 and the
/// Swedish recall@1 from 0.387 to 0.258; with 3, 0.298 and 0.290, and the plain Danish MRR
/// rose from 0.160 to 0.179).
const PHRASE_FLOOR: usize = 3;

/// The name of the provision id fast field, as the schema declares it.
const PROVISION_ID_FIELD: &str = "provision_id";
/// The name of the kind fast field, as the schema declares it.
const KIND_FIELD: &str = "kind";
/// The name of the in-force fast field, as the schema declares it.
const IN_FORCE_FIELD: &str = "in_force";

/// The query of one language.
struct LangQuery {
    jurisdiction: Jurisdiction,
    query: Box<dyn Query>,
    min_match: Option<MinMatch>,
    /// Whether tantivy may skip documents that cannot reach the top (block-WAND). It pays for
    /// a search's few words; a description's 20 to 60 weighted terms are scored faster in one
    /// pass over their postings, since block-WAND sorts its cursors again at every step
    /// (masked Danish set over 209,212 provisions: suggestion p50 72 ms with pruning, 34 ms
    /// without, the same suggestions).
    prune: bool,
}

/// A [`MinMatch`] checked against one segment's postings, read forwards as documents come.
struct MatchCheck<'m> {
    min_match: &'m MinMatch,
    postings: Vec<Option<SegmentPostings>>,
}

impl<'m> MatchCheck<'m> {
    fn new(min_match: &'m MinMatch, reader: &SegmentReader) -> Result<Self, SearchError> {
        let inverted = reader.inverted_index(min_match.field)?;
        let postings = min_match
            .terms
            .iter()
            .map(|t| {
                inverted.read_postings(
                    &Term::from_field_text(min_match.field, t),
                    IndexRecordOption::Basic,
                )
            })
            .collect::<Result<_, _>>()?;
        Ok(Self {
            min_match,
            postings,
        })
    }

    /// Whether `doc` matches enough words; documents must come in increasing order.
    fn matches(&mut self, doc: DocId) -> bool {
        let postings = &mut self.postings;
        let matched = self
            .min_match
            .words
            .iter()
            .filter(|terms| terms.iter().all(|t| has_doc(&mut postings[*t], doc)))
            .count();
        matched >= self.min_match.minimum
    }
}

/// Whether `postings` hold `doc`, moving forwards to it.
fn has_doc(postings: &mut Option<SegmentPostings>, doc: DocId) -> bool {
    match postings {
        Some(p) => {
            if p.doc() < doc {
                p.seek(doc);
            }
            p.doc() == doc
        }
        None => false,
    }
}

/// What a search keeps of the documents that match, and whether it weighs their scores by
/// their prior.
#[derive(Debug, Clone, Copy)]
struct Filter {
    kind: Option<u64>,
    in_force_only: bool,
    prior: bool,
}

/// A collected document.
#[derive(Debug, Clone, Copy)]
struct Scored {
    score: f32,
    address: DocAddress,
    jurisdiction: Jurisdiction,
}

impl Scored {
    /// Better first: higher score, then the earlier document, as tantivy's own top-k.
    fn rank(&self, other: &Self) -> std::cmp::Ordering {
        other.score.total_cmp(&self.score).then_with(|| {
            (self.address.segment_ord, self.address.doc_id)
                .cmp(&(other.address.segment_ord, other.address.doc_id))
        })
    }
}

impl PartialEq for Scored {
    fn eq(&self, other: &Self) -> bool {
        self.rank(other).is_eq()
    }
}

impl Eq for Scored {}

impl PartialOrd for Scored {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Scored {
    /// The worse is the greater, so that a max-heap keeps the worst on top.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.rank(other)
    }
}

/// The best `limit` documents seen so far, with the score a newcomer must beat.
struct TopK {
    limit: usize,
    heap: BinaryHeap<Scored>,
}

impl TopK {
    fn new(limit: usize) -> Self {
        Self {
            limit,
            heap: BinaryHeap::with_capacity(limit + 1),
        }
    }

    fn threshold(&self) -> f32 {
        match self.heap.peek() {
            Some(worst) if self.heap.len() >= self.limit => worst.score,
            _ => f32::MIN,
        }
    }

    fn push(&mut self, scored: Scored) {
        if self.heap.len() < self.limit {
            self.heap.push(scored);
        } else if let Some(mut worst) = self.heap.peek_mut()
            && scored < *worst
        {
            *worst = scored;
        }
    }

    fn into_sorted(self) -> Vec<Scored> {
        self.heap.into_sorted_vec()
    }
}

/// One searched word of a language: how it is shown, the terms a provision needs to have
/// matched it, and the terms to highlight.
struct LangWord {
    shown: String,
    required: Vec<String>,
    highlighted: Vec<String>,
}

/// Turns search results into [`Hit`]s, with one snippet generator per language.
struct HitMaker<'a> {
    index: &'a LawIndex,
    searcher: &'a Searcher,
    vocabulary: &'a Vocabulary,
    langs: HashMap<Jurisdiction, Vec<LangWord>>,
}

impl<'a> HitMaker<'a> {
    fn new(index: &'a LawIndex, searcher: &'a Searcher, vocabulary: &'a Vocabulary) -> Self {
        Self {
            index,
            searcher,
            vocabulary,
            langs: HashMap::new(),
        }
    }

    fn set_words(&mut self, jurisdiction: Jurisdiction, words: Vec<LangWord>) {
        self.langs.insert(jurisdiction, words);
    }

    /// The hits of `top`, in its order.
    fn hits(&self, top: Vec<Scored>) -> Result<Vec<Hit>, SearchError> {
        let f = &self.index.fields;
        let matched = self.matched_terms(&top)?;
        let mut generators: HashMap<Jurisdiction, SnippetGenerator> = HashMap::new();
        let mut hits = Vec::with_capacity(top.len());
        for (scored, matched_terms) in top.iter().zip(matched) {
            let doc: TantivyDocument = self.searcher.doc(scored.address)?;
            let text_of = |field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
            };
            let provision_id = doc
                .get_first(f.provision_id)
                .and_then(|v| v.as_i64())
                .unwrap_or_default();
            let text = text_of(f.stored_text);
            let generator = match generators.entry(scored.jurisdiction) {
                Entry::Occupied(e) => e.into_mut(),
                Entry::Vacant(e) => e.insert(self.snippet_generator(scored.jurisdiction)?),
            };
            let snippet = generator.snippet(text);
            let (snippet, highlights) = if snippet.fragment().is_empty() {
                (truncate_words(text, SNIPPET_CHARS), Vec::new())
            } else {
                (
                    snippet.fragment().to_owned(),
                    snippet
                        .highlighted()
                        .iter()
                        .map(|r| (r.start, r.end))
                        .collect(),
                )
            };
            hits.push(Hit {
                provision_id,
                act_id: text_of(f.act_id).to_owned(),
                score: scored.score,
                snippet,
                highlights,
                matched_terms,
            });
        }
        Ok(hits)
    }

    /// The candidates of `top`, in its order: their ids from the fast field, and no stored
    /// document read.
    fn candidates(&self, top: Vec<Scored>) -> Result<Vec<Candidate>, SearchError> {
        let matched = self.matched_terms(&top)?;
        let mut ids = HashMap::new();
        let mut candidates = Vec::with_capacity(top.len());
        for (scored, matched_terms) in top.into_iter().zip(matched) {
            let segment = scored.address.segment_ord;
            let column = match ids.entry(segment) {
                Entry::Occupied(e) => e.into_mut(),
                Entry::Vacant(e) => e.insert(
                    self.searcher
                        .segment_reader(segment)
                        .fast_fields()
                        .i64(PROVISION_ID_FIELD)?,
                ),
            };
            candidates.push(Candidate {
                provision_id: column.first(scored.address.doc_id).unwrap_or_default(),
                score: scored.score,
                matched_terms,
            });
        }
        Ok(candidates)
    }

    /// The words each document of `top` matched, read from the postings rather than by
    /// analysing the document again.
    fn matched_terms(&self, top: &[Scored]) -> Result<Vec<Vec<String>>, SearchError> {
        // Postings are read forwards, so each segment's documents are visited in order.
        let mut order: Vec<usize> = (0..top.len()).collect();
        order.sort_by_key(|i| (top[*i].address.segment_ord, top[*i].address.doc_id));
        let mut has: Vec<HashSet<&str>> = vec![HashSet::new(); top.len()];
        let mut start = 0;
        while start < order.len() {
            let segment = top[order[start]].address.segment_ord;
            let end = order[start..]
                .iter()
                .position(|i| top[*i].address.segment_ord != segment)
                .map_or(order.len(), |n| start + n);
            let reader = self.searcher.segment_reader(segment);
            for (jurisdiction, words) in &self.langs {
                let field = self.index.fields.lang(*jurisdiction).all;
                let docs: Vec<usize> = order[start..end]
                    .iter()
                    .copied()
                    .filter(|i| top[*i].jurisdiction == *jurisdiction)
                    .collect();
                if docs.is_empty() {
                    continue;
                }
                let inverted = reader.inverted_index(field)?;
                let mut seen: HashSet<&str> = HashSet::new();
                for term in words.iter().flat_map(|w| &w.required) {
                    if !seen.insert(term.as_str()) {
                        continue;
                    }
                    let Some(mut postings) = inverted.read_postings(
                        &Term::from_field_text(field, term),
                        IndexRecordOption::Basic,
                    )?
                    else {
                        continue;
                    };
                    for i in &docs {
                        let doc = top[*i].address.doc_id;
                        if postings.doc() <= doc && postings.seek(doc) == doc {
                            has[*i].insert(term.as_str());
                        }
                    }
                }
            }
            start = end;
        }
        Ok(top
            .iter()
            .zip(&has)
            .map(|(scored, has)| {
                self.langs
                    .get(&scored.jurisdiction)
                    .map(|words| {
                        words
                            .iter()
                            .filter(|w| w.required.iter().all(|t| has.contains(t.as_str())))
                            .map(|w| w.shown.clone())
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect())
    }

    /// A snippet generator that highlights the searched terms in a language's text.
    fn snippet_generator(
        &self,
        jurisdiction: Jurisdiction,
    ) -> Result<SnippetGenerator, SearchError> {
        let field = self.index.fields.lang(jurisdiction).all;
        let mut terms = BTreeMap::new();
        let words = self.langs.get(&jurisdiction).map_or(&[][..], Vec::as_slice);
        for term in words.iter().flat_map(|w| &w.highlighted) {
            let df = self
                .searcher
                .doc_freq(&Term::from_field_text(field, term))?;
            // Rarer terms make better snippets, as in tantivy's own generator.
            terms.insert(term.clone(), 1.0 / (1.0 + df as f32));
        }
        let analyzer = analyzer(jurisdiction, self.vocabulary.language(jurisdiction).clone());
        Ok(SnippetGenerator::new(terms, analyzer, field, SNIPPET_CHARS))
    }
}

/// Removes the files of a tantivy index from `dir`, and nothing else that may be there.
fn remove_index_files(dir: &Path) -> Result<(), SearchError> {
    const SEGMENT_FILES: [&str; 7] = ["idx", "pos", "term", "store", "fast", "fieldnorm", "del"];
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        let owned = matches!(name, "meta.json" | ".managed.json" | VOCABULARY_FILE)
            || SEGMENT_FILES.contains(&extension);
        if owned && path.is_file() {
            fs::remove_file(&path)?;
        }
    }
    Ok(())
}

fn register_analyzers(index: &Index, vocabulary: &Vocabulary) {
    for j in LANGUAGES {
        index.tokenizers().register(
            &analyzer_name(j),
            analyzer(j, vocabulary.language(j).clone()),
        );
    }
}

fn count_words(builder: &mut VocabularyBuilder, doc: &ProvisionDoc) {
    let j = doc.jurisdiction;
    builder.add_text(j, &doc.act_title);
    if let Some(short) = &doc.act_short_title {
        builder.add_text(j, short);
    }
    if let Some(heading) = &doc.heading {
        builder.add_text(j, heading);
    }
    builder.add_text(j, &doc.text);
}

fn learn_vocabulary<'a>(docs: impl Iterator<Item = &'a ProvisionDoc>) -> VocabularyFile {
    let mut builder = VocabularyBuilder::default();
    for doc in docs {
        count_words(&mut builder, doc);
    }
    builder.finish(MIN_WORD_FREQUENCY)
}

fn effective_limit(limit: usize) -> usize {
    if limit == 0 { 10 } else { limit.min(MAX_LIMIT) }
}

/// The first `max` characters of `text`.
fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// The first `max` characters of `text`, cut at a space where there is one.
fn truncate_words(text: &str, max: usize) -> String {
    let cut = truncate_chars(text, max);
    if cut.len() == text.len() {
        return cut.to_owned();
    }
    let end = cut.rfind(' ').filter(|i| *i > 0).unwrap_or(cut.len());
    format!("{}…", &cut[..end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::synthetic::{BENCH_DESCRIPTIONS, SyntheticCorpus};

    /// A description's terms scored in one pass over their postings find the provisions
    /// block-WAND finds, with the same scores: the pass only costs less.
    #[test]
    fn a_description_scored_without_pruning_finds_what_pruning_finds() {
        let index = LawIndex::in_memory().unwrap();
        let corpus = SyntheticCorpus::new(3_000);
        index.rebuild_from(|| corpus.iter()).unwrap();
        let searcher = index.reader.searcher();
        let vocabulary = index.vocabulary();
        let filter = Filter {
            kind: None,
            in_force_only: true,
            prior: true,
        };
        for (text, j) in BENCH_DESCRIPTIONS {
            let mut analyzers = vec![(
                lang_index(*j),
                *j,
                analyzer(*j, vocabulary.language(*j).clone()),
            )];
            let terms = index
                .description_terms(&searcher, &mut analyzers, text, SIMILAR_TERMS)
                .unwrap();
            assert!(terms.len() > 3, "{text}");
            let top = |prune| {
                let queries = index.description_queries(&terms, prune);
                index.top_docs(&searcher, &queries, filter, 50).unwrap()
            };
            let (pruned, whole) = (top(true), top(false));
            assert_eq!(pruned.len(), whole.len(), "{text}");
            assert!(!whole.is_empty(), "{text}");
            for (a, b) in pruned.iter().zip(&whole) {
                assert_eq!(a.address, b.address, "{text}");
                assert!((a.score - b.score).abs() <= 1e-4 * a.score.abs(), "{text}");
            }
        }
    }
}
