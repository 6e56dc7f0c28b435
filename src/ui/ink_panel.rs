//! The pen's controls, shown while writing by hand: how to write (and
//! scroll past the board), Undo, Redo and Clear (also Ctrl or ⌘ with Z,
//! and with Shift for Redo, when the keyboard is not in a text box), the
//! ink colour among the board's and the pen's width, word when the board
//! is full, and "What does your writing say?" (optional: the image's text
//! alternative and the caption).

use super::choices::Choices;
use super::says_input::SaysInput;
use super::state::InkAction;
use super::words::use_texts;
use crate::ink::Width;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub can_undo: bool,
    pub can_redo: bool,
    /// The last stroke did not fit.
    pub full: bool,
    /// The board's ink colours (CSS).
    pub colours: Vec<AttrValue>,
    pub colour: usize,
    pub width: Width,
    /// What the writing says, as given so far.
    pub says: AttrValue,
    /// The most characters it may have (the campaign's pledge limit).
    pub limit: usize,
    pub on_ink: Callback<InkAction>,
}

/// The widths: value, and the message naming it.
const WIDTHS: [(Width, &str, &str); 3] = [
    (Width::Fine, "fine", "ink-width-fine"),
    (Width::Medium, "medium", "ink-width-medium"),
    (Width::Bold, "bold", "ink-width-bold"),
];

/// Whether a key press is the page's to take: not typed into a field.
fn in_a_field(e: &KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.closest("[contenteditable]").ok().flatten().is_some()
        })
}

#[function_component(InkPanel)]
pub fn ink_panel(p: &Props) -> Html {
    let t = use_texts();
    // Ctrl/⌘+Z and Ctrl/⌘+Shift+Z (and Ctrl+Y) while the panel is shown.
    {
        let on_ink = p.on_ink.clone();
        use_effect_with(on_ink, |on_ink| {
            let on_ink = on_ink.clone();
            let listener = gloo::events::EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() || in_a_field(e) {
                        return;
                    }
                    // ASCII only: `to_lowercase` would bring Unicode's case
                    // tables (12 KB) into the first screen for two letters.
                    let key = e.key();
                    let is = |k: &str| key.eq_ignore_ascii_case(k);
                    let action = match (is("z"), is("y"), e.shift_key()) {
                        (true, _, false) => InkAction::Undo,
                        (true, _, true) | (_, true, false) => InkAction::Redo,
                        _ => return,
                    };
                    e.prevent_default();
                    on_ink.emit(action);
                },
            );
            move || drop(listener)
        });
    }
    let button = |label: String, action: InkAction, enabled: bool| {
        let onclick = p.on_ink.reform(move |_: MouseEvent| action.clone());
        html! {
            <button type="button" class="button button-secondary" disabled={!enabled} {onclick}>
                { label }
            </button>
        }
    };
    let colours: Vec<(AttrValue, AttrValue)> = (0..p.colours.len())
        .map(|i| {
            (
                AttrValue::from(i.to_string()),
                AttrValue::from(t.fmt("ink-colour", &[("n", (i + 1).into())])),
            )
        })
        .collect();
    let on_colour = p
        .on_ink
        .reform(|v: String| InkAction::SetColour(v.parse().unwrap_or_default()));
    let widths: Vec<(AttrValue, AttrValue)> = WIDTHS
        .iter()
        .map(|(_, id, message)| (AttrValue::from(*id), AttrValue::from(t.get(message))))
        .collect();
    let width_id = WIDTHS
        .iter()
        .find(|(w, ..)| *w == p.width)
        .map_or("medium", |(_, id, _)| id);
    let on_width = p.on_ink.reform(|v: String| {
        InkAction::SetWidth(
            WIDTHS
                .iter()
                .find(|(_, id, _)| *id == v)
                .map_or(Width::Medium, |(w, ..)| *w),
        )
    });
    let on_says = p.on_ink.reform(InkAction::Says);
    html! {
        <div class="ink-panel">
            <p class="field-hint" id="pen-hint">{ t.get("pen-hint") }</p>
            <div class="ink-buttons">
                { button(t.get("ink-undo"), InkAction::Undo, p.can_undo) }
                { button(t.get("ink-redo"), InkAction::Redo, p.can_redo) }
                { button(t.get("ink-clear"), InkAction::Clear, p.can_undo) }
            </div>
            if p.full {
                <p class="problem" role="alert">{ t.get("ink-full") }</p>
            }
            if colours.len() > 1 {
                <Choices legend={t.get("ink-colour-legend")} name="ink-colour" options={colours}
                    selected={AttrValue::from(p.colour.to_string())} on_change={on_colour}
                    swatches={p.colours.clone()} inline=true />
            }
            <Choices legend={t.get("ink-width-legend")} name="ink-width" options={widths}
                selected={AttrValue::from(width_id)} on_change={on_width} inline=true />
            <SaysInput value={p.says.clone()} limit={p.limit} on_change={on_says} />
        </div>
    }
}
