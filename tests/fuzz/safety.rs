//! The second promise: no script from the input in the output. The HTML is
//! read as a browser reads it (character references in attributes decoded,
//! tabs and newlines in an address dropped), not as the build wrote it, so
//! that a trick the sanitiser misses is not missed here too.

/// What in `html` could run a script or restyle the page, if anything.
pub(crate) fn unsafe_markup(html: &str) -> Option<String> {
    for tag in tags(html) {
        let name = tag.name.to_ascii_lowercase();
        if ACTIVE.contains(&name.as_str()) {
            return Some(format!("a <{name}> element"));
        }
        for (attribute, value) in &tag.attributes {
            let attribute = attribute.to_ascii_lowercase();
            if attribute.starts_with("on") {
                return Some(format!("the handler {attribute}="));
            }
            if attribute == "style"
                && !matches!(
                    value.as_str(),
                    "text-align: left" | "text-align: center" | "text-align: right"
                )
            {
                return Some(format!("style=\"{value}\""));
            }
            if URL_ATTRIBUTES.contains(&attribute.as_str()) {
                if let Some(scheme) = forbidden_scheme(value) {
                    return Some(format!("an address of scheme {scheme}: in {attribute}"));
                }
            }
        }
    }
    None
}

const ACTIVE: &[&str] = &[
    "script", "iframe", "object", "embed", "style", "form", "svg", "math", "base", "meta", "link",
    "frame", "frameset", "applet", "template", "noscript", "textarea", "select", "button",
];

const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "srcset",
    "background",
    "cite",
    "longdesc",
    "ping",
];

/// The scheme of `value` as a browser reads it, if it is not allowed.
fn forbidden_scheme(value: &str) -> Option<String> {
    let decoded = decode(value);
    // Browsers drop tabs and newlines anywhere, and spaces and controls
    // at the ends.
    let url: String = decoded
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let end = url.find([':', '/', '?', '#'])?;
    if !url[end..].starts_with(':') {
        return None;
    }
    let scheme = url[..end].to_ascii_lowercase();
    // Anything else before the colon makes a relative address.
    let mut chars = scheme.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        || !chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        return None;
    }
    (!matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")).then_some(scheme)
}

/// Character references decoded as a browser does in an attribute.
fn decode(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| e < 12);
        let entity = end.map(|e| &rest[1..e]);
        let decoded = entity.and_then(|e| match e {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "colon" => Some(':'),
            "tab" => Some('\t'),
            "newline" => Some('\n'),
            _ => {
                let number = e.strip_prefix('#')?;
                let n = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(n)
            }
        });
        if let (Some(c), Some(e)) = (decoded, end) {
            out.push(c);
            rest = &rest[e + 1..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

/// The start tags of `html`. Text and attribute values in the output are
/// escaped, so every `<` there opens a tag, a closing tag or a comment.
fn tags(html: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(at) = html[i..].find('<') {
        i += at + 1;
        let name_len = bytes[i..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
            .count();
        if name_len == 0 {
            continue;
        }
        let name = html[i..i + name_len].to_string();
        i += name_len;
        let mut attributes = Vec::new();
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                break;
            }
            let start = i;
            while i < bytes.len() && !b" \t\n\r\x0c/>=".contains(&bytes[i]) {
                i += 1;
            }
            let attribute = html[start..i].to_string();
            let mut value = String::new();
            if i < bytes.len() && bytes[i] == b'=' {
                i += 1;
                let quote = bytes.get(i).copied().filter(|q| *q == b'"' || *q == b'\'');
                let start = i + usize::from(quote.is_some());
                let end = match quote {
                    Some(q) => html[start..]
                        .find(q as char)
                        .map_or(html.len(), |e| start + e),
                    None => html[start..]
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .map_or(html.len(), |e| start + e),
                };
                value = html[start..end].to_string();
                i = (end + usize::from(quote.is_some())).min(html.len());
            }
            attributes.push((attribute, value));
        }
        found.push(Tag { name, attributes });
    }
    found
}
