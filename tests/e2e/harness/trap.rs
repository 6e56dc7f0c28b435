//! A loopback listener posing as the browser's proxy, so that a request to
//! any origin but loopback is seen, in every engine.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A loopback listener posing as the browser's proxy: it records the first
/// line of every request sent to it and refuses them all.
pub(super) struct Trap {
    pub port: u16,
    pub seen: Arc<Mutex<Vec<String>>>,
}

impl Trap {
    pub fn start() -> Trap {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the trap");
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        // Lives as long as the test process; it only ever answers 403.
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut stream = stream;
                let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                let mut buf = [0u8; 2048];
                let n = stream.read(&mut buf).unwrap_or(0);
                let text = String::from_utf8_lossy(&buf[..n]);
                if let Some(line) = text.lines().next().filter(|l| !l.is_empty()) {
                    log.lock().unwrap().push(line.to_owned());
                }
                let _ = stream.write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
            }
        });
        Trap { port, seen }
    }
}
