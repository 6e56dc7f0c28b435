//! `pledge-render --write-fallback`: the campaign file's prepared form,
//! the page for browsers that cannot run the app, and the editor's first
//! view in `index.html`, in the campaign's words.

use crate::campaign::{prepared, Campaign};
use std::path::{Path, PathBuf};

/// Where the fallback's files are under `root`: the source tree (with
/// `static/`) or a built copy (`dist/`): the language files, the folder of
/// pages, and the page with the `<noscript>` block.
pub fn fallback_places(root: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let base = if root.join("static/locales").is_dir() {
        root.join("static")
    } else {
        root.to_path_buf()
    };
    (
        base.join("locales"),
        base.join("fallback"),
        root.join("index.html"),
    )
}

/// Writes the fallback's files from the campaign (`--write-fallback`).
pub(super) fn write_fallback(campaign: &Campaign, root: &Path) -> Result<String, String> {
    let (locales, pages_dir, index) = fallback_places(root);
    let mut unreadable = Vec::new();
    let (block, pages) = crate::fallback::everything(campaign, |code| {
        let path = locales.join(format!("{code}.ftl"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            unreadable.push(format!("{}: {e}", path.display()));
            String::new()
        })
    });
    if !unreadable.is_empty() {
        return Err(format!("cannot read {}", unreadable.join("; ")));
    }
    let page = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let page = crate::fallback::replace_block(&page, &block)
        .and_then(|page| {
            crate::first_view::replace_block(&page, &crate::first_view::block(campaign))
        })
        .map_err(|e| format!("{}: {e}", index.display()))?;
    std::fs::write(&index, page).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    std::fs::create_dir_all(&pages_dir)
        .map_err(|e| format!("cannot make {}: {e}", pages_dir.display()))?;
    for (name, text) in &pages {
        let path = pages_dir.join(name);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(format!(
        "wrote the fallback and the first view into {} and {} pages into {}",
        index.display(),
        pages.len(),
        pages_dir.display()
    ))
}

/// Writes the campaign file's prepared form (`campaign.prepared.json`)
/// from the campaign read from `toml`, next to where the page finds the campaign file under
/// `root`.
pub(super) fn write_prepared(
    campaign: &Campaign,
    toml: &str,
    root: &Path,
) -> Result<String, String> {
    let (locales, _, _) = fallback_places(root);
    let dir = locales.parent().unwrap_or(root);
    let path = dir.join(prepared::FILE);
    let json = prepared::written(campaign, toml).map_err(|e| e.to_string())?;
    std::fs::write(&path, json + "\n")
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(format!(
        "wrote the campaign's prepared form into {}",
        path.display()
    ))
}
