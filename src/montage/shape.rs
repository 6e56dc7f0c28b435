//! The shape mosaic: the images fill a shape (a heart built in, or any
//! mask image, e.g. a force's logo or a county's outline); the rest of the
//! montage is the campaign's background.
//!
//! Cells shaped like the commonest image are laid on a grid over the area;
//! a cell belongs to the shape when its centre does. The cells are as
//! large as they can be while the shape still holds one per image; when
//! it holds more, those nearest the shape's middle are used, so the shape
//! stays solid and only its edge thins. Every image is placed once, whole
//! (fitted into its cell), like the other layouts.

use super::layout::{check, commonest_shape, fit, LayoutError, Rect, Size, MIN_SIDE};

/// The most points a side of a mask read from an image has (cells are
/// placed by their centres, so a finer mask changes nothing visible).
pub const MASK_SIDE: u32 = 1024;

/// Which points of a picture are inside the shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mask {
    pub width: u32,
    pub height: u32,
    /// Row by row, `width × height`.
    pub inside: Vec<bool>,
}

impl Mask {
    /// A heart `size` points square: two circles side by side that touch,
    /// and the kite from their outer tangents down to the point, in
    /// integers (so every platform draws the same heart). The dip between
    /// the lobes is deep enough to read as a heart even when few images
    /// fill it.
    pub fn heart(size: u32) -> Mask {
        let n = size.max(2) as i64;
        // Heart units: circles of radius 500 at (±500, −300); the kite
        // (−852, 55), (0, −300), (852, 55), (0, 900) (the outer tangent
        // points from the bottom point). The heart spans x −1000..1000,
        // y −800..900; the mask shows x −1050..1050, y −1000..1100.
        let inside_heart = |x: i64, y: i64| {
            let circle = |cx: i64| (x - cx).pow(2) + (y + 300).pow(2) <= 500 * 500;
            let kite = [(-852, 55), (0, -300), (852, 55), (0, 900), (-852, 55)];
            let in_kite = kite
                .windows(2)
                .all(|e| (e[1].0 - e[0].0) * (y - e[0].1) - (e[1].1 - e[0].1) * (x - e[0].0) >= 0);
            circle(-500) || circle(500) || in_kite
        };
        let inside = (0..n)
            .flat_map(|row| (0..n).map(move |col| (row, col)))
            .map(|(row, col)| {
                // Truncated towards zero either side of the middle, so the
                // two halves mirror each other exactly.
                let x = (2 * col + 1 - n) * 2100 / (2 * n);
                let y = -1000 + (2 * row + 1) * 2100 / (2 * n);
                inside_heart(x, y)
            })
            .collect();
        Mask {
            width: n as u32,
            height: n as u32,
            inside,
        }
    }

    /// A mask from an image's opacity: inside where alpha is at least half.
    /// `alpha` is one byte per point; too short a buffer means outside.
    pub fn from_alpha(width: u32, height: u32, alpha: &[u8]) -> Mask {
        let n = (width * height) as usize;
        let inside = (0..n)
            .map(|i| alpha.get(i).is_some_and(|a| *a >= 128))
            .collect();
        Mask {
            width,
            height,
            inside,
        }
    }

    /// A mask from an image file (PNG, JPEG or WebP, as the campaign's
    /// shapes are kept): inside where it is opaque, or, in an image with
    /// no transparency at all, where it is dark (a black outline filled
    /// on white). Read at most [`MASK_SIDE`] points a side. An image with
    /// nothing inside is refused, with the reason.
    pub fn from_image(bytes: &[u8]) -> Result<Mask, String> {
        let p = crate::render::photo::decode(bytes, MASK_SIDE)
            .map_err(|e| super::left_out::Reason::of(&e).to_string())?;
        let see_through = p.rgba.chunks_exact(4).any(|px| px[3] < 255);
        let inside: Vec<bool> = p
            .rgba
            .chunks_exact(4)
            .map(|px| {
                if see_through {
                    px[3] >= 128
                } else {
                    // Rec. 709 luma, in integers.
                    (2126 * px[0] as u32 + 7152 * px[1] as u32 + 722 * px[2] as u32) < 128 * 10_000
                }
            })
            .collect();
        if !inside.contains(&true) {
            return Err(if see_through {
                "has no shape: nothing in it is opaque".into()
            } else {
                "has no shape: nothing in it is dark (draw the shape in black on white, \
                 or on a transparent background)"
                    .into()
            });
        }
        Ok(Mask {
            width: p.width,
            height: p.height,
            inside,
        })
    }

    /// Whether the point `(x, y)` is inside (outside the mask: not).
    pub fn contains(&self, x: u64, y: u64) -> bool {
        x < self.width as u64
            && y < self.height as u64
            && self.inside[(y * self.width as u64 + x) as usize]
    }
}

/// The mask fitted whole into `area` and centred: where it lands.
pub fn mask_rect(mask: &Mask, area: Rect) -> Rect {
    fit(
        Size {
            width: mask.width,
            height: mask.height,
        },
        area,
    )
}

/// The cells (as rectangles) of `cell_w × cell_h` with `gutter` between
/// them whose centres are inside the mask placed at `at`.
fn cells_inside(mask: &Mask, at: Rect, cell_w: u64, cell_h: u64, gutter: u64) -> Vec<Rect> {
    let (pitch_w, pitch_h) = (cell_w + gutter, cell_h + gutter);
    let columns = (at.width as u64 + gutter) / pitch_w;
    let rows = (at.height as u64 + gutter) / pitch_h;
    if columns == 0 || rows == 0 {
        return Vec::new();
    }
    // The grid centred on the mask's rectangle.
    let x0 = at.x as u64 + (at.width as u64 + gutter - columns * pitch_w) / 2;
    let y0 = at.y as u64 + (at.height as u64 + gutter - rows * pitch_h) / 2;
    let mut out = Vec::new();
    for r in 0..rows {
        for c in 0..columns {
            let (x, y) = (x0 + c * pitch_w, y0 + r * pitch_h);
            // The centre, in the mask's own points.
            let mx = (x + cell_w / 2 - at.x as u64) * mask.width as u64 / at.width as u64;
            let my = (y + cell_h / 2 - at.y as u64) * mask.height as u64 / at.height as u64;
            if mask.contains(mx, my) {
                out.push(Rect {
                    x: x as u32,
                    y: y as u32,
                    width: cell_w as u32,
                    height: cell_h as u32,
                });
            }
        }
    }
    out
}

/// The images in the shape of `mask`, fitted into `area`.
pub fn mosaic(
    images: &[Size],
    area: Rect,
    gutter: u32,
    mask: &Mask,
) -> Result<Vec<Rect>, LayoutError> {
    check(images)?;
    let Some(shape) = commonest_shape(images) else {
        return Ok(Vec::new());
    };
    let too_many = LayoutError::TooMany {
        images: images.len(),
        area,
    };
    let at = mask_rect(mask, area);
    let (sw, sh, g) = (shape.width as u64, shape.height as u64, gutter as u64);
    let height_of = |w: u64| (w * sh / sw).max(1);
    let count = |w: u64| cells_inside(mask, at, w, height_of(w), g).len();
    // The widest cell whose shape still holds every image (a binary
    // search: fewer cells fit as they grow, near enough; the answer is
    // checked).
    let (mut low, mut high) = (MIN_SIDE as u64, at.width.max(MIN_SIDE) as u64);
    if count(low) < images.len() || height_of(low) < MIN_SIDE as u64 {
        return Err(too_many);
    }
    while low < high {
        let mid = (low + high).div_ceil(2);
        if count(mid) >= images.len() {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    let mut cells = cells_inside(mask, at, low, height_of(low), g);
    // Those nearest the shape's middle (its cells' mean centre), then in
    // reading order.
    let n = cells.len() as u64;
    let cx = cells
        .iter()
        .map(|c| 2 * c.x as u64 + c.width as u64)
        .sum::<u64>()
        / n;
    let cy = cells
        .iter()
        .map(|c| 2 * c.y as u64 + c.height as u64)
        .sum::<u64>()
        / n;
    let far = |c: &Rect| {
        let dx = (2 * c.x as u64 + c.width as u64).abs_diff(cx);
        let dy = (2 * c.y as u64 + c.height as u64).abs_diff(cy);
        dx * dx + dy * dy
    };
    cells.sort_by_key(|c| (far(c), c.y, c.x));
    cells.truncate(images.len());
    cells.sort_by_key(|c| (c.y, c.x));
    Ok(images
        .iter()
        .zip(cells)
        .map(|(&s, cell)| fit(s, cell))
        .collect())
}
