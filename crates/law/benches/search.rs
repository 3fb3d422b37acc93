//! Benchmark of the provision search on a synthetic catalogue: index build rate and the
//! latency of a fixed set of queries. `cargo bench -p frirum-law --bench search` runs it at
//! full size (500,000 provisions, or `FRIRUM_BENCH_PROVISIONS`); `cargo test --benches` runs
//! it tiny, as a smoke test.

use std::path::Path;
use std::time::{Duration, Instant};

use frirum_law::model::{ActKind, Jurisdiction};
use frirum_law::search::synthetic::{BENCH_DESCRIPTIONS, BENCH_QUERIES, SyntheticCorpus};
use frirum_law::search::{LawIndex, SearchQuery};

/// The queries, shared with the PostgreSQL comparison in `crates/cli/benches/law_search.rs`.
const QUERIES: &[(&str, Option<Jurisdiction>)] = BENCH_QUERIES;

fn main() {
    // Cargo passes `--bench` only to `cargo bench`; under `cargo test` the run is a smoke test.
    let full = std::env::args().any(|a| a == "--bench");
    let count = std::env::var("FRIRUM_BENCH_PROVISIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if full { 500_000 } else { 2_000 });
    let rounds = if full { 50 } else { 2 };

    // Generating the corpus is part of the build time below; this says how big a part.
    let started = Instant::now();
    let bytes: usize = SyntheticCorpus::new(count)
        .iter()
        .map(|d| d.text.len() + d.act_title.len() + d.heading.map_or(0, |h| h.len()))
        .sum();
    let generation = started.elapsed();

    let dir = tempfile::tempdir().expect("a temporary directory");
    let index = LawIndex::open_or_create(dir.path()).expect("an index");
    let corpus = SyntheticCorpus::new(count);
    let stats = index
        .rebuild_from(|| corpus.iter())
        .expect("the index builds");
    let secs = stats.elapsed.as_secs_f64();
    println!("search benchmark: {count} synthetic provisions, {rounds} rounds");
    println!(
        "corpus: {:.0} MB of text, generated in {:.1} s (twice per build)",
        bytes as f64 / 1e6,
        generation.as_secs_f64()
    );
    println!(
        "build: {:.1} s, {:.0} provisions/s, {} vocabulary words, {:.0} MB on disk",
        secs,
        stats.provisions as f64 / secs,
        stats.vocabulary_words,
        dir_size(dir.path()) as f64 / 1e6
    );

    let mut all = Vec::new();
    let mut rows = Vec::new();
    for (text, jurisdiction) in QUERIES {
        let mut q = SearchQuery::new(*text);
        q.jurisdiction = *jurisdiction;
        let hits = index.search(&q).map(|h| h.len()).unwrap_or(0);
        let mut samples = Vec::with_capacity(rounds);
        for _ in 0..rounds {
            let started = Instant::now();
            let _ = std::hint::black_box(index.search(&q));
            samples.push(started.elapsed());
        }
        all.extend_from_slice(&samples);
        rows.push(((*text).to_owned(), *jurisdiction, hits, samples));
    }
    // One more filtered pass: kind and force filters on a common word.
    let mut q = SearchQuery::new("kommunen skal");
    q.kind = Some(ActKind::Regulation);
    q.in_force_only = true;
    let hits = index.search(&q).map(|h| h.len()).unwrap_or(0);
    let mut samples = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let started = Instant::now();
        let _ = std::hint::black_box(index.search(&q));
        samples.push(started.elapsed());
    }
    all.extend_from_slice(&samples);
    rows.push((
        "kommunen skal [regulation, in force]".into(),
        None,
        hits,
        samples,
    ));

    println!();
    println!(
        "{:<44} {:>4} {:>5} {:>10} {:>10}",
        "query", "in", "hits", "p50", "p99"
    );
    for (text, jurisdiction, hits, mut samples) in rows {
        let code = match jurisdiction {
            Some(Jurisdiction::No) => "no",
            Some(Jurisdiction::Dk) => "dk",
            Some(Jurisdiction::Se) => "se",
            None => "all",
        };
        println!(
            "{:<44} {:>4} {:>5} {:>10} {:>10}",
            truncate(&text, 44),
            code,
            hits,
            ms(percentile(&mut samples, 50.0)),
            ms(percentile(&mut samples, 99.0))
        );
    }
    println!(
        "{:<44} {:>4} {:>5} {:>10} {:>10}",
        "ALL QUERIES",
        "",
        all.len(),
        ms(percentile(&mut all, 50.0)),
        ms(percentile(&mut all, 99.0))
    );

    let mut similar = Vec::new();
    for (text, jurisdiction) in BENCH_DESCRIPTIONS {
        for _ in 0..rounds.div_ceil(5) {
            let started = Instant::now();
            let _ = std::hint::black_box(index.similar(text, Some(*jurisdiction), 30));
            similar.push(started.elapsed());
        }
    }
    println!(
        "{:<44} {:>4} {:>5} {:>10} {:>10}",
        "similar() from descriptions",
        "",
        similar.len(),
        ms(percentile(&mut similar, 50.0)),
        ms(percentile(&mut similar, 99.0))
    );
}

/// The `p`th percentile of `samples` (nearest rank).
fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    samples.sort_unstable();
    let rank = ((p / 100.0) * samples.len() as f64).ceil() as usize;
    samples[rank.clamp(1, samples.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn truncate(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}
