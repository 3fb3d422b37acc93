//! The research teams half of the store: research organisations and who belongs to them,
//! and the assignments of researchers to a trial, a theme of a scheme or a whole scheme.
//!
//! Who may be assigned is the use cases' question (`authz::may_follow_trials`); the store
//! keeps the assignments and journals each on the case it concerns: the trial's
//! application for a trial, the scheme for a theme or the whole scheme. The team of one
//! trial, through all three scopes, is [`crate::TrialStore::trial_researchers`].

use async_trait::async_trait;
use frirum_domain::journal::Actor;
use frirum_domain::research::{
    AssignmentTarget, NewResearchOrganisation, ResearchAssignment, ResearchError,
    ResearchOrganisation, Researcher,
};
use time::OffsetDateTime;

use crate::Result;

#[async_trait]
pub trait ResearchStore: Send + Sync {
    /// Adds a research organisation; a name already used in the country is
    /// [`ResearchError::DuplicateOrganisation`].
    async fn create_research_organisation(
        &self,
        organisation: &NewResearchOrganisation,
        now: OffsetDateTime,
    ) -> Result<Result<ResearchOrganisation, ResearchError>>;

    /// Every research organisation, by country and name.
    async fn research_organisations(&self) -> Result<Vec<ResearchOrganisation>>;

    /// One research organisation.
    async fn research_organisation(&self, id: i64) -> Result<Option<ResearchOrganisation>>;

    /// Every account that may follow trials (the researcher role), by name, with the
    /// organisation each belongs to.
    async fn researchers(&self) -> Result<Vec<Researcher>>;

    /// Puts a researcher into an organisation (leaving the one they were in), or takes them
    /// out of any (`None`). A missing organisation is [`crate::StoreError::NotFound`].
    async fn set_research_membership(
        &self,
        user_id: i64,
        organisation_id: Option<i64>,
        now: OffsetDateTime,
    ) -> Result<()>;

    /// Assigns a researcher to a trial, a theme or a scheme, with a journal entry on the
    /// trial's case or the scheme's. Returns false when they were assigned to it already
    /// (nothing changes: a double click). A missing trial, theme or scheme is
    /// [`crate::StoreError::NotFound`].
    async fn assign_research(
        &self,
        user_id: i64,
        target: AssignmentTarget,
        actor: Actor<'_>,
    ) -> Result<bool>;

    /// Ends one assignment, with a journal entry; `NotFound` when there is none.
    async fn unassign_research(
        &self,
        user_id: i64,
        target: AssignmentTarget,
        actor: Actor<'_>,
    ) -> Result<()>;

    /// Every assignment within a scheme (to the scheme, its themes and its trials), by
    /// researcher.
    async fn scheme_research_assignments(&self, scheme_id: i64) -> Result<Vec<ResearchAssignment>>;

    /// The researchers assigned to a whole scheme (the joint evaluation), by name.
    async fn scheme_researchers(&self, scheme_id: i64) -> Result<Vec<ResearchAssignment>>;

    /// Every assignment of one researcher, by scheme, then scope.
    async fn researcher_assignments(&self, user_id: i64) -> Result<Vec<ResearchAssignment>>;

    /// Every assignment that reaches one trial: to it, to one of its themes, or to its
    /// scheme, by researcher.
    async fn trial_research_assignments(&self, trial_id: i64) -> Result<Vec<ResearchAssignment>>;
}
