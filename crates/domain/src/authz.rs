//! Who may do what: the one authorisation table of Frirum.
//!
//! Every handler asks [`authorize`] before it acts; no handler decides access on its own.

use crate::application::ApplicationStatus;
use crate::scheme::SchemeStatus;
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
    /// Create schemes and change their texts, rules, themes, rounds and status; adopt or
    /// decline theme proposals.
    ManageSchemes,
    /// Propose themes and endorse others' proposals, for one's organisation.
    ProposeThemes,
    /// Start an application for one's organisation.
    CreateApplications,
    /// Read the case journal.
    ReadJournal,
    /// Search the law catalogue, read acts and provisions, and ask the rule finder for
    /// suggestions and citations.
    UseRuleFinder,
    /// Approve or reject applications, issuing the decision letter and creating the trial.
    DecideApplications,
    /// Read published decisions, their letters, the decisions feed and the trials.
    ReadDecisions,
    /// Judge submitted applications against the scheme's legal screening checklist.
    ScreenApplications,
    /// Ask the applicant a question about a submitted application.
    AskClarification,
    /// Assign assessors to applications and remove them (the secretariat).
    AssignAssessors,
    /// Work as an assessor: one's queue, conflicts, one's own scores, notes.
    AssessApplications,
    /// See every score, set consensus scores, read notes, rank a round and export it.
    ManageAssessment,
    /// Report an obstacle to the barrier register, support or comment on one.
    ReportBarriers,
    /// Work as the policy lab: triage barriers (root causes, provisions, status), merge
    /// duplicates, run investigations.
    RunPolicyLab,
    /// Create networks, appoint their coordinators and members, write guidance.
    ManageNetworks,
    /// Add partners (companies, universities, consultants, associations) to the partner
    /// register: the secretariat, and applicants for the partners they work with.
    RegisterPartners,
    /// Keep the law catalogue current: see the sync runs and start a sync.
    ManageLawCatalogue,
    /// See how the servers are doing: the scheduled jobs, their leases and the outbox.
    WatchOperations,
    /// End every session of another person and remove their second factor (the
    /// secretariat, when a device is lost or stolen).
    ManageAccountSecurity,
    /// Invite people, see them and deactivate them: the secretariat for everybody, an
    /// organisation's user administrator for its own applicants and researchers ([`people`]).
    ManagePeople,
}

impl Action {
    pub const ALL: [Action; 25] = [
        Action::BrowseRegistry,
        Action::ImportRegistry,
        Action::ManageOwnAccount,
        Action::ListUsers,
        Action::CreateUsers,
        Action::ManageSchemes,
        Action::ProposeThemes,
        Action::CreateApplications,
        Action::ReadJournal,
        Action::UseRuleFinder,
        Action::DecideApplications,
        Action::ReadDecisions,
        Action::ScreenApplications,
        Action::AskClarification,
        Action::AssignAssessors,
        Action::AssessApplications,
        Action::ManageAssessment,
        Action::ReportBarriers,
        Action::RunPolicyLab,
        Action::ManageNetworks,
        Action::RegisterPartners,
        Action::ManageLawCatalogue,
        Action::WatchOperations,
        Action::ManageAccountSecurity,
        Action::ManagePeople,
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
        Action::ManageSchemes => Audience::Roles(&[Role::Admin]),
        Action::ProposeThemes => Audience::Roles(&[Role::Applicant]),
        Action::CreateApplications => Audience::Roles(&[Role::Applicant]),
        Action::ReadJournal => Audience::Roles(&[Role::Admin]),
        Action::UseRuleFinder => Audience::Public,
        Action::DecideApplications => Audience::Roles(&[Role::Admin]),
        Action::ReadDecisions => Audience::Public,
        // Per application, an assessor must also be assigned and free of conflicts; that
        // check belongs with the assignments.
        Action::ScreenApplications => Audience::Roles(&[Role::Admin, Role::Assessor]),
        Action::AskClarification => Audience::Roles(&[Role::Admin]),
        Action::AssignAssessors => Audience::Roles(&[Role::Admin]),
        Action::AssessApplications => Audience::Roles(&[Role::Assessor]),
        Action::ManageAssessment => Audience::Roles(&[Role::Admin]),
        Action::ReportBarriers => Audience::SignedIn,
        // The secretariat is the policy lab; a scheme with a lab of its own gives it
        // secretariat accounts.
        Action::RunPolicyLab => Audience::Roles(&[POLICY_LAB]),
        Action::ManageNetworks => Audience::Roles(&[Role::Admin]),
        Action::RegisterPartners => Audience::Roles(&[Role::Admin, Role::Applicant]),
        Action::ManageLawCatalogue => Audience::Roles(&[Role::Admin]),
        Action::WatchOperations => Audience::Roles(&[Role::Admin]),
        Action::ManageAccountSecurity => Audience::Roles(&[Role::Admin]),
        // The roles a user administrator can hold; an applicant or researcher must also be
        // appointed for their organisation, and acts only on its people ([`people`]).
        Action::ManagePeople => Audience::Roles(&[Role::Admin, Role::Applicant, Role::Researcher]),
    }
}

/// Whether the operator's requirement of a second factor applies to a person of this role:
/// the secretariat and the assessors, who decide and judge.
pub fn second_factor_required_for(role: Role) -> bool {
    matches!(role, Role::Admin | Role::Assessor)
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

/// Who is looking: a role (none for the public) and, for applicants, the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewer {
    pub role: Option<Role>,
    pub organisation_id: Option<i64>,
    /// The signed-in user, so that assigned assessors can be recognised.
    pub user_id: Option<i64>,
}

impl Viewer {
    pub const PUBLIC: Viewer = Viewer {
        role: None,
        organisation_id: None,
        user_id: None,
    };
}

/// Who may see a scheme in each status: the public sees published and closed schemes,
/// signed-in people also those gathering theme proposals, the secretariat every draft.
pub fn view_scheme(viewer: Viewer, status: SchemeStatus) -> Result<(), Denied> {
    match (status, viewer.role) {
        (SchemeStatus::Published | SchemeStatus::Closed, _) => Ok(()),
        (_, Some(Role::Admin)) => Ok(()),
        (SchemeStatus::Proposals, Some(_)) => Ok(()),
        (_, None) => Err(Denied::NotSignedIn),
        (SchemeStatus::Draft, Some(_)) => Err(Denied::Forbidden),
    }
}

/// What can be done about people's accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeopleAction {
    /// See the accounts and open invitations of an organisation (the secretariat: all).
    See,
    /// Invite someone to an account with a role in an organisation.
    Invite,
    /// Deactivate an account: it can no longer sign in, and its sessions and API tokens end.
    Deactivate,
    /// Appoint or relieve an organisation's user administrator.
    Appoint,
    /// End every session of the person (a lost or stolen device). A user administrator may
    /// do it for the people they may deactivate, a smaller step than deactivation; seeing a
    /// person's devices and removing a second factor stay the secretariat's
    /// (`Action::ManageAccountSecurity`).
    EndSessions,
}

/// Who manages people: the signed-in person (`viewer`) and whether the secretariat has
/// appointed them user administrator of their organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeopleManager {
    pub viewer: Viewer,
    pub people_admin: bool,
}

/// The account acted on: its role and organisation, and who it is (none for an invitation
/// not yet accepted, or for seeing a whole organisation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonFacts {
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub user_id: Option<i64>,
}

impl PersonFacts {
    /// Someone of the secretariat's own staff: the stand-in target for whether a manager
    /// manages every account rather than one organisation's.
    pub fn staff_of_the_secretariat() -> PersonFacts {
        PersonFacts {
            role: Role::Assessor,
            organisation_id: None,
            user_id: None,
        }
    }

    /// Any applicant of the organisation: the stand-in target for whether a manager may see
    /// that organisation's people as a whole.
    pub fn any_colleague_in(organisation_id: Option<i64>) -> PersonFacts {
        PersonFacts {
            role: Role::Applicant,
            organisation_id,
            user_id: None,
        }
    }
}

/// Whether an account may be appointed its organisation's user administrator: an
/// applicant or researcher who belongs to an organisation.
pub fn may_be_appointed_people_admin(role: Role, has_organisation: bool) -> bool {
    has_organisation && matches!(role, Role::Applicant | Role::Researcher)
}

/// The roles a manager may give in an invitation: every role for the secretariat, an
/// organisation's own roles for its user administrator.
pub fn roles_to_invite(manages_everybody: bool) -> Vec<Role> {
    if manages_everybody {
        Role::ALL.to_vec()
    } else {
        vec![Role::Applicant, Role::Researcher]
    }
}

/// Decides who manages whose account. The secretariat invites, sees and deactivates
/// everybody — assessors and its own staff included — and alone appoints user
/// administrators. An organisation's user administrator (an applicant or researcher the
/// secretariat appointed) sees, invites and deactivates the applicants and researchers of
/// their own organisation, and nobody else. No one deactivates themselves.
pub fn people(
    manager: PeopleManager,
    target: PersonFacts,
    action: PeopleAction,
) -> Result<(), Denied> {
    let viewer = manager.viewer;
    let Some(role) = viewer.role else {
        return Err(Denied::NotSignedIn);
    };
    if action == PeopleAction::Deactivate
        && target.user_id.is_some()
        && target.user_id == viewer.user_id
    {
        return Err(Denied::Forbidden);
    }
    let admin = role == Role::Admin;
    let organisation_admin = manager.people_admin
        && matches!(role, Role::Applicant | Role::Researcher)
        && viewer.organisation_id.is_some()
        && target.organisation_id == viewer.organisation_id
        && matches!(target.role, Role::Applicant | Role::Researcher);
    let allowed = match action {
        PeopleAction::Appoint => admin,
        PeopleAction::See
        | PeopleAction::Invite
        | PeopleAction::Deactivate
        | PeopleAction::EndSessions => admin || organisation_admin,
    };
    if allowed {
        Ok(())
    } else {
        Err(Denied::Forbidden)
    }
}

/// What can be done to an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApplicationAction {
    /// Read it, with its eligibility.
    Read,
    /// Save the draft, submit it, withdraw it: the lead organisation's work.
    Edit,
    /// Read the clarification thread: the applying organisations and the secretariat.
    ReadClarifications,
    /// Answer the secretariat's questions on a submitted application: the lead's users.
    Answer,
    /// Amend the requested exemptions of a submitted application during a clarification:
    /// the lead's users and the secretariat.
    AmendExemptions,
    /// Judge a submitted (or withdrawn) application against the screening checklist: the
    /// secretariat, and the assessors assigned to it without a conflict of interest.
    Screen,
}

/// The facts about an application that decide who may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationFacts<'a> {
    pub lead_organisation_id: i64,
    pub member_organisation_ids: &'a [i64],
    pub status: ApplicationStatus,
    /// The scheme publishes submitted applications and the round's deadline has passed.
    pub published: bool,
    /// The users assigned to assess it without a conflict of interest.
    pub assessor_ids: &'a [i64],
}

/// Decides access to one application. Drafts belong to their organisations: the lead's
/// users edit, the members' users read; the secretariat reads what has been submitted or
/// withdrawn; assessors assigned without a conflict read what was submitted to them;
/// everybody reads submitted applications that the scheme publishes after the deadline.
pub fn application(
    viewer: Viewer,
    facts: &ApplicationFacts<'_>,
    action: ApplicationAction,
) -> Result<(), Denied> {
    let org = viewer
        .organisation_id
        .filter(|_| viewer.role == Some(Role::Applicant));
    let is_lead = org == Some(facts.lead_organisation_id);
    let is_member = org.is_some_and(|o| facts.member_organisation_ids.contains(&o));
    let public = facts.published && facts.status == ApplicationStatus::Submitted;
    let submitted = facts.status == ApplicationStatus::Submitted;
    let admin = viewer.role == Some(Role::Admin);
    let allowed = match action {
        ApplicationAction::Edit => is_lead,
        ApplicationAction::ReadClarifications => {
            (is_lead || is_member || admin) && facts.status != ApplicationStatus::Draft
        }
        ApplicationAction::Answer => is_lead && submitted,
        ApplicationAction::AmendExemptions => (is_lead || admin) && submitted,
        ApplicationAction::Screen => {
            facts.status != ApplicationStatus::Draft && (admin || assigned(viewer, facts))
        }
        ApplicationAction::Read => {
            is_lead
                || is_member
                || public
                || (viewer.role == Some(Role::Admin) && facts.status != ApplicationStatus::Draft)
                || (facts.status != ApplicationStatus::Draft && assigned(viewer, facts))
        }
    };
    match (allowed, viewer.role) {
        (true, _) => Ok(()),
        (false, None) => Err(Denied::NotSignedIn),
        (false, Some(_)) => Err(Denied::Forbidden),
    }
}

/// Whether the viewer is an assessor assigned to the application without a conflict.
fn assigned(viewer: Viewer, facts: &ApplicationFacts<'_>) -> bool {
    viewer.role == Some(Role::Assessor)
        && viewer
            .user_id
            .is_some_and(|u| facts.assessor_ids.contains(&u))
}

/// Whether the viewer's access to an application depends on who is assigned to assess it,
/// so that the assignments are read only when they matter.
pub fn depends_on_assignments(viewer: Viewer) -> bool {
    viewer.role == Some(Role::Assessor)
}

/// What can be done to a trial in operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TrialAction {
    /// Read the registered trial and what of it is public: everybody.
    Read,
    /// Read everything of the trial, including what is not public (drafts, updates waiting
    /// for review, private documents): the secretariat, the participants' applicants and
    /// the researchers assigned to it.
    ReadInternal,
    /// Report on the trial (regulations adopted, indicator actuals, status reports,
    /// spending, change requests): the participants' applicants.
    Report,
    /// Approve or return indicator updates: the secretariat and assigned researchers.
    Review,
    /// Write the trial's research plans and evaluations: its assigned researchers only
    /// (the secretariat reads them and records the outcome, but does not write research).
    Research,
    /// Run the trial's case (status, change decisions, funds, researchers): the secretariat.
    Manage,
}

/// The facts about a trial that decide who may act on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrialFacts<'a> {
    /// The organisations taking part now.
    pub participant_ids: &'a [i64],
    /// The researchers assigned to the trial.
    pub researcher_ids: &'a [i64],
}

/// Decides access to one trial: a registered trial is public; its participants' applicants
/// report on it; its assigned researchers and the secretariat review; the secretariat
/// manages it.
pub fn trial(viewer: Viewer, facts: &TrialFacts<'_>, action: TrialAction) -> Result<(), Denied> {
    let participant = viewer.role == Some(Role::Applicant)
        && viewer
            .organisation_id
            .is_some_and(|o| facts.participant_ids.contains(&o));
    let researcher = viewer.role == Some(Role::Researcher)
        && viewer
            .user_id
            .is_some_and(|u| facts.researcher_ids.contains(&u));
    let admin = viewer.role == Some(Role::Admin);
    let allowed = match action {
        TrialAction::Read => true,
        TrialAction::ReadInternal => admin || participant || researcher,
        TrialAction::Report => participant,
        TrialAction::Review => admin || researcher,
        TrialAction::Research => researcher,
        TrialAction::Manage => admin,
    };
    match (allowed, viewer.role) {
        (true, _) => Ok(()),
        (false, None) => Err(Denied::NotSignedIn),
        (false, Some(_)) => Err(Denied::Forbidden),
    }
}

/// What can be done to a scheme's joint research (plans and evaluations across its trials).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SchemeResearchAction {
    /// Read what is not yet public (drafts, embargoed results): the secretariat and the
    /// researchers assigned to the whole scheme.
    ReadInternal,
    /// Write the scheme's joint plans and evaluations: researchers assigned to the scheme.
    Research,
    /// Assign research teams and record generalisation outcomes: the secretariat.
    Manage,
}

/// Decides access to a scheme's joint research; `researcher_ids` are the researchers
/// assigned to the whole scheme.
pub fn scheme_research(
    viewer: Viewer,
    researcher_ids: &[i64],
    action: SchemeResearchAction,
) -> Result<(), Denied> {
    let researcher = viewer.role == Some(Role::Researcher)
        && viewer.user_id.is_some_and(|u| researcher_ids.contains(&u));
    let admin = viewer.role == Some(Role::Admin);
    let allowed = match action {
        SchemeResearchAction::ReadInternal => admin || researcher,
        SchemeResearchAction::Research => researcher,
        SchemeResearchAction::Manage => admin,
    };
    match (allowed, viewer.role) {
        (true, _) => Ok(()),
        (false, None) => Err(Denied::NotSignedIn),
        (false, Some(_)) => Err(Denied::Forbidden),
    }
}

/// The role whose users the secretariat assigns to follow trials: they review the trials'
/// indicator updates.
pub const FOLLOWS_TRIALS: Role = Role::Researcher;

/// Whether a user with this role may be assigned to follow a trial as a researcher.
pub fn may_follow_trials(role: Role) -> bool {
    role == FOLLOWS_TRIALS
}

/// Every role, in the order forms offer them.
pub const ROLES: [Role; 4] = Role::ALL;

/// The role whose users act on behalf of an organisation: they hear of their
/// organisation's applications.
pub const ACTS_FOR_ORGANISATION: Role = Role::Applicant;

/// The role of the secretariat, who run the scheme and hear of answers to their questions.
pub const SECRETARIAT: Role = Role::Admin;

/// The role of the policy lab, who triage the barrier register and run investigations.
pub const POLICY_LAB: Role = Role::Admin;

/// The role whose users screen and score applications they are assigned to.
pub const ASSESSES: Role = Role::Assessor;

/// The action a viewer takes part in assessment with: the secretariat manages it, an
/// assessor assesses.
pub fn assessment_action(role: Option<Role>) -> Action {
    match role {
        Some(Role::Admin) => Action::ManageAssessment,
        _ => Action::AssessApplications,
    }
}

/// Whether a user with this role may be assigned to assess applications.
pub fn may_be_assigned(role: Role) -> bool {
    authorize(Some(role), Action::AssessApplications).is_ok()
}

/// The statuses of the schemes a viewer's list shows: the public sees published and closed
/// schemes, signed-in people also those gathering theme proposals, the secretariat all.
pub fn visible_scheme_statuses(role: Option<Role>) -> &'static [SchemeStatus] {
    match role {
        Some(Role::Admin) => &SchemeStatus::ALL,
        Some(_) => &[
            SchemeStatus::Proposals,
            SchemeStatus::Published,
            SchemeStatus::Closed,
        ],
        None => &[SchemeStatus::Published, SchemeStatus::Closed],
    }
}

/// Which applications a list shows a viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplicationScope {
    /// Every application but drafts: the secretariat.
    AllButDrafts,
    /// The applications the organisation leads or takes part in: its applicants.
    Organisation(i64),
    /// The submitted applications that their schemes publish: everybody else.
    Published,
}

/// The list visibility rule: applicants see their organisation's applications, the
/// secretariat everything but drafts, others what is published.
pub fn application_scope(viewer: Viewer) -> ApplicationScope {
    match (viewer.role, viewer.organisation_id) {
        (Some(Role::Admin), _) => ApplicationScope::AllButDrafts,
        (Some(Role::Applicant), Some(org)) => ApplicationScope::Organisation(org),
        _ => ApplicationScope::Published,
    }
}

/// Whether a round's page lists its applications to the viewer: the secretariat and
/// applicants (who see their own) always, everybody once the round is published.
pub fn shows_round_applications(viewer: Viewer, published: bool) -> bool {
    matches!(viewer.role, Some(Role::Admin | Role::Applicant)) || published
}

/// What can be done to one barrier of the policy lab's register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BarrierAction {
    /// Read it: the lab always, its reporter and supporters always, everybody once it is
    /// triaged and public.
    Read,
    /// Change its words or link provisions as its reporter: while it waits for the lab.
    Edit,
    /// Say "I meet this too": any signed-in person who may read it.
    Support,
    /// Triage, change its status, merge it: the lab.
    Triage,
}

/// The facts about a barrier that decide who may act on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BarrierFacts {
    /// Triaged and not restricted (`barrier::Visibility::is_public`).
    pub public: bool,
    pub status: crate::barrier::BarrierStatus,
    pub reporter_id: Option<i64>,
    /// The viewer supports it.
    pub viewer_supports: bool,
}

impl BarrierFacts {
    /// The facts of a stored barrier, for a viewer who supports it or not.
    pub fn of(barrier: &crate::barrier::Barrier, viewer_supports: bool) -> Self {
        BarrierFacts {
            public: barrier.visibility().is_public(),
            status: barrier.status,
            reporter_id: barrier.reporter_id,
            viewer_supports,
        }
    }
}

/// Decides access to one barrier. A refused `Read` is answered as "not found" by the use
/// cases, so that an unpublished report's existence is not revealed.
pub fn barrier(viewer: Viewer, facts: &BarrierFacts, action: BarrierAction) -> Result<(), Denied> {
    let lab = viewer.role == Some(POLICY_LAB);
    let reporter = viewer.user_id.is_some() && viewer.user_id == facts.reporter_id;
    let reads = lab || reporter || facts.viewer_supports || facts.public;
    let allowed = match action {
        BarrierAction::Read => reads,
        BarrierAction::Edit => {
            lab || (reporter && facts.status == crate::barrier::BarrierStatus::Reported)
        }
        BarrierAction::Support => viewer.role.is_some() && reads,
        BarrierAction::Triage => lab,
    };
    match (allowed, viewer.role) {
        (true, _) => Ok(()),
        (false, None) => Err(Denied::NotSignedIn),
        (false, Some(_)) => Err(Denied::Forbidden),
    }
}

#[cfg(test)]
mod tests {
    /// One barrier, for the public, its reporter, a supporter, another applicant and the
    /// lab, before and after triage.
    #[test]
    fn barrier_table() {
        use crate::barrier::BarrierStatus;
        use Denied::*;
        let viewer = |user: i64, role: Role| Viewer {
            user_id: Some(user),
            role: Some(role),
            organisation_id: None,
        };
        let viewers = [
            Viewer::PUBLIC,
            viewer(2, Role::Applicant),
            viewer(3, Role::Applicant),
            viewer(4, Role::Applicant),
            viewer(1, Role::Admin),
        ];
        let facts = |public: bool, status: BarrierStatus, supporter: Option<i64>| {
            move |v: &Viewer| BarrierFacts {
                public,
                status,
                reporter_id: Some(2),
                viewer_supports: v.user_id.is_some() && v.user_id == supporter,
            }
        };
        let ok = Ok(());
        let waiting = facts(false, BarrierStatus::Reported, Some(3));
        let public = facts(true, BarrierStatus::Confirmed, Some(3));
        let cases = [
            (
                &waiting,
                BarrierAction::Read,
                [Err(NotSignedIn), ok, ok, Err(Forbidden), ok],
            ),
            (
                &waiting,
                BarrierAction::Edit,
                [Err(NotSignedIn), ok, Err(Forbidden), Err(Forbidden), ok],
            ),
            (
                &waiting,
                BarrierAction::Support,
                [Err(NotSignedIn), ok, ok, Err(Forbidden), ok],
            ),
            (
                &waiting,
                BarrierAction::Triage,
                [
                    Err(NotSignedIn),
                    Err(Forbidden),
                    Err(Forbidden),
                    Err(Forbidden),
                    ok,
                ],
            ),
            (&public, BarrierAction::Read, [ok, ok, ok, ok, ok]),
            (
                &public,
                BarrierAction::Edit,
                [
                    Err(NotSignedIn),
                    Err(Forbidden),
                    Err(Forbidden),
                    Err(Forbidden),
                    ok,
                ],
            ),
            (
                &public,
                BarrierAction::Support,
                [Err(NotSignedIn), ok, ok, ok, ok],
            ),
        ];
        for (i, (facts, action, expected)) in cases.iter().enumerate() {
            for (viewer, want) in viewers.iter().zip(expected) {
                assert_eq!(
                    barrier(*viewer, &facts(viewer), *action),
                    *want,
                    "case {i}: {action:?} by {viewer:?}"
                );
            }
        }
    }

    use super::*;

    /// The joint research of a scheme: the public, a researcher assigned to the scheme,
    /// another researcher, an applicant and the secretariat.
    #[test]
    fn scheme_research_table() {
        use Denied::*;
        let viewers = [
            Viewer::PUBLIC,
            Viewer {
                user_id: Some(7),
                role: Some(Role::Researcher),
                organisation_id: None,
            },
            Viewer {
                user_id: Some(8),
                role: Some(Role::Researcher),
                organisation_id: None,
            },
            Viewer {
                user_id: Some(9),
                role: Some(Role::Applicant),
                organisation_id: Some(10),
            },
            Viewer {
                user_id: Some(1),
                role: Some(Role::Admin),
                organisation_id: None,
            },
        ];
        let ok = Ok(());
        let f = Err(Forbidden);
        let rows = [
            (
                SchemeResearchAction::ReadInternal,
                [Err(NotSignedIn), ok, f, f, ok],
            ),
            (
                SchemeResearchAction::Research,
                [Err(NotSignedIn), ok, f, f, f],
            ),
            (
                SchemeResearchAction::Manage,
                [Err(NotSignedIn), f, f, f, ok],
            ),
        ];
        for (action, expected) in rows {
            for (v, want) in viewers.iter().zip(expected) {
                assert_eq!(scheme_research(*v, &[7], action), want, "{action:?} {v:?}");
            }
        }
    }

    /// Every trial action for the public, a participant's applicant, another organisation's
    /// applicant, an assigned researcher, another researcher, an assessor and the secretariat.
    #[test]
    fn trial_table() {
        use Denied::*;
        let facts = TrialFacts {
            participant_ids: &[10, 11],
            researcher_ids: &[7],
        };
        let viewer = |role, organisation_id, user_id| Viewer {
            role,
            organisation_id,
            user_id,
        };
        let viewers = [
            Viewer::PUBLIC,
            viewer(Some(Role::Applicant), Some(11), Some(1)),
            viewer(Some(Role::Applicant), Some(12), Some(2)),
            viewer(Some(Role::Researcher), None, Some(7)),
            viewer(Some(Role::Researcher), None, Some(8)),
            viewer(Some(Role::Assessor), None, Some(9)),
            viewer(Some(Role::Admin), None, Some(3)),
        ];
        let ok = Ok(());
        let f = Err(Forbidden);
        let rows = [
            (TrialAction::Read, [ok, ok, ok, ok, ok, ok, ok]),
            (
                TrialAction::ReadInternal,
                [Err(NotSignedIn), ok, f, ok, f, f, ok],
            ),
            (TrialAction::Report, [Err(NotSignedIn), ok, f, f, f, f, f]),
            (TrialAction::Review, [Err(NotSignedIn), f, f, ok, f, f, ok]),
            (TrialAction::Research, [Err(NotSignedIn), f, f, ok, f, f, f]),
            (TrialAction::Manage, [Err(NotSignedIn), f, f, f, f, f, ok]),
        ];
        for (action, expected) in rows {
            for (v, want) in viewers.iter().zip(expected) {
                assert_eq!(trial(*v, &facts, action), want, "{action:?} {v:?}");
            }
        }
        assert!(may_follow_trials(Role::Researcher));
        assert!(!may_follow_trials(Role::Assessor));
    }

    /// Whose people each kind of manager sees, invites, deactivates, appoints and ends the
    /// sessions of: the
    /// secretariat everybody; the user administrator of organisation 11 (an applicant) the
    /// applicants and researchers of 11 only; an applicant of 11 not appointed nobody.
    #[test]
    fn people_table() {
        use Denied::*;
        let manager = |role, organisation_id, user_id, people_admin| PeopleManager {
            viewer: Viewer {
                role,
                organisation_id,
                user_id,
            },
            people_admin,
        };
        let managers = [
            manager(None, None, None, false),
            manager(Some(Role::Admin), None, Some(1), false),
            manager(Some(Role::Applicant), Some(11), Some(2), true),
            manager(Some(Role::Researcher), Some(11), Some(3), true),
            manager(Some(Role::Applicant), Some(11), Some(4), false),
            manager(Some(Role::Assessor), Some(11), Some(5), true),
            manager(Some(Role::Applicant), Some(12), Some(6), true),
        ];
        let person = |role, organisation_id, user_id| PersonFacts {
            role,
            organisation_id,
            user_id,
        };
        let ok = Ok(());
        let f = Err(Forbidden);
        let n = Err(NotSignedIn);
        // manager: public, secretariat, admin of 11 (applicant), admin of 11 (researcher),
        // applicant of 11, assessor "admin" of 11, admin of 12
        let rows = [
            (
                PeopleAction::See,
                person(Role::Applicant, Some(11), None),
                [n, ok, ok, ok, f, f, f],
            ),
            (
                PeopleAction::Invite,
                person(Role::Applicant, Some(11), None),
                [n, ok, ok, ok, f, f, f],
            ),
            (
                PeopleAction::Invite,
                person(Role::Researcher, Some(11), None),
                [n, ok, ok, ok, f, f, f],
            ),
            (
                PeopleAction::Invite,
                person(Role::Assessor, Some(11), None),
                [n, ok, f, f, f, f, f],
            ),
            (
                PeopleAction::Invite,
                person(Role::Admin, None, None),
                [n, ok, f, f, f, f, f],
            ),
            (
                PeopleAction::Invite,
                person(Role::Applicant, Some(12), None),
                [n, ok, f, f, f, f, ok],
            ),
            (
                PeopleAction::Deactivate,
                person(Role::Applicant, Some(11), Some(9)),
                [n, ok, ok, ok, f, f, f],
            ),
            // Nobody deactivates themselves.
            (
                PeopleAction::Deactivate,
                person(Role::Applicant, Some(11), Some(2)),
                [n, ok, f, ok, f, f, f],
            ),
            (
                PeopleAction::Deactivate,
                person(Role::Admin, None, Some(1)),
                [n, f, f, f, f, f, f],
            ),
            (
                PeopleAction::Deactivate,
                person(Role::Assessor, Some(11), Some(9)),
                [n, ok, f, f, f, f, f],
            ),
            (
                PeopleAction::Appoint,
                person(Role::Applicant, Some(11), Some(9)),
                [n, ok, f, f, f, f, f],
            ),
            (
                PeopleAction::EndSessions,
                person(Role::Applicant, Some(11), Some(9)),
                [n, ok, ok, ok, f, f, f],
            ),
            (
                PeopleAction::EndSessions,
                person(Role::Researcher, Some(12), Some(9)),
                [n, ok, f, f, f, f, ok],
            ),
            (
                PeopleAction::EndSessions,
                person(Role::Assessor, Some(11), Some(9)),
                [n, ok, f, f, f, f, f],
            ),
            (
                PeopleAction::EndSessions,
                person(Role::Admin, None, Some(8)),
                [n, ok, f, f, f, f, f],
            ),
        ];
        for (action, target, expected) in rows {
            for (m, want) in managers.iter().zip(expected) {
                assert_eq!(
                    people(*m, target, action),
                    want,
                    "{action:?} {target:?} by {m:?}"
                );
            }
        }
    }

    /// Every action for every role and for the public, written out so that a change to the
    /// table is a visible change here.
    #[test]
    fn table() {
        use Denied::*;
        let ok = Ok(());
        let admin_only = [
            Err(NotSignedIn),
            ok,
            Err(Forbidden),
            Err(Forbidden),
            Err(Forbidden),
        ];
        let applicant_only = [
            Err(NotSignedIn),
            Err(Forbidden),
            ok,
            Err(Forbidden),
            Err(Forbidden),
        ];
        let assessor_only = [
            Err(NotSignedIn),
            Err(Forbidden),
            Err(Forbidden),
            ok,
            Err(Forbidden),
        ];
        let expected: [(Action, [Result<(), Denied>; 5]); 25] = [
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
            (Action::ManageSchemes, admin_only),
            (Action::ProposeThemes, applicant_only),
            (Action::CreateApplications, applicant_only),
            (Action::ReadJournal, admin_only),
            (Action::UseRuleFinder, [ok, ok, ok, ok, ok]),
            (Action::DecideApplications, admin_only),
            (Action::ReadDecisions, [ok, ok, ok, ok, ok]),
            (
                Action::ScreenApplications,
                [Err(NotSignedIn), ok, Err(Forbidden), ok, Err(Forbidden)],
            ),
            (Action::AskClarification, admin_only),
            (Action::AssignAssessors, admin_only),
            (Action::AssessApplications, assessor_only),
            (Action::ManageAssessment, admin_only),
            (Action::ReportBarriers, [Err(NotSignedIn), ok, ok, ok, ok]),
            (Action::RunPolicyLab, admin_only),
            (Action::ManageNetworks, admin_only),
            (
                Action::RegisterPartners,
                [Err(NotSignedIn), ok, ok, Err(Forbidden), Err(Forbidden)],
            ),
            (Action::ManageLawCatalogue, admin_only),
            (Action::WatchOperations, admin_only),
            (Action::ManageAccountSecurity, admin_only),
            // Applicants and researchers only as appointed user administrators: `people`.
            (
                Action::ManagePeople,
                [Err(NotSignedIn), ok, ok, Err(Forbidden), ok],
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

#[cfg(test)]
mod resource_tests {
    use super::*;
    use ApplicationAction::*;
    use ApplicationStatus::*;

    fn viewer(role: Option<Role>, org: Option<i64>) -> Viewer {
        Viewer {
            role,
            organisation_id: org,
            user_id: None,
        }
    }

    #[test]
    fn application_table() {
        let members = [2];
        let lead = viewer(Some(Role::Applicant), Some(1));
        let member = viewer(Some(Role::Applicant), Some(2));
        let stranger = viewer(Some(Role::Applicant), Some(3));
        let admin = viewer(Some(Role::Admin), None);
        let assessor = viewer(Some(Role::Assessor), None);
        // User 40 is assigned without a conflict; user 41 is not (or declared one).
        let assigned = Viewer {
            user_id: Some(40),
            ..assessor
        };
        let unassigned = Viewer {
            user_id: Some(41),
            ..assessor
        };
        let public = Viewer::PUBLIC;
        // (status, published, viewer, action, allowed)
        let cases = [
            (Draft, false, lead, Edit, true),
            (Draft, false, lead, Read, true),
            (Draft, false, member, Read, true),
            (Draft, false, member, Edit, false),
            (Draft, false, stranger, Read, false),
            (Draft, false, admin, Read, false),
            (Draft, false, public, Read, false),
            (Submitted, false, admin, Read, true),
            (Submitted, false, admin, Edit, false),
            (Submitted, false, public, Read, false),
            (Submitted, false, assessor, Read, false),
            (Submitted, false, assigned, Read, true),
            (Submitted, false, assigned, Edit, false),
            (Submitted, false, unassigned, Read, false),
            (Withdrawn, false, assigned, Read, true),
            (Draft, false, assigned, Read, false),
            (Submitted, true, public, Read, true),
            (Submitted, true, stranger, Read, true),
            (Submitted, true, stranger, Edit, false),
            (Withdrawn, true, public, Read, false),
            (Withdrawn, true, admin, Read, true),
            (Withdrawn, true, member, Read, true),
            (Submitted, true, lead, ReadClarifications, true),
            (Submitted, true, member, ReadClarifications, true),
            (Submitted, true, admin, ReadClarifications, true),
            (Submitted, true, stranger, ReadClarifications, false),
            (Submitted, true, public, ReadClarifications, false),
            (Draft, false, lead, ReadClarifications, false),
            (Submitted, false, lead, Answer, true),
            (Submitted, false, member, Answer, false),
            (Submitted, false, admin, Answer, false),
            (Withdrawn, false, lead, Answer, false),
            (Submitted, false, lead, AmendExemptions, true),
            (Submitted, false, admin, AmendExemptions, true),
            (Submitted, false, member, AmendExemptions, false),
            (Submitted, false, assessor, AmendExemptions, false),
            (Draft, false, lead, AmendExemptions, false),
        ];
        for (status, published, who, action, allowed) in cases {
            let facts = ApplicationFacts {
                lead_organisation_id: 1,
                member_organisation_ids: &members,
                status,
                published,
                assessor_ids: &[40],
            };
            assert_eq!(
                application(who, &facts, action).is_ok(),
                allowed,
                "{status:?} published={published} {who:?} {action:?}"
            );
        }
    }

    #[test]
    fn scheme_visibility() {
        let applicant = viewer(Some(Role::Applicant), Some(1));
        let admin = viewer(Some(Role::Admin), None);
        assert!(view_scheme(Viewer::PUBLIC, SchemeStatus::Published).is_ok());
        assert!(view_scheme(Viewer::PUBLIC, SchemeStatus::Closed).is_ok());
        assert_eq!(
            view_scheme(Viewer::PUBLIC, SchemeStatus::Proposals),
            Err(Denied::NotSignedIn)
        );
        assert!(view_scheme(applicant, SchemeStatus::Proposals).is_ok());
        assert_eq!(
            view_scheme(applicant, SchemeStatus::Draft),
            Err(Denied::Forbidden)
        );
        assert!(view_scheme(admin, SchemeStatus::Draft).is_ok());
    }
}

/// What can be done in a network (issue 15, item 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NetworkAction {
    /// Read the network page with its public guidance and published entries: everybody.
    Read,
    /// Read what is private to the network (unpublished entries, unanswered and
    /// unpublished questions): its members.
    ReadInternal,
    /// Write in the learning log, reply, ask the secretariat a question: the member
    /// organisations' users and the coordinator.
    Participate,
    /// Edit the reference groups and moderate the log (hide an entry or a reply): the
    /// coordinator and the secretariat.
    Coordinate,
    /// Change the network, write guidance and answer questions: the secretariat.
    Manage,
}

/// The facts about a network that decide who may act in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NetworkFacts<'a> {
    pub member_organisation_ids: &'a [i64],
    pub coordinator_id: Option<i64>,
    /// The researchers assigned to the network's theme or its scheme.
    pub researcher_ids: &'a [i64],
}

/// Decides access to one network. Its members are the users of its member organisations,
/// its coordinator, the researchers assigned to its theme or scheme, and the secretariat;
/// they read what is private to it. Users of member organisations and the coordinator
/// write in the log; the coordinator and the secretariat moderate it and keep the
/// reference groups; the secretariat manages the network and its guidance.
pub fn network(
    viewer: Viewer,
    facts: &NetworkFacts<'_>,
    action: NetworkAction,
) -> Result<(), Denied> {
    let of_member = viewer.role == Some(Role::Applicant)
        && viewer
            .organisation_id
            .is_some_and(|o| facts.member_organisation_ids.contains(&o));
    let coordinator =
        viewer.role.is_some() && viewer.user_id.is_some() && viewer.user_id == facts.coordinator_id;
    let researcher = viewer.role == Some(Role::Researcher)
        && viewer
            .user_id
            .is_some_and(|u| facts.researcher_ids.contains(&u));
    let admin = viewer.role == Some(Role::Admin);
    let allowed = match action {
        NetworkAction::Read => true,
        NetworkAction::ReadInternal => of_member || coordinator || researcher || admin,
        NetworkAction::Participate => of_member || coordinator,
        NetworkAction::Coordinate => coordinator || admin,
        NetworkAction::Manage => admin,
    };
    match (allowed, viewer.role) {
        (true, _) => Ok(()),
        (false, None) => Err(Denied::NotSignedIn),
        (false, Some(_)) => Err(Denied::Forbidden),
    }
}

#[cfg(test)]
mod network_tests {
    use super::*;

    /// One network for the public, a member's applicant, the coordinator (of another
    /// organisation), an assigned researcher, another applicant and the secretariat.
    #[test]
    fn network_table() {
        use Denied::*;
        let viewer = |user, role, organisation| Viewer {
            user_id: Some(user),
            role: Some(role),
            organisation_id: organisation,
        };
        let viewers = [
            Viewer::PUBLIC,
            viewer(2, Role::Applicant, Some(20)),
            viewer(3, Role::Applicant, Some(30)),
            viewer(4, Role::Researcher, None),
            viewer(5, Role::Applicant, Some(50)),
            viewer(1, Role::Admin, None),
        ];
        let facts = NetworkFacts {
            member_organisation_ids: &[20],
            coordinator_id: Some(3),
            researcher_ids: &[4],
        };
        let (ok, f, n) = (Ok(()), Err(Forbidden), Err(NotSignedIn));
        let rows = [
            (NetworkAction::Read, [ok, ok, ok, ok, ok, ok]),
            (NetworkAction::ReadInternal, [n, ok, ok, ok, f, ok]),
            (NetworkAction::Participate, [n, ok, ok, f, f, f]),
            (NetworkAction::Coordinate, [n, f, ok, f, f, ok]),
            (NetworkAction::Manage, [n, f, f, f, f, ok]),
        ];
        for (action, expected) in rows {
            for (v, want) in viewers.iter().zip(expected) {
                assert_eq!(network(*v, &facts, action), want, "{action:?} {v:?}");
            }
        }
    }
}

/// What can be done to one of the policy lab's investigations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InvestigationAction {
    /// Read its title, hypothesis and conclusion: everybody once it is concluded; the lab
    /// and the participants' users while it is open.
    ReadSummary,
    /// Read all of it (barriers, participants, activity log): the lab and the users of the
    /// participating organisations.
    Read,
    /// Group barriers, log activities, conclude: the lab.
    Edit,
}

/// Decides access to one investigation; `participant_ids` are the registry organisations
/// taking part. A refused read is answered as "not found" by the use cases.
pub fn investigation(
    viewer: Viewer,
    participant_ids: &[i64],
    concluded: bool,
    action: InvestigationAction,
) -> Result<(), Denied> {
    let lab = viewer.role == Some(POLICY_LAB);
    let participant = viewer.role.is_some()
        && viewer
            .organisation_id
            .is_some_and(|o| participant_ids.contains(&o));
    let allowed = match action {
        InvestigationAction::ReadSummary => lab || participant || concluded,
        InvestigationAction::Read => lab || participant,
        InvestigationAction::Edit => lab,
    };
    match (allowed, viewer.role) {
        (true, _) => Ok(()),
        (false, None) => Err(Denied::NotSignedIn),
        (false, Some(_)) => Err(Denied::Forbidden),
    }
}

#[cfg(test)]
mod investigation_tests {
    use super::*;

    /// The public, the lab, a participant's applicant, another applicant and a researcher,
    /// on an open and on a concluded investigation with participant 20.
    #[test]
    fn investigation_table() {
        use Denied::*;
        let viewers = [
            Viewer::PUBLIC,
            Viewer {
                role: Some(POLICY_LAB),
                organisation_id: None,
                user_id: Some(1),
            },
            Viewer {
                role: Some(Role::Applicant),
                organisation_id: Some(20),
                user_id: Some(2),
            },
            Viewer {
                role: Some(Role::Applicant),
                organisation_id: Some(21),
                user_id: Some(3),
            },
            Viewer {
                role: Some(Role::Researcher),
                organisation_id: None,
                user_id: Some(4),
            },
        ];
        let (ok, f, n) = (Ok(()), Err(Forbidden), Err(NotSignedIn));
        let rows = [
            (false, InvestigationAction::ReadSummary, [n, ok, ok, f, f]),
            (true, InvestigationAction::ReadSummary, [ok, ok, ok, ok, ok]),
            (false, InvestigationAction::Read, [n, ok, ok, f, f]),
            (true, InvestigationAction::Read, [n, ok, ok, f, f]),
            (true, InvestigationAction::Edit, [n, ok, f, f, f]),
        ];
        for (concluded, action, expected) in rows {
            for (v, want) in viewers.iter().zip(expected) {
                assert_eq!(
                    investigation(*v, &[20], concluded, action),
                    want,
                    "{action:?} concluded={concluded} {v:?}"
                );
            }
        }
    }
}
