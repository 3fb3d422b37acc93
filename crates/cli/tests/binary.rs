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
}
