//! The one place where the text of every request is checked before a handler runs, and
//! the path extractor that reports a path parameter that does not parse.
//!
//! [`check_text`] wraps every route: it reads the query string of every request and the
//! body of forms (URL-encoded and multipart), JSON and CSV, and refuses NUL, control and
//! bidirectional-override characters with 422 `invalid_characters`, and names made only of
//! invisible characters with 422 `field_required`, naming the field in the dotted path form
//! (`members[0].name`). The rules are `frirum_domain::text`'s; no handler can forget them,
//! and no such text reaches a use case or the store (PostgreSQL cannot store NUL).
//!
//! [`Path`] is axum's path extractor with its refusal as 400 `invalid_path`.

use axum::body::{Body, Bytes};
use axum::extract::{FromRequestParts, RawPathParams, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use frirum_domain::text::{self, FieldError};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::AppState;
use crate::error::AppError;

/// Refuses a request whose query or body carries text no field may hold.
pub async fn check_text(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if let Err(err) = check_query(request.uri().query()) {
        return AppError::from(err).into_response();
    }
    let has_body = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    let kind = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(BodyKind::of);
    let (Some(kind), true) = (kind, has_body) else {
        return next.run(request).await;
    };
    let limit = state.body_limit(request.uri().path());
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, limit).await else {
        return AppError::PayloadTooLarge { limit }.into_response();
    };
    if let Err(err) = kind.check(bytes.clone()).await {
        return AppError::from(err).into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// The kinds of body whose text is checked.
enum BodyKind {
    Json,
    Form,
    Multipart(String),
    Csv,
}

impl BodyKind {
    fn of(content_type: &str) -> Option<BodyKind> {
        let essence = content_type
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        match essence.as_str() {
            "application/json" => Some(BodyKind::Json),
            e if e.ends_with("+json") => Some(BodyKind::Json),
            "application/x-www-form-urlencoded" => Some(BodyKind::Form),
            "multipart/form-data" => multer::parse_boundary(content_type)
                .ok()
                .map(BodyKind::Multipart),
            "text/csv" => Some(BodyKind::Csv),
            _ => None,
        }
    }

    async fn check(self, bytes: Bytes) -> Result<(), FieldError> {
        match self {
            // Malformed JSON is left to the handler's extractor, which names the error.
            BodyKind::Json => match serde_json::from_slice::<Value>(&bytes) {
                Ok(value) => check_json(&mut String::new(), &value),
                Err(_) => Ok(()),
            },
            BodyKind::Form => form_urlencoded::parse(&bytes)
                .try_for_each(|(field, value)| check_field(&field, &value)),
            BodyKind::Multipart(boundary) => check_multipart(bytes, boundary).await,
            BodyKind::Csv => text::check_characters("body", &String::from_utf8_lossy(&bytes), true),
        }
    }
}

/// Query parameters are one line or more of free text (a search); names are not given
/// there, so only the characters are checked.
fn check_query(query: Option<&str>) -> Result<(), FieldError> {
    form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .try_for_each(|(field, value)| text::check_characters(&field, &value, true))
}

/// One field of a body: a name (a field called `name` or `title`, at any depth) is one
/// visible line; any other text may span lines.
fn check_field(field: &str, value: &str) -> Result<(), FieldError> {
    let last = field.rsplit(['.', ']', '[']).next().unwrap_or(field);
    if matches!(last, "name" | "title") {
        text::check_name(field, value)
    } else {
        text::check_characters(field, value, true)
    }
}

/// Every string in a JSON document, named by its path (`exemptions[1].justification`).
fn check_json(path: &mut String, value: &Value) -> Result<(), FieldError> {
    match value {
        Value::String(s) => check_field(if path.is_empty() { "body" } else { path }, s),
        Value::Array(items) => items.iter().enumerate().try_for_each(|(i, item)| {
            let len = path.len();
            path.push_str(&format!("[{i}]"));
            let result = check_json(path, item);
            path.truncate(len);
            result
        }),
        Value::Object(map) => map.iter().try_for_each(|(key, item)| {
            text::check_characters("body", key, false)?;
            let len = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(key);
            let result = check_json(path, item);
            path.truncate(len);
            result
        }),
        _ => Ok(()),
    }
}

/// The fields of a multipart form: text fields as any field, and files that are text
/// (the registry's CSV) as text of many lines; other files are not text to check.
async fn check_multipart(bytes: Bytes, boundary: String) -> Result<(), FieldError> {
    let stream =
        futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(bytes) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    // A malformed body is left to the handler, which reports it.
    while let Ok(Some(field)) = multipart.next_field().await {
        let name = field.name().unwrap_or("body").to_owned();
        let is_file = field.file_name().is_some();
        let Ok(content) = field.bytes().await else {
            return Ok(());
        };
        let Ok(value) = std::str::from_utf8(&content) else {
            continue;
        };
        if is_file {
            text::check_characters(&name, value, true)?;
        } else {
            check_field(&name, value)?;
        }
    }
    Ok(())
}

/// Path parameters, with a value that does not parse (or holds a control character)
/// refused as 400 `invalid_path` naming the parameter.
pub struct Path<T>(pub T);

impl<S, T> FromRequestParts<S> for Path<T>
where
    S: Send + Sync,
    T: DeserializeOwned + Send,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let names: Vec<String> = match RawPathParams::from_request_parts(parts, state).await {
            Ok(raw) => {
                if let Some((name, _)) = raw
                    .iter()
                    .find(|(_, value)| value.chars().any(|c| text::is_forbidden(c, false)))
                {
                    return Err(AppError::InvalidPath {
                        parameter: Some(name.to_owned()),
                        message: format!("the path parameter {name} contains control characters"),
                    });
                }
                raw.iter().map(|(name, _)| name.to_owned()).collect()
            }
            Err(_) => Vec::new(),
        };
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(Path(value)),
            Err(rejection) if rejection.status() == StatusCode::BAD_REQUEST => {
                // A single parameter is the one at fault even where axum does not say so.
                let parameter = parameter_of(&rejection).or(match names.as_slice() {
                    [only] => Some(only.clone()),
                    _ => None,
                });
                Err(AppError::InvalidPath {
                    parameter,
                    message: rejection.body_text(),
                })
            }
            // The route and the handler disagree: our bug, not the client's.
            Err(rejection) => Err(AppError::internal(rejection.body_text())),
        }
    }
}

/// The name of the parameter a refusal concerns, where axum says it.
fn parameter_of(rejection: &axum::extract::rejection::PathRejection) -> Option<String> {
    use axum::extract::path::ErrorKind;
    use axum::extract::rejection::PathRejection;
    let PathRejection::FailedToDeserializePathParams(failed) = rejection else {
        return None;
    };
    match failed.kind() {
        ErrorKind::ParseErrorAtKey { key, .. } | ErrorKind::InvalidUtf8InPathParam { key } => {
            Some(key.clone())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_field(text: &str) -> Option<(String, &'static str)> {
        let value: Value = serde_json::from_str(text).unwrap();
        check_json(&mut String::new(), &value)
            .err()
            .map(|e| (e.field.clone(), e.code()))
    }

    #[test]
    fn json_strings_are_named_by_their_path() {
        assert_eq!(
            json_field(
                r#"{"exemptions": [{"justification": "ok"}, {"justification": "a\u0000"}]}"#
            ),
            Some((
                "exemptions[1].justification".to_owned(),
                "invalid_characters"
            ))
        );
        assert_eq!(
            json_field(r#"{"members": [{"name": "\u200b"}]}"#),
            Some(("members[0].name".to_owned(), "field_required"))
        );
        assert_eq!(
            json_field(r#"{"title": "\u202eevil"}"#),
            Some(("title".to_owned(), "invalid_characters"))
        );
        assert_eq!(
            json_field(r#""\u0007""#),
            Some(("body".to_owned(), "invalid_characters"))
        );
        assert_eq!(
            json_field(r#"{"description": "two\r\nlines\tand a tab", "n": 3, "title": "Prøve"}"#),
            None
        );
    }

    #[test]
    fn queries_and_forms_are_checked_after_decoding() {
        assert_eq!(
            check_query(Some("q=a%00b")).unwrap_err().code(),
            "invalid_characters"
        );
        assert!(check_query(Some("q=line%0Aline&page=2")).is_ok());
        assert!(check_query(None).is_ok());
        assert_eq!(
            check_field("name", "a\nb").unwrap_err().code(),
            "invalid_characters"
        );
        assert_eq!(
            check_field("name", " \u{200b} ").unwrap_err().code(),
            "field_required"
        );
        assert!(check_field("description", "a\nb").is_ok());
    }

    #[test]
    fn content_types_choose_the_check() {
        assert!(matches!(
            BodyKind::of("application/json; charset=utf-8"),
            Some(BodyKind::Json)
        ));
        assert!(matches!(
            BodyKind::of("application/x-www-form-urlencoded"),
            Some(BodyKind::Form)
        ));
        assert!(matches!(BodyKind::of("text/csv"), Some(BodyKind::Csv)));
        assert!(BodyKind::of("application/octet-stream").is_none());
    }
}
