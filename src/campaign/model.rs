//! The campaign file's shape. Lengths and positions on a board are
//! fractions of the image (x and widths of its width, y and heights of its
//! height) so that one board lays itself out for every export size; font
//! sizes and radii are pixels at 1080 pixels wide, scaled with the width.

use super::{Colour, LocalText};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A whole campaign.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    /// Shown as the page's campaign name, e.g. "National Hate Crime Awareness Week".
    #[serde(default)]
    pub name: LocalText,
    /// Short, lower-case, for file names: `pledge-<slug>-<size>.png`.
    #[serde(default)]
    pub slug: String,
    /// Who runs it, e.g. the force's name.
    #[serde(default)]
    pub organisation: String,
    /// Where people may e-mail their image.
    #[serde(default)]
    pub contact_email: String,
    /// Hashtags to share with, each starting with `#`.
    #[serde(default)]
    pub hashtags: Vec<String>,
    /// The social media handle, starting with `@`.
    #[serde(default)]
    pub handle: String,
    /// The share caption; `{pledge}`, `{hashtags}` and `{handle}` are filled in.
    #[serde(default)]
    pub caption: LocalText,
    /// The most characters a pledge may have, whatever fits on the board.
    #[serde(default = "default_max_chars")]
    pub max_pledge_chars: usize,
    /// Whether a photo of a pledge written on paper may be the pledge
    /// itself: the photo fills the image, with the campaign's hashtags
    /// and handle in a strip along the bottom.
    #[serde(default)]
    pub paper_photos: bool,
    pub colours: Colours,
    #[serde(default)]
    pub reporting: Reporting,
    #[serde(default)]
    pub boards: Vec<Board>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub sizes: Vec<ExportSize>,
    /// The boards' artwork drawn ahead (`pledge-render --draw-artwork`):
    /// a file beside this one, used while the layer files are the ones
    /// it was drawn from (see [`crate::render::drawn`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drawn_artwork: Option<String>,
    /// The campaign's own typeface: a TTF or OTF file beside this one, set
    /// for the boards' labels and footer and the pledge wherever it has
    /// the letter, Noto behind it (see [`crate::render::brand`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_font: Option<String>,
    /// The campaign's own wording for any of the interface's messages, by
    /// language code then message id (see `static/locales/en-GB.ftl`).
    #[serde(default)]
    pub messages: BTreeMap<String, BTreeMap<String, String>>,
    #[serde(default)]
    pub embed: Embed,
    #[serde(default)]
    pub quick_exit: QuickExit,
    #[serde(default)]
    pub montage: Montage,
}

/// The force's montage of the pledges sent in.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Montage {
    /// Where the pledges come from, for the montage's title band and alt
    /// text ("412 pledges from …"), e.g. "Leicester, Leicestershire and
    /// Rutland". Empty: no place is named.
    #[serde(default)]
    pub place: LocalText,
    /// Shapes the montage can fill besides the built-in heart (e.g. the
    /// force's logo or the county's outline), offered by name.
    #[serde(default)]
    pub shapes: Vec<MontageShape>,
}

/// A shape for the montage's mosaic, drawn in an image kept beside the
/// campaign file: inside where it is opaque (or, in an image with no
/// transparency, where it is dark).
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MontageShape {
    /// Short, lower case, e.g. `county`.
    pub id: String,
    /// What the team sees in the list of layouts, e.g. "Our county".
    pub name: LocalText,
    /// The image, as a path from the campaign file's folder, e.g.
    /// `campaign/county.png` (PNG, JPEG or WebP).
    pub mask: String,
}

/// Showing the editor in an iframe on the force's own pages.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Embed {
    /// The origins of the pages that show the editor in an iframe, e.g.
    /// `https://www.leics.police.uk`: only these are told its height.
    #[serde(default)]
    pub parent_origins: Vec<String>,
}

/// "Exit this page": where it takes the person, at once.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct QuickExit {
    /// A neutral site, e.g. the BBC's weather (as GOV.UK's "Exit this page").
    #[serde(default = "default_exit_url")]
    pub url: String,
}

impl Default for QuickExit {
    fn default() -> Self {
        QuickExit {
            url: default_exit_url(),
        }
    }
}

fn default_exit_url() -> String {
    "https://www.bbc.co.uk/weather".into()
}

fn default_max_chars() -> usize {
    280
}

/// The campaign's brand colours, used by the page around the board.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Colours {
    pub primary: Colour,
    pub accent: Colour,
    pub text: Colour,
    pub background: Colour,
}

/// How to report hate crime.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reporting {
    /// In an emergency, e.g. "999".
    #[serde(default)]
    pub emergency: String,
    /// Otherwise, e.g. "101".
    #[serde(default)]
    pub non_emergency: String,
    /// Anonymous or online reporting page (https).
    #[serde(default)]
    pub online_url: String,
    /// What that page is called, e.g. "True Vision".
    #[serde(default)]
    pub online_name: LocalText,
}

/// A quote example people can start from.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: LocalText,
    /// A theme such as "We stand together", for grouping.
    #[serde(default)]
    pub theme: LocalText,
}

/// An export size, e.g. square 1080×1080.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExportSize {
    pub id: String,
    pub name: LocalText,
    pub width: u32,
    pub height: u32,
}

/// One board design.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Board {
    pub id: String,
    pub name: LocalText,
    /// Drawn in order, over an opaque fill of the first shape's colour.
    pub background: Vec<Shape>,
    /// Where the pledge goes.
    pub text_box: Rect,
    /// The pledge's font family for Latin, Greek and Cyrillic text; other
    /// scripts use the Noto font made for them.
    #[serde(default = "default_family")]
    pub font_family: String,
    /// The auto-fit range, in pixels at 1080 wide.
    pub min_font_size: f32,
    pub max_font_size: f32,
    /// Line height as a multiple of the font size.
    #[serde(default = "default_line_height")]
    pub line_height: f32,
    #[serde(default)]
    pub align: Align,
    pub text_colour: Colour,
    /// The colours a pledge written by hand may be in, the first chosen
    /// unless the person picks another; none given: the text colour.
    #[serde(default)]
    pub ink_colours: Vec<Colour>,
    /// Fixed lines such as "I pledge" above the text box.
    #[serde(default)]
    pub labels: Vec<Label>,
    /// Footer lines such as the hashtag and handle.
    #[serde(default)]
    pub footer: Vec<Label>,
    #[serde(default)]
    pub photo_frame: Option<PhotoFrame>,
    /// Images laid under or over the drawn shapes ([`super::layers`]).
    #[serde(default)]
    pub layers: Vec<super::Layer>,
}

impl Board {
    /// The colours handwriting may be in: the board's ink colours, or its
    /// text colour if it names none.
    pub fn inks(&self) -> Vec<&Colour> {
        if self.ink_colours.is_empty() {
            vec![&self.text_colour]
        } else {
            self.ink_colours.iter().collect()
        }
    }
}

fn default_family() -> String {
    "Noto Sans".into()
}

fn default_line_height() -> f32 {
    1.25
}

/// Horizontal alignment; `start` and `end` follow each line's direction
/// (`start` is the right for Arabic and Urdu); `left` and `right` stay put
/// whatever the language, for a label that must keep clear of artwork.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    #[default]
    Start,
    Center,
    End,
    Left,
    Right,
}

/// A rectangle in fractions of the image.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

/// A fixed line of text on the board.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub text: LocalText,
    /// Where the line's box starts (x) and its top (y), in fractions.
    pub x: f32,
    pub y: f32,
    /// The box's width, in fractions; the text is aligned within it.
    pub width: f32,
    /// Pixels at 1080 wide.
    pub size: f32,
    pub colour: Colour,
    #[serde(default)]
    pub align: Align,
}

/// Where a photo goes, and its shape.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PhotoFrame {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub shape: FrameShape,
    /// Corner radius for `rounded`, pixels at 1080 wide.
    #[serde(default)]
    pub radius: f32,
    /// Drawn in the frame while there is no photo.
    pub placeholder: Colour,
}

impl PhotoFrame {
    pub fn rect(&self) -> Rect {
        Rect {
            x: self.x,
            y: self.y,
            width: self.width,
            height: self.height,
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum FrameShape {
    Rectangle,
    Rounded,
    Circle,
}

/// A background shape, drawn by code. Positions in fractions of the image;
/// `r`, `radius` and `stroke` in pixels at 1080 wide.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Shape {
    /// The whole image in one colour.
    Fill { colour: Colour },
    /// The whole image, `from` to `to` along `angle` degrees (0 = left to
    /// right, 90 = top to bottom).
    LinearGradient {
        from: Colour,
        to: Colour,
        angle: f32,
    },
    Circle {
        cx: f32,
        cy: f32,
        r: f32,
        colour: Colour,
    },
    /// A circle's outline, `stroke` pixels wide.
    Ring {
        cx: f32,
        cy: f32,
        r: f32,
        stroke: f32,
        colour: Colour,
    },
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        #[serde(default)]
        radius: f32,
        colour: Colour,
    },
    /// A closed polygon through `points`, each `[x, y]` in fractions.
    Polygon {
        points: Vec<[f32; 2]>,
        colour: Colour,
    },
}
