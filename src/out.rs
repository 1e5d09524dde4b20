//! Standard output for people and pipes. `println!` panics when the reader
//! has gone (`minhbach --help | head -1`); here that ends the program quietly,
//! as it would any command-line tool, and any other failure to write is
//! said on standard error with exit status 2.

use std::io::{self, Write};

/// Writes `text` and a line end to standard output.
pub(crate) fn line(text: &str) {
    write(text, true);
}

/// Writes `text` as it is to standard output.
pub(crate) fn text(text: &str) {
    write(text, false);
}

fn write(text: &str, newline: bool) {
    let mut stdout = io::stdout().lock();
    let written = stdout
        .write_all(text.as_bytes())
        .and_then(|()| {
            if newline {
                stdout.write_all(b"\n")
            } else {
                Ok(())
            }
        })
        .and_then(|()| stdout.flush());
    match written {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    }
}
