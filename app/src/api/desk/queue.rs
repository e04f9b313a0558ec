//! The officer's queue: tabs with counts, filters and order from the page's address, one page
//! of fifty, and the same complaints for the CSV export.
#![expect(
    missing_docs,
    reason = "#[server] generates a public argument struct whose fields cannot carry doc comments"
)]

use super::super::ApiError;
use super::OfficerSummary;
use crate::domain::status::Status;
use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One line of the queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    /// Tracking code.
    pub tracking_code: String,
    /// Title.
    pub title: String,
    /// Status.
    pub status: Status,
    /// When it was filed, in the desk's time zone.
    pub filed_at: DateTime<FixedOffset>,
    /// When the current step is due.
    pub deadline: Option<DateTime<FixedOffset>>,
    /// Past its deadline.
    pub overdue: bool,
    /// Due today.
    pub due_today: bool,
    /// Whether this officer has an action to take now.
    pub waiting_for_me: bool,
    /// The agency's name.
    pub agency: Option<String>,
    /// The category's name in each language (Indonesian, English).
    pub category: Option<(String, String)>,
    /// The officer it is assigned to, by name.
    pub assignee: Option<String>,
    /// Whether it is assigned to the officer looking.
    pub assigned_to_me: bool,
    /// Times reopened by the reporter.
    pub reopen_count: u32,
    /// The office watching over it after repeated rejections, if it is.
    pub oversight: Option<String>,
}

impl QueueItem {
    /// Whole days since it was filed, at `now`.
    pub fn age_days(&self, now: DateTime<FixedOffset>) -> i64 {
        (now - self.filed_at).num_days().max(0)
    }
}

/// The queue's tabs: each a view of the complaints the filters leave, counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QueueTab {
    /// Every complaint the filters leave.
    All,
    /// Those assigned to this officer.
    Assigned,
    /// Those this officer has a step to take on now.
    Mine,
    /// Those past their step's deadline.
    Overdue,
    /// Those with an agency (dispatched, in progress).
    AtAgencies,
    /// Those returned to the reporter to complete.
    Returned,
}

impl QueueTab {
    /// Every tab, in the order the page shows them.
    pub const ALL: [QueueTab; 6] = [
        QueueTab::All,
        QueueTab::Assigned,
        QueueTab::Mine,
        QueueTab::Overdue,
        QueueTab::AtAgencies,
        QueueTab::Returned,
    ];

    /// Its code in the page's address (`tab=`).
    pub const fn code(self) -> &'static str {
        match self {
            QueueTab::All => "semua",
            QueueTab::Assigned => "tugas-saya",
            QueueTab::Mine => "saya",
            QueueTab::Overdue => "terlambat",
            QueueTab::AtAgencies => "di-opd",
            QueueTab::Returned => "dikembalikan",
        }
    }

    /// The tab with this code; the first one otherwise.
    pub fn parse(code: Option<&str>) -> QueueTab {
        QueueTab::ALL
            .into_iter()
            .find(|tab| Some(tab.code()) == code)
            .unwrap_or(QueueTab::All)
    }

    /// What it is called.
    pub const fn label(self) -> crate::i18n::Text {
        use crate::i18n::ui;
        match self {
            QueueTab::All => ui::QUEUE_TAB_ALL,
            QueueTab::Assigned => ui::QUEUE_TAB_ASSIGNED,
            QueueTab::Mine => ui::DESK_WAITING_FOR_YOU,
            QueueTab::Overdue => ui::DESK_OVERDUE,
            QueueTab::AtAgencies => ui::QUEUE_TAB_AT_AGENCIES,
            QueueTab::Returned => ui::QUEUE_TAB_RETURNED,
        }
    }

    /// Whether `item` is in this tab.
    pub fn holds(self, item: &QueueItem) -> bool {
        match self {
            QueueTab::All => true,
            QueueTab::Assigned => item.assigned_to_me,
            QueueTab::Mine => item.waiting_for_me,
            QueueTab::Overdue => item.overdue,
            QueueTab::AtAgencies => matches!(item.status, Status::Dispatched | Status::InProgress),
            QueueTab::Returned => item.status == Status::ReturnedToReporter,
        }
    }
}

/// The queue's orders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QueueSort {
    /// Waiting for this officer first, then the nearest deadline.
    Deadline,
    /// The longest waiting first (filed earliest).
    Oldest,
    /// The newest first.
    Newest,
}

impl QueueSort {
    /// Every order, the default first.
    pub const ALL: [QueueSort; 3] = [QueueSort::Deadline, QueueSort::Oldest, QueueSort::Newest];

    /// Its code in the page's address (`urut=`).
    pub const fn code(self) -> &'static str {
        match self {
            QueueSort::Deadline => "tenggat",
            QueueSort::Oldest => "lama",
            QueueSort::Newest => "baru",
        }
    }

    /// The order with this code; the default otherwise.
    pub fn parse(code: Option<&str>) -> QueueSort {
        QueueSort::ALL
            .into_iter()
            .find(|sort| Some(sort.code()) == code)
            .unwrap_or(QueueSort::Deadline)
    }

    /// What it is called.
    pub const fn label(self) -> crate::i18n::Text {
        use crate::i18n::ui;
        match self {
            QueueSort::Deadline => ui::QUEUE_SORT_DEADLINE,
            QueueSort::Oldest => ui::QUEUE_SORT_OLDEST,
            QueueSort::Newest => ui::QUEUE_SORT_NEWEST,
        }
    }

    /// Puts `items` in this order.
    pub fn apply(self, items: &mut [QueueItem]) {
        match self {
            QueueSort::Deadline => items.sort_by(|a, b| {
                b.waiting_for_me.cmp(&a.waiting_for_me).then_with(|| {
                    match (a.deadline, b.deadline) {
                        (Some(a), Some(b)) => a.cmp(&b),
                        (Some(_), None) => std::cmp::Ordering::Less,
                        (None, Some(_)) => std::cmp::Ordering::Greater,
                        (None, None) => a.filed_at.cmp(&b.filed_at),
                    }
                })
            }),
            QueueSort::Oldest => items.sort_by_key(|item| item.filed_at),
            QueueSort::Newest => items.sort_by_key(|item| std::cmp::Reverse(item.filed_at)),
        }
    }
}

/// Complaints on one page of the queue.
pub const QUEUE_PAGE_SIZE: usize = 50;

/// The officer's queue: one page of one tab.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Queue {
    /// Who is looking.
    pub officer: OfficerSummary,
    /// The complaints of this page, in the chosen order.
    pub items: Vec<QueueItem>,
    /// The words searched for, to show in the search field again.
    pub search: Option<String>,
    /// Each tab with how many complaints it holds under the filters.
    pub tabs: Vec<(QueueTab, usize)>,
    /// The tab shown.
    pub tab: QueueTab,
    /// The page shown, from 1.
    pub page: usize,
    /// How many pages the tab has (at least 1).
    pub pages: usize,
    /// The desk's time now, for the complaints' ages.
    pub now: DateTime<FixedOffset>,
    /// The year whose days off nobody entered, when it runs or begins soon: shown to the main
    /// desk and the system administrator, who mend it.
    #[serde(default)]
    pub calendar_gap: Option<crate::domain::sop::CalendarGap>,
}

/// The queue page's filters, as typed (empty: any).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueQuery {
    /// A status code.
    pub status: Option<String>,
    /// Words in the title or text (machine clients; the queue page sends `search_handle`).
    pub search: Option<String>,
    /// The handle the queue page's search was kept under (`q`): the words never travel in a URL.
    #[serde(default)]
    pub search_handle: Option<String>,
    /// A category code.
    pub category: Option<String>,
    /// An agency code (the main desk's filter).
    pub agency: Option<String>,
    /// A channel code.
    pub channel: Option<String>,
    /// Filed on or after this day (`YYYY-MM-DD`, the desk's time zone).
    pub from: Option<String>,
    /// Filed on or before this day.
    pub to: Option<String>,
    /// The tab's code ([`QueueTab::code`]).
    #[serde(default)]
    pub tab: Option<String>,
    /// The order's code ([`QueueSort::code`]).
    #[serde(default)]
    pub sort: Option<String>,
    /// The page, from 1.
    #[serde(default)]
    pub page: Option<usize>,
}

impl QueueQuery {
    /// The names each filter has in the queue page's address, in order.
    const NAMES: [&'static str; 10] = [
        "status", "q", "kategori", "opd", "kanal", "dari", "sampai", "tab", "urut", "halaman",
    ];

    /// The filters in the queue page's address, read through `get` (a name's value, if any).
    pub fn from_address(get: impl Fn(&str) -> Option<String>) -> QueueQuery {
        let given = |name: &str| get(name).filter(|value| !value.trim().is_empty());
        QueueQuery {
            status: given("status"),
            search: None,
            search_handle: given("q"),
            category: given("kategori"),
            agency: given("opd"),
            channel: given("kanal"),
            from: given("dari"),
            to: given("sampai"),
            tab: given("tab"),
            sort: given("urut"),
            page: given("halaman").and_then(|page| page.parse().ok()),
        }
    }

    /// The filters as the queue page's address writes them (`status=…&q=…`, the search's handle,
    /// never its words), with `tab` and `page` in place of this query's.
    pub fn address(&self, tab: Option<QueueTab>, page: Option<usize>) -> String {
        let values = [
            self.status.clone(),
            self.search_handle.clone(),
            self.category.clone(),
            self.agency.clone(),
            self.channel.clone(),
            self.from.clone(),
            self.to.clone(),
            tab.filter(|tab| *tab != QueueTab::All)
                .map(|tab| tab.code().to_owned()),
            self.sort.clone(),
            page.filter(|page| *page > 1).map(|page| page.to_string()),
        ];
        Self::NAMES
            .into_iter()
            .zip(values)
            .filter_map(|(name, value)| {
                value.map(|value| format!("{name}={}", crate::site::percent_encode(&value)))
            })
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// The signed-in officer's queue, narrowed by the queue page's filters (empty or absent: any):
/// one page of the chosen tab, in the chosen order, with every tab's count.
#[server(endpoint = "desk/queue")]
pub async fn desk_queue(filter: QueueQuery) -> Result<Queue, ApiError> {
    let (state, crate::auth::extract::Officer(officer)) =
        crate::api::extract::<crate::auth::extract::Officer>().await?;
    let tab = QueueTab::parse(filter.tab.as_deref());
    let page = filter.page.unwrap_or(1).max(1);
    let (items, search) = server::queue_items(&state, &officer, &filter).await?;
    let tabs = QueueTab::ALL
        .into_iter()
        .map(|tab| (tab, items.iter().filter(|item| tab.holds(item)).count()))
        .collect();
    let held: Vec<QueueItem> = items.into_iter().filter(|item| tab.holds(item)).collect();
    let pages = held.len().div_ceil(QUEUE_PAGE_SIZE).max(1);
    let page = page.min(pages);
    Ok(Queue {
        officer: OfficerSummary::of(&officer),
        items: held
            .into_iter()
            .skip((page - 1) * QUEUE_PAGE_SIZE)
            .take(QUEUE_PAGE_SIZE)
            .collect(),
        search,
        tabs,
        tab,
        page,
        pages,
        now: chrono::Utc::now().with_timezone(&state.utc_offset),
        calendar_gap: matches!(
            officer.scope.role,
            crate::domain::officer::OfficerRole::MainDesk
                | crate::domain::officer::OfficerRole::SystemAdmin
        )
        .then(|| state.sop.get().calendar.gap(state.today()))
        .flatten(),
    })
}

/// What the queue's server function and its CSV export share.
#[cfg(feature = "ssr")]
pub mod server {
    use super::*;
    use crate::state::AppState;
    use crate::storage::officers::SessionOfficer;

    /// Every complaint of `officer`'s queue that `filter` leaves (all tabs, in its order), with
    /// the words searched for.
    pub async fn queue_items(
        state: &AppState,
        officer: &SessionOfficer,
        filter: &QueueQuery,
    ) -> Result<(Vec<QueueItem>, Option<String>), ApiError> {
        use crate::storage::desk::{self, QueueFilter};

        let given = |value: &Option<String>| {
            value
                .as_deref()
                .map(|value| value.trim().to_owned())
                .filter(|value| !value.is_empty())
        };
        let day = |value: &Option<String>, days_after: u64| {
            given(value)
                .map(|value| {
                    chrono::NaiveDate::parse_from_str(&value, "%Y-%m-%d")
                        .map_err(|_| ApiError::Validation(format!("not a date: {value:?}")))
                        .map(|date| {
                            (date + chrono::Days::new(days_after))
                                .and_time(chrono::NaiveTime::MIN)
                                .and_local_timezone(state.utc_offset)
                                .single()
                                .map(|at| at.with_timezone(&chrono::Utc))
                        })
                })
                .transpose()
                .map(Option::flatten)
        };
        let stored = QueueFilter {
            status: given(&filter.status)
                .map(|code| {
                    Status::parse_code(&code)
                        .ok_or_else(|| ApiError::Validation(format!("no status {code:?}")))
                })
                .transpose()?,
            search: match given(&filter.search_handle) {
                Some(handle) => {
                    desk::find_search(&state.db, &handle, officer.id, chrono::Utc::now())
                        .await
                        .map_err(crate::api::unexpected)?
                }
                None => given(&filter.search),
            },
            category: given(&filter.category),
            agency: given(&filter.agency),
            channel: given(&filter.channel),
            filed_from: day(&filter.from, 0)?,
            filed_before: day(&filter.to, 1)?,
        };
        let now = chrono::Utc::now().with_timezone(&state.utc_offset);
        let role = officer.scope.role.acting_role();
        let rows = desk::queue(&state.db, &officer.scope, &stored)
            .await
            .map_err(crate::api::unexpected)?;
        let mut items: Vec<QueueItem> = rows
            .into_iter()
            .map(|row| {
                // Timed by the version of the SOP it was filed under.
                let sop = state.sop.pinned(row.sop.as_ref());
                let deadline = sop.status_deadline(
                    row.status,
                    row.status_since.with_timezone(&state.utc_offset),
                );
                QueueItem {
                    tracking_code: row.tracking_code.to_string(),
                    title: row.title,
                    status: row.status,
                    filed_at: row.created_at.with_timezone(&state.utc_offset),
                    overdue: deadline.is_some_and(|deadline| deadline < now),
                    due_today: deadline.is_some_and(|deadline| {
                        deadline >= now && deadline.date_naive() == now.date_naive()
                    }),
                    deadline,
                    waiting_for_me: role.is_some_and(|role| row.status.waits_for(role)),
                    agency: row.agency_name,
                    category: row.category_name,
                    assigned_to_me: row
                        .assignee
                        .as_ref()
                        .is_some_and(|(id, _)| *id == officer.id),
                    assignee: row.assignee.map(|(_, name)| name),
                    oversight: sop
                        .watching(&crate::domain::status::ComplaintState::restore(
                            row.status,
                            row.reopen_count,
                        ))
                        .map(str::to_owned),
                    reopen_count: row.reopen_count,
                }
            })
            .collect();
        QueueSort::parse(filter.sort.as_deref()).apply(&mut items);
        Ok((items, stored.search))
    }
}
