//! Names that do not exist: each mistake names the nearest name that does.

use crate::common::Change::{Edit, Write};
use crate::{mistakes_of, BULLETIN, PAGE_EN, PROJECT, REPORT};

// Names that do not exist, each with the nearest name that does.
case!(
    unknown_key_in_facts,
    [Edit(
        PROJECT,
        "sdgs = [4]\n",
        "sdgs = [4]\nbeneficiares = 1200\n"
    )]
);
case!(
    unknown_sector,
    [Edit(PROJECT, "\"education\"", "\"educaton\"")]
);
case!(
    unknown_locality,
    [Edit(PROJECT, "[\"tien-phong\"]", "[\"tien-phog\"]")]
);
case!(
    unknown_period,
    [Edit(PROJECT, "\"2020-2025\"", "\"2021-2025\"")]
);
case!(
    unknown_organisation,
    [Edit(PROJECT, "\"ubnd-da-bac\"", "\"ubnd-da-bak\"")]
);
case!(
    unknown_front_matter_key,
    [Edit(
        PAGE_EN,
        "+++\n\n",
        "description = \"About the portal\"\n+++\n\n"
    )]
);
case!(
    unknown_file_in_an_entry,
    [Write(
        "content/projects/truong-mam-non-tien-phong/vn.md",
        "+++\ntitle = \"Nháp\"\nsummary = \"Bản nháp.\"\n+++\n"
    )]
);
case!(
    document_beside_the_facts_of_a_project,
    [Write(
        "content/projects/truong-mam-non-tien-phong/de-xuat-du-an.PDF",
        "%PDF-1.4\n"
    )]
);
case!(
    form_beside_the_facts_of_a_procedure,
    [Write(
        "content/procedures/phe-duyet-du-an-vien-tro/mau-02.docx",
        "PK"
    )]
);
case!(featured_project_missing, [Edit(BULLETIN, "date = 2025-03-31", "date = 2025-03-31\nfeatured = [\"truong-mam-non-tien-phong\", \"truong-mam-non-tien-phog\"]")]);
case!(
    missing_status_lists_the_statuses,
    [Edit(PROJECT, "status = \"seeking\"\n", "")]
);
case!(
    missing_owner,
    [Edit(PROJECT, "owner = \"ubnd-da-bac\"\n", "")]
);
case!(empty_facts_names_every_missing_key, [Write(REPORT, "")]);
