//! `pledge-montage`: a montage from a folder of images, on the command line
//! (native only; `pledge-montage --help`). Reads JPEG, PNG and WebP,
//! upright by EXIF, shrunk at once to about the size their tiles need; a
//! file it cannot use gets a line saying why and never stops the rest.

mod args;

pub use super::build::named_size;
pub use super::build::Format;
pub use args::{parse, Args, HELP};

use super::approvals;
use super::build::{area, build, Layout, Spec};
use super::compose::PackedTile;
use super::crop::Focus;
use super::gather::{Gathering, Prepared};
use super::left_out::Reason;
use super::order::{arrange, Order};
use super::shape::Mask;
use super::text_version::{self, Entry};
use super::title;
use crate::campaign::Campaign;
use crate::campaign::MontageShape;
use crate::render::{photo, Renderer};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// What a run did: how many images went in, each file left out and why,
/// the near-duplicates to check, and the text version's files.
#[derive(Debug, Default, PartialEq)]
pub struct Report {
    pub used: usize,
    pub left_out: Vec<(String, Reason)>,
    /// Pairs of files that look like the same pledge (both used).
    pub near: Vec<(String, String)>,
    /// The montage's alt text.
    pub alt: String,
    /// The text version: an HTML page and a CSV.
    pub html: PathBuf,
    pub csv: PathBuf,
}

/// The files to read, each with the crop asked for: the folder's files
/// in name order, or only the approved ones (each of which must be there),
/// in the list's order.
fn files(args: &Args) -> Result<Vec<(PathBuf, Option<Focus>)>, String> {
    let dir = &args.dir;
    let listing = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut all: Vec<PathBuf> = listing
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    all.sort();
    let Some(list) = &args.approved else {
        return Ok(all.into_iter().map(|p| (p, None)).collect());
    };
    let text = std::fs::read_to_string(list).map_err(|e| format!("{}: {e}", list.display()))?;
    let approvals = approvals::parse(&text)
        .map_err(|(line, why)| format!("{}, line {line}: {why}", list.display()))?;
    let mut chosen = Vec::new();
    for (line, a) in approvals {
        let path = dir.join(&a.name);
        if !path.is_file() {
            return Err(format!(
                "{}, line {line}: {:?} is not in {}",
                list.display(),
                a.name,
                dir.display()
            ));
        }
        chosen.push((path, a.crop));
    }
    Ok(chosen)
}

/// Makes the montage the arguments ask for.
pub fn run(args: &Args) -> Result<Report, String> {
    let campaign = read_campaign(&args.campaign)?;
    let place = match &args.place {
        Some(p) => p.clone(),
        None => campaign.montage.place.en.clone(),
    };
    let mask = shape_of(args, &campaign)?;
    let paths = files(args)?;
    let (_, area) = area(args.width, args.height, args.gutter, args.title);
    // About each tile's side, with room to spare: decoded no larger, so
    // memory follows the montage, not the originals.
    let side = super::tile_size::cell_side(area.width, area.height, paths.len());
    let max_side = (side * 2).clamp(64, photo::MAX_SIDE);
    // Read and decoded on every core; then taken in name order, so the
    // first of two repeats is the one kept, whatever finished first.
    let bar = ProgressBar::new(paths.len() as u64).with_style(
        ProgressStyle::with_template("reading images {bar:40} {pos}/{len}, {eta} left")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let prepared: Vec<Prepared> = paths
        .par_iter()
        .map(|(path, _)| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let p = match std::fs::read(path) {
                Ok(bytes) => Prepared::new(&name, &bytes, max_side),
                Err(e) => Prepared::unreadable(&name, Reason::Other(e.to_string())),
            };
            bar.inc(1);
            p
        })
        .collect();
    bar.finish_and_clear();
    let mut found = Gathering::default();
    for p in prepared {
        found.take(p);
    }
    if found.images.is_empty() {
        return Err(format!("{}: no image could be used", args.dir.display()));
    }
    let names: Vec<String> = found.images.iter().map(|g| g.name.clone()).collect();
    let mut report = Report {
        left_out: found.left_out,
        near: found
            .near
            .iter()
            .map(|&(a, b)| (names[a].clone(), names[b].clone()))
            .collect(),
        ..Report::default()
    };
    for (name, of) in &found.duplicates {
        report.left_out.push((
            name.clone(),
            Reason::Other(format!("the same picture as {}", names[*of])),
        ));
    }
    let order = match (args.seed, args.by_language) {
        (Some(seed), _) => Order::Shuffled { seed },
        (None, true) => Order::ByLanguage,
        (None, false) => Order::AsAdded,
    };
    let entries: Vec<Entry> = found.images.iter().map(|g| g.entry()).collect();
    let languages: Vec<Option<&str>> = entries
        .iter()
        .map(|e| Some(e.lang.as_str()).filter(|l| !l.is_empty()))
        .collect();
    let positions = arrange(&languages, order);
    let entries: Vec<Entry> = positions.iter().map(|&i| entries[i].clone()).collect();
    // The crops the approvals list asks for, for images without a pledge
    // record (a pledge image's words are never cut off).
    let asked: std::collections::HashMap<String, Focus> = paths
        .iter()
        .filter_map(|(p, c)| Some((p.file_name()?.to_string_lossy().into_owned(), (*c)?)))
        .collect();
    let crop_of = |name: &str| asked.get(name).copied();
    let crops: Vec<Option<Focus>> = positions
        .iter()
        .map(|&i| {
            let g = &found.images[i];
            g.record.is_none().then(|| crop_of(&g.name)).flatten()
        })
        .collect();
    let mut slots: Vec<Option<PackedTile>> =
        found.images.into_iter().map(|g| Some(g.tile)).collect();
    let tiles: Vec<PackedTile> = positions
        .iter()
        .map(|&i| slots[i].take().unwrap())
        .collect();
    let mut renderer = Renderer::new();
    let mut with_place = campaign.clone();
    with_place.montage.place = place.as_str().into();
    if args.title {
        renderer = Renderer::with_fonts_from(&args.fonts)
            .map_err(|e| format!("cannot read the fonts for the title: {e}"))?;
        // The campaign's own typeface, from beside the campaign file.
        let folder = args.campaign.parent().unwrap_or(Path::new(""));
        crate::artwork::give_brand_font(&mut renderer, &campaign, |file| {
            std::fs::read(folder.join(file)).map_err(|e| format!("{file}: {e}"))
        })
        .map_err(|e| format!("{}: {e}", args.campaign.display()))?;
    }
    let alt = text_version::alt_text(&entries, &place);
    let spec = Spec {
        layout: match &mask {
            Some(mask) => Layout::Shape(mask),
            None => Layout::from_name(&args.layout).unwrap_or(Layout::Grid),
        },
        width: args.width,
        height: args.height,
        gutter: args.gutter,
        background: args.background.unwrap_or(title::background(&campaign)),
        format: args.format,
        dpi: args.dpi,
        about: &alt,
        title: args.title.then_some((&with_place, "en")),
        crops: &crops,
    };
    let file = std::fs::File::create(&args.output)
        .map_err(|e| format!("{}: {e}", args.output.display()))?;
    build(tiles, &spec, &mut renderer, std::io::BufWriter::new(file))
        .map_err(|e| format!("{}: {e}", args.output.display()))?;
    report.used = entries.len();
    report.alt = alt;
    let stem = args.output.with_extension("");
    let beside = |ext: &str| {
        let mut name = stem.clone().into_os_string();
        name.push(format!("-pledges.{ext}"));
        PathBuf::from(name)
    };
    let heading = "The pledges in the montage";
    for (path, text) in [
        (
            beside("html"),
            text_version::html(heading, &entries, &place),
        ),
        (beside("csv"), text_version::csv(&entries)),
    ] {
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    (report.html, report.csv) = (beside("html"), beside("csv"));
    Ok(report)
}

/// The campaign file, checked (every problem named with its field).
/// The campaign's shape `--layout` names, read from its image beside the
/// campaign file (`None` for a built-in layout); an unknown name is
/// refused with the names there are.
fn shape_of(args: &Args, campaign: &Campaign) -> Result<Option<Mask>, String> {
    if Layout::from_name(&args.layout).is_some() {
        return Ok(None);
    }
    let shapes = &campaign.montage.shapes;
    let Some(shape) = shapes.iter().find(|s| s.id == args.layout) else {
        let mut names = vec!["grid", "rows", "heart"];
        names.extend(shapes.iter().map(|s| s.id.as_str()));
        let last = names.pop().unwrap_or_default();
        return Err(format!(
            "--layout {:?}: give {} or {last} (the campaign's shapes are in [[montage.shapes]] of {})",
            args.layout,
            names.join(", "),
            args.campaign.display()
        ));
    };
    let folder = args.campaign.parent().unwrap_or(std::path::Path::new(""));
    read_shape(folder, shape)
        .map(Some)
        .map_err(|why| format!("the shape {:?}: {why}", shape.id))
}

/// A campaign's shape, read from its image in `folder` (the campaign
/// file's).
pub fn read_shape(folder: &std::path::Path, shape: &MontageShape) -> Result<Mask, String> {
    let path = folder.join(&shape.mask);
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Mask::from_image(&bytes).map_err(|why| format!("{} {why}", path.display()))
}

fn read_campaign(path: &std::path::Path) -> Result<Campaign, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Campaign::from_toml(&text).map_err(|e| format!("{}: {e}", path.display()))
}
