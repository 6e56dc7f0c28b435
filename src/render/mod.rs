//! The render engine: campaign + board + pledge + size → RGBA → PNG.
//!
//! Pure Rust with no browser APIs, so the same code runs in the app's
//! worker (wasm), in the `pledge-render` command-line tool and in the tests,
//! and gives the same bytes everywhere: fonts are handed in as bytes (never
//! read from the system), trigonometry uses `libm`, tiny-skia runs without
//! SIMD, and the PNG encoder has fixed settings.
//!
//! The pledge is shaped by cosmic-text (any script, right-to-left included),
//! wrapped at word boundaries and auto-fitted: set at the largest size in
//! the board's range at which it fits the text box. Text that does not fit
//! even at the smallest size is refused with [`RenderError::TooLong`],
//! which states how many characters would fit.

pub mod brand;
pub mod drawn;
mod fill;
use fill::fill_text;
pub mod fonts;
mod glyphs;
mod handwriting;
pub mod layers;
mod outlined;
pub mod paper;
pub mod photo;
mod photo_layer;
pub mod placement;
mod png_out;
pub use png_out::demultiply;
pub mod record;
pub mod scene;
mod text;
mod written;

use crate::campaign::{Board, Campaign, ExportSize, Label};
use cosmic_text::{fontdb, FontSystem};
use fonts::FontFile;
pub use outlined::Outlined;
use photo::Photo;
use photo_layer::PhotoLayer;
use placement::Placement;
use record::PledgeRecord;
use scene::Frame;
use std::fmt;
use text::{Content, TextBox, Typesetter};
use tiny_skia::Pixmap;

/// What the person wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pledge {
    pub text: String,
    /// Shown as "— Name" under the pledge, if not empty.
    pub name: String,
    /// Shown after the name (already formatted for the person's language).
    pub date: String,
    /// The language the pledge is written in (BCP 47), if known; it decides,
    /// for example, between Urdu (Nastaliq) and Arabic type.
    pub lang: Option<String>,
    /// Where the photo sits in the board's frame (if the renderer has been
    /// given a photo and the board has a frame).
    pub placement: Placement,
    /// The pledge written by hand, drawn instead of `text` when given.
    pub writing: Option<crate::ink::Writing>,
    /// The pledge is the photo (of a pledge written on paper): it fills
    /// the image, under the campaign's hashtag strip; `text` is only
    /// carried in the record, `writing` is not drawn.
    pub paper: bool,
}

impl Pledge {
    pub fn new(text: impl Into<String>) -> Pledge {
        Pledge {
            text: text.into(),
            ..Pledge::default()
        }
    }

    /// The line under the pledge: "— Name, date", "— Name", "date" or "".
    pub fn signature(&self) -> String {
        let (name, date) = (self.name.trim(), self.date.trim());
        match (name.is_empty(), date.is_empty()) {
            (false, false) => format!("— {name}, {date}"),
            (false, true) => format!("— {name}"),
            (true, false) => date.to_owned(),
            (true, true) => String::new(),
        }
    }
}

/// Why an image could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RenderError {
    UnknownBoard(String),
    UnknownSize(String),
    /// These fonts must be added first (the browser fetches them).
    MissingFonts(Vec<&'static str>),
    /// These artwork layers must be added first ([`layers`]).
    MissingLayers(Vec<layers::Need>),
    /// The campaign's brand font (this file, beside the campaign file)
    /// must be given first ([`Renderer::set_brand_font`]): never drawn in
    /// Noto instead without a word.
    MissingBrandFont(String),
    /// The pledge has `chars` characters; at most `limit` fit on this board
    /// at this size (or are allowed by the campaign).
    TooLong {
        chars: usize,
        limit: usize,
    },
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::UnknownBoard(id) => write!(f, "there is no board called {id:?}"),
            RenderError::UnknownSize(id) => write!(f, "there is no export size called {id:?}"),
            RenderError::MissingFonts(files) => {
                write!(f, "these fonts are needed first: {}", files.join(", "))
            }
            RenderError::MissingLayers(needs) => {
                let files: Vec<&str> = needs.iter().map(|n| n.file.as_str()).collect();
                write!(
                    f,
                    "these artwork files are needed first: {}",
                    files.join(", ")
                )
            }
            RenderError::MissingBrandFont(file) => {
                write!(f, "the campaign's brand font {file} is needed first")
            }
            RenderError::TooLong { chars, limit } => {
                write!(
                    f,
                    "the pledge has {chars} characters; at most {limit} fit on this board"
                )
            }
        }
    }
}

impl std::error::Error for RenderError {}

/// A rendered board: straight (not premultiplied) RGBA, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
    /// The pledge's font size after auto-fit, in pixels (0 if no pledge).
    pub font_size_px: u32,
    /// What the PNG carries about the pledge ([`record`]); set by
    /// [`Renderer::render`] when there is a pledge.
    pub record: Option<PledgeRecord>,
}

impl Image {
    /// The image as PNG bytes, with its [`record`] if it has one (always
    /// the same bytes for the same image).
    pub fn to_png(&self) -> Vec<u8> {
        png_out::encode(self.width, self.height, &self.rgba, self.record.as_ref())
    }
}

/// The renderer: holds the fonts it has been given and its glyph cache.
pub struct Renderer {
    type_: Typesetter,
    loaded: Vec<&'static str>,
    /// The person's photo, if any.
    photo: Option<PhotoLayer>,
    /// The board's artwork (background, photo frame with the photo, labels,
    /// footer) for the last few boards, sizes and placements: it does not
    /// change as the person types, so each render starts from a copy.
    artwork: Vec<(ArtworkKey, Artwork)>,
    /// The last handwritten board drawn, to add the next stroke to.
    ink: Option<written::KeptInk>,
    /// How many times a photo has been set (names the photo in caches).
    photos_set: u32,
    /// The boards' artwork layers, as they have been given.
    layers: layers::Layers,
}

/// What a board's artwork depends on: the placement only counts when a
/// photo is drawn.
#[derive(Clone, PartialEq)]
struct ArtworkKey {
    /// The pledge's language: labels may be worded for it.
    lang: String,
    board: Board,
    size: ExportSize,
    placement: Option<Placement>,
}

/// A board's artwork as drawn, and whether every pixel of it is opaque
/// (then so is anything drawn over it, and its premultiplied pixels are
/// already the straight ones the PNG takes: no demultiplying pass).
#[derive(Clone)]
struct Artwork {
    pixmap: Pixmap,
    opaque: bool,
}

/// How many board and size pairs' artwork to keep.
const ARTWORK_CACHE: usize = 4;

impl Default for Renderer {
    fn default() -> Self {
        Renderer::new()
    }
}

impl Renderer {
    /// A renderer with no fonts yet.
    pub fn new() -> Renderer {
        let fonts = FontSystem::new_with_locale_and_db("en-GB".into(), fontdb::Database::new());
        Renderer {
            type_: Typesetter {
                fonts,
                cache: glyphs::Outlines::default(),
                brand: None,
            },
            loaded: Vec::new(),
            photo: None,
            artwork: Vec::new(),
            ink: None,
            photos_set: 0,
            layers: layers::Layers::default(),
        }
    }

    /// Sets (or with `None` removes) the photo drawn in boards' frames.
    /// A photo whose buffer does not match its size is treated as none.
    pub fn set_photo(&mut self, photo: Option<Photo>) {
        self.photo = photo.and_then(PhotoLayer::new);
        self.artwork.clear();
        self.ink = None;
        self.photos_set = self.photos_set.wrapping_add(1);
    }

    /// The photo's size, if there is one.
    pub fn photo_size(&self) -> Option<(u32, u32)> {
        self.photo.as_ref().map(|p| (p.width(), p.height()))
    }

    /// Adds one of [`fonts::ALL`] from its file's bytes. Adding it again does nothing.
    pub fn add_font(&mut self, file: &'static FontFile, bytes: Vec<u8>) {
        if !self.has_font(file) {
            self.type_.fonts.db_mut().load_font_data(bytes);
            self.loaded.push(file.file);
        }
    }

    /// Gives the campaign's own typeface (`brand_font`, named `file`) from
    /// its bytes; the boards' words are set in it from now on wherever it
    /// has the letter. Why not, if the file cannot be used.
    pub fn set_brand_font(&mut self, file: &str, bytes: Vec<u8>) -> Result<(), String> {
        let brand = brand::read(file, &bytes)?;
        self.type_.fonts.db_mut().load_font_data(bytes);
        self.type_.brand = Some(brand);
        self.artwork.clear();
        self.ink = None;
        Ok(())
    }

    /// The brand font file `campaign` names, if it has not been given.
    pub fn brand_font_needed<'c>(&self, campaign: &'c Campaign) -> Option<&'c str> {
        let file = campaign.brand_font.as_deref()?;
        match &self.type_.brand {
            Some(b) if b.file == file => None,
            _ => Some(file),
        }
    }

    pub fn has_font(&self, file: &FontFile) -> bool {
        self.loaded.contains(&file.file)
    }

    /// A renderer with every font from `dir` (normally `static/fonts`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn with_fonts_from(dir: &std::path::Path) -> std::io::Result<Renderer> {
        let mut r = Renderer::new();
        for f in fonts::ALL {
            let bytes = std::fs::read(dir.join(f.file)).map_err(|e| {
                std::io::Error::new(e.kind(), format!("{}: {e}", dir.join(f.file).display()))
            })?;
            r.add_font(f, bytes);
        }
        Ok(r)
    }

    /// An artwork file's own size (pixels, or an SVG's units): its shape
    /// decides the size it is needed at ([`Renderer::missing_layers`]).
    pub fn set_layer_shape(&mut self, file: &str, size: (f32, f32)) {
        self.layers.set_shape(file, size);
        self.artwork.clear();
    }

    /// An artwork file's pixels at the size it was needed at (straight
    /// RGBA); false if the buffer does not match that size.
    pub fn add_layer(&mut self, need: layers::Need, rgba: &[u8]) -> bool {
        self.artwork.clear();
        self.layers.add(need, rgba)
    }

    /// The artwork layers given so far (the printed board lays them too).
    pub fn layers(&self) -> &layers::Layers {
        &self.layers
    }

    /// The artwork this board needs at this size that has not been
    /// given: files whose shape is unknown (size 0), then pixels.
    pub fn missing_layers(&self, board: &Board, size: &ExportSize) -> Vec<layers::Need> {
        self.layers.missing(board, size)
    }

    /// The fonts this pledge needs on this board that have not been added.
    pub fn missing_fonts(&self, board: &Board, pledge: &Pledge) -> Vec<&'static str> {
        let lang = pledge.lang.as_deref();
        let mut all = String::new();
        for l in board.labels.iter().chain(&board.footer) {
            all.push_str(l.text.get(lang.unwrap_or_default()));
            all.push('\n');
        }
        // Handwriting is drawn instead of the typed words, with the name
        // line under it: the board's own words and the name need fonts.
        if pledge.writing.is_none() {
            all.push_str(&pledge.text);
            all.push('\n');
        }
        all.push_str(&pledge.signature());
        fonts::needed_for(&all, lang)
            .into_iter()
            .filter(|f| !self.has_font(f))
            .map(|f| f.file)
            .collect()
    }

    /// Renders the pledge on a board at an export size.
    pub fn render(
        &mut self,
        campaign: &Campaign,
        board: &str,
        size: &str,
        pledge: &Pledge,
    ) -> Result<Image, RenderError> {
        let board = campaign
            .board(board)
            .ok_or_else(|| RenderError::UnknownBoard(board.into()))?;
        let size = campaign
            .size(size)
            .ok_or_else(|| RenderError::UnknownSize(size.into()))?;
        if let Some(file) = self.brand_font_needed(campaign) {
            return Err(RenderError::MissingBrandFont(file.to_owned()));
        }
        // Only where the campaign allows it; elsewhere the board as usual.
        if pledge.paper && campaign.paper_photos {
            return self.render_paper(campaign, board, size, pledge);
        }
        // Handwriting is drawn instead of text (its words, if given, only
        // travel in the record): the text's checks are for typing.
        let typed = pledge.writing.is_none();
        let missing = self.missing_fonts(board, pledge);
        if !missing.is_empty() {
            return Err(RenderError::MissingFonts(missing));
        }
        let missing = self.missing_layers(board, size);
        if !missing.is_empty() {
            return Err(RenderError::MissingLayers(missing));
        }
        let chars = pledge.text.chars().count();
        if typed && chars > campaign.max_pledge_chars {
            return Err(RenderError::TooLong {
                chars,
                limit: campaign.max_pledge_chars,
            });
        }
        let image = self.draw(board, size, pledge)?;
        Ok(with_record(image, campaign, board, size, pledge))
    }

    /// A photo of a pledge on paper as the whole image, under the
    /// campaign's hashtag strip ([`paper`]).
    fn render_paper(
        &mut self,
        campaign: &Campaign,
        board: &Board,
        size: &ExportSize,
        pledge: &Pledge,
    ) -> Result<Image, RenderError> {
        let strip = paper::strip_text(campaign);
        self.need_fonts(&strip, pledge.lang.as_deref())?;
        let pixmap = paper::draw(
            &mut self.type_,
            self.photo.as_mut(),
            campaign,
            board,
            size,
            pledge.placement,
        );
        let image = Image {
            width: size.width,
            height: size.height,
            rgba: png_out::demultiply(pixmap),
            font_size_px: 0,
            record: None,
        };
        Ok(with_record(image, campaign, board, size, pledge))
    }

    fn draw(
        &mut self,
        board: &Board,
        size: &ExportSize,
        pledge: &Pledge,
    ) -> Result<Image, RenderError> {
        let f = Frame::new(size.width, size.height);
        let lang = pledge.lang.as_deref().unwrap_or_default();
        let Artwork { mut pixmap, opaque } = self.artwork(board, size, pledge.placement, lang, f);
        let (font_size_px, rgba) = match &pledge.writing {
            Some(writing) => {
                pixmap = self.draw_written(pixmap, board, size, f, pledge, writing);
                (0, png_out::demultiply(pixmap))
            }
            None => {
                let px = self.draw_pledge(&mut pixmap, board, f, pledge)?;
                // Text drawn over opaque pixels leaves them opaque.
                let rgba = match opaque {
                    true => pixmap.take(),
                    false => png_out::demultiply(pixmap),
                };
                (px, rgba)
            }
        };
        Ok(Image {
            width: size.width,
            height: size.height,
            rgba,
            font_size_px,
            record: None,
        })
    }

    /// A copy of the board's artwork at this size, drawn once and kept.
    fn artwork(
        &mut self,
        board: &Board,
        size: &ExportSize,
        placement: Placement,
        lang: &str,
        f: Frame,
    ) -> Artwork {
        let key = ArtworkKey {
            lang: lang.to_owned(),
            board: board.clone(),
            size: size.clone(),
            placement: (self.photo.is_some() && board.photo_frame.is_some())
                .then_some(placement.clamped()),
        };
        if let Some((_, artwork)) = self.artwork.iter().find(|(k, _)| *k == key) {
            return artwork.clone();
        }
        let mut pixmap = Pixmap::new(size.width, size.height).expect("validated size");
        self.layers.draw_background(&mut pixmap, board, size, f);
        if let Some(frame) = &board.photo_frame {
            match &mut self.photo {
                Some(photo) => scene::draw_photo(&mut pixmap, frame, f, photo, placement),
                None => scene::draw_photo_frame(&mut pixmap, frame, f),
            }
        }
        self.layers.draw(&mut pixmap, board, size, false);
        for label in board.labels.iter().chain(&board.footer) {
            let (set, x, y) = self.set_label(label, lang, f);
            fill_text(&mut pixmap, &set.path, x, y, &label.colour, None);
        }
        if self.artwork.len() == ARTWORK_CACHE {
            self.artwork.remove(0);
        }
        let artwork = Artwork {
            opaque: pixmap.pixels().iter().all(|p| p.alpha() == u8::MAX),
            pixmap,
        };
        self.artwork.push((key, artwork.clone()));
        artwork
    }

    /// A label set in `lang`, and where its layout box's top left goes.
    fn set_label(&mut self, label: &Label, lang: &str, f: Frame) -> (text::SetText, f32, f32) {
        let (w, x, y) = (label.width * f.width, label.x * f.width, label.y * f.height);
        let set = self
            .type_
            .label(label.text.get(lang), label.size * f.scale, w, label.align);
        // A script set with extra leading (Nastaliq) sits where a Latin
        // label would: the extra room is taken equally above and below.
        let dy = (set.height - set.size * 1.2).max(0.0) / 2.0;
        (set, x, y - dy)
    }

    /// Auto-fits and draws the pledge in the text box; returns its size.
    fn draw_pledge(
        &mut self,
        pixmap: &mut Pixmap,
        board: &Board,
        f: Frame,
        pledge: &Pledge,
    ) -> Result<u32, RenderError> {
        let Some(placed) = self.place_pledge(board, f, pledge)? else {
            return Ok(0);
        };
        fill::fill_text_in_box(
            pixmap,
            &placed.set.path,
            placed.x,
            placed.y,
            &board.text_colour,
            scene::text_box_px(board, f),
        );
        Ok(placed.set.size.round() as u32)
    }

    /// Sets the pledge at the size that fits and says where it goes; `None`
    /// if there is nothing to set.
    fn place_pledge(
        &mut self,
        board: &Board,
        f: Frame,
        pledge: &Pledge,
    ) -> Result<Option<Placed>, RenderError> {
        let signature = pledge.signature();
        let text = pledge.text.trim();
        if text.is_empty() && signature.is_empty() {
            return Ok(None);
        }
        let content = Content {
            text,
            signature: &signature,
            lang: pledge.lang.as_deref(),
        };
        let (bx, by, bw, bh) = scene::text_box_px(board, f);
        let (min, max) = (board.min_font_size * f.scale, board.max_font_size * f.scale);
        let b = TextBox {
            line_height: board.line_height,
            width: bw,
            height: bh,
            align: board.align,
        };
        let Some(set) = self.type_.fit(content, min, max, b) else {
            let fit = self.type_.chars_that_fit(content, min, b);
            // The limit counts characters of what the person typed, from the
            // start, so leading spaces (trimmed before fitting) count too.
            let leading = pledge
                .text
                .chars()
                .take_while(|c| c.is_whitespace())
                .count();
            return Err(RenderError::TooLong {
                chars: pledge.text.chars().count(),
                limit: fit + leading,
            });
        };
        let (set, dx) = match board.align {
            crate::campaign::Align::Center => self.type_.balance(content, set, b),
            _ => (set, 0.0),
        };
        // Centre the ink vertically in the box; lines keep their alignment.
        let y = set
            .ink()
            .map_or(by, |r| by + (bh - r.height()) / 2.0 - r.top());
        Ok(Some(Placed {
            x: bx + dx + set.dx,
            y,
            set,
        }))
    }
}

/// The image with the words it shows, or says, in its record (for the
/// montage's text version): typed, or what handwriting or a paper
/// pledge says when the person gave it.
fn with_record(
    mut image: Image,
    campaign: &Campaign,
    board: &Board,
    size: &ExportSize,
    pledge: &Pledge,
) -> Image {
    if !pledge.text.trim().is_empty() {
        image.record = Some(PledgeRecord {
            text: pledge.text.clone(),
            lang: pledge.lang.clone().unwrap_or_default(),
            campaign: campaign.slug.clone(),
            board: board.id.clone(),
            size: size.id.clone(),
        });
    }
    image
}

/// Set text and where its layout box's top left goes on the image.
struct Placed {
    set: text::SetText,
    x: f32,
    y: f32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn renderer() -> Renderer {
        Renderer::with_fonts_from(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/fonts"),
        )
        .unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        /// The clip mask only guards: the fitted text's ink is inside the
        /// text box already, so no letter is ever cut off.
        #[test]
        fn fitted_ink_is_inside_the_text_box(
            words in proptest::collection::vec(
                prop_oneof![
                    "[a-zA-Z]{1,12}",
                    "[\u{0621}-\u{064A}]{1,8}",
                    "[\u{0679}\u{06BE}\u{06C1}\u{06D2}\u{0628}-\u{0642}]{1,8}",
                    "[\u{0915}-\u{0939}][\u{093E}-\u{094C}]?",
                    "[\u{0A95}-\u{0AB9}]{1,6}",
                    "[\u{0A15}-\u{0A39}]{1,6}",
                    "W{1,30}",
                ],
                1..40,
            ),
            board in 0usize..2,
            size in 0usize..3,
        ) {
            let c = crate::campaign::Campaign::from_toml(crate::campaign::DEFAULT_CAMPAIGN_TOML).unwrap();
            let (board, size) = (&c.boards[board], &c.sizes[size]);
            let f = Frame::new(size.width, size.height);
            let text = words.join(" ");
            if let Ok(Some(p)) = renderer().place_pledge(board, f, &Pledge::new(text)) {
                let ink = p.set.ink().unwrap();
                let tb = board.text_box;
                let (x0, y0) = (tb.x * f.width, tb.y * f.height);
                let (x1, y1) = (x0 + tb.width * f.width, y0 + tb.height * f.height);
                prop_assert!(ink.left() + p.x >= x0 - 0.01 && ink.right() + p.x <= x1 + 0.01, "x: {}..{} not in {x0}..{x1}", ink.left() + p.x, ink.right() + p.x);
                prop_assert!(ink.top() + p.y >= y0 - 0.01 && ink.bottom() + p.y <= y1 + 0.01, "y: {}..{} not in {y0}..{y1}", ink.top() + p.y, ink.bottom() + p.y);
            }
        }
    }
}
