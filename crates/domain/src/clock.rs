//! Local time in a scheme's time zone: deadlines are set and read as the people in the
//! country see them on their clocks, and compared as instants.

use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};
use time::{OffsetDateTime, PrimitiveDateTime};

/// A wall-clock time in a named IANA time zone, such as 1 April 2019 23:59:59 in
/// Europe/Copenhagen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LocalTime {
    /// The wall-clock time without a zone, as `YYYY-MM-DD hh:mm:ss.f`.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "2019-04-01 23:59:59.0"))]
    pub local: PrimitiveDateTime,
    pub time_zone: String,
}

/// The time zone name is not in the time zone database.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown time zone {0:?}: use an IANA name such as Europe/Oslo")]
pub struct UnknownTimeZone(pub String);

/// Checks a time zone name against the embedded time zone database.
pub fn check_time_zone(name: &str) -> Result<(), UnknownTimeZone> {
    zone(name).map(|_| ())
}

fn zone(name: &str) -> Result<TimeZone, UnknownTimeZone> {
    TimeZone::get(name).map_err(|_| UnknownTimeZone(name.to_owned()))
}

fn civil(t: PrimitiveDateTime) -> jiff::civil::DateTime {
    // Every field of a `time` date-time is in range for jiff's civil type, so this holds.
    jiff::civil::DateTime::new(
        i16::try_from(t.year()).unwrap_or(i16::MAX),
        i8::try_from(u8::from(t.month())).unwrap_or(1),
        i8::try_from(t.day()).unwrap_or(1),
        i8::try_from(t.hour()).unwrap_or(0),
        i8::try_from(t.minute()).unwrap_or(0),
        i8::try_from(t.second()).unwrap_or(0),
        0,
    )
    .unwrap_or_default()
}

impl LocalTime {
    pub fn new(local: PrimitiveDateTime, time_zone: impl Into<String>) -> Self {
        LocalTime {
            local,
            time_zone: time_zone.into(),
        }
    }

    /// The instant this wall-clock time names. A time that occurs twice (when clocks go
    /// back) is read as the later one, so a deadline never ends early; a time that does not
    /// occur (when clocks go forward) is read as the same offset as just before the gap.
    pub fn instant(&self) -> Result<OffsetDateTime, UnknownTimeZone> {
        let tz = zone(&self.time_zone)?;
        let zoned = tz
            .to_ambiguous_zoned(civil(self.local))
            .later()
            .map_err(|_| UnknownTimeZone(self.time_zone.clone()))?;
        OffsetDateTime::from_unix_timestamp(zoned.timestamp().as_second())
            .map_err(|_| UnknownTimeZone(self.time_zone.clone()))
    }

    /// The wall-clock time of an instant in a time zone, to the second.
    pub fn of(instant: OffsetDateTime, time_zone: &str) -> Result<LocalTime, UnknownTimeZone> {
        let tz = zone(time_zone)?;
        let ts = jiff::Timestamp::from_second(instant.unix_timestamp())
            .map_err(|_| UnknownTimeZone(time_zone.to_owned()))?;
        let dt = ts.to_zoned(tz).datetime();
        let date = time::Date::from_calendar_date(
            i32::from(dt.year()),
            time::Month::try_from(u8::try_from(dt.month()).unwrap_or(1))
                .unwrap_or(time::Month::January),
            u8::try_from(dt.day()).unwrap_or(1),
        )
        .map_err(|_| UnknownTimeZone(time_zone.to_owned()))?;
        let clock = time::Time::from_hms(
            u8::try_from(dt.hour()).unwrap_or(0),
            u8::try_from(dt.minute()).unwrap_or(0),
            u8::try_from(dt.second()).unwrap_or(0),
        )
        .map_err(|_| UnknownTimeZone(time_zone.to_owned()))?;
        Ok(LocalTime::new(
            PrimitiveDateTime::new(date, clock),
            time_zone,
        ))
    }

    /// The abbreviation or offset in force at this time, such as "CEST" or "+02".
    pub fn zone_abbreviation(&self) -> String {
        match (zone(&self.time_zone), self.instant()) {
            (Ok(tz), Ok(instant)) => jiff::Timestamp::from_second(instant.unix_timestamp())
                .map(|ts| tz.to_offset_info(ts).abbreviation().to_owned())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// "2019-04-01 23:59:59 Europe/Copenhagen (CEST)", for messages and the journal.
    pub fn display(&self) -> String {
        let abbreviation = self.zone_abbreviation();
        let format =
            time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
        let text = self.local.format(&format).unwrap_or_default();
        if abbreviation.is_empty() {
            format!("{text} {}", self.time_zone)
        } else {
            format!("{text} {} ({abbreviation})", self.time_zone)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{datetime, offset};

    #[test]
    fn copenhagen_summer_and_winter() {
        let deadline = LocalTime::new(datetime!(2019-04-01 23:59:59), "Europe/Copenhagen");
        assert_eq!(
            deadline.instant().unwrap(),
            datetime!(2019-04-01 21:59:59 UTC)
        );
        let winter = LocalTime::new(datetime!(2019-01-15 12:00), "Europe/Copenhagen");
        assert_eq!(winter.instant().unwrap(), datetime!(2019-01-15 11:00 UTC));
        assert_eq!(deadline.zone_abbreviation(), "CEST");
    }

    #[test]
    fn an_instant_reads_back_as_local_time() {
        let local =
            LocalTime::of(datetime!(2019-10-01 21:59:59 +00:00), "Europe/Copenhagen").unwrap();
        assert_eq!(local.local, datetime!(2019-10-01 23:59:59));
        let oslo = LocalTime::of(
            datetime!(2024-12-31 23:30 +00:00).to_offset(offset!(+5)),
            "Europe/Oslo",
        )
        .unwrap();
        assert_eq!(oslo.local, datetime!(2025-01-01 00:30));
    }

    #[test]
    fn ambiguous_and_missing_times() {
        // Clocks went back from 03:00 to 02:00 on 27 October 2019: 02:30 happened twice.
        let twice = LocalTime::new(datetime!(2019-10-27 02:30), "Europe/Copenhagen");
        assert_eq!(twice.instant().unwrap(), datetime!(2019-10-27 01:30 UTC));
        // Clocks went forward from 02:00 to 03:00 on 31 March 2019: 02:30 never happened.
        let never = LocalTime::new(datetime!(2019-03-31 02:30), "Europe/Copenhagen");
        assert!(never.instant().is_ok());
    }

    #[test]
    fn unknown_zones_are_refused() {
        assert!(check_time_zone("Europe/Stockholm").is_ok());
        assert!(check_time_zone("Mars/Olympus").is_err());
    }
}
