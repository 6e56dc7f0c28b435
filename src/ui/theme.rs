//! The campaign's colours as the page's CSS custom properties (the
//! stylesheet's defaults are the default campaign's). Validation has checked
//! each pair the page puts together for contrast.

use crate::campaign::{Colour, Colours};

/// (property, value) pairs to set on the root element.
pub fn properties(c: &Colours) -> Vec<(&'static str, String)> {
    vec![
        ("--brand", hex(&c.primary, 1.0)),
        // Hover and the buttons' lower edge: the brand colour, darker.
        ("--brand-dark", hex(&c.primary, 0.63)),
        ("--accent", hex(&c.accent, 1.0)),
        ("--text", hex(&c.text, 1.0)),
        ("--page", hex(&c.background, 1.0)),
    ]
}

/// `#rrggbb`, each channel scaled by `by` (alpha dropped: the page's
/// colours are opaque).
fn hex(c: &Colour, by: f32) -> String {
    let [r, g, b, _] = c.rgba();
    let s = |v: u8| (v as f32 * by).round().clamp(0.0, 255.0) as u8;
    format!("#{:02x}{:02x}{:02x}", s(r), s(g), s(b))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::campaign::{Campaign, DEFAULT_CAMPAIGN_TOML};

    #[test]
    fn the_default_campaign_gives_the_stylesheets_own_colours() {
        let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
        let p = properties(&c.colours);
        assert_eq!(p[0], ("--brand", "#4b2a7b".to_owned()));
        assert_eq!(p[1], ("--brand-dark", "#2f1a4d".to_owned()));
        assert_eq!(p[2], ("--accent", "#ffdd00".to_owned()));
        assert_eq!(p[3], ("--text", "#0b0c0c".to_owned()));
        assert_eq!(p[4], ("--page", "#f4f2f7".to_owned()));
    }
}
