//! What the site's form posts, redirects and pages agree on, compiled for the server and the
//! browser alike: the names of cookies and form fields, and the codes a redirect's query carries
//! back to a page (`galat`: what went wrong; `selesai`: what was done), which the page explains
//! in the reader's language.

/// Cookie carrying `CODE.PIN` from the filing to the receipt page, once.
pub const RECEIPT_COOKIE: &str = "aduan_receipt";

/// The form field that carries photos in the forms beside the filing form: a rejection's, an
/// agency's answer, a field report.
pub const PHOTO_FIELD: &str = "foto";

/// The `galat` (problem) codes of the desk's endpoints.
pub mod desk_problem {
    /// Username, password or code wrong.
    pub const WRONG: &str = "salah";
    /// Too many login attempts.
    pub const LIMITED: &str = "batas";
    /// Another officer acted first.
    pub const STALE: &str = "berubah";
}

/// The `galat` codes the account set-up pages explain.
pub mod setup_problem {
    /// The username or set-up code is wrong, or the code was used or is too old.
    pub const CODE: &str = "kode";
    /// The two passwords differ.
    pub const MISMATCH: &str = "beda";
    /// Too many tries.
    pub const LIMITED: &str = "batas";
    /// The current password is wrong.
    pub const CURRENT: &str = "sandi";
}

/// The `galat` (error) codes the tracking pages explain.
pub mod track_problem {
    /// The code or PIN does not match.
    pub const WRONG: &str = "salah";
    /// Too many attempts.
    pub const LIMITED: &str = "batas";
    /// Too many wrong PINs for this complaint: locked for the day.
    pub const LOCKED: &str = "terkunci";
    /// The action no longer applies to the complaint.
    pub const NOT_POSSIBLE: &str = "tidak_berlaku";
}

/// The `selesai` (done) codes the tracking page thanks the reporter for.
pub mod track_done {
    /// Confirmed.
    pub const CONFIRMED: &str = "konfirmasi";
    /// Rejected and reopened.
    pub const REJECTED: &str = "tolak";
    /// Withdrawn.
    pub const WITHDRAWN: &str = "cabut";
    /// Corrected and sent again.
    pub const RESUBMITTED: &str = "lengkap";
    /// Asked for personal details to be removed.
    pub const REDACTION_ASKED: &str = "sensor";
}
