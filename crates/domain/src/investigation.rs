//! The policy lab's investigations (issue 15, item 3): barriers grouped under a hypothesis
//! about their root cause, with participants (organisations of the registry and agencies
//! named in words), a dated activity log that is only ever appended to (a correction is a
//! new entry), and a conclusion — guidance, a rule change or an experiment — that moves every
//! included barrier to the status the conclusion means.

use serde::Serialize;
use time::{Date, OffsetDateTime};

use crate::barrier::{BarrierStatus, ExperimentLink};
use crate::rule::{Broken, Refusal};
use crate::text::{FieldError, Problem, check_text};

/// The longest title of an investigation.
pub const MAX_TITLE: usize = 200;
/// The longest hypothesis, note or conclusion.
pub const MAX_TEXT: usize = 20_000;
/// The longest name of a participant that is not in the registry.
pub const MAX_NAME: usize = 200;

crate::named_enum! {
    /// Where an investigation stands.
    pub enum InvestigationStatus ("investigation status") {
        Open,
        Concluded,
    }
}

crate::named_enum! {
    /// What the lab did, as the activity log records it.
    pub enum ActivityKind ("activity kind") {
        Meeting,
        Workshop,
        Interview,
        DocumentReview,
        /// A correction of an earlier entry (the log is never edited).
        Correction,
    }
}

crate::named_enum! {
    /// What the investigation concluded.
    pub enum ConclusionKind ("conclusion kind") {
        /// The rules allow it already: the barriers are answered with guidance.
        Guidance,
        /// The rule must change: proposed to the owning ministry.
        RuleChange,
        /// An experiment tests a way round it.
        Experiment,
    }
}

impl ConclusionKind {
    /// The status the conclusion moves each included barrier to.
    pub fn barrier_status(self) -> BarrierStatus {
        match self {
            ConclusionKind::Guidance => BarrierStatus::NotLegalObstacle,
            ConclusionKind::RuleChange => BarrierStatus::RuleChangeProposed,
            ConclusionKind::Experiment => BarrierStatus::ExperimentProposed,
        }
    }
}

/// A conclusion as the lab writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conclusion {
    pub kind: ConclusionKind,
    pub text: String,
    /// The experiment's link, which an experiment needs.
    pub experiment: Option<(ExperimentLink, i64)>,
    /// The ministry a rule change is proposed to, which a rule change needs.
    pub ministry: String,
    /// The ministry's response, if it has answered.
    pub ministry_response: String,
}

/// A participant: an organisation of the registry, or an agency named in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Participant {
    Organisation(i64),
    Named(String),
}

/// What a new investigation says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewInvestigation {
    pub title: String,
    pub hypothesis: String,
    pub barrier_ids: Vec<i64>,
    pub participants: Vec<Participant>,
}

fn required(field: &'static str, text: &str, max: usize) -> Result<(), InvestigationError> {
    if text.trim().is_empty() {
        return Err(InvestigationError::Field(FieldError::new(
            field,
            Problem::Required,
        )));
    }
    check_text(field, text, max).map_err(InvestigationError::Field)
}

impl NewInvestigation {
    /// A title and a hypothesis, each within its length, and at least one barrier; names of
    /// participants not empty and not too long. Repeated barriers and participants are
    /// kept once.
    pub fn check(&mut self) -> Result<(), InvestigationError> {
        required("title", &self.title, MAX_TITLE)?;
        required("hypothesis", &self.hypothesis, MAX_TEXT)?;
        self.barrier_ids.sort_unstable();
        self.barrier_ids.dedup();
        if self.barrier_ids.is_empty() {
            return Err(InvestigationError::BarrierRequired);
        }
        for p in &self.participants {
            if let Participant::Named(name) = p {
                required("participant_names", name, MAX_NAME)?;
            }
        }
        let mut seen = Vec::new();
        self.participants.retain(|p| {
            let new = !seen.contains(p);
            seen.push(p.clone());
            new
        });
        Ok(())
    }
}

/// An entry of the activity log as the lab writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewActivity {
    pub on: Date,
    pub kind: ActivityKind,
    pub note: String,
}

/// An activity is logged on an open investigation, with a note, on a day not after today.
pub fn check_activity(
    status: InvestigationStatus,
    activity: &NewActivity,
    today: Date,
) -> Result<(), InvestigationError> {
    if status == InvestigationStatus::Concluded {
        return Err(InvestigationError::Concluded);
    }
    required("note", &activity.note, MAX_TEXT)?;
    if activity.on > today {
        return Err(InvestigationError::ActivityInTheFuture);
    }
    Ok(())
}

/// An open investigation is concluded once, with a text, and an experiment with its link.
pub fn check_conclusion(
    status: InvestigationStatus,
    conclusion: &Conclusion,
) -> Result<(), InvestigationError> {
    if status == InvestigationStatus::Concluded {
        return Err(InvestigationError::Concluded);
    }
    required("conclusion", &conclusion.text, MAX_TEXT)?;
    if conclusion.kind == ConclusionKind::Experiment && conclusion.experiment.is_none() {
        return Err(InvestigationError::ExperimentLinkRequired);
    }
    if conclusion.kind == ConclusionKind::RuleChange {
        required("ministry", &conclusion.ministry, MAX_NAME)?;
    }
    check_text("ministry_response", &conclusion.ministry_response, MAX_TEXT)
        .map_err(InvestigationError::Field)
}

/// Which of an investigation's barriers a conclusion moves (`true`) and which it leaves.
/// A conclusion that moves none is refused: it would record a result nothing follows.
pub fn plan(
    barriers: &[InvestigatedBarrier],
    kind: ConclusionKind,
) -> Result<Vec<(&InvestigatedBarrier, bool)>, InvestigationError> {
    let plan: Vec<_> = barriers
        .iter()
        .map(|b| (b, moves(b.status, kind)))
        .collect();
    if plan.iter().any(|(_, moves)| *moves) {
        Ok(plan)
    } else {
        Err(InvestigationError::NothingMoves)
    }
}

/// Whether the conclusion may move a barrier of this status: the barrier register's status
/// machine decides (`BarrierStatus::next`); a barrier already where the conclusion leads is
/// skipped too.
pub fn moves(from: BarrierStatus, conclusion: ConclusionKind) -> bool {
    from.next().contains(&conclusion.barrier_status())
}

/// A barrier an investigation groups, as its page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvestigatedBarrier {
    pub id: i64,
    pub title: String,
    pub status: BarrierStatus,
}

/// A participant as kept: a registry organisation with its name, or a name in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParticipantRecord {
    /// The registry's organisation, if it is one.
    pub organisation_id: Option<i64>,
    pub name: String,
}

/// One entry of the activity log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Activity {
    pub id: i64,
    pub on: Date,
    pub kind: ActivityKind,
    pub note: String,
    /// Who logged it.
    pub logged_by: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: OffsetDateTime,
}

/// An investigation as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Investigation {
    pub id: i64,
    pub title: String,
    pub hypothesis: String,
    pub status: InvestigationStatus,
    pub conclusion_kind: Option<ConclusionKind>,
    pub conclusion: Option<String>,
    /// What an experiment's conclusion is linked to.
    pub experiment_kind: Option<ExperimentLink>,
    pub experiment_id: Option<i64>,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub concluded_at: Option<OffsetDateTime>,
    pub barriers: Vec<InvestigatedBarrier>,
    pub participants: Vec<ParticipantRecord>,
    pub activities: Vec<Activity>,
}

impl Investigation {
    /// The registry organisations taking part (for `authz::investigation`).
    pub fn participant_ids(&self) -> Vec<i64> {
        self.participants
            .iter()
            .filter_map(|p| p.organisation_id)
            .collect()
    }

    pub fn is_concluded(&self) -> bool {
        self.status == InvestigationStatus::Concluded
    }

    /// What the public reads of a concluded investigation: its title, hypothesis and
    /// conclusion, nothing of the barriers, participants or log.
    pub fn summary_only(mut self) -> Self {
        self.barriers.clear();
        self.participants.clear();
        self.activities.clear();
        self
    }
}

/// A refused step of an investigation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvestigationError {
    #[error("{0}")]
    Field(FieldError),
    #[error("an investigation groups at least one barrier")]
    BarrierRequired,
    #[error("the investigation is concluded")]
    Concluded,
    #[error("an activity is logged on the day it took place, not a day to come")]
    ActivityInTheFuture,
    #[error("an experiment is linked to a theme proposal, a scheme or an application")]
    ExperimentLinkRequired,
    #[error("the conclusion would move none of the investigation's barriers")]
    NothingMoves,
}

impl Broken for InvestigationError {
    fn code(&self) -> &'static str {
        match self {
            InvestigationError::Field(e) => e.code(),
            InvestigationError::BarrierRequired => "investigation_barrier_required",
            InvestigationError::Concluded => "investigation_concluded",
            InvestigationError::ActivityInTheFuture => "activity_in_the_future",
            InvestigationError::ExperimentLinkRequired => "barrier_experiment_link_required",
            InvestigationError::NothingMoves => "investigation_nothing_moves",
        }
    }

    fn refusal(&self) -> Refusal {
        match self {
            InvestigationError::Concluded => Refusal::Conflict,
            _ => Refusal::Invalid,
        }
    }

    fn details(&self) -> serde_json::Value {
        match self {
            InvestigationError::Field(e) => serde_json::json!({ "field": e.field }),
            InvestigationError::BarrierRequired => serde_json::json!({ "field": "barrier_ids" }),
            InvestigationError::ActivityInTheFuture => serde_json::json!({ "field": "on" }),
            InvestigationError::ExperimentLinkRequired => {
                serde_json::json!({ "field": "experiment" })
            }
            InvestigationError::NothingMoves => {
                serde_json::json!({ "field": "conclusion_kind" })
            }
            InvestigationError::Concluded => serde_json::Value::Null,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn names_agree() {
        crate::text::tests::names_agree::<InvestigationStatus>();
        crate::text::tests::names_agree::<ActivityKind>();
        crate::text::tests::names_agree::<ConclusionKind>();
    }

    #[test]
    fn a_new_investigation_needs_title_hypothesis_and_barriers() {
        let good = || NewInvestigation {
            title: "Unge utenfor".into(),
            hypothesis: "Taushetsplikten leses for strengt.".into(),
            barrier_ids: vec![3, 1, 3],
            participants: vec![
                Participant::Organisation(1),
                Participant::Organisation(1),
                Participant::Named("NAV".into()),
            ],
        };
        let mut ok = good();
        assert_eq!(ok.check(), Ok(()));
        assert_eq!(ok.barrier_ids, [1, 3]);
        assert_eq!(ok.participants.len(), 2);
        let cases: Vec<(NewInvestigation, &str)> = vec![
            (
                NewInvestigation {
                    title: " ".into(),
                    ..good()
                },
                "field_required",
            ),
            (
                NewInvestigation {
                    hypothesis: String::new(),
                    ..good()
                },
                "field_required",
            ),
            (
                NewInvestigation {
                    barrier_ids: vec![],
                    ..good()
                },
                "investigation_barrier_required",
            ),
            (
                NewInvestigation {
                    title: "x".repeat(MAX_TITLE + 1),
                    ..good()
                },
                "field_too_long",
            ),
        ];
        for (mut new, code) in cases {
            assert_eq!(new.check().unwrap_err().code(), code, "{new:?}");
        }
    }

    #[test]
    fn activities_and_conclusions() {
        let today = date!(2026 - 03 - 10);
        let activity = |on, note: &str| NewActivity {
            on,
            kind: ActivityKind::Meeting,
            note: note.into(),
        };
        let open = InvestigationStatus::Open;
        let concluded = InvestigationStatus::Concluded;
        assert_eq!(
            check_activity(open, &activity(today, "Møte"), today),
            Ok(())
        );
        assert_eq!(
            check_activity(open, &activity(date!(2026 - 03 - 11), "Møte"), today),
            Err(InvestigationError::ActivityInTheFuture)
        );
        assert_eq!(
            check_activity(concluded, &activity(today, "Møte"), today),
            Err(InvestigationError::Concluded)
        );
        assert!(check_activity(open, &activity(today, ""), today).is_err());

        let conclusion = |kind, experiment| Conclusion {
            kind,
            text: "Veilederen tillater det.".into(),
            experiment,
            ministry: String::new(),
            ministry_response: String::new(),
        };
        // A rule change names the ministry it is proposed to.
        assert_eq!(
            check_conclusion(open, &conclusion(ConclusionKind::RuleChange, None))
                .unwrap_err()
                .code(),
            "field_required"
        );
        assert_eq!(
            check_conclusion(
                open,
                &Conclusion {
                    ministry: "Arbeids- og inkluderingsdepartementet".into(),
                    ..conclusion(ConclusionKind::RuleChange, None)
                }
            ),
            Ok(())
        );
        assert_eq!(
            check_conclusion(open, &conclusion(ConclusionKind::Guidance, None)),
            Ok(())
        );
        assert_eq!(
            check_conclusion(open, &conclusion(ConclusionKind::Experiment, None)),
            Err(InvestigationError::ExperimentLinkRequired)
        );
        assert_eq!(
            check_conclusion(
                open,
                &conclusion(
                    ConclusionKind::Experiment,
                    Some((ExperimentLink::Scheme, 1))
                )
            ),
            Ok(())
        );
        assert_eq!(
            check_conclusion(concluded, &conclusion(ConclusionKind::Guidance, None)),
            Err(InvestigationError::Concluded)
        );
    }

    #[test]
    fn a_conclusion_moves_some_barrier_or_is_refused() {
        let barrier = |id, status| InvestigatedBarrier {
            id,
            title: format!("Hinder {id}"),
            status,
        };
        let both = [
            barrier(1, BarrierStatus::Confirmed),
            barrier(2, BarrierStatus::Reported),
        ];
        let plan = plan(&both, ConclusionKind::RuleChange).unwrap();
        let moving: Vec<(i64, bool)> = plan.iter().map(|(b, m)| (b.id, *m)).collect();
        assert_eq!(moving, [(1, true), (2, false)]);
        assert_eq!(
            super::plan(&both[1..], ConclusionKind::RuleChange).unwrap_err(),
            InvestigationError::NothingMoves
        );
        assert_eq!(
            super::plan(&[], ConclusionKind::Guidance)
                .unwrap_err()
                .code(),
            "investigation_nothing_moves"
        );
    }

    /// Which barriers a conclusion moves, one case a line.
    #[test]
    fn which_barriers_a_conclusion_moves() {
        use BarrierStatus::*;
        use ConclusionKind::*;
        let cases = [
            (UnderAnalysis, Guidance, true),
            (Reported, Guidance, true),
            (Confirmed, Guidance, false),
            (Confirmed, RuleChange, true),
            (ExperimentProposed, RuleChange, true),
            (UnderAnalysis, RuleChange, false),
            (Confirmed, Experiment, true),
            (UnderAnalysis, Experiment, false),
            (NotLegalObstacle, Guidance, false),
            (Merged, Guidance, false),
            (Resolved, RuleChange, false),
        ];
        for (from, kind, moved) in cases {
            assert_eq!(moves(from, kind), moved, "{from} by {kind}");
        }
    }
}
