//! The API's answers and requests about research plans: a plan with its versions, the
//! list of a trial's or scheme's plans, and the bodies that write a draft, register it and
//! amend it. Each body carries the version it was written against.

use frirum_app::research_plans::{PlanList, PlanView};
use frirum_domain::research_plan::{PlanContent, PlanOwner, PlanStatus, PlanVersion, ResearchPlan};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

/// A research plan as it stands: the draft, or the latest registered version.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResearchPlanDto {
    pub id: i64,
    /// The trial it belongs to; null for a joint plan of a whole scheme.
    pub trial_id: Option<i64>,
    pub scheme_id: i64,
    pub status: PlanStatus,
    pub content: PlanContent,
    /// The edit lock: send it back with the next change.
    pub version: i64,
    /// The number of the latest registered version; 0 while a draft.
    pub registered_version: i64,
    #[serde(with = "time::serde::rfc3339::option")]
    pub registered_at: Option<OffsetDateTime>,
    pub created_by: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// Whether results under the plan may be public today (its embargo has passed, or it
    /// has none), in the scheme's country's calendar.
    pub results_public: Option<bool>,
}

impl From<ResearchPlan> for ResearchPlanDto {
    fn from(p: ResearchPlan) -> Self {
        ResearchPlanDto {
            id: p.id,
            trial_id: match p.owner {
                PlanOwner::Trial(id) => Some(id),
                PlanOwner::Scheme(_) => None,
            },
            scheme_id: p.scheme_id,
            status: p.status,
            content: p.content,
            version: p.version,
            registered_version: p.registered_version,
            registered_at: p.registered_at,
            created_by: p.created_by,
            updated_at: p.updated_at,
            results_public: None,
        }
    }
}

/// A frozen version of a registered plan.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanVersionDto {
    /// 1 is the registration; each later number an amendment.
    pub number: i64,
    pub content: PlanContent,
    /// Why it was amended; empty for the registration.
    pub reason: String,
    pub recorded_by: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
}

impl From<PlanVersion> for PlanVersionDto {
    fn from(v: PlanVersion) -> Self {
        PlanVersionDto {
            number: v.number,
            content: v.content,
            reason: v.reason,
            recorded_by: v.recorded_by,
            recorded_at: v.recorded_at,
        }
    }
}

/// A plan with every registered version, oldest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResearchPlanDetailDto {
    pub plan: ResearchPlanDto,
    pub versions: Vec<PlanVersionDto>,
    /// Whether the caller may write this plan (an assigned researcher).
    pub may_write: bool,
}

impl ResearchPlanDetailDto {
    pub fn of(view: PlanView, results_public: bool) -> Self {
        let mut plan = ResearchPlanDto::from(view.plan);
        plan.results_public = Some(results_public);
        ResearchPlanDetailDto {
            plan,
            versions: view.versions.into_iter().map(Into::into).collect(),
            may_write: view.place.may_write,
        }
    }
}

/// The plans of a trial, or the joint plans of a scheme, as the caller may see them.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResearchPlanListDto {
    pub plans: Vec<ResearchPlanDto>,
    /// Whether the caller may start a plan here.
    pub may_write: bool,
}

impl From<PlanList> for ResearchPlanListDto {
    fn from(list: PlanList) -> Self {
        ResearchPlanListDto {
            may_write: list.place.may_write,
            plans: list.plans.into_iter().map(Into::into).collect(),
        }
    }
}

/// What a plan says, as a researcher writes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanContentRequest {
    pub title: String,
    /// At least one.
    pub questions: Vec<String>,
    pub design: frirum_domain::research_plan::Design,
    /// Ids of the trial's indicators; none for a joint plan.
    #[serde(default)]
    pub indicator_ids: Vec<i64>,
    #[serde(default)]
    pub other_data: String,
    pub analysis: String,
    /// Results are not published before this day.
    #[serde(default)]
    pub embargo_until: Option<Date>,
}

impl From<PlanContentRequest> for PlanContent {
    fn from(r: PlanContentRequest) -> Self {
        PlanContent {
            title: r.title,
            questions: r.questions,
            design: r.design,
            indicator_ids: r.indicator_ids,
            other_data: r.other_data,
            analysis: r.analysis,
            embargo_until: r.embargo_until,
        }
    }
}

/// A draft rewritten against the version it was read at.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SavePlanRequest {
    pub version: i64,
    pub content: PlanContentRequest,
}

/// Registering a draft as it stands: frozen as version 1, which cannot be undone.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterPlanRequest {
    pub version: i64,
    /// Must be true: registering freezes the plan.
    pub confirm: bool,
}

/// An amendment of a registered plan: the whole new content and why.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AmendPlanRequest {
    pub version: i64,
    pub content: PlanContentRequest,
    /// Required: what changed and why.
    pub reason: String,
}
