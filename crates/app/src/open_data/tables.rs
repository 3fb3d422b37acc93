//! The open data's tables: every field described once (name, type, description) and the
//! rows of each table made from the public dataset. The CSV files, the data package, the
//! JSON document, the workbook and the data dictionary page all read these definitions, so
//! that a column cannot appear in one without its description in the others.

use serde::Serialize;
use time::{Date, OffsetDateTime};

use super::PublicDataset;

/// A field's type, as the Frictionless Table Schema names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Number,
    String,
    Boolean,
    Date,
    DateTime,
}

impl Kind {
    /// The Table Schema's name of the type.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Integer => "integer",
            Kind::Number => "number",
            Kind::String => "string",
            Kind::Boolean => "boolean",
            Kind::Date => "date",
            Kind::DateTime => "datetime",
        }
    }
}

/// One column: its name, its type and what it holds, in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub kind: Kind,
    pub description: &'static str,
}

/// A column that names a row of another table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForeignKey {
    pub field: &'static str,
    pub table: &'static str,
    pub reference: &'static str,
}

/// One table: its name (also its CSV file's and sheet's), what a row is, its fields, the
/// field that identifies a row and the fields that name rows of other tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableDef {
    pub name: &'static str,
    pub description: &'static str,
    pub fields: &'static [Field],
    pub primary_key: &'static [&'static str],
    pub foreign_keys: &'static [ForeignKey],
}

/// One cell's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Integer(i64),
    Number(f64),
    Text(String),
    Boolean(bool),
    Date(Date),
    DateTime(OffsetDateTime),
}

impl Cell {
    /// The cell as CSV and the workbook's text write it (empty for none).
    pub fn text(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Integer(n) => n.to_string(),
            Cell::Number(n) => n.to_string(),
            Cell::Text(s) => s.clone(),
            Cell::Boolean(b) => b.to_string(),
            Cell::Date(d) => d.to_string(),
            Cell::DateTime(t) => rfc3339(*t),
        }
    }

    /// The cell as a JSON value.
    pub fn json(&self) -> serde_json::Value {
        match self {
            Cell::Null => serde_json::Value::Null,
            Cell::Integer(n) => (*n).into(),
            Cell::Number(n) => serde_json::Number::from_f64(*n)
                .map(serde_json::Value::Number)
                .unwrap_or(serde_json::Value::Null),
            Cell::Text(s) => s.clone().into(),
            Cell::Boolean(b) => (*b).into(),
            Cell::Date(_) | Cell::DateTime(_) => self.text().into(),
        }
    }
}

/// A moment as RFC 3339, in UTC.
pub fn rfc3339(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// A table with its rows, each a cell per field in the definition's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub def: &'static TableDef,
    pub rows: Vec<Vec<Cell>>,
}

const fn field(name: &'static str, kind: Kind, description: &'static str) -> Field {
    Field {
        name,
        kind,
        description,
    }
}

const fn fk(field: &'static str, table: &'static str, reference: &'static str) -> ForeignKey {
    ForeignKey {
        field,
        table,
        reference,
    }
}

use Kind::{Boolean as B, Date as D, DateTime as T, Integer as I, Number as N, String as S};

pub const SCHEMES: TableDef = TableDef {
    name: "schemes",
    description: "Experiment schemes: the programmes under which public bodies apply to try \
                  out exemptions from rules. Only published and closed schemes are included.",
    fields: &[
        field("scheme_id", I, "Frirum's identifier of the scheme."),
        field(
            "code",
            S,
            "The scheme's short code, used in case numbers (such as DK2019).",
        ),
        field(
            "country",
            S,
            "The scheme's country: ISO 3166-1 alpha-2 code in lower case.",
        ),
        field("title", S, "The scheme's title, in the scheme's language."),
        field(
            "language",
            S,
            "The language the scheme's texts are written in (ISO 639-1).",
        ),
        field("status", S, "published (open for applications) or closed."),
        field(
            "publish_applications",
            B,
            "Whether submitted applications are published once a round's deadline has passed.",
        ),
        field(
            "rules_version",
            I,
            "The version of the scheme's rules now in force, counted from 1.",
        ),
        field("created_at", T, "When the scheme was created."),
        field("updated_at", T, "When the scheme was last changed."),
    ],
    primary_key: &["scheme_id"],
    foreign_keys: &[],
};

pub const ROUNDS: TableDef = TableDef {
    name: "rounds",
    description: "Application rounds of the schemes, with their opening and deadline.",
    fields: &[
        field("round_id", I, "Frirum's identifier of the round."),
        field("scheme_id", I, "The scheme the round belongs to."),
        field("number", I, "The round's number within its scheme, from 1."),
        field("title", S, "The round's title."),
        field("opens_at", T, "When the round opens for applications."),
        field(
            "deadline_at",
            T,
            "The last moment applications are accepted.",
        ),
        field(
            "time_zone",
            S,
            "The time zone the opening and deadline were set in (IANA name).",
        ),
        field(
            "target_trials",
            I,
            "How many trials the round aims to approve.",
        ),
    ],
    primary_key: &["round_id"],
    foreign_keys: &[fk("scheme_id", "schemes", "scheme_id")],
};

pub const APPLICATIONS: TableDef = TableDef {
    name: "applications",
    description: "Submitted applications that their scheme publishes, once their round's \
                  deadline has passed.",
    fields: &[
        field(
            "application_id",
            I,
            "Frirum's identifier of the application.",
        ),
        field("scheme_id", I, "The scheme applied to."),
        field("round_id", I, "The round applied in."),
        field("case_number", S, "The case number given at submission."),
        field(
            "title",
            S,
            "The application's title, in the applicant's words.",
        ),
        field(
            "lead_organisation_id",
            I,
            "Frirum's identifier of the lead applicant organisation.",
        ),
        field(
            "lead_organisation_code",
            S,
            "The lead organisation's official code in its country (municipality or county number).",
        ),
        field("lead_organisation_name", S, "The lead organisation's name."),
        field(
            "member_count",
            I,
            "How many other organisations apply together with the lead.",
        ),
        field("submitted_at", T, "When the application was submitted."),
    ],
    primary_key: &["application_id"],
    foreign_keys: &[
        fk("scheme_id", "schemes", "scheme_id"),
        fk("round_id", "rounds", "round_id"),
    ],
};

pub const DECISIONS: TableDef = TableDef {
    name: "decisions",
    description: "Decisions on applications: approved or rejected, with the reasons.",
    fields: &[
        field("decision_id", I, "Frirum's identifier of the decision."),
        field(
            "application_id",
            I,
            "Frirum's identifier of the application decided.",
        ),
        field("scheme_id", I, "The scheme the application was made to."),
        field("case_number", S, "The application's case number."),
        field("title", S, "The application's title."),
        field(
            "lead_organisation_id",
            I,
            "Frirum's identifier of the lead applicant organisation.",
        ),
        field("lead_organisation_name", S, "The lead organisation's name."),
        field("outcome", S, "approved or rejected."),
        field(
            "reasons",
            S,
            "The grounds of the decision, as the decision letter gives them.",
        ),
        field(
            "conditions",
            S,
            "Conditions attached to an approval (empty if none).",
        ),
        field(
            "period_start",
            D,
            "The first day of the approved trial period (approvals only).",
        ),
        field(
            "period_end",
            D,
            "The last day of the approved trial period (approvals only).",
        ),
        field("decided_at", T, "When the decision was made."),
        field(
            "trial_id",
            I,
            "The trial the approval created (approvals only).",
        ),
    ],
    primary_key: &["decision_id"],
    foreign_keys: &[fk("scheme_id", "schemes", "scheme_id")],
};

pub const GRANTS: TableDef = TableDef {
    name: "grants",
    description: "The exemptions each approval grants: one row per granted exemption.",
    fields: &[
        field("decision_id", I, "The decision that grants the exemption."),
        field(
            "application_id",
            I,
            "The application the exemption was requested in.",
        ),
        field(
            "exemption",
            I,
            "The exemption's position among the application's requested exemptions, from 0.",
        ),
        field(
            "scope",
            S,
            "What the exemption is from: a provision of an act or regulation, or another kind of rule.",
        ),
        field(
            "reference",
            S,
            "The rule exempted from, as the applicant cited it.",
        ),
        field(
            "desired_change",
            S,
            "What the applicant asked to do instead.",
        ),
        field(
            "provision_ids",
            S,
            "Identifiers of the law catalogue's provisions the grant is narrowed to, separated by spaces (empty: granted as requested).",
        ),
        field(
            "note",
            S,
            "How the grant is narrowed or qualified, in words.",
        ),
    ],
    primary_key: &["decision_id", "exemption"],
    foreign_keys: &[fk("decision_id", "decisions", "decision_id")],
};

pub const TRIALS: TableDef = TableDef {
    name: "trials",
    description: "Registered trials: the experiments approvals created, with their status \
                  and periods.",
    fields: &[
        field("trial_id", I, "Frirum's identifier of the trial."),
        field(
            "application_id",
            I,
            "The application whose approval created the trial.",
        ),
        field("scheme_id", I, "The scheme the trial runs under."),
        field(
            "case_number",
            S,
            "The case number of the trial's application.",
        ),
        field("title", S, "The trial's title."),
        field(
            "country",
            S,
            "The trial's country: ISO 3166-1 alpha-2 code in lower case.",
        ),
        field("status", S, "planned, running, suspended or ended."),
        field(
            "end_kind",
            S,
            "How an ended trial ended: completed or stopped early (empty while it has not ended).",
        ),
        field("planned_start", D, "The first day of the planned period."),
        field("planned_end", D, "The last day of the planned period."),
        field("actual_start", D, "The day the trial started, if it has."),
        field("actual_end", D, "The day the trial ended, if it has."),
        field(
            "participant_ids",
            S,
            "Frirum's identifiers of the participating organisations, separated by spaces.",
        ),
        field(
            "participants",
            S,
            "The participating organisations' names, separated by semicolons.",
        ),
        field(
            "verified_at",
            T,
            "When the trial last confirmed its status by a report.",
        ),
    ],
    primary_key: &["trial_id"],
    foreign_keys: &[fk("scheme_id", "schemes", "scheme_id")],
};

pub const INDICATORS: TableDef = TableDef {
    name: "indicators",
    description: "What each trial measures, with its baseline and target.",
    fields: &[
        field("indicator_id", I, "Frirum's identifier of the indicator."),
        field("trial_id", I, "The trial that measures it."),
        field(
            "position",
            I,
            "Its place among the trial's indicators, from 1.",
        ),
        field(
            "revision",
            I,
            "How many definitions it has had: 1 until it is first edited.",
        ),
        field("title", S, "What is measured."),
        field("description", S, "How it is measured."),
        field(
            "measure",
            S,
            "The kind of value: a number in a unit, a percentage, or a qualitative description.",
        ),
        field(
            "unit",
            S,
            "The unit values are counted in (empty for percentages and qualitative indicators).",
        ),
        field("ascending", B, "True when a higher value is better."),
        field("baseline_date", D, "The day the baseline was measured."),
        field("baseline_value", N, "The value before the trial."),
        field("target_value", N, "The value the trial aims for."),
        field(
            "target_date",
            D,
            "The day the target is to be reached (empty: by the trial's end).",
        ),
        field("frequency", S, "How often the indicator is reported."),
    ],
    primary_key: &["indicator_id"],
    foreign_keys: &[fk("trial_id", "trials", "trial_id")],
};

pub const INDICATOR_PERIODS: TableDef = TableDef {
    name: "indicator_periods",
    description: "Each indicator's reporting periods, with the target and the approved \
                  actual value.",
    fields: &[
        field("period_id", I, "Frirum's identifier of the period."),
        field("indicator_id", I, "The indicator the period belongs to."),
        field("trial_id", I, "The trial the indicator belongs to."),
        field("start", D, "The first day of the period."),
        field("end", D, "The last day of the period."),
        field("target", N, "The target for the period, if one was set."),
        field(
            "actual_value",
            N,
            "The approved actual value, if reported as a number.",
        ),
        field(
            "actual_text",
            S,
            "The approved actual value, if reported in words.",
        ),
        field("comment", S, "The trial's comment on the actual value."),
        field("reported_at", T, "When the approved value was reported."),
    ],
    primary_key: &["period_id"],
    foreign_keys: &[
        fk("indicator_id", "indicators", "indicator_id"),
        fk("trial_id", "trials", "trial_id"),
    ],
};

pub const REPORTS: TableDef = TableDef {
    name: "reports",
    description: "The trials' status reports the secretariat accepted: their public parts.",
    fields: &[
        field("report_id", I, "Frirum's identifier of the report."),
        field("trial_id", I, "The trial reported on."),
        field("kind", S, "A periodic status report or the final report."),
        field("period_start", D, "The first day the report covers."),
        field(
            "period_end",
            D,
            "The first day after the period the report covers.",
        ),
        field("due_date", D, "The day the report was due."),
        field(
            "progress",
            S,
            "How the trial went in the period, in the trial's words.",
        ),
        field("problems", S, "What went wrong or stands in the way."),
        field(
            "milestones",
            I,
            "How many milestones the report accounts for.",
        ),
        field(
            "exemptions_used",
            I,
            "How many granted exemptions the report says were used.",
        ),
        field(
            "legal_security_events",
            I,
            "How many complaints, opt-outs and incidents the report records (their descriptions are not public).",
        ),
        field("submitted_at", T, "When the report was submitted."),
        field(
            "accepted_at",
            T,
            "When the secretariat accepted the report.",
        ),
    ],
    primary_key: &["report_id"],
    foreign_keys: &[fk("trial_id", "trials", "trial_id")],
};

pub const EVALUATIONS: TableDef = TableDef {
    name: "evaluations",
    description: "Published evaluations whose embargo has lifted: of one trial, or joint \
                  evaluations of a whole scheme.",
    fields: &[
        field("evaluation_id", I, "Frirum's identifier of the evaluation."),
        field(
            "scheme_id",
            I,
            "The scheme evaluated, or the trial's scheme.",
        ),
        field(
            "trial_id",
            I,
            "The trial evaluated (empty for a scheme's joint evaluation).",
        ),
        field("kind", S, "The kind of evaluation."),
        field("title", S, "The evaluation's title."),
        field("findings", I, "How many findings it records."),
        field("published_at", T, "When it was published."),
    ],
    primary_key: &["evaluation_id"],
    foreign_keys: &[fk("scheme_id", "schemes", "scheme_id")],
};

pub const OUTCOMES: TableDef = TableDef {
    name: "generalisation_outcomes",
    description: "What became of each granted exemption after its trial: made permanent, \
                  extended, dropped and the like. The newest outcome of an exemption counts.",
    fields: &[
        field("outcome_id", I, "Frirum's identifier of the outcome."),
        field("trial_id", I, "The trial whose exemption it concerns."),
        field(
            "exemption",
            I,
            "The exemption's position among the trial's granted exemptions, from 0.",
        ),
        field(
            "current",
            B,
            "True for the newest outcome of the exemption, the one that counts.",
        ),
        field("category", S, "What became of the exemption."),
        field("reasons", S, "Why, in the secretariat's words."),
        field(
            "evaluation_ids",
            S,
            "Identifiers of the evaluations the outcome rests on, separated by spaces.",
        ),
        field(
            "resulting_act_id",
            S,
            "The official identifier of the act that resulted, if any.",
        ),
        field(
            "resulting_act_title",
            S,
            "The title of the act that resulted, if any.",
        ),
        field(
            "resulting_provision",
            S,
            "The label of the provision that resulted, if any.",
        ),
        field("in_force", D, "The day the resulting rule came into force."),
        field("recorded_at", T, "When the outcome was recorded."),
    ],
    primary_key: &["outcome_id"],
    foreign_keys: &[fk("trial_id", "trials", "trial_id")],
};

pub const BARRIERS: TableDef = TableDef {
    name: "barriers",
    description: "Public entries of the barrier register: rules that stand in the way of \
                  better services, as reported and triaged.",
    fields: &[
        field("barrier_id", I, "Frirum's identifier of the barrier."),
        field(
            "country",
            S,
            "The country whose rules it concerns: ISO 3166-1 alpha-2 code in lower case.",
        ),
        field("scheme_id", I, "The scheme it was reported under, if any."),
        field(
            "theme_id",
            I,
            "The scheme's theme it was reported under, if any.",
        ),
        field("title", S, "The barrier's title."),
        field("wants_to_do", S, "What the reporter wants to do."),
        field("obstacle", S, "What stands in the way."),
        field("consequences", S, "What the barrier costs."),
        field(
            "status",
            S,
            "Where the barrier stands in the policy lab's work.",
        ),
        field("supporters", I, "How many others said they meet it too."),
        field("reported_at", T, "When it was reported."),
        field("updated_at", T, "When it was last changed."),
    ],
    primary_key: &["barrier_id"],
    foreign_keys: &[fk("scheme_id", "schemes", "scheme_id")],
};

pub const FUND_ALLOCATIONS: TableDef = TableDef {
    name: "fund_allocations",
    description: "Stimulus funds awarded to trials. Amounts are in minor units of the \
                  currency (øre, öre, cents).",
    fields: &[
        field("allocation_id", I, "Frirum's identifier of the award."),
        field("scheme_id", I, "The scheme whose budget funds it."),
        field("trial_id", I, "The trial awarded."),
        field("currency", S, "ISO 4217 currency code."),
        field(
            "amount_applied_for",
            I,
            "The amount applied for, in minor units.",
        ),
        field("amount_awarded", I, "The amount awarded, in minor units."),
        field(
            "amount_disbursed",
            I,
            "The sum paid out so far, in minor units.",
        ),
        field("award_date", D, "The day the award was made."),
        field("planned_start", D, "The first day of the funded period."),
        field("planned_end", D, "The last day of the funded period."),
    ],
    primary_key: &["allocation_id"],
    foreign_keys: &[
        fk("scheme_id", "schemes", "scheme_id"),
        fk("trial_id", "trials", "trial_id"),
    ],
};

pub const FUND_PAYMENTS: TableDef = TableDef {
    name: "fund_payments",
    description: "Payments of awarded stimulus funds. Amounts are in minor units.",
    fields: &[
        field("payment_id", I, "Frirum's identifier of the payment."),
        field("allocation_id", I, "The award paid from."),
        field("trial_id", I, "The trial paid."),
        field("paid_on", D, "The day of the payment."),
        field(
            "amount",
            I,
            "The amount paid, in minor units of the award's currency.",
        ),
    ],
    primary_key: &["payment_id"],
    foreign_keys: &[
        fk("allocation_id", "fund_allocations", "allocation_id"),
        fk("trial_id", "trials", "trial_id"),
    ],
};

/// Every table, in the order the files and the dictionary give them.
pub const TABLES: [&TableDef; 14] = [
    &SCHEMES,
    &ROUNDS,
    &APPLICATIONS,
    &DECISIONS,
    &GRANTS,
    &TRIALS,
    &INDICATORS,
    &INDICATOR_PERIODS,
    &REPORTS,
    &EVALUATIONS,
    &OUTCOMES,
    &BARRIERS,
    &FUND_ALLOCATIONS,
    &FUND_PAYMENTS,
];

/// A value's snake_case name, as its serde form gives it (the API's names).
fn code<T: Serialize>(value: &T) -> Cell {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Cell::Text(s),
        Ok(other) => Cell::Text(other.to_string()),
        Err(_) => Cell::Null,
    }
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_owned())
}

fn int(n: impl Into<i64>) -> Cell {
    Cell::Integer(n.into())
}

fn opt<T>(value: Option<T>, cell: impl FnOnce(T) -> Cell) -> Cell {
    value.map_or(Cell::Null, cell)
}

fn ids(ids: impl IntoIterator<Item = i64>) -> Cell {
    Cell::Text(
        ids.into_iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The dataset's tables, every row with a cell per field.
pub fn tables(data: &PublicDataset) -> Vec<Table> {
    let table = |def: &'static TableDef, rows: Vec<Vec<Cell>>| Table { def, rows };
    let schemes = data
        .schemes
        .iter()
        .map(|s| {
            vec![
                int(s.id),
                text(&s.code),
                code(&s.country),
                text(&s.title),
                code(&s.language),
                code(&s.status),
                Cell::Boolean(s.publish_applications),
                int(s.rules_version),
                Cell::DateTime(s.created_at),
                Cell::DateTime(s.updated_at),
            ]
        })
        .collect();
    let rounds = data
        .rounds
        .iter()
        .map(|r| {
            vec![
                int(r.id),
                int(r.scheme_id),
                int(r.number),
                text(&r.title),
                opt(r.opens.instant().ok(), Cell::DateTime),
                opt(r.deadline.instant().ok(), Cell::DateTime),
                text(&r.opens.time_zone),
                int(r.target_trials),
            ]
        })
        .collect();
    let applications = data
        .applications
        .iter()
        .map(|a| {
            vec![
                int(a.id),
                int(a.scheme_id),
                int(a.round_id),
                opt(a.case_number.as_deref(), text),
                text(&a.title),
                int(a.lead.id),
                text(&a.lead.code),
                text(&a.lead.name),
                int(a.member_count),
                opt(a.submitted_at, Cell::DateTime),
            ]
        })
        .collect();
    let decisions = data
        .decisions
        .iter()
        .map(|d| {
            let (s, full) = (&d.summary, &d.decision);
            vec![
                int(s.id),
                int(s.application_id),
                int(s.scheme_id),
                text(&s.case_number),
                text(&s.title),
                int(s.lead.id),
                text(&s.lead.name),
                code(&s.outcome),
                text(&full.reasons),
                text(&full.conditions),
                opt(full.period_start, Cell::Date),
                opt(full.period_end, Cell::Date),
                Cell::DateTime(s.decided_at),
                opt(s.trial_id, int),
            ]
        })
        .collect();
    let grants = data
        .decisions
        .iter()
        .flat_map(|d| {
            d.decision.granted.iter().map(move |g| {
                vec![
                    int(d.summary.id),
                    int(d.summary.application_id),
                    Cell::Integer(i64::try_from(g.exemption).unwrap_or(i64::MAX)),
                    code(&g.scope),
                    text(&g.reference),
                    text(&g.desired_change),
                    ids(g.provision_ids.iter().copied()),
                    text(&g.note),
                ]
            })
        })
        .collect();
    let trials = data
        .trials
        .iter()
        .map(|t| {
            let s = &t.summary;
            vec![
                int(s.id),
                int(s.application_id),
                int(s.scheme_id),
                text(&s.case_number),
                text(&s.title),
                code(&s.country),
                code(&s.status),
                opt(s.end_kind.as_ref(), code),
                Cell::Date(s.planned_start),
                Cell::Date(s.planned_end),
                opt(s.actual_start, Cell::Date),
                opt(s.actual_end, Cell::Date),
                ids(s.participants.iter().map(|p| p.id)),
                Cell::Text(
                    s.participants
                        .iter()
                        .map(|p| p.name.as_str())
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                opt(s.verified_at, Cell::DateTime),
            ]
        })
        .collect();
    let indicators = data
        .trials
        .iter()
        .flat_map(|t| t.indicators.iter())
        .map(|ti| {
            let i = &ti.indicator;
            let d = &i.definition;
            vec![
                int(i.id),
                int(i.trial_id),
                int(i.position),
                int(i.revision),
                text(&d.title),
                text(&d.description),
                code(&d.measure),
                text(&d.unit),
                Cell::Boolean(d.ascending),
                opt(d.baseline_date, Cell::Date),
                opt(d.baseline_value, Cell::Number),
                opt(d.target_value, Cell::Number),
                opt(d.target_date, Cell::Date),
                code(&d.frequency),
            ]
        })
        .collect();
    let periods = data
        .trials
        .iter()
        .flat_map(|t| t.indicators.iter())
        .flat_map(|ti| {
            ti.periods.iter().map(move |p| {
                // The app gives the public approved updates only; a pending one would not
                // be here.
                let update = p.update.as_ref();
                let value = update.and_then(|u| u.value.as_ref());
                let (number, words) = match value {
                    Some(frirum_domain::indicator::ActualValue::Number(n)) => {
                        (Cell::Number(*n), Cell::Null)
                    }
                    Some(frirum_domain::indicator::ActualValue::Text(s)) => (Cell::Null, text(s)),
                    None => (Cell::Null, Cell::Null),
                };
                vec![
                    int(p.period.id),
                    int(p.period.indicator_id),
                    int(ti.indicator.trial_id),
                    Cell::Date(p.period.start),
                    Cell::Date(p.period.end),
                    opt(p.period.target, Cell::Number),
                    number,
                    words,
                    opt(update.map(|u| u.comment.as_str()), text),
                    opt(update.map(|u| u.reported_at), Cell::DateTime),
                ]
            })
        })
        .collect();
    let count = |n: usize| Cell::Integer(i64::try_from(n).unwrap_or(i64::MAX));
    let reports = data
        .trials
        .iter()
        .flat_map(|t| t.reports.iter())
        .map(|r| {
            vec![
                int(r.id),
                int(r.trial_id),
                code(&r.kind),
                Cell::Date(r.period_start),
                Cell::Date(r.period_end),
                Cell::Date(r.due_date),
                text(&r.content.progress),
                text(&r.content.problems),
                count(r.content.milestones.len()),
                count(r.content.exemptions_used.len()),
                count(r.content.events.len()),
                opt(r.submitted_at, Cell::DateTime),
                opt(r.decided_at, Cell::DateTime),
            ]
        })
        .collect();
    let evaluations = data
        .trials
        .iter()
        .flat_map(|t| t.evaluations.iter())
        .chain(data.scheme_evaluations.iter())
        .map(|e| {
            vec![
                int(e.id),
                int(e.scheme_id),
                opt(e.trial_id, int),
                code(&e.kind),
                text(&e.title),
                count(e.findings),
                opt(e.published_at, Cell::DateTime),
            ]
        })
        .collect();
    let outcomes = data
        .trials
        .iter()
        .flat_map(|t| t.outcomes.iter())
        .flat_map(|exemption| {
            exemption.iter().enumerate().map(|(i, o)| {
                vec![
                    int(o.id),
                    int(o.trial_id),
                    count(o.exemption),
                    Cell::Boolean(i == 0),
                    code(&o.category),
                    text(&o.reasons),
                    ids(o.evaluation_ids.iter().copied()),
                    opt(o.resulting_act_official_id.as_deref(), text),
                    opt(o.resulting_act_title.as_deref(), text),
                    opt(o.resulting_provision_label.as_deref(), text),
                    opt(o.in_force, Cell::Date),
                    Cell::DateTime(o.recorded_at),
                ]
            })
        })
        .collect();
    let barriers = data
        .barriers
        .iter()
        .map(|b| {
            vec![
                int(b.id),
                code(&b.country),
                opt(b.scheme_id, int),
                opt(b.theme_id, int),
                text(&b.title),
                text(&b.wants_to_do),
                text(&b.obstacle),
                text(&b.consequences),
                code(&b.status),
                int(b.supporter_count),
                Cell::DateTime(b.reported_at),
                Cell::DateTime(b.updated_at),
            ]
        })
        .collect();
    let allocations = data
        .trials
        .iter()
        .flat_map(|t| t.allocations.iter())
        .map(|a| {
            vec![
                int(a.id),
                int(a.scheme_id),
                int(a.trial_id),
                code(&a.currency),
                opt(a.amount_applied_for, int),
                int(a.amount_awarded),
                int(a.amount_disbursed),
                Cell::Date(a.award_date),
                Cell::Date(a.planned_start),
                Cell::Date(a.planned_end),
            ]
        })
        .collect();
    let payments = data
        .trials
        .iter()
        .flat_map(|t| t.payments.iter())
        .map(|p| {
            vec![
                int(p.id),
                int(p.allocation_id),
                int(p.trial_id),
                Cell::Date(p.paid_on),
                int(p.amount),
            ]
        })
        .collect();
    vec![
        table(&SCHEMES, schemes),
        table(&ROUNDS, rounds),
        table(&APPLICATIONS, applications),
        table(&DECISIONS, decisions),
        table(&GRANTS, grants),
        table(&TRIALS, trials),
        table(&INDICATORS, indicators),
        table(&INDICATOR_PERIODS, periods),
        table(&REPORTS, reports),
        table(&EVALUATIONS, evaluations),
        table(&OUTCOMES, outcomes),
        table(&BARRIERS, barriers),
        table(&FUND_ALLOCATIONS, allocations),
        table(&FUND_PAYMENTS, payments),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_is_listed_once_with_described_unique_fields_and_keys() {
        let mut names: Vec<_> = TABLES.iter().map(|t| t.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), TABLES.len());
        for def in TABLES {
            let mut fields: Vec<_> = def.fields.iter().map(|f| f.name).collect();
            fields.sort_unstable();
            fields.dedup();
            assert_eq!(fields.len(), def.fields.len(), "{}", def.name);
            for f in def.fields {
                assert!(!f.description.trim().is_empty(), "{}.{}", def.name, f.name);
            }
            for key in def.primary_key {
                assert!(fields.contains(key), "{}.{key}", def.name);
            }
            for fk in def.foreign_keys {
                assert!(fields.contains(&fk.field), "{}.{}", def.name, fk.field);
                let target = TABLES.iter().find(|t| t.name == fk.table).expect(fk.table);
                assert!(target.fields.iter().any(|f| f.name == fk.reference));
            }
        }
    }

    #[test]
    fn an_empty_dataset_has_every_table_without_rows() {
        let tables = tables(&PublicDataset::default());
        assert_eq!(tables.len(), TABLES.len());
        assert!(tables.iter().all(|t| t.rows.is_empty()));
        for (table, def) in tables.iter().zip(TABLES) {
            assert_eq!(table.def, def);
        }
    }
}
