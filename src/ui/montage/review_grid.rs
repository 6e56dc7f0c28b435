//! The review grid: each image with its words, approvable and rejectable
//! with its buttons or by keyboard (A approve, R reject, U not yet
//! reviewed; the arrow keys move between images, one tab stop for the
//! grid); the filters with their counts.

use super::super::words::use_texts;
use super::state::{Action, Montage};
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
    let items = shown.iter().map(|&i| {
        let g = &s.review.images()[i];
        let number = i + 1;
        let verdict = s.review.verdict(i);
        let words = g.record.as_ref().map(|r| r.text.trim()).filter(|w| !w.is_empty());
        let lang = g.record.as_ref().map(|r| r.lang.clone()).filter(|l| !l.is_empty());
        let alt = match words {
            Some(w) => w.to_owned(),
            None => t.fmt("montage-no-words", &[("number", number.into()), ("file", g.name.as_str().into())]),
        };
        let like: Vec<String> = s
            .review
            .gathering
            .near
            .iter()
            .filter_map(|&(a, b)| (a == i).then_some(b).or((b == i).then_some(a)))
            // The first few: an image many others look like names only
            // the nearest in the list.
            .take(crate::montage::gather::MOST_ALIKE)
            .map(|o| (o + 1).to_string())
            .collect();
        let set = |v: Verdict| {
            let (dispatch, wants_focus) = (p.dispatch.clone(), wants_focus.clone());
            Callback::from(move |_: MouseEvent| {
                *wants_focus.borrow_mut() = false;
                dispatch.emit(Action::Verdict(i, v))
            })
        };
        let on_focus = p.dispatch.reform(move |_: FocusEvent| Action::Focus(i));
        let (status, class) = match verdict {
            Verdict::Unreviewed => ("montage-verdict-unreviewed", "verdict-unreviewed"),
            Verdict::Approved => ("montage-verdict-approved", "verdict-approved"),
            Verdict::Rejected => ("montage-verdict-rejected", "verdict-rejected"),
        };
        html! {
            <li key={i} class={classes!("review-item", class)}
                tabindex={if Some(i) == focused { "0" } else { "-1" }}
                aria-labelledby={format!("image-{i}-words image-{i}-status")}
                onfocus={on_focus}>
                <figure>
                    <img src={g.tile.url.clone()} alt={alt.clone()} width={g.tile.width.to_string()}
                        height={g.tile.height.to_string()} loading="lazy" />
                    <figcaption>
                        <span class="review-words">
                            <span class="review-number">{ format!("{number}.") }</span>
                            <span id={format!("image-{i}-words")} dir="auto" lang={lang}>{ alt }</span>
                        </span>
                        <span id={format!("image-{i}-status")} class="review-status">{ t.get(status) }</span>
                        if s.review.crop(i).is_some() {
                            <span class="review-cropped">{ t.get("montage-cropped") }</span>
                        }
                        if !like.is_empty() {
                            <span class="review-flag">{ t.fmt("montage-looks-like", &[("numbers", like.join(", ").into())]) }</span>
                        }
                    </figcaption>
                </figure>
                <div class="review-buttons">
                    <button type="button" tabindex="-1" class="button button-secondary"
                        aria-pressed={(verdict == Verdict::Approved).to_string()}
                        onclick={set(Verdict::Approved)}>
                        { t.fmt("montage-approve", &[("number", number.into())]) }
                    </button>
                    <button type="button" tabindex="-1" class="button button-secondary"
                        aria-pressed={(verdict == Verdict::Rejected).to_string()}
                        onclick={set(Verdict::Rejected)}>
                        { t.fmt("montage-reject", &[("number", number.into())]) }
                    </button>
                </div>
            </li>
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
