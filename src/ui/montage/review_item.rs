//! One image of the review grid: the picture, its words, its verdict, what
//! it looks like, whether it is cropped, and its Approve and Reject
//! buttons. A component of its own with plain props, so that when one
//! image changes (or more are read) the others are not drawn again: with
//! thousands of images, redrawing every one slowed reading to a crawl.

use super::super::words::use_texts;
use super::state::{Action, Montage};
use crate::montage::review::Verdict;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Whether the grid should move the keyboard to the focused image after
/// the next change (set by keys, cleared by pointer): shared, compared by
/// identity.
#[derive(Clone)]
pub struct WantsFocus(pub Rc<RefCell<bool>>);

impl PartialEq for WantsFocus {
    fn eq(&self, other: &WantsFocus) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Its index among the images (its number is one more).
    pub index: usize,
    pub name: AttrValue,
    pub url: AttrValue,
    pub width: u32,
    pub height: u32,
    /// The pledge's words and language, if it carries them.
    pub words: Option<AttrValue>,
    pub lang: Option<AttrValue>,
    pub verdict: Verdict,
    pub cropped: bool,
    /// The numbers of the images it looks like (the first few).
    pub like: Vec<usize>,
    /// The grid's one tab stop.
    pub tab_stop: bool,
    pub dispatch: UseReducerDispatcher<Montage>,
    pub wants_focus: WantsFocus,
}

#[function_component(ReviewItem)]
pub fn review_item(p: &Props) -> Html {
    let t = use_texts();
    let i = p.index;
    let number = i + 1;
    let alt = match &p.words {
        Some(w) => w.to_string(),
        None => t.fmt(
            "montage-no-words",
            &[("number", number.into()), ("file", p.name.as_str().into())],
        ),
    };
    let set = |v: Verdict| {
        let (dispatch, wants_focus) = (p.dispatch.clone(), p.wants_focus.clone());
        Callback::from(move |_: MouseEvent| {
            *wants_focus.0.borrow_mut() = false;
            dispatch.dispatch(Action::Verdict(i, v))
        })
    };
    let on_focus = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |_: FocusEvent| dispatch.dispatch(Action::Focus(i)))
    };
    let (status, class) = match p.verdict {
        Verdict::Unreviewed => ("montage-verdict-unreviewed", "verdict-unreviewed"),
        Verdict::Approved => ("montage-verdict-approved", "verdict-approved"),
        Verdict::Rejected => ("montage-verdict-rejected", "verdict-rejected"),
    };
    let like: Vec<String> = p.like.iter().map(|o| (o + 1).to_string()).collect();
    html! {
        <li class={classes!("review-item", class)}
            tabindex={if p.tab_stop { "0" } else { "-1" }}
            aria-labelledby={format!("image-{i}-words image-{i}-status")}
            onfocus={on_focus}>
            <figure>
                <img src={p.url.clone()} alt={alt.clone()} width={p.width.to_string()}
                    height={p.height.to_string()} loading="lazy" />
                <figcaption>
                    <span class="review-words">
                        <span class="review-number">{ format!("{number}.") }</span>
                        <span id={format!("image-{i}-words")} dir="auto" lang={p.lang.clone()}>{ alt }</span>
                    </span>
                    <span id={format!("image-{i}-status")} class="review-status">{ t.get(status) }</span>
                    if p.cropped {
                        <span class="review-cropped">{ t.get("montage-cropped") }</span>
                    }
                    if !like.is_empty() {
                        <span class="review-flag">{ t.fmt("montage-looks-like", &[("numbers", like.join(", ").into())]) }</span>
                    }
                </figcaption>
            </figure>
            <div class="review-buttons">
                <button type="button" tabindex="-1" class="button button-secondary"
                    aria-pressed={(p.verdict == Verdict::Approved).to_string()}
                    onclick={set(Verdict::Approved)}>
                    { t.fmt("montage-approve", &[("number", number.into())]) }
                </button>
                <button type="button" tabindex="-1" class="button button-secondary"
                    aria-pressed={(p.verdict == Verdict::Rejected).to_string()}
                    onclick={set(Verdict::Rejected)}>
                    { t.fmt("montage-reject", &[("number", number.into())]) }
                </button>
            </div>
        </li>
    }
}
