//! Moving and zooming the photo directly on the preview: drag with a mouse
//! or finger, pinch with two fingers, or turn the mouse wheel, over the
//! photo's frame. An invisible layer over the frame takes the gestures (so
//! the rest of the board still scrolls the page on a phone); the buttons in
//! the photo section do all of this too, for keyboards and screen readers
//! (WCAG 2.5.7), so this layer is hidden from assistive technology.

use crate::render::placement::{fit, Box2, Placement};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, PointerEvent, WheelEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The frame's box in image pixels, on an image this size.
    pub frame: Box2,
    pub image_width: u32,
    pub image_height: u32,
    /// The photo's size in pixels.
    pub photo: (u32, u32),
    pub placement: Placement,
    pub on_place: Callback<Placement>,
}

/// A gesture in progress: the pointers down (id, x, y at the start), and
/// the placement it started from.
#[derive(Default)]
struct Gesture {
    pointers: Vec<(i32, f64, f64)>,
    start: Placement,
    latest: Vec<(i32, f64, f64)>,
}

fn distance(p: &[(i32, f64, f64)]) -> f64 {
    match p {
        [a, b, ..] => ((a.1 - b.1).powi(2) + (a.2 - b.2).powi(2)).sqrt(),
        _ => 0.0,
    }
}

#[function_component(PhotoDrag)]
pub fn photo_drag(p: &Props) -> Html {
    let node = use_node_ref();
    let gesture = use_mut_ref(Gesture::default);
    // The latest props, for the wheel listener (added once).
    let latest = use_mut_ref(|| (p.placement, p.on_place.clone()));
    *latest.borrow_mut() = (p.placement, p.on_place.clone());

    {
        let (node, latest) = (node.clone(), latest.clone());
        use_effect_with((), move |_| {
            let listener = node.cast::<HtmlElement>().map(|el| {
                EventListener::new_with_options(
                    &el,
                    "wheel",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<WheelEvent>() else {
                            return;
                        };
                        e.prevent_default();
                        let (placement, on_place) = latest.borrow().clone();
                        let factor = (-e.delta_y() * 0.002).exp() as f32;
                        on_place.emit(placement.zoomed_by(factor));
                    },
                )
            });
            move || drop(listener)
        });
    }

    // Image pixels per CSS pixel, from the layer's size on screen.
    let scale = {
        let (node, frame) = (node.clone(), p.frame);
        move || {
            node.cast::<HtmlElement>()
                .map(|el| el.get_bounding_client_rect().width())
                .filter(|w| *w > 0.0)
                .map_or(1.0, |w| frame.width as f64 / w)
        }
    };

    let on_down = {
        let (gesture, placement) = (gesture.clone(), p.placement);
        Callback::from(move |e: PointerEvent| {
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            let mut g = gesture.borrow_mut();
            g.pointers.retain(|(id, ..)| *id != e.pointer_id());
            g.pointers
                .push((e.pointer_id(), e.client_x() as f64, e.client_y() as f64));
            g.latest = g.pointers.clone();
            // Each new finger starts the gesture afresh from where it is now.
            g.start = placement;
        })
    };
    let on_move = {
        let gesture = gesture.clone();
        let (frame, photo, on_place) = (p.frame, p.photo, p.on_place.clone());
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            let id = e.pointer_id();
            let Some(now) = g.latest.iter_mut().find(|(p, ..)| *p == id) else {
                return;
            };
            *now = (id, e.client_x() as f64, e.client_y() as f64);
            let next = if g.pointers.len() >= 2 {
                let (a, b) = (distance(&g.pointers), distance(&g.latest));
                if a < 1.0 {
                    return;
                }
                g.start.zoomed_by((b / a) as f32)
            } else {
                let (start, now) = (g.pointers[0], g.latest[0]);
                let s = scale();
                let f = fit(frame, photo.0, photo.1, g.start);
                g.start.dragged(
                    &f,
                    ((now.1 - start.1) * s) as f32,
                    ((now.2 - start.2) * s) as f32,
                )
            };
            on_place.emit(next);
        })
    };
    let on_up = {
        let (gesture, placement) = (gesture.clone(), p.placement);
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.retain(|(id, ..)| *id != e.pointer_id());
            g.latest.retain(|(id, ..)| *id != e.pointer_id());
            // The fingers left carry on from here.
            g.pointers = g.latest.clone();
            g.start = placement;
        })
    };

    // Placed over the frame through the CSSOM: a `style` attribute would
    // need 'unsafe-inline' in the Content-Security-Policy.
    {
        let node = node.clone();
        let at = (p.frame, p.image_width, p.image_height);
        use_effect_with(at, move |(frame, w, h)| {
            if let Some(el) = node.cast::<HtmlElement>() {
                let pct = |v: f32, of: u32| format!("{:.3}%", v / of.max(1) as f32 * 100.0);
                let style = el.style();
                let _ = style.set_property("left", &pct(frame.x, *w));
                let _ = style.set_property("top", &pct(frame.y, *h));
                let _ = style.set_property("width", &pct(frame.width, *w));
                let _ = style.set_property("height", &pct(frame.height, *h));
            }
        });
    }
    html! {
        <div ref={node} class="photo-drag" aria-hidden="true"
            onpointerdown={on_down} onpointermove={on_move}
            onpointerup={on_up.clone()} onpointercancel={on_up} />
    }
}
