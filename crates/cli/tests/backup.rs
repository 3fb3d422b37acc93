//! `frirum backup` and `frirum restore` through the binary: a backup of a database with
//! an account is restored over another database and its journal verified; a file that is
//! not a backup is refused and leaves the database as it was; PostgreSQL names pg_dump.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: Option<&str>) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_frirum"))
        .env_remove("FRIRUM_DATABASE_URL")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    let output = child.wait_with_output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn add_admin(db: &str, email: &str) {
    let (ok, _, err) = run(
        &[
            "user",
            "add",
            "--database-url",
            db,
            "--email",
            email,
            "--name",
            "Admin",
            "--role",
            "admin",
        ],
        Some("a-long-enough-password-2026\n"),
    );
    assert!(ok, "{err}");
}

/// Whether the database has an account with this address (a token is made for it).
fn has_account(db: &str, email: &str) -> bool {
    run(
        &["token", "create", "--database-url", db, "--email", email],
        None,
    )
    .0
}

#[test]
fn a_backup_is_restored_and_its_journal_verified() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live.db");
    let live = live.to_str().unwrap();
    add_admin(live, "kept@example.org");
    let out = dir.path().join("live.frirum-backup");
    let out = out.to_str().unwrap();
    let (ok, said, err) = run(&["backup", "--database-url", live, "--out", out], None);
    assert!(ok, "{err}");
    assert!(said.contains("journal intact"), "{said}");
    // Never over an existing file.
    let (ok, _, err) = run(&["backup", "--database-url", live, "--out", out], None);
    assert!(!ok);
    assert!(err.contains("exists already"), "{err}");

    let other = dir.path().join("other.db");
    let other = other.to_str().unwrap();
    add_admin(other, "replaced@example.org");
    let (ok, said, err) = run(&["restore", "--database-url", other, "--from", out], None);
    assert!(ok, "{err}");
    assert!(said.contains("journal intact"), "{said}");
    assert!(has_account(other, "kept@example.org"));
    assert!(!has_account(other, "replaced@example.org"));
}

#[test]
fn what_is_not_a_backup_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.db");
    let db = db.to_str().unwrap();
    add_admin(db, "stays@example.org");
    let junk = dir.path().join("junk.bin");
    std::fs::write(&junk, b"PK\x03\x04 not a backup at all").unwrap();
    let (ok, _, err) = run(
        &[
            "restore",
            "--database-url",
            db,
            "--from",
            junk.to_str().unwrap(),
        ],
        None,
    );
    assert!(!ok);
    assert!(err.contains("is not a Frirum backup"), "{err}");
    // The database itself, not marked, is no backup either.
    let (ok, _, err) = run(&["restore", "--database-url", db, "--from", db], None);
    assert!(!ok);
    assert!(err.contains("is not a Frirum backup"), "{err}");
    assert!(has_account(db, "stays@example.org"));
}

#[test]
fn postgres_is_backed_up_with_pg_dump() {
    for args in [
        [
            "backup",
            "--database-url",
            "postgres://db.invalid/frirum",
            "--out",
            "x",
        ],
        [
            "restore",
            "--database-url",
            "postgres://db.invalid/frirum",
            "--from",
            "x",
        ],
    ] {
        let (ok, _, err) = run(&args, None);
        assert!(!ok);
        assert!(err.contains("pg_dump"), "{err}");
    }
}
