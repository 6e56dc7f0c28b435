//! Where the photo sits in its frame: how far it is zoomed and moved. Pure
//! arithmetic, shared by the render engine (to draw) and the editor (to
//! turn a drag on the preview into a move).
//!
//! At zoom 100 % the photo just covers the frame (it "fills" it, cropping
//! what overflows); zooming in enlarges it about the frame's centre. The
//! photo is moved within the room it has: `x` and `y` run from −1000 (the
//! photo's right or bottom edge on the frame's) through 0 (centred) to 1000
//! (its left or top edge on the frame's), so the frame is always covered and
//! a placement means the same on every board size. Whole numbers, so a
//! placement is compared, stored and sent exactly.

use crate::campaign::{FrameShape, PhotoFrame};

/// How the photo is placed in its frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Placement {
    /// −1000 ..= 1000: left (negative) or right (positive) within the room.
    pub x: i32,
    /// −1000 ..= 1000: up (negative) or down (positive) within the room.
    pub y: i32,
    /// Per cent, [`MIN_ZOOM`] ..= [`MAX_ZOOM`].
    pub zoom: u32,
}

pub const MIN_ZOOM: u32 = 100;
pub const MAX_ZOOM: u32 = 400;
/// One press of "Zoom in" multiplies the zoom by 1.25.
const ZOOM_STEP: f32 = 1.25;
/// One press of a move button goes a fifth of the way across the room.
pub const MOVE_STEP: i32 = 200;
const ROOM: i32 = 1000;

impl Default for Placement {
    fn default() -> Placement {
        Placement {
            x: 0,
            y: 0,
            zoom: MIN_ZOOM,
        }
    }
}

/// A direction for the move buttons and arrow keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Placement {
    /// The same placement with every number in range.
    pub fn clamped(self) -> Placement {
        Placement {
            x: self.x.clamp(-ROOM, ROOM),
            y: self.y.clamp(-ROOM, ROOM),
            zoom: self.zoom.clamp(MIN_ZOOM, MAX_ZOOM),
        }
    }

    pub fn zoomed_in(self) -> Placement {
        let z = (self.zoom as f32 * ZOOM_STEP).round() as u32;
        Placement { zoom: z, ..self }.clamped()
    }

    pub fn zoomed_out(self) -> Placement {
        let z = (self.zoom as f32 / ZOOM_STEP).round() as u32;
        Placement { zoom: z, ..self }.clamped()
    }

    /// Zoomed by a factor (a pinch or the mouse wheel).
    pub fn zoomed_by(self, factor: f32) -> Placement {
        if !factor.is_finite() || factor <= 0.0 {
            return self;
        }
        let z = (self.zoom as f32 * factor).round().min(MAX_ZOOM as f32) as u32;
        Placement { zoom: z, ..self }.clamped()
    }

    /// One step in a direction. The photo moves the way the button says.
    pub fn moved(self, d: Direction) -> Placement {
        let (dx, dy) = match d {
            Direction::Left => (-MOVE_STEP, 0),
            Direction::Right => (MOVE_STEP, 0),
            Direction::Up => (0, -MOVE_STEP),
            Direction::Down => (0, MOVE_STEP),
        };
        Placement {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamped()
    }

    /// Moved by a drag of `dx`, `dy` image pixels, given how the photo is
    /// fitted now (a drag along an axis with no room does nothing).
    pub fn dragged(self, fit: &Fit, dx: f32, dy: f32) -> Placement {
        let step = |room: f32, d: f32| {
            if room > 0.5 {
                (d / (room / 2.0) * ROOM as f32).round() as i32
            } else {
                0
            }
        };
        Placement {
            x: self.x + step(fit.room_x, dx),
            y: self.y + step(fit.room_y, dy),
            ..self
        }
        .clamped()
    }

    /// Whether the photo can still move this way.
    pub fn can_move(self, d: Direction) -> bool {
        match d {
            Direction::Left => self.x > -ROOM,
            Direction::Right => self.x < ROOM,
            Direction::Up => self.y > -ROOM,
            Direction::Down => self.y < ROOM,
        }
    }
}

/// A rectangle in image pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Box2 {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

/// The box the photo must cover, in pixels on an image of this size: the
/// frame's rectangle, or for a circle the square around it.
pub fn frame_box(frame: &PhotoFrame, width: u32, height: u32) -> Box2 {
    let (x, y, w, h) = (
        frame.x * width as f32,
        frame.y * height as f32,
        frame.width * width as f32,
        frame.height * height as f32,
    );
    match frame.shape {
        FrameShape::Circle => {
            let d = w.min(h);
            Box2 {
                x: x + (w - d) / 2.0,
                y: y + (h - d) / 2.0,
                width: d,
                height: d,
            }
        }
        FrameShape::Rectangle | FrameShape::Rounded => Box2 {
            x,
            y,
            width: w,
            height: h,
        },
    }
}

/// How many pixels a photo's longer side needs for this campaign: enough
/// for the largest frame of any board at any export size, zoomed all the
/// way in (within reason: at most 2048, so a phone's photo shrinks at once).
pub fn photo_side_needed(c: &crate::campaign::Campaign) -> u32 {
    let mut side: f32 = 0.0;
    for frame in c.boards.iter().filter_map(|b| b.photo_frame.as_ref()) {
        for s in &c.sizes {
            let b = frame_box(frame, s.width, s.height);
            side = side.max(b.width.max(b.height));
        }
    }
    let framed = (side * MAX_ZOOM as f32 / 100.0).ceil() as u32;
    // A photo of a paper pledge fills the whole image: its pixels one for
    // one at the largest size (zooming in on paper only enlarges them).
    let paper = c
        .sizes
        .iter()
        .filter(|_| c.paper_photos)
        .map(|s| s.width.max(s.height))
        .max()
        .unwrap_or(0);
    framed.max(paper).clamp(256, 2048)
}

/// Where a photo goes: photo pixel (u, v) lands on image pixel
/// (`left + u·scale`, `top + v·scale`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    pub scale: f32,
    pub left: f32,
    pub top: f32,
    /// How far the photo overhangs the frame box, in image pixels: its room to move.
    pub room_x: f32,
    pub room_y: f32,
}

/// Fits a photo of `pw` × `ph` pixels into `frame` with placement `p`.
pub fn fit(frame: Box2, pw: u32, ph: u32, p: Placement) -> Fit {
    let p = p.clamped();
    let (pw, ph) = (pw.max(1) as f32, ph.max(1) as f32);
    let cover = (frame.width / pw).max(frame.height / ph);
    let scale = cover * p.zoom as f32 / 100.0;
    let room_x = (pw * scale - frame.width).max(0.0);
    let room_y = (ph * scale - frame.height).max(0.0);
    let along = |room: f32, at: i32| room / 2.0 * (1.0 - at as f32 / ROOM as f32);
    Fit {
        scale,
        left: frame.x - along(room_x, p.x),
        top: frame.y - along(room_y, p.y),
        room_x,
        room_y,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: Box2 = Box2 {
        x: 100.0,
        y: 200.0,
        width: 300.0,
        height: 300.0,
    };

    #[test]
    fn at_first_a_landscape_photo_fills_the_frame_centred() {
        let f = fit(SQUARE, 4000, 3000, Placement::default());
        assert!((f.scale - 0.1).abs() < 1e-6);
        assert_eq!((f.room_x, f.room_y), (100.0, 0.0));
        assert_eq!((f.left, f.top), (50.0, 200.0));
    }

    #[test]
    fn moving_stays_within_the_room_and_keeps_the_frame_covered() {
        let mut p = Placement::default();
        for _ in 0..10 {
            p = p.moved(Direction::Right);
        }
        assert_eq!(p.x, 1000);
        assert!(!p.can_move(Direction::Right) && p.can_move(Direction::Left));
        let f = fit(SQUARE, 4000, 3000, p);
        assert_eq!(f.left, SQUARE.x, "the photo's left edge on the frame's");
        let p = Placement { x: -1000, ..p };
        let f = fit(SQUARE, 4000, 3000, p);
        assert_eq!(f.left + 4000.0 * f.scale, SQUARE.x + SQUARE.width);
    }

    #[test]
    fn zoom_steps_and_limits() {
        let p = Placement::default().zoomed_in();
        assert_eq!(p.zoom, 125);
        assert_eq!(p.zoomed_out(), Placement::default());
        assert_eq!(Placement::default().zoomed_out().zoom, MIN_ZOOM);
        assert_eq!(Placement::default().zoomed_by(10.0).zoom, MAX_ZOOM);
        assert_eq!(
            Placement::default().zoomed_by(f32::NAN),
            Placement::default()
        );
        let f = fit(SQUARE, 3000, 3000, Placement::default().zoomed_by(2.0));
        assert_eq!((f.room_x, f.room_y), (300.0, 300.0));
    }

    #[test]
    fn a_drag_moves_the_photo_with_the_pointer() {
        let p = Placement::default().zoomed_by(2.0);
        let f = fit(SQUARE, 3000, 3000, p);
        // 150 px of room each side: dragging 75 px right goes half way.
        let q = p.dragged(&f, 75.0, -150.0);
        assert_eq!((q.x, q.y), (500, -1000));
        let g = fit(SQUARE, 3000, 3000, q);
        assert!((g.left - (f.left + 75.0)).abs() < 0.01);
        // No room across: a sideways drag does nothing.
        let flat = fit(SQUARE, 3000, 3000, Placement::default());
        assert_eq!(Placement::default().dragged(&flat, 80.0, 0.0).x, 0);
    }

    #[test]
    fn photos_are_kept_big_enough_for_the_largest_frame_zoomed_in() {
        let c =
            crate::campaign::Campaign::from_toml(crate::campaign::DEFAULT_CAMPAIGN_TOML).unwrap();
        // "many-voices": a circle 0.3 of 1080 px across (the frame is
        // taller on the portrait and story sizes), zoomed to 400 %.
        let mut framed = c.clone();
        framed.paper_photos = false;
        assert_eq!(
            photo_side_needed(&framed),
            (0.3f32 * 1080.0 * 4.0).ceil() as u32
        );
        // A paper pledge's photo fills the story size: 1920 px tall.
        assert_eq!(photo_side_needed(&c), 1920);
    }

    #[test]
    fn a_circle_is_covered_by_the_square_around_it() {
        let frame = PhotoFrame {
            x: 0.1,
            y: 0.5,
            width: 0.4,
            height: 0.2,
            shape: FrameShape::Circle,
            radius: 0.0,
            placeholder: crate::campaign::Colour::parse("#ffffff"),
        };
        let b = frame_box(&frame, 1000, 1000);
        assert_eq!(
            b,
            Box2 {
                x: 200.0,
                y: 500.0,
                width: 200.0,
                height: 200.0
            }
        );
    }
}
