//! `./build.sh bench`'s plan-reading benchmark: the time `Analyzer::targets` takes on a
//! plan file, in process (the dictionary loaded once, as the page and a batch run do), as a
//! ratio to jieba-rs cutting the same text. Issue 11's goal: a 300 KB plan in ≤ 50 ms.
//!
//!     cargo run --release --example plan_reading -- RUNS FILE...

use std::process::ExitCode;
use std::time::{Duration, Instant};

use policylens::{Analyzer, Dictionary};

/// The best of `runs` timings of `f` (the least disturbed by a noisy machine).
fn best(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = std::hint::black_box(f());
        best = best.min(t.elapsed());
    }
    (best, n)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(runs), files) = (
        args.next().and_then(|r| r.parse().ok()),
        args.collect::<Vec<_>>(),
    ) else {
        eprintln!("用法 (usage): plan_reading RUNS FILE...");
        return ExitCode::from(2);
    };
    let analyzer = Analyzer::new(Dictionary::full());
    let jieba = jieba_rs::Jieba::new();
    println!(
        "{:>40} {:>8} {:>12} {:>12} {:>7}",
        "file", "targets", "policylens", "jieba-rs", "ratio"
    );
    for path in &files {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("无法读取 {path} (cannot read it): {e}");
                return ExitCode::FAILURE;
            }
        };
        let (read, targets) = best(runs, || analyzer.targets(&text).targets.len());
        let (cut, _) = best(runs, || jieba.cut(&text, false).len());
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{:>40} {targets:>8} {:>9.1} ms {:>9.1} ms {:>6.2}x",
            format!("{path} ({} KB)", text.len() / 1000),
            ms(read),
            ms(cut),
            ms(read) / ms(cut)
        );
    }
    ExitCode::SUCCESS
}
