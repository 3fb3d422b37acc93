//! The case-handling half of the store, one trait per aggregate: [`SchemeStore`] (schemes
//! with their versioned rules, their themes and theme proposals), [`RoundStore`],
//! [`ApplicationStore`] and [`JournalStore`] (the case journal), together [`CaseStore`].
//! Every change takes an [`Actor`] and writes its journal entry in the same transaction as
//! the change.

use async_trait::async_trait;
use frirum_domain::application::{Application, ApplicationContent};
use frirum_domain::case::{CaseFacts, CaseStatus};
use frirum_domain::journal::{Actor, CaseKind, JournalEntry};
use frirum_domain::scheme::{
    Round, RoundDraft, Rules, Scheme, SchemeDraft, SchemeStatus, Theme, ThemeDraft, ThemeProposal,
};
use frirum_domain::{Page, PageRequest};

use crate::{ApplicationFilter, ApplicationSummary, NewApplication, Result, Submission, Submitted};

/// The four case stores together.
pub trait CaseStore: SchemeStore + RoundStore + ApplicationStore + JournalStore {}

impl<T: SchemeStore + RoundStore + ApplicationStore + JournalStore + ?Sized> CaseStore for T {}

/// Schemes with their versioned rules, their themes and the theme proposals of
/// organisations (SQL in `sql_schemes.rs`).
#[async_trait]
pub trait SchemeStore: Send + Sync {
    /// Creates a scheme in draft with version 1 of its rules. A code in use is
    /// [`crate::StoreError::Duplicate`] of [`crate::Unique::SchemeCode`].
    async fn create_scheme(
        &self,
        draft: &SchemeDraft,
        rules: &Rules,
        actor: Actor<'_>,
    ) -> Result<Scheme>;

    async fn scheme(&self, id: i64) -> Result<Option<Scheme>>;

    async fn scheme_by_code(&self, code: &str) -> Result<Option<Scheme>>;

    /// Schemes in any of the statuses, newest first.
    async fn list_schemes(
        &self,
        statuses: &[SchemeStatus],
        page: PageRequest,
    ) -> Result<Page<Scheme>>;

    /// Changes the title, language, invitation and publication setting. The code and the
    /// country stay: case numbers are made of them.
    async fn update_scheme(&self, id: i64, draft: &SchemeDraft, actor: Actor<'_>)
    -> Result<Scheme>;

    /// Moves the scheme from `from` to `to`; another current status is
    /// [`crate::StoreError::WrongState`].
    async fn set_scheme_status(
        &self,
        id: i64,
        from: SchemeStatus,
        to: SchemeStatus,
        actor: Actor<'_>,
    ) -> Result<Scheme>;

    /// Stores a new version of the rules, if the current version is still
    /// `expected_version` (else [`crate::StoreError::EditConflict`]).
    async fn update_rules(
        &self,
        id: i64,
        expected_version: i64,
        rules: &Rules,
        actor: Actor<'_>,
    ) -> Result<Scheme>;

    /// One version of a scheme's rules.
    async fn rules_version(&self, scheme_id: i64, version: i64) -> Result<Option<Rules>>;

    /// How many submitted applications were judged under this version of the rules.
    async fn submitted_under_rules(&self, scheme_id: i64, version: i64) -> Result<u64>;

    // --- Themes ----------------------------------------------------------------------------

    async fn add_theme(
        &self,
        scheme_id: i64,
        draft: &ThemeDraft,
        actor: Actor<'_>,
    ) -> Result<Theme>;

    async fn update_theme(
        &self,
        theme_id: i64,
        draft: &ThemeDraft,
        actor: Actor<'_>,
    ) -> Result<Theme>;

    /// A scheme's themes, in the order they were added.
    async fn themes(&self, scheme_id: i64) -> Result<Vec<Theme>>;

    // --- Theme proposals -------------------------------------------------------------------

    async fn create_proposal(
        &self,
        scheme_id: i64,
        organisation_id: i64,
        title: &str,
        description: &str,
        actor: Actor<'_>,
    ) -> Result<ThemeProposal>;

    async fn proposal(&self, id: i64) -> Result<Option<ThemeProposal>>;

    /// A scheme's proposals, most endorsed first, then oldest first.
    async fn list_proposals(
        &self,
        scheme_id: i64,
        page: PageRequest,
    ) -> Result<Page<ThemeProposal>>;

    /// Records an organisation's endorsement; false when it had endorsed already.
    async fn endorse_proposal(
        &self,
        proposal_id: i64,
        organisation_id: i64,
        actor: Actor<'_>,
    ) -> Result<bool>;

    /// Adopts an open proposal as a new theme of its scheme.
    async fn adopt_proposal(
        &self,
        proposal_id: i64,
        theme: &ThemeDraft,
        actor: Actor<'_>,
    ) -> Result<(ThemeProposal, Theme)>;

    /// Declines an open proposal; the reason is kept on the proposal and in the journal.
    async fn decline_proposal(
        &self,
        proposal_id: i64,
        reason: &str,
        actor: Actor<'_>,
    ) -> Result<ThemeProposal>;
}

/// The rounds of a scheme, each with its deadline in local time (SQL in `sql_rounds.rs`).
#[async_trait]
pub trait RoundStore: Send + Sync {
    /// Adds a round; a number in use is [`crate::StoreError::Duplicate`] of
    /// [`crate::Unique::RoundNumber`].
    async fn add_round(
        &self,
        scheme_id: i64,
        draft: &RoundDraft,
        actor: Actor<'_>,
    ) -> Result<Round>;

    async fn update_round(
        &self,
        round_id: i64,
        draft: &RoundDraft,
        actor: Actor<'_>,
    ) -> Result<Round>;

    /// A scheme's rounds by number.
    async fn rounds(&self, scheme_id: i64) -> Result<Vec<Round>>;

    async fn round(&self, round_id: i64) -> Result<Option<Round>>;
}

/// Applications, from draft to submission or withdrawal (SQL in `sql_applications.rs`).
#[async_trait]
pub trait ApplicationStore: Send + Sync {
    async fn create_application(
        &self,
        new: &NewApplication,
        actor: Actor<'_>,
    ) -> Result<Application>;

    async fn application(&self, id: i64) -> Result<Option<Application>>;

    async fn list_applications(
        &self,
        filter: &ApplicationFilter,
        page: PageRequest,
    ) -> Result<Page<ApplicationSummary>>;

    /// Saves a draft if it is still at `expected_version` and still a draft.
    async fn save_draft(
        &self,
        id: i64,
        expected_version: i64,
        content: &ApplicationContent,
        member_ids: &[i64],
        actor: Actor<'_>,
    ) -> Result<Application>;

    /// Submits a draft at the actor's time, giving it the next case number of its round,
    /// in one transaction. Submitting again returns the same submission.
    async fn submit_application(
        &self,
        id: i64,
        submission: &Submission,
        actor: Actor<'_>,
    ) -> Result<Submitted>;

    /// Withdraws a submitted application.
    async fn withdraw_application(&self, id: i64, actor: Actor<'_>) -> Result<Application>;

    /// What the status of every application of a round is derived from, in one query.
    async fn round_case_facts(&self, round_id: i64) -> Result<Vec<(i64, CaseFacts)>>;

    /// What one case's status is derived from; `None` when there is no such application.
    async fn case_facts(&self, id: i64) -> Result<Option<CaseFacts>>;

    /// How many applications of the filter stand at each case status (statuses with none
    /// left out), in one query.
    async fn count_by_case_status(
        &self,
        filter: &ApplicationFilter,
    ) -> Result<Vec<(CaseStatus, u64)>>;

    /// The lead organisations of the applications the filter finds, by name: the choices
    /// of a list's organisation filter.
    async fn case_organisations(
        &self,
        filter: &ApplicationFilter,
    ) -> Result<Vec<frirum_domain::organisation::OrganisationRef>>;

    /// Deletes a draft (its members with it), journaling that it was deleted; anything but
    /// a draft is refused with `NotDraft`.
    async fn delete_draft(&self, id: i64, actor: Actor<'_>) -> Result<()>;
}

/// The case journal, a hash chain that every change of a case appends to (SQL in
/// `sql_journal.rs`).
#[async_trait]
pub trait JournalStore: Send + Sync {
    /// A case's journal, oldest entry first.
    async fn journal(
        &self,
        kind: CaseKind,
        case_id: i64,
        page: PageRequest,
    ) -> Result<Page<JournalEntry>>;

    /// Checks the whole journal's hash chain in id order, naming the first broken entry.
    async fn verify_journal(&self) -> Result<crate::JournalVerification>;
}
