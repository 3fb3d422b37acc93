//! No module of the web crate imports a module that imports it back, and the JSON API imports
//! no page module.
//!
//! The test reads every `.rs` file under `src`, maps it to its module path (`src/a/b.rs` and
//! `src/a/b/mod.rs` are `a::b`, `src/lib.rs` is the crate root), and collects the modules it
//! names: every `crate::…` path, in `use` items (groups such as `use crate::{a, b::{c, d}}`
//! included) and inline (`crate::handlers::pages::x::Y`), and the `super::…` and `self::…`
//! paths of its top-level `use` items. A path names the longest prefix of it that is a module
//! file: `crate::a::b::Item` is module `a::b` when `a/b.rs` or `a/b/mod.rs` exists, else `a`,
//! else the crate root. A parent declaring `mod child;` does not import its child.
//! Comments and string literals are skipped.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path below the crate root, `[]` for the root itself.
type Module = Vec<String>;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
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

/// The module a file under `src` defines.
fn module_of(relative: &Path) -> Module {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let file = parts.pop().expect("a file name");
    if file != "mod.rs" && !(parts.is_empty() && file == "lib.rs") {
        parts.push(file.trim_end_matches(".rs").to_owned());
    }
    parts
}

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "crate".to_owned()
    } else {
        module.join("::")
    }
}

/// The code with its comments and the contents of its string and character literals blanked
/// out; line breaks are kept, so that lines and columns stay where they were.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if c == 'r'
            && matches!(next, Some('"' | '#'))
            && (i == 0 || !is_ident(chars[i - 1]))
            && raw_string_start(&chars[i + 1..]).is_some()
        {
            let hashes = raw_string_start(&chars[i + 1..]).expect("checked");
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let open = 2 + hashes;
            out.extend(std::iter::repeat_n(' ', open));
            i += open;
            while i < chars.len() && !chars[i..].starts_with(&close) {
                out.push(blank(chars[i]));
                i += 1;
            }
            out.extend(std::iter::repeat_n(' ', close.len()));
            i += close.len();
        } else if c == '"' {
            out.push(' ');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < chars.len() {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c == '\'' && (next == Some('\\') || chars.get(i + 2) == Some(&'\'')) {
            // A character literal; a lifetime (`'a`) has no closing quote.
            out.push(' ');
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                out.push(' ');
                i += 1;
            }
            out.push(' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The number of `#` of a raw string that starts here (after the `r`).
fn raw_string_start(rest: &[char]) -> Option<usize> {
    let hashes = rest.iter().take_while(|c| **c == '#').count();
    (rest.get(hashes) == Some(&'"')).then_some(hashes)
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The paths a use tree brings in, written out: `a::{b, c::{d, e as f}}` gives `a::b`,
/// `a::c::d` and `a::c::e`; `a::{self}` gives `a`; `a::*` gives `a`.
fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
    let tree: String = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    let tree = tree.trim();
    if tree.is_empty() {
        return;
    }
    if let Some(open) = tree.find('{') {
        let close = tree.rfind('}').expect("a closed use group");
        let head = format!("{prefix}{}", &tree[..open]);
        let mut depth = 0;
        let mut start = open + 1;
        for (i, c) in tree[..close].char_indices().skip(open + 1) {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&head, &tree[start..i], out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        expand(&head, &tree[start..close], out);
    } else {
        let path = tree.split(" as ").next().unwrap_or_default().trim();
        let full = format!("{prefix}{path}");
        let full = full
            .strip_suffix("::self")
            .or_else(|| full.strip_suffix("::*"))
            .unwrap_or(&full);
        out.push(full.to_owned());
    }
}

/// The paths a file names that may lead to another module of the crate, each as written but
/// with `super` and `self` of top-level `use` items resolved: `crate::a::b`, `crate::a::{b, c}`
/// written out, and `super::x` in module `a::b` as `crate::a::x`.
fn named_paths(code: &str, module: &[String]) -> Vec<String> {
    let mut paths = Vec::new();
    // `use` items, with their groups written out.
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(at) = code[from..].find("use ") {
        let start = from + at;
        from = start + 4;
        if start > 0 && is_ident(bytes[start - 1] as char) {
            continue;
        }
        let Some(end) = code[start..].find(';') else {
            break;
        };
        let tree = &code[start + 4..start + end];
        let line_start = code[..start].rfind('\n').map_or(0, |n| n + 1);
        // rustfmt indents everything inside an inline module such as `mod tests`.
        let top_level = matches!(&code[line_start..start], "" | "pub " | "pub(crate) ");
        let mut written = Vec::new();
        expand("", tree, &mut written);
        for path in written {
            let resolved = if let Some(rest) = path.strip_prefix("super::") {
                let parent = &module[..module.len().saturating_sub(1)];
                top_level.then(|| format!("crate::{}", join_more(parent, rest)))
            } else if let Some(rest) = path.strip_prefix("self::") {
                top_level.then(|| format!("crate::{}", join_more(module, rest)))
            } else {
                path.starts_with("crate::").then_some(path)
            };
            paths.extend(resolved);
        }
        from = start + end;
    }
    // Paths written inline: `crate::a::b::Item`.
    let mut from = 0;
    while let Some(at) = code[from..].find("crate::") {
        let start = from + at;
        from = start + "crate::".len();
        if start > 0 && (is_ident(bytes[start - 1] as char) || bytes[start - 1] == b'$') {
            continue;
        }
        let rest = &code[from..];
        let mut end = 0;
        loop {
            let ident = rest[end..]
                .find(|c: char| !is_ident(c))
                .unwrap_or(rest.len() - end);
            if ident == 0 {
                break;
            }
            end += ident;
            if rest[end..].starts_with("::") && rest[end + 2..].starts_with(is_ident) {
                end += 2;
            } else {
                break;
            }
        }
        // `crate::a::{b, c}` names `a::b` and `a::c`, read with the `use` items above.
        if end > 0 && !rest[end..].starts_with("::{") {
            paths.push(format!("crate::{}", &rest[..end]));
        }
    }
    paths
}

fn join_more(module: &[String], rest: &str) -> String {
    module
        .iter()
        .map(String::as_str)
        .chain(std::iter::once(rest))
        .collect::<Vec<_>>()
        .join("::")
}

/// The module a `crate::…` path names: the longest prefix of it that is a module file.
fn module_named(path: &str, modules: &BTreeSet<Module>) -> Module {
    let segments: Vec<String> = path
        .trim_start_matches("crate::")
        .split("::")
        .map(str::to_owned)
        .collect();
    (0..=segments.len())
        .rev()
        .map(|n| segments[..n].to_vec())
        .find(|prefix| modules.contains(prefix))
        .unwrap_or_default()
}

/// Each module of the crate with the modules it imports, and one path naming each.
struct Graph {
    files: BTreeMap<Module, String>,
    imports: BTreeMap<Module, BTreeMap<Module, String>>,
}

fn graph() -> Graph {
    let root = src();
    let mut paths = Vec::new();
    rust_files(&root, &mut paths);
    let mut files = BTreeMap::new();
    for path in &paths {
        let relative = path.strip_prefix(&root).expect("a file under src");
        files.insert(module_of(relative), relative.display().to_string());
    }
    let modules: BTreeSet<Module> = files.keys().cloned().collect();
    let mut imports: BTreeMap<Module, BTreeMap<Module, String>> = BTreeMap::new();
    for path in &paths {
        let module = module_of(path.strip_prefix(&root).expect("a file under src"));
        let code = code_only(&std::fs::read_to_string(path).expect("a readable source file"));
        let edges = imports.entry(module.clone()).or_default();
        for named in named_paths(&code, &module) {
            let target = module_named(&named, &modules);
            if target != module {
                edges.entry(target).or_insert(named);
            }
        }
    }
    Graph { files, imports }
}

#[test]
fn no_two_modules_import_each_other() {
    let graph = graph();
    assert!(
        graph.files.len() > 30,
        "only {} modules found",
        graph.files.len()
    );
    // The reading works: a page module is seen to import the request context.
    let decisions: Module = ["handlers", "pages", "decisions"]
        .map(String::from)
        .to_vec();
    assert!(
        graph.imports[&decisions].contains_key(&vec!["context".to_owned()]),
        "the decision pages are not seen to import the context: {:?}",
        graph.imports[&decisions]
    );
    let mut cycles = Vec::new();
    for (a, edges) in &graph.imports {
        for (b, a_names) in edges {
            if a >= b {
                continue;
            }
            if let Some(b_names) = graph.imports.get(b).and_then(|e| e.get(a)) {
                cycles.push(format!(
                    "{} ({}) imports {} ({a_names}), and {} ({}) imports {} ({b_names})",
                    name(a),
                    graph.files[a],
                    name(b),
                    name(b),
                    graph.files[b],
                    name(a),
                ));
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "modules that import each other:\n{}",
        cycles.join("\n")
    );
}

#[test]
fn the_api_imports_no_page_module() {
    let graph = graph();
    let api = ["handlers", "api"].map(String::from);
    let pages = ["handlers", "pages"].map(String::from);
    let mut found = Vec::new();
    for (module, edges) in &graph.imports {
        if !module.starts_with(&api) {
            continue;
        }
        for (target, named) in edges {
            if target.starts_with(&pages) {
                found.push(format!("{} imports {named}", graph.files[module]));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn use_groups_inline_paths_and_relative_paths_are_read() {
    let code = code_only(
        "use crate::{a, b::{c, d::E as F}};\n\
         use super::sibling::Thing;\n\
         // use crate::commented::Out;\n\
         fn f() { let s = \"crate::in_a_string\"; crate::inline::Item::new(); }\n\
         mod tests {\n    use super::*;\n}\n",
    );
    let module = ["x", "y"].map(String::from);
    let mut paths = named_paths(&code, &module);
    paths.sort();
    assert_eq!(
        paths,
        [
            "crate::a",
            "crate::b::c",
            "crate::b::d::E",
            "crate::inline::Item::new",
            "crate::x::sibling::Thing",
        ]
    );
    let modules: BTreeSet<Module> = [vec![], vec!["b".to_owned()], vec!["b".into(), "d".into()]]
        .into_iter()
        .collect();
    assert_eq!(module_named("crate::b::d::E", &modules), ["b", "d"]);
    assert_eq!(module_named("crate::b::c", &modules), ["b"]);
    assert_eq!(
        module_named("crate::AppState", &modules),
        Vec::<String>::new()
    );
}
