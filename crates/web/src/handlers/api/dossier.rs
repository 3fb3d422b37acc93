//! The provision dossier through the API: everybody reads a provision's dossier, the
//! public part of it; the secretariat reads all of it.

use axum::Json;
use axum::extract::State;
use frirum_app::dossier;

use super::dto::ErrorEnvelope;
use super::dto::dossier::DossierDto;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// A provision's dossier: the applications that asked to be exempted from it and the rule
/// they wanted, the trials that used the exemption and how often, their indicator results,
/// the evaluations' findings and recommendations, the generalisation outcomes, adoptions
/// and a dated timeline.
#[utoipa::path(get, path = "/api/v1/provisions/{id}/dossier", tag = "law",
    params(("id" = i64, Path)),
    responses((status = 200, body = DossierDto), (status = 404, body = ErrorEnvelope)))]
pub async fn dossier(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<DossierDto>, AppError> {
    Ok(Json(dossier::dossier(&state, &ctx, id).await?.into()))
}
