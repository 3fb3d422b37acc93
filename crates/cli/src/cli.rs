//! The command line: every command, its flags, and what it does.

use std::io::BufRead;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use frirum_app::AppConfig;
use frirum_app::accounts::{self as service, NewAccount};
use frirum_domain::{Country, Role};
use frirum_web::WebConfig;
use time::OffsetDateTime;

use crate::database::{DatabaseArgs, open};
use crate::{demo, server};

/// Frirum: the platform on which national experimentation schemes are run.
#[derive(Debug, Parser)]
#[command(name = "frirum", version, propagate_version = true)]
pub struct Cli {
    /// Write logs as JSON lines instead of text.
    #[arg(long, global = true, env = "FRIRUM_LOG_JSON")]
    pub log_json: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve Frirum over HTTP.
    Serve {
        #[command(flatten)]
        server: ServerArgs,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Build a fresh demo database with the Nordic registry and demo accounts, and serve it.
    Demo {
        #[command(flatten)]
        server: ServerArgs,
        /// The database to (re)build. A SQLite file is deleted and created anew.
        #[arg(
            long,
            env = "FRIRUM_DEMO_DATABASE_URL",
            default_value = "frirum-demo.db"
        )]
        database_url: String,
    },
    /// Apply pending database migrations and exit.
    Migrate {
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Copy a SQLite database, while the server runs, into a new file marked as a Frirum
    /// backup. For PostgreSQL use pg_dump.
    Backup {
        /// The backup file to create (it must not exist).
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Replace a SQLite database by a Frirum backup, once the backup is checked (its mark,
    /// its schema, its journal). Stop the server first. For PostgreSQL use pg_restore.
    Restore {
        /// The backup file made by `frirum backup`.
        #[arg(long)]
        from: PathBuf,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage personal API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Manage the registry of municipalities, counties and regions.
    Org {
        #[command(subcommand)]
        command: OrgCommand,
    },
    /// The law catalogue: import, reindex, parse, cite, search, suggest.
    Law {
        #[command(subcommand)]
        command: crate::law::LawCommand,
    },
    /// The case journal.
    Journal {
        #[command(subcommand)]
        command: JournalCommand,
    },
    /// Print the OpenAPI document of the JSON API.
    Openapi,
}

#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// Check the journal's hash chain; fail naming the first entry that was altered,
    /// removed or reordered.
    Verify {
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from standard input (one line) unless
    /// --generate-password is given.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin (secretariat), applicant, assessor or researcher.
        #[arg(long)]
        role: Role,
        /// For applicants: the organisation as COUNTRY:CODE, such as dk:751 (or a code unique
        /// across the countries).
        #[arg(long)]
        organisation: Option<String>,
        /// Make up a strong password and print it.
        #[arg(long)]
        generate_password: bool,
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a personal API token for an account and print it (it is shown only once).
    Create {
        #[arg(long)]
        email: String,
        /// What the token is for.
        #[arg(long, default_value = "command line")]
        name: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Import organisations from a CSV file (format: docs/registry-csv.md), or population
    /// figures from a statistics office's own export (SSB 07459, DST FOLK1A, SCB BE0101).
    /// All or nothing; importing the same file again changes nothing.
    Import {
        /// no, dk or se.
        #[arg(long)]
        country: Country,
        file: PathBuf,
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

#[derive(Debug, Args)]
pub struct ServerArgs {
    /// The address to listen on (port 0 picks a free port).
    #[arg(long, env = "FRIRUM_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Send cookies without the Secure attribute (only for plain HTTP on a host other than
    /// localhost).
    #[arg(long, env = "FRIRUM_INSECURE_COOKIES")]
    pub insecure_cookies: bool,
    /// The largest request body accepted, in bytes.
    #[arg(long, env = "FRIRUM_BODY_LIMIT", default_value_t = 2 * 1024 * 1024)]
    pub body_limit: usize,
    /// Seconds a request may take before it is answered with 408.
    #[arg(long, env = "FRIRUM_REQUEST_TIMEOUT", default_value_t = 30)]
    pub request_timeout: u64,
    /// Where the law catalogue's search index lives; by default beside a SQLite file
    /// (`frirum.db.law-index`), or `frirum-law-index` for PostgreSQL.
    #[arg(long, env = "FRIRUM_LAW_INDEX")]
    pub index_dir: Option<PathBuf>,
    /// Reverse proxies (IP addresses, comma-separated) whose X-Forwarded-For header names
    /// the client, for login throttling per address. By default the header is ignored.
    #[arg(
        long = "trusted-proxy",
        env = "FRIRUM_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Calls a minute that one client address may make to the public API (calls without
    /// credentials) before it is answered 429; 0 turns the limit off.
    #[arg(long, env = "FRIRUM_API_RATE_LIMIT", default_value_t = 600)]
    pub api_rate_limit: u32,
    /// Calls one address may make at once after a pause, within that limit.
    #[arg(long, env = "FRIRUM_API_RATE_BURST", default_value_t = 60)]
    pub api_rate_burst: u32,
    /// A TOML file of OpenID Connect providers to sign in with (`[[provider]]` tables: id,
    /// name, issuer, client_id, client_secret, scopes, email_claim, name_claim,
    /// organisation_claim), checked at start; none by default.
    #[arg(long, env = "FRIRUM_OIDC_PROVIDERS")]
    pub oidc_providers: Option<PathBuf>,
    /// How often, in milliseconds, each server reads the database's data version, so that
    /// its cache of public answers to anonymous visitors forgets what another server or a
    /// scheduled job changed; 0 turns the cache off (every request is rendered).
    #[arg(long, env = "FRIRUM_PUBLIC_CACHE_POLL_MS", default_value_t = 500)]
    pub public_cache_poll_ms: u64,
    /// The address people reach Frirum at, for links in e-mails (default: http:// and the
    /// address listened on).
    #[arg(long, env = "FRIRUM_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// The SMTP server that notification e-mails are handed to, as
    /// smtp://[user:password@]host[:port]. Without it the mails stay in the outbox.
    #[arg(long, env = "FRIRUM_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<SmtpUrl>,
    /// The sender of notification e-mails.
    #[arg(
        long,
        env = "FRIRUM_MAIL_FROM",
        default_value = "Frirum <noreply@frirum.invalid>"
    )]
    pub mail_from: String,
    /// Where documents' content is kept: a folder, file:///path, or s3://bucket[/prefix]
    /// (with the AWS_* environment; needs the `s3` build feature). By default a folder
    /// beside a SQLite file (`frirum.db.documents`), or `frirum-documents` for PostgreSQL.
    #[arg(long, env = "FRIRUM_STORAGE")]
    pub storage: Option<String>,
    /// The largest document accepted, in bytes (default 20 MiB).
    #[arg(long, env = "FRIRUM_DOCUMENT_MAX_SIZE", default_value_t = frirum_domain::document::DEFAULT_MAX_BYTES)]
    pub document_max_size: u64,
    /// Serve Prometheus metrics at /metrics to a scraper that sends this token
    /// (`Authorization: Bearer …`). Without it there is no /metrics.
    #[arg(long, env = "FRIRUM_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    /// The operator's organisation identifier, under which the open data's IATI activities
    /// and 360Giving grants are published: a registration agency's prefix from
    /// org-id.guide and the number, such as NO-BRC-972417858 (the default is the demo's
    /// placeholder, not a registered organisation).
    #[arg(long, env = "FRIRUM_IATI_PUBLISHER", default_value = frirum_app::open_data::iati::Publisher::DEMO_IDENTIFIER)]
    pub iati_publisher: String,
    /// The operator's name in those files.
    #[arg(long, env = "FRIRUM_IATI_PUBLISHER_NAME", default_value = "Frirum")]
    pub iati_publisher_name: String,
    /// Seconds between two looks at the law catalogue's version, so that this server's
    /// search index follows an import made by another server (or `frirum law import`) on
    /// the same database.
    #[arg(long, env = "FRIRUM_INDEX_FOLLOW_INTERVAL", default_value_t = 60)]
    pub index_follow_interval: u64,
    /// Require a second factor (TOTP) of the secretariat's and the assessors' password
    /// accounts: such a person without one is led to enrol right after the password and
    /// gets no session until enrolled; with one, the code is asked for. The environment
    /// variable takes true or false.
    #[arg(long, env = "FRIRUM_REQUIRE_SECOND_FACTOR")]
    pub require_second_factor: bool,
    #[command(flatten)]
    pub law_sync: crate::law_sync::ScheduleArgs,
}

/// An SMTP URL as given, which may hold a password: `Debug` hides it.
#[derive(Clone)]
pub struct SmtpUrl(pub String);

impl std::str::FromStr for SmtpUrl {
    type Err = std::convert::Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(SmtpUrl(s.to_owned()))
    }
}

impl std::fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SmtpUrl([hidden])")
    }
}

impl ServerArgs {
    /// The web and use-case configuration, validated.
    pub fn config(&self) -> anyhow::Result<(WebConfig, AppConfig)> {
        if self.body_limit < 1024 {
            bail!("--body-limit must be at least 1024 bytes");
        }
        if self.request_timeout == 0 {
            bail!("--request-timeout must be at least 1 second");
        }
        if !(1024..=1024 * 1024 * 1024).contains(&self.document_max_size) {
            bail!("--document-max-size must be between 1024 bytes and 1 GiB");
        }
        if self.api_rate_limit > 0 && self.api_rate_burst == 0 {
            bail!("--api-rate-burst must be at least 1 while --api-rate-limit is on");
        }
        if let Some(storage) = &self.storage {
            crate::storage::StorageUrl::parse(storage)?;
        }
        if !(1..=86_400).contains(&self.index_follow_interval) {
            bail!("--index-follow-interval must be between 1 second and 86400 (a day)");
        }
        let public_url = match &self.public_url {
            Some(url) => public_url(url)?,
            // The port may be chosen at start (port 0): `server::serve` fills in the bound one.
            None => String::new(),
        };
        let mail = frirum_app::notifications::mailer::MailConfig::new(
            self.smtp_url.as_ref().map(|u| u.0.as_str()),
            &self.mail_from,
        )
        .context("--smtp-url or --mail-from")?;
        let web = WebConfig {
            secure_cookies: !self.insecure_cookies,
            body_limit: self.body_limit,
            request_timeout: Duration::from_secs(self.request_timeout),
            trusted_proxies: self.trusted_proxies.clone(),
            metrics: match self.metrics_token.as_deref() {
                Some(token) => Some(crate::server::metrics_endpoint(token)?),
                None => None,
            },
            api_rate_limit: frirum_web::api_rate_limit(self.api_rate_limit, self.api_rate_burst),
            oidc_providers: match &self.oidc_providers {
                Some(path) => {
                    let text = std::fs::read_to_string(path)
                        .with_context(|| format!("--oidc-providers {}", path.display()))?;
                    frirum_web::oidc::parse_providers(&text)
                        .map_err(|e| anyhow::anyhow!("--oidc-providers {}: {e}", path.display()))?
                }
                None => Vec::new(),
            },
            public_cache: (self.public_cache_poll_ms > 0).then(|| frirum_web::PublicCache {
                poll: Duration::from_millis(self.public_cache_poll_ms),
                ..frirum_web::PublicCache::default()
            }),
        };
        let app = AppConfig {
            public_url,
            mail,
            documents: frirum_domain::document::Limits {
                max_bytes: self.document_max_size,
            },
            law_sync: Some(self.law_sync.schedule()?),
            iati_publisher: frirum_app::open_data::iati::Publisher::new(
                &self.iati_publisher,
                &self.iati_publisher_name,
            )
            .context("--iati-publisher or --iati-publisher-name")?,
            index_follow_every: Duration::from_secs(self.index_follow_interval),
            require_second_factor: self.require_second_factor,
            ..AppConfig::default()
        };
        Ok((web, app))
    }
}

/// Checks a public URL: http or https with a host, kept without a trailing slash.
fn public_url(text: &str) -> anyhow::Result<String> {
    let trimmed = text.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => {
            Ok(trimmed.to_owned())
        }
        _ => bail!(
            "--public-url must be an http:// or https:// address, such as https://frirum.example.org"
        ),
    }
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve { server, database } => {
            let (config, app_config) = server.config()?;
            let store = open(&database.database_url).await?;
            let index = crate::database::default_index_dir(
                server.index_dir.as_deref(),
                &database.database_url,
            );
            let storage = crate::storage::StorageUrl::configured(
                server.storage.as_deref(),
                &database.database_url,
            )?;
            let files = crate::storage::open(&storage)?;
            server::serve(store, config, app_config, server.addr, &index, None, files).await
        }
        Command::Demo {
            server,
            database_url,
        } => {
            let (config, mut app_config) = server.config()?;
            // The demo's catalogue is its own fixtures: it is not synced, and the admin
            // page's "Sync now" says the sources are not configured instead of downloading
            // the official publications into a demonstration.
            app_config.law_sync = None;
            let index =
                crate::database::default_index_dir(server.index_dir.as_deref(), &database_url);
            let storage =
                crate::storage::StorageUrl::configured(server.storage.as_deref(), &database_url)?;
            // A fresh demo starts without the documents of the last one, in its own folder.
            if server.storage.is_none() {
                crate::storage::clear_default_folder(&storage)?;
            }
            let files = crate::storage::open(&storage)?;
            let store = demo::build(&database_url, &index, files.clone()).await?;
            server::serve(
                store,
                config,
                app_config,
                server.addr,
                &index,
                Some(demo::ACCOUNTS),
                files,
            )
            .await
        }
        Command::Migrate { database } => {
            open(&database.database_url).await?;
            println!("Migrations are up to date in {}", database.database_url);
            Ok(())
        }
        Command::User {
            command:
                UserCommand::Add {
                    email,
                    name,
                    role,
                    organisation,
                    generate_password,
                    database,
                },
        } => {
            let store = open(&database.database_url).await?;
            let password = if generate_password {
                service::new_secret()
            } else {
                eprintln!("Password (one line on standard input):");
                let mut line = String::new();
                std::io::stdin()
                    .lock()
                    .read_line(&mut line)
                    .context("reading the password from standard input")?;
                line.trim_end_matches(['\r', '\n']).to_owned()
            };
            let user = service::create_account(
                &*store,
                NewAccount {
                    email,
                    name,
                    role,
                    organisation,
                    language: None,
                    password: password.clone(),
                },
                OffsetDateTime::now_utc(),
            )
            .await?;
            println!("Created {} <{}> as {}", user.name, user.email, user.role);
            if let Some(org) = &user.organisation {
                println!("Organisation: {} {} ({})", org.country, org.code, org.name);
            }
            if generate_password {
                println!("Password: {password}");
            }
            Ok(())
        }
        Command::Token {
            command:
                TokenCommand::Create {
                    email,
                    name,
                    database,
                },
        } => {
            let store = open(&database.database_url).await?;
            let key = email.trim().to_lowercase();
            let user = store
                .credentials(&key)
                .await?
                .ok_or(service::ServiceError::UnknownUser(key))?
                .user;
            let (_, secret) =
                service::create_api_token(&*store, user.id, &name, OffsetDateTime::now_utc())
                    .await?;
            eprintln!("Token for {} (shown only this once):", user.email);
            println!("{secret}");
            Ok(())
        }
        Command::Org {
            command:
                OrgCommand::Import {
                    country,
                    file,
                    database,
                },
        } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let store = open(&database.database_url).await?;
            let read = frirum_app::registry::read_file(&*store, country, &bytes)
                .await
                .map_err(|e| match e {
                    frirum_app::Error::ImportRefused { code, .. } => {
                        anyhow::anyhow!("{}: {e} ({code})", file.display())
                    }
                    e => anyhow::anyhow!("{}: {e}", file.display()),
                })?;
            if let Some(office) = read.office {
                println!(
                    "{}: an export of {}; {} figures for the registry, {} rows for the country or a landsdel left out",
                    file.display(),
                    office.table(),
                    read.records.len(),
                    read.areas_skipped
                );
                if !read.not_in_registry.is_empty() {
                    println!(
                        "not in the registry, left out: {}",
                        read.not_in_registry.join(", ")
                    );
                }
            }
            let summary = store
                .import_organisations(country, &read.records, OffsetDateTime::now_utc())
                .await
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            println!(
                "{}: {} added, {} updated, {} unchanged; population figures: {} added, {} corrected",
                file.display(),
                summary.added,
                summary.updated,
                summary.unchanged,
                summary.figures_added,
                summary.figures_updated
            );
            Ok(())
        }
        Command::Law { command } => crate::law::run(command).await,
        Command::Journal {
            command: JournalCommand::Verify { database },
        } => {
            let store = open(&database.database_url).await?;
            let verification = store.verify_journal().await?;
            match verification.first_broken {
                None => {
                    println!("journal intact: {} entries", verification.entries);
                    Ok(())
                }
                Some(broken) => bail!("journal broken at entry {}: {}", broken.id, broken.reason),
            }
        }
        Command::Backup { out, database } => {
            crate::backup::backup(&database.database_url, &out).await
        }
        Command::Restore { from, database } => {
            crate::backup::restore(&database.database_url, &from).await
        }
        Command::Openapi => {
            println!("{}", frirum_web::openapi_json());
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_command_line_definition_is_valid() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_smtp_password_is_hidden_from_debug_output() {
        let cli = Cli::try_parse_from([
            "frirum",
            "serve",
            "--smtp-url",
            "smtp://mailer:s3cret@127.0.0.1:2525",
        ])
        .unwrap();
        assert!(!format!("{cli:?}").contains("s3cret"));
        let Command::Serve { server, .. } = cli.command else {
            panic!("serve")
        };
        let (_, config) = server.config().unwrap();
        assert!(!format!("{config:?}").contains("s3cret"));
        let smtp = config.mail.server.expect("a server");
        assert_eq!((smtp.host.as_str(), smtp.port), ("127.0.0.1", 2525));
    }

    #[test]
    fn storage_and_document_size_are_checked_once() {
        let server = |args: &[&str]| {
            let cli = Cli::try_parse_from(args).unwrap();
            let Command::Serve { server, .. } = cli.command else {
                panic!("serve")
            };
            server
        };
        assert!(
            server(&["frirum", "serve", "--storage", "ftp://x"])
                .config()
                .is_err()
        );
        assert!(
            server(&["frirum", "serve", "--document-max-size", "10"])
                .config()
                .is_err()
        );
        let (_, config) = server(&[
            "frirum",
            "serve",
            "--document-max-size",
            "5000000",
            "--storage",
            "s3://bucket/prefix",
        ])
        .config()
        .unwrap();
        assert_eq!(config.documents.max_bytes, 5_000_000);
    }

    #[test]
    fn the_second_factor_requirement_reaches_the_use_cases() {
        let config = |args: &[&str]| {
            let cli = Cli::try_parse_from(args).unwrap();
            let (Command::Serve { server, .. } | Command::Demo { server, .. }) = cli.command else {
                panic!("serve or demo")
            };
            server.config().unwrap().1
        };
        assert!(!config(&["frirum", "serve"]).require_second_factor);
        assert!(config(&["frirum", "serve", "--require-second-factor"]).require_second_factor);
        assert!(config(&["frirum", "demo", "--require-second-factor"]).require_second_factor);
    }
}
