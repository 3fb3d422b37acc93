//! The policy that slows down repeated failed logins.

use time::Duration;

/// How many failures are tolerated, and for how long they are remembered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottlePolicy {
    /// Failures for one e-mail address within the window before logins are refused.
    pub max_failures_per_account: u32,
    /// Failures from one network address within the window before logins are refused.
    pub max_failures_per_address: u32,
    /// How far back failures count.
    pub window: Duration,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        ThrottlePolicy {
            max_failures_per_account: 5,
            max_failures_per_address: 20,
            window: Duration::minutes(15),
        }
    }
}

/// Logins are refused for now; the caller may try again after this long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttled {
    pub retry_after: Duration,
}

impl ThrottlePolicy {
    /// Decides whether another attempt may be made, given the failures in the window and how
    /// long ago the oldest of them happened.
    pub fn check(
        &self,
        account_failures: u32,
        address_failures: u32,
        oldest_failure_age: Duration,
    ) -> Result<(), Throttled> {
        if account_failures >= self.max_failures_per_account
            || address_failures >= self.max_failures_per_address
        {
            let remaining = self.window - oldest_failure_age;
            Err(Throttled {
                retry_after: remaining.max(Duration::seconds(1)),
            })
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifth_failure_blocks_the_account() {
        let p = ThrottlePolicy::default();
        assert!(p.check(4, 4, Duration::minutes(1)).is_ok());
        let t = p.check(5, 5, Duration::minutes(1)).unwrap_err();
        assert_eq!(t.retry_after, Duration::minutes(14));
    }

    #[test]
    fn many_accounts_from_one_address_are_blocked_too() {
        let p = ThrottlePolicy::default();
        assert!(p.check(1, 20, Duration::minutes(3)).is_err());
    }

    #[test]
    fn retry_after_is_never_zero() {
        let p = ThrottlePolicy::default();
        let t = p.check(9, 0, Duration::minutes(20)).unwrap_err();
        assert_eq!(t.retry_after, Duration::seconds(1));
    }
}
