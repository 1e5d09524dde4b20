# The workbook /data/projects.xlsx: sheet names, column labels and the "read me" sheet.
# `minhbach import` knows a column by its label here (or by its key, like `sector`),
# so a workbook made before a label changed still imports by its keys.

format-xlsx = Excel workbook

workbook-sheet-projects = Projects
workbook-sheet-funding = Funding
workbook-sheet-indicators = Indicators
workbook-sheet-years = By year
workbook-sheet-read-me = Read me
workbook-sheet-lists = Lists

workbook-col-code = Code
workbook-col-slug = Folder
workbook-col-title = Title ({ $lang })
workbook-col-summary = Summary ({ $lang })
workbook-col-sector = Sector
workbook-col-sector-name = Sector name ({ $lang })
workbook-col-sector-dac = DAC code
workbook-col-localities = Places
workbook-col-localities-name = Place names ({ $lang })
workbook-col-period = Period
workbook-col-period-name = Period name ({ $lang })
workbook-col-status = Status
workbook-col-status-name = Status name ({ $lang })
workbook-col-owner = Owner
workbook-col-owner-name = Owner name ({ $lang })
workbook-col-published = Published
workbook-col-updated = Updated
workbook-col-start = Start
workbook-col-end = End
workbook-col-beneficiaries = Beneficiaries
workbook-col-sdgs = Sustainable Development Goals
workbook-col-contact-name = Contact
workbook-col-contact-email = Contact e-mail
workbook-col-contact-phone = Contact phone
workbook-col-currency = Currency
workbook-col-total = Total budget
workbook-col-requested = Aid sought
workbook-col-counterpart = Counterpart funds
workbook-col-committed = Committed
workbook-col-disbursed = Disbursed
workbook-col-still-sought = Still sought
workbook-col-committed-base = Committed ({ $currency })
workbook-col-disbursed-base = Disbursed ({ $currency })
workbook-col-still-sought-base = Still sought ({ $currency })
workbook-col-url = Page ({ $lang })
workbook-col-donor = Donor
workbook-col-donor-name = Donor name ({ $lang })
workbook-col-kind = Kind
workbook-col-amount = Amount
workbook-col-date = Date
workbook-col-amount-base = Amount ({ $currency })
workbook-col-label = Indicator ({ $lang })
workbook-col-unit = Unit ({ $lang })
workbook-col-baseline = Baseline
workbook-col-target = Target
workbook-col-actual = Actual
workbook-col-better = Better when
workbook-col-year = Year
workbook-col-project-currency = Project currency
workbook-col-name = Name ({ $lang })

workbook-better-higher = higher is better
workbook-better-lower = lower is better

workbook-readme-site = Portal
workbook-readme-publisher = Publisher
workbook-readme-as-of = Data as of
workbook-readme-definition = Definition

workbook-about-projects = One row per project. Columns with keys (such as Sector) are the data; the name columns beside them are for reading. Amounts are whole numbers in the project's currency, dates year-month-day.
workbook-about-funding = One row per commitment or disbursement by a donor to the project whose code is in the first column.
workbook-about-indicators = One row per result indicator of the project whose code is in the first column.
workbook-about-years = One row per year of aid sought by the project whose code is in the first column; the years add up to the aid sought.
workbook-about-read-me = This sheet: source, date, licence and how the figures are counted.
workbook-about-lists = The keys the workbook uses (sectors, places, periods, statuses, organisations, currencies), with their names. Cells with a drop-down list take their keys from here.
