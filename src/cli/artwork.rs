//! `pledge-render --check`, `--draw-artwork` and `--contact-sheet`: the
//! campaign's artwork checked with its files, drawn ahead for the page,
//! and every board drawn on one sheet to sign off.

use super::Args;
use crate::campaign::Campaign;
use crate::render::Renderer;
use std::path::Path;

/// Checks the campaign with the files it names (`--check`).
pub(super) fn check(a: &Args, campaign: &Campaign, text: &str) -> Result<String, String> {
    // The images the file names, beside it.
    let folder = a.campaign.parent().unwrap_or(Path::new(""));
    let mut problems = crate::montage::command::shape_problems(campaign, folder);
    // The boards' artwork: there, usable, inside the board, and the
    // pledge readable on it as drawn.
    let mut renderer =
        Renderer::with_fonts_from(&a.fonts).map_err(|e| format!("cannot read the fonts: {e}"))?;
    let read = |file: &str| std::fs::read(folder.join(file)).map_err(|e| e.to_string());
    let art = crate::artwork::check::problems(campaign, &mut renderer, read);
    problems.extend(crate::campaign::lines::located(text, &art));
    if !problems.is_empty() {
        return Err(format!(
            "{}: 1 or more images it names cannot be used, or its artwork is not right:\n  {}",
            a.campaign.display(),
            problems.join("\n  ")
        ));
    }
    let n = layers(campaign);
    let shapes = campaign.montage.shapes.len();
    let mut out = format!(
        "{}: good ({} boards, {n} artwork layer{}, {} sizes, {} quotes, {shapes} montage shape{})",
        a.campaign.display(),
        campaign.boards.len(),
        if n == 1 { "" } else { "s" },
        campaign.sizes.len(),
        campaign.quotes.len(),
        if shapes == 1 { "" } else { "s" },
    );
    if let Some(note) = drawn_note(campaign, folder) {
        out.push_str("\nnote: ");
        out.push_str(&note);
    }
    Ok(out)
}

/// Whether the artwork drawn ahead is missing or stale: not a fault (the
/// page then draws the artwork itself), but it costs each visitor the
/// artwork worker's download.
fn drawn_note(campaign: &Campaign, folder: &Path) -> Option<String> {
    let layered = campaign.boards.iter().any(|b| !b.layers.is_empty());
    let redo = "run pledge-render --draw-artwork to draw it again";
    let Some(file) = &campaign.drawn_artwork else {
        return layered.then(|| {
            "the boards' artwork is not drawn ahead (drawn_artwork), so the page fetches \
             the artwork worker (about 360 KB) to draw it; run pledge-render --draw-artwork"
                .to_string()
        });
    };
    let drawn = match std::fs::read(folder.join(file)) {
        Ok(bytes) => crate::render::drawn::decode(&bytes).map_err(|why| format!("{file}: {why}")),
        Err(e) => Err(format!("{file}: {e}")),
    };
    let drawn = match drawn {
        Ok(d) => d,
        Err(why) => return Some(format!("drawn_artwork: {why}; {redo}")),
    };
    let mut renderer = Renderer::new();
    crate::render::drawn::give(&mut renderer, &drawn, |f| {
        std::fs::read(folder.join(f))
            .ok()
            .map(|b| crate::render::drawn::source_crc(&b))
    });
    let mut lacking: Vec<String> = Vec::new();
    for board in &campaign.boards {
        for size in &campaign.sizes {
            for need in renderer.missing_layers(board, size) {
                if !lacking.contains(&need.file) {
                    lacking.push(need.file);
                }
            }
        }
    }
    (!lacking.is_empty()).then(|| {
        format!(
            "drawn_artwork: {file} was not drawn from {} as {} now; the page will draw it \
             itself (fetching the artwork worker, about 360 KB); {redo}",
            lacking.join(", "),
            if lacking.len() == 1 {
                "it is"
            } else {
                "they are"
            }
        )
    })
}

/// Draws the campaign's artwork ahead into its `drawn_artwork` file
/// (`--draw-artwork`).
pub(super) fn draw_ahead(a: &Args, campaign: &Campaign) -> Result<String, String> {
    let folder = a.campaign.parent().unwrap_or(Path::new(""));
    let Some(file) = &campaign.drawn_artwork else {
        return Err(format!(
            "{}: name the file to draw into first: add the line\n  \
             drawn_artwork = \"campaign/artwork.drawn\"\nnear the top of the campaign file",
            a.campaign.display()
        ));
    };
    let drawn = crate::artwork::ahead::draw(campaign, |f| {
        std::fs::read(folder.join(f)).map_err(|e| format!("{f}: {e}"))
    })
    .map_err(|e| format!("{}: {e}", a.campaign.display()))?;
    let bytes = crate::render::drawn::encode(&drawn);
    let path = folder.join(file);
    std::fs::write(&path, &bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let pictures: usize = drawn.iter().map(|d| d.pictures.len()).sum();
    Ok(format!(
        "wrote {} ({} layer file{}, {pictures} picture{}, {} KB)",
        path.display(),
        drawn.len(),
        if drawn.len() == 1 { "" } else { "s" },
        if pictures == 1 { "" } else { "s" },
        bytes.len().div_ceil(1024)
    ))
}

/// Draws the campaign's contact sheet (`--contact-sheet -o FILE.png`).
pub(super) fn contact_sheet(a: &Args, campaign: &Campaign) -> Result<String, String> {
    let folder = a.campaign.parent().unwrap_or(Path::new(""));
    let mut renderer =
        Renderer::with_fonts_from(&a.fonts).map_err(|e| format!("cannot read the fonts: {e}"))?;
    crate::artwork::prepare_from(&mut renderer, campaign, folder)
        .map_err(|e| format!("{}: {e}", a.campaign.display()))?;
    let languages: Vec<_> = crate::i18n::LANGUAGES.to_vec();
    let sheet = crate::contact_sheet::draw(&mut renderer, campaign, &languages)
        .map_err(|e| format!("{}: {e}", a.campaign.display()))?;
    let out = a.output.as_ref().expect("parse() requires it");
    std::fs::write(out, sheet.to_png())
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(format!(
        "wrote {} ({} × {}: {} boards × {} sizes × {} languages, each with {} quotes)",
        out.display(),
        sheet.width,
        sheet.height,
        campaign.boards.len(),
        campaign.sizes.len(),
        languages.len(),
        if campaign.quotes.len() > 1 { "2" } else { "1" },
    ))
}

/// How many artwork layers the campaign's boards have.
fn layers(c: &Campaign) -> usize {
    c.boards.iter().map(|b| b.layers.len()).sum()
}
