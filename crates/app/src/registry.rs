//! The registry of municipalities, county municipalities and regions: browsing and
//! searching it, one organisation with its parent, its population over the years and its
//! members, and importing the official codes and population figures from CSV (all or
//! nothing, a bad line refused with its number), for the pages, the API and the command
//! line alike.

use frirum_domain::authz::Action;
use frirum_domain::registry_csv::{CsvError, OrganisationRecord};
use frirum_domain::registry_stats::{self, Office, RegistryFile};
use frirum_domain::{Country, Organisation, Page, PageRequest, PopulationFigure};
use frirum_store::{ImportSummary, OrganisationFilter, Store};

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

// --- Finding an organisation by what a person types (issue 12, part F) ----------------------

/// Every organisation of a country, in the registry's order (a few hundred): for the
/// suggestions of a form and for matching names.
pub async fn all_of(app: &App, country: Country) -> Result<Vec<Organisation>, Error> {
    let filter = OrganisationFilter {
        country: Some(country),
        ..Default::default()
    };
    let mut all = Vec::new();
    let mut number = 1;
    loop {
        let request = PageRequest::new(Some(number), Some(PageRequest::MAX_PER_PAGE))
            .map_err(Error::internal)?;
        let page = app.store.list_organisations(&filter, request).await?;
        let more = page.has_next();
        all.extend(page.items);
        if !more {
            return Ok(all);
        }
        number += 1;
    }
}

/// The organisation of a country a person means by a code or a name typed in any case,
/// with or without diacritics and the word for municipality ("751", "Skanderborg",
/// "skanderborg kommune"); `None` when nothing or more than one organisation fits.
pub async fn find(app: &App, country: Country, typed: &str) -> Result<Option<Organisation>, Error> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    if let Some(found) = app.store.organisation(country, typed).await? {
        return Ok(Some(found));
    }
    // "Herøy (1818)", as the form writes a member: the code decides, the name must fit it.
    if let Some((name, rest)) = typed.rsplit_once('(')
        && let Some(code) = rest.strip_suffix(')')
        && let Some(found) = app.store.organisation(country, code.trim()).await?
        && (name.trim().is_empty() || frirum_domain::search::names_match(name, &found.name))
    {
        return Ok(Some(found));
    }
    let mut matching: Vec<Organisation> = all_of(app, country)
        .await?
        .into_iter()
        .filter(|o| frirum_domain::search::names_match(typed, &o.name))
        .collect();
    Ok(if matching.len() == 1 {
        matching.pop()
    } else {
        None
    })
}

/// Up to `limit` organisations of a country whose names are near what a person typed,
/// nearest first: what a form suggests when a name is not found.
pub async fn suggest(
    app: &App,
    country: Country,
    typed: &str,
    limit: usize,
) -> Result<Vec<Organisation>, Error> {
    let mut near: Vec<(usize, Organisation)> = all_of(app, country)
        .await?
        .into_iter()
        .filter_map(|o| frirum_domain::search::name_distance(typed, &o.name).map(|d| (d, o)))
        .collect();
    near.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name.cmp(&b.1.name)));
    Ok(near.into_iter().take(limit).map(|(_, o)| o).collect())
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
    let file = read_file(&*app.store, country, csv).await?;
    Ok(app
        .store
        .import_organisations(country, &file.records, now)
        .await?)
}

/// A registry file read for import: Frirum's own format as it is, or a statistics office's
/// export as figures for the organisations already in the registry (their names, kinds
/// and parents kept as stored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryRead {
    pub records: Vec<OrganisationRecord>,
    /// The office whose export the file was; `None` for Frirum's format.
    pub office: Option<Office>,
    /// Rows of an export for areas that are not organisations (the country, a landsdel).
    pub areas_skipped: usize,
    /// Areas of an export the registry does not hold (Svalbard, an old municipality),
    /// as "code name", left out.
    pub not_in_registry: Vec<String>,
}

/// Reads a registry file in any format `docs/registry-csv.md` describes. An export none of
/// whose areas the registry holds is refused (`statistics_nothing_matched`).
pub async fn read_file(
    store: &dyn Store,
    country: Country,
    bytes: &[u8],
) -> Result<RegistryRead, Error> {
    let refused = |e: CsvError| Error::ImportRefused {
        line: e.line,
        reason: e.reason,
        code: e.code,
    };
    let (office, figures, areas_skipped) = match registry_stats::read(country, bytes) {
        Ok(RegistryFile::Frirum(records)) => {
            return Ok(RegistryRead {
                records,
                office: None,
                areas_skipped: 0,
                not_in_registry: Vec::new(),
            });
        }
        Ok(RegistryFile::Statistics {
            office,
            figures,
            skipped,
        }) => (office, figures, skipped),
        Err(e) => return Err(refused(e)),
    };
    let mut records = Vec::new();
    let mut not_in_registry: Vec<String> = Vec::new();
    for figure in figures {
        match store.organisation(country, &figure.code).await? {
            Some(o) if o.kind == figure.kind => records.push(OrganisationRecord {
                line: figure.line,
                code: o.code,
                name: o.name,
                kind: o.kind,
                parent_code: o.parent_code,
                population: Some(figure.figure),
            }),
            _ => {
                let area = format!("{} {}", figure.code, figure.label);
                if !not_in_registry.contains(&area) {
                    not_in_registry.push(area);
                }
            }
        }
    }
    if records.is_empty() {
        return Err(refused(CsvError::coded(
            1,
            "statistics_nothing_matched",
            format!(
                "none of the areas in this export of {} is in the registry (import Frirum's \
                 registry file for {country} first)",
                office.table()
            ),
        )));
    }
    Ok(RegistryRead {
        records,
        office: Some(office),
        areas_skipped,
        not_in_registry,
    })
}
