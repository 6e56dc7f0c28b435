//! `pledge-montage`'s arguments: what they may be, read into [`Args`],
//! each bad one refused in words.

use crate::montage::build::{named_size, Format};
use std::ffi::OsString;
use std::path::PathBuf;

pub const HELP: &str = "\
pledge-montage DIR -o OUT.png|OUT.jpg|OUT.pdf [options]

Makes one picture of the images in DIR (JPEG, PNG, WebP; other files are
listed as left out, with the reason; a picture found twice is used once).
Beside OUT.png it writes OUT-pledges.html and OUT-pledges.csv: the alt
text, and the words of the pledges whose images carry them.

  -o, --output FILE     where to write the montage: FILE.png, FILE.jpg, or
                        FILE.pdf for print (one page the size of the
                        picture at --dpi, each image lossless)
  --layout L            grid (default), rows, heart, or the id of a shape
                        in the campaign file ([[montage.shapes]])
  --size S              square, portrait, story, hd (1920 × 1080),
                        4k (3840 × 2160), a3, a2, a1, or WIDTHxHEIGHT
  --dpi N               150 (default) or 300: the pixels of a3, a2 and a1,
                        and the page size of a PDF
  --approved FILE       only the images named in FILE, in its order (one
                        file name a line; after a tab, 'crop X Y' cuts a
                        photo to the montage's shape around X and Y
                        hundredths across and down; lines starting # are
                        ignored): the montage page's approvals list
  --seed N              shuffle, the same way for the same N
  --by-language         grouped by the pledges' languages (as the images
                        carry them; images without one last)
  --campaign FILE       the campaign: its colours, name, hashtags and
                        place (default static/campaign.toml)
  --fonts DIR           the fonts for the title (default static/fonts)
  --no-title            no title band (name, count and place, hashtags)
  --place TEXT          where the pledges come from, for the title and
                        alt text (default: the campaign's [montage] place)
  --gutter PX           space between images (default 8)
  --background #RRGGBB  behind and between the images (default: the
                        campaign's main colour, darker)
  -h, --help            this text
";

/// The command's options.
#[derive(Debug, PartialEq)]
pub struct Args {
    pub dir: PathBuf,
    pub output: PathBuf,
    /// From the output's extension.
    pub format: Format,
    pub layout: String,
    pub width: u32,
    pub height: u32,
    /// For paper sizes' pixels, and a PDF's page.
    pub dpi: u32,
    pub approved: Option<PathBuf>,
    pub seed: Option<u64>,
    pub by_language: bool,
    /// `None`: the campaign's.
    pub place: Option<String>,
    pub campaign: PathBuf,
    pub fonts: PathBuf,
    pub title: bool,
    pub gutter: u32,
    /// `None`: the campaign's.
    pub background: Option<[u8; 3]>,
}

/// The format a file name asks for by its extension.
fn format_of(path: &std::path::Path) -> Result<Format, String> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("png") => Ok(Format::Png),
        Some("jpg" | "jpeg") => Ok(Format::Jpeg),
        Some("pdf") => Ok(Format::Pdf),
        _ => Err(format!(
            "-o {}: name a .png, .jpg or .pdf file",
            path.display()
        )),
    }
}

/// Reads the arguments (without the program name). `Ok(None)`: help asked.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let mut p = lexopt::Parser::from_args(args);
    let (mut dir, mut output, mut approved, mut seed) = (None, None, None, None);
    let (mut by_language, mut place, mut title) = (false, None, true);
    let mut campaign = PathBuf::from("static/campaign.toml");
    let mut fonts = PathBuf::from("static/fonts");
    let (mut layout, mut size, mut dpi, mut gutter) =
        ("grid".to_string(), "square".to_string(), 150, 8);
    let mut background = None;
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
            Long("place") => place = Some(value(&mut p, "--place")?),
            Long("campaign") => campaign = value(&mut p, "--campaign")?.into(),
            Long("fonts") => fonts = value(&mut p, "--fonts")?.into(),
            Long("no-title") => title = false,
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
                let mut rgb = [0; 3];
                for (i, b) in rgb.iter_mut().enumerate() {
                    *b = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap();
                }
                background = Some(rgb);
            }
            Value(v) if dir.is_none() => dir = Some(PathBuf::from(v)),
            Value(v) => return Err(format!("{v:?}: only one folder of images can be given")),
            other => return Err(other.unexpected().to_string()),
        }
    }
    if by_language && seed.is_some() {
        return Err("--by-language and --seed: choose one order".into());
    }
    // A shape's id is checked against the campaign file when it is read.
    if layout.is_empty() {
        return Err("--layout \"\": give grid, rows, heart or a shape of the campaign's".into());
    }
    let (width, height) = named_size(&size, dpi)?;
    let output: PathBuf = output.ok_or("give where to write the montage: -o montage.png")?;
    Ok(Some(Args {
        dir: dir.ok_or("give the folder of images, e.g. pledge-montage pledges/ -o montage.png")?,
        format: format_of(&output)?,
        output,
        layout,
        width,
        height,
        dpi,
        approved,
        seed,
        by_language,
        place,
        campaign,
        fonts,
        title,
        gutter,
        background,
    }))
}
