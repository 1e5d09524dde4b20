//! The targets of a page's words: its Markdown alone, a whole words file,
//! and a procedure's words file (another front matter, the same body). The
//! HTML each gives is where a script would reach a reader.

use std::time::Duration;

use minhbach::fuzz::{self, Output};
use proptest::strategy::Strategy;

use crate::harness::{timed_twice, Gen, Target};
use crate::safety::unsafe_markup;
use crate::strategies::{words_file, words_text};

pub(crate) fn markdown() -> Box<dyn Target> {
    Box::new(Gen {
        name: "markdown with raw HTML",
        strategy: words_text().boxed(),
        check: |text: &String| promises(|| fuzz::markdown(text)),
    })
}

pub(crate) fn file() -> Box<dyn Target> {
    Box::new(Gen {
        name: "words file",
        strategy: words_file().boxed(),
        check: |text: &String| promises(|| fuzz::words(text, false)),
    })
}

pub(crate) fn procedure_file() -> Box<dyn Target> {
    Box::new(Gen {
        name: "procedure words file",
        strategy: words_file().boxed(),
        check: |text: &String| promises(|| fuzz::words(text, true)),
    })
}

fn promises(f: impl Fn() -> Output) -> Result<Duration, String> {
    let (took, output) = timed_twice(f)?;
    if let Some(html) = &output.html {
        if let Some(why) = unsafe_markup(html) {
            return Err(format!("{why} in the output: {html}"));
        }
    }
    Ok(took)
}
