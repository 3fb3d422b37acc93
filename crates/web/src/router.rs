//! The route table and the layers around it.

use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::routing::{get, post};
use axum::{Json, Router, middleware};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::handlers::{api, ops, pages};
use crate::{AppState, context, etag, extract, metrics, openapi};

const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; \
     object-src 'none'";

/// Builds the whole application.
pub fn router(state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    let body_limit = state.config.body_limit;
    let timeout = state.config.request_timeout;

    let pages = Router::new()
        .route("/", get(pages::home::show))
        .route("/login", get(pages::auth::form).post(pages::auth::submit))
        .route("/logout", post(pages::auth::logout))
        .route("/login/oidc/{provider}", get(pages::sign_in::start))
        .route(
            "/login/oidc/{provider}/callback",
            get(pages::sign_in::callback),
        )
        .route("/language", post(pages::auth::choose_language))
        .route(
            "/account",
            get(pages::account::show).post(pages::account::update),
        )
        .route("/account/password", post(pages::account::change_password))
        .route("/account/security", get(pages::security::show))
        .route(
            "/account/sessions/{id}/end",
            post(pages::security::end_session),
        )
        .route(
            "/account/second-factor",
            get(pages::security::enrol_own_form).post(pages::security::enrol_own_submit),
        )
        .route(
            "/account/second-factor/disable",
            post(pages::security::disable_own),
        )
        .route(
            "/login/code",
            get(pages::security::code_form).post(pages::security::code_submit),
        )
        .route(
            "/login/enrol",
            get(pages::security::enrol_form).post(pages::security::enrol_submit),
        )
        .route("/account/tokens", post(pages::account::create_token))
        .route(
            "/account/tokens/{id}/revoke",
            post(pages::account::revoke_token),
        )
        .route("/organisations", get(pages::organisations::list))
        .route(
            "/organisations/{country}/{code}",
            get(pages::organisations::show),
        )
        .route(
            "/admin/users",
            get(pages::users::list).post(pages::users::create),
        )
        .route(
            "/admin/users/{id}/security",
            get(pages::security::person_show),
        )
        .route(
            "/admin/users/{id}/security/end-sessions",
            post(pages::security::person_end_sessions),
        )
        .route(
            "/admin/users/{id}/security/reset-second-factor",
            post(pages::security::person_reset_second_factor),
        )
        .route(
            "/people/{id}/sessions",
            get(pages::security::colleague_sessions),
        )
        .route(
            "/people/{id}/sessions/end",
            post(pages::security::colleague_end_sessions),
        )
        .route("/people", get(pages::people::list))
        .route("/people/invitations", post(pages::people::invite))
        .route(
            "/people/{id}/deactivate",
            get(pages::people::confirm_deactivation).post(pages::people::deactivate),
        )
        .route("/people/{id}/people-admin", post(pages::people::appoint))
        .route(
            "/invitations/{secret}",
            get(pages::people::invitation).post(pages::people::accept),
        )
        .route(
            "/invitations/{secret}/oidc/{provider}",
            get(pages::sign_in::start_for_invitation),
        )
        .route(
            "/admin/registry",
            get(pages::import::form).post(pages::import::submit),
        )
        .route(
            "/admin/law-sync",
            get(pages::law_sync::show).post(pages::law_sync::start),
        )
        .route("/admin/operations", get(pages::operations::show))
        .route(
            "/schemes",
            get(pages::schemes::list).post(pages::schemes::create),
        )
        .route("/schemes/new", get(pages::schemes::new_form))
        .route("/schemes/{id}", get(pages::schemes::show))
        .route("/schemes/{id}/status", post(pages::schemes::change_status))
        .route("/schemes/{id}/themes", post(pages::schemes::add_theme))
        .route("/schemes/{id}/rounds", post(pages::schemes::add_round))
        .route("/schemes/{id}/rules", post(pages::schemes::update_rules))
        .route(
            "/schemes/{id}/proposals",
            get(pages::schemes::proposals).post(pages::schemes::create_proposal),
        )
        .route(
            "/schemes/{id}/proposals.csv",
            get(api::schemes::proposals_csv),
        )
        .route("/proposals/{id}/endorse", post(pages::schemes::endorse))
        .route("/proposals/{id}/decide", post(pages::schemes::decide))
        .route("/rounds/{id}", get(pages::schemes::round))
        .route("/rounds/{id}/apply", post(pages::applications::start))
        .route("/applications", get(pages::applications::mine))
        .route("/applications/{id}", get(pages::applications::show))
        .route(
            "/applications/{id}/edit",
            get(pages::applications::edit).post(pages::applications::save),
        )
        .route(
            "/applications/{id}/submit",
            get(pages::applications::submit_confirm).post(pages::applications::submit),
        )
        .route(
            "/applications/{id}/withdraw",
            post(pages::applications::withdraw),
        )
        .route(
            "/applications/{id}/receipt",
            get(pages::applications::receipt),
        )
        .route("/applications/{id}/print", get(pages::applications::print))
        .route(
            "/applications/{id}/delete",
            get(pages::applications::delete_form).post(pages::applications::delete),
        )
        .route("/journal/{kind}/{id}", get(pages::schemes::journal))
        .route("/rule-finder", get(pages::law::rule_finder))
        .route("/provisions/{id}", get(pages::law::provision))
        .route("/provisions/{id}/proposal", get(pages::dossier::proposal))
        .route(
            "/provisions/{id}/proposal.pdf",
            get(pages::dossier::proposal_pdf),
        )
        .route(
            "/trials/{id}/adopt",
            get(pages::dossier::adopt_form).post(pages::dossier::adopt),
        )
        .route("/acts/{id}", get(pages::law::act))
        .route(
            "/applications/{id}/suggest",
            get(pages::law::application_suggestions),
        )
        .route(
            "/applications/{id}/exemptions",
            post(pages::law::link_provision),
        )
        // Decisions and trials.
        .route(
            "/applications/{id}/decide",
            get(pages::decisions::form).post(pages::decisions::submit),
        )
        .route("/applications/{id}/decision", get(pages::decisions::show))
        .route(
            "/applications/{id}/decision/letter",
            get(pages::decisions::letter),
        )
        .route("/decisions", get(pages::decisions::list))
        .route("/decisions.atom", get(pages::decisions::feed))
        // The public statistics and each scheme's Atom feeds (issue 17, items 1 and 3).
        .route("/statistics", get(pages::statistics::show))
        .route("/statistics/{file}", get(pages::statistics::csv))
        .route("/schemes/{id}/feeds/{file}", get(pages::feeds::scheme_feed))
        // Open data: the page with the data dictionary, and the files the job built.
        .route("/open-data", get(pages::open_data::page))
        .route("/open-data/{file}", get(pages::open_data::download))
        .route(
            "/schemes/{id}/open-data.zip",
            get(pages::open_data::scheme_zip),
        )
        .route(
            "/schemes/{id}/open-data.json",
            get(pages::open_data::scheme_json),
        )
        .route(
            "/schemes/{id}/open-data.xlsx",
            get(pages::open_data::scheme_xlsx),
        )
        // The policy lab: roll-ups, the gap list and investigations.
        .route("/lab", get(pages::lab::overview))
        .route("/lab/provisions", get(pages::lab::ranking))
        .route("/lab/gaps", get(pages::lab::gaps))
        .route("/lab/{file}", get(pages::lab::rollup_csv))
        .route(
            "/lab/investigations",
            get(pages::lab::investigations).post(pages::lab::create),
        )
        .route("/lab/investigations/new", get(pages::lab::new_form))
        .route(
            "/barriers/{id}/start/{kind}",
            get(pages::lab::start_form).post(pages::lab::start),
        )
        .route("/lab/investigations/{id}", get(pages::lab::investigation))
        .route(
            "/lab/investigations/{id}/activities",
            post(pages::lab::log_activity),
        )
        .route(
            "/lab/investigations/{id}/conclusion",
            post(pages::lab::conclude),
        )
        // The policy lab's barrier register.
        .route("/barriers", get(pages::barriers::register))
        .route(
            "/barriers/new",
            get(pages::barriers::new_form).post(pages::barriers::create),
        )
        .route("/barriers/{id}", get(pages::barriers::show))
        .route("/barriers/{id}/support", post(pages::barriers::support))
        .route("/barriers/{id}/withdraw", post(pages::barriers::withdraw))
        .route("/barriers/{id}/provisions", post(pages::barriers::link))
        .route("/barriers/{id}/triage", post(pages::barriers::triage))
        .route(
            "/barriers/{id}/status",
            post(pages::barriers::change_status),
        )
        .route(
            "/barriers/{id}/merge",
            get(pages::barriers::merge_confirm).post(pages::barriers::merge),
        )
        .route(
            "/schemes/{id}/barriers/report",
            get(pages::barriers::public_form).post(pages::barriers::public_create),
        )
        .route(
            "/schemes/{id}/barriers/settings",
            post(pages::barriers::public_setting),
        )
        // Trials in operation.
        .route("/research/teams", get(pages::research_teams::teams))
        .route(
            "/research/organisations",
            post(pages::research_teams::create_organisation),
        )
        .route("/research/members", post(pages::research_teams::set_member))
        .route(
            "/schemes/{id}/research",
            get(pages::research_teams::scheme_page).post(pages::research_teams::assign),
        )
        .route(
            "/schemes/{id}/research/remove",
            post(pages::research_teams::unassign),
        )
        // Networks with their guidance and learning log (issue 15, item 4).
        .route(
            "/networks",
            get(pages::networks::list).post(pages::networks::create),
        )
        .route("/networks/new", get(pages::networks::new))
        .route("/networks/{id}", get(pages::networks::show))
        .route("/networks/{id}/entries", post(pages::networks::write_entry))
        .route(
            "/networks/{id}/entries/{entry}/publish",
            post(pages::networks::publish),
        )
        .route(
            "/networks/{id}/entries/{entry}/replies",
            post(pages::networks::reply),
        )
        .route(
            "/networks/{id}/entries/{entry}/hide",
            post(pages::networks::hide),
        )
        .route(
            "/networks/{id}/reference",
            post(pages::networks::add_reference),
        )
        .route(
            "/networks/{id}/reference/{member}/remove",
            post(pages::networks::remove_reference),
        )
        .route("/networks/{id}/questions", post(pages::networks::ask))
        .route(
            "/networks/{id}/guidance",
            post(pages::networks::write_article),
        )
        .route(
            "/networks/{id}/guidance/{gid}",
            get(pages::networks::guidance).post(pages::networks::save_guidance),
        )
        .route(
            "/trials/{id}/learning-questions",
            get(pages::networks::questions).post(pages::networks::save_questions),
        )
        .route("/trials", get(pages::trials::list))
        .route("/trials/{id}", get(pages::trials::show))
        .route("/trials/{id}/status", post(pages::trials::transition))
        .route(
            "/trials/{id}/researchers",
            post(pages::trials::assign_researcher),
        )
        .route(
            "/trials/{id}/researchers/{user_id}/remove",
            post(pages::trials::unassign_researcher),
        )
        // Generalisation outcomes and a scheme's results (issue 14, items 4 and 6).
        .route(
            "/trials/{id}/outcomes",
            get(pages::generalisation::show).post(pages::generalisation::record),
        )
        .route("/schemes/{id}/results", get(pages::generalisation::results))
        .route(
            "/schemes/{id}/results/{file}",
            get(pages::generalisation::results_csv),
        )
        // A trial's change requests (issue 13, items 4 and 5).
        .route(
            "/trials/{id}/changes/new",
            get(pages::trial_changes::new_form),
        )
        .route("/trials/{id}/changes", post(pages::trial_changes::submit))
        .route(
            "/trials/{id}/changes/{change_id}",
            get(pages::trial_changes::show),
        )
        .route(
            "/trials/{id}/changes/{change_id}/decision",
            post(pages::trial_changes::decide),
        )
        .route(
            "/trials/{id}/changes/{change_id}/withdraw",
            post(pages::trial_changes::withdraw),
        )
        // A trial's indicators over time (issue 13, item 2).
        .route(
            "/trials/{id}/indicators",
            get(pages::trial_indicators::show),
        )
        .route(
            "/trials/{id}/indicators.csv",
            get(pages::trial_indicators::export_csv),
        )
        .route(
            "/trials/{id}/indicators/new",
            post(pages::trial_indicators::define),
        )
        .route(
            "/trials/{id}/indicators/{indicator_id}/revise",
            post(pages::trial_indicators::revise),
        )
        .route(
            "/trials/{id}/indicators/import",
            post(pages::trial_indicators::import),
        )
        .route(
            "/trials/{id}/indicators/periods/{period_id}",
            post(pages::trial_indicators::report),
        )
        .route(
            "/trials/{id}/indicators/updates/{update_id}/review",
            post(pages::trial_indicators::review),
        )
        // A trial's status reports (issue 13, item 3).
        .route(
            "/trials/{id}/reports/{report_id}",
            get(pages::trial_reports::show).post(pages::trial_reports::write),
        )
        .route(
            "/trials/{id}/reports/{report_id}/decision",
            post(pages::trial_reports::decide),
        )
        .route(
            "/schemes/{id}/reporting",
            get(pages::trial_reports::schedule_form).post(pages::trial_reports::schedule_submit),
        )
        // Participants' local regulations (issue 13, item 1), and a scheme's setting of
        // whether the secretariat approves them.
        .route(
            "/trials/{id}/regulations/{organisation_id}",
            get(pages::trial_regulations::show).post(pages::trial_regulations::save_text),
        )
        .route(
            "/trials/{id}/regulations/{organisation_id}/adoption",
            post(pages::trial_regulations::adopt),
        )
        .route(
            "/trials/{id}/regulations/{organisation_id}/approval",
            post(pages::trial_regulations::approve),
        )
        .route(
            "/trials/{id}/regulations/{organisation_id}/print",
            get(pages::trial_regulations::print),
        )
        .route(
            "/schemes/{id}/regulations",
            get(pages::trial_regulations::settings).post(pages::trial_regulations::save_settings),
        )
        // Testbeds' partners (issue 15, item 5): the register, a trial's partners, their
        // agreements (uploads, as a trial's documents) and the breaches of their demands.
        .route(
            "/partners",
            get(pages::partners::list).post(pages::partners::register),
        )
        .route("/partners/{id}", get(pages::partners::show))
        .route(
            "/trials/{id}/partners",
            get(pages::partners::trial).post(pages::partners::add),
        )
        .route(
            "/trials/{id}/partners/{tp}/items",
            post(pages::partners::add_item),
        )
        .route(
            "/trials/{id}/partners/{tp}/agreements",
            post(pages::partners::attach),
        )
        .route(
            "/trials/{id}/reports/{report_id}/breaches/{item_id}",
            get(pages::partners::breach).post(pages::partners::acknowledge),
        )
        // A trial's documents (issue 13, item 6): the upload's body may be as large as the
        // document limit (`AppState::body_limit`).
        .route(
            "/trials/{id}/documents",
            post(pages::trial_documents::upload),
        )
        .route(
            "/trials/{id}/documents/new",
            get(pages::trial_documents::new_form),
        )
        .route(
            "/trials/{id}/documents/{document_id}",
            get(pages::trial_documents::download),
        )
        .route(
            "/trials/{id}/documents/{document_id}/public",
            post(pages::trial_documents::set_public),
        )
        // Research plans (issue 14, item 2): a trial's and a scheme's joint plans.
        .route(
            "/trials/{id}/plans",
            get(pages::research_plans::trial_list).post(pages::research_plans::trial_create),
        )
        .route(
            "/trials/{id}/plans/new",
            get(pages::research_plans::trial_new),
        )
        .route(
            "/trials/{id}/plans/{plan_id}",
            get(pages::research_plans::trial_show),
        )
        .route(
            "/trials/{id}/plans/{plan_id}/edit",
            get(pages::research_plans::trial_edit_form).post(pages::research_plans::trial_edit),
        )
        .route(
            "/trials/{id}/plans/{plan_id}/register",
            get(pages::research_plans::trial_register_form)
                .post(pages::research_plans::trial_register),
        )
        .route(
            "/trials/{id}/plans/{plan_id}/compare",
            get(pages::research_plans::trial_compare),
        )
        .route(
            "/schemes/{id}/plans",
            get(pages::research_plans::scheme_list).post(pages::research_plans::scheme_create),
        )
        .route(
            "/schemes/{id}/plans/new",
            get(pages::research_plans::scheme_new),
        )
        .route(
            "/schemes/{id}/plans/{plan_id}",
            get(pages::research_plans::scheme_show),
        )
        .route(
            "/schemes/{id}/plans/{plan_id}/edit",
            get(pages::research_plans::scheme_edit_form).post(pages::research_plans::scheme_edit),
        )
        .route(
            "/schemes/{id}/plans/{plan_id}/register",
            get(pages::research_plans::scheme_register_form)
                .post(pages::research_plans::scheme_register),
        )
        .route(
            "/schemes/{id}/plans/{plan_id}/compare",
            get(pages::research_plans::scheme_compare),
        )
        // Evaluations (issue 14, item 3): a trial's and a scheme's joint evaluations.
        .route(
            "/trials/{id}/evaluations",
            get(pages::evaluations::trial_list).post(pages::evaluations::trial_create),
        )
        .route(
            "/trials/{id}/evaluations/new",
            get(pages::evaluations::trial_new),
        )
        .route(
            "/trials/{id}/evaluations/{eid}",
            get(pages::evaluations::trial_show),
        )
        .route(
            "/trials/{id}/evaluations/{eid}/edit",
            get(pages::evaluations::trial_edit_form).post(pages::evaluations::trial_edit),
        )
        .route(
            "/trials/{id}/evaluations/{eid}/findings",
            post(pages::evaluations::trial_finding_add),
        )
        .route(
            "/trials/{id}/evaluations/{eid}/findings/new",
            get(pages::evaluations::trial_finding_new),
        )
        .route(
            "/trials/{id}/evaluations/{eid}/findings/{number}",
            get(pages::evaluations::trial_finding_form)
                .post(pages::evaluations::trial_finding_update),
        )
        .route(
            "/trials/{id}/evaluations/{eid}/findings/{number}/delete",
            post(pages::evaluations::trial_finding_delete),
        )
        .route(
            "/trials/{id}/evaluations/{eid}/recommendations",
            get(pages::evaluations::trial_recommendations_form)
                .post(pages::evaluations::trial_recommendations),
        )
        .route(
            "/trials/{id}/evaluations/{eid}/publish",
            get(pages::evaluations::trial_publish_form).post(pages::evaluations::trial_publish),
        )
        .route(
            "/trials/{id}/evaluations/{eid}/corrections",
            post(pages::evaluations::trial_correct),
        )
        .route(
            "/trials/{id}/evaluations/{eid}/report",
            post(pages::evaluations::trial_report),
        )
        .route(
            "/trials/{id}/evaluations/{eid}/report/{document_id}",
            get(pages::evaluations::trial_report_download),
        )
        .route(
            "/schemes/{id}/evaluations",
            get(pages::evaluations::scheme_list).post(pages::evaluations::scheme_create),
        )
        .route(
            "/schemes/{id}/evaluations/new",
            get(pages::evaluations::scheme_new),
        )
        .route(
            "/schemes/{id}/evaluations/{eid}",
            get(pages::evaluations::scheme_show),
        )
        .route(
            "/schemes/{id}/evaluations/{eid}/edit",
            get(pages::evaluations::scheme_edit_form).post(pages::evaluations::scheme_edit),
        )
        .route(
            "/schemes/{id}/evaluations/{eid}/findings",
            post(pages::evaluations::scheme_finding_add),
        )
        .route(
            "/schemes/{id}/evaluations/{eid}/findings/new",
            get(pages::evaluations::scheme_finding_new),
        )
        .route(
            "/schemes/{id}/evaluations/{eid}/findings/{number}",
            get(pages::evaluations::scheme_finding_form)
                .post(pages::evaluations::scheme_finding_update),
        )
        .route(
            "/schemes/{id}/evaluations/{eid}/findings/{number}/delete",
            post(pages::evaluations::scheme_finding_delete),
        )
        .route(
            "/schemes/{id}/evaluations/{eid}/recommendations",
            get(pages::evaluations::scheme_recommendations_form)
                .post(pages::evaluations::scheme_recommendations),
        )
        .route(
            "/schemes/{id}/evaluations/{eid}/publish",
            get(pages::evaluations::scheme_publish_form).post(pages::evaluations::scheme_publish),
        )
        .route(
            "/schemes/{id}/evaluations/{eid}/corrections",
            post(pages::evaluations::scheme_correct),
        )
        .route(
            "/schemes/{id}/evaluations/{eid}/report",
            post(pages::evaluations::scheme_report),
        )
        .route(
            "/schemes/{id}/evaluations/{eid}/report/{document_id}",
            get(pages::evaluations::scheme_report_download),
        )
        // Stimulus funds (issue 13, item 7): a scheme's budget, a trial's funds.
        .route(
            "/schemes/{id}/budget",
            get(pages::trial_funds::budget).post(pages::trial_funds::set_budget),
        )
        .route("/trials/{id}/funds", get(pages::trial_funds::show))
        .route(
            "/trials/{id}/funds/allocations",
            post(pages::trial_funds::allocate),
        )
        .route("/trials/{id}/funds/payments", post(pages::trial_funds::pay))
        .route(
            "/trials/{id}/funds/spending",
            post(pages::trial_funds::report_spending),
        )
        .route(
            "/applications/{id}/decision/approve",
            post(pages::decisions::approve),
        )
        .route(
            "/applications/{id}/decision/letter.pdf",
            get(pages::decisions::letter_pdf),
        )
        .route(
            "/schemes/{id}/decision-settings",
            get(pages::decisions::settings_form).post(pages::decisions::settings_submit),
        )
        // Review: legal screening and clarification.
        .route(
            "/applications/{id}/screening",
            get(pages::review::screening).post(pages::review::record_screening),
        )
        .route(
            "/applications/{id}/clarification",
            get(pages::review::clarification).post(pages::review::ask),
        )
        .route(
            "/applications/{id}/clarification/{cid}/answer",
            post(pages::review::answer),
        )
        .route(
            "/applications/{id}/exemptions/remove",
            post(pages::review::remove_exemption),
        )
        // Assessment (issue 5): assessors, scoring, ranking.
        .route("/assessments", get(pages::assessment::queue))
        .route(
            "/applications/{id}/assessment",
            get(pages::assessment::show),
        )
        .route(
            "/applications/{id}/assessment/scores",
            post(pages::assessment::save_scores),
        )
        .route(
            "/applications/{id}/assessment/consensus",
            post(pages::assessment::set_consensus),
        )
        .route(
            "/applications/{id}/assessment/notes",
            post(pages::assessment::add_note),
        )
        .route(
            "/applications/{id}/assessment/conflict",
            post(pages::assessment::declare_conflict),
        )
        .route(
            "/applications/{id}/assessment/statement",
            post(pages::assessment::state_no_conflict),
        )
        .route(
            "/applications/{id}/assessment/submit",
            post(pages::assessment::submit),
        )
        .route(
            "/applications/{id}/assessment/consensus-request",
            post(pages::assessment::request_consensus),
        )
        .route(
            "/applications/{id}/assessment/assessors",
            post(pages::assessment::assign),
        )
        .route(
            "/applications/{id}/assessment/assessors/{user_id}/remove",
            post(pages::assessment::unassign),
        )
        .route("/rounds/{id}/ranking", get(pages::assessment::ranking))
        .route(
            "/rounds/{id}/assignments",
            post(pages::assessment::assign_bulk),
        )
        .route(
            "/rounds/{id}/ranking.csv",
            get(api::assessment::ranking_csv),
        )
        .route(
            "/rounds/{id}/ranking.xlsx",
            get(api::assessment::ranking_xlsx),
        )
        // Notifications.
        .route("/notifications", get(pages::notifications::list))
        .route(
            "/notifications/read-all",
            post(pages::notifications::mark_all_read),
        )
        .route(
            "/notifications/{id}/read",
            post(pages::notifications::mark_read),
        );

    // The API's one route table, which the OpenAPI document is generated from too.
    let (api, _) = api::routes(openapi::base()).split_for_parts();

    Router::new()
        .merge(pages)
        .merge(api)
        .route("/api/openapi.json", get(|| async { Json(openapi::document()) }))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/static/app.css", get(ops::stylesheet))
        .route("/static/favicon.svg", get(ops::favicon))
        .route("/favicon.ico", get(ops::favicon))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, timeout))
        .layer(CatchPanicLayer::new())
        // Inside the context, so that its refusals are rendered like any other error.
        .layer(middleware::from_fn_with_state(state.clone(), extract::check_text))
        .layer(middleware::from_fn_with_state(state.clone(), context::middleware))
        // Outside the context, so that a 304 keeps the caching headers it sets.
        .layer(middleware::from_fn(etag::middleware))
        // Every request above is counted by its route's template; /metrics itself is not,
        // and sits outside the context, which would take its token for an API token.
        .layer(middleware::from_fn(metrics::track))
        .route("/metrics", get(metrics::serve))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
            let id = request
                .headers()
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-");
            tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id = %id)
        }))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(state)
}
