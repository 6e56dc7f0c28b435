//! The pen: a canvas over the preview's text box that takes ink from a
//! mouse, a finger or a stylus (Pointer Events, with the coalesced events
//! between frames where the browser gives them) and shows it at once as
//! wet ink ([`crate::ink::wet`], the board's own outlines), until the
//! worker's render of the board has the stroke. A stroke ends when the
//! pointer lifts; it is then the editor's ([`InkAction::Stroke`]).
//!
//! Pressure is trusted only from a pen (a mouse reports 0.5 always); while
//! a pen touches, touches are ignored (a resting palm), and a pen coming
//! down ends a touch stroke begun by the palm. The page does not scroll
//! under the pen (`touch-action: none`); the hint beside it says to swipe
//! outside the board.

use crate::ink::wet::{union, Area, WetInk};
use crate::ink::{InkPoint, Stroke, Width, FULL_PRESSURE, UNITS};
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData, PointerEvent};
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

/// The stroke being drawn.
struct Drawing {
    pointer: i32,
    pen: bool,
    start: f64,
    stroke: Stroke,
    /// The canvas box the last frame drew it in.
    drawn: Option<Area>,
}

/// What the handlers need of the latest props.
#[derive(Clone)]
struct Latest {
    colours: Vec<[u8; 3]>,
    colour: usize,
    width: Width,
    pending: Vec<Stroke>,
    on_stroke: Callback<Stroke>,
}

#[derive(Default)]
struct Pen {
    wet: Option<WetInk>,
    drawing: Option<Drawing>,
    /// Units per CSS pixel, and the canvas's left and top on the page.
    at: (f64, f64, f64),
    /// The height of the writing area in ink units.
    bottom: i32,
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

fn put(canvas: &HtmlCanvasElement, [x, y, w, h]: Area, pixels: &[u8]) {
    if w == 0 || h == 0 {
        return;
    }
    if let (Some(cx), Ok(data)) = (
        context(canvas),
        ImageData::new_with_u8_clamped_array_and_sh(Clamped(pixels), w, h),
    ) {
        let _ = cx.put_image_data(&data, f64::from(x), f64::from(y));
    }
}

/// Where the canvas is now (the page may have scrolled or reflowed since):
/// the mapping from the pointer to ink units; and, if its size in device
/// pixels changed, the canvas resized and the pending ink laid afresh.
fn measure(canvas: &HtmlCanvasElement, pen: &mut Pen, latest: &Latest) {
    let rect = canvas.get_bounding_client_rect();
    if rect.width() < 1.0 {
        return;
    }
    let units = f64::from(UNITS) / rect.width();
    pen.at = (units, rect.left(), rect.top());
    pen.bottom = (rect.height() * units) as i32;
    let ratio = gloo::utils::window().device_pixel_ratio().clamp(1.0, 3.0);
    let size = (
        (rect.width() * ratio).round() as u32,
        (rect.height() * ratio).round() as u32,
    );
    if pen.wet.as_ref().map(|w| (w.width, w.height)) != Some(size) {
        refresh(canvas, pen, &latest.pending, &latest.colours);
    }
}

/// The canvas sized to its box on the page (in device pixels), and the
/// pending strokes laid on it afresh.
fn refresh(canvas: &HtmlCanvasElement, pen: &mut Pen, pending: &[Stroke], colours: &[[u8; 3]]) {
    let rect = canvas.get_bounding_client_rect();
    if rect.width() < 1.0 {
        return;
    }
    let ratio = gloo::utils::window().device_pixel_ratio().clamp(1.0, 3.0);
    let (w, h) = (
        (rect.width() * ratio).round() as u32,
        (rect.height() * ratio).round() as u32,
    );
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let units = f64::from(UNITS) / rect.width();
    pen.at = (units, rect.left(), rect.top());
    pen.bottom = (rect.height() * units) as i32;
    let mut wet = WetInk::new(w, h);
    for s in pending {
        wet.lay(s, colour_of(colours, s.colour));
    }
    put(canvas, [0, 0, w, h], wet.pixels());
    pen.wet = Some(wet);
    if let Some(d) = &mut pen.drawing {
        d.drawn = None;
    }
}

/// The board's ink colour `i` (its first if it has no such).
fn colour_of(colours: &[[u8; 3]], i: usize) -> [u8; 3] {
    colours
        .get(i)
        .or(colours.first())
        .copied()
        .unwrap_or_default()
}

/// The point under a pointer event, in ink units inside the area.
fn point(pen: &Pen, e: &PointerEvent, start: f64, real_pressure: bool) -> InkPoint {
    let (units, left, top) = pen.at;
    // With its fractions where the browser keeps them (web-sys gives
    // whole pixels).
    let (fx, fy) = js_xy(e).unwrap_or((f64::from(e.client_x()), f64::from(e.client_y())));
    InkPoint {
        x: (((fx - left) * units).round() as i32).clamp(0, UNITS),
        y: (((fy - top) * units).round() as i32).clamp(0, pen.bottom.max(0)),
        pressure: if real_pressure {
            (e.pressure() * f32::from(FULL_PRESSURE)).round() as u16
        } else {
            0
        },
        t: (e.time_stamp() - start).max(0.0) as u32,
    }
}

/// clientX and clientY as the browser keeps them (fractions included).
fn js_xy(e: &PointerEvent) -> Option<(f64, f64)> {
    let get = |k: &str| js_sys::Reflect::get(e, &k.into()).ok()?.as_f64();
    Some((get("clientX")?, get("clientY")?))
}

/// The events since the last one the page saw, where the browser
/// coalesces them (the moves between two frames), else the event itself.
fn coalesced(e: &PointerEvent) -> Vec<PointerEvent> {
    let has = js_sys::Reflect::has(e, &"getCoalescedEvents".into()).unwrap_or(false);
    let list: Vec<PointerEvent> = if has {
        e.get_coalesced_events()
            .iter()
            .filter_map(|v| v.dyn_into().ok())
            .collect()
    } else {
        Vec::new()
    };
    if list.is_empty() {
        vec![e.clone()]
    } else {
        list
    }
}

/// Draws the stroke being written over the laid ink.
fn draw_frame(canvas: &HtmlCanvasElement, pen: &mut Pen, colours: &[[u8; 3]]) {
    let (Some(wet), Some(d)) = (&pen.wet, &mut pen.drawing) else {
        return;
    };
    let colour = colour_of(colours, d.stroke.colour);
    if let Some((area, pixels)) = wet.with(&d.stroke, colour, d.drawn) {
        put(canvas, area, &pixels);
        d.drawn = Some(d.drawn.map_or(area, |a| union(a, area)));
    }
}

#[function_component(PenArea)]
pub fn pen_area(p: &Props) -> Html {
    let node = use_node_ref();
    let pen = use_mut_ref(Pen::default);
    let now = Latest {
        colours: p.colours.clone(),
        colour: p.colour,
        width: p.width,
        pending: p.pending.clone(),
        on_stroke: p.on_stroke.clone(),
    };
    let latest = use_mut_ref(|| now.clone());
    *latest.borrow_mut() = now;

    // Placed over the text box; the pending ink laid afresh whenever it
    // (or the box) changes, and when the window's size does.
    {
        let (node, pen) = (node.clone(), pen.clone());
        let deps = (
            p.area.map(f32::to_bits),
            p.pending.clone(),
            p.colours.clone(),
        );
        let (pending, colours) = (p.pending.clone(), p.colours.clone());
        use_effect_with(deps, move |(area, _, _)| {
            let mut resize = None;
            if let Some(canvas) = node.cast::<HtmlCanvasElement>() {
                let style = canvas.style();
                let pct = |b: u32| format!("{:.3}%", f32::from_bits(b) * 100.0);
                let _ = style.set_property("left", &pct(area[0]));
                let _ = style.set_property("top", &pct(area[1]));
                let _ = style.set_property("width", &pct(area[2]));
                let _ = style.set_property("height", &pct(area[3]));
                let lay = {
                    let (canvas, pen) = (canvas.clone(), pen.clone());
                    move || refresh(&canvas, &mut pen.borrow_mut(), &pending, &colours)
                };
                lay();
                resize = Some(gloo::events::EventListener::new(
                    &gloo::utils::window(),
                    "resize",
                    move |_| lay(),
                ));
            }
            move || drop(resize)
        });
    }

    let on_down = {
        let (node, pen, latest) = (node.clone(), pen.clone(), latest.clone());
        Callback::from(move |e: PointerEvent| {
            let kind = e.pointer_type();
            let is_pen = kind == "pen";
            if kind == "mouse" && e.button() != 0 {
                return;
            }
            let Some(canvas) = node.cast::<HtmlCanvasElement>() else {
                return;
            };
            let mut pen = pen.borrow_mut();
            match &pen.drawing {
                // A pen down: the touch stroke was a palm's; drop it.
                Some(d) if is_pen && !d.pen => {
                    let _ = canvas.release_pointer_capture(d.pointer);
                    pen.drawing = None;
                    if let Some(wet) = &pen.wet {
                        put(&canvas, [0, 0, wet.width, wet.height], wet.pixels());
                    }
                }
                Some(_) => return,
                None => {}
            }
            // (No preventDefault: Yew listens passively; `touch-action:
            // none` is what keeps the page still under the pen.)
            let _ = canvas.set_pointer_capture(e.pointer_id());
            let now = latest.borrow().clone();
            measure(&canvas, &mut pen, &now);
            if pen.wet.is_none() {
                return;
            }
            let (colour, width) = (now.colour, now.width);
            let start = e.time_stamp();
            let first = point(&pen, &e, start, is_pen);
            pen.drawing = Some(Drawing {
                pointer: e.pointer_id(),
                pen: is_pen,
                start,
                stroke: Stroke {
                    points: vec![first],
                    width,
                    colour,
                    real_pressure: is_pen,
                },
                drawn: None,
            });
            draw_frame(&canvas, &mut pen, &now.colours);
        })
    };
    let on_move = {
        let (node, pen, latest) = (node.clone(), pen.clone(), latest.clone());
        Callback::from(move |e: PointerEvent| {
            let mut p = pen.borrow_mut();
            let (start, is_pen) = match &p.drawing {
                Some(d) if d.pointer == e.pointer_id() => (d.start, d.pen),
                _ => return,
            };
            let points: Vec<InkPoint> = coalesced(&e)
                .iter()
                .map(|c| point(&p, c, start, is_pen))
                .collect();
            if let Some(d) = &mut p.drawing {
                for pt in points {
                    if d.stroke.points.last() != Some(&pt) {
                        d.stroke.points.push(pt);
                    }
                }
            }
            // Drawn at once: browsers deliver moves once a frame (the
            // coalesced ones carry the points between), so waiting for the
            // next frame would show the ink a frame late.
            if let Some(canvas) = node.cast::<HtmlCanvasElement>() {
                let colours = latest.borrow().colours.clone();
                draw_frame(&canvas, &mut p, &colours);
            }
        })
    };
    let on_up = {
        let (node, pen, latest) = (node.clone(), pen.clone(), latest.clone());
        Callback::from(move |e: PointerEvent| {
            let mut p = pen.borrow_mut();
            if p.drawing
                .as_ref()
                .is_none_or(|d| d.pointer != e.pointer_id())
            {
                return;
            }
            let Some(d) = p.drawing.take() else {
                return;
            };
            let Latest {
                colours, on_stroke, ..
            } = latest.borrow().clone();
            // Kept on the canvas until the preview shows it.
            if let (Some(wet), Some(canvas)) = (&mut p.wet, node.cast::<HtmlCanvasElement>()) {
                if let Some(area) = wet.lay(&d.stroke, colour_of(&colours, d.stroke.colour)) {
                    let area = d.drawn.map_or(area, |a| union(a, area));
                    put(&canvas, area, &wet.region(area));
                }
            }
            drop(p);
            on_stroke.emit(d.stroke);
        })
    };
    let on_cancel = {
        let (node, pen) = (node.clone(), pen.clone());
        Callback::from(move |e: PointerEvent| {
            let mut p = pen.borrow_mut();
            if p.drawing
                .as_ref()
                .is_some_and(|d| d.pointer == e.pointer_id())
            {
                p.drawing = None;
                if let (Some(wet), Some(canvas)) = (&p.wet, node.cast::<HtmlCanvasElement>()) {
                    put(&canvas, [0, 0, wet.width, wet.height], wet.pixels());
                }
            }
        })
    };

    html! {
        <canvas ref={node} class="pen-area" role="img" aria-label={p.label.clone()}
            aria-describedby="pen-hint"
            onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up}
            onpointercancel={on_cancel} />
    }
}
