//! A guard before the TOML parser: lists and inline tables nested deeper
//! than any campaign needs are refused with their line, because the
//! parser, the tree and its drop all recurse once per level, and a file
//! of some thousands of `[` would overflow the stack (found by fuzzing:
//! the page would stop, not say what is wrong).

/// Far more than any campaign uses (the shipped one nests four deep).
pub const MAX_DEPTH: usize = 32;

/// Where `text` first nests lists or inline tables deeper than `max`, as
/// (line, column), both from 1; `None` if it never does. Brackets inside
/// strings and comments do not count. Not a TOML parser: it only needs to
/// be sure never to miss a deep nesting that the parser would follow.
pub fn too_deep(text: &str, max: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let (mut depth, mut line, mut line_start, mut i) = (0usize, 1usize, 0usize, 0usize);
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'#' => {
                while i + 1 < bytes.len() && bytes[i + 1] != b'\n' {
                    i += 1;
                }
            }
            b'"' | b'\'' => {
                let triple = bytes[i..].starts_with(if b == b'"' { b"\"\"\"" } else { b"'''" });
                let open = if triple { 3 } else { 1 };
                i += open;
                while i < bytes.len() {
                    let c = bytes[i];
                    if c == b'\n' {
                        if !triple {
                            break; // an unclosed one-line string: the parser will say
                        }
                        line += 1;
                        line_start = i + 1;
                    } else if c == b'\\' && b == b'"' {
                        i += 1; // the escaped character
                        if bytes.get(i) == Some(&b'\n') {
                            line += 1; // a line-ending backslash
                            line_start = i + 1;
                        }
                    } else if c == b && (!triple || bytes[i..].starts_with(&[b, b, b])) {
                        i += open - 1;
                        break;
                    }
                    i += 1;
                }
                if i < bytes.len() && bytes[i] == b'\n' {
                    continue; // counted as a line at the top of the loop
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Some((line, text[line_start..i].chars().count() + 1));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_campaign_nests_little() {
        assert_eq!(too_deep(crate::campaign::DEFAULT_CAMPAIGN_TOML, 4), None);
    }

    #[test]
    fn deep_lists_are_found_on_their_line() {
        let text = format!(
            "slug = \"x\"\n\nboards = {}1{}\n",
            "[".repeat(40),
            "]".repeat(40)
        );
        assert_eq!(too_deep(&text, MAX_DEPTH), Some((3, 9 + 33)));
        let tables = format!("a = {}\n", "{ b = ".repeat(40));
        assert_eq!(too_deep(&tables, MAX_DEPTH), Some((1, 5 + 6 * 32)));
    }

    #[test]
    fn brackets_in_strings_and_comments_do_not_count() {
        let deep = "[".repeat(100);
        for text in [
            format!("a = \"{deep}\"\n"),
            format!("a = '{deep}'\n"),
            format!("a = \"\"\"\n{deep}\n\"\"\"\n"),
            format!("a = '''{deep}'''\n"),
            format!("# {deep}\nb = 1\n"),
            format!("a = \"\\\"{deep}\"\n"),
        ] {
            assert_eq!(too_deep(&text, MAX_DEPTH), None, "{text}");
        }
        // ...but after a string ends, they do.
        let text = format!("a = \"x\"\nb = {deep}\n");
        assert_eq!(too_deep(&text, MAX_DEPTH), Some((2, 5 + 32)));
    }
}
