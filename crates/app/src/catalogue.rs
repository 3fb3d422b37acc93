//! The law catalogue as people use it, for the pages and the API alike: searching its
//! provisions, reading an act or a provision (with how many applications asked exemption
//! from it and those the actor may see), suggestions from a plain description or from an
//! application's own words and clarification thread, citations in a text, and linking a
//! suggested provision to an application's requested exemptions. Each use case asks the
//! authorisation table first; the engine they run on, the rule finder, is [`crate::law`].

use frirum_domain::application::{
    Application, ApplicationContent, ApplicationStatus, ExemptionScope, RequestedExemption,
};
use frirum_domain::authz::{self, Action, ApplicationAction};
use frirum_domain::exemptibility::{self, NotExemptible};
use frirum_domain::law::Jurisdiction;
use frirum_domain::{Page, PageRequest};
use frirum_law::search::SearchQuery;
use frirum_store::law::{StoredAct, StoredProvision};
use frirum_store::{ApplicationFilter, ApplicationSummary};

use crate::applications::{self, Case};
use crate::law::{FoundProvision, ResolvedCitation, RuleFinderError, Suggestion};
use crate::{Actor, App, Error, review};

/// How many suggestions the rule finder's form and an application's suggestions show.
const SUGGESTIONS: usize = 10;
/// How many search hits the rule finder's form shows.
const HITS: usize = 20;
/// How many of the applications that asked exemption from a provision are listed with it.
const REQUESTING: u32 = 50;

/// A keyword search of the catalogue's provisions, best first.
pub async fn search(
    app: &App,
    actor: &Actor,
    query: &SearchQuery,
) -> Result<Vec<FoundProvision>, Error> {
    actor.authorize(Action::UseRuleFinder)?;
    Ok(app.rule_finder.search(&*app.store, query).await?)
}

/// The provisions that probably stand in the way of an idea described in plain words, best
/// first, each with its reasons. A text with no words to go on is an empty query.
pub async fn suggest(
    app: &App,
    actor: &Actor,
    jurisdiction: Jurisdiction,
    text: &str,
    limit: usize,
) -> Result<Vec<Suggestion>, Error> {
    actor.authorize(Action::UseRuleFinder)?;
    Ok(app
        .rule_finder
        .suggest(&*app.store, jurisdiction, text, limit)
        .await?)
}

/// The citations in a text, resolved against the catalogue where it has the act and the
/// provision cited. A text longer than the server reads is refused, not cut: citations past
/// the cut would be missing without a word.
pub async fn cite(
    app: &App,
    actor: &Actor,
    jurisdiction: Jurisdiction,
    text: &str,
) -> Result<Vec<ResolvedCitation>, Error> {
    actor.authorize(Action::UseRuleFinder)?;
    frirum_domain::text::check_text("text", text, crate::law::MAX_TEXT_CHARS)
        .map_err(Error::Field)?;
    Ok(app
        .rule_finder
        .cite(&*app.store, jurisdiction, text)
        .await?)
}

/// An act of the catalogue with its provisions in order.
#[derive(Debug, Clone)]
pub struct ActWithProvisions {
    pub act: StoredAct,
    pub provisions: Vec<StoredProvision>,
}

/// One act with its provisions, known by the catalogue's id or by its official identifier
/// in any jurisdiction (`LOV-1999-03-26-17`, `lta/2024/62`, `2017:725`).
pub async fn act(app: &App, actor: &Actor, id: &str) -> Result<ActWithProvisions, Error> {
    actor.authorize(Action::UseRuleFinder)?;
    let act = find_act(app, id).await?;
    let provisions = app.store.provisions_of_act(act.id).await?;
    Ok(ActWithProvisions { act, provisions })
}

/// A number is the catalogue's id (and nothing else); any other text an official
/// identifier, tried in each jurisdiction.
async fn find_act(app: &App, id: &str) -> Result<StoredAct, Error> {
    if let Ok(n) = id.parse::<i64>() {
        return app.store.act(n).await?.ok_or(Error::NotFound);
    }
    for jurisdiction in Jurisdiction::ALL {
        if let Some(act) = app.store.act_by_official_id(jurisdiction, id).await? {
            return Ok(act);
        }
    }
    Err(Error::NotFound)
}

/// A provision with what this platform knows about it.
#[derive(Debug, Clone)]
pub struct ProvisionDetail {
    pub provision: StoredProvision,
    /// Its act; always there while the catalogue is whole.
    pub act: Option<StoredAct>,
    /// How many submitted applications asked exemption from it.
    pub requested_by: u64,
    /// The first of those applications that the actor may see.
    pub applications: Vec<ApplicationSummary>,
    /// Why the scheme's law puts it beyond a trial, if it does.
    pub not_exemptible: Option<NotExemptible>,
}

/// One provision with its act, how many submitted applications asked exemption from it,
/// and those of them the actor may see: the platform's own evidence that the rule is in
/// the way.
pub async fn provision(app: &App, actor: &Actor, id: i64) -> Result<ProvisionDetail, Error> {
    actor.authorize(Action::UseRuleFinder)?;
    let provision = app.store.provision(id).await?.ok_or(Error::NotFound)?;
    let act = app.store.act(provision.act_id).await?;
    let requested_by = app
        .store
        .exemption_counts(&[id])
        .await?
        .get(&id)
        .copied()
        .unwrap_or(0);
    let filter = applications::visible_filter(
        actor,
        ApplicationFilter {
            provision_id: Some(id),
            ..Default::default()
        },
    );
    let first = PageRequest {
        page: 1,
        per_page: REQUESTING,
    };
    let applications: Page<ApplicationSummary> =
        app.store.list_applications(&filter, first).await?;
    let not_exemptible = exemptibility::not_exemptible(
        provision.jurisdiction,
        &provision.act_official_id,
        &provision.act_title,
    );
    Ok(ProvisionDetail {
        provision,
        act,
        requested_by,
        applications: applications.items,
        not_exemptible,
    })
}

/// What the rule finder's form asks: suggestions for a description of an idea in a
/// country's law, and a search for words. Either may be empty.
#[derive(Debug, Clone, Copy)]
pub struct FinderRequest<'a> {
    pub description: &'a str,
    pub words: &'a str,
    pub jurisdiction: Option<Jurisdiction>,
}

/// Why the rule finder's form found less than it was asked for, for the actor to mend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinderHint {
    /// The description or the words held nothing to search for.
    NoWords,
    /// Suggestions need the country whose law the idea meets.
    ChooseCountry,
}

/// The country whose law the rule finder looks in when the actor chose none: their
/// organisation's, else the one their language is spoken in (English names none).
pub fn default_jurisdiction(actor: &Actor) -> Option<Jurisdiction> {
    use frirum_domain::{Country, Language};
    let country = match actor.user.as_ref().and_then(|u| u.organisation.as_ref()) {
        Some(org) => Some(org.country),
        None => match actor.lang {
            Language::Nb | Language::Nn => Some(Country::No),
            Language::Da => Some(Country::Dk),
            Language::Sv => Some(Country::Se),
            Language::En => None,
        },
    };
    country.map(Jurisdiction::from)
}

/// What the rule finder's form found.
#[derive(Debug, Clone)]
pub struct Finding {
    pub suggestions: Vec<Suggestion>,
    pub hits: Vec<FoundProvision>,
    /// Set by the last part that could not be done.
    pub hint: Option<FinderHint>,
    /// How many provisions the index holds.
    pub indexed: u64,
}

/// The rule finder's form: suggestions for the description (which need a country) and
/// hits for the words among the law in force. A part with nothing to search for is left
/// out with a hint, not refused.
pub async fn find(app: &App, actor: &Actor, request: FinderRequest<'_>) -> Result<Finding, Error> {
    actor.authorize(Action::UseRuleFinder)?;
    let mut finding = Finding {
        suggestions: Vec::new(),
        hits: Vec::new(),
        hint: None,
        indexed: app.rule_finder.indexed(),
    };
    if !request.description.trim().is_empty() {
        match request.jurisdiction {
            Some(j) => {
                match app
                    .rule_finder
                    .suggest(&*app.store, j, request.description, SUGGESTIONS)
                    .await
                {
                    Ok(found) => finding.suggestions = found,
                    Err(RuleFinderError::EmptyQuery) => finding.hint = Some(FinderHint::NoWords),
                    Err(e) => return Err(e.into()),
                }
            }
            None => finding.hint = Some(FinderHint::ChooseCountry),
        }
    }
    if !request.words.trim().is_empty() {
        let search = SearchQuery {
            text: request.words.to_owned(),
            jurisdiction: request.jurisdiction,
            kind: None,
            in_force_only: true,
            limit: HITS,
        };
        match app.rule_finder.search(&*app.store, &search).await {
            Ok(found) => finding.hits = found,
            Err(RuleFinderError::EmptyQuery) => finding.hint = Some(FinderHint::NoWords),
            Err(e) => return Err(e.into()),
        }
    }
    Ok(finding)
}

/// An application whose requested exemptions the actor may change now, with the
/// provisions its own words suggest (those it already asks exemption from marked).
#[derive(Debug, Clone)]
pub struct ApplicationSuggestions {
    pub application: Application,
    pub suggestions: Vec<Suggestion>,
}

/// Suggestions from the application's own text (and, during a clarification, from the
/// questions and answers, which often name the rules better than the application did),
/// the provisions it already links marked as such. `None` when the actor may not change its
/// requested exemptions now.
pub async fn application_suggestions(
    app: &App,
    actor: &Actor,
    id: i64,
) -> Result<Option<ApplicationSuggestions>, Error> {
    let Some(case) = amendable(app, actor, id).await? else {
        return Ok(None);
    };
    let mut text = application_text(&case.application.content);
    if case.application.status == ApplicationStatus::Submitted {
        let (_, thread, _) = review::thread(app, actor, id).await?;
        for c in thread {
            text.push_str("\n\n");
            text.push_str(&c.question);
            if let Some(answer) = &c.answer {
                text.push_str("\n\n");
                text.push_str(answer);
            }
        }
    }
    let linked: Vec<i64> = case
        .application
        .content
        .exemptions
        .iter()
        .filter_map(|e| e.provision_id)
        .collect();
    let suggestions = if text.trim().is_empty() {
        Vec::new()
    } else {
        match app
            .rule_finder
            .suggest(&*app.store, case.scheme.country.into(), &text, SUGGESTIONS)
            .await
        {
            Ok(found) => found,
            Err(RuleFinderError::EmptyQuery) => Vec::new(),
            Err(e) => return Err(e.into()),
        }
    };
    Ok(Some(ApplicationSuggestions {
        application: case.application,
        // A provision the application already asks for stays in the list, marked, so that
        // the applicant sees the finder agrees rather than wonders where it went.
        suggestions: suggestions
            .into_iter()
            .map(|mut s| {
                s.in_application = linked.contains(&s.provision.id);
                s
            })
            .collect(),
    }))
}

/// Where a linked provision went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Linked {
    /// Into the draft, saved.
    Draft,
    /// Into a submitted application, as an amendment during its clarification that the
    /// journal keeps with its reason.
    Amendment,
}

/// Adds a provision as a requested exemption, with its citation as the reference (once: a
/// provision already linked is not added again): to the draft, or, during a
/// clarification, as an amendment of the submitted application whose reason, in the
/// actor's language, names the provision. `version` is the one the actor started from.
pub async fn link_provision(
    app: &App,
    actor: &Actor,
    id: i64,
    provision_id: i64,
    version: i64,
) -> Result<Linked, Error> {
    let Some(case) = amendable(app, actor, id).await? else {
        return Err(Error::NoOpenClarification);
    };
    let provision = app
        .store
        .provision(provision_id)
        .await?
        .ok_or_else(|| Error::field("provision_id", "no such provision"))?;
    let mut content = case.application.content.clone();
    let act = provision
        .act_short_title
        .clone()
        .unwrap_or_else(|| provision.act_title.clone());
    let reference = format!("{act} {}", provision.section.label);
    if !content
        .exemptions
        .iter()
        .any(|e| e.provision_id == Some(provision.id))
    {
        content.exemptions.push(RequestedExemption {
            scope: ExemptionScope::Provision,
            reference: reference.clone(),
            provision_id: Some(provision.id),
            ..Default::default()
        });
    }
    if case.application.status == ApplicationStatus::Submitted {
        let reason = app.i18n.t_args(
            actor.lang,
            "clarification-linked-reason",
            &[("provision", reference.into())],
        );
        review::amend(app, actor, id, version, content.exemptions, &reason).await?;
        return Ok(Linked::Amendment);
    }
    let members = case.member_references();
    applications::save_draft(app, actor, id, version, &members, content).await?;
    Ok(Linked::Draft)
}

/// Loads an application whose requested exemptions the actor may change now: a draft for
/// the lead organisation's users, or a submitted application during an open clarification
/// for them and the secretariat. `Ok(None)`: nothing to change here now.
async fn amendable(app: &App, actor: &Actor, id: i64) -> Result<Option<Case>, Error> {
    let case = applications::application_for(app, actor, id, ApplicationAction::Read).await?;
    let members: Vec<i64> = case.application.members.iter().map(|m| m.id).collect();
    let submitted = case.application.status == ApplicationStatus::Submitted;
    let action = if submitted {
        ApplicationAction::AmendExemptions
    } else {
        ApplicationAction::Edit
    };
    authz::application(
        actor.viewer(),
        &case.facts(&members, &[], actor.now),
        action,
    )?;
    let open = match case.application.status {
        ApplicationStatus::Draft => true,
        ApplicationStatus::Submitted => review::can_amend(app, actor, &case).await?,
        ApplicationStatus::Withdrawn => false,
    };
    Ok(open.then_some(case))
}

/// The application's own words, for suggestions: what it wants to do and what stops it.
fn application_text(content: &ApplicationContent) -> String {
    let mut parts = vec![
        content.title.as_str(),
        content.summary.as_str(),
        content.description.as_str(),
        content.unknown_rules_obstacle.as_str(),
    ];
    for e in &content.exemptions {
        parts.push(&e.reference);
        parts.push(&e.desired_change);
        parts.push(&e.justification);
    }
    parts.retain(|p| !p.trim().is_empty());
    parts.join("\n\n")
}

#[cfg(test)]
mod default_country_tests {
    use super::*;
    use frirum_domain::Language;

    /// Someone without an organisation finds the law of the country their language is
    /// spoken in; English chooses none.
    #[test]
    fn the_language_names_the_country_without_an_organisation() {
        let now = time::OffsetDateTime::UNIX_EPOCH;
        let of = |lang| default_jurisdiction(&Actor::public(lang, now));
        assert_eq!(
            of(Language::Nn),
            Some(Jurisdiction::from(frirum_domain::Country::No))
        );
        assert_eq!(
            of(Language::Da),
            Some(Jurisdiction::from(frirum_domain::Country::Dk))
        );
        assert_eq!(
            of(Language::Sv),
            Some(Jurisdiction::from(frirum_domain::Country::Se))
        );
        assert_eq!(of(Language::En), None);
    }
}
