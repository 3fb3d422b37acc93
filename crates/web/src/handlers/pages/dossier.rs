//! The provision dossier's pages beyond the provision page itself: the rule-change
//! proposal (printable, and as PDF through the letter's typesetter) and adopting a trial
//! into a new draft.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use frirum_app::dossier::{self, AdoptionChoice};
use frirum_domain::Language;
use frirum_domain::evaluation::EvidenceStrength;
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;
use crate::letter_pdf::{self, Block};
use frirum_app::Error;

#[derive(Debug, Default, Deserialize)]
pub struct LanguageQuery {
    /// The language to write the proposal in (a language tag).
    pub lang: Option<String>,
}

#[derive(Template)]
#[template(path = "law/proposal.html")]
struct ProposalPage {
    /// The interface, in the visitor's language.
    ctx: PageContext,
    provision_id: i64,
    citation: String,
    /// The proposal's own text, in the language chosen for it.
    blocks: Vec<Block>,
    language: Language,
    languages: Vec<Language>,
}

/// The context the proposal's text is written with: the visitor's, in the proposal's
/// language. The page around it stays in the visitor's language.
fn proposal_context(ctx: &PageContext, language: Language) -> PageContext {
    let mut doc = ctx.clone();
    doc.lang = language;
    doc
}

/// The rule-change proposal as a printable page.
pub async fn proposal(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<LanguageQuery>,
) -> Result<Html<String>, AppError> {
    let wanted = query.lang.as_deref().and_then(Language::from_tag);
    let found = dossier::proposal(&state, &ctx, id, wanted).await?;
    let page_ctx = page_context(&state, &ctx);
    let blocks = proposal_blocks(&proposal_context(&page_ctx, found.language), &found);
    ProposalPage {
        ctx: page_ctx,
        provision_id: found.dossier.provision.id,
        citation: found.dossier.citation.clone(),
        blocks,
        language: found.language,
        languages: found.languages,
    }
    .render_html()
}

/// A list of items, each a line of its own.
fn items(blocks: &mut Vec<Block>, lines: impl IntoIterator<Item = String>) {
    blocks.extend(lines.into_iter().map(|l| Block::Text(format!("– {l}"))));
}

/// The proposal to the ministry, in the order a ministry reads one: to whom, a summary,
/// the provision as it reads, what the trials asked for, the evidence by strength, the
/// recommendations counted and quoted, the outcomes, and the wording proposed. The page
/// and the PDF both set these blocks.
fn proposal_blocks(ctx: &PageContext, p: &dossier::Proposal) -> Vec<Block> {
    let d = &p.dossier.dossier;
    let provision = &p.dossier.provision;
    let citation = &p.dossier.citation;
    let mut blocks = vec![
        Block::Title(format!("{}: {citation}", ctx.t("proposal-title"))),
        Block::Strong(format!(
            "{}: {}",
            ctx.t("proposal-to"),
            p.ministry
                .clone()
                .unwrap_or_else(|| ctx.t("proposal-ministry-unknown"))
        )),
        Block::Space,
        // The summary: what the platform knows, counted.
        Block::Heading(ctx.t("proposal-summary")),
        Block::Text(ctx.t_texts("proposal-summary-intro", &[("provision", citation)])),
        Block::Text(
            [
                ctx.t1("proposal-summary-requests", "count", d.requested_by),
                ctx.t1("proposal-summary-trials", "count", d.trials.len()),
                ctx.t1("proposal-summary-findings", "count", d.findings.len()),
                ctx.t1(
                    "proposal-summary-recommendations",
                    "count",
                    d.recommendations.len(),
                ),
            ]
            .join(" "),
        ),
    ];
    let counted = |prefix: &str, counts: Vec<(String, u32)>| {
        counts
            .into_iter()
            .map(|(key, n)| format!("{}: {n}", ctx.tp(prefix, key)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let recommendations = counted(
        "dossier-recommendation-",
        d.recommendation_counts
            .iter()
            .map(|(r, n)| (r.to_string(), *n))
            .collect(),
    );
    let outcomes = counted(
        "dossier-outcome-",
        d.outcome_counts
            .iter()
            .map(|(o, n)| (o.to_string(), *n))
            .collect(),
    );
    if !recommendations.is_empty() {
        blocks.push(Block::Text(format!(
            "{}: {recommendations}.",
            ctx.t("proposal-recommended")
        )));
    }
    if !outcomes.is_empty() {
        blocks.push(Block::Text(format!(
            "{}: {outcomes}.",
            ctx.t("proposal-decided")
        )));
    }
    blocks.push(Block::Heading(ctx.t("proposal-current-text")));
    for sub in &provision.section.subsections {
        blocks.push(Block::Text(format!("({}) {}", sub.number, sub.text)));
    }
    // What the trials asked for instead.
    blocks.push(Block::Heading(ctx.t("proposal-asked")));
    if d.desired_changes.is_empty() {
        blocks.push(Block::Text(ctx.t("proposal-asked-none")));
    } else {
        blocks.push(Block::Text(ctx.t("dossier-desired")));
        items(&mut blocks, d.desired_changes.iter().cloned());
    }
    blocks.push(Block::Heading(ctx.t("dossier-trials")));
    if d.trials.is_empty() {
        blocks.push(Block::Text(ctx.t("dossier-no-trials")));
    }
    for t in &d.trials {
        let mut line = format!(
            "{} {} ({}, {} – {}): {}. {} {}",
            t.case_number,
            t.title,
            ctx.tp("trial-status-", t.status),
            ctx.date(&t.start),
            ctx.date(&t.end),
            t.reference,
            ctx.t("dossier-used"),
            ctx.t1("dossier-used-reports", "count", t.reports_used)
        );
        if t.narrowed {
            line.push_str(&format!(" ({})", ctx.t("dossier-narrowed")));
        }
        blocks.push(Block::Text(line));
        let value = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| ctx.decimal(&v));
        items(
            &mut blocks,
            t.indicators.iter().map(|i| {
                format!(
                    "{}: {} {}, {} {}, {} {}",
                    i.title,
                    ctx.t("dossier-baseline"),
                    value(i.baseline),
                    ctx.t("dossier-target"),
                    value(i.target),
                    ctx.t("dossier-latest"),
                    value(i.latest)
                )
            }),
        );
    }
    // The evidence, strongest first, each strength under its own line.
    blocks.push(Block::Heading(ctx.t("proposal-evidence")));
    if d.findings.is_empty() {
        blocks.push(Block::Text(ctx.t("dossier-no-findings")));
    }
    for strength in EvidenceStrength::ALL {
        let findings = d.findings_of(strength);
        if findings.is_empty() {
            continue;
        }
        blocks.push(Block::Strong(format!(
            "{} ({})",
            ctx.tp("dossier-strength-", strength),
            findings.len()
        )));
        items(
            &mut blocks,
            findings
                .iter()
                .map(|f| format!("{} ({})", f.text, f.evaluation_title)),
        );
    }
    blocks.push(Block::Heading(ctx.t("dossier-recommendations")));
    if d.recommendations.is_empty() {
        blocks.push(Block::Text(ctx.t("proposal-no-recommendations")));
    } else {
        blocks.push(Block::Text(format!("{recommendations}.")));
        items(
            &mut blocks,
            d.recommendations.iter().map(|r| {
                let reasons = if r.reasons.is_empty() {
                    String::new()
                } else {
                    format!(": {}", r.reasons)
                };
                format!(
                    "{}{reasons} ({})",
                    ctx.tp("dossier-recommendation-", r.recommendation),
                    r.evaluation_title
                )
            }),
        );
    }
    blocks.push(Block::Heading(ctx.t("proposal-outcomes")));
    let decided: Vec<String> = d
        .trials
        .iter()
        .filter_map(|t| {
            if let Some(o) = &t.outcome {
                let mut line = format!("{}: {}", t.title, ctx.tp("dossier-outcome-", o.category));
                if !o.resulting_act.is_empty() {
                    line.push_str(&format!(" ({})", o.resulting_act));
                }
                if !o.reasons.is_empty() {
                    line.push_str(&format!(". {}", o.reasons));
                }
                Some(line)
            } else if t.pending {
                Some(format!("{}: {}", t.title, ctx.t("dossier-pending")))
            } else {
                None
            }
        })
        .collect();
    if decided.is_empty() {
        blocks.push(Block::Text(ctx.t("proposal-no-outcomes")));
    }
    items(&mut blocks, decided);
    if d.pending {
        blocks.push(Block::Text(ctx.t("dossier-provision-pending")));
    }
    // The wording proposed: the applicants' own.
    blocks.push(Block::Heading(ctx.t("proposal-wording")));
    if d.desired_changes.is_empty() {
        blocks.push(Block::Text(ctx.t("proposal-wording-none")));
    } else {
        blocks.push(Block::Text(
            ctx.t_texts("proposal-wording-intro", &[("provision", citation)]),
        ));
        items(&mut blocks, d.desired_changes.iter().cloned());
    }
    blocks
}

/// The rule-change proposal as a PDF.
pub async fn proposal_pdf(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<LanguageQuery>,
) -> Result<Response, AppError> {
    let wanted = query.lang.as_deref().and_then(Language::from_tag);
    let found = dossier::proposal(&state, &ctx, id, wanted).await?;
    let doc = proposal_context(&page_context(&state, &ctx), found.language);
    let blocks = proposal_blocks(&doc, &found);
    let title = format!("{}: {}", doc.t("proposal-title"), found.dossier.citation);
    let bytes = letter_pdf::render(&title, &blocks).map_err(|e| Error::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"proposal-{id}.pdf\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "trials/adopt.html")]
struct AdoptPage {
    ctx: PageContext,
    choice: AdoptionChoice,
}

/// The rounds an applicant may adopt the trial into.
pub async fn adopt_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let choice = dossier::adoption_choice(&state, &ctx, id).await?;
    AdoptPage {
        ctx: page_context(&state, &ctx),
        choice,
    }
    .render_html()
}

#[derive(Debug, Deserialize)]
pub struct AdoptForm {
    pub round_id: i64,
}

/// Starts the draft and opens it for editing.
pub async fn adopt(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Form(form): Form<AdoptForm>,
) -> Result<Response, AppError> {
    let created = dossier::adopt(&state, &ctx, id, form.round_id).await?;
    Ok(see_other(&format!("/applications/{}/edit", created.id)))
}
