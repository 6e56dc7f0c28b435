//! Files the campaign file names beside itself: paths that stay inside
//! its folder, with the endings their use allows; the montage's own
//! shapes, each an image there.

use super::Check;
use std::collections::HashSet;

/// The montage's own shapes: ids of their own (not the built-in
/// layouts'), names, and an image path inside the campaign's folder.
pub(super) fn check_shapes(k: &mut Check, shapes: &[crate::campaign::model::MontageShape]) {
    let mut ids = HashSet::new();
    for (i, shape) in shapes.iter().enumerate() {
        let f = format!("montage.shapes[{i}]");
        k.slug(&format!("{f}.id"), &shape.id);
        if ["grid", "rows", "heart"].contains(&shape.id.as_str()) {
            k.fail(
                format!("{f}.id"),
                format!("{:?} is a built-in layout's name; choose another", shape.id),
            );
        } else if !ids.insert(shape.id.as_str()) {
            k.fail(
                format!("{f}.id"),
                format!("{:?} is used by another shape; ids must differ", shape.id),
            );
        }
        k.local_not_empty(&format!("{f}.name"), &shape.name);
        if let Err(why) = check_beside(&shape.mask) {
            k.fail(format!("{f}.mask"), why);
        }
    }
}

/// A file kept beside the campaign file: a relative path inside its
/// folder, to a PNG, JPEG or WebP image.
fn check_beside(path: &str) -> Result<(), String> {
    beside(
        path,
        &[".png", ".jpg", ".jpeg", ".webp"],
        "a PNG, JPEG or WebP image",
    )
}

/// A path inside the campaign file's folder to a file with one of
/// `endings` (`what` names them for the message).
pub(super) fn beside(path: &str, endings: &[&str], what: &str) -> Result<(), String> {
    let plain = |c: char| c.is_ascii_alphanumeric() || "._-/".contains(c);
    if path.is_empty() {
        return Err("is empty; give the image's path, e.g. campaign/county.png".into());
    }
    if !path.chars().all(plain)
        || path.starts_with('/')
        || path
            .split('/')
            .any(|part| part.is_empty() || part.starts_with('.'))
    {
        return Err(format!(
            "{path:?} must be a path inside the campaign file's folder, e.g. campaign/county.png \
             (letters, digits, - and _; no .. or leading /)"
        ));
    }
    let lower = path.to_ascii_lowercase();
    if !endings.iter().any(|e| lower.ends_with(e)) {
        return Err(format!("{path:?} must be {what}"));
    }
    Ok(())
}
