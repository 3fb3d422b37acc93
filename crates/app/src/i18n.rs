//! Interface text in five languages, from the Fluent files in `i18n/`.

use std::collections::{BTreeSet, HashMap};

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use frirum_domain::Language;
use unic_langid::LanguageIdentifier;

fn source(lang: Language) -> &'static str {
    match lang {
        Language::Nb => include_str!("../i18n/nb.ftl"),
        Language::Nn => include_str!("../i18n/nn.ftl"),
        Language::Da => include_str!("../i18n/da.ftl"),
        Language::Sv => include_str!("../i18n/sv.ftl"),
        Language::En => include_str!("../i18n/en.ftl"),
    }
}

/// The translations of every interface language, loaded once at start.
pub struct I18n {
    bundles: HashMap<Language, FluentBundle<FluentResource>>,
}

impl I18n {
    /// Parses the embedded Fluent files. A syntax error is a programming error, caught by
    /// this crate's tests, so it panics.
    pub fn load() -> Self {
        let bundles = Language::ALL
            .into_iter()
            .map(|lang| {
                let id: LanguageIdentifier = lang.tag().parse().expect("valid language tag");
                let resource = FluentResource::try_new(source(lang).to_owned())
                    .unwrap_or_else(|(_, errors)| panic!("{lang}.ftl: {errors:?}"));
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Isolation marks around arguments would end up inside HTML attributes.
                bundle.set_use_isolating(false);
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errors| panic!("{lang}.ftl: {errors:?}"));
                (lang, bundle)
            })
            .collect();
        I18n { bundles }
    }

    /// Whether a message exists (in English, which every file matches): for labels looked
    /// up by a name that may have none.
    pub fn has(&self, id: &str) -> bool {
        self.bundles[&Language::En].has_message(id)
    }

    /// A message that depends on a count, for Fluent's plural selectors
    /// (`{ $count -> [one] … *[other] … }`): `$count` is the number itself (which the
    /// language's plural rules select on), `$number` the same number as the language
    /// writes it, grouped by thousands.
    pub fn plural(&self, lang: Language, id: &str, count: u64, written: &str) -> String {
        self.t_args(
            lang,
            id,
            &[
                ("count", count.into()),
                ("number", written.to_owned().into()),
            ],
        )
    }

    /// The message in the language, falling back to English, then to the message id.
    pub fn t(&self, lang: Language, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// A message with arguments.
    pub fn t_args(&self, lang: Language, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(lang, id, Some(&fluent_args))
    }

    fn format(&self, lang: Language, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for candidate in [lang, Language::En] {
            let bundle = &self.bundles[&candidate];
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(%lang, id, ?errors, "translation formatting problem");
                }
                return text.into_owned();
            }
        }
        tracing::warn!(%lang, id, "missing translation");
        id.to_owned()
    }

    /// The ids of every message in a language's file.
    pub fn message_ids(lang: Language) -> BTreeSet<String> {
        let resource = FluentResource::try_new(source(lang).to_owned()).expect("parses");
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One concept, one word per language: the names each language does not use for the
    /// screening, the assessor, the clarification (other words are its one word's forms).
    #[test]
    fn each_step_has_one_name_per_language() {
        let others: [(Language, &[&str]); 5] = [
            (
                Language::Nb,
                &[
                    "screening",
                    "rettslig vurdering",
                    "rettslige vurdering",
                    "forhåndsvurdering",
                    "bedømm",
                ],
            ),
            (
                Language::Nn,
                &[
                    "screening",
                    "rettsleg vurdering",
                    "rettslege vurdering",
                    "førehandsvurdering",
                    "bedømm",
                ],
            ),
            (Language::Da, &["juridisk gennemgang", "retlig vurdering"]),
            (
                Language::Sv,
                &["juridisk granskning", "komplettering", "vurder"],
            ),
            (Language::En, &["legal review", "evaluator", "reviewer"]),
        ];
        for (lang, words) in others {
            for line in source(lang).lines().filter(|l| !l.starts_with('#')) {
                let text = line
                    .split_once(" = ")
                    .map_or(line, |(_, t)| t)
                    .to_lowercase();
                for word in words {
                    assert!(!text.contains(word), "{lang}: «{word}» in {line}");
                }
            }
        }
    }

    #[test]
    fn every_language_loads_and_has_every_message() {
        let i18n = I18n::load();
        let english = I18n::message_ids(Language::En);
        assert!(english.len() > 50);
        for lang in Language::ALL {
            let ids = I18n::message_ids(lang);
            let missing: Vec<_> = english.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&english).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has unknown {extra:?}");
            assert_ne!(i18n.t(lang, "app-tagline"), "app-tagline");
        }
    }

    #[test]
    fn arguments_are_filled_in() {
        let i18n = I18n::load();
        let text = i18n.t_args(
            Language::En,
            "pagination-status",
            &[
                ("page", 2.into()),
                ("pages", 5.into()),
                ("total", 98.into()),
            ],
        );
        assert!(
            text.contains('2') && text.contains('5') && text.contains("98"),
            "{text}"
        );
    }

    #[test]
    fn counts_choose_their_plural_form() {
        let i18n = I18n::load();
        for lang in Language::ALL {
            let one = i18n.plural(lang, "journal-count", 1, "1");
            let many = i18n.plural(lang, "journal-count", 2, "2");
            assert_ne!(
                one.replace('1', ""),
                many.replace('2', ""),
                "{lang}: {one} / {many}"
            );
        }
        assert_eq!(
            i18n.plural(Language::En, "journal-count", 1, "1"),
            "1 entry"
        );
        assert_eq!(
            i18n.plural(Language::En, "journal-count", 1200, "1,200"),
            "1,200 entries"
        );
    }

    #[test]
    fn unknown_messages_fall_back_to_their_id() {
        assert_eq!(
            I18n::load().t(Language::Da, "no-such-message"),
            "no-such-message"
        );
    }
}
