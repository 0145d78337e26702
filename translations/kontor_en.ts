<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ContactActions</name>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>Archive %n contact</numerusform>
            <numerusform>Archive %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the status of %n contact(s)</source>
        <translation>
            <numerusform>Set the status of %n contact</numerusform>
            <numerusform>Set the status of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the owner of %n contact(s)</source>
        <translation>
            <numerusform>Set the owner of %n contact</numerusform>
            <numerusform>Set the owner of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation>
            <numerusform>Tag %n contact</numerusform>
            <numerusform>Tag %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataHealth</name>
    <message numerus="yes">
        <source>No contact for %n month(s)</source>
        <translation>
            <numerusform>No contact for %n month</numerusform>
            <numerusform>No contact for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n phone number(s) saved before</source>
        <translation>
            <numerusform>Checking %n phone number saved before</numerusform>
            <numerusform>Checking %n phone numbers saved before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>The pipeline totals (deal_totals) differ from the deals in %n row(s).</source>
        <translation>
            <numerusform>The pipeline totals (deal_totals) differ from the deals in %n row.</numerusform>
            <numerusform>The pipeline totals (deal_totals) differ from the deals in %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report summaries differ from the rows they sum up in %n row(s).</source>
        <translation>
            <numerusform>The report summaries differ from the rows they sum up in %n row.</numerusform>
            <numerusform>The report summaries differ from the rows they sum up in %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ActivityReportView</name>
    <message numerus="yes">
        <source>%n salesperson(s) active in the period.</source>
        <translation>
            <numerusform>%n salesperson active in the period.</numerusform>
            <numerusform>%n salespeople active in the period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactCard</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n open complaint(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n open complaint&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n open complaints&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactFilterBar</name>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactsPage</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · %Ln selected</numerusform>
            <numerusform>%1 · %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Owner of the selected contact:</numerusform>
            <numerusform>Owner of the %Ln selected contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Status of the selected contact:</numerusform>
            <numerusform>Status of the %Ln selected contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Tag for the selected contact:</numerusform>
            <numerusform>Tag for the %Ln selected contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive the %Ln selected contact(s)? They leave the list and search and keep their history; File → Archive brings them back.</source>
        <translation>
            <numerusform>Archive the selected contact? It leaves the list and search and keeps its history; File → Archive brings it back.</numerusform>
            <numerusform>Archive the %Ln selected contacts? They leave the list and search and keep their history; File → Archive brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner “%1” set for %n contact(s).</source>
        <translation>
            <numerusform>Owner “%1” set for %n contact.</numerusform>
            <numerusform>Owner “%1” set for %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status “%1” set for %n contact(s).</source>
        <translation>
            <numerusform>Status “%1” set for %n contact.</numerusform>
            <numerusform>Status “%1” set for %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” added to %n contact(s).</source>
        <translation>
            <numerusform>Tag “%1” added to %n contact.</numerusform>
            <numerusform>Tag “%1” added to %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) archived.</source>
        <translation>
            <numerusform>%n contact archived.</numerusform>
            <numerusform>%n contacts archived.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealCardModel</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in the stage, on a narrow card</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s).</source>
        <translation>
            <numerusform>%n pair.</numerusform>
            <numerusform>%n pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n pair(s) left.</source>
        <translation>
            <numerusform>Merged. %n pair left.</numerusform>
            <numerusform>Merged. %n pairs left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ForecastReportView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; open deal(s) are past their expected close date.</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; open deal is past its expected close date.</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; open deals are past their expected close date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::GlobalSearchDialog</name>
    <message numerus="yes">
        <source>%Ln result(s); Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%Ln result; Enter opens it.</numerusform>
            <numerusform>%Ln results; Enter opens the highlighted one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportHistoryDialog</name>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>Undo the import of “%1”? The contact it created is removed and those it changed are put back as they were.</numerusform>
            <numerusform>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportSummaryPage</name>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>Undo the import of “%1”? The contact it created is removed and those it changed are put back as they were.</numerusform>
            <numerusform>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n records it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>Undo the import of “%1”? The record it created is removed and those it changed are put back as they were.</numerusform>
            <numerusform>Undo the import of “%1”? The %n records it created are removed and those it changed are put back as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportWizard</name>
    <message numerus="yes">
        <source>A vCard address book with %n contacts.</source>
        <translation>
            <numerusform>A vCard address book with %n contact.</numerusform>
            <numerusform>A vCard address book with %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, fields separated by: %2. %n columns.</source>
        <translation>
            <numerusform>%1, fields separated by: %2. %n column.</numerusform>
            <numerusform>%1, fields separated by: %2. %n columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n reminder(s) are due.</source>
        <translation>
            <numerusform>%n reminder is due.</numerusform>
            <numerusform>%n reminders are due.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelineColumnWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n deal(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n deal&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n deals&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed in the last %n day(s)</source>
        <translation>
            <numerusform>closed in the last day</numerusform>
            <numerusform>closed in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n stale</numerusform>
            <numerusform>%n stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation>
            <numerusform>showing the first %n</numerusform>
            <numerusform>showing the first %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deals that reached “%1” in the last %n day(s).</source>
        <translation>
            <numerusform>Deals that reached “%1” in the last day.</numerusform>
            <numerusform>Deals that reached “%1” in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n deal(s)</source>
        <translation>
            <numerusform>%1 · %n deal</numerusform>
            <numerusform>%1 · %n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelinePage</name>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted %1</source>
        <translation>
            <numerusform>%n open deal, weighted %1</numerusform>
            <numerusform>%n open deals, weighted %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::RemindersPage</name>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in the last %n day(s)</source>
        <translation>
            <numerusform>Done in the last day</numerusform>
            <numerusform>Done in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reminder(s)</source>
        <translation>
            <numerusform>%1: %n reminder</numerusform>
            <numerusform>%1: %n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportDetailsDialog</name>
    <message numerus="yes">
        <source>%Ln item(s); Enter opens the one chosen.</source>
        <translation>
            <numerusform>%Ln item; Enter opens it.</numerusform>
            <numerusform>%Ln items; Enter opens the one chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::TimelineModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::TodayPage</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No move for %n day(s): Enter shows the deal on the pipeline board.</source>
        <translation>
            <numerusform>No move for %n day: Enter shows the deal on the pipeline board.</numerusform>
            <numerusform>No move for %n days: Enter shows the deal on the pipeline board.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation>
            <numerusform>Show all %n…</numerusform>
            <numerusform>Show all %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — stay in touch every %n day(s)</source>
        <comment>a contact&apos;s name</comment>
        <translation>
            <numerusform>%1 — stay in touch every day</numerusform>
            <numerusform>%1 — stay in touch every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the first %n…</source>
        <translation>
            <numerusform>Show the first %n…</numerusform>
            <numerusform>Show the first %n…</numerusform>
        </translation>
    </message>
</context>
</TS>
