#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills kontor_de.ts with the German translations kept below (and kontor_en.ts with its plural forms) after
`update_translations` added new strings.
Translators may equally use Qt Linguist; this keeps the starter set reproducible."""
import sys
import xml.etree.ElementTree as ET

GERMAN = {
    # Statuses, kinds, outcomes
    "Lead": "Interessent", "Qualified": "Qualifiziert", "Customer": "Kunde", "Inactive": "Inaktiv", "Lost": "Verloren",
    "Call": "Anruf", "Meeting": "Termin", "Email": "E-Mail", "Message": "Nachricht", "Note": "Notiz",
    "Complaint": "Reklamation", "Successful": "Erfolgreich", "Neutral": "Neutral", "Unsuccessful": "Erfolglos",
    "No answer": "Nicht erreicht", "Voicemail": "Mailbox", "Busy": "Besetzt", "Wrong number": "Falsche Nummer",
    # Main window
    "Navigation": "Navigation", "Today": "Heute", "Contacts": "Kontakte", "Companies": "Firmen",
    "Pipeline": "Pipeline", "Reminders": "Erinnerungen", "Reports": "Berichte", "%1 (Ctrl+%2)": "%1 (Strg+%2)",
    "This page is not built yet.": "Diese Seite gibt es noch nicht.",
    "It will list overdue and today's reminders, meetings, birthdays and stale deals. Until then, use Contacts and Ctrl+L to log calls.":
        "Sie wird überfällige und heutige Erinnerungen, Termine, Geburtstage und liegengebliebene Geschäfte zeigen. Bis dahin: Kontakte öffnen und Anrufe mit Strg+L erfassen.",
    "Companies are already kept with every contact: search for a company name on the Contacts page.":
        "Firmen werden schon mit jedem Kontakt gespeichert: Suchen Sie auf der Seite Kontakte nach dem Firmennamen.",
    "Deals and their stage history are stored; the board comes next.":
        "Geschäfte und ihr Phasenverlauf werden gespeichert; die Tafel folgt als Nächstes.",
    "Follow-ups you schedule when logging an interaction are saved and shown on the contact's card.":
        "Wiedervorlagen, die Sie beim Erfassen planen, werden gespeichert und auf der Kontaktkarte gezeigt.",
    "Funnel, lead-source and weekly reports will be computed from the data already recorded.":
        "Trichter-, Quellen- und Wochenberichte werden aus den schon erfassten Daten berechnet.",
    "&File": "&Datei", "&New Database…": "&Neue Datenbank…", "&Open Database…": "Datenbank ö&ffnen…",
    "&Quit": "&Beenden", "&Contact": "&Kontakt", "&New Contact…": "&Neuer Kontakt…",
    "&Edit Contact…": "Kontakt &bearbeiten…", "&Log Interaction…": "Kontakt&historie erfassen…",
    "&Archive or Restore Contact": "Kontakt &archivieren oder wiederherstellen", "&Find…": "&Suchen…",
    "&Go": "&Gehe zu", "&Help": "&Hilfe", "&About Kontor": "&Über Kontor", "%1 — Kontor": "%1 — Kontor",
    "Kontor": "Kontor", "Database: %1": "Datenbank: %1", "No database open": "Keine Datenbank geöffnet",
    "Open Database": "Datenbank öffnen", "New Database": "Neue Datenbank",
    "Kontor databases (*.sqlite *.db);;All files (*)": "Kontor-Datenbanken (*.sqlite *.db);;Alle Dateien (*)",
    "Kontor databases (*.sqlite)": "Kontor-Datenbanken (*.sqlite)",
    "“%1” already exists. Choose a new name, or use Open Database.":
        "„%1“ gibt es schon. Wählen Sie einen neuen Namen oder „Datenbank öffnen“.",
    "About Kontor": "Über Kontor",
    # Contacts page and list
    "Search contacts": "Kontakte suchen",
    "Search names, companies, emails, phones… (Ctrl+F)": "Namen, Firmen, E-Mails, Telefonnummern suchen… (Strg+F)",
    "Status filter": "Statusfilter", "All statuses": "Alle Status", "Archived": "Archiviert",
    "The list can be sorted by name, status, last contact or date added.":
        "Die Liste lässt sich nach Name, Status, letztem Kontakt oder Anlagedatum sortieren.",
    "Contact added.": "Kontakt angelegt.", "Contact saved.": "Kontakt gespeichert.",
    "Restore contact": "Kontakt wiederherstellen", "%1 restored.": "%1 wiederhergestellt.",
    "Archive contact": "Kontakt archivieren", "%1 archived.": "%1 archiviert.",
    "Archive %1? The contact leaves the list and search, keeps its history, and can be restored from the “Archived” filter.":
        "%1 archivieren? Der Kontakt verschwindet aus Liste und Suche, behält seine Historie und lässt sich über den Filter „Archiviert“ wiederherstellen.",
    "Interaction logged and follow-up scheduled.": "Eintrag gespeichert und Wiedervorlage geplant.",
    "Interaction logged.": "Eintrag gespeichert.",
    "This column cannot be sorted.": "Nach dieser Spalte kann nicht sortiert werden.",
    "Name": "Name", "Company": "Firma", "Title": "Position", "Phone": "Telefon", "Status": "Status",
    "Lead source": "Quelle", "Owner": "Betreuer", "Last contact": "Letzter Kontakt", "Added": "Angelegt",
    # Contact card
    "&Edit…": "&Bearbeiten…", "&Log interaction…": "&Erfassen…",
    "Log a call, meeting, email or note (Ctrl+L)": "Anruf, Termin, E-Mail oder Notiz erfassen (Strg+L)",
    "History": "Historie", "Interaction history": "Kontakthistorie",
    "Select a contact to see its details and history.\n\nNo contacts yet? Add one with Ctrl+N, or open the demo database with “kontor --demo”.":
        "Wählen Sie einen Kontakt, um Details und Historie zu sehen.\n\nNoch keine Kontakte? Legen Sie einen mit Strg+N an oder öffnen Sie die Demo-Datenbank mit „kontor --demo“.",
    "Email (%1)": "E-Mail (%1)", "Phone (%1)": "Telefon (%1)", "Birthday": "Geburtstag", "Address": "Adresse",
    "Tags": "Schlagwörter", "Next step": "Nächster Schritt", "Notes": "Notizen", "open": "offen",
    # Contact dialog
    "Edit contact": "Kontakt bearbeiten", "New contact": "Neuer Kontakt", "First name": "Vorname",
    "Last name": "Nachname", "Type to pick or add a company": "Tippen, um eine Firma zu wählen oder anzulegen",
    "Job title": "Position", "name@example.com": "name@example.com", "Second email": "Zweite E-Mail",
    "Mobile": "Mobil", "Not known": "Unbekannt", "Street": "Straße", "Postal code": "PLZ", "City": "Ort",
    "Region": "Region", "Country": "Land", "Unknown": "Unbekannt",
    "Comma-separated, e.g. vip, newsletter": "Durch Kommas getrennt, z. B. vip, newsletter",
    "&Name:": "&Name:", "&Company:": "&Firma:", "&Job title:": "&Position:", "&Email:": "&E-Mail:",
    "&Phone:": "&Telefon:", "&Birthday:": "&Geburtstag:", "&Street:": "&Straße:", "&Place:": "&Ort:",
    "&Region:": "&Region:", "S&tatus:": "S&tatus:", "&Lead source:": "&Quelle:", "&Owner:": "&Betreuer:",
    "T&ags:": "Schlag&wörter:", "N&otes:": "N&otizen:",
    "Enter a first or a last name.": "Geben Sie einen Vor- oder Nachnamen ein.",
    "“%1” does not look like an email address.": "„%1“ sieht nicht wie eine E-Mail-Adresse aus.",
    # Log interaction dialog
    "Log interaction": "Kontakt erfassen", "Contact": "Kontakt",
    "Type a name, company, email or phone": "Name, Firma, E-Mail oder Telefon eingeben", "Kind": "Art",
    "Outcome": "Ergebnis", "When": "Wann", "Duration in minutes": "Dauer in Minuten", " min": " Min.",
    "Subject": "Betreff", "Optional": "Optional",
    "What was said? (Enter saves, Shift+Enter for a new line)":
        "Was wurde besprochen? (Eingabe speichert, Umschalt+Eingabe für neue Zeile)",
    "&Follow up:": "&Wiedervorlage:", "Follow-up time": "Zeitpunkt der Wiedervorlage",
    "Follow-up title": "Titel der Wiedervorlage", "&Contact:": "&Kontakt:", "&Outcome:": "&Ergebnis:",
    "&Kind:": "&Art:", "D&uration:": "D&auer:", "&When:": "&Wann:", "&Subject:": "&Betreff:",
    "&Notes:": "&Notizen:", "Follow up": "Nachfassen", "Follow up with %1": "Bei %1 nachfassen",
    "Choose the contact: type a name and pick it from the list.":
        "Wählen Sie den Kontakt: Namen eingeben und aus der Liste wählen.",
    "Several or no contacts match “%1”: pick one from the list.":
        "Zu „%1“ passen mehrere oder keine Kontakte: Wählen Sie einen aus der Liste.",
    "Give the follow-up a title.": "Geben Sie der Wiedervorlage einen Titel.",
    # Refused databases
    "Kontor cannot open this database": "Kontor kann diese Datenbank nicht öffnen",
    "&Open Another File…": "Andere Datei ö&ffnen…", "&Create New Database…": "Neue Datenbank &anlegen…",
    "“%1” is not a Kontor database: it is not an SQLite database file. It was left unchanged.":
        "„%1“ ist keine Kontor-Datenbank, sondern gar keine SQLite-Datei. Sie wurde nicht verändert.",
    "“%1” is an SQLite database of another program, not a Kontor database. It was left unchanged.":
        "„%1“ ist eine SQLite-Datenbank eines anderen Programms, keine Kontor-Datenbank. Sie wurde nicht verändert.",
    "“%1” was written by a newer version of Kontor (schema %2; this version knows up to %3). Please update Kontor. The file was left unchanged.":
        "„%1“ stammt von einer neueren Kontor-Version (Schema %2; diese Version kennt bis %3). Bitte aktualisieren Sie Kontor. Die Datei wurde nicht verändert.",
    "A contact needs a first or a last name.": "Ein Kontakt braucht einen Vor- oder Nachnamen.",
    "No contacts here yet.\n\nAdd one with Ctrl+N, clear the search or filter, or try the demo database: kontor --demo":
        "Hier gibt es noch keine Kontakte.\n\nLegen Sie einen mit Strg+N an, leeren Sie Suche oder Filter, oder probieren Sie die Demo-Datenbank: kontor --demo",
    "Select a contact to see its details and history.": "Wählen Sie einen Kontakt, um Details und Historie zu sehen.",
    "+44 20 7946 0958": "+49 30 1234567", "—": "—",
    "<h3>Kontor %1</h3><p>An offline CRM for small businesses and salespeople: clients, what was said, and what to do next, in one local file.</p><p>SQLite %2</p>":
        "<h3>Kontor %1</h3><p>Ein CRM ohne Internet für kleine Firmen und den Vertrieb: Kunden, was besprochen wurde und was als Nächstes zu tun ist, in einer einzigen Datei.</p><p>SQLite %2</p>",
    "Demo database": "Demo-Datenbank", "Generating the demo database…": "Die Demo-Datenbank wird erzeugt…",
    "Cancel": "Abbrechen", "Kontor, an offline CRM.": "Kontor, ein CRM ohne Internet.",
    "Open this database file.": "Diese Datenbankdatei öffnen.", "file": "Datei",
    "Open the demo database, generating it on first use.": "Die Demo-Datenbank öffnen und beim ersten Mal erzeugen.",
    "Contacts in a new demo database.": "Kontakte in einer neuen Demo-Datenbank.", "n": "n",
    "The language of the interface, e.g. de.": "Die Sprache der Oberfläche, z. B. en.", "language": "Sprache",
    "Today's agenda": "Heutige Agenda", "What": "Was", "Nothing is due today.\n\nLog a call or meeting with Ctrl+L and schedule the next step in the same dialog: it will show up here on its day.":
        "Heute ist nichts fällig.\n\nErfassen Sie einen Anruf oder Termin mit Strg+L und planen Sie im selben Dialog den nächsten Schritt: Er erscheint hier an seinem Tag.",
    "&Done": "&Erledigt", "Mark the reminder done (D)": "Erinnerung als erledigt markieren (D)",
    "&Snooze until tomorrow": "&Auf morgen verschieben", "Ask again tomorrow at 9:00 (S)": "Morgen um 9:00 wieder erinnern (S)",
    "&Open contact": "Kontakt ö&ffnen", "Show the contact's card (Enter)": "Die Kontaktkarte zeigen (Eingabe)",
    "%1 (%2)": "%1 (%2)", "Snoozed; first due %1": "Verschoben; ursprünglich fällig %1", "Overdue": "Überfällig",
    "Due today": "Heute fällig", "Meetings today and tomorrow": "Termine heute und morgen", "Tomorrow": "Morgen",
    "Birthdays this week": "Geburtstage dieser Woche", "Turns %1": "Wird %1", "“%1” done; next on %2.": "„%1“ erledigt; nächstes Mal am %2.",
    "“%1” done.": "„%1“ erledigt.", "“%1” snoozed until tomorrow.": "„%1“ auf morgen verschoben.", "Today (%1)": "Heute (%1)",
    "demo: the day the demo data is written for (default today).": "demo: der Tag, für den die Demodaten gelten (Standard: heute).",
    "date": "Datum", "--as-of needs a date such as 2026-11-24.": "--as-of braucht ein Datum wie 2026-11-24.",
    "Search everything": "Alles durchsuchen", "Names, companies, emails, phones, notes…": "Namen, Firmen, E-Mails, Telefonnummern, Notizen…",
    "Search results": "Suchergebnisse", "Type to search; Enter opens the highlighted result.": "Tippen zum Suchen; Eingabe öffnet den markierten Treffer.",
    "Notes": "Notizen", "Nothing found for “%1”.": "Nichts gefunden für „%1“.", "&Search Everything…": "&Alles durchsuchen…",
    "Owner filter": "Betreuerfilter", "Lead source filter": "Quellenfilter", "Tag filter": "Schlagwortfilter",
    "Last contact filter": "Filter nach letztem Kontakt", "Any last contact": "Beliebiger letzter Kontakt",
    "All owners": "Alle Betreuer", "All lead sources": "Alle Quellen", "All tags": "Alle Schlagwörter",
    "Losing touch": "Kontakt droht abzureißen", "Never": "Nie", "Stay in touch every": "Kontakt halten alle",
    " days": " Tage", "No reminder": "Keine Erinnerung", "Stay in &touch every:": "Kontakt &halten alle:",
    "Today lists the contact when this many days pass without a call, meeting or note.":
        "„Heute“ zeigt den Kontakt, wenn so viele Tage ohne Anruf, Termin oder Notiz vergehen.",
    "Indexes": "Indizes", "Search index": "Suchindex", "Contacts and their history": "Kontakte und ihre Historie",
    # Pipeline
    "%1 · stale": "%1 · liegt", "%1, %2, %3, %4": "%1, %2, %3, %4", ", stale": ", liegengeblieben",
    ", expected to close %1": ", Abschluss erwartet am %1", "%1 (stale)": "%1 (liegt)", "Deal": "Geschäft",
    "Stage": "Phase", "Amount": "Betrag", "Days in stage": "Tage in der Phase", "Expected close": "Erwarteter Abschluss",
    "Deal Lost": "Geschäft verloren", "Why was “%1” lost?": "Warum ging „%1“ verloren?",
    "Price too high": "Preis zu hoch", "Chose a competitor": "Wettbewerber gewählt", "No budget": "Kein Budget",
    "No decision": "Keine Entscheidung", "Bad timing": "Falscher Zeitpunkt", "Not a fit": "Passt nicht",
    "Pick a reason or type your own": "Grund wählen oder eigenen eingeben",
    "Reason the deal was lost": "Grund für den Verlust", "Mark as lost": "Als verloren markieren",
    "The reason is kept with the deal and counted in the reports.":
        "Der Grund wird beim Geschäft gespeichert und in den Berichten gezählt.",
    "The deal is not among the cards shown: choose “All owners”.":
        "Das Geschäft ist nicht unter den gezeigten Karten: Wählen Sie „Alle Betreuer“.",
    "Show the deals of one salesperson": "Die Geschäfte eines Betreuers zeigen", "&Board": "&Tafel",
    "One column per stage (Alt+B)": "Eine Spalte je Phase (Alt+B)", "L&ist": "L&iste",
    "The same deals as a sortable list (Alt+I)": "Dieselben Geschäfte als sortierbare Liste (Alt+I)",
    "Deals": "Geschäfte",
    "No deals yet.\n\nA deal is what a contact may buy: create one with “New Deal…” (Ctrl+Shift+N) or from the contact's card, then move it through the stages here until it is won or lost.":
        "Noch keine Geschäfte.\n\nEin Geschäft ist, was ein Kontakt kaufen könnte: Legen Sie es mit „Neues Geschäft…“ (Strg+Umschalt+N) oder auf der Kontaktkarte an und bewegen Sie es hier durch die Phasen, bis es gewonnen oder verloren ist.",
    "New &deal…": "Neues &Geschäft…",
    "Something this contact may buy, for the pipeline (Ctrl+Shift+N)": "Etwas, das dieser Kontakt kaufen könnte, für die Pipeline (Strg+Umschalt+N)",
    "Deal saved; it is on the pipeline board.": "Geschäft gespeichert; es steht auf der Pipeline-Tafel.",
    "Edit Deal": "Geschäft bearbeiten", "New Deal": "Neues Geschäft", "What is sold, e.g. 40 office chairs": "Was verkauft wird, z. B. 40 Bürostühle",
    "Currency": "Währung", "%1 (%2 %)": "%1 (%2 %)", "e.g. price too high, chose a competitor": "z. B. Preis zu hoch, Wettbewerber gewählt",
    "Lost &because:": "Verloren &weil:", "Not set": "Nicht gesetzt", "&Title:": "&Titel:", "&Amount:": "&Betrag:",
    "&Stage:": "&Phase:", "&Expected close:": "&Erwarteter Abschluss:", "Give the deal a title.": "Geben Sie dem Geschäft einen Titel.",
    "“%1” is not an amount in %2.": "„%1“ ist kein Betrag in %2.", "Say why the deal was lost.": "Sagen Sie, warum das Geschäft verloren ging.",
    "&Deal": "&Geschäft", "&New Deal…": "&Neues Geschäft…", "New Deal…": "Neues Geschäft…",
    "A new deal in the selected stage (Ctrl+Shift+N)": "Ein neues Geschäft in der gewählten Phase (Strg+Umschalt+N)",
    "&Edit Deal…": "Geschäft &bearbeiten…", "&Open Contact": "Kontakt ö&ffnen", "Move to &Next Stage": "In die &nächste Phase",
    "Move to &Previous Stage": "In die &vorige Phase", "Deal saved.": "Geschäft gespeichert.", "Edit Deal…": "Geschäft bearbeiten…",
    "Title": "Titel", "Unknown": "Unbekannt", "Notes": "Notizen", "&Lead source:": "&Quelle:", "&Owner:": "&Betreuer:",
    "&Notes:": "&Notizen:", "&Contact:": "&Kontakt:",
    "Drag a card to another stage, or select it and press Ctrl+Shift+→ or ←. Enter edits the deal, Ctrl+Enter opens its contact.":
        "Ziehen Sie eine Karte in eine andere Phase oder wählen Sie sie und drücken Strg+Umschalt+→ oder ←. Eingabe bearbeitet das Geschäft, Strg+Eingabe öffnet den Kontakt.",
    "The currency must be a three-letter ISO 4217 code such as EUR.":
        "Die Währung muss ein dreibuchstabiger ISO-4217-Code wie EUR sein.",
    "The amount cannot be negative.": "Der Betrag darf nicht negativ sein.",
    "Drag a card to another stage, or select it and press Ctrl+Shift+→ or ←. Enter opens the contact.":
        "Ziehen Sie eine Karte in eine andere Phase oder wählen Sie sie und drücken Strg+Umschalt+→ oder ←. Eingabe öffnet den Kontakt.",
    "Deals in %1": "Geschäfte in %1", "%1  <span style='font-weight:normal'>%2 %</span>": "%1  <span style='font-weight:normal'>%2 %</span>",
    "weighted %1": "gewichtet %1",
    "Weighted: the amount times the stage's win probability (%1 %). Stale: longer than %2 days in the stage.":
        "Gewichtet: Betrag mal Abschlusswahrscheinlichkeit der Phase (%1 %). Liegengeblieben: länger als %2 Tage in der Phase.",
    "Move Deal": "Geschäft verschieben", "“%1” lost: %2.": "„%1“ verloren: %2.",
    "“%1” moved to %2.": "„%1“ nach %2 verschoben.", "“%1” has no contact.": "„%1“ hat keinen Kontakt.",
    "Open Contact": "Kontakt öffnen", "Move to": "Verschieben nach", "%1+": "%1+",
    "Stale deals": "Liegengebliebene Geschäfte", "%1 (%2, %3)": "%1 (%2, %3)", "&Open deal": "Geschäft ö&ffnen",
    "Show the deal on the pipeline board (Enter)": "Das Geschäft auf der Pipeline-Tafel zeigen (Eingabe)",
    # Reminders
    "New &Reminder…": "Neue &Erinnerung…", "%1 — %2": "%1 — %2", "Reminder: %1": "Erinnerung: %1",
    "Kontor reminder": "Kontor-Erinnerung", "Once": "Einmal", "Every day": "Jeden Tag", "Every week": "Jede Woche",
    "Every month": "Jeden Monat", "Every year": "Jedes Jahr", "Edit Reminder": "Erinnerung bearbeiten",
    "New Reminder": "Neue Erinnerung", "What to do, e.g. Send the offer": "Was zu tun ist, z. B. Angebot schicken",
    "Due": "Fällig", "Repeat": "Wiederholen", "&Due:": "&Fällig:", "&Repeat:": "&Wiederholen:",
    "Say what to do.": "Sagen Sie, was zu tun ist.", "Reminders": "Erinnerungen", "&New Reminder…": "&Neue Erinnerung…",
    "A follow-up, a call to make, anything with a date (Ctrl+Shift+R)":
        "Eine Wiedervorlage, ein Anruf, alles mit einem Datum (Strg+Umschalt+R)",
    "Mark the reminder done; a repeating one moves to its next date (D)":
        "Erinnerung erledigen; eine wiederkehrende springt zum nächsten Termin (D)",
    "Change the reminder (Enter)": "Erinnerung ändern (Eingabe)", "De&lete": "&Löschen",
    "Remove the reminder (Delete)": "Erinnerung entfernen (Entf)", "Repeats": "Wiederholung",
    "Calendar of reminders": "Kalender der Erinnerungen", "Reminders of the selected day": "Erinnerungen des gewählten Tages",
    "No reminders yet.\n\nCreate one with “New Reminder…”, or schedule a follow-up when you log a call (Ctrl+L). Double-click a day in the calendar to add one for that day.":
        "Noch keine Erinnerungen.\n\nLegen Sie eine mit „Neue Erinnerung…“ an oder planen Sie eine Wiedervorlage beim Erfassen eines Anrufs (Strg+L). Ein Doppelklick auf einen Kalendertag legt eine für diesen Tag an.",
    "%1 (%2)": "%1 (%2)", "Reminder saved.": "Erinnerung gespeichert.", "Done; next on %1.": "Erledigt; nächster Termin %1.",
    "Done.": "Erledigt.", "Snoozed until tomorrow.": "Bis morgen zurückgestellt.", "Delete Reminder": "Erinnerung löschen",
    "Delete the reminder “%1”?": "Die Erinnerung „%1“ löschen?", "Reminder deleted.": "Erinnerung gelöscht.",
    # Core messages
    "The deals could not be read: %1": "Die Geschäfte konnten nicht gelesen werden: %1",
    "The pipeline could not be read: %1": "Die Pipeline konnte nicht gelesen werden: %1",
    "The pipeline totals could not be computed: %1": "Die Pipeline-Summen konnten nicht berechnet werden: %1",
    "A reminder needs a title.": "Eine Erinnerung braucht einen Titel.",
    "A reminder needs a due time.": "Eine Erinnerung braucht einen Fälligkeitszeitpunkt.",
    "The reminder could not be saved: %1": "Die Erinnerung konnte nicht gespeichert werden: %1",
    "The reminder could not be read: %1": "Die Erinnerung konnte nicht gelesen werden: %1",
    "There is no reminder with the number %1.": "Es gibt keine Erinnerung mit der Nummer %1.",
    "The reminder is already done.": "Die Erinnerung ist schon erledigt.",
    "The reminder could not be updated: %1": "Die Erinnerung konnte nicht geändert werden: %1",
    "Choose until when to snooze.": "Wählen Sie, bis wann zurückgestellt wird.",
    "The reminder could not be snoozed: %1": "Die Erinnerung konnte nicht zurückgestellt werden: %1",
    "Only an open reminder can be snoozed.": "Nur eine offene Erinnerung lässt sich zurückstellen.",
    "The reminder could not be archived: %1": "Die Erinnerung konnte nicht archiviert werden: %1",
    "The reminders could not be read: %1": "Die Erinnerungen konnten nicht gelesen werden: %1",
    "The settings could not be read: %1": "Die Einstellungen konnten nicht gelesen werden: %1",
    "The setting could not be saved: %1": "Die Einstellung konnte nicht gespeichert werden: %1",
    # Contact card: complaints, deals and reminders in the history
    "Mark &resolved": "Als &erledigt markieren", "The newest open complaint is resolved now": "Die neueste offene Reklamation ist jetzt erledigt",
    "Resolve or Reopen Complaint": "Reklamation erledigen oder wieder öffnen", "Since %1: %2": "Seit %1: %2",
    "resolved %1": "erledigt am %1", "Deal created in %1": "Geschäft angelegt in %1", "Deal won": "Geschäft gewonnen",
    "Deal lost": "Geschäft verloren", "Deal moved to %1": "Geschäft nach %1 verschoben", "Reminder done": "Erinnerung erledigt",
    "Reminder due": "Erinnerung fällig",
    # Log dialog: outcomes and next step
    "Pick an outcome or type your own; Kontor offers it again next time": "Ergebnis wählen oder eigenes eingeben; Kontor bietet es beim nächsten Mal an",
    "Next step": "Nächster Schritt", "No next step": "Kein nächster Schritt", "Follow-up reminder": "Wiedervorlage",
    "Next meeting": "Nächster Termin", "A reminder shows on Today on its day; a meeting is put in the history and on Today":
        "Eine Wiedervorlage erscheint an ihrem Tag unter Heute; ein Termin kommt in die Historie und unter Heute",
    "Ne&xt step:": "Nä&chster Schritt:", "Meeting with %1": "Termin mit %1",
    "Interaction logged and the next meeting scheduled.": "Eintrag gespeichert und nächster Termin geplant.",
    # Companies
    "A company needs a name.": "Eine Firma braucht einen Namen.",
    "A company cannot be a branch of itself or of one of its own branches.": "Eine Firma kann keine Niederlassung von sich selbst oder einer ihrer Niederlassungen sein.",
    "The company could not be saved: %1": "Die Firma konnte nicht gespeichert werden: %1",
    "The company could not be read: %1": "Die Firma konnte nicht gelesen werden: %1",
    "There is no company with the number %1.": "Es gibt keine Firma mit der Nummer %1.",
    "The company could not be archived: %1": "Die Firma konnte nicht archiviert werden: %1",
    "The company is already archived or no longer exists.": "Die Firma ist schon archiviert oder existiert nicht mehr.",
    "The companies could not be read: %1": "Die Firmen konnten nicht gelesen werden: %1",
    "Search companies": "Firmen suchen", "Search companies…": "Firmen suchen…",
    "Companies and their branches": "Firmen und ihre Niederlassungen", "&New Company…": "&Neue Firma…",
    "Add &Branch…": "&Niederlassung hinzufügen…", "&Archive": "&Archivieren", "Include &branches": "Mit &Niederlassungen",
    "People at the company": "Personen der Firma", "Deals of the company": "Geschäfte der Firma",
    "History of the company": "Historie der Firma",
    "No companies yet.\n\nAdd one with “New Company…”, or type a company when you add a contact: it is created with the contact.":
        "Noch keine Firmen.\n\nLegen Sie eine mit „Neue Firma…“ an oder geben Sie beim Anlegen eines Kontakts eine Firma ein: Sie wird mit dem Kontakt angelegt.",
    "Select a company to see its people, deals and history.": "Wählen Sie eine Firma, um ihre Personen, Geschäfte und Historie zu sehen.",
    "Head office": "Hauptsitz", "Branch of %1": "Niederlassung von %1", "Industry": "Branche", "Website": "Website",
    "Address": "Adresse", "People (%1)": "Personen (%1)", "Deals (%1)": "Geschäfte (%1)", "History (%1)": "Historie (%1)",
    "Company added.": "Firma angelegt.", "Branch added.": "Niederlassung angelegt.", "Company saved.": "Firma gespeichert.",
    "Archive Company": "Firma archivieren",
    "Archive %1? It leaves the list and search; its people, deals and history stay.":
        "%1 archivieren? Sie verschwindet aus Liste und Suche; Personen, Geschäfte und Historie bleiben.",
    "Edit Company": "Firma bearbeiten", "New Branch": "Neue Niederlassung", "New Company": "Neue Firma",
    "Empty for a head office; type to pick": "Leer für einen Hauptsitz; zum Auswählen tippen", "example.com": "example.com",
    "Street": "Straße", "Postal code": "Postleitzahl", "City": "Ort", "Country": "Land", "&Head office:": "&Hauptsitz:",
    "&Industry:": "&Branche:", "&Website:": "&Website:", "&Phone, email:": "&Telefon, E-Mail:",
    "Give the company a name.": "Geben Sie der Firma einen Namen.",
    "There is no company called “%1”: pick the head office from the list.": "Es gibt keine Firma „%1“: Wählen Sie den Hauptsitz aus der Liste.",
    "People": "Personen", "Email": "E-Mail", "Kind": "Art",
    # Settings
    "A lead source needs a name.": "Eine Quelle braucht einen Namen.",
    "The lead source could not be saved: %1": "Die Quelle konnte nicht gespeichert werden: %1",
    "A campaign needs a name.": "Eine Kampagne braucht einen Namen.",
    "Choose the lead source of the campaign.": "Wählen Sie die Quelle der Kampagne.",
    "The spend cannot be negative.": "Die Ausgaben dürfen nicht negativ sein.",
    "The campaign cannot end before it starts.": "Die Kampagne kann nicht enden, bevor sie beginnt.",
    "The campaign could not be saved: %1": "Die Kampagne konnte nicht gespeichert werden: %1",
    "A lead source called “%1” already exists.": "Eine Quelle „%1“ gibt es schon.",
    "A stage needs a name.": "Eine Phase braucht einen Namen.",
    "The win probability must be between 0 and 100 percent.": "Die Abschlusswahrscheinlichkeit muss zwischen 0 und 100 Prozent liegen.",
    "The stages could not be read: %1": "Die Phasen konnten nicht gelesen werden: %1",
    "There is no stage with the number %1.": "Es gibt keine Phase mit der Nummer %1.",
    "The stage could not be saved: %1": "Die Phase konnte nicht gespeichert werden: %1",
    "The stages could not be reordered: %1": "Die Phasen konnten nicht umsortiert werden: %1",
    "Choose another stage for the deals of “%1”.": "Wählen Sie eine andere Phase für die Geschäfte von „%1“.",
    "“%1” is the only stage for deals that are %2: the pipeline needs it.": "„%1“ ist die einzige Phase für %2 Geschäfte: Die Pipeline braucht sie.",
    "won": "gewonnene", "lost": "verlorene",
    "The stage could not be removed: %1": "Die Phase konnte nicht entfernt werden: %1",
    "A tag needs a name.": "Ein Schlagwort braucht einen Namen.", "There is no tag “%1”.": "Es gibt kein Schlagwort „%1“.",
    "The tag could not be renamed: %1": "Das Schlagwort konnte nicht umbenannt werden: %1",
    "The tag could not be removed: %1": "Das Schlagwort konnte nicht entfernt werden: %1",
    "&Settings…": "&Einstellungen…", "Open": "Offen", "Won": "Gewonnen", "Settings": "Einstellungen",
    "&Stages": "&Phasen", "Lead &sources": "&Quellen", "Sales&people": "&Vertrieb", "&Tags": "&Schlagwörter",
    "&General": "&Allgemein", "Sales stages": "Verkaufsphasen", "Win probability (%)": "Abschlusswahrscheinlichkeit (%)",
    "Stale after (days)": "Liegt nach (Tagen)", "&Add Stage": "Phase &hinzufügen", "&Remove…": "&Entfernen…",
    "Move &Up": "Nach &oben", "Move &Down": "Nach &unten",
    "Double-click a name or number to change it. The weighted pipeline counts each deal at its stage's win probability; a deal longer than the stale days in its stage is marked stale (0: never).":
        "Doppelklick auf einen Namen oder eine Zahl ändert sie. Die gewichtete Pipeline zählt jedes Geschäft mit der Abschlusswahrscheinlichkeit seiner Phase; ein Geschäft, das länger als die angegebenen Tage in seiner Phase liegt, gilt als liegengeblieben (0: nie).",
    "—": "—", "Add Stage": "Phase hinzufügen", "Name of the new stage:": "Name der neuen Phase:",
    "Remove Stage": "Phase entfernen", "Remove “%1”. Its deals move to:": "„%1“ entfernen. Ihre Geschäfte wandern nach:",
    "Lead sources": "Quellen", "Campaigns of the lead source": "Kampagnen der Quelle", "Campaign": "Kampagne",
    "Starts": "Beginn", "Ends": "Ende", "Spend": "Ausgaben", "Add S&ource": "&Quelle hinzufügen",
    "Add &Campaign": "&Kampagne hinzufügen",
    "Campaigns and what they cost (the reports divide by this spend)": "Kampagnen und was sie kosten (die Berichte rechnen mit diesen Ausgaben)",
    "Add Lead Source": "Quelle hinzufügen", "Name of the lead source:": "Name der Quelle:", "Add Campaign": "Kampagne hinzufügen",
    "Name of the campaign of %1:": "Name der Kampagne von %1:", "Salespeople": "Vertrieb",
    "Add &Salesperson": "&Betreuer hinzufügen",
    "Salespeople own contacts and deals; the filters and reports are per owner. Double-click a name to change it. The first one is the owner of new records.":
        "Betreuer sind für Kontakte und Geschäfte zuständig; Filter und Berichte gibt es je Betreuer. Doppelklick auf einen Namen ändert ihn. Der erste ist Betreuer neuer Einträge.",
    "Owner of new records": "Betreuer neuer Einträge", "Add Salesperson": "Betreuer hinzufügen", "Name:": "Name:",
    "Tags": "Schlagwörter", "&Remove Tag": "Schlagwort &entfernen",
    "Double-click a tag to rename it everywhere; renaming it to an existing tag merges the two. Tags are added where contacts are edited.":
        "Doppelklick auf ein Schlagwort benennt es überall um; ein Name, den es schon gibt, führt beide zusammen. Schlagwörter werden beim Bearbeiten von Kontakten vergeben.",
    "Default currency": "Standardwährung", "&Open Another Database…": "Andere Datenbank ö&ffnen…",
    "Default &currency:": "Standard&währung:",
    "New deals and campaigns start in this currency; amounts keep their own.": "Neue Geschäfte und Kampagnen beginnen in dieser Währung; Beträge behalten ihre eigene.",
    "Database file:": "Datenbankdatei:",
    # Archive, change history, undo
    "The archive could not be read: %1": "Das Archiv konnte nicht gelesen werden: %1",
    "The record could not be restored: %1": "Der Eintrag konnte nicht wiederhergestellt werden: %1",
    "The record is not in the archive any more.": "Der Eintrag ist nicht mehr im Archiv.",
    "Stay in touch every (days)": "Kontakt halten alle (Tage)", "Size": "Größe", "Territory": "Gebiet",
    "Closed": "Abgeschlossen", "Lost because": "Verloren weil", "Snoozed until": "Zurückgestellt bis", "Done": "Erledigt",
    "Direction": "Richtung", "Duration (seconds)": "Dauer (Sekunden)", "Resolved": "Erledigt",
    "The change history could not be read: %1": "Die Änderungshistorie konnte nicht gelesen werden: %1",
    "Undo could not be set up: %1": "Rückgängig konnte nicht eingerichtet werden: %1",
    "Undo is not available for this database.": "Rückgängig ist für diese Datenbank nicht verfügbar.",
    "“%1” cannot be undone: the records changed since. %2": "„%1“ lässt sich nicht rückgängig machen: Die Einträge haben sich seitdem geändert. %2",
    "Archive": "Archiv", "What to show": "Was gezeigt wird", "Search the archive": "Archiv durchsuchen",
    "Part of a name or title": "Teil eines Namens oder Titels", "Archived records": "Archivierte Einträge",
    "Details": "Details", "&Restore": "&Wiederherstellen", "Back into lists, search and totals (Enter)": "Zurück in Listen, Suche und Summen (Eingabe)",
    "&Changes…": "Ä&nderungen…", "&Show:": "&Zeigen:", "(empty)": "(leer)", "Created": "Angelegt", "Deleted": "Gelöscht",
    "Restored from the archive": "Aus dem Archiv wiederhergestellt", "%1: %2 → %3": "%1: %2 → %3",
    "Changes to %1": "Änderungen an %1", "Changes": "Änderungen", "Who": "Wer", "What changed": "Was sich geändert hat",
    "No changes recorded. Changes are recorded from schema 4 on; records of the demo data start without any.":
        "Keine Änderungen verzeichnet. Änderungen werden ab Schema 4 verzeichnet; Einträge der Demodaten beginnen ohne.",
    "Emails, phones and tags are not in this history yet.": "E-Mails, Telefonnummern und Schlagwörter stehen noch nicht in dieser Historie.",
    "C&hanges…": "Ä&nderungen…", "What was changed in this contact, when and by whom": "Was an diesem Kontakt geändert wurde, wann und von wem",
    "Complaint resolved.": "Reklamation erledigt.", "Complaint open again.": "Reklamation wieder offen.",
    "&Archive…": "&Archiv…", "&Edit": "&Bearbeiten", "&Undo": "&Rückgängig", "&Redo": "&Wiederholen",
    "No database is open.": "Keine Datenbank geöffnet.", "Undo": "Rückgängig",
    "Done again or taken back: %1": "Wiederholt oder zurückgenommen: %1", "Change in Settings": "Änderung in den Einstellungen",
    "&Archive Deal…": "Geschäft &archivieren…", "Archive Deal": "Geschäft archivieren",
    "Archive “%1”? It leaves the board and the totals; File → Archive brings it back.":
        "„%1“ archivieren? Es verschwindet von der Tafel und aus den Summen; Datei → Archiv holt es zurück.",
    "“%1” archived.": "„%1“ archiviert.",
    # Core messages
    "The meetings could not be read: %1": "Die Termine konnten nicht gelesen werden: %1",
    "The contacts could not be read: %1": "Die Kontakte konnten nicht gelesen werden: %1",
    "The birthdays could not be read: %1": "Die Geburtstage konnten nicht gelesen werden: %1",
    "The contact could not be saved: %1": "Der Kontakt konnte nicht gespeichert werden: %1",
    "The contact has not been saved yet.": "Der Kontakt ist noch nicht gespeichert.",
    "The contact no longer exists.": "Den Kontakt gibt es nicht mehr.",
    "The contact's email could not be saved: %1": "Die E-Mail des Kontakts konnte nicht gespeichert werden: %1",
    "The contact's phone could not be saved: %1": "Die Telefonnummer des Kontakts konnte nicht gespeichert werden: %1",
    "The contact could not be read: %1": "Der Kontakt konnte nicht gelesen werden: %1",
    "There is no contact with the number %1.": "Es gibt keinen Kontakt mit der Nummer %1.",
    "The contact could not be archived: %1": "Der Kontakt konnte nicht archiviert werden: %1",
    "The contact is already archived or no longer exists.": "Der Kontakt ist schon archiviert oder existiert nicht mehr.",
    "The contact could not be restored: %1": "Der Kontakt konnte nicht wiederhergestellt werden: %1",
    "The contact is not archived.": "Der Kontakt ist nicht archiviert.",
    "The contacts could not be counted: %1": "Die Kontakte konnten nicht gezählt werden: %1",
    "A deal needs a title.": "Ein Geschäft braucht einen Titel.", "Choose the stage the deal is in.": "Wählen Sie die Phase des Geschäfts.",
    "The deal could not be saved: %1": "Das Geschäft konnte nicht gespeichert werden: %1",
    "There is no deal with the number %1.": "Es gibt kein Geschäft mit der Nummer %1.",
    "The deal could not be read: %1": "Das Geschäft konnte nicht gelesen werden: %1",
    "The deal could not be archived: %1": "Das Geschäft konnte nicht archiviert werden: %1",
    "The deal is already archived or no longer exists.": "Das Geschäft ist schon archiviert oder existiert nicht mehr.",
    "The deal could not be moved: %1": "Das Geschäft konnte nicht verschoben werden: %1",
    "Choose the contact this interaction was with.": "Wählen Sie den Kontakt dieses Eintrags.",
    "Choose what kind of interaction it was.": "Wählen Sie die Art des Eintrags.",
    "Enter when the interaction took place.": "Geben Sie an, wann es stattfand.",
    "The duration cannot be negative.": "Die Dauer darf nicht negativ sein.",
    "The interaction could not be saved: %1": "Der Eintrag konnte nicht gespeichert werden: %1",
    "The interaction could not be read: %1": "Der Eintrag konnte nicht gelesen werden: %1",
    "There is no interaction with the number %1.": "Es gibt keinen Eintrag mit der Nummer %1.",
    "The interaction could not be archived: %1": "Der Eintrag konnte nicht archiviert werden: %1",
    "The complaint could not be updated: %1": "Die Reklamation konnte nicht geändert werden: %1",
    "Search failed: %1": "Die Suche ist fehlgeschlagen: %1",
    "Could not start a transaction: %1": "Die Transaktion konnte nicht beginnen: %1",
    "The transaction is not active.": "Die Transaktion ist nicht aktiv.", "Could not save the changes: %1": "Die Änderungen konnten nicht gespeichert werden: %1",
    "The database has no users.": "Die Datenbank hat keine Benutzer.", "A user needs a name.": "Ein Benutzer braucht einen Namen.",
    "The user could not be saved: %1": "Der Benutzer konnte nicht gespeichert werden: %1",
    "The user could not be renamed: %1": "Der Benutzer konnte nicht umbenannt werden: %1",
    # Contacts: columns and bulk changes
    "Columns": "Spalten", "Change Selected": "Auswahl ändern",
    "Owner, status, a tag or archiving for all selected contacts at once (select with Shift or Ctrl)":
        "Betreuer, Status, ein Schlagwort oder Archivieren für alle gewählten Kontakte auf einmal (Auswahl mit Umschalt oder Strg)",
    "Set &Owner…": "&Betreuer setzen…", "Set &Status…": "&Status setzen…", "Add &Tag…": "&Schlagwort hinzufügen…",
    "Select at most %L1 contacts for one change; filters narrow the list.": "Wählen Sie höchstens %L1 Kontakte für eine Änderung; Filter verkleinern die Liste.",
    "Set Owner": "Betreuer setzen", "Set Status": "Status setzen", "Add Tag": "Schlagwort hinzufügen",
    "Archive contacts": "Kontakte archivieren", "%L1+ contacts, counting…": "%L1+ Kontakte, wird gezählt…",
}

ENGLISH_PLURALS = {
    "%1 · %Ln selected": ["%1 · %Ln selected", "%1 · %Ln selected"],
    "Owner of the %Ln selected contact(s):": ["Owner of the selected contact:", "Owner of the %Ln selected contacts:"],
    "Status of the %Ln selected contact(s):": ["Status of the selected contact:", "Status of the %Ln selected contacts:"],
    "Tag for the %Ln selected contact(s):": ["Tag for the selected contact:", "Tag for the %Ln selected contacts:"],
    "Archive the %Ln selected contact(s)? They leave the list and search and keep their history; File → Archive brings them back.": ["Archive the selected contact? It leaves the list and search and keeps its history; File → Archive brings it back.", "Archive the %Ln selected contacts? They leave the list and search and keep their history; File → Archive brings them back."],
    "Owner “%1” set for %n contact(s).": ["Owner “%1” set for %n contact.", "Owner “%1” set for %n contacts."],
    "Status “%1” set for %n contact(s).": ["Status “%1” set for %n contact.", "Status “%1” set for %n contacts."],
    "Tag “%1” added to %n contact(s).": ["Tag “%1” added to %n contact.", "Tag “%1” added to %n contacts."],
    "%n contact(s) archived.": ["%n contact archived.", "%n contacts archived."],
    "<b>%n open complaint(s)</b>": ["<b>%n open complaint</b>", "<b>%n open complaints</b>"],
    "%n reminder(s) are due.": ["%n reminder is due.", "%n reminders are due."],
    "Next %n day(s)": ["Next day", "Next %n days"],
    "Done in the last %n day(s)": ["Done in the last day", "Done in the last %n days"],
    "%n reminder(s)": ["%n reminder", "%n reminders"],
    "%1: %n reminder(s)": ["%1: %n reminder", "%1: %n reminders"],
    "The pipeline totals (deal_totals) differ from the deals in %n row(s).": ["The pipeline totals (deal_totals) differ from the deals in %n row.", "The pipeline totals (deal_totals) differ from the deals in %n rows."],
    "%n day(s)": ["%n day", "%n days"],
    "%n day(s) in stage": ["%n day in stage", "%n days in stage"],
    "<b>%n deal(s)</b>": ["<b>%n deal</b>", "<b>%n deals</b>"],
    "closed in the last %n day(s)": ["closed in the last day", "closed in the last %n days"],
    "%n stale": ["%n stale", "%n stale"],
    "showing the first %n": ["showing the first %n", "showing the first %n"],
    "Deals that reached “%1” in the last %n day(s).": ["Deals that reached “%1” in the last day.", "Deals that reached “%1” in the last %n days."],
    "%n open deal(s)": ["%n open deal", "%n open deals"],
    "%n open deal(s), weighted %1": ["%n open deal, weighted %1", "%n open deals, weighted %1"],
    "No move for %n day(s): Enter shows the deal on the pipeline board.": ["No move for %n day: Enter shows the deal on the pipeline board.", "No move for %n days: Enter shows the deal on the pipeline board."],
    "%n day(s) ago": ["%n day ago", "%n days ago"],
    "Stay in touch every %n day(s)": ["Stay in touch every day", "Stay in touch every %n days"],
    "No contact for %n day(s)": ["No contact for %n day", "No contact for %n days"],
    "No contact for %n day(s)": ["Seit %n Tag ohne Kontakt", "Seit %n Tagen ohne Kontakt"],
    "%Ln result(s); Enter opens the highlighted one.": ["%Ln result; Enter opens it.",
                                                        "%Ln results; Enter opens the highlighted one."],
    "%Ln contact(s)": ["%Ln contact", "%Ln contacts"],
    "%n min": ["%n min", "%n min"],
}

PLURALS = {
    "%1 · %Ln selected": ["%1 · %Ln gewählt", "%1 · %Ln gewählt"],
    "Owner of the %Ln selected contact(s):": ["Betreuer des gewählten Kontakts:", "Betreuer der %Ln gewählten Kontakte:"],
    "Status of the %Ln selected contact(s):": ["Status des gewählten Kontakts:", "Status der %Ln gewählten Kontakte:"],
    "Tag for the %Ln selected contact(s):": ["Schlagwort für den gewählten Kontakt:", "Schlagwort für die %Ln gewählten Kontakte:"],
    "Archive the %Ln selected contact(s)? They leave the list and search and keep their history; File → Archive brings them back.": ["Den gewählten Kontakt archivieren? Er verschwindet aus Liste und Suche und behält seine Historie; Datei → Archiv holt ihn zurück.", "Die %Ln gewählten Kontakte archivieren? Sie verschwinden aus Liste und Suche und behalten ihre Historie; Datei → Archiv holt sie zurück."],
    "Owner “%1” set for %n contact(s).": ["Betreuer „%1“ für %n Kontakt gesetzt.", "Betreuer „%1“ für %n Kontakte gesetzt."],
    "Status “%1” set for %n contact(s).": ["Status „%1“ für %n Kontakt gesetzt.", "Status „%1“ für %n Kontakte gesetzt."],
    "Tag “%1” added to %n contact(s).": ["Schlagwort „%1“ für %n Kontakt hinzugefügt.", "Schlagwort „%1“ für %n Kontakte hinzugefügt."],
    "%n contact(s) archived.": ["%n Kontakt archiviert.", "%n Kontakte archiviert."],
    "<b>%n open complaint(s)</b>": ["<b>%n offene Reklamation</b>", "<b>%n offene Reklamationen</b>"],
    "%n reminder(s) are due.": ["%n Erinnerung ist fällig.", "%n Erinnerungen sind fällig."],
    "Next %n day(s)": ["Nächster Tag", "Nächste %n Tage"],
    "Done in the last %n day(s)": ["Erledigt am letzten Tag", "Erledigt in den letzten %n Tagen"],
    "%n reminder(s)": ["%n Erinnerung", "%n Erinnerungen"],
    "%1: %n reminder(s)": ["%1: %n Erinnerung", "%1: %n Erinnerungen"],
    "The pipeline totals (deal_totals) differ from the deals in %n row(s).": ["Die Pipeline-Summen (deal_totals) weichen in %n Zeile von den Geschäften ab.", "Die Pipeline-Summen (deal_totals) weichen in %n Zeilen von den Geschäften ab."],
    "%n day(s)": ["%n Tag", "%n Tage"],
    "%n day(s) in stage": ["%n Tag in der Phase", "%n Tage in der Phase"],
    "<b>%n deal(s)</b>": ["<b>%n Geschäft</b>", "<b>%n Geschäfte</b>"],
    "closed in the last %n day(s)": ["abgeschlossen am letzten Tag", "abgeschlossen in den letzten %n Tagen"],
    "%n stale": ["%n liegengeblieben", "%n liegengeblieben"],
    "showing the first %n": ["die ersten %n gezeigt", "die ersten %n gezeigt"],
    "Deals that reached “%1” in the last %n day(s).": ["Geschäfte, die am letzten Tag „%1“ erreichten.", "Geschäfte, die in den letzten %n Tagen „%1“ erreichten."],
    "%n open deal(s)": ["%n offenes Geschäft", "%n offene Geschäfte"],
    "%n open deal(s), weighted %1": ["%n offenes Geschäft, gewichtet %1", "%n offene Geschäfte, gewichtet %1"],
    "No move for %n day(s): Enter shows the deal on the pipeline board.": ["Seit %n Tag unbewegt: Eingabe zeigt das Geschäft auf der Tafel.", "Seit %n Tagen unbewegt: Eingabe zeigt das Geschäft auf der Tafel."],
    "%n day(s) ago": ["vor %n Tag", "vor %n Tagen"],
    "Stay in touch every %n day(s)": ["Täglich Kontakt halten", "Alle %n Tage Kontakt halten"],
    "No contact for %n day(s)": ["Seit %n Tag ohne Kontakt", "Seit %n Tagen ohne Kontakt"],
    "%Ln result(s); Enter opens the highlighted one.": ["%Ln Treffer; Eingabe öffnet ihn.",
                                                        "%Ln Treffer; Eingabe öffnet den markierten."],
    "%Ln contact(s)": ["%Ln Kontakt", "%Ln Kontakte"],
    "%n min": ["%n Min.", "%n Min."],
}


def main(path):
    english = path.endswith("_en.ts")
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        plurals = ENGLISH_PLURALS if english else PLURALS
        if message.get("numerus") == "yes" and source in plurals:
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in plurals[source]:
                ET.SubElement(translation, "numerusform").text = form
            translation.attrib.pop("type", None)
            filled += 1
        elif not english and source in GERMAN:
            translation.text = GERMAN[source]
            translation.attrib.pop("type", None)
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{filled} messages translated")


if __name__ == "__main__":
    main(sys.argv[1])
