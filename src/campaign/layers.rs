//! Artwork layers on a board: the force's crest or logo, the national
//! campaign's mark, partners' logos, a photograph or an illustration as a
//! background. Each is an image file kept beside the campaign file (PNG,
//! JPEG, WebP or SVG), laid under the board's drawn shapes or over them,
//! placed for every export size, with a place of its own for any size
//! that needs one (a story is taller than a square).
//!
//! ```toml
//! [[boards.layers]]
//! file = "campaign/mark.svg"
//! anchor = "top-right"   # which corner or edge the offsets are from
//! x = 0.05               # in from that edge, as a fraction of the width
//! y = 0.04               # in from that edge, as a fraction of the height
//! width = 0.2            # or `height`: the other follows the image
//! opacity = 0.9
//! [boards.layers.sizes.story]
//! y = 0.08
//! ```
//!
//! A layer is sized in one of three ways: `width` and/or `height` from an
//! anchor (both: the largest that fits in them), `rect` (the largest that
//! fits, centred in it), or `cover = true` (the whole image, cropped to
//! keep its shape: a background). A size's entry replaces the way it is
//! sized if it names one, and anything else it names.

use super::model::Rect;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which point of the image a layer's offsets are measured from.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Anchor {
    #[default]
    TopLeft,
    Top,
    TopRight,
    Left,
    Centre,
    Right,
    BottomLeft,
    Bottom,
    BottomRight,
}

impl Anchor {
    /// Where along each axis: 0 the start, 1 the middle, 2 the end.
    pub fn thirds(self) -> (u8, u8) {
        match self {
            Anchor::TopLeft => (0, 0),
            Anchor::Top => (1, 0),
            Anchor::TopRight => (2, 0),
            Anchor::Left => (0, 1),
            Anchor::Centre => (1, 1),
            Anchor::Right => (2, 1),
            Anchor::BottomLeft => (0, 2),
            Anchor::Bottom => (1, 2),
            Anchor::BottomRight => (2, 2),
        }
    }
}

/// One image on a board.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Layer {
    /// The image, as a path from the campaign file's folder, e.g.
    /// `campaign/mark.svg`.
    pub file: String,
    /// Under the board's drawn shapes (a background photo the shapes tint)
    /// rather than over them (a logo).
    #[serde(default)]
    pub under: bool,
    #[serde(default)]
    pub anchor: Anchor,
    #[serde(default)]
    pub x: f32,
    #[serde(default)]
    pub y: f32,
    #[serde(default)]
    pub width: Option<f32>,
    #[serde(default)]
    pub height: Option<f32>,
    #[serde(default)]
    pub rect: Option<Rect>,
    #[serde(default)]
    pub cover: bool,
    /// 0 (invisible) to 1 (as drawn).
    #[serde(default = "opaque")]
    pub opacity: f32,
    /// A place of its own for an export size, by the size's id.
    #[serde(default)]
    pub sizes: BTreeMap<String, LayerAt>,
}

fn opaque() -> f32 {
    1.0
}

/// A layer's place at one export size: what it names replaces the layer's.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LayerAt {
    /// Another image for this size (e.g. a background cropped for it).
    #[serde(default)]
    pub file: Option<String>,
    #[serde(default)]
    pub anchor: Option<Anchor>,
    #[serde(default)]
    pub x: Option<f32>,
    #[serde(default)]
    pub y: Option<f32>,
    #[serde(default)]
    pub width: Option<f32>,
    #[serde(default)]
    pub height: Option<f32>,
    #[serde(default)]
    pub rect: Option<Rect>,
    #[serde(default)]
    pub cover: Option<bool>,
    #[serde(default)]
    pub opacity: Option<f32>,
}

/// How a layer is sized at one export size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fit {
    /// From an anchor, `x` and `y` in from it, at most `width` wide and
    /// `height` high (fractions of the image; at least one given).
    Anchored {
        anchor: Anchor,
        x: f32,
        y: f32,
        width: Option<f32>,
        height: Option<f32>,
    },
    /// The largest that fits in the rectangle, centred in it.
    Within(Rect),
    /// The whole image covered, the layer cropped to keep its shape.
    Cover,
}

/// A layer as it is at one export size.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed<'a> {
    pub file: &'a str,
    pub under: bool,
    pub fit: Fit,
    pub opacity: f32,
}

impl Layer {
    /// The layer at the export size `size` (its id).
    pub fn at(&self, size: &str) -> Placed<'_> {
        let own = self.sizes.get(size);
        let o = own.cloned().unwrap_or_default();
        let sized_here = o.width.is_some() || o.height.is_some() || o.rect.is_some();
        let (width, height, rect, cover) = if sized_here || o.cover == Some(true) {
            (o.width, o.height, o.rect, o.cover.unwrap_or(false))
        } else {
            (
                self.width,
                self.height,
                self.rect,
                o.cover.unwrap_or(self.cover),
            )
        };
        let fit = if cover {
            Fit::Cover
        } else if let Some(r) = rect {
            Fit::Within(r)
        } else {
            Fit::Anchored {
                anchor: o.anchor.unwrap_or(self.anchor),
                x: o.x.unwrap_or(self.x),
                y: o.y.unwrap_or(self.y),
                width,
                height,
            }
        };
        Placed {
            file: own.and_then(|o| o.file.as_deref()).unwrap_or(&self.file),
            under: self.under,
            fit,
            opacity: o.opacity.unwrap_or(self.opacity),
        }
    }

    /// Every file the layer uses, at any size.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.file.as_str())
            .chain(self.sizes.values().filter_map(|o| o.file.as_deref()))
    }
}

/// Where a layer's image goes on an image of `width` × `height` pixels,
/// for an image file of `intrinsic` size (any unit; only its shape
/// counts): left, top, width and height in pixels, whole numbers (the
/// image is drawn at exactly that size, so it is the same everywhere).
/// A covering layer's box is larger than the image, centred on it.
pub fn layer_box(fit: &Fit, width: u32, height: u32, intrinsic: (f32, f32)) -> [i32; 4] {
    let (iw, ih) = (intrinsic.0.max(1e-3), intrinsic.1.max(1e-3));
    let (w, h) = (width as f32, height as f32);
    let inside = |bw: f32, bh: f32| {
        let s = (bw / iw).min(bh / ih);
        (iw * s, ih * s)
    };
    let (left, top, bw, bh) = match *fit {
        Fit::Cover => {
            let s = (w / iw).max(h / ih);
            let (bw, bh) = (iw * s, ih * s);
            ((w - bw) / 2.0, (h - bh) / 2.0, bw, bh)
        }
        Fit::Within(r) => {
            let (bw, bh) = inside(r.width * w, r.height * h);
            (
                r.x * w + (r.width * w - bw) / 2.0,
                r.y * h + (r.height * h - bh) / 2.0,
                bw,
                bh,
            )
        }
        Fit::Anchored {
            anchor,
            x,
            y,
            width: fw,
            height: fh,
        } => {
            let (bw, bh) = match (fw, fh) {
                (Some(fw), Some(fh)) => inside(fw * w, fh * h),
                (Some(fw), None) => (fw * w, fw * w * ih / iw),
                (None, Some(fh)) => (fh * h * iw / ih, fh * h),
                (None, None) => (iw, ih),
            };
            let along = |third: u8, off: f32, room: f32, size: f32| match third {
                0 => off * room,
                1 => (room - size) / 2.0 + off * room,
                _ => room - size - off * room,
            };
            let (ax, ay) = anchor.thirds();
            (along(ax, x, w, bw), along(ay, y, h, bh), bw, bh)
        }
    };
    [
        left.round() as i32,
        top.round() as i32,
        (bw.round() as i32).max(1),
        (bh.round() as i32).max(1),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer(toml: &str) -> Layer {
        let v: serde_json::Value = basic_toml::from_str(toml).unwrap();
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn a_size_of_its_own_replaces_what_it_names() {
        let l = layer(
            r#"file = "a.svg"
               anchor = "top-right"
               x = 0.05
               y = 0.04
               width = 0.2
               [sizes.story]
               y = 0.1
               [sizes.wide]
               height = 0.3
               file = "b.png"
               opacity = 0.5"#,
        );
        let square = l.at("square");
        assert_eq!(square.file, "a.svg");
        assert_eq!(
            square.fit,
            Fit::Anchored {
                anchor: Anchor::TopRight,
                x: 0.05,
                y: 0.04,
                width: Some(0.2),
                height: None
            }
        );
        let Fit::Anchored { y, width, .. } = l.at("story").fit else {
            panic!("anchored")
        };
        assert_eq!((y, width), (0.1, Some(0.2)));
        let wide = l.at("wide");
        assert_eq!((wide.file, wide.opacity), ("b.png", 0.5));
        let Fit::Anchored { width, height, .. } = wide.fit else {
            panic!("anchored")
        };
        // Sized anew: the layer's width no longer counts.
        assert_eq!((width, height), (None, Some(0.3)));
        assert_eq!(l.files().collect::<Vec<_>>(), ["a.svg", "b.png"]);
    }

    #[test]
    fn boxes_from_each_anchor() {
        let fit = |anchor| Fit::Anchored {
            anchor,
            x: 0.1,
            y: 0.05,
            width: Some(0.2),
            height: None,
        };
        // A 2:1 image, 200 px wide on a 1000 × 800 image: 100 px high.
        let b = |a| layer_box(&fit(a), 1000, 800, (2.0, 1.0));
        assert_eq!(b(Anchor::TopLeft), [100, 40, 200, 100]);
        assert_eq!(b(Anchor::TopRight), [700, 40, 200, 100]);
        assert_eq!(b(Anchor::BottomRight), [700, 660, 200, 100]);
        assert_eq!(b(Anchor::Centre), [500, 390, 200, 100]);
        assert_eq!(b(Anchor::Bottom), [500, 660, 200, 100]);
    }

    #[test]
    fn within_a_rectangle_and_covering() {
        let r = Rect {
            x: 0.1,
            y: 0.1,
            width: 0.5,
            height: 0.5,
        };
        // A tall image in a 500 × 400 box: 400 high, 200 wide, centred.
        assert_eq!(
            layer_box(&Fit::Within(r), 1000, 800, (1.0, 2.0)),
            [250, 80, 200, 400]
        );
        // A square photo covering a 1080 × 1920 story: 1920 square, centred.
        assert_eq!(
            layer_box(&Fit::Cover, 1080, 1920, (3000.0, 3000.0)),
            [-420, 0, 1920, 1920]
        );
    }
}
