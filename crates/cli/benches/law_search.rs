//! Benchmark of Frirum's provision search against PostgreSQL's full-text search on the same
//! synthetic catalogue: the tantivy index's build rate, then the p50 and p99 latency of the
//! fixed query set on both, and their ratio. `cargo bench -p frirum-cli --bench law_search`
//! runs it at 500,000 provisions (or `FRIRUM_BENCH_PROVISIONS`); PostgreSQL joins in when
//! `FRIRUM_TEST_DATABASE_URL` names a server. `cargo test --benches` runs it tiny.
//!
//! Then suggestions as the server makes them: the rule finder's `suggest` (citations, the
//! index, the store's exemption counts and provisions) over the catalogue in the store, against
//! the same descriptions through PostgreSQL's full-text search (any of their words), with the
//! ratio. Without PostgreSQL the catalogue goes into SQLite and only `suggest` is timed.

use std::time::{Duration, Instant};

use frirum_app::RuleFinder;
use frirum_domain::law::{Act, Document, Jurisdiction, Section, Subsection};
use frirum_law::search::synthetic::{BENCH_DESCRIPTIONS, BENCH_QUERIES, SyntheticCorpus};
use frirum_law::search::{LawIndex, ProvisionDoc, SearchQuery};
use frirum_store::Store;
use frirum_store::testing::TestStore;
use time::OffsetDateTime;

/// How many acts are imported into PostgreSQL at once.
const IMPORT_TASKS: usize = 4;
/// The jurisdictions a query without one is searched in, one statement each in PostgreSQL.
const ALL: [Jurisdiction; 3] = [Jurisdiction::No, Jurisdiction::Dk, Jurisdiction::Se];

fn main() {
    // Cargo passes `--bench` only to `cargo bench`; under `cargo test` the run is a smoke test.
    let full = std::env::args().any(|a| a == "--bench");
    let count = std::env::var("FRIRUM_BENCH_PROVISIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if full { 500_000 } else { 1_000 });
    let rounds = if full { 30 } else { 2 };
    println!("law search benchmark: {count} synthetic provisions, {rounds} rounds per query");

    let corpus = SyntheticCorpus::new(count);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let index = LawIndex::open_or_create(dir.path()).expect("an index");
    let stats = index
        .rebuild_from(|| corpus.iter())
        .expect("the index builds");
    let secs = stats.elapsed.as_secs_f64();
    println!(
        "frirum index build: {:.1} s, {:.0} provisions/s",
        secs,
        stats.provisions as f64 / secs
    );

    let mut frirum = Vec::new();
    for (text, jurisdiction) in BENCH_QUERIES {
        let mut q = SearchQuery::new(*text);
        q.jurisdiction = *jurisdiction;
        frirum.push(time_rounds(rounds, || {
            let _ = std::hint::black_box(index.search(&q));
        }));
    }

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a Tokio runtime");
    let test = runtime.block_on(TestStore::postgres());
    let postgres = test
        .as_ref()
        .map(|test| runtime.block_on(postgres_timings(&test.store, &corpus, rounds)));

    println!();
    println!(
        "{:<40} {:>4} {:>10} {:>10} {:>10} {:>10}",
        "query", "in", "frirum p50", "p99", "pg p50", "p99"
    );
    for (i, (text, jurisdiction)) in BENCH_QUERIES.iter().enumerate() {
        let (pg50, pg99) = match &postgres {
            Some(pg) => (ms(percentile(&pg[i], 50.0)), ms(percentile(&pg[i], 99.0))),
            None => ("-".into(), "-".into()),
        };
        println!(
            "{:<40} {:>4} {:>10} {:>10} {:>10} {:>10}",
            text.chars().take(40).collect::<String>(),
            jurisdiction.map_or("all", |j| j.as_str()),
            ms(percentile(&frirum[i], 50.0)),
            ms(percentile(&frirum[i], 99.0)),
            pg50,
            pg99
        );
    }
    let frirum_all: Vec<Duration> = frirum.into_iter().flatten().collect();
    let (f50, f99) = (percentile(&frirum_all, 50.0), percentile(&frirum_all, 99.0));
    println!();
    println!("{:<24} {:>12} {:>12}", "ALL QUERIES", "p50", "p99");
    println!("{:<24} {:>12} {:>12}", "frirum (tantivy)", ms(f50), ms(f99));
    match postgres {
        Some(pg) => {
            let pg_all: Vec<Duration> = pg.into_iter().flatten().collect();
            let (p50, p99) = (percentile(&pg_all, 50.0), percentile(&pg_all, 99.0));
            println!(
                "{:<24} {:>12} {:>12}",
                "postgresql (tsvector)",
                ms(p50),
                ms(p99)
            );
            println!(
                "{:<24} {:>11.1}x {:>11.1}x",
                "postgresql / frirum",
                ratio(p50, f50),
                ratio(p99, f99)
            );
        }
        None => println!("postgresql: FRIRUM_TEST_DATABASE_URL is not set, comparison skipped"),
    }

    runtime.block_on(suggestion_timings(test, &corpus, rounds));
}

/// Times suggestions for the descriptions through the rule finder, as the server makes them,
/// and through PostgreSQL's full-text search when the store is PostgreSQL.
async fn suggestion_timings(test: Option<TestStore>, corpus: &SyntheticCorpus, rounds: usize) {
    let on_postgres = test.is_some();
    let test = match test {
        Some(test) => test,
        None => {
            let test = TestStore::sqlite().await;
            load(&test.store, corpus).await;
            test
        }
    };
    let store = &*test.store;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let finder = RuleFinder::open(Some(dir.path())).expect("a rule finder");
    let indexed = finder.reindex(store).await.expect("the index builds");
    let mut frirum = Vec::new();
    let mut postgres = Vec::new();
    for (text, jurisdiction) in BENCH_DESCRIPTIONS {
        // The first call warms the caches the server keeps between requests.
        let found = finder.suggest(store, *jurisdiction, text, 10).await;
        assert!(!found.expect("suggestions").is_empty(), "{text}");
        for _ in 0..rounds {
            let started = Instant::now();
            let found = finder.suggest(store, *jurisdiction, text, 10).await;
            std::hint::black_box(found.expect("suggestions"));
            frirum.push(started.elapsed());
        }
        if on_postgres {
            // Any of the description's words, as a ranked full-text search can take them.
            let words: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= 3)
                .collect();
            let query = words.join(" or ");
            for _ in 0..rounds {
                let started = Instant::now();
                let found = store.fulltext_search(*jurisdiction, &query, 10).await;
                std::hint::black_box(found.expect("a PostgreSQL search"));
                postgres.push(started.elapsed());
            }
        }
    }
    let engine = if on_postgres { "postgresql" } else { "sqlite" };
    println!();
    println!(
        "suggestions: {indexed} provisions in {engine}, {} descriptions, {rounds} rounds each",
        BENCH_DESCRIPTIONS.len()
    );
    println!(
        "{:<32} {:>12} {:>12}",
        "SUGGESTIONS (limit 10)", "p50", "p99"
    );
    let (f50, f99) = (percentile(&frirum, 50.0), percentile(&frirum, 99.0));
    println!(
        "{:<32} {:>12} {:>12}",
        "frirum suggest (server path)",
        ms(f50),
        ms(f99)
    );
    if on_postgres {
        let (p50, p99) = (percentile(&postgres, 50.0), percentile(&postgres, 99.0));
        println!(
            "{:<32} {:>12} {:>12}",
            "postgresql (any word, ts_rank)",
            ms(p50),
            ms(p99)
        );
        println!(
            "{:<32} {:>11.1}x {:>11.1}x",
            "postgresql / frirum",
            ratio(p50, f50),
            ratio(p99, f99)
        );
    }
}

/// Imports the corpus into `store`, several acts at a time, and refreshes its statistics.
async fn load(store: &std::sync::Arc<dyn Store>, corpus: &SyntheticCorpus) -> Vec<Document> {
    let acts = documents(corpus);
    let mut tasks = tokio::task::JoinSet::new();
    for task in 0..IMPORT_TASKS {
        let store = store.clone();
        let mine: Vec<Document> = acts
            .iter()
            .skip(task)
            .step_by(IMPORT_TASKS)
            .cloned()
            .collect();
        tasks.spawn(async move { import(&*store, mine).await });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("an import task");
    }
    store
        .refresh_statistics()
        .await
        .expect("fresh planner statistics");
    acts
}

/// Loads the corpus into the PostgreSQL store and times the query set there.
async fn postgres_timings(
    store: &std::sync::Arc<dyn Store>,
    corpus: &SyntheticCorpus,
    rounds: usize,
) -> Vec<Vec<Duration>> {
    let started = Instant::now();
    let acts = load(store, corpus).await;
    let load = started.elapsed().as_secs_f64();
    println!(
        "postgresql load: {} acts in {:.1} s, {:.0} provisions/s (import_act, GIN index)",
        acts.len(),
        load,
        corpus.count as f64 / load
    );
    let mut timings = Vec::new();
    for (text, jurisdiction) in BENCH_QUERIES {
        let searched: &[Jurisdiction] = match jurisdiction {
            Some(j) => std::slice::from_ref(j),
            None => &ALL,
        };
        let mut samples = Vec::with_capacity(rounds);
        for _ in 0..rounds {
            let started = Instant::now();
            for j in searched {
                let found = store.fulltext_search(*j, text, 10).await;
                std::hint::black_box(found.expect("a PostgreSQL search"));
            }
            samples.push(started.elapsed());
        }
        timings.push(samples);
    }
    timings
}

async fn import(store: &dyn Store, acts: Vec<Document>) {
    let now = OffsetDateTime::now_utc();
    for act in &acts {
        store.import_act(act, now).await.expect("an import");
    }
}

/// The corpus as the catalogue's documents: one per synthetic act, one section a provision.
fn documents(corpus: &SyntheticCorpus) -> Vec<Document> {
    let mut out: Vec<Document> = Vec::new();
    for doc in corpus.iter() {
        let official_id = doc.act_id.clone();
        if out.last().is_none_or(|d| d.act.id != official_id) {
            out.push(document(&doc));
        }
        if let Some(last) = out.last_mut() {
            let number = (last.sections.len() + 1).to_string();
            last.sections.push(Section {
                chapter: None,
                section: number,
                label: doc.label,
                heading: doc.heading,
                subsections: vec![Subsection {
                    number: 1,
                    text: doc.text,
                    items: Vec::new(),
                }],
                chapter_heading: None,
            });
        }
    }
    out
}

fn document(doc: &ProvisionDoc) -> Document {
    let mut act = Act::new(doc.jurisdiction, doc.kind, &doc.act_id, &doc.act_title);
    act.short_title = doc.act_short_title.clone();
    act.in_force = doc.in_force;
    Document {
        act,
        sections: Vec::new(),
    }
}

fn time_rounds(rounds: usize, mut run: impl FnMut()) -> Vec<Duration> {
    (0..rounds)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed()
        })
        .collect()
}

/// The `p`th percentile of `samples` (nearest rank).
fn percentile(samples: &[Duration], p: f64) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ratio(slow: Duration, fast: Duration) -> f64 {
    slow.as_secs_f64() / fast.as_secs_f64().max(1e-9)
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}
