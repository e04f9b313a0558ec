//! What the site's form posts, redirects and pages agree on, compiled for the server and the
//! browser alike: the names of cookies and form fields, and the codes a redirect's query carries
//! back to a page (`galat`: what went wrong; `selesai`: what was done), which the page explains
//! in the reader's language.

/// Cookie carrying `CODE.PIN` from the filing to the receipt page, once.
pub const RECEIPT_COOKIE: &str = "aduan_receipt";

/// Where the citizens' language switch posts (`handlers::language`).
pub const LANGUAGE_PATH: &str = "/bahasa";

/// The privacy notice's own page (`pages::privacy`), which the form and the message channels
/// link to.
pub const PRIVACY_PATH: &str = "/privasi";

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
    /// Answered the agency's question.
    pub const CLARIFIED: &str = "keterangan";
    /// Withdrawn.
    pub const WITHDRAWN: &str = "cabut";
    /// Corrected and sent again.
    pub const RESUBMITTED: &str = "lengkap";
    /// Asked for personal details to be removed.
    pub const REDACTION_ASKED: &str = "sensor";
    /// Answered the satisfaction survey.
    pub const SURVEYED: &str = "survei";
    /// Asked for their personal data to be erased.
    pub const ERASURE_ASKED: &str = "hapus";
}

/// What `POST /lapor` answers a JSON client (the filing form's uploader asks with
/// `Accept: application/json`): the handler writes it and the page reads it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum FilingAnswer {
    /// Filed (`200`): where the receipt is.
    Filed {
        /// The complaint's tracking code.
        tracking_code: String,
        /// The receipt page, which shows the PIN once.
        receipt_url: String,
    },
    /// Refused for its fields (`422`): every problem, each with its message.
    Refused {
        /// One entry per field problem, in the form's order.
        errors: Vec<FieldProblem>,
    },
    /// Not filed for another reason (too many filings, a server failure): what to tell the
    /// reporter, whose draft stays in the browser.
    Failed {
        /// The message, in the reporter's language.
        message: String,
    },
}

/// One field's problem in a [`FilingAnswer::Refused`].
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FieldProblem {
    /// The form field's name (`nik`, `title` …).
    pub field: String,
    /// The problem's stable code (`nik.checksum` …).
    pub code: String,
    /// The message, in the reporter's language.
    pub message: String,
}

/// The desk's intake form's district field (`kecamatan`): where a complaint that came without
/// coordinates (a call, a letter, a visit) is placed, at the district's centroid.
pub const DISTRICT_FIELD: &str = "kecamatan";

/// The desk's intake form's field (`desa`) for the village a complaint is placed in.
pub const VILLAGE_FIELD: &str = "desa";

/// The desk's intake form's field (`diterima`) for when a complaint came in by its own channel.
pub const RECEIVED_FIELD: &str = "diterima";

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::{FieldProblem, FilingAnswer};

    #[test]
    fn the_filing_answer_reads_back_what_the_handler_writes() {
        let answers = [
            (
                FilingAnswer::Filed {
                    tracking_code: "ADU-7KQM-X3TB".into(),
                    receipt_url: "/lapor/terkirim/ADU-7KQM-X3TB".into(),
                },
                r#"{"tracking_code":"ADU-7KQM-X3TB","receipt_url":"/lapor/terkirim/ADU-7KQM-X3TB"}"#,
            ),
            (
                FilingAnswer::Refused {
                    errors: vec![FieldProblem {
                        field: "nik".into(),
                        code: "nik.checksum".into(),
                        message: "NIK tidak valid.".into(),
                    }],
                },
                r#"{"errors":[{"field":"nik","code":"nik.checksum","message":"NIK tidak valid."}]}"#,
            ),
            (
                FilingAnswer::Failed {
                    message: "Coba lagi nanti.".into(),
                },
                r#"{"message":"Coba lagi nanti."}"#,
            ),
        ];
        for (answer, wire) in answers {
            assert_eq!(serde_json::to_string(&answer).unwrap(), wire);
            assert_eq!(serde_json::from_str::<FilingAnswer>(wire).unwrap(), answer);
        }
        assert!(serde_json::from_str::<FilingAnswer>(r#"{"unexpected":1}"#).is_err());
    }
}
