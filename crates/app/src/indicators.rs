//! Indicators measured over time: a trial's indicators with their periods and actuals, as
//! each reader may see them (the public only approved actuals; the trial's insiders also
//! what waits or was returned), and the steps of the update workflow: the participants'
//! applicants report actuals (in a form, through the API or by importing the CSV file the
//! export writes), the secretariat or an assigned researcher approves or returns them, and
//! the secretariat defines and revises indicators.
//!
//! The approved objectives become indicators the first time someone who works on the trial
//! opens them, so progress is never kept up by hand.

use frirum_domain::authz::TrialAction;
use frirum_domain::indicator::{
    self, CategoryActual, Indicator, IndicatorDefinition, IndicatorError, NewPeriod,
    TrialIndicator, Update, UpdateInput, UpdateStatus, Verdict,
};
use frirum_store::{NewIndicator, StateOf, StoreError, UpdateWrite};

use crate::trials::{TrialAccess, TrialRights, access};
use crate::{Actor, App, Error};
use time::Date;

/// A trial's indicators as the actor may see them, with what the actor may do.
#[derive(Debug, Clone)]
pub struct TrialIndicators {
    pub trial_id: i64,
    /// The trial's case number and title, to name it.
    pub case_number: String,
    pub title: String,
    pub indicators: Vec<TrialIndicator>,
    pub rights: TrialRights,
    /// How many updates wait for review (shown to those who may review).
    pub awaiting_review: usize,
    /// Today in the scheme's country and the trial's actual end: with
    /// [`indicator::reach`] they say which periods can be reported.
    pub today: Date,
    pub actual_end: Option<Date>,
}

impl TrialIndicators {
    /// The updates waiting for review, with their indicator and period.
    pub fn queue(&self) -> Vec<(&TrialIndicator, &indicator::PeriodReport)> {
        self.indicators
            .iter()
            .flat_map(|ti| ti.periods.iter().map(move |p| (ti, p)))
            .filter(|(_, p)| {
                p.update
                    .as_ref()
                    .is_some_and(|u| u.status == UpdateStatus::Submitted)
            })
            .collect()
    }
}

/// The trial's indicators for the trial page, read with the access it already checked.
/// Someone who works on the trial (or the secretariat) gets the objectives made into
/// indicators if none exist yet.
pub async fn for_trial(
    app: &App,
    actor: &Actor,
    access: &TrialAccess,
) -> Result<TrialIndicators, Error> {
    let trial_id = access.trial.id;
    let mut indicators = app.store.trial_indicators(trial_id).await?;
    if indicators.is_empty() && access.rights.read_internal {
        seed(app, actor, access).await?;
        indicators = app.store.trial_indicators(trial_id).await?;
    } else if access.rights.read_internal && extend(app, actor, access, &indicators).await? {
        indicators = app.store.trial_indicators(trial_id).await?;
    }
    if !access.rights.read_internal {
        indicators = indicators
            .into_iter()
            .map(TrialIndicator::approved_only)
            .collect();
    }
    let mut view = TrialIndicators {
        trial_id,
        case_number: access.trial.case_number.clone(),
        title: access.trial.title.clone(),
        indicators,
        rights: access.rights,
        awaiting_review: 0,
        today: trial_today(app, actor, access).await?,
        actual_end: access.state.actual_end,
    };
    view.awaiting_review = view.queue().len();
    Ok(view)
}

/// The trial's indicators as the actor may see them (public: approved actuals only).
pub async fn read(app: &App, actor: &Actor, trial_id: i64) -> Result<TrialIndicators, Error> {
    let access = access(app, actor, trial_id, TrialAction::Read).await?;
    for_trial(app, actor, &access).await
}

/// Adds periods to indicators whose last period ends before the trial now does (it was
/// extended): true when some were added.
async fn extend(
    app: &App,
    actor: &Actor,
    access: &TrialAccess,
    indicators: &[TrialIndicator],
) -> Result<bool, Error> {
    let mut added = 0;
    for ti in indicators {
        let Some(last) = ti.periods.last() else {
            continue;
        };
        if last.period.end >= access.state.planned_end {
            continue;
        }
        let periods = indicator::periods_after(
            last.period.end,
            access.state.planned_start,
            access.state.planned_end,
            &ti.indicator.definition,
        );
        added += app
            .store
            .add_periods(
                access.trial.id,
                ti.indicator.id,
                &periods,
                actor.journal(None),
            )
            .await?;
    }
    Ok(added > 0)
}

/// Makes the trial's approved objectives into indicators, once.
async fn seed(app: &App, actor: &Actor, access: &TrialAccess) -> Result<(), Error> {
    let (start, end) = (access.state.planned_start, access.state.planned_end);
    let new: Vec<NewIndicator> = access
        .trial
        .objectives
        .iter()
        .filter(|o| !o.indicator.trim().is_empty())
        .map(|o| {
            let definition = IndicatorDefinition::from_objective(o, start);
            let periods = indicator::periods(start, end, &definition);
            NewIndicator {
                definition,
                periods,
            }
        })
        .collect();
    if new.is_empty() {
        return Ok(());
    }
    app.store
        .seed_indicators(access.trial.id, &new, actor.journal(None))
        .await?;
    Ok(())
}

/// One period's actual as typed in the form: text that the indicator's measure reads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypedUpdate {
    pub period_id: i64,
    /// The version of the update the form was shown with (none for a new one).
    pub version: Option<i64>,
    pub value: String,
    /// (category, value as typed) for the breakdown's categories.
    pub categories: Vec<(String, String)>,
    pub comment: String,
    pub submit: bool,
}

/// Reports one period's actual as typed in the form (the participants' applicants): the
/// value is read by the indicator's measure, and a wrong kind is refused naming the field.
pub async fn report_typed(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    typed: &TypedUpdate,
) -> Result<Update, Error> {
    let access = access(app, actor, trial_id, TrialAction::Report).await?;
    let indicators = app.store.trial_indicators(trial_id).await?;
    let (ti, _) = find_period(&indicators, typed.period_id)?;
    let measure = ti.indicator.definition.measure;
    let value = indicator::parse_value(measure, "value", &typed.value).map_err(Error::rule)?;
    let mut breakdown = Vec::new();
    for (i, (category, raw)) in typed.categories.iter().enumerate() {
        let field = format!("breakdown[{i}].value");
        if let Some(value) = indicator::parse_value(measure, &field, raw).map_err(Error::rule)? {
            breakdown.push(CategoryActual {
                category: category.clone(),
                value,
            });
        }
    }
    let input = UpdateInput {
        value,
        breakdown,
        comment: typed.comment.trim().to_owned(),
        submit: typed.submit,
    };
    let mut saved = write(
        app,
        actor,
        &access,
        &indicators,
        &[(typed.period_id, typed.version, input)],
    )
    .await?;
    Ok(saved.remove(0))
}

/// Reports one period's actual given as values (the API): checked against the measure.
pub async fn report(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    period_id: i64,
    expected_version: Option<i64>,
    input: UpdateInput,
) -> Result<Update, Error> {
    let access = access(app, actor, trial_id, TrialAction::Report).await?;
    let indicators = app.store.trial_indicators(trial_id).await?;
    let mut saved = write(
        app,
        actor,
        &access,
        &indicators,
        &[(period_id, expected_version, input)],
    )
    .await?;
    Ok(saved.remove(0))
}

/// Imports the actuals of a CSV file in the export's format (the participants'
/// applicants), all or nothing: the first bad line is refused with its line and field.
/// Periods left blank, and approved periods whose values are unchanged, are skipped.
pub async fn import_csv(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    bytes: &[u8],
    submit: bool,
) -> Result<Vec<Update>, Error> {
    let access = access(app, actor, trial_id, TrialAction::Report).await?;
    let indicators = app.store.trial_indicators(trial_id).await?;
    let imported = indicator::parse_csv(bytes, &indicators, submit).map_err(Error::rule)?;
    // A period that cannot be reported yet (or was never reached) is refused naming the
    // file's line, as the form and the API refuse it.
    let today = trial_today(app, actor, &access).await?;
    for u in &imported {
        let (_, report) = find_period(&indicators, u.period_id)?;
        indicator::check_reportable(&report.period, today, access.state.actual_end).map_err(
            |e| {
                Error::rule(match e {
                    IndicatorError::PeriodNotEnded {
                        period_id,
                        start,
                        end,
                        ..
                    } => IndicatorError::PeriodNotEnded {
                        period_id,
                        start,
                        end,
                        line: Some(u.line),
                    },
                    IndicatorError::PeriodAfterTrialEnd {
                        period_id,
                        start,
                        end,
                        ..
                    } => IndicatorError::PeriodAfterTrialEnd {
                        period_id,
                        start,
                        end,
                        line: Some(u.line),
                    },
                    other => other,
                })
            },
        )?;
    }
    let writes: Vec<(i64, Option<i64>, UpdateInput)> = imported
        .into_iter()
        .map(|u| (u.period_id, None, u.input))
        .collect();
    if writes.is_empty() {
        return Ok(Vec::new());
    }
    write(app, actor, &access, &indicators, &writes).await
}

/// Today in the trial's scheme's country: the day that says which periods have ended.
async fn trial_today(app: &App, actor: &Actor, access: &TrialAccess) -> Result<Date, Error> {
    let scheme = app
        .store
        .scheme(access.trial.scheme_id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(frirum_domain::trial::today_in(scheme.country, actor.now))
}

/// Checks and stores actuals, then tells the reviewers of those sent for review.
async fn write(
    app: &App,
    actor: &Actor,
    access: &TrialAccess,
    indicators: &[TrialIndicator],
    writes: &[(i64, Option<i64>, UpdateInput)],
) -> Result<Vec<Update>, Error> {
    let today = trial_today(app, actor, access).await?;
    let mut store_writes = Vec::with_capacity(writes.len());
    for (period_id, version, input) in writes {
        let (ti, report) = find_period(indicators, *period_id)?;
        indicator::check_reportable(&report.period, today, access.state.actual_end)
            .map_err(Error::rule)?;
        indicator::check_writable(report).map_err(Error::rule)?;
        indicator::check_input(&ti.indicator.definition, input).map_err(Error::rule)?;
        store_writes.push(UpdateWrite {
            period_id: *period_id,
            expected_version: *version,
            input: input.clone(),
        });
    }
    let saved = app
        .store
        .save_updates(access.trial.id, &store_writes, actor.journal(None))
        .await
        .map_err(|e| refused(e, indicators, writes.first().map(|w| w.0)))?;
    if saved.iter().any(|u| u.status == UpdateStatus::Submitted) {
        crate::notifications::tell::indicator_submitted(
            app,
            actor.now,
            &access.trial,
            &access.researcher_ids,
        )
        .await;
    }
    Ok(saved)
}

/// Approves or returns a submitted update (the secretariat or an assigned researcher)
/// against the version the reviewer saw: of two reviewers at once, one wins and the other
/// gets 409. A return says what to revise.
pub async fn review(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    update_id: i64,
    expected_version: i64,
    verdict: Verdict,
    comment: &str,
) -> Result<Update, Error> {
    let access = access(app, actor, trial_id, TrialAction::Review).await?;
    let indicators = app.store.trial_indicators(trial_id).await?;
    let update = indicators
        .iter()
        .flat_map(|ti| ti.periods.iter())
        .filter_map(|p| p.update.as_ref())
        .find(|u| u.id == update_id)
        .ok_or(Error::NotFound)?;
    if update.version != expected_version {
        return Err(Error::EditConflict {
            current: update.version,
        });
    }
    let comment = comment.trim();
    indicator::check_review(update.status, verdict, comment).map_err(Error::rule)?;
    let reviewed = app
        .store
        .review_update(
            trial_id,
            update_id,
            expected_version,
            verdict,
            comment,
            actor.journal(None),
        )
        .await
        .map_err(|e| refused(e, &indicators, None))?;
    let participants: Vec<i64> = access.state.participants.iter().map(|p| p.id).collect();
    crate::notifications::tell::indicator_reviewed(
        app,
        actor.now,
        &access.trial,
        &participants,
        verdict == Verdict::Approve,
    )
    .await;
    Ok(reviewed)
}

/// Adds an indicator to the trial (the secretariat), with periods from the trial's
/// current period and the indicator's frequency.
pub async fn define(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    definition: &IndicatorDefinition,
) -> Result<Indicator, Error> {
    let access = access(app, actor, trial_id, TrialAction::Manage).await?;
    definition.validate().map_err(Error::rule)?;
    let periods = periods_of(&access, definition);
    Ok(app
        .store
        .add_indicator(
            trial_id,
            &NewIndicator {
                definition: definition.clone(),
                periods,
            },
            actor.journal(None),
        )
        .await?)
}

/// Revises an indicator (the secretariat) against the revision the actor saw, with a
/// reason: the definition before is kept and shown, never silently replaced. Targets of
/// locked periods stay as they were; the frequency stays, so periods keep their actuals.
pub async fn revise(
    app: &App,
    actor: &Actor,
    trial_id: i64,
    indicator_id: i64,
    expected_revision: i64,
    definition: &IndicatorDefinition,
    reason: &str,
) -> Result<Indicator, Error> {
    let access = access(app, actor, trial_id, TrialAction::Manage).await?;
    let indicators = app.store.trial_indicators(trial_id).await?;
    let current = indicators
        .iter()
        .find(|t| t.indicator.id == indicator_id)
        .ok_or(Error::NotFound)?;
    let definition = IndicatorDefinition {
        frequency: current.indicator.definition.frequency,
        ..definition.clone()
    };
    definition.validate().map_err(Error::rule)?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Error::rule(IndicatorError::required("reason")));
    }
    if current.indicator.definition.measure != definition.measure
        && current.periods.iter().any(|p| p.update.is_some())
    {
        return Err(Error::rule(IndicatorError::invalid(
            "measure",
            "the measure cannot change once actuals are reported",
        )));
    }
    let periods = periods_of(&access, &definition);
    Ok(app
        .store
        .revise_indicator(
            trial_id,
            indicator_id,
            expected_revision,
            &NewIndicator {
                definition: definition.clone(),
                periods,
            },
            reason,
            actor.journal(None),
        )
        .await?)
}

/// The trial's indicators as CSV (the import's format): what the actor may read, so the
/// public file holds approved actuals only.
pub async fn export_csv(app: &App, actor: &Actor, trial_id: i64) -> Result<Vec<u8>, Error> {
    let view = read(app, actor, trial_id).await?;
    let rows = indicator::csv_rows(&view.indicators, !view.rights.read_internal);
    crate::exports::csv(&indicator::CSV_COLUMNS, rows)
}

/// A trial with actuals waiting for the actor's review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwaitingReview {
    pub trial_id: i64,
    pub case_number: String,
    pub title: String,
    pub count: i64,
}

/// The trials with actuals waiting for review that the actor may review (the secretariat:
/// all; a researcher: the trials they follow), for the dashboards.
pub async fn review_queue(app: &App, actor: &Actor) -> Result<Vec<AwaitingReview>, Error> {
    if actor.user.is_none() {
        return Ok(Vec::new());
    }
    let mut queue = Vec::new();
    for (trial_id, count) in app.store.updates_awaiting_review(None).await? {
        match access(app, actor, trial_id, TrialAction::Review).await {
            Ok(a) => queue.push(AwaitingReview {
                trial_id,
                case_number: a.trial.case_number,
                title: a.trial.title,
                count,
            }),
            Err(Error::Forbidden | Error::Unauthenticated | Error::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(queue)
}

fn periods_of(access: &TrialAccess, definition: &IndicatorDefinition) -> Vec<NewPeriod> {
    indicator::periods(
        access.state.planned_start,
        access.state.planned_end,
        definition,
    )
}

fn find_period(
    indicators: &[TrialIndicator],
    period_id: i64,
) -> Result<(&TrialIndicator, &indicator::PeriodReport), Error> {
    indicators
        .iter()
        .find_map(|ti| ti.period(period_id).map(|p| (ti, p)))
        .ok_or(Error::NotFound)
}

/// The store's refusals in the indicator rules' words (when a change came in between).
fn refused(err: StoreError, indicators: &[TrialIndicator], period_id: Option<i64>) -> Error {
    match err {
        StoreError::WrongState {
            what: StateOf::IndicatorPeriod,
            ..
        } => {
            let period = period_id.and_then(|id| find_period(indicators, id).ok());
            match period {
                Some((_, p)) => Error::rule(IndicatorError::PeriodLocked {
                    period_id: p.period.id,
                    start: p.period.start,
                    end: p.period.end,
                }),
                None => Error::WrongState {
                    what: StateOf::IndicatorPeriod,
                    current: "locked".to_owned(),
                },
            }
        }
        StoreError::WrongState {
            what: StateOf::IndicatorUpdate,
            current,
        } => match current.parse::<UpdateStatus>() {
            Ok(UpdateStatus::Submitted) if period_id.is_some() => {
                Error::rule(IndicatorError::AwaitingReview {
                    period_id: period_id.unwrap_or_default(),
                })
            }
            Ok(status) => Error::rule(IndicatorError::NotSubmitted { status }),
            Err(_) => Error::WrongState {
                what: StateOf::IndicatorUpdate,
                current,
            },
        },
        other => other.into(),
    }
}
