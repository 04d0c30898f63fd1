//! Splits an mbox and counts messages: `cargo run --release --example split -- FILE [--mmap]`.
use unspent_sources::mbox::{Mbox, Sink, SplitProblem};

struct Count {
    wanted: u64,
    skipped: u64,
    bytes: u64,
}

impl Sink for Count {
    fn wants(&mut self, offset: u64, headers: &[u8]) -> bool {
        if std::env::var_os("SPLIT_VERBOSE").is_some() {
            eprintln!("message at {offset}: {} header bytes", headers.len());
        }
        memchr::memmem::find(headers, b"amazon").is_some()
    }
    fn message(&mut self, _offset: u64, raw: &[u8]) {
        self.wanted += 1;
        self.bytes += raw.len() as u64;
    }
    fn skipped(&mut self, offset: u64, len: u64, problem: Option<SplitProblem>) {
        if std::env::var_os("SPLIT_VERBOSE").is_some() {
            eprintln!("skipped {offset}+{len}: {problem:?}");
        }
        self.skipped += 1;
    }
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let path = std::path::Path::new(&args[1]);
    let mut mbox = if args.iter().any(|a| a == "--mmap") {
        // SAFETY: a benchmark file nobody writes to.
        unsafe { Mbox::open_mmap(path)? }
    } else {
        Mbox::open(path)?
    };
    let start = std::time::Instant::now();
    let mut count = Count { wanted: 0, skipped: 0, bytes: 0 };
    let stats = mbox.split(&mut count)?;
    eprintln!(
        "{} messages, {} wanted ({} bytes), {} skipped, {:.3} s (mapped: {})",
        stats.messages,
        count.wanted,
        count.bytes,
        count.skipped,
        start.elapsed().as_secs_f64(),
        mbox.is_mapped()
    );
    Ok(())
}
