//! A montage from its tiles, in order: the title band (if asked for) at
//! the top, the layout below it inside a margin of one gutter, drawn band
//! by band into a PNG or JPEG, or tile by tile into a PDF. The one way both `pledge-montage` and the
//! montage page's worker build a montage, so they agree.

use super::compose::{write_jpeg, write_png, PackedTile, Plan, Silhouette, Tile, TileSource};
use super::crop::{cut, Cropped, Focus};
use super::layout::{grid, rows, LayoutError, Rect, Size};
use super::pdf::write_pdf;
use super::shape::{mask_rect, mosaic, Mask};
use super::title;
use crate::campaign::Campaign;
use crate::render::{RenderError, Renderer};
use std::borrow::Cow;
use std::fmt;

/// How the tiles are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout<'a> {
    Grid,
    Rows,
    Heart,
    /// A shape of the campaign's ([`Mask::from_image`]).
    Shape(&'a Mask),
}

impl Layout<'static> {
    /// A built-in layout by name (a campaign's shapes are found by id in
    /// its file).
    pub fn from_name(name: &str) -> Option<Layout<'static>> {
        match name {
            "grid" => Some(Layout::Grid),
            "rows" => Some(Layout::Rows),
            "heart" => Some(Layout::Heart),
            _ => None,
        }
    }
}

/// The picture's file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Png,
    Jpeg,
    /// One page the picture's size at [`Spec::dpi`], each tile its own
    /// image ([`super::pdf`]).
    Pdf,
}

/// What to build.
pub struct Spec<'a> {
    pub layout: Layout<'a>,
    pub width: u32,
    pub height: u32,
    pub gutter: u32,
    /// RGB behind and between the tiles.
    pub background: [u8; 3],
    pub format: Format,
    /// Pixels per inch, for a PDF's page size (150 or 300 for posters).
    pub dpi: u32,
    /// What the montage shows, in words (its alt text): a PDF's title.
    pub about: &'a str,
    /// The title band: the campaign (its `[montage] place` as it should
    /// read) and the language of its name; `None` for no band.
    pub title: Option<(&'a Campaign, &'a str)>,
    /// The images the reviewer asked to crop (`crops[i]` for tile `i`,
    /// in montage order; `&[]`: every image whole), [`super::crop`].
    pub crops: &'a [Option<Focus>],
}

#[derive(Debug)]
pub enum BuildError {
    Layout(LayoutError),
    /// The title needs these fonts first (by file name).
    Fonts(Vec<&'static str>),
    /// The title needs the campaign's brand font first (this file, beside
    /// the campaign file).
    BrandFont(String),
    Title(String),
    Write(String),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Layout(e) => write!(f, "{e}"),
            BuildError::Fonts(files) => {
                write!(f, "the title needs these fonts: {}", files.join(", "))
            }
            BuildError::BrandFont(file) => {
                write!(f, "the title needs the campaign's brand font {file}")
            }
            BuildError::Title(e) => write!(f, "the title: {e}"),
            BuildError::Write(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for BuildError {}

/// The title band's height (0 without one) and the area the tiles are
/// laid out in: below the band, inside a margin of one gutter (never more
/// than a quarter of a side).
pub fn area(width: u32, height: u32, gutter: u32, with_title: bool) -> (u32, Rect) {
    let band = if with_title {
        title::band_height(width, height)
    } else {
        0
    };
    let below = height - band;
    let margin = gutter.min(width / 4).min(below / 4);
    let area = Rect {
        x: margin,
        y: band + margin,
        width: width - 2 * margin,
        height: below - 2 * margin,
    };
    (band, area)
}

/// The size in pixels of a named size (`dpi` for paper sizes).
pub fn named_size(name: &str, dpi: u32) -> Result<(u32, u32), String> {
    let paper = |w_mm: u32, h_mm: u32| {
        let px = |mm: u32| ((mm as u64 * dpi as u64 * 10 + 127) / 254) as u32;
        (px(w_mm), px(h_mm))
    };
    Ok(match name {
        "square" => (1080, 1080),
        "portrait" => (1080, 1350),
        "story" => (1080, 1920),
        "hd" => (1920, 1080),
        "4k" => (3840, 2160),
        "a3" => paper(297, 420),
        "a2" => paper(420, 594),
        "a1" => paper(594, 841),
        other => {
            let bad = || {
                format!(
                    "--size {other:?}: give square, portrait, story, hd, 4k, a3, a2, a1 \
                     or WIDTHxHEIGHT, e.g. 2000x1500"
                )
            };
            let (w, h) = other.split_once(['x', '×']).ok_or_else(bad)?;
            let (w, h): (u32, u32) = (
                w.trim().parse().map_err(|_| bad())?,
                h.trim().parse().map_err(|_| bad())?,
            );
            if !(64..=20_000).contains(&w) || !(64..=20_000).contains(&h) {
                return Err(format!(
                    "--size {other:?}: each side from 64 to 20000 pixels"
                ));
            }
            (w, h)
        }
    })
}

/// The colour of a shape mosaic's shape under its images: the
/// background, a little lighter.
pub fn silhouette_colour(background: [u8; 3]) -> [u8; 3] {
    background.map(|c| c + ((255 - c as u32) * 3 / 20) as u8)
}

/// The rows each band holds while it is drawn.
const BAND_ROWS: u32 = 256;

/// Builds the montage of `tiles` (in montage order) into `out`.
pub fn build<W: std::io::Write>(
    tiles: Vec<PackedTile>,
    spec: &Spec,
    renderer: &mut Renderer,
    out: W,
) -> Result<(), BuildError> {
    let sizes: Vec<Size> = tiles
        .iter()
        .map(|t| Size {
            width: t.width,
            height: t.height,
        })
        .collect();
    build_from(&tiles, &sizes, spec, renderer, out)
}

/// The tiles, and the title band after them.
struct WithTitle<'a> {
    tiles: &'a dyn TileSource,
    count: usize,
    band: Option<Tile>,
}

impl TileSource for WithTitle<'_> {
    fn tile(&self, i: usize) -> Option<Cow<'_, Tile>> {
        if i < self.count {
            self.tiles.tile(i)
        } else {
            self.band.as_ref().map(Cow::Borrowed)
        }
    }
}

/// Builds the montage of the tiles `tiles` gives, one at a time as the
/// picture reaches them (their sizes, in montage order, in `sizes`), so a
/// source that keeps them elsewhere (the page's worker keeps them outside
/// its wasm memory) holds only those in hand.
pub fn build_from<W: std::io::Write>(
    tiles: &dyn TileSource,
    sizes: &[Size],
    spec: &Spec,
    renderer: &mut Renderer,
    out: W,
) -> Result<(), BuildError> {
    let (band, area) = area(spec.width, spec.height, spec.gutter, spec.title.is_some());
    let (sizes, parts) = cut(sizes, spec.crops);
    let sizes = &sizes[..];
    let tiles = Cropped {
        tiles,
        parts: &parts,
    };
    let tiles: &dyn TileSource = &tiles;
    let heart;
    let mask = match spec.layout {
        Layout::Heart => {
            heart = Mask::heart(512);
            Some(&heart)
        }
        Layout::Shape(mask) => Some(mask),
        Layout::Grid | Layout::Rows => None,
    };
    let mut places = match (spec.layout, mask) {
        (Layout::Rows, _) => rows(sizes, area, spec.gutter),
        (_, Some(mask)) => mosaic(sizes, area, spec.gutter, mask),
        _ => grid(sizes, area, spec.gutter),
    }
    .map_err(BuildError::Layout)?;
    let mut source = WithTitle {
        tiles,
        count: sizes.len(),
        band: None,
    };
    if let Some((campaign, lang)) = spec.title {
        let tile =
            title::draw(renderer, campaign, sizes.len(), lang, spec.width, band).map_err(|e| {
                match e {
                    RenderError::MissingFonts(files) => BuildError::Fonts(files),
                    RenderError::MissingBrandFont(file) => BuildError::BrandFont(file),
                    other => BuildError::Title(other.to_string()),
                }
            })?;
        source.band = Some(tile);
        places.push(Rect {
            x: 0,
            y: 0,
            width: spec.width,
            height: band,
        });
    }
    let plan = Plan {
        width: spec.width,
        height: spec.height,
        background: spec.background,
        // The shape under a mosaic's images, so it reads however few.
        shape: mask.map(|mask| Silhouette {
            mask,
            at: mask_rect(mask, area),
            colour: silhouette_colour(spec.background),
        }),
        tiles: &source,
        places: &places,
    };
    match spec.format {
        Format::Png => write_png(&plan, BAND_ROWS, out),
        Format::Jpeg => write_jpeg(&plan, BAND_ROWS, out),
        Format::Pdf => write_pdf(&plan, spec.dpi, spec.about, out),
    }
    .map_err(BuildError::Write)
}
