//! The catalogue model, defined in the domain crate so that the store and the web layer share
//! it; re-exported here for the format readers, the citation parser and the search index.

pub use frirum_domain::law::*;
