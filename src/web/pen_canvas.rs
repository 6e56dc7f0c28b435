//! The pen's own wasm module (`pen-ink`, wasm only), loaded on the page's
//! main thread when a person chooses to write by hand, so none of this is
//! in the first screen. It takes ink on the writing area's canvas from a
//! mouse, a finger or a stylus (Pointer Events, with the coalesced events
//! between frames where the browser gives them) and shows it at once as
//! wet ink ([`crate::ink::wet`], the board's own outlines), until the
//! worker's render of the board has the stroke. A stroke ends when the
//! pointer lifts; it is then handed to the page ([`crate::web::pen_client`])
//! in the draft's own compact form ([`crate::ink::stored`]).
//!
//! Pressure is trusted only from a pen (a mouse reports 0.5 always); while
//! a pen touches, touches are ignored (a resting palm), and a pen coming
//! down ends a touch stroke begun by the palm. The page does not scroll
//! under the pen (`touch-action: none` in the style sheet).
//!
//! The module puts `pledgePen` on the window, with three functions:
//! `attach(canvas, onStroke)`, `set(pending, colours, colour, width)` (the
//! strokes the preview does not show yet, as stored text; the board's ink
//! colours as RGB bytes; the chosen colour and width, 0 to 2) and
//! `detach()`; then it sends the window a `pledge-pen-ready` event.

use crate::ink::stored;
use crate::ink::wet::{union, Area, WetInk};
use crate::ink::{InkPoint, Stroke, Width, Writing, FULL_PRESSURE, UNITS};
use gloo::events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{HtmlCanvasElement, ImageData, PointerEvent};

/// The stroke being drawn.
struct Drawing {
    pointer: i32,
    pen: bool,
    start: f64,
    stroke: Stroke,
    /// The canvas box the last frame drew it in.
    drawn: Option<Area>,
}

/// The pen on one canvas.
struct Pen {
    canvas: HtmlCanvasElement,
    on_stroke: js_sys::Function,
    wet: Option<WetInk>,
    drawing: Option<Drawing>,
    /// Units per CSS pixel, and the canvas's left and top on the page.
    at: (f64, f64, f64),
    /// The height of the writing area in ink units.
    bottom: i32,
    pending: Vec<Stroke>,
    colours: Vec<[u8; 3]>,
    colour: usize,
    width: Width,
    _listeners: Vec<EventListener>,
}

thread_local! {
    static PEN: RefCell<Option<Pen>> = const { RefCell::new(None) };
}

fn put(canvas: &HtmlCanvasElement, [x, y, w, h]: Area, pixels: &[u8]) {
    if w == 0 || h == 0 {
        return;
    }
    if let (Some(cx), Ok(data)) = (
        super::page::canvas_2d(canvas),
        ImageData::new_with_u8_clamped_array_and_sh(Clamped(pixels), w, h),
    ) {
        let _ = cx.put_image_data(&data, f64::from(x), f64::from(y));
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

impl Pen {
    /// Where the canvas is now (the page may have scrolled or reflowed
    /// since): the mapping from the pointer to ink units; and, if its size
    /// in device pixels changed (or `afresh`), the canvas sized to its box
    /// on the page and the pending strokes laid on it anew.
    fn fit(&mut self, afresh: bool) {
        let rect = self.canvas.get_bounding_client_rect();
        if rect.width() < 1.0 {
            return;
        }
        let units = f64::from(UNITS) / rect.width();
        self.at = (units, rect.left(), rect.top());
        self.bottom = (rect.height() * units) as i32;
        let ratio = gloo::utils::window().device_pixel_ratio().clamp(1.0, 3.0);
        let (w, h) = (
            (rect.width() * ratio).round() as u32,
            (rect.height() * ratio).round() as u32,
        );
        if !afresh && self.wet.as_ref().map(|w| (w.width, w.height)) == Some((w, h)) {
            return;
        }
        if self.canvas.width() != w || self.canvas.height() != h {
            self.canvas.set_width(w);
            self.canvas.set_height(h);
        }
        let mut wet = WetInk::new(w, h);
        for s in &self.pending {
            wet.lay(s, colour_of(&self.colours, s.colour));
        }
        put(&self.canvas, [0, 0, w, h], wet.pixels());
        self.wet = Some(wet);
        if let Some(d) = &mut self.drawing {
            d.drawn = None;
        }
    }

    /// The laid ink alone again (a stroke dropped).
    fn show_laid(&self) {
        if let Some(wet) = &self.wet {
            put(&self.canvas, [0, 0, wet.width, wet.height], wet.pixels());
        }
    }

    /// Draws the stroke being written over the laid ink.
    fn draw_frame(&mut self) {
        let (Some(wet), Some(d)) = (&self.wet, &mut self.drawing) else {
            return;
        };
        let colour = colour_of(&self.colours, d.stroke.colour);
        if let Some((area, pixels)) = wet.with(&d.stroke, colour, d.drawn) {
            put(&self.canvas, area, &pixels);
            d.drawn = Some(d.drawn.map_or(area, |a| union(a, area)));
        }
    }

    /// The point under a pointer event, in ink units inside the area.
    fn point(&self, e: &PointerEvent, start: f64, real_pressure: bool) -> InkPoint {
        let (units, left, top) = self.at;
        // With its fractions where the browser keeps them (web-sys gives
        // whole pixels).
        let (fx, fy) = js_xy(e).unwrap_or((f64::from(e.client_x()), f64::from(e.client_y())));
        InkPoint {
            x: (((fx - left) * units).round() as i32).clamp(0, UNITS),
            y: (((fy - top) * units).round() as i32).clamp(0, self.bottom.max(0)),
            pressure: if real_pressure {
                (e.pressure() * f32::from(FULL_PRESSURE)).round() as u16
            } else {
                0
            },
            t: (e.time_stamp() - start).max(0.0) as u32,
        }
    }

    fn down(&mut self, e: &PointerEvent) {
        let kind = e.pointer_type();
        let is_pen = kind == "pen";
        if kind == "mouse" && e.button() != 0 {
            return;
        }
        match &self.drawing {
            // A pen down: the touch stroke was a palm's; drop it.
            Some(d) if is_pen && !d.pen => {
                let _ = self.canvas.release_pointer_capture(d.pointer);
                self.drawing = None;
                self.show_laid();
            }
            Some(_) => return,
            None => {}
        }
        // (No preventDefault needed: `touch-action: none` is what keeps
        // the page still under the pen.)
        let _ = self.canvas.set_pointer_capture(e.pointer_id());
        self.fit(false);
        if self.wet.is_none() {
            return;
        }
        let start = e.time_stamp();
        let first = self.point(e, start, is_pen);
        self.drawing = Some(Drawing {
            pointer: e.pointer_id(),
            pen: is_pen,
            start,
            stroke: Stroke {
                points: vec![first],
                width: self.width,
                colour: self.colour,
                real_pressure: is_pen,
            },
            drawn: None,
        });
        self.draw_frame();
    }

    fn moved(&mut self, e: &PointerEvent) {
        let (start, is_pen) = match &self.drawing {
            Some(d) if d.pointer == e.pointer_id() => (d.start, d.pen),
            _ => return,
        };
        let points: Vec<InkPoint> = coalesced(e)
            .iter()
            .map(|c| self.point(c, start, is_pen))
            .collect();
        if let Some(d) = &mut self.drawing {
            for pt in points {
                if d.stroke.points.last() != Some(&pt) {
                    d.stroke.points.push(pt);
                }
            }
        }
        // Drawn at once: browsers deliver moves once a frame (the
        // coalesced ones carry the points between), so waiting for the
        // next frame would show the ink a frame late.
        self.draw_frame();
    }

    /// The finished stroke, laid on the canvas until the preview shows it.
    fn up(&mut self, e: &PointerEvent) -> Option<Stroke> {
        if self.drawing.as_ref()?.pointer != e.pointer_id() {
            return None;
        }
        let d = self.drawing.take()?;
        let colour = colour_of(&self.colours, d.stroke.colour);
        if let Some(wet) = &mut self.wet {
            if let Some(area) = wet.lay(&d.stroke, colour) {
                let area = d.drawn.map_or(area, |a| union(a, area));
                put(&self.canvas, area, &wet.region(area));
            }
        }
        Some(d.stroke)
    }

    fn cancel(&mut self, e: &PointerEvent) {
        if self
            .drawing
            .as_ref()
            .is_some_and(|d| d.pointer == e.pointer_id())
        {
            self.drawing = None;
            self.show_laid();
        }
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

/// Runs `f` on the attached pen, if there is one.
fn with_pen<T>(f: impl FnOnce(&mut Pen) -> T) -> Option<T> {
    PEN.with(|p| p.borrow_mut().as_mut().map(f))
}

/// A listener on `target` that hands pointer events to `f`.
fn on_pointer(
    target: &web_sys::EventTarget,
    kind: &'static str,
    f: fn(&mut Pen, &PointerEvent),
) -> EventListener {
    EventListener::new(target, kind, move |e| {
        if let Some(e) = e.dyn_ref::<PointerEvent>() {
            with_pen(|p| f(p, e));
        }
    })
}

fn attach(canvas: JsValue, on_stroke: JsValue) {
    let (Ok(canvas), Ok(on_stroke)) = (
        canvas.dyn_into::<HtmlCanvasElement>(),
        on_stroke.dyn_into::<js_sys::Function>(),
    ) else {
        return;
    };
    let listeners = vec![
        on_pointer(&canvas, "pointerdown", Pen::down),
        on_pointer(&canvas, "pointermove", Pen::moved),
        on_pointer(&canvas, "pointercancel", Pen::cancel),
        EventListener::new(&canvas, "pointerup", |e| {
            let Some(e) = e.dyn_ref::<PointerEvent>() else {
                return;
            };
            // Handed over with the pen let go: the page may call `set`
            // at once.
            let done = with_pen(|p| p.up(e).map(|s| (s, p.on_stroke.clone()))).flatten();
            if let Some((stroke, on_stroke)) = done {
                let text = stored::encode(&Writing {
                    strokes: vec![stroke],
                });
                let _ = on_stroke.call1(&JsValue::NULL, &text.into());
            }
        }),
        EventListener::new(&gloo::utils::window(), "resize", |_| {
            with_pen(|p| p.fit(true));
        }),
    ];
    let pen = Pen {
        canvas,
        on_stroke,
        wet: None,
        drawing: None,
        at: (0.0, 0.0, 0.0),
        bottom: 0,
        pending: Vec::new(),
        colours: Vec::new(),
        colour: 0,
        width: Width::Medium,
        _listeners: listeners,
    };
    PEN.with(|p| *p.borrow_mut() = Some(pen));
}

fn set(pending: JsValue, colours: JsValue, colour: JsValue, width: JsValue) {
    let pending = pending
        .as_string()
        .and_then(|t| stored::decode(&t).ok())
        .unwrap_or_default()
        .strokes;
    let colours: Vec<[u8; 3]> = js_sys::Uint8Array::new(&colours)
        .to_vec()
        .chunks_exact(3)
        .map(|c| [c[0], c[1], c[2]])
        .collect();
    let colour = colour.as_f64().unwrap_or(0.0) as usize;
    let width = match width.as_f64().unwrap_or(1.0) as u8 {
        0 => Width::Fine,
        2 => Width::Bold,
        _ => Width::Medium,
    };
    with_pen(|p| {
        p.pending = pending;
        p.colours = colours;
        p.colour = colour;
        p.width = width;
        p.fit(true);
    });
}

/// The module's start: `pledgePen` on the window, then the ready event.
pub fn start() {
    let api = js_sys::Object::new();
    let attach = Closure::<dyn Fn(JsValue, JsValue)>::new(attach);
    let set = Closure::<dyn Fn(JsValue, JsValue, JsValue, JsValue)>::new(set);
    let detach = Closure::<dyn Fn()>::new(|| PEN.with(|p| drop(p.borrow_mut().take())));
    for (name, f) in [
        ("attach", attach.into_js_value()),
        ("set", set.into_js_value()),
        ("detach", detach.into_js_value()),
    ] {
        let _ = js_sys::Reflect::set(&api, &name.into(), &f);
    }
    let window = gloo::utils::window();
    let _ = js_sys::Reflect::set(&window, &"pledgePen".into(), &api);
    if let Ok(ready) = web_sys::Event::new("pledge-pen-ready") {
        let _ = window.dispatch_event(&ready);
    }
}
