//! The demo's research teams: VIVE (Denmark) and NTNU Samfunnsforskning (Norway) as
//! research organisations; the demo's researcher belongs to VIVE and is assigned to the
//! whole Danish "Frikommuneforsøg 2019" (its joint evaluation), and forsker.ntnu belongs to
//! NTNU Samfunnsforskning and follows Indre Østfold's trial without grades on 8th grade.
//! Written through the use cases as the secretariat would have done it.

use anyhow::Context;
use frirum_app::research::{self, SchemeScope};
use frirum_app::{Actor, App};
use frirum_domain::research::NewResearchOrganisation;
use frirum_domain::trial::TrialFilter;
use frirum_domain::{Country, Language, PageRequest};
use time::OffsetDateTime;

pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let user = |email: &'static str| async move {
        app.store
            .credentials(email)
            .await?
            .map(|c| c.user)
            .with_context(|| format!("the demo account {email}"))
    };
    let secretariat = Actor {
        user: Some(user("sekretariat@frirum.example").await?),
        lang: Language::Da,
        now,
    };
    let vive = research::create_organisation(
        app,
        &secretariat,
        NewResearchOrganisation {
            name: "VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd".into(),
            country: Country::Dk,
            website: Some("https://www.vive.dk".into()),
        },
    )
    .await?;
    let ntnu = research::create_organisation(
        app,
        &secretariat,
        NewResearchOrganisation {
            name: "NTNU Samfunnsforskning".into(),
            country: Country::No,
            website: Some("https://samforsk.no".into()),
        },
    )
    .await?;
    let forsker = user("forsker@frirum.example").await?;
    let forsker_ntnu = user("forsker.ntnu@frirum.example").await?;
    research::set_membership(app, &secretariat, forsker.id, Some(vive.id)).await?;
    research::set_membership(app, &secretariat, forsker_ntnu.id, Some(ntnu.id)).await?;

    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))?;
    let schemes = frirum_app::schemes::list(app, &secretariat, all)
        .await?
        .items;
    let danish = schemes
        .iter()
        .find(|s| s.code == "DK2019")
        .context("the Danish 2019 scheme")?;
    research::assign(
        app,
        &secretariat,
        danish.id,
        forsker.id,
        SchemeScope::Scheme,
    )
    .await?;

    let trials = frirum_app::trials::list(app, &secretariat, &TrialFilter::default(), all).await?;
    let indre_ostfold = trials
        .items
        .iter()
        .find(|t| t.title.starts_with("Vurdering uten karakter"))
        .context("Indre Østfold's trial")?;
    frirum_app::trials::assign_researcher(app, &secretariat, indre_ostfold.id, forsker_ntnu.id)
        .await?;
    Ok(())
}
