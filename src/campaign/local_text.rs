//! Text the campaign gives in English and, if it likes, other languages:
//! in the file either a plain string (English, for everyone) or a table by
//! language code, `{ en = "...", ur = "..." }`, which TOML also lets one
//! write as `text.en = "..."` and `text.ur = "..."` on separate lines.
//! A language without its own wording gets the English.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The key for English in a table of translations.
pub const ENGLISH_KEY: &str = "en";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct LocalText {
    /// The English (what every language falls back to).
    pub en: String,
    /// Other languages' wording, by the code the file used ("ur", "pl").
    pub other: BTreeMap<String, String>,
}

impl LocalText {
    /// The wording for a language (`i18n` code, e.g. "ur" or "en-GB"):
    /// its own, or its main part's ("pa" for "pa-IN"), else the English.
    pub fn get(&self, lang: &str) -> &str {
        let main = lang.split('-').next().unwrap_or(lang);
        self.other
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(lang))
            .or_else(|| {
                self.other
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(main))
            })
            .map(|(_, v)| v.as_str())
            .unwrap_or(&self.en)
    }

    /// Every wording, English first, with its key.
    pub fn all(&self) -> impl Iterator<Item = (&str, &str)> {
        std::iter::once((ENGLISH_KEY, self.en.as_str()))
            .chain(self.other.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

impl From<&str> for LocalText {
    fn from(en: &str) -> LocalText {
        LocalText {
            en: en.to_owned(),
            other: BTreeMap::new(),
        }
    }
}

impl Serialize for LocalText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.other.is_empty() {
            return s.serialize_str(&self.en);
        }
        let mut m = s.serialize_map(Some(self.other.len() + 1))?;
        for (k, v) in self.all() {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for LocalText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<LocalText, D::Error> {
        d.deserialize_any(LocalTextVisitor)
    }
}

struct LocalTextVisitor;

impl<'de> Visitor<'de> for LocalTextVisitor {
    type Value = LocalText;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("text, or a table of text by language such as { en = \"…\", ur = \"…\" }")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<LocalText, E> {
        Ok(LocalText::from(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LocalText, A::Error> {
        let mut en = None;
        let mut other = BTreeMap::new();
        while let Some((k, v)) = map.next_entry::<String, String>()? {
            if k == ENGLISH_KEY {
                en = Some(v);
            } else {
                other.insert(k, v);
            }
        }
        let en = en.ok_or_else(|| {
            de::Error::custom(
                "the English is missing: give it as en = \"…\" beside the other languages",
            )
        })?;
        Ok(LocalText { en, other })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize, Serialize, Debug, PartialEq)]
    struct T {
        a: LocalText,
        b: LocalText,
    }

    #[test]
    fn plain_or_by_language_and_english_behind_each() {
        let t: T = basic_toml::from_str("a = \"Hello\"\nb.en = \"Hi\"\nb.ur = \"سلام\"\n").unwrap();
        assert_eq!(t.a.get("ur"), "Hello");
        assert_eq!(t.b.get("ur"), "سلام");
        assert_eq!(t.b.get("UR"), "سلام");
        assert_eq!(t.b.get("pl"), "Hi");
        assert_eq!(t.b.get("en-GB"), "Hi");
        let back: T = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        assert_eq!(back, t);
    }

    #[test]
    fn a_table_without_english_is_refused_with_a_reason() {
        let e = basic_toml::from_str::<T>("a = \"x\"\nb = { ur = \"سلام\" }\n").unwrap_err();
        assert!(e.to_string().contains("English is missing"), "{e}");
        let e = basic_toml::from_str::<T>("a = 3\nb = \"x\"\n").unwrap_err();
        assert!(e.to_string().contains("table of text by language"), "{e}");
    }
}
