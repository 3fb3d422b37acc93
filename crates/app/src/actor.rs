//! Who acts: resolved once by the adapter (per request in the web layer, per command on
//! the command line) and handed to every use case.

use frirum_domain::authz::{self, Action, Viewer};
use frirum_domain::journal;
use frirum_domain::{Language, Role, User};
use time::OffsetDateTime;

use crate::Error;

/// The person acting (none for the public), the language they are answered in, and the
/// moment they act at. A use case never reads the clock: it takes `now` from here.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: Option<User>,
    pub lang: Language,
    pub now: OffsetDateTime,
}

impl Actor {
    /// Someone who has not signed in.
    pub fn public(lang: Language, now: OffsetDateTime) -> Self {
        Actor {
            user: None,
            lang,
            now,
        }
    }

    pub fn role(&self) -> Option<Role> {
        self.user.as_ref().map(|u| u.role)
    }

    /// Asks the authorisation table whether this actor may take the action.
    pub fn authorize(&self, action: Action) -> Result<(), Error> {
        Ok(authz::authorize(self.role(), action)?)
    }

    /// Whether the actor may take the action, to show or hide what leads to it.
    pub fn may(&self, action: Action) -> bool {
        authz::authorize(self.role(), action).is_ok()
    }

    /// Authorises and returns the signed-in user.
    pub fn user_for(&self, action: Action) -> Result<&User, Error> {
        self.authorize(action)?;
        self.user.as_ref().ok_or(Error::Unauthenticated)
    }

    /// Who the actor is, for the authorisation table's questions about one case.
    pub fn viewer(&self) -> Viewer {
        Viewer {
            role: self.role(),
            organisation_id: self
                .user
                .as_ref()
                .and_then(|u| u.organisation.as_ref().map(|o| o.id)),
            user_id: self.user.as_ref().map(|u| u.id),
        }
    }

    /// The journal's stamp of a change the actor makes now, with a reason if one was given.
    pub fn journal<'a>(&self, reason: Option<&'a str>) -> journal::Actor<'a> {
        journal::Actor {
            user_id: self.user.as_ref().map(|u| u.id),
            reason: reason.map(str::trim).filter(|r| !r.is_empty()),
            at: self.now,
        }
    }
}
