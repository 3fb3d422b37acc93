//! The API's answers and requests about evaluations: an evaluation (cut to what the reader
//! may see: an embargoed one is only announced), the list of a trial's or a scheme's
//! evaluations, and the bodies that write a draft, publish it and record a correction. A
//! write carries the version it was written against.

use frirum_app::evaluations::{EvaluationList, EvaluationView, Listed};
use frirum_domain::evaluation::{
    Correction, Disclosure, Evaluation, EvaluationContent, EvaluationDocument, EvaluationKind,
    EvaluationStatus, ExemptionRecommendation, Finding,
};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;

/// An evaluation as the reader may see it. While it is embargoed, the public gets only its
/// kind, title, status and the day it will be public (`disclosure` = `announced`); the
/// summary, findings, recommendations, reports and corrections come back empty.
#[derive(Debug, Serialize, ToSchema)]
pub struct EvaluationDto {
    pub id: i64,
    pub scheme_id: i64,
    /// The trial it evaluates; null for a joint evaluation of the whole scheme.
    pub trial_id: Option<i64>,
    pub status: EvaluationStatus,
    pub disclosure: Disclosure,
    pub kind: EvaluationKind,
    pub title: String,
    pub summary: String,
    pub plan_id: Option<i64>,
    /// Until this day (in the scheme's country) only the announcement is public.
    pub embargo_until: Option<Date>,
    pub findings: Vec<Finding>,
    pub recommendations: Vec<ExemptionRecommendation>,
    pub documents: Vec<EvaluationDocument>,
    pub corrections: Vec<Correction>,
    /// The edit lock: send it back with the next change.
    pub version: i64,
    pub created_by: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub published_at: Option<OffsetDateTime>,
}

impl EvaluationDto {
    pub fn of(e: Evaluation, disclosure: Disclosure) -> Self {
        EvaluationDto {
            id: e.id,
            scheme_id: e.scheme_id,
            trial_id: e.trial_id,
            status: e.status,
            disclosure,
            kind: e.content.kind,
            title: e.content.title,
            summary: e.content.summary,
            plan_id: e.content.plan_id,
            embargo_until: e.content.embargo_until,
            findings: e.content.findings,
            recommendations: e.content.recommendations,
            documents: e.documents,
            corrections: e.corrections,
            version: e.version,
            created_by: e.created_by,
            created_at: e.created_at,
            updated_at: e.updated_at,
            published_at: e.published_at,
        }
    }
}

impl From<EvaluationView> for EvaluationDto {
    fn from(view: EvaluationView) -> Self {
        EvaluationDto::of(view.evaluation, view.disclosure)
    }
}

/// An evaluation in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct EvaluationSummaryDto {
    pub id: i64,
    pub scheme_id: i64,
    pub trial_id: Option<i64>,
    pub kind: EvaluationKind,
    pub status: EvaluationStatus,
    pub disclosure: Disclosure,
    pub title: String,
    pub embargo_until: Option<Date>,
    /// Published and still under embargo today.
    pub embargoed: bool,
    #[serde(with = "time::serde::rfc3339::option")]
    pub published_at: Option<OffsetDateTime>,
    /// How many findings it has (0 when only announced).
    pub findings: usize,
}

impl From<Listed> for EvaluationSummaryDto {
    fn from(l: Listed) -> Self {
        let s = l.summary;
        EvaluationSummaryDto {
            id: s.id,
            scheme_id: s.scheme_id,
            trial_id: s.trial_id,
            kind: s.kind,
            status: s.status,
            title: s.title,
            embargo_until: s.embargo_until,
            embargoed: l.embargoed,
            published_at: s.published_at,
            findings: if l.disclosure == Disclosure::Full {
                s.findings
            } else {
                0
            },
            disclosure: l.disclosure,
        }
    }
}

/// A trial's evaluations, or a scheme's joint evaluations, oldest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct EvaluationListDto {
    pub items: Vec<EvaluationSummaryDto>,
    /// Whether the caller may start one (an assigned researcher).
    pub may_write: bool,
}

impl From<EvaluationList> for EvaluationListDto {
    fn from(list: EvaluationList) -> Self {
        EvaluationListDto {
            may_write: list.place.may_write,
            items: list.items.into_iter().map(Into::into).collect(),
        }
    }
}

/// A draft rewritten whole against the version read.
#[derive(Debug, Deserialize, ToSchema)]
pub struct SaveEvaluationRequest {
    pub version: i64,
    pub content: EvaluationContent,
}

/// Publishing a draft: the version read, and the confirmation that it freezes it.
#[derive(Debug, Deserialize, ToSchema)]
pub struct PublishEvaluationRequest {
    pub version: i64,
    #[serde(default)]
    pub confirm: bool,
}

/// A correction recorded beside a published evaluation.
#[derive(Debug, Deserialize, ToSchema)]
pub struct CorrectionRequest {
    pub note: String,
}
