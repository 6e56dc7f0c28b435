//! The montage's text version (`montage::text_version`): the alt text
//! counts and places the pledges; the CSV quotes and defuses what a
//! spreadsheet would run; the HTML escapes, marks each pledge's language
//! and counts the pictures without words.

use pledge_board::montage::text_version::{alt_text, csv, html, Entry};

fn entry(file: &str, text: &str, lang: &str) -> Entry {
    Entry {
        file: file.into(),
        text: text.into(),
        lang: lang.into(),
    }
}

#[test]
fn the_alt_text_counts_places_and_names_the_languages_count() {
    let place = "Leicester, Leicestershire and Rutland";
    assert_eq!(
        alt_text(&[entry("a.png", "", "")], ""),
        "Montage of 1 pledge of support."
    );
    let many = [
        entry("a.png", "We stand together.", "en-GB"),
        entry("b.png", "ہم ساتھ ہیں", "ur"),
        entry("c.png", "Razem przeciw nienawiści", "pl"),
        entry("d.jpg", "", ""),
        entry("e.png", "Report it.", "en-GB"),
    ];
    assert_eq!(
        alt_text(&many, place),
        "Montage of 5 pledges of support from Leicester, Leicestershire and Rutland, \
         in 3 languages. The words of 4 of them are listed in its text version."
    );
}

#[test]
fn the_csv_quotes_commas_quotes_and_lines_and_defuses_formulas() {
    let out = csv(&[
        entry("a.png", "Hate, in any form, is wrong", "en-GB"),
        entry("b.png", "She said \"no\"\nand meant it", "en-GB"),
        entry("c.png", "=HYPERLINK(\"http://x\")", ""),
        entry("d.png", "-1 for hate", "en-GB"),
        entry("e.png", "ہم ساتھ ہیں", "ur"),
    ]);
    let lines: Vec<&str> = out.split("\r\n").collect();
    assert_eq!(lines[0], "\u{feff}file,language,pledge");
    assert_eq!(lines[1], "a.png,en-GB,\"Hate, in any form, is wrong\"");
    assert_eq!(
        lines[2],
        "b.png,en-GB,\"She said \"\"no\"\"\nand meant it\""
    );
    assert_eq!(lines[3], "c.png,,\"'=HYPERLINK(\"\"http://x\"\")\"");
    assert_eq!(lines[4], "d.png,en-GB,'-1 for hate");
    assert_eq!(lines[5], "e.png,ur,ہم ساتھ ہیں");
    assert_eq!(lines[6], "");
    assert_eq!(lines.len(), 7);
}

#[test]
fn the_html_lists_words_with_their_language_escaped_and_counts_the_rest() {
    let page = html(
        "The pledges in the montage",
        &[
            entry("a.png", "<script>alert(1)</script> & love", "en-GB"),
            entry("b.png", "ہم ساتھ ہیں", "ur"),
            entry("c.jpg", "   ", ""),
            entry("d.jpg", "", ""),
        ],
        "Rutland",
    );
    assert!(page.starts_with("<!doctype html>\n<html lang=\"en-GB\">"));
    assert!(page.contains("<h1>The pledges in the montage</h1>"));
    assert!(page.contains("<p>Montage of 4 pledges of support from Rutland, in 2 languages."));
    assert!(page.contains(
        "<li lang=\"en-GB\" dir=\"auto\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; love</li>"
    ));
    assert!(page.contains("<li lang=\"ur\" dir=\"auto\">ہم ساتھ ہیں</li>"));
    assert!(!page.contains("<script"));
    assert_eq!(page.matches("<li").count(), 2);
    assert!(page.contains("<p>2 more pledges are pictures whose words are not recorded"));
    let one = html("T", &[entry("d.jpg", "", "")], "");
    assert!(!one.contains("<ol>"));
    assert!(one.contains("<p>1 more pledge is a picture whose words"));
}
