//! Local regulations over HTTP (issue 13, item 1): each participant's regulation drafted in
//! the scheme's language, its adoption refused when dated in the future or in force before
//! it is adopted, recorded only by that participant's applicants (or the secretariat); the
//! trial starts when the last regulation is in force — at once, or by the upkeep when the
//! day comes; where the scheme requires approval, of two approvers one wins; the pages show
//! a refusal beside its field.

mod common;

use std::sync::Arc;

use axum::http::Method;
use common::fixtures::{World, world};
use common::{Browser, TestApp, email};
use frirum_app::clock::FixedClock;
use frirum_app::{App, AppConfig};
use frirum_domain::Role;
use frirum_domain::decision::{DecisionDraft, GrantChoice, NewDecision, Outcome, RegulationKind};
use frirum_domain::journal::Actor;
use time::OffsetDateTime;
use time::macros::{date, datetime};

const MARCH_2027: OffsetDateTime = datetime!(2027-03-01 10:00 UTC);

/// The world, its submitted application (Aarhus with Copenhagen) approved as a trial for
/// 2027–2030, and the clock at 1 March 2027: the trial, Aarhus's id, Copenhagen's id.
async fn setup(clock: &Arc<FixedClock>) -> (TestApp, World, i64, i64, i64) {
    let app = TestApp::new().await.with_clock(clock.clone());
    let w = world(&app).await;
    let store = &app.store.store;
    let application = store.application(w.submitted_id).await.unwrap().unwrap();
    let decision = NewDecision::from_validated(
        DecisionDraft {
            outcome: Outcome::Approved,
            reasons: "Godt begrundet.".into(),
            granted: vec![GrantChoice {
                exemption: 0,
                provision_ids: vec![],
                note: "Kun dokumentationspligten.".into(),
            }],
            conditions: "Borgerne kan vælge den almindelige ordning.".into(),
            period_start: Some(date!(2027 - 01 - 01)),
            period_end: Some(date!(2030 - 12 - 31)),
            regulation_kind: Some(RegulationKind::FreeMunicipalityStatute),
            regulation_text: "Kommunalbestyrelsen vedtager en vedtægt.".into(),
            signatory_title: "Kontorchef".into(),
            confirmed: true,
        },
        &application,
    );
    let trial = store
        .decide(application.id, &decision, Actor::user(1, MARCH_2027))
        .await
        .unwrap()
        .trial_id
        .unwrap();
    let aarhus = store
        .credentials(&email(Role::Applicant))
        .await
        .unwrap()
        .unwrap()
        .user
        .organisation
        .unwrap()
        .id;
    let state = store.trial_state(trial).await.unwrap().unwrap();
    let other = state
        .participants
        .iter()
        .find(|p| p.id != aarhus)
        .expect("a network of two")
        .id;
    (app, w, trial, aarhus, other)
}

fn adoption(version: i64, adopted_on: &str, in_force_from: &str) -> String {
    format!(
        r#"{{"version": {version}, "adopted_on": "{adopted_on}", "body": "Kommunalbestyrelsen",
        "reference": "Sag 27/123", "in_force_from": "{in_force_from}"}}"#
    )
}

#[tokio::test]
async fn the_last_regulation_in_force_starts_the_trial() {
    let clock = Arc::new(FixedClock::new(MARCH_2027));
    let (app, _w, trial, aarhus, other) = setup(&clock).await;
    let applicant = app.token(Role::Applicant).await;
    let admin = app.token(Role::Admin).await;

    // The public sees every participant waiting for adoption.
    let list = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/regulations"),
            None,
            None,
        )
        .await;
    assert_eq!(list.status, 200, "{}", list.text());
    let list = list.json();
    assert_eq!(list["participants"].as_array().unwrap().len(), 2);
    assert_eq!(list["participants"][0]["standing"], "awaiting_adoption");
    assert_eq!(list["may_start_on"], serde_json::Value::Null);
    assert_eq!(
        list["requires_approval"], false,
        "Denmark: the council's alone"
    );

    // The applicant's first look drafts Aarhus's regulation in Danish from the decision.
    let path = format!("/api/v1/trials/{trial}/regulations/{aarhus}");
    let reg = app.api(Method::GET, &path, Some(&applicant), None).await;
    assert_eq!(reg.status, 200, "{}", reg.text());
    let reg = reg.json();
    assert_eq!(reg["status"], "drafted");
    assert_eq!(reg["language"], "da");
    assert_eq!(reg["version"], 1);
    let text = reg["text"].as_str().unwrap();
    for part in [
        "§ 3 Fravigelse af lovgivningen",
        "Kun dokumentationspligten.",
        "Borgerne kan vælge den almindelige ordning.",
        "1. januar 2027",
    ] {
        assert!(text.contains(part), "{part:?} missing from {text}");
    }
    assert_eq!(reg["may_record"], true);
    // The public does not read a draft.
    let public = app.api(Method::GET, &path, None, None).await.json();
    assert_eq!(public["text"], serde_json::Value::Null);

    // Bad adoptions are refused with their codes, and nothing is kept.
    let adopt = format!("{path}/adoption");
    let future = app
        .api(
            Method::POST,
            &adopt,
            Some(&applicant),
            Some(&adoption(1, "2027-03-02", "2027-04-01")),
        )
        .await;
    let body = common::fixtures::assert_code(&future, 422, "adoption_in_future");
    assert_eq!(body["error"]["details"]["field"], "adopted_on");
    let backwards = app
        .api(
            Method::POST,
            &adopt,
            Some(&applicant),
            Some(&adoption(1, "2027-02-10", "2027-02-01")),
        )
        .await;
    common::fixtures::assert_code(&backwards, 422, "in_force_before_adoption");
    let nobody = app
        .api(
            Method::POST,
            &adopt,
            Some(&applicant),
            Some(
                r#"{"version": 1, "adopted_on": "2027-02-10", "body": " ", "reference": "x",
                "in_force_from": "2027-02-10"}"#,
            ),
        )
        .await;
    let body = common::fixtures::assert_code(&nobody, 422, "field_required");
    assert_eq!(body["error"]["details"]["field"], "body");
    let kept = app
        .api(Method::GET, &path, Some(&applicant), None)
        .await
        .json();
    assert_eq!(kept["status"], "drafted");
    assert_eq!(kept["version"], 1);

    // Aarhus's applicant may not record Copenhagen's adoption.
    let theirs = format!("/api/v1/trials/{trial}/regulations/{other}/adoption");
    let refused = app
        .api(
            Method::POST,
            &theirs,
            Some(&applicant),
            Some(&adoption(1, "2027-02-10", "2027-02-15")),
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.text());

    // Aarhus adopts; the trial still waits for Copenhagen.
    let adopted = app
        .api(
            Method::POST,
            &adopt,
            Some(&applicant),
            Some(&adoption(1, "2027-01-20", "2027-02-01")),
        )
        .await;
    assert_eq!(adopted.status, 200, "{}", adopted.text());
    let adopted = adopted.json();
    assert_eq!(adopted["status"], "adopted");
    assert_eq!(adopted["standing"], "in_force");
    // The text shows the adoption's day and body where the draft left placeholders.
    let text = adopted["text"].as_str().unwrap();
    assert!(!text.contains("[dato]"), "{text}");
    assert!(
        text.contains("Vedtaget af Kommunalbestyrelsen i") && text.contains("20. januar 2027"),
        "{text}"
    );
    // The history names the day in words, in the scheme's language.
    let history = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/history"),
            None,
            None,
        )
        .await
        .text();
    assert!(
        history.contains("Sag 27/123 (20. januar 2027)"),
        "{history}"
    );
    assert!(!history.contains("(2027-01-20)"), "{history}");
    let state = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/state"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(state["status"], "planned");
    // The adopted text is fixed; the scheme asks no approval.
    let fixed = app
        .api(
            Method::PUT,
            &format!("{path}/text"),
            Some(&applicant),
            Some(r#"{"version": 2, "text": "Ny tekst"}"#),
        )
        .await;
    common::fixtures::assert_code(&fixed, 409, "regulation_text_fixed");
    let needless = app
        .api(
            Method::POST,
            &format!("{path}/approval"),
            Some(&admin),
            Some(r#"{"version": 2}"#),
        )
        .await;
    common::fixtures::assert_code(&needless, 409, "regulation_approval_not_required");

    // The secretariat records Copenhagen's: the last one, in force from 15 February, so
    // the trial runs from then.
    let last = app
        .api(
            Method::POST,
            &theirs,
            Some(&admin),
            Some(&adoption(1, "2027-02-03", "2027-02-15")),
        )
        .await;
    assert_eq!(last.status, 200, "{}", last.text());
    let state = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/state"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(state["status"], "running");
    assert_eq!(state["actual_start"], "2027-02-15");
    let history = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/history"),
            None,
            None,
        )
        .await
        .json();
    let kinds: Vec<&str> = history["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "approved",
            "regulation_adopted",
            "regulation_adopted",
            "started"
        ]
    );
    // Once adopted, the text is public.
    let public = app.api(Method::GET, &path, None, None).await.json();
    assert!(public["text"].as_str().unwrap().contains("§ 1 Formål"));
    // The public history names the Danish local regulation, in the visitor's language,
    // not the Norwegian forsøksforskrift.
    for (language, expected, not) in [
        (
            "en",
            "Local statute (frikommunevedtægt) adopted",
            "Trial regulation",
        ),
        (
            "nb",
            "Lokal vedtekt (frikommunevedtægt) vedtatt",
            "Forsøksforskrift",
        ),
        ("da", "Frikommunevedtægt vedtaget", "Forsøgsforskrift"),
    ] {
        let mut browser = Browser::new(&app);
        browser.accept_language = Some(language.into());
        let page = browser.get(&format!("/trials/{trial}")).await.text();
        let history = page
            .split("id=\"trial-history\"")
            .nth(1)
            .expect("the trial page shows its history")
            .split("</ol>")
            .next()
            .unwrap();
        assert_eq!(
            history.matches(expected).count(),
            2,
            "{language}: {history}"
        );
        assert!(!history.contains(not), "{language}: {history}");
    }
}

#[tokio::test]
async fn approval_where_required_one_approver_wins_and_the_upkeep_starts_the_trial() {
    let clock = Arc::new(FixedClock::new(MARCH_2027));
    let (app, w, trial, aarhus, other) = setup(&clock).await;
    let admin = app.token(Role::Admin).await;

    // The secretariat decides that this scheme's regulations need its approval.
    let mut browser = Browser::new(&app);
    browser.login(Role::Admin).await;
    let settings = format!("/schemes/{}/regulations", w.setup.scheme_id);
    let page = browser.get(&settings).await;
    assert_eq!(page.status, 200, "{}", page.text());
    assert!(page.text().contains("regulation-settings-default"));
    let saved = browser
        .post(&settings, &[("requires_approval", "true")])
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text());

    // Both adopt, in force from 1 June; both wait for approval.
    for org in [aarhus, other] {
        let adopt = format!("/api/v1/trials/{trial}/regulations/{org}/adoption");
        let r = app
            .api(
                Method::POST,
                &adopt,
                Some(&admin),
                Some(&adoption(1, "2027-02-20", "2027-06-01")),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(r.json()["standing"], "awaiting_approval");
    }

    // The secretariat's home lists both as waiting for approval.
    let home = browser.get("/").await.text();
    assert!(home.contains("id=\"regulations-waiting\""), "{home}");
    assert!(home.contains(&format!("/trials/{trial}/regulations/{other}")));
    // Its "Trials" block counts them and links to the list below.
    assert!(home.contains("id=\"trials-work\""), "{home}");
    let line = home.split("id=\"trials-work-regulations\"").nth(1).unwrap();
    assert!(
        line.starts_with("><a href=\"#regulations-waiting\"><span class=\"stat\">2</span>"),
        "{line}"
    );

    // Two approvals at once: one wins, the other is told someone was first.
    let approve = format!("/api/v1/trials/{trial}/regulations/{aarhus}/approval");
    let body = r#"{"version": 2}"#;
    let (a, b) = tokio::join!(
        app.api(Method::POST, &approve, Some(&admin), Some(body)),
        app.api(Method::POST, &approve, Some(&admin), Some(body)),
    );
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409], "{} / {}", a.text(), b.text());
    let approve_other = format!("/api/v1/trials/{trial}/regulations/{other}/approval");
    let r = app
        .api(Method::POST, &approve_other, Some(&admin), Some(body))
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let r = r.json();
    assert_eq!(r["standing"], "in_force_from");
    assert!(r["approved_at"].is_string());

    // All approved, but not yet in force: still planned, the day is known.
    let list = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/regulations"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(list["may_start_on"], "2027-06-01");
    let state = app.store.store.trial_state(trial).await.unwrap().unwrap();
    assert_eq!(state.status.as_str(), "planned");

    // The upkeep starts it when the day has come in Denmark, not before.
    let core = App::new(app.store.store.clone(), AppConfig::default());
    let at = datetime!(2027-05-31 22:30 UTC);
    let done = frirum_app::upkeep::run_once(
        &core,
        &frirum_app::Actor::public(frirum_domain::Language::En, at - time::Duration::hours(1)),
    )
    .await
    .unwrap();
    assert_eq!(done.trials_started, 0, "still 31 May in Copenhagen");
    let done = frirum_app::upkeep::run_once(
        &core,
        &frirum_app::Actor::public(frirum_domain::Language::En, at),
    )
    .await
    .unwrap();
    assert_eq!(done.trials_started, 1, "already 1 June in Copenhagen");
    let state = app.store.store.trial_state(trial).await.unwrap().unwrap();
    assert_eq!(state.status.as_str(), "running");
    assert_eq!(state.actual_start, Some(date!(2027 - 06 - 01)));
    // Run again: nothing more to do.
    let again = frirum_app::upkeep::run_once(
        &core,
        &frirum_app::Actor::public(frirum_domain::Language::En, at),
    )
    .await
    .unwrap();
    assert_eq!(again.trials_started, 0);
}

#[tokio::test]
async fn the_pages_show_the_section_the_draft_and_a_refusal_beside_its_field() {
    let clock = Arc::new(FixedClock::new(MARCH_2027));
    let (app, _w, trial, aarhus, _) = setup(&clock).await;
    let mut browser = Browser::new(&app);
    browser.login(Role::Applicant).await;
    // The applicant's home lists the trial waiting for their council's adoption.
    let home = browser.get("/").await.text();
    assert!(home.contains("id=\"regulations-waiting\""), "{home}");
    assert!(home.contains(&format!("/trials/{trial}/regulations/{aarhus}")));
    // Their trials, with the adoption waiting on them and the way to the whole list.
    assert!(home.contains("id=\"my-trials\""), "{home}");
    assert!(
        home.contains(&format!("href=\"/trials/{trial}#regulations\"")),
        "{home}"
    );
    assert!(
        home.contains(&format!("/trials?organisation={aarhus}")),
        "{home}"
    );
    let trial_page = browser.get(&format!("/trials/{trial}")).await;
    assert_eq!(trial_page.status, 200, "{}", trial_page.text());
    let html = trial_page.text();
    assert!(html.contains("id=\"regulations-table\""), "{html}");
    assert!(html.contains(&format!("/trials/{trial}/regulations/{aarhus}")));

    let path = format!("/trials/{trial}/regulations/{aarhus}");
    let page = browser.get(&path).await;
    assert_eq!(page.status, 200, "{}", page.text());
    let html = page.text();
    assert!(html.contains("id=\"regulation-text-form\""));
    assert!(html.contains("id=\"regulation-adoption-form\""));
    assert!(
        html.contains("Kommunalbestyrelsen"),
        "the council's usual name is offered"
    );

    // A date in the future: the form again, the reason beside the date, as typed.
    let refused = browser
        .post(
            &format!("{path}/adoption"),
            &[
                ("version", "1"),
                ("adopted_on", "2027-12-01"),
                ("body", "Kommunalbestyrelsen"),
                ("reference", "Sag 27/9"),
                ("in_force_from", "2027-12-15"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    let html = refused.text();
    assert!(html.contains("id=\"adopted_on-error\""), "{html}");
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(html.contains("Sag 27/9"));

    // The draft is edited, then adopted.
    let saved = browser
        .post(
            &path,
            &[
                ("version", "1"),
                ("text", "§ 1 Formål\nAt afprøve én plan."),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text());
    let adopted = browser
        .post(
            &format!("{path}/adoption"),
            &[
                ("version", "2"),
                ("adopted_on", "2027-02-01"),
                ("body", "Kommunalbestyrelsen"),
                ("reference", "Sag 27/9"),
                ("in_force_from", "2027-02-01"),
            ],
        )
        .await;
    assert_eq!(adopted.status, 303, "{}", adopted.text());
    let page = browser.get(&format!("{path}?done=adopted")).await;
    assert!(page.text().contains("id=\"regulation-done\""));
    let home = browser.get("/").await.text();
    assert!(
        !home.contains("id=\"regulations-waiting\""),
        "adopted: nothing waits"
    );
    let print = browser.get(&format!("{path}/print")).await;
    assert_eq!(print.status, 200);
    assert!(print.text().contains("At afprøve én plan."));
}

/// A participant that joined a running trial (the trial started for the others) is still
/// reminded on its home that its own regulation waits, in words that fit a running trial.
#[tokio::test]
async fn a_participant_of_a_running_trial_is_reminded_of_its_own_regulation() {
    let clock = Arc::new(FixedClock::new(MARCH_2027));
    let (app, _w, trial, aarhus, other) = setup(&clock).await;
    let admin = app.token(Role::Admin).await;
    let adopt = format!("/api/v1/trials/{trial}/regulations/{other}/adoption");
    let r = app
        .api(
            Method::POST,
            &adopt,
            Some(&admin),
            Some(&adoption(1, "2027-02-01", "2027-02-01")),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    // The trial runs (as when Aarhus joined later through a change).
    let store = &app.store.store;
    let state = store.trial_state(trial).await.unwrap().unwrap();
    let (running, version) = state
        .apply(&frirum_domain::trial::Transition::Start {
            on: date!(2027 - 02 - 01),
        })
        .unwrap();
    store
        .save_trial_state(
            state.version,
            &running,
            &version,
            Actor::user(1, MARCH_2027),
        )
        .await
        .unwrap();

    let mut browser = Browser::new(&app);
    browser.accept_language = Some("en".into());
    browser.login(Role::Applicant).await;
    let home = browser.get("/").await.text();
    let section = home
        .split("id=\"regulations-waiting\"")
        .nth(1)
        .expect("the reminder is on the home page")
        .split("</section>")
        .next()
        .unwrap();
    assert!(section.contains("id=\"regulations-joining\""), "{section}");
    assert!(
        section.contains(&format!("/trials/{trial}/regulations/{aarhus}")),
        "{section}"
    );
    assert!(
        section.contains("The trial already runs for the other participants"),
        "{section}"
    );
    assert!(
        !section.contains("These trials start when"),
        "a running trial is not said to start: {section}"
    );
}

/// A trial whose period is over before its last regulation comes in force does not start:
/// it would never end by itself.
#[tokio::test]
async fn no_start_after_the_period_is_over() {
    let clock = Arc::new(FixedClock::new(MARCH_2027));
    let (app, _w, trial, aarhus, other) = setup(&clock).await;
    let admin = app.token(Role::Admin).await;
    for org in [aarhus, other] {
        let adopt = format!("/api/v1/trials/{trial}/regulations/{org}/adoption");
        let r = app
            .api(
                Method::POST,
                &adopt,
                Some(&admin),
                Some(&adoption(1, "2027-02-20", "2031-01-01")),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text());
    }
    let core = App::new(app.store.store.clone(), AppConfig::default());
    let later =
        frirum_app::Actor::public(frirum_domain::Language::En, datetime!(2031-02-01 12:00 UTC));
    let done = frirum_app::upkeep::run_once(&core, &later).await.unwrap();
    assert_eq!(done.trials_started, 0);
    let state = app.store.store.trial_state(trial).await.unwrap().unwrap();
    assert_eq!(state.status.as_str(), "planned");

    // The secretariat's home names it among the trials never started.
    clock.set(datetime!(2031-02-01 12:00 UTC));
    let mut browser = Browser::new(&app);
    browser.login(Role::Admin).await;
    let home = browser.get("/").await.text();
    let line = home
        .split("id=\"trials-work-never-started\"")
        .nth(1)
        .unwrap();
    assert!(line.starts_with("><span class=\"stat\">1</span>"), "{line}");
    assert!(
        line.contains(&format!("href=\"/trials/{trial}\"")),
        "{line}"
    );
    assert!(
        line.contains("id=\"trials-work-never-started-hint\""),
        "{line}"
    );
    // It is not a legal-basis warning: its exemptions were never used.
    assert!(
        !home.contains(&format!("href=\"/trials/{trial}#changes\"")),
        "{home}"
    );
}
