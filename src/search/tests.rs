use std::path::Path;
use std::process::Command;

use super::*;

/// An index of documents given as (title, summary), built as the site's is.
fn index(docs: &[(&str, &str)]) -> Index {
    let mut c = Collector::default();
    for (n, (title, body)) in docs.iter().enumerate() {
        let doc = Doc {
            url: format!("/{n}/"),
            title: (*title).to_string(),
            kind: "projects",
            summary: String::new(),
            status: "seeking",
            lang: String::new(),
        };
        c.push(doc, &[(title, TITLE), (body, SUMMARY)]);
    }
    c.finish()
}

#[test]
fn tokens_are_lowercase_nfc_words() {
    let decomposed = "Gia\u{301}o du\u{323}c, HB-GD-2021";
    assert_eq!(tokens(decomposed), ["giáo", "dục", "hb", "gd", "2021"]);
}

#[test]
fn finds_vietnamese_typed_without_diacritics() {
    let i = index(&[
        ("Đường liên thôn", ""),
        ("Trường mầm non", "giáo dục mầm non"),
        ("Cầu treo Đà Bắc", ""),
    ]);
    assert_eq!(query(&i, "duong"), [0]);
    assert_eq!(query(&i, "giao duc"), [1]);
    assert_eq!(query(&i, "da bac"), [2]);
}

#[test]
fn exact_diacritics_rank_higher_than_other_spellings() {
    // "da" folds "đá" (stone), "đà" and "da" (skin) together; typed as
    // "đà", the title with "Đà" comes first.
    let i = index(&[("Đá ong", ""), ("Đà Bắc", ""), ("Da giày", "")]);
    assert_eq!(query(&i, "đà")[0], 1);
    assert_eq!(query(&i, "đá")[0], 0);
    assert_eq!(query(&i, "da")[0], 2);
    assert_eq!(query(&i, "da").len(), 3);
}

#[test]
fn a_title_outranks_a_summary_and_every_word_must_match() {
    let i = index(&[("Nước sạch", "trường học"), ("Trường học", "nước sạch")]);
    assert_eq!(query(&i, "truong"), [1, 0]);
    assert!(query(&i, "nuoc cau").is_empty());
}

#[test]
fn the_last_word_matches_the_start_of_a_longer_word() {
    let i = index(&[("Trường mầm non", ""), ("Tru sở", "")]);
    assert_eq!(query(&i, "truo"), [0]);
    // A whole-word match outranks a prefix match.
    assert_eq!(query(&i, "tru"), [1, 0]);
}

#[test]
fn a_phrase_outranks_the_same_syllables_apart() {
    // The library's title has "sách" (book) at title weight and "nước"
    // (water) in its summary, apart; the water project has "nước sạch" (clean
    // water) only in its summary, as one phrase.
    let i = index(&[
        ("Tủ sách thân thiện", "sách cho trẻ vùng nước lũ"),
        ("Giếng khoan", "cấp nước sạch cho bản"),
    ]);
    assert_eq!(query(&i, "nuoc sach"), [1, 0]);
    assert_eq!(query(&i, "nước sạch"), [1, 0]);
    // Typed with the library's marks, the phrase is not the water's.
    assert_eq!(query(&i, "nước sách")[0], 0);
    // Without the phrase, the title's weight decides.
    assert_eq!(query(&i, "sach nuoc"), [0, 1]);
}

#[test]
fn the_words_of_a_body_are_no_phrase() {
    let mut c = Collector::default();
    for (title, body) in [("Tủ sách", "nước cho sách"), ("Giếng", "nước sạch")] {
        let doc = Doc {
            url: String::new(),
            title: title.to_string(),
            kind: "projects",
            summary: String::new(),
            status: "",
            lang: String::new(),
        };
        c.push(doc, &[(title, TITLE), (body, BODY)]);
    }
    let i = c.finish();
    assert!(i.pairs.contains_key("tu_sach"));
    assert!(!i.pairs.contains_key("nuoc_sach"));
    assert_eq!(query(&i, "nuoc sach"), [0, 1]);
}

#[test]
fn exact_marks_in_a_phrase_rank_first() {
    let i = index(&[("Đá bạc", "đá bạc"), ("Đà Bắc", "đà bắc")]);
    assert_eq!(query(&i, "đà bắc"), [1, 0]);
    assert_eq!(query(&i, "đá bạc"), [0, 1]);
    assert_eq!(query(&i, "da bac").len(), 2);
}

#[test]
fn shortens_summaries_at_a_word() {
    let long = "một ".repeat(100);
    let short = shorten(&long);
    assert!(short.chars().count() <= SUMMARY_CHARS + 1);
    assert!(short.ends_with("một…"));
}

/// The sample site's fixture, loaded and linked as a build does.
fn fixture_site() -> crate::site::Site {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let mut found = crate::diagnostics::Diagnostics::default();
    let today = crate::content::types::Date::today();
    let loaded = crate::load::load(&dir, today, &mut found)
        .expect("the fixture is readable")
        .expect("the fixture is valid");
    crate::link::link(loaded, &mut found)
}

#[test]
fn finds_a_procedure_a_results_report_and_a_bulletin_issue_by_its_title_in_each_language() {
    let site = fixture_site();
    for lang in site.config.languages.ids() {
        let index = build(&site, lang);
        for kind in ["procedures", "results", "bulletin"] {
            let doc = index
                .docs
                .iter()
                .position(|d| d.kind == kind)
                .unwrap_or_else(|| panic!("no {kind} in the index"));
            let title = index.docs[doc].title.clone();
            assert_eq!(query(&index, &title).first(), Some(&doc), "{kind}: {title}");
        }
    }
}

/// Writes `index` to a temporary folder, runs the browser's ranking on it
/// under node, and returns what it ranked for each query.
fn ranked_by_search_js(index: &Index, queries: &[&str]) -> Vec<Vec<usize>> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    write_index_files("", index, &|path, bytes| {
        let file = dir.path().join(path);
        std::fs::create_dir_all(file.parent().expect("a file in a folder"))?;
        std::fs::write(file, bytes)
    })
    .expect("the index is written");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/search-rank.mjs");
    let output = Command::new("node")
        .arg(script)
        .arg(dir.path())
        .arg(serde_json::to_string(queries).expect("queries are JSON"))
        .output()
        .expect("node runs (Node.js 20 or later must be installed)");
    assert!(
        output.status.success(),
        "search-rank.mjs failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("search-rank.mjs prints JSON")
}

const QUERIES: &[&str] = &[
    "nuoc sach",
    "nước sạch",
    "nước sách",
    "sach nuoc",
    "Nước Sạch",
    "duong",
    "đường",
    "giao duc mam non",
    "truong mam",
    "truo",
    "tru",
    "da",
    "đà bắc",
    "da bac",
    "xa cao son",
    "water supply",
    "clean water",
    "Gia\u{301}o du\u{323}c",
    "hb gd",
    "yagi",
    "bão yagi",
    "",
    "!!",
    "x",
];

#[test]
fn the_browser_ranks_as_the_reference_on_the_same_index() {
    let mut docs: Vec<(&str, &str)> = vec![
        (
            "Tủ sách thân thiện",
            "sách cho trẻ vùng nước lũ, xã Cao Sơn",
        ),
        ("Giếng khoan xã Cao Sơn", "cấp nước sạch cho bản"),
        ("Nước sạch trường học", "clean water supply for schools"),
        ("Đường liên thôn Đà Bắc", "đường bê tông, đá bạc"),
        ("Trường mầm non", "giáo dục mầm non, trường học"),
        ("Tru sở xã", "trụ sở ủy ban"),
        ("Báo cáo năm 2024", "Bão Yagi gây thiệt hại lớn"),
        ("Water supply", "Water supply and sanitation, HB-GD-2021"),
        ("Da giày", "da, đá, đà, dạ"),
    ];
    // Enough words of one prefix that their shards split.
    let filler: Vec<String> = (0..300)
        .map(|n| format!("trường trưởng trượt truong{n} trướng tra{n} tri{n}"))
        .collect();
    docs.extend(filler.iter().map(|body| ("Tra cứu", body.as_str())));
    let index = index(&docs);
    assert!(
        !index.words_split.is_empty(),
        "the test index splits some shards"
    );
    let expected: Vec<Vec<usize>> = QUERIES.iter().map(|q| query(&index, q)).collect();
    assert_eq!(ranked_by_search_js(&index, QUERIES), expected);

    let site = fixture_site();
    for lang in site.config.languages.ids() {
        let index = build(&site, lang);
        let expected: Vec<Vec<usize>> = QUERIES.iter().map(|q| query(&index, q)).collect();
        assert_eq!(ranked_by_search_js(&index, QUERIES), expected);
    }
}

#[test]
fn a_word_holds_exactly_the_letters_and_digits_the_standard_library_knows() {
    let mismatched: Vec<char> = (0..=0x2FFFF_u32)
        .filter_map(char::from_u32)
        .filter(|c| in_word(*c) != c.is_alphanumeric())
        .collect();
    assert_eq!(mismatched, Vec::<char>::new());
    assert!(in_word('ữ') && in_word('Đ') && in_word('7') && in_word('ª'));
    assert!(!in_word('×') && !in_word('÷') && !in_word('-') && !in_word('\u{2019}'));
}

#[test]
fn vietnamese_letters_lower_as_the_standard_library_lowers_them() {
    let answered: Vec<char> = (0..=0x2FFFF_u32)
        .filter_map(char::from_u32)
        .filter(|c| lower(*c).is_some())
        .collect();
    assert!(answered.contains(&'Ữ') && answered.contains(&'Đ') && answered.contains(&'Ơ'));
    for c in answered {
        let expected: Vec<char> = c.to_lowercase().collect();
        assert_eq!(
            vec![lower(c).unwrap()],
            expected,
            "{c:?} U+{:04X}",
            u32::from(c)
        );
    }
    let text = "ĐƯỜNG Giao Thông Ở XÃ Tân Sơn – ΟΔΟΣ ΣΟΦΙΑ İstanbul";
    assert_eq!(lowered(text), text.to_lowercase());
}

#[test]
fn lowering_and_splitting_by_bytes_agree_with_the_characters() {
    let texts = [
        "ĐƯỜNG Giao Thông Ở XÃ Tân Sơn, İstanbul; KHÁNH-HÒA 2026",
        "Nước sạch (giai đoạn 2): 1.250 hộ… 東京 ÆØÅ ǅ ⅫA ½ x²",
        "  leading, trailing  ",
        "",
        "!!!",
        "MỘT\nhai\tBA",
        "x",
    ];
    for byte in 0..128_u8 {
        assert_eq!(ASCII_WORD[usize::from(byte)], byte.is_ascii_alphanumeric());
    }
    for text in texts {
        assert_eq!(lowered(text), text.to_lowercase(), "{text:?}");
        let by_characters: Vec<&str> = text
            .split(|c: char| !in_word(c))
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(
            words_of(text).collect::<Vec<_>>(),
            by_characters,
            "{text:?}"
        );
    }
}

#[test]
fn the_text_of_html_is_as_a_character_reader_makes_it() {
    /// The text as it was read before, character by character.
    fn by_characters(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    out.push(' ');
                }
                '\n' if !in_tag => out.push(' '),
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }
    for html in [
        "<p>Nước <em>sạch</em>\ncho xã</p>\n<ul>\n<li>a &amp; b</li></ul>",
        "a > b < c",
        "<<p>>x>",
        "trailing <a href=\"x\"",
        "",
        "đủ\n\nhết",
    ] {
        let expected = by_characters(html);
        let expected = if expected.contains('&') {
            expected.replace("&amp;", "&")
        } else {
            expected
        };
        assert_eq!(text_of(html), expected, "{html:?}");
    }
}
