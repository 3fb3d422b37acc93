//! Networks (issue 15, item 4): the secretariat's thematic networks of trials and
//! municipalities with a coordinator and reference groups, the guidance it writes for them
//! (articles and answered questions, every edit a new version), the learning log its
//! members keep, and the learning questions each trial answers in its reports.
//!
//! Every step asks `authz::network` with the network's facts ([`NetworkAccess`]): the
//! public reads the network with its public guidance and published entries; members read
//! what is private to it; members' users and the coordinator write in the log; the
//! coordinator and the secretariat moderate it and keep the reference groups; the
//! secretariat manages the network and writes guidance. Publishing an entry is its
//! author's alone (`network::check_publish`; another's is 403). A reply tells the entry's
//! author (`NotificationKind::LearningReply`).

use frirum_domain::Language;
use frirum_domain::authz::{self, Action, NetworkAction, NetworkFacts, TrialAction};
use frirum_domain::network::{
    self, Entry, GuidanceItem, GuidanceKind, GuidanceText, LearningQuestion, Member, Network,
    NetworkError, NetworkTrial, NewEntry, NewNetwork, NewReferenceMember, PublishedEntry,
    ReferenceMember, TagKind,
};
use frirum_domain::notification::NotificationKind;
use frirum_domain::report::{Report, ReportKind};
use frirum_domain::research::AssignmentScope;
use frirum_store::{EntryWrite, GuidanceWrite, NewTag};

use crate::notifications::{Message, send_message};
use crate::{Actor, App, Error};

/// A network with the facts the authorisation table decides on, and what the actor may do.
#[derive(Debug, Clone)]
pub struct NetworkAccess {
    pub network: Network,
    pub members: Vec<Member>,
    pub researcher_ids: Vec<i64>,
    pub rights: NetworkRights,
}

/// What the actor may do in a network, to show or hide what leads to it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NetworkRights {
    pub read_internal: bool,
    pub participate: bool,
    pub coordinate: bool,
    pub manage: bool,
}

impl NetworkAccess {
    fn allows(&self, actor: &Actor, action: NetworkAction) -> Result<(), authz::Denied> {
        let members: Vec<i64> = self.members.iter().map(|m| m.organisation_id).collect();
        authz::network(
            actor.viewer(),
            &NetworkFacts {
                member_organisation_ids: &members,
                coordinator_id: self.network.coordinator.as_ref().map(|c| c.user_id),
                researcher_ids: &self.researcher_ids,
            },
            action,
        )
    }
}

/// The network as the actor may act in it, after asking for `action`.
pub async fn access(
    app: &App,
    actor: &Actor,
    network_id: i64,
    action: NetworkAction,
) -> Result<NetworkAccess, Error> {
    let network = app
        .store
        .network(network_id)
        .await?
        .ok_or(Error::NotFound)?;
    let members = app.store.network_members(network_id).await?;
    let researcher_ids = app
        .store
        .scheme_research_assignments(network.scheme_id)
        .await?
        .into_iter()
        .filter(|a| {
            a.scope == AssignmentScope::Scheme
                || (a.scope == AssignmentScope::Theme && Some(a.scope_id) == network.theme_id)
        })
        .map(|a| a.user_id)
        .collect();
    let mut access = NetworkAccess {
        network,
        members,
        researcher_ids,
        rights: NetworkRights::default(),
    };
    let may = |a| access.allows(actor, a).is_ok();
    access.rights = NetworkRights {
        read_internal: may(NetworkAction::ReadInternal),
        participate: may(NetworkAction::Participate),
        coordinate: may(NetworkAction::Coordinate),
        manage: may(NetworkAction::Manage),
    };
    access.allows(actor, action)?;
    Ok(access)
}

/// Every network (everybody may read them).
pub async fn list(app: &App, _actor: &Actor) -> Result<Vec<Network>, Error> {
    Ok(app.store.networks().await?)
}

/// What can be tagged in a network's log: its trials, their indicators, and the
/// provisions their exemptions were granted from.
#[derive(Debug, Clone, Default)]
pub struct TagChoices {
    pub trials: Vec<(i64, String)>,
    /// (indicator id, trial id, title).
    pub indicators: Vec<(i64, i64, String)>,
    /// (provision id, citation).
    pub provisions: Vec<(i64, String)>,
}

/// The network page: the network, its people, trials, guidance and the log as the actor
/// may see them.
#[derive(Debug, Clone)]
pub struct NetworkPage {
    pub access: NetworkAccess,
    pub trials: Vec<NetworkTrial>,
    pub reference: Vec<ReferenceMember>,
    pub guidance: Vec<GuidanceItem>,
    pub entries: Vec<Entry>,
    pub choices: TagChoices,
    /// The signed-in actor, to mark their own entries.
    pub user_id: Option<i64>,
}

/// The network page's data: private entries and questions only for its members.
pub async fn page(app: &App, actor: &Actor, network_id: i64) -> Result<NetworkPage, Error> {
    let access = access(app, actor, network_id, NetworkAction::Read).await?;
    let internal = access.rights.read_internal;
    let trials = app.store.network_trials(network_id).await?;
    let reference = app.store.reference_members(network_id).await?;
    let guidance = app
        .store
        .network_guidance(network_id, access.network.scheme_id)
        .await?
        .into_iter()
        .filter(|g| internal || g.is_public())
        .collect();
    let entries = app
        .store
        .network_entries(network_id)
        .await?
        .into_iter()
        .filter(|e| internal || e.is_public())
        .collect();
    let choices = if access.rights.participate {
        tag_choices(app, &trials).await?
    } else {
        TagChoices::default()
    };
    Ok(NetworkPage {
        access,
        trials,
        reference,
        guidance,
        entries,
        choices,
        user_id: actor.user.as_ref().map(|u| u.id),
    })
}

async fn tag_choices(app: &App, trials: &[NetworkTrial]) -> Result<TagChoices, Error> {
    let mut choices = TagChoices::default();
    let mut provision_ids = Vec::new();
    for t in trials {
        choices.trials.push((t.trial_id, t.title.clone()));
        for ti in app.store.trial_indicators(t.trial_id).await? {
            choices.indicators.push((
                ti.indicator.id,
                t.trial_id,
                ti.indicator.definition.title.clone(),
            ));
        }
        if let Some(state) = app.store.trial_state(t.trial_id).await? {
            for x in &state.exemptions {
                provision_ids.extend(x.grant.provision_ids.iter().copied());
                provision_ids.extend(x.grant.requested_provision_id);
            }
        }
    }
    provision_ids.sort_unstable();
    provision_ids.dedup();
    for id in provision_ids {
        if let Some(label) = provision_label(app, id).await? {
            choices.provisions.push((id, label));
        }
    }
    Ok(choices)
}

/// A provision cited as its country's lawyers write it.
async fn provision_label(app: &App, id: i64) -> Result<Option<String>, Error> {
    let Some(p) = app.store.provision(id).await? else {
        return Ok(None);
    };
    Ok(Some(frirum_law::cite::provision_citation(
        p.jurisdiction,
        p.section.chapter.as_deref(),
        &p.section.label,
        &p.act_title,
        p.act_short_title.as_deref(),
    )))
}

/// Creates a network (the secretariat). The theme must be the scheme's, the trials the
/// scheme's, the organisations and the coordinator known (422 naming the field).
pub async fn create(app: &App, actor: &Actor, new: NewNetwork) -> Result<i64, Error> {
    actor.authorize(Action::ManageNetworks)?;
    let new = new.validate()?;
    let scheme = app
        .store
        .scheme(new.scheme_id)
        .await?
        .ok_or_else(|| Error::field("scheme_id", "no such scheme"))?;
    if let Some(theme) = new.theme_id {
        let themes = app.store.themes(scheme.id).await?;
        if !themes.iter().any(|t| t.id == theme) {
            return Err(Error::field("theme_id", "not a theme of the scheme"));
        }
    }
    check_links(app, scheme.id, &new.member_ids, &new.trial_ids).await?;
    if let Some(id) = new.coordinator_id {
        app.store
            .user(id)
            .await?
            .ok_or_else(|| Error::field("coordinator_id", "no such account"))?;
    }
    Ok(app.store.create_network(&new, actor.journal(None)).await?)
}

/// The coordinator by e-mail (empty: none) and the member organisations by name as the
/// scheme's country's registry knows them, for the secretariat's form; an unknown one is
/// 422 on `coordinator_email` or `members`.
pub async fn resolve_people(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    coordinator_email: &str,
    member_names: &[&str],
) -> Result<(Option<i64>, Vec<i64>), Error> {
    actor.authorize(Action::ManageNetworks)?;
    let scheme = app
        .store
        .scheme(scheme_id)
        .await?
        .ok_or_else(|| Error::field("scheme_id", "choose a scheme"))?;
    let coordinator = match coordinator_email.trim() {
        "" => None,
        email => Some(
            app.store
                .credentials(email)
                .await?
                .ok_or_else(|| Error::field("coordinator_email", "no such account"))?
                .user
                .id,
        ),
    };
    let mut members = Vec::new();
    for name in member_names {
        let found = crate::registry::find(app, scheme.country, name)
            .await?
            .ok_or_else(|| Error::field("members", format!("unknown organisation: {name}")))?;
        members.push(found.id);
    }
    Ok((coordinator, members))
}

async fn check_links(
    app: &App,
    scheme_id: i64,
    organisation_ids: &[i64],
    trial_ids: &[i64],
) -> Result<(), Error> {
    let known = app.store.organisation_refs(organisation_ids).await?;
    if let Some(id) = organisation_ids
        .iter()
        .find(|id| !known.iter().any(|o| o.id == **id))
    {
        return Err(Error::field(
            "organisation_ids",
            format!("no such organisation: {id}"),
        ));
    }
    for id in trial_ids {
        let trial = app.store.trial(*id).await?;
        if trial.is_none_or(|t| t.scheme_id != scheme_id) {
            return Err(Error::field(
                "trial_ids",
                format!("not a trial of the scheme: {id}"),
            ));
        }
    }
    Ok(())
}

/// Replaces a network's member organisations and trials (the secretariat).
pub async fn set_members(
    app: &App,
    actor: &Actor,
    network_id: i64,
    mut organisation_ids: Vec<i64>,
    mut trial_ids: Vec<i64>,
) -> Result<(), Error> {
    let access = access(app, actor, network_id, NetworkAction::Manage).await?;
    organisation_ids.sort_unstable();
    organisation_ids.dedup();
    trial_ids.sort_unstable();
    trial_ids.dedup();
    check_links(app, access.network.scheme_id, &organisation_ids, &trial_ids).await?;
    Ok(app
        .store
        .set_network_members(
            network_id,
            &organisation_ids,
            &trial_ids,
            actor.journal(None),
        )
        .await?)
}

/// Adds a member to a reference group (the coordinator or the secretariat).
pub async fn add_reference_member(
    app: &App,
    actor: &Actor,
    network_id: i64,
    member: NewReferenceMember,
) -> Result<i64, Error> {
    access(app, actor, network_id, NetworkAction::Coordinate).await?;
    let member = member.validate()?;
    Ok(app
        .store
        .add_reference_member(network_id, &member, actor.journal(None))
        .await?)
}

/// Takes a member out of a reference group (the coordinator or the secretariat).
pub async fn remove_reference_member(
    app: &App,
    actor: &Actor,
    network_id: i64,
    member_id: i64,
) -> Result<(), Error> {
    access(app, actor, network_id, NetworkAction::Coordinate).await?;
    Ok(app
        .store
        .remove_reference_member(network_id, member_id, actor.journal(None))
        .await?)
}

// --- Guidance ------------------------------------------------------------------------------

/// Writes an article for the network, or for every network of its scheme (`for_scheme`):
/// the secretariat.
pub async fn write_article(
    app: &App,
    actor: &Actor,
    network_id: i64,
    text: GuidanceText,
    for_scheme: bool,
) -> Result<i64, Error> {
    let access = access(app, actor, network_id, NetworkAction::Manage).await?;
    let text = text.validate(false)?;
    Ok(app
        .store
        .add_guidance(
            &GuidanceWrite {
                scheme_id: access.network.scheme_id,
                network_id: (!for_scheme).then_some(network_id),
                kind: GuidanceKind::Article,
                question: None,
                text: Some(&text),
            },
            actor.journal(None),
        )
        .await?)
}

/// A guidance item of a network as the actor may read it: NotFound when it is not the
/// network's (or its scheme's), or private to a network the actor is not in.
pub async fn guidance_item(
    app: &App,
    actor: &Actor,
    network_id: i64,
    item_id: i64,
) -> Result<(NetworkAccess, GuidanceItem), Error> {
    let access = access(app, actor, network_id, NetworkAction::Read).await?;
    let item = app
        .store
        .guidance_item(item_id)
        .await?
        .filter(|g| {
            g.network_id == Some(network_id)
                || (g.network_id.is_none() && g.scheme_id == access.network.scheme_id)
        })
        .filter(|g| access.rights.read_internal || g.is_public())
        .ok_or(Error::NotFound)?;
    Ok((access, item))
}

/// Edits an article or an answer: a new version with the reason (the secretariat), and
/// whether an answered question is public.
pub async fn edit_guidance(
    app: &App,
    actor: &Actor,
    network_id: i64,
    item_id: i64,
    text: GuidanceText,
    public: bool,
) -> Result<i64, Error> {
    let (access, item) = guidance_item(app, actor, network_id, item_id).await?;
    access.allows(actor, NetworkAction::Manage)?;
    let edit = item.answered();
    let text = text.validate(edit)?;
    let public = item.kind == GuidanceKind::Article || public;
    Ok(app
        .store
        .add_guidance_version(
            item_id,
            &text,
            public,
            actor.journal(text.reason.as_deref()),
        )
        .await?)
}

/// Asks the secretariat a question (a member's user or the coordinator); the secretariat
/// is told.
pub async fn ask(app: &App, actor: &Actor, network_id: i64, question: &str) -> Result<i64, Error> {
    let access = access(app, actor, network_id, NetworkAction::Participate).await?;
    let question = network::check_question(question)?;
    let id = app
        .store
        .add_guidance(
            &GuidanceWrite {
                scheme_id: access.network.scheme_id,
                network_id: Some(network_id),
                kind: GuidanceKind::Question,
                question: Some(&question),
                text: None,
            },
            actor.journal(None),
        )
        .await?;
    let people = app
        .store
        .users_in_role(authz::SECRETARIAT)
        .await
        .map_err(Error::from);
    let asker = actor
        .user
        .as_ref()
        .map(|u| u.name.clone())
        .unwrap_or_default();
    let network_name = access.network.name.clone();
    let args = move |_: Language| {
        vec![
            ("name", asker.clone().into()),
            ("network", network_name.clone().into()),
        ]
    };
    let message = Message {
        kind: NotificationKind::NetworkQuestionAsked,
        scheme_id: access.network.scheme_id,
        application_id: None,
        link: format!("/networks/{network_id}/guidance/{id}"),
        title_id: "network-notify-question-title",
        body_id: "network-notify-question-body",
        args: &args,
    };
    let except = actor.user.as_ref().map(|u| u.id);
    send_message(app, actor.now, &message, people, except).await;
    Ok(id)
}

/// Answers a question (the secretariat): its first version; `public` publishes it beyond
/// the network. A question answered already is 409 (later changes are edits).
pub async fn answer(
    app: &App,
    actor: &Actor,
    network_id: i64,
    item_id: i64,
    text: GuidanceText,
    public: bool,
) -> Result<i64, Error> {
    let (access, item) = guidance_item(app, actor, network_id, item_id).await?;
    access.allows(actor, NetworkAction::Manage)?;
    if item.kind != GuidanceKind::Question {
        return Err(Error::NotFound);
    }
    if item.answered() {
        return Err(Error::rule(NetworkError::AlreadyAnswered));
    }
    let text = text.validate(false)?;
    Ok(app
        .store
        .add_guidance_version(item_id, &text, public, actor.journal(None))
        .await?)
}

// --- The learning log ------------------------------------------------------------------------

/// Writes an entry in the log (a member's user or the coordinator), private to the network
/// until its author publishes it. Tags must be the network's trials, their indicators and
/// catalogue provisions (422 `not_in_network` naming the field).
pub async fn write_entry(
    app: &App,
    actor: &Actor,
    network_id: i64,
    entry: NewEntry,
) -> Result<i64, Error> {
    access(app, actor, network_id, NetworkAction::Participate).await?;
    let user = actor.user.as_ref().ok_or(Error::Unauthenticated)?;
    let entry = entry.validate()?;
    let trials = app.store.network_trials(network_id).await?;
    let mut tags = Vec::new();
    for (kind, id) in entry.tags() {
        let outside = NetworkError::NotInNetwork {
            field: match kind {
                TagKind::Trial => "trial_ids",
                TagKind::Indicator => "indicator_ids",
                TagKind::Provision => "provision_ids",
            },
            id,
        };
        let tag = match kind {
            TagKind::Trial => trials.iter().find(|t| t.trial_id == id).map(|t| NewTag {
                kind,
                id,
                label: t.title.clone(),
                trial_id: None,
            }),
            TagKind::Indicator => {
                let mut found = None;
                for t in &trials {
                    if let Some(ti) = app
                        .store
                        .trial_indicators(t.trial_id)
                        .await?
                        .into_iter()
                        .find(|ti| ti.indicator.id == id)
                    {
                        found = Some(NewTag {
                            kind,
                            id,
                            label: ti.indicator.definition.title,
                            trial_id: Some(t.trial_id),
                        });
                        break;
                    }
                }
                found
            }
            TagKind::Provision => provision_label(app, id).await?.map(|label| NewTag {
                kind,
                id,
                label,
                trial_id: None,
            }),
        };
        tags.push(tag.ok_or_else(|| Error::rule(outside))?);
    }
    Ok(app
        .store
        .add_entry(
            &EntryWrite {
                network_id,
                author_id: user.id,
                title: &entry.title,
                tried: &entry.tried,
                learned: &entry.learned,
                differently: &entry.differently,
                tags: &tags,
            },
            actor.journal(None),
        )
        .await?)
}

/// Resolves a citation typed in the entry form ("§ 140 i lov om social service") to a
/// catalogue provision of the network's country; 422 on `provision_citation` if none.
pub async fn cite_provision(
    app: &App,
    actor: &Actor,
    network_id: i64,
    citation: &str,
) -> Result<i64, Error> {
    let access = access(app, actor, network_id, NetworkAction::Participate).await?;
    let jurisdiction = access
        .network
        .country
        .as_str()
        .parse()
        .map_err(|_| Error::field("provision_citation", "no law for this country"))?;
    let found = app
        .rule_finder
        .cite(&*app.store, jurisdiction, citation)
        .await?;
    found
        .into_iter()
        .find_map(|c| c.provision_id)
        .ok_or_else(|| Error::field("provision_citation", "no provision found for the citation"))
}

/// One entry of a network as the actor may read it: private entries only for members.
async fn readable_entry(
    app: &App,
    actor: &Actor,
    network_id: i64,
    entry_id: i64,
    action: NetworkAction,
) -> Result<(NetworkAccess, Entry), Error> {
    let access = access(app, actor, network_id, action).await?;
    let entry = app
        .store
        .entry(entry_id)
        .await?
        .filter(|e| e.network_id == network_id)
        .filter(|e| access.rights.read_internal || e.is_public())
        .ok_or(Error::NotFound)?;
    Ok((access, entry))
}

/// Publishes one's own entry: it becomes public on the network page and on the pages of
/// the trials it is tagged to. Another author's entry is 403; a published one 409.
pub async fn publish(
    app: &App,
    actor: &Actor,
    network_id: i64,
    entry_id: i64,
) -> Result<(), Error> {
    let user = actor.user.as_ref().ok_or(Error::Unauthenticated)?;
    let (_, entry) = readable_entry(app, actor, network_id, entry_id, NetworkAction::Read).await?;
    match network::check_publish(&entry, user.id) {
        Ok(()) => {}
        Err(NetworkError::NotAuthor) => return Err(Error::Forbidden),
        Err(e) => return Err(Error::rule(e)),
    }
    if !app
        .store
        .publish_entry(entry_id, actor.journal(None))
        .await?
    {
        return Err(Error::rule(NetworkError::AlreadyPublished));
    }
    Ok(())
}

/// A reply saved: its id, and whether the entry's author was told (not when the author
/// replied to their own entry).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Replied {
    pub id: i64,
    pub author_told: bool,
}

/// Replies to an entry (a member's user or the coordinator); its author is told unless
/// the author is the one replying.
pub async fn reply(
    app: &App,
    actor: &Actor,
    network_id: i64,
    entry_id: i64,
    body: &str,
) -> Result<Replied, Error> {
    let (access, entry) =
        readable_entry(app, actor, network_id, entry_id, NetworkAction::Participate).await?;
    let user = actor.user.as_ref().ok_or(Error::Unauthenticated)?;
    let body = network::check_reply(body)?;
    let id = app
        .store
        .add_reply(entry_id, user.id, &body, actor.journal(None))
        .await?;
    let author = app.store.user(entry.author.user_id).await;
    let replier = user.name.clone();
    let title = entry.title.clone();
    let network_name = access.network.name.clone();
    let args = move |_: Language| {
        vec![
            ("name", replier.clone().into()),
            ("title", title.clone().into()),
            ("network", network_name.clone().into()),
        ]
    };
    let message = Message {
        kind: NotificationKind::LearningReply,
        scheme_id: access.network.scheme_id,
        application_id: None,
        link: format!("/networks/{network_id}#entry-{entry_id}"),
        title_id: "network-notify-reply-title",
        body_id: "network-notify-reply-body",
        args: &args,
    };
    let author_told = entry.author.user_id != user.id;
    if author_told {
        let people = author.map(|u| u.into_iter().collect()).map_err(Error::from);
        send_message(app, actor.now, &message, people, Some(user.id)).await;
    }
    Ok(Replied { id, author_told })
}

/// Hides an entry from the log (the coordinator or the secretariat), with a reason.
pub async fn hide_entry(
    app: &App,
    actor: &Actor,
    network_id: i64,
    entry_id: i64,
    reason: &str,
) -> Result<(), Error> {
    readable_entry(app, actor, network_id, entry_id, NetworkAction::Coordinate).await?;
    Ok(app
        .store
        .hide_entry(entry_id, actor.journal(Some(reason)))
        .await?)
}

/// Hides a reply (the coordinator or the secretariat).
pub async fn hide_reply(
    app: &App,
    actor: &Actor,
    network_id: i64,
    entry_id: i64,
    reply_id: i64,
) -> Result<(), Error> {
    readable_entry(app, actor, network_id, entry_id, NetworkAction::Coordinate).await?;
    Ok(app
        .store
        .hide_reply(entry_id, reply_id, actor.journal(None))
        .await?)
}

// --- Learning questions ------------------------------------------------------------------------

/// A trial's learning questions: the stored ones, or, before any are stored, those split
/// from its application's learning goals (suggested, not yet saved).
#[derive(Debug, Clone)]
pub struct TrialQuestions {
    pub trial_id: i64,
    pub trial_title: String,
    pub questions: Vec<LearningQuestion>,
    /// Split from the learning goals while none are stored.
    pub suggested: Vec<String>,
    pub learning_goals: String,
    /// Whether the actor may change them now (a participant, before the first report).
    pub editable: bool,
}

/// The learning questions of a trial (everybody who may read the trial).
pub async fn questions(app: &App, actor: &Actor, trial_id: i64) -> Result<TrialQuestions, Error> {
    let access = crate::trials::access(app, actor, trial_id, TrialAction::Read).await?;
    let questions = app.store.learning_questions(trial_id).await?;
    let learning_goals = app
        .store
        .application(access.trial.application_id)
        .await?
        .map(|a| a.content.learning_goals)
        .unwrap_or_default();
    let suggested = if questions.is_empty() {
        network::split_learning_goals(&learning_goals)
    } else {
        Vec::new()
    };
    let editable = access.rights.report && !has_reported(app, trial_id).await?;
    Ok(TrialQuestions {
        trial_id,
        trial_title: access.trial.title.clone(),
        questions,
        suggested,
        learning_goals,
        editable,
    })
}

async fn has_reported(app: &App, trial_id: i64) -> Result<bool, Error> {
    Ok(app
        .store
        .trial_reports(trial_id)
        .await?
        .iter()
        .any(|r| r.submitted_at.is_some()))
}

/// Sets a trial's learning questions, one per line (a participant, before the trial's
/// first report is sent: 409 `learning_questions_fixed` after).
pub async fn set_questions(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    text: &str,
) -> Result<(), Error> {
    crate::trials::access(app, actor, trial_id, TrialAction::Report).await?;
    let questions = network::check_questions(text)?;
    if has_reported(app, trial_id).await? {
        return Err(Error::rule(NetworkError::QuestionsFixed));
    }
    Ok(app
        .store
        .set_learning_questions(trial_id, &questions, actor.journal(None))
        .await?)
}

/// A report's section of learning questions, each with its answer.
#[derive(Debug, Clone, Default)]
pub struct ReportLearning {
    pub questions: Vec<(LearningQuestion, String)>,
    /// A final report must answer every question.
    pub required: bool,
}

impl ReportLearning {
    /// Puts typed answers in place of the stored ones (a refused form shown again).
    pub fn with_answers(mut self, answers: &[(i64, String)]) -> Self {
        for (q, a) in &mut self.questions {
            if let Some((_, typed)) = answers.iter().find(|(id, _)| *id == q.id) {
                a.clone_from(typed);
            }
        }
        self
    }
}

/// The learning questions of a report's trial with the report's answers.
pub async fn report_learning(app: &App, report: &Report) -> Result<ReportLearning, Error> {
    let questions = app.store.learning_questions(report.trial_id).await?;
    let answers = app.store.report_learning_answers(report.id).await?;
    Ok(ReportLearning {
        questions: questions
            .into_iter()
            .map(|q| {
                let answer = answers
                    .iter()
                    .find(|(id, _)| *id == q.id)
                    .map(|(_, a)| a.clone())
                    .unwrap_or_default();
                (q, answer)
            })
            .collect(),
        required: report.kind == ReportKind::Final,
    })
}

/// Saves a report's answers (a participant, while the report awaits its writers).
/// Answers to questions the trial does not have are left out.
pub async fn save_answers(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    report_id: i64,
    answers: &[(i64, String)],
) -> Result<(), Error> {
    crate::trials::access(app, actor, trial_id, TrialAction::Report).await?;
    let report = app
        .store
        .report(report_id)
        .await?
        .filter(|r| r.trial_id == trial_id)
        .ok_or(Error::NotFound)?;
    report.status.check_editable().map_err(Error::rule)?;
    let questions = app.store.learning_questions(trial_id).await?;
    let mut kept = Vec::new();
    for (id, answer) in answers {
        if questions.iter().any(|q| q.id == *id) {
            let answer = answer.trim().to_owned();
            frirum_domain::text::check_text(&format!("answer_{id}"), &answer, network::MAX_TEXT)?;
            kept.push((*id, answer));
        }
    }
    Ok(app.store.save_learning_answers(report_id, &kept).await?)
}

/// Before a final report is submitted: every learning question answered (422
/// `learning_answer_required` naming the first blank one).
pub async fn check_submission(app: &App, report: &Report) -> Result<(), Error> {
    if report.kind != ReportKind::Final {
        return Ok(());
    }
    let questions = app.store.learning_questions(report.trial_id).await?;
    let answers = app.store.report_learning_answers(report.id).await?;
    network::check_final_answers(&questions, &answers).map_err(Error::rule)
}

/// The trial page's part: the published entries tagged to the trial and its learning
/// questions.
#[derive(Debug, Clone, Default)]
pub struct TrialLearning {
    /// The networks the trial is in: (id, name).
    pub networks: Vec<(i64, String)>,
    pub entries: Vec<PublishedEntry>,
    pub questions: Vec<LearningQuestion>,
    /// Whether the actor may change the questions (a participant).
    pub may_edit_questions: bool,
}

/// The trial page's learning section.
pub async fn for_trial(
    app: &App,
    access: &crate::trials::TrialAccess,
) -> Result<TrialLearning, Error> {
    let trial_id = access.trial.id;
    let mut networks = Vec::new();
    for n in app.store.networks().await? {
        if n.scheme_id == access.trial.scheme_id
            && app
                .store
                .network_trials(n.id)
                .await?
                .iter()
                .any(|t| t.trial_id == trial_id)
        {
            networks.push((n.id, n.name));
        }
    }
    Ok(TrialLearning {
        networks,
        entries: app.store.published_entries_of_trial(trial_id).await?,
        questions: app.store.learning_questions(trial_id).await?,
        may_edit_questions: access.rights.report,
    })
}

/// One entry of the log as the actor may read it (private ones only for members).
pub async fn entry(
    app: &App,
    actor: &Actor,
    network_id: i64,
    entry_id: i64,
) -> Result<Entry, Error> {
    Ok(
        readable_entry(app, actor, network_id, entry_id, NetworkAction::Read)
            .await?
            .1,
    )
}
