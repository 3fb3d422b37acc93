//! Schemes and their rounds: the list an actor may see, loading a scheme (with its themes
//! and rounds) or a round with the actor's right to see it, whether a round's applications
//! are public, changing a scheme's rules (a new version, with a reason once applications
//! were judged under the old one), its publication and its status, theme proposals (the
//! list, the bundle for the ministry, proposing, endorsing, adopting, declining) with the
//! organisation an applicant proposes for, and the secretariat's reading of a case's
//! journal.

use std::collections::HashMap;

use frirum_domain::application::Application;
use frirum_domain::authz::{self, Action};
use frirum_domain::journal::{CaseKind, JournalEntry};
use frirum_domain::organisation::OrganisationRef;
use frirum_domain::scheme::{
    Round, RoundDraft, RoundPhase, Rules, Scheme, SchemeDraft, SchemeStatus, Theme, ThemeDraft,
    ThemeProposal,
};
use frirum_domain::text::{FieldError, Problem, check_text, clean};
use frirum_domain::{Page, PageRequest};
use time::OffsetDateTime;

use crate::{Actor, App, Error};

/// A scheme the actor may see. Schemes hidden from the actor are reported as missing to
/// the public, so that drafts do not leak by their numbers.
pub async fn scheme_for(app: &App, actor: &Actor, id: i64) -> Result<Scheme, Error> {
    let scheme = app.store.scheme(id).await?.ok_or(Error::NotFound)?;
    authz::view_scheme(actor.viewer(), scheme.status)?;
    Ok(scheme)
}

/// A scheme with its themes and rounds: what a scheme's page and the API show of it.
pub struct SchemeOverview {
    pub scheme: Scheme,
    pub themes: Vec<Theme>,
    pub rounds: Vec<Round>,
}

/// The schemes the actor's list shows, newest first: the statuses the authorisation
/// table lets them see, so that drafts stay with the secretariat.
pub async fn list(app: &App, actor: &Actor, page: PageRequest) -> Result<Page<Scheme>, Error> {
    let statuses = authz::visible_scheme_statuses(actor.role());
    Ok(app.store.list_schemes(statuses, page).await?)
}

/// The schemes the actor's list shows, each with its themes and rounds (the API's list).
pub async fn list_overviews(
    app: &App,
    actor: &Actor,
    page: PageRequest,
) -> Result<Page<SchemeOverview>, Error> {
    let schemes = list(app, actor, page).await?;
    let mut items = Vec::with_capacity(schemes.items.len());
    for scheme in schemes.items {
        items.push(overview_of(app, scheme).await?);
    }
    Ok(Page {
        items,
        page: schemes.page,
        per_page: schemes.per_page,
        total: schemes.total,
    })
}

/// A scheme the actor may see, with its themes and rounds.
pub async fn overview(app: &App, actor: &Actor, id: i64) -> Result<SchemeOverview, Error> {
    let scheme = scheme_for(app, actor, id).await?;
    overview_of(app, scheme).await
}

/// The themes and rounds of a scheme the caller already holds with its rights checked
/// (just loaded, or just changed by the secretariat), without any rights checked here.
pub async fn overview_of(app: &App, scheme: Scheme) -> Result<SchemeOverview, Error> {
    let themes = app.store.themes(scheme.id).await?;
    let rounds = app.store.rounds(scheme.id).await?;
    Ok(SchemeOverview {
        scheme,
        themes,
        rounds,
    })
}

/// A round and its scheme, if the actor may see the scheme.
pub async fn round_for(app: &App, actor: &Actor, round_id: i64) -> Result<(Round, Scheme), Error> {
    let round = app.store.round(round_id).await?.ok_or(Error::NotFound)?;
    let scheme = scheme_for(app, actor, round.scheme_id).await?;
    Ok((round, scheme))
}

/// Refuses unless the scheme's rounds are open to the actor's organisation (its country and
/// kind, by [`frirum_domain::admission::open_to`]): a draft is never begun that could never
/// be submitted.
pub async fn check_open_to(app: &App, actor: &Actor, scheme: &Scheme) -> Result<(), Error> {
    let user = actor.user_for(Action::CreateApplications)?;
    let org = user.organisation.as_ref().ok_or(Error::Forbidden)?;
    let organisation = app
        .store
        .organisation(org.country, &org.code)
        .await?
        .ok_or(Error::Forbidden)?;
    frirum_domain::admission::open_to(scheme, organisation.country, organisation.kind)
        .map_err(Error::NotOpenTo)
}

/// Whether the actor may start an application in the scheme's rounds (to offer "Start an
/// application" only where it will be accepted): the role, and the scheme open to the
/// actor's organisation.
pub async fn may_start(app: &App, actor: &Actor, scheme: &Scheme) -> Result<bool, Error> {
    if actor.authorize(Action::CreateApplications).is_err()
        || scheme.status != SchemeStatus::Published
    {
        return Ok(false);
    }
    match check_open_to(app, actor, scheme).await {
        Ok(()) => Ok(true),
        Err(Error::NotOpenTo(_) | Error::Forbidden | Error::Unauthenticated) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Whether the public may read the round's submitted applications at `now`.
pub fn published(scheme: &Scheme, round: &Round, now: OffsetDateTime) -> bool {
    scheme.publish_applications && matches!(round.phase(now), Ok(RoundPhase::Closed))
}

/// Changes a scheme's rules as a new version. Once applications have been judged under the
/// current version, the change needs a stated reason, so that it is never silent.
pub async fn update_rules(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    expected_version: i64,
    rules: &Rules,
    reason: Option<&str>,
) -> Result<Scheme, Error> {
    actor.authorize(Action::ManageSchemes)?;
    rules.validate()?;
    let scheme = app.store.scheme(scheme_id).await?.ok_or(Error::NotFound)?;
    let submitted = app
        .store
        .submitted_under_rules(scheme_id, scheme.rules_version)
        .await?;
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if submitted > 0 && reason.is_none() {
        return Err(Error::RulesInUse {
            submitted,
            version: scheme.rules_version,
        });
    }
    Ok(app
        .store
        .update_rules(scheme_id, expected_version, rules, actor.journal(reason))
        .await?)
}

/// Moves a scheme to another status if the step is allowed.
pub async fn change_status(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    to: SchemeStatus,
    reason: Option<&str>,
) -> Result<Scheme, Error> {
    actor.authorize(Action::ManageSchemes)?;
    let scheme = app.store.scheme(scheme_id).await?.ok_or(Error::NotFound)?;
    if !scheme.status.can_become(to) {
        return Err(Error::StatusChange {
            from: scheme.status.to_string(),
            to: to.to_string(),
        });
    }
    Ok(app
        .store
        .set_scheme_status(scheme_id, scheme.status, to, actor.journal(reason))
        .await?)
}

/// The secretariat's rules form: a new version of the rules only when they changed (with
/// the reason they gave), and the publication of the applications only when it changed,
/// so that saving the form unchanged writes nothing to the journal.
pub async fn update_rules_and_publication(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    expected_version: i64,
    rules: &Rules,
    publish_applications: bool,
    reason: Option<&str>,
) -> Result<(), Error> {
    actor.authorize(Action::ManageSchemes)?;
    let scheme = app.store.scheme(scheme_id).await?.ok_or(Error::NotFound)?;
    if scheme.rules != *rules {
        update_rules(app, actor, scheme_id, expected_version, rules, reason).await?;
    }
    if scheme.publish_applications != publish_applications {
        update_text(
            app,
            actor,
            scheme_id,
            scheme.title.clone(),
            scheme.language,
            scheme.invitation.clone(),
            publish_applications,
        )
        .await?;
    }
    Ok(())
}

/// The organisation an applicant acts for, for proposals and endorsements.
pub fn proposing_organisation(actor: &Actor) -> Result<OrganisationRef, Error> {
    // The table opens proposals to applicants only.
    let user = actor.user_for(Action::ProposeThemes)?;
    user.organisation.clone().ok_or(Error::Forbidden)
}

/// Checks and cleans a proposal's text.
pub fn proposal_text(title: &str, description: &str) -> Result<(String, String), Error> {
    let (title, description) = (clean(title.trim()), clean(description));
    if title.is_empty() {
        return Err(FieldError::new("title", Problem::Required).into());
    }
    check_text("title", &title, 300)?;
    check_text("description", &description, 5_000)?;
    Ok((title, description))
}

/// Proposes a theme for the applicant's organisation while the scheme gathers proposals.
pub async fn propose_theme(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    title: &str,
    description: &str,
) -> Result<ThemeProposal, Error> {
    let org = proposing_organisation(actor)?;
    let scheme = scheme_for(app, actor, scheme_id).await?;
    if scheme.status != SchemeStatus::Proposals {
        return Err(Error::WrongState {
            what: frirum_store::StateOf::Scheme,
            current: scheme.status.to_string(),
        });
    }
    let (title, description) = proposal_text(title, description)?;
    Ok(app
        .store
        .create_proposal(scheme.id, org.id, &title, &description, actor.journal(None))
        .await?)
}

/// A scheme's theme proposals, most endorsed first, if the actor may see the scheme.
pub async fn proposals(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    page: PageRequest,
) -> Result<(Scheme, Page<ThemeProposal>), Error> {
    let scheme = scheme_for(app, actor, scheme_id).await?;
    let proposals = app.store.list_proposals(scheme.id, page).await?;
    Ok((scheme, proposals))
}

/// Every proposal of a scheme, most endorsed first: the bundle the secretariat forwards to
/// the ministry.
pub async fn proposal_bundle(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
) -> Result<(Scheme, Vec<ThemeProposal>), Error> {
    actor.authorize(Action::ManageSchemes)?;
    let scheme = app.store.scheme(scheme_id).await?.ok_or(Error::NotFound)?;
    let mut all = Vec::new();
    let mut page_number = 1;
    loop {
        let page = app
            .store
            .list_proposals(
                scheme.id,
                PageRequest::new(Some(page_number), Some(PageRequest::MAX_PER_PAGE))
                    .unwrap_or_default(),
            )
            .await?;
        let more = page.has_next();
        all.extend(page.items);
        if !more {
            break;
        }
        page_number += 1;
    }
    Ok((scheme, all))
}

/// An endorsement: whether it was new, and the proposal as it stands after it.
pub struct Endorsement {
    pub endorsed: bool,
    pub proposal: ThemeProposal,
}

/// Endorses another organisation's proposal; endorsing twice changes nothing.
pub async fn endorse(app: &App, actor: &Actor, id: i64) -> Result<Endorsement, Error> {
    let org = proposing_organisation(actor)?;
    let proposal = app.store.proposal(id).await?.ok_or(Error::NotFound)?;
    scheme_for(app, actor, proposal.scheme_id).await?;
    if proposal.organisation.id == org.id {
        return Err(Error::field(
            "proposal",
            "an organisation cannot endorse its own proposal",
        ));
    }
    let endorsed = app
        .store
        .endorse_proposal(id, org.id, actor.journal(None))
        .await?;
    let proposal = app.store.proposal(id).await?.ok_or(Error::NotFound)?;
    Ok(Endorsement { endorsed, proposal })
}

/// Endorses from the proposal list, which goes back to the proposal's scheme: a proposal
/// that is not there is missing for everybody, before any right is asked; then as
/// [`endorse`].
pub async fn endorse_listed(app: &App, actor: &Actor, id: i64) -> Result<Endorsement, Error> {
    app.store.proposal(id).await?.ok_or(Error::NotFound)?;
    endorse(app, actor, id).await
}

/// Creates a scheme in draft (the secretariat).
pub async fn create(
    app: &App,
    actor: &Actor,
    draft: &SchemeDraft,
    rules: &Rules,
) -> Result<Scheme, Error> {
    actor.authorize(Action::ManageSchemes)?;
    draft.validate()?;
    rules.validate()?;
    Ok(app
        .store
        .create_scheme(draft, rules, actor.journal(None))
        .await?)
}

/// Changes a scheme's title, language, invitation and publication setting; its code and
/// country stay as they were created.
pub async fn update_text(
    app: &App,
    actor: &Actor,
    id: i64,
    title: String,
    language: frirum_domain::Language,
    invitation: String,
    publish_applications: bool,
) -> Result<Scheme, Error> {
    actor.authorize(Action::ManageSchemes)?;
    let scheme = app.store.scheme(id).await?.ok_or(Error::NotFound)?;
    let draft = SchemeDraft {
        code: scheme.code,
        country: scheme.country,
        title: clean(title.trim()),
        language,
        invitation: clean(&invitation),
        publish_applications,
    };
    draft.validate()?;
    Ok(app
        .store
        .update_scheme(id, &draft, actor.journal(None))
        .await?)
}

/// Adds a theme to a scheme (the secretariat).
pub async fn add_theme(
    app: &App,
    actor: &Actor,
    id: i64,
    draft: &ThemeDraft,
) -> Result<Theme, Error> {
    actor.authorize(Action::ManageSchemes)?;
    app.store.scheme(id).await?.ok_or(Error::NotFound)?;
    Ok(app.store.add_theme(id, draft, actor.journal(None)).await?)
}

/// Adds a round to a scheme (the secretariat).
pub async fn add_round(
    app: &App,
    actor: &Actor,
    id: i64,
    draft: &RoundDraft,
) -> Result<Round, Error> {
    actor.authorize(Action::ManageSchemes)?;
    app.store.scheme(id).await?.ok_or(Error::NotFound)?;
    Ok(app.store.add_round(id, draft, actor.journal(None)).await?)
}

/// A theme proposal, to adopt or decline (the secretariat).
pub async fn proposal(app: &App, actor: &Actor, id: i64) -> Result<ThemeProposal, Error> {
    let proposal = app.store.proposal(id).await?.ok_or(Error::NotFound)?;
    scheme_for(app, actor, proposal.scheme_id).await?;
    Ok(proposal)
}

/// Adopts a proposal as a theme of its scheme (the secretariat).
pub async fn adopt(
    app: &App,
    actor: &Actor,
    id: i64,
    theme: &ThemeDraft,
) -> Result<(ThemeProposal, Theme), Error> {
    actor.authorize(Action::ManageSchemes)?;
    Ok(app
        .store
        .adopt_proposal(id, theme, actor.journal(None))
        .await?)
}

/// Declines a proposal with a reason (the secretariat).
pub async fn decline(
    app: &App,
    actor: &Actor,
    id: i64,
    reason: &str,
) -> Result<ThemeProposal, Error> {
    actor.authorize(Action::ManageSchemes)?;
    let reason = clean(reason.trim());
    if reason.is_empty() {
        return Err(FieldError::new("reason", Problem::Required).into());
    }
    check_text("reason", &reason, 5_000)?;
    Ok(app
        .store
        .decline_proposal(id, &reason, actor.journal(None))
        .await?)
}

/// The case a journal is kept for, as the journal's page names it and links back to it.
pub enum JournalCase {
    Scheme(Scheme),
    Round(Round),
    Proposal(ThemeProposal),
    Application(Box<Application>),
    /// A draft deleted by its applicant: the journal keeps what happened to it.
    DeletedApplication,
    /// A case of the policy lab, a network or the partner register (barrier,
    /// investigation, network, partner): its page names it by kind and number.
    Other(CaseKind),
}

/// A case with a page of its journal, and the names of what its entries name by id.
pub struct CaseJournal {
    pub case: JournalCase,
    pub entries: Page<JournalEntry>,
    pub names: JournalNames,
    /// The country of the case's scheme, whose time its moments are shown in.
    pub country: Option<frirum_domain::Country>,
}

/// What a journal entry's ids stand for, so that people read names, not numbers.
#[derive(Debug, Default)]
pub struct JournalNames {
    pub organisations: HashMap<i64, String>,
    pub users: HashMap<i64, String>,
    pub themes: HashMap<i64, String>,
    pub rounds: HashMap<i64, String>,
    /// Provisions by their citation (a barrier's linked provision).
    pub provisions: HashMap<i64, String>,
    /// Barriers by number and title (a merge's other barrier).
    pub barriers: HashMap<i64, String>,
}

/// What kind of thing a journal's field names by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JournalRef {
    Organisation,
    User,
    Theme,
    Round,
    Provision,
    Barrier,
}

/// The kind of thing a journal field holds the id (or ids) of, by its name; `None` for a
/// field that holds a value.
pub fn journal_ref(field: &str) -> Option<JournalRef> {
    match field {
        "lead_organisation_id" | "organisation_id" | "members" => Some(JournalRef::Organisation),
        "assessor_id" | "user_id" | "decided_by" => Some(JournalRef::User),
        "theme_id" | "themes" => Some(JournalRef::Theme),
        "round_id" => Some(JournalRef::Round),
        "provision_id" | "confirmed_provisions" => Some(JournalRef::Provision),
        "merged_into" | "merged_from" => Some(JournalRef::Barrier),
        _ => None,
    }
}

impl JournalNames {
    /// The name of the thing of this kind with this id, if known.
    pub fn name(&self, kind: JournalRef, id: i64) -> Option<&str> {
        let names = match kind {
            JournalRef::Organisation => &self.organisations,
            JournalRef::User => &self.users,
            JournalRef::Theme => &self.themes,
            JournalRef::Round => &self.rounds,
            JournalRef::Provision => &self.provisions,
            JournalRef::Barrier => &self.barriers,
        };
        names.get(&id).map(String::as_str)
    }
}

/// Every id a journal value holds: a number, a list of numbers, or `{from, to}` of those.
fn ids_in(value: &serde_json::Value, out: &mut Vec<i64>) {
    match value {
        serde_json::Value::Number(n) => out.extend(n.as_i64()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| ids_in(v, out)),
        serde_json::Value::Object(map) => {
            for key in ["from", "to"] {
                if let Some(v) = map.get(key) {
                    ids_in(v, out);
                }
            }
        }
        _ => {}
    }
}

/// Reads the names of every id the entries name.
async fn journal_names(
    app: &App,
    scheme_id: Option<i64>,
    entries: &[JournalEntry],
) -> Result<JournalNames, Error> {
    let mut wanted: HashMap<JournalRef, Vec<i64>> = HashMap::new();
    for entry in entries {
        let Some(map) = entry.changes.as_object() else {
            continue;
        };
        for (field, value) in map {
            if let Some(kind) = journal_ref(field) {
                ids_in(value, wanted.entry(kind).or_default());
            }
        }
    }
    let mut names = JournalNames::default();
    for (kind, mut ids) in wanted {
        ids.sort_unstable();
        ids.dedup();
        match kind {
            JournalRef::Organisation => {
                for org in app.store.organisation_refs(&ids).await? {
                    names.organisations.insert(org.id, org.name);
                }
            }
            JournalRef::User => {
                for id in ids {
                    if let Some(user) = app.store.user(id).await? {
                        names.users.insert(id, user.name);
                    }
                }
            }
            JournalRef::Theme => {
                if let Some(scheme) = scheme_id {
                    for theme in app.store.themes(scheme).await? {
                        names.themes.insert(theme.id, theme.title);
                    }
                }
            }
            JournalRef::Round => {
                for id in ids {
                    if let Some(round) = app.store.round(id).await? {
                        let name = format!("{}. {}", round.number, round.title);
                        names
                            .rounds
                            .insert(id, name.trim_end_matches([' ', '.']).to_owned());
                    }
                }
            }
            JournalRef::Provision => {
                for p in app.store.provisions_by_ids(&ids).await? {
                    let act = p.act_short_title.clone().unwrap_or(p.act_title.clone());
                    names
                        .provisions
                        .insert(p.id, format!("{act} {}", p.section.label));
                }
            }
            JournalRef::Barrier => {
                for id in ids {
                    if let Some(b) = app.store.barrier(id).await? {
                        names.barriers.insert(id, format!("{id}. {}", b.title));
                    }
                }
            }
        }
    }
    Ok(names)
}

/// The kind of case a journal is asked for; an unknown kind is no case at all.
fn case_kind(kind: &str) -> Result<CaseKind, Error> {
    kind.parse().map_err(|_| Error::NotFound)
}

/// A page of a case's journal, oldest entry first (the secretariat). `kind` is `scheme`,
/// `round`, `proposal` or `application`; the journal of a case that is not there is empty.
pub async fn journal(
    app: &App,
    actor: &Actor,
    kind: &str,
    id: i64,
    page: PageRequest,
) -> Result<Page<JournalEntry>, Error> {
    actor.authorize(Action::ReadJournal)?;
    let kind = case_kind(kind)?;
    Ok(app.store.journal(kind, id, page).await?)
}

/// A case with a page of its journal (the secretariat), for the journal's page: the case
/// must be there.
pub async fn case_journal(
    app: &App,
    actor: &Actor,
    kind: &str,
    id: i64,
    page: PageRequest,
) -> Result<CaseJournal, Error> {
    actor.authorize(Action::ReadJournal)?;
    let kind = case_kind(kind)?;
    let case = match kind {
        CaseKind::Scheme => {
            JournalCase::Scheme(app.store.scheme(id).await?.ok_or(Error::NotFound)?)
        }
        CaseKind::Round => JournalCase::Round(app.store.round(id).await?.ok_or(Error::NotFound)?),
        CaseKind::Proposal => {
            JournalCase::Proposal(app.store.proposal(id).await?.ok_or(Error::NotFound)?)
        }
        CaseKind::Application => match app.store.application(id).await? {
            Some(application) => JournalCase::Application(Box::new(application)),
            None => JournalCase::DeletedApplication,
        },
        CaseKind::Barrier
        | CaseKind::Investigation
        | CaseKind::Network
        | CaseKind::Partner
        | CaseKind::Account
        | CaseKind::Invitation => JournalCase::Other(kind),
    };
    let entries = app.store.journal(kind, id, page).await?;
    // A deleted draft's journal stays readable; a case that never was is not found.
    if matches!(
        case,
        JournalCase::DeletedApplication | JournalCase::Other(_)
    ) && entries.total == 0
    {
        return Err(Error::NotFound);
    }
    let scheme_id = match &case {
        JournalCase::Scheme(s) => Some(s.id),
        JournalCase::Round(r) => Some(r.scheme_id),
        JournalCase::Proposal(p) => Some(p.scheme_id),
        JournalCase::Application(a) => Some(a.scheme_id),
        JournalCase::DeletedApplication | JournalCase::Other(_) => None,
    };
    let names = journal_names(app, scheme_id, &entries.items).await?;
    let country = match (&case, scheme_id) {
        (JournalCase::Scheme(s), _) => Some(s.country),
        (_, Some(scheme)) => app.store.scheme(scheme).await?.map(|s| s.country),
        (_, None) => None,
    };
    Ok(CaseJournal {
        case,
        entries,
        names,
        country,
    })
}
