//! The registry of municipalities, county municipalities and regions: browsing and
//! searching it, one organisation with its parent, its population over the years and its
//! members, and importing the official codes and population figures from CSV (all or
//! nothing, a bad line refused with its number), for the pages, the API and the command
//! line alike.

use frirum_domain::authz::Action;
use frirum_domain::{Country, Organisation, Page, PageRequest, PopulationFigure, registry_csv};
use frirum_store::{ImportSummary, OrganisationFilter};

use crate::{Actor, App, Error};

/// How many organisations the registry holds for each country, for the front page. Open
/// to everybody, like the registry itself.
pub async fn counts(app: &App) -> Result<Vec<(Country, u64)>, Error> {
    let one = PageRequest::new(Some(1), Some(1)).map_err(Error::internal)?;
    let mut counts = Vec::new();
    for country in Country::ALL {
        let filter = OrganisationFilter {
            country: Some(country),
            ..Default::default()
        };
        counts.push((
            country,
            app.store.list_organisations(&filter, one).await?.total,
        ));
    }
    Ok(counts)
}

/// One page of the organisations the filter finds: the registry's list and its search.
pub async fn organisations(
    app: &App,
    actor: &Actor,
    filter: &OrganisationFilter,
    page: PageRequest,
) -> Result<Page<Organisation>, Error> {
    actor.authorize(Action::BrowseRegistry)?;
    Ok(app.store.list_organisations(filter, page).await?)
}

/// One organisation as the registry knows it.
#[derive(Debug, Clone)]
pub struct Registered {
    pub organisation: Organisation,
    /// The county or region a municipality belongs to, when the registry has it.
    pub parent: Option<Organisation>,
    /// Every population figure, newest reference date first.
    pub population_history: Vec<PopulationFigure>,
}

/// One organisation by its country and official code, with its parent and its population
/// over the years; an unknown code is not found.
pub async fn organisation(
    app: &App,
    actor: &Actor,
    country: Country,
    code: &str,
) -> Result<Registered, Error> {
    actor.authorize(Action::BrowseRegistry)?;
    let organisation = app
        .store
        .organisation(country, code)
        .await?
        .ok_or(Error::NotFound)?;
    let parent = match &organisation.parent_code {
        Some(parent) => app.store.organisation(country, parent).await?,
        None => None,
    };
    let population_history = app.store.population_history(organisation.id).await?;
    Ok(Registered {
        organisation,
        parent,
        population_history,
    })
}

/// One organisation as [`organisation`] reads it, with one page of its members: the
/// municipalities of a county or region (none for a municipality).
pub async fn organisation_with_members(
    app: &App,
    actor: &Actor,
    country: Country,
    code: &str,
    members: PageRequest,
) -> Result<(Registered, Page<Organisation>), Error> {
    let registered = organisation(app, actor, country, code).await?;
    let filter = OrganisationFilter {
        country: Some(country),
        parent_code: Some(registered.organisation.code.clone()),
        ..Default::default()
    };
    let members = organisations(app, actor, &filter, members).await?;
    Ok((registered, members))
}

/// Imports a country's registry file as the actor, who must be allowed to.
pub async fn import(
    app: &App,
    actor: &Actor,
    country: Country,
    csv: &[u8],
) -> Result<ImportSummary, Error> {
    actor.authorize(Action::ImportRegistry)?;
    import_file(app, country, csv, actor.now).await
}

/// Imports a country's registry file with no one's rights checked: the command line and
/// the demo, which the operator runs.
pub async fn import_file(
    app: &App,
    country: Country,
    csv: &[u8],
    now: time::OffsetDateTime,
) -> Result<ImportSummary, Error> {
    let records = registry_csv::parse(country, csv).map_err(|e| Error::ImportRefused {
        line: e.line,
        reason: e.reason,
    })?;
    Ok(app
        .store
        .import_organisations(country, &records, now)
        .await?)
}
