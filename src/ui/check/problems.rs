//! The problems with the campaign as it now is: how many, each with its
//! field, what is wrong, and a link that puts the cursor on its line; or
//! that there are none and what the campaign holds, with the file's
//! prepared form to download; and a note that is not a problem (the
//! artwork drawn ahead is stale).

use super::TEXT_ID;
use crate::campaign::prepared;
use crate::check::Problem;
use crate::ui::words::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub problems: Vec<Problem>,
    pub summary: Option<String>,
    pub note: Option<String>,
    /// A note on the brand font (letters it lacks).
    pub font_note: Option<String>,
    /// The problems are for the text as it now is.
    pub up_to_date: bool,
    /// Draws the artwork ahead and downloads it.
    pub on_draw_ahead: Callback<()>,
    /// Where drawing the artwork ahead stands.
    pub drawn: Ahead,
    /// The file's prepared form, when it has no problems.
    pub prepared: Option<String>,
    /// Why the prepared form beside the file opened does not fit it.
    #[prop_or_default]
    pub prepared_note: Option<String>,
    /// The campaign file's name.
    pub name: String,
}

/// Drawing the artwork ahead: not asked for, under way (it takes seconds:
/// every board's artwork at every size), downloaded (the path it goes at),
/// or why not.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Ahead {
    #[default]
    NotAsked,
    Drawing,
    Downloaded(String),
    Failed(String),
}

/// Saves the prepared form as `campaign.prepared.json`.
fn save_prepared(json: String) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let bytes = js_sys::Uint8Array::from(json.as_bytes());
        let _ = crate::web::files::save(&bytes, "application/json", prepared::FILE);
    })
}

#[function_component(Problems)]
pub fn problems(p: &Props) -> Html {
    let t = use_texts();
    let status = if !p.up_to_date {
        t.get("check-checking")
    } else if let Some(summary) = &p.summary {
        t.fmt("check-good", &[("summary", summary.clone().into())])
    } else {
        t.fmt("check-problem-count", &[("count", p.problems.len().into())])
    };
    let item = |problem: &Problem| {
        let link = match problem.line {
            Some(line) => {
                let go = Callback::from(move |e: MouseEvent| {
                    e.prevent_default();
                    crate::web::text_area::go_to_line(TEXT_ID, line);
                });
                html! {
                    <a href={format!("#{TEXT_ID}")} class="check-line" onclick={go}>
                        { t.fmt("check-go-to-line", &[("line", line.into())]) }
                    </a>
                }
            }
            None => html! { <span class="check-line">{ t.get("check-no-line") }</span> },
        };
        html! {
            <li class="check-problem">
                { link }
                if !problem.field.is_empty() {
                    <code class="check-field">{ problem.field.clone() }</code>
                }
                <span class="check-message">{ problem.message.clone() }</span>
            </li>
        }
    };
    html! {
        <section class="check-problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">{ t.get("check-problems-heading") }</h2>
            <p role="status" class={classes!("check-status", p.summary.is_some().then_some("check-good"))}>
                { status }
            </p>
            if !p.problems.is_empty() {
                <ol class="check-list">{ for p.problems.iter().map(item) }</ol>
            }
            if let Some(json) = &p.prepared {
                <div class="check-prepared">
                    if let Some(note) = &p.prepared_note {
                        <p class="check-note">{ t.fmt("check-note", &[("note", note.clone().into())]) }</p>
                    }
                    <p class="field-hint" id="prepared-hint">
                        { t.fmt("check-prepared-hint", &[("name", p.name.clone().into()), ("prepared", prepared::FILE.into())]) }
                    </p>
                    <button type="button" class="button button-secondary" aria-describedby="prepared-hint"
                        onclick={save_prepared(json.clone())}>
                        { t.fmt("check-download", &[("name", prepared::FILE.into())]) }
                    </button>
                </div>
            }
            if let Some(note) = &p.font_note {
                <p class="check-note">{ t.fmt("check-note", &[("note", note.clone().into())]) }</p>
            }
            if let Some(note) = &p.note {
                <div class="check-note">
                    <p>{ t.fmt("check-note", &[("note", note.clone().into())]) }</p>
                    <button type="button" class="button button-secondary"
                        disabled={p.drawn == Ahead::Drawing}
                        onclick={p.on_draw_ahead.reform(|_: MouseEvent| ())}>
                        { t.get("check-draw-ahead") }
                    </button>
                    <p role="status">
                        { match &p.drawn {
                            Ahead::Drawing => t.get("check-drawing-ahead"),
                            Ahead::Downloaded(path) => t.fmt("check-drawn", &[("path", path.clone().into())]),
                            _ => String::new(),
                        } }
                    </p>
                    if let Ahead::Failed(why) = &p.drawn {
                        <p role="alert" class="field-error">{ t.fmt("check-drawn-failed", &[("why", why.clone().into())]) }</p>
                    }
                </div>
            }
        </section>
    }
}
