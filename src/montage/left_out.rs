//! Why a file was left out of the montage, as a value each page can put
//! in its own words (the montage page in the reviewer's language,
//! `pledge-montage` in English through [`std::fmt::Display`]).
//!
//! Kept and sent between the worker and the page as a short code
//! ("not-an-image", "too-large:31", "too-many-pixels:60000x60000"); any
//! other text (a browser's own reason, or a review kept before reasons had
//! codes) is a [`Reason::Other`], shown as it is.

use crate::render::photo::PhotoError;
use std::fmt;

/// Why a file is not in the review.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
pub enum Reason {
    /// Not a JPEG, PNG or WebP (a text file, a PDF, a video, …).
    NotAnImage,
    /// An iPhone's HEIC photo, which nothing here can read.
    Heic,
    /// It says it is an image but is damaged or cut short.
    Damaged,
    /// The file is larger than any photo should be (its size, in MB).
    TooLarge { mb: u64 },
    /// More pixels than can be held.
    TooManyPixels { width: u32, height: u32 },
    /// The browser or the disk could not read the file at all.
    Unreadable,
    /// Said some other way (in English).
    Other(String),
}

impl Reason {
    /// The reason for a photo the decoder refused.
    pub fn of(e: &PhotoError) -> Reason {
        match e {
            PhotoError::NotAnImage => Reason::NotAnImage,
            PhotoError::Heic => Reason::Heic,
            PhotoError::Corrupt(_) => Reason::Damaged,
            PhotoError::FileTooBig { bytes } => Reason::TooLarge {
                mb: (*bytes as u64 + 524_288) / 1_048_576,
            },
            PhotoError::TooManyPixels { width, height } => Reason::TooManyPixels {
                width: *width,
                height: *height,
            },
        }
    }

    /// Its code, as kept and sent.
    pub fn code(&self) -> String {
        match self {
            Reason::NotAnImage => "not-an-image".into(),
            Reason::Heic => "heic".into(),
            Reason::Damaged => "damaged".into(),
            Reason::TooLarge { mb } => format!("too-large:{mb}"),
            Reason::TooManyPixels { width, height } => format!("too-many-pixels:{width}x{height}"),
            Reason::Unreadable => "unreadable".into(),
            Reason::Other(text) => text.clone(),
        }
    }

    /// The reason a code names (any other text: [`Reason::Other`]).
    pub fn from_code(code: &str) -> Reason {
        let sized = |prefix: &str| code.strip_prefix(prefix);
        match code {
            "not-an-image" => return Reason::NotAnImage,
            "heic" => return Reason::Heic,
            "damaged" => return Reason::Damaged,
            "unreadable" => return Reason::Unreadable,
            _ => {}
        }
        if let Some(mb) = sized("too-large:").and_then(|n| n.parse().ok()) {
            return Reason::TooLarge { mb };
        }
        let pixels = sized("too-many-pixels:").and_then(|wh| {
            let (w, h) = wh.split_once('x')?;
            Some((w.parse().ok()?, h.parse().ok()?))
        });
        match pixels {
            Some((width, height)) => Reason::TooManyPixels { width, height },
            None => Reason::Other(code.into()),
        }
    }
}

impl From<String> for Reason {
    fn from(code: String) -> Reason {
        Reason::from_code(&code)
    }
}

impl From<Reason> for String {
    fn from(r: Reason) -> String {
        r.code()
    }
}

/// In English, in the team's words (what `pledge-montage` prints).
impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::NotAnImage => f.write_str("not a JPEG, PNG or WebP image"),
            Reason::Heic => f.write_str("a HEIC photo (an iPhone's format): save it as JPEG first"),
            Reason::Damaged => f.write_str("damaged or cut short: it could not be read"),
            Reason::TooLarge { mb } => write!(f, "too large ({mb} MB)"),
            Reason::TooManyPixels { width, height } => {
                write!(f, "too many pixels ({width} × {height})")
            }
            Reason::Unreadable => f.write_str("the file could not be read"),
            Reason::Other(text) => f.write_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_comes_back_from_its_code() {
        for r in [
            Reason::NotAnImage,
            Reason::Heic,
            Reason::Damaged,
            Reason::TooLarge { mb: 31 },
            Reason::TooManyPixels {
                width: 60_000,
                height: 60_000,
            },
            Reason::Unreadable,
            Reason::Other("the worker stopped".into()),
        ] {
            assert_eq!(Reason::from_code(&r.code()), r);
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(serde_json::from_str::<Reason>(&json).unwrap(), r, "{json}");
        }
    }

    #[test]
    fn english_kept_before_codes_is_shown_as_it_was() {
        let old = "not a JPEG, PNG or WebP image";
        assert_eq!(Reason::from_code(old), Reason::Other(old.into()));
        assert_eq!(Reason::from_code(old).to_string(), old);
        assert_eq!(
            Reason::from_code("too-large:x"),
            Reason::Other("too-large:x".into())
        );
    }

    #[test]
    fn a_decoder_error_becomes_its_reason() {
        assert_eq!(
            Reason::of(&PhotoError::FileTooBig {
                bytes: 31 * 1_048_576
            }),
            Reason::TooLarge { mb: 31 }
        );
        assert_eq!(
            Reason::of(&PhotoError::Corrupt("eof".into())),
            Reason::Damaged
        );
    }
}
