<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Activity</name>
    <message>
        <source>The activity report could not be computed: %1</source>
        <translation>Der Aktivitätsbericht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>The activity report could not be computed.</source>
        <translation>Der Aktivitätsbericht konnte nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>AgendaRepository</name>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>Die Termine ließen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>Die Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The birthdays could not be read: %1</source>
        <translation>Die Geburtstage konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>%1 archived.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ArchiveRepository</name>
    <message>
        <source>The archive could not be read: %1</source>
        <translation>Das Archiv konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The record could not be restored: %1</source>
        <translation>Der Eintrag konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The record is not in the archive any more.</source>
        <translation>Der Eintrag ist nicht mehr im Archiv.</translation>
    </message>
</context>
<context>
    <name>AssignActions</name>
    <message>
        <source>Change assignment rules</source>
        <translation>Zuweisungsregeln ändern</translation>
    </message>
    <message>
        <source>Assign contacts by the rules</source>
        <translation>Kontakte nach den Regeln zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n contact(s) by the rules</source>
        <translation>
            <numerusform>%Ln Kontakt nach den Regeln zuweisen</numerusform>
            <numerusform>%Ln Kontakte nach den Regeln zuweisen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignText</name>
    <message>
        <source>(everyone)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(aus)</translation>
    </message>
    <message>
        <source>assign takes its contacts as --where options, or lists its rules: assign rules.</source>
        <translation>assign erwartet seine Kontakte als --where-Optionen oder listet seine Regeln auf: assign rules.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) would change owner.</source>
        <translation>
            <numerusform>%Ln Kontakt würde den Betreuer wechseln.</numerusform>
            <numerusform>%Ln Kontakte würden den Betreuer wechseln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed owner.</source>
        <translation>
            <numerusform>%Ln Kontakt hat den Betreuer gewechselt.</numerusform>
            <numerusform>%Ln Kontakte haben den Betreuer gewechselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) looked at.</source>
        <translation>
            <numerusform>%Ln Kontakt geprüft.</numerusform>
            <numerusform>%Ln Kontakte geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>The assignment rules could not be read: %1</source>
        <translation>Die Zuweisungsregeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: choose the salesperson who gets the contacts.</source>
        <translation>%1: Wählen Sie den Mitarbeiter, der die Kontakte bekommt.</translation>
    </message>
    <message>
        <source>%1: choose at least one salesperson to share the contacts.</source>
        <translation>%1: Wählen Sie mindestens einen Mitarbeiter, auf den die Kontakte verteilt werden.</translation>
    </message>
    <message>
        <source>The assignment rules could not be saved: %1</source>
        <translation>Die Zuweisungsregeln konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The assignment rules could not be applied: %1</source>
        <translation>Die Zuweisungsregeln konnten nicht angewendet werden: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>“%1” could not be copied beside the database.</source>
        <translation>„%1“ konnte nicht neben die Datenbank kopiert werden.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of “%1”; the database before it is in “%2”.</source>
        <translation>Die Sicherung konnte „%1“ nicht ersetzen; die Datenbank von vorher liegt in „%2“.</translation>
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
        <translation>Die Erinnerungen ließen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>Der Kalender ließ sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>Die Termine ließen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Termin mit %1</translation>
    </message>
    <message>
        <source>Exporting meetings</source>
        <translation>Termine werden exportiert</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CallNext</name>
    <message>
        <source>Who to call next could not be read: %1</source>
        <translation>„Als Nächstes anrufen“ konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message>
        <source>%1, %2 in all; %3</source>
        <comment>orders, revenue; last contact</comment>
        <translation>%1, insgesamt %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), the last on %1</source>
        <translation>
            <numerusform>%Ln Auftrag, der letzte am %1</numerusform>
            <numerusform>%Ln Aufträge, der letzte am %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %Ln day(s)</source>
        <translation>
            <numerusform>seit %Ln Tag ohne Kontakt</numerusform>
            <numerusform>seit %Ln Tagen ohne Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a scoring rule and its points: Decision maker +20</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>score %1: %2</source>
        <comment>a lead score and the rules that gave it</comment>
        <translation>Score %1: %2</translation>
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
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Stay in touch every (days)</source>
        <translation>Kontakt halten alle (Tage)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Hauptsitz</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Zurückgestellt bis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>Dauer (Sekunden)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>Position</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal or reminder</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>The change history could not be read: %1</source>
        <translation>Die Änderungshistorie konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run “kontor-cli --help” for the commands and options.</source>
        <translation>„kontor-cli --help“ zeigt die Befehle und Optionen.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Datenbank bereit: %1 (Schema %2)</translation>
    </message>
    <message>
        <source>--contacts needs a whole number of 0 or more.</source>
        <translation>--contacts braucht eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed braucht eine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Generated %1 contacts, %2 companies, %3 interactions, %4 deals, %5 reminders in %6 s.</source>
        <translation>%1 Kontakte, %2 Firmen, %3 Kontaktereignisse, %4 Geschäfte und %5 Erinnerungen in %6 s erzeugt.</translation>
    </message>
    <message>
        <source>search needs the text to look for.</source>
        <translation>search braucht den gesuchten Text.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more.</source>
        <translation>--limit braucht eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schemaversion: %1 (dieses Programm: %2)</translation>
    </message>
    <message>
        <source>SQLite %1, journal mode %2</source>
        <translation>SQLite %1, Journalmodus %2</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrität: in Ordnung</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>backup needs exactly one target file.</source>
        <translation>backup braucht genau eine Zieldatei.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sicherung geschrieben nach %1</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Print machine-readable JSON on standard output.</source>
        <translation>Maschinenlesbares JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>demo: how many contacts to generate (default 500).</source>
        <translation>demo: wie viele Kontakte erzeugt werden (Standard 500).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>demo: the random seed; the same seed gives the same data (default 1).</source>
        <translation>demo: der Zufallsstartwert; derselbe Wert ergibt dieselben Daten (Standard 1).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>search: the most results to print (default 20).</source>
        <translation>search: höchstens so viele Treffer ausgeben (Standard 20).</translation>
    </message>
    <message>
        <source>The language of messages, such as de or en.</source>
        <translation>Die Sprache der Meldungen, etwa de oder en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>--interactions needs a whole number from 0 to 1000.</source>
        <translation>--interactions braucht eine ganze Zahl von 0 bis 1000.</translation>
    </message>
    <message>
        <source>demo: average interactions per contact over the last year (default 10).</source>
        <translation>demo: durchschnittliche Kontaktereignisse je Kontakt im letzten Jahr (Standard 10).</translation>
    </message>
    <message>
        <source>--as-of needs a date such as 2026-11-24.</source>
        <translation>--as-of braucht ein Datum wie 2026-11-24.</translation>
    </message>
    <message>
        <source>demo: the day the demo data is written for (default today).</source>
        <translation>demo: der Tag, für den die Demodaten gelten (Standard: heute).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>report needs one of: %1.</source>
        <translation>report braucht eines von: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-11-24.</source>
        <translation>--%1 braucht ein Datum wie 2026-11-24.</translation>
    </message>
    <message>
        <source>report: the first day (default: the quarter&apos;s first).</source>
        <translation>report: der erste Tag (Standard: der erste des Quartals).</translation>
    </message>
    <message>
        <source>report: the last day (default: today).</source>
        <translation>report: der letzte Tag (Standard: heute).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>export: CSV with every value exactly as stored, formulas not neutralised (for scripts and import).</source>
        <translation>export: CSV mit jedem Wert genau wie gespeichert, Formeln nicht entschärft (für Skripte und Import).</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>import needs a file: import FILE.csv or FILE.vcf.</source>
        <translation>import braucht eine Datei: import DATEI.csv oder DATEI.vcf.</translation>
    </message>
    <message>
        <source>--duplicates is skip, update, merge or create.</source>
        <translation>--duplicates ist skip, update, merge oder create.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--delimiter is one character (or “tab”).</source>
        <translation>--delimiter ist ein Zeichen (oder „tab“).</translation>
    </message>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation>Die Kodierung „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>No preset is called “%1”.</source>
        <translation>Keine Vorlage heißt „%1“.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=field, with a field key such as first_name: “%1”.</source>
        <translation>--map erwartet SPALTE=feld, mit einem Feldschlüssel wie first_name: „%1“.</translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>Die Datei hat keine Spalte „%1“.</translation>
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>Vor dem Import ließ sich keine Sicherung anlegen, darum wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1 rows; %2 would be created, %3 updated, %4 merged, %5 skipped, %6 rejected; %7 with warnings.</source>
        <translation>Probelauf, nichts geändert: %1 Zeilen; %2 würden angelegt, %3 aktualisiert, %4 zusammengeführt, %5 übersprungen, %6 abgewiesen; %7 mit Warnungen.</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected; %7 with warnings.</source>
        <translation>%1 Zeilen importiert: %2 angelegt, %3 aktualisiert, %4 zusammengeführt, %5 übersprungen, %6 abgewiesen; %7 mit Warnungen.</translation>
    </message>
    <message>
        <source>“kontor-cli undo-import %1” takes it back.</source>
        <translation>„kontor-cli undo-import %1“ nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 merged</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 zusammengeführt</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>undo-import needs the import&apos;s number, as “kontor-cli imports” lists it.</source>
        <translation>undo-import braucht die Nummer des Imports, wie „kontor-cli imports“ sie zeigt.</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 contacts removed, %3 put back as they were, %4 archived (they have history logged since).</source>
        <translation>Import %1 zurückgenommen: %2 Kontakte entfernt, %3 wiederhergestellt, %4 archiviert (sie haben inzwischen einen Verlauf).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>import: a row whose email or phone is already there: skip (default), update, merge or create.</source>
        <translation>import: eine Zeile, deren E-Mail oder Telefon es schon gibt: skip (Standard), update, merge oder create.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>import: COLUMN=field, by header or number; repeatable.</source>
        <translation>import: SPALTE=feld, nach Überschrift oder Nummer; wiederholbar.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>import: the mapping preset by name (default: the one that fits best).</source>
        <translation>import: die Zuordnungsvorlage nach Namen (Standard: die am besten passende).</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (default: detected).</source>
        <translation>import: die Kodierung der Datei (Standard: erkannt).</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>import: the character between fields (default: detected).</source>
        <translation>import: das Zeichen zwischen den Feldern (Standard: erkannt).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>export needs what: contacts, companies, interactions, deals, reminders, meetings or calendar.</source>
        <translation>export braucht was: contacts, companies, interactions, deals, reminders, meetings oder calendar.</translation>
    </message>
    <message>
        <source>--format for %1 is %2.</source>
        <translation>--format für %1 ist %2.</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>%1 Datensätze nach %2 exportiert</translation>
    </message>
    <message>
        <source>export: csv (default), vcf (contacts) or ics (reminders, meetings, calendar).</source>
        <translation>export: csv (Standard), vcf (Kontakte) oder ics (Erinnerungen, Termine, Kalender).</translation>
    </message>
    <message>
        <source>--as is contacts, companies, interactions or deals.</source>
        <translation>--as ist contacts, companies, interactions oder deals.</translation>
    </message>
    <message>
        <source>A vCard file holds contacts.</source>
        <translation>Eine vCard-Datei enthält Kontakte.</translation>
    </message>
    <message>
        <source>import: what the file holds: contacts (default), companies, interactions or deals.</source>
        <translation>import: was die Datei enthält: contacts (Standard), companies, interactions oder deals.</translation>
    </message>
    <message>
        <source>What to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder.</source>
        <translation>Was zu tun ist: init, demo, search, report, check, backup, import, export, contact, log, deal oder reminder.</translation>
    </message>
    <message>
        <source>report: one salesperson&apos;s figures; contact: the salesperson who owns it. By name.</source>
        <translation>report: die Zahlen eines Verkäufers; contact: der zuständige Verkäufer. Nach Name.</translation>
    </message>
    <message>
        <source>Say what to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder.</source>
        <translation>Sagen Sie, was zu tun ist: init, demo, search, report, check, backup, import, export, contact, log, deal oder reminder.</translation>
    </message>
    <message>
        <source>--%1 needs a date and time such as 2026-12-03T14:30 (local time) or 2026-12-03T13:30Z.</source>
        <translation>--%1 braucht Datum und Uhrzeit wie 2026-12-03T14:30 (Ortszeit) oder 2026-12-03T13:30Z.</translation>
    </message>
    <message>
        <source>Contact %1 added: %2</source>
        <translation>Kontakt %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>contact update needs the contact: its number or email address.</source>
        <translation>contact update braucht den Kontakt: seine Nummer oder E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Contact %1 saved: %2</source>
        <translation>Kontakt %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>contact: the first name.</source>
        <translation>contact: der Vorname.</translation>
    </message>
    <message>
        <source>contact: the last name.</source>
        <translation>contact: der Nachname.</translation>
    </message>
    <message>
        <source>contact: the job title.</source>
        <translation>contact: die Position.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>contact: the (first) email address.</source>
        <translation>contact: die (erste) E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>contact: the (first) phone number.</source>
        <translation>contact: die (erste) Telefonnummer.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>contact: the company&apos;s name (made when there is none).</source>
        <translation>contact: der Name der Firma (wird angelegt, wenn es sie nicht gibt).</translation>
    </message>
    <message>
        <source>log, deal, reminder: the contact&apos;s number, email address or phone.</source>
        <translation>log, deal, reminder: Nummer, E-Mail-Adresse oder Telefon des Kontakts.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>log: call, meeting, email, message, note or complaint.</source>
        <translation>log: call, meeting, email, message, note oder complaint.</translation>
    </message>
    <message>
        <source>log: successful, neutral, unsuccessful, no_answer, voicemail, busy, wrong_number or your own.</source>
        <translation>log: successful, neutral, unsuccessful, no_answer, voicemail, busy, wrong_number oder ein eigenes.</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>log: when it happened (default: now).</source>
        <translation>log: wann es war (Standard: jetzt).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>log: how long it took.</source>
        <translation>log: wie lange es dauerte.</translation>
    </message>
    <message>
        <source>log: the subject.</source>
        <translation>log: der Betreff.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>log: what was said.</source>
        <translation>log: was besprochen wurde.</translation>
    </message>
    <message>
        <source>log: a follow-up reminder due then.</source>
        <translation>log: eine Wiedervorlage, fällig zu dieser Zeit.</translation>
    </message>
    <message>
        <source>log: the next meeting, planned then.</source>
        <translation>log: der nächste Termin, zu dieser Zeit geplant.</translation>
    </message>
    <message>
        <source>log: the follow-up&apos;s title (default: “Follow up”).</source>
        <translation>log: der Titel der Wiedervorlage (Standard: „Nachfassen“).</translation>
    </message>
    <message>
        <source>deal, reminder: the title.</source>
        <translation>deal, reminder: der Titel.</translation>
    </message>
    <message>
        <source>deal: the amount, such as 1250.50.</source>
        <translation>deal: der Betrag, etwa 1250.50.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>deal: the stage, by name (default: the first).</source>
        <translation>deal: die Phase, nach Name (Standard: die erste).</translation>
    </message>
    <message>
        <source>deal lose: why the deal was lost.</source>
        <translation>deal lose: warum das Geschäft verloren ging.</translation>
    </message>
    <message>
        <source>reminder: when it is due.</source>
        <translation>reminder: wann sie fällig ist.</translation>
    </message>
    <message>
        <source>log needs --contact: the contact&apos;s number, email address or phone.</source>
        <translation>log braucht --contact: Nummer, E-Mail-Adresse oder Telefon des Kontakts.</translation>
    </message>
    <message>
        <source>--kind needs one of: %1.</source>
        <translation>--kind braucht eines von: %1.</translation>
    </message>
    <message>
        <source>Give --next-reminder or --next-meeting, not both.</source>
        <translation>Geben Sie --next-reminder oder --next-meeting an, nicht beides.</translation>
    </message>
    <message>
        <source>--minutes needs a whole number of 0 or more.</source>
        <translation>--minutes braucht eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>(interaction %1)</source>
        <translation>(Eintrag %1)</translation>
    </message>
    <message>
        <source>(deal %1)</source>
        <translation>(Geschäft %1)</translation>
    </message>
    <message>
        <source>deal add needs --title and --contact.</source>
        <translation>deal add braucht --title und --contact.</translation>
    </message>
    <message>
        <source>--amount needs an amount such as 1250.50.</source>
        <translation>--amount braucht einen Betrag wie 1250.50.</translation>
    </message>
    <message>
        <source>deal needs add, move, win or lose.</source>
        <translation>deal braucht add, move, win oder lose.</translation>
    </message>
    <message>
        <source>deal %1 needs the deal&apos;s number.</source>
        <translation>deal %1 braucht die Nummer des Geschäfts.</translation>
    </message>
    <message>
        <source>deal move needs --stage.</source>
        <translation>deal move braucht --stage.</translation>
    </message>
    <message>
        <source>deal lose needs --reason: why the deal was lost.</source>
        <translation>deal lose braucht --reason: warum das Geschäft verloren ging.</translation>
    </message>
    <message>
        <source>reminder add needs --title and --due.</source>
        <translation>reminder add braucht --title und --due.</translation>
    </message>
    <message>
        <source>Reminder %1 added: %2, due %3.</source>
        <translation>Erinnerung %1 hinzugefügt: %2, fällig %3.</translation>
    </message>
    <message>
        <source>reminder done needs the reminder&apos;s number.</source>
        <translation>reminder done braucht die Nummer der Erinnerung.</translation>
    </message>
    <message>
        <source>reminder needs add or done.</source>
        <translation>reminder braucht add oder done.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>salvage needs the damaged file and a new file to save into.</source>
        <translation>salvage braucht die beschädigte Datei und eine neue Datei, in die gerettet wird.</translation>
    </message>
    <message>
        <source>Saved into %1:</source>
        <translation>Gerettet in %1:</translation>
    </message>
    <message>
        <source>%1: nothing could be read (kept as a new database has it)</source>
        <translation>%1: nichts lesbar (so belassen, wie eine neue Datenbank es hat)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s); damaged stretches skipped: %2</source>
        <translation>
            <numerusform>%1: %Ln Zeile; übersprungene beschädigte Stellen: %2</numerusform>
            <numerusform>%1: %Ln Zeilen; übersprungene beschädigte Stellen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln Zeile</numerusform>
            <numerusform>%1: %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved row(s) refer to rows that were lost (a deal whose contact was on a damaged page, for example).</source>
        <translation>
            <numerusform>%Ln gerettete Zeile verweist auf verlorene Zeilen (etwa ein Geschäft, dessen Kontakt auf einer beschädigten Seite stand).</numerusform>
            <numerusform>%Ln gerettete Zeilen verweisen auf verlorene Zeilen (etwa ein Geschäft, dessen Kontakt auf einer beschädigten Seite stand).</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was left unchanged. Open the new one and look through it before you use it instead.</source>
        <translation>Die beschädigte Datei blieb unverändert. Öffnen Sie die neue und sehen Sie sie durch, bevor Sie sie stattdessen verwenden.</translation>
    </message>
    <message>
        <source>Another program is writing to this database; waiting for it (at most %1 s)…</source>
        <translation>Ein anderes Programm schreibt in diese Datenbank; warte darauf (höchstens %1 s)…</translation>
    </message>
    <message>
        <source>contact merge needs the contact to keep and the one to merge into it.</source>
        <translation>contact merge braucht den Kontakt, der bleibt, und den, der mit ihm zusammengeführt wird.</translation>
    </message>
    <message>
        <source>contact merge needs two different contacts.</source>
        <translation>contact merge braucht zwei verschiedene Kontakte.</translation>
    </message>
    <message>
        <source>Contact %1 merged into %2: %3</source>
        <translation>Kontakt %1 mit %2 zusammengeführt: %3</translation>
    </message>
    <message>
        <source>contact needs add, update or merge.</source>
        <translation>contact braucht add, update oder merge.</translation>
    </message>
    <message>
        <source>--record needs contact, company or deal.</source>
        <translation>--record braucht contact, company oder deal.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>field add needs --key, --label and --type.</source>
        <translation>field add braucht --key, --label und --type.</translation>
    </message>
    <message>
        <source>--type needs one of: %1.</source>
        <translation>--type braucht eines von: %1.</translation>
    </message>
    <message>
        <source>Field %1 added: %2</source>
        <translation>Feld %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>field %1 needs the field&apos;s key.</source>
        <translation>field %1 braucht den Schlüssel des Felds.</translation>
    </message>
    <message>
        <source>Field %1 archived; “field restore %1” brings it back with its values.</source>
        <translation>Feld %1 archiviert; „field restore %1“ holt es mit seinen Werten zurück.</translation>
    </message>
    <message>
        <source>Field %1 saved: %2</source>
        <translation>Feld %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>field: contact (default), company or deal.</source>
        <translation>field: contact (Standard), company oder deal.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>field: the key, such as budget (lower case, digits, _).</source>
        <translation>field: der Schlüssel, etwa budget (Kleinbuchstaben, Ziffern, _).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>field: the name shown, such as “Budget”.</source>
        <translation>field: der angezeigte Name, etwa „Budget“.</translation>
    </message>
    <message>
        <source>field add: text, longtext, number, money, date, checkbox, choice, choices, contact or company.</source>
        <translation>field add: text, longtext, number, money, date, checkbox, choice, choices, contact oder company.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>field: the choices, separated by “;”.</source>
        <translation>field: die Auswahlwerte, getrennt durch „;“.</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>Auswahlwerte</translation>
    </message>
    <message>
        <source>field: a value must be given.</source>
        <translation>field: ein Wert muss angegeben werden.</translation>
    </message>
    <message>
        <source>field list: archived fields too.</source>
        <translation>field list: auch archivierte Felder.</translation>
    </message>
    <message>
        <source>contact: KEY=VALUE of a custom field; repeatable.</source>
        <translation>contact: SCHLÜSSEL=WERT eines eigenen Felds; wiederholbar.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>Schlüssel=Wert</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>field needs list, add, rename, remove or restore.</source>
        <translation>field braucht list, add, rename, remove oder restore.</translation>
    </message>
    <message>
        <source>field add takes its values as options.</source>
        <translation>field add erwartet seine Werte als Optionen.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE with the key of a contact field: “%1” is not. See kontor-cli field list.</source>
        <translation>--set braucht SCHLÜSSEL=WERT mit dem Schlüssel eines Kontaktfelds: „%1“ ist keiner. Siehe kontor-cli field list.</translation>
    </message>
    <message>
        <source>contacts takes its conditions as --where options.</source>
        <translation>contacts erwartet seine Bedingungen als --where-Optionen.</translation>
    </message>
    <message>
        <source>deal, field add: the ISO 4217 currency (default EUR).</source>
        <translation>deal, field add: die Währung nach ISO 4217 (Standard EUR).</translation>
    </message>
    <message>
        <source>searchable</source>
        <translation>durchsuchbar</translation>
    </message>
    <message>
        <source>field: a text field whose values the search finds.</source>
        <translation>field: ein Textfeld, dessen Werte die Suche findet.</translation>
    </message>
    <message>
        <source>field=answers</source>
        <translation>Feld=Auswahlwerte</translation>
    </message>
    <message>
        <source>Give --required or --optional, not both.</source>
        <translation>Geben Sie --required oder --optional an, nicht beides.</translation>
    </message>
    <message>
        <source>Give --searchable or --not-searchable, not both.</source>
        <translation>Geben Sie --searchable oder --not-searchable an, nicht beides.</translation>
    </message>
    <message>
        <source>field rename needs --label, --key, --options, --required, --optional, --searchable or --not-searchable.</source>
        <translation>field rename braucht --label, --key, --options, --required, --optional, --searchable oder --not-searchable.</translation>
    </message>
    <message>
        <source>field rename: no value needed any more.</source>
        <translation>field rename: kein Wert mehr erforderlich.</translation>
    </message>
    <message>
        <source>field rename: the search no longer finds its values.</source>
        <translation>field rename: die Suche findet seine Werte nicht mehr.</translation>
    </message>
    <message>
        <source>report rfm takes only --to: it looks back two years from that day.</source>
        <translation>report rfm akzeptiert nur --to: es blickt von diesem Tag aus zwei Jahre zurück.</translation>
    </message>
    <message>
        <source>score rules: put in the starter set of scoring rules.</source>
        <translation>score rules: das Starter-Set der Scoring-Regeln anlegen.</translation>
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
        <translation>Kontors Befehlszeile: Skripte, Sicherungen, Tests und Messungen auf derselben Datenbank wie das Fenster.

Befehle:
  init                      Datenbank anlegen oder aktualisieren
  demo [--contacts N] [--seed S] [--interactions N] [--as-of DATUM]
                            reproduzierbare Beispieldaten hinzufügen
  search TEXT [--limit N]   Kontakte, Firmen und Notizen finden
  report funnel|sources|weekly|activity|forecast|lifecycle [--from DATUM] [--to DATUM] [--owner NAME]
                            die Zahlen der Berichtsseite (Standard: dieses Quartal)
  report rfm [--to DATUM]   Aktualität, Häufigkeit und Geldwert der Kunden, nach Segment (Standard: heute)
  score [NR]                Lead-Scores neu berechnen, oder den eines Kontakts mit seinen Regeln zeigen
  score rules [--starter]   die Scoring-Regeln (--starter: das Starter-Set anlegen)
  assign [--where &quot;SCHLÜSSEL OP WERT&quot; ...] [--dry-run]
                            Betreuer aus den Zuweisungsregeln für die Kontakte ohne Betreuer (oder die,
                            die --where nennt); assign rules listet die Regeln
  check                     Bericht über Integrität und Schema
  backup DATEI              konsistente Kopie, auch während Kontor geöffnet ist
  salvage DEFEKT NEU        das Lesbare einer beschädigten Datenbank in eine neue Datei retten
  import DATEI.csv|DATEI.vcf [--as contacts|companies|interactions|deals] [--dry-run]
         [--duplicates skip|update|merge|create] [--map SPALTE=feld ...] [--preset NAME]
         [--encoding E] [--delimiter Z]
                            Zeile für Zeile geprüft, in einer Transaktion
  imports                   die Importgeschichte
  undo-import N             einen Import zurücknehmen
  export contacts|companies|interactions|deals [-o DATEI] [--format csv|vcf] [--exact]
                            CSV (tabellensicher, oder --exact); Kontakte auch als vCard 4.0
  export reminders|meetings|calendar [-o DATEI]
                            iCalendar (.ics); ohne -o auf die Standardausgabe

Befehle, die schreiben (jeder ein Schritt wie im Fenster; --json gibt den Datensatz mit seiner Nummer aus):
  contact add --first-name F [--last-name L] [--email E] [--phone P] [--company C]
              [--job-title T] [--owner NAME] [--set SCHLÜSSEL=WERT ...]
  contact update NR|E-MAIL|TELEFON [dieselben Optionen]
  contact merge BLEIBT ANDERER  (je NR|E-MAIL|TELEFON) Verlauf und leere Felder von ANDERER gehen an BLEIBT
  log --contact NR|E-MAIL|TELEFON [--kind call|meeting|email|message|note|complaint]
      [--outcome SCHLÜSSEL] [--at ZEIT] [--minutes N] [--subject S] [--notes TEXT]
      [--next-reminder ZEIT [--next-title T] | --next-meeting ZEIT [--next-title T]]
  deal add --title T --contact NR|E-MAIL|TELEFON [--amount 1250.50] [--currency EUR] [--stage NAME]
  deal move NR --stage NAME [--reason TEXT] | deal win NR | deal lose NR --reason TEXT
  reminder add --title T --due ZEIT [--contact NR|E-MAIL|TELEFON] | reminder done NR

Eigene Felder, und Kontakte nach beliebigen Feldern:
  field list [--record contact|company|deal] [--archived]
  field add [--record R] --key K --label L --type text|longtext|number|money|date|checkbox|
            choice|choices|contact|company [--options &quot;a;b;c&quot;] [--currency C] [--required] [--searchable]
  field rename SCHLÜSSEL [--record R] [--label L] [--key NEU] [--options &quot;a;b;c&quot;]
               [--required|--optional] [--searchable|--not-searchable]
  field remove SCHLÜSSEL | field restore SCHLÜSSEL [--record R]
                            archivieren und mit seinen Werten zurückholen
  contacts [--where &quot;SCHLÜSSEL OP WERT&quot; ...] [--json]
                            OP: = != &lt; &lt;= &gt; &gt;= ~, oder SCHLÜSSEL empty|notempty
ZEIT ist ISO 8601: 2026-12-03T14:30 (Ortszeit) oder 2026-12-03T13:30Z.</translation>
    </message>
    <message>
        <source>report: only the records with these answers of a choice field, such as industry=Retail;Food, or in a territory, such as territory=DACH.</source>
        <translation>report: nur die Datensätze mit diesen Auswahlwerten eines Auswahlfelds, etwa industry=Einzelhandel;Lebensmittel, oder in einem Gebiet, etwa territory=DACH.</translation>
    </message>
    <message>
        <source>import, assign: report what would happen and change nothing.</source>
        <translation>import, assign: zeigen, was geschähe, und nichts ändern.</translation>
    </message>
    <message>
        <source>contacts, assign: “KEY OP VALUE”, OP one of = != &lt; &lt;= &gt; &gt;= ~ (contains), or “KEY empty” / “KEY notempty”; repeatable, all must hold.</source>
        <translation>contacts, assign: „SCHLÜSSEL OP WERT“, OP eines von = != &lt; &lt;= &gt; &gt;= ~ (enthält), oder „SCHLÜSSEL empty“ / „SCHLÜSSEL notempty“; wiederholbar, alle müssen zutreffen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s) got an owner from the assignment rules.</source>
        <translation>
            <numerusform>%Ln neuer Kontakt hat durch die Zuweisungsregeln einen Betreuer erhalten.</numerusform>
            <numerusform>%Ln neue Kontakte haben durch die Zuweisungsregeln einen Betreuer erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyActions</name>
    <message>
        <source>Give the company a name.</source>
        <translation>Geben Sie der Firma einen Namen.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
</context>
<context>
    <name>CompanyMerge</name>
    <message>
        <source>Choose two different companies to merge.</source>
        <translation>Wählen Sie zwei verschiedene Firmen zum Zusammenführen.</translation>
    </message>
    <message>
        <source>One of the two companies no longer exists.</source>
        <translation>Eine der beiden Firmen gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The companies could not be merged: %1</source>
        <translation>Die Firmen ließen sich nicht zusammenführen: %1</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>A company needs a name.</source>
        <translation>Eine Firma braucht einen Namen.</translation>
    </message>
    <message>
        <source>A company cannot be a branch of itself or of one of its own branches.</source>
        <translation>Eine Firma kann keine Niederlassung von sich selbst oder einer ihrer Niederlassungen sein.</translation>
    </message>
    <message>
        <source>The company could not be saved: %1</source>
        <translation>Die Firma konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The company could not be read: %1</source>
        <translation>Die Firma konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no company with the number %1.</source>
        <translation>Es gibt keine Firma mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The company could not be archived: %1</source>
        <translation>Die Firma konnte nicht archiviert werden: %1</translation>
    </message>
    <message>
        <source>The company is already archived or no longer exists.</source>
        <translation>Die Firma ist schon archiviert oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The companies could not be read: %1</source>
        <translation>Die Firmen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>Neuer Kontakt %1</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt archivieren</numerusform>
            <numerusform>%Ln Kontakte archivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the owner of %n contact(s)</source>
        <translation>
            <numerusform>Betreuer von %Ln Kontakt setzen</numerusform>
            <numerusform>Betreuer von %Ln Kontakten setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt verschlagworten</numerusform>
            <numerusform>%Ln Kontakte verschlagworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why: %1 would go back to %2.</source>
        <translation>Nennen Sie einen Grund: %1 würde auf %2 zurückgestuft.</translation>
    </message>
    <message>
        <source>Say why %1 is disqualified.</source>
        <translation>Sagen Sie, warum %1 disqualifiziert wird.</translation>
    </message>
    <message>
        <source>Say why %1 goes back to %2.</source>
        <translation>Sagen Sie, warum %1 auf %2 zurückgestuft wird.</translation>
    </message>
    <message numerus="yes">
        <source>Set the stage of %Ln contact(s)</source>
        <translation>
            <numerusform>Phase von %Ln Kontakt setzen</numerusform>
            <numerusform>Phase von %Ln Kontakten setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>The field is not a contact field in use; it may have been removed.</source>
        <translation>Das Feld ist kein verwendetes Kontaktfeld; vielleicht wurde es entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Set a field of %Ln contact(s)</source>
        <translation>
            <numerusform>Feld von %Ln Kontakt setzen</numerusform>
            <numerusform>Feld von %Ln Kontakten setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>Die Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export ließ sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Exporting contacts</source>
        <translation>Kontakte werden exportiert</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (split in first and last)</source>
        <translation>Voller Name (in Vor- und Nachname geteilt)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>Zweite E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google Kontakte</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Generic CRM export</source>
        <translation>Export eines anderen CRM</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>Position</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>“%1” does not look like an email address (kept).</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus (behalten).</translation>
    </message>
    <message>
        <source>“%1” does not look like a valid phone number (kept).</source>
        <translation>„%1“ sieht nicht wie eine gültige Telefonnummer aus (behalten).</translation>
    </message>
    <message>
        <source>The birthday “%1” is not a date Kontor reads (kept in the notes).</source>
        <translation>Der Geburtstag „%1“ ist kein Datum, das Kontor liest (in den Notizen behalten).</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>The status “%1” is not one of Kontor&apos;s (kept in the notes).</source>
        <translation>Der Status „%1“ ist keiner von Kontors (in den Notizen behalten).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No user is called “%1” (kept in the notes).</source>
        <translation>Kein Benutzer heißt „%1“ (in den Notizen behalten).</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>The date added “%1” is not a date Kontor reads (left out).</source>
        <translation>Das Anlagedatum „%1“ ist kein Datum, das Kontor liest (weggelassen).</translation>
    </message>
    <message>
        <source>Same email as %1 (%2)</source>
        <translation>Gleiche E-Mail wie %1 (%2)</translation>
    </message>
    <message>
        <source>Same phone number as %1 (%2)</source>
        <translation>Gleiche Telefonnummer wie %1 (%2)</translation>
    </message>
    <message>
        <source>Same name as %1, and no email or phone to tell them apart</source>
        <translation>Gleicher Name wie %1, und keine E-Mail oder Telefonnummer zur Unterscheidung</translation>
    </message>
    <message>
        <source>Empty row</source>
        <translation>Leere Zeile</translation>
    </message>
    <message>
        <source>No name (a contact needs a first or a last name)</source>
        <translation>Kein Name (ein Kontakt braucht einen Vor- oder Nachnamen)</translation>
    </message>
    <message>
        <source>The campaign “%1” is unknown and has no lead source to be created in (kept in the notes).</source>
        <translation>Die Kampagne „%1“ ist unbekannt und hat keine Quelle, in der sie angelegt werden könnte (in den Notizen behalten).</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation>%1; nichts Neues</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>Der Import konnte nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Line %1 could not be imported, and nothing was: %2</source>
        <translation>Zeile %1 ließ sich nicht importieren, und nichts wurde importiert: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Abweisen</translation>
    </message>
    <message>
        <source>No column is mapped to a field: choose at least the name&apos;s columns.</source>
        <translation>Keine Spalte ist einem Feld zugeordnet: Wählen Sie mindestens die Spalten des Namens.</translation>
    </message>
    <message>
        <source>No column is mapped to a name (first, last or full name).</source>
        <translation>Keine Spalte ist einem Namen zugeordnet (Vor-, Nach- oder voller Name).</translation>
    </message>
    <message>
        <source>The file could not be read, and nothing was imported: %1</source>
        <translation>Die Datei ließ sich nicht lesen, und nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>The company could not be saved: %1</source>
        <translation>Die Firma konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than anyone types there (at most %3)</source>
        <translation>%1 hat %2 Zeichen, mehr als dort jemand tippt (höchstens %3)</translation>
    </message>
    <message>
        <source>%1 Kept in the notes.</source>
        <translation>%1 In den Notizen behalten.</translation>
    </message>
</context>
<context>
    <name>ContactInserter</name>
    <message>
        <source>The contact&apos;s email could not be saved: %1</source>
        <translation>Die E-Mail des Kontakts ließ sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>The contact&apos;s phone could not be saved: %1</source>
        <translation>Die Telefonnummer des Kontakts ließ sich nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>ContactListQuery</name>
    <message>
        <source>The contacts could not be counted: %1</source>
        <translation>Die Kontakte konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>This order cannot be read on from a row.</source>
        <translation>In dieser Sortierung kann nicht ab einer Zeile weitergelesen werden.</translation>
    </message>
    <message>
        <source>The contacts could not be sorted: %1</source>
        <translation>Die Kontakte konnten nicht sortiert werden: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>Die Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No contact field to sort by.</source>
        <translation>Es gibt kein Kontaktfeld, nach dem sortiert werden könnte.</translation>
    </message>
</context>
<context>
    <name>ContactLookup</name>
    <message>
        <source>There is no contact number %1.</source>
        <translation>Es gibt keinen Kontakt mit der Nummer %1.</translation>
    </message>
    <message>
        <source>No contact has the email address %1.</source>
        <translation>Kein Kontakt hat die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>No contact has the phone number %1.</source>
        <translation>Kein Kontakt hat die Telefonnummer %1.</translation>
    </message>
    <message>
        <source>Say which contact: a number, an email address or a phone number.</source>
        <translation>Sagen Sie, welcher Kontakt: eine Nummer, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Several contacts have the email address %1; name the contact by its number.</source>
        <translation>Mehrere Kontakte haben die E-Mail-Adresse %1; geben Sie den Kontakt mit seiner Nummer an.</translation>
    </message>
    <message>
        <source>Several contacts have the phone number %1; name the contact by its number.</source>
        <translation>Mehrere Kontakte haben die Telefonnummer %1; geben Sie den Kontakt mit seiner Nummer an.</translation>
    </message>
    <message>
        <source>No contact has the phone number %1. No country is set for numbers without a country code: give it with its code (+49 …), or choose the country in Settings.</source>
        <translation>Kein Kontakt hat die Telefonnummer %1. Für Nummern ohne Landesvorwahl ist kein Land eingestellt: Geben Sie sie mit Vorwahl an (+49 …) oder wählen Sie das Land in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>ContactMerge</name>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation>Wählen Sie zwei verschiedene Kontakte zum Zusammenführen.</translation>
    </message>
    <message>
        <source>One of the two contacts no longer exists.</source>
        <translation>Einen der beiden Kontakte gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The contacts could not be merged: %1</source>
        <translation>Die Kontakte ließen sich nicht zusammenführen: %1</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation>Ein Kontakt braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>Der Kontakt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The contact has not been saved yet.</source>
        <translation>Der Kontakt ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Den Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The contact&apos;s email could not be saved: %1</source>
        <translation>Die E-Mail des Kontakts ließ sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>The contact&apos;s phone could not be saved: %1</source>
        <translation>Die Telefonnummer des Kontakts ließ sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>The contact could not be read: %1</source>
        <translation>Der Kontakt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no contact with the number %1.</source>
        <translation>Es gibt keinen Kontakt mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The contact could not be archived: %1</source>
        <translation>Der Kontakt konnte nicht archiviert werden: %1</translation>
    </message>
    <message>
        <source>The contact is already archived or no longer exists.</source>
        <translation>Der Kontakt ist schon archiviert oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The contact could not be restored: %1</source>
        <translation>Der Kontakt konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The contact is not archived.</source>
        <translation>Der Kontakt ist nicht archiviert.</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>Die Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The contacts could not be changed: %1</source>
        <translation>Die Kontakte konnten nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>ContactStatus</name>
    <message>
        <source>Lead</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Marketing qualified</source>
        <translation>Marketing-qualifiziert</translation>
    </message>
    <message>
        <source>Sales qualified</source>
        <translation>Vertriebsqualifiziert</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
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
        <translation>Bekannt, noch nicht qualifiziert.</translation>
    </message>
    <message>
        <source>Marketing qualified lead (MQL): fits and shows interest; worth a salesperson&apos;s look.</source>
        <translation>Marketing-qualifizierter Lead (MQL): passt und zeigt Interesse; einen Blick des Vertriebs wert.</translation>
    </message>
    <message>
        <source>Sales qualified lead (SQL): a salesperson confirmed the need, budget and timing; ready for a meeting or an offer.</source>
        <translation>Vertriebsqualifizierter Lead (SQL): Ein Vertriebsmitarbeiter hat Bedarf, Budget und Zeitrahmen bestätigt; bereit für einen Termin oder ein Angebot.</translation>
    </message>
    <message>
        <source>Has an open deal.</source>
        <translation>Hat ein offenes Geschäft.</translation>
    </message>
    <message>
        <source>Has bought: a deal was won.</source>
        <translation>Hat gekauft: Ein Geschäft wurde gewonnen.</translation>
    </message>
    <message>
        <source>Not a fit, for the reason recorded with the move.</source>
        <translation>Passt nicht – aus dem Grund, der beim Wechsel erfasst wurde.</translation>
    </message>
    <message>
        <source>No longer active: left the company, stopped buying.</source>
        <translation>Nicht mehr aktiv: hat die Firma verlassen oder kauft nicht mehr.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation>Die Kodierung „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>More problems follow; only the first %1 are listed.</source>
        <translation>Es folgen weitere Probleme; nur die ersten %1 sind aufgeführt.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 and were replaced by “�”: if the text looks wrong, choose the file&apos;s encoding.</source>
        <translation>einige Bytes sind kein gültiges %1 und wurden durch „�“ ersetzt: Sieht der Text falsch aus, wählen Sie die Kodierung der Datei.</translation>
    </message>
    <message>
        <source>a quote opened here is never closed: the rest of the file went into one field.</source>
        <translation>ein hier geöffnetes Anführungszeichen wird nie geschlossen: Der Rest der Datei kam in ein Feld.</translation>
    </message>
    <message>
        <source>text follows a closing quote; it was kept as part of the field.</source>
        <translation>nach einem schließenden Anführungszeichen folgt Text; er wurde als Teil des Feldes behalten.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields: Kontor reads files of up to %2 columns. Is it a list, and is its delimiter the right one?</source>
        <translation>Zeile %1 hat mehr als %2 Felder: Kontor liest Dateien mit bis zu %2 Spalten. Ist es eine Liste, und ist ihr Trennzeichen das richtige?</translation>
    </message>
</context>
<context>
    <name>CustomFieldActions</name>
    <message>
        <source>A field&apos;s key is up to 40 lower-case letters (a–z), digits and underscores, starting with a letter: “%1” is not.</source>
        <translation>Der Schlüssel eines Felds besteht aus bis zu 40 Kleinbuchstaben (a–z), Ziffern und Unterstrichen und beginnt mit einem Buchstaben: „%1“ erfüllt das nicht.</translation>
    </message>
    <message>
        <source>“%1” is the key of a built-in field.</source>
        <translation>„%1“ ist der Schlüssel eines eingebauten Felds.</translation>
    </message>
    <message>
        <source>An archived field has the key “%1”: restore it, or choose another key.</source>
        <translation>Ein archiviertes Feld hat den Schlüssel „%1“: Stellen Sie es wieder her oder wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>Another field has the key “%1”.</source>
        <translation>Ein anderes Feld hat den Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Enter the field&apos;s name.</source>
        <translation>Geben Sie den Namen des Felds ein.</translation>
    </message>
    <message>
        <source>A choice needs a name.</source>
        <translation>Ein Auswahlwert braucht einen Namen.</translation>
    </message>
    <message>
        <source>A choice cannot contain “;”, which separates choices in files.</source>
        <translation>Ein Auswahlwert darf kein „;“ enthalten, denn es trennt in Dateien die Auswahlwerte.</translation>
    </message>
    <message>
        <source>The choice “%1” is there twice.</source>
        <translation>Den Auswahlwert „%1“ gibt es zweimal.</translation>
    </message>
    <message>
        <source>Give the field at least one choice.</source>
        <translation>Geben Sie dem Feld mindestens einen Auswahlwert.</translation>
    </message>
    <message>
        <source>Add field %1</source>
        <translation>Feld %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename field %1 to %2</source>
        <translation>Feld %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Change field %1</source>
        <translation>Feld %1 ändern</translation>
    </message>
    <message>
        <source>Archive field %1</source>
        <translation>Feld %1 archivieren</translation>
    </message>
    <message>
        <source>Restore field %1</source>
        <translation>Feld %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Reorder fields</source>
        <translation>Felder neu ordnen</translation>
    </message>
    <message>
        <source>Make field %1 %2</source>
        <translation>Typ von Feld %1 auf %2 ändern</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Einwände</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>Decides alone</source>
        <translation>Entscheidet allein</translation>
    </message>
    <message>
        <source>Decides with others</source>
        <translation>Entscheidet mit anderen</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>Empfiehlt</translation>
    </message>
    <message>
        <source>No say</source>
        <translation>Kein Mitspracherecht</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Keine bekannt</translation>
    </message>
    <message>
        <source>Incumbent supplier</source>
        <translation>Bisheriger Lieferant</translation>
    </message>
    <message>
        <source>Another offer</source>
        <translation>Anderes Angebot</translation>
    </message>
    <message>
        <source>Doing it themselves</source>
        <translation>Macht es selbst</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Lead-Status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Attempting contact</source>
        <translation>Kontaktversuch</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>lead status</comment>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Falscher Zeitpunkt</translation>
    </message>
    <message>
        <source>Add qualification fields</source>
        <translation>Qualifizierungsfelder hinzufügen</translation>
    </message>
    <message>
        <source>Fill in %1: it is required.</source>
        <translation>Füllen Sie %1 aus: Es ist ein Pflichtfeld.</translation>
    </message>
</context>
<context>
    <name>CustomFieldRepository</name>
    <message>
        <source>The custom fields could not be read: %1</source>
        <translation>Die eigenen Felder konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The custom field could not be read: %1</source>
        <translation>Das eigene Feld konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no custom field with the number %1.</source>
        <translation>Es gibt kein eigenes Feld mit der Nummer %1.</translation>
    </message>
    <message>
        <source>Contacts have no field “%1”.</source>
        <translation>Kontakte haben kein Feld „%1“.</translation>
    </message>
    <message>
        <source>Companies have no field “%1”.</source>
        <translation>Firmen haben kein Feld „%1“.</translation>
    </message>
    <message>
        <source>Deals have no field “%1”.</source>
        <translation>Geschäfte haben kein Feld „%1“.</translation>
    </message>
    <message>
        <source>The field could not be added: %1</source>
        <translation>Das Feld konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The field could not be saved: %1</source>
        <translation>Das Feld konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The field&apos;s choices could not be saved: %1</source>
        <translation>Die Auswahlwerte des Felds konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The fields could not be put in order: %1</source>
        <translation>Die Felder konnten nicht geordnet werden: %1</translation>
    </message>
    <message>
        <source>%1 holds a list of its choices.</source>
        <translation>%1 enthält eine Liste von Auswahlwerten.</translation>
    </message>
    <message>
        <source>%1 has no choice with the number %2.</source>
        <translation>%1 hat keinen Auswahlwert mit der Nummer %2.</translation>
    </message>
    <message>
        <source>%1 cannot hold that value.</source>
        <translation>%1 kann diesen Wert nicht aufnehmen.</translation>
    </message>
    <message>
        <source>No company is called “%1”.</source>
        <translation>Keine Firma heißt „%1“.</translation>
    </message>
    <message>
        <source>Several contacts are called “%1”: give an email address.</source>
        <translation>Mehrere Kontakte heißen „%1“: Geben Sie eine E-Mail-Adresse an.</translation>
    </message>
</context>
<context>
    <name>CustomerSegments</name>
    <message>
        <source>The customers&apos; segments could not be saved: %1</source>
        <translation>Die Segmente der Kunden konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>DataHealth</name>
    <message numerus="yes">
        <source>No contact for %n month(s)</source>
        <translation>
            <numerusform>Seit %Ln Monat ohne Kontakt</numerusform>
            <numerusform>Seit %Ln Monaten ohne Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not called, met or written to in that time, or never.</source>
        <translation>In dieser Zeit nicht (oder noch nie) angerufen, getroffen oder angeschrieben.</translation>
    </message>
    <message>
        <source>No email and no phone</source>
        <translation>Keine E-Mail und kein Telefon</translation>
    </message>
    <message>
        <source>No way to reach them.</source>
        <translation>Keine Möglichkeit, sie zu erreichen.</translation>
    </message>
    <message>
        <source>An email that is not one</source>
        <translation>Eine E-Mail, die keine ist</translation>
    </message>
    <message>
        <source>Without an @, with spaces, or without a dotted domain.</source>
        <translation>Ohne @, mit Leerzeichen oder ohne Domain mit Punkt.</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Betreuer</translation>
    </message>
    <message>
        <source>Nobody looks after them.</source>
        <translation>Niemand kümmert sich um sie.</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>Keine Lead-Quelle</translation>
    </message>
    <message>
        <source>The lead-source report cannot count them.</source>
        <translation>Der Bericht „Lead-Quellen“ kann sie nicht zählen.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A phone number that is not valid</source>
        <translation>Eine Telefonnummer, die nicht gültig ist</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n phone number(s) saved before</source>
        <translation>
            <numerusform>%Ln früher gespeicherte Telefonnummer wird geprüft</numerusform>
            <numerusform>%Ln früher gespeicherte Telefonnummern werden geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a phone number, or not a valid one for its country.</source>
        <translation>Keine Telefonnummer, oder keine gültige für ihr Land.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>„%1“ kann nicht gelesen werden: keine Berechtigung.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Kontor database: it is not an SQLite database file. It was left unchanged.</source>
        <translation>„%1“ ist keine Kontor-Datenbank, sondern gar keine SQLite-Datei. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Kontor database. It was left unchanged.</source>
        <translation>„%1“ ist eine SQLite-Datenbank eines anderen Programms, keine Kontor-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kontor (schema %2; this version knows up to %3). Please update Kontor. The file was left unchanged.</source>
        <translation>„%1“ stammt von einer neueren Kontor-Version (Schema %2; diese Version kennt bis %3). Bitte aktualisieren Sie Kontor. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qts SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database could not be configured (%1): %2</source>
        <translation>Die Datenbank konnte nicht eingerichtet werden (%1): %2</translation>
    </message>
    <message>
        <source>The built-in schema step %1 is missing.</source>
        <translation>Der eingebaute Schemaschritt %1 fehlt.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2
%3</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen: %2
%3</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database it is made from.</source>
        <translation>Eine Sicherung kann nicht die Datenbank überschreiben, aus der sie entsteht.</translation>
    </message>
    <message>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>Die Sicherung konnte nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” exists and could not be replaced.</source>
        <translation>„%1“ gibt es schon und konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The backup could not be moved to “%1”.</source>
        <translation>Die Sicherung konnte nicht nach „%1“ verschoben werden.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
    <message>
        <source>Schema version %1 differs from the expected %2.</source>
        <translation>Schemaversion %1 weicht von der erwarteten %2 ab.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Unter „%1“ gibt es keine Datenbank.</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline totals (deal_totals) differ from the deals in %n row(s).</source>
        <translation>
            <numerusform>Die Pipeline-Summen (deal_totals) weichen in %Ln Zeile von den Geschäften ab.</numerusform>
            <numerusform>Die Pipeline-Summen (deal_totals) weichen in %Ln Zeilen von den Geschäften ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report summaries differ from the rows they sum up in %n row(s).</source>
        <translation>
            <numerusform>Die Berichtssummen weichen in %Ln Zeile von den summierten Zeilen ab.</numerusform>
            <numerusform>Die Berichtssummen weichen in %Ln Zeilen von den summierten Zeilen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>A database in memory has no file to back up.</source>
        <translation>Eine Datenbank im Arbeitsspeicher hat keine Datei, die gesichert werden könnte.</translation>
    </message>
    <message>
        <source>“%1” could not be created.</source>
        <translation>„%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>in den Ordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The database can only be read: its file, its folder or its disk does not allow changes.</source>
        <translation>Die Datenbank kann nur gelesen werden: ihre Datei, ihr Ordner oder ihr Datenträger erlaubt keine Änderungen.</translation>
    </message>
    <message>
        <source>%1 (an index of it)</source>
        <translation>%1 (ein Index davon)</translation>
    </message>
    <message>
        <source>The database is damaged in: %1.</source>
        <translation>Die Datenbank ist beschädigt in: %1.</translation>
    </message>
    <message>
        <source>The database is damaged: SQLite reports “%1”.</source>
        <translation>Die Datenbank ist beschädigt: SQLite meldet „%1“.</translation>
    </message>
    <message>
        <source>Restore the newest good backup (File → Restore from Backup…; the backups made before the damage were kept), or save what can still be read into a new file with “kontor-cli salvage FILE NEW-FILE”.</source>
        <translation>Stellen Sie die neueste gute Sicherung wieder her (Datei → Aus Sicherung wiederherstellen…; die Sicherungen von vor dem Schaden sind erhalten) oder retten Sie das noch Lesbare mit „kontor-cli salvage DATEI NEUE-DATEI“ in eine neue Datei.</translation>
    </message>
    <message>
        <source>No backup was made. %1 %2</source>
        <translation>Es wurde keine Sicherung angelegt. %1 %2</translation>
    </message>
    <message>
        <source>“%1” could not be read together with “%2” beside it: that file holds changes of another database, or is damaged. Move “%2” into another folder (keep it: it may hold this database&apos;s last changes) and open “%1” again. Both files were left unchanged.</source>
        <translation>„%1“ ließ sich zusammen mit „%2“ daneben nicht lesen: Diese Datei enthält Änderungen einer anderen Datenbank oder ist beschädigt. Verschieben Sie „%2“ in einen anderen Ordner (behalten Sie sie: Sie kann die letzten Änderungen dieser Datenbank enthalten) und öffnen Sie „%1“ erneut. Beide Dateien blieben unverändert.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: its folder “%2” does not allow changes, and SQLite needs to keep two small files beside the database while it is open. Copy the file into a folder of yours, or ask for permission to write in that one. The file was left unchanged.</source>
        <translation>„%1“ kann nicht geöffnet werden: Ihr Ordner „%2“ erlaubt keine Änderungen, und SQLite muss neben einer geöffneten Datenbank zwei kleine Dateien anlegen. Kopieren Sie die Datei in einen eigenen Ordner oder lassen Sie sich Schreibrechte für diesen geben. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its first pages cannot be read. Restore it from a backup (File → Restore from Backup…, or the kontor-backups folder beside it). The file was left unchanged.</source>
        <translation>„%1“ ist beschädigt: Ihre ersten Seiten lassen sich nicht lesen. Stellen Sie sie aus einer Sicherung wieder her (Datei → Aus Sicherung wiederherstellen… oder der Ordner kontor-backups daneben). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2. It was left unchanged.</source>
        <translation>„%1“ ließ sich nicht lesen: %2. Sie blieb unverändert.</translation>
    </message>
    <message>
        <source>“%1” exists already: what is saved goes into a new file.</source>
        <translation>„%1“ existiert bereits: Das Gerettete kommt in eine neue Datei.</translation>
    </message>
    <message>
        <source>Nothing can be read from “%1”: the list of its tables is damaged. Restore a backup instead.</source>
        <translation>Aus „%1“ lässt sich nichts lesen: Die Liste ihrer Tabellen ist beschädigt. Stellen Sie stattdessen eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is not a Kontor database.</source>
        <translation>„%1“ ist keine Kontor-Datenbank.</translation>
    </message>
    <message>
        <source>the new file&apos;s tables could not be listed</source>
        <translation>die Tabellen der neuen Datei ließen sich nicht auflisten</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gerettet: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <source>“%1” lost: %2.</source>
        <translation>„%1“ verloren: %2.</translation>
    </message>
    <message>
        <source>“%1” won.</source>
        <translation>„%1“ gewonnen.</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>„%1“ in „%2“ verschoben.</translation>
    </message>
    <message>
        <source>The pipeline has no Won stage.</source>
        <translation>Die Pipeline hat keine Phase „Gewonnen“.</translation>
    </message>
    <message>
        <source>The pipeline has no Lost stage.</source>
        <translation>Die Pipeline hat keine Phase „Verloren“.</translation>
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation>Geben Sie dem Geschäft einen Titel.</translation>
    </message>
    <message>
        <source>Choose the contact the deal is with.</source>
        <translation>Wählen Sie den Kontakt des Geschäfts.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Choose the stage the deal is in.</source>
        <translation>Wählen Sie die Phase des Geschäfts.</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>Sagen Sie, warum das Geschäft verloren ging.</translation>
    </message>
    <message>
        <source>Edit deal “%1”</source>
        <translation>Geschäft „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation>Neues Geschäft „%1“</translation>
    </message>
    <message>
        <source>Deal “%1” created in %2.</source>
        <translation>Geschäft „%1“ in „%2“ angelegt.</translation>
    </message>
    <message>
        <source>Deal “%1” saved.</source>
        <translation>Geschäft „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is in %2 already.</source>
        <translation>„%1“ ist schon in „%2“.</translation>
    </message>
    <message>
        <source>Win “%1”</source>
        <translation>„%1“ gewinnen</translation>
    </message>
    <message>
        <source>Lose “%1”</source>
        <translation>„%1“ verlieren</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>„%1“ in „%2“ verschieben</translation>
    </message>
    <message>
        <source>There is no stage “%1”; the stages are: %2.</source>
        <translation>Es gibt keine Phase „%1“; die Phasen sind: %2.</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>A deal needs a title.</source>
        <translation>Ein Geschäft braucht einen Titel.</translation>
    </message>
    <message>
        <source>Choose the stage the deal is in.</source>
        <translation>Wählen Sie die Phase des Geschäfts.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The deal could not be saved: %1</source>
        <translation>Das Geschäft konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no deal with the number %1.</source>
        <translation>Es gibt kein Geschäft mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The deal could not be read: %1</source>
        <translation>Das Geschäft konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The deal could not be archived: %1</source>
        <translation>Das Geschäft konnte nicht archiviert werden: %1</translation>
    </message>
    <message>
        <source>The deal is already archived or no longer exists.</source>
        <translation>Das Geschäft ist schon archiviert oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The deal could not be moved: %1</source>
        <translation>Das Geschäft konnte nicht verschoben werden: %1</translation>
    </message>
</context>
<context>
    <name>DefaultNames</name>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Demo/Presentation</source>
        <translation>Demo/Präsentation</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Contract review</source>
        <translation>Vertragsprüfung</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Kaltakquise</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Messe</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>the person who runs the business</comment>
        <translation>Inhaber</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Tech</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Foods</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation>Textil</translation>
    </message>
    <message>
        <source>Pharma</source>
        <translation>Pharma</translation>
    </message>
    <message>
        <source>Motors</source>
        <translation>Motoren</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bau</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Optics</source>
        <translation>Optik</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>Robotik</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Möbel</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Verpackungen</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Solar</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>Dental</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>Plastics</source>
        <translation>Kunststoffe</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeugbau</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheitstechnik</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Gebäudereinigung</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytik</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Einzelhandel</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Fertigung</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Gesundheitswesen</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Baugewerbe</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Gastgewerbe</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzdienstleistungen</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Landwirtschaft</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>Vorsitz der Geschäftsführung</translation>
    </message>
    <message>
        <source>Managing Director</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <source>Head of Purchasing</source>
        <translation>Einkaufsleitung</translation>
    </message>
    <message>
        <source>Sales Manager</source>
        <translation>Vertriebsleitung</translation>
    </message>
    <message>
        <source>Office Manager</source>
        <translation>Büroleitung</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>Technische Leitung</translation>
    </message>
    <message>
        <source>Project Lead</source>
        <translation>Projektleitung</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Einkauf</translation>
    </message>
    <message>
        <source>Operations Manager</source>
        <translation>Betriebsleitung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber/in</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>Head of IT</source>
        <translation>IT-Leitung</translation>
    </message>
    <message>
        <source>Marketing Manager</source>
        <translation>Marketingleitung</translation>
    </message>
    <message>
        <source>Procurement Specialist</source>
        <translation>Strategischer Einkauf</translation>
    </message>
    <message>
        <source>Finance Director</source>
        <translation>Kaufmännische Leitung</translation>
    </message>
    <message>
        <source>Team Lead Logistics</source>
        <translation>Teamleitung Logistik</translation>
    </message>
    <message>
        <source>Assistant to the Board</source>
        <translation>Assistenz der Geschäftsführung</translation>
    </message>
    <message>
        <source>Facility Manager</source>
        <translation>Gebäudemanagement</translation>
    </message>
    <message>
        <source>HR Manager</source>
        <translation>Personalleitung</translation>
    </message>
    <message>
        <source>Starter plan</source>
        <translation>Starter-Tarif</translation>
    </message>
    <message>
        <source>Premium support</source>
        <translation>Premium-Support</translation>
    </message>
    <message>
        <source>warehouse scanners</source>
        <translation>Lagerscanner</translation>
    </message>
    <message>
        <source>onboarding workshop</source>
        <translation>Einführungsworkshop</translation>
    </message>
    <message>
        <source>cloud backup</source>
        <translation>Cloud-Backup</translation>
    </message>
    <message>
        <source>annual maintenance</source>
        <translation>Jahreswartung</translation>
    </message>
    <message>
        <source>fleet tracking</source>
        <translation>Fahrzeugortung</translation>
    </message>
    <message>
        <source>POS terminals</source>
        <translation>Kassensysteme</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Discussed the %1 offer; they want a quote by %2.</source>
        <translation>%1 besprochen; Kunde möchte bis %2 ein Angebot.</translation>
    </message>
    <message>
        <source>Renewal of the %1 contract: decision expected next week.</source>
        <translation>Vertragsverlängerung %1: Entscheidung wird nächste Woche erwartet.</translation>
    </message>
    <message>
        <source>Presented %1 to their team, good feedback on price, worried about rollout time.</source>
        <translation>%1 beim Team vorgestellt, gutes Feedback zum Preis, Bedenken wegen der Einführungsdauer.</translation>
    </message>
    <message>
        <source>Sent the revised proposal for %1 with the volume discount.</source>
        <translation>Überarbeitetes Angebot für %1 mit Mengenrabatt verschickt.</translation>
    </message>
    <message>
        <source>Asked about %1 integration with their accounting software.</source>
        <translation>%1: Kunde fragt nach der Anbindung an seine Buchhaltungssoftware.</translation>
    </message>
    <message>
        <source>Follow-up on the invoice for %1; payment promised by the end of the month.</source>
        <translation>Wegen der Rechnung für %1 nachgehakt; Zahlung bis Monatsende zugesagt.</translation>
    </message>
    <message>
        <source>Met at the trade show, interested in %1 for the new branch.</source>
        <translation>Auf der Messe kennengelernt; fragt %1 für die neue Filiale an.</translation>
    </message>
    <message>
        <source>Budget for %1 frozen until %2, call back then.</source>
        <translation>Budget für %1 bis %2 eingefroren, dann erneut anrufen.</translation>
    </message>
    <message>
        <source>Complaint: the %1 delivery arrived late and partly damaged.</source>
        <translation>Reklamation: %1 verspätet und teilweise beschädigt geliefert.</translation>
    </message>
    <message>
        <source>Complaint: billed twice for %1.</source>
        <translation>Reklamation: %1 doppelt berechnet.</translation>
    </message>
    <message>
        <source>Complaint: support did not answer about %1 for three days.</source>
        <translation>Reklamation: %1 – Support hat drei Tage lang nicht geantwortet.</translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>%1 zurückrufen</translation>
    </message>
    <message>
        <source>Send proposal to %1</source>
        <translation>Angebot an %1 senden</translation>
    </message>
    <message>
        <source>Check in with %1</source>
        <translation>Bei %1 melden</translation>
    </message>
    <message>
        <source>Prepare meeting with %1</source>
        <translation>Termin mit %1 vorbereiten</translation>
    </message>
    <message>
        <source>Follow up on quote for %1</source>
        <translation>Angebot für %1 nachfassen</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Preis zu hoch</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Für Wettbewerber entschieden</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt ungünstig</translation>
    </message>
    <message>
        <source>Spring newsletter</source>
        <translation>Frühjahrs-Newsletter</translation>
    </message>
    <message>
        <source>Summer newsletter</source>
        <translation>Sommer-Newsletter</translation>
    </message>
    <message>
        <source>Autumn newsletter</source>
        <translation>Herbst-Newsletter</translation>
    </message>
    <message>
        <source>Christmas newsletter</source>
        <translation>Weihnachts-Newsletter</translation>
    </message>
    <message>
        <source>Webinar: getting started</source>
        <translation>Webinar: Erste Schritte</translation>
    </message>
    <message>
        <source>Website relaunch</source>
        <translation>Website-Relaunch</translation>
    </message>
    <message>
        <source>Google Ads – search</source>
        <translation>Google Ads – Suche</translation>
    </message>
    <message>
        <source>Google Ads – display</source>
        <translation>Google Ads – Display</translation>
    </message>
    <message>
        <source>LinkedIn Ads – decision makers</source>
        <translation>LinkedIn Ads – Entscheider</translation>
    </message>
    <message>
        <source>Ad in a trade magazine</source>
        <translation>Anzeige in einer Fachzeitschrift</translation>
    </message>
    <message>
        <source>Local radio spot</source>
        <translation>Radiospot im Lokalradio</translation>
    </message>
    <message>
        <source>Trade fair Leipzig %1</source>
        <translation>Messe Leipzig %1</translation>
    </message>
    <message>
        <source>Hannover Messe %1</source>
        <translation>Hannover Messe %1</translation>
    </message>
    <message>
        <source>Summer open house %1</source>
        <translation>Sommer-Hausmesse %1</translation>
    </message>
    <message>
        <source>Regional business expo %1</source>
        <translation>Regionale Wirtschaftsmesse %1</translation>
    </message>
    <message>
        <source>Customer day %1</source>
        <translation>Kundentag %1</translation>
    </message>
    <message>
        <source>LinkedIn sponsored posts</source>
        <translation>Gesponserte LinkedIn-Beiträge</translation>
    </message>
    <message>
        <source>Instagram – summer campaign</source>
        <translation>Instagram – Sommerkampagne</translation>
    </message>
    <message>
        <source>Facebook ads – autumn offer</source>
        <translation>Facebook-Anzeigen – Herbstangebot</translation>
    </message>
    <message>
        <source>Customer referral bonus</source>
        <translation>Kunden-werben-Kunden-Prämie</translation>
    </message>
    <message>
        <source>Thank-you gifts for referrers</source>
        <translation>Dankeschön-Geschenke für Empfehlungsgeber</translation>
    </message>
    <message>
        <source>Call list: logistics companies</source>
        <translation>Anrufliste: Logistikunternehmen</translation>
    </message>
    <message>
        <source>Call list: retailers</source>
        <translation>Anrufliste: Einzelhändler</translation>
    </message>
    <message>
        <source>Spring promotion</source>
        <translation>Frühjahrsaktion</translation>
    </message>
    <message>
        <source>Autumn promotion</source>
        <translation>Herbstaktion</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>A company&apos;s name: %1 is its founder&apos;s family name, %2 its line of business (Karimi Logistics)</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of contacts cannot be negative.</source>
        <translation>Die Zahl der Kontakte kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Generating demo data failed: %1</source>
        <translation>Das Erzeugen der Beispieldaten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Generating demo data was cancelled; the database is unchanged.</source>
        <translation>Das Erzeugen der Beispieldaten wurde abgebrochen; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Contacts and their history</source>
        <translation>Kontakte und ihre Historie</translation>
    </message>
    <message>
        <source>Meeting about %1</source>
        <translation>Termin zu %1</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation>AW: %1</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Generating demo data failed: a row of %1 refers to a missing row of %2.</source>
        <translation>Das Erzeugen der Beispieldaten ist fehlgeschlagen: eine Zeile von %1 verweist auf eine fehlende Zeile von %2.</translation>
    </message>
    <message>
        <source>Pipeline totals</source>
        <translation>Pipeline-Summen</translation>
    </message>
    <message>
        <source>Report summaries</source>
        <translation>Berichtssummen</translation>
    </message>
    <message>
        <source>Checking references</source>
        <translation>Verweise prüfen</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Comparing emails</source>
        <translation>E-Mails werden verglichen</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation>Die Dublettensuche wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Same email: %1</source>
        <translation>Gleiche E-Mail: %1</translation>
    </message>
    <message>
        <source>Comparing phone numbers</source>
        <translation>Telefonnummern werden verglichen</translation>
    </message>
    <message>
        <source>Same phone number: %1</source>
        <translation>Gleiche Telefonnummer: %1</translation>
    </message>
    <message>
        <source>Comparing names</source>
        <translation>Namen werden verglichen</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Gleicher Name</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Same name but for case, punctuation or legal form</source>
        <translation>Gleicher Name bis auf Schreibweise, Satzzeichen oder Rechtsform</translation>
    </message>
</context>
<context>
    <name>FieldConditions</name>
    <message>
        <source>%1: “~” is for text.</source>
        <translation>%1: „~“ gilt nur für Text.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the form 2026-12-31.</source>
        <translation>%1: „%2“ ist kein Datum der Form 2026-12-31.</translation>
    </message>
    <message>
        <source>%1: choices are compared with = and != only.</source>
        <translation>%1: Auswahlwerte werden nur mit = und != verglichen.</translation>
    </message>
    <message>
        <source>%1: name a choice.</source>
        <translation>%1: Nennen Sie einen Auswahlwert.</translation>
    </message>
    <message>
        <source>%1: give a value, or use empty or notempty.</source>
        <translation>%1: Geben Sie einen Wert an oder verwenden Sie empty oder notempty.</translation>
    </message>
    <message>
        <source>%1: yes or no is compared with = and != only.</source>
        <translation>%1: Ja oder Nein wird nur mit = und != verglichen.</translation>
    </message>
    <message>
        <source>%1: links are compared with = and != only.</source>
        <translation>%1: Verweise werden nur mit = und != verglichen.</translation>
    </message>
    <message>
        <source>“%1” is not a condition such as “city = Berlin”, “budget &gt;= 5000” or “timeline empty”.</source>
        <translation>„%1“ ist keine Bedingung wie „city = Berlin“, „budget &gt;= 5000“ oder „timeline empty“.</translation>
    </message>
    <message>
        <source>id: compare it with a number.</source>
        <translation>id: mit einer Zahl vergleichen.</translation>
    </message>
    <message>
        <source>%1: compare it with =, !=, ~, empty or notempty.</source>
        <translation>%1: mit =, !=, ~, empty oder notempty vergleichen.</translation>
    </message>
    <message>
        <source>Contacts have no field “%1”. Built-in: %2; your own: see kontor-cli field list.</source>
        <translation>Kontakte haben kein Feld „%1“. Eingebaute: %2; eigene: siehe kontor-cli field list.</translation>
    </message>
    <message>
        <source>status: compare it with = or != and a stage, such as status = customer.</source>
        <translation>status: mit = oder != und einer Phase vergleichen, etwa status = customer.</translation>
    </message>
    <message>
        <source>status: “%1” is not a stage.</source>
        <translation>status: „%1“ ist keine Phase.</translation>
    </message>
    <message>
        <source>score: compare it with a number, such as score &gt;= 50.</source>
        <translation>score: Vergleichen Sie ihn mit einer Zahl, etwa score &gt;= 50.</translation>
    </message>
    <message>
        <source>Companies have no field “%1”. Built-in: %2; your own: see kontor-cli field list.</source>
        <translation>Firmen haben kein Feld „%1“. Eingebaut: %2; eigene: siehe kontor-cli field list.</translation>
    </message>
    <message>
        <source>territory: compare it with =, !=, empty or notempty.</source>
        <translation>territory: mit =, !=, empty oder notempty vergleichen.</translation>
    </message>
    <message>
        <source>territory: there is no territory “%1”.</source>
        <translation>territory: Es gibt kein Gebiet „%1“.</translation>
    </message>
    <message>
        <source>territory: name a territory.</source>
        <translation>territory: Nennen Sie ein Gebiet.</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Langer Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>Link to a contact</source>
        <translation>Verweis auf einen Kontakt</translation>
    </message>
    <message>
        <source>Link to a company</source>
        <translation>Verweis auf eine Firma</translation>
    </message>
</context>
<context>
    <name>FieldValueText</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount.</source>
        <translation>%1: „%2“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the form 2026-12-31.</source>
        <translation>%1: „%2“ ist kein Datum der Form 2026-12-31.</translation>
    </message>
    <message>
        <source>%1: “%2” is neither yes nor no.</source>
        <translation>%1: „%2“ ist weder Ja noch Nein.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of its choices.</source>
        <translation>%1: „%2“ ist keiner der Auswahlwerte.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record&apos;s number.</source>
        <translation>%1: „%2“ ist keine Datensatznummer.</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>Die Prognose konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>Die Geschäfte konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>The funnel could not be computed: %1</source>
        <translation>Der Trichter konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>Die Geschäfte konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>A vCard file holds contacts.</source>
        <translation>Eine vCard-Datei enthält Kontakte.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>Der Import konnte nicht beginnen: %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>Der Import konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Undo import %1</source>
        <translation>Import %1 rückgängig machen</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>Der Import konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>Der Import ließ sich nicht zurücknehmen: %1</translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation>Diesen Import gibt es nicht.</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>Dieser Import wurde schon zurückgenommen.</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Der Import wird zurückgenommen</translation>
    </message>
    <message>
        <source>Undoing the import was cancelled; nothing was changed.</source>
        <translation>Das Zurücknehmen wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The import&apos;s contacts could not be read: %1</source>
        <translation>Die Kontakte des Imports konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>The import could not start: %1</source>
        <translation>Der Import konnte nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>Zeilen werden geprüft</translation>
    </message>
    <message>
        <source>Importing rows</source>
        <translation>Zeilen werden importiert</translation>
    </message>
    <message>
        <source>The import could not be finished, and nothing was imported: %1</source>
        <translation>Der Import ließ sich nicht abschließen, und nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>The import could not be saved, and nothing was imported: %1</source>
        <translation>Der Import ließ sich nicht speichern, und nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>InteractionActions</name>
    <message>
        <source>Interaction logged, reminder done and the next meeting scheduled.</source>
        <translation>Eintrag gespeichert, Erinnerung erledigt und nächster Termin geplant.</translation>
    </message>
    <message>
        <source>Interaction logged, reminder done and follow-up scheduled.</source>
        <translation>Eintrag gespeichert, Erinnerung erledigt und Wiedervorlage geplant.</translation>
    </message>
    <message>
        <source>Interaction logged and reminder done.</source>
        <translation>Eintrag gespeichert und Erinnerung erledigt.</translation>
    </message>
    <message>
        <source>Interaction logged and the next meeting scheduled.</source>
        <translation>Eintrag gespeichert und nächster Termin geplant.</translation>
    </message>
    <message>
        <source>Interaction logged and follow-up scheduled.</source>
        <translation>Eintrag gespeichert und Wiedervorlage geplant.</translation>
    </message>
    <message>
        <source>Interaction logged.</source>
        <translation>Eintrag gespeichert.</translation>
    </message>
    <message>
        <source>Choose the contact the interaction was with.</source>
        <translation>Wählen Sie den Kontakt, mit dem Sie gesprochen haben.</translation>
    </message>
    <message>
        <source>Give the follow-up a title.</source>
        <translation>Geben Sie der Wiedervorlage einen Titel.</translation>
    </message>
    <message>
        <source>Enter when the follow-up is due.</source>
        <translation>Geben Sie an, wann die Wiedervorlage fällig ist.</translation>
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation>Aktivität mit %1 erfassen</translation>
    </message>
    <message>
        <source>Only a complaint can be resolved.</source>
        <translation>Nur eine Reklamation kann erledigt werden.</translation>
    </message>
    <message>
        <source>Complaint resolved.</source>
        <translation>Reklamation erledigt.</translation>
    </message>
    <message>
        <source>Complaint open again.</source>
        <translation>Reklamation wieder offen.</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>Reklamation erledigen</translation>
    </message>
    <message>
        <source>Open complaint again</source>
        <translation>Reklamation wieder öffnen</translation>
    </message>
</context>
<context>
    <name>InteractionKinds</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
</context>
<context>
    <name>InteractionOutcomes</name>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Erfolglos</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>Choose the contact this interaction was with.</source>
        <translation>Wählen Sie den Kontakt dieses Eintrags.</translation>
    </message>
    <message>
        <source>Choose what kind of interaction it was.</source>
        <translation>Wählen Sie die Art des Eintrags.</translation>
    </message>
    <message>
        <source>Enter when the interaction took place.</source>
        <translation>Geben Sie an, wann es stattfand.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>Die Dauer darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The interaction could not be saved: %1</source>
        <translation>Der Eintrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The interaction could not be read: %1</source>
        <translation>Der Eintrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no interaction with the number %1.</source>
        <translation>Es gibt keinen Eintrag mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The interaction could not be archived: %1</source>
        <translation>Der Eintrag konnte nicht archiviert werden: %1</translation>
    </message>
    <message>
        <source>The complaint could not be updated: %1</source>
        <translation>Die Reklamation konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>The scoring rules could not be read: %1</source>
        <translation>Die Scoring-Regeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Every scoring rule needs a name.</source>
        <translation>Jede Scoring-Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” gives no points.</source>
        <translation>„%1“ vergibt keine Punkte.</translation>
    </message>
    <message>
        <source>“%1”: a score cannot count itself.</source>
        <translation>„%1“: Ein Score kann sich nicht selbst zählen.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” needs a kind of interaction and a number of days.</source>
        <translation>„%1“ braucht eine Art von Kontaktereignis und eine Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>The scoring rules could not be saved: %1</source>
        <translation>Die Scoring-Regeln konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Decision maker (title with “director”)</source>
        <translation>Entscheider (Position mit „director“)</translation>
    </message>
    <message>
        <source>Decision maker (title with “head”)</source>
        <translation>Entscheider (Position mit „head“)</translation>
    </message>
    <message>
        <source>Owner or founder</source>
        <translation>Inhaber oder Gründer</translation>
    </message>
    <message>
        <source>Has an email address</source>
        <translation>Hat eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>No way to reach them</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Successful meeting in the last 30 days</source>
        <translation>Erfolgreicher Termin in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Answered call (halves every 14 days)</source>
        <translation>Angenommener Anruf (halbiert sich alle 14 Tage)</translation>
    </message>
    <message>
        <source>Email exchanged in the last 14 days</source>
        <translation>E-Mail-Austausch in den letzten 14 Tagen</translation>
    </message>
    <message>
        <source>Complaint (halves every 30 days)</source>
        <translation>Reklamation (halbiert sich alle 30 Tage)</translation>
    </message>
    <message>
        <source>The score could not be worked out: %1</source>
        <translation>Der Score konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>The score could not be saved: %1</source>
        <translation>Der Score konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The scores could not be worked out: %1</source>
        <translation>Die Scores konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Working out the scores</source>
        <translation>Die Scores werden berechnet</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The scores could not be saved: %1</source>
        <translation>Die Scores konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>LeadSourceRepository</name>
    <message>
        <source>A lead source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>The lead source could not be saved: %1</source>
        <translation>Die Quelle konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Eine Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <source>Choose the lead source of the campaign.</source>
        <translation>Wählen Sie die Quelle der Kampagne.</translation>
    </message>
    <message>
        <source>The spend cannot be negative.</source>
        <translation>Die Ausgaben dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The campaign cannot end before it starts.</source>
        <translation>Die Kampagne kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation>Die Kampagne konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A lead source called “%1” already exists.</source>
        <translation>Eine Quelle „%1“ gibt es schon.</translation>
    </message>
</context>
<context>
    <name>LeadSources</name>
    <message>
        <source>The lead source report could not be computed: %1</source>
        <translation>Der Bericht über die Lead-Quellen konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>Keine Lead-Quelle</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>Die Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleFunnel</name>
    <message>
        <source>The lifecycle funnel could not be computed: %1</source>
        <translation>Der Lebenszyklus-Trichter konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>Keine Lead-Quelle</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Betreuer</translation>
    </message>
    <message>
        <source>The lifecycle funnel could not be brought up to date: %1</source>
        <translation>Der Lebenszyklus-Trichter konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>rule: the fields that make a lead marketing qualified were filled</source>
        <translation>Regel: Die Felder, die einen Interessenten Marketing-qualifiziert machen, wurden ausgefüllt</translation>
    </message>
    <message>
        <source>rule: the qualification fields were filled</source>
        <translation>Regel: Die Qualifizierungsfelder wurden ausgefüllt</translation>
    </message>
    <message>
        <source>rule: a meeting was booked</source>
        <translation>Regel: Ein Termin wurde vereinbart</translation>
    </message>
    <message>
        <source>rule: a deal was created</source>
        <translation>Regel: Ein Geschäft wurde angelegt</translation>
    </message>
    <message>
        <source>rule: a deal was won</source>
        <translation>Regel: Ein Geschäft wurde gewonnen</translation>
    </message>
    <message>
        <source>rule: the lead score reached the threshold</source>
        <translation>Regel: Der Lead-Score hat den Schwellenwert erreicht</translation>
    </message>
    <message>
        <source>The leads to qualify could not be read: %1</source>
        <translation>Die zu qualifizierenden Interessenten konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleText</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Tage (Median)</translation>
    </message>
    <message>
        <source>Entered each stage, by lead source:</source>
        <translation>Eintritte in jede Phase, nach Lead-Quelle:</translation>
    </message>
    <message>
        <source>Entered each stage, by owner:</source>
        <translation>Eintritte in jede Phase, nach Betreuer:</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>Firmen zusammenführen</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as EUR.</source>
        <translation>Die Währung muss ein dreibuchstabiger ISO-4217-Code wie EUR sein.</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>Die Geschäfte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The pipeline could not be read: %1</source>
        <translation>Die Pipeline konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The pipeline totals could not be computed: %1</source>
        <translation>Die Pipeline-Summen konnten nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Die Datensätze ließen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export ließ sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 records exported to %2.</source>
        <translation>%1 Datensätze nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>RecordImport</name>
    <message>
        <source>Contacts are imported by ContactImport.</source>
        <translation>Kontakte importiert ContactImport.</translation>
    </message>
    <message>
        <source>No user is called “%1” (kept in the notes).</source>
        <translation>Kein Benutzer heißt „%1“ (in den Notizen behalten).</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <source>No company is called “%1” (kept in the notes).</source>
        <translation>Keine Firma heißt „%1“ (in den Notizen behalten).</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Mutterfirma</translation>
    </message>
    <message>
        <source>Same name as %1</source>
        <translation>Gleicher Name wie %1</translation>
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation>%1; nichts Neues</translation>
    </message>
    <message>
        <source>No date, or one Kontor cannot read: “%1”</source>
        <translation>Kein Datum, oder eines, das Kontor nicht liest: „%1“</translation>
    </message>
    <message>
        <source>No contact “%1” in Kontor (import the contacts first)</source>
        <translation>Kein Kontakt „%1“ in Kontor (importieren Sie zuerst die Kontakte)</translation>
    </message>
    <message>
        <source>The kind “%1” is not one of Kontor&apos;s (imported as a note).</source>
        <translation>Die Art „%1“ ist keine von Kontors (als Notiz importiert).</translation>
    </message>
    <message>
        <source>No deal “%1” for this contact (left out).</source>
        <translation>Kein Geschäft „%1“ für diesen Kontakt (weggelassen).</translation>
    </message>
    <message>
        <source>Already there: the same %1 at the same time</source>
        <translation>Schon vorhanden: dasselbe (%1) zur selben Zeit</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Kein Titel</translation>
    </message>
    <message>
        <source>No contact “%1” in Kontor (kept in the notes).</source>
        <translation>Kein Kontakt „%1“ in Kontor (in den Notizen behalten).</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>No stage is called “%1” (the first stage instead; kept in the notes).</source>
        <translation>Keine Phase heißt „%1“ (stattdessen die erste Phase; in den Notizen behalten).</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>The amount “%1” is not a number Kontor reads (kept in the notes).</source>
        <translation>Der Betrag „%1“ ist keine Zahl, die Kontor liest (in den Notizen behalten).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Already there: a deal of the same title for the same contact</source>
        <translation>Schon vorhanden: ein Geschäft mit demselben Titel für denselben Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind (call, meeting, email…)</source>
        <translation>Art (Anruf, Termin, E-Mail…)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>E-Mail des Kontakts</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Resolved (complaints)</source>
        <translation>Erledigt (Reklamationen)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <source>No column is mapped to “%1”, which every row needs.</source>
        <translation>Keine Spalte ist „%1“ zugeordnet, das jede Zeile braucht.</translation>
    </message>
    <message>
        <source>Line %1 could not be imported, and nothing was: %2</source>
        <translation>Zeile %1 ließ sich nicht importieren, und nichts wurde importiert: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The file could not be read, and nothing was imported: %1</source>
        <translation>Die Datei ließ sich nicht lesen, und nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal</comment>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>RegionChoice</name>
    <message>
        <source>Choose your country</source>
        <translation>Wählen Sie Ihr Land</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Enter when the reminder is due.</source>
        <translation>Geben Sie an, wann die Erinnerung fällig ist.</translation>
    </message>
    <message>
        <source>The reminder&apos;s contact does not exist.</source>
        <translation>Den Kontakt der Erinnerung gibt es nicht.</translation>
    </message>
    <message>
        <source>Edit reminder “%1”</source>
        <translation>Erinnerung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New reminder “%1”</source>
        <translation>Neue Erinnerung „%1“</translation>
    </message>
    <message>
        <source>Reminder saved.</source>
        <translation>Erinnerung gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is done already.</source>
        <translation>„%1“ ist schon erledigt.</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>„%1“ als erledigt markieren</translation>
    </message>
    <message>
        <source>“%1” done; next on %2.</source>
        <translation>„%1“ erledigt; nächstes Mal am %2.</translation>
    </message>
    <message>
        <source>“%1” done.</source>
        <translation>„%1“ erledigt.</translation>
    </message>
    <message>
        <source>Enter until when to snooze.</source>
        <translation>Geben Sie an, bis wann zurückgestellt wird.</translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation>„%1“ zurückstellen</translation>
    </message>
    <message>
        <source>“%1” snoozed until %2.</source>
        <translation>„%1“ zurückgestellt bis %2.</translation>
    </message>
    <message>
        <source>Say what to do.</source>
        <translation>Sagen Sie, was zu tun ist.</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>A reminder needs a title.</source>
        <translation>Eine Erinnerung braucht einen Titel.</translation>
    </message>
    <message>
        <source>A reminder needs a due time.</source>
        <translation>Eine Erinnerung braucht einen Fälligkeitszeitpunkt.</translation>
    </message>
    <message>
        <source>The reminder could not be saved: %1</source>
        <translation>Die Erinnerung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The reminder could not be read: %1</source>
        <translation>Die Erinnerung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no reminder with the number %1.</source>
        <translation>Es gibt keine Erinnerung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The reminder is already done.</source>
        <translation>Die Erinnerung ist schon erledigt.</translation>
    </message>
    <message>
        <source>The reminder could not be updated: %1</source>
        <translation>Die Erinnerung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Choose until when to snooze.</source>
        <translation>Wählen Sie, bis wann zurückgestellt wird.</translation>
    </message>
    <message>
        <source>The reminder could not be snoozed: %1</source>
        <translation>Die Erinnerung konnte nicht zurückgestellt werden: %1</translation>
    </message>
    <message>
        <source>Only an open reminder can be snoozed.</source>
        <translation>Nur eine offene Erinnerung lässt sich zurückstellen.</translation>
    </message>
    <message>
        <source>The reminder could not be archived: %1</source>
        <translation>Die Erinnerung konnte nicht archiviert werden: %1</translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>Die Erinnerungen ließen sich nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>ReportChoice</name>
    <message>
        <source>%1 is not a choice field.</source>
        <translation>%1 ist kein Auswahlfeld.</translation>
    </message>
    <message>
        <source>Name a choice field and its options, such as industry=Retail;Food.</source>
        <translation>Nennen Sie ein Auswahlfeld und seine Auswahlwerte, etwa industry=Einzelhandel;Lebensmittel.</translation>
    </message>
    <message>
        <source>There is no field “%1”.</source>
        <translation>Es gibt kein Feld „%1“.</translation>
    </message>
    <message>
        <source>%1 has no choice “%2”.</source>
        <translation>%1 hat keinen Auswahlwert „%2“.</translation>
    </message>
    <message>
        <source>That territory is gone; choose another.</source>
        <translation>Dieses Gebiet gibt es nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>There is no territory “%1”.</source>
        <translation>Es gibt kein Gebiet „%1“.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
</context>
<context>
    <name>ReportSummaries</name>
    <message>
        <source>The report summaries could not be computed: %1</source>
        <translation>Die Berichtssummen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>The report summaries could not be checked: %1</source>
        <translation>Die Berichtssummen konnten nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Ø Tage bis zur nächsten Phase</translation>
    </message>
    <message>
        <source>Entered: %1 · won: %2 · lost: %3 · win rate: %4 · overall conversion: %5</source>
        <translation>Angelegt: %1 · gewonnen: %2 · verloren: %3 · Abschlussquote: %4 · Konversion insgesamt: %5</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Kosten je Lead</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>Kosten je Kunde</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Week of %1 (the week before in brackets)</source>
        <translation>Woche vom %1 (die Vorwoche in Klammern)</translation>
    </message>
    <message>
        <source>Calls held</source>
        <translation>Geführte Anrufe</translation>
    </message>
    <message>
        <source>  successful</source>
        <translation>  erfolgreich</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Stattgefundene Termine</translation>
    </message>
    <message>
        <source>Led to another appointment</source>
        <translation>Führten zu einem weiteren Termin</translation>
    </message>
    <message>
        <source>Appointments in the next 30 days</source>
        <translation>Termine in den nächsten 30 Tagen</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Neue Leads</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Gewonnene Geschäfte</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Verlorene Geschäfte</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Gewonnener Umsatz</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>Neue Reklamationen</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Erledigte Reklamationen</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Deals moved</source>
        <translation>Bewegte Geschäfte</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Geschäfte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>Ausgaben</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>What lies behind the figure could not be read: %1</source>
        <translation>Was hinter der Zahl steht, konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RfmAnalysis</name>
    <message>
        <source>The customers&apos; RFM could not be computed: %1</source>
        <translation>Die RFM-Werte der Kunden konnten nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>RfmSegment</name>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potenziell Treue</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Vielversprechende</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Drohen einzuschlafen</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Nicht verlieren</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Im Winterschlaf</translation>
    </message>
    <message>
        <source>R 5, F 4–5: bought lately and often.</source>
        <translation>R 5, F 4–5: kauften kürzlich und oft.</translation>
    </message>
    <message>
        <source>R 3–4, F 4–5: buy often, not quite lately.</source>
        <translation>R 3–4, F 4–5: kaufen oft, nur nicht ganz so kürzlich.</translation>
    </message>
    <message>
        <source>R 4–5, F 2–3: bought lately, more than once.</source>
        <translation>R 4–5, F 2–3: kauften kürzlich, mehr als einmal.</translation>
    </message>
    <message>
        <source>R 5, F 1: bought lately, for the first time in the two years.</source>
        <translation>R 5, F 1: kauften kürzlich, zum ersten Mal in den zwei Jahren.</translation>
    </message>
    <message>
        <source>R 4, F 1: bought fairly lately, once.</source>
        <translation>R 4, F 1: kauften recht kürzlich, einmal.</translation>
    </message>
    <message>
        <source>R 3, F 3: middling on both.</source>
        <translation>R 3, F 3: bei beidem im Mittelfeld.</translation>
    </message>
    <message>
        <source>R 3, F 1–2: seldom, and not lately.</source>
        <translation>R 3, F 1–2: selten und nicht kürzlich.</translation>
    </message>
    <message>
        <source>R 1–2, F 3–4: bought often, but long ago.</source>
        <translation>R 1–2, F 3–4: kauften oft, aber vor langer Zeit.</translation>
    </message>
    <message>
        <source>R 1–2, F 5: among the most frequent, but long ago.</source>
        <translation>R 1–2, F 5: unter den häufigsten, aber vor langer Zeit.</translation>
    </message>
    <message>
        <source>R 1–2, F 1–2: seldom, and long ago.</source>
        <translation>R 1–2, F 1–2: selten und vor langer Zeit.</translation>
    </message>
</context>
<context>
    <name>RfmText</name>
    <message>
        <source>Customers from %1 to %2, in %3</source>
        <translation>Kunden vom %1 bis %2, in %3</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Customers by recency (R, rows) and frequency (F, columns)</source>
        <translation>Kunden nach Aktualität (R, Zeilen) und Häufigkeit (F, Spalten)</translation>
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
            <numerusform>%Ln gewonnenes Geschäft in anderen Währungen weggelassen.</numerusform>
            <numerusform>%Ln gewonnene Geschäfte in anderen Währungen weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Geschäfte</translation>
    </message>
    <message>
        <source>calls, meetings and notes</source>
        <translation>Anrufe, Termine und Notizen</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>the deals&apos; moves between stages</source>
        <translation>die Phasenwechsel der Geschäfte</translation>
    </message>
    <message>
        <source>the deals&apos; dates in each stage</source>
        <translation>die Daten der Geschäfte in jeder Phase</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>der Änderungsverlauf</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>lead sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>salespeople</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>pipeline stages</source>
        <translation>Pipeline-Phasen</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>the contacts&apos; tags</source>
        <translation>die Schlagwörter der Kontakte</translation>
    </message>
    <message>
        <source>the companies&apos; tags</source>
        <translation>die Schlagwörter der Firmen</translation>
    </message>
    <message>
        <source>the contacts&apos; emails</source>
        <translation>die E-Mail-Adressen der Kontakte</translation>
    </message>
    <message>
        <source>the contacts&apos; phone numbers</source>
        <translation>die Telefonnummern der Kontakte</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>the import history</source>
        <translation>der Importverlauf</translation>
    </message>
    <message>
        <source>what each import changed</source>
        <translation>was jeder Import geändert hat</translation>
    </message>
    <message>
        <source>contacts marked as not duplicates</source>
        <translation>als „keine Dubletten“ markierte Kontakte</translation>
    </message>
    <message>
        <source>The latest changes, in the file&apos;s “-wal” beside it, could not be read: the copy that reading them takes could not be made (%1). Free some space beside the new file and save again to have them too.</source>
        <translation>Die letzten Änderungen in der „-wal“-Datei neben der Datei konnten nicht gelesen werden: Die Kopie, die das Lesen braucht, ließ sich nicht anlegen (%1). Schaffen Sie Platz neben der neuen Datei und retten Sie erneut, um auch sie zu erhalten.</translation>
    </message>
</context>
<context>
    <name>ScoreActions</name>
    <message>
        <source>Change lead scoring rules</source>
        <translation>Lead-Scoring-Regeln ändern</translation>
    </message>
    <message numerus="yes">
        <source>Qualify %Ln lead(s) by score</source>
        <translation>
            <numerusform>%Ln Interessenten nach Score qualifizieren</numerusform>
            <numerusform>%Ln Interessenten nach Score qualifizieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreText</name>
    <message>
        <source>There are scoring rules already; the starter set only goes into an empty list.</source>
        <translation>Es gibt bereits Scoring-Regeln; das Starter-Set kommt nur in eine leere Liste.</translation>
    </message>
    <message>
        <source>%1 %2 within %3 days%4</source>
        <translation>%1 %2 innerhalb von %3 Tagen%4</translation>
    </message>
    <message>
        <source>, halving</source>
        <translation>, mit Halbierung</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(aus)</translation>
    </message>
    <message>
        <source>score takes at most a contact&apos;s id, or rules.</source>
        <translation>score akzeptiert höchstens die Nummer eines Kontakts oder rules.</translation>
    </message>
    <message>
        <source>“%1” is not a contact&apos;s id.</source>
        <translation>„%1“ ist keine Kontaktnummer.</translation>
    </message>
    <message>
        <source>Score %1 (fit %2, engagement %3)</source>
        <translation>Score %1 (Passung %2, Engagement %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln score(s) changed.</source>
        <translation>
            <numerusform>%Ln Score geändert.</numerusform>
            <numerusform>%Ln Scores geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Branch of %1</source>
        <translation>Niederlassung von %1</translation>
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
        <translation>Phase %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change stage %1</source>
        <translation>Phase %1 ändern</translation>
    </message>
    <message>
        <source>Remove stage %1</source>
        <translation>Phase %1 entfernen</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Phasen neu ordnen</translation>
    </message>
    <message>
        <source>Add lead source %1</source>
        <translation>Lead-Quelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename lead source to %1</source>
        <translation>Lead-Quelle in %1 umbenennen</translation>
    </message>
    <message>
        <source>Add campaign %1</source>
        <translation>Kampagne %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change campaign %1</source>
        <translation>Kampagne %1 ändern</translation>
    </message>
    <message>
        <source>Add salesperson %1</source>
        <translation>Betreuer %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename salesperson to %1</source>
        <translation>Betreuer in %1 umbenennen</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>Schlagwort %1 umbenennen</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Schlagwort %1 entfernen</translation>
    </message>
    <message>
        <source>Your name and country</source>
        <translation>Ihr Name und Land</translation>
    </message>
    <message>
        <source>Set the default currency</source>
        <translation>Standardwährung festlegen</translation>
    </message>
    <message>
        <source>Set the region of phone numbers</source>
        <translation>Region der Telefonnummern festlegen</translation>
    </message>
    <message>
        <source>Set the backups to keep</source>
        <translation>Anzahl der Sicherungen festlegen</translation>
    </message>
    <message>
        <source>Save import preset %1</source>
        <translation>Vorlage %1 speichern</translation>
    </message>
    <message>
        <source>Change lifecycle rules</source>
        <translation>Lebenszyklusregeln ändern</translation>
    </message>
    <message>
        <source>Change territories</source>
        <translation>Gebiete ändern</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Die Einstellung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Keep between 0 and 1000 backups.</source>
        <translation>Behalten Sie zwischen 0 und 1000 Sicherungen.</translation>
    </message>
    <message>
        <source>The region must be a two-letter country code such as DE.</source>
        <translation>Die Region muss ein zweibuchstabiger Ländercode wie DE sein.</translation>
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>Eine Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 percent.</source>
        <translation>Die Abschlusswahrscheinlichkeit muss zwischen 0 und 100 Prozent liegen.</translation>
    </message>
    <message>
        <source>The stages could not be read: %1</source>
        <translation>Die Phasen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no stage with the number %1.</source>
        <translation>Es gibt keine Phase mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The stage could not be saved: %1</source>
        <translation>Die Phase konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The stages could not be reordered: %1</source>
        <translation>Die Phasen konnten nicht umsortiert werden: %1</translation>
    </message>
    <message>
        <source>Choose another stage for the deals of “%1”.</source>
        <translation>Wählen Sie eine andere Phase für die Geschäfte von „%1“.</translation>
    </message>
    <message>
        <source>“%1” is the only stage for deals that are %2: the pipeline needs it.</source>
        <translation>„%1“ ist die einzige Phase für %2 Geschäfte: Die Pipeline braucht sie.</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnene</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verlorene</translation>
    </message>
    <message>
        <source>The stage could not be removed: %1</source>
        <translation>Die Phase konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Es gibt kein Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>The tag could not be renamed: %1</source>
        <translation>Das Schlagwort konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>The tag could not be removed: %1</source>
        <translation>Das Schlagwort konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message>
        <source>The territories could not be read: %1</source>
        <translation>Die Gebiete konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Every territory needs a name.</source>
        <translation>Jedes Gebiet braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is a territory named “%1” already.</source>
        <translation>Es gibt bereits ein Gebiet namens „%1“.</translation>
    </message>
    <message>
        <source>“%1”: a range of postal codes goes from the lower to the higher, both as long, such as 20000–29999.</source>
        <translation>„%1“: Ein Postleitzahlenbereich reicht von der niedrigeren zur höheren Postleitzahl, beide gleich lang, etwa 20000–29999.</translation>
    </message>
    <message>
        <source>The territories could not be saved: %1</source>
        <translation>Die Gebiete konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The territory could not be counted: %1</source>
        <translation>Die Adressen im Gebiet konnten nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Die Transaktion konnte nicht beginnen: %1</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>Die Transaktion ist nicht aktiv.</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Die Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Another program is writing to this database and did not finish while Kontor waited, so nothing was saved; try again when it is done. (%1)</source>
        <translation>Ein anderes Programm schreibt in diese Datenbank und wurde nicht fertig, während Kontor wartete; daher wurde nichts gespeichert. Versuchen Sie es erneut, wenn es fertig ist. (%1)</translation>
    </message>
    <message>
        <source>This database is open read only, so nothing can be changed in it. Restore a backup, or save what can be read into a new file, to work on.</source>
        <translation>Diese Datenbank ist nur zum Lesen geöffnet, daher kann darin nichts geändert werden. Stellen Sie eine Sicherung wieder her oder retten Sie das Lesbare in eine neue Datei, um weiterzuarbeiten.</translation>
    </message>
</context>
<context>
    <name>UndoJournal</name>
    <message>
        <source>Undo could not be set up: %1</source>
        <translation>Rückgängig konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Undo is not available for this database.</source>
        <translation>Rückgängig ist für diese Datenbank nicht verfügbar.</translation>
    </message>
    <message>
        <source>“%1” cannot be undone: the records changed since. %2</source>
        <translation>„%1“ lässt sich nicht rückgängig machen: Die Einträge haben sich seitdem geändert. %2</translation>
    </message>
    <message>
        <source>The undo history could not be paused: %1</source>
        <translation>Der Verlauf zum Rückgängigmachen ließ sich nicht anhalten: %1</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading “%1” for this version of Kontor. This happens once; a large database takes a minute or two.</source>
        <translation>„%1“ wird für diese Version von Kontor aktualisiert. Das geschieht einmal; eine große Datenbank braucht ein bis zwei Minuten.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Kontor keeps your clients, what was said with them and what to do next in one file on your own computer, and works without an internet connection. It is made for the owner of a small business who used to keep a paper notebook, for the salesperson who logs calls and meetings all day, and for the manager who looks back on the week. This guide is inside the program too: **Help → User Guide** (F1).</source>
        <translation>Kontor verwaltet Ihre Kunden, was mit ihnen besprochen wurde und was als Nächstes zu tun ist, in einer einzigen Datei auf Ihrem eigenen Computer – und arbeitet ohne Internetverbindung. Es ist gemacht für Inhaber kleiner Betriebe, die bisher ein Notizbuch aus Papier geführt haben, für Vertriebsmitarbeiter, die den ganzen Tag Anrufe und Termine erfassen, und für Vorgesetzte, die auf die Woche zurückblicken. Dieses Handbuch steckt auch im Programm: **Hilfe → Benutzerhandbuch** (F1).</translation>
    </message>
    <message>
        <source>A working day with Kontor</source>
        <translation>Ein Arbeitstag mit Kontor</translation>
    </message>
    <message>
        <source>**Morning, on the Today page** (it opens first): work down the overdue reminders and today&apos;s (D done, S tomorrow), see today&apos;s and tomorrow&apos;s meetings, the week&apos;s birthdays, the contacts you are losing touch with and the deals that have stood still too long. Enter opens the contact or the deal.</source>
        <translation>**Morgens, auf der Seite Heute** (sie öffnet sich zuerst): Arbeiten Sie die überfälligen und die heute fälligen Erinnerungen ab (D erledigt, S auf morgen), sehen Sie die Termine von heute und morgen, die Geburtstage der Woche, die Kontakte, bei denen die Verbindung abzureißen droht, und die Geschäfte, die zu lange liegen geblieben sind. Eingabe öffnet den Kontakt oder das Geschäft.</translation>
    </message>
    <message>
        <source>**Before a call**: Ctrl+K and a few letters of a name, company, deal or note; Enter shows the contact&apos;s card with the whole history (calls, meetings, deal steps, reminders) and any open complaint on top.</source>
        <translation>**Vor einem Anruf**: Strg+K und ein paar Buchstaben eines Namens, einer Firma, eines Geschäfts oder einer Notiz; Eingabe zeigt die Karte des Kontakts mit der ganzen Historie (Anrufe, Termine, Schritte der Geschäfte, Erinnerungen) und ganz oben jede offene Reklamation.</translation>
    </message>
    <message>
        <source>**After the call**: Ctrl+L; the kind, the outcome, a line of notes and the next step (a follow-up reminder or the next meeting), all in the same dialog; Enter saves.</source>
        <translation>**Nach dem Anruf**: Strg+L; Art, Ergebnis, eine Zeile Notizen und der nächste Schritt (eine Wiedervorlage oder der nächste Termin), alles im selben Dialog; Eingabe speichert.</translation>
    </message>
    <message>
        <source>**Deals**: Ctrl+4 shows the pipeline; drag a card on (or Ctrl+Shift+→); Lost asks why. Ctrl+Shift+N adds a deal. A card with a red bar has stood still too long.</source>
        <translation>**Geschäfte**: Strg+4 zeigt die Pipeline; ziehen Sie eine Karte weiter (oder Strg+Umschalt+→); bei „Verloren“ fragt Kontor nach dem Grund. Strg+Umschalt+N legt ein Geschäft an. Eine Karte mit rotem Balken liegt schon zu lange.</translation>
    </message>
    <message>
        <source>**Evening**: Reminders (Ctrl+5) and its calendar show what tomorrow and the coming weeks hold; while Kontor runs it announces each reminder when it comes due.</source>
        <translation>**Abends**: Die Seite Erinnerungen (Strg+5) und ihr Kalender zeigen, was morgen und in den kommenden Wochen ansteht; solange Kontor läuft, meldet es jede Erinnerung, sobald sie fällig wird.</translation>
    </message>
    <message>
        <source>**End of the week**: Reports (Ctrl+6), the **Week** tab: the calls and meetings held, how many went well, new leads, deals won and lost, each beside the week before.</source>
        <translation>**Zum Wochenende**: Berichte (Strg+6), Reiter **Woche**: geführte Anrufe und stattgefundene Termine, wie viele davon gut liefen, neue Leads, gewonnene und verlorene Geschäfte, jeweils neben der Vorwoche.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>**Welcome**: a new, empty database opens on the Welcome page. Type your name, which becomes the first salesperson (instead of &quot;Owner&quot;), and choose your country: phone numbers written without a country code are read as numbers of that country (Kontor fills it in from your computer&apos;s settings, else from the language it is shown in, and asks when neither names a country). Then choose one of three ways in: **Add your first contact**, **Import a file…** (see &quot;Importing your old spreadsheets&quot;) or **Open the demo database**.</source>
        <translation>**Willkommen**: Eine neue, leere Datenbank öffnet sich auf der Willkommensseite. Geben Sie Ihren Namen ein, der zum ersten Betreuer wird (statt „Inhaber“), und wählen Sie Ihr Land: Telefonnummern ohne Landesvorwahl gelten als Nummern dieses Landes (Kontor trägt es aus den Einstellungen Ihres Computers ein, sonst aus der Sprache, in der es angezeigt wird, und fragt nach, wenn keines von beiden ein Land nennt). Wählen Sie dann einen von drei Einstiegen: **Ersten Kontakt anlegen**, **Datei importieren…** (siehe „Alte Tabellen importieren“) oder **Demo-Datenbank öffnen**.</translation>
    </message>
    <message>
        <source>**The demo database**: 5,000 made-up contacts with a year of calls, meetings and deals, in the language of the window, made on the first click (with progress) in a file of its own beside yours, so that you can try everything without touching your own data. **Help → Open Demo Database** opens it at any time, and **File → Open Database…** goes back to yours.</source>
        <translation>**Die Demo-Datenbank**: 5.000 erfundene Kontakte mit Anrufen, Terminen und Geschäften aus einem ganzen Jahr, in der Sprache des Fensters, beim ersten Klick erzeugt (mit Fortschrittsanzeige) – in einer eigenen Datei neben Ihrer, sodass Sie alles ausprobieren können, ohne Ihre eigenen Daten anzurühren. **Hilfe → Demo-Datenbank öffnen** öffnet sie jederzeit, und **Datei → Datenbank öffnen…** führt zurück zu Ihrer.</translation>
    </message>
    <message>
        <source>**Finding your way**: the bar on the left has the six pages, Today, Contacts, Companies, Pipeline, Reminders and Reports; Ctrl+1 to Ctrl+6 (the **Go** menu) go straight to them. A list or report that is still empty says in one line what would fill it.</source>
        <translation>**Sich zurechtfinden**: Die Leiste links enthält die sechs Seiten Heute, Kontakte, Firmen, Pipeline, Erinnerungen und Berichte; Strg+1 bis Strg+6 (Menü **Gehe zu**) springen direkt dorthin. Eine Liste oder ein Bericht, der noch leer ist, sagt in einer Zeile, womit er sich füllt.</translation>
    </message>
    <message>
        <source>**Help** has this **User Guide** (F1), **Keyboard Shortcuts** (Ctrl+/: every key of the menus and of each page, with a search box) and **Open Demo Database**.</source>
        <translation>Das Menü **Hilfe** enthält dieses **Benutzerhandbuch** (F1), die **Tastenkürzel** (Strg+/: jede Taste der Menüs und jeder Seite, mit Suchfeld) und **Demo-Datenbank öffnen**.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>The Today page is the day&apos;s work list, and Kontor opens on it. The side bar shows how many reminders are overdue or due today (&quot;Today (3)&quot;).</source>
        <translation>Die Seite Heute ist die Arbeitsliste des Tages, und Kontor startet mit ihr. Die Seitenleiste zeigt, wie viele Erinnerungen überfällig oder heute fällig sind („Heute (3)“).</translation>
    </message>
    <message>
        <source>**Losing touch**: a contact can ask to be contacted every so many days (&quot;Stay in touch every&quot; in the contact&apos;s dialog); any call, meeting or note you log starts the count again.</source>
        <translation>**Kontakt droht abzureißen**: Für einen Kontakt lässt sich festlegen, dass er alle so und so viele Tage kontaktiert werden soll („Kontakt halten alle“ im Kontaktdialog); jeder Anruf, jeder Termin und jede Notiz, die Sie erfassen, startet die Zählung neu.</translation>
    </message>
    <message>
        <source>**Sections**: each has its count and folds (a click on its band, Enter, or ← / →), and stays folded. Each item is one line with its contact&apos;s name beside it, the most urgent first; a long section shows its first 8 items and &quot;Show all&quot;.</source>
        <translation>**Abschnitte**: Jeder zeigt seine Anzahl, lässt sich einklappen (Klick auf seine Titelleiste, Eingabe oder ← / →) und bleibt eingeklappt. Jeder Eintrag ist eine Zeile mit dem Namen des Kontakts daneben, der dringendste zuerst; ein langer Abschnitt zeigt seine ersten 8 Einträge und „Alle … anzeigen“.</translation>
    </message>
    <message>
        <source>**Working through it**: the keyboard starts on the first item. On a reminder, D marks it done (a repeating one moves to its next date) and S snoozes it until 9:00 tomorrow, and the next item is selected, as it is after logging a call with Ctrl+L. Enter opens a stale deal on the pipeline board and any other item&apos;s contact. The keys are shown at the foot of the page.</source>
        <translation>**Abarbeiten**: Die Tastatur beginnt beim ersten Eintrag. Auf einer Erinnerung markiert D sie als erledigt (eine wiederkehrende springt zu ihrem nächsten Datum), und S verschiebt sie auf morgen 9:00 Uhr; danach ist der nächste Eintrag gewählt – genauso wie nach dem Erfassen eines Anrufs mit Strg+L. Eingabe öffnet ein liegengebliebenes Geschäft auf der Pipeline-Tafel und bei allen anderen Einträgen den Kontakt. Die Tasten stehen unten auf der Seite.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>The Contacts page (Ctrl+2) is your address book: the whole client base in one list, with the selected contact&apos;s card beside it.</source>
        <translation>Die Seite Kontakte (Strg+2) ist Ihr Adressbuch: der ganze Kundenstamm in einer Liste, daneben die Karte des gewählten Kontakts.</translation>
    </message>
    <message>
        <source>Finding anyone</source>
        <translation>Jeden finden</translation>
    </message>
    <message>
        <source>**Search as you type**: the box above the list (Ctrl+F) finds contacts by any part of their name, company, email or phone. Every word you type is the start of a word, and all must match: `ann sch` finds &quot;Anna Schmidt&quot;. A single letter lists the contacts whose last name starts with it, like the tabs of an address book; a one-letter word after others counts from its second letter on (`van d` shows what `van` shows until you type `van de`), and a one-letter word inside a name is a whole word (`O&apos;Bri` finds &quot;O&apos;Brien&quot;). Accents and capitals do not matter for Latin letters (`jose` finds &quot;José Núñez&quot;); Persian, Bengali, Amharic, Greek and Cyrillic names are found as typed. Phone numbers are found by their digits (`4930` finds &quot;+49 30 …&quot;).</source>
        <translation>**Suche beim Tippen**: Das Feld über der Liste (Strg+F) findet Kontakte über jeden Teil von Name, Firma, E-Mail-Adresse oder Telefonnummer. Jedes getippte Wort gilt als Wortanfang, und alle müssen passen: `ann sch` findet „Anna Schmidt“. Ein einzelner Buchstabe listet die Kontakte, deren Nachname damit beginnt, wie die Register eines Adressbuchs; ein Wort aus einem Buchstaben hinter anderen Wörtern zählt erst ab seinem zweiten Buchstaben (`van d` zeigt, was `van` zeigt, bis Sie `van de` tippen), und ein Ein-Buchstaben-Wort innerhalb eines Namens ist ein ganzes Wort (`O&apos;Bri` findet „O&apos;Brien“). Akzente sowie Groß- und Kleinschreibung spielen bei lateinischen Buchstaben keine Rolle (`jose` findet „José Núñez“); persische, bengalische, amharische, griechische und kyrillische Namen werden so gefunden, wie sie getippt werden. Telefonnummern werden über ihre Ziffern gefunden (`4930` findet „+49 30 …“).</translation>
    </message>
    <message>
        <source>**Search everything** (Ctrl+K, from anywhere): contacts, companies, deals (by title) and the notes of calls and meetings in one box, grouped, updated as you type; the arrow keys move, Enter opens the result: the contact (for a note, the contact it belongs to), the company on the Companies page, the deal on the pipeline board.</source>
        <translation>**Alles durchsuchen** (Strg+K, von überall): Kontakte, Firmen, Geschäfte (nach Titel) und die Notizen von Anrufen und Terminen in einem Feld, gruppiert und beim Tippen aktualisiert; die Pfeiltasten bewegen die Auswahl, Eingabe öffnet den Treffer: den Kontakt (bei einer Notiz den Kontakt, zu dem sie gehört), die Firma auf der Seite Firmen, das Geschäft auf der Pipeline-Tafel.</translation>
    </message>
    <message>
        <source>**Sorting**: click a column header to sort by it, again to reverse. Some columns take a moment on a very large list (&quot;Sorting…&quot; under the list). Empty values come last either way, equal values by name. After an edit the list is sorted again while the old order stays on screen, and the selected contact stays selected.</source>
        <translation>**Sortieren**: Ein Klick auf einen Spaltenkopf sortiert nach dieser Spalte, ein weiterer kehrt die Reihenfolge um. Manche Spalten brauchen bei einer sehr großen Liste einen Moment („Wird sortiert…“ unter der Liste). Leere Werte stehen in beiden Richtungen am Ende, gleiche Werte werden nach Namen geordnet. Nach einer Änderung wird die Liste neu sortiert, während so lange die alte Reihenfolge sichtbar bleibt, und der gewählte Kontakt bleibt ausgewählt.</translation>
    </message>
    <message>
        <source>Adding and editing a contact</source>
        <translation>Kontakte anlegen und bearbeiten</translation>
    </message>
    <message>
        <source>**Phone numbers** are kept as you typed them and also read into one international form, so that &quot;030 1234567&quot; and &quot;+49 (0)30 123 45 67&quot; count as the same number when Kontor looks for duplicates. A number without a country code is read as a number of the country in File → Settings… → General (&quot;Phone numbers without a country code are from&quot;, at first the country of the language Kontor speaks).</source>
        <translation>**Telefonnummern** bleiben so, wie Sie sie getippt haben, und werden zusätzlich in eine einheitliche internationale Form gebracht, sodass „030 1234567“ und „+49 (0)30 123 45 67“ als dieselbe Nummer gelten, wenn Kontor nach Dubletten sucht. Eine Nummer ohne Landesvorwahl gilt als Nummer des Landes unter Datei → Einstellungen… → Allgemein („Telefonnummern ohne Landesvorwahl stammen aus“, anfangs das Land der Sprache, in der Kontor läuft).</translation>
    </message>
    <message>
        <source>The contact card</source>
        <translation>Die Kontaktkarte</translation>
    </message>
    <message>
        <source>**Details**: emails and phones (links that open your mail program or your phone), address, owner, tags, the last contact and the next step (the next scheduled follow-up), with **Edit…**, **Log Interaction…**, **New Deal…** and **Changes…** at hand.</source>
        <translation>**Details**: E-Mail-Adressen und Telefonnummern (als Links, die Ihr E-Mail-Programm oder Ihr Telefon öffnen), Adresse, Betreuer, Schlagwörter, der letzte Kontakt und der nächste Schritt (die nächste geplante Wiedervorlage), dazu griffbereit **Bearbeiten…**, **Erfassen…**, **Neues Geschäft…** und **Änderungen…**.</translation>
    </message>
    <message>
        <source>**History**: everything in one list, newest first: calls, meetings, emails, notes and complaints, every step of the contact&apos;s deals (created, moved, won, lost with the reason) and its reminders. What is still to come (a meeting booked ahead, a reminder not yet due) is marked &quot;Planned&quot; with an outlined mark, above a &quot;Now&quot; line.</source>
        <translation>**Historie**: alles in einer Liste, das Neueste zuerst: Anrufe, Termine, E-Mails, Notizen und Reklamationen, jeder Schritt der Geschäfte des Kontakts (angelegt, verschoben, gewonnen, verloren mit Grund) und seine Erinnerungen. Was noch bevorsteht (ein im Voraus vereinbarter Termin, eine noch nicht fällige Erinnerung), ist mit einem umrandeten Symbol als „Geplant“ gekennzeichnet und steht über einer Linie „Jetzt“.</translation>
    </message>
    <message>
        <source>**Complaints** stay open until resolved: while any is open, a red box above the history says how many and since when, with &quot;Mark Resolved&quot; for the newest. In the history, R (or the context menu) resolves the selected complaint or opens it again; open complaints are red, resolved ones say when.</source>
        <translation>**Reklamationen** bleiben offen, bis sie erledigt sind: Solange eine offen ist, zeigt ein roter Kasten über der Historie, wie viele es sind und seit wann, mit „Als erledigt markieren“ für die neueste. In der Historie erledigt R (oder das Kontextmenü) die gewählte Reklamation oder öffnet sie wieder; offene Reklamationen sind rot, erledigte zeigen, wann sie erledigt wurden.</translation>
    </message>
    <message>
        <source>Several contacts at once</source>
        <translation>Mehrere Kontakte auf einmal</translation>
    </message>
    <message>
        <source>Logging a call or meeting</source>
        <translation>Einen Anruf oder Termin erfassen</translation>
    </message>
    <message>
        <source>**Log interaction** (Ctrl+L, from any page): kind (call, meeting, email, message, note, complaint), outcome (successful, neutral, unsuccessful, no answer, voicemail, busy, wrong number, or type your own: it is offered again next time), when (now, unless changed), duration, subject and notes, and the next step in the same dialog: a follow-up reminder or the next meeting (tomorrow 9:00 unless changed; the meeting goes into the history and onto Today on its day). Enter saves; Shift+Enter starts a new line in the notes.</source>
        <translation>**Aktivität erfassen** (Strg+L, von jeder Seite aus): Art (Anruf, Termin, E-Mail, Nachricht, Notiz, Reklamation), Ergebnis (erfolgreich, neutral, erfolglos, nicht erreicht, Mailbox, besetzt, falsche Nummer – oder tippen Sie ein eigenes ein: Es wird beim nächsten Mal wieder angeboten), Zeitpunkt (jetzt, wenn nicht geändert), Dauer, Betreff und Notizen und im selben Dialog der nächste Schritt: eine Wiedervorlage oder der nächste Termin (morgen 9:00 Uhr, wenn nicht geändert; der Termin erscheint in der Historie und an seinem Tag auf der Seite Heute). Eingabe speichert; Umschalt+Eingabe beginnt eine neue Zeile in den Notizen.</translation>
    </message>
    <message>
        <source>**For whom**: the contact of what is selected on the page you are on: the reminder, meeting, birthday or stale deal on Today, the reminder on Reminders, the card (or row) on Pipeline, the person, deal or history entry on Companies, the row of a report&apos;s details (Ctrl+L works there too), the contact on Contacts. The dialog&apos;s title names the person; you can always type another name into the contact field. With nothing selected the field is empty and ready for typing. After saving, the Contacts list keeps that contact selected and on the card, with or without a search typed.</source>
        <translation>**Für wen**: für den Kontakt dessen, was auf der aktuellen Seite gewählt ist: die Erinnerung, der Termin, der Geburtstag oder das liegengebliebene Geschäft auf Heute, die Erinnerung auf Erinnerungen, die Karte (oder Zeile) auf Pipeline, die Person, das Geschäft oder der Historieneintrag auf Firmen, die Zeile in den Details eines Berichts (auch dort funktioniert Strg+L), der Kontakt auf Kontakte. Der Titel des Dialogs nennt die Person; Sie können jederzeit einen anderen Namen in das Kontaktfeld tippen. Ist nichts gewählt, ist das Feld leer und bereit zum Tippen. Nach dem Speichern bleibt dieser Kontakt in der Kontaktliste gewählt und auf der Karte – mit oder ohne eingetippte Suche.</translation>
    </message>
    <message>
        <source>**Closing the loop**: when the contact has a reminder due (or you log from a reminder), the dialog offers &quot;Mark “…” done&quot;, ticked: one Enter saves the call, its note and the next step and closes the reminder (a repeating one moves to its next date), and one Ctrl+Z takes all of it back.</source>
        <translation>**Den Kreis schließen**: Hat der Kontakt eine fällige Erinnerung (oder erfassen Sie von einer Erinnerung aus), bietet der Dialog „‚…‘ als erledigt markieren“ an, bereits angehakt: Ein Druck auf Eingabe speichert den Anruf, seine Notiz und den nächsten Schritt und schließt die Erinnerung (eine wiederkehrende springt zu ihrem nächsten Datum), und ein Strg+Z nimmt alles zusammen zurück.</translation>
    </message>
    <message>
        <source>**No default outcome**: leave it empty (&quot;—&quot;) when the call went neither way. An empty outcome counts as held but never as successful in the reports.</source>
        <translation>**Kein vorgegebenes Ergebnis**: Lassen Sie es leer („—“), wenn das Gespräch weder gut noch schlecht lief. Ein leeres Ergebnis zählt in den Berichten als geführt, aber nie als erfolgreich.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>The Companies page (Ctrl+3) shows the businesses your contacts work for: head offices with their branches as a tree, or a flat list of what the search box finds.</source>
        <translation>Die Seite Firmen (Strg+3) zeigt die Unternehmen, für die Ihre Kontakte arbeiten: Hauptsitze mit ihren Niederlassungen als Baum oder eine flache Liste dessen, was das Suchfeld findet.</translation>
    </message>
    <message>
        <source>The selected company shows where it sits (&quot;Branch of Acme Holding › Acme North&quot;, each step a link), its details (website, phone and email are links) and three tabs: **People** who work there, its **Deals** and the **History** of calls and meetings with all of them, each with its count. &quot;Include branches&quot; adds what belongs to the branches below.</source>
        <translation>Die gewählte Firma zeigt, wo sie steht („Niederlassung von Acme Holding › Acme North“, jede Stufe ein Link), ihre Details (Website, Telefon und E-Mail sind Links) und drei Reiter: **Personen**, die dort arbeiten, ihre **Geschäfte** und die **Historie** der Anrufe und Termine mit ihnen allen, jeweils mit Anzahl. „Mit Niederlassungen“ nimmt hinzu, was zu den Niederlassungen darunter gehört.</translation>
    </message>
    <message>
        <source>Enter on a person opens the contact, on a deal the deal on the pipeline board.</source>
        <translation>Eingabe auf einer Person öffnet den Kontakt, auf einem Geschäft das Geschäft auf der Pipeline-Tafel.</translation>
    </message>
    <message>
        <source>**New Company…**, **Add Branch…**, **Edit…** (type and pick the head office; a company cannot become a branch of its own branch), **Archive** and **Changes…**. Ctrl+K finds companies too and opens them here.</source>
        <translation>**Neue Firma…**, **Niederlassung hinzufügen…**, **Bearbeiten…** (Hauptsitz eintippen und wählen; eine Firma kann keine Niederlassung ihrer eigenen Niederlassung werden), **Archivieren** und **Änderungen…**. Strg+K findet auch Firmen und öffnet sie hier.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>The Pipeline page (Ctrl+4) is your sales board: one column per sales stage with its deal cards.</source>
        <translation>Die Seite Pipeline (Strg+4) ist Ihre Vertriebstafel: eine Spalte je Verkaufsphase mit ihren Geschäftskarten.</translation>
    </message>
    <message>
        <source>**A card** shows the title (without the contact&apos;s name when it repeats it), the contact and company, the amount (in whole units, as are the column totals; the exact amount is in the card&apos;s tooltip), the days in the stage (on a lost card: why it was lost) and the owner. A card with a red bar is stale: it has been in its stage longer than the stage allows (14 days to start with; File → Settings… → Stages changes it).</source>
        <translation>**Eine Karte** zeigt den Titel (ohne den Namen des Kontakts, falls er ihn wiederholt), Kontakt und Firma, den Betrag (in ganzen Einheiten, wie auch die Spaltensummen; der genaue Betrag steht im Tooltip der Karte), die Tage in der Phase (auf einer verlorenen Karte: warum das Geschäft verloren ging) und den Betreuer. Eine Karte mit rotem Balken ist liegengeblieben: Sie steht länger in ihrer Phase, als die Phase erlaubt (anfangs 14 Tage; zu ändern unter Datei → Einstellungen… → Phasen).</translation>
    </message>
    <message>
        <source>**Totals**: each column&apos;s header shows the number of deals, their total (one sum per currency) and the total weighted by the stage&apos;s win probability; the line at the top sums the weighted value of all open deals.</source>
        <translation>**Summen**: Der Kopf jeder Spalte zeigt die Zahl der Geschäfte, ihre Summe (eine je Währung) und die mit der Abschlusswahrscheinlichkeit der Phase gewichtete Summe; die Zeile ganz oben addiert den gewichteten Wert aller offenen Geschäfte.</translation>
    </message>
    <message>
        <source>**Won and Lost** show the deals closed in the last 30 days. They start folded to narrow strips with their count and total, so that the whole board is seen at once: a card dropped on a strip moves there, and a click on the strip opens it (Kontor remembers which are open).</source>
        <translation>**Gewonnen und Verloren** zeigen die in den letzten 30 Tagen abgeschlossenen Geschäfte. Sie sind anfangs zu schmalen Streifen mit Anzahl und Summe eingeklappt, damit die ganze Tafel auf einen Blick zu sehen ist: Eine auf einem Streifen abgelegte Karte wandert dorthin, und ein Klick auf den Streifen klappt ihn auf (Kontor merkt sich, welche aufgeklappt sind).</translation>
    </message>
    <message>
        <source>**Move a deal** by dragging its card to another column, with Ctrl+Shift+→ / ← on the selected card, or with &quot;Move to&quot; in its context menu. Every move is kept in the deal&apos;s history with the time and who moved it. Moving to Lost asks for the reason (pick a common one or type your own); Cancel leaves the deal where it was. The context menu also archives the deal (Delete does the same, after asking).</source>
        <translation>**Geschäft verschieben**: Ziehen Sie die Karte in eine andere Spalte, drücken Sie Strg+Umschalt+→ / ← auf der gewählten Karte, oder nutzen Sie „Verschieben nach“ in ihrem Kontextmenü. Jede Verschiebung wird mit Zeitpunkt und Urheber in der Historie des Geschäfts festgehalten. Beim Verschieben nach Verloren fragt Kontor nach dem Grund (einen üblichen wählen oder einen eigenen eintippen); Abbrechen lässt das Geschäft, wo es war. Über das Kontextmenü lässt sich das Geschäft auch archivieren (Entf tut dasselbe, nach Rückfrage).</translation>
    </message>
    <message>
        <source>**Keys**: ← / → step between columns, Enter (or a double click) edits the deal, Ctrl+Enter opens its contact, F5 reads the board again. The **Deal** menu lists these with their keys.</source>
        <translation>**Tasten**: ← / → wechseln zwischen den Spalten, Eingabe (oder ein Doppelklick) bearbeitet das Geschäft, Strg+Eingabe öffnet seinen Kontakt, F5 liest die Tafel neu ein. Das Menü **Geschäft** listet diese Befehle mit ihren Tasten.</translation>
    </message>
    <message>
        <source>**New deal** (Ctrl+Shift+N from anywhere, &quot;New Deal…&quot; on the board, or &quot;New Deal…&quot; on a contact&apos;s card): title, contact (type part of a name and pick it), amount and currency (the database&apos;s default currency to start with), stage, owner, lead source, expected close date and notes. Changing the stage in the dialog is a move like any other, and Lost needs the reason.</source>
        <translation>**Neues Geschäft** (Strg+Umschalt+N von überall, „Neues Geschäft…“ auf der Tafel oder „Neues Geschäft…“ auf der Karte eines Kontakts): Titel, Kontakt (einen Teil des Namens tippen und wählen), Betrag und Währung (anfangs die Standardwährung der Datenbank), Phase, Betreuer, Lead-Quelle, erwarteter Abschluss und Notizen. Ein Phasenwechsel im Dialog ist eine Verschiebung wie jede andere, und Verloren verlangt einen Grund.</translation>
    </message>
    <message>
        <source>**Owner** shows one salesperson&apos;s deals. **List** (Alt+I) shows the same deals as a table you can sort by any column; **Board** (Alt+B) goes back. A column shows its first 200 cards (the ones waiting longest); its totals always count every deal.</source>
        <translation>**Betreuer** zeigt die Geschäfte eines einzelnen Betreuers. **Liste** (Alt+I) zeigt dieselben Geschäfte als Tabelle, die sich nach jeder Spalte sortieren lässt; **Tafel** (Alt+T) führt zurück. Eine Spalte zeigt ihre ersten 200 Karten (die am längsten wartenden); ihre Summen zählen immer jedes Geschäft.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>The Reminders page (Ctrl+5) is your diary of things to do: every reminder in four groups, overdue, today, the next 30 days and done in the last 30 days, beside a month calendar whose days with reminders are bold (red when past).</source>
        <translation>Die Seite Erinnerungen (Strg+5) ist Ihr Terminkalender für alles, was zu tun ist: alle Erinnerungen in vier Gruppen – überfällig, heute, die nächsten 30 Tage und in den letzten 30 Tagen erledigt –, daneben ein Monatskalender, in dem Tage mit Erinnerungen fett sind (rot, wenn sie vorbei sind).</translation>
    </message>
    <message>
        <source>Picking a day lists its reminders; double-clicking a day adds one for it. D marks the selected reminder done (a repeating one moves to its next date), S snoozes it until 9:00 tomorrow, Enter edits it and Delete removes it after asking.</source>
        <translation>Ein Klick auf einen Tag listet seine Erinnerungen; ein Doppelklick auf einen Tag legt eine für diesen Tag an. D markiert die gewählte Erinnerung als erledigt (eine wiederkehrende springt zu ihrem nächsten Datum), S verschiebt sie auf morgen 9:00 Uhr, Eingabe bearbeitet sie, und Entf löscht sie nach Rückfrage.</translation>
    </message>
    <message>
        <source>**New reminder** (Ctrl+Shift+R, or &quot;New Reminder…&quot;): title, when, contact (type to pick), repeat (once, every day, week, month or year) and notes. A follow-up set while logging a call is a reminder too.</source>
        <translation>**Neue Erinnerung** (Strg+Umschalt+R oder „Neue Erinnerung…“): Titel, Fälligkeit, Kontakt (tippen und wählen), Wiederholung (einmal, jeden Tag, jede Woche, jeden Monat oder jedes Jahr) und Notizen. Eine Wiedervorlage, die Sie beim Erfassen eines Anrufs anlegen, ist ebenfalls eine Erinnerung.</translation>
    </message>
    <message>
        <source>**When one comes due**: while Kontor runs it looks every 30 seconds for reminders that have come due (or whose snooze ran out) and announces each once: a desktop notification from the tray icon where the desktop has a tray, a line in the status bar, and the window&apos;s taskbar entry asks for attention. Clicking the notification opens the Reminders page, and the count on Today follows. What was already due when Kontor started is on the Today page instead.</source>
        <translation>**Wenn eine fällig wird**: Solange Kontor läuft, sieht es alle 30 Sekunden nach fällig gewordenen Erinnerungen (oder solchen, deren Verschiebung abgelaufen ist) und meldet jede einmal: als Desktop-Benachrichtigung über das Symbol im Infobereich, sofern der Desktop einen hat, als Zeile in der Statusleiste, und der Eintrag des Fensters in der Taskleiste bittet um Aufmerksamkeit. Ein Klick auf die Benachrichtigung öffnet die Seite Erinnerungen, und die Anzahl auf Heute zieht nach. Was beim Start von Kontor schon fällig war, steht stattdessen auf der Seite Heute.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>**Funnel**: per stage, the deals that *first reached* it in the period (a deal that skipped a stage is not counted there; one that came back is not counted twice), how many of them have *gone on* to a later stage other than Lost (so far, also after the period), the conversion (went on ÷ reached), their value, and the average *days they took to go on*. Above it: deals created, won and lost in the period, the win rate (won ÷ (won + lost)) and the share from created to won (won ÷ created).</source>
        <translation>**Trichter**: je Phase die Geschäfte, die sie im Zeitraum *zum ersten Mal erreicht* haben (ein Geschäft, das eine Phase übersprungen hat, zählt dort nicht; eines, das zurückkam, zählt nicht doppelt), wie viele davon in eine spätere Phase außer Verloren *weitergegangen* sind (bis jetzt, auch nach dem Zeitraum), die Konversion (weiter ÷ erreicht), ihr Wert und die durchschnittlichen *Tage bis zum Weitergehen*. Darüber: die im Zeitraum angelegten, gewonnenen und verlorenen Geschäfte, die Abschlussquote (gewonnen ÷ (gewonnen + verloren)) und der Anteil von angelegt zu gewonnen (gewonnen ÷ angelegt).</translation>
    </message>
    <message>
        <source>**Week**: the notebook questions for the week containing the period&apos;s end (or today): calls and meetings held (up to now: a meeting planned for later in the week is not held yet) and how many were successful (outcome &quot;successful&quot;; an empty outcome never counts), how many *led to another appointment* (their &quot;next step&quot; in Log interaction booked a meeting), meetings booked ahead (from the week&apos;s end, or from now for the week under way, to 30 days after the week), new leads, deals moved to Won or Lost and the revenue won, complaints logged and resolved; each beside the week before and the change (the revenue&apos;s as an amount when both weeks are in one currency), with 12 weeks of bars.</source>
        <translation>**Woche**: die Fragen aus dem Notizbuch für die Woche, in der das Ende des Zeitraums liegt (oder heute): geführte Anrufe und stattgefundene Termine (bis jetzt: ein für später in der Woche geplanter Termin hat noch nicht stattgefunden) und wie viele davon erfolgreich waren (Ergebnis „erfolgreich“; ein leeres Ergebnis zählt nie), wie viele *zu einem weiteren Termin führten* (ihr „Nächster Schritt“ in „Aktivität erfassen“ hat einen Termin vereinbart), im Voraus vereinbarte Termine (ab dem Ende der Woche, bei der laufenden Woche ab jetzt, bis 30 Tage nach der Woche), neue Leads, auf Gewonnen oder Verloren gesetzte Geschäfte und der gewonnene Umsatz, erfasste und erledigte Reklamationen; jeweils neben der Vorwoche und der Veränderung (beim Umsatz als Betrag, wenn beide Wochen in einer Währung sind), mit Balken für 12 Wochen.</translation>
    </message>
    <message>
        <source>**Activity**: per salesperson and week, the calls, meetings and emails they logged that have taken place (up to now), the stage changes they made and their deals won; salespeople with nothing in the period are left out.</source>
        <translation>**Aktivität**: je Mitarbeiter und Woche die erfassten Anrufe, Termine und E-Mails, die bereits stattgefunden haben (bis jetzt), die vorgenommenen Phasenwechsel und die gewonnenen Geschäfte; Mitarbeiter ohne Aktivität im Zeitraum werden weggelassen.</translation>
    </message>
    <message>
        <source>**Forecast**: open deals by expected close month and salesperson, with their amount and the amount weighted by the stage&apos;s probability; months with deals past their expected close date are red, deals without a date last.</source>
        <translation>**Prognose**: offene Geschäfte nach Monat des erwarteten Abschlusses und Betreuer, mit ihrem Betrag und dem mit der Wahrscheinlichkeit der Phase gewichteten Betrag; Monate mit Geschäften, deren erwarteter Abschluss überschritten ist, sind rot, Geschäfte ohne Datum stehen am Ende.</translation>
    </message>
    <message>
        <source>**What lies behind a figure**: Enter or a double-click on a row of the funnel, the lead sources or the forecast, or a click on a bar of their charts, lists the deals (or the leads) behind it. On the Week and Activity tabs, choose a figure with the arrow keys and press Enter (or double-click it): this week&apos;s calls, the week before&apos;s meetings (its column), the new leads, the deals won; a salesperson&apos;s emails in one week or in the whole period (their &quot;total&quot; row; the name or week column lists all their calls, meetings and emails). A click on a bar of those charts lists the same. Enter on a row of the list opens the deal on the pipeline board, or the contact&apos;s card (for a lead or an interaction).</source>
        <translation>**Was hinter einer Zahl steht**: Eingabe oder ein Doppelklick auf eine Zeile des Trichters, der Lead-Quellen oder der Prognose – oder ein Klick auf einen Balken ihrer Diagramme – listet die Geschäfte (oder Leads) dahinter. Auf den Reitern Woche und Aktivität wählen Sie eine Zahl mit den Pfeiltasten und drücken die Eingabetaste (oder doppelklicken darauf): die Anrufe dieser Woche, die Termine der Vorwoche (ihre Spalte), die neuen Leads, die gewonnenen Geschäfte; die E-Mails eines Mitarbeiters in einer Woche oder im ganzen Zeitraum (seine Zeile „Gesamt“; die Spalte mit Name oder Woche listet alle seine Anrufe, Termine und E-Mails). Ein Klick auf einen Balken dieser Diagramme listet dasselbe. Eingabe auf einer Zeile der Liste öffnet das Geschäft auf der Pipeline-Tafel oder die Karte des Kontakts (bei einem Lead oder einem Eintrag der Kontakthistorie).</translation>
    </message>
    <message>
        <source>**Print** (Ctrl+P on the Reports page, or Export → Print…): the same pages on a printer; the print dialog chooses the printer and the paper.</source>
        <translation>**Drucken** (Strg+P auf der Seite Berichte oder Exportieren → Drucken…): dieselben Seiten auf einem Drucker; im Druckdialog wählen Sie Drucker und Papier.</translation>
    </message>
    <message>
        <source>Undo, the archive and the change history</source>
        <translation>Rückgängig, Archiv und Änderungshistorie</translation>
    </message>
    <message>
        <source>**Undo and redo** (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, and the Edit menu, which names the step): every change made since Kontor opened, on any page or in any dialog (edits, moves on the board, archiving, reminders done, settings), is one step, taken back or done again as a whole. A step that no longer fits (say, undoing a new contact after a call was logged with it) says so and changes nothing. The list of steps ends when Kontor closes or another database is opened.</source>
        <translation>**Rückgängig und Wiederholen** (Strg+Z, Strg+Umschalt+Z oder Strg+Y und das Menü Bearbeiten, das den Schritt nennt): Jede Änderung seit dem Öffnen von Kontor, auf jeder Seite und in jedem Dialog (Bearbeitungen, Verschiebungen auf der Tafel, Archivieren, erledigte Erinnerungen, Einstellungen), ist ein Schritt, der als Ganzes zurückgenommen oder wiederholt wird. Ein Schritt, der nicht mehr passt (etwa das Zurücknehmen eines neuen Kontakts, nachdem damit ein Anruf erfasst wurde), sagt das und ändert nichts. Die Liste der Schritte endet, wenn Kontor geschlossen oder eine andere Datenbank geöffnet wird.</translation>
    </message>
    <message>
        <source>**Archive** (File → Archive…, Ctrl+Shift+A): archived contacts, companies and deals and deleted reminders, the latest first, with a search; Enter or &quot;Restore&quot; brings one back into lists, search and totals.</source>
        <translation>**Archiv** (Datei → Archiv…, Strg+Umschalt+A): archivierte Kontakte, Firmen und Geschäfte sowie gelöschte Erinnerungen, die neuesten zuerst, mit Suche; Eingabe oder „Wiederherstellen“ holt einen Eintrag zurück in Listen, Suche und Summen.</translation>
    </message>
    <message>
        <source>**Change history**: &quot;Changes…&quot; on a contact&apos;s card, a company, a deal (in its dialog) or an archived record lists what changed, from what, to what, when and by whom (&quot;Last name: Byron → Lovelace&quot;). Kontor has no sign-in, so &quot;who&quot; is the database&apos;s first salesperson. Emails, phone numbers and tags added, edited or removed are listed too (&quot;Email: ada@work.example → ada@newwork.example&quot;, &quot;Tag: (empty) → VIP&quot;); saving a contact without changing them adds nothing.</source>
        <translation>**Änderungshistorie**: „Änderungen…“ auf der Karte eines Kontakts, bei einer Firma, einem Geschäft (in seinem Dialog) oder einem archivierten Eintrag listet, was sich geändert hat, von was zu was, wann und durch wen („Nachname: Byron → Lovelace“). Kontor hat keine Anmeldung, daher ist „wer“ der erste Betreuer der Datenbank. Hinzugefügte, geänderte oder entfernte E-Mail-Adressen, Telefonnummern und Schlagwörter stehen ebenfalls darin („E-Mail: ada@work.example → ada@newwork.example“, „Schlagwort: (leer) → VIP“); wer einen Kontakt speichert, ohne sie zu ändern, fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>**File → Settings…** (Ctrl+,) holds what is kept in the database file, and so is the same for everyone who opens it. Every change is saved at once.</source>
        <translation>**Datei → Einstellungen…** (Strg+,) enthält, was in der Datenbankdatei gespeichert ist, und gilt daher für alle, die sie öffnen. Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>**Stages**: rename, win probability (0–100 %, for the weighted totals), the days after which a deal is stale (0: never), add (placed before Won and Lost), move up and down, and remove: Kontor asks where the stage&apos;s deals go and records the move in each deal&apos;s history. The last Won and the last Lost stage cannot be removed.</source>
        <translation>**Phasen**: umbenennen, Abschlusswahrscheinlichkeit (0–100 %, für die gewichteten Summen), die Tage, nach denen ein Geschäft als liegengeblieben gilt (0: nie), hinzufügen (vor Gewonnen und Verloren), nach oben und unten verschieben und entfernen: Kontor fragt, wohin die Geschäfte der Phase wandern, und hält die Verschiebung in der Historie jedes Geschäfts fest. Die letzte Gewonnen- und die letzte Verloren-Phase lassen sich nicht entfernen.</translation>
    </message>
    <message>
        <source>**Lead sources** and, for each, campaigns with start, end and spend (the reports divide by this spend).</source>
        <translation>**Lead-Quellen** und zu jeder ihre Kampagnen mit Beginn, Ende und Ausgaben (die Berichte rechnen mit diesen Ausgaben).</translation>
    </message>
    <message>
        <source>**Salespeople** (owners of contacts and deals) and **Tags** (renaming onto an existing tag merges the two; removing takes the tag off every contact).</source>
        <translation>**Vertrieb** (die Betreuer von Kontakten und Geschäften) und **Schlagwörter** (Umbenennen in ein vorhandenes Schlagwort führt beide zusammen; Entfernen nimmt das Schlagwort von jedem Kontakt).</translation>
    </message>
    <message>
        <source>**General**: the default currency of new deals and campaigns (a new database starts with your country&apos;s: the system&apos;s locale, else your language&apos;s country for Persian, Bengali and Amharic, else euros; rials (IRR) are whole rials, without decimals, as prices in Iran are written; amounts in rials that an older Kontor stored in hundredths keep their value when the database is upgraded), the country of phone numbers written without a country code, the number of backups to keep and the backup folder, and the database file with &quot;Open Another Database…&quot; and &quot;New Database…&quot;.</source>
        <translation>**Allgemein**: die Standardwährung neuer Geschäfte und Kampagnen (eine neue Datenbank beginnt mit der Ihres Landes: aus dem Gebietsschema des Systems, sonst bei Persisch, Bengalisch und Amharisch aus dem Land Ihrer Sprache, sonst Euro; Rial (IRR) sind ganze Rial ohne Nachkommastellen, so wie Preise im Iran geschrieben werden; Rial-Beträge, die ein älteres Kontor in Hundertsteln gespeichert hat, behalten beim Aktualisieren der Datenbank ihren Wert), das Land für Telefonnummern ohne Landesvorwahl, die Zahl der aufzubewahrenden Sicherungen und der Sicherungsordner sowie die Datenbankdatei mit „Andere Datenbank öffnen…“ und „Neue Datenbank…“.</translation>
    </message>
    <message>
        <source>Importing your old spreadsheets</source>
        <translation>Alte Tabellen importieren</translation>
    </message>
    <message>
        <source>Kontor reads contacts from CSV files (what Excel, Google Contacts, Outlook and other CRMs write) and from vCard address books (`.vcf`, versions 2.1, 3.0 and 4.0, as phones, Google, Apple and Outlook export them). **File → Import Contacts…** (Ctrl+Shift+I) walks you through it:</source>
        <translation>Kontor liest Kontakte aus CSV-Dateien (wie sie Excel, Google Kontakte, Outlook und andere CRMs schreiben) und aus vCard-Adressbüchern (`.vcf`, Versionen 2.1, 3.0 und 4.0, wie Telefone, Google, Apple und Outlook sie exportieren). **Datei → Kontakte importieren…** (Strg+Umschalt+I) führt Sie Schritt für Schritt durch den Import:</translation>
    </message>
    <message>
        <source>**The file**: choose it and say what it holds (contacts, companies, interactions or deals). Kontor recognises the file&apos;s encoding and how its columns are separated, and shows the first rows as it reads them (change the encoding or the delimiter and the preview follows; untick &quot;The first row holds the column names&quot; for a file without a header).</source>
        <translation>**Die Datei**: Wählen Sie sie aus und geben Sie an, was sie enthält (Kontakte, Firmen, Kontakthistorie oder Geschäfte). Kontor erkennt die Kodierung der Datei und wie ihre Spalten getrennt sind, und zeigt die ersten Zeilen so, wie es sie liest (ändern Sie Kodierung oder Trennzeichen, folgt die Vorschau; bei einer Datei ohne Kopfzeile entfernen Sie das Häkchen bei „Die erste Zeile enthält die Spaltennamen (Kopfzeile)“).</translation>
    </message>
    <message>
        <source>**Columns and fields** (CSV only): each column with its first values and the field it fills, set by the preset that fits the headers best (Google Contacts, Outlook, a generic CRM export); change any, choose another preset, or **Save as Preset…** for files that come again. Without a name column there is no going on. A header that names its field maps itself under any preset, in English or German, whatever its capitals and punctuation (Given Name, Family Name, Surname, Organisation, E-mail, Phone number, Vorname, Nachname, Firma, Telefon, Mobil, Straße, PLZ, Ort, Land, Notiz, …). When no preset&apos;s own columns are in the file, the preset box says &quot;No preset fits these columns&quot; rather than naming one.</source>
        <translation>**Spalten und Felder** (nur CSV): jede Spalte mit ihren ersten Werten und dem Feld, das sie füllt, eingestellt nach der Vorlage, die am besten zu den Überschriften passt (Google Kontakte, Outlook, Export eines anderen CRM); ändern Sie jede beliebige Zuordnung, wählen Sie eine andere Vorlage oder **Als Vorlage speichern…** für Dateien, die wiederkommen. Ohne Namensspalte geht es nicht weiter. Eine Überschrift, die ihr Feld benennt, ordnet sich unter jeder Vorlage selbst zu, auf Englisch oder Deutsch, unabhängig von Groß- und Kleinschreibung und Satzzeichen (Given Name, Family Name, Surname, Organisation, E-mail, Phone number, Vorname, Nachname, Firma, Telefon, Mobil, Straße, PLZ, Ort, Land, Notiz, …). Enthält die Datei keine der Spalten einer Vorlage, zeigt das Vorlagenfeld „Keine Vorlage passt zu diesen Spalten“, statt eine zu nennen.</translation>
    </message>
    <message>
        <source>**Duplicates and a check**: what to do with a row that is already there (skip it, update the contact, merge, or create a new contact all the same), and **Check Every Row**: a trial run that changes nothing and shows exactly what the import will do, done at once for files under 5 MB. Rows that need a look come first, with their line and why.</source>
        <translation>**Dubletten und Prüfung**: was mit einer Zeile geschehen soll, die es schon gibt (überspringen, den Kontakt aktualisieren, zusammenführen oder trotzdem einen neuen Kontakt anlegen), und **Jede Zeile prüfen**: ein Probelauf, der nichts ändert und genau zeigt, was der Import tun wird; bei Dateien unter 5 MB geschieht das sofort. Zeilen, die einen Blick brauchen, stehen oben, mit ihrer Zeilennummer und dem Grund.</translation>
    </message>
    <message>
        <source>**Import**: a backup first (`kontor-backups/…-before-import.sqlite`), then the import with a progress bar and Cancel.</source>
        <translation>**Import**: zuerst eine Sicherung (`kontor-backups/…-before-import.sqlite`), dann der Import mit Fortschrittsbalken und der Möglichkeit abzubrechen.</translation>
    </message>
    <message>
        <source>**Imported**: the counts (created, updated, merged, skipped, rejected, kept with a warning), the rejected rows with their line and why, **Show the Imported Contacts** (the Contacts page filtered to what this import created or changed; the filter box &quot;From file.csv&quot; says so, and &quot;From any import&quot; lifts it) and **Undo This Import…**. Later, **File → Import History…** lists every import and **Undo Import…** takes one back.</source>
        <translation>**Importiert**: die Zahlen (angelegt, aktualisiert, zusammengeführt, übersprungen, abgewiesen, mit Warnung übernommen), die abgewiesenen Zeilen mit Zeilennummer und Grund, **Importierte Kontakte zeigen** (die Seite Kontakte, gefiltert auf das, was dieser Import angelegt oder geändert hat; das Filterfeld zeigt das mit „Aus file.csv“ an, und „Aus jedem Import“ hebt den Filter auf) und **Diesen Import rückgängig machen…**. Später listet **Datei → Importverlauf…** jeden Import, und **Import zurücknehmen…** macht einen davon rückgängig.</translation>
    </message>
    <message>
        <source>**Cleaning**: names typed all in capitals or all small get capitals where they belong (&quot;MCDONALD&quot; → &quot;McDonald&quot;, &quot;VAN DER BERG&quot; → &quot;van der Berg&quot;; a name in mixed case is kept as typed). Emails that are not shaped like one and phone numbers that are not valid are **kept and flagged**, not dropped; a birthday, status or owner Kontor cannot read is kept in the notes and flagged. Companies, lead sources and campaigns are found by name or created. Tags are split at `;` and `,`.</source>
        <translation>**Bereinigung**: Namen, die ganz in Groß- oder ganz in Kleinbuchstaben getippt sind, bekommen Großbuchstaben, wo sie hingehören („MCDONALD“ → „McDonald“, „VAN DER BERG“ → „van der Berg“; ein Name in gemischter Schreibung bleibt, wie er getippt ist). E-Mail-Adressen, die nicht wie eine aussehen, und ungültige Telefonnummern werden **behalten und markiert**, nicht verworfen; ein Geburtstag, Status oder Betreuer, den Kontor nicht lesen kann, kommt in die Notizen und wird markiert. Firmen, Lead-Quellen und Kampagnen werden über den Namen gefunden oder angelegt. Schlagwörter werden bei `;` und `,` getrennt.</translation>
    </message>
    <message>
        <source>**Duplicates**: a row whose email or phone number (however it is written) belongs to a contact already there, or to an earlier row of the file, is a duplicate; a row with neither is compared by name. **Skip** keeps the contact as it is, **update** puts the row&apos;s values in its place (empty cells change nothing), **merge** keeps the contact&apos;s values and adds what it lacks, and **create** makes a new contact all the same. Emails, phones and tags are added in both update and merge.</source>
        <translation>**Dubletten**: Eine Zeile, deren E-Mail-Adresse oder Telefonnummer (wie auch immer geschrieben) zu einem vorhandenen Kontakt oder zu einer früheren Zeile der Datei gehört, ist eine Dublette; eine Zeile ohne beides wird über den Namen verglichen. **Überspringen** lässt den Kontakt, wie er ist, **Aktualisieren** setzt die Werte der Zeile an ihre Stelle (leere Zellen ändern nichts), **Zusammenführen** behält die Werte des Kontakts und ergänzt, was ihm fehlt, und **Anlegen** legt trotzdem einen neuen Kontakt an. E-Mail-Adressen, Telefonnummern und Schlagwörter werden beim Aktualisieren wie beim Zusammenführen hinzugefügt.</translation>
    </message>
    <message>
        <source>**All or nothing**: the whole import is one step. A row that cannot be written (a full disk) or Cancel leaves the database exactly as it was. A row without any name is rejected, with its line and the reason, and the rest goes on.</source>
        <translation>**Alles oder nichts**: Der ganze Import ist ein einziger Schritt. Eine Zeile, die sich nicht schreiben lässt (volle Festplatte), oder Abbrechen lässt die Datenbank genau so, wie sie war. Eine Zeile ganz ohne Namen wird mit Zeilennummer und Grund abgewiesen, und der Rest läuft weiter.</translation>
    </message>
    <message>
        <source>**Undo**: undoing an import removes the contacts it created and puts the ones it updated or merged back as they were; a created contact that has since gained history (calls, deals, reminders) is archived instead, and companies, lead sources and campaigns it created go when nothing else uses them.</source>
        <translation>**Rückgängig**: Das Zurücknehmen eines Imports entfernt die Kontakte, die er angelegt hat, und stellt die aktualisierten oder zusammengeführten so wieder her, wie sie waren; ein angelegter Kontakt, der inzwischen eine Historie hat (Anrufe, Geschäfte, Erinnerungen), wird stattdessen archiviert, und vom Import angelegte Firmen, Lead-Quellen und Kampagnen verschwinden, wenn nichts anderes sie nutzt.</translation>
    </message>
    <message>
        <source>**Moving from another CRM**: import its companies first, then its contacts, then its deals and its history (&quot;Kind of records&quot; in the wizard). Deals and interactions find their contact by its email, else its name (a row whose contact is not there is rejected: import the contacts first); an interaction already there (same contact, kind and time) or a deal already there (same title and contact) is skipped. A stage, owner or amount Kontor cannot place is kept in the notes and flagged. Undo takes these back too.</source>
        <translation>**Umzug aus einem anderen CRM**: Importieren Sie zuerst die Firmen, dann die Kontakte, dann die Geschäfte und die Kontakthistorie („Art der Datensätze“ im Assistenten). Geschäfte und Einträge der Kontakthistorie finden ihren Kontakt über dessen E-Mail-Adresse, sonst über den Namen (eine Zeile, deren Kontakt fehlt, wird abgewiesen: Importieren Sie zuerst die Kontakte); ein bereits vorhandener Eintrag (gleicher Kontakt, gleiche Art, gleiche Zeit) oder ein bereits vorhandenes Geschäft (gleicher Titel und Kontakt) wird übersprungen. Eine Phase, einen Betreuer oder einen Betrag, den Kontor nicht zuordnen kann, behält es in den Notizen und markiert ihn. Auch das nimmt Rückgängig wieder zurück.</translation>
    </message>
    <message>
        <source>Duplicates and data health</source>
        <translation>Dubletten und Datenqualität</translation>
    </message>
    <message>
        <source>**Duplicates**: **Contact → Find Duplicates…** lists contacts that are probably one person, most certain first, with why: the same email (capitals aside; score 60), the same phone number however it was written (50), or the same name once capitals, accents, other alphabets (&quot;Иван Петров&quot; and &quot;Ivan Petrov&quot;), word order (&quot;Lovelace, Ada&quot;) and how Persian was typed (Arabic or Persian yeh and kaf, the zero-width non-joiner, vowel marks) are set aside (40); reasons add up. A name shared by more than 25 contacts is too common to judge by alone and left out. The Companies tab pairs companies whose names differ only in capitals, punctuation and legal form (&quot;ACME Inc.&quot; and &quot;Acme Incorporated&quot;, &quot;Müller GmbH &amp; Co. KG&quot; and &quot;Müller&quot;).</source>
        <translation>**Dubletten**: **Kontakt → Dubletten finden…** listet Kontakte, die wahrscheinlich dieselbe Person sind, die sichersten zuerst, mit Begründung: dieselbe E-Mail-Adresse (Groß- und Kleinschreibung egal; Sicherheit 60), dieselbe Telefonnummer, wie auch immer geschrieben (50), oder derselbe Name, wenn man von Groß- und Kleinschreibung, Akzenten, anderen Alphabeten („Иван Петров“ und „Ivan Petrov“), der Wortreihenfolge („Lovelace, Ada“) und davon absieht, wie Persisch getippt wurde (arabisches oder persisches Yeh und Kaf, das unsichtbare Trennzeichen ZWNJ, Vokalzeichen) (40); Gründe addieren sich. Ein Name, den mehr als 25 Kontakte tragen, ist zu häufig, um allein danach zu urteilen, und bleibt außen vor. Der Reiter „Firmen“ bildet Paare aus Firmen, deren Namen sich nur in Groß- und Kleinschreibung, Satzzeichen und Rechtsform unterscheiden („ACME Inc.“ und „Acme Incorporated“, „Müller GmbH &amp; Co. KG“ und „Müller“).</translation>
    </message>
    <message>
        <source>For the pair chosen, each field stands side by side: click the value to keep (the first record&apos;s, unless it has none, is ticked). Emails, phone numbers and tags of both are kept. **Merge** keeps the first record (or the second, with &quot;Keep the second&quot;), moves every call, meeting, email, deal, reminder and history entry of the other to it and deletes the other; Ctrl+Z in the main window takes a merge back. A backup (`…-before-merge.sqlite`) is made before the first merge of a session. **Not Duplicates** puts a pair away for good.</source>
        <translation>Für das gewählte Paar stehen die Felder nebeneinander: Klicken Sie den Wert an, der bleiben soll (angehakt ist der des ersten Datensatzes, außer er hat keinen). E-Mail-Adressen, Telefonnummern und Schlagwörter beider bleiben erhalten. **Zusammenführen** behält den ersten Datensatz (oder mit „Den zweiten behalten“ den zweiten), verschiebt jeden Anruf, jeden Termin, jede E-Mail, jedes Geschäft, jede Erinnerung und jeden Historieneintrag des anderen dorthin und löscht den anderen; Strg+Z im Hauptfenster nimmt eine Zusammenführung zurück. Vor der ersten Zusammenführung einer Sitzung wird eine Sicherung (`…-before-merge.sqlite`) angelegt. **Keine Dubletten** legt ein Paar endgültig beiseite.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>**File → Export** writes contacts as CSV or vCard 4.0, companies, interactions and deals as CSV, and open reminders and meetings as an iCalendar file (`.ics`) that calendar programs import (importing it again updates the events rather than doubling them; reminders come with an alarm at their time and their repetition). A file is written whole or not at all (a cancelled export leaves none). The CSV files name things instead of numbering them (the contact&apos;s name and first email, the company, the stage, the owner), give money as a plain decimal beside its currency code (`1250.00,EUR`) and times in UTC, and are safe for spreadsheets: a cell a spreadsheet would run as a formula starts with an apostrophe, which Kontor&apos;s import takes off again, so an export comes back as it was.</source>
        <translation>**Datei → Exportieren** schreibt Kontakte als CSV oder vCard 4.0, Firmen, Kontakthistorie und Geschäfte als CSV sowie offene Erinnerungen und Termine als iCalendar-Datei (`.ics`), die Kalenderprogramme importieren (ein erneuter Import aktualisiert die Ereignisse, statt sie zu verdoppeln; Erinnerungen kommen mit einem Alarm zu ihrer Zeit und mit ihrer Wiederholung). Eine Datei wird ganz oder gar nicht geschrieben (ein abgebrochener Export hinterlässt keine). Die CSV-Dateien nennen Dinge beim Namen, statt sie zu nummerieren (Name und erste E-Mail-Adresse des Kontakts, Firma, Phase, Betreuer), geben Geldbeträge als einfache Dezimalzahl mit Punkt neben dem Währungscode an (`1250.00,EUR`) und Zeiten in UTC, und sie sind sicher für Tabellenkalkulationen: Eine Zelle, die eine Tabellenkalkulation als Formel ausführen würde, beginnt mit einem Apostroph, den der Import von Kontor wieder entfernt – so kommt ein Export unverändert zurück.</translation>
    </message>
    <message>
        <source>Your data and backups</source>
        <translation>Ihre Daten und Sicherungen</translation>
    </message>
    <message>
        <source>**One file**: everything is in one SQLite database file, by default `~/.local/share/kontor/kontor.sqlite` on Linux (`~/Library/Application Support/kontor` on macOS, `%APPDATA%\kontor` on Windows); the demo database is `kontor-demo.sqlite` beside it. **File → Open Database…** and **New Database…** switch files.</source>
        <translation>**Eine Datei**: Alles steht in einer einzigen SQLite-Datenbankdatei, standardmäßig `~/.local/share/kontor/kontor.sqlite` unter Linux (`~/Library/Application Support/kontor` unter macOS, `%APPDATA%\kontor` unter Windows); die Demo-Datenbank ist `kontor-demo.sqlite` daneben. **Datei → Datenbank öffnen…** und **Neue Datenbank…** wechseln die Datei.</translation>
    </message>
    <message>
        <source>**Safe to open**: Kontor checks a file before writing anything to it. A file that is not a database, a database of another program, or one written by a newer Kontor is refused with a message saying which, and left exactly as it was; Kontor then offers to open another file or create a new database. Every change is saved whole or not at all. The message says what happened: a database in a folder you cannot write (SQLite keeps two small files beside an open database: copy it into a folder of yours); a stray `-wal` file of another database beside yours (a sync tool or a copy brought it: move it into another folder, keeping it, and open again); a file damaged in its first pages (restore a backup). Nothing is written beside a file that is refused, not even SQLite&apos;s `-shm`.</source>
        <translation>**Sicher beim Öffnen**: Kontor prüft eine Datei, bevor es etwas hineinschreibt. Eine Datei, die keine Datenbank ist, eine Datenbank eines anderen Programms oder eine, die ein neueres Kontor geschrieben hat, wird mit einer Meldung abgelehnt, die sagt, was davon zutrifft, und bleibt genau so, wie sie war; Kontor bietet dann an, eine andere Datei zu öffnen oder eine neue Datenbank anzulegen. Jede Änderung wird ganz oder gar nicht gespeichert. Die Meldung sagt, was passiert ist: eine Datenbank in einem Ordner ohne Schreibrecht (SQLite legt neben einer geöffneten Datenbank zwei kleine Dateien an: Kopieren Sie sie in einen eigenen Ordner); eine fremde `-wal`-Datei einer anderen Datenbank neben Ihrer (ein Synchronisierungsprogramm oder eine Kopie hat sie dorthin gebracht: Verschieben Sie sie in einen anderen Ordner, behalten Sie sie, und öffnen Sie erneut); eine Datei, deren erste Seiten beschädigt sind (stellen Sie eine Sicherung wieder her). Neben einer abgelehnten Datei wird nichts geschrieben, nicht einmal SQLites `-shm`.</translation>
    </message>
    <message>
        <source>**Daily backups, by themselves**: when Kontor opens a database whose last daily backup is a day old, it copies it in the background (you can go on working; the status bar says when the copy is made) into a folder beside it: `kontor.sqlite` → `kontor-backups/kontor-20261124-090000-000-daily.sqlite`. The newest 10 copies are kept and older ones deleted; File → Settings… → General → &quot;Backups to keep&quot; changes the number, and 0 turns the daily backup off (then none are deleted). Each copy is the database as it was at one moment, also while Kontor writes, and opens as a database of its own.</source>
        <translation>**Tägliche Sicherungen, ganz von selbst**: Öffnet Kontor eine Datenbank, deren letzte tägliche Sicherung einen Tag alt ist, kopiert es sie im Hintergrund (Sie können weiterarbeiten; die Statusleiste meldet, wenn die Kopie fertig ist) in einen Ordner daneben: `kontor.sqlite` → `kontor-backups/kontor-20261124-090000-000-daily.sqlite`. Die neuesten 10 Kopien werden aufbewahrt, ältere gelöscht; Datei → Einstellungen… → Allgemein → „Sicherungen behalten“ ändert die Zahl, und 0 schaltet die tägliche Sicherung ab (dann wird auch nichts gelöscht). Jede Kopie ist die Datenbank, wie sie zu einem bestimmten Zeitpunkt war, auch während Kontor schreibt, und lässt sich als eigene Datenbank öffnen.</translation>
    </message>
    <message>
        <source>**By hand**: **File → Save a Copy As…** (Ctrl+Shift+S) makes the same kind of copy, anywhere (a USB stick, a shared folder).</source>
        <translation>**Von Hand**: **Datei → Kopie speichern unter…** (Strg+Umschalt+S) legt dieselbe Art Kopie an, wo Sie wollen (auf einem USB-Stick, in einem freigegebenen Ordner).</translation>
    </message>
    <message>
        <source>**Restoring**: **File → Restore from Backup…** lists the backups, newest first, with when and why each was made (daily, made by hand, before a restore, before an import, before a merge); Enter restores the one chosen, and &quot;Show Folder&quot; opens the folder. The database as it is at that moment is kept as a &quot;before a restore&quot; backup first, so that a restore can be undone by restoring that one; a file that is not a Kontor database is refused and nothing changes. A backup from an older Kontor is upgraded as it comes back.</source>
        <translation>**Wiederherstellen**: **Datei → Aus Sicherung wiederherstellen…** listet die Sicherungen, die neuesten zuerst, mit Zeitpunkt und Anlass (täglich, von Hand, vor einer Wiederherstellung, vor einem Import, vor einer Zusammenführung); Eingabe stellt die gewählte wieder her, und „Ordner zeigen“ öffnet den Ordner. Die Datenbank, wie sie in diesem Moment ist, wird zuerst als Sicherung „Vor einer Wiederherstellung“ aufbewahrt, sodass sich eine Wiederherstellung rückgängig machen lässt, indem Sie diese wiederherstellen; eine Datei, die keine Kontor-Datenbank ist, wird abgelehnt, und nichts ändert sich. Eine Sicherung aus einem älteren Kontor wird beim Wiederherstellen aktualisiert.</translation>
    </message>
    <message>
        <source>**Private by default**: a CRM holds other people&apos;s personal data, so the database Kontor creates, its `-wal` and `-shm` files, the backup folder and every backup are readable by you only (files 0600, folders 0700 on Linux and macOS), whatever your umask; a restored database stays so, and backups an older Kontor left readable to others are tightened at the next backup.</source>
        <translation>**Standardmäßig privat**: Ein CRM enthält personenbezogene Daten anderer Menschen, deshalb sind die von Kontor angelegte Datenbank, ihre `-wal`- und `-shm`-Dateien, der Sicherungsordner und jede Sicherung nur für Sie lesbar (Dateien 0600, Ordner 0700 unter Linux und macOS), unabhängig von Ihrer umask; eine wiederhergestellte Datenbank bleibt so, und Sicherungen, die ein älteres Kontor für andere lesbar hinterlassen hat, werden bei der nächsten Sicherung eingeschränkt.</translation>
    </message>
    <message>
        <source>**No debris**: a backup is written under a temporary name (`….sqlite.partial-1a2b3c4d`) and renamed when whole. One that fails (a full disk) takes its pieces with it; the pieces of one that was killed half way (power cut, `kill -9`) are removed by the next backup once they are ten minutes old. An import that cannot write (a read-only file, folder or disk, or another program holding the database) says so before it makes its before-import backup.</source>
        <translation>**Keine Reste**: Eine Sicherung wird unter einem vorläufigen Namen geschrieben (`….sqlite.partial-1a2b3c4d`) und erst umbenannt, wenn sie vollständig ist. Scheitert sie (volle Festplatte), räumt sie ihre Bruchstücke mit weg; die Bruchstücke einer Sicherung, die mittendrin abgebrochen wurde (Stromausfall, `kill -9`), entfernt die nächste Sicherung, sobald sie zehn Minuten alt sind. Ein Import, der nicht schreiben kann (eine schreibgeschützte Datei, ein schreibgeschützter Ordner oder Datenträger oder ein anderes Programm, das die Datenbank belegt), meldet das, bevor er seine Sicherung vor dem Import anlegt.</translation>
    </message>
    <message>
        <source>When things go wrong</source>
        <translation>Wenn etwas schiefgeht</translation>
    </message>
    <message>
        <source>**A file that will not open** says why, and leaves it as it was: a folder you may not write in (SQLite keeps two small files beside an open database: copy the file into a folder of yours), a stray `-wal` file of another database beside yours (move it into another folder, keep it, and open again), a file of another program, or one written by a newer Kontor.</source>
        <translation>**Eine Datei, die sich nicht öffnen lässt**: Kontor sagt, warum, und lässt sie, wie sie war: ein Ordner, in dem Sie nicht schreiben dürfen (SQLite legt neben einer geöffneten Datenbank zwei kleine Dateien an: Kopieren Sie die Datei in einen eigenen Ordner), eine fremde `-wal`-Datei einer anderen Datenbank neben Ihrer (verschieben Sie sie in einen anderen Ordner, behalten Sie sie, und öffnen Sie erneut), eine Datei eines anderen Programms oder eine, die ein neueres Kontor geschrieben hat.</translation>
    </message>
    <message>
        <source>**A full disk**: a change that cannot be written is not made at all (every change is saved whole or not at all); a backup that cannot be written leaves nothing behind; an import says so before it begins.</source>
        <translation>**Eine volle Festplatte**: Eine Änderung, die sich nicht schreiben lässt, wird gar nicht vorgenommen (jede Änderung wird ganz oder gar nicht gespeichert); eine Sicherung, die sich nicht schreiben lässt, hinterlässt nichts; ein Import meldet es, bevor er beginnt.</translation>
    </message>
    <message>
        <source>**A file you could not have meant to import** (a &quot;phone number&quot; of 20,000 characters, notes of megabytes, a table of more than 10,000 columns) is refused at once, row or file, with the reason, rather than keeping the import busy for minutes.</source>
        <translation>**Eine Datei, die Sie unmöglich importieren wollten** (eine „Telefonnummer“ mit 20.000 Zeichen, Notizen von mehreren Megabyte, eine Tabelle mit mehr als 10.000 Spalten), wird sofort abgelehnt – als Zeile oder als ganze Datei –, mit Begründung, statt den Import minutenlang zu beschäftigen.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>**Help → Keyboard Shortcuts** (Ctrl+/) lists every key, with a search box. The ones that matter most:</source>
        <translation>**Hilfe → Tastenkürzel** (Strg+/) listet jede Taste, mit Suchfeld. Die wichtigsten:</translation>
    </message>
    <message>
        <source>| Keys | Action |</source>
        <translation>| Tasten | Aktion |</translation>
    </message>
    <message>
        <source>| Ctrl+1 … Ctrl+6 | Today, Contacts, Companies, Pipeline, Reminders, Reports |</source>
        <translation>| Strg+1 … Strg+6 | Heute, Kontakte, Firmen, Pipeline, Erinnerungen, Berichte |</translation>
    </message>
    <message>
        <source>| Ctrl+L | Log interaction (call, meeting, email, note), from any page |</source>
        <translation>| Strg+L | Aktivität erfassen (Anruf, Termin, E-Mail, Notiz), von jeder Seite aus |</translation>
    </message>
    <message>
        <source>| Ctrl+F | Search contacts |</source>
        <translation>| Strg+F | Kontakte suchen |</translation>
    </message>
    <message>
        <source>| Ctrl+K | Search everything: contacts, companies, deals, notes |</source>
        <translation>| Strg+K | Alles durchsuchen: Kontakte, Firmen, Geschäfte, Notizen |</translation>
    </message>
    <message>
        <source>| Enter (in search) | Select the first match |</source>
        <translation>| Eingabe (in der Suche) | Ersten Treffer wählen |</translation>
    </message>
    <message>
        <source>| Ctrl+N | New contact |</source>
        <translation>| Strg+N | Neuer Kontakt |</translation>
    </message>
    <message>
        <source>| F2 or Enter (on a row) | Edit contact |</source>
        <translation>| F2 oder Eingabe (auf einer Zeile) | Kontakt bearbeiten |</translation>
    </message>
    <message>
        <source>| Delete | Archive (or restore, in the archive) |</source>
        <translation>| Entf | Archivieren (im Archiv: wiederherstellen) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+N | New deal (for the selected contact on the Contacts page) |</source>
        <translation>| Strg+Umschalt+N | Neues Geschäft (für den gewählten Kontakt auf der Seite Kontakte) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+R | New reminder |</source>
        <translation>| Strg+Umschalt+R | Neue Erinnerung |</translation>
    </message>
    <message>
        <source>| Ctrl+Z / Ctrl+Shift+Z | Undo / redo |</source>
        <translation>| Strg+Z / Strg+Umschalt+Z | Rückgängig / Wiederholen |</translation>
    </message>
    <message>
        <source>| D / S / Enter (on Today) | Reminder done / snooze until tomorrow / open the contact or deal (on a section: fold) |</source>
        <translation>| D / S / Eingabe (Seite Heute) | Erinnerung erledigt / auf morgen verschieben / Kontakt oder Geschäft öffnen (auf einem Abschnitt: einklappen) |</translation>
    </message>
    <message>
        <source>| ← / → (on Today) | Fold / open the section |</source>
        <translation>| ← / → (Seite Heute) | Abschnitt einklappen / aufklappen |</translation>
    </message>
    <message>
        <source>| D / S / Enter / Delete (on Reminders) | Done / snooze until tomorrow / edit / delete |</source>
        <translation>| D / S / Eingabe / Entf (Seite Erinnerungen) | Erledigt / auf morgen verschieben / bearbeiten / löschen |</translation>
    </message>
    <message>
        <source>| Enter / Ctrl+Enter (on Pipeline) | Edit the deal / open its contact |</source>
        <translation>| Eingabe / Strg+Eingabe (Seite Pipeline) | Geschäft bearbeiten / seinen Kontakt öffnen |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+→ / ← (on Pipeline) | Move the selected deal to the next / previous stage |</source>
        <translation>| Strg+Umschalt+→ / ← (Seite Pipeline) | Gewähltes Geschäft in die nächste / vorige Phase verschieben |</translation>
    </message>
    <message>
        <source>| ← / → (on Pipeline) | Previous / next column |</source>
        <translation>| ← / → (Seite Pipeline) | Vorige / nächste Spalte |</translation>
    </message>
    <message>
        <source>| Alt+B / Alt+I (on Pipeline) | Board / list |</source>
        <translation>| Alt+T / Alt+I (Seite Pipeline) | Tafel / Liste |</translation>
    </message>
    <message>
        <source>| Delete (on Pipeline) | Archive the selected deal |</source>
        <translation>| Entf (Seite Pipeline) | Gewähltes Geschäft archivieren |</translation>
    </message>
    <message>
        <source>| Enter (on a report&apos;s row or figure) | List the deals, leads or interactions behind it |</source>
        <translation>| Eingabe (auf einer Zeile oder Zahl eines Berichts) | Die Geschäfte, Leads oder Einträge dahinter auflisten |</translation>
    </message>
    <message>
        <source>| Ctrl+P (on Reports) | Print all reports |</source>
        <translation>| Strg+P (Seite Berichte) | Alle Berichte drucken |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+A | Archive |</source>
        <translation>| Strg+Umschalt+A | Archiv |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+I | Import contacts (CSV or vCard) |</source>
        <translation>| Strg+Umschalt+I | Kontakte importieren (CSV oder vCard) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+S | Save a copy of the database |</source>
        <translation>| Strg+Umschalt+S | Kopie der Datenbank speichern |</translation>
    </message>
    <message>
        <source>| Ctrl+O | Open another database |</source>
        <translation>| Strg+O | Andere Datenbank öffnen |</translation>
    </message>
    <message>
        <source>| Ctrl+, | Settings |</source>
        <translation>| Strg+, | Einstellungen |</translation>
    </message>
    <message>
        <source>| Ctrl+Q | Quit |</source>
        <translation>| Strg+Q | Beenden |</translation>
    </message>
    <message>
        <source>| Ctrl+/ | Keyboard shortcuts |</source>
        <translation>| Strg+/ | Tastenkürzel |</translation>
    </message>
    <message>
        <source>| F1 | This user guide |</source>
        <translation>| F1 | Dieses Benutzerhandbuch |</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Kontor speaks English, German, Persian (فارسی), Bengali (বাংলা), Amharic (አማርኛ) and Esperanto, and follows your computer&apos;s language. To choose another, open **Settings → Language** (Alt+N on the Settings window): the choice is kept, and the window opens again in it, on the same database, as soon as Settings closes. `kontor --lang fa` chooses for one start only.</source>
        <translation>Kontor spricht Englisch, Deutsch, Persisch (فارسی), Bengalisch (বাংলা), Amharisch (አማርኛ) und Esperanto und richtet sich nach der Sprache Ihres Computers. Um eine andere zu wählen, öffnen Sie **Einstellungen → Sprache** (Alt+R im Fenster Einstellungen): Die Wahl bleibt gespeichert, und das Fenster öffnet sich in der neuen Sprache neu, mit derselben Datenbank, sobald die Einstellungen geschlossen werden. `kontor --lang fa` wählt die Sprache nur für einen einzigen Start.</translation>
    </message>
    <message>
        <source>**Persian** mirrors the whole window: the side bar stands on the right, columns and forms read from right to left, and the reports&apos; charts run from the right (the first month on the right, bars growing leftwards from their names). Every number (money, counts, dates, times) is written in Persian digits.</source>
        <translation>**Persisch** spiegelt das ganze Fenster: Die Seitenleiste steht rechts, Spalten und Formulare lesen sich von rechts nach links, und die Diagramme der Berichte laufen von rechts (der erste Monat rechts, Balken wachsen von ihren Namen aus nach links). Jede Zahl (Geldbeträge, Anzahlen, Daten, Uhrzeiten) wird in persischen Ziffern geschrieben.</translation>
    </message>
    <message>
        <source>**Digits:** Settings → Language → Digits → **Latin (123)** writes every number in 0–9 instead (Persian or Bengali with `1,250.50` and `11 آذر 1405`), keeping the language&apos;s words, month names, direction and week; the language&apos;s own digits come back with **The language&apos;s own**. Bengali times are on the 24-hour clock (২০:০৫).</source>
        <translation>**Ziffern:** Einstellungen → Sprache → Ziffern → **Lateinisch (123)** schreibt stattdessen jede Zahl mit 0–9 (Persisch oder Bengalisch mit `1,250.50` und `11 آذر 1405`) und behält Wörter, Monatsnamen, Schreibrichtung und Woche der Sprache bei; die eigenen Ziffern der Sprache kommen mit **Die Ziffern der Sprache** zurück. Uhrzeiten auf Bengalisch stehen im 24-Stunden-Format (২০:০৫).</translation>
    </message>
    <message>
        <source>**Calendar:** Persian uses the Solar Hijri calendar, every other language the Gregorian one; Settings → Language → Calendar chooses either for any language. Dates in lists, on cards and in date fields are in it, and so are the reports&apos; periods: in Solar Hijri, &quot;This quarter&quot; on 11 Azar 1405 is Mehr to Azar (23 September to 21 December 2026), &quot;This year&quot; is Farvardin to Esfand, and the forecast&apos;s months are Solar Hijri months. Weeks start on your language&apos;s first day (Saturday for Persian), and the reminders&apos; calendar marks its weekend (Friday in Iran). Files (CSV, vCard, calendars) keep ISO dates.</source>
        <translation>**Kalender:** Persisch verwendet den Sonnenhidschri-Kalender, jede andere Sprache den gregorianischen; Einstellungen → Sprache → Kalender wählt einen der beiden für jede Sprache. Daten in Listen, auf Karten und in Datumsfeldern folgen ihm, ebenso die Zeiträume der Berichte: Im Sonnenhidschri-Kalender reicht „Dieses Quartal“ am 11. Azar 1405 von Mehr bis Azar (23. September bis 21. Dezember 2026), „Dieses Jahr“ von Farvardin bis Esfand, und die Monate der Prognose sind Sonnenhidschri-Monate. Wochen beginnen am ersten Tag Ihrer Sprache (Samstag bei Persisch), und der Kalender der Erinnerungen markiert ihr Wochenende (Freitag im Iran). Dateien (CSV, vCard, Kalender) behalten ISO-Datumsangaben.</translation>
    </message>
    <message>
        <source>**A new database** made in a language names its stages and lead sources in it (سرنخ جدید, تماس اولیه…); rename them in Settings like any other. A database keeps its names when opened in another language.</source>
        <translation>**Eine neue Datenbank**, die in einer Sprache angelegt wird, benennt ihre Phasen und Lead-Quellen in dieser Sprache (سرنخ جدید, تماس اولیه…); benennen Sie sie in den Einstellungen um wie alle anderen. Eine Datenbank behält ihre Namen, wenn sie in einer anderen Sprache geöffnet wird.</translation>
    </message>
    <message>
        <source>**The demo database** is made in the window&apos;s language: in Persian a business in Tehran whose customers are mostly Iranian, named in Persian (بازرگانی کریمی), those abroad in Latin letters, with its notes, products, job titles and campaigns in Persian, its countries named in Persian (ایران, آلمان) and its money in rials; in Bengali one in Dhaka (taka), in Amharic one in Addis Ababa (birr), in German one in Germany and Austria (euros). Each language keeps its demo in a file of its own (`kontor-demo-fa.sqlite`).</source>
        <translation>**Die Demo-Datenbank** entsteht in der Sprache des Fensters: auf Persisch ein Betrieb in Teheran mit überwiegend iranischen Kunden, auf Persisch benannt (بازرگانی کریمی), die im Ausland in lateinischen Buchstaben, mit Notizen, Produkten, Positionen und Kampagnen auf Persisch, Ländernamen auf Persisch (ایران, آلمان) und Beträgen in Rial; auf Bengalisch einer in Dhaka (Taka), auf Amharisch einer in Addis Abeba (Birr), auf Deutsch einer in Deutschland und Österreich (Euro). Jede Sprache hat ihre Demo in einer eigenen Datei (`kontor-demo-fa.sqlite`).</translation>
    </message>
    <message>
        <source>**Typing in your script:** Persian, Arabic-Indic and Bengali digits are read as digits in amounts (`۳۱٬۸۹۰٫۵`), phone numbers and search (typing `۹۱۲` finds +98 912…). An imported birthday such as `1365/04/12` (or `۱۳۶۵/۰۴/۱۲`), with a year between 1200 and 1599, is read as a Solar Hijri date: 3 July 1986.</source>
        <translation>**Tippen in Ihrer Schrift:** Persische, arabisch-indische und bengalische Ziffern werden in Beträgen (`۳۱٬۸۹۰٫۵`), Telefonnummern und in der Suche als Ziffern gelesen (`۹۱۲` findet +98 912…). Ein importierter Geburtstag wie `1365/04/12` (oder `۱۳۶۵/۰۴/۱۲`) mit einem Jahr zwischen 1200 und 1599 wird als Sonnenhidschri-Datum gelesen: 3. Juli 1986.</translation>
    </message>
    <message>
        <source>**Search and duplicates** find a Persian name however it was typed: with the Arabic ي and ك of an Arabic keyboard or the Persian ی and ک, with or without the zero-width non-joiner, with or without vowel marks; this holds for contacts, companies and deal titles (Ctrl+K). Such names also sort together, and an imported company typed either way is one company. Tags are apart by a comma or semicolon, Latin or Persian (، ؛), in the contact dialog and in imports.</source>
        <translation>**Suche und Dubletten** finden einen persischen Namen, wie auch immer er getippt wurde: mit dem arabischen ي und ك einer arabischen Tastatur oder dem persischen ی und ک, mit oder ohne unsichtbares Trennzeichen (ZWNJ), mit oder ohne Vokalzeichen; das gilt für Kontakte, Firmen und Titel von Geschäften (Strg+K). Solche Namen werden auch zusammen sortiert, und eine importierte Firma ist eine einzige Firma, gleich auf welche Weise sie getippt wurde. Schlagwörter werden durch Komma oder Semikolon getrennt, lateinisch oder persisch (، ؛), im Kontaktdialog wie beim Import.</translation>
    </message>
    <message>
        <source>**Reports on paper** (Reports → Export → All reports as PDF, and Print) read from the right in Persian: each table&apos;s names column on the right, the charts mirrored as on screen.</source>
        <translation>**Berichte auf Papier** (Berichte → Exportieren → Alle Berichte als PDF sowie Drucken) lesen sich auf Persisch von rechts: Die Namensspalte jeder Tabelle steht rechts, die Diagramme sind gespiegelt wie auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Qt&apos;s own buttons and dialogs (OK, Cancel, the file dialog, the context menu of a text field) come in the same language: from Debian&apos;s `qt6-translations-l10n` for Persian and German, from Kontor itself for Bengali, Amharic and Esperanto.</source>
        <translation>Die Schaltflächen und Dialoge von Qt selbst (OK, Abbrechen, der Dateidialog, das Kontextmenü eines Textfelds) erscheinen in derselben Sprache: für Persisch und Deutsch aus Debians `qt6-translations-l10n`, für Bengalisch, Amharisch und Esperanto aus Kontor selbst.</translation>
    </message>
    <message>
        <source>`./run.sh` installs the fonts that draw these scripts well (Noto Sans Arabic, Bengali and Ethiopic, and Vazirmatn on Debian 13).</source>
        <translation>`./run.sh` installiert die Schriften, die diese Schriftsysteme gut darstellen (Noto Sans Arabic, Bengali und Ethiopic sowie Vazirmatn unter Debian 13).</translation>
    </message>
    <message>
        <source>**Two programs at once** (the window and a script, two windows): one waits for the other. The window says in its status bar that it is waiting and waits up to 5 seconds; if the other is still writing, it says so and saves nothing, so that you can try again; the command line waits up to half a minute, saying once that it is waiting.</source>
        <translation>**Zwei Programme gleichzeitig** (das Fenster und ein Skript, zwei Fenster): Eines wartet auf das andere. Das Fenster meldet in der Statusleiste, dass es wartet, und wartet bis zu 5 Sekunden; schreibt das andere Programm dann noch, meldet es das und speichert nichts, sodass Sie es erneut versuchen können; die Kommandozeile wartet bis zu einer halben Minute und meldet einmal, dass sie wartet.</translation>
    </message>
    <message>
        <source>**A damaged file** (a bad disk sector, a copy cut short): whenever Kontor opens a database it checks it in the background (SQLite&apos;s quick check; the day&apos;s first opening checks the daily backup&apos;s copy instead), and a damaged copy is never kept as a backup, so the backups made before the damage stay. When it finds damage, Kontor says so at once and offers three ways on: **Restore a Backup…** (choose the newest made before the trouble began; the list shows when each was made, and what going back to it would lose), **Save What Can Be Read…** (every row that can still be read is copied into a new file, damaged pages are skipped, the search and the reports are built again, and Kontor goes on in the new file; the damaged file is never changed), or **Read Only** (to look things up while nothing can be changed).</source>
        <translation>**Eine beschädigte Datei** (ein defekter Sektor, eine abgebrochene Kopie): Immer wenn Kontor eine Datenbank öffnet, prüft es sie im Hintergrund (SQLites Schnellprüfung; beim ersten Öffnen des Tages prüft stattdessen die tägliche Sicherung ihre Kopie), und eine beschädigte Kopie wird nie als Sicherung aufbewahrt, sodass die Sicherungen von vor dem Schaden erhalten bleiben. Findet Kontor einen Schaden, sagt es das sofort und bietet drei Wege an: **Sicherung wiederherstellen…** (wählen Sie die neueste von vor dem Problem; die Liste zeigt, wann jede entstand und was die Rückkehr zu ihr verlöre), **Lesbares retten…** (jede noch lesbare Zeile wird in eine neue Datei kopiert, beschädigte Seiten werden übersprungen, Suche und Berichte neu aufgebaut, und Kontor arbeitet in der neuen Datei weiter; die beschädigte Datei wird nie verändert) oder **Nur lesen** (zum Nachschlagen, ohne dass sich etwas ändern lässt).</translation>
    </message>
    <message>
        <source>**Lead sources**: per source and campaign, the *leads* (contacts from the source created in the period), how many are now *qualified* (sales qualified, opportunities or customers), the *customers* (contacts with a deal from the source won in the period; a deal&apos;s own source counts, else its contact&apos;s), *conversion* (customers ÷ leads), *revenue* (those won deals&apos; amounts), *spend* (campaign spend falling in the period up to today: a campaign&apos;s spend is spread evenly over its days, so the month under way counts its days so far, and one without dates counts whole), *cost per lead* and *per customer*, and *ROI* ((revenue − spend) ÷ spend). Most revenue first; the chart sets revenue against spend (its axis in the currency&apos;s round steps), with each source&apos;s conversion and ROI beside its name. The line above names the best and the weakest source and what they were judged by: return on spend where two or more sources have spend recorded in the period, otherwise conversion and, between equals, revenue. Where no spend was recorded the table says &quot;none recorded&quot; and leaves the costs per lead and customer empty, rather than 0.00.</source>
        <translation>**Lead-Quellen**: je Quelle und Kampagne die *Leads* (im Zeitraum angelegte Kontakte aus der Quelle), wie viele davon jetzt *qualifiziert* sind (vertriebsqualifiziert, Verkaufschancen oder Kunden), die *Kunden* (Kontakte mit einem im Zeitraum gewonnenen Geschäft aus der Quelle; es zählt die eigene Quelle des Geschäfts, sonst die seines Kontakts), die *Konversion* (Kunden ÷ Leads), der *Umsatz* (die Beträge dieser gewonnenen Geschäfte), die *Ausgaben* (Kampagnenausgaben, die in den Zeitraum bis heute fallen: Die Ausgaben einer Kampagne verteilen sich gleichmäßig auf ihre Tage, sodass der laufende Monat seine bisherigen Tage zählt und eine Kampagne ohne Start- und Enddatum ganz zählt), *Kosten je Lead* und *je Kunde* sowie der *ROI* ((Umsatz − Ausgaben) ÷ Ausgaben). Der höchste Umsatz zuerst; das Diagramm stellt Umsatz und Ausgaben gegenüber (seine Achse in runden Schritten der Währung), mit Konversion und ROI jeder Quelle neben ihrem Namen. Die Zeile darüber nennt die beste und die schwächste Quelle und wonach sie beurteilt wurden: nach dem Ertrag der Ausgaben, wenn zwei oder mehr Quellen im Zeitraum erfasste Ausgaben haben, sonst nach der Konversion und bei Gleichstand nach dem Umsatz. Wo keine Ausgaben erfasst wurden, zeigt die Tabelle „nicht erfasst“ und lässt die Kosten je Lead und je Kunde leer, statt 0,00 anzuzeigen.</translation>
    </message>
    <message>
        <source>**Housekeeping**: select several contacts and **Change Selected** to give them an owner, a stage or a tag; a mistake is one Ctrl+Z away; File → Archive… brings back what was archived; **Changes…** tells who changed what.</source>
        <translation>**Ordnung halten**: Markieren Sie mehrere Kontakte und geben Sie ihnen mit **Auswahl ändern** einen Betreuer, eine Phase oder ein Schlagwort; ein Fehler ist mit einem Strg+Z behoben; Datei → Archiv… holt Archiviertes zurück; **Änderungen…** zeigt, wer was geändert hat.</translation>
    </message>
    <message>
        <source>**New contact** (Ctrl+N) and **edit** (F2, or Enter on a row): names, company (type to pick one you have or to add a new one), job title, two emails, two phones, birthday, address, lifecycle stage, lead source, owner, tags, &quot;Stay in touch every&quot; and notes; your own fields on the &quot;More fields&quot; page. Anything invalid is explained in the dialog, and nothing is saved until it is fixed.</source>
        <translation>**Neuer Kontakt** (Strg+N) und **Bearbeiten** (F2 oder Eingabe auf einer Zeile): Vor- und Nachname, Firma (tippen, um eine vorhandene zu wählen oder eine neue anzulegen), Position, zwei E-Mail-Adressen, zwei Telefonnummern, Geburtstag, Adresse, Lebenszyklusphase, Lead-Quelle, Betreuer, Schlagwörter, „Kontakt halten alle“ und Notizen; Ihre eigenen Felder auf der Seite „Weitere Felder“. Alles Ungültige wird im Dialog erklärt, und gespeichert wird erst, wenn es behoben ist.</translation>
    </message>
    <message>
        <source>**Archive** (Delete): the contact leaves the list and search but keeps its history. To bring it back, choose &quot;Archived&quot; in the stage filter and press Delete again, or use File → Archive….</source>
        <translation>**Archivieren** (Entf): Der Kontakt verschwindet aus Liste und Suche, behält aber seine Historie. Um ihn zurückzuholen, wählen Sie im Phasenfilter „Archiviert“ und drücken erneut Entf, oder Sie nutzen Datei → Archiv….</translation>
    </message>
    <message>
        <source>From lead to customer: the lifecycle</source>
        <translation>Vom Interessenten zum Kunden: der Lebenszyklus</translation>
    </message>
    <message>
        <source>Every contact is at a stage of the buyer&apos;s journey: **Lead** (known, not yet qualified), **Marketing qualified** (MQL: fits and shows interest), **Sales qualified** (SQL: a salesperson confirmed need, budget and timing), **Opportunity** (has an open deal), **Customer** (a deal was won), or off the journey **Disqualified** (not a fit) and **Inactive**. Change it in the contact&apos;s dialog or with Change Selected. Moving a contact back a stage, or disqualifying it, asks why; the reason is kept. Every move is kept with its date, so Kontor knows when each stage was entered.</source>
        <translation>Jeder Kontakt steht in einer Phase der Customer Journey: **Interessent** (bekannt, noch nicht qualifiziert), **Marketing-qualifiziert** (MQL: passt und zeigt Interesse), **Vertriebsqualifiziert** (SQL: ein Vertriebsmitarbeiter hat Bedarf, Budget und Zeitrahmen bestätigt), **Verkaufschance** (hat ein offenes Geschäft), **Kunde** (ein Geschäft wurde gewonnen) oder abseits davon **Disqualifiziert** (passt nicht) und **Inaktiv**. Ändern Sie die Phase im Kontaktdialog oder mit „Auswahl ändern“. Wird ein Kontakt eine Phase zurückgestuft oder disqualifiziert, fragt Kontor nach dem Grund; der Grund bleibt erhalten. Jeder Wechsel wird mit seinem Datum festgehalten, sodass Kontor weiß, wann jede Phase erreicht wurde.</translation>
    </message>
    <message>
        <source>Your own fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <source>Every business tracks something Kontor has no field for: a budget, the industry, the decision maker. Add your own in **File → Settings… → Fields**, for contacts, companies or deals: text, long text, number, money (in a currency), date, checkbox, a choice, multiple choice, or a link to a contact or a company. Each has a name, a key (what files and scripts call it, such as `budget`) and may be required. **Add Qualification Fields** adds Budget, Need, Timeline, Decision maker, Authority, Competitors, Objections and Lead status in one go; they are ordinary fields afterwards.</source>
        <translation>Jedes Unternehmen erfasst etwas, wofür Kontor kein Feld hat: ein Budget, die Branche, den Entscheider. Legen Sie unter **Datei → Einstellungen… → Felder** eigene an, für Kontakte, Firmen oder Geschäfte: Text, langer Text, Zahl, Geldbetrag (in einer Währung), Datum, Kontrollkästchen, Auswahl, Mehrfachauswahl oder ein Verweis auf einen Kontakt oder eine Firma. Jedes hat einen Namen und einen Schlüssel (wie Dateien und Skripte es nennen, etwa `budget`) und kann ein Pflichtfeld sein. **Qualifizierungsfelder hinzufügen** legt Budget, Bedarf, Zeitrahmen, Entscheider, Entscheidungsbefugnis, Wettbewerber, Einwände und Lead-Status in einem Zug an; danach sind es gewöhnliche Felder.</translation>
    </message>
    <message>
        <source>**Change…** renames a field or its choices: renaming a choice renames it on every record that has it. Changing the type says first how many values cannot be converted (a word in a number field, say); the others are kept.</source>
        <translation>**Ändern…** benennt ein Feld oder seine Auswahlwerte um: Ein umbenannter Auswahlwert heißt in jedem Eintrag, der ihn hat, neu. Beim Ändern des Typs sagt Kontor zuerst, wie viele Werte sich nicht umwandeln lassen (etwa ein Wort in einem Zahlenfeld); die übrigen bleiben erhalten.</translation>
    </message>
    <message>
        <source>**Archive** hides a field and keeps its values; **Restore** (with &quot;Show archived&quot;) brings it back with them. Adding, changing and archiving are undone with Ctrl+Z, and every value set is in the record&apos;s change history.</source>
        <translation>**Archivieren** blendet ein Feld aus und behält seine Werte; **Wiederherstellen** (mit „Archivierte zeigen“) holt es mit ihnen zurück. Hinzufügen, Ändern und Archivieren lassen sich mit Strg+Z rückgängig machen, und jeder gesetzte Wert steht in der Änderungshistorie des Eintrags.</translation>
    </message>
    <message>
        <source>**Fields**: your own fields of contacts, companies and deals (see &quot;Your own fields&quot;).</source>
        <translation>**Felder**: Ihre eigenen Felder für Kontakte, Firmen und Geschäfte (siehe „Eigene Felder“).</translation>
    </message>
    <message>
        <source>**Lifecycle**: the rules that move contacts along their lifecycle (see &quot;From lead to customer&quot;).</source>
        <translation>**Lebenszyklus**: die Regeln, die Kontakte in ihrem Lebenszyklus voranbringen (siehe „Vom Interessenten zum Kunden“).</translation>
    </message>
    <message>
        <source>**Data health**: **Contact → Data Health…** counts the contacts that need a look: not contacted for N months (6 to start with; or never), without email and phone, with an email that is not one (no @, blanks, no dotted domain), with a phone number that is not valid (one that cannot be read, or a number that does not exist, such as +44 889 442828; the number typed is kept either way), without owner, without lead source. **Show on the Contacts Page** (or Enter on a row) lists exactly those on the Contacts page, where Ctrl+A and **Change Selected** set an owner, a stage or a tag, or archive them, all at once. The first check after an upgrade may read every phone number once, with a progress bar and Cancel.</source>
        <translation>**Datenqualität**: **Kontakt → Datenqualität…** zählt die Kontakte, die einen Blick brauchen: seit N Monaten nicht kontaktiert (anfangs 6; oder nie), ohne E-Mail und Telefon, mit einer E-Mail-Adresse, die keine ist (kein @, Leerzeichen, keine Domain mit Punkt), mit einer ungültigen Telefonnummer (einer, die sich nicht lesen lässt, oder einer Nummer, die es nicht gibt, etwa +44 889 442828; die getippte Nummer bleibt in jedem Fall erhalten), ohne Betreuer, ohne Lead-Quelle. **Auf der Seite Kontakte zeigen** (oder Eingabe auf einer Zeile) listet genau diese auf der Seite Kontakte, wo Strg+A und **Auswahl ändern** ihnen auf einmal einen Betreuer, eine Phase oder ein Schlagwort geben oder sie archivieren. Die erste Prüfung nach einem Update liest unter Umständen einmal jede Telefonnummer, mit Fortschrittsbalken und der Möglichkeit abzubrechen.</translation>
    </message>
    <message>
        <source>**Importing and exporting**: a column headed by a field&apos;s key or name fills the field (the import wizard offers your fields too); a value that does not fit (a word in an amount) is kept in the notes with a warning. Exported contacts have a column per field, by key, after the built-in ones, and such a file comes back unchanged.</source>
        <translation>**Importieren und Exportieren**: Eine Spalte, deren Überschrift der Schlüssel oder der Name eines Feldes ist, füllt dieses Feld (der Import bietet auch Ihre eigenen Felder an); ein Wert, der nicht passt (ein Wort in einem Geldbetrag), wird mit einer Warnung in den Notizen behalten. Exportierte Kontakte haben nach den eingebauten Feldern eine Spalte je Feld, mit dem Schlüssel als Überschrift, und eine solche Datei kommt unverändert zurück.</translation>
    </message>
    <message>
        <source>**In the list**: each contact field can be a column of the Contacts list (right-click the header), sorted by a click, and **More Filters…** filters by it; **Change Selected → Set Field…** sets it on many contacts at once.</source>
        <translation>**In der Liste**: Jedes Kontaktfeld kann eine Spalte der Kontaktliste sein (Rechtsklick auf den Spaltenkopf) und per Klick sortiert werden, und **Weitere Filter…** filtert danach; **Auswahl ändern → Feld setzen…** setzt es für viele Kontakte auf einmal.</translation>
    </message>
    <message>
        <source>**Searchable**: tick &quot;The search finds its text&quot; for a contact&apos;s text or long text field, and the search box and Search everything (Ctrl+K) find a contact by a word of it, together with the name (`ada training`).</source>
        <translation>**Durchsuchbar**: Setzen Sie bei einem Text- oder langen Textfeld eines Kontakts den Haken bei „Die Suche findet seinen Text“, dann finden das Suchfeld und Alles durchsuchen (Strg+K) einen Kontakt über ein Wort daraus, auch zusammen mit dem Namen (`ada training`).</translation>
    </message>
    <message>
        <source>**Reports**: the box beside the salesperson on the Reports page narrows every report to one answer of a choice field (see &quot;Reports&quot;).</source>
        <translation>**Berichte**: Das Feld neben der Mitarbeiterauswahl auf der Seite Berichte beschränkt jeden Bericht auf einen Auswahlwert eines Auswahlfelds (siehe „Berichte“).</translation>
    </message>
    <message>
        <source>**Duplicates**: when two contacts are merged, each of your fields is a row to choose the value from.</source>
        <translation>**Dubletten**: Beim Zusammenführen zweier Kontakte ist jedes Ihrer Felder eine Zeile, in der Sie den Wert wählen.</translation>
    </message>
    <message>
        <source>**Lifecycle**: per stage of the contacts&apos; lifecycle, the contacts that *entered* it in the period, how many *went on* to a later stage by now, the *conversion* (went on ÷ entered) and the *median days* it took (see &quot;From lead to customer&quot;). A row, or its &quot;Went on&quot;, lists the contacts behind it. **Show** above the chart groups the table by lead source or by salesperson: a row each, the contacts that entered each stage of the journey in the columns (the tooltip says how many went on), and Enter on a figure lists those contacts.</source>
        <translation>**Lebenszyklus**: je Phase des Lebenszyklus die Kontakte, die sie im Zeitraum *erreichten*, wie viele bis heute zu einer späteren Phase *weiter* gingen, die *Konversion* (weiter ÷ erreicht) und der *Median der Tage*, den es dauerte (siehe „Vom Interessenten zum Kunden“). Eine Zeile oder ihr „Weiter“ listet die Kontakte dahinter auf. **Zeigen** über dem Diagramm gruppiert die Tabelle nach Lead-Quelle oder nach Mitarbeiter: je eine Zeile, in den Spalten die Kontakte, die jede Phase der Customer Journey erreichten (der Tooltip zeigt, wie viele weitergingen), und die Eingabetaste auf einer Zahl listet diese Kontakte auf.</translation>
    </message>
    <message>
        <source>The fields are on the **More fields** page of the contact, company and deal dialogs, and the contact card lists the values a contact has. A required field must be filled before the record is saved. A link is picked like the contact of a deal: type part of a name and choose from the list (Down, then Enter); two companies of one name stay apart, and a name that several or none have asks you to pick.</source>
        <translation>Die Felder stehen auf der Seite **Weitere Felder** der Dialoge für Kontakte, Firmen und Geschäfte, und die Kontaktkarte listet die Werte, die ein Kontakt hat. Ein Pflichtfeld muss ausgefüllt sein, bevor der Eintrag gespeichert wird. Ein Verweis wird wie der Kontakt eines Geschäfts gewählt: einen Teil des Namens tippen und aus der Liste wählen (Pfeiltaste Runter, dann Eingabe); zwei Firmen gleichen Namens bleiben getrennt, und bei einem Namen, den mehrere oder keine haben, werden Sie gebeten, einen zu wählen.</translation>
    </message>
    <message>
        <source>**Filters** above the list: stage (or the archive, or the customers of one RFM segment such as &quot;Customers: At risk&quot;, see Reports → Customers), owner, lead source, tag, &quot;no contact for&quot; 14 to 365 days (contacts never contacted included) and a data problem (see &quot;Duplicates and data health&quot;), combined with the search.</source>
        <translation>**Filter** über der Liste: Phase (oder das Archiv oder die Kunden eines RFM-Segments wie „Kunden: Gefährdet“, siehe Berichte → Kunden), Betreuer, Lead-Quelle, Schlagwort, „Seit … Tagen ohne Kontakt“ für 14 bis 365 Tage (nie kontaktierte Kontakte eingeschlossen) und ein Datenproblem (siehe „Dubletten und Datenqualität“), kombiniert mit der Suche.</translation>
    </message>
    <message>
        <source>**Columns**: Name, Company, Email, Phone, Status, Owner and Last contact to start with; right-click the list&apos;s header to choose the columns (Title, Lead source, Created and Segment too; Name always stays), and drag a header to reorder them. Segment is the customer&apos;s RFM segment (Reports → Customers), kept up to date a moment after a deal is won or changed and each new day; it sorts from Champions to Hibernating, contacts who bought nothing in two years last, and it shows by itself when you filter by a segment. The columns, their order and widths, the window and every divider are remembered for the next start. On a wide window the spare width goes to the name, company and email until you size a column yourself. Your own fields are columns too, under &quot;Your fields&quot; in that menu: numbers and amounts sort as numbers, dates as dates, a choice in the order of its choices, multiple choice by the first one chosen, a linked contact or company by its name. Sorted by one of your fields (except long text and links), the first screen of a very large list shows at once and the rest follows.</source>
        <translation>**Spalten**: Zu Beginn Name, Firma, E-Mail, Telefon, Status, Betreuer und Letzter Kontakt; mit einem Rechtsklick auf den Kopf der Liste wählen Sie die Spalten (auch Position, Lead-Quelle, Angelegt und Segment; Name bleibt immer), und durch Ziehen eines Spaltenkopfs ändern Sie die Reihenfolge. Segment ist das RFM-Segment des Kunden (Berichte → Kunden), aktualisiert einen Moment, nachdem ein Geschäft gewonnen oder geändert wurde, und an jedem neuen Tag; es sortiert von Champions bis Im Winterschlaf, Kontakte, die in zwei Jahren nichts gekauft haben, zuletzt, und es erscheint von selbst, wenn Sie nach einem Segment filtern. Spalten, Reihenfolge und Breiten, das Fenster und jede Trennlinie bleiben für den nächsten Start erhalten. In einem breiten Fenster geht der freie Platz an Name, Firma und E-Mail, bis Sie selbst eine Spaltenbreite ändern. Auch Ihre eigenen Felder sind Spalten, unter „Ihre Felder“ in diesem Menü: Zahlen und Beträge werden als Zahlen sortiert, Daten als Daten, eine Auswahl in der Reihenfolge ihrer Auswahlwerte, eine Mehrfachauswahl nach dem ersten gewählten Wert, ein verknüpfter Kontakt oder eine verknüpfte Firma nach dem Namen. Nach einem Ihrer Felder sortiert (außer langem Text und Verweisen), erscheint bei einer sehr großen Liste die erste Bildschirmseite sofort, und der Rest folgt.</translation>
    </message>
    <message>
        <source>**Export** (the Export button): the table on show as CSV (safe for spreadsheets: a cell a spreadsheet would run as a formula is kept as text; UTF-8 that Excel reads) or its chart as a PNG image at twice the size on screen; **All reports as PDF**: every report for the period and salesperson chosen, each starting a page with its summary, its chart (black on white whatever the screen&apos;s colours) and its whole table (long tables go on over the next pages, their header repeated), page numbers at the foot. The paper is A4, or Letter where the language&apos;s country uses it (United States, Canada, Mexico, the Philippines and a few more).</source>
        <translation>**Exportieren** (die Schaltfläche „Exportieren“): die angezeigte Tabelle als CSV (sicher für Tabellenkalkulationen: Eine Zelle, die eine Tabellenkalkulation als Formel ausführen würde, bleibt Text; in UTF-8, das Excel liest) oder ihr Diagramm als PNG-Bild in doppelter Bildschirmgröße; **Alle Berichte als PDF**: jeder Bericht für den gewählten Zeitraum und Mitarbeiter, jeder auf einer neuen Seite mit seiner Zusammenfassung, seinem Diagramm (schwarz auf weiß, unabhängig von den Bildschirmfarben) und seiner ganzen Tabelle (lange Tabellen gehen auf den folgenden Seiten weiter, mit wiederholtem Tabellenkopf), Seitenzahlen in der Fußzeile. Das Papierformat ist A4 oder Letter, wo das Land der Sprache es verwendet (USA, Kanada, Mexiko, die Philippinen und einige mehr).</translation>
    </message>
    <message>
        <source>**What is on it**: reminders that are overdue or due today, meetings of today and tomorrow, birthdays of the coming week, contacts you are losing touch with, who to call next, and stale deals (open deals that have been in their stage longer than the stage allows, the longest overdue first).</source>
        <translation>**Was dort steht**: überfällige und heute fällige Erinnerungen, Termine von heute und morgen, Geburtstage der kommenden Woche, Kontakte, bei denen die Verbindung abzureißen droht, wen Sie als Nächstes anrufen sollten, und liegengebliebene Geschäfte (offene Geschäfte, die länger in ihrer Phase stehen, als die Phase erlaubt; die am längsten überfälligen zuerst).</translation>
    </message>
    <message>
        <source>**Customers** (RFM: recency, frequency, monetary): who buys, how often and how lately, to see whom to keep and whom to win back. *Customers* are the contacts (not archived) with at least one deal won in the two years up to the period&apos;s last day (today while the period runs): from the day after the same date two years before, to that day. Only deals in the database&apos;s default currency count; a won deal in another currency is left out (the line above says how many). *Recency* is the days from the last won deal&apos;s close to that day, *frequency* the won deals in the two years, *monetary* their sum. Each is scored 1 to 5 as ⌈5 × cume_dist⌉: for frequency and monetary, cume_dist is the share of customers whose value is at most theirs; for recency, the share whose last won deal is as old as theirs or older. So the most recent, most frequent and biggest score 5, and customers with the same value share a score (when more than a fifth of the customers bought once, none has F 1). The segments come from R and F: R 5 F 1 *New customers*; R 4–5 F 2–3 *Potential loyalists*; R 5 F 4–5 *Champions*; R 4 F 1 *Promising*; R 3–4 F 4–5 *Loyal*; R 3 F 1–2 *About to sleep*; R 3 F 3 *Need attention*; R 1–2 F 1–2 *Hibernating*; R 1–2 F 3–4 *At risk*; R 1–2 F 5 *Can&apos;t lose them*. The table lists each segment&apos;s customers and revenue with their shares and its scores; **Show → Recency by frequency** turns it into the 5 × 5 grid (R 5 on top, F 1 on the left), each place with its customers and what they brought, the segment in its tooltip. Enter on a segment or a place of the grid, or a click on a bar, lists its customers. The salesperson and the choice field narrow it like the other reports (the customers are then scored among themselves).</source>
        <translation>**Kunden** (RFM: Recency, Frequency, Monetary – Aktualität, Häufigkeit, Geldwert): wer kauft, wie oft und wie kürzlich, um zu sehen, wen Sie halten und wen Sie zurückgewinnen sollten. *Kunden* sind die (nicht archivierten) Kontakte mit mindestens einem gewonnenen Geschäft in den zwei Jahren bis zum letzten Tag des Zeitraums (heute, solange der Zeitraum läuft): vom Tag nach demselben Datum zwei Jahre zuvor bis zu diesem Tag. Es zählen nur Geschäfte in der Standardwährung der Datenbank; ein gewonnenes Geschäft in einer anderen Währung wird weggelassen (die Zeile darüber sagt, wie viele). Die *Aktualität* sind die Tage vom Abschluss des letzten gewonnenen Geschäfts bis zu diesem Tag, die *Häufigkeit* die gewonnenen Geschäfte in den zwei Jahren, der *Geldwert* ihre Summe. Jeder dieser Werte erhält einen Score von 1 bis 5 als ⌈5 × cume_dist⌉: Bei Häufigkeit und Geldwert ist cume_dist der Anteil der Kunden, deren Wert höchstens so hoch ist wie ihrer; bei der Aktualität der Anteil derer, deren letztes gewonnenes Geschäft ebenso alt ist wie ihres oder älter. So erhalten die jüngsten, häufigsten und größten Kunden eine 5, und Kunden mit demselben Wert teilen sich einen Score (wenn mehr als ein Fünftel der Kunden einmal gekauft hat, hat keiner F 1). Die Segmente ergeben sich aus R und F: R 5 F 1 *Neukunden*; R 4–5 F 2–3 *Potenziell Treue*; R 5 F 4–5 *Champions*; R 4 F 1 *Vielversprechende*; R 3–4 F 4–5 *Treue*; R 3 F 1–2 *Drohen einzuschlafen*; R 3 F 3 *Brauchen Aufmerksamkeit*; R 1–2 F 1–2 *Im Winterschlaf*; R 1–2 F 3–4 *Gefährdet*; R 1–2 F 5 *Nicht verlieren*. Die Tabelle listet die Kunden und den Umsatz jedes Segments mit ihren Anteilen und seinen Scores; **Zeigen → Aktualität nach Häufigkeit** macht daraus das 5 × 5-Raster (R 5 oben, F 1 links), jedes Feld mit seinen Kunden und dem, was sie brachten, das Segment im Tooltip. Die Eingabetaste auf einem Segment oder einem Feld des Rasters oder ein Klick auf einen Balken listet seine Kunden auf. Mitarbeiter und Auswahlfeld beschränken den Bericht wie die anderen Berichte (die Kunden werden dann untereinander bewertet).</translation>
    </message>
    <message>
        <source>Lead scores</source>
        <translation>Lead-Scores</translation>
    </message>
    <message>
        <source>**The Score column** (right-click the list&apos;s header) shows and sorts it; **More Filters… → Lead score** narrows the list (&quot;at least 50&quot;). The card says which rules gave the points (&quot;Lead score 63 (Decision maker +20, Germany +10, Successful meeting +25, Answered call +7.5)&quot;).</source>
        <translation>**Die Spalte Score** (Rechtsklick auf den Spaltenkopf der Liste) zeigt ihn und sortiert danach; **Weitere Filter… → Lead-Score** grenzt die Liste ein („mindestens 50“). Die Karte nennt die Regeln, die die Punkte gaben („Lead-Score 63 (Entscheider +20, Deutschland +10, Erfolgreicher Termin +25, Angenommener Anruf +7,5)“).</translation>
    </message>
    <message>
        <source>**Kept up to date**: a contact added or changed, a call or meeting logged, is scored again at once, also when a script does it; an import, a merge or an undo has everyone scored again in the background, and so does each new day (engagement fades) and each opening of the database.</source>
        <translation>**Stets aktuell**: Wird ein Kontakt hinzugefügt oder geändert oder ein Anruf oder Termin für ihn eingetragen, bekommt er sofort einen neuen Score, auch wenn ein Skript das tut; nach einem Import, einem Zusammenführen oder einem Rückgängigmachen werden alle im Hintergrund neu bewertet, ebenso an jedem neuen Tag (Engagement verblasst) und bei jedem Öffnen der Datenbank.</translation>
    </message>
    <message>
        <source>**Who to call next**: up to ten people, each with why, customers and leads taking turns. Customers slipping away: those in the RFM segments &quot;Can&apos;t lose them&quot; and &quot;At risk&quot; (see Reports → Customers) whom nobody has called, met or written to for 30 days, &quot;Can&apos;t lose them&quot; first, then those who bought most (&quot;Can&apos;t lose them · Ada Lovelace — 5 orders, the last on 08/01/2026, 5,000.00 EUR in all; never contacted&quot;). Leads: leads and marketing or sales qualified contacts with a lead score above 0 and no next step (no open reminder, no meeting ahead), not yet contacted today, best score first, with the rules that gave the most points (&quot;MQL · Bea Nakamura — score 63: Successful meeting +25, Decision maker +15, Answered call +10; no contact for 12 days&quot;). Enter opens the contact; once you log the call (Ctrl+L) they leave the list.</source>
        <translation>**Als Nächstes anrufen**: bis zu zehn Personen, jede mit dem Grund, abwechselnd Kunden und Leads. Kunden, die abzuwandern drohen: die in den RFM-Segmenten „Nicht verlieren“ und „Gefährdet“ (siehe Berichte → Kunden), die seit 30 Tagen niemand angerufen, getroffen oder angeschrieben hat, „Nicht verlieren“ zuerst, dann die, die am meisten gekauft haben („Nicht verlieren · Ada Lovelace — 5 Aufträge, der letzte am 08.01.2026, insgesamt 5.000,00 EUR; nie kontaktiert“). Leads: Interessenten sowie Marketing- oder vertriebsqualifizierte Kontakte mit einem Lead-Score über 0 und ohne nächsten Schritt (keine offene Erinnerung, kein anstehender Termin), die heute noch nicht kontaktiert wurden, der beste Score zuerst, mit den Regeln, die die meisten Punkte gaben („MQL · Bea Nakamura — Score 63: Erfolgreicher Termin +25, Entscheider +15, Angenommener Anruf +10; seit 12 Tagen ohne Kontakt“). Eingabe öffnet den Kontakt; sobald Sie den Anruf erfassen (Strg+L), verschwindet er aus der Liste.</translation>
    </message>
    <message>
        <source>Kontor also moves contacts forward by itself, and the history says which rule did it: a meeting booked makes a lead sales qualified, a deal makes it an opportunity, a won deal a customer. In **File → Settings… → Lifecycle** each rule can be turned off, and you choose the fields whose filling makes a lead marketing or sales qualified (your qualification fields, say); on the **Lead scoring** tab, the lead score at which a lead becomes marketing qualified (see below). A rule never moves anyone back; a deal also brings back a disqualified or inactive contact. Older databases keep their contacts: &quot;qualified&quot; became Sales qualified and &quot;lost&quot; Disqualified.</source>
        <translation>Kontor bringt Kontakte auch von selbst voran, und die Historie nennt die Regel, die es getan hat: Ein vereinbarter Termin macht einen Interessenten vertriebsqualifiziert, ein Geschäft macht ihn zur Verkaufschance, ein gewonnenes Geschäft zum Kunden. Unter **Datei → Einstellungen… → Lebenszyklus** lässt sich jede Regel abschalten, und Sie wählen die Felder, deren Ausfüllen einen Interessenten Marketing- oder vertriebsqualifiziert macht (etwa Ihre Qualifizierungsfelder); auf dem Reiter **Lead-Scoring** den Lead-Score, ab dem ein Interessent Marketing-qualifiziert wird (siehe unten). Eine Regel stuft niemanden zurück; ein Geschäft holt auch einen disqualifizierten oder inaktiven Kontakt zurück. Ältere Datenbanken behalten ihre Kontakte: Aus „Qualifiziert“ wurde Vertriebsqualifiziert und aus „Verloren“ Disqualifiziert.</translation>
    </message>
    <message>
        <source>**The rules** are in **File → Settings… → Lead scoring**, fit rules above engagement rules, each with what it counts and its points. **Add Starter Rules** puts in a set to begin with (decision makers, reachable contacts, meetings, answered calls, emails, complaints; a new database has none, the demo has them). **Add Fit Rule…** asks for a field, a comparison and a value (title contains &quot;director&quot;, country is &quot;Germany&quot;, a choice field is one of its options, a number at least 50) and the points; **Add Engagement Rule…** for the kind and outcome of interactions, whether they count once if there was one in the last N days or each one with points halving every N days, and the points. A rule without a name is named after what it counts. Double-click (or Enter) changes a rule, the tick box switches it off without losing it, Move Up and Move Down order it within its group, Delete removes it. Each change is saved at once, and Ctrl+Z in the window takes it back; everyone is scored again in the background a moment later. **Rescore Everyone…** does it now, with progress and Cancel (a stop leaves every score as it was).</source>
        <translation>**Die Regeln** stehen unter **Datei → Einstellungen… → Lead-Scoring**, die Passungsregeln über den Engagement-Regeln, jede mit dem, was sie zählt, und ihren Punkten. **Starter-Regeln hinzufügen** legt einen Satz für den Anfang an (Entscheider, erreichbare Kontakte, Termine, angenommene Anrufe, E-Mails, Reklamationen; eine neue Datenbank hat keine, die Demo hat sie). **Passungsregel hinzufügen…** fragt nach einem Feld, einem Vergleich und einem Wert (Position enthält „director“, Land ist „Deutschland“, ein Auswahlfeld ist einer seiner Auswahlwerte, eine Zahl ist mindestens 50) und nach den Punkten; **Engagement-Regel hinzufügen…** nach Art und Ergebnis der Aktivitäten, danach, ob sie einmal zählen, wenn es in den letzten N Tagen eine gab, oder jede einzeln mit Punkten, die sich alle N Tage halbieren, und nach den Punkten. Eine Regel ohne Namen wird nach dem benannt, was sie zählt. Doppelklick (oder Eingabe) ändert eine Regel, das Kontrollkästchen schaltet sie ab, ohne dass sie verloren geht, „Nach oben“ und „Nach unten“ ordnen sie innerhalb ihrer Gruppe, Entf entfernt sie. Jede Änderung wird sofort gespeichert, und Strg+Z im Fenster nimmt sie zurück; einen Moment später werden alle im Hintergrund neu bewertet. **Alle neu bewerten…** tut das sofort, mit Fortschrittsanzeige und Abbrechen (ein Abbruch lässt jeden Score, wie er war).</translation>
    </message>
    <message>
        <source>**To MQL at a score**: on the same tab, &quot;A lead becomes marketing qualified at score&quot; (never, or 1 to 100). A lead whose score reaches it moves to Marketing qualified at once, and its history names the rule (&quot;the lead score reached the threshold&quot;); when you lower the threshold, the leads already above it move together, as one step that Ctrl+Z takes back. Only leads move, and only forward.</source>
        <translation>**Ab einem Score zum MQL**: auf demselben Reiter „Ein Interessent wird Marketing-qualifiziert ab Score“ (nie oder 1 bis 100). Ein Interessent, dessen Score diesen Wert erreicht, wechselt sofort zu Marketing-qualifiziert, und seine Historie nennt die Regel („Der Lead-Score hat den Schwellenwert erreicht“); wenn Sie den Schwellenwert senken, wechseln die Interessenten, die schon darüber liegen, gemeinsam, in einem Schritt, den Strg+Z zurücknimmt. Nur Interessenten wechseln, und nur vorwärts.</translation>
    </message>
    <message>
        <source>**More Filters…** filters by any of your own fields, by title, city, region, postal code, date added, last contact, lead score and territory, and by the contact&apos;s company&apos;s industry and fields (&quot;Employees (company)&quot;): a number or an amount between two values, at least or at most; a date on, on or after, on or before, or between two; a choice that is any (or none) of the ones you tick; text that contains, is or is not a word; and any field empty or not. Numbers and dates are typed as everywhere else in Kontor. Each filter becomes a button under the others (&quot;Budget from 1,000.00 EUR to 20,000.00 EUR ×&quot;): a click removes it. All filters hold at once.</source>
        <translation>**Weitere Filter…** filtert nach jedem Ihrer eigenen Felder, nach Position, Ort, Region, Postleitzahl, Datum des Anlegens, letztem Kontakt, Lead-Score und Gebiet sowie nach der Branche und den Feldern der Firma des Kontakts („Mitarbeiter (Firma)“): eine Zahl oder ein Betrag zwischen zwei Werten, mindestens oder höchstens; ein Datum am, am oder nach, am oder vor einem Tag oder zwischen zwei Tagen; eine Auswahl, die einem (oder keinem) der angehakten Werte entspricht; Text, der ein Wort enthält, ist oder nicht ist; und jedes Feld leer oder nicht leer. Zahlen und Daten werden eingegeben wie überall sonst in Kontor. Jeder Filter wird zu einer Schaltfläche unter den anderen („Budget von 1.000,00 EUR bis 20.000,00 EUR ×“): Ein Klick entfernt ihn. Alle Filter gelten gleichzeitig.</translation>
    </message>
    <message>
        <source>A lead score (0 to 100) puts the best chances first. It adds up the points of **scoring rules** in two groups: **fit**, who the contact is (a condition on a field, built-in or your own, or on a field of the contact&apos;s company, such as its industry or a company field of your own for its size: title contains &quot;director&quot; +15, country is &quot;Germany&quot; +10, no phone −5, Employees (company) at least 50 +10, territory is &quot;North&quot; +5), and **engagement**, what they did lately (interactions of a kind and outcome: a successful meeting in the last 30 days +25 once, or each answered call +10, halved for every 14 days since it, so that old interest fades; a complaint can take points away). The sum is rounded and kept between 0 and 100; archived interactions count nothing, and a fading rule stops counting after ten halvings.</source>
        <translation>Ein Lead-Score (0 bis 100) stellt die besten Chancen nach vorn. Er zählt die Punkte von **Scoring-Regeln** in zwei Gruppen zusammen: **Passung**, wer der Kontakt ist (eine Bedingung an ein Feld, eingebaut oder eigenes, oder an ein Feld der Firma des Kontakts, etwa ihre Branche oder ein eigenes Firmenfeld für ihre Größe: Position enthält „director“ +15, Land ist „Deutschland“ +10, kein Telefon −5, Mitarbeiter (Firma) mindestens 50 +10, Gebiet ist „Nord“ +5), und **Engagement**, was er zuletzt getan hat (Aktivitäten einer bestimmten Art und mit einem bestimmten Ergebnis: ein erfolgreicher Termin in den letzten 30 Tagen einmal +25, oder jeder angenommene Anruf +10, halbiert für je 14 Tage, die seitdem vergangen sind, damit altes Interesse verblasst; eine Reklamation kann Punkte abziehen). Die Summe wird gerundet und zwischen 0 und 100 gehalten; archivierte Aktivitäten zählen nicht, und eine verblassende Regel zählt nach zehn Halbierungen nicht mehr.</translation>
    </message>
    <message>
        <source>Sales territories</source>
        <translation>Vertriebsgebiete</translation>
    </message>
    <message>
        <source>A territory gathers the contacts and companies of an area, so that you can see, filter and later assign them by it. Make them in **File → Settings… → Territories** (Alt+E there): **Add Territory…** asks for a name and, each list separated by commas, the **countries** it lies in, and within them **regions** and **postal codes**: a beginning (&quot;10&quot; holds 10115 and 10999) or a range (&quot;20000–29999&quot;, also typed 20000..29999). A contact or company is in a territory when its country is one of its countries (or it names none) and its region or postal code is one of its own (or it names none); countries and regions compare without regard to case, postal codes without case and spaces. When territories overlap, the first in the list has the address: put &quot;Berlin&quot; before &quot;Germany&quot;. As you type, the dialog says how many contacts and companies have an address in it. Double-click (or Enter) changes one, Move Up and Move Down order them, Delete removes one; each change is one step that Ctrl+Z takes back.</source>
        <translation>Ein Gebiet fasst die Kontakte und Firmen einer Gegend zusammen, sodass Sie sie danach ansehen, filtern und später zuweisen können. Angelegt werden Gebiete unter **Datei → Einstellungen… → Gebiete** (dort Alt+G): **Gebiet hinzufügen…** fragt nach einem Namen und, jeweils als durch Kommas getrennte Liste, nach den **Ländern**, in denen das Gebiet liegt, und innerhalb dieser nach **Regionen** und **Postleitzahlen**: einem Anfang („10“ umfasst 10115 und 10999) oder einem Bereich („20000–29999“, auch als 20000..29999 eingegeben). Ein Kontakt oder eine Firma gehört zu einem Gebiet, wenn das Land der Adresse eines der Länder des Gebiets ist (oder das Gebiet keine nennt) und die Region oder Postleitzahl eine der Regionen oder Postleitzahlen des Gebiets ist (oder das Gebiet keine nennt); Länder und Regionen werden ohne Rücksicht auf Groß- und Kleinschreibung verglichen, Postleitzahlen zudem ohne Leerzeichen. Überschneiden sich Gebiete, erhält das erste in der Liste die Adresse: Stellen Sie „Berlin“ vor „Deutschland“. Schon während der Eingabe zeigt der Dialog, wie viele Kontakte und Firmen eine Adresse in dem Gebiet haben. Doppelklick (oder Eingabe) ändert ein Gebiet, „Nach oben“ und „Nach unten“ ordnen die Gebiete, Entf entfernt eines; jede Änderung ist ein Schritt, den Strg+Z zurücknimmt.</translation>
    </message>
    <message>
        <source>**On the Contacts list**: the **Territory** column (right-click the header) names each contact&apos;s territory, worked out from the address as it is now; **More Filters… → Territory** narrows the list to one or more of them (or to those in none: &quot;is empty&quot;).</source>
        <translation>**In der Kontaktliste**: Die Spalte **Gebiet** (Rechtsklick auf den Spaltenkopf) nennt das Gebiet jedes Kontakts, ermittelt aus seiner aktuellen Adresse; **Weitere Filter… → Gebiet** grenzt die Liste auf eines oder mehrere Gebiete ein (oder auf die Kontakte ohne Gebiet: „ist leer“).</translation>
    </message>
    <message>
        <source>**In lead scoring**: a fit rule can ask for a territory (&quot;Territory is one of North&quot;).</source>
        <translation>**Beim Lead-Scoring**: Eine Passungsregel kann nach einem Gebiet fragen („Gebiet ist eines von Nord“).</translation>
    </message>
    <message>
        <source>Contacts without an address of their own are in no territory (their company&apos;s address does not count for them).</source>
        <translation>Kontakte ohne eigene Adresse gehören zu keinem Gebiet (die Adresse ihrer Firma zählt für sie nicht).</translation>
    </message>
    <message>
        <source>**On the Companies page**: a Territory column, and beside the search a choice of territory that lists its companies by name, branches among them (&quot;In no territory&quot;: those in none; &quot;All territories&quot;: the tree again). Both show once there are territories.</source>
        <translation>**Auf der Seite Firmen**: eine Spalte Gebiet und neben der Suche eine Auswahl des Gebiets, die dessen Firmen nach Namen geordnet auflistet, Niederlassungen eingeschlossen („Ohne Gebiet“: die Firmen ohne Gebiet; „Alle Gebiete“: wieder der Baum). Beides erscheint, sobald es Gebiete gibt.</translation>
    </message>
    <message>
        <source>Select with Shift or Ctrl (or Ctrl+A), then **Change Selected** above the list (or the list&apos;s context menu): set the owner, give them owners by the assignment rules (**Apply Assignment Rules…**, see &quot;Who gets a new contact&quot;), set the stage, add a tag, set one of your own fields (**Set Field…**: the field, then its value in the editor of its type; left empty, it empties the field), or archive them, in one step that Ctrl+Z takes back. One change takes at most 5,000 contacts; the filters narrow the list.</source>
        <translation>Markieren Sie mit Umschalt oder Strg (oder Strg+A), dann **Auswahl ändern** über der Liste (oder im Kontextmenü der Liste): Betreuer setzen, Betreuer nach den Zuweisungsregeln vergeben (**Zuweisungsregeln anwenden…**, siehe „Wer einen neuen Kontakt bekommt“), Phase setzen, Schlagwort hinzufügen, eines Ihrer eigenen Felder setzen (**Feld setzen…**: das Feld, dann sein Wert im Eingabefeld seines Typs; bleibt er leer, wird das Feld geleert) oder archivieren – in einem Schritt, den Strg+Z zurücknimmt. Eine Änderung umfasst höchstens 5.000 Kontakte; mit den Filtern verkleinern Sie die Liste.</translation>
    </message>
    <message>
        <source>**In the reports**: the box beside the salesperson on the Reports page offers each territory (&quot;Territory: North&quot;) and &quot;In no territory&quot;. Every report then counts the contacts in it, their calls and meetings, and their deals; a deal without a contact counts where its company is. A printed or PDF report names the territory under its title.</source>
        <translation>**In den Berichten**: Das Feld neben der Mitarbeiterauswahl auf der Seite Berichte bietet jedes Gebiet an („Gebiet: Nord“) sowie „Ohne Gebiet“. Jeder Bericht zählt dann die Kontakte darin, ihre Anrufe und Termine und ihre Geschäfte; ein Geschäft ohne Kontakt zählt dort, wo seine Firma liegt. Ein gedruckter Bericht oder ein PDF-Bericht nennt das Gebiet unter seinem Titel.</translation>
    </message>
    <message>
        <source>Who gets a new contact: assignment rules</source>
        <translation>Wer einen neuen Kontakt bekommt: Zuweisungsregeln</translation>
    </message>
    <message>
        <source>Assignment rules give a new contact an owner by themselves, so that a lead from Bavaria reaches the salesperson for the south without anyone sorting. Make them in **File → Settings… → Assignment** (Alt+M there). **Add Rule…** asks for:</source>
        <translation>Zuweisungsregeln geben einem neuen Kontakt von selbst einen Betreuer, sodass ein Lead aus Bayern beim Vertriebsmitarbeiter für den Süden ankommt, ohne dass jemand sortieren muss. Angelegt werden sie unter **Datei → Einstellungen… → Zuweisung** (dort Alt+Z). **Regel hinzufügen…** fragt nach:</translation>
    </message>
    <message>
        <source>a **name** (left empty, the rule is named after what it does: &quot;Country is “Germany” to Anna&quot;);</source>
        <translation>einem **Namen** (bleibt er leer, wird die Regel nach dem benannt, was sie tut: „Land ist ‚Deutschland‘ an Anna“);</translation>
    </message>
    <message>
        <source>**conditions**, all of which must hold (**Add Condition…** offers the fields of More Filters and of scoring rules: territory, country, region, postal code, title, lead source, the company&apos;s industry, size and fields, and your own fields); none means every contact;</source>
        <translation>**Bedingungen**, die alle zutreffen müssen (**Bedingung hinzufügen…** bietet die Felder von „Weitere Filter“ und der Scoring-Regeln an: Gebiet, Land, Region, Postleitzahl, Position, Lead-Quelle, Branche, Größe und Felder der Firma sowie Ihre eigenen Felder); keine Bedingung heißt: jeder Kontakt;</translation>
    </message>
    <message>
        <source>whom to **give** the contact to: **one salesperson**; **the owner of the contact&apos;s company** (the rule holds only for contacts whose company has an owner); **salespeople in turn** (round robin: each gets the next contact, the turn kept in the database, so it stays fair after a restart and between the window and scripts); or **the salesperson with the fewest open deals** (deals not won, lost or archived; among contacts given out together, each counts as one more; on a tie, the first in the list).</source>
        <translation>wem der Kontakt **zugewiesen** wird: **einem Mitarbeiter**; **dem Betreuer der Firma des Kontakts** (die Regel gilt nur für Kontakte, deren Firma einen Betreuer hat); **Mitarbeitern reihum** (Round Robin: Jeder bekommt den nächsten Kontakt; wer an der Reihe ist, steht in der Datenbank, sodass es auch nach einem Neustart und zwischen Fenster und Skripten gerecht bleibt); oder **dem Mitarbeiter mit den wenigsten offenen Geschäften** (Geschäfte, die weder gewonnen noch verloren noch archiviert sind; werden mehrere Kontakte zusammen vergeben, zählt jeder wie ein offenes Geschäft mehr; bei Gleichstand der erste in der Liste).</translation>
    </message>
    <message>
        <source>**For contacts you already have**: select them, then **Change Selected → Apply Assignment Rules…**. Kontor first says how many change owner, by which rule and to whom (&quot;• South: 12 to Ben&quot;); OK changes them as one step that Ctrl+Z takes back. Contacts a group rule holds for keep their owner when it is already one of the group, so applying the rules again moves nobody.</source>
        <translation>**Für vorhandene Kontakte**: Markieren Sie sie, dann **Auswahl ändern → Zuweisungsregeln anwenden…**. Kontor zeigt zuerst, wie viele den Betreuer wechseln, nach welcher Regel und an wen („• Süd: 12 an Ben“); OK ändert sie in einem Schritt, den Strg+Z zurücknimmt. Kontakte, für die eine Gruppenregel gilt, behalten ihren Betreuer, wenn er schon zur Gruppe gehört; ein erneutes Anwenden der Regeln verschiebt daher niemanden.</translation>
    </message>
    <message>
        <source>**The change history** of each contact (Changes… in the contact&apos;s dialog) says &quot;Owner given by the assignment rule “South”&quot; under the owner it changed.</source>
        <translation>**Die Änderungshistorie** jedes Kontakts (Änderungen… im Kontaktdialog) zeigt unter dem geänderten Betreuer „Betreuer durch die Zuweisungsregel ‚Süd‘ vergeben“.</translation>
    </message>
    <message>
        <source>The Reports page (Ctrl+6) answers the manager&apos;s questions: pick a period (this week, last week, this month, last month, this quarter, last quarter, this year, or a custom range; weeks start on the first day of the week of your language settings, and days at your local midnight) and, if you like, one salesperson and one answer of a choice field of your own (&quot;Industry: Retail&quot;, shown once you have such a field) or a sales territory (&quot;Territory: North&quot;, see &quot;Sales territories&quot;). That answer narrows every report: a contact&apos;s field to those contacts, their calls and meetings and their deals; a company&apos;s field to the people and deals of those companies; a deal&apos;s field to those deals, and to the calls and meetings of the people who have one. Campaign spend is not split by record, so a narrowed lead source report leaves spend, costs and ROI out; on a very large database a narrowed report counts from the records themselves and may take a moment longer. Each report is a chart beside a table (on a small window, where they do not fit side by side, the table below the chart: its figures are never cut, a long name is, and its tooltip has it whole); hold the mouse over a column header or a figure for what it counts. The page works out what it shows when you look at it, so it is always up to date.</source>
        <translation>Die Seite Berichte (Strg+6) beantwortet die Fragen der Vorgesetzten: Wählen Sie einen Zeitraum (diese Woche, letzte Woche, dieser Monat, letzter Monat, dieses Quartal, letztes Quartal, dieses Jahr oder ein eigener Zeitraum; Wochen beginnen mit dem ersten Wochentag Ihrer Spracheinstellungen, Tage um Mitternacht Ortszeit) und, wenn Sie möchten, einen einzelnen Mitarbeiter und einen Auswahlwert eines eigenen Auswahlfelds („Branche: Einzelhandel“, angezeigt, sobald Sie ein solches Feld haben) oder ein Vertriebsgebiet („Gebiet: Nord“, siehe „Vertriebsgebiete“). Diese Auswahl beschränkt jeden Bericht: ein Kontaktfeld auf diese Kontakte, ihre Anrufe und Termine und ihre Geschäfte; ein Firmenfeld auf die Personen und Geschäfte dieser Firmen; ein Geschäftsfeld auf diese Geschäfte und auf die Anrufe und Termine der Personen, die eines davon haben. Kampagnenausgaben werden nicht nach Einträgen aufgeteilt, deshalb lässt ein beschränkter Bericht über die Lead-Quellen Ausgaben, Kosten und ROI weg; bei einer sehr großen Datenbank zählt ein beschränkter Bericht direkt aus den Einträgen und kann einen Moment länger dauern. Jeder Bericht ist ein Diagramm neben einer Tabelle (in einem kleinen Fenster, in dem beide nicht nebeneinander passen, steht die Tabelle unter dem Diagramm: ihre Zahlen werden nie abgeschnitten, ein langer Name schon, und sein Tooltip zeigt ihn vollständig); halten Sie die Maus über einen Spaltenkopf oder eine Zahl, um zu sehen, was sie zählt. Die Seite berechnet ihren Inhalt, wenn Sie sie ansehen, und ist deshalb immer aktuell.</translation>
    </message>
    <message>
        <source>**Lead scoring**, **Territories** and **Assignment**: see &quot;Lead scores&quot;, &quot;Sales territories&quot; and &quot;Who gets a new contact&quot;.</source>
        <translation>**Lead-Scoring**, **Gebiete** und **Zuweisung**: siehe „Lead-Scores“, „Vertriebsgebiete“ und „Wer einen neuen Kontakt bekommt“.</translation>
    </message>
    <message>
        <source>The first rule in the list whose conditions a contact meets gives it its owner; a contact no rule holds for keeps none. Salespeople who have been removed get nothing: a group without anyone left is passed over, and so is a rule that asks for a territory or field removed since, until you change it. The tick switches a rule off; Move Up and Move Down order them; each change is one step that Ctrl+Z takes back.</source>
        <translation>Die erste Regel in der Liste, deren Bedingungen ein Kontakt erfüllt, gibt ihm seinen Betreuer; ein Kontakt, für den keine Regel gilt, bleibt ohne Betreuer. Entfernte Mitarbeiter bekommen nichts: Eine Gruppe, in der niemand mehr übrig ist, wird übergangen, und ebenso eine Regel, die nach einem inzwischen entfernten Gebiet oder Feld fragt, bis Sie sie ändern. Der Haken schaltet eine Regel ab; „Nach oben“ und „Nach unten“ ordnen die Regeln; jede Änderung ist ein Schritt, den Strg+Z zurücknimmt.</translation>
    </message>
    <message>
        <source>**When**: a contact added without an owner, in the window (its Owner box says **By the assignment rules** once there are rules), by an import, or by a script that names no owner. A contact given an owner keeps it. A company typed in for a new contact, and made with it, gets the same owner.</source>
        <translation>**Wann**: wenn ein Kontakt ohne Betreuer angelegt wird – im Fenster (sein Feld Betreuer zeigt **Nach den Zuweisungsregeln**, sobald es Regeln gibt), durch einen Import oder durch ein Skript, das keinen Betreuer nennt. Ein Kontakt, dem ein Betreuer gegeben wird, behält ihn. Eine Firma, die für einen neuen Kontakt eingegeben und mit ihm angelegt wird, bekommt denselben Betreuer.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The database has no users.</source>
        <translation>Die Datenbank hat keine Benutzer.</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Ein Benutzer braucht einen Namen.</translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>Der Benutzer konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The user could not be renamed: %1</source>
        <translation>Der Benutzer konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>There is no salesperson “%1”; there are: %2.</source>
        <translation>Es gibt keinen Verkäufer „%1“; es gibt: %2.</translation>
    </message>
</context>
<context>
    <name>VCards</name>
    <message>
        <source>the birthday “%1” has no year or is not a date; it was left out.</source>
        <translation>der Geburtstag „%1“ hat kein Jahr oder ist kein Datum; er wurde weggelassen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the character set “%1” is not known; the text was read as UTF-8.</source>
        <translation>der Zeichensatz „%1“ ist unbekannt; der Text wurde als UTF-8 gelesen.</translation>
    </message>
</context>
<context>
    <name>WalCheckpointer</name>
    <message>
        <source>Checkpoints in the background are not available here.</source>
        <translation>Sicherungspunkte im Hintergrund sind hier nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>WeeklyStats</name>
    <message>
        <source>The weekly figures could not be computed: %1</source>
        <translation>Die Wochenzahlen konnten nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ActivityReportView</name>
    <message>
        <source>Salesperson</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Who logged the interactions or made the moves.</source>
        <translation>Wer die Aktivitäten erfasste oder die Geschäfte bewegte.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Calls the salesperson logged.</source>
        <translation>Vom Mitarbeiter erfasste Anrufe.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Meetings the salesperson logged.</source>
        <translation>Vom Mitarbeiter erfasste Termine.</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Emails the salesperson logged.</source>
        <translation>Vom Mitarbeiter erfasste E-Mails.</translation>
    </message>
    <message>
        <source>Deals moved</source>
        <translation>Bewegte Geschäfte</translation>
    </message>
    <message>
        <source>Stage changes the salesperson made.</source>
        <translation>Phasenwechsel, die der Mitarbeiter vornahm.</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Gewonnene Geschäfte</translation>
    </message>
    <message>
        <source>The salesperson&apos;s deals moved to Won.</source>
        <translation>Die auf „Gewonnen“ gesetzten Geschäfte des Mitarbeiters.</translation>
    </message>
    <message>
        <source>Activity per salesperson</source>
        <translation>Aktivität je Mitarbeiter</translation>
    </message>
    <message>
        <source>Nobody logged anything in this period: log calls, meetings and emails with Ctrl+L, or choose a longer period.</source>
        <translation>In diesem Zeitraum wurde nichts erfasst: Erfassen Sie Anrufe, Termine und E-Mails mit Strg+L, oder wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n salesperson(s) active in the period.</source>
        <translation>
            <numerusform>%Ln Mitarbeiter im Zeitraum aktiv.</numerusform>
            <numerusform>%Ln Mitarbeiter im Zeitraum aktiv.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <translation>%1: %2, %3 bis %4</translation>
    </message>
    <message>
        <source>The week&apos;s first day; “Total” for the whole period.</source>
        <translation>Der erste Tag der Woche; „Gesamt“ für den ganzen Zeitraum.</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>all weeks of the period</comment>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ArchiveDialog</name>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>What to show</source>
        <translation>Was gezeigt wird</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Geschäfte</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Archiv durchsuchen</translation>
    </message>
    <message>
        <source>Part of a name or title</source>
        <translation>Teil eines Namens oder Titels</translation>
    </message>
    <message>
        <source>Archived records</source>
        <translation>Archivierte Einträge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Back into lists, search and totals (Enter)</source>
        <translation>Zurück in Listen, Suche und Summen (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Changes…</source>
        <translation>Ä&amp;nderungen…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Nothing in the archive matches “%1”.</source>
        <translation>Nichts im Archiv passt zu „%1“.</translation>
    </message>
    <message>
        <source>No archived contacts. A contact you archive waits here until you restore it.</source>
        <translation>Keine archivierten Kontakte. Ein Kontakt, den Sie archivieren, wartet hier, bis Sie ihn wiederherstellen.</translation>
    </message>
    <message>
        <source>No archived companies. A company you archive waits here until you restore it.</source>
        <translation>Keine archivierten Firmen. Eine Firma, die Sie archivieren, wartet hier, bis Sie sie wiederherstellen.</translation>
    </message>
    <message>
        <source>No archived deals. A deal you archive waits here until you restore it.</source>
        <translation>Keine archivierten Geschäfte. Ein Geschäft, das Sie archivieren, wartet hier, bis Sie es wiederherstellen.</translation>
    </message>
    <message>
        <source>No deleted reminders. A reminder you delete waits here until you restore it.</source>
        <translation>Keine gelöschten Erinnerungen. Eine Erinnerung, die Sie löschen, wartet hier, bis Sie sie wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AssignmentRuleDialog</name>
    <message>
        <source>Add Assignment Rule</source>
        <translation>Zuweisungsregel hinzufügen</translation>
    </message>
    <message>
        <source>Assignment Rule</source>
        <translation>Zuweisungsregel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Such as “North leads to Anna”</source>
        <translation>Etwa „Nord-Leads an Anna“</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Add &amp;Condition…</source>
        <translation>&amp;Bedingung hinzufügen…</translation>
    </message>
    <message>
        <source>R&amp;emove Condition</source>
        <translation>Bedingung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;When all hold:</source>
        <translation>&amp;Wenn alle gelten:</translation>
    </message>
    <message>
        <source>One salesperson</source>
        <translation>Ein Mitarbeiter</translation>
    </message>
    <message>
        <source>The owner of the contact&apos;s company</source>
        <translation>Der Betreuer der Firma des Kontakts</translation>
    </message>
    <message>
        <source>Salespeople in turn (round robin)</source>
        <translation>Mitarbeiter reihum (Round Robin)</translation>
    </message>
    <message>
        <source>The salesperson with the fewest open deals</source>
        <translation>Der Mitarbeiter mit den wenigsten offenen Geschäften</translation>
    </message>
    <message>
        <source>&amp;Give to:</source>
        <translation>&amp;Zuweisen an:</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>&amp;Salespeople:</source>
        <translation>&amp;Verteilen auf:</translation>
    </message>
    <message>
        <source>A new contact without an owner gets one from the first rule, in the list&apos;s order, whose conditions it meets.</source>
        <translation>Ein neuer Kontakt ohne Betreuer bekommt einen von der ersten Regel in der Reihenfolge der Liste, deren Bedingungen er erfüllt.</translation>
    </message>
    <message>
        <source>Every contact (no condition)</source>
        <translation>Jeder Kontakt (keine Bedingung)</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Everyone to %1</source>
        <translation>Alle an %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>conditions to a salesperson</comment>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation> und </translation>
    </message>
    <message>
        <source>(gone)</source>
        <comment>a salesperson since removed</comment>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between salespeople</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>the company&apos;s owner</source>
        <translation>den Betreuer der Firma</translation>
    </message>
    <message>
        <source>%1 in turn</source>
        <translation>%1 reihum</translation>
    </message>
    <message>
        <source>whoever of %1 has the fewest open deals</source>
        <translation>denjenigen von %1 mit den wenigsten offenen Geschäften</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AssignmentSettingsPage</name>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>Regel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Gives the contact to</source>
        <translation>Gibt den Kontakt an</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Zuweisungsregeln</translation>
    </message>
    <message>
        <source>A new contact without an owner, added here, imported or added by a script, gets one from the first rule, in this order, whose conditions it meets; a contact no rule holds for stays without one. Contacts → select → Apply Assignment Rules… applies them to contacts you already have. The tick switches a rule off.</source>
        <translation>Ein neuer Kontakt ohne Betreuer – hier angelegt, importiert oder von einem Skript angelegt – bekommt einen von der ersten Regel in dieser Reihenfolge, deren Bedingungen er erfüllt; ein Kontakt, für den keine Regel gilt, bleibt ohne Betreuer. Kontakte → markieren → Zuweisungsregeln anwenden… wendet sie auf vorhandene Kontakte an. Der Haken schaltet eine Regel ab.</translation>
    </message>
    <message>
        <source>every contact</source>
        <translation>jeder Kontakt</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ChangeHistoryDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation>Aus dem Archiv wiederhergestellt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Änderungen an %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>No changes recorded. Changes are recorded from schema 4 on; records of the demo data start without any.</source>
        <translation>Keine Änderungen aufgezeichnet. Änderungen werden ab Schema 4 aufgezeichnet; Datensätze der Beispieldaten beginnen ohne.</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Schlagwort hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Schlagwort entfernt: %1</translation>
    </message>
    <message>
        <source>Chan&amp;ges…</source>
        <translation>Än&amp;derungen…</translation>
    </message>
    <message>
        <source>A field that no longer exists changed.</source>
        <translation>Ein Feld, das es nicht mehr gibt, wurde geändert.</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation>%1 entfernt: %2</translation>
    </message>
    <message>
        <source>Owner given by the assignment rule “%1”</source>
        <translation>Betreuer durch die Zuweisungsregel „%1“ vergeben</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompaniesPage</name>
    <message>
        <source>Search companies</source>
        <translation>Firmen suchen</translation>
    </message>
    <message>
        <source>Search companies…</source>
        <translation>Firmen suchen…</translation>
    </message>
    <message>
        <source>Companies and their branches</source>
        <translation>Firmen und ihre Niederlassungen</translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation>Neue &amp;Firma…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Add &amp;Branch…</source>
        <translation>Niederlassung hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Include &amp;branches</source>
        <translation>&amp;Mit Niederlassungen</translation>
    </message>
    <message>
        <source>People at the company</source>
        <translation>Personen der Firma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Deals of the company</source>
        <translation>Geschäfte der Firma</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>History of the company</source>
        <translation>Historie der Firma</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>No companies yet.

Add one with “New Company…”, or type a company when you add a contact: it is created with the contact.</source>
        <translation>Noch keine Firmen.

Legen Sie eine mit „Neue Firma…“ an oder geben Sie beim Anlegen eines Kontakts eine Firma ein: Sie wird mit dem Kontakt angelegt.</translation>
    </message>
    <message>
        <source>Select a company to see its people, deals and history.</source>
        <translation>Wählen Sie eine Firma, um ihre Personen, Geschäfte und Historie zu sehen.</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Hauptsitz</translation>
    </message>
    <message>
        <source>Branch of %1</source>
        <translation>Niederlassung von %1</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personen (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>Geschäfte (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historie (%1)</translation>
    </message>
    <message>
        <source>Company added.</source>
        <translation>Firma angelegt.</translation>
    </message>
    <message>
        <source>Branch added.</source>
        <translation>Niederlassung angelegt.</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation>Firma gespeichert.</translation>
    </message>
    <message>
        <source>Archive Company</source>
        <translation>Firma archivieren</translation>
    </message>
    <message>
        <source>Archive %1? It leaves the list and search; its people, deals and history stay.</source>
        <translation>%1 archivieren? Sie verschwindet aus Liste und Suche; Personen, Geschäfte und Historie bleiben.</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>Ä&amp;nderungen…</translation>
    </message>
    <message>
        <source>Nobody here yet: add a contact and type this company&apos;s name as theirs.</source>
        <translation>Noch niemand hier: Legen Sie einen Kontakt an und tragen Sie diese Firma als seine ein.</translation>
    </message>
    <message>
        <source>No deals yet: add one with Ctrl+Shift+N and choose this company.</source>
        <translation>Noch keine Geschäfte: Legen Sie eines mit Strg+Umschalt+N an und wählen Sie diese Firma.</translation>
    </message>
    <message>
        <source>No calls or meetings yet: select a person and log one with Ctrl+L.</source>
        <translation>Noch keine Anrufe oder Termine: Wählen Sie eine Person und erfassen Sie einen mit Strg+L.</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>Position</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Alle Gebiete</translation>
    </message>
    <message>
        <source>In no territory</source>
        <translation>Ohne Gebiet</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyDialog</name>
    <message>
        <source>Edit Company</source>
        <translation>Firma bearbeiten</translation>
    </message>
    <message>
        <source>New Branch</source>
        <translation>Neue Niederlassung</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Hauptsitz</translation>
    </message>
    <message>
        <source>Empty for a head office; type to pick</source>
        <translation>Leer für einen Hauptsitz; zum Auswählen tippen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Head office:</source>
        <translation>&amp;Hauptsitz:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Phone, email:</source>
        <translation>&amp;Telefon, E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>There is no company called “%1”: pick the head office from the list.</source>
        <translation>Es gibt keine Firma „%1“: Wählen Sie den Hauptsitz aus der Liste.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyPicker</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Type to pick a company</source>
        <translation>Tippen, um eine Firma zu wählen</translation>
    </message>
    <message>
        <source>Several or no companies match “%1”: pick one from the list.</source>
        <translation>Zu „%1“ passen mehrere oder keine Firmen: Wählen Sie eine aus der Liste.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyTreeModel</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>Gebiet</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactCard</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Log a call, meeting, email or note (Ctrl+L)</source>
        <translation>Anruf, Termin, E-Mail oder Notiz erfassen (Strg+L)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Interaction history</source>
        <translation>Kontakthistorie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email (%1)</source>
        <translation>E-Mail (%1)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation>Telefon (%1)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Select a contact to see its details and history.</source>
        <translation>Wählen Sie einen Kontakt, um Details und Historie zu sehen.</translation>
    </message>
    <message>
        <source>Something this contact may buy, for the pipeline (Ctrl+Shift+N)</source>
        <translation>Etwas, das dieser Kontakt kaufen könnte, für die Pipeline (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>The newest open complaint is resolved now</source>
        <translation>Die neueste offene Reklamation ist jetzt erledigt</translation>
    </message>
    <message>
        <source>Resolve or Reopen Complaint</source>
        <translation>Reklamation erledigen oder wieder öffnen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open complaint(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln offene Reklamation&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln offene Reklamationen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Seit %1: %2</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>Ä&amp;nderungen…</translation>
    </message>
    <message>
        <source>What was changed in this contact, when and by whom</source>
        <translation>Was an diesem Kontakt geändert wurde, wann und von wem</translation>
    </message>
    <message>
        <source>No history yet: log a call, meeting or note with Ctrl+L.</source>
        <translation>Noch keine Historie: Erfassen Sie einen Anruf, einen Termin oder eine Notiz mit Strg+L.</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>Neues &amp;Geschäft…</translation>
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation>Als e&amp;rledigt markieren</translation>
    </message>
    <message>
        <source>No contacts here yet.

Add one with Ctrl+N, clear the search or filter, or try the demo database: Help&#xa0;→&#xa0;Open&#xa0;Demo&#xa0;Database.</source>
        <translation>Hier gibt es noch keine Kontakte.

Legen Sie einen mit Strg+N an, leeren Sie Suche oder Filter, oder probieren Sie die Demo-Datenbank: Hilfe&#xa0;→&#xa0;Demo-Datenbank&#xa0;öffnen.</translation>
    </message>
    <message>
        <source>work</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>home</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>privat</translation>
    </message>
    <message>
        <source>mobile</source>
        <comment>a phone number&apos;s label</comment>
        <translation>mobil</translation>
    </message>
    <message>
        <source>fax</source>
        <comment>a phone number&apos;s label</comment>
        <translation>Fax</translation>
    </message>
    <message>
        <source>other</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>sonstige</translation>
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
        <translation>Lead-Score</translation>
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
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Type to pick or add a company</source>
        <translation>Tippen, um eine Firma zu wählen oder anzulegen</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>Zweite E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, newsletter</source>
        <translation>Durch Kommas getrennt, z. B. vip, newsletter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Geburtstag:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation>Lead-&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Betreuer:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation>Kontakt halten alle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>Today lists the contact when this many days pass without a call, meeting or note.</source>
        <translation>„Heute“ zeigt den Kontakt, wenn so viele Tage ohne Anruf, Termin oder Notiz vergehen.</translation>
    </message>
    <message>
        <source>Stay in &amp;touch every:</source>
        <translation>Kontakt &amp;halten alle:</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <comment>lifecycle stage</comment>
        <translation>Ph&amp;ase:</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Why is %1 disqualified?</source>
        <translation>Warum wird %1 disqualifiziert?</translation>
    </message>
    <message>
        <source>Why does %1 go back to %2?</source>
        <translation>Warum wird %1 auf %2 zurückgestuft?</translation>
    </message>
    <message>
        <source>By the assignment rules</source>
        <translation>Nach den Zuweisungsregeln</translation>
    </message>
    <message>
        <source>Nobody</source>
        <comment>no owner</comment>
        <translation>Kein Betreuer</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactFilterBar</name>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Betreuerfilter</translation>
    </message>
    <message>
        <source>Lead source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Schlagwortfilter</translation>
    </message>
    <message>
        <source>Last contact filter</source>
        <translation>Filter nach letztem Kontakt</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>Beliebiger letzter Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Seit %Ln Tag ohne Kontakt</numerusform>
            <numerusform>Seit %Ln Tagen ohne Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>Data problem filter</source>
        <translation>Filter für Datenprobleme</translation>
    </message>
    <message>
        <source>Any data</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>No email and no phone</source>
        <translation>Keine E-Mail und kein Telefon</translation>
    </message>
    <message>
        <source>Email that is not one</source>
        <translation>E-Mail, die keine ist</translation>
    </message>
    <message>
        <source>Phone number not valid</source>
        <translation>Telefonnummer nicht gültig</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Betreuer</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>Keine Lead-Quelle</translation>
    </message>
    <message>
        <source>Import filter</source>
        <translation>Importfilter</translation>
    </message>
    <message>
        <source>From any import</source>
        <translation>Aus jedem Import</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <source>All lead sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>From import %1</source>
        <translation>Aus Import %1</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Phasenfilter</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>More Filters…</source>
        <translation>Weitere Filter…</translation>
    </message>
    <message>
        <source>Filter by any field: a range of amounts, dates, choices, text</source>
        <translation>Nach jedem Feld filtern: Beträge und Daten in einem Bereich, Auswahlwerte, Text</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <comment>an RFM segment</comment>
        <translation>Kunden: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>The contacts could not be counted.</source>
        <translation>Die Kontakte konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>The contacts could not be searched.</source>
        <translation>Die Kontakte konnten nicht durchsucht werden.</translation>
    </message>
    <message>
        <source>The contacts could not be sorted.</source>
        <translation>Die Kontakte konnten nicht sortiert werden.</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>Position</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>Phase</translation>
    </message>
    <message>
        <source>%1 (%2), a field of your own</source>
        <comment>column header: field label, type</comment>
        <translation>%1 (%2), ein eigenes Feld</translation>
    </message>
    <message>
        <source>The customer&apos;s RFM segment, from the deals won in the last two years (Reports → Customers); empty for contacts who bought nothing in that time.</source>
        <translation>Das RFM-Segment des Kunden, aus den in den letzten zwei Jahren gewonnenen Geschäften (Berichte → Kunden); leer bei Kontakten, die in dieser Zeit nichts gekauft haben.</translation>
    </message>
    <message>
        <source>Segment</source>
        <comment>a customer&apos;s RFM segment</comment>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Score</source>
        <comment>a contact&apos;s lead score</comment>
        <translation>Score</translation>
    </message>
    <message>
        <source>The lead score, 0 to 100, from the scoring rules; the card says which rules gave it.</source>
        <translation>Der Lead-Score, 0 bis 100, aus den Scoring-Regeln; die Karte nennt die Regeln, die ihn ergaben.</translation>
    </message>
    <message>
        <source>The first sales territory that holds the contact&apos;s address (Settings → Territories).</source>
        <translation>Das erste Vertriebsgebiet, das die Adresse des Kontakts umfasst (Einstellungen → Gebiete).</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>Gebiet</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactPicker</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Type a name, company, email or phone</source>
        <translation>Name, Firma, E-Mail oder Telefon eingeben</translation>
    </message>
    <message>
        <source>Several or no contacts match “%1”: pick one from the list.</source>
        <translation>Zu „%1“ passen mehrere oder keine Kontakte: Wählen Sie einen aus der Liste.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactsPage</name>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Search names, companies, emails, phones… (Ctrl+F)</source>
        <translation>Namen, Firmen, E-Mails, Telefonnummern suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Kontakt angelegt.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontakt gespeichert.</translation>
    </message>
    <message>
        <source>Restore contact</source>
        <translation>Kontakt wiederherstellen</translation>
    </message>
    <message>
        <source>Archive contact</source>
        <translation>Kontakt archivieren</translation>
    </message>
    <message>
        <source>Archive %1? The contact leaves the list and search, keeps its history, and can be restored from the “Archived” filter.</source>
        <translation>%1 archivieren? Der Kontakt verschwindet aus Liste und Suche, behält seine Historie und lässt sich über den Filter „Archiviert“ wiederherstellen.</translation>
    </message>
    <message>
        <source>Deal saved; it is on the pipeline board.</source>
        <translation>Geschäft gespeichert; es steht auf der Pipeline-Tafel.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Change Selected</source>
        <translation>Auswahl ändern</translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation>&amp;Betreuer setzen…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Schlag&amp;wort hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · %Ln gewählt</numerusform>
            <numerusform>%1 · %Ln gewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at most %L1 contacts for one change; filters narrow the list.</source>
        <translation>Wählen Sie höchstens %L1 Kontakte für eine Änderung; Filter verkleinern die Liste.</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>Betreuer setzen</translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Betreuer des gewählten Kontakts:</numerusform>
            <numerusform>Betreuer der %Ln gewählten Kontakte:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Schlagwort für den gewählten Kontakt:</numerusform>
            <numerusform>Schlagwort für die %Ln gewählten Kontakte:</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive contacts</source>
        <translation>Kontakte archivieren</translation>
    </message>
    <message numerus="yes">
        <source>Archive the %Ln selected contact(s)? They leave the list and search and keep their history; File → Archive brings them back.</source>
        <translation>
            <numerusform>Den gewählten Kontakt archivieren? Er verschwindet aus Liste und Suche und behält seine Historie; Datei → Archiv holt ihn zurück.</numerusform>
            <numerusform>Die %Ln gewählten Kontakte archivieren? Sie verschwinden aus Liste und Suche und behalten ihre Historie; Datei → Archiv holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner “%1” set for %n contact(s).</source>
        <translation>
            <numerusform>Betreuer „%1“ für %Ln Kontakt gesetzt.</numerusform>
            <numerusform>Betreuer „%1“ für %Ln Kontakte gesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” added to %n contact(s).</source>
        <translation>
            <numerusform>Schlagwort „%1“ für %Ln Kontakt hinzugefügt.</numerusform>
            <numerusform>Schlagwort „%1“ für %Ln Kontakte hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) archived.</source>
        <translation>
            <numerusform>%Ln Kontakt archiviert.</numerusform>
            <numerusform>%Ln Kontakte archiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1+ contacts, counting…</source>
        <translation>%L1+ Kontakte, wird gezählt…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Wird sortiert…</translation>
    </message>
    <message>
        <source>Set &amp;Stage…</source>
        <translation>&amp;Phase setzen…</translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation>Phase setzen</translation>
    </message>
    <message numerus="yes">
        <source>Stage of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Phase für %Ln gewählten Kontakt:</numerusform>
            <numerusform>Phase für %Ln gewählte Kontakte:</numerusform>
        </translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Why do they go to %1? (Kept with each move.)</source>
        <translation>Warum wechseln sie zu %1? (Wird bei jedem Wechsel festgehalten.)</translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1” set for %Ln contact(s).</source>
        <translation>
            <numerusform>Phase „%1“ für %Ln Kontakt gesetzt.</numerusform>
            <numerusform>Phase „%1“ für %Ln Kontakte gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your fields</source>
        <translation>Ihre Felder</translation>
    </message>
    <message>
        <source>Set &amp;Field…</source>
        <translation>&amp;Feld setzen…</translation>
    </message>
    <message>
        <source>Set Field</source>
        <translation>Feld setzen</translation>
    </message>
    <message>
        <source>The contacts have no fields of your own yet: add them in Settings → Fields.</source>
        <translation>Kontakte haben noch keine eigenen Felder: Legen Sie sie unter Einstellungen → Felder an.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” emptied for %Ln contact(s).</source>
        <translation>
            <numerusform>„%1“ für %Ln Kontakt geleert.</numerusform>
            <numerusform>„%1“ für %Ln Kontakte geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” set for %Ln contact(s).</source>
        <translation>
            <numerusform>„%1“ für %Ln Kontakt gesetzt.</numerusform>
            <numerusform>„%1“ für %Ln Kontakte gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner (by hand or by the assignment rules), stage, a tag, a field or archiving for all selected contacts at once (select with Shift or Ctrl)</source>
        <translation>Betreuer (von Hand oder nach den Zuweisungsregeln), Phase, ein Schlagwort, ein Feld oder Archivieren für alle gewählten Kontakte auf einmal (Auswahl mit Umschalt oder Strg)</translation>
    </message>
    <message>
        <source>Apply Assignment &amp;Rules…</source>
        <translation>&amp;Zuweisungsregeln anwenden…</translation>
    </message>
    <message>
        <source>Apply Assignment Rules</source>
        <translation>Zuweisungsregeln anwenden</translation>
    </message>
    <message>
        <source>There are no assignment rules yet (or all are switched off): add them in Settings → Assignment.</source>
        <translation>Es gibt noch keine Zuweisungsregeln (oder alle sind abgeschaltet): Legen Sie sie unter Einstellungen → Zuweisung an.</translation>
    </message>
    <message numerus="yes">
        <source>No owner changes: the rules give the %Ln selected contact(s) the owners they have, or no rule holds for them.</source>
        <translation>
            <numerusform>Kein Betreuerwechsel: Die Regeln geben dem %Ln gewählten Kontakt den Betreuer, den er schon hat, oder keine Regel gilt für ihn.</numerusform>
            <numerusform>Kein Betreuerwechsel: Die Regeln geben den %Ln gewählten Kontakten die Betreuer, die sie schon haben, oder keine Regel gilt für sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1: %Ln to %2</source>
        <comment>rule: 3 to Anna</comment>
        <translation>
            <numerusform>• %1: %Ln an %2</numerusform>
            <numerusform>• %1: %Ln an %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected contacts change owner:</source>
        <translation>
            <numerusform>Bei %Ln der gewählten Kontakte wechselt der Betreuer:</numerusform>
            <numerusform>Bei %Ln der gewählten Kontakte wechselt der Betreuer:</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of each says which rule gave it its owner. Ctrl+Z takes it all back.</source>
        <translation>Die Historie jedes Kontakts nennt die Regel, die ihm seinen Betreuer gegeben hat. Strg+Z nimmt alles zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) got an owner from the assignment rules.</source>
        <translation>
            <numerusform>%Ln Kontakt hat durch die Zuweisungsregeln einen Betreuer erhalten.</numerusform>
            <numerusform>%Ln Kontakte haben durch die Zuweisungsregeln einen Betreuer erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomFieldDialog</name>
    <message>
        <source>Change Field</source>
        <translation>Feld ändern</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Budget</source>
        <translation>z. B. Budget</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>e.g. budget</source>
        <translation>z. B. budget</translation>
    </message>
    <message>
        <source>What files, imports and scripts call the field: lower-case letters a–z, digits and underscores. A CSV column with this header (or the name) fills the field.</source>
        <translation>So nennen Dateien, Importe und Skripte das Feld: Kleinbuchstaben a–z, Ziffern und Unterstriche. Eine CSV-Spalte mit dieser Überschrift (oder dem Namen) füllt das Feld.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlwerte</translation>
    </message>
    <message>
        <source>Double-click a choice to rename it: the contacts that have it keep it under its new name. Drag to put them in order.</source>
        <translation>Doppelklick auf einen Auswahlwert benennt ihn um: Die Kontakte, die ihn haben, behalten ihn unter dem neuen Namen. Durch Ziehen ändern Sie die Reihenfolge.</translation>
    </message>
    <message>
        <source>Add C&amp;hoice</source>
        <translation>Auswahlwert &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Choice</source>
        <translation>Auswahlwert &amp;entfernen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>A value must be &amp;given</source>
        <translation>Ein Wert muss an&amp;gegeben werden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Auswahlwerte:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>Neuer Auswahlwert</translation>
    </message>
    <message>
        <source>Make “%1” a field of type %2? Every value it holds converts.</source>
        <translation>„%1“ zu einem Feld vom Typ %2 machen? Jeder gespeicherte Wert lässt sich umwandeln.</translation>
    </message>
    <message numerus="yes">
        <source>Make “%1” a field of type %2? %Ln value(s) cannot be converted and will be removed; the others are kept.</source>
        <translation>
            <numerusform>„%1“ zu einem Feld vom Typ %2 machen? %Ln Wert lässt sich nicht umwandeln und wird entfernt; die übrigen bleiben erhalten.</numerusform>
            <numerusform>„%1“ zu einem Feld vom Typ %2 machen? %Ln Werte lassen sich nicht umwandeln und werden entfernt; die übrigen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <source>The &amp;search finds its text</source>
        <translation>Die Suche &amp;findet seinen Text</translation>
    </message>
    <message>
        <source>Typed in the contacts&apos; search box or in Search everything, a word of this field finds the contact.</source>
        <translation>Ein Wort aus diesem Feld, eingegeben im Suchfeld der Kontakte oder in „Alles durchsuchen“, findet den Kontakt.</translation>
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
        <translation>Pflichtfeld. Schlüssel in Dateien und Skripten: %1</translation>
    </message>
    <message>
        <source>Key in files and scripts: %1</source>
        <translation>Schlüssel in Dateien und Skripten: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no choice made</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;More fields</source>
        <translation>Weitere Fe&amp;lder</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomersReportView</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Nach Segment</translation>
    </message>
    <message>
        <source>Recency by frequency</source>
        <translation>Aktualität nach Häufigkeit</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customers in each segment</source>
        <translation>Kunden je Segment</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>No deal in %1 was won in the two years to %2: customers appear here once deals are won.</source>
        <translation>In den zwei Jahren bis %2 wurde kein Geschäft in %1 gewonnen: Kunden erscheinen hier, sobald Geschäfte gewonnen werden.</translation>
    </message>
    <message>
        <source>Customers: contacts with a deal won in the two years up to the period&apos;s last day (today while the period runs), in the default currency. Recency: days since the last won deal; frequency: won deals; monetary: their sum. Each is scored 1 to 5 by the share of customers at or below it (for recency: with a last deal as old or older), so that the most recent, most frequent and biggest score 5 and ties share a score.</source>
        <translation>Kunden: Kontakte mit einem gewonnenen Geschäft in den zwei Jahren bis zum letzten Tag des Zeitraums (heute, solange der Zeitraum läuft), in der Standardwährung. Aktualität: Tage seit dem letzten gewonnenen Geschäft; Häufigkeit: gewonnene Geschäfte; Geldwert: ihre Summe. Jeder Wert erhält einen Score von 1 bis 5 nach dem Anteil der Kunden, die ihn erreichen oder darunter liegen (bei der Aktualität: mit einem ebenso alten oder älteren letzten Geschäft), sodass die jüngsten, häufigsten und größten eine 5 erhalten und Gleichstände denselben Score teilen.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customer segments by their recency (R) and frequency (F) scores.</source>
        <translation>Kundensegmente nach ihren Scores für Aktualität (R) und Häufigkeit (F).</translation>
    </message>
    <message>
        <source>Customers in the segment.</source>
        <translation>Kunden im Segment.</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>of the customers</comment>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>The segment&apos;s share of all customers.</source>
        <translation>Der Anteil des Segments an allen Kunden.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>The won deals of the segment&apos;s customers in the two years, in the default currency.</source>
        <translation>Die gewonnenen Geschäfte der Kunden des Segments in den zwei Jahren, in der Standardwährung.</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Umsatzanteil</translation>
    </message>
    <message>
        <source>The segment&apos;s share of the revenue.</source>
        <translation>Der Anteil des Segments am Umsatz.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Which recency and frequency scores make the segment.</source>
        <translation>Welche Scores für Aktualität und Häufigkeit das Segment ausmachen.</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>R 5: the most recent fifth of the customers; R 1: the longest ago.</source>
        <translation>R 5: das Fünftel der Kunden mit dem jüngsten Kauf; R 1: das mit dem am längsten zurückliegenden.</translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>Customers whose frequency score is %1 (5: the most won deals), and the revenue they brought; the tooltip gives their segment.</source>
        <translation>Kunden mit dem Häufigkeits-Score %1 (5: die meisten gewonnenen Geschäfte) und der Umsatz, den sie brachten; der Tooltip nennt ihr Segment.</translation>
    </message>
    <message>
        <source>R 5 (most recent)</source>
        <translation>R 5 (jüngste)</translation>
    </message>
    <message>
        <source>R 1 (longest ago)</source>
        <translation>R 1 (am längsten her)</translation>
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
        <translation>Kunden: %1</translation>
    </message>
    <message>
        <source>Customers with R %1 and F %2 (%3)</source>
        <translation>Kunden mit R %1 und F %2 (%3)</translation>
    </message>
    <message>
        <source>Customers with R %1</source>
        <translation>Kunden mit R %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; customer(s) in the two years to %1 brought &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; in “%4” or “%5”</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Kunde in den zwei Jahren bis %1 brachte &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; in „%4“ oder „%5“</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Kunden in den zwei Jahren bis %1 brachten &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; in „%4“ oder „%5“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln won deal(s) in other currencies left out</source>
        <translation>
            <numerusform>%1 · %Ln gewonnenes Geschäft in anderen Währungen weggelassen</numerusform>
            <numerusform>%1 · %Ln gewonnene Geschäfte in anderen Währungen weggelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln customer(s) · %2</source>
        <translation>
            <numerusform>%1 · %Ln Kunde · %2</numerusform>
            <numerusform>%1 · %Ln Kunden · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::DailyBackup</name>
    <message>
        <source>Daily backup saved in %1.</source>
        <translation>Tägliche Sicherung in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DataHealthDialog</name>
    <message>
        <source>Data Health</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was das heißt</translation>
    </message>
    <message>
        <source>&amp;Show on the Contacts Page</source>
        <translation>Auf der Seite Kontakte &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Inactive after:</source>
        <translation>&amp;Inaktiv nach:</translation>
    </message>
    <message>
        <source>On the Contacts page, Ctrl+A selects them all and Change Selected sets an owner, a status or a tag, or archives them.</source>
        <translation>Auf der Seite Kontakte wählt Strg+A alle, und „Auswahl ändern“ setzt Betreuer, Status oder Schlagwort oder archiviert sie.</translation>
    </message>
    <message>
        <source>Checking the contacts…</source>
        <translation>Die Kontakte werden geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DatabaseDamageDialog</name>
    <message>
        <source>The Database Is Damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kontor found damage in this database.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontor hat in dieser Datenbank einen Schaden gefunden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A bad disk sector or a copy cut short can do this. What is saved from now on may be lost with the damaged part, and the daily backup will not copy a damaged file. Choose how to go on:</source>
        <translation>Ein defekter Sektor der Festplatte oder eine abgebrochene Kopie kann das verursachen. Was Sie ab jetzt speichern, kann mit dem beschädigten Teil verloren gehen, und die tägliche Sicherung kopiert keine beschädigte Datei. Wählen Sie, wie es weitergeht:</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Puts the newest backup made before the damage in place of this file; the dialog shows when each was made, so you see what would be lost since.</source>
        <translation>Setzt die neueste Sicherung von vor dem Schaden an die Stelle dieser Datei; der Dialog zeigt, wann jede entstand, so sehen Sie, was seitdem verloren ginge.</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <source>&amp;Save What Can Be Read…</source>
        <translation>&amp;Lesbares retten…</translation>
    </message>
    <message>
        <source>Copies every row that can still be read into a new file and opens it; this file stays as it is.</source>
        <translation>Kopiert jede noch lesbare Zeile in eine neue Datei und öffnet diese; diese Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Read &amp;Only</source>
        <translation>&amp;Nur lesen</translation>
    </message>
    <message>
        <source>Keeps this file open to look things up, and changes nothing in it.</source>
        <translation>Lässt diese Datei zum Nachschlagen offen und ändert nichts darin.</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DatabaseProblemDialog</name>
    <message>
        <source>Kontor cannot open this database</source>
        <translation>Kontor kann diese Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>Andere Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Create New Database…</source>
        <translation>Neue Datenbank &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite *.db);;All files (*)</source>
        <translation>Kontor-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>Kontor-Datenbanken (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealCardModel</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%Ln Tag in der Phase</numerusform>
            <numerusform>%Ln Tage in der Phase</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>, stale</source>
        <translation>, liegengeblieben</translation>
    </message>
    <message>
        <source>, expected to close %1</source>
        <translation>, Abschluss erwartet am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>, lost: %1</source>
        <translation>, verloren: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in the stage, on a narrow card</comment>
        <translation>
            <numerusform>%Ln T.</numerusform>
            <numerusform>%Ln T.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealDialog</name>
    <message>
        <source>Edit Deal</source>
        <translation>Geschäft bearbeiten</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Neues Geschäft</translation>
    </message>
    <message>
        <source>What is sold, e.g. 40 office chairs</source>
        <translation>Was verkauft wird, z. B. 40 Bürostühle</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation>Grund für den Verlust</translation>
    </message>
    <message>
        <source>e.g. price too high, chose a competitor</source>
        <translation>z. B. Preis zu hoch, Wettbewerber gewählt</translation>
    </message>
    <message>
        <source>Lost &amp;because:</source>
        <translation>&amp;Verlustgrund:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Betr&amp;ag:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Betreuer:</translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation>Lead-&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;Erwarteter Abschluss:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>„%1“ ist kein Betrag in %2.</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal</comment>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealTableModel</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (liegengeblieben)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Tage in der Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DerivedDataKeeper</name>
    <message>
        <source>The customers&apos; segments and the scores could not be read.</source>
        <translation>Die Segmente der Kunden und die Scores konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DuplicatesDialog</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>Dubletten finden</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;Firmen</translation>
    </message>
    <message>
        <source>&amp;Find Duplicates</source>
        <translation>Dubletten &amp;suchen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Zweiter</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Keep the fi&amp;rst</source>
        <translation>Den &amp;ersten behalten</translation>
    </message>
    <message>
        <source>Keep the &amp;second</source>
        <translation>Den z&amp;weiten behalten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation>Keine &amp;Dubletten</translation>
    </message>
    <message>
        <source>Click the value to keep in each row. Emails, phone numbers and tags of both are kept; the calls, meetings, deals and reminders of both end up with the record kept.</source>
        <translation>Klicken Sie in jeder Zeile den Wert an, der bleiben soll. E-Mails, Telefonnummern und Schlagwörter beider bleiben erhalten; die Anrufe, Termine, Geschäfte und Erinnerungen beider gehen an den behaltenen Datensatz.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Dubletten werden gesucht…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Keine Dubletten gefunden.</translation>
    </message>
    <message>
        <source>%1 pairs; the %2 most certain are listed.</source>
        <translation>%1 Paare; die %2 sichersten sind aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s).</source>
        <translation>
            <numerusform>%Ln Paar.</numerusform>
            <numerusform>%Ln Paare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Making a backup before merging…</source>
        <translation>Vor dem Zusammenführen wird eine Sicherung angelegt…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was merged: %1</source>
        <translation>Es ließ sich keine Sicherung anlegen, darum wurde nichts zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>Firmen zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n pair(s) left.</source>
        <translation>
            <numerusform>Zusammengeführt. %Ln Paar bleibt.</numerusform>
            <numerusform>Zusammengeführt. %Ln Paare bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Duplicates</source>
        <translation>Keine Dubletten</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>Position</translation>
    </message>
    <message>
        <source>The two records of the pair chosen above show here, side by side.</source>
        <translation>Die beiden Datensätze des oben gewählten Paars erscheinen hier nebeneinander.</translation>
    </message>
    <message>
        <source>Press Find Duplicates to look for contacts entered twice.</source>
        <translation>Drücken Sie „Dubletten suchen“, um doppelt erfasste Kontakte zu finden.</translation>
    </message>
    <message>
        <source>Press Find Duplicates to look for companies entered twice.</source>
        <translation>Drücken Sie „Dubletten suchen“, um doppelt erfasste Firmen zu finden.</translation>
    </message>
    <message>
        <source>No pairs to look at: none were found, or each one was merged or set aside.</source>
        <translation>Keine Paare zu prüfen: Es wurden keine gefunden, oder jedes wurde zusammengeführt oder beiseitegelegt.</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldConditionEditor</name>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>Position</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>part of a country</comment>
        <translation>Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>Lead-Score</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range of values: 10 to 20</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>is</source>
        <comment>a value equals</comment>
        <translation>ist</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>ist am oder nach</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>ist am oder vor</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>ist am</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Betrag in %1</translation>
    </message>
    <message>
        <source>the field&apos;s currency</source>
        <translation>der Währung des Felds</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 ist nicht leer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 on or after %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>%1 on or before %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Der Bereich endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
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
        <translation>Haken Sie mindestens einen Auswahlwert an.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the choices of a filter</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 ist keines von %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ist eines von %2</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Geben Sie ein, wonach gesucht werden soll.</translation>
    </message>
    <message>
        <source>%1 is “%2”</source>
        <translation>%1 ist „%2“</translation>
    </message>
    <message>
        <source>%1 is not “%2”</source>
        <translation>%1 ist nicht „%2“</translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <translation>%1 enthält „%2“</translation>
    </message>
    <message>
        <source>%1 (company)</source>
        <comment>a field of the contact&apos;s company: Industry (company)</comment>
        <translation>%1 (Firma)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>Gebiet</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldFilterDialog</name>
    <message>
        <source>Filter by Field</source>
        <translation>Nach Feld filtern</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>Fi&amp;ltern</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldSettingsPage</name>
    <message>
        <source>Fields of</source>
        <translation>Felder von</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Geschäfte</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Archivierte &amp;zeigen</translation>
    </message>
    <message>
        <source>Your fields</source>
        <translation>Ihre Felder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>&amp;Add Field…</source>
        <translation>Feld &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <source>Add &amp;Qualification Fields</source>
        <translation>Qual&amp;ifizierungsfelder hinzufügen</translation>
    </message>
    <message>
        <source>Budget, Need, Timeline, Decision maker, Authority, Competitors, Objections and Lead status, for contacts: ordinary fields afterwards, to change or archive.</source>
        <translation>Budget, Bedarf, Zeitrahmen, Entscheider, Entscheidungsbefugnis, Wettbewerber, Einwände und Lead-Status für Kontakte: danach gewöhnliche Felder, die sich ändern oder archivieren lassen.</translation>
    </message>
    <message>
        <source>Fields &amp;of:</source>
        <translation>Fel&amp;der von:</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Resto&amp;re</source>
        <translation>Wi&amp;ederherstellen</translation>
    </message>
    <message>
        <source>A contact&apos;s own fields are on the “More fields” page of its dialog and on its card; scripts reach them by key (kontor-cli field, contact --set, contacts --where). Archiving hides a field and keeps its values.</source>
        <translation>Die eigenen Felder eines Kontakts stehen auf der Seite „Weitere Felder“ seines Dialogs und auf seiner Karte; Skripte erreichen sie über den Schlüssel (kontor-cli field, contact --set, contacts --where). Archivieren blendet ein Feld aus und behält seine Werte.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ForecastReportView</name>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>The month the deals are expected to close; overdue months come first.</source>
        <translation>Der Monat, in dem die Geschäfte abschließen sollen; überfällige Monate zuerst.</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>The deals&apos; owner.</source>
        <translation>Der Betreuer der Geschäfte.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Geschäfte</translation>
    </message>
    <message>
        <source>Open deals expected to close in the month.</source>
        <translation>Offene Geschäfte, die im Monat abschließen sollen.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Their amounts.</source>
        <translation>Ihre Beträge.</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Their amounts times the probability of their stage.</source>
        <translation>Ihre Beträge mal der Wahrscheinlichkeit ihrer Phase.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Deals whose expected close date has passed while they are still open.</source>
        <translation>Geschäfte, deren erwarteter Abschluss vorbei ist, während sie noch offen sind.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Open deals by expected close</source>
        <translation>Offene Geschäfte nach erwartetem Abschluss</translation>
    </message>
    <message>
        <source>No open deals: add one with Ctrl+Shift+N and give it an expected close date.</source>
        <translation>Keine offenen Geschäfte: Legen Sie eines mit Strg+Umschalt+N an und geben Sie ihm einen erwarteten Abschluss.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; open deal(s) are past their expected close date.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; offenes Geschäft ist über seinem erwarteten Abschluss.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; offene Geschäfte sind über ihrem erwarteten Abschluss.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deal is past its expected close date.</source>
        <translation>Kein offenes Geschäft hat seinen erwarteten Abschlusstermin überschritten.</translation>
    </message>
    <message>
        <source>Open deals expected in %1</source>
        <translation>Offene Geschäfte, erwartet im %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FunnelReportView</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>The stages in the order of the pipeline.</source>
        <translation>Die Phasen in der Reihenfolge der Pipeline.</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Deals that first reached the stage in the period (a deal that skipped it is not counted; one that came back is counted once).</source>
        <translation>Geschäfte, die die Phase im Zeitraum zum ersten Mal erreichten (ein Geschäft, das sie übersprang, zählt nicht; eines, das zurückkam, zählt einmal).</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Of those, the deals that have gone on to a later stage other than Lost.</source>
        <translation>Davon die Geschäfte, die in eine spätere Phase außer „Verloren“ weitergingen.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Went on ÷ reached.</source>
        <translation>Weiter ÷ erreicht.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The amounts of the deals that reached the stage.</source>
        <translation>Die Beträge der Geschäfte, die die Phase erreichten.</translation>
    </message>
    <message>
        <source>Days to go on</source>
        <translation>Ø Tage bis zur nächsten Phase</translation>
    </message>
    <message>
        <source>Average days those that went on took to, from first reaching the stage.</source>
        <translation>Durchschnittliche Tage, die die weitergegangenen Geschäfte ab dem ersten Erreichen der Phase brauchten.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Geschäfte</translation>
    </message>
    <message>
        <source>Deals reaching each stage</source>
        <translation>Geschäfte je erreichter Phase</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; deals created · &lt;b&gt;%2&lt;/b&gt; won (%3) · &lt;b&gt;%4&lt;/b&gt; lost · win rate &lt;b&gt;%5&lt;/b&gt; · from created to won &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Geschäfte angelegt · &lt;b&gt;%2&lt;/b&gt; gewonnen (%3) · &lt;b&gt;%4&lt;/b&gt; verloren · Abschlussquote &lt;b&gt;%5&lt;/b&gt; · von angelegt zu gewonnen &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No deal moved in this period: add deals with Ctrl+Shift+N and move them on the pipeline, or choose a longer period.</source>
        <translation>In diesem Zeitraum hat sich kein Geschäft bewegt: Legen Sie Geschäfte mit Strg+Umschalt+N an und bewegen Sie sie in der Pipeline, oder wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>Win rate: won ÷ (won + lost) in the period. From created to won: deals won in the period ÷ deals created in it.</source>
        <translation>Abschlussquote: gewonnen ÷ (gewonnen + verloren) im Zeitraum. Von angelegt zu gewonnen: im Zeitraum gewonnene ÷ darin angelegte Geschäfte.</translation>
    </message>
    <message>
        <source>Deals that reached “%1”</source>
        <translation>Geschäfte, die „%1“ erreichten</translation>
    </message>
    <message>
        <source>deals</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>Geschäfte</translation>
    </message>
</context>
<context>
    <name>kontor::ui::GlobalSearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Names, companies, emails, phones, notes…</source>
        <translation>Namen, Firmen, E-Mails, Telefonnummern, Notizen…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Type to search; Enter opens the highlighted result.</source>
        <translation>Tippen zum Suchen; Eingabe öffnet den markierten Treffer.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s); Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%Ln Treffer; Eingabe öffnet ihn.</numerusform>
            <numerusform>%Ln Treffer; Eingabe öffnet den markierten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Geschäfte</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;zurücknehmen…</translation>
    </message>
    <message>
        <source>Undoing an import removes the contacts it created (those with calls, deals or reminders logged since are archived instead) and puts back the ones it changed.</source>
        <translation>Das Zurücknehmen eines Imports entfernt die angelegten Kontakte (solche mit inzwischen erfassten Anrufen, Geschäften oder Erinnerungen werden stattdessen archiviert) und stellt die geänderten wieder her.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import zurücknehmen</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>Den Import von „%1“ zurücknehmen? Der angelegte Kontakt wird entfernt, und die geänderten werden wiederhergestellt.</numerusform>
            <numerusform>Den Import von „%1“ zurücknehmen? Die %Ln angelegten Kontakte werden entfernt, und die geänderten werden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Der Import wird zurückgenommen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 contacts removed, %2 put back as they were, %3 archived (they have history logged since).</source>
        <translation>%1 Kontakte entfernt, %2 wiederhergestellt, %3 archiviert (sie haben inzwischen einen Verlauf).</translation>
    </message>
    <message>
        <source>No imports yet: File → Import Contacts… (Ctrl+Shift+I) brings in a spreadsheet or a vCard file, and each import can be undone here.</source>
        <translation>Noch keine Importe: Datei → Kontakte importieren… (Strg+Umschalt+I) holt eine Tabelle oder vCard-Datei herein; jeder Import lässt sich hier rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Show the Imported Contacts</source>
        <translation>Importierte Kontakte &amp;zeigen</translation>
    </message>
    <message>
        <source>The Contacts page, filtered to what this import created or changed</source>
        <translation>Die Kontaktseite, gefiltert auf das, was dieser Import angelegt oder geändert hat</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>Diesen Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Removes what it created and puts back what it changed; File → Import History can do it later too</source>
        <translation>Entfernt, was er angelegt hat, und stellt wieder her, was er geändert hat; Datei → Importverlauf kann das auch später</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Aus %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; created · &lt;b&gt;%2&lt;/b&gt; updated · &lt;b&gt;%3&lt;/b&gt; merged · &lt;b&gt;%4&lt;/b&gt; skipped as duplicates · &lt;b&gt;%5&lt;/b&gt; rejected, of %6 rows; %7 kept with a warning (see their notes).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; angelegt · &lt;b&gt;%2&lt;/b&gt; aktualisiert · &lt;b&gt;%3&lt;/b&gt; zusammengeführt · &lt;b&gt;%4&lt;/b&gt; als Dubletten übersprungen · &lt;b&gt;%5&lt;/b&gt; abgewiesen, von %6 Zeilen; %7 mit einer Warnung übernommen (siehe ihre Notizen).</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Keine Zeile wurde abgewiesen.</translation>
    </message>
    <message>
        <source>Rejected rows, with why: fix them in the file and import it again (the rows already there are found as duplicates).</source>
        <translation>Abgewiesene Zeilen mit Grund: Korrigieren Sie sie in der Datei und importieren Sie sie erneut (die schon vorhandenen Zeilen werden als Dubletten erkannt).</translation>
    </message>
    <message>
        <source>Undo This Import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>Den Import von „%1“ zurücknehmen? Der angelegte Kontakt wird entfernt, und die geänderten werden wiederhergestellt.</numerusform>
            <numerusform>Den Import von „%1“ zurücknehmen? Die %Ln angelegten Kontakte werden entfernt, und die geänderten werden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Der Import wird zurückgenommen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n records it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>Den Import von „%1“ rückgängig machen? Der %Ln angelegte Datensatz wird entfernt, und geänderte werden wiederhergestellt.</numerusform>
            <numerusform>Den Import von „%1“ rückgängig machen? Die %Ln angelegten Datensätze werden entfernt, und geänderte werden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back: %1 removed, %2 put back as they were, %3 archived (they have history logged since).</source>
        <translation>Zurückgenommen: %1 entfernt, %2 wiederhergestellt, %3 archiviert (für sie wurde seitdem Verlauf erfasst).</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportWizard</name>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>A CSV file (from a spreadsheet, Google Contacts, Outlook or another CRM) or a vCard address book (.vcf). Kontor reads its encoding and delimiter; change them if the preview looks wrong.</source>
        <translation>Eine CSV-Datei (aus einer Tabellenkalkulation, Google Kontakte, Outlook oder einem anderen CRM) oder ein vCard-Adressbuch (.vcf). Kontor erkennt Kodierung und Trennzeichen; ändern Sie sie, wenn die Vorschau falsch aussieht.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>T&amp;rennzeichen:</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>Spalten und Felder</translation>
    </message>
    <message>
        <source>Which field each column fills. Columns left on “Leave out” are not imported. A preset maps the columns of a known program; save your own for files you import again.</source>
        <translation>Welches Feld jede Spalte füllt. Spalten auf „Weglassen“ werden nicht importiert. Eine Vorlage ordnet die Spalten eines bekannten Programms zu; speichern Sie eigene für Dateien, die Sie wieder importieren.</translation>
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Map a column to the first, last or full name.</source>
        <translation>Ordnen Sie eine Spalte dem Vor-, Nach- oder vollen Namen zu.</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Duplicates and a check</source>
        <translation>Dubletten und Prüfung</translation>
    </message>
    <message>
        <source>A row is a duplicate when its email or phone number is already there (or its name, when it has neither). The check goes through every row and changes nothing.</source>
        <translation>Eine Zeile ist eine Dublette, wenn es ihre E-Mail oder Telefonnummer schon gibt (oder ihren Namen, wenn sie keine von beiden hat). Die Prüfung geht jede Zeile durch und ändert nichts.</translation>
    </message>
    <message>
        <source>&amp;Skip it: keep the contact as it is</source>
        <translation>&amp;Überspringen: den Kontakt lassen, wie er ist</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the row&apos;s values (empty cells change nothing)</source>
        <translation>Den Kontakt mit den Werten der Zeile &amp;aktualisieren (leere Zellen ändern nichts)</translation>
    </message>
    <message>
        <source>&amp;Merge: the contact keeps its values and gains what it lacks</source>
        <translation>Zusammen&amp;führen: der Kontakt behält seine Werte und bekommt, was ihm fehlt</translation>
    </message>
    <message>
        <source>Create a &amp;new contact all the same</source>
        <translation>Trotzdem einen &amp;neuen Kontakt anlegen</translation>
    </message>
    <message>
        <source>&amp;Check Every Row</source>
        <translation>Jede Zeile &amp;prüfen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Not checked with this rule yet.</source>
        <translation>Mit dieser Regel noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.txt *.tsv *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message numerus="yes">
        <source>A vCard address book with %n contacts.</source>
        <translation>
            <numerusform>Ein vCard-Adressbuch mit %Ln Kontakt.</numerusform>
            <numerusform>Ein vCard-Adressbuch mit %Ln Kontakten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%1, fields separated by: %2. %n columns.</source>
        <translation>
            <numerusform>%1, Felder getrennt durch: %2. %Ln Spalte.</numerusform>
            <numerusform>%1, Felder getrennt durch: %2. %Ln Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no vCards.</source>
        <translation>Die Datei enthält keine vCards.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to merge, %5 to skip, %6 rejected; %7 with warnings.</source>
        <translation>%1 Zeilen: %2 anzulegen, %3 zu aktualisieren, %4 zusammenzuführen, %5 zu überspringen, %6 abgewiesen; %7 mit Warnungen.</translation>
    </message>
    <message>
        <source>Making a backup before the import…</source>
        <translation>Vor dem Import wird eine Sicherung angelegt…</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was imported: %1</source>
        <translation>Es ließ sich keine Sicherung anlegen, darum wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>The first row holds the column names (a &amp;header)</source>
        <translation>Die erste Zeile enthält die Spaltennamen (Kopfz&amp;eile)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Interactions (calls, meetings, emails…)</source>
        <translation>Kontakthistorie (Anrufe, Termine, E-Mails…)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Geschäfte</translation>
    </message>
    <message>
        <source>&amp;Kind of records:</source>
        <translation>&amp;Art der Datensätze:</translation>
    </message>
    <message>
        <source>Map a column to “%1”: every row needs it.</source>
        <translation>Ordnen Sie eine Spalte „%1“ zu: jede Zeile braucht es.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>No preset fits these columns: choose their fields below</source>
        <translation>Keine Vorlage passt zu diesen Spalten: Wählen Sie ihre Felder unten</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows here.</source>
        <translation>Wählen Sie eine Datei, um hier ihre ersten Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>The file has no rows to show.</source>
        <translation>Die Datei hat keine Zeilen zum Anzeigen.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>wizard button: to the previous page</comment>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>wizard button: to the next page</comment>
        <translation>&amp;Weiter &gt;</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LanguageSettingsPage</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>The language&apos;s own (Solar Hijri for Persian)</source>
        <translation>Der Kalender der Sprache (Sonnenhidschri für Persisch)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregorianisch</translation>
    </message>
    <message>
        <source>Solar Hijri (Farvardin to Esfand)</source>
        <translation>Sonnenhidschri (Farvardin bis Esfand)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sprac&amp;he:</translation>
    </message>
    <message>
        <source>Calen&amp;dar:</source>
        <translation>Kalen&amp;der:</translation>
    </message>
    <message>
        <source>The language&apos;s own (۱۲۳ in Persian, ১২৩ in Bengali)</source>
        <translation>Die Ziffern der Sprache (۱۲۳ im Persischen, ১২৩ im Bengalischen)</translation>
    </message>
    <message>
        <source>Latin (123)</source>
        <translation>Lateinisch (123)</translation>
    </message>
    <message>
        <source>Dates are shown, typed and counted in this calendar: lists, date fields and the reports&apos; months, quarters and years. Files keep ISO dates. Numbers, dates and times are written in the digits chosen, everywhere in the window.
The window opens again in the chosen language when Settings closes.</source>
        <translation>Datumsangaben werden in diesem Kalender angezeigt, eingegeben und gezählt: Listen, Datumsfelder und die Monate, Quartale und Jahre der Berichte. Dateien behalten das ISO-Datumsformat. Zahlen, Datumsangaben und Uhrzeiten werden überall im Fenster mit den gewählten Ziffern geschrieben.
Das Fenster öffnet sich in der gewählten Sprache neu, sobald die Einstellungen geschlossen werden.</translation>
    </message>
    <message>
        <source>D&amp;igits:</source>
        <translation>&amp;Ziffern:</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LeadSourceReportView</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Lead sources, most revenue first; campaigns indented under their source.</source>
        <translation>Lead-Quellen, die mit dem meisten Umsatz zuerst; Kampagnen eingerückt unter ihrer Quelle.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Contacts from the source created in the period.</source>
        <translation>Im Zeitraum angelegte Kontakte aus der Quelle.</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Contacts with a deal from the source won in the period.</source>
        <translation>Kontakte mit einem im Zeitraum gewonnenen Geschäft aus der Quelle.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Customers ÷ leads.</source>
        <translation>Kunden ÷ Leads.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>The amounts of the deals from the source won in the period.</source>
        <translation>Die Beträge der im Zeitraum gewonnenen Geschäfte aus der Quelle.</translation>
    </message>
    <message>
        <source>Campaign spend falling in the period, spread evenly over each campaign&apos;s days.</source>
        <translation>Kampagnenausgaben im Zeitraum, gleichmäßig auf die Tage jeder Kampagne verteilt.</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Kosten je Lead</translation>
    </message>
    <message>
        <source>Spend ÷ leads.</source>
        <translation>Ausgaben ÷ Leads.</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>Kosten je Kunde</translation>
    </message>
    <message>
        <source>Spend ÷ customers.</source>
        <translation>Ausgaben ÷ Kunden.</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>(Revenue − spend) ÷ spend.</source>
        <translation>(Umsatz − Ausgaben) ÷ Ausgaben.</translation>
    </message>
    <message>
        <source>Revenue and spend by source</source>
        <translation>Umsatz und Ausgaben je Quelle</translation>
    </message>
    <message>
        <source>No leads in this period: give contacts a lead source (in the contact dialog or when importing), or choose a longer period.</source>
        <translation>Keine Interessenten in diesem Zeitraum: Geben Sie Kontakten eine Quelle (im Kontaktdialog oder beim Import), oder wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>Leads from “%1”</source>
        <translation>Leads aus „%1“</translation>
    </message>
    <message>
        <source>Best and weakest by return on spend ((revenue − spend) ÷ spend) where two or more sources have spend recorded in the period; otherwise by conversion (customers ÷ leads) and, between equals, revenue.</source>
        <translation>Beste und schwächste Quelle nach Kapitalrendite ((Umsatz − Ausgaben) ÷ Ausgaben), wenn für zwei oder mehr Quellen Ausgaben im Zeitraum erfasst sind; sonst nach Konversion (Kunden ÷ Leads) und, bei Gleichstand, Umsatz.</translation>
    </message>
    <message>
        <source>%1 of leads became customers, %2</source>
        <comment>conversion, then revenue</comment>
        <translation>%1 der Leads wurden Kunden, %2</translation>
    </message>
    <message>
        <source>Only &lt;b&gt;%1&lt;/b&gt; brought leads or customers in this period (%2).</source>
        <translation>Nur &lt;b&gt;%1&lt;/b&gt; brachte in diesem Zeitraum Leads oder Kunden (%2).</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;%1&lt;/b&gt; (ROI %2) · weakest: &lt;b&gt;%3&lt;/b&gt; (ROI %4), by return on spend.</source>
        <translation>Beste: &lt;b&gt;%1&lt;/b&gt; (ROI %2) · schwächste: &lt;b&gt;%3&lt;/b&gt; (ROI %4), nach Kapitalrendite.</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;%1&lt;/b&gt; (%2) · weakest: &lt;b&gt;%3&lt;/b&gt; (%4), by conversion and revenue; record campaign spend to compare return on spend.</source>
        <translation>Beste: &lt;b&gt;%1&lt;/b&gt; (%2) · schwächste: &lt;b&gt;%3&lt;/b&gt; (%4), nach Konversion und Umsatz; erfassen Sie Kampagnenausgaben, um die Kapitalrendite zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 conv. · ROI %2</source>
        <comment>a lead source&apos;s figures in the chart</comment>
        <translation>%1 Konv. · ROI %2</translation>
    </message>
    <message>
        <source>%1 conv.</source>
        <comment>a lead source&apos;s figures in the chart</comment>
        <translation>%1 Konv.</translation>
    </message>
    <message>
        <source>No deal from a lead source was won in this period.</source>
        <translation>In diesem Zeitraum wurde kein Geschäft aus einer Lead-Quelle gewonnen.</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>none recorded</source>
        <comment>spend of a lead source, in a table cell: no spend was recorded</comment>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Of those, the ones now sales qualified (SQL), opportunities or customers.</source>
        <translation>Davon die, die jetzt vertriebsqualifiziert (SQL), Verkaufschancen oder Kunden sind.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LifecycleReportView</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>The stages of the buyer&apos;s journey, then the two off it.</source>
        <translation>Die Phasen der Customer Journey, danach die beiden außerhalb von ihr.</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Contacts that entered the stage in the period, each once however often it moved in and out (archived contacts left out).</source>
        <translation>Kontakte, die die Phase im Zeitraum erreichten, jeder einmal, wie oft er auch hinein- und wieder hinausging (archivierte Kontakte ausgenommen).</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Of those, the contacts that went on to a later stage of the journey by now: the next one or one beyond it.</source>
        <translation>Davon die Kontakte, die inzwischen in eine spätere Phase der Customer Journey weitergingen: die nächste oder eine danach.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Went on ÷ entered.</source>
        <translation>Weiter ÷ erreicht.</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Tage (Median)</translation>
    </message>
    <message>
        <source>The median days from entering the stage to the next move forward, over the contacts that went on.</source>
        <translation>Der Median der Tage vom Erreichen der Phase bis zum nächsten Schritt nach vorn, über die weitergegangenen Kontakte.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contacts entering each stage</source>
        <translation>Kontakte je erreichter Phase</translation>
    </message>
    <message>
        <source>contacts</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new leads · &lt;b&gt;%2&lt;/b&gt; new customers · &lt;b&gt;%3&lt;/b&gt; disqualified</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; neue Interessenten · &lt;b&gt;%2&lt;/b&gt; neue Kunden · &lt;b&gt;%3&lt;/b&gt; disqualifiziert</translation>
    </message>
    <message>
        <source>No contact moved along the lifecycle in this period: change a contact&apos;s stage, or choose a longer period.</source>
        <translation>In diesem Zeitraum hat sich kein Kontakt im Lebenszyklus bewegt: Ändern Sie die Phase eines Kontakts, oder wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>Counted from each contact&apos;s stage history: when it entered each stage.</source>
        <translation>Gezählt aus dem Phasenverlauf jedes Kontakts: wann er welche Phase erreichte.</translation>
    </message>
    <message>
        <source>Contacts that went on from “%1”</source>
        <translation>Kontakte, die aus „%1“ weitergingen</translation>
    </message>
    <message>
        <source>Contacts that entered “%1”</source>
        <translation>Kontakte, die „%1“ erreichten</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>By lead source</source>
        <translation>Nach Lead-Quelle</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>Nach Mitarbeiter</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Where the contacts came from.</source>
        <translation>Woher die Kontakte kamen.</translation>
    </message>
    <message>
        <source>Who owns the contacts.</source>
        <translation>Wer die Kontakte betreut.</translation>
    </message>
    <message>
        <source>Contacts that entered “%1” in the period; the tooltip says how many went on.</source>
        <translation>Kontakte, die „%1“ im Zeitraum erreichten; der Tooltip zeigt, wie viele weitergingen.</translation>
    </message>
    <message>
        <source>%1 entered, %2 went on (%3)</source>
        <translation>%1 erreicht, %2 weiter (%3)</translation>
    </message>
    <message>
        <source>%1 entered</source>
        <translation>%1 erreicht</translation>
    </message>
    <message>
        <source>%1: contacts that entered “%2”</source>
        <translation>%1: Kontakte, die „%2“ erreichten</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LifecycleSettingsPage</name>
    <message>
        <source>A &amp;meeting booked makes a lead or marketing qualified contact sales qualified</source>
        <translation>Ein vereinbarter &amp;Termin macht einen Interessenten oder Marketing-qualifizierten Kontakt vertriebsqualifiziert</translation>
    </message>
    <message>
        <source>A new &amp;deal makes the contact an opportunity</source>
        <translation>Ein neues &amp;Geschäft macht den Kontakt zur Verkaufschance</translation>
    </message>
    <message>
        <source>A &amp;won deal makes the contact a customer</source>
        <translation>Ein ge&amp;wonnenes Geschäft macht den Kontakt zum Kunden</translation>
    </message>
    <message>
        <source>Fields that make a lead marketing qualified</source>
        <translation>Felder, die einen Interessenten Marketing-qualifiziert machen</translation>
    </message>
    <message>
        <source>Fields that make a contact sales qualified</source>
        <translation>Felder, die einen Kontakt vertriebsqualifiziert machen</translation>
    </message>
    <message>
        <source>Mar&amp;keting qualified once all of these are filled:</source>
        <translation>&amp;Marketing-qualifiziert, sobald alle diese ausgefüllt sind:</translation>
    </message>
    <message>
        <source>Sales &amp;qualified once all of these are filled:</source>
        <translation>V&amp;ertriebsqualifiziert, sobald alle diese ausgefüllt sind:</translation>
    </message>
    <message>
        <source>Rules only move contacts forward, and a contact&apos;s history names the rule that moved it. A deal also brings back a disqualified or inactive contact. No field ticked: that rule is off.</source>
        <translation>Regeln bringen Kontakte nur voran, und die Historie eines Kontakts nennt die Regel, die ihn weiterbewegt hat. Ein Geschäft holt auch einen disqualifizierten oder inaktiven Kontakt zurück. Ist kein Feld angehakt, ist diese Regel aus.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LogInteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <translation>Aktivität erfassen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What was said? (Enter saves, Shift+Enter for a new line)</source>
        <translation>Was wurde besprochen? (Eingabe speichert, Umschalt+Eingabe für neue Zeile)</translation>
    </message>
    <message>
        <source>Follow-up time</source>
        <translation>Zeitpunkt der Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-up title</source>
        <translation>Titel der Wiedervorlage</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Bei %1 nachfassen</translation>
    </message>
    <message>
        <source>Choose the contact: type a name and pick it from the list.</source>
        <translation>Wählen Sie den Kontakt: Namen eingeben und aus der Liste wählen.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Kein nächster Schritt</translation>
    </message>
    <message>
        <source>Follow-up reminder</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>A reminder shows on Today on its day; a meeting is put in the history and on Today</source>
        <translation>Eine Wiedervorlage erscheint an ihrem Tag unter Heute; ein Termin kommt in die Historie und unter Heute</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Nä&amp;chster Schritt:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Termin mit %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Type a name, company, email or phone</source>
        <translation>Name, Firma, E-Mail oder Telefon eingeben</translation>
    </message>
    <message>
        <source>Pick an outcome or type your own; Kontor offers it again next time. Left empty, the interaction counts as held but never as successful in the reports.</source>
        <translation>Wählen Sie ein Ergebnis oder tippen Sie ein eigenes; Kontor bietet es beim nächsten Mal wieder an. Leer gelassen, zählt der Kontakt in den Berichten als stattgefunden, aber nie als erfolgreich.</translation>
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation>Aktivität mit %1 erfassen</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>„%1“ als erledigt markieren</translation>
    </message>
    <message>
        <source>The reminder this call answers is closed with it; Ctrl+Z takes back both together</source>
        <translation>Die Erinnerung, auf die dieser Anruf antwortet, wird mit ihm erledigt; Strg+Z nimmt beides zusammen zurück</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>Geschäft verloren</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Warum ging „%1“ verloren?</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Preis zu hoch</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Wettbewerber gewählt</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Falscher Zeitpunkt</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <source>Pick a reason or type your own</source>
        <translation>Grund wählen oder eigenen eingeben</translation>
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation>Grund für den Verlust</translation>
    </message>
    <message>
        <source>The reason is kept with the deal and counted in the reports.</source>
        <translation>Der Grund wird beim Geschäft gespeichert und in den Berichten gezählt.</translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>Als verloren markieren</translation>
    </message>
</context>
<context>
    <name>kontor::ui::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>Kontakt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>Kontakt&amp;historie erfassen…</translation>
    </message>
    <message>
        <source>&amp;Archive or Restore Contact</source>
        <translation>Kontakt archivieren oder &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Gehe z&amp;u</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>&amp;Über Kontor</translation>
    </message>
    <message>
        <source>%1 — Kontor</source>
        <translation>%1 — Kontor</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite *.db);;All files (*)</source>
        <translation>Kontor-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>Kontor-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or use Open Database.</source>
        <translation>„%1“ gibt es schon. Wählen Sie einen neuen Namen oder „Datenbank öffnen“.</translation>
    </message>
    <message>
        <source>About Kontor</source>
        <translation>Über Kontor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;An offline CRM for small businesses and salespeople: clients, what was said, and what to do next, in one local file.&lt;/p&gt;&lt;p&gt;SQLite %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;Ein CRM ohne Internet für kleine Firmen und den Vertrieb: Kunden, was besprochen wurde und was als Nächstes zu tun ist, in einer einzigen Datei.&lt;/p&gt;&lt;p&gt;SQLite %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Heute (%1)</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <source>The deal is not among the cards shown: choose “All owners”.</source>
        <translation>Das Geschäft ist nicht unter den gezeigten Karten: Wählen Sie „Alle Betreuer“.</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;Geschäft</translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation>&amp;Neues Geschäft…</translation>
    </message>
    <message>
        <source>New &amp;Reminder…</source>
        <translation>Neue &amp;Erinnerung…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) are due.</source>
        <translation>
            <numerusform>%Ln Erinnerung ist fällig.</numerusform>
            <numerusform>%Ln Erinnerungen sind fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>Erinnerung: %1</translation>
    </message>
    <message>
        <source>Kontor reminder</source>
        <translation>Kontor-Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archiv…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Done again or taken back: %1</source>
        <translation>Wiederholt oder zurückgenommen: %1</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Saving a copy in “%1”…</source>
        <translation>Kopie wird in „%1“ gespeichert…</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored the backup; the database as it was is kept as a backup.</source>
        <translation>Sicherung wiederhergestellt; die Datenbank von vorher ist als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Imported from %1: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected.</source>
        <translation>Aus %1 importiert: %2 angelegt, %3 aktualisiert, %4 zusammengeführt, %5 übersprungen, %6 abgewiesen.</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Dubletten finden…</translation>
    </message>
    <message>
        <source>Data &amp;Health…</source>
        <translation>Daten&amp;qualität…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Contacts as CSV…</source>
        <translation>&amp;Kontakte als CSV…</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>Kontakte als &amp;vCard…</translation>
    </message>
    <message>
        <source>C&amp;ompanies as CSV…</source>
        <translation>&amp;Firmen als CSV…</translation>
    </message>
    <message>
        <source>&amp;Interactions as CSV…</source>
        <translation>Kontakt&amp;historie als CSV…</translation>
    </message>
    <message>
        <source>&amp;Deals as CSV…</source>
        <translation>&amp;Geschäfte als CSV…</translation>
    </message>
    <message>
        <source>&amp;Reminders and Meetings as iCalendar…</source>
        <translation>&amp;Erinnerungen und Termine als iCalendar…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>&amp;Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>The demo database: made-up data in a file of its own. File → Open Database… goes back to yours.</source>
        <translation>Die Demo-Datenbank: erfundene Daten in einer eigenen Datei. Datei → Datenbank öffnen… führt zu Ihrer zurück.</translation>
    </message>
    <message>
        <source>The import of %1 was taken back.</source>
        <translation>Der Import von %1 wurde zurückgenommen.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Daily Backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>%1

Choose a backup to restore now?</source>
        <translation>%1

Jetzt eine Sicherung zum Wiederherstellen auswählen?</translation>
    </message>
    <message>
        <source>%1 (saved).sqlite</source>
        <comment>a database salvaged from a damaged one</comment>
        <translation>%1 (gerettet).sqlite</translation>
    </message>
    <message>
        <source>Save What Can Be Read</source>
        <translation>Lesbares retten</translation>
    </message>
    <message>
        <source>“%1” exists already: choose a new name, so that nothing is written over.</source>
        <translation>„%1“ gibt es schon: Wählen Sie einen neuen Namen, damit nichts überschrieben wird.</translation>
    </message>
    <message>
        <source>Saving what can be read…</source>
        <translation>Lesbares wird gerettet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Every row could be read: %Ln row(s) saved.</source>
        <translation>
            <numerusform>Jede Zeile war lesbar: %Ln Zeile gerettet.</numerusform>
            <numerusform>Jede Zeile war lesbar: %Ln Zeilen gerettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved; some could not be read in: %1.</source>
        <translation>
            <numerusform>%Ln Zeile gerettet; nicht alles war lesbar in: %1.</numerusform>
            <numerusform>%Ln Zeilen gerettet; nicht alles war lesbar in: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Kontor now works with “%2”. The damaged file is left as it was.</source>
        <translation>%1

Kontor arbeitet jetzt mit „%2“. Die beschädigte Datei bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>%1 (read only) — Kontor</source>
        <translation>%1 (nur lesen) — Kontor</translation>
    </message>
    <message>
        <source>Read only: nothing can be changed in this damaged file.</source>
        <translation>Nur lesen: In dieser beschädigten Datei kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>menu item: %1 is the step to take back</comment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>menu item: %1 is the step to do again</comment>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Read only</source>
        <comment>the open database can only be read</comment>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>This damaged file is open read only: restore a backup (File → Restore from Backup) or save what can be read into a new file to work on.</source>
        <translation>Diese beschädigte Datei ist nur zum Lesen geöffnet: Stellen Sie eine Sicherung wieder her (Datei → Aus Sicherung wiederherstellen) oder retten Sie das Lesbare in eine neue Datei, um weiterzuarbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Another program is writing to this database: waiting for it, at most %Ln second(s)…</source>
        <translation>
            <numerusform>Ein anderes Programm schreibt in diese Datenbank: Kontor wartet darauf, höchstens %Ln Sekunde…</numerusform>
            <numerusform>Ein anderes Programm schreibt in diese Datenbank: Kontor wartet darauf, höchstens %Ln Sekunden…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelineColumnWidget</name>
    <message>
        <source>Deals in %1</source>
        <translation>Geschäfte in %1</translation>
    </message>
    <message>
        <source>%1  &lt;span style=&apos;font-weight:normal; white-space:nowrap&apos;&gt;%2 %&lt;/span&gt;</source>
        <translation>%1  &lt;span style=&apos;font-weight:normal; white-space:nowrap&apos;&gt;%2 %&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n deal(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Geschäft&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln Geschäfte&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed in the last %n day(s)</source>
        <translation>
            <numerusform>abgeschlossen am letzten Tag</numerusform>
            <numerusform>abgeschlossen in den letzten %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>gewichtet %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%Ln liegengeblieben</numerusform>
            <numerusform>%Ln liegengeblieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation>
            <numerusform>die ersten %Ln gezeigt</numerusform>
            <numerusform>die ersten %Ln gezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deals that reached “%1” in the last %n day(s).</source>
        <translation>
            <numerusform>Geschäfte, die am letzten Tag „%1“ erreichten.</numerusform>
            <numerusform>Geschäfte, die in den letzten %Ln Tagen „%1“ erreichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted: the amount times the stage&apos;s win probability (%1 %). Stale: longer than %2 days in the stage.</source>
        <translation>Gewichtet: Betrag mal Abschlusswahrscheinlichkeit der Phase (%1 %). Liegengeblieben: länger als %2 Tage in der Phase.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n deal(s)</source>
        <translation>
            <numerusform>%1 · %Ln Geschäft</numerusform>
            <numerusform>%1 · %Ln Geschäfte</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to unfold.</source>
        <translation>Zum Aufklappen klicken.</translation>
    </message>
    <message>
        <source>Unfold the column</source>
        <translation>Spalte aufklappen</translation>
    </message>
    <message>
        <source>Fold the column to a narrow strip</source>
        <translation>Spalte zu einem schmalen Streifen einklappen</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>Aufklappen</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Einklappen</translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Betreuerfilter</translation>
    </message>
    <message>
        <source>Show the deals of one salesperson</source>
        <translation>Die Geschäfte eines Betreuers zeigen</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tafel</translation>
    </message>
    <message>
        <source>One column per stage (Alt+B)</source>
        <translation>Eine Spalte je Phase (Alt+T)</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>L&amp;iste</translation>
    </message>
    <message>
        <source>The same deals as a sortable list (Alt+I)</source>
        <translation>Dieselben Geschäfte als sortierbare Liste (Alt+I)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Betreuer:</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Geschäfte</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%Ln offenes Geschäft</numerusform>
            <numerusform>%Ln offene Geschäfte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted %1</source>
        <translation>
            <numerusform>%Ln offenes Geschäft, gewichtet %1</numerusform>
            <numerusform>%Ln offene Geschäfte, gewichtet %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation>Geschäft verschieben</translation>
    </message>
    <message>
        <source>“%1” has no contact.</source>
        <translation>„%1“ hat keinen Kontakt.</translation>
    </message>
    <message>
        <source>Open Contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>New Deal…</source>
        <translation>Neues Geschäft…</translation>
    </message>
    <message>
        <source>A new deal in the selected stage (Ctrl+Shift+N)</source>
        <translation>Ein neues Geschäft in der gewählten Phase (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Deal…</source>
        <translation>Geschäft &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>In die &amp;vorige Phase</translation>
    </message>
    <message>
        <source>Deal saved.</source>
        <translation>Geschäft gespeichert.</translation>
    </message>
    <message>
        <source>Edit Deal…</source>
        <translation>Geschäft bearbeiten…</translation>
    </message>
    <message>
        <source>No deals yet.

A deal is what a contact may buy: create one with “New Deal…” (Ctrl+Shift+N) or from the contact&apos;s card, then move it through the stages here until it is won or lost.</source>
        <translation>Noch keine Geschäfte.

Ein Geschäft ist, was ein Kontakt kaufen könnte: Legen Sie es mit „Neues Geschäft…“ (Strg+Umschalt+N) oder auf der Kontaktkarte an und bewegen Sie es hier durch die Phasen, bis es gewonnen oder verloren ist.</translation>
    </message>
    <message>
        <source>&amp;Archive Deal…</source>
        <translation>Geschäft &amp;archivieren…</translation>
    </message>
    <message>
        <source>Archive Deal</source>
        <translation>Geschäft archivieren</translation>
    </message>
    <message>
        <source>Archive “%1”? It leaves the board and the totals; File → Archive brings it back.</source>
        <translation>„%1“ archivieren? Es verschwindet von der Tafel und aus den Summen; Datei → Archiv holt es zurück.</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage</source>
        <translation>In die nä&amp;chste Phase</translation>
    </message>
    <message>
        <source>Select a deal and press Ctrl+Shift+%1 or %2 to move it to the next or previous stage. Enter edits the deal, Ctrl+Enter opens its contact, Delete archives it.</source>
        <translation>Wählen Sie ein Geschäft und drücken Sie Strg+Umschalt+%1 oder %2, um es in die nächste oder vorige Phase zu verschieben. Eingabe bearbeitet das Geschäft, Strg+Eingabe öffnet den Kontakt, Entf archiviert es.</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and press Ctrl+Shift+%1 or %2. Enter edits the deal, Ctrl+Enter opens its contact.</source>
        <translation>Ziehen Sie eine Karte in eine andere Phase, oder wählen Sie sie aus und drücken Sie Strg+Umschalt+%1 oder %2. Eingabe bearbeitet das Geschäft, Strg+Eingabe öffnet den Kontakt.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReminderDialog</name>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Jedes Jahr</translation>
    </message>
    <message>
        <source>Edit Reminder</source>
        <translation>Erinnerung bearbeiten</translation>
    </message>
    <message>
        <source>New Reminder</source>
        <translation>Neue Erinnerung</translation>
    </message>
    <message>
        <source>What to do, e.g. Send the offer</source>
        <translation>Was zu tun ist, z. B. Angebot schicken</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a reminder</comment>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>kontor::ui::RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;New Reminder…</source>
        <translation>&amp;Neue Erinnerung…</translation>
    </message>
    <message>
        <source>A follow-up, a call to make, anything with a date (Ctrl+Shift+R)</source>
        <translation>Eine Wiedervorlage, ein Anruf, alles mit einem Datum (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the reminder done; a repeating one moves to its next date (D)</source>
        <translation>Erinnerung erledigen; eine wiederkehrende springt zum nächsten Termin (D)</translation>
    </message>
    <message>
        <source>Ask again tomorrow at 9:00 (S)</source>
        <translation>Morgen um 9:00 wieder erinnern (S)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the reminder (Enter)</source>
        <translation>Erinnerung ändern (Eingabe)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the reminder (Delete)</source>
        <translation>Erinnerung entfernen (Entf)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Calendar of reminders</source>
        <translation>Kalender der Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders of the selected day</source>
        <translation>Erinnerungen des gewählten Tages</translation>
    </message>
    <message>
        <source>No reminders yet.

Create one with “New Reminder…”, or schedule a follow-up when you log a call (Ctrl+L). Double-click a day in the calendar to add one for that day.</source>
        <translation>Noch keine Erinnerungen.

Legen Sie eine mit „Neue Erinnerung…“ an oder planen Sie eine Wiedervorlage beim Erfassen eines Anrufs (Strg+L). Ein Doppelklick auf einen Kalendertag legt eine für diesen Tag an.</translation>
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
        <translation>Verschoben; ursprünglich fällig %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Nächster Tag</numerusform>
            <numerusform>Nächste %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in the last %n day(s)</source>
        <translation>
            <numerusform>Erledigt am letzten Tag</numerusform>
            <numerusform>Erledigt in den letzten %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%Ln Erinnerung</numerusform>
            <numerusform>%Ln Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reminder(s)</source>
        <translation>
            <numerusform>%1: %Ln Erinnerung</numerusform>
            <numerusform>%1: %Ln Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder saved.</source>
        <translation>Erinnerung gespeichert.</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow.</source>
        <translation>Bis morgen zurückgestellt.</translation>
    </message>
    <message>
        <source>Delete Reminder</source>
        <translation>Erinnerung löschen</translation>
    </message>
    <message>
        <source>Delete the reminder “%1”?</source>
        <translation>Die Erinnerung „%1“ löschen?</translation>
    </message>
    <message>
        <source>&amp;Snooze Until Tomorrow</source>
        <translation>&amp;Auf morgen verschieben</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportDetailsDialog</name>
    <message>
        <source>Deal</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>The first %L1 of %L2; Enter opens the one chosen.</source>
        <translation>Die ersten %L1 von %L2; Eingabe öffnet den gewählten Eintrag.</translation>
    </message>
    <message>
        <source>Nothing behind this figure.</source>
        <translation>Hinter dieser Zahl steht nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s); Enter opens the one chosen.</source>
        <translation>
            <numerusform>%Ln Eintrag; Eingabe öffnet ihn.</numerusform>
            <numerusform>%Ln Einträge; Eingabe öffnet den gewählten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>Geschäft ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>The first %L1 (there are more); Enter opens the one chosen.</source>
        <translation>Die ersten %L1 (es gibt mehr); Eingabe öffnet den gewählten Eintrag.</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>Kontakt&amp;historie erfassen…</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportView</name>
    <message>
        <source>Double-click a figure, or press Enter, for what lies behind it.</source>
        <translation>Doppelklick auf eine Zahl oder Eingabetaste zeigt, was dahinter steht.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportsPage</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>&amp;Prognose</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabelle als CSV…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Diagramm als PNG…</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save the Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Save the Table</source>
        <translation>Tabelle speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 · printed %4</source>
        <translation>%1 bis %2 · %3 · gedruckt am %4</translation>
    </message>
    <message>
        <source>Kontor reports</source>
        <translation>Kontor-Berichte</translation>
    </message>
    <message>
        <source>Save All Reports as PDF</source>
        <translation>Alle Berichte als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Print Reports</source>
        <translation>Berichte drucken</translation>
    </message>
    <message>
        <source>The reports were sent to the printer.</source>
        <translation>Die Berichte wurden an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>All reports as PDF…</source>
        <translation>Alle Berichte als PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>&amp;Trichter</translation>
    </message>
    <message>
        <source>&amp;Lead sources</source>
        <translation>&amp;Lead-Quellen</translation>
    </message>
    <message>
        <source>L&amp;ifecycle</source>
        <translation>Lebensz&amp;yklus</translation>
    </message>
    <message>
        <source>Only records with</source>
        <translation>Nur Einträge mit</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>%1 (company)</source>
        <comment>a company&apos;s field in the reports&apos; filter</comment>
        <translation>%1 (Firma)</translation>
    </message>
    <message>
        <source>%1 (deal)</source>
        <comment>a deal&apos;s field in the reports&apos; filter</comment>
        <translation>%1 (Geschäft)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: answer</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cus&amp;tomers</source>
        <translation>Ku&amp;nden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>salesperson · the records chosen, as in Territory: DACH</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Narrows every report to the contacts, companies or deals with this answer of a choice field (Settings → Fields), or to a sales territory (Settings → Territories).</source>
        <translation>Beschränkt jeden Bericht auf die Kontakte, Firmen oder Geschäfte mit diesem Auswahlwert eines Auswahlfelds (Einstellungen → Felder) oder auf ein Vertriebsgebiet (Einstellungen → Gebiete).</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>Gebiet: %1</translation>
    </message>
    <message>
        <source>In no territory</source>
        <translation>Ohne Gebiet</translation>
    </message>
</context>
<context>
    <name>kontor::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The database as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Wählen Sie die Kopie, zu der Sie zurückkehren möchten. Die Datenbank, wie sie jetzt ist, wird vorher gesichert; so lässt sich das rückgängig machen, indem Sie diese Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>&amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>There are no backups in “%1” yet.</source>
        <translation>In „%1“ gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Vor einer Zusammenführung</translation>
    </message>
    <message>
        <source>What was done since this copy was made cannot be read from the file as it is.</source>
        <translation>Was seit dieser Kopie getan wurde, lässt sich aus der Datei, wie sie ist, nicht lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln compan(y/ies)</source>
        <translation>
            <numerusform>%Ln Firma</numerusform>
            <numerusform>%Ln Firmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln Geschäft</numerusform>
            <numerusform>%Ln Geschäfte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s), meeting(s) or note(s)</source>
        <translation>
            <numerusform>%Ln Anruf, Termin oder Notiz</numerusform>
            <numerusform>%Ln Anrufe, Termine oder Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln Erinnerung</numerusform>
            <numerusform>%Ln Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added or changed since this copy was made.</source>
        <translation>Seit dieser Kopie wurde nichts hinzugefügt oder geändert.</translation>
    </message>
    <message>
        <source>Going back to this copy loses more than this, added or changed since it was made: %1.</source>
        <translation>Die Rückkehr zu dieser Kopie verliert mehr als das, was seitdem hinzugefügt oder geändert wurde: %1.</translation>
    </message>
    <message>
        <source>Going back to this copy loses what was added or changed since it was made: %1.</source>
        <translation>Die Rückkehr zu dieser Kopie verliert, was seitdem hinzugefügt oder geändert wurde: %1.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ScoreRuleDialog</name>
    <message>
        <source>Add Fit Rule</source>
        <translation>Passungsregel hinzufügen</translation>
    </message>
    <message>
        <source>Fit Rule</source>
        <translation>Passungsregel</translation>
    </message>
    <message>
        <source>Add Engagement Rule</source>
        <translation>Engagement-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Engagement Rule</source>
        <translation>Engagement-Regel</translation>
    </message>
    <message>
        <source>Contacts who meet the condition get the points.</source>
        <translation>Kontakte, die die Bedingung erfüllen, erhalten die Punkte.</translation>
    </message>
    <message>
        <source>Contacts get the points for their interactions of this kind. Archived interactions do not count.</source>
        <translation>Kontakte erhalten die Punkte für ihre Aktivitäten dieser Art. Archivierte Aktivitäten zählen nicht.</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Once, if there was one in the last</source>
        <translation>Einmal, bei mindestens einer in den letzten</translation>
    </message>
    <message>
        <source>For each one, halving every</source>
        <translation>Jede einzeln, halbiert nach je</translation>
    </message>
    <message>
        <source>days</source>
        <comment>after a number: halving every 14 days</comment>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>&amp;Interaction:</source>
        <translation>&amp;Aktivität:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Co&amp;unts:</source>
        <translation>&amp;Zählt:</translation>
    </message>
    <message>
        <source>Negative points take away: a complaint, no way to reach them.</source>
        <translation>Negative Punkte ziehen ab: etwa bei einer Reklamation oder wenn jemand nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Punkte:</translation>
    </message>
    <message>
        <source>What the contact card says, such as “Decision maker”</source>
        <translation>Was die Kontaktkarte anzeigt, etwa „Entscheider“</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an interaction&apos;s kind and outcome: Call (successful)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, each halving every %Ln day(s)</source>
        <translation>
            <numerusform>%1, jede einzeln, halbiert nach je %Ln Tag</numerusform>
            <numerusform>%1, jede einzeln, halbiert nach je %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %Ln day(s)</source>
        <translation>
            <numerusform>%1 innerhalb von %Ln Tag</numerusform>
            <numerusform>%1 in den letzten %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>This rule&apos;s condition, “%1”, cannot be shown here; it stays as it is unless you choose another.</source>
        <translation>Die Bedingung dieser Regel, „%1“, lässt sich hier nicht anzeigen; sie bleibt unverändert, solange Sie keine andere wählen.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ScoringSettingsPage</name>
    <message>
        <source>Each contact scores 0 to 100: the points of the fit rules they meet (who they are) and of the engagement rules their interactions meet (what they did lately). The contact&apos;s card says which rules gave the points.</source>
        <translation>Jeder Kontakt erhält einen Score von 0 bis 100: die Punkte der Passungsregeln, die er erfüllt (wer er ist), und der Engagement-Regeln, die seine Aktivitäten erfüllen (was er zuletzt getan hat). Die Karte des Kontakts nennt die Regeln, die die Punkte gaben.</translation>
    </message>
    <message>
        <source>Lead scoring rules</source>
        <translation>Lead-Scoring-Regeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Counts when</source>
        <translation>Zählt, wenn</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Fit: who they are</source>
        <translation>Passung: wer sie sind</translation>
    </message>
    <message>
        <source>Engagement: what they did lately</source>
        <translation>Engagement: was sie zuletzt getan haben</translation>
    </message>
    <message>
        <source>&amp;Add Fit Rule…</source>
        <translation>Passungsregel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Add Starter Ru&amp;les</source>
        <translation>Starter-Rege&amp;ln hinzufügen</translation>
    </message>
    <message>
        <source>Nine rules to start from: titles of decision makers, a way to reach them, meetings, answered calls, emails and complaints. Change them to suit your business.</source>
        <translation>Neun Regeln für den Anfang: Positionen von Entscheidern, eine Möglichkeit, sie zu erreichen, Termine, angenommene Anrufe, E-Mails und Reklamationen. Passen Sie sie an Ihr Unternehmen an.</translation>
    </message>
    <message>
        <source>Res&amp;core Everyone…</source>
        <translation>Alle &amp;neu bewerten…</translation>
    </message>
    <message>
        <source>Scores are kept up to date as you work and worked out afresh each day; this does it now.</source>
        <translation>Die Scores werden bei der Arbeit laufend aktualisiert und jeden Tag neu berechnet; hiermit geschieht es sofort.</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a lead becomes marketing qualified at score: never</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>A lead becomes marketing &amp;qualified at score:</source>
        <translation>Ein Interessent wird &amp;Marketing-qualifiziert ab Score:</translation>
    </message>
    <message>
        <source>Off: counts nothing until ticked again.</source>
        <translation>Aus: zählt nichts, bis der Haken wieder gesetzt ist.</translation>
    </message>
    <message>
        <source>Working out every contact&apos;s score…</source>
        <translation>Die Scores aller Kontakte werden berechnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopped: the scores are as they were.</source>
        <translation>Abgebrochen: Die Scores sind unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Scores worked out again: %Ln changed.</source>
        <translation>
            <numerusform>Scores neu berechnet: %Ln geändert.</numerusform>
            <numerusform>Scores neu berechnet: %Ln geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Engage&amp;ment Rule…</source>
        <translation>&amp;Engagement-Regel hinzufügen…</translation>
    </message>
    <message>
        <source>Lead Scoring</source>
        <translation>Lead-Scoring</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) score %1 or more already. Make them marketing qualified now?</source>
        <translation>
            <numerusform>%Ln Interessent hat bereits einen Score von %1 oder mehr. Jetzt als Marketing-qualifiziert einstufen?</numerusform>
            <numerusform>%Ln Interessenten haben bereits einen Score von %1 oder mehr. Jetzt als Marketing-qualifiziert einstufen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) made marketing qualified.</source>
        <translation>
            <numerusform>%Ln Interessent als Marketing-qualifiziert eingestuft.</numerusform>
            <numerusform>%Ln Interessenten als Marketing-qualifiziert eingestuft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::SetFieldDialog</name>
    <message>
        <source>Set Field</source>
        <translation>Feld setzen</translation>
    </message>
    <message numerus="yes">
        <source>The value for the %Ln selected contact(s). Left empty, it empties the field.</source>
        <translation>
            <numerusform>Der Wert für %Ln gewählten Kontakt. Bleibt er leer, wird das Feld geleert.</numerusform>
            <numerusform>Der Wert für die %Ln gewählten Kontakte. Bleibt er leer, wird das Feld geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Setzen</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>Fill in %1: it is required.</source>
        <translation>Füllen Sie %1 aus: Es ist ein Pflichtfeld.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SettingsDialog</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;Phasen</translation>
    </message>
    <message>
        <source>Lead &amp;sources</source>
        <translation>Lead-&amp;Quellen</translation>
    </message>
    <message>
        <source>Sales&amp;people</source>
        <translation>&amp;Vertrieb</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Sales stages</source>
        <translation>Verkaufsphasen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Win probability (%)</source>
        <translation>Abschlusswahrscheinlichkeit (%)</translation>
    </message>
    <message>
        <source>Stale after (days)</source>
        <translation>Liegengeblieben nach (Tagen)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>Phase &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Double-click a name or number to change it. The weighted pipeline counts each deal at its stage&apos;s win probability; a deal longer than the stale days in its stage is marked stale (0: never).</source>
        <translation>Doppelklick auf einen Namen oder eine Zahl ändert sie. Die gewichtete Pipeline zählt jedes Geschäft mit der Abschlusswahrscheinlichkeit seiner Phase; ein Geschäft, das länger als die angegebenen Tage in seiner Phase liegt, gilt als liegengeblieben (0: nie).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Name der neuen Phase:</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”. Its deals move to:</source>
        <translation>„%1“ entfernen. Ihre Geschäfte wandern nach:</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Campaigns of the lead source</source>
        <translation>Kampagnen der Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Add S&amp;ource</source>
        <translation>Quelle &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Campaign</source>
        <translation>&amp;Kampagne hinzufügen</translation>
    </message>
    <message>
        <source>Campaigns and what they cost (the reports divide by this spend)</source>
        <translation>Kampagnen und was sie kosten (die Berichte rechnen mit diesen Ausgaben)</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>„%1“ ist kein Betrag in %2.</translation>
    </message>
    <message>
        <source>Add Lead Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Name of the lead source:</source>
        <translation>Name der Quelle:</translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation>Kampagne hinzufügen</translation>
    </message>
    <message>
        <source>Name of the campaign of %1:</source>
        <translation>Name der Kampagne von %1:</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Add &amp;Salesperson</source>
        <translation>&amp;Betreuer hinzufügen</translation>
    </message>
    <message>
        <source>Salespeople own contacts and deals; the filters and reports are per owner. Double-click a name to change it. The first one is the owner of new records.</source>
        <translation>Betreuer sind für Kontakte und Geschäfte zuständig; Filter und Berichte gibt es je Betreuer. Doppelklick auf einen Namen ändert ihn. Der erste ist Betreuer neuer Einträge.</translation>
    </message>
    <message>
        <source>Owner of new records</source>
        <translation>Betreuer neuer Einträge</translation>
    </message>
    <message>
        <source>Add Salesperson</source>
        <translation>Betreuer hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>Schlagwort &amp;entfernen</translation>
    </message>
    <message>
        <source>Double-click a tag to rename it everywhere; renaming it to an existing tag merges the two. Tags are added where contacts are edited.</source>
        <translation>Doppelklick auf ein Schlagwort benennt es überall um; ein Name, den es schon gibt, führt beide zusammen. Schlagwörter werden beim Bearbeiten von Kontakten vergeben.</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Standardwährung</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>Andere Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Standard&amp;währung:</translation>
    </message>
    <message>
        <source>New deals and campaigns start in this currency; amounts keep their own.</source>
        <translation>Neue Geschäfte und Kampagnen beginnen in dieser Währung; Beträge behalten ihre eigene.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <source>No daily backup</source>
        <translation>Keine tägliche Sicherung</translation>
    </message>
    <message>
        <source>A copy a day, and one before each restore; beyond this number the oldest are deleted. With no daily backup, none are deleted.</source>
        <translation>Eine Kopie am Tag und eine vor jeder Wiederherstellung; über diese Zahl hinaus werden die ältesten gelöscht. Ohne tägliche Sicherung wird keine gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>Sicherungen &amp;behalten:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <source>Region of phone numbers without a country code</source>
        <translation>Region von Telefonnummern ohne Landesvorwahl</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a country code are from:</source>
        <translation>&amp;Telefonnummern ohne Landesvorwahl stammen aus:</translation>
    </message>
    <message>
        <source>No tags yet: add them in a contact&apos;s dialog, or to many at once with Change Selected.</source>
        <translation>Noch keine Schlagwörter: Vergeben Sie sie im Kontaktdialog oder mit „Auswahl ändern“ für viele auf einmal.</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <source>Lifec&amp;ycle</source>
        <translation>Lebensz&amp;yklus</translation>
    </message>
    <message>
        <source>Lead sc&amp;oring</source>
        <translation>Lead-S&amp;coring</translation>
    </message>
    <message>
        <source>T&amp;erritories</source>
        <translation>&amp;Gebiete</translation>
    </message>
    <message>
        <source>Assign&amp;ment</source>
        <comment>the Settings tab of the assignment rules</comment>
        <translation>&amp;Zuweisung</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Mark the selected reminder done</source>
        <translation>Gewählte Erinnerung als erledigt markieren</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Snooze the selected reminder until tomorrow 9:00</source>
        <translation>Gewählte Erinnerung auf morgen 9:00 verschieben</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Open the contact, or the deal on the pipeline</source>
        <translation>Kontakt öffnen bzw. Geschäft in der Pipeline zeigen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Gewählten Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Select several contacts</source>
        <translation>Mehrere Kontakte auswählen</translation>
    </message>
    <message>
        <source>Shift+click, Ctrl+click, Ctrl+A</source>
        <translation>Umschalt+Klick, Strg+Klick, Strg+A</translation>
    </message>
    <message>
        <source>Resolve or reopen the selected complaint in the history</source>
        <translation>Gewählte Reklamation im Verlauf erledigen oder wieder öffnen</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Aktivität erfassen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New line in the notes</source>
        <translation>Neue Zeile in den Notizen</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>What lies behind the chosen figure</source>
        <translation>Was hinter der gewählten Zahl steht</translation>
    </message>
    <message>
        <source>Log an interaction with the contact of a row of the details</source>
        <translation>Anruf oder Termin mit der Person einer Zeile der Details erfassen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Strg+L</translation>
    </message>
    <message>
        <source>Find a key or a command</source>
        <translation>Taste oder Befehl suchen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Edit the selected reminder</source>
        <translation>Gewählte Erinnerung bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected reminder</source>
        <translation>Gewählte Erinnerung löschen</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Edit the selected deal</source>
        <translation>Gewähltes Geschäft bearbeiten</translation>
    </message>
    <message>
        <source>Previous or next column</source>
        <translation>Vorige oder nächste Spalte</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <source>Board or list</source>
        <translation>Tafel oder Liste</translation>
    </message>
    <message>
        <source>Alt+B, Alt+I</source>
        <translation>Alt+T, Alt+I</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Open the first match</source>
        <translation>Ersten Treffer öffnen</translation>
    </message>
    <message>
        <source>Move through the matches</source>
        <translation>Durch die Treffer gehen</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Hoch, Runter</translation>
    </message>
    <message>
        <source>Print all reports</source>
        <translation>Alle Berichte drucken</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Strg+P</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TerritoriesSettingsPage</name>
    <message>
        <source>Sales territories</source>
        <translation>Vertriebsgebiete</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Made of</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <source>&amp;Add Territory…</source>
        <translation>Gebiet &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the countries of a territory</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>regions %1</source>
        <translation>Regionen %1</translation>
    </message>
    <message>
        <source>postal codes %1</source>
        <translation>Postleitzahlen %1</translation>
    </message>
    <message>
        <source>nothing yet: it holds nobody</source>
        <translation>noch nichts: umfasst niemanden</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a territory</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>A contact or company is in the first territory, in this order, that holds its address. The Contacts list shows it in its Territory column (right-click the header) and filters by it under More Filters; the Companies page shows it and lists a territory&apos;s companies; scoring rules can ask for it.</source>
        <translation>Ein Kontakt oder eine Firma gehört zum ersten Gebiet in dieser Reihenfolge, das die Adresse umfasst. Die Kontaktliste zeigt es in der Spalte Gebiet (Rechtsklick auf den Spaltenkopf) und filtert unter Weitere Filter danach; die Seite Firmen zeigt es und listet die Firmen eines Gebiets auf; Scoring-Regeln können danach fragen.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TerritoryDialog</name>
    <message>
        <source>Add Territory</source>
        <translation>Gebiet hinzufügen</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>North, Bavaria, DACH…</source>
        <translation>Nord, Bayern, DACH…</translation>
    </message>
    <message>
        <source>Germany, Austria, Switzerland</source>
        <translation>Deutschland, Österreich, Schweiz</translation>
    </message>
    <message>
        <source>Bavaria, Hesse</source>
        <translation>Bayern, Hessen</translation>
    </message>
    <message>
        <source>10, 12, 20000–29999</source>
        <translation>10, 12, 20000–29999</translation>
    </message>
    <message>
        <source>Separate several with commas. A contact or company is in the territory when its country is one of these (or none are given) and its region or postal code is one of these (or none are given). A postal code is a beginning, such as 10, or a range, such as 20000–29999 or 20000..29999. When territories overlap, the first in the list has the address.</source>
        <translation>Mehrere Einträge durch Kommas trennen. Ein Kontakt oder eine Firma gehört zum Gebiet, wenn das Land der Adresse eines dieser Länder ist (oder keine angegeben sind) und die Region oder Postleitzahl eine der hier angegebenen ist (oder keine angegeben sind). Eine Postleitzahl ist ein Anfang, etwa 10, oder ein Bereich, etwa 20000–29999 oder 20000..29999. Überschneiden sich Gebiete, erhält das erste in der Liste die Adresse.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Länder:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;Regionen:</translation>
    </message>
    <message>
        <source>&amp;Postal codes:</source>
        <translation>&amp;Postleitzahlen:</translation>
    </message>
    <message>
        <source>Give countries, regions or postal codes: a territory without any holds nobody.</source>
        <translation>Geben Sie Länder, Regionen oder Postleitzahlen an: Ein Gebiet ohne sie umfasst niemanden.</translation>
    </message>
    <message>
        <source>%1 and %2 have an address in it.</source>
        <comment>contacts and companies</comment>
        <translation>%1 und %2 haben eine Adresse in diesem Gebiet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln Firma</numerusform>
            <numerusform>%Ln Firmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::TimelineModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln Min.</numerusform>
            <numerusform>%Ln Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>Deal created in %1</source>
        <translation>Geschäft in „%1“ angelegt</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Geschäft gewonnen</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Geschäft verloren</translation>
    </message>
    <message>
        <source>Deal moved to %1</source>
        <translation>Geschäft in „%1“ verschoben</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>Erinnerung erledigt</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>Erinnerung fällig</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>an interaction still to come</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>the line between planned and past entries</comment>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TodayPage</name>
    <message>
        <source>Today&apos;s agenda</source>
        <translation>Heutige Agenda</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Nothing is due today.

Log a call or meeting with Ctrl+L and schedule the next step in the same dialog: it will show up here on its day.</source>
        <translation>Heute ist nichts fällig.

Erfassen Sie einen Anruf oder Termin mit Strg+L und planen Sie im selben Dialog den nächsten Schritt: Er erscheint hier an seinem Tag.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the reminder done (D)</source>
        <translation>Erinnerung als erledigt markieren (D)</translation>
    </message>
    <message>
        <source>Ask again tomorrow at 9:00 (S)</source>
        <translation>Morgen um 9:00 wieder erinnern (S)</translation>
    </message>
    <message>
        <source>Show the contact&apos;s card (Enter)</source>
        <translation>Die Kontaktkarte zeigen (Eingabe)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Snoozed; first due %1</source>
        <translation>Verschoben; ursprünglich fällig %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Meetings today and tomorrow</source>
        <translation>Termine heute und morgen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Geburtstage dieser Woche</translation>
    </message>
    <message>
        <source>“%1” snoozed until tomorrow.</source>
        <translation>„%1“ auf morgen verschoben.</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Kontakt droht abzureißen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Liegengebliebene Geschäfte</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%Ln Tag in der Phase</numerusform>
            <numerusform>%Ln Tage in der Phase</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>No move for %n day(s): Enter shows the deal on the pipeline board.</source>
        <translation>
            <numerusform>Seit %Ln Tag unbewegt: Eingabe zeigt das Geschäft auf der Tafel.</numerusform>
            <numerusform>Seit %Ln Tagen unbewegt: Eingabe zeigt das Geschäft auf der Tafel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the deal on the pipeline board (Enter)</source>
        <translation>Das Geschäft auf der Pipeline-Tafel zeigen (Eingabe)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>an item of the day and its contact</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;D&lt;/b&gt; done · &lt;b&gt;S&lt;/b&gt; snooze until tomorrow · &lt;b&gt;Enter&lt;/b&gt; open · &lt;b&gt;Ctrl+L&lt;/b&gt; log a call or meeting · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; fold a section</source>
        <translation>&lt;b&gt;D&lt;/b&gt; erledigt · &lt;b&gt;S&lt;/b&gt; auf morgen verschieben · &lt;b&gt;Eingabe&lt;/b&gt; öffnen · &lt;b&gt;Strg+L&lt;/b&gt; Anruf oder Termin erfassen · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; Abschnitt ein- und ausklappen</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation>
            <numerusform>Alle %Ln anzeigen…</numerusform>
            <numerusform>Alle %Ln anzeigen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter lists every item of the section</source>
        <translation>Mit der Eingabetaste werden alle Einträge des Abschnitts angezeigt</translation>
    </message>
    <message>
        <source>%1 turns %2</source>
        <translation>%1 wird %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — stay in touch every %n day(s)</source>
        <comment>a contact&apos;s name</comment>
        <translation>
            <numerusform>%1 — jeden Tag Kontakt halten</numerusform>
            <numerusform>%1 — alle %Ln Tage Kontakt halten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the first %n…</source>
        <translation>
            <numerusform>Die ersten %Ln anzeigen…</numerusform>
            <numerusform>Die ersten %Ln anzeigen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a meeting&apos;s day (Today, Tomorrow) and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Snooze Until Tomorrow</source>
        <translation>&amp;Auf morgen verschieben</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>Geschäft ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Who to call next</source>
        <translation>Als Nächstes anrufen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2
Enter opens the contact; Ctrl+L logs the call.</source>
        <translation>%1 — %2
Eingabe öffnet den Kontakt; Strg+L erfasst den Anruf.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::UndoHistory</name>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::UserGuideDialog</name>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Kontor User Guide</source>
        <translation>Kontor-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WeeklyReportView</name>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>What the notebook asked each week.</source>
        <translation>Was das Notizbuch jede Woche fragte.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>The week shown.</source>
        <translation>Die gezeigte Woche.</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <source>The week before it.</source>
        <translation>Die Woche davor.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>This week less the week before.</source>
        <translation>Diese Woche weniger die Vorwoche.</translation>
    </message>
    <message>
        <source>Calls held</source>
        <translation>Geführte Anrufe</translation>
    </message>
    <message>
        <source>Calls logged in the week.</source>
        <translation>In der Woche erfasste Anrufe.</translation>
    </message>
    <message>
        <source>… successful</source>
        <translation>… erfolgreich</translation>
    </message>
    <message>
        <source>Calls with the outcome “successful”.</source>
        <translation>Anrufe mit dem Ergebnis „erfolgreich“.</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Stattgefundene Termine</translation>
    </message>
    <message>
        <source>Meetings that took place in the week.</source>
        <translation>Termine, die in der Woche stattfanden.</translation>
    </message>
    <message>
        <source>Meetings with the outcome “successful”.</source>
        <translation>Termine mit dem Ergebnis „erfolgreich“.</translation>
    </message>
    <message>
        <source>Led to another appointment</source>
        <translation>Führten zu einem weiteren Termin</translation>
    </message>
    <message>
        <source>Calls and meetings whose next step booked a meeting.</source>
        <translation>Anrufe und Termine, deren nächster Schritt einen Termin vereinbarte.</translation>
    </message>
    <message>
        <source>Appointments in the next 30 days</source>
        <translation>Termine in den nächsten 30 Tagen</translation>
    </message>
    <message>
        <source>Meetings booked for the 30 days after the week.</source>
        <translation>Termine, vereinbart für die 30 Tage nach der Woche.</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Neue Leads</translation>
    </message>
    <message>
        <source>Contacts created in the week.</source>
        <translation>In der Woche angelegte Kontakte.</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Gewonnene Geschäfte</translation>
    </message>
    <message>
        <source>Deals moved to Won in the week.</source>
        <translation>In der Woche auf „Gewonnen“ gesetzte Geschäfte.</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Verlorene Geschäfte</translation>
    </message>
    <message>
        <source>Deals moved to Lost in the week.</source>
        <translation>In der Woche auf „Verloren“ gesetzte Geschäfte.</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>Gewonnener Umsatz</translation>
    </message>
    <message>
        <source>The amounts of the deals won in the week.</source>
        <translation>Die Beträge der in der Woche gewonnenen Geschäfte.</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>Neue Reklamationen</translation>
    </message>
    <message>
        <source>Complaints logged in the week.</source>
        <translation>In der Woche erfasste Reklamationen.</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>Erledigte Reklamationen</translation>
    </message>
    <message>
        <source>Complaints marked resolved in the week, whenever they were logged.</source>
        <translation>In der Woche als erledigt markierte Reklamationen, wann immer sie erfasst wurden.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>Die letzten 12 Wochen</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;: nothing logged yet. Log calls and meetings with Ctrl+L as they happen.</source>
        <translation>Woche vom &lt;b&gt;%1&lt;/b&gt;: noch nichts erfasst. Erfassen Sie Anrufe und Termine mit Strg+L, sobald sie stattfinden.</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;, compared with the week before.</source>
        <translation>Woche vom &lt;b&gt;%1&lt;/b&gt;, verglichen mit der Vorwoche.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>%1, week of %2</source>
        <translation>%1, Woche vom %2</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;, the period&apos;s last week so far, compared with the week before.</source>
        <translation>Woche vom &lt;b&gt;%1&lt;/b&gt;, die bisher letzte Woche des Zeitraums, verglichen mit der Vorwoche.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WelcomePage</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation>Willkommen bei Kontor</translation>
    </message>
    <message>
        <source>Your clients, what was said and what to do next, in one file on this computer. Two questions, then choose how to begin.</source>
        <translation>Ihre Kunden, was besprochen wurde und was als Nächstes zu tun ist, in einer Datei auf diesem Computer. Zwei Fragen, dann wählen Sie, wie Sie beginnen.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>As your colleagues and reports should show it</source>
        <translation>So, wie Kollegen und Berichte ihn zeigen sollen</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Ihr Land</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Your &amp;country:</source>
        <translation>Ihr &amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Add your first contact</source>
        <translation>Ersten Kontakt &amp;anlegen</translation>
    </message>
    <message>
        <source>A person, with their company, emails and phones (Ctrl+N)</source>
        <translation>Eine Person mit Firma, E-Mails und Telefonnummern (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Contacts from a spreadsheet (CSV), Google Contacts, Outlook or a vCard file</source>
        <translation>Kontakte aus einer Tabelle (CSV), Google Kontakte, Outlook oder einer vCard-Datei</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>De&amp;mo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>5,000 made-up contacts with a year of calls, meetings and deals, in a file of its own: your database stays as it is</source>
        <translation>5.000 erfundene Kontakte mit einem Jahr an Anrufen, Terminen und Geschäften, in einer eigenen Datei: Ihre Datenbank bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>Choose your country. Phone numbers written without a country code, such as 030 1234567, are read as numbers of that country.</source>
        <translation>Wählen Sie Ihr Land. Telefonnummern ohne Landesvorwahl, etwa 030 1234567, werden als Nummern dieses Landes gelesen.</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country; Settings can change it.</source>
        <translation>Telefonnummern ohne Landesvorwahl werden als Nummern dieses Landes gelesen; in den Einstellungen änderbar.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo database</source>
        <translation>Demo-Datenbank</translation>
    </message>
    <message>
        <source>Generating the demo database…</source>
        <translation>Die Demo-Datenbank wird erzeugt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Kontor, an offline CRM.</source>
        <translation>Kontor, ein CRM ohne Internet.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Diese Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open the demo database, generating it on first use.</source>
        <translation>Die Demo-Datenbank öffnen und beim ersten Mal erzeugen.</translation>
    </message>
    <message>
        <source>Contacts in a new demo database.</source>
        <translation>Kontakte in einer neuen Demo-Datenbank.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The language of the interface, e.g. de.</source>
        <translation>Die Sprache der Oberfläche, z. B. en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
</context>
</TS>
