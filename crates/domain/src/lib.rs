//! Frirum's domain: the types and rules of a national experimentation scheme.
//!
//! This crate does no I/O. It knows nothing of databases, HTTP or files; it takes values
//! and returns decisions, so every rule can be tested on its own.

pub mod account_security;
pub mod admission;
pub mod application;
pub mod assessment;
pub mod authz;
pub mod barrier;
pub mod barrier_rollup;
pub mod case;
pub mod change;
pub mod clock;
pub mod country;
pub mod decision;
pub mod document;
pub mod dossier;
pub mod eligibility;
pub mod evaluation;
pub mod exemptibility;
pub mod funds;
pub mod generalisation;
pub mod indicator;
pub mod investigation;
pub mod invitation;
pub mod journal;
pub mod language;
pub mod law;
pub mod login;
pub mod network;
pub mod notification;
pub mod org_number;
pub mod organisation;
pub mod page;
pub mod partner;
pub mod registry_csv;
pub mod registry_stats;
pub mod regulation;
pub mod report;
pub mod research;
pub mod research_plan;
pub mod review;
pub mod rule;
pub mod scheme;
pub mod scoring;
pub mod screening;
pub mod search;
pub mod text;
pub mod trial;
pub mod user;

pub use country::Country;
pub use language::Language;
pub use organisation::{Organisation, OrganisationKind, PopulationFigure};
pub use page::{Page, PageRequest};
pub use user::{Role, User};
