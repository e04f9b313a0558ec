//! Server functions of the officers' desk. Each checks the session and the officer's scope on the
//! server: without a session they answer [`ApiError::Forbidden`], and a complaint outside the
//! officer's agency is [`ApiError::NotFound`], exactly like one that does not exist.
#![expect(
    missing_docs,
    reason = "#[server] generates a public argument struct whose fields cannot carry doc comments"
)]

use super::ApiError;
use crate::domain::desk_list::Choice;
use crate::domain::officer::OfficerRole;
use crate::domain::sop::TimeStandard;
use crate::domain::status::{ActionKind, Role, Status};
use crate::domain::timeline::EntryKind;
use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The signed-in officer, as pages show them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerSummary {
    /// Their name.
    pub display_name: String,
    /// Their role.
    pub role: OfficerRole,
    /// Their agency's code.
    pub agency: Option<String>,
}

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
}

/// What an officer may see of the reporter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReporterDetails {
    /// Name.
    pub name: String,
    /// Phone.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// NIK, masked (`3503••••••••0001`).
    pub nik_masked: String,
}

/// One timeline step, as officers see it (every note).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeskTimelineItem {
    /// When.
    pub at: DateTime<FixedOffset>,
    /// Who, by role.
    pub actor_role: Role,
    /// The officer who took it, by name, if an officer did.
    pub officer: Option<String>,
    /// What.
    pub kind: EntryKind,
    /// The status it led to.
    pub status_after: Status,
    /// The note.
    pub note: Option<String>,
    /// Addresses of the photos added with it.
    pub photos: Vec<String>,
}

/// A response template offered on a written step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateChoice {
    /// The step it fills.
    pub action: ActionKind,
    /// Its title.
    pub title: String,
    /// Its text.
    pub body: String,
}

/// A complaint on the desk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComplaintOnDesk {
    /// Who is looking.
    pub officer: OfficerSummary,
    /// Tracking code.
    pub tracking_code: String,
    /// Title.
    pub title: String,
    /// Text.
    pub content: String,
    /// Address of the incident.
    pub address: String,
    /// Latitude.
    pub latitude: f64,
    /// Longitude.
    pub longitude: f64,
    /// Status.
    pub status: Status,
    /// Visibility code: the reporter's wish before verification, the desk's decision after.
    pub visibility: String,
    /// Channel code.
    pub channel: String,
    /// Category code.
    pub category: Option<String>,
    /// The agency's name.
    pub agency: Option<String>,
    /// The reporter, unless the complaint is anonymous and the officer is not the main desk.
    pub reporter: Option<ReporterDetails>,
    /// Filed at.
    pub filed_at: DateTime<FixedOffset>,
    /// The current step's SOP standards.
    pub standards: Vec<TimeStandard>,
    /// The current step's deadline.
    pub deadline: Option<DateTime<FixedOffset>>,
    /// Times reopened.
    pub reopen_count: u32,
    /// The office watching over it after repeated rejections, if it is.
    pub oversight: Option<String>,
    /// The timeline.
    pub timeline: Vec<DeskTimelineItem>,
    /// Photo addresses.
    pub photos: Vec<String>,
    /// The title and text others see, when the desk removed personal details from them.
    pub public_text: Option<(String, String)>,
    /// The filed photos as the redaction form offers them: position, original's address, and
    /// the public copy's address if the desk made one.
    pub photo_copies: Vec<(u32, String, Option<String>)>,
    /// The reporter's unhandled requests to remove personal details (when, what): shown to the
    /// main desk only, since they may quote the very detail.
    pub redaction_requests: Vec<(DateTime<FixedOffset>, String)>,
    /// Whether this officer may set the public version of the title and text.
    pub can_redact: bool,
    /// The tracking code of the complaint this one was merged into, if it was.
    pub duplicate_of: Option<String>,
    /// The tracking codes of the complaints merged into this one.
    pub duplicates: Vec<String>,
    /// What this officer may do now.
    pub actions: Vec<ActionKind>,
    /// The records (internal note, field report) this officer may add now.
    pub records: Vec<EntryKind>,
    /// Ready texts for this officer's written steps, this category's first.
    pub templates: Vec<TemplateChoice>,
    /// The agencies: the dispatch form's choices, and the names of the timeline's dispatches.
    pub agencies: Vec<Choice>,
    /// The officer it is assigned to, by name.
    pub assignee: Option<String>,
    /// The officers this officer may give it to now (id, name): none when they may not assign.
    pub assignable: Vec<(i64, String)>,
    /// When tracking by PIN was locked for too many wrong PINs, if it was in the last day: the
    /// reporter was told; the desk can reassure them or help them in.
    pub pin_locked_at: Option<DateTime<FixedOffset>>,
}

#[cfg(feature = "ssr")]
impl OfficerSummary {
    /// `officer` as pages show them.
    pub fn of(officer: &crate::storage::officers::SessionOfficer) -> OfficerSummary {
        OfficerSummary {
            display_name: officer.display_name.clone(),
            role: officer.scope.role,
            agency: officer.scope.agency.clone(),
        }
    }
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

/// The signed-in officer, as pages show them.
#[server(endpoint = "desk/officer")]
pub async fn desk_officer() -> Result<OfficerSummary, ApiError> {
    let (_, crate::auth::extract::Officer(officer)) =
        super::extract::<crate::auth::extract::Officer>().await?;
    Ok(OfficerSummary::of(&officer))
}

/// The signed-in officer's queue, narrowed by the queue page's filters (empty or absent: any):
/// one page of the chosen tab, in the chosen order, with every tab's count.
#[server(endpoint = "desk/queue")]
pub async fn desk_queue(filter: QueueQuery) -> Result<Queue, ApiError> {
    let (state, crate::auth::extract::Officer(officer)) =
        super::extract::<crate::auth::extract::Officer>().await?;
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
                        .map_err(super::super::unexpected)?
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
        let sop = state.sop.get();
        let rows = desk::queue(&state.db, &officer.scope, &stored)
            .await
            .map_err(super::super::unexpected)?;
        let mut items: Vec<QueueItem> = rows
            .into_iter()
            .map(|row| {
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
                    waiting_for_me: role.is_some_and(|role| {
                        row.status.available_actions(role).into_iter().any(|kind| {
                            !matches!(kind, ActionKind::Withdraw | ActionKind::CloseNoAnswer)
                        })
                    }),
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

/// One complaint on the desk, for an officer who may see it.
#[server(endpoint = "desk/complaint")]
pub async fn desk_complaint(code: String) -> Result<ComplaintOnDesk, ApiError> {
    use crate::domain::complaint::Visibility;
    use crate::storage::{complaints, desk, desk_lists};

    let (state, crate::auth::extract::Officer(officer)) =
        super::extract::<crate::auth::extract::Officer>().await?;
    let code = crate::auth::scope::visible_complaint(&state, &officer, &code)
        .await
        .ok_or(ApiError::NotFound)?;
    let record = desk::find(&state.db, &code)
        .await
        .map_err(super::unexpected)?
        .ok_or(ApiError::NotFound)?;
    let timeline = complaints::timeline(&state.db, record.id)
        .await
        .map_err(super::unexpected)?;
    let main_desk = officer.scope.role == OfficerRole::MainDesk;
    let anonymous = record.visibility == Visibility::Anonymous.code();
    let reporter = (main_desk || !anonymous).then(|| ReporterDetails {
        name: record.reporter_name.clone(),
        phone: record.phone.clone(),
        email: record.email.clone(),
        nik_masked: state
            .protector
            .open_nik(&record.nik_sealed)
            .map(|nik| nik.masked())
            .unwrap_or_else(|_| "••••".to_owned()),
    });
    let actions: Vec<ActionKind> = officer
        .scope
        .role
        .acting_role()
        .map(|role| {
            record
                .status
                .available_actions(role)
                .into_iter()
                .filter(|kind| !matches!(kind, ActionKind::CloseNoAnswer))
                .collect()
        })
        .unwrap_or_default();
    let may_assign = officer.scope.role.acting_role().is_some_and(|role| {
        crate::domain::timeline::EntryKind::Assigned.may_record(role, record.status)
    });
    let assignable = if may_assign {
        crate::storage::officers::accounts(&state.db)
            .await
            .map_err(super::unexpected)?
            .into_iter()
            .filter(|account| account.active && officer.scope.may_assign_to(&account.scope))
            .map(|account| (account.id.0, account.display_name))
            .collect()
    } else {
        Vec::new()
    };
    let templates = crate::storage::templates::offered(&state.db, record.category.as_deref())
        .await
        .map_err(super::unexpected)?
        .into_iter()
        .filter(|template| actions.contains(&template.action))
        .map(|template| TemplateChoice {
            action: template.action,
            title: template.title,
            body: template.body,
        })
        .collect();
    // The dispatch form's choices, and the names the timeline gives its dispatches.
    let agencies = desk_lists::agencies(&state.db)
        .await
        .map_err(super::unexpected)?
        .into_iter()
        .map(Choice::from)
        .collect();
    let local = |at: chrono::DateTime<chrono::Utc>| at.with_timezone(&state.utc_offset);
    let pin_locked_at = crate::storage::reminders::pin_locked_since(
        &state.db,
        record.id,
        chrono::Utc::now() - chrono::Duration::days(1),
    )
    .await
    .map_err(super::unexpected)?
    .map(local);
    Ok(ComplaintOnDesk {
        pin_locked_at,
        officer: OfficerSummary::of(&officer),
        tracking_code: code.to_string(),
        title: record.title,
        content: record.content,
        address: record.address,
        latitude: record.latitude,
        longitude: record.longitude,
        status: record.status,
        visibility: record.visibility,
        channel: record.channel,
        category: record.category,
        agency: record.agency_name,
        reporter,
        filed_at: local(record.created_at),
        standards: record
            .status
            .current_step()
            .map(|step| state.sop.get().standards(step).collect())
            .unwrap_or_default(),
        deadline: state
            .sop
            .get()
            .status_deadline(record.status, local(record.status_since)),
        reopen_count: record.reopen_count,
        oversight: state
            .sop
            .get()
            .watching(&crate::domain::status::ComplaintState::restore(
                record.status,
                record.reopen_count,
            ))
            .map(str::to_owned),
        timeline: timeline
            .into_iter()
            .map(|entry| DeskTimelineItem {
                at: local(entry.at),
                actor_role: entry.actor_role,
                officer: entry.officer_name,
                kind: entry.kind,
                status_after: entry.status_after,
                note: entry.note,
                photos: entry
                    .photo_positions
                    .iter()
                    .map(|position| format!("/petugas/aduan/{code}/foto/{position}"))
                    .collect(),
            })
            .collect(),
        photos: record
            .photo_positions
            .iter()
            .map(|position| format!("/petugas/aduan/{code}/foto/{position}"))
            .collect(),
        public_text: record.public_text,
        photo_copies: record
            .photo_positions
            .iter()
            .map(|position| {
                let original = format!("/petugas/aduan/{code}/foto/{position}");
                let copy = record
                    .public_copies
                    .contains(position)
                    .then(|| format!("{original}?versi=umum"));
                (*position, original, copy)
            })
            .collect(),
        redaction_requests: if main_desk {
            record
                .redaction_requests
                .into_iter()
                .map(|request| (local(request.at), request.note))
                .collect()
        } else {
            Vec::new()
        },
        can_redact: main_desk,
        duplicate_of: record.duplicate_of,
        duplicates: record.duplicates,
        assignee: record.assignee,
        assignable,
        records: officer
            .scope
            .role
            .acting_role()
            .map(|role| {
                EntryKind::OFFICER_RECORDS
                    .into_iter()
                    .filter(|kind| kind.may_record(role, record.status))
                    .collect()
            })
            .unwrap_or_default(),
        templates,
        actions,
        agencies,
    })
}

/// The whole NIK of the complaint's reporter, for the main desk only; every reveal is recorded
/// (who, which complaint, when) before the NIK is returned.
#[server(endpoint = "desk/reveal-nik")]
pub async fn reveal_nik(code: String) -> Result<String, ApiError> {
    use crate::storage::desk;

    let (state, crate::auth::extract::Officer(officer)) =
        super::extract::<crate::auth::extract::Officer>().await?;
    if officer.scope.role != OfficerRole::MainDesk {
        return Err(ApiError::Forbidden);
    }
    let code = crate::auth::scope::visible_complaint(&state, &officer, &code)
        .await
        .ok_or(ApiError::NotFound)?;
    let record = desk::find(&state.db, &code)
        .await
        .map_err(super::unexpected)?
        .ok_or(ApiError::NotFound)?;
    let nik = state
        .protector
        .open_nik(&record.nik_sealed)
        .map_err(super::unexpected)?;
    desk::record_nik_reveal(&state.db, officer.id, record.id, chrono::Utc::now())
        .await
        .map_err(super::unexpected)?;
    tracing::info!(
        officer = officer.id.0,
        "NIK revealed (recorded on the complaint)"
    );
    Ok(nik.as_str().to_owned())
}

/// One agency's line of the bounce report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BounceLine {
    /// The agency's name.
    pub agency: String,
    /// Complaints dispatched to it.
    pub dispatched: u64,
    /// Dispatches it returned as not its business.
    pub returned: u64,
    /// Its answers the main desk sent back for fixing.
    pub sent_back: u64,
    /// Dispatches the main desk pulled back from it.
    pub recalled: u64,
    /// Reminders the main desk sent it.
    pub reminded: u64,
}

/// How often each agency bounced complaints in a period, for the main desk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BounceReport {
    /// Who is looking.
    pub officer: OfficerSummary,
    /// The period.
    pub period: crate::domain::period::Period,
    /// One line per agency that had any.
    pub lines: Vec<BounceLine>,
}

/// The bounce report of a year (`year`; this year when `None`) or one of its months, for the
/// main desk only.
#[server(endpoint = "desk/bounces")]
pub async fn desk_bounces(year: Option<i32>, month: Option<u32>) -> Result<BounceReport, ApiError> {
    use crate::storage::statistics;

    let (state, crate::auth::extract::Officer(officer)) =
        super::extract::<crate::auth::extract::Officer>().await?;
    if officer.scope.role != OfficerRole::MainDesk {
        return Err(ApiError::Forbidden);
    }
    let period = crate::domain::period::Period::of_or_this_year(year, month, state.this_year())
        .ok_or_else(|| ApiError::Validation("no such period".to_owned()))?;
    let (from, to) = period.instants(state.utc_offset);
    let lines = statistics::bounces(&state.db, from, to)
        .await
        .map_err(super::unexpected)?
        .into_iter()
        .map(|line| BounceLine {
            agency: line.agency,
            dispatched: line.dispatched,
            returned: line.returned,
            sent_back: line.sent_back,
            recalled: line.recalled,
            reminded: line.reminded,
        })
        .collect();
    Ok(BounceReport {
        officer: OfficerSummary::of(&officer),
        period,
        lines,
    })
}

/// A district the desk's intake offers, with its centroid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictChoice {
    /// Its code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Its centroid's latitude.
    pub latitude: f64,
    /// Its centroid's longitude.
    pub longitude: f64,
}

/// The districts, for the main desk's intake: a complaint that came without coordinates is
/// placed at its district's centroid.
#[server(endpoint = "desk/districts")]
pub async fn desk_districts() -> Result<Vec<DistrictChoice>, ApiError> {
    let (state, _) = super::extract::<crate::auth::extract::MainDesk>().await?;
    Ok(crate::storage::desk_lists::districts(&state.db)
        .await
        .map_err(super::unexpected)?
        .into_iter()
        .map(|district| DistrictChoice {
            code: district.code,
            name: district.name,
            latitude: district.latitude,
            longitude: district.longitude,
        })
        .collect())
}
