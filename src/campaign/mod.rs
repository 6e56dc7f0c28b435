//! The campaign file: what a force's communications team sets each year
//! without recompiling (boards, colours, quotes, hashtags, export sizes,
//! reporting routes, contact e-mail), its model and its validation.
//!
//! The file is TOML (`static/campaign.toml`). [`Campaign::from_toml`] reads
//! it and returns either a campaign that the renderer and the app can rely
//! on, or a [`CampaignError`]: a file that is not TOML gives the parser's
//! message with its line; a value of the wrong type or an unknown key gives
//! its path (`sizes[0].width: invalid type…`); a file that parses gives
//! every problem at once, each naming its field.
//!
//! The TOML is read first into a plain tree (`serde_json::Value`) and the
//! model is deserialised from that tree: the model's serde code is then
//! compiled once, not once per type of the TOML parser, which keeps the
//! page's wasm smaller (BENCHMARKS.md).

pub mod colour;
pub mod layers;
pub mod lines;
mod local_text;
mod model;
mod nesting;
pub mod prepared;
mod validate;

pub use colour::Colour;
pub use layers::{Anchor, Fit, Layer, LayerAt, Placed};
pub use local_text::{LocalText, ENGLISH_KEY};
pub use model::*;
pub use validate::{CampaignError, FieldError, KNOWN_FAMILIES};

impl Campaign {
    /// Reads and validates a campaign file. Never panics.
    pub fn from_toml(text: &str) -> Result<Campaign, CampaignError> {
        let tree = Campaign::tree(text)?;
        let campaign: Campaign = serde_path_to_error::deserialize(tree)
            .map_err(|e| CampaignError::Parse(format!("{}: {}", e.path(), e.inner())))?;
        Campaign::validated(campaign)
    }

    /// The file as one plain tree (the parser's message, with its line,
    /// if it is not TOML).
    fn tree(text: &str) -> Result<serde_json::Value, CampaignError> {
        if let Some((line, column)) = nesting::too_deep(text, nesting::MAX_DEPTH) {
            return Err(CampaignError::Parse(format!(
                "lists or tables are nested more than {} deep at line {line} column {column}",
                nesting::MAX_DEPTH
            )));
        }
        basic_toml::from_str(text).map_err(|e| CampaignError::Parse(e.to_string()))
    }

    fn validated(campaign: Campaign) -> Result<Campaign, CampaignError> {
        let problems = validate::problems(&campaign);
        if problems.is_empty() {
            Ok(campaign)
        } else {
            Err(CampaignError::Invalid(problems))
        }
    }

    /// The board with this id.
    pub fn board(&self, id: &str) -> Option<&Board> {
        self.boards.iter().find(|b| b.id == id)
    }

    /// The export size with this id.
    pub fn size(&self, id: &str) -> Option<&ExportSize> {
        self.sizes.iter().find(|s| s.id == id)
    }

    /// The share caption in a language (an `i18n` code), with this pledge,
    /// the hashtags and the handle filled in (runs of spaces left by empty
    /// parts are closed up).
    pub fn caption_for(&self, pledge: &str, lang: &str) -> String {
        let filled = self
            .caption
            .get(lang)
            .replace("{pledge}", pledge.trim())
            .replace("{hashtags}", &self.hashtags.join(" "))
            .replace("{handle}", &self.handle);
        filled
            .split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The campaign's own wording for the interface's messages in a
    /// language (an `i18n` code, or `en` for English), as (id, text).
    pub fn messages_for(&self, lang: &str) -> Vec<(&str, &str)> {
        self.messages
            .iter()
            .filter(|(code, _)| {
                crate::i18n::find(code).map(|l| l.code) == crate::i18n::find(lang).map(|l| l.code)
            })
            .flat_map(|(_, m)| m.iter().map(|(id, text)| (id.as_str(), text.as_str())))
            .collect()
    }

    /// The download's file name: `pledge-<slug>-<size>.png`.
    pub fn file_name(&self, size_id: &str) -> String {
        format!("pledge-{}-{size_id}.png", self.slug)
    }
}

/// The default campaign, National Hate Crime Awareness Week, as shipped.
pub const DEFAULT_CAMPAIGN_TOML: &str = include_str!("../../static/campaign.toml");
