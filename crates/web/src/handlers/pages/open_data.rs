//! Open data as pages and files: `/open-data` (the downloads with their size and
//! generation time, and the data dictionary made from the same field descriptions as the
//! files), `/open-data/frirum.{zip,json,xlsx}` (everything public) and
//! `/schemes/{id}/open-data.{zip,json,xlsx}` (one public scheme). The files are built by
//! the server's open-data job, never here; a download answers `If-None-Match` with 304.

use askama::Template;
use axum::extract::State;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use frirum_app::open_data::{self, Format, TableDef};
use frirum_domain::scheme::Scheme;
use frirum_store::open_data::{OpenDataEntry, OpenDataFile};
use time::OffsetDateTime;

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::handlers::pages::layout::{PageContext, RenderHtml};
use crate::handlers::pages::page_context;

/// One download as the page lists it.
struct Download {
    href: String,
    /// The format's name (translated) and the file's size in words.
    format: String,
    size: String,
    id: String,
}

#[derive(Template)]
#[template(path = "open_data/page.html")]
struct OpenDataPage {
    ctx: PageContext,
    generated_at: Option<OffsetDateTime>,
    downloads: Vec<Download>,
    /// The standards' files: their names, links and sizes.
    standards: Vec<Download>,
    schemes: Vec<(Scheme, Vec<Download>)>,
    tables: &'static [&'static TableDef],
}

impl OpenDataPage {
    /// A table's title in the reader's language.
    fn table_title(&self, def: &TableDef) -> String {
        self.ctx.tp("open-data-table-", def.name)
    }

    fn table_about(&self, def: &TableDef) -> String {
        self.ctx.t(&format!("open-data-table-{}-about", def.name))
    }

    /// Whether the field identifies the table's rows.
    fn is_key(&self, def: &TableDef, field: &str) -> bool {
        def.primary_key.contains(&field)
    }

    fn kind_name(&self, kind: &open_data::Kind) -> String {
        self.ctx.tp("open-data-type-", kind.as_str())
    }
}

/// A size in kilobytes (one decimal) or megabytes, in the reader's number format.
fn size(ctx: &PageContext, bytes: i64) -> String {
    let kb = bytes as f64 / 1024.0;
    if kb < 1024.0 {
        ctx.t1(
            "open-data-size-kb",
            "size",
            ctx.decimal(&((kb * 10.0).round() / 10.0)),
        )
    } else {
        let mb = (kb / 1024.0 * 10.0).round() / 10.0;
        ctx.t1("open-data-size-mb", "size", ctx.decimal(&mb))
    }
}

fn downloads(
    ctx: &PageContext,
    entries: &[OpenDataEntry],
    href: impl Fn(Format) -> String,
    id: &str,
) -> Vec<Download> {
    Format::ALL
        .into_iter()
        .filter_map(|format| {
            let entry = entries
                .iter()
                .find(|e| e.name.ends_with(&format!(".{}", format.extension())))?;
            Some(Download {
                href: href(format),
                format: ctx.tp("open-data-format-", format.extension()),
                size: size(ctx, entry.size),
                id: format!("{id}-{}", format.extension()),
            })
        })
        .collect()
}

/// `/open-data`: the downloads and the data dictionary.
pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Response, AppError> {
    let data = open_data::page(&state, &ctx).await?;
    let page_ctx = page_context(&state, &ctx);
    let all = downloads(
        &page_ctx,
        &data.downloads,
        |f| {
            format!(
                "/open-data/{}",
                open_data::file_name(open_data::ALL_STEM, f)
            )
        },
        "download-all",
    );
    let schemes = data
        .schemes
        .into_iter()
        .map(|(scheme, entries)| {
            let id = scheme.id;
            let files = downloads(
                &page_ctx,
                &entries,
                |f| format!("/schemes/{id}/open-data.{}", f.extension()),
                &format!("download-scheme-{id}"),
            );
            (scheme, files)
        })
        .collect();
    let standards = data
        .standards
        .iter()
        .map(|e| Download {
            href: format!("/open-data/{}", e.name),
            // What the file is, in the reader's words; the file name is in the link.
            format: match e.name.as_str() {
                "iati.xml" => page_ctx.t("open-data-standard-iati"),
                "360giving.json" => page_ctx.t("open-data-standard-giving"),
                other => other.to_owned(),
            },
            size: size(&page_ctx, e.size),
            id: format!("download-{}", e.name.replace('.', "-")),
        })
        .collect();
    let page = OpenDataPage {
        standards,
        ctx: page_ctx,
        generated_at: data.build.map(|b| b.generated_at),
        downloads: all,
        schemes,
        tables: data.tables,
    };
    Ok(page.render_html()?.into_response())
}

/// A stored file as an attachment with its tag, or 304 when the client has it already.
fn send(file: OpenDataFile, download_name: &str, headers: &HeaderMap) -> Response {
    let etag = HeaderValue::from_str(&file.etag).ok();
    let has_it = headers
        .get(IF_NONE_MATCH)
        .is_some_and(|v| crate::etag::names(v, &file.etag));
    let mut response = if has_it {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [
                (CONTENT_TYPE, file.content_type.clone()),
                (
                    CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{download_name}\""),
                ),
            ],
            file.body,
        )
            .into_response()
    };
    if let Some(etag) = etag {
        response.headers_mut().insert(ETAG, etag);
    }
    response
}

/// `/open-data/frirum.zip`, `.json`, `.xlsx` (everything public) and the standards' files
/// the build added beside them.
pub async fn download(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let stored = open_data::download(&state, &file).await?;
    Ok(send(stored, &file, &headers))
}

async fn scheme_download(
    state: &AppState,
    headers: &HeaderMap,
    scheme_id: i64,
    format: Format,
) -> Result<Response, AppError> {
    let stored = open_data::scheme_download(state, scheme_id, format).await?;
    let name = format!("frirum-scheme-{scheme_id}.{}", format.extension());
    Ok(send(stored, &name, headers))
}

/// `/schemes/{id}/open-data.zip`: one public scheme's CSV tables and data package.
pub async fn scheme_zip(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    scheme_download(&state, &headers, id, Format::Zip).await
}

/// `/schemes/{id}/open-data.json`.
pub async fn scheme_json(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    scheme_download(&state, &headers, id, Format::Json).await
}

/// `/schemes/{id}/open-data.xlsx`.
pub async fn scheme_xlsx(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    scheme_download(&state, &headers, id, Format::Xlsx).await
}
