//! The files the worker pool has read, handed to the page's state a batch
//! at a time: each handing over redraws the review grid, so one for every
//! image made reading slower the more images there were. A batch is
//! handed over 50 ms after its first image arrived, or at once when it
//! reaches 64 images; while the page is busy drawing, the images that
//! arrive meanwhile wait for the next batch. Order is kept.

use super::state::Action;
use crate::montage::gather::Prepared;
use crate::montage::review::TileRef;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use yew::prelude::*;

const WAIT_MS: u32 = 50;
const MOST: usize = 64;

pub struct Arrivals {
    dispatch: UseReducerDispatcher<super::state::Montage>,
    waiting: RefCell<Vec<Prepared<TileRef>>>,
    timer: RefCell<Option<Timeout>>,
}

impl Arrivals {
    pub fn new(dispatch: UseReducerDispatcher<super::state::Montage>) -> Rc<Arrivals> {
        Rc::new(Arrivals {
            dispatch,
            waiting: RefCell::new(Vec::new()),
            timer: RefCell::new(None),
        })
    }

    /// One more file read (in the order the files were added).
    pub fn push(self: &Rc<Self>, p: Prepared<TileRef>) {
        let full = {
            let mut w = self.waiting.borrow_mut();
            w.push(p);
            w.len() >= MOST
        };
        if full {
            return self.hand_over();
        }
        if self.timer.borrow().is_none() {
            let me: Weak<Arrivals> = Rc::downgrade(self);
            *self.timer.borrow_mut() = Some(Timeout::new(WAIT_MS, move || {
                if let Some(me) = me.upgrade() {
                    me.hand_over();
                }
            }));
        }
    }

    fn hand_over(&self) {
        if let Some(t) = self.timer.borrow_mut().take() {
            t.cancel();
        }
        let batch = std::mem::take(&mut *self.waiting.borrow_mut());
        if !batch.is_empty() {
            self.dispatch.dispatch(Action::Received(batch));
        }
    }

    /// Drops what has not been handed over ("Clear everything").
    pub fn forget(&self) {
        if let Some(t) = self.timer.borrow_mut().take() {
            t.cancel();
        }
        self.waiting.borrow_mut().clear();
    }
}
