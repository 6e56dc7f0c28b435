//! The draft: what the person has chosen and typed, and what
//! `sessionStorage` keeps across a reload in the same tab.

use crate::campaign::Campaign;
use crate::i18n;
use crate::ink::{stored, Writing};
use crate::render::placement::Placement;

/// Whether the pledge on the board is typed, written by hand, or (where
/// the campaign allows it) a photo of a pledge written on paper that
/// fills the image. The draft keeps all of them; switching loses nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Type,
    Write,
    Paper,
}

/// What the person has entered: kept across a reload in the same tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The pledge exactly as typed (spaces and line breaks included).
    pub text: String,
    /// Shown as "— Name" under the pledge; may be empty.
    pub name: String,
    /// The quote example last chosen, by its place in the campaign's list.
    pub quote: Option<usize>,
    pub board: String,
    pub size: String,
    /// Where the photo sits in its frame (kept even while there is no photo).
    pub placement: Placement,
    /// The interface's language (an `i18n` code), also the pledge's
    /// language for the board.
    pub lang: String,
    /// Typed or written: which the board shows.
    pub mode: Mode,
    /// The pledge written by hand (kept while typing, too).
    pub writing: Writing,
    /// What the writing says, if the person gave it: the image's text
    /// alternative, the caption and the words the image carries.
    pub says: String,
}

/// Where the draft is kept in `sessionStorage`.
pub fn draft_key(c: &Campaign) -> String {
    format!("pledge-board:{}:draft", c.slug)
}

impl Draft {
    /// A blank draft on the campaign's first board and size, in English.
    pub fn blank(c: &Campaign) -> Draft {
        Draft::blank_in(c, i18n::ENGLISH.code)
    }

    /// A blank draft in this language.
    pub fn blank_in(c: &Campaign, lang: &str) -> Draft {
        Draft {
            text: String::new(),
            name: String::new(),
            quote: None,
            board: c.boards.first().map(|b| b.id.clone()).unwrap_or_default(),
            size: c.sizes.first().map(|s| s.id.clone()).unwrap_or_default(),
            placement: Placement::default(),
            lang: lang.to_owned(),
            mode: Mode::Type,
            writing: Writing::default(),
            says: String::new(),
        }
    }

    /// The pledge's words as they are on the board: the typed text, or
    /// what the writing says when writing (maybe nothing).
    pub fn words(&self) -> &str {
        match self.mode {
            Mode::Type => &self.text,
            Mode::Write | Mode::Paper => &self.says,
        }
    }

    /// Whether nothing has been written or chosen (whatever the language).
    pub fn is_blank(&self, c: &Campaign) -> bool {
        *self == Draft::blank_in(c, &self.lang)
    }

    /// Whether there is a pledge to put on the board: typed words
    /// (whitespace alone is none), or, when writing, ink. (A paper
    /// pledge is its photo, which the draft does not hold: see
    /// `Editor::has_pledge`.)
    pub fn has_pledge(&self) -> bool {
        match self.mode {
            Mode::Type => self.has_text(),
            Mode::Write => !self.writing.is_empty(),
            Mode::Paper => false,
        }
    }

    /// Whether words are typed (whatever the board shows).
    pub fn has_text(&self) -> bool {
        !self.text.trim().is_empty()
    }

    /// The draft as key–value pairs for storage.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        self.to_pairs_with(&stored::encode(&self.writing))
    }

    /// The same, with the writing already encoded (`stored::encode` of
    /// this draft's writing), so a draft saved on every keystroke does not
    /// encode up to 20,000 points each time.
    pub fn to_pairs_with(&self, encoded_ink: &str) -> Vec<(String, String)> {
        let mut v = vec![
            ("text".to_owned(), self.text.clone()),
            ("name".to_owned(), self.name.clone()),
            ("board".to_owned(), self.board.clone()),
            ("size".to_owned(), self.size.clone()),
            ("lang".to_owned(), self.lang.clone()),
        ];
        if let Some(q) = self.quote {
            v.push(("quote".to_owned(), q.to_string()));
        }
        if self.placement != Placement::default() {
            let p = self.placement;
            v.push(("photo".to_owned(), format!("{},{},{}", p.x, p.y, p.zoom)));
        }
        match self.mode {
            Mode::Type => {}
            Mode::Write => v.push(("mode".to_owned(), "write".to_owned())),
            Mode::Paper => v.push(("mode".to_owned(), "paper".to_owned())),
        }
        if !self.writing.strokes.is_empty() {
            v.push(("ink".to_owned(), encoded_ink.to_owned()));
        }
        if !self.says.is_empty() {
            v.push(("says".to_owned(), self.says.clone()));
        }
        v
    }

    /// Whether stored pairs held writing that could not be read (it is
    /// dropped by [`Draft::from_pairs`]; the person is told).
    pub fn stored_ink_damaged(pairs: &[(String, String)]) -> bool {
        pairs
            .iter()
            .any(|(k, v)| k == "ink" && stored::decode(v).is_err())
    }

    /// A stored draft, checked against the campaign: a board, size or quote
    /// the campaign no longer has falls back to the default; text is kept.
    pub fn from_pairs(pairs: &[(String, String)], c: &Campaign) -> Draft {
        let mut d = Draft::blank(c);
        for (k, v) in pairs {
            match k.as_str() {
                "text" => d.text = v.clone(),
                "name" => d.name = v.clone(),
                "board" if c.board(v).is_some() => d.board = v.clone(),
                "size" if c.size(v).is_some() => d.size = v.clone(),
                "quote" => d.quote = v.parse().ok().filter(|&q| q < c.quotes.len()),
                "photo" => d.placement = parse_placement(v).unwrap_or_default(),
                "mode" if v == "write" => d.mode = Mode::Write,
                "mode" if v == "paper" && c.paper_photos => d.mode = Mode::Paper,
                // Damaged ink is dropped; the rest of the draft stays.
                "ink" => d.writing = stored::decode(v).unwrap_or_default(),
                "says" => d.says = v.clone(),
                "lang" => {
                    if let Some(l) = i18n::find(v) {
                        d.lang = l.code.to_owned();
                    }
                }
                _ => {}
            }
        }
        d
    }
}

/// "x,y,zoom" as stored, put in range.
fn parse_placement(v: &str) -> Option<Placement> {
    let mut n = v.split(',').map(|n| n.trim().parse::<i64>().ok());
    let (x, y, zoom) = (n.next()??, n.next()??, n.next()??);
    let p = Placement {
        x: x.clamp(-10_000, 10_000) as i32,
        y: y.clamp(-10_000, 10_000) as i32,
        zoom: zoom.clamp(0, 10_000) as u32,
    };
    Some(p.clamped())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::campaign::DEFAULT_CAMPAIGN_TOML;
    use crate::ink::{InkPoint, Stroke, Width};

    fn campaign() -> Campaign {
        Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap()
    }

    #[test]
    fn a_stored_draft_comes_back_and_bad_values_fall_back() {
        let c = campaign();
        let d = Draft {
            text: "Line one\nline two & more = yes".into(),
            name: "Zofia Łukasiewicz".into(),
            quote: Some(3),
            board: "many-voices".into(),
            size: "story".into(),
            placement: Placement {
                x: -400,
                y: 1000,
                zoom: 156,
            },
            lang: "ur".into(),
            mode: Mode::Write,
            writing: Writing {
                strokes: vec![Stroke {
                    points: vec![
                        InkPoint {
                            x: 10,
                            y: 20,
                            pressure: 300,
                            t: 0,
                        },
                        InkPoint {
                            x: 400,
                            y: -5,
                            pressure: 800,
                            t: 16,
                        },
                    ],
                    width: Width::Bold,
                    colour: 2,
                    real_pressure: true,
                }],
            },
            says: "نفرت کا کوئی گھر نہیں".into(),
        };
        assert_eq!(Draft::from_pairs(&d.to_pairs(), &c), d);
        // Saved with the writing encoded once beforehand: the same pairs.
        assert_eq!(d.to_pairs_with(&stored::encode(&d.writing)), d.to_pairs());
        // The words on the board: typed, or what the writing says.
        assert_eq!(d.words(), "نفرت کا کوئی گھر نہیں");
        assert_eq!(
            Draft {
                mode: Mode::Type,
                ..d.clone()
            }
            .words(),
            d.text
        );
        let bad = vec![
            ("text".to_owned(), "kept".to_owned()),
            ("photo".to_owned(), "99999,-5,x".to_owned()),
            ("board".to_owned(), "gone".to_owned()),
            ("size".to_owned(), "huge".to_owned()),
            ("quote".to_owned(), "99".to_owned()),
            ("lang".to_owned(), "xx".to_owned()),
            ("other".to_owned(), "x".to_owned()),
            ("mode".to_owned(), "scribble".to_owned()),
            ("ink".to_owned(), "i1;1x0damaged".to_owned()),
        ];
        let back = Draft::from_pairs(&bad, &c);
        assert_eq!(back.text, "kept");
        assert_eq!(
            (back.board.as_str(), back.size.as_str(), back.quote),
            ("purple-dawn", "square", None)
        );
        assert_eq!(back.placement, Placement::default());
        assert_eq!(back.lang, "en-GB");
        assert_eq!((back.mode, back.writing.strokes.len()), (Mode::Type, 0));
        // The damage is told; whole ink, or none, is not damaged.
        assert!(Draft::stored_ink_damaged(&bad));
        assert!(!Draft::stored_ink_damaged(&d.to_pairs()));
        assert!(!Draft::stored_ink_damaged(&bad[..8]));
        let wild = [("photo".to_owned(), "99999,-5,9000".to_owned())];
        assert_eq!(
            Draft::from_pairs(&wild, &c).placement,
            Placement {
                x: 1000,
                y: -5,
                zoom: 400
            }
        );
    }
}
