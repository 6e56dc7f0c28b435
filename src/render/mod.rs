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
mod pledge;
pub use pledge::{Image, Pledge, RenderError};
mod png_out;
pub use png_out::demultiply;
mod kept_artwork;
pub mod record;
pub mod scene;
mod text;
mod typed;
use kept_artwork::{Artwork, ArtworkKey};
mod written;

use crate::campaign::{Board, Campaign, ExportSize};
use cosmic_text::{fontdb, FontSystem};
use fonts::FontFile;
pub use outlined::Outlined;
use photo::Photo;
use photo_layer::PhotoLayer;
use record::PledgeRecord;
use scene::Frame;
use text::Typesetter;

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
