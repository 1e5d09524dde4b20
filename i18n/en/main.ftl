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
nav-projects = Projects seeking aid
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
home-projects-seeking = Projects seeking funding
home-aid-sought = Aid still sought
home-committed = Committed by donors so far
home-projects-total = Projects in the catalogue
home-newest = Newest needs
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
status-seeking = Seeking funding
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
fact-requested = Aid sought
fact-counterpart = Counterpart funds
fact-committed = Committed
fact-gap = Funding gap
fact-owner = Project owner
fact-published = Published
fact-updated = Last updated
fact-start = Start
fact-end = End
fact-beneficiaries = People reached
fact-sdgs = Sustainable Development Goals
fact-procedure-code = Procedure code
fact-national-code = National portal code
fact-agency = Receiving agency
fact-audience = Who it is for
fact-time-limit = Time limit
fact-fee = Fee
fact-online = Apply online
dac-code = DAC { $code }
locality-until = until { $date }
locality-successor = now part of { $name }
people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
sdg = Goal { $number }

funding-heading = Funding received
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
contact-heading = Contact
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
report-committed = Committed
report-disbursed = Disbursed
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
