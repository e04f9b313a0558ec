//! `/lacak` and `/lacak/:code`: the reporter follows a complaint and answers the desk's
//! resolution. The forms post to plain endpoints ([`crate::handlers::track`]), so they work before
//! the WebAssembly loads; the endpoints answer with a redirect back here, where `?selesai=` or
//! `?galat=` says how it went.

use crate::api::ApiError;
use crate::api::tracking::{SurveyOffer, TimelineItem, Tracking, track_complaint};
use crate::components::facts::ComplaintFacts;
use crate::components::language::{tr, use_locale};
use crate::components::photos::PhotoStrip;
use crate::domain::erasure::ErasureState;
use crate::domain::feedback::COMMENT_MAX_CHARS;
use crate::domain::status::{REASON_MAX_CHARS, REASON_MIN_CHARS};
use crate::i18n::moment::format_moment;
use crate::i18n::{Text, ui};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The `galat` (problem) and `selesai` (done) codes of the tracking endpoints, as texts.
fn notice(query_value: &str) -> Option<Text> {
    use crate::site::{track_done as done, track_problem as problem};
    match query_value {
        problem::WRONG => Some(ui::TRACK_WRONG),
        problem::LIMITED => Some(ui::TRACK_RATE_LIMITED),
        problem::LOCKED => Some(ui::TRACK_PIN_LOCKED),
        problem::NOT_POSSIBLE => Some(ui::TRACK_NOT_POSSIBLE),
        done::CONFIRMED => Some(ui::TRACK_DONE_CONFIRMED),
        done::REJECTED => Some(ui::TRACK_DONE_REJECTED),
        done::CLARIFIED => Some(ui::TRACK_DONE_CLARIFIED),
        done::WITHDRAWN => Some(ui::TRACK_DONE_WITHDRAWN),
        done::RESUBMITTED => Some(ui::TRACK_DONE_RESUBMITTED),
        done::REDACTION_ASKED => Some(ui::TRACK_DONE_REDACTION_ASKED),
        done::SURVEYED => Some(ui::TRACK_DONE_SURVEYED),
        done::ERASURE_ASKED => Some(ui::TRACK_DONE_ERASURE_ASKED),
        _ => None,
    }
}

/// `/lacak`: the tracking code and PIN form.
#[component]
pub fn TrackLookupPage() -> impl IntoView {
    let query = use_query_map();
    let code = query.read_untracked().get("kode").unwrap_or_default();
    let problem = query
        .read_untracked()
        .get("galat")
        .and_then(|value| notice(&value));
    view! {
        <Title text=tr(ui::TRACK_HEADING)/>
        <section class="track">
            <h1>{tr(ui::TRACK_HEADING)}</h1>
            <p>{tr(ui::TRACK_INTRO)}</p>
            <UnlockForm code problem/>
        </section>
    }
}

/// The code and PIN form, posting to `/lacak`.
#[component]
fn UnlockForm(code: String, problem: Option<Text>) -> impl IntoView {
    view! {
        <form class="track-form" method="post" action="/lacak">
            {problem
                .map(|text| {
                    view! {
                        <p class="problem" role="alert" data-testid="track-problem">
                            {tr(text)}
                        </p>
                    }
                })}
            <label for="kode">{tr(ui::TRACK_CODE_LABEL)}</label>
            <input
                id="kode"
                name="kode"
                value=code
                required
                autocomplete="off"
                autocapitalize="characters"
                spellcheck="false"
                placeholder="ADU-XXXX-XXXX"
            />
            <label for="pin">{tr(ui::TRACK_PIN_LABEL)}</label>
            <input
                id="pin"
                name="pin"
                type="text"
                inputmode="numeric"
                pattern="[0-9 ]{10,13}"
                maxlength="13"
                required
                autocomplete="off"
            />
            <button class="button primary" type="submit">
                {tr(ui::TRACK_SUBMIT)}
            </button>
        </form>
    }
}

/// `/lacak/:code`: the complaint's progress, or the PIN form when this browser has no access.
#[component]
pub fn TrackingPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let notice = move || {
        let query = query.read();
        query
            .get("selesai")
            .or_else(|| query.get("galat"))
            .and_then(|value| notice(&value))
    };
    let tracking = Resource::new(
        move || params.read().get("code").unwrap_or_default(),
        track_complaint,
    );

    view! {
        <Title text=tr(ui::TRACK_HEADING)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let code = params.read_untracked().get("code").unwrap_or_default();
                match tracking.await {
                    Ok(tracking) => {
                        view! {
                            {notice()
                                .map(|text| {
                                    view! {
                                        <p class="notice" role="status" data-testid="track-notice">
                                            {tr(text)}
                                        </p>
                                    }
                                })}
                            <TrackingView tracking/>
                        }
                            .into_any()
                    }
                    Err(ApiError::Forbidden | ApiError::NotFound) => {
                        view! {
                            <section class="track">
                                <h1>{tr(ui::TRACK_HEADING)}</h1>
                                <p>{tr(ui::TRACK_PIN_NEEDED)}</p>
                                <UnlockForm code problem=None/>
                            </section>
                        }
                            .into_any()
                    }
                    Err(_) => view! { <p>{tr(ui::TRACK_UNAVAILABLE)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The complaint's facts, its text and photos, the timeline and the reporter's choices.
#[component]
fn TrackingView(tracking: Tracking) -> impl IntoView {
    let locale = use_locale();
    let Tracking {
        tracking_code,
        title,
        content,
        address,
        status,
        filed_at,
        agency,
        standards,
        deadline,
        closes_at,
        reopen_count,
        oversight,
        rating,
        answer,
        timeline,
        photos,
        can_answer,
        can_withdraw,
        can_complete,
        question,
        public_text,
        redaction_pending,
        survey,
        erasure,
    } = tracking;
    let answer_url = format!("/lacak/{tracking_code}/jawab");
    let complete = can_complete.then(|| {
        view! {
            <CompleteForm
                url=format!("/lacak/{tracking_code}/lengkapi")
                title=title.clone()
                content=content.clone()
                address=address.clone()
            />
        }
    });

    view! {
        <section class="tracking">
            <h1>{title}</h1>
            <p class="tracking-code" data-testid="tracking-code">
                {tracking_code.clone()}
            </p>
            <ComplaintFacts status filed_at agency standards deadline reopen_count>
                {closes_at
                    .map(|closes_at| {
                        view! {
                            <dt>{tr(ui::TRACK_CLOSES_AT)}</dt>
                            <dd data-testid="closes-at">
                                {crate::i18n::moment::format_moment(&closes_at)}
                            </dd>
                        }
                    })}
                {rating
                    .map(|rating| {
                        view! {
                            <dt>{tr(ui::TRACK_RATING)}</dt>
                            <dd>{format!("{rating}/5")}</dd>
                        }
                    })}
            </ComplaintFacts>
            {oversight
                .map(|office| {
                    view! {
                        <p class="notice" data-testid="oversight">
                            {move || ui::TRACK_OVERSIGHT.get(locale.get()).replace("{office}", &office)}
                        </p>
                    }
                })}
            {answer
                .map(|answer| {
                    view! {
                        <h2>{tr(ui::TRACK_ANSWER)}</h2>
                        <p class="complaint-text" data-testid="agency-answer">{answer}</p>
                    }
                })}
            {can_answer.then(|| view! { <AnswerForms url=answer_url.clone()/> })}
            {match survey {
                SurveyOffer::Open => {
                    Some(view! { <SurveyForm url=format!("/lacak/{tracking_code}/survei")/> }.into_any())
                }
                SurveyOffer::Answered => {
                    Some(
                        view! {
                            <p class="hint" data-testid="survey-answered">
                                {tr(ui::SURVEY_ANSWERED)}
                            </p>
                        }
                            .into_any(),
                    )
                }
                SurveyOffer::NotOffered => None,
            }}
            {question
                .map(|question| view! { <ClarifyForm url=answer_url.clone() question/> })}
            {complete}
            <h2>{tr(ui::TRACK_TIMELINE)}</h2>
            <ol class="timeline" data-testid="timeline">
                {timeline.into_iter().map(|item| view! { <TimelineRow item/> }).collect_view()}
            </ol>
            <h2>{tr(ui::TRACK_YOUR_COMPLAINT)}</h2>
            <p class="complaint-text">{content}</p>
            <p class="hint">{address}</p>
            {(!photos.is_empty()).then(|| view! { <h2>{tr(ui::TRACK_PHOTOS)}</h2> })}
            <PhotoStrip photos name="foto"/>
            <PublicVersion
                public_text
                pending=redaction_pending
                url=format!("/lacak/{tracking_code}/sensor")
            />
            <YourData code=tracking_code.clone() erasure offset=*filed_at.offset()/>
            {can_withdraw.then(|| view! { <WithdrawForm url=answer_url.clone()/> })}
        </section>
    }
    .into_any()
}

/// One step of the timeline.
#[component]
fn TimelineRow(item: TimelineItem) -> impl IntoView {
    let locale = use_locale();
    let kind = item.kind;
    let status = item.status_after;
    view! {
        <li>
            <time datetime=item.at.to_rfc3339()>{format_moment(&item.at)}</time>
            <strong>{move || kind.label().get(locale.get())}</strong>
            <span class="status-after">{move || status.label().get(locale.get())}</span>
            {item.note.map(|note| view! { <p class="note">{note}</p> })}
            <PhotoStrip
                photos=item.photos
                name=format!("riwayat-{}", item.at.timestamp_micros())
            />
        </li>
    }
}

/// The agency's question, and the reporter's answer to it (with a photo if it helps).
#[component]
fn ClarifyForm(url: String, question: String) -> impl IntoView {
    use crate::domain::status::CLARIFICATION_ANSWER_LABEL;
    view! {
        <section class="answer" data-testid="clarify">
            <h2>{tr(ui::TRACK_CLARIFY_HEADING)}</h2>
            <p class="complaint-text" data-testid="agency-question">{question}</p>
            <p>{tr(ui::TRACK_CLARIFY_INTRO)}</p>
            <form method="post" action=url enctype="multipart/form-data" class="track-form">
                <input type="hidden" name="keputusan" value=crate::site::track_done::CLARIFIED/>
                <label for="keterangan">{tr(CLARIFICATION_ANSWER_LABEL)}</label>
                <textarea
                    id="keterangan"
                    name="alasan"
                    rows="4"
                    required
                    minlength=REASON_MIN_CHARS.to_string()
                    maxlength=REASON_MAX_CHARS.to_string()
                ></textarea>
                <label for="foto-keterangan">{tr(ui::TRACK_CLARIFY_PHOTO)}</label>
                <input
                    id="foto-keterangan"
                    name=crate::site::PHOTO_FIELD
                    type="file"
                    accept="image/jpeg,image/png,image/webp"
                />
                <button class="button primary" type="submit">
                    {tr(ui::TRACK_CLARIFY_SEND)}
                </button>
            </form>
        </section>
    }
}

/// The satisfaction survey: the regulation's nine questions, each with its four answers (worst
/// first), every one required in the browser as on the server.
#[component]
fn SurveyForm(url: String) -> impl IntoView {
    use crate::domain::satisfaction::Element;
    let locale = use_locale();
    view! {
        <section class="answer survey" data-testid="survey">
            <h2>{tr(ui::SURVEY_HEADING)}</h2>
            <p>{tr(ui::SURVEY_INTRO)}</p>
            <form method="post" action=url class="track-form">
                {Element::ALL
                    .into_iter()
                    .map(|element| {
                        let field = element.field();
                        view! {
                            <fieldset class="survey-element">
                                <legend>
                                    <span class="survey-element-name">
                                        {move || element.name().get(locale.get())}
                                    </span>
                                    {move || element.question().get(locale.get())}
                                </legend>
                                {element
                                    .answers()
                                    .into_iter()
                                    .zip(1..)
                                    .map(|(answer, score)| {
                                        view! {
                                            <label class="choice">
                                                <input
                                                    type="radio"
                                                    name=field.clone()
                                                    value=score.to_string()
                                                    required
                                                />
                                                {move || answer.get(locale.get())}
                                            </label>
                                        }
                                    })
                                    .collect_view()}
                            </fieldset>
                        }
                    })
                    .collect_view()}
                <button class="button primary" type="submit">
                    {tr(ui::SURVEY_SEND)}
                </button>
            </form>
        </section>
    }
}

/// Confirm (with a comment) or reject (with a reason).
#[component]
fn AnswerForms(url: String) -> impl IntoView {
    view! {
        <section class="answer" data-testid="answer">
            <h2>{tr(ui::TRACK_ANSWER_HEADING)}</h2>
            <p>{tr(ui::TRACK_ANSWER_INTRO)}</p>
            <form method="post" action=url.clone() class="track-form">
                <input type="hidden" name="keputusan" value="konfirmasi"/>
                <label for="komentar">{tr(ui::TRACK_COMMENT)}</label>
                <textarea
                    id="komentar"
                    name="komentar"
                    rows="3"
                    maxlength=COMMENT_MAX_CHARS.to_string()
                ></textarea>
                <button class="button primary" type="submit">
                    {tr(ui::TRACK_CONFIRM)}
                </button>
            </form>
            <form method="post" action=url enctype="multipart/form-data" class="track-form">
                <input type="hidden" name="keputusan" value="tolak"/>
                <label for="alasan">{tr(ui::TRACK_REJECT_REASON)}</label>
                <textarea
                    id="alasan"
                    name="alasan"
                    rows="3"
                    required
                    minlength=REASON_MIN_CHARS.to_string()
                    maxlength=REASON_MAX_CHARS.to_string()
                ></textarea>
                <label for="foto">{tr(ui::TRACK_REJECT_PHOTO)}</label>
                <input
                    id="foto"
                    name=crate::site::PHOTO_FIELD
                    type="file"
                    accept="image/jpeg,image/png,image/webp"
                />
                <button class="button" type="submit">
                    {tr(ui::TRACK_REJECT)}
                </button>
            </form>
        </section>
    }
}

/// Text to prefill a `<textarea>` with. The renderer writes a textarea's children unescaped on
/// the server (tachys 0.2 counts it among the raw-text elements; leptos-rs/leptos#4821), so a
/// `</textarea>` in the text would end the element and the rest would be live markup. On the
/// server the text is escaped (the browser decodes it back); in the browser it becomes a text
/// node, and stays as it is.
pub(crate) fn textarea_text(text: String) -> String {
    if cfg!(feature = "ssr") {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    } else {
        text
    }
}

/// Correcting a complaint the desk returned, prefilled with what it says now.
#[component]
fn CompleteForm(url: String, title: String, content: String, address: String) -> impl IntoView {
    use crate::domain::complaint::{
        ADDRESS_MAX_CHARS, ADDRESS_MIN_CHARS, CONTENT_MAX_CHARS, CONTENT_MIN_CHARS,
        TITLE_MAX_CHARS, TITLE_MIN_CHARS,
    };
    use crate::domain::field::Field;
    let locale = use_locale();
    view! {
        <section class="answer" data-testid="complete">
            <h2>{tr(ui::TRACK_COMPLETE_HEADING)}</h2>
            <p>{tr(ui::TRACK_COMPLETE_INTRO)}</p>
            <form method="post" action=url class="track-form">
                <label for="complete-title">
                    {move || Field::Title.label().get(locale.get())}
                </label>
                <input
                    id="complete-title"
                    name="title"
                    value=title
                    required
                    minlength=TITLE_MIN_CHARS.to_string()
                    maxlength=TITLE_MAX_CHARS.to_string()
                />
                <label for="complete-content">
                    {move || Field::Content.label().get(locale.get())}
                </label>
                <textarea
                    id="complete-content"
                    name="content"
                    rows="6"
                    required
                    minlength=CONTENT_MIN_CHARS.to_string()
                    maxlength=CONTENT_MAX_CHARS.to_string()
                >
                    {textarea_text(content)}
                </textarea>
                <label for="complete-address">
                    {move || Field::Address.label().get(locale.get())}
                </label>
                <input
                    id="complete-address"
                    name="address"
                    value=address
                    required
                    minlength=ADDRESS_MIN_CHARS.to_string()
                    maxlength=ADDRESS_MAX_CHARS.to_string()
                />
                <button class="button primary" type="submit">
                    {tr(ui::TRACK_RESUBMIT)}
                </button>
            </form>
        </section>
    }
}

/// What others see of the title and text once the desk removed personal details, and the
/// reporter's way to ask for that (folded away, or a note while a request waits).
#[component]
fn PublicVersion(
    public_text: Option<(String, String)>,
    pending: bool,
    url: String,
) -> impl IntoView {
    use crate::domain::redaction::{REQUEST_MAX_CHARS, REQUEST_MIN_CHARS};
    let shown = public_text.map(|(title, content)| {
        view! {
            <h2>{tr(ui::TRACK_PUBLIC_VERSION)}</h2>
            <p class="hint">{tr(ui::TRACK_PUBLIC_VERSION_HINT)}</p>
            <p data-testid="public-title">
                <strong>{title}</strong>
            </p>
            <p class="complaint-text" data-testid="public-content">
                {content}
            </p>
        }
    });
    let ask = if pending {
        view! {
            <p class="notice" data-testid="redaction-pending">
                {tr(ui::TRACK_REDACTION_PENDING)}
            </p>
        }
        .into_any()
    } else {
        view! {
            <details class="redaction" data-testid="redaction">
                <summary>{tr(ui::TRACK_REDACTION_HEADING)}</summary>
                <p>{tr(ui::TRACK_REDACTION_HINT)}</p>
                <form method="post" action=url class="track-form">
                    <label for="permintaan">{tr(ui::TRACK_REDACTION_LABEL)}</label>
                    <textarea
                        id="permintaan"
                        name="permintaan"
                        rows="3"
                        required
                        minlength=REQUEST_MIN_CHARS.to_string()
                        maxlength=REQUEST_MAX_CHARS.to_string()
                    ></textarea>
                    <button class="button" type="submit">
                        {tr(ui::TRACK_REDACTION_SEND)}
                    </button>
                </form>
            </details>
        }
        .into_any()
    };
    view! { {shown} {ask} }
}

/// The reporter's rights over their data (UU 27/2022), folded away: downloading everything held,
/// after typing the PIN again, and asking for it to be erased (or where that request stands).
#[component]
fn YourData(code: String, erasure: ErasureState, offset: chrono::FixedOffset) -> impl IntoView {
    use crate::domain::erasure::TEXT_MAX_CHARS;
    let locale = use_locale();
    let erasure = match erasure {
        ErasureState::NotAsked => view! {
            <h3>{tr(ui::TRACK_ERASURE_HEADING)}</h3>
            <p>{tr(ui::TRACK_ERASURE_HINT)}</p>
            <form method="post" action=format!("/lacak/{code}/hapus") class="track-form">
                <label for="alasan-hapus">
                    {tr(crate::domain::erasure::ErasureReason::LABEL)}
                </label>
                <textarea
                    id="alasan-hapus"
                    name="alasan"
                    rows="2"
                    maxlength=TEXT_MAX_CHARS.to_string()
                ></textarea>
                <button class="button danger" type="submit">
                    {tr(ui::TRACK_ERASURE_SEND)}
                </button>
            </form>
        }
        .into_any(),
        ErasureState::Pending { due, .. } => {
            let due = due.with_timezone(&offset);
            view! {
                <p class="notice" data-testid="erasure-state">
                    {move || {
                        ui::TRACK_ERASURE_PENDING
                            .get(locale.get())
                            .replace("{due}", &format_moment(&due))
                    }}
                </p>
            }
            .into_any()
        }
        ErasureState::Held => view! {
            <p class="notice" data-testid="erasure-state">{tr(ui::TRACK_ERASURE_HELD)}</p>
        }
        .into_any(),
        ErasureState::Erased => view! {
            <p class="notice" data-testid="erasure-state">{tr(ui::TRACK_ERASURE_DONE)}</p>
        }
        .into_any(),
        ErasureState::Refused { answer } => view! {
            <p class="notice" data-testid="erasure-state">{tr(ui::TRACK_ERASURE_REFUSED)}</p>
            <p class="complaint-text" data-testid="erasure-answer">{answer}</p>
        }
        .into_any(),
    };
    view! {
        <details class="your-data" data-testid="your-data">
            <summary>{tr(ui::TRACK_DATA_HEADING)}</summary>
            <p>{tr(ui::TRACK_DATA_HINT)}</p>
            <form method="post" action=format!("/lacak/{code}/data") class="track-form">
                <label for="pin-data">{tr(ui::TRACK_PIN_LABEL)}</label>
                <input
                    id="pin-data"
                    name="pin"
                    type="password"
                    inputmode="numeric"
                    pattern="[0-9 ]{10,13}"
                    maxlength="13"
                    required
                    autocomplete="off"
                />
                <button class="button" type="submit">
                    {tr(ui::TRACK_DATA_DOWNLOAD)}
                </button>
            </form>
            {erasure}
        </details>
    }
}

/// Withdrawing, folded away behind its heading.
#[component]
fn WithdrawForm(url: String) -> impl IntoView {
    view! {
        <details class="withdraw">
            <summary>{tr(ui::TRACK_WITHDRAW_HEADING)}</summary>
            <p>{tr(ui::TRACK_WITHDRAW_HINT)}</p>
            <form method="post" action=url>
                <input type="hidden" name="keputusan" value="cabut"/>
                <button class="button danger" type="submit">
                    {tr(ui::TRACK_WITHDRAW)}
                </button>
            </form>
        </details>
    }
}
