//! The use cases' settings, validated once by the binary and passed in.

use frirum_domain::login::ThrottlePolicy;

use crate::notifications::mailer::MailConfig;

/// What the use cases need to know of the installation.
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// The address people reach Frirum at, without a trailing slash, for links in e-mails
    /// and feeds (`https://frirum.example.org`).
    pub public_url: String,
    /// How long a login session lasts.
    pub session_lifetime: time::Duration,
    pub login_throttle: ThrottlePolicy,
    /// Whether the secretariat's and the assessors' password accounts must use a second
    /// factor (TOTP): such a person without one enrols right after the password.
    pub require_second_factor: bool,
    /// Where and how notification e-mails are sent.
    pub mail: MailConfig,
    /// The largest document accepted.
    pub documents: frirum_domain::document::Limits,
    /// The law catalogue's daily sync and index following inside the server (see
    /// `law_sync`); `None`, the default and the tests', runs neither.
    pub law_sync: Option<crate::law_sync::Schedule>,
    /// Who publishes the open data's IATI and 360Giving files: the operator's
    /// organisation identifier and name (a placeholder by default).
    pub iati_publisher: crate::open_data::iati::Publisher,
    /// How often this server looks at the catalogue's version to make its search index
    /// follow an import made elsewhere (and whether the daily sync is due).
    pub index_follow_every: std::time::Duration,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            public_url: "http://127.0.0.1:8080".to_owned(),
            session_lifetime: time::Duration::hours(12),
            login_throttle: ThrottlePolicy::default(),
            require_second_factor: false,
            mail: MailConfig::default(),
            documents: frirum_domain::document::Limits::default(),
            law_sync: None,
            iati_publisher: crate::open_data::iati::Publisher::default(),
            index_follow_every: crate::law_sync::CHECK_EVERY,
        }
    }
}
