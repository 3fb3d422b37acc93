//! IATI 2.03 activity XML: every registered trial as an `iati-activity`, for the funders
//! and researchers who already read the International Aid Transparency Initiative's format.
//!
//! A trial is an activity reported by the installation's operator (the [`Publisher`],
//! configured once): its title and granted exemptions as narratives in the scheme's
//! language, the operator as funder and the participants as implementers, its status and
//! dates, its scheme's themes as sectors of the reporting organisation's own vocabulary, its
//! stimulus funds as commitments and disbursements, and its indicators as results with
//! their baselines and periods (approved actuals only, as the public reads them).
//!
//! The public trials are read once ([`public_trials`], with an anonymous actor, so the same
//! rules as the public pages decide what is in the file); [`render`] is pure and writes the
//! elements in the order of the schema's sequences, which the schema checks.

use std::collections::HashMap;
use std::io;

use frirum_domain::authz::TrialAction;
use frirum_domain::decision::GrantedExemption;
use frirum_domain::funds::{Allocation, Currency, Payment};
use frirum_domain::indicator::{Measure, TrialIndicator, format_number};
use frirum_domain::scheme::Theme;
use frirum_domain::trial::{EndKind, TrialFilter, TrialStatus, TrialSummary};
use frirum_domain::{Language, PageRequest};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::{Actor, App, Error};

/// The organisation that publishes the file: IATI's reporting organisation, named by its
/// organisation identifier (a registration agency's prefix from org-id.guide and the
/// number it gave, such as `NO-BRC-972417858`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    identifier: String,
    name: String,
}

/// Why a publisher setting was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PublisherError {
    #[error(
        "the IATI organisation identifier {0:?} is not a registration agency's prefix and a number, such as NO-BRC-972417858 (letters, digits, '-', '.' and '_' only)"
    )]
    Identifier(String),
    #[error("the publisher's name is empty")]
    Name,
}

impl Publisher {
    /// The identifier the demo and the tests publish under: a placeholder, not a
    /// registered organisation.
    pub const DEMO_IDENTIFIER: &'static str = "XX-FRIRUM-DEMO";

    /// Checks an organisation identifier: two letters (the agency's country, or XI/XM for
    /// international ones), a hyphen, the agency's code, a hyphen and the number; no
    /// spaces or characters IATI forbids in identifiers ('/', '&', '|', '?').
    pub fn new(identifier: &str, name: &str) -> Result<Self, PublisherError> {
        let identifier = identifier.trim();
        let refused = || PublisherError::Identifier(identifier.to_owned());
        let mut parts = identifier.splitn(3, '-');
        let (Some(country), Some(agency), Some(number)) =
            (parts.next(), parts.next(), parts.next())
        else {
            return Err(refused());
        };
        let country_ok = country.len() == 2 && country.chars().all(|c| c.is_ascii_uppercase());
        let agency_ok = !agency.is_empty() && agency.chars().all(|c| c.is_ascii_alphanumeric());
        let number_ok = !number.is_empty()
            && number
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'));
        if !(country_ok && agency_ok && number_ok) || identifier.len() > 100 {
            return Err(refused());
        }
        let name = name.trim();
        if name.is_empty() {
            return Err(PublisherError::Name);
        }
        Ok(Publisher {
            identifier: identifier.to_owned(),
            name: name.to_owned(),
        })
    }

    pub fn identifier(&self) -> &str {
        &self.identifier
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// A trial's `iati-identifier`: the publisher's identifier, a hyphen and the trial's
    /// own id, which never changes.
    pub fn activity_id(&self, trial_id: i64) -> String {
        format!("{}-trial-{trial_id}", self.identifier)
    }
}

impl Default for Publisher {
    fn default() -> Self {
        Publisher {
            identifier: Self::DEMO_IDENTIFIER.to_owned(),
            name: "Frirum".to_owned(),
        }
    }
}

/// A registered trial with everything the public may read of it that the standards'
/// files hold: shared by the IATI file and the 360Giving file.
#[derive(Debug, Clone)]
pub struct TrialRecord {
    pub summary: TrialSummary,
    /// The language the scheme's content (and so the trial's title) is written in.
    pub language: Language,
    pub exemptions: Vec<GrantedExemption>,
    /// The themes of its scheme the trial belongs to.
    pub themes: Vec<Theme>,
    /// Its indicators with approved actuals only.
    pub indicators: Vec<TrialIndicator>,
    pub allocations: Vec<Allocation>,
    pub payments: Vec<Payment>,
}

/// What a trial takes from its scheme: the language, the themes and which trial has which
/// (trial id, theme id).
type SchemeFacts = (Language, Vec<Theme>, Vec<(i64, i64)>);

/// Reads every registered trial as an anonymous visitor reads it at `now`: the trials the
/// public may open, their approved actuals, their grants and payments (never the spending
/// the participants report, which only insiders read).
pub async fn public_trials(app: &App, now: OffsetDateTime) -> Result<Vec<TrialRecord>, Error> {
    let actor = Actor::public(Language::En, now);
    let mut summaries = Vec::new();
    let mut number = 1;
    loop {
        let request = PageRequest::new(Some(number), Some(PageRequest::MAX_PER_PAGE))
            .map_err(|_| Error::internal("the largest page is refused"))?;
        let page = crate::trials::list(app, &actor, &TrialFilter::default(), request).await?;
        let seen = u64::from(number) * u64::from(PageRequest::MAX_PER_PAGE);
        let done = page.items.is_empty() || seen >= page.total;
        summaries.extend(page.items);
        if done {
            break;
        }
        number += 1;
    }
    summaries.sort_by_key(|s| s.id);
    let mut schemes: HashMap<i64, SchemeFacts> = HashMap::new();
    let mut out = Vec::with_capacity(summaries.len());
    for summary in summaries {
        let access = match crate::trials::access(app, &actor, summary.id, TrialAction::Read).await {
            Ok(access) => access,
            // Not the public's to read: not in the file.
            Err(Error::NotFound | Error::Unauthenticated | Error::Forbidden) => continue,
            Err(e) => return Err(e),
        };
        if !schemes.contains_key(&summary.scheme_id) {
            let scheme = app
                .store
                .scheme(summary.scheme_id)
                .await?
                .ok_or(Error::NotFound)?;
            let themes = app.store.themes(scheme.id).await?;
            let links = app.store.evaluation_trial_themes(scheme.id).await?;
            schemes.insert(scheme.id, (scheme.language, themes, links));
        }
        let (language, scheme_themes, links) = &schemes[&summary.scheme_id];
        let themes = scheme_themes
            .iter()
            .filter(|t| links.contains(&(summary.id, t.id)))
            .cloned()
            .collect();
        let indicators = crate::indicators::for_trial(app, &actor, &access)
            .await?
            .indicators
            .into_iter()
            .map(TrialIndicator::approved_only)
            .collect();
        let funds = crate::funds::for_trial(app, &actor, &access).await?;
        out.push(TrialRecord {
            language: *language,
            exemptions: access
                .state
                .exemptions
                .iter()
                .map(|e| e.grant.clone())
                .collect(),
            summary,
            themes,
            indicators,
            allocations: funds.allocations,
            payments: funds.payments,
        });
    }
    Ok(out)
}

/// The IATI file of the public trials at `now`, published as the configured
/// [`Publisher`], or `None` when no trial is registered (the standard's file holds at
/// least one activity).
pub async fn build(app: &App, now: OffsetDateTime) -> Result<Option<Vec<u8>>, Error> {
    let trials = public_trials(app, now).await?;
    render(
        &app.config.iati_publisher,
        &app.config.public_url,
        &trials,
        now,
    )
}

/// The IATI file's name among the open-data downloads (`/open-data/iati.xml`).
pub const FILE_NAME: &str = "iati.xml";

/// The standards' files of a build, read from the public trials once: [`FILE_NAME`] and
/// [`super::giving::FILE_NAME`], each only when it has something to hold. The open-data
/// build stores them beside the tables' files, so that they too are served as built.
pub async fn standard_files(
    app: &App,
    now: OffsetDateTime,
) -> Result<Vec<frirum_store::open_data::OpenDataFile>, Error> {
    let trials = public_trials(app, now).await?;
    let publisher = &app.config.iati_publisher;
    let public_url = &app.config.public_url;
    let rendered = [
        (
            FILE_NAME,
            "application/xml",
            render(publisher, public_url, &trials, now)?,
        ),
        (
            super::giving::FILE_NAME,
            "application/json",
            super::giving::render(publisher, public_url, &trials, now)?,
        ),
    ];
    Ok(rendered
        .into_iter()
        .filter_map(|(name, content_type, body)| {
            body.map(|body| frirum_store::open_data::OpenDataFile {
                name: name.to_owned(),
                content_type: content_type.to_owned(),
                etag: super::etag(&body),
                body,
                generated_at: now,
            })
        })
        .collect())
}

/// One of the standards' files as last built, by its name: not found for any other name,
/// or before a build held it.
pub async fn download(
    app: &App,
    name: &str,
) -> Result<frirum_store::open_data::OpenDataFile, Error> {
    if name != FILE_NAME && name != super::giving::FILE_NAME {
        return Err(Error::NotFound);
    }
    app.store.open_data_file(name).await?.ok_or(Error::NotFound)
}

/// IATI's ActivityStatus code of a trial: planned is pipeline (1), running implementation
/// (2), suspended (6); an ended trial is closed (4), or cancelled (5) when it was stopped
/// before it ever started.
pub fn activity_status(
    status: TrialStatus,
    end_kind: Option<EndKind>,
    started: bool,
) -> &'static str {
    match status {
        TrialStatus::Planned => "1",
        TrialStatus::Running => "2",
        TrialStatus::Suspended => "6",
        TrialStatus::Ended if end_kind == Some(EndKind::StoppedEarly) && !started => "5",
        TrialStatus::Ended => "4",
    }
}

/// IATI's IndicatorMeasure code.
pub fn measure_code(measure: Measure) -> &'static str {
    match measure {
        Measure::Unit => "1",
        Measure::Percentage => "2",
        Measure::Nominal => "3",
        Measure::Ordinal => "4",
        Measure::Qualitative => "5",
    }
}

/// Minor units as a decimal number of the currency's units: `123456` → `1234.56`.
pub fn major_units(minor: i64, currency: Currency) -> String {
    let unit = currency.unit();
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let unit = unit.unsigned_abs();
    format!(
        "{sign}{}.{:0width$}",
        abs / unit,
        abs % unit,
        width = currency.exponent() as usize
    )
}

/// Writes the `iati-activities` document; `None` when there is no trial.
pub fn render(
    publisher: &Publisher,
    public_url: &str,
    trials: &[TrialRecord],
    generated_at: OffsetDateTime,
) -> Result<Option<Vec<u8>>, Error> {
    if trials.is_empty() {
        return Ok(None);
    }
    let generated = generated_at
        .format(&Rfc3339)
        .map_err(|e| Error::internal(format!("generation time: {e}")))?;
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let written: io::Result<()> = (|| {
        writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        writer
            .create_element("iati-activities")
            .with_attribute(("version", "2.03"))
            .with_attribute(("generated-datetime", generated.as_str()))
            .write_inner_content(|w| {
                for trial in trials {
                    activity(w, publisher, public_url, trial)?;
                }
                Ok(())
            })?;
        Ok(())
    })();
    written.map_err(|e| Error::internal(format!("writing the IATI file: {e}")))?;
    let mut bytes = writer.into_inner();
    bytes.push(b'\n');
    Ok(Some(bytes))
}

type W = Writer<Vec<u8>>;

/// `<name><narrative xml:lang="…">text</narrative></name>`.
fn narrative_in(w: &mut W, name: &str, lang: Language, text: &str) -> io::Result<()> {
    w.create_element(name).write_inner_content(|w| {
        narrative(w, Some(lang), text)?;
        Ok(())
    })?;
    Ok(())
}

fn narrative(w: &mut W, lang: Option<Language>, text: &str) -> io::Result<()> {
    let element = w.create_element("narrative");
    let element = match lang {
        Some(lang) => element.with_attribute(("xml:lang", lang.tag())),
        None => element,
    };
    element.write_text_content(BytesText::new(text))?;
    Ok(())
}

fn activity(
    w: &mut W,
    publisher: &Publisher,
    public_url: &str,
    trial: &TrialRecord,
) -> io::Result<()> {
    let s = &trial.summary;
    let lang = trial.language;
    let currency = trial.allocations.first().map(|a| a.currency);
    let mut element = w
        .create_element("iati-activity")
        .with_attribute(("xml:lang", lang.tag()));
    if let Some(currency) = currency {
        element = element.with_attribute(("default-currency", currency.code()));
    }
    element.write_inner_content(|w| {
        w.create_element("iati-identifier")
            .write_text_content(BytesText::new(&publisher.activity_id(s.id)))?;
        w.create_element("reporting-org")
            .with_attribute(("ref", publisher.identifier()))
            // 10: Government.
            .with_attribute(("type", "10"))
            .write_inner_content(|w| narrative(w, None, publisher.name()))?;
        narrative_in(w, "title", lang, &s.title)?;
        // 1: General, what the trial is about: the exemptions it was granted.
        w.create_element("description")
            .with_attribute(("type", "1"))
            .write_inner_content(|w| narrative(w, Some(lang), &general_description(trial)))?;
        // 1: Funding — the operator's scheme pays the stimulus funds.
        w.create_element("participating-org")
            .with_attribute(("ref", publisher.identifier()))
            .with_attribute(("type", "10"))
            .with_attribute(("role", "1"))
            .write_inner_content(|w| narrative(w, None, publisher.name()))?;
        // 4: Implementing — each participant, a local government (11).
        for p in &s.participants {
            w.create_element("participating-org")
                .with_attribute(("type", "11"))
                .with_attribute(("role", "4"))
                .write_inner_content(|w| narrative(w, None, &p.name))?;
        }
        w.create_element("other-identifier")
            .with_attribute(("ref", s.case_number.as_str()))
            // A1: the reporting organisation's own reference, the case number.
            .with_attribute(("type", "A1"))
            .write_empty()?;
        w.create_element("activity-status")
            .with_attribute((
                "code",
                activity_status(s.status, s.end_kind, s.actual_start.is_some()),
            ))
            .write_empty()?;
        let dates = [
            ("1", Some(s.planned_start)),
            ("2", s.actual_start),
            ("3", Some(s.planned_end)),
            ("4", s.actual_end),
        ];
        for (kind, date) in dates {
            if let Some(date) = date {
                w.create_element("activity-date")
                    .with_attribute(("type", kind))
                    .with_attribute(("iso-date", date.to_string().as_str()))
                    .write_empty()?;
            }
        }
        // 4: National — a trial runs in one country's municipalities.
        w.create_element("activity-scope")
            .with_attribute(("code", "4"))
            .write_empty()?;
        w.create_element("recipient-country")
            .with_attribute(("code", s.country.as_str().to_ascii_uppercase().as_str()))
            .write_empty()?;
        sectors(w, public_url, trial)?;
        for allocation in &trial.allocations {
            transaction(
                w,
                publisher,
                trial,
                &format!("grant-{}", allocation.id),
                "2",
                allocation.award_date,
                allocation.amount_awarded,
                allocation.currency,
            )?;
        }
        for payment in &trial.payments {
            let Some(currency) = trial
                .allocations
                .iter()
                .find(|a| a.id == payment.allocation_id)
                .map(|a| a.currency)
            else {
                continue;
            };
            transaction(
                w,
                publisher,
                trial,
                &format!("payment-{}", payment.id),
                "3",
                payment.paid_on,
                payment.amount,
                currency,
            )?;
        }
        for indicator in &trial.indicators {
            result(w, lang, s.planned_start.year(), indicator)?;
        }
        Ok(())
    })?;
    Ok(())
}

/// What the trial is about, in the scheme's language as written: each granted exemption's
/// rule and the change asked for, one a line; the title when it has none.
pub(super) fn general_description(trial: &TrialRecord) -> String {
    let lines: Vec<String> = trial
        .exemptions
        .iter()
        .map(|e| {
            let reference = e.reference.trim();
            let change = e.desired_change.trim();
            match (reference.is_empty(), change.is_empty()) {
                (false, false) => format!("{reference}: {change}"),
                (false, true) => reference.to_owned(),
                (true, _) => change.to_owned(),
            }
        })
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        trial.summary.title.clone()
    } else {
        lines.join("\n")
    }
}

/// The trial's themes as sectors of vocabulary 99 (the reporting organisation's own),
/// shared equally so that their percentages add up to 100.
fn sectors(w: &mut W, public_url: &str, trial: &TrialRecord) -> io::Result<()> {
    let count = trial.themes.len();
    if count == 0 {
        return Ok(());
    }
    // Hundredths of a percent, the remainder on the first so that the sum is exact.
    let share = 10_000 / count;
    let first = 10_000 - share * (count - 1);
    let uri = format!("{public_url}/schemes/{}", trial.summary.scheme_id);
    for (i, theme) in trial.themes.iter().enumerate() {
        let hundredths = if i == 0 { first } else { share };
        let percentage = format!("{}.{:02}", hundredths / 100, hundredths % 100);
        w.create_element("sector")
            .with_attribute(("vocabulary", "99"))
            .with_attribute(("vocabulary-uri", uri.as_str()))
            .with_attribute(("code", theme.id.to_string().as_str()))
            .with_attribute(("percentage", percentage.as_str()))
            .write_inner_content(|w| narrative(w, Some(trial.language), &theme.title))?;
    }
    Ok(())
}

/// One transaction from the operator to the trial's lead participant.
#[expect(
    clippy::too_many_arguments,
    reason = "a transaction's fields, each one value of the schema's sequence"
)]
fn transaction(
    w: &mut W,
    publisher: &Publisher,
    trial: &TrialRecord,
    reference: &str,
    kind: &str,
    date: time::Date,
    minor: i64,
    currency: Currency,
) -> io::Result<()> {
    let date = date.to_string();
    w.create_element("transaction")
        .with_attribute(("ref", reference))
        .write_inner_content(|w| {
            w.create_element("transaction-type")
                .with_attribute(("code", kind))
                .write_empty()?;
            w.create_element("transaction-date")
                .with_attribute(("iso-date", date.as_str()))
                .write_empty()?;
            w.create_element("value")
                .with_attribute(("currency", currency.code()))
                .with_attribute(("value-date", date.as_str()))
                .write_text_content(BytesText::new(&major_units(minor, currency)))?;
            w.create_element("provider-org")
                .with_attribute(("ref", publisher.identifier()))
                .with_attribute(("type", "10"))
                .write_inner_content(|w| narrative(w, None, publisher.name()))?;
            if let Some(lead) = trial.summary.participants.first() {
                w.create_element("receiver-org")
                    .with_attribute(("type", "11"))
                    .write_inner_content(|w| narrative(w, None, &lead.name))?;
            }
            Ok(())
        })?;
    Ok(())
}

/// An indicator as a result of type 2 (outcome) with its one indicator: the baseline, and
/// each period with its target and its approved actual (a breakdown's categories as
/// actuals with a dimension; a qualitative actual as a comment).
fn result(w: &mut W, lang: Language, start_year: i32, ti: &TrialIndicator) -> io::Result<()> {
    let d = &ti.indicator.definition;
    w.create_element("result")
        .with_attribute(("type", "2"))
        .write_inner_content(|w| {
            narrative_in(w, "title", lang, &d.title)?;
            let mut indicator = w
                .create_element("indicator")
                .with_attribute(("measure", measure_code(d.measure)));
            if d.measure != Measure::Qualitative {
                indicator =
                    indicator.with_attribute(("ascending", if d.ascending { "1" } else { "0" }));
            }
            indicator.write_inner_content(|w| {
                narrative_in(w, "title", lang, &d.title)?;
                if !d.description.trim().is_empty() {
                    narrative_in(w, "description", lang, &d.description)?;
                }
                if d.baseline_value.is_some() || d.baseline_date.is_some() {
                    let year = d.baseline_date.map_or(start_year, |b| b.year());
                    let mut baseline = w
                        .create_element("baseline")
                        .with_attribute(("year", year.to_string().as_str()));
                    if let Some(date) = d.baseline_date {
                        baseline = baseline.with_attribute(("iso-date", date.to_string().as_str()));
                    }
                    if let Some(value) = d.baseline_value.filter(|_| d.measure.is_numeric()) {
                        baseline =
                            baseline.with_attribute(("value", format_number(value).as_str()));
                    }
                    baseline.write_empty()?;
                }
                for report in &ti.periods {
                    period(
                        w,
                        lang,
                        d.measure,
                        d.breakdown.as_ref().map(|b| b.dimension.as_str()),
                        report,
                    )?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
    Ok(())
}

fn period(
    w: &mut W,
    lang: Language,
    measure: Measure,
    dimension: Option<&str>,
    report: &frirum_domain::indicator::PeriodReport,
) -> io::Result<()> {
    use frirum_domain::indicator::ActualValue;
    w.create_element("period").write_inner_content(|w| {
        w.create_element("period-start")
            .with_attribute(("iso-date", report.period.start.to_string().as_str()))
            .write_empty()?;
        w.create_element("period-end")
            .with_attribute(("iso-date", report.period.end.to_string().as_str()))
            .write_empty()?;
        if let Some(target) = report.period.target.filter(|_| measure.is_numeric()) {
            w.create_element("target")
                .with_attribute(("value", format_number(target).as_str()))
                .write_empty()?;
        }
        // Only what the public reads: an approved actual.
        let Some(update) = report.update.as_ref().filter(|u| u.counts()) else {
            return Ok(());
        };
        let mut actuals: Vec<(Option<&str>, &ActualValue)> = Vec::new();
        if let Some(value) = &update.value {
            actuals.push((None, value));
        }
        for c in &update.breakdown {
            actuals.push((Some(c.category.as_str()), &c.value));
        }
        for (category, value) in actuals {
            let element = w.create_element("actual");
            let element = match value {
                ActualValue::Number(n) => {
                    element.with_attribute(("value", format_number(*n).as_str()))
                }
                ActualValue::Text(_) => element,
            };
            let dimension = dimension.zip(category);
            if dimension.is_none() && matches!(value, ActualValue::Number(_)) {
                element.write_empty()?;
                continue;
            }
            element.write_inner_content(|w| {
                if let Some((name, category)) = dimension {
                    w.create_element("dimension")
                        .with_attribute(("name", name))
                        .with_attribute(("value", category))
                        .write_empty()?;
                }
                if let ActualValue::Text(text) = value {
                    narrative_in(w, "comment", lang, text)?;
                }
                Ok(())
            })?;
        }
        Ok(())
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publisher_identifiers_follow_org_id_guide() {
        for good in [
            "NO-BRC-972417858",
            "XM-DAC-41114",
            "DK-CVR-12345678",
            "XX-FRIRUM-DEMO",
        ] {
            assert!(Publisher::new(good, "Departementet").is_ok(), "{good}");
        }
        for bad in [
            "",
            "NO",
            "NO-BRC",
            "no-brc-1",
            "NO-BRC-97 24",
            "NO-BRC-1/2",
            "N-BRC-1",
            "NO--1",
        ] {
            assert_eq!(
                Publisher::new(bad, "Departementet"),
                Err(PublisherError::Identifier(bad.to_owned())),
                "{bad}"
            );
        }
        assert_eq!(Publisher::new("NO-BRC-1", " "), Err(PublisherError::Name));
        let p = Publisher::new(" NO-BRC-972417858 ", "KDD").unwrap();
        assert_eq!(p.activity_id(7), "NO-BRC-972417858-trial-7");
    }

    #[test]
    fn statuses_map_to_the_activity_status_codelist() {
        use TrialStatus::*;
        assert_eq!(activity_status(Planned, None, false), "1");
        assert_eq!(activity_status(Running, None, true), "2");
        assert_eq!(activity_status(Suspended, None, true), "6");
        assert_eq!(activity_status(Ended, Some(EndKind::Completed), true), "4");
        assert_eq!(
            activity_status(Ended, Some(EndKind::StoppedEarly), true),
            "4"
        );
        assert_eq!(
            activity_status(Ended, Some(EndKind::StoppedEarly), false),
            "5"
        );
    }

    #[test]
    fn minor_units_become_decimal_amounts() {
        assert_eq!(major_units(123_456, Currency::Dkk), "1234.56");
        assert_eq!(major_units(5, Currency::Nok), "0.05");
        assert_eq!(major_units(40_000_000, Currency::Sek), "400000.00");
    }

    #[test]
    fn no_trial_no_file() {
        let none = render(
            &Publisher::default(),
            "http://x",
            &[],
            OffsetDateTime::UNIX_EPOCH,
        )
        .unwrap();
        assert!(none.is_none());
    }
}
