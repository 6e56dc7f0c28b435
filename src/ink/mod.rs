//! Handwriting: strokes as the pen gave them, and their outlines.
//!
//! A stroke is kept as points (position, pressure, time) in whole numbers,
//! never as pixels or as its outline, so the same writing draws at every
//! size and on every board, and the draft keeps it compactly. Positions
//! are in ink units: [`UNITS`] across the writing area's width, the same
//! unit down, from its top-left corner. The outline ([`outline`]) is
//! computed from the points by the same Rust code wherever it is drawn:
//! under the pen on the page, in the worker's export, natively in tests.
//!
//! Pure Rust on `libm` and `sqrt` only (no platform maths), so an outline
//! is the same to the last bit natively and in wasm.

pub mod coverage;
pub mod outline;
pub mod stored;
pub mod wet;

pub use coverage::{coverage, Coverage};
pub use outline::{outline, Disc, Outline};

/// Ink units across the writing area's width.
pub const UNITS: i32 = 10_000;

/// The most points a board's writing may hold, all strokes together.
pub const MAX_POINTS: usize = 20_000;

/// Pressure as a pen reports it, in thousandths (0 to 1000); a mouse or a
/// finger gives none, and speed stands in for it ([`Stroke::real_pressure`]).
pub const FULL_PRESSURE: u16 = 1000;

/// One sample of the pen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InkPoint {
    /// Ink units from the writing area's left edge.
    pub x: i32,
    /// Ink units from the writing area's top edge.
    pub y: i32,
    /// Thousandths of full pressure.
    pub pressure: u16,
    /// Milliseconds since the stroke began.
    pub t: u32,
}

/// The pen's widths: the campaign's ink is drawn in one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Width {
    Fine,
    #[default]
    Medium,
    Bold,
}

impl Width {
    /// The line's width at half pressure, in ink units (about 6, 9 and 14
    /// pixels across a 900-pixel writing area).
    pub fn size(self) -> f64 {
        match self {
            Width::Fine => 65.0,
            Width::Medium => 100.0,
            Width::Bold => 155.0,
        }
    }
}

/// One line, from the pen touching down to lifting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stroke {
    pub points: Vec<InkPoint>,
    pub width: Width,
    /// Which of the campaign's ink colours, by its place in the list.
    pub colour: usize,
    /// Whether the pressures came from a pen; otherwise the line thins
    /// with speed, as a pen's would.
    pub real_pressure: bool,
}

/// A pledge written by hand: its strokes in the order drawn.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Writing {
    pub strokes: Vec<Stroke>,
}

impl Writing {
    /// All strokes' points together (at most [`MAX_POINTS`] are kept).
    pub fn points(&self) -> usize {
        self.strokes.iter().map(|s| s.points.len()).sum()
    }

    /// Whether nothing has been written.
    pub fn is_empty(&self) -> bool {
        self.strokes.iter().all(|s| s.points.is_empty())
    }
}
