//! "Find the rules": the rule finder's pages. Anyone describes an idea or types words and
//! gets suggestions and search hits; provisions and acts have pages of their own; an
//! applicant asks for suggestions from the application's own text and links one to a
//! requested exemption.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::{Form, extract::rejection::FormRejection};
use frirum_app::Error;
use frirum_app::catalogue::{self, FinderHint, FinderRequest, Linked};
use frirum_domain::application::ApplicationStatus;
use frirum_domain::exemptibility::NotExemptible;
use frirum_domain::law::Jurisdiction;
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::api::law::parse_optional;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;
use frirum_app::law::{FoundProvision, Reason, Suggestion};

/// The longest description the form takes, in characters.
const MAX_DESCRIPTION: usize = 20_000;

#[derive(Debug, Default, Deserialize)]
pub struct FinderQuery {
    /// A plain description of the idea.
    pub description: Option<String>,
    /// Words to search for.
    pub q: Option<String>,
    pub jurisdiction: Option<String>,
}

/// Splits a snippet into plain and highlighted parts, so that the template escapes both.
fn snippet_parts(snippet: &str, highlights: &[(usize, usize)]) -> Vec<(String, bool)> {
    let mut parts = Vec::new();
    let mut at = 0;
    for &(start, end) in highlights {
        let (Some(before), Some(mark)) = (snippet.get(at..start), snippet.get(start..end)) else {
            continue;
        };
        if !before.is_empty() {
            parts.push((before.to_owned(), false));
        }
        parts.push((mark.to_owned(), true));
        at = end;
    }
    if let Some(rest) = snippet.get(at..).filter(|r| !r.is_empty()) {
        parts.push((rest.to_owned(), false));
    }
    parts
}

fn reason_text(ctx: &PageContext, reason: &Reason) -> String {
    match reason {
        Reason::Words { terms } => ctx.t1("finder-reason-words", "words", terms.join(", ")),
        Reason::Cited { text } => ctx.t1("finder-reason-cited", "citation", text.clone()),
        Reason::AskedFor { applications } => ctx.t1("finder-reason-asked", "count", applications),
    }
}

/// A suggested provision, with its reasons in the visitor's language.
struct SuggestionView {
    id: i64,
    label: String,
    heading: String,
    act: String,
    reasons: Vec<String>,
    /// Why the scheme's law puts it beyond a trial, in words.
    flag: Option<FlagView>,
    /// The application already asks exemption from it: marked, not offered again.
    in_application: bool,
    /// Only one word of the description matched it: said beside it.
    one_word: bool,
}

/// A provision the scheme's law puts beyond a trial: a bar, or a limit to check.
pub(crate) struct FlagView {
    pub bar: bool,
    pub title: String,
    pub reason: String,
}

pub(crate) fn flag_view(ctx: &PageContext, reason: NotExemptible) -> FlagView {
    FlagView {
        bar: reason.is_bar(),
        title: ctx.t(if reason.is_bar() {
            "exempt-flag-bar"
        } else {
            "exempt-flag-limit"
        }),
        reason: ctx.t(&format!("exempt-flag-{}", reason.as_str())),
    }
}

fn suggestion_view(ctx: &PageContext, s: &Suggestion) -> SuggestionView {
    SuggestionView {
        id: s.provision.id,
        label: label(&s.provision),
        heading: s.provision.section.heading.clone().unwrap_or_default(),
        act: s
            .provision
            .act_short_title
            .clone()
            .unwrap_or_else(|| s.provision.act_title.clone()),
        reasons: s.reasons.iter().map(|r| reason_text(ctx, r)).collect(),
        flag: s.not_exemptible.map(|r| flag_view(ctx, r)),
        in_application: s.in_application,
        one_word: s.rests_on_one_word(),
    }
}

/// A provision's label as its country writes it: "2 kap. 18 §" for a Swedish section, whose
/// number alone recurs in every chapter.
fn label(p: &frirum_store::law::StoredProvision) -> String {
    frirum_law::cite::provision_label(
        p.jurisdiction,
        p.section.chapter.as_deref(),
        &p.section.label,
    )
}

/// A search hit, its snippet split into plain and highlighted parts.
struct HitView {
    id: i64,
    label: String,
    heading: String,
    act: String,
    parts: Vec<(String, bool)>,
}

fn hit_view(h: &FoundProvision) -> HitView {
    HitView {
        id: h.provision.id,
        label: label(&h.provision),
        heading: h.provision.section.heading.clone().unwrap_or_default(),
        act: h
            .provision
            .act_short_title
            .clone()
            .unwrap_or_else(|| h.provision.act_title.clone()),
        parts: snippet_parts(&h.snippet, &h.highlights),
    }
}

#[derive(Template)]
#[template(path = "law/rule_finder.html")]
struct RuleFinderPage {
    ctx: PageContext,
    description: String,
    q: String,
    jurisdiction: String,
    suggestions: Vec<SuggestionView>,
    hits: Vec<HitView>,
    searched: bool,
    notice: Option<String>,
    indexed: u64,
}

pub async fn rule_finder(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<FinderQuery>,
) -> Result<Html<String>, AppError> {
    // A first visit (no country in the address) looks in the user's own country's law, so
    // the form never asks for a country before it shows anything; "" is "all countries".
    let jurisdiction = match query.jurisdiction.as_deref() {
        None => catalogue::default_jurisdiction(&ctx),
        given => parse_optional::<Jurisdiction>("jurisdiction", given)?,
    };
    let description: String = query
        .description
        .unwrap_or_default()
        .chars()
        .take(MAX_DESCRIPTION)
        .collect();
    let q = query.q.unwrap_or_default();
    let finding = catalogue::find(
        &state,
        &ctx,
        FinderRequest {
            description: &description,
            words: &q,
            jurisdiction,
        },
    )
    .await?;
    let page_ctx = page_context(&state, &ctx);
    let suggestions = finding
        .suggestions
        .iter()
        .map(|s| suggestion_view(&page_ctx, s))
        .collect();
    let hits = finding.hits.iter().map(hit_view).collect();
    let notice = finding.hint.map(|hint| match hint {
        FinderHint::NoWords => page_ctx.t("finder-no-words"),
        FinderHint::ChooseCountry => page_ctx.t("finder-choose-country"),
    });
    let searched = !description.trim().is_empty() || !q.trim().is_empty();
    RuleFinderPage {
        ctx: page_ctx,
        description,
        q,
        jurisdiction: jurisdiction
            .map(|j| j.as_str().to_owned())
            .unwrap_or_default(),
        suggestions,
        hits,
        searched,
        notice,
        indexed: finding.indexed,
    }
    .render_html()
}

#[derive(Template)]
#[template(path = "law/provision.html")]
struct ProvisionPage {
    ctx: PageContext,
    provision: frirum_store::law::StoredProvision,
    act: frirum_store::law::StoredAct,
    dossier: frirum_app::dossier::ProvisionDossier,
    /// The policy lab's "Reported as a barrier".
    dossier_barriers: crate::handlers::pages::lab::DossierBarriers,
    /// Why the scheme's law puts the provision beyond a trial, if it does.
    flag: Option<FlagView>,
}

pub async fn provision(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Html<String>, AppError> {
    let (detail, dossier) = frirum_app::dossier::provision_page(&state, &ctx, id).await?;
    let dossier_barriers = crate::handlers::pages::lab::dossier_section(&state, &ctx, id).await?;
    let page_ctx = page_context(&state, &ctx);
    ProvisionPage {
        flag: detail.not_exemptible.map(|r| flag_view(&page_ctx, r)),
        ctx: page_ctx,
        act: detail.act.ok_or(Error::NotFound)?,
        provision: detail.provision,
        dossier,
        dossier_barriers,
    }
    .render_html()
}

#[derive(Template)]
#[template(path = "law/act.html")]
struct ActPage {
    ctx: PageContext,
    act: frirum_store::law::StoredAct,
    provisions: Vec<frirum_store::law::StoredProvision>,
}

pub async fn act(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let found = catalogue::act(&state, &ctx, &id).await?;
    ActPage {
        ctx: page_context(&state, &ctx),
        act: found.act,
        provisions: found.provisions,
    }
    .render_html()
}

#[derive(Template)]
#[template(path = "law/application_suggestions.html")]
struct ApplicationSuggestionsPage {
    ctx: PageContext,
    application_id: i64,
    title: String,
    version: i64,
    suggestions: Vec<SuggestionView>,
    /// Where "back" leads: the draft's form, or the clarification thread.
    back: String,
}

/// Suggestions from the application's own text, each with a button that adds it as a
/// requested exemption (the lead organisation's users while it is a draft; they and the
/// secretariat while a clarification of the submitted application is open).
pub async fn application_suggestions(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let Some(found) = catalogue::application_suggestions(&state, &ctx, id).await? else {
        return Ok(see_other(&format!("/applications/{id}")));
    };
    let page_ctx = page_context(&state, &ctx);
    let suggestions = found
        .suggestions
        .iter()
        .map(|s| suggestion_view(&page_ctx, s))
        .collect();
    let application = found.application;
    let back = if application.status == ApplicationStatus::Submitted {
        format!("/applications/{id}/clarification")
    } else {
        format!("/applications/{id}/edit")
    };
    Ok(ApplicationSuggestionsPage {
        ctx: page_ctx,
        application_id: id,
        title: application.content.title,
        version: application.version,
        suggestions,
        back,
    }
    .render_html()?
    .into_response())
}

#[derive(Debug, Deserialize)]
pub struct LinkForm {
    provision_id: i64,
    version: i64,
}

/// Adds a provision as a requested exemption, with its citation as the reference: to the
/// draft, or, during a clarification, as an amendment of the submitted application that
/// the journal keeps with its reason.
pub async fn link_provision(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    form: Result<Form<LinkForm>, FormRejection>,
) -> Result<Response, AppError> {
    let Form(form) = form.map_err(|e| AppError::field("provision_id", e.body_text()))?;
    let linked =
        catalogue::link_provision(&state, &ctx, id, form.provision_id, form.version).await?;
    Ok(match linked {
        Linked::Amendment => see_other(&format!("/applications/{id}/clarification?amended=1")),
        Linked::Draft => see_other(&format!("/applications/{id}/edit?linked=1")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_split_into_marked_parts() {
        let parts = snippet_parts("a bemanning b norm", &[(2, 11), (14, 18)]);
        assert_eq!(
            parts,
            [
                ("a ".to_owned(), false),
                ("bemanning".to_owned(), true),
                (" b ".to_owned(), false),
                ("norm".to_owned(), true)
            ]
        );
        // Ranges that do not fall on the text are ignored rather than trusted.
        assert_eq!(snippet_parts("æ", &[(1, 2)]), [("æ".to_owned(), false)]);
    }
}
