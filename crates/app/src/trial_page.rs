//! The trial page's data: the trial as the actor may read it and each trial area's part
//! of it, gathered in one place. It sits apart from [`crate::trials`] because it names
//! every trial area, and every trial area goes through `trials::access`: together they
//! would name each other.

use frirum_domain::User;
use frirum_domain::authz::{self, TrialAction};
use frirum_domain::scheme::Scheme;
use frirum_domain::trial::{TrialResearcher, TrialVersion};
use frirum_store::law::StoredProvision;

use crate::trials::{TrialAccess, access};
use crate::{Actor, App, Error};

/// The trial page's data. Each trial area adds its part here, read with the same access.
#[derive(Debug, Clone)]
pub struct TrialView {
    pub access: TrialAccess,
    pub scheme: Scheme,
    /// The catalogue's provisions the granted exemptions are narrowed to.
    pub provisions: Vec<StoredProvision>,
    /// The public history of changes, oldest first.
    pub history: Vec<TrialVersion>,
    /// The researchers following the trial: shown to those who read it whole.
    pub researchers: Vec<TrialResearcher>,
    /// Researchers the secretariat may assign (for the secretariat only).
    pub assignable_researchers: Vec<User>,
    /// Status reports: the latest, the next due, the overdue and "not verified" flags.
    pub reports: crate::reports::TrialReports,
    /// Stimulus funds: awarded, paid, spent, and the forms of those who may use them.
    pub funds: crate::funds::TrialFunds,
    /// Indicators over time: approved actuals for all, pending ones for insiders.
    pub indicators: crate::indicators::TrialIndicators,
    /// Change requests: open ones for insiders, the extension limit, the legal-basis clock.
    pub changes: crate::changes::TrialChanges,
    /// Documents: every one for insiders, the public ones for all, and who may upload.
    pub documents: crate::documents::TrialDocuments,
    /// Each participant's local regulation and whether the trial may start.
    pub regulations: crate::regulations::TrialRegulations,
    /// Generalisation: each granted exemption's outcomes, and the secretariat's form once
    /// the trial has ended.
    pub outcomes: crate::generalisation::TrialOutcomes,
    /// Applications other municipalities started from the trial, and whether the actor may.
    pub adoptions: crate::dossier::TrialAdoptions,
    /// Research plans: the registered ones for all, drafts for the secretariat and the
    /// assigned researchers.
    pub plans: crate::research_plans::PlanList,
    /// Evaluations: published ones for all (embargoed ones only announced), drafts for the
    /// secretariat and the assigned researchers.
    pub evaluations: crate::evaluations::TrialSection,
    /// Partners with their demands and public values, and the verdicts at risk.
    pub partners: crate::partners::TrialPartners,
    /// Learning from the network (published log entries) and the learning questions.
    pub learning: crate::networks::TrialLearning,
}

/// Everything the trial page shows the actor.
pub async fn view(app: &App, actor: &Actor, trial_id: i64) -> Result<TrialView, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    let scheme = app
        .store
        .scheme(access.trial.scheme_id)
        .await?
        .ok_or(Error::NotFound)?;
    let provisions = crate::decisions::named_provisions(app, &access.trial.exemptions).await?;
    let history = app.store.trial_versions(trial_id).await?;
    let researchers = if access.rights.read_internal {
        app.store.trial_researchers(trial_id).await?
    } else {
        Vec::new()
    };
    let assignable_researchers = if access.rights.manage {
        app.store
            .users_in_role(authz::FOLLOWS_TRIALS)
            .await?
            .into_iter()
            // One who follows through a theme or the scheme may still be assigned to
            // the trial itself.
            .filter(|u| {
                !researchers
                    .iter()
                    .any(|r| r.user_id == u.id && r.assigned_directly())
            })
            .collect()
    } else {
        Vec::new()
    };
    let reports = crate::reports::for_trial(app, actor, &access).await?;
    let funds = crate::funds::for_trial(app, actor, &access).await?;
    let indicators = crate::indicators::for_trial(app, actor, &access).await?;
    let changes = crate::changes::for_trial(app, actor, &access).await?;
    let documents = crate::documents::for_trial(app, actor, &access).await?;
    let regulations = crate::regulations::for_trial(app, actor, &access).await?;
    let plans = crate::research_plans::for_trial(app, actor, &access).await?;
    let evaluations = crate::evaluations::for_trial(app, actor, &access).await?;
    let adoptions = crate::dossier::for_trial(app, actor, &access).await?;
    let outcomes = crate::generalisation::for_trial(app, actor.now, &access).await?;
    let partners = crate::partners::for_trial(app, &access).await?;
    let learning = crate::networks::for_trial(app, &access).await?;
    Ok(TrialView {
        learning,
        partners,
        evaluations,
        outcomes,
        plans,
        adoptions,
        regulations,
        changes,
        documents,
        indicators,
        reports,
        funds,
        access,
        scheme,
        provisions,
        history,
        researchers,
        assignable_researchers,
    })
}
