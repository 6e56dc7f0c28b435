//! The `pledge-render` command: renders a pledge image from a campaign file
//! on the command line, or checks a campaign file. Native only.

use crate::campaign::Campaign;
use crate::render::{Pledge, Renderer};
use std::ffi::OsString;

mod artwork;
mod fallback_pages;
mod print_board;
pub use fallback_pages::fallback_places;
use fallback_pages::write_fallback;
use print_board::print;
use std::path::{Path, PathBuf};

pub const USAGE: &str = "\
Usage: pledge-render [OPTIONS] --text TEXT -o FILE.png
       pledge-render [OPTIONS] --print a4|letter [--save-ink] -o FILE.pdf
       pledge-render [--campaign FILE] --check
       pledge-render [--campaign FILE] --draw-artwork
       pledge-render [--campaign FILE] --contact-sheet -o FILE.png
       pledge-render [--campaign FILE] --write-fallback DIR

Renders a pledge board image as PNG.

Options:
  --campaign FILE   campaign file (default: static/campaign.toml)
  --board ID        board design (default: the campaign's first)
  --size ID         export size, e.g. square, portrait, story (default: the first)
  --text TEXT       the pledge
  --name NAME       shown as \"— NAME\" under the pledge
  --date DATE       shown after the name
  --lang TAG        the pledge's language, e.g. ur, ar, pl (the board's
                    labels too, where the campaign words them for it)
  --photo FILE      a JPEG, PNG or WebP photo for the board's frame
  --zoom PERCENT    the photo's zoom, 100 (fills the frame) to 400
  --move X,Y        the photo's position, each -1000 to 1000 (0,0: centred)
  --paper           the photo is a pledge written on paper: it fills the
                    image, with the hashtag strip (if the campaign allows
                    it); --text is then what it says (may be empty)
  --fonts DIR       where the fonts are (default: static/fonts)
  -o, --output FILE where to write the PNG (or the PDF, with --print)
  --print a4|letter a blank board to print instead: the board (--board)
                    with its writing area lined, and a page of
                    instructions in --lang's language, as a PDF
  --save-ink        with --print: the artwork in light tints
  --check           only check the campaign file, listing every problem
  --contact-sheet   draw every board at every size in every language, with
                    the longest and the shortest example quote, a name and
                    a placeholder photo, small, on one PNG (-o), to sign off
  --draw-artwork    draw the boards' artwork layers ahead, at every size,
                    into the file the campaign names as drawn_artwork, so
                    the page need not draw them (run it again after
                    changing a layer's file or place)
  --write-fallback DIR
                    write what the page takes from the campaign file, after
                    each edit of it: its prepared form, which the editor
                    reads quickly (DIR/campaign.prepared.json), and the page
                    for browsers that cannot run the app, in the campaign's
                    words: DIR/index.html's <noscript> and a page per
                    language in DIR/fallback/ (or, in the source tree,
                    static/campaign.prepared.json, index.html and
                    static/fallback/)
  -h, --help        show this help";

/// What the command was asked to do.
#[derive(Debug, PartialEq)]
pub struct Args {
    pub campaign: PathBuf,
    pub fonts: PathBuf,
    pub board: Option<String>,
    pub size: Option<String>,
    pub pledge: Pledge,
    pub output: Option<PathBuf>,
    pub photo: Option<PathBuf>,
    pub check: bool,
    /// Draw the boards' artwork ahead into the campaign's `drawn_artwork`.
    pub draw_artwork: bool,
    /// Draw the campaign's contact sheet (into `output`).
    pub contact_sheet: bool,
    pub write_fallback: Option<PathBuf>,
    /// A blank board to print on this paper, instead of a pledge image.
    pub print: Option<crate::print::Paper>,
    pub save_ink: bool,
    pub help: bool,
}

/// Reads the arguments (without the program name).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Args, String> {
    use lexopt::prelude::*;
    let mut a = Args {
        campaign: "static/campaign.toml".into(),
        fonts: "static/fonts".into(),
        board: None,
        size: None,
        pledge: Pledge::default(),
        output: None,
        photo: None,
        check: false,
        draw_artwork: false,
        contact_sheet: false,
        write_fallback: None,
        print: None,
        save_ink: false,
        help: false,
    };
    let mut text = None;
    let mut p = lexopt::Parser::from_args(args);
    let value = |p: &mut lexopt::Parser, name: &str| -> Result<String, String> {
        let v = p.value().map_err(|_| format!("{name} needs a value"))?;
        v.into_string()
            .map_err(|v| format!("{name}: {v:?} is not valid text"))
    };
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Long("campaign") => a.campaign = value(&mut p, "--campaign")?.into(),
            Long("fonts") => a.fonts = value(&mut p, "--fonts")?.into(),
            Long("board") => a.board = Some(value(&mut p, "--board")?),
            Long("size") => a.size = Some(value(&mut p, "--size")?),
            Long("text") => text = Some(value(&mut p, "--text")?),
            Long("name") => a.pledge.name = value(&mut p, "--name")?,
            Long("date") => a.pledge.date = value(&mut p, "--date")?,
            Long("lang") => a.pledge.lang = Some(value(&mut p, "--lang")?),
            Short('o') | Long("output") => a.output = Some(value(&mut p, "--output")?.into()),
            Long("photo") => a.photo = Some(value(&mut p, "--photo")?.into()),
            Long("zoom") => {
                let v = value(&mut p, "--zoom")?;
                a.pledge.placement.zoom = v
                    .trim_end_matches('%')
                    .parse()
                    .map_err(|_| format!("--zoom {v:?}: give a percentage, e.g. 150"))?;
            }
            Long("move") => {
                let v = value(&mut p, "--move")?;
                let xy: Vec<i32> = v
                    .split(',')
                    .map(|n| n.trim().parse())
                    .collect::<Result<_, _>>()
                    .map_err(|_| format!("--move {v:?}: give X,Y, e.g. -500,0"))?;
                let [x, y] = xy[..] else {
                    return Err(format!("--move {v:?}: give X,Y, e.g. -500,0"));
                };
                (a.pledge.placement.x, a.pledge.placement.y) = (x, y);
            }
            Long("check") => a.check = true,
            Long("draw-artwork") => a.draw_artwork = true,
            Long("contact-sheet") => a.contact_sheet = true,
            Long("print") => {
                let v = value(&mut p, "--print")?;
                a.print = Some(
                    crate::print::Paper::from_id(&v)
                        .ok_or_else(|| format!("--print {v:?}: give a4 or letter"))?,
                );
            }
            Long("save-ink") => a.save_ink = true,
            Long("paper") => a.pledge.paper = true,
            Long("write-fallback") => {
                a.write_fallback = Some(value(&mut p, "--write-fallback")?.into())
            }
            Short('h') | Long("help") => a.help = true,
            Value(v) => {
                return Err(format!(
                    "unexpected argument {v:?}; put the pledge after --text"
                ))
            }
            Long(other) => return Err(format!("--{other} is not an option of pledge-render")),
            Short(other) => return Err(format!("-{other} is not an option of pledge-render")),
        }
    }
    if a.help || a.check || a.draw_artwork || a.write_fallback.is_some() {
        return Ok(a);
    }
    let wanted = if a.print.is_some() {
        "pdf"
    } else if a.contact_sheet {
        "png"
    } else {
        a.pledge.text = text.ok_or("--text is missing: what is the pledge?")?;
        "png"
    };
    match &a.output {
        None if wanted == "pdf" => {
            return Err("-o FILE.pdf is missing: where should the board go?".into())
        }
        None => return Err("-o FILE.png is missing: where should the image go?".into()),
        Some(o) if o.extension().and_then(|e| e.to_str()) != Some(wanted) => {
            return Err(format!(
                "{}: the output must be a .{wanted} file",
                o.display()
            ))
        }
        _ => {}
    }
    Ok(a)
}

/// Runs the command; returns what to print, or the error message.
pub fn run(a: &Args) -> Result<String, String> {
    if a.help {
        return Ok(USAGE.into());
    }
    let text = std::fs::read_to_string(&a.campaign)
        .map_err(|e| format!("cannot read {}: {e}", a.campaign.display()))?;
    let campaign = Campaign::from_toml(&text).map_err(|e| match e {
        // Each problem with its line.
        crate::campaign::CampaignError::Invalid(problems) => format!(
            "{}: the campaign file has {} problem(s):\n- {}",
            a.campaign.display(),
            problems.len(),
            crate::campaign::lines::located(&text, &problems).join("\n- ")
        ),
        e => format!("{}: {e}", a.campaign.display()),
    })?;
    if let Some(root) = &a.write_fallback {
        let prepared = fallback_pages::write_prepared(&campaign, &text, root)?;
        return Ok(format!("{prepared}\n{}", write_fallback(&campaign, root)?));
    }
    if a.check {
        return artwork::check(a, &campaign, &text);
    }
    if a.draw_artwork {
        return artwork::draw_ahead(a, &campaign);
    }
    if a.contact_sheet {
        return artwork::contact_sheet(a, &campaign);
    }
    let board = choose(
        "--board",
        &a.board,
        campaign.boards.iter().map(|b| b.id.as_str()),
    )?;
    let size = choose(
        "--size",
        &a.size,
        campaign.sizes.iter().map(|s| s.id.as_str()),
    )?;
    let mut renderer =
        Renderer::with_fonts_from(&a.fonts).map_err(|e| format!("cannot read the fonts: {e}"))?;
    // The boards' artwork layers and brand font, from beside the campaign file.
    let folder = a.campaign.parent().unwrap_or(Path::new(""));
    crate::artwork::prepare_from(&mut renderer, &campaign, folder)
        .map_err(|e| format!("{}: {e}", a.campaign.display()))?;
    if let Some(paper) = a.print {
        return print(a, &campaign, &board, paper, &mut renderer);
    }
    if let Some(path) = &a.photo {
        let bytes =
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let photo = crate::render::photo::decode(
            &bytes,
            crate::render::placement::photo_side_needed(&campaign),
        )
        .map_err(|e| format!("{}: {e}", path.display()))?;
        renderer.set_photo(Some(photo));
    }
    let image = renderer
        .render(&campaign, &board, &size, &a.pledge)
        .map_err(|e| e.to_string())?;
    let out = a.output.as_ref().expect("parse() requires it");
    std::fs::write(out, image.to_png())
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(format!(
        "wrote {} ({}×{}, board {board}, text at {} px)",
        out.display(),
        image.width,
        image.height,
        image.font_size_px
    ))
}

/// The id asked for with `flag` if the campaign has it, else the first.
fn choose<'a>(
    flag: &str,
    wanted: &Option<String>,
    ids: impl Iterator<Item = &'a str>,
) -> Result<String, String> {
    let ids: Vec<&str> = ids.collect();
    match wanted {
        None => Ok(ids[0].to_owned()),
        Some(w) if ids.contains(&w.as_str()) => Ok(w.clone()),
        Some(w) => Err(format!(
            "{flag} {w:?} is not in the campaign; it has {}",
            ids.join(", ")
        )),
    }
}
