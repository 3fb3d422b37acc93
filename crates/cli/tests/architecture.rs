//! Checks the architecture invariants written down in ARCHITECTURE.md.

use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn dependencies(krate: &str) -> Vec<String> {
    let text = std::fs::read_to_string(workspace().join("crates").join(krate).join("Cargo.toml"))
        .expect("Cargo.toml");
    let manifest: toml::Table = text.parse().expect("valid TOML");
    manifest
        .get("dependencies")
        .and_then(|d| d.as_table())
        .map(|d| d.keys().cloned().collect())
        .unwrap_or_default()
}

fn crates() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(workspace().join("crates"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_domain_does_no_io() {
    let deps = dependencies("domain");
    for forbidden in [
        "sqlx",
        "axum",
        "tokio",
        "tower",
        "tower-http",
        "reqwest",
        "hyper",
    ] {
        assert!(
            !deps.iter().any(|d| d == forbidden),
            "domain depends on {forbidden}"
        );
    }
}

#[test]
fn only_the_store_knows_sql_and_only_the_web_knows_http() {
    for krate in crates() {
        let deps = dependencies(&krate);
        let has = |name: &str| deps.iter().any(|d| d == name);
        if krate != "store" {
            assert!(!has("sqlx"), "{krate} depends on sqlx");
        }
        if krate != "web" {
            for http in ["axum", "tower", "tower-http", "hyper"] {
                assert!(!has(http), "{krate} depends on {http}");
            }
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_says_what_it_is_for() {
    let mut files = Vec::new();
    for krate in crates() {
        for sub in ["src", "tests"] {
            let dir = workspace().join("crates").join(&krate).join(sub);
            if dir.exists() {
                rust_files(&dir, &mut files);
            }
        }
    }
    assert!(files.len() > 20);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("//!"),
            "{} does not open with //!",
            file.display()
        );
    }
}
