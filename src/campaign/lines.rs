//! Where a field is in the campaign file: the line a problem's field path
//! (`boards[0].layers[2].file`) was written on, so a message can say
//! "line 97" and the check page can put the cursor there. Read with
//! toml_edit, which keeps each key's place in the text.

use toml_edit::{Document, Item, Table, TableLike, Value};

/// One step of a field path: a key, then any indexes (`layers[2]`).
fn steps(field: &str) -> Vec<(&str, Vec<usize>)> {
    field
        .split('.')
        .map(|part| {
            let (name, rest) = part.split_once('[').unwrap_or((part, ""));
            let indexes = rest
                .split('[')
                .filter_map(|i| i.trim_end_matches(']').parse().ok())
                .collect();
            (name, indexes)
        })
        .collect()
}

/// What a step reaches: a table (of an array of tables), an item of a
/// table, or a value in an inline table or array.
#[derive(Clone, Copy)]
enum At<'a> {
    Table(&'a Table),
    Item(&'a Item),
    Value(&'a Value),
}

impl<'a> At<'a> {
    fn keys(self) -> Option<&'a dyn TableLike> {
        match self {
            At::Table(t) => Some(t),
            At::Item(i) => i.as_table_like(),
            At::Value(v) => v.as_inline_table().map(|t| t as &dyn TableLike),
        }
    }

    /// Element `i`, and where it was written.
    fn index(self, i: usize) -> Option<(Option<std::ops::Range<usize>>, At<'a>)> {
        match self {
            At::Item(Item::ArrayOfTables(a)) => a.get(i).map(|t| (t.span(), At::Table(t))),
            At::Item(Item::Value(Value::Array(a))) | At::Value(Value::Array(a)) => {
                a.get(i).map(|v| (v.span(), At::Value(v)))
            }
            _ => None,
        }
    }
}

/// The 1-based line of `field` in `text` (or of the nearest part of it
/// that is there); `None` if the text is not TOML or nothing matches.
pub fn line_of(text: &str, field: &str) -> Option<usize> {
    let doc = Document::parse(text).ok()?;
    let mut at = At::Table(doc.as_table());
    let mut best: Option<std::ops::Range<usize>> = None;
    'path: for (name, indexes) in steps(field) {
        let Some((key, item)) = at.keys().and_then(|t| t.get_key_value(name)) else {
            break;
        };
        best = key.span().or(best);
        at = At::Item(item);
        for i in indexes {
            let Some((span, next)) = at.index(i) else {
                break 'path;
            };
            best = span.or(best);
            at = next;
        }
    }
    let start = best?.start;
    Some(text[..start.min(text.len())].matches('\n').count() + 1)
}

/// Each problem with the line its field is on: "line 97, boards[0]…".
pub fn located(text: &str, problems: &[super::FieldError]) -> Vec<String> {
    problems
        .iter()
        .map(|p| match line_of(text, &p.field) {
            Some(line) => format!("line {line}, {p}"),
            None => p.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::line_of;

    const TEXT: &str = r##"name = "A"
[colours]
primary = "#000000"

[[boards]]
id = "one"
text_box = { x = 0.1, y = 0.2 }
ink_colours = ["#ffffff",
  "#ffd166"]

[[boards.layers]]
file = "a.svg"
[boards.layers.sizes.story]
y = 0.1

[[boards]]
id = "two"
name.en = "Two"
"##;

    #[test]
    fn fields_are_found_on_their_lines() {
        for (field, line) in [
            ("name", 1),
            ("colours.primary", 3),
            ("boards[0]", 5),
            ("boards[0].id", 6),
            ("boards[0].text_box.y", 7),
            ("boards[0].ink_colours[1]", 9),
            ("boards[0].layers[0].file", 12),
            ("boards[0].layers[0].sizes.story.y", 14),
            ("boards[1].name.en", 18),
            // What is not there: the nearest part that is.
            ("boards[1].text_box.width", 16),
            ("boards[0].layers[0].opacity", 11),
        ] {
            assert_eq!(line_of(TEXT, field), Some(line), "{field}");
        }
        assert_eq!(line_of("not = [toml", "name"), None);
    }
}
