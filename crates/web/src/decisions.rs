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

use crate::AppState;
use crate::cases::{self, Case};
use crate::context::RequestContext;
use crate::error::AppError;

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
pub async fn basis(
    state: &AppState,
    ctx: &RequestContext,
    application_id: i64,
) -> Result<DecisionBasis, AppError> {
    ctx.authorize(Action::DecideApplications)?;
    let case = cases::application_for(state, ctx, application_id, ApplicationAction::Read).await?;
    let rules = submitted_rules(state, &case).await?;
    let conflicts = screening_conflicts(state, &case).await?;
    let scopes = narrowing_scopes(state, &case).await?;
    let decision = state.store.decision(application_id).await?;
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
pub async fn published_case(state: &AppState, application_id: i64) -> Result<Case, AppError> {
    let application = state
        .store
        .application(application_id)
        .await?
        .ok_or(AppError::NotFound)?;
    cases::case_of(state, application).await
}

/// The rules the application was judged under at submission; the scheme's current rules
/// for one that was never submitted (it cannot be decided, but the form can say why).
async fn submitted_rules(state: &AppState, case: &Case) -> Result<Rules, AppError> {
    match case.application.rules_version {
        Some(version) => Ok(state
            .store
            .rules_version(case.scheme.id, version)
            .await?
            .unwrap_or_else(|| case.scheme.rules.clone())),
        None => Ok(case.scheme.rules.clone()),
    }
}

/// The checklist items the legal screening recorded as a conflict, each with its reason,
/// as the decision page and the refusal name them.
async fn screening_conflicts(state: &AppState, case: &Case) -> Result<Vec<String>, AppError> {
    let screening = crate::review::screening_of(state, case).await?;
    Ok(screening
        .summary
        .blocking
        .iter()
        .map(|f| format!("{} ({})", f.item_text, f.reason))
        .collect())
}

/// What each requested exemption may be narrowed to: the provision picked from the
/// catalogue, else the act its reference cites, else anything (a policy area).
async fn narrowing_scopes(state: &AppState, case: &Case) -> Result<Vec<NarrowingScope>, AppError> {
    let exemptions = &case.application.content.exemptions;
    let references: Vec<&str> = exemptions.iter().map(|e| e.reference.as_str()).collect();
    let cited = state
        .rule_finder
        .cite_each(&*state.store, case.scheme.country.into(), &references)
        .await?;
    let picked: Vec<i64> = exemptions.iter().filter_map(|e| e.provision_id).collect();
    let picked = state.store.provisions_by_ids(&picked).await?;
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
    state: &AppState,
    ctx: &RequestContext,
    application_id: i64,
    draft: DecisionDraft,
    expected_version: Option<i64>,
) -> Result<Decision, AppError> {
    let basis = basis(state, ctx, application_id).await?;
    if basis.decision.is_some() {
        return Err(AppError::AlreadyDecided);
    }
    // The form showed an older version: the exemptions it listed may have changed since.
    if let Some(expected) = expected_version
        && expected != basis.case.application.version
    {
        return Err(AppError::EditConflict {
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
    let provisions: Vec<ProvisionFacts> = state
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
    match state
        .store
        .decide(application_id, &new, cases::actor(ctx, Some(&reason)))
        .await
    {
        Ok(decision) => {
            crate::notify::tell::decided(
                state,
                &basis.case.application,
                decision.outcome == frirum_domain::decision::Outcome::Approved,
            )
            .await;
            Ok(decision)
        }
        Err(StoreError::Duplicate("decision")) => Err(AppError::AlreadyDecided),
        // A conflict recorded after the form was checked, found under the case's lock.
        Err(StoreError::WrongState {
            what: "screening", ..
        }) => Err(AppError::Decision(DecisionError::ScreeningConflict {
            items: screening_conflicts(state, &basis.case).await?,
        })),
        Err(e) => Err(e.into()),
    }
}
