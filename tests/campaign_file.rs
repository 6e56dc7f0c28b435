//! The campaign file: the shipped ones are valid, and each kind of mistake
//! an organiser could make is refused with the field named.
#![cfg(not(target_arch = "wasm32"))]

use pledge_board::campaign::{Campaign, CampaignError, DEFAULT_CAMPAIGN_TOML};

fn example() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/unity-week.toml"
    ))
    .unwrap()
}

/// The default campaign with `from` replaced by `to` (exactly once).
fn edited(from: &str, to: &str) -> String {
    assert_eq!(
        DEFAULT_CAMPAIGN_TOML.matches(from).count(),
        1,
        "{from:?} must occur once"
    );
    DEFAULT_CAMPAIGN_TOML.replacen(from, to, 1)
}

/// The fields named by the problems with this file.
fn problem_fields(text: &str) -> Vec<String> {
    match Campaign::from_toml(text) {
        Err(CampaignError::Invalid(problems)) => problems.into_iter().map(|p| p.field).collect(),
        other => panic!("expected field problems, got {other:?}"),
    }
}

fn parse_error(text: &str) -> String {
    match Campaign::from_toml(text) {
        Err(CampaignError::Parse(message)) => message,
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn the_default_campaign_is_valid_and_complete() {
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.name.en, "National Hate Crime Awareness Week");
    assert!(c.quotes.len() >= 10, "{} quotes", c.quotes.len());
    let sizes: Vec<_> = c
        .sizes
        .iter()
        .map(|s| (s.id.as_str(), s.width, s.height))
        .collect();
    assert_eq!(
        sizes,
        [
            ("square", 1080, 1080),
            ("portrait", 1080, 1350),
            ("story", 1080, 1920)
        ]
    );
    assert!(c.boards.len() >= 2);
    assert!(c.boards.iter().any(|b| b.photo_frame.is_some()));
    assert_eq!(
        (
            c.reporting.emergency.as_str(),
            c.reporting.non_emergency.as_str()
        ),
        ("999", "101")
    );
    assert_eq!(c.hashtags, ["#NationalHCAW"]);
    assert_eq!(c.handle, "@LPStaySafe");
}

#[test]
fn the_example_campaign_is_valid_and_different() {
    let c = Campaign::from_toml(&example()).unwrap_or_else(|e| panic!("{e}"));
    let d = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    assert_ne!(c.slug, d.slug);
    assert!(c.boards.iter().all(|b| d.board(&b.id).is_none()));
    assert!(c.size("landscape").is_some_and(|s| s.width > s.height));
}

#[test]
fn a_file_that_is_not_toml_says_where() {
    let message = parse_error("name = \"Unclosed\n[colours]\n");
    assert!(message.contains("line 1"), "{message}");
}

/// Found by fuzzing: thousands of nested `[` overflowed the stack (the
/// parser and the tree recurse once per level), which in the page would
/// stop the app instead of saying what is wrong. Both readers refuse it,
/// naming the line, and the check page lists it as a problem there.
#[test]
fn lists_nested_thousands_deep_are_refused_with_their_line() {
    let text = edited(
        "max_pledge_chars = 280",
        &format!("max_pledge_chars = {}", "[".repeat(10_000)),
    );
    let line = text
        .lines()
        .position(|l| l.starts_with("max_pledge_chars"))
        .unwrap()
        + 1;
    let message = parse_error(&text);
    assert!(message.contains("nested more than 32 deep"), "{message}");
    assert!(message.contains(&format!("at line {line} ")), "{message}");
    match pledge_board::campaign::prepared::prepare(&text) {
        Err(CampaignError::Parse(m)) => assert_eq!(m, message),
        other => panic!("expected a parse error, got {other:?}"),
    }
    let problems = pledge_board::check::file_problems(&text).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, Some(line), "{:?}", problems[0]);
}

#[test]
fn a_value_of_the_wrong_type_is_named() {
    let message = parse_error(&edited(
        "max_pledge_chars = 280",
        "max_pledge_chars = \"lots\"",
    ));
    assert!(message.contains("max_pledge_chars"), "{message}");
}

#[test]
fn a_misspelt_field_is_refused_not_ignored() {
    let message = parse_error(&edited(
        "text_colour = \"#ffffff\"",
        "text_color = \"#ffffff\"",
    ));
    assert!(message.contains("text_color"), "{message}");
}

#[test]
fn an_unknown_shape_kind_is_named() {
    let message = parse_error(&edited("kind = \"ring\"", "kind = \"star\""));
    assert!(message.contains("star"), "{message}");
}

#[test]
fn a_bad_colour_names_the_field_and_the_value() {
    let text = edited("to = \"#26143f\"", "to = \"dark purple\"");
    assert_eq!(problem_fields(&text), ["boards[0].background[0].to"]);
    let message = Campaign::from_toml(&text).unwrap_err().to_string();
    assert!(
        message.contains("\"dark purple\" is not a colour"),
        "{message}"
    );
}

#[test]
fn a_text_box_outside_the_image_is_refused() {
    let text = edited(
        "text_box = { x = 0.08, y = 0.19, width = 0.84, height = 0.58 }",
        "text_box = { x = 0.5, y = 0.19, width = 0.84, height = 0.58 }",
    );
    assert_eq!(problem_fields(&text), ["boards[0].text_box.width"]);
}

#[test]
fn font_sizes_the_wrong_way_round_are_refused() {
    let text = edited("min_font_size = 34", "min_font_size = 120");
    assert_eq!(problem_fields(&text), ["boards[0].min_font_size"]);
}

#[test]
fn unreadable_text_colour_is_refused() {
    let text = edited("text_colour = \"#ffffff\"", "text_colour = \"#5a3a90\"");
    let fields = problem_fields(&text);
    assert!(
        !fields.is_empty() && fields.iter().all(|f| f == "boards[0].text_colour"),
        "{fields:?}"
    );
}

#[test]
fn unreadable_or_bad_ink_colours_are_refused_by_place() {
    let text = edited(
        "ink_colours = [\"#ffffff\", \"#ffd166\", \"#a8e6cf\"]",
        "ink_colours = [\"#ffffff\", \"#5a3a90\", \"gold\"]",
    );
    let fields = problem_fields(&text);
    assert!(
        fields.contains(&"boards[0].ink_colours[1]".to_owned()),
        "{fields:?}"
    );
    assert!(
        fields.contains(&"boards[0].ink_colours[2]".to_owned()),
        "{fields:?}"
    );
    assert!(
        fields
            .iter()
            .all(|f| f.starts_with("boards[0].ink_colours[")),
        "{fields:?}"
    );
    let message = Campaign::from_toml(&text).unwrap_err().to_string();
    assert!(message.contains("at least 4.5:1"), "{message}");
}

#[test]
fn without_ink_colours_handwriting_is_in_the_text_colour() {
    let c = Campaign::from_toml(&edited(
        "ink_colours = [\"#ffffff\", \"#ffd166\", \"#a8e6cf\"]\n",
        "",
    ))
    .unwrap();
    let inks: Vec<&str> = c.boards[0].inks().iter().map(|i| i.as_written()).collect();
    assert_eq!(inks, ["#ffffff"]);
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    assert_eq!(c.boards[1].inks().len(), 3);
}

#[test]
fn a_photo_frame_over_the_text_is_refused() {
    let text = edited(
        "y = 0.66, width = 0.3, height = 0.24",
        "y = 0.5, width = 0.3, height = 0.24",
    );
    assert_eq!(problem_fields(&text), ["boards[1].photo_frame"]);
}

#[test]
fn duplicate_board_ids_are_refused() {
    let text = edited("id = \"many-voices\"", "id = \"purple-dawn\"");
    assert_eq!(problem_fields(&text), ["boards[1].id"]);
}

#[test]
fn no_boards_no_quotes_no_sizes_are_each_named() {
    let bare = r##"
        name = "X"
        slug = "x"
        organisation = "Y"
        contact_email = "a@b.org"
        caption = "{pledge}"
        [colours]
        primary = "#000000"
        accent = "#ffff00"
        text = "#000000"
        background = "#ffffff"
        [reporting]
        emergency = "999"
        non_emergency = "101"
        online_url = "https://example.org"
        online_name = "Z"
    "##;
    assert_eq!(problem_fields(bare), ["boards", "quotes", "sizes"]);
}

#[test]
fn contact_details_and_sharing_fields_are_checked() {
    let text = edited(
        "contact_email = \"hatecrime.pledges@example.org\"",
        "contact_email = \"pledges at example\"",
    );
    assert_eq!(problem_fields(&text), ["contact_email"]);
    let text = edited(
        "hashtags = [\"#NationalHCAW\"]",
        "hashtags = [\"National HCAW\"]",
    );
    assert_eq!(problem_fields(&text), ["hashtags[0]"]);
    let text = edited("handle = \"@LPStaySafe\"", "handle = \"LPStaySafe\"");
    assert_eq!(problem_fields(&text), ["handle"]);
    let text = edited(
        "Awareness Week: “{pledge}” {hashtags}",
        "Awareness Week: “{pledge}” {tags}",
    );
    assert_eq!(problem_fields(&text), ["caption.en"]);
    let text = edited(
        "«{pledge}» {hashtags} {handle}\"\ncaption.ar",
        "«{pledge}» {hashtag} {handle}\"\ncaption.ar",
    );
    assert_eq!(problem_fields(&text), ["caption.uk"]);
    let text = edited(
        "online_url = \"https://www.report-it.org.uk/\"",
        "online_url = \"report-it.org.uk\"",
    );
    assert_eq!(problem_fields(&text), ["reporting.online_url"]);
    let text = edited("non_emergency = \"101\"", "non_emergency = \"one-oh-one\"");
    assert_eq!(problem_fields(&text), ["reporting.non_emergency"]);
}

#[test]
fn a_quote_longer_than_a_pledge_may_be_is_refused() {
    let text = edited("max_pledge_chars = 280", "max_pledge_chars = 40");
    let fields = problem_fields(&text);
    assert!(
        fields.len() >= 5 && fields.iter().all(|f| f.starts_with("quotes[")),
        "{fields:?}"
    );
}

#[test]
fn export_sizes_are_checked() {
    let text = edited(
        "width = 1080\nheight = 1920",
        "width = 100000\nheight = 1920",
    );
    assert_eq!(problem_fields(&text), ["sizes[2].width"]);
}

#[test]
fn a_polygon_needs_three_points() {
    let text = edited(
        "points = [[0.0, 0.86], [1.0, 0.80], [1.0, 1.0], [0.0, 1.0]]",
        "points = [[0.0, 0.86], [1.0, 0.80]]",
    );
    assert_eq!(problem_fields(&text), ["boards[0].background[4].points"]);
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut text = edited("slug = \"nhcaw\"", "slug = \"NHCAW 2026\"");
    for (from, to) in [
        ("min_font_size = 34", "min_font_size = 2"),
        ("colour = \"#ffdd001f\"", "colour = \"#fff\""),
    ] {
        assert_eq!(text.matches(from).count(), 1, "{from:?} must occur once");
        text = text.replacen(from, to, 1);
    }
    let fields = problem_fields(&text);
    for f in [
        "slug",
        "boards[0].min_font_size",
        "boards[0].background[1].colour",
    ] {
        assert!(
            fields.contains(&f.to_string()),
            "{f} missing from {fields:?}"
        );
    }
}

#[test]
fn page_colours_must_be_readable() {
    // A light primary cannot carry the header's white text.
    let fields = problem_fields(&edited("primary = \"#4b2a7b\"", "primary = \"#ffdd00\""));
    assert_eq!(fields, ["colours.primary"]);
    // Grey text on a grey background, and an accent too dark behind text.
    let fields = problem_fields(
        &edited("text = \"#0b0c0c\"", "text = \"#777777\"")
            .replace("accent = \"#ffdd00\"", "accent = \"#222222\""),
    );
    assert!(fields.contains(&"colours.text".to_owned()), "{fields:?}");
    assert!(fields.contains(&"colours.accent".to_owned()), "{fields:?}");
    let message = Campaign::from_toml(&edited("primary = \"#4b2a7b\"", "primary = \"#ffdd00\""))
        .unwrap_err()
        .to_string();
    assert!(message.contains("white text"), "{message}");
}

#[test]
fn text_per_language_falls_back_to_english_string_by_string() {
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    // Translated: the first four quotes, the caption, the names.
    assert_ne!(c.quotes[0].text.get("ur"), c.quotes[0].text.en);
    assert_eq!(c.quotes[11].text.get("ur"), c.quotes[11].text.en);
    let caption = c.caption_for("  ہم ساتھ ہیں ", "ur");
    assert!(caption.starts_with("میں نے"), "{caption}");
    assert!(
        caption.contains("”ہم ساتھ ہیں“ #NationalHCAW @LPStaySafe"),
        "{caption}"
    );
    assert!(c.caption_for("x", "fr").starts_with("I've made my pledge"));
    assert_eq!(c.name.get("pa-IN"), c.name.get("pa"));
    // Every piece of text the default campaign translates, it translates
    // into every language the app has.
    for lang in pledge_board::i18n::LANGUAGES.iter().skip(1) {
        for (what, text) in [
            ("name", &c.name),
            ("caption", &c.caption),
            ("online_name", &c.reporting.online_name),
            ("quote 0", &c.quotes[0].text),
            ("board 0", &c.boards[0].name),
            ("label", &c.boards[0].labels[0].text),
            ("size 0", &c.sizes[0].name),
        ] {
            assert_ne!(text.get(lang.code), text.en, "{what} in {}", lang.english);
        }
    }
}

#[test]
fn a_language_the_app_lacks_or_a_missing_english_is_named() {
    let bad = edited(
        "text.pa = \"ਮੇਰਾ ਪ੍ਰਣ\"\nx = 0.08\ny = 0.065",
        "text.pa = \"ਮੇਰਾ ਪ੍ਰਣ\"\ntext.xx = \"?\"\nx = 0.08\ny = 0.065",
    );
    let fields = problem_fields(&bad);
    assert_eq!(fields, vec!["boards[0].labels[0].text.xx"]);
    let no_english = edited("name.en = \"Purple dawn\"\n", "");
    let e = parse_error(&no_english);
    assert!(e.contains("English is missing"), "{e}");
}

#[test]
fn the_campaigns_own_wording_of_the_page_is_checked_message_by_message() {
    let text = format!(
        "{DEFAULT_CAMPAIGN_TOML}\n[messages.en]\nheading = \"Make it count\"\nnot-a-message = \"x\"\n\
         download = \"Save {{ $oops\"\n[messages.ur]\nheading = \"اپنا عہد کریں\"\n[messages.xx]\nheading = \"?\"\n"
    );
    let mut fields = problem_fields(&text);
    fields.sort();
    assert_eq!(
        fields,
        vec![
            "messages.en.download",
            "messages.en.not-a-message",
            "messages.xx"
        ]
    );
    let good = format!("{DEFAULT_CAMPAIGN_TOML}\n[messages.en]\nheading = \"Make it count\"\n");
    let c = Campaign::from_toml(&good).unwrap();
    assert_eq!(c.messages_for("en-GB"), vec![("heading", "Make it count")]);
    assert_eq!(c.messages_for("ur"), vec![]);
}

#[test]
fn embed_origins_and_the_quick_exit_address_are_checked_by_field() {
    let base = DEFAULT_CAMPAIGN_TOML;
    let c = Campaign::from_toml(base).unwrap();
    assert_eq!(c.embed.parent_origins, ["https://www.leics.police.uk"]);
    assert_eq!(c.quick_exit.url, "https://www.bbc.co.uk/weather");

    let with = |embed: &str, exit: &str| {
        let text = base
            .replace(
                r#"parent_origins = ["https://www.leics.police.uk"]"#,
                &format!("parent_origins = {embed}"),
            )
            .replace(
                r#"url = "https://www.bbc.co.uk/weather""#,
                &format!("url = {exit:?}"),
            );
        Campaign::from_toml(&text)
    };
    // Loopback over http is allowed, for trying the embed out.
    let ok = with(
        r#"["https://www.leics.police.uk", "http://127.0.0.1:8000", "https://x.example:8443"]"#,
        "http://localhost:9000/neutral",
    );
    assert!(ok.is_ok(), "{ok:?}");

    let err = with(
        r#"["https://www.leics.police.uk/hate-crime", "http://www.leics.police.uk", "*", "https://a@b"]"#,
        "javascript:alert(1)",
    )
    .unwrap_err()
    .to_string();
    for field in [
        "embed.parent_origins[0]",
        "embed.parent_origins[1]",
        "embed.parent_origins[2]",
        "embed.parent_origins[3]",
        "quick_exit.url",
    ] {
        assert!(err.contains(field), "{field} not named in {err}");
    }
    assert!(err.contains("no path"), "{err}");
    assert!(!err.contains("embed.parent_origins[4]"), "{err}");

    // Left out, the quick exit still goes somewhere neutral.
    let text = base.replace(r#"url = "https://www.bbc.co.uk/weather""#, "");
    let c = Campaign::from_toml(&text).unwrap();
    assert_eq!(c.quick_exit.url, "https://www.bbc.co.uk/weather");
}

#[test]
fn the_montage_place_is_read_by_language_and_kept_short() {
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    assert_eq!(
        c.montage.place.get("pl"),
        "Leicester, Leicestershire and Rutland"
    );
    let long = "Leicester, ".repeat(10);
    let text = edited(
        r#"place = "Leicester, Leicestershire and Rutland""#,
        &format!("place.en = {long:?}\nplace.qq = \"x\""),
    );
    assert_eq!(
        problem_fields(&text),
        vec!["montage.place.en", "montage.place.qq"]
    );
    let err = Campaign::from_toml(&text).unwrap_err().to_string();
    assert!(err.contains("110 characters; at most 80"), "{err}");
    // Left out: no place is named.
    let text = edited(r#"place = "Leicester, Leicestershire and Rutland""#, "");
    assert_eq!(Campaign::from_toml(&text).unwrap().montage.place.en, "");
}

#[test]
fn the_montages_shapes_are_checked_by_field() {
    let c = Campaign::from_toml(DEFAULT_CAMPAIGN_TOML).unwrap();
    let ids: Vec<&str> = c.montage.shapes.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["speech-bubble"]);
    assert_eq!(
        c.montage.shapes[0].mask,
        "campaign/montage-speech-bubble.png"
    );
    let shape = |id: &str, name: &str, mask: &str| {
        format!("\n[[montage.shapes]]\nid = {id:?}\nname = {name:?}\nmask = {mask:?}\n")
    };
    let text = edited(
        "mask = \"campaign/montage-speech-bubble.png\"\n",
        &format!(
            "mask = \"campaign/montage-speech-bubble.png\"\n{}{}{}{}{}{}",
            shape("Our County", "County", "campaign/county.png"),
            shape("heart", "Heart", "campaign/heart.png"),
            shape("speech-bubble", "Again", "campaign/again.png"),
            shape("logo", "", "../secret/logo.png"),
            shape("crest", "Crest", "/etc/crest.png"),
            shape("outline", "Outline", "campaign/outline.svg"),
        ),
    );
    assert_eq!(
        problem_fields(&text),
        [
            "montage.shapes[1].id",
            "montage.shapes[2].id",
            "montage.shapes[3].id",
            "montage.shapes[4].name",
            "montage.shapes[4].mask",
            "montage.shapes[5].mask",
            "montage.shapes[6].mask",
        ]
    );
    let said = Campaign::from_toml(&text).unwrap_err().to_string();
    for words in [
        "\"heart\" is a built-in layout's name",
        "\"speech-bubble\" is used by another shape",
        "no .. or leading /",
        "\"campaign/outline.svg\" must be a PNG, JPEG or WebP image",
    ] {
        assert!(said.contains(words), "{words:?} not in {said}");
    }
}

/// The campaign's prepared form (`campaign.prepared.json`, which the
/// editor reads instead of the TOML, and which the campaign reader gives
/// it when the file was edited) is the campaign the full reader gives,
/// and a file the full reader refuses has no prepared form, with the same
/// problems (the editor shows them).
#[test]
fn the_prepared_form_agrees_with_the_full_reader() {
    use pledge_board::campaign::prepared;
    for text in [DEFAULT_CAMPAIGN_TOML.to_owned(), example()] {
        let json = prepared::prepare(&text).unwrap();
        assert_eq!(
            prepared::read(&json, &text).unwrap(),
            Campaign::from_toml(&text).unwrap()
        );
    }
    for bad in [
        edited("text_colour = \"#ffffff\"", "text_colour = \"white-ish\""),
        edited("text_colour = \"#ffffff\"", "text_color = \"#ffffff\""),
        edited("max_pledge_chars = 280", "max_pledge_chars = \"lots\""),
        "slug = \"x\"\n[[boards]\n".to_owned(),
    ] {
        assert_eq!(
            prepared::prepare(&bad).unwrap_err(),
            Campaign::from_toml(&bad).unwrap_err()
        );
    }
    // A value of the wrong type is named with its path.
    let wrong_type = edited("max_pledge_chars = 280", "max_pledge_chars = \"lots\"");
    let said = prepared::prepare(&wrong_type).unwrap_err().to_string();
    assert!(said.contains("max_pledge_chars: invalid type"), "{said}");
}
