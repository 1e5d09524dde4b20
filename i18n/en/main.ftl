## English interface strings of the default theme.
## Numbers in { $count } are grouped the English way by minhbach.

language-name = English

# Formats: a translator decides how money and dates read.
money = { $currency } { $amount }
date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
approx-converted = (about { $amount } at the rate of { $date })

skip-to-content = Skip to main content
nav-main = Main
nav-languages = Language
nav-home = Home
nav-projects = Project catalogue
nav-procedures = Procedures
nav-results = Results
nav-bulletin = Bulletin
nav-pages = About
breadcrumbs = You are here
published-by = Published by
made-with = Built with minhbach, an open-source generator of aid-transparency sites.
untranslated-notice = This page has not been translated into { $page_lang ->
    [vi] Vietnamese
    [en] English
   *[other] this language
} yet. The text below is in { $words_lang ->
    [vi] Vietnamese
    [en] English
   *[other] its original language
}.

home-title = Home
home-intro = The province's priority projects seeking foreign aid, the procedures for giving and receiving aid, the results of aid received, and the foreign-affairs bulletin.
home-figures = At a glance
home-newest = Newest projects seeking aid
home-all-projects = See all { $count ->
    [one] { $count } project
   *[other] { $count } projects
}
home-latest-issue = Latest bulletin

projects-intro = Every project the province has published, whatever its status, with its budget, the aid it seeks and the funds committed so far.
project-count = { $count ->
    [one] { $count } project
   *[other] { $count } projects
}
status-seeking = Seeking aid
status-partly-funded = Partly funded
status-funded = Funded
status-ongoing = Ongoing
status-completed = Completed
status-withdrawn = Withdrawn
funding-progress = { $percent }% of the aid sought is committed
facts-heading = Key facts
fact-code = Code
fact-sector = Sector
fact-localities = Places
fact-period = Plan period
fact-status = Status
fact-total = Total budget
fact-counterpart = Counterpart funds
fact-owner = Project owner
fact-published = Published
fact-updated = Last updated
fact-start = Start
fact-end = End
fact-sdgs = Sustainable Development Goals
fact-procedure-code = Procedure code
fact-national-code = National portal code
fact-agency = Receiving agency
fact-audience = Who it is for
fact-time-limit = Time limit
fact-fee = Fee
fact-online = Apply online
dac-code = DAC { $code }
people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
sdg = Goal { $number }

funding-heading = Commitments and disbursements
funding-donor = Donor
funding-kind = Type
funding-amount = Amount
funding-date = Date
funding-committed = Committed
funding-disbursed = Disbursed
indicators-heading = Results measured
indicator = Indicator
indicator-baseline = Baseline
indicator-target = Target
indicator-actual = Achieved
not-measured = not yet measured
description-heading = About the project
files-heading = Documents
contact-heading = Contact about this project
permanent-address = Permanent address to cite:

procedures-intro = How to give aid to the province, how an NGO registers and reports, and what each step asks for.
audience-ngo = Foreign NGOs
audience-agency = Provincial agencies
audience-public = The public
audience-for-ngo = For foreign NGOs
audience-for-agency = For provincial agencies
audience-for-public = For the public
working-days = { $count ->
    [one] { $count } working day
   *[other] { $count } working days
}
fee-none = Free
steps-heading = Step by step
documents-heading = Documents to submit
document = Document
copies = Copies
conditions-heading = Conditions
forms-heading = Forms to download
legal-heading = Legal basis

results-intro = What aid the province has received: the totals it reported for each period, by sector and by place.
results-reports = Reports by period
report = Report
report-period = Period
report-projects = Programmes and projects
report-by-sector = By sector
report-by-sector-name = Sector
report-by-locality = By place
report-by-locality-name = Place
report-kind-quarterly = Quarterly report
report-kind-half-year = Half-year report
report-kind-annual = Annual report
report-kind-multi-year = Multi-year report

bulletin-intro = The province's foreign-affairs bulletin, every quarter, in Vietnamese and English.
issue-number = No. { $number }
issue-pdf = Print edition:
issue-featured = Featured projects
issue-new-projects = Projects published or updated since the previous issue
issue-no-new-projects = No project was published or updated since the previous issue.

pages-intro = About this portal, how to work with the province, and how to reuse its data.

data-title = Open data
data-intro = Every project, procedure and results report of this portal as files you can download and reuse: JSON with its schema, CSV for spreadsheets, and IATI XML for aid-information systems.
data-licence = Licence
data-no-licence = The province has not yet stated terms of reuse for these files. Ask the publisher before you republish them.
data-same-figures = The files are made from the same content as the pages, at the same time: a figure never differs between a page and a file.
data-files-of = Files of the { $dataset ->
    [projects] projects
    [procedures] procedures
   *[results] results reports
} dataset
data-file = File
data-format = Format
data-size = Size
data-records = Records
data-last-change = Last change
data-fields = What each field of a { $dataset ->
    [projects] project
    [procedures] procedure
   *[results] report
} means
data-more = Notes for reusers
data-csv-note = CSV files are UTF-8 with a byte-order mark, so that Excel shows Vietnamese correctly. Their columns have the names of the JSON fields; money columns are plain whole numbers, in the currency of the `currency` column.
data-iati-note = The IATI file follows version 2.03 of the IATI Standard: one activity per project, identified by the publisher's IATI reference, a hyphen and the project code.
dataset-projects = Project catalogue
dataset-procedures = Administrative procedures
dataset-results = Results of aid received
format-json = JSON
format-json-schema = JSON Schema
format-csv = CSV (spreadsheet)
format-iati-xml = IATI 2.03 XML
iati-result-title = Project indicators

field-slug = The entry's folder name; part of its permanent address.
field-code = The province's code, which never changes once published.
field-iati_identifier = The IATI activity identifier: the publisher's IATI reference, a hyphen and the code.
field-sector = The sector: its key, its OECD DAC 5-digit purpose code and its name in each language.
field-localities = Where the project takes place: each unit's key, names, parent units (nearest first) and, for a merged unit, its last day and successor.
field-period = The planning period: its key, first and last year, and name.
field-status = seeking, partly-funded, funded, ongoing, completed or withdrawn.
field-owner = The organisation that owns the project and answers questions about it.
field-published = The day it was first published (YYYY-MM-DD).
field-updated = The day it was last updated (YYYY-MM-DD).
field-start = Planned or actual start (YYYY-MM-DD).
field-end = Planned or actual end (YYYY-MM-DD).
field-beneficiaries = The number of people who benefit.
field-sdgs = The Sustainable Development Goals served, numbered 1 to 17.
field-contact = The person to contact: name, email, telephone.
field-budget = The whole cost (total), the aid sought (requested) and the counterpart funds, in one currency.
field-committed = Aid committed by funders, in whole units of the budget’s currency; each commitment converted at the latest rate on or before its day.
field-disbursed = Aid disbursed by funders, in whole units of the budget’s currency, converted in the same way.
field-funding = Each commitment and disbursement: funder, kind, amount, currency and day.
field-indicators = Indicators: label, unit, baseline, target and latest actual value.
field-words = Title, summary and text in each language they are written in.
field-url = The page's address in each language.
field-files = Attached files: name, address and size in bytes.
field-national_code = The code of the procedure in the national public-service database.
field-agency = The agency that receives the dossier.
field-audience = Who the procedure is for: ngo, agency, public.
field-time_limit_days = The time limit, in working days.
field-fee = The fee, in whole units of fee_currency; 0 when free.
field-fee_currency = The currency of the fee.
field-online_url = Where to apply online.
field-forms = The forms to fill in: name, address and size.
field-legal_basis = The legal documents the procedure rests on: number, date and title.
field-kind = quarterly, half-year, annual or multi-year.
field-from = The first day the report covers.
field-to = The last day the report covers.
field-projects = Projects and programmes approved in the period.
field-currency = The currency of the report's amounts.
field-by_sector = Projects and committed aid by sector.
field-by_locality = Projects and committed aid by locality.
data-schema-version = The JSON files follow version { $version } of their schemas, published beside them. New fields may be added within a version; a field is never removed or given another meaning without a new version number.
data-iati-missing = An IATI file will be published once the publisher's IATI organisation identifier is recorded (iati_ref in content/organisations.toml).
feed-everything = New and updated
feed-needs = Projects seeking aid: new and updated
feed-bulletin = Foreign-affairs bulletin
feed-follow = Follow by feed (Atom)

nav-search = Search
filter-heading = Filter and sort projects
filter-combine = Combine filters
filter-sector = Sector
filter-locality = Place
filter-period = Period
filter-status = Status
filter-any = Any
filter-min = At least
filter-max = At most
filter-apply = Apply filters
filter-clear = Show all projects
facet-intro = The projects of this filter, newest first, with their figures added up. Combine filters on the catalogue page.
download-csv = Download all projects (CSV)
sort-label = Sort by
sort-newest = Newest
sort-title = Title
list-heading = Projects
result-count-template = { "{count}" } projects
filter-incomplete = Some projects could not be loaded, so this list may be incomplete. Reload the page to try again.
search-title = Search
search-intro = Search projects, procedures, results reports, bulletin issues and pages, in Vietnamese with or without diacritics, or in English.
search-label = Words to search for
search-button = Search
search-hint = Diacritics are optional: “duong” finds “đường”.
search-none = No results for “{"{query}"}”.
search-count = Results: {"{count}"}
search-browse = Browse by filter
search-browse-intro = Every sector, place, period and status has its own list of projects.
search-all-projects = All projects in the catalogue
project-as-json = This project as data (JSON)
indicator-progress = { $percent }% of the way from baseline to target
data-project-files = Each project is also published on its own, as data/projects/ followed by its folder name and .json, linked from the project's page.
chart-several-places = Several districts
results-headline = Aid received at a glance
results-declared = As declared in the latest report
results-source-report = Source:
results-published = published { $date }
results-from-projects = From each project's commitments and disbursements
results-source-projects = Source: commitments and disbursements recorded on each project of the catalogue,
results-as-of = as of { $date }.
results-funded-projects = Projects with a commitment
results-funders = Funders
results-charts = Charts
results-reports = Results reports
results-csv = Download the reports (CSV)
results-indicators = Progress of project indicators
indicator-project = Project
chart-funding-by-year = Aid committed and disbursed, by year
chart-funding-by-year-rows = Year
chart-funding-by-year-message = The most was committed in { $name }: { $amount } of { $total } committed in all.
chart-by-sector = Committed and still sought, by sector
chart-by-sector-rows = Sector
chart-by-sector-message = { $name } has received the most commitments: { $amount } of { $total } committed in all.
chart-by-locality = Committed and still sought, by district
chart-by-locality-rows = District
chart-by-locality-message = { $name } has received the most commitments: { $amount } of { $total } committed in all.
chart-by-status = Projects by status
chart-by-status-rows = Status
chart-by-status-message = The largest group is “{ $name }”, with { $amount } of { $total } projects.
chart-empty = No figures yet.
chart-table = The figures of the chart “{ $chart }”
chart-csv = Download these figures (CSV)
chart-funding-by-year-message-none = No commitment has been recorded yet.
chart-by-sector-message-none = No commitment has been recorded yet.
chart-by-locality-message-none = No commitment has been recorded yet.
chart-by-status-message-none = No project has been published yet.
issue-new-procedures = Procedures updated since the previous issue
issue-no-new-procedures = No procedure was updated since the previous issue.
issue-results = Results in brief
issue-results-summary = By { $date }, funders had made commitments to { $projects ->
    [one] one project
   *[other] { $projects } projects
} of the catalogue.
issue-new-reports = Results reports published since the previous issue:
issue-see-results = See all results, with charts
pagination = Pages of the list
page-range = Projects { $first }–{ $last } of { $count }
page-previous = Previous page
page-next = Next page
page-number = Page { $number }
filters-on-first-page = Filter or sort this list on its first page
measure-projects = Projects
measure-open-projects = Projects seeking aid
measure-still-sought = Aid still sought
measure-committed = Committed
measure-disbursed = Disbursed
measure-requested = Aid sought
measure-withdrawn = Withdrawn
sort-still-sought = Most aid still sought
filter-still-sought = Aid still sought ({ $currency })
fact-beneficiaries-planned = People who will benefit
fact-beneficiaries-reached = People reached
totals-rates = Totals are in { $currency }. Amounts in other currencies are counted at the latest rates: { $rates }.
rate-line = 1 { $currency } = { $amount } ({ $date })
totals-how = How we count
total-row = Total
report-rest = Not broken down (province-wide or not reported)
report-in-base = about { $amount } at the rate of { $date }
chart-rates = Amounts are in { $currency }, counted as on the “How we count” page.
indicator-better-lower = lower is better
count-title = How we count
count-intro = Every figure on this portal, in its pages, feeds and data files, is counted once and in one way. These are the definitions.
count-requested = Aid sought: what a project asks of donors, as its owner wrote it (its budget less the counterpart funds and other sources).
count-committed = Committed: the sum of the commitments donors have made to a project. A commitment in another currency than the project’s is converted at the latest rate on or before the commitment’s day (the earliest rate when none is earlier).
count-disbursed = Disbursed: the sum of what donors have paid, converted in the same way.
count-open = Projects seeking aid: the projects whose status is “seeking aid” or “partly funded”.
count-still-sought = Aid still sought: for a project seeking aid, the aid sought less what is committed, never below zero; for every other project, nothing.
count-withdrawn = Withdrawn projects are counted and listed as withdrawn, and count in no money total.
count-projects = Projects: every project of the catalogue, withdrawn ones included.
count-totals = A total adds up the projects’ own figures. Each project’s figure is converted into { $currency } at the latest rate of its currency; the rates and their dates are listed below.
count-rates = Exchange rates
count-rates-intro = Each line gives how many { $currency } one unit of a currency was worth from its date on. A commitment or a disbursement is converted at the latest line on or before its day; a total at the latest line of each currency.
count-rate-currency = Currency
count-rate-value = Value in { $currency }
count-rate-date = From
count-now = Today’s totals
data-how = How each figure is counted
field-open = Whether the project seeks aid now: its status is seeking or partly-funded.
field-still_sought = For a project seeking aid, the aid sought less what is committed (never below 0); 0 for every other status. In the budget’s currency.
field-committed_base = committed, in the site’s base currency at the latest rate.
field-disbursed_base = disbursed, in the site’s base currency at the latest rate.
field-still_sought_base = still_sought, in the site’s base currency at the latest rate.
field-national_url = The procedure’s own page on the national public-service portal.
field-decision = The decision that published the procedure.
field-level = Where the procedure is carried out: central, province or commune.
field-competent = The authority that decides.
field-coordinating = The bodies consulted.
field-desk = Where dossiers are received, and when: address and opening hours in each language.
place-within-now = until { $date } in { $unit }; now { $now }
place-within = until { $date } in { $unit }
place-ended-now = until { $date }; now { $now }
place-ended = until { $date }
org-ceased-successor = until { $date }; its work is now done by { $name }
org-ceased = until { $date }
form-download = { $format } file
fact-decision = Published by decision
fact-level = Level
level-central = Central government
level-province = Province
level-commune = Commune
fact-competent = Decided by
fact-coordinating = Bodies consulted
fact-desk = Where to submit
fact-desk-hours = Opening hours
fact-result = What you receive
fact-due = When reports are due
fact-national-record = This procedure on the national public-service portal
legal-replaced = In force until { $date }; replaced by { $by }.
legal-ceased = In force until { $date }; no longer in force.

# Phone layout, the province's identity, contact (issue 15)
home-heading = Projects seeking aid, procedures and results
nav-footer = Site links
contact = Contact
partners-guide = Guide for partners
partners-how = Want to fund a project? Read the guide for partners
contact-owner = Project owner
contact-write = Write
contact-call = Call
footer-website = Website
result-shown-template = Showing { "{shown}" } of { "{count}" } projects
list-more = Show more projects
scroll-hint = This table is wider than the screen: swipe sideways, or select it and use the arrow keys, to see all of it.
untranslated-mark = ({ $words ->
    [vi] Vietnamese
    [en] English
   *[other] not translated
})
kind-projects = Project
kind-procedures = Procedure
kind-results = Results report
kind-bulletin = Bulletin issue
kind-pages = Page
search-error = The search data could not be loaded. Check the connection and try again.

## The page-not-found (/404.html), in every language on one page
not-found-title = Page not found
not-found-text = There is no page at this address. It may have moved, or the address may be mistyped.
not-found-home = Home page
not-found-catalogue = The catalogue of projects seeking aid
not-found-search = Search the portal

## Print: the catalogue as a book, the leaflets (templates book.html, leaflet.html)
print-book = Print the catalogue
print-leaflet = Print a leaflet of these needs
print-how = This page is made to be printed on A4: in your browser choose Print, then "Save as PDF" to make a PDF.
book-title = Catalogue of projects seeking foreign aid
book-description = The whole catalogue of projects as one document to print: by sector, each project with its figures, its contact and its permanent address.
book-back = Back to the catalogue
book-as-of = As of { $date }
book-online = The catalogue online, always up to date:
book-contents = Contents
book-order = In each sector, the projects still seeking aid come first, then the others, each in order of title. Each project's amounts are in its own currency; the totals are in the currency of the site.
book-dates = { $from } to { $to }
book-page-number = Page { $page } of { $pages }
leaflet-title = Projects seeking foreign aid
leaflet-description = One page to print: the open needs of this sector or place, with their amounts, whom to contact, and the address of the list online.
leaflet-back = Back to the list
leaflet-needs = Open needs, most aid still sought first
leaflet-project = Project
leaflet-more = …and { $count ->
    [one] { $count } more open need
   *[other] { $count } more open needs
} online: scan the code or open the address at the top of this page.
leaflet-contact = Whom to contact
leaflet-contact-owner = About one project, write to its owner, named under its title, or to the contact on its page.
leaflet-online = Every project of this list online:

## The e-mail edition of a bulletin issue (templates email.html, email.txt)
issue-email-edition = The e-mail edition of this issue, to paste into a message:
issue-email-html = formatted
issue-email-text = plain text
email-view-web = View this issue on the web
email-read-on = Read on the web
email-more-articles = { $count ->
    [one] { $count } more article
   *[other] { $count } more articles
} on the web
email-more-new = …and { $count ->
    [one] { $count } more project
   *[other] { $count } more projects
} on the web
email-footer = The e-mail edition of the bulletin of { $site }. To write to us:
