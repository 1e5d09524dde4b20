## The tool's messages about the content: what is wrong, and how to fix it.
## Each message id is also the mistake's stable code in `check --format json`.

label-error = error
label-warning = warning
label-fix = fix
word-or = or
did-you-mean = did you mean { $names }?
use-one-of = use one of { $names }
io-not-found = the file or folder does not exist
io-permission = permission is denied
io-other = { $reason }

# Reading files
file-unreadable = cannot read the file: { $reason }
file-unreadable-fix = check that the file exists and can be read
file-is-folder = this is a folder, but a file is expected here
file-is-folder-fix = rename or remove the folder and write the file in its place
file-too-large = the file is { $size }, larger than the { $limit } a text file may have
file-too-large-fix = keep long documents as attachments in the `files/` folder and link to them
file-not-utf8 = the file is not valid UTF-8 text
file-not-utf8-fix = save the file with UTF-8 encoding (in most editors: "Save with encoding" → UTF-8)
file-permissions-fix = check its permissions

# What staff write the way a word processor taught them
teach-date = the date "{ $written }" is written day/month/year, which the content format cannot read
teach-date-fix = write the date as year-month-day, without quotes: { $line }
teach-thousands = the amount "{ $written }" groups its thousands with dots, commas or spaces, which the content format reads as something else
teach-thousands-fix = group thousands with underscores, or not at all: { $line }
teach-currency = the amount "{ $written }" carries its currency ({ $sign }); an amount here is a bare number
teach-currency-fix = write the number alone, and the currency in the `currency` line of the same table: { $line }
teach-quotes = this text is between curly quotes (“ ”), which a word processor puts in; the content format needs straight quotes (")
teach-quotes-fix = retype the quotes as straight quotes: { $line }

# Reading TOML (facts.toml, site.toml, front matter)
unknown-key = unknown key `{ $key }`
value-not-allowed = `{ $value }` is not an allowed value here
missing-key = the required key `{ $key }` is missing
missing-key-fix = add a line `{ $key } = …` (the staff guide, docs/content-guide.md, shows each key with an example)
missing-key-fix-one-of = add a line `{ $key } = "…"` with one of { $names }
duplicate-key = the key `{ $key }` is written twice in this table
duplicate-key-fix = write each key once; delete or rename the second one
wrong-type = expected { $wanted }, found { $found }
wrong-type-fix = write the value in the form the content format shows for this key
wanted-whole-number = a whole number without quotes
wanted-number = a number without quotes
wanted-list = a list in square brackets, like ["a", "b"]
wanted-text = text in double quotes
wanted-date = a date like 2024-03-15, without quotes
wanted-table = a table, like {"{"} vi = "…", en = "…" {"}"}
wanted-bool = true or false
wanted-other = { $what }
found-text = the text { $value }
found-number = the number { $value }
found-list = a list
found-table = a table
found-bool = { $value }
found-other = { $what }
date-expected = expected a date like 2024-03-15 (year-month-day, no quotes)
date-not-a-day = { $written } is not a day of the calendar
date-with-time = expected a date without a time, like 2024-03-15, found { $written }
date-fix = write the date as year-month-day without quotes, like 2021-03-15
syntax-unquoted = this value cannot be read: text must be between straight double quotes ("…"), while numbers and dates have none
syntax-unclosed-string = a quote opened on this line is never closed
syntax-after-value = something follows the value on this line
syntax-number = this number cannot be read
syntax-other = this line cannot be read ({ $detail })
syntax-fix = check the line: text in "double quotes", dates as 2024-03-15, numbers without quotes or separators (4_800_000_000)
suggestion-and-hint = { $suggestion } ({ $hint })

# Texts in each language: { vi = "…", en = "…" }
not-a-site-language = { $what }: `{ $lang }` is not a language of this site
languages-are-set-in-site-toml = the languages are set by `languages` in site.toml
no-text-in = { $what } has no text in `{ $lang }`
no-text-in-fix = add `{ $lang } = "…"`
text-empty = { $what }: the `{ $lang }` text is empty
text-empty-fix = write the text between the quotes: { $lang } = "…"
what-the-name = the name

# site.toml
what-site-key = the site's `{ $key }`
what-period = period `{ $key }`
what-sector = sector `{ $key }`
what-locality = locality `{ $key }`
period-ends-before-it-starts = period `{ $key }` ends ({ $to }) before it starts ({ $from })
period-ends-before-it-starts-fix = make `to` the same year as `from` or later
languages-empty = `languages` is empty
languages-empty-fix = list the site's languages, like languages = ["vi", "en"]
not-a-language-code = `{ $code }` is not a language code
not-a-language-code-fix = use a lowercase language code such as "vi", "en" or "fr"
language-twice = `{ $code }` is listed twice in `languages`
language-twice-fix = list each language once
default-language-not-listed = `default_language` "{ $code }" is not in `languages`
base-url-not-absolute = `base_url` must be an absolute http(s) address, found "{ $found }"
base-url-not-absolute-fix = write it like "https://ngo.example.gov.vn"
base-url-slash = `base_url` ends with a slash
base-url-slash-fix = write "{ $url }"
dac-code = sector `{ $key }`: `dac` must be a 5-digit OECD DAC purpose code, found "{ $found }"
dac-code-fix = write it as text of five digits, like dac = "11220"
locality-ref-unknown = locality `{ $key }`: `{ $what }` "{ $value }" is not a locality
locality-ref-unknown-fix = or add [localities.{ $value }]
successor-without-until = { $what } has a `successor` but no `until`
successor-without-until-fix = add `until = YYYY-MM-DD`, the last day the unit existed
locality-own-parent = locality `{ $key }` is its own parent
own-successor = { $what } names itself as its `successor`
locality-own-successor-fix = write the key of the unit it became part of, or remove the `successor` line
locality-cycle = the localities { $path } are each other's ancestors through `parent`
locality-cycle-fix = break the cycle: a unit's parent must be a larger unit
what-section = [sections] `{ $key }`
word-not-an-address = { $what }: the { $lang } word "{ $word }" cannot be part of an address: { $problem }
word-not-an-address-fix = use lowercase ASCII letters and `-`, like "{ $example }"
sections-same-word = [sections]: two sections use the word "{ $word }" in `{ $lang }`
sections-same-word-fix = give each section its own word
word-is-a-section = [sections] `{ $key }`: the { $lang } word "{ $word }" is also a section's word
word-is-a-section-fix = give the search and open-data pages words of their own
words-same = [sections]: two address words are "{ $word }" in `{ $lang }`
words-search-data-same = [sections]: `search` and `data` are both "{ $word }" in `{ $lang }`
words-same-fix = give each generated address its own word
slug-empty = it is empty
slug-characters = it may use only lowercase ASCII letters a–z, digits and `-`
slug-hyphens = it may not start or end with `-` or have two in a row

# [money]
rate-for-base = a rate for { $currency }, the base currency itself
rate-for-base-fix = remove this line: amounts in the base currency need no rate
rate-not-positive = `per_unit` must be a positive number
rate-not-positive-fix = write how many { $base } one { $currency } buys, like per_unit = 25_400
rate-twice = two rates for { $currency } on { $date }
rate-twice-fix = keep one line per currency and date
usd-rate-format-1 = `usd_rate` and `usd_rate_date` are the old form of the rates (format 1); they are read as one USD rate
usd-rate-format-1-fix = replace both lines with:
    {"    "}[[money.rates]]
    {"    "}currency = "USD"
    {"    "}per_unit = { $per_unit }
    {"    "}date = { $date }
    {"  "}and add a line for every other currency the projects use (EUR…)
usd-rate-not-positive = `usd_rate` must be a positive number
usd-rate-not-positive-fix = write how many VND one USD buys, like usd_rate = 25400
usd-rate-half = [money] has only one of `usd_rate` and `usd_rate_date`
usd-rate-half-fix = write both, the rate and the day it was taken, or neither

# [legal]
what-legal-title = the title of [legal."{ $reference }"]
legal-replaced-by-unknown = [legal."{ $reference }"]: `replaced_by` "{ $by }" is not a document of [legal]
legal-replaced-by-unknown-fix = or add [legal."{ $by }"] with its date and title
legal-replaced-without-until = [legal."{ $reference }"] has `replaced_by` but no `until`
legal-replaced-without-until-fix = add `until = YYYY-MM-DD`, the last day the document was in force
legal-until-before-date = [legal."{ $reference }"]: `until` ({ $until }) is before its `date` ({ $date })
legal-until-before-date-fix = correct the dates: a document ceases after it is issued

# References between files
not-a-key = "{ $value }" is not { $vocabulary ->
    [sector] a sector
    [locality] a locality
    [period] a period
   *[organisation] an organisation
}
keys-listed-in = the { $vocabulary ->
    [sector] sectors are listed in site.toml under [sectors]
    [locality] localities are listed in site.toml under [localities]
    [period] periods are listed in site.toml under [periods]
   *[organisation] organisations are listed in content/organisations.toml
}
no-such-keys-yet = there are no { $vocabulary ->
    [sector] sectors yet: add "{ $value }" to site.toml under [sectors]
    [locality] localities yet: add "{ $value }" to site.toml under [localities]
    [period] periods yet: add "{ $value }" to site.toml under [periods]
   *[organisation] organisations yet: add "{ $value }" to content/organisations.toml
}
not-a-web-address = `{ $key }` must be a web address starting with https://, found "{ $found }"
not-a-web-address-fix = copy the full address from the browser, like "https://example.gov.vn/page"
not-an-email = "{ $found }" is not an email address
not-an-email-fix = write it like "name@example.gov.vn"
no-rate = there is no exchange rate for { $currency } in site.toml, so this amount cannot be counted in any total
no-rate-fix = add to site.toml:
    {"    "}[[money.rates]]
    {"    "}currency = "{ $currency }"
    {"    "}per_unit = …   # { $base } for one { $currency }
    {"    "}date = { $date }

# content/organisations.toml
what-organisation = organisation `{ $key }`
org-successor-unknown = organisation `{ $key }`: `successor` "{ $value }" is not an organisation
org-successor-unknown-fix = each organisation of this file starts with its key in brackets, like [so-ngoai-vu]
org-successor-without-until-fix = add `until = YYYY-MM-DD`, the last day the body existed
org-own-successor-fix = write the key of the body that took over its work, or remove the `successor` line
org-key-invalid = the organisation key `{ $key }` is not valid: { $problem }
org-key-invalid-fix = use lowercase ASCII letters, digits and `-`, like `so-ngoai-vu`
org-country = organisation `{ $key }`: `country` must be an ISO 3166-1 two-letter code, found "{ $found }"
org-country-fix = write two capital letters, like "VN" or "GB"

# Procedures
audience-empty = `audience` is empty
audience-empty-fix = list who the procedure is for: "ngo", "agency", "public" (one or more)
form-outside = the form "{ $path }" is not inside this procedure's `files/` folder
form-outside-fix = put the form in `files/` and write its path like "files/mau-01.docx"
form-missing = the form "{ $path }" does not exist
form-missing-fix = add the file to `files/` or correct the name (names are case-sensitive)
legal-basis-empty = `legal_basis` is empty
legal-basis-empty-fix = add at least one [[legal_basis]] with the `ref` of a document of [legal] in site.toml
what-desk = the desk's `{ $key }`
legal-not-in-register = "{ $reference }" is not in the legal register, and has no `date` and `title` here
legal-not-in-register-fix = write its `date` and `title` here, or add it to [legal] in site.toml
legal-not-in-register-fix-suggest = { $suggestion } (the documents are listed under [legal] in site.toml), or write its `date` and `title` here
legal-cited-after-it-ceased = it was no longer in force on the procedure's `updated` date ({ $updated })
legal-not-reviewed-since = the procedure was last reviewed on { $updated }
legal-replaced = { $reference } was in force until { $until } (its last day) and was replaced by { $by }; { $when }
legal-replaced-fix = review the procedure against { $by }, cite ref = "{ $by }", and set `updated` to the day of the review
legal-ceased = { $reference } was in force until { $until } (its last day); { $when }
legal-ceased-fix = review the procedure, cite the documents in force, and set `updated`

# Results reports
report-to-before-from = `to` ({ $to }) is before `from` ({ $from })
report-to-before-from-fix = correct the dates of the period
report-published-early = the report is published on { $published }, before its period ends ({ $to })
report-published-early-fix = correct `published` or `to`: a report covers a period that has ended
breakdown-projects-over = the `{ $what }` entries add up to { $projects } projects, more than the report's `projects` ({ $total })
breakdown-committed-over = the `{ $what }` entries add up to { $committed } { $currency } committed, more than the report's `committed` ({ $total } { $currency })
breakdown-over-fix = correct the [[{ $what }]] figures or the total

# Bulletin issues
print-edition-missing = the print edition "{ $path }" does not exist
print-edition-missing-fix = add the PDF to `files/` or correct the name
print-edition-outside = the print edition "{ $path }" is not inside this issue's `files/` folder
print-edition-outside-fix = put the PDF in `files/` and write pdf = "files/ban-tin.pdf"

# Projects
localities-empty = `localities` is empty
localities-empty-fix = list at least one locality key, like localities = ["tien-phong"]
what-indicator = an indicator's `{ $key }`
updated-before-published = `updated` ({ $updated }) is before `published` ({ $published })
updated-before-published-fix = `updated` is the day of the last change: the same day as `published` or later
end-not-after-start = `end` ({ $end }) is not after `start` ({ $start })
end-not-after-start-fix = correct the dates: a project ends after it starts
sdg-out-of-range = `sdgs` has { $goal }, but the Sustainable Development Goals are numbered 1 to 17
sdg-out-of-range-fix = keep only numbers from 1 to 17
total-zero = the budget `total` is 0
total-zero-fix = write the project's total cost, greater than 0
budget-over-total = `requested` + `counterpart` ({ $sum } { $currency }) is more than `total` ({ $total } { $currency })
budget-over-total-fix = correct the figures: the aid sought plus the counterpart funds cannot exceed the total budget
budget-year-twice = the year { $year } has two [[budget.years]] entries
budget-year-twice-fix = write each year once
budget-years-sum = the [[budget.years]] add up to { $sum } { $currency }, but `requested` is { $requested } { $currency }
budget-years-sum-fix = make the years' amounts add up to the aid sought, or correct `requested`
funding-zero = a funding `amount` is 0
funding-zero-fix = write the amount pledged or paid, or remove the [[funding]] entry

# Facts that contradict each other, or that time made untrue (warnings)
committed-over-requested = the commitments add up to { $committed } { $currency }, more than the aid sought (`requested` = { $requested })
committed-over-requested-fix = correct `requested` or the [[funding]] amounts: if donors gave more than was asked, raise `requested`
seeking-but-covered = the status is `seeking`, but commitments of { $committed } { $currency } cover the aid sought
seeking-but-covered-fix = write status = "funded", or correct the [[funding]] entries
funded-but-short = the status is `funded`, but only { $committed } of the { $requested } { $currency } sought is committed
funded-but-short-fix = write status = "partly-funded", or add the missing [[funding]] commitment
ended-but-open = the project ended on { $end }, but its status is still `{ $status }`
ended-but-open-fix = write status = "completed" (or "withdrawn"); if the project was extended, move `end` and set `updated`
not-updated-for-a-year = this open project was last updated on { $last }, more than 12 months ago
not-updated-for-a-year-fix = check its facts with the owner, then write updated = { $today }
place-ceased = the project was published on { $published }, after `{ $place }` ceased to exist (its last day was { $until })
place-ceased-fix = place it in `{ $successor }`
place-ceased-fix-today = place it in a place that exists today
owner-ceased = the owner `{ $owner }` no longer exists (its last day was { $until }), but the project still seeks aid
owner-ceased-fix = make `{ $successor }`, the body that does its work today, the owner, so that donors reach a body that answers
owner-ceased-fix-today = make a body that exists today the owner, so that donors reach a body that answers
procedure-body-ceased = the procedure names `{ $body }`, which no longer exists (its last day was { $until })
procedure-body-ceased-fix = name `{ $successor }`, the body that does its work today, instead, so that people reach a body that answers
procedure-body-ceased-fix-today = name a body that exists today instead, so that people reach a body that answers

# The site directory and its folders
site-unreadable = cannot open the site directory { $dir }: { $reason }
site-not-a-folder = { $dir } is not a folder
site-without-site-toml = { $dir } has no site.toml, so it is not a site directory (create one with `minhbach init`)
file-missing = the file is missing
organisations-missing-fix = create it with at least the publisher named in site.toml (`minhbach init` shows an example)
facts-missing-fix = every entry of this kind needs a facts.toml (`minhbach new` writes one to start from)
link-outside-site = this is a link to a file outside the site directory
link-outside-site-fix = copy the file into the site directory instead of linking to it
link-dangling = this is a link to a file that does not exist
link-dangling-fix = remove the link or copy the real file here
unknown-in-content = minhbach does not know this name in content/
entry-is-a-file = content/{ $kind }/ holds one folder per entry, but this is a file
entry-is-a-file-fix = make a folder named after the entry (its slug) and put the files in it
folder-not-an-address = the folder name "{ $slug }" cannot be an address: { $problem }
folder-not-an-address-fix = rename the folder with lowercase letters a–z, digits and `-`, like "truong-mam-non-tien-phong"
folder-duplicate = the folder "{ $slug }" duplicates "{ $other }": they differ only by capitals, tone marks or spaces
folder-duplicate-fix = keep one of the two folders: move its files into "{ $other }" and delete "{ $slug }"
folder-unreadable = cannot read this folder
unexpected-file = minhbach does not expect this file here
attachment-outside-files = a document, form or photo is published only from the `files/` folder of its entry, not from here
attachment-move-fix = move it to { $folder }/files/{ $file }, and link to it from the words with the address files/{ $file }
form-move-fix = move it to { $folder }/files/{ $file }, and list it in facts.toml: forms = ["files/{ $file }"]
print-edition-move-fix = move it to { $folder }/files/{ $file }; if it is the print edition, name it in facts.toml: pdf = "files/{ $file }", else link to it from the words with the address files/{ $file }
page-has-facts-fix = the pages of content/pages have words only: remove facts.toml
default-words-missing = the words in the default language (`{ $lang }`) are missing
default-words-missing-fix = write { $lang }.md with a title, a summary and the text
not-yet-translated = not yet translated: the `{ $lang }` page shows the `{ $default }` words
not-yet-translated-fix = add { $lang }.md, translated from { $default }.md
files-folder-permissions-fix = check the permissions of the files folder
file-name-not-text = the file name is not valid text
file-name-not-text-fix = rename the file with plain letters, digits, `-` and `.`

# Between entries
slug-reserved = the folder name `{ $slug }` is part of the addresses of the catalogue's filter and list pages
slug-reserved-fix = rename the folder, for example to `{ $slug }-project`; these names are reserved: { $names }
publisher-unknown = the publisher "{ $key }" is not an organisation
code-used-twice = the { $kind } code "{ $code }" is already used by { $first }
code-used-twice-fix = give each { $kind } its own code; codes never change once published
parts-differ = this file has { $here } { $what ->
    [steps] { $here -> 
        [one] step
       *[other] steps
    }
   *[documents] { $here ->
        [one] document
       *[other] documents
    }
}, but { $other } has { $there } { $what ->
    [steps] { $there ->
        [one] step
       *[other] steps
    }
   *[documents] { $there ->
        [one] document
       *[other] documents
    }
}
parts-differ-fix = every language of a procedure has the same { $what }: add or remove [[{ $what }]] so both match
bulletin-number-twice = bulletin number { $number } is already used by { $first }
bulletin-number-twice-fix = give this issue a number of its own
featured-missing = the featured project "{ $slug }" does not exist
featured-missing-hint = a project's slug is its folder name in content/projects/
bulletin-order = issue { $newer } is dated { $newer_date }, not after issue { $older } ({ $older_date })
bulletin-order-fix = numbers increase with dates: correct the number or the date

# Links in the words
link-to-nowhere = the link "{ $target }" leads to no page of this site
link-to-nowhere-fix = correct the address: copy it from the page in the built site (addresses end with /)
anchor-missing = the link "{ $target }" leads to { $address }, which has no anchor `{ $anchor }`

# Themes and interface strings
theme-missing = the theme "{ $theme }" does not exist
theme-missing-fix = create themes/{ $theme }/ or write theme = "default"
template-syntax = the templates cannot be read: { $detail }
template-syntax-fix = correct the template syntax (Tera, like Jinja2)
template-failed = { $detail } (while rendering { $page })
template-card-failed = { $detail } (while rendering the card of { $slug })
template-footer-failed = { $detail } (while rendering the footer of the `{ $lang }` pages)
template-failed-fix = correct the template
fluent-syntax = this Fluent message cannot be read: { $detail }
fluent-syntax-fix = check the syntax: `message-id = text`, variables as {"{"} $name {"}"}
interface-untranslated = { $count ->
        [one] 1 interface message is not translated into `{ $lang }` ({ $ids }); the `{ $default }` text is shown
       *[other] { $count } interface messages are not translated into `{ $lang }` ({ $ids }); the `{ $default }` text is shown
    }
interface-untranslated-fix = add them to a .ftl file in i18n/{ $lang }/
did-you-mean-address = did you mean { $address }?
link-scheme = the link "{ $url }" uses an address type that is not allowed
link-scheme-fix = link with https://, mailto:, tel:, a site address starting with /, or a file in files/
link-preview = the link "{ $url }" is an address of the preview, which works only on this computer while it runs
link-preview-fix = keep only the part from the first / after the port: { $path }
link-file-missing = the link "{ $url }" points to a file that is not in this entry's `files/` folder
link-file-missing-fix = put the file in `files/` beside the words, or correct the name (names are case-sensitive)
link-outside-files = the relative link "{ $url }" leads outside this entry's `files/` folder
link-outside-files-fix = link to a file in `files/` (like files/plan.pdf) or to a site address starting with / (like /en/projects/x/)

# The words: front matter and Markdown
front-matter-missing = the words do not start with front matter between `+++` lines
front-matter-missing-fix = begin the file with a line `+++`, then `title = "…"` and `summary = "…"`, then another line `+++`, then the text
front-matter-unclosed = the front matter opened here with `+++` is never closed
front-matter-unclosed-fix = add a line `+++` after the summary (and any other key), before the text
title-empty = the `title` is empty
title-empty-fix = write the title between the quotes
summary-empty = the `summary` is empty
summary-empty-fix = write one or two sentences that say what this is
summary-too-long = the `summary` has { $count } characters, more than { $max }
summary-too-long-fix = shorten it and move the details into the text below the front matter
tab-code = this line starts with a tab, so the page will show it as a block of code, in a typewriter font
tab-code-fix = remove the tab at the start of the line (a word processor often adds it); indent list items with spaces

# Words nested too deep to parse safely (src/markdown/nesting.rs)
markdown-too-deep = the text is nested { $depth } levels deep here (block quotes, lists or emphasis one inside another); the limit is { $max }
markdown-too-deep-fix = write it with fewer levels inside one another: so deep a nesting is almost always a pasting mistake, and no phone can show it
html-too-deep = the HTML in the text is nested more than { $max } levels deep here (elements opened inside one another and never closed)
html-too-deep-fix = close each element where it ends (like </div>), or write the text in Markdown instead of HTML
site-page-missing = `{ $value }` names no page: there is no folder `content/pages/{ $value }/`
site-page-missing-fix = write the folder name of one of the pages ({ $names }), add that page, or remove this line
site-page-missing-fix-add = add that page (a folder `content/pages/{ $value }/` with its `vi.md`), or remove this line
site-file-missing = `{ $value }` names no file of the theme's or the site's `static/` folder
site-file-missing-fix = put the file in `static/{ $value }` (beside `site.toml`), or write the path of a file that is there, without a leading `/`
