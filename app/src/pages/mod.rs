//! One file per page, named after what the page is for. The routes themselves are in `app.rs`:
//!
//! | route    | page                           |
//! |----------|--------------------------------|
//! | `/`      | [`home::HomePage`]             |
//! | `/lapor` | [`file_complaint::FileComplaintPage`] |
//! | `/lapor/terkirim/:code` | [`receipt::ReceiptPage`] |
//! | `/statistik` | [`statistics::StatisticsPage`] |
//! | `/aduan` | [`public_list::PublicListPage`] |
//! | `/privasi` | [`privacy::PrivacyPage`] |
//! | `/lacak` | [`track::TrackLookupPage`] |
//! | `/lacak/:code` | [`track::TrackingPage`] |
//! | `/petugas/masuk` | [`desk::login::DeskLoginPage`] |
//! | `/petugas` | [`desk::queue::DeskQueuePage`] |
//! | `/petugas/aduan/:code` | [`desk::complaint::DeskComplaintPage`] |
//! | `/petugas/laporan` | [`desk::report::DeskReportPage`] |
//! | `/petugas/laporan/harian` | [`desk::recap::DeskDailyReportPage`] |
//! | `/petugas/laporan/bulanan` | [`desk::recap::DeskMonthlyRecapPage`] |

pub mod desk;
pub mod file_complaint;
pub mod home;
pub mod privacy;
pub mod public_list;
pub mod receipt;
pub mod statistics;
pub mod track;
