//! Values written as a word processor or a spreadsheet writes them, lines the TOML reader
//! cannot read, and values of the wrong kind.

use crate::common::Change::Edit;
use crate::{mistakes_of, PROJECT};

// What word processors teach: each mistake shown with the corrected line, all in one run.
case!(
    lessons_from_word_processors,
    [
        Edit(PROJECT, "published = 2021-03-15", "published = 15/03/2021"),
        Edit(PROJECT, "total = 4_800_000_000", "total = 4.800.000.000"),
        Edit(
            PROJECT,
            "counterpart = 800_000_000",
            "counterpart = \"800.000.000 ₫\""
        ),
        Edit(PROJECT, "sector = \"education\"", "sector = “education”"),
    ]
);
case!(
    date_written_as_text,
    [Edit(
        PROJECT,
        "published = 2021-03-15",
        "published = \"15/03/2021\""
    )]
);

// Lines the TOML reader cannot read.
case!(
    text_without_quotes,
    [Edit(
        PROJECT,
        "code = \"HB-GD-2021-03\"",
        "code = HB-GD-2021-03"
    )]
);
case!(
    quote_never_closed,
    [Edit(
        PROJECT,
        "code = \"HB-GD-2021-03\"",
        "code = \"HB-GD-2021-03"
    )]
);
case!(
    words_after_the_value,
    [Edit(
        PROJECT,
        "code = \"HB-GD-2021-03\"",
        "code = \"HB-GD-2021-03\" (mã cũ: HB-21-03)"
    )]
);
case!(
    number_that_cannot_be_read,
    [Edit(PROJECT, "total = 4_800_000_000", "total = 4.8e9x")]
);
// The TOML reader's own words ("duplicate key") reach staff, not `duplicate-key`'s.
case!(
    key_written_twice,
    [Edit(PROJECT, "sdgs = [4]\n", "sdgs = [4]\nsdgs = [4, 6]\n")]
);
// The TOML reader refuses a day the calendar lacks before `date-not-a-day` can.
case!(
    day_not_in_the_calendar,
    [Edit(
        PROJECT,
        "published = 2021-03-15",
        "published = 2021-02-29"
    )]
);

// Values of the wrong kind.
case!(
    date_in_quotes,
    [Edit(
        PROJECT,
        "published = 2021-03-15",
        "published = \"2021-03-15\""
    )]
);
case!(
    date_with_a_time,
    [Edit(
        PROJECT,
        "published = 2021-03-15",
        "published = 2021-03-15 08:30"
    )]
);
case!(
    whole_number_in_quotes,
    [Edit(PROJECT, "sdgs = [4]", "sdgs = [\"4\"]")]
);
case!(
    number_in_quotes,
    [Edit(
        PROJECT,
        "sdgs = [4]\n",
        "sdgs = [4]\n\n[[indicators]]\nlabel = { vi = \"Trẻ được đến trường\", en = \"Children in school\" }\nunit = { vi = \"trẻ\", en = \"children\" }\nbaseline = \"0\"\ntarget = 120\n"
    )]
);
case!(
    one_locality_without_a_list,
    [Edit(
        PROJECT,
        "localities = [\"tien-phong\"]",
        "localities = \"tien-phong\""
    )]
);
case!(
    code_written_as_a_number,
    [Edit(PROJECT, "code = \"HB-GD-2021-03\"", "code = 2021")]
);
case!(
    contact_written_as_text,
    [Edit(
        PROJECT,
        "sdgs = [4]\n",
        "sdgs = [4]\ncontact = \"Nguyễn Văn An\"\n"
    )]
);
case!(
    colour_that_is_not_hex,
    [Edit(
        "site.toml",
        "publisher = \"so-ngoai-vu\"\n",
        "publisher = \"so-ngoai-vu\"\n\n[site.colors]\nbrand = \"dark red\"\n"
    )]
);
case!(
    status_not_in_the_list,
    [Edit(PROJECT, "status = \"seeking\"", "status = \"open\"")]
);
case!(
    logo_path_with_a_leading_slash,
    [Edit(
        "site.toml",
        "publisher = \"so-ngoai-vu\"\n",
        "publisher = \"so-ngoai-vu\"\nlogo = \"/images/logo.svg\"\n"
    )]
);
