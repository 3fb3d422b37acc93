//! The law catalogue's pure parts: the model of acts and provisions, readers for the official
//! publication formats of Norway, Denmark and Sweden, and the citation parser. No database,
//! no HTTP.

pub mod cite;
pub mod formats;
pub mod model;
pub mod search;
