//! A scheme's Atom feeds, `/schemes/{id}/feeds/{kind}.atom`: its decisions, its trials'
//! status changes, its evaluations once public and its generalisation outcomes, each entry
//! with its author and its kind of event as category. Written by [`crate::feeds`]; a scheme
//! the public may not see, or a kind there is not, is 404.

use axum::extract::State;
use axum::response::Response;
use frirum_app::Error;
use frirum_app::feeds::{self, FeedItem, FeedKind};

use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;
use crate::feeds::{Entry, Feed};
use crate::handlers::pages::decisions::decision_entry;
use crate::handlers::pages::layout::PageContext;
use crate::handlers::pages::page_context;

fn entry(ctx: &PageContext, base: &str, scheme_title: &str, item: &FeedItem) -> Entry {
    match item {
        FeedItem::Decision(d) => decision_entry(ctx, base, d),
        FeedItem::TrialStep(v) => {
            let kind = ctx.tp("trial-change-", v.version.kind.as_str());
            Entry {
                // One entry per version: the trial's address with the version.
                url: format!("{base}/trials/{}#version-{}", v.trial_id, v.version.version),
                title: format!("{} · {} · {}", v.case_number, kind, v.title),
                at: v.version.recorded_at,
                summary: if v.version.reason.is_empty() {
                    kind.clone()
                } else {
                    format!("{kind}: {}", v.version.reason)
                },
                // A step the upkeep took by itself names nobody: the scheme took it.
                author: v
                    .version
                    .recorded_by_name
                    .clone()
                    .unwrap_or_else(|| scheme_title.to_owned()),
                category: Some((v.version.kind.as_str().to_owned(), kind)),
            }
        }
        FeedItem::Evaluation(e, trial) => {
            let url = match trial {
                Some(t) => format!("{base}/trials/{}/evaluations/{}", t.id, e.id),
                None => format!("{base}/schemes/{}/evaluations/{}", e.scheme_id, e.id),
            };
            let kind = ctx.t("feeds-evaluation-published");
            Entry {
                url,
                title: match trial {
                    Some(t) => format!("{} · {} · {}", t.case_number, kind, e.title),
                    None => format!("{kind} · {}", e.title),
                },
                at: item.at(),
                summary: match trial {
                    Some(t) => format!("{} ({})", e.title, t.title),
                    None => e.title.clone(),
                },
                // An evaluation is its researchers' work; the feed names the scheme it
                // evaluates, the register's publisher.
                author: scheme_title.to_owned(),
                category: Some(("evaluation".to_owned(), kind)),
            }
        }
        FeedItem::Outcome(o, trial) => {
            let category = ctx.tp("outcome-category-", o.category.as_str());
            Entry {
                url: format!("{base}/trials/{}/outcomes#outcome-{}", trial.id, o.id),
                title: format!("{} · {} · {}", trial.case_number, category, trial.title),
                at: o.recorded_at,
                summary: o.reasons.clone(),
                author: o
                    .recorded_by_name
                    .clone()
                    .unwrap_or_else(|| scheme_title.to_owned()),
                category: Some((o.category.as_str().to_owned(), category)),
            }
        }
    }
}

/// Whether the public sees the scheme, and so whether it has feeds to link to.
pub fn public(scheme: &frirum_domain::scheme::Scheme) -> bool {
    frirum_domain::authz::view_scheme(frirum_domain::authz::Viewer::PUBLIC, scheme.status).is_ok()
}

/// A scheme's feed of one kind, in the visitor's language.
pub async fn scheme_feed(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, file)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let kind = file
        .strip_suffix(".atom")
        .and_then(FeedKind::named)
        .ok_or(AppError::App(Error::NotFound))?;
    let feed = feeds::scheme_feed(&state, &ctx, id, kind).await?;
    let page_ctx = page_context(&state, &ctx);
    let base = state.app.config.public_url.trim_end_matches('/').to_owned();
    let entries = feed
        .items
        .iter()
        .map(|item| entry(&page_ctx, &base, &feed.scheme.title, item))
        .collect();
    Feed {
        self_url: format!("{base}/schemes/{id}/feeds/{}.atom", kind.name()),
        html_url: format!("{base}/schemes/{id}"),
        title: format!(
            "{}: {}",
            page_ctx.t(&format!("feeds-{}", kind.name())),
            feed.scheme.title
        ),
        lang: page_ctx.lang.tag().to_owned(),
        entries,
    }
    .response()
}
