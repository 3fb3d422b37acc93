//! Research teams over HTTP (issue 14, item 1): the secretariat adds research organisations
//! (a name the country has already is 409, a bad website 422) and puts researchers into
//! them; assigns researchers to a theme or a whole scheme, and only researchers (422
//! `not_a_researcher`, on the trial's route too); a researcher assigned through the theme
//! reads the trial's internal parts and hears of the assignment, and loses them when
//! unassigned; the pages show the teams, the scheme's research section with a refusal in
//! words, and the researcher's dashboard.

mod common;

use axum::http::Method;
use common::fixtures::{approved_trial, assert_code, world};
use common::{Browser, TestApp};
use frirum_domain::Role;

async fn user_id(app: &TestApp, role: Role) -> i64 {
    app.store
        .store
        .credentials(&common::email(role))
        .await
        .unwrap()
        .unwrap()
        .user
        .id
}

#[tokio::test]
async fn the_api_keeps_teams_and_assigns_researchers_to_themes_and_schemes() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let admin = app.token(Role::Admin).await;
    let researcher_token = app.token(Role::Researcher).await;
    let researcher = user_id(&app, Role::Researcher).await;
    let assessor = user_id(&app, Role::Assessor).await;
    let scheme = w.setup.scheme_id;
    let theme = w.setup.theme_id;

    // Organisations: one name per country, a website that is a web address.
    let vive = r#"{"name": "VIVE", "country": "dk", "website": "https://www.vive.dk"}"#;
    let created = app
        .api(
            Method::POST,
            "/api/v1/research/organisations",
            Some(&admin),
            Some(vive),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text());
    let vive_id = created.json()["id"].as_i64().unwrap();
    let twice = app
        .api(
            Method::POST,
            "/api/v1/research/organisations",
            Some(&admin),
            Some(vive),
        )
        .await;
    assert_code(&twice, 409, "research_organisation_exists");
    let bad = app
        .api(
            Method::POST,
            "/api/v1/research/organisations",
            Some(&admin),
            Some(r#"{"name": "AU", "country": "dk", "website": "au.dk"}"#),
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text());
    let member = app
        .api(
            Method::PUT,
            &format!("/api/v1/research/researchers/{researcher}/organisation"),
            Some(&admin),
            Some(&format!(r#"{{"organisation_id": {vive_id}}}"#)),
        )
        .await;
    assert_eq!(member.status, 200, "{}", member.text());
    assert_eq!(member.json()["organisation"]["name"], "VIVE");
    let not_researcher = app
        .api(
            Method::PUT,
            &format!("/api/v1/research/researchers/{assessor}/organisation"),
            Some(&admin),
            Some(&format!(r#"{{"organisation_id": {vive_id}}}"#)),
        )
        .await;
    assert_code(&not_researcher, 422, "not_a_researcher");

    // Only researchers are assigned, to a trial, a theme or a scheme.
    for path in [
        format!("/api/v1/trials/{trial}/researchers/{assessor}"),
        format!("/api/v1/schemes/{scheme}/researchers/{assessor}"),
        format!("/api/v1/schemes/{scheme}/themes/{theme}/researchers/{assessor}"),
    ] {
        let refused = app.api(Method::PUT, &path, Some(&admin), None).await;
        assert_code(&refused, 422, "not_a_researcher");
    }
    let other_theme = app
        .api(
            Method::PUT,
            &format!("/api/v1/schemes/{scheme}/themes/999999/researchers/{researcher}"),
            Some(&admin),
            None,
        )
        .await;
    assert_code(&other_theme, 422, "theme_not_in_scheme");

    // Not yet assigned: the trial's internal parts are closed to the researcher.
    let team_path = format!("/api/v1/trials/{trial}/researchers");
    let closed = app
        .api(Method::GET, &team_path, Some(&researcher_token), None)
        .await;
    assert_eq!(closed.status, 403, "{}", closed.text());

    // Assigned to the trial's theme: the team names them, through the theme.
    let theme_path = format!("/api/v1/schemes/{scheme}/themes/{theme}/researchers/{researcher}");
    let assigned = app.api(Method::PUT, &theme_path, Some(&admin), None).await;
    assert_eq!(assigned.status, 204, "{}", assigned.text());
    let team = app
        .api(Method::GET, &team_path, Some(&researcher_token), None)
        .await;
    assert_eq!(team.status, 200, "{}", team.text());
    let row = &team.json()["researchers"][0];
    assert_eq!(row["user_id"], researcher);
    assert_eq!(row["organisation"]["name"], "VIVE");
    assert_eq!(row["assigned_via"][0]["scope"], "theme");
    let told = app
        .store
        .store
        .notifications(researcher, frirum_domain::PageRequest::default())
        .await
        .unwrap();
    assert!(
        told.items
            .iter()
            .any(|n| n.kind == frirum_domain::notification::NotificationKind::ResearcherAssigned),
        "the researcher is told"
    );

    // The whole scheme too; the public reads who is assigned, without e-mail addresses.
    let scheme_path = format!("/api/v1/schemes/{scheme}/researchers/{researcher}");
    let whole = app.api(Method::PUT, &scheme_path, Some(&admin), None).await;
    assert_eq!(whole.status, 204, "{}", whole.text());
    let public = app
        .api(
            Method::GET,
            &format!("/api/v1/schemes/{scheme}/research"),
            None,
            None,
        )
        .await;
    assert_eq!(public.status, 200, "{}", public.text());
    assert_eq!(public.json()["assignments"].as_array().unwrap().len(), 2);
    assert!(!public.text().contains('@'), "{}", public.text());

    // Unassigned from both: closed again; a second removal is 404.
    for path in [&theme_path, &scheme_path] {
        let removed = app.api(Method::DELETE, path, Some(&admin), None).await;
        assert_eq!(removed.status, 204, "{}", removed.text());
    }
    let again = app
        .api(Method::DELETE, &scheme_path, Some(&admin), None)
        .await;
    assert_eq!(again.status, 404, "{}", again.text());
    let closed = app
        .api(Method::GET, &team_path, Some(&researcher_token), None)
        .await;
    assert_eq!(closed.status, 403, "{}", closed.text());
}

#[tokio::test]
async fn the_pages_show_teams_the_schemes_research_and_the_researchers_dashboard() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let scheme = w.setup.scheme_id;
    let assessor = user_id(&app, Role::Assessor).await.to_string();
    let researcher = user_id(&app, Role::Researcher).await.to_string();

    let mut admin = Browser::new(&app);
    admin.accept_language = Some("en".into());
    admin.login(Role::Admin).await;
    let home = admin.get("/").await;
    assert!(
        home.text().contains("/research/teams"),
        "the dashboard leads there"
    );
    let blank = admin
        .post(
            "/research/organisations",
            &[("name", "AU"), ("country", "dk"), ("website", "au.dk")],
        )
        .await;
    assert_eq!(blank.status, 422, "{}", blank.text());
    assert!(blank.text().contains("research-teams-error"));
    assert!(
        blank.text().contains("value=\"au.dk\""),
        "what was typed is kept"
    );
    let made = admin
        .post(
            "/research/organisations",
            &[("name", "VIVE"), ("country", "dk"), ("website", "")],
        )
        .await;
    assert_eq!(made.status, 303, "{}", made.text());
    let teams = admin.get("/research/teams").await;
    assert_eq!(teams.status, 200);
    assert!(teams.text().contains("VIVE"));

    // The scheme's research section: an assessor refused in words, a researcher assigned.
    let page = admin.get(&format!("/schemes/{scheme}")).await;
    assert!(
        page.text().contains("id=\"assign-research\""),
        "{}",
        page.text()
    );
    let refused = admin
        .post(
            &format!("/schemes/{scheme}/research"),
            &[("user_id", &assessor), ("target", "scheme")],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert!(
        refused.text().contains("Only researchers"),
        "{}",
        refused.text()
    );
    let assigned = admin
        .post(
            &format!("/schemes/{scheme}/research"),
            &[("user_id", &researcher), ("target", "scheme")],
        )
        .await;
    assert_eq!(assigned.status, 303, "{}", assigned.text());

    // The researcher: the assignment on the dashboard, the team on the trial's page.
    let mut reader = Browser::new(&app);
    reader.accept_language = Some("en".into());
    reader.login(Role::Researcher).await;
    let dashboard = reader.get("/").await;
    assert!(
        dashboard.text().contains("Through the whole scheme"),
        "{}",
        dashboard.text()
    );
    let trial_page = reader.get(&format!("/trials/{trial}")).await;
    assert!(trial_page.text().contains("id=\"trial-research-team\""));
    // The public sees the scheme's research section without the forms.
    let public = Browser::new(&app).get(&format!("/schemes/{scheme}")).await;
    assert!(public.text().contains("id=\"research\""));
    assert!(!public.text().contains("assign-research"));
}
