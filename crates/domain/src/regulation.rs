//! The local regulation each participant of a trial adopts before the trial may start: a
//! Norwegian forsøksforskrift (adopted by the council and approved by the ministry), a
//! Danish frikommunevedtægt (vedtaget af kommunalbestyrelsen), Swedish lokala föreskrifter
//! (antagna av kommunfullmäktige).
//!
//! Frirum drafts the text from the decision in the scheme's language; the participant
//! records its adoption (date, body, reference, the day it comes in force); the secretariat
//! approves it where the scheme says so. A trial starts when every participant's regulation
//! is in force, on the latest of those days and never before its planned start.

use serde::{Deserialize, Serialize};
use time::{Date, Month, OffsetDateTime};

use crate::authz::{self, TrialAction, TrialFacts, Viewer};
use crate::country::Country;
use crate::decision::{RegulationKind, Trial};
use crate::language::Language;
use crate::organisation::OrganisationRef;
use crate::rule::{Broken, Refusal};
use crate::text::{all_values, unknown_name};

/// Where a regulation's record stands.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::VariantNames,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", parse_err_ty = String, parse_err_fn = unknown_regulation_status)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum RegulationStatus {
    /// Frirum's draft, which the participant may edit before the council adopts it.
    Drafted,
    /// Adopted by the council (the text is fixed from then on).
    Adopted,
    /// Approved by the secretariat, where the scheme requires it.
    Approved,
}

impl RegulationStatus {
    pub const ALL: [RegulationStatus; 3] = all_values();

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_regulation_status(name: &str) -> String {
    unknown_name::<RegulationStatus>("regulation status", name)
}

/// What a regulation means for the trial on a given day: the status people read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "stage", content = "from")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Standing {
    /// Not adopted yet.
    AwaitingAdoption,
    /// Adopted, waiting for the secretariat's approval.
    AwaitingApproval,
    /// Adopted (and approved where required), in force from a day still to come.
    InForceFrom(Date),
    /// In force.
    InForce(Date),
}

impl Standing {
    /// The stable name of the stage (`awaiting_adoption`, `in_force`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Standing::AwaitingAdoption => "awaiting_adoption",
            Standing::AwaitingApproval => "awaiting_approval",
            Standing::InForceFrom(_) => "in_force_from",
            Standing::InForce(_) => "in_force",
        }
    }
}

/// How the council adopted the regulation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Adoption {
    /// The day the council adopted it.
    pub adopted_on: Date,
    /// Who adopted it: "Kommunestyret", "Kommunalbestyrelsen", "Kommunfullmäktige".
    pub body: String,
    /// The case or minute reference of the adoption, such as "PS 24/12".
    pub reference: String,
    /// The first day it is in force (may be after the adoption and in the future).
    pub in_force_from: Date,
}

impl Adoption {
    /// Checks the adoption against `today` (the scheme's day): bodies and references are
    /// required, adoption cannot be in the future, and a regulation is not in force before
    /// it is adopted. Returns it with its text trimmed.
    pub fn validate(&self, today: Date) -> Result<Adoption, RegulationError> {
        let body = self.body.trim();
        if body.is_empty() {
            return Err(RegulationError::Required { field: "body" });
        }
        let reference = self.reference.trim();
        if reference.is_empty() {
            return Err(RegulationError::Required { field: "reference" });
        }
        if body.chars().count() > 200 {
            return Err(RegulationError::TooLong {
                field: "body",
                max: 200,
            });
        }
        if reference.chars().count() > 200 {
            return Err(RegulationError::TooLong {
                field: "reference",
                max: 200,
            });
        }
        if self.adopted_on > today {
            return Err(RegulationError::AdoptedInFuture {
                adopted_on: self.adopted_on,
                today,
            });
        }
        if self.in_force_from < self.adopted_on {
            return Err(RegulationError::InForceBeforeAdoption {
                adopted_on: self.adopted_on,
                in_force_from: self.in_force_from,
            });
        }
        Ok(Adoption {
            adopted_on: self.adopted_on,
            body: body.to_owned(),
            reference: reference.to_owned(),
            in_force_from: self.in_force_from,
        })
    }
}

/// The longest regulation text kept.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// A participant's regulation for a trial.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Regulation {
    pub trial_id: i64,
    pub organisation: OrganisationRef,
    /// Counts the saves, for optimistic locking: 1 is the draft.
    pub version: i64,
    pub status: RegulationStatus,
    pub kind: RegulationKind,
    /// The language the text is written in: the scheme's.
    pub language: Language,
    pub title: String,
    /// The regulation's text: plain text, its sections on lines of their own.
    pub text: String,
    pub adoption: Option<Adoption>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub approved_at: Option<OffsetDateTime>,
    pub approved_by_name: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

impl Regulation {
    /// Where the regulation stands on `today`, under a scheme that does or does not
    /// require the secretariat's approval.
    pub fn standing(&self, requires_approval: bool, today: Date) -> Standing {
        match (&self.adoption, self.status) {
            (None, _) | (_, RegulationStatus::Drafted) => Standing::AwaitingAdoption,
            (Some(_), RegulationStatus::Adopted) if requires_approval => Standing::AwaitingApproval,
            (Some(a), _) if a.in_force_from <= today => Standing::InForce(a.in_force_from),
            (Some(a), _) => Standing::InForceFrom(a.in_force_from),
        }
    }

    /// The day it is (or will be) in force, once nothing more is awaited.
    pub fn in_force_from(&self, requires_approval: bool) -> Option<Date> {
        match self.standing(requires_approval, Date::MIN) {
            Standing::InForce(d) | Standing::InForceFrom(d) => Some(d),
            _ => None,
        }
    }

    /// Checks that the draft may still be edited: the adopted text is fixed.
    pub fn check_editable(&self) -> Result<(), RegulationError> {
        match self.status {
            RegulationStatus::Drafted => Ok(()),
            status => Err(RegulationError::TextFixed { status }),
        }
    }

    /// Checks that an adoption may be recorded (or corrected): not once approved.
    pub fn check_adoptable(&self) -> Result<(), RegulationError> {
        match self.status {
            RegulationStatus::Approved => Err(RegulationError::AlreadyApproved),
            _ => Ok(()),
        }
    }

    /// Checks that the secretariat may approve it: adopted, not yet approved, and the
    /// scheme requires approval.
    pub fn check_approvable(&self, requires_approval: bool) -> Result<(), RegulationError> {
        match self.status {
            RegulationStatus::Drafted => Err(RegulationError::NotAdopted),
            RegulationStatus::Approved => Err(RegulationError::AlreadyApproved),
            RegulationStatus::Adopted if !requires_approval => {
                Err(RegulationError::ApprovalNotRequired)
            }
            RegulationStatus::Adopted => Ok(()),
        }
    }
}

/// A participant's regulation on a dashboard: awaiting its adoption or the secretariat's
/// approval.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegulationWaiting {
    pub trial_id: i64,
    pub case_number: String,
    pub trial_title: String,
    pub scheme_id: i64,
    pub country: Country,
    pub organisation: OrganisationRef,
    /// `None`: no regulation drafted yet.
    pub status: Option<RegulationStatus>,
    pub adopted_on: Option<Date>,
    /// The trial already runs (or is suspended) for the others: this participant joined
    /// later, so its own part starts when its regulation is in force, not the trial.
    pub trial_started: bool,
}

/// Checks a draft text typed by the participant.
pub fn check_text(text: &str) -> Result<String, RegulationError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(RegulationError::Required { field: "text" });
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(RegulationError::TooLong {
            field: "text",
            max: MAX_TEXT_CHARS,
        });
    }
    Ok(text.to_owned())
}

/// Who records the adoption of one participant's regulation: that participant's applicants
/// (reporting on the trial for their own organisation), and the secretariat.
pub fn may_record_adoption(
    viewer: Viewer,
    facts: &TrialFacts<'_>,
    organisation_id: i64,
) -> Result<(), authz::Denied> {
    if authz::trial(viewer, facts, TrialAction::Manage).is_ok() {
        return Ok(());
    }
    authz::trial(viewer, facts, TrialAction::Report)?;
    if viewer.organisation_id == Some(organisation_id) {
        Ok(())
    } else {
        Err(authz::Denied::Forbidden)
    }
}

/// Whether the scheme's secretariat approves adopted regulations when the scheme has not
/// said: the Norwegian forsøksforskrift needs the ministry's approval; a Danish vedtægt and
/// Swedish local regulations are the council's alone.
pub fn approval_required_by_default(country: Country) -> bool {
    matches!(country, Country::No)
}

/// Whether the trial may start, and from which day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readiness {
    /// Some participants' regulations are not in force yet (their organisation ids).
    Waiting { awaited: Vec<i64> },
    /// Every regulation is in force (or will be) from this day: the latest in-force day,
    /// and not before the planned start.
    From(Date),
}

/// The rule that starts a trial: every participant's regulation in force.
pub fn readiness(
    participants: &[OrganisationRef],
    regulations: &[Regulation],
    requires_approval: bool,
    planned_start: Date,
) -> Readiness {
    let mut awaited = Vec::new();
    let mut latest = planned_start;
    for participant in participants {
        let from = regulations
            .iter()
            .find(|r| r.organisation.id == participant.id)
            .and_then(|r| r.in_force_from(requires_approval));
        match from {
            Some(d) => latest = latest.max(d),
            None => awaited.push(participant.id),
        }
    }
    if awaited.is_empty() {
        Readiness::From(latest)
    } else {
        Readiness::Waiting { awaited }
    }
}

/// Why a regulation change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegulationError {
    #[error("{field} is required")]
    Required { field: &'static str },
    #[error("{field} is longer than {max} characters")]
    TooLong { field: &'static str, max: usize },
    #[error("the adoption date {adopted_on} is in the future (today is {today})")]
    AdoptedInFuture { adopted_on: Date, today: Date },
    #[error(
        "the regulation cannot be in force ({in_force_from}) before it is adopted ({adopted_on})"
    )]
    InForceBeforeAdoption {
        adopted_on: Date,
        in_force_from: Date,
    },
    #[error("the regulation is {status}: its text is fixed")]
    TextFixed { status: RegulationStatus },
    #[error("the regulation is not adopted yet")]
    NotAdopted,
    #[error("the regulation is already approved")]
    AlreadyApproved,
    #[error("this scheme does not require the secretariat to approve regulations")]
    ApprovalNotRequired,
    #[error("the trial has ended")]
    TrialEnded,
    #[error("the organisation does not take part in the trial")]
    NotParticipant,
}

impl Broken for RegulationError {
    fn code(&self) -> &'static str {
        match self {
            RegulationError::Required { .. } => "field_required",
            RegulationError::TooLong { .. } => "field_too_long",
            RegulationError::AdoptedInFuture { .. } => "adoption_in_future",
            RegulationError::InForceBeforeAdoption { .. } => "in_force_before_adoption",
            RegulationError::TextFixed { .. } => "regulation_text_fixed",
            RegulationError::NotAdopted => "regulation_not_adopted",
            RegulationError::AlreadyApproved => "regulation_already_approved",
            RegulationError::ApprovalNotRequired => "regulation_approval_not_required",
            RegulationError::TrialEnded => "trial_ended",
            RegulationError::NotParticipant => "not_a_participant",
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            RegulationError::Required { .. }
            | RegulationError::TooLong { .. }
            | RegulationError::AdoptedInFuture { .. }
            | RegulationError::InForceBeforeAdoption { .. }
            | RegulationError::NotParticipant => Refusal::Invalid,
            _ => Refusal::Conflict,
        }
    }

    fn details(&self) -> serde_json::Value {
        use serde_json::json;
        match self {
            RegulationError::Required { field } => json!({ "field": field }),
            RegulationError::TooLong { field, max } => json!({ "field": field, "max": max }),
            RegulationError::AdoptedInFuture { adopted_on, today } => json!({
                "field": "adopted_on",
                "adopted_on": adopted_on.to_string(),
                "today": today.to_string(),
            }),
            RegulationError::InForceBeforeAdoption {
                adopted_on,
                in_force_from,
            } => json!({
                "field": "in_force_from",
                "adopted_on": adopted_on.to_string(),
                "in_force_from": in_force_from.to_string(),
            }),
            RegulationError::TextFixed { status } => json!({ "status": status.as_str() }),
            _ => serde_json::Value::Null,
        }
    }
}

/// The text Frirum proposes, before the participant edits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub kind: RegulationKind,
    pub language: Language,
    pub title: String,
    pub text: String,
}

/// The kind and language of a country's local regulation: the language is the scheme's
/// (Bokmål for Norway, Danish, Swedish).
pub fn kind_and_language(country: Country) -> (RegulationKind, Language) {
    match country {
        Country::No => (RegulationKind::TrialRegulation, Language::Nb),
        Country::Dk => (RegulationKind::FreeMunicipalityStatute, Language::Da),
        Country::Se => (RegulationKind::LocalRegulations, Language::Sv),
    }
}

/// Drafts a participant's regulation from the decision: title, § 1 purpose, § 2 scope,
/// § 3 the granted exemptions (with the provisions they are narrowed to and the
/// decision's notes and conditions), § 4 duration, § 5 entry into force. `provisions`
/// names the catalogue's provisions by id, as the text should cite them. `period` is the
/// trial's planned period as it stands now (an approved extension included), not the one
/// first approved.
pub fn draft(
    trial: &Trial,
    period: (Date, Date),
    country: Country,
    participant: &OrganisationRef,
    provisions: &[(i64, String)],
) -> Draft {
    let (kind, language) = kind_and_language(country);
    let w = Words::of(country);
    let name = &participant.name;
    let title = w.title(&trial.title, name);
    let mut text = String::new();
    let mut line = |s: String| {
        text.push_str(&s);
        text.push('\n');
    };
    line(title.clone());
    line(String::new());
    line(w.basis(name, &trial.case_number));
    line(String::new());
    line(w.heading(1));
    line(w.purpose(&trial.title));
    let objectives: Vec<&str> = trial
        .objectives
        .iter()
        .map(|o| o.indicator.trim())
        .filter(|d| !d.is_empty())
        .collect();
    if !objectives.is_empty() {
        line(w.objectives_intro.to_owned());
        for o in objectives {
            line(format!("– {o}"));
        }
    }
    line(String::new());
    line(w.heading(2));
    line(w.scope(name, &participant.code));
    line(String::new());
    line(w.heading(3));
    if trial.exemptions.is_empty() {
        line(w.no_exemptions.to_owned());
    } else {
        line(w.exemptions_intro.to_owned());
        for (i, grant) in trial.exemptions.iter().enumerate() {
            let letter = char::from(b'a' + (i % 26) as u8);
            let mut item = format!("{letter}) {}", grant.reference.trim());
            let change = grant.desired_change.trim();
            if !change.is_empty() {
                item.push_str(": ");
                item.push_str(change);
            }
            let narrowed: Vec<&str> = grant
                .provision_ids
                .iter()
                .filter_map(|id| provisions.iter().find(|(p, _)| p == id))
                .map(|(_, label)| label.as_str())
                .collect();
            if !narrowed.is_empty() {
                item.push_str(&format!(" ({} {})", w.narrowed_to, narrowed.join(", ")));
            }
            let note = grant.note.trim();
            if !note.is_empty() {
                item.push_str(&format!(". {note}"));
            }
            line(item);
        }
    }
    let conditions = trial.conditions.trim();
    if !conditions.is_empty() {
        line(String::new());
        line(w.conditions_intro.to_owned());
        line(conditions.to_owned());
    }
    line(String::new());
    line(w.heading(4));
    line(w.duration(&w.date(period.0), &w.date(period.1)));
    line(String::new());
    line(w.heading(5));
    line(w.entry_into_force(&w.date(period.0)));
    Draft {
        kind,
        language,
        title,
        text: text.trim_end().to_owned(),
    }
}

/// A day in words in the country's language, as a regulation writes it: "1. juni 2027".
pub fn date_in_words(country: Country, date: Date) -> String {
    Words::of(country).date(date)
}

/// The placeholders a drafted regulation leaves for the adoption.
const PLACEHOLDERS: [&str; 2] = ["[dato]", "[datum]"];

/// The adoption written into the text: the first date placeholder becomes the day of the
/// adoption (and the council's name the body that adopted it, in the same line), the
/// second, in Norway the ministry's approval, the day it was approved if it was. What the
/// participants wrote otherwise stays as it is.
pub fn with_adoption(
    text: &str,
    country: Country,
    adoption: &Adoption,
    approved_on: Option<Date>,
) -> String {
    let days = [Some(adoption.adopted_on), approved_on];
    let mut filled = 0;
    let mut lines = Vec::new();
    for line in text.split('\n') {
        let mut line = line.to_owned();
        for placeholder in PLACEHOLDERS {
            while let Some(at) = line.find(placeholder) {
                let Some(Some(day)) = days.get(filled) else {
                    break;
                };
                if filled == 0 {
                    let body = adoption.body.trim();
                    if !body.is_empty() {
                        for council in COUNCILS {
                            if let Some(c) = line[..at].find(council) {
                                line.replace_range(c..c + council.len(), body);
                                break;
                            }
                        }
                    }
                    let at = line.find(placeholder).unwrap_or(at);
                    line.replace_range(at..at + placeholder.len(), &date_in_words(country, *day));
                } else {
                    line.replace_range(at..at + placeholder.len(), &date_in_words(country, *day));
                }
                filled += 1;
            }
        }
        lines.push(line);
    }
    lines.join("\n")
}

/// The councils a drafted regulation names before the body that adopted it is known.
const COUNCILS: [&str; 3] = [
    "kommunestyret (fylkestinget)",
    "kommunalbestyrelsen",
    "kommunfullmäktige",
];

/// The words of a regulation in one country's language.
struct Words {
    country: Country,
    objectives_intro: &'static str,
    no_exemptions: &'static str,
    exemptions_intro: &'static str,
    narrowed_to: &'static str,
    conditions_intro: &'static str,
}

impl Words {
    fn of(country: Country) -> Self {
        match country {
            Country::No => Words {
                country,
                objectives_intro: "Forsøket skal særlig måle:",
                no_exemptions: "Forsøket gjør ikke unntak fra lov eller forskrift.",
                exemptions_intro: "I forsøksperioden gjøres det unntak fra følgende bestemmelser:",
                narrowed_to: "begrenset til",
                conditions_intro: "Unntakene gjelder på disse vilkårene:",
            },
            Country::Dk => Words {
                country,
                objectives_intro: "Forsøget skal navnlig måle:",
                no_exemptions: "Forsøget fraviger ikke lovgivningen.",
                exemptions_intro: "I forsøgsperioden fraviges følgende bestemmelser:",
                narrowed_to: "begrænset til",
                conditions_intro: "Fravigelserne gælder på følgende vilkår:",
            },
            Country::Se => Words {
                country,
                objectives_intro: "Försöket ska särskilt mäta:",
                no_exemptions: "Försöket medför inga undantag från lag eller förordning.",
                exemptions_intro: "Under försöksperioden gäller undantag från följande bestämmelser:",
                narrowed_to: "begränsat till",
                conditions_intro: "Undantagen gäller på följande villkor:",
            },
        }
    }

    fn title(&self, trial: &str, name: &str) -> String {
        match self.country {
            Country::No => format!("Forskrift om forsøk med {trial}, {name}"),
            Country::Dk => format!("Vedtægt om frikommuneforsøg med {trial}, {name}"),
            Country::Se => format!("Lokala föreskrifter om försök med {trial}, {name}"),
        }
    }

    fn basis(&self, name: &str, case: &str) -> String {
        match self.country {
            Country::No => format!(
                "Vedtatt av kommunestyret (fylkestinget) i {name} [dato] med hjemmel i lov om \
                 forsøk i offentlig forvaltning (forsøksloven) og departementets vedtak i sak \
                 {case}. Godkjent av departementet [dato]."
            ),
            Country::Dk => format!(
                "Vedtaget af kommunalbestyrelsen i {name} [dato] i medfør af den lov, \
                 forsøget er godkendt efter, og ministeriets afgørelse i sag {case}."
            ),
            Country::Se => format!(
                "Antagna av kommunfullmäktige i {name} [datum] med stöd av beslutet om \
                 försöksverksamhet i ärende {case}."
            ),
        }
    }

    fn heading(&self, n: u8) -> String {
        let (no, dk, se) = match n {
            1 => ("Formål", "Formål", "Syfte"),
            2 => ("Virkeområde", "Anvendelsesområde", "Tillämpningsområde"),
            3 => (
                "Unntak fra regelverket",
                "Fravigelse af lovgivningen",
                "Undantag",
            ),
            4 => ("Varighet", "Varighed", "Giltighetstid"),
            _ => ("Ikrafttredelse", "Ikrafttræden", "Ikraftträdande"),
        };
        let word = match self.country {
            Country::No => no,
            Country::Dk => dk,
            Country::Se => se,
        };
        format!("§ {n} {word}")
    }

    fn purpose(&self, trial: &str) -> String {
        match self.country {
            Country::No => format!(
                "Formålet med forskriften er å prøve ut {trial}, for å finne ut om andre regler \
                 gir bedre tjenester eller en mer effektiv forvaltning."
            ),
            Country::Dk => format!(
                "Formålet med vedtægten er at afprøve {trial} for at belyse, om andre regler \
                 giver bedre velfærd eller en mere effektiv opgaveløsning."
            ),
            Country::Se => format!(
                "Syftet med föreskrifterna är att pröva {trial} för att se om andra regler ger \
                 bättre service eller en effektivare förvaltning."
            ),
        }
    }

    fn scope(&self, name: &str, code: &str) -> String {
        match self.country {
            Country::No => format!(
                "Forskriften gjelder for {name} (nr. {code}) og for de tjenestene som omfattes \
                 av forsøket."
            ),
            Country::Dk => format!(
                "Vedtægten gælder for {name} (nr. {code}) og de opgaver, der er omfattet af \
                 forsøget."
            ),
            Country::Se => format!(
                "Föreskrifterna gäller för {name} (nr {code}) och den verksamhet som omfattas av \
                 försöket."
            ),
        }
    }

    fn duration(&self, start: &str, end: &str) -> String {
        match self.country {
            Country::No => format!("Forsøket varer fra og med {start} til og med {end}."),
            Country::Dk => format!("Forsøget løber fra og med {start} til og med {end}."),
            Country::Se => format!("Försöket pågår från och med {start} till och med {end}."),
        }
    }

    fn entry_into_force(&self, start: &str) -> String {
        match self.country {
            Country::No => format!(
                "Forskriften trer i kraft når den er vedtatt og godkjent av departementet, \
                 tidligst {start}, og oppheves når forsøksperioden er over."
            ),
            Country::Dk => format!(
                "Vedtægten træder i kraft, når den er vedtaget, dog tidligst {start}, og \
                 ophæves, når forsøgsperioden udløber."
            ),
            Country::Se => format!(
                "Föreskrifterna träder i kraft när de har antagits, dock tidigast {start}, och \
                 upphör att gälla när försöksperioden är slut."
            ),
        }
    }

    /// A date as the language writes it in a legal text: "1. august 2024", "1 augusti 2024".
    fn date(&self, d: Date) -> String {
        let month = d.month();
        match self.country {
            Country::No => format!("{}. {} {}", d.day(), month_nb(month), d.year()),
            Country::Dk => format!("{}. {} {}", d.day(), month_da(month), d.year()),
            Country::Se => format!("{} {} {}", d.day(), month_sv(month), d.year()),
        }
    }
}

fn month_nb(m: Month) -> &'static str {
    const NAMES: [&str; 12] = [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ];
    NAMES[usize::from(u8::from(m)) - 1]
}

fn month_da(m: Month) -> &'static str {
    const NAMES: [&str; 12] = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    NAMES[usize::from(u8::from(m)) - 1]
}

fn month_sv(m: Month) -> &'static str {
    const NAMES: [&str; 12] = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    NAMES[usize::from(u8::from(m)) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::{ExemptionScope, Objective};
    use crate::authz::Viewer;
    use crate::decision::{GrantedExemption, TrialStatus};
    use crate::user::Role;
    use time::macros::{date, datetime};

    fn org(id: i64, name: &str) -> OrganisationRef {
        OrganisationRef {
            id,
            country: Country::No,
            code: format!("{id:04}"),
            name: name.into(),
        }
    }

    fn trial() -> Trial {
        Trial {
            id: 7,
            application_id: 3,
            scheme_id: 1,
            decision_id: 2,
            case_number: "NO-2024-0003".into(),
            title: "vurdering uten karakterer i 8. trinn".into(),
            status: TrialStatus::Planned,
            participants: vec![org(3101, "Indre Østfold kommune")],
            exemptions: vec![GrantedExemption {
                exemption: 0,
                scope: ExemptionScope::Act,
                reference: "forskrift til opplæringslova § 3-3".into(),
                desired_change: "Ingen karakterer i 8. trinn".into(),
                requested_provision_id: None,
                provision_ids: vec![42],
                note: "Gjelder bare halvårsvurdering".into(),
            }],
            objectives: Vec::<Objective>::new(),
            period_start: date!(2024 - 08 - 01),
            period_end: date!(2028 - 07 - 31),
            conditions: "Elevene skal få skriftlige tilbakemeldinger.".into(),
            regulation_kind: RegulationKind::TrialRegulation,
            regulation_text: String::new(),
            created_at: datetime!(2024-06-01 10:00 UTC),
        }
    }

    fn regulation(org_id: i64, status: RegulationStatus, in_force: Option<Date>) -> Regulation {
        Regulation {
            trial_id: 7,
            organisation: org(org_id, "X"),
            version: 1,
            status,
            kind: RegulationKind::TrialRegulation,
            language: Language::Nb,
            title: "t".into(),
            text: "t".into(),
            adoption: in_force.map(|d| Adoption {
                adopted_on: date!(2024 - 03 - 01),
                body: "Kommunestyret".into(),
                reference: "PS 24/12".into(),
                in_force_from: d,
            }),
            approved_at: None,
            approved_by_name: None,
            updated_at: datetime!(2024-03-01 10:00 UTC),
        }
    }

    #[test]
    fn names_agree() {
        crate::text::tests::names_agree::<RegulationStatus>();
        crate::text::tests::serde_reads_names::<RegulationStatus>();
    }

    #[test]
    fn an_adoption_is_checked() {
        let today = date!(2024 - 04 - 10);
        let good = Adoption {
            adopted_on: date!(2024 - 03 - 14),
            body: "  Kommunestyret ".into(),
            reference: "PS 24/12".into(),
            in_force_from: date!(2024 - 08 - 01),
        };
        assert_eq!(good.validate(today).unwrap().body, "Kommunestyret");
        let future = Adoption {
            adopted_on: date!(2024 - 04 - 11),
            ..good.clone()
        };
        let err = future.validate(today).unwrap_err();
        assert_eq!(err.code(), "adoption_in_future");
        assert_eq!(err.refusal(), Refusal::Invalid);
        assert_eq!(err.details()["field"], "adopted_on");
        let early = Adoption {
            in_force_from: date!(2024 - 03 - 13),
            ..good.clone()
        };
        assert_eq!(
            early.validate(today).unwrap_err().code(),
            "in_force_before_adoption"
        );
        // In force the same day it is adopted is fine; so is a day still to come.
        let same = Adoption {
            in_force_from: good.adopted_on,
            ..good.clone()
        };
        assert!(same.validate(today).is_ok());
        let nobody = Adoption {
            body: " ".into(),
            ..good.clone()
        };
        let err = nobody.validate(today).unwrap_err();
        assert_eq!(err.code(), "field_required");
        assert_eq!(err.details()["field"], "body");
        let no_ref = Adoption {
            reference: String::new(),
            ..good
        };
        assert_eq!(
            no_ref.validate(today).unwrap_err().details()["field"],
            "reference"
        );
    }

    #[test]
    fn standing_follows_adoption_approval_and_the_day() {
        let today = date!(2024 - 08 - 10);
        let drafted = regulation(1, RegulationStatus::Drafted, None);
        assert_eq!(drafted.standing(false, today), Standing::AwaitingAdoption);
        let adopted = regulation(1, RegulationStatus::Adopted, Some(date!(2024 - 08 - 01)));
        assert_eq!(adopted.standing(true, today), Standing::AwaitingApproval);
        assert_eq!(
            adopted.standing(false, today),
            Standing::InForce(date!(2024 - 08 - 01))
        );
        let later = regulation(1, RegulationStatus::Approved, Some(date!(2024 - 09 - 01)));
        assert_eq!(
            later.standing(true, today),
            Standing::InForceFrom(date!(2024 - 09 - 01))
        );
        assert_eq!(later.in_force_from(true), Some(date!(2024 - 09 - 01)));
        assert_eq!(adopted.in_force_from(true), None);
    }

    /// A network trial starts when the last participant's regulation is in force, never
    /// before its planned start.
    #[test]
    fn the_trial_starts_when_every_regulation_is_in_force() {
        let participants = [org(1, "A"), org(2, "B")];
        let planned = date!(2024 - 08 - 01);
        let a = regulation(1, RegulationStatus::Adopted, Some(date!(2024 - 06 - 01)));
        assert_eq!(
            readiness(&participants, std::slice::from_ref(&a), false, planned),
            Readiness::Waiting { awaited: vec![2] }
        );
        let b = regulation(2, RegulationStatus::Adopted, Some(date!(2024 - 09 - 15)));
        let both = [a.clone(), b.clone()];
        assert_eq!(
            readiness(&participants, &both, false, planned),
            Readiness::From(date!(2024 - 09 - 15))
        );
        // Where approval is required, an adopted regulation is still awaited.
        assert_eq!(
            readiness(&participants, &both, true, planned),
            Readiness::Waiting {
                awaited: vec![1, 2]
            }
        );
        let early = regulation(2, RegulationStatus::Adopted, Some(date!(2024 - 05 - 01)));
        assert_eq!(
            readiness(&participants, &[a, early], false, planned),
            Readiness::From(planned)
        );
    }

    #[test]
    fn the_workflow_refuses_out_of_order_steps() {
        let drafted = regulation(1, RegulationStatus::Drafted, None);
        assert!(drafted.check_editable().is_ok());
        assert_eq!(
            drafted.check_approvable(true).unwrap_err().code(),
            "regulation_not_adopted"
        );
        let adopted = regulation(1, RegulationStatus::Adopted, Some(date!(2024 - 08 - 01)));
        let err = adopted.check_editable().unwrap_err();
        assert_eq!(err.code(), "regulation_text_fixed");
        assert_eq!(err.refusal(), Refusal::Conflict);
        assert!(adopted.check_approvable(true).is_ok());
        assert_eq!(
            adopted.check_approvable(false).unwrap_err().code(),
            "regulation_approval_not_required"
        );
        assert!(adopted.check_adoptable().is_ok());
        let approved = regulation(1, RegulationStatus::Approved, Some(date!(2024 - 08 - 01)));
        assert_eq!(
            approved.check_adoptable().unwrap_err().code(),
            "regulation_already_approved"
        );
        assert_eq!(check_text("  ").unwrap_err().code(), "field_required");
    }

    /// Each participant's applicants record their own regulation; the secretariat any.
    #[test]
    fn only_the_participant_or_the_secretariat_records_adoption() {
        let participants = [1, 2];
        let facts = TrialFacts {
            participant_ids: &participants,
            researcher_ids: &[],
        };
        let applicant = |org| Viewer {
            role: Some(Role::Applicant),
            organisation_id: Some(org),
            user_id: Some(5),
        };
        assert!(may_record_adoption(applicant(1), &facts, 1).is_ok());
        assert_eq!(
            may_record_adoption(applicant(1), &facts, 2),
            Err(authz::Denied::Forbidden)
        );
        assert!(may_record_adoption(applicant(3), &facts, 3).is_err());
        let admin = Viewer {
            role: Some(Role::Admin),
            organisation_id: None,
            user_id: Some(1),
        };
        assert!(may_record_adoption(admin, &facts, 2).is_ok());
        assert_eq!(
            may_record_adoption(Viewer::PUBLIC, &facts, 1),
            Err(authz::Denied::NotSignedIn)
        );
        assert!(approval_required_by_default(Country::No));
        assert!(!approval_required_by_default(Country::Dk));
        assert!(!approval_required_by_default(Country::Se));
    }

    #[test]
    fn the_draft_is_written_in_the_schemes_language_from_the_decision() {
        let t = trial();
        let p = &t.participants[0];
        let period = (t.period_start, t.period_end);
        let d = draft(
            &t,
            period,
            Country::No,
            p,
            &[(42, "forskrift til opplæringslova § 3-5".into())],
        );
        assert_eq!(d.language, Language::Nb);
        assert_eq!(d.kind, RegulationKind::TrialRegulation);
        assert_eq!(
            d.title,
            "Forskrift om forsøk med vurdering uten karakterer i 8. trinn, Indre Østfold kommune"
        );
        for part in [
            "§ 1 Formål",
            "§ 2 Virkeområde",
            "§ 3 Unntak fra regelverket",
            "§ 4 Varighet",
            "§ 5 Ikrafttredelse",
            "a) forskrift til opplæringslova § 3-3: Ingen karakterer i 8. trinn \
             (begrenset til forskrift til opplæringslova § 3-5). Gjelder bare halvårsvurdering",
            "Elevene skal få skriftlige tilbakemeldinger.",
            "fra og med 1. august 2024 til og med 31. juli 2028",
            "NO-2024-0003",
            "(nr. 3101)",
        ] {
            assert!(d.text.contains(part), "{part:?} missing from:\n{}", d.text);
        }
        let dk = draft(&t, period, Country::Dk, p, &[]);
        assert_eq!(dk.language, Language::Da);
        assert!(dk.text.contains("§ 3 Fravigelse af lovgivningen"));
        assert!(dk.text.contains("1. august 2024"));
        let se = draft(&t, period, Country::Se, p, &[]);
        assert_eq!(se.language, Language::Sv);
        assert!(se.title.starts_with("Lokala föreskrifter"));
        assert!(se.text.contains("31 juli 2028"));

        // An extended trial's regulation runs to its new end, not the one first approved.
        let extended = draft(
            &t,
            (t.period_start, date!(2029 - 07 - 31)),
            Country::Dk,
            p,
            &[],
        );
        assert!(extended.text.contains("31. juli 2029"), "{}", extended.text);
        assert!(!extended.text.contains("31. juli 2028"));
    }

    #[test]
    fn the_adoption_fills_in_the_placeholders() {
        let adoption = Adoption {
            adopted_on: date!(2026 - 11 - 26),
            body: "Byrådet".into(),
            reference: "Sag 26/999".into(),
            in_force_from: date!(2027 - 01 - 01),
        };
        let text =
            "Titel\n\nVedtaget af kommunalbestyrelsen i Aarhus Kommune [dato] i medfør af lov.";
        let filled = with_adoption(text, Country::Dk, &adoption, None);
        assert_eq!(
            filled,
            "Titel\n\nVedtaget af Byrådet i Aarhus Kommune 26. november 2026 i medfør af lov."
        );
        let no = "Vedtatt av kommunestyret (fylkestinget) i Bodø [dato]. Godkjent av departementet [dato].";
        let adoption = Adoption {
            body: "Bystyret".into(),
            ..adoption
        };
        assert_eq!(
            with_adoption(no, Country::No, &adoption, None),
            "Vedtatt av Bystyret i Bodø 26. november 2026. Godkjent av departementet [dato]."
        );
        assert_eq!(
            with_adoption(no, Country::No, &adoption, Some(date!(2026 - 12 - 03))),
            "Vedtatt av Bystyret i Bodø 26. november 2026. Godkjent av departementet 3. desember 2026."
        );
        assert_eq!(
            date_in_words(Country::Se, date!(2026 - 11 - 26)),
            "26 november 2026"
        );
    }
}
