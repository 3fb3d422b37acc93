//! The research plans half of the store: plans of a trial or of a whole scheme, their
//! drafts under an edit lock, and the append-only versions registering and amending write.
//!
//! Whether a step is allowed where the plan stands (a registered plan is never saved
//! silently, an amendment needs a reason) is the domain's rule
//! (`frirum_domain::research_plan::check_step`); the store applies it inside the writing
//! transaction, under the plan's lock, so two researchers at once cannot both register or
//! overwrite each other. Such a refusal comes back as the inner [`PlanError`]; a stale
//! version as [`crate::StoreError::EditConflict`].

use async_trait::async_trait;
use frirum_domain::journal::Actor;
use frirum_domain::research_plan::{
    PlanContent, PlanError, PlanOwner, PlanStep, PlanVersion, ResearchPlan,
};

use crate::Result;

#[async_trait]
pub trait ResearchPlanStore: Send + Sync {
    /// The plans of a trial, or the joint plans of a scheme (not its trials'), oldest first.
    async fn research_plans_of(&self, owner: PlanOwner) -> Result<Vec<ResearchPlan>>;

    async fn research_plan(&self, id: i64) -> Result<Option<ResearchPlan>>;

    /// A plan's registered versions, version 1 first.
    async fn research_plan_versions(&self, id: i64) -> Result<Vec<PlanVersion>>;

    /// Every plan still in draft, oldest first (the use cases keep those the actor may see).
    async fn research_plans_in_draft(&self) -> Result<Vec<ResearchPlan>>;

    /// Starts a plan as a draft (content checked by the caller), journaled on the trial's
    /// application or on the scheme. A missing trial or scheme is
    /// [`crate::StoreError::NotFound`].
    async fn create_research_plan(
        &self,
        owner: PlanOwner,
        content: &PlanContent,
        actor: Actor<'_>,
    ) -> Result<ResearchPlan>;

    /// Saves a draft, registers it as version 1 or amends it, against the version the
    /// writer saw ([`crate::StoreError::EditConflict`] when stale); the step is checked
    /// under the plan's lock by the domain's `check_step`. Journaled.
    async fn write_research_plan(
        &self,
        id: i64,
        seen_version: i64,
        content: &PlanContent,
        step: PlanStep<'_>,
        actor: Actor<'_>,
    ) -> Result<Result<ResearchPlan, PlanError>>;
}
