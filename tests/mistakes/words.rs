//! The words: links, front matter and text.

use crate::common::Change::{Edit, Write};
use crate::{mistakes_of, PAGE_EN, PROJECT_VI};

// Links in the words.
case!(link_to_a_page_that_does_not_exist, [Edit(PAGE_EN, "See [the projects](/en/projects/).", "See [the projects](/en/projects/) and [the school](/en/projects/truong-mam-non-tien-phog/).")]);
case!(relative_link_leaving_files, [Edit(PROJECT_VI, "Trẻ em học nhờ trong nhà văn hóa thôn.", "Trẻ em học nhờ trong nhà văn hóa thôn. Xem [mẫu đơn](../../procedures/phe-duyet-du-an-vien-tro/files/mau-01.docx).")]);

case!(
    link_with_the_sites_own_address_to_a_page_that_does_not_exist,
    [Edit(
        PAGE_EN,
        "See [the projects](/en/projects/).",
        "See [the school](https://ngo.example.gov.vn/en/projects/truong-mam-non-tien-phog/)."
    )]
);
case!(
    link_to_the_preview,
    [Edit(
        PAGE_EN,
        "See [the projects](/en/projects/).",
        "See [the projects](http://127.0.0.1:8000/en/projects/)."
    )]
);

// The words: front matter and text.
case!(
    words_without_front_matter,
    [Write(
        PAGE_EN,
        "title: About\nsummary: This portal publishes the province's aid needs.\n\nSee [the projects](/en/projects/).\n"
    )]
);
case!(
    title_left_empty,
    [Edit(PAGE_EN, "title = \"About\"", "title = \"\"")]
);
case!(
    summary_left_empty,
    [Edit(
        PAGE_EN,
        "summary = \"This portal publishes the province's aid needs.\"",
        "summary = \" \""
    )]
);
case!(
    link_to_a_file_on_a_computer,
    [Edit(
        PAGE_EN,
        "See [the projects](/en/projects/).",
        "See [the plan](file:///C:/Users/SoNgoaiVu/ke-hoach.docx)."
    )]
);
case!(
    link_to_an_attachment_that_is_not_there,
    [Edit(
        PROJECT_VI,
        "Trẻ em học nhờ trong nhà văn hóa thôn.",
        "Trẻ em học nhờ trong nhà văn hóa thôn. Xem [kế hoạch](files/ke-hoach.pdf)."
    )]
);
case!(
    block_quotes_nested_too_deep,
    [Edit(
        PAGE_EN,
        "See [the projects](/en/projects/).",
        "> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > See the projects."
    )]
);
case!(
    html_nested_too_deep,
    [Edit(
        PAGE_EN,
        "See [the projects](/en/projects/).",
        "<div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div>See the projects."
    )]
);
