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

pub mod fonts;
mod png_out;
mod scene;
mod text;

use crate::campaign::{Board, Campaign, ExportSize};
use cosmic_text::{fontdb, FontSystem, SwashCache};
use fonts::FontFile;
use scene::Frame;
use std::fmt;
use text::{Content, Typesetter};
use tiny_skia::{FillRule, Mask, Paint, PathBuilder, Pixmap, Transform};

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
}

impl Pledge {
    pub fn new(text: impl Into<String>) -> Pledge {
        Pledge { text: text.into(), ..Pledge::default() }
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
    /// The pledge has `chars` characters; at most `limit` fit on this board
    /// at this size (or are allowed by the campaign).
    TooLong { chars: usize, limit: usize },
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::UnknownBoard(id) => write!(f, "there is no board called {id:?}"),
            RenderError::UnknownSize(id) => write!(f, "there is no export size called {id:?}"),
            RenderError::MissingFonts(files) => write!(f, "these fonts are needed first: {}", files.join(", ")),
            RenderError::TooLong { chars, limit } => {
                write!(f, "the pledge has {chars} characters; at most {limit} fit on this board")
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
}

impl Image {
    /// The image as PNG bytes (always the same bytes for the same image).
    pub fn to_png(&self) -> Vec<u8> {
        png_out::encode(self.width, self.height, &self.rgba)
    }
}

/// The renderer: holds the fonts it has been given and its glyph cache.
pub struct Renderer {
    type_: Typesetter,
    loaded: Vec<&'static str>,
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
        Renderer { type_: Typesetter { fonts, cache: SwashCache::new() }, loaded: Vec::new() }
    }

    /// Adds one of [`fonts::ALL`] from its file's bytes. Adding it again does nothing.
    pub fn add_font(&mut self, file: &'static FontFile, bytes: Vec<u8>) {
        if !self.has_font(file) {
            self.type_.fonts.db_mut().load_font_data(bytes);
            self.loaded.push(file.file);
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
            let bytes = std::fs::read(dir.join(f.file))
                .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", dir.join(f.file).display())))?;
            r.add_font(f, bytes);
        }
        Ok(r)
    }

    /// The fonts this pledge needs on this board that have not been added.
    pub fn missing_fonts(&self, board: &Board, pledge: &Pledge) -> Vec<&'static str> {
        let lang = pledge.lang.as_deref();
        let mut all = String::new();
        for l in board.labels.iter().chain(&board.footer) {
            all.push_str(&l.text);
            all.push('\n');
        }
        all.push_str(&pledge.text);
        all.push('\n');
        all.push_str(&pledge.signature());
        fonts::needed_for(&all, lang).into_iter().filter(|f| !self.has_font(f)).map(|f| f.file).collect()
    }

    /// Renders the pledge on a board at an export size.
    pub fn render(&mut self, campaign: &Campaign, board: &str, size: &str, pledge: &Pledge) -> Result<Image, RenderError> {
        let board = campaign.board(board).ok_or_else(|| RenderError::UnknownBoard(board.into()))?;
        let size = campaign.size(size).ok_or_else(|| RenderError::UnknownSize(size.into()))?;
        let missing = self.missing_fonts(board, pledge);
        if !missing.is_empty() {
            return Err(RenderError::MissingFonts(missing));
        }
        let chars = pledge.text.chars().count();
        if chars > campaign.max_pledge_chars {
            return Err(RenderError::TooLong { chars, limit: campaign.max_pledge_chars });
        }
        self.draw(board, size, pledge)
    }

    fn draw(&mut self, board: &Board, size: &ExportSize, pledge: &Pledge) -> Result<Image, RenderError> {
        let f = Frame::new(size.width, size.height);
        let mut pixmap = Pixmap::new(size.width, size.height).expect("validated size");
        scene::draw_background(&mut pixmap, board, f);
        if let Some(frame) = &board.photo_frame {
            scene::draw_photo_frame(&mut pixmap, frame, f);
        }
        for label in board.labels.iter().chain(&board.footer) {
            let (w, x, y) = (label.width * f.width, label.x * f.width, label.y * f.height);
            let set = self.type_.label(&label.text, label.size * f.scale, w, label.align);
            fill_text(&mut pixmap, &set.path, x, y, &label.colour, None);
        }
        let font_size_px = self.draw_pledge(&mut pixmap, board, f, pledge)?;
        Ok(Image { width: size.width, height: size.height, rgba: png_out::demultiply(pixmap), font_size_px })
    }

    /// Auto-fits and draws the pledge in the text box; returns its size.
    fn draw_pledge(&mut self, pixmap: &mut Pixmap, board: &Board, f: Frame, pledge: &Pledge) -> Result<u32, RenderError> {
        let signature = pledge.signature();
        let text = pledge.text.trim();
        if text.is_empty() && signature.is_empty() {
            return Ok(0);
        }
        let content = Content { text, signature: &signature, lang: pledge.lang.as_deref() };
        let tb = board.text_box;
        let (bx, by, bw, bh) = (tb.x * f.width, tb.y * f.height, tb.width * f.width, tb.height * f.height);
        let (min, max) = (board.min_font_size * f.scale, board.max_font_size * f.scale);
        let Some(set) = self.type_.fit(content, min, max, board.line_height, bw, bh, board.align) else {
            let fit = self.type_.chars_that_fit(content, min, board.line_height, bw, bh, board.align);
            // Count what was trimmed away as fitting too: it is the person's text.
            let trimmed = pledge.text.chars().count() - text.chars().count();
            return Err(RenderError::TooLong { chars: pledge.text.chars().count(), limit: fit + trimmed });
        };
        let (set, dx) = match board.align {
            crate::campaign::Align::Center => self.type_.balance(content, set, board.line_height, bw, bh),
            _ => (set, 0.0),
        };
        // Centre the ink vertically in the box; lines keep their alignment.
        let ink = set.ink();
        let dy = ink.map_or(0.0, |r| by + (bh - r.height()) / 2.0 - r.top());
        let clip = rect_mask(pixmap.width(), pixmap.height(), bx, by, bw, bh);
        fill_text(pixmap, &set.path, bx + dx + set.dx, dy, &board.text_colour, clip.as_ref());
        Ok(set.size.round() as u32)
    }
}

/// A mask that lets drawing through only inside the rectangle.
fn rect_mask(w: u32, h: u32, x: f32, y: f32, rw: f32, rh: f32) -> Option<Mask> {
    let mut mask = Mask::new(w, h)?;
    let path = PathBuilder::from_rect(tiny_skia::Rect::from_xywh(x, y, rw, rh)?);
    mask.fill_path(&path, FillRule::Winding, false, Transform::identity());
    Some(mask)
}

fn fill_text(pixmap: &mut Pixmap, path: &Option<tiny_skia::Path>, x: f32, y: f32, c: &crate::campaign::Colour, clip: Option<&Mask>) {
    let Some(path) = path else { return };
    let mut paint = Paint::default();
    paint.set_color(scene::colour(c));
    paint.anti_alias = true;
    pixmap.fill_path(path, &paint, FillRule::Winding, Transform::from_translate(x, y), clip);
}
