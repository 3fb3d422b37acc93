//! The API's answers and requests about organisations' people: accounts with their state,
//! invitations (never their link's secret), and what an invitation and an appointment take.

use frirum_app::people::People;
use frirum_domain::invitation::Invitation;
use frirum_store::Person;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{OrganisationRefDto, UserDto, timestamp};

/// An account as the people list shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonDto {
    pub user: UserDto,
    /// Appointed by the secretariat as their organisation's user administrator.
    pub people_admin: bool,
    #[schema(format = DateTime)]
    pub created_at: String,
    /// When the account was deactivated; it signs in no more.
    #[schema(format = DateTime)]
    pub deactivated_at: Option<String>,
}

impl From<Person> for PersonDto {
    fn from(p: Person) -> Self {
        PersonDto {
            people_admin: p.user.people_admin,
            user: p.user.into(),
            created_at: timestamp(p.created_at),
            deactivated_at: p.deactivated_at.map(timestamp),
        }
    }
}

/// An invitation not yet accepted.
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationDto {
    pub id: i64,
    pub email: String,
    pub name: String,
    #[schema(value_type = frirum_domain::Role)]
    pub role: String,
    pub organisation: Option<OrganisationRefDto>,
    pub invited_by_name: String,
    pub invited_by_email: String,
    #[schema(format = DateTime)]
    pub created_at: String,
    #[schema(format = DateTime)]
    pub expires_at: String,
}

impl From<Invitation> for InvitationDto {
    fn from(i: Invitation) -> Self {
        InvitationDto {
            id: i.id,
            email: i.email,
            name: i.name,
            role: i.role.to_string(),
            organisation: i.organisation.map(Into::into),
            invited_by_name: i.invited_by_name,
            invited_by_email: i.invited_by_email,
            created_at: timestamp(i.created_at),
            expires_at: timestamp(i.expires_at),
        }
    }
}

/// The people the caller manages: the secretariat everybody, a user administrator their
/// organisation's; with the invitations still open.
#[derive(Debug, Serialize, ToSchema)]
pub struct PeopleDto {
    /// The organisation, or `null` for the secretariat's list of everybody.
    pub organisation_id: Option<i64>,
    pub items: Vec<PersonDto>,
    /// 1-based page number.
    pub page: u32,
    pub per_page: u32,
    /// Accounts in the whole list.
    pub total: u64,
    pub invitations: Vec<InvitationDto>,
}

impl From<People> for PeopleDto {
    fn from(p: People) -> Self {
        PeopleDto {
            organisation_id: p.organisation_id,
            page: p.people.page,
            per_page: p.people.per_page,
            total: p.people.total,
            items: p.people.items.into_iter().map(Into::into).collect(),
            invitations: p.invitations.items.into_iter().map(Into::into).collect(),
        }
    }
}

/// Whom to invite. A user administrator invites applicants and researchers of their own
/// organisation (`organisation` is ignored); the secretariat any role, naming the
/// organisation as `COUNTRY:CODE` for applicants (and, if they have one, researchers and
/// assessors). The link goes by e-mail, valid once for seven days.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInvitationDto {
    pub email: String,
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    #[schema(value_type = frirum_domain::Role)]
    pub role: String,
    #[serde(default)]
    pub organisation: Option<String>,
}

/// Appoint (`true`) or relieve (`false`) a user administrator.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PeopleAdminDto {
    pub appointed: bool,
}
