//! The applicant's draft form, so that it never leads to a dead end: saving what was typed
//! well even when one part is refused (an unknown network member, a badly written number
//! or date leaves the rest saved), the registry's organisations to choose members from and
//! suggestions for a name it did not know, and deleting a draft (journaled). Builds on
//! [`crate::applications`], whose rules decide what a draft may hold.

use frirum_domain::application::{Application, ApplicationContent, ApplicationStatus};
use frirum_domain::authz::ApplicationAction;
use frirum_domain::text::{FieldError, Problem};
use frirum_domain::{Country, Organisation};

use crate::applications::{self, Case, DraftForm};
use crate::{Actor, App, Error};

/// How many names the form suggests for a member it did not find.
const SUGGESTIONS: usize = 5;

/// What the form shows besides the draft: the organisations to choose members from, and
/// for each refused member (by its place among the typed ones) the names near it.
pub struct FormView {
    pub form: DraftForm,
    pub choices: Vec<Organisation>,
    pub suggestions: Vec<(usize, Vec<Organisation>)>,
}

/// The outcome of saving the form.
pub enum FormSave {
    /// Everything was saved.
    Saved(Application),
    /// Some fields were refused: the form again with them, and the draft as saved with the
    /// rest (`None` when nothing could be saved).
    Refused {
        saved: Option<Application>,
        problems: Vec<FieldError>,
        view: Box<FormView>,
    },
}

/// The form of a draft the actor may edit with its stored content and the registry's
/// choices; `None` once it is submitted or withdrawn.
pub async fn edit_form(app: &App, actor: &Actor, id: i64) -> Result<Option<FormView>, Error> {
    let Some(form) = applications::draft_form(app, actor, id).await? else {
        return Ok(None);
    };
    let choices = crate::registry::all_of(app, form.case.scheme.country).await?;
    Ok(Some(FormView {
        form,
        choices,
        suggestions: Vec::new(),
    }))
}

/// The members of a case as the form writes them: "Name (code)" in the scheme's country,
/// "COUNTRY:CODE" elsewhere, so that people read names and a name shared by two
/// organisations still finds the right one.
pub fn member_texts(case: &Case) -> Vec<String> {
    case.application
        .members
        .iter()
        .map(|m| {
            if m.country == case.scheme.country {
                format!("{} ({})", m.name, m.code)
            } else {
                format!("{}:{}", m.country, m.code)
            }
        })
        .collect()
}

/// Saves the draft's form at the version the editor started from. `problems` are the
/// fields the adapter could not read (left empty in `content`); members the registry does
/// not know are left out and reported with suggestions; the rest is saved. A rule of the
/// content itself (a text too long…) refuses the whole save, and the form comes back with
/// everything typed.
pub async fn save_form(
    app: &App,
    actor: &Actor,
    id: i64,
    version: i64,
    members: &[String],
    content: ApplicationContent,
    mut problems: Vec<FieldError>,
) -> Result<FormSave, Error> {
    let case = applications::application_for(app, actor, id, ApplicationAction::Edit).await?;
    if case.application.status != ApplicationStatus::Draft {
        return Err(Error::ApplicationSubmitted {
            status: case.application.status.to_string(),
        });
    }
    let country = case.scheme.country;
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for (i, member) in members.iter().enumerate() {
        match applications::resolve_members(
            app,
            country,
            case.application.lead.id,
            std::slice::from_ref(member),
        )
        .await
        {
            Ok(_) => known.push(member.clone()),
            Err(Error::Field(_)) => {
                unknown.push(i);
                problems.push(FieldError::new(
                    format!("members[{i}]"),
                    Problem::UnknownOrganisation {
                        reference: member.clone(),
                    },
                ));
            }
            Err(e) => return Err(e),
        }
    }
    let saved =
        match applications::save_draft(app, actor, id, version, &known, content.clone()).await {
            Ok(saved) if problems.is_empty() => return Ok(FormSave::Saved(saved)),
            Ok(saved) => Some(saved),
            Err(Error::Field(e)) => {
                problems.push(e);
                None
            }
            Err(e) => return Err(e),
        };
    let view = refused_view(app, actor, case, &content, members, &unknown, country).await?;
    Ok(FormSave::Refused {
        saved,
        problems,
        view: Box::new(view),
    })
}

/// The form shown again with what was typed, the registry's choices and suggestions for
/// the members at the places `unknown`.
async fn refused_view(
    app: &App,
    actor: &Actor,
    case: Case,
    content: &ApplicationContent,
    members: &[String],
    unknown: &[usize],
    country: Country,
) -> Result<FormView, Error> {
    let form = applications::form_with(app, actor, case, content).await?;
    let choices = crate::registry::all_of(app, country).await?;
    let mut suggestions = Vec::new();
    for &i in unknown {
        let near = crate::registry::suggest(app, country, &members[i], SUGGESTIONS).await?;
        suggestions.push((i, near));
    }
    Ok(FormView {
        form,
        choices,
        suggestions,
    })
}

/// The form of a draft with content as typed (after an edit conflict, so that nothing
/// typed is lost), with the choices.
pub async fn typed_form(
    app: &App,
    actor: &Actor,
    id: i64,
    content: &ApplicationContent,
) -> Result<FormView, Error> {
    let case = applications::application_for(app, actor, id, ApplicationAction::Edit).await?;
    let country = case.scheme.country;
    let form = applications::form_with(app, actor, case, content).await?;
    let choices = crate::registry::all_of(app, country).await?;
    Ok(FormView {
        form,
        choices,
        suggestions: Vec::new(),
    })
}

/// The form of a case refused at submission, with its stored content and the choices.
pub async fn stored_form(app: &App, actor: &Actor, id: i64) -> Result<FormView, Error> {
    let case = applications::application_for(app, actor, id, ApplicationAction::Edit).await?;
    let content = case.application.content.clone();
    let country = case.scheme.country;
    let form = applications::form_with(app, actor, case, &content).await?;
    let choices = crate::registry::all_of(app, country).await?;
    Ok(FormView {
        form,
        choices,
        suggestions: Vec::new(),
    })
}

/// Deletes a draft the actor may edit; the journal keeps that it was deleted, by whom.
/// Anything submitted stays (it is withdrawn instead).
pub async fn delete(app: &App, actor: &Actor, id: i64) -> Result<Application, Error> {
    let case = applications::application_for(app, actor, id, ApplicationAction::Edit).await?;
    if case.application.status != ApplicationStatus::Draft {
        return Err(Error::ApplicationSubmitted {
            status: case.application.status.to_string(),
        });
    }
    app.store.delete_draft(id, actor.journal(None)).await?;
    Ok(case.application)
}

/// A draft the actor may delete, for the confirmation page; `None` once it is no draft.
pub async fn to_delete(app: &App, actor: &Actor, id: i64) -> Result<Option<Case>, Error> {
    let case = applications::application_for(app, actor, id, ApplicationAction::Edit).await?;
    Ok((case.application.status == ApplicationStatus::Draft).then_some(case))
}
