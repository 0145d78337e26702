<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssignActions</name>
    <message numerus="yes">
        <source>Assign %n contact(s) by the rules</source>
        <translation>
            <numerusform>Assign %Ln contact by the rules</numerusform>
            <numerusform>Assign %Ln contacts by the rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignText</name>
    <message numerus="yes">
        <source>%Ln contact(s) would change owner.</source>
        <translation>
            <numerusform>%Ln contact would change owner.</numerusform>
            <numerusform>%Ln contacts would change owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed owner.</source>
        <translation>
            <numerusform>%Ln contact changed owner.</numerusform>
            <numerusform>%Ln contacts changed owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) looked at.</source>
        <translation>
            <numerusform>%Ln contact looked at.</numerusform>
            <numerusform>%Ln contacts looked at.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallNext</name>
    <message numerus="yes">
        <source>%Ln order(s), the last on %1</source>
        <translation>
            <numerusform>%Ln order, the last on %1</numerusform>
            <numerusform>%Ln orders, the last on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %Ln day(s)</source>
        <translation>
            <numerusform>no contact for %Ln day</numerusform>
            <numerusform>no contact for %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1: %Ln row(s); damaged stretches skipped: %2</source>
        <translation>
            <numerusform>%1: %Ln row; damaged stretches skipped: %2</numerusform>
            <numerusform>%1: %Ln rows; damaged stretches skipped: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln row</numerusform>
            <numerusform>%1: %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved row(s) refer to rows that were lost (a deal whose contact was on a damaged page, for example).</source>
        <translation>
            <numerusform>%Ln saved row refers to rows that were lost (a deal whose contact was on a damaged page, for example).</numerusform>
            <numerusform>%Ln saved rows refer to rows that were lost (a deal whose contact was on a damaged page, for example).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s) got an owner from the assignment rules.</source>
        <translation>
            <numerusform>%Ln new contact got an owner from the assignment rules.</numerusform>
            <numerusform>%Ln new contacts got an owner from the assignment rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>Archive %Ln contact</numerusform>
            <numerusform>Archive %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the owner of %n contact(s)</source>
        <translation>
            <numerusform>Set the owner of %Ln contact</numerusform>
            <numerusform>Set the owner of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation>
            <numerusform>Tag %Ln contact</numerusform>
            <numerusform>Tag %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the stage of %Ln contact(s)</source>
        <translation>
            <numerusform>Set the stage of %Ln contact</numerusform>
            <numerusform>Set the stage of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set a field of %Ln contact(s)</source>
        <translation>
            <numerusform>Set a field of %Ln contact</numerusform>
            <numerusform>Set a field of %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataHealth</name>
    <message numerus="yes">
        <source>No contact for %n month(s)</source>
        <translation>
            <numerusform>No contact for %Ln month</numerusform>
            <numerusform>No contact for %Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n phone number(s) saved before</source>
        <translation>
            <numerusform>Checking %Ln phone number saved before</numerusform>
            <numerusform>Checking %Ln phone numbers saved before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>The pipeline totals (deal_totals) differ from the deals in %n row(s).</source>
        <translation>
            <numerusform>The pipeline totals (deal_totals) differ from the deals in %Ln row.</numerusform>
            <numerusform>The pipeline totals (deal_totals) differ from the deals in %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report summaries differ from the rows they sum up in %n row(s).</source>
        <translation>
            <numerusform>The report summaries differ from the rows they sum up in %Ln row.</numerusform>
            <numerusform>The report summaries differ from the rows they sum up in %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RfmText</name>
    <message numerus="yes">
        <source>%Ln won deal(s) in other currencies left out.</source>
        <translation>
            <numerusform>%Ln won deal in another currency left out.</numerusform>
            <numerusform>%Ln won deals in other currencies left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreActions</name>
    <message numerus="yes">
        <source>Qualify %Ln lead(s) by score</source>
        <translation>
            <numerusform>Qualify %Ln lead by score</numerusform>
            <numerusform>Qualify %Ln leads by score</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreText</name>
    <message numerus="yes">
        <source>%Ln score(s) changed.</source>
        <translation>
            <numerusform>%Ln score changed.</numerusform>
            <numerusform>%Ln scores changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ActivityReportView</name>
    <message numerus="yes">
        <source>%n salesperson(s) active in the period.</source>
        <translation>
            <numerusform>%Ln salesperson active in the period.</numerusform>
            <numerusform>%Ln salespeople active in the period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactCard</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n open complaint(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln open complaint&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln open complaints&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactFilterBar</name>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %Ln day</numerusform>
            <numerusform>No contact for %Ln days</numerusform>
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
            <numerusform>Owner “%1” set for %Ln contact.</numerusform>
            <numerusform>Owner “%1” set for %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” added to %n contact(s).</source>
        <translation>
            <numerusform>Tag “%1” added to %Ln contact.</numerusform>
            <numerusform>Tag “%1” added to %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) archived.</source>
        <translation>
            <numerusform>%Ln contact archived.</numerusform>
            <numerusform>%Ln contacts archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Stage of the %Ln selected contact:</numerusform>
            <numerusform>Stage of the %Ln selected contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1” set for %Ln contact(s).</source>
        <translation>
            <numerusform>Stage “%1” set for %Ln contact.</numerusform>
            <numerusform>Stage “%1” set for %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” emptied for %Ln contact(s).</source>
        <translation>
            <numerusform>“%1” emptied for %Ln contact.</numerusform>
            <numerusform>“%1” emptied for %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” set for %Ln contact(s).</source>
        <translation>
            <numerusform>“%1” set for %Ln contact.</numerusform>
            <numerusform>“%1” set for %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No owner changes: the rules give the %Ln selected contact(s) the owners they have, or no rule holds for them.</source>
        <translation>
            <numerusform>No owner changes: the rules give the %Ln selected contact the owner it has, or no rule holds for it.</numerusform>
            <numerusform>No owner changes: the rules give the %Ln selected contacts the owners they have, or no rule holds for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1: %Ln to %2</source>
        <comment>rule: 3 to Anna</comment>
        <translation>
            <numerusform>• %1: %Ln to %2</numerusform>
            <numerusform>• %1: %Ln to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected contacts change owner:</source>
        <translation>
            <numerusform>%Ln of the selected contacts changes owner:</numerusform>
            <numerusform>%Ln of the selected contacts change owner:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) got an owner from the assignment rules.</source>
        <translation>
            <numerusform>%Ln contact got an owner from the assignment rules.</numerusform>
            <numerusform>%Ln contacts got an owner from the assignment rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomFieldDialog</name>
    <message numerus="yes">
        <source>Make “%1” a field of type %2? %Ln value(s) cannot be converted and will be removed; the others are kept.</source>
        <translation>
            <numerusform>Make “%1” a field of type %2? %Ln value cannot be converted and will be removed; the others are kept.</numerusform>
            <numerusform>Make “%1” a field of type %2? %Ln values cannot be converted and will be removed; the others are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomersReportView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; customer(s) in the two years to %1 brought &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; in “%4” or “%5”</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; customer in the two years to %1 brought &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; in “%4” or “%5”</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; customers in the two years to %1 brought &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; in “%4” or “%5”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln won deal(s) in other currencies left out</source>
        <translation>
            <numerusform>%1 · %Ln won deal in another currency left out</numerusform>
            <numerusform>%1 · %Ln won deals in other currencies left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln customer(s) · %2</source>
        <translation>
            <numerusform>%1 · %Ln customer · %2</numerusform>
            <numerusform>%1 · %Ln customers · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealCardModel</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%Ln day in stage</numerusform>
            <numerusform>%Ln days in stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in the stage, on a narrow card</comment>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s).</source>
        <translation>
            <numerusform>%Ln pair.</numerusform>
            <numerusform>%Ln pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n pair(s) left.</source>
        <translation>
            <numerusform>Merged. %Ln pair left.</numerusform>
            <numerusform>Merged. %Ln pairs left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ForecastReportView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; open deal(s) are past their expected close date.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; open deal is past its expected close date.</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; open deals are past their expected close date.</numerusform>
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
            <numerusform>Undo the import of “%1”? The %Ln contacts it created are removed and those it changed are put back as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportSummaryPage</name>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>Undo the import of “%1”? The contact it created is removed and those it changed are put back as they were.</numerusform>
            <numerusform>Undo the import of “%1”? The %Ln contacts it created are removed and those it changed are put back as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n records it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>Undo the import of “%1”? The record it created is removed and those it changed are put back as they were.</numerusform>
            <numerusform>Undo the import of “%1”? The %Ln records it created are removed and those it changed are put back as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportWizard</name>
    <message numerus="yes">
        <source>A vCard address book with %n contacts.</source>
        <translation>
            <numerusform>A vCard address book with %Ln contact.</numerusform>
            <numerusform>A vCard address book with %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, fields separated by: %2. %n columns.</source>
        <translation>
            <numerusform>%1, fields separated by: %2. %Ln column.</numerusform>
            <numerusform>%1, fields separated by: %2. %Ln columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n reminder(s) are due.</source>
        <translation>
            <numerusform>%Ln reminder is due.</numerusform>
            <numerusform>%Ln reminders are due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every row could be read: %Ln row(s) saved.</source>
        <translation>
            <numerusform>Every row could be read: %Ln row saved.</numerusform>
            <numerusform>Every row could be read: %Ln rows saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved; some could not be read in: %1.</source>
        <translation>
            <numerusform>%Ln row saved; some could not be read in: %1.</numerusform>
            <numerusform>%Ln rows saved; some could not be read in: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Another program is writing to this database: waiting for it, at most %Ln second(s)…</source>
        <translation>
            <numerusform>Another program is writing to this database: waiting for it, at most %Ln second…</numerusform>
            <numerusform>Another program is writing to this database: waiting for it, at most %Ln seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelineColumnWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n deal(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln deal&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln deals&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed in the last %n day(s)</source>
        <translation>
            <numerusform>closed in the last day</numerusform>
            <numerusform>closed in the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%Ln stale</numerusform>
            <numerusform>%Ln stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation>
            <numerusform>showing the first %Ln</numerusform>
            <numerusform>showing the first %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deals that reached “%1” in the last %n day(s).</source>
        <translation>
            <numerusform>Deals that reached “%1” in the last day.</numerusform>
            <numerusform>Deals that reached “%1” in the last %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n deal(s)</source>
        <translation>
            <numerusform>%1 · %Ln deal</numerusform>
            <numerusform>%1 · %Ln deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelinePage</name>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%Ln open deal</numerusform>
            <numerusform>%Ln open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted %1</source>
        <translation>
            <numerusform>%Ln open deal, weighted %1</numerusform>
            <numerusform>%Ln open deals, weighted %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::RemindersPage</name>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next day</numerusform>
            <numerusform>Next %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in the last %n day(s)</source>
        <translation>
            <numerusform>Done in the last day</numerusform>
            <numerusform>Done in the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%Ln reminder</numerusform>
            <numerusform>%Ln reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reminder(s)</source>
        <translation>
            <numerusform>%1: %Ln reminder</numerusform>
            <numerusform>%1: %Ln reminders</numerusform>
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
    <name>kontor::ui::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln compan(y/ies)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s), meeting(s) or note(s)</source>
        <translation>
            <numerusform>%Ln call, meeting or note</numerusform>
            <numerusform>%Ln calls, meetings or notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln reminder</numerusform>
            <numerusform>%Ln reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ScoreRuleDialog</name>
    <message numerus="yes">
        <source>%1, each halving every %Ln day(s)</source>
        <translation>
            <numerusform>%1, each halving every day</numerusform>
            <numerusform>%1, each halving every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %Ln day(s)</source>
        <translation>
            <numerusform>%1 in the last day</numerusform>
            <numerusform>%1 in the last %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ScoringSettingsPage</name>
    <message numerus="yes">
        <source>Scores worked out again: %Ln changed.</source>
        <translation>
            <numerusform>Scores worked out again: %Ln changed.</numerusform>
            <numerusform>Scores worked out again: %Ln changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) score %1 or more already. Make them marketing qualified now?</source>
        <translation>
            <numerusform>%Ln lead scores %1 or more already. Make it marketing qualified now?</numerusform>
            <numerusform>%Ln leads score %1 or more already. Make them marketing qualified now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) made marketing qualified.</source>
        <translation>
            <numerusform>%Ln lead made marketing qualified.</numerusform>
            <numerusform>%Ln leads made marketing qualified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::SetFieldDialog</name>
    <message numerus="yes">
        <source>The value for the %Ln selected contact(s). Left empty, it empties the field.</source>
        <translation>
            <numerusform>The value for the %Ln selected contact. Left empty, it empties the field.</numerusform>
            <numerusform>The value for the %Ln selected contacts. Left empty, it empties the field.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::TerritoryDialog</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::TimelineModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::TodayPage</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%Ln day in stage</numerusform>
            <numerusform>%Ln days in stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No move for %n day(s): Enter shows the deal on the pipeline board.</source>
        <translation>
            <numerusform>No move for %Ln day: Enter shows the deal on the pipeline board.</numerusform>
            <numerusform>No move for %Ln days: Enter shows the deal on the pipeline board.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation>
            <numerusform>Show all %Ln…</numerusform>
            <numerusform>Show all %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — stay in touch every %n day(s)</source>
        <comment>a contact&apos;s name</comment>
        <translation>
            <numerusform>%1 — stay in touch every day</numerusform>
            <numerusform>%1 — stay in touch every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the first %n…</source>
        <translation>
            <numerusform>Show the first %Ln…</numerusform>
            <numerusform>Show the first %Ln…</numerusform>
        </translation>
    </message>
</context>
</TS>
