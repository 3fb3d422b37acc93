//! The `frirum` binary from the outside: help texts, migrations, imports, accounts, tokens,
//! and a served demo.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

fn frirum() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_frirum"));
    command
        .env_remove("FRIRUM_DATABASE_URL")
        .env_remove("FRIRUM_ADDR");
    command
}

fn run(args: &[&str]) -> (bool, String, String) {
    let output = frirum().args(args).output().expect("runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["demo", "--help"],
        vec!["migrate", "--help"],
        vec!["user", "--help"],
        vec!["user", "add", "--help"],
        vec!["token", "create", "--help"],
        vec!["org", "import", "--help"],
        vec!["openapi", "--help"],
        vec!["journal", "verify", "--help"],
        vec!["law", "import", "--help"],
        vec!["law", "reindex", "--help"],
        vec!["law", "parse", "--help"],
        vec!["law", "cite", "--help"],
        vec!["law", "search", "--help"],
        vec!["law", "suggest", "--help"],
    ] {
        let (ok, out, _) = run(&args);
        assert!(ok, "{args:?}");
        assert!(out.contains("Usage:"), "{args:?}: {out}");
    }
}

const HEADER: &str = "code,name,kind,parent_code,population,population_date,population_source,population_uncertain\n";

#[test]
fn import_user_and_token_through_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.db");
    let db = db.to_str().unwrap();
    let (ok, out, err) = run(&["migrate", "--database-url", db]);
    assert!(ok, "{err}");
    assert!(out.contains("up to date"));

    let good = dir.path().join("no.csv");
    std::fs::write(
        &good,
        format!("{HEADER}55,Troms,county,,169000,2024-01-01,SSB,false\n5501,Tromsø,municipality,55,78745,2024-01-01,SSB,false\n"),
    )
    .unwrap();
    let (ok, out, err) = run(&[
        "org",
        "import",
        "--country",
        "no",
        good.to_str().unwrap(),
        "--database-url",
        db,
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("2 added, 0 updated, 0 unchanged"), "{out}");
    let (ok, out, _) = run(&[
        "org",
        "import",
        "--country",
        "no",
        good.to_str().unwrap(),
        "--database-url",
        db,
    ]);
    assert!(ok);
    assert!(out.contains("0 added, 0 updated, 2 unchanged"), "{out}");

    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        format!("{HEADER}5601,Alta,municipality,56,21000,2024-01-01,SSB,false\n"),
    )
    .unwrap();
    let (ok, _, err) = run(&[
        "org",
        "import",
        "--country",
        "no",
        bad.to_str().unwrap(),
        "--database-url",
        db,
    ]);
    assert!(!ok);
    assert!(err.contains("line 2") && err.contains("56"), "{err}");

    let mut child = frirum()
        .args([
            "user",
            "add",
            "--email",
            "Ola@Tromso.no",
            "--name",
            "Ola",
            "--role",
            "applicant",
            "--organisation",
            "no:5501",
            "--database-url",
            db,
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"a long password\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("ola@tromso.no"));

    let (ok, _, err) = run(&[
        "user",
        "add",
        "--email",
        "x@y.no",
        "--name",
        "X",
        "--role",
        "applicant",
        "--generate-password",
        "--database-url",
        db,
    ]);
    assert!(!ok);
    assert!(err.contains("organisation"), "{err}");

    let (ok, out, _) = run(&[
        "token",
        "create",
        "--email",
        "ola@tromso.no",
        "--database-url",
        db,
    ]);
    assert!(ok);
    assert!(out.trim().starts_with("frirum_"));
    let (ok, _, err) = run(&[
        "token",
        "create",
        "--email",
        "nobody@x.no",
        "--database-url",
        db,
    ]);
    assert!(!ok);
    assert!(err.contains("nobody@x.no"));
}

#[test]
fn openapi_is_printed() {
    let (ok, out, _) = run(&["openapi"]);
    assert!(ok);
    assert!(out.contains("\"openapi\": \"3.1"));
}

#[test]
fn the_demo_serves_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let mut child = frirum()
        .args([
            "demo",
            "--addr",
            "127.0.0.1:0",
            "--database-url",
            db.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut printed = Vec::new();
    let address = loop {
        let line = lines.next().expect("the demo prints its address").unwrap();
        printed.push(line.clone());
        if let Some(rest) = line.strip_prefix("Frirum is listening on http://") {
            break rest.trim_end_matches('/').to_owned();
        }
    };
    for _ in 0..8 {
        printed.push(lines.next().unwrap().unwrap());
    }
    let text = printed.join("\n");
    assert!(text.contains("Registry DK: 103 organisations"), "{text}");
    assert!(text.contains("Registry NO: 372 organisations"), "{text}");
    assert!(text.contains("Registry SE: 311 organisations"), "{text}");
    assert!(
        text.contains("sekretariat@frirum.example") && text.contains("frirum-demo-2026"),
        "{text}"
    );

    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    stream
        .write_all(b"GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut reply = String::new();
    std::io::Read::read_to_string(&mut stream, &mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "graceful shutdown exits cleanly: {exit:?}");

    // The demo's journal is an intact chain, and an entry edited behind the store's back
    // is named.
    let db = db.to_str().unwrap();
    let (ok, out, err) = run(&["journal", "verify", "--database-url", db]);
    assert!(ok, "{err}");
    assert!(out.starts_with("journal intact: "), "{out}");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    for sql in [
        "DROP TRIGGER journal_entries_no_update",
        "UPDATE journal_entries SET reason = 'rewritten' WHERE id = 3",
    ] {
        runtime
            .block_on(frirum_store::testing::execute_raw_sqlite(
                std::path::Path::new(db),
                sql,
            ))
            .unwrap();
    }
    let output = frirum()
        .args(["journal", "verify", "--database-url", db])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("journal broken at entry 3: "), "{err}");
}

fn law_fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/law")
        .join(name)
}

fn json_lines(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// `frirum law cite` in Swedish with the text on standard input.
fn cite_from_stdin(db: &str, text: &str) -> Vec<serde_json::Value> {
    let mut cite = frirum()
        .args(["law", "cite", "--database-url", db, "--jurisdiction", "se"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    cite.stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let output = cite.wait_with_output().unwrap();
    assert!(output.status.success());
    json_lines(&String::from_utf8_lossy(&output.stdout))
}

#[test]
fn law_commands_import_parse_cite_search_and_suggest() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("law.db");
    let db = db.to_str().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    for name in [
        "nl-20050617-064.xml",
        "sf-20051216-1507.xml",
        "sfs-2017-725.txt",
    ] {
        std::fs::copy(law_fixture(name), docs.join(name)).unwrap();
    }
    std::fs::write(
        docs.join("broken.xml"),
        "<html><body>not a statute</body></html>",
    )
    .unwrap();
    let docs = docs.to_str().unwrap();

    // Parse: the act first, then one line per section, touching no database.
    let fixture = law_fixture("nl-20050617-064.xml");
    let fixture = fixture.to_str().unwrap();
    let (ok, out, err) = run(&["law", "parse", "--format", "lovdata", fixture]);
    assert!(ok, "{err}");
    let lines = json_lines(&out);
    assert_eq!(lines[0]["act"]["id"], "LOV-2005-06-17-64");
    assert!(lines.len() > 10);
    assert!(lines[1]["section"].is_string() && lines[1]["subsections"].is_array());
    let (ok, _, err) = run(&["law", "parse", "--format", "lexdania", fixture]);
    assert!(!ok);
    assert!(
        err.contains("nl-20050617-064.xml") && err.contains("LexDania"),
        "{err}"
    );

    // Import: the bad document is reported and skipped, the rest imported once.
    let (ok, out, err) = run(&["law", "import", "--database-url", db, docs]);
    assert!(ok, "{err}");
    assert!(
        out.contains("3 added, 0 updated, 0 unchanged, 1 skipped"),
        "{out}"
    );
    assert!(err.contains("broken.xml"), "{err}");
    let (ok, out, _) = run(&["law", "import", "--database-url", db, docs]);
    assert!(ok);
    assert!(out.contains("0 added, 0 updated, 3 unchanged"), "{out}");

    let (ok, out, err) = run(&[
        "law",
        "search",
        "--database-url",
        db,
        "--jurisdiction",
        "no",
        "bemanningsnorm",
    ]);
    assert!(ok, "{err}");
    let hits = json_lines(&out);
    assert!(!hits.is_empty());
    assert!(hits[0]["score"].is_number() && hits[0]["section"].is_string());

    let citations = cite_from_stdin(db, "Enligt 5 kap. 1 § kommunallagen (2017:725).");
    assert_eq!(citations.len(), 1);
    assert_eq!(citations[0]["act"]["id"], "2017:725");
    assert_eq!(citations[0]["chapter"], "5");
    assert_eq!(citations[0]["section"], "1");
    assert_eq!(citations[0]["start"], 7);

    // The command line cites the whole of a text longer than a request to the server may be.
    let long = format!(
        "{}Enligt 5 kap. 1 § kommunallagen (2017:725).",
        "ord ".repeat(frirum_app::law::MAX_TEXT_CHARS / 2)
    );
    let citations = cite_from_stdin(db, &long);
    assert_eq!(
        citations.len(),
        1,
        "the citation past the server's limit is found"
    );
    assert_eq!(citations[0]["act"]["id"], "2017:725");

    let (ok, out, err) = run(&[
        "law",
        "suggest",
        "--database-url",
        db,
        "--jurisdiction",
        "no",
        "To barnehager vil regne bemanningen samlet for begge enhetene.",
    ]);
    assert!(ok, "{err}");
    let suggestions = json_lines(&out);
    assert!(!suggestions.is_empty());
    assert!(suggestions[0]["reasons"].is_array());

    let (ok, _, err) = run(&[
        "law",
        "search",
        "--database-url",
        db,
        "--jurisdiction",
        "no",
        "og",
    ]);
    assert!(!ok, "a query of stopwords only has nothing to search for");
    assert!(err.contains("no searchable words"), "{err}");
}

#[test]
fn a_truncated_archive_keeps_what_was_read_and_reports_the_break() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("law.db");
    let archive = dir.path().join("lover.zip");
    {
        let file = std::fs::File::create(&archive).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        for name in ["nl-20050617-064.xml", "nl-19920626-087.xml"] {
            zip.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(&std::fs::read(law_fixture(name)).unwrap())
                .unwrap();
        }
        zip.finish().unwrap();
    }
    let bytes = std::fs::read(&archive).unwrap();
    // Cut inside the second member: the first is whole, the central directory is gone.
    let second = bytes
        .windows(4)
        .skip(4)
        .position(|w| w == b"PK\x03\x04")
        .unwrap()
        + 4;
    let cut = second + 200;
    std::fs::write(&archive, &bytes[..cut]).unwrap();
    let (ok, out, err) = run(&[
        "law",
        "import",
        "--database-url",
        db.to_str().unwrap(),
        archive.to_str().unwrap(),
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("1 added"), "{out}");
    assert!(err.contains("lover.zip"), "the break is reported: {err}");
}

#[test]
fn mail_settings_are_checked_before_anything_starts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mail.db");
    let db = db.to_str().unwrap();
    for (flag, value, says) in [
        ("--smtp-url", "http://127.0.0.1:25", "smtp://"),
        ("--smtp-url", "smtp://", "SMTP URL"),
        ("--mail-from", "not an address", "sender address"),
        ("--public-url", "frirum.example.org", "--public-url"),
    ] {
        let (ok, _, err) = run(&[
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--database-url",
            db,
            flag,
            value,
        ]);
        assert!(!ok, "{flag} {value} was accepted");
        assert!(err.contains(says), "{flag} {value}: {err}");
    }
    // Nothing was started: the database was never created.
    assert!(!dir.path().join("mail.db").exists());
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
            (key.trim() == name && !value.trim().is_empty()).then(|| value.trim().to_owned())
        })
}

/// Signs in with the login form; the answer to the form's POST.
async fn sign_in(http: &reqwest::Client, base: &str, email: &str) -> reqwest::Response {
    let page = http.get(format!("{base}/login")).send().await.unwrap();
    let csrf = set_cookie(&page, "frirum_csrf").expect("an anonymous CSRF cookie");
    let html = page.text().await.unwrap();
    let token = regex::Regex::new(r#"name="csrf_token" value="([^"]+)""#)
        .unwrap()
        .captures(&html)
        .expect("a form with a CSRF token")[1]
        .to_owned();
    http.post(format!("{base}/login"))
        .header("cookie", format!("frirum_csrf={csrf}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "email={}&password=frirum-demo-2026&csrf_token={token}",
            email.replace('@', "%40")
        ))
        .send()
        .await
        .unwrap()
}

/// The operator's requirement of a second factor, given by the environment variable, reaches
/// the sign-in: the secretariat (without a second factor in the demo) is led to enrol and
/// gets no session, an applicant is signed in as before.
#[test]
fn the_second_factor_requirement_from_the_environment_reaches_the_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let mut child = frirum()
        .env("FRIRUM_REQUIRE_SECOND_FACTOR", "true")
        .args([
            "demo",
            "--addr",
            "127.0.0.1:0",
            "--database-url",
            db.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let address = loop {
        let line = lines.next().expect("the demo prints its address").unwrap();
        if let Some(rest) = line.strip_prefix("Frirum is listening on http://") {
            break format!("http://{}", rest.trim_end_matches('/'));
        }
    };
    // Read the rest of what the demo prints, so it never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        runtime.block_on(async {
            let http = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap();
            let secretariat = sign_in(&http, &address, "sekretariat@frirum.example").await;
            assert_eq!(secretariat.status(), 303);
            assert_eq!(secretariat.headers()["location"], "/login/enrol");
            assert!(set_cookie(&secretariat, "frirum_session").is_none());
            assert!(set_cookie(&secretariat, "frirum_sign_in").is_some());

            let applicant = sign_in(&http, &address, "ansoger.aarhus@frirum.example").await;
            assert_eq!(applicant.status(), 303);
            assert!(set_cookie(&applicant, "frirum_session").is_some());
        });
    }));
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}
