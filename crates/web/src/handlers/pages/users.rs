//! The secretariat's list of accounts, and the form to open one.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_domain::authz;
use frirum_domain::{Page, PageRequest, Role, User};
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::handlers::pages::account_error_message;
use crate::handlers::pages::layout::{PageContext, Pager, RenderHtml};
use crate::handlers::pages::page_context;
use frirum_app::accounts::{self as service, NewAccount, ServiceError};

#[derive(Deserialize)]
pub struct UsersQuery {
    page: Option<u32>,
}

/// The values of the new-account form, kept when it is shown again with an error.
#[derive(Default)]
struct UserFormValues {
    email: String,
    name: String,
    role: String,
    organisation: String,
}

#[derive(Template)]
#[template(path = "users/users.html")]
struct UsersPage {
    ctx: PageContext,
    users: Page<User>,
    pager: Pager,
    form: UserFormValues,
    roles: Vec<Role>,
    notice: Option<String>,
    error: Option<String>,
}

async fn render(
    state: &AppState,
    ctx: &RequestContext,
    page: Option<u32>,
    form: UserFormValues,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Response, AppError> {
    let request =
        PageRequest::new(page, Some(50)).map_err(|e| AppError::field("page", e.to_string()))?;
    let users = service::users(state, ctx, request).await?;
    let page_ctx = page_context(state, ctx);
    let pager = Pager::new(&page_ctx, &users, "/admin/users", &[]);
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = UsersPage {
        ctx: page_ctx,
        users,
        pager,
        form,
        roles: authz::ROLES.to_vec(),
        notice,
        error,
    };
    Ok((status, page.render_html()?).into_response())
}

pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Query(query): Query<UsersQuery>,
) -> Result<Response, AppError> {
    render(
        &state,
        &ctx,
        query.page,
        UserFormValues::default(),
        None,
        None,
    )
    .await
}

#[derive(Deserialize)]
pub struct NewUserForm {
    email: String,
    name: String,
    role: String,
    organisation: Option<String>,
    password: String,
}

pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<NewUserForm>,
) -> Result<Response, AppError> {
    let role: Role = form
        .role
        .parse()
        .map_err(|e: frirum_domain::user::UnknownRole| AppError::field("role", e.to_string()))?;
    let values = UserFormValues {
        email: form.email.clone(),
        name: form.name.clone(),
        role: form.role.clone(),
        organisation: form.organisation.clone().unwrap_or_default(),
    };
    let account = NewAccount {
        email: form.email,
        name: form.name,
        role,
        organisation: form.organisation,
        language: None,
        password: form.password,
    };
    match service::create_for(&state, &ctx, account).await {
        Ok(user) => {
            let notice = page_context(&state, &ctx).t1("users-created", "email", &user.email);
            render(
                &state,
                &ctx,
                None,
                UserFormValues::default(),
                Some(notice),
                None,
            )
            .await
        }
        Err(e @ (ServiceError::Store(_) | ServiceError::Denied(_))) => Err(e.into()),
        Err(e) => match account_error_message(&page_context(&state, &ctx), &e) {
            Some(message) => render(&state, &ctx, None, values, None, Some(message)).await,
            None => Err(AppError::internal(e)),
        },
    }
}
