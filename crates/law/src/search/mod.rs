//! Full-text search of law provisions with tantivy: Norwegian, Danish and Swedish analysers
//! that stem, fold diacritics and split compounds, an index of provisions with filters by
//! jurisdiction, kind and force, keyword search with snippets, and "similar provisions" for a
//! plain description.

mod analysis;
pub mod decompound;
mod index;
mod query;
mod rank;
mod schema;
pub mod synthetic;
mod words;

#[cfg(test)]
mod tests;

use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use index::LawIndex;

use crate::model::{ActKind, Jurisdiction};

/// How provisions are analysed and weighed in an index: count it up with every change to the
/// analysers (stemming, compound splitting, stop words) or to what is stored per provision
/// (its prior), so that an index built under another version on disk is rebuilt when a
/// server starts instead of being searched with the new query analysis.
pub const INDEX_VERSION: u32 = 3;

/// The longest query text searched; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 1_000;
/// The most query words searched; the rest are ignored.
pub const MAX_QUERY_WORDS: usize = 64;
/// The longest description [`LawIndex::similar`] reads; the rest is ignored.
pub const MAX_DESCRIPTION_CHARS: usize = 20_000;
/// How many distinctive terms of a description [`LawIndex::similar`] searches for. A long
/// description (a page of an application, a section of a regulation) names its subject in
/// more words than a short one; 25 lost too many of them (real Norwegian set: 60 with the
/// other changes of issue 16 took recall@10 from 0.670 to 0.710).
pub const SIMILAR_TERMS: usize = 60;
/// How many distinctive terms of each part of a description it searches for as well.
pub const PART_TERMS: usize = 20;
/// How many parts of a description it searches on their own. A section of a regulation has
/// more sentences than an idea; 4 left its later subsections unsearched (real Norwegian set:
/// 8 took recall@10 from 0.727 to 0.744, the masked Danish set from 0.593 to 0.601).
pub const MAX_PARTS: usize = 8;
/// The most hits one search returns.
pub const MAX_LIMIT: usize = 1_000;

/// One provision as it is indexed: a section with its act's metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProvisionDoc {
    /// The catalogue's id of the provision; unique in the index.
    pub provision_id: i64,
    pub act_id: String,
    pub jurisdiction: Jurisdiction,
    pub kind: ActKind,
    pub in_force: bool,
    pub act_title: String,
    pub act_short_title: Option<String>,
    pub label: String,
    /// The chapter the section stands in, as the act numbers it; `None` in an act without
    /// chapters.
    pub chapter: Option<String>,
    pub heading: Option<String>,
    pub text: String,
}

/// A keyword search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    /// The user's words; anything goes, operators are plain characters.
    pub text: String,
    pub jurisdiction: Option<Jurisdiction>,
    pub kind: Option<ActKind>,
    pub in_force_only: bool,
    /// The most hits to return, capped at [`MAX_LIMIT`]; 0 means 10.
    pub limit: usize,
}

impl SearchQuery {
    /// A search for `text` in everything, ten hits.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            jurisdiction: None,
            kind: None,
            in_force_only: false,
            limit: 10,
        }
    }
}

/// One matching provision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub provision_id: i64,
    pub act_id: String,
    pub score: f32,
    /// A plain-text excerpt of the provision's text around the matches.
    pub snippet: String,
    /// Byte ranges of `snippet` to highlight.
    pub highlights: Vec<(usize, usize)>,
    /// The query words (or description words) the provision matched, lower-cased.
    pub matched_terms: Vec<String>,
}

/// A provision that resembles a description, with what the rule finder weighs it by. It has
/// no snippet: the finder shows the provision itself, so none is made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub provision_id: i64,
    pub score: f32,
    /// The description's words the provision matched, lower-cased.
    pub matched_terms: Vec<String>,
}

/// What [`LawIndex::rebuild`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildStats {
    pub provisions: u64,
    /// Words learned from the corpus for compound splitting, over all languages.
    pub vocabulary_words: usize,
    pub elapsed: Duration,
}

/// Why a search or an index operation failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("the query has no searchable words")]
    EmptyQuery,
    #[error("search index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("cannot open the search index directory: {0}")]
    Directory(#[from] tantivy::directory::error::OpenDirectoryError),
    #[error("search index I/O error: {0}")]
    Io(#[from] std::io::Error),
    #[error("the search vocabulary file is invalid: {0}")]
    Vocabulary(#[from] serde_json::Error),
}
