<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eo_001">
<context>
    <name>Activity</name>
    <message>
        <source>The activity report could not be computed: %1</source>
        <translation>La raporto pri aktiveco ne povis esti kalkulita: %1</translation>
    </message>
    <message>
        <source>The activity report could not be computed.</source>
        <translation>La raporto pri aktiveco ne povis esti kalkulita.</translation>
    </message>
</context>
<context>
    <name>AgendaRepository</name>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>La renkontiĝoj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>La kontaktoj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>The birthdays could not be read: %1</source>
        <translation>La naskiĝtagoj ne povis esti legitaj: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>Delete %1</source>
        <translation>forigon de %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>arkivigon de %1</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 forigita.</translation>
    </message>
    <message>
        <source>%1 archived.</source>
        <translation>%1 arkivigita.</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>restarigon de %1</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 restarigita.</translation>
    </message>
</context>
<context>
    <name>ArchiveRepository</name>
    <message>
        <source>The archive could not be read: %1</source>
        <translation>La arkivo ne povis esti legita: %1</translation>
    </message>
    <message>
        <source>The record could not be restored: %1</source>
        <translation>La rikordo ne povis esti restarigita: %1</translation>
    </message>
    <message>
        <source>The record is not in the archive any more.</source>
        <translation>La rikordo ne plu estas en la arkivo.</translation>
    </message>
</context>
<context>
    <name>AssignActions</name>
    <message>
        <source>Change assignment rules</source>
        <translation>ŝanĝon de la atribuaj reguloj</translation>
    </message>
    <message>
        <source>Assign contacts by the rules</source>
        <translation>atribuon de kontaktoj laŭ la reguloj</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n contact(s) by the rules</source>
        <translation>
            <numerusform>atribuon de %Ln kontakto laŭ la reguloj</numerusform>
            <numerusform>atribuon de %Ln kontaktoj laŭ la reguloj</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignText</name>
    <message>
        <source>(everyone)</source>
        <translation>(ĉiuj)</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(malŝaltita)</translation>
    </message>
    <message>
        <source>assign takes its contacts as --where options, or lists its rules: assign rules.</source>
        <translation>assign prenas siajn kontaktojn kiel opciojn --where, aŭ listigas siajn regulojn: assign rules.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) would change owner.</source>
        <translation>
            <numerusform>%Ln kontakto ŝanĝus vendiston.</numerusform>
            <numerusform>%Ln kontaktoj ŝanĝus vendiston.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed owner.</source>
        <translation>
            <numerusform>%Ln kontakto ŝanĝis vendiston.</numerusform>
            <numerusform>%Ln kontaktoj ŝanĝis vendiston.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) looked at.</source>
        <translation>
            <numerusform>%Ln kontakto kontrolita.</numerusform>
            <numerusform>%Ln kontaktoj kontrolitaj.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>The assignment rules could not be read: %1</source>
        <translation>La atribuaj reguloj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Donu nomon al la regulo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: choose the salesperson who gets the contacts.</source>
        <translation>%1: elektu la vendiston, kiu ricevas la kontaktojn.</translation>
    </message>
    <message>
        <source>%1: choose at least one salesperson to share the contacts.</source>
        <translation>%1: elektu almenaŭ unu vendiston, inter kiuj la kontaktoj estu dividataj.</translation>
    </message>
    <message>
        <source>The assignment rules could not be saved: %1</source>
        <translation>La atribuaj reguloj ne povis esti konservitaj: %1</translation>
    </message>
    <message>
        <source>The assignment rules could not be applied: %1</source>
        <translation>La atribuaj reguloj ne povis esti aplikitaj: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>“%1” could not be copied beside the database.</source>
        <translation>“%1” ne povis esti kopiita apud la datumbazon.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of “%1”; the database before it is in “%2”.</source>
        <translation>La sekurkopio ne povis anstataŭi “%1”; la antaŭa datumbazo troviĝas en “%2”.</translation>
    </message>
</context>
<context>
    <name>BusyWork</name>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>La memorigoj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>La kalendaro ne povis esti skribita: %1</translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>La renkontiĝoj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Renkontiĝo kun %1</translation>
    </message>
    <message>
        <source>Exporting meetings</source>
        <translation>Eksportado de renkontiĝoj</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La eksporto estis nuligita.</translation>
    </message>
</context>
<context>
    <name>CallNext</name>
    <message>
        <source>Who to call next could not be read: %1</source>
        <translation>“Kiun voki sekve” ne povis esti legita: %1</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>neniam kontaktita</translation>
    </message>
    <message>
        <source>%1, %2 in all; %3</source>
        <comment>orders, revenue; last contact</comment>
        <translation>%1, entute %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), the last on %1</source>
        <translation>
            <numerusform>%Ln mendo, la lasta je %1</numerusform>
            <numerusform>%Ln mendoj, la lasta je %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %Ln day(s)</source>
        <translation>
            <numerusform>sen kontakto dum %Ln tago</numerusform>
            <numerusform>sen kontakto dum %Ln tagoj</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a scoring rule and its points: Decision maker +20</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>poentaro %1</translation>
    </message>
    <message>
        <source>score %1: %2</source>
        <comment>a lead score and the rules that gave it</comment>
        <translation>poentaro %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between scoring rules</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>a lead&apos;s score; its last contact</comment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryDialog</name>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>Posteno</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal or reminder</comment>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Antaŭnomo</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familia nomo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Naskiĝtago</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Strato</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Urbo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiono</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Poŝtkodo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Lando</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Interesatfonto</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanjo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>Stay in touch every (days)</source>
        <translation>Resti en kontakto ĉiujn (tagojn)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkivigita</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Ĉefsidejo</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sektoro</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grandeco</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritorio</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Retejo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuto</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Atendata fermo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermita</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>Perdita ĉar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Limtempo</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negoco</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Prokrastita ĝis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Farita</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direkto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>Daŭro (sekundoj)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Solvita</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etikedo</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Vivcikla etapo</translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>The change history could not be read: %1</source>
        <translation>La historio de ŝanĝoj ne povis esti legita: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Datumbazo preta: %1 (skemo %2)</translation>
    </message>
    <message>
        <source>--contacts needs a whole number of 0 or more.</source>
        <translation>--contacts bezonas entjeron de 0 aŭ pli.</translation>
    </message>
    <message>
        <source>--interactions needs a whole number from 0 to 1000.</source>
        <translation>--interactions bezonas entjeron de 0 ĝis 1000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed bezonas entjeron.</translation>
    </message>
    <message>
        <source>--as-of needs a date such as 2026-11-24.</source>
        <translation>--as-of bezonas daton kiel 2026-11-24.</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>Generated %1 contacts, %2 companies, %3 interactions, %4 deals, %5 reminders in %6 s.</source>
        <translation>Generitaj %1 kontaktoj, %2 firmaoj, %3 interagoj, %4 negocoj, %5 memorigoj en %6 s.</translation>
    </message>
    <message>
        <source>search needs the text to look for.</source>
        <translation>search bezonas la serĉotan tekston.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more.</source>
        <translation>--limit bezonas entjeron de 1 aŭ pli.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nenio trovita por “%1”.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datumbazo: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Versio de la skemo: %1 (ĉi tiu programo: %2)</translation>
    </message>
    <message>
        <source>SQLite %1, journal mode %2</source>
        <translation>SQLite %1, ĵurnala reĝimo %2</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integreco: en ordo</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problemo: %1</translation>
    </message>
    <message>
        <source>backup needs exactly one target file.</source>
        <translation>backup bezonas ekzakte unu celdosieron.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sekurkopio skribita al %1</translation>
    </message>
    <message>
        <source>report needs one of: %1.</source>
        <translation>report bezonas unu el: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-11-24.</source>
        <translation>--%1 bezonas daton kiel 2026-11-24.</translation>
    </message>
    <message>
        <source>What to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder.</source>
        <translation>Kion fari: init, demo, search, report, check, backup, import, export, contact, log, deal aŭ reminder.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>La datumbaza dosiero (implicite: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>dosiero</translation>
    </message>
    <message>
        <source>Print machine-readable JSON on standard output.</source>
        <translation>Presi maŝinlegeblan JSON al la norma eligo.</translation>
    </message>
    <message>
        <source>demo: how many contacts to generate (default 500).</source>
        <translation>demo: kiom da kontaktoj generi (implicite 500).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>demo: the random seed; the same seed gives the same data (default 1).</source>
        <translation>demo: la hazarda semo; la sama semo donas la samajn datumojn (implicite 1).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>demo: the day the demo data is written for (default today).</source>
        <translation>demo: la tago, por kiu la demonstraj datumoj estas skribataj (implicite hodiaŭ).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>demo: average interactions per contact over the last year (default 10).</source>
        <translation>demo: mezuma nombro de interagoj po kontakto dum la lasta jaro (implicite 10).</translation>
    </message>
    <message>
        <source>search: the most results to print (default 20).</source>
        <translation>search: la plej granda nombro de presotaj rezultoj (implicite 20).</translation>
    </message>
    <message>
        <source>report: the first day (default: the quarter&apos;s first).</source>
        <translation>report: la unua tago (implicite: la unua de la kvaronjaro).</translation>
    </message>
    <message>
        <source>report: the last day (default: today).</source>
        <translation>report: la lasta tago (implicite: hodiaŭ).</translation>
    </message>
    <message>
        <source>report: one salesperson&apos;s figures; contact: the salesperson who owns it. By name.</source>
        <translation>report: la ciferoj de unu vendisto; contact: la vendisto, al kiu ĝi apartenas. Laŭ nomo.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nomo</translation>
    </message>
    <message>
        <source>The language of messages, such as de or en.</source>
        <translation>La lingvo de la mesaĝoj, ekzemple de aŭ en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingvo</translation>
    </message>
    <message>
        <source>export: csv (default), vcf (contacts) or ics (reminders, meetings, calendar).</source>
        <translation>export: csv (implicite), vcf (kontaktoj) aŭ ics (memorigoj, renkontiĝoj, kalendaro).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: la skribota dosiero.</translation>
    </message>
    <message>
        <source>import: what the file holds: contacts (default), companies, interactions or deals.</source>
        <translation>import: kion la dosiero enhavas: kontaktojn (implicite), firmaojn, interagojn aŭ negocojn.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>speco</translation>
    </message>
    <message>
        <source>import: a row whose email or phone is already there: skip (default), update, merge or create.</source>
        <translation>import: vico, kies retpoŝtadreso aŭ telefono jam ekzistas: preterlasi (implicite), ĝisdatigi, kunfandi aŭ krei.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>regulo</translation>
    </message>
    <message>
        <source>import: COLUMN=field, by header or number; repeatable.</source>
        <translation>import: KOLUMNO=kampo, laŭ kaplinio aŭ numero; ripetebla.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>ligado</translation>
    </message>
    <message>
        <source>import: the mapping preset by name (default: the one that fits best).</source>
        <translation>import: la antaŭagordo de ligado laŭ nomo (implicite: la plej taŭga).</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (default: detected).</source>
        <translation>import: la kodoprezento de la dosiero (implicite: aŭtomate rekonita).</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>kodoprezento</translation>
    </message>
    <message>
        <source>import: the character between fields (default: detected).</source>
        <translation>import: la signo inter la kampoj (implicite: aŭtomate rekonita).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>signo</translation>
    </message>
    <message>
        <source>export: CSV with every value exactly as stored, formulas not neutralised (for scripts and import).</source>
        <translation>export: CSV kun ĉiu valoro ekzakte kiel konservita, formuloj ne neŭtraligitaj (por skriptoj kaj importo).</translation>
    </message>
    <message>
        <source>Say what to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder.</source>
        <translation>Diru, kion fari: init, demo, search, report, check, backup, import, export, contact, log, deal aŭ reminder.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Nekonata komando “%1”.</translation>
    </message>
    <message>
        <source>Run “kontor-cli --help” for the commands and options.</source>
        <translation>Rulu “kontor-cli --help” por la komandoj kaj opcioj.</translation>
    </message>
    <message>
        <source>export needs what: contacts, companies, interactions, deals, reminders, meetings or calendar.</source>
        <translation>export bezonas, kion eksporti: contacts, companies, interactions, deals, reminders, meetings aŭ calendar.</translation>
    </message>
    <message>
        <source>--format for %1 is %2.</source>
        <translation>--format por %1 estas %2.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” ne povis esti skribita: %2</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>%1 rikordoj eksportitaj al %2</translation>
    </message>
    <message>
        <source>import needs a file: import FILE.csv or FILE.vcf.</source>
        <translation>import bezonas dosieron: import DOSIERO.csv aŭ DOSIERO.vcf.</translation>
    </message>
    <message>
        <source>--as is contacts, companies, interactions or deals.</source>
        <translation>--as estas contacts, companies, interactions aŭ deals.</translation>
    </message>
    <message>
        <source>--duplicates is skip, update, merge or create.</source>
        <translation>--duplicates estas skip, update, merge aŭ create.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” ne povis esti legita: %2</translation>
    </message>
    <message>
        <source>--delimiter is one character (or “tab”).</source>
        <translation>--delimiter estas unu signo (aŭ “tab”).</translation>
    </message>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation>La kodoprezento “%1” ne estas konata.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” estas malplena.</translation>
    </message>
    <message>
        <source>No preset is called “%1”.</source>
        <translation>Neniu antaŭagordo nomiĝas “%1”.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=field, with a field key such as first_name: “%1”.</source>
        <translation>--map prenas KOLUMNO=kampo, kun ŝlosilo de kampo kiel first_name: “%1”.</translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>La dosiero ne havas kolumnon “%1”.</translation>
    </message>
    <message>
        <source>A vCard file holds contacts.</source>
        <translation>Dosiero vCard enhavas kontaktojn.</translation>
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>Neniu sekurkopio povis esti farita antaŭ la importo, do nenio estis importita: %1</translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1 rows; %2 would be created, %3 updated, %4 merged, %5 skipped, %6 rejected; %7 with warnings.</source>
        <translation>Elprovo, nenio ŝanĝita: %1 vicoj; %2 estus kreitaj, %3 ĝisdatigitaj, %4 kunfanditaj, %5 preterlasitaj, %6 rifuzitaj; %7 kun avertoj.</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected; %7 with warnings.</source>
        <translation>Importitaj %1 vicoj: %2 kreitaj, %3 ĝisdatigitaj, %4 kunfanditaj, %5 preterlasitaj, %6 rifuzitaj; %7 kun avertoj.</translation>
    </message>
    <message>
        <source>“kontor-cli undo-import %1” takes it back.</source>
        <translation>“kontor-cli undo-import %1” malfaras ĝin.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linio %1</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 merged</source>
        <translation>%1 kreitaj, %2 ĝisdatigitaj, %3 kunfanditaj</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>malfarita</translation>
    </message>
    <message>
        <source>undo-import needs the import&apos;s number, as “kontor-cli imports” lists it.</source>
        <translation>undo-import bezonas la numeron de la importo, kiel “kontor-cli imports” listigas ĝin.</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 contacts removed, %3 put back as they were, %4 archived (they have history logged since).</source>
        <translation>Importo %1 malfarita: %2 kontaktoj forigitaj, %3 remetitaj kiel ili estis, %4 arkivigitaj (ili havas historion registritan poste).</translation>
    </message>
    <message>
        <source>--%1 needs a date and time such as 2026-12-03T14:30 (local time) or 2026-12-03T13:30Z.</source>
        <translation>--%1 bezonas daton kaj horon kiel 2026-12-03T14:30 (loka tempo) aŭ 2026-12-03T13:30Z.</translation>
    </message>
    <message>
        <source>Contact %1 added: %2</source>
        <translation>Kontakto %1 aldonita: %2</translation>
    </message>
    <message>
        <source>contact update needs the contact: its number or email address.</source>
        <translation>contact update bezonas la kontakton: ĝian numeron aŭ retpoŝtadreson.</translation>
    </message>
    <message>
        <source>Contact %1 saved: %2</source>
        <translation>Kontakto %1 konservita: %2</translation>
    </message>
    <message>
        <source>contact: the first name.</source>
        <translation>contact: la antaŭnomo.</translation>
    </message>
    <message>
        <source>contact: the last name.</source>
        <translation>contact: la familia nomo.</translation>
    </message>
    <message>
        <source>contact: the job title.</source>
        <translation>contact: la posteno.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <source>contact: the (first) email address.</source>
        <translation>contact: la (unua) retpoŝtadreso.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adreso</translation>
    </message>
    <message>
        <source>contact: the (first) phone number.</source>
        <translation>contact: la (unua) telefonnumero.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>contact: the company&apos;s name (made when there is none).</source>
        <translation>contact: la nomo de la firmao (kreita, se ĝi ankoraŭ ne ekzistas).</translation>
    </message>
    <message>
        <source>log, deal, reminder: the contact&apos;s number, email address or phone.</source>
        <translation>log, deal, reminder: la numero, retpoŝtadreso aŭ telefono de la kontakto.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakto</translation>
    </message>
    <message>
        <source>log: call, meeting, email, message, note or complaint.</source>
        <translation>log: call, meeting, email, message, note aŭ complaint.</translation>
    </message>
    <message>
        <source>log: successful, neutral, unsuccessful, no_answer, voicemail, busy, wrong_number or your own.</source>
        <translation>log: successful, neutral, unsuccessful, no_answer, voicemail, busy, wrong_number aŭ via propra.</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>rezulto</translation>
    </message>
    <message>
        <source>log: when it happened (default: now).</source>
        <translation>log: kiam ĝi okazis (implicite: nun).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>log: how long it took.</source>
        <translation>log: kiom longe ĝi daŭris.</translation>
    </message>
    <message>
        <source>log: the subject.</source>
        <translation>log: la temo.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksto</translation>
    </message>
    <message>
        <source>log: what was said.</source>
        <translation>log: kio estis dirita.</translation>
    </message>
    <message>
        <source>log: a follow-up reminder due then.</source>
        <translation>log: memorigo por rekontakto, farenda je tiu tempo.</translation>
    </message>
    <message>
        <source>log: the next meeting, planned then.</source>
        <translation>log: la sekva renkontiĝo, planita je tiu tempo.</translation>
    </message>
    <message>
        <source>log: the follow-up&apos;s title (default: “Follow up”).</source>
        <translation>log: la titolo de la rekontakto (implicite: “Rekontakti”).</translation>
    </message>
    <message>
        <source>deal, reminder: the title.</source>
        <translation>deal, reminder: la titolo.</translation>
    </message>
    <message>
        <source>deal: the amount, such as 1250.50.</source>
        <translation>deal: la sumo, ekzemple 1250.50.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>sumo</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kodo</translation>
    </message>
    <message>
        <source>deal: the stage, by name (default: the first).</source>
        <translation>deal: la etapo, laŭ nomo (implicite: la unua).</translation>
    </message>
    <message>
        <source>deal lose: why the deal was lost.</source>
        <translation>deal lose: kial la negoco estis perdita.</translation>
    </message>
    <message>
        <source>reminder: when it is due.</source>
        <translation>reminder: kiam ĝi estas farenda.</translation>
    </message>
    <message>
        <source>log needs --contact: the contact&apos;s number, email address or phone.</source>
        <translation>log bezonas --contact: la numeron, retpoŝtadreson aŭ telefonon de la kontakto.</translation>
    </message>
    <message>
        <source>--kind needs one of: %1.</source>
        <translation>--kind bezonas unu el: %1.</translation>
    </message>
    <message>
        <source>Give --next-reminder or --next-meeting, not both.</source>
        <translation>Donu --next-reminder aŭ --next-meeting, ne ambaŭ.</translation>
    </message>
    <message>
        <source>--minutes needs a whole number of 0 or more.</source>
        <translation>--minutes bezonas entjeron de 0 aŭ pli.</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Rekontakti</translation>
    </message>
    <message>
        <source>(interaction %1)</source>
        <translation>(interago %1)</translation>
    </message>
    <message>
        <source>(deal %1)</source>
        <translation>(negoco %1)</translation>
    </message>
    <message>
        <source>deal add needs --title and --contact.</source>
        <translation>deal add bezonas --title kaj --contact.</translation>
    </message>
    <message>
        <source>--amount needs an amount such as 1250.50.</source>
        <translation>--amount bezonas sumon kiel 1250.50.</translation>
    </message>
    <message>
        <source>deal needs add, move, win or lose.</source>
        <translation>deal bezonas add, move, win aŭ lose.</translation>
    </message>
    <message>
        <source>deal %1 needs the deal&apos;s number.</source>
        <translation>deal %1 bezonas la numeron de la negoco.</translation>
    </message>
    <message>
        <source>deal move needs --stage.</source>
        <translation>deal move bezonas --stage.</translation>
    </message>
    <message>
        <source>deal lose needs --reason: why the deal was lost.</source>
        <translation>deal lose bezonas --reason: kial la negoco estis perdita.</translation>
    </message>
    <message>
        <source>reminder add needs --title and --due.</source>
        <translation>reminder add bezonas --title kaj --due.</translation>
    </message>
    <message>
        <source>Reminder %1 added: %2, due %3.</source>
        <translation>Memorigo %1 aldonita: %2, limtempo %3.</translation>
    </message>
    <message>
        <source>reminder done needs the reminder&apos;s number.</source>
        <translation>reminder done bezonas la numeron de la memorigo.</translation>
    </message>
    <message>
        <source>reminder needs add or done.</source>
        <translation>reminder bezonas add aŭ done.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nenio estis importita: %1</translation>
    </message>
    <message>
        <source>salvage needs the damaged file and a new file to save into.</source>
        <translation>salvage bezonas la difektitan dosieron kaj novan dosieron por la savitaĵo.</translation>
    </message>
    <message>
        <source>Saved into %1:</source>
        <translation>Savita en %1:</translation>
    </message>
    <message>
        <source>%1: nothing could be read (kept as a new database has it)</source>
        <translation>%1: nenio legeblis (lasita kiel nova datumbazo havas ĝin)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s); damaged stretches skipped: %2</source>
        <translation>
            <numerusform>%1: %Ln vico; preterlasitaj difektitaj partoj: %2</numerusform>
            <numerusform>%1: %Ln vicoj; preterlasitaj difektitaj partoj: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln vico</numerusform>
            <numerusform>%1: %Ln vicoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved row(s) refer to rows that were lost (a deal whose contact was on a damaged page, for example).</source>
        <translation>
            <numerusform>%Ln savita vico referencas perditajn vicojn (ekzemple negoco, kies kontakto estis sur difektita paĝo).</numerusform>
            <numerusform>%Ln savitaj vicoj referencas perditajn vicojn (ekzemple negoco, kies kontakto estis sur difektita paĝo).</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was left unchanged. Open the new one and look through it before you use it instead.</source>
        <translation>La difektita dosiero restis senŝanĝa. Malfermu la novan kaj trarigardu ĝin antaŭ ol uzi ĝin anstataŭe.</translation>
    </message>
    <message>
        <source>Another program is writing to this database; waiting for it (at most %1 s)…</source>
        <translation>Alia programo skribas en ĉi tiun datumbazon; atendante ĝin (maksimume %1 s)…</translation>
    </message>
    <message>
        <source>contact merge needs the contact to keep and the one to merge into it.</source>
        <translation>contact merge bezonas la konservotan kontakton kaj tiun kunfandotan en ĝin.</translation>
    </message>
    <message>
        <source>contact merge needs two different contacts.</source>
        <translation>contact merge bezonas du malsamajn kontaktojn.</translation>
    </message>
    <message>
        <source>Contact %1 merged into %2: %3</source>
        <translation>Kontakto %1 kunfandita en %2: %3</translation>
    </message>
    <message>
        <source>contact needs add, update or merge.</source>
        <translation>contact bezonas add, update aŭ merge.</translation>
    </message>
    <message>
        <source>--record needs contact, company or deal.</source>
        <translation>--record bezonas contact, company aŭ deal.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>deviga</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkivigita</translation>
    </message>
    <message>
        <source>field add needs --key, --label and --type.</source>
        <translation>field add bezonas --key, --label kaj --type.</translation>
    </message>
    <message>
        <source>--type needs one of: %1.</source>
        <translation>--type bezonas unu el: %1.</translation>
    </message>
    <message>
        <source>Field %1 added: %2</source>
        <translation>Kampo %1 aldonita: %2</translation>
    </message>
    <message>
        <source>field %1 needs the field&apos;s key.</source>
        <translation>field %1 bezonas la ŝlosilon de la kampo.</translation>
    </message>
    <message>
        <source>Field %1 archived; “field restore %1” brings it back with its values.</source>
        <translation>Kampo %1 arkivigita; “field restore %1” revenigas ĝin kun ĝiaj valoroj.</translation>
    </message>
    <message>
        <source>Field %1 saved: %2</source>
        <translation>Kampo %1 konservita: %2</translation>
    </message>
    <message>
        <source>field: contact (default), company or deal.</source>
        <translation>field: contact (implicite), company aŭ deal.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>rikordo</translation>
    </message>
    <message>
        <source>field: the key, such as budget (lower case, digits, _).</source>
        <translation>field: la ŝlosilo, ekzemple budget (minuskloj, ciferoj, _).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ŝlosilo</translation>
    </message>
    <message>
        <source>field: the name shown, such as “Budget”.</source>
        <translation>field: la montrata nomo, ekzemple “Buĝeto”.</translation>
    </message>
    <message>
        <source>field add: text, longtext, number, money, date, checkbox, choice, choices, contact or company.</source>
        <translation>field add: text, longtext, number, money, date, checkbox, choice, choices, contact aŭ company.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>field: the choices, separated by “;”.</source>
        <translation>field: la elektoj, apartigitaj per “;”.</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>elektoj</translation>
    </message>
    <message>
        <source>field: a value must be given.</source>
        <translation>field: valoro devas esti donita.</translation>
    </message>
    <message>
        <source>field list: archived fields too.</source>
        <translation>field list: ankaŭ arkivigitaj kampoj.</translation>
    </message>
    <message>
        <source>contact: KEY=VALUE of a custom field; repeatable.</source>
        <translation>contact: ŜLOSILO=VALORO de propra kampo; ripetebla.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>ŝlosilo=valoro</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>kondiĉo</translation>
    </message>
    <message>
        <source>field needs list, add, rename, remove or restore.</source>
        <translation>field bezonas list, add, rename, remove aŭ restore.</translation>
    </message>
    <message>
        <source>field add takes its values as options.</source>
        <translation>field add prenas siajn valorojn kiel opciojn.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE with the key of a contact field: “%1” is not. See kontor-cli field list.</source>
        <translation>--set bezonas ŜLOSILO=VALORO kun la ŝlosilo de kampo de kontakto: “%1” ne estas tia. Vidu kontor-cli field list.</translation>
    </message>
    <message>
        <source>contacts takes its conditions as --where options.</source>
        <translation>contacts prenas siajn kondiĉojn kiel opciojn --where.</translation>
    </message>
    <message>
        <source>deal, field add: the ISO 4217 currency (default EUR).</source>
        <translation>deal, field add: la valuto laŭ ISO 4217 (implicite EUR).</translation>
    </message>
    <message>
        <source>searchable</source>
        <translation>serĉebla</translation>
    </message>
    <message>
        <source>field: a text field whose values the search finds.</source>
        <translation>field: tekstokampo, kies valorojn la serĉo trovas.</translation>
    </message>
    <message>
        <source>field=answers</source>
        <translation>kampo=respondoj</translation>
    </message>
    <message>
        <source>Give --required or --optional, not both.</source>
        <translation>Donu --required aŭ --optional, ne ambaŭ.</translation>
    </message>
    <message>
        <source>Give --searchable or --not-searchable, not both.</source>
        <translation>Donu --searchable aŭ --not-searchable, ne ambaŭ.</translation>
    </message>
    <message>
        <source>field rename needs --label, --key, --options, --required, --optional, --searchable or --not-searchable.</source>
        <translation>field rename bezonas --label, --key, --options, --required, --optional, --searchable aŭ --not-searchable.</translation>
    </message>
    <message>
        <source>field rename: no value needed any more.</source>
        <translation>field rename: valoro ne plu estas necesa.</translation>
    </message>
    <message>
        <source>field rename: the search no longer finds its values.</source>
        <translation>field rename: la serĉo ne plu trovas ĝiajn valorojn.</translation>
    </message>
    <message>
        <source>report rfm takes only --to: it looks back two years from that day.</source>
        <translation>report rfm akceptas nur --to: ĝi rigardas du jarojn malantaŭen de tiu tago.</translation>
    </message>
    <message>
        <source>score rules: put in the starter set of scoring rules.</source>
        <translation>score rules: aldoni la startan aron de poentadaj reguloj.</translation>
    </message>
    <message>
        <source>Kontor&apos;s command line: scripts, backups, tests and benchmarks over the same database as the window.

Commands:
  init                      create or upgrade the database
  demo [--contacts N] [--seed S] [--interactions N] [--as-of DATE]
                            add deterministic demo data
  search TEXT [--limit N]   find contacts, companies and notes
  report funnel|sources|weekly|activity|forecast|lifecycle [--from DATE] [--to DATE] [--owner NAME]
                            the Reports page&apos;s figures (default: this quarter)
  report rfm [--to DATE]    customers&apos; recency, frequency and money, by segment (default: today)
  score [ID]                lead scores worked out again, or one contact&apos;s with its rules
  score rules [--starter]   the scoring rules (--starter: put in the starter set)
  assign [--where &quot;KEY OP VALUE&quot; ...] [--dry-run]
                            owners from the assignment rules for the contacts without one (or those
                            --where names); assign rules lists the rules
  check                     integrity and schema report
  backup FILE               consistent copy, also while Kontor is open
  salvage DAMAGED NEW       save what can be read of a damaged database into a new file
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
              [--job-title T] [--owner NAME] [--set KEY=VALUE ...]
  contact update ID|EMAIL|PHONE [the same options]
  contact merge KEEP OTHER     (each ID|EMAIL|PHONE) OTHER&apos;s history and empty fields go to KEEP
  log --contact ID|EMAIL|PHONE [--kind call|meeting|email|message|note|complaint]
      [--outcome KEY] [--at TIME] [--minutes N] [--subject S] [--notes TEXT]
      [--next-reminder TIME [--next-title T] | --next-meeting TIME [--next-title T]]
  deal add --title T --contact ID|EMAIL|PHONE [--amount 1250.50] [--currency EUR] [--stage NAME]
  deal move ID --stage NAME [--reason TEXT] | deal win ID | deal lose ID --reason TEXT
  reminder add --title T --due TIME [--contact ID|EMAIL|PHONE] | reminder done ID

Your own fields, and contacts by any field:
  field list [--record contact|company|deal] [--archived]
  field add [--record R] --key K --label L --type text|longtext|number|money|date|checkbox|
            choice|choices|contact|company [--options &quot;a;b;c&quot;] [--currency C] [--required] [--searchable]
  field rename KEY [--record R] [--label L] [--key NEW] [--options &quot;a;b;c&quot;]
               [--required|--optional] [--searchable|--not-searchable]
  field remove KEY | field restore KEY [--record R]     archive, and bring back with its values
  contacts [--where &quot;KEY OP VALUE&quot; ...] [--json]     OP: = != &lt; &lt;= &gt; &gt;= ~, or KEY empty|notempty
TIME is ISO 8601: 2026-12-03T14:30 (local time) or 2026-12-03T13:30Z.</source>
        <translation>La komandlinio de Kontor: skriptoj, sekurkopioj, testoj kaj komparmezuroj sur la sama datumbazo kiel la fenestro.

Komandoj:
  init                      krei aŭ ĝisdatigi la datumbazon
  demo [--contacts N] [--seed S] [--interactions N] [--as-of DATO]
                            aldoni determinismajn demonstrajn datumojn
  search TEKSTO [--limit N] trovi kontaktojn, firmaojn kaj notojn
  report funnel|sources|weekly|activity|forecast|lifecycle [--from DATO] [--to DATO] [--owner NOMO]
                            la ciferoj de la paĝo Raportoj (implicite: ĉi tiu kvaronjaro)
  report rfm [--to DATO]    lastatempeco, ofteco kaj mono de la klientoj, laŭ segmento (implicite: hodiaŭ)
  score [ID]                rekalkuli la interesatpoentarojn, aŭ montri tiun de unu kontakto kun ĝiaj reguloj
  score rules [--starter]   la poentadaj reguloj (--starter: aldoni la startan aron)
  assign [--where &quot;ŜLOSILO OP VALORO&quot; ...] [--dry-run]
                            doni vendistojn laŭ la atribuaj reguloj al la kontaktoj sen vendisto (aŭ al
                            tiuj, kiujn --where nomas); assign rules listigas la regulojn
  check                     raporto pri integreco kaj skemo
  backup DOSIERO            konsekvenca kopio, ankaŭ dum Kontor estas malfermita
  salvage DIFEKTITA NOVA    savi la legeblan de difektita datumbazo en novan dosieron
  import DOSIERO.csv|DOSIERO.vcf [--as contacts|companies|interactions|deals] [--dry-run]
         [--duplicates skip|update|merge|create] [--map KOLUMNO=kampo ...] [--preset NOMO]
         [--encoding E] [--delimiter C]
                            kontrolata vico post vico, en unu transakcio
  imports                   la importhistorio
  undo-import N             malfari importon
  export contacts|companies|interactions|deals [-o DOSIERO] [--format csv|vcf] [--exact]
                            CSV (sekura por kalkultabeloj, aŭ --exact); kontaktoj ankaŭ kiel vCard 4.0
  export reminders|meetings|calendar [-o DOSIERO]
                            iCalendar (.ics); norma eligo sen -o

Komandoj, kiuj skribas (ĉiu unu paŝo, kiel en la fenestro; --json presas la rikordon kun ĝia identigilo):
  contact add --first-name F [--last-name L] [--email E] [--phone P] [--company C]
              [--job-title T] [--owner NOMO] [--set ŜLOSILO=VALORO ...]
  contact update ID|RETPOŜTO|TELEFONO [la samaj opcioj]
  contact merge RESTANTA ALIA  (ĉiu ID|RETPOŜTO|TELEFONO) la historio kaj malplenaj kampoj de ALIA iras al RESTANTA
  log --contact ID|RETPOŜTO|TELEFONO [--kind call|meeting|email|message|note|complaint]
      [--outcome ŜLOSILO] [--at TEMPO] [--minutes N] [--subject S] [--notes TEKSTO]
      [--next-reminder TEMPO [--next-title T] | --next-meeting TEMPO [--next-title T]]
  deal add --title T --contact ID|RETPOŜTO|TELEFONO [--amount 1250.50] [--currency EUR] [--stage NOMO]
  deal move ID --stage NOMO [--reason TEKSTO] | deal win ID | deal lose ID --reason TEKSTO
  reminder add --title T --due TEMPO [--contact ID|RETPOŜTO|TELEFONO] | reminder done ID

Viaj propraj kampoj, kaj kontaktoj laŭ iu ajn kampo:
  field list [--record contact|company|deal] [--archived]
  field add [--record R] --key K --label L --type text|longtext|number|money|date|checkbox|
            choice|choices|contact|company [--options &quot;a;b;c&quot;] [--currency C] [--required] [--searchable]
  field rename ŜLOSILO [--record R] [--label L] [--key NOVA] [--options &quot;a;b;c&quot;]
               [--required|--optional] [--searchable|--not-searchable]
  field remove ŜLOSILO | field restore ŜLOSILO [--record R]   arkivigi, kaj revenigi kun ĝiaj valoroj
  contacts [--where &quot;ŜLOSILO OP VALORO&quot; ...] [--json]   OP: = != &lt; &lt;= &gt; &gt;= ~, aŭ ŜLOSILO empty|notempty
TEMPO estas laŭ ISO 8601: 2026-12-03T14:30 (loka tempo) aŭ 2026-12-03T13:30Z.</translation>
    </message>
    <message>
        <source>report: only the records with these answers of a choice field, such as industry=Retail;Food, or in a territory, such as territory=DACH.</source>
        <translation>report: nur la rikordoj kun ĉi tiuj respondoj de elekta kampo, ekzemple industry=Retail;Food, aŭ en teritorio, ekzemple territory=DACH.</translation>
    </message>
    <message>
        <source>import, assign: report what would happen and change nothing.</source>
        <translation>import, assign: raporti, kio okazus, kaj ŝanĝi nenion.</translation>
    </message>
    <message>
        <source>contacts, assign: “KEY OP VALUE”, OP one of = != &lt; &lt;= &gt; &gt;= ~ (contains), or “KEY empty” / “KEY notempty”; repeatable, all must hold.</source>
        <translation>contacts, assign: “ŜLOSILO OP VALORO”, OP unu el = != &lt; &lt;= &gt; &gt;= ~ (enhavas), aŭ “ŜLOSILO empty” / “ŜLOSILO notempty”; ripetebla, ĉiuj devas validi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s) got an owner from the assignment rules.</source>
        <translation>
            <numerusform>%Ln nova kontakto ricevis vendiston laŭ la atribuaj reguloj.</numerusform>
            <numerusform>%Ln novaj kontaktoj ricevis vendiston laŭ la atribuaj reguloj.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyActions</name>
    <message>
        <source>Give the company a name.</source>
        <translation>Donu nomon al la firmao.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>konservon de %1</translation>
    </message>
</context>
<context>
    <name>CompanyMerge</name>
    <message>
        <source>Choose two different companies to merge.</source>
        <translation>Elektu du malsamajn firmaojn por kunfandi.</translation>
    </message>
    <message>
        <source>One of the two companies no longer exists.</source>
        <translation>Unu el la du firmaoj ne plu ekzistas.</translation>
    </message>
    <message>
        <source>The companies could not be merged: %1</source>
        <translation>La firmaoj ne povis esti kunfanditaj: %1</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>A company needs a name.</source>
        <translation>Firmao bezonas nomon.</translation>
    </message>
    <message>
        <source>A company cannot be a branch of itself or of one of its own branches.</source>
        <translation>Firmao ne povas esti filio de si mem aŭ de unu el siaj propraj filioj.</translation>
    </message>
    <message>
        <source>The company could not be saved: %1</source>
        <translation>La firmao ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>The company could not be read: %1</source>
        <translation>La firmao ne povis esti legita: %1</translation>
    </message>
    <message>
        <source>There is no company with the number %1.</source>
        <translation>Ne ekzistas firmao kun la numero %1.</translation>
    </message>
    <message>
        <source>The company could not be archived: %1</source>
        <translation>La firmao ne povis esti arkivigita: %1</translation>
    </message>
    <message>
        <source>The company is already archived or no longer exists.</source>
        <translation>La firmao jam estas arkivigita aŭ ne plu ekzistas.</translation>
    </message>
    <message>
        <source>The companies could not be read: %1</source>
        <translation>La firmaoj ne povis esti legitaj: %1</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Entajpu antaŭnomon aŭ familian nomon.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address.</source>
        <translation>“%1” ne aspektas kiel retpoŝtadreso.</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>arkivigon de %Ln kontakto</numerusform>
            <numerusform>arkivigon de %Ln kontaktoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the owner of %n contact(s)</source>
        <translation>
            <numerusform>ŝanĝon de la vendisto de %Ln kontakto</numerusform>
            <numerusform>ŝanĝon de la vendisto de %Ln kontaktoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation>
            <numerusform>etikedadon de %Ln kontakto</numerusform>
            <numerusform>etikedadon de %Ln kontaktoj</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>redakton de %1</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>novan kontakton %1</translation>
    </message>
    <message>
        <source>Say why: %1 would go back to %2.</source>
        <translation>Diru kial: %1 revenus al %2.</translation>
    </message>
    <message>
        <source>Say why %1 is disqualified.</source>
        <translation>Diru, kial %1 estas malkvalifikita.</translation>
    </message>
    <message>
        <source>Say why %1 goes back to %2.</source>
        <translation>Diru, kial %1 revenas al %2.</translation>
    </message>
    <message numerus="yes">
        <source>Set the stage of %Ln contact(s)</source>
        <translation>
            <numerusform>ŝanĝon de la etapo de %Ln kontakto</numerusform>
            <numerusform>ŝanĝon de la etapo de %Ln kontaktoj</numerusform>
        </translation>
    </message>
    <message>
        <source>The field is not a contact field in use; it may have been removed.</source>
        <translation>La kampo ne estas uzata kampo de kontaktoj; eble ĝi estis forigita.</translation>
    </message>
    <message numerus="yes">
        <source>Set a field of %Ln contact(s)</source>
        <translation>
            <numerusform>ŝanĝon de kampo de %Ln kontakto</numerusform>
            <numerusform>ŝanĝon de kampo de %Ln kontaktoj</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>La kontaktoj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>La eksporto ne povis esti skribita: %1</translation>
    </message>
    <message>
        <source>Exporting contacts</source>
        <translation>Eksportado de kontaktoj</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La eksporto estis nuligita.</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>First name</source>
        <translation>Antaŭnomo</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familia nomo</translation>
    </message>
    <message>
        <source>Full name (split in first and last)</source>
        <translation>Plena nomo (dividita en antaŭnomon kaj familian nomon)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>Posteno</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>Dua retpoŝto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Poŝtelefono</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Naskiĝtago</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Strato</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Urbo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiono</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Poŝtkodo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Lando</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Interesatfonto</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanjo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etikedoj</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Aldondato</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Generic CRM export</source>
        <translation>Eksporto el alia CRM</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Antaŭagordo bezonas nomon.</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Vivcikla etapo</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>The import could not start: %1</source>
        <translation>La importo ne povis komenciĝi: %1</translation>
    </message>
    <message>
        <source>Line %1 could not be imported, and nothing was: %2</source>
        <translation>Linio %1 ne povis esti importita, kaj nenio estis importita: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>La importo estis nuligita; nenio estis ŝanĝita.</translation>
    </message>
    <message>
        <source>The file could not be read, and nothing was imported: %1</source>
        <translation>La dosiero ne povis esti legita, kaj nenio estis importita: %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importita</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Krei</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ĝisdatigi</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Kunfandi</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Preterlasi</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifuzi</translation>
    </message>
    <message>
        <source>No column is mapped to a field: choose at least the name&apos;s columns.</source>
        <translation>Neniu kolumno estas ligita al kampo: elektu almenaŭ la kolumnojn de la nomo.</translation>
    </message>
    <message>
        <source>No column is mapped to a name (first, last or full name).</source>
        <translation>Neniu kolumno estas ligita al nomo (antaŭnomo, familia nomo aŭ plena nomo).</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address (kept).</source>
        <translation>“%1” ne aspektas kiel retpoŝtadreso (konservita).</translation>
    </message>
    <message>
        <source>The birthday “%1” is not a date Kontor reads (kept in the notes).</source>
        <translation>La naskiĝtago “%1” ne estas dato, kiun Kontor legas (konservita en la notoj).</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Naskiĝtago</translation>
    </message>
    <message>
        <source>The status “%1” is not one of Kontor&apos;s (kept in the notes).</source>
        <translation>La stato “%1” ne estas unu el tiuj de Kontor (konservita en la notoj).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>No user is called “%1” (kept in the notes).</source>
        <translation>Neniu uzanto nomiĝas “%1” (konservita en la notoj).</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>The date added “%1” is not a date Kontor reads (left out).</source>
        <translation>La aldondato “%1” ne estas dato, kiun Kontor legas (ellasita).</translation>
    </message>
    <message>
        <source>“%1” does not look like a valid phone number (kept).</source>
        <translation>“%1” ne aspektas kiel valida telefonnumero (konservita).</translation>
    </message>
    <message>
        <source>The company could not be saved: %1</source>
        <translation>La firmao ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>Same email as %1 (%2)</source>
        <translation>Sama retpoŝto kiel %1 (%2)</translation>
    </message>
    <message>
        <source>Same phone number as %1 (%2)</source>
        <translation>Sama telefonnumero kiel %1 (%2)</translation>
    </message>
    <message>
        <source>Same name as %1, and no email or phone to tell them apart</source>
        <translation>Sama nomo kiel %1, kaj neniu retpoŝto aŭ telefono por distingi ilin</translation>
    </message>
    <message>
        <source>Empty row</source>
        <translation>Malplena vico</translation>
    </message>
    <message>
        <source>No name (a contact needs a first or a last name)</source>
        <translation>Neniu nomo (kontakto bezonas antaŭnomon aŭ familian nomon)</translation>
    </message>
    <message>
        <source>The campaign “%1” is unknown and has no lead source to be created in (kept in the notes).</source>
        <translation>La kampanjo “%1” estas nekonata kaj ne havas interesatfonton, en kiu ĝi povus esti kreita (konservita en la notoj).</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanjo</translation>
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation>%1; nenio nova</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than anyone types there (at most %3)</source>
        <translation>%1 havas %2 signojn, pli ol iu ajn tajpas tie (maksimume %3)</translation>
    </message>
    <message>
        <source>%1 Kept in the notes.</source>
        <translation>%1 Konservita en la notoj.</translation>
    </message>
</context>
<context>
    <name>ContactInserter</name>
    <message>
        <source>The contact&apos;s email could not be saved: %1</source>
        <translation>La retpoŝto de la kontakto ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>The contact&apos;s phone could not be saved: %1</source>
        <translation>La telefono de la kontakto ne povis esti konservita: %1</translation>
    </message>
</context>
<context>
    <name>ContactListQuery</name>
    <message>
        <source>The contacts could not be counted: %1</source>
        <translation>La kontaktoj ne povis esti kalkulitaj: %1</translation>
    </message>
    <message>
        <source>This order cannot be read on from a row.</source>
        <translation>En ĉi tiu ordo la legado ne povas daŭri ekde vico.</translation>
    </message>
    <message>
        <source>The contacts could not be sorted: %1</source>
        <translation>La kontaktoj ne povis esti ordigitaj: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>La kontaktoj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>No contact field to sort by.</source>
        <translation>Ne estas kampo de kontaktoj, laŭ kiu ordigi.</translation>
    </message>
</context>
<context>
    <name>ContactLookup</name>
    <message>
        <source>Say which contact: a number, an email address or a phone number.</source>
        <translation>Diru, kiun kontakton: numeron, retpoŝtadreson aŭ telefonnumeron.</translation>
    </message>
    <message>
        <source>Several contacts have the email address %1; name the contact by its number.</source>
        <translation>Pluraj kontaktoj havas la retpoŝtadreson %1; indiku la kontakton per ĝia numero.</translation>
    </message>
    <message>
        <source>Several contacts have the phone number %1; name the contact by its number.</source>
        <translation>Pluraj kontaktoj havas la telefonnumeron %1; indiku la kontakton per ĝia numero.</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>Ne ekzistas kontakto numero %1.</translation>
    </message>
    <message>
        <source>No contact has the email address %1.</source>
        <translation>Neniu kontakto havas la retpoŝtadreson %1.</translation>
    </message>
    <message>
        <source>No contact has the phone number %1. No country is set for numbers without a country code: give it with its code (+49 …), or choose the country in Settings.</source>
        <translation>Neniu kontakto havas la telefonnumeron %1. Neniu lando estas agordita por numeroj sen landokodo: donu ĝin kun ĝia kodo (+49 …), aŭ elektu la landon en Agordoj.</translation>
    </message>
    <message>
        <source>No contact has the phone number %1.</source>
        <translation>Neniu kontakto havas la telefonnumeron %1.</translation>
    </message>
</context>
<context>
    <name>ContactMerge</name>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation>Elektu du malsamajn kontaktojn por kunfandi.</translation>
    </message>
    <message>
        <source>One of the two contacts no longer exists.</source>
        <translation>Unu el la du kontaktoj ne plu ekzistas.</translation>
    </message>
    <message>
        <source>The contacts could not be merged: %1</source>
        <translation>La kontaktoj ne povis esti kunfanditaj: %1</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation>Kontakto bezonas antaŭnomon aŭ familian nomon.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>La kontakto ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>The contact has not been saved yet.</source>
        <translation>La kontakto ankoraŭ ne estas konservita.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>La kontakto ne plu ekzistas.</translation>
    </message>
    <message>
        <source>The contact&apos;s email could not be saved: %1</source>
        <translation>La retpoŝto de la kontakto ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>The contact&apos;s phone could not be saved: %1</source>
        <translation>La telefono de la kontakto ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>The contact could not be read: %1</source>
        <translation>La kontakto ne povis esti legita: %1</translation>
    </message>
    <message>
        <source>There is no contact with the number %1.</source>
        <translation>Ne ekzistas kontakto kun la numero %1.</translation>
    </message>
    <message>
        <source>The contact could not be archived: %1</source>
        <translation>La kontakto ne povis esti arkivigita: %1</translation>
    </message>
    <message>
        <source>The contact is already archived or no longer exists.</source>
        <translation>La kontakto jam estas arkivigita aŭ ne plu ekzistas.</translation>
    </message>
    <message>
        <source>The contact could not be restored: %1</source>
        <translation>La kontakto ne povis esti restarigita: %1</translation>
    </message>
    <message>
        <source>The contact is not archived.</source>
        <translation>La kontakto ne estas arkivigita.</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>La kontaktoj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>The contacts could not be changed: %1</source>
        <translation>La kontaktoj ne povis esti ŝanĝitaj: %1</translation>
    </message>
</context>
<context>
    <name>ContactStatus</name>
    <message>
        <source>Lead</source>
        <translation>Interesato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kliento</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktiva</translation>
    </message>
    <message>
        <source>Marketing qualified</source>
        <translation>Merkatike kvalifikita</translation>
    </message>
    <message>
        <source>Sales qualified</source>
        <translation>Vende kvalifikita</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Ŝanco</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Malkvalifikita</translation>
    </message>
    <message>
        <source>MQL</source>
        <comment>marketing qualified lead</comment>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <comment>sales qualified lead</comment>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Known, not yet qualified.</source>
        <translation>Konata, ankoraŭ ne kvalifikita.</translation>
    </message>
    <message>
        <source>Marketing qualified lead (MQL): fits and shows interest; worth a salesperson&apos;s look.</source>
        <translation>Merkatike kvalifikita interesato (MQL): taŭgas kaj montras intereson; indas, ke vendisto rigardu ĝin.</translation>
    </message>
    <message>
        <source>Sales qualified lead (SQL): a salesperson confirmed the need, budget and timing; ready for a meeting or an offer.</source>
        <translation>Vende kvalifikita interesato (SQL): vendisto konfirmis la bezonon, la buĝeton kaj la tempon; preta por renkontiĝo aŭ oferto.</translation>
    </message>
    <message>
        <source>Has an open deal.</source>
        <translation>Havas malfermitan negocon.</translation>
    </message>
    <message>
        <source>Has bought: a deal was won.</source>
        <translation>Aĉetis: negoco estis gajnita.</translation>
    </message>
    <message>
        <source>Not a fit, for the reason recorded with the move.</source>
        <translation>Ne taŭgas, pro la kialo registrita kun la movo.</translation>
    </message>
    <message>
        <source>No longer active: left the company, stopped buying.</source>
        <translation>Ne plu aktiva: forlasis la firmaon, ĉesis aĉeti.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation>La kodoprezento “%1” ne estas konata.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linio %1: %2</translation>
    </message>
    <message>
        <source>More problems follow; only the first %1 are listed.</source>
        <translation>Pliaj problemoj sekvas; nur la unuaj %1 estas listigitaj.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>La dosiero ne povis esti legita: %1</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 and were replaced by “�”: if the text looks wrong, choose the file&apos;s encoding.</source>
        <translation>kelkaj bajtoj ne estas validaj laŭ %1 kaj estis anstataŭigitaj per “�”: se la teksto aspektas malĝusta, elektu la kodoprezenton de la dosiero.</translation>
    </message>
    <message>
        <source>a quote opened here is never closed: the rest of the file went into one field.</source>
        <translation>citilo malfermita ĉi tie neniam estas fermita: la resto de la dosiero iris en unu kampon.</translation>
    </message>
    <message>
        <source>text follows a closing quote; it was kept as part of the field.</source>
        <translation>teksto sekvas fermantan citilon; ĝi estis konservita kiel parto de la kampo.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields: Kontor reads files of up to %2 columns. Is it a list, and is its delimiter the right one?</source>
        <translation>Linio %1 havas pli ol %2 kampojn: Kontor legas dosierojn kun ĝis %2 kolumnoj. Ĉu ĝi estas listo, kaj ĉu ĝia apartigilo estas la ĝusta?</translation>
    </message>
</context>
<context>
    <name>CustomFieldActions</name>
    <message>
        <source>A field&apos;s key is up to 40 lower-case letters (a–z), digits and underscores, starting with a letter: “%1” is not.</source>
        <translation>Ŝlosilo de kampo konsistas el ĝis 40 minuskloj (a–z), ciferoj kaj substrekoj kaj komenciĝas per litero: “%1” ne estas tia.</translation>
    </message>
    <message>
        <source>“%1” is the key of a built-in field.</source>
        <translation>“%1” estas la ŝlosilo de enkonstruita kampo.</translation>
    </message>
    <message>
        <source>An archived field has the key “%1”: restore it, or choose another key.</source>
        <translation>Arkivigita kampo havas la ŝlosilon “%1”: restarigu ĝin aŭ elektu alian ŝlosilon.</translation>
    </message>
    <message>
        <source>Another field has the key “%1”.</source>
        <translation>Alia kampo havas la ŝlosilon “%1”.</translation>
    </message>
    <message>
        <source>Enter the field&apos;s name.</source>
        <translation>Entajpu la nomon de la kampo.</translation>
    </message>
    <message>
        <source>A choice needs a name.</source>
        <translation>Elekto bezonas nomon.</translation>
    </message>
    <message>
        <source>A choice cannot contain “;”, which separates choices in files.</source>
        <translation>Elekto ne povas enhavi “;”, kiu apartigas elektojn en dosieroj.</translation>
    </message>
    <message>
        <source>The choice “%1” is there twice.</source>
        <translation>La elekto “%1” aperas dufoje.</translation>
    </message>
    <message>
        <source>Give the field at least one choice.</source>
        <translation>Donu al la kampo almenaŭ unu elekton.</translation>
    </message>
    <message>
        <source>Add field %1</source>
        <translation>aldonon de la kampo %1</translation>
    </message>
    <message>
        <source>Rename field %1 to %2</source>
        <translation>renomadon de la kampo %1 al %2</translation>
    </message>
    <message>
        <source>Change field %1</source>
        <translation>ŝanĝon de la kampo %1</translation>
    </message>
    <message>
        <source>Archive field %1</source>
        <translation>arkivigon de la kampo %1</translation>
    </message>
    <message>
        <source>Restore field %1</source>
        <translation>restarigon de la kampo %1</translation>
    </message>
    <message>
        <source>Reorder fields</source>
        <translation>reordigon de la kampoj</translation>
    </message>
    <message>
        <source>Make field %1 %2</source>
        <translation>ŝanĝon de la kampo %1 al la tipo %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Buĝeto</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bezono</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Obĵetoj</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tempoplano</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decidanto</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Decidpovo</translation>
    </message>
    <message>
        <source>Decides alone</source>
        <translation>Decidas sola</translation>
    </message>
    <message>
        <source>Decides with others</source>
        <translation>Decidas kun aliaj</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>Rekomendas</translation>
    </message>
    <message>
        <source>No say</source>
        <translation>Sen influo</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurantoj</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Neniu konata</translation>
    </message>
    <message>
        <source>Incumbent supplier</source>
        <translation>Nuna provizanto</translation>
    </message>
    <message>
        <source>Another offer</source>
        <translation>Alia oferto</translation>
    </message>
    <message>
        <source>Doing it themselves</source>
        <translation>Faras mem</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Stato de interesato</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Attempting contact</source>
        <translation>Provante kontakti</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Kontaktita</translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>lead status</comment>
        <translation>Kvalifikita</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Ne interesita</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Malbona momento</translation>
    </message>
    <message>
        <source>Add qualification fields</source>
        <translation>aldonon de la kvalifikaj kampoj</translation>
    </message>
    <message>
        <source>Fill in %1: it is required.</source>
        <translation>Plenigu %1: ĝi estas deviga.</translation>
    </message>
</context>
<context>
    <name>CustomFieldRepository</name>
    <message>
        <source>The custom fields could not be read: %1</source>
        <translation>La propraj kampoj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>The custom field could not be read: %1</source>
        <translation>La propra kampo ne povis esti legita: %1</translation>
    </message>
    <message>
        <source>There is no custom field with the number %1.</source>
        <translation>Ne ekzistas propra kampo kun la numero %1.</translation>
    </message>
    <message>
        <source>Contacts have no field “%1”.</source>
        <translation>Kontaktoj ne havas kampon “%1”.</translation>
    </message>
    <message>
        <source>Companies have no field “%1”.</source>
        <translation>Firmaoj ne havas kampon “%1”.</translation>
    </message>
    <message>
        <source>Deals have no field “%1”.</source>
        <translation>Negocoj ne havas kampon “%1”.</translation>
    </message>
    <message>
        <source>The field could not be added: %1</source>
        <translation>La kampo ne povis esti aldonita: %1</translation>
    </message>
    <message>
        <source>The field could not be saved: %1</source>
        <translation>La kampo ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>The field&apos;s choices could not be saved: %1</source>
        <translation>La elektoj de la kampo ne povis esti konservitaj: %1</translation>
    </message>
    <message>
        <source>The fields could not be put in order: %1</source>
        <translation>La kampoj ne povis esti ordigitaj: %1</translation>
    </message>
    <message>
        <source>%1 holds a list of its choices.</source>
        <translation>%1 enhavas liston de siaj elektoj.</translation>
    </message>
    <message>
        <source>%1 has no choice with the number %2.</source>
        <translation>%1 ne havas elekton kun la numero %2.</translation>
    </message>
    <message>
        <source>%1 cannot hold that value.</source>
        <translation>%1 ne povas enhavi tiun valoron.</translation>
    </message>
    <message>
        <source>No company is called “%1”.</source>
        <translation>Neniu firmao nomiĝas “%1”.</translation>
    </message>
    <message>
        <source>Several contacts are called “%1”: give an email address.</source>
        <translation>Pluraj kontaktoj nomiĝas “%1”: donu retpoŝtadreson.</translation>
    </message>
</context>
<context>
    <name>CustomerSegments</name>
    <message>
        <source>The customers&apos; segments could not be saved: %1</source>
        <translation>La segmentoj de la klientoj ne povis esti konservitaj: %1</translation>
    </message>
</context>
<context>
    <name>DataHealth</name>
    <message numerus="yes">
        <source>No contact for %n month(s)</source>
        <translation>
            <numerusform>Sen kontakto dum %Ln monato</numerusform>
            <numerusform>Sen kontakto dum %Ln monatoj</numerusform>
        </translation>
    </message>
    <message>
        <source>Not called, met or written to in that time, or never.</source>
        <translation>Ne vokitaj, renkontitaj aŭ skribitaj dum tiu tempo, aŭ neniam.</translation>
    </message>
    <message>
        <source>No email and no phone</source>
        <translation>Nek retpoŝto nek telefono</translation>
    </message>
    <message>
        <source>No way to reach them.</source>
        <translation>Neniu maniero atingi ilin.</translation>
    </message>
    <message>
        <source>An email that is not one</source>
        <translation>Nevalida retpoŝtadreso</translation>
    </message>
    <message>
        <source>Without an @, with spaces, or without a dotted domain.</source>
        <translation>Sen @, kun spacetoj aŭ sen domajno kun punkto.</translation>
    </message>
    <message>
        <source>A phone number that is not valid</source>
        <translation>Nevalida telefonnumero</translation>
    </message>
    <message>
        <source>Not a phone number, or not a valid one for its country.</source>
        <translation>Ne telefonnumero, aŭ nevalida por ĝia lando.</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sen vendisto</translation>
    </message>
    <message>
        <source>Nobody looks after them.</source>
        <translation>Neniu zorgas pri ili.</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>Sen interesatfonto</translation>
    </message>
    <message>
        <source>The lead-source report cannot count them.</source>
        <translation>La raporto pri interesatfontoj ne povas kalkuli ilin.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La kontrolo estis nuligita.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n phone number(s) saved before</source>
        <translation>
            <numerusform>Kontrolado de %Ln antaŭe konservita telefonnumero</numerusform>
            <numerusform>Kontrolado de %Ln antaŭe konservitaj telefonnumeroj</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” ne estas dosiero.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>“%1” ne legeblas: permeso rifuzita.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>“%1” ne povis esti malfermita: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Kontor database: it is not an SQLite database file. It was left unchanged.</source>
        <translation>“%1” ne estas datumbazo de Kontor: ĝi ne estas datumbaza dosiero de SQLite. Ĝi restis neŝanĝita.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Kontor database. It was left unchanged.</source>
        <translation>“%1” estas SQLite-datumbazo de alia programo, ne datumbazo de Kontor. Ĝi restis neŝanĝita.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kontor (schema %2; this version knows up to %3). Please update Kontor. The file was left unchanged.</source>
        <translation>“%1” estis skribita de pli nova versio de Kontor (skemo %2; ĉi tiu versio konas ĝis %3). Bonvolu ĝisdatigi Kontor. La dosiero restis neŝanĝita.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>La SQLite-pelilo de Qt (QSQLITE) ne estas instalita.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Ne ekzistas datumbazo ĉe “%1”.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>La dosierujo “%1” ne povis esti kreita.</translation>
    </message>
    <message>
        <source>The database could not be configured (%1): %2</source>
        <translation>La datumbazo ne povis esti agordita (%1): %2</translation>
    </message>
    <message>
        <source>The built-in schema step %1 is missing.</source>
        <translation>La enkonstruita skema paŝo %1 mankas.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2
%3</source>
        <translation>Ĝisdatigo de la datumbazo al skemo %1 malsukcesis: %2
%3</translation>
    </message>
    <message>
        <source>A database in memory has no file to back up.</source>
        <translation>Datumbazo en memoro ne havas dosieron por sekurkopii.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database it is made from.</source>
        <translation>Sekurkopio ne povas anstataŭigi la datumbazon, el kiu ĝi estas farita.</translation>
    </message>
    <message>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>La sekurkopio ne povis esti skribita al “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” exists and could not be replaced.</source>
        <translation>“%1” ekzistas kaj ne povis esti anstataŭigita.</translation>
    </message>
    <message>
        <source>The backup could not be moved to “%1”.</source>
        <translation>La sekurkopio ne povis esti movita al “%1”.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>Vico %1 de la tabelo %2 referencas al mankanta vico en %3.</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline totals (deal_totals) differ from the deals in %n row(s).</source>
        <translation>
            <numerusform>La sumoj de la vendofluo (deal_totals) malsamas de la negocoj en %Ln vico.</numerusform>
            <numerusform>La sumoj de la vendofluo (deal_totals) malsamas de la negocoj en %Ln vicoj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report summaries differ from the rows they sum up in %n row(s).</source>
        <translation>
            <numerusform>La resumoj de la raportoj malsamas de la sumigitaj vicoj en %Ln vico.</numerusform>
            <numerusform>La resumoj de la raportoj malsamas de la sumigitaj vicoj en %Ln vicoj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema version %1 differs from the expected %2.</source>
        <translation>Versio de la skemo %1 malsamas de la atendata %2.</translation>
    </message>
    <message>
        <source>“%1” could not be created.</source>
        <translation>“%1” ne povis esti kreita.</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>oni ne povas skribi en la dosierujon</translation>
    </message>
    <message>
        <source>The database can only be read: its file, its folder or its disk does not allow changes.</source>
        <translation>La datumbazo estas nur legebla: ĝia dosiero, dosierujo aŭ disko ne permesas ŝanĝojn.</translation>
    </message>
    <message>
        <source>%1 (an index of it)</source>
        <translation>%1 (ĝia indekso)</translation>
    </message>
    <message>
        <source>The database is damaged in: %1.</source>
        <translation>La datumbazo estas difektita en: %1.</translation>
    </message>
    <message>
        <source>The database is damaged: SQLite reports “%1”.</source>
        <translation>La datumbazo estas difektita: SQLite raportas “%1”.</translation>
    </message>
    <message>
        <source>Restore the newest good backup (File → Restore from Backup…; the backups made before the damage were kept), or save what can still be read into a new file with “kontor-cli salvage FILE NEW-FILE”.</source>
        <translation>Restarigu la plej novan bonan sekurkopion (Dosiero → Restarigi el sekurkopio…; la sekurkopioj de antaŭ la difekto restas), aŭ savu la ankoraŭ legeblan en novan dosieron per “kontor-cli salvage FILE NEW-FILE”.</translation>
    </message>
    <message>
        <source>No backup was made. %1 %2</source>
        <translation>Neniu sekurkopio estis farita. %1 %2</translation>
    </message>
    <message>
        <source>“%1” could not be read together with “%2” beside it: that file holds changes of another database, or is damaged. Move “%2” into another folder (keep it: it may hold this database&apos;s last changes) and open “%1” again. Both files were left unchanged.</source>
        <translation>“%1” ne legeblis kune kun “%2” apud ĝi: tiu dosiero enhavas ŝanĝojn de alia datumbazo, aŭ estas difektita. Movu “%2” en alian dosierujon (konservu ĝin: ĝi eble enhavas la lastajn ŝanĝojn de ĉi tiu datumbazo) kaj malfermu “%1” denove. Ambaŭ dosieroj restis senŝanĝaj.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: its folder “%2” does not allow changes, and SQLite needs to keep two small files beside the database while it is open. Copy the file into a folder of yours, or ask for permission to write in that one. The file was left unchanged.</source>
        <translation>“%1” ne malfermeblas: ĝia dosierujo “%2” ne permesas ŝanĝojn, kaj SQLite bezonas teni du malgrandajn dosierojn apud malfermita datumbazo. Kopiu la dosieron en vian propran dosierujon, aŭ petu permeson skribi en tiun. La dosiero restis senŝanĝa.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its first pages cannot be read. Restore it from a backup (File → Restore from Backup…, or the kontor-backups folder beside it). The file was left unchanged.</source>
        <translation>“%1” estas difektita: ĝiaj unuaj paĝoj ne legeblas. Restarigu ĝin el sekurkopio (Dosiero → Restarigi el sekurkopio…, aŭ la dosierujo kontor-backups apud ĝi). La dosiero restis senŝanĝa.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2. It was left unchanged.</source>
        <translation>“%1” ne legeblis: %2. Ĝi restis senŝanĝa.</translation>
    </message>
    <message>
        <source>“%1” exists already: what is saved goes into a new file.</source>
        <translation>“%1” jam ekzistas: la savitaĵo iras en novan dosieron.</translation>
    </message>
    <message>
        <source>Nothing can be read from “%1”: the list of its tables is damaged. Restore a backup instead.</source>
        <translation>Nenio legeblas el “%1”: la listo de ĝiaj tabeloj estas difektita. Restarigu sekurkopion anstataŭe.</translation>
    </message>
    <message>
        <source>“%1” is not a Kontor database.</source>
        <translation>“%1” ne estas Kontor-datumbazo.</translation>
    </message>
    <message>
        <source>the new file&apos;s tables could not be listed</source>
        <translation>la tabeloj de la nova dosiero ne listigeblis</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Haltigita.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nenio estis savita: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Ĝisdatigo de la datumbazo al skemo %1 malsukcesis: %2</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <source>“%1” lost: %2.</source>
        <translation>“%1” perdita: %2.</translation>
    </message>
    <message>
        <source>“%1” won.</source>
        <translation>“%1” gajnita.</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>“%1” movita al %2.</translation>
    </message>
    <message>
        <source>The pipeline has no Won stage.</source>
        <translation>La vendofluo ne havas etapon Gajnita.</translation>
    </message>
    <message>
        <source>The pipeline has no Lost stage.</source>
        <translation>La vendofluo ne havas etapon Perdita.</translation>
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation>Donu titolon al la negoco.</translation>
    </message>
    <message>
        <source>Choose the contact the deal is with.</source>
        <translation>Elektu la kontakton, kun kiu estas la negoco.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>La sumo ne povas esti negativa.</translation>
    </message>
    <message>
        <source>Choose the stage the deal is in.</source>
        <translation>Elektu la etapon, en kiu estas la negoco.</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>Diru, kial la negoco estis perdita.</translation>
    </message>
    <message>
        <source>Edit deal “%1”</source>
        <translation>redakton de la negoco “%1”</translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation>novan negocon “%1”</translation>
    </message>
    <message>
        <source>Deal “%1” created in %2.</source>
        <translation>Negoco “%1” kreita en la etapo %2.</translation>
    </message>
    <message>
        <source>Deal “%1” saved.</source>
        <translation>Negoco “%1” konservita.</translation>
    </message>
    <message>
        <source>“%1” is in %2 already.</source>
        <translation>“%1” jam estas en %2.</translation>
    </message>
    <message>
        <source>Win “%1”</source>
        <translation>gajnon de “%1”</translation>
    </message>
    <message>
        <source>Lose “%1”</source>
        <translation>perdon de “%1”</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>movon de “%1” al %2</translation>
    </message>
    <message>
        <source>There is no stage “%1”; the stages are: %2.</source>
        <translation>Ne ekzistas etapo “%1”; la etapoj estas: %2.</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>A deal needs a title.</source>
        <translation>Negoco bezonas titolon.</translation>
    </message>
    <message>
        <source>Choose the stage the deal is in.</source>
        <translation>Elektu la etapon, en kiu estas la negoco.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>La sumo ne povas esti negativa.</translation>
    </message>
    <message>
        <source>The deal could not be saved: %1</source>
        <translation>La negoco ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>There is no deal with the number %1.</source>
        <translation>Ne ekzistas negoco kun la numero %1.</translation>
    </message>
    <message>
        <source>The deal could not be read: %1</source>
        <translation>La negoco ne povis esti legita: %1</translation>
    </message>
    <message>
        <source>The deal could not be archived: %1</source>
        <translation>La negoco ne povis esti arkivigita: %1</translation>
    </message>
    <message>
        <source>The deal is already archived or no longer exists.</source>
        <translation>La negoco jam estas arkivigita aŭ ne plu ekzistas.</translation>
    </message>
    <message>
        <source>The deal could not be moved: %1</source>
        <translation>La negoco ne povis esti movita: %1</translation>
    </message>
</context>
<context>
    <name>DefaultNames</name>
    <message>
        <source>New lead</source>
        <translation>Nova interesato</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>Unua kontakto</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kvalifikado</translation>
    </message>
    <message>
        <source>Demo/Presentation</source>
        <translation>Demonstro/Prezento</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Oferto</translation>
    </message>
    <message>
        <source>Contract review</source>
        <translation>Kontrakta revizio</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gajnita</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdita</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Retejo</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rekomendo</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Malvarma voko</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Foiro</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociaj retoj</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Reklamado</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>the person who runs the business</comment>
        <translation>Posedanto</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Tech</source>
        <translation>Teknologio</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Loĝistiko</translation>
    </message>
    <message>
        <source>Foods</source>
        <translation>Nutraĵoj</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemoj</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Konsilado</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Komunikado</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energio</translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation>Teksaĵoj</translation>
    </message>
    <message>
        <source>Pharma</source>
        <translation>Farmaciaĵoj</translation>
    </message>
    <message>
        <source>Motors</source>
        <translation>Motoroj</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Dezajno</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Programaro</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Komerco</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Presejo</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Konstrufirmao</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sanservo</translation>
    </message>
    <message>
        <source>Optics</source>
        <translation>Optiko</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>Robotiko</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Mebloj</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Pakado</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Sunenergio</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>Dentokuracado</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Vojaĝoj</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Manĝoservo</translation>
    </message>
    <message>
        <source>Plastics</source>
        <translation>Plastaĵoj</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Iloj</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventoj</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sekureco</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Purigservo</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Datumanalizo</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Podetala komerco</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Fabrikado</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Sanprizorgo</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Konstruado</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Hotelado kaj gastronomio</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financoj</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Edukado</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agrikulturo</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>Ĝenerala direktoro</translation>
    </message>
    <message>
        <source>Managing Director</source>
        <translation>Administra direktoro</translation>
    </message>
    <message>
        <source>Head of Purchasing</source>
        <translation>Estro de aĉetado</translation>
    </message>
    <message>
        <source>Sales Manager</source>
        <translation>Vendestro</translation>
    </message>
    <message>
        <source>Office Manager</source>
        <translation>Oficejestro</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>Teknika direktoro</translation>
    </message>
    <message>
        <source>Project Lead</source>
        <translation>Projektestro</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Aĉetisto</translation>
    </message>
    <message>
        <source>Operations Manager</source>
        <translation>Estro de operacioj</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Posedanto</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Kontisto</translation>
    </message>
    <message>
        <source>Head of IT</source>
        <translation>Estro de informadiko</translation>
    </message>
    <message>
        <source>Marketing Manager</source>
        <translation>Estro de merkatiko</translation>
    </message>
    <message>
        <source>Procurement Specialist</source>
        <translation>Fakulo pri akirado</translation>
    </message>
    <message>
        <source>Finance Director</source>
        <translation>Financa direktoro</translation>
    </message>
    <message>
        <source>Team Lead Logistics</source>
        <translation>Teamestro de loĝistiko</translation>
    </message>
    <message>
        <source>Assistant to the Board</source>
        <translation>Asistanto de la estraro</translation>
    </message>
    <message>
        <source>Facility Manager</source>
        <translation>Estro de konstruaĵoj</translation>
    </message>
    <message>
        <source>HR Manager</source>
        <translation>Personarestro</translation>
    </message>
    <message>
        <source>Starter plan</source>
        <translation>Starta abono</translation>
    </message>
    <message>
        <source>Premium support</source>
        <translation>Prioritata subteno</translation>
    </message>
    <message>
        <source>warehouse scanners</source>
        <translation>magazenaj skaniloj</translation>
    </message>
    <message>
        <source>onboarding workshop</source>
        <translation>enkonduka trejnado</translation>
    </message>
    <message>
        <source>cloud backup</source>
        <translation>nuba sekurkopiado</translation>
    </message>
    <message>
        <source>annual maintenance</source>
        <translation>jara prizorgado</translation>
    </message>
    <message>
        <source>fleet tracking</source>
        <translation>spurado de veturilaro</translation>
    </message>
    <message>
        <source>POS terminals</source>
        <translation>kasterminaloj</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundo</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardo</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>merkredo</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>ĵaŭdo</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredo</translation>
    </message>
    <message>
        <source>Discussed the %1 offer; they want a quote by %2.</source>
        <translation>Diskutis la oferton pri %1; ili volas prezoferton ĝis %2.</translation>
    </message>
    <message>
        <source>Renewal of the %1 contract: decision expected next week.</source>
        <translation>Renovigo de la kontrakto pri %1: decido atendata la venontan semajnon.</translation>
    </message>
    <message>
        <source>Presented %1 to their team, good feedback on price, worried about rollout time.</source>
        <translation>Prezentis al ilia teamo nian proponon pri %1: bona reago pri la prezo, sed ili zorgas pri la daŭro de la enkondukado.</translation>
    </message>
    <message>
        <source>Sent the revised proposal for %1 with the volume discount.</source>
        <translation>Sendis la reviziitan proponon por %1 kun la kvanta rabato.</translation>
    </message>
    <message>
        <source>Asked about %1 integration with their accounting software.</source>
        <translation>Demandis pri integrado de %1 kun ilia kontada programo.</translation>
    </message>
    <message>
        <source>Follow-up on the invoice for %1; payment promised by the end of the month.</source>
        <translation>Rekontakto pri la fakturo por %1; pago promesita ĝis la fino de la monato.</translation>
    </message>
    <message>
        <source>Met at the trade show, interested in %1 for the new branch.</source>
        <translation>Renkontiĝis ĉe la fakfoiro; interesiĝas pri %1 por la nova filio.</translation>
    </message>
    <message>
        <source>Budget for %1 frozen until %2, call back then.</source>
        <translation>Buĝeto por %1 frostigita ĝis %2; tiam retelefoni.</translation>
    </message>
    <message>
        <source>Complaint: the %1 delivery arrived late and partly damaged.</source>
        <translation>Plendo: la livero de %1 alvenis malfrue kaj parte difektita.</translation>
    </message>
    <message>
        <source>Complaint: billed twice for %1.</source>
        <translation>Plendo: ricevis du fakturojn por %1.</translation>
    </message>
    <message>
        <source>Complaint: support did not answer about %1 for three days.</source>
        <translation>Plendo: la helpservo dum tri tagoj ne respondis pri %1.</translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>Retelefoni al %1</translation>
    </message>
    <message>
        <source>Send proposal to %1</source>
        <translation>Sendi proponon al %1</translation>
    </message>
    <message>
        <source>Check in with %1</source>
        <translation>Kontaktiĝi kun %1</translation>
    </message>
    <message>
        <source>Prepare meeting with %1</source>
        <translation>Prepari renkontiĝon kun %1</translation>
    </message>
    <message>
        <source>Follow up on quote for %1</source>
        <translation>Rekontakti pri la prezoferto por %1</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Tro alta prezo</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Elektis konkuranton</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Neniu buĝeto</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Neniu decido</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Nekonvena momento</translation>
    </message>
    <message>
        <source>Spring newsletter</source>
        <translation>Printempa novaĵletero</translation>
    </message>
    <message>
        <source>Summer newsletter</source>
        <translation>Somera novaĵletero</translation>
    </message>
    <message>
        <source>Autumn newsletter</source>
        <translation>Aŭtuna novaĵletero</translation>
    </message>
    <message>
        <source>Christmas newsletter</source>
        <translation>Kristnaska novaĵletero</translation>
    </message>
    <message>
        <source>Webinar: getting started</source>
        <translation>Retseminario: unuaj paŝoj</translation>
    </message>
    <message>
        <source>Website relaunch</source>
        <translation>Relanĉo de la retejo</translation>
    </message>
    <message>
        <source>Google Ads – search</source>
        <translation>Google Ads – serĉreklamoj</translation>
    </message>
    <message>
        <source>Google Ads – display</source>
        <translation>Google Ads – bildreklamoj</translation>
    </message>
    <message>
        <source>LinkedIn Ads – decision makers</source>
        <translation>LinkedIn Ads – decidantoj</translation>
    </message>
    <message>
        <source>Ad in a trade magazine</source>
        <translation>Anonco en fakrevuo</translation>
    </message>
    <message>
        <source>Local radio spot</source>
        <translation>Loka radioreklamo</translation>
    </message>
    <message>
        <source>Trade fair Leipzig %1</source>
        <translation>Fakfoiro en Lepsiko %1</translation>
    </message>
    <message>
        <source>Hannover Messe %1</source>
        <translation>Hanovra Foiro %1</translation>
    </message>
    <message>
        <source>Summer open house %1</source>
        <translation>Somera tago de malfermitaj pordoj %1</translation>
    </message>
    <message>
        <source>Regional business expo %1</source>
        <translation>Regiona komerca foiro %1</translation>
    </message>
    <message>
        <source>Customer day %1</source>
        <translation>Klienttago %1</translation>
    </message>
    <message>
        <source>LinkedIn sponsored posts</source>
        <translation>Sponsoritaj afiŝoj en LinkedIn</translation>
    </message>
    <message>
        <source>Instagram – summer campaign</source>
        <translation>Instagram – somera kampanjo</translation>
    </message>
    <message>
        <source>Facebook ads – autumn offer</source>
        <translation>Facebook-reklamoj – aŭtuna oferto</translation>
    </message>
    <message>
        <source>Customer referral bonus</source>
        <translation>Premio por rekomendantaj klientoj</translation>
    </message>
    <message>
        <source>Thank-you gifts for referrers</source>
        <translation>Dankodonacoj por rekomendintoj</translation>
    </message>
    <message>
        <source>Call list: logistics companies</source>
        <translation>Telefonlisto: loĝistikaj firmaoj</translation>
    </message>
    <message>
        <source>Call list: retailers</source>
        <translation>Telefonlisto: podetalistoj</translation>
    </message>
    <message>
        <source>Spring promotion</source>
        <translation>Printempa varbokampanjo</translation>
    </message>
    <message>
        <source>Autumn promotion</source>
        <translation>Aŭtuna varbokampanjo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>A company&apos;s name: %1 is its founder&apos;s family name, %2 its line of business (Karimi Logistics)</comment>
        <translation>%2 %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of contacts cannot be negative.</source>
        <translation>La nombro de kontaktoj ne povas esti negativa.</translation>
    </message>
    <message>
        <source>Generating demo data failed: %1</source>
        <translation>Generado de demonstraj datumoj malsukcesis: %1</translation>
    </message>
    <message>
        <source>Generating demo data was cancelled; the database is unchanged.</source>
        <translation>Generado de demonstraj datumoj estis nuligita; la datumbazo estas neŝanĝita.</translation>
    </message>
    <message>
        <source>Contacts and their history</source>
        <translation>Kontaktoj kaj ilia historio</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indeksoj</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Serĉindekso</translation>
    </message>
    <message>
        <source>Pipeline totals</source>
        <translation>Sumoj de la vendofluo</translation>
    </message>
    <message>
        <source>Report summaries</source>
        <translation>Resumoj de la raportoj</translation>
    </message>
    <message>
        <source>Checking references</source>
        <translation>Kontrolado de referencoj</translation>
    </message>
    <message>
        <source>Generating demo data failed: a row of %1 refers to a missing row of %2.</source>
        <translation>Generado de demonstraj datumoj malsukcesis: vico de %1 referencas al mankanta vico de %2.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Skribado</translation>
    </message>
    <message>
        <source>Meeting about %1</source>
        <translation>Renkontiĝo pri %1</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation>Re: %1</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Plendo</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Comparing emails</source>
        <translation>Komparado de retpoŝtadresoj</translation>
    </message>
    <message>
        <source>Same email: %1</source>
        <translation>Sama retpoŝto: %1</translation>
    </message>
    <message>
        <source>Comparing phone numbers</source>
        <translation>Komparado de telefonnumeroj</translation>
    </message>
    <message>
        <source>Same phone number: %1</source>
        <translation>Sama telefonnumero: %1</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation>La serĉado de duoblaĵoj estis nuligita.</translation>
    </message>
    <message>
        <source>Comparing names</source>
        <translation>Komparado de nomoj</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Sama nomo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Farita</translation>
    </message>
    <message>
        <source>Same name but for case, punctuation or legal form</source>
        <translation>Sama nomo krom uskleco, interpunkcio aŭ jura formo</translation>
    </message>
</context>
<context>
    <name>FieldConditions</name>
    <message>
        <source>%1: “~” is for text.</source>
        <translation>%1: “~” estas por teksto.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the form 2026-12-31.</source>
        <translation>%1: “%2” ne estas dato en la formo 2026-12-31.</translation>
    </message>
    <message>
        <source>%1: choices are compared with = and != only.</source>
        <translation>%1: elektoj estas komparataj nur per = kaj !=.</translation>
    </message>
    <message>
        <source>%1: name a choice.</source>
        <translation>%1: nomu elekton.</translation>
    </message>
    <message>
        <source>%1: give a value, or use empty or notempty.</source>
        <translation>%1: donu valoron, aŭ uzu empty aŭ notempty.</translation>
    </message>
    <message>
        <source>%1: yes or no is compared with = and != only.</source>
        <translation>%1: jes aŭ ne estas komparata nur per = kaj !=.</translation>
    </message>
    <message>
        <source>%1: links are compared with = and != only.</source>
        <translation>%1: ligiloj estas komparataj nur per = kaj !=.</translation>
    </message>
    <message>
        <source>“%1” is not a condition such as “city = Berlin”, “budget &gt;= 5000” or “timeline empty”.</source>
        <translation>“%1” ne estas kondiĉo kiel “city = Berlin”, “budget &gt;= 5000” aŭ “timeline empty”.</translation>
    </message>
    <message>
        <source>id: compare it with a number.</source>
        <translation>id: komparu ĝin kun nombro.</translation>
    </message>
    <message>
        <source>%1: compare it with =, !=, ~, empty or notempty.</source>
        <translation>%1: komparu ĝin per =, !=, ~, empty aŭ notempty.</translation>
    </message>
    <message>
        <source>Contacts have no field “%1”. Built-in: %2; your own: see kontor-cli field list.</source>
        <translation>Kontaktoj ne havas kampon “%1”. Enkonstruitaj: %2; viaj propraj: vidu kontor-cli field list.</translation>
    </message>
    <message>
        <source>status: compare it with = or != and a stage, such as status = customer.</source>
        <translation>status: komparu ĝin per = aŭ != kaj etapo, ekz. status = customer.</translation>
    </message>
    <message>
        <source>status: “%1” is not a stage.</source>
        <translation>status: “%1” ne estas etapo.</translation>
    </message>
    <message>
        <source>score: compare it with a number, such as score &gt;= 50.</source>
        <translation>score: komparu ĝin kun nombro, ekzemple score &gt;= 50.</translation>
    </message>
    <message>
        <source>Companies have no field “%1”. Built-in: %2; your own: see kontor-cli field list.</source>
        <translation>Firmaoj ne havas kampon “%1”. Enkonstruitaj: %2; viaj propraj: vidu kontor-cli field list.</translation>
    </message>
    <message>
        <source>territory: compare it with =, !=, empty or notempty.</source>
        <translation>territory: komparu ĝin per =, !=, empty aŭ notempty.</translation>
    </message>
    <message>
        <source>territory: there is no territory “%1”.</source>
        <translation>territory: ne ekzistas teritorio “%1”.</translation>
    </message>
    <message>
        <source>territory: name a territory.</source>
        <translation>territory: nomu teritorion.</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Longa teksto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombro</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Markobutono</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Elekto</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Plurobla elekto</translation>
    </message>
    <message>
        <source>Link to a contact</source>
        <translation>Ligilo al kontakto</translation>
    </message>
    <message>
        <source>Link to a company</source>
        <translation>Ligilo al firmao</translation>
    </message>
</context>
<context>
    <name>FieldValueText</name>
    <message>
        <source>Yes</source>
        <translation>Jes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” ne estas nombro.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount.</source>
        <translation>%1: “%2” ne estas sumo.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the form 2026-12-31.</source>
        <translation>%1: “%2” ne estas dato en la formo 2026-12-31.</translation>
    </message>
    <message>
        <source>%1: “%2” is neither yes nor no.</source>
        <translation>%1: “%2” estas nek jes nek ne.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of its choices.</source>
        <translation>%1: “%2” ne estas unu el ĝiaj elektoj.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record&apos;s number.</source>
        <translation>%1: “%2” ne estas numero de rikordo.</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>La prognozo ne povis esti kalkulita: %1</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>La negocoj ne povis esti legitaj: %1</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>The funnel could not be computed: %1</source>
        <translation>La funelo ne povis esti kalkulita: %1</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>La negocoj ne povis esti legitaj: %1</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>A vCard file holds contacts.</source>
        <translation>Dosiero vCard enhavas kontaktojn.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>importon</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>importon de %1</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>La importo ne povis komenciĝi: %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>La importo ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>Undo import %1</source>
        <translation>malfaron de la importo %1</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>La importo ne povis esti malfarita: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>La importo ne povis esti malfarita: %1</translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation>Tia importo ne ekzistas.</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>Ĉi tiu importo jam estis malfarita.</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Malfarado de la importo</translation>
    </message>
    <message>
        <source>Undoing the import was cancelled; nothing was changed.</source>
        <translation>La malfarado de la importo estis nuligita; nenio estis ŝanĝita.</translation>
    </message>
    <message>
        <source>The import&apos;s contacts could not be read: %1</source>
        <translation>La kontaktoj de la importo ne povis esti legitaj: %1</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>The import could not start: %1</source>
        <translation>La importo ne povis komenciĝi: %1</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>Kontrolado de vicoj</translation>
    </message>
    <message>
        <source>Importing rows</source>
        <translation>Importado de vicoj</translation>
    </message>
    <message>
        <source>The import could not be finished, and nothing was imported: %1</source>
        <translation>La importo ne povis esti finita, kaj nenio estis importita: %1</translation>
    </message>
    <message>
        <source>The import could not be saved, and nothing was imported: %1</source>
        <translation>La importo ne povis esti konservita, kaj nenio estis importita: %1</translation>
    </message>
</context>
<context>
    <name>InteractionActions</name>
    <message>
        <source>Interaction logged, reminder done and the next meeting scheduled.</source>
        <translation>Interago registrita, memorigo farita kaj la sekva renkontiĝo planita.</translation>
    </message>
    <message>
        <source>Interaction logged, reminder done and follow-up scheduled.</source>
        <translation>Interago registrita, memorigo farita kaj rekontakto planita.</translation>
    </message>
    <message>
        <source>Interaction logged and reminder done.</source>
        <translation>Interago registrita kaj memorigo farita.</translation>
    </message>
    <message>
        <source>Interaction logged and the next meeting scheduled.</source>
        <translation>Interago registrita kaj la sekva renkontiĝo planita.</translation>
    </message>
    <message>
        <source>Interaction logged and follow-up scheduled.</source>
        <translation>Interago registrita kaj rekontakto planita.</translation>
    </message>
    <message>
        <source>Interaction logged.</source>
        <translation>Interago registrita.</translation>
    </message>
    <message>
        <source>Choose the contact the interaction was with.</source>
        <translation>Elektu la kontakton, kun kiu la interago okazis.</translation>
    </message>
    <message>
        <source>Give the follow-up a title.</source>
        <translation>Donu titolon al la rekontakto.</translation>
    </message>
    <message>
        <source>Enter when the follow-up is due.</source>
        <translation>Entajpu, kiam la rekontakto estas farenda.</translation>
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation>registradon de interago kun %1</translation>
    </message>
    <message>
        <source>Only a complaint can be resolved.</source>
        <translation>Nur plendo povas esti solvita.</translation>
    </message>
    <message>
        <source>Complaint resolved.</source>
        <translation>Plendo solvita.</translation>
    </message>
    <message>
        <source>Complaint open again.</source>
        <translation>Plendo denove malfermita.</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>solvon de la plendo</translation>
    </message>
    <message>
        <source>Open complaint again</source>
        <translation>remalfermon de la plendo</translation>
    </message>
</context>
<context>
    <name>InteractionKinds</name>
    <message>
        <source>Call</source>
        <translation>Voko</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Renkontiĝo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retletero</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaĝo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Noto</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Plendo</translation>
    </message>
</context>
<context>
    <name>InteractionOutcomes</name>
    <message>
        <source>Successful</source>
        <translation>Sukcesa</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neŭtrala</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Malsukcesa</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Neniu respondo</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voĉpoŝto</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Okupata</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Malĝusta numero</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>Choose the contact this interaction was with.</source>
        <translation>Elektu la kontakton, kun kiu ĉi tiu interago okazis.</translation>
    </message>
    <message>
        <source>Choose what kind of interaction it was.</source>
        <translation>Elektu, kia speco de interago ĝi estis.</translation>
    </message>
    <message>
        <source>Enter when the interaction took place.</source>
        <translation>Entajpu, kiam la interago okazis.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>La daŭro ne povas esti negativa.</translation>
    </message>
    <message>
        <source>The interaction could not be saved: %1</source>
        <translation>La interago ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>The interaction could not be read: %1</source>
        <translation>La interago ne povis esti legita: %1</translation>
    </message>
    <message>
        <source>There is no interaction with the number %1.</source>
        <translation>Ne ekzistas interago kun la numero %1.</translation>
    </message>
    <message>
        <source>The interaction could not be archived: %1</source>
        <translation>La interago ne povis esti arkivigita: %1</translation>
    </message>
    <message>
        <source>The complaint could not be updated: %1</source>
        <translation>La plendo ne povis esti ĝisdatigita: %1</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>The scoring rules could not be read: %1</source>
        <translation>La poentadaj reguloj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>Every scoring rule needs a name.</source>
        <translation>Ĉiu poentada regulo bezonas nomon.</translation>
    </message>
    <message>
        <source>“%1” gives no points.</source>
        <translation>“%1” donas neniun poenton.</translation>
    </message>
    <message>
        <source>“%1”: a score cannot count itself.</source>
        <translation>“%1”: poentaro ne povas kalkuli sin mem.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1” needs a kind of interaction and a number of days.</source>
        <translation>“%1” bezonas specon de interago kaj nombron da tagoj.</translation>
    </message>
    <message>
        <source>The scoring rules could not be saved: %1</source>
        <translation>La poentadaj reguloj ne povis esti konservitaj: %1</translation>
    </message>
    <message>
        <source>Decision maker (title with “director”)</source>
        <translation>Decidanto (posteno kun “director”)</translation>
    </message>
    <message>
        <source>Decision maker (title with “head”)</source>
        <translation>Decidanto (posteno kun “head”)</translation>
    </message>
    <message>
        <source>Owner or founder</source>
        <translation>Posedanto aŭ fondinto</translation>
    </message>
    <message>
        <source>Has an email address</source>
        <translation>Havas retpoŝtadreson</translation>
    </message>
    <message>
        <source>No way to reach them</source>
        <translation>Neniel atingebla</translation>
    </message>
    <message>
        <source>Successful meeting in the last 30 days</source>
        <translation>Sukcesa renkontiĝo en la lastaj 30 tagoj</translation>
    </message>
    <message>
        <source>Answered call (halves every 14 days)</source>
        <translation>Respondita voko (duoniĝas ĉiujn 14 tagojn)</translation>
    </message>
    <message>
        <source>Email exchanged in the last 14 days</source>
        <translation>Interŝanĝo de retleteroj en la lastaj 14 tagoj</translation>
    </message>
    <message>
        <source>Complaint (halves every 30 days)</source>
        <translation>Plendo (duoniĝas ĉiujn 30 tagojn)</translation>
    </message>
    <message>
        <source>The score could not be worked out: %1</source>
        <translation>La poentaro ne povis esti kalkulita: %1</translation>
    </message>
    <message>
        <source>The score could not be saved: %1</source>
        <translation>La poentaro ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>The scores could not be worked out: %1</source>
        <translation>La poentaroj ne povis esti kalkulitaj: %1</translation>
    </message>
    <message>
        <source>Working out the scores</source>
        <translation>Kalkulado de la poentaroj</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Haltigita.</translation>
    </message>
    <message>
        <source>The scores could not be saved: %1</source>
        <translation>La poentaroj ne povis esti konservitaj: %1</translation>
    </message>
</context>
<context>
    <name>LeadSourceRepository</name>
    <message>
        <source>A lead source needs a name.</source>
        <translation>Interesatfonto bezonas nomon.</translation>
    </message>
    <message>
        <source>The lead source could not be saved: %1</source>
        <translation>La interesatfonto ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Kampanjo bezonas nomon.</translation>
    </message>
    <message>
        <source>Choose the lead source of the campaign.</source>
        <translation>Elektu la interesatfonton de la kampanjo.</translation>
    </message>
    <message>
        <source>The spend cannot be negative.</source>
        <translation>La elspezo ne povas esti negativa.</translation>
    </message>
    <message>
        <source>The campaign cannot end before it starts.</source>
        <translation>La kampanjo ne povas finiĝi antaŭ ol ĝi komenciĝas.</translation>
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation>La kampanjo ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>A lead source called “%1” already exists.</source>
        <translation>Interesatfonto nomata “%1” jam ekzistas.</translation>
    </message>
</context>
<context>
    <name>LeadSources</name>
    <message>
        <source>The lead source report could not be computed: %1</source>
        <translation>La raporto pri interesatfontoj ne povis esti kalkulita: %1</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>Sen interesatfonto</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>La kontaktoj ne povis esti legitaj: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleFunnel</name>
    <message>
        <source>The lifecycle funnel could not be computed: %1</source>
        <translation>La vivcikla funelo ne povis esti kalkulita: %1</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>Sen interesatfonto</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sen vendisto</translation>
    </message>
    <message>
        <source>The lifecycle funnel could not be brought up to date: %1</source>
        <translation>La vivcikla funelo ne povis esti ĝisdatigita: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>rule: the fields that make a lead marketing qualified were filled</source>
        <translation>regulo: la kampoj, kiuj igas interesaton merkatike kvalifikita, estis plenigitaj</translation>
    </message>
    <message>
        <source>rule: the qualification fields were filled</source>
        <translation>regulo: la kvalifikaj kampoj estis plenigitaj</translation>
    </message>
    <message>
        <source>rule: a meeting was booked</source>
        <translation>regulo: renkontiĝo estis rezervita</translation>
    </message>
    <message>
        <source>rule: a deal was created</source>
        <translation>regulo: negoco estis kreita</translation>
    </message>
    <message>
        <source>rule: a deal was won</source>
        <translation>regulo: negoco estis gajnita</translation>
    </message>
    <message>
        <source>rule: the lead score reached the threshold</source>
        <translation>regulo: la interesatpoentaro atingis la sojlon</translation>
    </message>
    <message>
        <source>The leads to qualify could not be read: %1</source>
        <translation>La kvalifikotaj interesatoj ne povis esti legitaj: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleText</name>
    <message>
        <source>Stage</source>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eniris</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>Pluiris</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konvertiĝo</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Medianaj tagoj</translation>
    </message>
    <message>
        <source>Entered each stage, by lead source:</source>
        <translation>Eniris ĉiun etapon, laŭ interesatfonto:</translation>
    </message>
    <message>
        <source>Entered each stage, by owner:</source>
        <translation>Eniris ĉiun etapon, laŭ vendisto:</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Merge contacts</source>
        <translation>kunfandon de kontaktoj</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>kunfandon de firmaoj</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as EUR.</source>
        <translation>La valuto devas esti trilitera kodo laŭ ISO 4217, ekzemple EUR.</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>La negocoj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>The pipeline could not be read: %1</source>
        <translation>La vendofluo ne povis esti legita: %1</translation>
    </message>
    <message>
        <source>The pipeline totals could not be computed: %1</source>
        <translation>La sumoj de la vendofluo ne povis esti kalkulitaj: %1</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation>La rikordoj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>La eksporto ne povis esti skribita: %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksportado</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La eksporto estis nuligita.</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” ne povis esti skribita: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportado…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-dosieroj (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-dosieroj (*.vcf)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-dosieroj (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporti</translation>
    </message>
    <message>
        <source>%1 records exported to %2.</source>
        <translation>%1 rikordoj eksportitaj al %2.</translation>
    </message>
</context>
<context>
    <name>RecordImport</name>
    <message>
        <source>Contacts are imported by ContactImport.</source>
        <translation>Kontaktojn importas ContactImport.</translation>
    </message>
    <message>
        <source>No user is called “%1” (kept in the notes).</source>
        <translation>Neniu uzanto nomiĝas “%1” (konservita en la notoj).</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Sen nomo</translation>
    </message>
    <message>
        <source>No company is called “%1” (kept in the notes).</source>
        <translation>Neniu firmao nomiĝas “%1” (konservita en la notoj).</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Patrina firmao</translation>
    </message>
    <message>
        <source>Same name as %1</source>
        <translation>Sama nomo kiel %1</translation>
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation>%1; nenio nova</translation>
    </message>
    <message>
        <source>No date, or one Kontor cannot read: “%1”</source>
        <translation>Neniu dato, aŭ dato, kiun Kontor ne povas legi: “%1”</translation>
    </message>
    <message>
        <source>No contact “%1” in Kontor (import the contacts first)</source>
        <translation>Neniu kontakto “%1” en Kontor (unue importu la kontaktojn)</translation>
    </message>
    <message>
        <source>The kind “%1” is not one of Kontor&apos;s (imported as a note).</source>
        <translation>La speco “%1” ne estas unu el tiuj de Kontor (importita kiel noto).</translation>
    </message>
    <message>
        <source>No deal “%1” for this contact (left out).</source>
        <translation>Neniu negoco “%1” por ĉi tiu kontakto (ellasita).</translation>
    </message>
    <message>
        <source>Already there: the same %1 at the same time</source>
        <translation>Jam ekzistas: la sama %1 je la sama tempo</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Sen titolo</translation>
    </message>
    <message>
        <source>No contact “%1” in Kontor (kept in the notes).</source>
        <translation>Neniu kontakto “%1” en Kontor (konservita en la notoj).</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>No stage is called “%1” (the first stage instead; kept in the notes).</source>
        <translation>Neniu etapo nomiĝas “%1” (anstataŭe la unua etapo; konservita en la notoj).</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>The amount “%1” is not a number Kontor reads (kept in the notes).</source>
        <translation>La sumo “%1” ne estas nombro, kiun Kontor legas (konservita en la notoj).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>Already there: a deal of the same title for the same contact</source>
        <translation>Jam ekzistas: negoco kun la sama titolo por la sama kontakto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sektoro</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grandeco</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritorio</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Retejo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Strato</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Urbo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiono</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Poŝtkodo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Lando</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etikedoj</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <source>Kind (call, meeting, email…)</source>
        <translation>Speco (voko, renkontiĝo, retletero…)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direkto</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Nomo de la kontakto</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>Retpoŝto de la kontakto</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negoco</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Daŭro (minutoj)</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Registrita de</translation>
    </message>
    <message>
        <source>Resolved (complaints)</source>
        <translation>Solvita (plendoj)</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal</comment>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuto</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Atendata fermo</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Interesatfonto</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Kreita</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Kialo de perdo</translation>
    </message>
    <message>
        <source>No column is mapped to “%1”, which every row needs.</source>
        <translation>Neniu kolumno estas ligita al “%1”, kiun ĉiu vico bezonas.</translation>
    </message>
    <message>
        <source>Line %1 could not be imported, and nothing was: %2</source>
        <translation>Linio %1 ne povis esti importita, kaj nenio estis importita: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>La importo estis nuligita; nenio estis ŝanĝita.</translation>
    </message>
    <message>
        <source>The file could not be read, and nothing was imported: %1</source>
        <translation>La dosiero ne povis esti legita, kaj nenio estis importita: %1</translation>
    </message>
</context>
<context>
    <name>RegionChoice</name>
    <message>
        <source>Choose your country</source>
        <translation>Elektu vian landon</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Say what to do.</source>
        <translation>Diru, kion fari.</translation>
    </message>
    <message>
        <source>Enter when the reminder is due.</source>
        <translation>Entajpu, kiam la memorigo estas farenda.</translation>
    </message>
    <message>
        <source>The reminder&apos;s contact does not exist.</source>
        <translation>La kontakto de la memorigo ne ekzistas.</translation>
    </message>
    <message>
        <source>Edit reminder “%1”</source>
        <translation>redakton de la memorigo “%1”</translation>
    </message>
    <message>
        <source>New reminder “%1”</source>
        <translation>novan memorigon “%1”</translation>
    </message>
    <message>
        <source>Reminder saved.</source>
        <translation>Memorigo konservita.</translation>
    </message>
    <message>
        <source>“%1” is done already.</source>
        <translation>“%1” jam estas farita.</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>markon de “%1” kiel farita</translation>
    </message>
    <message>
        <source>“%1” done; next on %2.</source>
        <translation>“%1” farita; la sekva je %2.</translation>
    </message>
    <message>
        <source>“%1” done.</source>
        <translation>“%1” farita.</translation>
    </message>
    <message>
        <source>Enter until when to snooze.</source>
        <translation>Entajpu, ĝis kiam prokrasti.</translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation>prokraston de “%1”</translation>
    </message>
    <message>
        <source>“%1” snoozed until %2.</source>
        <translation>“%1” prokrastita ĝis %2.</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>A reminder needs a title.</source>
        <translation>Memorigo bezonas titolon.</translation>
    </message>
    <message>
        <source>A reminder needs a due time.</source>
        <translation>Memorigo bezonas limtempon.</translation>
    </message>
    <message>
        <source>The reminder could not be saved: %1</source>
        <translation>La memorigo ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>There is no reminder with the number %1.</source>
        <translation>Ne ekzistas memorigo kun la numero %1.</translation>
    </message>
    <message>
        <source>The reminder could not be read: %1</source>
        <translation>La memorigo ne povis esti legita: %1</translation>
    </message>
    <message>
        <source>The reminder is already done.</source>
        <translation>La memorigo jam estas farita.</translation>
    </message>
    <message>
        <source>The reminder could not be updated: %1</source>
        <translation>La memorigo ne povis esti ĝisdatigita: %1</translation>
    </message>
    <message>
        <source>Choose until when to snooze.</source>
        <translation>Elektu, ĝis kiam prokrasti.</translation>
    </message>
    <message>
        <source>The reminder could not be snoozed: %1</source>
        <translation>La memorigo ne povis esti prokrastita: %1</translation>
    </message>
    <message>
        <source>Only an open reminder can be snoozed.</source>
        <translation>Nur nefarita memorigo povas esti prokrastita.</translation>
    </message>
    <message>
        <source>The reminder could not be archived: %1</source>
        <translation>La memorigo ne povis esti arkivigita: %1</translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>La memorigoj ne povis esti legitaj: %1</translation>
    </message>
</context>
<context>
    <name>ReportChoice</name>
    <message>
        <source>%1 is not a choice field.</source>
        <translation>%1 ne estas elekta kampo.</translation>
    </message>
    <message>
        <source>Name a choice field and its options, such as industry=Retail;Food.</source>
        <translation>Nomu elektan kampon kaj ĝiajn elektojn, ekzemple industry=Retail;Food.</translation>
    </message>
    <message>
        <source>There is no field “%1”.</source>
        <translation>Ne ekzistas kampo “%1”.</translation>
    </message>
    <message>
        <source>%1 has no choice “%2”.</source>
        <translation>%1 ne havas la elekton “%2”.</translation>
    </message>
    <message>
        <source>That territory is gone; choose another.</source>
        <translation>Tiu teritorio ne plu ekzistas; elektu alian.</translation>
    </message>
    <message>
        <source>There is no territory “%1”.</source>
        <translation>Ne ekzistas teritorio “%1”.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>This week</source>
        <translation>Ĉi tiu semajno</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Pasinta semajno</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ĉi tiu monato</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Pasinta monato</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ĉi tiu kvaronjaro</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Pasinta kvaronjaro</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ĉi tiu jaro</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Propra periodo</translation>
    </message>
</context>
<context>
    <name>ReportSummaries</name>
    <message>
        <source>The report summaries could not be computed: %1</source>
        <translation>La resumoj de la raportoj ne povis esti kalkulitaj: %1</translation>
    </message>
    <message>
        <source>The report summaries could not be checked: %1</source>
        <translation>La resumoj de la raportoj ne povis esti kontrolitaj: %1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Stage</source>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atingis</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>Pluiris</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konvertiĝo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoro</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Mezumaj tagoj</translation>
    </message>
    <message>
        <source>Entered: %1 · won: %2 · lost: %3 · win rate: %4 · overall conversion: %5</source>
        <translation>Eniris: %1 · gajnitaj: %2 · perditaj: %3 · gajnokvoto: %4 · entuta konvertiĝo: %5</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonto</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Interesatoj</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifikitaj</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klientoj</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Enspezo</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>Elspezo</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Kosto po interesato</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>Kosto po kliento</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Week of %1 (the week before in brackets)</source>
        <translation>Semajno de %1 (la antaŭa semajno inter krampoj)</translation>
    </message>
    <message>
        <source>Calls held</source>
        <translation>Okazintaj vokoj</translation>
    </message>
    <message>
        <source>  successful</source>
        <translation>  sukcesaj</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Okazintaj renkontiĝoj</translation>
    </message>
    <message>
        <source>Led to another appointment</source>
        <translation>Kondukis al plua renkontiĝo</translation>
    </message>
    <message>
        <source>Appointments in the next 30 days</source>
        <translation>Renkontiĝoj en la venontaj 30 tagoj</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Novaj interesatoj</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Gajnitaj negocoj</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Perditaj negocoj</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Gajnita enspezo</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>Malfermitaj plendoj</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Solvitaj plendoj</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semajno de</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Vokoj</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Renkontiĝoj</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Retleteroj</translation>
    </message>
    <message>
        <source>Deals moved</source>
        <translation>Movitaj negocoj</translation>
    </message>
    <message>
        <source>total</source>
        <translation>entute</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Atendata fermo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocoj</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pezita</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Malfruaj</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sen dato</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(neniu)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>What lies behind the figure could not be read: %1</source>
        <translation>Kio kuŝas malantaŭ la cifero ne povis esti legita: %1</translation>
    </message>
</context>
<context>
    <name>RfmAnalysis</name>
    <message>
        <source>The customers&apos; RFM could not be computed: %1</source>
        <translation>La RFM de la klientoj ne povis esti kalkulita: %1</translation>
    </message>
</context>
<context>
    <name>RfmSegment</name>
    <message>
        <source>Champions</source>
        <translation>Ĉampionoj</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Fidelaj</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Eble fideliĝontaj</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Novaj klientoj</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Promesplenaj</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Bezonas atenton</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Preskaŭ dormantaj</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Riskataj</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Neperdendaj</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Vintrodormantaj</translation>
    </message>
    <message>
        <source>R 5, F 4–5: bought lately and often.</source>
        <translation>R 5, F 4–5: aĉetis lastatempe kaj ofte.</translation>
    </message>
    <message>
        <source>R 3–4, F 4–5: buy often, not quite lately.</source>
        <translation>R 3–4, F 4–5: aĉetas ofte, ne tute lastatempe.</translation>
    </message>
    <message>
        <source>R 4–5, F 2–3: bought lately, more than once.</source>
        <translation>R 4–5, F 2–3: aĉetis lastatempe, pli ol unufoje.</translation>
    </message>
    <message>
        <source>R 5, F 1: bought lately, for the first time in the two years.</source>
        <translation>R 5, F 1: aĉetis lastatempe, unuafoje en la du jaroj.</translation>
    </message>
    <message>
        <source>R 4, F 1: bought fairly lately, once.</source>
        <translation>R 4, F 1: aĉetis sufiĉe lastatempe, unufoje.</translation>
    </message>
    <message>
        <source>R 3, F 3: middling on both.</source>
        <translation>R 3, F 3: mezaj en ambaŭ.</translation>
    </message>
    <message>
        <source>R 3, F 1–2: seldom, and not lately.</source>
        <translation>R 3, F 1–2: malofte, kaj ne lastatempe.</translation>
    </message>
    <message>
        <source>R 1–2, F 3–4: bought often, but long ago.</source>
        <translation>R 1–2, F 3–4: aĉetis ofte, sed antaŭ longe.</translation>
    </message>
    <message>
        <source>R 1–2, F 5: among the most frequent, but long ago.</source>
        <translation>R 1–2, F 5: inter la plej oftaj, sed antaŭ longe.</translation>
    </message>
    <message>
        <source>R 1–2, F 1–2: seldom, and long ago.</source>
        <translation>R 1–2, F 1–2: malofte, kaj antaŭ longe.</translation>
    </message>
</context>
<context>
    <name>RfmText</name>
    <message>
        <source>Customers from %1 to %2, in %3</source>
        <translation>Klientoj de %1 ĝis %2, en %3</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klientoj</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Enspezo</translation>
    </message>
    <message>
        <source>Customers by recency (R, rows) and frequency (F, columns)</source>
        <translation>Klientoj laŭ lastatempeco (R, vicoj) kaj ofteco (F, kolumnoj)</translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln won deal(s) in other currencies left out.</source>
        <translation>
            <numerusform>%Ln gajnita negoco en aliaj valutoj estas ellasita.</numerusform>
            <numerusform>%Ln gajnitaj negocoj en aliaj valutoj estas ellasitaj.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>contacts</source>
        <translation>kontaktoj</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>firmaoj</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>negocoj</translation>
    </message>
    <message>
        <source>calls, meetings and notes</source>
        <translation>vokoj, renkontiĝoj kaj notoj</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>memorigoj</translation>
    </message>
    <message>
        <source>the deals&apos; moves between stages</source>
        <translation>la transiroj de la negocoj inter etapoj</translation>
    </message>
    <message>
        <source>the deals&apos; dates in each stage</source>
        <translation>la datoj de la negocoj en ĉiu etapo</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>la historio de ŝanĝoj</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>kampanjoj</translation>
    </message>
    <message>
        <source>lead sources</source>
        <translation>interesatfontoj</translation>
    </message>
    <message>
        <source>salespeople</source>
        <translation>vendistoj</translation>
    </message>
    <message>
        <source>pipeline stages</source>
        <translation>etapoj de la vendofluo</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etikedoj</translation>
    </message>
    <message>
        <source>the contacts&apos; tags</source>
        <translation>la etikedoj de la kontaktoj</translation>
    </message>
    <message>
        <source>the companies&apos; tags</source>
        <translation>la etikedoj de la firmaoj</translation>
    </message>
    <message>
        <source>the contacts&apos; emails</source>
        <translation>la retadresoj de la kontaktoj</translation>
    </message>
    <message>
        <source>the contacts&apos; phone numbers</source>
        <translation>la telefonnumeroj de la kontaktoj</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>agordoj</translation>
    </message>
    <message>
        <source>the import history</source>
        <translation>la importhistorio</translation>
    </message>
    <message>
        <source>what each import changed</source>
        <translation>kion ĉiu importo ŝanĝis</translation>
    </message>
    <message>
        <source>contacts marked as not duplicates</source>
        <translation>kontaktoj markitaj kiel ne duoblaĵoj</translation>
    </message>
    <message>
        <source>The latest changes, in the file&apos;s “-wal” beside it, could not be read: the copy that reading them takes could not be made (%1). Free some space beside the new file and save again to have them too.</source>
        <translation>La lastaj ŝanĝoj, en la dosiero “-wal” apud ĝi, ne legeblis: la kopio, kiun ilia legado bezonas, ne fareblis (%1). Liberigu iom da loko apud la nova dosiero kaj savu denove por havi ankaŭ ilin.</translation>
    </message>
</context>
<context>
    <name>ScoreActions</name>
    <message>
        <source>Change lead scoring rules</source>
        <translation>ŝanĝon de la poentadaj reguloj</translation>
    </message>
    <message numerus="yes">
        <source>Qualify %Ln lead(s) by score</source>
        <translation>
            <numerusform>kvalifikon de %Ln interesato laŭ poentaro</numerusform>
            <numerusform>kvalifikon de %Ln interesatoj laŭ poentaro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreText</name>
    <message>
        <source>There are scoring rules already; the starter set only goes into an empty list.</source>
        <translation>Jam ekzistas poentadaj reguloj; la starta aro eniras nur malplenan liston.</translation>
    </message>
    <message>
        <source>%1 %2 within %3 days%4</source>
        <translation>%1 %2 ene de %3 tagoj%4</translation>
    </message>
    <message>
        <source>, halving</source>
        <translation>, duoniĝante</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(malŝaltita)</translation>
    </message>
    <message>
        <source>score takes at most a contact&apos;s id, or rules.</source>
        <translation>score akceptas maksimume la numeron de kontakto, aŭ rules.</translation>
    </message>
    <message>
        <source>“%1” is not a contact&apos;s id.</source>
        <translation>“%1” ne estas numero de kontakto.</translation>
    </message>
    <message>
        <source>Score %1 (fit %2, engagement %3)</source>
        <translation>Poentaro %1 (taŭgeco %2, engaĝiĝo %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln score(s) changed.</source>
        <translation>
            <numerusform>%Ln poentaro ŝanĝiĝis.</numerusform>
            <numerusform>%Ln poentaroj ŝanĝiĝis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search failed: %1</source>
        <translation>La serĉo malsukcesis: %1</translation>
    </message>
    <message>
        <source>Branch of %1</source>
        <translation>Filio de %1</translation>
    </message>
</context>
<context>
    <name>Separators</name>
    <message>
        <source> · </source>
        <comment>between the parts of one line: a time · a kind · a name</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>Add stage %1</source>
        <translation>aldonon de la etapo %1</translation>
    </message>
    <message>
        <source>Change stage %1</source>
        <translation>ŝanĝon de la etapo %1</translation>
    </message>
    <message>
        <source>Remove stage %1</source>
        <translation>forigon de la etapo %1</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>reordigon de la etapoj</translation>
    </message>
    <message>
        <source>Add lead source %1</source>
        <translation>aldonon de la interesatfonto %1</translation>
    </message>
    <message>
        <source>Rename lead source to %1</source>
        <translation>renomadon de interesatfonto al %1</translation>
    </message>
    <message>
        <source>Add campaign %1</source>
        <translation>aldonon de la kampanjo %1</translation>
    </message>
    <message>
        <source>Change campaign %1</source>
        <translation>ŝanĝon de la kampanjo %1</translation>
    </message>
    <message>
        <source>Add salesperson %1</source>
        <translation>aldonon de la vendisto %1</translation>
    </message>
    <message>
        <source>Rename salesperson to %1</source>
        <translation>renomadon de vendisto al %1</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>renomadon de la etikedo %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>forigon de la etikedo %1</translation>
    </message>
    <message>
        <source>Save import preset %1</source>
        <translation>konservon de la antaŭagordo de importo %1</translation>
    </message>
    <message>
        <source>Your name and country</source>
        <translation>agordon de via nomo kaj lando</translation>
    </message>
    <message>
        <source>Set the default currency</source>
        <translation>agordon de la implicita valuto</translation>
    </message>
    <message>
        <source>Set the region of phone numbers</source>
        <translation>agordon de la regiono de telefonnumeroj</translation>
    </message>
    <message>
        <source>Set the backups to keep</source>
        <translation>agordon de la konservotaj sekurkopioj</translation>
    </message>
    <message>
        <source>Change lifecycle rules</source>
        <translation>ŝanĝon de la vivciklaj reguloj</translation>
    </message>
    <message>
        <source>Change territories</source>
        <translation>ŝanĝon de la teritorioj</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>La agordoj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>La agordo ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>The region must be a two-letter country code such as DE.</source>
        <translation>La regiono devas esti dulitera landokodo, ekzemple DE.</translation>
    </message>
    <message>
        <source>Keep between 0 and 1000 backups.</source>
        <translation>Konservu inter 0 kaj 1000 sekurkopiojn.</translation>
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>Etapo bezonas nomon.</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 percent.</source>
        <translation>La gajnoprobablo devas esti inter 0 kaj 100 procentoj.</translation>
    </message>
    <message>
        <source>The stages could not be read: %1</source>
        <translation>La etapoj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>There is no stage with the number %1.</source>
        <translation>Ne ekzistas etapo kun la numero %1.</translation>
    </message>
    <message>
        <source>The stage could not be saved: %1</source>
        <translation>La etapo ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>The stages could not be reordered: %1</source>
        <translation>La etapoj ne povis esti reordigitaj: %1</translation>
    </message>
    <message>
        <source>Choose another stage for the deals of “%1”.</source>
        <translation>Elektu alian etapon por la negocoj de “%1”.</translation>
    </message>
    <message>
        <source>“%1” is the only stage for deals that are %2: the pipeline needs it.</source>
        <translation>“%1” estas la sola etapo por %2 negocoj: la vendofluo bezonas ĝin.</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gajnitaj</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perditaj</translation>
    </message>
    <message>
        <source>The stage could not be removed: %1</source>
        <translation>La etapo ne povis esti forigita: %1</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Etikedo bezonas nomon.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Ne ekzistas etikedo “%1”.</translation>
    </message>
    <message>
        <source>The tag could not be renamed: %1</source>
        <translation>La etikedo ne povis esti renomita: %1</translation>
    </message>
    <message>
        <source>The tag could not be removed: %1</source>
        <translation>La etikedo ne povis esti forigita: %1</translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message>
        <source>The territories could not be read: %1</source>
        <translation>La teritorioj ne povis esti legitaj: %1</translation>
    </message>
    <message>
        <source>Every territory needs a name.</source>
        <translation>Ĉiu teritorio bezonas nomon.</translation>
    </message>
    <message>
        <source>There is a territory named “%1” already.</source>
        <translation>Jam ekzistas teritorio nomata “%1”.</translation>
    </message>
    <message>
        <source>“%1”: a range of postal codes goes from the lower to the higher, both as long, such as 20000–29999.</source>
        <translation>“%1”: intervalo de poŝtkodoj iras de la pli malalta al la pli alta, ambaŭ same longaj, ekzemple 20000–29999.</translation>
    </message>
    <message>
        <source>The territories could not be saved: %1</source>
        <translation>La teritorioj ne povis esti konservitaj: %1</translation>
    </message>
    <message>
        <source>The territory could not be counted: %1</source>
        <translation>Ne eblis kalkuli, kiom estas en la teritorio: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Ne eblis komenci transakcion: %1</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>La transakcio ne estas aktiva.</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Ne eblis konservi la ŝanĝojn: %1</translation>
    </message>
    <message>
        <source>Another program is writing to this database and did not finish while Kontor waited, so nothing was saved; try again when it is done. (%1)</source>
        <translation>Alia programo skribas en ĉi tiun datumbazon kaj ne finis dum Kontor atendis, do nenio estis konservita; reprovu kiam ĝi finos. (%1)</translation>
    </message>
    <message>
        <source>This database is open read only, so nothing can be changed in it. Restore a backup, or save what can be read into a new file, to work on.</source>
        <translation>Ĉi tiu datumbazo estas malfermita nur por legi, do nenio ŝanĝeblas en ĝi. Por plu labori, restarigu sekurkopion aŭ savu la legeblan en novan dosieron.</translation>
    </message>
</context>
<context>
    <name>UndoJournal</name>
    <message>
        <source>Undo could not be set up: %1</source>
        <translation>Malfarado ne povis esti pretigita: %1</translation>
    </message>
    <message>
        <source>The undo history could not be paused: %1</source>
        <translation>La historio de malfarado ne povis esti paŭzigita: %1</translation>
    </message>
    <message>
        <source>Undo is not available for this database.</source>
        <translation>Malfarado ne disponeblas por ĉi tiu datumbazo.</translation>
    </message>
    <message>
        <source>“%1” cannot be undone: the records changed since. %2</source>
        <translation>“%1” ne povas esti malfarita: la rikordoj ŝanĝiĝis intertempe. %2</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading “%1” for this version of Kontor. This happens once; a large database takes a minute or two.</source>
        <translation>Ĝisdatigo de “%1” por ĉi tiu versio de Kontor. Tio okazas unufoje; granda datumbazo bezonas unu aŭ du minutojn.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Kontor keeps your clients, what was said with them and what to do next in one file on your own computer, and works without an internet connection. It is made for the owner of a small business who used to keep a paper notebook, for the salesperson who logs calls and meetings all day, and for the manager who looks back on the week. This guide is inside the program too: **Help → User Guide** (F1).</source>
        <translation>Kontor konservas viajn klientojn, kion vi interparolis kun ili kaj kion fari poste, en unu dosiero en via propra komputilo, kaj funkcias sen retkonekto. Ĝi estas farita por la posedanto de malgranda entrepreno, kiu antaŭe tenis paperan kajeron, por la vendisto, kiu la tutan tagon registras vokojn kaj renkontiĝojn, kaj por la estro, kiu retrorigardas la semajnon. Ĉi tiu gvidilo troviĝas ankaŭ en la programo: **Helpo → Uzantogvidilo** (F1).</translation>
    </message>
    <message>
        <source>A working day with Kontor</source>
        <translation>Labortago kun Kontor</translation>
    </message>
    <message>
        <source>**Morning, on the Today page** (it opens first): work down the overdue reminders and today&apos;s (D done, S tomorrow), see today&apos;s and tomorrow&apos;s meetings, the week&apos;s birthdays, the contacts you are losing touch with and the deals that have stood still too long. Enter opens the contact or the deal.</source>
        <translation>**Matene, en la paĝo Hodiaŭ** (ĝi malfermiĝas unue): traktu unu post la alia la malfruajn kaj la hodiaŭajn memorigojn (D farita, S morgaŭ), rigardu la hodiaŭajn kaj morgaŭajn renkontiĝojn, la naskiĝtagojn de la semajno, la kontaktojn, kun kiuj vi riskas perdi la ligon, kaj la negocojn, kiuj tro longe stagnas. Enter malfermas la kontakton aŭ la negocon.</translation>
    </message>
    <message>
        <source>**Before a call**: Ctrl+K and a few letters of a name, company, deal or note; Enter shows the contact&apos;s card with the whole history (calls, meetings, deal steps, reminders) and any open complaint on top.</source>
        <translation>**Antaŭ voko**: Ctrl+K kaj kelkaj literoj de nomo, firmao, negoco aŭ noto; Enter montras la karton de la kontakto kun la tuta historio (vokoj, renkontiĝoj, paŝoj de negocoj, memorigoj) kaj ĉiun malfermitan plendon supre.</translation>
    </message>
    <message>
        <source>**After the call**: Ctrl+L; the kind, the outcome, a line of notes and the next step (a follow-up reminder or the next meeting), all in the same dialog; Enter saves.</source>
        <translation>**Post la voko**: Ctrl+L; la speco, la rezulto, linio da notoj kaj la sekva paŝo (rekontakta memorigo aŭ la sekva renkontiĝo), ĉio en la sama dialogo; Enter konservas.</translation>
    </message>
    <message>
        <source>**Deals**: Ctrl+4 shows the pipeline; drag a card on (or Ctrl+Shift+→); Lost asks why. Ctrl+Shift+N adds a deal. A card with a red bar has stood still too long.</source>
        <translation>**Negocoj**: Ctrl+4 montras la vendofluon; trenu karton antaŭen (aŭ Ctrl+Shift+→); ĉe Perdita Kontor demandas kial. Ctrl+Shift+N aldonas negocon. Karto kun ruĝa strio tro longe stagnas.</translation>
    </message>
    <message>
        <source>**Evening**: Reminders (Ctrl+5) and its calendar show what tomorrow and the coming weeks hold; while Kontor runs it announces each reminder when it comes due.</source>
        <translation>**Vespere**: la paĝo Memorigoj (Ctrl+5) kaj ĝia kalendaro montras, kio atendas morgaŭ kaj en la venontaj semajnoj; dum Kontor funkcias, ĝi anoncas ĉiun memorigon, kiam ĝi iĝas farenda.</translation>
    </message>
    <message>
        <source>**End of the week**: Reports (Ctrl+6), the **Week** tab: the calls and meetings held, how many went well, new leads, deals won and lost, each beside the week before.</source>
        <translation>**Fine de la semajno**: Raportoj (Ctrl+6), la langeto **Semajno**: la okazintaj vokoj kaj renkontiĝoj, kiom da ili sukcesis, novaj interesatoj, gajnitaj kaj perditaj negocoj, ĉio apud la antaŭa semajno.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Unuaj paŝoj</translation>
    </message>
    <message>
        <source>**Welcome**: a new, empty database opens on the Welcome page. Type your name, which becomes the first salesperson (instead of &quot;Owner&quot;), and choose your country: phone numbers written without a country code are read as numbers of that country (Kontor fills it in from your computer&apos;s settings, else from the language it is shown in, and asks when neither names a country). Then choose one of three ways in: **Add your first contact**, **Import a file…** (see &quot;Importing your old spreadsheets&quot;) or **Open the demo database**.</source>
        <translation>**Bonvena paĝo**: nova, malplena datumbazo malfermiĝas ĉe la bonvena paĝo. Tajpu vian nomon, kiu iĝas la unua vendisto (anstataŭ “Posedanto”), kaj elektu vian landon: telefonnumeroj skribitaj sen landokodo estas legataj kiel numeroj de tiu lando (Kontor antaŭplenigas ĝin laŭ la agordoj de via komputilo, alie laŭ la lingvo, en kiu ĝi estas montrata, kaj demandas, se neniu el ili nomas landon). Poste elektu unu el tri manieroj komenci: **Aldoni vian unuan kontakton**, **Importi dosieron…** (vidu “Importi viajn malnovajn kalkultabelojn”) aŭ **Malfermi la demonstran datumbazon**.</translation>
    </message>
    <message>
        <source>**The demo database**: 5,000 made-up contacts with a year of calls, meetings and deals, in the language of the window, made on the first click (with progress) in a file of its own beside yours, so that you can try everything without touching your own data. **Help → Open Demo Database** opens it at any time, and **File → Open Database…** goes back to yours.</source>
        <translation>**La demonstra datumbazo**: 5 000 elpensitaj kontaktoj kun jaro da vokoj, renkontiĝoj kaj negocoj, en la lingvo de la fenestro, kreitaj ĉe la unua klako (kun progresindiko) en aparta dosiero apud la via, por ke vi povu provi ĉion sen tuŝi viajn proprajn datumojn. **Helpo → Malfermi demonstran datumbazon** malfermas ĝin iam ajn, kaj **Dosiero → Malfermi datumbazon…** revenigas vin al la via.</translation>
    </message>
    <message>
        <source>**Finding your way**: the bar on the left has the six pages, Today, Contacts, Companies, Pipeline, Reminders and Reports; Ctrl+1 to Ctrl+6 (the **Go** menu) go straight to them. A list or report that is still empty says in one line what would fill it.</source>
        <translation>**Orientiĝo**: la strio maldekstre enhavas la ses paĝojn: Hodiaŭ, Kontaktoj, Firmaoj, Vendofluo, Memorigoj kaj Raportoj; Ctrl+1 ĝis Ctrl+6 (la menuo **Iri**) kondukas rekte al ili. Listo aŭ raporto, kiu ankoraŭ estas malplena, diras en unu linio, kio plenigus ĝin.</translation>
    </message>
    <message>
        <source>**Help** has this **User Guide** (F1), **Keyboard Shortcuts** (Ctrl+/: every key of the menus and of each page, with a search box) and **Open Demo Database**.</source>
        <translation>En **Helpo** troviĝas ĉi tiu **Uzantogvidilo** (F1), **Klavkombinoj** (Ctrl+/: ĉiu klavo de la menuoj kaj de ĉiu paĝo, kun serĉkampo) kaj **Malfermi demonstran datumbazon**.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hodiaŭ</translation>
    </message>
    <message>
        <source>The Today page is the day&apos;s work list, and Kontor opens on it. The side bar shows how many reminders are overdue or due today (&quot;Today (3)&quot;).</source>
        <translation>La paĝo Hodiaŭ estas la laborlisto de la tago, kaj Kontor malfermiĝas ĉe ĝi. La flanka strio montras, kiom da memorigoj estas malfruaj aŭ farendaj hodiaŭ (“Hodiaŭ (3)”).</translation>
    </message>
    <message>
        <source>**Losing touch**: a contact can ask to be contacted every so many days (&quot;Stay in touch every&quot; in the contact&apos;s dialog); any call, meeting or note you log starts the count again.</source>
        <translation>**Perdiĝanta kontakto**: ĉe kontakto eblas agordi, ke ĝi estu kontaktata ĉiujn tiom da tagoj (“Resti en kontakto ĉiujn” en la dialogo de la kontakto); ĉiu voko, renkontiĝo aŭ noto, kiun vi registras, rekomencigas la kalkulon.</translation>
    </message>
    <message>
        <source>**Sections**: each has its count and folds (a click on its band, Enter, or ← / →), and stays folded. Each item is one line with its contact&apos;s name beside it, the most urgent first; a long section shows its first 8 items and &quot;Show all&quot;.</source>
        <translation>**Sekcioj**: ĉiu montras sian nombron kaj faldiĝas (per klako sur sia kapstrio, Enter aŭ ← / →), kaj restas faldita. Ĉiu ero estas unu linio kun la nomo de sia kontakto apude, la plej urĝaj unue; longa sekcio montras siajn unuajn 8 erojn kaj “Montri ĉiujn”.</translation>
    </message>
    <message>
        <source>**Working through it**: the keyboard starts on the first item. On a reminder, D marks it done (a repeating one moves to its next date) and S snoozes it until 9:00 tomorrow, and the next item is selected, as it is after logging a call with Ctrl+L. Enter opens a stale deal on the pipeline board and any other item&apos;s contact. The keys are shown at the foot of the page.</source>
        <translation>**Trairi la liston**: la klavaro komencas ĉe la unua ero. Ĉe memorigo, D markas ĝin farita (ripetiĝanta memorigo moviĝas al sia sekva dato) kaj S prokrastas ĝin ĝis morgaŭ je 9:00, kaj la sekva ero estas elektata, same kiel post registrado de voko per Ctrl+L. Enter malfermas stagnantan negocon sur la tabulo de la vendofluo kaj, ĉe ĉiu alia ero, ĝian kontakton. La klavoj estas montrataj ĉe la piedo de la paĝo.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktoj</translation>
    </message>
    <message>
        <source>The Contacts page (Ctrl+2) is your address book: the whole client base in one list, with the selected contact&apos;s card beside it.</source>
        <translation>La paĝo Kontaktoj (Ctrl+2) estas via adresaro: la tuta klientaro en unu listo, kun la karto de la elektita kontakto apude.</translation>
    </message>
    <message>
        <source>Finding anyone</source>
        <translation>Trovi iun ajn</translation>
    </message>
    <message>
        <source>**Search as you type**: the box above the list (Ctrl+F) finds contacts by any part of their name, company, email or phone. Every word you type is the start of a word, and all must match: `ann sch` finds &quot;Anna Schmidt&quot;. A single letter lists the contacts whose last name starts with it, like the tabs of an address book; a one-letter word after others counts from its second letter on (`van d` shows what `van` shows until you type `van de`), and a one-letter word inside a name is a whole word (`O&apos;Bri` finds &quot;O&apos;Brien&quot;). Accents and capitals do not matter for Latin letters (`jose` finds &quot;José Núñez&quot;); Persian, Bengali, Amharic, Greek and Cyrillic names are found as typed. Phone numbers are found by their digits (`4930` finds &quot;+49 30 …&quot;).</source>
        <translation>**Serĉi dum tajpado**: la kampo super la listo (Ctrl+F) trovas kontaktojn laŭ iu ajn parto de ilia nomo, firmao, retpoŝtadreso aŭ telefono. Ĉiu vorto, kiun vi tajpas, estas la komenco de vorto, kaj ĉiuj devas kongrui: `ann sch` trovas “Anna Schmidt”. Unu sola litero listigas la kontaktojn, kies familia nomo komenciĝas per ĝi, kiel la langetoj de adresaro; unulitera vorto post aliaj validas nur ekde sia dua litero (`van d` montras tion, kion montras `van`, ĝis vi tajpas `van de`), kaj unulitera vorto ene de nomo estas tuta vorto (`O&apos;Bri` trovas “O&apos;Brien”). Supersignoj kaj majuskloj ne gravas por latinaj literoj (`jose` trovas “José Núñez”); persaj, bengalaj, amharaj, grekaj kaj cirilaj nomoj troviĝas tiel, kiel ili estas tajpitaj. Telefonnumeroj troviĝas laŭ siaj ciferoj (`4930` trovas “+49 30 …”).</translation>
    </message>
    <message>
        <source>**Search everything** (Ctrl+K, from anywhere): contacts, companies, deals (by title) and the notes of calls and meetings in one box, grouped, updated as you type; the arrow keys move, Enter opens the result: the contact (for a note, the contact it belongs to), the company on the Companies page, the deal on the pipeline board.</source>
        <translation>**Serĉi ĉie** (Ctrl+K, de ie ajn): kontaktoj, firmaoj, negocoj (laŭ titolo) kaj la notoj de vokoj kaj renkontiĝoj en unu kampo, grupigitaj kaj ĝisdatigataj dum vi tajpas; la sagoklavoj movas, Enter malfermas la rezulton: la kontakton (ĉe noto, la kontakton, al kiu ĝi apartenas), la firmaon en la paĝo Firmaoj, la negocon sur la tabulo de la vendofluo.</translation>
    </message>
    <message>
        <source>**Sorting**: click a column header to sort by it, again to reverse. Some columns take a moment on a very large list (&quot;Sorting…&quot; under the list). Empty values come last either way, equal values by name. After an edit the list is sorted again while the old order stays on screen, and the selected contact stays selected.</source>
        <translation>**Ordigo**: alklaku kolumnokapon por ordigi laŭ ĝi, denove por inversigi la ordon. Kelkaj kolumnoj bezonas momenton ĉe tre granda listo (“Ordigado…” sub la listo). Malplenaj valoroj ĉiam venas laste, egalaj valoroj ordiĝas laŭ nomo. Post redakto la listo estas reordigata, dum la malnova ordo restas sur la ekrano, kaj la elektita kontakto restas elektita.</translation>
    </message>
    <message>
        <source>Adding and editing a contact</source>
        <translation>Aldoni kaj redakti kontakton</translation>
    </message>
    <message>
        <source>**Phone numbers** are kept as you typed them and also read into one international form, so that &quot;030 1234567&quot; and &quot;+49 (0)30 123 45 67&quot; count as the same number when Kontor looks for duplicates. A number without a country code is read as a number of the country in File → Settings… → General (&quot;Phone numbers without a country code are from&quot;, at first the country of the language Kontor speaks).</source>
        <translation>**Telefonnumeroj** estas konservataj tiel, kiel vi tajpis ilin, kaj ankaŭ legataj en unu internacian formon, tiel ke “030 1234567” kaj “+49 (0)30 123 45 67” validas kiel la sama numero, kiam Kontor serĉas duoblaĵojn. Numero sen landokodo estas legata kiel numero de la lando agordita en Dosiero → Agordoj… → Ĝenerala (“Telefonnumeroj sen landokodo estas el”, komence la lando de la lingvo, kiun Kontor parolas).</translation>
    </message>
    <message>
        <source>The contact card</source>
        <translation>La karto de kontakto</translation>
    </message>
    <message>
        <source>**Details**: emails and phones (links that open your mail program or your phone), address, owner, tags, the last contact and the next step (the next scheduled follow-up), with **Edit…**, **Log Interaction…**, **New Deal…** and **Changes…** at hand.</source>
        <translation>**Detaloj**: retpoŝtadresoj kaj telefonoj (ligiloj, kiuj malfermas vian retpoŝtan programon aŭ vian telefonon), adreso, vendisto, etikedoj, la lasta kontakto kaj la sekva paŝo (la sekva planita rekontakto), kun **Redakti…**, **Registri interagon…**, **Nova negoco…** kaj **Ŝanĝoj…** ĉemane.</translation>
    </message>
    <message>
        <source>**History**: everything in one list, newest first: calls, meetings, emails, notes and complaints, every step of the contact&apos;s deals (created, moved, won, lost with the reason) and its reminders. What is still to come (a meeting booked ahead, a reminder not yet due) is marked &quot;Planned&quot; with an outlined mark, above a &quot;Now&quot; line.</source>
        <translation>**Historio**: ĉio en unu listo, la plej novaj unue: vokoj, renkontiĝoj, retleteroj, notoj kaj plendoj, ĉiu paŝo de la negocoj de la kontakto (kreita, movita, gajnita, perdita kun la kialo) kaj ĝiaj memorigoj. Kio ankoraŭ venos (antaŭe rezervita renkontiĝo, memorigo ankoraŭ ne farenda) estas markita “Planita” per nur konturita marko, super linio “Nun”.</translation>
    </message>
    <message>
        <source>**Complaints** stay open until resolved: while any is open, a red box above the history says how many and since when, with &quot;Mark Resolved&quot; for the newest. In the history, R (or the context menu) resolves the selected complaint or opens it again; open complaints are red, resolved ones say when.</source>
        <translation>**Plendoj** restas malfermitaj ĝis ili estas solvitaj: dum iu estas malfermita, ruĝa kesto super la historio diras, kiom kaj ekde kiam, kun “Marki solvita” por la plej nova. En la historio, R (aŭ la kunteksta menuo) solvas la elektitan plendon aŭ remalfermas ĝin; malfermitaj plendoj estas ruĝaj, solvitaj diras kiam.</translation>
    </message>
    <message>
        <source>Several contacts at once</source>
        <translation>Pluraj kontaktoj samtempe</translation>
    </message>
    <message>
        <source>Logging a call or meeting</source>
        <translation>Registri vokon aŭ renkontiĝon</translation>
    </message>
    <message>
        <source>**Log interaction** (Ctrl+L, from any page): kind (call, meeting, email, message, note, complaint), outcome (successful, neutral, unsuccessful, no answer, voicemail, busy, wrong number, or type your own: it is offered again next time), when (now, unless changed), duration, subject and notes, and the next step in the same dialog: a follow-up reminder or the next meeting (tomorrow 9:00 unless changed; the meeting goes into the history and onto Today on its day). Enter saves; Shift+Enter starts a new line in the notes.</source>
        <translation>**Registri interagon** (Ctrl+L, de iu ajn paĝo): speco (voko, renkontiĝo, retletero, mesaĝo, noto, plendo), rezulto (sukcesa, neŭtrala, malsukcesa, neniu respondo, voĉpoŝto, okupata, malĝusta numero, aŭ tajpu vian propran: ĝi estos proponata denove venontfoje), kiam (nun, krom se ŝanĝita), daŭro, temo kaj notoj, kaj la sekva paŝo en la sama dialogo: rekontakta memorigo aŭ la sekva renkontiĝo (morgaŭ je 9:00, krom se ŝanĝita; la renkontiĝo eniras la historion kaj, en sia tago, la paĝon Hodiaŭ). Enter konservas; Shift+Enter komencas novan linion en la notoj.</translation>
    </message>
    <message>
        <source>**For whom**: the contact of what is selected on the page you are on: the reminder, meeting, birthday or stale deal on Today, the reminder on Reminders, the card (or row) on Pipeline, the person, deal or history entry on Companies, the row of a report&apos;s details (Ctrl+L works there too), the contact on Contacts. The dialog&apos;s title names the person; you can always type another name into the contact field. With nothing selected the field is empty and ready for typing. After saving, the Contacts list keeps that contact selected and on the card, with or without a search typed.</source>
        <translation>**Por kiu**: la kontakto de tio, kio estas elektita en la paĝo, kie vi estas: la memorigo, renkontiĝo, naskiĝtago aŭ stagnanta negoco en Hodiaŭ, la memorigo en Memorigoj, la karto (aŭ vico) en Vendofluo, la persono, negoco aŭ historia ero en Firmaoj, la vico de la detaloj de raporto (ankaŭ tie Ctrl+L funkcias), la kontakto en Kontaktoj. La titolo de la dialogo nomas la personon; vi ĉiam povas tajpi alian nomon en la kampon de la kontakto. Se nenio estas elektita, la kampo estas malplena kaj preta por tajpado. Post konservado la listo Kontaktoj tenas tiun kontakton elektita kaj montrata sur la karto, ĉu kun ĉu sen tajpita serĉo.</translation>
    </message>
    <message>
        <source>**Closing the loop**: when the contact has a reminder due (or you log from a reminder), the dialog offers &quot;Mark “…” done&quot;, ticked: one Enter saves the call, its note and the next step and closes the reminder (a repeating one moves to its next date), and one Ctrl+Z takes all of it back.</source>
        <translation>**Fermi la ciklon**: kiam la kontakto havas farendan memorigon (aŭ vi registras el memorigo), la dialogo proponas &quot;Marki “…” farita&quot;, jam markitan: unu Enter konservas la vokon, ĝian noton kaj la sekvan paŝon kaj fermas la memorigon (ripetiĝanta moviĝas al sia sekva dato), kaj unu Ctrl+Z malfaras ĉion.</translation>
    </message>
    <message>
        <source>**No default outcome**: leave it empty (&quot;—&quot;) when the call went neither way. An empty outcome counts as held but never as successful in the reports.</source>
        <translation>**Neniu implicita rezulto**: lasu ĝin malplena (“—”), kiam la voko iris nek bone nek malbone. Malplena rezulto kalkuliĝas kiel okazinta, sed neniam kiel sukcesa en la raportoj.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmaoj</translation>
    </message>
    <message>
        <source>The Companies page (Ctrl+3) shows the businesses your contacts work for: head offices with their branches as a tree, or a flat list of what the search box finds.</source>
        <translation>La paĝo Firmaoj (Ctrl+3) montras la entreprenojn, por kiuj viaj kontaktoj laboras: ĉefsidejojn kun iliaj filioj kiel arbon, aŭ platan liston de tio, kion la serĉkampo trovas.</translation>
    </message>
    <message>
        <source>The selected company shows where it sits (&quot;Branch of Acme Holding › Acme North&quot;, each step a link), its details (website, phone and email are links) and three tabs: **People** who work there, its **Deals** and the **History** of calls and meetings with all of them, each with its count. &quot;Include branches&quot; adds what belongs to the branches below.</source>
        <translation>La elektita firmao montras, kie ĝi troviĝas (“Filio de Acme Holding › Acme North”, ĉiu paŝo estas ligilo), ĝiajn detalojn (retejo, telefono kaj retpoŝto estas ligiloj) kaj tri langetojn: **Homoj**, kiuj laboras tie, ĝiaj **Negocoj** kaj la **Historio** de vokoj kaj renkontiĝoj kun ĉiuj ili, ĉiu kun sia nombro. “Inkluzivi filiojn” aldonas tion, kio apartenas al la subaj filioj.</translation>
    </message>
    <message>
        <source>Enter on a person opens the contact, on a deal the deal on the pipeline board.</source>
        <translation>Enter sur persono malfermas la kontakton, sur negoco la negocon sur la tabulo de la vendofluo.</translation>
    </message>
    <message>
        <source>**New Company…**, **Add Branch…**, **Edit…** (type and pick the head office; a company cannot become a branch of its own branch), **Archive** and **Changes…**. Ctrl+K finds companies too and opens them here.</source>
        <translation>**Nova firmao…**, **Aldoni filion…**, **Redakti…** (tajpu kaj elektu la ĉefsidejon; firmao ne povas iĝi filio de sia propra filio), **Arkivigi** kaj **Ŝanĝoj…**. Ctrl+K ankaŭ trovas firmaojn kaj malfermas ilin ĉi tie.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Vendofluo</translation>
    </message>
    <message>
        <source>The Pipeline page (Ctrl+4) is your sales board: one column per sales stage with its deal cards.</source>
        <translation>La paĝo Vendofluo (Ctrl+4) estas via venda tabulo: unu kolumno por ĉiu venda etapo, kun ĝiaj negockartoj.</translation>
    </message>
    <message>
        <source>**A card** shows the title (without the contact&apos;s name when it repeats it), the contact and company, the amount (in whole units, as are the column totals; the exact amount is in the card&apos;s tooltip), the days in the stage (on a lost card: why it was lost) and the owner. A card with a red bar is stale: it has been in its stage longer than the stage allows (14 days to start with; File → Settings… → Stages changes it).</source>
        <translation>**Karto** montras la titolon (sen la nomo de la kontakto, se ĝi ripetas ĝin), la kontakton kaj firmaon, la sumon (en tutaj unuoj, kiel ankaŭ la sumoj de la kolumnoj; la ekzakta sumo estas en la ŝpruchelpilo de la karto), la tagojn en la etapo (ĉe perdita karto: kial ĝi estis perdita) kaj la vendiston. Karto kun ruĝa strio stagnas: ĝi estas en sia etapo pli longe ol la etapo permesas (komence 14 tagoj; Dosiero → Agordoj… → Etapoj ŝanĝas tion).</translation>
    </message>
    <message>
        <source>**Totals**: each column&apos;s header shows the number of deals, their total (one sum per currency) and the total weighted by the stage&apos;s win probability; the line at the top sums the weighted value of all open deals.</source>
        <translation>**Sumoj**: la kapo de ĉiu kolumno montras la nombron de negocoj, ilian sumon (unu sumo po valuto) kaj la sumon pezitan per la gajnoprobablo de la etapo; la linio supre sumigas la pezitan valoron de ĉiuj malfermitaj negocoj.</translation>
    </message>
    <message>
        <source>**Won and Lost** show the deals closed in the last 30 days. They start folded to narrow strips with their count and total, so that the whole board is seen at once: a card dropped on a strip moves there, and a click on the strip opens it (Kontor remembers which are open).</source>
        <translation>**Gajnita kaj Perdita** montras la negocojn fermitajn en la lastaj 30 tagoj. Komence ili estas falditaj al mallarĝaj strioj kun sia nombro kaj sumo, por ke la tuta tabulo estu videbla samtempe: karto demetita sur strion moviĝas tien, kaj klako sur la strion malfaldas ĝin (Kontor memoras, kiuj estas malfalditaj).</translation>
    </message>
    <message>
        <source>**Move a deal** by dragging its card to another column, with Ctrl+Shift+→ / ← on the selected card, or with &quot;Move to&quot; in its context menu. Every move is kept in the deal&apos;s history with the time and who moved it. Moving to Lost asks for the reason (pick a common one or type your own); Cancel leaves the deal where it was. The context menu also archives the deal (Delete does the same, after asking).</source>
        <translation>**Movi negocon**: trenu ĝian karton al alia kolumno, premu Ctrl+Shift+→ / ← sur la elektita karto, aŭ uzu “Movi al” en ĝia kunteksta menuo. Ĉiu movo estas konservata en la historio de la negoco kun la tempo kaj kiu movis ĝin. Movo al Perdita demandas pri la kialo (elektu oftan aŭ tajpu vian propran); Nuligi lasas la negocon, kie ĝi estis. La kunteksta menuo ankaŭ arkivigas la negocon (Delete faras la samon, post demando).</translation>
    </message>
    <message>
        <source>**Keys**: ← / → step between columns, Enter (or a double click) edits the deal, Ctrl+Enter opens its contact, F5 reads the board again. The **Deal** menu lists these with their keys.</source>
        <translation>**Klavoj**: ← / → paŝas inter kolumnoj, Enter (aŭ duobla klako) redaktas la negocon, Ctrl+Enter malfermas ĝian kontakton, F5 relegas la tabulon. La menuo **Negoco** listigas ĉi tiujn agojn kun iliaj klavoj.</translation>
    </message>
    <message>
        <source>**New deal** (Ctrl+Shift+N from anywhere, &quot;New Deal…&quot; on the board, or &quot;New Deal…&quot; on a contact&apos;s card): title, contact (type part of a name and pick it), amount and currency (the database&apos;s default currency to start with), stage, owner, lead source, expected close date and notes. Changing the stage in the dialog is a move like any other, and Lost needs the reason.</source>
        <translation>**Nova negoco** (Ctrl+Shift+N de ie ajn, “Nova negoco…” sur la tabulo, aŭ “Nova negoco…” sur la karto de kontakto): titolo, kontakto (tajpu parton de nomo kaj elektu ĝin), sumo kaj valuto (komence la implicita valuto de la datumbazo), etapo, vendisto, interesatfonto, atendata ferma dato kaj notoj. Ŝanĝi la etapon en la dialogo estas movo kiel ĉiu alia, kaj Perdita bezonas la kialon.</translation>
    </message>
    <message>
        <source>**Owner** shows one salesperson&apos;s deals. **List** (Alt+I) shows the same deals as a table you can sort by any column; **Board** (Alt+B) goes back. A column shows its first 200 cards (the ones waiting longest); its totals always count every deal.</source>
        <translation>**Vendisto** montras la negocojn de unu vendisto. **Listo** (Alt+I) montras la samajn negocojn kiel tabelon, kiun vi povas ordigi laŭ iu ajn kolumno; **Tabulo** (Alt+B) revenigas la tabulon. Kolumno montras siajn unuajn 200 kartojn (tiujn, kiuj atendas plej longe); ĝiaj sumoj ĉiam kalkulas ĉiujn negocojn.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Memorigoj</translation>
    </message>
    <message>
        <source>The Reminders page (Ctrl+5) is your diary of things to do: every reminder in four groups, overdue, today, the next 30 days and done in the last 30 days, beside a month calendar whose days with reminders are bold (red when past).</source>
        <translation>La paĝo Memorigoj (Ctrl+5) estas via taglibro de farendaĵoj: ĉiuj memorigoj en kvar grupoj (malfruaj, hodiaŭ, la venontaj 30 tagoj kaj faritaj en la lastaj 30 tagoj), apud monata kalendaro, kies tagoj kun memorigoj estas grasaj (ruĝaj, se pasintaj).</translation>
    </message>
    <message>
        <source>Picking a day lists its reminders; double-clicking a day adds one for it. D marks the selected reminder done (a repeating one moves to its next date), S snoozes it until 9:00 tomorrow, Enter edits it and Delete removes it after asking.</source>
        <translation>Elekto de tago listigas ĝiajn memorigojn; duobla klako sur tago aldonas memorigon por ĝi. D markas la elektitan memorigon farita (ripetiĝanta moviĝas al sia sekva dato), S prokrastas ĝin ĝis morgaŭ je 9:00, Enter redaktas ĝin kaj Delete forigas ĝin post demando.</translation>
    </message>
    <message>
        <source>**New reminder** (Ctrl+Shift+R, or &quot;New Reminder…&quot;): title, when, contact (type to pick), repeat (once, every day, week, month or year) and notes. A follow-up set while logging a call is a reminder too.</source>
        <translation>**Nova memorigo** (Ctrl+Shift+R, aŭ “Nova memorigo…”): titolo, kiam, kontakto (tajpu por elekti), ripeto (unufoje, ĉiutage, ĉiusemajne, ĉiumonate aŭ ĉiujare) kaj notoj. Rekontakto planita dum registrado de voko ankaŭ estas memorigo.</translation>
    </message>
    <message>
        <source>**When one comes due**: while Kontor runs it looks every 30 seconds for reminders that have come due (or whose snooze ran out) and announces each once: a desktop notification from the tray icon where the desktop has a tray, a line in the status bar, and the window&apos;s taskbar entry asks for attention. Clicking the notification opens the Reminders page, and the count on Today follows. What was already due when Kontor started is on the Today page instead.</source>
        <translation>**Kiam memorigo iĝas farenda**: dum Kontor funkcias, ĝi ĉiujn 30 sekundojn serĉas memorigojn, kiuj iĝis farendaj (aŭ kies prokrasto finiĝis), kaj anoncas ĉiun unufoje: labortabla sciigo de la sistempleta piktogramo, kie la labortablo havas sistempleton, linio en la statobreto, kaj la ero de la fenestro en la taskostrio petas atenton. Klako sur la sciigon malfermas la paĝon Memorigoj, kaj la nombro ĉe Hodiaŭ sekvas. Kio jam estis farenda, kiam Kontor startis, aperas anstataŭe en la paĝo Hodiaŭ.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportoj</translation>
    </message>
    <message>
        <source>**Funnel**: per stage, the deals that *first reached* it in the period (a deal that skipped a stage is not counted there; one that came back is not counted twice), how many of them have *gone on* to a later stage other than Lost (so far, also after the period), the conversion (went on ÷ reached), their value, and the average *days they took to go on*. Above it: deals created, won and lost in the period, the win rate (won ÷ (won + lost)) and the share from created to won (won ÷ created).</source>
        <translation>**Funelo**: po etapo, la negocoj, kiuj *unuafoje atingis* ĝin en la periodo (negoco, kiu preterlasis etapon, ne estas kalkulata tie; negoco, kiu revenis, ne estas kalkulata dufoje), kiom da ili *pluiris* al posta etapo krom Perdita (ĝis nun, ankaŭ post la periodo), la konvertiĝo (pluirintaj ÷ atingintaj), ilia valoro kaj la averaĝaj *tagoj ĝis pluiro*. Super ĝi: negocoj kreitaj, gajnitaj kaj perditaj en la periodo, la gajnokvoto (gajnitaj ÷ (gajnitaj + perditaj)) kaj la parto de kreitaj ĝis gajnitaj (gajnitaj ÷ kreitaj).</translation>
    </message>
    <message>
        <source>**Week**: the notebook questions for the week containing the period&apos;s end (or today): calls and meetings held (up to now: a meeting planned for later in the week is not held yet) and how many were successful (outcome &quot;successful&quot;; an empty outcome never counts), how many *led to another appointment* (their &quot;next step&quot; in Log interaction booked a meeting), meetings booked ahead (from the week&apos;s end, or from now for the week under way, to 30 days after the week), new leads, deals moved to Won or Lost and the revenue won, complaints logged and resolved; each beside the week before and the change (the revenue&apos;s as an amount when both weeks are in one currency), with 12 weeks of bars.</source>
        <translation>**Semajno**: la kajeraj demandoj por la semajno, kiu enhavas la finon de la periodo (aŭ hodiaŭ): okazintaj vokoj kaj renkontiĝoj (ĝis nun: renkontiĝo planita por pli poste en la semajno ankoraŭ ne okazis) kaj kiom da ili sukcesis (rezulto “sukcesa”; malplena rezulto neniam kalkuliĝas), kiom *kondukis al nova rendevuo* (ilia “sekva paŝo” en Registri interagon rezervis renkontiĝon), antaŭe rezervitaj renkontiĝoj (de la fino de la semajno, aŭ de nun por la kuranta semajno, ĝis 30 tagoj post la semajno), novaj interesatoj, negocoj movitaj al Gajnita aŭ Perdita kaj la gajnita enspezo, registritaj kaj solvitaj plendoj; ĉio apud la antaŭa semajno kaj la ŝanĝo (ĉe la enspezo kiel sumo, kiam ambaŭ semajnoj estas en unu valuto), kun stangoj por 12 semajnoj.</translation>
    </message>
    <message>
        <source>**Activity**: per salesperson and week, the calls, meetings and emails they logged that have taken place (up to now), the stage changes they made and their deals won; salespeople with nothing in the period are left out.</source>
        <translation>**Aktiveco**: po vendisto kaj semajno, la vokoj, renkontiĝoj kaj retleteroj, kiujn ili registris kaj kiuj jam okazis (ĝis nun), la etapŝanĝoj, kiujn ili faris, kaj iliaj gajnitaj negocoj; vendistoj sen io en la periodo estas ellasitaj.</translation>
    </message>
    <message>
        <source>**Forecast**: open deals by expected close month and salesperson, with their amount and the amount weighted by the stage&apos;s probability; months with deals past their expected close date are red, deals without a date last.</source>
        <translation>**Prognozo**: malfermitaj negocoj laŭ monato de atendata fermo kaj laŭ vendisto, kun ilia sumo kaj la sumo pezita per la probablo de la etapo; monatoj kun negocoj, kies atendata ferma dato jam pasis, estas ruĝaj, negocoj sen dato venas laste.</translation>
    </message>
    <message>
        <source>**What lies behind a figure**: Enter or a double-click on a row of the funnel, the lead sources or the forecast, or a click on a bar of their charts, lists the deals (or the leads) behind it. On the Week and Activity tabs, choose a figure with the arrow keys and press Enter (or double-click it): this week&apos;s calls, the week before&apos;s meetings (its column), the new leads, the deals won; a salesperson&apos;s emails in one week or in the whole period (their &quot;total&quot; row; the name or week column lists all their calls, meetings and emails). A click on a bar of those charts lists the same. Enter on a row of the list opens the deal on the pipeline board, or the contact&apos;s card (for a lead or an interaction).</source>
        <translation>**Kio kuŝas malantaŭ cifero**: Enter aŭ duobla klako sur vico de la funelo, de la interesatfontoj aŭ de la prognozo, aŭ klako sur stango de iliaj diagramoj, listigas la negocojn (aŭ la interesatojn) malantaŭ ĝi. En la langetoj Semajno kaj Aktiveco elektu ciferon per la sagoklavoj kaj premu Enter (aŭ duoble alklaku ĝin): la vokoj de ĉi tiu semajno, la renkontiĝoj de la antaŭa semajno (ĝia kolumno), la novaj interesatoj, la gajnitaj negocoj; la retleteroj de vendisto en unu semajno aŭ en la tuta periodo (lia vico “entute”; la kolumno de nomo aŭ semajno listigas ĉiujn liajn vokojn, renkontiĝojn kaj retleterojn). Klako sur stango de tiuj diagramoj listigas la samon. Enter sur vico de la listo malfermas la negocon sur la tabulo de la vendofluo, aŭ la karton de la kontakto (ĉe interesato aŭ interago).</translation>
    </message>
    <message>
        <source>**Print** (Ctrl+P on the Reports page, or Export → Print…): the same pages on a printer; the print dialog chooses the printer and the paper.</source>
        <translation>**Presi…** (Ctrl+P en la paĝo Raportoj, aŭ Eksporti → Presi…): la samaj paĝoj per presilo; en la presdialogo vi elektas la presilon kaj la paperon.</translation>
    </message>
    <message>
        <source>Undo, the archive and the change history</source>
        <translation>Malfari, la arkivo kaj la historio de ŝanĝoj</translation>
    </message>
    <message>
        <source>**Undo and redo** (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, and the Edit menu, which names the step): every change made since Kontor opened, on any page or in any dialog (edits, moves on the board, archiving, reminders done, settings), is one step, taken back or done again as a whole. A step that no longer fits (say, undoing a new contact after a call was logged with it) says so and changes nothing. The list of steps ends when Kontor closes or another database is opened.</source>
        <translation>**Malfari kaj refari** (Ctrl+Z, Ctrl+Shift+Z aŭ Ctrl+Y, kaj la menuo Redakti, kiu nomas la paŝon): ĉiu ŝanĝo farita ekde kiam Kontor malfermiĝis, en iu ajn paĝo aŭ dialogo (redaktoj, movoj sur la tabulo, arkivigo, faritaj memorigoj, agordoj), estas unu paŝo, malfarata aŭ refarata kiel tuto. Paŝo, kiu ne plu taŭgas (ekzemple malfari novan kontakton, post kiam voko kun ĝi estis registrita), diras tion kaj ŝanĝas nenion. La listo de paŝoj finiĝas, kiam Kontor fermiĝas aŭ alia datumbazo estas malfermita.</translation>
    </message>
    <message>
        <source>**Archive** (File → Archive…, Ctrl+Shift+A): archived contacts, companies and deals and deleted reminders, the latest first, with a search; Enter or &quot;Restore&quot; brings one back into lists, search and totals.</source>
        <translation>**Arkivo** (Dosiero → Arkivo…, Ctrl+Shift+A): arkivigitaj kontaktoj, firmaoj kaj negocoj kaj forigitaj memorigoj, la plej lastaj unue, kun serĉo; Enter aŭ “Restarigi” revenigas eron en la listojn, la serĉon kaj la sumojn.</translation>
    </message>
    <message>
        <source>**Change history**: &quot;Changes…&quot; on a contact&apos;s card, a company, a deal (in its dialog) or an archived record lists what changed, from what, to what, when and by whom (&quot;Last name: Byron → Lovelace&quot;). Kontor has no sign-in, so &quot;who&quot; is the database&apos;s first salesperson. Emails, phone numbers and tags added, edited or removed are listed too (&quot;Email: ada@work.example → ada@newwork.example&quot;, &quot;Tag: (empty) → VIP&quot;); saving a contact without changing them adds nothing.</source>
        <translation>**Historio de ŝanĝoj**: “Ŝanĝoj…” sur la karto de kontakto, ĉe firmao, ĉe negoco (en ĝia dialogo) aŭ ĉe arkivigita rikordo listigas, kio ŝanĝiĝis, de kio, al kio, kiam kaj de kiu (“Familia nomo: Byron → Lovelace”). Kontor ne havas ensaluton, do “kiu” estas la unua vendisto de la datumbazo. Ankaŭ aldonitaj, redaktitaj aŭ forigitaj retpoŝtadresoj, telefonnumeroj kaj etikedoj estas listigataj (“Retpoŝto: ada@work.example → ada@newwork.example”, “Etikedo: (malplena) → VIP”); konservi kontakton sen ŝanĝi ilin aldonas nenion.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Agordoj</translation>
    </message>
    <message>
        <source>**File → Settings…** (Ctrl+,) holds what is kept in the database file, and so is the same for everyone who opens it. Every change is saved at once.</source>
        <translation>**Dosiero → Agordoj…** (Ctrl+,) enhavas tion, kio estas konservata en la datumbaza dosiero, kaj do estas la sama por ĉiu, kiu malfermas ĝin. Ĉiu ŝanĝo estas konservata tuj.</translation>
    </message>
    <message>
        <source>**Stages**: rename, win probability (0–100 %, for the weighted totals), the days after which a deal is stale (0: never), add (placed before Won and Lost), move up and down, and remove: Kontor asks where the stage&apos;s deals go and records the move in each deal&apos;s history. The last Won and the last Lost stage cannot be removed.</source>
        <translation>**Etapoj**: renomi, gajnoprobablo (0–100 %, por la pezitaj sumoj), la tagoj, post kiuj negoco stagnas (0: neniam), aldoni (metita antaŭ Gajnita kaj Perdita), movi supren kaj malsupren, kaj forigi: Kontor demandas, kien iru la negocoj de la etapo, kaj registras la movon en la historio de ĉiu negoco. La lasta etapo Gajnita kaj la lasta etapo Perdita ne povas esti forigitaj.</translation>
    </message>
    <message>
        <source>**Lead sources** and, for each, campaigns with start, end and spend (the reports divide by this spend).</source>
        <translation>**Interesatfontoj** kaj, por ĉiu, kampanjoj kun komenco, fino kaj elspezo (la raportoj dividas per ĉi tiu elspezo).</translation>
    </message>
    <message>
        <source>**Salespeople** (owners of contacts and deals) and **Tags** (renaming onto an existing tag merges the two; removing takes the tag off every contact).</source>
        <translation>**Vendistoj** (respondeculoj pri kontaktoj kaj negocoj) kaj **Etikedoj** (renomi etikedon al ekzistanta etikedo kunfandas ambaŭ; forigi etikedon deprenas ĝin de ĉiuj kontaktoj).</translation>
    </message>
    <message>
        <source>**General**: the default currency of new deals and campaigns (a new database starts with your country&apos;s: the system&apos;s locale, else your language&apos;s country for Persian, Bengali and Amharic, else euros; rials (IRR) are whole rials, without decimals, as prices in Iran are written; amounts in rials that an older Kontor stored in hundredths keep their value when the database is upgraded), the country of phone numbers written without a country code, the number of backups to keep and the backup folder, and the database file with &quot;Open Another Database…&quot; and &quot;New Database…&quot;.</source>
        <translation>**Ĝenerala**: la implicita valuto de novaj negocoj kaj kampanjoj (nova datumbazo komencas per tiu de via lando: laŭ la lokaĵaro de la sistemo, alie laŭ la lando de via lingvo por la persa, bengala kaj amhara, alie eŭroj; rialoj (IRR) estas tutaj rialoj, sen decimaloj, kiel prezoj estas skribataj en Irano; sumoj en rialoj, kiujn pli malnova Kontor konservis en centonoj, konservas sian valoron, kiam la datumbazo estas ĝisdatigata), la lando de telefonnumeroj skribitaj sen landokodo, la nombro de konservotaj sekurkopioj kaj la dosierujo de sekurkopioj, kaj la datumbaza dosiero kun “Malfermi alian datumbazon…” kaj “Nova datumbazo…”.</translation>
    </message>
    <message>
        <source>Importing your old spreadsheets</source>
        <translation>Importi viajn malnovajn kalkultabelojn</translation>
    </message>
    <message>
        <source>Kontor reads contacts from CSV files (what Excel, Google Contacts, Outlook and other CRMs write) and from vCard address books (`.vcf`, versions 2.1, 3.0 and 4.0, as phones, Google, Apple and Outlook export them). **File → Import Contacts…** (Ctrl+Shift+I) walks you through it:</source>
        <translation>Kontor legas kontaktojn el CSV-dosieroj (tio, kion skribas Excel, Google Contacts, Outlook kaj aliaj CRM-oj) kaj el vCard-adresaroj (`.vcf`, versioj 2.1, 3.0 kaj 4.0, kiel telefonoj, Google, Apple kaj Outlook eksportas ilin). **Dosiero → Importi kontaktojn…** (Ctrl+Shift+I) gvidas vin paŝon post paŝo:</translation>
    </message>
    <message>
        <source>**The file**: choose it and say what it holds (contacts, companies, interactions or deals). Kontor recognises the file&apos;s encoding and how its columns are separated, and shows the first rows as it reads them (change the encoding or the delimiter and the preview follows; untick &quot;The first row holds the column names&quot; for a file without a header).</source>
        <translation>**La dosiero**: elektu ĝin kaj diru, kion ĝi enhavas (kontaktojn, firmaojn, interagojn aŭ negocojn). Kontor rekonas la kodoprezenton de la dosiero kaj kiel ĝiaj kolumnoj estas apartigitaj, kaj montras la unuajn vicojn tiel, kiel ĝi legas ilin (ŝanĝu la kodoprezenton aŭ la apartigilon, kaj la antaŭrigardo sekvas; malmarku “La unua vico enhavas la nomojn de la kolumnoj” por dosiero sen kaplinio).</translation>
    </message>
    <message>
        <source>**Columns and fields** (CSV only): each column with its first values and the field it fills, set by the preset that fits the headers best (Google Contacts, Outlook, a generic CRM export); change any, choose another preset, or **Save as Preset…** for files that come again. Without a name column there is no going on. A header that names its field maps itself under any preset, in English or German, whatever its capitals and punctuation (Given Name, Family Name, Surname, Organisation, E-mail, Phone number, Vorname, Nachname, Firma, Telefon, Mobil, Straße, PLZ, Ort, Land, Notiz, …). When no preset&apos;s own columns are in the file, the preset box says &quot;No preset fits these columns&quot; rather than naming one.</source>
        <translation>**Kolumnoj kaj kampoj** (nur CSV): ĉiu kolumno kun siaj unuaj valoroj kaj la kampo, kiun ĝi plenigas, laŭ la antaŭagordo, kiu plej bone kongruas kun la kaplinioj (Google Contacts, Outlook, ĝenerala CRM-eksporto); ŝanĝu iun ajn, elektu alian antaŭagordon, aŭ uzu **Konservi kiel antaŭagordon…** por dosieroj, kiuj venos denove. Sen noma kolumno ne eblas daŭrigi. Kaplinio, kiu nomas sian kampon, ligiĝas mem sub iu ajn antaŭagordo, en la angla aŭ germana, kiaj ajn estas ĝiaj majuskloj kaj interpunkcio (Given Name, Family Name, Surname, Organisation, E-mail, Phone number, Vorname, Nachname, Firma, Telefon, Mobil, Straße, PLZ, Ort, Land, Notiz, …). Se neniu antaŭagordo trovas siajn kolumnojn en la dosiero, la kampo de antaŭagordoj diras “Neniu antaŭagordo taŭgas por ĉi tiuj kolumnoj” anstataŭ nomi iun.</translation>
    </message>
    <message>
        <source>**Duplicates and a check**: what to do with a row that is already there (skip it, update the contact, merge, or create a new contact all the same), and **Check Every Row**: a trial run that changes nothing and shows exactly what the import will do, done at once for files under 5 MB. Rows that need a look come first, with their line and why.</source>
        <translation>**Duoblaĵoj kaj kontrolo**: kion fari kun vico, kiu jam ekzistas (preterlasi ĝin, ĝisdatigi la kontakton, kunfandi aŭ tamen krei novan kontakton), kaj **Kontroli ĉiun vicon**: elprovo, kiu ŝanĝas nenion kaj montras ekzakte, kion la importo faros, farata tuj por dosieroj sub 5 MB. Vicoj, kiuj bezonas atenton, venas unue, kun sia linio kaj la kialo.</translation>
    </message>
    <message>
        <source>**Import**: a backup first (`kontor-backups/…-before-import.sqlite`), then the import with a progress bar and Cancel.</source>
        <translation>**Importi**: unue sekurkopio (`kontor-backups/…-before-import.sqlite`), poste la importo kun progresbreto kaj Nuligi.</translation>
    </message>
    <message>
        <source>**Imported**: the counts (created, updated, merged, skipped, rejected, kept with a warning), the rejected rows with their line and why, **Show the Imported Contacts** (the Contacts page filtered to what this import created or changed; the filter box &quot;From file.csv&quot; says so, and &quot;From any import&quot; lifts it) and **Undo This Import…**. Later, **File → Import History…** lists every import and **Undo Import…** takes one back.</source>
        <translation>**Importo finita**: la nombroj (kreitaj, ĝisdatigitaj, kunfanditaj, preterlasitaj, rifuzitaj, konservitaj kun averto), la rifuzitaj vicoj kun sia linio kaj la kialo, **Montri la importitajn kontaktojn** (la paĝo Kontaktoj filtrita al tio, kion ĉi tiu importo kreis aŭ ŝanĝis; la filtrila kampo “El file.csv” indikas tion, kaj “El iu ajn importo” malŝaltas la filtrilon) kaj **Malfari ĉi tiun importon…**. Poste, **Dosiero → Importhistorio…** listigas ĉiujn importojn, kaj **Malfari importon…** malfaras unu.</translation>
    </message>
    <message>
        <source>**Cleaning**: names typed all in capitals or all small get capitals where they belong (&quot;MCDONALD&quot; → &quot;McDonald&quot;, &quot;VAN DER BERG&quot; → &quot;van der Berg&quot;; a name in mixed case is kept as typed). Emails that are not shaped like one and phone numbers that are not valid are **kept and flagged**, not dropped; a birthday, status or owner Kontor cannot read is kept in the notes and flagged. Companies, lead sources and campaigns are found by name or created. Tags are split at `;` and `,`.</source>
        <translation>**Purigado**: nomoj tajpitaj tute per majuskloj aŭ tute per minuskloj ricevas majusklojn tie, kie ili apartenas (“MCDONALD” → “McDonald”, “VAN DER BERG” → “van der Berg”; nomo en miksitaj usklecoj restas kiel tajpita). Retpoŝtadresoj, kiuj ne havas la formon de retpoŝtadreso, kaj nevalidaj telefonnumeroj estas **konservataj kaj markataj**, ne forĵetataj; naskiĝtago, stato aŭ vendisto, kiun Kontor ne povas legi, estas konservata en la notoj kaj markata. Firmaoj, interesatfontoj kaj kampanjoj estas trovataj laŭ nomo aŭ kreataj. Etikedoj estas dividataj ĉe `;` kaj `,`.</translation>
    </message>
    <message>
        <source>**Duplicates**: a row whose email or phone number (however it is written) belongs to a contact already there, or to an earlier row of the file, is a duplicate; a row with neither is compared by name. **Skip** keeps the contact as it is, **update** puts the row&apos;s values in its place (empty cells change nothing), **merge** keeps the contact&apos;s values and adds what it lacks, and **create** makes a new contact all the same. Emails, phones and tags are added in both update and merge.</source>
        <translation>**Duoblaĵoj**: vico, kies retpoŝtadreso aŭ telefonnumero (kiel ajn skribita) apartenas al jam ekzistanta kontakto aŭ al pli frua vico de la dosiero, estas duoblaĵo; vico sen iu ajn el ili estas komparata laŭ nomo. **Preterlasi** lasas la kontakton kiel ĝi estas, **ĝisdatigi** metas la valorojn de la vico anstataŭ ĝiajn (malplenaj ĉeloj ŝanĝas nenion), **kunfandi** konservas la valorojn de la kontakto kaj aldonas tion, kio mankas al ĝi, kaj **krei** tamen faras novan kontakton. Retpoŝtadresoj, telefonoj kaj etikedoj estas aldonataj kaj ĉe ĝisdatigo kaj ĉe kunfando.</translation>
    </message>
    <message>
        <source>**All or nothing**: the whole import is one step. A row that cannot be written (a full disk) or Cancel leaves the database exactly as it was. A row without any name is rejected, with its line and the reason, and the rest goes on.</source>
        <translation>**Ĉio aŭ nenio**: la tuta importo estas unu paŝo. Vico, kiu ne povas esti skribita (plena disko), aŭ Nuligi lasas la datumbazon ekzakte kiel ĝi estis. Vico tute sen nomo estas rifuzata, kun sia linio kaj la kialo, kaj la cetero daŭras.</translation>
    </message>
    <message>
        <source>**Undo**: undoing an import removes the contacts it created and puts the ones it updated or merged back as they were; a created contact that has since gained history (calls, deals, reminders) is archived instead, and companies, lead sources and campaigns it created go when nothing else uses them.</source>
        <translation>**Malfari**: malfari importon forigas la kontaktojn, kiujn ĝi kreis, kaj remetas tiujn, kiujn ĝi ĝisdatigis aŭ kunfandis, kiel ili estis; kreita kontakto, kiu intertempe ricevis historion (vokojn, negocojn, memorigojn), estas anstataŭe arkivigata, kaj firmaoj, interesatfontoj kaj kampanjoj, kiujn ĝi kreis, malaperas, se nenio alia uzas ilin.</translation>
    </message>
    <message>
        <source>**Moving from another CRM**: import its companies first, then its contacts, then its deals and its history (&quot;Kind of records&quot; in the wizard). Deals and interactions find their contact by its email, else its name (a row whose contact is not there is rejected: import the contacts first); an interaction already there (same contact, kind and time) or a deal already there (same title and contact) is skipped. A stage, owner or amount Kontor cannot place is kept in the notes and flagged. Undo takes these back too.</source>
        <translation>**Transiri de alia CRM**: importu unue ĝiajn firmaojn, poste ĝiajn kontaktojn, poste ĝiajn negocojn kaj ĝian historion (“Speco de rikordoj” en la asistanto). Negocoj kaj interagoj trovas sian kontakton laŭ ĝia retpoŝtadreso, alie laŭ ĝia nomo (vico, kies kontakto ne ekzistas, estas rifuzata: importu unue la kontaktojn); jam ekzistanta interago (sama kontakto, speco kaj tempo) aŭ jam ekzistanta negoco (sama titolo kaj kontakto) estas preterlasata. Etapo, vendisto aŭ sumo, kiun Kontor ne povas lokigi, estas konservata en la notoj kaj markata. Malfari nuligas ankaŭ ĉi tiujn importojn.</translation>
    </message>
    <message>
        <source>Duplicates and data health</source>
        <translation>Duoblaĵoj kaj datumkvalito</translation>
    </message>
    <message>
        <source>**Duplicates**: **Contact → Find Duplicates…** lists contacts that are probably one person, most certain first, with why: the same email (capitals aside; score 60), the same phone number however it was written (50), or the same name once capitals, accents, other alphabets (&quot;Иван Петров&quot; and &quot;Ivan Petrov&quot;), word order (&quot;Lovelace, Ada&quot;) and how Persian was typed (Arabic or Persian yeh and kaf, the zero-width non-joiner, vowel marks) are set aside (40); reasons add up. A name shared by more than 25 contacts is too common to judge by alone and left out. The Companies tab pairs companies whose names differ only in capitals, punctuation and legal form (&quot;ACME Inc.&quot; and &quot;Acme Incorporated&quot;, &quot;Müller GmbH &amp; Co. KG&quot; and &quot;Müller&quot;).</source>
        <translation>**Duoblaĵoj**: **Kontakto → Trovi duoblaĵojn…** listigas kontaktojn, kiuj verŝajne estas unu persono, la plej certajn unue, kun la kialo: la sama retpoŝtadreso (krom majuskloj; poentaro 60), la sama telefonnumero, kiel ajn skribita (50), aŭ la sama nomo, se oni ignoras majusklojn, supersignojn, aliajn alfabetojn (“Иван Петров” kaj “Ivan Petrov”), vortordon (“Lovelace, Ada”) kaj kiel la persa estis tajpita (araba aŭ persa je kaj kaf, la nul-larĝa nekunliganto, vokalsignoj) (40); la kialoj adiciiĝas. Nomo komuna al pli ol 25 kontaktoj estas tro ofta por juĝi nur laŭ ĝi kaj estas ellasita. La langeto Firmaoj parigas firmaojn, kies nomoj diferencas nur per majuskloj, interpunkcio kaj jura formo (“ACME Inc.” kaj “Acme Incorporated”, “Müller GmbH &amp; Co. KG” kaj “Müller”).</translation>
    </message>
    <message>
        <source>For the pair chosen, each field stands side by side: click the value to keep (the first record&apos;s, unless it has none, is ticked). Emails, phone numbers and tags of both are kept. **Merge** keeps the first record (or the second, with &quot;Keep the second&quot;), moves every call, meeting, email, deal, reminder and history entry of the other to it and deletes the other; Ctrl+Z in the main window takes a merge back. A backup (`…-before-merge.sqlite`) is made before the first merge of a session. **Not Duplicates** puts a pair away for good.</source>
        <translation>Por la elektita paro ĉiu kampo staras flank-al-flanke: alklaku la konservotan valoron (tiu de la unua rikordo estas elektita, krom se ĝi ne havas valoron). Retpoŝtadresoj, telefonnumeroj kaj etikedoj de ambaŭ estas konservataj. **Kunfandi** konservas la unuan rikordon (aŭ la duan, per “Konservi la duan”), movas al ĝi ĉiun vokon, renkontiĝon, retleteron, negocon, memorigon kaj historian eron de la alia kaj forigas la alian; Ctrl+Z en la ĉefa fenestro malfaras kunfandon. Sekurkopio (`…-before-merge.sqlite`) estas farata antaŭ la unua kunfando de seanco. **Ne duoblaĵoj** formetas paron por ĉiam.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksporti</translation>
    </message>
    <message>
        <source>**File → Export** writes contacts as CSV or vCard 4.0, companies, interactions and deals as CSV, and open reminders and meetings as an iCalendar file (`.ics`) that calendar programs import (importing it again updates the events rather than doubling them; reminders come with an alarm at their time and their repetition). A file is written whole or not at all (a cancelled export leaves none). The CSV files name things instead of numbering them (the contact&apos;s name and first email, the company, the stage, the owner), give money as a plain decimal beside its currency code (`1250.00,EUR`) and times in UTC, and are safe for spreadsheets: a cell a spreadsheet would run as a formula starts with an apostrophe, which Kontor&apos;s import takes off again, so an export comes back as it was.</source>
        <translation>**Dosiero → Eksporti** skribas kontaktojn kiel CSV aŭ vCard 4.0, firmaojn, interagojn kaj negocojn kiel CSV, kaj malfermitajn memorigojn kaj renkontiĝojn kiel iCalendar-dosieron (`.ics`), kiun kalendaraj programoj importas (reimporto ĝisdatigas la eventojn anstataŭ duobligi ilin; memorigoj venas kun alarmo je sia tempo kaj kun sia ripeto). Dosiero estas skribata tute aŭ tute ne (nuligita eksporto lasas neniun dosieron). La CSV-dosieroj nomas aferojn anstataŭ numeri ilin (la nomon kaj unuan retpoŝtadreson de la kontakto, la firmaon, la etapon, la vendiston), donas monon kiel simplan decimalan nombron apud ĝia valutokodo (`1250.00,EUR`) kaj tempojn en UTC, kaj estas sekuraj por kalkultabeloj: ĉelo, kiun kalkultabelo plenumus kiel formulon, komenciĝas per apostrofo, kiun la importo de Kontor denove forprenas, do eksporto revenas tia, kia ĝi estis.</translation>
    </message>
    <message>
        <source>Your data and backups</source>
        <translation>Viaj datumoj kaj sekurkopioj</translation>
    </message>
    <message>
        <source>**One file**: everything is in one SQLite database file, by default `~/.local/share/kontor/kontor.sqlite` on Linux (`~/Library/Application Support/kontor` on macOS, `%APPDATA%\kontor` on Windows); the demo database is `kontor-demo.sqlite` beside it. **File → Open Database…** and **New Database…** switch files.</source>
        <translation>**Unu dosiero**: ĉio estas en unu SQLite-datumbaza dosiero, implicite `~/.local/share/kontor/kontor.sqlite` en Linux (`~/Library/Application Support/kontor` en macOS, `%APPDATA%\kontor` en Windows); la demonstra datumbazo estas `kontor-demo.sqlite` apud ĝi. **Dosiero → Malfermi datumbazon…** kaj **Nova datumbazo…** ŝanĝas la dosieron.</translation>
    </message>
    <message>
        <source>**Safe to open**: Kontor checks a file before writing anything to it. A file that is not a database, a database of another program, or one written by a newer Kontor is refused with a message saying which, and left exactly as it was; Kontor then offers to open another file or create a new database. Every change is saved whole or not at all. The message says what happened: a database in a folder you cannot write (SQLite keeps two small files beside an open database: copy it into a folder of yours); a stray `-wal` file of another database beside yours (a sync tool or a copy brought it: move it into another folder, keeping it, and open again); a file damaged in its first pages (restore a backup). Nothing is written beside a file that is refused, not even SQLite&apos;s `-shm`.</source>
        <translation>**Sekure malfermebla**: Kontor kontrolas dosieron antaŭ ol skribi ion ajn en ĝin. Dosiero, kiu ne estas datumbazo, datumbazo de alia programo aŭ datumbazo skribita de pli nova Kontor estas rifuzata kun mesaĝo, kiu diras, kiu el ili ĝi estas, kaj lasata ekzakte kiel ĝi estis; Kontor tiam proponas malfermi alian dosieron aŭ krei novan datumbazon. Ĉiu ŝanĝo estas konservata tute aŭ tute ne. La mesaĝo diras, kio okazis: datumbazo en dosierujo, en kiun vi ne povas skribi (SQLite tenas du malgrandajn dosierojn apud malfermita datumbazo: kopiu ĝin en vian propran dosierujon); vaganta dosiero `-wal` de alia datumbazo apud la via (sinkroniga ilo aŭ kopio alportis ĝin: movu ĝin en alian dosierujon, konservante ĝin, kaj malfermu denove); dosiero difektita en siaj unuaj paĝoj (restarigu sekurkopion). Nenio estas skribata apud rifuzita dosiero, eĉ ne la `-shm` de SQLite.</translation>
    </message>
    <message>
        <source>**Daily backups, by themselves**: when Kontor opens a database whose last daily backup is a day old, it copies it in the background (you can go on working; the status bar says when the copy is made) into a folder beside it: `kontor.sqlite` → `kontor-backups/kontor-20261124-090000-000-daily.sqlite`. The newest 10 copies are kept and older ones deleted; File → Settings… → General → &quot;Backups to keep&quot; changes the number, and 0 turns the daily backup off (then none are deleted). Each copy is the database as it was at one moment, also while Kontor writes, and opens as a database of its own.</source>
        <translation>**Ĉiutagaj sekurkopioj, aŭtomate**: kiam Kontor malfermas datumbazon, kies lasta ĉiutaga sekurkopio aĝas unu tagon, ĝi kopias ĝin fone (vi povas daŭre labori; la statobreto diras, kiam la kopio estas farita) en dosierujon apud ĝi: `kontor.sqlite` → `kontor-backups/kontor-20261124-090000-000-daily.sqlite`. La 10 plej novaj kopioj estas konservataj kaj la pli malnovaj forigataj; Dosiero → Agordoj… → Ĝenerala → “Konservotaj sekurkopioj” ŝanĝas la nombron, kaj 0 malŝaltas la ĉiutagan sekurkopion (tiam neniuj estas forigataj). Ĉiu kopio estas la datumbazo, kia ĝi estis en unu momento, ankaŭ dum Kontor skribas, kaj malfermiĝas kiel memstara datumbazo.</translation>
    </message>
    <message>
        <source>**By hand**: **File → Save a Copy As…** (Ctrl+Shift+S) makes the same kind of copy, anywhere (a USB stick, a shared folder).</source>
        <translation>**Permane**: **Dosiero → Konservi kopion kiel…** (Ctrl+Shift+S) faras la saman specon de kopio, ien ajn (USB-memorilo, komuna dosierujo).</translation>
    </message>
    <message>
        <source>**Restoring**: **File → Restore from Backup…** lists the backups, newest first, with when and why each was made (daily, made by hand, before a restore, before an import, before a merge); Enter restores the one chosen, and &quot;Show Folder&quot; opens the folder. The database as it is at that moment is kept as a &quot;before a restore&quot; backup first, so that a restore can be undone by restoring that one; a file that is not a Kontor database is refused and nothing changes. A backup from an older Kontor is upgraded as it comes back.</source>
        <translation>**Restarigo**: **Dosiero → Restarigi el sekurkopio…** listigas la sekurkopiojn, la plej novajn unue, kun kiam kaj kial ĉiu estis farita (ĉiutaga, permane farita, antaŭ restarigo, antaŭ importo, antaŭ kunfando); Enter restarigas la elektitan, kaj “Montri dosierujon” malfermas la dosierujon. La datumbazo, kia ĝi estas en tiu momento, unue estas konservata kiel sekurkopio “antaŭ restarigo”, tiel ke restarigon oni povas malfari, restarigante tiun; dosiero, kiu ne estas datumbazo de Kontor, estas rifuzata, kaj nenio ŝanĝiĝas. Sekurkopio el pli malnova Kontor estas ĝisdatigata dum la restarigo.</translation>
    </message>
    <message>
        <source>**Private by default**: a CRM holds other people&apos;s personal data, so the database Kontor creates, its `-wal` and `-shm` files, the backup folder and every backup are readable by you only (files 0600, folders 0700 on Linux and macOS), whatever your umask; a restored database stays so, and backups an older Kontor left readable to others are tightened at the next backup.</source>
        <translation>**Privata implicite**: CRM enhavas personajn datumojn de aliaj homoj, do la datumbazo, kiun Kontor kreas, ĝiaj dosieroj `-wal` kaj `-shm`, la dosierujo de sekurkopioj kaj ĉiu sekurkopio estas legeblaj nur de vi (dosieroj 0600, dosierujoj 0700 en Linux kaj macOS), kia ajn estas via umask; restarigita datumbazo restas tia, kaj sekurkopioj, kiujn pli malnova Kontor lasis legeblaj por aliaj, estas limigataj ĉe la sekva sekurkopio.</translation>
    </message>
    <message>
        <source>**No debris**: a backup is written under a temporary name (`….sqlite.partial-1a2b3c4d`) and renamed when whole. One that fails (a full disk) takes its pieces with it; the pieces of one that was killed half way (power cut, `kill -9`) are removed by the next backup once they are ten minutes old. An import that cannot write (a read-only file, folder or disk, or another program holding the database) says so before it makes its before-import backup.</source>
        <translation>**Neniuj restaĵoj**: sekurkopio estas skribata sub provizora nomo (`….sqlite.partial-1a2b3c4d`) kaj renomata, kiam ĝi estas kompleta. Malsukcesa sekurkopio (plena disko) forprenas siajn pecojn kun si; la pecojn de sekurkopio interrompita duonvoje (elektropaneo, `kill -9`) forigas la sekva sekurkopio, post kiam ili aĝas dek minutojn. Importo, kiu ne povas skribi (nurlegebla dosiero, dosierujo aŭ disko, aŭ alia programo, kiu tenas la datumbazon), diras tion antaŭ ol fari sian antaŭimportan sekurkopion.</translation>
    </message>
    <message>
        <source>When things go wrong</source>
        <translation>Kiam io misiras</translation>
    </message>
    <message>
        <source>**A file that will not open** says why, and leaves it as it was: a folder you may not write in (SQLite keeps two small files beside an open database: copy the file into a folder of yours), a stray `-wal` file of another database beside yours (move it into another folder, keep it, and open again), a file of another program, or one written by a newer Kontor.</source>
        <translation>**Dosiero, kiu ne malfermiĝas**, diras kial kaj restas kiel ĝi estis: dosierujo, en kiun vi ne rajtas skribi (SQLite tenas du malgrandajn dosierojn apud malfermita datumbazo: kopiu la dosieron en vian propran dosierujon), vaganta dosiero `-wal` de alia datumbazo apud la via (movu ĝin en alian dosierujon, konservu ĝin kaj malfermu denove), dosiero de alia programo, aŭ dosiero skribita de pli nova Kontor.</translation>
    </message>
    <message>
        <source>**A full disk**: a change that cannot be written is not made at all (every change is saved whole or not at all); a backup that cannot be written leaves nothing behind; an import says so before it begins.</source>
        <translation>**Plena disko**: ŝanĝo, kiu ne povas esti skribita, tute ne estas farata (ĉiu ŝanĝo estas konservata tute aŭ tute ne); sekurkopio, kiu ne povas esti skribita, lasas nenion post si; importo diras tion antaŭ ol komenciĝi.</translation>
    </message>
    <message>
        <source>**A file you could not have meant to import** (a &quot;phone number&quot; of 20,000 characters, notes of megabytes, a table of more than 10,000 columns) is refused at once, row or file, with the reason, rather than keeping the import busy for minutes.</source>
        <translation>**Dosiero, kiun vi ne povis intenci importi** (“telefonnumero” de 20 000 signoj, notoj de megabajtoj, tabelo de pli ol 10 000 kolumnoj), estas tuj rifuzata, ĉu vico ĉu dosiero, kun la kialo, anstataŭ okupi la importon dum minutoj.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavkombinoj</translation>
    </message>
    <message>
        <source>**Help → Keyboard Shortcuts** (Ctrl+/) lists every key, with a search box. The ones that matter most:</source>
        <translation>**Helpo → Klavkombinoj** (Ctrl+/) listigas ĉiujn klavojn, kun serĉkampo. La plej gravaj:</translation>
    </message>
    <message>
        <source>| Keys | Action |</source>
        <translation>| Klavoj | Ago |</translation>
    </message>
    <message>
        <source>| Ctrl+1 … Ctrl+6 | Today, Contacts, Companies, Pipeline, Reminders, Reports |</source>
        <translation>| Ctrl+1 … Ctrl+6 | Hodiaŭ, Kontaktoj, Firmaoj, Vendofluo, Memorigoj, Raportoj |</translation>
    </message>
    <message>
        <source>| Ctrl+L | Log interaction (call, meeting, email, note), from any page |</source>
        <translation>| Ctrl+L | Registri interagon (voko, renkontiĝo, retletero, noto), de iu ajn paĝo |</translation>
    </message>
    <message>
        <source>| Ctrl+F | Search contacts |</source>
        <translation>| Ctrl+F | Serĉi kontaktojn |</translation>
    </message>
    <message>
        <source>| Ctrl+K | Search everything: contacts, companies, deals, notes |</source>
        <translation>| Ctrl+K | Serĉi ĉie: kontaktoj, firmaoj, negocoj, notoj |</translation>
    </message>
    <message>
        <source>| Enter (in search) | Select the first match |</source>
        <translation>| Enter (en la serĉo) | Elekti la unuan trafon |</translation>
    </message>
    <message>
        <source>| Ctrl+N | New contact |</source>
        <translation>| Ctrl+N | Nova kontakto |</translation>
    </message>
    <message>
        <source>| F2 or Enter (on a row) | Edit contact |</source>
        <translation>| F2 aŭ Enter (sur vico) | Redakti kontakton |</translation>
    </message>
    <message>
        <source>| Delete | Archive (or restore, in the archive) |</source>
        <translation>| Delete | Arkivigi (aŭ restarigi, en la arkivo) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+N | New deal (for the selected contact on the Contacts page) |</source>
        <translation>| Ctrl+Shift+N | Nova negoco (por la elektita kontakto en la paĝo Kontaktoj) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+R | New reminder |</source>
        <translation>| Ctrl+Shift+R | Nova memorigo |</translation>
    </message>
    <message>
        <source>| Ctrl+Z / Ctrl+Shift+Z | Undo / redo |</source>
        <translation>| Ctrl+Z / Ctrl+Shift+Z | Malfari / refari |</translation>
    </message>
    <message>
        <source>| D / S / Enter (on Today) | Reminder done / snooze until tomorrow / open the contact or deal (on a section: fold) |</source>
        <translation>| D / S / Enter (en Hodiaŭ) | Memorigo farita / prokrasti ĝis morgaŭ / malfermi la kontakton aŭ negocon (sur sekcio: faldi) |</translation>
    </message>
    <message>
        <source>| ← / → (on Today) | Fold / open the section |</source>
        <translation>| ← / → (en Hodiaŭ) | Faldi / malfaldi la sekcion |</translation>
    </message>
    <message>
        <source>| D / S / Enter / Delete (on Reminders) | Done / snooze until tomorrow / edit / delete |</source>
        <translation>| D / S / Enter / Delete (en Memorigoj) | Farita / prokrasti ĝis morgaŭ / redakti / forigi |</translation>
    </message>
    <message>
        <source>| Enter / Ctrl+Enter (on Pipeline) | Edit the deal / open its contact |</source>
        <translation>| Enter / Ctrl+Enter (en Vendofluo) | Redakti la negocon / malfermi ĝian kontakton |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+→ / ← (on Pipeline) | Move the selected deal to the next / previous stage |</source>
        <translation>| Ctrl+Shift+→ / ← (en Vendofluo) | Movi la elektitan negocon al la sekva / antaŭa etapo |</translation>
    </message>
    <message>
        <source>| ← / → (on Pipeline) | Previous / next column |</source>
        <translation>| ← / → (en Vendofluo) | Antaŭa / sekva kolumno |</translation>
    </message>
    <message>
        <source>| Alt+B / Alt+I (on Pipeline) | Board / list |</source>
        <translation>| Alt+B / Alt+I (en Vendofluo) | Tabulo / listo |</translation>
    </message>
    <message>
        <source>| Delete (on Pipeline) | Archive the selected deal |</source>
        <translation>| Delete (en Vendofluo) | Arkivigi la elektitan negocon |</translation>
    </message>
    <message>
        <source>| Enter (on a report&apos;s row or figure) | List the deals, leads or interactions behind it |</source>
        <translation>| Enter (sur vico aŭ cifero de raporto) | Listigi la negocojn, interesatojn aŭ interagojn malantaŭ ĝi |</translation>
    </message>
    <message>
        <source>| Ctrl+P (on Reports) | Print all reports |</source>
        <translation>| Ctrl+P (en Raportoj) | Presi ĉiujn raportojn |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+A | Archive |</source>
        <translation>| Ctrl+Shift+A | Arkivo |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+I | Import contacts (CSV or vCard) |</source>
        <translation>| Ctrl+Shift+I | Importi kontaktojn (CSV aŭ vCard) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+S | Save a copy of the database |</source>
        <translation>| Ctrl+Shift+S | Konservi kopion de la datumbazo |</translation>
    </message>
    <message>
        <source>| Ctrl+O | Open another database |</source>
        <translation>| Ctrl+O | Malfermi alian datumbazon |</translation>
    </message>
    <message>
        <source>| Ctrl+, | Settings |</source>
        <translation>| Ctrl+, | Agordoj |</translation>
    </message>
    <message>
        <source>| Ctrl+Q | Quit |</source>
        <translation>| Ctrl+Q | Ĉesi |</translation>
    </message>
    <message>
        <source>| Ctrl+/ | Keyboard shortcuts |</source>
        <translation>| Ctrl+/ | Klavkombinoj |</translation>
    </message>
    <message>
        <source>| F1 | This user guide |</source>
        <translation>| F1 | Ĉi tiu uzantogvidilo |</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingvoj</translation>
    </message>
    <message>
        <source>Kontor speaks English, German, Persian (فارسی), Bengali (বাংলা), Amharic (አማርኛ) and Esperanto, and follows your computer&apos;s language. To choose another, open **Settings → Language** (Alt+N on the Settings window): the choice is kept, and the window opens again in it, on the same database, as soon as Settings closes. `kontor --lang fa` chooses for one start only.</source>
        <translation>Kontor parolas la anglan, germanan, persan (فارسی), bengalan (বাংলা), amharan (አማርኛ) kaj Esperanton, kaj sekvas la lingvon de via komputilo. Por elekti alian, malfermu **Agordoj → Lingvo** (Alt+G en la fenestro Agordoj): la elekto estas konservata, kaj la fenestro remalfermiĝas en ĝi, kun la sama datumbazo, tuj kiam Agordoj fermiĝas. `kontor --lang fa` elektas la lingvon nur por unu lanĉo.</translation>
    </message>
    <message>
        <source>**Persian** mirrors the whole window: the side bar stands on the right, columns and forms read from right to left, and the reports&apos; charts run from the right (the first month on the right, bars growing leftwards from their names). Every number (money, counts, dates, times) is written in Persian digits.</source>
        <translation>**La persa** spegulas la tutan fenestron: la flanka strio staras dekstre, kolumnoj kaj formularoj legiĝas de dekstre maldekstren, kaj la diagramoj de la raportoj iras de dekstre (la unua monato dekstre, stangoj kreskantaj maldekstren de siaj nomoj). Ĉiu nombro (mono, kvantoj, datoj, horoj) estas skribata per persaj ciferoj.</translation>
    </message>
    <message>
        <source>**Digits:** Settings → Language → Digits → **Latin (123)** writes every number in 0–9 instead (Persian or Bengali with `1,250.50` and `11 آذر 1405`), keeping the language&apos;s words, month names, direction and week; the language&apos;s own digits come back with **The language&apos;s own**. Bengali times are on the 24-hour clock (২০:০৫).</source>
        <translation>**Ciferoj:** Agordoj → Lingvo → Ciferoj → **Latinaj (123)** anstataŭe skribas ĉiun nombron per 0–9 (la persa aŭ bengala kun `1,250.50` kaj `11 آذر 1405`), konservante la vortojn, monatnomojn, direkton kaj semajnon de la lingvo; la propraj ciferoj de la lingvo revenas per **Tiuj de la lingvo**. Bengalaj horoj estas laŭ la 24-hora horloĝo (২০:০৫).</translation>
    </message>
    <message>
        <source>**Calendar:** Persian uses the Solar Hijri calendar, every other language the Gregorian one; Settings → Language → Calendar chooses either for any language. Dates in lists, on cards and in date fields are in it, and so are the reports&apos; periods: in Solar Hijri, &quot;This quarter&quot; on 11 Azar 1405 is Mehr to Azar (23 September to 21 December 2026), &quot;This year&quot; is Farvardin to Esfand, and the forecast&apos;s months are Solar Hijri months. Weeks start on your language&apos;s first day (Saturday for Persian), and the reminders&apos; calendar marks its weekend (Friday in Iran). Files (CSV, vCard, calendars) keep ISO dates.</source>
        <translation>**Kalendaro:** la persa uzas la sunan hiĝran kalendaron, ĉiu alia lingvo la gregorian; Agordoj → Lingvo → Kalendaro elektas iun ajn el ili por iu ajn lingvo. Datoj en listoj, sur kartoj kaj en datokampoj estas laŭ ĝi, same kiel la periodoj de la raportoj: laŭ la suna hiĝra kalendaro, “Ĉi tiu kvaronjaro” la 11-an de Azar 1405 estas de Mehr ĝis Azar (de la 23-a de septembro ĝis la 21-a de decembro 2026), “Ĉi tiu jaro” estas de Farvardin ĝis Esfand, kaj la monatoj de la prognozo estas sunaj hiĝraj monatoj. Semajnoj komenciĝas je la unua tago de via lingvo (sabato por la persa), kaj la kalendaro de la memorigoj markas ĝian semajnfinon (vendredo en Irano). Dosieroj (CSV, vCard, kalendaroj) konservas ISO-datojn.</translation>
    </message>
    <message>
        <source>**A new database** made in a language names its stages and lead sources in it (سرنخ جدید, تماس اولیه…); rename them in Settings like any other. A database keeps its names when opened in another language.</source>
        <translation>**Nova datumbazo**, kreita en iu lingvo, nomas siajn etapojn kaj interesatfontojn en tiu lingvo (سرنخ جدید, تماس اولیه…); renomu ilin en Agordoj kiel ĉion alian. Datumbazo konservas siajn nomojn, kiam ĝi estas malfermata en alia lingvo.</translation>
    </message>
    <message>
        <source>**The demo database** is made in the window&apos;s language: in Persian a business in Tehran whose customers are mostly Iranian, named in Persian (بازرگانی کریمی), those abroad in Latin letters, with its notes, products, job titles and campaigns in Persian, its countries named in Persian (ایران, آلمان) and its money in rials; in Bengali one in Dhaka (taka), in Amharic one in Addis Ababa (birr), in German one in Germany and Austria (euros). Each language keeps its demo in a file of its own (`kontor-demo-fa.sqlite`).</source>
        <translation>**La demonstra datumbazo** estas kreata en la lingvo de la fenestro: en la persa, entrepreno en Teherano, kies klientoj estas plejparte irananoj, nomitaj persalingve (بازرگانی کریمی), tiuj eksterlande per latinaj literoj, kun notoj, produktoj, postenoj kaj kampanjoj en la persa, landoj nomitaj persalingve (ایران, آلمان) kaj mono en rialoj; en la bengala, entrepreno en Dako (takaoj), en la amhara, unu en Adis-Abebo (birroj), en la germana, unu en Germanio kaj Aŭstrio (eŭroj). Ĉiu lingvo tenas sian demonstran datumbazon en aparta dosiero (`kontor-demo-fa.sqlite`).</translation>
    </message>
    <message>
        <source>**Typing in your script:** Persian, Arabic-Indic and Bengali digits are read as digits in amounts (`۳۱٬۸۹۰٫۵`), phone numbers and search (typing `۹۱۲` finds +98 912…). An imported birthday such as `1365/04/12` (or `۱۳۶۵/۰۴/۱۲`), with a year between 1200 and 1599, is read as a Solar Hijri date: 3 July 1986.</source>
        <translation>**Tajpi per via skribo:** persaj, arab-hindaj kaj bengalaj ciferoj estas legataj kiel ciferoj en sumoj (`۳۱٬۸۹۰٫۵`), telefonnumeroj kaj serĉo (tajpi `۹۱۲` trovas +98 912…). Importita naskiĝtago kiel `1365/04/12` (aŭ `۱۳۶۵/۰۴/۱۲`), kun jaro inter 1200 kaj 1599, estas legata kiel suna hiĝra dato: la 3-a de julio 1986.</translation>
    </message>
    <message>
        <source>**Search and duplicates** find a Persian name however it was typed: with the Arabic ي and ك of an Arabic keyboard or the Persian ی and ک, with or without the zero-width non-joiner, with or without vowel marks; this holds for contacts, companies and deal titles (Ctrl+K). Such names also sort together, and an imported company typed either way is one company. Tags are apart by a comma or semicolon, Latin or Persian (، ؛), in the contact dialog and in imports.</source>
        <translation>**Serĉo kaj duoblaĵoj** trovas persan nomon kiel ajn ĝi estis tajpita: per la arabaj ي kaj ك de araba klavaro aŭ per la persaj ی kaj ک, kun aŭ sen la nul-larĝa nekunliganto, kun aŭ sen vokalsignoj; tio validas por kontaktoj, firmaoj kaj titoloj de negocoj (Ctrl+K). Tiaj nomoj ankaŭ ordiĝas kune, kaj importita firmao, tajpita iel ajn, estas unu sama firmao. Etikedoj estas apartigataj per komo aŭ punktokomo, latina aŭ persa (، ؛), en la dialogo de kontakto kaj en importoj.</translation>
    </message>
    <message>
        <source>**Reports on paper** (Reports → Export → All reports as PDF, and Print) read from the right in Persian: each table&apos;s names column on the right, the charts mirrored as on screen.</source>
        <translation>**Raportoj sur papero** (Raportoj → Eksporti → Ĉiuj raportoj kiel PDF…, kaj Presi…) legiĝas de dekstre en la persa: la nomkolumno de ĉiu tabelo dekstre, la diagramoj spegulitaj kiel sur la ekrano.</translation>
    </message>
    <message>
        <source>Qt&apos;s own buttons and dialogs (OK, Cancel, the file dialog, the context menu of a text field) come in the same language: from Debian&apos;s `qt6-translations-l10n` for Persian and German, from Kontor itself for Bengali, Amharic and Esperanto.</source>
        <translation>La propraj butonoj kaj dialogoj de Qt (OK, Nuligi, la dosierdialogo, la kunteksta menuo de tekstokampo) aperas en la sama lingvo: el `qt6-translations-l10n` de Debian por la persa kaj germana, el Kontor mem por la bengala, amhara kaj Esperanto.</translation>
    </message>
    <message>
        <source>`./run.sh` installs the fonts that draw these scripts well (Noto Sans Arabic, Bengali and Ethiopic, and Vazirmatn on Debian 13).</source>
        <translation>`./run.sh` instalas la tiparojn, kiuj bone montras ĉi tiujn skribojn (Noto Sans Arabic, Bengali kaj Ethiopic, kaj Vazirmatn en Debian 13).</translation>
    </message>
    <message>
        <source>**Two programs at once** (the window and a script, two windows): one waits for the other. The window says in its status bar that it is waiting and waits up to 5 seconds; if the other is still writing, it says so and saves nothing, so that you can try again; the command line waits up to half a minute, saying once that it is waiting.</source>
        <translation>**Du programoj samtempe** (la fenestro kaj skripto, du fenestroj): unu atendas la alian. La fenestro diras en sia statobreto, ke ĝi atendas, kaj atendas ĝis 5 sekundoj; se la alia ankoraŭ skribas, ĝi diras tion kaj konservas nenion, por ke vi povu reprovi; la komandlinio atendas ĝis duonminuto kaj unufoje diras, ke ĝi atendas.</translation>
    </message>
    <message>
        <source>**A damaged file** (a bad disk sector, a copy cut short): whenever Kontor opens a database it checks it in the background (SQLite&apos;s quick check; the day&apos;s first opening checks the daily backup&apos;s copy instead), and a damaged copy is never kept as a backup, so the backups made before the damage stay. When it finds damage, Kontor says so at once and offers three ways on: **Restore a Backup…** (choose the newest made before the trouble began; the list shows when each was made, and what going back to it would lose), **Save What Can Be Read…** (every row that can still be read is copied into a new file, damaged pages are skipped, the search and the reports are built again, and Kontor goes on in the new file; the damaged file is never changed), or **Read Only** (to look things up while nothing can be changed).</source>
        <translation>**Difektita dosiero** (malbona disksektoro, nekompleta kopio): ĉiufoje kiam Kontor malfermas datumbazon, ĝi kontrolas ĝin fone (la rapida kontrolo de SQLite; ĉe la unua malfermo de la tago anstataŭe la ĉiutaga sekurkopio kontrolas sian kopion), kaj difektita kopio neniam estas konservata kiel sekurkopio, do la sekurkopioj faritaj antaŭ la difekto restas. Kiam ĝi trovas difekton, Kontor tuj diras tion kaj proponas tri vojojn: **Restarigi sekurkopion…** (elektu la plej novan faritan antaŭ ol la problemo komenciĝis; la listo montras, kiam ĉiu estis farita kaj kion reiro al ĝi perdigus), **Savi la legeblan…** (ĉiu ankoraŭ legebla vico estas kopiata en novan dosieron, difektitaj paĝoj estas preterlasataj, la serĉo kaj la raportoj estas rekonstruataj, kaj Kontor daŭrigas en la nova dosiero; la difektita dosiero neniam estas ŝanĝata), aŭ **Nur legi** (por serĉi aferojn dum nenio ŝanĝeblas).</translation>
    </message>
    <message>
        <source>**Lead sources**: per source and campaign, the *leads* (contacts from the source created in the period), how many are now *qualified* (sales qualified, opportunities or customers), the *customers* (contacts with a deal from the source won in the period; a deal&apos;s own source counts, else its contact&apos;s), *conversion* (customers ÷ leads), *revenue* (those won deals&apos; amounts), *spend* (campaign spend falling in the period up to today: a campaign&apos;s spend is spread evenly over its days, so the month under way counts its days so far, and one without dates counts whole), *cost per lead* and *per customer*, and *ROI* ((revenue − spend) ÷ spend). Most revenue first; the chart sets revenue against spend (its axis in the currency&apos;s round steps), with each source&apos;s conversion and ROI beside its name. The line above names the best and the weakest source and what they were judged by: return on spend where two or more sources have spend recorded in the period, otherwise conversion and, between equals, revenue. Where no spend was recorded the table says &quot;none recorded&quot; and leaves the costs per lead and customer empty, rather than 0.00.</source>
        <translation>**Interesatfontoj**: po fonto kaj kampanjo, la *interesatoj* (kontaktoj el la fonto kreitaj en la periodo), kiom da ili nun estas *kvalifikitaj* (vende kvalifikitaj, ŝancoj aŭ klientoj), la *klientoj* (kontaktoj kun negoco el la fonto gajnita en la periodo; validas la propra fonto de la negoco, alie tiu de ĝia kontakto), *konvertiĝo* (klientoj ÷ interesatoj), *enspezo* (la sumoj de tiuj gajnitaj negocoj), *elspezo* (kampanja elspezo, kiu falas en la periodon ĝis hodiaŭ: la elspezo de kampanjo estas egale dividita inter ĝiaj tagoj, do la kuranta monato kalkulas siajn ĝisnunajn tagojn, kaj kampanjo sen datoj kalkuliĝas tute), *kosto po interesato* kaj *po kliento*, kaj *ROI* ((enspezo − elspezo) ÷ elspezo). La plej enspezaj unue; la diagramo komparas enspezon kun elspezo (ĝia akso en rondaj paŝoj de la valuto), kun la konvertiĝo kaj ROI de ĉiu fonto apud ĝia nomo. La linio supre nomas la plej bonan kaj la plej malfortan fonton kaj laŭ kio ili estis taksitaj: profito de elspezo, se du aŭ pli da fontoj havas elspezon registritan en la periodo, alie konvertiĝo kaj, inter egaluloj, enspezo. Kie neniu elspezo estis registrita, la tabelo diras “ne registrita” kaj lasas la kostojn po interesato kaj po kliento malplenaj, anstataŭ montri 0,00.</translation>
    </message>
    <message>
        <source>**Housekeeping**: select several contacts and **Change Selected** to give them an owner, a stage or a tag; a mistake is one Ctrl+Z away; File → Archive… brings back what was archived; **Changes…** tells who changed what.</source>
        <translation>**Mastrumado**: elektu plurajn kontaktojn kaj alklaku **Ŝanĝi elektitajn** por doni al ili vendiston, etapon aŭ etikedon; eraron malfaras unu Ctrl+Z; Dosiero → Arkivo… revenigas tion, kio estis arkivigita; **Ŝanĝoj…** montras, kiu ŝanĝis kion.</translation>
    </message>
    <message>
        <source>**New contact** (Ctrl+N) and **edit** (F2, or Enter on a row): names, company (type to pick one you have or to add a new one), job title, two emails, two phones, birthday, address, lifecycle stage, lead source, owner, tags, &quot;Stay in touch every&quot; and notes; your own fields on the &quot;More fields&quot; page. Anything invalid is explained in the dialog, and nothing is saved until it is fixed.</source>
        <translation>**Nova kontakto** (Ctrl+N) kaj **redakti** (F2, aŭ Enter sur vico): nomoj, firmao (tajpu por elekti ekzistantan aŭ aldoni novan), posteno, du retpoŝtadresoj, du telefonoj, naskiĝtago, adreso, vivcikla etapo, interesatfonto, vendisto, etikedoj, “Resti en kontakto ĉiujn” kaj notoj; viaj propraj kampoj en la paĝo “Pliaj kampoj”. Ĉio nevalida estas klarigata en la dialogo, kaj nenio estas konservata, ĝis ĝi estas korektita.</translation>
    </message>
    <message>
        <source>**Archive** (Delete): the contact leaves the list and search but keeps its history. To bring it back, choose &quot;Archived&quot; in the stage filter and press Delete again, or use File → Archive….</source>
        <translation>**Arkivigi** (Delete): la kontakto malaperas el la listo kaj la serĉo, sed konservas sian historion. Por revenigi ĝin, elektu “Arkivigitaj” en la filtrilo de etapo kaj denove premu Delete, aŭ uzu Dosiero → Arkivo….</translation>
    </message>
    <message>
        <source>From lead to customer: the lifecycle</source>
        <translation>De interesato al kliento: la vivciklo</translation>
    </message>
    <message>
        <source>Every contact is at a stage of the buyer&apos;s journey: **Lead** (known, not yet qualified), **Marketing qualified** (MQL: fits and shows interest), **Sales qualified** (SQL: a salesperson confirmed need, budget and timing), **Opportunity** (has an open deal), **Customer** (a deal was won), or off the journey **Disqualified** (not a fit) and **Inactive**. Change it in the contact&apos;s dialog or with Change Selected. Moving a contact back a stage, or disqualifying it, asks why; the reason is kept. Every move is kept with its date, so Kontor knows when each stage was entered.</source>
        <translation>Ĉiu kontakto estas en iu etapo de la vojo de la aĉetanto: **Interesato** (konata, ankoraŭ ne kvalifikita), **Merkatike kvalifikita** (MQL: taŭgas kaj montras intereson), **Vende kvalifikita** (SQL: vendisto konfirmis bezonon, buĝeton kaj tempon), **Ŝanco** (havas malfermitan negocon), **Kliento** (negoco estis gajnita), aŭ ekster la vojo **Malkvalifikita** (ne taŭgas) kaj **Neaktiva**. Ŝanĝu ĝin en la dialogo de la kontakto aŭ per Ŝanĝi elektitajn. Se vi movas kontakton unu etapon malantaŭen aŭ malkvalifikas ĝin, Kontor demandas kial; la kialo estas konservata. Ĉiu movo estas konservata kun sia dato, do Kontor scias, kiam ĉiu etapo estis enirita.</translation>
    </message>
    <message>
        <source>Your own fields</source>
        <translation>Viaj propraj kampoj</translation>
    </message>
    <message>
        <source>Every business tracks something Kontor has no field for: a budget, the industry, the decision maker. Add your own in **File → Settings… → Fields**, for contacts, companies or deals: text, long text, number, money (in a currency), date, checkbox, a choice, multiple choice, or a link to a contact or a company. Each has a name, a key (what files and scripts call it, such as `budget`) and may be required. **Add Qualification Fields** adds Budget, Need, Timeline, Decision maker, Authority, Competitors, Objections and Lead status in one go; they are ordinary fields afterwards.</source>
        <translation>Ĉiu entrepreno registras ion, por kio Kontor ne havas kampon: buĝeton, la sektoron, la decidanton. Aldonu viajn proprajn en **Dosiero → Agordoj… → Kampoj**, por kontaktoj, firmaoj aŭ negocoj: teksto, longa teksto, nombro, mono (en valuto), dato, markobutono, elekto, plurobla elekto aŭ ligilo al kontakto aŭ firmao. Ĉiu havas nomon, ŝlosilon (kiel dosieroj kaj skriptoj nomas ĝin, ekzemple `budget`) kaj povas esti deviga. **Aldoni kvalifikajn kampojn** aldonas la kampojn Buĝeto, Bezono, Tempoplano, Decidanto, Decidpovo, Konkurantoj, Obĵetoj kaj Stato de interesato per unu klako; poste ili estas ordinaraj kampoj.</translation>
    </message>
    <message>
        <source>**Change…** renames a field or its choices: renaming a choice renames it on every record that has it. Changing the type says first how many values cannot be converted (a word in a number field, say); the others are kept.</source>
        <translation>**Ŝanĝi…** renomas kampon aŭ ĝiajn elektojn: renomi elekton renomas ĝin en ĉiu rikordo, kiu havas ĝin. Ŝanĝo de la tipo unue diras, kiom da valoroj ne povas esti konvertitaj (ekzemple vorto en nombra kampo); la aliaj estas konservataj.</translation>
    </message>
    <message>
        <source>**Archive** hides a field and keeps its values; **Restore** (with &quot;Show archived&quot;) brings it back with them. Adding, changing and archiving are undone with Ctrl+Z, and every value set is in the record&apos;s change history.</source>
        <translation>**Arkivigi** kaŝas kampon kaj konservas ĝiajn valorojn; **Restarigi** (kun “Montri arkivigitajn”) revenigas ĝin kun ili. Aldonon, ŝanĝon kaj arkivigon malfaras Ctrl+Z, kaj ĉiu agordita valoro estas en la historio de ŝanĝoj de la rikordo.</translation>
    </message>
    <message>
        <source>**Fields**: your own fields of contacts, companies and deals (see &quot;Your own fields&quot;).</source>
        <translation>**Kampoj**: viaj propraj kampoj de kontaktoj, firmaoj kaj negocoj (vidu “Viaj propraj kampoj”).</translation>
    </message>
    <message>
        <source>**Lifecycle**: the rules that move contacts along their lifecycle (see &quot;From lead to customer&quot;).</source>
        <translation>**Vivciklo**: la reguloj, kiuj movas kontaktojn laŭ ilia vivciklo (vidu “De interesato al kliento”).</translation>
    </message>
    <message>
        <source>**Data health**: **Contact → Data Health…** counts the contacts that need a look: not contacted for N months (6 to start with; or never), without email and phone, with an email that is not one (no @, blanks, no dotted domain), with a phone number that is not valid (one that cannot be read, or a number that does not exist, such as +44 889 442828; the number typed is kept either way), without owner, without lead source. **Show on the Contacts Page** (or Enter on a row) lists exactly those on the Contacts page, where Ctrl+A and **Change Selected** set an owner, a stage or a tag, or archive them, all at once. The first check after an upgrade may read every phone number once, with a progress bar and Cancel.</source>
        <translation>**Datumkvalito**: **Kontakto → Datumkvalito…** kalkulas la kontaktojn, kiuj bezonas atenton: ne kontaktitaj dum N monatoj (komence 6; aŭ neniam), sen retpoŝtadreso kaj telefono, kun retpoŝtadreso, kiu ne estas vera retpoŝtadreso (sen @, kun spacetoj, sen domajno kun punkto), kun nevalida telefonnumero (tia, kiu ne legeblas, aŭ numero, kiu ne ekzistas, ekzemple +44 889 442828; la tajpita numero restas ĉiuokaze), sen vendisto, sen interesatfonto. **Montri en la paĝo Kontaktoj** (aŭ Enter sur vico) listigas ekzakte tiujn en la paĝo Kontaktoj, kie Ctrl+A kaj **Ŝanĝi elektitajn** agordas vendiston, etapon aŭ etikedon, aŭ arkivigas ilin, ĉiujn samtempe. La unua kontrolo post ĝisdatigo eble legos ĉiun telefonnumeron unufoje, kun progresbreto kaj Nuligi.</translation>
    </message>
    <message>
        <source>**Importing and exporting**: a column headed by a field&apos;s key or name fills the field (the import wizard offers your fields too); a value that does not fit (a word in an amount) is kept in the notes with a warning. Exported contacts have a column per field, by key, after the built-in ones, and such a file comes back unchanged.</source>
        <translation>**Importado kaj eksportado**: kolumno, kies titolo estas la ŝlosilo aŭ la nomo de kampo, plenigas tiun kampon (la importo proponas ankaŭ viajn proprajn kampojn); valoro, kiu ne taŭgas (vorto en monsumo), estas konservita en la notoj kun averto. Eksportitaj kontaktoj havas po kolumnon por ĉiu kampo, nomitan laŭ ĝia ŝlosilo, post la enkonstruitaj, kaj tia dosiero revenas senŝanĝe.</translation>
    </message>
    <message>
        <source>**In the list**: each contact field can be a column of the Contacts list (right-click the header), sorted by a click, and **More Filters…** filters by it; **Change Selected → Set Field…** sets it on many contacts at once.</source>
        <translation>**En la listo**: ĉiu kampo de kontaktoj povas esti kolumno de la listo Kontaktoj (dekstre alklaku la kaplinion), ordigata per klako, kaj **Pliaj filtriloj…** filtras laŭ ĝi; **Ŝanĝi elektitajn → Agordi kampon…** agordas ĝin por multaj kontaktoj samtempe.</translation>
    </message>
    <message>
        <source>**Searchable**: tick &quot;The search finds its text&quot; for a contact&apos;s text or long text field, and the search box and Search everything (Ctrl+K) find a contact by a word of it, together with the name (`ada training`).</source>
        <translation>**Serĉebla**: marku “La serĉo trovas ĝian tekston” ĉe kampo de kontaktoj de la tipo teksto aŭ longa teksto, kaj la serĉkampo kaj Serĉi ĉie (Ctrl+K) trovas kontakton per vorto el ĝi, kune kun la nomo (`ada training`).</translation>
    </message>
    <message>
        <source>**Reports**: the box beside the salesperson on the Reports page narrows every report to one answer of a choice field (see &quot;Reports&quot;).</source>
        <translation>**Raportoj**: la elektilo apud la vendisto en la paĝo Raportoj limigas ĉiun raporton al unu respondo de elekta kampo (vidu “Raportoj”).</translation>
    </message>
    <message>
        <source>**Duplicates**: when two contacts are merged, each of your fields is a row to choose the value from.</source>
        <translation>**Duoblaĵoj**: kiam du kontaktoj estas kunfandataj, ĉiu el viaj kampoj estas vico, en kiu vi elektas la valoron.</translation>
    </message>
    <message>
        <source>**Lifecycle**: per stage of the contacts&apos; lifecycle, the contacts that *entered* it in the period, how many *went on* to a later stage by now, the *conversion* (went on ÷ entered) and the *median days* it took (see &quot;From lead to customer&quot;). A row, or its &quot;Went on&quot;, lists the contacts behind it. **Show** above the chart groups the table by lead source or by salesperson: a row each, the contacts that entered each stage of the journey in the columns (the tooltip says how many went on), and Enter on a figure lists those contacts.</source>
        <translation>**Vivciklo**: por ĉiu etapo de la vivciklo de la kontaktoj, la kontaktoj, kiuj *eniris* ĝin en la periodo, kiom da ili ĝis nun *pluiris* al posta etapo, la *konvertiĝo* (pluiris ÷ eniris) kaj la *medianaj tagoj*, kiujn tio daŭris (vidu “De interesato al kliento”). Vico, aŭ ĝia “Pluiris”, listigas la kontaktojn malantaŭ ĝi. **Montri** super la diagramo grupigas la tabelon laŭ interesatfonto aŭ laŭ vendisto: unu vico por ĉiu, en la kolumnoj la kontaktoj, kiuj eniris ĉiun etapon de la aĉetvojo (la ŝpruchelpilo diras, kiom da ili pluiris), kaj Enter sur cifero listigas tiujn kontaktojn.</translation>
    </message>
    <message>
        <source>The fields are on the **More fields** page of the contact, company and deal dialogs, and the contact card lists the values a contact has. A required field must be filled before the record is saved. A link is picked like the contact of a deal: type part of a name and choose from the list (Down, then Enter); two companies of one name stay apart, and a name that several or none have asks you to pick.</source>
        <translation>La kampoj estas en la paĝo **Pliaj kampoj** de la dialogoj de kontakto, firmao kaj negoco, kaj la karto de kontakto listigas la valorojn, kiujn la kontakto havas. Deviga kampo devas esti plenigita, antaŭ ol la rikordo estas konservata. Ligilon oni elektas kiel la kontakton de negoco: tajpu parton de nomo kaj elektu el la listo (↓, poste Enter); du samnomaj firmaoj restas apartaj, kaj nomo, kiun havas pluraj aŭ neniu, petas vin elekti.</translation>
    </message>
    <message>
        <source>**Filters** above the list: stage (or the archive, or the customers of one RFM segment such as &quot;Customers: At risk&quot;, see Reports → Customers), owner, lead source, tag, &quot;no contact for&quot; 14 to 365 days (contacts never contacted included) and a data problem (see &quot;Duplicates and data health&quot;), combined with the search.</source>
        <translation>**Filtriloj** super la listo: etapo (aŭ la arkivo, aŭ la klientoj de unu RFM-segmento kiel “Klientoj: Riskataj”, vidu Raportoj → Klientoj), vendisto, interesatfonto, etikedo, “sen kontakto dum” 14 ĝis 365 tagoj (inkluzive de neniam kontaktitaj kontaktoj) kaj datumproblemo (vidu “Duoblaĵoj kaj datumkvalito”), kombinitaj kun la serĉo.</translation>
    </message>
    <message>
        <source>**Columns**: Name, Company, Email, Phone, Status, Owner and Last contact to start with; right-click the list&apos;s header to choose the columns (Title, Lead source, Created and Segment too; Name always stays), and drag a header to reorder them. Segment is the customer&apos;s RFM segment (Reports → Customers), kept up to date a moment after a deal is won or changed and each new day; it sorts from Champions to Hibernating, contacts who bought nothing in two years last, and it shows by itself when you filter by a segment. The columns, their order and widths, the window and every divider are remembered for the next start. On a wide window the spare width goes to the name, company and email until you size a column yourself. Your own fields are columns too, under &quot;Your fields&quot; in that menu: numbers and amounts sort as numbers, dates as dates, a choice in the order of its choices, multiple choice by the first one chosen, a linked contact or company by its name. Sorted by one of your fields (except long text and links), the first screen of a very large list shows at once and the rest follows.</source>
        <translation>**Kolumnoj**: komence Nomo, Firmao, Retpoŝto, Telefono, Stato, Vendisto kaj Lasta kontakto; dekstre alklaku la kaplinion de la listo por elekti la kolumnojn (ankaŭ Posteno, Interesatfonto, Kreita kaj Segmento; Nomo ĉiam restas), kaj trenu kolumnokapon por reordigi ilin. Segmento estas la RFM-segmento de la kliento (Raportoj → Klientoj), ĝisdatigata iom post kiam negoco estas gajnita aŭ ŝanĝita kaj ĉiun novan tagon; ĝi ordiĝas de Ĉampionoj ĝis Vintrodormantaj, kun la kontaktoj, kiuj aĉetis nenion en du jaroj, laste, kaj ĝi aperas per si mem, kiam vi filtras laŭ segmento. La kolumnoj, ilia ordo kaj larĝoj, la fenestro kaj ĉiu dividilo estas memorataj por la sekva lanĉo. En larĝa fenestro la kroma larĝo iras al la nomo, firmao kaj retpoŝto, ĝis vi mem ŝanĝas la larĝon de kolumno. Viaj propraj kampoj ankaŭ estas kolumnoj, sub “Viaj kampoj” en tiu menuo: nombroj kaj sumoj ordiĝas kiel nombroj, datoj kiel datoj, elekto laŭ la ordo de siaj elektoj, plurobla elekto laŭ la unua elektita, ligita kontakto aŭ firmao laŭ sia nomo. Kiam la listo estas ordigita laŭ unu el viaj kampoj (krom longa teksto kaj ligiloj), la unua ekrano de tre granda listo aperas tuj, kaj la resto sekvas.</translation>
    </message>
    <message>
        <source>**Export** (the Export button): the table on show as CSV (safe for spreadsheets: a cell a spreadsheet would run as a formula is kept as text; UTF-8 that Excel reads) or its chart as a PNG image at twice the size on screen; **All reports as PDF**: every report for the period and salesperson chosen, each starting a page with its summary, its chart (black on white whatever the screen&apos;s colours) and its whole table (long tables go on over the next pages, their header repeated), page numbers at the foot. The paper is A4, or Letter where the language&apos;s country uses it (United States, Canada, Mexico, the Philippines and a few more).</source>
        <translation>**Eksporti** (la butono Eksporti): la montrata tabelo kiel CSV (sekura por kalkultabeloj: ĉelo, kiun kalkultabelo plenumus kiel formulon, estas konservata kiel teksto; UTF-8, kiun Excel legas) aŭ ĝia diagramo kiel PNG-bildo duoble pli granda ol sur la ekrano; **Ĉiuj raportoj kiel PDF**: ĉiuj raportoj por la elektitaj periodo kaj vendisto, ĉiu komencanta paĝon per sia resumo, sia diagramo (nigra sur blanka, kiaj ajn estas la koloroj de la ekrano) kaj sia tuta tabelo (longaj tabeloj daŭras sur la sekvaj paĝoj, kun ripetita kaplinio), kun paĝnumeroj ĉe la piedo. La papero estas A4, aŭ Letter, kie la lando de la lingvo uzas ĝin (Usono, Kanado, Meksiko, Filipinoj kaj kelkaj aliaj).</translation>
    </message>
    <message>
        <source>**What is on it**: reminders that are overdue or due today, meetings of today and tomorrow, birthdays of the coming week, contacts you are losing touch with, who to call next, and stale deals (open deals that have been in their stage longer than the stage allows, the longest overdue first).</source>
        <translation>**Kio estas en ĝi**: memorigoj malfruaj aŭ farendaj hodiaŭ, renkontiĝoj de hodiaŭ kaj morgaŭ, naskiĝtagoj de la venonta semajno, kontaktoj, kun kiuj vi riskas perdi la ligon, kiun voki sekve, kaj stagnantaj negocoj (malfermitaj negocoj, kiuj estas en sia etapo pli longe ol la etapo permesas, la plej malfruaj unue).</translation>
    </message>
    <message>
        <source>**Customers** (RFM: recency, frequency, monetary): who buys, how often and how lately, to see whom to keep and whom to win back. *Customers* are the contacts (not archived) with at least one deal won in the two years up to the period&apos;s last day (today while the period runs): from the day after the same date two years before, to that day. Only deals in the database&apos;s default currency count; a won deal in another currency is left out (the line above says how many). *Recency* is the days from the last won deal&apos;s close to that day, *frequency* the won deals in the two years, *monetary* their sum. Each is scored 1 to 5 as ⌈5 × cume_dist⌉: for frequency and monetary, cume_dist is the share of customers whose value is at most theirs; for recency, the share whose last won deal is as old as theirs or older. So the most recent, most frequent and biggest score 5, and customers with the same value share a score (when more than a fifth of the customers bought once, none has F 1). The segments come from R and F: R 5 F 1 *New customers*; R 4–5 F 2–3 *Potential loyalists*; R 5 F 4–5 *Champions*; R 4 F 1 *Promising*; R 3–4 F 4–5 *Loyal*; R 3 F 1–2 *About to sleep*; R 3 F 3 *Need attention*; R 1–2 F 1–2 *Hibernating*; R 1–2 F 3–4 *At risk*; R 1–2 F 5 *Can&apos;t lose them*. The table lists each segment&apos;s customers and revenue with their shares and its scores; **Show → Recency by frequency** turns it into the 5 × 5 grid (R 5 on top, F 1 on the left), each place with its customers and what they brought, the segment in its tooltip. Enter on a segment or a place of the grid, or a click on a bar, lists its customers. The salesperson and the choice field narrow it like the other reports (the customers are then scored among themselves).</source>
        <translation>**Klientoj** (RFM: recency, frequency, monetary – lastatempeco, ofteco, mona valoro): kiu aĉetas, kiom ofte kaj kiom lastatempe, por vidi, kiun teni kaj kiun regajni. *Klientoj* estas la kontaktoj (ne arkivigitaj) kun almenaŭ unu negoco gajnita en la du jaroj ĝis la lasta tago de la periodo (hodiaŭ, dum la periodo daŭras): de la tago post la sama dato du jarojn antaŭe ĝis tiu tago. Nur negocoj en la implicita valuto de la datumbazo kalkuliĝas; gajnita negoco en alia valuto estas ellasita (la linio supre diras, kiom). *Lastatempeco* estas la tagoj de la fermo de la lasta gajnita negoco ĝis tiu tago, *ofteco* la gajnitaj negocoj en la du jaroj, *mona valoro* ilia sumo. Ĉiu ricevas poentaron de 1 ĝis 5 kiel ⌈5 × cume_dist⌉: por ofteco kaj mona valoro, cume_dist estas la proporcio de klientoj, kies valoro ne superas tiun de la kliento; por lastatempeco, la proporcio de tiuj, kies lasta gajnita negoco estas same malnova kiel tiu de la kliento aŭ pli malnova. Do la plej lastatempaj, plej oftaj kaj plej grandaj ricevas 5, kaj klientoj kun la sama valoro dividas poentaron (kiam pli ol kvinono de la klientoj aĉetis unufoje, neniu havas F 1). La segmentoj venas el R kaj F: R 5 F 1 *Novaj klientoj*; R 4–5 F 2–3 *Eble fideliĝontaj*; R 5 F 4–5 *Ĉampionoj*; R 4 F 1 *Promesplenaj*; R 3–4 F 4–5 *Fidelaj*; R 3 F 1–2 *Preskaŭ dormantaj*; R 3 F 3 *Bezonas atenton*; R 1–2 F 1–2 *Vintrodormantaj*; R 1–2 F 3–4 *Riskataj*; R 1–2 F 5 *Neperdendaj*. La tabelo listigas la klientojn kaj enspezon de ĉiu segmento kun iliaj proporcioj kaj ĝiaj poentaroj; **Montri → Lastatempeco laŭ ofteco** faras el ĝi la 5 × 5-kradon (R 5 supre, F 1 maldekstre), ĉiu loko kun siaj klientoj kaj tio, kion ili alportis, la segmento en ĝia ŝpruchelpilo. Enter sur segmento aŭ loko de la krado, aŭ klako sur stango, listigas ĝiajn klientojn. La vendisto kaj la elekta kampo limigas ĝin kiel la aliajn raportojn (la klientoj tiam ricevas poentarojn inter si mem).</translation>
    </message>
    <message>
        <source>Lead scores</source>
        <translation>Interesatpoentaroj</translation>
    </message>
    <message>
        <source>**The Score column** (right-click the list&apos;s header) shows and sorts it; **More Filters… → Lead score** narrows the list (&quot;at least 50&quot;). The card says which rules gave the points (&quot;Lead score 63 (Decision maker +20, Germany +10, Successful meeting +25, Answered call +7.5)&quot;).</source>
        <translation>**La kolumno Poentaro** (dekstre alklaku la kaplinion de la listo) montras ĝin kaj ordigas laŭ ĝi; **Pliaj filtriloj… → Interesatpoentaro** malvastigas la liston (“almenaŭ 50”). La karto diras, kiuj reguloj donis la poentojn (“Interesatpoentaro 63 (Decidanto +20, Germanio +10, Sukcesa renkontiĝo +25, Respondita voko +7,5)”).</translation>
    </message>
    <message>
        <source>**Kept up to date**: a contact added or changed, a call or meeting logged, is scored again at once, also when a script does it; an import, a merge or an undo has everyone scored again in the background, and so does each new day (engagement fades) and each opening of the database.</source>
        <translation>**Ĉiam ĝisdata**: kontakto aldonita aŭ ŝanĝita, aŭ kies voko aŭ renkontiĝo estas registrita, tuj ricevas novan poentaron, ankaŭ kiam skripto faras tion; post importo, kunfando aŭ malfaro ĉiuj ricevas novan poentaron en la fono, kaj same ĉiun novan tagon (engaĝiĝo paliĝas) kaj ĉe ĉiu malfermo de la datumbazo.</translation>
    </message>
    <message>
        <source>**Who to call next**: up to ten people, each with why, customers and leads taking turns. Customers slipping away: those in the RFM segments &quot;Can&apos;t lose them&quot; and &quot;At risk&quot; (see Reports → Customers) whom nobody has called, met or written to for 30 days, &quot;Can&apos;t lose them&quot; first, then those who bought most (&quot;Can&apos;t lose them · Ada Lovelace — 5 orders, the last on 08/01/2026, 5,000.00 EUR in all; never contacted&quot;). Leads: leads and marketing or sales qualified contacts with a lead score above 0 and no next step (no open reminder, no meeting ahead), not yet contacted today, best score first, with the rules that gave the most points (&quot;MQL · Bea Nakamura — score 63: Successful meeting +25, Decision maker +15, Answered call +10; no contact for 12 days&quot;). Enter opens the contact; once you log the call (Ctrl+L) they leave the list.</source>
        <translation>**Kiun voki sekve**: ĝis dek personoj, ĉiu kun la kialo, klientoj kaj interesatoj alterne. Klientoj, kiuj forglitas: tiuj en la RFM-segmentoj “Neperdendaj” kaj “Riskataj” (vidu Raportoj → Klientoj), kun kiuj dum 30 tagoj neniu havis vokon, renkontiĝon aŭ korespondon, unue “Neperdendaj”, poste tiuj, kiuj aĉetis plej multe (“Neperdendaj · Ada Lovelace — 5 mendoj, la lasta je 08/01/2026, entute 5 000,00 EUR; neniam kontaktita”). Interesatoj: interesatoj kaj merkatike aŭ vende kvalifikitaj kontaktoj kun interesatpoentaro super 0 kaj sen sekva paŝo (neniu malfermita memorigo, neniu venonta renkontiĝo), ankoraŭ ne kontaktitaj hodiaŭ, la plej altaj poentaroj unue, kun la reguloj, kiuj donis la plej multajn poentojn (“MQL · Bea Nakamura — poentaro 63: Sukcesa renkontiĝo +25, Decidanto +15, Respondita voko +10; sen kontakto dum 12 tagoj”). Enter malfermas la kontakton; kiam vi registras la vokon (Ctrl+L), la persono forlasas la liston.</translation>
    </message>
    <message>
        <source>Kontor also moves contacts forward by itself, and the history says which rule did it: a meeting booked makes a lead sales qualified, a deal makes it an opportunity, a won deal a customer. In **File → Settings… → Lifecycle** each rule can be turned off, and you choose the fields whose filling makes a lead marketing or sales qualified (your qualification fields, say); on the **Lead scoring** tab, the lead score at which a lead becomes marketing qualified (see below). A rule never moves anyone back; a deal also brings back a disqualified or inactive contact. Older databases keep their contacts: &quot;qualified&quot; became Sales qualified and &quot;lost&quot; Disqualified.</source>
        <translation>Kontor ankaŭ mem movas kontaktojn antaŭen, kaj la historio diras, kiu regulo faris tion: rezervita renkontiĝo igas interesaton vende kvalifikita, negoco igas ĝin ŝanco, gajnita negoco igas ĝin kliento. En **Dosiero → Agordoj… → Vivciklo** ĉiu regulo povas esti malŝaltita, kaj vi elektas la kampojn, kies plenigo igas interesaton merkatike aŭ vende kvalifikita (ekzemple viajn kvalifikajn kampojn); en la langeto **Interesatpoentado**, la interesatpoentaron, je kiu interesato iĝas merkatike kvalifikita (vidu sube). Regulo neniam movas iun malantaŭen; negoco ankaŭ revenigas malkvalifikitan aŭ neaktivan kontakton. Malnovaj datumbazoj konservas siajn kontaktojn: “kvalifikita” iĝis Vende kvalifikita kaj “perdita” iĝis Malkvalifikita.</translation>
    </message>
    <message>
        <source>**The rules** are in **File → Settings… → Lead scoring**, fit rules above engagement rules, each with what it counts and its points. **Add Starter Rules** puts in a set to begin with (decision makers, reachable contacts, meetings, answered calls, emails, complaints; a new database has none, the demo has them). **Add Fit Rule…** asks for a field, a comparison and a value (title contains &quot;director&quot;, country is &quot;Germany&quot;, a choice field is one of its options, a number at least 50) and the points; **Add Engagement Rule…** for the kind and outcome of interactions, whether they count once if there was one in the last N days or each one with points halving every N days, and the points. A rule without a name is named after what it counts. Double-click (or Enter) changes a rule, the tick box switches it off without losing it, Move Up and Move Down order it within its group, Delete removes it. Each change is saved at once, and Ctrl+Z in the window takes it back; everyone is scored again in the background a moment later. **Rescore Everyone…** does it now, with progress and Cancel (a stop leaves every score as it was).</source>
        <translation>**La reguloj** troviĝas en **Dosiero → Agordoj… → Interesatpoentado**, la taŭgecaj reguloj super la engaĝiĝaj, ĉiu kun tio, kion ĝi kalkulas, kaj ĝiaj poentoj. **Aldoni startajn regulojn** aldonas aron por komenci (decidantoj, atingeblaj kontaktoj, renkontiĝoj, responditaj vokoj, retleteroj, plendoj; nova datumbazo havas neniujn, la demonstra havas ilin). **Aldoni taŭgecan regulon…** petas kampon, komparon kaj valoron (posteno enhavas “direktoro”, lando estas “Germanio”, elekta kampo estas unu el siaj opcioj, nombro estas almenaŭ 50) kaj la poentojn; **Aldoni engaĝiĝan regulon…** petas la specon kaj la rezulton de la interagoj, ĉu ili kalkuliĝas unufoje, se estis iu en la lastaj N tagoj, aŭ ĉiu aparte kun poentoj duoniĝantaj ĉiujn N tagojn, kaj la poentojn. Regulo sen nomo ricevas nomon laŭ tio, kion ĝi kalkulas. Duobla klako (aŭ Enter) ŝanĝas regulon, la markobutono malŝaltas ĝin sen perdi ĝin, Movi supren kaj Movi malsupren ordigas ĝin ene de ĝia grupo, Delete forigas ĝin. Ĉiu ŝanĝo estas tuj konservata, kaj Ctrl+Z en la fenestro malfaras ĝin; iom poste ĉiuj ricevas novan poentaron en la fono. **Rekalkuli ĉiujn poentarojn…** faras tion nun, kun progresindiko kaj Nuligi (haltigo lasas ĉiun poentaron kiel ĝi estis).</translation>
    </message>
    <message>
        <source>**To MQL at a score**: on the same tab, &quot;A lead becomes marketing qualified at score&quot; (never, or 1 to 100). A lead whose score reaches it moves to Marketing qualified at once, and its history names the rule (&quot;the lead score reached the threshold&quot;); when you lower the threshold, the leads already above it move together, as one step that Ctrl+Z takes back. Only leads move, and only forward.</source>
        <translation>**Al MQL laŭ poentaro**: en la sama langeto, “Interesato iĝas merkatike kvalifikita je poentaro” (neniam, aŭ 1 ĝis 100). Interesato, kies poentaro atingas ĝin, tuj moviĝas al Merkatike kvalifikita, kaj ĝia historio nomas la regulon (“la interesatpoentaro atingis la sojlon”); kiam vi malaltigas la sojlon, la interesatoj jam super ĝi moviĝas kune, kiel unu paŝo, kiun Ctrl+Z malfaras. Nur interesatoj moviĝas, kaj nur antaŭen.</translation>
    </message>
    <message>
        <source>**More Filters…** filters by any of your own fields, by title, city, region, postal code, date added, last contact, lead score and territory, and by the contact&apos;s company&apos;s industry and fields (&quot;Employees (company)&quot;): a number or an amount between two values, at least or at most; a date on, on or after, on or before, or between two; a choice that is any (or none) of the ones you tick; text that contains, is or is not a word; and any field empty or not. Numbers and dates are typed as everywhere else in Kontor. Each filter becomes a button under the others (&quot;Budget from 1,000.00 EUR to 20,000.00 EUR ×&quot;): a click removes it. All filters hold at once.</source>
        <translation>**Pliaj filtriloj…** filtras laŭ iu ajn el viaj propraj kampoj, laŭ posteno, urbo, regiono, poŝtkodo, aldondato, lasta kontakto, interesatpoentaro kaj teritorio, kaj laŭ la sektoro kaj la kampoj de la firmao de la kontakto (“Dungitoj (firmao)”): nombro aŭ sumo inter du valoroj, almenaŭ aŭ maksimume; dato je, je aŭ post, je aŭ antaŭ, aŭ inter du datoj; elekto, kiu estas iu (aŭ neniu) el tiuj, kiujn vi markas; teksto, kiu enhavas vorton, estas ĝi aŭ ne estas ĝi; kaj ĉiu kampo malplena aŭ ne. Nombroj kaj datoj estas tajpataj kiel ĉie alie en Kontor. Ĉiu filtrilo iĝas butono sub la aliaj (“Buĝeto de 1 000,00 EUR ĝis 20 000,00 EUR ×”): klako forigas ĝin. Ĉiuj filtriloj validas samtempe.</translation>
    </message>
    <message>
        <source>A lead score (0 to 100) puts the best chances first. It adds up the points of **scoring rules** in two groups: **fit**, who the contact is (a condition on a field, built-in or your own, or on a field of the contact&apos;s company, such as its industry or a company field of your own for its size: title contains &quot;director&quot; +15, country is &quot;Germany&quot; +10, no phone −5, Employees (company) at least 50 +10, territory is &quot;North&quot; +5), and **engagement**, what they did lately (interactions of a kind and outcome: a successful meeting in the last 30 days +25 once, or each answered call +10, halved for every 14 days since it, so that old interest fades; a complaint can take points away). The sum is rounded and kept between 0 and 100; archived interactions count nothing, and a fading rule stops counting after ten halvings.</source>
        <translation>Interesatpoentaro (0 ĝis 100) metas la plej bonajn ŝancojn unue. Ĝi sumigas la poentojn de **poentadaj reguloj** en du grupoj: **taŭgeco**, kiu la kontakto estas (kondiĉo pri kampo, enkonstruita aŭ via propra, aŭ pri kampo de la firmao de la kontakto, ekzemple ĝia sektoro aŭ via propra firmaa kampo por ĝia grandeco: posteno enhavas “direktoro” +15, lando estas “Germanio” +10, neniu telefono −5, Dungitoj (firmao) almenaŭ 50 +10, teritorio estas “Nordo” +5), kaj **engaĝiĝo**, kion la kontakto faris lastatempe (interagoj de certa speco kaj rezulto: sukcesa renkontiĝo en la lastaj 30 tagoj +25 unufoje, aŭ ĉiu respondita voko +10, duonigita por ĉiuj 14 tagoj pasintaj de tiam, tiel ke malnova intereso paliĝas; plendo povas forpreni poentojn). La sumo estas rondigita kaj tenata inter 0 kaj 100; arkivigitaj interagoj valoras nenion, kaj paliĝanta regulo ĉesas kalkuliĝi post dek duonigoj.</translation>
    </message>
    <message>
        <source>Sales territories</source>
        <translation>Vendaj teritorioj</translation>
    </message>
    <message>
        <source>A territory gathers the contacts and companies of an area, so that you can see, filter and later assign them by it. Make them in **File → Settings… → Territories** (Alt+E there): **Add Territory…** asks for a name and, each list separated by commas, the **countries** it lies in, and within them **regions** and **postal codes**: a beginning (&quot;10&quot; holds 10115 and 10999) or a range (&quot;20000–29999&quot;, also typed 20000..29999). A contact or company is in a territory when its country is one of its countries (or it names none) and its region or postal code is one of its own (or it names none); countries and regions compare without regard to case, postal codes without case and spaces. When territories overlap, the first in the list has the address: put &quot;Berlin&quot; before &quot;Germany&quot;. As you type, the dialog says how many contacts and companies have an address in it. Double-click (or Enter) changes one, Move Up and Move Down order them, Delete removes one; each change is one step that Ctrl+Z takes back.</source>
        <translation>Teritorio kunigas la kontaktojn kaj firmaojn de iu areo, por ke vi povu vidi, filtri kaj poste atribui ilin laŭ ĝi. Kreu ilin en **Dosiero → Agordoj… → Teritorioj** (tie Alt+J): **Aldoni teritorion…** petas nomon kaj, ĉiun liston apartigitan per komoj, la **landojn**, en kiuj ĝi kuŝas, kaj ene de ili **regionojn** kaj **poŝtkodojn**: komencon (“10” enhavas 10115 kaj 10999) aŭ intervalon (“20000–29999”, ankaŭ tajpeblan kiel 20000..29999). Kontakto aŭ firmao estas en teritorio, kiam ĝia lando estas unu el la landoj de la teritorio (aŭ la teritorio nomas neniun landon) kaj ĝia regiono aŭ poŝtkodo estas unu el tiuj de la teritorio (aŭ ĝi nomas neniun); landoj kaj regionoj estas komparataj sen atento al majuskloj kaj minuskloj, poŝtkodoj sen atento al majuskloj kaj spacetoj. Kiam teritorioj interkovriĝas, la unua en la listo ricevas la adreson: metu “Berlino” antaŭ “Germanio”. Dum vi tajpas, la dialogo diras, kiom da kontaktoj kaj firmaoj havas adreson en la teritorio. Duobla klako (aŭ Enter) ŝanĝas teritorion, Movi supren kaj Movi malsupren ordigas ilin, Delete forigas teritorion; ĉiu ŝanĝo estas unu paŝo, kiun Ctrl+Z malfaras.</translation>
    </message>
    <message>
        <source>**On the Contacts list**: the **Territory** column (right-click the header) names each contact&apos;s territory, worked out from the address as it is now; **More Filters… → Territory** narrows the list to one or more of them (or to those in none: &quot;is empty&quot;).</source>
        <translation>**En la listo Kontaktoj**: la kolumno **Teritorio** (dekstre alklaku la kaplinion) nomas la teritorion de ĉiu kontakto, kalkulitan laŭ la nuna adreso; **Pliaj filtriloj… → Teritorio** malvastigas la liston al unu aŭ pluraj teritorioj (aŭ al la kontaktoj en neniu: “estas malplena”).</translation>
    </message>
    <message>
        <source>**In lead scoring**: a fit rule can ask for a territory (&quot;Territory is one of North&quot;).</source>
        <translation>**En interesatpoentado**: taŭgeca regulo povas postuli teritorion (“Teritorio estas unu el Nordo”).</translation>
    </message>
    <message>
        <source>Contacts without an address of their own are in no territory (their company&apos;s address does not count for them).</source>
        <translation>Kontaktoj sen propra adreso estas en neniu teritorio (la adreso de ilia firmao ne validas por ili).</translation>
    </message>
    <message>
        <source>**On the Companies page**: a Territory column, and beside the search a choice of territory that lists its companies by name, branches among them (&quot;In no territory&quot;: those in none; &quot;All territories&quot;: the tree again). Both show once there are territories.</source>
        <translation>**En la paĝo Firmaoj**: kolumno Teritorio, kaj apud la serĉkampo elekto de teritorio, kiu listigas ĝiajn firmaojn laŭ nomo, inkluzive de filioj (“En neniu teritorio”: tiuj en neniu; “Ĉiuj teritorioj”: denove la arbo). Ambaŭ aperas, kiam ekzistas teritorioj.</translation>
    </message>
    <message>
        <source>Select with Shift or Ctrl (or Ctrl+A), then **Change Selected** above the list (or the list&apos;s context menu): set the owner, give them owners by the assignment rules (**Apply Assignment Rules…**, see &quot;Who gets a new contact&quot;), set the stage, add a tag, set one of your own fields (**Set Field…**: the field, then its value in the editor of its type; left empty, it empties the field), or archive them, in one step that Ctrl+Z takes back. One change takes at most 5,000 contacts; the filters narrow the list.</source>
        <translation>Elektu per Shift aŭ Ctrl (aŭ Ctrl+A), poste **Ŝanĝi elektitajn** super la listo (aŭ en la kunteksta menuo de la listo): agordu la vendiston, donu al ili vendistojn laŭ la atribuaj reguloj (**Apliki atribuajn regulojn…**, vidu “Kiu ricevas novan kontakton”), agordu la etapon, aldonu etikedon, agordu unu el viaj propraj kampoj (**Agordi kampon…**: la kampo, poste ĝia valoro en la redaktilo de ĝia tipo; se lasita malplena, ĝi malplenigas la kampon) aŭ arkivigu ilin, en unu paŝo, kiun Ctrl+Z malfaras. Unu ŝanĝo traktas maksimume 5 000 kontaktojn; la filtriloj mallarĝigas la liston.</translation>
    </message>
    <message>
        <source>**In the reports**: the box beside the salesperson on the Reports page offers each territory (&quot;Territory: North&quot;) and &quot;In no territory&quot;. Every report then counts the contacts in it, their calls and meetings, and their deals; a deal without a contact counts where its company is. A printed or PDF report names the territory under its title.</source>
        <translation>**En la raportoj**: la elektilo apud la vendisto en la paĝo Raportoj proponas ĉiun teritorion (“Teritorio: Nordo”) kaj “En neniu teritorio”. Ĉiu raporto tiam kalkulas la kontaktojn en ĝi, iliajn vokojn kaj renkontiĝojn kaj iliajn negocojn; negoco sen kontakto kalkuliĝas tie, kie estas ĝia firmao. Presita aŭ PDF-a raporto nomas la teritorion sub sia titolo.</translation>
    </message>
    <message>
        <source>Who gets a new contact: assignment rules</source>
        <translation>Kiu ricevas novan kontakton: atribuaj reguloj</translation>
    </message>
    <message>
        <source>Assignment rules give a new contact an owner by themselves, so that a lead from Bavaria reaches the salesperson for the south without anyone sorting. Make them in **File → Settings… → Assignment** (Alt+M there). **Add Rule…** asks for:</source>
        <translation>Atribuaj reguloj mem donas vendiston al nova kontakto, por ke interesato el Bavario atingu la vendiston de la sudo, sen ke iu devu ordigi. Kreu ilin en **Dosiero → Agordoj… → Atribuado** (tie Alt+B). **Aldoni regulon…** petas:</translation>
    </message>
    <message>
        <source>a **name** (left empty, the rule is named after what it does: &quot;Country is “Germany” to Anna&quot;);</source>
        <translation>**nomon** (se lasita malplena, la regulo ricevas nomon laŭ tio, kion ĝi faras: “Lando estas ‘Germanio’: al Anna”);</translation>
    </message>
    <message>
        <source>**conditions**, all of which must hold (**Add Condition…** offers the fields of More Filters and of scoring rules: territory, country, region, postal code, title, lead source, the company&apos;s industry, size and fields, and your own fields); none means every contact;</source>
        <translation>**kondiĉojn**, kiuj ĉiuj devas validi (**Aldoni kondiĉon…** proponas la kampojn de Pliaj filtriloj kaj de poentadaj reguloj: teritorio, lando, regiono, poŝtkodo, posteno, interesatfonto, la sektoro, grandeco kaj kampoj de la firmao, kaj viaj propraj kampoj); sen kondiĉoj la regulo validas por ĉiu kontakto;</translation>
    </message>
    <message>
        <source>whom to **give** the contact to: **one salesperson**; **the owner of the contact&apos;s company** (the rule holds only for contacts whose company has an owner); **salespeople in turn** (round robin: each gets the next contact, the turn kept in the database, so it stays fair after a restart and between the window and scripts); or **the salesperson with the fewest open deals** (deals not won, lost or archived; among contacts given out together, each counts as one more; on a tie, the first in the list).</source>
        <translation>al kiu **doni** la kontakton: **unu vendisto**; **la vendisto de la firmao de la kontakto** (la regulo validas nur por kontaktoj, kies firmao havas vendiston); **vendistoj laŭvice** (rotacie: ĉiu ricevas la sekvan kontakton, kaj la vico estas konservata en la datumbazo, do ĝi restas justa post restartigo kaj inter la fenestro kaj skriptoj); aŭ **la vendisto kun la plej malmultaj malfermitaj negocoj** (negocoj ne gajnitaj, perditaj aŭ arkivigitaj; inter kontaktoj disdonataj kune, ĉiu kalkuliĝas kiel unu plia; ĉe egaleco, la unua en la listo).</translation>
    </message>
    <message>
        <source>**For contacts you already have**: select them, then **Change Selected → Apply Assignment Rules…**. Kontor first says how many change owner, by which rule and to whom (&quot;• South: 12 to Ben&quot;); OK changes them as one step that Ctrl+Z takes back. Contacts a group rule holds for keep their owner when it is already one of the group, so applying the rules again moves nobody.</source>
        <translation>**Por kontaktoj, kiujn vi jam havas**: elektu ilin, poste **Ŝanĝi elektitajn → Apliki atribuajn regulojn…**. Kontor unue diras, kiom da kontaktoj ŝanĝas vendiston, laŭ kiu regulo kaj al kiu (“• Sudo: 12 al Ben”); OK ŝanĝas ilin kiel unu paŝon, kiun Ctrl+Z malfaras. Kontaktoj, por kiuj validas grupa regulo, konservas sian vendiston, se tiu jam estas en la grupo, do reapliki la regulojn movas neniun.</translation>
    </message>
    <message>
        <source>**The change history** of each contact (Changes… in the contact&apos;s dialog) says &quot;Owner given by the assignment rule “South”&quot; under the owner it changed.</source>
        <translation>**La historio de ŝanĝoj** de ĉiu kontakto (Ŝanĝoj… en la dialogo de la kontakto) montras “Vendisto donita de la atribua regulo ‘Sudo’” sub la vendisto, kiun ĝi ŝanĝis.</translation>
    </message>
    <message>
        <source>The Reports page (Ctrl+6) answers the manager&apos;s questions: pick a period (this week, last week, this month, last month, this quarter, last quarter, this year, or a custom range; weeks start on the first day of the week of your language settings, and days at your local midnight) and, if you like, one salesperson and one answer of a choice field of your own (&quot;Industry: Retail&quot;, shown once you have such a field) or a sales territory (&quot;Territory: North&quot;, see &quot;Sales territories&quot;). That answer narrows every report: a contact&apos;s field to those contacts, their calls and meetings and their deals; a company&apos;s field to the people and deals of those companies; a deal&apos;s field to those deals, and to the calls and meetings of the people who have one. Campaign spend is not split by record, so a narrowed lead source report leaves spend, costs and ROI out; on a very large database a narrowed report counts from the records themselves and may take a moment longer. Each report is a chart beside a table (on a small window, where they do not fit side by side, the table below the chart: its figures are never cut, a long name is, and its tooltip has it whole); hold the mouse over a column header or a figure for what it counts. The page works out what it shows when you look at it, so it is always up to date.</source>
        <translation>La paĝo Raportoj (Ctrl+6) respondas la demandojn de la estro: elektu periodon (ĉi tiu semajno, pasinta semajno, ĉi tiu monato, pasinta monato, ĉi tiu kvaronjaro, pasinta kvaronjaro, ĉi tiu jaro aŭ propra periodo; semajnoj komenciĝas je la unua tago de la semajno laŭ viaj lingvaj agordoj, kaj tagoj je via loka noktomezo) kaj, se vi volas, unu vendiston kaj unu respondon de via propra elekta kampo (“Sektoro: Podetala komerco”, montrata, tuj kiam vi havas tian kampon) aŭ vendan teritorion (“Teritorio: Nordo”, vidu “Vendaj teritorioj”). Tiu respondo limigas ĉiun raporton: kampo de kontakto al tiuj kontaktoj, iliaj vokoj kaj renkontiĝoj kaj iliaj negocoj; kampo de firmao al la homoj kaj negocoj de tiuj firmaoj; kampo de negoco al tiuj negocoj, kaj al la vokoj kaj renkontiĝoj de la homoj, kiuj havas tian negocon. Elspezoj de kampanjoj ne estas dividataj laŭ rikordo, do limigita raporto pri interesatfontoj ellasas la elspezon, la kostojn kaj la ROI; ĉe tre granda datumbazo limigita raporto kalkulas el la rikordoj mem kaj eble daŭras iom pli longe. Ĉiu raporto estas diagramo apud tabelo (en malgranda fenestro, kie ili ne trovas lokon unu apud la alia, la tabelo estas sub la diagramo: ĝiaj ciferoj neniam estas tranĉataj, longa nomo ja, kaj ĝia ŝpruchelpilo montras ĝin tutan); tenu la muson super kolumnokapo aŭ cifero por vidi, kion ĝi kalkulas. La paĝo kalkulas tion, kion ĝi montras, kiam vi rigardas ĝin, do ĝi ĉiam estas aktuala.</translation>
    </message>
    <message>
        <source>**Lead scoring**, **Territories** and **Assignment**: see &quot;Lead scores&quot;, &quot;Sales territories&quot; and &quot;Who gets a new contact&quot;.</source>
        <translation>**Interesatpoentado**, **Teritorioj** kaj **Atribuado**: vidu “Interesatpoentaroj”, “Vendaj teritorioj” kaj “Kiu ricevas novan kontakton”.</translation>
    </message>
    <message>
        <source>The first rule in the list whose conditions a contact meets gives it its owner; a contact no rule holds for keeps none. Salespeople who have been removed get nothing: a group without anyone left is passed over, and so is a rule that asks for a territory or field removed since, until you change it. The tick switches a rule off; Move Up and Move Down order them; each change is one step that Ctrl+Z takes back.</source>
        <translation>La unua regulo en la listo, kies kondiĉojn kontakto plenumas, donas al ĝi ĝian vendiston; kontakto, por kiu neniu regulo validas, restas sen vendisto. Vendistoj, kiuj estis forigitaj, ricevas nenion: grupo, en kiu restas neniu, estas preterlasata, kaj same regulo, kiu postulas teritorion aŭ kampon intertempe forigitan, ĝis vi ŝanĝos ĝin. La markobutono malŝaltas regulon; Movi supren kaj Movi malsupren ordigas ilin; ĉiu ŝanĝo estas unu paŝo, kiun Ctrl+Z malfaras.</translation>
    </message>
    <message>
        <source>**When**: a contact added without an owner, in the window (its Owner box says **By the assignment rules** once there are rules), by an import, or by a script that names no owner. A contact given an owner keeps it. A company typed in for a new contact, and made with it, gets the same owner.</source>
        <translation>**Kiam**: kontakto aldonita sen vendisto, en la fenestro (ĝia elektilo Vendisto montras **Laŭ la atribuaj reguloj**, kiam ekzistas reguloj), per importo aŭ per skripto, kiu nomas neniun vendiston. Kontakto, al kiu oni donis vendiston, konservas ĝin. Firmao tajpita por nova kontakto kaj kreita kun ĝi ricevas la saman vendiston.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The database has no users.</source>
        <translation>La datumbazo ne havas uzantojn.</translation>
    </message>
    <message>
        <source>There is no salesperson “%1”; there are: %2.</source>
        <translation>Ne ekzistas vendisto “%1”; ekzistas: %2.</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Uzanto bezonas nomon.</translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>La uzanto ne povis esti konservita: %1</translation>
    </message>
    <message>
        <source>The user could not be renamed: %1</source>
        <translation>La uzanto ne povis esti renomita: %1</translation>
    </message>
</context>
<context>
    <name>VCards</name>
    <message>
        <source>the birthday “%1” has no year or is not a date; it was left out.</source>
        <translation>la naskiĝtago “%1” ne havas jaron aŭ ne estas dato; ĝi estis ellasita.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the character set “%1” is not known; the text was read as UTF-8.</source>
        <translation>la signaro “%1” ne estas konata; la teksto estis legita kiel UTF-8.</translation>
    </message>
</context>
<context>
    <name>WalCheckpointer</name>
    <message>
        <source>Checkpoints in the background are not available here.</source>
        <translation>Kontrolpunktoj en la fono ne disponeblas ĉi tie.</translation>
    </message>
</context>
<context>
    <name>WeeklyStats</name>
    <message>
        <source>The weekly figures could not be computed: %1</source>
        <translation>La semajnaj ciferoj ne povis esti kalkulitaj: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ActivityReportView</name>
    <message>
        <source>Salesperson</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Who logged the interactions or made the moves.</source>
        <translation>Kiu registris la interagojn aŭ faris la movojn.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semajno de</translation>
    </message>
    <message>
        <source>The week&apos;s first day; “Total” for the whole period.</source>
        <translation>La unua tago de la semajno; “Entute” por la tuta periodo.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Vokoj</translation>
    </message>
    <message>
        <source>Calls the salesperson logged.</source>
        <translation>Vokoj, kiujn la vendisto registris.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Renkontiĝoj</translation>
    </message>
    <message>
        <source>Meetings the salesperson logged.</source>
        <translation>Renkontiĝoj, kiujn la vendisto registris.</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Retleteroj</translation>
    </message>
    <message>
        <source>Emails the salesperson logged.</source>
        <translation>Retleteroj, kiujn la vendisto registris.</translation>
    </message>
    <message>
        <source>Deals moved</source>
        <translation>Movitaj negocoj</translation>
    </message>
    <message>
        <source>Stage changes the salesperson made.</source>
        <translation>Ŝanĝoj de etapo, kiujn la vendisto faris.</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Gajnitaj negocoj</translation>
    </message>
    <message>
        <source>The salesperson&apos;s deals moved to Won.</source>
        <translation>La negocoj de la vendisto movitaj al Gajnita.</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>all weeks of the period</comment>
        <translation>Entute</translation>
    </message>
    <message>
        <source>Activity per salesperson</source>
        <translation>Aktiveco po vendisto</translation>
    </message>
    <message>
        <source>Nobody logged anything in this period: log calls, meetings and emails with Ctrl+L, or choose a longer period.</source>
        <translation>Neniu registris ion ajn en ĉi tiu periodo: registru vokojn, renkontiĝojn kaj retleterojn per Ctrl+L, aŭ elektu pli longan periodon.</translation>
    </message>
    <message numerus="yes">
        <source>%n salesperson(s) active in the period.</source>
        <translation>
            <numerusform>%Ln vendisto aktiva en la periodo.</numerusform>
            <numerusform>%Ln vendistoj aktivaj en la periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <translation>%1: %2, %3 ĝis %4</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ArchiveDialog</name>
    <message>
        <source>Archive</source>
        <translation>Arkivo</translation>
    </message>
    <message>
        <source>What to show</source>
        <translation>Kion montri</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktoj</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmaoj</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocoj</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Memorigoj</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Serĉi en la arkivo</translation>
    </message>
    <message>
        <source>Part of a name or title</source>
        <translation>Parto de nomo aŭ titolo</translation>
    </message>
    <message>
        <source>Archived records</source>
        <translation>Arkivigitaj rikordoj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaloj</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkivigita</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restarigi</translation>
    </message>
    <message>
        <source>Back into lists, search and totals (Enter)</source>
        <translation>Reen en listojn, serĉon kaj sumojn (Enter)</translation>
    </message>
    <message>
        <source>&amp;Changes…</source>
        <translation>Ŝ&amp;anĝoj…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Montri:</translation>
    </message>
    <message>
        <source>Nothing in the archive matches “%1”.</source>
        <translation>Nenio en la arkivo kongruas kun “%1”.</translation>
    </message>
    <message>
        <source>No archived contacts. A contact you archive waits here until you restore it.</source>
        <translation>Neniuj arkivigitaj kontaktoj. Kontakto, kiun vi arkivigas, atendas ĉi tie ĝis vi restarigas ĝin.</translation>
    </message>
    <message>
        <source>No archived companies. A company you archive waits here until you restore it.</source>
        <translation>Neniuj arkivigitaj firmaoj. Firmao, kiun vi arkivigas, atendas ĉi tie ĝis vi restarigas ĝin.</translation>
    </message>
    <message>
        <source>No archived deals. A deal you archive waits here until you restore it.</source>
        <translation>Neniuj arkivigitaj negocoj. Negoco, kiun vi arkivigas, atendas ĉi tie ĝis vi restarigas ĝin.</translation>
    </message>
    <message>
        <source>No deleted reminders. A reminder you delete waits here until you restore it.</source>
        <translation>Neniuj forigitaj memorigoj. Memorigo, kiun vi forigas, atendas ĉi tie ĝis vi restarigas ĝin.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AssignmentRuleDialog</name>
    <message>
        <source>Add Assignment Rule</source>
        <translation>Aldoni atribuan regulon</translation>
    </message>
    <message>
        <source>Assignment Rule</source>
        <translation>Atribua regulo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Such as “North leads to Anna”</source>
        <translation>Ekzemple “Nordaj interesatoj al Anna”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nomo:</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Kondiĉoj</translation>
    </message>
    <message>
        <source>Add &amp;Condition…</source>
        <translation>Aldoni &amp;kondiĉon…</translation>
    </message>
    <message>
        <source>R&amp;emove Condition</source>
        <translation>&amp;Forigi kondiĉon</translation>
    </message>
    <message>
        <source>&amp;When all hold:</source>
        <translation>K&amp;iam ĉiuj validas:</translation>
    </message>
    <message>
        <source>One salesperson</source>
        <translation>Unu vendisto</translation>
    </message>
    <message>
        <source>The owner of the contact&apos;s company</source>
        <translation>La vendisto de la firmao de la kontakto</translation>
    </message>
    <message>
        <source>Salespeople in turn (round robin)</source>
        <translation>Vendistoj laŭvice (rotacie)</translation>
    </message>
    <message>
        <source>The salesperson with the fewest open deals</source>
        <translation>La vendisto kun la plej malmultaj malfermitaj negocoj</translation>
    </message>
    <message>
        <source>&amp;Give to:</source>
        <translation>&amp;Doni al:</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>Vendistoj</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Vendisto:</translation>
    </message>
    <message>
        <source>&amp;Salespeople:</source>
        <translation>Vendist&amp;oj:</translation>
    </message>
    <message>
        <source>A new contact without an owner gets one from the first rule, in the list&apos;s order, whose conditions it meets.</source>
        <translation>Nova kontakto sen vendisto ricevas vendiston de la unua regulo, laŭ la ordo de la listo, kies kondiĉojn ĝi plenumas.</translation>
    </message>
    <message>
        <source>Every contact (no condition)</source>
        <translation>Ĉiu kontakto (neniu kondiĉo)</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>Aldoni kondiĉon</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondiĉo</translation>
    </message>
    <message>
        <source>Everyone to %1</source>
        <translation>Ĉiuj al %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>conditions to a salesperson</comment>
        <translation>%1: al %2</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation> kaj </translation>
    </message>
    <message>
        <source>(gone)</source>
        <comment>a salesperson since removed</comment>
        <translation>(forigita)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between salespeople</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>the company&apos;s owner</source>
        <translation>la vendisto de la firmao</translation>
    </message>
    <message>
        <source>%1 in turn</source>
        <translation>%1 laŭvice</translation>
    </message>
    <message>
        <source>whoever of %1 has the fewest open deals</source>
        <translation>tiu el %1, kiu havas la plej malmultajn malfermitajn negocojn</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AssignmentSettingsPage</name>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>&amp;Aldoni regulon…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Re&amp;dakti…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Forigi</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Movi &amp;supren</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Movi &amp;malsupren</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regulo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <source>Gives the contact to</source>
        <translation>Donas la kontakton al</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Atribuaj reguloj</translation>
    </message>
    <message>
        <source>A new contact without an owner, added here, imported or added by a script, gets one from the first rule, in this order, whose conditions it meets; a contact no rule holds for stays without one. Contacts → select → Apply Assignment Rules… applies them to contacts you already have. The tick switches a rule off.</source>
        <translation>Nova kontakto sen vendisto, aldonita ĉi tie, importita aŭ aldonita de skripto, ricevas vendiston de la unua regulo, laŭ ĉi tiu ordo, kies kondiĉojn ĝi plenumas; kontakto, por kiu neniu regulo validas, restas sen vendisto. Kontaktoj → elekti → Apliki atribuajn regulojn… aplikas ilin al kontaktoj, kiujn vi jam havas. La markobutono malŝaltas regulon.</translation>
    </message>
    <message>
        <source>every contact</source>
        <translation>ĉiu kontakto</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation> kaj </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ChangeHistoryDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(malplena)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Kreita</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Forigita</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkivigita</translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation>Restarigita el la arkivo</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Etikedo aldonita: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Etikedo forigita: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Ŝanĝoj de %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ŝanĝoj</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kiu</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Kio ŝanĝiĝis</translation>
    </message>
    <message>
        <source>No changes recorded. Changes are recorded from schema 4 on; records of the demo data start without any.</source>
        <translation>Neniuj ŝanĝoj registritaj. Ŝanĝoj estas registrataj ekde skemo 4; rikordoj de la demonstraj datumoj komenciĝas sen iuj.</translation>
    </message>
    <message>
        <source>Chan&amp;ges…</source>
        <translation>Ŝ&amp;anĝoj…</translation>
    </message>
    <message>
        <source>A field that no longer exists changed.</source>
        <translation>Kampo, kiu ne plu ekzistas, ŝanĝiĝis.</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1: aldonita %2</translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation>%1: forigita %2</translation>
    </message>
    <message>
        <source>Owner given by the assignment rule “%1”</source>
        <translation>Vendisto donita de la atribua regulo “%1”</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompaniesPage</name>
    <message>
        <source>Search companies</source>
        <translation>Serĉi firmaojn</translation>
    </message>
    <message>
        <source>Search companies…</source>
        <translation>Serĉi firmaojn…</translation>
    </message>
    <message>
        <source>Companies and their branches</source>
        <translation>Firmaoj kaj iliaj filioj</translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation>&amp;Nova firmao…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redakti…</translation>
    </message>
    <message>
        <source>Add &amp;Branch…</source>
        <translation>Aldoni &amp;filion…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkivigi</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>Ŝanĝ&amp;oj…</translation>
    </message>
    <message>
        <source>Include &amp;branches</source>
        <translation>Inkluzivi fi&amp;liojn</translation>
    </message>
    <message>
        <source>People at the company</source>
        <translation>Homoj ĉe la firmao</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>Posteno</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Lasta kontakto</translation>
    </message>
    <message>
        <source>Deals of the company</source>
        <translation>Negocoj de la firmao</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negoco</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Atendata fermo</translation>
    </message>
    <message>
        <source>History of the company</source>
        <translation>Historio de la firmao</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakto</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temo</translation>
    </message>
    <message>
        <source>Nobody here yet: add a contact and type this company&apos;s name as theirs.</source>
        <translation>Ankoraŭ neniu ĉi tie: aldonu kontakton kaj entajpu la nomon de ĉi tiu firmao kiel ties firmaon.</translation>
    </message>
    <message>
        <source>No deals yet: add one with Ctrl+Shift+N and choose this company.</source>
        <translation>Ankoraŭ neniuj negocoj: aldonu iun per Ctrl+Shift+N kaj elektu ĉi tiun firmaon.</translation>
    </message>
    <message>
        <source>No calls or meetings yet: select a person and log one with Ctrl+L.</source>
        <translation>Ankoraŭ neniuj vokoj aŭ renkontiĝoj: elektu personon kaj registru iun per Ctrl+L.</translation>
    </message>
    <message>
        <source>No companies yet.

Add one with “New Company…”, or type a company when you add a contact: it is created with the contact.</source>
        <translation>Ankoraŭ neniuj firmaoj.

Aldonu iun per “Nova firmao…”, aŭ entajpu firmaon, kiam vi aldonas kontakton: ĝi estas kreata kune kun la kontakto.</translation>
    </message>
    <message>
        <source>Select a company to see its people, deals and history.</source>
        <translation>Elektu firmaon por vidi ĝiajn homojn, negocojn kaj historion.</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Ĉefsidejo</translation>
    </message>
    <message>
        <source>Branch of %1</source>
        <translation>Filio de %1</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sektoro</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Retejo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adreso</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Homoj (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Negocoj (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historio (%1)</translation>
    </message>
    <message>
        <source>Company added.</source>
        <translation>Firmao aldonita.</translation>
    </message>
    <message>
        <source>Branch added.</source>
        <translation>Filio aldonita.</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation>Firmao konservita.</translation>
    </message>
    <message>
        <source>Archive Company</source>
        <translation>Arkivigi firmaon</translation>
    </message>
    <message>
        <source>Archive %1? It leaves the list and search; its people, deals and history stay.</source>
        <translation>Ĉu arkivigi %1? Ĝi malaperas el la listo kaj la serĉo; ĝiaj homoj, negocoj kaj historio restas.</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>Teritorio</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Ĉiuj teritorioj</translation>
    </message>
    <message>
        <source>In no territory</source>
        <translation>En neniu teritorio</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyDialog</name>
    <message>
        <source>Edit Company</source>
        <translation>Redakti firmaon</translation>
    </message>
    <message>
        <source>New Branch</source>
        <translation>Nova filio</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>Nova firmao</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Ĉefsidejo</translation>
    </message>
    <message>
        <source>Empty for a head office; type to pick</source>
        <translation>Lasu malplena por ĉefsidejo; tajpu por elekti</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sektoro</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Retejo</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Strato</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Poŝtkodo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Urbo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Lando</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nomo:</translation>
    </message>
    <message>
        <source>&amp;Head office:</source>
        <translation>Ĉ&amp;efsidejo:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Sektoro:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Retejo:</translation>
    </message>
    <message>
        <source>&amp;Phone, email:</source>
        <translation>&amp;Telefono, retpoŝto:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>Str&amp;ato:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Loko:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otoj:</translation>
    </message>
    <message>
        <source>There is no company called “%1”: pick the head office from the list.</source>
        <translation>Ne ekzistas firmao nomata “%1”: elektu la ĉefsidejon el la listo.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyPicker</name>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>Type to pick a company</source>
        <translation>Tajpu por elekti firmaon</translation>
    </message>
    <message>
        <source>Several or no companies match “%1”: pick one from the list.</source>
        <translation>Pluraj aŭ neniuj firmaoj kongruas kun “%1”: elektu unu el la listo.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyTreeModel</name>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Homoj</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sektoro</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Urbo</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>Teritorio</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactCard</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redakti…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>Re&amp;gistri interagon…</translation>
    </message>
    <message>
        <source>Log a call, meeting, email or note (Ctrl+L)</source>
        <translation>Registri vokon, renkontiĝon, retleteron aŭ noton (Ctrl+L)</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>Nova &amp;negoco…</translation>
    </message>
    <message>
        <source>Something this contact may buy, for the pipeline (Ctrl+Shift+N)</source>
        <translation>Io, kion ĉi tiu kontakto eble aĉetos, por la vendofluo (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>Ŝ&amp;anĝoj…</translation>
    </message>
    <message>
        <source>What was changed in this contact, when and by whom</source>
        <translation>Kio estis ŝanĝita en ĉi tiu kontakto, kiam kaj de kiu</translation>
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation>Marki &amp;solvita</translation>
    </message>
    <message>
        <source>The newest open complaint is resolved now</source>
        <translation>La plej nova malfermita plendo estas nun solvita</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historio</translation>
    </message>
    <message>
        <source>Interaction history</source>
        <translation>Historio de interagoj</translation>
    </message>
    <message>
        <source>No history yet: log a call, meeting or note with Ctrl+L.</source>
        <translation>Ankoraŭ neniu historio: registru vokon, renkontiĝon aŭ noton per Ctrl+L.</translation>
    </message>
    <message>
        <source>Resolve or Reopen Complaint</source>
        <translation>Solvi aŭ remalfermi plendon</translation>
    </message>
    <message>
        <source>No contacts here yet.

Add one with Ctrl+N, clear the search or filter, or try the demo database: Help&#xa0;→&#xa0;Open&#xa0;Demo&#xa0;Database.</source>
        <translation>Ankoraŭ neniuj kontaktoj ĉi tie.

Aldonu iun per Ctrl+N, viŝu la serĉon aŭ filtrilon, aŭ provu la demonstran datumbazon: Helpo → Malfermi demonstran datumbazon.</translation>
    </message>
    <message>
        <source>Select a contact to see its details and history.</source>
        <translation>Elektu kontakton por vidi ĝiajn detalojn kaj historion.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>Email (%1)</source>
        <translation>Retpoŝto (%1)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation>Telefono (%1)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Naskiĝtago</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adreso</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Interesatfonto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etikedoj</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Lasta kontakto</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Sekva paŝo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open complaint(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln malfermita plendo&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln malfermitaj plendoj&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Ekde %1: %2</translation>
    </message>
    <message>
        <source>work</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>labora</translation>
    </message>
    <message>
        <source>home</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>hejma</translation>
    </message>
    <message>
        <source>mobile</source>
        <comment>a phone number&apos;s label</comment>
        <translation>poŝa</translation>
    </message>
    <message>
        <source>fax</source>
        <comment>a phone number&apos;s label</comment>
        <translation>faksilo</translation>
    </message>
    <message>
        <source>other</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>alia</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <comment>a scoring rule and the points it gave</comment>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>%1 −%2</source>
        <comment>a scoring rule and the points it took</comment>
        <translation>%1 −%2</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Interesatpoentaro</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Redakti kontakton</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nova kontakto</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Antaŭnomo</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familia nomo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>Type to pick or add a company</source>
        <translation>Tajpu por elekti aŭ aldoni firmaon</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Posteno</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nomo@example.com</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>Dua retpoŝto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+44 20 7946 0958</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Poŝtelefono</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Naskiĝtago</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nekonata</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Strato</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Poŝtkodo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Urbo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiono</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Lando</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Interesatfonto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nekonata</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etikedoj</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, newsletter</source>
        <translation>Apartigitaj per komoj, ekz. vip, informilo</translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation>Resti en kontakto ĉiujn</translation>
    </message>
    <message>
        <source> days</source>
        <translation> tagojn</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sen memorigo</translation>
    </message>
    <message>
        <source>Today lists the contact when this many days pass without a call, meeting or note.</source>
        <translation>La paĝo Hodiaŭ montras la kontakton, kiam tiom da tagoj pasas sen voko, renkontiĝo aŭ noto.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nomo:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firmao:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Posteno:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>R&amp;etpoŝto:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Na&amp;skiĝtago:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>St&amp;rato:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Loko:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Re&amp;giono:</translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation>&amp;Interesatfonto:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Vendisto:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;kedoj:</translation>
    </message>
    <message>
        <source>Stay in &amp;touch every:</source>
        <translation>Resti en kontakto ĉi&amp;ujn:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otoj:</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Vivcikla etapo</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <comment>lifecycle stage</comment>
        <translation>Et&amp;apo:</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Kial?</translation>
    </message>
    <message>
        <source>Why is %1 disqualified?</source>
        <translation>Kial %1 estas malkvalifikita?</translation>
    </message>
    <message>
        <source>Why does %1 go back to %2?</source>
        <translation>Kial %1 revenas al %2?</translation>
    </message>
    <message>
        <source>By the assignment rules</source>
        <translation>Laŭ la atribuaj reguloj</translation>
    </message>
    <message>
        <source>Nobody</source>
        <comment>no owner</comment>
        <translation>Neniu</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactFilterBar</name>
    <message>
        <source>Archived</source>
        <translation>Arkivigitaj</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtrilo de vendisto</translation>
    </message>
    <message>
        <source>Lead source filter</source>
        <translation>Filtrilo de interesatfonto</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtrilo de etikedo</translation>
    </message>
    <message>
        <source>Last contact filter</source>
        <translation>Filtrilo de lasta kontakto</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>Ajna lasta kontakto</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Sen kontakto dum %Ln tago</numerusform>
            <numerusform>Sen kontakto dum %Ln tagoj</numerusform>
        </translation>
    </message>
    <message>
        <source>Data problem filter</source>
        <translation>Filtrilo de datumproblemoj</translation>
    </message>
    <message>
        <source>Any data</source>
        <translation>Ĉiuj datumoj</translation>
    </message>
    <message>
        <source>No email and no phone</source>
        <translation>Nek retpoŝto nek telefono</translation>
    </message>
    <message>
        <source>Email that is not one</source>
        <translation>Nevalida retpoŝtadreso</translation>
    </message>
    <message>
        <source>Phone number not valid</source>
        <translation>Nevalida telefonnumero</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sen vendisto</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>Sen interesatfonto</translation>
    </message>
    <message>
        <source>Import filter</source>
        <translation>Filtrilo de importo</translation>
    </message>
    <message>
        <source>From any import</source>
        <translation>El iu ajn importo</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Ĉiuj vendistoj</translation>
    </message>
    <message>
        <source>All lead sources</source>
        <translation>Ĉiuj fontoj</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Ĉiuj etikedoj</translation>
    </message>
    <message>
        <source>From import %1</source>
        <translation>El importo %1</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtrilo de etapo</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Ĉiuj etapoj</translation>
    </message>
    <message>
        <source>More Filters…</source>
        <translation>Pliaj filtriloj…</translation>
    </message>
    <message>
        <source>Filter by any field: a range of amounts, dates, choices, text</source>
        <translation>Filtri laŭ iu ajn kampo: intervalo de sumoj aŭ datoj, elektoj, teksto</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Forigi ĉi tiun filtrilon</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Forigi la filtrilon %1</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <comment>an RFM segment</comment>
        <translation>Klientoj: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactListModel</name>
    <message>
        <source>The contacts could not be counted.</source>
        <translation>La kontaktoj ne povis esti kalkulitaj.</translation>
    </message>
    <message>
        <source>The contacts could not be searched.</source>
        <translation>La kontaktoj ne povis esti traserĉitaj.</translation>
    </message>
    <message>
        <source>The contacts could not be sorted.</source>
        <translation>La kontaktoj ne povis esti ordigitaj.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>Posteno</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Interesatfonto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Lasta kontakto</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aldonita</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>%1 (%2), a field of your own</source>
        <comment>column header: field label, type</comment>
        <translation>%1 (%2), via propra kampo</translation>
    </message>
    <message>
        <source>The customer&apos;s RFM segment, from the deals won in the last two years (Reports → Customers); empty for contacts who bought nothing in that time.</source>
        <translation>La RFM-segmento de la kliento, el la negocoj gajnitaj en la lastaj du jaroj (Raportoj → Klientoj); malplena por kontaktoj, kiuj aĉetis nenion en tiu tempo.</translation>
    </message>
    <message>
        <source>Segment</source>
        <comment>a customer&apos;s RFM segment</comment>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Score</source>
        <comment>a contact&apos;s lead score</comment>
        <translation>Poentaro</translation>
    </message>
    <message>
        <source>The lead score, 0 to 100, from the scoring rules; the card says which rules gave it.</source>
        <translation>La interesatpoentaro, 0 ĝis 100, el la poentadaj reguloj; la karto diras, kiuj reguloj donis ĝin.</translation>
    </message>
    <message>
        <source>The first sales territory that holds the contact&apos;s address (Settings → Territories).</source>
        <translation>La unua venda teritorio, kiu enhavas la adreson de la kontakto (Agordoj → Teritorioj).</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>Teritorio</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactPicker</name>
    <message>
        <source>Contact</source>
        <translation>Kontakto</translation>
    </message>
    <message>
        <source>Type a name, company, email or phone</source>
        <translation>Tajpu nomon, firmaon, retpoŝtadreson aŭ telefonon</translation>
    </message>
    <message>
        <source>Several or no contacts match “%1”: pick one from the list.</source>
        <translation>Pluraj aŭ neniuj kontaktoj kongruas kun “%1”: elektu unu el la listo.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactsPage</name>
    <message>
        <source>Search contacts</source>
        <translation>Serĉi kontaktojn</translation>
    </message>
    <message>
        <source>Search names, companies, emails, phones… (Ctrl+F)</source>
        <translation>Serĉi nomojn, firmaojn, retpoŝtadresojn, telefonojn… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktoj</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumnoj</translation>
    </message>
    <message>
        <source>Change Selected</source>
        <translation>Ŝanĝi elektitajn</translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation>Agordi &amp;vendiston…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Aldoni &amp;etikedon…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkivigi</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Kontakto aldonita.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakto konservita.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Serĉado…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordigado…</translation>
    </message>
    <message>
        <source>%L1+ contacts, counting…</source>
        <translation>%L1+ kontaktoj, kalkulado…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakto</numerusform>
            <numerusform>%Ln kontaktoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · %Ln elektita</numerusform>
            <numerusform>%1 · %Ln elektitaj</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at most %L1 contacts for one change; filters narrow the list.</source>
        <translation>Elektu maksimume %L1 kontaktojn por unu ŝanĝo; filtriloj mallongigas la liston.</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>Agordi vendiston</translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Vendisto de la %Ln elektita kontakto:</numerusform>
            <numerusform>Vendisto de la %Ln elektitaj kontaktoj:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner “%1” set for %n contact(s).</source>
        <translation>
            <numerusform>Vendisto “%1” agordita por %Ln kontakto.</numerusform>
            <numerusform>Vendisto “%1” agordita por %Ln kontaktoj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Aldoni etikedon</translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Etikedo por la %Ln elektita kontakto:</numerusform>
            <numerusform>Etikedo por la %Ln elektitaj kontaktoj:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” added to %n contact(s).</source>
        <translation>
            <numerusform>Etikedo “%1” aldonita al %Ln kontakto.</numerusform>
            <numerusform>Etikedo “%1” aldonita al %Ln kontaktoj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive contacts</source>
        <translation>Arkivigi kontaktojn</translation>
    </message>
    <message numerus="yes">
        <source>Archive the %Ln selected contact(s)? They leave the list and search and keep their history; File → Archive brings them back.</source>
        <translation>
            <numerusform>Ĉu arkivigi la %Ln elektitan kontakton? Ĝi malaperas el la listo kaj la serĉo kaj konservas sian historion; Dosiero → Arkivo revenigas ĝin.</numerusform>
            <numerusform>Ĉu arkivigi la %Ln elektitajn kontaktojn? Ili malaperas el la listo kaj la serĉo kaj konservas sian historion; Dosiero → Arkivo revenigas ilin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) archived.</source>
        <translation>
            <numerusform>%Ln kontakto arkivigita.</numerusform>
            <numerusform>%Ln kontaktoj arkivigitaj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore contact</source>
        <translation>Restarigi kontakton</translation>
    </message>
    <message>
        <source>Archive contact</source>
        <translation>Arkivigi kontakton</translation>
    </message>
    <message>
        <source>Archive %1? The contact leaves the list and search, keeps its history, and can be restored from the “Archived” filter.</source>
        <translation>Ĉu arkivigi %1? La kontakto malaperas el la listo kaj la serĉo, konservas sian historion kaj povas esti restarigita per la filtrilo “Arkivigitaj”.</translation>
    </message>
    <message>
        <source>Deal saved; it is on the pipeline board.</source>
        <translation>Negoco konservita; ĝi estas sur la tabulo de la vendofluo.</translation>
    </message>
    <message>
        <source>Set &amp;Stage…</source>
        <translation>Agordi e&amp;tapon…</translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation>Agordi etapon</translation>
    </message>
    <message numerus="yes">
        <source>Stage of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Etapo de la %Ln elektita kontakto:</numerusform>
            <numerusform>Etapo de la %Ln elektitaj kontaktoj:</numerusform>
        </translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Kial?</translation>
    </message>
    <message>
        <source>Why do they go to %1? (Kept with each move.)</source>
        <translation>Kial ili iras al %1? (Konservata kun ĉiu movo.)</translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1” set for %Ln contact(s).</source>
        <translation>
            <numerusform>Etapo “%1” agordita por %Ln kontakto.</numerusform>
            <numerusform>Etapo “%1” agordita por %Ln kontaktoj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your fields</source>
        <translation>Viaj kampoj</translation>
    </message>
    <message>
        <source>Set &amp;Field…</source>
        <translation>Agordi &amp;kampon…</translation>
    </message>
    <message>
        <source>Set Field</source>
        <translation>Agordi kampon</translation>
    </message>
    <message>
        <source>The contacts have no fields of your own yet: add them in Settings → Fields.</source>
        <translation>La kontaktoj ankoraŭ ne havas proprajn kampojn: aldonu ilin en Agordoj → Kampoj.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” emptied for %Ln contact(s).</source>
        <translation>
            <numerusform>“%1” malplenigita por %Ln kontakto.</numerusform>
            <numerusform>“%1” malplenigita por %Ln kontaktoj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” set for %Ln contact(s).</source>
        <translation>
            <numerusform>“%1” agordita por %Ln kontakto.</numerusform>
            <numerusform>“%1” agordita por %Ln kontaktoj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner (by hand or by the assignment rules), stage, a tag, a field or archiving for all selected contacts at once (select with Shift or Ctrl)</source>
        <translation>Vendisto (permane aŭ laŭ la atribuaj reguloj), etapo, etikedo, kampo aŭ arkivigo por ĉiuj elektitaj kontaktoj samtempe (elektu per Shift aŭ Ctrl)</translation>
    </message>
    <message>
        <source>Apply Assignment &amp;Rules…</source>
        <translation>Apliki atribuajn &amp;regulojn…</translation>
    </message>
    <message>
        <source>Apply Assignment Rules</source>
        <translation>Apliki atribuajn regulojn</translation>
    </message>
    <message>
        <source>There are no assignment rules yet (or all are switched off): add them in Settings → Assignment.</source>
        <translation>Ankoraŭ ne ekzistas atribuaj reguloj (aŭ ĉiuj estas malŝaltitaj): aldonu ilin en Agordoj → Atribuado.</translation>
    </message>
    <message numerus="yes">
        <source>No owner changes: the rules give the %Ln selected contact(s) the owners they have, or no rule holds for them.</source>
        <translation>
            <numerusform>Neniu vendisto ŝanĝiĝas: la reguloj donas al la %Ln elektita kontakto la vendiston, kiun ĝi jam havas, aŭ neniu regulo validas por ĝi.</numerusform>
            <numerusform>Neniu vendisto ŝanĝiĝas: la reguloj donas al la %Ln elektitaj kontaktoj la vendistojn, kiujn ili jam havas, aŭ neniu regulo validas por ili.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1: %Ln to %2</source>
        <comment>rule: 3 to Anna</comment>
        <translation>
            <numerusform>• %1: %Ln al %2</numerusform>
            <numerusform>• %1: %Ln al %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected contacts change owner:</source>
        <translation>
            <numerusform>%Ln el la elektitaj kontaktoj ŝanĝas vendiston:</numerusform>
            <numerusform>%Ln el la elektitaj kontaktoj ŝanĝas vendiston:</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of each says which rule gave it its owner. Ctrl+Z takes it all back.</source>
        <translation>La historio de ĉiu diras, kiu regulo donis al ĝi ĝian vendiston. Ctrl+Z malfaras ĉion.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) got an owner from the assignment rules.</source>
        <translation>
            <numerusform>%Ln kontakto ricevis vendiston laŭ la atribuaj reguloj.</numerusform>
            <numerusform>%Ln kontaktoj ricevis vendiston laŭ la atribuaj reguloj.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomFieldDialog</name>
    <message>
        <source>Change Field</source>
        <translation>Ŝanĝi kampon</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Aldoni kampon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>e.g. Budget</source>
        <translation>ekz. Buĝeto</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ŝlosilo</translation>
    </message>
    <message>
        <source>e.g. budget</source>
        <translation>ekz. budget</translation>
    </message>
    <message>
        <source>What files, imports and scripts call the field: lower-case letters a–z, digits and underscores. A CSV column with this header (or the name) fills the field.</source>
        <translation>Kiel dosieroj, importoj kaj skriptoj nomas la kampon: minuskloj a–z, ciferoj kaj substrekoj. CSV-kolumno kun ĉi tiu kaplinio (aŭ kun la nomo) plenigas la kampon.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Elektoj</translation>
    </message>
    <message>
        <source>Double-click a choice to rename it: the contacts that have it keep it under its new name. Drag to put them in order.</source>
        <translation>Duoble alklaku elekton por renomi ĝin: la kontaktoj, kiuj havas ĝin, konservas ĝin sub ĝia nova nomo. Trenu por ordigi ilin.</translation>
    </message>
    <message>
        <source>Add C&amp;hoice</source>
        <translation>&amp;Aldoni elekton</translation>
    </message>
    <message>
        <source>Remo&amp;ve Choice</source>
        <translation>&amp;Forigi elekton</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuto</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>A value must be &amp;given</source>
        <translation>Valoro devas esti &amp;donita</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nomo:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Ŝ&amp;losilo:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Elektoj:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuto:</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>Nova elekto</translation>
    </message>
    <message>
        <source>Make “%1” a field of type %2? Every value it holds converts.</source>
        <translation>Ĉu igi “%1” kampo de la tipo %2? Ĉiu valoro, kiun ĝi enhavas, konvertiĝas.</translation>
    </message>
    <message numerus="yes">
        <source>Make “%1” a field of type %2? %Ln value(s) cannot be converted and will be removed; the others are kept.</source>
        <translation>
            <numerusform>Ĉu igi “%1” kampo de la tipo %2? %Ln valoro ne povas esti konvertita kaj estos forigita; la aliaj restas.</numerusform>
            <numerusform>Ĉu igi “%1” kampo de la tipo %2? %Ln valoroj ne povas esti konvertitaj kaj estos forigitaj; la aliaj restas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Ŝanĝi tipon</translation>
    </message>
    <message>
        <source>The &amp;search finds its text</source>
        <translation>La &amp;serĉo trovas ĝian tekston</translation>
    </message>
    <message>
        <source>Typed in the contacts&apos; search box or in Search everything, a word of this field finds the contact.</source>
        <translation>Vorto el ĉi tiu kampo, tajpita en la serĉkampon de kontaktoj aŭ en Serĉi ĉie, trovas la kontakton.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomFieldsForm</name>
    <message>
        <source>%1 *:</source>
        <comment>a required field&apos;s label</comment>
        <translation>%1 *:</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Required. Key in files and scripts: %1</source>
        <translation>Deviga. Ŝlosilo en dosieroj kaj skriptoj: %1</translation>
    </message>
    <message>
        <source>Key in files and scripts: %1</source>
        <translation>Ŝlosilo en dosieroj kaj skriptoj: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ne agordita</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no choice made</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Detalo&amp;j</translation>
    </message>
    <message>
        <source>&amp;More fields</source>
        <translation>Pliaj ka&amp;mpoj</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomersReportView</name>
    <message>
        <source>Show</source>
        <translation>Montri</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Laŭ segmento</translation>
    </message>
    <message>
        <source>Recency by frequency</source>
        <translation>Lastatempeco laŭ ofteco</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klientoj</translation>
    </message>
    <message>
        <source>Customers in each segment</source>
        <translation>Klientoj en ĉiu segmento</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>klientoj</translation>
    </message>
    <message>
        <source>No deal in %1 was won in the two years to %2: customers appear here once deals are won.</source>
        <translation>Neniu negoco en %1 estis gajnita en la du jaroj ĝis %2: klientoj aperas ĉi tie, tuj kiam negocoj estas gajnitaj.</translation>
    </message>
    <message>
        <source>Customers: contacts with a deal won in the two years up to the period&apos;s last day (today while the period runs), in the default currency. Recency: days since the last won deal; frequency: won deals; monetary: their sum. Each is scored 1 to 5 by the share of customers at or below it (for recency: with a last deal as old or older), so that the most recent, most frequent and biggest score 5 and ties share a score.</source>
        <translation>Klientoj: kontaktoj kun negoco gajnita en la du jaroj ĝis la lasta tago de la periodo (hodiaŭ, dum la periodo daŭras), en la implicita valuto. Lastatempeco: tagoj ekde la lasta gajnita negoco; ofteco: gajnitaj negocoj; mona valoro: ilia sumo. Ĉiu ricevas poentaron de 1 ĝis 5 laŭ la proporcio de klientoj je aŭ sub ĝi (por lastatempeco: kun same malnova aŭ pli malnova lasta negoco), tiel ke la plej lastatempaj, plej oftaj kaj plej grandaj ricevas 5 kaj egalaj valoroj dividas poentaron.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Customer segments by their recency (R) and frequency (F) scores.</source>
        <translation>Klientsegmentoj laŭ siaj poentaroj de lastatempeco (R) kaj ofteco (F).</translation>
    </message>
    <message>
        <source>Customers in the segment.</source>
        <translation>Klientoj en la segmento.</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>of the customers</comment>
        <translation>Proporcio</translation>
    </message>
    <message>
        <source>The segment&apos;s share of all customers.</source>
        <translation>La proporcio de la segmento inter ĉiuj klientoj.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Enspezo</translation>
    </message>
    <message>
        <source>The won deals of the segment&apos;s customers in the two years, in the default currency.</source>
        <translation>La gajnitaj negocoj de la klientoj de la segmento en la du jaroj, en la implicita valuto.</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Proporcio de enspezo</translation>
    </message>
    <message>
        <source>The segment&apos;s share of the revenue.</source>
        <translation>La proporcio de la segmento en la enspezo.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Poentaroj</translation>
    </message>
    <message>
        <source>Which recency and frequency scores make the segment.</source>
        <translation>Kiuj poentaroj de lastatempeco kaj ofteco faras la segmenton.</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>Lastatempeco</translation>
    </message>
    <message>
        <source>R 5: the most recent fifth of the customers; R 1: the longest ago.</source>
        <translation>R 5: la plej lastatempa kvinono de la klientoj; R 1: la plej malnova.</translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>Customers whose frequency score is %1 (5: the most won deals), and the revenue they brought; the tooltip gives their segment.</source>
        <translation>Klientoj, kies poentaro de ofteco estas %1 (5: la plej multaj gajnitaj negocoj), kaj la enspezo, kiun ili alportis; la ŝpruchelpilo diras ilian segmenton.</translation>
    </message>
    <message>
        <source>R 5 (most recent)</source>
        <translation>R 5 (plej lastatempaj)</translation>
    </message>
    <message>
        <source>R 1 (longest ago)</source>
        <translation>R 1 (plej malnovaj)</translation>
    </message>
    <message>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>Klientoj: %1</translation>
    </message>
    <message>
        <source>Customers with R %1 and F %2 (%3)</source>
        <translation>Klientoj kun R %1 kaj F %2 (%3)</translation>
    </message>
    <message>
        <source>Customers with R %1</source>
        <translation>Klientoj kun R %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; customer(s) in the two years to %1 brought &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; in “%4” or “%5”</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; kliento en la du jaroj ĝis %1 alportis &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; en “%4” aŭ “%5”</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; klientoj en la du jaroj ĝis %1 alportis &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; en “%4” aŭ “%5”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln won deal(s) in other currencies left out</source>
        <translation>
            <numerusform>%1 · %Ln gajnita negoco en aliaj valutoj estas ellasita</numerusform>
            <numerusform>%1 · %Ln gajnitaj negocoj en aliaj valutoj estas ellasitaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln customer(s) · %2</source>
        <translation>
            <numerusform>%1 · %Ln kliento · %2</numerusform>
            <numerusform>%1 · %Ln klientoj · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::DailyBackup</name>
    <message>
        <source>Daily backup saved in %1.</source>
        <translation>Ĉiutaga sekurkopio konservita en %1.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La ĉiutaga sekurkopio malsukcesis: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DataHealthDialog</name>
    <message>
        <source>Data Health</source>
        <translation>Datumkvalito</translation>
    </message>
    <message>
        <source> months</source>
        <translation> monatoj</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrolo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktoj</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Kion ĝi signifas</translation>
    </message>
    <message>
        <source>&amp;Show on the Contacts Page</source>
        <translation>&amp;Montri en la paĝo Kontaktoj</translation>
    </message>
    <message>
        <source>&amp;Inactive after:</source>
        <translation>&amp;Neaktiva post:</translation>
    </message>
    <message>
        <source>On the Contacts page, Ctrl+A selects them all and Change Selected sets an owner, a status or a tag, or archives them.</source>
        <translation>En la paĝo Kontaktoj, Ctrl+A elektas ĉiujn, kaj “Ŝanĝi elektitajn” agordas vendiston, staton aŭ etikedon, aŭ arkivigas ilin.</translation>
    </message>
    <message>
        <source>Checking the contacts…</source>
        <translation>Kontrolado de la kontaktoj…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DatabaseDamageDialog</name>
    <message>
        <source>The Database Is Damaged</source>
        <translation>La datumbazo estas difektita</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kontor found damage in this database.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontor trovis difekton en ĉi tiu datumbazo.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A bad disk sector or a copy cut short can do this. What is saved from now on may be lost with the damaged part, and the daily backup will not copy a damaged file. Choose how to go on:</source>
        <translation>Difektita disksektoro aŭ interrompita kopio povas kaŭzi tion. Kion vi konservos de nun, povas perdiĝi kun la difektita parto, kaj la ĉiutaga sekurkopio ne kopios difektitan dosieron. Elektu, kiel daŭrigi:</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restarigi sekurkopion…</translation>
    </message>
    <message>
        <source>Puts the newest backup made before the damage in place of this file; the dialog shows when each was made, so you see what would be lost since.</source>
        <translation>Metas la plej novan sekurkopion faritan antaŭ la difekto anstataŭ ĉi tiu dosiero; la dialogo montras, kiam ĉiu estis farita, do vi vidas, kio perdiĝus ekde tiam.</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Ankoraŭ ne ekzistas sekurkopio de ĉi tiu datumbazo.</translation>
    </message>
    <message>
        <source>&amp;Save What Can Be Read…</source>
        <translation>&amp;Savi la legeblan…</translation>
    </message>
    <message>
        <source>Copies every row that can still be read into a new file and opens it; this file stays as it is.</source>
        <translation>Kopias ĉiun ankoraŭ legeblan vicon en novan dosieron kaj malfermas ĝin; ĉi tiu dosiero restas, kia ĝi estas.</translation>
    </message>
    <message>
        <source>Read &amp;Only</source>
        <translation>Nur &amp;legi</translation>
    </message>
    <message>
        <source>Keeps this file open to look things up, and changes nothing in it.</source>
        <translation>Tenas ĉi tiun dosieron malfermita por serĉi aferojn, kaj ŝanĝas nenion en ĝi.</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Daŭrigi laboron</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DatabaseProblemDialog</name>
    <message>
        <source>Kontor cannot open this database</source>
        <translation>Kontor ne povas malfermi ĉi tiun datumbazon</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>&amp;Malfermi alian dosieron…</translation>
    </message>
    <message>
        <source>&amp;Create New Database…</source>
        <translation>&amp;Krei novan datumbazon…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ĉe&amp;si</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Malfermi datumbazon</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite *.db);;All files (*)</source>
        <translation>Datumbazoj de Kontor (*.sqlite *.db);;Ĉiuj dosieroj (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nova datumbazo</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>Datumbazoj de Kontor (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealCardModel</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%Ln tago en la etapo</numerusform>
            <numerusform>%Ln tagoj en la etapo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in the stage, on a narrow card</comment>
        <translation>
            <numerusform>%Ln t</numerusform>
            <numerusform>%Ln t</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln tago</numerusform>
            <numerusform>%Ln tagoj</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>, stale</source>
        <translation>, stagnanta</translation>
    </message>
    <message>
        <source>, expected to close %1</source>
        <translation>, atendata fermo %1</translation>
    </message>
    <message>
        <source>, lost: %1</source>
        <translation>, perdita: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealDialog</name>
    <message>
        <source>Edit Deal</source>
        <translation>Redakti negocon</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Nova negoco</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal</comment>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>What is sold, e.g. 40 office chairs</source>
        <translation>Kio estas vendata, ekz. 40 oficejaj seĝoj</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation>Kialo de la perdo de la negoco</translation>
    </message>
    <message>
        <source>e.g. price too high, chose a competitor</source>
        <translation>ekz. tro alta prezo, elektis konkuranton</translation>
    </message>
    <message>
        <source>Lost &amp;because:</source>
        <translation>Per&amp;dita ĉar:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Interesatfonto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nekonata</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Atendata fermo</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ne agordita</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakto:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Sumo:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapo:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Vendisto:</translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation>&amp;Interesatfonto:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;Atendata fermo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notoj:</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>“%1” ne estas sumo en %2.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealTableModel</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (stagnanta)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negoco</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Tagoj en la etapo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Atendata fermo</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DerivedDataKeeper</name>
    <message>
        <source>The customers&apos; segments and the scores could not be read.</source>
        <translation>La segmentoj de la klientoj kaj la poentaroj ne povis esti legitaj.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DuplicatesDialog</name>
    <message>
        <source>First name</source>
        <translation>Antaŭnomo</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familia nomo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>Posteno</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Naskiĝtago</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adreso</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Interesatfonto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>Trovi duoblaĵojn</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontaktoj</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;Firmaoj</translation>
    </message>
    <message>
        <source>&amp;Find Duplicates</source>
        <translation>&amp;Trovi duoblaĵojn</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Certeco</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Unua</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Dua</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kialo</translation>
    </message>
    <message>
        <source>Keep the fi&amp;rst</source>
        <translation>Konservi la &amp;unuan</translation>
    </message>
    <message>
        <source>Keep the &amp;second</source>
        <translation>Konservi la &amp;duan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kampo</translation>
    </message>
    <message>
        <source>The two records of the pair chosen above show here, side by side.</source>
        <translation>La du rikordoj de la supre elektita paro aperas ĉi tie, unu apud la alia.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Kunfand&amp;i</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation>&amp;Ne duoblaĵoj</translation>
    </message>
    <message>
        <source>Click the value to keep in each row. Emails, phone numbers and tags of both are kept; the calls, meetings, deals and reminders of both end up with the record kept.</source>
        <translation>Alklaku la konservotan valoron en ĉiu vico. La retpoŝtadresoj, telefonnumeroj kaj etikedoj de ambaŭ estas konservataj; la vokoj, renkontiĝoj, negocoj kaj memorigoj de ambaŭ iras al la konservata rikordo.</translation>
    </message>
    <message>
        <source>Press Find Duplicates to look for contacts entered twice.</source>
        <translation>Premu “Trovi duoblaĵojn” por serĉi kontaktojn enigitajn dufoje.</translation>
    </message>
    <message>
        <source>Press Find Duplicates to look for companies entered twice.</source>
        <translation>Premu “Trovi duoblaĵojn” por serĉi firmaojn enigitajn dufoje.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Serĉado de duoblaĵoj…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <source>No pairs to look at: none were found, or each one was merged or set aside.</source>
        <translation>Neniuj paroj por rigardi: neniu estis trovita, aŭ ĉiu estis kunfandita aŭ flankenmetita.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Neniuj duoblaĵoj trovitaj.</translation>
    </message>
    <message>
        <source>%1 pairs; the %2 most certain are listed.</source>
        <translation>%1 paroj; la %2 plej certaj estas listigitaj.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s).</source>
        <translation>
            <numerusform>%Ln paro.</numerusform>
            <numerusform>%Ln paroj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Retejo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Urbo</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Retpoŝtadresoj</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonoj</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etikedoj</translation>
    </message>
    <message>
        <source>Making a backup before merging…</source>
        <translation>Farado de sekurkopio antaŭ la kunfando…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Kunfandi</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was merged: %1</source>
        <translation>Neniu sekurkopio povis esti farita, do nenio estis kunfandita: %1</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Kunfandi kontaktojn</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>Kunfandi firmaojn</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n pair(s) left.</source>
        <translation>
            <numerusform>Kunfandita. Restas %Ln paro.</numerusform>
            <numerusform>Kunfandita. Restas %Ln paroj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Duplicates</source>
        <translation>Ne duoblaĵoj</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>Etapo</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldConditionEditor</name>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>Posteno</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Urbo</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>part of a country</comment>
        <translation>Regiono</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Poŝtkodo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aldonita</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Lasta kontakto</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Interesatpoentaro</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Interesatfonto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Lando</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etikedo</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Ĝis</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range of values: 10 to 20</comment>
        <translation>ĝis</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Kampo:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>K&amp;ondiĉo:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valoro:</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>estas inter</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>estas almenaŭ</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>estas maksimume</translation>
    </message>
    <message>
        <source>is</source>
        <comment>a value equals</comment>
        <translation>estas</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>estas je aŭ post</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>estas je aŭ antaŭ</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>estas je</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>estas iu el</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>estas neniu el</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enhavas</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ne estas</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>estas malplena</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ne estas malplena</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Sumo en %1</translation>
    </message>
    <message>
        <source>the field&apos;s currency</source>
        <translation>la valuto de la kampo</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Tajpu nombron.</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 estas malplena</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 ne estas malplena</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 je %2</translation>
    </message>
    <message>
        <source>%1 on or after %2</source>
        <translation>%1 je aŭ post %2</translation>
    </message>
    <message>
        <source>%1 on or before %2</source>
        <translation>%1 je aŭ antaŭ %2</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>La intervalo finiĝas antaŭ ol ĝi komenciĝas.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 ĝis %3</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tick at least one choice.</source>
        <translation>Marku almenaŭ unu elekton.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the choices of a filter</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 estas neniu el %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 estas unu el %2</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Tajpu, kion serĉi.</translation>
    </message>
    <message>
        <source>%1 is “%2”</source>
        <translation>%1 estas “%2”</translation>
    </message>
    <message>
        <source>%1 is not “%2”</source>
        <translation>%1 ne estas “%2”</translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <translation>%1 enhavas “%2”</translation>
    </message>
    <message>
        <source>%1 (company)</source>
        <comment>a field of the contact&apos;s company: Industry (company)</comment>
        <translation>%1 (firmao)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sektoro</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>Teritorio</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldFilterDialog</name>
    <message>
        <source>Filter by Field</source>
        <translation>Filtri laŭ kampo</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtri</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldSettingsPage</name>
    <message>
        <source>Fields of</source>
        <translation>Kampoj de</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktoj</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmaoj</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocoj</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>M&amp;ontri arkivigitajn</translation>
    </message>
    <message>
        <source>Your fields</source>
        <translation>Viaj kampoj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ŝlosilo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Deviga</translation>
    </message>
    <message>
        <source>&amp;Add Field…</source>
        <translation>A&amp;ldoni kampon…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ŝa&amp;nĝi…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Movi &amp;supren</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Movi &amp;malsupren</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>&amp;Arkivigi</translation>
    </message>
    <message>
        <source>Add &amp;Qualification Fields</source>
        <translation>Aldoni kvali&amp;fikajn kampojn</translation>
    </message>
    <message>
        <source>Budget, Need, Timeline, Decision maker, Authority, Competitors, Objections and Lead status, for contacts: ordinary fields afterwards, to change or archive.</source>
        <translation>Buĝeto, Bezono, Tempoplano, Decidanto, Decidpovo, Konkurantoj, Obĵetoj kaj Stato de interesato, por kontaktoj: poste ordinaraj kampoj, ŝanĝeblaj kaj arkivigeblaj.</translation>
    </message>
    <message>
        <source>Fields &amp;of:</source>
        <translation>Kampoj &amp;de:</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkivigita)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jes</translation>
    </message>
    <message>
        <source>Resto&amp;re</source>
        <translation>Res&amp;tarigi</translation>
    </message>
    <message>
        <source>A contact&apos;s own fields are on the “More fields” page of its dialog and on its card; scripts reach them by key (kontor-cli field, contact --set, contacts --where). Archiving hides a field and keeps its values.</source>
        <translation>La propraj kampoj de kontakto estas en la paĝo “Pliaj kampoj” de ĝia dialogo kaj sur ĝia karto; skriptoj atingas ilin per ŝlosilo (kontor-cli field, contact --set, contacts --where). Arkivigo kaŝas kampon kaj konservas ĝiajn valorojn.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ForecastReportView</name>
    <message>
        <source>Expected close</source>
        <translation>Atendata fermo</translation>
    </message>
    <message>
        <source>The month the deals are expected to close; overdue months come first.</source>
        <translation>La monato, en kiu la negocoj estas atendataj fermiĝi; malfruaj monatoj venas unue.</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>The deals&apos; owner.</source>
        <translation>La vendisto de la negocoj.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocoj</translation>
    </message>
    <message>
        <source>Open deals expected to close in the month.</source>
        <translation>Malfermitaj negocoj, atendataj fermiĝi en la monato.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>Their amounts.</source>
        <translation>Iliaj sumoj.</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pezita</translation>
    </message>
    <message>
        <source>Their amounts times the probability of their stage.</source>
        <translation>Iliaj sumoj multiplikitaj per la probablo de ilia etapo.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Malfruaj</translation>
    </message>
    <message>
        <source>Deals whose expected close date has passed while they are still open.</source>
        <translation>Negocoj, kies atendata fermdato pasis, dum ili ankoraŭ estas malfermitaj.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sen dato</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(neniu)</translation>
    </message>
    <message>
        <source>Open deals by expected close</source>
        <translation>Malfermitaj negocoj laŭ atendata fermo</translation>
    </message>
    <message>
        <source>No open deals: add one with Ctrl+Shift+N and give it an expected close date.</source>
        <translation>Neniuj malfermitaj negocoj: aldonu iun per Ctrl+Shift+N kaj donu al ĝi atendatan fermdaton.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; open deal(s) are past their expected close date.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; malfermita negoco preterpasis sian atendatan fermdaton.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; malfermitaj negocoj preterpasis sian atendatan fermdaton.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deal is past its expected close date.</source>
        <translation>Neniu malfermita negoco preterpasis sian atendatan fermdaton.</translation>
    </message>
    <message>
        <source>Open deals expected in %1</source>
        <translation>Malfermitaj negocoj atendataj en %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FunnelReportView</name>
    <message>
        <source>Stage</source>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>The stages in the order of the pipeline.</source>
        <translation>La etapoj en la ordo de la vendofluo.</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atingis</translation>
    </message>
    <message>
        <source>Deals that first reached the stage in the period (a deal that skipped it is not counted; one that came back is counted once).</source>
        <translation>Negocoj, kiuj unuafoje atingis la etapon en la periodo (negoco, kiu preterlasis ĝin, ne estas kalkulata; negoco, kiu revenis, estas kalkulata unufoje).</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>Pluiris</translation>
    </message>
    <message>
        <source>Of those, the deals that have gone on to a later stage other than Lost.</source>
        <translation>El tiuj, la negocoj, kiuj pluiris al posta etapo krom Perdita.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konvertiĝo</translation>
    </message>
    <message>
        <source>Went on ÷ reached.</source>
        <translation>Pluiris ÷ atingis.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoro</translation>
    </message>
    <message>
        <source>The amounts of the deals that reached the stage.</source>
        <translation>La sumoj de la negocoj, kiuj atingis la etapon.</translation>
    </message>
    <message>
        <source>Days to go on</source>
        <translation>Tagoj ĝis pluiro</translation>
    </message>
    <message>
        <source>Average days those that went on took to, from first reaching the stage.</source>
        <translation>Mezuma nombro de tagoj, kiujn la pluirintaj negocoj bezonis ekde la unua atingo de la etapo.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocoj</translation>
    </message>
    <message>
        <source>Deals reaching each stage</source>
        <translation>Negocoj atingantaj ĉiun etapon</translation>
    </message>
    <message>
        <source>deals</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>negocoj</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; deals created · &lt;b&gt;%2&lt;/b&gt; won (%3) · &lt;b&gt;%4&lt;/b&gt; lost · win rate &lt;b&gt;%5&lt;/b&gt; · from created to won &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>Kreitaj negocoj: &lt;b&gt;%1&lt;/b&gt; · gajnitaj: &lt;b&gt;%2&lt;/b&gt; (%3) · perditaj: &lt;b&gt;%4&lt;/b&gt; · gajnokvoto &lt;b&gt;%5&lt;/b&gt; · de kreo ĝis gajno &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No deal moved in this period: add deals with Ctrl+Shift+N and move them on the pipeline, or choose a longer period.</source>
        <translation>Neniu negoco moviĝis en ĉi tiu periodo: aldonu negocojn per Ctrl+Shift+N kaj movu ilin en la vendofluo, aŭ elektu pli longan periodon.</translation>
    </message>
    <message>
        <source>Win rate: won ÷ (won + lost) in the period. From created to won: deals won in the period ÷ deals created in it.</source>
        <translation>Gajnokvoto: gajnitaj ÷ (gajnitaj + perditaj) en la periodo. De kreo ĝis gajno: negocoj gajnitaj en la periodo ÷ negocoj kreitaj en ĝi.</translation>
    </message>
    <message>
        <source>Deals that reached “%1”</source>
        <translation>Negocoj, kiuj atingis “%1”</translation>
    </message>
</context>
<context>
    <name>kontor::ui::GlobalSearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Serĉi ĉie</translation>
    </message>
    <message>
        <source>Names, companies, emails, phones, notes…</source>
        <translation>Nomoj, firmaoj, retpoŝtadresoj, telefonoj, notoj…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Serĉrezultoj</translation>
    </message>
    <message>
        <source>Type to search; Enter opens the highlighted result.</source>
        <translation>Tajpu por serĉi; Enter malfermas la emfazitan rezulton.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktoj</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmaoj</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocoj</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nenio trovita por “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s); Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%Ln rezulto; Enter malfermas la emfazitan.</numerusform>
            <numerusform>%Ln rezultoj; Enter malfermas la emfazitan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Importhistorio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosiero</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Kreitaj</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ĝisdatigitaj</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Kunfanditaj</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Preterlasitaj</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifuzitaj</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Malfarita</translation>
    </message>
    <message>
        <source>No imports yet: File → Import Contacts… (Ctrl+Shift+I) brings in a spreadsheet or a vCard file, and each import can be undone here.</source>
        <translation>Ankoraŭ neniuj importoj: Dosiero → Importi kontaktojn… (Ctrl+Shift+I) enportas kalkultabelon aŭ vCard-dosieron, kaj ĉiu importo povas esti malfarita ĉi tie.</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Malfari importon…</translation>
    </message>
    <message>
        <source>Undoing an import removes the contacts it created (those with calls, deals or reminders logged since are archived instead) and puts back the ones it changed.</source>
        <translation>Malfari importon forigas la kontaktojn, kiujn ĝi kreis (tiuj kun vokoj, negocoj aŭ memorigoj registritaj poste estas anstataŭe arkivigataj), kaj remetas tiujn, kiujn ĝi ŝanĝis.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Malfari importon</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>Ĉu malfari la importon de “%1”? La %Ln kontakto, kiun ĝi kreis, estos forigita, kaj tiuj, kiujn ĝi ŝanĝis, estos remetitaj kiel ili estis.</numerusform>
            <numerusform>Ĉu malfari la importon de “%1”? La %Ln kontaktoj, kiujn ĝi kreis, estos forigitaj, kaj tiuj, kiujn ĝi ŝanĝis, estos remetitaj kiel ili estis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Malfarado de la importo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <source>%1 contacts removed, %2 put back as they were, %3 archived (they have history logged since).</source>
        <translation>%1 kontaktoj forigitaj, %2 remetitaj kiel ili estis, %3 arkivigitaj (ili havas historion registritan poste).</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Importo finita</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kialo</translation>
    </message>
    <message>
        <source>&amp;Show the Imported Contacts</source>
        <translation>&amp;Montri la importitajn kontaktojn</translation>
    </message>
    <message>
        <source>The Contacts page, filtered to what this import created or changed</source>
        <translation>La paĝo Kontaktoj, filtrita laŭ tio, kion ĉi tiu importo kreis aŭ ŝanĝis</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>Mal&amp;fari ĉi tiun importon…</translation>
    </message>
    <message>
        <source>Removes what it created and puts back what it changed; File → Import History can do it later too</source>
        <translation>Forigas tion, kion ĝi kreis, kaj remetas tion, kion ĝi ŝanĝis; Dosiero → Importhistorio povas fari tion ankaŭ poste</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>El %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; created · &lt;b&gt;%2&lt;/b&gt; updated · &lt;b&gt;%3&lt;/b&gt; merged · &lt;b&gt;%4&lt;/b&gt; skipped as duplicates · &lt;b&gt;%5&lt;/b&gt; rejected, of %6 rows; %7 kept with a warning (see their notes).</source>
        <translation>Kreitaj: &lt;b&gt;%1&lt;/b&gt; · ĝisdatigitaj: &lt;b&gt;%2&lt;/b&gt; · kunfanditaj: &lt;b&gt;%3&lt;/b&gt; · preterlasitaj kiel duoblaĵoj: &lt;b&gt;%4&lt;/b&gt; · rifuzitaj: &lt;b&gt;%5&lt;/b&gt; · vicoj entute: %6; konservitaj kun averto: %7 (vidu iliajn notojn).</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Neniu vico estis rifuzita.</translation>
    </message>
    <message>
        <source>Rejected rows, with why: fix them in the file and import it again (the rows already there are found as duplicates).</source>
        <translation>Rifuzitaj vicoj, kun la kialo: korektu ilin en la dosiero kaj importu ĝin denove (la vicoj jam ekzistantaj estos trovitaj kiel duoblaĵoj).</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>Ĉu malfari la importon de “%1”? La %Ln kontakto, kiun ĝi kreis, estos forigita, kaj tiuj, kiujn ĝi ŝanĝis, estos remetitaj kiel ili estis.</numerusform>
            <numerusform>Ĉu malfari la importon de “%1”? La %Ln kontaktoj, kiujn ĝi kreis, estos forigitaj, kaj tiuj, kiujn ĝi ŝanĝis, estos remetitaj kiel ili estis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n records it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>Ĉu malfari la importon de “%1”? La %Ln rikordo, kiun ĝi kreis, estos forigita, kaj tiuj, kiujn ĝi ŝanĝis, estos remetitaj kiel ili estis.</numerusform>
            <numerusform>Ĉu malfari la importon de “%1”? La %Ln rikordoj, kiujn ĝi kreis, estos forigitaj, kaj tiuj, kiujn ĝi ŝanĝis, estos remetitaj kiel ili estis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo This Import</source>
        <translation>Malfari ĉi tiun importon</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Malfarado de la importo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <source>Taken back: %1 removed, %2 put back as they were, %3 archived (they have history logged since).</source>
        <translation>Malfarita: %1 forigitaj, %2 remetitaj kiel ili estis, %3 arkivigitaj (ili havas historion registritan poste).</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>Importi kontaktojn</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importi</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Preta</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation>Kontaktoj (*.csv *.txt *.tsv *.vcf *.vcard);;Ĉiuj dosieroj (*)</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows here.</source>
        <translation>Elektu dosieron por vidi ĝiajn unuajn vicojn ĉi tie.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” ne povis esti legita: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Retpoŝto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message numerus="yes">
        <source>A vCard address book with %n contacts.</source>
        <translation>
            <numerusform>Adresaro vCard kun %Ln kontakto.</numerusform>
            <numerusform>Adresaro vCard kun %Ln kontaktoj.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>La dosiero enhavas neniujn vicojn.</translation>
    </message>
    <message numerus="yes">
        <source>%1, fields separated by: %2. %n columns.</source>
        <translation>
            <numerusform>%1, kampoj apartigitaj per %2. %Ln kolumno.</numerusform>
            <numerusform>%1, kampoj apartigitaj per %2. %Ln kolumnoj.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows to show.</source>
        <translation>La dosiero havas neniujn vicojn por montri.</translation>
    </message>
    <message>
        <source>The file holds no vCards.</source>
        <translation>La dosiero enhavas neniujn vCard-ojn.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumno %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Ellasi</translation>
    </message>
    <message>
        <source>No preset fits these columns: choose their fields below</source>
        <translation>Neniu antaŭagordo taŭgas por ĉi tiuj kolumnoj: elektu iliajn kampojn sube</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Konservi kiel antaŭagordon</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Kontrolado de ĉiu vico…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importado…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to merge, %5 to skip, %6 rejected; %7 with warnings.</source>
        <translation>Vicoj: %1; kreotaj: %2, ĝisdatigotaj: %3, kunfandotaj: %4, preterlasotaj: %5, rifuzitaj: %6; kun avertoj: %7.</translation>
    </message>
    <message>
        <source>Making a backup before the import…</source>
        <translation>Farado de sekurkopio antaŭ la importo…</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was imported: %1</source>
        <translation>Neniu sekurkopio povis esti farita, do nenio estis importita: %1</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>La dosiero</translation>
    </message>
    <message>
        <source>A CSV file (from a spreadsheet, Google Contacts, Outlook or another CRM) or a vCard address book (.vcf). Kontor reads its encoding and delimiter; change them if the preview looks wrong.</source>
        <translation>CSV-dosiero (el kalkultabelo, Google Contacts, Outlook aŭ alia CRM) aŭ vCard-adresaro (.vcf). Kontor rekonas ĝian kodoprezenton kaj apartigilon; ŝanĝu ilin, se la antaŭrigardo aspektas malĝusta.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Foliumi…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktoj</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmaoj</translation>
    </message>
    <message>
        <source>Interactions (calls, meetings, emails…)</source>
        <translation>Interagoj (vokoj, renkontiĝoj, retleteroj…)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocoj</translation>
    </message>
    <message>
        <source>The first row holds the column names (a &amp;header)</source>
        <translation>La unua vico enhavas la nomojn de la kolumnoj (&amp;kaplinio)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Dosiero:</translation>
    </message>
    <message>
        <source>&amp;Kind of records:</source>
        <translation>Spe&amp;co de rikordoj:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>K&amp;odoprezento:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Apartigilo:</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>Kolumnoj kaj kampoj</translation>
    </message>
    <message>
        <source>Which field each column fills. Columns left on “Leave out” are not imported. A preset maps the columns of a known program; save your own for files you import again.</source>
        <translation>Kiun kampon ĉiu kolumno plenigas. Kolumnoj lasitaj ĉe “Ellasi” ne estas importataj. Antaŭagordo ligas la kolumnojn de konata programo; konservu viajn proprajn por dosieroj, kiujn vi importas denove.</translation>
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>&amp;Konservi kiel antaŭagordon…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Antaŭagordo:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumno</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Unuaj valoroj</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kampo</translation>
    </message>
    <message>
        <source>Map a column to the first, last or full name.</source>
        <translation>Ligu kolumnon al la antaŭnomo, la familia nomo aŭ la plena nomo.</translation>
    </message>
    <message>
        <source>Map a column to “%1”: every row needs it.</source>
        <translation>Ligu kolumnon al “%1”: ĉiu vico bezonas ĝin.</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nomo de la antaŭagordo:</translation>
    </message>
    <message>
        <source>Duplicates and a check</source>
        <translation>Duoblaĵoj kaj kontrolo</translation>
    </message>
    <message>
        <source>A row is a duplicate when its email or phone number is already there (or its name, when it has neither). The check goes through every row and changes nothing.</source>
        <translation>Vico estas duoblaĵo, kiam ĝia retpoŝtadreso aŭ telefonnumero jam ekzistas (aŭ ĝia nomo, kiam ĝi havas nek retpoŝtadreson nek telefonnumeron). La kontrolo trairas ĉiun vicon kaj ŝanĝas nenion.</translation>
    </message>
    <message>
        <source>&amp;Skip it: keep the contact as it is</source>
        <translation>&amp;Preterlasi ĝin: lasi la kontakton kiel ĝi estas</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the row&apos;s values (empty cells change nothing)</source>
        <translation>Ĝis&amp;datigi la kontakton per la valoroj de la vico (malplenaj ĉeloj ŝanĝas nenion)</translation>
    </message>
    <message>
        <source>&amp;Merge: the contact keeps its values and gains what it lacks</source>
        <translation>&amp;Kunfandi: la kontakto konservas siajn valorojn kaj ricevas tion, kio mankas al ĝi</translation>
    </message>
    <message>
        <source>Create a &amp;new contact all the same</source>
        <translation>Tamen krei &amp;novan kontakton</translation>
    </message>
    <message>
        <source>&amp;Check Every Row</source>
        <translation>Kon&amp;troli ĉiun vicon</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linio</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ago</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kialo</translation>
    </message>
    <message>
        <source>Not checked with this rule yet.</source>
        <translation>Ankoraŭ ne kontrolita laŭ ĉi tiu regulo.</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komo</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punktokomo</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabo</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Vertikala streko</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nenio estis importita: %1</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>wizard button: to the previous page</comment>
        <translation>&lt; &amp;Reen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>wizard button: to the next page</comment>
        <translation>&amp;Sekva &gt;</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LanguageSettingsPage</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>La lingvo de la sistemo</translation>
    </message>
    <message>
        <source>The language&apos;s own (Solar Hijri for Persian)</source>
        <translation>Tiu de la lingvo (suna hiĝra por la persa)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregoria</translation>
    </message>
    <message>
        <source>Solar Hijri (Farvardin to Esfand)</source>
        <translation>Suna hiĝra (de Farvardin ĝis Esfand)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingvo:</translation>
    </message>
    <message>
        <source>Calen&amp;dar:</source>
        <translation>Kalen&amp;daro:</translation>
    </message>
    <message>
        <source>The language&apos;s own (۱۲۳ in Persian, ১২৩ in Bengali)</source>
        <translation>Tiuj de la lingvo (۱۲۳ en la persa, ১২৩ en la bengala)</translation>
    </message>
    <message>
        <source>Latin (123)</source>
        <translation>Latinaj (123)</translation>
    </message>
    <message>
        <source>Dates are shown, typed and counted in this calendar: lists, date fields and the reports&apos; months, quarters and years. Files keep ISO dates. Numbers, dates and times are written in the digits chosen, everywhere in the window.
The window opens again in the chosen language when Settings closes.</source>
        <translation>Datoj estas montrataj, tajpataj kaj kalkulataj en ĉi tiu kalendaro: listoj, datokampoj kaj la monatoj, kvaronjaroj kaj jaroj de la raportoj. Dosieroj konservas ISO-datojn. Nombroj, datoj kaj horoj estas skribataj per la elektitaj ciferoj ĉie en la fenestro.
La fenestro remalfermiĝas en la elektita lingvo, kiam la agordoj fermiĝas.</translation>
    </message>
    <message>
        <source>D&amp;igits:</source>
        <translation>&amp;Ciferoj:</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LeadSourceReportView</name>
    <message>
        <source>Source</source>
        <translation>Fonto</translation>
    </message>
    <message>
        <source>Lead sources, most revenue first; campaigns indented under their source.</source>
        <translation>Interesatfontoj, la plej enspezaj unue; kampanjoj enŝovitaj sub sia fonto.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Interesatoj</translation>
    </message>
    <message>
        <source>Contacts from the source created in the period.</source>
        <translation>Kontaktoj el la fonto kreitaj en la periodo.</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifikitaj</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klientoj</translation>
    </message>
    <message>
        <source>Contacts with a deal from the source won in the period.</source>
        <translation>Kontaktoj kun negoco el la fonto, gajnita en la periodo.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konvertiĝo</translation>
    </message>
    <message>
        <source>Customers ÷ leads.</source>
        <translation>Klientoj ÷ interesatoj.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Enspezo</translation>
    </message>
    <message>
        <source>The amounts of the deals from the source won in the period.</source>
        <translation>La sumoj de la negocoj el la fonto, gajnitaj en la periodo.</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>Elspezo</translation>
    </message>
    <message>
        <source>Campaign spend falling in the period, spread evenly over each campaign&apos;s days.</source>
        <translation>Elspezo de kampanjoj en la periodo, egale dividita laŭ la tagoj de ĉiu kampanjo.</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Kosto po interesato</translation>
    </message>
    <message>
        <source>Spend ÷ leads.</source>
        <translation>Elspezo ÷ interesatoj.</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>Kosto po kliento</translation>
    </message>
    <message>
        <source>Spend ÷ customers.</source>
        <translation>Elspezo ÷ klientoj.</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>(Revenue − spend) ÷ spend.</source>
        <translation>(Enspezo − elspezo) ÷ elspezo.</translation>
    </message>
    <message>
        <source>%1 conv. · ROI %2</source>
        <comment>a lead source&apos;s figures in the chart</comment>
        <translation>%1 konv. · ROI %2</translation>
    </message>
    <message>
        <source>%1 conv.</source>
        <comment>a lead source&apos;s figures in the chart</comment>
        <translation>%1 konv.</translation>
    </message>
    <message>
        <source>Revenue and spend by source</source>
        <translation>Enspezo kaj elspezo laŭ fonto</translation>
    </message>
    <message>
        <source>Best and weakest by return on spend ((revenue − spend) ÷ spend) where two or more sources have spend recorded in the period; otherwise by conversion (customers ÷ leads) and, between equals, revenue.</source>
        <translation>La plej bona kaj la plej malforta laŭ profito de elspezo ((enspezo − elspezo) ÷ elspezo), kiam du aŭ pli da fontoj havas elspezon registritan en la periodo; alie laŭ konvertiĝo (klientoj ÷ interesatoj) kaj, inter egaluloj, laŭ enspezo.</translation>
    </message>
    <message>
        <source>No leads in this period: give contacts a lead source (in the contact dialog or when importing), or choose a longer period.</source>
        <translation>Neniuj interesatoj en ĉi tiu periodo: donu interesatfonton al kontaktoj (en la dialogo de kontakto aŭ dum importo), aŭ elektu pli longan periodon.</translation>
    </message>
    <message>
        <source>No deal from a lead source was won in this period.</source>
        <translation>Neniu negoco el interesatfonto estis gajnita en ĉi tiu periodo.</translation>
    </message>
    <message>
        <source>%1 of leads became customers, %2</source>
        <comment>conversion, then revenue</comment>
        <translation>%1 de la interesatoj iĝis klientoj, %2</translation>
    </message>
    <message>
        <source>Only &lt;b&gt;%1&lt;/b&gt; brought leads or customers in this period (%2).</source>
        <translation>Nur &lt;b&gt;%1&lt;/b&gt; alportis interesatojn aŭ klientojn en ĉi tiu periodo (%2).</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;%1&lt;/b&gt; (ROI %2) · weakest: &lt;b&gt;%3&lt;/b&gt; (ROI %4), by return on spend.</source>
        <translation>Plej bona: &lt;b&gt;%1&lt;/b&gt; (ROI %2) · plej malforta: &lt;b&gt;%3&lt;/b&gt; (ROI %4), laŭ profito de elspezo.</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;%1&lt;/b&gt; (%2) · weakest: &lt;b&gt;%3&lt;/b&gt; (%4), by conversion and revenue; record campaign spend to compare return on spend.</source>
        <translation>Plej bona: &lt;b&gt;%1&lt;/b&gt; (%2) · plej malforta: &lt;b&gt;%3&lt;/b&gt; (%4), laŭ konvertiĝo kaj enspezo; registru la elspezon de kampanjoj por kompari la profiton de elspezo.</translation>
    </message>
    <message>
        <source>Leads from “%1”</source>
        <translation>Interesatoj el “%1”</translation>
    </message>
    <message>
        <source>none recorded</source>
        <comment>spend of a lead source, in a table cell: no spend was recorded</comment>
        <translation>ne registrita</translation>
    </message>
    <message>
        <source>Of those, the ones now sales qualified (SQL), opportunities or customers.</source>
        <translation>El tiuj, tiuj nun vende kvalifikitaj (SQL), ŝancoj aŭ klientoj.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LifecycleReportView</name>
    <message>
        <source>Stage</source>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>The stages of the buyer&apos;s journey, then the two off it.</source>
        <translation>La etapoj de la aĉetvojo, poste la du ekster ĝi.</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eniris</translation>
    </message>
    <message>
        <source>Contacts that entered the stage in the period, each once however often it moved in and out (archived contacts left out).</source>
        <translation>Kontaktoj, kiuj eniris la etapon en la periodo, ĉiu unufoje, kiom ajn ofte ĝi eniris kaj eliris (arkivigitaj kontaktoj ne kalkulataj).</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>Pluiris</translation>
    </message>
    <message>
        <source>Of those, the contacts that went on to a later stage of the journey by now: the next one or one beyond it.</source>
        <translation>El tiuj, la kontaktoj, kiuj ĝis nun pluiris al posta etapo de la aĉetvojo: la sekva aŭ unu post ĝi.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konvertiĝo</translation>
    </message>
    <message>
        <source>Went on ÷ entered.</source>
        <translation>Pluiris ÷ eniris.</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Medianaj tagoj</translation>
    </message>
    <message>
        <source>The median days from entering the stage to the next move forward, over the contacts that went on.</source>
        <translation>La mediana nombro de tagoj ekde la eniro en la etapon ĝis la sekva paŝo antaŭen, inter la pluirintaj kontaktoj.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktoj</translation>
    </message>
    <message>
        <source>Contacts entering each stage</source>
        <translation>Kontaktoj enirantaj ĉiun etapon</translation>
    </message>
    <message>
        <source>contacts</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>kontaktoj</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new leads · &lt;b&gt;%2&lt;/b&gt; new customers · &lt;b&gt;%3&lt;/b&gt; disqualified</source>
        <translation>Novaj interesatoj: &lt;b&gt;%1&lt;/b&gt; · novaj klientoj: &lt;b&gt;%2&lt;/b&gt; · malkvalifikitaj: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No contact moved along the lifecycle in this period: change a contact&apos;s stage, or choose a longer period.</source>
        <translation>Neniu kontakto moviĝis laŭ la vivciklo en ĉi tiu periodo: ŝanĝu la etapon de kontakto, aŭ elektu pli longan periodon.</translation>
    </message>
    <message>
        <source>Counted from each contact&apos;s stage history: when it entered each stage.</source>
        <translation>Kalkulita el la etaphistorio de ĉiu kontakto: kiam ĝi eniris ĉiun etapon.</translation>
    </message>
    <message>
        <source>Contacts that went on from “%1”</source>
        <translation>Kontaktoj, kiuj pluiris el “%1”</translation>
    </message>
    <message>
        <source>Contacts that entered “%1”</source>
        <translation>Kontaktoj, kiuj eniris “%1”</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Montri</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Ĉiuj kontaktoj</translation>
    </message>
    <message>
        <source>By lead source</source>
        <translation>Laŭ interesatfonto</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>Laŭ vendisto</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Interesatfonto</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>Where the contacts came from.</source>
        <translation>De kie la kontaktoj venis.</translation>
    </message>
    <message>
        <source>Who owns the contacts.</source>
        <translation>Al kiu vendisto apartenas la kontaktoj.</translation>
    </message>
    <message>
        <source>Contacts that entered “%1” in the period; the tooltip says how many went on.</source>
        <translation>Kontaktoj, kiuj eniris “%1” en la periodo; la ŝpruchelpilo diras, kiom da ili pluiris.</translation>
    </message>
    <message>
        <source>%1 entered, %2 went on (%3)</source>
        <translation>%1 eniris, %2 pluiris (%3)</translation>
    </message>
    <message>
        <source>%1 entered</source>
        <translation>%1 eniris</translation>
    </message>
    <message>
        <source>%1: contacts that entered “%2”</source>
        <translation>%1: kontaktoj, kiuj eniris “%2”</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LifecycleSettingsPage</name>
    <message>
        <source>A &amp;meeting booked makes a lead or marketing qualified contact sales qualified</source>
        <translation>Rezervita renkon&amp;tiĝo igas interesaton aŭ merkatike kvalifikitan kontakton vende kvalifikita</translation>
    </message>
    <message>
        <source>A new &amp;deal makes the contact an opportunity</source>
        <translation>Nova &amp;negoco igas la kontakton ŝanco</translation>
    </message>
    <message>
        <source>A &amp;won deal makes the contact a customer</source>
        <translation>G&amp;ajnita negoco igas la kontakton kliento</translation>
    </message>
    <message>
        <source>Fields that make a lead marketing qualified</source>
        <translation>Kampoj, kiuj igas interesaton merkatike kvalifikita</translation>
    </message>
    <message>
        <source>Fields that make a contact sales qualified</source>
        <translation>Kampoj, kiuj igas kontakton vende kvalifikita</translation>
    </message>
    <message>
        <source>Mar&amp;keting qualified once all of these are filled:</source>
        <translation>&amp;Merkatike kvalifikita, kiam ĉiuj ĉi tiuj estas plenigitaj:</translation>
    </message>
    <message>
        <source>Sales &amp;qualified once all of these are filled:</source>
        <translation>Ven&amp;de kvalifikita, kiam ĉiuj ĉi tiuj estas plenigitaj:</translation>
    </message>
    <message>
        <source>Rules only move contacts forward, and a contact&apos;s history names the rule that moved it. A deal also brings back a disqualified or inactive contact. No field ticked: that rule is off.</source>
        <translation>Reguloj nur movas kontaktojn antaŭen, kaj la historio de kontakto nomas la regulon, kiu movis ĝin. Negoco ankaŭ revenigas malkvalifikitan aŭ neaktivan kontakton. Neniu kampo markita: tiu regulo estas malŝaltita.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LogInteractionDialog</name>
    <message>
        <source>Contact</source>
        <translation>Kontakto</translation>
    </message>
    <message>
        <source>Type a name, company, email or phone</source>
        <translation>Tajpu nomon, firmaon, retpoŝtadreson aŭ telefonon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <source>Pick an outcome or type your own; Kontor offers it again next time. Left empty, the interaction counts as held but never as successful in the reports.</source>
        <translation>Elektu rezulton aŭ tajpu vian propran; Kontor proponos ĝin denove venontfoje. Se ĝi restas malplena, la interago kalkuliĝas kiel okazinta, sed neniam kiel sukcesa en la raportoj.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Daŭro en minutoj</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Nedeviga</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>What was said? (Enter saves, Shift+Enter for a new line)</source>
        <translation>Kio estis dirita? (Enter konservas, Shift+Enter por nova linio)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Sekva paŝo</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Neniu sekva paŝo</translation>
    </message>
    <message>
        <source>Follow-up reminder</source>
        <translation>Memorigo por rekontakto</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Sekva renkontiĝo</translation>
    </message>
    <message>
        <source>A reminder shows on Today on its day; a meeting is put in the history and on Today</source>
        <translation>Memorigo aperas en Hodiaŭ en sia tago; renkontiĝo estas metata en la historion kaj en Hodiaŭ</translation>
    </message>
    <message>
        <source>Follow-up time</source>
        <translation>Tempo de la rekontakto</translation>
    </message>
    <message>
        <source>Follow-up title</source>
        <translation>Titolo de la rekontakto</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakto:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Rezulto:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Speco:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Daŭro:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>K&amp;iam:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Temo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notoj:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Sekva &amp;paŝo:</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registri interagon</translation>
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation>Registri interagon kun %1</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Marki “%1” farita</translation>
    </message>
    <message>
        <source>The reminder this call answers is closed with it; Ctrl+Z takes back both together</source>
        <translation>La memorigo, al kiu ĉi tiu voko respondas, estas fermata kune kun ĝi; Ctrl+Z malfaras ambaŭ kune</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Renkontiĝo</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Renkontiĝo kun %1</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Rekontakti</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Rekontakto kun %1</translation>
    </message>
    <message>
        <source>Choose the contact: type a name and pick it from the list.</source>
        <translation>Elektu la kontakton: tajpu nomon kaj elektu ĝin el la listo.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>Negoco perdita</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Kial “%1” estis perdita?</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Tro alta prezo</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Elektis konkuranton</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Neniu buĝeto</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Neniu decido</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Malbona momento</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Ne taŭgas</translation>
    </message>
    <message>
        <source>Pick a reason or type your own</source>
        <translation>Elektu kialon aŭ tajpu vian propran</translation>
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation>Kialo de la perdo de la negoco</translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>Marki perdita</translation>
    </message>
    <message>
        <source>The reason is kept with the deal and counted in the reports.</source>
        <translation>La kialo estas konservata kun la negoco kaj kalkulata en la raportoj.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::MainWindow</name>
    <message>
        <source>Done again or taken back: %1</source>
        <translation>Refarita aŭ malfarita: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Malfari</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigado</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hodiaŭ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktoj</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmaoj</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Vendofluo</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Memorigoj</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportoj</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>The deal is not among the cards shown: choose “All owners”.</source>
        <translation>La negoco ne estas inter la montritaj kartoj: elektu “Ĉiuj vendistoj”.</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Hodiaŭ (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosiero</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nova datumbazo…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Malfermi datumbazon…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Konservi &amp;kopion kiel…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restarigi el sekurkopio…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importi kontaktojn…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import&amp;historio…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporti</translation>
    </message>
    <message>
        <source>&amp;Contacts as CSV…</source>
        <translation>&amp;Kontaktoj kiel CSV…</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>Kontaktoj kiel &amp;vCard…</translation>
    </message>
    <message>
        <source>C&amp;ompanies as CSV…</source>
        <translation>&amp;Firmaoj kiel CSV…</translation>
    </message>
    <message>
        <source>&amp;Interactions as CSV…</source>
        <translation>&amp;Interagoj kiel CSV…</translation>
    </message>
    <message>
        <source>&amp;Deals as CSV…</source>
        <translation>&amp;Negocoj kiel CSV…</translation>
    </message>
    <message>
        <source>&amp;Reminders and Meetings as iCalendar…</source>
        <translation>&amp;Memorigoj kaj renkontiĝoj kiel iCalendar…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Arkivo…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;gordoj…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ĉe&amp;si</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redakti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Malfari</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refari</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakto</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nova kontakto…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Redakti kontakton…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>Re&amp;gistri interagon…</translation>
    </message>
    <message>
        <source>&amp;Archive or Restore Contact</source>
        <translation>&amp;Arkivigi aŭ restarigi kontakton</translation>
    </message>
    <message>
        <source>New &amp;Reminder…</source>
        <translation>Nova &amp;memorigo…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trovi…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Serĉi ĉie…</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;Negoco</translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation>&amp;Nova negoco…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Trovi &amp;duoblaĵojn…</translation>
    </message>
    <message>
        <source>Data &amp;Health…</source>
        <translation>Datum&amp;kvalito…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Iri</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Neniu datumbazo estas malfermita.</translation>
    </message>
    <message>
        <source>%1 — Kontor</source>
        <translation>%1 — Kontor</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datumbazo: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Neniu datumbazo malfermita</translation>
    </message>
    <message>
        <source>Saving a copy in “%1”…</source>
        <translation>Konservado de kopio en “%1”…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restarigado de la sekurkopio…</translation>
    </message>
    <message>
        <source>Restored the backup; the database as it was is kept as a backup.</source>
        <translation>La sekurkopio estas restarigita; la datumbazo, kia ĝi estis, estas konservita kiel sekurkopio.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) are due.</source>
        <translation>
            <numerusform>%Ln memorigo estas farenda.</numerusform>
            <numerusform>%Ln memorigoj estas farendaj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Memorigo: %1</translation>
    </message>
    <message>
        <source>Kontor reminder</source>
        <translation>Memorigo de Kontor</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Malfermi datumbazon</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite *.db);;All files (*)</source>
        <translation>Datumbazoj de Kontor (*.sqlite *.db);;Ĉiuj dosieroj (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nova datumbazo</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>Datumbazoj de Kontor (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or use Open Database.</source>
        <translation>“%1” jam ekzistas. Elektu novan nomon, aŭ uzu “Malfermi datumbazon”.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redaktado</translation>
    </message>
    <message>
        <source>The import of %1 was taken back.</source>
        <translation>La importo de %1 estis malfarita.</translation>
    </message>
    <message>
        <source>Imported from %1: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected.</source>
        <translation>Importo el %1 — kreitaj: %2, ĝisdatigitaj: %3, kunfanditaj: %4, preterlasitaj: %5, rifuzitaj: %6.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>El %1</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Konservi kopion kiel</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Konservi kopion</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopio konservita kiel %1.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restarigi el sekurkopio</translation>
    </message>
    <message>
        <source>About Kontor</source>
        <translation>Pri Kontor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;An offline CRM for small businesses and salespeople: clients, what was said, and what to do next, in one local file.&lt;/p&gt;&lt;p&gt;SQLite %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;Senkonekta CRM por malgrandaj entreprenoj kaj vendistoj: klientoj, kio estis dirita kaj kion fari poste, en unu loka dosiero.&lt;/p&gt;&lt;p&gt;SQLite %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Helpo</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Uzantogvidilo</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klavkombinoj</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>Malfermi &amp;demonstran datumbazon</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>&amp;Pri Kontor</translation>
    </message>
    <message>
        <source>The demo database: made-up data in a file of its own. File → Open Database… goes back to yours.</source>
        <translation>La demonstra datumbazo: elpensitaj datumoj en aparta dosiero. Dosiero → Malfermi datumbazon… revenigas vin al via.</translation>
    </message>
    <message>
        <source>Daily Backup</source>
        <translation>Ĉiutaga sekurkopio</translation>
    </message>
    <message>
        <source>%1

Choose a backup to restore now?</source>
        <translation>%1

Ĉu elekti sekurkopion por restarigi nun?</translation>
    </message>
    <message>
        <source>%1 (saved).sqlite</source>
        <comment>a database salvaged from a damaged one</comment>
        <translation>%1 (savita).sqlite</translation>
    </message>
    <message>
        <source>Save What Can Be Read</source>
        <translation>Savi la legeblan</translation>
    </message>
    <message>
        <source>“%1” exists already: choose a new name, so that nothing is written over.</source>
        <translation>“%1” jam ekzistas: elektu novan nomon, por ke nenio estu anstataŭigita.</translation>
    </message>
    <message>
        <source>Saving what can be read…</source>
        <translation>Savante la legeblan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message numerus="yes">
        <source>Every row could be read: %Ln row(s) saved.</source>
        <translation>
            <numerusform>Ĉiu vico estis legebla: %Ln vico savita.</numerusform>
            <numerusform>Ĉiu vico estis legebla: %Ln vicoj savitaj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved; some could not be read in: %1.</source>
        <translation>
            <numerusform>%Ln vico savita; ne ĉio estis legebla en: %1.</numerusform>
            <numerusform>%Ln vicoj savitaj; ne ĉio estis legebla en: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Kontor now works with “%2”. The damaged file is left as it was.</source>
        <translation>%1

Kontor nun laboras kun “%2”. La difektita dosiero restas, kia ĝi estis.</translation>
    </message>
    <message>
        <source>%1 (read only) — Kontor</source>
        <translation>%1 (nur legi) — Kontor</translation>
    </message>
    <message>
        <source>Read only: nothing can be changed in this damaged file.</source>
        <translation>Nur legi: nenio ŝanĝeblas en ĉi tiu difektita dosiero.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>menu item: %1 is the step to take back</comment>
        <translation>&amp;Malfari: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>menu item: %1 is the step to do again</comment>
        <translation>&amp;Refari: %1</translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation>Nur legi</translation>
    </message>
    <message>
        <source>Read only</source>
        <comment>the open database can only be read</comment>
        <translation>Nur legi</translation>
    </message>
    <message>
        <source>This damaged file is open read only: restore a backup (File → Restore from Backup) or save what can be read into a new file to work on.</source>
        <translation>Ĉi tiu difektita dosiero estas malfermita nur por legi: por plu labori, restarigu sekurkopion (Dosiero → Restarigi el sekurkopio) aŭ savu la legeblan en novan dosieron.</translation>
    </message>
    <message numerus="yes">
        <source>Another program is writing to this database: waiting for it, at most %Ln second(s)…</source>
        <translation>
            <numerusform>Alia programo skribas en ĉi tiun datumbazon: Kontor atendas ĝin, maksimume %Ln sekundon…</numerusform>
            <numerusform>Alia programo skribas en ĉi tiun datumbazon: Kontor atendas ĝin, maksimume %Ln sekundojn…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelineColumnWidget</name>
    <message>
        <source>Deals in %1</source>
        <translation>Negocoj en %1</translation>
    </message>
    <message>
        <source>%1  &lt;span style=&apos;font-weight:normal; white-space:nowrap&apos;&gt;%2 %&lt;/span&gt;</source>
        <translation>%1  &lt;span style=&apos;font-weight:normal; white-space:nowrap&apos;&gt;%2 %&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n deal(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln negoco&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln negocoj&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed in the last %n day(s)</source>
        <translation>
            <numerusform>fermitaj dum la lasta %Ln tago</numerusform>
            <numerusform>fermitaj dum la lastaj %Ln tagoj</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>pezite %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%Ln stagnanta</numerusform>
            <numerusform>%Ln stagnantaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation>
            <numerusform>montrata la unua %Ln</numerusform>
            <numerusform>montrataj la unuaj %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n deal(s)</source>
        <translation>
            <numerusform>%1 · %Ln negoco</numerusform>
            <numerusform>%1 · %Ln negocoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deals that reached “%1” in the last %n day(s).</source>
        <translation>
            <numerusform>Negocoj, kiuj atingis “%1” dum la lasta %Ln tago.</numerusform>
            <numerusform>Negocoj, kiuj atingis “%1” dum la lastaj %Ln tagoj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted: the amount times the stage&apos;s win probability (%1 %). Stale: longer than %2 days in the stage.</source>
        <translation>Pezita: la sumo multiplikita per la gajnoprobablo de la etapo (%1 %). Stagnanta: pli ol %2 tagojn en la etapo.</translation>
    </message>
    <message>
        <source>Click to unfold.</source>
        <translation>Alklaku por malfaldi.</translation>
    </message>
    <message>
        <source>Unfold the column</source>
        <translation>Malfaldi la kolumnon</translation>
    </message>
    <message>
        <source>Fold the column to a narrow strip</source>
        <translation>Faldi la kolumnon al mallarĝa strio</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>Malfaldi</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Faldi</translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>Vendofluo</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtrilo de vendisto</translation>
    </message>
    <message>
        <source>Show the deals of one salesperson</source>
        <translation>Montri la negocojn de unu vendisto</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Ta&amp;bulo</translation>
    </message>
    <message>
        <source>One column per stage (Alt+B)</source>
        <translation>Unu kolumno po etapo (Alt+B)</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>L&amp;isto</translation>
    </message>
    <message>
        <source>The same deals as a sortable list (Alt+I)</source>
        <translation>La samaj negocoj kiel ordigebla listo (Alt+I)</translation>
    </message>
    <message>
        <source>New Deal…</source>
        <translation>Nova negoco…</translation>
    </message>
    <message>
        <source>A new deal in the selected stage (Ctrl+Shift+N)</source>
        <translation>Nova negoco en la elektita etapo (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Vendisto:</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocoj</translation>
    </message>
    <message>
        <source>No deals yet.

A deal is what a contact may buy: create one with “New Deal…” (Ctrl+Shift+N) or from the contact&apos;s card, then move it through the stages here until it is won or lost.</source>
        <translation>Ankoraŭ neniuj negocoj.

Negoco estas tio, kion kontakto eble aĉetos: kreu iun per “Nova negoco…” (Ctrl+Shift+N) aŭ el la karto de la kontakto, poste movu ĝin tra la etapoj ĉi tie, ĝis ĝi estas gajnita aŭ perdita.</translation>
    </message>
    <message>
        <source>&amp;Edit Deal…</source>
        <translation>&amp;Redakti negocon…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>&amp;Malfermi kontakton</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage</source>
        <translation>Movi al la &amp;sekva etapo</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>Movi al la &amp;antaŭa etapo</translation>
    </message>
    <message>
        <source>&amp;Archive Deal…</source>
        <translation>Ar&amp;kivigi negocon…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Ĉiuj vendistoj</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%Ln malfermita negoco</numerusform>
            <numerusform>%Ln malfermitaj negocoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted %1</source>
        <translation>
            <numerusform>%Ln malfermita negoco, pezite %1</numerusform>
            <numerusform>%Ln malfermitaj negocoj, pezite %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation>Movi negocon</translation>
    </message>
    <message>
        <source>“%1” has no contact.</source>
        <translation>“%1” ne havas kontakton.</translation>
    </message>
    <message>
        <source>Deal saved.</source>
        <translation>Negoco konservita.</translation>
    </message>
    <message>
        <source>Archive Deal</source>
        <translation>Arkivigi negocon</translation>
    </message>
    <message>
        <source>Archive “%1”? It leaves the board and the totals; File → Archive brings it back.</source>
        <translation>Ĉu arkivigi “%1”? Ĝi malaperas el la tabulo kaj la sumoj; Dosiero → Arkivo revenigas ĝin.</translation>
    </message>
    <message>
        <source>Edit Deal…</source>
        <translation>Redakti negocon…</translation>
    </message>
    <message>
        <source>Open Contact</source>
        <translation>Malfermi kontakton</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Movi al</translation>
    </message>
    <message>
        <source>Select a deal and press Ctrl+Shift+%1 or %2 to move it to the next or previous stage. Enter edits the deal, Ctrl+Enter opens its contact, Delete archives it.</source>
        <translation>Elektu negocon kaj premu Ctrl+Shift+%1 aŭ %2 por movi ĝin al la sekva aŭ antaŭa etapo. Enter redaktas la negocon, Ctrl+Enter malfermas ĝian kontakton, Delete arkivigas ĝin.</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and press Ctrl+Shift+%1 or %2. Enter edits the deal, Ctrl+Enter opens its contact.</source>
        <translation>Trenu karton al alia etapo, aŭ elektu ĝin kaj premu Ctrl+Shift+%1 aŭ %2. Enter redaktas la negocon, Ctrl+Enter malfermas ĝian kontakton.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReminderDialog</name>
    <message>
        <source>Once</source>
        <translation>Neniam</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Ĉiutage</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Ĉiusemajne</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Ĉiumonate</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Ĉiujare</translation>
    </message>
    <message>
        <source>Edit Reminder</source>
        <translation>Redakti memorigon</translation>
    </message>
    <message>
        <source>New Reminder</source>
        <translation>Nova memorigo</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a reminder</comment>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>What to do, e.g. Send the offer</source>
        <translation>Kion fari, ekz. Sendi la oferton</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Limtempo</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notoj</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Limtempo:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakto:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notoj:</translation>
    </message>
</context>
<context>
    <name>kontor::ui::RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Memorigoj</translation>
    </message>
    <message>
        <source>&amp;New Reminder…</source>
        <translation>&amp;Nova memorigo…</translation>
    </message>
    <message>
        <source>A follow-up, a call to make, anything with a date (Ctrl+Shift+R)</source>
        <translation>Rekontakto, farenda voko, io ajn kun dato (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Farita</translation>
    </message>
    <message>
        <source>Mark the reminder done; a repeating one moves to its next date (D)</source>
        <translation>Marki la memorigon farita; ripetiĝanta memorigo moviĝas al sia sekva dato (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze Until Tomorrow</source>
        <translation>&amp;Prokrasti ĝis morgaŭ</translation>
    </message>
    <message>
        <source>Ask again tomorrow at 9:00 (S)</source>
        <translation>Memorigi denove morgaŭ je 9:00 (S)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redakti…</translation>
    </message>
    <message>
        <source>Change the reminder (Enter)</source>
        <translation>Ŝanĝi la memorigon (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>For&amp;igi</translation>
    </message>
    <message>
        <source>Remove the reminder (Delete)</source>
        <translation>Forigi la memorigon (Delete)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakto</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Ripetiĝo</translation>
    </message>
    <message>
        <source>Calendar of reminders</source>
        <translation>Kalendaro de memorigoj</translation>
    </message>
    <message>
        <source>Reminders of the selected day</source>
        <translation>Memorigoj de la elektita tago</translation>
    </message>
    <message>
        <source>No reminders yet.

Create one with “New Reminder…”, or schedule a follow-up when you log a call (Ctrl+L). Double-click a day in the calendar to add one for that day.</source>
        <translation>Ankoraŭ neniuj memorigoj.

Kreu iun per “Nova memorigo…”, aŭ planu rekontakton, kiam vi registras vokon (Ctrl+L). Duoble alklaku tagon en la kalendaro por aldoni iun por tiu tago.</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Snoozed; first due %1</source>
        <translation>Prokrastita; origine farenda je %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Malfruaj</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hodiaŭ</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Venonta %Ln tago</numerusform>
            <numerusform>Venontaj %Ln tagoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in the last %n day(s)</source>
        <translation>
            <numerusform>Faritaj dum la lasta %Ln tago</numerusform>
            <numerusform>Faritaj dum la lastaj %Ln tagoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%Ln memorigo</numerusform>
            <numerusform>%Ln memorigoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reminder(s)</source>
        <translation>
            <numerusform>%1: %Ln memorigo</numerusform>
            <numerusform>%1: %Ln memorigoj</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder saved.</source>
        <translation>Memorigo konservita.</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow.</source>
        <translation>Prokrastita ĝis morgaŭ.</translation>
    </message>
    <message>
        <source>Delete Reminder</source>
        <translation>Forigi memorigon</translation>
    </message>
    <message>
        <source>Delete the reminder “%1”?</source>
        <translation>Ĉu forigi la memorigon “%1”?</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportDetailsDialog</name>
    <message>
        <source>Deal</source>
        <translation>Negoco</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezulto</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Registrita de</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firmao</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Interesatfonto</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aldonita</translation>
    </message>
    <message>
        <source>The first %L1 (there are more); Enter opens the one chosen.</source>
        <translation>La unuaj %L1 (estas pliaj); Enter malfermas la elektitan.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2; Enter opens the one chosen.</source>
        <translation>La unuaj %L1 el %L2; Enter malfermas la elektitan.</translation>
    </message>
    <message>
        <source>Nothing behind this figure.</source>
        <translation>Nenio malantaŭ ĉi tiu cifero.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s); Enter opens the one chosen.</source>
        <translation>
            <numerusform>%Ln ero; Enter malfermas la elektitan.</numerusform>
            <numerusform>%Ln eroj; Enter malfermas la elektitan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>Malfermi &amp;negocon</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Malfermi &amp;kontakton</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>Re&amp;gistri interagon…</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>Etapo</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportView</name>
    <message>
        <source>Double-click a figure, or press Enter, for what lies behind it.</source>
        <translation>Duoble alklaku ciferon, aŭ premu Enter, por vidi kio kuŝas malantaŭ ĝi.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportsPage</name>
    <message>
        <source>%1 to %2 · %3 · printed %4</source>
        <translation>%1 ĝis %2 · %3 · presita je %4</translation>
    </message>
    <message>
        <source>Kontor reports</source>
        <translation>Raportoj de Kontor</translation>
    </message>
    <message>
        <source>Save All Reports as PDF</source>
        <translation>Konservi ĉiujn raportojn kiel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumentoj (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporto</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 konservita.</translation>
    </message>
    <message>
        <source>Print Reports</source>
        <translation>Presi raportojn</translation>
    </message>
    <message>
        <source>The reports were sent to the printer.</source>
        <translation>La raportoj estis senditaj al la presilo.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Unua tago</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Lasta tago</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Vendisto</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Vendisto:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Eksporti</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabelo kiel CSV…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Diagramo kiel PNG…</translation>
    </message>
    <message>
        <source>All reports as PDF…</source>
        <translation>Ĉiuj raportoj kiel PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>P&amp;resi…</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>&amp;Funelo</translation>
    </message>
    <message>
        <source>&amp;Lead sources</source>
        <translation>&amp;Interesatfontoj</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semajno</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktiveco</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>Pr&amp;ognozo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportoj</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Ĉiuj</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” ne povis esti skribita: %2</translation>
    </message>
    <message>
        <source>Save the Chart</source>
        <translation>Konservi la diagramon</translation>
    </message>
    <message>
        <source>Save the Table</source>
        <translation>Konservi la tabelon</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bildoj (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-dosieroj (*.csv)</translation>
    </message>
    <message>
        <source>L&amp;ifecycle</source>
        <translation>Viv&amp;ciklo</translation>
    </message>
    <message>
        <source>Only records with</source>
        <translation>Nur rikordoj kun</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Ĉiuj rikordoj</translation>
    </message>
    <message>
        <source>%1 (company)</source>
        <comment>a company&apos;s field in the reports&apos; filter</comment>
        <translation>%1 (firmao)</translation>
    </message>
    <message>
        <source>%1 (deal)</source>
        <comment>a deal&apos;s field in the reports&apos; filter</comment>
        <translation>%1 (negoco)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: answer</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cus&amp;tomers</source>
        <translation>Klien&amp;toj</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>salesperson · the records chosen, as in Territory: DACH</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Narrows every report to the contacts, companies or deals with this answer of a choice field (Settings → Fields), or to a sales territory (Settings → Territories).</source>
        <translation>Limigas ĉiun raporton al la kontaktoj, firmaoj aŭ negocoj kun ĉi tiu respondo de elekta kampo (Agordoj → Kampoj), aŭ al venda teritorio (Agordoj → Teritorioj).</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Teritorio: %1</translation>
    </message>
    <message>
        <source>In no territory</source>
        <translation>En neniu teritorio</translation>
    </message>
</context>
<context>
    <name>kontor::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restarigi el sekurkopio</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The database as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Elektu la kopion, al kiu reiri. La nuna datumbazo unue estas konservata kiel sekurkopio, do vi povos malfari la restarigon, restarigante tiun sekurkopion.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sekurkopioj</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Kreita</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kialo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grandeco</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restarigi</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Montri &amp;dosierujon</translation>
    </message>
    <message>
        <source>There are no backups in “%1” yet.</source>
        <translation>Ankoraŭ ne estas sekurkopioj en “%1”.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ĉiutaga</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Permane farita</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antaŭ restarigo</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antaŭ importo</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Antaŭ kunfando</translation>
    </message>
    <message>
        <source>What was done since this copy was made cannot be read from the file as it is.</source>
        <translation>Kio estis farita post ĉi tiu kopio ne legeblas el la dosiero, kia ĝi estas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakto</numerusform>
            <numerusform>%Ln kontaktoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln compan(y/ies)</source>
        <translation>
            <numerusform>%Ln firmao</numerusform>
            <numerusform>%Ln firmaoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln negoco</numerusform>
            <numerusform>%Ln negocoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s), meeting(s) or note(s)</source>
        <translation>
            <numerusform>%Ln voko, renkontiĝo aŭ noto</numerusform>
            <numerusform>%Ln vokoj, renkontiĝoj aŭ notoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln memorigo</numerusform>
            <numerusform>%Ln memorigoj</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added or changed since this copy was made.</source>
        <translation>Nenio estis aldonita aŭ ŝanĝita post ĉi tiu kopio.</translation>
    </message>
    <message>
        <source>Going back to this copy loses more than this, added or changed since it was made: %1.</source>
        <translation>Reiro al ĉi tiu kopio perdigas pli ol tion, aldonitan aŭ ŝanĝitan post ĝia fariĝo: %1.</translation>
    </message>
    <message>
        <source>Going back to this copy loses what was added or changed since it was made: %1.</source>
        <translation>Reiro al ĉi tiu kopio perdigas tion, kio estis aldonita aŭ ŝanĝita post ĝia fariĝo: %1.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ScoreRuleDialog</name>
    <message>
        <source>Add Fit Rule</source>
        <translation>Aldoni taŭgecan regulon</translation>
    </message>
    <message>
        <source>Fit Rule</source>
        <translation>Taŭgeca regulo</translation>
    </message>
    <message>
        <source>Add Engagement Rule</source>
        <translation>Aldoni engaĝiĝan regulon</translation>
    </message>
    <message>
        <source>Engagement Rule</source>
        <translation>Engaĝiĝa regulo</translation>
    </message>
    <message>
        <source>Contacts who meet the condition get the points.</source>
        <translation>Kontaktoj, kiuj plenumas la kondiĉon, ricevas la poentojn.</translation>
    </message>
    <message>
        <source>Contacts get the points for their interactions of this kind. Archived interactions do not count.</source>
        <translation>Kontaktoj ricevas la poentojn por siaj interagoj de ĉi tiu speco. Arkivigitaj interagoj ne kalkuliĝas.</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Ajna rezulto</translation>
    </message>
    <message>
        <source>Once, if there was one in the last</source>
        <translation>Unufoje, se estis iu en la lastaj</translation>
    </message>
    <message>
        <source>For each one, halving every</source>
        <translation>Por ĉiu, duoniĝante post ĉiuj</translation>
    </message>
    <message>
        <source>days</source>
        <comment>after a number: halving every 14 days</comment>
        <translation>tagoj</translation>
    </message>
    <message>
        <source>&amp;Interaction:</source>
        <translation>&amp;Interago:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Rezulto:</translation>
    </message>
    <message>
        <source>Co&amp;unts:</source>
        <translation>Kalk&amp;uliĝas:</translation>
    </message>
    <message>
        <source>Negative points take away: a complaint, no way to reach them.</source>
        <translation>Negativaj poentoj malpliigas la poentaron: plendo, neniel atingebla.</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Poentoj:</translation>
    </message>
    <message>
        <source>What the contact card says, such as “Decision maker”</source>
        <translation>Kion diras la karto de la kontakto, ekzemple “Decidanto”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nomo:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an interaction&apos;s kind and outcome: Call (successful)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, each halving every %Ln day(s)</source>
        <translation>
            <numerusform>%1, ĉiu duoniĝante ĉiun %Ln tagon</numerusform>
            <numerusform>%1, ĉiu duoniĝante ĉiujn %Ln tagojn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %Ln day(s)</source>
        <translation>
            <numerusform>%1 en la lasta %Ln tago</numerusform>
            <numerusform>%1 en la lastaj %Ln tagoj</numerusform>
        </translation>
    </message>
    <message>
        <source>This rule&apos;s condition, “%1”, cannot be shown here; it stays as it is unless you choose another.</source>
        <translation>La kondiĉo de ĉi tiu regulo, “%1”, ne povas esti montrata ĉi tie; ĝi restas kiel ĝi estas, krom se vi elektas alian.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ScoringSettingsPage</name>
    <message>
        <source>Each contact scores 0 to 100: the points of the fit rules they meet (who they are) and of the engagement rules their interactions meet (what they did lately). The contact&apos;s card says which rules gave the points.</source>
        <translation>Ĉiu kontakto ricevas poentaron de 0 ĝis 100: la poentojn de la taŭgecaj reguloj, kiujn ĝi plenumas (kiu ĝi estas), kaj de la engaĝiĝaj reguloj, kiujn ĝiaj interagoj plenumas (kion ĝi faris lastatempe). La karto de la kontakto diras, kiuj reguloj donis la poentojn.</translation>
    </message>
    <message>
        <source>Lead scoring rules</source>
        <translation>Reguloj de interesatpoentado</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regulo</translation>
    </message>
    <message>
        <source>Counts when</source>
        <translation>Kalkuliĝas, kiam</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poentoj</translation>
    </message>
    <message>
        <source>Fit: who they are</source>
        <translation>Taŭgeco: kiu la kontakto estas</translation>
    </message>
    <message>
        <source>Engagement: what they did lately</source>
        <translation>Engaĝiĝo: kion la kontakto faris lastatempe</translation>
    </message>
    <message>
        <source>&amp;Add Fit Rule…</source>
        <translation>&amp;Aldoni taŭgecan regulon…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Re&amp;dakti…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Forigi</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Movi &amp;supren</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Movi &amp;malsupren</translation>
    </message>
    <message>
        <source>Add Starter Ru&amp;les</source>
        <translation>Aldoni startajn regu&amp;lojn</translation>
    </message>
    <message>
        <source>Nine rules to start from: titles of decision makers, a way to reach them, meetings, answered calls, emails and complaints. Change them to suit your business.</source>
        <translation>Naŭ reguloj por komenci: postenoj de decidantoj, maniero atingi ilin, renkontiĝoj, responditaj vokoj, retleteroj kaj plendoj. Adaptu ilin al via entrepreno.</translation>
    </message>
    <message>
        <source>Res&amp;core Everyone…</source>
        <translation>Rekalkuli ĉiujn poen&amp;tarojn…</translation>
    </message>
    <message>
        <source>Scores are kept up to date as you work and worked out afresh each day; this does it now.</source>
        <translation>La poentaroj estas ĝisdatigataj dum vi laboras kaj rekalkulataj ĉiutage; ĉi tio faras tion nun.</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a lead becomes marketing qualified at score: never</comment>
        <translation>neniam</translation>
    </message>
    <message>
        <source>A lead becomes marketing &amp;qualified at score:</source>
        <translation>Interesato iĝas merkatike kvalifikita &amp;je poentaro:</translation>
    </message>
    <message>
        <source>Off: counts nothing until ticked again.</source>
        <translation>Malŝaltita: donas neniujn poentojn, ĝis ĝi estas denove markita.</translation>
    </message>
    <message>
        <source>Working out every contact&apos;s score…</source>
        <translation>Kalkulado de la poentaro de ĉiu kontakto…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <source>Stopped: the scores are as they were.</source>
        <translation>Haltigita: la poentaroj restas kiel ili estis.</translation>
    </message>
    <message numerus="yes">
        <source>Scores worked out again: %Ln changed.</source>
        <translation>
            <numerusform>Poentaroj rekalkulitaj: %Ln ŝanĝiĝis.</numerusform>
            <numerusform>Poentaroj rekalkulitaj: %Ln ŝanĝiĝis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Engage&amp;ment Rule…</source>
        <translation>Aldoni e&amp;ngaĝiĝan regulon…</translation>
    </message>
    <message>
        <source>Lead Scoring</source>
        <translation>Interesatpoentado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) score %1 or more already. Make them marketing qualified now?</source>
        <translation>
            <numerusform>%Ln interesato jam havas poentaron %1 aŭ pli. Ĉu igi ĝin merkatike kvalifikita nun?</numerusform>
            <numerusform>%Ln interesatoj jam havas poentaron %1 aŭ pli. Ĉu igi ilin merkatike kvalifikitaj nun?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) made marketing qualified.</source>
        <translation>
            <numerusform>%Ln interesato igita merkatike kvalifikita.</numerusform>
            <numerusform>%Ln interesatoj igitaj merkatike kvalifikitaj.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::SetFieldDialog</name>
    <message>
        <source>Set Field</source>
        <translation>Agordi kampon</translation>
    </message>
    <message numerus="yes">
        <source>The value for the %Ln selected contact(s). Left empty, it empties the field.</source>
        <translation>
            <numerusform>La valoro por la %Ln elektita kontakto. Se lasita malplena, ĝi malplenigas la kampon.</numerusform>
            <numerusform>La valoro por la %Ln elektitaj kontaktoj. Se lasita malplena, ĝi malplenigas la kampon.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Agordi</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Kampo:</translation>
    </message>
    <message>
        <source>Fill in %1: it is required.</source>
        <translation>Plenigu %1: ĝi estas deviga.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SettingsDialog</name>
    <message>
        <source>Open</source>
        <translation>Malfermita</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gajnita</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdita</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Agordoj</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;Etapoj</translation>
    </message>
    <message>
        <source>Lead &amp;sources</source>
        <translation>&amp;Interesatfontoj</translation>
    </message>
    <message>
        <source>Sales&amp;people</source>
        <translation>&amp;Vendistoj</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Eti&amp;kedoj</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Ĝene&amp;rala</translation>
    </message>
    <message>
        <source>Sales stages</source>
        <translation>Vendaj etapoj</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapo</translation>
    </message>
    <message>
        <source>Win probability (%)</source>
        <translation>Gajnoprobablo (%)</translation>
    </message>
    <message>
        <source>Stale after (days)</source>
        <translation>Stagnanta post (tagoj)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>&amp;Aldoni etapon</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Forigi…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Movi &amp;supren</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Movi &amp;malsupren</translation>
    </message>
    <message>
        <source>Double-click a name or number to change it. The weighted pipeline counts each deal at its stage&apos;s win probability; a deal longer than the stale days in its stage is marked stale (0: never).</source>
        <translation>Duoble alklaku nomon aŭ nombron por ŝanĝi ĝin. La pezita vendofluo kalkulas ĉiun negocon laŭ la gajnoprobablo de ĝia etapo; negoco, kiu restas en sia etapo pli longe ol la tagoj de stagnado, estas markita stagnanta (0: neniam).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Aldoni etapon</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Nomo de la nova etapo:</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Forigi etapon</translation>
    </message>
    <message>
        <source>Remove “%1”. Its deals move to:</source>
        <translation>Forigi “%1”. Ĝiaj negocoj moviĝas al:</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Interesatfontoj</translation>
    </message>
    <message>
        <source>Campaigns of the lead source</source>
        <translation>Kampanjoj de la interesatfonto</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanjo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Komenco</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fino</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>Elspezo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuto</translation>
    </message>
    <message>
        <source>Add S&amp;ource</source>
        <translation>Aldoni f&amp;onton</translation>
    </message>
    <message>
        <source>Add &amp;Campaign</source>
        <translation>Aldoni kam&amp;panjon</translation>
    </message>
    <message>
        <source>Campaigns and what they cost (the reports divide by this spend)</source>
        <translation>Kampanjoj kaj kiom ili kostas (la raportoj dividas per ĉi tiu elspezo)</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>“%1” ne estas sumo en %2.</translation>
    </message>
    <message>
        <source>Add Lead Source</source>
        <translation>Aldoni interesatfonton</translation>
    </message>
    <message>
        <source>Name of the lead source:</source>
        <translation>Nomo de la interesatfonto:</translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation>Aldoni kampanjon</translation>
    </message>
    <message>
        <source>Name of the campaign of %1:</source>
        <translation>Nomo de la kampanjo de %1:</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>Vendistoj</translation>
    </message>
    <message>
        <source>Add &amp;Salesperson</source>
        <translation>Aldoni ven&amp;diston</translation>
    </message>
    <message>
        <source>Salespeople own contacts and deals; the filters and reports are per owner. Double-click a name to change it. The first one is the owner of new records.</source>
        <translation>Vendistoj respondecas pri kontaktoj kaj negocoj; la filtriloj kaj raportoj estas po vendisto. Duoble alklaku nomon por ŝanĝi ĝin. La unua estas la vendisto de novaj rikordoj.</translation>
    </message>
    <message>
        <source>Owner of new records</source>
        <translation>Vendisto de novaj rikordoj</translation>
    </message>
    <message>
        <source>Add Salesperson</source>
        <translation>Aldoni vendiston</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nomo:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etikedoj</translation>
    </message>
    <message>
        <source>No tags yet: add them in a contact&apos;s dialog, or to many at once with Change Selected.</source>
        <translation>Ankoraŭ neniuj etikedoj: aldonu ilin en la dialogo de kontakto, aŭ al multaj samtempe per “Ŝanĝi elektitajn”.</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>Forigi e&amp;tikedon</translation>
    </message>
    <message>
        <source>Double-click a tag to rename it everywhere; renaming it to an existing tag merges the two. Tags are added where contacts are edited.</source>
        <translation>Duoble alklaku etikedon por renomi ĝin ĉie; renomi ĝin al ekzistanta etikedo kunfandas ambaŭ. Etikedoj estas aldonataj tie, kie kontaktoj estas redaktataj.</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Implicita valuto</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>&amp;Malfermi alian datumbazon…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nova datumbazo…</translation>
    </message>
    <message>
        <source>Region of phone numbers without a country code</source>
        <translation>Regiono de telefonnumeroj sen landokodo</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Konservotaj sekurkopioj</translation>
    </message>
    <message>
        <source>No daily backup</source>
        <translation>Neniu ĉiutaga sekurkopio</translation>
    </message>
    <message>
        <source>A copy a day, and one before each restore; beyond this number the oldest are deleted. With no daily backup, none are deleted.</source>
        <translation>Unu kopio ĉiutage, kaj unu antaŭ ĉiu restarigo; preter ĉi tiu nombro la plej malnovaj estas forigataj. Sen ĉiutaga sekurkopio, neniu estas forigata.</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Implicita va&amp;luto:</translation>
    </message>
    <message>
        <source>New deals and campaigns start in this currency; amounts keep their own.</source>
        <translation>Novaj negocoj kaj kampanjoj komenciĝas en ĉi tiu valuto; sumoj konservas sian propran.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Datumbaza dosiero:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a country code are from:</source>
        <translation>&amp;Telefonnumeroj sen landokodo estas el:</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>Konservotaj &amp;sekurkopioj:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Dosierujo de sekurkopioj:</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Lin&amp;gvo</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>Kam&amp;poj</translation>
    </message>
    <message>
        <source>Lifec&amp;ycle</source>
        <translation>Viv&amp;ciklo</translation>
    </message>
    <message>
        <source>Lead sc&amp;oring</source>
        <translation>Interesatp&amp;oentado</translation>
    </message>
    <message>
        <source>T&amp;erritories</source>
        <translation>Teritorio&amp;j</translation>
    </message>
    <message>
        <source>Assign&amp;ment</source>
        <comment>the Settings tab of the assignment rules</comment>
        <translation>Atri&amp;buado</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Klavkombinoj</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Kion ĝi faras</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klavo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hodiaŭ</translation>
    </message>
    <message>
        <source>Mark the selected reminder done</source>
        <translation>Marki la elektitan memorigon farita</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Snooze the selected reminder until tomorrow 9:00</source>
        <translation>Prokrasti la elektitan memorigon ĝis morgaŭ je 9:00</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Open the contact, or the deal on the pipeline</source>
        <translation>Malfermi la kontakton, aŭ la negocon en la vendofluo</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktoj</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Redakti la elektitan kontakton</translation>
    </message>
    <message>
        <source>Select several contacts</source>
        <translation>Elekti plurajn kontaktojn</translation>
    </message>
    <message>
        <source>Shift+click, Ctrl+click, Ctrl+A</source>
        <translation>Shift+alklako, Ctrl+alklako, Ctrl+A</translation>
    </message>
    <message>
        <source>Resolve or reopen the selected complaint in the history</source>
        <translation>Solvi aŭ remalfermi la elektitan plendon en la historio</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Memorigoj</translation>
    </message>
    <message>
        <source>Edit the selected reminder</source>
        <translation>Redakti la elektitan memorigon</translation>
    </message>
    <message>
        <source>Delete the selected reminder</source>
        <translation>Forigi la elektitan memorigon</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Vendofluo</translation>
    </message>
    <message>
        <source>Edit the selected deal</source>
        <translation>Redakti la elektitan negocon</translation>
    </message>
    <message>
        <source>Previous or next column</source>
        <translation>Antaŭa aŭ sekva kolumno</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>←, →</translation>
    </message>
    <message>
        <source>Board or list</source>
        <translation>Tabulo aŭ listo</translation>
    </message>
    <message>
        <source>Alt+B, Alt+I</source>
        <translation>Alt+B, Alt+I</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Serĉo</translation>
    </message>
    <message>
        <source>Open the first match</source>
        <translation>Malfermi la unuan trafon</translation>
    </message>
    <message>
        <source>Move through the matches</source>
        <translation>Trairi la trafojn</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>↑, ↓</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Registri interagon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Konservi</translation>
    </message>
    <message>
        <source>New line in the notes</source>
        <translation>Nova linio en la notoj</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportoj</translation>
    </message>
    <message>
        <source>What lies behind the chosen figure</source>
        <translation>Kio kuŝas malantaŭ la elektita cifero</translation>
    </message>
    <message>
        <source>Log an interaction with the contact of a row of the details</source>
        <translation>Registri interagon kun la kontakto de vico de la detaloj</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Print all reports</source>
        <translation>Presi ĉiujn raportojn</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Find a key or a command</source>
        <translation>Trovi klavon aŭ komandon</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TerritoriesSettingsPage</name>
    <message>
        <source>Sales territories</source>
        <translation>Vendaj teritorioj</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>Teritorio</translation>
    </message>
    <message>
        <source>Made of</source>
        <translation>Konsistas el</translation>
    </message>
    <message>
        <source>&amp;Add Territory…</source>
        <translation>&amp;Aldoni teritorion…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Re&amp;dakti…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Forigi</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Movi &amp;supren</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Movi &amp;malsupren</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the countries of a territory</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>regions %1</source>
        <translation>regionoj %1</translation>
    </message>
    <message>
        <source>postal codes %1</source>
        <translation>poŝtkodoj %1</translation>
    </message>
    <message>
        <source>nothing yet: it holds nobody</source>
        <translation>ankoraŭ nenio: ĝi enhavas neniun</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a territory</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>A contact or company is in the first territory, in this order, that holds its address. The Contacts list shows it in its Territory column (right-click the header) and filters by it under More Filters; the Companies page shows it and lists a territory&apos;s companies; scoring rules can ask for it.</source>
        <translation>Kontakto aŭ firmao estas en la unua teritorio, laŭ ĉi tiu ordo, kiu enhavas ĝian adreson. La listo Kontaktoj montras ĝin en sia kolumno Teritorio (dekstre alklaku la kaplinion) kaj filtras laŭ ĝi sub Pliaj filtriloj; la paĝo Firmaoj montras ĝin kaj listigas la firmaojn de teritorio; poentadaj reguloj povas postuli ĝin.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TerritoryDialog</name>
    <message>
        <source>Add Territory</source>
        <translation>Aldoni teritorion</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Teritorio</translation>
    </message>
    <message>
        <source>North, Bavaria, DACH…</source>
        <translation>Nordo, Bavario, DACH…</translation>
    </message>
    <message>
        <source>Germany, Austria, Switzerland</source>
        <translation>Germanio, Aŭstrio, Svislando</translation>
    </message>
    <message>
        <source>Bavaria, Hesse</source>
        <translation>Bavario, Hesio</translation>
    </message>
    <message>
        <source>10, 12, 20000–29999</source>
        <translation>10, 12, 20000–29999</translation>
    </message>
    <message>
        <source>Separate several with commas. A contact or company is in the territory when its country is one of these (or none are given) and its region or postal code is one of these (or none are given). A postal code is a beginning, such as 10, or a range, such as 20000–29999 or 20000..29999. When territories overlap, the first in the list has the address.</source>
        <translation>Apartigu plurajn per komoj. Kontakto aŭ firmao estas en la teritorio, kiam ĝia lando estas unu el ĉi tiuj (aŭ neniu estas donita) kaj ĝia regiono aŭ poŝtkodo estas unu el ĉi tiuj (aŭ neniu estas donita). Poŝtkodo estas komenco, ekzemple 10, aŭ intervalo, ekzemple 20000–29999 aŭ 20000..29999. Kiam teritorioj interkovriĝas, la unua en la listo ricevas la adreson.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nomo:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Landoj:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Regionoj:</translation>
    </message>
    <message>
        <source>&amp;Postal codes:</source>
        <translation>&amp;Poŝtkodoj:</translation>
    </message>
    <message>
        <source>Give countries, regions or postal codes: a territory without any holds nobody.</source>
        <translation>Donu landojn, regionojn aŭ poŝtkodojn: teritorio sen iu ajn el ili enhavas neniun.</translation>
    </message>
    <message>
        <source>%1 and %2 have an address in it.</source>
        <comment>contacts and companies</comment>
        <translation>%1 kaj %2 havas adreson en ĝi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakto</numerusform>
            <numerusform>%Ln kontaktoj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln firmao</numerusform>
            <numerusform>%Ln firmaoj</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::TimelineModel</name>
    <message>
        <source>Planned</source>
        <comment>an interaction still to come</comment>
        <translation>Planita</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>malfermita</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>solvita je %1</translation>
    </message>
    <message>
        <source>Deal created in %1</source>
        <translation>Negoco kreita en la etapo %1</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Negoco gajnita</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Negoco perdita</translation>
    </message>
    <message>
        <source>Deal moved to %1</source>
        <translation>Negoco movita al %1</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>Memorigo farita</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>Memorigo farenda</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>the line between planned and past entries</comment>
        <translation>Nun</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TodayPage</name>
    <message>
        <source>%1 — %2</source>
        <comment>an item of the day and its contact</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Today&apos;s agenda</source>
        <translation>Hodiaŭa tagordo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiam</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>Nothing is due today.

Log a call or meeting with Ctrl+L and schedule the next step in the same dialog: it will show up here on its day.</source>
        <translation>Nenio estas farenda hodiaŭ.

Registru vokon aŭ renkontiĝon per Ctrl+L kaj planu la sekvan paŝon en la sama dialogo: ĝi aperos ĉi tie en sia tago.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Farita</translation>
    </message>
    <message>
        <source>Mark the reminder done (D)</source>
        <translation>Marki la memorigon farita (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze Until Tomorrow</source>
        <translation>&amp;Prokrasti ĝis morgaŭ</translation>
    </message>
    <message>
        <source>Ask again tomorrow at 9:00 (S)</source>
        <translation>Memorigi denove morgaŭ je 9:00 (S)</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>&amp;Malfermi kontakton</translation>
    </message>
    <message>
        <source>Show the contact&apos;s card (Enter)</source>
        <translation>Montri la karton de la kontakto (Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;D&lt;/b&gt; done · &lt;b&gt;S&lt;/b&gt; snooze until tomorrow · &lt;b&gt;Enter&lt;/b&gt; open · &lt;b&gt;Ctrl+L&lt;/b&gt; log a call or meeting · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; fold a section</source>
        <translation>&lt;b&gt;D&lt;/b&gt; farita · &lt;b&gt;S&lt;/b&gt; prokrasti ĝis morgaŭ · &lt;b&gt;Enter&lt;/b&gt; malfermi · &lt;b&gt;Ctrl+L&lt;/b&gt; registri vokon aŭ renkontiĝon · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; faldi sekcion</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Show the first %n…</source>
        <translation>
            <numerusform>Montri la unuan %Ln…</numerusform>
            <numerusform>Montri la unuajn %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation>
            <numerusform>Montri la %Ln…</numerusform>
            <numerusform>Montri ĉiujn %Ln…</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter lists every item of the section</source>
        <translation>Enter listigas ĉiujn erojn de la sekcio</translation>
    </message>
    <message>
        <source>Snoozed; first due %1</source>
        <translation>Prokrastita; origine farenda je %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Malfruaj</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Farendaj hodiaŭ</translation>
    </message>
    <message>
        <source>Meetings today and tomorrow</source>
        <translation>Renkontiĝoj hodiaŭ kaj morgaŭ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hodiaŭ</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgaŭ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a meeting&apos;s day (Today, Tomorrow) and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Naskiĝtagoj ĉi-semajne</translation>
    </message>
    <message>
        <source>%1 turns %2</source>
        <translation>%1 iĝas %2-jara</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Perdiĝanta kontakto</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>antaŭ %Ln tago</numerusform>
            <numerusform>antaŭ %Ln tagoj</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Neniam</translation>
    </message>
    <message numerus="yes">
        <source>%1 — stay in touch every %n day(s)</source>
        <comment>a contact&apos;s name</comment>
        <translation>
            <numerusform>%1 — resti en kontakto ĉiun %Ln tagon</numerusform>
            <numerusform>%1 — resti en kontakto ĉiujn %Ln tagojn</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Stagnantaj negocoj</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%Ln tago en la etapo</numerusform>
            <numerusform>%Ln tagoj en la etapo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>No move for %n day(s): Enter shows the deal on the pipeline board.</source>
        <translation>
            <numerusform>Neniu movo dum %Ln tago: Enter montras la negocon sur la tabulo de la vendofluo.</numerusform>
            <numerusform>Neniu movo dum %Ln tagoj: Enter montras la negocon sur la tabulo de la vendofluo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>Malfermi &amp;negocon</translation>
    </message>
    <message>
        <source>Show the deal on the pipeline board (Enter)</source>
        <translation>Montri la negocon sur la tabulo de la vendofluo (Enter)</translation>
    </message>
    <message>
        <source>“%1” snoozed until tomorrow.</source>
        <translation>“%1” prokrastita ĝis morgaŭ.</translation>
    </message>
    <message>
        <source>Who to call next</source>
        <translation>Kiun voki sekve</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2
Enter opens the contact; Ctrl+L logs the call.</source>
        <translation>%1 — %2
Enter malfermas la kontakton; Ctrl+L registras la vokon.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::UndoHistory</name>
    <message>
        <source>No database is open.</source>
        <translation>Neniu datumbazo estas malfermita.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::UserGuideDialog</name>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>La uzantogvidilo mankas en ĉi tiu versio.</translation>
    </message>
    <message>
        <source>Kontor User Guide</source>
        <translation>Uzantogvidilo de Kontor</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WeeklyReportView</name>
    <message>
        <source>Figure</source>
        <translation>Cifero</translation>
    </message>
    <message>
        <source>What the notebook asked each week.</source>
        <translation>Kion la kajero demandis ĉiusemajne.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ĉi tiu semajno</translation>
    </message>
    <message>
        <source>The week shown.</source>
        <translation>La montrata semajno.</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Antaŭa semajno</translation>
    </message>
    <message>
        <source>The week before it.</source>
        <translation>La semajno antaŭ ĝi.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ŝanĝo</translation>
    </message>
    <message>
        <source>This week less the week before.</source>
        <translation>Ĉi tiu semajno minus la antaŭa semajno.</translation>
    </message>
    <message>
        <source>Calls held</source>
        <translation>Okazintaj vokoj</translation>
    </message>
    <message>
        <source>Calls logged in the week.</source>
        <translation>Vokoj registritaj en la semajno.</translation>
    </message>
    <message>
        <source>… successful</source>
        <translation>… sukcesaj</translation>
    </message>
    <message>
        <source>Calls with the outcome “successful”.</source>
        <translation>Vokoj kun la rezulto “sukcesa”.</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Okazintaj renkontiĝoj</translation>
    </message>
    <message>
        <source>Meetings that took place in the week.</source>
        <translation>Renkontiĝoj, kiuj okazis en la semajno.</translation>
    </message>
    <message>
        <source>Meetings with the outcome “successful”.</source>
        <translation>Renkontiĝoj kun la rezulto “sukcesa”.</translation>
    </message>
    <message>
        <source>Led to another appointment</source>
        <translation>Kondukis al plua renkontiĝo</translation>
    </message>
    <message>
        <source>Calls and meetings whose next step booked a meeting.</source>
        <translation>Vokoj kaj renkontiĝoj, kies sekva paŝo rezervis renkontiĝon.</translation>
    </message>
    <message>
        <source>Appointments in the next 30 days</source>
        <translation>Renkontiĝoj en la venontaj 30 tagoj</translation>
    </message>
    <message>
        <source>Meetings booked for the 30 days after the week.</source>
        <translation>Renkontiĝoj rezervitaj por la 30 tagoj post la semajno.</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Novaj interesatoj</translation>
    </message>
    <message>
        <source>Contacts created in the week.</source>
        <translation>Kontaktoj kreitaj en la semajno.</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Gajnitaj negocoj</translation>
    </message>
    <message>
        <source>Deals moved to Won in the week.</source>
        <translation>Negocoj movitaj al Gajnita en la semajno.</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Perditaj negocoj</translation>
    </message>
    <message>
        <source>Deals moved to Lost in the week.</source>
        <translation>Negocoj movitaj al Perdita en la semajno.</translation>
    </message>
    <message>
        <source>The amounts of the deals won in the week.</source>
        <translation>La sumoj de la negocoj gajnitaj en la semajno.</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Gajnita enspezo</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>Malfermitaj plendoj</translation>
    </message>
    <message>
        <source>Complaints logged in the week.</source>
        <translation>Plendoj registritaj en la semajno.</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Solvitaj plendoj</translation>
    </message>
    <message>
        <source>Complaints marked resolved in the week, whenever they were logged.</source>
        <translation>Plendoj markitaj solvitaj en la semajno, kiam ajn ili estis registritaj.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Vokoj</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Renkontiĝoj</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Sukcesaj</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>La lastaj 12 semajnoj</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;: nothing logged yet. Log calls and meetings with Ctrl+L as they happen.</source>
        <translation>Semajno de &lt;b&gt;%1&lt;/b&gt;: ankoraŭ nenio registrita. Registru vokojn kaj renkontiĝojn per Ctrl+L, kiam ili okazas.</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;, the period&apos;s last week so far, compared with the week before.</source>
        <translation>Semajno ekde &lt;b&gt;%1&lt;/b&gt; (la lasta semajno de la periodo ĝis nun), komparata kun la antaŭa semajno.</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;, compared with the week before.</source>
        <translation>Semajno de &lt;b&gt;%1&lt;/b&gt;, komparata kun la antaŭa semajno.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semajno de %1</translation>
    </message>
    <message>
        <source>%1, week of %2</source>
        <translation>%1, semajno de %2</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WelcomePage</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation>Bonvenon al Kontor</translation>
    </message>
    <message>
        <source>Your clients, what was said and what to do next, in one file on this computer. Two questions, then choose how to begin.</source>
        <translation>Viaj klientoj, kio estis dirita kaj kion fari poste, en unu dosiero en ĉi tiu komputilo. Du demandoj, poste elektu, kiel komenci.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Via nomo</translation>
    </message>
    <message>
        <source>As your colleagues and reports should show it</source>
        <translation>Kiel ĝi aperu al kolegoj kaj en raportoj</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Via lando</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Via &amp;nomo:</translation>
    </message>
    <message>
        <source>Your &amp;country:</source>
        <translation>Via &amp;lando:</translation>
    </message>
    <message>
        <source>&amp;Add your first contact</source>
        <translation>&amp;Aldoni vian unuan kontakton</translation>
    </message>
    <message>
        <source>A person, with their company, emails and phones (Ctrl+N)</source>
        <translation>Persono, kun sia firmao, retpoŝtadresoj kaj telefonoj (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importi dosieron…</translation>
    </message>
    <message>
        <source>Contacts from a spreadsheet (CSV), Google Contacts, Outlook or a vCard file</source>
        <translation>Kontaktoj el kalkultabelo (CSV), Google Contacts, Outlook aŭ vCard-dosiero</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Malfermi la &amp;demonstran datumbazon</translation>
    </message>
    <message>
        <source>5,000 made-up contacts with a year of calls, meetings and deals, in a file of its own: your database stays as it is</source>
        <translation>5000 elpensitaj kontaktoj kun unu jaro da vokoj, renkontiĝoj kaj negocoj, en aparta dosiero: via datumbazo restas kiel ĝi estas</translation>
    </message>
    <message>
        <source>Choose your country. Phone numbers written without a country code, such as 030 1234567, are read as numbers of that country.</source>
        <translation>Elektu vian landon. Telefonnumeroj skribitaj sen landokodo, ekzemple 030 1234567, estas legataj kiel numeroj de tiu lando.</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country; Settings can change it.</source>
        <translation>Telefonnumeroj skribitaj sen landokodo estas legataj kiel numeroj de ĉi tiu lando; Agordoj povas ŝanĝi tion.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo database</source>
        <translation>Demonstra datumbazo</translation>
    </message>
    <message>
        <source>Generating the demo database…</source>
        <translation>Generado de la demonstra datumbazo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Kontor, an offline CRM.</source>
        <translation>Kontor, senkonekta CRM.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Malfermi ĉi tiun datumbazan dosieron.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>dosiero</translation>
    </message>
    <message>
        <source>Open the demo database, generating it on first use.</source>
        <translation>Malfermi la demonstran datumbazon, generante ĝin ĉe la unua uzo.</translation>
    </message>
    <message>
        <source>Contacts in a new demo database.</source>
        <translation>Kontaktoj en nova demonstra datumbazo.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The language of the interface, e.g. de.</source>
        <translation>La lingvo de la interfaco, ekz. de.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingvo</translation>
    </message>
</context>
</TS>
