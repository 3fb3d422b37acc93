//! Extractors that turn malformed API input into the error envelope with a field name:
//! invalid JSON is 400 `invalid_json`; an unknown, missing or mistyped field is 422 naming it.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Query, Request};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::error::AppError;

/// A JSON body, deserialised strictly.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if !is_json {
            return Err(AppError::UnsupportedMediaType {
                expected: "application/json",
            });
        }
        let bytes = read_body(req, state).await?;
        parse_json(&bytes).map(ApiJson)
    }
}

/// A JSON body that may be left out: an empty body is the default value.
pub async fn optional_json<T: DeserializeOwned + Default>(
    req: Request,
    state: &AppState,
) -> Result<T, AppError> {
    let bytes = read_body(req, state).await?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        Ok(T::default())
    } else {
        parse_json(&bytes)
    }
}

/// The raw body, with the size limit reported as 413.
pub async fn read_body(req: Request, state: &AppState) -> Result<Bytes, AppError> {
    Bytes::from_request(req, state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::PayloadTooLarge {
                limit: state.config.body_limit,
            }
        } else {
            AppError::InvalidJson(rejection.body_text())
        }
    })
}

/// Deserialises JSON, naming the field at fault.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => {
                let message = inner.to_string();
                let message = message
                    .split(" at line ")
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                let join = |name: &str| {
                    if path == "." || path.is_empty() {
                        name.to_owned()
                    } else if path == name || path.ends_with(&format!(".{name}")) {
                        path.clone()
                    } else {
                        format!("{path}.{name}")
                    }
                };
                if let Some(name) = between(&message, "unknown field `", "`") {
                    AppError::UnknownField(join(name))
                } else if let Some(name) = between(&message, "missing field `", "`") {
                    AppError::MissingField(join(name))
                } else {
                    AppError::field(if path == "." { "body".to_owned() } else { path }, message)
                }
            }
            _ => AppError::InvalidJson(inner.to_string()),
        }
    })?;
    deserializer
        .end()
        .map_err(|e| AppError::InvalidJson(e.to_string()))?;
    Ok(value)
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = &text[text.find(start)? + start.len()..];
    Some(&rest[..rest.find(end)?])
}

/// Query parameters, with a bad value reported as 422 rather than a bare 400.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Query::<T>::try_from_uri(&parts.uri)
            .map(|Query(q)| ApiQuery(q))
            .map_err(|e| {
                let text = e.body_text();
                let field = text
                    .split(": ")
                    .nth(1)
                    .filter(|f| f.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or("query")
                    .to_owned();
                AppError::field(field, text)
            })
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[expect(dead_code, reason = "only deserialised")]
    struct Body {
        name: String,
        count: Option<u32>,
    }

    #[test]
    fn each_kind_of_bad_json_gets_its_code() {
        let code = |text: &str| parse_json::<Body>(text.as_bytes()).unwrap_err();
        assert!(matches!(code("{"), AppError::InvalidJson(_)));
        assert!(matches!(
            code("{\"name\": \"a\"} x"),
            AppError::InvalidJson(_)
        ));
        assert!(
            matches!(code("{\"name\": \"a\", \"colour\": 1}"), AppError::UnknownField(f) if f == "colour")
        );
        assert!(matches!(code("{}"), AppError::MissingField(f) if f == "name"));
        assert!(
            matches!(code("{\"name\": \"a\", \"count\": -1}"), AppError::App(frirum_app::Error::InvalidField { field, .. }) if field == "count")
        );
        assert!(parse_json::<Body>(b"{\"name\": \"a\"}").is_ok());
    }
}
