//! Deciding applications, shared by the pages and the API: what the decision form needs to
//! know (the rules the application was submitted under, the scheme's decision settings, the
//! round's deadline, the screening, what each requested exemption may be narrowed to and
//! the provisions to tick) and what the decision rests on (every screening judgement, the
//! assessors' progress, the consensus, the total and the rank against the round's target);
//! the checks in the domain's order, the summary the decider confirms, and the store's one
//! conditional write; the scheme's decision settings; then reading what was decided, as
//! everybody may: a decision with the provisions its grants name, its letter, the published
//! list (and the feed's) with its filters, and the trial that approval created. The web
//! parses and renders; this module decides in which order things happen.

use frirum_domain::authz::{Action, ApplicationAction};
use frirum_domain::clock::LocalTime;
use frirum_domain::decision::{
    Decision, DecisionDraft, DecisionError, DecisionFacts, DecisionFilter, DecisionSettings,
    DecisionSummary, GrantedExemption, NarrowingScope, NewDecision, PendingDecision,
    ProvisionFacts, Trial, narrowing_scope,
};
use frirum_domain::scheme::{Rules, Scheme};
use frirum_domain::screening::ScreeningEntry;
use frirum_domain::{Page, PageRequest};
use frirum_store::StoreError;
use frirum_store::law::StoredProvision;
use time::Date;

use crate::Actor;
use crate::App;
use crate::Error;
use crate::applications::{self, Case};
use crate::review::Screening;

/// Everything a decision on one application is checked against.
pub struct DecisionBasis {
    pub case: Case,
    /// The rules version the application was submitted under.
    pub rules: Rules,
    /// The scheme's decision settings: the safeguards and what the letter says.
    pub settings: DecisionSettings,
    /// The legal screening: every item's judgement and what they mean for a decision.
    pub screening: Screening,
    /// The screening items recorded as a conflict: each refuses approval.
    pub conflicts: Vec<String>,
    /// The day of the decision, in the round's time zone.
    pub today: Date,
    /// Whether the round's deadline has passed.
    pub deadline_passed: bool,
    /// For each requested exemption, what a grant may be narrowed to.
    pub scopes: Vec<NarrowingScope>,
    /// The decision already made, if any.
    pub decision: Option<Decision>,
    /// Under the four-eyes rule, the decision proposed and waiting for a second member.
    pub pending: Option<PendingDecision>,
}

impl DecisionBasis {
    /// The facts of the case as the domain's rules read them.
    pub fn facts(&self) -> DecisionFacts<'_> {
        DecisionFacts {
            today: self.today,
            deadline_passed: self.deadline_passed,
            screening_complete: self.screening.summary.complete,
            conflicts: &self.conflicts,
            settings: &self.settings,
        }
    }
}

/// Loads what the secretariat decides on, checking the right to decide.
pub async fn basis(app: &App, actor: &Actor, application_id: i64) -> Result<DecisionBasis, Error> {
    actor.authorize(Action::DecideApplications)?;
    let case =
        applications::application_for(app, actor, application_id, ApplicationAction::Read).await?;
    let rules = applications::rules_of(app, &case.application, &case.scheme).await?;
    let settings = app.store.decision_settings(case.scheme.id).await?;
    let screening = crate::review::screening_of(app, &case).await?;
    let conflicts = conflicts_of(&screening);
    let deadline = &case.round.deadline;
    let deadline_passed = deadline.instant().map_err(Error::internal)? <= actor.now;
    let today = LocalTime::of(actor.now, &deadline.time_zone)
        .map_err(Error::internal)?
        .local
        .date();
    let scopes = narrowing_scopes(app, &case).await?;
    let decision = app.store.decision(application_id).await?;
    let pending = app.store.pending_decision(application_id).await?;
    Ok(DecisionBasis {
        case,
        rules,
        settings,
        screening,
        conflicts,
        today,
        deadline_passed,
        scopes,
        decision,
        pending,
    })
}

/// One assessor's progress on the case: how many of the criteria they have scored.
pub struct AssessorProgress {
    pub name: String,
    /// The assessor declared, or was found to have, a conflict of interest.
    pub conflicted: bool,
    /// The assessor has submitted their assessment.
    pub submitted: bool,
    pub scored: usize,
    pub criteria: usize,
}

/// What the decision rests on besides the screening: the assessors' progress, the
/// assessment with its consensus and total, and the rank in the round against its target.
pub struct DecisionEvidence {
    pub assessors: Vec<AssessorProgress>,
    pub assessment: Option<frirum_domain::scoring::Assessment>,
    /// Criteria with a consensus score, by name, with the score.
    pub consensus: Vec<(String, i64)>,
    /// The rank among the round's submitted applications, when it has one.
    pub rank: Option<u32>,
    pub target_trials: u32,
    /// Whether the rank lies within the round's target.
    pub within_target: bool,
}

/// Reads what the decision rests on, through the assessment's own use cases, as the
/// secretariat sees them.
async fn evidence(app: &App, actor: &Actor, case: &Case) -> Result<DecisionEvidence, Error> {
    let id = case.application.id;
    let assessed = crate::assessment::open(app, actor, id).await?;
    let view = crate::assessment::view(app, &assessed).await?;
    let criteria = &assessed.rules.criteria;
    let assessors = view
        .assignments
        .iter()
        .map(|a| AssessorProgress {
            name: a.assessor_name.clone(),
            conflicted: a.conflicted(),
            submitted: a.submitted(),
            scored: criteria
                .iter()
                .filter(|c| {
                    view.scores
                        .iter()
                        .any(|s| s.assessor_id == a.assessor_id && s.criterion == c.name)
                })
                .count(),
            criteria: criteria.len(),
        })
        .collect();
    let consensus = view
        .consensus
        .iter()
        .map(|c| (c.criterion.clone(), c.score))
        .collect();
    let filter = crate::assessment::RankingFilter::default();
    let (_, _, ranking) = crate::assessment::ranking(app, actor, case.round.id, &filter).await?;
    let entry = ranking
        .rows
        .iter()
        .find(|r| r.application_id == id)
        .map(|r| &r.entry);
    Ok(DecisionEvidence {
        assessors,
        assessment: view.assessment,
        consensus,
        rank: entry.and_then(|e| e.rank),
        target_trials: ranking.target_trials,
        within_target: entry.is_some_and(|e| e.within_line),
    })
}

/// The decision form: what the decision is checked against and, per requested exemption in
/// order, the provisions of the act it names that a grant can be narrowed to by ticking
/// them (none for an exemption that names a provision or a policy area).
pub struct DecisionForm {
    pub basis: DecisionBasis,
    pub evidence: DecisionEvidence,
    pub choices: Vec<Vec<StoredProvision>>,
}

/// Loads the decision form with what the decision rests on, checking the right to decide.
pub async fn form(app: &App, actor: &Actor, application_id: i64) -> Result<DecisionForm, Error> {
    let basis = basis(app, actor, application_id).await?;
    let evidence = evidence(app, actor, &basis.case).await?;
    let requested = basis.case.application.content.exemptions.len();
    let mut choices = Vec::with_capacity(requested);
    for index in 0..requested {
        choices.push(match basis.scopes.get(index) {
            Some(NarrowingScope::Act(act_id)) => app.store.provisions_of_act(*act_id).await?,
            _ => Vec::new(),
        });
    }
    Ok(DecisionForm {
        basis,
        evidence,
        choices,
    })
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
    /// The issuing authority, the legal basis and the appeal guidance.
    pub settings: DecisionSettings,
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
    let settings = app.store.decision_settings(case.scheme.id).await?;
    Ok(DecisionLetter {
        decision,
        case,
        provisions,
        trial,
        settings,
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
pub(crate) async fn named_provisions(
    app: &App,
    granted: &[GrantedExemption],
) -> Result<Vec<StoredProvision>, Error> {
    let ids: Vec<i64> = granted
        .iter()
        .flat_map(|g| g.provision_ids.iter().copied())
        .collect();
    Ok(app.store.provisions_by_ids(&ids).await?)
}

/// Published decisions, newest first, narrowed by scheme, country, outcome and year: the
/// list, and the feed (which asks for the newest page).
pub async fn published(
    app: &App,
    actor: &Actor,
    filter: &DecisionFilter,
    page: PageRequest,
) -> Result<Page<DecisionSummary>, Error> {
    actor.authorize(Action::ReadDecisions)?;
    Ok(app.store.list_decisions(filter, page).await?)
}

/// What the public list of decisions offers to filter by: the schemes the actor may see
/// and the years in which decisions were made.
pub struct DecisionFilters {
    pub schemes: Vec<Scheme>,
    pub years: Vec<i32>,
}

/// The choices of the list's filters.
pub async fn filters(app: &App, actor: &Actor) -> Result<DecisionFilters, Error> {
    actor.authorize(Action::ReadDecisions)?;
    let page = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))
        .map_err(|_| Error::internal("the largest page is refused"))?;
    let schemes = crate::schemes::list(app, actor, page).await?.items;
    let years = app.store.decision_years().await?;
    Ok(DecisionFilters { schemes, years })
}

/// A scheme's decision settings, for the secretariat.
pub async fn settings(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
) -> Result<(Scheme, DecisionSettings), Error> {
    actor.authorize(Action::ManageSchemes)?;
    let scheme = crate::schemes::scheme_for(app, actor, scheme_id).await?;
    let settings = app.store.decision_settings(scheme_id).await?;
    Ok((scheme, settings))
}

/// Changes a scheme's decision settings (journaled on the scheme).
pub async fn update_settings(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    settings: DecisionSettings,
) -> Result<DecisionSettings, Error> {
    actor.authorize(Action::ManageSchemes)?;
    crate::schemes::scheme_for(app, actor, scheme_id).await?;
    let settings = settings.cleaned();
    settings.validate()?;
    app.store
        .set_decision_settings(scheme_id, &settings, actor.journal(None))
        .await?;
    Ok(settings)
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
fn conflicts_of(screening: &Screening) -> Vec<String> {
    screening
        .summary
        .blocking
        .iter()
        .map(|f| format!("{} ({})", f.item_text, f.reason))
        .collect()
}

async fn screening_conflicts(app: &App, case: &Case) -> Result<Vec<String>, Error> {
    Ok(conflicts_of(&crate::review::screening_of(app, case).await?))
}

/// The current judgement of each checklist item, in the checklist's order: what the
/// decision page lists (an item not judged yet has none).
pub fn judgements(screening: &Screening) -> Vec<(String, Option<ScreeningEntry>)> {
    screening
        .checklist
        .iter()
        .enumerate()
        .map(|(i, text)| {
            (
                text.clone(),
                screening.current.iter().find(|e| e.item == i).cloned(),
            )
        })
        .collect()
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

/// A sound draft with what it will publish, for the decider to confirm: the draft as
/// cleaned and the decision it freezes (the grants as narrowed).
pub struct DecisionPreview {
    pub basis: DecisionBasis,
    pub draft: DecisionDraft,
    pub decision: NewDecision,
    /// The catalogue's provisions the grants are narrowed to.
    pub provisions: Vec<StoredProvision>,
}

/// Checks a draft as if it were confirmed, and says what it would publish: the
/// confirmation step. Whatever is wrong with it is refused as [`decide`] refuses it.
pub async fn preview(
    app: &App,
    actor: &Actor,
    application_id: i64,
    draft: DecisionDraft,
    expected_version: Option<i64>,
) -> Result<DecisionPreview, Error> {
    let draft = DecisionDraft {
        confirmed: true,
        ..draft
    };
    let (basis, draft, provisions) =
        checked(app, actor, application_id, draft, expected_version).await?;
    let decision = NewDecision::from_validated(draft.clone(), &basis.case.application);
    Ok(DecisionPreview {
        basis,
        draft: DecisionDraft {
            confirmed: false,
            ..draft
        },
        decision,
        provisions,
    })
}

/// Checks a draft against the application, its rules, its screening and the catalogue:
/// the case, the cleaned draft, and the provisions its grants name.
async fn checked(
    app: &App,
    actor: &Actor,
    application_id: i64,
    draft: DecisionDraft,
    expected_version: Option<i64>,
) -> Result<(DecisionBasis, DecisionDraft, Vec<StoredProvision>), Error> {
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
    let stored = app.store.provisions_by_ids(&named).await?;
    let provisions: Vec<ProvisionFacts> = stored
        .iter()
        .map(|p| ProvisionFacts {
            id: p.id,
            act_id: p.act_id,
        })
        .collect();
    draft
        .validate(
            &basis.case.application,
            &basis.rules,
            &basis.facts(),
            &basis.scopes,
            &provisions,
        )
        .map_err(|e| match e {
            // The refusal names the date the decision waits for.
            DecisionError::RoundStillOpen => Error::RoundStillOpen {
                deadline: basis.case.round.deadline.clone(),
            },
            other => other.into(),
        })?;
    Ok((basis, draft, stored))
}

/// What deciding did: the decision recorded and published, or, under the scheme's
/// four-eyes rule, the proposal now waiting for a second secretariat member.
pub enum Decided {
    Published(Decision),
    AwaitingApproval(PendingDecision),
}

/// Checks a draft against the application, its rules, its screening and the catalogue,
/// and records it once the decider has confirmed it; under the four-eyes rule it waits
/// for a second member's approval instead. Two secretariat users deciding at once: one
/// decision stands, the other is told it was already decided.
pub async fn decide(
    app: &App,
    actor: &Actor,
    application_id: i64,
    draft: DecisionDraft,
    expected_version: Option<i64>,
) -> Result<Decided, Error> {
    let (basis, draft, _) = checked(app, actor, application_id, draft, expected_version).await?;
    if basis.settings.four_eyes {
        let reason = draft.reasons.clone();
        let pending = match app
            .store
            .propose_decision(application_id, &draft, actor.journal(Some(&reason)))
            .await
        {
            Ok(pending) => pending,
            Err(StoreError::AlreadyDecided) => return Err(Error::AlreadyDecided),
            Err(e) => return Err(e.into()),
        };
        return Ok(Decided::AwaitingApproval(pending));
    }
    record(app, actor, &basis, draft)
        .await
        .map(Decided::Published)
}

/// Approves the decision waiting on an application (four eyes): a secretariat member
/// other than the one who proposed it checks it again against the case as it stands now,
/// and it is recorded and published.
pub async fn approve(app: &App, actor: &Actor, application_id: i64) -> Result<Decision, Error> {
    let basis = basis(app, actor, application_id).await?;
    let pending = basis
        .pending
        .clone()
        .ok_or(Error::Decision(DecisionError::NothingToApprove))?;
    let approver = actor.user_for(Action::DecideApplications)?.id;
    pending.check_approver(approver)?;
    let draft = DecisionDraft {
        confirmed: true,
        ..pending.draft
    };
    let (basis, draft, _) = checked(app, actor, application_id, draft, None).await?;
    record(app, actor, &basis, draft).await
}

/// Records a checked draft, tells the people concerned, and returns the decision.
async fn record(
    app: &App,
    actor: &Actor,
    basis: &DecisionBasis,
    draft: DecisionDraft,
) -> Result<Decision, Error> {
    let application_id = basis.case.application.id;
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
