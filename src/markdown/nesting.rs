//! How deep the words nest, measured before anything costly runs.
//!
//! An HTML parser keeps a stack of the elements still open, and html5ever's
//! tree builder scans that stack for nearly every tag (servo/html5ever#788):
//! 50,000 nested `<div>`s or block quotes take it seconds, 200,000 minutes.
//! Browsers cap the depth; so do we, and refuse words nested deeper than
//! [`MAX_DEPTH`] with a located mistake instead of sanitising them.
//!
//! The depth counted is what a parser keeps open, so ordinary words never
//! reach it: a void element (`<br>`, `<img>`), a self-closed foreign element
//! and an element that its next sibling closes (`<li>`, `<p>`, `<td>`) do not
//! add a level. A `<div/>` does: HTML ignores that slash, and so does the
//! parser we protect.
//!
//! Nor does the paragraph or heading that holds the text (`<p>`, `<h1>` to
//! `<h6>`): it is where the words are, not a level they are nested in, so 33
//! block quotes around a line are 33 levels, as the writer counts them. The
//! limit still bounds what the parser keeps open: HTML never opens a
//! paragraph or heading directly inside another one (a heading may hold a
//! paragraph, nothing more), so at most two of them lie between two levels
//! counted.
//!
//! Two measures, one per kind of words:
//! - Markdown alone: [`Depth`] counts the elements its events open, as they
//!   stream by; nothing else parses the output.
//! - Markdown with raw HTML: [`html_depth`] runs html5ever's own tree builder
//!   on the output, exactly as the sanitiser will, but with a sink that keeps
//!   only each element's parent, fed a kilobyte at a time and stopped as soon
//!   as an element lands deeper than the limit. Whatever HTML's rules do
//!   (implied end tags, misnested formatting, tables, templates, foreign
//!   content), the depth is the parser's own, and it is never left to grow
//!   more than a kilobyte's worth of tags past the limit.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{local_name, ns, Attribute, QualName};
use pulldown_cmark::{Tag, TagEnd};

/// The deepest the words may nest: elements open at once, block quotes,
/// lists and list items, emphasis and links, and raw HTML elements alike;
/// not the paragraph or heading that holds the text.
///
/// Browsers flatten trees at 512 levels; readable words are far shallower:
/// the sample site's and the fixtures' deepest nest 6 levels (a test in
/// `markdown.rs` keeps them under half the limit), and a table in a list in a
/// quote, with a link in bold in a cell, about 12. Past 32 levels a phone
/// shows a column a few letters wide: the words are a mistake or an attack,
/// and at this depth no parser's cost matters.
pub(crate) const MAX_DEPTH: usize = 32;

/// The levels open at once while the Markdown events stream by: the elements
/// the renderer opens, but the paragraph or heading that holds the text.
#[derive(Debug, Default)]
pub(crate) struct Depth {
    open: usize,
    /// The deepest reached, and the byte offset where it was first reached.
    pub(crate) deepest: usize,
    pub(crate) deepest_at: usize,
}

impl Depth {
    pub(crate) fn start(&mut self, tag: &Tag<'_>, offset: usize) {
        self.open += elements(tag);
        if self.open > self.deepest {
            self.deepest = self.open;
            self.deepest_at = offset;
        }
    }

    pub(crate) fn end(&mut self, tag: TagEnd) {
        let closed = match tag {
            TagEnd::HtmlBlock | TagEnd::Image | TagEnd::Paragraph | TagEnd::Heading(_) => 0,
            TagEnd::CodeBlock | TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow => 2,
            _ => 1,
        };
        self.open = self.open.saturating_sub(closed);
    }

    pub(crate) fn too_deep(&self) -> bool {
        self.deepest > MAX_DEPTH
    }
}

/// How many HTML elements the renderer opens for `tag`: a table is a
/// scrolling region and the table, a code block `pre` and `code`, a row its
/// `tr` and the `thead` or `tbody` around it. Raw HTML is measured apart, an
/// image is one void element whose description is only text, and a paragraph
/// or heading holds the text rather than nesting it.
fn elements(tag: &Tag<'_>) -> usize {
    match tag {
        Tag::HtmlBlock | Tag::Image { .. } | Tag::Paragraph | Tag::Heading { .. } => 0,
        Tag::CodeBlock(_) | Tag::Table(_) | Tag::TableHead | Tag::TableRow => 2,
        _ => 1,
    }
}

/// Where html5ever, parsing `html` as ammonia does, first puts an element
/// deeper than [`MAX_DEPTH`]: the line of `html`, counted from 1; `None` if
/// it never does.
pub(crate) fn html_depth(html: &str) -> Option<u64> {
    let sink = Sink {
        document: Node::new(None),
        line: Cell::new(1),
        too_deep_at: Cell::new(None),
    };
    // The same context as ammonia's parser: a fragment inside a `div`.
    let mut parser = html5ever::driver::parse_fragment(
        sink,
        html5ever::ParseOpts::default(),
        QualName::new(None, ns!(html), local_name!("div")),
        Vec::new(),
        false,
    );
    let mut start = 0;
    while start < html.len() {
        let mut end = (start + CHUNK).min(html.len());
        while !html.is_char_boundary(end) {
            end += 1;
        }
        parser.process(StrTendril::from(&html[start..end]));
        if let Some(line) = parser.tokenizer.sink.sink.too_deep_at.get() {
            return Some(line);
        }
        start = end;
    }
    None
}

/// Bytes fed to the parser between two looks at the depth. A kilobyte holds
/// at most 341 tags, so the parser never works at a depth much past the limit.
const CHUNK: usize = 1024;

/// A node of the tree html5ever builds: only what the depth needs.
struct Node {
    /// `None` for the document, a comment or a template's contents.
    name: Option<QualName>,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
    /// A template's contents, whose parent is the template: its elements
    /// are open inside it.
    contents: Option<Rc<Node>>,
    annotation_xml: bool,
}

impl Node {
    fn new(name: Option<QualName>) -> Rc<Node> {
        Rc::new(Node {
            name,
            parent: RefCell::new(Weak::new()),
            children: RefCell::default(),
            contents: None,
            annotation_xml: false,
        })
    }

    /// Elements from here to the root, counting this one, up to `MAX_DEPTH + 2`;
    /// a paragraph or heading is not a level.
    fn depth(self: &Rc<Node>) -> usize {
        let mut depth = 0;
        let mut node = Some(Rc::clone(self));
        while let Some(n) = node {
            if n.name.as_ref().is_some_and(is_level) {
                depth += 1;
            }
            if depth > MAX_DEPTH + 1 {
                break;
            }
            node = n.parent.borrow().upgrade();
        }
        depth
    }
}

/// Whether an element is a level of nesting: all but the paragraph and the
/// headings, which hold the text.
fn is_level(name: &QualName) -> bool {
    !(name.ns == ns!(html)
        && matches!(
            name.local,
            local_name!("p")
                | local_name!("h1")
                | local_name!("h2")
                | local_name!("h3")
                | local_name!("h4")
                | local_name!("h5")
                | local_name!("h6")
        ))
}

struct Sink {
    document: Rc<Node>,
    /// The line html5ever is reading.
    line: Cell<u64>,
    too_deep_at: Cell<Option<u64>>,
}

impl Sink {
    fn attach(&self, parent: &Rc<Node>, child: &Rc<Node>) {
        *child.parent.borrow_mut() = Rc::downgrade(parent);
        parent.children.borrow_mut().push(Rc::clone(child));
        // The fragment's own `html` root is not the words'.
        if child.name.as_ref().is_some_and(is_level)
            && child.depth() > MAX_DEPTH + 1
            && self.too_deep_at.get().is_none()
        {
            self.too_deep_at.set(Some(self.line.get()));
        }
    }
}

impl TreeSink for Sink {
    type Handle = Rc<Node>;
    type Output = ();
    type ElemName<'a> = &'a QualName;

    fn finish(self) {}

    fn parse_error(&self, _: Cow<'static, str>) {}

    fn get_document(&self) -> Rc<Node> {
        Rc::clone(&self.document)
    }

    fn elem_name<'a>(&'a self, target: &'a Rc<Node>) -> &'a QualName {
        static NONE: QualName = QualName {
            prefix: None,
            ns: ns!(),
            local: local_name!(""),
        };
        // html5ever asks only for the names of elements.
        target.name.as_ref().unwrap_or(&NONE)
    }

    fn create_element(&self, name: QualName, _: Vec<Attribute>, flags: ElementFlags) -> Rc<Node> {
        let contents = flags.template.then(|| Node::new(None));
        let node = Rc::new(Node {
            name: Some(name),
            parent: RefCell::new(Weak::new()),
            children: RefCell::default(),
            contents: contents.clone(),
            annotation_xml: flags.mathml_annotation_xml_integration_point,
        });
        if let Some(contents) = contents {
            *contents.parent.borrow_mut() = Rc::downgrade(&node);
        }
        node
    }

    fn create_comment(&self, _: StrTendril) -> Rc<Node> {
        Node::new(None)
    }

    fn create_pi(&self, _: StrTendril, _: StrTendril) -> Rc<Node> {
        Node::new(None)
    }

    fn append(&self, parent: &Rc<Node>, child: NodeOrText<Rc<Node>>) {
        if let NodeOrText::AppendNode(child) = child {
            self.attach(parent, &child);
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &Rc<Node>,
        prev_element: &Rc<Node>,
        child: NodeOrText<Rc<Node>>,
    ) {
        if element.parent.borrow().upgrade().is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &Rc<Node>) -> Rc<Node> {
        target.contents.clone().unwrap_or_else(|| Rc::clone(target))
    }

    fn same_node(&self, x: &Rc<Node>, y: &Rc<Node>) -> bool {
        Rc::ptr_eq(x, y)
    }

    fn set_quirks_mode(&self, _: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Rc<Node>, child: NodeOrText<Rc<Node>>) {
        let parent = sibling.parent.borrow().upgrade();
        if let (Some(parent), NodeOrText::AppendNode(child)) = (parent, child) {
            self.attach(&parent, &child);
        }
    }

    fn add_attrs_if_missing(&self, _: &Rc<Node>, _: Vec<Attribute>) {}

    fn remove_from_parent(&self, target: &Rc<Node>) {
        if let Some(parent) = target.parent.borrow().upgrade() {
            parent
                .children
                .borrow_mut()
                .retain(|c| !Rc::ptr_eq(c, target));
        }
        *target.parent.borrow_mut() = Weak::new();
    }

    fn reparent_children(&self, node: &Rc<Node>, new_parent: &Rc<Node>) {
        let children = std::mem::take(&mut *node.children.borrow_mut());
        for child in &children {
            *child.parent.borrow_mut() = Rc::downgrade(new_parent);
        }
        new_parent.children.borrow_mut().extend(children);
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Rc<Node>) -> bool {
        handle.annotation_xml
    }

    fn set_current_line(&self, line: u64) {
        self.line.set(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deepest_html(html: &str) -> Option<u64> {
        html_depth(html)
    }

    #[test]
    fn counts_what_the_parser_keeps_open() {
        let at_limit = "<div>".repeat(MAX_DEPTH);
        assert_eq!(deepest_html(&at_limit), None);
        assert_eq!(deepest_html(&format!("x\n{at_limit}<div>")), Some(2));
        assert_eq!(deepest_html(&"<ul><li>".repeat(17)), Some(1));
        // `<div/>` is an open `div` to HTML.
        assert_eq!(deepest_html(&"<div/>".repeat(40)), Some(1));
        assert_eq!(deepest_html(&"<template>".repeat(40)), Some(1));
    }

    #[test]
    fn void_elements_and_siblings_that_close_each_other_add_no_level() {
        let siblings = format!(
            "<ul>{}</ul><table>{}</table><p>{}<select>{}</select>",
            "<li>a".repeat(100),
            "<tr><td>a<td>b".repeat(100),
            "<br><img src=x><hr><input><p>a".repeat(100),
            "<option>a".repeat(100),
        );
        assert_eq!(deepest_html(&siblings), None);
        assert_eq!(deepest_html(&"<div><p>a</p></div>\n".repeat(1000)), None);
        assert_eq!(
            deepest_html(&"<svg><path/><circle/></svg>".repeat(100)),
            None
        );
    }

    #[test]
    fn counts_markdown_elements_as_the_renderer_opens_them() {
        let mut depth = Depth::default();
        for _ in 0..3 {
            depth.start(&Tag::BlockQuote(None), 7);
        }
        depth.start(&Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Indented), 9);
        depth.end(TagEnd::CodeBlock);
        depth.end(TagEnd::BlockQuote(None));
        depth.start(&Tag::Paragraph, 11);
        assert_eq!((depth.deepest, depth.deepest_at), (5, 9));
        assert!(!depth.too_deep());
    }

    /// The depth of `markdown` as `render` measures it.
    fn markdown_depth(markdown: &str) -> Depth {
        let mut depth = Depth::default();
        for (event, range) in pulldown_cmark::Parser::new(markdown).into_offset_iter() {
            match &event {
                pulldown_cmark::Event::Start(tag) => depth.start(tag, range.start),
                pulldown_cmark::Event::End(tag) => depth.end(*tag),
                _ => {}
            }
        }
        depth
    }

    #[test]
    fn counts_the_levels_the_writer_wrote_not_the_paragraph_that_holds_the_text() {
        let at_limit = markdown_depth(&format!("{}See the projects.", "> ".repeat(MAX_DEPTH)));
        assert_eq!(at_limit.deepest, MAX_DEPTH);
        assert!(!at_limit.too_deep());
        let heading = markdown_depth(&format!("{}# Title", "> ".repeat(MAX_DEPTH)));
        assert_eq!(heading.deepest, MAX_DEPTH);
        let over = markdown_depth(&format!("{}See the projects.", "> ".repeat(33)));
        assert_eq!(over.deepest, 33);
        assert!(over.too_deep());
        // Where the 33rd quote starts.
        assert_eq!(over.deepest_at, 64);
    }

    #[test]
    fn raw_html_nests_as_deep_as_markdown_around_a_paragraph() {
        let quotes = "<blockquote>".repeat(MAX_DEPTH);
        assert_eq!(deepest_html(&format!("{quotes}<p>a</p><p>b</p>")), None);
        assert_eq!(deepest_html(&format!("{quotes}<h2><p>a</p></h2>")), None);
        assert_eq!(deepest_html(&format!("{quotes}<p><b>a</b></p>")), Some(1));
        // A paragraph cannot open inside a paragraph: no stack of them.
        assert_eq!(deepest_html(&"<p>a".repeat(100)), None);
        assert_eq!(deepest_html(&"<h1><p>a".repeat(100)), None);
        assert_eq!(deepest_html(&"<div><p>a".repeat(40)), Some(1));
    }
}
