//! `pledge-render --print`: a blank board to print, as a PDF.

use super::Args;
use crate::campaign::Campaign;
use crate::render::Renderer;
use std::path::{Path, PathBuf};

/// Writes a blank board to print (`--print`).
pub(super) fn print(
    a: &Args,
    campaign: &Campaign,
    board: &str,
    paper: crate::print::Paper,
    renderer: &mut Renderer,
) -> Result<String, String> {
    let code = a.pledge.lang.as_deref().unwrap_or("en-GB");
    let language = crate::i18n::find(code).ok_or_else(|| {
        let codes: Vec<&str> = crate::i18n::LANGUAGES.iter().map(|l| l.code).collect();
        format!("--lang {code:?}: the pages are in {}", codes.join(", "))
    })?;
    let texts = texts_for(campaign, language, &a.campaign)?;
    let options = crate::print::Options {
        paper,
        save_ink: a.save_ink,
    };
    let sheet = crate::print::sheet(campaign, board, &texts, options);
    let pdf = crate::print::blank_board(renderer, campaign, &sheet).map_err(|e| e.to_string())?;
    let out = a.output.as_ref().expect("parse() requires it");
    std::fs::write(out, &pdf).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(format!(
        "wrote {} ({} KB, {}, board {board}, {}{})",
        out.display(),
        pdf.len().div_ceil(1024),
        paper.id(),
        language.code,
        if a.save_ink { ", saving ink" } else { "" }
    ))
}

/// The interface's words in `language`, with the campaign's rewordings:
/// the language's file from `locales/` beside the campaign file, or the
/// source tree's `static/locales/`.
fn texts_for(
    campaign: &Campaign,
    language: &'static crate::i18n::Language,
    campaign_file: &Path,
) -> Result<crate::i18n::Texts, String> {
    let english = campaign.messages_for("en");
    if language.code == crate::i18n::ENGLISH.code {
        return Ok(crate::i18n::Texts::new(
            language,
            "",
            &campaign.messages_for(language.code),
            &english,
        ));
    }
    let beside = campaign_file
        .parent()
        .unwrap_or(Path::new(""))
        .join("locales");
    let dir = if beside.is_dir() {
        beside
    } else {
        PathBuf::from("static/locales")
    };
    let path = dir.join(format!("{}.ftl", language.code));
    let ftl = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(crate::i18n::Texts::new(
        language,
        &ftl,
        &campaign.messages_for(language.code),
        &english,
    ))
}
