use cosmic_text::*;
fn main() {
    let mut db = fontdb::Database::new();
    for f in pledge_board::render::fonts::ALL {
        db.load_font_data(std::fs::read(format!("static/fonts/{}", f.file)).unwrap());
    }
    for face in db.faces() {
        println!(
            "{:?} {:?} {:?} {:?}",
            face.id, face.families, face.weight, face.style
        );
    }
    let mut fs = FontSystem::new_with_locale_and_db("en-GB".into(), db);
    let mut b = Buffer::new_empty(Metrics::new(96.0, 120.0));
    b.set_size(Some(800.0), None);
    let text = "ہم سب مل کر نفرت";
    b.set_rich_text(
        [(
            text,
            Attrs::new()
                .weight(Weight::BOLD)
                .family(Family::Name("Noto Nastaliq Urdu")),
        )],
        &Attrs::new(),
        Shaping::Advanced,
        None,
    );
    b.shape_until_scroll(&mut fs, false);
    for run in b.layout_runs() {
        println!(
            "line_w {} top {} h {} y {}",
            run.line_w, run.line_top, run.line_height, run.line_y
        );
        for g in run.glyphs.iter().take(3) {
            println!("  font {:?} x {} w {}", g.font_id, g.x, g.w);
        }
    }
}
