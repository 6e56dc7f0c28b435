//! `pledge-montage`: a montage from a folder of images, on the command line
//! (native only; `pledge-montage --help`). Reads JPEG, PNG and WebP,
//! upright by EXIF, shrunk at once to about the size their tiles need; a
//! file it cannot use gets a line saying why and never stops the rest.

use super::compose::{write_png, Plan, Tile};
use super::gather::Gathering;
use super::layout::{grid, rows, Rect, Size};
use super::order::{arrange, Order};
use super::shape::{mosaic, Mask};
use super::text_version::{self, Entry};
use crate::render::photo;
use std::ffi::OsString;
use std::path::PathBuf;

pub const HELP: &str = "\
pledge-montage DIR -o OUT.png [options]

Makes one picture of the images in DIR (JPEG, PNG, WebP; other files are
listed as left out, with the reason; a picture found twice is used once).
Beside OUT.png it writes OUT-pledges.html and OUT-pledges.csv: the alt
text, and the words of the pledges whose images carry them.

  -o, --output FILE     where to write the montage (PNG)
  --layout L            grid (default), rows, or heart
  --size S              square, portrait, story, hd (1920 × 1080),
                        4k (3840 × 2160), a3, a2, a1, or WIDTHxHEIGHT
  --dpi N               for a3, a2 and a1: 150 (default) or 300
  --approved FILE       only the images named in FILE (one file name a
                        line; blank lines and lines starting # ignored)
  --seed N              shuffle, the same way for the same N
  --by-language         grouped by the pledges' languages (as the images
                        carry them; images without one last)
  --place TEXT          where the pledges come from, for the alt text,
                        e.g. \"Leicester, Leicestershire and Rutland\"
  --gutter PX           space between images (default 8)
  --background #RRGGBB  behind and between the images (default #2d1b4e)
  -h, --help            this text
";

/// The command's options.
#[derive(Debug, PartialEq)]
pub struct Args {
    pub dir: PathBuf,
    pub output: PathBuf,
    pub layout: String,
    pub width: u32,
    pub height: u32,
    pub approved: Option<PathBuf>,
    pub seed: Option<u64>,
    pub by_language: bool,
    pub place: String,
    pub gutter: u32,
    pub background: [u8; 3],
}

/// The size in pixels of a named size (`dpi` for paper sizes).
pub fn named_size(name: &str, dpi: u32) -> Result<(u32, u32), String> {
    let paper = |w_mm: u32, h_mm: u32| {
        let px = |mm: u32| ((mm as u64 * dpi as u64 * 10 + 127) / 254) as u32;
        (px(w_mm), px(h_mm))
    };
    Ok(match name {
        "square" => (1080, 1080),
        "portrait" => (1080, 1350),
        "story" => (1080, 1920),
        "hd" => (1920, 1080),
        "4k" => (3840, 2160),
        "a3" => paper(297, 420),
        "a2" => paper(420, 594),
        "a1" => paper(594, 841),
        other => {
            let bad = || {
                format!(
                    "--size {other:?}: give square, portrait, story, hd, 4k, a3, a2, a1 \
                     or WIDTHxHEIGHT, e.g. 2000x1500"
                )
            };
            let (w, h) = other.split_once(['x', '×']).ok_or_else(bad)?;
            let (w, h): (u32, u32) = (
                w.trim().parse().map_err(|_| bad())?,
                h.trim().parse().map_err(|_| bad())?,
            );
            if !(64..=20_000).contains(&w) || !(64..=20_000).contains(&h) {
                return Err(format!(
                    "--size {other:?}: each side from 64 to 20000 pixels"
                ));
            }
            (w, h)
        }
    })
}

/// Reads the arguments (without the program name). `Ok(None)`: help asked.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let mut p = lexopt::Parser::from_args(args);
    let (mut dir, mut output, mut approved, mut seed) = (None, None, None, None);
    let (mut by_language, mut place) = (false, String::new());
    let (mut layout, mut size, mut dpi, mut gutter) =
        ("grid".to_string(), "square".to_string(), 150, 8);
    let mut background = [0x2d, 0x1b, 0x4e];
    let value = |p: &mut lexopt::Parser, name: &str| -> Result<String, String> {
        p.value()
            .map_err(|_| format!("{name} needs a value"))?
            .into_string()
            .map_err(|v| format!("{name}: {v:?} is not valid text"))
    };
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(None),
            Short('o') | Long("output") => output = Some(PathBuf::from(value(&mut p, "--output")?)),
            Long("layout") => layout = value(&mut p, "--layout")?,
            Long("size") => size = value(&mut p, "--size")?,
            Long("dpi") => {
                let v = value(&mut p, "--dpi")?;
                dpi = match v.as_str() {
                    "150" => 150,
                    "300" => 300,
                    _ => return Err(format!("--dpi {v:?}: give 150 or 300")),
                };
            }
            Long("approved") => approved = Some(PathBuf::from(value(&mut p, "--approved")?)),
            Long("seed") => {
                let v = value(&mut p, "--seed")?;
                seed = Some(
                    v.parse()
                        .map_err(|_| format!("--seed {v:?}: give a whole number"))?,
                );
            }
            Long("by-language") => by_language = true,
            Long("place") => place = value(&mut p, "--place")?,
            Long("gutter") => {
                let v = value(&mut p, "--gutter")?;
                gutter = v
                    .parse()
                    .ok()
                    .filter(|g| *g <= 200)
                    .ok_or_else(|| format!("--gutter {v:?}: give pixels from 0 to 200"))?;
            }
            Long("background") => {
                let v = value(&mut p, "--background")?;
                let hex = v
                    .strip_prefix('#')
                    .filter(|h| h.len() == 6 && h.chars().all(|c| c.is_ascii_hexdigit()));
                let hex =
                    hex.ok_or_else(|| format!("--background {v:?}: give a colour as #RRGGBB"))?;
                for (i, b) in background.iter_mut().enumerate() {
                    *b = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap();
                }
            }
            Value(v) if dir.is_none() => dir = Some(PathBuf::from(v)),
            Value(v) => return Err(format!("{v:?}: only one folder of images can be given")),
            other => return Err(other.unexpected().to_string()),
        }
    }
    if by_language && seed.is_some() {
        return Err("--by-language and --seed: choose one order".into());
    }
    if !["grid", "rows", "heart"].contains(&layout.as_str()) {
        return Err(format!("--layout {layout:?}: give grid, rows or heart"));
    }
    let (width, height) = named_size(&size, dpi)?;
    Ok(Some(Args {
        dir: dir.ok_or("give the folder of images, e.g. pledge-montage pledges/ -o montage.png")?,
        output: output.ok_or("give where to write the montage: -o montage.png")?,
        layout,
        width,
        height,
        approved,
        seed,
        by_language,
        place,
        gutter,
        background,
    }))
}

/// What a run did: how many images went in, each file left out and why,
/// the near-duplicates to check, and the text version's files.
#[derive(Debug, Default, PartialEq)]
pub struct Report {
    pub used: usize,
    pub left_out: Vec<(String, String)>,
    /// Pairs of files that look like the same pledge (both used).
    pub near: Vec<(String, String)>,
    /// The montage's alt text.
    pub alt: String,
    /// The text version: an HTML page and a CSV.
    pub html: PathBuf,
    pub csv: PathBuf,
}

/// The files to read: the folder's files in name order, or only the
/// approved ones (each of which must be there).
fn files(args: &Args) -> Result<Vec<PathBuf>, String> {
    let dir = &args.dir;
    let listing = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut all: Vec<PathBuf> = listing
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    all.sort();
    let Some(list) = &args.approved else {
        return Ok(all);
    };
    let text = std::fs::read_to_string(list).map_err(|e| format!("{}: {e}", list.display()))?;
    let mut chosen = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let name = line.trim();
        if name.is_empty() || name.starts_with('#') {
            continue;
        }
        let path = dir.join(name);
        if !path.is_file() {
            return Err(format!(
                "{}, line {}: {name:?} is not in {}",
                list.display(),
                n + 1,
                dir.display()
            ));
        }
        chosen.push(path);
    }
    Ok(chosen)
}

/// Makes the montage the arguments ask for.
pub fn run(args: &Args) -> Result<Report, String> {
    let paths = files(args)?;
    // A margin of one gutter, but never more than a quarter of a side.
    let margin = args.gutter.min(args.width / 4).min(args.height / 4);
    let area = Rect {
        x: margin,
        y: margin,
        width: args.width - 2 * margin,
        height: args.height - 2 * margin,
    };
    // About each tile's side, with room to spare: decoded no larger, so
    // memory follows the montage, not the originals.
    let n = paths.len().max(1) as u64;
    let side = ((area.width as u64 * area.height as u64 / n) as f64).sqrt() as u32;
    let max_side = (side * 2).clamp(64, photo::MAX_SIDE);
    let mut found = Gathering::default();
    for path in &paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match std::fs::read(path) {
            Ok(bytes) => {
                found.add(&name, &bytes, max_side);
            }
            Err(e) => found.left_out.push((name, e.to_string())),
        }
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
        report
            .left_out
            .push((name.clone(), format!("the same picture as {}", names[*of])));
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
    let mut slots: Vec<Option<Tile>> = found.images.into_iter().map(|g| Some(g.tile)).collect();
    let tiles: Vec<Tile> = positions
        .iter()
        .map(|&i| slots[i].take().unwrap())
        .collect();
    let sizes: Vec<Size> = tiles
        .iter()
        .map(|t| Size {
            width: t.width,
            height: t.height,
        })
        .collect();
    let places = match args.layout.as_str() {
        "rows" => rows(&sizes, area, args.gutter),
        "heart" => mosaic(&sizes, area, args.gutter, &Mask::heart(512)),
        _ => grid(&sizes, area, args.gutter),
    }
    .map_err(|e| e.to_string())?;
    let plan = Plan {
        width: args.width,
        height: args.height,
        background: args.background,
        tiles: &tiles,
        places: &places,
    };
    let file = std::fs::File::create(&args.output)
        .map_err(|e| format!("{}: {e}", args.output.display()))?;
    write_png(&plan, 256, std::io::BufWriter::new(file))
        .map_err(|e| format!("{}: {e}", args.output.display()))?;
    report.used = tiles.len();
    report.alt = text_version::alt_text(&entries, &args.place);
    let stem = args.output.with_extension("");
    let beside = |ext: &str| {
        let mut name = stem.clone().into_os_string();
        name.push(format!("-pledges.{ext}"));
        PathBuf::from(name)
    };
    let title = "The pledges in the montage";
    for (path, text) in [
        (
            beside("html"),
            text_version::html(title, &entries, &args.place),
        ),
        (beside("csv"), text_version::csv(&entries)),
    ] {
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    (report.html, report.csv) = (beside("html"), beside("csv"));
    Ok(report)
}
