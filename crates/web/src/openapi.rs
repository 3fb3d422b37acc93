//! The OpenAPI 3.1 document, generated from the API's route table and its handlers'
//! annotations.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::handlers::api::{self, assessment, dto};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Frirum API",
        description = "National experimentation schemes for municipalities: the registry, accounts, schemes, theme proposals, applications and the law catalogue. Authenticate with a personal token: `Authorization: Bearer frirum_…`. Every error answers with `{\"error\": {\"code\", \"message\", \"details\"}}`.",
        license(name = "EUPL-1.2"),
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

/// What the document says besides its paths: the title, the shared schemas, the security
/// scheme and the tags. The paths come from the route table.
pub fn base() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// The document as served at `/api/openapi.json`: built from the same route table as the
/// router.
pub fn document() -> utoipa::openapi::OpenApi {
    api::routes(base()).into_openapi()
}

/// The document as pretty JSON, for the snapshot test and the `frirum openapi` command.
pub fn openapi_json() -> String {
    document()
        .to_pretty_json()
        .expect("the document serialises")
}
