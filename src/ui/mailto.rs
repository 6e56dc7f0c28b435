//! A `mailto:` link with the subject and body filled in, for e-mailing the
//! image to the campaign (the person attaches it: a link cannot).

/// `mailto:to?subject=…&body=…`, each part percent-encoded (spaces as
/// `%20`, which every mail program reads; `+` would stay a plus).
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        encode(to).replace("%40", "@"),
        encode(subject),
        encode(body)
    )
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::mailto;

    #[test]
    fn subject_and_body_are_encoded_so_nothing_is_lost() {
        let link = mailto(
            "hate.crime@leics.police.uk",
            "My pledge for National Hate Crime Awareness Week & more",
            "Line one: 100% yes?\nعہد #NationalHCAW",
        );
        assert_eq!(
            link,
            "mailto:hate.crime@leics.police.uk?subject=My%20pledge%20for%20National%20Hate%20Crime%20Awareness%20Week%20%26%20more&body=Line%20one%3A%20100%25%20yes%3F%0A%D8%B9%DB%81%D8%AF%20%23NationalHCAW"
        );
    }
}
