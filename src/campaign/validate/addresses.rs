//! E-mail and web addresses in the campaign file: the contact mailbox,
//! the reporting link, the force pages allowed to embed the editor.

pub(super) fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c == '<' || c == '>')
        && !domain.contains('@')
}

/// The scheme and host (and port) of an https address; http only for this
/// computer (`localhost`, `127.0.0.1`), for trying the embed out.
fn split_address(url: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host_port, after) = rest.split_at(end);
    let host = host_port.rsplit_once(':').map_or(host_port, |(h, _)| h);
    let ok_host = !host.is_empty()
        && !host_port.contains('@')
        && host_port
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    let local = matches!(host, "localhost" | "127.0.0.1");
    (ok_host && (scheme == "https" || (scheme == "http" && local))).then_some((host_port, after))
}

/// A page's origin: `https://www.leics.police.uk`, no path.
pub(super) fn check_origin(origin: &str) -> Result<(), String> {
    match split_address(origin) {
        Some((_, "")) => Ok(()),
        Some(_) => Err(format!(
            "{origin:?} must be an origin only, with no path: like https://www.leics.police.uk"
        )),
        None => Err(format!(
            "{origin:?} is not an https:// origin like https://www.leics.police.uk"
        )),
    }
}

/// A whole https address.
pub(super) fn check_address(url: &str) -> Result<(), String> {
    match split_address(url) {
        Some(_) if !url.chars().any(char::is_whitespace) => Ok(()),
        _ => Err(format!(
            "{url:?} must be an https:// address, like https://www.bbc.co.uk/weather"
        )),
    }
}
