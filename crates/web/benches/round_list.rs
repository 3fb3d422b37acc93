//! Benchmark: the first page of a round's application list against `/healthz`, measured in
//! the same run, at 100 and at 10,000 submitted applications, on SQLite and (when
//! `FRIRUM_TEST_DATABASE_URL` is set) PostgreSQL.
//!
//! Machines here are shared and noisy, so absolute times mean little: what it reports is the
//! ratio of each list's latency to `/healthz` (the cost of the HTTP stack alone), and how
//! much the list's latency grows from 100 to 10,000 applications. Requests alternate between
//! the endpoints so that noise falls on both alike. Run it with
//! `cargo bench -p frirum-web --bench round_list`; `FRIRUM_BENCH_APPLICATIONS` changes the
//! large size and `FRIRUM_BENCH_SAMPLES` the number of requests per endpoint.

use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, header};
use frirum_app::accounts::{self as service, NewAccount};
use frirum_app::{App, AppConfig};
use frirum_domain::application::{ApplicationContent, Objective};
use frirum_domain::journal::Actor;
use frirum_domain::scheme::{Criterion, RoundDraft, Rules, SchemeDraft, SchemeStatus};
use frirum_domain::{Country, Language, OrganisationKind, Role, registry_csv};
use frirum_store::testing::TestStore;
use frirum_store::{NewApplication, Store, Submission};
use frirum_web::{AppState, WebConfig};
use http_body_util::BodyExt;
use time::OffsetDateTime;
use tower::ServiceExt;

const REGISTRY: &str =
    "code,name,kind,parent_code,population,population_date,population_source,population_uncertain
1082,Region Midtjylland,region,,1370000,2024-01-01,Benchmark figures,false
1083,Region Syddanmark,region,,1230000,2024-01-01,Benchmark figures,false
1084,Region Hovedstaden,region,,1890000,2024-01-01,Benchmark figures,false
751,Aarhus,municipality,1082,367095,2024-01-01,Benchmark figures,false
101,København,municipality,1084,660842,2024-01-01,Benchmark figures,false
461,Odense,municipality,1083,207515,2024-01-01,Benchmark figures,false
";

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A store with a published scheme, one round, an admin's token, and `count` submitted
/// applications in the round.
struct Fixture {
    router: Router,
    store: TestStore,
    round_id: i64,
    admin_token: String,
    admin_id: i64,
    lead_ids: Vec<i64>,
    loaded: usize,
}

impl Fixture {
    async fn new(store: TestStore) -> Fixture {
        let now = OffsetDateTime::now_utc();
        let s = &*store.store;
        let records = registry_csv::parse(Country::Dk, REGISTRY.as_bytes()).unwrap();
        s.import_organisations(Country::Dk, &records, now)
            .await
            .unwrap();
        let admin = service::create_account(
            s,
            NewAccount {
                email: "admin@bench.example".into(),
                name: "Bench admin".into(),
                role: Role::Admin,
                organisation: None,
                language: None,
                password: "benchmark password".into(),
            },
            now,
        )
        .await
        .unwrap();
        let admin_token = service::create_api_token(s, admin.id, "bench", now)
            .await
            .unwrap()
            .1;
        let actor = Actor::user(admin.id, now);
        let scheme = s
            .create_scheme(
                &SchemeDraft {
                    code: "DK2019".into(),
                    country: Country::Dk,
                    title: "Frikommuneforsøg 2019".into(),
                    language: Language::Da,
                    invitation: String::new(),
                    publish_applications: true,
                },
                &Rules {
                    min_population: Some(60_000),
                    allowed_kinds: vec![OrganisationKind::Municipality],
                    criteria: vec![Criterion {
                        name: "Ambitiøst".into(),
                        description: String::new(),
                        weight: 1.0,
                    }],
                    ..Rules::default()
                },
                actor,
            )
            .await
            .unwrap();
        let round = s
            .add_round(
                scheme.id,
                &RoundDraft {
                    number: 1,
                    title: "Første runde".into(),
                    opens: local("2019-01-01T00:00:00"),
                    deadline: local("2099-04-01T23:59:59"),
                    target_trials: 10,
                },
                actor,
            )
            .await
            .unwrap();
        s.set_scheme_status(
            scheme.id,
            SchemeStatus::Draft,
            SchemeStatus::Published,
            actor,
        )
        .await
        .unwrap();
        let mut lead_ids = Vec::new();
        for code in ["751", "101", "461"] {
            lead_ids.push(s.organisation(Country::Dk, code).await.unwrap().unwrap().id);
        }
        let app = App::new(store.store.clone(), AppConfig::default());
        let router = frirum_web::router(AppState::new(app, WebConfig::default()));
        Fixture {
            router,
            store,
            round_id: round.id,
            admin_token,
            admin_id: admin.id,
            lead_ids,
            loaded: 0,
        }
    }

    /// Submits applications until the round holds `count`.
    async fn load_until(&mut self, count: usize) {
        let s: &dyn Store = &*self.store.store;
        while self.loaded < count {
            let i = self.loaded;
            let now = OffsetDateTime::now_utc();
            let actor = Actor::user(self.admin_id, now);
            let content = ApplicationContent {
                title: format!("Forsøg nr. {i} med færre proceskrav"),
                summary: "Et realistisk resumé af forsøget.".into(),
                description: "En længere beskrivelse af, hvad kommunen vil prøve. ".repeat(20),
                objectives: vec![Objective {
                    indicator: "Sagsbehandlingstid".into(),
                    unit: "dage".into(),
                    baseline: Some(30.0),
                    target: Some(20.0),
                    target_date: None,
                }],
                ..ApplicationContent::default()
            };
            let lead = self.lead_ids[i % self.lead_ids.len()];
            let members = if i.is_multiple_of(4) {
                vec![self.lead_ids[(i + 1) % self.lead_ids.len()]]
            } else {
                Vec::new()
            };
            let created = s
                .create_application(
                    &NewApplication {
                        round_id: self.round_id,
                        lead_organisation_id: lead,
                        member_ids: members,
                        content,
                    },
                    actor,
                )
                .await
                .unwrap();
            s.submit_application(
                created.id,
                &Submission {
                    expected_version: None,
                    rules_version: 1,
                    eligibility: serde_json::json!({"eligible": true}),
                },
                actor,
            )
            .await
            .unwrap();
            self.loaded += 1;
        }
    }

    async fn get(&self, path: &str, token: Option<&str>) -> Duration {
        let mut request = Request::get(path);
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        let started = Instant::now();
        let response = self
            .router
            .clone()
            .oneshot(request.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        let took = started.elapsed();
        assert!(status.is_success(), "{path}: {status}");
        assert!(!body.is_empty());
        took
    }
}

fn local(text: &str) -> frirum_domain::clock::LocalTime {
    let at = time::PrimitiveDateTime::parse(
        text,
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]"),
    )
    .unwrap();
    frirum_domain::clock::LocalTime::new(at, "Europe/Copenhagen")
}

#[derive(Clone, Copy)]
struct Latency {
    p50: Duration,
    p99: Duration,
}

fn percentiles(mut samples: Vec<Duration>) -> Latency {
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    Latency {
        p50: at(0.50),
        p99: at(0.99),
    }
}

/// Measures the endpoints in turn, `samples` times each, after a warm-up.
async fn measure(f: &Fixture, samples: usize) -> [Latency; 3] {
    let api = format!(
        "/api/v1/rounds/{}/applications?page=1&per_page=50",
        f.round_id
    );
    let page = format!("/rounds/{}", f.round_id);
    let token = Some(f.admin_token.as_str());
    for _ in 0..samples / 10 + 1 {
        f.get("/healthz", None).await;
        f.get(&api, token).await;
        f.get(&page, token).await;
    }
    let mut times: [Vec<Duration>; 3] = Default::default();
    for _ in 0..samples {
        times[0].push(f.get("/healthz", None).await);
        times[1].push(f.get(&api, token).await);
        times[2].push(f.get(&page, token).await);
    }
    times.map(percentiles)
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64()
}

async fn run(engine: &str, store: TestStore, large: usize, samples: usize) {
    let mut f = Fixture::new(store).await;
    let mut results = Vec::new();
    for size in [100, large] {
        let started = Instant::now();
        f.load_until(size).await;
        f.store.store.refresh_statistics().await.unwrap();
        println!(
            "{engine}: {} applications in the round (loaded in {:.1} s)",
            size,
            started.elapsed().as_secs_f64()
        );
        results.push((size, measure(&f, samples).await));
    }
    println!(
        "\n{engine}: {:>8} {:>24} {:>12} {:>12} {:>11} {:>11}",
        "apps", "endpoint", "p50", "p99", "p50/healthz", "p99/healthz"
    );
    for (size, [health, api, page]) in &results {
        for (name, l) in [
            ("/healthz", health),
            ("API list, first page", api),
            ("HTML round page", page),
        ] {
            println!(
                "{engine}: {:>8} {:>24} {:>12} {:>12} {:>11.2} {:>11.2}",
                size,
                name,
                ms(l.p50),
                ms(l.p99),
                ratio(l.p50, health.p50),
                ratio(l.p99, health.p99)
            );
        }
    }
    let (small, large_result) = (&results[0].1, &results[1].1);
    // Growth is judged on the ratio to /healthz, so that a slower moment of the machine does
    // not count as the list slowing down.
    for (name, i) in [("API list", 1), ("HTML round page", 2)] {
        let growth =
            ratio(large_result[i].p50, large_result[0].p50) / ratio(small[i].p50, small[0].p50);
        println!(
            "{engine}: {name}: p50 relative to /healthz grew {growth:.2}x from {} to {} applications",
            results[0].0, results[1].0
        );
    }
    println!();
}

fn main() {
    // `cargo test --benches` runs bench targets with `--bench`-less arguments; a quick smoke
    // run keeps that cheap while `cargo bench` measures in full.
    let full = std::env::args().any(|a| a == "--bench");
    let large = if full {
        env_number("FRIRUM_BENCH_APPLICATIONS", 10_000)
    } else {
        200
    };
    let samples = if full {
        env_number("FRIRUM_BENCH_SAMPLES", 1_000)
    } else {
        20
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        run("SQLite", TestStore::sqlite().await, large, samples).await;
        if let Some(store) = TestStore::postgres().await {
            run("PostgreSQL", store, large, samples).await;
        }
    });
}
