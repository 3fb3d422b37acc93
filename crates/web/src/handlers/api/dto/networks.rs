//! The API's answers and requests about networks: the network with its members, trials
//! and reference groups, its guidance with every version, the learning log, and a trial's
//! learning questions.

use frirum_domain::network::{
    Entry, GroupKind, GuidanceItem, LearningQuestion, Member, Network, NetworkTrial,
    ReferenceMember,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Every network, by scheme, then name.
#[derive(Debug, Serialize, ToSchema)]
pub struct NetworksDto {
    pub networks: Vec<Network>,
}

/// One network with its member organisations, trials and reference groups.
#[derive(Debug, Serialize, ToSchema)]
pub struct NetworkDto {
    pub network: Network,
    pub members: Vec<Member>,
    pub trials: Vec<NetworkTrial>,
    /// Both reference groups' members, political first.
    pub reference_groups: Vec<ReferenceMember>,
}

/// A new network (the secretariat).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewNetworkDto {
    pub scheme_id: i64,
    #[serde(default)]
    pub theme_id: Option<i64>,
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    #[schema(min_length = 1, max_length = 20000)]
    pub purpose: String,
    #[serde(default)]
    pub coordinator_id: Option<i64>,
    #[serde(default)]
    pub organisation_ids: Vec<i64>,
    #[serde(default)]
    pub trial_ids: Vec<i64>,
}

/// The member organisations and trials, replacing those the network had.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NetworkMembersDto {
    pub organisation_ids: Vec<i64>,
    pub trial_ids: Vec<i64>,
}

/// A member of a reference group: a person who need not have an account.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewReferenceMemberDto {
    pub group: GroupKind,
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    #[schema(min_length = 1, max_length = 200)]
    pub role_title: String,
    #[serde(default)]
    #[schema(max_length = 200)]
    pub organisation: String,
}

/// The guidance of a network: its own and its scheme's for all networks.
#[derive(Debug, Serialize, ToSchema)]
pub struct GuidanceListDto {
    pub guidance: Vec<GuidanceItem>,
}

/// A new article (the secretariat).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewArticleDto {
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    #[schema(min_length = 1, max_length = 20000)]
    pub body: String,
    /// For every network of the scheme, not only this one.
    #[serde(default)]
    pub for_scheme: bool,
}

/// A new version of an article or an answer, or a question's first answer (the
/// secretariat). An edit needs a reason.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GuidanceVersionDto {
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    #[schema(min_length = 1, max_length = 20000)]
    pub body: String,
    #[serde(default)]
    pub reason: Option<String>,
    /// For a question: whether the answer is public beyond the network.
    #[serde(default)]
    pub public: bool,
}

/// A question to the secretariat.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewQuestionDto {
    #[schema(min_length = 1, max_length = 20000)]
    pub question: String,
}

/// The learning log as the caller may read it, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct EntriesDto {
    pub entries: Vec<Entry>,
}

/// A new learning-log entry, private to the network until its author publishes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEntryDto {
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    #[serde(default)]
    pub tried: String,
    #[schema(min_length = 1)]
    pub learned: String,
    #[serde(default)]
    pub differently: String,
    #[serde(default)]
    pub trial_ids: Vec<i64>,
    #[serde(default)]
    pub indicator_ids: Vec<i64>,
    #[serde(default)]
    pub provision_ids: Vec<i64>,
}

/// A reply to an entry.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewReplyDto {
    #[schema(min_length = 1, max_length = 20000)]
    pub body: String,
}

/// A trial's learning questions, in order.
#[derive(Debug, Serialize, ToSchema)]
pub struct LearningQuestionsDto {
    pub questions: Vec<LearningQuestion>,
    /// Split from the application's learning goals while none are stored.
    pub suggested: Vec<String>,
    /// Whether the caller may change them now.
    pub editable: bool,
}

/// A trial's learning questions, replacing those it had.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetLearningQuestionsDto {
    pub questions: Vec<String>,
}
