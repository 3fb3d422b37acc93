//! Invitations to open an account: sent by the secretariat or an organisation's user
//! administrator to an e-mail address, with a role (and for applicants and researchers an
//! organisation); used once, before they expire.

use serde::Serialize;
use time::{Duration, OffsetDateTime};

use crate::organisation::OrganisationRef;
use crate::user::Role;

/// How long an invitation link can be used.
pub const LIFETIME: Duration = Duration::days(7);

/// An invitation as its page and the lists show it (never its secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Invitation {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub organisation: Option<OrganisationRef>,
    /// Who sent it: their name and e-mail address, to ask when the link no longer works.
    pub invited_by_name: String,
    pub invited_by_email: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub accepted_at: Option<OffsetDateTime>,
}

/// Where an invitation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum InvitationState {
    /// It can be accepted.
    Open,
    /// Its time ran out before anyone accepted it.
    Expired,
    /// It was accepted; the link is used up.
    Accepted,
}

impl Invitation {
    /// Where the invitation stands at `now`: accepted wins over expired, and an invitation
    /// is expired from the moment `expires_at` is reached.
    pub fn state(&self, now: OffsetDateTime) -> InvitationState {
        if self.accepted_at.is_some() {
            InvitationState::Accepted
        } else if now >= self.expires_at {
            InvitationState::Expired
        } else {
            InvitationState::Open
        }
    }

    /// Whether a person an identity provider vouches for may accept the invitation, given
    /// the e-mail address the provider verified (`None`: it gave none, or did not vouch for
    /// it). The invitation was sent to one address: a verified address that is another one
    /// means the link reached someone else, who is refused. Without a verified address the
    /// link decides, as it does for a password — many national e-IDs give no address.
    pub fn accepts_verified_email(&self, verified_email: Option<&str>) -> bool {
        match verified_email {
            None => true,
            Some(email) => crate::user::normalise_email(email).is_ok_and(|e| e == self.email),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn invitation(accepted: Option<OffsetDateTime>) -> Invitation {
        let created = datetime!(2026-12-01 10:00 UTC);
        Invitation {
            id: 1,
            email: "ny@aarhus.dk".into(),
            name: "Ny Kollega".into(),
            role: Role::Applicant,
            organisation: None,
            invited_by_name: "Ida".into(),
            invited_by_email: "ida@aarhus.dk".into(),
            created_at: created,
            expires_at: created + LIFETIME,
            accepted_at: accepted,
        }
    }

    #[test]
    fn a_verified_address_must_be_the_invited_one() {
        let open = invitation(None);
        assert!(open.accepts_verified_email(Some("ny@aarhus.dk")));
        assert!(open.accepts_verified_email(Some(" Ny@Aarhus.DK ")));
        assert!(!open.accepts_verified_email(Some("anden@aarhus.dk")));
        assert!(!open.accepts_verified_email(Some("not an address")));
        assert!(open.accepts_verified_email(None));
    }

    #[test]
    fn open_until_the_moment_it_expires_and_used_once() {
        let open = invitation(None);
        assert_eq!(
            open.state(datetime!(2026-12-08 09:59:59 UTC)),
            InvitationState::Open
        );
        assert_eq!(
            open.state(datetime!(2026-12-08 10:00 UTC)),
            InvitationState::Expired
        );
        let used = invitation(Some(datetime!(2026-12-02 10:00 UTC)));
        assert_eq!(
            used.state(datetime!(2026-12-02 11:00 UTC)),
            InvitationState::Accepted
        );
        assert_eq!(
            used.state(datetime!(2027-01-01 00:00 UTC)),
            InvitationState::Accepted
        );
    }
}
