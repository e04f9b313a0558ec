//! Aduan: public-service complaints for Indonesian local governments.
//!
//! - [`domain`]: the shared rules (validation, status machine, SOP time standards), compiled
//!   unchanged to WebAssembly for the browser and natively for the server.
//! - [`i18n`]: every user-facing text, in Bahasa Indonesia and English.
//! - [`app`](mod@app): the document shell and the route table; [`pages`]: one file per page;
//!   [`components`]: pieces several pages share.
//! - [`api`]: server functions, one module per aggregate.
//! - Server only (`ssr` feature): [`settings`], [`state`], [`storage`] (the only module with SQL),
//!   [`blobs`] (uploaded files), [`handlers`] (plain HTTP endpoints such as the form post),
//!   [`auth`] (officers' passwords, one-time codes and sessions).

pub mod browser_logic;
pub mod bundle;
pub mod cookies;
pub mod csv;
pub mod domain;
pub mod i18n;
pub mod site;

// The pages need a rendering mode: `ssr` on the server, `hydrate` in the browser.
#[cfg(any(feature = "ssr", feature = "hydrate"))]
pub mod api;
#[cfg(any(feature = "ssr", feature = "hydrate"))]
pub mod app;
#[cfg(feature = "hydrate")]
pub mod browser;
#[cfg(any(feature = "ssr", feature = "hydrate"))]
pub mod components;
#[cfg(any(feature = "ssr", feature = "hydrate"))]
pub mod pages;

#[cfg(feature = "ssr")]
pub mod assets;
#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod blobs;
#[cfg(feature = "ssr")]
pub mod clock;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod images;
#[cfg(feature = "ssr")]
pub mod monitoring;
#[cfg(feature = "ssr")]
pub mod notify;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
#[cfg(feature = "ssr")]
pub mod secret;
#[cfg(feature = "ssr")]
pub mod services;
#[cfg(feature = "ssr")]
pub mod settings;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod storage;
#[cfg(feature = "ssr")]
pub mod tls;
#[cfg(feature = "ssr")]
pub mod watchdog;

#[cfg(feature = "hydrate")]
pub use app::hydrate_citizen_islands;
#[cfg(feature = "ssr")]
pub use app::shell;
#[cfg(any(feature = "ssr", feature = "hydrate"))]
pub use app::{CitizenApp, DeskApp};
