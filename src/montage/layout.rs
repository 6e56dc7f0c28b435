//! Where each image of a montage goes: whole-pixel rectangles inside an
//! area of the output, in the order given.
//!
//! Both layouts keep the montage's two rules: every image is placed
//! exactly once, and whole (fitted into its place with its shape kept,
//! never cropped, so no pledge's words are cut off).
//!
//! - [`grid`]: equal cells shaped like the commonest image shape, as large
//!   as the area allows; each image fitted and centred in its cell.
//! - [`rows`]: justified rows (as photo sites show galleries): each row as
//!   tall as it must be for its images, at their own shapes, to fill the
//!   area's width; the tallest rows that still fit the area's height.
//!
//! Whole pixels decide every size (a float only estimates), so the same
//! images give the same layout natively and in wasm.

/// An image's size in pixels (upright).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub width: u32,
    pub height: u32,
}

/// A rectangle in the output, in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rect {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

impl Rect {
    pub fn right(&self) -> u32 {
        self.x + self.width
    }
    pub fn bottom(&self) -> u32 {
        self.y + self.height
    }
    /// Whether the two share any pixel.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// Why images could not be laid out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayoutError {
    /// An image has no pixels (its position in the list).
    EmptyImage(usize),
    /// So many images that each would be smaller than a pixel or two.
    TooMany { images: usize, area: Rect },
}

impl std::fmt::Display for LayoutError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LayoutError::EmptyImage(i) => write!(f, "image {} has no pixels", i + 1),
            LayoutError::TooMany { images, area } => write!(
                f,
                "{images} images do not fit in {} × {} pixels: choose a larger size",
                area.width, area.height
            ),
        }
    }
}

/// The smallest side an image may be given, in pixels.
pub const MIN_SIDE: u32 = 4;

/// Every image has pixels, or the first that has none is named.
pub(crate) fn check(images: &[Size]) -> Result<(), LayoutError> {
    match images.iter().position(|s| s.width == 0 || s.height == 0) {
        Some(i) => Err(LayoutError::EmptyImage(i)),
        None => Ok(()),
    }
}

/// `size` fitted whole into `cell` and centred in it.
pub fn fit(size: Size, cell: Rect) -> Rect {
    let (w, h) = (size.width as u64, size.height as u64);
    let (cw, ch) = (cell.width as u64, cell.height as u64);
    // Wider than the cell's shape: full width; else full height.
    let (fw, fh) = if w * ch >= h * cw {
        (cw, (h * cw + w / 2) / w)
    } else {
        ((w * ch + h / 2) / h, ch)
    };
    let (fw, fh) = (fw.clamp(1, cw) as u32, fh.clamp(1, ch) as u32);
    Rect {
        x: cell.x + (cell.width - fw) / 2,
        y: cell.y + (cell.height - fh) / 2,
        width: fw,
        height: fh,
    }
}

/// The commonest shape among the images (width : height, reduced), the
/// first seen on a tie.
pub fn commonest_shape(images: &[Size]) -> Option<Size> {
    fn gcd(a: u32, b: u32) -> u32 {
        if b == 0 {
            a
        } else {
            gcd(b, a % b)
        }
    }
    let mut counts: Vec<(Size, usize)> = Vec::new();
    for s in images {
        let g = gcd(s.width, s.height).max(1);
        let shape = Size {
            width: s.width / g,
            height: s.height / g,
        };
        match counts.iter_mut().find(|(k, _)| *k == shape) {
            Some((_, n)) => *n += 1,
            None => counts.push((shape, 1)),
        }
    }
    let most = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == most).map(|(s, _)| s)
}

/// A grid of equal cells shaped like the commonest image, as large as fit
/// in `area` with `gutter` pixels between cells, centred in it (a last
/// row that is not full centred too).
pub fn grid(images: &[Size], area: Rect, gutter: u32) -> Result<Vec<Rect>, LayoutError> {
    check(images)?;
    let Some(shape) = commonest_shape(images) else {
        return Ok(Vec::new());
    };
    let n = images.len() as u64;
    let (aw, ah, g) = (area.width as u64, area.height as u64, gutter as u64);
    let (sw, sh) = (shape.width as u64, shape.height as u64);
    // For each number of columns, the largest cell of this shape that fits.
    let mut best: Option<(u64, u64, u64)> = None; // (cell width, columns, rows)
    for columns in 1..=n {
        let rows = n.div_ceil(columns);
        let gaps_w = g * (columns - 1);
        let gaps_h = g * (rows - 1);
        if gaps_w >= aw {
            break; // more columns only add gutters
        }
        if gaps_h >= ah {
            continue; // too many rows yet: more columns, fewer rows
        }
        let by_width = (aw - gaps_w) / columns;
        // The cell's width if its height fills the area's height.
        let by_height = ((ah - gaps_h) / rows) * sw / sh;
        let width = by_width.min(by_height);
        if best.is_none_or(|(w, _, _)| width > w) {
            best = Some((width, columns, rows));
        }
    }
    let too_many = LayoutError::TooMany {
        images: images.len(),
        area,
    };
    let (cell_w, columns, rows) = best.ok_or(too_many.clone())?;
    let cell_h = cell_w * sh / sw;
    if cell_w < MIN_SIDE as u64 || cell_h < MIN_SIDE as u64 {
        return Err(too_many);
    }
    let used_w = cell_w * columns + g * (columns - 1);
    let used_h = cell_h * rows + g * (rows - 1);
    let (x0, y0) = (
        area.x as u64 + (aw - used_w) / 2,
        area.y as u64 + (ah - used_h) / 2,
    );
    // A last row that is not full is centred under the others.
    let last_row = (n - 1) / columns;
    let short = columns * rows - n;
    Ok(images
        .iter()
        .enumerate()
        .map(|(i, &size)| {
            let (c, r) = (i as u64 % columns, i as u64 / columns);
            let shift = if r == last_row {
                short * (cell_w + g) / 2
            } else {
                0
            };
            let cell = Rect {
                x: (x0 + shift + c * (cell_w + g)) as u32,
                y: (y0 + r * (cell_h + g)) as u32,
                width: cell_w as u32,
                height: cell_h as u32,
            };
            fit(size, cell)
        })
        .collect())
}

/// The widths of `images` at `height` (each floored to a whole pixel, so
/// a row never grows past what was measured), summed.
fn width_at(images: &[Size], height: u64) -> u64 {
    images.iter().map(|s| width_of(*s, height)).sum()
}

/// The tallest height at which `images` side by side, with `gaps`, are
/// no wider than `width`.
fn fill_height(images: &[Size], width: u64, gaps: u64) -> u64 {
    let room = width.saturating_sub(gaps);
    // An estimate, then whole-pixel steps to the exact answer (integers
    // decide, so every platform agrees).
    let ratio: f64 = images
        .iter()
        .map(|s| s.width as f64 / s.height as f64)
        .sum();
    let mut h = (room as f64 / ratio).floor() as u64;
    while h > 0 && width_at(images, h) > room {
        h -= 1;
    }
    while width_at(images, h + 1) <= room {
        h += 1;
    }
    h
}

/// The rows for a target height: each row's images (a range) and its
/// height, filling `width` (the last row is kept at the target height
/// unless that would be too wide).
fn break_rows(images: &[Size], width: u64, gutter: u64, target: u64) -> Vec<(usize, usize, u64)> {
    let mut rows = Vec::new();
    let mut start = 0;
    while start < images.len() {
        // Add images while the row, at the target height, is too narrow.
        let mut end = start + 1;
        let mut at_target = width_of(images[start], target);
        while end < images.len() && at_target + gutter * ((end - start - 1) as u64) < width {
            at_target += width_of(images[end], target);
            end += 1;
        }
        let gaps = gutter * (end - start - 1) as u64;
        let full = fill_height(&images[start..end], width, gaps);
        let height = if end == images.len() {
            full.min(target)
        } else {
            full
        };
        rows.push((start, end, height));
        start = end;
    }
    rows
}

fn rows_height(rows: &[(usize, usize, u64)], gutter: u64) -> u64 {
    rows.iter().map(|r| r.2).sum::<u64>() + gutter * rows.len().saturating_sub(1) as u64
}

/// Justified rows across `area`, `gutter` pixels apart, as tall as fit in
/// its height, the block centred in it.
pub fn rows(images: &[Size], area: Rect, gutter: u32) -> Result<Vec<Rect>, LayoutError> {
    check(images)?;
    if images.is_empty() {
        return Ok(Vec::new());
    }
    let (aw, ah, g) = (area.width as u64, area.height as u64, gutter as u64);
    let fits = |target: u64| {
        let r = break_rows(images, aw, g, target);
        let ok = rows_height(&r, g) <= ah && r.iter().all(|row| row.2 >= MIN_SIDE as u64);
        ok.then_some(r)
    };
    // The tallest target row height whose rows fit: a binary search (the
    // rows' total height mostly grows with the target; whatever is chosen
    // has been checked to fit).
    let (mut low, mut high) = (MIN_SIDE as u64, ah.max(MIN_SIDE as u64));
    let mut found = fits(low);
    while low < high {
        let mid = (low + high).div_ceil(2);
        match fits(mid) {
            Some(r) => {
                low = mid;
                found = Some(r);
            }
            None => high = mid - 1,
        }
    }
    let rows = found.ok_or(LayoutError::TooMany {
        images: images.len(),
        area,
    })?;
    let used_h = rows_height(&rows, g);
    let mut y = area.y as u64 + (ah - used_h) / 2;
    let mut out = Vec::with_capacity(images.len());
    for &(start, end, height) in &rows {
        let widths: Vec<u64> = images[start..end]
            .iter()
            .map(|s| width_of(*s, height))
            .collect();
        let used_w: u64 = widths.iter().sum::<u64>() + g * (end - start - 1) as u64;
        let mut x = area.x as u64 + aw.saturating_sub(used_w) / 2;
        for w in widths {
            out.push(Rect {
                x: x as u32,
                y: y as u32,
                width: w as u32,
                height: height as u32,
            });
            x += w + g;
        }
        y += height + g;
    }
    Ok(out)
}

/// An image's width at `height`, floored to a whole pixel (at least 1).
fn width_of(s: Size, height: u64) -> u64 {
    (s.width as u64 * height / s.height as u64).max(1)
}
