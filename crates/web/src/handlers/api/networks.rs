//! Networks through the API: the list and one network with its members and reference
//! groups, the guidance with every version, the learning log with replies and publishing,
//! and a trial's learning questions. Private entries and unanswered questions reach only
//! the network's members; publishing another author's entry is 403.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use frirum_app::networks;
use frirum_domain::network::{
    Entry, GuidanceItem, GuidanceText, NewEntry, NewNetwork, NewReferenceMember,
};

use super::dto::ErrorEnvelope;
use super::dto::networks::{
    EntriesDto, GuidanceListDto, GuidanceVersionDto, LearningQuestionsDto, NetworkDto,
    NetworkMembersDto, NetworksDto, NewArticleDto, NewEntryDto, NewNetworkDto, NewQuestionDto,
    NewReferenceMemberDto, NewReplyDto, SetLearningQuestionsDto,
};
use super::extract::ApiJson;
use crate::AppState;
use crate::context::RequestContext;
use crate::error::AppError;
use crate::extract::Path;

/// Every network (everybody).
#[utoipa::path(get, path = "/api/v1/networks", tag = "networks",
    responses((status = 200, body = NetworksDto)))]
pub async fn list(
    State(state): State<AppState>,
    ctx: RequestContext,
) -> Result<Json<NetworksDto>, AppError> {
    let networks = networks::list(&state, &ctx).await?;
    Ok(Json(NetworksDto { networks }))
}

async fn network_dto(
    state: &AppState,
    ctx: &RequestContext,
    id: i64,
) -> Result<NetworkDto, AppError> {
    let page = networks::page(state, ctx, id).await?;
    Ok(NetworkDto {
        network: page.access.network,
        members: page.access.members,
        trials: page.trials,
        reference_groups: page.reference,
    })
}

/// Creates a network (the secretariat); an unknown theme, trial or organisation is 422
/// naming the field.
#[utoipa::path(post, path = "/api/v1/networks", tag = "networks",
    request_body = NewNetworkDto,
    responses((status = 201, body = NetworkDto),
        (status = 403, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    ApiJson(body): ApiJson<NewNetworkDto>,
) -> Result<(StatusCode, Json<NetworkDto>), AppError> {
    let id = networks::create(
        &state,
        &ctx,
        NewNetwork {
            scheme_id: body.scheme_id,
            theme_id: body.theme_id,
            name: body.name,
            purpose: body.purpose,
            coordinator_id: body.coordinator_id,
            member_ids: body.organisation_ids,
            trial_ids: body.trial_ids,
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(network_dto(&state, &ctx, id).await?),
    ))
}

/// One network with its members, trials and reference groups (everybody).
#[utoipa::path(get, path = "/api/v1/networks/{id}", tag = "networks",
    params(("id" = i64, Path)),
    responses((status = 200, body = NetworkDto), (status = 404, body = ErrorEnvelope)))]
pub async fn show(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<NetworkDto>, AppError> {
    Ok(Json(network_dto(&state, &ctx, id).await?))
}

/// Replaces the member organisations and trials (the secretariat).
#[utoipa::path(put, path = "/api/v1/networks/{id}/members", tag = "networks",
    params(("id" = i64, Path)),
    request_body = NetworkMembersDto,
    responses((status = 200, body = NetworkDto),
        (status = 403, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn set_members(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<NetworkMembersDto>,
) -> Result<Json<NetworkDto>, AppError> {
    networks::set_members(&state, &ctx, id, body.organisation_ids, body.trial_ids).await?;
    Ok(Json(network_dto(&state, &ctx, id).await?))
}

/// Adds a member to a reference group (the coordinator or the secretariat).
#[utoipa::path(post, path = "/api/v1/networks/{id}/reference-groups", tag = "networks",
    params(("id" = i64, Path)),
    request_body = NewReferenceMemberDto,
    responses((status = 201, body = NetworkDto),
        (status = 403, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn add_reference(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<NewReferenceMemberDto>,
) -> Result<(StatusCode, Json<NetworkDto>), AppError> {
    networks::add_reference_member(
        &state,
        &ctx,
        id,
        NewReferenceMember {
            group: body.group,
            name: body.name,
            role_title: body.role_title,
            organisation: body.organisation,
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(network_dto(&state, &ctx, id).await?),
    ))
}

/// The guidance of a network as the caller may read it: articles and published answers
/// for everybody, unanswered and unpublished questions for members.
#[utoipa::path(get, path = "/api/v1/networks/{id}/guidance", tag = "networks",
    params(("id" = i64, Path)),
    responses((status = 200, body = GuidanceListDto), (status = 404, body = ErrorEnvelope)))]
pub async fn guidance(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<GuidanceListDto>, AppError> {
    let page = networks::page(&state, &ctx, id).await?;
    Ok(Json(GuidanceListDto {
        guidance: page.guidance,
    }))
}

/// Writes an article (the secretariat).
#[utoipa::path(post, path = "/api/v1/networks/{id}/guidance", tag = "networks",
    params(("id" = i64, Path)),
    request_body = NewArticleDto,
    responses((status = 201, body = GuidanceItem),
        (status = 403, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn write_article(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<NewArticleDto>,
) -> Result<(StatusCode, Json<GuidanceItem>), AppError> {
    let gid = networks::write_article(
        &state,
        &ctx,
        id,
        GuidanceText {
            title: body.title,
            body: body.body,
            reason: None,
        },
        body.for_scheme,
    )
    .await?;
    let (_, item) = networks::guidance_item(&state, &ctx, id, gid).await?;
    Ok((StatusCode::CREATED, Json(item)))
}

/// One guidance text with every version.
#[utoipa::path(get, path = "/api/v1/networks/{id}/guidance/{gid}", tag = "networks",
    params(("id" = i64, Path), ("gid" = i64, Path)),
    responses((status = 200, body = GuidanceItem), (status = 404, body = ErrorEnvelope)))]
pub async fn guidance_item(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, gid)): Path<(i64, i64)>,
) -> Result<Json<GuidanceItem>, AppError> {
    Ok(Json(
        networks::guidance_item(&state, &ctx, id, gid).await?.1,
    ))
}

/// A new version of a guidance text, or a question's first answer (the secretariat). An
/// edit without a reason is 422 naming `reason`.
#[utoipa::path(put, path = "/api/v1/networks/{id}/guidance/{gid}", tag = "networks",
    params(("id" = i64, Path), ("gid" = i64, Path)),
    request_body = GuidanceVersionDto,
    responses((status = 200, body = GuidanceItem),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn save_guidance(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, gid)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<GuidanceVersionDto>,
) -> Result<Json<GuidanceItem>, AppError> {
    let (_, item) = networks::guidance_item(&state, &ctx, id, gid).await?;
    let text = GuidanceText {
        title: body.title,
        body: body.body,
        reason: body.reason,
    };
    if item.kind == frirum_domain::network::GuidanceKind::Question && !item.answered() {
        networks::answer(&state, &ctx, id, gid, text, body.public).await?;
    } else {
        networks::edit_guidance(&state, &ctx, id, gid, text, body.public).await?;
    }
    Ok(Json(
        networks::guidance_item(&state, &ctx, id, gid).await?.1,
    ))
}

/// Asks the secretariat a question (a member's user or the coordinator).
#[utoipa::path(post, path = "/api/v1/networks/{id}/questions", tag = "networks",
    params(("id" = i64, Path)),
    request_body = NewQuestionDto,
    responses((status = 201, body = GuidanceItem),
        (status = 403, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn ask(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<NewQuestionDto>,
) -> Result<(StatusCode, Json<GuidanceItem>), AppError> {
    let gid = networks::ask(&state, &ctx, id, &body.question).await?;
    let (_, item) = networks::guidance_item(&state, &ctx, id, gid).await?;
    Ok((StatusCode::CREATED, Json(item)))
}

/// The learning log as the caller may read it: published entries for everybody, private
/// ones for the network's members.
#[utoipa::path(get, path = "/api/v1/networks/{id}/entries", tag = "networks",
    params(("id" = i64, Path)),
    responses((status = 200, body = EntriesDto), (status = 404, body = ErrorEnvelope)))]
pub async fn entries(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<EntriesDto>, AppError> {
    let page = networks::page(&state, &ctx, id).await?;
    Ok(Json(EntriesDto {
        entries: page.entries,
    }))
}

/// Writes an entry, private to the network until its author publishes it. A tag outside
/// the network is 422 `not_in_network`.
#[utoipa::path(post, path = "/api/v1/networks/{id}/entries", tag = "networks",
    params(("id" = i64, Path)),
    request_body = NewEntryDto,
    responses((status = 201, body = Entry),
        (status = 403, body = ErrorEnvelope),
        (status = 422, description = "not_in_network, or a field", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn write_entry(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<NewEntryDto>,
) -> Result<(StatusCode, Json<Entry>), AppError> {
    let entry = networks::write_entry(
        &state,
        &ctx,
        id,
        NewEntry {
            title: body.title,
            tried: body.tried,
            learned: body.learned,
            differently: body.differently,
            trial_ids: body.trial_ids,
            indicator_ids: body.indicator_ids,
            provision_ids: body.provision_ids,
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(networks::entry(&state, &ctx, id, entry).await?),
    ))
}

/// Replies to an entry; its author is told.
#[utoipa::path(post, path = "/api/v1/networks/{id}/entries/{entry}/replies", tag = "networks",
    params(("id" = i64, Path), ("entry" = i64, Path)),
    request_body = NewReplyDto,
    responses((status = 201, body = Entry),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn reply(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, entry)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<NewReplyDto>,
) -> Result<(StatusCode, Json<Entry>), AppError> {
    networks::reply(&state, &ctx, id, entry, &body.body).await?;
    Ok((
        StatusCode::CREATED,
        Json(networks::entry(&state, &ctx, id, entry).await?),
    ))
}

/// Publishes one's own entry. Another author's is 403; a published one 409
/// `entry_already_published`.
#[utoipa::path(post, path = "/api/v1/networks/{id}/entries/{entry}/publish", tag = "networks",
    params(("id" = i64, Path), ("entry" = i64, Path)),
    responses((status = 200, body = Entry),
        (status = 403, body = ErrorEnvelope),
        (status = 404, body = ErrorEnvelope),
        (status = 409, description = "entry_already_published", body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn publish(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path((id, entry)): Path<(i64, i64)>,
) -> Result<Json<Entry>, AppError> {
    networks::publish(&state, &ctx, id, entry).await?;
    Ok(Json(networks::entry(&state, &ctx, id, entry).await?))
}

fn questions_dto(q: networks::TrialQuestions) -> LearningQuestionsDto {
    LearningQuestionsDto {
        questions: q.questions,
        suggested: q.suggested,
        editable: q.editable,
    }
}

/// A trial's learning questions (everybody who may read the trial).
#[utoipa::path(get, path = "/api/v1/trials/{id}/learning-questions", tag = "networks",
    params(("id" = i64, Path)),
    responses((status = 200, body = LearningQuestionsDto), (status = 404, body = ErrorEnvelope)))]
pub async fn learning_questions(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
) -> Result<Json<LearningQuestionsDto>, AppError> {
    Ok(Json(questions_dto(
        networks::questions(&state, &ctx, id).await?,
    )))
}

/// Replaces a trial's learning questions (its participants, before its first report; 409
/// `learning_questions_fixed` after).
#[utoipa::path(put, path = "/api/v1/trials/{id}/learning-questions", tag = "networks",
    params(("id" = i64, Path)),
    request_body = SetLearningQuestionsDto,
    responses((status = 200, body = LearningQuestionsDto),
        (status = 403, body = ErrorEnvelope),
        (status = 409, description = "learning_questions_fixed", body = ErrorEnvelope),
        (status = 422, body = ErrorEnvelope)),
    security(("bearer" = [])))]
pub async fn set_learning_questions(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<SetLearningQuestionsDto>,
) -> Result<Json<LearningQuestionsDto>, AppError> {
    networks::set_questions(&state, &ctx, id, &body.questions.join("\n")).await?;
    Ok(Json(questions_dto(
        networks::questions(&state, &ctx, id).await?,
    )))
}
