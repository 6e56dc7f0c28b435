//! Times reading a photo natively, step by step:
//! `cargo run --release --example photo_timing -- FILE`.
use image::ImageDecoder;

fn main() {
    let path = std::env::args().nth(1).expect("a photo file");
    let bytes = std::fs::read(path).unwrap();
    for _ in 0..2 {
        let t = std::time::Instant::now();
        let dec = image::ImageReader::new(std::io::Cursor::new(&bytes))
            .with_guessed_format()
            .unwrap()
            .into_decoder()
            .unwrap();
        let (w, h) = dec.dimensions();
        let img = image::DynamicImage::from_decoder(dec).unwrap();
        let t1 = t.elapsed();
        let small = img.thumbnail(1296, 1296);
        let t2 = t.elapsed();
        let _rgba = small.into_rgba8();
        let t3 = t.elapsed();
        println!(
            "{w}×{h}: decode {t1:?}, thumbnail {:?}, rgba {:?}",
            t2 - t1,
            t3 - t2
        );
        let t = std::time::Instant::now();
        let p = pledge_board::render::photo::decode(&bytes, 1296).unwrap();
        println!(
            "render::photo::decode: {:?} → {}×{}",
            t.elapsed(),
            p.width,
            p.height
        );
    }
}
