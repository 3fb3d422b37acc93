//! Who may do what: the one authorisation table of Frirum.
//!
//! Every handler asks [`authorize`] before it acts; no handler decides access on its own.

use crate::user::Role;

/// Something a visitor may try to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Browse and search the registry of municipalities, counties and regions.
    BrowseRegistry,
    /// Import or update organisations and population figures.
    ImportRegistry,
    /// Read and change one's own account, language and API tokens.
    ManageOwnAccount,
    /// List every account.
    ListUsers,
    /// Create accounts for other people.
    CreateUsers,
}

impl Action {
    pub const ALL: [Action; 5] = [
        Action::BrowseRegistry,
        Action::ImportRegistry,
        Action::ManageOwnAccount,
        Action::ListUsers,
        Action::CreateUsers,
    ];
}

/// Who an action is open to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Audience {
    /// Everybody, signed in or not.
    Public,
    /// Every signed-in person, whatever the role.
    SignedIn,
    /// Only these roles.
    Roles(&'static [Role]),
}

/// The table. Keep it in one place, in the order of [`Action::ALL`].
const fn audience(action: Action) -> Audience {
    match action {
        Action::BrowseRegistry => Audience::Public,
        Action::ImportRegistry => Audience::Roles(&[Role::Admin]),
        Action::ManageOwnAccount => Audience::SignedIn,
        Action::ListUsers => Audience::Roles(&[Role::Admin]),
        Action::CreateUsers => Audience::Roles(&[Role::Admin]),
    }
}

/// Why an action was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    /// The visitor must sign in first (HTTP 401).
    #[error("sign in to do this")]
    NotSignedIn,
    /// The visitor is signed in but the role does not allow it (HTTP 403).
    #[error("your role does not allow this")]
    Forbidden,
}

/// Decides whether a visitor with this role (`None`: anonymous) may take the action.
pub fn authorize(role: Option<Role>, action: Action) -> Result<(), Denied> {
    match (audience(action), role) {
        (Audience::Public, _) => Ok(()),
        (_, None) => Err(Denied::NotSignedIn),
        (Audience::SignedIn, Some(_)) => Ok(()),
        (Audience::Roles(roles), Some(role)) if roles.contains(&role) => Ok(()),
        (Audience::Roles(_), Some(_)) => Err(Denied::Forbidden),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every action for every role and for the public, written out so that a change to the
    /// table is a visible change here.
    #[test]
    fn table() {
        use Denied::*;
        let ok = Ok(());
        let expected: [(Action, [Result<(), Denied>; 5]); 5] = [
            // action: anonymous, admin, applicant, assessor, researcher
            (Action::BrowseRegistry, [ok, ok, ok, ok, ok]),
            (
                Action::ImportRegistry,
                [
                    Err(NotSignedIn),
                    ok,
                    Err(Forbidden),
                    Err(Forbidden),
                    Err(Forbidden),
                ],
            ),
            (Action::ManageOwnAccount, [Err(NotSignedIn), ok, ok, ok, ok]),
            (
                Action::ListUsers,
                [
                    Err(NotSignedIn),
                    ok,
                    Err(Forbidden),
                    Err(Forbidden),
                    Err(Forbidden),
                ],
            ),
            (
                Action::CreateUsers,
                [
                    Err(NotSignedIn),
                    ok,
                    Err(Forbidden),
                    Err(Forbidden),
                    Err(Forbidden),
                ],
            ),
        ];
        assert_eq!(expected.len(), Action::ALL.len());
        for (action, outcomes) in expected {
            let roles = [
                None,
                Some(Role::Admin),
                Some(Role::Applicant),
                Some(Role::Assessor),
                Some(Role::Researcher),
            ];
            for (role, outcome) in roles.into_iter().zip(outcomes) {
                assert_eq!(authorize(role, action), outcome, "{action:?} for {role:?}");
            }
        }
    }
}
