//! The public register (issue 17, items 1 and 3) through the router: the trial list's
//! provision and title filters on the page and in the API, the "last verified" date, the
//! statistics page with its tables and CSV, and a scheme's Atom feeds (entries with
//! authors; 404 for a scheme the public may not see or a feed that does not exist).

mod common;

use axum::http::Method;
use common::fixtures::{approved_trial_narrowed, world};
use common::{Browser, TestApp};

#[tokio::test]
async fn the_register_filters_by_provision_and_title_and_counts_and_feeds_it() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = approved_trial_narrowed(&app, &w, vec![w.provision_id]).await;
    let trial = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{id}/state"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(trial["version"], 1);

    // The API: by the provision exempted, by words of the title.
    let by_provision = app
        .api(
            Method::GET,
            &format!("/api/v1/trials?provision_id={}", w.provision_id),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(by_provision["total"], 1, "{by_provision}");
    assert_eq!(by_provision["items"][0]["id"], id);
    assert!(by_provision["items"][0]["last_changed_at"].is_string());
    let title: String = by_provision["items"][0]["title"]
        .as_str()
        .unwrap()
        .to_owned();
    let other = app
        .api(
            Method::GET,
            &format!("/api/v1/trials?provision_id={}", w.provision_id + 100_000),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(other["total"], 0, "another provision finds nothing");
    let word = title.split_whitespace().max_by_key(|w| w.len()).unwrap();
    let found = app
        .api(
            Method::GET,
            &format!(
                "/api/v1/trials?q={}",
                form_urlencoded::byte_serialize(word.to_uppercase().as_bytes()).collect::<String>()
            ),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(found["total"], 1, "{found}");
    let none = app
        .api(Method::GET, "/api/v1/trials?q=zzqqxx", None, None)
        .await
        .json();
    assert_eq!(none["total"], 0);

    // The page: the same filters, the provision named, the last-verified column.
    let mut public = Browser::new(&app);
    let page = public
        .get(&format!("/trials?provision={}", w.provision_id))
        .await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains(&format!("href=\"/trials/{id}\"")), "{html}");
    assert!(html.contains("id=\"trials-provision\""));
    assert!(html.contains("id=\"register-last-verified-note\""));
    let empty = public.get("/trials?q=zzqqxx").await.text();
    assert!(empty.contains("id=\"trials-none\""));
    let bad = public.get("/trials?provision=abc").await;
    assert_eq!(bad.status.as_u16() / 100, 4);

    // Statistics: the trial counted by status and by the act it is exempted from.
    let stats = public.get("/statistics").await;
    assert_eq!(stats.status, 200);
    let stats = stats.text();
    assert!(stats.contains("id=\"table-trials-by-status\""));
    assert!(stats.contains("id=\"chart-trials-by-act\""));
    let csv = public.get("/statistics/trials-by-status.csv").await.text();
    assert!(csv.starts_with("key,id,count"), "{csv}");
    assert!(csv.contains("planned,,1"), "{csv}");
    let acts = public.get("/statistics/trials-by-act.csv").await.text();
    assert!(acts.contains(&format!(",{},1", w.act_id)), "{acts}");
    let scheme = public
        .get(&format!("/statistics?scheme={}", w.setup.scheme_id))
        .await;
    assert_eq!(scheme.status, 200);
    assert!(scheme.text().contains("feeds/decisions.atom"));
    let draft = public
        .get(&format!("/statistics?scheme={}", w.draft_scheme))
        .await;
    assert_eq!(draft.status, 404);

    // Feeds: the decision with its author; status changes; a draft scheme has none.
    let feed = public
        .get(&format!(
            "/schemes/{}/feeds/decisions.atom",
            w.setup.scheme_id
        ))
        .await;
    assert_eq!(feed.status, 200);
    let feed = atom_syndication::Feed::read_from(feed.text().as_bytes()).expect("Atom parses");
    assert_eq!(feed.entries().len(), 1);
    let entry = &feed.entries()[0];
    assert!(!entry.authors().is_empty(), "every entry has an author");
    assert!(!entry.authors()[0].name().is_empty());
    assert_eq!(entry.categories()[0].term(), "approved");
    for kind in ["trials", "evaluations", "outcomes"] {
        let reply = public
            .get(&format!("/schemes/{}/feeds/{kind}.atom", w.setup.scheme_id))
            .await;
        assert_eq!(reply.status, 200, "{kind}");
        atom_syndication::Feed::read_from(reply.text().as_bytes()).expect("Atom parses");
    }
    let hidden = public
        .get(&format!("/schemes/{}/feeds/decisions.atom", w.draft_scheme))
        .await;
    assert_eq!(hidden.status, 404);
    let unknown = public
        .get(&format!(
            "/schemes/{}/feeds/nothing.atom",
            w.setup.scheme_id
        ))
        .await;
    assert_eq!(unknown.status, 404);
    let page = public
        .get(&format!("/schemes/{}", w.setup.scheme_id))
        .await
        .text();
    assert!(page.contains("rel=\"alternate\" type=\"application/atom+xml\""));
}
