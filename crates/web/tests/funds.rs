//! Stimulus funds over HTTP (issue 13, item 7): the secretariat sets a scheme's budget,
//! grants to a trial and records payments; a grant beyond the budget is 409
//! `budget_exceeded` with the figures, a payment beyond the grant 409
//! `payment_exceeds_award`, and nothing is stored; the participants' applicants report
//! spending; the public reads the grants and payments but not the spending; the pages read
//! amounts as people type them and show refusals beside the field with the figures in the
//! visitor's language.

mod common;

use axum::http::Method;
use common::fixtures::{approved_trial, world};
use common::{Browser, TestApp};
use frirum_domain::Role;

#[tokio::test]
async fn the_api_grants_within_the_budget_pays_within_the_grant_and_shows_the_public_its_part() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let admin = app.token(Role::Admin).await;
    let applicant = app.token(Role::Applicant).await;
    let assessor = app.token(Role::Assessor).await;
    let scheme = w.setup.scheme_id;

    // No budget yet: the scheme gives no funds, and a grant is refused.
    let none = app
        .api(
            Method::GET,
            &format!("/api/v1/schemes/{scheme}/budget"),
            None,
            None,
        )
        .await;
    assert_eq!(none.status, 200, "{}", none.text());
    assert!(none.json()["budget"].is_null());
    let grant = r#"{"amount_awarded": 40000000, "amount_applied_for": 60000000, "award_date": "2027-02-01"}"#;
    let refused = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/funds/grants"),
            Some(&admin),
            Some(grant),
        )
        .await;
    assert_eq!(refused.status, 409, "{}", refused.text());
    assert_eq!(refused.json()["error"]["code"], "no_budget");

    // The secretariat sets a budget of DKK 1,000,000.00 split over two years.
    let budget = r#"{"currency": "DKK", "total": 100000000, "years": [{"year": 2027, "amount": 60000000}, {"year": 2028, "amount": 40000000}]}"#;
    for token in [None, Some(applicant.as_str())] {
        let reply = app
            .api(
                Method::PUT,
                &format!("/api/v1/schemes/{scheme}/budget"),
                token,
                Some(budget),
            )
            .await;
        assert!(
            matches!(reply.status.as_u16(), 401 | 403),
            "{}",
            reply.text()
        );
    }
    let set = app
        .api(
            Method::PUT,
            &format!("/api/v1/schemes/{scheme}/budget"),
            Some(&admin),
            Some(budget),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.text());
    assert_eq!(set.json()["budget"]["remaining"], 100_000_000);
    assert_eq!(set.json()["budget"]["years"][1]["year"], 2028);
    let uneven = app
        .api(
            Method::PUT,
            &format!("/api/v1/schemes/{scheme}/budget"),
            Some(&admin),
            Some(r#"{"currency": "DKK", "total": 100, "years": [{"year": 2027, "amount": 99}]}"#),
        )
        .await;
    assert_eq!(uneven.status, 422);
    assert_eq!(uneven.json()["error"]["code"], "budget_years_do_not_add_up");

    // A grant within the year's budget; then one beyond it, refused with the figures.
    let granted = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/funds/grants"),
            Some(&admin),
            Some(grant),
        )
        .await;
    assert_eq!(granted.status, 201, "{}", granted.text());
    let grant_id = granted.json()["id"].as_i64().unwrap();
    assert_eq!(granted.json()["amount_awarded"], 40_000_000);
    assert_eq!(granted.json()["currency"], "DKK");
    assert_eq!(
        granted.json()["planned_dates"][0]["start_date"],
        "2027-01-01"
    );
    let beyond = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/funds/grants"),
            Some(&admin),
            Some(r#"{"amount_awarded": 20000001, "award_date": "2027-06-01"}"#),
        )
        .await;
    assert_eq!(beyond.status, 409, "{}", beyond.text());
    let error = &beyond.json()["error"];
    assert_eq!(error["code"], "budget_exceeded");
    assert_eq!(error["details"]["total"], 60_000_000);
    assert_eq!(error["details"]["allocated"], 40_000_000);
    assert_eq!(error["details"]["remaining"], 20_000_000);
    assert_eq!(error["details"]["requested"], 20_000_001);
    assert_eq!(error["details"]["year"], 2027);
    // Only the secretariat grants.
    for token in [&applicant, &assessor] {
        let reply = app
            .api(
                Method::POST,
                &format!("/api/v1/trials/{trial}/funds/grants"),
                Some(token),
                Some(grant),
            )
            .await;
        assert_eq!(reply.status, 403);
    }

    // Payments: within the grant, then beyond what is left of it.
    let pay = |value: i64| {
        format!(
            r#"{{"grant_id": {grant_id}, "transaction_date": "2027-03-01", "value": {value}, "description": "UDB-17"}}"#
        )
    };
    let paid = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/funds/transactions"),
            Some(&admin),
            Some(&pay(30_000_000)),
        )
        .await;
    assert_eq!(paid.status, 201, "{}", paid.text());
    assert_eq!(paid.json()["value"], 30_000_000);
    let too_much = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/funds/transactions"),
            Some(&admin),
            Some(&pay(10_000_001)),
        )
        .await;
    assert_eq!(too_much.status, 409);
    assert_eq!(too_much.json()["error"]["code"], "payment_exceeds_award");
    assert_eq!(too_much.json()["error"]["details"]["remaining"], 10_000_000);

    // The trial's applicants report spending; an assessor may not.
    let spent = r#"{"period_start": "2027-01-01", "period_end": "2027-06-30", "amount": 1250000, "purpose": "Projektleder"}"#;
    let reply = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/funds/spending"),
            Some(&assessor),
            Some(spent),
        )
        .await;
    assert_eq!(reply.status, 403);
    let reply = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/funds/spending"),
            Some(&applicant),
            Some(spent),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    let reversed = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/funds/spending"),
            Some(&applicant),
            Some(r#"{"period_start": "2027-06-30", "period_end": "2027-01-01", "amount": 1, "purpose": "x"}"#),
        )
        .await;
    assert_eq!(reversed.status, 422);
    assert_eq!(reversed.json()["error"]["code"], "end_before_start");

    // Spending far beyond the award is refused with the figures, unless confirmed.
    let huge = r#"{"period_start": "2027-01-01", "period_end": "2027-06-30", "amount": 9999999900, "purpose": "Projektleder"}"#;
    let unconfirmed = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/funds/spending"),
            Some(&applicant),
            Some(huge),
        )
        .await;
    assert_eq!(unconfirmed.status, 422, "{}", unconfirmed.text());
    let error = &unconfirmed.json()["error"];
    assert_eq!(error["code"], "spending_exceeds_award_unconfirmed");
    assert_eq!(error["details"]["requested"], 9_999_999_900_i64);
    assert_eq!(error["details"]["spent"], 1_250_000);
    let funds_before = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/funds"),
            Some(&applicant),
            None,
        )
        .await
        .json();
    assert_eq!(funds_before["spending"].as_array().map(Vec::len), Some(1));
    let confirmed = huge.replace(r#""purpose""#, r#""confirm_amount": true, "purpose""#);
    let reply = app
        .api(
            Method::POST,
            &format!("/api/v1/trials/{trial}/funds/spending"),
            Some(&applicant),
            Some(&confirmed),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text());

    // The public reads what was granted and paid, not what was spent.
    let public = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/funds"),
            None,
            None,
        )
        .await;
    assert_eq!(public.status, 200);
    let funds = public.json();
    assert_eq!(funds["totals"]["amount_awarded"], 40_000_000);
    assert_eq!(funds["totals"]["amount_disbursed"], 30_000_000);
    assert!(funds["totals"]["amount_spent"].is_null());
    assert!(funds["spending"].is_null());
    assert_eq!(funds["transactions"].as_array().unwrap().len(), 1);
    let inside = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/funds"),
            Some(&applicant),
            None,
        )
        .await;
    // The spending reported, the confirmed overspending included.
    assert_eq!(
        inside.json()["totals"]["amount_spent"],
        1_250_000 + 9_999_999_900_i64
    );

    // A budget cannot go while grants were made from it.
    let remove = app
        .api(
            Method::DELETE,
            &format!("/api/v1/schemes/{scheme}/budget"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(remove.status, 409);
    assert_eq!(remove.json()["error"]["code"], "budget_below_allocated");
}

#[tokio::test]
async fn the_pages_read_typed_amounts_and_refuse_beside_the_field_with_the_figures() {
    let app = TestApp::new().await;
    let w = world(&app).await;
    let trial = approved_trial(&app, &w).await;
    let scheme = w.setup.scheme_id;

    // The public sees that the scheme has no funds yet.
    let mut public = Browser::new(&app);
    public.accept_language = Some("en".into());
    let page = public.get(&format!("/schemes/{scheme}/budget")).await;
    assert_eq!(page.status, 200);
    assert!(page.text().contains("This scheme gives no stimulus funds."));

    // The secretariat sets the budget typing Danish amounts.
    let mut admin = Browser::new(&app);
    admin.accept_language = Some("da".into());
    admin.login(Role::Admin).await;
    let form = admin.get(&format!("/schemes/{scheme}/budget")).await;
    assert!(form.text().contains("id=\"budget-form\""));
    let set = admin
        .post(
            &format!("/schemes/{scheme}/budget"),
            &[
                ("currency", "DKK"),
                ("total", "1.000.000 kr."),
                ("year_0", "2027"),
                ("amount_0", "1.000.000"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(set.status, 303, "{}", set.text());
    let page = admin.get(&format!("/schemes/{scheme}/budget")).await;
    assert!(
        page.text().contains("1.000.000\u{a0}kr."),
        "{}",
        page.text()
    );

    // An ambiguous amount is refused beside its field, and nothing is stored.
    let ambiguous = admin
        .post(
            &format!("/trials/{trial}/funds/allocations"),
            &[
                ("amount_awarded", "1 250.000"),
                ("award_date", "2027-02-01"),
            ],
        )
        .await;
    assert_eq!(ambiguous.status, 422);
    assert!(
        ambiguous
            .text()
            .contains("id=\"fund-amount-awarded-error\"")
    );
    assert!(ambiguous.text().contains("aria-invalid=\"true\""));
    // A grant beyond the budget names the figures.
    let beyond = admin
        .post(
            &format!("/trials/{trial}/funds/allocations"),
            &[
                ("amount_awarded", "1.000.000,01"),
                ("award_date", "2027-02-01"),
            ],
        )
        .await;
    assert_eq!(beyond.status, 409);
    let text = beyond.text();
    // (A form's answer is in the default language: the test browser sends its language
    // with GETs only.)
    assert!(text.contains("DKK\u{a0}1,000,000.01"), "{text}");
    assert!(text.contains("id=\"fund-amount-awarded-error\""));
    assert!(
        text.contains("value=\"1.000.000,01\""),
        "what was typed stays"
    );
    // Within it: granted, then paid.
    let granted = admin
        .post(
            &format!("/trials/{trial}/funds/allocations"),
            &[
                ("amount_awarded", "400 000"),
                ("amount_applied_for", "600 000"),
                ("award_date", "2027-02-01"),
                ("planned_start", "2027-01-01"),
                ("planned_end", "2030-12-31"),
            ],
        )
        .await;
    assert_eq!(granted.status, 303, "{}", granted.text());
    let funds = app
        .api(
            Method::GET,
            &format!("/api/v1/trials/{trial}/funds"),
            None,
            None,
        )
        .await
        .json();
    let grant_id = funds["grants"][0]["id"].as_i64().unwrap().to_string();
    assert_eq!(funds["grants"][0]["amount_awarded"], 40_000_000);
    let paid = admin
        .post(
            &format!("/trials/{trial}/funds/payments"),
            &[
                ("allocation_id", &grant_id),
                ("amount", "150 000,50"),
                ("paid_on", "2027-03-01"),
                ("reference", "UDB-2027-17"),
            ],
        )
        .await;
    assert_eq!(paid.status, 303, "{}", paid.text());
    let over = admin
        .post(
            &format!("/trials/{trial}/funds/payments"),
            &[
                ("allocation_id", &grant_id),
                ("amount", "300 000"),
                ("paid_on", "2027-04-01"),
            ],
        )
        .await;
    assert_eq!(over.status, 409);
    assert!(
        over.text().contains("DKK\u{a0}249,999.50"),
        "{}",
        over.text()
    );

    // The applicant reports spending from the trial page.
    let mut applicant = Browser::new(&app);
    applicant.accept_language = Some("en".into());
    applicant.login(Role::Applicant).await;
    let trial_page = applicant.get(&format!("/trials/{trial}")).await;
    assert!(trial_page.text().contains("id=\"fund-spend\""));
    assert!(!trial_page.text().contains("id=\"fund-allocate\""));
    let missing = applicant
        .post(
            &format!("/trials/{trial}/funds/spending"),
            &[
                ("period_start", "2027-01-01"),
                ("period_end", "2027-06-30"),
                ("amount", "DKK 12,500"),
                ("purpose", " "),
            ],
        )
        .await;
    assert_eq!(missing.status, 422);
    assert!(missing.text().contains("id=\"fund-purpose-error\""));
    let reported = applicant
        .post(
            &format!("/trials/{trial}/funds/spending"),
            &[
                ("period_start", "2027-01-01"),
                ("period_end", "2027-06-30"),
                ("amount", "DKK 12,500"),
                ("purpose", "Project manager"),
            ],
        )
        .await;
    assert_eq!(reported.status, 303, "{}", reported.text());
    // Far beyond the award: refused beside the amount until the box confirms it.
    let form = |confirm: bool| {
        let mut fields = vec![
            ("period_start", "2027-01-01"),
            ("period_end", "2027-06-30"),
            ("amount", "DKK 99,999,999"),
            ("purpose", "Project manager"),
        ];
        if confirm {
            fields.push(("confirm_amount", "1"));
        }
        fields
    };
    let refused = applicant
        .post(&format!("/trials/{trial}/funds/spending"), &form(false))
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    let html = refused.text();
    assert!(html.contains("id=\"fund-spend-amount-error\""), "{html}");
    assert!(html.contains("id=\"fund-confirm-amount\""), "{html}");
    assert!(!html.contains(".."), "no double full stop");
    let confirmed = applicant
        .post(&format!("/trials/{trial}/funds/spending"), &form(true))
        .await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.text());
    let html = applicant.get(&format!("/trials/{trial}")).await.text();
    assert!(html.contains("id=\"funds-overspent\""), "{html}");

    // The public trial page shows what was awarded and paid, in English, not the spending.
    let page = public.get(&format!("/trials/{trial}")).await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(
        text.contains("id=\"funds-awarded\">DKK\u{a0}400,000<"),
        "{text}"
    );
    assert!(
        text.contains("id=\"funds-disbursed\">DKK\u{a0}150,000.50<"),
        "{text}"
    );
    assert!(!text.contains("id=\"funds-spent\""));
    assert!(!text.contains("Project manager"));
    assert!(!text.contains("id=\"fund-allocate\""));
    // The budget page lists the grant by trial.
    let budget = public.get(&format!("/schemes/{scheme}/budget")).await;
    assert!(budget.text().contains("id=\"budget-grants\""));
    assert!(budget.text().contains("DKK\u{a0}600,000"), "the remainder");
}
