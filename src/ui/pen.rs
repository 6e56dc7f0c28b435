//! The pen: a canvas over the preview's text box that takes ink while
//! writing by hand. What happens under the pointer (the strokes, the wet
//! ink until the worker's render of the board has them) is the pen's own
//! module's ([`crate::web::pen_canvas`]), loaded the first time this is
//! shown, so none of it weighs on the first screen; this places the
//! canvas, tells the module the pending strokes and the chosen ink, and
//! hands each finished stroke to the editor ([`InkAction::Stroke`]).
//!
//! The canvas appears once the module is ready (a moment), so no stroke is
//! begun before there is a pen to take it. If it cannot load (the network
//! dropped), the text box says so, with a button to try again.
//!
//! [`InkAction::Stroke`]: super::state::InkAction::Stroke

use super::words::use_texts;
use crate::ink::{stored, Stroke, Width, Writing};
use crate::web::pen_client;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The text box on the board, as fractions of the image: x, y, width,
    /// height.
    pub area: [f32; 4],
    /// Strokes written that the preview does not show yet.
    pub pending: Vec<Stroke>,
    /// The board's ink colours.
    pub colours: Vec<[u8; 3]>,
    pub colour: usize,
    pub width: Width,
    pub label: AttrValue,
    pub on_stroke: Callback<Stroke>,
}

/// Where the pen's module is.
#[derive(Clone, Copy, PartialEq)]
enum Module {
    Loading,
    Ready,
    Failed,
}

#[function_component(PenArea)]
pub fn pen_area(p: &Props) -> Html {
    let t = use_texts();
    let node = use_node_ref();
    let module = use_state(|| Module::Loading);
    let tries = use_state(|| 0u32);
    let on_stroke = use_mut_ref(|| p.on_stroke.clone());
    *on_stroke.borrow_mut() = p.on_stroke.clone();

    {
        let module = module.clone();
        use_effect_with(*tries, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                module.set(match pen_client::load().await {
                    Ok(()) => Module::Ready,
                    Err(_) => Module::Failed,
                });
            });
        });
    }
    // The pen on the canvas while it is shown.
    {
        let node = node.clone();
        use_effect_with(*module == Module::Ready, move |ready| {
            let mut kept = None;
            if let (true, Some(canvas)) = (*ready, node.cast::<HtmlCanvasElement>()) {
                let f = Closure::<dyn Fn(String)>::new(move |text: String| {
                    let stroke = stored::decode(&text)
                        .ok()
                        .and_then(|w| w.strokes.into_iter().next());
                    if let Some(stroke) = stroke {
                        let cb = on_stroke.borrow().clone();
                        cb.emit(stroke);
                    }
                });
                pen_client::attach(&canvas, f.as_ref().unchecked_ref());
                kept = Some(f);
            }
            move || {
                if kept.is_some() {
                    pen_client::detach();
                }
            }
        });
    }
    // Placed over the text box, and told what to show and how to write.
    {
        let node = node.clone();
        let deps = (
            p.area.map(f32::to_bits),
            p.pending.clone(),
            p.colours.clone(),
            p.colour,
            p.width,
            *module,
        );
        use_effect_with(deps, move |(area, pending, colours, colour, width, _)| {
            if let Some(canvas) = node.cast::<HtmlCanvasElement>() {
                let style = canvas.style();
                let pct = |b: u32| format!("{:.3}%", f32::from_bits(b) * 100.0);
                for (k, v) in ["left", "top", "width", "height"].iter().zip(area) {
                    let _ = style.set_property(k, &pct(*v));
                }
                let text = stored::encode(&Writing {
                    strokes: pending.clone(),
                });
                let width = match width {
                    Width::Fine => 0,
                    Width::Medium => 1,
                    Width::Bold => 2,
                };
                pen_client::set(&text, colours.as_flattened(), *colour, width);
            }
        });
    }

    match *module {
        Module::Ready => html! {
            <canvas ref={node} class="pen-area" role="img" aria-label={p.label.clone()}
                aria-describedby="pen-hint" />
        },
        Module::Loading => Html::default(),
        Module::Failed => {
            let retry = {
                let (module, tries) = (module.clone(), tries.clone());
                Callback::from(move |_: MouseEvent| {
                    module.set(Module::Loading);
                    tries.set(*tries + 1);
                })
            };
            html! {
                <div class="pen-failed" role="alert">
                    <p>{ t.get("pen-failed") }</p>
                    <button type="button" class="button button-secondary" onclick={retry}>
                        { t.get("try-again") }
                    </button>
                </div>
            }
        }
    }
}
