//! The OpenAPI 3.1 document, generated from the handlers' annotations.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::handlers::api::{
    applications, assessment, decisions, dto, law, me, notifications, organisations, review,
    schemes, users,
};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Frirum API",
        description = "National experimentation schemes for municipalities: the registry, accounts, schemes, theme proposals, applications and the law catalogue. Authenticate with a personal token: `Authorization: Bearer frirum_…`. Every error answers with `{\"error\": {\"code\", \"message\", \"details\"}}`.",
        license(name = "EUPL-1.2"),
    ),
    paths(
        me::show, me::update, me::tokens, me::create_token, me::revoke_token,
        organisations::list, organisations::show, organisations::import,
        users::list, users::create,
        schemes::list, schemes::create, schemes::show, schemes::update, schemes::update_rules,
        schemes::change_status, schemes::add_theme, schemes::add_round,
        schemes::proposals, schemes::create_proposal, schemes::proposals_csv,
        schemes::endorse, schemes::adopt, schemes::decline,
        applications::list, applications::round_list, applications::create, applications::show,
        applications::save, applications::eligibility, applications::submit,
        applications::withdraw, applications::journal,
        law::search, law::act, law::provision, law::suggest, law::cite,
        decisions::decide, decisions::show, decisions::list, decisions::trial,
        review::screening, review::record_screening, review::clarifications, review::ask,
        review::answer, review::amend,
        assessment::queue, assessment::show, assessment::save_scores, assessment::set_consensus,
        assessment::add_note, assessment::declare_conflict, assessment::assign,
        assessment::unassign, assessment::assign_bulk, assessment::ranking,
        // Notifications.
        notifications::list, notifications::mark_read,
    ),
    components(schemas(dto::ErrorEnvelope, dto::ErrorBody,
        assessment::ScoreInput, assessment::ScoresInput, assessment::AssessorsInput,
        assessment::BulkAssignInput, assessment::ConflictInput, assessment::NoteInput)),
    modifiers(&BearerAuth),
    tags(
        (name = "registry", description = "Municipalities, county municipalities and regions of Denmark, Norway and Sweden"),
        (name = "account", description = "The signed-in user's own account, tokens and notifications"),
        (name = "accounts", description = "Accounts (secretariat only)"),
        (name = "schemes", description = "Schemes, their versioned rules, themes and rounds"),
        (name = "proposals", description = "Theme proposals from municipalities while a scheme is prepared"),
        (name = "applications", description = "Applications: drafts, eligibility, submission"),
        (name = "journal", description = "The case journal (secretariat)"),
        (name = "decisions", description = "Decisions on applications (public once made) and the trials approval creates"),
        (name = "review", description = "The review of submitted applications: legal screening, clarification, amended exemptions"),
        (name = "assessment", description = "Assessors, conflicts of interest, scores, consensus, private notes and a round's ranking"),
        (name = "law", description = "The law catalogue and the rule finder: search, acts, provisions, suggestions from a plain description, citations"),
    )
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The document as served at `/api/openapi.json`.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// The document as pretty JSON, for the snapshot test and the `frirum openapi` command.
pub fn openapi_json() -> String {
    document()
        .to_pretty_json()
        .expect("the document serialises")
}
