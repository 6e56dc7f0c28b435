//! `pledge-render`: render a pledge image, or check a campaign file, from
//! the command line (`pledge-render --help`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use pledge_board::cli;
    let result = cli::parse(std::env::args_os().skip(1)).and_then(|args| cli::run(&args));
    match result {
        Ok(message) => {
            println!("{message}");
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("pledge-render: {message}\n(pledge-render --help lists the options)");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
