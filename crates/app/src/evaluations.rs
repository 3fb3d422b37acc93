//! Evaluations as people use them: the researchers assigned to a trial (or to a whole
//! scheme, for a joint evaluation) write a draft — a summary, findings linked to the
//! trial's indicators and granted exemptions, a recommendation per exemption — attach the
//! full report and publish it once confirmed; published, it is frozen, and corrections are
//! notes recorded beside it. Everybody reads published evaluations once their embargo has
//! lifted; before that the public sees only that one exists and when it will be
//! published. The secretariat and the assigned researchers read everything.
//!
//! The rules (what content may name, publishing, the embargo, the joint summary) are
//! `domain::evaluation`'s; who may is `domain::authz`'s (`TrialAction::Research`,
//! `SchemeResearchAction::Research`). Forms carry the evaluation's version, so that of two
//! researchers saving at once the second gets a conflict instead of overwriting.

use bytes::Bytes;
use frirum_domain::User;
use frirum_domain::authz::{self, SchemeResearchAction, TrialAction, TrialFacts};
use frirum_domain::decision::Trial;
use frirum_domain::document::{self, FileType, MAX_TITLE_CHARS};
use frirum_domain::evaluation::{
    Disclosure, Evaluation, EvaluationContent, EvaluationDocument, EvaluationError,
    EvaluationScope, EvaluationStatus, EvaluationSummary, ExemptionRecommendation, ExemptionRef,
    Finding, NewEvaluationDocument, PlanChoice, ScopeTrial, SummaryGroup, check_correction,
    disclosure, summarise,
};
use frirum_domain::notification::NotificationKind;
use frirum_domain::research_plan::{PlanOwner, PlanStatus};
use frirum_domain::scheme::Scheme;
use frirum_domain::text::{FieldError, Problem, check_name, check_text};
use frirum_domain::trial::{ExemptionInForce, TrialFilter, today_in};
use frirum_domain::{Language, PageRequest};
use sha2::{Digest, Sha256};
use time::Date;

use crate::files::ByteStream;
use crate::notifications::{Message, send_message};
use crate::trials::{TrialAccess, access};
use crate::{Actor, App, Error};

/// What an evaluation belongs to: one trial, or a whole scheme (a joint evaluation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EvaluationOwner {
    Trial(i64),
    Scheme(i64),
}

impl EvaluationOwner {
    fn of(evaluation: &Evaluation) -> Self {
        match evaluation.trial_id {
            Some(id) => EvaluationOwner::Trial(id),
            None => EvaluationOwner::Scheme(evaluation.scheme_id),
        }
    }
}

/// One trial an evaluation may speak of, with what the forms show by name.
#[derive(Debug, Clone)]
pub struct PlaceTrial {
    pub trial_id: i64,
    pub case_number: String,
    pub title: String,
    pub exemptions: Vec<ExemptionInForce>,
    /// The trial's indicators (id and title), in the trial's order.
    pub indicators: Vec<(i64, String)>,
}

impl PlaceTrial {
    fn scope(&self) -> ScopeTrial {
        ScopeTrial {
            trial_id: self.trial_id,
            exemptions: self.exemptions.iter().map(|e| e.grant.exemption).collect(),
            indicator_ids: self.indicators.iter().map(|(id, _)| *id).collect(),
        }
    }
}

/// A research plan an evaluation may be written under, by its title.
#[derive(Debug, Clone)]
pub struct PlanOption {
    pub id: i64,
    pub title: String,
    pub embargo_until: Option<Date>,
}

/// Where an evaluation belongs and what the actor may do there.
#[derive(Debug, Clone)]
pub struct Place {
    pub owner: EvaluationOwner,
    pub scheme: Scheme,
    /// The trial, for a trial's evaluation.
    pub trial: Option<Trial>,
    /// The trials it may speak of: the trial, or every trial of the scheme.
    pub trials: Vec<PlaceTrial>,
    /// The registered plans of the same trial or scheme.
    pub plans: Vec<PlanOption>,
    /// Whether the actor writes evaluations here: an assigned researcher.
    pub may_write: bool,
    /// Whether the actor reads drafts and embargoed results: the secretariat and the
    /// assigned researchers.
    pub reads_internal: bool,
    /// Today in the scheme's country: what the embargo is measured against.
    pub today: Date,
}

impl Place {
    /// The path of the evaluations' pages here.
    pub fn base_path(&self) -> String {
        match self.owner {
            EvaluationOwner::Trial(id) => format!("/trials/{id}/evaluations"),
            EvaluationOwner::Scheme(id) => format!("/schemes/{id}/evaluations"),
        }
    }

    /// Where "back" leads: the trial page's section, or the scheme's evaluations.
    pub fn back_path(&self) -> String {
        match self.owner {
            EvaluationOwner::Trial(id) => format!("/trials/{id}#evaluations"),
            EvaluationOwner::Scheme(id) => format!("/schemes/{id}#evaluations"),
        }
    }

    /// The trial's case number and title, or the scheme's title.
    pub fn full_name(&self) -> String {
        match &self.trial {
            Some(t) => format!("{} {}", t.case_number, t.title),
            None => self.scheme.title.clone(),
        }
    }

    /// The trial's title, or the scheme's.
    pub fn name(&self) -> &str {
        self.trial
            .as_ref()
            .map_or(self.scheme.title.as_str(), |t| t.title.as_str())
    }

    /// Whether this is a joint evaluation's place.
    pub fn is_joint(&self) -> bool {
        matches!(self.owner, EvaluationOwner::Scheme(_))
    }

    fn scope(&self) -> EvaluationScope {
        EvaluationScope {
            trials: self.trials.iter().map(PlaceTrial::scope).collect(),
            plans: self
                .plans
                .iter()
                .map(|p| PlanChoice {
                    id: p.id,
                    embargo_until: p.embargo_until,
                })
                .collect(),
        }
    }

    /// How a granted exemption is called: its reference, with the trial's case number in
    /// a joint evaluation.
    pub fn exemption_name(&self, e: &ExemptionRef) -> String {
        let e = *e;
        let Some(trial) = self.trials.iter().find(|t| t.trial_id == e.trial_id) else {
            return format!("#{}", e.exemption + 1);
        };
        let reference = trial
            .exemptions
            .iter()
            .find(|x| x.grant.exemption == e.exemption)
            .map_or_else(
                || format!("#{}", e.exemption + 1),
                |x| x.grant.reference.clone(),
            );
        if self.is_joint() {
            format!("{} ({})", reference, trial.case_number)
        } else {
            reference
        }
    }

    /// Every granted exemption it may speak of, with its name, in the trials' order.
    pub fn exemption_choices(&self) -> Vec<(ExemptionRef, String)> {
        self.trials
            .iter()
            .flat_map(|t| {
                t.exemptions.iter().map(|x| ExemptionRef {
                    trial_id: t.trial_id,
                    exemption: x.grant.exemption,
                })
            })
            .map(|e| (e, self.exemption_name(&e)))
            .collect()
    }

    /// The exemption a recommendation is for, named.
    pub fn recommendation_target(&self, r: &ExemptionRecommendation) -> String {
        self.exemption_name(&r.exemption_ref())
    }

    /// Every indicator it may speak of, with its title (and case number when joint).
    pub fn indicator_choices(&self) -> Vec<(i64, String)> {
        self.trials
            .iter()
            .flat_map(|t| {
                t.indicators.iter().map(|(id, title)| {
                    let name = if self.is_joint() {
                        format!("{title} ({})", t.case_number)
                    } else {
                        title.clone()
                    };
                    (*id, name)
                })
            })
            .collect()
    }

    /// An indicator's title, or its number when it is gone.
    pub fn indicator_name(&self, id: &i64) -> String {
        let id = *id;
        self.indicator_choices()
            .into_iter()
            .find(|(i, _)| *i == id)
            .map_or_else(|| format!("#{id}"), |(_, n)| n)
    }

    fn refuse_writing(&self, actor: &Actor) -> Result<(), Error> {
        if self.may_write {
            Ok(())
        } else if actor.user.is_none() {
            Err(Error::Unauthenticated)
        } else {
            Err(Error::Forbidden)
        }
    }
}

async fn place_trial(
    app: &App,
    trial: &Trial,
    exemptions: Vec<ExemptionInForce>,
) -> Result<PlaceTrial, Error> {
    let indicators = app
        .store
        .trial_indicators(trial.id)
        .await?
        .into_iter()
        .map(|i| (i.indicator.id, i.indicator.definition.title))
        .collect();
    Ok(PlaceTrial {
        trial_id: trial.id,
        case_number: trial.case_number.clone(),
        title: trial.title.clone(),
        exemptions,
        indicators,
    })
}

async fn registered_plans(app: &App, owner: PlanOwner) -> Result<Vec<PlanOption>, Error> {
    Ok(app
        .store
        .research_plans_of(owner)
        .await?
        .into_iter()
        .filter(|p| p.status == PlanStatus::Registered)
        .map(|p| PlanOption {
            id: p.id,
            title: p.content.title.clone(),
            embargo_until: p.content.embargo_until,
        })
        .collect())
}

/// Loads where an evaluation belongs with the actor's rights: a trial anybody may read
/// (through the trials' one door), or a scheme the actor may see.
pub async fn place(app: &App, actor: &Actor, owner: EvaluationOwner) -> Result<Place, Error> {
    match owner {
        EvaluationOwner::Trial(trial_id) => {
            let access = access(app, actor, trial_id, TrialAction::Read).await?;
            place_of_trial(app, actor, access).await
        }
        EvaluationOwner::Scheme(scheme_id) => {
            let scheme = crate::schemes::scheme_for(app, actor, scheme_id).await?;
            let researcher_ids = crate::research::scheme_researchers(app, scheme_id).await?;
            let viewer = actor.viewer();
            let may = |action| authz::scheme_research(viewer, &researcher_ids, action).is_ok();
            let summaries = app
                .store
                .list_trials(
                    &TrialFilter {
                        scheme_id: Some(scheme_id),
                        ..TrialFilter::default()
                    },
                    PageRequest {
                        page: 1,
                        per_page: 200,
                    },
                )
                .await?
                .items;
            let mut trials = Vec::with_capacity(summaries.len());
            for summary in summaries {
                let Some(trial) = app.store.trial(summary.id).await? else {
                    continue;
                };
                let exemptions = app
                    .store
                    .trial_state(summary.id)
                    .await?
                    .map(|s| s.exemptions)
                    .unwrap_or_default();
                trials.push(place_trial(app, &trial, exemptions).await?);
            }
            Ok(Place {
                owner,
                today: today_in(scheme.country, actor.now),
                plans: registered_plans(app, PlanOwner::Scheme(scheme_id)).await?,
                scheme,
                trial: None,
                trials,
                may_write: may(SchemeResearchAction::Research),
                reads_internal: may(SchemeResearchAction::ReadInternal),
            })
        }
    }
}

async fn place_of_trial(app: &App, actor: &Actor, access: TrialAccess) -> Result<Place, Error> {
    let (participant_ids, researcher_ids) = access.facts();
    let facts = TrialFacts {
        participant_ids: &participant_ids,
        researcher_ids,
    };
    let viewer = actor.viewer();
    let may = |action| authz::trial(viewer, &facts, action).is_ok();
    let may_write = may(TrialAction::Research);
    // The trial's reviewers are its researchers and the secretariat.
    let reads_internal = may(TrialAction::Review);
    let scheme = app
        .store
        .scheme(access.trial.scheme_id)
        .await?
        .ok_or(Error::NotFound)?;
    let trial = place_trial(app, &access.trial, access.state.exemptions.clone()).await?;
    Ok(Place {
        owner: EvaluationOwner::Trial(access.trial.id),
        today: today_in(scheme.country, actor.now),
        plans: registered_plans(app, PlanOwner::Trial(access.trial.id)).await?,
        scheme,
        trial: Some(access.trial),
        trials: vec![trial],
        may_write,
        reads_internal,
    })
}

/// An evaluation in a list with what the actor may see of it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub summary: EvaluationSummary,
    pub disclosure: Disclosure,
    /// Published but still under embargo (what insiders are reminded of).
    pub embargoed: bool,
}

fn listed(items: Vec<EvaluationSummary>, reads_internal: bool, today: Date) -> Vec<Listed> {
    items
        .into_iter()
        .map(|summary| Listed {
            embargoed: summary.status == EvaluationStatus::Published
                && frirum_domain::evaluation::embargoed(summary.embargo_until, today),
            disclosure: disclosure(summary.status, summary.embargo_until, today, reads_internal),
            summary,
        })
        .filter(|l| l.disclosure != Disclosure::Hidden)
        .collect()
}

/// The evaluations of a trial or the joint evaluations of a scheme, as the actor may see
/// them.
#[derive(Debug, Clone)]
pub struct EvaluationList {
    pub place: Place,
    pub items: Vec<Listed>,
}

/// The evaluations of a trial or scheme: drafts only for the secretariat and the assigned
/// researchers, embargoed ones announced to everybody else.
pub async fn list(
    app: &App,
    actor: &Actor,
    owner: EvaluationOwner,
) -> Result<EvaluationList, Error> {
    let place = place(app, actor, owner).await?;
    let items = match owner {
        EvaluationOwner::Trial(id) => app.store.trial_evaluations(id).await?,
        EvaluationOwner::Scheme(id) => app.store.scheme_evaluations(id).await?,
    };
    Ok(EvaluationList {
        items: listed(items, place.reads_internal, place.today),
        place,
    })
}

/// The trial page's "Evaluations" section, from the access already resolved.
#[derive(Debug, Clone)]
pub struct TrialSection {
    pub items: Vec<Listed>,
    /// Whether the actor may start one (an assigned researcher).
    pub may_write: bool,
}

/// The evaluations of a trial for its page.
pub async fn for_trial(
    app: &App,
    actor: &Actor,
    access: &TrialAccess,
) -> Result<TrialSection, Error> {
    let (participant_ids, researcher_ids) = access.facts();
    let facts = TrialFacts {
        participant_ids: &participant_ids,
        researcher_ids,
    };
    let viewer = actor.viewer();
    let reads_internal = authz::trial(viewer, &facts, TrialAction::Review).is_ok();
    let may_write = authz::trial(viewer, &facts, TrialAction::Research).is_ok();
    let scheme = app
        .store
        .scheme(access.trial.scheme_id)
        .await?
        .ok_or(Error::NotFound)?;
    let items = app.store.trial_evaluations(access.trial.id).await?;
    Ok(TrialSection {
        items: listed(items, reads_internal, today_in(scheme.country, actor.now)),
        may_write,
    })
}

/// One group of a joint evaluation's summary, named.
pub type NamedGroup = SummaryGroup<(String, i64)>;

/// One evaluation for its page, cut to what the actor may see.
#[derive(Debug, Clone)]
pub struct EvaluationView {
    pub place: Place,
    /// Announced only: its findings, recommendations, summary and reports are left out.
    pub evaluation: Evaluation,
    pub disclosure: Disclosure,
    /// For a joint evaluation: by theme and by provision (name, id).
    pub by_theme: Vec<NamedGroup>,
    pub by_provision: Vec<NamedGroup>,
}

impl EvaluationView {
    /// Whether the actor may edit it now: an assigned researcher, and a draft.
    pub fn may_edit(&self) -> bool {
        self.place.may_write && self.evaluation.status == EvaluationStatus::Draft
    }

    /// Whether the actor may record a correction: an assigned researcher, once published.
    pub fn may_correct(&self) -> bool {
        self.place.may_write && self.evaluation.status == EvaluationStatus::Published
    }

    pub fn path(&self) -> String {
        format!("{}/{}", self.place.base_path(), self.evaluation.id)
    }
}

/// An evaluation for its page: a draft only for the secretariat and the assigned
/// researchers; an embargoed one only announced to others. `owner`, when given (the
/// pages' paths), must be the evaluation's.
pub async fn get(
    app: &App,
    actor: &Actor,
    owner: Option<EvaluationOwner>,
    id: i64,
) -> Result<EvaluationView, Error> {
    let mut evaluation = app.store.evaluation(id).await?.ok_or(Error::NotFound)?;
    let own = EvaluationOwner::of(&evaluation);
    if owner.is_some_and(|o| o != own) {
        return Err(Error::NotFound);
    }
    let place = place(app, actor, own).await?;
    let seen = disclosure(
        evaluation.status,
        evaluation.content.embargo_until,
        place.today,
        place.reads_internal,
    );
    match seen {
        Disclosure::Hidden => {
            return Err(if actor.user.is_none() {
                Error::Unauthenticated
            } else {
                Error::Forbidden
            });
        }
        Disclosure::Announced => {
            // What the embargo keeps back never leaves the use case.
            evaluation.content.summary.clear();
            evaluation.content.findings.clear();
            evaluation.content.recommendations.clear();
            evaluation.documents.clear();
            evaluation.corrections.clear();
            evaluation.content.plan_id = None;
        }
        Disclosure::Full => {}
    }
    let (by_theme, by_provision) = if place.is_joint() && seen == Disclosure::Full {
        joint_summary(app, &place, &evaluation.content).await?
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(EvaluationView {
        place,
        evaluation,
        disclosure: seen,
        by_theme,
        by_provision,
    })
}

/// A joint evaluation summarised by the themes of its trials and by the provisions of the
/// exemptions.
async fn joint_summary(
    app: &App,
    place: &Place,
    content: &EvaluationContent,
) -> Result<(Vec<NamedGroup>, Vec<NamedGroup>), Error> {
    let themes = app.store.themes(place.scheme.id).await?;
    let trial_themes = app.store.evaluation_trial_themes(place.scheme.id).await?;
    let theme_name = |id: i64| {
        themes
            .iter()
            .find(|t| t.id == id)
            .map_or_else(|| format!("#{id}"), |t| t.title.clone())
    };
    let by_theme = summarise(content, |e| {
        trial_themes
            .iter()
            .filter(|(trial, _)| *trial == e.trial_id)
            .map(|(_, theme)| (theme_name(*theme), *theme))
            .collect()
    });
    let provisions_of = |e: ExemptionRef| -> Vec<i64> {
        place
            .trials
            .iter()
            .filter(|t| t.trial_id == e.trial_id)
            .flat_map(|t| t.exemptions.iter())
            .filter(|x| x.grant.exemption == e.exemption)
            .flat_map(|x| {
                if x.grant.provision_ids.is_empty() {
                    x.grant.requested_provision_id.into_iter().collect()
                } else {
                    x.grant.provision_ids.clone()
                }
            })
            .collect()
    };
    let mut ids: Vec<i64> = place
        .exemption_choices()
        .into_iter()
        .flat_map(|(e, _)| provisions_of(e))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let provisions = app.store.provisions_by_ids(&ids).await?;
    let provision_name = |id: i64| {
        provisions.iter().find(|p| p.id == id).map_or_else(
            || format!("#{id}"),
            |p| {
                format!(
                    "{} {}",
                    p.section.label,
                    p.act_short_title.as_deref().unwrap_or(&p.act_title)
                )
            },
        )
    };
    let by_provision = summarise(content, |e| {
        provisions_of(e)
            .into_iter()
            .map(|id| (provision_name(id), id))
            .collect()
    });
    Ok((by_theme, by_provision))
}

fn refused(err: EvaluationError) -> Error {
    match err {
        EvaluationError::Field(field) => Error::Field(field),
        other => Error::rule(other),
    }
}

/// Starts a draft evaluation: an assigned researcher of the trial, or of the whole scheme
/// for a joint evaluation.
pub async fn create(
    app: &App,
    actor: &Actor,
    owner: EvaluationOwner,
    content: EvaluationContent,
) -> Result<Evaluation, Error> {
    let place = place(app, actor, owner).await?;
    place.refuse_writing(actor)?;
    content.check_embargo(None, place.today).map_err(refused)?;
    let content = content.validate(&place.scope()).map_err(refused)?;
    let trial_id = match owner {
        EvaluationOwner::Trial(id) => Some(id),
        EvaluationOwner::Scheme(_) => None,
    };
    Ok(app
        .store
        .create_evaluation(place.scheme.id, trial_id, &content, actor.journal(None))
        .await?)
}

/// Loads an evaluation for writing: the assigned researchers only.
pub async fn for_writing(
    app: &App,
    actor: &Actor,
    owner: Option<EvaluationOwner>,
    id: i64,
) -> Result<EvaluationView, Error> {
    let view = get(app, actor, owner, id).await?;
    view.place.refuse_writing(actor)?;
    Ok(view)
}

/// Rewrites a draft against the version the writer saw; a published evaluation is
/// refused (409 `evaluation_published`).
pub async fn save(
    app: &App,
    actor: &Actor,
    owner: Option<EvaluationOwner>,
    id: i64,
    seen_version: i64,
    content: EvaluationContent,
) -> Result<Evaluation, Error> {
    let view = for_writing(app, actor, owner, id).await?;
    if view.evaluation.status == EvaluationStatus::Published {
        return Err(refused(EvaluationError::Published));
    }
    content
        .check_embargo(view.evaluation.content.embargo_until, view.place.today)
        .map_err(refused)?;
    let content = content.validate(&view.place.scope()).map_err(refused)?;
    app.store
        .update_evaluation(id, seen_version, &content, actor.journal(None))
        .await?
        .map_err(refused)
}

/// Changes one part of a draft (a finding added, changed or removed; the
/// recommendations), as the pages' small forms do, and saves it against the version the
/// writer saw.
pub async fn edit(
    app: &App,
    actor: &Actor,
    owner: Option<EvaluationOwner>,
    id: i64,
    seen_version: i64,
    change: impl FnOnce(&mut EvaluationContent) -> Result<(), Error>,
) -> Result<Evaluation, Error> {
    let view = for_writing(app, actor, owner, id).await?;
    let mut content = view.evaluation.content.clone();
    change(&mut content)?;
    save(app, actor, owner, id, seen_version, content).await
}

/// Puts a finding at `position` (a new one at the end when it is past the last).
pub fn put_finding(content: &mut EvaluationContent, position: usize, finding: Finding) {
    match content.findings.get_mut(position) {
        Some(slot) => *slot = finding,
        None => content.findings.push(finding),
    }
}

/// Removes the finding at `position` (404 when there is none).
pub fn remove_finding(content: &mut EvaluationContent, position: usize) -> Result<(), Error> {
    if position >= content.findings.len() {
        return Err(Error::NotFound);
    }
    content.findings.remove(position);
    Ok(())
}

/// Replaces the recommendations.
pub fn set_recommendations(content: &mut EvaluationContent, recs: Vec<ExemptionRecommendation>) {
    content.recommendations = recs;
}

/// Publishes a draft as it stands against the version the writer saw, confirmed first
/// since it freezes it. Tells the secretariat and — unless embargoed — the applicants of
/// the trials' participants.
pub async fn publish(
    app: &App,
    actor: &Actor,
    owner: Option<EvaluationOwner>,
    id: i64,
    seen_version: i64,
    confirmed: bool,
) -> Result<Evaluation, Error> {
    let view = for_writing(app, actor, owner, id).await?;
    if view.evaluation.status == EvaluationStatus::Published {
        return Err(refused(EvaluationError::Published));
    }
    // Checked again: the trial's grants or indicators may have changed since it was saved.
    let content = view
        .evaluation
        .content
        .clone()
        .validate(&view.place.scope())
        .map_err(refused)?;
    content.check_publishable(confirmed).map_err(refused)?;
    let evaluation = app
        .store
        .publish_evaluation(id, seen_version, actor.journal(None))
        .await?
        .map_err(refused)?;
    tell(app, actor, &view.place, &evaluation).await;
    Ok(evaluation)
}

/// Records a correction beside a published evaluation: its content stays as published.
pub async fn correct(
    app: &App,
    actor: &Actor,
    owner: Option<EvaluationOwner>,
    id: i64,
    note: &str,
) -> Result<Evaluation, Error> {
    let view = for_writing(app, actor, owner, id).await?;
    if view.evaluation.status == EvaluationStatus::Draft {
        // A draft is simply edited.
        return Err(refused(EvaluationError::NotPublished));
    }
    let note = check_correction(note).map_err(refused)?;
    app.store
        .record_evaluation_correction(id, &note, actor.journal(None))
        .await?
        .map_err(refused)
}

/// The full report as sent, before it is checked.
#[derive(Debug, Clone)]
pub struct ReportUpload {
    /// What it is called; the file's name when left empty.
    pub title: String,
    pub file_name: String,
    pub declared_type: Option<String>,
    pub content: Bytes,
}

/// Attaches the full report (a PDF or another accepted type) to an evaluation: the
/// assigned researchers, while it is a draft. The object is written first and deleted
/// again if its row cannot be stored.
pub async fn attach_report(
    app: &App,
    actor: &Actor,
    owner: Option<EvaluationOwner>,
    id: i64,
    upload: ReportUpload,
) -> Result<EvaluationDocument, Error> {
    let view = for_writing(app, actor, owner, id).await?;
    if view.evaluation.status == EvaluationStatus::Published {
        return Err(refused(EvaluationError::Published));
    }
    let limits = app.config.documents;
    if upload.content.len() as u64 > limits.max_bytes {
        return Err(Error::rule(document::DocumentError::FileTooLarge {
            size: upload.content.len() as u64,
            limit: limits.max_bytes,
        }));
    }
    let file_name = document::clean_file_name("file", &upload.file_name).map_err(Error::Field)?;
    let title = match upload.title.trim() {
        "" => file_name
            .rsplit_once('.')
            .map_or(file_name.as_str(), |(stem, _)| stem)
            .to_owned(),
        title => title.to_owned(),
    };
    check_name("title", &title).map_err(Error::Field)?;
    check_text("title", &title, MAX_TITLE_CHARS).map_err(Error::Field)?;
    if title.is_empty() {
        return Err(Error::Field(FieldError::new("title", Problem::Required)));
    }
    let file_type: FileType = document::check_file(
        &file_name,
        upload.declared_type.as_deref(),
        crate::documents::detect(&file_name, &upload.content),
        upload.content.len() as u64,
        limits,
    )
    .map_err(Error::rule)?;
    let sha256: String = Sha256::digest(&upload.content)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let new = NewEvaluationDocument {
        title,
        file_name,
        file_type: file_type.as_str().to_owned(),
        size_bytes: i64::try_from(upload.content.len()).map_err(Error::internal)?,
        sha256,
        object_key: format!("evaluations/{id}/{:032x}", rand::random::<u128>()),
    };
    app.files
        .put(&new.object_key, upload.content)
        .await
        .map_err(Error::internal)?;
    match app
        .store
        .add_evaluation_document(id, &new, actor.journal(None))
        .await
    {
        Ok(document) => Ok(document),
        Err(e) => {
            if let Err(cleanup) = app.files.delete(&new.object_key).await {
                tracing::error!(
                    key = %new.object_key,
                    "an evaluation report's row was not stored and its object could not be deleted: {cleanup}"
                );
            }
            Err(e.into())
        }
    }
}

/// A report's facts and content, to send back.
pub struct ReportDownload {
    pub document: EvaluationDocument,
    pub file_type: Option<FileType>,
    pub content: ByteStream,
}

/// The full report, for whoever may read the evaluation whole: public only when the
/// evaluation is published and out of embargo.
pub async fn download_report(
    app: &App,
    actor: &Actor,
    owner: Option<EvaluationOwner>,
    id: i64,
    document_id: i64,
) -> Result<ReportDownload, Error> {
    let view = get(app, actor, owner, id).await?;
    let document = view
        .evaluation
        .documents
        .into_iter()
        .find(|d| d.id == document_id)
        .ok_or(Error::NotFound)?;
    let content = app
        .files
        .get(&document.object_key)
        .await
        .map_err(Error::internal)?;
    Ok(ReportDownload {
        file_type: document.file_type.parse().ok(),
        document,
        content,
    })
}

/// A draft waiting for the researcher, as their dashboard lists it.
#[derive(Debug, Clone)]
pub struct DraftEvaluation {
    pub evaluation: EvaluationSummary,
    /// The trial's case number and title, or the scheme's title.
    pub place_name: String,
    pub link: String,
}

/// The evaluations in draft that the actor writes (an assigned researcher), oldest
/// first; none for anybody else.
pub async fn drafts_of(app: &App, actor: &Actor) -> Result<Vec<DraftEvaluation>, Error> {
    if actor.user.is_none() {
        return Ok(Vec::new());
    }
    let mut drafts = Vec::new();
    for evaluation in app.store.draft_evaluations().await? {
        let owner = match evaluation.trial_id {
            Some(id) => EvaluationOwner::Trial(id),
            None => EvaluationOwner::Scheme(evaluation.scheme_id),
        };
        let place = match place(app, actor, owner).await {
            Ok(place) => place,
            Err(Error::NotFound | Error::Forbidden | Error::Unauthenticated) => continue,
            Err(e) => return Err(e),
        };
        if !place.may_write {
            continue;
        }
        let place_name = match &place.trial {
            Some(t) => format!("{} {}", t.case_number, t.title),
            None => place.scheme.title.clone(),
        };
        drafts.push(DraftEvaluation {
            link: format!("{}/{}", place.base_path(), evaluation.id),
            place_name,
            evaluation,
        });
    }
    Ok(drafts)
}

/// Tells the secretariat that an evaluation was published, and the applicants of the
/// trials' participants unless it is embargoed (they learn of it on the trial page once
/// the embargo lifts). Stored before anyone is told; a failure to tell is logged.
async fn tell(app: &App, actor: &Actor, place: &Place, evaluation: &Evaluation) {
    let embargoed =
        frirum_domain::evaluation::embargoed(evaluation.content.embargo_until, place.today);
    let people = async {
        let mut people: Vec<User> = app.store.users_in_role(authz::SECRETARIAT).await?;
        if !embargoed {
            let mut participant_ids = Vec::new();
            for trial in &place.trials {
                if let Some(state) = app.store.trial_state(trial.trial_id).await? {
                    participant_ids.extend(state.participants.iter().map(|p| p.id));
                }
            }
            participant_ids.sort_unstable();
            participant_ids.dedup();
            people.extend(app.store.applicants_of(&participant_ids).await?);
        }
        Ok::<_, Error>(people)
    }
    .await;
    let name = place.name().to_owned();
    let case = place
        .trial
        .as_ref()
        .map_or_else(|| place.scheme.code.clone(), |t| t.case_number.clone());
    let title = evaluation.content.title.clone();
    let kind = evaluation.content.kind;
    let args = |lang: Language| {
        vec![
            ("case", case.clone().into()),
            ("name", name.clone().into()),
            ("title", title.clone().into()),
            (
                "kind",
                app.i18n
                    .t(lang, &format!("evaluation-kind-{}", kind.as_str()))
                    .into(),
            ),
        ]
    };
    let message = Message {
        kind: NotificationKind::EvaluationPublished,
        scheme_id: place.scheme.id,
        application_id: place.trial.as_ref().map(|t| t.application_id),
        link: format!("{}/{}", place.base_path(), evaluation.id),
        title_id: "evaluation-notify-published-title",
        body_id: "evaluation-notify-published-body",
        args: &args,
    };
    let except = actor.user.as_ref().map(|u| u.id);
    send_message(app, actor.now, &message, people, except).await;
}
