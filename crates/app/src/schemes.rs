//! Schemes and their rounds: loading them with the actor's right to see them, whether a
//! round's applications are public, changing a scheme's rules (a new version, with a reason
//! once applications were judged under the old one) and its status, and the organisation
//! an applicant proposes themes for.

use frirum_domain::authz::{self, Action};
use frirum_domain::organisation::OrganisationRef;
use frirum_domain::scheme::{
    Round, RoundDraft, RoundPhase, Rules, Scheme, SchemeDraft, SchemeStatus, Theme, ThemeDraft,
    ThemeProposal,
};
use frirum_domain::text::{FieldError, Problem, check_text, clean};
use time::OffsetDateTime;

use crate::{Actor, App, Error};

/// A scheme the visitor may see. Schemes hidden from the visitor are reported as missing to
/// the public, so that drafts do not leak by their numbers.
pub async fn scheme_for(app: &App, actor: &Actor, id: i64) -> Result<Scheme, Error> {
    let scheme = app.store.scheme(id).await?.ok_or(Error::NotFound)?;
    authz::view_scheme(actor.viewer(), scheme.status)?;
    Ok(scheme)
}

/// A round and its scheme, if the visitor may see the scheme.
pub async fn round_for(app: &App, actor: &Actor, round_id: i64) -> Result<(Round, Scheme), Error> {
    let round = app.store.round(round_id).await?.ok_or(Error::NotFound)?;
    let scheme = scheme_for(app, actor, round.scheme_id).await?;
    Ok((round, scheme))
}

/// Whether the public may read the round's submitted applications at `now`.
pub fn published(scheme: &Scheme, round: &Round, now: OffsetDateTime) -> bool {
    scheme.publish_applications && matches!(round.phase(now), Ok(RoundPhase::Closed))
}

/// Changes a scheme's rules as a new version. Once applications have been judged under the
/// current version, the change needs a stated reason, so that it is never silent.
pub async fn update_rules(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    expected_version: i64,
    rules: &Rules,
    reason: Option<&str>,
) -> Result<Scheme, Error> {
    actor.authorize(Action::ManageSchemes)?;
    rules.validate()?;
    let scheme = app.store.scheme(scheme_id).await?.ok_or(Error::NotFound)?;
    let submitted = app
        .store
        .submitted_under_rules(scheme_id, scheme.rules_version)
        .await?;
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if submitted > 0 && reason.is_none() {
        return Err(Error::RulesInUse {
            submitted,
            version: scheme.rules_version,
        });
    }
    Ok(app
        .store
        .update_rules(scheme_id, expected_version, rules, actor.journal(reason))
        .await?)
}

/// Moves a scheme to another status if the step is allowed.
pub async fn change_status(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    to: SchemeStatus,
    reason: Option<&str>,
) -> Result<Scheme, Error> {
    actor.authorize(Action::ManageSchemes)?;
    let scheme = app.store.scheme(scheme_id).await?.ok_or(Error::NotFound)?;
    if !scheme.status.can_become(to) {
        return Err(Error::StatusChange {
            from: scheme.status.to_string(),
            to: to.to_string(),
        });
    }
    Ok(app
        .store
        .set_scheme_status(scheme_id, scheme.status, to, actor.journal(reason))
        .await?)
}

/// The organisation an applicant acts for, for proposals and endorsements.
pub fn proposing_organisation(actor: &Actor) -> Result<OrganisationRef, Error> {
    // The table opens proposals to applicants only.
    let user = actor.user_for(Action::ProposeThemes)?;
    user.organisation.clone().ok_or(Error::Forbidden)
}

/// Checks and cleans a proposal's text.
pub fn proposal_text(title: &str, description: &str) -> Result<(String, String), Error> {
    let (title, description) = (clean(title.trim()), clean(description));
    if title.is_empty() {
        return Err(FieldError::new("title", Problem::Required).into());
    }
    check_text("title", &title, 300)?;
    check_text("description", &description, 5_000)?;
    Ok((title, description))
}

/// Proposes a theme for the applicant's organisation while the scheme gathers proposals.
pub async fn propose_theme(
    app: &App,
    actor: &Actor,
    scheme_id: i64,
    title: &str,
    description: &str,
) -> Result<ThemeProposal, Error> {
    let org = proposing_organisation(actor)?;
    let scheme = scheme_for(app, actor, scheme_id).await?;
    if scheme.status != SchemeStatus::Proposals {
        return Err(Error::WrongState {
            what: frirum_store::StateOf::Scheme,
            current: scheme.status.to_string(),
        });
    }
    let (title, description) = proposal_text(title, description)?;
    Ok(app
        .store
        .create_proposal(scheme.id, org.id, &title, &description, actor.journal(None))
        .await?)
}

/// Endorses another organisation's proposal; endorsing twice changes nothing.
pub async fn endorse(app: &App, actor: &Actor, id: i64) -> Result<bool, Error> {
    let org = proposing_organisation(actor)?;
    let proposal = app.store.proposal(id).await?.ok_or(Error::NotFound)?;
    scheme_for(app, actor, proposal.scheme_id).await?;
    if proposal.organisation.id == org.id {
        return Err(Error::field(
            "proposal",
            "an organisation cannot endorse its own proposal",
        ));
    }
    Ok(app
        .store
        .endorse_proposal(id, org.id, actor.journal(None))
        .await?)
}

/// Creates a scheme in draft (the secretariat).
pub async fn create(
    app: &App,
    actor: &Actor,
    draft: &SchemeDraft,
    rules: &Rules,
) -> Result<Scheme, Error> {
    actor.authorize(Action::ManageSchemes)?;
    draft.validate()?;
    rules.validate()?;
    Ok(app
        .store
        .create_scheme(draft, rules, actor.journal(None))
        .await?)
}

/// Changes a scheme's title, language, invitation and publication setting; its code and
/// country stay as they were created.
pub async fn update_text(
    app: &App,
    actor: &Actor,
    id: i64,
    title: String,
    language: frirum_domain::Language,
    invitation: String,
    publish_applications: bool,
) -> Result<Scheme, Error> {
    actor.authorize(Action::ManageSchemes)?;
    let scheme = app.store.scheme(id).await?.ok_or(Error::NotFound)?;
    let draft = SchemeDraft {
        code: scheme.code,
        country: scheme.country,
        title: clean(title.trim()),
        language,
        invitation: clean(&invitation),
        publish_applications,
    };
    draft.validate()?;
    Ok(app
        .store
        .update_scheme(id, &draft, actor.journal(None))
        .await?)
}

/// Adds a theme to a scheme (the secretariat).
pub async fn add_theme(
    app: &App,
    actor: &Actor,
    id: i64,
    draft: &ThemeDraft,
) -> Result<Theme, Error> {
    actor.authorize(Action::ManageSchemes)?;
    app.store.scheme(id).await?.ok_or(Error::NotFound)?;
    Ok(app.store.add_theme(id, draft, actor.journal(None)).await?)
}

/// Adds a round to a scheme (the secretariat).
pub async fn add_round(
    app: &App,
    actor: &Actor,
    id: i64,
    draft: &RoundDraft,
) -> Result<Round, Error> {
    actor.authorize(Action::ManageSchemes)?;
    app.store.scheme(id).await?.ok_or(Error::NotFound)?;
    Ok(app.store.add_round(id, draft, actor.journal(None)).await?)
}

/// A theme proposal, to adopt or decline (the secretariat).
pub async fn proposal(app: &App, actor: &Actor, id: i64) -> Result<ThemeProposal, Error> {
    let proposal = app.store.proposal(id).await?.ok_or(Error::NotFound)?;
    scheme_for(app, actor, proposal.scheme_id).await?;
    Ok(proposal)
}

/// Adopts a proposal as a theme of its scheme (the secretariat).
pub async fn adopt(
    app: &App,
    actor: &Actor,
    id: i64,
    theme: &ThemeDraft,
) -> Result<(ThemeProposal, Theme), Error> {
    actor.authorize(Action::ManageSchemes)?;
    Ok(app
        .store
        .adopt_proposal(id, theme, actor.journal(None))
        .await?)
}

/// Declines a proposal with a reason (the secretariat).
pub async fn decline(
    app: &App,
    actor: &Actor,
    id: i64,
    reason: &str,
) -> Result<ThemeProposal, Error> {
    actor.authorize(Action::ManageSchemes)?;
    let reason = clean(reason.trim());
    if reason.is_empty() {
        return Err(FieldError::new("reason", Problem::Required).into());
    }
    check_text("reason", &reason, 5_000)?;
    Ok(app
        .store
        .decline_proposal(id, &reason, actor.journal(None))
        .await?)
}
