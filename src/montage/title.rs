//! The montage's title band, in the campaign's style: a strip across the
//! top in its main colour with its name (accent colour), the count and the
//! place ("412 pledges from Leicester, Leicestershire and Rutland") and its
//! hashtags and handle. Drawn by the render engine as a board of its own
//! (a fill and three one-line labels, each shrunk to fit its width), so it
//! is the same bytes natively and in wasm, any script included.

use super::compose::Tile;
use crate::campaign::{Align, Board, Campaign, Colour, ExportSize, Label, LocalText, Rect, Shape};
use crate::render::{Pledge, RenderError, Renderer};

/// The band's height for a montage of this size: an eighth of its height,
/// and no more than a fifth of its width (a wide, low picture).
pub fn band_height(width: u32, height: u32) -> u32 {
    (height / 8).min(width / 5).max(1)
}

/// "412 pledges from Leicester, Leicestershire and Rutland" (no place:
/// "412 pledges of support").
pub fn count_line(count: usize, place: &str) -> String {
    let pledges = if count == 1 { "pledge" } else { "pledges" };
    match place.trim() {
        "" => format!("{count} {pledges} of support"),
        place => format!("{count} {pledges} from {place}"),
    }
}

/// The campaign's colour for the space between a montage's images: its
/// main colour, darker (as the page's `--brand-dark`).
pub fn background(campaign: &Campaign) -> [u8; 3] {
    let [r, g, b, _] = campaign.colours.primary.rgba();
    let s = |v: u8| (v as f32 * 0.63).round() as u8;
    [s(r), s(g), s(b)]
}

/// The band as a campaign of one board and one size (`lang` chooses the
/// campaign name's wording).
fn band_campaign(campaign: &Campaign, count: usize, lang: &str, w: u32, h: u32) -> Campaign {
    let c = &campaign.colours;
    // Label sizes are pixels at 1080 wide; the band's are fractions of
    // its height.
    let size = |of_height: f32| of_height * h as f32 * 1080.0 / w as f32;
    let label = |text: String, y: f32, of_height: f32, colour: &Colour| Label {
        text: LocalText::from(text.as_str()),
        x: 0.04,
        y,
        width: 0.92,
        size: size(of_height),
        colour: colour.clone(),
        align: Align::Center,
    };
    let mut tags: Vec<&str> = campaign.hashtags.iter().map(String::as_str).collect();
    if !campaign.handle.is_empty() {
        tags.push(&campaign.handle);
    }
    let white = Colour::parse("#ffffff");
    let place = campaign.montage.place.get(lang);
    let board = Board {
        id: "montage-title".into(),
        name: LocalText::from("Montage title"),
        background: vec![Shape::Fill {
            colour: c.primary.clone(),
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
        align: Align::Center,
        text_colour: white.clone(),
        ink_colours: Vec::new(),
        labels: vec![
            label(campaign.name.get(lang).to_owned(), 0.1, 0.26, &c.accent),
            label(count_line(count, place), 0.5, 0.19, &white),
        ],
        footer: vec![label(tags.join("  "), 0.76, 0.13, &c.accent)],
        photo_frame: None,
        layers: Vec::new(),
    };
    Campaign {
        boards: vec![board],
        sizes: vec![ExportSize {
            id: "montage-title".into(),
            name: LocalText::from("Montage title"),
            width: w,
            height: h,
        }],
        ..campaign.clone()
    }
}

/// The title band for `count` pledges, `width` × `height` pixels, as a
/// tile to place at the top of the montage. Fails only for fonts the
/// renderer lacks (named).
pub fn draw(
    renderer: &mut Renderer,
    campaign: &Campaign,
    count: usize,
    lang: &str,
    width: u32,
    height: u32,
) -> Result<Tile, RenderError> {
    let band = band_campaign(campaign, count, lang, width, height);
    let image = renderer.render(
        &band,
        "montage-title",
        "montage-title",
        &Pledge {
            lang: Some(lang.into()),
            ..Pledge::default()
        },
    )?;
    Ok(Tile {
        width: image.width,
        height: image.height,
        rgba: image.rgba,
    })
}
