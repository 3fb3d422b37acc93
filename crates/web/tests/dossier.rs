//! The provision dossier and adopting a trial over HTTP (issue 14, items 5 and 7): the
//! provision page and the API show a provision's trials to everybody; the rule-change
//! proposal opens as a page and as a PDF; another municipality's applicant adopts a running
//! trial into a draft in an open round, which names the trial and which the trial lists
//! once submitted; a participant and a planned trial are refused with the rule.

mod common;

use axum::http::Method;
use common::fixtures::{World, approved_trial_narrowed, call, world};
use common::{Browser, TestApp};
use frirum_domain::Role;
use serde_json::json;

/// Approves the world's submitted application with its exemption narrowed to the world's
/// provision: the trial's id.
async fn trial_waiving_the_provision(app: &TestApp, w: &World) -> i64 {
    approved_trial_narrowed(app, w, vec![w.provision_id]).await
}

async fn start(app: &TestApp, w: &World, trial: i64) {
    call(
        app,
        Method::POST,
        &format!("/api/v1/trials/{trial}/status"),
        &w.setup.admin,
        json!({"step": "start", "on": "2027-01-04", "version": 1}),
    )
    .await;
}

#[tokio::test]
async fn the_provision_shows_its_dossier_and_the_proposal_opens_as_a_page_and_a_pdf() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = trial_waiving_the_provision(&app, &w).await;
    let p = w.provision_id;

    let mut public = Browser::new(&app);
    let page = public.get(&format!("/provisions/{p}")).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("id=\"dossier\""), "{text}");
    assert!(
        text.contains(&format!("/trials/{trial}")),
        "the trial is listed"
    );
    assert!(text.contains(&format!("/provisions/{p}/proposal")));

    let api = app
        .api(
            Method::GET,
            &format!("/api/v1/provisions/{p}/dossier"),
            None,
            None,
        )
        .await;
    assert_eq!(api.status, 200, "{}", api.text());
    let body = api.json();
    assert_eq!(body["trials"][0]["trial_id"], trial);
    assert_eq!(body["narrowed"], 1);
    assert_eq!(
        app.api(Method::GET, "/api/v1/provisions/999999/dossier", None, None)
            .await
            .status,
        404
    );

    let proposal = public.get(&format!("/provisions/{p}/proposal")).await;
    assert_eq!(proposal.status, 200);
    let text = proposal.text();
    assert!(text.contains("id=\"proposal\""));
    assert!(text.contains("lang=\"da\""), "the scheme's language");
    assert!(text.contains("Kommunalbestyrelsen udarbejder en handleplan."));
    // Cited as a Danish lawyer cites it, not by the consolidation's title.
    assert!(
        text.contains(" i lov om social service</h1>"),
        "the provision cited as lawyers write it: {text}"
    );
    assert!(!text.contains("Bekendtgørelse af lov om social service</h1>"));

    // An English visitor: the page speaks English, the proposal Danish, written as a
    // proposal to the ministry with its parts under their own headings.
    let mut english = Browser::new(&app);
    english.accept_language = Some("en".into());
    let text = english
        .get(&format!("/provisions/{p}/proposal?lang=da"))
        .await
        .text();
    for ui in ["Download as PDF", "Back to the provision"] {
        assert!(text.contains(ui), "the interface in English: {ui}");
    }
    for part in [
        "<strong>Til: ",
        "Resumé",
        "Bestemmelsen, som den lyder i dag",
        "Hvad forsøgene søgte om",
        "Hvad forsøgene viste",
        "Anbefalinger",
        "Hvad der er besluttet",
        "Forslag til ny affattelse",
    ] {
        assert!(text.contains(part), "the proposal's part {part:?}: {text}");
    }
    assert!(!text.contains("Hent som PDF"), "no Danish buttons");
    let pdf = public
        .get(&format!("/provisions/{p}/proposal.pdf?lang=da"))
        .await;
    assert_eq!(pdf.status, 200);
    assert!(pdf.body.starts_with(b"%PDF"), "a PDF");
}

#[tokio::test]
async fn another_municipality_adopts_a_running_trial_into_a_draft() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = trial_waiving_the_provision(&app, &w).await;
    call(
        &app,
        Method::POST,
        "/api/v1/users",
        &w.setup.admin,
        json!({"email": "adopter@test.example", "name": "Adopter", "role": "applicant",
               "organisation": "dk:169", "password": "long enough pw"}),
    )
    .await;

    // A planned trial has nothing to adopt yet.
    let mut adopter = Browser::new(&app);
    adopter.get("/login").await;
    let login = adopter
        .post(
            "/login",
            &[
                ("email", "adopter@test.example"),
                ("password", "long enough pw"),
            ],
        )
        .await;
    assert!(login.status.is_redirection(), "{}", login.text());
    assert_eq!(
        adopter.get(&format!("/trials/{trial}/adopt")).await.status,
        409
    );
    start(&app, &w, trial).await;

    let page = adopter.get(&format!("/trials/{trial}")).await;
    assert!(
        page.text().contains("id=\"adopt-trial\""),
        "{}",
        page.text()
    );
    let form = adopter.get(&format!("/trials/{trial}/adopt")).await;
    assert_eq!(form.status, 200);
    assert!(
        form.text()
            .contains(&format!("value=\"{}\"", w.setup.open_round))
    );
    let created = adopter
        .post(
            &format!("/trials/{trial}/adopt"),
            &[("round_id", &w.setup.open_round.to_string())],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.text());
    let location = created.location();
    assert!(location.ends_with("/edit"), "{location}");
    let draft = adopter.get(&location).await;
    assert!(draft.text().contains("id=\"adopted-from\""));
    let id: i64 = location
        .trim_start_matches("/applications/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap();
    let stored = app.store.store.application(id).await.unwrap().unwrap();
    assert_eq!(stored.content.exemptions.len(), 1);
    assert_eq!(
        stored.content.exemptions[0].provision_id,
        Some(w.provision_id)
    );
    assert!(!stored.content.objectives.is_empty());

    // The participant (Aarhus) starts its own applications instead.
    let mut participant = Browser::new(&app);
    participant.login(Role::Applicant).await;
    assert_eq!(
        participant
            .get(&format!("/trials/{trial}/adopt"))
            .await
            .status,
        409
    );
    // The public sees no draft among the trial's adoptions; the secretariat does.
    let mut admin = Browser::new(&app);
    admin.login(Role::Admin).await;
    assert!(
        admin
            .get(&format!("/trials/{trial}"))
            .await
            .text()
            .contains("id=\"adoptions-list\"")
    );
    let mut public = Browser::new(&app);
    assert!(
        !public
            .get(&format!("/trials/{trial}"))
            .await
            .text()
            .contains("id=\"adoptions-list\"")
    );
}
