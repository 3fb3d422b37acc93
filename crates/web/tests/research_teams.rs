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
    // Beside the field, in the user's words, not the field's code name.
    assert!(blank.text().contains("id=\"organisation-website-error\""));
    assert!(
        blank.text().contains("beginning with https://"),
        "{}",
        blank.text()
    );
    assert!(!blank.text().contains("website is not valid"));
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

/// The reviewer's finds: saving a researcher's organisation keeps the one they belong to
/// (the choice starts at it), taking them out needs a confirmation, and so does ending an
/// assignment on the scheme's and the trial's page; a long name is refused in words; the
/// single-trial assignments name each researcher once.
#[tokio::test]
async fn no_click_undoes_a_membership_or_an_assignment_by_accident() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let scheme = w.setup.scheme_id;
    let researcher = user_id(&app, Role::Researcher).await;
    let rid = researcher.to_string();
    let mut admin = Browser::new(&app);
    admin.accept_language = Some("en".into());
    admin.login(Role::Admin).await;

    let long = "x".repeat(3000);
    let too_long = admin
        .post(
            "/research/organisations",
            &[("name", &long), ("country", "dk"), ("website", "")],
        )
        .await;
    assert_eq!(too_long.status, 422, "{}", too_long.text());
    assert!(too_long.text().contains("id=\"organisation-name-error\""));
    for name in ["VIVE", "Aarhus Universitet"] {
        let made = admin
            .post(
                "/research/organisations",
                &[("name", name), ("country", "dk"), ("website", "")],
            )
            .await;
        assert_eq!(made.status, 303, "{}", made.text());
    }
    let organisations = app.store.store.research_organisations().await.unwrap();
    let vive = organisations.iter().find(|o| o.name == "VIVE").unwrap().id;
    let joined = admin
        .post(
            "/research/members",
            &[("user_id", &rid), ("organisation_id", &vive.to_string())],
        )
        .await;
    assert_eq!(joined.status, 303, "{}", joined.text());

    // The researcher's own choice starts at VIVE, so saving it unchanged keeps her there.
    let teams = admin.get("/research/teams").await;
    let text = teams.text();
    let select = &text[text
        .find(&format!("id=\"member-organisation-{researcher}\""))
        .unwrap()..];
    let select = &select[..select.find("</select>").unwrap()];
    assert!(
        select.contains(&format!("<option value=\"{vive}\" selected>")),
        "{select}"
    );
    assert!(!select.contains("<option value=\"\""), "{select}");
    // Taking her out without confirming is refused and changes nothing.
    let unconfirmed = admin
        .post(
            "/research/members",
            &[("user_id", &rid), ("organisation_id", "")],
        )
        .await;
    assert_eq!(unconfirmed.status, 422, "{}", unconfirmed.text());
    assert!(unconfirmed.text().contains("Confirm that the researcher"));
    assert_eq!(organisation_of(&app, researcher).await, Some(vive));
    let confirmed = admin
        .post(
            "/research/members",
            &[("user_id", &rid), ("organisation_id", ""), ("confirm", "1")],
        )
        .await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.text());
    assert_eq!(organisation_of(&app, researcher).await, None);

    // Assignments: the removal asks first, on the scheme's page and the trial's.
    let assigned = admin
        .post(
            &format!("/schemes/{scheme}/research"),
            &[("user_id", &rid), ("target", "scheme")],
        )
        .await;
    assert_eq!(assigned.status, 303, "{}", assigned.text());
    let page = admin.get(&format!("/schemes/{scheme}")).await;
    assert!(
        page.text().contains("class=\"confirm-remove\""),
        "{}",
        page.text()
    );
    let remove = format!("/schemes/{scheme}/research/remove");
    let unconfirmed = admin
        .post(&remove, &[("user_id", &rid), ("target", "scheme")])
        .await;
    assert_eq!(unconfirmed.status, 422, "{}", unconfirmed.text());
    let removed = admin
        .post(
            &remove,
            &[("user_id", &rid), ("target", "scheme"), ("confirm", "1")],
        )
        .await;
    assert_eq!(removed.status, 303, "{}", removed.text());
    let on_trial = admin
        .post(
            &format!("/trials/{trial}/researchers"),
            &[("user_id", &rid)],
        )
        .await;
    assert_eq!(on_trial.status, 303, "{}", on_trial.text());
    let trial_page = admin.get(&format!("/trials/{trial}")).await;
    assert!(trial_page.text().contains("class=\"confirm-remove\""));
    let remove = format!("/trials/{trial}/researchers/{researcher}/remove");
    let unconfirmed = admin.post(&remove, &[]).await;
    assert_eq!(unconfirmed.status, 422, "{}", unconfirmed.text());
    // The scheme's single-trial assignments name the researcher once, with the trial.
    let page = admin.get(&format!("/schemes/{scheme}")).await;
    let text = page.text();
    let single = &text[text.find("id=\"research-single-trials\"").unwrap()..];
    let single = &single[..single.find("</ul>").unwrap()];
    assert!(
        single.contains(&format!("/trials/{trial}#researchers")),
        "{single}"
    );
    let removed = admin.post(&remove, &[("confirm", "1")]).await;
    assert_eq!(removed.status, 303, "{}", removed.text());
}

async fn organisation_of(app: &TestApp, user: i64) -> Option<i64> {
    app.store
        .store
        .researchers()
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.user_id == user)
        .and_then(|r| r.organisation)
        .map(|o| o.id)
}
