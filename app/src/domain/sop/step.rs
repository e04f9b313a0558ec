//! The steps of handling a complaint that an SOP gives a time, and the step each status is in.

use crate::domain::status::Status;
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// A step of handling a complaint that an SOP gives a time. The first seven are the clocks of
/// the [`Status`]es (see [`step_for`]), then the reminder to a silent reporter; the rest are the
/// desk's chores around them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The main desk checks a new complaint is complete and clear, then returns, escalates or
    /// (where the SOP does both in one row) dispatches it. Clock of [`Status::Submitted`].
    Verification,
    /// The main desk dispatches a verified complaint to an agency. Clock of
    /// [`Status::Verified`].
    Dispatch,
    /// The agency accepts the dispatch (or returns it) and gives its first response. Clock of
    /// [`Status::Dispatched`].
    AgencyAcceptance,
    /// The agency works out its answer, including its internal memos, instructions and field
    /// checks, until the answer reaches the main desk. Clock of [`Status::InProgress`].
    Resolution,
    /// The head of the agency approves the drafted answer or returns it for revision, and the
    /// approved answer is passed on to the main desk. Clock of [`Status::AwaitingApproval`].
    Approval,
    /// The main desk checks the answer's substance and validates or sends it back. Clock of
    /// [`Status::ResolutionProposed`].
    Validation,
    /// The reporter confirms or rejects the answer. Clock of [`Status::AwaitingReporter`].
    ReporterConfirmation,
    /// After the confirmation period, a reminder goes out; when this runs out too, the
    /// complaint closes without answer.
    ReporterReminder,
    /// A complaint arrives and is recorded (by the system or the desk).
    Intake,
    /// The desk enters a complaint received on another channel (WhatsApp, social media) into the
    /// portal.
    ChannelInput,
    /// The desk enters a complaint outside its jurisdiction into SP4N-LAPOR!.
    Escalation,
    /// The desk reminds an agency that has not responded.
    AgencyReminder,
    /// The desk passes the answer to the reporter on the channel the complaint came by.
    ReporterNotification,
    /// The desk closes a finished complaint.
    Closing,
    /// The desk sends the monitoring-and-evaluation report (monev) to the agencies.
    MonitoringReport,
}

impl Step {
    /// Every step.
    pub const ALL: [Step; 15] = [
        Step::Verification,
        Step::Dispatch,
        Step::AgencyAcceptance,
        Step::Resolution,
        Step::Approval,
        Step::Validation,
        Step::ReporterConfirmation,
        Step::ReporterReminder,
        Step::Intake,
        Step::ChannelInput,
        Step::Escalation,
        Step::AgencyReminder,
        Step::ReporterNotification,
        Step::Closing,
        Step::MonitoringReport,
    ];

    /// The stable snake_case code, as in JSON and the statistics, e.g. `"agency_acceptance"`.
    pub const fn code(self) -> &'static str {
        match self {
            Step::Verification => "verification",
            Step::Dispatch => "dispatch",
            Step::AgencyAcceptance => "agency_acceptance",
            Step::Resolution => "resolution",
            Step::Approval => "approval",
            Step::Validation => "validation",
            Step::ReporterConfirmation => "reporter_confirmation",
            Step::ReporterReminder => "reporter_reminder",
            Step::Intake => "intake",
            Step::ChannelInput => "channel_input",
            Step::Escalation => "escalation",
            Step::AgencyReminder => "agency_reminder",
            Step::ReporterNotification => "reporter_notification",
            Step::Closing => "closing",
            Step::MonitoringReport => "monitoring_report",
        }
    }

    /// The step's name for dashboards.
    pub const fn label(self) -> Text {
        match self {
            Step::Verification => Text::new("Verifikasi aduan", "Verification"),
            Step::Dispatch => Text::new("Disposisi ke perangkat daerah", "Dispatch to the agency"),
            Step::AgencyAcceptance => Text::new(
                "Penerimaan dan respon pertama OPD",
                "Agency acceptance and first response",
            ),
            Step::Resolution => Text::new("Tindak lanjut OPD", "Agency's follow-up"),
            Step::Approval => Text::new(
                "Pengesahan jawaban oleh kepala OPD",
                "Agency head's approval of the answer",
            ),
            Step::Validation => {
                Text::new("Validasi hasil tindak lanjut", "Validation of the answer")
            }
            Step::ReporterConfirmation => {
                Text::new("Konfirmasi pelapor", "Reporter's confirmation")
            }
            Step::ReporterReminder => {
                Text::new("Pengingat kepada pelapor", "Reminder to the reporter")
            }
            Step::Intake => Text::new("Penerimaan aduan", "Intake"),
            Step::ChannelInput => {
                Text::new("Input aduan dari kanal lain", "Entering channel complaints")
            }
            Step::Escalation => Text::new("Entri ke SP4N-LAPOR!", "Entry into SP4N-LAPOR!"),
            Step::AgencyReminder => Text::new("Pengingat kepada OPD", "Reminder to the agency"),
            Step::ReporterNotification => Text::new(
                "Penyampaian jawaban kepada pelapor",
                "Answer passed to the reporter",
            ),
            Step::Closing => Text::new("Penutupan aduan", "Closing"),
            Step::MonitoringReport => Text::new("Laporan monev", "Monitoring report"),
        }
    }
}

/// The step whose clock runs while a complaint is in `status`, counted from when it entered it;
/// `None` when no one but the reporter is waited for (returned, asked for more information) or
/// the complaint is finished.
pub const fn step_for(status: Status) -> Option<Step> {
    match status {
        Status::Submitted => Some(Step::Verification),
        Status::Verified => Some(Step::Dispatch),
        Status::Dispatched => Some(Step::AgencyAcceptance),
        Status::InProgress => Some(Step::Resolution),
        Status::AwaitingApproval => Some(Step::Approval),
        Status::ResolutionProposed => Some(Step::Validation),
        Status::AwaitingReporter => Some(Step::ReporterConfirmation),
        Status::ReturnedToReporter
        | Status::AwaitingClarification
        | Status::Closed(_)
        | Status::Escalated => None,
    }
}

impl Status {
    /// The step whose clock runs in this status; see [`step_for`].
    pub const fn current_step(self) -> Option<Step> {
        step_for(self)
    }
}
