//! Testbeds' partners (seed 004): the partner register (registering with a checked national
//! identifier, searching, a partner's page with its trials and agreements), a trial's
//! partners with the demands placed on them and the public values protected, each status
//! report's review of them, and the breaches the secretariat acknowledges.
//!
//! A trial's partners are managed by those who report on the trial (its participants'
//! applicants) and the secretariat (`authz::trial`'s Report and Manage); the register by
//! `Action::RegisterPartners`. The partners and what is demanded of them are public with
//! the trial; the reviews' verdicts and notes are read by the trial's own people.

use frirum_domain::Country;
use frirum_domain::application::PartnerKind;
use frirum_domain::authz::{self, Action, TrialAction};
use frirum_domain::document::{Document, DocumentKind};
use frirum_domain::notification::NotificationKind;
use frirum_domain::partner::{
    self as rules, Breach, DemandKind, Item, ItemKind, NewPartner, Partner, PartnerError,
    PartnerVerdict, PublicValue, Review, TrialPartner, VerdictInput,
};
use frirum_domain::search::fold;
use frirum_domain::{Language, org_number};

use crate::documents::Upload;
use crate::notifications::{Message, send_message};
use crate::trials::{TrialAccess, access};
use crate::{Actor, App, Error};

/// A partner as typed in the register's form or the API.
#[derive(Debug, Clone, Default)]
pub struct PartnerInput {
    pub name: String,
    pub kind: PartnerKind,
    pub country: Option<Country>,
    pub national_id: String,
    pub website: String,
}

/// A refusal of this area: a field's as a field's, so that forms show it beside it.
fn refused(err: PartnerError) -> Error {
    match err {
        PartnerError::Field(e) => Error::Field(e),
        other => Error::rule(other),
    }
}

/// Checks an identifier as typed (anyone may ask): its normalised and displayed forms and
/// the partner that holds it already, if any.
pub async fn check_identifier(
    app: &App,
    country: Country,
    typed: &str,
) -> Result<(String, String, Option<Partner>), Error> {
    let normalised = org_number::normalise("national_id", country, typed).map_err(Error::rule)?;
    let existing = app
        .store
        .partner_by_national_id(country, &normalised)
        .await?;
    let shown = org_number::display(country, &normalised);
    Ok((normalised, shown, existing))
}

/// Registers a partner (the secretariat and applicants). An identifier already registered
/// is 409 `partner_exists` naming the partner that holds it.
pub async fn register(app: &App, actor: &Actor, input: PartnerInput) -> Result<Partner, Error> {
    actor.authorize(Action::RegisterPartners)?;
    let country = input.country.ok_or_else(|| {
        Error::Field(frirum_domain::text::FieldError::new(
            "country",
            frirum_domain::text::Problem::Required,
        ))
    })?;
    let new = NewPartner::parse(
        &input.name,
        input.kind,
        country,
        &input.national_id,
        &input.website,
    )
    .map_err(refused)?;
    app.store
        .create_partner(&new, actor.journal(None))
        .await?
        .map_err(refused)
}

/// One partner of the register (public), if there is one.
pub async fn find(app: &App, partner_id: i64) -> Result<Option<Partner>, Error> {
    Ok(app.store.partner(partner_id).await?)
}

/// The register, narrowed by a search on name or identifier (folded: case, diacritics,
/// spaces and hyphens of a number do not matter).
pub async fn list(app: &App, query: &str) -> Result<Vec<Partner>, Error> {
    let all = app.store.partners().await?;
    let words = fold(query.trim());
    if words.is_empty() {
        return Ok(all);
    }
    let digits: String = query.chars().filter(char::is_ascii_digit).collect();
    Ok(all
        .into_iter()
        .filter(|p| {
            fold(&p.name).contains(&words)
                || (!digits.is_empty()
                    && p.national_id
                        .as_deref()
                        .is_some_and(|n| n.contains(&digits)))
        })
        .collect())
}

/// A partner's page: the partner, the trials it takes part in that the actor may see
/// (with what is demanded of it there), and its agreements the actor may read.
#[derive(Debug, Clone)]
pub struct PartnerPage {
    pub partner: Partner,
    pub trials: Vec<TrialPartner>,
    /// (trial partner id, document).
    pub agreements: Vec<(i64, Document)>,
}

pub async fn page(app: &App, actor: &Actor, partner_id: i64) -> Result<PartnerPage, Error> {
    let partner = app
        .store
        .partner(partner_id)
        .await?
        .ok_or(Error::NotFound)?;
    let mut trials = Vec::new();
    let mut agreements = Vec::new();
    for tp in app.store.partner_trials(partner_id).await? {
        let Ok(trial) = access(app, actor, tp.trial_id, TrialAction::Read).await else {
            continue;
        };
        agreements.extend(agreements_of(app, &trial, &[tp.id]).await?);
        trials.push(tp);
    }
    Ok(PartnerPage {
        partner,
        trials,
        agreements,
    })
}

/// The agreements of these trial partners that the access reads.
async fn agreements_of(
    app: &App,
    trial: &TrialAccess,
    trial_partner_ids: &[i64],
) -> Result<Vec<(i64, Document)>, Error> {
    let links = app.store.partner_documents(trial_partner_ids).await?;
    if links.is_empty() {
        return Ok(Vec::new());
    }
    let documents = app
        .store
        .trial_documents(trial.trial.id, !trial.rights.read_internal)
        .await?;
    Ok(links
        .into_iter()
        .filter_map(|(doc, tp)| {
            documents
                .iter()
                .find(|d| d.id == doc)
                .map(|d| (tp, d.clone()))
        })
        .collect())
}

/// A partner named in the approved application and not yet among the trial's: offered to
/// be added (the registered partner of that name, if any).
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub name: String,
    pub kind: PartnerKind,
    pub role: String,
    pub demands: String,
    pub public_values: String,
    pub registered: Option<Partner>,
}

/// A trial's partners section.
#[derive(Debug, Clone, Default)]
pub struct TrialPartners {
    pub trial_id: i64,
    pub partners: Vec<TrialPartner>,
    /// Every verdict in the trial's submitted reports (the trial's people only).
    pub reviews: Vec<Review>,
    pub agreements: Vec<(i64, Document)>,
    pub suggestions: Vec<Suggestion>,
    /// Partners of the register to add (for those who may edit).
    pub register: Vec<Partner>,
    /// The actor may add partners, demands, values and agreements.
    pub may_edit: bool,
    /// The actor reads the reviews.
    pub internal: bool,
}

impl TrialPartners {
    /// The verdicts on one item, by report period.
    pub fn history(&self, item_id: &i64) -> Vec<&Review> {
        self.reviews
            .iter()
            .filter(|r| r.item_id == *item_id)
            .collect()
    }

    /// The latest verdict of every item at risk, with its partner and item.
    pub fn at_risk(&self) -> Vec<(&TrialPartner, &Item, &Review)> {
        let mut out = Vec::new();
        for tp in &self.partners {
            for item in &tp.items {
                if let Some(last) = self.history(&item.id).last()
                    && last.verdict == PartnerVerdict::AtRisk
                {
                    out.push((tp, item, *last));
                }
            }
        }
        out
    }
}

/// The partners section of a trial, from the access already resolved.
pub async fn for_trial(app: &App, access: &TrialAccess) -> Result<TrialPartners, Error> {
    let partners = app.store.trial_partners(access.trial.id).await?;
    let internal = access.rights.read_internal;
    let may_edit = access.rights.report || access.rights.manage;
    let reviews = if internal {
        app.store.trial_partner_reviews(access.trial.id).await?
    } else {
        Vec::new()
    };
    let ids: Vec<i64> = partners.iter().map(|p| p.id).collect();
    let agreements = agreements_of(app, access, &ids).await?;
    let (suggestions, register) = if may_edit {
        let register = app.store.partners().await?;
        let application = app.store.application(access.trial.application_id).await?;
        let suggestions = application
            .map(|a| a.content.partners)
            .unwrap_or_default()
            .into_iter()
            .filter(|p| !p.name.trim().is_empty())
            .filter(|p| {
                !partners
                    .iter()
                    .any(|tp| frirum_domain::search::names_match(&p.name, &tp.partner.name))
            })
            .map(|p| Suggestion {
                registered: register
                    .iter()
                    .find(|r| frirum_domain::search::names_match(&p.name, &r.name))
                    .cloned(),
                name: p.name,
                kind: p.kind,
                role: p.role,
                demands: p.demands,
                public_values: p.public_values,
            })
            .collect();
        (suggestions, register)
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(TrialPartners {
        trial_id: access.trial.id,
        partners,
        reviews,
        agreements,
        suggestions,
        register,
        may_edit,
        internal,
    })
}

/// The partners section of a trial for its own page.
pub async fn of_trial(
    app: &App,
    actor: &Actor,
    trial_id: i64,
) -> Result<(TrialAccess, TrialPartners), Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    let partners = for_trial(app, &access).await?;
    Ok((access, partners))
}

/// Those who report on the trial and the secretariat edit its partners.
async fn editing(app: &App, actor: &Actor, trial_id: i64) -> Result<TrialAccess, Error> {
    let access = access(app, actor, trial_id, TrialAction::ReadInternal).await?;
    if !(access.rights.report || access.rights.manage) {
        return Err(Error::Forbidden);
    }
    Ok(access)
}

/// Adds a partner of the register to a trial with its role.
pub async fn add_to_trial(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    partner_id: i64,
    role: &str,
) -> Result<i64, Error> {
    editing(app, actor, trial_id).await?;
    let role = role.trim();
    frirum_domain::text::check_name("role", role)?;
    frirum_domain::text::check_text("role", role, rules::MAX_NAME)?;
    app.store
        .partner(partner_id)
        .await?
        .ok_or_else(|| Error::InvalidField {
            field: "partner_id".into(),
            message: "no such partner in the register".into(),
        })?;
    app.store
        .add_trial_partner(trial_id, partner_id, role, actor.journal(None))
        .await?
        .map_err(refused)
}

/// Places a demand (`kind` a demand kind) or a public value (`kind` a public value) on a
/// trial's partner.
pub async fn add_item(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    trial_partner_id: i64,
    item: ItemKind,
    kind: &str,
    text: &str,
) -> Result<Item, Error> {
    editing(app, actor, trial_id).await?;
    let known = match item {
        ItemKind::Demand => kind.parse::<DemandKind>().is_ok(),
        ItemKind::Value => kind.parse::<PublicValue>().is_ok(),
    };
    if !known {
        return Err(Error::InvalidField {
            field: "kind".into(),
            message: format!("unknown {} kind {kind:?}", item.as_str()),
        });
    }
    let text = frirum_domain::text::clean(text);
    let text = text.trim();
    rules::check_item_text("text", text, item == ItemKind::Demand).map_err(refused)?;
    Ok(app
        .store
        .add_partner_item(
            trial_id,
            trial_partner_id,
            item,
            kind,
            text,
            actor.journal(None),
        )
        .await?)
}

/// Attaches a partner agreement: a trial document linked to the trial's partner.
pub async fn attach_agreement(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    trial_partner_id: i64,
    upload: Upload,
) -> Result<Document, Error> {
    editing(app, actor, trial_id).await?;
    let partners = app.store.trial_partners(trial_id).await?;
    if !partners.iter().any(|p| p.id == trial_partner_id) {
        return Err(Error::NotFound);
    }
    let upload = Upload {
        kind: DocumentKind::Other,
        ..upload
    };
    let document = crate::documents::attach(
        app,
        actor,
        trial_id,
        frirum_domain::document::AttachTo::Trial,
        upload,
    )
    .await?;
    app.store
        .link_partner_document(document.id, trial_partner_id)
        .await?;
    Ok(document)
}

/// A report's review of every demand and value, as its page shows it.
#[derive(Debug, Clone, Default)]
pub struct ReportReview {
    pub partners: Vec<TrialPartner>,
    /// The verdicts given (saved, or typed on a refused form).
    pub verdicts: Vec<VerdictInput>,
    /// On a refused form: each item's problem (its code), every one flagged at once.
    pub problems: Vec<(i64, &'static str)>,
}

impl ReportReview {
    /// Flags every item's problem with the verdicts as typed (`submitting`: a missing
    /// verdict is one).
    pub fn flag_problems(&mut self, submitting: bool) {
        use frirum_domain::rule::Broken;
        let ids = item_ids(&self.partners);
        self.problems = rules::review_problems(&ids, &self.verdicts, submitting)
            .iter()
            .filter_map(|p| {
                let id = p.details()["item_id"].as_i64().or_else(|| {
                    p.details()["field"]
                        .as_str()
                        .and_then(|f| f.split('_').next_back())
                        .and_then(|n| n.parse().ok())
                })?;
                Some((id, p.code()))
            })
            .collect();
    }

    /// The code of an item's problem on a refused form.
    pub fn problem(&self, item_id: &i64) -> Option<&'static str> {
        self.problems
            .iter()
            .find(|(id, _)| id == item_id)
            .map(|(_, code)| *code)
    }

    pub fn is_empty(&self) -> bool {
        self.partners.iter().all(|p| p.items.is_empty())
    }

    pub fn verdict(&self, item_id: &i64) -> Option<PartnerVerdict> {
        self.verdicts
            .iter()
            .find(|v| v.item_id == *item_id)
            .and_then(|v| v.verdict)
    }

    /// Whether the verdict given on an item is `v` (a form's radio button).
    pub fn is_chosen(&self, item_id: &i64, v: &PartnerVerdict) -> bool {
        self.verdict(item_id) == Some(*v)
    }

    /// The verdicts, in the order a form offers them.
    pub fn options(&self) -> [PartnerVerdict; 3] {
        PartnerVerdict::ALL
    }

    pub fn note(&self, item_id: &i64) -> String {
        self.verdicts
            .iter()
            .find(|v| v.item_id == *item_id)
            .map(|v| v.note.clone())
            .unwrap_or_default()
    }
}

/// The review of one report for its page: the trial's people read it; others see nothing.
pub async fn report_review(
    app: &App,
    access: &TrialAccess,
    report_id: i64,
) -> Result<ReportReview, Error> {
    if !access.rights.read_internal {
        return Ok(ReportReview::default());
    }
    let partners = app.store.trial_partners(access.trial.id).await?;
    let verdicts = app
        .store
        .report_partner_reviews(report_id)
        .await?
        .into_iter()
        .map(|r| VerdictInput {
            item_id: r.item_id,
            verdict: Some(r.verdict),
            note: r.note,
        })
        .collect();
    Ok(ReportReview {
        partners,
        verdicts,
        problems: Vec::new(),
    })
}

/// The ids of a trial's items, in the order the form lists them.
fn item_ids(partners: &[TrialPartner]) -> Vec<i64> {
    partners
        .iter()
        .flat_map(|p| p.items.iter().map(|i| i.id))
        .collect()
}

/// Saves a report's review as its writers give it; when `submitting`, every item needs a
/// verdict (422 `partner_verdict_required` naming the first without one). A note is
/// required for at risk and breached (422 `partner_note_required`). Only while the report
/// awaits its writers.
pub async fn save_review(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    report_id: i64,
    verdicts: &[VerdictInput],
    submitting: bool,
) -> Result<(), Error> {
    access(app, actor, trial_id, TrialAction::Report).await?;
    let report = app
        .store
        .report(report_id)
        .await?
        .filter(|r| r.trial_id == trial_id)
        .ok_or(Error::NotFound)?;
    report.status.check_editable().map_err(Error::rule)?;
    let partners = app.store.trial_partners(trial_id).await?;
    let ids = item_ids(&partners);
    let verdicts: Vec<VerdictInput> = verdicts
        .iter()
        .filter(|v| ids.contains(&v.item_id))
        .map(|v| VerdictInput {
            note: frirum_domain::text::clean(&v.note).trim().to_owned(),
            ..v.clone()
        })
        .collect();
    rules::check_review(&ids, &verdicts, submitting).map_err(refused)?;
    let stored: Vec<(i64, PartnerVerdict, String)> = verdicts
        .into_iter()
        .filter_map(|v| Some((v.item_id, v.verdict?, v.note)))
        .collect();
    app.store.save_partner_reviews(report_id, &stored).await?;
    Ok(())
}

/// Whether a report may be submitted as far as its review goes: a stored verdict for
/// every item of the trial's partners. `reports::submit` asks it.
pub async fn check_submission(app: &App, trial_id: i64, report_id: i64) -> Result<(), Error> {
    let partners = app.store.trial_partners(trial_id).await?;
    let ids = item_ids(&partners);
    if ids.is_empty() {
        return Ok(());
    }
    let given: Vec<VerdictInput> = app
        .store
        .report_partner_reviews(report_id)
        .await?
        .into_iter()
        .map(|r| VerdictInput {
            item_id: r.item_id,
            verdict: Some(r.verdict),
            note: r.note,
        })
        .collect();
    rules::check_review(&ids, &given, true).map_err(refused)
}

/// After a report is submitted: the secretariat hears of each breach in it.
pub async fn tell_breaches(app: &App, actor: &Actor, access: &TrialAccess, report_id: i64) {
    let breaches: Vec<Breach> = match app.store.partner_breaches(true).await {
        Ok(all) => all
            .into_iter()
            .filter(|b| b.report_id == report_id)
            .collect(),
        Err(e) => {
            tracing::warn!(error = %e, "partner breaches not read for notification");
            return;
        }
    };
    if breaches.is_empty() {
        return;
    }
    let case = access.trial.case_number.clone();
    let title = access.trial.title.clone();
    let count = i64::try_from(breaches.len()).unwrap_or(i64::MAX);
    let args = move |lang: Language| {
        let list: Vec<String> = breaches
            .iter()
            .map(|b| {
                let what = match b.item {
                    ItemKind::Demand => format!("testbed-demand-{}", b.kind),
                    ItemKind::Value => format!("testbed-value-{}", b.kind),
                };
                format!("{} ({})", b.partner_name, app.i18n.t(lang, &what))
            })
            .collect();
        vec![
            ("case", case.clone().into()),
            ("title", title.clone().into()),
            ("count", count.into()),
            ("breaches", list.join(", ").into()),
        ]
    };
    let message = Message {
        kind: NotificationKind::PartnerBreach,
        scheme_id: access.trial.scheme_id,
        application_id: Some(access.trial.application_id),
        link: format!("/trials/{}/reports/{report_id}", access.trial.id),
        title_id: "testbed-notify-breach-title",
        body_id: "testbed-notify-breach-body",
        args: &args,
    };
    let people = app.store.users_in_role(authz::SECRETARIAT).await;
    let except = actor.user.as_ref().map(|u| u.id);
    send_message(
        app,
        actor.now,
        &message,
        people.map_err(Error::from),
        except,
    )
    .await;
}

/// The breaches waiting for the secretariat's acknowledgement (the secretariat's
/// dashboard); nothing for anyone else.
pub async fn open_breaches(app: &App, actor: &Actor) -> Result<Vec<Breach>, Error> {
    if !actor.may(Action::DecideApplications) {
        return Ok(Vec::new());
    }
    Ok(app.store.partner_breaches(true).await?)
}

/// Every breach of a trial's partners, acknowledged or not (its own people).
pub async fn breach(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    report_id: i64,
    item_id: i64,
) -> Result<Breach, Error> {
    access(app, actor, trial_id, TrialAction::ReadInternal).await?;
    app.store
        .partner_breaches(false)
        .await?
        .into_iter()
        .find(|b| b.trial_id == trial_id && b.report_id == report_id && b.item_id == item_id)
        .ok_or(Error::NotFound)
}

/// The secretariat acknowledges a breach with a note (journaled on the partner's case).
pub async fn acknowledge(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    report_id: i64,
    item_id: i64,
    note: &str,
) -> Result<(), Error> {
    access(app, actor, trial_id, TrialAction::Manage).await?;
    breach(app, actor, trial_id, report_id, item_id).await?;
    let note = frirum_domain::text::clean(note);
    let note = note.trim();
    rules::check_item_text("note", note, true).map_err(refused)?;
    app.store
        .acknowledge_breach(report_id, item_id, note, actor.journal(None))
        .await?
        .map_err(refused)
}
