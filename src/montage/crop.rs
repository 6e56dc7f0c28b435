//! Cropping a photo of a paper board to fill its place, as the reviewer
//! asks: the one exception to "every image whole". A pledge image is never
//! cropped unless the reviewer chose to (the page offers the choice only
//! for images that carry no pledge record, and an image fitted whole is
//! the default), so no pledge's words are ever cut off by the montage.
//!
//! A cropped image is cut to the montage's commonest image shape (the
//! shape of the grid's cells), as large as the photo allows, around the
//! point the reviewer chose ([`Focus`], the centre unless moved); the
//! layouts then treat it as an image of that shape.

use super::compose::{Tile, TileSource};
use super::layout::{commonest_shape, Rect, Size};
use std::borrow::Cow;

/// The point a crop is centred on, in hundredths of the image's width and
/// height from its top left (`50, 50`: the centre). A crop cannot reach
/// past the image's edges, so near an edge it stops there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Focus {
    pub x: u8,
    pub y: u8,
}

impl Focus {
    pub const CENTRE: Focus = Focus { x: 50, y: 50 };
    /// How far one press of a "move" button moves it (hundredths).
    pub const STEP: i32 = 10;

    /// Moved by `dx`, `dy` hundredths, kept within 0..=100.
    pub fn moved(self, dx: i32, dy: i32) -> Focus {
        let clamp = |v: u8, d: i32| (v as i32 + d).clamp(0, 100) as u8;
        Focus {
            x: clamp(self.x, dx),
            y: clamp(self.y, dy),
        }
    }
}

/// The part of an image of `size` a crop to the shape `shape` keeps: the
/// largest rectangle of that shape inside it, centred on `focus` as far as
/// the edges allow. Whole pixels, so the same natively and in wasm.
pub fn crop_rect(size: Size, shape: Size, focus: Focus) -> Rect {
    let (w, h) = (size.width as u64, size.height as u64);
    let (sw, sh) = (shape.width.max(1) as u64, shape.height.max(1) as u64);
    // Full height if the image is wider than the shape, else full width.
    let (cw, ch) = if w * sh >= h * sw {
        (((h * sw + sh / 2) / sh).clamp(1, w), h)
    } else {
        (w, ((w * sh + sw / 2) / sw).clamp(1, h))
    };
    let place = |full: u64, part: u64, at: u8| -> u32 {
        let centre = full * at.min(100) as u64 / 100;
        centre.saturating_sub(part / 2).min(full - part) as u32
    };
    Rect {
        x: place(w, cw, focus.x),
        y: place(h, ch, focus.y),
        width: cw as u32,
        height: ch as u32,
    }
}

/// What each image becomes: `crops[i]` for image `i` (`None`, or a list
/// shorter than the images: whole). The sizes the layouts see, and the
/// part of each tile to draw (`None`: all of it).
pub fn cut(sizes: &[Size], crops: &[Option<Focus>]) -> (Vec<Size>, Vec<Option<Rect>>) {
    let shape = match commonest_shape(sizes) {
        Some(shape) if crops.iter().any(Option::is_some) => shape,
        // Nothing to cut (most montages): every image whole.
        _ => return (sizes.to_vec(), vec![None; sizes.len()]),
    };
    sizes
        .iter()
        .enumerate()
        .map(|(i, s)| match crops.get(i).copied().flatten() {
            Some(focus) => {
                let r = crop_rect(*s, shape, focus);
                let size = Size {
                    width: r.width,
                    height: r.height,
                };
                (size, Some(r))
            }
            None => (*s, None),
        })
        .unzip()
}

/// Tiles with the parts [`cut`] chose cut out as they are asked for.
pub struct Cropped<'a> {
    pub tiles: &'a dyn TileSource,
    pub parts: &'a [Option<Rect>],
}

impl TileSource for Cropped<'_> {
    fn tile(&self, i: usize) -> Option<Cow<'_, Tile>> {
        let tile = self.tiles.tile(i)?;
        let Some(r) = self.parts.get(i).copied().flatten() else {
            return Some(tile);
        };
        if r.right() > tile.width || r.bottom() > tile.height {
            return Some(tile); // sizes that do not match: drawn whole
        }
        let row = tile.width as usize * 4;
        let mut rgba = Vec::with_capacity(r.width as usize * r.height as usize * 4);
        for y in r.y..r.bottom() {
            let start = y as usize * row + r.x as usize * 4;
            rgba.extend_from_slice(&tile.rgba[start..start + r.width as usize * 4]);
        }
        Some(Cow::Owned(Tile {
            width: r.width,
            height: r.height,
            rgba,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(width: u32, height: u32) -> Size {
        Size { width, height }
    }

    #[test]
    fn a_wide_photo_cut_square_keeps_its_height_around_the_focus() {
        let photo = size(400, 300);
        let square = size(1, 1);
        let r = crop_rect(photo, square, Focus::CENTRE);
        assert_eq!(
            r,
            Rect {
                x: 50,
                y: 0,
                width: 300,
                height: 300
            }
        );
        // Towards an edge, it stops at the edge.
        let left = crop_rect(photo, square, Focus { x: 0, y: 50 });
        assert_eq!(left.x, 0);
        let right = crop_rect(photo, square, Focus { x: 100, y: 50 });
        assert_eq!(right.right(), 400);
        let a_little = crop_rect(photo, square, Focus { x: 40, y: 50 });
        assert_eq!(a_little.x, 10);
    }

    #[test]
    fn a_tall_photo_cut_to_a_wide_shape_keeps_its_width() {
        let r = crop_rect(size(300, 800), size(3, 2), Focus { x: 50, y: 0 });
        assert_eq!(
            r,
            Rect {
                x: 0,
                y: 0,
                width: 300,
                height: 200
            }
        );
        let r = crop_rect(size(300, 800), size(3, 2), Focus { x: 50, y: 75 });
        assert_eq!((r.y, r.bottom()), (500, 700));
    }

    #[test]
    fn an_image_already_that_shape_is_kept_whole() {
        let r = crop_rect(size(540, 540), size(1, 1), Focus { x: 0, y: 100 });
        assert_eq!(
            r,
            Rect {
                x: 0,
                y: 0,
                width: 540,
                height: 540
            }
        );
    }

    #[test]
    fn only_the_images_asked_for_are_cut_to_the_commonest_shape() {
        let sizes = [
            size(540, 540),
            size(540, 540),
            size(540, 405),
            size(540, 405),
        ];
        let crops = [None, None, Some(Focus::CENTRE)];
        let (seen, parts) = cut(&sizes, &crops);
        assert_eq!(
            seen,
            vec![
                size(540, 540),
                size(540, 540),
                size(405, 405),
                size(540, 405)
            ]
        );
        assert_eq!(
            parts[2],
            Some(Rect {
                x: 68,
                y: 0,
                width: 405,
                height: 405
            })
        );
        assert_eq!((parts[0], parts[1], parts[3]), (None, None, None));
    }

    #[test]
    fn the_cut_tile_holds_exactly_the_chosen_pixels() {
        // 4 × 2: each pixel's red is its x, its green its y.
        let mut rgba = Vec::new();
        for y in 0..2u8 {
            for x in 0..4u8 {
                rgba.extend([x, y, 0, 255]);
            }
        }
        let tiles = vec![Tile {
            width: 4,
            height: 2,
            rgba,
        }];
        let parts = [Some(Rect {
            x: 2,
            y: 0,
            width: 2,
            height: 2,
        })];
        let cropped = Cropped {
            tiles: &tiles,
            parts: &parts,
        };
        let t = cropped.tile(0).unwrap();
        assert_eq!((t.width, t.height), (2, 2));
        assert_eq!(
            t.rgba,
            vec![2, 0, 0, 255, 3, 0, 0, 255, 2, 1, 0, 255, 3, 1, 0, 255]
        );
    }

    #[test]
    fn the_focus_moves_in_steps_and_stays_inside() {
        let f = Focus::CENTRE.moved(-Focus::STEP, 0);
        assert_eq!(f, Focus { x: 40, y: 50 });
        assert_eq!(Focus { x: 95, y: 3 }.moved(10, -10), Focus { x: 100, y: 0 });
    }
}
