//! How long a finished complaint keeps its reporter's personal data. UU 27/2022 (Pelindungan Data
//! Pribadi) allows keeping personal data only as long as its purpose needs; a complaint's purpose
//! ends when it is finished (closed, or forwarded to SP4N-LAPOR!) and any objection to it has had
//! time to come. After the profile's period the scheduler anonymises it
//! ([`crate::services::retention`]): the reporter's identity and exact place go, the statistics
//! stay.

use crate::i18n::Locale;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// The period after a complaint is finished during which its personal data is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Retention {
    days: u32,
}

impl Retention {
    /// The shortest period a profile may set: long enough for an objection or an inspectorate's
    /// question about a closed complaint to arrive.
    pub const MIN_DAYS: u32 = 30;
    /// The longest period a profile may set (ten years).
    pub const MAX_DAYS: u32 = 3650;
    /// The portal's default: two years after the complaint is finished.
    pub const TWO_YEARS: Retention = Retention { days: 730 };

    /// A period of `days` days, if it lies within [`Retention::MIN_DAYS`] and
    /// [`Retention::MAX_DAYS`].
    pub fn of_days(days: u32) -> Option<Retention> {
        (Self::MIN_DAYS..=Self::MAX_DAYS)
            .contains(&days)
            .then_some(Retention { days })
    }

    /// Its length in days.
    pub fn days(self) -> u32 {
        self.days
    }

    /// When a complaint finished at `finished` is due to be anonymised.
    pub fn ends(self, finished: DateTime<Utc>) -> DateTime<Utc> {
        finished + Duration::days(i64::from(self.days))
    }

    /// The period in words, in years where it is whole years: "2 tahun", "90 days".
    pub fn describe(self, locale: Locale) -> String {
        let (count, id, en) = if self.days.is_multiple_of(365) {
            (self.days / 365, "tahun", "year")
        } else {
            (self.days, "hari", "day")
        };
        match locale {
            Locale::Id => format!("{count} {id}"),
            Locale::En if count == 1 => format!("{count} {en}"),
            Locale::En => format!("{count} {en}s"),
        }
    }
}

impl Default for Retention {
    fn default() -> Retention {
        Retention::TWO_YEARS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_outside_the_bounds_is_refused() {
        assert_eq!(Retention::of_days(29), None);
        assert_eq!(Retention::of_days(3651), None);
        assert_eq!(Retention::of_days(30).map(Retention::days), Some(30));
        assert_eq!(Retention::of_days(3650).map(Retention::days), Some(3650));
    }

    #[test]
    fn it_ends_whole_days_after_the_complaint_is_finished() {
        let finished = DateTime::parse_from_rfc3339("2025-01-31T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let ends = Retention::TWO_YEARS.ends(finished);
        assert_eq!(ends.to_rfc3339(), "2027-01-31T10:00:00+00:00");
    }

    #[test]
    fn whole_years_are_said_in_years() {
        assert_eq!(Retention::TWO_YEARS.describe(Locale::Id), "2 tahun");
        assert_eq!(Retention::TWO_YEARS.describe(Locale::En), "2 years");
        let year = Retention::of_days(365).unwrap();
        assert_eq!(year.describe(Locale::En), "1 year");
        let days = Retention::of_days(90).unwrap();
        assert_eq!(days.describe(Locale::Id), "90 hari");
        assert_eq!(days.describe(Locale::En), "90 days");
    }
}
