//! The JSON API under `/api/v1`. [`routes`] is its one route table: the router serves it
//! and the OpenAPI document is generated from it, so no route can be served undocumented
//! or documented unserved.

pub mod applications;
pub mod assessment;
pub mod barriers;
pub mod decisions;
pub mod dossier;
pub mod dto;
pub mod evaluations;
pub mod extract;
pub mod generalisation;
pub mod lab;
pub mod law;
pub mod law_sync;
pub mod me;
pub mod networks;
pub mod notifications;
pub mod organisations;
pub mod partners;
pub mod people;
pub mod research;
pub mod research_plans;
pub mod review;
pub mod schemes;
pub mod trial_changes;
pub mod trial_documents;
pub mod trial_funds;
pub mod trial_indicators;
pub mod trial_regulations;
pub mod trial_reports;
pub mod trials;
pub mod users;

use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;

/// Every API route, each registered once with the path its `#[utoipa::path]` names; a
/// `routes!` groups the methods of one path. `base` is what the document says besides its
/// paths (`openapi::base`), given by the caller so that this module does not
/// import the document's module, which imports it.
pub fn routes(base: utoipa::openapi::OpenApi) -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(base)
        // The signed-in user's own account.
        .routes(routes!(me::show, me::update))
        .routes(routes!(me::tokens, me::create_token))
        .routes(routes!(me::revoke_token))
        .routes(routes!(notifications::list))
        .routes(routes!(notifications::mark_read))
        .routes(routes!(assessment::queue))
        // The registry and accounts.
        .routes(routes!(organisations::list))
        .routes(routes!(organisations::show))
        .routes(routes!(organisations::import))
        .routes(routes!(users::list, users::create))
        .routes(routes!(people::list))
        .routes(routes!(people::invite))
        .routes(routes!(people::deactivate))
        .routes(routes!(people::appoint))
        // Schemes, rounds, themes and proposals.
        .routes(routes!(schemes::list, schemes::create))
        .routes(routes!(schemes::show, schemes::update))
        .routes(routes!(schemes::update_rules))
        .routes(routes!(schemes::change_status))
        .routes(routes!(schemes::add_theme))
        .routes(routes!(schemes::add_round))
        .routes(routes!(schemes::proposals, schemes::create_proposal))
        .routes(routes!(schemes::proposals_csv))
        .routes(routes!(schemes::endorse))
        .routes(routes!(schemes::adopt))
        .routes(routes!(schemes::decline))
        // Applications and the journal.
        .routes(routes!(applications::round_list))
        .routes(routes!(applications::list, applications::create))
        .routes(routes!(
            applications::show,
            applications::save,
            applications::delete
        ))
        .routes(routes!(applications::eligibility))
        .routes(routes!(applications::submit))
        .routes(routes!(applications::withdraw))
        .routes(routes!(applications::journal))
        // The law catalogue and the rule finder.
        .routes(routes!(law::search))
        .routes(routes!(law::provision))
        .routes(routes!(dossier::dossier))
        .routes(routes!(law::act))
        .routes(routes!(law::suggest))
        .routes(routes!(law::cite))
        .routes(routes!(law_sync::show))
        .routes(routes!(law_sync::start))
        // Decisions and trials.
        .routes(routes!(decisions::show, decisions::decide))
        .routes(routes!(decisions::approve))
        .routes(routes!(decisions::list))
        .routes(routes!(decisions::trial))
        // Trials in operation (issue 13).
        .routes(routes!(trials::list))
        .routes(routes!(trials::state))
        .routes(routes!(trials::history))
        .routes(routes!(trials::step))
        // Testbeds' partners (issue 15, item 5).
        .routes(routes!(partners::list, partners::register))
        .routes(routes!(partners::check_identifier))
        .routes(routes!(partners::breaches))
        .routes(routes!(partners::show))
        .routes(routes!(
            partners::trial_partners,
            partners::add_trial_partner
        ))
        .routes(routes!(partners::add_demand))
        .routes(routes!(partners::add_value))
        .routes(routes!(partners::reviews, partners::save_reviews))
        .routes(routes!(partners::acknowledge))
        // Networks, guidance, the learning log and learning questions (issue 15, item 4).
        .routes(routes!(networks::list, networks::create))
        .routes(routes!(networks::show))
        .routes(routes!(networks::set_members))
        .routes(routes!(networks::add_reference))
        .routes(routes!(networks::guidance, networks::write_article))
        .routes(routes!(networks::guidance_item, networks::save_guidance))
        .routes(routes!(networks::ask))
        .routes(routes!(networks::entries, networks::write_entry))
        .routes(routes!(networks::reply))
        .routes(routes!(networks::publish))
        .routes(routes!(
            networks::learning_questions,
            networks::set_learning_questions
        ))
        // The policy lab's barrier register (issue 15, item 1).
        .routes(routes!(barriers::list, barriers::report))
        .routes(routes!(barriers::show))
        .routes(routes!(barriers::support, barriers::withdraw))
        .routes(routes!(barriers::link_provision))
        .routes(routes!(barriers::triage))
        .routes(routes!(barriers::change_status))
        .routes(routes!(barriers::merge))
        // Research teams (issue 14, item 1).
        .routes(routes!(
            research::organisations,
            research::create_organisation
        ))
        // The policy lab: roll-ups, the gap list and investigations.
        .routes(routes!(lab::overview))
        .routes(routes!(lab::ranking))
        .routes(routes!(lab::provision))
        .routes(routes!(lab::gaps))
        .routes(routes!(lab::investigations, lab::create))
        .routes(routes!(lab::show))
        .routes(routes!(lab::log_activity))
        .routes(routes!(lab::conclude))
        .routes(routes!(research::researchers))
        .routes(routes!(research::set_membership))
        .routes(routes!(research::scheme_research))
        .routes(routes!(research::assign_scheme, research::unassign_scheme))
        .routes(routes!(research::assign_theme, research::unassign_theme))
        .routes(routes!(trials::researchers))
        .routes(routes!(
            trials::assign_researcher,
            trials::unassign_researcher
        ))
        // A trial's change requests (issue 13, items 4 and 5).
        .routes(routes!(trial_changes::list, trial_changes::submit))
        .routes(routes!(trial_changes::show))
        .routes(routes!(trial_changes::decide))
        .routes(routes!(trial_changes::withdraw))
        // A trial's indicators over time (issue 13, item 2).
        .routes(routes!(trial_indicators::list, trial_indicators::define))
        .routes(routes!(trial_indicators::revise))
        .routes(routes!(trial_indicators::report))
        .routes(routes!(trial_indicators::review))
        .routes(routes!(trial_indicators::import))
        // Participants' local regulations (issue 13, item 1).
        .routes(routes!(trial_regulations::list))
        .routes(routes!(trial_regulations::show))
        .routes(routes!(trial_regulations::edit_text))
        .routes(routes!(trial_regulations::adopt))
        .routes(routes!(trial_regulations::approve))
        // A trial's status reports (issue 13, item 3).
        .routes(routes!(trial_reports::list))
        .routes(routes!(trial_reports::show, trial_reports::save))
        .routes(routes!(trial_reports::submit))
        .routes(routes!(trial_reports::accept))
        .routes(routes!(trial_reports::return_for_revision))
        .routes(routes!(
            trial_reports::schedule,
            trial_reports::set_schedule
        ))
        // A trial's documents (issue 13, item 6).
        .routes(routes!(trial_documents::list, trial_documents::upload))
        .routes(routes!(trial_documents::show))
        .routes(routes!(trial_documents::content))
        .routes(routes!(trial_documents::set_public))
        // Stimulus funds (issue 13, item 7).
        .routes(routes!(
            trial_funds::budget,
            trial_funds::set_budget,
            trial_funds::remove_budget
        ))
        .routes(routes!(trial_funds::trial_funds))
        .routes(routes!(trial_funds::grant))
        .routes(routes!(trial_funds::pay))
        .routes(routes!(trial_funds::report_spending))
        // Research plans (issue 14, item 2).
        .routes(routes!(
            research_plans::trial_plans,
            research_plans::create_trial_plan
        ))
        .routes(routes!(
            research_plans::scheme_plans,
            research_plans::create_scheme_plan
        ))
        .routes(routes!(research_plans::show, research_plans::save))
        .routes(routes!(research_plans::register))
        .routes(routes!(research_plans::amend))
        // Evaluations (issue 14, item 3).
        .routes(routes!(
            evaluations::trial_evaluations,
            evaluations::create_trial_evaluation
        ))
        .routes(routes!(
            evaluations::scheme_evaluations,
            evaluations::create_scheme_evaluation
        ))
        .routes(routes!(evaluations::show, evaluations::save))
        .routes(routes!(evaluations::publish))
        .routes(routes!(evaluations::correct))
        // Generalisation outcomes and a scheme's results (issue 14, items 4 and 6).
        .routes(routes!(
            generalisation::trial_outcomes,
            generalisation::record_outcome
        ))
        .routes(routes!(generalisation::scheme_results))
        // Review: legal screening and clarification.
        .routes(routes!(review::screening))
        .routes(routes!(review::record_screening))
        .routes(routes!(review::clarifications, review::ask))
        .routes(routes!(review::answer))
        .routes(routes!(review::amend))
        // Assessment: assessors, scoring, ranking.
        .routes(routes!(assessment::show))
        .routes(routes!(assessment::save_scores))
        .routes(routes!(assessment::set_consensus))
        .routes(routes!(assessment::add_note))
        .routes(routes!(assessment::declare_conflict))
        .routes(routes!(assessment::state_no_conflict))
        .routes(routes!(assessment::submit))
        .routes(routes!(assessment::request_consensus))
        .routes(routes!(assessment::assign))
        .routes(routes!(assessment::unassign))
        .routes(routes!(assessment::assign_bulk))
        .routes(routes!(assessment::ranking))
}
