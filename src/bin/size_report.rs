//! `size-report [DIR]`: prints a Markdown table of the raw, gzip and brotli
//! sizes of every file in DIR (default `dist`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    match pledge_board::size_report::measure_dir(std::path::Path::new(&dir)) {
        Ok(files) if !files.is_empty() => {
            print!("{}", pledge_board::size_report::markdown_table(&files));
            println!();
            // The stages of the campaign's own files depend on the campaign.
            let campaign =
                std::fs::read_to_string(std::path::Path::new(&dir).join("campaign.toml"))
                    .ok()
                    .and_then(|t| pledge_board::campaign::Campaign::from_toml(&t).ok());
            print!(
                "{}",
                pledge_board::size_report::stage_table(&files, campaign.as_ref())
            );
            std::process::ExitCode::SUCCESS
        }
        Ok(_) => {
            eprintln!("size-report: {dir} holds no files; build it first with `make dist`");
            std::process::ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("size-report: cannot read {dir}: {e} (build it first with `make dist`)");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
