//! The assessment half of the store: assessors assigned to applications with their
//! conflicts of interest and their statements of none, scores and their submission,
//! consensus scores and requests for one, private notes, and a round's whole
//! assessment read in a fixed number of queries for the ranking. Every change writes its
//! journal entry in the same transaction.

use async_trait::async_trait;
use frirum_domain::application::{Application, ApplicationStatus};
use frirum_domain::assessment::{
    Assignment, ConsensusRequest, ConsensusScore, NewAssignment, Note, StoredScore,
};
use frirum_domain::journal::Actor;
use frirum_domain::scoring::Score;

use crate::Result;

/// One line of an assessor's queue: the assignment and the application it is for.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QueueItem {
    pub assignment: Assignment,
    pub case_number: Option<String>,
    pub title: String,
    pub application_status: ApplicationStatus,
    pub scheme_id: i64,
    pub scheme_code: String,
    pub round_id: i64,
    pub round_number: u32,
    /// How many criteria the assessor has scored.
    pub scored: u32,
    /// How many criteria the rules the application was submitted under have.
    pub criteria: u32,
}

/// Everything the ranking of a round needs, read in a fixed number of queries.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundAssessment {
    /// The round's applications that are no longer drafts, in case-number order.
    pub applications: Vec<Application>,
    pub assignments: Vec<Assignment>,
    pub scores: Vec<StoredScore>,
    pub consensus: Vec<ConsensusScore>,
}

#[async_trait]
pub trait AssessmentStore: Send + Sync {
    /// Makes the assignments in one transaction, each with its conflict found at
    /// assignment time, and returns those that were new (an assessor already assigned to
    /// an application stays as they were).
    async fn assign_assessors(
        &self,
        new: &[NewAssignment],
        actor: Actor<'_>,
    ) -> Result<Vec<Assignment>>;

    /// Removes an assignment, journaled with the secretariat's reason;
    /// [`crate::StoreError::NotFound`] when there is none. The assessor's unsubmitted
    /// scores are removed with it (the use case refuses to remove one who submitted), so
    /// that assigning them again does not bring old drafts back.
    async fn unassign_assessor(
        &self,
        application_id: i64,
        assessor_id: i64,
        reason: &str,
        actor: Actor<'_>,
    ) -> Result<()>;

    /// Records the assessor's declared conflict on an assignment. A conflict already known
    /// stays as it was.
    async fn declare_conflict(
        &self,
        application_id: i64,
        assessor_id: i64,
        reason: &str,
        actor: Actor<'_>,
    ) -> Result<Assignment>;

    /// Records the assessor's statement that they have no conflict of interest in the case.
    /// A statement already made, or a conflict already known, stays as it was;
    /// [`crate::StoreError::NotFound`] when the assessor is not assigned.
    async fn state_no_conflict(
        &self,
        application_id: i64,
        assessor_id: i64,
        actor: Actor<'_>,
    ) -> Result<Assignment>;

    /// Records that the assessor submitted their own assessment, which fixes their scores.
    /// Under the case's lock: the application undecided and submitted, the assessor
    /// assigned without a conflict, stated and not yet submitted, else
    /// [`crate::StoreError::WrongState`].
    async fn submit_assessment(
        &self,
        application_id: i64,
        assessor_id: i64,
        actor: Actor<'_>,
    ) -> Result<Assignment>;

    /// Records the secretariat's request that the assessors agree on a consensus; the
    /// application must be undecided.
    async fn request_consensus(
        &self,
        application_id: i64,
        message: &str,
        actor: Actor<'_>,
    ) -> Result<ConsensusRequest>;

    /// An application's requests for a consensus, oldest first.
    async fn consensus_requests(&self, application_id: i64) -> Result<Vec<ConsensusRequest>>;

    /// An application's assignments, oldest first.
    async fn assignments(&self, application_id: i64) -> Result<Vec<Assignment>>;

    /// An assessor's assignments with their applications, newest first.
    async fn assessor_queue(&self, assessor_id: i64) -> Result<Vec<QueueItem>>;

    /// Saves an assessor's scores, replacing their own earlier score on each criterion
    /// given and leaving everyone else's alone. Only an assessor who stated no conflict
    /// and has not submitted may save.
    async fn save_scores(
        &self,
        application_id: i64,
        assessor_id: i64,
        scores: &[Score],
        actor: Actor<'_>,
    ) -> Result<()>;

    /// Every assessor's scores on an application, by assessor then criterion.
    async fn scores(&self, application_id: i64) -> Result<Vec<StoredScore>>;

    /// Replaces the secretariat's consensus scores of an application.
    async fn set_consensus(
        &self,
        application_id: i64,
        scores: &[Score],
        actor: Actor<'_>,
    ) -> Result<()>;

    async fn consensus(&self, application_id: i64) -> Result<Vec<ConsensusScore>>;

    /// Adds a private note, possibly a reply to a note of the same application (another
    /// application's note is [`crate::StoreError::NotFound`]).
    async fn add_note(
        &self,
        application_id: i64,
        parent_id: Option<i64>,
        body: &str,
        actor: Actor<'_>,
    ) -> Result<Note>;

    /// An application's notes, oldest first.
    async fn notes(&self, application_id: i64) -> Result<Vec<Note>>;

    /// A round's applications, assignments, scores and consensus scores at once.
    async fn round_assessment(&self, round_id: i64) -> Result<RoundAssessment>;
}
