//! What goes in and comes out of the render engine: the person's
//! [`Pledge`], the finished [`Image`] (with its PNG), and why an image
//! could not be made ([`RenderError`]).

use super::placement::Placement;
use super::record::PledgeRecord;
use super::{layers, png_out};
use std::fmt;

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
    /// must be given first ([`super::Renderer::set_brand_font`]): never drawn in
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
    /// What the PNG carries about the pledge ([`super::record`]); set by
    /// [`super::Renderer::render`] when there is a pledge.
    pub record: Option<PledgeRecord>,
}

impl Image {
    /// The image as PNG bytes, with its [`super::record`] if it has one (always
    /// the same bytes for the same image).
    pub fn to_png(&self) -> Vec<u8> {
        png_out::encode(self.width, self.height, &self.rgba, self.record.as_ref())
    }
}
