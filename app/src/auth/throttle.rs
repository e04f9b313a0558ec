//! Login throttling that slows a guesser without locking the real officer out.
//!
//! Wrong logins are counted per account *and* client network together: a stranger guessing an
//! officer's password from elsewhere spends only their own allowance, and the officer logs in
//! from the office as usual. The delay grows: [`PAIR_FAILURES`] a quarter of an hour, then
//! [`PAIR_FAILURES_DAILY`] a day, then that pair waits for the day. Every attempt also counts
//! against its network ([`LOGIN_LIMIT_PER_NETWORK`]), so one network cannot try many accounts
//! fast. An account that draws [`ACCOUNT_ALERT`] wrong logins from anywhere has its officer told
//! by e-mail, once per wave of attempts: never a lock.

use crate::i18n::Locale;
use crate::state::AppState;
use crate::storage::StorageError;
use crate::storage::officers::OfficerId;
use crate::storage::outbox::{self, NewMessage, Transport};
use crate::storage::rate_limits::{self, Limit};
use chrono::{DateTime, Utc};
use std::time::Duration;

/// Login attempts, right or wrong, from one client network per minute: a whole office behind
/// one address logs in at the start of the day; a guesser is slowed per account (below).
pub const LOGIN_LIMIT_PER_NETWORK: Limit = Limit {
    action: "login-ip",
    max: 30,
    window: Duration::from_secs(60),
};
/// Wrong logins for one account from one network in a quarter of an hour.
pub const PAIR_FAILURES: Limit = Limit {
    action: "login-pair",
    max: 5,
    window: Duration::from_secs(15 * 60),
};
/// Wrong logins for one account from one network in a day: past it, that pair waits the day.
pub const PAIR_FAILURES_DAILY: Limit = Limit {
    action: "login-pair-day",
    max: 20,
    window: Duration::from_secs(24 * 60 * 60),
};
/// Wrong logins for one account from anywhere in an hour at which its officer is told.
pub const ACCOUNT_ALERT: Limit = Limit {
    action: "login-account",
    max: 10,
    window: Duration::from_secs(60 * 60),
};

/// The buckets of one login attempt: its network, and its account with its network.
pub struct Attempt {
    network: String,
    account: String,
    pair: String,
}

impl Attempt {
    /// The attempt on `username` (as typed, normalised) from the client network `network` (its
    /// pseudonym). Only pseudonyms are stored.
    pub fn new(state: &AppState, username: &str, network: &str) -> Attempt {
        Attempt {
            network: network.to_owned(),
            account: state.protector.pseudonym(&format!("login:{username}")),
            pair: state
                .protector
                .pseudonym(&format!("login:{username}:{network}")),
        }
    }

    /// Counts this attempt against its network; `true` when it must wait (its network is over
    /// its allowance, or this account from this network failed too often).
    pub async fn refused(
        &self,
        state: &AppState,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        if LOGIN_LIMIT_PER_NETWORK
            .exceeded(&state.db, &self.network, now)
            .await?
        {
            return Ok(true);
        }
        for limit in [PAIR_FAILURES, PAIR_FAILURES_DAILY] {
            if limit.used_up(&state.db, &self.pair, now).await? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Counts a wrong login; tells the officer of `account` (when it names a real one with an
    /// e-mail address) once the account draws [`ACCOUNT_ALERT`] of them.
    pub async fn failed(
        &self,
        state: &AppState,
        account: Option<(OfficerId, Option<&str>)>,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        PAIR_FAILURES.count(&state.db, &self.pair, now).await?;
        PAIR_FAILURES_DAILY
            .count(&state.db, &self.pair, now)
            .await?;
        let failures = ACCOUNT_ALERT.count(&state.db, &self.account, now).await?;
        let Some((officer, Some(email))) = account else {
            return Ok(());
        };
        if failures < ACCOUNT_ALERT.max {
            return Ok(());
        }
        // Once per wave: the first alert of an hour's window (the window before it still
        // counts, so a steady stream of guesses is told of once).
        let alerts = rate_limits::hit(
            &state.db,
            &format!("login-alert:{}", self.account),
            ACCOUNT_ALERT.window,
            now,
        )
        .await?;
        if alerts > 1 {
            return Ok(());
        }
        tracing::warn!(
            officer = officer.0,
            failures,
            "many wrong logins for an account"
        );
        let (subject, body) = crate::domain::notice::login_attempts(Locale::Id);
        let mut tx = state.db.begin().await?;
        outbox::enqueue(
            &mut tx,
            &NewMessage {
                complaint: None,
                transport: Transport::Email,
                recipient: email,
                locale: Locale::Id.code(),
                subject: &subject,
                body: &body,
                sealed_secret: None,
            },
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
