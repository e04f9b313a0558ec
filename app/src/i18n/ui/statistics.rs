//! The public statistics page.

use crate::i18n::Text;

/// Statistics page heading.
pub const STATS_HEADING: Text = Text {
    id: "Statistik pengaduan",
    en: "Complaint statistics",
};
/// Statistics page: what it shows.
pub const STATS_INTRO: Text = Text {
    id: "Bagaimana pengaduan masyarakat ditangani. Tidak ada data pribadi yang ditampilkan.",
    en: "How public complaints are handled. No personal data is shown.",
};
/// Period: year.
pub const STATS_YEAR: Text = Text {
    id: "Tahun",
    en: "Year",
};
/// Period: month.
pub const STATS_MONTH: Text = Text {
    id: "Bulan",
    en: "Month",
};
/// Period: the whole year.
pub const STATS_WHOLE_YEAR: Text = Text {
    id: "Sepanjang tahun",
    en: "Whole year",
};
/// Period: show button.
pub const STATS_SHOW: Text = Text {
    id: "Tampilkan",
    en: "Show",
};
/// Complaints received.
pub const STATS_RECEIVED: Text = Text {
    id: "Aduan diterima",
    en: "Complaints received",
};
/// Mean rating of confirmed answers.
pub const STATS_MEAN_RATING: Text = Text {
    id: "Rata-rata penilaian pelapor",
    en: "Reporters' mean rating",
};
/// Share reopened by reporters.
pub const STATS_REOPEN_RATE: Text = Text {
    id: "Dibuka kembali oleh pelapor",
    en: "Reopened by reporters",
};
/// The disclosure rule, {n} is the threshold.
pub const STATS_SUPPRESSION: Text = Text {
    id: "Jumlah di bawah {n} ditampilkan sebagai < {n}, bersama satu jumlah lain bila perlu, dan jumlah lain dibulatkan ke bawah ke kelipatan 5 (sehingga tidak selalu pas dengan totalnya), agar tidak ada pelapor yang dapat dikenali.",
    en: "Counts under {n} are shown as < {n}, together with one more count where needed, and other counts are rounded down to a multiple of 5 (so they may not add up to their total), so no reporter can be picked out.",
};
/// Table: by month.
pub const STATS_BY_MONTH: Text = Text {
    id: "Per bulan",
    en: "By month",
};
/// Table: by status.
pub const STATS_BY_STATUS: Text = Text {
    id: "Per status",
    en: "By status",
};
/// Table: by category.
pub const STATS_BY_CATEGORY: Text = Text {
    id: "Per kategori",
    en: "By category",
};
/// Table: by agency.
pub const STATS_BY_AGENCY: Text = Text {
    id: "Per perangkat daerah",
    en: "By agency",
};
/// Table: by channel.
pub const STATS_BY_CHANNEL: Text = Text {
    id: "Per kanal",
    en: "By channel",
};
/// A row without a value (no category, not yet dispatched).
pub const STATS_NONE: Text = Text {
    id: "Belum ditentukan",
    en: "Not set",
};
/// Open data links.
pub const STATS_OPEN_DATA: Text = Text {
    id: "Data terbuka:",
    en: "Open data:",
};
/// Period: a quarter.
pub const STATS_QUARTER: Text = Text {
    id: "Triwulan",
    en: "Quarter",
};
/// Period: no quarter chosen.
pub const STATS_NO_QUARTER: Text = Text {
    id: "—", en: "—"
};
/// Period: custom days, first.
pub const STATS_FROM: Text = Text {
    id: "Dari tanggal",
    en: "From",
};
/// Period: custom days, last.
pub const STATS_TO: Text = Text {
    id: "Sampai tanggal",
    en: "To",
};
/// Under the custom dates: they are widened to whole weeks.
pub const STATS_WHOLE_WEEKS: Text = Text {
    id: "Periode bebas dibulatkan ke minggu penuh (Senin sampai Minggu), agar tidak ada aduan yang dapat ditelusuri ke harinya.",
    en: "Custom periods are widened to whole weeks (Monday to Sunday), so that no complaint can be traced to its day.",
};
/// Period shown, followed by its dates.
pub const STATS_PERIOD: Text = Text {
    id: "Periode",
    en: "Period",
};
/// Table: by district.
pub const STATS_BY_DISTRICT: Text = Text {
    id: "Per kecamatan",
    en: "By district",
};
/// Table: the reporters' verdicts.
pub const STATS_VERDICTS: Text = Text {
    id: "Tanggapan pelapor atas jawaban",
    en: "Reporters' verdicts on answers",
};
/// Verdict: confirmed.
pub const STATS_VERDICT_CONFIRMED: Text = Text {
    id: "Dikonfirmasi selesai",
    en: "Confirmed",
};
/// Verdict: rejected.
pub const STATS_VERDICT_REJECTED: Text = Text {
    id: "Ditolak (dibuka kembali)",
    en: "Rejected (reopened)",
};
/// Verdict: none given.
pub const STATS_VERDICT_NO_ANSWER: Text = Text {
    id: "Ditutup tanpa tanggapan pelapor",
    en: "Closed without the reporter's word",
};
/// Figure: time to first response.
pub const STATS_FIRST_RESPONSE: Text = Text {
    id: "Waktu sampai respons pertama petugas",
    en: "Time to the officers' first response",
};
/// Figure: time to validated answer.
pub const STATS_ANSWER_TIME: Text = Text {
    id: "Waktu sampai jawaban tervalidasi",
    en: "Time to a validated answer",
};
/// Figure: median.
pub const STATS_MEDIAN: Text = Text {
    id: "Median",
    en: "Median",
};
/// Figure: 90th percentile.
pub const STATS_P90: Text = Text {
    id: "9 dari 10 dalam",
    en: "9 in 10 within",
};
/// Compliance section heading.
pub const STATS_COMPLIANCE: Text = Text {
    id: "Ketepatan waktu perangkat daerah (sesuai standar SOP)",
    en: "Agencies keeping to the SOP's time standards",
};
/// Compliance section: what counts.
pub const STATS_COMPLIANCE_HINT: Text = Text {
    id: "Hanya tahap yang tenggatnya sudah lewat, dan hanya bila ada sedikitnya 20 tahap, agar sampel kecil atau baru tidak memberi peringkat.",
    en: "Only steps whose deadline has passed, and only with at least 20 of them, so a young or tiny sample does not rank an agency.",
};
/// Compliance column: acceptance.
pub const STATS_COMPLIANCE_ACCEPTANCE: Text = Text {
    id: "Respons pertama tepat waktu",
    en: "First response in time",
};
/// Compliance column: resolution.
pub const STATS_COMPLIANCE_RESOLUTION: Text = Text {
    id: "Jawaban tepat waktu",
    en: "Answer in time",
};
/// Compliance: no agency has enough steps.
pub const STATS_COMPLIANCE_EMPTY: Text = Text {
    id: "Belum ada perangkat daerah dengan cukup data pada periode ini.",
    en: "No agency has enough data in this period yet.",
};
/// Trend chart heading.
pub const STATS_TREND: Text = Text {
    id: "Tren aduan per bulan",
    en: "Monthly trend",
};
/// Public list link.
pub const STATS_LIST_LINK: Text = Text {
    id: "Lihat daftar aduan publik",
    en: "See the public list of complaints",
};
/// Satisfaction index: heading.
pub const STATS_IKM: Text = Text {
    id: "Indeks Kepuasan Masyarakat (IKM)",
    en: "Public satisfaction index (IKM)",
};
/// Satisfaction index: how it is made; `{months}` and `{n}` are replaced.
pub const STATS_IKM_HINT: Text = Text {
    id: "Dari Survei Kepuasan Masyarakat (PermenPANRB 14/2017) yang diisi pelapor setelah aduannya dijawab dan ditutup: sembilan unsur, skala 1–4, indeks = rata-rata tertimbang × 25. Dihitung menurut bulan pengisian ({months}); hanya ditampilkan bila sedikitnya {n} orang menjawab. Jumlah responden dibulatkan ke bawah ke kelipatan 5.",
    en: "From the public satisfaction survey (PermenPANRB 14/2017) reporters answer once their complaint was answered and closed: nine elements, scale 1–4, index = weighted mean × 25. Counted by the month answered ({months}); shown only when at least {n} people answered. Respondent counts are rounded down to a multiple of 5.",
};
/// Satisfaction index: too few answered.
pub const STATS_IKM_EMPTY: Text = Text {
    id: "Belum cukup responden pada bulan-bulan ini untuk menerbitkan indeks.",
    en: "Too few people answered in these months to publish an index.",
};
/// Satisfaction index: the service unit's grade, `{grade}` and `{label}` replaced.
pub const STATS_IKM_GRADE: Text = Text {
    id: "Mutu pelayanan {grade} ({label})",
    en: "Service quality {grade} ({label})",
};
/// Satisfaction index: respondents against the minimum sample; `{n}` and `{min}` replaced.
pub const STATS_IKM_SAMPLE: Text = Text {
    id: "{n} responden; sampel minimum {min}",
    en: "{n} respondents; minimum sample {min}",
};
/// Satisfaction index: the sample is below the regulation's minimum.
pub const STATS_IKM_BELOW_MINIMUM: Text = Text {
    id: "di bawah sampel minimum",
    en: "below the minimum sample",
};
/// Satisfaction index: the elements table's column.
pub const STATS_IKM_ELEMENT: Text = Text {
    id: "Unsur pelayanan",
    en: "Service element",
};
/// Satisfaction index: an element's mean score column.
pub const STATS_IKM_MEAN: Text = Text {
    id: "Nilai rata-rata (1–4)",
    en: "Mean score (1–4)",
};
/// Satisfaction index: the agencies table's columns.
pub const STATS_IKM_AGENCY: Text = Text {
    id: "Perangkat daerah",
    en: "Agency",
};
/// Satisfaction index: the index and grade column.
pub const STATS_IKM_INDEX: Text = Text {
    id: "IKM (mutu)",
    en: "Index (grade)",
};
/// Satisfaction index: the regulation's grades.
pub const STATS_IKM_GRADES: Text = Text {
    id: "Mutu pelayanan: A sangat baik (88,31–100), B baik (76,61–88,30), C kurang baik (65,00–76,60), D tidak baik (25,00–64,99).",
    en: "Service quality: A very good (88.31–100), B good (76.61–88.30), C poor (65.00–76.60), D very poor (25.00–64.99).",
};
/// Satisfaction index: the respondents and minimum sample column.
pub const STATS_IKM_RESPONDENTS: Text = Text {
    id: "Responden / minimum",
    en: "Answered / minimum",
};
