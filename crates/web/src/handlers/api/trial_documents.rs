//! A trial's documents through the API: the list, an upload (multipart), one document's
//! facts, its content, and the secretariat's public flag. The download and the reading of
//! an upload are shared with the pages (`pages::trial_documents`).

use axum::Json;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use frirum_app::documents::{self, Download, Upload};
use frirum_domain::document::{DocumentKind, ascii_file_name};

use super::dto::ErrorEnvelope;
use super::dto::trial_documents::{DocumentDto, DocumentPublicDto, TrialDocumentsDto, UploadForm};
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// A trial's documents: every one for the secretariat, the participants' applicants and
/// the assigned researchers; the public ones for everyone else.
#[utoipa::path(get, path = "/api/v1/trials/{id}/documents", tag = "documents",
    params(("id" = i64, Path)),
    responses((status = 200, body = TrialDocumentsDto), (status = 404, body = ErrorEnvelope)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<TrialDocumentsDto>, AppError> {
    Ok(Json(documents::list(&state, &ctx, id).await?.into()))
}

/// Uploads a file to a trial (the participants' applicants and the secretariat). Its type
/// is detected from the content and must match its name and declared type; its SHA-256
/// goes in the case journal. Nothing is stored when it is refused.
#[utoipa::path(post, path = "/api/v1/trials/{id}/documents", tag = "documents",
    params(("id" = i64, Path)),
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    responses((status = 201, body = DocumentDto),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 409, description = "document_record_not_public", body = ErrorEnvelope),
        (status = 413, description = "file_too_large, with `details.limit_bytes`", body = ErrorEnvelope),
        (status = 415, description = "unsupported_file_type: the content is not an accepted type, or not what the name or declared type says", body = ErrorEnvelope),
        (status = 422, description = "file_empty, or a field (`file`, `title`, `kind`)", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn upload(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    request: Request,
) -> Result<Response, AppError> {
    let upload = read_upload(request).await?;
    let document = documents::upload(&state, &ctx, id, upload).await?;
    Ok((StatusCode::CREATED, Json(DocumentDto::from(document))).into_response())
}

/// One document's facts, for those who may read it.
#[utoipa::path(get, path = "/api/v1/trials/{id}/documents/{document_id}", tag = "documents",
    params(("id" = i64, Path), ("document_id" = i64, Path)),
    responses((status = 200, body = DocumentDto),
        (status = 401, body = ErrorEnvelope),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, document_id)): Path<(i64, i64)>,
) -> Result<Json<DocumentDto>, AppError> {
    Ok(Json(
        documents::get(&state, &ctx, id, document_id).await?.into(),
    ))
}

/// A document's content, streamed back as an attachment with its detected media type.
#[utoipa::path(get, path = "/api/v1/trials/{id}/documents/{document_id}/content", tag = "documents",
    params(("id" = i64, Path), ("document_id" = i64, Path)),
    responses((status = 200, description = "The file, as an attachment, in its detected media type (one of the accepted types)",
            content((Vec<u8> = "application/pdf"), (Vec<u8> = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), (Vec<u8> = "application/vnd.openxmlformats-officedocument.presentationml.presentation"), (Vec<u8> = "application/vnd.oasis.opendocument.text"), (Vec<u8> = "application/vnd.oasis.opendocument.spreadsheet"), (Vec<u8> = "application/vnd.oasis.opendocument.presentation"), (Vec<u8> = "image/png"), (Vec<u8> = "image/jpeg"), (Vec<u8> = "text/plain"), (Vec<u8> = "text/csv"))),
        (status = 401, body = ErrorEnvelope),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope)))]
pub async fn content(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, document_id)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    Ok(send(
        documents::download(&state, &ctx, id, document_id).await?,
    ))
}

/// Makes a document public or private (the secretariat); public only where the record it
/// belongs to is public.
#[utoipa::path(put, path = "/api/v1/trials/{id}/documents/{document_id}/public", tag = "documents",
    params(("id" = i64, Path), ("document_id" = i64, Path)),
    request_body = DocumentPublicDto,
    responses((status = 200, body = DocumentDto),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 409, description = "document_record_not_public", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn set_public(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, document_id)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<DocumentPublicDto>,
) -> Result<Json<DocumentDto>, AppError> {
    let document = documents::set_public(&state, &ctx, id, document_id, body.public).await?;
    Ok(Json(document.into()))
}

/// Reads an upload's multipart form: `file` (its name and declared type kept), `kind`,
/// `title` and `public`; other fields (the page's CSRF token) are passed over. The body's
/// size was checked against the upload's limit (`AppState::body_limit`) before the handler,
/// so the form is read here rather than by axum's extractor, which knows only the general
/// limit.
pub async fn read_upload(request: Request) -> Result<Upload, AppError> {
    let boundary = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| multer::parse_boundary(v).ok())
        .ok_or(AppError::UnsupportedMediaType {
            expected: "multipart/form-data",
        })?;
    let mut multipart = multer::Multipart::new(request.into_body().into_data_stream(), boundary);
    let mut upload = Upload {
        kind: DocumentKind::Other,
        title: String::new(),
        file_name: String::new(),
        declared_type: None,
        content: Default::default(),
        public: false,
    };
    let mut has_file = false;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::field("file", e.to_string()))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "file" => {
                upload.file_name = field.file_name().unwrap_or_default().to_owned();
                upload.declared_type = field.content_type().map(|m| m.to_string());
                upload.content = field
                    .bytes()
                    .await
                    .map_err(|e| AppError::field("file", e.to_string()))?;
                has_file = true;
            }
            "kind" | "title" | "public" => {
                let text = field
                    .text()
                    .await
                    .map_err(|e| AppError::field(name.as_str(), e.to_string()))?;
                match name.as_str() {
                    "kind" if !text.trim().is_empty() => {
                        upload.kind = text
                            .trim()
                            .parse()
                            .map_err(|e: String| AppError::field("kind", e))?;
                    }
                    "title" => upload.title = text,
                    "public" => {
                        upload.public = matches!(text.trim(), "true" | "on" | "1");
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    if !has_file || upload.file_name.is_empty() {
        return Err(
            frirum_app::Error::Field(frirum_domain::text::FieldError::new(
                "file",
                frirum_domain::text::Problem::Required,
            ))
            .into(),
        );
    }
    Ok(upload)
}

/// Sends a document back: its stored media type, as an attachment under a safe name (the
/// full name in `filename*`), never sniffed by the browser.
pub fn send(download: Download) -> Response {
    let Download { document, content } = download;
    let disposition = format!(
        "attachment; filename=\"{}\"; filename*=UTF-8''{}",
        ascii_file_name(&document.file_name),
        percent_encode(&document.file_name)
    );
    let mut response = Body::from_stream(content).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(document.media_type()),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if let Ok(value) = HeaderValue::from_str(&document.size_bytes.to_string()) {
        headers.insert(header::CONTENT_LENGTH, value);
    }
    // A download is never shown inline, and what it could run is nothing.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    response
}

/// RFC 5987 encoding of a file name: every byte but the unreserved characters as `%XX`.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_percent_encoded() {
        assert_eq!(
            percent_encode("Tromsø vedtak.pdf"),
            "Troms%C3%B8%20vedtak.pdf"
        );
        assert_eq!(percent_encode("a\"b;c"), "a%22b%3Bc");
    }
}
