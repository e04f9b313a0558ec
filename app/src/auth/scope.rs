//! Which complaints an officer may open: the scope of their role, checked against the
//! complaint's dispatch record on every request.

use crate::domain::officer::Dispatch;
use crate::domain::tracking_code::TrackingCode;
use crate::state::AppState;
use crate::storage::complaints;
use crate::storage::officers::SessionOfficer;

/// The complaint's code, if it exists and the officer may see it; `None` alike for a code that
/// does not exist and one of another agency, so codes cannot be probed.
pub async fn visible_complaint(
    state: &AppState,
    officer: &SessionOfficer,
    code: &str,
) -> Option<TrackingCode> {
    let code = TrackingCode::parse(code).ok()?;
    let record = match complaints::dispatch_record(&state.db, &code).await {
        Ok(found) => found?,
        Err(error) => {
            tracing::error!(%error, "complaint look-up failed");
            return None;
        }
    };
    let record = record.iter().map(|(action, agency)| match action.as_str() {
        "dispatch" => Dispatch::To(agency.as_deref().unwrap_or_default()),
        _ => Dispatch::Returned,
    });
    if officer.scope.may_see(record) {
        Some(code)
    } else {
        tracing::warn!(
            officer = officer.id.0,
            "officer asked for a complaint outside their scope"
        );
        None
    }
}
