//! Turning user text into tantivy queries without tantivy's query parser: the text is only
//! ever split into words and analysed, so operators and quotes are plain characters.

use tantivy::Term;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;

use super::analysis::{Stopwords, analyse, surface_words};

/// One query word and the terms it is analysed into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordTerms {
    /// The word as the user wrote it, lower-cased.
    pub word: String,
    /// The term of the whole word.
    pub whole: String,
    /// The terms of its compound parts; empty if it is not a compound.
    pub parts: Vec<String>,
}

impl WordTerms {
    /// Every term of the word, whole first.
    pub fn terms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.whole.as_str()).chain(self.parts.iter().map(String::as_str))
    }
}

/// The searchable words of `text` for one language: no stopwords, no repeats, at most
/// `max_words`, each analysed.
pub fn query_words(
    text: &str,
    analyzer: &mut TextAnalyzer,
    stopwords: &Stopwords,
    max_words: usize,
) -> Vec<WordTerms> {
    let mut out: Vec<WordTerms> = Vec::new();
    for word in surface_words(text) {
        if out.len() >= max_words {
            break;
        }
        if stopwords.contains(&word) || out.iter().any(|w| w.word == word) {
            continue;
        }
        let mut tokens = analyse(analyzer, &word).into_iter();
        let Some(whole) = tokens.next() else {
            continue;
        };
        let mut parts: Vec<String> = Vec::new();
        for token in tokens {
            if token.term != whole.term && !parts.contains(&token.term) {
                parts.push(token.term);
            }
        }
        // Two spellings of one word ("næring", "naering") analyse alike; search them once.
        if out
            .iter()
            .any(|w| w.whole == whole.term && w.parts == parts)
        {
            continue;
        }
        out.push(WordTerms {
            word,
            whole: whole.term,
            parts,
        });
    }
    out
}

/// A term of a language's field, scored by BM25 with frequencies, so that tantivy may prune.
pub fn term_query(field: Field, term: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, term),
        IndexRecordOption::WithFreqs,
    ))
}

/// The terms a document must have to match `word`: its compound parts, or the whole word.
/// The analyser writes a compound's parts beside it in the index, so a document with the
/// compound has its parts too; asking for the parts alone finds both "bemanningsnormen" and
/// "norm for bemanning" with one flat intersection instead of a nested union.
pub fn required_terms(word: &WordTerms) -> &[String] {
    if word.parts.is_empty() {
        std::slice::from_ref(&word.whole)
    } else {
        &word.parts
    }
}

/// How many of `n` words a document must match on the first, strict try.
pub fn strict_minimum(n: usize) -> usize {
    n - n / 4
}

/// A condition the query of a language cannot express without losing its flat shape: at
/// least `minimum` of the `words` must match, each by all of its terms. The collector checks
/// it on the documents the query offers.
#[derive(Debug, Clone)]
pub struct MinMatch {
    pub field: Field,
    /// The distinct terms of the words.
    pub terms: Vec<String>,
    /// Each word's terms, as indices into `terms`.
    pub words: Vec<Vec<usize>>,
    pub minimum: usize,
}

/// The query of one language's words, of which at least `minimum` must match. When every
/// word must, it is a flat intersection of terms; otherwise a flat union of the terms, with
/// a [`MinMatch`] for the collector when a term alone does not make a match. Tantivy prunes
/// both shapes with block-max WAND.
pub fn words_query(
    field: Field,
    words: &[WordTerms],
    minimum: usize,
) -> (Box<dyn Query>, Option<MinMatch>) {
    let n = words.len();
    let minimum = minimum.clamp(1, n.max(1));
    let mut terms: Vec<String> = Vec::new();
    let mut word_terms = Vec::with_capacity(n);
    for word in words {
        let mut indices = Vec::new();
        for term in required_terms(word) {
            let i = terms.iter().position(|t| t == term).unwrap_or_else(|| {
                terms.push(term.clone());
                terms.len() - 1
            });
            indices.push(i);
        }
        word_terms.push(indices);
    }
    let occur = if minimum >= n {
        Occur::Must
    } else {
        Occur::Should
    };
    let query = match terms.as_slice() {
        [term] => term_query(field, term),
        terms => Box::new(BooleanQuery::new(
            terms
                .iter()
                .map(|t| (occur, term_query(field, t)))
                .collect(),
        )),
    };
    let any_term_will_do = minimum == 1 && word_terms.iter().all(|w| w.len() == 1);
    let check = (occur == Occur::Should && !any_term_will_do).then_some(MinMatch {
        field,
        terms,
        words: word_terms,
        minimum,
    });
    (query, check)
}
