//! The yardstick of `./build.sh bench`: jieba-rs alone, as a whole process.
//!
//! PolicyLens's analysis should cost little more than segmenting the text (the goal is at
//! most 2× this, ideally 1.4×), so the benchmark times this program on the same files as
//! `policylens analyze --format json FILE`: load jieba's embedded dictionary, cut the file
//! once by the dictionary alone (the HMM off, as the analyzer cuts), print the word count so that nothing is
//! optimised away.
//!
//!     cargo run --release --example jieba_baseline -- FILE

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("用法 (usage): jieba_baseline FILE");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("无法读取 {} (cannot read it): {e}", path.to_string_lossy());
            return ExitCode::FAILURE;
        }
    };
    let jieba = jieba_rs::Jieba::new();
    let words = jieba.cut(&text, false);
    println!("{}", words.len());
    ExitCode::SUCCESS
}
