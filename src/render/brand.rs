//! A campaign's own typeface (`brand_font` in the campaign file): a TTF or
//! OTF file beside the campaign file, set for the boards' labels and
//! footer and for the pledge wherever it has the letter, with Noto behind
//! it for everything it lacks (each character it does not have, and every
//! script but Latin, Greek and Cyrillic, whose shaping stays with Noto's
//! files).
//!
//! [`read`] reads the file: its family name and weight as font matching
//! sees them (fontdb's, as cosmic-text's), and the characters it maps.
//! [`Renderer::set_brand_font`](super::Renderer::set_brand_font) gives it
//! to the renderer; [`lacking`] lists the characters a campaign's own
//! text uses that it does not have.

use crate::campaign::Campaign;
use skrifa::MetadataProvider;

/// The most a brand font file may weigh (it is fetched with the first
/// preview).
pub const MAX_BRAND_FONT_BYTES: usize = 1024 * 1024;

/// A brand font as the renderer uses it.
#[derive(Clone, Debug, PartialEq)]
pub struct Brand {
    /// The path the campaign names it by.
    pub file: String,
    /// Its family name, as font matching sees it.
    pub family: String,
    /// The weight it declares (its OS/2 table).
    pub weight: u16,
    /// The characters it maps, in order.
    chars: Vec<u32>,
}

impl Brand {
    /// Whether it has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        self.chars.binary_search(&(c as u32)).is_ok()
    }
}

/// Reads a brand font file (`file` as the campaign names it).
pub fn read(file: &str, bytes: &[u8]) -> Result<Brand, String> {
    if bytes.len() > MAX_BRAND_FONT_BYTES {
        return Err(format!(
            "it is {:.1} MB; a brand font may be at most {} MB (keep only the letters the campaign needs)",
            bytes.len() as f64 / (1024.0 * 1024.0),
            MAX_BRAND_FONT_BYTES / (1024 * 1024)
        ));
    }
    let font = skrifa::FontRef::new(bytes)
        .map_err(|_| "it is not a TrueType or OpenType font".to_string())?;
    let mut chars: Vec<u32> = font.charmap().mappings().map(|(c, _)| c).collect();
    chars.sort_unstable();
    chars.dedup();
    if chars.is_empty() {
        return Err("it maps no characters to letters".into());
    }
    let mut db = cosmic_text::fontdb::Database::new();
    db.load_font_data(bytes.to_vec());
    let face = db
        .faces()
        .next()
        .ok_or_else(|| "it is not a TrueType or OpenType font".to_string())?;
    let family = face
        .families
        .first()
        .map(|(name, _)| name.clone())
        .ok_or_else(|| "it has no family name".to_string())?;
    if super::fonts::ALL.iter().any(|f| f.family == family) {
        return Err(format!(
            "its family name is {family}, which the boards' own fonts already use; choose another typeface"
        ));
    }
    Ok(Brand {
        file: file.to_owned(),
        family,
        weight: face.weight.0,
        chars,
    })
}

/// Whether the brand font is set for `c` (a letter, digit or mark of
/// Latin, Greek or Cyrillic, or punctuation, that the font has).
pub fn sets(brand: &Brand, c: char) -> bool {
    brand.covers(c) && super::fonts::is_latin_greek_cyrillic_or_common(c)
}

/// The characters of the campaign's own text (labels, footers, quotes,
/// in every language) that would be set in the brand font's place but
/// that it lacks (Noto sets them), each once, in order, with the first
/// field it is used in.
pub fn lacking(brand: &Brand, campaign: &Campaign) -> Vec<(char, String)> {
    let mut texts: Vec<(String, &str)> = Vec::new();
    for (bi, b) in campaign.boards.iter().enumerate() {
        for (kind, list) in [("labels", &b.labels), ("footer", &b.footer)] {
            for (li, l) in list.iter().enumerate() {
                for (lang, text) in l.text.all() {
                    texts.push((format!("boards[{bi}].{kind}[{li}].text.{lang}"), text));
                }
            }
        }
    }
    for (qi, q) in campaign.quotes.iter().enumerate() {
        for (lang, text) in q.text.all() {
            texts.push((format!("quotes[{qi}].text.{lang}"), text));
        }
    }
    let mut out: Vec<(char, String)> = Vec::new();
    for (field, text) in texts {
        for c in text.chars() {
            let wanted = super::fonts::is_latin_greek_cyrillic_or_common(c) && !c.is_whitespace();
            if wanted && !brand.covers(c) && !out.iter().any(|(o, _)| *o == c) {
                out.push((c, field.clone()));
            }
        }
    }
    out
}
