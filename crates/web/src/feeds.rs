//! Atom feeds: the one place a feed is written, for the decisions' feed and each scheme's
//! feeds. Entry ids and links are absolute on the site's configured address (never on a
//! Host header a client chose), and every entry names its author, as Atom requires of a
//! feed without one of its own.

use atom_syndication::{
    CategoryBuilder, EntryBuilder, FeedBuilder, FixedDateTime, LinkBuilder, PersonBuilder, Text,
};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::error::AppError;

/// One entry: what happened, where to read it, who did it.
pub struct Entry {
    /// The absolute address of the page the entry speaks of: its id and its link.
    pub url: String,
    pub title: String,
    pub at: OffsetDateTime,
    pub summary: String,
    pub author: String,
    /// A category's term (a stable code) and its label in the feed's language.
    pub category: Option<(String, String)>,
}

/// A feed: its own absolute address, the page it mirrors, its title and language.
pub struct Feed {
    pub self_url: String,
    pub html_url: String,
    pub title: String,
    pub lang: String,
    pub entries: Vec<Entry>,
}

fn feed_time(at: OffsetDateTime) -> Result<FixedDateTime, AppError> {
    let text = at
        .format(&Rfc3339)
        .map_err(|e| AppError::internal(format!("feed time: {e}")))?;
    FixedDateTime::parse_from_rfc3339(&text)
        .map_err(|e| AppError::internal(format!("feed time: {e}")))
}

fn link(rel: &str, href: String, mime: &str) -> atom_syndication::Link {
    LinkBuilder::default()
        .rel(rel)
        .href(href)
        .mime_type(Some(mime.to_owned()))
        .build()
}

impl Feed {
    /// The feed as an `application/atom+xml` answer; updated when its newest entry
    /// happened (the epoch when it has none, so that an empty feed stays the same).
    pub fn response(self) -> Result<Response, AppError> {
        let mut entries = Vec::with_capacity(self.entries.len());
        for e in &self.entries {
            let at = feed_time(e.at)?;
            let mut entry = EntryBuilder::default();
            entry
                .id(e.url.clone())
                .title(Text::plain(e.title.clone()))
                .updated(at)
                .published(Some(at))
                .summary(Some(Text::plain(e.summary.clone())))
                .author(PersonBuilder::default().name(e.author.clone()).build())
                .link(link("alternate", e.url.clone(), "text/html"));
            if let Some((term, label)) = &e.category {
                entry.category(
                    CategoryBuilder::default()
                        .term(term.clone())
                        .label(Some(label.clone()))
                        .build(),
                );
            }
            entries.push(entry.build());
        }
        let updated = match self.entries.iter().map(|e| e.at).max() {
            Some(at) => feed_time(at)?,
            None => feed_time(OffsetDateTime::UNIX_EPOCH)?,
        };
        let feed = FeedBuilder::default()
            .id(self.self_url.clone())
            .title(Text::plain(self.title))
            .updated(updated)
            .lang(Some(self.lang))
            .link(link("self", self.self_url, "application/atom+xml"))
            .link(link("alternate", self.html_url, "text/html"))
            .entries(entries)
            .build();
        Ok((
            [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
            feed.to_string(),
        )
            .into_response())
    }
}
