//! A browser's processes: its WebDriver, everything the driver started (the
//! browser, its content processes, helpers) and WebKit's virtual display,
//! all killed when the test lets go of them, even after a panic; then the
//! session's folder (profile, downloads) is removed.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

pub(super) struct Driver {
    driver: Child,
    display: Option<Child>,
    /// The session's folder (`engines::scratch`).
    scratch: PathBuf,
}

impl Driver {
    pub fn new(driver: Child, display: Option<Child>, scratch: PathBuf) -> Driver {
        Driver {
            driver,
            display,
            scratch,
        }
    }

    /// The ids of the driver's descendants (the browser, its renderers or
    /// content processes, workers' hosts, GPU and utilities).
    pub fn processes(&self) -> Vec<u32> {
        let mut parent_of: Vec<(u32, u32)> = Vec::new();
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            // /proc/PID/stat: "pid (name) state ppid ...": the name may hold spaces.
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
            if let Some(ppid) = after_name
                .split_whitespace()
                .nth(1)
                .and_then(|p| p.parse().ok())
            {
                parent_of.push((pid, ppid));
            }
        }
        let mut found = vec![self.driver.id()];
        let mut i = 0;
        while i < found.len() {
            let parent = found[i];
            found.extend(
                parent_of
                    .iter()
                    .filter(|(_, pp)| *pp == parent)
                    .map(|(p, _)| *p),
            );
            i += 1;
        }
        found.remove(0);
        found
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // A browser outlives its killed driver: stop its processes first,
        // found while they are still the driver's descendants.
        let browser = self.processes();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        if !browser.is_empty() {
            let _ = Command::new("kill")
                .arg("-KILL")
                .args(browser.iter().map(u32::to_string))
                .stderr(Stdio::null())
                .status();
        }
        if let Some(display) = &mut self.display {
            let _ = display.kill();
            let _ = display.wait();
        }
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

#[allow(dead_code)]
/// The resident memory of these processes together, in bytes (a
/// browser's, from `/proc`: gone ones count nothing).
pub fn resident_bytes(pids: &[u32]) -> u64 {
    pids.iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/status")).ok())
        .filter_map(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse::<u64>().ok())
        })
        .sum::<u64>()
        * 1024
}

#[allow(dead_code)]
/// The largest [`resident_bytes`] of some processes, sampled on a thread
/// of its own every `every` until [`PeakMemory::stop`] (benchmarks).
pub struct PeakMemory {
    peak: std::sync::Arc<std::sync::atomic::AtomicU64>,
    running: std::sync::Arc<std::sync::atomic::AtomicBool>,
    sampler: std::thread::JoinHandle<()>,
}

#[allow(dead_code)]
impl PeakMemory {
    pub fn start(pids: Vec<u32>, every: std::time::Duration) -> PeakMemory {
        use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
        use std::sync::Arc;
        let peak = Arc::new(AtomicU64::new(resident_bytes(&pids)));
        let running = Arc::new(AtomicBool::new(true));
        let sampler = {
            let (peak, running) = (peak.clone(), running.clone());
            std::thread::spawn(move || {
                while running.load(Ordering::Relaxed) {
                    peak.fetch_max(resident_bytes(&pids), Ordering::Relaxed);
                    std::thread::sleep(every);
                }
            })
        };
        PeakMemory {
            peak,
            running,
            sampler,
        }
    }

    /// Stops sampling: the peak, in bytes.
    pub fn stop(self) -> u64 {
        use std::sync::atomic::Ordering;
        self.running.store(false, Ordering::Relaxed);
        let _ = self.sampler.join();
        self.peak.load(Ordering::Relaxed)
    }
}
