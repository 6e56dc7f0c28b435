//! The contact sheet: drawn on request (it takes a while: every board at
//! every size in every language), its progress, the sheet itself to look
//! over (wider than the screen: it scrolls in its frame), a warning when
//! the campaign has changed since, and its download.

use super::state::Sheet;
use crate::ui::words::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub sheet: Sheet,
    /// The campaign has no problems (so it can be drawn).
    pub can_draw: bool,
    pub old: bool,
    pub name: String,
    pub on_draw: Callback<()>,
}

#[function_component(ContactSheet)]
pub fn contact_sheet(p: &Props) -> Html {
    let t = use_texts();
    let drawing = matches!(p.sheet, Sheet::Drawing { .. });
    let draw = p.on_draw.reform(|_: MouseEvent| ());
    let label = if matches!(p.sheet, Sheet::Drawn { .. }) {
        t.get("check-sheet-draw-again")
    } else {
        t.get("check-sheet-draw")
    };
    let progress = match &p.sheet {
        Sheet::Drawing { done, total, .. } if *total > 0 => html! {
            <div class="check-sheet-progress" role="status">
                <label for="sheet-progress">
                    { t.fmt("check-sheet-progress", &[("done", (*done).into()), ("total", (*total).into())]) }
                </label>
                <progress id="sheet-progress" max={total.to_string()} value={done.to_string()}
                    aria-label={t.get("check-sheet-progress-label")}></progress>
            </div>
        },
        Sheet::Drawing { .. } => html! {
            <p class="check-sheet-progress" role="status">{ t.get("check-sheet-starting") }</p>
        },
        _ => html! {},
    };
    let shown = match &p.sheet {
        Sheet::Drawn {
            url, width, height, ..
        } => {
            let download = {
                let url = url.clone();
                let file = format!("contact-sheet-{}.png", p.name.trim_end_matches(".toml"));
                Callback::from(move |_: MouseEvent| {
                    let _ = crate::web::files::download(&url, &file);
                })
            };
            let alt = t.fmt(
                "check-sheet-alt",
                &[
                    ("name", p.name.clone().into()),
                    ("width", (*width).into()),
                    ("height", (*height).into()),
                ],
            );
            html! {
                <>
                    if p.old {
                        <p class="check-note" role="status">{ t.get("check-sheet-old") }</p>
                    }
                    <p>
                        <button type="button" class="button button-secondary" onclick={download}>
                            { t.get("check-sheet-download") }
                        </button>
                    </p>
                    <div class="check-sheet-frame" tabindex="0" role="group" aria-label={t.get("check-sheet-heading")}>
                        <img src={url.clone()} alt={alt} width={width.to_string()} height={height.to_string()} />
                    </div>
                </>
            }
        }
        Sheet::Failed(why) => html! {
            <p role="alert" class="field-error">{ t.fmt("check-sheet-failed", &[("why", why.clone().into())]) }</p>
        },
        _ => html! {},
    };
    html! {
        <section class="check-sheet" aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">{ t.get("check-sheet-heading") }</h2>
            <p class="field-hint" id="sheet-hint">{ t.get("check-sheet-hint") }</p>
            if !p.can_draw {
                <p class="field-hint">{ t.get("check-sheet-needs-fixing") }</p>
            }
            <button type="button" class="button" onclick={draw} aria-describedby="sheet-hint"
                disabled={drawing || !p.can_draw}>
                { label }
            </button>
            { progress }
            { shown }
        </section>
    }
}
