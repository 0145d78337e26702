<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Activity</name>
    <message>
        <source>The activity report could not be computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The activity report could not be computed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgendaRepository</name>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birthdays could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArchiveRepository</name>
    <message>
        <source>The archive could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record could not be restored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record is not in the archive any more.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>“%1” could not be copied beside the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be put in place of “%1”; the database before it is in “%2”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BusyWork</name>
    <message>
        <source>Kontor</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeHistoryDialog</name>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stay in touch every (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost because</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snoozed until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>The change history could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run “kontor-cli --help” for the commands and options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--contacts needs a whole number of 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated %1 contacts, %2 companies, %3 interactions, %4 deals, %5 reminders in %6 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search needs the text to look for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite %1, journal mode %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup needs exactly one target file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print machine-readable JSON on standard output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: how many contacts to generate (default 500).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: the random seed; the same seed gives the same data (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search: the most results to print (default 20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of messages, such as de or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--interactions needs a whole number from 0 to 1000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: average interactions per contact over the last year (default 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--as-of needs a date such as 2026-11-24.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: the day the demo data is written for (default today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report needs one of: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a date such as 2026-11-24.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report: the first day (default: the quarter's first).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report: the last day (default: today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: CSV with every value exactly as stored, formulas not neutralised (for scripts and import).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import needs a file: import FILE.csv or FILE.vcf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--duplicates is skip, update, merge or create.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--delimiter is one character (or “tab”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No preset is called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--map takes COLUMN=field, with a field key such as first_name: “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run, nothing changed: %1 rows; %2 would be created, %3 updated, %4 merged, %5 skipped, %6 rejected; %7 with warnings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 rows: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected; %7 with warnings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“kontor-cli undo-import %1” takes it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 created, %2 updated, %3 merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undo-import needs the import's number, as “kontor-cli imports” lists it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import %1 undone: %2 contacts removed, %3 put back as they were, %4 archived (they have history logged since).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: report what would happen, row by row, and change nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: a row whose email or phone is already there: skip (default), update, merge or create.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: COLUMN=field, by header or number; repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: the mapping preset by name (default: the one that fits best).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: the file's encoding (default: detected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: the character between fields (default: detected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>char</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs what: contacts, companies, interactions, deals, reminders, meetings or calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format for %1 is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: csv (default), vcf (contacts) or ics (reminders, meetings, calendar).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--as is contacts, companies, interactions or deals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A vCard file holds contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: what the file holds: contacts (default), companies, interactions or deals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontor's command line: scripts, backups, tests and benchmarks over the same database as the window.

Commands:
  init                      create or upgrade the database
  demo [--contacts N] [--seed S] [--interactions N] [--as-of DATE]
                            add deterministic demo data
  search TEXT [--limit N]   find contacts, companies and notes
  report funnel|sources|weekly|activity|forecast [--from DATE] [--to DATE] [--owner NAME]
                            the Reports page's figures (default: this quarter)
  check                     integrity and schema report
  backup FILE               consistent copy, also while Kontor is open
  import FILE.csv|FILE.vcf [--as contacts|companies|interactions|deals] [--dry-run]
         [--duplicates skip|update|merge|create] [--map COLUMN=field ...] [--preset NAME]
         [--encoding E] [--delimiter C]
                            checked row by row, in one transaction
  imports                   the import history
  undo-import N             take an import back
  export contacts|companies|interactions|deals [-o FILE] [--format csv|vcf] [--exact]
                            CSV (spreadsheet-safe, or --exact); contacts also as vCard 4.0
  export reminders|meetings|calendar [-o FILE]
                            iCalendar (.ics); standard output without -o

Commands that write (each one step, as in the window; --json prints the record with its id):
  contact add --first-name F [--last-name L] [--email E] [--phone P] [--company C]
              [--job-title T] [--owner NAME]
  contact update ID|EMAIL|PHONE [the same options]
  log --contact ID|EMAIL|PHONE [--kind call|meeting|email|message|note|complaint]
      [--outcome KEY] [--at TIME] [--minutes N] [--subject S] [--notes TEXT]
      [--next-reminder TIME [--next-title T] | --next-meeting TIME [--next-title T]]
  deal add --title T --contact ID|EMAIL|PHONE [--amount 1250.50] [--currency EUR] [--stage NAME]
  deal move ID --stage NAME [--reason TEXT] | deal win ID | deal lose ID --reason TEXT
  reminder add --title T --due TIME [--contact ID|EMAIL|PHONE] | reminder done ID
TIME is ISO 8601: 2026-12-03T14:30 (local time) or 2026-12-03T13:30Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report: one salesperson's figures; contact: the salesperson who owns it. By name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a date and time such as 2026-12-03T14:30 (local time) or 2026-12-03T13:30Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact %1 added: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact update needs the contact: its number or email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact %1 saved: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact: the first name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact: the last name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact: the job title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact: the (first) email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact: the (first) phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact: the company's name (made when there is none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log, deal, reminder: the contact's number, email address or phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log: call, meeting, email, message, note or complaint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log: successful, neutral, unsuccessful, no_answer, voicemail, busy, wrong_number or your own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log: when it happened (default: now).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log: how long it took.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log: the subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log: what was said.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log: a follow-up reminder due then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log: the next meeting, planned then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log: the follow-up's title (default: “Follow up”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal, reminder: the title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal: the amount, such as 1250.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal: the ISO 4217 currency (default EUR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal: the stage, by name (default: the first).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal lose: why the deal was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reminder: when it is due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contact needs add or update.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log needs --contact: the contact's number, email address or phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--kind needs one of: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give --next-reminder or --next-meeting, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--minutes needs a whole number of 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(interaction %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(deal %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal add needs --title and --contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--amount needs an amount such as 1250.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal needs add, move, win or lose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal %1 needs the deal's number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal move needs --stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deal lose needs --reason: why the deal was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reminder add needs --title and --due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder %1 added: %2, due %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reminder done needs the reminder's number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reminder needs add or done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompanyMerge</name>
    <message>
        <source>Choose two different companies to merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One of the two companies no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The companies could not be merged: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>A company needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A company cannot be a branch of itself or of one of its own branches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no company with the number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company could not be archived: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company is already archived or no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The companies could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>Enter a first or a last name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” does not look like an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New contact %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name (split in first and last)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generic CRM export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>“%1” does not look like an email address (kept).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” does not look like a valid phone number (kept).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birthday “%1” is not a date Kontor reads (kept in the notes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status “%1” is not one of Kontor's (kept in the notes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No user is called “%1” (kept in the notes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date added “%1” is not a date Kontor reads (left out).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same email as %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same phone number as %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same name as %1, and no email or phone to tell them apart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No name (a contact needs a first or a last name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign “%1” is unknown and has no lead source to be created in (kept in the notes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 could not be imported, and nothing was: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column is mapped to a field: choose at least the name's columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column is mapped to a name (first, last or full name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read, and nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactInserter</name>
    <message>
        <source>The contact's email could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact's phone could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactLookup</name>
    <message>
        <source>There is no contact number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact has the email address %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact has the phone number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say which contact: a number, an email address or a phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several contacts have the email address %1; name the contact by its number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several contacts have the phone number %1; name the contact by its number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactMerge</name>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One of the two contacts no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contacts could not be merged: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact has not been saved yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact's email could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact's phone could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no contact with the number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact could not be archived: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact is already archived or no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact could not be restored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact is not archived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contacts could not be counted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This order cannot be read on from a row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contacts could not be changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contacts could not be sorted: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactStatus</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More problems follow; only the first %1 are listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>some bytes are not valid %1 and were replaced by “�”: if the text looks wrong, choose the file's encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quote opened here is never closed: the rest of the file went into one field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text follows a closing quote; it was kept as part of the field.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataHealth</name>
    <message numerus="yes">
        <source>No contact for %n month(s)</source>
        <translation><numerusform>No contact for %n month</numerusform><numerusform>No contact for %n months</numerusform></translation>
    </message>
    <message>
        <source>Not called, met or written to in that time, or never.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No email and no phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No way to reach them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An email that is not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without an @, with spaces, or without a dotted domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody looks after them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lead-source report cannot count them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A phone number that is not valid</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Checking %n phone number(s) saved before</source>
        <translation><numerusform>Checking %n phone number saved before</numerusform><numerusform>Checking %n phone numbers saved before</numerusform></translation>
    </message>
    <message>
        <source>libphonenumber cannot read it, or no such number exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a Kontor database: it is not an SQLite database file. It was left unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Kontor database. It was left unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was written by a newer version of Kontor (schema %2; this version knows up to %3). Please update Kontor. The file was left unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be configured (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in schema step %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2
%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup cannot overwrite the database it is made from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be written to “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” exists and could not be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be moved to “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version %1 differs from the expected %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The pipeline totals (deal_totals) differ from the deals in %n row(s).</source>
        <translation><numerusform>The pipeline totals (deal_totals) differ from the deals in %n row.</numerusform><numerusform>The pipeline totals (deal_totals) differ from the deals in %n rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The report summaries differ from the rows they sum up in %n row(s).</source>
        <translation><numerusform>The report summaries differ from the rows they sum up in %n row.</numerusform><numerusform>The report summaries differ from the rows they sum up in %n rows.</numerusform></translation>
    </message>
    <message>
        <source>A database in memory has no file to back up.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <source>“%1” lost: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” won.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pipeline has no Won stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pipeline has no Lost stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the contact the deal is with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as EUR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the stage the deal is in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit deal “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal “%1” created in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal “%1” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is in %2 already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Win “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lose “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no stage “%1”; the stages are: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>A deal needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the stage the deal is in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as EUR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deal could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no deal with the number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deal could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deal could not be archived: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deal is already archived or no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deal could not be moved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of contacts cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating demo data failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating demo data was cancelled; the database is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign %1 Q%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts and their history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting about %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating demo data failed: a row of %1 refers to a missing row of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline totals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report summaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking references</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Comparing emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same email: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparing phone numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same phone number: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparing names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same name but for case, punctuation or legal form</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>The funnel could not be computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>The import could not be undone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undoing the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undoing the import was cancelled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>The import could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import could not be finished, and nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import could not be saved, and nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InteractionActions</name>
    <message>
        <source>Interaction logged, reminder done and the next meeting scheduled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interaction logged, reminder done and follow-up scheduled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interaction logged and reminder done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interaction logged and the next meeting scheduled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interaction logged and follow-up scheduled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interaction logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the contact the interaction was with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the follow-up a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter when the follow-up is due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InteractionKinds</name>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InteractionOutcomes</name>
    <message>
        <source>Successful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>Choose the contact this interaction was with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose what kind of interaction it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter when the interaction took place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interaction could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interaction could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no interaction with the number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The interaction could not be archived: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The complaint could not be updated: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadSourceRepository</name>
    <message>
        <source>A lead source needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lead source could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the lead source of the campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spend cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign cannot end before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A lead source called “%1” already exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadSources</name>
    <message>
        <source>The lead source report could not be computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>The deals could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pipeline could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pipeline totals could not be computed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordImport</name>
    <message>
        <source>Contacts are imported by ContactImport.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No user is called “%1” (kept in the notes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No company is called “%1” (kept in the notes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same name as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No date, or one Kontor cannot read: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact “%1” in Kontor (import the contacts first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kind “%1” is not one of Kontor's (imported as a note).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deal “%1” for this contact (left out).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already there: the same %1 at the same time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contact “%1” in Kontor (kept in the notes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No stage is called “%1” (the first stage instead; kept in the notes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount “%1” is not a number Kontor reads (kept in the notes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already there: a deal of the same title for the same contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind (call, meeting, email…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact's email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved (complaints)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column is mapped to “%1”, which every row needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 could not be imported, and nothing was: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read, and nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Enter when the reminder is due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reminder's contact does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit reminder “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New reminder “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is done already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” done; next on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter until when to snooze.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” snoozed until %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what to do.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>A reminder needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reminder needs a due time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reminder could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reminder could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no reminder with the number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reminder is already done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reminder could not be updated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose until when to snooze.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reminder could not be snoozed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an open reminder can be snoozed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reminder could not be archived: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportSummaries</name>
    <message>
        <source>The report summaries could not be computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report summaries could not be checked: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Went on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered: %1 · won: %2 · lost: %3 · win rate: %4 · overall conversion: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost per lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost per customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week of %1 (the week before in brackets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  successful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Led to another appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appointments in the next 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>What lies behind the figure could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The settings could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as EUR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep between 0 and 1000 backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The region must be a two-letter country code such as DE.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <source>A stage needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The win probability must be between 0 and 100 percent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stages could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no stage with the number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stage could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stages could not be reordered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another stage for the deals of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is the only stage for deals that are %2: the pipeline needs it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stage could not be removed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tag could not be renamed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tag could not be removed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoJournal</name>
    <message>
        <source>Undo could not be set up: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo is not available for this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be undone: the records changed since. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The undo history could not be paused: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading “%1” for this version of Kontor. This happens once; a large database takes a minute or two.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The database has no users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user could not be renamed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no salesperson “%1”; there are: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VCards</name>
    <message>
        <source>the birthday “%1” has no year or is not a date; it was left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the character set “%1” is not known; the text was read as UTF-8.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WalCheckpointer</name>
    <message>
        <source>Checkpoints in the background are not available here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeeklyStats</name>
    <message>
        <source>The weekly figures could not be computed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ArchiveDialog</name>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part of a name or title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back into lists, search and totals (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 restored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ChangeHistoryDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No changes recorded. Changes are recorded from schema 4 on; records of the demo data start without any.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::CompaniesPage</name>
    <message>
        <source>Search companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search companies…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies and their branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Branch…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include &amp;branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People at the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals of the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No companies yet.

Add one with “New Company…”, or type a company when you add a contact: it is created with the contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a company to see its people, deals and history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive %1? It leaves the list and search; its people, deals and history stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 archived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody here yet: add a contact and type this company's name as theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deals yet: add one with Ctrl+Shift+N and choose this company.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No calls or meetings yet: select a person and log one with Ctrl+L.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::CompanyDialog</name>
    <message>
        <source>Edit Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty for a head office; type to pick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Head office:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone, email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the company a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no company called “%1”: pick the head office from the list.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::CompanyTreeModel</name>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ContactCard</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log a call, meeting, email or note (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interaction history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contacts here yet.

Add one with Ctrl+N, clear the search or filter, or try the demo database: kontor --demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a contact to see its details and history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something this contact may buy, for the pipeline (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The newest open complaint is resolved now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve or Reopen Complaint</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open complaint(s)&lt;/b&gt;</source>
        <translation><numerusform>&lt;b&gt;%n open complaint&lt;/b&gt;</numerusform><numerusform>&lt;b&gt;%n open complaints&lt;/b&gt;</numerusform></translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was changed in this contact, when and by whom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint open again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No history yet: log a call, meeting or note with Ctrl+L.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to pick or add a company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated, e.g. vip, newsletter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today lists the contact when this many days pass without a call, meeting or note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stay in &amp;touch every:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contacts could not be counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contacts could not be searched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contacts could not be sorted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ContactPicker</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name, company, email or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several or no contacts match “%1”: pick one from the list.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ContactsPage</name>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search names, companies, emails, phones… (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation><numerusform>%Ln contact</numerusform><numerusform>%Ln contacts</numerusform></translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive %1? The contact leaves the list and search, keeps its history, and can be restored from the “Archived” filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 archived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead source filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last contact filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any last contact</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation><numerusform>No contact for %n day</numerusform><numerusform>No contact for %n days</numerusform></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All lead sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal saved; it is on the pipeline board.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change Selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner, status, a tag or archiving for all selected contacts at once (select with Shift or Ctrl)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation><numerusform>%1 · %Ln selected</numerusform><numerusform>%1 · %Ln selected</numerusform></translation>
    </message>
    <message>
        <source>Select at most %L1 contacts for one change; filters narrow the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set Owner</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Owner of the %Ln selected contact(s):</source>
        <translation><numerusform>Owner of the selected contact:</numerusform><numerusform>Owner of the %Ln selected contacts:</numerusform></translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Status of the %Ln selected contact(s):</source>
        <translation><numerusform>Status of the selected contact:</numerusform><numerusform>Status of the %Ln selected contacts:</numerusform></translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Tag for the %Ln selected contact(s):</source>
        <translation><numerusform>Tag for the selected contact:</numerusform><numerusform>Tag for the %Ln selected contacts:</numerusform></translation>
    </message>
    <message>
        <source>Archive contacts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Archive the %Ln selected contact(s)? They leave the list and search and keep their history; File → Archive brings them back.</source>
        <translation><numerusform>Archive the selected contact? It leaves the list and search and keeps its history; File → Archive brings it back.</numerusform><numerusform>Archive the %Ln selected contacts? They leave the list and search and keep their history; File → Archive brings them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Owner “%1” set for %n contact(s).</source>
        <translation><numerusform>Owner “%1” set for %n contact.</numerusform><numerusform>Owner “%1” set for %n contacts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Status “%1” set for %n contact(s).</source>
        <translation><numerusform>Status “%1” set for %n contact.</numerusform><numerusform>Status “%1” set for %n contacts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” added to %n contact(s).</source>
        <translation><numerusform>Tag “%1” added to %n contact.</numerusform><numerusform>Tag “%1” added to %n contacts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) archived.</source>
        <translation><numerusform>%n contact archived.</numerusform><numerusform>%n contacts archived.</numerusform></translation>
    </message>
    <message>
        <source>%L1+ contacts, counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sorting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data problem filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No email and no phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email that is not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From any import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From import %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::DataHealthDialog</name>
    <message>
        <source>Data Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show on the Contacts Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Inactive after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the Contacts page, Ctrl+A selects them all and Change Selected sets an owner, a status or a tag, or archives them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::DatabaseProblemDialog</name>
    <message>
        <source>Kontor cannot open this database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create New Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontor databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::DealCardModel</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>%n day in stage</numerusform><numerusform>%n days in stage</numerusform></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, expected to close %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealDialog</name>
    <message>
        <source>Edit Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is sold, e.g. 40 office chairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. price too high, chose a competitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost &amp;because:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::DealTableModel</name>
    <message>
        <source>%1 (stale)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days in stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::DuplicatesDialog</name>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the fi&amp;rst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the &amp;second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click the value to keep in each row. Emails, phone numbers and tags of both are kept; the calls, meetings, deals and reminders of both end up with the record kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 pairs; the %2 most certain are listed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n pair(s).</source>
        <translation><numerusform>%n pair.</numerusform><numerusform>%n pairs.</numerusform></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making a backup before merging…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup could be made, so nothing was merged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge companies</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Merged. %n pair(s) left.</source>
        <translation><numerusform>Merged. %n pair left.</numerusform><numerusform>Merged. %n pairs left.</numerusform></translation>
    </message>
    <message>
        <source>Not Duplicates</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::GlobalSearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names, companies, emails, phones, notes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to search; Enter opens the highlighted result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln result(s); Enter opens the highlighted one.</source>
        <translation><numerusform>%Ln result; Enter opens it.</numerusform><numerusform>%Ln results; Enter opens the highlighted one.</numerusform></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undoing an import removes the contacts it created (those with calls, deals or reminders logged since are archived instead) and puts back the ones it changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation><numerusform>Undo the import of “%1”? The contact it created is removed and those it changed are put back as they were.</numerusform><numerusform>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</numerusform></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contacts removed, %2 put back as they were, %3 archived (they have history logged since).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No imports yet: File → Import Contacts… (Ctrl+Shift+I) brings in a spreadsheet or a vCard file, and each import can be undone here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show the Imported Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Contacts page, filtered to what this import created or changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removes what it created and puts back what it changed; File → Import History can do it later too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; created · &lt;b&gt;%2&lt;/b&gt; updated · &lt;b&gt;%3&lt;/b&gt; merged · &lt;b&gt;%4&lt;/b&gt; skipped as duplicates · &lt;b&gt;%5&lt;/b&gt; rejected, of %6 rows; %7 kept with a warning (see their notes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected rows, with why: fix them in the file and import it again (the rows already there are found as duplicates).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo This Import</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation><numerusform>Undo the import of “%1”? The contact it created is removed and those it changed are put back as they were.</numerusform><numerusform>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</numerusform></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n records it created are removed and those it changed are put back as they were.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Taken back: %1 removed, %2 put back as they were, %3 archived (they have history logged since).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ImportWizard</name>
    <message>
        <source>Comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSV file (from a spreadsheet, Google Contacts, Outlook or another CRM) or a vCard address book (.vcf). Kontor reads its encoding and delimiter; change them if the preview looks wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns and fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which field each column fills. Columns left on “Leave out” are not imported. A preset maps the columns of a known program; save your own for files you import again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map a column to the first, last or full name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as Preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicates and a check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A row is a duplicate when its email or phone number is already there (or its name, when it has neither). The check goes through every row and changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Skip it: keep the contact as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Update the contact with the row's values (empty cells change nothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge: the contact keeps its values and gains what it lacks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a &amp;new contact all the same</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Check Every Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked with this rule yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>A vCard address book with %n contacts.</source>
        <translation><numerusform>A vCard address book with %n contact.</numerusform><numerusform>A vCard address book with %n contacts.</numerusform></translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, fields separated by: %2. %n columns.</source>
        <translation><numerusform>%1, fields separated by: %2. %n column.</numerusform><numerusform>%1, fields separated by: %2. %n columns.</numerusform></translation>
    </message>
    <message>
        <source>The file holds no vCards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to merge, %5 to skip, %6 rejected; %7 with warnings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making a backup before the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup could be made, so nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first row holds the column names (a &amp;header)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interactions (calls, meetings, emails…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind of records:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map a column to “%1”: every row needs it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No preset fits these columns: choose their fields below</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::LogInteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was said? (Enter saves, Shift+Enter for a new line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the contact: type a name and pick it from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reminder shows on Today on its day; a meeting is put in the history and on Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name, company, email or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick an outcome or type your own; Kontor offers it again next time. Left empty, the interaction counts as held but never as successful in the reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reminder this call answers is closed with it; Ctrl+Z takes back both together</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price too high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad timing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a reason or type your own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reason is kept with the deal and counted in the reports.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive or Restore Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Kontor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontor databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or use Open Database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Kontor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;An offline CRM for small businesses and salespeople: clients, what was said, and what to do next, in one local file.&lt;/p&gt;&lt;p&gt;SQLite %2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deal is not among the cards shown: choose “All owners”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Reminder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n reminder(s) are due.</source>
        <translation><numerusform>%n reminder is due.</numerusform><numerusform>%n reminders are due.</numerusform></translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontor reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done again or taken back: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change in Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily backup saved in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving a copy in “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored the backup; the database as it was is kept as a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported from %1: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data &amp;Health…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contacts as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ompanies as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Interactions as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deals as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reminders and Meetings as iCalendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 records exported to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name and country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo database: made-up data in a file of its own. File → Open Database… goes back to yours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import of %1 was taken back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the deals of one salesperson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One column per stage (Alt+B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same deals as a sortable list (Alt+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  &lt;span style='font-weight:normal'&gt;%2 %&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n deal(s)&lt;/b&gt;</source>
        <translation><numerusform>&lt;b&gt;%n deal&lt;/b&gt;</numerusform><numerusform>&lt;b&gt;%n deals&lt;/b&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>closed in the last %n day(s)</source>
        <translation><numerusform>closed in the last day</numerusform><numerusform>closed in the last %n days</numerusform></translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation><numerusform>showing the first %n</numerusform><numerusform>showing the first %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deals that reached “%1” in the last %n day(s).</source>
        <translation><numerusform>Deals that reached “%1” in the last day.</numerusform><numerusform>Deals that reached “%1” in the last %n days.</numerusform></translation>
    </message>
    <message>
        <source>Weighted: the amount times the stage's win probability (%1 %). Stale: longer than %2 days in the stage.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation><numerusform>%n open deal</numerusform><numerusform>%n open deals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted %1</source>
        <translation><numerusform>%n open deal, weighted %1</numerusform><numerusform>%n open deals, weighted %1</numerusform></translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation><numerusform>%n stale</numerusform><numerusform>%n stale</numerusform></translation>
    </message>
    <message>
        <source>New Deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new deal in the selected stage (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit Deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to &amp;Next Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deals yet.

A deal is what a contact may buy: create one with “New Deal…” (Ctrl+Shift+N) or from the contact's card, then move it through the stages here until it is won or lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag a card to another stage, or select it and press Ctrl+Shift+→ or ←. Enter edits the deal, Ctrl+Enter opens its contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive Deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive “%1”? It leaves the board and the totals; File → Archive brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” archived.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ReminderDialog</name>
    <message>
        <source>Once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do, e.g. Send the offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Reminder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A follow-up, a call to make, anything with a date (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the reminder done; a repeating one moves to its next date (D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Snooze until tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask again tomorrow at 9:00 (S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the reminder (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the reminder (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar of reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders of the selected day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reminders yet.

Create one with “New Reminder…”, or schedule a follow-up when you log a call (Ctrl+L). Double-click a day in the calendar to add one for that day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snoozed; first due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation><numerusform>Next day</numerusform><numerusform>Next %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done in the last %n day(s)</source>
        <translation><numerusform>Done in the last day</numerusform><numerusform>Done in the last %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation><numerusform>%n reminder</numerusform><numerusform>%n reminders</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reminder(s)</source>
        <translation><numerusform>%1: %n reminder</numerusform><numerusform>%1: %n reminders</numerusform></translation>
    </message>
    <message>
        <source>Reminder saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snoozed until tomorrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the reminder “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ReportDetailsDialog</name>
    <message>
        <source>Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first %L1 of %L2; Enter opens the one chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing behind this figure.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln item(s); Enter opens the one chosen.</source>
        <translation><numerusform>%Ln item; Enter opens it.</numerusform><numerusform>%Ln items; Enter opens the one chosen.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first %L1 (there are more); Enter opens the one chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ReportsPage</name>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stages in the order of the pipeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals that first reached the stage in the period (a deal that skipped it is not counted; one that came back is counted once).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Went on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Of those, the deals that have gone on to a later stage other than Lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Went on ÷ reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amounts of the deals that reached the stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days to go on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average days those that went on took to, from first reaching the stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals reaching each stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; deals created · &lt;b&gt;%2&lt;/b&gt; won (%3) · &lt;b&gt;%4&lt;/b&gt; lost · win rate &lt;b&gt;%5&lt;/b&gt; · from created to won &lt;b&gt;%6&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Win rate: won ÷ (won + lost) in the period. From created to won: deals won in the period ÷ deals created in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead sources, most revenue first; campaigns indented under their source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts from the source created in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Of those, the ones now qualified or customers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts with a deal from the source won in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers ÷ leads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amounts of the deals from the source won in the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign spend falling in the period, spread evenly over each campaign's days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost per lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend ÷ leads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost per customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend ÷ customers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(Revenue − spend) ÷ spend.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (ROI %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue and spend by source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue and spend by source (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most revenue: &lt;b&gt;%1&lt;/b&gt; (%2 from %3 customers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deal from a lead source was won in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the notebook asked each week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The week shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The week before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week less the week before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls logged in the week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… successful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls with the outcome “successful”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings that took place in the week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings with the outcome “successful”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Led to another appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls and meetings whose next step booked a meeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appointments in the next 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings booked for the 30 days after the week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts created in the week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals moved to Won in the week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals moved to Lost in the week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amounts of the deals won in the week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints logged in the week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaints marked resolved in the week, whenever they were logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;, compared with the week before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who logged the interactions or made the moves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The week's first day; “total” for the whole period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls the salesperson logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings the salesperson logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails the salesperson logged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage changes the salesperson made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The salesperson's deals moved to Won.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity per salesperson</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n salesperson(s) active in the period.</source>
        <translation><numerusform>%n salesperson active in the period.</numerusform><numerusform>%n salespeople active in the period.</numerusform></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The month the deals are expected to close; overdue months come first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deals' owner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open deals expected to close in the month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their amounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their amounts times the probability of their stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals whose expected close date has passed while they are still open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open deals by expected close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; open deal(s) are past their expected close date.</source>
        <translation><numerusform>&lt;b&gt;%n&lt;/b&gt; open deal is past its expected close date.</numerusform><numerusform>&lt;b&gt;%n&lt;/b&gt; open deals are past their expected close date.</numerusform></translation>
    </message>
    <message>
        <source>No open deal is past its expected close date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deals that reached “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads from “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open deals expected in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2 · %3 · printed %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontor reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save All Reports as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reports were sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All reports as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a figure, or press Enter, for what lies behind it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, week of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lead sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deal moved in this period: add deals with Ctrl+Shift+N and move them on the pipeline, or choose a longer period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No leads in this period: give contacts a lead source (in the contact dialog or when importing), or choose a longer period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;: nothing logged yet. Log calls and meetings with Ctrl+L as they happen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody logged anything in this period: log calls, meetings and emails with Ctrl+L, or choose a longer period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open deals: add one with Ctrl+Shift+N and give it an expected close date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the copy to go back to. The database as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no backups in “%1” yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before a merge</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::SettingsDialog</name>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead &amp;sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales&amp;people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Win probability (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale after (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a name or number to change it. The weighted pipeline counts each deal at its stage's win probability; a deal longer than the stale days in its stage is marked stale (0: never).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove “%1”. Its deals move to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns of the lead source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add S&amp;ource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaigns and what they cost (the reports divide by this spend)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as EUR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Lead Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the lead source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the campaign of %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Salespeople</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Salesperson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Salespeople own contacts and deals; the filters and reports are per owner. Double-click a name to change it. The first one is the owner of new records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner of new records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Salesperson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a tag to rename it everywhere; renaming it to an existing tag merges the two. Tags are added where contacts are edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New deals and campaigns start in this currency; amounts keep their own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No daily backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A copy a day, and one before each restore; beyond this number the oldest are deleted. With no daily backup, none are deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region of phone numbers without a country code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone numbers without a country code are from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tags yet: add them in a contact's dialog, or to many at once with Change Selected.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected reminder done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze the selected reminder until tomorrow 9:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the contact, or the deal on the pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select several contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift+click, Ctrl+click, Ctrl+A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve or reopen the selected complaint in the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New line in the notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What lies behind the chosen figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log an interaction with the contact of a row of the details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a key or a command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous or next column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left, Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board or list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+B, Alt+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the first match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move through the matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print all reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::TimelineModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal created in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deal moved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder due</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::TodayPage</name>
    <message>
        <source>Today's agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is due today.

Log a call or meeting with Ctrl+L and schedule the next step in the same dialog: it will show up here on its day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the reminder done (D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Snooze until tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask again tomorrow at 9:00 (S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the contact's card (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snoozed; first due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings today and tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turns %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” snoozed until tomorrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Losing touch</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n day(s)</source>
        <translation><numerusform>Stay in touch every day</numerusform><numerusform>Stay in touch every %n days</numerusform></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale deals</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>%n day in stage</numerusform><numerusform>%n days in stage</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No move for %n day(s): Enter shows the deal on the pipeline board.</source>
        <translation><numerusform>No move for %n day: Enter shows the deal on the pipeline board.</numerusform><numerusform>No move for %n days: Enter shows the deal on the pipeline board.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the deal on the pipeline board (Enter)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::UserGuideDialog</name>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontor User Guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kontor::ui::WelcomePage</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your clients, what was said and what to do next, in one file on this computer. Two questions, then choose how to begin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As your colleagues and reports should show it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add your first contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A person, with their company, emails and phones (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts from a spreadsheet (CSV), Google Contacts, Outlook or a vCard file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5,000 made-up contacts with a year of calls, meetings and deals, in a file of its own: your database stays as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose your country: phone numbers written without +country code, such as 030 1234567, are read as numbers of that country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone numbers written without +country code are read as numbers of this country; Settings can change it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating the demo database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kontor, an offline CRM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the demo database, generating it on first use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts in a new demo database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of the interface, e.g. de.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
