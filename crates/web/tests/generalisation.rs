//! Generalisation over HTTP (issue 14, items 4 and 6): the secretariat records what became
//! of a granted exemption once its trial has ended; a trial that has not ended is 409
//! `outcome_trial_not_ended` with its status, an exemption it was not granted 422; a
//! resulting act the catalogue cannot resolve is kept as written and flagged for the
//! secretariat, never dropped; the scheme's results page shows each chart with its table
//! and CSV, public where the scheme is.

mod common;

use axum::http::Method;
use common::fixtures::{approved_trial, assert_code, call, world};
use common::{Browser, TestApp};
use frirum_domain::Role;
use serde_json::json;

async fn end(app: &TestApp, admin: &str, trial: i64) {
    let ended = call(
        app,
        Method::POST,
        &format!("/api/v1/trials/{trial}/status"),
        admin,
        json!({"step": "stop_early", "on": "2027-06-01", "reason": "Forsøget blev afsluttet", "version": 1}),
    )
    .await;
    assert_eq!(ended["status"], "ended", "{ended}");
}

#[tokio::test]
async fn outcomes_wait_for_the_end_name_granted_exemptions_and_keep_unresolved_acts() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let admin = w.setup.admin.clone();
    let path = format!("/api/v1/trials/{trial}/outcomes");
    let spread = json!({"exemption": 0, "category": "spread_fully",
        "reasons": "Evalueringen viste færre møder, og reglen er ændret for alle.",
        "resulting_citation": "§ 141 i serviceloven", "in_force": "2028-07-01"});

    // Before the end: 409 with the trial's status in the figures.
    let early = app
        .api(Method::POST, &path, Some(&admin), Some(&spread.to_string()))
        .await;
    let error = assert_code(&early, 409, "outcome_trial_not_ended");
    assert_eq!(error["error"]["details"]["status"], "planned");
    // Only the secretariat records.
    let applicant = app
        .api(
            Method::POST,
            &path,
            Some(&w.setup.applicant),
            Some(&spread.to_string()),
        )
        .await;
    assert_eq!(applicant.status, 403, "{}", applicant.text());

    end(&app, &admin, trial).await;
    // An exemption the trial was not granted; a category of another country; no reasons;
    // an evaluation of no trial.
    let mut other = spread.clone();
    other["exemption"] = json!(5);
    let error = assert_code(
        &app.api(Method::POST, &path, Some(&admin), Some(&other.to_string()))
            .await,
        422,
        "outcome_exemption_not_granted",
    );
    assert_eq!(error["error"]["details"]["exemption"], 5);
    let mut norwegian = spread.clone();
    norwegian["category"] = json!("made_permanent");
    assert_code(
        &app.api(
            Method::POST,
            &path,
            Some(&admin),
            Some(&norwegian.to_string()),
        )
        .await,
        422,
        "outcome_category_not_offered",
    );
    let mut bare = spread.clone();
    bare["reasons"] = json!("  ");
    assert_code(
        &app.api(Method::POST, &path, Some(&admin), Some(&bare.to_string()))
            .await,
        422,
        "field_required",
    );
    let mut ghost = spread.clone();
    ghost["evaluation_ids"] = json!([999_999]);
    assert_code(
        &app.api(Method::POST, &path, Some(&admin), Some(&ghost.to_string()))
            .await,
        422,
        "outcome_evaluation_unknown",
    );

    // A citation the parser resolves: the act and the provision are kept beside it.
    let first = app
        .api(Method::POST, &path, Some(&admin), Some(&spread.to_string()))
        .await;
    assert_eq!(first.status, 201, "{}", first.text());
    let first = first.json();
    assert_eq!(first["resolved"], true, "{first}");
    assert_eq!(first["resulting_act_id"], w.act_id);
    assert_eq!(first["resulting_provision_id"], w.provision_id);
    assert_eq!(first["common_class"], "changed_for_all");
    assert_eq!(first["in_force"], "2028-07-01");

    // One it cannot: kept as written, flagged; the latest outcome counts.
    let unresolved = json!({"exemption": 0, "category": "spread_partly",
        "reasons": "Delvist udbredt ved en ændringslov.",
        "resulting_citation": "lov nr. 9999 af 1. januar 2099"});
    let second = app
        .api(
            Method::POST,
            &path,
            Some(&admin),
            Some(&unresolved.to_string()),
        )
        .await;
    assert_eq!(second.status, 201, "{}", second.text());
    assert_eq!(second.json()["resolved"], false);
    assert_eq!(
        second.json()["resulting_citation"],
        "lov nr. 9999 af 1. januar 2099"
    );

    // The participants' applicants are told.
    let told = app
        .api(
            Method::GET,
            "/api/v1/me/notifications",
            Some(&w.setup.applicant),
            None,
        )
        .await
        .json();
    assert!(
        told["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["kind"] == "outcome_recorded"),
        "{told}"
    );

    // The public reads the trial's outcomes, the latest first.
    let public = app.api(Method::GET, &path, None, None).await;
    assert_eq!(public.status, 200, "{}", public.text());
    let exemption = &public.json()["exemptions"][0];
    assert_eq!(exemption["latest"]["category"], "spread_partly");
    assert_eq!(exemption["history"].as_array().unwrap().len(), 2);

    // The results: counted by the latest outcome; the flagged list is the secretariat's.
    let scheme = w.setup.scheme_id;
    let results_path = format!("/api/v1/schemes/{scheme}/results");
    let results = app
        .api(Method::GET, &results_path, Some(&admin), None)
        .await
        .json();
    let partly = results["outcomes_by_category"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == "spread_partly")
        .unwrap()
        .clone();
    assert_eq!(partly["exemptions"], 1, "{results}");
    let ended = results["trials_by_status"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["status"] == "ended")
        .unwrap()
        .clone();
    assert_eq!(ended["trials"], 1);
    assert_eq!(results["flagged_outcomes"].as_array().unwrap().len(), 1);
    assert_eq!(
        results["flagged_outcomes"][0]["outcome"]["resulting_citation"],
        "lov nr. 9999 af 1. januar 2099"
    );
    let public = app.api(Method::GET, &results_path, None, None).await.json();
    assert!(public["flagged_outcomes"].as_array().unwrap().is_empty());
    assert_eq!(public["outcomes"].as_array().unwrap().len(), 1);

    // The secretariat's page shows the unresolved act marked, and lists it as flagged.
    let mut browser = Browser::new(&app);
    browser.login(Role::Admin).await;
    let page = browser.get(&format!("/schemes/{scheme}/results")).await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains("id=\"flagged\""), "{html}");
    assert!(html.contains("outcome-not-resolved"));
    assert!(html.contains("lov nr. 9999 af 1. januar 2099"));
    let trial_page = browser.get(&format!("/trials/{trial}")).await.text();
    assert!(trial_page.contains("id=\"outcomes\""));
    assert!(trial_page.contains("outcome-not-resolved"));
    assert!(trial_page.contains("lov nr. 9999 af 1. januar 2099"));
    assert!(
        trial_page.contains("outcome-history"),
        "the earlier outcome stays"
    );
}

#[tokio::test]
async fn the_results_page_draws_each_chart_with_its_table_and_csv() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let scheme = w.setup.scheme_id;
    end(&app, &w.setup.admin, trial).await;
    let mut public = Browser::new(&app);
    let page = public.get(&format!("/schemes/{scheme}/results")).await;
    assert_eq!(page.status, 200, "{}", page.text());
    let html = page.text();
    for chart in [
        "trials-by-status",
        "outcomes-by-category",
        "exemptions-per-act",
        "evidence-per-theme",
    ] {
        assert!(html.contains(&format!("id=\"table-{chart}\"")), "{chart}");
        assert!(
            html.contains(&format!("/schemes/{scheme}/results/{chart}.csv")),
            "{chart}"
        );
        let csv = public
            .get(&format!("/schemes/{scheme}/results/{chart}.csv"))
            .await;
        assert_eq!(csv.status, 200, "{chart}");
        assert!(
            csv.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
    }
    assert!(html.contains("role=\"img\""), "a chart is drawn");
    assert!(
        !html.contains("id=\"flagged\""),
        "the public sees no flagged list"
    );
    let csv = public
        .get(&format!("/schemes/{scheme}/results/trials-by-status.csv"))
        .await
        .text();
    assert!(csv.lines().count() >= 5, "{csv}");
    assert_eq!(
        public
            .get(&format!("/schemes/{scheme}/results/nothing.csv"))
            .await
            .status,
        404
    );
    // The scheme's page leads to the results.
    let scheme_page = public.get(&format!("/schemes/{scheme}")).await.text();
    assert!(scheme_page.contains(&format!("/schemes/{scheme}/results")));
}

#[tokio::test]
async fn the_outcome_form_keeps_what_was_typed_and_names_the_refusal() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let mut browser = Browser::new(&app);
    browser.login(Role::Admin).await;
    let path = format!("/trials/{trial}/outcomes");
    // Before the end: the page says so, and a sent form is refused with the rule.
    let page = browser.get(&path).await;
    assert_eq!(page.status, 200);
    assert!(!page.text().contains("id=\"outcome-form-0\""));
    let refused = browser
        .post(
            &path,
            &[
                ("exemption", "0"),
                ("category", "not_spread"),
                ("reasons", "Ikke udbredt"),
            ],
        )
        .await;
    assert_eq!(refused.status, 409, "{}", refused.text());
    assert!(refused.text().contains("outcome-error-summary"));

    end(&app, &w.setup.admin, trial).await;
    let blank = browser
        .post(
            &path,
            &[
                ("exemption", "0"),
                ("category", "not_spread"),
                ("reasons", ""),
                ("resulting_citation", "kept as typed"),
            ],
        )
        .await;
    assert_eq!(blank.status, 422, "{}", blank.text());
    let html = blank.text();
    assert!(html.contains("id=\"outcome-0-reasons-error\""), "{html}");
    assert!(html.contains("value=\"kept as typed\""));
    let saved = browser
        .post(
            &path,
            &[
                ("exemption", "0"),
                ("category", "not_spread"),
                ("reasons", "Forsøget gav ikke den ønskede effekt."),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert_eq!(saved.location(), format!("/trials/{trial}#outcomes"));
    let shown = browser.get(&format!("/trials/{trial}")).await.text();
    assert!(shown.contains("Forsøget gav ikke den ønskede effekt."));
    // The step is in the case journal as a sentence.
    let journal = app
        .store
        .store
        .journal(
            frirum_domain::journal::CaseKind::Application,
            w.submitted_id,
            frirum_domain::PageRequest::default(),
        )
        .await
        .unwrap();
    assert!(
        journal
            .items
            .iter()
            .any(|e| e.action == "trial.outcome_recorded")
    );
}

#[tokio::test]
async fn a_bill_or_an_amending_act_is_not_recorded_as_the_act_it_amends() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let admin = w.setup.admin.clone();
    end(&app, &admin, trial).await;
    let path = format!("/api/v1/trials/{trial}/outcomes");
    // The act these cite is in the catalogue; each names it only as the act changed.
    for citation in [
        "L 999 Forslag til lov om ændring af serviceloven",
        "Lov om ændring af § 141 i serviceloven",
        "Lag om ändring i serviceloven",
    ] {
        let body = json!({"exemption": 0, "category": "spread_fully",
            "reasons": "Reglen blev ændret for alle.", "resulting_citation": citation});
        let recorded = app
            .api(Method::POST, &path, Some(&admin), Some(&body.to_string()))
            .await;
        assert_eq!(recorded.status, 201, "{}", recorded.text());
        let recorded = recorded.json();
        assert_eq!(recorded["resolved"], false, "{citation}: {recorded}");
        assert_eq!(recorded["resulting_act_id"], json!(null), "{citation}");
        assert_eq!(
            recorded["resulting_provision_id"],
            json!(null),
            "{citation}"
        );
        assert_eq!(recorded["resulting_citation"], citation, "kept as written");
    }
    // Flagged for the secretariat.
    let scheme = w.setup.scheme_id;
    let results = app
        .api(
            Method::GET,
            &format!("/api/v1/schemes/{scheme}/results"),
            Some(&admin),
            None,
        )
        .await
        .json();
    assert_eq!(
        results["flagged_outcomes"][0]["outcome"]["resulting_citation"],
        "Lag om ändring i serviceloven",
        "{results}"
    );
    // The secretariat's dashboard leads to them.
    let mut browser = Browser::new(&app);
    browser.login(Role::Admin).await;
    let home = browser.get("/").await.text();
    assert!(home.contains("id=\"outcomes-attention\""), "{home}");
    assert!(home.contains(&format!("/schemes/{scheme}/results#flagged")));
    // The provision itself still resolves.
    let body = json!({"exemption": 0, "category": "spread_fully",
        "reasons": "Reglen blev ændret for alle.", "resulting_citation": "§ 141 i serviceloven"});
    let itself = app
        .api(Method::POST, &path, Some(&admin), Some(&body.to_string()))
        .await
        .json();
    assert_eq!(itself["resolved"], true, "{itself}");
    assert_eq!(itself["resulting_provision_id"], w.provision_id);
}

#[tokio::test]
async fn a_form_sent_twice_records_its_outcome_once() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    end(&app, &w.setup.admin, trial).await;
    let mut browser = Browser::new(&app);
    browser.login(Role::Admin).await;
    let path = format!("/trials/{trial}/outcomes");
    let form = browser.get(&path).await.text();
    assert!(
        form.contains("name=\"seen\" value=\"0\""),
        "the form carries how many outcomes it shows"
    );
    let sent = [
        ("exemption", "0"),
        ("category", "not_spread"),
        ("reasons", "Forsøget gav ikke den ønskede effekt."),
        ("seen", "0"),
    ];
    let first = browser.post(&path, &sent).await;
    assert_eq!(first.status, 303, "{}", first.text());
    let again = browser.post(&path, &sent).await;
    assert_eq!(again.status, 409, "{}", again.text());
    let html = again.text();
    assert!(html.contains("outcome-error-summary"), "{html}");
    assert!(
        html.contains("name=\"seen\" value=\"1\""),
        "the form now counts the recorded outcome, so a deliberate second one can be sent"
    );
    let api = format!("/api/v1/trials/{trial}/outcomes");
    let outcomes = app.api(Method::GET, &api, None, None).await.json();
    assert_eq!(
        outcomes["exemptions"][0]["history"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "{outcomes}"
    );
    // Through the API: a stale count is refused with the number recorded; none appends.
    let body = json!({"exemption": 0, "category": "not_spread",
        "reasons": "Igen.", "seen_outcomes": 0});
    let stale = app
        .api(
            Method::POST,
            &api,
            Some(&w.setup.admin),
            Some(&body.to_string()),
        )
        .await;
    let error = assert_code(&stale, 409, "outcome_already_recorded");
    assert_eq!(error["error"]["details"]["recorded"], 1);
    let mut fresh = body.clone();
    fresh["seen_outcomes"] = json!(1);
    let ok = app
        .api(
            Method::POST,
            &api,
            Some(&w.setup.admin),
            Some(&fresh.to_string()),
        )
        .await;
    assert_eq!(ok.status, 201, "{}", ok.text());
}
