//! Trials in operation through the router: the public list and trial page, the
//! secretariat's steps of a trial's life with their refusals (a stale version, a missing
//! reason, a step its status does not allow) on the page and in the API, the public
//! history of changes, researchers assigned and what that lets them read, and the upkeep
//! completing a trial whose period is over.

mod common;

use axum::http::Method;
use common::fixtures::{approved_trial, assert_code, call, world};
use common::{Browser, TestApp, email};
use frirum_domain::Role;
use serde_json::json;
use time::macros::datetime;

#[tokio::test]
async fn the_public_reads_the_list_the_trial_and_its_history() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = approved_trial(&app, &w).await;

    let list = app.api(Method::GET, "/api/v1/trials", None, None).await;
    assert_eq!(list.status, 200, "{}", list.text());
    let list = list.json();
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["id"], id);
    assert_eq!(list["items"][0]["status"], "planned");
    assert_eq!(list["items"][0]["planned_end"], "2030-12-31");
    let none = app
        .api(Method::GET, "/api/v1/trials?status=running", None, None)
        .await
        .json();
    assert_eq!(none["total"], 0);
    let bad = app
        .api(Method::GET, "/api/v1/trials?status=sleeping", None, None)
        .await;
    assert_eq!(bad.status.as_u16() / 100, 4, "an unknown status is refused");

    let state = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{id}/state"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(state["version"], 1);
    assert_eq!(state["exemptions"][0]["legal_basis_end"], json!(null));
    let history = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{id}/history"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(history["versions"][0]["kind"], "approved");

    let mut public = Browser::new(&app);
    let page = public.get("/trials").await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains(&format!("/trials/{id}")));
    // The form offers every participant and the themes without a scheme chosen first,
    // each theme under its scheme.
    let form = html
        .split("id=\"trial-filters\"")
        .nth(1)
        .unwrap()
        .split("</form>")
        .next()
        .unwrap();
    let participants = list["items"][0]["participants"].as_array().unwrap();
    assert!(!participants.is_empty());
    let organisations = form
        .split("id=\"filter-organisation\"")
        .nth(1)
        .expect("an organisation field")
        .split("</select>")
        .next()
        .unwrap();
    for p in participants {
        assert!(
            organisations.contains(&format!("<option value=\"{}\">", p["id"])),
            "{organisations}"
        );
    }
    let themes = form
        .split("id=\"filter-theme\"")
        .nth(1)
        .expect("a theme field without a scheme chosen")
        .split("</select>")
        .next()
        .unwrap();
    assert!(themes.contains("<optgroup label="), "{themes}");
    assert!(
        themes.contains(&format!("<option value=\"{}\">", w.setup.theme_id)),
        "{themes}"
    );
    // Sent without JavaScript, the form's fields narrow the list.
    let org = participants[0]["id"].as_i64().unwrap();
    let narrowed = public
        .get(&format!(
            "/trials?scheme=&status=&country=&theme={}&organisation={org}",
            w.setup.theme_id
        ))
        .await;
    assert_eq!(narrowed.status, 200);
    let html = narrowed.text();
    assert!(html.contains(&format!("/trials/{id}\"")), "{html}");
    assert!(
        html.contains(&format!("<option value=\"{org}\" selected>")),
        "the choice stays selected"
    );
    let other_theme = public
        .get(&format!("/trials?theme={}", w.setup.theme_id + 1000))
        .await
        .text();
    assert!(other_theme.contains("id=\"trials-none\""), "{other_theme}");
    let page = public.get(&format!("/trials/{id}")).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(
        text.contains("id=\"trial-history\""),
        "the history is public"
    );
    assert!(
        !text.contains("id=\"trial-transition\""),
        "only the secretariat changes the status"
    );
    assert!(!text.contains("id=\"researchers\""));
    // A filter that names nothing is refused, not ignored.
    assert_eq!(public.get("/trials?status=sleeping").await.status, 422);
    assert_eq!(public.get("/trials/999999").await.status, 404);
}

#[tokio::test]
async fn the_secretariat_takes_steps_and_refusals_name_the_rule() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = approved_trial(&app, &w).await;
    let admin = &w.setup.admin;
    let path = format!("/api/v1/trials/{id}/status");

    // The applicant may not change the status.
    let refused = app
        .api(
            Method::POST,
            &path,
            Some(&w.setup.applicant),
            Some(&json!({"step": "start", "on": "2027-01-04", "version": 1}).to_string()),
        )
        .await;
    assert_code(&refused, 403, "forbidden");

    let started = call(
        &app,
        Method::POST,
        &path,
        admin,
        json!({"step": "start", "on": "2027-01-04", "version": 1}),
    )
    .await;
    assert_eq!(started["status"], "running");
    assert_eq!(started["actual_start"], "2027-01-04");
    assert_eq!(started["version"], 2);

    // A step decided on an old version loses: someone changed the trial meanwhile.
    let stale = app
        .api(
            Method::POST,
            &path,
            Some(admin),
            Some(&json!({"step": "suspend", "reason": "x", "version": 1}).to_string()),
        )
        .await;
    assert_code(&stale, 409, "edit_conflict");
    // Stopping early needs a reason; resuming needs a trial on hold.
    let no_reason = app
        .api(
            Method::POST,
            &path,
            Some(admin),
            Some(&json!({"step": "stop_early", "on": "2028-01-01", "version": 2}).to_string()),
        )
        .await;
    assert_code(&no_reason, 422, "reason_required");
    let not_on_hold = app
        .api(
            Method::POST,
            &path,
            Some(admin),
            Some(&json!({"step": "resume", "version": 2}).to_string()),
        )
        .await;
    assert_code(&not_on_hold, 409, "invalid_trial_transition");
    let no_date = app
        .api(
            Method::POST,
            &path,
            Some(admin),
            Some(&json!({"step": "complete", "version": 2}).to_string()),
        )
        .await;
    assert_eq!(no_date.status, 422, "{}", no_date.text());

    // On the page: a refused step shows the trial again with the reason and what was typed.
    let mut secretariat = Browser::new(&app);
    secretariat.login(Role::Admin).await;
    let page = secretariat.get(&format!("/trials/{id}")).await;
    assert!(page.text().contains("id=\"trial-transition\""));
    let refused = secretariat
        .post(
            &format!("/trials/{id}/status"),
            &[
                ("step", "suspend"),
                ("reason", "  "),
                ("on", ""),
                ("version", "2"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("id=\"transition-error\""));
    let held = secretariat
        .post(
            &format!("/trials/{id}/status"),
            &[
                ("step", "suspend"),
                ("reason", "Skolen er lukket for ombygning"),
                ("on", ""),
                ("version", "2"),
            ],
        )
        .await;
    assert_eq!(held.status, 303, "{}", held.text());
    let page = secretariat.get(&format!("/trials/{id}")).await.text();
    assert!(page.contains("Skolen er lukket for ombygning"));

    // Every step is a version of the public history, with what it changed.
    let history = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{id}/history"),
            None,
            None,
        )
        .await
        .json();
    let kinds: Vec<_> = history["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(kinds, ["approved", "started", "suspended"]);
    let changes = &history["versions"][2]["changes"];
    assert_eq!(changes[0]["field"], "status");
    assert_eq!(changes[0]["before"], "running");
    assert_eq!(changes[0]["after"], "suspended");
    assert_eq!(
        history["versions"][2]["reason"],
        "Skolen er lukket for ombygning"
    );
}

#[tokio::test]
async fn researchers_are_assigned_by_the_secretariat_and_read_what_is_internal() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = approved_trial(&app, &w).await;
    let admin = &w.setup.admin;
    let researcher = app
        .store
        .store
        .credentials(&email(Role::Researcher))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    let researcher_token = app.token(Role::Researcher).await;
    let list_path = format!("/api/v1/trials/{id}/researchers");

    // Before the assignment the researcher reads only what is public.
    let before = app
        .api(Method::GET, &list_path, Some(&researcher_token), None)
        .await;
    assert_code(&before, 403, "forbidden");
    assert_code(
        &app.api(Method::GET, &list_path, None, None).await,
        401,
        "unauthenticated",
    );

    // Only researchers are assigned.
    let assessor = app
        .api(
            Method::PUT,
            &format!("/api/v1/trials/{id}/researchers/{}", w.assessor_id),
            Some(admin),
            None,
        )
        .await;
    assert_eq!(assessor.status, 422, "{}", assessor.text());
    for _ in 0..2 {
        let assigned = app
            .api(
                Method::PUT,
                &format!("/api/v1/trials/{id}/researchers/{researcher}"),
                Some(admin),
                None,
            )
            .await;
        assert_eq!(assigned.status, 204, "{}", assigned.text());
    }
    let listed = app
        .api(Method::GET, &list_path, Some(&researcher_token), None)
        .await;
    assert_eq!(listed.status, 200);
    assert_eq!(listed.json()["researchers"].as_array().unwrap().len(), 1);
    let followed = app
        .api(
            Method::GET,
            &format!("/api/v1/trials?researcher_id={researcher}"),
            Some(&researcher_token),
            None,
        )
        .await
        .json();
    assert_eq!(followed["total"], 1);

    // The researcher's list offers "trials I follow"; the trial page names them.
    let mut browser = Browser::new(&app);
    browser.login(Role::Researcher).await;
    assert!(
        browser
            .get("/trials")
            .await
            .text()
            .contains("id=\"trials-followed\"")
    );
    assert!(
        browser
            .get(&format!("/trials/{id}"))
            .await
            .text()
            .contains("id=\"researchers\"")
    );

    let removed = app
        .api(
            Method::DELETE,
            &format!("/api/v1/trials/{id}/researchers/{researcher}"),
            Some(admin),
            None,
        )
        .await;
    assert_eq!(removed.status, 204);
    assert_code(
        &app.api(Method::GET, &list_path, Some(&researcher_token), None)
            .await,
        403,
        "forbidden",
    );
}

#[tokio::test]
async fn the_upkeep_completes_a_trial_whose_period_is_over() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let id = approved_trial(&app, &w).await;
    call(
        &app,
        Method::POST,
        &format!("/api/v1/trials/{id}/status"),
        &w.setup.admin,
        json!({"step": "start", "on": "2027-01-04", "version": 1}),
    )
    .await;
    let core = frirum_app::App::new(app.store.store.clone(), frirum_app::AppConfig::default());
    // The last day of the period in Copenhagen: still running.
    let last_day =
        frirum_app::Actor::public(frirum_domain::Language::Da, datetime!(2030-12-31 22:30 UTC));
    let done = frirum_app::upkeep::run_once(&core, &last_day)
        .await
        .unwrap();
    assert_eq!(
        done.trials_advanced, 0,
        "23:30 in Copenhagen is still the 31st"
    );
    // Just after midnight in Copenhagen it is over.
    let next_day =
        frirum_app::Actor::public(frirum_domain::Language::Da, datetime!(2030-12-31 23:30 UTC));
    let done = frirum_app::upkeep::run_once(&core, &next_day)
        .await
        .unwrap();
    assert_eq!(done.trials_advanced, 1);
    let again = frirum_app::upkeep::run_once(&core, &next_day)
        .await
        .unwrap();
    assert_eq!(again.trials_advanced, 0, "completed once");
    let state = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{id}/state"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(state["status"], "ended");
    assert_eq!(state["end_kind"], "completed");
    assert_eq!(state["actual_end"], "2030-12-31");
}
