//! The policy lab's barrier register: reporting an obstacle in plain words (signed in, or
//! through a scheme's moderated public form), finding similar barriers and the provisions
//! the rule finder suggests for the text, supporting, linking provisions, and the lab's
//! triage, status changes and merges.
//!
//! Who may read and act on one barrier is `authz::barrier`; a barrier the actor may not
//! read is "not found", so that a report waiting for the lab is not revealed. The lab hears
//! of every new report (`BarrierReported`); the reporter and supporters hear of every
//! status change and merge (`BarrierStatusChanged`). The rules are `domain::barrier`'s,
//! re-checked by the store inside the transaction that changes the barrier.

use frirum_domain::authz::{self, Action, BarrierAction, BarrierFacts};
use frirum_domain::barrier::{
    Barrier, BarrierError, BarrierReport, BarrierStatus, BarrierStatusFields, ExperimentLink,
    SIMILAR_AT_LEAST, check_contact, similarity,
};
use frirum_domain::law::Jurisdiction;
use frirum_domain::notification::NotificationKind;
use frirum_domain::{Country, Language, User};
use frirum_store::law::StoredProvision;
use frirum_store::{
    BarrierFilter, BarrierHistoryEntry, BarrierSupporter, BarrierTriage, NewBarrier,
};

use crate::law::Suggestion;
use crate::notifications::{Message, send_message};
use crate::{Actor, App, Error};

/// How many similar barriers and suggested provisions the report form shows.
const SIMILAR: usize = 5;
const SUGGESTIONS: usize = 5;

/// A refused barrier rule: a field error names the field (422 beside it), the others keep
/// their code.
pub fn refused(e: BarrierError) -> Error {
    match e {
        BarrierError::Field(field) => Error::Field(field),
        other => Error::rule(other),
    }
}

/// The country a report is about when the reporter did not say: their organisation's.
pub fn default_country(actor: &Actor) -> Option<Country> {
    actor
        .user
        .as_ref()
        .and_then(|u| u.organisation.as_ref())
        .map(|o| o.country)
}

/// Whether the actor supports the barrier.
async fn supports(app: &App, actor: &Actor, id: i64) -> Result<bool, Error> {
    let Some(user) = &actor.user else {
        return Ok(false);
    };
    Ok(app
        .store
        .barrier_supporters(id)
        .await?
        .iter()
        .any(|s| s.user_id == user.id))
}

/// The barrier and whether the actor may take the action on it; a barrier the actor may
/// not read is not found.
async fn access(
    app: &App,
    actor: &Actor,
    id: i64,
    action: BarrierAction,
) -> Result<Barrier, Error> {
    let barrier = app.store.barrier(id).await?.ok_or(Error::NotFound)?;
    let mut facts = BarrierFacts::of(&barrier, supports(app, actor, id).await?);
    // A merged barrier is read through the one it went into.
    if let Some(target) = barrier.merged_into
        && let Some(target) = app.store.barrier(target).await?
    {
        facts.public = target.visibility().is_public();
    }
    let viewer = actor.viewer();
    if authz::barrier(viewer, &facts, BarrierAction::Read).is_err() {
        return Err(Error::NotFound);
    }
    authz::barrier(viewer, &facts, action)?;
    Ok(barrier)
}

/// Checks that the scheme and theme a report names exist and belong together.
async fn check_scheme(app: &App, report: &BarrierReport) -> Result<(), Error> {
    use frirum_domain::text::{FieldError, Problem};
    match (report.scheme_id, report.theme_id) {
        (None, None) => Ok(()),
        (None, Some(_)) => Err(FieldError::new("scheme_id", Problem::Required).into()),
        (Some(scheme), theme) => {
            if app.store.scheme(scheme).await?.is_none() {
                return Err(Error::field("scheme_id", "no such scheme"));
            }
            if let Some(theme) = theme {
                let themes = app.store.themes(scheme).await?;
                if !themes.iter().any(|t| t.id == theme) {
                    return Err(
                        FieldError::new("theme_id", Problem::UnknownTheme { id: theme }).into(),
                    );
                }
            }
            Ok(())
        }
    }
}

/// Cleans and checks a signed-in person's report, the country defaulting to their
/// organisation's.
pub async fn prepare(
    app: &App,
    actor: &Actor,
    report: BarrierReport,
) -> Result<BarrierReport, Error> {
    let mut report = report.clean();
    if report.country.is_none() {
        report.country = default_country(actor);
    }
    let report = report.validate().map_err(refused)?;
    check_scheme(app, &report).await?;
    Ok(report)
}

/// Reports a barrier as the signed-in actor, for their organisation; the lab is told. The
/// same text sent twice within a minute is one barrier.
pub async fn report(app: &App, actor: &Actor, report: BarrierReport) -> Result<Barrier, Error> {
    let user = actor.user_for(Action::ReportBarriers)?;
    let report = prepare(app, actor, report).await?;
    let (barrier, created) = app
        .store
        .report_barrier(
            &NewBarrier {
                report: &report,
                reporter_id: Some(user.id),
                organisation_id: user.organisation.as_ref().map(|o| o.id),
                from_public: false,
                public_name: None,
                public_contact: None,
            },
            actor.journal(None),
        )
        .await?;
    if created {
        tell_lab(app, actor, &barrier).await;
    }
    Ok(barrier)
}

/// A report through a scheme's public form: only when the scheme takes them (else not
/// found). It is seen by the lab alone until triaged.
pub async fn report_public(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    report: BarrierReport,
    name: &str,
    contact: &str,
) -> Result<Barrier, Error> {
    let scheme = public_form_scheme(app, scheme_id).await?;
    let mut report = report.clean();
    report.country = Some(scheme.country);
    report.scheme_id = Some(scheme.id);
    let report = report.validate().map_err(refused)?;
    check_scheme(app, &report).await?;
    let public_name = check_contact("name", name).map_err(refused)?;
    let public_contact = check_contact("contact", contact).map_err(refused)?;
    let (barrier, created) = app
        .store
        .report_barrier(
            &NewBarrier {
                report: &report,
                reporter_id: None,
                organisation_id: None,
                from_public: true,
                public_name,
                public_contact,
            },
            actor.journal(None),
        )
        .await?;
    if created {
        tell_lab(app, actor, &barrier).await;
    }
    Ok(barrier)
}

/// The scheme whose public form is open; not found when it takes no public reports or
/// is not visible to the public.
pub async fn public_form_scheme(
    app: &App,
    scheme_id: i64,
) -> Result<frirum_domain::scheme::Scheme, Error> {
    let open = app.store.scheme_public_barrier_reports(scheme_id).await?;
    if open != Some(true) {
        return Err(Error::NotFound);
    }
    let scheme = app.store.scheme(scheme_id).await?.ok_or(Error::NotFound)?;
    authz::view_scheme(authz::Viewer::PUBLIC, scheme.status).map_err(|_| Error::NotFound)?;
    Ok(scheme)
}

/// Whether a scheme takes public reports (for its settings and public page).
pub async fn takes_public_reports(app: &App, scheme_id: i64) -> Result<bool, Error> {
    Ok(app
        .store
        .scheme_public_barrier_reports(scheme_id)
        .await?
        .unwrap_or(false))
}

/// Turns a scheme's public form on or off: the policy lab (the scheme's owner).
pub async fn set_public_reports(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    on: bool,
) -> Result<(), Error> {
    actor.authorize(Action::RunPolicyLab)?;
    if takes_public_reports(app, scheme_id).await? == on {
        return Ok(());
    }
    Ok(app
        .store
        .set_scheme_public_barrier_reports(scheme_id, on, actor.journal(None))
        .await?)
}

/// Everything the barrier's page shows.
#[derive(Debug, Clone)]
pub struct BarrierView {
    pub barrier: Barrier,
    pub history: Vec<BarrierHistoryEntry>,
    /// The linked provisions, with whether the lab confirmed each.
    pub provisions: Vec<(StoredProvision, bool)>,
    /// Who supports it: listed to the lab only.
    pub supporters: Vec<BarrierSupporter>,
    /// The barrier it was merged into, when the actor may read that one.
    pub merged_into: Option<Barrier>,
    pub supports: bool,
    pub is_reporter: bool,
    pub may_support: bool,
    pub may_edit: bool,
    pub may_triage: bool,
}

/// One barrier with what the actor may do on it.
pub async fn view(app: &App, actor: &Actor, id: i64) -> Result<BarrierView, Error> {
    let barrier = access(app, actor, id, BarrierAction::Read).await?;
    let supports = supports(app, actor, id).await?;
    let facts = BarrierFacts::of(&barrier, supports);
    let viewer = actor.viewer();
    let may = |action| authz::barrier(viewer, &facts, action).is_ok();
    let may_triage = may(BarrierAction::Triage);
    let ids: Vec<i64> = barrier.provisions.iter().map(|p| p.provision_id).collect();
    let stored = app.store.provisions_by_ids(&ids).await?;
    let provisions = barrier
        .provisions
        .iter()
        .filter_map(|link| {
            stored
                .iter()
                .find(|p| p.id == link.provision_id)
                .map(|p| (p.clone(), link.confirmed))
        })
        .collect();
    let merged_into = match barrier.merged_into {
        Some(target) => access(app, actor, target, BarrierAction::Read).await.ok(),
        None => None,
    };
    Ok(BarrierView {
        history: app.store.barrier_history(id).await?,
        supporters: if may_triage {
            app.store.barrier_supporters(id).await?
        } else {
            Vec::new()
        },
        provisions,
        merged_into,
        supports,
        is_reporter: viewer.user_id.is_some() && viewer.user_id == barrier.reporter_id,
        may_support: barrier.status != BarrierStatus::Merged && may(BarrierAction::Support),
        may_edit: barrier.status == BarrierStatus::Reported && may(BarrierAction::Edit),
        may_triage,
        barrier,
    })
}

/// One barrier for the API and other areas (the lab's investigations): what the actor may
/// read.
pub async fn barrier(app: &App, actor: &Actor, id: i64) -> Result<Barrier, Error> {
    access(app, actor, id, BarrierAction::Read).await
}

/// The register's filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterFilter {
    pub filter: BarrierFilter,
    /// Words the title or text must share (folded).
    pub text: String,
    /// Only the actor's own (reported or supported).
    pub mine: bool,
}

/// The register: the barriers the actor may read that the filter holds, newest first;
/// for the lab, the reports waiting for it first.
#[derive(Debug, Clone, Default)]
pub struct Register {
    pub barriers: Vec<Barrier>,
    /// Reports waiting for the lab (the lab only).
    pub queue: Vec<Barrier>,
}

pub async fn register(
    app: &App,
    actor: &Actor,
    filter: &RegisterFilter,
) -> Result<Register, Error> {
    let viewer = actor.viewer();
    let mut store_filter = filter.filter.clone();
    if filter.mine {
        let user = actor.user.as_ref().ok_or(Error::Unauthenticated)?;
        store_filter.involving = Some(user.id);
    }
    let all = app.store.barriers(&store_filter).await?;
    let supported: Vec<i64> = match &actor.user {
        Some(user) => app
            .store
            .barriers(&BarrierFilter {
                involving: Some(user.id),
                ..BarrierFilter::default()
            })
            .await?
            .into_iter()
            .map(|b| b.id)
            .collect(),
        None => Vec::new(),
    };
    let words = frirum_domain::barrier::words(&filter.text);
    let mut barriers: Vec<Barrier> = all
        .into_iter()
        .filter(|b| {
            authz::barrier(
                viewer,
                &BarrierFacts::of(b, supported.contains(&b.id)),
                BarrierAction::Read,
            )
            .is_ok()
        })
        // Merged barriers live on in the one they went into.
        .filter(|b| b.status != BarrierStatus::Merged || filter.filter.status.is_some())
        .filter(|b| {
            words.is_empty() || {
                let have = frirum_domain::barrier::words(&format!(
                    "{} {} {} {}",
                    b.title, b.wants_to_do, b.obstacle, b.consequences
                ));
                words
                    .iter()
                    .all(|w| have.iter().any(|h| h.starts_with(w.as_str())))
            }
        })
        .collect();
    let mut queue = Vec::new();
    if actor.may(Action::RunPolicyLab) && filter.filter.status.is_none() && !filter.mine {
        let (waiting, rest): (Vec<_>, Vec<_>) = barriers
            .into_iter()
            .partition(|b| b.status == BarrierStatus::Reported);
        queue = waiting;
        barriers = rest;
    }
    Ok(Register { barriers, queue })
}

/// How many reports wait for the lab (its dashboard); none for others.
pub async fn waiting(app: &App, actor: &Actor) -> Result<i64, Error> {
    if !actor.may(Action::RunPolicyLab) {
        return Ok(0);
    }
    Ok(app.store.count_barriers(BarrierStatus::Reported).await?)
}

/// What the "check for similar barriers" step finds for a report being typed.
#[derive(Debug, Clone, Default)]
pub struct Check {
    /// Barriers the actor may read that say much the same, most alike first.
    pub similar: Vec<(Barrier, f64)>,
    /// The provisions the rule finder suggests for the text.
    pub suggestions: Vec<Suggestion>,
}

/// Similar barriers and suggested provisions for a report being typed.
pub async fn check(app: &App, actor: &Actor, report: &BarrierReport) -> Result<Check, Error> {
    actor.authorize(Action::ReportBarriers)?;
    let report = report.clone().clean();
    let text = format!(
        "{} {} {}",
        report.wants_to_do, report.obstacle, report.consequences
    );
    let register = register(app, actor, &RegisterFilter::default()).await?;
    let mut similar: Vec<(Barrier, f64)> = register
        .queue
        .into_iter()
        .chain(register.barriers)
        .filter(|b| b.status != BarrierStatus::Merged)
        .map(|b| {
            let score = similarity(
                &report.title,
                &text,
                &b.title,
                &format!("{} {} {}", b.wants_to_do, b.obstacle, b.consequences),
            );
            (b, score)
        })
        .filter(|(_, score)| *score >= SIMILAR_AT_LEAST)
        .collect();
    similar.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.0.id.cmp(&a.0.id)));
    similar.truncate(SIMILAR);
    let country = report.country.or_else(|| default_country(actor));
    let suggestions = match country {
        Some(country) if !format!("{} {text}", report.title).trim().is_empty() => app
            .rule_finder
            .suggest(
                &*app.store,
                Jurisdiction::from(country),
                &format!("{} {text}", report.title),
                SUGGESTIONS,
            )
            .await
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    Ok(Check {
        similar,
        suggestions,
    })
}

/// "I meet this too": supporting again changes nothing; the reporter does not support
/// their own report.
pub async fn support(app: &App, actor: &Actor, id: i64) -> Result<Barrier, Error> {
    let user = actor.user_for(Action::ReportBarriers)?;
    let barrier = access(app, actor, id, BarrierAction::Support).await?;
    if barrier.status == BarrierStatus::Merged {
        return Err(refused(BarrierError::Merged));
    }
    if barrier.reporter_id != Some(user.id) {
        app.store
            .support_barrier(
                id,
                user.id,
                user.organisation.as_ref().map(|o| o.id),
                actor.journal(None),
            )
            .await?;
    }
    app.store.barrier(id).await?.ok_or(Error::NotFound)
}

/// Withdraws the actor's support (none is no error).
pub async fn withdraw_support(app: &App, actor: &Actor, id: i64) -> Result<Barrier, Error> {
    let user = actor.user_for(Action::ReportBarriers)?;
    access(app, actor, id, BarrierAction::Read).await?;
    app.store
        .withdraw_barrier_support(id, user.id, actor.journal(None))
        .await?;
    app.store.barrier(id).await?.ok_or(Error::NotFound)
}

/// Links a provision: the reporter while the barrier waits (a suggestion), the lab at any
/// time (confirmed when it says so). Another jurisdiction's provision is 422
/// `provision_other_jurisdiction`.
pub async fn link_provision(
    app: &App,
    actor: &Actor,
    id: i64,
    provision_id: i64,
    confirmed: bool,
) -> Result<Barrier, Error> {
    let barrier = access(app, actor, id, BarrierAction::Edit).await?;
    let lab = actor.may(Action::RunPolicyLab);
    if app.store.provision(provision_id).await?.is_none() {
        return Err(Error::field(
            "provision_id",
            "no such provision in the catalogue",
        ));
    }
    app.store
        .link_barrier_provision(
            barrier.id,
            provision_id,
            confirmed && lab,
            actor.journal(None),
        )
        .await?
        .map_err(refused)
}

/// Links the provision a citation names ("barnehageloven § 8"), as demo requests do; a
/// citation that names no provision of the catalogue is 422 on `citation`.
pub async fn link_citation(
    app: &App,
    actor: &Actor,
    id: i64,
    citation: &str,
    confirmed: bool,
) -> Result<Barrier, Error> {
    let barrier = access(app, actor, id, BarrierAction::Edit).await?;
    let cite = |country: Country| async move {
        let cited = app
            .rule_finder
            .cite(&*app.store, Jurisdiction::from(country), citation)
            .await?;
        Ok::<_, Error>(cited.iter().find_map(|c| c.provision_id))
    };
    if let Some(provision) = cite(barrier.country).await? {
        return link_provision(app, actor, id, provision, confirmed).await;
    }
    // Cited as another country's law writes it: say so rather than "not found".
    for other in Country::ALL.into_iter().filter(|c| *c != barrier.country) {
        if cite(other).await?.is_some() {
            return Err(refused(BarrierError::ProvisionOtherJurisdiction {
                barrier: barrier.country,
                provision: other,
            }));
        }
    }
    Err(refused(BarrierError::CitationUnknown))
}

/// The lab's triage: root causes, restricted, confirmed provisions, against the version
/// seen (409 `edit_conflict` when stale).
pub async fn triage(
    app: &App,
    actor: &Actor,
    id: i64,
    triage: &BarrierTriage,
) -> Result<Barrier, Error> {
    actor.authorize(Action::RunPolicyLab)?;
    access(app, actor, id, BarrierAction::Triage).await?;
    app.store
        .triage_barrier(id, triage, actor.journal(None))
        .await?
        .map_err(refused)
}

/// Moves a barrier to another status (the lab), with what the status needs; the reporter
/// and supporters are told. Investigations call this when their conclusion updates a
/// barrier.
pub async fn change_status(
    app: &App,
    actor: &Actor,
    id: i64,
    to: BarrierStatus,
    fields: BarrierStatusFields,
) -> Result<Barrier, Error> {
    actor.authorize(Action::RunPolicyLab)?;
    access(app, actor, id, BarrierAction::Triage).await?;
    let fields = fields.clean().map_err(refused)?;
    if to == BarrierStatus::ExperimentProposed
        && let Some((kind, link)) = fields.experiment
    {
        check_experiment_link(app, kind, link).await?;
    }
    let barrier = app
        .store
        .change_barrier_status(id, to, &fields, actor.journal(None))
        .await?
        .map_err(refused)?;
    tell_people(app, actor, &barrier, Told::Status).await;
    Ok(barrier)
}

/// Refuses (422 `experiment_link_unknown` on `experiment`) a link to a theme proposal,
/// scheme or application that is not there.
async fn check_experiment_link(app: &App, kind: ExperimentLink, id: i64) -> Result<(), Error> {
    let exists = match kind {
        ExperimentLink::Proposal => app.store.proposal(id).await?.is_some(),
        ExperimentLink::Scheme => app.store.scheme(id).await?.is_some(),
        ExperimentLink::Application => app.store.application(id).await?.is_some(),
    };
    if exists {
        Ok(())
    } else {
        Err(refused(BarrierError::ExperimentLinkUnknown { kind, id }))
    }
}

/// Merges barrier `source` into `target` (the lab); the merged barrier's reporter and
/// supporters are told where it went.
pub async fn merge(app: &App, actor: &Actor, source: i64, target: i64) -> Result<Barrier, Error> {
    actor.authorize(Action::RunPolicyLab)?;
    let before = access(app, actor, source, BarrierAction::Triage).await?;
    access(app, actor, target, BarrierAction::Triage).await?;
    let merged = app
        .store
        .merge_barrier(source, target, actor.journal(None))
        .await?
        .map_err(refused)?;
    tell_people(app, actor, &before, Told::Merged { into: &merged }).await;
    Ok(merged)
}

/// The statuses the lab may move a barrier to now.
pub fn next_statuses(barrier: &Barrier) -> &'static [BarrierStatus] {
    barrier.status.next()
}

/// To the lab: a new report waits.
async fn tell_lab(app: &App, actor: &Actor, barrier: &Barrier) {
    let people = app
        .store
        .users_in_role(authz::POLICY_LAB)
        .await
        .map_err(Error::from);
    let title = barrier.title.clone();
    let args = move |_: Language| vec![("title", title.clone().into())];
    let message = Message {
        kind: NotificationKind::BarrierReported,
        // A barrier of no scheme is read in each person's own language (or English).
        scheme_id: barrier.scheme_id.unwrap_or(0),
        application_id: None,
        link: format!("/barriers/{}", barrier.id),
        title_id: "barrier-notify-reported-title",
        body_id: "barrier-notify-reported-body",
        args: &args,
    };
    let except = actor.user.as_ref().map(|u| u.id);
    send_message(app, actor.now, &message, people, except).await;
}

enum Told<'a> {
    Status,
    Merged { into: &'a Barrier },
}

/// To the reporter and supporters: the barrier's status changed, or it was merged.
async fn tell_people(app: &App, actor: &Actor, barrier: &Barrier, told: Told<'_>) {
    let people = async {
        let mut ids: Vec<i64> = barrier.reporter_id.into_iter().collect();
        ids.extend(
            app.store
                .barrier_supporters(barrier.id)
                .await?
                .iter()
                .map(|s| s.user_id),
        );
        let mut people: Vec<User> = Vec::new();
        for id in ids {
            people.extend(app.store.user(id).await?);
        }
        Ok::<_, Error>(people)
    }
    .await;
    let title = barrier.title.clone();
    let status = barrier.status;
    let (title_id, body_id, link) = match told {
        Told::Status => (
            "barrier-notify-status-title",
            "barrier-notify-status-body",
            format!("/barriers/{}", barrier.id),
        ),
        Told::Merged { into } => (
            "barrier-notify-merged-title",
            "barrier-notify-merged-body",
            format!("/barriers/{}", into.id),
        ),
    };
    let args = move |lang: Language| {
        vec![
            ("title", title.clone().into()),
            (
                "status",
                app.i18n
                    .t(lang, &format!("barrier-status-{}", status.as_str()))
                    .into(),
            ),
        ]
    };
    let message = Message {
        kind: NotificationKind::BarrierStatusChanged,
        scheme_id: barrier.scheme_id.unwrap_or(0),
        application_id: None,
        link,
        title_id,
        body_id,
        args: &args,
    };
    let except = actor.user.as_ref().map(|u| u.id);
    send_message(app, actor.now, &message, people, except).await;
}
