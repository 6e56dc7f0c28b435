//! The campaign's contact sheet: every board at every export size in
//! every language, drawn by the real render engine, so the communications
//! team signs off what the public will see. Each board is drawn with the
//! longest and the shortest example quote in the language, signed with a
//! name, with a placeholder photo in its frame (if it has one), and shown
//! small, under a caption naming the board and the language.
//!
//! Pure Rust, like the engine: `pledge-render --contact-sheet` and the
//! campaign check page draw the same sheet. The renderer must have been
//! given the fonts and the boards' artwork.

use crate::campaign::{Align, Board, Campaign, Colour, ExportSize, Label, LocalText, Rect, Shape};
use crate::i18n::Language;
use crate::render::photo::Photo;
use crate::render::{Image, Pledge, RenderError, Renderer};
use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Transform};

/// The width of each small board on the sheet, in pixels.
pub const THUMB_WIDTH: u32 = 200;
/// Space around and between the boards.
const GAP: u32 = 16;
/// The height of a caption band: the board and language, then each
/// size's name over its two pictures.
pub const CAPTION: u32 = 64;
/// The sheet's background.
const PAPER: [u8; 4] = [0xf3, 0xf2, 0xf1, 0xff];
/// The name each pledge is signed with.
pub const NAME: &str = "Asha";

/// The example quotes drawn in `lang`: the longest and the shortest (by
/// characters) of those worded in the language (all of them, in English,
/// if none is), or the one there is.
pub fn quotes<'a>(campaign: &'a Campaign, lang: &str) -> Vec<&'a str> {
    let english = lang.split('-').next() == Some(crate::campaign::ENGLISH_KEY);
    let own: Vec<&str> = campaign
        .quotes
        .iter()
        .map(|q| q.text.get(lang))
        .zip(&campaign.quotes)
        .filter(|(t, q)| english || *t != q.text.en)
        .map(|(t, _)| t)
        .collect();
    let texts = if own.is_empty() {
        campaign.quotes.iter().map(|q| q.text.en.as_str()).collect()
    } else {
        own
    };
    let chars = |s: &&str| s.chars().count();
    let (Some(long), Some(short)) = (
        texts.iter().copied().max_by_key(chars),
        texts.iter().copied().min_by_key(chars),
    ) else {
        return vec!["I will speak up when I see hate."];
    };
    if long == short {
        vec![long]
    } else {
        vec![long, short]
    }
}

/// A stand-in photo for the boards' frames: a head and shoulders against
/// a sky, drawn (no file), the same everywhere.
pub fn placeholder_photo() -> Photo {
    let (w, h) = (600u32, 600u32);
    let mut pixmap = Pixmap::new(w, h).expect("a fixed size");
    pixmap.fill(tiny_skia::Color::from_rgba8(0x8f, 0xb8, 0xd8, 0xff));
    let mut fill = |path: Option<tiny_skia::Path>, rgb: [u8; 3]| {
        let mut paint = Paint::default();
        paint.set_color_rgba8(rgb[0], rgb[1], rgb[2], 0xff);
        paint.anti_alias = true;
        if let Some(p) = path {
            pixmap.fill_path(&p, &paint, FillRule::Winding, Transform::identity(), None);
        }
    };
    // Shoulders, then the head.
    let mut shoulders = PathBuilder::new();
    shoulders.move_to(90.0, 600.0);
    shoulders.cubic_to(100.0, 430.0, 200.0, 390.0, 300.0, 390.0);
    shoulders.cubic_to(400.0, 390.0, 500.0, 430.0, 510.0, 600.0);
    shoulders.close();
    fill(shoulders.finish(), [0x4b, 0x2a, 0x7b]);
    fill(
        PathBuilder::from_circle(300.0, 260.0, 105.0),
        [0xc6, 0x8e, 0x6a],
    );
    Photo {
        width: w,
        height: h,
        rgba: crate::render::demultiply(pixmap),
    }
}

/// One caption band: a board of labels, drawn by the engine (so every
/// script's letters are shaped as on the boards): `text` across, then
/// each export size's name in `lang` over its two pictures.
fn caption_campaign(campaign: &Campaign, text: &str, lang: &str, width: u32) -> Campaign {
    let ink = Colour::parse("#1d1a2e");
    let grey = Colour::parse("#505a5f");
    let w = width as f32;
    // Label sizes are pixels on an image 1080 wide.
    let px = |size: f32| size * 1080.0 / w;
    let mut labels = vec![Label {
        text: LocalText::from(text),
        x: GAP as f32 / w,
        y: 0.06,
        width: 1.0 - 2.0 * GAP as f32 / w,
        size: px(20.0),
        colour: ink.clone(),
        align: Align::Left,
    }];
    for (i, size) in campaign.sizes.iter().enumerate() {
        labels.push(Label {
            text: LocalText::from(size.name.get(lang)),
            x: (GAP + i as u32 * 2 * (THUMB_WIDTH + GAP)) as f32 / w,
            y: 0.58,
            width: (2 * THUMB_WIDTH + GAP) as f32 / w,
            size: px(14.0),
            colour: grey.clone(),
            align: Align::Left,
        });
    }
    let board = Board {
        id: "caption".into(),
        name: LocalText::from("Caption"),
        background: vec![Shape::Fill {
            colour: Colour::parse("#f3f2f1"),
        }],
        text_box: Rect {
            x: 0.0,
            y: 0.0,
            width: 1.0,
            height: 1.0,
        },
        font_family: "Noto Sans".into(),
        min_font_size: 1.0,
        max_font_size: 1.0,
        line_height: 1.2,
        align: Align::Start,
        text_colour: ink.clone(),
        ink_colours: Vec::new(),
        labels,
        footer: Vec::new(),
        photo_frame: None,
        layers: Vec::new(),
    };
    Campaign {
        boards: vec![board],
        sizes: vec![ExportSize {
            id: "caption".into(),
            name: LocalText::from("Caption"),
            width,
            height: CAPTION,
        }],
        drawn_artwork: None,
        ..campaign.clone()
    }
}

/// Why the sheet could not be drawn: which board, size and language, and
/// the engine's reason.
#[derive(Debug, PartialEq)]
pub struct SheetError {
    pub what: String,
    pub error: RenderError,
}

impl std::fmt::Display for SheetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.what, self.error)
    }
}

/// Copies `image` onto `sheet` (straight RGBA, `sheet_w` wide) at `x`, `y`.
fn place(sheet: &mut [u8], sheet_w: u32, image: &Image, x: u32, y: u32) {
    let row = image.width as usize * 4;
    for r in 0..image.height as usize {
        let at = ((y as usize + r) * sheet_w as usize + x as usize) * 4;
        sheet[at..at + row].copy_from_slice(&image.rgba[r * row..(r + 1) * row]);
    }
}

/// The image shrunk to `width` pixels wide (area-averaged), its shape kept.
fn small(image: Image, width: u32) -> Image {
    let height = (image.height as u64 * width as u64).div_ceil(image.width as u64) as u32;
    let rgba =
        image::ImageBuffer::<image::Rgba<u8>, _>::from_raw(image.width, image.height, image.rgba)
            .map(|full| image::imageops::thumbnail(&full, width, height).into_raw())
            .unwrap_or_else(|| vec![0; width as usize * height as usize * 4]);
    Image {
        width,
        height,
        rgba,
        font_size_px: image.font_size_px,
        record: None,
    }
}

/// The contact sheet of `campaign` in `languages`: a caption and a row of
/// boards (each size with each quote) per board and language.
pub fn draw(
    renderer: &mut Renderer,
    campaign: &Campaign,
    languages: &[&Language],
) -> Result<Image, SheetError> {
    draw_telling(renderer, campaign, languages, |_, _| {})
}

/// How many pictures the sheet has (besides its captions).
pub fn pictures(campaign: &Campaign, languages: &[&Language]) -> usize {
    let per_board: usize = languages
        .iter()
        .map(|l| campaign.sizes.len() * quotes(campaign, l.code).len())
        .sum();
    campaign.boards.len() * per_board
}

/// [`draw`], telling `progress` (pictures drawn, of how many) after each.
pub fn draw_telling(
    renderer: &mut Renderer,
    campaign: &Campaign,
    languages: &[&Language],
    mut progress: impl FnMut(usize, usize),
) -> Result<Image, SheetError> {
    let total = pictures(campaign, languages);
    let mut done = 0;
    renderer.set_photo(Some(placeholder_photo()));
    let columns = campaign.sizes.len() * 2;
    let width = GAP + columns as u32 * (THUMB_WIDTH + GAP);
    let tallest = campaign
        .sizes
        .iter()
        .map(|s| (s.height as u64 * THUMB_WIDTH as u64).div_ceil(s.width as u64) as u32)
        .max()
        .unwrap_or(THUMB_WIDTH);
    let band = CAPTION + tallest + GAP;
    let rows = (campaign.boards.len() * languages.len()) as u32;
    let height = GAP + rows * band;
    let mut sheet = PAPER.repeat(width as usize * height as usize);
    let mut y = GAP;
    for board in &campaign.boards {
        for lang in languages {
            let what = |size: &str| format!("{}, {size}, {}", board.id, lang.code);
            let caption = format!(
                "{} · {} ({})",
                board.name.get(lang.code),
                lang.name,
                lang.english
            );
            let c = caption_campaign(campaign, &caption, lang.code, width);
            let image = renderer
                .render(&c, "caption", "caption", &Pledge::default())
                .map_err(|error| SheetError {
                    what: what("caption"),
                    error,
                })?;
            place(&mut sheet, width, &image, 0, y);
            let mut x = GAP;
            for size in &campaign.sizes {
                for text in quotes(campaign, lang.code) {
                    let pledge = Pledge {
                        name: NAME.into(),
                        lang: Some(lang.code.into()),
                        ..Pledge::new(text)
                    };
                    let image = renderer
                        .render(campaign, &board.id, &size.id, &pledge)
                        .map_err(|error| SheetError {
                            what: what(&size.id),
                            error,
                        })?;
                    place(
                        &mut sheet,
                        width,
                        &small(image, THUMB_WIDTH),
                        x,
                        y + CAPTION,
                    );
                    x += THUMB_WIDTH + GAP;
                    done += 1;
                    progress(done, total);
                }
            }
            y += band;
        }
    }
    Ok(Image {
        width,
        height,
        rgba: sheet,
        font_size_px: 0,
        record: None,
    })
}
