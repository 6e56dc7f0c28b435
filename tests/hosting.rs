//! What the README tells a force's web team matches what is shipped: the
//! Content-Security-Policy, and the iframe's attributes in the example page.

use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_readme_gives_the_policy_the_tests_serve() {
    let policy = read("hosting/content-security-policy.txt");
    let policy = policy.trim();
    assert!(read("README.md").contains(&format!("Content-Security-Policy: {policy}\n")));
    // What the policy promises.
    for part in [
        "default-src 'none'",
        "script-src 'self' 'wasm-unsafe-eval';",
        "connect-src 'self';",
        // The page's typefaces (static/fonts/fonts.css), from its own origin only.
        "font-src 'self';",
        "frame-ancestors 'self' {force-origins}",
    ] {
        assert!(policy.contains(part), "{part}");
    }
    assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
}

#[test]
fn the_example_page_uses_the_readmes_iframe() {
    let readme = read("README.md");
    let example = read("static/embed-example.html");
    let snippet = |text: &str| {
        let start = text.find("<iframe data-pledge-board").expect("an iframe");
        let end = start + text[start..].find("</iframe>").expect("its end");
        text[start..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(snippet(&readme), snippet(&example));
    assert!(
        example.contains(r#"<script src="https://pledge.example.org/embed.js" defer></script>"#)
    );
}

#[test]
fn the_page_has_no_inline_script_or_style() {
    let page = read("index.html");
    assert!(
        !page.contains("<script") && !page.contains("style="),
        "{page}"
    );
    // Trunk writes our start-up scripts (files), not its inline one.
    assert!(read("Trunk.toml").contains(
        r#"pattern_script = "<script nomodule defer src=\"{base}check.js\"></script><script type=\"module\" src=\"{base}start.js"#
    ));
}
