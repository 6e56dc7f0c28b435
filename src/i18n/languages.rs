//! The languages the app speaks: each with its code (BCP 47), its name in
//! itself (for the picker) and in English, and its writing direction; and
//! how a browser's preferred languages pick one.

/// Which way a language's text runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    /// The HTML `dir` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// One language of the interface.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47, as in `lang=""` and the file name `static/locales/<code>.ftl`.
    pub code: &'static str,
    /// Its name in itself: "Polski", "اردو".
    pub name: &'static str,
    /// Its name in English, for the campaign team and the docs.
    pub english: &'static str,
    pub dir: Dir,
}

const fn lang(code: &'static str, name: &'static str, english: &'static str, dir: Dir) -> Language {
    Language {
        code,
        name,
        english,
        dir,
    }
}

/// English: complete, built into the app, and what every other language
/// falls back to, message by message.
pub static ENGLISH: Language = lang("en-GB", "English", "English", Dir::Ltr);

/// Every language offered, English first, then in the order of their
/// English names.
pub static LANGUAGES: [&Language; 9] = [
    &ENGLISH,
    &lang("ar", "العربية", "Arabic", Dir::Rtl),
    &lang("gu", "ગુજરાતી", "Gujarati", Dir::Ltr),
    &lang("hi", "हिन्दी", "Hindi", Dir::Ltr),
    &lang("pl", "Polski", "Polish", Dir::Ltr),
    &lang("pa", "ਪੰਜਾਬੀ", "Punjabi (Gurmukhi)", Dir::Ltr),
    &lang("ro", "Română", "Romanian", Dir::Ltr),
    &lang("uk", "Українська", "Ukrainian", Dir::Ltr),
    &lang("ur", "اردو", "Urdu", Dir::Rtl),
];

/// Pseudo-English for tests (not offered in the picker): every letter of
/// every message accented, so text that does not come from the messages
/// stands out (`?lang=en-XA`).
pub static PSEUDO: Language = lang("en-XA", "Ƥšéûðö", "Pseudo-English", Dir::Ltr);

/// The language with this code (`en-XA` included; `en` is English),
/// ignoring case.
pub fn find(code: &str) -> Option<&'static Language> {
    if code.eq_ignore_ascii_case("en") {
        return Some(&ENGLISH);
    }
    LANGUAGES
        .iter()
        .copied()
        .chain([&PSEUDO])
        .find(|l| l.code.eq_ignore_ascii_case(code))
}

/// The best language for a browser's preferred list (`navigator.languages`,
/// most wanted first): the first that matches exactly or by its main part
/// ("pa-IN" is Punjabi, "en-US" English, "pa-Arab" is not Gurmukhi), else
/// English.
pub fn best_match<S: AsRef<str>>(preferred: &[S]) -> &'static Language {
    preferred
        .iter()
        .find_map(|p| matching(p.as_ref()))
        .unwrap_or(&ENGLISH)
}

fn matching(wanted: &str) -> Option<&'static Language> {
    if let Some(exact) = LANGUAGES
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(wanted))
    {
        return Some(exact);
    }
    let mut parts = wanted.split(['-', '_']);
    let main = parts.next()?.to_ascii_lowercase();
    // Punjabi in Shahmukhi (Pakistan) is a different script from ours.
    let arabic_script = parts.any(|p| p.eq_ignore_ascii_case("Arab"));
    if main == "pa" && arabic_script {
        return None;
    }
    LANGUAGES
        .iter()
        .copied()
        .find(|l| l.code.split('-').next() == Some(main.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browsers_languages_pick_the_first_we_have() {
        assert_eq!(best_match(&["ur-PK", "en-GB"]).code, "ur");
        assert_eq!(best_match(&["fr-FR", "pl"]).code, "pl");
        assert_eq!(best_match(&["en-US"]).code, "en-GB");
        assert_eq!(best_match(&["PA-in"]).code, "pa");
        assert_eq!(best_match(&["pa-Arab-PK", "ur"]).code, "ur");
        assert_eq!(best_match(&["fr", "de"]).code, "en-GB");
        assert_eq!(best_match::<&str>(&[]).code, "en-GB");
        assert_eq!(best_match(&["", "-", "uk_UA"]).code, "uk");
    }

    #[test]
    fn codes_are_unique_and_found_in_any_case() {
        for l in LANGUAGES {
            assert_eq!(find(&l.code.to_uppercase()), Some(l));
            let same: Vec<_> = LANGUAGES.iter().filter(|m| m.code == l.code).collect();
            assert_eq!(same.len(), 1, "{}", l.code);
        }
        assert_eq!(find("en-xa"), Some(&PSEUDO));
        assert_eq!(find("en"), Some(&ENGLISH));
        assert_eq!(find("xx"), None);
    }

    #[test]
    fn arabic_and_urdu_are_right_to_left() {
        let rtl: Vec<_> = LANGUAGES
            .iter()
            .filter(|l| l.dir == Dir::Rtl)
            .map(|l| l.code)
            .collect();
        assert_eq!(rtl, ["ar", "ur"]);
    }
}
