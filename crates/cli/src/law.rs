//! `frirum law …`: importing the law catalogue from the official formats, rebuilding its
//! search index, and parsing, citing, searching and suggesting from the command line. Every
//! command that prints results prints JSON lines, so that other programs can read them.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, bail};
use clap::Subcommand;
use frirum_app::RuleFinder;
use frirum_app::finder_eval::{self, EvalSet};
use frirum_domain::law::{ActKind, Document, Jurisdiction};
use frirum_law::formats::{self, Format};
use frirum_law::search::SearchQuery;
use frirum_store::Store;
use frirum_store::law::StoredProvision;
use serde_json::json;
use time::OffsetDateTime;

use crate::database::LawStoreArgs;

#[derive(Debug, Subcommand)]
pub enum LawCommand {
    /// Import acts from files, folders, .tar.bz2 or .zip archives into the catalogue, then
    /// rebuild the search index. Re-importing updates and never duplicates.
    Import {
        /// lovdata, lexdania, sfs-text, sfs-html, sfs-markdown (se-lex) or auto (by name and start).
        #[arg(long, default_value = "auto")]
        format: String,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        store: LawStoreArgs,
    },
    /// Rebuild the search index from the catalogue in the database.
    Reindex {
        #[command(flatten)]
        store: LawStoreArgs,
    },
    /// Fetch the official publications (Lovdata, the Riksdag, Retsinformation) with
    /// conditional requests and import what changed; once, or now and then daily.
    Sync(crate::law_sync::SyncCommand),
    /// Parse one document and print it as JSON lines (the act, then one line per section),
    /// without touching any database.
    Parse {
        /// lovdata, lexdania, sfs-text, sfs-html, sfs-markdown (se-lex) or auto.
        #[arg(long, default_value = "auto")]
        format: String,
        file: PathBuf,
    },
    /// Find the citations in a text (standard input when TEXT is absent) and print one JSON
    /// line per citation, resolved against the catalogue.
    Cite {
        #[arg(long)]
        jurisdiction: Jurisdiction,
        text: Option<String>,
        #[command(flatten)]
        store: LawStoreArgs,
    },
    /// Search the catalogue and print one JSON line per hit.
    Search {
        #[arg(long)]
        jurisdiction: Option<Jurisdiction>,
        /// act, consolidated_act, regulation, executive_order or amending_act.
        #[arg(long)]
        kind: Option<ActKind>,
        /// Include amending acts and acts no longer in force.
        #[arg(long)]
        all: bool,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(required = true)]
        query: Vec<String>,
        #[command(flatten)]
        store: LawStoreArgs,
    },
    /// Suggest the provisions that probably stand in the way of an idea described in plain
    /// words (standard input when TEXT is absent), one JSON line each with its reasons.
    Suggest {
        #[arg(long)]
        jurisdiction: Jurisdiction,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        text: Option<String>,
        #[command(flatten)]
        store: LawStoreArgs,
    },
    /// Measure the suggestions on a set of cases (TOML, see crates/cli/data/law/eval.toml):
    /// recall@1, recall@LIMIT, MRR and the latency of each suggestion, and every expected
    /// provision not ranked first. With --acts, the acts are imported into a throw-away
    /// catalogue; without, the catalogue of --database-url is measured.
    Evaluate {
        #[arg(long)]
        set: PathBuf,
        /// Files, folders or archives of acts to import into a throw-away catalogue.
        #[arg(long, num_args = 1..)]
        acts: Vec<PathBuf>,
        /// Files, folders or archives of the regulations that cases with a `source` ask
        /// about; read, with their citations masked, and not imported.
        #[arg(long, num_args = 1..)]
        regulations: Vec<PathBuf>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print the whole result as one JSON object.
        #[arg(long)]
        json: bool,
        /// Fail when recall@LIMIT falls under this figure (for CI).
        #[arg(long)]
        min_recall: Option<f64>,
        #[command(flatten)]
        store: LawStoreArgs,
    },
}

fn parse_format(text: &str) -> anyhow::Result<Option<Format>> {
    if text == "auto" {
        return Ok(None);
    }
    Ok(Some(text.parse::<Format>().map_err(|e| {
        anyhow::anyhow!(
            "--format {text}: {e}; expected lovdata, lexdania, retsinformation-json, sfs-text, sfs-html, sfs-markdown (se-lex) or auto"
        )
    })?))
}

fn text_or_stdin(text: Option<String>) -> anyhow::Result<String> {
    match text {
        Some(text) => Ok(text),
        None => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context("reading the text from standard input")?;
            Ok(text)
        }
    }
}

/// A provision's address as JSON: where it is, in the words of the law.
fn address(p: &StoredProvision) -> serde_json::Value {
    json!({
        "provision_id": p.id,
        "act": {"id": p.act_official_id, "title": p.act_title, "short_title": p.act_short_title},
        "jurisdiction": p.jurisdiction,
        "chapter": p.section.chapter,
        "section": p.section.section,
        "label": p.section.label,
        "heading": p.section.heading,
    })
}

async fn open(args: &LawStoreArgs) -> anyhow::Result<(Arc<dyn Store>, RuleFinder)> {
    let store = crate::database::open(&args.database.database_url).await?;
    let dir = args.index_dir();
    let finder = RuleFinder::open(Some(&dir))
        .with_context(|| format!("opening the search index in {}", dir.display()))?;
    Ok((store, finder))
}

fn print_line(out: &mut impl Write, value: &serde_json::Value) -> anyhow::Result<()> {
    Ok(writeln!(out, "{value}")?)
}

pub async fn run(command: LawCommand) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match command {
        LawCommand::Import {
            format,
            paths,
            store,
        } => {
            let format = parse_format(&format)?;
            for path in &paths {
                if !path.exists() {
                    bail!("{}: no such file or folder", path.display());
                }
            }
            let (db, finder) = open(&store).await?;
            let report = finder
                .import(&*db, &paths, format, OffsetDateTime::now_utc())
                .await?;
            for (name, reason) in &report.skipped {
                eprintln!("skipped {name}: {reason}");
            }
            println!(
                "documents: {} added, {} updated, {} unchanged, {} skipped; provisions: {}; index: {} provisions",
                report.added,
                report.updated,
                report.unchanged,
                report.skipped.len(),
                report.provisions,
                finder.indexed()
            );
            Ok(())
        }
        LawCommand::Reindex { store } => {
            let (db, finder) = open(&store).await?;
            let started = std::time::Instant::now();
            let n = finder.reindex(&*db).await?;
            println!(
                "indexed {n} provisions in {:.1} s into {}",
                started.elapsed().as_secs_f64(),
                store.index_dir().display()
            );
            Ok(())
        }
        LawCommand::Sync(command) => crate::law_sync::run(command).await,
        LawCommand::Parse { format, file } => {
            let format = parse_format(&format)?;
            let bytes =
                std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let name = file.display().to_string();
            let document = match format {
                Some(format) => formats::parse(format, &name, &bytes)?,
                None => formats::parse_auto(&name, &bytes)?,
            };
            print_line(&mut out, &json!({"act": document.act}))?;
            for section in &document.sections {
                print_line(&mut out, &serde_json::to_value(section)?)?;
            }
            Ok(())
        }
        LawCommand::Cite {
            jurisdiction,
            text,
            store,
        } => {
            let text = text_or_stdin(text)?;
            let (db, finder) = open(&store).await?;
            for c in finder.cite(&*db, jurisdiction, &text).await? {
                print_line(&mut out, &serde_json::to_value(&c.citation)?)?;
            }
            Ok(())
        }
        LawCommand::Search {
            jurisdiction,
            kind,
            all,
            limit,
            query,
            store,
        } => {
            let (db, finder) = open(&store).await?;
            finder.ensure_index(&*db).await?;
            let query = SearchQuery {
                text: query.join(" "),
                jurisdiction,
                kind,
                in_force_only: !all,
                limit,
            };
            for hit in finder.search(&*db, &query).await? {
                let mut line = address(&hit.provision);
                line["score"] = json!(hit.score);
                line["snippet"] = json!(hit.snippet);
                print_line(&mut out, &line)?;
            }
            Ok(())
        }
        LawCommand::Suggest {
            jurisdiction,
            limit,
            text,
            store,
        } => {
            let text = text_or_stdin(text)?;
            let (db, finder) = open(&store).await?;
            finder.ensure_index(&*db).await?;
            for s in finder.suggest(&*db, jurisdiction, &text, limit).await? {
                let mut line = address(&s.provision);
                line["score"] = json!(s.score);
                line["reasons"] = serde_json::to_value(&s.reasons)?;
                print_line(&mut out, &line)?;
            }
            Ok(())
        }
        LawCommand::Evaluate {
            set,
            acts,
            regulations,
            limit,
            json,
            min_recall,
            store,
        } => evaluate(&set, &acts, &regulations, limit, json, min_recall, &store).await,
    }
}

/// The documents under the paths, by their act's official id.
fn read_documents(paths: &[PathBuf]) -> anyhow::Result<HashMap<String, Document>> {
    let mut documents = HashMap::new();
    for path in paths {
        formats::source::read_path(path, None, |name, result| match result {
            Ok(document) => {
                documents.insert(document.act.id.clone(), document);
            }
            Err(e) => eprintln!("skipped {name}: {e}"),
        })
        .with_context(|| format!("reading {}", path.display()))?;
    }
    Ok(documents)
}

async fn evaluate(
    set: &Path,
    acts: &[PathBuf],
    regulations: &[PathBuf],
    limit: usize,
    json: bool,
    min_recall: Option<f64>,
    store: &LawStoreArgs,
) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(set).with_context(|| format!("reading {}", set.display()))?;
    let eval_set: EvalSet =
        toml::from_str(&text).with_context(|| format!("reading the set {}", set.display()))?;
    for path in acts.iter().chain(regulations) {
        if !path.exists() {
            bail!("{}: no such file or folder", path.display());
        }
    }
    let questions = read_documents(regulations)?;
    // A throw-away catalogue when acts are given; it is deleted when `_scratch` drops.
    let _scratch;
    let (db, finder) = if acts.is_empty() {
        let (db, finder) = open(store).await?;
        finder.ensure_index(&*db).await?;
        (db, finder)
    } else {
        let dir = tempfile::tempdir().context("making a temporary catalogue")?;
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("catalogue.db").display()
        );
        let db = crate::database::open(&url).await?;
        let finder = RuleFinder::open(Some(&dir.path().join("index")))?;
        let report = finder
            .import(&*db, acts, None, OffsetDateTime::now_utc())
            .await?;
        for (name, reason) in &report.skipped {
            eprintln!("skipped {name}: {reason}");
        }
        eprintln!(
            "catalogue: {} documents, {} provisions",
            report.added + report.updated + report.unchanged,
            finder.indexed()
        );
        _scratch = dir;
        (db, finder)
    };
    let result = finder_eval::evaluate(&finder, &*db, &eval_set, &questions, limit).await?;
    let m = &result.metrics;
    if json {
        println!("{}", serde_json::to_string_pretty(&result)?);
    } else {
        for (case, p) in &result.unresolvable_provisions {
            println!(
                "unresolvable: {case}: {} {} is not in the catalogue",
                p.act, p.section
            );
        }
        for miss in &result.misses {
            let rank = match miss.rank {
                Some(rank) => format!("rank {rank}"),
                None => format!("not in top {limit}"),
            };
            let ahead: Vec<String> = miss
                .ahead
                .iter()
                .map(|p| format!("{} {}", p.act, p.section))
                .collect();
            println!(
                "missed: {}: {} {}: {rank}; ahead: {}",
                miss.case,
                miss.expected.act,
                miss.expected.section,
                ahead.join(", ")
            );
        }
        println!(
            "cases: {} ({} scored, {} unresolvable; {} expected provisions not in the catalogue)",
            result.cases,
            result.scored,
            result.unresolvable_cases,
            result.unresolvable_provisions.len()
        );
        println!(
            "recall@1 {:.3}  recall@{limit} {:.3}  MRR {:.3}  suggest latency p50 {:.1} ms  p99 {:.1} ms",
            m.recall_at_1, m.recall_at_limit, m.mrr, m.latency_p50_ms, m.latency_p99_ms
        );
    }
    if let Some(floor) = min_recall
        && m.recall_at_limit < floor
    {
        bail!(
            "recall@{limit} {:.3} is under the floor {floor:.3}",
            m.recall_at_limit
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_named_or_automatic() {
        assert_eq!(parse_format("auto").unwrap(), None);
        assert_eq!(parse_format("lovdata").unwrap(), Some(Format::Lovdata));
        assert!(parse_format("word").is_err());
    }
}
