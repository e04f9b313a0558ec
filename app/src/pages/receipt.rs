//! `/lapor/terkirim/:code`: the receipt shown right after filing, with the tracking code.

use crate::api::ApiError;
use crate::api::complaints::complaint_receipt;
use crate::components::language::{tr, use_locale};
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The receipt page.
#[component]
pub fn ReceiptPage() -> impl IntoView {
    let params = use_params_map();
    let locale = use_locale();
    let receipt = Resource::new(
        move || params.read().get("code").unwrap_or_default(),
        complaint_receipt,
    );

    view! {
        <Title text=tr(ui::RECEIPT_HEADING)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match receipt.await {
                    Ok(receipt) => {
                        view! {
                            <section class="receipt">
                                <h1>{tr(ui::RECEIPT_HEADING)}</h1>
                                <p>{tr(ui::RECEIPT_KEEP_CODE)}</p>
                                <p class="tracking-code" data-testid="tracking-code">
                                    {receipt.tracking_code.clone()}
                                </p>
                                {receipt
                                    .pin
                                    .clone()
                                    .map(|pin| {
                                        view! {
                                            <div class="pin-box">
                                                <p>{tr(ui::RECEIPT_PIN_LABEL)}</p>
                                                <p class="pin" data-testid="pin">{pin}</p>
                                                <p class="hint">{tr(ui::RECEIPT_PIN_HINT)}</p>
                                            </div>
                                        }
                                    })}
                                <dl class="facts">
                                    <dt>{tr(ui::RECEIPT_STATUS)}</dt>
                                    <dd>{move || receipt.status.label().get(locale.get())}</dd>
                                    <dt>{tr(ui::RECEIPT_RECEIVED_AT)}</dt>
                                    <dd>
                                        {crate::i18n::moment::format_moment(&receipt.received_at)}
                                    </dd>
                                    <dt>{tr(ui::RECEIPT_PHOTOS)}</dt>
                                    <dd>{receipt.photo_count}</dd>
                                </dl>
                                <a
                                    class="button primary"
                                    href=format!("/lacak/{}", receipt.tracking_code)
                                    data-testid="track-link"
                                >
                                    {tr(ui::RECEIPT_TRACK_LINK)}
                                </a>
                            </section>
                        }
                            .into_any()
                    }
                    Err(ApiError::NotFound | ApiError::Validation(_)) => {
                        view! { <p>{tr(ui::RECEIPT_NOT_FOUND)}</p> }.into_any()
                    }
                    Err(_) => view! { <p>{tr(ui::RECEIPT_UNAVAILABLE)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}
