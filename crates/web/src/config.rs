//! The web layer's settings, validated once by the binary and passed in.

use std::time::Duration;

use frirum_domain::login::ThrottlePolicy;

/// How the web layer behaves. Built by the `frirum` binary from flags and environment.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Whether cookies carry the `Secure` attribute. Browsers accept secure cookies from
    /// `http://localhost` and `http://127.0.0.1`, so this stays on except behind unusual
    /// plain-HTTP set-ups.
    pub secure_cookies: bool,
    /// The largest request body accepted, in bytes.
    pub body_limit: usize,
    /// How long a request may take before it is answered with 408.
    pub request_timeout: Duration,
    /// How long a login session lasts.
    pub session_lifetime: time::Duration,
    pub login_throttle: ThrottlePolicy,
    /// The address people reach Frirum at, without a trailing slash, for links in e-mails
    /// (`https://frirum.example.org`).
    pub public_url: String,
    /// Where and how notification e-mails are sent.
    pub mail: crate::mailer::MailConfig,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            secure_cookies: true,
            body_limit: 2 * 1024 * 1024,
            request_timeout: Duration::from_secs(30),
            session_lifetime: time::Duration::hours(12),
            login_throttle: ThrottlePolicy::default(),
            public_url: "http://127.0.0.1:8080".to_owned(),
            mail: crate::mailer::MailConfig::default(),
        }
    }
}
