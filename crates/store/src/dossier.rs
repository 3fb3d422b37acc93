//! The provision dossier's half of the store, and adoptions: the one place that gathers,
//! for one provision of the law, the rows the other areas keep about it (the applications
//! that asked to be exempted from it, the trials whose grants waive it with their reports
//! and indicators, the evaluations' findings and recommendations, the generalisation
//! outcomes, the adoptions). What belongs to the provision and what a viewer may read is
//! the domain's (`frirum_domain::dossier::roll_up`); the store reads candidates and leaves
//! the deciding to it.

use async_trait::async_trait;
use frirum_domain::application::Application;
use frirum_domain::dossier::{Adoption, Evidence};
use frirum_domain::journal::Actor;

use crate::{NewApplication, Result};

/// The trial an application was started from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdoptedFrom {
    pub trial_id: i64,
    pub case_number: String,
    pub title: String,
}

#[async_trait]
pub trait DossierStore: Send + Sync {
    /// Starts a draft from a trial: the application as `new` says, and its link to the
    /// trial, journaled on the new application (`application.adopted`, with the trial).
    async fn adopt_trial(
        &self,
        new: &NewApplication,
        trial_id: i64,
        actor: Actor<'_>,
    ) -> Result<Application>;

    /// The trial an application was started from, if it was.
    async fn adopted_from(&self, application_id: i64) -> Result<Option<AdoptedFrom>>;

    /// The applications started from a trial, oldest first (drafts included: the caller
    /// decides who may see which).
    async fn adoptions_of_trial(&self, trial_id: i64) -> Result<Vec<Adoption>>;

    /// Everything kept that may concern the provision: the submitted applications that
    /// asked exemption from it (each request that picked it or picked none, with its
    /// words), the trials whose grants name its number or whose application asked for it,
    /// with their accepted reports' uses and indicator results, the published evaluations' findings and recommendations and the outcomes
    /// of those trials, and the applications adopted from them. Requests come back with
    /// `visible` false; which candidates really concern the provision the caller decides.
    async fn dossier_evidence(&self, provision_id: i64) -> Result<Evidence>;
}
