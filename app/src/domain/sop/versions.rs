//! The versions of the profiles a desk has kept, by their pins: a complaint keeps the version of
//! the profile it was filed under, so a change to the profile never moves its running deadline.

use super::SopProfile;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Which version of which profile: what a complaint is timed by.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SopPin {
    /// The profile's id.
    pub id: String,
    /// Its version.
    pub version: u32,
}

impl SopPin {
    /// The pin stored with a complaint, if both halves are there and make sense.
    pub fn stored(id: Option<String>, version: Option<i64>) -> Option<SopPin> {
        Some(SopPin {
            id: id?,
            version: u32::try_from(version?).ok()?,
        })
    }
}

/// Every version of every profile the desk knows, by pin.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProfileVersions(BTreeMap<SopPin, Arc<SopProfile>>);

impl ProfileVersions {
    /// Keeps `profile` under its pin, in place of what was there.
    pub fn insert(&mut self, profile: Arc<SopProfile>) {
        self.0.insert(profile.pin(), profile);
    }

    /// The version `pin` names, if the desk knows it.
    pub fn get(&self, pin: &SopPin) -> Option<&Arc<SopProfile>> {
        self.0.get(pin)
    }

    /// Every version kept.
    pub fn iter(&self) -> impl Iterator<Item = &Arc<SopProfile>> {
        self.0.values()
    }
}
