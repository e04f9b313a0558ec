//! The data commands: `aduan seed` fills a desk with realistic complaints (demonstrations,
//! benchmarks), `aduan stats verify` checks the statistics' tallies against the complaints, and
//! `aduan stats bench` times a year of public statistics.
//!
//! ```text
//! aduan seed --complaints 1000000 [--days 365] [--seed 1]
//! aduan stats verify
//! aduan stats bench [--runs 5]
//! aduan migrate-to postgres://aduan@db:5432/aduan
//! ```

use app::domain::sop::StepClock;
use app::settings::Settings;
use app::storage::seed::{self, SeedOptions};
use app::storage::statistics;

/// What went wrong, as one line for the terminal.
pub type CommandError = String;

fn clock(settings: &Settings) -> StepClock {
    StepClock::new(settings.sop.clone(), settings.utc_offset)
}

/// `aduan seed …`: seeds the configured database; returns a line for the terminal.
pub async fn seed(settings: &Settings, options: &SeedOptions) -> Result<String, CommandError> {
    let (db, protector) = crate::open_store(settings)
        .await
        .map_err(|error| error.to_string())?;
    let started = std::time::Instant::now();
    let written = seed::seed(
        &db,
        &protector,
        &settings.region_prefix,
        &clock(settings),
        options,
    )
    .await
    .map_err(|error| error.to_string());
    db.close().await;
    let written = written?;
    let seconds = started.elapsed().as_secs_f64();
    Ok(format!(
        "seeded {written} complaints over {} days in {seconds:.1} s ({:.0} per second)\n",
        options.days,
        written as f64 / seconds.max(f64::EPSILON)
    ))
}

/// `aduan migrate-to URL`: copies the configured SQLite database into the PostgreSQL database at
/// `url` (created beforehand, empty or from an earlier run), then compares every table.
pub async fn migrate_to(settings: &Settings, url: &str) -> Result<String, CommandError> {
    let (source, _) = crate::open_store(settings)
        .await
        .map_err(|error| error.to_string())?;
    if source.backend() != app::storage::Backend::Sqlite {
        source.close().await;
        return Err("the configured database is not SQLite: nothing to migrate from".to_owned());
    }
    let target = app::storage::Db::connect(url)
        .await
        .map_err(|error| format!("cannot open the target: {error}"))?;
    let started = std::time::Instant::now();
    let copied = app::storage::migrate::copy_to(&source, &target).await;
    source.close().await;
    target.close().await;
    let copied = copied.map_err(|error| error.to_string())?;
    let mut report = String::from("table\tSQLite\tPostgreSQL\tchecksums\n");
    let mut all_match = true;
    for table in &copied {
        let matches = table.checksums_match && table.source_rows == table.target_rows;
        all_match &= matches;
        report.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            table.table,
            table.source_rows,
            table.target_rows,
            if matches { "match" } else { "DIFFER" }
        ));
    }
    report.push_str(&format!(
        "{} tables in {:.1} s: {}\n",
        copied.len(),
        started.elapsed().as_secs_f64(),
        if all_match {
            "everything arrived; point ADUAN_DATABASE_URL at the target"
        } else {
            "SOME TABLES DIFFER; keep serving from SQLite and run the command again"
        }
    ));
    if all_match { Ok(report) } else { Err(report) }
}

/// `aduan stats …`.
pub async fn stats(
    settings: &Settings,
    command: &crate::cli::StatsCommand,
) -> Result<String, CommandError> {
    use crate::cli::StatsCommand;
    let (db, _) = crate::open_store(settings)
        .await
        .map_err(|error| error.to_string())?;
    let outcome = match command {
        StatsCommand::Verify => verify(&db).await,
        StatsCommand::Bench { runs } => bench(&db, settings, *runs).await,
    };
    db.close().await;
    outcome
}

async fn verify(db: &app::storage::Db) -> Result<String, CommandError> {
    let mismatches = statistics::verify(db)
        .await
        .map_err(|error| error.to_string())?;
    if mismatches.is_empty() {
        return Ok("the statistics' tallies agree with the complaints\n".to_owned());
    }
    let mut report = format!(
        "{} tallies disagree with the complaints:\n",
        mismatches.len()
    );
    for mismatch in mismatches.iter().take(20) {
        report.push_str(&format!(
            "  {} {} {:?}: kept {}, counted {}\n",
            mismatch.day, mismatch.dimension, mismatch.key, mismatch.kept, mismatch.counted
        ));
    }
    Err(report)
}

/// Times the sums behind a year of public statistics (the last 365 days), `runs` times; reports
/// each run and the median.
async fn bench(
    db: &app::storage::Db,
    settings: &Settings,
    runs: u64,
) -> Result<String, CommandError> {
    let today = chrono::Utc::now()
        .with_timezone(&settings.utc_offset)
        .date_naive();
    let from = today - chrono::Duration::days(364);
    let mut times = Vec::new();
    let mut received = 0;
    for _ in 0..runs {
        let started = std::time::Instant::now();
        let sums = statistics::sums(db, from, today)
            .await
            .map_err(|error| error.to_string())?;
        statistics::by_month(db, from, today)
            .await
            .map_err(|error| error.to_string())?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        received = sums
            .get("status")
            .map(|counts| counts.values().sum::<u64>())
            .unwrap_or_default();
    }
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    Ok(format!(
        "a year of statistics ({from} to {today}, {received} complaints): median {median:.1} ms \
         over {runs} runs ({})\n",
        times
            .iter()
            .map(|ms| format!("{ms:.1}"))
            .collect::<Vec<_>>()
            .join(", ")
    ))
}
