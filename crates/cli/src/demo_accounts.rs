//! The demo's accounts and their one password: plain data that the demo loader and each
//! trial area's demo data read, kept apart so that neither names the other.

use frirum_domain::Role;
use frirum_domain::authz;

/// The shared password of every demo account.
pub const PASSWORD: &str = "frirum-demo-2026";

/// A demo account as printed at start.
pub struct DemoAccount {
    pub email: &'static str,
    pub name: &'static str,
    pub role: Role,
    pub organisation: Option<&'static str>,
    pub description: &'static str,
}

pub const ACCOUNTS: &[DemoAccount] = &[
    DemoAccount {
        email: "sekretariat@frirum.example",
        name: "Sekretariatet",
        role: authz::SECRETARIAT,
        organisation: None,
        description: "secretariat (admin)",
    },
    DemoAccount {
        email: "ansoger.aarhus@frirum.example",
        name: "Mette Lund",
        role: authz::ACTS_FOR_ORGANISATION,
        organisation: Some("dk:751"),
        description: "applicant for Aarhus Kommune (DK 751)",
    },
    DemoAccount {
        email: "brugeradmin.aarhus@frirum.example",
        name: "Birthe Nørgaard",
        role: authz::ACTS_FOR_ORGANISATION,
        organisation: Some("dk:751"),
        description: "user administrator of Aarhus Kommune (DK 751): invites and deactivates its people",
    },
    DemoAccount {
        email: "soker.tromso@frirum.example",
        name: "Ola Nordmann",
        role: authz::ACTS_FOR_ORGANISATION,
        organisation: Some("no:5501"),
        description: "applicant for Tromsø kommune (NO 5501)",
    },
    DemoAccount {
        email: "soker.indre-ostfold@frirum.example",
        name: "Ingrid Bakke",
        role: authz::ACTS_FOR_ORGANISATION,
        organisation: Some("no:3118"),
        description: "applicant for Indre Østfold kommune (NO 3118), a running trial",
    },
    DemoAccount {
        email: "sokande.umea@frirum.example",
        name: "Anna Berg",
        role: authz::ACTS_FOR_ORGANISATION,
        organisation: Some("se:2480"),
        description: "applicant for Umeå kommun (SE 2480)",
    },
    DemoAccount {
        email: "bedommer@frirum.example",
        name: "Jens Holm",
        role: authz::ASSESSES,
        organisation: None,
        description: "assessor",
    },
    DemoAccount {
        email: "bedommer2@frirum.example",
        name: "Sofie Dahl",
        role: authz::ASSESSES,
        organisation: None,
        description: "second assessor",
    },
    DemoAccount {
        email: "forsker@frirum.example",
        name: "Kari Forsberg",
        role: authz::FOLLOWS_TRIALS,
        organisation: None,
        description: "researcher",
    },
    DemoAccount {
        email: "forsker.ntnu@frirum.example",
        name: "Sigrid Haugen",
        role: authz::FOLLOWS_TRIALS,
        organisation: None,
        description: "researcher at NTNU Samfunnsforskning, following Indre Østfold's trial",
    },
];

/// The demo accounts the secretariat has appointed user administrators of their
/// organisation.
pub const PEOPLE_ADMINS: &[&str] = &["brugeradmin.aarhus@frirum.example"];
