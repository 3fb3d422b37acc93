//! The JSON API under `/api/v1`. Every route is described in the OpenAPI document.

pub mod applications;
pub mod assessment;
pub mod decisions;
pub mod dto;
pub mod extract;
pub mod law;
pub mod me;
pub mod notifications;
pub mod organisations;
pub mod review;
pub mod schemes;
pub mod users;
