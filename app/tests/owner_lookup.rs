//! A context lookup must not hang when it holds the last handle to an owner above it.
//!
//! This is the deadlock of issue 21: a page was being rendered on one worker while the client
//! went away and the request's owners were dropped on another. `use_context` had upgraded a
//! parent owner and, holding a read lock on the component's own owner, dropped that upgraded
//! handle last. The parent's clean-up then asked for a write lock on the same child and waited
//! for itself forever. reactive_graph 0.2.16 has the bug; `vendor/reactive_graph` carries the
//! fix (see its README). Here the drop that another thread makes rarely is made every time, by
//! a context value whose `Clone` empties the slot that holds the parent's only other handle.

use leptos::prelude::{Owner, provide_context, use_context};
use std::{
    sync::{Arc, Mutex, mpsc},
    thread,
    time::Duration,
};

type Slot = Arc<Mutex<Option<Owner>>>;

/// Cloning it drops the owner in the slot: the moment another thread lets go of the parent.
struct DropsParentOnClone(Slot);

impl Clone for DropsParentOnClone {
    fn clone(&self) -> Self {
        self.0.lock().unwrap().take();
        Self(Arc::clone(&self.0))
    }
}

/// Runs `lookup` on a child of `depth` owners whose top one provides the context and is held
/// only by the slot; true when the lookup returned in time.
fn lookup_returns(depth: usize, lookup: fn(&Owner) -> bool) -> bool {
    let slot: Slot = Arc::new(Mutex::new(None));
    let top = Owner::new_root(None);
    top.with(|| provide_context(DropsParentOnClone(Arc::clone(&slot))));
    // The owners in between stay alive, as a rendered component's are while its page renders.
    let mut chain = vec![top.child()];
    for _ in 1..depth {
        let next = chain.last().unwrap().child();
        chain.push(next);
    }
    let child = chain.pop().unwrap();
    *slot.lock().unwrap() = Some(top);

    let (done, finished) = mpsc::channel();
    thread::spawn(move || {
        let found = lookup(&child);
        _ = done.send(found);
        drop(chain);
    });
    // A lookup still waiting after 5 s waits forever: its thread is left behind, hung.
    finished
        .recv_timeout(Duration::from_secs(5))
        .is_ok_and(|found| found)
}

#[test]
fn use_context_returns_when_it_drops_the_last_handle_to_the_parent() {
    assert!(lookup_returns(1, |owner| owner
        .with(use_context::<DropsParentOnClone>)
        .is_some()));
}

#[test]
fn use_context_returns_when_it_drops_the_last_handle_three_owners_up() {
    // The stack in issue 21 shows the clean-up three owners deep.
    assert!(lookup_returns(3, |owner| owner
        .with(use_context::<DropsParentOnClone>)
        .is_some()));
}
