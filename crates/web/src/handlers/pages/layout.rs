//! What every HTML page shares: the [`PageContext`] (language, visitor, CSRF token, path,
//! unread notifications) with its formatting helpers for dates, numbers, field errors,
//! decision errors and eligibility rules; the [`Pager`] of lists; the [`ErrorPage`]; and
//! [`RenderHtml`].
//!
//! Each page's own struct sits beside its handler in `handlers/pages/<area>.rs`, its markup in
//! `templates/<area>/`. The layout templates every area uses are in `templates/layout/`:
//! `base.html` (extended by every page but the letter), `error.html`, `pager.html`, and
//! `application_table.html` (the list of applications on a round and on "my applications").
//!
//! This module imports only [`crate::error`], so the request context can render error pages
//! with it without a cycle.

use std::sync::Arc;

use askama::Template;
use axum::response::Html;
use frirum_app::{Actor, Error, I18n};
use frirum_domain::authz::{self, Action};
use frirum_domain::eligibility::{FactValue, Facts, Outcome, Reason, RuleOutcome};
use frirum_domain::{Country, Language, OrganisationKind, Page, PopulationFigure, Role, User};
use time::{Date, OffsetDateTime};

use crate::error::AppError;

/// What every page needs besides its own data.
#[derive(Clone)]
pub struct PageContext {
    pub lang: Language,
    pub user: Option<User>,
    pub csrf_token: String,
    pub path: String,
    /// Shown in the header beside the link to the notifications.
    pub unread_notifications: u64,
    /// The IANA time zone moments are shown in: the scheme's country's on a scheme's pages
    /// (see [`PageContext::in_country`]), else the visitor's organisation's country's, else
    /// the one of the interface language's country.
    pub time_zone: &'static str,
    i18n: Arc<I18n>,
}

/// One entry of the language switcher.
pub struct LanguageChoice {
    pub tag: &'static str,
    pub autonym: &'static str,
    pub current: bool,
}

impl PageContext {
    /// The context of a page shown to `actor`, with what only the request knows: its CSRF
    /// token, its path, and the visitor's unread notifications. It takes these parts rather
    /// than the request context, so that the middleware can render error pages with it
    /// while this module knows nothing of the middleware.
    pub fn new(
        i18n: Arc<I18n>,
        actor: &Actor,
        csrf_token: &str,
        path: &str,
        unread_notifications: u64,
    ) -> Self {
        let country = actor
            .user
            .as_ref()
            .and_then(|u| u.organisation.as_ref())
            .map_or(
                match actor.lang {
                    Language::Da => Country::Dk,
                    Language::Sv => Country::Se,
                    _ => Country::No,
                },
                |o| o.country,
            );
        PageContext {
            time_zone: country.time_zone(),
            lang: actor.lang,
            user: actor.user.clone(),
            csrf_token: csrf_token.to_owned(),
            path: path.to_owned(),
            unread_notifications,
            i18n,
        }
    }

    /// A translated message.
    pub fn t(&self, id: &str) -> String {
        self.i18n.t(self.lang, id)
    }

    /// Whether the interface has this message, to choose among messages without a warning.
    pub fn has(&self, id: &str) -> bool {
        self.i18n.has(id)
    }

    /// A translated message with one argument. A whole number is given as a number, so
    /// that the message can choose its plural form (`{ $count -> [one] … *[other] … }`),
    /// and also as `$number`, written with the language's grouping.
    pub fn t1(&self, id: &str, name: &str, value: impl ToString) -> String {
        let text = value.to_string();
        match text.parse::<u64>() {
            Ok(n) => self.i18n.t_args(
                self.lang,
                id,
                &[(name, n.into()), ("number", self.number(&n).into())],
            ),
            Err(_) => self.i18n.t_args(self.lang, id, &[(name, text.into())]),
        }
    }

    /// A translated message with several text arguments (`{ $case }`, `{ $time }`).
    pub fn t_texts(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<_> = args
            .iter()
            .map(|(name, value)| (*name, (*value).to_owned().into()))
            .collect();
        self.i18n.t_args(self.lang, id, &args)
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

    /// Whether the menu's list is the person's own ("My applications"): an applicant's is
    /// their organisation's, the others' every case they may read.
    pub fn may_create_applications(&self) -> bool {
        self.may(Action::CreateApplications)
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

    /// A signed whole number (an amount) grouped as the language writes it.
    pub fn whole(&self, n: &i64) -> String {
        let grouped = self.number(&n.unsigned_abs());
        if *n < 0 {
            format!("−{grouped}")
        } else {
            grouped
        }
    }

    /// A date written out in the language ("1. januar 2024", "1 January 2024").
    pub fn date(&self, date: &Date) -> String {
        let month = self.t(&format!("month-{}", u8::from(date.month())));
        match self.lang {
            Language::En | Language::Sv => format!("{} {month} {}", date.day(), date.year()),
            _ => format!("{}. {month} {}", date.day(), date.year()),
        }
    }

    /// The page's moments in the time zone of a scheme's country.
    pub fn in_country(mut self, country: Country) -> Self {
        self.time_zone = country.time_zone();
        self
    }

    /// The date of a moment in the page's time zone, written out.
    pub fn day(&self, at: &OffsetDateTime) -> String {
        match frirum_domain::clock::LocalTime::of(*at, self.time_zone) {
            Ok(t) => self.date(&t.local.date()),
            Err(_) => self.date(&at.date()),
        }
    }

    /// A moment to the minute in the page's time zone, with the zone named.
    pub fn moment(&self, at: &OffsetDateTime) -> String {
        self.local_at(at, self.time_zone)
    }

    /// A moment to the minute in a country's time zone, with the zone named: on a list
    /// whose rows belong to schemes of different countries, each row's moment in its own
    /// scheme's country's zone (a scheme's applicants are of its country).
    pub fn moment_in(&self, at: &OffsetDateTime, country: &Country) -> String {
        self.local_at(at, country.time_zone())
    }

    /// A time zone's name as people say it ("norsk tid"), or its IANA name when the
    /// interface has no name for it.
    pub fn zone_name(&self, time_zone: &str) -> String {
        let id = format!(
            "time-zone-{}",
            time_zone.to_lowercase().replace(['/', '_'], "-")
        );
        if self.i18n.has(&id) {
            self.t(&id)
        } else {
            time_zone.to_owned()
        }
    }

    /// A number with decimals as the language writes it ("1,5" in the Nordic languages,
    /// "1.5" in English), to at most `2` decimals, without trailing zeros.
    pub fn decimal(&self, n: &f64) -> String {
        if !n.is_finite() {
            return "—".to_owned();
        }
        let text = format!("{:.2}", n.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let fraction = fraction.trim_end_matches('0');
        let whole: u64 = whole.parse().unwrap_or_default();
        let mut out = String::new();
        if *n < 0.0 && (whole > 0 || !fraction.is_empty()) {
            out.push('−');
        }
        out.push_str(&self.number(&whole));
        if !fraction.is_empty() {
            out.push_str(if self.lang == Language::En { "." } else { "," });
            out.push_str(fraction);
        }
        out
    }

    /// A message with a count, in the plural form the language needs for it (the message
    /// selects on `$count`; `$number` is the count written for the language).
    pub fn tn(&self, id: &str, count: impl Into<u64>) -> String {
        let count = count.into();
        self.i18n.plural(self.lang, id, count, &self.number(&count))
    }

    pub fn population(&self, figure: &PopulationFigure) -> String {
        self.number(&figure.population)
    }

    /// A population figure's source in the visitor's language where the registry files
    /// write it in a known English form ("SSB table 07459, population 1 January 2024",
    /// "Approximation, not checked"); any other source as it was written.
    pub fn population_source(&self, source: &str) -> String {
        if source.trim() == "Approximation, not checked" {
            return self.t("population-source-approximation");
        }
        let Some((agency, date)) = source.rsplit_once(", population ") else {
            return source.to_owned();
        };
        let format =
            time::macros::format_description!("[day padding:none] [month repr:long] [year]");
        let Ok(date) = Date::parse(date.trim(), &format) else {
            return source.to_owned();
        };
        let agency = agency.replace(
            " table ",
            &format!(" {} ", self.t("population-source-table")),
        );
        self.i18n.t_args(
            self.lang,
            "population-source-dated",
            &[("agency", agency.into()), ("date", self.date(&date).into())],
        )
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
#[template(path = "layout/error.html")]
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
                ctx.login_wait(*retry_after_secs)
            }
            AppError::CsrfFailed => ctx.t("error-csrf"),
            AppError::App(
                Error::SignInState | Error::SignInToken { .. } | Error::ProviderUnavailable { .. },
            ) => ctx.t(&format!("error-{}", err.code())),
            // Refusals of a case's rules say which rule, in the visitor's language.
            AppError::App(
                Error::ConflictOfInterest
                | Error::NotAssigned
                | Error::NoOpenClarification
                | Error::AlreadyDecided
                | Error::RoundStillOpen { .. }
                | Error::NotOpenTo(_)
                | Error::Field(_)
                | Error::Decision(_)
                | Error::Rule(_),
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

impl PageContext {
    /// A field error in the visitor's language.
    pub fn field_error(&self, err: &frirum_domain::text::FieldError) -> String {
        use frirum_domain::text::Problem;
        let field = self.field_label(&err.field);
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

    /// A field's name as its form labels it, in the visitor's language, for a field path
    /// such as `title`, `members[1]` or `exemptions[1].justification` ("Exemption 2:
    /// Justification"). Several paths joined by ", " are each named.
    pub fn field_label(&self, path: &str) -> String {
        if path.contains(", ") {
            return path
                .split(", ")
                .map(|p| self.field_label(p))
                .collect::<Vec<_>>()
                .join(", ");
        }
        let (head, sub) = match path.split_once('.') {
            Some((head, sub)) => (head, Some(sub)),
            None => (path, None),
        };
        let (name, index) = match head.split_once('[') {
            Some((name, i)) => (name, i.trim_end_matches(']').parse::<u64>().ok()),
            None => (head, None),
        };
        match (index, sub) {
            (Some(i), sub) => {
                let row = self.t(&format!("field-row-{}", row_key(name)));
                let row = format!("{row} {}", self.number(&(i + 1)));
                match sub {
                    Some(sub) => format!("{row}: {}", self.label(sub, Some(name))),
                    None => row,
                }
            }
            (None, Some(sub)) => format!(
                "{}: {}",
                self.label(name, None),
                self.label(sub, Some(name))
            ),
            (None, None) => self.label(name, None),
        }
    }

    /// One field name's label; the row it is in (`partners`) tells which "name" it is.
    fn label(&self, name: &str, row: Option<&str>) -> String {
        let id = format!("field-{}", label_key(name, row));
        if self.i18n.has(&id) {
            self.t(&id)
        } else {
            // A field with no label of its own: its name in words rather than code.
            name.replace('_', " ")
        }
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
                format!(
                    "{} {}",
                    self.t("submit-refused"),
                    self.rule_text(failure.reason, &failure.facts)
                )
            }
            Error::EditConflict { current } => self.t1("error-edit-conflict", "version", current),
            Error::ApplicationSubmitted { .. } => self.t("error-application-submitted"),
            Error::AlreadyDecided => self.t("error-already-decided"),
            Error::RoundStillOpen { deadline } => self.t1(
                "error-round-still-open-until",
                "deadline",
                self.local(deadline),
            ),
            Error::Decision(e) => self.decision_error(e),
            Error::RulesInUse { submitted, .. } => {
                self.t1("error-rules-in-use", "count", submitted)
            }
            Error::NoOpenClarification => self.t("error-no-open-clarification"),
            Error::Scoring(frirum_domain::scoring::ScoringError::OutOfScale { max, .. }) => {
                self.t1("assessment-error-out-of-scale", "max", max)
            }
            Error::ConflictOfInterest => self.t("assessment-error-conflict"),
            Error::NotOpenTo(frirum_domain::admission::NotOpenTo::Country { scheme, .. }) => self
                .t1(
                    "error-not-open-country",
                    "country",
                    self.country_name(scheme),
                ),
            Error::NotOpenTo(frirum_domain::admission::NotOpenTo::Kind { kind }) => {
                self.t1("error-not-open-kind", "kind", self.kind_name(kind))
            }
            Error::Assessment(e) => self.t(&format!("error-{}", e.code())),
            Error::NotAssigned => self.t("assessment-error-not-assigned"),
            Error::NotAnAssessor { .. } => self.t("assessment-error-not-assessor"),
            Error::NotSubmitted { .. } => self.t("assessment-error-not-submitted"),
            Error::Rule(rule) => self.rule_message(rule),
            other => other.to_string(),
        }
    }

    /// A broken rule of a trial area in the visitor's language: the message `error-<code>`
    /// with the details' figures and words as its arguments, or the rule's own English
    /// message where no translation names it.
    pub fn rule_message(&self, rule: &frirum_app::BrokenRule) -> String {
        let id = format!("error-{}", rule.code);
        if !self.i18n.has(&id) {
            return rule.message.clone();
        }
        let args: Vec<(&str, frirum_app::i18n::FluentValue<'_>)> = match &rule.details {
            serde_json::Value::Object(fields) => fields
                .iter()
                .filter_map(|(name, value)| {
                    let value: frirum_app::i18n::FluentValue<'_> = match value {
                        serde_json::Value::String(s) => s.clone().into(),
                        serde_json::Value::Number(n) => match n.as_u64() {
                            Some(i) => self.number(&i).into(),
                            None => n.to_string().into(),
                        },
                        serde_json::Value::Bool(b) => b.to_string().into(),
                        _ => return None,
                    };
                    Some((name.as_str(), value))
                })
                .collect(),
            _ => Vec::new(),
        };
        self.i18n.t_args(self.lang, &id, &args)
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
            DecisionError::NothingGranted
            | DecisionError::NotDecidable
            | DecisionError::ReasonsRequired
            | DecisionError::PeriodEndsBeforeDecision
            | DecisionError::RoundStillOpen
            | DecisionError::ScreeningNotCompleted
            | DecisionError::NotConfirmed
            | DecisionError::SecondApproverRequired
            | DecisionError::NothingToApprove => self.t(&format!("error-{}", err.code())),
        }
    }

    /// One eligibility rule's reason, with its facts, in the visitor's language: the message
    /// `rule-<reason>`, its facts the arguments, numbers formatted for the language.
    pub fn rule_text(&self, reason: Reason, facts: &Facts) -> String {
        let args: Vec<(&str, frirum_app::i18n::FluentValue<'_>)> = facts
            .args()
            .into_iter()
            .map(|(name, value)| {
                let value = match value {
                    FactValue::Number(n) => self.number(&n).into(),
                    FactValue::Text(text) => self.fact_text(name, &text).into(),
                };
                (name, value)
            })
            .collect();
        self.i18n
            .t_args(self.lang, &format!("rule-{reason}"), &args)
    }

    /// An eligibility fact written as the report stores it (field names, ISO dates, a round's
    /// moment with its zone, country and kind codes), in the visitor's words.
    fn fact_text(&self, name: &str, text: &str) -> String {
        let iso = time::macros::format_description!("[year]-[month]-[day]");
        match name {
            "missing" => text
                .split(", ")
                .filter(|f| !f.is_empty())
                .map(|f| self.field_label(f))
                .collect::<Vec<_>>()
                .join(", "),
            "reference_date" => {
                Date::parse(text, &iso).map_or_else(|_| text.to_owned(), |d| self.date(&d))
            }
            "deadline" | "opens" | "now" => self.moment_text(text),
            "country" => text
                .parse::<Country>()
                .map_or_else(|_| text.to_owned(), |c| self.country_name(&c)),
            // "municipality, county", or "Name (kind)" / "Name (country)" for each refused.
            "allowed" | "refused" | "outside" => text
                .split(", ")
                .map(|item| match item.rsplit_once(" (") {
                    Some((who, code)) => {
                        format!("{who} ({})", self.code_word(code.trim_end_matches(')')))
                    }
                    None => self.code_word(item),
                })
                .collect::<Vec<_>>()
                .join(", "),
            _ => text.to_owned(),
        }
    }

    /// A kind or country code in words, or the text as it is.
    fn code_word(&self, code: &str) -> String {
        if let Ok(kind) = code.parse::<OrganisationKind>() {
            self.kind_name(&kind)
        } else if let Ok(country) = code.parse::<Country>() {
            self.country_name(&country)
        } else {
            code.to_owned()
        }
    }

    /// A round's moment as the report stores it ("2027-06-23 23:59:59 Europe/Oslo (CEST)")
    /// written out with the zone named; any other text as it is.
    fn moment_text(&self, text: &str) -> String {
        let format =
            time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
        let mut words = text.split_whitespace();
        let (Some(date), Some(time), Some(zone)) = (words.next(), words.next(), words.next())
        else {
            return text.to_owned();
        };
        match time::PrimitiveDateTime::parse(&format!("{date} {time}"), &format) {
            Ok(local) => format!(
                "{} {:02}:{:02} ({})",
                self.date(&local.date()),
                local.hour(),
                local.minute(),
                self.zone_name(zone)
            ),
            Err(_) => text.to_owned(),
        }
    }

    pub fn status_name(&self, status: &str) -> String {
        self.t(&format!("status-{status}"))
    }

    /// The wall-clock time of a round's moment, as the scheme's country reads it, with the
    /// zone named.
    pub fn local(&self, t: &frirum_domain::clock::LocalTime) -> String {
        format!(
            "{} {:02}:{:02} ({})",
            self.date(&t.local.date()),
            t.local.hour(),
            t.local.minute(),
            self.zone_name(&t.time_zone)
        )
    }
}

/// The message key (after `field-row-`) of one row of a repeated field.
fn row_key(list: &str) -> String {
    list.strip_suffix('s').unwrap_or(list).replace('_', "-")
}

/// The message key of a field's label: most fields are labelled `field-<name>`, with
/// dashes for underscores; these are labelled by another key.
fn label_key(name: &str, row: Option<&str>) -> String {
    let key = match (row, name) {
        (_, "unknown_rules_obstacle") => "unknown-rules",
        (_, "funds_requested") => "funds",
        (Some("partners"), "name") => "name",
        (Some("partners"), "kind") => "partner-kind",
        (Some("partners"), "role") => "partner-role",
        (Some("partners"), "demands") => "partner-demands",
        (Some("partners"), "public_values") => "partner-values",
        (_, "provision_id") => "reference",
        (_, "lead_organisation_id") => "lead",
        (_, "organisation_id") => "organisation",
        (_, "round_id") => "round",
        (_, "theme_id") => "theme",
        (_, "assessor_id") => "assessor",
        _ => return name.replace('_', "-"),
    };
    key.to_owned()
}

impl PageContext {
    pub fn outcome_key(&self, o: &Outcome) -> &'static str {
        match o {
            Outcome::Passed => "passed",
            Outcome::Failed => "failed",
            Outcome::NotApplicable => "not_applicable",
        }
    }

    pub fn rule_outcome_text(&self, r: &RuleOutcome) -> String {
        self.rule_text(r.reason, &r.facts)
    }

    /// The population figures a rule used, one line per organisation.
    pub fn figures(&self, r: &RuleOutcome) -> Vec<String> {
        r.facts
            .figures()
            .iter()
            .map(|f| {
                let population = f
                    .population
                    .map_or_else(|| self.t("population-unknown"), |p| self.number(&p));
                let date = f
                    .reference_date
                    .map_or_else(|| "—".to_owned(), |d| self.date(&d));
                // The figure used, with its date and source (part E: population in force).
                let when = if f.source.is_empty() {
                    date
                } else {
                    format!("{date}, {}", self.population_source(&f.source))
                };
                let mut line = format!("{} ({}): {population} ({when})", f.organisation, f.code);
                if f.uncertain {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(lang: Language) -> PageContext {
        let at = time::macros::datetime!(2026-06-01 10:00 UTC);
        PageContext::new(Arc::new(I18n::load()), &Actor::public(lang, at), "", "/", 0)
    }

    #[test]
    fn fields_are_named_by_their_labels() {
        let en = ctx(Language::En);
        assert_eq!(en.field_label("title"), "Title");
        assert_eq!(
            en.field_label("exemptions[1].justification"),
            "Exemption 2: Justification"
        );
        assert_eq!(en.field_label("members[0]"), "Network member 1");
        assert_eq!(
            en.field_label("legal_security, period_start"),
            "Consequences for citizens' legal security, Start"
        );
        assert_eq!(en.field_label("partners[0].name"), "Partner 1: Name");
        let nb = ctx(Language::Nb);
        assert_eq!(
            nb.field_label("exemptions[1].justification"),
            "Unntak 2: Begrunnelse"
        );
        assert!(!nb.field_label("unknown_rules_obstacle").contains('_'));
    }

    #[test]
    fn decimals_are_written_as_the_language_writes_them() {
        assert_eq!(ctx(Language::Sv).decimal(&1.5), "1,5");
        assert_eq!(ctx(Language::En).decimal(&1.5), "1.5");
        assert_eq!(ctx(Language::Da).decimal(&2.0), "2");
        assert_eq!(ctx(Language::Nb).decimal(&1234.25), "1\u{a0}234,25");
        assert_eq!(ctx(Language::En).decimal(&-0.333), "−0.33");
    }

    #[test]
    fn moments_are_shown_in_a_named_zone() {
        let at = time::macros::datetime!(2026-06-01 10:00 UTC);
        let sv = ctx(Language::Sv);
        assert_eq!(sv.moment(&at), "1 juni 2026 12:00 (svensk tid)");
        let en = ctx(Language::En).in_country(Country::Dk);
        assert_eq!(en.moment(&at), "1 June 2026 12:00 (Danish time)");
        assert!(!en.moment(&at).contains("UTC"));
    }

    #[test]
    fn eligibility_facts_are_in_words() {
        use frirum_domain::eligibility::Facts;
        let en = ctx(Language::En);
        assert_eq!(
            en.fact_text("missing", "summary, legal_security, period_start"),
            "Summary, Consequences for citizens' legal security, Start"
        );
        assert_eq!(
            en.fact_text("deadline", "2027-06-23 23:59:59 Europe/Oslo (CEST)"),
            "23 June 2027 23:59 (Norwegian time)"
        );
        assert_eq!(
            en.fact_text("refused", "Troms (county)"),
            "Troms (County municipality)"
        );
        let _ = Facts::Empty;
    }

    #[test]
    fn registry_sources_are_translated() {
        let nb = ctx(Language::Nb);
        assert_eq!(
            nb.population_source("SSB table 07459, population 1 January 2024"),
            "SSB tabell 07459, folketall per 1. januar 2024"
        );
        assert_eq!(
            ctx(Language::Sv).population_source("Approximation, not checked"),
            "Uppskattning, inte kontrollerad"
        );
        assert_eq!(
            nb.population_source("Kommunens egne tall"),
            "Kommunens egne tall"
        );
    }

    #[test]
    fn counts_take_their_plural_form() {
        let en = ctx(Language::En);
        assert_eq!(en.tn("journal-count", 1u64), "1 entry");
        assert_eq!(en.tn("journal-count", 3u64), "3 entries");
        assert_eq!(
            en.t1("decisions-count", "count", 1200),
            "1,200 decisions in all"
        );
        // The rule finder's reason for platform requests, in every language and both forms.
        #[rustfmt::skip]
        let asked = [
            (Language::En, 1, "Asked for by one application"),
            (Language::En, 2, "Asked for by 2 applications"),
            (Language::Da, 1, "Én ansøgning har søgt fritagelse fra bestemmelsen"),
            (Language::Da, 2, "2 ansøgninger har søgt fritagelse fra bestemmelsen"),
            (Language::Nb, 1, "Én søknad har søkt fritak fra bestemmelsen"),
            (Language::Nn, 2, "2 søknader har søkt fritak frå føresegna"),
            (Language::Sv, 1, "En ansökan har begärt undantag från bestämmelsen"),
        ];
        for (language, count, expected) in asked {
            assert_eq!(
                ctx(language).t1("finder-reason-asked", "count", count),
                expected,
                "{language:?}"
            );
        }
        let nn = ctx(Language::Nn);
        assert_eq!(nn.tn("journal-count", 1u64), "1 oppføring");
    }
}
