//! The public API's allowance per client address.
//!
//! Calls to `/api/` without credentials are the public, read-only API: anyone may make
//! them, so one address may make only so many (GCRA from the `governor` crate: a rate per
//! minute with a burst). Beyond it the answer is 429 `rate_limited` with `Retry-After`.
//! The address is the one the context middleware found (the peer, or the client a trusted
//! proxy names). Signed-in callers (a token or a session) are not limited here.

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::config::ApiRateLimit;

/// Forgetting addresses whose allowance is full again keeps the table small; done every
/// this many checks rather than on a timer, so that nothing runs beside the server.
const FORGET_EVERY: u64 = 4096;

/// One server's allowances, by client address.
pub struct ApiLimiter {
    limiter: DefaultKeyedRateLimiter<String>,
    clock: DefaultClock,
    checks: AtomicU64,
}

impl ApiLimiter {
    pub fn new(limit: ApiRateLimit) -> Self {
        let quota = Quota::per_minute(limit.per_minute).allow_burst(limit.burst);
        ApiLimiter {
            limiter: RateLimiter::keyed(quota),
            clock: DefaultClock::default(),
            checks: AtomicU64::new(0),
        }
    }

    /// Counts one call from `address`: `Ok` when it is within the allowance, otherwise the
    /// whole seconds to wait before the next one is allowed (at least one).
    pub fn check(&self, address: &str) -> Result<(), u64> {
        if self.checks.fetch_add(1, Ordering::Relaxed) % FORGET_EVERY == FORGET_EVERY - 1 {
            self.limiter.retain_recent();
        }
        self.limiter
            .check_key(&address.to_owned())
            .map_err(|not_until| {
                let wait = not_until.wait_time_from(self.clock.now());
                // Rounded up: a client that waits as told is let through.
                let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                secs.max(1)
            })
    }
}

/// A limit is at least one call a minute and a burst of one.
pub fn limit(per_minute: u32, burst: u32) -> Option<ApiRateLimit> {
    Some(ApiRateLimit {
        per_minute: NonZeroU32::new(per_minute)?,
        burst: NonZeroU32::new(burst)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_burst_is_allowed_then_the_address_waits() {
        let limiter = ApiLimiter::new(limit(60, 3).unwrap());
        for _ in 0..3 {
            assert_eq!(limiter.check("192.0.2.1"), Ok(()));
        }
        let wait = limiter.check("192.0.2.1").unwrap_err();
        assert!((1..=2).contains(&wait), "{wait}");
        // Another address has its own allowance.
        assert_eq!(limiter.check("192.0.2.2"), Ok(()));
    }

    #[test]
    fn zero_is_no_limit() {
        assert_eq!(limit(0, 10), None);
        assert_eq!(limit(10, 0), None);
    }
}
