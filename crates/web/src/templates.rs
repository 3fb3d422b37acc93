//! The HTML pages: their data, and the context every page shares (language, visitor, CSRF
//! token). The markup is in `templates/`, compiled and escaped by askama.

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
use crate::i18n::I18n;

/// What every page needs besides its own data.
#[derive(Clone)]
pub struct PageContext {
    pub lang: Language,
    pub user: Option<User>,
    pub csrf_token: String,
    pub path: String,
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

    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.role == Role::Admin)
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
            AppError::TooManyLogins { retry_after_secs } => {
                ctx.t1("login-throttled", "minutes", retry_after_secs.div_ceil(60))
            }
            AppError::CsrfFailed => ctx.t("error-csrf"),
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
