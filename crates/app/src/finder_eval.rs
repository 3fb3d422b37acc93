//! Measuring the rule finder: a set of cases (an idea, or a section of a real regulation
//! with its citations masked, and the provisions it needs exemption from) run through
//! exactly the `RuleFinder::suggest` the server uses, scored as recall@1, recall@k, mean
//! reciprocal rank and the latency of each suggestion. The set is facts only; the law text
//! comes from the catalogue and from the regulations the caller reads.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use frirum_domain::law::{Document, Jurisdiction};
use frirum_store::Store;
use frirum_store::law::{StoredProvision, section_body};
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::law::RuleFinder;

/// A development or evaluation set, as written in TOML (`[[case]]` tables).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvalSet {
    #[serde(rename = "case", default)]
    pub cases: Vec<EvalCase>,
}

/// One question and the provisions a good answer names.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvalCase {
    pub id: String,
    pub jurisdiction: Jurisdiction,
    /// An idea in plain words.
    #[serde(default)]
    pub description: Option<String>,
    /// Or a section of a real regulation, read from the regulations given and masked.
    #[serde(default)]
    pub source: Option<ProvisionRef>,
    pub expected: Vec<ProvisionRef>,
}

/// A provision by its act's official id and its section as the law prints it ("§ 26",
/// "§ 3 a", "9 kap. 37 §", "37 §").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionRef {
    pub act: String,
    pub section: String,
}

/// An expected provision that was not found in the first `limit` suggestions, or was
/// found lower than first.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub case: String,
    pub expected: ProvisionRef,
    /// Its rank among the suggestions (1 is first), `None` when not in the first `limit`.
    pub rank: Option<usize>,
    /// The first suggestions that came before it (at most [`AHEAD`]): what a miss lost to,
    /// for sorting misses by their cause.
    pub ahead: Vec<ProvisionRef>,
}

/// How many of the suggestions ranked above a missed provision an evaluation names.
pub const AHEAD: usize = 3;

/// What an evaluation measured.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    /// Cases in the set.
    pub cases: usize,
    /// Cases with at least one expected provision in the catalogue: the ones scored.
    pub scored: usize,
    /// Cases none of whose expected provisions is in the catalogue.
    pub unresolvable_cases: usize,
    /// Expected provisions not in the catalogue (also those of partly resolvable cases).
    pub unresolvable_provisions: Vec<(String, ProvisionRef)>,
    pub limit: usize,
    pub metrics: Metrics,
    /// Expected provisions not ranked first, in the set's order.
    pub misses: Vec<Miss>,
}

/// The figures, each averaged over the scored cases.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Metrics {
    pub recall_at_1: f64,
    pub recall_at_limit: f64,
    pub mrr: f64,
    pub latency_p50_ms: f64,
    pub latency_p99_ms: f64,
}

/// The ranks (1 is first) of one case's expected provisions; `None` for one not suggested.
pub type CaseRanks = Vec<Option<usize>>;

/// recall@k of one case: the share of its expected provisions ranked k or better.
pub fn recall_at(ranks: &[Option<usize>], k: usize) -> f64 {
    if ranks.is_empty() {
        return 0.0;
    }
    let found = ranks.iter().filter(|r| r.is_some_and(|r| r <= k)).count();
    found as f64 / ranks.len() as f64
}

/// The reciprocal rank of one case: one over the rank of its best-ranked expected
/// provision, 0 when none was suggested.
pub fn reciprocal_rank(ranks: &[Option<usize>]) -> f64 {
    ranks
        .iter()
        .flatten()
        .min()
        .map_or(0.0, |&best| 1.0 / best as f64)
}

/// The q-quantile (0 ≤ q ≤ 1) by the nearest-rank method; 0 for no samples.
pub fn percentile(samples: &[Duration], q: f64) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    let rank = (q * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1]
}

/// The figures over the scored cases' ranks and every suggestion's latency.
pub fn metrics(cases: &[CaseRanks], latencies: &[Duration], limit: usize) -> Metrics {
    let n = cases.len().max(1) as f64;
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    Metrics {
        recall_at_1: cases.iter().map(|r| recall_at(r, 1)).sum::<f64>() / n,
        recall_at_limit: cases.iter().map(|r| recall_at(r, limit)).sum::<f64>() / n,
        mrr: cases.iter().map(|r| reciprocal_rank(r)).sum::<f64>() / n,
        latency_p50_ms: ms(percentile(latencies, 0.50)),
        latency_p99_ms: ms(percentile(latencies, 0.99)),
    }
}

/// Folds whitespace, so that "§ 3 a" and "§ 3  a" are the same label.
fn normalise(label: &str) -> String {
    label.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a provision is the one a reference names. Swedish sections are cited with their
/// chapter ("9 kap. 37 §"), the others by their label alone ("§ 26").
fn is_at(p: &StoredProvision, act: &str, section: &str) -> bool {
    if p.act_official_id != act {
        return false;
    }
    let label = match &p.section.chapter {
        Some(c) if section.contains("kap.") => format!("{c} kap. {}", p.section.label),
        _ => p.section.label.clone(),
    };
    normalise(&label) == normalise(section)
}

/// The text of a section with every citation the parser finds replaced by "[…]", so that
/// the finder works from the words alone.
pub fn mask(text: &str, spans: &[(usize, usize)]) -> String {
    let mut spans: Vec<(usize, usize)> = spans
        .iter()
        .copied()
        .filter(|&(s, e)| s < e && e <= text.len())
        .collect();
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in spans {
        if start < at || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str("[…]");
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

fn bad_case(case: &EvalCase, message: impl Into<String>) -> Error {
    Error::InvalidField {
        field: format!("case {}", case.id),
        message: message.into(),
    }
}

/// The question a case asks: its description, or its source section masked.
async fn question(
    finder: &RuleFinder,
    store: &dyn Store,
    case: &EvalCase,
    regulations: &HashMap<String, Document>,
) -> Result<String, Error> {
    match (&case.description, &case.source) {
        (Some(text), None) => Ok(text.clone()),
        (None, Some(source)) => {
            let document = regulations.get(&source.act).ok_or_else(|| {
                bad_case(
                    case,
                    format!("the regulation {} is not among those read", source.act),
                )
            })?;
            let section = document
                .sections
                .iter()
                .find(|s| normalise(&s.label) == normalise(&source.section))
                .ok_or_else(|| {
                    bad_case(
                        case,
                        format!("{} has no section {}", source.act, source.section),
                    )
                })?;
            let text = section_body(section);
            let cited = finder.cite(store, case.jurisdiction, &text).await?;
            let spans: Vec<(usize, usize)> = cited
                .iter()
                .map(|c| (c.citation.start, c.citation.end))
                .collect();
            Ok(mask(&text, &spans))
        }
        _ => Err(bad_case(
            case,
            "give either a description or a source, not both or neither",
        )),
    }
}

/// Runs every case of the set through `RuleFinder::suggest` over the catalogue in the
/// store, asking for `limit` suggestions, and scores them. `regulations` are the documents
/// that `source` cases read their question from, by their act's official id.
pub async fn evaluate(
    finder: &RuleFinder,
    store: &dyn Store,
    set: &EvalSet,
    regulations: &HashMap<String, Document>,
    limit: usize,
) -> Result<Evaluation, Error> {
    let mut act_ids: HashMap<(Jurisdiction, String), Option<i64>> = HashMap::new();
    let mut act_provisions: HashMap<i64, Vec<StoredProvision>> = HashMap::new();
    let mut scored: Vec<CaseRanks> = Vec::new();
    let mut latencies = Vec::new();
    let mut unresolvable_cases = 0;
    let mut unresolvable_provisions = Vec::new();
    let mut misses = Vec::new();
    // As a server does when it starts, so that the first case's latency is not the reading
    // of the catalogue's acts.
    finder.prepare_citations(store).await?;

    for case in &set.cases {
        if case.expected.is_empty() {
            return Err(bad_case(case, "names no expected provision"));
        }
        // Which expected provisions the catalogue holds.
        let mut resolvable = Vec::new();
        for expected in &case.expected {
            let key = (case.jurisdiction, expected.act.clone());
            let act = match act_ids.get(&key) {
                Some(id) => *id,
                None => {
                    let id = store
                        .act_by_official_id(case.jurisdiction, &expected.act)
                        .await?
                        .map(|a| a.id);
                    act_ids.insert(key, id);
                    id
                }
            };
            let provisions = match act {
                Some(id) => {
                    if let std::collections::hash_map::Entry::Vacant(slot) =
                        act_provisions.entry(id)
                    {
                        slot.insert(store.provisions_of_act(id).await?);
                    }
                    act_provisions.get(&id).map(Vec::as_slice).unwrap_or(&[])
                }
                None => &[],
            };
            if provisions
                .iter()
                .any(|p| is_at(p, &expected.act, &expected.section))
            {
                resolvable.push(expected);
            } else {
                unresolvable_provisions.push((case.id.clone(), expected.clone()));
            }
        }
        let text = question(finder, store, case, regulations).await?;
        if resolvable.is_empty() {
            unresolvable_cases += 1;
            continue;
        }

        let started = Instant::now();
        let suggestions = finder
            .suggest(store, case.jurisdiction, &text, limit)
            .await?;
        latencies.push(started.elapsed());

        let ranks: CaseRanks = resolvable
            .iter()
            .map(|e| {
                suggestions
                    .iter()
                    .position(|s| is_at(&s.provision, &e.act, &e.section))
                    .map(|i| i + 1)
            })
            .collect();
        for (expected, rank) in resolvable.iter().zip(&ranks) {
            if *rank != Some(1) {
                let before = rank.map_or(suggestions.len(), |r| r - 1);
                misses.push(Miss {
                    case: case.id.clone(),
                    expected: (*expected).clone(),
                    rank: *rank,
                    ahead: suggestions
                        .iter()
                        .take(before.min(AHEAD))
                        .map(|s| ProvisionRef {
                            act: s.provision.act_official_id.clone(),
                            section: s.provision.section.label.clone(),
                        })
                        .collect(),
                });
            }
        }
        scored.push(ranks);
    }

    Ok(Evaluation {
        cases: set.cases.len(),
        scored: scored.len(),
        unresolvable_cases,
        unresolvable_provisions,
        limit,
        metrics: metrics(&scored, &latencies, limit),
        misses,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recall_counts_the_share_of_expected_provisions_within_k() {
        assert_eq!(recall_at(&[Some(1), Some(4)], 1), 0.5);
        assert_eq!(recall_at(&[Some(1), Some(4)], 10), 1.0);
        assert_eq!(recall_at(&[None, Some(11)], 10), 0.0);
        assert_eq!(recall_at(&[], 10), 0.0);
    }

    #[test]
    fn reciprocal_rank_takes_the_best_ranked_expected_provision() {
        assert_eq!(reciprocal_rank(&[Some(4), Some(2)]), 0.5);
        assert_eq!(reciprocal_rank(&[None, Some(1)]), 1.0);
        assert_eq!(reciprocal_rank(&[None]), 0.0);
    }

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let ms: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(percentile(&ms, 0.5), Duration::from_millis(50));
        assert_eq!(percentile(&ms, 0.99), Duration::from_millis(99));
        assert_eq!(percentile(&ms[..1], 0.99), Duration::from_millis(1));
        assert_eq!(percentile(&[], 0.5), Duration::ZERO);
    }

    #[test]
    fn metrics_average_over_cases() {
        let cases = vec![vec![Some(1)], vec![Some(3), None], vec![None]];
        let m = metrics(&cases, &[Duration::from_millis(8)], 10);
        assert!((m.recall_at_1 - 1.0 / 3.0).abs() < 1e-9);
        assert!((m.recall_at_limit - 0.5).abs() < 1e-9);
        assert!((m.mrr - (1.0 + 1.0 / 3.0) / 3.0).abs() < 1e-9);
        assert_eq!(m.latency_p50_ms, 8.0);
    }

    #[test]
    fn masking_replaces_each_citation_and_keeps_the_words() {
        let text = "Kommunen kan gjøre unntak fra opplæringslova § 14-1 og § 3-2 for elevene.";
        let start = text.find("opplæringslova").unwrap();
        let end = text.find(" og").unwrap();
        let second = text.find("§ 3-2").unwrap();
        let masked = mask(text, &[(second, second + "§ 3-2".len()), (start, end)]);
        assert_eq!(
            masked,
            "Kommunen kan gjøre unntak fra […] og […] for elevene."
        );
        // Overlapping or broken spans are left alone rather than cutting a letter.
        assert_eq!(mask("æøå", &[(1, 2)]), "æøå");
    }

    #[test]
    fn sets_read_descriptions_and_sources() {
        let set: EvalSet = serde_json::from_value(serde_json::json!({
            "case": [
                {"id": "a", "jurisdiction": "no", "description": "x",
                 "expected": [{"act": "LOV-2005-06-17-64", "section": "§ 26"}]},
                {"id": "b", "jurisdiction": "se",
                 "source": {"act": "2017:1", "section": "3 §"},
                 "expected": [{"act": "2010:800", "section": "9 kap. 37 §"}]}
            ]
        }))
        .unwrap();
        assert_eq!(set.cases.len(), 2);
        assert_eq!(set.cases[1].source.as_ref().unwrap().section, "3 §");
    }
}
