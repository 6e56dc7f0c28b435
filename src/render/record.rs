//! The pledge carried inside a pledge PNG, so that the montage can show a
//! reviewer (and read to a screen reader) what an image says, and list the
//! approved pledges as text.
//!
//! It is one uncompressed `iTXt` chunk before the pixels, keyword
//! [`KEYWORD`], the pledge's language as the chunk's language tag, and as
//! text a small JSON object: the pledge's words, its language, the
//! campaign's slug, the board and the export size. Nothing that is not
//! already visible on the image (the name a person signs with stays only in
//! the pixels). Social networks usually strip such chunks when they
//! re-encode an image: the montage then has no text, never a wrong one.

use serde::{Deserialize, Serialize};
use std::io::Cursor;

/// The chunk's keyword (Latin-1, at most 79 bytes).
pub const KEYWORD: &str = "Pledge Board pledge";

/// The most characters of pledge text read back from a file (more than any
/// campaign allows; a hand-made chunk cannot flood the reviewer's page).
pub const MAX_TEXT_CHARS: usize = 2_000;

/// What a pledge image carries about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeRecord {
    /// The pledge's words, as typed.
    pub text: String,
    /// Its language (BCP 47), or empty if not known.
    #[serde(default)]
    pub lang: String,
    /// The campaign's slug, e.g. `nhcaw`.
    #[serde(default)]
    pub campaign: String,
    /// The board's id.
    #[serde(default)]
    pub board: String,
    /// The export size's id.
    #[serde(default)]
    pub size: String,
}

impl PledgeRecord {
    /// The `iTXt` chunk's data as written (the same record, the same
    /// bytes): the keyword, uncompressed, the language tag, no translated
    /// keyword, the JSON. Laid out here rather than by png's text-chunk
    /// encoder, which would bring its zlib compressor into the render
    /// worker for a chunk that is never compressed.
    pub(crate) fn itxt_data(&self) -> Vec<u8> {
        // Serialising strings cannot fail.
        let json = serde_json::to_string(self).unwrap_or_default();
        let lang = if is_language_tag(&self.lang) {
            self.lang.as_str()
        } else {
            ""
        };
        let mut data = Vec::with_capacity(KEYWORD.len() + lang.len() + json.len() + 5);
        data.extend_from_slice(KEYWORD.as_bytes());
        // Separator, compression flag (none), compression method.
        data.extend_from_slice(&[0, 0, 0]);
        data.extend_from_slice(lang.as_bytes());
        // Separators after the language tag and the (empty) translated keyword.
        data.extend_from_slice(&[0, 0]);
        data.extend_from_slice(json.as_bytes());
        data
    }

    /// The record inside a PNG file's bytes, if it has one (read from the
    /// chunks before the pixels; the pixels are not decoded). `None` for
    /// anything else: another format, a PNG without the chunk, a damaged
    /// or foreign chunk.
    pub fn read(png_bytes: &[u8]) -> Option<PledgeRecord> {
        if !png_bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return None;
        }
        let mut decoder = png::Decoder::new(Cursor::new(png_bytes));
        decoder.set_ignore_iccp_chunk(true);
        let reader = decoder.read_info().ok()?;
        let chunk = reader
            .info()
            .utf8_text
            .iter()
            .find(|c| c.keyword == KEYWORD)?;
        let mut record: PledgeRecord = serde_json::from_str(&chunk.get_text().ok()?).ok()?;
        if let Some((cut, _)) = record.text.char_indices().nth(MAX_TEXT_CHARS) {
            record.text.truncate(cut);
        }
        Some(record)
    }
}

/// Letters, digits and hyphens only, as a PNG language tag must be.
fn is_language_tag(s: &str) -> bool {
    !s.is_empty() && s.len() <= 35 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}
