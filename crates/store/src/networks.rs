//! The networks half of the store: networks with their member organisations, trials and
//! reference groups; the guidance with its versions; the learning log with its tags and
//! replies; a trial's learning questions and the answers its reports give.
//!
//! Who may do what is the use cases' question (`authz::network`); the store keeps the rows
//! and journals each change of a network on the network's case (`CaseKind::Network`), and
//! a change of a trial's learning questions on the trial's application.

use async_trait::async_trait;
use frirum_domain::journal::Actor;
use frirum_domain::network::{
    Entry, GuidanceItem, GuidanceKind, GuidanceText, LearningQuestion, Member, Network,
    NetworkTrial, NewNetwork, NewReferenceMember, PublishedEntry, ReferenceMember, TagKind,
};

use crate::Result;

/// A tag as the use case resolved it: the kind, the id, its label and (indicator) trial.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTag {
    pub kind: TagKind,
    pub id: i64,
    pub label: String,
    pub trial_id: Option<i64>,
}

/// A new learning-log entry as the store writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryWrite<'a> {
    pub network_id: i64,
    pub author_id: i64,
    pub title: &'a str,
    pub tried: &'a str,
    pub learned: &'a str,
    pub differently: &'a str,
    pub tags: &'a [NewTag],
}

/// A new guidance item: an article with its first version, or a question without one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuidanceWrite<'a> {
    pub scheme_id: i64,
    /// `None`: for every network of the scheme.
    pub network_id: Option<i64>,
    pub kind: GuidanceKind,
    pub question: Option<&'a str>,
    pub text: Option<&'a GuidanceText>,
}

#[async_trait]
pub trait NetworkStore: Send + Sync {
    /// Creates a network with its members and trials, journaled on its own case. An
    /// unknown scheme, theme, organisation, trial or coordinator is `NotFound`.
    async fn create_network(&self, network: &NewNetwork, actor: Actor<'_>) -> Result<i64>;

    /// Every network, by scheme, then name.
    async fn networks(&self) -> Result<Vec<Network>>;

    async fn network(&self, id: i64) -> Result<Option<Network>>;

    /// The member organisations, by name.
    async fn network_members(&self, network_id: i64) -> Result<Vec<Member>>;

    /// The trials in the network with their current status, by title.
    async fn network_trials(&self, network_id: i64) -> Result<Vec<NetworkTrial>>;

    /// Replaces the member organisations and trials, journaled.
    async fn set_network_members(
        &self,
        network_id: i64,
        organisation_ids: &[i64],
        trial_ids: &[i64],
        actor: Actor<'_>,
    ) -> Result<()>;

    /// The reference groups' members, political first, in the order they were added.
    async fn reference_members(&self, network_id: i64) -> Result<Vec<ReferenceMember>>;

    async fn add_reference_member(
        &self,
        network_id: i64,
        member: &NewReferenceMember,
        actor: Actor<'_>,
    ) -> Result<i64>;

    /// Takes a member out of a reference group; `NotFound` if the network has none such.
    async fn remove_reference_member(
        &self,
        network_id: i64,
        member_id: i64,
        actor: Actor<'_>,
    ) -> Result<()>;

    // --- Guidance ------------------------------------------------------------------------

    /// Adds an article (with version 1) or a question; journaled on the network's case,
    /// or on the scheme's for guidance to all its networks.
    async fn add_guidance(&self, item: &GuidanceWrite<'_>, actor: Actor<'_>) -> Result<i64>;

    /// Adds the next version of an item (an edit, or a question's answer) and sets
    /// whether it is public; returns the version's number.
    async fn add_guidance_version(
        &self,
        item_id: i64,
        text: &GuidanceText,
        public: bool,
        actor: Actor<'_>,
    ) -> Result<i64>;

    /// The guidance of a network: its own and its scheme's for all networks, articles
    /// first, newest first.
    async fn network_guidance(&self, network_id: i64, scheme_id: i64) -> Result<Vec<GuidanceItem>>;

    async fn guidance_item(&self, id: i64) -> Result<Option<GuidanceItem>>;

    // --- The learning log -----------------------------------------------------------------

    async fn add_entry(&self, entry: &EntryWrite<'_>, actor: Actor<'_>) -> Result<i64>;

    /// The entries of a network that are not hidden, newest first, with tags and replies.
    async fn network_entries(&self, network_id: i64) -> Result<Vec<Entry>>;

    async fn entry(&self, id: i64) -> Result<Option<Entry>>;

    /// Publishes an entry; false when it was published already (nothing changes).
    async fn publish_entry(&self, entry_id: i64, actor: Actor<'_>) -> Result<bool>;

    /// Hides an entry (moderation), journaled with the reason.
    async fn hide_entry(&self, entry_id: i64, actor: Actor<'_>) -> Result<()>;

    async fn add_reply(
        &self,
        entry_id: i64,
        author_id: i64,
        body: &str,
        actor: Actor<'_>,
    ) -> Result<i64>;

    /// Hides a reply (moderation); `NotFound` if the entry has none such.
    async fn hide_reply(&self, entry_id: i64, reply_id: i64, actor: Actor<'_>) -> Result<()>;

    /// The published entries tagged to a trial (or to one of its indicators), newest first.
    async fn published_entries_of_trial(&self, trial_id: i64) -> Result<Vec<PublishedEntry>>;

    // --- Learning questions ----------------------------------------------------------------

    /// A trial's learning questions in order.
    async fn learning_questions(&self, trial_id: i64) -> Result<Vec<LearningQuestion>>;

    /// Replaces a trial's learning questions, journaled on its case.
    async fn set_learning_questions(
        &self,
        trial_id: i64,
        questions: &[String],
        actor: Actor<'_>,
    ) -> Result<()>;

    /// The answers a report gives: (question id, answer).
    async fn report_learning_answers(&self, report_id: i64) -> Result<Vec<(i64, String)>>;

    /// Writes a report's answers (replacing those it had).
    async fn save_learning_answers(&self, report_id: i64, answers: &[(i64, String)]) -> Result<()>;
}
