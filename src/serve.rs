//! A static file server for the release build as a real host serves it
//! (native only; `pledge-serve`, used by `make lighthouse`): brotli when
//! the browser accepts it (each file compressed once, at quality 11, and
//! kept), `application/wasm` for streaming compilation, the hosting
//! Content-Security-Policy from the README, persistent connections.
//! Not a production server: it answers GET and HEAD below one folder.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What is served, and the files compressed so far.
pub struct Site {
    root: PathBuf,
    policy: String,
    compressed: Mutex<HashMap<PathBuf, Arc<Vec<u8>>>>,
}

impl Site {
    /// Serves `root`, with this Content-Security-Policy on every answer.
    pub fn new(root: PathBuf, policy: String) -> Site {
        Site {
            root,
            policy,
            compressed: Mutex::new(HashMap::new()),
        }
    }

    /// Accepts connections on `listener` until the process ends, a thread
    /// for each.
    pub fn run(self, listener: TcpListener) {
        let site = Arc::new(self);
        for stream in listener.incoming().flatten() {
            let site = site.clone();
            std::thread::spawn(move || {
                let _ = site.connection(stream);
            });
        }
    }

    fn connection(&self, stream: TcpStream) -> std::io::Result<()> {
        let mut reader = BufReader::new(stream.try_clone()?);
        let mut out = stream;
        loop {
            let mut request_line = String::new();
            if reader.read_line(&mut request_line)? == 0 {
                return Ok(());
            }
            let mut accepts_br = false;
            let mut close = false;
            let mut length = 0usize;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line)? == 0 {
                    return Ok(());
                }
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                if let Some((name, value)) = line.split_once(':') {
                    let (name, value) = (name.trim().to_ascii_lowercase(), value.trim());
                    match name.as_str() {
                        "accept-encoding" => {
                            accepts_br = value.split(',').any(|e| e.trim().starts_with("br"))
                        }
                        "connection" => close = value.eq_ignore_ascii_case("close"),
                        "content-length" => length = value.parse().unwrap_or(0),
                        _ => {}
                    }
                }
            }
            // A body (none expected) is read past.
            std::io::copy(&mut (&mut reader).take(length as u64), &mut std::io::sink())?;
            let mut parts = request_line.split_whitespace();
            let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
            let head = method == "HEAD";
            let answer = if method == "GET" || head {
                self.answer(target, accepts_br)
            } else {
                Answer::status(405, "Method Not Allowed")
            };
            answer.write(&mut out, &self.policy, head)?;
            if close {
                return Ok(());
            }
        }
    }

    fn answer(&self, target: &str, accepts_br: bool) -> Answer {
        let path = target.split(['?', '#']).next().unwrap_or("/");
        let Some(file) = self.file_for(path) else {
            return Answer::status(404, "Not Found");
        };
        let Ok(raw) = std::fs::read(&file) else {
            return Answer::status(404, "Not Found");
        };
        let kind = content_type(&file);
        let compressible = !matches!(kind, "image/png" | "image/jpeg" | "image/webp");
        let (body, encoding) = if accepts_br && compressible {
            (self.brotli(&file, &raw), Some("br"))
        } else {
            (Arc::new(raw), None)
        };
        Answer {
            status: (200, "OK"),
            kind,
            encoding,
            body,
        }
    }

    /// The file a path names below the root (a folder's `index.html`);
    /// never outside it.
    fn file_for(&self, path: &str) -> Option<PathBuf> {
        let decoded = percent_decode(path)?;
        let relative = Path::new(decoded.trim_start_matches('/'));
        if relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
        {
            return None;
        }
        let mut file = self.root.join(relative);
        if file.is_dir() {
            file = file.join("index.html");
        }
        file.is_file().then_some(file)
    }

    fn brotli(&self, file: &Path, raw: &[u8]) -> Arc<Vec<u8>> {
        if let Some(done) = self.compressed.lock().unwrap().get(file) {
            return done.clone();
        }
        let mut out = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 22,
            ..Default::default()
        };
        let _ = brotli::BrotliCompress(&mut &raw[..], &mut out, &params);
        let out = Arc::new(out);
        self.compressed
            .lock()
            .unwrap()
            .insert(file.to_owned(), out.clone());
        out
    }
}

struct Answer {
    status: (u16, &'static str),
    kind: &'static str,
    encoding: Option<&'static str>,
    body: Arc<Vec<u8>>,
}

impl Answer {
    fn status(code: u16, why: &'static str) -> Answer {
        Answer {
            status: (code, why),
            kind: "text/plain; charset=utf-8",
            encoding: None,
            body: Arc::new(why.as_bytes().to_vec()),
        }
    }

    fn write(&self, out: &mut TcpStream, policy: &str, head: bool) -> std::io::Result<()> {
        let mut h = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\
             Content-Security-Policy: {policy}\r\nX-Content-Type-Options: nosniff\r\n\
             Referrer-Policy: no-referrer\r\nCache-Control: no-cache\r\nVary: Accept-Encoding\r\n",
            self.status.0,
            self.status.1,
            self.kind,
            self.body.len()
        );
        if let Some(e) = self.encoding {
            h.push_str(&format!("Content-Encoding: {e}\r\n"));
        }
        h.push_str("\r\n");
        out.write_all(h.as_bytes())?;
        if !head {
            out.write_all(&self.body)?;
        }
        out.flush()
    }
}

/// The media type for a file, by its extension.
pub fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ttf" => "font/ttf",
        "woff2" => "font/woff2",
        "json" => "application/json",
        "toml" | "ftl" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// `%xx` escapes decoded; `None` if they do not make UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_below_the_root_and_escapes_decode() {
        let dir = std::env::temp_dir().join(format!("pledge-serve-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("a b")).unwrap();
        std::fs::write(dir.join("a b/index.html"), "x").unwrap();
        let site = Site::new(dir.clone(), String::new());
        assert_eq!(site.file_for("/a%20b/"), Some(dir.join("a b/index.html")));
        assert_eq!(site.file_for("/../etc/passwd"), None);
        assert_eq!(site.file_for("/a%20b/%2e%2e/%2e%2e/x"), None);
        assert_eq!(site.file_for("/%zz"), None);
        assert_eq!(content_type(Path::new("x.wasm")), "application/wasm");
    }
}
