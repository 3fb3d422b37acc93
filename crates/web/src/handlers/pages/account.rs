//! The account page: name, language and personal API tokens.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_domain::{Language, Page, PageRequest, User};
use frirum_store::ApiToken;
use serde::Deserialize;

use crate::AppState;
use crate::context::{Auth, RequestContext};
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::account_error_message;
use crate::handlers::pages::layout::{PageContext, Pager, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;
use frirum_app::accounts::{self as service, OwnAccount, ServiceError};

#[derive(Deserialize, Default)]
pub struct AccountQuery {
    saved: Option<String>,
    revoked: Option<String>,
    password_changed: Option<String>,
    page: Option<u32>,
}

#[derive(Template)]
#[template(path = "account/account.html")]
struct AccountPage {
    ctx: PageContext,
    account: User,
    /// The tag of the account's own language, empty for automatic.
    selected_language: String,
    tokens: Page<ApiToken>,
    pager: Pager,
    /// A token just created, shown this once.
    new_token: Option<String>,
    notice: Option<String>,
    error: Option<String>,
}

async fn render(
    state: &AppState,
    ctx: &RequestContext,
    page: Option<u32>,
    new_token: Option<String>,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Response, AppError> {
    let request =
        PageRequest::new(page, Some(20)).map_err(|e| AppError::field("page", e.to_string()))?;
    let OwnAccount {
        user: account,
        tokens,
    } = service::own_account(state, ctx, request).await?;
    let page_ctx = page_context(state, ctx);
    let pager = Pager::new(&page_ctx, &tokens, "/account", &[]);
    let status = if error.is_some() {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    let page = AccountPage {
        ctx: page_ctx,
        selected_language: account
            .language
            .map(|l| l.tag().to_owned())
            .unwrap_or_default(),
        account,
        tokens,
        pager,
        new_token,
        notice,
        error,
    };
    Ok((status, page.render_html()?).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<AccountQuery>,
) -> Result<Response, AppError> {
    let page_ctx = page_context(&state, &ctx);
    let notice = if query.saved.is_some() {
        Some(page_ctx.t("account-saved"))
    } else if query.password_changed.is_some() {
        Some(page_ctx.t("password-changed"))
    } else if query.revoked.is_some() {
        Some(page_ctx.t("tokens-revoked-notice"))
    } else {
        None
    };
    render(&state, &ctx, query.page, None, notice, None).await
}

#[derive(Deserialize)]
pub struct ProfileForm {
    name: String,
    language: String,
}

pub async fn update(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<ProfileForm>,
) -> Result<Response, AppError> {
    let language = match form.language.as_str() {
        "" => None,
        tag => Some(
            tag.parse::<Language>()
                .map_err(|e| AppError::field("language", e.to_string()))?,
        ),
    };
    match service::update_profile(&state, &ctx, &form.name, language).await {
        Ok(_) => Ok(see_other("/account?saved=1")),
        Err(e @ ServiceError::Account(_)) => {
            let message = account_error_message(&page_context(&state, &ctx), &e);
            render(&state, &ctx, None, None, None, message).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
    confirm_password: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let page_ctx = page_context(&state, &ctx);
    if form.new_password != form.confirm_password {
        let message = Some(page_ctx.t("error-password-mismatch"));
        return render(&state, &ctx, None, None, None, message).await;
    }
    let keep_session = match &ctx.auth {
        Auth::Session(hash) => Some(hash.as_str()),
        _ => None,
    };
    match service::change_own_password(
        &state,
        &ctx,
        service::PasswordChange {
            current: &form.current_password,
            new: &form.new_password,
        },
        keep_session,
        &ctx.address,
    )
    .await
    {
        Ok(()) => Ok(see_other("/account?password_changed=1")),
        Err(ServiceError::Throttled { retry_after_secs }) => {
            Err(Error::TooManyLogins { retry_after_secs }.into())
        }
        Err(e @ (ServiceError::Store(_) | ServiceError::Denied(_))) => Err(e.into()),
        Err(e) => {
            let message = account_error_message(&page_ctx, &e);
            render(&state, &ctx, None, None, None, message).await
        }
    }
}

#[derive(Deserialize)]
pub struct TokenForm {
    name: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<TokenForm>,
) -> Result<Response, AppError> {
    match service::create_own_token(&state, &ctx, &form.name).await {
        Ok((_, secret)) => render(&state, &ctx, None, Some(secret), None, None).await,
        Err(e @ (ServiceError::Store(_) | ServiceError::Denied(_))) => Err(e.into()),
        Err(e) => {
            let message = account_error_message(&page_context(&state, &ctx), &e);
            render(&state, &ctx, None, None, None, message).await
        }
    }
}

pub async fn revoke_token(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    service::revoke_own_token(&state, &ctx, id).await?;
    Ok(see_other("/account?revoked=1"))
}
