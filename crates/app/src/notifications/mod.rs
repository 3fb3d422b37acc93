//! Telling people what happened to a case: [`notify`] renders each recipient's notification
//! and e-mail in their own language and stores both at once (the outbox), so the use cases
//! that assign, ask, answer and decide call one function and never wait for a mail server.
//! [`tell`] says who hears of each step; [`mailer`] delivers the outbox over SMTP. A person
//! reads their own notifications with [`own`] and marks them read with [`mark_read`] and
//! [`mark_all_read`].

pub mod mailer;

use frirum_domain::application::Application;
use frirum_domain::notification::{Notification, NotificationKind};
use frirum_domain::{Language, User};
use frirum_store::NewNotification;
use time::OffsetDateTime;

use crate::i18n::{FluentValue, I18n};
use crate::{App, Error};

/// The longest part of a question copied into a notification; the rest is on the case page.
const QUOTE_LIMIT: usize = 600;

/// Something that happened to an application that its recipients should hear about.
#[derive(Debug, Clone, Copy)]
pub enum Event<'a> {
    /// To the assessors just assigned to the application.
    AssessorAssigned { application: &'a Application },
    /// To the applicant: the secretariat asked a question.
    ClarificationAsked {
        application: &'a Application,
        question: &'a str,
    },
    /// To the secretariat (and assessors): the applicant answered.
    ClarificationAnswered { application: &'a Application },
    /// To the applicant: approved or rejected.
    Decided {
        application: &'a Application,
        approved: bool,
    },
    /// To the assessors: the secretariat asks them to agree on a consensus.
    ConsensusRequested { application: &'a Application },
    /// To the secretariat: a new submission waits for them.
    Submitted { application: &'a Application },
    /// To the secretariat and the trial's researchers: an indicator actual waits for review.
    IndicatorSubmitted {
        application: &'a Application,
        trial_id: i64,
    },
    /// To the participants' applicants: an indicator actual was approved or returned.
    IndicatorReviewed {
        application: &'a Application,
        trial_id: i64,
        approved: bool,
    },
}

impl Event<'_> {
    pub fn kind(&self) -> NotificationKind {
        match self {
            Event::AssessorAssigned { .. } => NotificationKind::AssessorAssigned,
            Event::ClarificationAsked { .. } => NotificationKind::ClarificationAsked,
            Event::ClarificationAnswered { .. } => NotificationKind::ClarificationAnswered,
            Event::Decided { .. } => NotificationKind::Decided,
            Event::ConsensusRequested { .. } => NotificationKind::ConsensusRequested,
            Event::Submitted { .. } => NotificationKind::Submitted,
            Event::IndicatorSubmitted { .. } => NotificationKind::IndicatorSubmitted,
            Event::IndicatorReviewed { approved: true, .. } => NotificationKind::IndicatorApproved,
            Event::IndicatorReviewed { .. } => NotificationKind::IndicatorReturned,
        }
    }

    pub fn application(&self) -> &Application {
        match self {
            Event::AssessorAssigned { application }
            | Event::ClarificationAsked { application, .. }
            | Event::ClarificationAnswered { application }
            | Event::Decided { application, .. }
            | Event::ConsensusRequested { application }
            | Event::Submitted { application }
            | Event::IndicatorSubmitted { application, .. }
            | Event::IndicatorReviewed { application, .. } => application,
        }
    }

    /// The Fluent ids of the title and the text.
    fn message_ids(&self) -> (&'static str, &'static str) {
        match self {
            Event::AssessorAssigned { .. } => (
                "notification-assessor-assigned-title",
                "notification-assessor-assigned-body",
            ),
            Event::ClarificationAsked { .. } => (
                "notification-clarification-asked-title",
                "notification-clarification-asked-body",
            ),
            Event::ClarificationAnswered { .. } => (
                "notification-clarification-answered-title",
                "notification-clarification-answered-body",
            ),
            Event::Decided { approved: true, .. } => (
                "notification-decided-approved-title",
                "notification-decided-approved-body",
            ),
            Event::Decided {
                approved: false, ..
            } => (
                "notification-decided-rejected-title",
                "notification-decided-rejected-body",
            ),
            Event::ConsensusRequested { .. } => (
                "notification-consensus-requested-title",
                "notification-consensus-requested-body",
            ),
            Event::Submitted { .. } => (
                "notification-submitted-title",
                "notification-submitted-body",
            ),
            Event::IndicatorSubmitted { .. } => (
                "indicator-notification-submitted-title",
                "indicator-notification-submitted-body",
            ),
            Event::IndicatorReviewed { approved: true, .. } => (
                "indicator-notification-approved-title",
                "indicator-notification-approved-body",
            ),
            Event::IndicatorReviewed { .. } => (
                "indicator-notification-returned-title",
                "indicator-notification-returned-body",
            ),
        }
    }
}

/// One recipient's notification and e-mail, in their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub title: String,
    pub body: String,
    /// The path within Frirum, for the interface.
    pub link: String,
    pub subject: String,
    pub mail_body: String,
}

/// Renders an event for one person. `public_url` has no trailing slash.
pub fn render(
    i18n: &I18n,
    lang: Language,
    event: &Event<'_>,
    recipient_name: &str,
    public_url: &str,
) -> Rendered {
    let application = event.application();
    let case = application
        .case_number
        .clone()
        .unwrap_or_else(|| format!("#{}", application.id));
    let args = [
        ("case", case.as_str().into()),
        ("title", application.content.title.as_str().into()),
    ];
    let (title_id, body_id) = event.message_ids();
    let title = i18n.t_args(lang, title_id, &args);
    let mut body = i18n.t_args(lang, body_id, &args);
    if let Event::ClarificationAsked { question, .. } = event {
        let quoted: String = question.chars().take(QUOTE_LIMIT).collect();
        let more = if quoted.len() < question.len() {
            "…"
        } else {
            ""
        };
        body.push_str(&format!("\n\n{quoted}{more}"));
    }
    // An assessor starts from the queue, which also shows a conflict found at assignment;
    // everybody else from the application.
    let link = match event {
        Event::AssessorAssigned { .. } => "/assessments".to_owned(),
        Event::ConsensusRequested { application } => {
            format!("/applications/{}/assessment", application.id)
        }
        Event::IndicatorSubmitted { trial_id, .. } | Event::IndicatorReviewed { trial_id, .. } => {
            format!("/trials/{trial_id}/indicators")
        }
        _ => format!("/applications/{}", application.id),
    };
    let mail_body = mail_body(i18n, lang, recipient_name, public_url, &link, &body);
    Rendered {
        subject: format!("Frirum: {title}"),
        title,
        body,
        link,
        mail_body,
    }
}

/// Notifies each recipient of the event: a notification in the interface and an e-mail in
/// the outbox, both written in one transaction and rendered in the recipient's language
/// (their own setting, else the scheme's language, else English). Call it after the change
/// the event reports has been stored; the mail goes out in the background, so a mail server
/// that is down delays the mail and never the change.
pub async fn notify(
    app: &App,
    event: Event<'_>,
    recipients: &[User],
    now: OffsetDateTime,
) -> Result<Vec<Notification>, Error> {
    if recipients.is_empty() {
        return Ok(Vec::new());
    }
    let scheme_language = if recipients.iter().any(|u| u.language.is_none()) {
        app.store
            .scheme(event.application().scheme_id)
            .await?
            .map(|s| s.language)
    } else {
        None
    };
    let public_url = app.config.public_url.trim_end_matches('/');
    let mut seen = std::collections::BTreeSet::new();
    let batch: Vec<NewNotification> = recipients
        .iter()
        .filter(|u| seen.insert(u.id))
        .map(|user| {
            let lang = user.language.or(scheme_language).unwrap_or(Language::En);
            let r = render(&app.i18n, lang, &event, &user.name, public_url);
            NewNotification {
                user_id: user.id,
                kind: event.kind(),
                application_id: Some(event.application().id),
                title: r.title,
                body: r.body,
                link: r.link,
                address: user.email.clone(),
                subject: r.subject,
                mail_body: r.mail_body,
            }
        })
        .collect();
    Ok(app.store.notify(&batch, now).await?)
}

/// A message about a trial or a scheme's research, rendered for each recipient from its
/// Fluent ids: what the areas after the decision send, where [`Event`] covers the case.
pub struct Message<'a> {
    pub kind: NotificationKind,
    /// The scheme whose language a recipient without their own reads it in.
    pub scheme_id: i64,
    /// The application (the trial's) it concerns, if any.
    pub application_id: Option<i64>,
    /// Where it leads, a path within Frirum.
    pub link: String,
    pub title_id: &'a str,
    pub body_id: &'a str,
    /// The message's arguments, written in the recipient's language.
    pub args: &'a (dyn Fn(Language) -> Vec<(&'static str, FluentValue<'static>)> + Sync),
}

/// Sends a [`Message`] to each person once (never to `except`, who did the step), as a
/// notification and an e-mail in one transaction. A failure is logged and never undoes
/// the change the message reports, which is stored before anyone is told.
pub async fn send_message(
    app: &App,
    now: OffsetDateTime,
    message: &Message<'_>,
    people: Result<Vec<User>, Error>,
    except: Option<i64>,
) {
    let outcome = async {
        let mut people = people?;
        people.retain(|u| Some(u.id) != except);
        let mut seen = std::collections::BTreeSet::new();
        people.retain(|u| seen.insert(u.id));
        if people.is_empty() {
            return Ok(());
        }
        let scheme_language = app
            .store
            .scheme(message.scheme_id)
            .await?
            .map(|s| s.language);
        let public_url = app.config.public_url.trim_end_matches('/');
        let batch: Vec<NewNotification> = people
            .iter()
            .map(|user| {
                let lang = user.language.or(scheme_language).unwrap_or(Language::En);
                let args = (message.args)(lang);
                let title = app.i18n.t_args(lang, message.title_id, &args);
                let body = app.i18n.t_args(lang, message.body_id, &args);
                let mail_body = mail_body(
                    &app.i18n,
                    lang,
                    &user.name,
                    public_url,
                    &message.link,
                    &body,
                );
                NewNotification {
                    user_id: user.id,
                    kind: message.kind,
                    application_id: message.application_id,
                    subject: format!("Frirum: {title}"),
                    mail_body,
                    title,
                    body,
                    link: message.link.clone(),
                    address: user.email.clone(),
                }
            })
            .collect();
        app.store.notify(&batch, now).await?;
        Ok::<_, Error>(())
    }
    .await;
    if let Err(e) = outcome {
        tracing::error!(kind = message.kind.as_str(), error = %e, "could not queue a notification");
    }
}

/// The e-mail's text: a greeting, the body, the link, and where to change what one hears.
fn mail_body(
    i18n: &I18n,
    lang: Language,
    name: &str,
    public_url: &str,
    link: &str,
    body: &str,
) -> String {
    let greeting = i18n.t_args(lang, "notification-mail-greeting", &[("name", name.into())]);
    let open = i18n.t_args(
        lang,
        "notification-mail-link",
        &[("url", format!("{public_url}{link}").into())],
    );
    let footer = i18n.t_args(
        lang,
        "notification-mail-footer",
        &[("url", format!("{public_url}/notifications").into())],
    );
    format!("{greeting}\n\n{body}\n\n{open}\n\n-- \n{footer}\n")
}

/// The actor's notifications, newest first, with the count of unread ones: what the
/// notifications page and the API list.
pub async fn own(
    app: &App,
    actor: &crate::Actor,
    page: frirum_domain::PageRequest,
) -> Result<(frirum_domain::Page<Notification>, u64), Error> {
    let page = listed(app, actor, page).await?;
    let unread = unread(app, actor).await?;
    Ok((page, unread))
}

/// The actor's notifications, newest first, for the page (whose header counts the unread
/// ones already).
pub async fn listed(
    app: &App,
    actor: &crate::Actor,
    page: frirum_domain::PageRequest,
) -> Result<frirum_domain::Page<Notification>, Error> {
    let user = actor.user_for(frirum_domain::authz::Action::ManageOwnAccount)?;
    Ok(app.store.notifications(user.id, page).await?)
}

/// How many notifications the actor has not read, for the count beside the link to them.
pub async fn unread(app: &App, actor: &crate::Actor) -> Result<u64, Error> {
    match &actor.user {
        Some(user) => Ok(app.store.unread_notifications(user.id).await?),
        None => Ok(0),
    }
}

/// Marks one of the actor's notifications read; reading it again keeps the first time.
pub async fn mark_read(app: &App, actor: &crate::Actor, id: i64) -> Result<Notification, Error> {
    let user = actor.user_for(frirum_domain::authz::Action::ManageOwnAccount)?;
    Ok(app
        .store
        .mark_notification_read(user.id, id, actor.now)
        .await?)
}

/// Marks every notification of the actor read; returns how many were unread.
pub async fn mark_all_read(app: &App, actor: &crate::Actor) -> Result<u64, Error> {
    let user = actor.user_for(frirum_domain::authz::Action::ManageOwnAccount)?;
    Ok(app
        .store
        .mark_all_notifications_read(user.id, actor.now)
        .await?)
}

/// Who hears of each step of a case, and the telling itself. A change is stored before
/// anyone is told, and a failure to tell is logged, never undoes the change: the outbox is
/// written in its own transaction.
pub mod tell {
    use frirum_domain::User;
    use frirum_domain::application::Application;
    use time::OffsetDateTime;

    use super::{Event, notify};
    use crate::App;
    use crate::Error;

    /// The applicants of the lead and of every network member.
    async fn applicants(app: &App, application: &Application) -> Result<Vec<User>, Error> {
        let ids: Vec<i64> = application.participants().iter().map(|o| o.id).collect();
        Ok(app.store.applicants_of(&ids).await?)
    }

    async fn send(
        app: &App,
        now: OffsetDateTime,
        event: Event<'_>,
        recipients: Result<Vec<User>, Error>,
    ) {
        let kind = event.kind();
        let outcome = match recipients {
            Ok(people) if people.is_empty() => return,
            Ok(people) => notify(app, event, &people, now).await.map(|_| ()),
            Err(e) => Err(e),
        };
        if let Err(e) = outcome {
            tracing::error!(kind = kind.as_str(), error = %e, "could not queue a notification");
        }
    }

    /// To the assessors just assigned.
    pub async fn assessors_assigned(
        app: &App,
        now: OffsetDateTime,
        application: &Application,
        assessor_ids: &[i64],
    ) {
        let mut people = Vec::new();
        for id in assessor_ids {
            match app.store.user(*id).await {
                Ok(Some(user)) => people.push(user),
                Ok(None) => {}
                Err(e) => {
                    send(
                        app,
                        now,
                        Event::AssessorAssigned { application },
                        Err(e.into()),
                    )
                    .await;
                    return;
                }
            }
        }
        send(
            app,
            now,
            Event::AssessorAssigned { application },
            Ok(people),
        )
        .await;
    }

    /// To the applicants: the secretariat asks a question.
    pub async fn clarification_asked(
        app: &App,
        now: OffsetDateTime,
        application: &Application,
        question: &str,
    ) {
        let people = applicants(app, application).await;
        send(
            app,
            now,
            Event::ClarificationAsked {
                application,
                question,
            },
            people,
        )
        .await;
    }

    /// To the secretariat and the assessors without a conflict: the applicant answered.
    pub async fn clarification_answered(app: &App, now: OffsetDateTime, application: &Application) {
        let people = async {
            let mut people = app
                .store
                .users_in_role(frirum_domain::authz::SECRETARIAT)
                .await?;
            let assignments = app.store.assignments(application.id).await?;
            for id in frirum_domain::assessment::reading_assessors(&assignments) {
                people.extend(app.store.user(id).await?);
            }
            Ok::<_, Error>(people)
        }
        .await;
        send(
            app,
            now,
            Event::ClarificationAnswered { application },
            people,
        )
        .await;
    }

    /// To the assessors without a conflict: the secretariat asks for a consensus.
    pub async fn consensus_requested(app: &App, now: OffsetDateTime, application: &Application) {
        let people = async {
            let assignments = app.store.assignments(application.id).await?;
            let mut people = Vec::new();
            for id in frirum_domain::assessment::reading_assessors(&assignments) {
                people.extend(app.store.user(id).await?);
            }
            Ok::<_, Error>(people)
        }
        .await;
        send(app, now, Event::ConsensusRequested { application }, people).await;
    }

    /// To the secretariat: an application was submitted and waits for them.
    pub async fn submitted(app: &App, now: OffsetDateTime, application: &Application) {
        let people = app
            .store
            .users_in_role(frirum_domain::authz::SECRETARIAT)
            .await
            .map_err(Error::from);
        send(app, now, Event::Submitted { application }, people).await;
    }

    /// To the secretariat and the trial's assigned researchers: an indicator actual waits
    /// for their review.
    pub async fn indicator_submitted(
        app: &App,
        now: OffsetDateTime,
        trial: &frirum_domain::decision::Trial,
        researcher_ids: &[i64],
    ) {
        let found = async {
            let application = app
                .store
                .application(trial.application_id)
                .await?
                .ok_or(Error::NotFound)?;
            let mut people = app
                .store
                .users_in_role(frirum_domain::authz::SECRETARIAT)
                .await?;
            for id in researcher_ids {
                people.extend(app.store.user(*id).await?);
            }
            Ok::<_, Error>((application, people))
        }
        .await;
        match found {
            Ok((application, people)) => {
                let event = Event::IndicatorSubmitted {
                    application: &application,
                    trial_id: trial.id,
                };
                send(app, now, event, Ok(people)).await;
            }
            Err(e) => tracing::error!(error = %e, "could not queue an indicator notification"),
        }
    }

    /// To the applicants of the trial's participants: an indicator actual was approved or
    /// returned for revision.
    pub async fn indicator_reviewed(
        app: &App,
        now: OffsetDateTime,
        trial: &frirum_domain::decision::Trial,
        participant_ids: &[i64],
        approved: bool,
    ) {
        let found = async {
            let application = app
                .store
                .application(trial.application_id)
                .await?
                .ok_or(Error::NotFound)?;
            let people = app.store.applicants_of(participant_ids).await?;
            Ok::<_, Error>((application, people))
        }
        .await;
        match found {
            Ok((application, people)) => {
                let event = Event::IndicatorReviewed {
                    application: &application,
                    trial_id: trial.id,
                    approved,
                };
                send(app, now, event, Ok(people)).await;
            }
            Err(e) => tracing::error!(error = %e, "could not queue an indicator notification"),
        }
    }

    /// To the applicants: their application was decided.
    pub async fn decided(
        app: &App,
        now: OffsetDateTime,
        application: &Application,
        approved: bool,
    ) {
        let people = applicants(app, application).await;
        send(
            app,
            now,
            Event::Decided {
                application,
                approved,
            },
            people,
        )
        .await;
    }
}
