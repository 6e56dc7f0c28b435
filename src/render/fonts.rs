//! The fonts the renderer can use, which script each serves, and how a
//! pledge is split into runs that each go to one font.
//!
//! The engine never reads system fonts: whoever calls it hands over the
//! bytes of the files it needs ([`needed_for`] says which), so the browser
//! fetches a script's font only when a pledge uses that script.

/// One font file in `static/fonts/`.
#[derive(Debug, PartialEq)]
pub struct FontFile {
    /// File name in `static/fonts/`.
    pub file: &'static str,
    /// The family name inside the file.
    pub family: &'static str,
    /// The writing system it is for, as a key: the interface's message
    /// `script-<key>` names it ("Urdu", "Cyrillic, Greek and more Latin").
    pub script: &'static str,
    /// The weight the file declares (its OS/2 table), which font matching
    /// must ask for: all are bold designs, but Noto Nastaliq Urdu Bold
    /// declares 400.
    pub weight: u16,
    /// Line spacing relative to the board's: Nastaliq's tall, deep letters
    /// need more room between lines than the other scripts.
    pub leading: f32,
}

/// Latin for the languages of Western, Central and Eastern Europe and
/// Turkey, with punctuation and digits (the board's `font_family`, "Noto
/// Sans"): every board needs it, so it is kept small.
pub static LATIN: FontFile = FontFile {
    file: "NotoSans-Bold.ttf",
    family: "Noto Sans",
    script: "latin",
    weight: 700,
    leading: 1.0,
};
/// The rest of Noto Sans: Greek, Cyrillic and the less common Latin letters
/// (Latin Extended-B and Additional, IPA), renamed "Noto Sans Extended" so
/// the two files are told apart.
pub static EXTENDED: FontFile = FontFile {
    file: "NotoSansExtended-Bold.ttf",
    family: "Noto Sans Extended",
    script: "extended",
    weight: 700,
    leading: 1.0,
};
pub static ARABIC: FontFile = FontFile {
    file: "NotoSansArabic-Bold.ttf",
    family: "Noto Sans Arabic",
    script: "arabic",
    weight: 700,
    leading: 1.0,
};
/// Urdu is written in the Nastaliq style.
pub static URDU: FontFile = FontFile {
    file: "NotoNastaliqUrdu-Bold.ttf",
    family: "Noto Nastaliq Urdu",
    script: "urdu",
    weight: 400,
    leading: 1.7,
};
pub static DEVANAGARI: FontFile = FontFile {
    file: "NotoSansDevanagari-Bold.ttf",
    family: "Noto Sans Devanagari",
    script: "devanagari",
    weight: 700,
    leading: 1.0,
};
pub static GUJARATI: FontFile = FontFile {
    file: "NotoSansGujarati-Bold.ttf",
    family: "Noto Sans Gujarati",
    script: "gujarati",
    weight: 700,
    leading: 1.0,
};
pub static GURMUKHI: FontFile = FontFile {
    file: "NotoSansGurmukhi-Bold.ttf",
    family: "Noto Sans Gurmukhi",
    script: "gurmukhi",
    weight: 700,
    leading: 1.0,
};

/// Every font the renderer knows.
pub static ALL: [&FontFile; 7] = [
    &LATIN,
    &EXTENDED,
    &ARABIC,
    &URDU,
    &DEVANAGARI,
    &GUJARATI,
    &GURMUKHI,
];

/// The script class of a character, as far as choosing a font goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// Spaces, punctuation, digits, marks: they take their neighbours' font.
    Common,
    Latin,
    /// Greek, Cyrillic and the Latin letters outside [`LATIN`]'s file.
    Extended,
    Arabic,
    Devanagari,
    Gujarati,
    Gurmukhi,
}

fn class(c: char) -> Class {
    match c as u32 {
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            // Arabic-Indic digits and punctuation are shared, but still Arabic script.
            Class::Arabic
        }
        0x0900..=0x097F | 0xA8E0..=0xA8FF => Class::Devanagari,
        0x0A00..=0x0A7F => Class::Gurmukhi,
        0x0A80..=0x0AFF => Class::Gujarati,
        // Latin Extended-B except Romanian's comma-below letters (and schwa),
        // IPA, Greek, Cyrillic and its supplements, Latin Extended Additional.
        0x0180..=0x0217 | 0x021C..=0x0258 | 0x025A..=0x02AF => Class::Extended,
        0x0370..=0x03FF | 0x0400..=0x052F | 0x1C80..=0x1C8F | 0x1E00..=0x1EFF => Class::Extended,
        0x2DE0..=0x2DFF | 0xA640..=0xA69F => Class::Extended,
        // Symbols only the extended file has (the first preview's file
        // keeps what pledges use: €, ₹, ₺, ₽, ™ and the spacing accents):
        // modifier letters, currency, letterlike symbols, arrows.
        0x02BB | 0x02BC | 0x02C6..=0x02DD | 0x20AC | 0x20B9 | 0x20BA | 0x20BD | 0x2122 => {
            Class::Common
        }
        0x02B0..=0x02FF | 0x20A0..=0x20CF | 0x2100..=0x214F | 0x2190..=0x21FF => Class::Extended,
        _ if c.is_alphabetic() => Class::Latin,
        _ => Class::Common,
    }
}

/// Whether `c` is Latin, Greek or Cyrillic, or common to every script
/// (spaces, punctuation, digits): what a brand font may set
/// ([`super::brand`]).
pub fn is_latin_greek_cyrillic_or_common(c: char) -> bool {
    matches!(class(c), Class::Common | Class::Latin | Class::Extended)
}

/// Whether `c` is common to every script (spaces, punctuation, digits):
/// it takes its neighbours' font.
pub fn is_common(c: char) -> bool {
    class(c) == Class::Common
}

/// Letters only Urdu (not Arabic) uses: ٹ ڈ ڑ ں ھ ہ ۃ ے ۓ.
fn is_urdu_letter(c: char) -> bool {
    matches!(
        c as u32,
        0x0679 | 0x0688 | 0x0691 | 0x06BA | 0x06BE | 0x06C1 | 0x06C3 | 0x06D2 | 0x06D3
    )
}

/// Whether Arabic-script text should be set as Urdu (Nastaliq): the
/// language says so, or the text has letters only Urdu uses.
pub fn is_urdu(text: &str, lang: Option<&str>) -> bool {
    match lang.map(|l| {
        l.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    }) {
        Some(l) if l == "ur" => true,
        Some(l) if l == "ar" || l == "fa" => false,
        _ => text.chars().any(is_urdu_letter),
    }
}

fn font_for(class: Class, urdu: bool) -> &'static FontFile {
    match class {
        Class::Common | Class::Latin => &LATIN,
        Class::Extended => &EXTENDED,
        Class::Arabic if urdu => &URDU,
        Class::Arabic => &ARABIC,
        Class::Devanagari => &DEVANAGARI,
        Class::Gujarati => &GUJARATI,
        Class::Gurmukhi => &GURMUKHI,
    }
}

/// Splits `text` into byte ranges each set in one font. Common characters
/// join the run before them (or, at the start, the run after them), so a
/// space or full stop never switches font in the middle of a phrase.
pub fn runs(text: &str, lang: Option<&str>) -> Vec<(std::ops::Range<usize>, &'static FontFile)> {
    let urdu = is_urdu(text, lang);
    let mut out: Vec<(std::ops::Range<usize>, &'static FontFile)> = Vec::new();
    let mut pending_start: Option<usize> = None; // leading common characters
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let cls = class(c);
        if cls == Class::Common {
            match out.last_mut() {
                Some(last) => last.0.end = end,
                None => {
                    pending_start.get_or_insert(i);
                }
            }
            continue;
        }
        let font = font_for(cls, urdu);
        match out.last_mut() {
            Some(last) if last.1.file == font.file => last.0.end = end,
            _ => out.push((pending_start.take().unwrap_or(i)..end, font)),
        }
    }
    if let Some(start) = pending_start {
        out.push((start..text.len(), &LATIN));
    }
    out
}

/// The fonts that setting `text` needs (Latin always, for punctuation and
/// digits), without repeats, in [`ALL`]'s order.
pub fn needed_for(text: &str, lang: Option<&str>) -> Vec<&'static FontFile> {
    let used: Vec<&FontFile> = runs(text, lang).into_iter().map(|(_, f)| f).collect();
    ALL.into_iter()
        .filter(|f| f.file == LATIN.file || used.iter().any(|u| u.file == f.file))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn families<'t>(text: &'t str, lang: Option<&str>) -> Vec<(&'t str, &'static str)> {
        runs(text, lang)
            .into_iter()
            .map(|(r, f)| (&text[r], f.family))
            .collect()
    }

    #[test]
    fn latin_text_is_one_run() {
        assert_eq!(
            families("We stand together.", None),
            [("We stand together.", "Noto Sans")]
        );
        assert_eq!(
            families("Razem przeciw nienawiści", None),
            [("Razem przeciw nienawiści", "Noto Sans")]
        );
        assert_eq!(
            families("Razem przeciw nienawiści. Împreună, ș ț", None),
            [("Razem przeciw nienawiści. Împreună, ș ț", "Noto Sans")]
        );
    }

    #[test]
    fn cyrillic_greek_and_rarer_latin_use_the_extended_file() {
        assert_eq!(
            families("Разом проти ненависті", None),
            [("Разом проти ненависті", "Noto Sans Extended")]
        );
        assert_eq!(
            families("Together, Разом!", None),
            [
                ("Together, ", "Noto Sans"),
                ("Разом!", "Noto Sans Extended")
            ]
        );
        assert_eq!(families("Μαζί", None)[0].1, "Noto Sans Extended");
        // Vietnamese mixes both files letter by letter (same design).
        assert_eq!(
            families("Việt", None),
            [
                ("Vi", "Noto Sans"),
                ("ệ", "Noto Sans Extended"),
                ("t", "Noto Sans")
            ]
        );
    }

    #[test]
    fn mixed_scripts_split_at_the_script_change_keeping_spaces_with_the_left() {
        assert_eq!(
            families("Hate: नफ़रत नहीं. OK", None),
            [
                ("Hate: ", "Noto Sans"),
                ("नफ़रत नहीं. ", "Noto Sans Devanagari"),
                ("OK", "Noto Sans")
            ]
        );
    }

    #[test]
    fn leading_punctuation_joins_the_first_run() {
        assert_eq!(
            families("“ਅਸੀਂ ਇਕੱਠੇ", None),
            [("“ਅਸੀਂ ਇਕੱਠੇ", "Noto Sans Gurmukhi")]
        );
        assert_eq!(families("123 !", None), [("123 !", "Noto Sans")]);
        assert!(runs("", None).is_empty());
    }

    #[test]
    fn urdu_is_told_from_arabic_by_its_letters_or_language() {
        assert_eq!(
            families("نفرت کی کوئی جگہ نہیں ہے", None)[0].1,
            "Noto Nastaliq Urdu"
        );
        assert_eq!(families("لا مكان للكراهية", None)[0].1, "Noto Sans Arabic");
        assert_eq!(
            families("لا مكان للكراهية", Some("ur-PK"))[0].1,
            "Noto Nastaliq Urdu"
        );
        assert_eq!(families("نہیں", Some("ar"))[0].1, "Noto Sans Arabic");
    }

    #[test]
    fn needed_fonts_are_only_those_the_text_uses() {
        let files = |t: &str| {
            needed_for(t, None)
                .into_iter()
                .map(|f| f.file)
                .collect::<Vec<_>>()
        };
        assert_eq!(files("Hello"), ["NotoSans-Bold.ttf"]);
        assert_eq!(
            files("Разом"),
            ["NotoSans-Bold.ttf", "NotoSansExtended-Bold.ttf"]
        );
        assert_eq!(
            files("આપણે સાથે છીએ"),
            ["NotoSans-Bold.ttf", "NotoSansGujarati-Bold.ttf"]
        );
        assert_eq!(
            files("नमस्ते ਸਤਿ"),
            [
                "NotoSans-Bold.ttf",
                "NotoSansDevanagari-Bold.ttf",
                "NotoSansGurmukhi-Bold.ttf"
            ]
        );
    }

    #[test]
    fn each_file_declares_the_family_and_weight_in_the_table() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/fonts");
        for f in ALL {
            let mut db = cosmic_text::fontdb::Database::new();
            db.load_font_data(std::fs::read(dir.join(f.file)).unwrap());
            let face = db.faces().next().unwrap();
            assert_eq!(face.families[0].0, f.family, "{}", f.file);
            assert_eq!(face.weight.0, f.weight, "{}", f.file);
        }
    }

    /// The ranges in `class` and in scripts/subset-fonts.sh agree: every
    /// letter either Noto Sans file has is set in the file that has it.
    #[test]
    fn each_latin_cyrillic_or_greek_letter_goes_to_the_file_that_has_it() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/fonts");
        let (core, ext) = (
            std::fs::read(dir.join(LATIN.file)).unwrap(),
            std::fs::read(dir.join(EXTENDED.file)).unwrap(),
        );
        let core = ttf_parser::Face::parse(&core, 0).unwrap();
        let ext = ttf_parser::Face::parse(&ext, 0).unwrap();
        let mut checked = 0;
        for c in (0..0x3000).chain(0xA640..0xA6A0).filter_map(char::from_u32) {
            // Letters and symbols alike (a symbol between Latin words is
            // set in the Latin run's file, unless it is classed Extended).
            if matches!(
                class(c),
                Class::Arabic | Class::Devanagari | Class::Gujarati | Class::Gurmukhi
            ) {
                continue;
            }
            let (in_core, in_ext) = (core.glyph_index(c).is_some(), ext.glyph_index(c).is_some());
            if !in_core && !in_ext {
                continue;
            }
            let chosen = font_for(class(c), false);
            let has = if chosen.file == LATIN.file {
                in_core
            } else {
                in_ext
            };
            assert!(
                has,
                "U+{:04X} {c} goes to {} which lacks it",
                c as u32, chosen.file
            );
            checked += 1;
        }
        assert!(checked > 1200, "only {checked} characters checked");
    }

    #[test]
    fn every_known_family_has_a_file() {
        for family in crate::campaign::KNOWN_FAMILIES {
            assert!(ALL.iter().any(|f| f.family == *family), "{family}");
        }
        for f in ALL {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("static/fonts")
                .join(f.file);
            assert!(path.is_file(), "{} is missing", path.display());
        }
    }
}
