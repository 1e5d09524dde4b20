//! Files and folders, the site's own templates and interface messages, and parts rendered
//! apart from their page.

use crate::common::Change::{Edit, Remove, Rename, Write};
use crate::{mistakes_of, ORGANISATIONS, PAGE_VI, PROJECT, PROJECT_VI, REPORT};

// Files and folders.
case!(
    folder_name_that_cannot_be_an_address,
    [Rename(
        "content/pages/gioi-thieu",
        "content/pages/Gioi_Thieu"
    )]
);
case!(
    two_folders_for_one_address,
    [
        Rename("content/pages/gioi-thieu", "content/pages/Gioi thieu"),
        Write(
            "content/pages/gioi-thieu/vi.md",
            "+++\ntitle = \"Giới thiệu\"\nsummary = \"Về cổng.\"\n+++\n"
        ),
    ]
);
case!(
    two_folders_apart_only_by_tone_marks,
    [Write(
        "content/pages/giới-thiệu/vi.md",
        "+++\ntitle = \"Giới thiệu\"\nsummary = \"Về cổng.\"\n+++\n"
    )]
);
case!(
    facts_toml_is_a_folder,
    [
        Remove(REPORT),
        Write("content/results/bao-cao-2020/facts.toml/.keep", "")
    ]
);
case!(
    entry_without_words_in_the_default_language,
    [Remove(PROJECT_VI)]
);
case!(front_matter_never_closed, [Edit(PAGE_VI, "+++\n\n", "\n")]);
case!(
    places_to_fill_in_left_as_written,
    [Edit(
        PAGE_VI,
        "summary = \"",
        "summary = \"[điền vào: một câu tóm tắt] "
    )]
);
case!(summary_over_300_characters, [Edit(PROJECT_VI, "summary = \"Ba phòng học và bếp ăn bán trú cho 120 trẻ.\"", "summary = \"Ba phòng học, bếp ăn bán trú và sân chơi cho 120 trẻ mầm non ở xã vùng cao Tiền Phong, nơi các cháu đang học nhờ trong nhà văn hóa thôn. Ba phòng học, bếp ăn bán trú và sân chơi cho 120 trẻ mầm non ở xã vùng cao Tiền Phong, nơi các cháu đang học nhờ trong nhà văn hóa thôn. Ba phòng học, bếp ăn bán t.\"")]);
case!(
    reserved_name_for_a_project,
    [Rename(
        "content/projects/truong-mam-non-tien-phong",
        "content/projects/linh-vuc"
    )]
);

// Files and folders of content/.
case!(
    page_written_as_a_file,
    [Write(
        "content/pages/lien-he.md",
        "+++\ntitle = \"Liên hệ\"\nsummary = \"Địa chỉ liên hệ.\"\n+++\n"
    )]
);
case!(
    folder_of_content_with_a_name_it_does_not_know,
    [Rename("content/projects", "content/project")]
);
case!(entry_without_facts, [Remove(PROJECT)]);
case!(site_without_organisations, [Remove(ORGANISATIONS)]);

// The site's own templates and interface messages.
case!(
    template_that_cannot_be_read,
    [Write(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.title }</h1>\n{% endblock main %}\n"
    )]
);
case!(
    template_naming_what_a_page_does_not_have,
    [Write(
        "themes/default/templates/page.html",
        "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.tittle }}</h1>\n{% endblock main %}\n"
    )]
);
case!(
    card_template_naming_what_a_project_does_not_have,
    [Write(
        "themes/default/templates/card.html",
        "<li>{{ data.p.titel }}</li>"
    )]
);
// The footer, rendered once per language apart from any page: the mistake
// names footer.html and the language, not a page.
case!(
    footer_template_naming_what_a_site_does_not_have,
    [Write(
        "themes/default/templates/footer.html",
        "<footer>{{ site.nam }}</footer>"
    )]
);
// Parts rendered apart from their page: the mistake names the part's template.
case!(
    book_entry_template_naming_what_a_project_does_not_have,
    [Write(
        "themes/default/templates/book-project.html",
        "<article>{{ data.titel }}</article>"
    )]
);
case!(
    indicator_row_template_naming_what_an_indicator_does_not_have,
    [
        Edit(
            PROJECT,
            "[budget]",
            "[[indicators]]\nlabel = { vi = \"Phòng học\", en = \"Classrooms\" }\nunit = { vi = \"phòng\", en = \"rooms\" }\nbaseline = 0\ntarget = 3\n\n[budget]"
        ),
        Write(
            "themes/default/templates/results-indicator.html",
            "<tr><td>{{ data.indicator.baselin }}</td></tr>"
        ),
    ]
);
case!(
    interface_message_without_equals,
    [
        Write(
            "i18n/vi/lien-he.ftl",
            "lien-he-nhanh = Liên hệ nhanh\nduong-day-nong Đường dây nóng\n"
        ),
        Write(
            "i18n/en/lien-he.ftl",
            "lien-he-nhanh = Quick contact\nduong-day-nong = Hotline\n"
        ),
    ]
);
