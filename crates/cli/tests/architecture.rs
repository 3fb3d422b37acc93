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

/// The names of every package `krate` depends on for its normal build, directly or not:
/// its manifest's `[dependencies]`, then each registry package's dependencies from
/// `Cargo.lock` (which lists no dev-dependencies of registry packages).
fn normal_dependency_tree(krate: &str) -> std::collections::BTreeSet<String> {
    let lock: toml::Table = std::fs::read_to_string(workspace().join("Cargo.lock"))
        .expect("Cargo.lock")
        .parse()
        .expect("valid TOML");
    let packages = lock["package"].as_array().expect("packages");
    let deps_of = |name: &str| -> Vec<String> {
        packages
            .iter()
            .filter(|p| p["name"].as_str() == Some(name))
            .flat_map(|p| {
                p.get("dependencies")
                    .and_then(|d| d.as_array())
                    .cloned()
                    .unwrap_or_default()
            })
            .filter_map(|d| d.as_str().map(|d| d.split(' ').next().unwrap().to_owned()))
            .collect()
    };
    let mut seen = std::collections::BTreeSet::new();
    let mut todo: Vec<String> = dependencies(krate)
        .into_iter()
        .map(|d| {
            // Workspace crates are named by their package names in the lock file.
            if d.starts_with("frirum-") {
                d
            } else {
                d.replace('_', "-")
            }
        })
        .collect();
    while let Some(name) = todo.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(member) = name.strip_prefix("frirum-") {
            // A workspace crate: follow its own normal dependencies, not its dev ones.
            todo.extend(dependencies(member));
        } else {
            todo.extend(deps_of(&name));
        }
    }
    seen
}

#[test]
fn the_use_cases_know_no_http_and_no_templates() {
    let tree = normal_dependency_tree("app");
    assert!(
        tree.contains("frirum-store") && tree.contains("tokio"),
        "{tree:?}"
    );
    for forbidden in [
        "axum",
        "tower",
        "tower-http",
        "http",
        "hyper",
        "askama",
        "frirum-web",
    ] {
        assert!(
            !tree.contains(forbidden),
            "frirum-app depends on {forbidden}, directly or not"
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

/// Every Rust file under `dir`, in any depth.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    out.extend(
        walkdir::WalkDir::new(dir)
            .into_iter()
            .map(|entry| entry.expect("a folder entry").into_path())
            .filter(|path| path.extension().is_some_and(|e| e == "rs")),
    );
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

/// The Rust files under `crates/<krate>/<sub>`, with their text.
fn sources(krate: &str, sub: &str) -> Vec<(PathBuf, String)> {
    let dir = workspace().join("crates").join(krate).join(sub);
    let mut files = Vec::new();
    if dir.exists() {
        rust_files(&dir, &mut files);
    }
    files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).unwrap();
            (f, text)
        })
        .collect()
}

fn relative(path: &Path) -> String {
    path.strip_prefix(workspace())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Places in the adapters and the use cases that may name a role or read the clock, as
/// ARCHITECTURE.md lists them.
const MAY_READ_THE_CLOCK: &[&str] = &["crates/app/src/clock.rs"];

#[test]
fn roles_are_compared_only_in_the_domain() {
    for krate in ["app", "web", "store", "law"] {
        for (file, text) in sources(krate, "src") {
            for (n, line) in text.lines().enumerate() {
                assert!(
                    !line.contains("Role::"),
                    "{}:{}: a role is named outside the domain; ask frirum_domain::authz",
                    relative(&file),
                    n + 1
                );
            }
        }
    }
}

#[test]
fn the_binary_compares_no_roles() {
    // The demo names the role of each demo account; deciding by a role is the domain's.
    let comparison =
        regex::Regex::new(r"[=!]=\s*Role::|Role::\w+\s*=>|matches!\([^)]*Role::").unwrap();
    for (file, text) in sources("cli", "src") {
        for (n, line) in text.lines().enumerate() {
            assert!(
                !comparison.is_match(line),
                "{}:{}: a role is compared outside the domain; ask frirum_domain::authz",
                relative(&file),
                n + 1
            );
        }
    }
}

/// The modules of a crate that a module names (`crate::a::b`, `$crate::a`, `super::a` at
/// the top, in code or in documentation links), by their paths below `src`.
fn module_references(
    krate: &str,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let src = workspace().join("crates").join(krate).join("src");
    let name_of = |path: &Path| -> String {
        let rel = path.strip_prefix(&src).unwrap().with_extension("");
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .filter(|p| p != "mod")
            .collect();
        let name = parts.join("::");
        if name == "lib" || name == "main" {
            String::new()
        } else {
            name
        }
    };
    let files = sources(krate, "src");
    let modules: std::collections::BTreeSet<String> =
        files.iter().map(|(f, _)| name_of(f)).collect();
    let reference =
        regex::Regex::new(r"(?:\$?crate)::([a-z_][a-z0-9_]*(?:::[a-z_][a-z0-9_]*)*)").unwrap();
    let group = regex::Regex::new(r"use crate::\{([^}]*)\}").unwrap();
    let mut graph = std::collections::BTreeMap::new();
    for (file, text) in &files {
        let me = name_of(file);
        let mut named = std::collections::BTreeSet::new();
        let mut add = |path: &str| {
            let parts: Vec<&str> = path.split("::").collect();
            if let Some(found) = (1..=parts.len())
                .rev()
                .map(|k| parts[..k].join("::"))
                .find(|m| modules.contains(m))
                && found != me
                && !me.starts_with(&format!("{found}::"))
            {
                named.insert(found);
            }
        };
        for c in reference.captures_iter(text) {
            add(&c[1]);
        }
        for c in group.captures_iter(text) {
            for item in c[1].split(',') {
                add(item.trim().split("::").next().unwrap_or_default().trim());
            }
        }
        graph.insert(me, named);
    }
    graph
}

#[test]
fn no_two_modules_of_a_crate_name_each_other() {
    for krate in crates() {
        let graph = module_references(&krate);
        // A circle of any length: a module that reaches itself through the others.
        for start in graph.keys() {
            let mut seen = std::collections::BTreeSet::new();
            let mut todo: Vec<&String> = graph[start].iter().collect();
            while let Some(next) = todo.pop() {
                assert!(
                    next != start,
                    "crates/{krate}: {start:?} reaches itself through the modules it names ({:?})",
                    graph[start]
                );
                if seen.insert(next.clone()) {
                    todo.extend(graph.get(next).into_iter().flatten());
                }
            }
        }
    }
}

#[test]
fn the_clock_is_read_only_where_allowed() {
    for krate in ["app", "web"] {
        for (file, text) in sources(krate, "src") {
            let name = relative(&file);
            if MAY_READ_THE_CLOCK
                .iter()
                .any(|allowed| name.ends_with(allowed))
            {
                continue;
            }
            for (n, line) in text.lines().enumerate() {
                assert!(
                    !line.contains("now_utc"),
                    "{name}:{}: the clock is read here; take the time from the Actor or the App's clock",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn the_web_reaches_the_store_only_through_use_cases() {
    // The store's types (filters, summaries) may be named; its trait and its methods not.
    let store_trait = regex::Regex::new(r"frirum_store::\{?Store\b|dyn Store\b").unwrap();
    for (file, text) in sources("web", "src") {
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            assert!(
                !code.contains(".store") && !store_trait.is_match(code),
                "{}:{}: the web reaches the store; call a use case in frirum-app",
                relative(&file),
                n + 1
            );
        }
    }
}

/// The message ids a Fluent file defines.
fn fluent_ids(lang: &str) -> std::collections::BTreeSet<String> {
    let text = std::fs::read_to_string(workspace().join(format!("crates/app/i18n/{lang}.ftl")))
        .expect("a Fluent file");
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

#[test]
fn every_message_used_exists_in_all_five_languages() {
    // A message asked for by a literal id: `t("id")`, `t1("id", …)`, `t_args(lang, "id", …)`.
    let call =
        regex::Regex::new(r#"\b(?:t|t1|t_args)\(\s*(?:[&\w.]+,\s*)?"([a-z][a-z0-9_-]*)""#).unwrap();
    let mut used: Vec<(String, String)> = Vec::new();
    let mut templates = Vec::new();
    collect_files(
        &workspace().join("crates/web/templates"),
        "html",
        &mut templates,
    );
    for file in templates {
        let text = std::fs::read_to_string(&file).unwrap();
        for c in call.captures_iter(&text) {
            used.push((relative(&file), c[1].to_owned()));
        }
    }
    for krate in ["app", "web"] {
        for (file, text) in sources(krate, "src") {
            for c in call.captures_iter(&text) {
                used.push((relative(&file), c[1].to_owned()));
            }
        }
    }
    assert!(used.len() > 300, "only {} uses found", used.len());
    for lang in ["nb", "nn", "da", "sv", "en"] {
        let ids = fluent_ids(lang);
        assert!(ids.len() > 100, "{lang}: {} ids", ids.len());
        for (file, id) in &used {
            // Test strings and deliberately unknown ids are not interface text.
            if id.starts_with("no-such") {
                continue;
            }
            assert!(
                ids.contains(id),
                "{file} uses {id:?}, which {lang}.ftl lacks"
            );
        }
    }
}

fn collect_files(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_files(&path, extension, out);
        } else if path.extension().is_some_and(|e| e == extension) {
            out.push(path);
        }
    }
}

#[test]
fn no_leftovers_of_a_merge_are_kept() {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if !["target", "node_modules", ".git", "test-results"].contains(&name.as_str()) {
                    walk(&path, out);
                }
            } else if name.ends_with(".orig") || name.ends_with(".rej") {
                out.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(&workspace(), &mut found);
    assert!(found.is_empty(), "merge leftovers: {found:?}");
}
