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
        (name = "trials", description = "Trials in operation: the public list, a trial's current state and its history of changes, the steps of its life, the researchers who follow it"),
        (name = "regulations", description = "Each trial participant's local regulation: drafted from the decision, adopted by the council, approved by the secretariat where the scheme requires it; the trial starts when all are in force"),
        (name = "indicators", description = "Trials' indicators measured over time (IATI results: measure, baseline, periods with target and actual): actuals reported by the participants, in JSON or as the CSV the export writes, approved or returned by the secretariat and the trial's researchers; approved periods are locked"),
        (name = "reports", description = "Trials' status reports and milestones: due reports written and submitted by the participants, accepted or returned by the secretariat, and each scheme's reporting schedule"),
        (name = "changes", description = "Trials' change requests: typed changes (period, participants, objectives, exemptions, on hold, early end) with the values before and after, major ones decided by the secretariat (exemptions screened again), minor ones recorded at once; an extension beyond the legal limit is refused with the limit"),
        (name = "documents", description = "Trials' documents: files attached to a trial or its records (type checked by content, size-limited, SHA-256 in the case journal), downloadable by those who may read them, public where the secretariat publishes them"),
        (name = "funds", description = "Stimulus funds: a scheme's budget, grants to trials, their payments and the spending trials report (amounts in minor units; field names after 360Giving)"),
        (name = "partners", description = "Testbeds' partners: the partner register with national identifiers checked by their check digits (NO organisasjonsnummer, SE organisationsnummer, DK CVR-nummer), a trial's partners with the demands placed on them and the public values protected, each status report's verdicts on them (kept, at risk, breached), and the breaches the secretariat acknowledges"),
        (name = "lab", description = "The policy lab: roll-ups of the barrier register (per provision, the provisions that block most, counts by status per root cause, theme and affected group), the gap list of confirmed barriers with no trial yet, and the lab's investigations (hypothesis, participants, an append-only activity log, and a conclusion that moves the barriers)"),
        (name = "networks", description = "Networks of trials and municipalities: a coordinator, member organisations, trials and political and administrative reference groups; the secretariat's guidance (articles and answered questions, every edit a new version with who, when and why); the learning log (what was tried, learned and would be done differently, tagged to trials, indicators and provisions, with replies), private to the network until its author publishes an entry; and each trial's learning questions, answered in its reports"),
        (name = "barriers", description = "The policy lab's barrier register: obstacles reported in plain words, supported, linked to provisions, triaged, moved through their statuses and merged"),
        (name = "research", description = "Research teams: research organisations and their researchers, and the researchers assigned to a whole scheme (the joint evaluation) or to a theme (a network of trials)"),
        (name = "evaluations", description = "Evaluations of a trial or of a whole scheme (joint evaluations), of process, results or transferability: findings with the strength of their evidence linked to the trial's indicators and granted exemptions, a recommendation with reasons per exemption; drafts written by the assigned researchers, published once and frozen, corrections recorded beside; embargoed ones only announced to the public until their date"),
        (name = "research_plans", description = "Registered research plans of a trial or of a whole scheme (joint plans): drafts edited by the assigned researchers against the version they saw, registered as frozen version 1, later changed only by amendments with a reason; registered plans are public, drafts only to the secretariat and the assigned researchers"),
        (name = "generalisation", description = "Generalisation: what became of each granted exemption of an ended trial (the country's categories, reasons, evaluations, the resulting act as a resolved citation), and a scheme's results at a glance"),
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
/// router, with the error answers every operation can give by its shape.
pub fn document() -> utoipa::openapi::OpenApi {
    let mut document = api::routes(base()).into_openapi();
    shared_errors(&mut document);
    unique_operation_ids(&mut document);
    document
}

/// Operation ids are the handlers' names (`list`, `show`), which repeat across areas; the
/// specification wants each unique, and client generators name their methods after them,
/// so each is prefixed with its operation's tag (`applications_list`).
fn unique_operation_ids(document: &mut utoipa::openapi::OpenApi) {
    for item in document.paths.paths.values_mut() {
        let operations = [
            item.get.as_mut(),
            item.put.as_mut(),
            item.post.as_mut(),
            item.delete.as_mut(),
            item.patch.as_mut(),
        ];
        for operation in operations.into_iter().flatten() {
            let tag = operation.tags.iter().flatten().next().cloned();
            if let (Some(tag), Some(id)) = (tag, operation.operation_id.as_mut())
                && !id.starts_with(&format!("{tag}_"))
            {
                *id = format!("{tag}_{id}");
            }
        }
    }
}

/// An error answer shared by many operations: its status, its name among the document's
/// responses, and what it means.
struct SharedError {
    status: &'static str,
    name: &'static str,
    description: &'static str,
}

const BAD_REQUEST: SharedError = SharedError {
    status: "400",
    name: "BadRequest",
    description: "`invalid_json`: the body is not JSON; `invalid_path`: a path parameter does not parse",
};
const UNAUTHORIZED: SharedError = SharedError {
    status: "401",
    name: "Unauthorized",
    description: "`invalid_token`: the token is unknown or revoked; `unauthenticated`: the operation needs a signed-in user",
};
const FORBIDDEN: SharedError = SharedError {
    status: "403",
    name: "Forbidden",
    description: "`forbidden`: the user's role or relation to the case does not allow it; `csrf_failed`: a browser session sent no valid `X-CSRF-Token`",
};
const NOT_FOUND: SharedError = SharedError {
    status: "404",
    name: "NotFound",
    description: "`not_found`: nothing the user may see has this id",
};
const PAYLOAD_TOO_LARGE: SharedError = SharedError {
    status: "413",
    name: "PayloadTooLarge",
    description: "`payload_too_large`: the body is larger than the server's limit",
};
const UNSUPPORTED_MEDIA_TYPE: SharedError = SharedError {
    status: "415",
    name: "UnsupportedMediaType",
    description: "`unsupported_media_type`: the body is not `application/json`",
};
const TOO_MANY_REQUESTS: SharedError = SharedError {
    status: "429",
    name: "TooManyRequests",
    description: "`rate_limited`: the public API (a call without credentials) was called from this address faster than its allowance; `Retry-After` says after how many seconds to call again",
};
const UNPROCESSABLE: SharedError = SharedError {
    status: "422",
    name: "UnprocessableEntity",
    description: "A field or parameter is unknown, missing or invalid (`unknown_field`, `missing_field`, `invalid_field`, `too_long`, …); `details.field` names it",
};

/// Adds to every operation the error answers its shape allows, where its own annotation
/// has not described them already: a bad token is refused everywhere, path parameters can
/// fail to parse or name nothing, a body can be malformed, too large, of the wrong type or
/// invalid, query parameters can be invalid, and a change or a secured operation can be
/// forbidden. The errors particular to one operation (409, a 422 with its own codes) stay
/// in its annotation.
fn shared_errors(document: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::Required;
    use utoipa::openapi::header::HeaderBuilder;
    use utoipa::openapi::path::{HttpMethod, ParameterIn};
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};

    let all = [
        BAD_REQUEST,
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND,
        PAYLOAD_TOO_LARGE,
        UNSUPPORTED_MEDIA_TYPE,
        UNPROCESSABLE,
        TOO_MANY_REQUESTS,
    ];
    let components = document.components.get_or_insert_with(Default::default);
    for error in &all {
        let mut response = ResponseBuilder::new()
            .description(error.description)
            .content(
                "application/json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("ErrorEnvelope")))
                    .build(),
            );
        if error.status == TOO_MANY_REQUESTS.status {
            response = response.header(
                "Retry-After",
                HeaderBuilder::new()
                    .schema(ObjectBuilder::new().schema_type(Type::Integer))
                    .description(Some("Seconds to wait before calling again"))
                    .build(),
            );
        }
        let response = response.build();
        components
            .responses
            .insert(error.name.to_owned(), response.into());
    }

    for item in document.paths.paths.values_mut() {
        let operations = [
            (HttpMethod::Get, item.get.as_mut()),
            (HttpMethod::Put, item.put.as_mut()),
            (HttpMethod::Post, item.post.as_mut()),
            (HttpMethod::Delete, item.delete.as_mut()),
            (HttpMethod::Patch, item.patch.as_mut()),
        ];
        for (method, operation) in operations {
            let Some(operation) = operation else { continue };
            let has = |place: ParameterIn| {
                operation
                    .parameters
                    .iter()
                    .flatten()
                    .any(|p| p.parameter_in == place)
            };
            let in_path = has(ParameterIn::Path);
            let in_query = has(ParameterIn::Query);
            let body = operation.request_body.is_some();
            // A body that may be left out is read whatever its declared type.
            let typed_body = operation
                .request_body
                .as_ref()
                .is_some_and(|b| b.required == Some(Required::True));
            let secured = operation.security.as_ref().is_some_and(|s| !s.is_empty());
            let changes = method != HttpMethod::Get;
            let applies = [
                (BAD_REQUEST, in_path || body),
                (UNAUTHORIZED, true),
                (FORBIDDEN, secured || changes),
                (NOT_FOUND, in_path),
                (PAYLOAD_TOO_LARGE, body),
                (UNSUPPORTED_MEDIA_TYPE, typed_body),
                (UNPROCESSABLE, body || in_query),
                // Any operation called without credentials counts against the address.
                (TOO_MANY_REQUESTS, true),
            ];
            for (error, applies) in applies {
                if applies {
                    operation
                        .responses
                        .responses
                        .entry(error.status.to_owned())
                        .or_insert_with(|| Ref::from_response_name(error.name).into());
                }
            }
        }
    }
}

/// The document as pretty JSON, for the snapshot test and the `frirum openapi` command.
pub fn openapi_json() -> String {
    document()
        .to_pretty_json()
        .expect("the document serialises")
}
