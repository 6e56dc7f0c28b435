//! The review grid: each image with its words, approvable and rejectable
//! with its buttons or by keyboard (A approve, R reject, U not yet
//! reviewed; the arrow keys move between images, one tab stop for the
//! grid); the filters with their counts.

use super::super::words::use_texts;
use super::review_item::{ReviewItem, WantsFocus};
use super::state::{Action, Montage};
use crate::montage::gather::MOST_ALIKE;
use crate::montage::review::{Filter, Verdict};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<Montage>,
    pub dispatch: Callback<Action>,
}

fn filter_id(f: Filter) -> &'static str {
    match f {
        Filter::All => "all",
        Filter::Unreviewed => "unreviewed",
        Filter::Approved => "approved",
        Filter::Rejected => "rejected",
        Filter::Flagged => "flagged",
    }
}

/// How many images sit in the grid's first row (for the up and down keys).
fn columns(list: &HtmlElement) -> usize {
    let children = list.children();
    let first = children
        .item(0)
        .and_then(|c| c.dyn_into::<HtmlElement>().ok());
    let Some(top) = first.map(|c| c.offset_top()) else {
        return 1;
    };
    (0..children.length())
        .filter_map(|i| children.item(i)?.dyn_into::<HtmlElement>().ok())
        .take_while(|c| c.offset_top() == top)
        .count()
        .max(1)
}

/// The key pressed, as the letter A, R or U where the keyboard types
/// another script (an Urdu or Ukrainian layout's key A types ش or ф): the
/// key's place then decides. A Latin layout's own letter always does.
fn letter_key(e: &KeyboardEvent) -> String {
    let key = e.key();
    let typed_other_script = key.chars().count() == 1 && !key.is_ascii();
    match e.code().as_str() {
        "KeyA" if typed_other_script => "a".into(),
        "KeyR" if typed_other_script => "r".into(),
        "KeyU" if typed_other_script => "u".into(),
        _ => key,
    }
}

#[function_component(ReviewGrid)]
pub fn review_grid(p: &Props) -> Html {
    let t = use_texts();
    let list_ref = use_node_ref();
    let s = &p.state;
    let counts = s.review.counts();
    let shown = s.shown();
    // Keep the keyboard on the focused image after it changes.
    let wants_focus = use_mut_ref(|| false);
    {
        let (list_ref, wants_focus, focus) = (list_ref.clone(), wants_focus.clone(), s.focus);
        use_effect_with((focus, s.filter), move |_| {
            if std::mem::take(&mut *wants_focus.borrow_mut()) {
                if let Some(el) = list_ref
                    .cast::<HtmlElement>()
                    .and_then(|l| l.query_selector("[tabindex='0']").ok().flatten())
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
        });
    }
    let on_filter = p.dispatch.reform(|e: Event| {
        let value = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            .map(|s| s.value())
            .unwrap_or_default();
        let f = Filter::ALL
            .into_iter()
            .find(|f| filter_id(*f) == value)
            .unwrap_or_default();
        Action::Filter(f)
    });
    let on_key = {
        let (dispatch, shown, focus) = (p.dispatch.clone(), shown.clone(), s.focus);
        let (list_ref, wants_focus) = (list_ref.clone(), wants_focus.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(at) = focus.and_then(|f| shown.iter().position(|i| *i == f)) else {
                return;
            };
            let cols = list_ref.cast::<HtmlElement>().map_or(1, |l| columns(&l));
            let image = shown[at];
            let to = |pos: usize| shown.get(pos).copied();
            let action = match letter_key(&e).as_str() {
                "a" | "A" => Some(Action::Verdict(image, Verdict::Approved)),
                "r" | "R" => Some(Action::Verdict(image, Verdict::Rejected)),
                "u" | "U" => Some(Action::Verdict(image, Verdict::Unreviewed)),
                "ArrowRight" => to(at + 1).map(Action::Focus),
                "ArrowLeft" => at.checked_sub(1).and_then(to).map(Action::Focus),
                "ArrowDown" => to(at + cols).map(Action::Focus),
                "ArrowUp" => at.checked_sub(cols).and_then(to).map(Action::Focus),
                "Home" => to(0).map(Action::Focus),
                "End" => to(shown.len().saturating_sub(1)).map(Action::Focus),
                _ => return,
            };
            e.prevent_default();
            if let Some(a) = action {
                *wants_focus.borrow_mut() = true;
                dispatch.emit(a);
            }
        })
    };
    let focused = s
        .focus
        .filter(|f| shown.contains(f))
        .or(shown.first().copied());
    let alike = s.review.alike();
    let (dispatcher, wants) = (s.dispatcher(), WantsFocus(wants_focus.clone()));
    let items = shown.iter().map(|&i| {
        let g = &s.review.images()[i];
        let record = g.record.as_ref();
        let words = record.map(|r| r.text.trim()).filter(|w| !w.is_empty());
        let lang = record.map(|r| r.lang.as_str()).filter(|l| !l.is_empty());
        // The first few: an image many others look like names only the
        // nearest in the list.
        let like: Vec<usize> = alike[i].iter().take(MOST_ALIKE).copied().collect();
        html! {
            <ReviewItem key={i} index={i} name={AttrValue::from(g.name.clone())}
                url={AttrValue::from(g.tile.url.clone())} width={g.tile.width} height={g.tile.height}
                words={words.map(|w| AttrValue::from(w.to_owned()))}
                lang={lang.map(|l| AttrValue::from(l.to_owned()))}
                verdict={s.review.verdict(i)} cropped={s.review.crop(i).is_some()} like={like}
                tab_stop={Some(i) == focused} dispatch={dispatcher.clone()} wants_focus={wants.clone()} />
        }
    });
    html! {
        <section class="montage-review" aria-labelledby="review-heading">
            <h2 id="review-heading">{ t.get("montage-review-heading") }</h2>
            <p class="field-hint" id="review-help">{ t.get("montage-review-help") }</p>
            <div class="field">
                <label for="montage-filter" class="field-label">{ t.get("montage-filter") }</label>
                <select id="montage-filter" class="montage-select" onchange={on_filter}>
                    { for Filter::ALL.into_iter().map(|f| html! {
                        <option value={filter_id(f)} selected={f == s.filter}>
                            { t.fmt(&format!("montage-filter-{}", filter_id(f)), &[("count", counts.of(f).into())]) }
                        </option>
                    }) }
                </select>
            </div>
            if counts.unreviewed > 0 && counts.unreviewed < counts.all {
                <button type="button" class="button button-secondary approve-rest"
                    onclick={p.dispatch.reform(|_: MouseEvent| Action::ApproveUnreviewed)}>
                    { t.fmt("montage-approve-rest", &[("count", counts.unreviewed.into())]) }
                </button>
            }
            if shown.is_empty() {
                <p>{ t.get(if counts.all == 0 { "montage-none-yet" } else { "montage-none-shown" }) }</p>
            } else {
                <ul ref={list_ref} class="review-grid" aria-label={t.get("montage-images-label")}
                    aria-describedby="review-help" onkeydown={on_key}>
                    { for items }
                </ul>
            }
        </section>
    }
}
