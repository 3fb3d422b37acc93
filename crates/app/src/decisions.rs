//! Deciding applications, shared by the pages and the API: what the decision form needs to
//! know (the rules the application was submitted under, the screening's conflicts, what
//! each requested exemption may be narrowed to), the checks in the domain's order, and the
//! store's one conditional write. Handlers parse and render; this module decides in which
//! order things happen.

use frirum_domain::authz::{Action, ApplicationAction};
use frirum_domain::decision::{
    Decision, DecisionDraft, DecisionError, NarrowingScope, NewDecision, ProvisionFacts,
    narrowing_scope,
};
use frirum_domain::scheme::Rules;
use frirum_store::StoreError;

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
