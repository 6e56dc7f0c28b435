//! `pledge-serve [DIR] [PORT]`: serves the release build (default `dist`,
//! port 8081) as a real host would: brotli, the hosting policy
//! (`src/serve.rs`). Used by `make lighthouse`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "dist".into());
    let port = args.next().unwrap_or_else(|| "8081".into());
    let policy = std::fs::read_to_string("hosting/content-security-policy.txt")
        .map(|p| p.trim().replace("{force-origins}", ""))
        .unwrap_or_default();
    let listener = match std::net::TcpListener::bind(format!("127.0.0.1:{port}")) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("pledge-serve: cannot listen on 127.0.0.1:{port}: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    println!("pledge-serve: {dir} on http://127.0.0.1:{port}/ (brotli)");
    pledge_board::serve::Site::new(dir.into(), policy).run(listener);
    std::process::ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
