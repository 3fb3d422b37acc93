//! Evaluations as pages, for a trial (`/trials/{id}/evaluations/…`) and for a whole
//! scheme (`/schemes/{id}/evaluations/…`, the joint evaluations): the list, a new
//! evaluation, one evaluation (an embargoed one only announced to the public), and small
//! forms a researcher can use on a phone — the evaluation's own fields, one finding at a
//! time (indicators and exemptions ticked by name), the recommendations per exemption, the
//! full report's upload, the confirmation before publishing and a correction note. A
//! refused form comes back with the reason at the top and what was typed.

use askama::Template;
use axum::Form;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::evaluations::{
    self, EvaluationList, EvaluationOwner, EvaluationView, NamedGroup, Place, ReportUpload,
};
use frirum_domain::evaluation::{
    Disclosure, Evaluation, EvaluationContent, EvaluationKind, EvidenceStrength,
    ExemptionRecommendation, ExemptionRef, Finding, Recommendation,
};
use time::Date;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::api::trial_documents::read_upload;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

type Raw = Vec<(String, String)>;

fn value<'a>(raw: &'a Raw, name: &str) -> &'a str {
    raw.iter()
        .find(|(n, _)| n == name)
        .map_or("", |(_, v)| v.as_str())
}

fn seen_version(raw: &Raw) -> Result<i64, AppError> {
    value(raw, "version")
        .trim()
        .parse()
        .map_err(|_| AppError::field("version", "reload the page and try again"))
}

/// An exemption as a form names it: "trial:exemption".
pub fn exemption_key(e: &ExemptionRef) -> String {
    format!("{}:{}", e.trial_id, e.exemption)
}

fn parse_exemption(key: &str) -> Option<ExemptionRef> {
    let (trial, exemption) = key.split_once(':')?;
    Some(ExemptionRef {
        trial_id: trial.trim().parse().ok()?,
        exemption: exemption.trim().parse().ok()?,
    })
}

/// Whether an error is one the error pages show, not a refusal of the form.
fn is_page_error(err: &AppError) -> bool {
    matches!(
        err,
        AppError::App(Error::Forbidden | Error::Unauthenticated | Error::NotFound)
    )
}

/// The evaluation's own fields as typed.
#[derive(Debug, Clone, Default)]
pub struct MainForm {
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub plan_id: String,
    pub embargo_until: String,
    pub version: String,
}

impl MainForm {
    fn of(evaluation: &Evaluation) -> MainForm {
        let c = &evaluation.content;
        MainForm {
            kind: c.kind.as_str().to_owned(),
            title: c.title.clone(),
            summary: c.summary.clone(),
            plan_id: c.plan_id.map(|p| p.to_string()).unwrap_or_default(),
            embargo_until: c.embargo_until.map(|d| d.to_string()).unwrap_or_default(),
            version: evaluation.version.to_string(),
        }
    }

    fn parse(raw: &Raw) -> MainForm {
        MainForm {
            kind: value(raw, "kind").to_owned(),
            title: value(raw, "title").to_owned(),
            summary: value(raw, "summary").to_owned(),
            plan_id: value(raw, "plan_id").to_owned(),
            embargo_until: value(raw, "embargo_until").to_owned(),
            version: value(raw, "version").to_owned(),
        }
    }

    /// Puts the typed fields into the content (findings and recommendations untouched).
    fn apply(&self, content: &mut EvaluationContent) -> Result<(), Error> {
        content.kind = self
            .kind
            .parse()
            .map_err(|_| Error::field("kind", "choose the kind of evaluation"))?;
        content.title = self.title.clone();
        content.summary = self.summary.clone();
        content.plan_id = match self.plan_id.trim() {
            "" => None,
            id => Some(
                id.parse()
                    .map_err(|_| Error::field("plan_id", "choose a research plan"))?,
            ),
        };
        content.embargo_until = match self.embargo_until.trim() {
            "" => None,
            text => Some(
                Date::parse(
                    text,
                    time::macros::format_description!("[year]-[month]-[day]"),
                )
                .map_err(|_| Error::field("embargo_until", "a date such as 2027-06-30"))?,
            ),
        };
        Ok(())
    }
}

/// One finding as typed.
#[derive(Debug, Clone, Default)]
pub struct FindingForm {
    pub text: String,
    pub strength: String,
    pub exemptions: Vec<String>,
    pub indicator_ids: Vec<i64>,
}

impl FindingForm {
    fn of(finding: &Finding) -> FindingForm {
        FindingForm {
            text: finding.text.clone(),
            strength: finding.strength.as_str().to_owned(),
            exemptions: finding.exemptions.iter().map(exemption_key).collect(),
            indicator_ids: finding.indicator_ids.clone(),
        }
    }

    fn parse(raw: &Raw) -> FindingForm {
        let mut form = FindingForm::default();
        for (name, v) in raw {
            match name.as_str() {
                "text" => form.text = v.clone(),
                "strength" => form.strength = v.clone(),
                "exemptions" => form.exemptions.push(v.clone()),
                "indicator_ids" => form.indicator_ids.extend(v.trim().parse::<i64>().ok()),
                _ => {}
            }
        }
        form
    }

    fn finding(&self) -> Result<Finding, AppError> {
        Ok(Finding {
            text: self.text.clone(),
            strength: self
                .strength
                .parse()
                .map_err(|_| AppError::field("strength", "choose how strong the evidence is"))?,
            exemptions: self
                .exemptions
                .iter()
                .map(|k| {
                    parse_exemption(k)
                        .ok_or_else(|| AppError::field("exemptions", "choose exemptions"))
                })
                .collect::<Result<_, _>>()?,
            indicator_ids: self.indicator_ids.clone(),
        })
    }

    pub fn has_exemption(&self, key: &str) -> bool {
        self.exemptions.iter().any(|k| k == key)
    }

    pub fn has_indicator(&self, id: &i64) -> bool {
        self.indicator_ids.contains(id)
    }
}

/// One exemption's row of the recommendations form.
#[derive(Debug, Clone)]
pub struct RecRow {
    pub key: String,
    pub name: String,
    pub recommendation: String,
    pub reasons: String,
}

fn rec_rows(place: &Place, recs: &[ExemptionRecommendation]) -> Vec<RecRow> {
    place
        .exemption_choices()
        .into_iter()
        .map(|(e, name)| {
            let rec = recs.iter().find(|r| r.exemption_ref() == e);
            RecRow {
                key: exemption_key(&e),
                name,
                recommendation: rec
                    .map(|r| r.recommendation.as_str().to_owned())
                    .unwrap_or_default(),
                reasons: rec.map(|r| r.reasons.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

fn parse_recs(raw: &Raw, rows: &mut [RecRow]) -> Result<Vec<ExemptionRecommendation>, AppError> {
    let mut out = Vec::new();
    for row in rows.iter_mut() {
        row.recommendation = value(raw, &format!("rec-{}", row.key)).to_owned();
        row.reasons = value(raw, &format!("reasons-{}", row.key)).to_owned();
        if row.recommendation.is_empty() {
            continue;
        }
        let e = parse_exemption(&row.key)
            .ok_or_else(|| AppError::field("recommendations", "reload the page"))?;
        out.push(ExemptionRecommendation {
            trial_id: e.trial_id,
            exemption: e.exemption,
            recommendation: row
                .recommendation
                .parse()
                .map_err(|_| AppError::field("recommendations", "choose a recommendation"))?,
            reasons: row.reasons.clone(),
        });
    }
    Ok(out)
}

/// Names in the visitor's language.
pub fn kind_name(ctx: &PageContext, kind: &EvaluationKind) -> String {
    ctx.t(&format!("evaluation-kind-{}", kind.as_str()))
}

pub fn strength_name(ctx: &PageContext, strength: &EvidenceStrength) -> String {
    ctx.t(&format!("evaluation-strength-{}", strength.as_str()))
}

pub fn recommendation_name(ctx: &PageContext, r: &Recommendation) -> String {
    ctx.t(&format!("evaluation-recommendation-{}", r.as_str()))
}

fn kinds(ctx: &PageContext) -> Vec<(&'static str, String)> {
    EvaluationKind::ALL
        .iter()
        .map(|k| (k.as_str(), kind_name(ctx, k)))
        .collect()
}

fn strengths(ctx: &PageContext) -> Vec<(&'static str, String)> {
    EvidenceStrength::ALL
        .iter()
        .map(|s| (s.as_str(), strength_name(ctx, s)))
        .collect()
}

fn recommendations(ctx: &PageContext) -> Vec<(&'static str, String)> {
    Recommendation::ALL
        .iter()
        .map(|r| (r.as_str(), recommendation_name(ctx, r)))
        .collect()
}

// --- Templates -------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "evaluations/list.html")]
struct ListPage {
    ctx: PageContext,
    list: EvaluationList,
}

#[derive(Template)]
#[template(path = "evaluations/form.html")]
struct FormPage {
    ctx: PageContext,
    place: Place,
    /// The evaluation edited; none for a new one.
    evaluation: Option<Evaluation>,
    form: MainForm,
    error: Option<Refused>,
    kinds: Vec<(&'static str, String)>,
}

impl FormPage {
    /// The reason beside `field` when the form was refused for it.
    fn error_at(&self, field: &str) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|e| e.field.as_deref() == Some(field))
            .map(|e| e.message.as_str())
    }

    /// The reason over the form when it was refused for no one field shown beside it.
    fn general_error(&self) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|e| e.field.as_deref() != Some("embargo_until"))
            .map(|e| e.message.as_str())
    }

    fn action(&self) -> String {
        match &self.evaluation {
            Some(e) => format!("{}/{}/edit", self.place.base_path(), e.id),
            None => self.place.base_path(),
        }
    }
}

#[derive(Template)]
#[template(path = "evaluations/evaluation.html")]
struct ShowPage {
    ctx: PageContext,
    view: EvaluationView,
}

impl ShowPage {
    fn announced(&self) -> bool {
        self.view.disclosure == Disclosure::Announced
    }

    fn embargoed(&self) -> bool {
        frirum_domain::evaluation::embargoed(
            self.view.evaluation.content.embargo_until,
            self.view.place.today,
        )
    }

    fn published(&self) -> bool {
        self.view.evaluation.published_at.is_some()
    }

    fn plan_title(&self) -> Option<String> {
        let id = self.view.evaluation.content.plan_id?;
        Some(
            self.view
                .place
                .plans
                .iter()
                .find(|p| p.id == id)
                .map_or_else(|| format!("#{id}"), |p| p.title.clone()),
        )
    }

    /// The joint summary's two tables: by theme and by provision, with their headings.
    fn summary_tables(&self) -> Vec<(String, Vec<NamedGroup>)> {
        vec![
            (
                self.ctx.t("evaluation-by-theme"),
                self.view.by_theme.clone(),
            ),
            (
                self.ctx.t("evaluation-by-provision"),
                self.view.by_provision.clone(),
            ),
        ]
    }

    fn strength_counts(&self, group: &NamedGroup) -> String {
        group
            .by_strength
            .iter()
            .map(|(s, n)| format!("{} {n}", strength_name(&self.ctx, s)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn recommendation_counts(&self, group: &NamedGroup) -> String {
        group
            .by_recommendation
            .iter()
            .map(|(r, n)| format!("{} {n}", recommendation_name(&self.ctx, r)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn finding_text(&self, position: &usize) -> String {
        self.view
            .evaluation
            .content
            .findings
            .get(*position)
            .map(|f| {
                format!(
                    "{} ({})",
                    f.text,
                    strength_name(&self.ctx, &f.strength).to_lowercase()
                )
            })
            .unwrap_or_default()
    }

    fn recommendation_text(&self, position: &usize) -> String {
        self.view
            .evaluation
            .content
            .recommendations
            .get(*position)
            .map(|r| {
                format!(
                    "{}: {}",
                    self.view.place.recommendation_target(r),
                    recommendation_name(&self.ctx, &r.recommendation)
                )
            })
            .unwrap_or_default()
    }
}

#[derive(Template)]
#[template(path = "evaluations/finding.html")]
struct FindingPage {
    ctx: PageContext,
    view: EvaluationView,
    /// The finding's number (from 1) when one is edited.
    number: Option<usize>,
    form: FindingForm,
    version: i64,
    error: Option<String>,
    strengths: Vec<(&'static str, String)>,
    exemptions: Vec<(String, String)>,
    indicators: Vec<(i64, String)>,
}

#[derive(Template)]
#[template(path = "evaluations/recommendations.html")]
struct RecommendationsPage {
    ctx: PageContext,
    view: EvaluationView,
    rows: Vec<RecRow>,
    version: i64,
    error: Option<String>,
    choices: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "evaluations/publish.html")]
struct PublishPage {
    ctx: PageContext,
    view: EvaluationView,
    error: Option<String>,
}

impl PublishPage {
    fn embargoed(&self) -> bool {
        frirum_domain::evaluation::embargoed(
            self.view.evaluation.content.embargo_until,
            self.view.place.today,
        )
    }
}

fn render(page: impl Template, status: StatusCode) -> Result<Response, AppError> {
    Ok((status, page.render_html()?).into_response())
}

fn refuse_writing(ctx: &RequestContext) -> AppError {
    if ctx.user.is_none() {
        Error::Unauthenticated
    } else {
        Error::Forbidden
    }
    .into()
}

// --- Handlers ----------------------------------------------------------------------------

async fn list(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
) -> Result<Response, AppError> {
    let list = evaluations::list(state, ctx, owner).await?;
    render(
        ListPage {
            ctx: page_context(state, ctx),
            list,
        },
        StatusCode::OK,
    )
}

fn form_page(
    state: &AppState,
    ctx: &RequestContext,
    place: Place,
    evaluation: Option<Evaluation>,
    form: MainForm,
    error: Option<Refused>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let ctx = page_context(state, ctx);
    render(
        FormPage {
            kinds: kinds(&ctx),
            ctx,
            place,
            evaluation,
            form,
            error,
        },
        status,
    )
}

async fn new_form(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
) -> Result<Response, AppError> {
    let place = evaluations::place(state, ctx, owner).await?;
    if !place.may_write {
        return Err(refuse_writing(ctx));
    }
    let form = MainForm {
        kind: EvaluationKind::Results.as_str().to_owned(),
        ..MainForm::default()
    };
    form_page(state, ctx, place, None, form, None, StatusCode::OK)
}

async fn create(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    raw: Raw,
) -> Result<Response, AppError> {
    let form = MainForm::parse(&raw);
    let result = async {
        let mut content = EvaluationContent {
            kind: EvaluationKind::Results,
            title: String::new(),
            summary: String::new(),
            plan_id: None,
            embargo_until: None,
            findings: Vec::new(),
            recommendations: Vec::new(),
        };
        form.apply(&mut content)?;
        Ok::<_, AppError>(evaluations::create(state, ctx, owner, content).await?)
    }
    .await;
    match result {
        Ok(evaluation) => {
            let place = evaluations::place(state, ctx, owner).await?;
            Ok(see_other(&format!(
                "{}/{}",
                place.base_path(),
                evaluation.id
            )))
        }
        Err(err) if is_page_error(&err) => Err(err),
        Err(err) => {
            let place = evaluations::place(state, ctx, owner).await?;
            let refused = Refused::of(&page_context(state, ctx), &err);
            form_page(state, ctx, place, None, form, Some(refused), err.status())
        }
    }
}

async fn show(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
) -> Result<Response, AppError> {
    let view = evaluations::get(state, ctx, Some(owner), eid).await?;
    render(
        ShowPage {
            ctx: page_context(state, ctx),
            view,
        },
        StatusCode::OK,
    )
}

async fn edit_form(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
) -> Result<Response, AppError> {
    let view = evaluations::for_writing(state, ctx, Some(owner), eid).await?;
    if !view.may_edit() {
        return Ok(see_other(&view.path()));
    }
    let form = MainForm::of(&view.evaluation);
    form_page(
        state,
        ctx,
        view.place,
        Some(view.evaluation),
        form,
        None,
        StatusCode::OK,
    )
}

async fn edit(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    raw: Raw,
) -> Result<Response, AppError> {
    let form = MainForm::parse(&raw);
    save_change(
        state,
        ctx,
        owner,
        eid,
        &raw,
        Ok(()),
        |content, ()| form.apply(content),
        |state, ctx, view, refused, status| {
            form_page(
                state,
                ctx,
                view.place,
                Some(view.evaluation),
                form.clone(),
                Some(refused),
                status,
            )
        },
    )
    .await
}

/// After a form's save: back to the evaluation, or the form again with the reason.
async fn after_edit(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    result: Result<Evaluation, AppError>,
    again: impl FnOnce(
        &AppState,
        &RequestContext,
        EvaluationView,
        Refused,
        StatusCode,
    ) -> Result<Response, AppError>,
) -> Result<Response, AppError> {
    match result {
        Ok(_) => {
            let view = evaluations::get(state, ctx, Some(owner), eid).await?;
            Ok(see_other(&view.path()))
        }
        Err(err) if is_page_error(&err) => Err(err),
        Err(err) => {
            let view = evaluations::get(state, ctx, Some(owner), eid).await?;
            let refused = Refused::of(&page_context(state, ctx), &err);
            again(state, ctx, view, refused, err.status())
        }
    }
}

/// Saves one change to a draft (`change`, given what the form parsed into `parsed`)
/// against the version the form carries, then goes back to the evaluation, or shows the
/// form again (`again`) with the reason.
#[expect(
    clippy::too_many_arguments,
    reason = "the evaluation's place, the form and the two steps of a page's save"
)]
async fn save_change<T>(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    raw: &Raw,
    parsed: Result<T, AppError>,
    change: impl FnOnce(&mut EvaluationContent, T) -> Result<(), Error>,
    again: impl FnOnce(
        &AppState,
        &RequestContext,
        EvaluationView,
        Refused,
        StatusCode,
    ) -> Result<Response, AppError>,
) -> Result<Response, AppError> {
    let result = async {
        let seen = seen_version(raw)?;
        let parsed = parsed?;
        Ok::<_, AppError>(
            evaluations::edit(state, ctx, Some(owner), eid, seen, |content| {
                change(content, parsed)
            })
            .await?,
        )
    }
    .await;
    after_edit(state, ctx, owner, eid, result, again).await
}

/// A refused form: the reason in the visitor's words and the field at fault, if one.
struct Refused {
    message: String,
    field: Option<String>,
}

impl Refused {
    fn of(ctx: &PageContext, err: &AppError) -> Refused {
        let field = match err {
            AppError::App(Error::Field(e)) => Some(e.field.clone()),
            AppError::App(Error::InvalidField { field, .. }) => Some(field.clone()),
            AppError::App(Error::Rule(rule)) => rule.details["field"].as_str().map(str::to_owned),
            _ => None,
        };
        Refused {
            message: ctx.error_message(err),
            field,
        }
    }
}

fn finding_page(
    state: &AppState,
    ctx: &RequestContext,
    view: EvaluationView,
    number: Option<usize>,
    form: FindingForm,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let ctx = page_context(state, ctx);
    let exemptions = view
        .place
        .exemption_choices()
        .into_iter()
        .map(|(e, name)| (exemption_key(&e), name))
        .collect();
    let indicators = view.place.indicator_choices();
    render(
        FindingPage {
            strengths: strengths(&ctx),
            version: view.evaluation.version,
            ctx,
            view,
            number,
            form,
            error,
            exemptions,
            indicators,
        },
        status,
    )
}

async fn finding_new(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
) -> Result<Response, AppError> {
    let view = evaluations::for_writing(state, ctx, Some(owner), eid).await?;
    if !view.may_edit() {
        return Ok(see_other(&view.path()));
    }
    let form = FindingForm {
        strength: EvidenceStrength::Moderate.as_str().to_owned(),
        ..FindingForm::default()
    };
    finding_page(state, ctx, view, None, form, None, StatusCode::OK)
}

async fn finding_form(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    number: usize,
) -> Result<Response, AppError> {
    let view = evaluations::for_writing(state, ctx, Some(owner), eid).await?;
    if !view.may_edit() {
        return Ok(see_other(&view.path()));
    }
    let finding = view
        .evaluation
        .content
        .findings
        .get(number.wrapping_sub(1))
        .ok_or(Error::NotFound)?;
    let form = FindingForm::of(finding);
    finding_page(state, ctx, view, Some(number), form, None, StatusCode::OK)
}

/// Adds a finding (`number` none) or saves the one with that number (from 1).
async fn finding_save(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    number: Option<usize>,
    raw: Raw,
) -> Result<Response, AppError> {
    let form = FindingForm::parse(&raw);
    save_change(
        state,
        ctx,
        owner,
        eid,
        &raw,
        form.finding(),
        |content, finding| {
            let position = number.map_or(usize::MAX, |n| n.wrapping_sub(1));
            if number.is_some() && position >= content.findings.len() {
                return Err(Error::NotFound);
            }
            evaluations::put_finding(content, position, finding);
            Ok(())
        },
        |state, ctx, view, refused, status| {
            finding_page(
                state,
                ctx,
                view,
                number,
                form.clone(),
                Some(refused.message),
                status,
            )
        },
    )
    .await
}

async fn finding_delete(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    number: usize,
    raw: Raw,
) -> Result<Response, AppError> {
    let seen = seen_version(&raw)?;
    evaluations::edit(state, ctx, Some(owner), eid, seen, |content| {
        evaluations::remove_finding(content, number.wrapping_sub(1))
    })
    .await?;
    let view = evaluations::get(state, ctx, Some(owner), eid).await?;
    Ok(see_other(&format!("{}#findings", view.path())))
}

fn recommendations_page(
    state: &AppState,
    ctx: &RequestContext,
    view: EvaluationView,
    rows: Vec<RecRow>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let ctx = page_context(state, ctx);
    render(
        RecommendationsPage {
            choices: recommendations(&ctx),
            version: view.evaluation.version,
            ctx,
            view,
            rows,
            error,
        },
        status,
    )
}

async fn recommendations_form(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
) -> Result<Response, AppError> {
    let view = evaluations::for_writing(state, ctx, Some(owner), eid).await?;
    if !view.may_edit() {
        return Ok(see_other(&view.path()));
    }
    let rows = rec_rows(&view.place, &view.evaluation.content.recommendations);
    recommendations_page(state, ctx, view, rows, None, StatusCode::OK)
}

async fn recommendations_save(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    raw: Raw,
) -> Result<Response, AppError> {
    let place = evaluations::place(state, ctx, owner).await?;
    let mut rows = rec_rows(&place, &[]);
    let recs = parse_recs(&raw, &mut rows);
    save_change(
        state,
        ctx,
        owner,
        eid,
        &raw,
        recs,
        |content, recs| {
            evaluations::set_recommendations(content, recs);
            Ok(())
        },
        |state, ctx, view, refused, status| {
            recommendations_page(state, ctx, view, rows, Some(refused.message), status)
        },
    )
    .await
}

async fn publish_form(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
) -> Result<Response, AppError> {
    let view = evaluations::for_writing(state, ctx, Some(owner), eid).await?;
    if !view.may_edit() {
        return Ok(see_other(&view.path()));
    }
    render(
        PublishPage {
            ctx: page_context(state, ctx),
            view,
            error: None,
        },
        StatusCode::OK,
    )
}

async fn publish(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    raw: Raw,
) -> Result<Response, AppError> {
    let result = async {
        let seen = seen_version(&raw)?;
        let confirmed = !value(&raw, "confirm").is_empty();
        Ok::<_, AppError>(
            evaluations::publish(state, ctx, Some(owner), eid, seen, confirmed).await?,
        )
    }
    .await;
    after_edit(
        state,
        ctx,
        owner,
        eid,
        result,
        |state, ctx, view, refused, status| {
            render(
                PublishPage {
                    ctx: page_context(state, ctx),
                    view,
                    error: Some(refused.message),
                },
                status,
            )
        },
    )
    .await
}

async fn correct(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    raw: Raw,
) -> Result<Response, AppError> {
    evaluations::correct(state, ctx, Some(owner), eid, value(&raw, "note")).await?;
    let view = evaluations::get(state, ctx, Some(owner), eid).await?;
    Ok(see_other(&format!("{}#corrections", view.path())))
}

async fn report_upload(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    request: Request,
) -> Result<Response, AppError> {
    let upload = read_upload(request).await?;
    evaluations::attach_report(
        state,
        ctx,
        Some(owner),
        eid,
        ReportUpload {
            title: upload.title,
            file_name: upload.file_name,
            declared_type: upload.declared_type,
            content: upload.content,
        },
    )
    .await?;
    let view = evaluations::get(state, ctx, Some(owner), eid).await?;
    Ok(see_other(&format!("{}#report", view.path())))
}

/// The full report's content, for whoever may read the evaluation whole.
pub async fn send_report(download: evaluations::ReportDownload) -> Response {
    let evaluations::ReportDownload {
        document,
        file_type,
        content,
    } = download;
    let ascii = frirum_domain::document::ascii_file_name(&document.file_name);
    let mut response = Body::from_stream(content).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(file_type.map_or("application/octet-stream", |t| t.mime())),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    response
}

async fn report_download(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    document_id: i64,
) -> Result<Response, AppError> {
    let download = evaluations::download_report(state, ctx, Some(owner), eid, document_id).await?;
    Ok(send_report(download).await)
}

/// A handler for a trial's evaluations and one for a scheme's, around one that takes the
/// owner.
macro_rules! both {
    ($trial:ident, $scheme:ident, $inner:ident, ($($p:ident),*): $pty:ty $(, $x:pat => $xarg:ident: $xty:ty)?) => {
        pub async fn $trial(
            State(state): State<AppState>,
            ctx: RequestContext,
            Path((id, $($p),*)): Path<$pty>,
            $($x: $xty,)?
        ) -> Result<Response, AppError> {
            $inner(&state, &ctx, EvaluationOwner::Trial(id) $(, $p)* $(, $xarg)?).await
        }

        pub async fn $scheme(
            State(state): State<AppState>,
            ctx: RequestContext,
            Path((id, $($p),*)): Path<$pty>,
            $($x: $xty,)?
        ) -> Result<Response, AppError> {
            $inner(&state, &ctx, EvaluationOwner::Scheme(id) $(, $p)* $(, $xarg)?).await
        }
    };
}

both!(trial_list, scheme_list, list, (): (i64,));
both!(trial_new, scheme_new, new_form, (): (i64,));
both!(trial_create, scheme_create, create, (): (i64,), Form(raw) => raw: Form<Raw>);
both!(trial_show, scheme_show, show, (eid): (i64, i64));
both!(trial_edit_form, scheme_edit_form, edit_form, (eid): (i64, i64));
both!(trial_edit, scheme_edit, edit, (eid): (i64, i64), Form(raw) => raw: Form<Raw>);
both!(trial_finding_new, scheme_finding_new, finding_new, (eid): (i64, i64));
both!(trial_finding_form, scheme_finding_form, finding_form, (eid, number): (i64, i64, usize));
both!(trial_finding_delete, scheme_finding_delete, finding_delete, (eid, number): (i64, i64, usize), Form(raw) => raw: Form<Raw>);
both!(trial_recommendations_form, scheme_recommendations_form, recommendations_form, (eid): (i64, i64));
both!(trial_recommendations, scheme_recommendations, recommendations_save, (eid): (i64, i64), Form(raw) => raw: Form<Raw>);
both!(trial_publish_form, scheme_publish_form, publish_form, (eid): (i64, i64));
both!(trial_publish, scheme_publish, publish, (eid): (i64, i64), Form(raw) => raw: Form<Raw>);
both!(trial_correct, scheme_correct, correct, (eid): (i64, i64), Form(raw) => raw: Form<Raw>);
both!(trial_report, scheme_report, report_upload, (eid): (i64, i64), request => request: Request);
both!(trial_report_download, scheme_report_download, report_download, (eid, document_id): (i64, i64, i64));

async fn finding_add(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    raw: Raw,
) -> Result<Response, AppError> {
    finding_save(state, ctx, owner, eid, None, raw).await
}

async fn finding_update(
    state: &AppState,
    ctx: &RequestContext,
    owner: EvaluationOwner,
    eid: i64,
    number: usize,
    raw: Raw,
) -> Result<Response, AppError> {
    finding_save(state, ctx, owner, eid, Some(number), raw).await
}

both!(trial_finding_add, scheme_finding_add, finding_add, (eid): (i64, i64), Form(raw) => raw: Form<Raw>);
both!(trial_finding_update, scheme_finding_update, finding_update, (eid, number): (i64, i64, usize), Form(raw) => raw: Form<Raw>);
