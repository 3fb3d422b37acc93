//! Several servers, one database (issue 17, item 4): two `frirum serve` processes started at
//! the same moment against one fresh PostgreSQL database, behind no load balancer but each
//! on its own loopback port. Both come up although both migrate at start (the migrations
//! are taken under an advisory lock, so each is recorded once); a session signed in on one
//! is accepted by the other and ended there; a mail put in the outbox is delivered once by
//! a real SMTP server on loopback although both run the mail sender; an act imported with
//! `frirum law import` while both run is found by both servers' search; the upkeep, a job
//! under a lease, runs once per period across the two.
//!
//! It needs a PostgreSQL server: without `FRIRUM_TEST_DATABASE_URL` it says it was skipped
//! and passes, like the other PostgreSQL tests. Everything waits by polling with generous
//! limits, never by a fixed sleep, for it runs on a shared machine in CI.

#[allow(dead_code)]
#[path = "../../web/tests/common/smtp.rs"]
mod smtp;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use frirum_store::testing::TestDatabase;
use serde_json::{Value, json};

const PASSWORD: &str = "a-long-enough-password-2026";
const ADMIN: &str = "sekretariat@two.example";
const APPLICANT: &str = "soker@tromso.example";

/// How long anything may take to happen on a busy machine before the test gives up.
const PATIENCE: Duration = Duration::from_secs(120);

fn frirum() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_frirum"));
    command
        .env_remove("FRIRUM_DATABASE_URL")
        .env_remove("FRIRUM_ADDR")
        .env_remove("FRIRUM_SMTP_URL")
        .env_remove("FRIRUM_LAW_INDEX")
        .env_remove("FRIRUM_STORAGE");
    command
}

/// Runs a command to its end, with `stdin` as its input: whether it succeeded, its output
/// and its errors.
fn run(args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = frirum()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// One `frirum serve` process: its address once it listens, and its log file.
struct Instance {
    name: &'static str,
    child: Child,
    base: String,
    log: PathBuf,
}

impl Instance {
    /// Starts a server without waiting for it; [`Instance::listening`] waits.
    fn start(
        name: &'static str,
        dir: &Path,
        database_url: &str,
        smtp_url: &str,
    ) -> (Child, PathBuf) {
        let log = dir.join(format!("{name}.log"));
        let index = dir.join(format!("{name}-index"));
        // The documents' store is shared by the servers, as an object store would be.
        let documents = dir.join("documents");
        let child = frirum()
            .args([
                "serve",
                "--addr",
                "127.0.0.1:0",
                "--database-url",
                database_url,
                "--index-dir",
                index.to_str().unwrap(),
                "--storage",
                documents.to_str().unwrap(),
                "--smtp-url",
                smtp_url,
                "--index-follow-interval",
                "1",
                "--law-sync-at",
                "off",
            ])
            .env("FRIRUM_LOG", "info,sqlx=warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("frirum serve starts");
        (child, log)
    }

    /// Waits for the line that says where the server listens.
    fn listening(name: &'static str, mut child: Child, log: PathBuf) -> Instance {
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        // The rest of the output is read (and dropped) so that the server never blocks on
        // a full pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(rest) = line.strip_prefix("Frirum is listening on http://") {
                    let _ = tx.send(rest.trim_end_matches('/').to_owned());
                }
            }
        });
        match rx.recv_timeout(PATIENCE) {
            Ok(address) => Instance {
                name,
                child,
                base: format!("http://{address}"),
                log,
            },
            Err(_) => {
                let _ = child.kill();
                panic!(
                    "server {name} did not start: {}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Stops the server as an orchestrator would (SIGTERM) and waits for a clean exit.
    fn stop(mut self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(exit) = self.child.try_wait().unwrap() {
                assert!(exit.success(), "server {} exited with {exit:?}", self.name);
                return;
            }
            assert!(
                Instant::now() < deadline,
                "server {} did not stop",
                self.name
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Instance {
    /// A failed test leaves no server behind, and shows what the server logged.
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "--- server {} logged ---\n{}",
                self.name,
                std::fs::read_to_string(&self.log).unwrap_or_default()
            );
        }
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Polls `check` every quarter second until it gives a value or [`PATIENCE`] runs out.
async fn eventually<T, F, Fut>(what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(Instant::now() < deadline, "gave up waiting: {what}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap()
}

/// The value a response sets for a cookie, if it sets it.
fn set_cookie(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| {
            let (pair, _) = v.split_once(';').unwrap_or((v, ""));
            let (key, value) = pair.split_once('=')?;
            (key.trim() == name).then(|| value.trim().to_owned())
        })
}

/// The CSRF token a page's forms carry.
fn form_token(html: &str) -> String {
    let re = regex::Regex::new(r#"name="csrf_token" value="([^"]+)""#).unwrap();
    re.captures(html)
        .unwrap_or_else(|| panic!("a form with a CSRF token: {html}"))[1]
        .to_owned()
}

/// An `application/x-www-form-urlencoded` body.
fn form(fields: &[(&str, &str)]) -> String {
    let encode = |text: &str| {
        text.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    char::from(b).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// A JSON API call with a token that must succeed.
async fn call(http: &reqwest::Client, url: String, token: &str, body: Value) -> Value {
    let response = http
        .post(&url)
        .bearer_auth(token)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    assert!(status.is_success(), "{url}: {status} {text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// The law search's hits for a word on one server.
async fn search_hits(http: &reqwest::Client, server: &Instance, token: &str, word: &str) -> usize {
    let response = http
        .get(server.url(&format!(
            "/api/v1/provisions/search?q={word}&jurisdiction=se"
        )))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    assert!(
        status.is_success(),
        "search on {}: {status} {text}",
        server.name
    );
    let body: Value = serde_json::from_str(&text).unwrap();
    body["items"].as_array().map_or(0, Vec::len)
}

fn add_user(db: &str, email: &str, name: &str, role: &str, organisation: Option<&str>) {
    let mut args = vec![
        "user",
        "add",
        "--database-url",
        db,
        "--email",
        email,
        "--name",
        name,
        "--role",
        role,
    ];
    if let Some(org) = organisation {
        args.extend(["--organisation", org]);
    }
    let (ok, _, err) = run(&args, &format!("{PASSWORD}\n"));
    assert!(ok, "user add {email}: {err}");
}

fn token(db: &str, email: &str) -> String {
    let (ok, out, err) = run(
        &["token", "create", "--database-url", db, "--email", email],
        "",
    );
    assert!(ok, "token create {email}: {err}");
    out.trim().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_share_one_database() {
    let Some(database) = TestDatabase::create().await else {
        println!("skipped: FRIRUM_TEST_DATABASE_URL is not set (two servers need PostgreSQL)");
        return;
    };
    let db = database.url().to_owned();
    let began = Instant::now();
    let done = |what: &str| println!("{:>6.1} s  {what}", began.elapsed().as_secs_f64());
    let dir = tempfile::tempdir().unwrap();
    let sink = smtp::SmtpServer::start().await;

    // Both start at the same moment on the empty database: both migrate at start.
    let (a, a_log) = Instance::start("a", dir.path(), &db, &sink.url());
    let (b, b_log) = Instance::start("b", dir.path(), &db, &sink.url());
    let (a, b) = tokio::task::spawn_blocking(move || {
        (
            Instance::listening("a", a, a_log),
            Instance::listening("b", b, b_log),
        )
    })
    .await
    .unwrap();
    let http = client();
    for server in [&a, &b] {
        let response = http.get(server.url("/readyz")).send().await.unwrap();
        assert_eq!(response.status(), 200, "server {} is ready", server.name);
    }

    // Each migration is recorded once, and each succeeded.
    let migrations = Path::new(env!("CARGO_MANIFEST_DIR")).join("../store/migrations/postgres");
    let files = std::fs::read_dir(&migrations)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "sql")
        })
        .count();
    let recorded = database
        .rows("SELECT version::text, success::text FROM _sqlx_migrations ORDER BY version")
        .await;
    assert_eq!(recorded.len(), files, "one row per migration: {recorded:?}");
    assert!(
        recorded.iter().all(|r| r[1].as_deref() == Some("true")),
        "{recorded:?}"
    );

    done("both servers up, each migration recorded once");

    // The people, made with the command line against the running servers' database.
    let csv = dir.path().join("no.csv");
    std::fs::write(
        &csv,
        "code,name,kind,parent_code,population,population_date,population_source,population_uncertain\n\
         55,Troms,county,,169000,2024-01-01,SSB,false\n\
         5501,Tromsø,municipality,55,78745,2024-01-01,SSB,false\n",
    )
    .unwrap();
    let (ok, _, err) = run(
        &[
            "org",
            "import",
            "--country",
            "no",
            csv.to_str().unwrap(),
            "--database-url",
            &db,
        ],
        "",
    );
    assert!(ok, "{err}");
    add_user(&db, ADMIN, "Sekretariatet", "admin", None);
    add_user(
        &db,
        APPLICANT,
        "Søker i Tromsø",
        "applicant",
        Some("no:5501"),
    );
    let admin = token(&db, ADMIN);
    let applicant = token(&db, APPLICANT);

    done("people added with the command line");
    sessions_are_shared(&http, &a, &b).await;
    done("a session made on one server is used and ended on the other");
    a_catalogue_import_is_seen_by_both(&http, &a, &b, &db, dir.path(), &admin).await;
    done("an imported act is found on both servers");
    the_outbox_is_sent_once(&http, &a, &b, &database, &sink, &admin, &applicant).await;
    done("each outbox mail was delivered once");
    the_upkeep_runs_once_per_period(&database, &a, &b).await;
    done("the upkeep ran once per period");

    // The client's idle connections are closed first: a server stopping lets open
    // connections finish.
    drop(http);
    let (a_pid, b_pid) = (a.child.id(), b.child.id());
    tokio::task::spawn_blocking(move || {
        a.stop();
        b.stop();
    })
    .await
    .unwrap();
    done("both servers stopped cleanly");
    drop(database);
    done("the test database dropped");
    println!("two servers (pids {a_pid} and {b_pid}) shared one database");
}

/// Signing in on one server (with the form of the other) gives a session the other
/// accepts; signing out there ends it on the first.
async fn sessions_are_shared(http: &reqwest::Client, a: &Instance, b: &Instance) {
    // The login form comes from A, its anonymous CSRF cookie with it; the form is sent to B.
    let page = http.get(a.url("/login")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let csrf = set_cookie(&page, "frirum_csrf").expect("an anonymous CSRF cookie");
    let token = form_token(&page.text().await.unwrap());
    let login = http
        .post(b.url("/login"))
        .header("cookie", format!("frirum_csrf={csrf}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form(&[
            ("email", ADMIN),
            ("password", PASSWORD),
            ("csrf_token", token.as_str()),
        ]))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 303, "signed in on B");
    let session = set_cookie(&login, "frirum_session").expect("a session cookie");

    // A knows the session B made.
    let page = http
        .get(a.url("/account"))
        .header("cookie", format!("frirum_session={session}"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200, "the session is accepted on A");
    let html = page.text().await.unwrap();
    assert!(html.contains(ADMIN), "A shows the account of the session");
    let signed_in_token = form_token(&html);
    // Without the cookie A sends the visitor to sign in: the cookie is what counted.
    let anonymous = http.get(a.url("/account")).send().await.unwrap();
    assert_eq!(anonymous.status(), 303);

    // The session's CSRF token from A's page is good on B: signing out there ends it.
    let logout = http
        .post(b.url("/logout"))
        .header(
            "cookie",
            format!("frirum_session={session}; frirum_csrf={signed_in_token}"),
        )
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form(&[("csrf_token", signed_in_token.as_str())]))
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), 303, "signed out on B");
    let after = http
        .get(a.url("/account"))
        .header("cookie", format!("frirum_session={session}"))
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 303, "the session ended on B is ended on A");
}

/// `frirum law import` while both run: within the follow interval both servers' own
/// search indexes find the new act.
async fn a_catalogue_import_is_seen_by_both(
    http: &reqwest::Client,
    a: &Instance,
    b: &Instance,
    db: &str,
    dir: &Path,
    token: &str,
) {
    // A word only the Swedish health care act has.
    let word = "sjuktransporter";
    for server in [a, b] {
        assert_eq!(search_hits(http, server, token, word).await, 0);
    }
    let act = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/law/sfs-2017-30.txt");
    let index = dir.join("cli-index");
    let (ok, out, err) = run(
        &[
            "law",
            "import",
            "--database-url",
            db,
            "--index-dir",
            index.to_str().unwrap(),
            act.to_str().unwrap(),
        ],
        "",
    );
    assert!(ok, "{err}");
    assert!(out.contains("1 added"), "{out}");
    for server in [a, b] {
        eventually(
            &format!("server {} finds the imported act", server.name),
            || async { (search_hits(http, server, token, word).await > 0).then_some(()) },
        )
        .await;
    }
}

/// An application submitted on A puts one mail to the secretariat in the outbox; both
/// servers' mail senders look at it, and the SMTP server receives it once.
async fn the_outbox_is_sent_once(
    http: &reqwest::Client,
    a: &Instance,
    b: &Instance,
    database: &TestDatabase,
    sink: &smtp::SmtpServer,
    admin: &str,
    applicant: &str,
) {
    let scheme = call(
        http,
        a.url("/api/v1/schemes"),
        admin,
        json!({"code": "NO2030", "country": "no", "title": "Forsøksordning 2030",
               "language": "nb", "rules": {"networks_allowed": true,
               "allowed_kinds": ["municipality"], "score_scale_max": 5}}),
    )
    .await;
    let scheme_id = scheme["id"].as_i64().unwrap();
    // The steps alternate between the servers, as a load balancer would send them.
    let theme = call(
        http,
        b.url(&format!("/api/v1/schemes/{scheme_id}/themes")),
        admin,
        json!({"title": "Bedre velferd", "priority": true}),
    )
    .await;
    let theme_id = theme["id"].as_i64().unwrap();
    let round = call(
        http,
        a.url(&format!("/api/v1/schemes/{scheme_id}/rounds")),
        admin,
        json!({"number": 1, "opens": "2020-01-01", "deadline": "2099-04-01",
               "time_zone": "Europe/Oslo", "target_trials": 10}),
    )
    .await;
    call(
        http,
        b.url(&format!("/api/v1/schemes/{scheme_id}/status")),
        admin,
        json!({"status": "published"}),
    )
    .await;
    let application = call(
        http,
        a.url("/api/v1/applications"),
        applicant,
        json!({"round_id": round["id"], "members": [], "content": {
            "title": "Samordnet innsats for unge",
            "summary": "Én plan, én koordinator.",
            "description": "Kommunen vil samle tjenestene for unge uten utdanning.",
            "themes": [theme_id],
            "objectives": [{"indicator": "Unge i utdanning", "unit": "prosent",
                            "baseline": 60.0, "target": 75.0, "target_date": "2024-12-31"}],
            "exemptions": [{"scope": "provision", "reference": "opplæringslova § 3-1",
                            "justification": "Dobbel saksbehandling."}],
            "legal_security": "Klageretten beholdes.",
            "period_start": "2020-01-01",
            "period_end": "2023-12-31"
        }}),
    )
    .await;
    let application_id = application["id"].as_i64().unwrap();
    call(
        http,
        b.url(&format!("/api/v1/applications/{application_id}/submit")),
        applicant,
        json!({}),
    )
    .await;

    let outbox = database
        .rows("SELECT address, subject FROM mail_outbox ORDER BY id")
        .await;
    assert!(
        outbox.iter().any(|r| r[0].as_deref() == Some(ADMIN)),
        "the submission tells the secretariat: {outbox:?}"
    );
    // Every mail in the outbox is sent (by one of the servers) ...
    eventually("the outbox is sent", || async {
        let unsent = database
            .rows("SELECT id::text FROM mail_outbox WHERE sent_at IS NULL")
            .await;
        (unsent.is_empty() && sink.messages().len() >= outbox.len()).then_some(())
    })
    .await;
    // ... and both servers' senders have looked at the outbox again since (they poll
    // every five seconds), so that a second delivery would have come by now.
    let sent_at = Instant::now();
    eventually("two more polls of both senders", || async {
        (sent_at.elapsed() > Duration::from_secs(11)).then_some(())
    })
    .await;
    let received = sink.messages();
    assert_eq!(
        received.len(),
        outbox.len(),
        "each mail delivered once: {:?}",
        received.iter().map(|m| &m.to).collect::<Vec<_>>()
    );
    for row in &outbox {
        let address = row[0].clone().unwrap();
        let subject = row[1].clone().unwrap();
        let copies = received
            .iter()
            .filter(|m| m.to == [address.clone()] && m.header("Subject") == Some(subject.clone()))
            .count();
        assert_eq!(copies, 1, "{address}: {subject}");
    }
}

/// The upkeep starts on both servers at once and every minute after; under its lease it
/// runs on one of them per period: no two recorded runs less than the lease (55 s) apart,
/// each by one of the two servers.
async fn the_upkeep_runs_once_per_period(database: &TestDatabase, a: &Instance, b: &Instance) {
    let runs = eventually("the upkeep has run", || async {
        let runs = database
            .rows(
                "SELECT holder, extract(epoch FROM started_at)::text FROM job_runs \
                 WHERE job = 'upkeep' ORDER BY started_at",
            )
            .await;
        (!runs.is_empty()).then_some(runs)
    })
    .await;
    let pids = [a.child.id().to_string(), b.child.id().to_string()];
    for run in &runs {
        let holder = run[0].as_deref().unwrap();
        assert!(
            pids.iter().any(|p| holder.starts_with(&format!("{p}-"))),
            "run by one of the servers: {holder}"
        );
    }
    let started: Vec<f64> = runs
        .iter()
        .map(|r| r[1].as_deref().unwrap().parse().unwrap())
        .collect();
    for pair in started.windows(2) {
        assert!(
            pair[1] - pair[0] >= 54.0,
            "two upkeep runs within one period: {runs:?}"
        );
    }
    // The lease is one row, held by one of the servers.
    let leases = database
        .rows("SELECT holder FROM leases WHERE name = 'upkeep'")
        .await;
    assert_eq!(leases.len(), 1, "{leases:?}");
    let holder = leases[0][0].as_deref().unwrap();
    assert!(
        pids.iter().any(|p| holder.starts_with(&format!("{p}-"))),
        "{holder}"
    );
}
