//! What the terminal shows after a build, a check or a preview's rebuild: the
//! mistakes and warnings, then one line that counts them apart. `main` and
//! `serve` both print through here, so they never count differently.

use crate::diagnostics::Diagnostics;

/// Prints every mistake and warning, sorted, each followed by a blank line.
pub(crate) fn print_diagnostics(found: Diagnostics) {
    for d in found.into_sorted() {
        eprintln!("{d}\n");
    }
}

/// "1 mistake and 3 warnings", "2 mistakes", "1 warning", "no mistakes".
pub(crate) fn counts(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, noun: &str| {
        if n == 1 {
            format!("1 {noun}")
        } else {
            format!("{n} {noun}s")
        }
    };
    match (errors, warnings) {
        (0, 0) => "no mistakes".to_string(),
        (e, 0) => plural(e, "mistake"),
        (0, w) => plural(w, "warning"),
        (e, w) => format!("{} and {}", plural(e, "mistake"), plural(w, "warning")),
    }
}

/// "1 page", "136 pages".
pub(crate) fn pages(n: usize) -> String {
    if n == 1 {
        "1 page".to_string()
    } else {
        format!("{n} pages")
    }
}

#[cfg(test)]
mod tests {
    use super::counts;

    #[test]
    fn counts_mistakes_and_warnings_apart() {
        assert_eq!(counts(1, 3), "1 mistake and 3 warnings");
        assert_eq!(counts(2, 0), "2 mistakes");
        assert_eq!(counts(0, 1), "1 warning");
        assert_eq!(counts(0, 0), "no mistakes");
    }
}
