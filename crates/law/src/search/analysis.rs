//! The text analysers, one per language: split into words, lower-case, add compound parts,
//! stem, then fold diacritics. Folding comes last because the stemmers expect native letters.

use std::collections::HashSet;
use std::sync::Arc;

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, TokenStream,
};

use super::decompound::{Decompounder, LangVocabulary, fold};
use super::words;
use crate::model::Jurisdiction;

/// Tokens longer than this (in bytes) are dropped: they are data, not words.
const MAX_TOKEN_BYTES: usize = 64;

/// The three languages, in the order the index's fields use.
pub const LANGUAGES: [Jurisdiction; 3] = [Jurisdiction::No, Jurisdiction::Dk, Jurisdiction::Se];

/// The position of a jurisdiction's language in [`LANGUAGES`].
pub fn lang_index(jurisdiction: Jurisdiction) -> usize {
    match jurisdiction {
        Jurisdiction::No => 0,
        Jurisdiction::Dk => 1,
        Jurisdiction::Se => 2,
    }
}

/// The short code of a jurisdiction's language, used in field and analyser names.
pub fn lang_code(jurisdiction: Jurisdiction) -> &'static str {
    match jurisdiction {
        Jurisdiction::No => "no",
        Jurisdiction::Dk => "da",
        Jurisdiction::Se => "sv",
    }
}

/// The name the analyser of a language is registered under.
pub fn analyzer_name(jurisdiction: Jurisdiction) -> String {
    format!("frirum_{}", lang_code(jurisdiction))
}

fn stemmer_language(jurisdiction: Jurisdiction) -> Language {
    match jurisdiction {
        Jurisdiction::No => Language::Norwegian,
        Jurisdiction::Dk => Language::Danish,
        Jurisdiction::Se => Language::Swedish,
    }
}

/// The full analyser of a language, for indexing and for queries alike.
pub fn analyzer(jurisdiction: Jurisdiction, vocabulary: Arc<LangVocabulary>) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(Decompounder::new(vocabulary))
        .filter(Stemmer::new(stemmer_language(jurisdiction)))
        .filter(AsciiFoldingFilter)
        .build()
}

/// The words of `text` as a reader sees them: lower-cased, unstemmed, in order.
pub fn surface_words(text: &str) -> Vec<String> {
    let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .build();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
}

/// One analysed token: its term and the bytes of the analysed text it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysed {
    pub term: String,
    pub from: usize,
    pub to: usize,
}

/// The tokens `analyzer` makes of `text`.
pub fn analyse(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Analysed> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push(Analysed {
            term: token.text.clone(),
            from: token.offset_from,
            to: token.offset_to,
        });
    }
    out
}

/// The stopwords of a language, lower-cased and folded, so that "naar" is one too.
#[derive(Debug)]
pub struct Stopwords {
    words: HashSet<String>,
}

impl Stopwords {
    pub fn new(jurisdiction: Jurisdiction) -> Self {
        let words = words::stopwords(jurisdiction)
            .flat_map(|w| [w.to_owned(), fold(w).into_owned()])
            .collect();
        Self { words }
    }

    /// Whether `word` (lower-cased) is a stopword.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}
