//! Sending the outbox: a background task that claims due e-mails from the store, sends them
//! over SMTP (lettre) and records the outcome, trying failures again with the domain's
//! [`RetryPolicy`]. The mails were rendered when the notification was stored (the parent
//! module); this only delivers them, and the binary starts it beside the HTTP server.
//!
//! Plain SMTP only, with optional credentials: Frirum hands its mail to a relay on the
//! same host or network (a local Postfix, a test sink), which does the rest.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use frirum_domain::notification::RetryPolicy;
use frirum_store::{OutboxMail, Store};
use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use time::OffsetDateTime;

use crate::clock::{Clock, SystemClock};

/// What went wrong in the mail set-up or while sending.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("the SMTP URL is not valid: {0}")]
    BadUrl(String),
    #[error("the sender address is not valid: {0}")]
    BadFrom(String),
    #[error("the outbox could not be read or updated: {0}")]
    Store(#[from] frirum_store::StoreError),
}

/// The SMTP server to hand mails to: `smtp://[user:password@]host[:port]`.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpServer {
    pub host: String,
    pub port: u16,
    pub username: Option<String>,
    password: Option<String>,
}

impl SmtpServer {
    /// Parses and checks an `smtp://` URL (the port defaults to 25).
    pub fn parse(text: &str) -> Result<Self, MailError> {
        let url = url::Url::parse(text).map_err(|e| MailError::BadUrl(e.to_string()))?;
        if url.scheme() != "smtp" {
            return Err(MailError::BadUrl(format!(
                "the scheme must be smtp://, not {}://",
                url.scheme()
            )));
        }
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| MailError::BadUrl("no host".to_owned()))?;
        if url.path() != "" && url.path() != "/" || url.query().is_some() {
            return Err(MailError::BadUrl(
                "no path or query is expected after the host and port".to_owned(),
            ));
        }
        let decode = |s: &str| {
            percent_decode(s).ok_or_else(|| MailError::BadUrl("bad percent-encoding".to_owned()))
        };
        let username = match url.username() {
            "" => None,
            name => Some(decode(name)?),
        };
        let password = url.password().map(decode).transpose()?;
        Ok(SmtpServer {
            host: host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_owned(),
            port: url.port().unwrap_or(25),
            username,
            password,
        })
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

impl fmt::Debug for SmtpServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpServer")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "[hidden]"))
            .finish()
    }
}

/// How notification mails are sent. Without a server the outbox keeps every mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailConfig {
    pub server: Option<SmtpServer>,
    /// The `From:` of every mail, such as `Frirum <noreply@frirum.example.org>`.
    pub from: String,
    /// How often the outbox is looked at.
    pub poll_interval: Duration,
    /// How long one exchange with the server may take; a whole attempt at most four
    /// times that, and a claim a minute longer still, so that no other sender can take a
    /// mail that is still being sent.
    pub send_timeout: Duration,
    pub retry: RetryPolicy,
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            server: None,
            from: "Frirum <noreply@frirum.invalid>".to_owned(),
            poll_interval: Duration::from_secs(5),
            send_timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
        }
    }
}

impl MailConfig {
    /// Checks the sender address and the server URL, once, at start.
    pub fn new(smtp_url: Option<&str>, from: &str) -> Result<Self, MailError> {
        from.parse::<Mailbox>()
            .map_err(|e| MailError::BadFrom(format!("{from:?}: {e}")))?;
        Ok(MailConfig {
            server: smtp_url
                .filter(|u| !u.trim().is_empty())
                .map(SmtpServer::parse)
                .transpose()?,
            from: from.to_owned(),
            ..MailConfig::default()
        })
    }
}

/// What one pass over the outbox did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SendReport {
    pub sent: u32,
    pub failed: u32,
}

/// Sends the outbox's due mails. Several may run against one database (several servers):
/// the store's claims keep them from sending a mail twice.
pub struct Mailer {
    store: Arc<dyn Store>,
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    config: MailConfig,
    clock: Arc<dyn Clock>,
}

/// How many mails one pass sends at most, so that a long queue still lets the sender
/// notice a shutdown between passes.
const BATCH: u32 = 20;

impl Mailer {
    /// A sender for a configured server; `None` when no server is configured.
    pub fn new(store: Arc<dyn Store>, config: &MailConfig) -> Result<Option<Self>, MailError> {
        let Some(server) = &config.server else {
            return Ok(None);
        };
        let from = config
            .from
            .parse::<Mailbox>()
            .map_err(|e| MailError::BadFrom(e.to_string()))?;
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&server.host)
            .port(server.port)
            .timeout(Some(config.send_timeout));
        if let (Some(user), Some(password)) = (&server.username, &server.password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(Some(Mailer {
            store,
            transport: builder.build(),
            from,
            config: config.clone(),
            clock: Arc::new(SystemClock),
        }))
    }

    /// The same sender reading time from another clock.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// How long a claim lasts: longer than one attempt can take, which is bounded.
    fn lease(&self) -> time::Duration {
        time::Duration::try_from(self.attempt_limit() + Duration::from_secs(60))
            .unwrap_or(time::Duration::minutes(10))
    }

    /// One attempt talks to the server several times, each bounded by the send timeout;
    /// the whole attempt is bounded too, so that it always ends within its claim.
    fn attempt_limit(&self) -> Duration {
        self.config.send_timeout * 4
    }

    /// Sends up to a batch of the mails that are due, claiming them one at a time (so
    /// that each claim is counted from when its mail is sent) and recording each outcome.
    /// A failure is counted and scheduled by the retry policy; it never loses the mail.
    /// `clock` gives the current time: the wall clock in service, a fixed time in tests.
    pub async fn send_due<C>(&self, clock: C) -> Result<SendReport, MailError>
    where
        C: Fn() -> OffsetDateTime + Send + Sync,
    {
        let mut report = SendReport::default();
        while report.sent + report.failed < BATCH {
            let now = clock();
            let Some(mail) = self
                .store
                .claim_outbox(now, now + self.lease(), 1)
                .await?
                .pop()
            else {
                break;
            };
            let outcome = match tokio::time::timeout(self.attempt_limit(), self.send(&mail)).await {
                Ok(outcome) => outcome,
                Err(_) => Err("the SMTP server did not answer in time".to_owned()),
            };
            match outcome {
                Ok(()) => {
                    self.store.mark_mail_sent(mail.id, clock()).await?;
                    metrics::counter!("frirum_mail_sent_total").increment(1);
                    report.sent += 1;
                }
                Err(error) => {
                    let failed_at = clock();
                    let next = self.config.retry.next_attempt(failed_at, mail.attempts + 1);
                    tracing::warn!(
                        mail = mail.id,
                        attempts = mail.attempts + 1,
                        %next,
                        %error,
                        "an e-mail could not be sent; it will be tried again"
                    );
                    self.store.mark_mail_failed(mail.id, &error, next).await?;
                    metrics::counter!("frirum_mail_failures_total").increment(1);
                    report.failed += 1;
                }
            }
        }
        Ok(report)
    }

    async fn send(&self, mail: &OutboxMail) -> Result<(), String> {
        let to = mail
            .address
            .parse::<Mailbox>()
            .map_err(|e| format!("bad recipient address: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .map_err(|e| format!("cannot build the message: {e}"))?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    /// Sends due mails every poll interval until `shutdown` resolves.
    pub async fn run(self, shutdown: impl std::future::Future<Output = ()>) {
        tokio::pin!(shutdown);
        let mut ticker = tokio::time::interval(self.config.poll_interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                () = &mut shutdown => return,
                _ = ticker.tick() => {}
            }
            // A full batch means more may be waiting: go on without waiting for the tick.
            loop {
                match self.send_due(|| self.clock.now()).await {
                    Ok(report) if report.sent + report.failed > 0 => {
                        tracing::info!(sent = report.sent, failed = report.failed, "outbox sent");
                        if report.sent + report.failed < BATCH {
                            break;
                        }
                    }
                    Ok(_) => break,
                    Err(error) => {
                        tracing::error!(%error, "the outbox could not be processed");
                        break;
                    }
                }
            }
        }
    }
}

/// Starts the sender in the background, or says once that mails stay in the outbox.
pub fn spawn(
    app: &crate::App,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<Option<tokio::task::JoinHandle<()>>, MailError> {
    let config = &app.config.mail;
    match Mailer::new(app.store.clone(), config)? {
        Some(mailer) => {
            let mailer = mailer.with_clock(app.clock.clone());
            if let Some(server) = &config.server {
                tracing::info!(host = %server.host, port = server.port, "sending e-mail over SMTP");
            }
            Ok(Some(tokio::spawn(mailer.run(shutdown))))
        }
        None => {
            tracing::info!(
                "no SMTP server is configured (--smtp-url): e-mail notifications stay in the outbox"
            );
            Ok(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_are_checked_and_passwords_hidden() {
        let server = SmtpServer::parse("smtp://mailer:s%40cret@127.0.0.1:2525").unwrap();
        assert_eq!(server.host, "127.0.0.1");
        assert_eq!(server.port, 2525);
        assert_eq!(server.username.as_deref(), Some("mailer"));
        assert_eq!(server.password.as_deref(), Some("s@cret"));
        let debug = format!("{server:?}");
        assert!(!debug.contains("cret"), "{debug}");
        assert_eq!(SmtpServer::parse("smtp://localhost").unwrap().port, 25);
        for bad in ["http://localhost", "smtp://", "localhost:25", "smtp://h/x"] {
            assert!(SmtpServer::parse(bad).is_err(), "{bad}");
        }
        assert!(MailConfig::new(None, "not an address").is_err());
        assert!(MailConfig::new(None, "Frirum <noreply@example.org>").is_ok());
        assert_eq!(MailConfig::new(Some(""), "a@b.org").unwrap().server, None);
    }
}
