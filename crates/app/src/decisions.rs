//! Deciding applications, shared by the pages and the API: what the decision form needs to
//! know (the rules the application was submitted under, the screening's conflicts, what
//! each requested exemption may be narrowed to and the provisions to tick), the checks in
//! the domain's order, and the store's one conditional write; then reading what was
//! decided, as everybody may: a decision with the provisions its grants name, its letter,
//! the published list (and the feed's), and the trial that approval created. The web parses
//! and renders; this module decides in which order things happen.

use frirum_domain::authz::{Action, ApplicationAction};
use frirum_domain::decision::{
    Decision, DecisionDraft, DecisionError, DecisionSummary, GrantedExemption, NarrowingScope,
    NewDecision, ProvisionFacts, Trial, narrowing_scope,
};
use frirum_domain::scheme::Rules;
use frirum_domain::{Page, PageRequest};
use frirum_store::StoreError;
use frirum_store::law::StoredProvision;

use crate::Actor;
use crate::App;
use crate::Error;
use crate::applications::{self, Case};

/// Everything a decision on one application is checked against.
pub struct DecisionBasis {
    pub case: Case,
    /// The rules version the application was submitted under.
    pub rules: Rules,
    /// The screening items recorded as a conflict: each refuses approval.
    pub conflicts: Vec<String>,
    /// For each requested exemption, what a grant may be narrowed to.
    pub scopes: Vec<NarrowingScope>,
    /// The decision already made, if any.
    pub decision: Option<Decision>,
}

/// Loads what the secretariat decides on, checking the right to decide.
pub async fn basis(app: &App, actor: &Actor, application_id: i64) -> Result<DecisionBasis, Error> {
    actor.authorize(Action::DecideApplications)?;
    let case =
        applications::application_for(app, actor, application_id, ApplicationAction::Read).await?;
    let rules = applications::rules_of(app, &case.application, &case.scheme).await?;
    let conflicts = screening_conflicts(app, &case).await?;
    let scopes = narrowing_scopes(app, &case).await?;
    let decision = app.store.decision(application_id).await?;
    Ok(DecisionBasis {
        case,
        rules,
        conflicts,
        scopes,
        decision,
    })
}

/// The decision form: what the decision is checked against and, per requested exemption in
/// order, the provisions of the act it names that a grant can be narrowed to by ticking
/// them (none for an exemption that names a provision or a policy area).
pub struct DecisionForm {
    pub basis: DecisionBasis,
    pub choices: Vec<Vec<StoredProvision>>,
}

/// Loads the decision form, checking the right to decide.
pub async fn form(app: &App, actor: &Actor, application_id: i64) -> Result<DecisionForm, Error> {
    let basis = basis(app, actor, application_id).await?;
    let requested = basis.case.application.content.exemptions.len();
    let mut choices = Vec::with_capacity(requested);
    for index in 0..requested {
        choices.push(match basis.scopes.get(index) {
            Some(NarrowingScope::Act(act_id)) => app.store.provisions_of_act(*act_id).await?,
            _ => Vec::new(),
        });
    }
    Ok(DecisionForm { basis, choices })
}

/// The decision on an application, once made: decisions are public.
pub async fn decision(app: &App, actor: &Actor, application_id: i64) -> Result<Decision, Error> {
    actor.authorize(Action::ReadDecisions)?;
    app.store
        .decision(application_id)
        .await?
        .ok_or(Error::NotFound)
}

/// A decision as it is published: the decision, the case it decides, and the catalogue's
/// provisions its grants are narrowed to.
pub struct PublishedDecision {
    pub decision: Decision,
    pub case: Case,
    pub provisions: Vec<StoredProvision>,
    /// Whether the reader may also open the application itself.
    pub may_read_application: bool,
}

/// A decision with its case and the provisions it names, for anyone who may read
/// decisions.
pub async fn published_decision(
    app: &App,
    actor: &Actor,
    application_id: i64,
) -> Result<PublishedDecision, Error> {
    let (decision, case, provisions) = decided(app, actor, application_id).await?;
    let may_read_application =
        applications::application_for(app, actor, application_id, ApplicationAction::Read)
            .await
            .is_ok();
    Ok(PublishedDecision {
        decision,
        case,
        provisions,
        may_read_application,
    })
}

/// What a decision letter says: the decision, its case, the provisions its grants name,
/// and for an approval the trial it created.
pub struct DecisionLetter {
    pub decision: Decision,
    pub case: Case,
    pub provisions: Vec<StoredProvision>,
    pub trial: Option<Trial>,
}

/// The decision letter of an application, for anyone who may read decisions.
pub async fn letter(
    app: &App,
    actor: &Actor,
    application_id: i64,
) -> Result<DecisionLetter, Error> {
    let (decision, case, provisions) = decided(app, actor, application_id).await?;
    let trial = match decision.trial_id {
        Some(trial_id) => app.store.trial(trial_id).await?,
        None => None,
    };
    Ok(DecisionLetter {
        decision,
        case,
        provisions,
        trial,
    })
}

/// A decision, the case it decides and the provisions its grants name.
async fn decided(
    app: &App,
    actor: &Actor,
    application_id: i64,
) -> Result<(Decision, Case, Vec<StoredProvision>), Error> {
    let decision = decision(app, actor, application_id).await?;
    let case = published_case(app, application_id).await?;
    let provisions = named_provisions(app, &decision.granted).await?;
    Ok((decision, case, provisions))
}

/// The catalogue's provisions that grants are narrowed to, read in one query.
async fn named_provisions(
    app: &App,
    granted: &[GrantedExemption],
) -> Result<Vec<StoredProvision>, Error> {
    let ids: Vec<i64> = granted
        .iter()
        .flat_map(|g| g.provision_ids.iter().copied())
        .collect();
    Ok(app.store.provisions_by_ids(&ids).await?)
}

/// Published decisions, newest first, of one scheme or of all: the list, and the feed
/// (which asks for the newest page).
pub async fn published(
    app: &App,
    actor: &Actor,
    scheme_id: Option<i64>,
    page: PageRequest,
) -> Result<Page<DecisionSummary>, Error> {
    actor.authorize(Action::ReadDecisions)?;
    Ok(app.store.list_decisions(scheme_id, page).await?)
}

/// A trial: what was approved, frozen as it was approved.
pub async fn trial(app: &App, actor: &Actor, id: i64) -> Result<Trial, Error> {
    actor.authorize(Action::ReadDecisions)?;
    app.store.trial(id).await?.ok_or(Error::NotFound)
}

/// A trial with the catalogue's provisions its exemptions are narrowed to: its record.
pub async fn trial_record(
    app: &App,
    actor: &Actor,
    id: i64,
) -> Result<(Trial, Vec<StoredProvision>), Error> {
    let trial = trial(app, actor, id).await?;
    let provisions = named_provisions(app, &trial.exemptions).await?;
    Ok((trial, provisions))
}

/// The case behind a published decision, for anyone who may read decisions: the decision
/// names the application, its lead and its scheme whoever looks.
pub async fn published_case(app: &App, application_id: i64) -> Result<Case, Error> {
    let application = app
        .store
        .application(application_id)
        .await?
        .ok_or(Error::NotFound)?;
    applications::case_of(app, application).await
}

/// The checklist items the legal screening recorded as a conflict, each with its reason,
/// as the decision page and the refusal name them.
async fn screening_conflicts(app: &App, case: &Case) -> Result<Vec<String>, Error> {
    let screening = crate::review::screening_of(app, case).await?;
    Ok(screening
        .summary
        .blocking
        .iter()
        .map(|f| format!("{} ({})", f.item_text, f.reason))
        .collect())
}

/// What each requested exemption may be narrowed to: the provision picked from the
/// catalogue, else the act its reference cites, else anything (a policy area).
async fn narrowing_scopes(app: &App, case: &Case) -> Result<Vec<NarrowingScope>, Error> {
    let exemptions = &case.application.content.exemptions;
    let references: Vec<&str> = exemptions.iter().map(|e| e.reference.as_str()).collect();
    let cited = app
        .rule_finder
        .cite_each(&*app.store, case.scheme.country.into(), &references)
        .await?;
    let picked: Vec<i64> = exemptions.iter().filter_map(|e| e.provision_id).collect();
    let picked = app.store.provisions_by_ids(&picked).await?;
    Ok(exemptions
        .iter()
        .zip(cited)
        .map(|(exemption, citations)| {
            let act = exemption
                .provision_id
                .and_then(|id| picked.iter().find(|p| p.id == id).map(|p| p.act_id))
                .or_else(|| citations.iter().find_map(|c| c.act_catalogue_id));
            // A reference naming exactly one provision is that provision.
            let only_cited = match citations.as_slice() {
                [only] => only.provision_id,
                _ => None,
            };
            let provision = exemption.provision_id.or(only_cited);
            narrowing_scope(exemption.scope, provision, act)
        })
        .collect())
}

/// Checks a draft against the application, its rules, its screening and the catalogue,
/// and records it. Two secretariat users deciding at once: one decision stands, the other
/// is told it was already decided.
pub async fn decide(
    app: &App,
    actor: &Actor,
    application_id: i64,
    draft: DecisionDraft,
    expected_version: Option<i64>,
) -> Result<Decision, Error> {
    let basis = basis(app, actor, application_id).await?;
    if basis.decision.is_some() {
        return Err(Error::AlreadyDecided);
    }
    // The form showed an older version: the exemptions it listed may have changed since.
    if let Some(expected) = expected_version
        && expected != basis.case.application.version
    {
        return Err(Error::EditConflict {
            current: basis.case.application.version,
        });
    }
    let draft = draft.cleaned();
    // The lookup below reads each named provision: the limit is checked before it.
    for (i, grant) in draft.granted.iter().enumerate() {
        if grant.provision_ids.len() > frirum_domain::decision::MAX_NARROWED {
            return Err(frirum_domain::text::FieldError::new(
                format!("granted[{i}].provision_ids"),
                frirum_domain::text::Problem::TooMany {
                    max: frirum_domain::decision::MAX_NARROWED,
                },
            )
            .into());
        }
    }
    let requested = basis.case.application.content.exemptions.len();
    if draft.granted.len() > requested {
        // More grants than requests: one is unknown or granted twice.
        let refusal = match draft.granted.iter().find(|g| g.exemption >= requested) {
            Some(g) => DecisionError::NotRequested {
                exemption: g.exemption,
            },
            // The grants are sorted by exemption, so a repeated one sits beside itself.
            None => DecisionError::GrantedTwice {
                exemption: draft
                    .granted
                    .windows(2)
                    .find(|w| w[0].exemption == w[1].exemption)
                    .map_or(0, |w| w[0].exemption),
            },
        };
        return Err(refusal.into());
    }
    let mut named: Vec<i64> = draft
        .granted
        .iter()
        .flat_map(|g| g.provision_ids.iter().copied())
        .collect();
    named.sort_unstable();
    named.dedup();
    let provisions: Vec<ProvisionFacts> = app
        .store
        .provisions_by_ids(&named)
        .await?
        .into_iter()
        .map(|p| ProvisionFacts {
            id: p.id,
            act_id: p.act_id,
        })
        .collect();
    draft.validate(
        &basis.case.application,
        &basis.rules,
        &basis.conflicts,
        &basis.scopes,
        &provisions,
    )?;
    let new = NewDecision::from_validated(draft, &basis.case.application);
    let reason = new.reasons.clone();
    match app
        .store
        .decide(application_id, &new, actor.journal(Some(&reason)))
        .await
    {
        Ok(decision) => {
            crate::notifications::tell::decided(
                app,
                actor.now,
                &basis.case.application,
                decision.outcome == frirum_domain::decision::Outcome::Approved,
            )
            .await;
            Ok(decision)
        }
        Err(StoreError::AlreadyDecided) => Err(Error::AlreadyDecided),
        // A conflict recorded after the form was checked, found under the case's lock.
        Err(StoreError::ScreeningConflict) => {
            Err(Error::Decision(DecisionError::ScreeningConflict {
                items: screening_conflicts(app, &basis.case).await?,
            }))
        }
        Err(e) => Err(e.into()),
    }
}
