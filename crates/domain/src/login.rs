//! The policy that slows down repeated failed logins.
//!
//! Per account, failures cost time rather than access: after a few free attempts each
//! further one must wait twice as long as the last (1 s, 2 s, 4 s, …), up to a few minutes,
//! counted from the latest failure. Someone guessing at an account is slowed to a handful
//! of guesses an hour, while the owner who knows the password waits at most the cap: the
//! account is never locked. Per network address, many failures within a window refuse
//! further logins from that address until the oldest of them leaves the window; the address
//! is the client's own (a trusted proxy's `X-Forwarded-For` is honoured by the web layer),
//! so one user's guesses do not shut out everyone behind a shared proxy.

use time::Duration;

/// How failures are tolerated, and for how long they are remembered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottlePolicy {
    /// Failures of one account that cost no waiting.
    pub free_failures_per_account: u32,
    /// The wait after the first failure beyond the free ones; it doubles with each more.
    pub first_delay: Duration,
    /// The longest wait one account's failures can impose.
    pub max_delay: Duration,
    /// Failures from one network address within the window before its logins are refused.
    pub max_failures_per_address: u32,
    /// How far back failures count, for the account and the address alike.
    pub window: Duration,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        ThrottlePolicy {
            free_failures_per_account: 3,
            first_delay: Duration::seconds(1),
            max_delay: Duration::minutes(5),
            max_failures_per_address: 50,
            window: Duration::minutes(30),
        }
    }
}

/// The failures within the window that bear on an attempt, with how long ago the relevant
/// ones happened (the policy never reads the clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RecentFailures {
    /// Failures for the account's e-mail address.
    pub account: u32,
    /// How long ago the account's latest failure was.
    pub since_latest_account_failure: Option<Duration>,
    /// Failures from the network address, whichever the account.
    pub address: u32,
    /// How long ago the address's oldest failure in the window was.
    pub since_oldest_address_failure: Option<Duration>,
}

/// Logins are refused for now; the caller may try again after this long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttled {
    pub retry_after: Duration,
}

impl ThrottlePolicy {
    /// How long after its latest failure an account with `failures` recent failures must
    /// wait before the next attempt: nothing for the free ones, then doubling, capped.
    pub fn account_delay(&self, failures: u32) -> Duration {
        let Some(beyond) = failures.checked_sub(self.free_failures_per_account) else {
            return Duration::ZERO;
        };
        if beyond == 0 {
            return Duration::ZERO;
        }
        // 2^(beyond-1) times the first delay; the shift is bounded so it cannot overflow.
        let factor = 1i32 << (beyond - 1).min(20);
        (self.first_delay * factor).min(self.max_delay)
    }

    /// Decides whether another attempt may be made now.
    pub fn check(&self, failures: &RecentFailures) -> Result<(), Throttled> {
        let at_least_a_second = |d: Duration| Throttled {
            retry_after: d.max(Duration::seconds(1)),
        };
        if failures.address >= self.max_failures_per_address {
            let age = failures
                .since_oldest_address_failure
                .unwrap_or(Duration::ZERO);
            return Err(at_least_a_second(self.window - age));
        }
        let delay = self.account_delay(failures.account);
        let waited = failures
            .since_latest_account_failure
            .unwrap_or(Duration::MAX);
        if waited < delay {
            return Err(at_least_a_second(delay - waited));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(failures: u32, seconds_ago: i64) -> RecentFailures {
        RecentFailures {
            account: failures,
            since_latest_account_failure: Some(Duration::seconds(seconds_ago)),
            ..RecentFailures::default()
        }
    }

    #[test]
    fn the_first_failures_cost_nothing() {
        let p = ThrottlePolicy::default();
        for n in 0..=3 {
            assert_eq!(p.account_delay(n), Duration::ZERO);
            assert!(p.check(&account(n, 0)).is_ok(), "{n} failures");
        }
    }

    #[test]
    fn further_failures_double_the_wait_up_to_the_cap() {
        let p = ThrottlePolicy::default();
        let delays: Vec<i64> = (4..=13)
            .map(|n| p.account_delay(n).whole_seconds())
            .collect();
        assert_eq!(delays, [1, 2, 4, 8, 16, 32, 64, 128, 256, 300]);
        assert_eq!(p.account_delay(u32::MAX), Duration::minutes(5));
    }

    #[test]
    fn the_wait_counts_from_the_latest_failure() {
        let p = ThrottlePolicy::default();
        let t = p.check(&account(7, 3)).unwrap_err();
        assert_eq!(t.retry_after, Duration::seconds(5));
        assert!(p.check(&account(7, 8)).is_ok());
    }

    #[test]
    fn the_right_password_is_never_kept_out_longer_than_the_cap() {
        let p = ThrottlePolicy::default();
        let t = p.check(&account(1000, 0)).unwrap_err();
        assert_eq!(t.retry_after, Duration::minutes(5));
        assert!(p.check(&account(1000, 300)).is_ok());
    }

    #[test]
    fn many_failures_from_one_address_refuse_it_until_the_oldest_leaves_the_window() {
        let p = ThrottlePolicy::default();
        let mut f = RecentFailures {
            address: 49,
            since_oldest_address_failure: Some(Duration::minutes(10)),
            ..RecentFailures::default()
        };
        assert!(p.check(&f).is_ok());
        f.address = 50;
        assert_eq!(p.check(&f).unwrap_err().retry_after, Duration::minutes(20));
        f.since_oldest_address_failure = Some(Duration::minutes(31));
        assert_eq!(p.check(&f).unwrap_err().retry_after, Duration::seconds(1));
    }
}
