//! 360Giving 1.4 JSON: every stimulus fund award to a registered trial as a grant, in the
//! format grant-makers publish their grants in, as a data package `{"grants": [...]}`.
//!
//! A grant is one allocation (`fund_allocations` already keeps 360Giving's amounts and
//! dates): the trial's title and granted exemptions, the amounts applied for, awarded and
//! disbursed, the award date, the planned and actual dates, the participants as
//! recipients, the operator as funder, the scheme as grant programme, the trial's themes as
//! classifications and each payment as a disbursement. It reads the same public trials as
//! the IATI file ([`super::iati::public_trials`]).

use serde_json::{Map, Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::iati::{Publisher, TrialRecord, general_description, public_trials};
use crate::{App, Error};

/// The 360Giving file's name among the open-data downloads (`/open-data/360giving.json`).
pub const FILE_NAME: &str = "360giving.json";

/// The 360Giving version the file follows, as its package's `version` writes it.
pub const VERSION: &str = "1.4";

/// The 360Giving file of the public trials' grants at `now`, or `None` when no trial has
/// been awarded funds (the standard's package holds at least one grant).
pub async fn build(app: &App, now: OffsetDateTime) -> Result<Option<Vec<u8>>, Error> {
    let trials = public_trials(app, now).await?;
    render(
        &app.config.iati_publisher,
        &app.config.public_url,
        &trials,
        now,
    )
}

/// A grant's identifier: 360Giving's prefix for the publisher, `360G-` and its
/// organisation identifier, then the allocation's own id, which never changes.
pub fn grant_id(publisher: &Publisher, allocation_id: i64) -> String {
    format!("360G-{}-grant-{allocation_id}", publisher.identifier())
}

/// A participant's identifier: the registry's municipalities have no organisation number
/// in Frirum, so it is the publisher's own (`360G-` prefix, country and official code),
/// as 360Giving allows for organisations without a registered one.
pub fn organisation_id(publisher: &Publisher, country: &str, code: &str) -> String {
    format!("360G-{}-org-{country}-{code}", publisher.identifier())
}

/// Writes the package; `None` when there is no grant.
pub fn render(
    publisher: &Publisher,
    public_url: &str,
    trials: &[TrialRecord],
    generated_at: OffsetDateTime,
) -> Result<Option<Vec<u8>>, Error> {
    let stamp = |t: OffsetDateTime| {
        t.format(&Rfc3339)
            .map_err(|e| Error::internal(format!("a time in the 360Giving file: {e}")))
    };
    let data_source = format!("{public_url}/open-data/360giving.json");
    let mut grants = Vec::new();
    for trial in trials {
        let s = &trial.summary;
        for allocation in &trial.allocations {
            let currency = allocation.currency;
            let money = |minor: i64| {
                let unit = currency.unit() as f64;
                serde_json::Number::from_f64(minor as f64 / unit)
                    .map(Value::Number)
                    .ok_or_else(|| Error::internal("an amount that is not a number"))
            };
            let payments: Vec<_> = trial
                .payments
                .iter()
                .filter(|p| p.allocation_id == allocation.id)
                .collect();
            let modified = payments
                .iter()
                .map(|p| p.recorded_at)
                .chain([allocation.recorded_at])
                .max()
                .unwrap_or(allocation.recorded_at);
            let mut grant = Map::new();
            grant.insert("id".into(), grant_id(publisher, allocation.id).into());
            grant.insert("title".into(), s.title.clone().into());
            grant.insert("description".into(), general_description(trial).into());
            grant.insert("currency".into(), currency.code().into());
            if let Some(applied) = allocation.amount_applied_for {
                grant.insert("amountAppliedFor".into(), money(applied)?);
            }
            grant.insert("amountAwarded".into(), money(allocation.amount_awarded)?);
            grant.insert(
                "amountDisbursed".into(),
                money(allocation.amount_disbursed)?,
            );
            grant.insert("awardDate".into(), allocation.award_date.to_string().into());
            grant.insert("url".into(), format!("{public_url}/trials/{}", s.id).into());
            grant.insert(
                "plannedDates".into(),
                json!([{
                    "startDate": allocation.planned_start.to_string(),
                    "endDate": allocation.planned_end.to_string(),
                }]),
            );
            if let Some(start) = s.actual_start {
                let mut actual = Map::new();
                actual.insert("startDate".into(), start.to_string().into());
                if let Some(end) = s.actual_end {
                    actual.insert("endDate".into(), end.to_string().into());
                }
                grant.insert("actualDates".into(), Value::Array(vec![actual.into()]));
            }
            let recipients: Vec<Value> = s
                .participants
                .iter()
                .map(|p| {
                    json!({
                        "id": organisation_id(publisher, p.country.as_str(), &p.code),
                        "name": p.name,
                        "addressCountry": p.country.as_str().to_ascii_uppercase(),
                    })
                })
                .collect();
            grant.insert("recipientOrganization".into(), recipients.into());
            grant.insert(
                "fundingOrganization".into(),
                json!([{ "id": publisher.identifier(), "name": publisher.name() }]),
            );
            grant.insert(
                "grantProgramme".into(),
                json!([{
                    "code": s.scheme_code,
                    "title": s.scheme_title,
                    "url": format!("{public_url}/schemes/{}", s.scheme_id),
                }]),
            );
            let locations: Vec<Value> = s
                .participants
                .iter()
                .map(|p| {
                    json!({
                        "name": p.name,
                        "countryCode": p.country.as_str().to_ascii_uppercase(),
                    })
                })
                .collect();
            grant.insert("beneficiaryLocation".into(), locations.into());
            grant.insert("fromOpenCall".into(), "Yes".into());
            if !trial.themes.is_empty() {
                let themes: Vec<Value> = trial
                    .themes
                    .iter()
                    .map(|t| {
                        json!({
                            "vocabulary": format!("{public_url}/schemes/{}", s.scheme_id),
                            "code": t.id.to_string(),
                            "title": t.title,
                        })
                    })
                    .collect();
                grant.insert("classifications".into(), themes.into());
            }
            let mut disbursements = Vec::new();
            for p in &payments {
                disbursements.push(json!({
                    "id": format!("{}-payment-{}", grant_id(publisher, allocation.id), p.id),
                    "transactionDate": p.paid_on.to_string(),
                    "currency": currency.code(),
                    "value": money(p.amount)?,
                }));
            }
            if !disbursements.is_empty() {
                grant.insert("disbursementTransaction".into(), disbursements.into());
            }
            grant.insert("dateModified".into(), stamp(modified)?.into());
            grant.insert("dataSource".into(), data_source.clone().into());
            grants.push(Value::Object(grant));
        }
    }
    if grants.is_empty() {
        return Ok(None);
    }
    let package = json!({
        "grants": grants,
        "version": VERSION,
        "title": format!("{}: stimulus funds awarded to trials", publisher.name()),
        "modified": stamp(generated_at)?,
        "publisher": { "identifier": publisher.identifier(), "name": publisher.name() },
        "downloadURL": data_source,
    });
    let mut bytes = serde_json::to_vec_pretty(&package)
        .map_err(|e| Error::internal(format!("writing the 360Giving file: {e}")))?;
    bytes.push(b'\n');
    Ok(Some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_grant_no_file() {
        let none = render(
            &Publisher::default(),
            "http://x",
            &[],
            OffsetDateTime::UNIX_EPOCH,
        )
        .unwrap();
        assert!(none.is_none());
    }

    #[test]
    fn identifiers_carry_the_publishers_prefix() {
        let p = Publisher::new("NO-BRC-972417858", "KDD").unwrap();
        assert_eq!(grant_id(&p, 4), "360G-NO-BRC-972417858-grant-4");
        assert_eq!(
            organisation_id(&p, "no", "5501"),
            "360G-NO-BRC-972417858-org-no-5501"
        );
    }
}
