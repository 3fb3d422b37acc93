//! The HTML pages: their data, and the context every page shares (language, visitor, CSRF
//! token). The markup is in `templates/`, compiled and escaped by askama.

use frirum_app::Error;
use frirum_domain::authz::{self, Action};
use std::sync::Arc;

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::Html;
use frirum_domain::{
    Country, Language, Organisation, OrganisationKind, Page, PopulationFigure, Role, User,
};
use frirum_store::ApiToken;
use time::{Date, OffsetDateTime};

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use frirum_app::I18n;

/// What every page needs besides its own data.
#[derive(Clone)]
pub struct PageContext {
    pub lang: Language,
    pub user: Option<User>,
    pub csrf_token: String,
    pub path: String,
    /// Shown in the header beside the link to the notifications.
    pub unread_notifications: u64,
    i18n: Arc<I18n>,
}

/// One entry of the language switcher.
pub struct LanguageChoice {
    pub tag: &'static str,
    pub autonym: &'static str,
    pub current: bool,
}

impl PageContext {
    pub fn new(state: &AppState, ctx: &RequestContext) -> Self {
        PageContext {
            lang: ctx.lang,
            user: ctx.user.clone(),
            csrf_token: ctx.csrf_token.clone(),
            path: ctx.path.clone(),
            unread_notifications: ctx.unread_notifications,
            i18n: state.i18n.clone(),
        }
    }

    /// A translated message.
    pub fn t(&self, id: &str) -> String {
        self.i18n.t(self.lang, id)
    }

    /// A translated message with one argument.
    pub fn t1(&self, id: &str, name: &str, value: impl ToString) -> String {
        self.i18n
            .t_args(self.lang, id, &[(name, value.to_string().into())])
    }

    pub fn languages(&self) -> Vec<LanguageChoice> {
        Language::ALL
            .into_iter()
            .map(|l| LanguageChoice {
                tag: l.tag(),
                autonym: l.autonym(),
                current: l == self.lang,
            })
            .collect()
    }

    /// Whether the visitor may take the action, to show what leads to it.
    pub fn may(&self, action: Action) -> bool {
        authz::authorize(self.user.as_ref().map(|u| u.role), action).is_ok()
    }

    /// Whether the visitor runs the scheme (to show the secretariat's pages).
    pub fn is_admin(&self) -> bool {
        self.may(Action::ManageSchemes)
    }

    /// Whether the visitor assesses applications (to show the queue in the navigation).
    pub fn is_assessor(&self) -> bool {
        self.may(Action::AssessApplications)
    }

    /// Whether a navigation link leads to the current page or a page below it.
    pub fn current(&self, prefix: &str) -> bool {
        let path = self.path.split('?').next().unwrap_or_default();
        if prefix == "/" {
            path == "/"
        } else {
            path == prefix || path.starts_with(&format!("{prefix}/"))
        }
    }

    pub fn role_name(&self, role: &Role) -> String {
        self.t(&format!("role-{role}"))
    }

    pub fn kind_name(&self, kind: &OrganisationKind) -> String {
        self.t(&format!("kind-{kind}"))
    }

    pub fn country_name(&self, country: &Country) -> String {
        self.t(&format!("country-{country}"))
    }

    /// A whole number grouped by thousands the way the language writes it.
    pub fn number(&self, n: &u64) -> String {
        let digits = n.to_string();
        let separator = match self.lang {
            Language::En => ",",
            Language::Da => ".",
            // Norwegian and Swedish group with a (non-breaking) space.
            _ => "\u{a0}",
        };
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(separator);
            }
            out.push(c);
        }
        out
    }

    /// A date written out in the language ("1. januar 2024", "1 January 2024").
    pub fn date(&self, date: &Date) -> String {
        let month = self.t(&format!("month-{}", u8::from(date.month())));
        match self.lang {
            Language::En | Language::Sv => format!("{} {month} {}", date.day(), date.year()),
            _ => format!("{}. {month} {}", date.day(), date.year()),
        }
    }

    /// The date of a moment in UTC, written out.
    pub fn day(&self, at: &OffsetDateTime) -> String {
        self.date(&at.date())
    }

    /// A moment in UTC, to the minute.
    pub fn moment(&self, at: &OffsetDateTime) -> String {
        format!(
            "{} {:02}:{:02} UTC",
            self.date(&at.date()),
            at.hour(),
            at.minute()
        )
    }

    pub fn population(&self, figure: &PopulationFigure) -> String {
        self.number(&figure.population)
    }
}

impl FromRequestParts<AppState> for PageContext {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let ctx = RequestContext::from_request_parts(parts, state).await?;
        Ok(PageContext::new(state, &ctx))
    }
}

/// An error that may be a use case's refusal, which forms explain in the visitor's words.
pub trait UseCaseError: std::fmt::Display {
    fn use_case_error(&self) -> Option<&Error>;
}

impl UseCaseError for Error {
    fn use_case_error(&self) -> Option<&Error> {
        Some(self)
    }
}

impl UseCaseError for AppError {
    fn use_case_error(&self) -> Option<&Error> {
        self.app()
    }
}

/// Renders a page into an HTML response body.
pub trait RenderHtml: Template {
    fn render_html(&self) -> Result<Html<String>, AppError> {
        Ok(Html(self.render()?))
    }
}

impl<T: Template> RenderHtml for T {}

/// Links to the neighbouring pages of a list, keeping the other query parameters.
pub struct Pager {
    pub status: String,
    pub previous: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    pub fn new<T>(ctx: &PageContext, page: &Page<T>, base: &str, query: &[(&str, String)]) -> Self {
        let link = |n: u32| {
            let mut params = form_urlencoded::Serializer::new(String::new());
            for (k, v) in query.iter().filter(|(_, v)| !v.is_empty()) {
                params.append_pair(k, v);
            }
            params.append_pair("page", &n.to_string());
            format!("{base}?{}", params.finish())
        };
        Pager {
            status: ctx.i18n.t_args(
                ctx.lang,
                "pagination-status",
                &[
                    ("page", page.page.into()),
                    ("pages", page.page_count().into()),
                    ("total", page.total.into()),
                ],
            ),
            previous: page.has_previous().then(|| link(page.page - 1)),
            next: page.has_next().then(|| link(page.page + 1)),
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub ctx: PageContext,
    pub status: u16,
    pub title: String,
    pub message: String,
}

impl ErrorPage {
    pub fn new(ctx: PageContext, err: &AppError) -> Self {
        let status = err.status().as_u16();
        let title = ctx.t(&format!("error-{status}-title"));
        let title = if title.starts_with("error-") {
            ctx.t("error-other-title")
        } else {
            title
        };
        let message = match err {
            AppError::App(Error::TooManyLogins { retry_after_secs }) => {
                ctx.t1("login-throttled", "minutes", retry_after_secs.div_ceil(60))
            }
            AppError::CsrfFailed => ctx.t("error-csrf"),
            // Refusals of a case's rules say which rule, in the visitor's language.
            AppError::App(
                Error::ConflictOfInterest
                | Error::NotAssigned
                | Error::NoOpenClarification
                | Error::AlreadyDecided
                | Error::Decision(_),
            ) => ctx.error_message(err),
            _ => ctx.t(&format!("error-{status}-message")),
        };
        ErrorPage {
            ctx,
            status,
            title,
            message,
        }
    }
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub ctx: PageContext,
    pub counts: Vec<(Country, u64)>,
}

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub ctx: PageContext,
    pub email: String,
    pub next: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub ctx: PageContext,
    pub account: User,
    /// The tag of the account's own language, empty for automatic.
    pub selected_language: String,
    pub tokens: Page<ApiToken>,
    pub pager: Pager,
    /// A token just created, shown this once.
    pub new_token: Option<String>,
    pub notice: Option<String>,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "organisations.html")]
pub struct OrganisationsPage {
    pub ctx: PageContext,
    pub query: String,
    pub country: String,
    pub kind: String,
    pub results: Page<Organisation>,
    pub pager: Pager,
}

#[derive(Template)]
#[template(path = "organisation.html")]
pub struct OrganisationPage {
    pub ctx: PageContext,
    pub organisation: Organisation,
    pub parent: Option<Organisation>,
    pub history: Vec<PopulationFigure>,
    pub members: Page<Organisation>,
    pub pager: Pager,
}

/// The values of the new-account form, kept when it is shown again with an error.
#[derive(Default)]
pub struct UserFormValues {
    pub email: String,
    pub name: String,
    pub role: String,
    pub organisation: String,
}

#[derive(Template)]
#[template(path = "users.html")]
pub struct UsersPage {
    pub ctx: PageContext,
    pub users: Page<User>,
    pub pager: Pager,
    pub form: UserFormValues,
    pub roles: Vec<Role>,
    pub notice: Option<String>,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "import.html")]
pub struct ImportPage {
    pub ctx: PageContext,
    pub notice: Option<String>,
    pub error: Option<String>,
}

// --- Schemes, proposals, applications and the journal ---------------------------------------

impl PageContext {
    /// A field error in the visitor's language.
    pub fn field_error(&self, err: &frirum_domain::text::FieldError) -> String {
        use frirum_domain::text::Problem;
        let field = err.field.clone();
        let args: Vec<(&str, frirum_app::i18n::FluentValue<'_>)> = match &err.problem {
            Problem::TooLong { max_chars, chars } => vec![
                ("field", field.into()),
                ("max", (*max_chars).into()),
                ("chars", (*chars).into()),
            ],
            Problem::TooMany { max } => vec![("field", field.into()), ("max", (*max).into())],
            Problem::OutOfRange { min, max } => vec![
                ("field", field.into()),
                ("min", min.clone().into()),
                ("max", max.clone().into()),
            ],
            Problem::UnknownOrganisation { reference } => {
                vec![
                    ("field", field.into()),
                    ("reference", reference.clone().into()),
                ]
            }
            _ => vec![("field", field.into())],
        };
        self.i18n
            .t_args(self.lang, &format!("problem-{}", err.code()), &args)
    }

    /// The message for an error shown inside a form.
    pub fn error_message(&self, err: &impl UseCaseError) -> String {
        let Some(err) = err.use_case_error() else {
            return err.to_string();
        };
        match err {
            Error::Field(e) => self.field_error(e),
            Error::NotEligible(report) => {
                let Some(failure) = report.first_failure() else {
                    return self.t("submit-refused");
                };
                let facts = serde_json::Value::Object(failure.facts.clone());
                format!(
                    "{} {}",
                    self.t("submit-refused"),
                    self.rule_text(&failure.reason, &facts)
                )
            }
            Error::EditConflict { current } => self.t1("error-edit-conflict", "version", current),
            Error::ApplicationSubmitted { .. } => self.t("error-application-submitted"),
            Error::AlreadyDecided => self.t("error-already-decided"),
            Error::Decision(e) => self.decision_error(e),
            Error::RulesInUse { submitted, .. } => {
                self.t1("error-rules-in-use", "count", submitted)
            }
            Error::NoOpenClarification => self.t("error-no-open-clarification"),
            Error::Scoring(frirum_domain::scoring::ScoringError::OutOfScale { max, .. }) => {
                self.t1("assessment-error-out-of-scale", "max", max)
            }
            Error::ConflictOfInterest => self.t("assessment-error-conflict"),
            Error::NotAssigned => self.t("assessment-error-not-assigned"),
            Error::NotAnAssessor { .. } => self.t("assessment-error-not-assessor"),
            Error::NotSubmitted { .. } => self.t("assessment-error-not-submitted"),
            other => other.to_string(),
        }
    }

    /// Why a decision was refused, in the visitor's language.
    pub fn decision_error(&self, err: &frirum_domain::decision::DecisionError) -> String {
        use frirum_domain::decision::DecisionError;
        match err {
            DecisionError::Field(e) => self.field_error(e),
            DecisionError::ScreeningConflict { items } => {
                self.t1("error-screening_conflict", "items", items.join("; "))
            }
            DecisionError::NotRequested { exemption }
            | DecisionError::GrantedTwice { exemption } => {
                self.t1(&format!("error-{}", err.code()), "number", exemption + 1)
            }
            DecisionError::OutsideRequest {
                exemption,
                provision_id,
            } => self.i18n.t_args(
                self.lang,
                "error-provision_outside_request",
                &[
                    ("number", (exemption + 1).to_string().into()),
                    ("provision", provision_id.to_string().into()),
                ],
            ),
            DecisionError::PeriodTooLong { months, max_months } => self.i18n.t_args(
                self.lang,
                "error-period_too_long",
                &[
                    ("months", months.to_string().into()),
                    ("max", max_months.to_string().into()),
                ],
            ),
            DecisionError::NothingGranted | DecisionError::NotDecidable => {
                self.t(&format!("error-{}", err.code()))
            }
        }
    }

    /// One eligibility rule's reason, with its figures, in the visitor's language.
    pub fn rule_text(&self, reason: &str, facts: &serde_json::Value) -> String {
        let mut args: Vec<(&str, frirum_app::i18n::FluentValue<'_>)> = Vec::new();
        if let Some(map) = facts.as_object() {
            for (k, v) in map {
                let value: frirum_app::i18n::FluentValue<'_> = match v {
                    serde_json::Value::Number(n) => match n.as_u64() {
                        Some(u) => self.number(&u).into(),
                        None => n.to_string().into(),
                    },
                    serde_json::Value::String(s) => s.clone().into(),
                    _ => continue,
                };
                args.push((k.as_str(), value));
            }
        }
        self.i18n
            .t_args(self.lang, &format!("rule-{reason}"), &args)
    }

    pub fn status_name(&self, status: &str) -> String {
        self.t(&format!("status-{status}"))
    }

    /// The wall-clock time of a round's moment, as the scheme's country reads it.
    pub fn local(&self, t: &frirum_domain::clock::LocalTime) -> String {
        format!(
            "{} {:02}:{:02} ({})",
            self.date(&t.local.date()),
            t.local.hour(),
            t.local.minute(),
            t.time_zone
        )
    }

    pub fn json_text(&self, value: &serde_json::Value) -> String {
        match value {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => "—".into(),
            other => other.to_string(),
        }
    }
}

pub struct RoundView {
    pub round: frirum_domain::scheme::Round,
    pub phase: String,
}

#[derive(Template)]
#[template(path = "schemes.html")]
pub struct SchemesPage {
    pub ctx: PageContext,
    pub schemes: Page<frirum_domain::scheme::Scheme>,
    pub pager: Pager,
}

#[derive(Template)]
#[template(path = "scheme.html")]
pub struct SchemePage {
    pub ctx: PageContext,
    pub scheme: frirum_domain::scheme::Scheme,
    pub invitation_html: String,
    pub themes: Vec<frirum_domain::scheme::Theme>,
    pub rounds: Vec<RoundView>,
    pub next_statuses: Vec<&'static str>,
    pub can_apply: bool,
    pub notice: Option<String>,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "scheme_form.html")]
pub struct SchemeFormPage {
    pub ctx: PageContext,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "proposals.html")]
pub struct ProposalsPage {
    pub ctx: PageContext,
    pub scheme: frirum_domain::scheme::Scheme,
    pub proposals: Page<frirum_domain::scheme::ThemeProposal>,
    pub pager: Pager,
    pub can_propose: bool,
    pub own_organisation: Option<i64>,
    pub notice: Option<String>,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "round.html")]
pub struct RoundPage {
    pub ctx: PageContext,
    pub scheme: frirum_domain::scheme::Scheme,
    pub round: RoundView,
    pub applications: Page<frirum_store::ApplicationSummary>,
    pub pager: Pager,
    pub can_apply: bool,
    pub shows_list: bool,
}

#[derive(Template)]
#[template(path = "my_applications.html")]
pub struct MyApplicationsPage {
    pub ctx: PageContext,
    pub applications: Page<frirum_store::ApplicationSummary>,
    pub pager: Pager,
}

pub struct ThemeChoice {
    pub id: i64,
    pub title: String,
    pub priority: bool,
    pub chosen: bool,
}

#[derive(Template)]
#[template(path = "application.html")]
pub struct ApplicationPage {
    pub ctx: PageContext,
    pub application: frirum_domain::application::Application,
    /// The requested exemptions with the citations found in their references.
    pub exemptions: Vec<ExemptionView>,
    pub scheme: frirum_domain::scheme::Scheme,
    pub round: frirum_domain::scheme::Round,
    pub themes: Vec<ThemeChoice>,
    pub report: frirum_domain::eligibility::Report,
    pub can_edit: bool,
    pub can_journal: bool,
    /// The decision, once made; the secretariat may decide while there is none.
    pub decision: Option<frirum_domain::decision::Decision>,
    pub can_decide: bool,
    pub notice: Option<String>,
    pub print: bool,
    /// The review stage's name, for a submitted application.
    pub review_stage: Option<String>,
    /// Links to the legal screening and to the clarification thread.
    pub can_screen: bool,
    pub can_clarify: bool,
}

pub struct ObjectiveRow {
    pub indicator: String,
    pub unit: String,
    pub baseline: String,
    pub target: String,
    pub date: String,
}

#[derive(Template)]
#[template(path = "application_form.html")]
pub struct ApplicationFormPage {
    pub ctx: PageContext,
    pub application: frirum_domain::application::Application,
    pub scheme: frirum_domain::scheme::Scheme,
    pub version: i64,
    pub content: frirum_domain::application::ApplicationContent,
    pub members: Vec<String>,
    pub themes: Vec<ThemeChoice>,
    pub objectives: Vec<ObjectiveRow>,
    pub exemptions: Vec<frirum_domain::application::RequestedExemption>,
    pub partners: Vec<frirum_domain::application::Partner>,
    pub funds: String,
    pub report: frirum_domain::eligibility::Report,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "journal.html")]
pub struct JournalPage {
    pub ctx: PageContext,
    pub title: String,
    pub back: String,
    pub entries: Page<frirum_domain::journal::JournalEntry>,
    pub pager: Pager,
}

impl PageContext {
    pub fn outcome_key(&self, o: &frirum_domain::eligibility::Outcome) -> &'static str {
        match o {
            frirum_domain::eligibility::Outcome::Passed => "passed",
            frirum_domain::eligibility::Outcome::Failed => "failed",
            frirum_domain::eligibility::Outcome::NotApplicable => "not_applicable",
        }
    }

    pub fn rule_outcome_text(&self, r: &frirum_domain::eligibility::RuleOutcome) -> String {
        self.rule_text(&r.reason, &serde_json::Value::Object(r.facts.clone()))
    }

    /// The population figures a rule used, one line per organisation.
    pub fn figures(&self, r: &frirum_domain::eligibility::RuleOutcome) -> Vec<String> {
        let Some(list) = r.facts.get("figures").and_then(|f| f.as_array()) else {
            return Vec::new();
        };
        list.iter()
            .map(|f| {
                let population = f["population"]
                    .as_u64()
                    .map_or_else(|| self.t("population-unknown"), |p| self.number(&p));
                let date = f["reference_date"].as_str().unwrap_or("—");
                let mut line = format!(
                    "{} ({}): {population} ({date})",
                    self.json_text(&f["organisation"]),
                    self.json_text(&f["code"])
                );
                if f["uncertain"].as_bool() == Some(true) {
                    line.push_str(" — ");
                    line.push_str(&self.t("population-uncertain"));
                }
                line
            })
            .collect()
    }
}

impl PageContext {
    /// A translated message whose id is a prefix and a key, such as `phase-` and `open`.
    pub fn tp(&self, prefix: &str, key: impl std::fmt::Display) -> String {
        self.t(&format!("{prefix}{key}"))
    }

    /// An instant as the wall clock in a time zone read it.
    pub fn local_at(&self, at: &OffsetDateTime, time_zone: &str) -> String {
        frirum_domain::clock::LocalTime::of(*at, time_zone)
            .map(|t| self.local(&t))
            .unwrap_or_default()
    }
}

/// A suggested provision, with its reasons in the visitor's language.
pub struct SuggestionView {
    pub id: i64,
    pub label: String,
    pub heading: String,
    pub act: String,
    pub reasons: Vec<String>,
}

/// A search hit, its snippet split into plain and highlighted parts.
pub struct HitView {
    pub id: i64,
    pub label: String,
    pub heading: String,
    pub act: String,
    pub parts: Vec<(String, bool)>,
}

#[derive(Template)]
#[template(path = "rule_finder.html")]
pub struct RuleFinderPage {
    pub ctx: PageContext,
    pub description: String,
    pub q: String,
    pub jurisdiction: String,
    pub suggestions: Vec<SuggestionView>,
    pub hits: Vec<HitView>,
    pub searched: bool,
    pub notice: Option<String>,
    pub indexed: u64,
}

#[derive(Template)]
#[template(path = "provision.html")]
pub struct ProvisionPage {
    pub ctx: PageContext,
    pub provision: frirum_store::law::StoredProvision,
    pub act: frirum_store::law::StoredAct,
    pub requested_by: u64,
    pub applications: Vec<frirum_store::ApplicationSummary>,
}

#[derive(Template)]
#[template(path = "act.html")]
pub struct ActPage {
    pub ctx: PageContext,
    pub act: frirum_store::law::StoredAct,
    pub provisions: Vec<frirum_store::law::StoredProvision>,
}

#[derive(Template)]
#[template(path = "application_suggestions.html")]
pub struct ApplicationSuggestionsPage {
    pub ctx: PageContext,
    pub application_id: i64,
    pub title: String,
    pub version: i64,
    pub suggestions: Vec<SuggestionView>,
    /// Where "back" leads: the draft's form, or the clarification thread.
    pub back: String,
}

/// A citation in an exemption's reference: a link when it resolves to the catalogue, a flag
/// for the secretariat when it does not.
pub struct CitationLink {
    pub text: String,
    pub provision_id: Option<i64>,
}

pub struct ExemptionView {
    pub exemption: frirum_domain::application::RequestedExemption,
    pub citations: Vec<CitationLink>,
}

// --- Decisions and trials ---------------------------------------------------------------

/// A provision as a decision names it, with a link to the catalogue.
pub struct ProvisionLink {
    pub id: i64,
    pub label: String,
    pub heading: String,
}

/// One requested exemption on the decision form.
pub struct DecideGrantRow {
    pub index: usize,
    pub exemption: frirum_domain::application::RequestedExemption,
    pub granted: bool,
    /// The exemption names an act: its provisions can be ticked to narrow the grant.
    pub narrowable: bool,
    /// The exemption names a policy area: provisions are named by their catalogue numbers.
    pub open: bool,
    pub choices: Vec<(ProvisionLink, bool)>,
    pub any_ticked: bool,
    pub typed_ids: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "decide.html")]
pub struct DecidePage {
    pub ctx: PageContext,
    pub application: frirum_domain::application::Application,
    pub rows: Vec<DecideGrantRow>,
    pub conflicts: Vec<String>,
    pub max_months: Option<u32>,
    pub regulation_kinds: Vec<frirum_domain::decision::RegulationKind>,
    pub input: crate::handlers::pages::decisions::DecideInput,
    pub message: Option<String>,
}

/// A granted exemption with the provisions it is narrowed to.
pub struct GrantView {
    pub grant: frirum_domain::decision::GrantedExemption,
    pub provisions: Vec<ProvisionLink>,
}

#[derive(Template)]
#[template(path = "decision.html")]
pub struct DecisionPage {
    pub ctx: PageContext,
    pub decision: frirum_domain::decision::Decision,
    pub grants: Vec<GrantView>,
    pub application: frirum_domain::application::Application,
    pub scheme: frirum_domain::scheme::Scheme,
    pub can_read_application: bool,
    pub already: bool,
}

#[derive(Template)]
#[template(path = "letter.html")]
pub struct LetterPage {
    pub ctx: PageContext,
    pub decision: frirum_domain::decision::Decision,
    pub grants: Vec<GrantView>,
    pub trial: Option<frirum_domain::decision::Trial>,
    pub application: frirum_domain::application::Application,
    pub scheme: frirum_domain::scheme::Scheme,
}

#[derive(Template)]
#[template(path = "decisions.html")]
pub struct DecisionListPage {
    pub ctx: PageContext,
    pub decisions: Page<frirum_domain::decision::DecisionSummary>,
}

#[derive(Template)]
#[template(path = "trial.html")]
pub struct TrialPage {
    pub ctx: PageContext,
    pub trial: frirum_domain::decision::Trial,
    pub grants: Vec<GrantView>,
}

// --- Review: legal screening and clarification ----------------------------------------------

/// One judgement as a page shows it.
pub struct ScreeningEntryView {
    pub item_text: String,
    /// The Fluent id of the outcome's name.
    pub outcome_key: String,
    pub reason: String,
    pub by: String,
    pub at: String,
}

/// One checklist item with its current judgement and the form's values.
pub struct ScreeningItemView {
    pub index: usize,
    pub text: String,
    pub current: Option<ScreeningEntryView>,
    /// The outcome to check in the form: the current one, or the one just refused.
    pub chosen: String,
    pub draft_reason: String,
}

#[derive(Template)]
#[template(path = "screening.html")]
pub struct ScreeningPage {
    pub ctx: PageContext,
    pub application_id: i64,
    pub heading: String,
    pub rules_version: i64,
    pub items: Vec<ScreeningItemView>,
    pub history: Vec<ScreeningEntryView>,
    pub blocking: Vec<frirum_domain::screening::Finding>,
    pub doubtful: Vec<frirum_domain::screening::Finding>,
    pub complete: bool,
    pub can_record: bool,
    /// Each outcome's value and name.
    pub outcomes: Vec<(String, String)>,
    pub notice: Option<String>,
    pub error: Option<String>,
}

/// A question and its answer as a page shows them.
pub struct ClarificationView {
    pub id: i64,
    pub question: String,
    pub asked_by: String,
    pub asked_at: String,
    pub answer: Option<String>,
    pub answered_by: String,
    pub answered_at: String,
}

#[derive(Template)]
#[template(path = "clarification.html")]
pub struct ClarificationPage {
    pub ctx: PageContext,
    pub application_id: i64,
    pub heading: String,
    /// The review stage's name.
    pub stage: Option<String>,
    pub thread: Vec<ClarificationView>,
    pub can_ask: bool,
    pub can_answer: bool,
    pub can_amend: bool,
    pub version: i64,
    /// The requested exemptions: place and reference.
    pub exemptions: Vec<(usize, String)>,
    pub draft_question: String,
    pub notice: Option<String>,
    pub error: Option<String>,
}

// --- Assessment (issue 5: assessors, scoring, ranking) ------------------------------------

#[derive(Template)]
#[template(path = "assessments.html")]
pub struct AssessmentsPage {
    pub ctx: PageContext,
    pub items: Vec<frirum_store::QueueItem>,
    pub done: Option<String>,
    pub error: Option<String>,
}

/// One criterion's line in a score form.
pub struct ScoreFormRow {
    pub index: usize,
    pub criterion: String,
    pub description: String,
    pub weight: f64,
    pub score: String,
    pub comment: String,
}

/// One criterion's scores and the value that counts, for those who may see them.
pub struct CriterionView {
    pub criterion: String,
    pub weight: f64,
    /// Assessor name, score, comment.
    pub scores: Vec<(String, i64, String)>,
    /// Assessors who have not scored it.
    pub missing: Vec<String>,
    pub mean: String,
    pub value: String,
    pub source: String,
}

/// A bonus with why it applied or not.
pub struct BonusView {
    pub label: String,
    pub applied: bool,
    pub points: String,
    pub why: String,
}

/// A note in thread order.
pub struct NoteView {
    pub note: frirum_domain::assessment::Note,
    pub reply: bool,
}

#[derive(Template)]
#[template(path = "assessment.html")]
pub struct AssessmentPage {
    pub ctx: PageContext,
    pub application_id: i64,
    pub case_number: String,
    pub title: String,
    pub scheme_title: String,
    pub round_id: i64,
    pub scale_max: u32,
    pub secretariat: bool,
    pub may_score: bool,
    pub assignments: Vec<frirum_domain::assessment::Assignment>,
    pub own_assignment: Option<frirum_domain::assessment::Assignment>,
    pub own: Vec<ScoreFormRow>,
    pub consensus_rows: Vec<ScoreFormRow>,
    pub criteria: Vec<CriterionView>,
    pub bonuses: Vec<BonusView>,
    pub total: String,
    pub weighted: String,
    pub missing: Vec<String>,
    pub has_assessment: bool,
    pub notes: Vec<NoteView>,
    /// Assessors not yet assigned, for the secretariat's form.
    pub available: Vec<User>,
    pub done: Option<String>,
    pub error: Option<String>,
}

/// One line of a round's ranking.
pub struct RankingRowView {
    pub row: frirum_app::assessment::RankingRow,
    pub rank: String,
    pub total: String,
    pub weighted: String,
    pub bonus: String,
    /// The round's line is drawn after this row.
    pub line_after: bool,
    /// Why the row is flagged: missing scores, ties.
    pub explanation: String,
}

#[derive(Template)]
#[template(path = "ranking.html")]
pub struct RankingPage {
    pub ctx: PageContext,
    pub round_id: i64,
    pub round_title: String,
    pub scheme_id: i64,
    pub scheme_title: String,
    pub target: u32,
    pub within_line: usize,
    pub tie_across_line: bool,
    pub rows: Vec<RankingRowView>,
    pub themes: Vec<frirum_domain::scheme::Theme>,
    pub theme_id: Option<i64>,
    pub status: String,
    /// The filters as a query string for the export links, with its `?`.
    pub export_query: String,
    pub assessors: Vec<User>,
    pub done: Option<String>,
    pub error: Option<String>,
}

// --- Notifications -------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "notifications.html")]
pub struct NotificationsPage {
    pub ctx: PageContext,
    pub notifications: Page<frirum_domain::notification::Notification>,
    pub pager: Pager,
}
