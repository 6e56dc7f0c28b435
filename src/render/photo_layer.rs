//! The person's photo, ready to draw: kept premultiplied, with halved copies
//! made as needed so a large photo shrunk into a small frame is averaged
//! rather than sampled (which would shimmer), then drawn clipped to the
//! frame's shape with a bicubic filter. Integer averaging and tiny-skia
//! without SIMD keep it deterministic, natively and in wasm.

use super::photo::Photo;
use super::placement::{fit, Box2, Placement};
use tiny_skia::{FillRule, FilterQuality, Paint, Path, Pattern, Pixmap, SpreadMode, Transform};

/// A photo and its halved copies (index 0 is the photo itself).
pub struct PhotoLayer {
    levels: Vec<Pixmap>,
}

impl PhotoLayer {
    /// `None` if the photo has no pixels or its buffer is the wrong length.
    pub fn new(photo: Photo) -> Option<PhotoLayer> {
        let Photo {
            width,
            height,
            mut rgba,
        } = photo;
        if rgba.len() != width as usize * height as usize * 4 {
            return None;
        }
        for px in rgba.chunks_exact_mut(4) {
            let a = px[3] as u32;
            if a != 255 {
                for c in &mut px[..3] {
                    *c = ((*c as u32 * a + 127) / 255) as u8;
                }
            }
        }
        let size = tiny_skia::IntSize::from_wh(width, height)?;
        Some(PhotoLayer {
            levels: vec![Pixmap::from_vec(rgba, size)?],
        })
    }

    pub fn width(&self) -> u32 {
        self.levels[0].width()
    }

    pub fn height(&self) -> u32 {
        self.levels[0].height()
    }

    /// Draws the photo inside `clip` (the frame's outline), placed in `frame`.
    pub fn draw(&mut self, pixmap: &mut Pixmap, clip: &Path, frame: Box2, p: Placement) {
        let f = fit(frame, self.width(), self.height(), p);
        let (dw, dh) = (
            self.width() as f32 * f.scale,
            self.height() as f32 * f.scale,
        );
        // The smallest copy still at least as large as it will be drawn.
        let mut level = 0;
        loop {
            let next = self.level(level + 1);
            match next {
                Some(l) if l.width() as f32 >= dw && l.height() as f32 >= dh => level += 1,
                _ => break,
            }
        }
        let src = &self.levels[level];
        let (sx, sy) = (dw / src.width() as f32, dh / src.height() as f32);
        let paint = Paint {
            anti_alias: true,
            shader: Pattern::new(
                src.as_ref(),
                SpreadMode::Pad,
                FilterQuality::Bicubic,
                1.0,
                Transform::from_row(sx, 0.0, 0.0, sy, f.left, f.top),
            ),
            ..Paint::default()
        };
        pixmap.fill_path(clip, &paint, FillRule::Winding, Transform::identity(), None);
    }

    /// Copy `n`, halving the one before as needed; `None` once a side would
    /// be under 2 pixels.
    fn level(&mut self, n: usize) -> Option<&Pixmap> {
        while self.levels.len() <= n {
            let half = halve(self.levels.last()?)?;
            self.levels.push(half);
        }
        self.levels.get(n)
    }
}

/// Each 2 × 2 block averaged into one pixel (an odd last row or column is
/// dropped). Works on the premultiplied RGBA bytes directly: a colour is
/// never above its alpha, so neither is the average of four (the `min`
/// only keeps the pixmap's rule visible).
fn halve(src: &Pixmap) -> Option<Pixmap> {
    let (w, h) = (src.width() / 2, src.height() / 2);
    if w < 2 || h < 2 {
        return None;
    }
    let mut out = Pixmap::new(w, h)?;
    let (row_in, row_out) = (src.width() as usize * 4, w as usize * 4);
    let data = src.data();
    for (y, row) in out.data_mut().chunks_exact_mut(row_out).enumerate() {
        let top = &data[2 * y * row_in..][..2 * row_out];
        let bottom = &data[(2 * y + 1) * row_in..][..2 * row_out];
        for ((o, a), b) in row
            .chunks_exact_mut(4)
            .zip(top.chunks_exact(8))
            .zip(bottom.chunks_exact(8))
        {
            let avg = |c: usize| {
                ((a[c] as u32 + a[c + 4] as u32 + b[c] as u32 + b[c + 4] as u32 + 2) / 4) as u8
            };
            let alpha = avg(3);
            o[0] = avg(0).min(alpha);
            o[1] = avg(1).min(alpha);
            o[2] = avg(2).min(alpha);
            o[3] = alpha;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn photo(w: u32, h: u32, f: impl Fn(u32, u32) -> [u8; 4]) -> Photo {
        let mut rgba = Vec::new();
        for y in 0..h {
            for x in 0..w {
                rgba.extend_from_slice(&f(x, y));
            }
        }
        Photo {
            width: w,
            height: h,
            rgba,
        }
    }

    #[test]
    fn halving_averages_a_fine_checkerboard_to_grey() {
        let p = photo(64, 64, |x, y| {
            if (x + y) % 2 == 0 {
                [255, 255, 255, 255]
            } else {
                [0, 0, 0, 255]
            }
        });
        let mut layer = PhotoLayer::new(p).unwrap();
        let half = layer.level(1).unwrap();
        assert_eq!((half.width(), half.height()), (32, 32));
        assert!(half
            .pixels()
            .iter()
            .all(|p| p.red() == 128 && p.alpha() == 255));
    }

    #[test]
    fn drawn_small_it_is_smooth_and_stays_inside_the_clip() {
        // A 1-pixel checkerboard drawn at a tenth of its size is mid grey,
        // not a moiré of black and white.
        let p = photo(1000, 1000, |x, y| {
            if (x + y) % 2 == 0 {
                [255, 255, 255, 255]
            } else {
                [0, 0, 0, 255]
            }
        });
        let mut layer = PhotoLayer::new(p).unwrap();
        let mut pixmap = Pixmap::new(200, 200).unwrap();
        let frame = Box2 {
            x: 50.0,
            y: 50.0,
            width: 100.0,
            height: 100.0,
        };
        let clip = tiny_skia::PathBuilder::from_circle(100.0, 100.0, 50.0).unwrap();
        layer.draw(&mut pixmap, &clip, frame, Placement::default());
        let at = |x: u32, y: u32| pixmap.pixel(x, y).unwrap();
        for (x, y) in [(100, 100), (80, 120), (120, 70)] {
            let c = at(x, y);
            assert!((100..=156).contains(&c.red()), "{x},{y}: {c:?}");
        }
        // Outside the circle (inside its square) nothing is drawn.
        assert_eq!(at(55, 55).alpha(), 0);
        assert_eq!(at(10, 10).alpha(), 0);
    }

    #[test]
    fn a_wrong_sized_buffer_is_refused() {
        let mut p = photo(4, 4, |_, _| [1, 2, 3, 255]);
        p.rgba.pop();
        assert!(PhotoLayer::new(p).is_none());
    }
}
