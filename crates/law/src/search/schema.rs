//! The index schema: identifiers and filters as raw fields, and per language one field
//! analysed for that language that holds the title, the heading and the text. The display
//! texts are stored once, in fields of their own, whatever the language.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

use super::analysis::{LANGUAGES, analyzer_name, lang_code};
use crate::model::{ActKind, Jurisdiction};

/// The analysed field of one language. It holds the title three times, the heading twice and
/// the text once, so that a term's frequency carries the weight of where it stands and a
/// query needs one term per word, which tantivy can prune with block-max WAND.
#[derive(Debug, Clone, Copy)]
pub struct LangFields {
    pub all: Field,
}

/// How often the title, the heading and the text are written into [`LangFields::all`].
pub const TITLE_REPEATS: usize = 3;
pub const HEADING_REPEATS: usize = 2;

/// The names of the ranking fast fields, as the schema declares them.
pub const PRIOR_FIELD: &str = "prior";
pub const ACT_KEY_FIELD: &str = "act_key";
pub const FINGERPRINT_FIELD: &str = "fingerprint";
pub const CHAPTER_KEY_FIELD: &str = "chapter_key";

/// Every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    pub schema: Schema,
    pub provision_id: Field,
    pub act_id: Field,
    pub jurisdiction: Field,
    pub kind: Field,
    pub in_force: Field,
    pub label: Field,
    pub stored_title: Field,
    pub stored_short_title: Field,
    pub stored_heading: Field,
    pub stored_text: Field,
    /// What the suggestions weigh a provision by before its words: see `rank`.
    pub prior: Field,
    /// The act, as a number the suggestions group by.
    pub act_key: Field,
    /// A SimHash of the text, for collapsing near-identical provisions.
    pub fingerprint: Field,
    /// The act's chapter, as a number the suggestions group by; 0 outside chapters.
    pub chapter_key: Field,
    langs: [LangFields; 3],
}

impl Fields {
    pub fn new() -> Self {
        let mut builder = Schema::builder();
        let provision_id = builder.add_i64_field("provision_id", INDEXED | STORED | FAST);
        let act_id = builder.add_text_field("act_id", STRING | STORED);
        let jurisdiction = builder.add_text_field("jurisdiction", STRING | STORED);
        // Filters are fast fields: the top-k collection checks them without leaving the
        // query flat, so that tantivy can still prune.
        let kind = builder.add_u64_field("kind", INDEXED | FAST);
        let in_force = builder.add_bool_field("in_force", INDEXED | FAST);
        let label = builder.add_text_field("label", STRING | STORED);
        let stored_title = builder.add_text_field("stored_title", STORED);
        let stored_short_title = builder.add_text_field("stored_short_title", STORED);
        let stored_heading = builder.add_text_field("stored_heading", STORED);
        let stored_text = builder.add_text_field("stored_text", STORED);
        let prior = builder.add_f64_field(PRIOR_FIELD, FAST);
        let act_key = builder.add_u64_field(ACT_KEY_FIELD, FAST);
        let fingerprint = builder.add_u64_field(FINGERPRINT_FIELD, FAST);
        let chapter_key = builder.add_u64_field(CHAPTER_KEY_FIELD, FAST);
        let langs = LANGUAGES.map(|j| {
            // Positions are left out: queries are bags of words, and they double the postings.
            let options = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(&analyzer_name(j))
                    .set_index_option(IndexRecordOption::WithFreqs),
            );
            let code = lang_code(j);
            LangFields {
                all: builder.add_text_field(&format!("all_{code}"), options),
            }
        });
        Self {
            schema: builder.build(),
            provision_id,
            act_id,
            jurisdiction,
            kind,
            in_force,
            label,
            stored_title,
            stored_short_title,
            stored_heading,
            stored_text,
            prior,
            act_key,
            fingerprint,
            chapter_key,
            langs,
        }
    }

    /// The analysed fields of the language of `jurisdiction`.
    pub fn lang(&self, jurisdiction: Jurisdiction) -> LangFields {
        match jurisdiction {
            Jurisdiction::No => self.langs[0],
            Jurisdiction::Dk => self.langs[1],
            Jurisdiction::Se => self.langs[2],
        }
    }
}

impl Default for Fields {
    fn default() -> Self {
        Self::new()
    }
}

/// How a kind is written in the `kind` fast field.
pub fn kind_code(kind: ActKind) -> u64 {
    match kind {
        ActKind::Act => 1,
        ActKind::ConsolidatedAct => 2,
        ActKind::Regulation => 3,
        ActKind::ExecutiveOrder => 4,
        ActKind::AmendingAct => 5,
    }
}

/// How a jurisdiction is written in the `jurisdiction` field; the same as its serde name.
pub fn jurisdiction_code(jurisdiction: Jurisdiction) -> &'static str {
    match jurisdiction {
        Jurisdiction::No => "no",
        Jurisdiction::Dk => "dk",
        Jurisdiction::Se => "se",
    }
}
