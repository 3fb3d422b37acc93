//! The rule finder through the router, on Frirum's own law fixtures: search with compounds
//! and folding, acts and provisions, suggestions with reasons, citations, every bad query
//! answered without a 500, and the pages a person uses. Also the suggestion evaluation:
//! recall@10 over `crates/cli/data/law/eval.toml`.

mod common;

use axum::http::Method;
use common::{Browser, TestApp};
use frirum_domain::Role;
use serde_json::{Value, json};

fn ok(reply: &common::Reply) -> Value {
    assert_eq!(reply.status, 200, "{}", reply.text());
    reply.json()
}

fn code(reply: &common::Reply, status: u16) -> String {
    assert_eq!(reply.status, status, "{}", reply.text());
    reply.json()["error"]["code"].as_str().unwrap().to_owned()
}

fn labels(items: &Value) -> Vec<String> {
    items["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            format!(
                "{} {}",
                i["act"]["official_id"].as_str().unwrap(),
                i["label"].as_str().unwrap()
            )
        })
        .collect()
}

#[tokio::test]
async fn search_finds_compounds_stems_and_folded_letters() {
    let app = TestApp::with_catalogue().await;
    let hits = ok(&app
        .get("/api/v1/provisions/search?q=bemanningsnorm&jurisdiction=no")
        .await);
    let found = labels(&hits);
    assert!(
        found.iter().any(|l| l.starts_with("LOV-2005-06-17-64")),
        "the compound finds barnehageloven's staffing provisions: {found:?}"
    );
    let first = &hits["items"][0];
    let (start, end) = (
        first["highlights"][0][0].as_u64().unwrap() as usize,
        first["highlights"][0][1].as_u64().unwrap() as usize,
    );
    let snippet = first["snippet"].as_str().unwrap();
    assert!(
        snippet.get(start..end).is_some(),
        "highlights fall on the snippet"
    );

    // Without Nordic letters, and in Danish and Swedish.
    let folded = ok(&app
        .get("/api/v1/provisions/search?q=barnehage&jurisdiction=no")
        .await);
    assert!(!folded["items"].as_array().unwrap().is_empty());
    let danish = ok(&app
        .get("/api/v1/provisions/search?q=dagtilbud&jurisdiction=dk")
        .await);
    assert!(!danish["items"].as_array().unwrap().is_empty());
    let swedish = ok(&app
        .get("/api/v1/provisions/search?q=socialtjansten&jurisdiction=se")
        .await);
    assert!(!swedish["items"].as_array().unwrap().is_empty());
    for item in swedish["items"].as_array().unwrap() {
        assert_eq!(item["jurisdiction"], "se", "the filter holds");
    }
}

#[tokio::test]
async fn bad_queries_get_clear_answers_never_a_500() {
    let app = TestApp::with_catalogue().await;
    assert_eq!(
        code(&app.get("/api/v1/provisions/search?q=").await, 400),
        "empty_query"
    );
    assert_eq!(
        code(&app.get("/api/v1/provisions/search").await, 400),
        "empty_query"
    );
    assert_eq!(
        code(
            &app.get("/api/v1/provisions/search?q=plan&jurisdiction=fi")
                .await,
            422
        ),
        "invalid_field"
    );
    assert_eq!(
        code(
            &app.get("/api/v1/provisions/search?q=plan&limit=0").await,
            422
        ),
        "invalid_field"
    );
    for q in [
        "%22%28%3A%2A%29%22",                   // "(:*)"
        "barnehage%3A%28%22norm%22%29%5E2~%2A", // barnehage:("norm")^2~*
        "-%20%2B%20AND%20OR%20NOT",
    ] {
        let reply = app.get(&format!("/api/v1/provisions/search?q={q}")).await;
        assert!(
            reply.status == 200 || reply.status == 400,
            "{q}: {} {}",
            reply.status,
            reply.text()
        );
    }
    let long = "kommune ".repeat(1_250);
    let reply = app
        .get(&format!(
            "/api/v1/provisions/search?q={}",
            long.replace(' ', "+")
        ))
        .await;
    assert_eq!(reply.status, 200, "a 10,000-character query gets results");
    let empty_suggest = app
        .api(
            Method::POST,
            "/api/v1/rule-finder/suggest",
            None,
            Some(r#"{"jurisdiction": "no", "text": "   "}"#),
        )
        .await;
    assert_eq!(code(&empty_suggest, 400), "empty_query");
}

#[tokio::test]
async fn acts_and_provisions_are_read_by_id_and_official_identifier() {
    let app = TestApp::with_catalogue().await;
    let act = ok(&app.get("/api/v1/acts/LOV-2005-06-17-64").await);
    assert_eq!(act["official_id"], "LOV-2005-06-17-64");
    let by_number = ok(&app.get(&format!("/api/v1/acts/{}", act["id"])).await);
    assert_eq!(by_number["official_id"], act["official_id"]);
    let provisions = act["provisions"].as_array().unwrap();
    assert_eq!(
        provisions.len() as u64,
        act["provision_count"].as_u64().unwrap()
    );
    let danish = ok(&app.get("/api/v1/acts/lta%2F2024%2F909").await);
    assert_eq!(danish["jurisdiction"], "dk");
    let id = provisions[0]["id"].as_i64().unwrap();
    let provision = ok(&app.get(&format!("/api/v1/provisions/{id}")).await);
    assert_eq!(provision["act"]["official_id"], "LOV-2005-06-17-64");
    assert!(!provision["text"].as_str().unwrap().is_empty());
    assert_eq!(provision["requested_by"], 0);
    assert_eq!(
        code(&app.get("/api/v1/provisions/999999").await, 404),
        "not_found"
    );
    assert_eq!(
        code(&app.get("/api/v1/acts/LOV-1-1").await, 404),
        "not_found"
    );
}

#[tokio::test]
async fn suggestions_explain_themselves_and_citations_resolve() {
    let app = TestApp::with_catalogue().await;
    let reply = app
        .api(
            Method::POST,
            "/api/v1/rule-finder/suggest",
            None,
            Some(
                &json!({"jurisdiction": "no", "text": "Vi vil se bemanningen i to barnehager under ett, \
                 og søker fritak fra barnehageloven § 26."})
                .to_string(),
            ),
        )
        .await;
    let body = ok(&reply);
    let first = &body["items"][0];
    assert_eq!(first["act"]["official_id"], "LOV-2005-06-17-64", "{body}");
    assert_eq!(first["label"], "§ 26");
    let kinds: Vec<&str> = first["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"cited"), "{kinds:?}");

    let cited = ok(&app
        .api(
            Method::POST,
            "/api/v1/rule-finder/cite",
            None,
            Some(r#"{"jurisdiction": "se", "text": "Enligt 3 kap. 3 § kommunallagen (2017:725) och år 2019:835 i prosa."}"#),
        )
        .await);
    let items = cited["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{cited}");
    assert_eq!(items[0]["act"]["id"], "2017:725");
    assert_eq!(items[0]["chapter"], "3");
    assert_eq!(items[0]["section"], "3");
    assert!(items[0]["provision_id"].is_i64(), "{cited}");
    let text = "Enligt 3 kap. 3 § kommunallagen (2017:725) och år 2019:835 i prosa.";
    let (start, end) = (
        items[0]["start"].as_u64().unwrap() as usize,
        items[0]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], items[0]["text"].as_str().unwrap());
}

#[tokio::test]
async fn a_text_longer_than_the_server_reads_is_refused_not_cut() {
    let app = TestApp::with_catalogue().await;
    // The citation sits past the length the server reads: cutting the text would lose it
    // without a word.
    let long = format!(
        "{} Enligt 3 kap. 3 § kommunallagen (2017:725).",
        "ord ".repeat(frirum_app::law::MAX_TEXT_CHARS / 4)
    );
    let body = json!({"jurisdiction": "se", "text": long}).to_string();
    let refused = app
        .api(Method::POST, "/api/v1/rule-finder/cite", None, Some(&body))
        .await;
    let body = common::fixtures::assert_code(&refused, 422, "field_too_long");
    assert_eq!(body["error"]["details"]["field"], "text", "{body}");

    let fits = json!({"jurisdiction": "se", "text": "Enligt 3 kap. 3 § kommunallagen (2017:725)."})
        .to_string();
    let cited = ok(&app
        .api(Method::POST, "/api/v1/rule-finder/cite", None, Some(&fits))
        .await);
    assert_eq!(cited["items"][0]["act"]["id"], "2017:725", "{cited}");
}

#[tokio::test]
async fn a_danish_consolidation_is_cited_by_the_act_it_consolidates() {
    let app = TestApp::with_catalogue().await;
    let cited = ok(&app
        .api(
            Method::POST,
            "/api/v1/rule-finder/cite",
            None,
            Some(r#"{"jurisdiction": "dk", "text": "§ 141, stk. 1, i lov om social service"}"#),
        )
        .await);
    let items = cited["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{cited}");
    assert_eq!(items[0]["act"]["id"], "lta/2024/909", "{cited}");
    assert!(items[0]["provision_id"].is_i64(), "{cited}");
}

#[tokio::test]
async fn the_rule_finder_pages_work_for_everyone() {
    let app = TestApp::with_catalogue().await;
    let mut browser = Browser::new(&app);
    let page = browser
        .get("/rule-finder?jurisdiction=dk&description=Vi+vil+give+borgerne+%C3%A9n+samlet+plan&q=handleplan")
        .await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains("id=\"suggestions\""), "{html}");
    assert!(html.contains("<mark>"), "search hits are highlighted");
    // A suggestion that only one word of the idea matched says so beside it; the others do
    // not. The idea is the fixture set's dk-01.
    let idea = browser
        .get(
            "/rule-finder?jurisdiction=dk&description=I+vores+landdistrikter+mangler+vi+dagplejere%2C+\
             og+nogle+dagplejere+vil+gerne+passe+flere+b%C3%B8rn%2C+n%C3%A5r+de+arbejder+to+og+to+i+\
             et+f%C3%A6lles+lokale.+Vi+%C3%B8nsker+at+pr%C3%B8ve+med+syv+b%C3%B8rn+pr.+to+\
             dagplejere+i+egnede+lokaler.",
        )
        .await;
    assert_eq!(idea.status, 200);
    let html = idea.text();
    let cards: Vec<&str> = html.split("<li class=\"card\">").skip(1).collect();
    let (mut one_word, mut more) = (0, 0);
    for card in &cards {
        let words = card
            .split("<ul class=\"reasons\"><li>")
            .nth(1)
            .and_then(|r| r.split("</li>").next())
            .unwrap_or("");
        let marked = card.contains("class=\"one-word\"");
        assert!(!(marked && words.contains(", ")), "{words}: {card}");
        if marked {
            one_word += 1;
        } else {
            more += 1;
        }
    }
    assert!(
        one_word > 0 && more > 0,
        "{one_word} one-word, {more} more: {html}"
    );
    // A Swedish section is shown with its chapter, since every chapter has its own "13 §".
    let swedish = browser
        .get("/rule-finder?jurisdiction=se&q=legitimation")
        .await;
    assert!(swedish.text().contains("2 kap. 13 §"), "{}", swedish.text());
    let empty = browser.get("/rule-finder").await;
    assert_eq!(empty.status, 200);
    let act = browser.get("/acts/LOV-2005-06-17-64").await;
    assert_eq!(act.status, 200);
    let link = act
        .text()
        .split("href=\"/provisions/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let provision = browser.get(&format!("/provisions/{link}")).await;
    assert_eq!(provision.status, 200);
    assert!(provision.text().contains("LOV-2005-06-17-64"));
    assert_eq!(browser.get("/provisions/999999").await.status, 404);
    // The pages escape what they show.
    let script = browser
        .get("/rule-finder?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert!(!script.text().contains("<script>alert(1)"));
}

#[tokio::test]
async fn an_applicant_links_a_suggestion_to_a_requested_exemption() {
    let app = TestApp::with_catalogue().await;
    let admin = app.token(Role::Admin).await;
    let applicant = app.token(Role::Applicant).await;
    let call = |method: Method, path: String, token: String, body: Value| {
        let app = &app;
        async move {
            let reply = app
                .api(method, &path, Some(&token), Some(&body.to_string()))
                .await;
            assert!(reply.status.is_success(), "{path}: {}", reply.text());
            reply.json()
        }
    };
    let scheme = call(
        Method::POST,
        "/api/v1/schemes".into(),
        admin.clone(),
        json!({"code": "DK2031", "country": "dk", "title": "Frikommuner", "language": "da",
               "rules": {"networks_allowed": true, "allowed_kinds": ["municipality"], "score_scale_max": 5}}),
    )
    .await;
    let id = scheme["id"].as_i64().unwrap();
    let round = call(
        Method::POST,
        format!("/api/v1/schemes/{id}/rounds"),
        admin.clone(),
        json!({"number": 1, "opens": "2020-01-01", "deadline": "2099-01-01", "time_zone": "Europe/Copenhagen"}),
    )
    .await;
    call(
        Method::POST,
        format!("/api/v1/schemes/{id}/status"),
        admin,
        json!({"status": "published"}),
    )
    .await;
    let draft = call(
        Method::POST,
        "/api/v1/applications".into(),
        applicant,
        json!({"round_id": round["id"], "content": {
            "title": "Én plan for borgeren",
            "description": "Borgere med mange sager får i dag mange handleplaner. Vi vil samle dem i én helhedsorienteret plan med én koordinator.",
            "unknown_rules_obstacle": "Vi ved ikke, hvilke regler om handleplaner der står i vejen."}}),
    )
    .await;
    let app_id = draft["id"].as_i64().unwrap();

    let mut browser = Browser::new(&app);
    browser.login(Role::Applicant).await;
    let page = browser
        .get(&format!("/applications/{app_id}/suggest"))
        .await;
    assert_eq!(page.status, 200);
    let html = page.text();
    let provision: i64 = html
        .split("name=\"provision_id\" value=\"")
        .nth(1)
        .expect("at least one suggestion")
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let linked = browser
        .post(
            &format!("/applications/{app_id}/exemptions"),
            &[("provision_id", &provision.to_string()), ("version", "1")],
        )
        .await;
    assert_eq!(linked.status, 303, "{}", linked.text());
    let stored = app.store.store.application(app_id).await.unwrap().unwrap();
    let exemption = &stored.content.exemptions[0];
    assert_eq!(exemption.provision_id, Some(provision));
    assert!(!exemption.reference.is_empty());
    let form = browser.get(&format!("/applications/{app_id}/edit")).await;
    assert!(
        form.text()
            .contains(&format!("href=\"/provisions/{provision}\""))
    );
    // Suggested again, it is marked as already asked for and not offered a second time.
    let again = browser
        .get(&format!("/applications/{app_id}/suggest"))
        .await
        .text();
    assert!(
        again.contains(&format!("id=\"in-application-{provision}\"")),
        "{again}"
    );
    assert!(!again.contains(&format!("name=\"provision_id\" value=\"{provision}\"")));
    // A stale version loses nothing and says so.
    let stale = browser
        .post(
            &format!("/applications/{app_id}/exemptions"),
            &[("provision_id", &provision.to_string()), ("version", "1")],
        )
        .await;
    assert_eq!(stale.status, 409);
}

/// recall@10 of the suggestions over Frirum's evaluation set, through the same evaluation
/// as `frirum law evaluate`: the share of expected provisions among the first ten
/// suggestions, per case, averaged.
#[tokio::test]
async fn suggestion_recall_at_ten() {
    let app = TestApp::with_catalogue().await;
    let text = std::fs::read_to_string(common::catalogue_dir().join("eval.toml")).unwrap();
    let set: frirum_app::finder_eval::EvalSet = toml::from_str(&text).unwrap();
    let finder = frirum_app::RuleFinder::open(None).unwrap();
    finder.reindex(&*app.store.store).await.unwrap();
    let result = frirum_app::finder_eval::evaluate(
        &finder,
        &*app.store.store,
        &set,
        &Default::default(),
        10,
    )
    .await
    .unwrap();
    for miss in &result.misses {
        println!(
            "{}: {} {} at {:?}, after {:?}",
            miss.case, miss.expected.act, miss.expected.section, miss.rank, miss.ahead
        );
        // A miss names what came before it: all of it up to three, the top three when it
        // was not found at all.
        let before = miss.rank.map_or(frirum_app::finder_eval::AHEAD, |r| {
            (r - 1).min(frirum_app::finder_eval::AHEAD)
        });
        assert_eq!(miss.ahead.len(), before, "{}", miss.case);
        assert!(!miss.ahead.contains(&miss.expected), "{}", miss.case);
    }
    let m = result.metrics;
    println!(
        "recall@1 {:.3}, recall@10 {:.3}, MRR {:.3} over {} cases",
        m.recall_at_1, m.recall_at_limit, m.mrr, result.scored
    );
    assert!(result.scored >= 40);
    assert_eq!(
        result.unresolvable_cases, 0,
        "every expected provision is in the catalogue"
    );
    assert!(result.unresolvable_provisions.is_empty());
    assert!(
        m.recall_at_limit >= 0.75,
        "recall@10 fell to {:.3}",
        m.recall_at_limit
    );
}

/// A provision the scheme's law puts beyond a trial (here forvaltningsloven's rules of
/// procedure, barred by forsøksloven § 4) is suggested with its flag, in the API and on
/// the pages, and its own page says why.
#[tokio::test]
async fn provisions_beyond_a_trial_are_flagged_not_hidden() {
    let app = TestApp::with_catalogue().await;
    let reply = app
        .api(
            Method::POST,
            "/api/v1/rule-finder/suggest",
            None,
            Some(
                &json!({"jurisdiction": "no", "text": "Vi vil fatte vedtak uten forhåndsvarsling etter forvaltningsloven § 16."})
                    .to_string(),
            ),
        )
        .await;
    let body = ok(&reply);
    let items = body["items"].as_array().unwrap();
    let flagged = items
        .iter()
        .find(|i| i["act"]["official_id"] == "LOV-1967-02-10" && i["label"] == "§ 16")
        .unwrap_or_else(|| panic!("forvaltningsloven § 16 suggested: {body}"));
    assert_eq!(flagged["not_exemptible"], "administrative_procedure");
    assert!(flagged["requested_by"].is_u64());
    // An ordinary sector act is not flagged.
    assert!(
        items
            .iter()
            .filter(|i| i["act"]["official_id"] == "LOV-2005-06-17-64")
            .all(|i| i["not_exemptible"].is_null()),
        "{body}"
    );
    let id = flagged["id"].as_i64().unwrap();
    let detail = ok(&app.get(&format!("/api/v1/provisions/{id}")).await);
    assert_eq!(detail["not_exemptible"], "administrative_procedure");

    let mut browser = Browser::new(&app);
    let page = browser.get(&format!("/provisions/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(
        page.text()
            .contains("class=\"alert alert-error not-exemptible\""),
        "{}",
        page.text()
    );
    let finder = browser
        .get("/rule-finder?jurisdiction=no&description=vedtak+uten+forh%C3%A5ndsvarsling+etter+forvaltningsloven+%C2%A7+16")
        .await
        .text();
    assert!(finder.contains("not-exemptible"), "{finder}");
}
