//! The rule finder's country: a first visit looks in the visitor's own country's law (their
//! language's, or their organisation's when signed in), so the form never asks for a
//! country with nothing shown; choosing "all countries" stays a choice.

mod common;

use common::{Browser, TestApp};

fn selected(html: &str) -> Option<String> {
    html.split("<option value=\"")
        .skip(1)
        .find(|o| o.split('>').next().unwrap_or_default().contains("selected"))
        .map(|o| o.split('"').next().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn the_country_defaults_to_the_visitors_own() {
    let app = TestApp::with_catalogue().await;
    let mut browser = Browser::new(&app);
    browser.accept_language = Some("da".to_owned());
    let page = browser
        .get("/rule-finder?description=Vi+vil+give+borgerne+%C3%A9n+samlet+plan")
        .await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert_eq!(selected(&html).as_deref(), Some("dk"), "{html}");
    assert!(html.contains("id=\"suggestions\""), "{html}");

    browser.accept_language = Some("sv".to_owned());
    let html = browser.get("/rule-finder").await.text();
    assert_eq!(selected(&html).as_deref(), Some("se"));

    // "All countries" chosen on purpose is kept, and suggestions then ask for a country.
    let html = browser
        .get("/rule-finder?jurisdiction=&description=en+plan")
        .await
        .text();
    assert_eq!(selected(&html), None);
}
