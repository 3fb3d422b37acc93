//! When the demo's history happened: the moments at which the demo records each step of a
//! trial, so that a trial approved in 2019 reads as approved in 2019. A leaf module that the
//! demo's trial areas share without naming each other.

use time::{Date, OffsetDateTime, Time};

/// A working-day moment on `day`: 10:00 in Copenhagen, Oslo and Stockholm in winter (11:00
/// in summer), so each demo step is recorded on the day it happened, not when the demo ran.
pub fn at_work(day: Date) -> OffsetDateTime {
    day.with_time(Time::from_hms(9, 0, 0).unwrap_or(Time::MIDNIGHT))
        .assume_utc()
}
