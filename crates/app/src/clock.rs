//! Where the time comes from. Use cases take it from the [`crate::Actor`]; the adapters
//! take it from a [`Clock`] once per request or command. [`SystemClock`] is the one place
//! in the use cases and the web layer that reads the wall clock, so that every rule about
//! time can be tested with a [`FixedClock`].

use std::sync::Mutex;

use time::OffsetDateTime;

/// A source of the current moment.
pub trait Clock: Send + Sync {
    fn now(&self) -> OffsetDateTime;
}

/// The wall clock, in UTC.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// A clock that says what it is told, for tests.
#[derive(Debug)]
pub struct FixedClock(Mutex<OffsetDateTime>);

impl FixedClock {
    pub fn new(at: OffsetDateTime) -> Self {
        FixedClock(Mutex::new(at))
    }

    /// Moves the clock to another moment.
    pub fn set(&self, at: OffsetDateTime) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = at;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> OffsetDateTime {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_says_what_it_is_told() {
        let at = time::macros::datetime!(2027-03-01 12:00 UTC);
        let clock = FixedClock::new(at);
        assert_eq!(clock.now(), at);
        clock.set(at + time::Duration::hours(1));
        assert_eq!(clock.now(), at + time::Duration::hours(1));
    }
}
