//! Colours as the campaign file writes them: `#rrggbb` or `#rrggbbaa`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A colour from the campaign file. It keeps what was written, so that
/// validation can name a bad value; [`Colour::rgba`] is its value.
#[derive(Clone, PartialEq, Eq)]
pub struct Colour {
    written: String,
    rgba: Option<[u8; 4]>,
}

impl Colour {
    /// Parses `#rrggbb` or `#rrggbbaa` (either case).
    pub fn parse(written: &str) -> Colour {
        Colour {
            written: written.to_owned(),
            rgba: parse_hex(written),
        }
    }

    /// Red, green, blue and alpha, not premultiplied. A colour that did not
    /// parse (validation reports it) is opaque black.
    pub fn rgba(&self) -> [u8; 4] {
        self.rgba.unwrap_or([0, 0, 0, 255])
    }

    /// Whether it parsed.
    pub fn is_valid(&self) -> bool {
        self.rgba.is_some()
    }

    /// What the file said.
    pub fn as_written(&self) -> &str {
        &self.written
    }

    /// Relative luminance (WCAG 2.2), ignoring alpha.
    pub fn luminance(&self) -> f64 {
        let [r, g, b, _] = self.rgba();
        luminance([r, g, b].map(f64::from))
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(&self, other: &Colour) -> f64 {
        contrast(self.luminance(), other.luminance())
    }
}

/// Relative luminance (WCAG 2.2) of sRGB channels from 0 to 255 (averages
/// of pixels may fall between whole numbers).
pub fn luminance(rgb: [f64; 3]) -> f64 {
    let lin = |c: f64| {
        let c = c / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
}

/// WCAG contrast ratio between two relative luminances (1 to 21).
pub fn contrast(a: f64, b: f64) -> f64 {
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

fn parse_hex(s: &str) -> Option<[u8; 4]> {
    let hex = s.strip_prefix('#')?;
    if !(hex.len() == 6 || hex.len() == 8) || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    let alpha = if hex.len() == 8 { byte(6)? } else { 255 };
    Some([byte(0)?, byte(2)?, byte(4)?, alpha])
}

impl fmt::Debug for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Colour({:?})", self.written)
    }
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Colour::parse(&String::deserialize(d)?))
    }
}

/// As written, so a colour survives a trip through any serde format.
impl Serialize for Colour {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_six_and_eight_digit_hex() {
        assert_eq!(Colour::parse("#4B2A7B").rgba(), [0x4b, 0x2a, 0x7b, 255]);
        assert_eq!(Colour::parse("#ffffff29").rgba(), [255, 255, 255, 0x29]);
    }

    #[test]
    fn rejects_what_is_not_a_hex_colour() {
        for bad in [
            "",
            "#",
            "4b2a7b",
            "#4b2a7",
            "#4b2a7bf",
            "#gg0000",
            "purple",
            "#4b2a7b00ff",
        ] {
            assert!(!Colour::parse(bad).is_valid(), "{bad} parsed");
        }
        assert_eq!(Colour::parse("purple").as_written(), "purple");
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        let white = Colour::parse("#ffffff");
        let black = Colour::parse("#000000");
        assert!((white.contrast(&black) - 21.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        let grey = Colour::parse("#767676");
        assert!(
            (grey.contrast(&white) - 4.54).abs() < 0.01,
            "{}",
            grey.contrast(&white)
        );
    }
}
