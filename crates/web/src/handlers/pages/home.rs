//! The front page: for a visitor the registry's counts and the way in; for a signed-in
//! person their own page, what waits on them (the secretariat's work queues, an
//! applicant's drafts and questions, an assessor's queue), each linking to its list.

use askama::Template;
use axum::extract::State;
use axum::response::Html;
use frirum_app::dashboard::{self, Dashboard, Queue};
use frirum_app::registry;
use frirum_domain::Country;
use frirum_store::{ApplicationSummary, QueueItem};

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;

#[derive(Template)]
#[template(path = "home/home.html")]
struct HomePage {
    ctx: PageContext,
    counts: Vec<(Country, u64)>,
}

/// One line of the secretariat's work: what it is, how many, and the list it opens.
struct QueueLine {
    id: String,
    label: String,
    count: u64,
    link: String,
}

impl QueueLine {
    fn of(ctx: &PageContext, queue: &Queue) -> Self {
        QueueLine {
            id: format!("queue-{}", queue.status.as_str().replace('_', "-")),
            label: ctx.t(&queue.status.message_id()),
            count: queue.count,
            link: format!("/applications?status={}", queue.status.as_str()),
        }
    }
}

#[derive(Template)]
#[template(path = "home/secretariat.html")]
struct SecretariatPage {
    ctx: PageContext,
    queues: Vec<QueueLine>,
    waiting: Vec<QueueLine>,
    closed: Vec<QueueLine>,
    overdue_reports: Vec<frirum_app::reports::OverdueReport>,
    regulations: Vec<frirum_domain::regulation::RegulationWaiting>,
    /// Always empty here: the shared box lists joining participants only on an applicant's
    /// home.
    regulations_joining: Vec<frirum_domain::regulation::RegulationWaiting>,
    legal_clock: Vec<frirum_app::changes::ClockAlert>,
    trial_work: frirum_app::dashboard::TrialWork,
    outcomes: Vec<frirum_app::generalisation::OutcomesAttention>,
    partner_breaches: Vec<frirum_domain::partner::Breach>,
}

#[derive(Template)]
#[template(path = "home/applicant.html")]
struct ApplicantPage {
    ctx: PageContext,
    /// Each draft with its round named by title.
    drafts: Vec<(ApplicationSummary, String)>,
    questions: Vec<ApplicationSummary>,
    cases: Vec<ApplicationSummary>,
    /// Where a new application starts: each open round, named, with its deadline.
    open_rounds: Vec<(i64, String, String)>,
    overdue_reports: Vec<frirum_app::reports::OverdueReport>,
    /// Regulations owed for trials that have not started yet ("these trials start when …").
    regulations: Vec<frirum_domain::regulation::RegulationWaiting>,
    /// Regulations owed for trials that already run for the others: the organisation joined
    /// later, and only its own part waits.
    regulations_joining: Vec<frirum_domain::regulation::RegulationWaiting>,
    my_trials: Vec<frirum_app::dashboard::MyTrial>,
    organisation_id: Option<i64>,
}

#[derive(Template)]
#[template(path = "home/assessor.html")]
struct AssessorPage {
    ctx: PageContext,
    queue: Vec<QueueItem>,
}

#[derive(Template)]
#[template(path = "home/researcher.html")]
struct ResearcherPage {
    ctx: PageContext,
    trials: Vec<(frirum_domain::trial::TrialSummary, u64)>,
    /// The values waiting for their review in all followed trials.
    waiting: u64,
    research: frirum_app::research::MyResearch,
    plan_drafts: Vec<frirum_app::research_plans::DraftPlan>,
    evaluation_drafts: Vec<frirum_app::evaluations::DraftEvaluation>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Html<String>, AppError> {
    let page_ctx = page_context(&state, &ctx);
    if ctx.user.is_none() {
        let counts = registry::counts(&state).await?;
        return HomePage {
            ctx: page_ctx,
            counts,
        }
        .render_html();
    }
    match dashboard::dashboard(&state, &ctx).await? {
        Dashboard::Secretariat {
            queues,
            answers,
            overdue,
            closed,
            overdue_reports,
            regulations,
            legal_clock,
            trial_work,
            outcomes,
            partner_breaches,
        } => {
            let queues = queues.iter().map(|q| QueueLine::of(&page_ctx, q)).collect();
            let closed = closed.iter().map(|q| QueueLine::of(&page_ctx, q)).collect();
            let mut waiting = vec![
                QueueLine {
                    id: "queue-answers".into(),
                    label: page_ctx.t("dashboard-answers"),
                    count: answers,
                    link: "/applications?answers=1".into(),
                },
                QueueLine {
                    id: "queue-overdue".into(),
                    label: page_ctx.t("dashboard-overdue"),
                    count: overdue,
                    link: "/applications?overdue=1".into(),
                },
            ];
            // The barrier register's reports waiting for the policy lab's triage.
            waiting.push(QueueLine {
                id: "queue-barriers".into(),
                label: page_ctx.t("barrier-queue-heading"),
                count: frirum_app::barriers::waiting(&state, &ctx)
                    .await?
                    .unsigned_abs(),
                link: "/barriers#barrier-queue".into(),
            });
            SecretariatPage {
                ctx: page_ctx,
                queues,
                waiting,
                closed,
                overdue_reports,
                regulations,
                regulations_joining: Vec::new(),
                legal_clock,
                trial_work,
                outcomes,
                partner_breaches,
            }
            .render_html()
        }
        Dashboard::Applicant {
            drafts,
            questions,
            cases,
            rounds,
            open_rounds,
            overdue_reports,
            regulations,
            trials,
        } => {
            let drafts = drafts
                .into_iter()
                .map(|d| {
                    let round = rounds.get(&d.round_id).map_or_else(
                        || format!("{} {}", d.scheme_code, d.round_number),
                        |r| format!("{} · {}", r.title, d.scheme_code),
                    );
                    (d, round)
                })
                .collect();
            let open_rounds = open_rounds
                .iter()
                .map(|(round, scheme)| {
                    (
                        round.id,
                        format!("{} – {}", scheme.title, round.title),
                        page_ctx.local(&round.deadline),
                    )
                })
                .collect();
            let (regulations_joining, regulations) =
                regulations.into_iter().partition(|r| r.trial_started);
            ApplicantPage {
                ctx: page_ctx,
                drafts,
                questions,
                cases,
                open_rounds,
                overdue_reports,
                regulations,
                regulations_joining,
                my_trials: trials,
                organisation_id: ctx.viewer().organisation_id,
            }
            .render_html()
        }
        Dashboard::Assessor { queue } => AssessorPage {
            ctx: page_ctx,
            queue,
        }
        .render_html(),
        Dashboard::Researcher {
            trials,
            research,
            plan_drafts,
            evaluation_drafts,
        } => ResearcherPage {
            ctx: page_ctx,
            waiting: trials.iter().map(|(_, n)| n).sum(),
            trials,
            research,
            plan_drafts,
            evaluation_drafts,
        }
        .render_html(),
        Dashboard::Nothing => {
            let counts = registry::counts(&state).await?;
            HomePage {
                ctx: page_ctx,
                counts,
            }
            .render_html()
        }
    }
}
