//! The assessment workflow shared by the pages and the API: an assessor's queue, loading an
//! application's assessment with the actor's access decided (and what its page shows:
//! the scores the actor may see, the spread for the secretariat, and the assessors the
//! secretariat may still assign), assigning assessors (one application or a round in bulk)
//! with conflicts found from the assessor's organisation, the assessor's statement of no
//! conflict, saving and submitting scores, consensus scores and requests for a consensus,
//! notes, and a round's ranking with its exports and what its assignment page shows. The
//! web parses and renders; this module decides in which order things happen, and the
//! domain what each actor may see ([`assessment::AssessmentRecord::shown_to`]).

use std::collections::{BTreeMap, BTreeSet};

use frirum_domain::application::{Application, ApplicationStatus};
use frirum_domain::assessment::{
    self, AssessmentAccess, AssessmentRecord, Assignment, ConsensusRequest, ConsensusScore,
    MAX_NOTE_CHARS, MAX_REASON_CHARS, NewAssignment, Note, StoredScore, Withheld,
};
use frirum_domain::authz::{self, Action};
use frirum_domain::case::CaseStatus;
use frirum_domain::scheme::{Round, Rules, Scheme, Theme};
use frirum_domain::scoring::{
    self, Assessment, RankInput, RankedEntry, Score, ScoringError, Spread,
};
use frirum_domain::text::{FieldError, Problem};
use frirum_domain::{PageRequest, User};
use frirum_store::QueueItem;
use serde::Serialize;

use crate::applications;
use crate::{Actor, App, Error};

/// An application opened for assessment, with what the actor may do.
pub struct AssessmentCase {
    pub application: Application,
    pub scheme: Scheme,
    pub round: Round,
    /// The rules the application was submitted under.
    pub rules: Rules,
    pub assignments: Vec<Assignment>,
    pub access: AssessmentAccess,
    pub user: User,
}

/// The signed-in user, if the role takes part in assessment at all: the secretariat
/// (managing) or an assessor.
fn participant(actor: &Actor) -> Result<&User, Error> {
    actor.user_for(authz::assessment_action(actor.role()))
}

/// The assessor's queue: the applications assigned to them.
pub async fn queue(app: &App, actor: &Actor) -> Result<Vec<QueueItem>, Error> {
    let user = actor.user_for(Action::AssessApplications)?;
    Ok(app.store.assessor_queue(user.id).await?)
}

/// Every account that may be assigned to assess, for the secretariat's assignment forms.
async fn assignable(app: &App, actor: &Actor) -> Result<Vec<User>, Error> {
    actor.authorize(Action::AssignAssessors)?;
    let mut out = Vec::new();
    let mut page = 1;
    loop {
        let users = app
            .store
            .list_users(
                PageRequest::new(Some(page), Some(PageRequest::MAX_PER_PAGE)).unwrap_or_default(),
            )
            .await?;
        out.extend(
            users
                .items
                .iter()
                .filter(|u| authz::may_be_assigned(u.role))
                .cloned(),
        );
        if !users.has_next() {
            break;
        }
        page += 1;
    }
    Ok(out)
}

/// Loads a submitted (or withdrawn) application for assessment. Drafts are not there for
/// assessment; actors who are neither the secretariat nor assigned are refused.
pub async fn open(app: &App, actor: &Actor, id: i64) -> Result<AssessmentCase, Error> {
    let user = participant(actor)?.clone();
    let application = app
        .store
        .application(id)
        .await?
        .filter(|a| a.status != ApplicationStatus::Draft)
        .ok_or(Error::NotFound)?;
    let assignments = app.store.assignments(id).await?;
    // An employer named after the assignment is a conflict all the same.
    // An employer named after the assignment is a conflict all the same.
    if authz::assessment_action(Some(user.role)) == Action::AssessApplications
        && assessment::employment_conflict(user.organisation.as_ref().map(|o| o.id), &application)
            .is_some()
    {
        return Err(Error::ConflictOfInterest);
    }
    let access = assessment::access(user.role, user.id, &assignments)?;
    let crate::applications::Case {
        application,
        scheme,
        round,
    } = applications::case_of(app, application).await?;
    let rules = applications::rules_of(app, &application, &scheme).await?;
    Ok(AssessmentCase {
        application,
        scheme,
        round,
        rules,
        assignments,
        access,
        user,
    })
}

/// The ids of a scheme's priority themes, for the bonus.
async fn priority_themes(app: &App, scheme_id: i64) -> Result<Vec<i64>, Error> {
    Ok(app
        .store
        .themes(scheme_id)
        .await?
        .into_iter()
        .filter(|t| t.priority)
        .map(|t| t.id)
        .collect())
}

/// Computes an application's assessment; `None` when its rules have no criteria.
pub fn compute(
    rules: &Rules,
    application: &Application,
    assignments: &[Assignment],
    scores: &[StoredScore],
    consensus: &[ConsensusScore],
    priority_theme_ids: &[i64],
) -> Result<Option<Assessment>, Error> {
    let counted = assessment::counted_scores(assignments, scores);
    let consensus: Vec<Score> = consensus.iter().map(ConsensusScore::score).collect();
    let bonuses = scoring::bonuses(rules, application, priority_theme_ids);
    match scoring::assess(rules, &counted, &consensus, bonuses) {
        Ok(a) => Ok(Some(a)),
        Err(ScoringError::NoCriteria) => Ok(None),
        Err(e) => Err(Error::Internal(format!(
            "stored scores break the rules: {e}"
        ))),
    }
}

/// Everything an assessment page or the API shows, cut to what the actor may see.
#[derive(Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssessmentView {
    /// Why part of the assessment is withheld from the actor, if it is.
    pub withheld: Option<Withheld>,
    pub assignments: Vec<Assignment>,
    pub scores: Vec<StoredScore>,
    pub consensus: Vec<ConsensusScore>,
    pub consensus_requests: Vec<ConsensusRequest>,
    pub notes: Vec<Note>,
    pub assessment: Option<Assessment>,
    /// The spread between the assessors (the secretariat only).
    pub spread: Option<Spread>,
}

/// Reads an application's assessment and cuts it to what the actor may see: nothing
/// before their statement on conflicts of interest, only their own scores until they
/// submit, everything that counts after. A conflicted assessor is refused.
pub async fn view(app: &App, case: &AssessmentCase) -> Result<AssessmentView, Error> {
    if case.access == AssessmentAccess::Conflicted {
        return Err(Error::ConflictOfInterest);
    }
    let id = case.application.id;
    let sees_all = case.access.may_see_scores().is_ok();
    let record = AssessmentRecord {
        assignments: case.assignments.clone(),
        scores: app.store.scores(id).await?,
        consensus: if sees_all {
            app.store.consensus(id).await?
        } else {
            Vec::new()
        },
        notes: if sees_all {
            app.store.notes(id).await?
        } else {
            Vec::new()
        },
        // An assessor still scoring is shown that one was asked for (see `shown_to`).
        consensus_requests: app.store.consensus_requests(id).await?,
    };
    let (assessment, spread) = if sees_all {
        let priority = priority_themes(app, case.scheme.id).await?;
        let assessment = compute(
            &case.rules,
            &case.application,
            &record.assignments,
            &record.scores,
            &record.consensus,
            &priority,
        )?;
        let spread = case.access.may_see_spread().then(|| {
            scoring::spread(
                &case.rules,
                &assessment::counted_scores(&record.assignments, &record.scores),
            )
        });
        (assessment, spread)
    } else {
        (None, None)
    };
    let shown = record.shown_to(case.access, case.user.id);
    Ok(AssessmentView {
        withheld: case.access.withheld(),
        assignments: shown.assignments,
        scores: shown.scores,
        consensus: shown.consensus,
        consensus_requests: shown.consensus_requests,
        notes: shown.notes,
        assessment,
        spread,
    })
}

/// An application's assessment as its page shows it: the case with the actor's access,
/// what of the assessment the actor may see (nothing for a conflicted assessor), and for
/// the secretariat the assessors not yet assigned.
pub struct Workbench {
    pub case: AssessmentCase,
    pub view: Option<AssessmentView>,
    pub available: Vec<User>,
}

/// Opens an application's assessment with what its page shows. A conflicted assessor gets
/// the case without the scores: the page decides whether to say so or to show a refused
/// form.
pub async fn workbench(app: &App, actor: &Actor, id: i64) -> Result<Workbench, Error> {
    let case = open(app, actor, id).await?;
    let view = if case.access == AssessmentAccess::Conflicted {
        None
    } else {
        Some(view(app, &case).await?)
    };
    let available = if case.access == AssessmentAccess::Secretariat {
        assignable(app, actor)
            .await?
            .into_iter()
            .filter(|u| !case.assignments.iter().any(|a| a.assessor_id == u.id))
            .collect()
    } else {
        Vec::new()
    };
    Ok(Workbench {
        case,
        view,
        available,
    })
}

/// The actor (an assigned assessor) states that they have no conflict of interest in the
/// case, before anything of its assessment is shown to them. Stating again changes
/// nothing; an assessor with a conflict is refused.
pub async fn state_no_conflict(app: &App, actor: &Actor, id: i64) -> Result<Assignment, Error> {
    let case = open(app, actor, id).await?;
    case.access.may_state()?;
    let assignment = app
        .store
        .state_no_conflict(id, case.user.id, actor.journal(None))
        .await?;
    // A conflict declared meanwhile stands.
    if assignment.conflicted() {
        return Err(Error::ConflictOfInterest);
    }
    Ok(assignment)
}

/// The actor submits their own assessment once every criterion is scored; from then their
/// scores are fixed and they see the others'.
pub async fn submit(app: &App, actor: &Actor, case: &AssessmentCase) -> Result<Assignment, Error> {
    case.access.may_score()?;
    let own: Vec<StoredScore> = app
        .store
        .scores(case.application.id)
        .await?
        .into_iter()
        .filter(|s| s.assessor_id == case.user.id)
        .collect();
    assessment::check_submission(&case.rules, &own)?;
    Ok(app
        .store
        .submit_assessment(case.application.id, case.user.id, actor.journal(None))
        .await?)
}

/// Saves the scores given (if any) as the actor's own, then submits their assessment, so
/// that a form's last changes are not lost. Returns the case as it stands afterwards. The
/// scores stay saved when the submission is refused.
pub async fn submit_own(
    app: &App,
    actor: &Actor,
    id: i64,
    scores: Vec<Score>,
) -> Result<AssessmentCase, Error> {
    let case = open(app, actor, id).await?;
    if !scores.is_empty() {
        save(app, actor, &case, ScoreSet::Own, scores).await?;
    }
    submit(app, actor, &case).await?;
    open(app, actor, id).await
}

/// Opens the case and asks its assessors for a consensus ([`request_consensus`]).
pub async fn ask_for_consensus(
    app: &App,
    actor: &Actor,
    id: i64,
    message: &str,
) -> Result<ConsensusRequest, Error> {
    let case = open(app, actor, id).await?;
    request_consensus(app, actor, &case, message).await
}

/// The secretariat asks the assessors to agree on a consensus, with an optional message;
/// the request is recorded and journaled, and the assessors without a conflict hear of
/// it.
pub async fn request_consensus(
    app: &App,
    actor: &Actor,
    case: &AssessmentCase,
    message: &str,
) -> Result<ConsensusRequest, Error> {
    actor.authorize(Action::ManageAssessment)?;
    if !case.access.may_see_spread() {
        return Err(Error::Forbidden);
    }
    let message = assessment::request_message("message", message)?;
    let request = app
        .store
        .request_consensus(case.application.id, &message, actor.journal(None))
        .await?;
    crate::notifications::tell::consensus_requested(app, actor.now, &case.application).await;
    Ok(request)
}

/// Cleans scores from a form or the API: comments trimmed, empty scores left out by the
/// caller.
fn cleaned(scores: Vec<Score>) -> Vec<Score> {
    scores
        .into_iter()
        .map(|s| Score {
            comment: frirum_domain::text::clean(&s.comment).trim().to_owned(),
            ..s
        })
        .collect()
}

/// Whose scores a change sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreSet {
    /// The actor's own, as an assigned assessor without a conflict; each criterion given
    /// replaces their earlier score on it.
    Own,
    /// The secretariat's consensus, replaced as a whole (an empty set clears it).
    Consensus,
}

/// Saves scores on the scale of the rules the application was submitted under.
pub async fn save(
    app: &App,
    actor: &Actor,
    case: &AssessmentCase,
    set: ScoreSet,
    scores: Vec<Score>,
) -> Result<(), Error> {
    let scores = cleaned(scores);
    let id = case.application.id;
    match set {
        ScoreSet::Own => {
            case.access.may_score()?;
            if scores.is_empty() {
                return Err(FieldError::new("scores", Problem::Required).into());
            }
            scoring::validate_scores(&case.rules, Some(case.user.id), &scores)?;
            app.store
                .save_scores(id, case.user.id, &scores, actor.journal(None))
                .await?;
        }
        ScoreSet::Consensus => {
            actor.authorize(Action::ManageAssessment)?;
            // Clearing is always allowed; recording waits for the assessors.
            if !scores.is_empty() {
                assessment::may_record_consensus(&case.assignments)?;
            }
            scoring::validate_scores(&case.rules, None, &scores)?;
            app.store
                .set_consensus(id, &scores, actor.journal(None))
                .await?;
        }
    }
    Ok(())
}

/// Adds a private note (or a reply) for the secretariat and the unconflicted assessors.
pub async fn add_note(
    app: &App,
    actor: &Actor,
    case: &AssessmentCase,
    parent_id: Option<i64>,
    body: &str,
) -> Result<Note, Error> {
    case.access.may_see_scores()?;
    let body = assessment::required_text("body", body, MAX_NOTE_CHARS)?;
    let note = app
        .store
        .add_note(case.application.id, parent_id, &body, actor.journal(None))
        .await
        .map_err(|e| match e {
            frirum_store::StoreError::NotFound => Error::field("parent_id", "no such note"),
            other => other.into(),
        })?;
    Ok(note)
}

/// The actor (an assigned assessor) declares a conflict of interest on the application.
pub async fn declare_conflict(
    app: &App,
    actor: &Actor,
    id: i64,
    reason: &str,
) -> Result<Assignment, Error> {
    let user = actor.user_for(Action::AssessApplications)?;
    let reason = assessment::required_text("reason", reason, MAX_REASON_CHARS)?;
    let assignments = app.store.assignments(id).await?;
    if !assignments.iter().any(|a| a.assessor_id == user.id) {
        return Err(Error::NotAssigned);
    }
    Ok(app
        .store
        .declare_conflict(id, user.id, &reason, actor.journal(None))
        .await?)
}

/// Assigns each assessor to each application, all or nothing: the assessors must have the
/// assessor role, the applications must be submitted (and, with `round_id`, of that round,
/// which must be there).
/// An assessor employed by the lead or a network member is assigned with the conflict
/// marked. Returns the assignments that are new.
///
/// This is where "assessor assigned" happens, for the pages and the API alike: a
/// notification to each new assessor belongs after the store call here.
pub async fn assign(
    app: &App,
    actor: &Actor,
    round_id: Option<i64>,
    application_ids: &[i64],
    assessor_ids: &[i64],
) -> Result<Vec<Assignment>, Error> {
    actor.authorize(Action::AssignAssessors)?;
    if let Some(round_id) = round_id {
        app.store.round(round_id).await?.ok_or(Error::NotFound)?;
    }
    if application_ids.is_empty() {
        return Err(FieldError::new("application_ids", Problem::Required).into());
    }
    if assessor_ids.is_empty() {
        return Err(FieldError::new("assessor_ids", Problem::Required).into());
    }
    const MAX_PAIRS: usize = 5_000;
    if application_ids.len() * assessor_ids.len() > MAX_PAIRS {
        return Err(FieldError::new("application_ids", Problem::TooMany { max: MAX_PAIRS }).into());
    }
    let assessor_ids: BTreeSet<i64> = assessor_ids.iter().copied().collect();
    let application_ids: BTreeSet<i64> = application_ids.iter().copied().collect();
    let mut assessors = Vec::with_capacity(assessor_ids.len());
    for &id in &assessor_ids {
        match app.store.user(id).await? {
            Some(u) if authz::may_be_assigned(u.role) => assessors.push(u),
            _ => return Err(Error::NotAnAssessor { user_id: id }),
        }
    }
    let mut new = Vec::new();
    let mut applications = Vec::with_capacity(application_ids.len());
    for &id in &application_ids {
        let application = app
            .store
            .application(id)
            .await?
            .filter(|a| round_id.is_none_or(|r| a.round_id == r))
            .ok_or_else(|| match round_id {
                Some(_) => Error::field(
                    "application_ids",
                    format!("no application {id} in this round"),
                ),
                None => Error::NotFound,
            })?;
        if application.status != ApplicationStatus::Submitted {
            return Err(Error::NotSubmitted {
                application_id: id,
                status: application.status.to_string(),
            });
        }
        for user in &assessors {
            let org = user.organisation.as_ref().map(|o| o.id);
            new.push(NewAssignment {
                application_id: id,
                assessor_id: user.id,
                conflict: assessment::employment_conflict(org, &application)
                    .map(|reason| (assessment::ConflictSource::Employment, reason)),
            });
        }
        applications.push(application);
    }
    let assigned = app
        .store
        .assign_assessors(&new, actor.journal(None))
        .await?;
    // Each assessor hears of the applications newly assigned to them.
    for application in &applications {
        let told: Vec<i64> = assigned
            .iter()
            .filter(|a| a.application_id == application.id)
            .map(|a| a.assessor_id)
            .collect();
        if !told.is_empty() {
            crate::notifications::tell::assessors_assigned(app, actor.now, application, &told)
                .await;
        }
    }
    Ok(assigned)
}

/// Assignments made to one application: the new ones, and all it has now.
pub struct Assigned {
    pub assigned: Vec<Assignment>,
    pub assignments: Vec<Assignment>,
}

/// Assigns assessors to one submitted application (as [`assign`]), then reads all its
/// assignments, so that the secretariat sees where the application stands.
pub async fn assign_to_application(
    app: &App,
    actor: &Actor,
    application_id: i64,
    assessor_ids: &[i64],
) -> Result<Assigned, Error> {
    let assigned = assign(app, actor, None, &[application_id], assessor_ids).await?;
    let assignments = app.store.assignments(application_id).await?;
    Ok(Assigned {
        assigned,
        assignments,
    })
}

/// Removes an assessor from an application, with the secretariat's reason for the
/// journal. An assessor who has submitted is refused ([`assessment::may_remove`]); the
/// unsubmitted scores of one removed go with the assignment.
pub async fn unassign(
    app: &App,
    actor: &Actor,
    application_id: i64,
    assessor_id: i64,
    reason: &str,
) -> Result<(), Error> {
    actor.authorize(Action::AssignAssessors)?;
    let assignments = app.store.assignments(application_id).await?;
    let assignment = assignments
        .iter()
        .find(|a| a.assessor_id == assessor_id)
        .ok_or(Error::NotFound)?;
    assessment::may_remove(assignment)?;
    let reason = assessment::required_text("reason", reason, MAX_REASON_CHARS)?;
    Ok(app
        .store
        .unassign_assessor(application_id, assessor_id, &reason, actor.journal(None))
        .await?)
}

/// Which applications a ranking shows.
#[derive(Debug, Clone, Default)]
pub struct RankingFilter {
    pub theme_id: Option<i64>,
    /// `None` for every status but draft; submitted when not chosen by the caller.
    pub status: Option<ApplicationStatus>,
    /// Only the rows at this case status (ranked among the whole round all the same).
    pub case_status: Option<frirum_domain::case::CaseStatus>,
}

/// One application's line in a round's ranking.
#[derive(Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RankingRow {
    pub application_id: i64,
    pub case_number: Option<String>,
    pub title: String,
    pub lead: String,
    pub status: ApplicationStatus,
    /// The one status of the case, as every list shows it.
    pub case_status: CaseStatus,
    pub themes: Vec<i64>,
    pub assessors: usize,
    pub weighted_score: Option<f64>,
    pub bonus_points: f64,
    #[serde(flatten)]
    pub entry: RankedEntry,
    /// The criteria still short of scores.
    pub missing: Vec<String>,
}

/// A round's ranking, best first, with the line at the round's target.
#[derive(Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoundRanking {
    pub round_id: i64,
    pub target_trials: u32,
    pub within_line: usize,
    pub tie_across_line: bool,
    pub rows: Vec<RankingRow>,
}

/// Ranks a round's applications by total (secretariat only). Reads the round's
/// applications, assignments, scores and consensus in a fixed number of queries, and
/// each version of the rules once.
pub async fn ranking(
    app: &App,
    actor: &Actor,
    round_id: i64,
    filter: &RankingFilter,
) -> Result<(Round, Scheme, RoundRanking), Error> {
    actor.authorize(Action::ManageAssessment)?;
    let round = app.store.round(round_id).await?.ok_or(Error::NotFound)?;
    let scheme = app
        .store
        .scheme(round.scheme_id)
        .await?
        .ok_or(Error::NotFound)?;
    let data = app.store.round_assessment(round_id).await?;
    let priority = priority_themes(app, scheme.id).await?;
    let mut rules_by_version: BTreeMap<i64, Rules> = BTreeMap::new();
    let assignments = assessment::by_application(data.assignments, |a| a.application_id);
    let scores = assessment::by_application(data.scores, |s| s.application_id);
    let consensus = assessment::by_application(data.consensus, |c| c.application_id);
    let statuses: BTreeMap<i64, CaseStatus> = app
        .store
        .round_case_facts(round_id)
        .await?
        .into_iter()
        .map(|(id, facts)| (id, facts.status()))
        .collect();
    let mut inputs = Vec::new();
    let mut rows: BTreeMap<i64, RankingRow> = BTreeMap::new();
    // The whole round is ranked, and only then filtered: a theme's applications keep their
    // place in the round and the round's line.
    for application in &data.applications {
        let version = application.judged_under(scheme.rules_version);
        if let std::collections::btree_map::Entry::Vacant(slot) = rules_by_version.entry(version) {
            slot.insert(applications::rules_of(app, application, &scheme).await?);
        }
        let rules = &rules_by_version[&version];
        let id = application.id;
        let none_a = Vec::new();
        let none_s = Vec::new();
        let none_c = Vec::new();
        let assigned = assignments.get(&id).unwrap_or(&none_a);
        let computed = compute(
            rules,
            application,
            assigned,
            scores.get(&id).unwrap_or(&none_s),
            consensus.get(&id).unwrap_or(&none_c),
            &priority,
        )?;
        let input = match &computed {
            Some(a) => RankInput::from_assessment(id, a),
            None => RankInput {
                application_id: id,
                total: None,
                complete: false,
            },
        };
        // Only submitted applications compete; a withdrawn one is listed without a rank.
        if application.status == ApplicationStatus::Submitted {
            inputs.push(input);
        }
        rows.insert(
            id,
            RankingRow {
                application_id: id,
                case_number: application.case_number.clone(),
                title: application.content.title.clone(),
                lead: application.lead.name.clone(),
                status: application.status,
                case_status: statuses.get(&id).copied().unwrap_or(CaseStatus::Submitted),
                themes: application.content.themes.clone(),
                assessors: assigned.iter().filter(|a| !a.conflicted()).count(),
                weighted_score: computed
                    .as_ref()
                    .and_then(|a| a.weighted_score)
                    .map(scoring::round_total),
                bonus_points: computed.as_ref().map_or(0.0, |a| a.bonus_points),
                entry: RankedEntry {
                    application_id: id,
                    rank: None,
                    total: None,
                    complete: false,
                    tied: false,
                    within_line: false,
                    tie_across_line: false,
                },
                missing: computed.map(|a| a.missing).unwrap_or_default(),
            },
        );
    }
    let ranked = scoring::rank(&inputs, round.target_trials);
    let mut ordered = Vec::with_capacity(rows.len());
    for entry in ranked.entries {
        if let Some(mut row) = rows.remove(&entry.application_id) {
            row.entry = entry;
            ordered.push(row);
        }
    }
    ordered.extend(rows.into_values());
    ordered.retain(|row| {
        filter.status.is_none_or(|s| s == row.status)
            && filter.case_status.is_none_or(|s| s == row.case_status)
            && filter.theme_id.is_none_or(|t| row.themes.contains(&t))
    });
    let ranking = RoundRanking {
        round_id,
        target_trials: ranked.target_trials,
        within_line: ranked.within_line,
        tie_across_line: ranked.tie_across_line,
        rows: ordered,
    };
    Ok((round, scheme, ranking))
}

/// A round's ranking as its assignment page shows it: the ranking, the scheme's themes to
/// filter it by, and every account that may be assigned to assess.
pub struct RoundAssignment {
    pub round: Round,
    pub scheme: Scheme,
    pub ranking: RoundRanking,
    pub themes: Vec<Theme>,
    pub assessors: Vec<User>,
}

/// A round's ranking with what the secretariat needs to assign its applications in bulk.
pub async fn round_assignment(
    app: &App,
    actor: &Actor,
    round_id: i64,
    filter: &RankingFilter,
) -> Result<RoundAssignment, Error> {
    let (round, scheme, ranking) = ranking(app, actor, round_id, filter).await?;
    let themes = app.store.themes(scheme.id).await?;
    let assessors = assignable(app, actor).await?;
    Ok(RoundAssignment {
        round,
        scheme,
        ranking,
        themes,
        assessors,
    })
}

/// The columns of the exports, in order.
pub const EXPORT_HEADER: [&str; 13] = [
    "rank",
    "case_number",
    "title",
    "lead",
    "status",
    "weighted_score",
    "bonus_points",
    "total",
    "complete",
    "tied",
    "within_line",
    "tie_across_line",
    "missing",
];

fn cells(row: &RankingRow) -> [String; 13] {
    let number = |v: Option<f64>| v.map(|v| format!("{v:.2}")).unwrap_or_default();
    [
        row.entry.rank.map(|r| r.to_string()).unwrap_or_default(),
        row.case_number.clone().unwrap_or_default(),
        row.title.clone(),
        row.lead.clone(),
        // The one case status (part E), not the application's bare status.
        row.case_status.to_string(),
        number(row.weighted_score),
        format!("{:.2}", row.bonus_points),
        number(row.entry.total),
        row.entry.complete.to_string(),
        row.entry.tied.to_string(),
        row.entry.within_line.to_string(),
        row.entry.tie_across_line.to_string(),
        row.missing.join("; "),
    ]
}

/// The ranking as CSV, one line per application, best first; `exports::csv` guards every
/// cell against formulas.
pub fn ranking_csv(ranking: &RoundRanking) -> Result<Vec<u8>, Error> {
    crate::exports::csv(&EXPORT_HEADER, ranking.rows.iter().map(cells))
}

/// The ranking as an Excel workbook: the same columns, numbers as numbers.
pub fn ranking_xlsx(ranking: &RoundRanking) -> Result<Vec<u8>, Error> {
    use rust_xlsxwriter::{Format, Workbook};
    let internal = |e: rust_xlsxwriter::XlsxError| Error::Internal(e.to_string());
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Ranking").map_err(internal)?;
    let bold = Format::new().set_bold();
    for (col, name) in (0u16..).zip(EXPORT_HEADER) {
        sheet
            .write_string_with_format(0, col, name, &bold)
            .map_err(internal)?;
    }
    for (r, row) in (1u32..).zip(&ranking.rows) {
        for (col, text) in (0u16..).zip(cells(row)) {
            let number = match col {
                0 => row.entry.rank.map(f64::from),
                5 => row.weighted_score,
                6 => Some(row.bonus_points),
                7 => row.entry.total,
                _ => None,
            };
            match number {
                Some(n) => sheet.write_number(r, col, n).map_err(internal)?,
                None => sheet.write_string(r, col, &text).map_err(internal)?,
            };
        }
    }
    workbook.save_to_buffer().map_err(internal)
}
