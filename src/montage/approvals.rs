//! The approvals list: the files that go into the montage, one a line, in
//! montage order, each with the crop the reviewer chose if any. The
//! montage page writes it ("Download the approvals list");
//! `pledge-montage --approved FILE` reads it, so a review done on the page
//! can be built by the command from the same folder.
//!
//! ```text
//! # Pledge Board: 3 images approved for the montage.
//! pledge-01.png
//! board photo.jpg<TAB>crop 30 50
//! pledge-07.png
//! ```
//!
//! A name is the whole line up to a tab (spaces are part of it); after the
//! tab, `crop X Y` centres the crop X and Y hundredths across and down the
//! image ([`Focus`]). Blank lines and lines starting `#` are ignored.

use super::crop::Focus;

/// One approved file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Approval {
    pub name: String,
    pub crop: Option<Focus>,
}

/// The list's text.
pub fn write(approvals: &[Approval]) -> String {
    let mut s = format!(
        "# Pledge Board: {} image{} approved for the montage.\n\
         # pledge-montage FOLDER --approved THIS-FILE builds it from the same folder.\n",
        approvals.len(),
        if approvals.len() == 1 { "" } else { "s" }
    );
    for a in approvals {
        // A name cannot hold a line break or a tab here (no file picked in
        // a browser has one in practice); they become spaces.
        let name: String = a
            .name
            .chars()
            .map(|c| {
                if c == '\t' || c == '\n' || c == '\r' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        s.push_str(&name);
        if let Some(f) = a.crop {
            s.push_str(&format!("\tcrop {} {}", f.x, f.y));
        }
        s.push('\n');
    }
    s
}

/// The approvals in a list's text, each with its line's number (from 1),
/// or the first line that is wrong and why.
pub fn parse(text: &str) -> Result<Vec<(usize, Approval)>, (usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let (name, rest) = match line.split_once('\t') {
            Some((name, rest)) => (name.trim(), Some(rest.trim())),
            None => (line.trim(), None),
        };
        let crop = match rest.filter(|r| !r.is_empty()) {
            None => None,
            Some(r) => Some(crop(r).ok_or_else(|| {
                (
                    n + 1,
                    format!("after the name, {r:?}: give \"crop X Y\", each from 0 to 100"),
                )
            })?),
        };
        let name = name.to_owned();
        out.push((n + 1, Approval { name, crop }));
    }
    Ok(out)
}

fn crop(text: &str) -> Option<Focus> {
    let mut words = text.split_whitespace();
    if words.next()? != "crop" {
        return None;
    }
    let mut at = || words.next()?.parse::<u8>().ok().filter(|v| *v <= 100);
    let focus = Focus { x: at()?, y: at()? };
    words.next().is_none().then_some(focus)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_written_reads_back_the_same() {
        let list = vec![
            Approval {
                name: "pledge-01.png".into(),
                crop: None,
            },
            Approval {
                name: "board photo (2).jpg".into(),
                crop: Some(Focus { x: 30, y: 100 }),
            },
        ];
        let text = write(&list);
        assert!(
            text.starts_with("# Pledge Board: 2 images approved"),
            "{text}"
        );
        let back: Vec<Approval> = parse(&text).unwrap().into_iter().map(|(_, a)| a).collect();
        assert_eq!(back, list);
    }

    #[test]
    fn a_plain_list_of_names_still_reads() {
        let got = parse("# mine\n\na.png\n  b c.jpg  \n").unwrap();
        let names: Vec<(usize, &str)> = got.iter().map(|(n, a)| (*n, a.name.as_str())).collect();
        assert_eq!(names, [(3, "a.png"), (4, "b c.jpg")]);
        assert!(got.iter().all(|(_, a)| a.crop.is_none()));
    }

    #[test]
    fn a_bad_crop_names_its_line() {
        for bad in [
            "crop 30",
            "crop 30 101",
            "crop x y",
            "zoom 1 2",
            "crop 1 2 3",
        ] {
            let text = format!("a.png\nb.png\t{bad}\n");
            let (line, why) = parse(&text).unwrap_err();
            assert_eq!(line, 2, "{bad}");
            assert!(why.contains("crop X Y"), "{why}");
        }
    }
}
