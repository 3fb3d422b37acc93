//! The provision dossier's pages beyond the provision page itself: the rule-change
//! proposal (printable, and as PDF through the letter's typesetter) and adopting a trial
//! into a new draft.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use frirum_app::dossier::{self, AdoptionChoice, ProvisionDossier};
use frirum_domain::Language;
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
    ctx: PageContext,
    dossier: ProvisionDossier,
    language: Language,
    languages: Vec<Language>,
    ministry: Option<String>,
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
    let mut page_ctx = page_context(&state, &ctx);
    page_ctx.lang = found.language;
    ProposalPage {
        ctx: page_ctx,
        dossier: found.dossier,
        language: found.language,
        languages: found.languages,
        ministry: found.ministry,
    }
    .render_html()
}

/// The proposal's text as the PDF sets it: the same parts as the page, in its order.
fn proposal_blocks(ctx: &PageContext, p: &dossier::Proposal) -> Vec<Block> {
    let d = &p.dossier.dossier;
    let provision = &p.dossier.provision;
    let mut blocks = vec![
        Block::Title(format!(
            "{}: {} {}",
            ctx.t("proposal-title"),
            provision.section.label,
            p.dossier.act.act.title
        )),
        Block::Strong(format!(
            "{}: {}",
            ctx.t("proposal-to"),
            p.ministry
                .clone()
                .unwrap_or_else(|| ctx.t("proposal-ministry-unknown"))
        )),
        Block::Space,
        Block::Text(ctx.t("proposal-intro")),
        Block::Heading(ctx.t("proposal-current-text")),
    ];
    for sub in &provision.section.subsections {
        blocks.push(Block::Text(format!("({}) {}", sub.number, sub.text)));
    }
    blocks.push(Block::Heading(ctx.t("dossier-requests")));
    blocks.push(Block::Text(ctx.t1(
        "dossier-requested-count",
        "count",
        d.requested_by,
    )));
    if !d.desired_changes.is_empty() {
        blocks.push(Block::Text(ctx.t("dossier-desired")));
        for w in &d.desired_changes {
            blocks.push(Block::Text(format!("– {w}")));
        }
    }
    blocks.push(Block::Heading(ctx.t("dossier-trials")));
    if d.trials.is_empty() {
        blocks.push(Block::Text(ctx.t("dossier-no-trials")));
    }
    for t in &d.trials {
        let mut line = format!(
            "{} {} ({}, {} – {}): {}",
            t.case_number,
            t.title,
            ctx.tp("trial-status-", t.status),
            ctx.date(&t.start),
            ctx.date(&t.end),
            t.reference
        );
        line.push_str(&format!(
            ". {}",
            ctx.t1("dossier-used-reports", "count", t.reports_used)
        ));
        if let Some(o) = &t.outcome {
            line.push_str(&format!(
                ". {}: {}",
                ctx.t("dossier-outcome"),
                ctx.tp("dossier-outcome-", o.category)
            ));
            if !o.resulting_act.is_empty() {
                line.push_str(&format!(" ({})", o.resulting_act));
            }
        } else if t.pending {
            line.push_str(&format!(". {}", ctx.t("dossier-pending")));
        }
        blocks.push(Block::Text(line));
        for i in &t.indicators {
            let value = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| ctx.decimal(&v));
            blocks.push(Block::Text(format!(
                "   {}: {} {}, {} {}, {} {}",
                i.title,
                ctx.t("dossier-baseline"),
                value(i.baseline),
                ctx.t("dossier-target"),
                value(i.target),
                ctx.t("dossier-latest"),
                value(i.latest)
            )));
        }
    }
    blocks.push(Block::Heading(ctx.t("dossier-findings")));
    if d.findings.is_empty() {
        blocks.push(Block::Text(ctx.t("dossier-no-findings")));
    }
    // A finding or a recommendation: what it says, and which evaluation says it.
    let said = |label: String, text: &str, evaluation: &str| {
        Block::Text(format!("{label}: {text} ({evaluation})"))
    };
    blocks.extend(d.findings.iter().map(|f| {
        said(
            ctx.tp("dossier-strength-", f.strength),
            &f.text,
            &f.evaluation_title,
        )
    }));
    if !d.recommendations.is_empty() {
        blocks.push(Block::Heading(ctx.t("dossier-recommendations")));
        blocks.extend(d.recommendations.iter().map(|r| {
            said(
                ctx.tp("dossier-recommendation-", r.recommendation),
                &r.reasons,
                &r.evaluation_title,
            )
        }));
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
    let mut page_ctx = page_context(&state, &ctx);
    page_ctx.lang = found.language;
    let blocks = proposal_blocks(&page_ctx, &found);
    let title = format!(
        "{}: {}",
        page_ctx.t("proposal-title"),
        found.dossier.provision.section.label
    );
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
