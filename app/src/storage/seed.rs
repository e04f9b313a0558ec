//! `aduan seed --complaints N`: realistic complaints for demonstrations and benchmarks, written in
//! bulk (thousands per transaction) with their timelines and the statistics' tallies, exactly as
//! if each had been filed and handled one by one.
//!
//! Each complaint is filed at a random moment of the chosen days, in a random district of the
//! region, by one of the channels, with a category and the agency that handles it; then it lives
//! the SOP's steps (verification, dispatch, acceptance, answer, validation, the reporter's verdict)
//! at random but plausible intervals, as far as the time up to `until` allows. A few are returned
//! as incomplete, escalated, or rejected by their reporter and answered again. Names, NIKs and
//! phone numbers are made up (and sealed like real ones); the same `seed` gives the same data.

use super::statistics::apply;
use super::{Db, StorageError, to_millis};
use crate::domain::nik::Nik;
use crate::domain::sop::StepClock;
use crate::domain::statistics::{self, Facts, Moment, Tally};
use crate::domain::status::{ActionKind, Role, Status};
use crate::domain::timeline::EntryKind;
use crate::domain::tracking_code::{RegionPrefix, TrackingCode};
use crate::personal_data::Protector;
use chrono::{DateTime, Duration, Utc};
use sqlx::Row;
use std::collections::BTreeMap;

/// Complaints written per transaction.
const BATCH: u64 = 2_000;

/// What to seed.
#[derive(Clone, Debug)]
pub struct SeedOptions {
    /// How many complaints.
    pub complaints: u64,
    /// Filed over this many days, up to `until`.
    pub days: u32,
    /// The last moment anything happens.
    pub until: DateTime<Utc>,
    /// The random seed: the same one gives the same complaints.
    pub seed: u64,
}

/// A small, fast, deterministic generator (SplitMix64): seeding needs variety, not secrecy.
#[derive(Clone, Debug)]
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// An exponentially distributed wait with mean `mean_minutes`.
    fn wait(&mut self, mean_minutes: f64) -> Duration {
        let minutes = -mean_minutes * (1.0 - self.unit()).ln();
        Duration::minutes(minutes.round() as i64 + 1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// Categories with their weight and the agency that handles them.
const CATEGORIES: [(&str, u64, &str); 12] = [
    ("jalan", 22, "dpupr"),
    ("penerangan", 12, "dishub"),
    ("sampah", 12, "dlh"),
    ("drainase", 9, "dpupr"),
    ("air", 8, "pdam"),
    ("kesehatan", 7, "dinkes"),
    ("pendidikan", 6, "disdik"),
    ("adminduk", 8, "dukcapil"),
    ("perizinan", 4, "dpmptsp"),
    ("sosial", 6, "dinsos"),
    ("ketertiban", 4, "satpolpp"),
    ("lainnya", 2, "diskominfo"),
];

/// Channels with their weight.
const CHANNELS: [(&str, u64); 5] = [
    ("web", 55),
    ("whatsapp", 30),
    ("sms", 5),
    ("phone", 6),
    ("email", 4),
];

const GIVEN_NAMES: [&str; 16] = [
    "Siti", "Budi", "Agus", "Dewi", "Sri", "Joko", "Rina", "Eko", "Wahyu", "Nur", "Ahmad",
    "Lestari", "Bambang", "Yuni", "Hadi", "Ratna",
];
const FAMILY_NAMES: [&str; 12] = [
    "Rahayu",
    "Santoso",
    "Wulandari",
    "Prasetyo",
    "Hidayat",
    "Susanti",
    "Setiawan",
    "Purnomo",
    "Handayani",
    "Saputra",
    "Kurniawan",
    "Lestari",
];
const PLACES: [&str; 8] = [
    "dekat pasar",
    "depan SD negeri",
    "di gang masuk dusun",
    "sepanjang jalan desa",
    "dekat balai desa",
    "di perempatan",
    "dekat puskesmas",
    "di belakang masjid",
];

fn weighted<'a, T>(random: &mut Random, items: &'a [(T, u64)]) -> &'a T {
    let total: u64 = items.iter().map(|(_, weight)| weight).sum();
    let mut roll = random.below(total);
    for (item, weight) in items {
        if roll < *weight {
            return item;
        }
        roll -= weight;
    }
    &items[items.len() - 1].0
}

/// A made-up but well-formed NIK: Trenggalek's regency code, a birth date, a serial.
fn made_up_nik(random: &mut Random) -> Nik {
    loop {
        let female = random.chance(0.5);
        let day = 1 + random.below(28) + if female { 40 } else { 0 };
        let raw = format!(
            "3503{:02}{day:02}{:02}{:02}{:04}",
            1 + random.below(14),
            1 + random.below(12),
            60 + random.below(40),
            1 + random.below(9_999)
        );
        if let Ok(nik) = Nik::parse(&raw) {
            return nik;
        }
    }
}

/// One step of a seeded complaint's life.
struct Step {
    at: DateTime<Utc>,
    action: ActionKind,
    role: Role,
    status: Status,
}

/// Seeds `options.complaints` complaints under `prefix`; returns how many were written.
pub async fn seed(
    db: &Db,
    protector: &Protector,
    prefix: &RegionPrefix,
    clock: &StepClock,
    options: &SeedOptions,
) -> Result<u64, StorageError> {
    let districts = sqlx::query("SELECT code, latitude, longitude FROM districts ORDER BY code")
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(|row| {
            Ok((
                row.try_get::<String, _>("code")?,
                row.try_get::<f64, _>("latitude")?,
                row.try_get::<f64, _>("longitude")?,
            ))
        })
        .collect::<Result<Vec<_>, StorageError>>()?;
    if districts.is_empty() {
        return Err(StorageError::Corrupt("no districts to seed in".to_owned()));
    }
    // Serial numbers continue after what is there, so seeding twice adds, never collides.
    let first: i64 = sqlx::query_scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM complaints")
        .fetch_one(db.pool())
        .await?;
    let mut random = Random(options.seed ^ u64::try_from(first).unwrap_or_default());
    let span = Duration::days(i64::from(options.days.max(1)));
    let start = options.until - span;
    let mut written = 0;
    while written < options.complaints {
        let batch = BATCH.min(options.complaints - written);
        let mut tx = db.begin().await?;
        let mut tallies = BTreeMap::<Tally, i64>::new();
        for offset in 0..batch {
            let serial = u64::try_from(first).unwrap_or_default() + written + offset;
            let filed_at = start
                + Duration::seconds(
                    random.below(u64::try_from(span.num_seconds()).unwrap_or(1)) as i64
                );
            seed_one(
                &mut tx,
                &mut random,
                protector,
                prefix,
                clock,
                &districts,
                serial,
                filed_at,
                options.until,
                &mut tallies,
            )
            .await?;
        }
        let deltas: Vec<(Tally, i64)> = tallies.into_iter().filter(|(_, n)| *n != 0).collect();
        apply(&mut tx, &deltas).await?;
        tx.commit().await?;
        written += batch;
    }
    Ok(written)
}

#[expect(
    clippy::too_many_arguments,
    reason = "one complaint's whole context, private"
)]
async fn seed_one(
    tx: &mut super::Tx,
    random: &mut Random,
    protector: &Protector,
    prefix: &RegionPrefix,
    clock: &StepClock,
    districts: &[(String, f64, f64)],
    serial: u64,
    filed_at: DateTime<Utc>,
    until: DateTime<Utc>,
    tallies: &mut BTreeMap<Tally, i64>,
) -> Result<(), StorageError> {
    // A bijection of the serial onto 35 bits: distinct serials, distinct codes.
    let bits = serial.wrapping_mul(0x5_DEEC_E66D) & ((1 << 35) - 1);
    let code_bytes: [u8; 5] = std::array::from_fn(|index| (bits >> (8 * (4 - index))) as u8);
    let code = TrackingCode::from_random_bytes(prefix, &code_bytes);
    let (category, _, agency) = *random.pick(&CATEGORIES_WEIGHTED);
    let channel = *weighted(random, &CHANNELS);
    let (district, latitude, longitude) = random.pick(districts).clone();
    let latitude = latitude + (random.unit() - 0.5) * 0.04;
    let longitude = longitude + (random.unit() - 0.5) * 0.04;
    let visibility = if random.chance(0.1) {
        "confidential"
    } else if random.chance(0.1) {
        "anonymous"
    } else {
        "public"
    };
    let name = format!(
        "{} {}",
        random.pick(&GIVEN_NAMES),
        random.pick(&FAMILY_NAMES)
    );
    let nik = made_up_nik(random);
    let sealed = protector
        .seal_nik(&nik)
        .map_err(|error| StorageError::Corrupt(error.to_string()))?;
    let phone = format!("08{:010}", random.below(10_000_000_000));
    let place = random.pick(&PLACES);
    let (title, content) = match category {
        "jalan" => (
            format!("Jalan berlubang {place}"),
            format!(
                "Jalan rusak dan berlubang {place}, membahayakan pengendara terutama malam hari."
            ),
        ),
        "penerangan" => (
            format!("Lampu jalan mati {place}"),
            format!("Lampu penerangan jalan umum {place} mati sejak beberapa minggu."),
        ),
        "sampah" => (
            format!("Sampah menumpuk {place}"),
            format!("Sampah tidak diangkut {place} dan mulai berbau."),
        ),
        _ => (
            format!("Mohon tindak lanjut layanan {place}"),
            format!("Layanan {category} {place} perlu perhatian, warga sudah lama menunggu."),
        ),
    };

    // The complaint's life, step by step, as far as `until` allows.
    let mut life = Vec::new();
    let mut at = filed_at;
    let mut next = |random: &mut Random, mean: f64, action, role, status| -> bool {
        at += random.wait(mean);
        if at > until {
            return false;
        }
        life.push(Step {
            at,
            action,
            role,
            status,
        });
        true
    };
    let mut surveyed = false;
    let mut reopened = false;
    'life: {
        if random.chance(0.04) {
            next(
                random,
                240.0,
                ActionKind::ReturnToReporter,
                Role::MainDesk,
                Status::ReturnedToReporter,
            );
            break 'life;
        }
        if random.chance(0.03) {
            next(
                random,
                240.0,
                ActionKind::Escalate,
                Role::MainDesk,
                Status::Escalated,
            );
            break 'life;
        }
        if !next(
            random,
            300.0,
            ActionKind::Verify,
            Role::MainDesk,
            Status::Verified,
        ) || !next(
            random,
            180.0,
            ActionKind::Dispatch,
            Role::MainDesk,
            Status::Dispatched,
        ) || !next(
            random,
            1_200.0,
            ActionKind::AcceptDispatch,
            Role::AgencyAdmin,
            Status::InProgress,
        ) {
            break 'life;
        }
        for round in 0..2 {
            if !next(
                random,
                4_000.0,
                ActionKind::ProposeResolution,
                Role::AgencyAdmin,
                Status::AwaitingApproval,
            ) || !next(
                // The default profile (Surabaya) has no head's approval: the portal passes on.
                random,
                0.0,
                ActionKind::Approve,
                Role::System,
                Status::ResolutionProposed,
            ) || !next(
                random,
                360.0,
                ActionKind::Validate,
                Role::MainDesk,
                Status::AwaitingReporter,
            ) {
                break 'life;
            }
            let roll = random.unit();
            if roll < 0.62 || round == 1 {
                if roll < 0.85 {
                    if next(
                        random,
                        1_500.0,
                        ActionKind::Confirm,
                        Role::Reporter,
                        Status::Closed(crate::domain::status::Closure::Confirmed),
                    ) {
                        surveyed = random.chance(0.7);
                    }
                } else {
                    surveyed = next(
                        random,
                        7.0 * 1_440.0,
                        ActionKind::CloseNoAnswer,
                        Role::System,
                        Status::Closed(crate::domain::status::Closure::NoAnswer),
                    ) && random.chance(0.3);
                }
                break 'life;
            }
            if !next(
                random,
                1_500.0,
                ActionKind::Reject,
                Role::Reporter,
                Status::InProgress,
            ) {
                break 'life;
            }
            reopened = true;
        }
    }

    let final_status = life.last().map_or(Status::Submitted, |step| step.status);
    let dispatched = life.iter().any(|step| step.action == ActionKind::Dispatch);
    let first_response = life
        .iter()
        .find(|step| !matches!(step.role, Role::Reporter | Role::System))
        .map(|step| step.at);
    let answered = life
        .iter()
        .find(|step| step.status == Status::AwaitingReporter)
        .map(|step| step.at);
    let last_at = life.last().map_or(filed_at, |step| step.at);
    let step_due = clock.due(final_status, last_at);

    let id: i64 = sqlx::query(
        "INSERT INTO complaints (tracking_code, submission_key, pin_hash, status, reporter_name, \
         nik_sealed, nik_lookup, phone, email, title, content, category, agency, channel, \
         visibility, latitude, longitude, address, created_at, updated_at, status_since, locale, \
         filed_on, district, reopen_count, rating, first_response_at, answered_at, step_due_at) \
         VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, NULL, $8, $9, $10, $11, $12, $13, $14, $15, \
         $16, $17, $18, $18, 'id', $19, $20, $21, $22, $23, $24, $25) RETURNING id",
    )
    .bind(code.as_str())
    .bind(protector.pin_hash(code.as_str(), &format!("{:06}", serial % 1_000_000)))
    .bind(final_status.code())
    .bind(name.as_str())
    .bind(sealed.sealed.as_slice())
    .bind(sealed.lookup.as_str())
    .bind(phone.as_str())
    .bind(title.as_str())
    .bind(content.as_str())
    .bind(category)
    .bind(dispatched.then_some(agency))
    .bind(channel)
    .bind(visibility)
    .bind(latitude)
    .bind(longitude)
    .bind(format!("RT 02 RW 03, {place}"))
    .bind(to_millis(filed_at))
    .bind(to_millis(last_at))
    .bind(clock.day(filed_at).to_string())
    .bind(district.as_str())
    .bind(i64::from(reopened))
    .bind(None::<i64>)
    .bind(first_response.map(to_millis))
    .bind(answered.map(to_millis))
    .bind(step_due.map(to_millis))
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")?;

    // The timeline, and the tallies each step adds, as `services::act::act` would count them.
    let mut facts = Facts {
        filed_on: clock.day(filed_at),
        status: Status::Submitted,
        category: Some(category.to_owned()),
        agency: None,
        channel: channel.to_owned(),
        district: Some(district),
        reopened: false,
        rating: None,
        first_response_minutes: None,
        answer_minutes: None,
    };
    let mut due = clock.due(Status::Submitted, filed_at);
    let mut events = vec![(
        filed_at,
        EntryKind::Filed.code(),
        Role::Reporter,
        Status::Submitted,
        None,
    )];
    for (tally, delta) in statistics::filing(&Moment {
        facts: &facts,
        due: due.map(|due| (clock.day(due), false)),
    }) {
        *tallies.entry(tally).or_default() += delta;
    }
    for step in &life {
        let mut after = facts.clone();
        after.status = step.status;
        if step.action == ActionKind::Dispatch {
            after.agency = Some(agency.to_owned());
        }
        if step.action == ActionKind::Reject {
            after.reopened = true;
        }
        let minutes = |at: DateTime<Utc>| Some((at - filed_at).num_minutes());
        if after.first_response_minutes.is_none()
            && !matches!(step.role, Role::Reporter | Role::System)
        {
            after.first_response_minutes = minutes(step.at);
        }
        if after.answer_minutes.is_none() && step.status == Status::AwaitingReporter {
            after.answer_minutes = minutes(step.at);
        }
        let next_due = clock.due(after.status, step.at);
        for (tally, delta) in statistics::transition(
            &Moment {
                facts: &facts,
                due: due.map(|due| (clock.day(due), step.at <= due)),
            },
            &Moment {
                facts: &after,
                due: next_due.map(|due| (clock.day(due), false)),
            },
            step.action,
            clock.day(step.at),
        ) {
            *tallies.entry(tally).or_default() += delta;
        }
        events.push((
            step.at,
            step.action.code(),
            step.role,
            step.status,
            after.agency.clone(),
        ));
        facts = after;
        due = next_due;
    }
    // The satisfaction survey, answered within a day of closing by most who confirmed and some
    // who stayed silent; mostly content (3 or 4), sometimes not, added to the month's tally as
    // `storage::satisfaction::record_survey` adds it.
    let survey_at = last_at + random.wait(600.0);
    if surveyed && survey_at <= until {
        let mut scores = [0_u8; crate::domain::satisfaction::ELEMENTS];
        for score in &mut scores {
            *score = if random.chance(0.8) {
                3 + random.below(2)
            } else {
                1 + random.below(3)
            } as u8;
        }
        let survey = crate::domain::satisfaction::Survey::from_stored(scores)
            .ok_or_else(|| StorageError::Corrupt("a seeded score off the scale".to_owned()))?;
        sqlx::query("INSERT INTO satisfaction_surveyed (complaint_id, at) VALUES ($1, $2)")
            .bind(id)
            .bind(to_millis(survey_at))
            .execute(&mut **tx)
            .await?;
        let month = clock.day(survey_at).format("%Y-%m").to_string();
        super::satisfaction::add_to_tally(tx, agency, &month, &survey).await?;
        events.push((
            survey_at,
            EntryKind::SurveyAnswered.code(),
            Role::Reporter,
            facts.status,
            facts.agency.clone(),
        ));
    }
    for (at, action, role, status, agency) in events {
        sqlx::query(
            "INSERT INTO complaint_events (complaint_id, at, actor_role, action, status_after, \
             agency) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(to_millis(at))
        .bind(role.code())
        .bind(action)
        .bind(status.code())
        .bind(agency)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// [`CATEGORIES`] expanded by weight, so a uniform pick is a weighted one.
static CATEGORIES_WEIGHTED: std::sync::LazyLock<Vec<(&'static str, u64, &'static str)>> =
    std::sync::LazyLock::new(|| {
        CATEGORIES
            .iter()
            .flat_map(|entry| std::iter::repeat_n(*entry, entry.1 as usize))
            .collect()
    });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_up_niks_are_well_formed_and_the_generator_repeats() {
        let mut random = Random(7);
        for _ in 0..200 {
            let nik = made_up_nik(&mut random);
            assert_eq!(nik.province_code(), 35);
        }
        let (mut a, mut b) = (Random(42), Random(42));
        assert_eq!(
            (0..5).map(|_| a.next()).collect::<Vec<_>>(),
            (0..5).map(|_| b.next()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn weighted_picks_follow_their_weights() {
        let mut random = Random(1);
        let mut web = 0;
        for _ in 0..10_000 {
            if *weighted(&mut random, &CHANNELS) == "web" {
                web += 1;
            }
        }
        assert!((5_000..6_000).contains(&web), "{web} of 10000 by web");
    }
}
