//! The campaign file prepared ahead (`campaign.prepared.json`): the
//! campaign already read and validated, as JSON, with the fingerprint of
//! the TOML it was read from. The editor page reads it with the browser's
//! own `JSON.parse`, so the page's wasm carries neither the TOML reader nor
//! the validation (BENCHMARKS.md: the first screen), and the page does not
//! spend its start reading the file.
//!
//! The TOML file stays the thing the team edits. The prepared form is used
//! only while it was made from exactly the TOML beside it (same
//! fingerprint, same [`FORMAT`]); otherwise the page reads the TOML in a
//! worker of its own (`worker::campaign_reader`), which gives the same
//! campaign, or the same problems, more slowly. `pledge-render
//! --write-fallback` writes it, with the fallback pages, after each edit.

use super::{Campaign, CampaignError};
use serde::{Deserialize, Serialize};

/// The prepared form's file name, next to `campaign.toml`.
pub const FILE: &str = "campaign.prepared.json";

/// The prepared form's layout; raised whenever the campaign model changes
/// in a way an older prepared file would be read wrongly. A file of
/// another format is not used.
pub const FORMAT: u32 = 1;

/// The prepared file's header (what the page checks before using it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    /// [`FORMAT`] when it was written.
    pub format: u32,
    /// [`fingerprint`] of the TOML it was read from.
    pub toml: String,
}

impl Header {
    /// Whether a file with this header may stand for `toml`.
    pub fn fits(&self, toml: &str) -> bool {
        self.format == FORMAT && self.toml == fingerprint(toml)
    }
}

/// A short fingerprint of the TOML's text (64-bit FNV-1a, in hex), enough
/// to tell an edited file from the one prepared: not a defence against
/// anyone, since both files come from the same place.
pub fn fingerprint(toml: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in toml.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("fnv1a64:{hash:016x}")
}

#[derive(Serialize)]
struct Written<'a> {
    #[serde(flatten)]
    header: Header,
    campaign: &'a Campaign,
}

#[derive(Deserialize)]
struct Read {
    #[serde(flatten)]
    header: Header,
    campaign: Campaign,
}

/// Reads and validates `toml` (as [`Campaign::from_toml`], with the same
/// problems) and gives its prepared form.
pub fn prepare(toml: &str) -> Result<String, CampaignError> {
    written(&Campaign::from_toml(toml)?, toml)
}

/// The prepared form of `campaign`, already read from `toml` (by
/// [`Campaign::from_toml`] or the campaign check), without reading it
/// again.
pub fn written(campaign: &Campaign, toml: &str) -> Result<String, CampaignError> {
    let written = Written {
        header: Header {
            format: FORMAT,
            toml: fingerprint(toml),
        },
        campaign,
    };
    serde_json::to_string(&written).map_err(|e| CampaignError::Parse(e.to_string()))
}

/// The campaign in a prepared form, natively (the page reads it with
/// `JSON.parse` instead: `web::campaign_files`), if it fits `toml`.
pub fn read(prepared: &str, toml: &str) -> Option<Campaign> {
    let read: Read = serde_json::from_str(prepared).ok()?;
    read.header.fits(toml).then_some(read.campaign)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaign::DEFAULT_CAMPAIGN_TOML;

    #[test]
    fn the_prepared_form_gives_back_the_same_campaign() {
        let prepared = prepare(DEFAULT_CAMPAIGN_TOML).unwrap();
        assert_eq!(
            read(&prepared, DEFAULT_CAMPAIGN_TOML),
            Some(Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap())
        );
    }

    #[test]
    fn a_prepared_form_of_another_file_or_format_is_not_used() {
        let prepared = prepare(DEFAULT_CAMPAIGN_TOML).unwrap();
        let edited = DEFAULT_CAMPAIGN_TOML.replace("@LPStaySafe", "@LPStaySafer");
        assert_eq!(read(&prepared, &edited), None);
        let older = prepared.replacen(
            &format!("\"format\":{FORMAT}"),
            &format!("\"format\":{}", FORMAT + 1),
            1,
        );
        assert_ne!(older, prepared);
        assert_eq!(read(&older, DEFAULT_CAMPAIGN_TOML), None);
    }

    #[test]
    fn a_broken_file_gives_the_same_problems_as_reading_it() {
        let broken = DEFAULT_CAMPAIGN_TOML.replace("handle = \"@LPStaySafe\"", "handle = \"x\"");
        assert_eq!(
            prepare(&broken).unwrap_err().to_string(),
            Campaign::from_toml(&broken).unwrap_err().to_string()
        );
    }

    #[test]
    fn the_fingerprint_tells_one_byte_apart() {
        assert_eq!(fingerprint(""), "fnv1a64:cbf29ce484222325");
        assert_ne!(fingerprint("a = 1"), fingerprint("a = 2"));
    }
}
