//! Safe Markdown for invitation texts: raw HTML is shown as text and only web, mail and
//! local links are kept, so a scheme's text can never carry a script.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, html};

fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
        || (lower.starts_with('/') && !lower.starts_with("//"))
        || lower.starts_with('#')
}

/// Renders Markdown to HTML that is safe to put in a page as it is.
pub fn render(text: &str) -> String {
    let parser = Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).map(
        |event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = if safe_url(&dest_url) {
                    dest_url
                } else {
                    CowStr::Borrowed("#")
                };
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image { title, .. }) => Event::Text(title),
            Event::End(pulldown_cmark::TagEnd::Image) => Event::Text(CowStr::Borrowed("")),
            other => other,
        },
    );
    let mut out = String::new();
    html::push_html(&mut out, parser);
    out
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn markdown_renders_and_scripts_do_not() {
        let html =
            render("# Invitation\n\n- *one*\n- [oim](https://oim.dk)\n\n<script>alert(1)</script>");
        assert!(html.contains("<h1>Invitation</h1>"));
        assert!(html.contains("<em>one</em>"));
        assert!(html.contains("href=\"https://oim.dk\""));
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
        let link = render("[x](javascript:alert(1))");
        assert!(!link.contains("javascript:"), "{link}");
    }
}
