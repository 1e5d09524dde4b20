//! Markdown's rendering and its links' checks, on small texts.

use super::*;

#[test]
fn a_link_with_the_sites_own_address_is_a_link_inside_it_and_a_preview_address_a_mistake() {
    let r = render_plain(
        "[a](https://ngo.example.gov.vn/vi/du-an/x/) [b](HTTPS://NGO.EXAMPLE.GOV.VN/en/)",
    );
    assert_eq!(
        r.html,
        "<p><a href=\"/vi/du-an/x/\">a</a> <a href=\"/en/\">b</a></p>\n"
    );
    let targets: Vec<&str> = r.site_links.iter().map(|l| l.target.as_str()).collect();
    assert_eq!(targets, ["/vi/du-an/x/", "/en/"]);
    let other = render_plain("[c](https://ngo.example.gov.vn.evil.org/x)");
    assert!(
        other.site_links.is_empty() && other.html.contains("evil.org"),
        "{}",
        other.html
    );
    for preview in [
        "http://127.0.0.1:8000/vi/du-an/x/",
        "http://localhost:8080/en/",
        "http://localhost/vi/",
    ] {
        let r = render_plain(&format!("[p]({preview})"));
        assert_eq!(r.problems.len(), 1, "{preview}");
        assert!(
            !r.html.contains("127.0.0.1") && !r.html.contains("localhost"),
            "{}",
            r.html
        );
    }
}

fn render_plain(md: &str) -> Rendered {
    let names = HashSet::from(["plan.pdf".to_string()]);
    render(
        md,
        &FilesContext {
            public_prefix: "/files/projects/a",
            names: &names,
            base_url: "https://ngo.example.gov.vn",
        },
    )
}

#[test]
fn removes_scripts_handlers_and_dangerous_urls() {
    let html = render_plain("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) <iframe src=\"https://x\"></iframe><object></object><embed><form><input type=text></form><p style=\"color:red\">s</p>\n\n![d](data:image/png;base64,AAA)").html;
    for bad in [
        "<script",
        "onerror",
        "javascript:",
        "<iframe",
        "<object",
        "<embed",
        "<form",
        "style=",
        "data:",
        "type=\"text\"",
    ] {
        assert!(!html.contains(bad), "{bad} in {html}");
    }
}

#[test]
fn renders_tables_footnotes_strikethrough_tasks_and_anchors() {
    let html = render_plain("# Bối cảnh\n\n## Bối cảnh\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n~~x~~ text[^n]\n\n[^n]: note\n\n- [x] done\n").html;
    assert!(html.contains("<h2 id=\"boi-canh\">Bối cảnh</h2>"), "{html}");
    assert!(html.contains("<h2 id=\"boi-canh-2\">"), "{html}");
    assert!(
        html.contains("<td style=\"text-align: right\">2</td>"),
        "{html}"
    );
    assert!(html.contains("<del>x</del>"), "{html}");
    assert!(
        html.contains("<a href=\"#fn-n\" id=\"fnref-n\">n</a>"),
        "{html}"
    );
    assert!(
        html.contains("<div class=\"footnote\" id=\"fn-n\">"),
        "{html}"
    );
    assert!(html.contains("type=\"checkbox\""), "{html}");
}

#[test]
fn rewrites_links_into_files_and_collects_site_links() {
    let r = render_plain("[plan](files/plan.pdf) [p](/en/projects/x/) [gone](files/missing.pdf) [up](../other/vi.md)");
    assert!(
        r.html.contains("href=\"/files/projects/a/plan.pdf\""),
        "{}",
        r.html
    );
    assert_eq!(
        r.site_links,
        vec![SiteLink {
            target: "/en/projects/x/".into(),
            offset: 23
        }]
    );
    assert_eq!(r.problems.len(), 2);
    let en = |t: &Text| t.render(crate::messages::Lang::En);
    assert_eq!(en(&r.problems[0].message), "the link \"files/missing.pdf\" points to a file that is not in this entry's `files/` folder");
    assert_eq!(
        en(&r.problems[1].message),
        "the relative link \"../other/vi.md\" leads outside this entry's `files/` folder"
    );
}

#[test]
fn wraps_tables_in_a_region_named_by_the_heading_above() {
    let r = render_plain("## Files\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<div role=\"button\" tabindex=\"5\">x</div>\n");
    assert!(
        r.html.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"files\"><table>"),
        "{}",
        r.html
    );
    assert!(r.html.contains("</table>\n</div>"), "{}", r.html);
    // Written by hand, other roles and tab orders do not pass.
    assert!(r.html.contains("<div>x</div>"), "{}", r.html);
}

#[test]
fn a_javascript_address_in_pure_markdown_never_reaches_the_output() {
    for md in [
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "[a](javascript&#58;alert(1))",
        "[a](&#106;avascript:alert(1))",
        "[a](<java script:alert(1)>)",
        "![i](javascript:alert(1))",
        "<javascript:alert(1)>",
        "[a][r]\n\n[r]: javascript:alert(1)",
        "![i][r]\n\n[r]: vbscript:msgbox(1)",
        "[a](data:text/html,x)",
    ] {
        let r = render_plain(md);
        assert_eq!(r.problems.len(), 1, "{md}: {:?}", r.problems);
        // An autolink's text stays as text; no address keeps the scheme.
        let lower = r.html.to_ascii_lowercase();
        for bad in ["=\"javascript", "=\"java script", "=\"vbscript", "=\"data:"] {
            assert!(!lower.contains(bad), "{md} gave {}", r.html);
        }
    }
    let r = render_plain("<a@example.gov.vn> <https://x.org>");
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert!(
        r.html.contains("href=\"mailto:a@example.gov.vn\""),
        "{}",
        r.html
    );
}

#[test]
fn pure_markdown_skips_the_sanitiser_and_keeps_its_escapes() {
    let md = "a \"b\" & <https://x.org/?a=1&b=2> `<b>`\n\n```rust\nfn x() {}\n```\n\n![a *b*](https://x/i.png \"t\")\n";
    let r = render_plain(md);
    assert_eq!(r.html, "<p>a \"b\" &amp; <a href=\"https://x.org/?a=1&amp;b=2\">https://x.org/?a=1&amp;b=2</a> <code>&lt;b&gt;</code></p>\n<pre><code>fn x() {}\n</code></pre>\n<p><img src=\"https://x/i.png\" alt=\"a b\" title=\"t\" /></p>\n");
    assert_eq!(
        render_plain(md).html,
        r.html,
        "the same words, the same HTML"
    );
}

#[test]
fn refuses_words_nested_deeper_than_the_limit_where_they_are_deepest() {
    let quotes = render_plain(&format!("Text\n\n{}a\n", "> ".repeat(50_000)));
    assert_eq!(quotes.html, "");
    assert_eq!(quotes.problems.len(), 1);
    assert_eq!(
        quotes.problems[0].offset,
        6 + 2 * 49_999,
        "the deepest quote"
    );
    assert_eq!(
        quotes.problems[0].message.render(crate::messages::Lang::En),
        "the text is nested 50000 levels deep here (block quotes, lists or emphasis one inside another); the limit is 32"
    );

    let lists = nested_lists(1000);
    let problems = render_plain(&lists).problems;
    assert_eq!(problems.len(), 1);
    assert_eq!(
        crate::source::position_in(&lists, problems[0].offset).line,
        1000
    );

    let divs = format!(
        "Text\n\n<p>a</p>\n{}{}",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    let divs = render_plain(&divs);
    assert_eq!(divs.html, "");
    assert_eq!(divs.problems.len(), 1);
    assert_eq!(divs.problems[0].offset, 15, "the line of the divs");
}

fn nested_lists(depth: usize) -> String {
    (0..depth).fold(String::new(), |mut md, i| {
        md.push_str(&"  ".repeat(i));
        md.push_str("* a\n");
        md
    })
}

#[test]
fn ordinary_nesting_passes() {
    let lists = nested_lists(8);
    let md = format!("> {lists}\n\n| a |\n|---|\n| **[x](/vi/)** |\n\n<div><table><tr><td><ul><li><p><b>x</b><li>y</ul></table></div>\n\ntext[^1]\n\n[^1]: > | a |\n    > |---|\n    > | *b* |\n");
    let r = render_plain(&md);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert!(
        r.html
            .contains("<td><ul><li><p><b>x</b></p></li><li>y</li></ul></td>"),
        "{}",
        r.html
    );
}

/// `cargo test --release --lib -- --ignored --nocapture sanitiser_skip`:
/// 200 words files of the sample rendered as now (no sanitiser for
/// Markdown alone) and as before (every file through ammonia).
#[test]
#[ignore = "a timing to read, not a test"]
fn sanitiser_skip_gain_on_200_sample_words_files() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/projects");
    let mut bodies: Vec<String> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path().join("vi.md")).unwrap())
        .map(|t| t.splitn(3, "+++").nth(2).unwrap_or_default().to_string())
        .collect();
    bodies.sort();
    let files: Vec<&String> = bodies.iter().cycle().take(200).collect();
    let bytes: usize = files.iter().map(|f| f.len()).sum();
    let time = |f: &dyn Fn(&str) -> String| {
        let mut best = std::time::Duration::MAX;
        for _ in 0..5 {
            let started = std::time::Instant::now();
            for body in &files {
                std::hint::black_box(f(body));
            }
            best = best.min(started.elapsed());
        }
        best
    };
    let now = time(&|md| render_plain(md).html);
    let before = time(&|md| SANITIZER.clean(&render_plain(md).html).to_string());
    eprintln!(
        "200 words files, {bytes} bytes: {:.1} ms now, {:.1} ms with ammonia on each ({:.1}x)",
        now.as_secs_f64() * 1e3,
        before.as_secs_f64() * 1e3,
        before.as_secs_f64() / now.as_secs_f64()
    );
}

/// Ordinary words never come near the limit: the sample's and the
/// fixtures' deepest is printed (`-- --nocapture`).
#[test]
fn the_sample_and_fixture_words_nest_far_below_the_limit() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut deepest = (0, String::new());
    for dir in ["content", "tests/fixtures"] {
        for entry in walkdir::WalkDir::new(root.join(dir)) {
            let path = entry.unwrap().into_path();
            if path.extension().is_none_or(|e| e != "md") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let body = text.splitn(3, "+++").nth(2).unwrap_or_default();
            let mut depth = Depth::default();
            for (event, range) in Parser::new_ext(body, OPTIONS).into_offset_iter() {
                match &event {
                    Event::Start(tag) => depth.start(tag, range.start),
                    Event::End(tag) => depth.end(*tag),
                    _ => {}
                }
            }
            assert!(
                render_plain(body)
                    .problems
                    .iter()
                    .all(|p| p.message.id() != "markdown-too-deep"
                        && p.message.id() != "html-too-deep"),
                "{}",
                path.display()
            );
            if depth.deepest > deepest.0 {
                deepest = (depth.deepest, path.display().to_string());
            }
        }
    }
    eprintln!("the deepest words nest {} levels: {}", deepest.0, deepest.1);
    assert!(deepest.0 <= MAX_DEPTH / 2, "{deepest:?}");
}
