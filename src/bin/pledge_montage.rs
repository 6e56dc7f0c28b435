//! `pledge-montage`: a montage from a folder of images (`pledge-montage
//! --help`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use pledge_board::montage::command;
    match command::parse(std::env::args_os().skip(1)) {
        Ok(None) => {
            print!("{}", command::HELP);
            std::process::ExitCode::SUCCESS
        }
        Ok(Some(args)) => match command::run(&args) {
            Ok(report) => {
                for (file, why) in &report.left_out {
                    eprintln!("left out {file}: {why}");
                }
                for (a, b) in &report.near {
                    eprintln!("check {a}: it looks like {b} (both are in)");
                }
                println!(
                    "{}: {} images, {} left out",
                    args.output.display(),
                    report.used,
                    report.left_out.len()
                );
                println!("alt text: {}", report.alt);
                println!(
                    "text version: {} and {}",
                    report.html.display(),
                    report.csv.display()
                );
                std::process::ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("pledge-montage: {message}");
                std::process::ExitCode::from(1)
            }
        },
        Err(message) => {
            eprintln!("pledge-montage: {message}\n(pledge-montage --help lists the options)");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
