//! A person's own account security: the second factor's rules (how long the step between
//! password and code lasts, how many tries it allows, how a typed code is read), the kinds
//! of events in a person's security history, and a device named in plain words from the
//! browser's `User-Agent`.

use time::Duration;

/// How long the half-signed-in state between a right password and the second step lasts.
pub const CHALLENGE_LIFETIME: Duration = Duration::minutes(5);

/// How many wrong codes the second step takes before the person must start again with the
/// password (which is throttled on its own).
pub const MAX_CHALLENGE_ATTEMPTS: u32 = 5;

/// How many recovery codes an enrolment gives.
pub const RECOVERY_CODES: usize = 10;

/// A session's "last seen" is written at most this often, so that reading pages does not
/// write to the database on every request.
pub const LAST_SEEN_EVERY: Duration = Duration::minutes(1);

/// The TOTP time step (RFC 6238's default, which every authenticator app uses).
pub const TOTP_STEP_SECONDS: u64 = 30;

/// Whether `last_seen` is old enough to be written again at `now`.
pub fn last_seen_is_stale(
    last_seen: Option<time::OffsetDateTime>,
    now: time::OffsetDateTime,
) -> bool {
    last_seen.is_none_or(|seen| now - seen >= LAST_SEEN_EVERY)
}

/// An API token's "last used" is written at most this often: a script may call the API
/// many times a second, and the person only needs to see roughly when a token was used.
pub const TOKEN_LAST_USED_EVERY: Duration = Duration::minutes(5);

/// Whether a token's `last_used` is old enough to be written again at `now`.
pub fn token_use_is_stale(
    last_used: Option<time::OffsetDateTime>,
    now: time::OffsetDateTime,
) -> bool {
    last_used.is_none_or(|used| now - used >= TOKEN_LAST_USED_EVERY)
}

/// A code as typed: spaces and dashes people copy or type between groups are dropped,
/// letters are compared in lower case.
pub fn normalise_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a normalised code has the shape of a TOTP code (six digits); anything else is
/// tried as a recovery code.
pub fn looks_like_totp(code: &str) -> bool {
    code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit())
}

/// A change of the second factor that its state does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SecondFactorRefused {
    /// Enrolment asked for while a second factor is on.
    #[error("a second factor is already on; turn it off first to enrol a new one")]
    AlreadyOn,
    /// Turning it off where the operator requires it of the person's role.
    #[error("a second factor is required for your role and cannot be turned off")]
    Required,
}

impl crate::rule::Broken for SecondFactorRefused {
    fn code(&self) -> &'static str {
        match self {
            SecondFactorRefused::AlreadyOn => "second_factor_already_on",
            SecondFactorRefused::Required => "second_factor_required",
        }
    }

    fn refusal(&self) -> crate::rule::Refusal {
        crate::rule::Refusal::Conflict
    }
}

crate::named_enum! {
    /// What happened to a person's account, as their security history shows it.
    pub enum AccountEventKind("account event") {
        /// Signed in (password, and the second step where there is one).
        SignedIn,
        /// A wrong password for this account.
        SignInFailed,
        /// A wrong code at the second step.
        SecondFactorFailed,
        /// Signed in with a recovery code instead of the authenticator's code.
        RecoveryCodeUsed,
        /// The second factor was turned on.
        SecondFactorEnabled,
        /// The person turned the second factor off.
        SecondFactorDisabled,
        /// The secretariat removed the person's second factor.
        SecondFactorReset,
        /// The person ended one of their sessions.
        SessionEnded,
        /// The secretariat ended every session of the person.
        SessionsEndedBySecretariat,
        /// The person's user administrator ended every session of the person.
        SessionsEndedByUserAdministrator,
    }
}

/// The browser family a `User-Agent` names, as people know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Browser {
    Edge,
    Opera,
    Firefox,
    Chrome,
    Safari,
    /// A program rather than a browser (curl, a script, an HTTP library).
    Program(&'static str),
}

impl Browser {
    pub fn name(self) -> &'static str {
        match self {
            Browser::Edge => "Edge",
            Browser::Opera => "Opera",
            Browser::Firefox => "Firefox",
            Browser::Chrome => "Chrome",
            Browser::Safari => "Safari",
            Browser::Program(name) => name,
        }
    }
}

/// The operating system a `User-Agent` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    Windows,
    MacOs,
    IPhone,
    IPad,
    Android,
    ChromeOs,
    Linux,
}

impl System {
    pub fn name(self) -> &'static str {
        match self {
            System::Windows => "Windows",
            System::MacOs => "macOS",
            System::IPhone => "iPhone",
            System::IPad => "iPad",
            System::Android => "Android",
            System::ChromeOs => "ChromeOS",
            System::Linux => "Linux",
        }
    }
}

/// A device as a person recognises it: the browser and the system, where the `User-Agent`
/// says them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Device {
    pub browser: Option<Browser>,
    pub system: Option<System>,
}

/// Reads the browser and system from a `User-Agent`. Browsers name others for
/// compatibility (Chrome says "Safari", Edge says "Chrome"), so the more particular names
/// are looked for first.
pub fn device(user_agent: &str) -> Device {
    let ua = user_agent;
    let has = |needle: &str| ua.contains(needle);
    let browser = if has("Edg/") || has("Edge/") {
        Some(Browser::Edge)
    } else if has("OPR/") || has("Opera") {
        Some(Browser::Opera)
    } else if has("Firefox/") || has("FxiOS/") {
        Some(Browser::Firefox)
    } else if has("Chrome/") || has("Chromium/") || has("CriOS/") {
        Some(Browser::Chrome)
    } else if has("Safari/") && has("Version/") {
        Some(Browser::Safari)
    } else {
        const PROGRAMS: [(&str, &str); 6] = [
            ("curl/", "curl"),
            ("Wget/", "Wget"),
            ("python-requests/", "Python"),
            ("Python-urllib/", "Python"),
            ("reqwest", "reqwest"),
            ("PowerShell/", "PowerShell"),
        ];
        PROGRAMS
            .iter()
            .find(|(needle, _)| has(needle))
            .map(|(_, name)| Browser::Program(name))
    };
    let system = if has("iPhone") {
        Some(System::IPhone)
    } else if has("iPad") {
        Some(System::IPad)
    } else if has("Android") {
        Some(System::Android)
    } else if has("Windows") {
        Some(System::Windows)
    } else if has("CrOS") {
        Some(System::ChromeOs)
    } else if has("Mac OS X") || has("Macintosh") {
        Some(System::MacOs)
    } else if has("Linux") || has("X11") {
        Some(System::Linux)
    } else {
        None
    };
    Device { browser, system }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn devices_are_named_as_people_know_them() {
        let cases = [
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
                Some(Browser::Edge),
                Some(System::Windows),
            ),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                Some(Browser::Chrome),
                Some(System::Windows),
            ),
            (
                "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
                Some(Browser::Firefox),
                Some(System::Linux),
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
                Some(Browser::Safari),
                Some(System::IPhone),
            ),
            (
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
                Some(Browser::Safari),
                Some(System::MacOs),
            ),
            (
                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
                Some(Browser::Chrome),
                Some(System::Android),
            ),
            ("curl/8.5.0", Some(Browser::Program("curl")), None),
            ("", None, None),
        ];
        for (ua, browser, system) in cases {
            assert_eq!(device(ua), Device { browser, system }, "{ua}");
        }
    }

    #[test]
    fn codes_are_read_as_typed() {
        assert_eq!(normalise_code(" 123 456 "), "123456");
        assert!(looks_like_totp(&normalise_code("123 456")));
        assert_eq!(normalise_code("ABCDE-fghij"), "abcdefghij");
        assert!(!looks_like_totp("abcdefghij"));
        assert!(!looks_like_totp("12345"));
    }

    #[test]
    fn last_seen_is_written_at_most_once_a_minute() {
        let now = datetime!(2026-12-06 08:00 UTC);
        assert!(last_seen_is_stale(None, now));
        assert!(!last_seen_is_stale(Some(now - Duration::seconds(59)), now));
        assert!(last_seen_is_stale(Some(now - Duration::seconds(60)), now));
    }
}
