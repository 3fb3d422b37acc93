//! What waits on each person when they sign in: the secretariat's work queues (cases by
//! the one case status, with counts, and the overdue ones), an applicant's drafts, cases
//! and questions to answer, an assessor's queue with progress. The page and its links to
//! filtered lists are the web layer's; which queue a status belongs to is here.

use frirum_domain::PageRequest;
use frirum_domain::authz::Action;
use frirum_domain::case::CaseStatus;
use frirum_domain::scheme::{Round, RoundPhase, Scheme};
use frirum_store::{ApplicationFilter, ApplicationSummary, QueueItem};
use std::collections::BTreeMap;
use time::Duration;

use crate::applications::visible_filter;
use crate::{Actor, App, Error};

/// How long an open question may wait for the applicant before the secretariat sees it as
/// overdue.
pub const QUESTION_OVERDUE_AFTER: Duration = Duration::days(14);

/// The statuses that wait on the secretariat, in the order a case follows them.
pub const SECRETARIAT_QUEUES: [CaseStatus; 5] = [
    CaseStatus::Submitted,
    CaseStatus::InScreening,
    CaseStatus::AwaitingClarification,
    CaseStatus::InAssessment,
    CaseStatus::ReadyForDecision,
];

/// One queue: the cases at a status and how many there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queue {
    pub status: CaseStatus,
    pub count: u64,
}

/// What one person's own page shows.
#[derive(Debug, Clone)]
pub enum Dashboard {
    /// The secretariat: every queue (an empty one too, so the order of the steps shows),
    /// the answers to act on, the overdue questions, and the cases decided and withdrawn.
    Secretariat {
        queues: Vec<Queue>,
        /// Open cases with an answered question no screening judgement has followed.
        answers: u64,
        /// Open cases whose open question has waited longer than [`QUESTION_OVERDUE_AFTER`].
        overdue: u64,
        closed: Vec<Queue>,
        /// Trials' status reports past their due date and not submitted.
        overdue_reports: Vec<crate::reports::OverdueReport>,
        /// Adopted local regulations waiting for the secretariat's approval.
        regulations: Vec<frirum_domain::regulation::RegulationWaiting>,
        /// Trials whose legal basis needs attention (the legal-basis clock).
        legal_clock: Vec<crate::changes::ClockAlert>,
        /// What else waits in the trials: requests to decide, reports to accept, values
        /// to review, trials never started.
        trial_work: TrialWork,
        /// Schemes with flagged resulting acts or provisions pending an outcome.
        outcomes: Vec<crate::generalisation::OutcomesAttention>,
        /// Partners' demands and public values marked breached, not yet acknowledged.
        partner_breaches: Vec<frirum_domain::partner::Breach>,
    },
    /// An applicant: their organisation's drafts, the cases with a question to answer,
    /// and every other case.
    Applicant {
        drafts: Vec<ApplicationSummary>,
        questions: Vec<ApplicationSummary>,
        cases: Vec<ApplicationSummary>,
        /// The round of each draft by id, to name it by its title.
        rounds: BTreeMap<i64, Round>,
        /// The rounds open now that the applicant's organisation may apply to, with their
        /// schemes: where a new application starts.
        open_rounds: Vec<(Round, Scheme)>,
        /// Their organisation's trials' status reports past their due date.
        overdue_reports: Vec<crate::reports::OverdueReport>,
        /// Their organisation's planned trials whose local regulation it has yet to adopt.
        regulations: Vec<frirum_domain::regulation::RegulationWaiting>,
        /// Their organisation's trials, each with what waits on them in it.
        trials: Vec<MyTrial>,
    },
    /// An assessor: the applications assigned to them, with their progress.
    Assessor { queue: Vec<QueueItem> },
    /// A researcher: their organisation and assignments (by scheme, theme and trial), the
    /// trials they follow, where they review what the trials report, and their research in
    /// draft.
    Researcher {
        /// Each followed trial with how many values wait for review in it.
        trials: Vec<(frirum_domain::trial::TrialSummary, u64)>,
        /// Their organisation and what they are assigned to.
        research: crate::research::MyResearch,
        /// The research plans in draft they write (the research plans area's).
        plan_drafts: Vec<crate::research_plans::DraftPlan>,
        /// The evaluations in draft they write (the evaluations area's).
        evaluation_drafts: Vec<crate::evaluations::DraftEvaluation>,
    },
    /// Anyone else signed in: nothing waits on them.
    Nothing,
}

/// One trial and how many things of one kind wait in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrialCount {
    pub trial_id: i64,
    pub case_number: String,
    pub title: String,
    pub count: u64,
}

/// What waits for the secretariat in the trials, by kind, each kind a list of trials.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrialWork {
    /// Change requests submitted and not yet decided.
    pub changes: Vec<TrialCount>,
    /// Status reports submitted and waiting to be accepted or returned.
    pub reports: Vec<TrialCount>,
    /// Indicator values waiting for review.
    pub values: Vec<TrialCount>,
    /// Planned trials whose whole period is over: never started (count 1 each).
    pub never_started: Vec<TrialCount>,
}

impl TrialWork {
    /// How many change requests wait, in all trials.
    pub fn changes_total(&self) -> u64 {
        total_of(&self.changes)
    }

    /// How many submitted reports wait, in all trials.
    pub fn reports_total(&self) -> u64 {
        total_of(&self.reports)
    }

    /// How many values wait for review, in all trials.
    pub fn values_total(&self) -> u64 {
        total_of(&self.values)
    }
}

fn total_of(list: &[TrialCount]) -> u64 {
    list.iter().map(|t| t.count).sum()
}

/// One of an applicant's organisation's trials with what waits on them in it.
#[derive(Debug, Clone, PartialEq)]
pub struct MyTrial {
    pub trial: frirum_domain::trial::TrialSummary,
    /// Their council has yet to adopt the trial's local regulation.
    pub regulation_to_adopt: bool,
    /// Status reports to write: due (drafts) and returned for revision.
    pub reports_due: u64,
    pub reports_returned: u64,
    /// Indicator values returned for correction.
    pub values_returned: u64,
}

impl MyTrial {
    /// Whether anything waits on the applicant in this trial.
    pub fn waits(&self) -> bool {
        self.regulation_to_adopt
            || self.reports_due + self.reports_returned + self.values_returned > 0
    }
}

/// Every trial the actor may list (all pages), filtered.
async fn all_trials(
    app: &App,
    actor: &Actor,
    filter: &frirum_domain::trial::TrialFilter,
) -> Result<Vec<frirum_domain::trial::TrialSummary>, Error> {
    let mut all = Vec::new();
    let mut number = 1;
    loop {
        let page = PageRequest::new(Some(number), Some(PageRequest::MAX_PER_PAGE))
            .map_err(|_| Error::internal("the largest page is refused"))?;
        let found = crate::trials::list(app, actor, filter, page).await?;
        let fetched = found.items.len();
        all.extend(found.items);
        if fetched < PageRequest::MAX_PER_PAGE as usize || all.len() as u64 >= found.total {
            return Ok(all);
        }
        number += 1;
    }
}

fn count_of(t: &frirum_domain::trial::TrialSummary, count: u64) -> TrialCount {
    TrialCount {
        trial_id: t.id,
        case_number: t.case_number.clone(),
        title: t.title.clone(),
        count,
    }
}

/// What waits for the secretariat in the trials (see [`TrialWork`]).
pub async fn trial_work(app: &App, actor: &Actor) -> Result<TrialWork, Error> {
    use frirum_domain::change::RequestStatus;
    use frirum_domain::report::ReportStatus;
    let trials = all_trials(app, actor, &Default::default()).await?;
    let mut work = TrialWork::default();
    for t in &trials {
        let changes = app
            .store
            .change_requests(t.id, Some(RequestStatus::Submitted))
            .await?
            .len() as u64;
        if changes > 0 {
            work.changes.push(count_of(t, changes));
        }
        let reports = app
            .store
            .trial_reports(t.id)
            .await?
            .iter()
            .filter(|r| r.status == ReportStatus::Submitted)
            .count() as u64;
        if reports > 0 {
            work.reports.push(count_of(t, reports));
        }
        let today = frirum_domain::trial::today_in(t.country, actor.now);
        if t.status == frirum_domain::trial::TrialStatus::Planned && t.planned_end < today {
            work.never_started.push(count_of(t, 1));
        }
    }
    work.values = crate::indicators::review_queue(app, actor)
        .await?
        .into_iter()
        .map(|a| TrialCount {
            trial_id: a.trial_id,
            case_number: a.case_number,
            title: a.title,
            count: u64::try_from(a.count).unwrap_or(0),
        })
        .collect();
    Ok(work)
}

/// An applicant's organisation's trials with what waits on them in each.
pub async fn my_trials(
    app: &App,
    actor: &Actor,
    organisation_id: i64,
    regulations: &[frirum_domain::regulation::RegulationWaiting],
) -> Result<Vec<MyTrial>, Error> {
    use frirum_domain::indicator::UpdateStatus;
    use frirum_domain::report::ReportStatus;
    let filter = frirum_domain::trial::TrialFilter {
        organisation_id: Some(organisation_id),
        ..Default::default()
    };
    let mut mine = Vec::new();
    for trial in all_trials(app, actor, &filter).await? {
        let reports = app.store.trial_reports(trial.id).await?;
        let of = |status| reports.iter().filter(|r| r.status == status).count() as u64;
        let values_returned = app
            .store
            .trial_indicators(trial.id)
            .await?
            .iter()
            .flat_map(|ti| ti.periods.iter())
            .filter(|p| {
                p.update
                    .as_ref()
                    .is_some_and(|u| u.status == UpdateStatus::Returned)
            })
            .count() as u64;
        mine.push(MyTrial {
            regulation_to_adopt: regulations.iter().any(|r| r.trial_id == trial.id),
            reports_due: of(ReportStatus::Draft),
            reports_returned: of(ReportStatus::Returned),
            values_returned,
            trial,
        });
    }
    Ok(mine)
}

/// The counts of the actor's visible cases by status, every status of `wanted` included.
pub async fn counts(
    app: &App,
    actor: &Actor,
    filter: ApplicationFilter,
    wanted: &[CaseStatus],
) -> Result<Vec<Queue>, Error> {
    let filter = visible_filter(actor, filter);
    let counts = app.store.count_by_case_status(&filter).await?;
    Ok(wanted
        .iter()
        .map(|status| Queue {
            status: *status,
            count: counts
                .iter()
                .find(|(s, _)| s == status)
                .map_or(0, |(_, n)| *n),
        })
        .collect())
}

/// The open cases with an answer the secretariat has still to act on.
pub fn answers_filter() -> ApplicationFilter {
    ApplicationFilter {
        answer_to_handle: true,
        ..Default::default()
    }
}

/// The open cases whose question has waited too long for the applicant.
pub fn overdue_filter(actor: &Actor) -> ApplicationFilter {
    ApplicationFilter {
        question_open_since: Some(actor.now - QUESTION_OVERDUE_AFTER),
        ..Default::default()
    }
}

/// How many of the actor's visible cases the filter finds.
async fn total(app: &App, actor: &Actor, filter: ApplicationFilter) -> Result<u64, Error> {
    let filter = visible_filter(actor, filter);
    let counts = app.store.count_by_case_status(&filter).await?;
    Ok(counts.iter().map(|(_, n)| n).sum())
}

/// The signed-in actor's own page.
pub async fn dashboard(app: &App, actor: &Actor) -> Result<Dashboard, Error> {
    let user = actor.user_for(Action::ManageOwnAccount)?;
    if actor.may(Action::DecideApplications) {
        let queues = counts(
            app,
            actor,
            ApplicationFilter::default(),
            &SECRETARIAT_QUEUES,
        )
        .await?;
        let closed = counts(
            app,
            actor,
            ApplicationFilter::default(),
            &[
                CaseStatus::Approved,
                CaseStatus::Rejected,
                CaseStatus::Withdrawn,
            ],
        )
        .await?;
        let answers = total(app, actor, answers_filter()).await?;
        let overdue = total(app, actor, overdue_filter(actor)).await?;
        return Ok(Dashboard::Secretariat {
            queues,
            answers,
            overdue,
            closed,
            overdue_reports: crate::reports::overdue(app, actor).await?,
            regulations: crate::regulations::awaiting_approval(app, actor).await?,
            legal_clock: crate::changes::clock_alerts(app, actor).await?,
            trial_work: trial_work(app, actor).await?,
            outcomes: crate::generalisation::attention(app, actor).await?,
            partner_breaches: crate::partners::open_breaches(app, actor).await?,
        });
    }
    if actor.may(Action::AssessApplications) {
        let queue = app.store.assessor_queue(user.id).await?;
        return Ok(Dashboard::Assessor { queue });
    }
    if actor.may(Action::CreateApplications) {
        let page = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE)).unwrap_or_default();
        // Their organisation's own cases, not what others have published.
        let own = ApplicationFilter {
            or_public_at: None,
            ..visible_filter(actor, ApplicationFilter::default())
        };
        let mine = app.store.list_applications(&own, page).await?;
        let (mut drafts, mut questions, mut cases) = (Vec::new(), Vec::new(), Vec::new());
        for case in mine.items {
            match case.case_status() {
                CaseStatus::Draft => drafts.push(case),
                CaseStatus::AwaitingClarification => questions.push(case),
                _ => cases.push(case),
            }
        }
        let mut rounds = BTreeMap::new();
        for draft in &drafts {
            if let std::collections::btree_map::Entry::Vacant(slot) = rounds.entry(draft.round_id)
                && let Some(round) = app.store.round(draft.round_id).await?
            {
                slot.insert(round);
            }
        }
        let open_rounds = open_rounds(app, actor).await?;
        let regulations = crate::regulations::awaiting_adoption(app, actor).await?;
        let trials = match actor.viewer().organisation_id {
            Some(org) => my_trials(app, actor, org, &regulations).await?,
            None => Vec::new(),
        };
        return Ok(Dashboard::Applicant {
            drafts,
            questions,
            cases,
            rounds,
            open_rounds,
            overdue_reports: crate::reports::overdue(app, actor).await?,
            regulations,
            trials,
        });
    }
    if frirum_domain::authz::may_follow_trials(user.role) {
        let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE)).unwrap_or_default();
        let followed = frirum_domain::trial::TrialFilter {
            researcher_id: Some(user.id),
            ..Default::default()
        };
        let waiting: BTreeMap<i64, i64> = crate::indicators::review_queue(app, actor)
            .await?
            .into_iter()
            .map(|a| (a.trial_id, a.count))
            .collect();
        let trials = crate::trials::list(app, actor, &followed, all)
            .await?
            .items
            .into_iter()
            .map(|t| {
                let n = waiting.get(&t.id).copied().unwrap_or(0);
                (t, u64::try_from(n).unwrap_or(0))
            })
            .collect();
        return Ok(Dashboard::Researcher {
            trials,
            research: crate::research::mine(app, actor).await?,
            plan_drafts: crate::research_plans::drafts_of(app, actor).await?,
            evaluation_drafts: crate::evaluations::drafts_of(app, actor).await?,
        });
    }
    Ok(Dashboard::Nothing)
}

/// The rounds open now in the schemes the actor may start an application in, soonest
/// deadline first.
pub(crate) async fn open_rounds(app: &App, actor: &Actor) -> Result<Vec<(Round, Scheme)>, Error> {
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE)).unwrap_or_default();
    let mut open = Vec::new();
    for scheme in crate::schemes::list(app, actor, all).await?.items {
        if !crate::schemes::may_start(app, actor, &scheme).await? {
            continue;
        }
        for round in app.store.rounds(scheme.id).await? {
            if matches!(round.phase(actor.now), Ok(RoundPhase::Open)) {
                open.push((round, scheme.clone()));
            }
        }
    }
    open.sort_by_key(|(round, _)| round.deadline.instant().ok());
    Ok(open)
}

/// An application list with the secretariat's review column that needs the scoring: each
/// listed case's total, where its round's assessment gives one.
pub struct WorkList {
    pub browse: crate::applications::Browse,
    /// Application id to total; empty for anyone but the secretariat.
    pub totals: std::collections::BTreeMap<i64, f64>,
}

/// The applications the actor may see, filtered (see [`crate::applications::browse`]),
/// with the totals of the listed cases for the secretariat: each round on the page is
/// ranked once, in a fixed number of queries.
pub async fn work_list(
    app: &App,
    actor: &Actor,
    filter: ApplicationFilter,
    page: PageRequest,
) -> Result<WorkList, Error> {
    let browse = crate::applications::browse(app, actor, filter, page).await?;
    let mut totals = std::collections::BTreeMap::new();
    if actor.may(Action::ManageAssessment) {
        let rounds: std::collections::BTreeSet<i64> = browse
            .applications
            .items
            .iter()
            .filter(|a| a.submitted_at.is_some())
            .map(|a| a.round_id)
            .collect();
        let listed: std::collections::BTreeSet<i64> =
            browse.applications.items.iter().map(|a| a.id).collect();
        for round_id in rounds {
            let filter = crate::assessment::RankingFilter::default();
            let (_, _, ranking) = crate::assessment::ranking(app, actor, round_id, &filter).await?;
            for row in ranking.rows {
                if let Some(total) = row.entry.total
                    && listed.contains(&row.application_id)
                {
                    totals.insert(row.application_id, total);
                }
            }
        }
    }
    Ok(WorkList { browse, totals })
}
