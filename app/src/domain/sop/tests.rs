//! Deadlines by hand for each profile, and the calendar's rules by property.

use super::*;
use crate::domain::status::Status;
use crate::i18n::Locale;
use chrono::{DateTime, Duration, FixedOffset};
use proptest::prelude::*;

/// A moment in Western Indonesia Time (WIB, UTC+7).
fn wib(date: &str, time: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("{date}T{time}+07:00")).expect("valid time")
}

fn minutes(standard: TimeStandard) -> u32 {
    match standard {
        TimeStandard::Minutes(n) => n,
        TimeStandard::Hours(n) => n * 60,
        TimeStandard::Days(n) | TimeStandard::WorkingDays(n) => n * 24 * 60,
    }
}

#[test]
fn cilacap_complaint_received_at_nine_is_dispatched_by_quarter_past() {
    let deadline = cilacap().deadline(Step::Verification, wib("2026-03-02", "09:00:00"));
    assert_eq!(deadline, Some(wib("2026-03-02", "09:15:00")));
}

#[test]
fn cilacap_steps_add_up_to_two_hours_fifteen_minutes() {
    let total: u32 = cilacap().rows.iter().map(|row| minutes(row.standard)).sum();
    assert_eq!(total, 135);
}

#[test]
fn cilacap_agency_has_one_hundred_and_five_minutes_for_its_answer() {
    let deadline = cilacap().deadline(Step::Resolution, wib("2026-03-02", "09:30:00"));
    assert_eq!(deadline, Some(wib("2026-03-02", "11:15:00")));
}

#[test]
fn trenggalek_verification_from_friday_skips_the_weekend_and_independence_day() {
    // Fri 14 Aug 2026; Sat, Sun and Mon 17 Aug (Independence Day) do not count.
    let deadline = trenggalek().deadline(Step::Verification, wib("2026-08-14", "10:00:00"));
    assert_eq!(deadline, Some(wib("2026-08-20", "23:59:59")));
}

#[test]
fn a_complaint_arriving_on_saturday_counts_from_monday() {
    let deadline = trenggalek().deadline(Step::Intake, wib("2026-03-07", "08:00:00"));
    assert_eq!(deadline, Some(wib("2026-03-09", "23:59:59")));
}

#[test]
fn trenggalek_standards_follow_its_table() {
    let days: Vec<u32> = trenggalek()
        .rows
        .iter()
        .map(|row| match row.standard {
            TimeStandard::WorkingDays(n) => n,
            other => panic!("not working days: {other:?}"),
        })
        .collect();
    assert_eq!(days, [1, 3, 3, 7, 3, 15, 3, 2, 2]);
}

#[test]
fn trenggalek_agency_has_twenty_eight_working_days_for_its_answer() {
    // From Thu 1 Oct 2026, no holiday until November: the 28th working day is Tue 10 Nov.
    let deadline = trenggalek().deadline(Step::Resolution, wib("2026-10-01", "14:00:00"));
    assert_eq!(deadline, Some(wib("2026-11-10", "23:59:59")));
}

#[test]
fn surabaya_first_response_is_due_within_twenty_four_hours() {
    let deadline = surabaya().status_deadline(Status::Dispatched, wib("2026-03-06", "16:30:00"));
    assert_eq!(deadline, Some(wib("2026-03-07", "16:30:00")));
}

#[test]
fn surabaya_reporter_confirmation_takes_seven_days_then_a_seven_day_reminder() {
    let profile = surabaya();
    let answered = wib("2026-03-02", "10:00:00");
    let reminder = profile.deadline(Step::ReporterConfirmation, answered);
    assert_eq!(reminder, Some(wib("2026-03-09", "10:00:00")));
    assert_eq!(
        profile.no_answer_deadline(answered),
        Some(wib("2026-03-16", "10:00:00"))
    );
}

#[test]
fn surabaya_validation_runs_its_two_rows_one_after_the_other() {
    let deadline = surabaya().deadline(Step::Validation, wib("2026-03-02", "10:00:00"));
    assert_eq!(deadline, Some(wib("2026-03-04", "10:00:00")));
}

#[test]
fn kapuas_days_are_calendar_days() {
    let deadline = kapuas().deadline(Step::Dispatch, wib("2026-08-14", "09:00:00"));
    assert_eq!(deadline, Some(wib("2026-08-17", "09:00:00")));
}

#[test]
fn tanah_bumbu_system_notifies_in_five_minutes_and_agencies_answer_in_a_day() {
    let profile = tanah_bumbu();
    let filed = wib("2026-03-02", "23:58:00");
    assert_eq!(
        profile.deadline(Step::Intake, filed),
        Some(wib("2026-03-03", "00:03:00"))
    );
    assert_eq!(
        profile.deadline(Step::Resolution, filed),
        Some(wib("2026-03-03", "23:58:00"))
    );
}

#[test]
fn a_step_without_a_standard_has_no_deadline() {
    assert_eq!(
        tanah_bumbu().deadline(Step::Verification, wib("2026-03-02", "09:00:00")),
        None
    );
    assert_eq!(
        trenggalek().no_answer_deadline(wib("2026-03-02", "09:00:00")),
        None
    );
    assert_eq!(
        trenggalek().status_deadline(Status::Escalated, wib("2026-03-02", "09:00:00")),
        None
    );
}

#[test]
fn deadlines_keep_the_time_zone_of_the_start() {
    let wit = DateTime::parse_from_rfc3339("2026-08-14T10:00:00+09:00").expect("valid time");
    let deadline = trenggalek()
        .deadline(Step::Verification, wit)
        .expect("deadline");
    assert_eq!(deadline.to_rfc3339(), "2026-08-20T23:59:59+09:00");
}

#[test]
fn every_status_maps_to_its_step() {
    assert_eq!(Status::Submitted.current_step(), Some(Step::Verification));
    assert_eq!(Status::InProgress.current_step(), Some(Step::Resolution));
    assert_eq!(
        Status::AwaitingReporter.current_step(),
        Some(Step::ReporterConfirmation)
    );
    for status in Status::ALL {
        assert_eq!(
            status.current_step().is_some(),
            status.is_open() && status != Status::ReturnedToReporter
        );
    }
}

#[test]
fn profiles_are_found_by_id_and_ids_are_unique() {
    let profiles = all_profiles();
    for profile in &profiles {
        assert_eq!(profile_by_id(&profile.id).as_ref(), Some(profile));
        assert!(
            profile
                .rows
                .windows(2)
                .all(|pair| pair[0].number < pair[1].number),
            "{}",
            profile.id
        );
    }
    assert_eq!(profiles.len(), 5);
    assert!(profile_by_id("jakarta").is_none());
}

#[test]
fn all_2026_holidays_are_real_dates() {
    assert_eq!(national_holidays_2026().len(), NATIONAL_HOLIDAYS_2026.len());
}

#[test]
fn standards_are_described_as_the_sops_write_them() {
    assert_eq!(
        TimeStandard::WorkingDays(3).describe(Locale::Id),
        "3 hari kerja"
    );
    assert_eq!(TimeStandard::Minutes(15).describe(Locale::En), "15 minutes");
    assert_eq!(TimeStandard::Days(1).describe(Locale::En), "1 day");
    assert_eq!(
        TimeStandard::WorkingDays(1).describe(Locale::En),
        "1 working day"
    );
    assert_eq!(TimeStandard::Days(1).describe(Locale::Id), "1 hari");
}

#[test]
fn absurd_standards_give_no_deadline_instead_of_hanging() {
    let start = wib("2026-03-02", "09:00:00");
    let calendar = Calendar::WorkingDays { holidays: vec![] };
    assert_eq!(
        TimeStandard::WorkingDays(u32::MAX).after(start, &calendar),
        None
    );
    assert_eq!(
        TimeStandard::Days(u32::MAX).after(start, &calendar),
        None,
        "past year 262143"
    );
    assert!(
        TimeStandard::Minutes(u32::MAX)
            .after(start, &calendar)
            .is_some()
    );
}

proptest! {
    #[test]
    fn working_day_deadlines_land_on_working_days_after_the_start(
        day in 0u64..365, hour in 0u32..24, n in 0u32..40,
    ) {
        let start = wib("2026-01-01", "00:00:00") + Duration::days(day as i64) + Duration::hours(i64::from(hour));
        let profile = trenggalek();
        let deadline = TimeStandard::WorkingDays(n).after(start, &profile.calendar).expect("fits");
        prop_assert!(deadline >= start);
        if n > 0 {
            prop_assert!(profile.calendar.is_working_day(deadline.date_naive()));
            prop_assert!(deadline.date_naive() > start.date_naive());
        }
        let later = TimeStandard::WorkingDays(n + 1).after(start, &profile.calendar).expect("fits");
        prop_assert!(later > deadline);
    }
}
