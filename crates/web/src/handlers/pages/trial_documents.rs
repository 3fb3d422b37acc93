//! A trial's documents as pages: the upload (from the trial page's documents section, or
//! the form page of its own, which also shows a refused upload with the reason beside the
//! field), the download, and the secretariat's public flag.

use askama::Template;
use axum::Form;
use axum::extract::{Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use frirum_app::Error;
use frirum_app::documents::{self, TrialDocuments};
use frirum_domain::document::DocumentKind;
use frirum_domain::rule::Refusal;
use serde::Deserialize;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::api::trial_documents::{read_upload, send};
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;
use crate::handlers::see_other;

/// The upload form on a page of its own, with a refused upload's reason beside its field.
#[derive(Template)]
#[template(path = "trials/documents_form.html")]
struct DocumentsFormPage {
    ctx: PageContext,
    documents: TrialDocuments,
    kinds: [DocumentKind; 5],
    kind: DocumentKind,
    title: String,
    /// What to do about the file or the title, shown beside it.
    file_error: Option<String>,
    title_error: Option<String>,
    /// The document just uploaded, named in a notice.
    uploaded: Option<String>,
}

/// After an upload: which document came in, for the notice.
#[derive(Debug, Deserialize, Default)]
pub struct FormQuery {
    pub uploaded: Option<i64>,
}

fn form_page(
    state: &AppState,
    ctx: &RequestContext,
    documents: TrialDocuments,
    status: StatusCode,
    (kind, title): (DocumentKind, String),
    error: Option<(String, String)>,
    uploaded: Option<i64>,
) -> Result<Response, AppError> {
    let (title_error, file_error) = match error {
        Some((field, message)) if field == "title" => (Some(message), None),
        Some((_, message)) => (None, Some(message)),
        None => (None, None),
    };
    let uploaded = uploaded.and_then(|id| {
        documents
            .items
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.title.clone())
    });
    let page = DocumentsFormPage {
        ctx: page_context(state, ctx),
        documents,
        kinds: DocumentKind::ALL,
        kind,
        title,
        file_error,
        title_error,
        uploaded,
    };
    Ok((status, page.render_html()?).into_response())
}

/// The upload form; after an upload, with a notice naming the document that came in.
pub async fn new_form(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    Query(query): Query<FormQuery>,
) -> Result<Response, AppError> {
    let documents = documents::upload_form(&state, &ctx, id).await?;
    form_page(
        &state,
        &ctx,
        documents,
        StatusCode::OK,
        (DocumentKind::Other, String::new()),
        None,
        query.uploaded,
    )
}

/// Uploads a file, then back to the trial's documents; a refusal the person can fix (the
/// file's type or size, a field) is shown beside the field on the form page.
pub async fn upload(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    request: Request,
) -> Result<Response, AppError> {
    let upload = read_upload(request).await;
    let (kind, title) = match &upload {
        Ok(u) => (u.kind, u.title.clone()),
        Err(_) => (DocumentKind::Other, String::new()),
    };
    let result = match upload {
        Ok(upload) => documents::upload(&state, &ctx, id, upload).await,
        Err(AppError::App(e)) => Err(e),
        Err(other) => return Err(other),
    };
    let err = match result {
        Ok(document) => {
            return Ok(see_other(&format!(
                "/trials/{id}/documents/new?uploaded={}",
                document.id
            )));
        }
        Err(err) => err,
    };
    let (status, field) = match &err {
        Error::Rule(rule) => (refusal_status(rule.refusal), field_of(&rule.details)),
        Error::Field(e) => (StatusCode::UNPROCESSABLE_ENTITY, e.field.clone()),
        Error::InvalidField { field, .. } => (StatusCode::UNPROCESSABLE_ENTITY, field.clone()),
        _ => return Err(err.into()),
    };
    let t = page_context(&state, &ctx);
    let message = t.error_message(&err);
    let documents = documents::list(&state, &ctx, id).await?;
    form_page(
        &state,
        &ctx,
        documents,
        status,
        (kind, title),
        Some((field, message)),
        None,
    )
}

/// The status of a refused upload shown on the form page, as the API answers it.
fn refusal_status(refusal: Refusal) -> StatusCode {
    match refusal {
        Refusal::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
        Refusal::Conflict => StatusCode::CONFLICT,
        Refusal::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        Refusal::UnsupportedMedia => StatusCode::UNSUPPORTED_MEDIA_TYPE,
    }
}

/// The field a broken rule names in its details, else the file.
fn field_of(details: &serde_json::Value) -> String {
    details
        .get("field")
        .and_then(|f| f.as_str())
        .unwrap_or("file")
        .to_owned()
}

/// A document's content, for those who may read it.
pub async fn download(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, document_id)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    Ok(send(
        documents::download(&state, &ctx, id, document_id).await?,
    ))
}

#[derive(Debug, Deserialize)]
pub struct PublicForm {
    pub public: bool,
    /// Ticked: the secretariat knows the document becomes public for everyone.
    #[serde(default)]
    pub confirm_public: Option<String>,
}

/// Makes a document public or private (the secretariat), then back to the documents.
/// Making one public needs the box saying it becomes public for everyone ticked, so an
/// internal note is not published by one click.
pub async fn set_public(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, document_id)): Path<(i64, i64)>,
    Form(form): Form<PublicForm>,
) -> Result<Response, AppError> {
    // Those who may not publish are refused by the use case, not asked to confirm.
    if form.public
        && form.confirm_public.is_none()
        && documents::upload_form(&state, &ctx, id).await?.may_publish
    {
        let t = page_context(&state, &ctx);
        return Err(Error::field("confirm_public", t.t("document-confirm-public-required")).into());
    }
    documents::set_public(&state, &ctx, id, document_id, form.public).await?;
    Ok(see_other(&format!("/trials/{id}#documents")))
}
