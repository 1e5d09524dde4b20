//! site.toml: its keys, languages and addresses, sectors, places, periods, the publisher,
//! the theme, [money] and [legal].

use crate::common::Change::{Edit, Remove};
use crate::{mistakes_of, ORGANISATIONS, PAGES_WORDS, PROCEDURE, PROJECT};

// site.toml.
case!(
    base_url_with_a_trailing_slash,
    [Edit(
        "site.toml",
        "\"https://ngo.example.gov.vn\"",
        "\"https://ngo.example.gov.vn/\""
    )]
);
case!(
    localities_each_others_parent,
    [Edit(
        "site.toml",
        "parent = \"hoa-binh\"",
        "parent = \"tien-phong\""
    )]
);
case!(
    contact_and_logo_name_nothing_there,
    [Edit(
        "site.toml",
        "publisher = \"so-ngoai-vu\"\n",
        "publisher = \"so-ngoai-vu\"\ncontact = \"lien-he\"\nlogo = \"images/logo.svg\"\n"
    )]
);
case!(
    contact_page_named_on_a_site_without_pages,
    [
        Remove("content/pages/gioi-thieu"),
        Edit(
            "site.toml",
            "publisher = \"so-ngoai-vu\"\n",
            "publisher = \"so-ngoai-vu\"\ncontact = \"lien-he\"\n"
        ),
    ]
);
case!(locality_successor_without_until, [Edit("site.toml", "[localities.hoa-binh]\nname = { vi = \"Tỉnh Hòa Bình\", en = \"Hoa Binh Province\" }\n", "[localities.phu-tho]\nname = { vi = \"Tỉnh Phú Thọ\", en = \"Phu Tho Province\" }\n\n[localities.hoa-binh]\nname = { vi = \"Tỉnh Hòa Bình\", en = \"Hoa Binh Province\" }\nsuccessor = \"phu-tho\"\n")]);
case!(rate_given_twice_for_one_day, [Edit("site.toml", "date = 2025-01-02\n", "date = 2025-01-02\n[[money.rates]]\ncurrency = \"USD\"\nper_unit = 25_500\ndate = 2025-01-02\n")]);
case!(
    project_in_a_currency_without_a_rate,
    [Edit(PROJECT, "currency = \"VND\"", "currency = \"EUR\"")]
);
case!(
    organisation_successor_unknown,
    [Edit(
        "content/organisations.toml",
        "country = \"VN\"\n\n[ubnd-da-bac]",
        "country = \"VN\"\nuntil = 2025-06-30\nsuccessor = \"so-ngoai-vu-moi\"\n\n[ubnd-da-bac]"
    )]
);
case!(
    organisation_its_own_successor,
    [Edit(
        ORGANISATIONS,
        "country = \"VN\"\n\n[ubnd-da-bac]",
        "country = \"VN\"\nuntil = 2025-06-30\nsuccessor = \"so-ngoai-vu\"\n\n[ubnd-da-bac]"
    )]
);
case!(
    organisation_its_own_successor_without_until,
    [Edit(
        ORGANISATIONS,
        "country = \"VN\"\n\n[ubnd-da-bac]",
        "country = \"VN\"\nsuccessor = \"so-ngoai-vu\"\n\n[ubnd-da-bac]"
    )]
);
case!(
    locality_its_own_successor,
    [Edit(
        "site.toml",
        "name = { vi = \"Tỉnh Hòa Bình\", en = \"Hoa Binh Province\" }\n",
        "name = { vi = \"Tỉnh Hòa Bình\", en = \"Hoa Binh Province\" }\nuntil = 2025-06-30\nsuccessor = \"hoa-binh\"\n"
    )]
);
case!(
    locality_its_own_successor_without_until,
    [Edit(
        "site.toml",
        "name = { vi = \"Tỉnh Hòa Bình\", en = \"Hoa Binh Province\" }\n",
        "name = { vi = \"Tỉnh Hòa Bình\", en = \"Hoa Binh Province\" }\nsuccessor = \"hoa-binh\"\n"
    )]
);
case!(legal_basis_not_in_the_register, [Edit(PROCEDURE, "[[legal_basis]]\nref = \"80/2020/NĐ-CP\"\ndate = 2020-07-08\ntitle = { vi = \"Nghị định về viện trợ không hoàn lại\", en = \"Decree on non-ODA grant aid\" }", "[[legal_basis]]\nref = \"313/2025/NĐ-CP\"")]);

// site.toml: languages and addresses.
case!(
    no_languages,
    [Edit(
        "site.toml",
        "languages = [\"vi\", \"en\"]",
        "languages = []"
    )]
);
case!(
    language_named_not_coded,
    [Edit(
        "site.toml",
        "languages = [\"vi\", \"en\"]",
        "languages = [\"vi\", \"English\"]"
    )]
);
case!(
    language_listed_twice,
    [Edit(
        "site.toml",
        "languages = [\"vi\", \"en\"]",
        "languages = [\"vi\", \"en\", \"vi\"]"
    )]
);
case!(
    default_language_not_in_the_list,
    [Edit(
        "site.toml",
        "default_language = \"vi\"",
        "default_language = \"vn\""
    )]
);
case!(
    base_url_without_https,
    [Edit(
        "site.toml",
        "\"https://ngo.example.gov.vn\"",
        "\"ngo.example.gov.vn\""
    )]
);
case!(
    text_in_a_language_the_site_does_not_have,
    [Edit(
        "site.toml",
        "name = { vi = \"Y tế\", en = \"Health\" }",
        "name = { vi = \"Y tế\", en = \"Health\", fr = \"Santé\" }"
    )]
);
case!(
    name_without_the_default_language,
    [Edit(
        "site.toml",
        "name = { vi = \"Y tế\", en = \"Health\" }",
        "name = { en = \"Health\" }"
    )]
);
case!(
    name_left_empty_in_the_default_language,
    [Edit(
        "site.toml",
        "name = { vi = \"Y tế\", en = \"Health\" }",
        "name = { vi = \"\", en = \"Health\" }"
    )]
);
case!(
    section_word_that_cannot_be_an_address,
    [Edit(
        "site.toml",
        "pages      = { vi = \"trang\",   en = \"pages\" }",
        "pages      = { vi = \"Trang\",   en = \"pages\" }"
    )]
);
case!(
    address_word_ending_with_a_hyphen,
    [Edit(
        "site.toml",
        PAGES_WORDS,
        pages_words_and!("sector = { vi = \"linh-vuc\", en = \"sector-\" }\n")
    )]
);
case!(
    address_word_in_a_language_the_site_does_not_have,
    [Edit(
        "site.toml",
        PAGES_WORDS,
        pages_words_and!("sector = { vi = \"linh-vuc\", fr = \"secteur\" }\n")
    )]
);
case!(
    two_sections_with_one_word,
    [Edit(
        "site.toml",
        "pages      = { vi = \"trang\",   en = \"pages\" }",
        "pages      = { vi = \"du-an\",   en = \"pages\" }"
    )]
);
case!(
    search_word_that_is_a_section,
    [Edit(
        "site.toml",
        PAGES_WORDS,
        pages_words_and!("search = { vi = \"tim-kiem\", en = \"projects\" }\n")
    )]
);
case!(
    two_address_words_alike,
    [Edit(
        "site.toml",
        PAGES_WORDS,
        pages_words_and!("sort = { vi = \"linh-vuc\", en = \"sort\" }\n")
    )]
);
case!(
    search_and_data_alike,
    [Edit(
        "site.toml",
        PAGES_WORDS,
        pages_words_and!("data = { vi = \"tim-kiem\", en = \"data\" }\n")
    )]
);

// site.toml: sectors, places, periods, the publisher, the theme.
case!(
    dac_code_too_short,
    [Edit("site.toml", "dac = \"11220\"", "dac = \"112\"")]
);
case!(
    locality_its_own_parent,
    [Edit(
        "site.toml",
        "parent = \"da-bac\"",
        "parent = \"tien-phong\""
    )]
);
case!(
    locality_parent_unknown,
    [Edit(
        "site.toml",
        "parent = \"da-bac\"",
        "parent = \"da-bak\""
    )]
);
case!(
    period_ending_before_it_starts,
    [Edit("site.toml", "to = 2025", "to = 2015")]
);
case!(
    publisher_not_an_organisation,
    [Edit(
        "site.toml",
        "publisher = \"so-ngoai-vu\"",
        "publisher = \"so-ngoai-vụ\""
    )]
);
case!(
    theme_missing,
    [Edit(
        "site.toml",
        "theme = \"default\"",
        "theme = \"hoa-binh\""
    )]
);

// site.toml: [money] and [legal].
case!(
    rate_for_the_base_currency,
    [Edit(
        "site.toml",
        "date = 2025-01-02\n",
        "date = 2025-01-02\n[[money.rates]]\ncurrency = \"VND\"\nper_unit = 1\ndate = 2025-01-02\n"
    )]
);
case!(
    rate_of_zero,
    [Edit("site.toml", "per_unit = 25_400", "per_unit = 0")]
);
case!(
    format_1_usd_rate_of_zero,
    [Edit(
        "site.toml",
        "[[money.rates]]\ncurrency = \"USD\"\nper_unit = 25_400\ndate = 2025-01-02\n",
        "usd_rate = 0\nusd_rate_date = 2025-01-02\n"
    )]
);
case!(
    format_1_usd_rate_without_its_date,
    [Edit(
        "site.toml",
        "[[money.rates]]\ncurrency = \"USD\"\nper_unit = 25_400\ndate = 2025-01-02\n",
        "usd_rate = 25400\n"
    )]
);
case!(
    legal_doc_replaced_without_until,
    [Edit(
        "site.toml",
        "[money]",
        decree_80_and!("replaced_by = \"313/2025/NĐ-CP\"\n\n[legal.\"313/2025/NĐ-CP\"]\ndate = 2025-12-08\ntitle = { vi = \"Nghị định về viện trợ không hoàn lại\", en = \"Decree on non-ODA grant aid\" }\n")
    )]
);
case!(
    legal_doc_ceasing_before_it_was_issued,
    [Edit(
        "site.toml",
        "[money]",
        decree_80_and!("until = 2020-06-30\n")
    )]
);
