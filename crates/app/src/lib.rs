//! Frirum's use cases: every step of a scheme's life in one home outside HTTP.
//!
//! An adapter (the web layer, the command line) resolves who acts into an [`Actor`] once,
//! then calls one use case with it and the [`App`]. A use case asks the domain's rules
//! (`frirum_domain::authz` and the rest), calls the store, tells the people concerned, and
//! returns an [`Error`] of domain meaning: not found, forbidden by a named rule, invalid
//! with the fields, a conflict of a named kind, not eligible with the report. Turning that
//! into a status code, a JSON envelope or an error page is the web layer's business.
//!
//! One module per area: [`accounts`], [`registry`], [`schemes`], [`applications`] (with
//! [`drafts`], the applicant's form),
//! [`review`], [`assessment`], [`decisions`], [`trials`] (trials in operation, with
//! [`upkeep`], what time does by itself), [`dashboard`] (each person's own page and
//! the work lists), [`notifications`] (the outbox and the SMTP
//! sender), [`catalogue`] (the law catalogue and the rule finder as people use them) and
//! [`law`] (the rule finder's engine). This crate knows no HTTP and no templates.

pub mod account_security;
pub mod accounts;
mod actor;
pub mod applications;
pub mod assessment;
pub mod barriers;
pub mod catalogue;
pub mod changes;
pub mod clock;
mod config;
pub mod dashboard;
pub mod decisions;
pub mod documents;
pub mod dossier;
pub mod drafts;
mod error;
pub mod evaluations;
pub mod exports;
pub mod feeds;
pub mod files;
pub mod finder_eval;
pub mod funds;
pub mod generalisation;
pub mod i18n;
pub mod indicators;
pub mod jobs;
pub mod lab;
pub mod law;
pub mod law_sync;
pub mod networks;
pub mod notifications;
pub mod open_data;
pub mod operations;
pub mod partners;
pub mod people;
pub mod registry;
pub mod regulations;
pub mod reports;
pub mod research;
pub mod research_plans;
pub mod review;
pub mod schemes;
pub mod sign_in;
pub mod statistics;
pub mod trial_page;
pub mod trials;
pub mod upkeep;

use std::sync::Arc;

use frirum_store::Store;

pub use actor::Actor;
pub use clock::{Clock, SystemClock};
pub use config::AppConfig;
pub use error::{BrokenRule, Error};
pub use files::Files;
pub use i18n::I18n;
pub use law::RuleFinder;

/// What every use case can reach: the store, the rule finder, the translations for the
/// messages it writes, the clock and the settings. Cheap to clone.
#[derive(Clone)]
pub struct App {
    pub store: Arc<dyn Store>,
    pub rule_finder: Arc<RuleFinder>,
    pub i18n: Arc<I18n>,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<AppConfig>,
    /// Where documents' content is kept (see [`files`]).
    pub files: Arc<dyn Files>,
}

impl App {
    /// An application over `store` with the rule finder's index in memory (empty until it
    /// is built) and the system clock.
    pub fn new(store: Arc<dyn Store>, config: AppConfig) -> Self {
        let rule_finder = RuleFinder::open(None).expect("an index in memory opens");
        Self::with_rule_finder(store, config, Arc::new(rule_finder))
    }

    pub fn with_rule_finder(
        store: Arc<dyn Store>,
        config: AppConfig,
        rule_finder: Arc<RuleFinder>,
    ) -> Self {
        App {
            store,
            rule_finder,
            i18n: Arc::new(I18n::load()),
            clock: Arc::new(SystemClock),
            config: Arc::new(config),
            files: Arc::new(files::MemoryFiles::default()),
        }
    }

    /// The same application keeping documents in another file store (the binary's
    /// configured one; tests keep the default in memory).
    pub fn with_files(mut self, files: Arc<dyn Files>) -> Self {
        self.files = files;
        self
    }

    /// The same application reading time from another clock (tests fix it).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The current moment, from the injected clock.
    pub fn now(&self) -> time::OffsetDateTime {
        self.clock.now()
    }

    /// Whether Frirum can serve requests: the database answers. Whoever asks (a load
    /// balancer, say) learns only that it failed; the detail goes to the log.
    pub async fn ready(&self) -> Result<(), Error> {
        self.store.ping().await.map_err(|e| {
            tracing::warn!("readiness check failed: {e}");
            Error::internal(e)
        })
    }
}
