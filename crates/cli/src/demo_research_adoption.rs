//! The demo's adoption: a Swedish or Norwegian municipality starts a draft application
//! from another municipality's trial — Umeå from the Danish network trial "Én familie – én
//! plan", else Tromsø from a Norwegian trial — in a round open to it now. Written through
//! the use case as the applicant would; where no round is open to them, nothing is adopted
//! and a note says so, never a failure.

use frirum_app::{Actor, App};
use frirum_domain::trial::TrialFilter;
use frirum_domain::{Language, PageRequest};
use time::OffsetDateTime;

pub async fn load(app: &App, now: OffsetDateTime) -> anyhow::Result<()> {
    let all = PageRequest::new(Some(1), Some(PageRequest::MAX_PER_PAGE))?;
    let public = Actor::public(Language::En, now);
    let trials = frirum_app::trials::list(app, &public, &TrialFilter::default(), all)
        .await?
        .items;
    let candidates = [
        ("sokande.umea@frirum.example", Language::Sv, "Én familie"),
        (
            "soker.tromso@frirum.example",
            Language::Nb,
            "Vurdering uten karakter",
        ),
        ("soker.tromso@frirum.example", Language::Nb, ""),
    ];
    for (email, lang, prefix) in candidates {
        let Some(credentials) = app.store.credentials(email).await? else {
            continue;
        };
        let actor = Actor {
            user: Some(credentials.user),
            lang,
            now,
        };
        for trial in trials.iter().filter(|t| t.title.starts_with(prefix)) {
            let Ok(choice) = frirum_app::dossier::adoption_choice(app, &actor, trial.id).await
            else {
                continue;
            };
            let Some((round, _)) = choice.rounds.first() else {
                continue;
            };
            let draft = frirum_app::dossier::adopt(app, &actor, trial.id, round.id).await?;
            tracing::info!(
                application = draft.id,
                trial = trial.id,
                "demo: {email} started a draft from the trial {}",
                trial.title
            );
            return Ok(());
        }
    }
    tracing::info!("demo: no round is open to Umeå or Tromsø now; no adoption");
    Ok(())
}
