//! The interface's translations (static/locales/*.ftl for the editor,
//! static/locales-montage/*.ftl for the montage page): each language has
//! exactly English's messages, with English's variables, parses and formats
//! without errors, and is marked for review by a native speaker; the code
//! asks only for messages that exist, and every English message is used.
#![cfg(not(target_arch = "wasm32"))]

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use pledge_board::i18n::{self, message_ids, Texts, ENGLISH_FTL, LANGUAGES};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn ftl(code: &str) -> String {
    ftl_in("static/locales", code)
}

fn ftl_in(dir: &str, code: &str) -> String {
    let path = root().join(format!("{dir}/{code}.ftl"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Each set of translations: its folder and its English (built in).
fn sets() -> [(&'static str, &'static str); 2] {
    [
        ("static/locales", ENGLISH_FTL),
        (
            "static/locales-montage",
            pledge_board::ui::montage::MONTAGE_FTL,
        ),
    ]
}

/// Each message's source text, by id (its lines up to the next message).
fn messages(source: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    for line in source.lines() {
        let id = message_ids(line).next().filter(|_| !line.starts_with(' '));
        match id {
            Some(id) => {
                if let Some((k, v)) = current.take() {
                    out.insert(k, v);
                }
                current = Some((id.to_owned(), line.to_owned()));
            }
            None if line.starts_with(' ') => {
                if let Some((_, v)) = &mut current {
                    v.push('\n');
                    v.push_str(line);
                }
            }
            None => {
                if let Some((k, v)) = current.take() {
                    out.insert(k, v);
                }
            }
        }
    }
    if let Some((k, v)) = current {
        out.insert(k, v);
    }
    out
}

/// The variables (`$name`) a message's source uses.
fn variables(source: &str) -> BTreeSet<String> {
    source
        .split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect()
        })
        .collect()
}

fn others() -> impl Iterator<Item = &'static i18n::Language> {
    LANGUAGES.iter().copied().filter(|l| l.code != "en-GB")
}

#[test]
fn every_language_has_a_file_and_every_file_is_a_language() {
    for (dir, english) in sets() {
        let mut files: Vec<String> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut codes: Vec<String> = LANGUAGES
            .iter()
            .map(|l| format!("{}.ftl", l.code))
            .collect();
        codes.sort();
        assert_eq!(files, codes, "{dir}");
        assert_eq!(english, ftl_in(dir, "en-GB"), "{dir}");
    }
}

#[test]
fn every_file_parses_and_has_no_duplicate_messages() {
    for (dir, _) in sets() {
        for l in LANGUAGES {
            let source = ftl_in(dir, l.code);
            if let Err((_, errors)) = FluentResource::try_new(source.clone()) {
                panic!("{dir}/{}.ftl: {errors:?}", l.code);
            }
            let mut seen = BTreeSet::new();
            for id in message_ids(&source) {
                assert!(seen.insert(id), "{dir}/{}.ftl: {id} twice", l.code);
            }
            let t = Texts::page(l, &source, &source);
            assert!(t.problems.is_empty(), "{dir}/{}: {:?}", l.code, t.problems);
        }
    }
}

#[test]
fn every_language_has_every_english_message_and_no_others() {
    for (dir, english) in sets() {
        let english: BTreeSet<String> = messages(english).into_keys().collect();
        assert!(english.len() > 80, "{dir}: {} messages", english.len());
        for l in others() {
            let theirs: BTreeSet<String> = messages(&ftl_in(dir, l.code)).into_keys().collect();
            let missing: Vec<_> = english.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&english).collect();
            assert!(missing.is_empty(), "{dir}/{}.ftl lacks {missing:?}", l.code);
            assert!(
                extra.is_empty(),
                "{dir}/{}.ftl has messages English has not: {extra:?}",
                l.code
            );
        }
    }
}

#[test]
fn translations_use_the_same_variables_as_english() {
    for (dir, english) in sets() {
        let english = messages(english);
        for l in others() {
            for (id, source) in messages(&ftl_in(dir, l.code)) {
                let want = variables(&english[&id]);
                assert_eq!(variables(&source), want, "{dir}/{}.ftl: {id}", l.code);
            }
        }
    }
}

#[test]
fn translations_are_marked_as_needing_review_by_a_native_speaker() {
    for (dir, _) in sets() {
        for l in others() {
            let head: String = ftl_in(dir, l.code)
                .lines()
                .take(10)
                .collect::<Vec<_>>()
                .join("\n");
            assert!(
                head.contains("NEEDS REVIEW") && head.contains("native speaker"),
                "{dir}/{}.ftl does not say it needs review",
                l.code
            );
        }
    }
}

/// Values to try for each variable.
fn samples(var: &str) -> Vec<FluentValue<'static>> {
    match var {
        "count" => [0, 1, 2, 3, 5, 11, 22, 101, 280]
            .into_iter()
            .map(FluentValue::from)
            .collect(),
        "limit" | "percent" | "width" | "height" | "size" | "max" | "megapixels" => {
            vec![FluentValue::from(1), FluentValue::from(125)]
        }
        "direction" => ["left", "right", "up", "down"]
            .into_iter()
            .map(FluentValue::from)
            .collect(),
        "photo" => vec![FluentValue::from("yes"), FluentValue::from("no")],
        _ => vec![FluentValue::from("X")],
    }
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    for (dir, l) in sets()
        .into_iter()
        .flat_map(|(dir, _)| LANGUAGES.iter().map(move |l| (dir, l)))
    {
        let mut b = FluentBundle::new(vec![l.code.parse().unwrap()]);
        b.add_resource(FluentResource::try_new(ftl_in(dir, l.code)).unwrap())
            .unwrap();
        for (id, source) in messages(&ftl_in(dir, l.code)) {
            let vars: Vec<String> = variables(&source).into_iter().collect();
            // Every combination of the first variable's samples with the
            // others' first sample.
            let first = vars.first().map(|v| samples(v)).unwrap_or_default();
            let rounds = first.len().max(1);
            for i in 0..rounds {
                let mut args = FluentArgs::new();
                for (j, v) in vars.iter().enumerate() {
                    let s = samples(v);
                    args.set(v.clone(), s[if j == 0 { i } else { 0 }].clone());
                }
                let pattern = b.get_message(&id).unwrap().value().unwrap();
                let mut errors = vec![];
                let text = b.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{}: {id}: {errors:?}", l.code);
                assert!(!text.trim().is_empty(), "{}: {id} is empty", l.code);
            }
        }
    }
}

#[test]
fn plurals_follow_each_languages_rules() {
    let count = |code: &str, n: usize| {
        let l = i18n::find(code).unwrap();
        Texts::new(l, &ftl(l.code), &[], &[]).fmt("chars-left", &[("count", n.into())])
    };
    assert_eq!(count("en-GB", 1), "You have 1 character remaining");
    assert_eq!(count("en-GB", 2), "You have 2 characters remaining");
    // Polish: 1 znak, 2–4 znaki, 5–21 znaków, 22 znaki.
    assert!(count("pl", 1).contains("1 znak"));
    assert!(count("pl", 2).ends_with("2 znaki"));
    assert!(count("pl", 5).ends_with("5 znaków"));
    assert!(count("pl", 22).ends_with("22 znaki"));
    // Ukrainian: 1 символ, 2 символи, 5 символів, 21 символ.
    assert!(count("uk", 2).contains("2 символи"), "{}", count("uk", 2));
    assert!(count("uk", 5).contains("5 символів"), "{}", count("uk", 5));
    assert!(
        count("uk", 21).ends_with("21 символ"),
        "{}",
        count("uk", 21)
    );
    // Arabic has six forms; at least zero, one, two, few and many differ.
    let ar: BTreeSet<String> = [0, 1, 2, 3, 11].iter().map(|&n| count("ar", n)).collect();
    assert_eq!(ar.len(), 5, "{ar:?}");
}

/// The message ids the Rust code asks for by name.
fn asked_for(dir: &Path, out: &mut BTreeSet<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        // The montage and check pages have their own messages (checked below).
        if path.ends_with("ui/montage") || path.ends_with("ui/check") {
            continue;
        }
        if path.is_dir() {
            asked_for(&path, out);
            continue;
        }
        // Rust files only (a worker keeps a small JPEG beside its code).
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for call in ["t.get(", "t.fmt(", "rich(&t,", "t.pieces("] {
            for (at, _) in text.match_indices(call) {
                let rest = text[at + call.len()..].trim_start();
                if let Some(lit) = rest.strip_prefix('"') {
                    out.insert(lit.split('"').next().unwrap().to_owned());
                }
            }
        }
    }
}

/// The text of every Rust file under `dir`, its folders included.
fn rust_text(dir: &Path, out: &mut String) {
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            rust_text(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
}

#[test]
fn the_code_asks_only_for_messages_english_has_and_uses_them_all() {
    let english: BTreeSet<String> = messages(ENGLISH_FTL).into_keys().collect();
    let mut asked = BTreeSet::new();
    asked_for(&root().join("src"), &mut asked);
    assert!(asked.len() > 60, "found only {asked:?}");
    let unknown: Vec<_> = asked.difference(&english).collect();
    assert!(
        unknown.is_empty(),
        "the code asks for {unknown:?}, which en-GB.ftl lacks"
    );
    // Used: named in the code (also in conditionals), referenced by another
    // message, or a writing system named by its key.
    let mut code = String::new();
    for dir in ["src/ui", "src/i18n", "src/print"] {
        rust_text(&root().join(dir), &mut code);
    }
    code.push_str(&std::fs::read_to_string(root().join("src/fallback.rs")).unwrap());
    for id in &english {
        let used = code.contains(&format!("\"{id}\""))
            || ENGLISH_FTL.contains(&format!("{{ {id} }}"))
            || id.strip_prefix("script-").is_some_and(|key| {
                pledge_board::render::fonts::ALL
                    .iter()
                    .any(|f| f.script == key)
            });
        assert!(used, "{id} is in en-GB.ftl but nothing uses it");
    }
    // And every font's script has a name.
    for f in pledge_board::render::fonts::ALL {
        assert!(
            english.contains(&format!("script-{}", f.script)),
            "{}",
            f.script
        );
    }
}

#[test]
fn a_missing_translation_falls_back_to_english_and_a_campaign_can_reword_any_message() {
    let pl = i18n::find("pl").unwrap();
    let t = Texts::new(pl, "heading = Złóż swoje zobowiązanie\n", &[], &[]);
    assert_eq!(t.get("heading"), "Złóż swoje zobowiązanie");
    assert_eq!(t.get("download"), "Download image");
    let t = Texts::new(
        pl,
        &ftl("pl"),
        &[("heading", "Twoja obietnica")],
        &[("download", "Save the picture")],
    );
    assert_eq!(t.get("heading"), "Twoja obietnica");
    assert_eq!(t.get("download"), "Pobierz obraz");
    let en = Texts::english(&[("download", "Save the picture")]);
    assert_eq!(en.get("download"), "Save the picture");
    // A broken replacement is reported and the message keeps its wording.
    let bad = Texts::english(&[("download", "Save { $oops")]);
    assert_eq!(bad.get("download"), "Download image");
    assert_eq!(bad.problems.len(), 1, "{:?}", bad.problems);
}

#[test]
fn pseudo_english_accents_every_message() {
    let t = Texts::new(&i18n::PSEUDO, "", &[], &[]);
    for id in message_ids(ENGLISH_FTL) {
        let vars = variables(&messages(ENGLISH_FTL)[id]);
        let args: Vec<(&str, FluentValue)> = vars
            .iter()
            .map(|v| (v.as_str(), samples(v).remove(0)))
            .collect();
        let text = t.fmt(id, &args);
        let letters: String = text.chars().filter(|c| c.is_ascii_alphabetic()).collect();
        // Only what was filled in ("X", "left", "yes") may stay plain.
        assert!(
            letters.is_empty() || letters.chars().all(|c| "X".contains(c)),
            "{id}: {text}"
        );
    }
}

/// The montage page's own messages (`static/locales-montage/en-GB.ftl`):
/// every one its code asks for is there, every one there is used, and all
/// format without errors.
#[test]
fn the_montage_page_asks_only_for_its_own_messages_and_uses_them_all() {
    use pledge_board::ui::montage::MONTAGE_FTL;
    let dir = root().join("src/ui/montage");
    let mut asked = BTreeSet::new();
    let mut code = String::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        code.push_str(&std::fs::read_to_string(&path).unwrap());
    }
    for call in ["t.get(", "t.fmt("] {
        for (at, _) in code.match_indices(call) {
            let rest = code[at + call.len()..].trim_start();
            if let Some(lit) = rest.strip_prefix('"') {
                asked.insert(lit.split('"').next().unwrap().to_owned());
            }
        }
    }
    let own: BTreeSet<String> = messages(MONTAGE_FTL).into_keys().collect();
    assert!(asked.len() > 20, "found only {asked:?}");
    let unknown: Vec<_> = asked.difference(&own).collect();
    assert!(unknown.is_empty(), "the montage page asks for {unknown:?}");
    for id in &own {
        // The filters' and sizes' names are made from their ids (a size
        // `a1@300` is `montage-size-a1-300`).
        let made = |prefix: &str, pattern: &str| {
            id.strip_prefix(prefix).is_some_and(|rest| {
                code.contains(pattern)
                    && (prefix == "montage-filter-"
                        || code.contains(&format!("\"{}\"", rest.replacen("-300", "@300", 1))))
            })
        };
        let used = code.contains(&format!("\"{id}\""))
            || made("montage-filter-", "\"montage-filter-{}\"")
            || made("montage-size-", "\"montage-size-{}\"");
        assert!(
            used,
            "{id} is in the montage's en-GB.ftl but nothing uses it"
        );
    }
    let t = Texts::english_from(MONTAGE_FTL);
    assert!(t.problems.is_empty(), "{:?}", t.problems);
    assert_eq!(
        t.fmt("montage-readers", &[("count", 1.into())]),
        "Reading with one reader"
    );
    assert_eq!(
        t.fmt(
            "montage-progress",
            &[("done", 3.into()), ("total", 15.into())]
        ),
        "3 of 15 images read"
    );
}

/// The check page's own messages (`static/locales-check/en-GB.ftl`,
/// English only): every one its code asks for is there, every one there
/// is used, and all format without errors.
#[test]
fn the_check_page_asks_only_for_its_own_messages_and_uses_them_all() {
    use pledge_board::ui::check::CHECK_FTL;
    let dir = root().join("src/ui/check");
    let mut asked = BTreeSet::new();
    let mut code = String::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        code.push_str(&std::fs::read_to_string(e.unwrap().path()).unwrap());
    }
    for call in ["t.get(", "t.fmt(", ".get(\""] {
        for (at, _) in code.match_indices(call) {
            let rest = code[at + call.len()..].trim_start();
            let rest =
                rest.strip_prefix('"')
                    .unwrap_or(if call.ends_with('"') { rest } else { "" });
            if !rest.is_empty() {
                asked.insert(rest.split('"').next().unwrap().to_owned());
            }
        }
    }
    let own: BTreeSet<String> = messages(CHECK_FTL).into_keys().collect();
    assert!(asked.len() > 30, "found only {asked:?}");
    let unknown: Vec<_> = asked.difference(&own).collect();
    assert!(unknown.is_empty(), "the check page asks for {unknown:?}");
    for id in &own {
        assert!(
            code.contains(&format!("\"{id}\"")),
            "{id} is in the check page's en-GB.ftl but nothing uses it"
        );
    }
    let t = Texts::english_from(CHECK_FTL);
    assert!(t.problems.is_empty(), "{:?}", t.problems);
    assert_eq!(
        t.fmt("check-problem-count", &[("count", 1.into())]),
        "1 problem"
    );
    assert_eq!(
        t.fmt(
            "check-sheet-progress",
            &[("done", 12.into()), ("total", 108.into())]
        ),
        "Drawing picture 12 of 108…"
    );
}
