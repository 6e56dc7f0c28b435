//! The campaign check: everything wrong with a campaign file and the files
//! it names, each problem with its field, its line in the file and what to
//! do, in plain words. The check page (`check.html`, through its worker)
//! and `pledge-render --check` both use it.
//!
//! - [`file_problems`]: the file alone (TOML, types, every field's value);
//! - [`with_files`]: the files it names (montage shapes, artwork layers,
//!   the pledge's contrast on the boards as drawn), read with a function
//!   given in (from a disk, a folder opened in the browser, or a server);
//! - [`drawn_note`]: whether the artwork drawn ahead is missing or stale
//!   (not a fault: the page then draws it itself, more slowly);
//! - [`prepared_note`]: the same for the campaign file's prepared form;
//! - `folder`: a campaign folder opened in the browser, and finding its
//!   files by the paths the campaign file gives.

pub mod folder;

use crate::campaign::{lines, Campaign, CampaignError, FieldError};
use crate::render::Renderer;
use serde::{Deserialize, Serialize};

/// One problem, where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// The field's path (`boards[0].text_colour`), or empty when the file
    /// cannot be read as TOML at all.
    pub field: String,
    /// The 1-based line it is on, when it can be found.
    pub line: Option<usize>,
    /// What is wrong, and what is expected.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}, ")?;
        }
        if self.field.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

/// The line a TOML parser's message names ("… at line 7 column 3").
pub fn parse_line(message: &str) -> Option<usize> {
    let (_, after) = message.rsplit_once("at line ")?;
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Field problems with their lines in `text`.
pub fn located(text: &str, problems: Vec<FieldError>) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|p| Problem {
            line: lines::line_of(text, &p.field),
            field: p.field,
            message: p.problem,
        })
        .collect()
}

/// The campaign in `text`, or every problem with the file itself.
pub fn file_problems(text: &str) -> Result<Campaign, Vec<Problem>> {
    match Campaign::from_toml(text) {
        Ok(c) => Ok(c),
        Err(CampaignError::Invalid(problems)) => Err(located(text, problems)),
        Err(CampaignError::Parse(message)) => {
            // A value of the wrong type names its path ("sizes[0].width:
            // invalid type…"); a file that is not TOML, its line.
            let path = message
                .split_once(": ")
                .filter(|(p, _)| !p.is_empty() && !p.contains(' '));
            Err(vec![match path {
                Some((field, what)) if field != "." => Problem {
                    line: lines::line_of(text, field),
                    field: field.to_owned(),
                    message: what.to_owned(),
                },
                _ => Problem {
                    line: parse_line(&message),
                    field: String::new(),
                    message: format!("this is not a TOML file as written: {message}"),
                },
            }])
        }
    }
}

/// Every problem with the files `campaign` (read from `text`) names, read
/// with `read` (a path from the campaign file's folder): its montage
/// shapes, its boards' artwork, and the pledge's contrast on the boards
/// as drawn. `renderer` has the fonts and is given the layers.
pub fn with_files(
    campaign: &Campaign,
    text: &str,
    renderer: &mut Renderer,
    mut read: impl FnMut(&str) -> Result<Vec<u8>, String>,
) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, shape) in campaign.montage.shapes.iter().enumerate() {
        let why = match read(&shape.mask) {
            Err(why) => Some(format!(
                "{:?} cannot be read beside the campaign file: {why}",
                shape.mask
            )),
            Ok(bytes) => crate::montage::shape::Mask::from_image(&bytes)
                .err()
                .map(|why| format!("{:?} {why}", shape.mask)),
        };
        if let Some(why) = why {
            out.push(FieldError {
                field: format!("montage.shapes[{i}].mask"),
                problem: why,
            });
        }
    }
    if let Some(file) = &campaign.brand_font {
        let why = read(file)
            .map_err(|why| format!("{file:?} cannot be read beside the campaign file: {why}"))
            .and_then(|bytes| {
                renderer
                    .set_brand_font(file, bytes)
                    .map_err(|why| format!("{file:?}: {why}"))
            });
        if let Err(why) = why {
            out.push(FieldError {
                field: "brand_font".into(),
                problem: why,
            });
            // Said once; the boards are measured in Noto meanwhile.
            let unbranded = Campaign {
                brand_font: None,
                ..campaign.clone()
            };
            out.extend(crate::artwork::check::problems(&unbranded, renderer, read));
            return located(text, out);
        }
    }
    out.extend(crate::artwork::check::problems(campaign, renderer, read));
    located(text, out)
}

/// The characters of the campaign's own words that its brand font lacks
/// (Noto sets them, so they look different), if any: not a fault.
pub fn brand_note(
    campaign: &Campaign,
    mut read: impl FnMut(&str) -> Result<Vec<u8>, String>,
) -> Option<String> {
    let file = campaign.brand_font.as_deref()?;
    let brand = crate::render::brand::read(file, &read(file).ok()?).ok()?;
    let lacking = crate::render::brand::lacking(&brand, campaign);
    if lacking.is_empty() {
        return None;
    }
    // By the language of the words they are in (the field's last part).
    let mut by_language: Vec<(&str, Vec<char>, &str)> = Vec::new();
    for (c, field) in &lacking {
        let lang = field.rsplit('.').next().unwrap_or(field);
        match by_language.iter_mut().find(|(l, _, _)| *l == lang) {
            Some((_, chars, _)) => chars.push(*c),
            None => by_language.push((lang, vec![*c], field)),
        }
    }
    let parts: Vec<String> = by_language
        .iter()
        .map(|(lang, chars, first)| {
            let shown: String = chars.iter().take(8).flat_map(|c| [*c, ' ']).collect();
            let more = if chars.len() > 8 { " …" } else { "" };
            format!(
                "in the {lang} wording, {} letter{} ({}{more}, first in {first})",
                chars.len(),
                if chars.len() == 1 { "" } else { "s" },
                shown.trim_end()
            )
        })
        .collect();
    Some(format!(
        "brand_font: {} lacks letters of the campaign's own words, which Noto Sans sets \
         instead, so they may look different from the letters around them: {}",
        brand.family,
        parts.join("; ")
    ))
}

/// Whether the artwork drawn ahead (`drawn_artwork`) is missing or was not
/// drawn from the layer files as they are now, and what to do. Not a
/// fault: the page then draws the artwork itself, fetching the artwork
/// worker (about 360 KB).
pub fn drawn_note(
    campaign: &Campaign,
    mut read: impl FnMut(&str) -> Result<Vec<u8>, String>,
    redo: &str,
) -> Option<String> {
    let layered = campaign.boards.iter().any(|b| !b.layers.is_empty());
    let Some(file) = &campaign.drawn_artwork else {
        return layered.then(|| {
            format!(
                "the boards' artwork is not drawn ahead (drawn_artwork), so the page \
                 fetches the artwork worker (about 360 KB) to draw it; {redo}"
            )
        });
    };
    let drawn = read(file)
        .and_then(|bytes| crate::render::drawn::decode(&bytes))
        .map_err(|why| format!("{file}: {why}"));
    let drawn = match drawn {
        Ok(d) => d,
        Err(why) => return Some(format!("drawn_artwork: {why}; {redo}")),
    };
    let mut renderer = Renderer::new();
    crate::render::drawn::give(&mut renderer, &drawn, |f| {
        read(f).ok().map(|b| crate::render::drawn::source_crc(&b))
    });
    let mut lacking: Vec<String> = Vec::new();
    for board in &campaign.boards {
        for size in &campaign.sizes {
            for need in renderer.missing_layers(board, size) {
                if !lacking.contains(&need.file) {
                    lacking.push(need.file);
                }
            }
        }
    }
    (!lacking.is_empty()).then(|| {
        format!(
            "drawn_artwork: {file} was not drawn from {} as {} now; the page will draw it \
             itself (fetching the artwork worker, about 360 KB); {redo}",
            lacking.join(", "),
            if lacking.len() == 1 {
                "it is"
            } else {
                "they are"
            }
        )
    })
}

/// Every file the campaign names beside it, each once: its artwork
/// layers, the artwork drawn ahead, its montage shapes.
pub fn files(campaign: &Campaign) -> Vec<String> {
    let mut out: Vec<String> = crate::artwork::ahead::files(campaign)
        .into_iter()
        .map(str::to_owned)
        .collect();
    out.extend(campaign.drawn_artwork.clone());
    out.extend(campaign.brand_font.clone());
    for s in &campaign.montage.shapes {
        if !out.contains(&s.mask) {
            out.push(s.mask.clone());
        }
    }
    out
}

/// A line saying what the campaign holds, for a campaign with no problems.
pub fn summary(campaign: &Campaign) -> String {
    let layers: usize = campaign.boards.iter().map(|b| b.layers.len()).sum();
    let shapes = campaign.montage.shapes.len();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}, {}, {}, {}, {}",
        plural(campaign.boards.len(), "board", "boards"),
        plural(layers, "artwork layer", "artwork layers"),
        plural(campaign.sizes.len(), "size", "sizes"),
        plural(campaign.quotes.len(), "quote", "quotes"),
        plural(shapes, "montage shape", "montage shapes"),
    )
}

/// Whether the prepared form beside the campaign file
/// (`campaign.prepared.json`, read with `read`) is missing or was not made
/// from `toml` as it now is, and what to do. Not a fault: the pledge board
/// then reads the campaign file itself, fetching its campaign reader, and
/// starts later.
pub fn prepared_note(
    toml: &str,
    mut read: impl FnMut(&str) -> Result<Vec<u8>, String>,
) -> Option<String> {
    use crate::campaign::prepared::{self, FILE};
    let slower = "so the pledge board reads the campaign file itself, fetching its campaign \
                  reader (about 120 KB), and starts later";
    let todo = "download it below and put it beside the campaign file";
    match read(FILE) {
        Err(_) => Some(format!(
            "there is no {FILE} beside the campaign file, {slower}: {todo}"
        )),
        Ok(bytes) => {
            let fits = std::str::from_utf8(&bytes)
                .ok()
                .and_then(|json| prepared::read(json, toml))
                .is_some();
            (!fits).then(|| {
                format!(
                    "the {FILE} beside the campaign file was not made from it as it now is, \
                     {slower}: {todo}"
                )
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_or_stale_prepared_form_is_noted_and_a_fitting_one_is_not() {
        use crate::campaign::{prepared, DEFAULT_CAMPAIGN_TOML as TOML};
        let ready = prepared::prepare(TOML).unwrap();
        let beside = |json: Option<String>| {
            move |f: &str| {
                assert_eq!(f, prepared::FILE);
                json.clone()
                    .map(String::into_bytes)
                    .ok_or_else(|| "not found".to_string())
            }
        };
        assert_eq!(prepared_note(TOML, beside(Some(ready.clone()))), None);
        let missing = prepared_note(TOML, beside(None)).unwrap();
        assert!(
            missing.starts_with("there is no campaign.prepared.json beside"),
            "{missing}"
        );
        let edited = TOML.replacen("999", "112", 1);
        let stale = prepared_note(&edited, beside(Some(ready))).unwrap();
        assert!(
            stale.contains("was not made from it as it now is"),
            "{stale}"
        );
        assert!(stale.ends_with("download it below and put it beside the campaign file"));
        let broken = prepared_note(TOML, beside(Some("{".into()))).unwrap();
        assert!(broken.contains("was not made from it"), "{broken}");
    }

    #[test]
    fn the_parsers_line_is_found() {
        assert_eq!(
            parse_line("expected an equals, found a newline at line 7 column 5"),
            Some(7)
        );
        assert_eq!(parse_line("no line here"), None);
    }

    #[test]
    fn a_file_that_is_not_toml_names_its_line() {
        let p = file_problems("name = \"A\"\nslug = \n").unwrap_err();
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].field, "");
        assert_eq!(p[0].line, Some(2), "{p:?}");
        assert!(p[0].message.starts_with("this is not a TOML file"), "{p:?}");
    }

    #[test]
    fn a_value_of_the_wrong_type_names_its_field_and_line() {
        let text =
            crate::campaign::DEFAULT_CAMPAIGN_TOML.replacen("width = 1080", "width = \"wide\"", 1);
        let p = file_problems(&text).unwrap_err();
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].field, "sizes[0].width");
        let line = text.lines().position(|l| l.contains("\"wide\"")).unwrap() + 1;
        assert_eq!(p[0].line, Some(line), "{p:?}");
        assert!(p[0].message.contains("invalid type"), "{p:?}");
    }

    #[test]
    fn the_default_campaign_has_no_problems() {
        let c = file_problems(crate::campaign::DEFAULT_CAMPAIGN_TOML).unwrap();
        assert!(
            summary(&c).starts_with("2 boards, 2 artwork layers"),
            "{}",
            summary(&c)
        );
        assert_eq!(
            files(&c),
            [
                "campaign/mark.svg",
                "campaign/artwork.drawn",
                "campaign/montage-speech-bubble.png"
            ]
        );
    }
}
