//! When a complaint that came by another channel reached the desk: the time the call came in,
//! the letter arrived or the message was sent, which the SOP's clock counts from, not the time an
//! officer typed it in.

use crate::i18n::Text;
use chrono::{DateTime, Duration, FixedOffset, NaiveDateTime, TimeZone};

/// How far back a complaint's arrival may be entered.
pub const RECEIVED_MAX_AGE_DAYS: i64 = 30;

/// How the field is labelled.
pub const RECEIVED_LABEL: Text = Text::new(
    "Diterima pada (waktu telepon, surat atau pesan masuk)",
    "Received at (when the call, letter or message came in)",
);

/// Why an arrival time was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReceivedError {
    /// Not a date and time as the form's field writes it (`2026-12-05T09:30`).
    Unreadable,
    /// Later than now.
    InTheFuture,
    /// More than [`RECEIVED_MAX_AGE_DAYS`] ago.
    TooOld,
}

impl ReceivedError {
    /// What the officer reads.
    pub const fn message(self) -> Text {
        match self {
            ReceivedError::Unreadable => Text::new(
                "Waktu aduan diterima tidak terbaca; isi tanggal dan jam.",
                "The time the complaint came in cannot be read; give a date and a time.",
            ),
            ReceivedError::InTheFuture => Text::new(
                "Waktu aduan diterima tidak boleh di masa depan.",
                "The time the complaint came in cannot be in the future.",
            ),
            ReceivedError::TooOld => Text::new(
                "Waktu aduan diterima paling lama 30 hari yang lalu.",
                "The time the complaint came in can be at most 30 days ago.",
            ),
        }
    }
}

/// The arrival time typed in the intake form (`YYYY-MM-DDTHH:MM`, the desk's time zone, as a
/// `datetime-local` field sends it), checked against `now`: `None` when left empty.
///
/// # Errors
/// [`ReceivedError`] for a text that is not such a time, a time after `now` (a minute's grace for
/// clocks), or one more than [`RECEIVED_MAX_AGE_DAYS`] before it.
pub fn parse_received(
    raw: &str,
    now: DateTime<FixedOffset>,
) -> Result<Option<DateTime<FixedOffset>>, ReceivedError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let local = NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| ReceivedError::Unreadable)?;
    let at = now
        .timezone()
        .from_local_datetime(&local)
        .single()
        .ok_or(ReceivedError::Unreadable)?;
    if at > now + Duration::minutes(1) {
        return Err(ReceivedError::InTheFuture);
    }
    if at < now - Duration::days(RECEIVED_MAX_AGE_DAYS) {
        return Err(ReceivedError::TooOld);
    }
    Ok(Some(at))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<FixedOffset> {
        FixedOffset::east_opt(7 * 3600)
            .unwrap()
            .with_ymd_and_hms(2026, 12, 5, 14, 0, 0)
            .unwrap()
    }

    #[test]
    fn an_arrival_in_the_last_month_is_taken_in_the_desks_time_zone() {
        assert_eq!(parse_received("", now()), Ok(None));
        assert_eq!(parse_received("  ", now()), Ok(None));
        let at = parse_received("2026-12-05T09:30", now()).unwrap().unwrap();
        assert_eq!(at.to_rfc3339(), "2026-12-05T09:30:00+07:00");
        assert!(parse_received("2026-11-06T14:00", now()).unwrap().is_some());
        assert_eq!(
            parse_received("2026-11-05T13:59", now()),
            Err(ReceivedError::TooOld)
        );
        assert_eq!(
            parse_received("2026-12-05T14:05", now()),
            Err(ReceivedError::InTheFuture)
        );
        assert_eq!(
            parse_received("05-12-2026 09:30", now()),
            Err(ReceivedError::Unreadable)
        );
        for error in [
            ReceivedError::Unreadable,
            ReceivedError::InTheFuture,
            ReceivedError::TooOld,
        ] {
            assert_ne!(error.message().id, error.message().en);
        }
    }
}
