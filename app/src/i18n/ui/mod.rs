//! The words of the pages, in Bahasa Indonesia and English.
//!
//! Domain messages (field errors, status names) live beside their types in `domain`; everything
//! else a page says is in this folder, so a translator finds it in one place.
//!
//! One file per part of the site; every text is reachable as `ui::NAME` whichever file holds it.

mod accounts;
mod calendar;
mod desk;
mod filing;
mod privacy;
mod profiles;
mod public_list;
mod site;
mod statistics;
mod tracking;

pub use accounts::*;
pub use calendar::*;
pub use desk::*;
pub use filing::*;
pub use privacy::*;
pub use profiles::*;
pub use public_list::*;
pub use site::*;
pub use statistics::*;
pub use tracking::*;
