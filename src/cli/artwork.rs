//! `pledge-render --check`, `--draw-artwork` and `--contact-sheet`: the
//! campaign's artwork checked with its files, drawn ahead for the page,
//! and every board drawn on one sheet to sign off.

use super::Args;
use crate::campaign::Campaign;
use crate::render::Renderer;
use std::path::Path;

/// Checks the campaign with the files it names (`--check`).
pub(super) fn check(a: &Args, campaign: &Campaign, text: &str) -> Result<String, String> {
    // The images the file names, beside it: the montage's shapes, the
    // boards' artwork there, usable, inside the board, and the pledge
    // readable on it as drawn.
    let folder = a.campaign.parent().unwrap_or(Path::new(""));
    let mut renderer =
        Renderer::with_fonts_from(&a.fonts).map_err(|e| format!("cannot read the fonts: {e}"))?;
    let read = |file: &str| std::fs::read(folder.join(file)).map_err(|e| e.to_string());
    let problems = crate::check::with_files(campaign, text, &mut renderer, read);
    if !problems.is_empty() {
        let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        return Err(format!(
            "{}: 1 or more images it names cannot be used, or its artwork is not right:\n  {}",
            a.campaign.display(),
            lines.join("\n  ")
        ));
    }
    let mut out = format!(
        "{}: good ({})",
        a.campaign.display(),
        crate::check::summary(campaign)
    );
    let redo = "run pledge-render --draw-artwork to draw it again";
    let notes = [
        crate::check::drawn_note(campaign, read, redo),
        crate::check::brand_note(campaign, read),
    ];
    for note in notes.into_iter().flatten() {
        out.push_str("\nnote: ");
        out.push_str(&note);
    }
    Ok(out)
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
