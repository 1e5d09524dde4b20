//! QR codes of permanent addresses, as SVG: what the printed book and the
//! leaflets carry beside each address, so that a reader of the paper reaches
//! the page with a phone. The `qrcode` crate encodes; the modules are drawn
//! here as one path of horizontal runs, about a tenth of the crate's own SVG
//! (one rectangle per module), since a book carries one code per project.
//!
//! The mask is fixed rather than chosen by the crate's scoring of all eight:
//! the scoring was a quarter of a 10,000-project build (20,000 codes), and
//! any of the eight masks is a valid code that a phone reads (the test
//! decodes each code with a separate reader, `rqrr`).

use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::{Color, EcLevel};

/// Modules of white around the code, as the standard asks of a reader.
const QUIET_ZONE: usize = 4;

/// The QR code of `text` as a standalone SVG document (no XML declaration, so
/// that the same text also stands inside an HTML page). The light modules are
/// the background a white paper gives. `None` when the text is too long for
/// any QR code (over 2,300 bytes; an address never is).
pub(crate) fn svg(text: &str) -> Option<String> {
    // Medium correction: a code printed on a leaflet survives a fold or a stain.
    let level = EcLevel::M;
    let bits = qrcode::bits::encode_auto(text.as_bytes(), level).ok()?;
    let version = bits.version();
    let (data, correction) =
        qrcode::ec::construct_codewords(&bits.into_bytes(), version, level).ok()?;
    let mut canvas = Canvas::new(version, level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &correction);
    canvas.apply_mask(MaskPattern::Checkerboard);
    let colors = canvas.into_colors();
    let width = usize::try_from(version.width()).ok()?;
    let size = width + 2 * QUIET_ZONE;
    // Written as bytes, each number digit by digit: the path of a code has
    // some two hundred runs, and a string's `push_str` of one to three bytes
    // was a call to `memcpy` each time.
    let mut path: Vec<u8> = Vec::with_capacity(width * width);
    for (y, row) in colors.chunks_exact(width).enumerate() {
        let mut x = 0;
        while let Some(start) = row[x..].iter().position(|c| *c == Color::Dark) {
            let start = x + start;
            let end = row[start..]
                .iter()
                .position(|c| *c == Color::Light)
                .map_or(width, |length| start + length);
            // A stroke one module thick along the middle of the row:
            // `M{x} {y}.5h{length}`.
            path.push(b'M');
            push_number(&mut path, start + QUIET_ZONE);
            path.push(b' ');
            push_number(&mut path, y + QUIET_ZONE);
            path.extend_from_slice(b".5h");
            push_number(&mut path, end - start);
            x = end;
        }
    }
    let path = String::from_utf8(path).expect("a path of ASCII digits and letters");
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path stroke=\"#000\" d=\"{path}\"/></svg>"
    ))
}

/// `n` in decimal digits; a code's numbers are under 200 (its width with
/// the quiet zone), written without a loop.
#[inline]
fn push_number(out: &mut Vec<u8>, n: usize) {
    const DIGITS: &[u8; 10] = b"0123456789";
    match n {
        0..=9 => out.push(DIGITS[n]),
        10..=99 => out.extend_from_slice(&[DIGITS[n / 10], DIGITS[n % 10]]),
        100..=999 => out.extend_from_slice(&[DIGITS[n / 100], DIGITS[n / 10 % 10], DIGITS[n % 10]]),
        _ => out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::{push_number, svg};

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 9, 10, 42, 99, 100, 185, 1000, 12_345] {
            let mut out = b"M".to_vec();
            push_number(&mut out, n);
            assert_eq!(out, format!("M{n}").into_bytes());
        }
    }

    /// The SVG's modules, read back from its path: the same grid the crate
    /// encoded, row by row.
    fn modules(svg: &str) -> Vec<Vec<bool>> {
        let size: usize = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .and_then(|s| s.parse().ok())
            .expect("a square viewBox");
        let mut grid = vec![vec![false; size]; size];
        let d = svg
            .split(" d=\"")
            .nth(1)
            .expect("a path")
            .split('"')
            .next()
            .unwrap();
        for run in d.split('M').filter(|r| !r.is_empty()) {
            let (x, rest) = run.split_once(' ').unwrap();
            let (y, length) = rest.split_once('h').unwrap();
            let x: usize = x.parse().unwrap();
            let y: usize = y.trim_end_matches(".5").parse().unwrap();
            for cell in &mut grid[y][x..x + length.parse::<usize>().unwrap()] {
                *cell = true;
            }
        }
        grid
    }

    /// What a phone's reader makes of the drawn modules: each module
    /// printed as a square of 4×4 pixels.
    fn read(grid: &[Vec<bool>]) -> String {
        const SCALE: usize = 4;
        let size = grid.len() * SCALE;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
            if grid[y / SCALE][x / SCALE] {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        grids[0].decode().expect("a readable code").1
    }

    #[test]
    fn a_reader_reads_back_each_address_from_short_to_long() {
        for text in [
            "https://ngo.example.gov.vn/vi/",
            "https://ngo.example.gov.vn/en/projects/truong-mam-non-tien-phong/",
            "https://xn--ngo-phu-th-9za.example.gov.vn/vi/du-an/linh-vuc/nuoc-sach-va-ve-sinh-moi-truong-nong-thon/dia-ban/xa-tien-phong-huyen-thanh-son/",
            &format!("https://ngo.example.gov.vn/vi/du-an/{}/", "a".repeat(300)),
        ] {
            let drawn = modules(&svg(text).unwrap());
            assert!(
                drawn[..4].iter().flatten().all(|dark| !dark),
                "the quiet zone is white"
            );
            assert_eq!(read(&drawn), text);
        }
    }

    #[test]
    fn text_too_long_for_any_code_has_none() {
        assert!(svg(&"x".repeat(3000)).is_none());
    }

    #[test]
    fn is_svg_that_stands_in_html_as_it_is() {
        let svg = svg("https://ngo.example.gov.vn/vi/").unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(!svg.contains("<?xml"));
    }
}
