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
        TimeStandard::Minutes(n) | TimeStandard::WorkingMinutes(n) => n,
        TimeStandard::Hours(n) | TimeStandard::WorkingHours(n) => n * 60,
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
fn trenggalek_agency_drafts_in_ten_working_days_and_its_head_approves_in_eighteen() {
    // From Thu 1 Oct 2026, no holiday until November: rows 4–5 give the draft 10 working days
    // (Thu 15 Oct), rows 6–7 the head's approval and forwarding 18 more, 28 in all as the SOP's
    // table adds up (Tue 10 Nov).
    let profile = trenggalek();
    assert!(profile.head_approval);
    let drafted = profile.deadline(Step::Resolution, wib("2026-10-01", "14:00:00"));
    assert_eq!(drafted, Some(wib("2026-10-15", "23:59:59")));
    let approved = profile.status_deadline(Status::AwaitingApproval, drafted.expect("a draft"));
    assert_eq!(approved, Some(wib("2026-11-10", "23:59:59")));
}

#[test]
fn the_portal_passes_on_only_the_steps_a_profile_lacks() {
    use crate::domain::status::Action;
    for profile in all_profiles() {
        let approval = profile.passes_on(Status::AwaitingApproval);
        let validation = profile.passes_on(Status::ResolutionProposed);
        assert_eq!(
            approval,
            (!profile.head_approval).then_some(Action::Approve),
            "{}",
            profile.id
        );
        assert_eq!(
            validation,
            (!profile.validation).then_some(Action::Validate),
            "{}",
            profile.id
        );
        for status in Status::ALL {
            if !matches!(
                status,
                Status::AwaitingApproval | Status::ResolutionProposed
            ) {
                assert_eq!(profile.passes_on(status), None, "{} {status}", profile.id);
            }
        }
    }
    let with_approval: Vec<String> = all_profiles()
        .into_iter()
        .filter(|profile| profile.head_approval)
        .map(|profile| profile.id)
        .collect();
    assert_eq!(with_approval, ["trenggalek"]);
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
        let reporters_turn = matches!(
            status,
            Status::ReturnedToReporter | Status::AwaitingClarification
        );
        assert_eq!(
            status.current_step().is_some(),
            status.is_open() && !reporters_turn,
            "{status}"
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
    let calendar = Calendar::default();
    let hours = OfficeHours::five_day_week();
    assert_eq!(
        TimeStandard::WorkingDays(u32::MAX).after(start, &calendar, &hours),
        None
    );
    assert_eq!(
        TimeStandard::Days(u32::MAX).after(start, &calendar, &hours),
        None,
        "past year 262143"
    );
    assert!(
        TimeStandard::Minutes(u32::MAX)
            .after(start, &calendar, &hours)
            .is_some()
    );
    assert_eq!(
        TimeStandard::WorkingMinutes(u32::MAX).after(start, &calendar, &hours),
        None,
        "more office time than ten years hold"
    );
    let closed = OfficeHours {
        week: Default::default(),
    };
    assert_eq!(
        TimeStandard::WorkingMinutes(1).after(start, &calendar, &closed),
        None,
        "an office that never opens"
    );
}

#[test]
fn the_shipped_calendar_is_the_2026_decree() {
    let days = days_off::shipped();
    let count = |kind| days.iter().filter(|day| day.kind == kind).count();
    assert_eq!(count(DayOffKind::National), 17);
    assert_eq!(count(DayOffKind::CollectiveLeave), 8);
    let idulfitri: Vec<String> = days
        .iter()
        .filter(|day| day.name == "Idulfitri 1447 H")
        .map(|day| day.date.to_string())
        .collect();
    assert_eq!(idulfitri, ["2026-03-21", "2026-03-22"]);
    let calendar = Calendar::new(&days);
    assert!(calendar.knows(2026));
    assert!(!calendar.knows(2027));
}

#[test]
fn lebaran_leave_is_no_working_day() {
    // Tue 17 March 2026: then 18 (leave), 19 (Nyepi), 20 (leave), the weekend of Idulfitri, 23
    // and 24 (leave). Three working days are Wed 25, Thu 26 and Fri 27 March.
    let deadline = trenggalek().deadline(Step::Verification, wib("2026-03-17", "10:00:00"));
    assert_eq!(deadline, Some(wib("2026-03-27", "23:59:59")));
}

#[test]
fn a_regional_holiday_counts_once_entered() {
    let mut days = days_off::shipped();
    let mut profile = trenggalek();
    // Mon 31 Aug 2026: from Fri 28 Aug, one working day is Monday.
    let friday = wib("2026-08-28", "10:00:00");
    assert_eq!(
        profile.deadline(Step::Intake, friday),
        Some(wib("2026-08-31", "23:59:59"))
    );
    days.push(DayOff {
        date: chrono::NaiveDate::from_ymd_opt(2026, 8, 31).expect("date"),
        kind: DayOffKind::Regional,
        name: "Hari jadi kabupaten".into(),
    });
    profile.calendar = Calendar::new(&days);
    assert_eq!(
        profile.deadline(Step::Intake, friday),
        Some(wib("2026-09-01", "23:59:59"))
    );
}

#[test]
fn cilacap_complaint_sent_on_saturday_night_is_due_after_mondays_opening() {
    let deadline = cilacap().deadline(Step::Verification, wib("2026-03-07", "21:00:00"));
    assert_eq!(deadline, Some(wib("2026-03-09", "07:45:00")));
}

#[test]
fn cilacap_clock_stops_over_the_friday_prayer_break() {
    let deadline = cilacap().deadline(Step::Verification, wib("2026-03-06", "11:20:00"));
    assert_eq!(deadline, Some(wib("2026-03-06", "13:05:00")));
}

#[test]
fn office_time_that_runs_out_at_closing_is_due_at_closing() {
    let deadline = cilacap().deadline(Step::Verification, wib("2026-03-02", "15:45:00"));
    assert_eq!(deadline, Some(wib("2026-03-02", "16:00:00")));
}

#[test]
fn cilacap_agency_answer_crosses_the_lunch_break() {
    // 105 office minutes from 11:00: 60 until 12:00, then 45 from 12:30.
    let deadline = cilacap().deadline(Step::Resolution, wib("2026-03-02", "11:00:00"));
    assert_eq!(deadline, Some(wib("2026-03-02", "13:15:00")));
}

#[test]
fn tanah_bumbu_forwarding_is_no_validation_and_waits_for_office_hours() {
    let profile = tanah_bumbu();
    assert_eq!(
        profile.deadline(Step::Validation, wib("2026-03-02", "09:00:00")),
        None
    );
    assert_eq!(
        profile.deadline(Step::ReporterNotification, wib("2026-03-02", "23:00:00")),
        Some(wib("2026-03-03", "07:35:00"))
    );
}

#[test]
fn the_five_day_week_has_thirty_seven_and_a_half_hours() {
    let hours = OfficeHours::five_day_week();
    assert_eq!(hours.minutes_a_week(), 37 * 60 + 30);
    assert!(hours.shifts(chrono::Weekday::Sat).is_empty());
    let friday: i64 = hours
        .shifts(chrono::Weekday::Fri)
        .iter()
        .map(|shift| (shift.end - shift.start).num_minutes())
        .sum();
    let monday: i64 = hours
        .shifts(chrono::Weekday::Mon)
        .iter()
        .map(|shift| (shift.end - shift.start).num_minutes())
        .sum();
    assert!(friday < monday, "Friday is the shorter day");
}

#[test]
fn the_desk_is_warned_eight_weeks_before_an_unknown_year() {
    let calendar = Calendar::new(&days_off::shipped());
    let date = |text: &str| text.parse::<chrono::NaiveDate>().expect("date");
    assert_eq!(calendar.gap(date("2026-11-05")), None);
    assert_eq!(
        calendar.gap(date("2026-11-06")),
        Some(CalendarGap {
            year: 2027,
            running: false
        })
    );
    assert_eq!(
        calendar.gap(date("2027-01-04")),
        Some(CalendarGap {
            year: 2027,
            running: true
        })
    );
    assert_eq!(
        Calendar::default().gap(date("2026-06-01")),
        Some(CalendarGap {
            year: 2026,
            running: true
        })
    );
}

#[test]
fn days_off_read_from_csv_as_written_and_back() {
    let csv = "\u{feff}tanggal,jenis,keterangan\r\n\
               2027-01-01,libur_nasional,Tahun Baru 2027 Masehi\r\n\
               \r\n\
               2027-04-12 , Regional ,\"Hari jadi, kabupaten\"\r\n";
    let days = days_off::parse_csv(csv).expect("parses");
    assert_eq!(days.len(), 2);
    assert_eq!(days[1].kind, DayOffKind::Regional);
    assert_eq!(days[1].name, "Hari jadi, kabupaten");
    assert_eq!(days_off::parse_csv(&days_off::to_csv(&days)), Ok(days));
    let shipped = days_off::shipped();
    assert_eq!(
        days_off::parse_csv(&days_off::to_csv(&shipped)),
        Ok(shipped)
    );
}

#[test]
fn every_bad_csv_line_is_named() {
    let csv = "2027-02-30,libur_nasional,Tidak ada\n\
               2027-01-01,libur,Tahun Baru\n\
               2027-01-02\n\
               2027-01-03,cuti_bersama,\n\
               1927-01-01,libur_nasional,Dulu\n";
    let errors = days_off::parse_csv(csv).expect_err("refused");
    let problems: Vec<(usize, days_off::CsvProblem)> = errors
        .iter()
        .map(|error| (error.line, error.problem))
        .collect();
    use days_off::CsvProblem as P;
    assert_eq!(
        problems,
        [
            (1, P::Date),
            (2, P::Kind),
            (3, P::Fields),
            (4, P::Name),
            (5, P::Date)
        ]
    );
    assert_eq!(
        errors[1].message(Locale::Id),
        "Baris 2: jenis harus libur_nasional, cuti_bersama atau libur_daerah"
    );
    assert!(
        errors[1]
            .message(Locale::En)
            .starts_with("Line 2: the kind")
    );
    assert_eq!(
        days_off::parse_csv("tanggal,jenis,keterangan\n").map_err(|errors| errors[0].problem),
        Err(P::Empty)
    );
    let long = "2027-01-01,libur_nasional,x\n".repeat(days_off::MAX_CSV_LINES + 1);
    assert_eq!(
        days_off::parse_csv(&long).map_err(|errors| errors[0].problem),
        Err(P::TooManyLines)
    );
}

/// A calendar with the weekdays among the first 120 days of 2026 at `offsets` off.
fn calendar_with(offsets: &[u64]) -> Calendar {
    let first = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let days: Vec<DayOff> = offsets
        .iter()
        .filter_map(|&offset| first.checked_add_days(chrono::Days::new(offset)))
        .map(|date| DayOff {
            date,
            kind: DayOffKind::National,
            name: "Libur".into(),
        })
        .collect();
    Calendar::new(&days)
}

/// Office hours of one shift a day, or none: each day's (opening minute, length in minutes).
fn office_hours_with(days: &[Option<(u32, u32)>]) -> OfficeHours {
    let mut week: [Vec<Shift>; 7] = Default::default();
    for (day, shift) in week.iter_mut().zip(days) {
        if let Some((open, length)) = *shift {
            let close = (open + length).min(23 * 60 + 59);
            day.extend(Shift::new((open / 60, open % 60), (close / 60, close % 60)));
        }
    }
    OfficeHours { week }
}

/// The reference the walk is checked against: minute after minute from `start` (a whole
/// minute), the end of the `n`th minute that lies in a shift of a working day.
fn nth_office_minute(
    start: DateTime<FixedOffset>,
    n: u32,
    calendar: &Calendar,
    hours: &OfficeHours,
) -> DateTime<FixedOffset> {
    use chrono::Datelike;
    let mut at = start;
    let mut counted = 0;
    loop {
        let date = at.date_naive();
        let time = at.time();
        let in_office = calendar.is_working_day(date)
            && hours
                .shifts(date.weekday())
                .iter()
                .any(|shift| shift.start <= time && time < shift.end);
        at += Duration::minutes(1);
        if in_office {
            counted += 1;
            if counted == n {
                return at;
            }
        }
    }
}

fn shift_strategy() -> impl Strategy<Value = Option<(u32, u32)>> {
    prop::option::weighted(0.8, (0u32..23 * 60, 1u32..10 * 60))
}

proptest! {
    #[test]
    fn working_day_deadlines_count_every_working_day_and_no_other(
        day in 0u64..90, minute in 0i64..24 * 60, n in 0u32..40,
        days_off in prop::collection::vec(0u64..150, 0..25),
    ) {
        let start = wib("2026-01-01", "00:00:00") + Duration::days(day as i64) + Duration::minutes(minute);
        let calendar = calendar_with(&days_off);
        let hours = OfficeHours::five_day_week();
        let deadline = TimeStandard::WorkingDays(n).after(start, &calendar, &hours).expect("fits");
        prop_assert!(deadline >= start + Duration::days(i64::from(n)) - Duration::days(1));
        let counted = start
            .date_naive()
            .iter_days()
            .skip(1)
            .take_while(|date| *date <= deadline.date_naive())
            .filter(|date| calendar.is_working_day(*date))
            .count();
        prop_assert_eq!(counted, n as usize);
        if n > 0 {
            prop_assert!(calendar.is_working_day(deadline.date_naive()));
        }
    }

    #[test]
    fn office_minutes_are_never_fewer_than_the_standard_and_none_is_skipped(
        day in 0u64..60, minute in 0i64..24 * 60, n in 1u32..600,
        days_off in prop::collection::vec(0u64..120, 0..25),
        shifts in prop::collection::vec(shift_strategy(), 7),
    ) {
        let start = wib("2026-01-01", "00:00:00") + Duration::days(day as i64) + Duration::minutes(minute);
        let calendar = calendar_with(&days_off);
        let hours = office_hours_with(&shifts);
        let deadline = TimeStandard::WorkingMinutes(n).after(start, &calendar, &hours);
        // The calendar works Monday to Friday: shifts on a weekend day are never office time.
        let opens_on_a_weekday = hours.week[..5].iter().any(|shifts| !shifts.is_empty());
        if !opens_on_a_weekday {
            prop_assert_eq!(deadline, None);
        } else {
            let deadline = deadline.expect("an office that opens gives a deadline");
            prop_assert!(deadline >= start + Duration::minutes(i64::from(n)));
            prop_assert_eq!(deadline, nth_office_minute(start, n, &calendar, &hours));
        }
    }

    #[test]
    fn the_five_day_week_gives_what_the_reference_gives(
        day in 0u64..100, minute in 0i64..24 * 60, n in 1u32..900,
        days_off in prop::collection::vec(0u64..130, 0..25),
    ) {
        let start = wib("2026-01-01", "00:00:00") + Duration::days(day as i64) + Duration::minutes(minute);
        let calendar = calendar_with(&days_off);
        let hours = OfficeHours::five_day_week();
        let deadline = TimeStandard::WorkingMinutes(n).after(start, &calendar, &hours).expect("fits");
        prop_assert_eq!(deadline, nth_office_minute(start, n, &calendar, &hours));
    }
}

#[test]
fn every_profile_closes_an_unconfirmed_answer_after_seven_and_seven_days_unless_it_waits() {
    let answered = wib("2026-03-02", "10:00:00");
    for profile in all_profiles() {
        assert_eq!(
            profile.deadline(Step::ReporterConfirmation, answered),
            Some(wib("2026-03-09", "10:00:00")),
            "{}",
            profile.id
        );
        assert_eq!(
            profile.no_answer_deadline(answered),
            Some(wib("2026-03-16", "10:00:00")),
            "{}",
            profile.id
        );
    }
    let mut waits_for_ever = trenggalek();
    waits_for_ever.reporter_waits.confirmation = None;
    assert_eq!(waits_for_ever.no_answer_deadline(answered), None);
    assert_eq!(
        waits_for_ever.status_deadline(Status::AwaitingReporter, answered),
        None
    );
}

#[test]
fn a_returned_complaint_is_reminded_after_seven_days_and_closes_after_fourteen() {
    let returned = wib("2026-03-02", "10:00:00");
    assert_eq!(
        trenggalek().completion_deadlines(returned),
        Some((wib("2026-03-09", "10:00:00"), wib("2026-03-16", "10:00:00")))
    );
    let mut profile = kapuas();
    profile.reporter_waits.completion = Some(ReporterWait {
        first: TimeStandard::WorkingDays(3),
        after_reminder: TimeStandard::WorkingDays(2),
    });
    // From Tue 17 March 2026: three working days end on Fri 27 (Lebaran's leave), two more on
    // Tue 31.
    assert_eq!(
        profile.completion_deadlines(wib("2026-03-17", "10:00:00")),
        Some((wib("2026-03-27", "23:59:59"), wib("2026-03-31", "23:59:59")))
    );
    profile.reporter_waits.completion = None;
    assert_eq!(profile.completion_deadlines(returned), None);
}

#[test]
fn only_the_sops_with_a_validation_step_wait_for_the_desk() {
    let validating: Vec<String> = all_profiles()
        .into_iter()
        .filter(|profile| profile.validation)
        .map(|profile| profile.id)
        .collect();
    assert_eq!(validating, ["trenggalek", "kapuas", "surabaya"]);
}

#[test]
fn a_channel_complaint_is_timed_by_the_channel_input_rows_else_the_intake_row() {
    let steps: Vec<(String, Option<Step>)> = all_profiles()
        .into_iter()
        .map(|profile| (profile.id.clone(), profile.intake_step()))
        .collect();
    let expected = |id: &str| match id {
        "trenggalek" | "tanah_bumbu" => Some(Step::Intake),
        "surabaya" => Some(Step::ChannelInput),
        _ => None,
    };
    for (id, step) in &steps {
        assert_eq!(*step, expected(id), "{id}");
    }
    // Surabaya's rows 2–3 together: a message on Friday 10:00 is due Sunday 10:00.
    let clock = StepClock::new(surabaya(), *wib("2026-03-06", "10:00:00").offset());
    let arrived = wib("2026-03-06", "10:00:00").with_timezone(&chrono::Utc);
    assert_eq!(
        clock.intake_due(arrived),
        Some((
            Step::ChannelInput,
            wib("2026-03-08", "10:00:00").with_timezone(&chrono::Utc)
        ))
    );
}

#[cfg(feature = "ssr")]
#[test]
fn every_shipped_profile_reads_back_from_its_toml_as_it_was() {
    for profile in all_profiles() {
        let text = ProfileDocument::of(&profile).to_toml().expect("serialises");
        assert!(text.contains(&format!("id = \"{}\"", profile.id)), "{text}");
        assert!(text.contains("[[rows]]"), "{text}");
        let read = ProfileDocument::from_toml(&text)
            .expect("reads")
            .into_profile(profile.calendar.clone())
            .expect("fits");
        assert_eq!(read, profile, "{text}");
    }
}

#[cfg(feature = "ssr")]
#[test]
fn a_sixth_region_writes_its_profile_by_hand() {
    let text = r#"
id = "pacitan"
name = "Dinas Kominfo Kabupaten Pacitan"
sop_number = "SOP/01/2026"
oversight = "Inspektorat Kabupaten Pacitan"
validation = true
head_approval = false
clarification_pauses_clock = false

[office_hours]
monday = ["07:30-12:00", "12:30-16:00"]
friday = ["07:30-11:00"]

[reporter_waits]
confirmation = { first = "5 hari", after_reminder = "3 days" }

[[rows]]
number = 1
step = "verification"
standard = "4 jam dalam jam kerja"
activity = "Verifikasi aduan"

[[rows]]
number = 2
step = "resolution"
standard = "5 Hari Kerja"
activity = "Tindak lanjut OPD"
"#;
    let profile = ProfileDocument::from_toml(text)
        .expect("reads")
        .into_profile(Calendar::default())
        .expect("fits");
    assert_eq!(profile.id, "pacitan");
    assert_eq!(
        profile.reporter_waits.completion, None,
        "left out: waits for ever"
    );
    assert_eq!(profile.office_hours.minutes_a_week(), 480 + 210);
    // Monday 09:00 + 4 office hours is 13:30, across the break.
    assert_eq!(
        profile.deadline(Step::Verification, wib("2026-03-02", "09:00:00")),
        Some(wib("2026-03-02", "13:30:00"))
    );
}

#[cfg(feature = "ssr")]
#[test]
fn the_fields_a_region_requires_travel_in_its_document() {
    use crate::domain::complaint::{ExtraField, RequiredFields};
    let cilacap_text = ProfileDocument::of(&cilacap())
        .to_toml()
        .expect("serialises");
    assert!(
        cilacap_text.contains("required_fields = [\"reporter_address\"]"),
        "{cilacap_text}"
    );
    let surabaya = surabaya();
    assert_eq!(
        surabaya.required_fields,
        RequiredFields::new([ExtraField::SocialMediaAccount, ExtraField::Topic])
    );
    // A profile that asks for none writes no key, so its document is unchanged.
    let trenggalek_text = ProfileDocument::of(&trenggalek())
        .to_toml()
        .expect("serialises");
    assert!(!trenggalek_text.contains("required_fields"));
    // A region switches one on by editing its document.
    let edited = trenggalek_text.replace(
        "validation = true",
        "validation = true\nrequired_fields = [\"topic\"]",
    );
    let profile = ProfileDocument::from_toml(&edited)
        .expect("reads")
        .into_profile(Calendar::default())
        .expect("fits");
    assert_eq!(
        profile.required_fields,
        RequiredFields::new([ExtraField::Topic])
    );
    // A field the portal does not have is named.
    let unknown = trenggalek_text.replace(
        "validation = true",
        "validation = true\nrequired_fields = [\"shoe_size\"]",
    );
    match ProfileDocument::from_toml(&unknown) {
        Err(DocumentProblem::Unreadable(why)) => assert!(
            why.contains("shoe_size") && why.contains("reporter_address"),
            "{why}"
        ),
        other => panic!("{other:?}"),
    }
}

#[cfg(feature = "ssr")]
#[test]
fn a_document_with_mistakes_names_each_of_them() {
    let unknown = ProfileDocument::from_toml("id = \"x\"\nnama = \"salah\"\n");
    match unknown {
        Err(DocumentProblem::Unreadable(why)) => {
            assert!(why.contains("nama") || why.contains("name"), "{why}")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        ProfileDocument::from_toml(&"#".repeat(MAX_DOCUMENT_BYTES + 1)),
        Err(DocumentProblem::TooLarge)
    );
    let mut document = ProfileDocument::of(&cilacap());
    document.id = "Cilacap Baru".into();
    document.name = " ".into();
    document.office_hours = WeekDocument {
        monday: vec!["16:00-07:30".into()],
        tuesday: vec!["07:30-12:00".into(), "11:00-16:00".into()],
        ..WeekDocument::default()
    };
    document.rows[0].standard = "0 menit dalam jam kerja".into();
    document.rows[1].number = document.rows[0].number;
    let problems = document.into_profile(Calendar::default()).unwrap_err();
    let first = cilacap().rows[0].number;
    assert_eq!(
        problems,
        [
            DocumentProblem::Id,
            DocumentProblem::Text("name"),
            DocumentProblem::RowStandard(first),
            DocumentProblem::RowNumber(1),
            DocumentProblem::Shift(0, "16:00-07:30".into()),
            DocumentProblem::ShiftOrder(1),
        ]
    );
    assert!(problems[4].message(Locale::Id).contains("hari Senin"));
    assert!(problems[4].message(Locale::En).contains("on Monday"));
    // Office minutes with no weekday to count them in.
    let mut closed = ProfileDocument::of(&cilacap());
    closed.office_hours = WeekDocument {
        saturday: vec!["08:00-12:00".into()],
        ..WeekDocument::default()
    };
    assert_eq!(
        closed.into_profile(Calendar::default()).unwrap_err(),
        [DocumentProblem::NoOfficeHours]
    );
}

#[cfg(feature = "ssr")]
#[test]
fn the_retention_period_travels_in_the_document_and_is_bounded() {
    let trenggalek_text = ProfileDocument::of(&trenggalek())
        .to_toml()
        .expect("serialises");
    assert!(
        !trenggalek_text.contains("retention_days"),
        "the default writes no key: {trenggalek_text}"
    );
    let read = |days: &str| {
        let edited = trenggalek_text.replace(
            "validation = true",
            &format!("validation = true\nretention_days = {days}"),
        );
        ProfileDocument::from_toml(&edited)
            .expect("reads")
            .into_profile(Calendar::default())
    };
    let year = read("365").expect("fits");
    assert_eq!(year.retention.days(), 365);
    assert!(
        ProfileDocument::of(&year)
            .to_toml()
            .expect("serialises")
            .contains("retention_days = 365")
    );
    assert_eq!(read("7").unwrap_err(), [DocumentProblem::Retention]);
    assert_eq!(read("4000").unwrap_err(), [DocumentProblem::Retention]);
    assert!(
        DocumentProblem::Retention
            .message(Locale::Id)
            .contains("30–3650 hari")
    );
}

#[test]
fn standards_read_back_from_the_words_the_sops_use() {
    let standards = [
        TimeStandard::WorkingDays(3),
        TimeStandard::Days(1),
        TimeStandard::Hours(24),
        TimeStandard::Minutes(15),
        TimeStandard::WorkingHours(4),
        TimeStandard::WorkingMinutes(15),
    ];
    for standard in standards {
        for locale in [Locale::Id, Locale::En] {
            assert_eq!(
                TimeStandard::parse(&standard.describe(locale)),
                Some(standard)
            );
        }
    }
    assert_eq!(
        TimeStandard::parse("  2   HARI  kerja "),
        Some(TimeStandard::WorkingDays(2))
    );
    for wrong in [
        "",
        "hari",
        "tiga hari",
        "3",
        "3 pekan",
        "-1 hari",
        "3 hari kalender",
    ] {
        assert_eq!(TimeStandard::parse(wrong), None, "{wrong}");
    }
}

/// An SOP's timed rows: number, portal step, and time in the SOP's words.
type SopTable = &'static [(u8, &'static str, &'static str)];

/// Each shipped profile against its SOP's table, row by row: the row's number, the portal step
/// it is mapped to, and its time as the SOP writes it (with the clock the profile gives a
/// person's minutes). A row added, dropped or remapped fails here.
#[test]
fn every_shipped_profile_walks_its_sop_table_row_by_row() {
    let tables: [(SopProfile, SopTable); 5] = [
        (
            trenggalek(),
            &[
                (1, "intake", "1 hari kerja"),
                (2, "verification", "3 hari kerja"),
                (3, "agency_acceptance", "3 hari kerja"),
                (4, "resolution", "7 hari kerja"),
                (5, "resolution", "3 hari kerja"),
                (6, "approval", "15 hari kerja"),
                (7, "approval", "3 hari kerja"),
                (8, "validation", "2 hari kerja"),
                (9, "reporter_notification", "2 hari kerja"),
            ],
        ),
        (
            kapuas(),
            &[
                (1, "dispatch", "3 hari"),
                (2, "agency_acceptance", "3 hari"),
                (3, "resolution", "3 hari"),
            ],
        ),
        (
            tanah_bumbu(),
            &[
                (2, "intake", "5 menit"),
                (3, "dispatch", "1 hari"),
                (5, "resolution", "1 hari"),
                (6, "reporter_notification", "5 menit dalam jam kerja"),
            ],
        ),
        (
            surabaya(),
            &[
                (1, "intake", "1 hari"),
                (2, "channel_input", "1 hari"),
                (3, "channel_input", "1 hari"),
                (4, "agency_acceptance", "24 jam"),
                (5, "verification", "1 hari"),
                (6, "escalation", "1 hari"),
                (7, "dispatch", "1 hari"),
                (8, "agency_reminder", "1 hari"),
                (9, "resolution", "3 hari"),
                (10, "validation", "1 hari"),
                (11, "validation", "1 hari"),
                (12, "reporter_confirmation", "7 hari"),
                (13, "reporter_reminder", "7 hari"),
                (14, "closing", "1 hari"),
                (15, "reporter_notification", "1 hari"),
                (16, "monitoring_report", "1 hari"),
            ],
        ),
        (
            cilacap(),
            &[
                (2, "verification", "15 menit dalam jam kerja"),
                (3, "agency_acceptance", "15 menit dalam jam kerja"),
                (4, "resolution", "15 menit dalam jam kerja"),
                (5, "resolution", "60 menit dalam jam kerja"),
                (6, "resolution", "15 menit dalam jam kerja"),
                (7, "resolution", "15 menit dalam jam kerja"),
            ],
        ),
    ];
    for (profile, table) in tables {
        let rows: Vec<(u8, &str, TimeStandard)> = profile
            .rows
            .iter()
            .map(|row| (row.number, row.step.code(), row.standard))
            .collect();
        let expected: Vec<(u8, &str, TimeStandard)> = table
            .iter()
            .map(|(number, step, words)| {
                let standard = TimeStandard::parse(words).expect("the SOP's words read");
                (*number, *step, standard)
            })
            .collect();
        assert_eq!(rows, expected, "{}", profile.id);
        // Each step's deadline runs through its rows one after another.
        let start = wib("2026-11-02", "08:00:00");
        for step in Step::ALL {
            let standards: Vec<TimeStandard> = expected
                .iter()
                .filter(|(_, code, _)| *code == step.code())
                .map(|(_, _, standard)| *standard)
                .collect();
            if standards.is_empty() {
                continue;
            }
            let walked = standards.iter().try_fold(start, |at, standard| {
                standard.after(at, &profile.calendar, &profile.office_hours)
            });
            assert_eq!(
                profile.deadline(step, start),
                walked,
                "{} {step:?}",
                profile.id
            );
        }
    }
}
