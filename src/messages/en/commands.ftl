## The command line: help, what each command did, and its refusals.

cli-about = Build a bilingual aid-transparency website from a folder of plain files.
cli-usage = Usage:
cli-commands = Commands
cli-arguments = Arguments
cli-options = Options
cli-arg-help = Show this help
cli-arg-version = Show the version
cli-arg-lang = The language of messages and help: vi or en [default: from LC_ALL, LC_MESSAGES or LANG, else the site's default language]
cli-arg-site-dir = The site directory (it holds site.toml and content/) [default: this folder]
cli-arg-output = Where to write the site [default: SITE_DIR/public]
cli-arg-strict = Treat warnings (such as a missing translation) as mistakes
cli-arg-offline = Write a site that works from a disc or a USB stick: every link relative
cli-arg-timings = Print the time each phase of the build took
cli-arg-format = How to print the mistakes: text for people, json for editors and CI [default: text]
cli-arg-port = The port of the preview on 127.0.0.1 [default: 8000]
cli-arg-kind = What to create: project, procedure, results, bulletin or page
cli-arg-slug = The folder name and last part of the address: lowercase a–z, digits and `-`
cli-arg-dir = The folder of the new site
cli-arg-what = What to import: projects
cli-arg-file = The workbook (.xlsx, .ods) or CSV file, in the layout of /data/projects.xlsx
cli-arg-apply = Write the changes (without it, only show what would change)
cli-exit-codes = Exit status: 0 done; 1 the content has mistakes (nothing was written); 2 the command line is wrong, or the site directory or the output folder cannot be used.
cli-build = Build the site into a folder of static pages.
cli-build-examples = Examples:
    {"  "}minhbach build                   # the site in this folder, into ./public
    {"  "}minhbach build ~/site --output /var/www/ngo
    {"  "}minhbach build --offline --output disc/   # a copy that opens from a disc
    On any mistake nothing is written and the previous output stays as it was.
cli-check = Check every file and link; write nothing.
cli-check-examples = Examples:
    {"  "}minhbach check                   # the site in this folder
    {"  "}minhbach check --strict ~/site   # untranslated pages are mistakes too
    {"  "}minhbach check --format json     # for an editor or CI
cli-serve = Preview the site on this computer: it rebuilds when a file changes, the open page reloads itself, and mistakes show in the page.
cli-serve-examples = Examples:
    {"  "}minhbach serve                   # then open http://127.0.0.1:8000/
    {"  "}minhbach serve ~/site --port 8080
cli-new = Start a new entry from a commented template.
cli-new-examples = Examples:
    {"  "}minhbach new project truong-mam-non-tien-phong
    {"  "}minhbach new procedure phe-duyet-vien-tro ~/site
    The template's places to fill in are mistakes until they are filled in.
cli-init = Create a new, valid, minimal site with a commented site.toml.
cli-init-examples = Example:
    {"  "}minhbach init my-site && minhbach build my-site
cli-import = Read projects from a workbook (.xlsx, .ods) or a .csv; a dry run unless --apply.
cli-import-examples = Examples:
    {"  "}minhbach import projects danh-muc.xlsx          # show what would change
    {"  "}minhbach import projects danh-muc.xlsx --apply  # write the changes
cli-lang-unknown = --lang { $code }: the tool speaks vi (Tiếng Việt) and en (English)
cli-error-unknown-argument = the command does not know { $argument }
cli-error-unknown-command = there is no command { $command }
cli-error-unknown-command-hint = there is no command { $command }; { $hint }
cli-error-invalid-value = "{ $value }" is not a value { $argument } takes ({ $valid })
cli-error-missing = { $argument } is needed
cli-error-no-command = say which command to run: build, check, serve, new, init or import
cli-error-other = { $detail }
cli-error-help = For the commands and their options: minhbach --help

count-mistakes-warnings = { $errors ->
    [0] { $warnings ->
        [0] no mistakes
        [one] 1 warning
       *[other] { $warnings } warnings
    }
    [one] 1 mistake{ $warnings ->
        [0] {""}
        [one] {" "}and 1 warning
       *[other] {" "}and { $warnings } warnings
    }
   *[other] { $errors } mistakes{ $warnings ->
        [0] {""}
        [one] {" "}and 1 warning
       *[other] {" "}and { $warnings } warnings
    }
}
done-build = wrote the site to { $dir }: { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
done-check = no mistakes found: { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
mistakes-found-build = { count-mistakes-warnings } found; nothing was written, the previous output is unchanged
mistakes-found-check = { count-mistakes-warnings } found; { $errors ->
    [one] fix it and check again
   *[other] fix them and check again
}
write-failed = cannot write { $path }: { $reason }
write-failed-fix = check the output folder's permissions and free space
output-not-ours = { $dir } already exists and was not made by minhbach (it has no { $marker } file); choose an empty or new output folder

# new and init
new-created = created { $dir }: fill in the places marked { $marker }, then run minhbach check
init-created = created a new site in { $dir }; build it with: minhbach build { $dir }
new-bad-slug = "{ $slug }" cannot be a folder name: { $problem }
new-reserved = "{ $slug }" is a word of the catalogue's own addresses ({ $names }); choose another folder name
new-exists = { $dir } already exists
new-duplicate = { $dir } would duplicate { $other }: they differ only by capitals, tone marks or spaces
new-site-unreadable = cannot read { $dir }/site.toml: { $reason }
new-site-mistakes = site.toml has mistakes; run minhbach check first
new-cannot-write = cannot write { $path }: { $reason }
init-exists = { $dir } already has a site.toml
placeholder = this line still holds the template's place to fill in: { $placeholder }
placeholder-fix = replace the text in square brackets with the real value, then check again

# The preview
serve-listening = preview on http://127.0.0.1:{ $port }/ (Ctrl+C to stop)
serve-cannot-listen = cannot listen on 127.0.0.1:{ $port }: { $reason }
serve-port-busy = the port { $port } of 127.0.0.1 is already in use: is another preview (minhbach serve) running? Stop it with Ctrl+C, or choose another port: minhbach serve --port { $next }
serve-rebuilt = rebuilt in { $ms } ms: { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
serve-keeps-last = { count-mistakes-warnings }; the preview shows the last good build, with the mistakes in the page
serve-no-build-yet = { count-mistakes-warnings }; there is no good build to show yet: the page lists the mistakes
serve-watch-failed = cannot watch the site's files for changes: { $reason }
serve-page-title = Mistakes to fix
serve-page-intro = The site was not rebuilt: the preview shows the last good build. Fix these and save; this page updates by itself.
serve-page-no-build = The site has not been built yet: fix these and save; this page updates by itself.
serve-not-found = There is no page at this address.
