## The command `minhbach import projects`: a workbook read into content/projects/.

# What is wrong with a cell
import-empty = the cell is empty, but { $what }
import-needed-new = a new project needs it
import-needed-always = every project has one
import-needed-entry = every row of this sheet needs it
import-missing-column = there is no column { $column }, but { $what }
import-not-a = '{ $value }' is not { $what }
import-did-you-mean = did you mean { $names }?
import-use-one-of = use one of { $names }
import-a-sector = a sector
import-a-locality = a place
import-a-period = a period
import-a-status = a status
import-an-organisation = an organisation of content/organisations.toml
import-a-currency = a currency with a rate in site.toml
import-a-kind = a kind of funding (committed or disbursed)
import-a-direction = a direction (higher or lower)
import-not-a-date = '{ $value }' is not a date; write it as 2025-12-31 or 31/12/2025
import-not-a-whole = '{ $value }' is not a whole number of 0 or more; write digits only, like 4800000000
import-not-a-number = '{ $value }' is not a number
import-not-a-goal = '{ $value }' is not a Sustainable Development Goal; they are numbered 1 to 17
import-not-a-year = '{ $value }' is not a year
import-zero = the amount is 0; write an amount above 0
import-bad-slug = '{ $value }' cannot be a folder name: { $why }
import-slug-chars = use only lowercase a–z, digits and -
import-slug-reserved = the filter pages use this word
import-twice = '{ $value }' is already on row { $row }; each project has one row
import-folder-taken = the folder '{ $value }' already holds the project { $code }
import-folder-fixed = the project { $code } is in the folder '{ $folder }'; a project's folder never changes (its address is permanent)
import-too-long = the summary is { $count } characters long; at most { $max }
import-over-total = aid sought plus counterpart funds ({ $sum }) is more than the total budget ({ $total })
import-end-before-start = the end ({ $end }) is not after the start ({ $start })
import-updated-before = the update ({ $updated }) is before the publication ({ $published })
import-contact-without-name = a contact e-mail or phone is given without a contact name
import-unknown-project = '{ $value }' is not the code of a project on the sheet { $sheet }
import-duplicate-column = this column repeats the column { $column }
import-bad-cell = the cell holds an error ({ $value })

# Notes
import-unknown-column = the column '{ $value }' is not one minhbach knows; it is not read
import-not-in-workbook = Projects of the site not in the workbook, left as they are: { $count }.

# What would be done
import-new = new
import-changed = changed
import-unchanged = unchanged
import-none = (none)
import-summary = { $new } new, { $changed } changed, { $unchanged } unchanged
import-dry-run = This was a dry run: nothing was written. Run it again with --apply to write these changes.
import-wrote = Files written in { $dir }: { $count }.
import-nothing-to-write = There is nothing to write.
import-mistakes = Mistakes in the workbook: { $count }. Nothing was written; correct the cells above and run it again.
import-site-mistakes = After the import the site would not build: the checks of build found the mistakes above ({ $count }). Nothing was written; correct the workbook (or the files named) and run it again.
import-warnings = Warnings on the site: { $count }; see them with `minhbach check`.

# An unusable file or site
import-cannot-read = cannot read the file { $file }: { $why }
import-not-utf8 = the CSV file is not UTF-8; in Excel, save it as "CSV UTF-8"
import-kind-of-file = only .xlsx, .ods and .csv files can be imported
import-no-header = the sheet { $sheet } has no header row
import-no-code-column = the sheet { $sheet } has no column { $column }: each row is a project, known by its code
import-site-unusable = the site directory { $dir } cannot be used: { $why }
import-site-broken = site.toml or content/organisations.toml has mistakes; run `minhbach check` and correct them first
import-write-failed = cannot write { $file }: { $why }
