//! The policy lab's roll-ups of the barrier register (issue 15, item 2): how often each
//! provision is reported as blocking, by whom and with which root causes; the ranking of the
//! provisions that block most; counts by status per root cause, theme and affected group; and
//! the gap list, the confirmed open barriers with no trial yet.
//!
//! The store gathers one [`BarrierFacts`] per barrier; these pure functions count. The rules:
//!
//! - A merged barrier counts once, through the barrier it was merged into (the merge moved
//!   its reporter and supporters there), so merged barriers are left out.
//! - "How often reported" is the reporter and the supporters: counted per distinct person
//!   and per distinct organisation. A report from the public form is one person of its own.
//! - A viewer counts only what it may read: the public the public barriers
//!   ([`crate::barrier::Visibility::is_public`]), the lab every barrier.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::barrier::{AffectedGroup, BarrierStatus, ExperimentLink, RootCause, Visibility};
use crate::country::Country;
use crate::organisation::OrganisationKind;

/// An organisation that reports or supports a barrier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportingOrganisation {
    pub id: i64,
    pub name: String,
    pub kind: OrganisationKind,
}

/// One person who reports or supports a barrier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reporter {
    /// The account; `None` for a report through the public form (one person of its own).
    pub user_id: Option<i64>,
    pub organisation: Option<ReportingOrganisation>,
}

/// A provision named by a barrier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NamedProvision {
    pub provision_id: i64,
    /// Confirmed by the lab (else suggested by the reporter or the lab).
    pub confirmed: bool,
}

/// What the roll-ups need of one barrier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarrierFacts {
    pub id: i64,
    pub country: Country,
    pub title: String,
    pub status: BarrierStatus,
    pub restricted: bool,
    /// The theme of a scheme it was reported under, with the theme's title.
    pub theme: Option<(i64, String)>,
    pub root_causes: Vec<RootCause>,
    pub groups: Vec<AffectedGroup>,
    /// The reporter first, then the supporters.
    pub reporters: Vec<Reporter>,
    pub provisions: Vec<NamedProvision>,
    pub experiment: Option<(ExperimentLink, i64)>,
}

impl BarrierFacts {
    fn is_public(&self) -> bool {
        Visibility {
            status: self.status,
            restricted: self.restricted,
        }
        .is_public()
    }

    /// The confirmed provisions.
    pub fn confirmed_provisions(&self) -> impl Iterator<Item = i64> + '_ {
        self.provisions
            .iter()
            .filter(|p| p.confirmed)
            .map(|p| p.provision_id)
    }

    /// How often it is reported: distinct people and distinct organisations.
    pub fn reports(&self) -> Reports {
        let mut tally = Tally::default();
        tally.add(self);
        Reports {
            people: tally.people(),
            organisations: tally.organisations.len() as u64,
        }
    }
}

/// How often something is reported.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Reports {
    pub people: u64,
    pub organisations: u64,
}

/// Whose roll-up it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Everybody but the lab: public barriers only.
    Public,
    /// The lab: every barrier.
    Lab,
}

/// The barriers that count for the audience: never a merged one, and for the public only
/// public ones.
pub fn counted(barriers: &[BarrierFacts], audience: Audience) -> Vec<&BarrierFacts> {
    barriers
        .iter()
        .filter(|b| b.status != BarrierStatus::Merged)
        .filter(|b| audience == Audience::Lab || b.is_public())
        .collect()
}

/// Counting barriers with the people and organisations behind them, each once.
#[derive(Debug, Default)]
struct Tally {
    barriers: u64,
    users: BTreeSet<i64>,
    anonymous: u64,
    organisations: BTreeSet<i64>,
}

impl Tally {
    fn add(&mut self, b: &BarrierFacts) {
        self.barriers += 1;
        for r in &b.reporters {
            match r.user_id {
                Some(u) => {
                    self.users.insert(u);
                }
                None => self.anonymous += 1,
            }
            if let Some(o) = &r.organisation {
                self.organisations.insert(o.id);
            }
        }
    }

    fn people(&self) -> u64 {
        self.users.len() as u64 + self.anonymous
    }

    fn count(&self) -> BlockCount {
        BlockCount {
            barriers: self.barriers,
            people: self.people(),
            organisations: self.organisations.len() as u64,
        }
    }
}

/// How many barriers name a provision, and how many people and organisations report them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BlockCount {
    pub barriers: u64,
    pub people: u64,
    pub organisations: u64,
}

/// A barrier as a roll-up lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BarrierLine {
    pub id: i64,
    pub title: String,
    pub status: BarrierStatus,
    /// The lab confirmed the provision for this barrier (else it is suggested).
    pub confirmed: bool,
    /// Not public: shown to the lab only.
    pub restricted: bool,
    pub reports: Reports,
}

/// How many barriers of one status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusCount {
    pub status: BarrierStatus,
    pub count: u64,
}

/// How many barriers with one root cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CauseCount {
    pub root_cause: RootCause,
    pub count: u64,
}

/// One provision as reported as blocking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProvisionRollup {
    pub provision_id: i64,
    /// The barriers whose confirmed provisions include it.
    pub confirmed: BlockCount,
    /// The barriers that suggest it, not yet confirmed.
    pub suggested: BlockCount,
    /// The organisations that report or support those barriers, by name.
    pub organisations: Vec<ReportingOrganisation>,
    /// The root causes of those barriers, most frequent first.
    pub root_causes: Vec<CauseCount>,
    /// Their statuses, in the order of the lab's work.
    pub statuses: Vec<StatusCount>,
    /// The barriers, most reported first.
    pub barriers: Vec<BarrierLine>,
}

impl ProvisionRollup {
    pub fn is_empty(&self) -> bool {
        self.barriers.is_empty()
    }
}

/// The roll-up of one provision over the barriers the audience counts.
pub fn provision_rollup(
    provision_id: i64,
    barriers: &[BarrierFacts],
    audience: Audience,
) -> ProvisionRollup {
    let mut confirmed = Tally::default();
    let mut suggested = Tally::default();
    let mut organisations = BTreeMap::new();
    let mut causes: BTreeMap<RootCause, u64> = BTreeMap::new();
    let mut statuses: BTreeMap<BarrierStatus, u64> = BTreeMap::new();
    let mut lines = Vec::new();
    for b in counted(barriers, audience) {
        let Some(named) = b.provisions.iter().find(|p| p.provision_id == provision_id) else {
            continue;
        };
        if named.confirmed {
            confirmed.add(b);
        } else {
            suggested.add(b);
        }
        for o in b.reporters.iter().filter_map(|r| r.organisation.as_ref()) {
            organisations.entry(o.id).or_insert_with(|| o.clone());
        }
        for c in &b.root_causes {
            *causes.entry(*c).or_default() += 1;
        }
        *statuses.entry(b.status).or_default() += 1;
        lines.push(BarrierLine {
            id: b.id,
            title: b.title.clone(),
            status: b.status,
            confirmed: named.confirmed,
            restricted: !b.is_public(),
            reports: b.reports(),
        });
    }
    lines.sort_by(|a, b| {
        (b.confirmed, b.reports.people, std::cmp::Reverse(b.id)).cmp(&(
            a.confirmed,
            a.reports.people,
            std::cmp::Reverse(a.id),
        ))
    });
    let mut organisations: Vec<ReportingOrganisation> = organisations.into_values().collect();
    organisations.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    let mut root_causes: Vec<CauseCount> = causes
        .into_iter()
        .map(|(root_cause, count)| CauseCount { root_cause, count })
        .collect();
    root_causes.sort_by(|a, b| b.count.cmp(&a.count).then(a.root_cause.cmp(&b.root_cause)));
    ProvisionRollup {
        provision_id,
        confirmed: confirmed.count(),
        suggested: suggested.count(),
        organisations,
        root_causes,
        statuses: statuses
            .into_iter()
            .map(|(status, count)| StatusCount { status, count })
            .collect(),
        barriers: lines,
    }
}

/// One line of the ranking of the provisions that block most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RankedProvision {
    pub provision_id: i64,
    pub confirmed: BlockCount,
    pub suggested: BlockCount,
}

/// The provisions named by the barriers the audience counts, those that block most first:
/// by confirmed barriers, then the people reporting them, then suggested barriers; ties by
/// provision id. `country` keeps the barriers of one jurisdiction.
pub fn ranking(
    barriers: &[BarrierFacts],
    audience: Audience,
    country: Option<Country>,
) -> Vec<RankedProvision> {
    let barriers: Vec<BarrierFacts> = counted(barriers, audience)
        .into_iter()
        .filter(|b| country.is_none_or(|c| c == b.country))
        .cloned()
        .collect();
    let ids: BTreeSet<i64> = barriers
        .iter()
        .flat_map(|b| b.provisions.iter().map(|p| p.provision_id))
        .collect();
    let mut ranked: Vec<RankedProvision> = ids
        .into_iter()
        .map(|id| {
            let r = provision_rollup(id, &barriers, audience);
            RankedProvision {
                provision_id: id,
                confirmed: r.confirmed,
                suggested: r.suggested,
            }
        })
        .collect();
    ranked.sort_by(|a, b| {
        (
            b.confirmed.barriers,
            b.confirmed.people,
            b.suggested.barriers,
        )
            .cmp(&(
                a.confirmed.barriers,
                a.confirmed.people,
                a.suggested.barriers,
            ))
            .then(a.provision_id.cmp(&b.provision_id))
    });
    ranked
}

/// What a roll-up by status is grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    RootCause,
    Theme,
    AffectedGroup,
}

/// One row of a roll-up by status: a root cause, a theme or an affected group, with its
/// barriers counted per status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusRow {
    /// The root cause's or affected group's name, or the theme's id.
    pub key: String,
    /// The theme's title; empty for root causes and groups (the page translates their
    /// names).
    pub label: String,
    pub total: u64,
    /// Every status with at least one barrier, in the order of the lab's work.
    pub statuses: Vec<StatusCount>,
}

/// The barriers the audience counts, per root cause, theme or affected group and status.
/// A barrier with several root causes (or groups) counts once under each; one without a
/// theme is not in the theme roll-up. Rows come in the enum's order (themes by title).
pub fn by_status(barriers: &[BarrierFacts], audience: Audience, by: GroupBy) -> Vec<StatusRow> {
    let mut rows: BTreeMap<(usize, String), (String, BTreeMap<BarrierStatus, u64>)> =
        BTreeMap::new();
    for b in counted(barriers, audience) {
        let keys: Vec<(usize, String, String)> = match by {
            GroupBy::RootCause => b
                .root_causes
                .iter()
                .map(|c| (*c as usize, c.as_str().to_owned(), String::new()))
                .collect(),
            GroupBy::AffectedGroup => b
                .groups
                .iter()
                .map(|g| (*g as usize, g.as_str().to_owned(), String::new()))
                .collect(),
            GroupBy::Theme => b
                .theme
                .iter()
                .map(|(id, title)| (0, format!("{title}\u{0}{id}"), id.to_string()))
                .collect(),
        };
        for (order, sort, key) in keys {
            let (_, counts) = rows
                .entry((order, sort))
                .or_insert_with(|| (key, BTreeMap::new()));
            *counts.entry(b.status).or_default() += 1;
        }
    }
    rows.into_iter()
        .map(|((_, sort), (key, counts))| {
            let (key, label) = match by {
                GroupBy::Theme => {
                    let title = sort.split('\u{0}').next().unwrap_or_default().to_owned();
                    (key, title)
                }
                _ => (sort, String::new()),
            };
            StatusRow {
                key,
                label,
                total: counts.values().sum(),
                statuses: counts
                    .into_iter()
                    .map(|(status, count)| StatusCount { status, count })
                    .collect(),
            }
        })
        .collect()
}

/// What is known of the trials that could answer a barrier.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrialFacts {
    /// The provisions some registered trial was granted an exemption from
    /// ([`crate::dossier::concerns`] on each trial's grants).
    pub exempted_provisions: BTreeSet<i64>,
    /// The barriers whose experiment led to a trial: the linked application became a trial,
    /// the theme adopted from the linked theme proposal has a trial, or an application
    /// started from the barrier became a trial.
    pub from_experiment: BTreeSet<i64>,
}

/// The gap rule: a barrier is on the lab's agenda when it is confirmed and still open
/// ([`BarrierStatus::is_confirmed_open`]) and has no trial yet — no registered trial was
/// granted an exemption from any of its confirmed provisions, and no trial came from its
/// experiment link.
pub fn is_gap(barrier: &BarrierFacts, trials: &TrialFacts) -> bool {
    barrier.status.is_confirmed_open()
        && !trials.from_experiment.contains(&barrier.id)
        && !barrier
            .confirmed_provisions()
            .any(|p| trials.exempted_provisions.contains(&p))
}

/// The gap list: the barriers the audience counts that are gaps, the most reported first
/// (people, then organisations, then the oldest).
pub fn gaps<'a>(
    barriers: &'a [BarrierFacts],
    audience: Audience,
    trials: &TrialFacts,
) -> Vec<&'a BarrierFacts> {
    let mut gaps: Vec<&BarrierFacts> = counted(barriers, audience)
        .into_iter()
        .filter(|b| is_gap(b, trials))
        .collect();
    gaps.sort_by(|a, b| {
        let (ra, rb) = (a.reports(), b.reports());
        (rb.people, rb.organisations)
            .cmp(&(ra.people, ra.organisations))
            .then(a.id.cmp(&b.id))
    });
    gaps
}

/// Why nothing may be started from a barrier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StartError {
    #[error("a theme proposal or an application is started from a confirmed, open barrier")]
    NotConfirmed,
}

impl crate::rule::Broken for StartError {
    fn code(&self) -> &'static str {
        "barrier_start_not_confirmed"
    }

    fn refusal(&self) -> crate::rule::Refusal {
        crate::rule::Refusal::Conflict
    }
}

/// A theme proposal or an application is started from a barrier the lab confirmed and
/// that is still open (confirmed, experiment or rule change proposed).
pub fn check_start(status: BarrierStatus) -> Result<(), StartError> {
    if status.is_confirmed_open() {
        Ok(())
    } else {
        Err(StartError::NotConfirmed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BarrierStatus::*;

    #[test]
    fn starts_come_from_confirmed_open_barriers() {
        for status in BarrierStatus::ALL {
            let allowed = matches!(status, Confirmed | ExperimentProposed | RuleChangeProposed);
            assert_eq!(check_start(status).is_ok(), allowed, "{status}");
        }
    }

    fn org(id: i64) -> Option<ReportingOrganisation> {
        Some(ReportingOrganisation {
            id,
            name: format!("Kommune {id}"),
            kind: OrganisationKind::Municipality,
        })
    }

    /// A barrier from a compact description: reporters as (user, organisation), provisions
    /// as (id, confirmed).
    fn barrier(
        id: i64,
        status: BarrierStatus,
        reporters: &[(Option<i64>, Option<i64>)],
        provisions: &[(i64, bool)],
        causes: &[RootCause],
    ) -> BarrierFacts {
        BarrierFacts {
            id,
            country: Country::No,
            title: format!("Barrier {id}"),
            status,
            restricted: false,
            theme: None,
            root_causes: causes.to_vec(),
            groups: vec![],
            reporters: reporters
                .iter()
                .map(|(u, o)| Reporter {
                    user_id: *u,
                    organisation: o.and_then(org),
                })
                .collect(),
            provisions: provisions
                .iter()
                .map(|(provision_id, confirmed)| NamedProvision {
                    provision_id: *provision_id,
                    confirmed: *confirmed,
                })
                .collect(),
            experiment: None,
        }
    }

    fn count(barriers: u64, people: u64, organisations: u64) -> BlockCount {
        BlockCount {
            barriers,
            people,
            organisations,
        }
    }

    /// The counting rules, one case a line: the barriers, then what provision 7 counts for
    /// the public and for the lab (confirmed and suggested).
    #[test]
    fn provision_counts() {
        use RootCause::*;
        let secret = BarrierFacts {
            restricted: true,
            ..barrier(4, Confirmed, &[(Some(9), Some(3))], &[(7, true)], &[Law])
        };
        let cases: Vec<(&str, Vec<BarrierFacts>, [BlockCount; 4])> = vec![
            (
                "reporter and supporters count per person and per organisation",
                vec![barrier(
                    1,
                    Confirmed,
                    &[(Some(1), Some(1)), (Some(2), Some(1)), (Some(3), Some(2))],
                    &[(7, true)],
                    &[Law],
                )],
                [
                    count(1, 3, 2),
                    count(0, 0, 0),
                    count(1, 3, 2),
                    count(0, 0, 0),
                ],
            ),
            (
                "a person reporting two barriers is one person",
                vec![
                    barrier(1, Confirmed, &[(Some(1), Some(1))], &[(7, true)], &[Law]),
                    barrier(2, Confirmed, &[(Some(1), Some(1))], &[(7, true)], &[]),
                ],
                [
                    count(2, 1, 1),
                    count(0, 0, 0),
                    count(2, 1, 1),
                    count(0, 0, 0),
                ],
            ),
            (
                "a public-form report is a person of its own",
                vec![barrier(
                    1,
                    UnderAnalysis,
                    &[(None, None), (Some(2), None)],
                    &[(7, false)],
                    &[],
                )],
                [
                    count(0, 0, 0),
                    count(1, 2, 0),
                    count(0, 0, 0),
                    count(1, 2, 0),
                ],
            ),
            (
                "merged barriers count through the one they were merged into",
                vec![
                    barrier(
                        1,
                        Confirmed,
                        &[(Some(1), Some(1)), (Some(2), Some(2))],
                        &[(7, true)],
                        &[],
                    ),
                    barrier(2, Merged, &[(Some(2), Some(2))], &[(7, true)], &[]),
                ],
                [
                    count(1, 2, 2),
                    count(0, 0, 0),
                    count(1, 2, 2),
                    count(0, 0, 0),
                ],
            ),
            (
                "the public counts public barriers only; the lab all",
                vec![
                    barrier(1, Reported, &[(Some(1), Some(1))], &[(7, false)], &[]),
                    secret,
                    barrier(5, Confirmed, &[(Some(5), Some(5))], &[(8, true)], &[]),
                ],
                [
                    count(0, 0, 0),
                    count(0, 0, 0),
                    count(1, 1, 1),
                    count(1, 1, 1),
                ],
            ),
        ];
        for (name, barriers, [public_c, public_s, lab_c, lab_s]) in cases {
            let public = provision_rollup(7, &barriers, Audience::Public);
            let lab = provision_rollup(7, &barriers, Audience::Lab);
            assert_eq!(
                [
                    public.confirmed,
                    public.suggested,
                    lab.confirmed,
                    lab.suggested
                ],
                [public_c, public_s, lab_c, lab_s],
                "{name}"
            );
        }
    }

    #[test]
    fn provision_rollup_names_organisations_causes_and_statuses() {
        use RootCause::*;
        let barriers = vec![
            barrier(
                1,
                Confirmed,
                &[(Some(1), Some(2)), (Some(2), Some(1))],
                &[(7, true)],
                &[Law, Organisation],
            ),
            barrier(
                2,
                UnderAnalysis,
                &[(Some(3), Some(2))],
                &[(7, false)],
                &[Law],
            ),
        ];
        let r = provision_rollup(7, &barriers, Audience::Public);
        assert_eq!(
            r.organisations.iter().map(|o| o.id).collect::<Vec<_>>(),
            [1, 2]
        );
        assert_eq!(
            r.root_causes,
            [
                CauseCount {
                    root_cause: Law,
                    count: 2
                },
                CauseCount {
                    root_cause: Organisation,
                    count: 1
                },
            ]
        );
        assert_eq!(
            r.statuses,
            [
                StatusCount {
                    status: UnderAnalysis,
                    count: 1
                },
                StatusCount {
                    status: Confirmed,
                    count: 1
                },
            ]
        );
        assert_eq!(r.barriers.iter().map(|b| b.id).collect::<Vec<_>>(), [1, 2]);
        assert!(provision_rollup(99, &barriers, Audience::Lab).is_empty());
    }

    #[test]
    fn ranking_puts_what_blocks_most_first() {
        let mut danish = barrier(4, Confirmed, &[(Some(8), None)], &[(30, true)], &[]);
        danish.country = Country::Dk;
        let barriers = vec![
            barrier(
                1,
                Confirmed,
                &[(Some(1), None)],
                &[(10, true), (20, false)],
                &[],
            ),
            barrier(
                2,
                Confirmed,
                &[(Some(2), None), (Some(3), None)],
                &[(20, true)],
                &[],
            ),
            barrier(
                3,
                Confirmed,
                &[(Some(4), None)],
                &[(20, true), (10, false)],
                &[],
            ),
            danish,
        ];
        let ids = |r: Vec<RankedProvision>| r.iter().map(|p| p.provision_id).collect::<Vec<_>>();
        assert_eq!(
            ids(ranking(&barriers, Audience::Public, None)),
            [20, 10, 30]
        );
        assert_eq!(
            ids(ranking(&barriers, Audience::Public, Some(Country::No))),
            [20, 10]
        );
        assert_eq!(
            ids(ranking(&barriers, Audience::Public, Some(Country::Dk))),
            [30]
        );
        let top = ranking(&barriers, Audience::Public, None)[0];
        assert_eq!(
            (top.confirmed, top.suggested),
            (count(2, 3, 0), count(1, 1, 0))
        );
    }

    #[test]
    fn counts_by_status_per_cause_theme_and_group() {
        use RootCause::*;
        let mut a = barrier(1, Confirmed, &[], &[], &[Law, ItSystemsAndData]);
        a.theme = Some((5, "Unge".into()));
        a.groups = vec![AffectedGroup::YoungPeopleOutsideWork];
        let mut b = barrier(2, UnderAnalysis, &[], &[], &[Law]);
        b.theme = Some((5, "Unge".into()));
        b.groups = vec![
            AffectedGroup::YoungPeopleOutsideWork,
            AffectedGroup::Unemployed,
        ];
        let c = barrier(3, Merged, &[], &[], &[Law]);
        let barriers = vec![a, b, c];
        let rows = by_status(&barriers, Audience::Lab, GroupBy::RootCause);
        let summary: Vec<(String, u64, usize)> = rows
            .iter()
            .map(|r| (r.key.clone(), r.total, r.statuses.len()))
            .collect();
        assert_eq!(
            summary,
            [("law".into(), 2, 2), ("it_systems_and_data".into(), 1, 1)]
        );
        let themes = by_status(&barriers, Audience::Lab, GroupBy::Theme);
        assert_eq!(
            (
                themes[0].key.as_str(),
                themes[0].label.as_str(),
                themes[0].total
            ),
            ("5", "Unge", 2)
        );
        let groups = by_status(&barriers, Audience::Lab, GroupBy::AffectedGroup);
        assert_eq!(
            groups
                .iter()
                .map(|r| (r.key.as_str(), r.total))
                .collect::<Vec<_>>(),
            [("young_people_outside_work", 2), ("unemployed", 1)]
        );
        // Under analysis is not public? It is triaged, so it is.
        assert_eq!(
            by_status(&barriers, Audience::Public, GroupBy::RootCause)[0].total,
            2
        );
    }

    /// The gap rule, one case a line: status, confirmed provisions exempted by a trial,
    /// trial from the experiment link, and whether it is a gap.
    #[test]
    fn the_gap_rule() {
        let cases = [
            (Confirmed, false, false, true),
            (ExperimentProposed, false, false, true),
            (RuleChangeProposed, false, false, true),
            (Confirmed, true, false, false),
            (ExperimentProposed, false, true, false),
            (UnderAnalysis, false, false, false),
            (Reported, false, false, false),
            (NotLegalObstacle, false, false, false),
            (Resolved, false, false, false),
            (Closed, false, false, false),
        ];
        for (status, exempted, experiment, gap) in cases {
            let b = barrier(1, status, &[], &[(7, true), (8, false)], &[]);
            let mut trials = TrialFacts::default();
            if exempted {
                trials.exempted_provisions.insert(7);
            }
            if experiment {
                trials.from_experiment.insert(1);
            }
            assert_eq!(is_gap(&b, &trials), gap, "{status} {exempted} {experiment}");
        }
        // A trial exempting only a suggested provision does not answer it.
        let b = barrier(1, Confirmed, &[], &[(7, true), (8, false)], &[]);
        let trials = TrialFacts {
            exempted_provisions: [8].into(),
            ..TrialFacts::default()
        };
        assert!(is_gap(&b, &trials));
    }

    #[test]
    fn gaps_most_reported_first() {
        let barriers = vec![
            barrier(1, Confirmed, &[(Some(1), None)], &[], &[]),
            barrier(2, Confirmed, &[(Some(1), None), (Some(2), None)], &[], &[]),
            barrier(
                3,
                UnderAnalysis,
                &[(Some(1), None), (Some(2), None), (Some(3), None)],
                &[],
                &[],
            ),
            barrier(4, Merged, &[(Some(1), None)], &[], &[]),
        ];
        let ids: Vec<i64> = gaps(&barriers, Audience::Lab, &TrialFacts::default())
            .iter()
            .map(|b| b.id)
            .collect();
        assert_eq!(ids, [2, 1]);
    }
}
