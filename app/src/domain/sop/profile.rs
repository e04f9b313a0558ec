//! A profile: the rows of one government's SOP table that carry a time, and the deadlines they give.

use super::*;
use crate::domain::complaint::RequiredFields;
use crate::domain::status::{Action, ComplaintState, Status};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// One row of an SOP table that carries a time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SopRow {
    /// The row's number in the SOP.
    pub number: u8,
    /// The portal step the row belongs to.
    pub step: Step,
    /// The row's time standard.
    pub standard: TimeStandard,
    /// The row's activity, abridged from the SOP (Bahasa Indonesia, as written there).
    pub activity: String,
}

/// A local government's SOP for complaints, as data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SopProfile {
    /// A stable identifier, e.g. `"trenggalek"`.
    pub id: String,
    /// Which version of the profile this is: 1 for the portal's own as first shipped, one more
    /// for each change the desk keeps ([`crate::storage::sop_profiles`]).
    pub version: u32,
    /// The government and office, e.g. "Diskominfo Kabupaten Trenggalek".
    pub name: String,
    /// The SOP's number, as issued.
    pub sop_number: String,
    /// The calendar for working-day standards and office hours: the days off of the desk's
    /// database once in force ([`crate::state::SopInForce`]), the shipped decree before.
    pub calendar: Calendar,
    /// When the desk and the agencies work, for standards whose clock stops outside them.
    pub office_hours: OfficeHours,
    /// How long the reporter is waited for where the rows give no time.
    pub reporter_waits: ReporterWaits,
    /// How long a finished complaint keeps its reporter's personal data before it is
    /// anonymised; the privacy notice tells the reporter.
    pub retention: Retention,
    /// Whether the main desk checks and validates the agency's answer before the reporter reads
    /// it. Without it (Cilacap and Tanah Bumbu have no such step) the portal passes the answer on
    /// as the agency submits it.
    pub validation: bool,
    /// Whether the head of the agency approves (mengesahkan) the drafted answer before it
    /// reaches the main desk (Trenggalek rows 6–7). Without it the draft is the agency's answer.
    pub head_approval: bool,
    /// Whether the agency's clock stops while it waits for the reporter's clarification: it
    /// then resumes with the time left, instead of running on through the wait.
    pub clarification_pauses_clock: bool,
    /// The fields the SOP asks of a complaint beyond the portal's own (Cilacap's reporter's
    /// address; Surabaya's social media account and topic): the form asks for them and a filing
    /// without them is refused.
    pub required_fields: RequiredFields,
    /// The rows with a time standard, in SOP order.
    pub rows: Vec<SopRow>,
    /// The office above the agencies that takes over the watch when a reporter rejects an
    /// answer a second time (the region's inspectorate).
    pub oversight: String,
}

impl SopProfile {
    /// Its id and version: what a complaint filed under it keeps.
    pub fn pin(&self) -> SopPin {
        SopPin {
            id: self.id.clone(),
            version: self.version,
        }
    }

    /// The standards of `step`, in SOP order: the rows' where the SOP times the step, else the
    /// profile's [`ReporterWaits`] for the reporter's confirmation; empty when neither gives it
    /// a time.
    pub fn standards(&self, step: Step) -> Vec<TimeStandard> {
        let rows: Vec<TimeStandard> = self
            .rows
            .iter()
            .filter(|row| row.step == step)
            .map(|row| row.standard)
            .collect();
        if !rows.is_empty() {
            return rows;
        }
        let confirmation = self.reporter_waits.confirmation;
        match step {
            Step::ReporterConfirmation => confirmation.map(|wait| wait.first),
            Step::ReporterReminder => confirmation.map(|wait| wait.after_reminder),
            _ => None,
        }
        .into_iter()
        .collect()
    }

    /// The deadline of `step` started at `start`: every row of the step run one after another on
    /// the profile's calendar. `None` when the SOP gives the step no time (or the date would
    /// overflow).
    pub fn deadline(
        &self,
        step: Step,
        start: DateTime<FixedOffset>,
    ) -> Option<DateTime<FixedOffset>> {
        let standards = self.standards(step);
        if standards.is_empty() {
            return None;
        }
        standards.into_iter().try_fold(start, |at, standard| {
            standard.after(at, &self.calendar, &self.office_hours)
        })
    }

    /// The deadline of the step running in `status`, which the complaint entered at `since`.
    pub fn status_deadline(
        &self,
        status: Status,
        since: DateTime<FixedOffset>,
    ) -> Option<DateTime<FixedOffset>> {
        self.deadline(step_for(status)?, since)
    }

    /// When the officers in charge of a complaint in `status` since `since` are reminded that its
    /// deadline nears: three quarters of the way to it (Surabaya's step 8 asks for a reminder
    /// before and after). With the deadline itself.
    pub fn due_soon(
        &self,
        status: Status,
        since: DateTime<FixedOffset>,
    ) -> Option<(DateTime<FixedOffset>, DateTime<FixedOffset>)> {
        let deadline = self.status_deadline(status, since)?;
        Some((since + (deadline - since) * 3 / 4, deadline))
    }

    /// The step that times a complaint's way from the channel it came by (a WhatsApp message, a
    /// call, a letter) until the desk enters it: channel input where the SOP has such rows
    /// (Surabaya, whose intake row is its own app's), else intake (Trenggalek's WhatsApp and
    /// SMS); `None` when the SOP times neither.
    pub fn intake_step(&self) -> Option<Step> {
        [Step::ChannelInput, Step::Intake]
            .into_iter()
            .find(|step| self.rows.iter().any(|row| row.step == *step))
    }

    /// The step the portal takes itself on a complaint that entered `status`, because the
    /// profile has no one to take it: the head's approval, the main desk's validation.
    pub fn passes_on(&self, status: Status) -> Option<Action> {
        match status {
            Status::AwaitingApproval if !self.head_approval => Some(Action::Approve),
            Status::ResolutionProposed if !self.validation => Some(Action::Validate),
            _ => None,
        }
    }

    /// The office watching over a complaint in `state`: the profile's [`SopProfile::oversight`]
    /// once the reporter rejected answers often enough ([`ComplaintState::under_oversight`]).
    pub fn watching(&self, state: &ComplaintState) -> Option<&str> {
        state.under_oversight().then_some(self.oversight.as_str())
    }

    /// When a complaint returned to its reporter since `since` is due its reminder to complete
    /// it, and when it closes without answer; `None` when the profile waits for ever.
    pub fn completion_deadlines(
        &self,
        since: DateTime<FixedOffset>,
    ) -> Option<(DateTime<FixedOffset>, DateTime<FixedOffset>)> {
        let wait = self.reporter_waits.completion?;
        let reminder = wait
            .first
            .after(since, &self.calendar, &self.office_hours)?;
        let closes = wait
            .after_reminder
            .after(reminder, &self.calendar, &self.office_hours)?;
        Some((reminder, closes))
    }

    /// When a complaint awaiting the reporter's confirmation since `since` is due its reminder,
    /// and when it closes without answer: the confirmation period, then the reminder period.
    /// `None` unless both have a time (the SOP's rows or the profile's [`ReporterWaits`]).
    pub fn confirmation_deadlines(
        &self,
        since: DateTime<FixedOffset>,
    ) -> Option<(DateTime<FixedOffset>, DateTime<FixedOffset>)> {
        let reminder = self.deadline(Step::ReporterConfirmation, since)?;
        let closes = self.deadline(Step::ReporterReminder, reminder)?;
        Some((reminder, closes))
    }

    /// When a complaint awaiting the reporter since `since` closes without answer (see
    /// [`SopProfile::confirmation_deadlines`]).
    pub fn no_answer_deadline(
        &self,
        since: DateTime<FixedOffset>,
    ) -> Option<DateTime<FixedOffset>> {
        self.confirmation_deadlines(since).map(|(_, closes)| closes)
    }
}
