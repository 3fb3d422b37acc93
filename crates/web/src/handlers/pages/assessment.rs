//! Assessment pages: an assessor's queue, an application's assessment (the statement on
//! conflicts of interest first, then the own score form and its submission, everyone's
//! scores and the computed result for those who may see them, the spread between the
//! assessors and the request for a consensus for the secretariat, the consensus form,
//! notes, assignment and conflict forms), and a round's ranking with bulk assignment and
//! the CSV and Excel exports.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_domain::User;
use frirum_domain::assessment::{AssessmentAccess, ConsensusRequest, Note};
use frirum_domain::authz::Action;
use frirum_domain::scoring::{BonusKind, BonusReason, Score, Spread};
use serde::Deserialize;
use time::OffsetDateTime;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::api::assessment::RankingQuery;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;
use frirum_app::assessment::{self, AssessmentCase, RoundAssignment, ScoreSet, Workbench};

/// The pairs of a URL-encoded form, where a name may repeat (several assessors).
fn pairs(body: &Bytes) -> Vec<(String, String)> {
    form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn ids(pairs: &[(String, String)], name: &str) -> Result<Vec<i64>, AppError> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| {
            v.trim()
                .parse::<i64>()
                .map_err(|_| AppError::field(name, "not a number"))
        })
        .collect()
}

fn value<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// Scores from a form with `score_N` and `comment_N` per criterion N of the rules; an
/// empty score is left out.
fn form_scores(case: &AssessmentCase, pairs: &[(String, String)]) -> Result<Vec<Score>, AppError> {
    let mut scores = Vec::new();
    for (i, c) in case.rules.criteria.iter().enumerate() {
        let field = format!("score_{i}");
        let text = value(pairs, &field).trim();
        if text.is_empty() {
            continue;
        }
        let score = text
            .parse::<i64>()
            .map_err(|_| AppError::field(field.clone(), "not a whole number"))?;
        scores.push(Score {
            criterion: c.name.clone(),
            score,
            comment: value(pairs, &format!("comment_{i}")).to_owned(),
        });
    }
    Ok(scores)
}

/// Whether a refusal belongs in the form (the visitor can fix it) rather than on an error
/// page.
fn shown_in_form(err: &AppError) -> bool {
    matches!(
        err.status(),
        StatusCode::UNPROCESSABLE_ENTITY | StatusCode::CONFLICT
    )
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    done: Option<String>,
}

#[derive(Template)]
#[template(path = "assessment/assessments.html")]
struct AssessmentsPage {
    ctx: PageContext,
    items: Vec<frirum_store::QueueItem>,
    done: Option<String>,
    error: Option<String>,
}

/// The assessor's queue.
pub async fn queue(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let items = assessment::queue(&state, &ctx).await?;
    Ok(AssessmentsPage {
        ctx: page_context(&state, &ctx),
        items,
        done: query.done,
        error: None,
    }
    .render_html()?
    .into_response())
}

/// A bonus with why it applied or not.
struct BonusView {
    label: String,
    applied: bool,
    points: String,
    why: String,
}

fn bonus_view(ctx: &PageContext, b: &frirum_domain::scoring::Bonus) -> BonusView {
    let label = match b.kind {
        BonusKind::Network => ctx.t("assessment-bonus-network"),
        BonusKind::PriorityTheme => ctx.t("assessment-bonus-theme"),
        BonusKind::MeasurableObjective => ctx.t("assessment-bonus-objective"),
    };
    let why = match &b.reason {
        BonusReason::Network { organisations } => {
            ctx.t1("assessment-why-network", "count", organisations)
        }
        BonusReason::SingleOrganisation { .. } => ctx.t("assessment-why-single"),
        BonusReason::PriorityThemesMatched { theme_ids } => {
            ctx.t1("assessment-why-theme", "count", theme_ids.len())
        }
        BonusReason::NoPriorityTheme { .. } => ctx.t("assessment-why-no-theme"),
        BonusReason::MeasurableObjectives { indicators } => ctx.t1(
            "assessment-why-objective",
            "indicators",
            indicators.join(", "),
        ),
        BonusReason::NoMeasurableObjective { objectives } => {
            ctx.t1("assessment-why-no-objective", "count", objectives)
        }
    };
    BonusView {
        label,
        applied: b.applied,
        points: ctx.decimal(&b.points),
        why,
    }
}

/// A note in thread order.
struct NoteView {
    note: frirum_domain::assessment::Note,
    reply: bool,
}

/// Notes in thread order: each followed by its replies, with their depth.
fn threads(notes: &[Note]) -> Vec<NoteView> {
    fn walk(notes: &[Note], parent: Option<i64>, depth: usize, out: &mut Vec<NoteView>) {
        for n in notes.iter().filter(|n| n.parent_id == parent) {
            out.push(NoteView {
                note: n.clone(),
                reply: depth > 0,
            });
            // Replies nest visually one level; deeper replies still follow their parent.
            walk(notes, Some(n.id), depth + 1, out);
        }
    }
    let mut out = Vec::with_capacity(notes.len());
    walk(notes, None, 0, &mut out);
    out
}

/// One criterion's line in a score form.
struct ScoreFormRow {
    index: usize,
    criterion: String,
    description: String,
    weight: f64,
    score: String,
    comment: String,
}

/// One criterion's scores and the value that counts, for those who may see them.
struct CriterionView {
    criterion: String,
    weight: f64,
    /// Assessor name, score, comment.
    scores: Vec<(String, i64, String)>,
    /// Assessors who have not scored it.
    missing: Vec<String>,
    mean: String,
    value: String,
    source: String,
}

/// One line of the spread between the assessors.
struct SpreadRow {
    label: String,
    lowest: String,
    highest: String,
    spread: String,
    flagged: bool,
}

/// The spread between the assessors as the secretariat's page shows it.
struct SpreadView {
    threshold: String,
    rows: Vec<SpreadRow>,
    flagged: bool,
}

fn spread_view(ctx: &PageContext, spread: &Spread) -> SpreadView {
    let whole = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let mut rows: Vec<SpreadRow> = spread
        .criteria
        .iter()
        .map(|c| SpreadRow {
            label: c.criterion.clone(),
            lowest: whole(c.lowest),
            highest: whole(c.highest),
            spread: whole(c.spread),
            flagged: c.flagged,
        })
        .collect();
    if let Some(o) = &spread.overall {
        rows.push(SpreadRow {
            label: ctx.t("assessment-spread-overall"),
            lowest: ctx.decimal(&o.lowest),
            highest: ctx.decimal(&o.highest),
            spread: ctx.decimal(&o.spread),
            flagged: o.flagged,
        });
    }
    SpreadView {
        threshold: ctx.decimal(&spread.threshold),
        rows,
        flagged: spread.flagged,
    }
}

#[derive(Template)]
#[template(path = "assessment/assessment.html")]
struct AssessmentPage {
    ctx: PageContext,
    application_id: i64,
    case_number: String,
    title: String,
    scheme_title: String,
    round_id: i64,
    scale_max: u32,
    secretariat: bool,
    /// The assessor must first state whether they have a conflict of interest.
    statement_required: bool,
    may_score: bool,
    /// The others' scores, the result and the notes are shown.
    sees_all: bool,
    /// When the visitor (an assessor) submitted their assessment.
    submitted_at: Option<OffsetDateTime>,
    spread: Option<SpreadView>,
    requests: Vec<ConsensusRequest>,
    assignments: Vec<frirum_domain::assessment::Assignment>,
    own_assignment: Option<frirum_domain::assessment::Assignment>,
    own: Vec<ScoreFormRow>,
    consensus_rows: Vec<ScoreFormRow>,
    /// The consensus waits until every unconflicted assessor has submitted.
    consensus_waits: bool,
    criteria: Vec<CriterionView>,
    bonuses: Vec<BonusView>,
    total: String,
    weighted: String,
    missing: Vec<String>,
    has_assessment: bool,
    notes: Vec<NoteView>,
    /// Assessors not yet assigned, for the secretariat's form.
    available: Vec<User>,
    done: Option<String>,
    error: Option<String>,
}

fn render(
    state: &AppState,
    ctx: &RequestContext,
    workbench: Workbench,
    done: Option<String>,
    error: Option<(StatusCode, String)>,
) -> Result<Response, AppError> {
    let Workbench {
        case,
        view,
        available,
    } = workbench;
    // Moments in the scheme's country's time zone, numbers as the language writes them.
    let page_ctx = page_context(state, ctx).in_country(case.scheme.country);
    let secretariat = case.access == AssessmentAccess::Secretariat;
    let name_of = |id: i64| {
        case.assignments
            .iter()
            .find(|a| a.assessor_id == id)
            .map_or_else(|| id.to_string(), |a| a.assessor_name.clone())
    };
    let mut own = Vec::new();
    let mut consensus_rows = Vec::new();
    let mut criteria = Vec::new();
    let mut bonuses = Vec::new();
    let mut total = String::new();
    let mut weighted = String::new();
    let mut missing = Vec::new();
    if let Some(view) = &view {
        for (i, c) in case.rules.criteria.iter().enumerate() {
            let mine = view
                .scores
                .iter()
                .find(|s| s.assessor_id == case.user.id && s.criterion == c.name);
            own.push(ScoreFormRow {
                index: i,
                criterion: c.name.clone(),
                description: c.description.clone(),
                weight: c.weight,
                score: mine.map(|s| s.score.to_string()).unwrap_or_default(),
                comment: mine.map(|s| s.comment.clone()).unwrap_or_default(),
            });
            let agreed = view.consensus.iter().find(|s| s.criterion == c.name);
            consensus_rows.push(ScoreFormRow {
                index: i,
                criterion: c.name.clone(),
                description: c.description.clone(),
                weight: c.weight,
                score: agreed.map(|s| s.score.to_string()).unwrap_or_default(),
                comment: agreed.map(|s| s.comment.clone()).unwrap_or_default(),
            });
        }
        if let Some(a) = &view.assessment {
            for c in &a.criteria {
                criteria.push(CriterionView {
                    criterion: c.criterion.clone(),
                    weight: c.weight,
                    scores: c
                        .scores
                        .iter()
                        .map(|s| (name_of(s.assessor_id), s.score, s.comment.clone()))
                        .collect(),
                    missing: c.missing_assessors.iter().map(|id| name_of(*id)).collect(),
                    mean: c.mean.map(|m| page_ctx.decimal(&m)).unwrap_or_default(),
                    value: c.value.map(|m| page_ctx.decimal(&m)).unwrap_or_default(),
                    source: page_ctx.tp(
                        "assessment-source-",
                        serde_json::to_value(c.source)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_owned))
                            .unwrap_or_default(),
                    ),
                });
            }
            bonuses = a.bonuses.iter().map(|b| bonus_view(&page_ctx, b)).collect();
            total = a.total.map(|t| page_ctx.decimal(&t)).unwrap_or_default();
            weighted = a
                .weighted_score
                .map(|t| page_ctx.decimal(&t))
                .unwrap_or_default();
            missing = a.missing.clone();
        }
    }
    let own_assignment = case
        .assignments
        .iter()
        .find(|a| a.assessor_id == case.user.id)
        .cloned();
    let notes = view.as_ref().map(|v| threads(&v.notes)).unwrap_or_default();
    let (status, error) = match error {
        Some((status, text)) => (status, Some(text)),
        None => (StatusCode::OK, None),
    };
    let spread = view
        .as_ref()
        .and_then(|v| v.spread.as_ref())
        .map(|s| spread_view(&page_ctx, s));
    let page = AssessmentPage {
        ctx: page_ctx,
        application_id: case.application.id,
        case_number: case.application.case_number.clone().unwrap_or_default(),
        title: case.application.content.title.clone(),
        scheme_title: case.scheme.title.clone(),
        round_id: case.round.id,
        scale_max: case.rules.score_scale_max,
        secretariat,
        statement_required: case.access == AssessmentAccess::StatementRequired,
        may_score: case.access.may_score().is_ok(),
        sees_all: case.access.may_see_scores().is_ok(),
        submitted_at: own_assignment.as_ref().and_then(|a| a.submitted_at),
        spread,
        requests: view
            .as_ref()
            .map(|v| v.consensus_requests.clone())
            .unwrap_or_default(),
        // Only what the visitor may see: an assessor still scoring sees no one else.
        assignments: view
            .as_ref()
            .map(|v| v.assignments.clone())
            .unwrap_or_default(),
        own_assignment,
        own,
        consensus_waits: frirum_domain::assessment::may_record_consensus(&case.assignments)
            .is_err(),
        consensus_rows,
        criteria,
        bonuses,
        total,
        weighted,
        missing,
        has_assessment: view.as_ref().is_some_and(|v| v.assessment.is_some()),
        notes,
        available,
        done,
        error,
    };
    Ok((status, page.render_html()?).into_response())
}

/// An application's assessment page.
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let workbench = assessment::workbench(&state, &ctx, id).await?;
    if workbench.case.access == AssessmentAccess::Conflicted {
        // A conflicted assessor sees only that the conflict is recorded, never the scores.
        return Err(Error::ConflictOfInterest.into());
    }
    render(&state, &ctx, workbench, query.done, None)
}

/// After a form: back to the page with a confirmation, or the page again with the error.
async fn after(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    done: &str,
    result: Result<(), AppError>,
) -> Result<Response, AppError> {
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/applications/{id}/assessment?done={done}"
        ))),
        Err(e) if shown_in_form(&e) => {
            let workbench = assessment::workbench(state, ctx, id).await?;
            let text = page_context(state, ctx).error_message(&e);
            render(state, ctx, workbench, None, Some((e.status(), text)))
        }
        Err(e) => Err(e),
    }
}

/// The assessor saves their own scores.
pub async fn save_scores(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    post_scores(&state, &ctx, id, ScoreSet::Own, &body).await
}

async fn post_scores(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    set: ScoreSet,
    body: &Bytes,
) -> Result<Response, AppError> {
    let case = assessment::open(state, ctx, id).await?;
    let result = async {
        let scores = form_scores(&case, &pairs(body))?;
        assessment::save(state, ctx, &case, set, scores)
            .await
            .map_err(AppError::from)
    }
    .await;
    let done = match set {
        ScoreSet::Own => "scores",
        ScoreSet::Consensus => "consensus",
    };
    after(state, ctx, id, done, result).await
}

/// The secretariat sets the consensus scores.
pub async fn set_consensus(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    ctx.authorize(Action::ManageAssessment)?;
    post_scores(&state, &ctx, id, ScoreSet::Consensus, &body).await
}

/// A note or a reply.
pub async fn add_note(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let case = assessment::open(&state, &ctx, id).await?;
    let form = pairs(&body);
    let result = async {
        let parent = match value(&form, "parent_id").trim() {
            "" => None,
            p => Some(
                p.parse::<i64>()
                    .map_err(|_| AppError::field("parent_id", "not a number"))?,
            ),
        };
        assessment::add_note(&state, &ctx, &case, parent, value(&form, "body")).await?;
        Ok(())
    }
    .await;
    after(&state, &ctx, id, "note", result).await
}

/// The assessor declares a conflict of interest, then goes back to the queue.
pub async fn declare_conflict(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = pairs(&body);
    match assessment::declare_conflict(&state, &ctx, id, value(&form, "reason"))
        .await
        .map_err(AppError::from)
    {
        Ok(_) => Ok(see_other("/assessments?done=conflict")),
        Err(e) if shown_in_form(&e) => {
            let items = assessment::queue(&state, &ctx).await?;
            let page_ctx = page_context(&state, &ctx);
            let error = Some(page_ctx.error_message(&e));
            Ok((
                e.status(),
                AssessmentsPage {
                    ctx: page_ctx,
                    items,
                    done: None,
                    error,
                }
                .render_html()?,
            )
                .into_response())
        }
        Err(e) => Err(e),
    }
}

/// The assessor states that they have no conflict of interest in the case.
pub async fn state_no_conflict(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let result = assessment::state_no_conflict(&state, &ctx, id)
        .await
        .map(|_| ())
        .map_err(AppError::from);
    after(&state, &ctx, id, "statement", result).await
}

/// The assessor saves the scores in the form and submits their assessment.
pub async fn submit(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let case = assessment::open(&state, &ctx, id).await?;
    let result = async {
        let scores = form_scores(&case, &pairs(&body))?;
        assessment::submit_own(&state, &ctx, id, scores).await?;
        Ok(())
    }
    .await;
    after(&state, &ctx, id, "submitted", result).await
}

/// The secretariat asks the assessors to agree on a consensus.
pub async fn request_consensus(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = pairs(&body);
    let result = assessment::ask_for_consensus(&state, &ctx, id, value(&form, "message"))
        .await
        .map(|_| ())
        .map_err(AppError::from);
    after(&state, &ctx, id, "requested", result).await
}

/// The secretariat assigns assessors to this application.
pub async fn assign(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    ctx.authorize(Action::AssignAssessors)?;
    let form = pairs(&body);
    let result = async {
        let assessor_ids = ids(&form, "assessor_ids")?;
        assessment::assign(&state, &ctx, None, &[id], &assessor_ids).await?;
        Ok(())
    }
    .await;
    after(&state, &ctx, id, "assigned", result).await
}

/// The secretariat removes an assessor from this application.
pub async fn unassign(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, user_id)): Path<(i64, i64)>,
    body: Bytes,
) -> Result<Response, AppError> {
    let form = pairs(&body);
    let result = assessment::unassign(&state, &ctx, id, user_id, value(&form, "reason"))
        .await
        .map_err(AppError::from);
    after(&state, &ctx, id, "unassigned", result).await
}

/// A round's ranking.
pub async fn ranking(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<RankingPageQuery>,
) -> Result<Response, AppError> {
    ranking_page(&state, &ctx, id, &query, None).await
}

#[derive(Deserialize, Default)]
pub struct RankingPageQuery {
    theme_id: Option<String>,
    status: Option<String>,
    done: Option<String>,
}

/// One line of a round's ranking.
struct RankingRowView {
    row: frirum_app::assessment::RankingRow,
    rank: String,
    total: String,
    weighted: String,
    bonus: String,
    /// The round's line is drawn after this row.
    line_after: bool,
    /// Why the row is flagged: missing scores, ties.
    explanation: String,
}

#[derive(Template)]
#[template(path = "assessment/ranking.html")]
struct RankingPage {
    ctx: PageContext,
    round_id: i64,
    round_title: String,
    scheme_id: i64,
    scheme_title: String,
    target: u32,
    within_line: usize,
    tie_across_line: bool,
    rows: Vec<RankingRowView>,
    themes: Vec<frirum_domain::scheme::Theme>,
    theme_id: Option<i64>,
    /// The case statuses to filter by, in the order a case follows them.
    statuses: Vec<RankingStatusChoice>,
    /// The filters as a query string for the export links, with its `?`.
    export_query: String,
    assessors: Vec<User>,
    done: Option<String>,
    error: Option<String>,
}

/// A case status offered by the ranking's filter.
struct RankingStatusChoice {
    value: &'static str,
    label: String,
    selected: bool,
}

async fn ranking_page(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
    query: &RankingPageQuery,
    error: Option<(StatusCode, String)>,
) -> Result<Response, AppError> {
    let theme_id = match query.theme_id.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(t) => Some(
            t.parse::<i64>()
                .map_err(|_| AppError::field("theme_id", "not a number"))?,
        ),
    };
    // The filter speaks the one case status every list shows: the whole round is ranked
    // (a withdrawn case listed without a rank) and the rows at the chosen status kept.
    let case_status = match query.status.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s) => Some(
            s.parse::<frirum_domain::case::CaseStatus>()
                .map_err(|e| AppError::field("status", e))?,
        ),
    };
    let filter = RankingQuery {
        theme_id,
        status: Some("all".to_owned()),
        case_status: None,
    }
    .filter()?;
    let RoundAssignment {
        round,
        scheme,
        ranking,
        themes,
        assessors,
    } = assessment::round_assignment(state, ctx, id, &filter).await?;
    let page_ctx = page_context(state, ctx).in_country(scheme.country);
    let within = ranking.within_line;
    let count = ranking.rows.len();
    let rows = ranking
        .rows
        .into_iter()
        .enumerate()
        .filter(|(_, row)| case_status.is_none_or(|s| row.case_status == s))
        .map(|(i, row)| {
            let mut why = Vec::new();
            if row.entry.total.is_none() {
                why.push(page_ctx.t("ranking-why-no-scores"));
            } else if !row.entry.complete {
                why.push(page_ctx.t1("ranking-why-incomplete", "criteria", row.missing.join(", ")));
            }
            if row.entry.tie_across_line {
                why.push(page_ctx.t("ranking-why-tie-across"));
            } else if row.entry.tied {
                why.push(page_ctx.t("ranking-why-tied"));
            }
            RankingRowView {
                rank: row.entry.rank.map(|r| r.to_string()).unwrap_or_default(),
                total: row
                    .entry
                    .total
                    .map(|t| page_ctx.decimal(&t))
                    .unwrap_or_default(),
                weighted: row
                    .weighted_score
                    .map(|t| page_ctx.decimal(&t))
                    .unwrap_or_default(),
                bonus: page_ctx.decimal(&row.bonus_points),
                line_after: i + 1 == within && i + 1 < count,
                explanation: why.join(" "),
                row,
            }
        })
        .collect();
    let export_query = {
        let mut params = form_urlencoded::Serializer::new(String::new());
        if let Some(t) = theme_id {
            params.append_pair("theme_id", &t.to_string());
        }
        // The export holds the rows the page shows: the whole round, or those at the
        // chosen case status.
        params.append_pair("status", "all");
        if let Some(s) = case_status {
            params.append_pair("case_status", s.as_str());
        }
        params.finish()
    };
    let statuses = frirum_domain::case::CaseStatus::ALL
        .into_iter()
        .filter(|s| *s != frirum_domain::case::CaseStatus::Draft)
        .map(|s| RankingStatusChoice {
            value: s.as_str(),
            label: page_ctx.t(&s.message_id()),
            selected: case_status == Some(s),
        })
        .collect();
    let (status, error) = match error {
        Some((status, text)) => (status, Some(text)),
        None => (StatusCode::OK, None),
    };
    let page = RankingPage {
        ctx: page_ctx,
        round_id: round.id,
        round_title: round.title.clone(),
        scheme_id: scheme.id,
        scheme_title: scheme.title.clone(),
        target: ranking.target_trials,
        within_line: within,
        tie_across_line: ranking.tie_across_line,
        rows,
        themes,
        theme_id,
        statuses,
        export_query: if export_query.is_empty() {
            String::new()
        } else {
            format!("?{export_query}")
        },
        assessors,
        done: query.done.clone(),
        error,
    };
    Ok((status, page.render_html()?).into_response())
}

/// The secretariat assigns assessors to several applications of the round at once.
pub async fn assign_bulk(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, AppError> {
    ctx.authorize(Action::AssignAssessors)?;
    let form = pairs(&body);
    let result = async {
        let application_ids = ids(&form, "application_ids")?;
        let assessor_ids = ids(&form, "assessor_ids")?;
        assessment::assign(&state, &ctx, Some(id), &application_ids, &assessor_ids)
            .await
            .map_err(AppError::from)
    }
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!("/rounds/{id}/ranking?done=assigned"))),
        Err(e) if shown_in_form(&e) => {
            let text = page_context(&state, &ctx).error_message(&e);
            ranking_page(
                &state,
                &ctx,
                id,
                &RankingPageQuery::default(),
                Some((e.status(), text)),
            )
            .await
        }
        Err(e) => Err(e),
    }
}
