//! The registry of municipalities, county municipalities and regions: importing the
//! official codes and population figures from CSV (all or nothing, a bad line refused with
//! its number), for the pages, the API and the command line alike.

use frirum_domain::authz::Action;
use frirum_domain::{Country, registry_csv};
use frirum_store::ImportSummary;

use crate::{Actor, App, Error};

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
