<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="am_ET">
<context>
    <name>Activity</name>
    <message>
        <source>The activity report could not be computed: %1</source>
        <translation>የእንቅስቃሴ ሪፖርቱን ማስላት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The activity report could not be computed.</source>
        <translation>የእንቅስቃሴ ሪፖርቱን ማስላት አልተቻለም።</translation>
    </message>
</context>
<context>
    <name>AgendaRepository</name>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>ስብሰባዎቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>እውቂያዎቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The birthdays could not be read: %1</source>
        <translation>የልደት ቀናቱን ማንበብ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>Delete %1</source>
        <translation>የ%1 ስረዛ</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1ን ወደ ማህደር ማስገባት</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 ተሰርዟል።</translation>
    </message>
    <message>
        <source>%1 archived.</source>
        <translation>%1 ወደ ማህደር ገብቷል።</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>የ%1 ወደነበረበት መመለስ</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 ወደነበረበት ተመልሷል።</translation>
    </message>
</context>
<context>
    <name>ArchiveRepository</name>
    <message>
        <source>The archive could not be read: %1</source>
        <translation>ማህደሩን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The record could not be restored: %1</source>
        <translation>መዝገቡን ወደነበረበት መመለስ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The record is not in the archive any more.</source>
        <translation>መዝገቡ ከአሁን በኋላ በማህደሩ ውስጥ የለም።</translation>
    </message>
</context>
<context>
    <name>AssignActions</name>
    <message>
        <source>Change assignment rules</source>
        <translation>የምደባ ደንቦችን መቀየር</translation>
    </message>
    <message>
        <source>Assign contacts by the rules</source>
        <translation>እውቂያዎችን በደንቦቹ መመደብ</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n contact(s) by the rules</source>
        <translation>
            <numerusform>%Ln እውቂያ በደንቦቹ መመደብ</numerusform>
            <numerusform>%Ln እውቂያዎችን በደንቦቹ መመደብ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignText</name>
    <message>
        <source>(everyone)</source>
        <translation>(ሁሉም)</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(ጠፍቷል)</translation>
    </message>
    <message>
        <source>assign takes its contacts as --where options, or lists its rules: assign rules.</source>
        <translation>assign እውቂያዎቹን እንደ --where አማራጮች ይወስዳል፣ ወይም ደንቦቹን ይዘረዝራል: assign rules።</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) would change owner.</source>
        <translation>
            <numerusform>የ%Ln እውቂያ ኃላፊ ይቀየራል።</numerusform>
            <numerusform>የ%Ln እውቂያዎች ኃላፊ ይቀየራል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed owner.</source>
        <translation>
            <numerusform>የ%Ln እውቂያ ኃላፊ ተቀይሯል።</numerusform>
            <numerusform>የ%Ln እውቂያዎች ኃላፊ ተቀይሯል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) looked at.</source>
        <translation>
            <numerusform>%Ln እውቂያ ታይቷል።</numerusform>
            <numerusform>%Ln እውቂያዎች ታይተዋል።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>The assignment rules could not be read: %1</source>
        <translation>የምደባ ደንቦቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>ለደንቡ ስም ይስጡ።</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: choose the salesperson who gets the contacts.</source>
        <translation>%1: እውቂያዎቹን የሚያገኘውን የሽያጭ ሠራተኛ ይምረጡ።</translation>
    </message>
    <message>
        <source>%1: choose at least one salesperson to share the contacts.</source>
        <translation>%1: እውቂያዎቹን የሚከፋፈሉ ቢያንስ አንድ የሽያጭ ሠራተኛ ይምረጡ።</translation>
    </message>
    <message>
        <source>The assignment rules could not be saved: %1</source>
        <translation>የምደባ ደንቦቹን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The assignment rules could not be applied: %1</source>
        <translation>የምደባ ደንቦቹን መተግበር አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>“%1” could not be copied beside the database.</source>
        <translation>“%1”ን ከውሂብ ጎታው አጠገብ መቅዳት አልተቻለም።</translation>
    </message>
    <message>
        <source>The backup could not be put in place of “%1”; the database before it is in “%2”.</source>
        <translation>ምትኬውን በ“%1” ቦታ ማስቀመጥ አልተቻለም፤ ከዚህ በፊት የነበረው የውሂብ ጎታ በ“%2” ውስጥ ነው።</translation>
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
        <translation>አስታዋሾቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>የቀን መቁጠሪያውን መጻፍ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>ስብሰባዎቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>ከ%1 ጋር ስብሰባ</translation>
    </message>
    <message>
        <source>Exporting meetings</source>
        <translation>ስብሰባዎች ወደ ውጭ እየተላኩ ነው</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>ወደ ውጭ መላኩ ተሰርዟል።</translation>
    </message>
</context>
<context>
    <name>CallNext</name>
    <message>
        <source>Who to call next could not be read: %1</source>
        <translation>ቀጥሎ የሚደወልላቸውን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>ፈጽሞ ግንኙነት አልተደረገም</translation>
    </message>
    <message>
        <source>%1, %2 in all; %3</source>
        <comment>orders, revenue; last contact</comment>
        <translation>%1፣ በአጠቃላይ %2፤ %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), the last on %1</source>
        <translation>
            <numerusform>%Ln ትዕዛዝ፣ የመጨረሻው በ%1</numerusform>
            <numerusform>%Ln ትዕዛዞች፣ የመጨረሻው በ%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %Ln day(s)</source>
        <translation>
            <numerusform>ለ%Ln ቀን ግንኙነት አልተደረገም</numerusform>
            <numerusform>ለ%Ln ቀናት ግንኙነት አልተደረገም</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a scoring rule and its points: Decision maker +20</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>ነጥብ %1</translation>
    </message>
    <message>
        <source>score %1: %2</source>
        <comment>a lead score and the rules that gave it</comment>
        <translation>ነጥብ %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between scoring rules</comment>
        <translation>፣ </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>a lead&apos;s score; its last contact</comment>
        <translation>%1፤ %2</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryDialog</name>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>የሥራ መደብ</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal or reminder</comment>
        <translation>ርዕስ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>የመጀመሪያ ስም</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>የአባት ስም</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>የልደት ቀን</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>መንገድ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ከተማ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ክልል</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>የፖስታ ቁጥር</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>አገር</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>የደንበኛ ምንጭ</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>ዘመቻ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ኃላፊ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <source>Stay in touch every (days)</source>
        <translation>በየስንት ቀኑ ይገናኙ (ቀናት)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>በማህደር የተቀመጠ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>ዋና መሥሪያ ቤት</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ዘርፍ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>የኩባንያ መጠን</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>ቀጠና</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ድረ-ገጽ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>እውቂያ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ምንዛሬ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>የሚጠበቀው መዝጊያ ቀን</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>የተዘጋበት ቀን</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>የከሸፈበት ምክንያት</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ቀነ ገደብ</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ስምምነት</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>ድግግሞሽ</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>የዘገየው እስከ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ተከናውኗል</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>አቅጣጫ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>የቆይታ ጊዜ (ሰከንድ)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ርዕሰ ጉዳይ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ውጤት</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>የተፈታ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>መለያ</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>የሕይወት ዑደት ደረጃ</translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>The change history could not be read: %1</source>
        <translation>የለውጥ ታሪኩን ማንበብ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>የውሂብ ጎታው ዝግጁ ነው: %1 (ስኪማ %2)</translation>
    </message>
    <message>
        <source>--contacts needs a whole number of 0 or more.</source>
        <translation>--contacts ከ0 ወይም ከዚያ በላይ የሆነ ሙሉ ቁጥር ይፈልጋል።</translation>
    </message>
    <message>
        <source>--interactions needs a whole number from 0 to 1000.</source>
        <translation>--interactions ከ0 እስከ 1000 ያለ ሙሉ ቁጥር ይፈልጋል።</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed ሙሉ ቁጥር ይፈልጋል።</translation>
    </message>
    <message>
        <source>--as-of needs a date such as 2026-11-24.</source>
        <translation>--as-of እንደ 2026-11-24 ያለ ቀን ይፈልጋል።</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>Generated %1 contacts, %2 companies, %3 interactions, %4 deals, %5 reminders in %6 s.</source>
        <translation>%1 እውቂያዎች፣ %2 ኩባንያዎች፣ %3 ግንኙነቶች፣ %4 ስምምነቶች እና %5 አስታዋሾች በ%6 ሰከንድ ተፈጥረዋል።</translation>
    </message>
    <message>
        <source>search needs the text to look for.</source>
        <translation>search የሚፈለገውን ጽሑፍ ይፈልጋል።</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more.</source>
        <translation>--limit ከ1 ወይም ከዚያ በላይ የሆነ ሙሉ ቁጥር ይፈልጋል።</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>ለ“%1” ምንም አልተገኘም።</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>የውሂብ ጎታ: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>የስኪማ ስሪት: %1 (ይህ ፕሮግራም: %2)</translation>
    </message>
    <message>
        <source>SQLite %1, journal mode %2</source>
        <translation>SQLite %1፣ የጆርናል ሁነታ %2</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>ትክክለኛነት: ችግር የለም</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>ችግር: %1</translation>
    </message>
    <message>
        <source>backup needs exactly one target file.</source>
        <translation>backup በትክክል አንድ የመድረሻ ፋይል ይፈልጋል።</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>ምትኬው ወደ %1 ተጽፏል</translation>
    </message>
    <message>
        <source>report needs one of: %1.</source>
        <translation>report ከእነዚህ አንዱን ይፈልጋል: %1።</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-11-24.</source>
        <translation>--%1 እንደ 2026-11-24 ያለ ቀን ይፈልጋል።</translation>
    </message>
    <message>
        <source>What to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder.</source>
        <translation>ምን ይደረግ: init፣ demo፣ search፣ report፣ check፣ backup፣ import፣ export፣ contact፣ log፣ deal ወይም reminder።</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>የውሂብ ጎታ ፋይሉ (ነባሪ: %1)።</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <source>Print machine-readable JSON on standard output.</source>
        <translation>በማሽን ሊነበብ የሚችል JSON በመደበኛ ውጽዓት ላይ አትም።</translation>
    </message>
    <message>
        <source>demo: how many contacts to generate (default 500).</source>
        <translation>demo: ስንት እውቂያዎች እንደሚፈጠሩ (ነባሪ 500)።</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>demo: the random seed; the same seed gives the same data (default 1).</source>
        <translation>demo: የዘፈቀደ መነሻ ቁጥር፤ ያው መነሻ ያንኑ ውሂብ ይሰጣል (ነባሪ 1)።</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>demo: the day the demo data is written for (default today).</source>
        <translation>demo: የማሳያ ውሂቡ የሚጻፍበት ቀን (ነባሪ: ዛሬ)።</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ቀን</translation>
    </message>
    <message>
        <source>demo: average interactions per contact over the last year (default 10).</source>
        <translation>demo: ባለፈው ዓመት ለአንድ እውቂያ በአማካይ ስንት ግንኙነቶች (ነባሪ 10)።</translation>
    </message>
    <message>
        <source>search: the most results to print (default 20).</source>
        <translation>search: የሚታተሙ ውጤቶች ከፍተኛ ብዛት (ነባሪ 20)።</translation>
    </message>
    <message>
        <source>report: the first day (default: the quarter&apos;s first).</source>
        <translation>report: የመጀመሪያው ቀን (ነባሪ: የሩብ ዓመቱ የመጀመሪያ ቀን)።</translation>
    </message>
    <message>
        <source>report: the last day (default: today).</source>
        <translation>report: የመጨረሻው ቀን (ነባሪ: ዛሬ)።</translation>
    </message>
    <message>
        <source>report: one salesperson&apos;s figures; contact: the salesperson who owns it. By name.</source>
        <translation>report: የአንድ የሽያጭ ሠራተኛ አሃዞች፤ contact: እውቂያውን የሚይዘው የሽያጭ ሠራተኛ። በስም።</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>The language of messages, such as de or en.</source>
        <translation>የመልዕክቶቹ ቋንቋ፣ ለምሳሌ am ወይም en።</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>export: csv (default), vcf (contacts) or ics (reminders, meetings, calendar).</source>
        <translation>export: csv (ነባሪ)፣ vcf (እውቂያዎች) ወይም ics (አስታዋሾች፣ ስብሰባዎች፣ የቀን መቁጠሪያ)።</translation>
    </message>
    <message>
        <source>format</source>
        <translation>ቅርጸት</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: የሚጻፈው ፋይል።</translation>
    </message>
    <message>
        <source>import: what the file holds: contacts (default), companies, interactions or deals.</source>
        <translation>import: ፋይሉ የያዘው: contacts (ነባሪ)፣ companies፣ interactions ወይም deals።</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>import: a row whose email or phone is already there: skip (default), update, merge or create.</source>
        <translation>import: ኢሜይሉ ወይም ስልኩ አስቀድሞ ያለ ረድፍ: skip (ነባሪ)፣ update፣ merge ወይም create።</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>ደንብ</translation>
    </message>
    <message>
        <source>import: COLUMN=field, by header or number; repeatable.</source>
        <translation>import: አምድ=መስክ፣ በርዕስ ወይም በቁጥር፤ ሊደገም ይችላል።</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>ማዛመድ</translation>
    </message>
    <message>
        <source>import: the mapping preset by name (default: the one that fits best).</source>
        <translation>import: የማዛመጃ ቅድመ-ቅንብሩ በስም (ነባሪ: በተሻለ የሚስማማው)።</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (default: detected).</source>
        <translation>import: የፋይሉ ኢንኮዲንግ (ነባሪ: በራስ-ሰር የሚታወቅ)።</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>ኢንኮዲንግ</translation>
    </message>
    <message>
        <source>import: the character between fields (default: detected).</source>
        <translation>import: በመስኮች መካከል ያለው ቁምፊ (ነባሪ: በራስ-ሰር የሚታወቅ)።</translation>
    </message>
    <message>
        <source>char</source>
        <translation>ቁምፊ</translation>
    </message>
    <message>
        <source>export: CSV with every value exactly as stored, formulas not neutralised (for scripts and import).</source>
        <translation>export: እያንዳንዱ እሴት ልክ እንደተቀመጠ ያለው CSV፣ ቀመሮች ሳይገለሉ (ለስክሪፕቶች እና ለማስመጣት)።</translation>
    </message>
    <message>
        <source>Say what to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder.</source>
        <translation>ምን እንደሚደረግ ይንገሩ: init፣ demo፣ search፣ report፣ check፣ backup፣ import፣ export፣ contact፣ log፣ deal ወይም reminder።</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>ያልታወቀ ትዕዛዝ “%1”።</translation>
    </message>
    <message>
        <source>Run “kontor-cli --help” for the commands and options.</source>
        <translation>ለትዕዛዞቹ እና ለአማራጮቹ “kontor-cli --help”ን ያሂዱ።</translation>
    </message>
    <message>
        <source>export needs what: contacts, companies, interactions, deals, reminders, meetings or calendar.</source>
        <translation>export ምን እንደሚላክ ይፈልጋል: contacts፣ companies፣ interactions፣ deals፣ reminders፣ meetings ወይም calendar።</translation>
    </message>
    <message>
        <source>--format for %1 is %2.</source>
        <translation>ለ%1 --format %2 ነው።</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1”ን መጻፍ አልተቻለም: %2</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>%1 መዝገቦች ወደ %2 ተልከዋል</translation>
    </message>
    <message>
        <source>import needs a file: import FILE.csv or FILE.vcf.</source>
        <translation>import ፋይል ይፈልጋል: import ፋይል.csv ወይም ፋይል.vcf።</translation>
    </message>
    <message>
        <source>--as is contacts, companies, interactions or deals.</source>
        <translation>--as contacts፣ companies፣ interactions ወይም deals ነው።</translation>
    </message>
    <message>
        <source>--duplicates is skip, update, merge or create.</source>
        <translation>--duplicates skip፣ update፣ merge ወይም create ነው።</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1”ን ማንበብ አልተቻለም: %2</translation>
    </message>
    <message>
        <source>--delimiter is one character (or “tab”).</source>
        <translation>--delimiter አንድ ቁምፊ ነው (ወይም “tab”)።</translation>
    </message>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation>ኢንኮዲንግ “%1” አይታወቅም።</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” ባዶ ነው።</translation>
    </message>
    <message>
        <source>No preset is called “%1”.</source>
        <translation>“%1” የሚባል ቅድመ-ቅንብር የለም።</translation>
    </message>
    <message>
        <source>--map takes COLUMN=field, with a field key such as first_name: “%1”.</source>
        <translation>--map አምድ=መስክ ይወስዳል፣ እንደ first_name ያለ የመስክ ቁልፍ: “%1”።</translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>ፋይሉ “%1” የሚባል አምድ የለውም።</translation>
    </message>
    <message>
        <source>A vCard file holds contacts.</source>
        <translation>የvCard ፋይል እውቂያዎችን ይይዛል።</translation>
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>ከማስመጣቱ በፊት ምትኬ መስራት ስላልተቻለ ምንም አልመጣም: %1</translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1 rows; %2 would be created, %3 updated, %4 merged, %5 skipped, %6 rejected; %7 with warnings.</source>
        <translation>የሙከራ ሩጫ፣ ምንም አልተቀየረም: %1 ረድፎች፤ %2 ይፈጠሩ ነበር፣ %3 ይዘመኑ ነበር፣ %4 ይዋሃዱ ነበር፣ %5 ይዘለሉ ነበር፣ %6 ውድቅ ይደረጉ ነበር፤ %7 ማስጠንቀቂያ ያላቸው።</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected; %7 with warnings.</source>
        <translation>%1 ረድፎች መጥተዋል: %2 ተፈጥረዋል፣ %3 ተዘምነዋል፣ %4 ተዋህደዋል፣ %5 ተዘልለዋል፣ %6 ውድቅ ተደርገዋል፤ %7 ማስጠንቀቂያ ያላቸው።</translation>
    </message>
    <message>
        <source>“kontor-cli undo-import %1” takes it back.</source>
        <translation>“kontor-cli undo-import %1” ይህን ማስመጣት ይቀለብሳል።</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>መስመር %1</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 merged</source>
        <translation>%1 ተፈጥረዋል፣ %2 ተዘምነዋል፣ %3 ተዋህደዋል</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ተቀልብሷል</translation>
    </message>
    <message>
        <source>undo-import needs the import&apos;s number, as “kontor-cli imports” lists it.</source>
        <translation>undo-import የማስመጣቱን ቁጥር ይፈልጋል፣ “kontor-cli imports” በሚዘረዝረው መሠረት።</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 contacts removed, %3 put back as they were, %4 archived (they have history logged since).</source>
        <translation>ማስመጣት %1 ተቀልብሷል: %2 እውቂያዎች ተወግደዋል፣ %3 ወደነበሩበት ተመልሰዋል፣ %4 ወደ ማህደር ገብተዋል (ከዚያ በኋላ የተመዘገበ ታሪክ አላቸው)።</translation>
    </message>
    <message>
        <source>--%1 needs a date and time such as 2026-12-03T14:30 (local time) or 2026-12-03T13:30Z.</source>
        <translation>--%1 እንደ 2026-12-03T14:30 (የአካባቢ ሰዓት) ወይም 2026-12-03T13:30Z ያለ ቀን እና ሰዓት ይፈልጋል።</translation>
    </message>
    <message>
        <source>Contact %1 added: %2</source>
        <translation>እውቂያ %1 ታክሏል: %2</translation>
    </message>
    <message>
        <source>contact update needs the contact: its number or email address.</source>
        <translation>contact update እውቂያውን ይፈልጋል: ቁጥሩን ወይም የኢሜይል አድራሻውን።</translation>
    </message>
    <message>
        <source>Contact %1 saved: %2</source>
        <translation>እውቂያ %1 ተቀምጧል: %2</translation>
    </message>
    <message>
        <source>contact: the first name.</source>
        <translation>contact: የመጀመሪያ ስም።</translation>
    </message>
    <message>
        <source>contact: the last name.</source>
        <translation>contact: የአባት ስም።</translation>
    </message>
    <message>
        <source>contact: the job title.</source>
        <translation>contact: የሥራ መደብ።</translation>
    </message>
    <message>
        <source>title</source>
        <translation>ርዕስ</translation>
    </message>
    <message>
        <source>contact: the (first) email address.</source>
        <translation>contact: (የመጀመሪያው) የኢሜይል አድራሻ።</translation>
    </message>
    <message>
        <source>address</source>
        <translation>አድራሻ</translation>
    </message>
    <message>
        <source>contact: the (first) phone number.</source>
        <translation>contact: (የመጀመሪያው) ስልክ ቁጥር።</translation>
    </message>
    <message>
        <source>number</source>
        <translation>ቁጥር</translation>
    </message>
    <message>
        <source>contact: the company&apos;s name (made when there is none).</source>
        <translation>contact: የኩባንያው ስም (ከሌለ ይፈጠራል)።</translation>
    </message>
    <message>
        <source>log, deal, reminder: the contact&apos;s number, email address or phone.</source>
        <translation>log፣ deal፣ reminder: የእውቂያው ቁጥር፣ የኢሜይል አድራሻ ወይም ስልክ።</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>እውቂያ</translation>
    </message>
    <message>
        <source>log: call, meeting, email, message, note or complaint.</source>
        <translation>log: call፣ meeting፣ email፣ message፣ note ወይም complaint።</translation>
    </message>
    <message>
        <source>log: successful, neutral, unsuccessful, no_answer, voicemail, busy, wrong_number or your own.</source>
        <translation>log: successful፣ neutral፣ unsuccessful፣ no_answer፣ voicemail፣ busy፣ wrong_number ወይም የራስዎ።</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>ውጤት</translation>
    </message>
    <message>
        <source>log: when it happened (default: now).</source>
        <translation>log: መቼ እንደተከናወነ (ነባሪ: አሁን)።</translation>
    </message>
    <message>
        <source>time</source>
        <translation>ጊዜ</translation>
    </message>
    <message>
        <source>log: how long it took.</source>
        <translation>log: ምን ያህል ጊዜ እንደወሰደ።</translation>
    </message>
    <message>
        <source>log: the subject.</source>
        <translation>log: ርዕሰ ጉዳዩ።</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <source>log: what was said.</source>
        <translation>log: የተነገረው።</translation>
    </message>
    <message>
        <source>log: a follow-up reminder due then.</source>
        <translation>log: በዚያ ጊዜ የሚደርስ የክትትል አስታዋሽ።</translation>
    </message>
    <message>
        <source>log: the next meeting, planned then.</source>
        <translation>log: በዚያ ጊዜ የታቀደው ቀጣይ ስብሰባ።</translation>
    </message>
    <message>
        <source>log: the follow-up&apos;s title (default: “Follow up”).</source>
        <translation>log: የክትትሉ ርዕስ (ነባሪ: “ክትትል”)።</translation>
    </message>
    <message>
        <source>deal, reminder: the title.</source>
        <translation>deal፣ reminder: ርዕሱ።</translation>
    </message>
    <message>
        <source>deal: the amount, such as 1250.50.</source>
        <translation>deal: መጠኑ፣ ለምሳሌ 1250.50።</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>code</source>
        <translation>ኮድ</translation>
    </message>
    <message>
        <source>deal: the stage, by name (default: the first).</source>
        <translation>deal: ደረጃው፣ በስም (ነባሪ: የመጀመሪያው)።</translation>
    </message>
    <message>
        <source>deal lose: why the deal was lost.</source>
        <translation>deal lose: ስምምነቱ ለምን እንደከሸፈ።</translation>
    </message>
    <message>
        <source>reminder: when it is due.</source>
        <translation>reminder: ቀነ ገደቡ መቼ እንደሆነ።</translation>
    </message>
    <message>
        <source>log needs --contact: the contact&apos;s number, email address or phone.</source>
        <translation>log --contact ይፈልጋል: የእውቂያው ቁጥር፣ የኢሜይል አድራሻ ወይም ስልክ።</translation>
    </message>
    <message>
        <source>--kind needs one of: %1.</source>
        <translation>--kind ከእነዚህ አንዱን ይፈልጋል: %1።</translation>
    </message>
    <message>
        <source>Give --next-reminder or --next-meeting, not both.</source>
        <translation>--next-reminder ወይም --next-meeting ይስጡ፣ ሁለቱንም አይደለም።</translation>
    </message>
    <message>
        <source>--minutes needs a whole number of 0 or more.</source>
        <translation>--minutes ከ0 ወይም ከዚያ በላይ የሆነ ሙሉ ቁጥር ይፈልጋል።</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>ክትትል</translation>
    </message>
    <message>
        <source>(interaction %1)</source>
        <translation>(ግንኙነት %1)</translation>
    </message>
    <message>
        <source>(deal %1)</source>
        <translation>(ስምምነት %1)</translation>
    </message>
    <message>
        <source>deal add needs --title and --contact.</source>
        <translation>deal add --title እና --contact ይፈልጋል።</translation>
    </message>
    <message>
        <source>--amount needs an amount such as 1250.50.</source>
        <translation>--amount እንደ 1250.50 ያለ መጠን ይፈልጋል።</translation>
    </message>
    <message>
        <source>deal needs add, move, win or lose.</source>
        <translation>deal add፣ move፣ win ወይም lose ይፈልጋል።</translation>
    </message>
    <message>
        <source>deal %1 needs the deal&apos;s number.</source>
        <translation>deal %1 የስምምነቱን ቁጥር ይፈልጋል።</translation>
    </message>
    <message>
        <source>deal move needs --stage.</source>
        <translation>deal move --stage ይፈልጋል።</translation>
    </message>
    <message>
        <source>deal lose needs --reason: why the deal was lost.</source>
        <translation>deal lose --reason ይፈልጋል: ስምምነቱ ለምን እንደከሸፈ።</translation>
    </message>
    <message>
        <source>reminder add needs --title and --due.</source>
        <translation>reminder add --title እና --due ይፈልጋል።</translation>
    </message>
    <message>
        <source>Reminder %1 added: %2, due %3.</source>
        <translation>አስታዋሽ %1 ታክሏል: %2፣ ቀነ ገደብ %3።</translation>
    </message>
    <message>
        <source>reminder done needs the reminder&apos;s number.</source>
        <translation>reminder done የአስታዋሹን ቁጥር ይፈልጋል።</translation>
    </message>
    <message>
        <source>reminder needs add or done.</source>
        <translation>reminder add ወይም done ይፈልጋል።</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>ምንም ነገር አልመጣም: %1</translation>
    </message>
    <message>
        <source>salvage needs the damaged file and a new file to save into.</source>
        <translation>salvage የተበላሸውን ፋይል እና የሚዳነው የሚገባበትን አዲስ ፋይል ይፈልጋል።</translation>
    </message>
    <message>
        <source>Saved into %1:</source>
        <translation>ወደ %1 ተዳነ:</translation>
    </message>
    <message>
        <source>%1: nothing could be read (kept as a new database has it)</source>
        <translation>%1: ምንም ሊነበብ አልቻለም (አዲስ የውሂብ ጎታ እንዳለው ተጠብቋል)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s); damaged stretches skipped: %2</source>
        <translation>
            <numerusform>%1: %Ln ረድፍ፤ የታለፉ የተበላሹ ክፍሎች: %2</numerusform>
            <numerusform>%1: %Ln ረድፎች፤ የታለፉ የተበላሹ ክፍሎች: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln ረድፍ</numerusform>
            <numerusform>%1: %Ln ረድፎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved row(s) refer to rows that were lost (a deal whose contact was on a damaged page, for example).</source>
        <translation>
            <numerusform>%Ln የተዳነ ረድፍ የጠፉ ረድፎችን ያመለክታል (ለምሳሌ ዕውቂያው በተበላሸ ገጽ ላይ የነበረ ስምምነት)።</numerusform>
            <numerusform>%Ln የተዳኑ ረድፎች የጠፉ ረድፎችን ያመለክታሉ (ለምሳሌ ዕውቂያው በተበላሸ ገጽ ላይ የነበረ ስምምነት)።</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was left unchanged. Open the new one and look through it before you use it instead.</source>
        <translation>የተበላሸው ፋይል ሳይለወጥ ቀርቷል። አዲሱን በምትኩ ከመጠቀምዎ በፊት ከፍተው ይመልከቱት።</translation>
    </message>
    <message>
        <source>Another program is writing to this database; waiting for it (at most %1 s)…</source>
        <translation>ሌላ ፕሮግራም በዚህ የውሂብ ጎታ ላይ እየጻፈ ነው፤ እየጠበቅነው ነው (ቢበዛ %1 ሰከንድ)…</translation>
    </message>
    <message>
        <source>contact merge needs the contact to keep and the one to merge into it.</source>
        <translation>contact merge የሚቆየውን እውቂያ እና ወደ እሱ የሚዋሃደውን ይፈልጋል።</translation>
    </message>
    <message>
        <source>contact merge needs two different contacts.</source>
        <translation>contact merge ሁለት የተለያዩ እውቂያዎችን ይፈልጋል።</translation>
    </message>
    <message>
        <source>Contact %1 merged into %2: %3</source>
        <translation>እውቂያ %1 ከ%2 ጋር ተዋህዷል: %3</translation>
    </message>
    <message>
        <source>contact needs add, update or merge.</source>
        <translation>contact add፣ update ወይም merge ይፈልጋል።</translation>
    </message>
    <message>
        <source>--record needs contact, company or deal.</source>
        <translation>--record contact፣ company ወይም deal ይፈልጋል።</translation>
    </message>
    <message>
        <source>required</source>
        <translation>የግድ</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>በማህደር የተቀመጠ</translation>
    </message>
    <message>
        <source>field add needs --key, --label and --type.</source>
        <translation>field add --key፣ --label እና --type ይፈልጋል።</translation>
    </message>
    <message>
        <source>--type needs one of: %1.</source>
        <translation>--type ከእነዚህ አንዱን ይፈልጋል: %1።</translation>
    </message>
    <message>
        <source>Field %1 added: %2</source>
        <translation>መስክ %1 ታክሏል: %2</translation>
    </message>
    <message>
        <source>field %1 needs the field&apos;s key.</source>
        <translation>field %1 የመስኩን ቁልፍ ይፈልጋል።</translation>
    </message>
    <message>
        <source>Field %1 archived; “field restore %1” brings it back with its values.</source>
        <translation>መስክ %1 ወደ ማህደር ገብቷል፤ “field restore %1” ከእሴቶቹ ጋር መልሶ ያመጣዋል።</translation>
    </message>
    <message>
        <source>Field %1 saved: %2</source>
        <translation>መስክ %1 ተቀምጧል: %2</translation>
    </message>
    <message>
        <source>field: contact (default), company or deal.</source>
        <translation>field: contact (ነባሪ)፣ company ወይም deal።</translation>
    </message>
    <message>
        <source>record</source>
        <translation>መዝገብ</translation>
    </message>
    <message>
        <source>field: the key, such as budget (lower case, digits, _).</source>
        <translation>field: ቁልፉ፣ ለምሳሌ budget (ትናንሽ ፊደላት፣ አሃዞች፣ _)።</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ቁልፍ</translation>
    </message>
    <message>
        <source>field: the name shown, such as “Budget”.</source>
        <translation>field: የሚታየው ስም፣ ለምሳሌ “በጀት”።</translation>
    </message>
    <message>
        <source>field add: text, longtext, number, money, date, checkbox, choice, choices, contact or company.</source>
        <translation>field add: text፣ longtext፣ number፣ money፣ date፣ checkbox፣ choice፣ choices፣ contact ወይም company።</translation>
    </message>
    <message>
        <source>type</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>field: the choices, separated by “;”.</source>
        <translation>field: ምርጫዎቹ፣ በ“;” የተለዩ።</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>ምርጫዎች</translation>
    </message>
    <message>
        <source>field: a value must be given.</source>
        <translation>field: እሴት የግድ መሰጠት አለበት።</translation>
    </message>
    <message>
        <source>field list: archived fields too.</source>
        <translation>field list: በማህደር የተቀመጡ መስኮችንም።</translation>
    </message>
    <message>
        <source>contact: KEY=VALUE of a custom field; repeatable.</source>
        <translation>contact: የራስ መስክ ቁልፍ=እሴት፤ ሊደገም ይችላል።</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>ቁልፍ=እሴት</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>መስፈርት</translation>
    </message>
    <message>
        <source>field needs list, add, rename, remove or restore.</source>
        <translation>field list፣ add፣ rename፣ remove ወይም restore ይፈልጋል።</translation>
    </message>
    <message>
        <source>field add takes its values as options.</source>
        <translation>field add እሴቶቹን እንደ አማራጮች ይወስዳል።</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE with the key of a contact field: “%1” is not. See kontor-cli field list.</source>
        <translation>--set የእውቂያ መስክ ቁልፍ ያለው ቁልፍ=እሴት ይፈልጋል: “%1” እንደዚህ አይደለም። kontor-cli field list ይመልከቱ።</translation>
    </message>
    <message>
        <source>contacts takes its conditions as --where options.</source>
        <translation>contacts መስፈርቶቹን እንደ --where አማራጮች ይወስዳል።</translation>
    </message>
    <message>
        <source>deal, field add: the ISO 4217 currency (default EUR).</source>
        <translation>deal፣ field add: የISO 4217 ምንዛሬ (ነባሪ EUR)።</translation>
    </message>
    <message>
        <source>searchable</source>
        <translation>በፍለጋ የሚገኝ</translation>
    </message>
    <message>
        <source>field: a text field whose values the search finds.</source>
        <translation>field: ፍለጋው እሴቶቹን የሚያገኝበት የጽሑፍ መስክ።</translation>
    </message>
    <message>
        <source>field=answers</source>
        <translation>መስክ=መልሶች</translation>
    </message>
    <message>
        <source>Give --required or --optional, not both.</source>
        <translation>--required ወይም --optional ይስጡ፣ ሁለቱንም አይደለም።</translation>
    </message>
    <message>
        <source>Give --searchable or --not-searchable, not both.</source>
        <translation>--searchable ወይም --not-searchable ይስጡ፣ ሁለቱንም አይደለም።</translation>
    </message>
    <message>
        <source>field rename needs --label, --key, --options, --required, --optional, --searchable or --not-searchable.</source>
        <translation>field rename --label፣ --key፣ --options፣ --required፣ --optional፣ --searchable ወይም --not-searchable ይፈልጋል።</translation>
    </message>
    <message>
        <source>field rename: no value needed any more.</source>
        <translation>field rename: ከአሁን በኋላ እሴት መስጠት የግድ አይደለም።</translation>
    </message>
    <message>
        <source>field rename: the search no longer finds its values.</source>
        <translation>field rename: ፍለጋው ከአሁን በኋላ እሴቶቹን አያገኝም።</translation>
    </message>
    <message>
        <source>report rfm takes only --to: it looks back two years from that day.</source>
        <translation>report rfm የሚቀበለው --to ብቻ ነው: ከዚያ ቀን ጀምሮ ሁለት ዓመት ወደኋላ ይመለከታል።</translation>
    </message>
    <message>
        <source>score rules: put in the starter set of scoring rules.</source>
        <translation>score rules: የመነሻውን የነጥብ ደንቦች ስብስብ አስገባ።</translation>
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
        <translation>የKontor የትዕዛዝ መስመር: ስክሪፕቶች፣ ምትኬዎች፣ ሙከራዎች እና የፍጥነት መለኪያዎች፣ መስኮቱ በሚጠቀምበት ያው የውሂብ ጎታ ላይ።

ትዕዛዞች:
  init                      የውሂብ ጎታውን ፍጠር ወይም አሻሽል
  demo [--contacts N] [--seed S] [--interactions N] [--as-of ቀን]
                            ሁልጊዜ አንድ ዓይነት የሆነ የማሳያ ውሂብ አክል
  search ጽሑፍ [--limit N]    እውቂያዎችን፣ ኩባንያዎችን እና ማስታወሻዎችን ፈልግ
  report funnel|sources|weekly|activity|forecast|lifecycle [--from ቀን] [--to ቀን] [--owner ስም]
                            የሪፖርቶች ገጽ አሃዞች (ነባሪ: ይህ ሩብ ዓመት)
  report rfm [--to ቀን]      የደንበኞች ቅርበት፣ ድግግሞሽ እና ገንዘብ፣ በምድብ (ነባሪ: ዛሬ)
  score [ቁጥር]               የእምቅ ደንበኛ ነጥቦችን እንደገና አስላ፣ ወይም የአንድን እውቂያ ነጥብ ከደንቦቹ ጋር አሳይ
  score rules [--starter]   የነጥብ ደንቦቹ (--starter: የመነሻውን ስብስብ አስገባ)
  assign [--where &quot;ቁልፍ OP እሴት&quot; ...] [--dry-run]
                            ኃላፊ ለሌላቸው እውቂያዎች (ወይም --where ለሚጠቅሳቸው) ከምደባ
                            ደንቦቹ ኃላፊዎችን ስጥ፤ assign rules ደንቦቹን ይዘረዝራል
  check                     የትክክለኛነት እና የስኪማ ሪፖርት
  backup ፋይል                ወጥ የሆነ ቅጂ፣ Kontor ክፍት ሆኖም ቢሆን
  salvage የተበላሸ አዲስ         ከተበላሸ የውሂብ ጎታ የሚነበበውን ወደ አዲስ ፋይል ማዳን
  import ፋይል.csv|ፋይል.vcf [--as contacts|companies|interactions|deals] [--dry-run]
         [--duplicates skip|update|merge|create] [--map አምድ=መስክ ...] [--preset ስም]
         [--encoding E] [--delimiter C]
                            ረድፍ በረድፍ ተፈትሾ፣ በአንድ ግብይት ውስጥ
  imports                   የማስመጣት ታሪክ
  undo-import N             አንድን ማስመጣት ቀልብስ
  export contacts|companies|interactions|deals [-o ፋይል] [--format csv|vcf] [--exact]
                            CSV (ለተመን ሉህ ደህንነቱ የተጠበቀ፣ ወይም --exact)፤ እውቂያዎች እንደ vCard 4.0ም
  export reminders|meetings|calendar [-o ፋይል]
                            iCalendar (.ics)፤ ያለ -o ወደ መደበኛ ውጽዓት

የሚጽፉ ትዕዛዞች (እያንዳንዱ አንድ እርምጃ፣ እንደ መስኮቱ፤ --json መዝገቡን ከቁጥሩ ጋር ያትማል):
  contact add --first-name F [--last-name L] [--email E] [--phone P] [--company C]
              [--job-title T] [--owner ስም] [--set ቁልፍ=እሴት ...]
  contact update ቁጥር|ኢሜይል|ስልክ [ያው አማራጮች]
  contact merge የሚቆይ የሚዋሃድ  (እያንዳንዱ ቁጥር|ኢሜይል|ስልክ) የሚዋሃደው ታሪክ እና ባዶ መስኮቹ ወደሚቆየው ይሄዳሉ
  log --contact ቁጥር|ኢሜይል|ስልክ [--kind call|meeting|email|message|note|complaint]
      [--outcome ቁልፍ] [--at ጊዜ] [--minutes N] [--subject S] [--notes ጽሑፍ]
      [--next-reminder ጊዜ [--next-title T] | --next-meeting ጊዜ [--next-title T]]
  deal add --title T --contact ቁጥር|ኢሜይል|ስልክ [--amount 1250.50] [--currency EUR] [--stage ስም]
  deal move ቁጥር --stage ስም [--reason ጽሑፍ] | deal win ቁጥር | deal lose ቁጥር --reason ጽሑፍ
  reminder add --title T --due ጊዜ [--contact ቁጥር|ኢሜይል|ስልክ] | reminder done ቁጥር

የራስዎ መስኮች፣ እና እውቂያዎች በማንኛውም መስክ:
  field list [--record contact|company|deal] [--archived]
  field add [--record R] --key K --label L --type text|longtext|number|money|date|checkbox|
            choice|choices|contact|company [--options &quot;a;b;c&quot;] [--currency C] [--required] [--searchable]
  field rename ቁልፍ [--record R] [--label L] [--key አዲስ] [--options &quot;a;b;c&quot;]
               [--required|--optional] [--searchable|--not-searchable]
  field remove ቁልፍ | field restore ቁልፍ [--record R]     ወደ ማህደር አስገባ፣ እና ከእሴቶቹ ጋር መልስ
  contacts [--where &quot;ቁልፍ OP እሴት&quot; ...] [--json]     OP: = != &lt; &lt;= &gt; &gt;= ~፣ ወይም ቁልፍ empty|notempty
ጊዜ በISO 8601 ነው: 2026-12-03T14:30 (የአካባቢ ሰዓት) ወይም 2026-12-03T13:30Z።</translation>
    </message>
    <message>
        <source>report: only the records with these answers of a choice field, such as industry=Retail;Food, or in a territory, such as territory=DACH.</source>
        <translation>report: እነዚህ የምርጫ መስክ መልሶች ያሏቸው መዝገቦች ብቻ፣ ለምሳሌ industry=Retail;Food፣ ወይም በአንድ ቀጠና ውስጥ ያሉት ብቻ፣ ለምሳሌ territory=DACH።</translation>
    </message>
    <message>
        <source>import, assign: report what would happen and change nothing.</source>
        <translation>import፣ assign: ምን እንደሚሆን ሪፖርት አድርግ፣ ምንም ነገር አትቀይር።</translation>
    </message>
    <message>
        <source>contacts, assign: “KEY OP VALUE”, OP one of = != &lt; &lt;= &gt; &gt;= ~ (contains), or “KEY empty” / “KEY notempty”; repeatable, all must hold.</source>
        <translation>contacts፣ assign: “ቁልፍ OP እሴት”፣ OP ከ= != &lt; &lt;= &gt; &gt;= ~ (ይይዛል) አንዱ፣ ወይም “ቁልፍ empty” / “ቁልፍ notempty”፤ ሊደገም ይችላል፣ ሁሉም መሟላት አለባቸው።</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s) got an owner from the assignment rules.</source>
        <translation>
            <numerusform>%Ln አዲስ እውቂያ ከምደባ ደንቦቹ ኃላፊ አግኝቷል።</numerusform>
            <numerusform>%Ln አዲስ እውቂያዎች ከምደባ ደንቦቹ ኃላፊ አግኝተዋል።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyActions</name>
    <message>
        <source>Give the company a name.</source>
        <translation>ለኩባንያው ስም ይስጡት።</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1ን ማስቀመጥ</translation>
    </message>
</context>
<context>
    <name>CompanyMerge</name>
    <message>
        <source>Choose two different companies to merge.</source>
        <translation>ለማዋሃድ ሁለት የተለያዩ ኩባንያዎችን ይምረጡ።</translation>
    </message>
    <message>
        <source>One of the two companies no longer exists.</source>
        <translation>ከሁለቱ ኩባንያዎች አንዱ ከአሁን በኋላ የለም።</translation>
    </message>
    <message>
        <source>The companies could not be merged: %1</source>
        <translation>ኩባንያዎቹን ማዋሃድ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>A company needs a name.</source>
        <translation>ኩባንያ ስም ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>A company cannot be a branch of itself or of one of its own branches.</source>
        <translation>ኩባንያ የራሱ ቅርንጫፍ ወይም የራሱ ቅርንጫፍ ቅርንጫፍ ሊሆን አይችልም።</translation>
    </message>
    <message>
        <source>The company could not be saved: %1</source>
        <translation>ኩባንያውን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The company could not be read: %1</source>
        <translation>ኩባንያውን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>There is no company with the number %1.</source>
        <translation>ቁጥሩ %1 የሆነ ኩባንያ የለም።</translation>
    </message>
    <message>
        <source>The company could not be archived: %1</source>
        <translation>ኩባንያውን ወደ ማህደር ማስገባት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The company is already archived or no longer exists.</source>
        <translation>ኩባንያው አስቀድሞ በማህደር ተቀምጧል ወይም ከአሁን በኋላ የለም።</translation>
    </message>
    <message>
        <source>The companies could not be read: %1</source>
        <translation>ኩባንያዎቹን ማንበብ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>የመጀመሪያ ስም ወይም የአባት ስም ያስገቡ።</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address.</source>
        <translation>“%1” የኢሜይል አድራሻ አይመስልም።</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>%Ln እውቂያ ወደ ማህደር ማስገባት</numerusform>
            <numerusform>%Ln እውቂያዎችን ወደ ማህደር ማስገባት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the owner of %n contact(s)</source>
        <translation>
            <numerusform>የ%Ln እውቂያ ኃላፊ ማዘጋጀት</numerusform>
            <numerusform>የ%Ln እውቂያዎች ኃላፊ ማዘጋጀት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation>
            <numerusform>ለ%Ln እውቂያ መለያ መስጠት</numerusform>
            <numerusform>ለ%Ln እውቂያዎች መለያ መስጠት</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>የ%1 ማስተካከያ</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>አዲስ እውቂያ %1</translation>
    </message>
    <message>
        <source>Say why: %1 would go back to %2.</source>
        <translation>ምክንያቱን ይግለጹ: %1 ወደ %2 ሊመለስ ነው።</translation>
    </message>
    <message>
        <source>Say why %1 is disqualified.</source>
        <translation>%1 ለምን ውድቅ እንደተደረገ ይግለጹ።</translation>
    </message>
    <message>
        <source>Say why %1 goes back to %2.</source>
        <translation>%1 ለምን ወደ %2 እንደሚመለስ ይግለጹ።</translation>
    </message>
    <message numerus="yes">
        <source>Set the stage of %Ln contact(s)</source>
        <translation>
            <numerusform>የ%Ln እውቂያ ደረጃ ማዘጋጀት</numerusform>
            <numerusform>የ%Ln እውቂያዎች ደረጃ ማዘጋጀት</numerusform>
        </translation>
    </message>
    <message>
        <source>The field is not a contact field in use; it may have been removed.</source>
        <translation>መስኩ በጥቅም ላይ ያለ የእውቂያ መስክ አይደለም፤ ተወግዶ ሊሆን ይችላል።</translation>
    </message>
    <message numerus="yes">
        <source>Set a field of %Ln contact(s)</source>
        <translation>
            <numerusform>የ%Ln እውቂያ መስክ ማዘጋጀት</numerusform>
            <numerusform>የ%Ln እውቂያዎች መስክ ማዘጋጀት</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>እውቂያዎቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>ወደ ውጭ የሚላከውን ፋይል መጻፍ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Exporting contacts</source>
        <translation>እውቂያዎች ወደ ውጭ እየተላኩ ነው</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>ወደ ውጭ መላኩ ተሰርዟል።</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>First name</source>
        <translation>የመጀመሪያ ስም</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>የአባት ስም</translation>
    </message>
    <message>
        <source>Full name (split in first and last)</source>
        <translation>ሙሉ ስም (ወደ የመጀመሪያ እና የአባት ስም የሚከፈል)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>የሥራ መደብ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>ሁለተኛ ኢሜይል</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>ሞባይል</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>የልደት ቀን</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>መንገድ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ከተማ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ክልል</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>የፖስታ ቁጥር</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>አገር</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>የደንበኛ ምንጭ</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>ዘመቻ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ኃላፊ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>መለያዎች</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>የታከለበት ቀን</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google እውቂያዎች</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Generic CRM export</source>
        <translation>ከሌላ CRM ወደ ውጭ የተላከ</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>ቅድመ-ቅንብር ስም ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>የሕይወት ዑደት ደረጃ</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>The import could not start: %1</source>
        <translation>ማስመጣቱን መጀመር አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Line %1 could not be imported, and nothing was: %2</source>
        <translation>መስመር %1ን ማስመጣት አልተቻለም፣ ምንም ነገርም አልመጣም: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>ማስመጣቱ ተሰርዟል፤ ምንም ነገር አልተቀየረም።</translation>
    </message>
    <message>
        <source>The file could not be read, and nothing was imported: %1</source>
        <translation>ፋይሉን ማንበብ አልተቻለም፣ ምንም ነገርም አልመጣም: %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>ማስመጣቱ ተጠናቋል</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ይፈጠራል</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>ይዘመናል</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ይዋሃዳል</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>ይዘለላል</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>ውድቅ ይደረጋል</translation>
    </message>
    <message>
        <source>No column is mapped to a field: choose at least the name&apos;s columns.</source>
        <translation>ምንም አምድ ከመስክ ጋር አልተዛመደም: ቢያንስ የስሙን አምዶች ይምረጡ።</translation>
    </message>
    <message>
        <source>No column is mapped to a name (first, last or full name).</source>
        <translation>ምንም አምድ ከስም ጋር አልተዛመደም (የመጀመሪያ፣ የአባት ወይም ሙሉ ስም)።</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address (kept).</source>
        <translation>“%1” የኢሜይል አድራሻ አይመስልም (እንዳለ ተቀምጧል)።</translation>
    </message>
    <message>
        <source>The birthday “%1” is not a date Kontor reads (kept in the notes).</source>
        <translation>የልደት ቀኑ “%1” Kontor የሚያነበው ቀን አይደለም (በማስታወሻዎቹ ውስጥ ተቀምጧል)።</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>የልደት ቀን</translation>
    </message>
    <message>
        <source>The status “%1” is not one of Kontor&apos;s (kept in the notes).</source>
        <translation>ሁኔታው “%1” ከKontor ሁኔታዎች አንዱ አይደለም (በማስታወሻዎቹ ውስጥ ተቀምጧል)።</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <source>No user is called “%1” (kept in the notes).</source>
        <translation>“%1” የሚባል ተጠቃሚ የለም (በማስታወሻዎቹ ውስጥ ተቀምጧል)።</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ኃላፊ</translation>
    </message>
    <message>
        <source>The date added “%1” is not a date Kontor reads (left out).</source>
        <translation>የታከለበት ቀን “%1” Kontor የሚያነበው ቀን አይደለም (ቀርቷል)።</translation>
    </message>
    <message>
        <source>“%1” does not look like a valid phone number (kept).</source>
        <translation>“%1” ትክክለኛ ስልክ ቁጥር አይመስልም (እንዳለ ተቀምጧል)።</translation>
    </message>
    <message>
        <source>The company could not be saved: %1</source>
        <translation>ኩባንያውን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Same email as %1 (%2)</source>
        <translation>ከ%1 ጋር ተመሳሳይ ኢሜይል (%2)</translation>
    </message>
    <message>
        <source>Same phone number as %1 (%2)</source>
        <translation>ከ%1 ጋር ተመሳሳይ ስልክ ቁጥር (%2)</translation>
    </message>
    <message>
        <source>Same name as %1, and no email or phone to tell them apart</source>
        <translation>ከ%1 ጋር ተመሳሳይ ስም፣ እነሱን ለመለየት ኢሜይልም ስልክም የለም</translation>
    </message>
    <message>
        <source>Empty row</source>
        <translation>ባዶ ረድፍ</translation>
    </message>
    <message>
        <source>No name (a contact needs a first or a last name)</source>
        <translation>ስም የለም (እውቂያ የመጀመሪያ ስም ወይም የአባት ስም ያስፈልገዋል)</translation>
    </message>
    <message>
        <source>The campaign “%1” is unknown and has no lead source to be created in (kept in the notes).</source>
        <translation>ዘመቻው “%1” አይታወቅም፣ የሚፈጠርበትም የደንበኛ ምንጭ የለውም (በማስታወሻዎቹ ውስጥ ተቀምጧል)።</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>ዘመቻ</translation>
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation>%1፤ ምንም አዲስ ነገር የለም</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than anyone types there (at most %3)</source>
        <translation>%1 %2 ቁምፊዎች አሉት፣ ማንም እዚያ ከሚተይበው በላይ (ቢበዛ %3)</translation>
    </message>
    <message>
        <source>%1 Kept in the notes.</source>
        <translation>%1 በማስታወሻዎቹ ውስጥ ተቀምጧል።</translation>
    </message>
</context>
<context>
    <name>ContactInserter</name>
    <message>
        <source>The contact&apos;s email could not be saved: %1</source>
        <translation>የእውቂያውን ኢሜይል ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The contact&apos;s phone could not be saved: %1</source>
        <translation>የእውቂያውን ስልክ ማስቀመጥ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>ContactListQuery</name>
    <message>
        <source>The contacts could not be counted: %1</source>
        <translation>እውቂያዎቹን መቁጠር አልተቻለም: %1</translation>
    </message>
    <message>
        <source>This order cannot be read on from a row.</source>
        <translation>በዚህ ቅደም ተከተል ከአንድ ረድፍ ጀምሮ ማንበብ መቀጠል አይቻልም።</translation>
    </message>
    <message>
        <source>The contacts could not be sorted: %1</source>
        <translation>እውቂያዎቹን መደርደር አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>እውቂያዎቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>No contact field to sort by.</source>
        <translation>ለመደርደር የሚሆን የእውቂያ መስክ የለም።</translation>
    </message>
</context>
<context>
    <name>ContactLookup</name>
    <message>
        <source>Say which contact: a number, an email address or a phone number.</source>
        <translation>የትኛው እውቂያ እንደሆነ ይግለጹ: ቁጥር፣ የኢሜይል አድራሻ ወይም ስልክ ቁጥር።</translation>
    </message>
    <message>
        <source>Several contacts have the email address %1; name the contact by its number.</source>
        <translation>ብዙ እውቂያዎች የኢሜይል አድራሻ %1 አላቸው፤ እውቂያውን በቁጥሩ ይግለጹ።</translation>
    </message>
    <message>
        <source>Several contacts have the phone number %1; name the contact by its number.</source>
        <translation>ብዙ እውቂያዎች ስልክ ቁጥር %1 አላቸው፤ እውቂያውን በቁጥሩ ይግለጹ።</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>እውቂያ ቁጥር %1 የለም።</translation>
    </message>
    <message>
        <source>No contact has the email address %1.</source>
        <translation>የኢሜይል አድራሻ %1 ያለው እውቂያ የለም።</translation>
    </message>
    <message>
        <source>No contact has the phone number %1. No country is set for numbers without a country code: give it with its code (+49 …), or choose the country in Settings.</source>
        <translation>ስልክ ቁጥር %1 ያለው እውቂያ የለም። የአገር ኮድ ለሌላቸው ቁጥሮች አገር አልተመረጠም: ቁጥሩን ከአገር ኮዱ ጋር ይስጡ (+49 …)፣ ወይም በቅንብሮች ውስጥ አገሩን ይምረጡ።</translation>
    </message>
    <message>
        <source>No contact has the phone number %1.</source>
        <translation>ስልክ ቁጥር %1 ያለው እውቂያ የለም።</translation>
    </message>
</context>
<context>
    <name>ContactMerge</name>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation>ለማዋሃድ ሁለት የተለያዩ እውቂያዎችን ይምረጡ።</translation>
    </message>
    <message>
        <source>One of the two contacts no longer exists.</source>
        <translation>ከሁለቱ እውቂያዎች አንዱ ከአሁን በኋላ የለም።</translation>
    </message>
    <message>
        <source>The contacts could not be merged: %1</source>
        <translation>እውቂያዎቹን ማዋሃድ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation>እውቂያ የመጀመሪያ ስም ወይም የአባት ስም ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>እውቂያውን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The contact has not been saved yet.</source>
        <translation>እውቂያው ገና አልተቀመጠም።</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>እውቂያው ከአሁን በኋላ የለም።</translation>
    </message>
    <message>
        <source>The contact&apos;s email could not be saved: %1</source>
        <translation>የእውቂያውን ኢሜይል ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The contact&apos;s phone could not be saved: %1</source>
        <translation>የእውቂያውን ስልክ ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The contact could not be read: %1</source>
        <translation>እውቂያውን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>There is no contact with the number %1.</source>
        <translation>ቁጥሩ %1 የሆነ እውቂያ የለም።</translation>
    </message>
    <message>
        <source>The contact could not be archived: %1</source>
        <translation>እውቂያውን ወደ ማህደር ማስገባት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The contact is already archived or no longer exists.</source>
        <translation>እውቂያው አስቀድሞ በማህደር ተቀምጧል ወይም ከአሁን በኋላ የለም።</translation>
    </message>
    <message>
        <source>The contact could not be restored: %1</source>
        <translation>እውቂያውን ወደነበረበት መመለስ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The contact is not archived.</source>
        <translation>እውቂያው በማህደር ውስጥ አይደለም።</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>እውቂያዎቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The contacts could not be changed: %1</source>
        <translation>እውቂያዎቹን መቀየር አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>ContactStatus</name>
    <message>
        <source>Lead</source>
        <translation>እምቅ ደንበኛ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ደንበኛ</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>ንቁ ያልሆነ</translation>
    </message>
    <message>
        <source>Marketing qualified</source>
        <translation>በግብይት ብቁ</translation>
    </message>
    <message>
        <source>Sales qualified</source>
        <translation>በሽያጭ ብቁ</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>የሽያጭ ዕድል</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>ውድቅ የተደረገ</translation>
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
        <translation>የሚታወቅ፣ ገና ብቁነቱ ያልተረጋገጠ።</translation>
    </message>
    <message>
        <source>Marketing qualified lead (MQL): fits and shows interest; worth a salesperson&apos;s look.</source>
        <translation>በግብይት ብቁ የሆነ እምቅ ደንበኛ (MQL): ይስማማል፣ ፍላጎትም ያሳያል፤ የሽያጭ ሠራተኛ ሊመለከተው ይገባል።</translation>
    </message>
    <message>
        <source>Sales qualified lead (SQL): a salesperson confirmed the need, budget and timing; ready for a meeting or an offer.</source>
        <translation>በሽያጭ ብቁ የሆነ እምቅ ደንበኛ (SQL): የሽያጭ ሠራተኛ ፍላጎቱን፣ በጀቱን እና ጊዜውን አረጋግጧል፤ ለስብሰባ ወይም ለዋጋ ማቅረቢያ ዝግጁ ነው።</translation>
    </message>
    <message>
        <source>Has an open deal.</source>
        <translation>ክፍት ስምምነት አለው።</translation>
    </message>
    <message>
        <source>Has bought: a deal was won.</source>
        <translation>ገዝቷል: ስምምነት ተሳክቷል።</translation>
    </message>
    <message>
        <source>Not a fit, for the reason recorded with the move.</source>
        <translation>አይስማማም፤ ምክንያቱ ከደረጃ ለውጡ ጋር ተመዝግቧል።</translation>
    </message>
    <message>
        <source>No longer active: left the company, stopped buying.</source>
        <translation>ከአሁን በኋላ ንቁ አይደለም: ኩባንያውን ለቋል፣ መግዛት አቁሟል።</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation>ኢንኮዲንግ “%1” አይታወቅም።</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>መስመር %1: %2</translation>
    </message>
    <message>
        <source>More problems follow; only the first %1 are listed.</source>
        <translation>ተጨማሪ ችግሮች አሉ፤ የተዘረዘሩት የመጀመሪያዎቹ %1 ብቻ ናቸው።</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ፋይሉን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 and were replaced by “�”: if the text looks wrong, choose the file&apos;s encoding.</source>
        <translation>አንዳንድ ባይቶች ትክክለኛ %1 አይደሉም እና በ“�” ተተክተዋል: ጽሑፉ የተሳሳተ መስሎ ከታየ የፋይሉን ኢንኮዲንግ ይምረጡ።</translation>
    </message>
    <message>
        <source>a quote opened here is never closed: the rest of the file went into one field.</source>
        <translation>እዚህ የተከፈተ የጥቅስ ምልክት ፈጽሞ አልተዘጋም: የቀረው የፋይሉ ክፍል በሙሉ ወደ አንድ መስክ ገብቷል።</translation>
    </message>
    <message>
        <source>text follows a closing quote; it was kept as part of the field.</source>
        <translation>ከመዝጊያ የጥቅስ ምልክት በኋላ ጽሑፍ አለ፤ የመስኩ አካል ሆኖ ተይዟል።</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields: Kontor reads files of up to %2 columns. Is it a list, and is its delimiter the right one?</source>
        <translation>መስመር %1 ከ%2 በላይ መስኮች አሉት: Kontor እስከ %2 አምዶች ያሏቸውን ፋይሎች ያነባል። ዝርዝር ነው? መለያያውስ ትክክለኛው ነው?</translation>
    </message>
</context>
<context>
    <name>CustomFieldActions</name>
    <message>
        <source>A field&apos;s key is up to 40 lower-case letters (a–z), digits and underscores, starting with a letter: “%1” is not.</source>
        <translation>የመስክ ቁልፍ በፊደል የሚጀምር፣ እስከ 40 የሚደርሱ ትናንሽ የላቲን ፊደላት (a–z)፣ አሃዞች እና የግርጌ መስመሮች (_) ነው: “%1” እንደዚህ አይደለም።</translation>
    </message>
    <message>
        <source>“%1” is the key of a built-in field.</source>
        <translation>“%1” የአብሮ የተሰራ መስክ ቁልፍ ነው።</translation>
    </message>
    <message>
        <source>An archived field has the key “%1”: restore it, or choose another key.</source>
        <translation>በማህደር የተቀመጠ መስክ “%1” የሚል ቁልፍ አለው: ወደነበረበት ይመልሱት፣ ወይም ሌላ ቁልፍ ይምረጡ።</translation>
    </message>
    <message>
        <source>Another field has the key “%1”.</source>
        <translation>ሌላ መስክ “%1” የሚል ቁልፍ አለው።</translation>
    </message>
    <message>
        <source>Enter the field&apos;s name.</source>
        <translation>የመስኩን ስም ያስገቡ።</translation>
    </message>
    <message>
        <source>A choice needs a name.</source>
        <translation>ምርጫ ስም ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>A choice cannot contain “;”, which separates choices in files.</source>
        <translation>ምርጫ “;” ሊይዝ አይችልም፤ በፋይሎች ውስጥ ምርጫዎችን የሚለየው እሱ ነው።</translation>
    </message>
    <message>
        <source>The choice “%1” is there twice.</source>
        <translation>ምርጫው “%1” ሁለት ጊዜ ገብቷል።</translation>
    </message>
    <message>
        <source>Give the field at least one choice.</source>
        <translation>ለመስኩ ቢያንስ አንድ ምርጫ ይስጡ።</translation>
    </message>
    <message>
        <source>Add field %1</source>
        <translation>መስክ %1ን ማከል</translation>
    </message>
    <message>
        <source>Rename field %1 to %2</source>
        <translation>የመስክ %1ን ስም ወደ %2 መቀየር</translation>
    </message>
    <message>
        <source>Change field %1</source>
        <translation>የመስክ %1 ለውጥ</translation>
    </message>
    <message>
        <source>Archive field %1</source>
        <translation>መስክ %1ን ወደ ማህደር ማስገባት</translation>
    </message>
    <message>
        <source>Restore field %1</source>
        <translation>መስክ %1ን ወደነበረበት መመለስ</translation>
    </message>
    <message>
        <source>Reorder fields</source>
        <translation>መስኮችን እንደገና ማደራጀት</translation>
    </message>
    <message>
        <source>Make field %1 %2</source>
        <translation>የመስክ %1ን ዓይነት ወደ %2 መቀየር</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>በጀት</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>ፍላጎት</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>ተቃውሞዎች</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>የጊዜ ሰሌዳ</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>ውሳኔ ሰጪ</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>የውሳኔ ሥልጣን</translation>
    </message>
    <message>
        <source>Decides alone</source>
        <translation>ብቻውን ይወስናል</translation>
    </message>
    <message>
        <source>Decides with others</source>
        <translation>ከሌሎች ጋር ይወስናል</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>ሐሳብ ያቀርባል</translation>
    </message>
    <message>
        <source>No say</source>
        <translation>ድምፅ የለውም</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>ተፎካካሪዎች</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>የሚታወቅ የለም</translation>
    </message>
    <message>
        <source>Incumbent supplier</source>
        <translation>አሁን ያለው አቅራቢ</translation>
    </message>
    <message>
        <source>Another offer</source>
        <translation>ሌላ የዋጋ ማቅረቢያ</translation>
    </message>
    <message>
        <source>Doing it themselves</source>
        <translation>ራሳቸው ይሠሩታል</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>የእምቅ ደንበኛ ሁኔታ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>አዲስ</translation>
    </message>
    <message>
        <source>Attempting contact</source>
        <translation>ለመገናኘት በመሞከር ላይ</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>ተገናኝተናል</translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>lead status</comment>
        <translation>ብቁ</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>ፍላጎት የለውም</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>ጊዜው አልተመቸም</translation>
    </message>
    <message>
        <source>Add qualification fields</source>
        <translation>የብቃት መስኮችን ማከል</translation>
    </message>
    <message>
        <source>Fill in %1: it is required.</source>
        <translation>%1ን ይሙሉ: የግድ መሞላት አለበት።</translation>
    </message>
</context>
<context>
    <name>CustomFieldRepository</name>
    <message>
        <source>The custom fields could not be read: %1</source>
        <translation>የራስ መስኮቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The custom field could not be read: %1</source>
        <translation>የራስ መስኩን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>There is no custom field with the number %1.</source>
        <translation>ቁጥሩ %1 የሆነ የራስ መስክ የለም።</translation>
    </message>
    <message>
        <source>Contacts have no field “%1”.</source>
        <translation>እውቂያዎች “%1” የሚባል መስክ የላቸውም።</translation>
    </message>
    <message>
        <source>Companies have no field “%1”.</source>
        <translation>ኩባንያዎች “%1” የሚባል መስክ የላቸውም።</translation>
    </message>
    <message>
        <source>Deals have no field “%1”.</source>
        <translation>ስምምነቶች “%1” የሚባል መስክ የላቸውም።</translation>
    </message>
    <message>
        <source>The field could not be added: %1</source>
        <translation>መስኩን ማከል አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The field could not be saved: %1</source>
        <translation>መስኩን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The field&apos;s choices could not be saved: %1</source>
        <translation>የመስኩን ምርጫዎች ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The fields could not be put in order: %1</source>
        <translation>መስኮቹን በቅደም ተከተል ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>%1 holds a list of its choices.</source>
        <translation>%1 የምርጫዎቹን ዝርዝር ይይዛል።</translation>
    </message>
    <message>
        <source>%1 has no choice with the number %2.</source>
        <translation>%1 ቁጥሩ %2 የሆነ ምርጫ የለውም።</translation>
    </message>
    <message>
        <source>%1 cannot hold that value.</source>
        <translation>%1 ያንን እሴት ሊይዝ አይችልም።</translation>
    </message>
    <message>
        <source>No company is called “%1”.</source>
        <translation>“%1” የሚባል ኩባንያ የለም።</translation>
    </message>
    <message>
        <source>Several contacts are called “%1”: give an email address.</source>
        <translation>ብዙ እውቂያዎች “%1” ይባላሉ: የኢሜይል አድራሻ ይስጡ።</translation>
    </message>
</context>
<context>
    <name>CustomerSegments</name>
    <message>
        <source>The customers&apos; segments could not be saved: %1</source>
        <translation>የደንበኞቹን ምድቦች ማስቀመጥ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>DataHealth</name>
    <message numerus="yes">
        <source>No contact for %n month(s)</source>
        <translation>
            <numerusform>ለ%Ln ወር ግንኙነት ያልተደረገላቸው</numerusform>
            <numerusform>ለ%Ln ወራት ግንኙነት ያልተደረገላቸው</numerusform>
        </translation>
    </message>
    <message>
        <source>Not called, met or written to in that time, or never.</source>
        <translation>በዚያ ጊዜ ውስጥ ወይም ከነጭራሹ ያልተደወለላቸው፣ ያልተገናኙ ወይም ያልተጻፈላቸው።</translation>
    </message>
    <message>
        <source>No email and no phone</source>
        <translation>ኢሜይልም ስልክም የለም</translation>
    </message>
    <message>
        <source>No way to reach them.</source>
        <translation>የሚደረስባቸው መንገድ የለም።</translation>
    </message>
    <message>
        <source>An email that is not one</source>
        <translation>ትክክል ያልሆነ ኢሜይል</translation>
    </message>
    <message>
        <source>Without an @, with spaces, or without a dotted domain.</source>
        <translation>@ የሌለው፣ ክፍት ቦታ ያለው ወይም ነጥብ ያለው ዶሜይን የሌለው።</translation>
    </message>
    <message>
        <source>A phone number that is not valid</source>
        <translation>ትክክል ያልሆነ ስልክ ቁጥር</translation>
    </message>
    <message>
        <source>Not a phone number, or not a valid one for its country.</source>
        <translation>ስልክ ቁጥር ያልሆነ፣ ወይም ለአገሩ ትክክል ያልሆነ።</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>ኃላፊ የለም</translation>
    </message>
    <message>
        <source>Nobody looks after them.</source>
        <translation>የሚከታተላቸው ሰው የለም።</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>የደንበኛ ምንጭ የለም</translation>
    </message>
    <message>
        <source>The lead-source report cannot count them.</source>
        <translation>የደንበኛ ምንጭ ሪፖርቱ ሊቆጥራቸው አይችልም።</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>ፍተሻው ተሰርዟል።</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n phone number(s) saved before</source>
        <translation>
            <numerusform>ከዚህ በፊት የተቀመጠ %Ln ስልክ ቁጥር በመፈተሽ ላይ</numerusform>
            <numerusform>ከዚህ በፊት የተቀመጡ %Ln ስልክ ቁጥሮች በመፈተሽ ላይ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” ፋይል አይደለም።</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>“%1”ን ማንበብ አይቻልም: ፈቃድ ተከልክሏል።</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>“%1”ን መክፈት አልተቻለም: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Kontor database: it is not an SQLite database file. It was left unchanged.</source>
        <translation>“%1” የKontor የውሂብ ጎታ አይደለም: የSQLite የውሂብ ጎታ ፋይል አይደለም። ፋይሉ ሳይቀየር ቀርቷል።</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Kontor database. It was left unchanged.</source>
        <translation>“%1” የሌላ ፕሮግራም የSQLite የውሂብ ጎታ ነው፣ የKontor የውሂብ ጎታ አይደለም። ፋይሉ ሳይቀየር ቀርቷል።</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kontor (schema %2; this version knows up to %3). Please update Kontor. The file was left unchanged.</source>
        <translation>“%1” የተጻፈው በአዲስ የKontor ስሪት ነው (ስኪማ %2፤ ይህ ስሪት የሚያውቀው እስከ %3 ድረስ ነው)። እባክዎ Kontorን ያዘምኑ። ፋይሉ ሳይቀየር ቀርቷል።</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>የQt SQLite ሾፌር (QSQLITE) አልተጫነም።</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>በ“%1” ላይ የውሂብ ጎታ የለም።</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>አቃፊውን “%1” መፍጠር አልተቻለም።</translation>
    </message>
    <message>
        <source>The database could not be configured (%1): %2</source>
        <translation>የውሂብ ጎታውን ማዋቀር አልተቻለም (%1): %2</translation>
    </message>
    <message>
        <source>The built-in schema step %1 is missing.</source>
        <translation>አብሮ የተሰራው የስኪማ እርምጃ %1 የለም።</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2
%3</source>
        <translation>የውሂብ ጎታውን ወደ ስኪማ %1 ማሻሻል አልተሳካም: %2
%3</translation>
    </message>
    <message>
        <source>A database in memory has no file to back up.</source>
        <translation>በማህደረ ትውስታ ውስጥ ያለ የውሂብ ጎታ ምትኬ የሚሰራለት ፋይል የለውም።</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database it is made from.</source>
        <translation>ምትኬ የተሰራበትን የውሂብ ጎታ ራሱን ሊተካ አይችልም።</translation>
    </message>
    <message>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>ምትኬውን ወደ “%1” መጻፍ አልተቻለም: %2</translation>
    </message>
    <message>
        <source>“%1” exists and could not be replaced.</source>
        <translation>“%1” አስቀድሞ አለ፣ ሊተካም አልቻለም።</translation>
    </message>
    <message>
        <source>The backup could not be moved to “%1”.</source>
        <translation>ምትኬውን ወደ “%1” ማዛወር አልተቻለም።</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>የሰንጠረዥ %2 ረድፍ %1 በ%3 ውስጥ የሌለ ረድፍን ያመለክታል።</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline totals (deal_totals) differ from the deals in %n row(s).</source>
        <translation>
            <numerusform>የሽያጭ ሂደቱ ድምሮች (deal_totals) በ%Ln ረድፍ ከስምምነቶቹ ይለያሉ።</numerusform>
            <numerusform>የሽያጭ ሂደቱ ድምሮች (deal_totals) በ%Ln ረድፎች ከስምምነቶቹ ይለያሉ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report summaries differ from the rows they sum up in %n row(s).</source>
        <translation>
            <numerusform>የሪፖርት ማጠቃለያዎቹ በ%Ln ረድፍ ከሚያጠቃልሏቸው ረድፎች ይለያሉ።</numerusform>
            <numerusform>የሪፖርት ማጠቃለያዎቹ በ%Ln ረድፎች ከሚያጠቃልሏቸው ረድፎች ይለያሉ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema version %1 differs from the expected %2.</source>
        <translation>የስኪማ ስሪት %1 ከሚጠበቀው %2 ይለያል።</translation>
    </message>
    <message>
        <source>“%1” could not be created.</source>
        <translation>“%1”ን መፍጠር አልተቻለም።</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>በአቃፊው ላይ መጻፍ አይቻልም</translation>
    </message>
    <message>
        <source>The database can only be read: its file, its folder or its disk does not allow changes.</source>
        <translation>የውሂብ ጎታው ሊነበብ ብቻ ይችላል: ፋይሉ፣ አቃፊው ወይም ዲስኩ ለውጥ አይፈቅድም።</translation>
    </message>
    <message>
        <source>%1 (an index of it)</source>
        <translation>%1 (የእሱ ማውጫ)</translation>
    </message>
    <message>
        <source>The database is damaged in: %1.</source>
        <translation>የውሂብ ጎታው የተበላሸው እዚህ ነው: %1።</translation>
    </message>
    <message>
        <source>The database is damaged: SQLite reports “%1”.</source>
        <translation>የውሂብ ጎታው ተበላሽቷል: SQLite “%1” ይላል።</translation>
    </message>
    <message>
        <source>Restore the newest good backup (File → Restore from Backup…; the backups made before the damage were kept), or save what can still be read into a new file with “kontor-cli salvage FILE NEW-FILE”.</source>
        <translation>አዲሱን ጤናማ ምትኬ ይመልሱ (ፋይል → ከምትኬ ወደነበረበት መልስ…፤ ከጉዳቱ በፊት የተሠሩት ምትኬዎች ተጠብቀዋል)፣ ወይም አሁንም የሚነበበውን በ“kontor-cli salvage FILE NEW-FILE” ወደ አዲስ ፋይል ያድኑ።</translation>
    </message>
    <message>
        <source>No backup was made. %1 %2</source>
        <translation>ምንም ምትኬ አልተሠራም። %1 %2</translation>
    </message>
    <message>
        <source>“%1” could not be read together with “%2” beside it: that file holds changes of another database, or is damaged. Move “%2” into another folder (keep it: it may hold this database&apos;s last changes) and open “%1” again. Both files were left unchanged.</source>
        <translation>“%1” ከአጠገቡ ካለው “%2” ጋር ሊነበብ አልቻለም: ያ ፋይል የሌላ የውሂብ ጎታ ለውጦችን ይዟል ወይም ተበላሽቷል። “%2”ን ወደ ሌላ አቃፊ ያዛውሩት (ያቆዩት: የዚህ የውሂብ ጎታ የመጨረሻ ለውጦች ሊኖሩበት ይችላሉ) እና “%1”ን እንደገና ይክፈቱ። ሁለቱም ፋይሎች ሳይለወጡ ቀርተዋል።</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: its folder “%2” does not allow changes, and SQLite needs to keep two small files beside the database while it is open. Copy the file into a folder of yours, or ask for permission to write in that one. The file was left unchanged.</source>
        <translation>“%1” ሊከፈት አይችልም: አቃፊው “%2” ለውጥ አይፈቅድም፣ SQLite ደግሞ የውሂብ ጎታው ክፍት ሳለ ከአጠገቡ ሁለት ትናንሽ ፋይሎችን ማቆየት አለበት። ፋይሉን ወደ ራስዎ አቃፊ ይቅዱ፣ ወይም በዚያ አቃፊ ለመጻፍ ፈቃድ ይጠይቁ። ፋይሉ ሳይለወጥ ቀርቷል።</translation>
    </message>
    <message>
        <source>“%1” is damaged: its first pages cannot be read. Restore it from a backup (File → Restore from Backup…, or the kontor-backups folder beside it). The file was left unchanged.</source>
        <translation>“%1” ተበላሽቷል: የመጀመሪያ ገጾቹ ሊነበቡ አይችሉም። ከምትኬ ይመልሱት (ፋይል → ከምትኬ ወደነበረበት መልስ…፣ ወይም ከአጠገቡ ያለው kontor-backups አቃፊ)። ፋይሉ ሳይለወጥ ቀርቷል።</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2. It was left unchanged.</source>
        <translation>“%1” ሊነበብ አልቻለም: %2። ሳይለወጥ ቀርቷል።</translation>
    </message>
    <message>
        <source>“%1” exists already: what is saved goes into a new file.</source>
        <translation>“%1” አስቀድሞ አለ: የሚዳነው ወደ አዲስ ፋይል ይገባል።</translation>
    </message>
    <message>
        <source>Nothing can be read from “%1”: the list of its tables is damaged. Restore a backup instead.</source>
        <translation>ከ“%1” ምንም ሊነበብ አይችልም: የሰንጠረዦቹ ዝርዝር ተበላሽቷል። በምትኩ ምትኬ ይመልሱ።</translation>
    </message>
    <message>
        <source>“%1” is not a Kontor database.</source>
        <translation>“%1” የKontor የውሂብ ጎታ አይደለም።</translation>
    </message>
    <message>
        <source>the new file&apos;s tables could not be listed</source>
        <translation>የአዲሱ ፋይል ሰንጠረዦች ሊዘረዘሩ አልቻሉም</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>ቆሟል።</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>ምንም አልተዳነም: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>የውሂብ ጎታውን ወደ ስኪማ %1 ማሻሻል አልተሳካም: %2</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <source>“%1” lost: %2.</source>
        <translation>“%1” ከሽፏል: %2።</translation>
    </message>
    <message>
        <source>“%1” won.</source>
        <translation>“%1” ተሳክቷል።</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>“%1” ወደ %2 ተዛውሯል።</translation>
    </message>
    <message>
        <source>The pipeline has no Won stage.</source>
        <translation>የሽያጭ ሂደቱ “የተሳካ” ደረጃ የለውም።</translation>
    </message>
    <message>
        <source>The pipeline has no Lost stage.</source>
        <translation>የሽያጭ ሂደቱ “የከሸፈ” ደረጃ የለውም።</translation>
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation>ለስምምነቱ ርዕስ ይስጡት።</translation>
    </message>
    <message>
        <source>Choose the contact the deal is with.</source>
        <translation>ስምምነቱ ከየትኛው እውቂያ ጋር እንደሆነ ይምረጡ።</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>መጠኑ አሉታዊ ሊሆን አይችልም።</translation>
    </message>
    <message>
        <source>Choose the stage the deal is in.</source>
        <translation>ስምምነቱ ያለበትን ደረጃ ይምረጡ።</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>ስምምነቱ ለምን እንደከሸፈ ይግለጹ።</translation>
    </message>
    <message>
        <source>Edit deal “%1”</source>
        <translation>የ“%1” ስምምነት ማስተካከያ</translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation>አዲስ ስምምነት “%1”</translation>
    </message>
    <message>
        <source>Deal “%1” created in %2.</source>
        <translation>ስምምነት “%1” በ“%2” ደረጃ ተፈጥሯል።</translation>
    </message>
    <message>
        <source>Deal “%1” saved.</source>
        <translation>ስምምነት “%1” ተቀምጧል።</translation>
    </message>
    <message>
        <source>“%1” is in %2 already.</source>
        <translation>“%1” አስቀድሞ በ%2 ውስጥ ነው።</translation>
    </message>
    <message>
        <source>Win “%1”</source>
        <translation>“%1”ን ማሳካት</translation>
    </message>
    <message>
        <source>Lose “%1”</source>
        <translation>የ“%1” መክሸፍ</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>“%1”ን ወደ %2 ማዛወር</translation>
    </message>
    <message>
        <source>There is no stage “%1”; the stages are: %2.</source>
        <translation>“%1” የሚባል ደረጃ የለም፤ ደረጃዎቹ እነዚህ ናቸው: %2።</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>A deal needs a title.</source>
        <translation>ስምምነት ርዕስ ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>Choose the stage the deal is in.</source>
        <translation>ስምምነቱ ያለበትን ደረጃ ይምረጡ።</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>መጠኑ አሉታዊ ሊሆን አይችልም።</translation>
    </message>
    <message>
        <source>The deal could not be saved: %1</source>
        <translation>ስምምነቱን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>There is no deal with the number %1.</source>
        <translation>ቁጥሩ %1 የሆነ ስምምነት የለም።</translation>
    </message>
    <message>
        <source>The deal could not be read: %1</source>
        <translation>ስምምነቱን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The deal could not be archived: %1</source>
        <translation>ስምምነቱን ወደ ማህደር ማስገባት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The deal is already archived or no longer exists.</source>
        <translation>ስምምነቱ አስቀድሞ በማህደር ተቀምጧል ወይም ከአሁን በኋላ የለም።</translation>
    </message>
    <message>
        <source>The deal could not be moved: %1</source>
        <translation>ስምምነቱን ማዛወር አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>DefaultNames</name>
    <message>
        <source>New lead</source>
        <translation>አዲስ እምቅ ደንበኛ</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>የመጀመሪያ ግንኙነት</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>የፍላጎት ማጣራት</translation>
    </message>
    <message>
        <source>Demo/Presentation</source>
        <translation>ማሳያ/ገለጻ</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ፕሮፖዛል</translation>
    </message>
    <message>
        <source>Contract review</source>
        <translation>የውል ግምገማ</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>የተሳካ</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>የከሸፈ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ድረ-ገጽ</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ጥቆማ</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>ቀጥታ የሽያጭ ጥሪ</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>የንግድ ትርኢት</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>ማኅበራዊ ሚዲያ</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>ማስታወቂያ</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>the person who runs the business</comment>
        <translation>ባለቤት</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Tech</source>
        <translation>ቴክኖሎጂ</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>ሎጂስቲክስ</translation>
    </message>
    <message>
        <source>Foods</source>
        <translation>ምግብ ማቀነባበሪያ</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>ሲስተምስ</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>ኮንሰልቲንግ</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>ሚዲያ</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>ኢነርጂ</translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation>ጨርቃ ጨርቅ</translation>
    </message>
    <message>
        <source>Pharma</source>
        <translation>ፋርማሲዩቲካልስ</translation>
    </message>
    <message>
        <source>Motors</source>
        <translation>ሞተርስ</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>ዲዛይን</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ሶፍትዌር</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>ጠቅላላ ንግድ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ማተሚያ ቤት</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>ኮንስትራክሽን</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>የጤና አገልግሎት</translation>
    </message>
    <message>
        <source>Optics</source>
        <translation>ኦፕቲክስ</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>ሮቦቲክስ</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>ፈርኒቸር</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>ማሸጊያ</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>ሶላር</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>የጥርስ ክሊኒክ</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>የጉዞ ወኪል</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>ኬተሪንግ</translation>
    </message>
    <message>
        <source>Plastics</source>
        <translation>ፕላስቲክ</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ሃርድዌር</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>ኢቨንትስ</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>የጥበቃ አገልግሎት</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>የጽዳት አገልግሎት</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>አናሊቲክስ</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>ችርቻሮ ንግድ</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>አምራች ኢንዱስትሪ</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>ጤና አጠባበቅ</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>ግንባታ</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>ሆቴልና ቱሪዝም</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>ፋይናንስ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>ትምህርት</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>ግብርና</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>ዋና ሥራ አስፈጻሚ</translation>
    </message>
    <message>
        <source>Managing Director</source>
        <translation>ዋና ሥራ አስኪያጅ</translation>
    </message>
    <message>
        <source>Head of Purchasing</source>
        <translation>የግዢ ክፍል ኃላፊ</translation>
    </message>
    <message>
        <source>Sales Manager</source>
        <translation>የሽያጭ ሥራ አስኪያጅ</translation>
    </message>
    <message>
        <source>Office Manager</source>
        <translation>የቢሮ ኃላፊ</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>ዋና የቴክኖሎጂ ኃላፊ</translation>
    </message>
    <message>
        <source>Project Lead</source>
        <translation>የፕሮጀክት መሪ</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>የግዢ ሠራተኛ</translation>
    </message>
    <message>
        <source>Operations Manager</source>
        <translation>የኦፕሬሽን ሥራ አስኪያጅ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ባለቤት</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>የሂሳብ ባለሙያ</translation>
    </message>
    <message>
        <source>Head of IT</source>
        <translation>የአይቲ ክፍል ኃላፊ</translation>
    </message>
    <message>
        <source>Marketing Manager</source>
        <translation>የማርኬቲንግ ሥራ አስኪያጅ</translation>
    </message>
    <message>
        <source>Procurement Specialist</source>
        <translation>የግዢ ባለሙያ</translation>
    </message>
    <message>
        <source>Finance Director</source>
        <translation>የፋይናንስ ዳይሬክተር</translation>
    </message>
    <message>
        <source>Team Lead Logistics</source>
        <translation>የሎጂስቲክስ ቡድን መሪ</translation>
    </message>
    <message>
        <source>Assistant to the Board</source>
        <translation>የቦርድ ረዳት</translation>
    </message>
    <message>
        <source>Facility Manager</source>
        <translation>የጠቅላላ አገልግሎት ኃላፊ</translation>
    </message>
    <message>
        <source>HR Manager</source>
        <translation>የሰው ሀብት ሥራ አስኪያጅ</translation>
    </message>
    <message>
        <source>Starter plan</source>
        <translation>ጀማሪ ጥቅል</translation>
    </message>
    <message>
        <source>Premium support</source>
        <translation>ፕሪሚየም ድጋፍ</translation>
    </message>
    <message>
        <source>warehouse scanners</source>
        <translation>መጋዘን ስካነሮች</translation>
    </message>
    <message>
        <source>onboarding workshop</source>
        <translation>መግቢያ ሥልጠና</translation>
    </message>
    <message>
        <source>cloud backup</source>
        <translation>ክላውድ ምትኬ</translation>
    </message>
    <message>
        <source>annual maintenance</source>
        <translation>ዓመታዊ ጥገና</translation>
    </message>
    <message>
        <source>fleet tracking</source>
        <translation>ተሽከርካሪ መከታተያ</translation>
    </message>
    <message>
        <source>POS terminals</source>
        <translation>ፖስ ማሽኖች</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>ሰኞ</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>ማክሰኞ</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>ረቡዕ</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>ሐሙስ</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>ዓርብ</translation>
    </message>
    <message>
        <source>Discussed the %1 offer; they want a quote by %2.</source>
        <translation>ስለ %1 አቅርቦታችን ተወያየን፤ እስከ %2 ፕሮፎርማ እንድንልክላቸው ይፈልጋሉ።</translation>
    </message>
    <message>
        <source>Renewal of the %1 contract: decision expected next week.</source>
        <translation>የ%1 ውል እድሳት: ውሳኔው በሚቀጥለው ሳምንት ይጠበቃል።</translation>
    </message>
    <message>
        <source>Presented %1 to their team, good feedback on price, worried about rollout time.</source>
        <translation>%1ን ለቡድናቸው አቀረብን፤ በዋጋው ደስተኞች ናቸው፣ ግን የትግበራው ጊዜ ያሳስባቸዋል።</translation>
    </message>
    <message>
        <source>Sent the revised proposal for %1 with the volume discount.</source>
        <translation>የተሻሻለውን የ%1 ፕሮፖዛል ከብዛት ቅናሽ ጋር ልከናል።</translation>
    </message>
    <message>
        <source>Asked about %1 integration with their accounting software.</source>
        <translation>%1 ከሂሳብ ሶፍትዌራቸው ጋር እንዴት እንደሚቀናጅ ጠይቀዋል።</translation>
    </message>
    <message>
        <source>Follow-up on the invoice for %1; payment promised by the end of the month.</source>
        <translation>የ%1 ክፍያ መጠየቂያ ክትትል፤ እስከ ወሩ መጨረሻ ለመክፈል ቃል ገብተዋል።</translation>
    </message>
    <message>
        <source>Met at the trade show, interested in %1 for the new branch.</source>
        <translation>በንግድ ትርዒቱ ላይ ተገናኘን፤ ለአዲሱ ቅርንጫፋቸው %1 ላይ ፍላጎት አላቸው።</translation>
    </message>
    <message>
        <source>Budget for %1 frozen until %2, call back then.</source>
        <translation>የ%1 በጀት እስከ %2 ታግዷል፤ ያኔ መልሰን እንደውላለን።</translation>
    </message>
    <message>
        <source>Complaint: the %1 delivery arrived late and partly damaged.</source>
        <translation>ቅሬታ: የ%1 አቅርቦት ዘግይቶ ደርሷል፤ በከፊልም ተጎድቷል።</translation>
    </message>
    <message>
        <source>Complaint: billed twice for %1.</source>
        <translation>ቅሬታ: ለ%1 ሁለት ጊዜ ክፍያ ተጠይቀዋል።</translation>
    </message>
    <message>
        <source>Complaint: support did not answer about %1 for three days.</source>
        <translation>ቅሬታ: የድጋፍ ቡድኑ ስለ %1 ለሦስት ቀናት ምላሽ አልሰጠም።</translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>ለ%1 መልሶ መደወል</translation>
    </message>
    <message>
        <source>Send proposal to %1</source>
        <translation>ለ%1 ፕሮፖዛል መላክ</translation>
    </message>
    <message>
        <source>Check in with %1</source>
        <translation>%1ን ማነጋገር</translation>
    </message>
    <message>
        <source>Prepare meeting with %1</source>
        <translation>ከ%1 ጋር ለሚደረገው ስብሰባ መዘጋጀት</translation>
    </message>
    <message>
        <source>Follow up on quote for %1</source>
        <translation>ለ%1 የተላከውን ፕሮፎርማ መከታተል</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>ዋጋው በጣም ከፍተኛ ነው</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>ተፎካካሪ ድርጅት መርጠዋል</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>በጀት የለም</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>ውሳኔ አልተሰጠም</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>ጊዜው አልተመቸም</translation>
    </message>
    <message>
        <source>Spring newsletter</source>
        <translation>የበልግ ዜና መጽሔት</translation>
    </message>
    <message>
        <source>Summer newsletter</source>
        <translation>የክረምት ዜና መጽሔት</translation>
    </message>
    <message>
        <source>Autumn newsletter</source>
        <translation>የመፀው ዜና መጽሔት</translation>
    </message>
    <message>
        <source>Christmas newsletter</source>
        <translation>የገና ዜና መጽሔት</translation>
    </message>
    <message>
        <source>Webinar: getting started</source>
        <translation>የበይነ መረብ ሴሚናር: ለጀማሪዎች</translation>
    </message>
    <message>
        <source>Website relaunch</source>
        <translation>የታደሰው ድረ-ገጽ ምረቃ</translation>
    </message>
    <message>
        <source>Google Ads – search</source>
        <translation>Google Ads – ፍለጋ</translation>
    </message>
    <message>
        <source>Google Ads – display</source>
        <translation>Google Ads – የምስል ማስታወቂያዎች</translation>
    </message>
    <message>
        <source>LinkedIn Ads – decision makers</source>
        <translation>LinkedIn Ads – ውሳኔ ሰጪዎች</translation>
    </message>
    <message>
        <source>Ad in a trade magazine</source>
        <translation>በንግድ መጽሔት ላይ ማስታወቂያ</translation>
    </message>
    <message>
        <source>Local radio spot</source>
        <translation>የኤፍኤም ሬዲዮ ማስታወቂያ</translation>
    </message>
    <message>
        <source>Trade fair Leipzig %1</source>
        <translation>የአዲስ አበባ ዓለም አቀፍ የንግድ ትርዒት %1</translation>
    </message>
    <message>
        <source>Hannover Messe %1</source>
        <translation>ኢትዮጵያ ታምርት ኤክስፖ %1</translation>
    </message>
    <message>
        <source>Summer open house %1</source>
        <translation>የክረምት ክፍት ቀን %1</translation>
    </message>
    <message>
        <source>Regional business expo %1</source>
        <translation>የክልል የንግድ ባዛርና ኤክስፖ %1</translation>
    </message>
    <message>
        <source>Customer day %1</source>
        <translation>የደንበኞች ቀን %1</translation>
    </message>
    <message>
        <source>LinkedIn sponsored posts</source>
        <translation>LinkedIn ላይ ስፖንሰር የተደረጉ ልጥፎች</translation>
    </message>
    <message>
        <source>Instagram – summer campaign</source>
        <translation>Instagram – የክረምት ዘመቻ</translation>
    </message>
    <message>
        <source>Facebook ads – autumn offer</source>
        <translation>Facebook ማስታወቂያዎች – የመፀው ልዩ ቅናሽ</translation>
    </message>
    <message>
        <source>Customer referral bonus</source>
        <translation>የደንበኛ ጥቆማ ጉርሻ</translation>
    </message>
    <message>
        <source>Thank-you gifts for referrers</source>
        <translation>ለጠቋሚዎች የምስጋና ስጦታዎች</translation>
    </message>
    <message>
        <source>Call list: logistics companies</source>
        <translation>የጥሪ ዝርዝር: የሎጂስቲክስ ኩባንያዎች</translation>
    </message>
    <message>
        <source>Call list: retailers</source>
        <translation>የጥሪ ዝርዝር: ቸርቻሪዎች</translation>
    </message>
    <message>
        <source>Spring promotion</source>
        <translation>የበልግ ፕሮሞሽን</translation>
    </message>
    <message>
        <source>Autumn promotion</source>
        <translation>የመፀው ፕሮሞሽን</translation>
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
        <translation>የእውቂያዎች ብዛት አሉታዊ ሊሆን አይችልም።</translation>
    </message>
    <message>
        <source>Generating demo data failed: %1</source>
        <translation>የማሳያ ውሂብ መፍጠር አልተሳካም: %1</translation>
    </message>
    <message>
        <source>Generating demo data was cancelled; the database is unchanged.</source>
        <translation>የማሳያ ውሂብ መፍጠር ተሰርዟል፤ የውሂብ ጎታው አልተቀየረም።</translation>
    </message>
    <message>
        <source>Contacts and their history</source>
        <translation>እውቂያዎች እና ታሪካቸው</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>ማውጫዎች</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>የፍለጋ ማውጫ</translation>
    </message>
    <message>
        <source>Pipeline totals</source>
        <translation>የሽያጭ ሂደት ድምሮች</translation>
    </message>
    <message>
        <source>Report summaries</source>
        <translation>የሪፖርት ማጠቃለያዎች</translation>
    </message>
    <message>
        <source>Checking references</source>
        <translation>ማጣቀሻዎችን በመፈተሽ ላይ</translation>
    </message>
    <message>
        <source>Generating demo data failed: a row of %1 refers to a missing row of %2.</source>
        <translation>የማሳያ ውሂብ መፍጠር አልተሳካም: የ%1 አንድ ረድፍ በ%2 ውስጥ የሌለ ረድፍን ያመለክታል።</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>በመጻፍ ላይ</translation>
    </message>
    <message>
        <source>Meeting about %1</source>
        <translation>ስለ %1 ስብሰባ</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation>መልስ: %1</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ቅሬታ</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Comparing emails</source>
        <translation>ኢሜይሎችን በማነጻጸር ላይ</translation>
    </message>
    <message>
        <source>Same email: %1</source>
        <translation>ተመሳሳይ ኢሜይል: %1</translation>
    </message>
    <message>
        <source>Comparing phone numbers</source>
        <translation>ስልክ ቁጥሮችን በማነጻጸር ላይ</translation>
    </message>
    <message>
        <source>Same phone number: %1</source>
        <translation>ተመሳሳይ ስልክ ቁጥር: %1</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation>የተደጋጋሚዎች ፍለጋ ተሰርዟል።</translation>
    </message>
    <message>
        <source>Comparing names</source>
        <translation>ስሞችን በማነጻጸር ላይ</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>ተመሳሳይ ስም</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ተጠናቋል</translation>
    </message>
    <message>
        <source>Same name but for case, punctuation or legal form</source>
        <translation>ከፊደል አጻጻፍ፣ ከሥርዓተ ነጥብ ወይም ከሕጋዊ ቅርጽ በስተቀር ተመሳሳይ ስም</translation>
    </message>
</context>
<context>
    <name>FieldConditions</name>
    <message>
        <source>%1: “~” is for text.</source>
        <translation>%1: “~” ለጽሑፍ ብቻ ነው።</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the form 2026-12-31.</source>
        <translation>%1: “%2” በ2026-12-31 ቅርጽ የተጻፈ ቀን አይደለም።</translation>
    </message>
    <message>
        <source>%1: choices are compared with = and != only.</source>
        <translation>%1: ምርጫዎች የሚነጻጸሩት በ= እና በ!= ብቻ ነው።</translation>
    </message>
    <message>
        <source>%1: name a choice.</source>
        <translation>%1: ምርጫ ይጥቀሱ።</translation>
    </message>
    <message>
        <source>%1: give a value, or use empty or notempty.</source>
        <translation>%1: እሴት ይስጡ፣ ወይም empty ወይም notempty ይጠቀሙ።</translation>
    </message>
    <message>
        <source>%1: yes or no is compared with = and != only.</source>
        <translation>%1: አዎ ወይም አይ የሚነጻጸረው በ= እና በ!= ብቻ ነው።</translation>
    </message>
    <message>
        <source>%1: links are compared with = and != only.</source>
        <translation>%1: አገናኞች የሚነጻጸሩት በ= እና በ!= ብቻ ነው።</translation>
    </message>
    <message>
        <source>“%1” is not a condition such as “city = Berlin”, “budget &gt;= 5000” or “timeline empty”.</source>
        <translation>“%1” እንደ “city = Berlin”፣ “budget &gt;= 5000” ወይም “timeline empty” ያለ መስፈርት አይደለም።</translation>
    </message>
    <message>
        <source>id: compare it with a number.</source>
        <translation>id: ከቁጥር ጋር ያነጻጽሩት።</translation>
    </message>
    <message>
        <source>%1: compare it with =, !=, ~, empty or notempty.</source>
        <translation>%1: =፣ !=፣ ~፣ empty ወይም notempty ይጠቀሙ።</translation>
    </message>
    <message>
        <source>Contacts have no field “%1”. Built-in: %2; your own: see kontor-cli field list.</source>
        <translation>እውቂያዎች “%1” የሚባል መስክ የላቸውም። አብሮ የተሰሩ: %2፤ የራስዎ: kontor-cli field list ይመልከቱ።</translation>
    </message>
    <message>
        <source>status: compare it with = or != and a stage, such as status = customer.</source>
        <translation>status: በ= ወይም != እና በአንድ ደረጃ ያወዳድሩ፣ ለምሳሌ status = customer።</translation>
    </message>
    <message>
        <source>status: “%1” is not a stage.</source>
        <translation>status: “%1” ደረጃ አይደለም።</translation>
    </message>
    <message>
        <source>score: compare it with a number, such as score &gt;= 50.</source>
        <translation>score: ከቁጥር ጋር ያነጻጽሩት፣ ለምሳሌ score &gt;= 50።</translation>
    </message>
    <message>
        <source>Companies have no field “%1”. Built-in: %2; your own: see kontor-cli field list.</source>
        <translation>ኩባንያዎች “%1” የሚባል መስክ የላቸውም። አብሮ የተሰሩ: %2፤ የራስዎ: kontor-cli field list ይመልከቱ።</translation>
    </message>
    <message>
        <source>territory: compare it with =, !=, empty or notempty.</source>
        <translation>territory: =፣ !=፣ empty ወይም notempty ይጠቀሙ።</translation>
    </message>
    <message>
        <source>territory: there is no territory “%1”.</source>
        <translation>territory: “%1” የሚባል ቀጠና የለም።</translation>
    </message>
    <message>
        <source>territory: name a territory.</source>
        <translation>territory: ቀጠና ይጥቀሱ።</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>Text</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>ረጅም ጽሑፍ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ቁጥር</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>ገንዘብ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ቀን</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>አመልካች ሳጥን</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>ምርጫ</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>ብዙ ምርጫ</translation>
    </message>
    <message>
        <source>Link to a contact</source>
        <translation>የእውቂያ አገናኝ</translation>
    </message>
    <message>
        <source>Link to a company</source>
        <translation>የኩባንያ አገናኝ</translation>
    </message>
</context>
<context>
    <name>FieldValueText</name>
    <message>
        <source>Yes</source>
        <translation>አዎ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>አይ</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” ቁጥር አይደለም።</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount.</source>
        <translation>%1: “%2” መጠን አይደለም።</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the form 2026-12-31.</source>
        <translation>%1: “%2” በ2026-12-31 ቅርጽ የተጻፈ ቀን አይደለም።</translation>
    </message>
    <message>
        <source>%1: “%2” is neither yes nor no.</source>
        <translation>%1: “%2” አዎም አይም አይደለም።</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of its choices.</source>
        <translation>%1: “%2” ከምርጫዎቹ አንዱ አይደለም።</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record&apos;s number.</source>
        <translation>%1: “%2” የመዝገብ ቁጥር አይደለም።</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>ትንበያውን ማስላት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>ስምምነቶቹን ማንበብ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>The funnel could not be computed: %1</source>
        <translation>የሽያጭ ፍሰቱን ማስላት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>ስምምነቶቹን ማንበብ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>A vCard file holds contacts.</source>
        <translation>የvCard ፋይል እውቂያዎችን ይይዛል።</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ማስመጣት</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1ን ማስመጣት</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>ማስመጣቱን መጀመር አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>ማስመጣቱን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Undo import %1</source>
        <translation>የማስመጣት %1 መቀልበስ</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>ማስመጣቱን መቀልበስ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>ማስመጣቱን መቀልበስ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation>እንደዚህ ያለ ማስመጣት የለም።</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>ይህ ማስመጣት አስቀድሞ ተቀልብሷል።</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>ማስመጣቱን በመቀልበስ ላይ</translation>
    </message>
    <message>
        <source>Undoing the import was cancelled; nothing was changed.</source>
        <translation>ማስመጣቱን መቀልበስ ተሰርዟል፤ ምንም ነገር አልተቀየረም።</translation>
    </message>
    <message>
        <source>The import&apos;s contacts could not be read: %1</source>
        <translation>የማስመጣቱን እውቂያዎች ማንበብ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>The import could not start: %1</source>
        <translation>ማስመጣቱን መጀመር አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>ረድፎችን በመፈተሽ ላይ</translation>
    </message>
    <message>
        <source>Importing rows</source>
        <translation>ረድፎችን በማስመጣት ላይ</translation>
    </message>
    <message>
        <source>The import could not be finished, and nothing was imported: %1</source>
        <translation>ማስመጣቱን መጨረስ አልተቻለም፣ ምንም ነገርም አልመጣም: %1</translation>
    </message>
    <message>
        <source>The import could not be saved, and nothing was imported: %1</source>
        <translation>ማስመጣቱን ማስቀመጥ አልተቻለም፣ ምንም ነገርም አልመጣም: %1</translation>
    </message>
</context>
<context>
    <name>InteractionActions</name>
    <message>
        <source>Interaction logged, reminder done and the next meeting scheduled.</source>
        <translation>ግንኙነቱ ተመዝግቧል፣ አስታዋሹ ተከናውኗል፣ ቀጣዩ ስብሰባም ታቅዷል።</translation>
    </message>
    <message>
        <source>Interaction logged, reminder done and follow-up scheduled.</source>
        <translation>ግንኙነቱ ተመዝግቧል፣ አስታዋሹ ተከናውኗል፣ ክትትልም ታቅዷል።</translation>
    </message>
    <message>
        <source>Interaction logged and reminder done.</source>
        <translation>ግንኙነቱ ተመዝግቧል፣ አስታዋሹም ተከናውኗል።</translation>
    </message>
    <message>
        <source>Interaction logged and the next meeting scheduled.</source>
        <translation>ግንኙነቱ ተመዝግቧል፣ ቀጣዩ ስብሰባም ታቅዷል።</translation>
    </message>
    <message>
        <source>Interaction logged and follow-up scheduled.</source>
        <translation>ግንኙነቱ ተመዝግቧል፣ ክትትልም ታቅዷል።</translation>
    </message>
    <message>
        <source>Interaction logged.</source>
        <translation>ግንኙነቱ ተመዝግቧል።</translation>
    </message>
    <message>
        <source>Choose the contact the interaction was with.</source>
        <translation>ግንኙነቱ ከየትኛው እውቂያ ጋር እንደነበረ ይምረጡ።</translation>
    </message>
    <message>
        <source>Give the follow-up a title.</source>
        <translation>ለክትትሉ ርዕስ ይስጡት።</translation>
    </message>
    <message>
        <source>Enter when the follow-up is due.</source>
        <translation>የክትትሉ ቀነ ገደብ መቼ እንደሆነ ያስገቡ።</translation>
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation>ከ%1 ጋር የተደረገ ግንኙነት መመዝገብ</translation>
    </message>
    <message>
        <source>Only a complaint can be resolved.</source>
        <translation>ሊፈታ የሚችለው ቅሬታ ብቻ ነው።</translation>
    </message>
    <message>
        <source>Complaint resolved.</source>
        <translation>ቅሬታው ተፈትቷል።</translation>
    </message>
    <message>
        <source>Complaint open again.</source>
        <translation>ቅሬታው እንደገና ተከፍቷል።</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>ቅሬታውን መፍታት</translation>
    </message>
    <message>
        <source>Open complaint again</source>
        <translation>ቅሬታውን እንደገና መክፈት</translation>
    </message>
</context>
<context>
    <name>InteractionKinds</name>
    <message>
        <source>Call</source>
        <translation>ጥሪ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ስብሰባ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>መልዕክት</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ማስታወሻ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ቅሬታ</translation>
    </message>
</context>
<context>
    <name>InteractionOutcomes</name>
    <message>
        <source>Successful</source>
        <translation>ውጤታማ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>መካከለኛ</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>ውጤታማ ያልሆነ</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>ስልኩ አልተነሳም</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>የድምፅ መልዕክት</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>መስመሩ ተይዟል</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>የተሳሳተ ቁጥር</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>Choose the contact this interaction was with.</source>
        <translation>ይህ ግንኙነት ከየትኛው እውቂያ ጋር እንደነበረ ይምረጡ።</translation>
    </message>
    <message>
        <source>Choose what kind of interaction it was.</source>
        <translation>ግንኙነቱ ምን ዓይነት እንደነበረ ይምረጡ።</translation>
    </message>
    <message>
        <source>Enter when the interaction took place.</source>
        <translation>ግንኙነቱ መቼ እንደተካሄደ ያስገቡ።</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>የቆይታ ጊዜው አሉታዊ ሊሆን አይችልም።</translation>
    </message>
    <message>
        <source>The interaction could not be saved: %1</source>
        <translation>ግንኙነቱን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The interaction could not be read: %1</source>
        <translation>ግንኙነቱን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>There is no interaction with the number %1.</source>
        <translation>ቁጥሩ %1 የሆነ ግንኙነት የለም።</translation>
    </message>
    <message>
        <source>The interaction could not be archived: %1</source>
        <translation>ግንኙነቱን ወደ ማህደር ማስገባት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The complaint could not be updated: %1</source>
        <translation>ቅሬታውን ማዘመን አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>The scoring rules could not be read: %1</source>
        <translation>የነጥብ ደንቦቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Every scoring rule needs a name.</source>
        <translation>እያንዳንዱ የነጥብ ደንብ ስም ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>“%1” gives no points.</source>
        <translation>“%1” ምንም ነጥብ አይሰጥም።</translation>
    </message>
    <message>
        <source>“%1”: a score cannot count itself.</source>
        <translation>“%1”: ነጥብ ራሱን መቁጠር አይችልም።</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1” needs a kind of interaction and a number of days.</source>
        <translation>“%1” የግንኙነት ዓይነት እና የቀናት ብዛት ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>The scoring rules could not be saved: %1</source>
        <translation>የነጥብ ደንቦቹን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Decision maker (title with “director”)</source>
        <translation>ውሳኔ ሰጪ (“director” ያለበት የሥራ መደብ)</translation>
    </message>
    <message>
        <source>Decision maker (title with “head”)</source>
        <translation>ውሳኔ ሰጪ (“head” ያለበት የሥራ መደብ)</translation>
    </message>
    <message>
        <source>Owner or founder</source>
        <translation>ባለቤት ወይም መሥራች</translation>
    </message>
    <message>
        <source>Has an email address</source>
        <translation>የኢሜይል አድራሻ አለው</translation>
    </message>
    <message>
        <source>No way to reach them</source>
        <translation>የሚገኝበት መንገድ የለም</translation>
    </message>
    <message>
        <source>Successful meeting in the last 30 days</source>
        <translation>ባለፉት 30 ቀናት ውጤታማ ስብሰባ</translation>
    </message>
    <message>
        <source>Answered call (halves every 14 days)</source>
        <translation>የተመለሰ ጥሪ (በየ14 ቀኑ በግማሽ ይቀንሳል)</translation>
    </message>
    <message>
        <source>Email exchanged in the last 14 days</source>
        <translation>ባለፉት 14 ቀናት የኢሜይል ልውውጥ</translation>
    </message>
    <message>
        <source>Complaint (halves every 30 days)</source>
        <translation>ቅሬታ (በየ30 ቀኑ በግማሽ ይቀንሳል)</translation>
    </message>
    <message>
        <source>The score could not be worked out: %1</source>
        <translation>ነጥቡን ማስላት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The score could not be saved: %1</source>
        <translation>ነጥቡን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The scores could not be worked out: %1</source>
        <translation>ነጥቦቹን ማስላት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Working out the scores</source>
        <translation>ነጥቦቹን በማስላት ላይ</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>ቆሟል።</translation>
    </message>
    <message>
        <source>The scores could not be saved: %1</source>
        <translation>ነጥቦቹን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>LeadSourceRepository</name>
    <message>
        <source>A lead source needs a name.</source>
        <translation>የደንበኛ ምንጭ ስም ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>The lead source could not be saved: %1</source>
        <translation>የደንበኛ ምንጩን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>ዘመቻ ስም ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>Choose the lead source of the campaign.</source>
        <translation>የዘመቻውን የደንበኛ ምንጭ ይምረጡ።</translation>
    </message>
    <message>
        <source>The spend cannot be negative.</source>
        <translation>ወጪው አሉታዊ ሊሆን አይችልም።</translation>
    </message>
    <message>
        <source>The campaign cannot end before it starts.</source>
        <translation>ዘመቻው ከመጀመሩ በፊት ሊያበቃ አይችልም።</translation>
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation>ዘመቻውን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>A lead source called “%1” already exists.</source>
        <translation>“%1” የሚባል የደንበኛ ምንጭ አስቀድሞ አለ።</translation>
    </message>
</context>
<context>
    <name>LeadSources</name>
    <message>
        <source>The lead source report could not be computed: %1</source>
        <translation>የደንበኛ ምንጭ ሪፖርቱን ማስላት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>የደንበኛ ምንጭ የለም</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>እውቂያዎቹን ማንበብ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleFunnel</name>
    <message>
        <source>The lifecycle funnel could not be computed: %1</source>
        <translation>የሕይወት ዑደት ፍሰቱን ማስላት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>የደንበኛ ምንጭ የሌላቸው</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>ኃላፊ የሌላቸው</translation>
    </message>
    <message>
        <source>The lifecycle funnel could not be brought up to date: %1</source>
        <translation>የሕይወት ዑደት ፍሰቱን ማዘመን አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>rule: the fields that make a lead marketing qualified were filled</source>
        <translation>ደንብ: እምቅ ደንበኛን በግብይት ብቁ የሚያደርጉት መስኮች ተሞልተዋል</translation>
    </message>
    <message>
        <source>rule: the qualification fields were filled</source>
        <translation>ደንብ: የብቃት መስኮቹ ተሞልተዋል</translation>
    </message>
    <message>
        <source>rule: a meeting was booked</source>
        <translation>ደንብ: ስብሰባ ተይዟል</translation>
    </message>
    <message>
        <source>rule: a deal was created</source>
        <translation>ደንብ: ስምምነት ተፈጥሯል</translation>
    </message>
    <message>
        <source>rule: a deal was won</source>
        <translation>ደንብ: ስምምነት ተሳክቷል</translation>
    </message>
    <message>
        <source>rule: the lead score reached the threshold</source>
        <translation>ደንብ: የእምቅ ደንበኛ ነጥቡ ገደቡ ላይ ደርሷል</translation>
    </message>
    <message>
        <source>The leads to qualify could not be read: %1</source>
        <translation>ብቁ የሚደረጉትን እምቅ ደንበኞች ማንበብ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleText</name>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>የገቡ</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>የቀጠሉ</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>የሽግግር መጠን</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>መካከለኛ የቀናት ብዛት</translation>
    </message>
    <message>
        <source>Entered each stage, by lead source:</source>
        <translation>እያንዳንዱን ደረጃ የገቡ፣ በደንበኛ ምንጭ:</translation>
    </message>
    <message>
        <source>Entered each stage, by owner:</source>
        <translation>እያንዳንዱን ደረጃ የገቡ፣ በኃላፊ:</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Merge contacts</source>
        <translation>እውቂያዎችን ማዋሃድ</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>ኩባንያዎችን ማዋሃድ</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as EUR.</source>
        <translation>ምንዛሬው እንደ ETB ያለ ባለሦስት ፊደል የISO 4217 ኮድ መሆን አለበት።</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>ስምምነቶቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The pipeline could not be read: %1</source>
        <translation>የሽያጭ ሂደቱን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The pipeline totals could not be computed: %1</source>
        <translation>የሽያጭ ሂደቱን ድምሮች ማስላት አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation>መዝገቦቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>ወደ ውጭ የሚላከውን ፋይል መጻፍ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>ወደ ውጭ በመላክ ላይ</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>ወደ ውጭ መላኩ ተሰርዟል።</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1”ን መጻፍ አልተቻለም: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>ወደ ውጭ በመላክ ላይ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ፋይሎች (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard ፋይሎች (*.vcf)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ፋይሎች (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ወደ ውጭ ላክ</translation>
    </message>
    <message>
        <source>%1 records exported to %2.</source>
        <translation>%1 መዝገቦች ወደ %2 ተልከዋል።</translation>
    </message>
</context>
<context>
    <name>RecordImport</name>
    <message>
        <source>Contacts are imported by ContactImport.</source>
        <translation>እውቂያዎች የሚመጡት በContactImport ነው።</translation>
    </message>
    <message>
        <source>No user is called “%1” (kept in the notes).</source>
        <translation>“%1” የሚባል ተጠቃሚ የለም (በማስታወሻዎቹ ውስጥ ተቀምጧል)።</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ኃላፊ</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>ስም የለም</translation>
    </message>
    <message>
        <source>No company is called “%1” (kept in the notes).</source>
        <translation>“%1” የሚባል ኩባንያ የለም (በማስታወሻዎቹ ውስጥ ተቀምጧል)።</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>ወላጅ ኩባንያ</translation>
    </message>
    <message>
        <source>Same name as %1</source>
        <translation>ከ%1 ጋር ተመሳሳይ ስም</translation>
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation>%1፤ ምንም አዲስ ነገር የለም</translation>
    </message>
    <message>
        <source>No date, or one Kontor cannot read: “%1”</source>
        <translation>ቀን የለም፣ ወይም Kontor ሊያነበው የማይችል ቀን: “%1”</translation>
    </message>
    <message>
        <source>No contact “%1” in Kontor (import the contacts first)</source>
        <translation>በKontor ውስጥ “%1” የሚባል እውቂያ የለም (መጀመሪያ እውቂያዎቹን ያስመጡ)</translation>
    </message>
    <message>
        <source>The kind “%1” is not one of Kontor&apos;s (imported as a note).</source>
        <translation>ዓይነቱ “%1” ከKontor ዓይነቶች አንዱ አይደለም (እንደ ማስታወሻ መጥቷል)።</translation>
    </message>
    <message>
        <source>No deal “%1” for this contact (left out).</source>
        <translation>ለዚህ እውቂያ “%1” የሚባል ስምምነት የለም (ቀርቷል)።</translation>
    </message>
    <message>
        <source>Already there: the same %1 at the same time</source>
        <translation>አስቀድሞ አለ: በተመሳሳይ ሰዓት ተመሳሳይ %1</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>ርዕስ የለም</translation>
    </message>
    <message>
        <source>No contact “%1” in Kontor (kept in the notes).</source>
        <translation>በKontor ውስጥ “%1” የሚባል እውቂያ የለም (በማስታወሻዎቹ ውስጥ ተቀምጧል)።</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>እውቂያ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>No stage is called “%1” (the first stage instead; kept in the notes).</source>
        <translation>“%1” የሚባል ደረጃ የለም (በምትኩ የመጀመሪያው ደረጃ፤ በማስታወሻዎቹ ውስጥ ተቀምጧል)።</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>The amount “%1” is not a number Kontor reads (kept in the notes).</source>
        <translation>መጠኑ “%1” Kontor የሚያነበው ቁጥር አይደለም (በማስታወሻዎቹ ውስጥ ተቀምጧል)።</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Already there: a deal of the same title for the same contact</source>
        <translation>አስቀድሞ አለ: ለተመሳሳይ እውቂያ ተመሳሳይ ርዕስ ያለው ስምምነት</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ዘርፍ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>የኩባንያ መጠን</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>ቀጠና</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ድረ-ገጽ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>መንገድ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ከተማ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ክልል</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>የፖስታ ቁጥር</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>አገር</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>መለያዎች</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <source>Kind (call, meeting, email…)</source>
        <translation>ዓይነት (ጥሪ፣ ስብሰባ፣ ኢሜይል…)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>አቅጣጫ</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>የእውቂያው ስም</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>የእውቂያው ኢሜይል</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ስምምነት</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ርዕሰ ጉዳይ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ውጤት</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>የቆይታ ጊዜ (ደቂቃ)</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>የመዘገበው</translation>
    </message>
    <message>
        <source>Resolved (complaints)</source>
        <translation>የተፈታ (ቅሬታዎች)</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal</comment>
        <translation>ርዕስ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ምንዛሬ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>የሚጠበቀው መዝጊያ ቀን</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>የደንበኛ ምንጭ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>የተፈጠረበት ቀን</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>የከሸፈበት ምክንያት</translation>
    </message>
    <message>
        <source>No column is mapped to “%1”, which every row needs.</source>
        <translation>ምንም አምድ ከ“%1” ጋር አልተዛመደም፤ እያንዳንዱ ረድፍ ይህን ይፈልጋል።</translation>
    </message>
    <message>
        <source>Line %1 could not be imported, and nothing was: %2</source>
        <translation>መስመር %1ን ማስመጣት አልተቻለም፣ ምንም ነገርም አልመጣም: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>ማስመጣቱ ተሰርዟል፤ ምንም ነገር አልተቀየረም።</translation>
    </message>
    <message>
        <source>The file could not be read, and nothing was imported: %1</source>
        <translation>ፋይሉን ማንበብ አልተቻለም፣ ምንም ነገርም አልመጣም: %1</translation>
    </message>
</context>
<context>
    <name>RegionChoice</name>
    <message>
        <source>Choose your country</source>
        <translation>አገርዎን ይምረጡ</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Say what to do.</source>
        <translation>ምን መደረግ እንዳለበት ይጻፉ።</translation>
    </message>
    <message>
        <source>Enter when the reminder is due.</source>
        <translation>የአስታዋሹ ቀነ ገደብ መቼ እንደሆነ ያስገቡ።</translation>
    </message>
    <message>
        <source>The reminder&apos;s contact does not exist.</source>
        <translation>የአስታዋሹ እውቂያ የለም።</translation>
    </message>
    <message>
        <source>Edit reminder “%1”</source>
        <translation>የ“%1” አስታዋሽ ማስተካከያ</translation>
    </message>
    <message>
        <source>New reminder “%1”</source>
        <translation>አዲስ አስታዋሽ “%1”</translation>
    </message>
    <message>
        <source>Reminder saved.</source>
        <translation>አስታዋሹ ተቀምጧል።</translation>
    </message>
    <message>
        <source>“%1” is done already.</source>
        <translation>“%1” አስቀድሞ ተከናውኗል።</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>“%1”ን እንደተከናወነ ምልክት ማድረግ</translation>
    </message>
    <message>
        <source>“%1” done; next on %2.</source>
        <translation>“%1” ተከናውኗል፤ ቀጣዩ በ%2።</translation>
    </message>
    <message>
        <source>“%1” done.</source>
        <translation>“%1” ተከናውኗል።</translation>
    </message>
    <message>
        <source>Enter until when to snooze.</source>
        <translation>እስከ መቼ እንደሚዘገይ ያስገቡ።</translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation>“%1”ን ማዘግየት</translation>
    </message>
    <message>
        <source>“%1” snoozed until %2.</source>
        <translation>“%1” እስከ %2 ዘግይቷል።</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>A reminder needs a title.</source>
        <translation>አስታዋሽ ርዕስ ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>A reminder needs a due time.</source>
        <translation>አስታዋሽ ቀነ ገደብ ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>The reminder could not be saved: %1</source>
        <translation>አስታዋሹን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>There is no reminder with the number %1.</source>
        <translation>ቁጥሩ %1 የሆነ አስታዋሽ የለም።</translation>
    </message>
    <message>
        <source>The reminder could not be read: %1</source>
        <translation>አስታዋሹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The reminder is already done.</source>
        <translation>አስታዋሹ አስቀድሞ ተከናውኗል።</translation>
    </message>
    <message>
        <source>The reminder could not be updated: %1</source>
        <translation>አስታዋሹን ማዘመን አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Choose until when to snooze.</source>
        <translation>እስከ መቼ እንደሚዘገይ ይምረጡ።</translation>
    </message>
    <message>
        <source>The reminder could not be snoozed: %1</source>
        <translation>አስታዋሹን ማዘግየት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Only an open reminder can be snoozed.</source>
        <translation>ሊዘገይ የሚችለው ክፍት አስታዋሽ ብቻ ነው።</translation>
    </message>
    <message>
        <source>The reminder could not be archived: %1</source>
        <translation>አስታዋሹን ወደ ማህደር ማስገባት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>አስታዋሾቹን ማንበብ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>ReportChoice</name>
    <message>
        <source>%1 is not a choice field.</source>
        <translation>%1 የምርጫ መስክ አይደለም።</translation>
    </message>
    <message>
        <source>Name a choice field and its options, such as industry=Retail;Food.</source>
        <translation>የምርጫ መስክ እና ምርጫዎቹን ይጥቀሱ፣ ለምሳሌ industry=Retail;Food።</translation>
    </message>
    <message>
        <source>There is no field “%1”.</source>
        <translation>“%1” የሚባል መስክ የለም።</translation>
    </message>
    <message>
        <source>%1 has no choice “%2”.</source>
        <translation>%1 “%2” የሚባል ምርጫ የለውም።</translation>
    </message>
    <message>
        <source>That territory is gone; choose another.</source>
        <translation>ያ ቀጠና ከአሁን በኋላ የለም፤ ሌላ ይምረጡ።</translation>
    </message>
    <message>
        <source>There is no territory “%1”.</source>
        <translation>“%1” የሚባል ቀጠና የለም።</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>This week</source>
        <translation>ይህ ሳምንት</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>ያለፈው ሳምንት</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>ይህ ወር</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>ያለፈው ወር</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>ይህ ሩብ ዓመት</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>ያለፈው ሩብ ዓመት</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>ይህ ዓመት</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>የራስ ጊዜ ምርጫ</translation>
    </message>
</context>
<context>
    <name>ReportSummaries</name>
    <message>
        <source>The report summaries could not be computed: %1</source>
        <translation>የሪፖርት ማጠቃለያዎቹን ማስላት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The report summaries could not be checked: %1</source>
        <translation>የሪፖርት ማጠቃለያዎቹን መፈተሽ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>የደረሱ</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>የቀጠሉ</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>የሽግግር መጠን</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ዋጋ</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>አማካይ ቀናት</translation>
    </message>
    <message>
        <source>Entered: %1 · won: %2 · lost: %3 · win rate: %4 · overall conversion: %5</source>
        <translation>የገቡ: %1 · የተሳኩ: %2 · የከሸፉ: %3 · የስኬት መጠን: %4 · አጠቃላይ የሽግግር መጠን: %5</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ምንጭ</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>እምቅ ደንበኞች</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>ብቁ</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ደንበኞች</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>ገቢ</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>ወጪ</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>ወጪ በእምቅ ደንበኛ</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>ወጪ በደንበኛ</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>የወጪ ተመላሽ</translation>
    </message>
    <message>
        <source>Week of %1 (the week before in brackets)</source>
        <translation>ከ%1 የሚጀምረው ሳምንት (ያለፈው ሳምንት በቅንፍ ውስጥ)</translation>
    </message>
    <message>
        <source>Calls held</source>
        <translation>የተደረጉ ጥሪዎች</translation>
    </message>
    <message>
        <source>  successful</source>
        <translation>  ውጤታማ</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>የተካሄዱ ስብሰባዎች</translation>
    </message>
    <message>
        <source>Led to another appointment</source>
        <translation>ወደ ሌላ ቀጠሮ ያመሩ</translation>
    </message>
    <message>
        <source>Appointments in the next 30 days</source>
        <translation>በሚቀጥሉት 30 ቀናት ውስጥ ያሉ ቀጠሮዎች</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>አዲስ እምቅ ደንበኞች</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>የተሳኩ ስምምነቶች</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>የከሸፉ ስምምነቶች</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>ከተሳኩ ስምምነቶች የተገኘ ገቢ</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>የተከፈቱ ቅሬታዎች</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>የተፈቱ ቅሬታዎች</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>የሽያጭ ሠራተኛ</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>የሳምንቱ መጀመሪያ</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>ጥሪዎች</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>ስብሰባዎች</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ኢሜይሎች</translation>
    </message>
    <message>
        <source>Deals moved</source>
        <translation>የተዛወሩ ስምምነቶች</translation>
    </message>
    <message>
        <source>total</source>
        <translation>ጠቅላላ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>የሚጠበቀው መዝጊያ ቀን</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ኃላፊ</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ስምምነቶች</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>የተመዘነ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ጊዜው ያለፈ</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ቀን የሌለው</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ማንም)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>What lies behind the figure could not be read: %1</source>
        <translation>ከመለኪያው በስተጀርባ ያለውን ማንበብ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>RfmAnalysis</name>
    <message>
        <source>The customers&apos; RFM could not be computed: %1</source>
        <translation>የደንበኞቹን RFM ማስላት አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>RfmSegment</name>
    <message>
        <source>Champions</source>
        <translation>ሻምፒዮኖች</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>ታማኞች</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>ታማኝ ሊሆኑ የሚችሉ</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>አዲስ ደንበኞች</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>ተስፋ ሰጪዎች</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>ትኩረት የሚሹ</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>ሊያንቀላፉ የተቃረቡ</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>አደጋ ላይ ያሉ</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>ልናጣቸው የማይገቡ</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>ያንቀላፉ</translation>
    </message>
    <message>
        <source>R 5, F 4–5: bought lately and often.</source>
        <translation>R 5፣ F 4–5: በቅርቡ እና በተደጋጋሚ የገዙ።</translation>
    </message>
    <message>
        <source>R 3–4, F 4–5: buy often, not quite lately.</source>
        <translation>R 3–4፣ F 4–5: በተደጋጋሚ ይገዛሉ፣ ግን በጣም በቅርቡ አይደለም።</translation>
    </message>
    <message>
        <source>R 4–5, F 2–3: bought lately, more than once.</source>
        <translation>R 4–5፣ F 2–3: በቅርቡ የገዙ፣ ከአንድ ጊዜ በላይ።</translation>
    </message>
    <message>
        <source>R 5, F 1: bought lately, for the first time in the two years.</source>
        <translation>R 5፣ F 1: በቅርቡ የገዙ፣ በሁለቱ ዓመታት ውስጥ ለመጀመሪያ ጊዜ።</translation>
    </message>
    <message>
        <source>R 4, F 1: bought fairly lately, once.</source>
        <translation>R 4፣ F 1: በአንጻራዊ ሁኔታ በቅርቡ፣ አንድ ጊዜ የገዙ።</translation>
    </message>
    <message>
        <source>R 3, F 3: middling on both.</source>
        <translation>R 3፣ F 3: በሁለቱም መካከለኛ።</translation>
    </message>
    <message>
        <source>R 3, F 1–2: seldom, and not lately.</source>
        <translation>R 3፣ F 1–2: አልፎ አልፎ፣ በቅርቡም አይደለም።</translation>
    </message>
    <message>
        <source>R 1–2, F 3–4: bought often, but long ago.</source>
        <translation>R 1–2፣ F 3–4: በተደጋጋሚ የገዙ፣ ግን ከረጅም ጊዜ በፊት።</translation>
    </message>
    <message>
        <source>R 1–2, F 5: among the most frequent, but long ago.</source>
        <translation>R 1–2፣ F 5: በጣም በተደጋጋሚ ከሚገዙት መካከል፣ ግን ከረጅም ጊዜ በፊት።</translation>
    </message>
    <message>
        <source>R 1–2, F 1–2: seldom, and long ago.</source>
        <translation>R 1–2፣ F 1–2: አልፎ አልፎ፣ እና ከረጅም ጊዜ በፊት።</translation>
    </message>
</context>
<context>
    <name>RfmText</name>
    <message>
        <source>Customers from %1 to %2, in %3</source>
        <translation>ደንበኞች ከ%1 እስከ %2፣ በ%3</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>ምድብ</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ደንበኞች</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>ገቢ</translation>
    </message>
    <message>
        <source>Customers by recency (R, rows) and frequency (F, columns)</source>
        <translation>ደንበኞች በቅርበት (R፣ ረድፎች) እና በድግግሞሽ (F፣ አምዶች)</translation>
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
            <numerusform>በሌሎች ምንዛሬዎች ያለ %Ln የተሳካ ስምምነት አልተካተተም።</numerusform>
            <numerusform>በሌሎች ምንዛሬዎች ያሉ %Ln የተሳኩ ስምምነቶች አልተካተቱም።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>contacts</source>
        <translation>እውቂያዎች</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>ኩባንያዎች</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>ስምምነቶች</translation>
    </message>
    <message>
        <source>calls, meetings and notes</source>
        <translation>ጥሪዎች፣ ስብሰባዎች እና ማስታወሻዎች</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>አስታዋሾች</translation>
    </message>
    <message>
        <source>the deals&apos; moves between stages</source>
        <translation>የስምምነቶች ከደረጃ ወደ ደረጃ ሽግግር</translation>
    </message>
    <message>
        <source>the deals&apos; dates in each stage</source>
        <translation>የስምምነቶች ቀኖች በእያንዳንዱ ደረጃ</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>የለውጥ ታሪክ</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>ዘመቻዎች</translation>
    </message>
    <message>
        <source>lead sources</source>
        <translation>የደንበኛ ምንጮች</translation>
    </message>
    <message>
        <source>salespeople</source>
        <translation>የሽያጭ ሠራተኞች</translation>
    </message>
    <message>
        <source>pipeline stages</source>
        <translation>የሽያጭ ሂደት ደረጃዎች</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>መለያዎች</translation>
    </message>
    <message>
        <source>the contacts&apos; tags</source>
        <translation>የእውቂያዎች መለያዎች</translation>
    </message>
    <message>
        <source>the companies&apos; tags</source>
        <translation>የኩባንያዎች መለያዎች</translation>
    </message>
    <message>
        <source>the contacts&apos; emails</source>
        <translation>የእውቂያዎች ኢሜይሎች</translation>
    </message>
    <message>
        <source>the contacts&apos; phone numbers</source>
        <translation>የእውቂያዎች ስልክ ቁጥሮች</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ቅንብሮች</translation>
    </message>
    <message>
        <source>the import history</source>
        <translation>የማስመጣት ታሪክ</translation>
    </message>
    <message>
        <source>what each import changed</source>
        <translation>እያንዳንዱ ማስመጣት የቀየረው</translation>
    </message>
    <message>
        <source>contacts marked as not duplicates</source>
        <translation>“ድግግሞሽ አይደሉም” ተብለው የተመለከቱ እውቂያዎች</translation>
    </message>
    <message>
        <source>The latest changes, in the file&apos;s “-wal” beside it, could not be read: the copy that reading them takes could not be made (%1). Free some space beside the new file and save again to have them too.</source>
        <translation>የመጨረሻዎቹ ለውጦች፣ ከፋይሉ አጠገብ ባለው “-wal” ውስጥ ያሉት፣ ሊነበቡ አልቻሉም፦ ለማንበብ የሚያስፈልገው ቅጂ ሊሠራ አልቻለም (%1)። ከአዲሱ ፋይል አጠገብ ቦታ አስለቅቀው እነሱንም ለማግኘት እንደገና ያድኑ።</translation>
    </message>
</context>
<context>
    <name>ScoreActions</name>
    <message>
        <source>Change lead scoring rules</source>
        <translation>የእምቅ ደንበኛ ነጥብ ደንቦችን መቀየር</translation>
    </message>
    <message numerus="yes">
        <source>Qualify %Ln lead(s) by score</source>
        <translation>
            <numerusform>%Ln እምቅ ደንበኛን በነጥብ ብቁ ማድረግ</numerusform>
            <numerusform>%Ln እምቅ ደንበኞችን በነጥብ ብቁ ማድረግ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreText</name>
    <message>
        <source>There are scoring rules already; the starter set only goes into an empty list.</source>
        <translation>የነጥብ ደንቦች አስቀድመው አሉ፤ የመነሻው ስብስብ የሚገባው ወደ ባዶ ዝርዝር ብቻ ነው።</translation>
    </message>
    <message>
        <source>%1 %2 within %3 days%4</source>
        <translation>%1 %2 በ%3 ቀናት ውስጥ%4</translation>
    </message>
    <message>
        <source>, halving</source>
        <translation>፣ በግማሽ እየቀነሰ</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(ጠፍቷል)</translation>
    </message>
    <message>
        <source>score takes at most a contact&apos;s id, or rules.</source>
        <translation>score የሚቀበለው ቢበዛ የእውቂያ ቁጥር ወይም rules ነው።</translation>
    </message>
    <message>
        <source>“%1” is not a contact&apos;s id.</source>
        <translation>“%1” የእውቂያ ቁጥር አይደለም።</translation>
    </message>
    <message>
        <source>Score %1 (fit %2, engagement %3)</source>
        <translation>ነጥብ %1 (ተስማሚነት %2፣ ተሳትፎ %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln score(s) changed.</source>
        <translation>
            <numerusform>%Ln ነጥብ ተቀይሯል።</numerusform>
            <numerusform>%Ln ነጥቦች ተቀይረዋል።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search failed: %1</source>
        <translation>ፍለጋው አልተሳካም: %1</translation>
    </message>
    <message>
        <source>Branch of %1</source>
        <translation>የ%1 ቅርንጫፍ</translation>
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
        <translation>ደረጃ %1ን ማከል</translation>
    </message>
    <message>
        <source>Change stage %1</source>
        <translation>የደረጃ %1 ለውጥ</translation>
    </message>
    <message>
        <source>Remove stage %1</source>
        <translation>ደረጃ %1ን ማስወገድ</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>ደረጃዎችን እንደገና ማደራጀት</translation>
    </message>
    <message>
        <source>Add lead source %1</source>
        <translation>የደንበኛ ምንጭ %1ን ማከል</translation>
    </message>
    <message>
        <source>Rename lead source to %1</source>
        <translation>የደንበኛ ምንጩን ስም ወደ %1 መቀየር</translation>
    </message>
    <message>
        <source>Add campaign %1</source>
        <translation>ዘመቻ %1ን ማከል</translation>
    </message>
    <message>
        <source>Change campaign %1</source>
        <translation>የዘመቻ %1 ለውጥ</translation>
    </message>
    <message>
        <source>Add salesperson %1</source>
        <translation>የሽያጭ ሠራተኛ %1ን ማከል</translation>
    </message>
    <message>
        <source>Rename salesperson to %1</source>
        <translation>የሽያጭ ሠራተኛውን ስም ወደ %1 መቀየር</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>መለያ %1ን እንደገና መሰየም</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>መለያ %1ን ማስወገድ</translation>
    </message>
    <message>
        <source>Save import preset %1</source>
        <translation>የማስመጣት ቅድመ-ቅንብር %1ን ማስቀመጥ</translation>
    </message>
    <message>
        <source>Your name and country</source>
        <translation>ስምዎ እና አገርዎ</translation>
    </message>
    <message>
        <source>Set the default currency</source>
        <translation>ነባሪውን ምንዛሬ ማዘጋጀት</translation>
    </message>
    <message>
        <source>Set the region of phone numbers</source>
        <translation>የስልክ ቁጥሮችን ክልል ማዘጋጀት</translation>
    </message>
    <message>
        <source>Set the backups to keep</source>
        <translation>የሚቀመጡትን ምትኬዎች ብዛት ማዘጋጀት</translation>
    </message>
    <message>
        <source>Change lifecycle rules</source>
        <translation>የሕይወት ዑደት ደንቦችን መቀየር</translation>
    </message>
    <message>
        <source>Change territories</source>
        <translation>ቀጠናዎችን መቀየር</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>ቅንብሮቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>ቅንብሩን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The region must be a two-letter country code such as DE.</source>
        <translation>ክልሉ እንደ ET ያለ ባለሁለት ፊደል የአገር ኮድ መሆን አለበት።</translation>
    </message>
    <message>
        <source>Keep between 0 and 1000 backups.</source>
        <translation>ከ0 እስከ 1000 ምትኬዎችን ያስቀምጡ።</translation>
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>ደረጃ ስም ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 percent.</source>
        <translation>የስኬት ዕድሉ ከ0 እስከ 100 በመቶ መሆን አለበት።</translation>
    </message>
    <message>
        <source>The stages could not be read: %1</source>
        <translation>ደረጃዎቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>There is no stage with the number %1.</source>
        <translation>ቁጥሩ %1 የሆነ ደረጃ የለም።</translation>
    </message>
    <message>
        <source>The stage could not be saved: %1</source>
        <translation>ደረጃውን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The stages could not be reordered: %1</source>
        <translation>ደረጃዎቹን እንደገና ማደራጀት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Choose another stage for the deals of “%1”.</source>
        <translation>በ“%1” ውስጥ ላሉት ስምምነቶች ሌላ ደረጃ ይምረጡ።</translation>
    </message>
    <message>
        <source>“%1” is the only stage for deals that are %2: the pipeline needs it.</source>
        <translation>%2 ስምምነቶች ሊቀመጡበት የሚችሉት ብቸኛው ደረጃ “%1” ነው: የሽያጭ ሂደቱ ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>won</source>
        <translation>የተሳኩ</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>የከሸፉ</translation>
    </message>
    <message>
        <source>The stage could not be removed: %1</source>
        <translation>ደረጃውን ማስወገድ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>መለያ ስም ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>“%1” የሚባል መለያ የለም።</translation>
    </message>
    <message>
        <source>The tag could not be renamed: %1</source>
        <translation>መለያውን እንደገና መሰየም አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The tag could not be removed: %1</source>
        <translation>መለያውን ማስወገድ አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message>
        <source>The territories could not be read: %1</source>
        <translation>ቀጠናዎቹን ማንበብ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Every territory needs a name.</source>
        <translation>እያንዳንዱ ቀጠና ስም ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>There is a territory named “%1” already.</source>
        <translation>“%1” የሚባል ቀጠና አስቀድሞ አለ።</translation>
    </message>
    <message>
        <source>“%1”: a range of postal codes goes from the lower to the higher, both as long, such as 20000–29999.</source>
        <translation>“%1”: የፖስታ ቁጥሮች ወሰን ከትንሹ ቁጥር ወደ ትልቁ ይሄዳል፤ ሁለቱም ቁጥሮች እኩል የአሃዝ ብዛት ሊኖራቸው ይገባል፣ ለምሳሌ 20000–29999።</translation>
    </message>
    <message>
        <source>The territories could not be saved: %1</source>
        <translation>ቀጠናዎቹን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The territory could not be counted: %1</source>
        <translation>በቀጠናው ውስጥ ያሉትን መቁጠር አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>ግብይት መጀመር አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>ግብይቱ ንቁ አይደለም።</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>ለውጦቹን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Another program is writing to this database and did not finish while Kontor waited, so nothing was saved; try again when it is done. (%1)</source>
        <translation>ሌላ ፕሮግራም በዚህ የውሂብ ጎታ ላይ እየጻፈ ነው፤ Kontor እየጠበቀ ሳለ አልጨረሰም፣ ስለዚህ ምንም አልተቀመጠም፤ ሲጨርስ እንደገና ይሞክሩ። (%1)</translation>
    </message>
    <message>
        <source>This database is open read only, so nothing can be changed in it. Restore a backup, or save what can be read into a new file, to work on.</source>
        <translation>ይህ የውሂብ ጎታ ለንባብ ብቻ ተከፍቷል፤ ስለዚህ በውስጡ ምንም መቀየር አይቻልም። መሥራት ለመቀጠል ምትኬን ወደነበረበት ይመልሱ፣ ወይም የሚነበበውን ወደ አዲስ ፋይል ያድኑ።</translation>
    </message>
</context>
<context>
    <name>UndoJournal</name>
    <message>
        <source>Undo could not be set up: %1</source>
        <translation>መቀልበስን ማዘጋጀት አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The undo history could not be paused: %1</source>
        <translation>የመቀልበስ ታሪኩን ለአፍታ ማቆም አልተቻለም: %1</translation>
    </message>
    <message>
        <source>Undo is not available for this database.</source>
        <translation>ለዚህ የውሂብ ጎታ መቀልበስ አይገኝም።</translation>
    </message>
    <message>
        <source>“%1” cannot be undone: the records changed since. %2</source>
        <translation>“%1”ን መቀልበስ አይቻልም: መዝገቦቹ ከዚያ በኋላ ተቀይረዋል። %2</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading “%1” for this version of Kontor. This happens once; a large database takes a minute or two.</source>
        <translation>“%1” ለዚህ የKontor ስሪት በመሻሻል ላይ ነው። ይህ አንድ ጊዜ ብቻ ይከሰታል፤ ትልቅ የውሂብ ጎታ አንድ ወይም ሁለት ደቂቃ ይወስዳል።</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Kontor keeps your clients, what was said with them and what to do next in one file on your own computer, and works without an internet connection. It is made for the owner of a small business who used to keep a paper notebook, for the salesperson who logs calls and meetings all day, and for the manager who looks back on the week. This guide is inside the program too: **Help → User Guide** (F1).</source>
        <translation>Kontor ደንበኞችዎን፣ ከእነሱ ጋር የተነጋገሩትን እና ቀጥሎ የሚደረገውን በራስዎ ኮምፒውተር ላይ በአንድ ፋይል ውስጥ ይይዛል፤ ያለ ኢንተርኔት ግንኙነትም ይሰራል። የተዘጋጀው ቀደም ሲል የወረቀት ማስታወሻ ደብተር ይጠቀም ለነበረ የአነስተኛ ንግድ ባለቤት፣ ቀኑን ሙሉ ጥሪዎችን እና ስብሰባዎችን ለሚመዘግብ የሽያጭ ሠራተኛ፣ እንዲሁም ሳምንቱን መለስ ብሎ ለሚገመግም ሥራ አስኪያጅ ነው። ይህ መመሪያ በፕሮግራሙ ውስጥም ይገኛል: **እገዛ → የተጠቃሚ መመሪያ** (F1)።</translation>
    </message>
    <message>
        <source>A working day with Kontor</source>
        <translation>ከKontor ጋር አንድ የሥራ ቀን</translation>
    </message>
    <message>
        <source>**Morning, on the Today page** (it opens first): work down the overdue reminders and today&apos;s (D done, S tomorrow), see today&apos;s and tomorrow&apos;s meetings, the week&apos;s birthdays, the contacts you are losing touch with and the deals that have stood still too long. Enter opens the contact or the deal.</source>
        <translation>**ጠዋት፣ በ“ዛሬ” ገጽ ላይ** (መጀመሪያ የሚከፈተው እሱ ነው): ጊዜያቸው ያለፉ አስታዋሾችን እና የዛሬዎቹን አንድ በአንድ ይጨርሱ (D ተከናውኗል፣ S ለነገ)፤ የዛሬ እና የነገ ስብሰባዎችን፣ የሳምንቱን የልደት ቀናት፣ ግንኙነታቸው እየራቀ ያሉ እውቂያዎችን እና ለረጅም ጊዜ የቆሙ ስምምነቶችን ይመልከቱ። Enter እውቂያውን ወይም ስምምነቱን ይከፍታል።</translation>
    </message>
    <message>
        <source>**Before a call**: Ctrl+K and a few letters of a name, company, deal or note; Enter shows the contact&apos;s card with the whole history (calls, meetings, deal steps, reminders) and any open complaint on top.</source>
        <translation>**ከጥሪ በፊት**: Ctrl+K ይጫኑ እና የስም፣ የኩባንያ፣ የስምምነት ወይም የማስታወሻ ጥቂት ፊደላትን ይጻፉ፤ Enter የእውቂያውን ካርድ ከሙሉ ታሪኩ (ጥሪዎች፣ ስብሰባዎች፣ የስምምነት እርምጃዎች፣ አስታዋሾች) ጋር ያሳያል፤ ክፍት ቅሬታ ካለም ከሁሉም በላይ ይታያል።</translation>
    </message>
    <message>
        <source>**After the call**: Ctrl+L; the kind, the outcome, a line of notes and the next step (a follow-up reminder or the next meeting), all in the same dialog; Enter saves.</source>
        <translation>**ከጥሪው በኋላ**: Ctrl+L ይጫኑ፤ ዓይነቱን፣ ውጤቱን፣ የአንድ መስመር ማስታወሻ እና ቀጣይ እርምጃውን (የክትትል አስታዋሽ ወይም ቀጣይ ስብሰባ) ሁሉንም በዚያው መስኮት ውስጥ ይሙሉ፤ Enter ያስቀምጣል።</translation>
    </message>
    <message>
        <source>**Deals**: Ctrl+4 shows the pipeline; drag a card on (or Ctrl+Shift+→); Lost asks why. Ctrl+Shift+N adds a deal. A card with a red bar has stood still too long.</source>
        <translation>**ስምምነቶች**: Ctrl+4 የሽያጭ ሂደቱን ያሳያል፤ ካርዱን ወደሚቀጥለው አምድ ይጎትቱ (ወይም Ctrl+Shift+→)፤ ወደ “የከሸፈ” ሲያዛውሩ ምክንያቱ ይጠየቃል። Ctrl+Shift+N አዲስ ስምምነት ያክላል። ቀይ መስመር ያለው ካርድ ለረጅም ጊዜ የቆመ ነው።</translation>
    </message>
    <message>
        <source>**Evening**: Reminders (Ctrl+5) and its calendar show what tomorrow and the coming weeks hold; while Kontor runs it announces each reminder when it comes due.</source>
        <translation>**ምሽት**: አስታዋሾች (Ctrl+5) እና የቀን መቁጠሪያቸው ነገ እና በሚቀጥሉት ሳምንታት ምን እንደሚጠብቅዎ ያሳያሉ፤ Kontor ክፍት እስከሆነ ድረስ እያንዳንዱ አስታዋሽ ጊዜው ሲደርስ ያሳውቃል።</translation>
    </message>
    <message>
        <source>**End of the week**: Reports (Ctrl+6), the **Week** tab: the calls and meetings held, how many went well, new leads, deals won and lost, each beside the week before.</source>
        <translation>**የሳምንቱ መጨረሻ**: ሪፖርቶች (Ctrl+6)፣ **ሳምንት** ትር: የተደረጉ ጥሪዎች እና የተካሄዱ ስብሰባዎች፣ ከእነሱ ስንቱ ውጤታማ እንደነበሩ፣ አዲስ እምቅ ደንበኞች፣ የተሳኩ እና የከሸፉ ስምምነቶች፣ እያንዳንዱ ከቀዳሚው ሳምንት ጎን ለጎን።</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>ለመጀመር</translation>
    </message>
    <message>
        <source>**Welcome**: a new, empty database opens on the Welcome page. Type your name, which becomes the first salesperson (instead of &quot;Owner&quot;), and choose your country: phone numbers written without a country code are read as numbers of that country (Kontor fills it in from your computer&apos;s settings, else from the language it is shown in, and asks when neither names a country). Then choose one of three ways in: **Add your first contact**, **Import a file…** (see &quot;Importing your old spreadsheets&quot;) or **Open the demo database**.</source>
        <translation>**እንኳን ደህና መጡ**: አዲስ ባዶ የውሂብ ጎታ በእንኳን ደህና መጡ ገጽ ላይ ይከፈታል። ስምዎን ይጻፉ፤ እሱም የመጀመሪያው የሽያጭ ሠራተኛ ይሆናል (በ“ባለቤት” ፋንታ)፤ አገርዎንም ይምረጡ: ያለ አገር ኮድ የተጻፉ ስልክ ቁጥሮች የዚያ አገር ቁጥሮች ተደርገው ይነበባሉ (Kontor አገሩን ከኮምፒውተርዎ ቅንብሮች፣ ካልሆነም ከሚታይበት ቋንቋ ይሞላል፤ ሁለቱም አገር ካላመለከቱ ይጠይቅዎታል)። ከዚያ ከሦስቱ የመግቢያ መንገዶች አንዱን ይምረጡ: **የመጀመሪያውን እውቂያ አክል**፣ **ፋይል አስመጣ…** (“የድሮ የተመን ሉሆችዎን ማስመጣት”ን ይመልከቱ) ወይም **የማሳያ የውሂብ ጎታውን ክፈት**።</translation>
    </message>
    <message>
        <source>**The demo database**: 5,000 made-up contacts with a year of calls, meetings and deals, in the language of the window, made on the first click (with progress) in a file of its own beside yours, so that you can try everything without touching your own data. **Help → Open Demo Database** opens it at any time, and **File → Open Database…** goes back to yours.</source>
        <translation>**የማሳያ የውሂብ ጎታው**: የአንድ ዓመት ጥሪዎች፣ ስብሰባዎች እና ስምምነቶች ያሏቸው 5,000 ምናባዊ እውቂያዎች፣ በመስኮቱ ቋንቋ፣ በመጀመሪያው ጠቅታ (የሂደት አመልካች እያሳየ) ይፈጠራሉ፤ የራስዎን ውሂብ ሳይነኩ ሁሉንም ነገር መሞከር እንዲችሉ ከእርስዎ ፋይል ጎን በራሱ ፋይል ውስጥ ይቀመጣሉ። **እገዛ → የማሳያ የውሂብ ጎታ ክፈት** በማንኛውም ጊዜ ይከፍተዋል፤ **ፋይል → የውሂብ ጎታ ክፈት…** ደግሞ ወደ የራስዎ የውሂብ ጎታ ይመልስዎታል።</translation>
    </message>
    <message>
        <source>**Finding your way**: the bar on the left has the six pages, Today, Contacts, Companies, Pipeline, Reminders and Reports; Ctrl+1 to Ctrl+6 (the **Go** menu) go straight to them. A list or report that is still empty says in one line what would fill it.</source>
        <translation>**መንገድዎን ማግኘት**: በግራ በኩል ያለው አሞሌ ስድስቱን ገጾች ይይዛል: ዛሬ፣ እውቂያዎች፣ ኩባንያዎች፣ የሽያጭ ሂደት፣ አስታዋሾች እና ሪፖርቶች፤ ከCtrl+1 እስከ Ctrl+6 (**ሂድ** ምናሌ) በቀጥታ ወደ እነሱ ይወስዱዎታል። ገና ባዶ የሆነ ዝርዝር ወይም ሪፖርት ምን እንደሚሞላው በአንድ መስመር ይነግርዎታል።</translation>
    </message>
    <message>
        <source>**Help** has this **User Guide** (F1), **Keyboard Shortcuts** (Ctrl+/: every key of the menus and of each page, with a search box) and **Open Demo Database**.</source>
        <translation>**እገዛ** ምናሌ ይህን **የተጠቃሚ መመሪያ** (F1)፣ **የቁልፍ ሰሌዳ አቋራጮች** (Ctrl+/: የምናሌዎቹ እና የእያንዳንዱ ገጽ ቁልፎች በሙሉ፣ ከፍለጋ ሳጥን ጋር) እና **የማሳያ የውሂብ ጎታ ክፈት**ን ይዟል።</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ዛሬ</translation>
    </message>
    <message>
        <source>The Today page is the day&apos;s work list, and Kontor opens on it. The side bar shows how many reminders are overdue or due today (&quot;Today (3)&quot;).</source>
        <translation>የ“ዛሬ” ገጽ የዕለቱ የሥራ ዝርዝር ነው፤ Kontor ሲከፈት መጀመሪያ የሚያሳየውም እሱን ነው። የጎን አሞሌው ስንት አስታዋሾች ጊዜያቸው እንዳለፈ ወይም ዛሬ እንደሚደርሱ ያሳያል (“ዛሬ (3)”)።</translation>
    </message>
    <message>
        <source>**Losing touch**: a contact can ask to be contacted every so many days (&quot;Stay in touch every&quot; in the contact&apos;s dialog); any call, meeting or note you log starts the count again.</source>
        <translation>**ግንኙነታቸው እየራቀ ያሉ**: አንድ እውቂያ በየተወሰኑ ቀናት እንዲገናኙት ሊጠይቅ ይችላል (በእውቂያው መስኮት ውስጥ “በየስንት ቀኑ ይገናኙ”)፤ የሚመዘግቡት ማንኛውም ጥሪ፣ ስብሰባ ወይም ማስታወሻ ቆጠራውን እንደገና ያስጀምራል።</translation>
    </message>
    <message>
        <source>**Sections**: each has its count and folds (a click on its band, Enter, or ← / →), and stays folded. Each item is one line with its contact&apos;s name beside it, the most urgent first; a long section shows its first 8 items and &quot;Show all&quot;.</source>
        <translation>**ክፍሎች**: እያንዳንዱ ክፍል ብዛቱን ያሳያል፤ ሊሰበሰብም ይችላል (በርዕስ ሰንበሩ ላይ ጠቅ በማድረግ፣ በEnter፣ ወይም በ← / →)፣ እንደተሰበሰበም ይቆያል። እያንዳንዱ ንጥል አንድ መስመር ሲሆን የእውቂያው ስም ከጎኑ ይታያል፤ በጣም አስቸኳዩ መጀመሪያ ይመጣል፤ ረጅም ክፍል የመጀመሪያዎቹን 8 ንጥሎች እና “ሁሉንም አሳይ”ን ያሳያል።</translation>
    </message>
    <message>
        <source>**Working through it**: the keyboard starts on the first item. On a reminder, D marks it done (a repeating one moves to its next date) and S snoozes it until 9:00 tomorrow, and the next item is selected, as it is after logging a call with Ctrl+L. Enter opens a stale deal on the pipeline board and any other item&apos;s contact. The keys are shown at the foot of the page.</source>
        <translation>**አንድ በአንድ መጨረስ**: የቁልፍ ሰሌዳው በመጀመሪያው ንጥል ላይ ይጀምራል። በአስታዋሽ ላይ D እንደተከናወነ ምልክት ያደርጋል (የሚደጋገም አስታዋሽ ወደ ቀጣዩ ቀኑ ይሸጋገራል)፣ S ደግሞ እስከ ነገ 9:00 ያዘገየዋል፤ ከዚያም ቀጣዩ ንጥል ይመረጣል፣ ልክ በCtrl+L ጥሪ ከመዘገቡ በኋላ እንደሚሆነው። Enter የቆመ ስምምነትን በሽያጭ ሂደት ሰሌዳው ላይ፣ ለሌሎቹ ንጥሎች ደግሞ እውቂያቸውን ይከፍታል። ቁልፎቹ በገጹ ግርጌ ላይ ይታያሉ።</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>እውቂያዎች</translation>
    </message>
    <message>
        <source>The Contacts page (Ctrl+2) is your address book: the whole client base in one list, with the selected contact&apos;s card beside it.</source>
        <translation>የ“እውቂያዎች” ገጽ (Ctrl+2) የአድራሻ ደብተርዎ ነው: ሁሉም ደንበኞችዎ በአንድ ዝርዝር ውስጥ፣ የተመረጠው እውቂያ ካርድ ደግሞ ከጎኑ።</translation>
    </message>
    <message>
        <source>Finding anyone</source>
        <translation>ማንኛውንም ሰው ማግኘት</translation>
    </message>
    <message>
        <source>**Search as you type**: the box above the list (Ctrl+F) finds contacts by any part of their name, company, email or phone. Every word you type is the start of a word, and all must match: `ann sch` finds &quot;Anna Schmidt&quot;. A single letter lists the contacts whose last name starts with it, like the tabs of an address book; a one-letter word after others counts from its second letter on (`van d` shows what `van` shows until you type `van de`), and a one-letter word inside a name is a whole word (`O&apos;Bri` finds &quot;O&apos;Brien&quot;). Accents and capitals do not matter for Latin letters (`jose` finds &quot;José Núñez&quot;); Persian, Bengali, Amharic, Greek and Cyrillic names are found as typed. Phone numbers are found by their digits (`4930` finds &quot;+49 30 …&quot;).</source>
        <translation>**ሲጽፉ የሚፈልግ ሳጥን**: ከዝርዝሩ በላይ ያለው ሳጥን (Ctrl+F) እውቂያዎችን በማንኛውም የስማቸው፣ የኩባንያቸው፣ የኢሜይላቸው ወይም የስልካቸው ክፍል ያገኛል። የሚጽፉት እያንዳንዱ ቃል የአንድ ቃል መጀመሪያ ተደርጎ ይወሰዳል፤ ሁሉም መዛመድ አለባቸው: `ann sch` “Anna Schmidt”ን ያገኛል። አንድ ፊደል ብቻ የአባት ስማቸው በዚያ ፊደል የሚጀምር እውቂያዎችን ይዘረዝራል፣ ልክ እንደ አድራሻ ደብተር ትሮች፤ ከሌሎች ቃላት በኋላ የሚመጣ ባለ አንድ ፊደል ቃል ከሁለተኛው ፊደሉ ጀምሮ ይቆጠራል (`van de` እስኪጽፉ ድረስ `van d` የሚያሳየው `van` የሚያሳየውን ነው)፤ በስም ውስጥ ያለ ባለ አንድ ፊደል ቃል ደግሞ እንደ ሙሉ ቃል ይቆጠራል (`O&apos;Bri` “O&apos;Brien”ን ያገኛል)። በላቲን ፊደላት የአክሰንት ምልክቶች እና ትልልቅ ፊደላት ልዩነት አያመጡም (`jose` “José Núñez”ን ያገኛል)፤ የፋርስኛ፣ የቤንጋሊኛ፣ የአማርኛ፣ የግሪክኛ እና የሲሪሊክ ስሞች የሚገኙት እንደተጻፉት ነው። ስልክ ቁጥሮች የሚገኙት በአሃዞቻቸው ነው (`4930` “+49 30 …”ን ያገኛል)።</translation>
    </message>
    <message>
        <source>**Search everything** (Ctrl+K, from anywhere): contacts, companies, deals (by title) and the notes of calls and meetings in one box, grouped, updated as you type; the arrow keys move, Enter opens the result: the contact (for a note, the contact it belongs to), the company on the Companies page, the deal on the pipeline board.</source>
        <translation>**ሁሉንም ፈልግ** (Ctrl+K፣ ከየትኛውም ቦታ): እውቂያዎች፣ ኩባንያዎች፣ ስምምነቶች (በርዕስ) እና የጥሪዎች እና የስብሰባዎች ማስታወሻዎች በአንድ ሳጥን ውስጥ፣ በቡድን ተከፋፍለው፣ ሲጽፉ እየታደሱ፤ የቀስት ቁልፎች በውጤቶቹ መካከል ያንቀሳቅሳሉ፣ Enter ውጤቱን ይከፍታል: እውቂያውን (ለማስታወሻ፣ ማስታወሻው የሚገኝበትን እውቂያ)፣ ኩባንያውን በ“ኩባንያዎች” ገጽ ላይ፣ ስምምነቱን በሽያጭ ሂደት ሰሌዳው ላይ።</translation>
    </message>
    <message>
        <source>**Sorting**: click a column header to sort by it, again to reverse. Some columns take a moment on a very large list (&quot;Sorting…&quot; under the list). Empty values come last either way, equal values by name. After an edit the list is sorted again while the old order stays on screen, and the selected contact stays selected.</source>
        <translation>**መደርደር**: በአንድ አምድ ለመደርደር የአምዱን ርዕስ ጠቅ ያድርጉ፤ ቅደም ተከተሉን ለመገልበጥ እንደገና ጠቅ ያድርጉ። በጣም ትልቅ ዝርዝር ላይ አንዳንድ አምዶች ትንሽ ጊዜ ይወስዳሉ (ከዝርዝሩ ስር “በመደርደር ላይ…” ይታያል)። ባዶ እሴቶች በየትኛውም አቅጣጫ መጨረሻ ላይ ይመጣሉ፤ እኩል እሴቶች በስም ይደረደራሉ። ከአርትዖት በኋላ ዝርዝሩ እንደገና ይደረደራል፤ እስከዚያው የቀድሞው ቅደም ተከተል በማያ ገጹ ላይ ይቆያል፣ የተመረጠው እውቂያም እንደተመረጠ ይቆያል።</translation>
    </message>
    <message>
        <source>Adding and editing a contact</source>
        <translation>እውቂያ ማከል እና ማስተካከል</translation>
    </message>
    <message>
        <source>**Phone numbers** are kept as you typed them and also read into one international form, so that &quot;030 1234567&quot; and &quot;+49 (0)30 123 45 67&quot; count as the same number when Kontor looks for duplicates. A number without a country code is read as a number of the country in File → Settings… → General (&quot;Phone numbers without a country code are from&quot;, at first the country of the language Kontor speaks).</source>
        <translation>**ስልክ ቁጥሮች** እርስዎ እንደጻፏቸው ይቀመጣሉ፤ በተጨማሪም ወደ አንድ ዓለም አቀፍ ቅርጽ ይነበባሉ፤ በዚህም Kontor ተደጋጋሚዎችን ሲፈልግ “030 1234567” እና “+49 (0)30 123 45 67” እንደ አንድ ቁጥር ይቆጠራሉ። የአገር ኮድ የሌለው ቁጥር በፋይል → ቅንብሮች… → አጠቃላይ ውስጥ የተመረጠው አገር ቁጥር ተደርጎ ይነበባል (“የአገር ኮድ የሌላቸው ስልክ ቁጥሮች የሚገኙበት አገር”፤ መጀመሪያ ላይ Kontor የሚናገረው ቋንቋ አገር)።</translation>
    </message>
    <message>
        <source>The contact card</source>
        <translation>የእውቂያ ካርዱ</translation>
    </message>
    <message>
        <source>**Details**: emails and phones (links that open your mail program or your phone), address, owner, tags, the last contact and the next step (the next scheduled follow-up), with **Edit…**, **Log Interaction…**, **New Deal…** and **Changes…** at hand.</source>
        <translation>**ዝርዝሮች**: ኢሜይሎች እና ስልኮች (የኢሜይል ፕሮግራምዎን ወይም ስልክዎን የሚከፍቱ አገናኞች)፣ አድራሻ፣ ኃላፊ፣ መለያዎች፣ የመጨረሻው ግንኙነት እና ቀጣይ እርምጃው (ቀጣዩ የታቀደ ክትትል)፣ ከ**አርትዕ…**፣ **ግንኙነት መዝግብ…**፣ **አዲስ ስምምነት…** እና **ለውጦች…** አዝራሮች ጋር።</translation>
    </message>
    <message>
        <source>**History**: everything in one list, newest first: calls, meetings, emails, notes and complaints, every step of the contact&apos;s deals (created, moved, won, lost with the reason) and its reminders. What is still to come (a meeting booked ahead, a reminder not yet due) is marked &quot;Planned&quot; with an outlined mark, above a &quot;Now&quot; line.</source>
        <translation>**ታሪክ**: ሁሉም ነገር በአንድ ዝርዝር ውስጥ፣ አዲሱ መጀመሪያ: ጥሪዎች፣ ስብሰባዎች፣ ኢሜይሎች፣ ማስታወሻዎች እና ቅሬታዎች፣ የእውቂያው ስምምነቶች እያንዳንዱ እርምጃ (የተፈጠረ፣ የተዛወረ፣ የተሳካ፣ ከምክንያቱ ጋር የከሸፈ) እና አስታዋሾቹ። ገና የሚመጣው (አስቀድሞ የተያዘ ስብሰባ፣ ጊዜው ገና ያልደረሰ አስታዋሽ) ውስጡ ባዶ በሆነ ምልክት “የታቀደ” ተብሎ ከ“አሁን” መስመር በላይ ይታያል።</translation>
    </message>
    <message>
        <source>**Complaints** stay open until resolved: while any is open, a red box above the history says how many and since when, with &quot;Mark Resolved&quot; for the newest. In the history, R (or the context menu) resolves the selected complaint or opens it again; open complaints are red, resolved ones say when.</source>
        <translation>**ቅሬታዎች** እስኪፈቱ ድረስ ክፍት ሆነው ይቆያሉ: ክፍት ቅሬታ እስካለ ድረስ ከታሪኩ በላይ ያለ ቀይ ሳጥን ስንት እንደሆኑ እና ከመቼ ጀምሮ እንደሆነ ይናገራል፤ ለቅርብ ጊዜው ቅሬታ “እንደተፈታ ምልክት አድርግ” አዝራርም አለው። በታሪኩ ውስጥ R (ወይም የአውድ ምናሌው) የተመረጠውን ቅሬታ ይፈታል ወይም እንደገና ይከፍታል፤ ክፍት ቅሬታዎች በቀይ ይታያሉ፣ የተፈቱት ደግሞ መቼ እንደተፈቱ ያሳያሉ።</translation>
    </message>
    <message>
        <source>Several contacts at once</source>
        <translation>ብዙ እውቂያዎች በአንድ ጊዜ</translation>
    </message>
    <message>
        <source>Logging a call or meeting</source>
        <translation>ጥሪ ወይም ስብሰባ መመዝገብ</translation>
    </message>
    <message>
        <source>**Log interaction** (Ctrl+L, from any page): kind (call, meeting, email, message, note, complaint), outcome (successful, neutral, unsuccessful, no answer, voicemail, busy, wrong number, or type your own: it is offered again next time), when (now, unless changed), duration, subject and notes, and the next step in the same dialog: a follow-up reminder or the next meeting (tomorrow 9:00 unless changed; the meeting goes into the history and onto Today on its day). Enter saves; Shift+Enter starts a new line in the notes.</source>
        <translation>**ግንኙነት መዝግብ** (Ctrl+L፣ ከየትኛውም ገጽ): ዓይነት (ጥሪ፣ ስብሰባ፣ ኢሜይል፣ መልዕክት፣ ማስታወሻ፣ ቅሬታ)፣ ውጤት (ውጤታማ፣ መካከለኛ፣ ውጤታማ ያልሆነ፣ ስልኩ አልተነሳም፣ የድምፅ መልዕክት፣ መስመሩ ተይዟል፣ የተሳሳተ ቁጥር፣ ወይም የራስዎን ይጻፉ: በሚቀጥለው ጊዜ እንደ ምርጫ ይቀርባል)፣ መቼ (ካልቀየሩት አሁን)፣ የቆይታ ጊዜ፣ ርዕሰ ጉዳይ እና ማስታወሻዎች፣ እንዲሁም ቀጣይ እርምጃው በዚያው መስኮት ውስጥ: የክትትል አስታዋሽ ወይም ቀጣይ ስብሰባ (ካልቀየሩት ነገ 9:00፤ ስብሰባው ወደ ታሪኩ ይገባል፣ በዕለቱም በ“ዛሬ” ላይ ይታያል)። Enter ያስቀምጣል፤ Shift+Enter በማስታወሻዎቹ ውስጥ አዲስ መስመር ይጀምራል።</translation>
    </message>
    <message>
        <source>**For whom**: the contact of what is selected on the page you are on: the reminder, meeting, birthday or stale deal on Today, the reminder on Reminders, the card (or row) on Pipeline, the person, deal or history entry on Companies, the row of a report&apos;s details (Ctrl+L works there too), the contact on Contacts. The dialog&apos;s title names the person; you can always type another name into the contact field. With nothing selected the field is empty and ready for typing. After saving, the Contacts list keeps that contact selected and on the card, with or without a search typed.</source>
        <translation>**ለማን**: አሁን ባሉበት ገጽ ላይ የተመረጠው ነገር እውቂያ: በ“ዛሬ” ላይ አስታዋሹ፣ ስብሰባው፣ የልደት ቀኑ ወይም የቆመው ስምምነት፤ በ“አስታዋሾች” ላይ አስታዋሹ፤ በ“የሽያጭ ሂደት” ላይ ካርዱ (ወይም ረድፉ)፤ በ“ኩባንያዎች” ላይ ሰውየው፣ ስምምነቱ ወይም የታሪክ ግቤቱ፤ የሪፖርት ዝርዝሮች ረድፍ (Ctrl+L እዚያም ይሰራል)፤ በ“እውቂያዎች” ላይ እውቂያው። የመስኮቱ ርዕስ ሰውየውን በስም ይጠራል፤ ሁልጊዜም በእውቂያ መስኩ ውስጥ ሌላ ስም መጻፍ ይችላሉ። ምንም ካልተመረጠ መስኩ ባዶ ሆኖ ለመጻፍ ዝግጁ ነው። ካስቀመጡ በኋላ የ“እውቂያዎች” ዝርዝር ፍለጋ ቢጻፍም ባይጻፍም ያንኑ እውቂያ እንደተመረጠ እና በካርዱ ላይ እንዳለ ያቆያል።</translation>
    </message>
    <message>
        <source>**Closing the loop**: when the contact has a reminder due (or you log from a reminder), the dialog offers &quot;Mark “…” done&quot;, ticked: one Enter saves the call, its note and the next step and closes the reminder (a repeating one moves to its next date), and one Ctrl+Z takes all of it back.</source>
        <translation>**ጉዳዩን መዝጋት**: እውቂያው ጊዜው የደረሰ አስታዋሽ ሲኖረው (ወይም ከአስታዋሽ ሆነው ሲመዘግቡ) መስኮቱ «“…”ን እንደተከናወነ ምልክት አድርግ» የሚለውን ምልክት ተደርጎበት ያቀርባል: አንድ Enter ጥሪውን፣ ማስታወሻውን እና ቀጣይ እርምጃውን ያስቀምጣል፣ አስታዋሹንም ይዘጋል (የሚደጋገም አስታዋሽ ወደ ቀጣዩ ቀኑ ይሸጋገራል)፤ አንድ Ctrl+Z ደግሞ ሁሉንም ይቀለብሳል።</translation>
    </message>
    <message>
        <source>**No default outcome**: leave it empty (&quot;—&quot;) when the call went neither way. An empty outcome counts as held but never as successful in the reports.</source>
        <translation>**ነባሪ ውጤት የለም**: ጥሪው ወደ የትኛውም ወገን ካላዘነበለ ውጤቱን ባዶ ይተዉት (“—”)። ባዶ ውጤት በሪፖርቶቹ ውስጥ እንደተካሄደ ይቆጠራል፣ ግን ፈጽሞ እንደ ውጤታማ አይቆጠርም።</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>ኩባንያዎች</translation>
    </message>
    <message>
        <source>The Companies page (Ctrl+3) shows the businesses your contacts work for: head offices with their branches as a tree, or a flat list of what the search box finds.</source>
        <translation>የ“ኩባንያዎች” ገጽ (Ctrl+3) እውቂያዎችዎ የሚሠሩባቸውን ድርጅቶች ያሳያል: ዋና መሥሪያ ቤቶችን ከቅርንጫፎቻቸው ጋር እንደ ዛፍ፣ ወይም የፍለጋ ሳጥኑ ያገኛቸውን በቀላል ዝርዝር።</translation>
    </message>
    <message>
        <source>The selected company shows where it sits (&quot;Branch of Acme Holding › Acme North&quot;, each step a link), its details (website, phone and email are links) and three tabs: **People** who work there, its **Deals** and the **History** of calls and meetings with all of them, each with its count. &quot;Include branches&quot; adds what belongs to the branches below.</source>
        <translation>የተመረጠው ኩባንያ የት እንደሚገኝ ያሳያል (“የAcme Holding ቅርንጫፍ › Acme North”፣ እያንዳንዱ ደረጃ አገናኝ ነው)፤ ዝርዝሮቹን (ድረ-ገጽ፣ ስልክ እና ኢሜይል አገናኞች ናቸው) እና ሦስት ትሮችንም ያሳያል: እዚያ የሚሠሩ **ሰዎች**፣ የኩባንያው **ስምምነቶች** እና ከሁሉም ጋር የተደረጉ የጥሪዎች እና የስብሰባዎች **ታሪክ**፣ እያንዳንዱ ከብዛቱ ጋር። “ቅርንጫፎችንም ጨምር” ከሥሩ ያሉት ቅርንጫፎች የሆነውንም ያክላል።</translation>
    </message>
    <message>
        <source>Enter on a person opens the contact, on a deal the deal on the pipeline board.</source>
        <translation>በሰው ላይ Enter እውቂያውን ይከፍታል፤ በስምምነት ላይ ደግሞ ስምምነቱን በሽያጭ ሂደት ሰሌዳው ላይ ይከፍታል።</translation>
    </message>
    <message>
        <source>**New Company…**, **Add Branch…**, **Edit…** (type and pick the head office; a company cannot become a branch of its own branch), **Archive** and **Changes…**. Ctrl+K finds companies too and opens them here.</source>
        <translation>**አዲስ ኩባንያ…**፣ **ቅርንጫፍ አክል…**፣ **አርትዕ…** (ዋና መሥሪያ ቤቱን ይጻፉ እና ይምረጡ፤ አንድ ኩባንያ የራሱ ቅርንጫፍ ቅርንጫፍ ሊሆን አይችልም)፣ **ወደ ማህደር አስገባ** እና **ለውጦች…**። Ctrl+K ኩባንያዎችንም ያገኛል፣ እዚህም ይከፍታቸዋል።</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>የሽያጭ ሂደት</translation>
    </message>
    <message>
        <source>The Pipeline page (Ctrl+4) is your sales board: one column per sales stage with its deal cards.</source>
        <translation>የ“የሽያጭ ሂደት” ገጽ (Ctrl+4) የሽያጭ ሰሌዳዎ ነው: ለእያንዳንዱ የሽያጭ ደረጃ አንድ አምድ ከስምምነት ካርዶቹ ጋር።</translation>
    </message>
    <message>
        <source>**A card** shows the title (without the contact&apos;s name when it repeats it), the contact and company, the amount (in whole units, as are the column totals; the exact amount is in the card&apos;s tooltip), the days in the stage (on a lost card: why it was lost) and the owner. A card with a red bar is stale: it has been in its stage longer than the stage allows (14 days to start with; File → Settings… → Stages changes it).</source>
        <translation>**ካርድ** ርዕሱን (የእውቂያውን ስም የሚደግም ከሆነ ያለ ስሙ)፣ እውቂያውን እና ኩባንያውን፣ መጠኑን (በሙሉ አሃዶች፣ ልክ እንደ የአምድ ድምሮቹ፤ ትክክለኛው መጠን በካርዱ የመጠቆሚያ ጽሑፍ ውስጥ ነው)፣ በደረጃው ያሳለፋቸውን ቀናት (በከሸፈ ካርድ ላይ ደግሞ ለምን እንደከሸፈ) እና ኃላፊውን ያሳያል። ቀይ መስመር ያለው ካርድ የቆመ ነው: ደረጃው ከሚፈቅደው በላይ በደረጃው ቆይቷል (መጀመሪያ ላይ 14 ቀናት፤ ፋይል → ቅንብሮች… → ደረጃዎች ይቀይረዋል)።</translation>
    </message>
    <message>
        <source>**Totals**: each column&apos;s header shows the number of deals, their total (one sum per currency) and the total weighted by the stage&apos;s win probability; the line at the top sums the weighted value of all open deals.</source>
        <translation>**ድምሮች**: የእያንዳንዱ አምድ ርዕስ የስምምነቶቹን ብዛት፣ ድምራቸውን (ለእያንዳንዱ ምንዛሬ አንድ ድምር) እና በደረጃው የስኬት ዕድል የተመዘነውን ድምር ያሳያል፤ ከላይ ያለው መስመር የሁሉንም ክፍት ስምምነቶች የተመዘነ ዋጋ ይደምራል።</translation>
    </message>
    <message>
        <source>**Won and Lost** show the deals closed in the last 30 days. They start folded to narrow strips with their count and total, so that the whole board is seen at once: a card dropped on a strip moves there, and a click on the strip opens it (Kontor remembers which are open).</source>
        <translation>**የተሳካ እና የከሸፈ** ባለፉት 30 ቀናት የተዘጉ ስምምነቶችን ያሳያሉ። መላው ሰሌዳ በአንድ ጊዜ እንዲታይ ብዛታቸውን እና ድምራቸውን ወደሚያሳዩ ጠባብ ቁራጮች ተሰብስበው ይጀምራሉ: በቁራጩ ላይ የተጣለ ካርድ ወደዚያ ይዛወራል፣ ቁራጩን ጠቅ ማድረግ ደግሞ ይዘረጋዋል (Kontor የትኞቹ እንደተዘረጉ ያስታውሳል)።</translation>
    </message>
    <message>
        <source>**Move a deal** by dragging its card to another column, with Ctrl+Shift+→ / ← on the selected card, or with &quot;Move to&quot; in its context menu. Every move is kept in the deal&apos;s history with the time and who moved it. Moving to Lost asks for the reason (pick a common one or type your own); Cancel leaves the deal where it was. The context menu also archives the deal (Delete does the same, after asking).</source>
        <translation>**ስምምነትን ማዛወር**: ካርዱን ወደ ሌላ አምድ በመጎተት፣ በተመረጠው ካርድ ላይ በCtrl+Shift+→ / ←፣ ወይም በአውድ ምናሌው ውስጥ ባለው “አዛውር ወደ”። እያንዳንዱ ዝውውር ከጊዜው እና ካዛወረው ሰው ጋር በስምምነቱ ታሪክ ውስጥ ይቀመጣል። ወደ “የከሸፈ” ማዛወር ምክንያቱን ይጠይቃል (የተለመደውን ይምረጡ ወይም የራስዎን ይጻፉ)፤ “ይቅር” ስምምነቱን ባለበት ይተወዋል። የአውድ ምናሌው ስምምነቱን ወደ ማህደርም ያስገባል (Delete ከጠየቀ በኋላ ያንኑ ያደርጋል)።</translation>
    </message>
    <message>
        <source>**Keys**: ← / → step between columns, Enter (or a double click) edits the deal, Ctrl+Enter opens its contact, F5 reads the board again. The **Deal** menu lists these with their keys.</source>
        <translation>**ቁልፎች**: ← / → በአምዶች መካከል ያንቀሳቅሳሉ፣ Enter (ወይም ሁለቴ ጠቅ ማድረግ) ስምምነቱን ለማርትዕ ይከፍታል፣ Ctrl+Enter እውቂያውን ይከፍታል፣ F5 ሰሌዳውን እንደገና ያነባል። የ**ስምምነት** ምናሌ እነዚህን ከቁልፎቻቸው ጋር ይዘረዝራል።</translation>
    </message>
    <message>
        <source>**New deal** (Ctrl+Shift+N from anywhere, &quot;New Deal…&quot; on the board, or &quot;New Deal…&quot; on a contact&apos;s card): title, contact (type part of a name and pick it), amount and currency (the database&apos;s default currency to start with), stage, owner, lead source, expected close date and notes. Changing the stage in the dialog is a move like any other, and Lost needs the reason.</source>
        <translation>**አዲስ ስምምነት** (Ctrl+Shift+N ከየትኛውም ቦታ፣ በሰሌዳው ላይ “አዲስ ስምምነት…”፣ ወይም በእውቂያ ካርድ ላይ “አዲስ ስምምነት…”): ርዕስ፣ እውቂያ (የስሙን ክፍል ይጻፉ እና ይምረጡት)፣ መጠን እና ምንዛሬ (መጀመሪያ ላይ የውሂብ ጎታው ነባሪ ምንዛሬ)፣ ደረጃ፣ ኃላፊ፣ የደንበኛ ምንጭ፣ የሚጠበቀው መዝጊያ ቀን እና ማስታወሻዎች። በመስኮቱ ውስጥ ደረጃውን መቀየር እንደማንኛውም ዝውውር ነው፤ “የከሸፈ” ደግሞ ምክንያት ይፈልጋል።</translation>
    </message>
    <message>
        <source>**Owner** shows one salesperson&apos;s deals. **List** (Alt+I) shows the same deals as a table you can sort by any column; **Board** (Alt+B) goes back. A column shows its first 200 cards (the ones waiting longest); its totals always count every deal.</source>
        <translation>**ኃላፊ** የአንድ የሽያጭ ሠራተኛ ስምምነቶችን ያሳያል። **ዝርዝር** (Alt+I) ተመሳሳዮቹን ስምምነቶች በማንኛውም አምድ ሊደረደር በሚችል ሰንጠረዥ ያሳያል፤ **ሰሌዳ** (Alt+B) ወደ ሰሌዳው ይመልሳል። አንድ አምድ የመጀመሪያዎቹን 200 ካርዶች (ረጅም ጊዜ የጠበቁትን) ያሳያል፤ ድምሮቹ ግን ሁልጊዜ እያንዳንዱን ስምምነት ይቆጥራሉ።</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>አስታዋሾች</translation>
    </message>
    <message>
        <source>The Reminders page (Ctrl+5) is your diary of things to do: every reminder in four groups, overdue, today, the next 30 days and done in the last 30 days, beside a month calendar whose days with reminders are bold (red when past).</source>
        <translation>የ“አስታዋሾች” ገጽ (Ctrl+5) የሚደረጉ ነገሮች ማስታወሻ ደብተርዎ ነው: እያንዳንዱ አስታዋሽ በአራት ቡድኖች (ጊዜው ያለፈ፣ ዛሬ፣ ቀጣዮቹ 30 ቀናት እና ባለፉት 30 ቀናት የተከናወኑ)፣ ከወርሃዊ የቀን መቁጠሪያ ጎን፤ በቀን መቁጠሪያው ላይ አስታዋሽ ያላቸው ቀናት በደማቅ ይታያሉ (ያለፉ ከሆኑ በቀይ)።</translation>
    </message>
    <message>
        <source>Picking a day lists its reminders; double-clicking a day adds one for it. D marks the selected reminder done (a repeating one moves to its next date), S snoozes it until 9:00 tomorrow, Enter edits it and Delete removes it after asking.</source>
        <translation>አንድን ቀን መምረጥ የዚያን ቀን አስታዋሾች ይዘረዝራል፤ አንድን ቀን ሁለቴ ጠቅ ማድረግ ለዚያ ቀን አስታዋሽ ያክላል። D የተመረጠውን አስታዋሽ እንደተከናወነ ምልክት ያደርጋል (የሚደጋገም አስታዋሽ ወደ ቀጣዩ ቀኑ ይሸጋገራል)፣ S እስከ ነገ 9:00 ያዘገየዋል፣ Enter ለማርትዕ ይከፍተዋል፣ Delete ደግሞ ከጠየቀ በኋላ ያስወግደዋል።</translation>
    </message>
    <message>
        <source>**New reminder** (Ctrl+Shift+R, or &quot;New Reminder…&quot;): title, when, contact (type to pick), repeat (once, every day, week, month or year) and notes. A follow-up set while logging a call is a reminder too.</source>
        <translation>**አዲስ አስታዋሽ** (Ctrl+Shift+R፣ ወይም “አዲስ አስታዋሽ…”): ርዕስ፣ መቼ፣ እውቂያ (ለመምረጥ ይጻፉ)፣ ድግግሞሽ (አንድ ጊዜ፣ በየቀኑ፣ በየሳምንቱ፣ በየወሩ ወይም በየዓመቱ) እና ማስታወሻዎች። ጥሪ ሲመዘግቡ የሚያዘጋጁት ክትትልም አስታዋሽ ነው።</translation>
    </message>
    <message>
        <source>**When one comes due**: while Kontor runs it looks every 30 seconds for reminders that have come due (or whose snooze ran out) and announces each once: a desktop notification from the tray icon where the desktop has a tray, a line in the status bar, and the window&apos;s taskbar entry asks for attention. Clicking the notification opens the Reminders page, and the count on Today follows. What was already due when Kontor started is on the Today page instead.</source>
        <translation>**ጊዜው ሲደርስ**: Kontor ክፍት እስከሆነ ድረስ በየ30 ሰከንዱ ጊዜያቸው የደረሱ (ወይም የማዘግያ ጊዜያቸው ያለቀ) አስታዋሾችን ይፈልጋል፣ እያንዳንዱንም አንድ ጊዜ ያሳውቃል: ዴስክቶፑ የማሳወቂያ ቦታ (tray) ካለው ከአዶው የዴስክቶፕ ማሳወቂያ፣ በሁኔታ አሞሌው ላይ አንድ መስመር፣ እንዲሁም በተግባር አሞሌው ላይ ያለው የመስኮቱ ግቤት ትኩረትዎን ይጠይቃል። ማሳወቂያውን ጠቅ ማድረግ የ“አስታዋሾች” ገጽን ይከፍታል፤ በ“ዛሬ” ላይ ያለው ቁጥርም አብሮ ይዘምናል። Kontor ሲጀምር ቀድሞውኑ ጊዜው የደረሰው ግን በምትኩ በ“ዛሬ” ገጽ ላይ ይታያል።</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>ሪፖርቶች</translation>
    </message>
    <message>
        <source>**Funnel**: per stage, the deals that *first reached* it in the period (a deal that skipped a stage is not counted there; one that came back is not counted twice), how many of them have *gone on* to a later stage other than Lost (so far, also after the period), the conversion (went on ÷ reached), their value, and the average *days they took to go on*. Above it: deals created, won and lost in the period, the win rate (won ÷ (won + lost)) and the share from created to won (won ÷ created).</source>
        <translation>**የሽያጭ ፍሰት**: ለእያንዳንዱ ደረጃ፣ በጊዜው ውስጥ ደረጃውን *ለመጀመሪያ ጊዜ የደረሱ* ስምምነቶች (ደረጃውን የዘለለ ስምምነት እዚያ አይቆጠርም፤ ተመልሶ የመጣም ሁለት ጊዜ አይቆጠርም)፣ ከእነሱ ስንቱ ከ“የከሸፈ” ውጭ ወደ ቀጣይ ደረጃ *እንደቀጠሉ* (እስካሁን፣ ከጊዜው በኋላም ጭምር)፣ የሽግግር መጠኑ (የቀጠሉ ÷ የደረሱ)፣ ዋጋቸው እና *ለመቀጠል የፈጀባቸው* አማካይ ቀናት። ከላይ: በጊዜው ውስጥ የተፈጠሩ፣ የተሳኩ እና የከሸፉ ስምምነቶች፣ የስኬት መጠኑ (የተሳኩ ÷ (የተሳኩ + የከሸፉ)) እና ከተፈጠሩት ውስጥ የተሳኩት ድርሻ (የተሳኩ ÷ የተፈጠሩ)።</translation>
    </message>
    <message>
        <source>**Week**: the notebook questions for the week containing the period&apos;s end (or today): calls and meetings held (up to now: a meeting planned for later in the week is not held yet) and how many were successful (outcome &quot;successful&quot;; an empty outcome never counts), how many *led to another appointment* (their &quot;next step&quot; in Log interaction booked a meeting), meetings booked ahead (from the week&apos;s end, or from now for the week under way, to 30 days after the week), new leads, deals moved to Won or Lost and the revenue won, complaints logged and resolved; each beside the week before and the change (the revenue&apos;s as an amount when both weeks are in one currency), with 12 weeks of bars.</source>
        <translation>**ሳምንት**: የጊዜው መጨረሻ (ወይም ዛሬ) ያለበት ሳምንት የማስታወሻ ደብተር ጥያቄዎች: የተደረጉ ጥሪዎች እና የተካሄዱ ስብሰባዎች (እስከ አሁን ድረስ: በሳምንቱ ውስጥ ለኋላ የታቀደ ስብሰባ ገና እንደተካሄደ አይቆጠርም) እና ስንቱ ውጤታማ እንደነበሩ (ውጤቱ “ውጤታማ” የሆነ፤ ባዶ ውጤት ፈጽሞ አይቆጠርም)፣ ስንቱ *ወደ ሌላ ቀጠሮ እንዳመሩ* (በ“ግንኙነት መዝግብ” ውስጥ “ቀጣይ እርምጃ” ሆኖ ስብሰባ የተያዘላቸው)፣ አስቀድመው የተያዙ ስብሰባዎች (ከሳምንቱ መጨረሻ፣ ወይም በሂደት ላይ ላለው ሳምንት ከአሁን ጀምሮ፣ ከሳምንቱ በኋላ እስከ 30 ቀናት ድረስ)፣ አዲስ እምቅ ደንበኞች፣ ወደ “የተሳካ” ወይም “የከሸፈ” የተዛወሩ ስምምነቶች እና ከተሳኩት የተገኘ ገቢ፣ የተመዘገቡ እና የተፈቱ ቅሬታዎች፤ እያንዳንዱ ከቀዳሚው ሳምንት እና ከለውጡ ጎን (ሁለቱም ሳምንታት በአንድ ምንዛሬ ሲሆኑ የገቢው ለውጥ እንደ መጠን ይታያል)፣ ከ12 ሳምንታት አሞሌዎች ጋር።</translation>
    </message>
    <message>
        <source>**Activity**: per salesperson and week, the calls, meetings and emails they logged that have taken place (up to now), the stage changes they made and their deals won; salespeople with nothing in the period are left out.</source>
        <translation>**እንቅስቃሴ**: ለእያንዳንዱ የሽያጭ ሠራተኛ እና ሳምንት፣ የመዘገቧቸው እና የተካሄዱ (እስከ አሁን) ጥሪዎች፣ ስብሰባዎች እና ኢሜይሎች፣ ያደረጓቸው የደረጃ ለውጦች እና የተሳኩ ስምምነቶቻቸው፤ በጊዜው ውስጥ ምንም ያልነበራቸው የሽያጭ ሠራተኞች አይካተቱም።</translation>
    </message>
    <message>
        <source>**Forecast**: open deals by expected close month and salesperson, with their amount and the amount weighted by the stage&apos;s probability; months with deals past their expected close date are red, deals without a date last.</source>
        <translation>**ትንበያ**: ክፍት ስምምነቶች በሚጠበቀው የመዝጊያ ወር እና በየሽያጭ ሠራተኛው፣ ከመጠናቸው እና በደረጃው የስኬት ዕድል ከተመዘነው መጠን ጋር፤ የሚጠበቀው መዝጊያ ቀናቸው ያለፈባቸው ስምምነቶች ያሉባቸው ወራት በቀይ ይታያሉ፣ ቀን የሌላቸው ስምምነቶች መጨረሻ ላይ ይመጣሉ።</translation>
    </message>
    <message>
        <source>**What lies behind a figure**: Enter or a double-click on a row of the funnel, the lead sources or the forecast, or a click on a bar of their charts, lists the deals (or the leads) behind it. On the Week and Activity tabs, choose a figure with the arrow keys and press Enter (or double-click it): this week&apos;s calls, the week before&apos;s meetings (its column), the new leads, the deals won; a salesperson&apos;s emails in one week or in the whole period (their &quot;total&quot; row; the name or week column lists all their calls, meetings and emails). A click on a bar of those charts lists the same. Enter on a row of the list opens the deal on the pipeline board, or the contact&apos;s card (for a lead or an interaction).</source>
        <translation>**ከአንድ መለኪያ በስተጀርባ ያለው**: በሽያጭ ፍሰቱ፣ በደንበኛ ምንጮቹ ወይም በትንበያው ረድፍ ላይ Enter ወይም ሁለቴ ጠቅ ማድረግ፣ ወይም የገበታዎቻቸውን አሞሌ ጠቅ ማድረግ ከበስተጀርባው ያሉትን ስምምነቶች (ወይም እምቅ ደንበኞች) ይዘረዝራል። በ“ሳምንት” እና በ“እንቅስቃሴ” ትሮች ላይ መለኪያን በቀስት ቁልፎች ይምረጡ እና Enter ይጫኑ (ወይም ሁለቴ ጠቅ ያድርጉት): የዚህ ሳምንት ጥሪዎች፣ የቀዳሚው ሳምንት ስብሰባዎች (በአምዱ)፣ አዲሶቹ እምቅ ደንበኞች፣ የተሳኩት ስምምነቶች፤ የአንድ የሽያጭ ሠራተኛ ኢሜይሎች በአንድ ሳምንት ወይም በሙሉ ጊዜው (በ“ጠቅላላ” ረድፋቸው፤ የስም ወይም የሳምንት አምዱ ሁሉንም ጥሪዎቻቸውን፣ ስብሰባዎቻቸውን እና ኢሜይሎቻቸውን ይዘረዝራል)። የእነዚያን ገበታዎች አሞሌ ጠቅ ማድረግም ያንኑ ይዘረዝራል። በዝርዝሩ ረድፍ ላይ Enter ስምምነቱን በሽያጭ ሂደት ሰሌዳው ላይ፣ ወይም የእውቂያውን ካርድ (ለእምቅ ደንበኛ ወይም ለግንኙነት) ይከፍታል።</translation>
    </message>
    <message>
        <source>**Print** (Ctrl+P on the Reports page, or Export → Print…): the same pages on a printer; the print dialog chooses the printer and the paper.</source>
        <translation>**አትም** (በ“ሪፖርቶች” ገጽ ላይ Ctrl+P፣ ወይም ወደ ውጭ ላክ → አትም…): እነዚያው ገጾች በአታሚ ላይ፤ የህትመት መስኮቱ አታሚውን እና ወረቀቱን ይመርጣል።</translation>
    </message>
    <message>
        <source>Undo, the archive and the change history</source>
        <translation>መቀልበስ፣ ማህደሩ እና የለውጥ ታሪክ</translation>
    </message>
    <message>
        <source>**Undo and redo** (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, and the Edit menu, which names the step): every change made since Kontor opened, on any page or in any dialog (edits, moves on the board, archiving, reminders done, settings), is one step, taken back or done again as a whole. A step that no longer fits (say, undoing a new contact after a call was logged with it) says so and changes nothing. The list of steps ends when Kontor closes or another database is opened.</source>
        <translation>**ቀልብስ እና ድገም** (Ctrl+Z፣ Ctrl+Shift+Z ወይም Ctrl+Y፣ እንዲሁም እርምጃውን በስም የሚጠራው የአርትዕ ምናሌ): Kontor ከተከፈተ ጀምሮ በማንኛውም ገጽ ወይም መስኮት ውስጥ የተደረገ እያንዳንዱ ለውጥ (አርትዖቶች፣ በሰሌዳው ላይ ዝውውሮች፣ ወደ ማህደር ማስገባት፣ የተከናወኑ አስታዋሾች፣ ቅንብሮች) አንድ እርምጃ ነው፤ በሙሉ ይቀለበሳል ወይም እንደገና ይደረጋል። ከአሁን በኋላ የማይገጥም እርምጃ (ለምሳሌ፣ ጥሪ ከተመዘገበለት በኋላ አዲስ እውቂያን መቀልበስ) ይህንኑ ይናገራል፣ ምንም አይቀይርም። የእርምጃዎቹ ዝርዝር Kontor ሲዘጋ ወይም ሌላ የውሂብ ጎታ ሲከፈት ያበቃል።</translation>
    </message>
    <message>
        <source>**Archive** (File → Archive…, Ctrl+Shift+A): archived contacts, companies and deals and deleted reminders, the latest first, with a search; Enter or &quot;Restore&quot; brings one back into lists, search and totals.</source>
        <translation>**ማህደር** (ፋይል → ማህደር…፣ Ctrl+Shift+A): በማህደር የተቀመጡ እውቂያዎች፣ ኩባንያዎች እና ስምምነቶች እንዲሁም የተሰረዙ አስታዋሾች፣ የቅርብ ጊዜው መጀመሪያ፣ ከፍለጋ ጋር፤ Enter ወይም “ወደነበረበት መልስ” አንዱን ወደ ዝርዝሮች፣ ፍለጋ እና ድምሮች ይመልሳል።</translation>
    </message>
    <message>
        <source>**Change history**: &quot;Changes…&quot; on a contact&apos;s card, a company, a deal (in its dialog) or an archived record lists what changed, from what, to what, when and by whom (&quot;Last name: Byron → Lovelace&quot;). Kontor has no sign-in, so &quot;who&quot; is the database&apos;s first salesperson. Emails, phone numbers and tags added, edited or removed are listed too (&quot;Email: ada@work.example → ada@newwork.example&quot;, &quot;Tag: (empty) → VIP&quot;); saving a contact without changing them adds nothing.</source>
        <translation>**የለውጥ ታሪክ**: በእውቂያ ካርድ፣ በኩባንያ፣ በስምምነት (በመስኮቱ ውስጥ) ወይም በማህደር በተቀመጠ መዝገብ ላይ ያለው “ለውጦች…” ምን እንደተቀየረ፣ ከምን ወደ ምን፣ መቼ እና በማን እንደሆነ ይዘረዝራል (“የአባት ስም: Byron → Lovelace”)። Kontor የመግቢያ ስም እና የይለፍ ቃል ስለሌለው “ማን” የሚለው የውሂብ ጎታው የመጀመሪያ የሽያጭ ሠራተኛ ነው። የታከሉ፣ የተስተካከሉ ወይም የተወገዱ ኢሜይሎች፣ ስልክ ቁጥሮች እና መለያዎችም ይዘረዘራሉ (“ኢሜይል: ada@work.example → ada@newwork.example”፣ “መለያ: (ባዶ) → VIP”)፤ እነሱን ሳይቀይሩ እውቂያን ማስቀመጥ ምንም አያክልም።</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ቅንብሮች</translation>
    </message>
    <message>
        <source>**File → Settings…** (Ctrl+,) holds what is kept in the database file, and so is the same for everyone who opens it. Every change is saved at once.</source>
        <translation>**ፋይል → ቅንብሮች…** (Ctrl+,) በውሂብ ጎታ ፋይሉ ውስጥ የሚቀመጡትን ይይዛል፤ ስለዚህ ፋይሉን ለሚከፍት ሁሉ ተመሳሳይ ነው። እያንዳንዱ ለውጥ ወዲያውኑ ይቀመጣል።</translation>
    </message>
    <message>
        <source>**Stages**: rename, win probability (0–100 %, for the weighted totals), the days after which a deal is stale (0: never), add (placed before Won and Lost), move up and down, and remove: Kontor asks where the stage&apos;s deals go and records the move in each deal&apos;s history. The last Won and the last Lost stage cannot be removed.</source>
        <translation>**ደረጃዎች**: እንደገና መሰየም፣ የስኬት ዕድል (0–100 %፣ ለተመዘኑ ድምሮች)፣ አንድ ስምምነት የቆመ የሚባልበት የቀናት ብዛት (0: በጭራሽ)፣ ማከል (ከ“የተሳካ” እና ከ“የከሸፈ” በፊት ይገባል)፣ ወደ ላይ እና ወደ ታች ማዛወር፣ እና ማስወገድ: Kontor የደረጃው ስምምነቶች ወዴት እንደሚሄዱ ይጠይቃል፣ ዝውውሩንም በእያንዳንዱ ስምምነት ታሪክ ውስጥ ይመዘግባል። የመጨረሻውን “የተሳካ” እና የመጨረሻውን “የከሸፈ” ደረጃ ማስወገድ አይቻልም።</translation>
    </message>
    <message>
        <source>**Lead sources** and, for each, campaigns with start, end and spend (the reports divide by this spend).</source>
        <translation>**የደንበኛ ምንጮች** እና ለእያንዳንዳቸው ከመጀመሪያ፣ ከማብቂያ እና ከወጪ ጋር ያሉ ዘመቻዎች (ሪፖርቶቹ በዚህ ወጪ ያካፍላሉ)።</translation>
    </message>
    <message>
        <source>**Salespeople** (owners of contacts and deals) and **Tags** (renaming onto an existing tag merges the two; removing takes the tag off every contact).</source>
        <translation>**የሽያጭ ሠራተኞች** (የእውቂያዎች እና የስምምነቶች ኃላፊዎች) እና **መለያዎች** (መለያን በነባር መለያ ስም እንደገና መሰየም ሁለቱን ያዋህዳል፤ ማስወገድ መለያውን ከእያንዳንዱ እውቂያ ላይ ያነሳል)።</translation>
    </message>
    <message>
        <source>**General**: the default currency of new deals and campaigns (a new database starts with your country&apos;s: the system&apos;s locale, else your language&apos;s country for Persian, Bengali and Amharic, else euros; rials (IRR) are whole rials, without decimals, as prices in Iran are written; amounts in rials that an older Kontor stored in hundredths keep their value when the database is upgraded), the country of phone numbers written without a country code, the number of backups to keep and the backup folder, and the database file with &quot;Open Another Database…&quot; and &quot;New Database…&quot;.</source>
        <translation>**አጠቃላይ**: የአዳዲስ ስምምነቶች እና ዘመቻዎች ነባሪ ምንዛሬ (አዲስ የውሂብ ጎታ በአገርዎ ምንዛሬ ይጀምራል: ከሥርዓቱ የአካባቢ ቅንብር፣ ካልሆነ ለፋርስኛ፣ ለቤንጋሊኛ እና ለአማርኛ ከቋንቋዎ አገር፣ ካልሆነም በዩሮ፤ ሪያል (IRR) በኢራን ዋጋዎች እንደሚጻፉት ያለ አስርዮሽ በሙሉ ሪያል ይያዛል፤ የቆየ የKontor ስሪት በመቶኛ ክፍሎች ያስቀመጣቸው የሪያል መጠኖች የውሂብ ጎታው ሲሻሻል ዋጋቸውን ይጠብቃሉ)፣ ያለ አገር ኮድ የተጻፉ ስልክ ቁጥሮች አገር፣ የሚቀመጡ ምትኬዎች ብዛት እና የምትኬ አቃፊው፣ እንዲሁም የውሂብ ጎታ ፋይሉ ከ“ሌላ የውሂብ ጎታ ክፈት…” እና ከ“አዲስ የውሂብ ጎታ…” ጋር።</translation>
    </message>
    <message>
        <source>Importing your old spreadsheets</source>
        <translation>የድሮ የተመን ሉሆችዎን ማስመጣት</translation>
    </message>
    <message>
        <source>Kontor reads contacts from CSV files (what Excel, Google Contacts, Outlook and other CRMs write) and from vCard address books (`.vcf`, versions 2.1, 3.0 and 4.0, as phones, Google, Apple and Outlook export them). **File → Import Contacts…** (Ctrl+Shift+I) walks you through it:</source>
        <translation>Kontor እውቂያዎችን ከCSV ፋይሎች (Excel፣ Google Contacts፣ Outlook እና ሌሎች CRMዎች የሚጽፉት) እና ከvCard የአድራሻ ደብተሮች (`.vcf`፣ ስሪቶች 2.1፣ 3.0 እና 4.0፣ ስልኮች፣ Google፣ Apple እና Outlook ወደ ውጭ እንደሚልኳቸው) ያነባል። **ፋይል → እውቂያዎችን አስመጣ…** (Ctrl+Shift+I) ደረጃ በደረጃ ይመራዎታል:</translation>
    </message>
    <message>
        <source>**The file**: choose it and say what it holds (contacts, companies, interactions or deals). Kontor recognises the file&apos;s encoding and how its columns are separated, and shows the first rows as it reads them (change the encoding or the delimiter and the preview follows; untick &quot;The first row holds the column names&quot; for a file without a header).</source>
        <translation>**ፋይሉ**: ፋይሉን ይምረጡ እና ምን እንደያዘ ይግለጹ (እውቂያዎች፣ ኩባንያዎች፣ ግንኙነቶች ወይም ስምምነቶች)። Kontor የፋይሉን ኢንኮዲንግ እና አምዶቹ በምን እንደተለዩ ራሱ ይለያል፤ የመጀመሪያዎቹን ረድፎችም እንዳነበባቸው ያሳያል (ኢንኮዲንጉን ወይም መለያያ ቁምፊውን ከቀየሩ ቅድመ-እይታው አብሮ ይቀየራል፤ ርዕስ ረድፍ ለሌለው ፋይል “የመጀመሪያው ረድፍ የአምዶቹን ስሞች ይይዛል” የሚለውን ምልክት ያንሱ)።</translation>
    </message>
    <message>
        <source>**Columns and fields** (CSV only): each column with its first values and the field it fills, set by the preset that fits the headers best (Google Contacts, Outlook, a generic CRM export); change any, choose another preset, or **Save as Preset…** for files that come again. Without a name column there is no going on. A header that names its field maps itself under any preset, in English or German, whatever its capitals and punctuation (Given Name, Family Name, Surname, Organisation, E-mail, Phone number, Vorname, Nachname, Firma, Telefon, Mobil, Straße, PLZ, Ort, Land, Notiz, …). When no preset&apos;s own columns are in the file, the preset box says &quot;No preset fits these columns&quot; rather than naming one.</source>
        <translation>**አምዶች እና መስኮች** (ለCSV ብቻ): እያንዳንዱ አምድ ከመጀመሪያ እሴቶቹ እና ከሚሞላው መስክ ጋር፤ መስኩ የሚዘጋጀው ከርዕሶቹ ጋር በተሻለ በሚስማማው ቅድመ-ቅንብር ነው (Google Contacts፣ Outlook፣ አጠቃላይ የCRM ወደ ውጭ መላክ)፤ ማንኛውንም ይቀይሩ፣ ሌላ ቅድመ-ቅንብር ይምረጡ፣ ወይም ተደጋግመው ለሚመጡ ፋይሎች **እንደ ቅድመ-ቅንብር አስቀምጥ…**ን ይጠቀሙ። የስም አምድ ከሌለ መቀጠል አይቻልም። መስኩን በስሙ የሚጠራ ርዕስ በማንኛውም ቅድመ-ቅንብር፣ በእንግሊዝኛም ሆነ በጀርመንኛ፣ ትልልቅ ፊደላቱ እና ሥርዓተ ነጥቡ ምንም ቢሆኑ ራሱን ያዛምዳል (Given Name፣ Family Name፣ Surname፣ Organisation፣ E-mail፣ Phone number፣ Vorname፣ Nachname፣ Firma፣ Telefon፣ Mobil፣ Straße፣ PLZ፣ Ort፣ Land፣ Notiz፣ …)። የየትኛውም ቅድመ-ቅንብር የራሱ አምዶች በፋይሉ ውስጥ ከሌሉ የቅድመ-ቅንብር ሳጥኑ አንዱን ከመሰየም ይልቅ “ከእነዚህ አምዶች ጋር የሚስማማ ቅድመ-ቅንብር የለም” ይላል።</translation>
    </message>
    <message>
        <source>**Duplicates and a check**: what to do with a row that is already there (skip it, update the contact, merge, or create a new contact all the same), and **Check Every Row**: a trial run that changes nothing and shows exactly what the import will do, done at once for files under 5 MB. Rows that need a look come first, with their line and why.</source>
        <translation>**ተደጋጋሚዎች እና ፍተሻ**: ቀድሞውኑ ያለ ረድፍ ምን እንደሚደረግ (መዝለል፣ እውቂያውን ማዘመን፣ ማዋሃድ፣ ወይም ቢሆንም አዲስ እውቂያ መፍጠር)፣ እና **እያንዳንዱን ረድፍ ፈትሽ**: ምንም የማይቀይር፣ ማስመጣቱ ምን እንደሚያደርግ በትክክል የሚያሳይ የሙከራ ሩጫ፤ ከ5 MB በታች ለሆኑ ፋይሎች ወዲያውኑ ይከናወናል። መታየት ያለባቸው ረድፎች ከመስመራቸው እና ከምክንያቱ ጋር መጀመሪያ ይመጣሉ።</translation>
    </message>
    <message>
        <source>**Import**: a backup first (`kontor-backups/…-before-import.sqlite`), then the import with a progress bar and Cancel.</source>
        <translation>**አስመጣ**: መጀመሪያ ምትኬ (`kontor-backups/…-before-import.sqlite`)፣ ከዚያም ማስመጣቱ ከሂደት አሞሌ እና ከ“ይቅር” ጋር።</translation>
    </message>
    <message>
        <source>**Imported**: the counts (created, updated, merged, skipped, rejected, kept with a warning), the rejected rows with their line and why, **Show the Imported Contacts** (the Contacts page filtered to what this import created or changed; the filter box &quot;From file.csv&quot; says so, and &quot;From any import&quot; lifts it) and **Undo This Import…**. Later, **File → Import History…** lists every import and **Undo Import…** takes one back.</source>
        <translation>**ማስመጣቱ ተጠናቋል**: ቁጥሮቹ (የተፈጠሩ፣ የተዘመኑ፣ የተዋሃዱ፣ የተዘለሉ፣ ውድቅ የተደረጉ፣ በማስጠንቀቂያ የተቀመጡ)፣ ውድቅ የተደረጉት ረድፎች ከመስመራቸው እና ከምክንያቱ ጋር፣ **የመጡትን እውቂያዎች አሳይ** (በዚህ ማስመጣት የተፈጠሩትን ወይም የተቀየሩትን ብቻ እንዲያሳይ የተጣራው የ“እውቂያዎች” ገጽ፤ የማጣሪያ ሳጥኑ “ከfile.csv” በማለት ይህንኑ ያሳያል፣ “ከማንኛውም ማስመጣት” ደግሞ ማጣሪያውን ያነሳል) እና **ይህን ማስመጣት ቀልብስ…**። በኋላ ላይ **ፋይል → የማስመጣት ታሪክ…** እያንዳንዱን ማስመጣት ይዘረዝራል፤ **ማስመጣቱን ቀልብስ…** ደግሞ አንዱን ይቀለብሳል።</translation>
    </message>
    <message>
        <source>**Cleaning**: names typed all in capitals or all small get capitals where they belong (&quot;MCDONALD&quot; → &quot;McDonald&quot;, &quot;VAN DER BERG&quot; → &quot;van der Berg&quot;; a name in mixed case is kept as typed). Emails that are not shaped like one and phone numbers that are not valid are **kept and flagged**, not dropped; a birthday, status or owner Kontor cannot read is kept in the notes and flagged. Companies, lead sources and campaigns are found by name or created. Tags are split at `;` and `,`.</source>
        <translation>**ማጽዳት**: ሙሉ በሙሉ በትልልቅ ወይም በትንንሽ ፊደላት የተጻፉ ስሞች ትልልቅ ፊደላትን በሚገባቸው ቦታ ያገኛሉ (“MCDONALD” → “McDonald”፣ “VAN DER BERG” → “van der Berg”፤ ትልልቅና ትንንሽ ፊደላት የተቀላቀሉበት ስም እንደተጻፈ ይቀመጣል)። የኢሜይል ቅርጽ የሌላቸው ኢሜይሎች እና ትክክል ያልሆኑ ስልክ ቁጥሮች አይጣሉም፤ **ይቀመጣሉ፣ ምልክትም ይደረግባቸዋል**፤ Kontor ሊያነበው ያልቻለው የልደት ቀን፣ ሁኔታ ወይም ኃላፊ በማስታወሻዎቹ ውስጥ ይቀመጣል፣ ምልክትም ይደረግበታል። ኩባንያዎች፣ የደንበኛ ምንጮች እና ዘመቻዎች በስም ይገኛሉ ወይም ይፈጠራሉ። መለያዎች በ`;` እና በ`,` ይከፋፈላሉ።</translation>
    </message>
    <message>
        <source>**Duplicates**: a row whose email or phone number (however it is written) belongs to a contact already there, or to an earlier row of the file, is a duplicate; a row with neither is compared by name. **Skip** keeps the contact as it is, **update** puts the row&apos;s values in its place (empty cells change nothing), **merge** keeps the contact&apos;s values and adds what it lacks, and **create** makes a new contact all the same. Emails, phones and tags are added in both update and merge.</source>
        <translation>**ተደጋጋሚዎች**: ኢሜይሉ ወይም ስልክ ቁጥሩ (እንዴትም ቢጻፍ) ቀድሞውኑ የሚገኝ እውቂያ ወይም የፋይሉ ቀደም ያለ ረድፍ የሆነ ረድፍ ተደጋጋሚ ነው፤ ሁለቱም የሌለው ረድፍ በስም ይነጻጸራል። **ዝለል** እውቂያውን እንዳለ ይተዋል፣ **አዘምን** የረድፉን እሴቶች በቦታቸው ያስቀምጣል (ባዶ ህዋሶች ምንም አይቀይሩም)፣ **አዋህድ** የእውቂያውን እሴቶች ይዞ የጎደለውን ያክላል፣ **ፍጠር** ደግሞ ቢሆንም አዲስ እውቂያ ይፈጥራል። ኢሜይሎች፣ ስልኮች እና መለያዎች በማዘመንም ሆነ በማዋሃድ ይታከላሉ።</translation>
    </message>
    <message>
        <source>**All or nothing**: the whole import is one step. A row that cannot be written (a full disk) or Cancel leaves the database exactly as it was. A row without any name is rejected, with its line and the reason, and the rest goes on.</source>
        <translation>**ሁሉም ወይም ምንም**: ሙሉው ማስመጣት አንድ እርምጃ ነው። ሊጻፍ የማይችል ረድፍ (ዲስኩ ሲሞላ) ወይም “ይቅር” የውሂብ ጎታውን ልክ እንደነበረ ይተዋል። ምንም ስም የሌለው ረድፍ ከመስመሩ እና ከምክንያቱ ጋር ውድቅ ይደረጋል፤ የቀረው ይቀጥላል።</translation>
    </message>
    <message>
        <source>**Undo**: undoing an import removes the contacts it created and puts the ones it updated or merged back as they were; a created contact that has since gained history (calls, deals, reminders) is archived instead, and companies, lead sources and campaigns it created go when nothing else uses them.</source>
        <translation>**መቀልበስ**: ማስመጣትን መቀልበስ የፈጠራቸውን እውቂያዎች ያስወግዳል፣ ያዘመናቸውን ወይም ያዋሃዳቸውን ደግሞ ወደነበሩበት ይመልሳል፤ ከዚያ ወዲህ ታሪክ (ጥሪዎች፣ ስምምነቶች፣ አስታዋሾች) ያገኘ የተፈጠረ እውቂያ ግን በምትኩ ወደ ማህደር ይገባል፤ የፈጠራቸው ኩባንያዎች፣ የደንበኛ ምንጮች እና ዘመቻዎች ሌላ ምንም ነገር ካልተጠቀመባቸው ይወገዳሉ።</translation>
    </message>
    <message>
        <source>**Moving from another CRM**: import its companies first, then its contacts, then its deals and its history (&quot;Kind of records&quot; in the wizard). Deals and interactions find their contact by its email, else its name (a row whose contact is not there is rejected: import the contacts first); an interaction already there (same contact, kind and time) or a deal already there (same title and contact) is skipped. A stage, owner or amount Kontor cannot place is kept in the notes and flagged. Undo takes these back too.</source>
        <translation>**ከሌላ CRM መሸጋገር**: መጀመሪያ ኩባንያዎቹን፣ ከዚያ እውቂያዎቹን፣ ከዚያም ስምምነቶቹን እና ታሪኩን ያስመጡ (በአዋቂው ውስጥ “የመዝገቦች ዓይነት”)። ስምምነቶች እና ግንኙነቶች እውቂያቸውን በኢሜይሉ፣ ካልሆነ በስሙ ያገኛሉ (እውቂያው የሌለበት ረድፍ ውድቅ ይደረጋል: መጀመሪያ እውቂያዎቹን ያስመጡ)፤ ቀድሞውኑ ያለ ግንኙነት (ተመሳሳይ እውቂያ፣ ዓይነት እና ጊዜ) ወይም ቀድሞውኑ ያለ ስምምነት (ተመሳሳይ ርዕስ እና እውቂያ) ይዘለላል። Kontor የት እንደሚያስገባው ያላወቀው ደረጃ፣ ኃላፊ ወይም መጠን በማስታወሻዎቹ ውስጥ ይቀመጣል፣ ምልክትም ይደረግበታል። መቀልበስ እነዚህንም ይቀለብሳል።</translation>
    </message>
    <message>
        <source>Duplicates and data health</source>
        <translation>ተደጋጋሚዎች እና የውሂብ ጤንነት</translation>
    </message>
    <message>
        <source>**Duplicates**: **Contact → Find Duplicates…** lists contacts that are probably one person, most certain first, with why: the same email (capitals aside; score 60), the same phone number however it was written (50), or the same name once capitals, accents, other alphabets (&quot;Иван Петров&quot; and &quot;Ivan Petrov&quot;), word order (&quot;Lovelace, Ada&quot;) and how Persian was typed (Arabic or Persian yeh and kaf, the zero-width non-joiner, vowel marks) are set aside (40); reasons add up. A name shared by more than 25 contacts is too common to judge by alone and left out. The Companies tab pairs companies whose names differ only in capitals, punctuation and legal form (&quot;ACME Inc.&quot; and &quot;Acme Incorporated&quot;, &quot;Müller GmbH &amp; Co. KG&quot; and &quot;Müller&quot;).</source>
        <translation>**ተደጋጋሚዎች**: **እውቂያ → ተደጋጋሚዎችን ፈልግ…** አንድ ሰው ሊሆኑ የሚችሉ እውቂያዎችን፣ በጣም እርግጠኛ የሆኑትን መጀመሪያ፣ ከምክንያቱ ጋር ይዘረዝራል: ተመሳሳይ ኢሜይል (ትልልቅ ፊደላት ሳይቆጠሩ፤ ነጥብ 60)፣ እንዴትም ቢጻፍ ተመሳሳይ ስልክ ቁጥር (50)፣ ወይም ትልልቅ ፊደላት፣ የአክሰንት ምልክቶች፣ የተለያዩ ፊደላት (“Иван Петров” እና “Ivan Petrov”)፣ የቃላት ቅደም ተከተል (“Lovelace, Ada”) እና ፋርስኛ እንዴት እንደተጻፈ (የዐረብኛ ወይም የፋርስኛ ye እና kaf፣ የዜሮ ስፋት አለማያያዣ ቁምፊ፣ የአናባቢ ምልክቶች) ወደ ጎን ሲተዉ ተመሳሳይ የሆነ ስም (40)፤ ምክንያቶች ይደመራሉ። ከ25 በላይ እውቂያዎች የሚጋሩት ስም ብቻውን ለመፍረድ በጣም የተለመደ ስለሆነ አይካተትም። የ“ኩባንያዎች” ትር ስሞቻቸው በትልልቅ ፊደላት፣ በሥርዓተ ነጥብ እና በሕጋዊ ቅርጽ ብቻ የሚለያዩ ኩባንያዎችን ያጣምራል (“ACME Inc.” እና “Acme Incorporated”፣ “Müller GmbH &amp; Co. KG” እና “Müller”)።</translation>
    </message>
    <message>
        <source>For the pair chosen, each field stands side by side: click the value to keep (the first record&apos;s, unless it has none, is ticked). Emails, phone numbers and tags of both are kept. **Merge** keeps the first record (or the second, with &quot;Keep the second&quot;), moves every call, meeting, email, deal, reminder and history entry of the other to it and deletes the other; Ctrl+Z in the main window takes a merge back. A backup (`…-before-merge.sqlite`) is made before the first merge of a session. **Not Duplicates** puts a pair away for good.</source>
        <translation>ለተመረጠው ጥንድ እያንዳንዱ መስክ ጎን ለጎን ይታያል: የሚያቆዩትን እሴት ጠቅ ያድርጉ (የመጀመሪያው መዝገብ እሴት ምልክት ተደርጎበታል፣ እሴት ከሌለው በስተቀር)። የሁለቱም ኢሜይሎች፣ ስልክ ቁጥሮች እና መለያዎች ይቀመጣሉ። **አዋህድ** የመጀመሪያውን መዝገብ ይይዛል (ወይም “ሁለተኛውን ያዝ” ከተመረጠ ሁለተኛውን)፣ የሌላኛውን እያንዳንዱን ጥሪ፣ ስብሰባ፣ ኢሜይል፣ ስምምነት፣ አስታዋሽ እና የታሪክ ግቤት ወደ እሱ ያዛውራል፣ ሌላኛውንም ይሰርዛል፤ በዋናው መስኮት ውስጥ Ctrl+Z ማዋሃዱን ይቀለብሳል። በአንድ ክፍለ ጊዜ ከመጀመሪያው ማዋሃድ በፊት ምትኬ (`…-before-merge.sqlite`) ይሰራል። **ተደጋጋሚ አይደሉም** አንድን ጥንድ ለዘለቄታው ወደ ጎን ያስቀምጣል።</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>ወደ ውጭ መላክ</translation>
    </message>
    <message>
        <source>**File → Export** writes contacts as CSV or vCard 4.0, companies, interactions and deals as CSV, and open reminders and meetings as an iCalendar file (`.ics`) that calendar programs import (importing it again updates the events rather than doubling them; reminders come with an alarm at their time and their repetition). A file is written whole or not at all (a cancelled export leaves none). The CSV files name things instead of numbering them (the contact&apos;s name and first email, the company, the stage, the owner), give money as a plain decimal beside its currency code (`1250.00,EUR`) and times in UTC, and are safe for spreadsheets: a cell a spreadsheet would run as a formula starts with an apostrophe, which Kontor&apos;s import takes off again, so an export comes back as it was.</source>
        <translation>**ፋይል → ወደ ውጭ ላክ** እውቂያዎችን እንደ CSV ወይም vCard 4.0፣ ኩባንያዎችን፣ ግንኙነቶችን እና ስምምነቶችን እንደ CSV፣ ክፍት አስታዋሾችን እና ስብሰባዎችን ደግሞ የቀን መቁጠሪያ ፕሮግራሞች የሚያስመጡት የiCalendar ፋይል (`.ics`) አድርጎ ይጽፋል (እንደገና ማስመጣቱ ክስተቶቹን ከማባዛት ይልቅ ያዘምናቸዋል፤ አስታዋሾች በጊዜያቸው ከማንቂያ እና ከድግግሞሻቸው ጋር ይመጣሉ)። ፋይል ወይ ሙሉ በሙሉ ይጻፋል ወይ ጨርሶ አይጻፍም (የተቋረጠ ወደ ውጭ መላክ ምንም ፋይል አይተውም)። የCSV ፋይሎቹ ነገሮችን በቁጥር ሳይሆን በስም ይጠቅሳሉ (የእውቂያው ስም እና የመጀመሪያ ኢሜይል፣ ኩባንያው፣ ደረጃው፣ ኃላፊው)፣ ገንዘብን ከምንዛሬ ኮዱ ጎን እንደ ቀላል አስርዮሽ (`1250.00,EUR`)፣ ጊዜዎችን ደግሞ በUTC ይሰጣሉ፤ ለተመን ሉሆችም ደህንነታቸው የተጠበቀ ነው: የተመን ሉህ እንደ ቀመር የሚያስኬደው ህዋስ በአፖስትሮፊ ይጀምራል፤ የKontor ማስመጣት ይህን መልሶ ያነሳዋል፤ ስለዚህ ወደ ውጭ የተላከ ፋይል ልክ እንደነበረ ይመለሳል።</translation>
    </message>
    <message>
        <source>Your data and backups</source>
        <translation>ውሂብዎ እና ምትኬዎች</translation>
    </message>
    <message>
        <source>**One file**: everything is in one SQLite database file, by default `~/.local/share/kontor/kontor.sqlite` on Linux (`~/Library/Application Support/kontor` on macOS, `%APPDATA%\kontor` on Windows); the demo database is `kontor-demo.sqlite` beside it. **File → Open Database…** and **New Database…** switch files.</source>
        <translation>**አንድ ፋይል**: ሁሉም ነገር በአንድ የSQLite የውሂብ ጎታ ፋይል ውስጥ ነው፤ በነባሪነት በLinux ላይ `~/.local/share/kontor/kontor.sqlite` (በmacOS ላይ `~/Library/Application Support/kontor`፣ በWindows ላይ `%APPDATA%\kontor`)፤ የማሳያ የውሂብ ጎታው ከጎኑ ያለው `kontor-demo.sqlite` ነው። **ፋይል → የውሂብ ጎታ ክፈት…** እና **አዲስ የውሂብ ጎታ…** ፋይሎችን ይቀይራሉ።</translation>
    </message>
    <message>
        <source>**Safe to open**: Kontor checks a file before writing anything to it. A file that is not a database, a database of another program, or one written by a newer Kontor is refused with a message saying which, and left exactly as it was; Kontor then offers to open another file or create a new database. Every change is saved whole or not at all. The message says what happened: a database in a folder you cannot write (SQLite keeps two small files beside an open database: copy it into a folder of yours); a stray `-wal` file of another database beside yours (a sync tool or a copy brought it: move it into another folder, keeping it, and open again); a file damaged in its first pages (restore a backup). Nothing is written beside a file that is refused, not even SQLite&apos;s `-shm`.</source>
        <translation>**ለመክፈት ደህንነቱ የተጠበቀ**: Kontor በአንድ ፋይል ላይ ምንም ነገር ከመጻፉ በፊት ይፈትሸዋል። የውሂብ ጎታ ያልሆነ ፋይል፣ የሌላ ፕሮግራም የውሂብ ጎታ፣ ወይም በአዲስ የKontor ስሪት የተጻፈ የውሂብ ጎታ ከየትኛው ዓይነት እንደሆነ በሚገልጽ መልዕክት ውድቅ ይደረጋል፣ ልክ እንደነበረም ይተዋል፤ ከዚያ Kontor ሌላ ፋይል እንዲከፍቱ ወይም አዲስ የውሂብ ጎታ እንዲፈጥሩ ያቀርባል። እያንዳንዱ ለውጥ ወይ ሙሉ በሙሉ ይቀመጣል ወይ ጨርሶ አይቀመጥም። መልዕክቱ ምን እንደተፈጠረ ይናገራል: መጻፍ በማይችሉበት አቃፊ ውስጥ ያለ የውሂብ ጎታ (SQLite ከተከፈተ የውሂብ ጎታ ጎን ሁለት ትናንሽ ፋይሎችን ያስቀምጣል: ወደ ራስዎ አቃፊ ይቅዱት)፤ ከእርስዎ ፋይል ጎን ያለ የሌላ የውሂብ ጎታ የባዘነ `-wal` ፋይል (የማመሳሰያ መሣሪያ ወይም ቅጂ ያመጣው ነው: ሳይሰርዙት ወደ ሌላ አቃፊ ያዛውሩት፣ እንደገናም ይክፈቱ)፤ በመጀመሪያ ገጾቹ ላይ የተበላሸ ፋይል (ምትኬን ወደነበረበት ይመልሱ)። ውድቅ ከተደረገ ፋይል ጎን ምንም ነገር አይጻፍም፣ የSQLite `-shm` እንኳ።</translation>
    </message>
    <message>
        <source>**Daily backups, by themselves**: when Kontor opens a database whose last daily backup is a day old, it copies it in the background (you can go on working; the status bar says when the copy is made) into a folder beside it: `kontor.sqlite` → `kontor-backups/kontor-20261124-090000-000-daily.sqlite`. The newest 10 copies are kept and older ones deleted; File → Settings… → General → &quot;Backups to keep&quot; changes the number, and 0 turns the daily backup off (then none are deleted). Each copy is the database as it was at one moment, also while Kontor writes, and opens as a database of its own.</source>
        <translation>**ዕለታዊ ምትኬዎች፣ በራሳቸው**: Kontor የመጨረሻው ዕለታዊ ምትኬው አንድ ቀን የሞላውን የውሂብ ጎታ ሲከፍት ከበስተጀርባ (ሥራዎን መቀጠል ይችላሉ፤ ቅጂው ሲጠናቀቅ የሁኔታ አሞሌው ይነግርዎታል) ከጎኑ ወዳለ አቃፊ ይቀዳዋል: `kontor.sqlite` → `kontor-backups/kontor-20261124-090000-000-daily.sqlite`። የቅርብ ጊዜዎቹ 10 ቅጂዎች ይቀመጣሉ፣ የቆዩት ይሰረዛሉ፤ ፋይል → ቅንብሮች… → አጠቃላይ → “የሚቀመጡ ምትኬዎች” ብዛቱን ይቀይራል፣ 0 ደግሞ ዕለታዊ ምትኬን ያጠፋል (ያኔ ምንም አይሰረዝም)። እያንዳንዱ ቅጂ የውሂብ ጎታው በአንድ ቅጽበት እንደነበረው ነው፤ Kontor እየጻፈ ሳለም ቢሆን፤ እንደ ራሱን የቻለ የውሂብ ጎታም ይከፈታል።</translation>
    </message>
    <message>
        <source>**By hand**: **File → Save a Copy As…** (Ctrl+Shift+S) makes the same kind of copy, anywhere (a USB stick, a shared folder).</source>
        <translation>**በእጅ**: **ፋይል → ቅጂ በሌላ ስም አስቀምጥ…** (Ctrl+Shift+S) ተመሳሳይ ዓይነት ቅጂ በማንኛውም ቦታ (USB ፍላሽ፣ የጋራ አቃፊ) ይሰራል።</translation>
    </message>
    <message>
        <source>**Restoring**: **File → Restore from Backup…** lists the backups, newest first, with when and why each was made (daily, made by hand, before a restore, before an import, before a merge); Enter restores the one chosen, and &quot;Show Folder&quot; opens the folder. The database as it is at that moment is kept as a &quot;before a restore&quot; backup first, so that a restore can be undone by restoring that one; a file that is not a Kontor database is refused and nothing changes. A backup from an older Kontor is upgraded as it comes back.</source>
        <translation>**ወደነበረበት መመለስ**: **ፋይል → ከምትኬ ወደነበረበት መልስ…** ምትኬዎቹን፣ አዲሱን መጀመሪያ፣ እያንዳንዱ መቼ እና ለምን እንደተሰራ (ዕለታዊ፣ በእጅ የተሰራ፣ ወደነበረበት ከመመለስ በፊት፣ ከማስመጣት በፊት፣ ከማዋሃድ በፊት) ጋር ይዘረዝራል፤ Enter የተመረጠውን ወደነበረበት ይመልሳል፣ “አቃፊውን አሳይ” ደግሞ አቃፊውን ይከፍታል። የውሂብ ጎታው በዚያ ቅጽበት ያለበት ሁኔታ መጀመሪያ እንደ “ወደነበረበት ከመመለስ በፊት” ምትኬ ይቀመጣል፤ ስለዚህ ያንን ወደነበረበት በመመለስ መመለሱን መቀልበስ ይቻላል፤ የKontor የውሂብ ጎታ ያልሆነ ፋይል ውድቅ ይደረጋል፣ ምንም ነገርም አይቀየርም። ከቆየ የKontor ስሪት የመጣ ምትኬ ሲመለስ ይሻሻላል።</translation>
    </message>
    <message>
        <source>**Private by default**: a CRM holds other people&apos;s personal data, so the database Kontor creates, its `-wal` and `-shm` files, the backup folder and every backup are readable by you only (files 0600, folders 0700 on Linux and macOS), whatever your umask; a restored database stays so, and backups an older Kontor left readable to others are tightened at the next backup.</source>
        <translation>**በነባሪ የግል**: CRM የሌሎች ሰዎችን የግል ውሂብ ይይዛል፤ ስለዚህ Kontor የሚፈጥረው የውሂብ ጎታ፣ የ`-wal` እና `-shm` ፋይሎቹ፣ የምትኬ አቃፊው እና እያንዳንዱ ምትኬ umask ቅንብርዎ ምንም ይሁን ምን በእርስዎ ብቻ ሊነበቡ ይችላሉ (በLinux እና በmacOS ላይ ፋይሎች 0600፣ አቃፊዎች 0700)፤ ወደነበረበት የተመለሰ የውሂብ ጎታም እንደዚያው ይቆያል፤ የቆየ የKontor ስሪት ለሌሎች ሊነበቡ የሚችሉ አድርጎ የተዋቸው ምትኬዎች በሚቀጥለው ምትኬ ጊዜ ይጠበቃሉ።</translation>
    </message>
    <message>
        <source>**No debris**: a backup is written under a temporary name (`….sqlite.partial-1a2b3c4d`) and renamed when whole. One that fails (a full disk) takes its pieces with it; the pieces of one that was killed half way (power cut, `kill -9`) are removed by the next backup once they are ten minutes old. An import that cannot write (a read-only file, folder or disk, or another program holding the database) says so before it makes its before-import backup.</source>
        <translation>**ፍርስራሽ አይቀርም**: ምትኬ በጊዜያዊ ስም (`….sqlite.partial-1a2b3c4d`) ይጻፋል፣ ሲጠናቀቅም ስሙ ይቀየራል። ያልተሳካ ምትኬ (ዲስኩ ሲሞላ) ቁርጥራጮቹን ይዞ ይጠፋል፤ በግማሽ መንገድ የተቋረጠ ምትኬ (የኃይል መቋረጥ፣ `kill -9`) ቁርጥራጮች አሥር ደቂቃ ሲሞላቸው በሚቀጥለው ምትኬ ይወገዳሉ። መጻፍ የማይችል ማስመጣት (ለንባብ ብቻ የሆነ ፋይል፣ አቃፊ ወይም ዲስክ፣ ወይም የውሂብ ጎታውን የያዘ ሌላ ፕሮግራም) ከማስመጣት በፊት የሚሰራውን ምትኬ ከመስራቱ በፊት ይህንኑ ይናገራል።</translation>
    </message>
    <message>
        <source>When things go wrong</source>
        <translation>ችግር ሲያጋጥም</translation>
    </message>
    <message>
        <source>**A file that will not open** says why, and leaves it as it was: a folder you may not write in (SQLite keeps two small files beside an open database: copy the file into a folder of yours), a stray `-wal` file of another database beside yours (move it into another folder, keep it, and open again), a file of another program, or one written by a newer Kontor.</source>
        <translation>**የማይከፈት ፋይል** ለምን እንደሆነ ይናገራል፤ ፋይሉንም እንደነበረ ይተዋል: መጻፍ የማይፈቀድልዎት አቃፊ (SQLite ከተከፈተ የውሂብ ጎታ ጎን ሁለት ትናንሽ ፋይሎችን ያስቀምጣል: ፋይሉን ወደ ራስዎ አቃፊ ይቅዱት)፣ ከእርስዎ ፋይል ጎን ያለ የሌላ የውሂብ ጎታ የባዘነ `-wal` ፋይል (ወደ ሌላ አቃፊ ያዛውሩት፣ ይያዙት፣ እንደገናም ይክፈቱ)፣ የሌላ ፕሮግራም ፋይል፣ ወይም በአዲስ የKontor ስሪት የተጻፈ ፋይል።</translation>
    </message>
    <message>
        <source>**A full disk**: a change that cannot be written is not made at all (every change is saved whole or not at all); a backup that cannot be written leaves nothing behind; an import says so before it begins.</source>
        <translation>**ዲስኩ ሲሞላ**: ሊጻፍ የማይችል ለውጥ ጨርሶ አይደረግም (እያንዳንዱ ለውጥ ወይ ሙሉ በሙሉ ይቀመጣል ወይ ጨርሶ አይቀመጥም)፤ ሊጻፍ የማይችል ምትኬ ምንም ነገር አይተውም፤ ማስመጣት ከመጀመሩ በፊት ይህንኑ ይናገራል።</translation>
    </message>
    <message>
        <source>**A file you could not have meant to import** (a &quot;phone number&quot; of 20,000 characters, notes of megabytes, a table of more than 10,000 columns) is refused at once, row or file, with the reason, rather than keeping the import busy for minutes.</source>
        <translation>**ለማስመጣት ሊያስቡት የማይችሉት ፋይል** (20,000 ቁምፊዎች ያሉት “ስልክ ቁጥር”፣ ሜጋባይቶች የሚሆኑ ማስታወሻዎች፣ ከ10,000 በላይ አምዶች ያሉት ሰንጠረዥ) ማስመጣቱን ለደቂቃዎች ከማስያዝ ይልቅ ረድፉ ወይም ፋይሉ ከምክንያቱ ጋር ወዲያውኑ ውድቅ ይደረጋል።</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>የቁልፍ ሰሌዳ አቋራጮች</translation>
    </message>
    <message>
        <source>**Help → Keyboard Shortcuts** (Ctrl+/) lists every key, with a search box. The ones that matter most:</source>
        <translation>**እገዛ → የቁልፍ ሰሌዳ አቋራጮች** (Ctrl+/) እያንዳንዱን ቁልፍ ከፍለጋ ሳጥን ጋር ይዘረዝራል። በጣም አስፈላጊዎቹ:</translation>
    </message>
    <message>
        <source>| Keys | Action |</source>
        <translation>| ቁልፎች | ተግባር |</translation>
    </message>
    <message>
        <source>| Ctrl+1 … Ctrl+6 | Today, Contacts, Companies, Pipeline, Reminders, Reports |</source>
        <translation>| Ctrl+1 … Ctrl+6 | ዛሬ፣ እውቂያዎች፣ ኩባንያዎች፣ የሽያጭ ሂደት፣ አስታዋሾች፣ ሪፖርቶች |</translation>
    </message>
    <message>
        <source>| Ctrl+L | Log interaction (call, meeting, email, note), from any page |</source>
        <translation>| Ctrl+L | ግንኙነት መዝግብ (ጥሪ፣ ስብሰባ፣ ኢሜይል፣ ማስታወሻ)፣ ከየትኛውም ገጽ |</translation>
    </message>
    <message>
        <source>| Ctrl+F | Search contacts |</source>
        <translation>| Ctrl+F | እውቂያዎችን ፈልግ |</translation>
    </message>
    <message>
        <source>| Ctrl+K | Search everything: contacts, companies, deals, notes |</source>
        <translation>| Ctrl+K | ሁሉንም ፈልግ: እውቂያዎች፣ ኩባንያዎች፣ ስምምነቶች፣ ማስታወሻዎች |</translation>
    </message>
    <message>
        <source>| Enter (in search) | Select the first match |</source>
        <translation>| Enter (በፍለጋ ውስጥ) | የመጀመሪያውን ውጤት ምረጥ |</translation>
    </message>
    <message>
        <source>| Ctrl+N | New contact |</source>
        <translation>| Ctrl+N | አዲስ እውቂያ |</translation>
    </message>
    <message>
        <source>| F2 or Enter (on a row) | Edit contact |</source>
        <translation>| F2 ወይም Enter (በረድፍ ላይ) | እውቂያን አርትዕ |</translation>
    </message>
    <message>
        <source>| Delete | Archive (or restore, in the archive) |</source>
        <translation>| Delete | ወደ ማህደር አስገባ (በማህደሩ ውስጥ ደግሞ ወደነበረበት መልስ) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+N | New deal (for the selected contact on the Contacts page) |</source>
        <translation>| Ctrl+Shift+N | አዲስ ስምምነት (በ“እውቂያዎች” ገጽ ላይ ለተመረጠው እውቂያ) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+R | New reminder |</source>
        <translation>| Ctrl+Shift+R | አዲስ አስታዋሽ |</translation>
    </message>
    <message>
        <source>| Ctrl+Z / Ctrl+Shift+Z | Undo / redo |</source>
        <translation>| Ctrl+Z / Ctrl+Shift+Z | ቀልብስ / ድገም |</translation>
    </message>
    <message>
        <source>| D / S / Enter (on Today) | Reminder done / snooze until tomorrow / open the contact or deal (on a section: fold) |</source>
        <translation>| D / S / Enter (በ“ዛሬ” ላይ) | አስታዋሹ ተከናውኗል / እስከ ነገ አዘግይ / እውቂያውን ወይም ስምምነቱን ክፈት (በክፍል ርዕስ ላይ: ሰብስብ) |</translation>
    </message>
    <message>
        <source>| ← / → (on Today) | Fold / open the section |</source>
        <translation>| ← / → (በ“ዛሬ” ላይ) | ክፍሉን ሰብስብ / ዘርጋ |</translation>
    </message>
    <message>
        <source>| D / S / Enter / Delete (on Reminders) | Done / snooze until tomorrow / edit / delete |</source>
        <translation>| D / S / Enter / Delete (በ“አስታዋሾች” ላይ) | ተከናውኗል / እስከ ነገ አዘግይ / አርትዕ / ሰርዝ |</translation>
    </message>
    <message>
        <source>| Enter / Ctrl+Enter (on Pipeline) | Edit the deal / open its contact |</source>
        <translation>| Enter / Ctrl+Enter (በ“የሽያጭ ሂደት” ላይ) | ስምምነቱን አርትዕ / እውቂያውን ክፈት |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+→ / ← (on Pipeline) | Move the selected deal to the next / previous stage |</source>
        <translation>| Ctrl+Shift+→ / ← (በ“የሽያጭ ሂደት” ላይ) | የተመረጠውን ስምምነት ወደ ቀጣዩ / ቀዳሚው ደረጃ አዛውር |</translation>
    </message>
    <message>
        <source>| ← / → (on Pipeline) | Previous / next column |</source>
        <translation>| ← / → (በ“የሽያጭ ሂደት” ላይ) | ቀዳሚ / ቀጣይ አምድ |</translation>
    </message>
    <message>
        <source>| Alt+B / Alt+I (on Pipeline) | Board / list |</source>
        <translation>| Alt+B / Alt+I (በ“የሽያጭ ሂደት” ላይ) | ሰሌዳ / ዝርዝር |</translation>
    </message>
    <message>
        <source>| Delete (on Pipeline) | Archive the selected deal |</source>
        <translation>| Delete (በ“የሽያጭ ሂደት” ላይ) | የተመረጠውን ስምምነት ወደ ማህደር አስገባ |</translation>
    </message>
    <message>
        <source>| Enter (on a report&apos;s row or figure) | List the deals, leads or interactions behind it |</source>
        <translation>| Enter (በሪፖርት ረድፍ ወይም መለኪያ ላይ) | ከበስተጀርባው ያሉትን ስምምነቶች፣ እምቅ ደንበኞች ወይም ግንኙነቶች ዘርዝር |</translation>
    </message>
    <message>
        <source>| Ctrl+P (on Reports) | Print all reports |</source>
        <translation>| Ctrl+P (በ“ሪፖርቶች” ላይ) | ሁሉንም ሪፖርቶች አትም |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+A | Archive |</source>
        <translation>| Ctrl+Shift+A | ማህደር |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+I | Import contacts (CSV or vCard) |</source>
        <translation>| Ctrl+Shift+I | እውቂያዎችን አስመጣ (CSV ወይም vCard) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+S | Save a copy of the database |</source>
        <translation>| Ctrl+Shift+S | የውሂብ ጎታውን ቅጂ አስቀምጥ |</translation>
    </message>
    <message>
        <source>| Ctrl+O | Open another database |</source>
        <translation>| Ctrl+O | ሌላ የውሂብ ጎታ ክፈት |</translation>
    </message>
    <message>
        <source>| Ctrl+, | Settings |</source>
        <translation>| Ctrl+, | ቅንብሮች |</translation>
    </message>
    <message>
        <source>| Ctrl+Q | Quit |</source>
        <translation>| Ctrl+Q | ውጣ |</translation>
    </message>
    <message>
        <source>| Ctrl+/ | Keyboard shortcuts |</source>
        <translation>| Ctrl+/ | የቁልፍ ሰሌዳ አቋራጮች |</translation>
    </message>
    <message>
        <source>| F1 | This user guide |</source>
        <translation>| F1 | ይህ የተጠቃሚ መመሪያ |</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ቋንቋዎች</translation>
    </message>
    <message>
        <source>Kontor speaks English, German, Persian (فارسی), Bengali (বাংলা), Amharic (አማርኛ) and Esperanto, and follows your computer&apos;s language. To choose another, open **Settings → Language** (Alt+N on the Settings window): the choice is kept, and the window opens again in it, on the same database, as soon as Settings closes. `kontor --lang fa` chooses for one start only.</source>
        <translation>Kontor እንግሊዝኛ፣ ጀርመንኛ፣ ፋርስኛ (فارسی)፣ ቤንጋሊኛ (বাংলা)፣ አማርኛ እና ኤስፔራንቶ ይናገራል፤ የኮምፒውተርዎን ቋንቋም ይከተላል። ሌላ ቋንቋ ለመምረጥ **ቅንብሮች → ቋንቋ**ን ይክፈቱ (በቅንብሮች መስኮቱ ላይ Alt+N): ምርጫው ይቀመጣል፤ ቅንብሮች እንደተዘጉ መስኮቱ በዚያው የውሂብ ጎታ ላይ በተመረጠው ቋንቋ እንደገና ይከፈታል። `kontor --lang fa` ለአንድ ጅምር ብቻ ቋንቋ ይመርጣል።</translation>
    </message>
    <message>
        <source>**Persian** mirrors the whole window: the side bar stands on the right, columns and forms read from right to left, and the reports&apos; charts run from the right (the first month on the right, bars growing leftwards from their names). Every number (money, counts, dates, times) is written in Persian digits.</source>
        <translation>**ፋርስኛ** መላውን መስኮት ያገላብጣል: የጎን አሞሌው በቀኝ በኩል ይሆናል፣ አምዶች እና ቅጾች ከቀኝ ወደ ግራ ይነበባሉ፣ የሪፖርቶቹ ገበታዎችም ከቀኝ ይጀምራሉ (የመጀመሪያው ወር በቀኝ፣ አሞሌዎች ከስሞቻቸው ወደ ግራ ያድጋሉ)። እያንዳንዱ ቁጥር (ገንዘብ፣ ብዛቶች፣ ቀኖች፣ ሰዓቶች) በፋርስኛ አሃዞች ይጻፋል።</translation>
    </message>
    <message>
        <source>**Digits:** Settings → Language → Digits → **Latin (123)** writes every number in 0–9 instead (Persian or Bengali with `1,250.50` and `11 آذر 1405`), keeping the language&apos;s words, month names, direction and week; the language&apos;s own digits come back with **The language&apos;s own**. Bengali times are on the 24-hour clock (২০:০৫).</source>
        <translation>**አሃዞች:** ቅንብሮች → ቋንቋ → አሃዞች → **ላቲን (123)** እያንዳንዱን ቁጥር በምትኩ በ0–9 ይጽፋል (ፋርስኛ ወይም ቤንጋሊኛ ከ`1,250.50` እና ከ`11 آذر 1405` ጋር)፣ የቋንቋውን ቃላት፣ የወር ስሞች፣ አቅጣጫ እና ሳምንት እንደጠበቀ፤ የቋንቋው የራሱ አሃዞች በ**የቋንቋው የራሱ** ይመለሳሉ። የቤንጋሊኛ ሰዓቶች በ24 ሰዓት አቆጣጠር ናቸው (২০:০৫)።</translation>
    </message>
    <message>
        <source>**Calendar:** Persian uses the Solar Hijri calendar, every other language the Gregorian one; Settings → Language → Calendar chooses either for any language. Dates in lists, on cards and in date fields are in it, and so are the reports&apos; periods: in Solar Hijri, &quot;This quarter&quot; on 11 Azar 1405 is Mehr to Azar (23 September to 21 December 2026), &quot;This year&quot; is Farvardin to Esfand, and the forecast&apos;s months are Solar Hijri months. Weeks start on your language&apos;s first day (Saturday for Persian), and the reminders&apos; calendar marks its weekend (Friday in Iran). Files (CSV, vCard, calendars) keep ISO dates.</source>
        <translation>**የቀን መቁጠሪያ:** ፋርስኛ የፀሐይ ሂጅራ የቀን መቁጠሪያን ይጠቀማል፣ ሌሎቹ ቋንቋዎች በሙሉ ግሪጎሪያንን፤ ቅንብሮች → ቋንቋ → የቀን መቁጠሪያ ለማንኛውም ቋንቋ ከሁለቱ አንዱን ይመርጣል። በዝርዝሮች፣ በካርዶች እና በቀን መስኮች ውስጥ ያሉ ቀኖች በዚህ የቀን መቁጠሪያ ይታያሉ፤ የሪፖርቶቹ ጊዜያትም እንዲሁ: በፀሐይ ሂጅራ፣ በ11 አዛር 1405 “ይህ ሩብ ዓመት” ከሜህር እስከ አዛር (ከሴፕቴምበር 23 እስከ ዲሴምበር 21፣ 2026) ነው፤ “ይህ ዓመት” ከፋርቫርዲን እስከ ኤስፋንድ ነው፤ የትንበያው ወራትም የፀሐይ ሂጅራ ወራት ናቸው። ሳምንታት የሚጀምሩት በቋንቋዎ የሳምንቱ የመጀመሪያ ቀን ነው (ለፋርስኛ ቅዳሜ)፤ የአስታዋሾቹ የቀን መቁጠሪያም የሳምንቱን የዕረፍት ቀን ምልክት ያደርጋል (በኢራን ዓርብ)። ፋይሎች (CSV፣ vCard፣ የቀን መቁጠሪያዎች) የISO ቀኖችን ይይዛሉ።</translation>
    </message>
    <message>
        <source>**A new database** made in a language names its stages and lead sources in it (سرنخ جدید, تماس اولیه…); rename them in Settings like any other. A database keeps its names when opened in another language.</source>
        <translation>**አዲስ የውሂብ ጎታ** በአንድ ቋንቋ ሲፈጠር ደረጃዎቹን እና የደንበኛ ምንጮቹን በዚያ ቋንቋ ይሰይማል (በአማርኛ: አዲስ እምቅ ደንበኛ፣ የመጀመሪያ ግንኙነት…፤ በፋርስኛ: سرنخ جدید, تماس اولیه…)፤ እንደማንኛውም ሌላ ስም በቅንብሮች ውስጥ እንደገና ሊሰይሟቸው ይችላሉ። የውሂብ ጎታ በሌላ ቋንቋ ሲከፈት ስሞቹን ይዞ ይቆያል።</translation>
    </message>
    <message>
        <source>**The demo database** is made in the window&apos;s language: in Persian a business in Tehran whose customers are mostly Iranian, named in Persian (بازرگانی کریمی), those abroad in Latin letters, with its notes, products, job titles and campaigns in Persian, its countries named in Persian (ایران, آلمان) and its money in rials; in Bengali one in Dhaka (taka), in Amharic one in Addis Ababa (birr), in German one in Germany and Austria (euros). Each language keeps its demo in a file of its own (`kontor-demo-fa.sqlite`).</source>
        <translation>**የማሳያ የውሂብ ጎታው** የሚፈጠረው በመስኮቱ ቋንቋ ነው: በፋርስኛ፣ ደንበኞቹ በአብዛኛው ኢራናውያን የሆኑ፣ በፋርስኛ የተሰየሙ (بازرگانی کریمی) በቴህራን የሚገኝ ንግድ፤ በውጭ አገር ያሉት ደንበኞች በላቲን ፊደላት፣ ማስታወሻዎቹ፣ ምርቶቹ፣ የሥራ መደቦቹ እና ዘመቻዎቹ በፋርስኛ፣ አገሮቹ በፋርስኛ የተሰየሙ (ایران, آلمان)፣ ገንዘቡም በሪያል፤ በቤንጋሊኛ በዳካ ያለ ንግድ (ታካ)፣ በአማርኛ በአዲስ አበባ ያለ ንግድ (ብር)፣ በጀርመንኛ በጀርመን እና በኦስትሪያ ያለ ንግድ (ዩሮ)። እያንዳንዱ ቋንቋ ማሳያውን በራሱ ፋይል ውስጥ ያስቀምጣል (`kontor-demo-fa.sqlite`)።</translation>
    </message>
    <message>
        <source>**Typing in your script:** Persian, Arabic-Indic and Bengali digits are read as digits in amounts (`۳۱٬۸۹۰٫۵`), phone numbers and search (typing `۹۱۲` finds +98 912…). An imported birthday such as `1365/04/12` (or `۱۳۶۵/۰۴/۱۲`), with a year between 1200 and 1599, is read as a Solar Hijri date: 3 July 1986.</source>
        <translation>**በራስዎ ፊደል መጻፍ:** የፋርስኛ፣ የዐረብኛ-ሕንድ እና የቤንጋሊኛ አሃዞች በመጠኖች (`۳۱٬۸۹۰٫۵`)፣ በስልክ ቁጥሮች እና በፍለጋ ውስጥ እንደ አሃዞች ይነበባሉ (`۹۱۲` መጻፍ +98 912…ን ያገኛል)። ዓመቱ ከ1200 እስከ 1599 የሆነ፣ እንደ `1365/04/12` (ወይም `۱۳۶۵/۰۴/۱۲`) ያለ የመጣ የልደት ቀን የፀሐይ ሂጅራ ቀን ተደርጎ ይነበባል: ጁላይ 3፣ 1986።</translation>
    </message>
    <message>
        <source>**Search and duplicates** find a Persian name however it was typed: with the Arabic ي and ك of an Arabic keyboard or the Persian ی and ک, with or without the zero-width non-joiner, with or without vowel marks; this holds for contacts, companies and deal titles (Ctrl+K). Such names also sort together, and an imported company typed either way is one company. Tags are apart by a comma or semicolon, Latin or Persian (، ؛), in the contact dialog and in imports.</source>
        <translation>**ፍለጋ እና ተደጋጋሚዎች** የፋርስኛ ስምን እንዴትም ቢጻፍ ያገኛሉ: በዐረብኛ የቁልፍ ሰሌዳ ي እና ك ወይም በፋርስኛው ی እና ک፣ ከዜሮ ስፋት አለማያያዣ ቁምፊ ጋር ወይም ያለሱ፣ ከአናባቢ ምልክቶች ጋር ወይም ያለነሱ፤ ይህ ለእውቂያዎች፣ ለኩባንያዎች እና ለስምምነት ርዕሶች (Ctrl+K) ይሠራል። እንደዚህ ያሉ ስሞች አብረው ይደረደራሉ፤ በየትኛውም መንገድ የተጻፈ የመጣ ኩባንያም አንድ ኩባንያ ነው። መለያዎች በእውቂያው መስኮት ውስጥም ሆነ በማስመጣት ጊዜ በኮማ ወይም በሴሚኮሎን፣ በላቲንም ሆነ በፋርስኛ (، ؛)፣ ይለያያሉ።</translation>
    </message>
    <message>
        <source>**Reports on paper** (Reports → Export → All reports as PDF, and Print) read from the right in Persian: each table&apos;s names column on the right, the charts mirrored as on screen.</source>
        <translation>**ሪፖርቶች በወረቀት ላይ** (ሪፖርቶች → ወደ ውጭ ላክ → ሁሉም ሪፖርቶች እንደ PDF፣ እና አትም) በፋርስኛ ከቀኝ ይነበባሉ: የእያንዳንዱ ሰንጠረዥ የስም አምድ በቀኝ፣ ገበታዎቹም በማያ ገጹ ላይ እንዳሉት ተገልብጠው።</translation>
    </message>
    <message>
        <source>Qt&apos;s own buttons and dialogs (OK, Cancel, the file dialog, the context menu of a text field) come in the same language: from Debian&apos;s `qt6-translations-l10n` for Persian and German, from Kontor itself for Bengali, Amharic and Esperanto.</source>
        <translation>የQt የራሱ አዝራሮች እና መስኮቶች (እሺ፣ ይቅር፣ የፋይል መምረጫ መስኮቱ፣ የጽሑፍ መስክ የአውድ ምናሌ) በዚያው ቋንቋ ይመጣሉ: ለፋርስኛ እና ለጀርመንኛ ከDebian `qt6-translations-l10n`፣ ለቤንጋሊኛ፣ ለአማርኛ እና ለኤስፔራንቶ ደግሞ ከራሱ ከKontor።</translation>
    </message>
    <message>
        <source>`./run.sh` installs the fonts that draw these scripts well (Noto Sans Arabic, Bengali and Ethiopic, and Vazirmatn on Debian 13).</source>
        <translation>`./run.sh` እነዚህን የአጻጻፍ ሥርዓቶች በጥሩ ሁኔታ የሚያሳዩ ቅርጸ-ቁምፊዎችን (Noto Sans Arabic፣ Bengali እና Ethiopic፣ እንዲሁም በDebian 13 ላይ Vazirmatn) ይጭናል።</translation>
    </message>
    <message>
        <source>**Two programs at once** (the window and a script, two windows): one waits for the other. The window says in its status bar that it is waiting and waits up to 5 seconds; if the other is still writing, it says so and saves nothing, so that you can try again; the command line waits up to half a minute, saying once that it is waiting.</source>
        <translation>**ሁለት ፕሮግራሞች በአንድ ጊዜ** (መስኮቱ እና ስክሪፕት፣ ሁለት መስኮቶች): አንዱ ሌላውን ይጠብቃል። መስኮቱ እየጠበቀ መሆኑን በሁኔታ አሞሌው ላይ ይናገራል፣ እስከ 5 ሰከንድም ይጠብቃል፤ ሌላው ፕሮግራም አሁንም እየጻፈ ከሆነ ይህንኑ ይናገራል፣ ምንም አያስቀምጥም፤ እንደገና መሞከር ይችላሉ፤ የትዕዛዝ መስመሩ እየጠበቀ መሆኑን አንድ ጊዜ በመናገር እስከ ግማሽ ደቂቃ ድረስ ይጠብቃል።</translation>
    </message>
    <message>
        <source>**A damaged file** (a bad disk sector, a copy cut short): whenever Kontor opens a database it checks it in the background (SQLite&apos;s quick check; the day&apos;s first opening checks the daily backup&apos;s copy instead), and a damaged copy is never kept as a backup, so the backups made before the damage stay. When it finds damage, Kontor says so at once and offers three ways on: **Restore a Backup…** (choose the newest made before the trouble began; the list shows when each was made, and what going back to it would lose), **Save What Can Be Read…** (every row that can still be read is copied into a new file, damaged pages are skipped, the search and the reports are built again, and Kontor goes on in the new file; the damaged file is never changed), or **Read Only** (to look things up while nothing can be changed).</source>
        <translation>**የተበላሸ ፋይል** (መጥፎ የዲስክ ሴክተር፣ በግማሽ የተቋረጠ ቅጂ)፦ Kontor የውሂብ ጎታ በከፈተ ቁጥር ከበስተጀርባ ይፈትሸዋል (የSQLite ፈጣን ፍተሻ፤ በቀኑ የመጀመሪያ መክፈቻ ላይ በምትኩ ዕለታዊው ምትኬ ቅጂውን ይፈትሻል)፣ የተበላሸ ቅጂም በፍጹም እንደ ምትኬ አይቀመጥም፣ ስለዚህ ከብልሽቱ በፊት የተሰሩት ምትኬዎች ይቆያሉ። ብልሽት ሲያገኝ Kontor ወዲያውኑ ይነግርዎታል እና ሶስት መንገዶችን ያቀርባል፦ **ምትኬ መልስ…** (ችግሩ ከመጀመሩ በፊት የተሰራውን አዲሱን ይምረጡ፤ ዝርዝሩ እያንዳንዱ መቼ እንደተሰራ እና ወደ እሱ መመለስ ምን እንደሚያሳጣ ያሳያል)፣ **የሚነበበውን አድን…** (አሁንም የሚነበብ እያንዳንዱ ረድፍ ወደ አዲስ ፋይል ይቀዳል፣ የተበላሹ ገጾች ይዘለላሉ፣ ፍለጋውና ሪፖርቶቹ እንደገና ይገነባሉ፣ Kontor በአዲሱ ፋይል ይቀጥላል፤ የተበላሸው ፋይል በፍጹም አይቀየርም)፣ ወይም **ለንባብ ብቻ** (ምንም ሳይቀየር መረጃ ለማየት)።</translation>
    </message>
    <message>
        <source>**Lead sources**: per source and campaign, the *leads* (contacts from the source created in the period), how many are now *qualified* (sales qualified, opportunities or customers), the *customers* (contacts with a deal from the source won in the period; a deal&apos;s own source counts, else its contact&apos;s), *conversion* (customers ÷ leads), *revenue* (those won deals&apos; amounts), *spend* (campaign spend falling in the period up to today: a campaign&apos;s spend is spread evenly over its days, so the month under way counts its days so far, and one without dates counts whole), *cost per lead* and *per customer*, and *ROI* ((revenue − spend) ÷ spend). Most revenue first; the chart sets revenue against spend (its axis in the currency&apos;s round steps), with each source&apos;s conversion and ROI beside its name. The line above names the best and the weakest source and what they were judged by: return on spend where two or more sources have spend recorded in the period, otherwise conversion and, between equals, revenue. Where no spend was recorded the table says &quot;none recorded&quot; and leaves the costs per lead and customer empty, rather than 0.00.</source>
        <translation>**የደንበኛ ምንጮች**: ለእያንዳንዱ ምንጭ እና ዘመቻ፣ *እምቅ ደንበኞች* (በጊዜው ውስጥ የተፈጠሩ ከምንጩ የመጡ እውቂያዎች)፣ ከእነሱ ስንቱ አሁን *ብቁ* እንደሆኑ (በሽያጭ ብቁ፣ የሽያጭ ዕድል ወይም ደንበኛ)፣ *ደንበኞች* (በጊዜው ውስጥ የተሳካ፣ ከምንጩ የመጣ ስምምነት ያላቸው እውቂያዎች፤ የስምምነቱ የራሱ ምንጭ ይቆጠራል፣ ከሌለው የእውቂያው)፣ *የሽግግር መጠን* (ደንበኞች ÷ እምቅ ደንበኞች)፣ *ገቢ* (የእነዚያ የተሳኩ ስምምነቶች መጠኖች)፣ *ወጪ* (እስከ ዛሬ ድረስ በጊዜው ውስጥ የሚወድቀው የዘመቻ ወጪ: የአንድ ዘመቻ ወጪ በቀናቱ ላይ እኩል ይከፋፈላል፤ ስለዚህ በሂደት ላይ ያለው ወር እስካሁን ያለፉትን ቀናት ብቻ ይቆጥራል፣ ቀን የሌለው ዘመቻ ደግሞ ሙሉ በሙሉ ይቆጠራል)፣ *ወጪ በእምቅ ደንበኛ* እና *በደንበኛ*፣ እንዲሁም *የወጪ ተመላሽ* ((ገቢ − ወጪ) ÷ ወጪ)። ብዙ ገቢ ያመጣው መጀመሪያ ይመጣል፤ ገበታው ገቢን ከወጪ ጋር ያነጻጽራል (ዘንጉ በምንዛሬው ክብ እርከኖች)፣ የእያንዳንዱ ምንጭ የሽግግር መጠን እና የወጪ ተመላሽ ከስሙ ጎን ይታያሉ። ከላይ ያለው መስመር ምርጡን እና ደካማውን ምንጭ፣ እንዲሁም በምን እንደተለኩ ይገልጻል: በጊዜው ውስጥ ሁለት ወይም ከዚያ በላይ ምንጮች የተመዘገበ ወጪ ሲኖራቸው በወጪ ተመላሽ፣ አለበለዚያ በሽግግር መጠን፣ እኩል ሲሆኑ ደግሞ በገቢ። ምንም ወጪ ካልተመዘገበ ሰንጠረዡ “አልተመዘገበም” ይላል፤ የእምቅ ደንበኛ እና የደንበኛ ወጪዎችን 0.00 ከማድረግ ይልቅ ባዶ ይተዋቸዋል።</translation>
    </message>
    <message>
        <source>**Housekeeping**: select several contacts and **Change Selected** to give them an owner, a stage or a tag; a mistake is one Ctrl+Z away; File → Archive… brings back what was archived; **Changes…** tells who changed what.</source>
        <translation>**ሥርዓት ማስያዝ**: ብዙ እውቂያዎችን መርጠው **የተመረጡትን ቀይር** በመጠቀም ኃላፊ፣ ደረጃ ወይም መለያ ይስጧቸው፤ ስህተት ቢፈጠር አንድ Ctrl+Z ይመልሰዋል፤ ፋይል → ማህደር… በማህደር የተቀመጠውን ይመልሳል፤ **ለውጦች…** ማን ምን እንደቀየረ ይነግርዎታል።</translation>
    </message>
    <message>
        <source>**New contact** (Ctrl+N) and **edit** (F2, or Enter on a row): names, company (type to pick one you have or to add a new one), job title, two emails, two phones, birthday, address, lifecycle stage, lead source, owner, tags, &quot;Stay in touch every&quot; and notes; your own fields on the &quot;More fields&quot; page. Anything invalid is explained in the dialog, and nothing is saved until it is fixed.</source>
        <translation>**አዲስ እውቂያ** (Ctrl+N) እና **አርትዕ** (F2፣ ወይም በረድፍ ላይ Enter): ስሞች፣ ኩባንያ (ያለዎትን ለመምረጥ ወይም አዲስ ለማከል ይጻፉ)፣ የሥራ መደብ፣ ሁለት ኢሜይሎች፣ ሁለት ስልኮች፣ የልደት ቀን፣ አድራሻ፣ የሕይወት ዑደት ደረጃ፣ የደንበኛ ምንጭ፣ ኃላፊ፣ መለያዎች፣ “በየስንት ቀኑ ይገናኙ” እና ማስታወሻዎች፤ የራስዎ መስኮች ደግሞ በ“ተጨማሪ መስኮች” ገጽ ላይ። ትክክል ያልሆነ ነገር ካለ በመስኮቱ ውስጥ ይብራራል፤ እስኪስተካከልም ድረስ ምንም ነገር አይቀመጥም።</translation>
    </message>
    <message>
        <source>**Archive** (Delete): the contact leaves the list and search but keeps its history. To bring it back, choose &quot;Archived&quot; in the stage filter and press Delete again, or use File → Archive….</source>
        <translation>**ወደ ማህደር አስገባ** (Delete): እውቂያው ከዝርዝሩ እና ከፍለጋው ይወጣል፣ ታሪኩ ግን ይቀመጣል። ለመመለስ በደረጃ ማጣሪያው ውስጥ “በማህደር የተቀመጡ”ን ይምረጡ እና Delete ቁልፍን እንደገና ይጫኑ፣ ወይም ፋይል → ማህደር…ን ይጠቀሙ።</translation>
    </message>
    <message>
        <source>From lead to customer: the lifecycle</source>
        <translation>ከእምቅ ደንበኛ እስከ ደንበኛ: የሕይወት ዑደቱ</translation>
    </message>
    <message>
        <source>Every contact is at a stage of the buyer&apos;s journey: **Lead** (known, not yet qualified), **Marketing qualified** (MQL: fits and shows interest), **Sales qualified** (SQL: a salesperson confirmed need, budget and timing), **Opportunity** (has an open deal), **Customer** (a deal was won), or off the journey **Disqualified** (not a fit) and **Inactive**. Change it in the contact&apos;s dialog or with Change Selected. Moving a contact back a stage, or disqualifying it, asks why; the reason is kept. Every move is kept with its date, so Kontor knows when each stage was entered.</source>
        <translation>እያንዳንዱ እውቂያ በገዢው ጉዞ ውስጥ ባለ አንድ ደረጃ ላይ ይገኛል: **እምቅ ደንበኛ** (የሚታወቅ፣ ገና ብቁነቱ ያልተረጋገጠ)፣ **በግብይት ብቁ** (MQL: ይስማማል፣ ፍላጎትም ያሳያል)፣ **በሽያጭ ብቁ** (SQL: የሽያጭ ሠራተኛ ፍላጎቱን፣ በጀቱን እና ጊዜውን አረጋግጧል)፣ **የሽያጭ ዕድል** (ክፍት ስምምነት አለው)፣ **ደንበኛ** (ስምምነት ተሳክቷል)፣ ወይም ከጉዞው ውጭ **ውድቅ የተደረገ** (የማይስማማ) እና **ንቁ ያልሆነ**። ደረጃውን በእውቂያው መስኮት ውስጥ ወይም በ“የተመረጡትን ቀይር” ይቀይሩ። እውቂያን አንድ ደረጃ ወደ ኋላ መመለስ ወይም ውድቅ ማድረግ ምክንያቱን ይጠይቃል፤ ምክንያቱም ይቀመጣል። እያንዳንዱ የደረጃ ለውጥ ከቀኑ ጋር ይቀመጣል፤ ስለዚህ Kontor እውቂያው ወደ እያንዳንዱ ደረጃ መቼ እንደገባ ያውቃል።</translation>
    </message>
    <message>
        <source>Your own fields</source>
        <translation>የራስዎ መስኮች</translation>
    </message>
    <message>
        <source>Every business tracks something Kontor has no field for: a budget, the industry, the decision maker. Add your own in **File → Settings… → Fields**, for contacts, companies or deals: text, long text, number, money (in a currency), date, checkbox, a choice, multiple choice, or a link to a contact or a company. Each has a name, a key (what files and scripts call it, such as `budget`) and may be required. **Add Qualification Fields** adds Budget, Need, Timeline, Decision maker, Authority, Competitors, Objections and Lead status in one go; they are ordinary fields afterwards.</source>
        <translation>እያንዳንዱ ንግድ Kontor መስክ የሌለውን አንድ ነገር ይከታተላል: በጀት፣ ዘርፉ፣ ውሳኔ ሰጪው። የራስዎን መስኮች በ**ፋይል → ቅንብሮች… → መስኮች** ውስጥ ለእውቂያዎች፣ ለኩባንያዎች ወይም ለስምምነቶች ያክሉ: ጽሑፍ፣ ረጅም ጽሑፍ፣ ቁጥር፣ ገንዘብ (በአንድ ምንዛሬ)፣ ቀን፣ አመልካች ሳጥን፣ ምርጫ፣ ብዙ ምርጫ፣ ወይም የእውቂያ ወይም የኩባንያ አገናኝ። እያንዳንዱ መስክ ስም እና ቁልፍ (ፋይሎች እና ስክሪፕቶች የሚጠሩበት ስም፣ ለምሳሌ `budget`) አለው፤ የግድ እንዲሞላም ሊደረግ ይችላል። **የብቃት መስኮችን አክል** በጀት፣ ፍላጎት፣ የጊዜ ሰሌዳ፣ ውሳኔ ሰጪ፣ የውሳኔ ሥልጣን፣ ተፎካካሪዎች፣ ተቃውሞዎች እና የእምቅ ደንበኛ ሁኔታ መስኮችን በአንድ ጊዜ ያክላል፤ ከዚያ በኋላ እንደ ማንኛውም መስክ ናቸው።</translation>
    </message>
    <message>
        <source>**Change…** renames a field or its choices: renaming a choice renames it on every record that has it. Changing the type says first how many values cannot be converted (a word in a number field, say); the others are kept.</source>
        <translation>**ቀይር…** የመስክን ወይም የምርጫዎቹን ስም ይቀይራል: የአንድን ምርጫ ስም መቀየር ምርጫው ባለበት በእያንዳንዱ መዝገብ ላይ ስሙን ይቀይራል። ዓይነቱን መቀየር መጀመሪያ ስንት እሴቶች ሊለወጡ እንደማይችሉ ይነግራል (ለምሳሌ በቁጥር መስክ ውስጥ ያለ ቃል)፤ ሌሎቹ ይቀመጣሉ።</translation>
    </message>
    <message>
        <source>**Archive** hides a field and keeps its values; **Restore** (with &quot;Show archived&quot;) brings it back with them. Adding, changing and archiving are undone with Ctrl+Z, and every value set is in the record&apos;s change history.</source>
        <translation>**ወደ ማህደር አስገባ** መስክን ይደብቃል፣ እሴቶቹንም ይይዛል፤ **ወደነበረበት መልስ** (ከ“በማህደር ያሉትንም አሳይ” ጋር) ከእሴቶቹ ጋር መልሶ ያመጣዋል። ማከል፣ መቀየር እና ወደ ማህደር ማስገባት በCtrl+Z ይቀለበሳሉ፤ የተዘጋጀ እያንዳንዱ እሴትም በመዝገቡ የለውጥ ታሪክ ውስጥ ይገኛል።</translation>
    </message>
    <message>
        <source>**Fields**: your own fields of contacts, companies and deals (see &quot;Your own fields&quot;).</source>
        <translation>**መስኮች**: የእውቂያዎች፣ የኩባንያዎች እና የስምምነቶች የራስዎ መስኮች (“የራስዎ መስኮች”ን ይመልከቱ)።</translation>
    </message>
    <message>
        <source>**Lifecycle**: the rules that move contacts along their lifecycle (see &quot;From lead to customer&quot;).</source>
        <translation>**የሕይወት ዑደት**: እውቂያዎችን በሕይወት ዑደታቸው ውስጥ ወደ ፊት የሚያንቀሳቅሱ ደንቦች (“ከእምቅ ደንበኛ እስከ ደንበኛ”ን ይመልከቱ)።</translation>
    </message>
    <message>
        <source>**Data health**: **Contact → Data Health…** counts the contacts that need a look: not contacted for N months (6 to start with; or never), without email and phone, with an email that is not one (no @, blanks, no dotted domain), with a phone number that is not valid (one that cannot be read, or a number that does not exist, such as +44 889 442828; the number typed is kept either way), without owner, without lead source. **Show on the Contacts Page** (or Enter on a row) lists exactly those on the Contacts page, where Ctrl+A and **Change Selected** set an owner, a stage or a tag, or archive them, all at once. The first check after an upgrade may read every phone number once, with a progress bar and Cancel.</source>
        <translation>**የውሂብ ጤንነት**: **እውቂያ → የውሂብ ጤንነት…** መታየት ያለባቸውን እውቂያዎች ይቆጥራል: ለN ወራት ግንኙነት ያልተደረገላቸው (መጀመሪያ ላይ 6፤ ወይም ፈጽሞ)፣ ኢሜይልም ስልክም የሌላቸው፣ ትክክል ያልሆነ ኢሜይል ያላቸው (@ የሌለው፣ ክፍተቶች ያሉት፣ ነጥብ ያለው ዶሜይን የሌለው)፣ ትክክል ያልሆነ ስልክ ቁጥር ያላቸው (ሊነበብ የማይችል፣ ወይም እንደ +44 889 442828 ያለ የማይኖር ቁጥር፤ የተጻፈው ቁጥር በሁለቱም ሁኔታ ይቀመጣል)፣ ኃላፊ የሌላቸው፣ የደንበኛ ምንጭ የሌላቸው። **በእውቂያዎች ገጽ ላይ አሳይ** (ወይም በረድፍ ላይ Enter) እነዚያን ብቻ በ“እውቂያዎች” ገጽ ላይ ይዘረዝራል፤ እዚያም Ctrl+A እና **የተመረጡትን ቀይር** ኃላፊ፣ ደረጃ ወይም መለያ ያዘጋጃሉ፣ ወይም ወደ ማህደር ያስገቧቸዋል፣ ሁሉንም በአንድ ጊዜ። ከማሻሻያ በኋላ የመጀመሪያው ፍተሻ እያንዳንዱን ስልክ ቁጥር አንድ ጊዜ ሊያነብ ይችላል፤ ይህም ከሂደት አሞሌ እና ከ“ይቅር” ጋር ይሆናል።</translation>
    </message>
    <message>
        <source>**Importing and exporting**: a column headed by a field&apos;s key or name fills the field (the import wizard offers your fields too); a value that does not fit (a word in an amount) is kept in the notes with a warning. Exported contacts have a column per field, by key, after the built-in ones, and such a file comes back unchanged.</source>
        <translation>**ማስገባትና ማውጣት**: ርዕሱ የአንድ መስክ ቁልፍ ወይም ስም የሆነ ዓምድ ያንን መስክ ይሞላል (ማስገቢያው የራስዎን መስኮችም ያቀርባል)፤ የማይስማማ እሴት (በገንዘብ ቦታ ያለ ቃል) ከማስጠንቀቂያ ጋር በማስታወሻዎቹ ውስጥ ይቀመጣል። የወጡ እውቂያዎች ከአብሮ የተሰሩት መስኮች በኋላ ለእያንዳንዱ መስክ በቁልፉ የተሰየመ ዓምድ አላቸው፤ እንዲህ ያለ ፋይል ሳይለወጥ ተመልሶ ይገባል።</translation>
    </message>
    <message>
        <source>**In the list**: each contact field can be a column of the Contacts list (right-click the header), sorted by a click, and **More Filters…** filters by it; **Change Selected → Set Field…** sets it on many contacts at once.</source>
        <translation>**በዝርዝሩ ውስጥ**: እያንዳንዱ የእውቂያ መስክ የ“እውቂያዎች” ዝርዝር አምድ ሊሆን (ርዕሱን በቀኝ ጠቅ ያድርጉ) እና በአንድ ጠቅታ ሊደረደር ይችላል፤ **ተጨማሪ ማጣሪያዎች…** በእሱም ያጣራል፤ **የተመረጡትን ቀይር → መስክ አዘጋጅ…** በብዙ እውቂያዎች ላይ በአንድ ጊዜ ያዘጋጀዋል።</translation>
    </message>
    <message>
        <source>**Searchable**: tick &quot;The search finds its text&quot; for a contact&apos;s text or long text field, and the search box and Search everything (Ctrl+K) find a contact by a word of it, together with the name (`ada training`).</source>
        <translation>**በፍለጋ የሚገኝ**: ለእውቂያ የጽሑፍ ወይም የረጅም ጽሑፍ መስክ “ፍለጋው ጽሑፉን ያገኛል”ን ምልክት ያድርጉ፤ ከዚያ የፍለጋ ሳጥኑ እና ሁሉንም ፈልግ (Ctrl+K) እውቂያን በመስኩ ውስጥ ባለ አንድ ቃል፣ ከስሙ ጋርም ጭምር ያገኙታል (`ada training`)።</translation>
    </message>
    <message>
        <source>**Reports**: the box beside the salesperson on the Reports page narrows every report to one answer of a choice field (see &quot;Reports&quot;).</source>
        <translation>**ሪፖርቶች**: በ“ሪፖርቶች” ገጽ ላይ ከሽያጭ ሠራተኛው ምርጫ ጎን ያለው ሳጥን እያንዳንዱን ሪፖርት ወደ አንድ የምርጫ መስክ መልስ ያጠባል (“ሪፖርቶች”ን ይመልከቱ)።</translation>
    </message>
    <message>
        <source>**Duplicates**: when two contacts are merged, each of your fields is a row to choose the value from.</source>
        <translation>**ተደጋጋሚዎች**: ሁለት እውቂያዎች ሲዋሃዱ እያንዳንዱ የራስዎ መስክ እሴቱን የሚመርጡበት ረድፍ ይሆናል።</translation>
    </message>
    <message>
        <source>**Lifecycle**: per stage of the contacts&apos; lifecycle, the contacts that *entered* it in the period, how many *went on* to a later stage by now, the *conversion* (went on ÷ entered) and the *median days* it took (see &quot;From lead to customer&quot;). A row, or its &quot;Went on&quot;, lists the contacts behind it. **Show** above the chart groups the table by lead source or by salesperson: a row each, the contacts that entered each stage of the journey in the columns (the tooltip says how many went on), and Enter on a figure lists those contacts.</source>
        <translation>**የሕይወት ዑደት**: ለእያንዳንዱ የእውቂያዎች የሕይወት ዑደት ደረጃ፣ በወቅቱ ወደ ደረጃው *የገቡ* እውቂያዎች፣ ከእነሱ እስካሁን ወደ ቀጣይ ደረጃ *የቀጠሉት* ስንት እንደሆኑ፣ *የሽግግር መጠኑ* (የቀጠሉ ÷ የገቡ) እና የወሰደው *መካከለኛ የቀናት ብዛት* (“ከእምቅ ደንበኛ እስከ ደንበኛ”ን ይመልከቱ)። አንድ ረድፍ ወይም የእሱ “የቀጠሉ” ከጀርባው ያሉትን እውቂያዎች ይዘረዝራል። ከገበታው በላይ ያለው **አሳይ** ሰንጠረዡን በደንበኛ ምንጭ ወይም በሽያጭ ሠራተኛ ይከፋፍላል: ለእያንዳንዳቸው አንድ ረድፍ፣ በአምዶቹ ውስጥ ደግሞ እያንዳንዱን የጉዞው ደረጃ የገቡ እውቂያዎች (መጠቆሚያ ጽሑፉ ስንቱ እንደቀጠሉ ያሳያል)፤ በአንድ መለኪያ ላይ Enter እነዚያን እውቂያዎች ይዘረዝራል።</translation>
    </message>
    <message>
        <source>The fields are on the **More fields** page of the contact, company and deal dialogs, and the contact card lists the values a contact has. A required field must be filled before the record is saved. A link is picked like the contact of a deal: type part of a name and choose from the list (Down, then Enter); two companies of one name stay apart, and a name that several or none have asks you to pick.</source>
        <translation>መስኮቹ በእውቂያ፣ በኩባንያ እና በስምምነት መገናኛዎቹ **ተጨማሪ መስኮች** ገጽ ላይ ይገኛሉ፤ የእውቂያ ካርዱም እውቂያው ያሉትን እሴቶች ይዘረዝራል። የግድ የሆነ መስክ መዝገቡ ከመቀመጡ በፊት መሞላት አለበት። አገናኝ የሚመረጠው እንደ ስምምነት እውቂያ ነው: የስሙን ክፍል ይጻፉ እና ከዝርዝሩ ይምረጡ (↓፣ ከዚያ Enter)፤ አንድ ዓይነት ስም ያላቸው ሁለት ኩባንያዎች ተለያይተው ይቆያሉ፤ ብዙዎች ያሉት ወይም ማንም የሌለው ስም ደግሞ እንዲመርጡ ይጠይቅዎታል።</translation>
    </message>
    <message>
        <source>**Filters** above the list: stage (or the archive, or the customers of one RFM segment such as &quot;Customers: At risk&quot;, see Reports → Customers), owner, lead source, tag, &quot;no contact for&quot; 14 to 365 days (contacts never contacted included) and a data problem (see &quot;Duplicates and data health&quot;), combined with the search.</source>
        <translation>**ማጣሪያዎች** ከዝርዝሩ በላይ: ደረጃ (ወይም ማህደሩ፣ ወይም እንደ “ደንበኞች: አደጋ ላይ ያሉ” ያለ የአንድ RFM ምድብ ደንበኞች፤ ሪፖርቶች → ደንበኞችን ይመልከቱ)፣ ኃላፊ፣ የደንበኛ ምንጭ፣ መለያ፣ ከ14 እስከ 365 ቀናት “ግንኙነት ያልተደረገላቸው” (ፈጽሞ ግንኙነት ያልተደረገላቸውንም ጨምሮ) እና የውሂብ ችግር (“ተደጋጋሚዎች እና የውሂብ ጤንነት”ን ይመልከቱ)፤ ሁሉም ከፍለጋው ጋር ተጣምረው ይሰራሉ።</translation>
    </message>
    <message>
        <source>**Columns**: Name, Company, Email, Phone, Status, Owner and Last contact to start with; right-click the list&apos;s header to choose the columns (Title, Lead source, Created and Segment too; Name always stays), and drag a header to reorder them. Segment is the customer&apos;s RFM segment (Reports → Customers), kept up to date a moment after a deal is won or changed and each new day; it sorts from Champions to Hibernating, contacts who bought nothing in two years last, and it shows by itself when you filter by a segment. The columns, their order and widths, the window and every divider are remembered for the next start. On a wide window the spare width goes to the name, company and email until you size a column yourself. Your own fields are columns too, under &quot;Your fields&quot; in that menu: numbers and amounts sort as numbers, dates as dates, a choice in the order of its choices, multiple choice by the first one chosen, a linked contact or company by its name. Sorted by one of your fields (except long text and links), the first screen of a very large list shows at once and the rest follows.</source>
        <translation>**አምዶች**: መጀመሪያ ላይ ስም፣ ኩባንያ፣ ኢሜይል፣ ስልክ፣ ሁኔታ፣ ኃላፊ እና የመጨረሻ ግንኙነት ይታያሉ፤ አምዶቹን ለመምረጥ የዝርዝሩን ርዕስ በቀኝ ጠቅ ያድርጉ (የሥራ መደብ፣ የደንበኛ ምንጭ፣ የታከለበት ቀን እና ምድብም አሉ፤ ስም ሁልጊዜ ይቀራል)፣ ቅደም ተከተላቸውን ለመቀየር ደግሞ ርዕሱን ይጎትቱ። ምድብ የደንበኛው የRFM ምድብ ነው (ሪፖርቶች → ደንበኞች)፤ አንድ ስምምነት ሲሳካ ወይም ሲቀየር ከጥቂት ጊዜ በኋላ እና በእያንዳንዱ አዲስ ቀን ይዘመናል፤ ከሻምፒዮኖች እስከ ያንቀላፉ ይደረደራል፣ በሁለት ዓመታት ውስጥ ምንም ያልገዙ እውቂያዎች መጨረሻ ላይ ይሆናሉ፣ በአንድ ምድብ ሲያጣሩም አምዱ በራሱ ይታያል። አምዶቹ፣ ቅደም ተከተላቸው እና ስፋታቸው፣ መስኮቱ እና እያንዳንዱ መከፋፈያ ለሚቀጥለው ጅምር ይታወሳሉ። በሰፊ መስኮት ላይ ትርፍ ስፋቱ አንድን አምድ እርስዎ ራስዎ መጠን እስኪሰጡት ድረስ ለስም፣ ለኩባንያ እና ለኢሜይል ይሰጣል። የራስዎ መስኮችም አምዶች ናቸው፤ በዚያው ምናሌ ውስጥ በ“የራስዎ መስኮች” ሥር ይገኛሉ: ቁጥሮች እና መጠኖች እንደ ቁጥር፣ ቀኖች እንደ ቀን፣ ምርጫ በምርጫዎቹ ቅደም ተከተል፣ ብዙ ምርጫ በመጀመሪያው በተመረጠው፣ የተያያዘ እውቂያ ወይም ኩባንያ ደግሞ በስሙ ይደረደራሉ። ከራስዎ መስኮች በአንዱ (ከረጅም ጽሑፍ እና ከአገናኞች በስተቀር) ሲደረደር፣ በጣም ትልቅ የሆነ ዝርዝር የመጀመሪያው ማያ ገጽ ወዲያውኑ ይታያል፤ ቀሪው ከዚያ ይከተላል።</translation>
    </message>
    <message>
        <source>**Export** (the Export button): the table on show as CSV (safe for spreadsheets: a cell a spreadsheet would run as a formula is kept as text; UTF-8 that Excel reads) or its chart as a PNG image at twice the size on screen; **All reports as PDF**: every report for the period and salesperson chosen, each starting a page with its summary, its chart (black on white whatever the screen&apos;s colours) and its whole table (long tables go on over the next pages, their header repeated), page numbers at the foot. The paper is A4, or Letter where the language&apos;s country uses it (United States, Canada, Mexico, the Philippines and a few more).</source>
        <translation>**ወደ ውጭ ላክ** (“ወደ ውጭ ላክ” አዝራር): የሚታየውን ሰንጠረዥ እንደ CSV (ለተመን ሉሆች ደህንነቱ የተጠበቀ: የተመን ሉህ እንደ ቀመር የሚያስኬደው ህዋስ እንደ ጽሑፍ ይቀመጣል፤ Excel የሚያነበው UTF-8) ወይም ገበታውን በማያ ገጹ ላይ ካለው መጠን በእጥፍ እንደ PNG ምስል፤ **ሁሉም ሪፖርቶች እንደ PDF**: ለተመረጠው ጊዜ እና የሽያጭ ሠራተኛ ሁሉም ሪፖርቶች፣ እያንዳንዱ በአዲስ ገጽ ከማጠቃለያው፣ ከገበታው (የማያ ገጹ ቀለሞች ምንም ቢሆኑ በነጭ ላይ ጥቁር) እና ከሙሉ ሰንጠረዡ ጋር ይጀምራል (ረጅም ሰንጠረዦች ርዕሳቸው እየተደገመ በቀጣዮቹ ገጾች ይቀጥላሉ)፣ የገጽ ቁጥሮች ከግርጌ። ወረቀቱ A4 ነው፤ የቋንቋው አገር Letter የሚጠቀም ከሆነ ግን Letter (አሜሪካ፣ ካናዳ፣ ሜክሲኮ፣ ፊሊፒንስ እና ጥቂት ሌሎች)።</translation>
    </message>
    <message>
        <source>**What is on it**: reminders that are overdue or due today, meetings of today and tomorrow, birthdays of the coming week, contacts you are losing touch with, who to call next, and stale deals (open deals that have been in their stage longer than the stage allows, the longest overdue first).</source>
        <translation>**በውስጡ ያለው**: ጊዜያቸው ያለፉ ወይም ዛሬ የሚደርሱ አስታዋሾች፣ የዛሬ እና የነገ ስብሰባዎች፣ የሚቀጥለው ሳምንት የልደት ቀናት፣ ግንኙነታቸው እየራቀ ያሉ እውቂያዎች፣ ቀጥሎ የሚደወልላቸው ደንበኞች እና የቆሙ ስምምነቶች (ደረጃው ከሚፈቅደው በላይ በደረጃቸው የቆዩ ክፍት ስምምነቶች፣ በጣም የዘገየው መጀመሪያ)።</translation>
    </message>
    <message>
        <source>**Customers** (RFM: recency, frequency, monetary): who buys, how often and how lately, to see whom to keep and whom to win back. *Customers* are the contacts (not archived) with at least one deal won in the two years up to the period&apos;s last day (today while the period runs): from the day after the same date two years before, to that day. Only deals in the database&apos;s default currency count; a won deal in another currency is left out (the line above says how many). *Recency* is the days from the last won deal&apos;s close to that day, *frequency* the won deals in the two years, *monetary* their sum. Each is scored 1 to 5 as ⌈5 × cume_dist⌉: for frequency and monetary, cume_dist is the share of customers whose value is at most theirs; for recency, the share whose last won deal is as old as theirs or older. So the most recent, most frequent and biggest score 5, and customers with the same value share a score (when more than a fifth of the customers bought once, none has F 1). The segments come from R and F: R 5 F 1 *New customers*; R 4–5 F 2–3 *Potential loyalists*; R 5 F 4–5 *Champions*; R 4 F 1 *Promising*; R 3–4 F 4–5 *Loyal*; R 3 F 1–2 *About to sleep*; R 3 F 3 *Need attention*; R 1–2 F 1–2 *Hibernating*; R 1–2 F 3–4 *At risk*; R 1–2 F 5 *Can&apos;t lose them*. The table lists each segment&apos;s customers and revenue with their shares and its scores; **Show → Recency by frequency** turns it into the 5 × 5 grid (R 5 on top, F 1 on the left), each place with its customers and what they brought, the segment in its tooltip. Enter on a segment or a place of the grid, or a click on a bar, lists its customers. The salesperson and the choice field narrow it like the other reports (the customers are then scored among themselves).</source>
        <translation>**ደንበኞች** (RFM: ቅርበት፣ ድግግሞሽ፣ የገንዘብ መጠን): ማን እንደሚገዛ፣ ምን ያህል ጊዜ እና ምን ያህል በቅርቡ፣ ማንን ማቆየት እና ማንን መልሶ ማግኘት እንዳለብዎ ለማየት። *ደንበኞች* እስከ ጊዜው የመጨረሻ ቀን (ጊዜው በሂደት ላይ እያለ እስከ ዛሬ) ባሉት ሁለት ዓመታት ውስጥ ቢያንስ አንድ የተሳካ ስምምነት ያላቸው (በማህደር ያልተቀመጡ) እውቂያዎች ናቸው: ከሁለት ዓመት በፊት ከነበረው ተመሳሳይ ቀን ማግሥት ጀምሮ እስከዚያ ቀን ድረስ። የሚቆጠሩት በውሂብ ጎታው ነባሪ ምንዛሬ ያሉ ስምምነቶች ብቻ ናቸው፤ በሌላ ምንዛሬ የተሳካ ስምምነት አይካተትም (ከላይ ያለው መስመር ስንት እንደሆኑ ይናገራል)። *ቅርበት* ከመጨረሻው የተሳካ ስምምነት መዝጊያ እስከዚያ ቀን ያሉት ቀናት ነው፣ *ድግግሞሽ* በሁለቱ ዓመታት የተሳኩ ስምምነቶች ብዛት፣ *የገንዘብ መጠን* ደግሞ ድምራቸው። እያንዳንዱ እንደ ⌈5 × cume_dist⌉ ከ1 እስከ 5 ነጥብ ያገኛል: ለድግግሞሽ እና ለገንዘብ መጠን cume_dist እሴታቸው ከዚህ ደንበኛ እሴት የማይበልጥ ደንበኞች ድርሻ ነው፤ ለቅርበት ደግሞ የመጨረሻው የተሳካ ስምምነታቸው እንደዚህ ደንበኛ ያህል ወይም ከዚያ በላይ የቆየ ደንበኞች ድርሻ። ስለዚህ በጣም የቅርብ፣ በጣም ተደጋጋሚ እና ትልቁ ደንበኞች 5 ያገኛሉ፣ ተመሳሳይ እሴት ያላቸው ደንበኞችም አንድ ነጥብ ይጋራሉ (ከደንበኞቹ ከአንድ አምስተኛ በላይ የሚሆኑት አንድ ጊዜ ብቻ ከገዙ፣ ማንም F 1 አይኖረውም)። ምድቦቹ የሚገኙት ከR እና F ነው: R 5 F 1 *አዲስ ደንበኞች*፤ R 4–5 F 2–3 *ታማኝ ሊሆኑ የሚችሉ*፤ R 5 F 4–5 *ሻምፒዮኖች*፤ R 4 F 1 *ተስፋ ሰጪዎች*፤ R 3–4 F 4–5 *ታማኞች*፤ R 3 F 1–2 *ሊያንቀላፉ የተቃረቡ*፤ R 3 F 3 *ትኩረት የሚሹ*፤ R 1–2 F 1–2 *ያንቀላፉ*፤ R 1–2 F 3–4 *አደጋ ላይ ያሉ*፤ R 1–2 F 5 *ልናጣቸው የማይገቡ*። ሰንጠረዡ የእያንዳንዱን ምድብ ደንበኞች እና ገቢ ከድርሻቸው እና ከምድቡ ነጥቦች ጋር ይዘረዝራል፤ **አሳይ → ቅርበት በድግግሞሽ** ወደ 5 × 5 ፍርግርግ ይቀይረዋል (R 5 ከላይ፣ F 1 በግራ)፤ እያንዳንዱ ቦታ ደንበኞቹን እና ያስገኙትን ገቢ ያሳያል፣ ምድቡ ደግሞ በመጠቆሚያ ጽሑፉ ውስጥ ነው። በአንድ ምድብ ወይም በፍርግርጉ አንድ ቦታ ላይ Enter፣ ወይም አንድን አሞሌ ጠቅ ማድረግ፣ ደንበኞቹን ይዘረዝራል። የሽያጭ ሠራተኛው እና የምርጫ መስኩ እንደ ሌሎቹ ሪፖርቶች ያጠቡታል (ደንበኞቹም ያኔ እርስ በርሳቸው ብቻ ይመዘናሉ)።</translation>
    </message>
    <message>
        <source>Lead scores</source>
        <translation>የእምቅ ደንበኛ ነጥቦች</translation>
    </message>
    <message>
        <source>**The Score column** (right-click the list&apos;s header) shows and sorts it; **More Filters… → Lead score** narrows the list (&quot;at least 50&quot;). The card says which rules gave the points (&quot;Lead score 63 (Decision maker +20, Germany +10, Successful meeting +25, Answered call +7.5)&quot;).</source>
        <translation>**የነጥብ አምዱ** (የዝርዝሩን ርዕስ በቀኝ ጠቅ ያድርጉ) ነጥቡን ያሳያል፣ በእሱም ይደረድራል፤ **ተጨማሪ ማጣሪያዎች… → የእምቅ ደንበኛ ነጥብ** ዝርዝሩን ያጠባል (“ቢያንስ 50”)። ካርዱ ነጥቦቹን የሰጡትን ደንቦች ይናገራል (“የእምቅ ደንበኛ ነጥብ 63 (ውሳኔ ሰጪ +20፣ ጀርመን +10፣ ውጤታማ ስብሰባ +25፣ የተመለሰ ጥሪ +7.5)”)።</translation>
    </message>
    <message>
        <source>**Kept up to date**: a contact added or changed, a call or meeting logged, is scored again at once, also when a script does it; an import, a merge or an undo has everyone scored again in the background, and so does each new day (engagement fades) and each opening of the database.</source>
        <translation>**ሁልጊዜ የዘመነ**: እውቂያ ሲታከል ወይም ሲቀየር፣ ወይም ጥሪ ወይም ስብሰባ ሲመዘገብለት፣ ይህን የሚያደርገው ስክሪፕት ቢሆንም እንኳ፣ ነጥቡ ወዲያውኑ እንደገና ይሰላል፤ ከማስመጣት፣ ከማዋሃድ ወይም ከመቀልበስ በኋላ የሁሉም ነጥብ በጀርባ እንደገና ይሰላል፣ እንዲሁም በእያንዳንዱ አዲስ ቀን (ተሳትፎ ይደበዝዛል) እና የውሂብ ጎታው በተከፈተ ቁጥር።</translation>
    </message>
    <message>
        <source>**Who to call next**: up to ten people, each with why, customers and leads taking turns. Customers slipping away: those in the RFM segments &quot;Can&apos;t lose them&quot; and &quot;At risk&quot; (see Reports → Customers) whom nobody has called, met or written to for 30 days, &quot;Can&apos;t lose them&quot; first, then those who bought most (&quot;Can&apos;t lose them · Ada Lovelace — 5 orders, the last on 08/01/2026, 5,000.00 EUR in all; never contacted&quot;). Leads: leads and marketing or sales qualified contacts with a lead score above 0 and no next step (no open reminder, no meeting ahead), not yet contacted today, best score first, with the rules that gave the most points (&quot;MQL · Bea Nakamura — score 63: Successful meeting +25, Decision maker +15, Answered call +10; no contact for 12 days&quot;). Enter opens the contact; once you log the call (Ctrl+L) they leave the list.</source>
        <translation>**ቀጥሎ የሚደወልላቸው**: እስከ አሥር ሰዎች፣ እያንዳንዳቸው ከምክንያቱ ጋር፣ ደንበኞች እና እምቅ ደንበኞች እየተፈራረቁ። እየራቁ ያሉ ደንበኞች: በRFM ምድቦቹ “ልናጣቸው የማይገቡ” እና “አደጋ ላይ ያሉ” (ሪፖርቶች → ደንበኞችን ይመልከቱ) ውስጥ ያሉ፣ ለ30 ቀናት ማንም ያልደወለላቸው፣ ያላገኛቸው ወይም ያልጻፈላቸው፤ መጀመሪያ “ልናጣቸው የማይገቡ”፣ ከዚያም በብዛት የገዙት (“ልናጣቸው የማይገቡ · Ada Lovelace — 5 ትዕዛዞች፣ የመጨረሻው በ08/01/2026፣ በአጠቃላይ 5,000.00 EUR፤ ፈጽሞ ግንኙነት አልተደረገም”)። እምቅ ደንበኞች: ከ0 በላይ የእምቅ ደንበኛ ነጥብ ያላቸው፣ ቀጣይ እርምጃ የሌላቸው (ክፍት አስታዋሽ የለም፣ ወደፊት የሚካሄድ ስብሰባ የለም) እና ዛሬ ገና ግንኙነት ያልተደረገላቸው እምቅ ደንበኞች እና በግብይት ወይም በሽያጭ ብቁ የሆኑ እውቂያዎች፤ ከፍተኛ ነጥብ ያላቸው መጀመሪያ፣ ብዙ ነጥብ ከሰጡት ደንቦች ጋር (“MQL · Bea Nakamura — ነጥብ 63: ውጤታማ ስብሰባ +25፣ ውሳኔ ሰጪ +15፣ የተመለሰ ጥሪ +10፤ ለ12 ቀናት ግንኙነት አልተደረገም”)። Enter እውቂያውን ይከፍታል፤ ጥሪውን ሲመዘግቡ (Ctrl+L) ከዝርዝሩ ይወጣሉ።</translation>
    </message>
    <message>
        <source>Kontor also moves contacts forward by itself, and the history says which rule did it: a meeting booked makes a lead sales qualified, a deal makes it an opportunity, a won deal a customer. In **File → Settings… → Lifecycle** each rule can be turned off, and you choose the fields whose filling makes a lead marketing or sales qualified (your qualification fields, say); on the **Lead scoring** tab, the lead score at which a lead becomes marketing qualified (see below). A rule never moves anyone back; a deal also brings back a disqualified or inactive contact. Older databases keep their contacts: &quot;qualified&quot; became Sales qualified and &quot;lost&quot; Disqualified.</source>
        <translation>Kontor እውቂያዎችን በራሱም ወደ ፊት ያንቀሳቅሳል፤ ታሪኩም የትኛው ደንብ እንዳንቀሳቀሳቸው ይናገራል: የተያዘ ስብሰባ እምቅ ደንበኛን በሽያጭ ብቁ ያደርገዋል፣ ስምምነት የሽያጭ ዕድል ያደርገዋል፣ የተሳካ ስምምነት ደግሞ ደንበኛ። በ**ፋይል → ቅንብሮች… → የሕይወት ዑደት** ውስጥ እያንዳንዱን ደንብ ማጥፋት ይቻላል፤ ሲሞሉ እምቅ ደንበኛን በግብይት ወይም በሽያጭ ብቁ የሚያደርጉትን መስኮች (ለምሳሌ የብቃት መስኮችዎን) እርስዎ ይመርጣሉ፤ በ**የእምቅ ደንበኛ ነጥብ አሰጣጥ** ትር ላይ ደግሞ እምቅ ደንበኛ በግብይት ብቁ የሚሆንበትን የእምቅ ደንበኛ ነጥብ (ከታች ይመልከቱ)። ደንብ ማንንም ወደ ኋላ አይመልስም፤ ስምምነት ውድቅ የተደረገን ወይም ንቁ ያልሆነን እውቂያም መልሶ ያመጣል። የቆዩ የውሂብ ጎታዎች እውቂያዎቻቸውን ይዘው ይቆያሉ: “ብቁ” በሽያጭ ብቁ፣ “የከሸፈ” ደግሞ ውድቅ የተደረገ ሆነዋል።</translation>
    </message>
    <message>
        <source>**The rules** are in **File → Settings… → Lead scoring**, fit rules above engagement rules, each with what it counts and its points. **Add Starter Rules** puts in a set to begin with (decision makers, reachable contacts, meetings, answered calls, emails, complaints; a new database has none, the demo has them). **Add Fit Rule…** asks for a field, a comparison and a value (title contains &quot;director&quot;, country is &quot;Germany&quot;, a choice field is one of its options, a number at least 50) and the points; **Add Engagement Rule…** for the kind and outcome of interactions, whether they count once if there was one in the last N days or each one with points halving every N days, and the points. A rule without a name is named after what it counts. Double-click (or Enter) changes a rule, the tick box switches it off without losing it, Move Up and Move Down order it within its group, Delete removes it. Each change is saved at once, and Ctrl+Z in the window takes it back; everyone is scored again in the background a moment later. **Rescore Everyone…** does it now, with progress and Cancel (a stop leaves every score as it was).</source>
        <translation>**ደንቦቹ** በ**ፋይል → ቅንብሮች… → የእምቅ ደንበኛ ነጥብ አሰጣጥ** ውስጥ ናቸው፤ የተስማሚነት ደንቦች ከተሳትፎ ደንቦች በላይ፣ እያንዳንዱ ከሚቆጥረው ነገር እና ከነጥቦቹ ጋር። **የመነሻ ደንቦችን አክል** ለመጀመር የሚሆን ስብስብ ያስገባል (ውሳኔ ሰጪዎች፣ ሊገኙ የሚችሉ እውቂያዎች፣ ስብሰባዎች፣ የተመለሱ ጥሪዎች፣ ኢሜይሎች፣ ቅሬታዎች፤ አዲስ የውሂብ ጎታ ምንም ደንብ የለውም፣ የማሳያ የውሂብ ጎታው ግን አሉት)። **የተስማሚነት ደንብ አክል…** መስክን፣ ንጽጽርን እና እሴትን (የሥራ መደቡ “director” ይይዛል፣ አገሩ “ጀርመን” ነው፣ የምርጫ መስክ ከአማራጮቹ አንዱ ነው፣ ቁጥር ቢያንስ 50) እንዲሁም ነጥቦቹን ይጠይቃል፤ **የተሳትፎ ደንብ አክል…** ደግሞ የግንኙነቶቹን ዓይነት እና ውጤት፣ ባለፉት N ቀናት ውስጥ አንድ ከነበረ አንድ ጊዜ ብቻ ይቆጠሩ እንደሆነ ወይም እያንዳንዳቸው ነጥቦቻቸው በየN ቀናት በግማሽ እየቀነሱ ይቆጠሩ እንደሆነ፣ እና ነጥቦቹን ይጠይቃል። ስም የሌለው ደንብ በሚቆጥረው ነገር ይሰየማል። ሁለቴ ጠቅ ማድረግ (ወይም Enter) ደንቡን ይቀይራል፣ አመልካች ሳጥኑ ደንቡን ሳይሰርዙት ያጠፋዋል፣ ወደ ላይ እና ወደ ታች በቡድኑ ውስጥ ቦታውን ይቀይራሉ፣ Delete ደግሞ ያስወግደዋል። እያንዳንዱ ለውጥ ወዲያውኑ ይቀመጣል፤ በመስኮቱ ውስጥ Ctrl+Z ይቀለብሰዋል፤ ከጥቂት ጊዜ በኋላ የሁሉም ነጥብ በጀርባ እንደገና ይሰላል። **የሁሉንም ነጥብ እንደገና አስላ…** ይህን አሁኑኑ ያደርጋል፣ ከሂደት አመልካች እና ከ“ይቅር” ጋር (ማቆም እያንዳንዱን ነጥብ እንደነበረ ይተወዋል)።</translation>
    </message>
    <message>
        <source>**To MQL at a score**: on the same tab, &quot;A lead becomes marketing qualified at score&quot; (never, or 1 to 100). A lead whose score reaches it moves to Marketing qualified at once, and its history names the rule (&quot;the lead score reached the threshold&quot;); when you lower the threshold, the leads already above it move together, as one step that Ctrl+Z takes back. Only leads move, and only forward.</source>
        <translation>**በነጥብ ወደ MQL**: በዚያው ትር ላይ፣ “እምቅ ደንበኛ በግብይት ብቁ የሚሆንበት ነጥብ” (በጭራሽ፣ ወይም ከ1 እስከ 100)። ነጥቡ እዚያ የደረሰ እምቅ ደንበኛ ወዲያውኑ ወደ “በግብይት ብቁ” ይሸጋገራል፤ ታሪኩም ደንቡን ይጠቅሳል (“የእምቅ ደንበኛ ነጥቡ ገደቡ ላይ ደርሷል”)፤ ገደቡን ሲቀንሱ ቀድሞውኑ ከገደቡ በላይ ያሉት እምቅ ደንበኞች በአንድ ላይ ይሸጋገራሉ፤ ይህም Ctrl+Z የሚቀለብሰው አንድ እርምጃ ነው። የሚሸጋገሩት እምቅ ደንበኞች ብቻ ናቸው፣ የሚሸጋገሩትም ወደ ፊት ብቻ ነው።</translation>
    </message>
    <message>
        <source>**More Filters…** filters by any of your own fields, by title, city, region, postal code, date added, last contact, lead score and territory, and by the contact&apos;s company&apos;s industry and fields (&quot;Employees (company)&quot;): a number or an amount between two values, at least or at most; a date on, on or after, on or before, or between two; a choice that is any (or none) of the ones you tick; text that contains, is or is not a word; and any field empty or not. Numbers and dates are typed as everywhere else in Kontor. Each filter becomes a button under the others (&quot;Budget from 1,000.00 EUR to 20,000.00 EUR ×&quot;): a click removes it. All filters hold at once.</source>
        <translation>**ተጨማሪ ማጣሪያዎች…** በማንኛውም የራስዎ መስክ፣ በሥራ መደብ፣ በከተማ፣ በክልል፣ በፖስታ ቁጥር፣ በታከለበት ቀን፣ በመጨረሻ ግንኙነት፣ በእምቅ ደንበኛ ነጥብ እና በቀጠና፣ እንዲሁም በእውቂያው ኩባንያ ዘርፍ እና መስኮች (“ሠራተኞች (ኩባንያ)”) ያጣራል: በሁለት እሴቶች መካከል ያለ፣ ቢያንስ ወይም ቢበዛ የሆነ ቁጥር ወይም መጠን፤ በአንድ ቀን፣ ከአንድ ቀን ጀምሮ፣ እስከ አንድ ቀን ድረስ ወይም በሁለት ቀናት መካከል ያለ ቀን፤ ምልክት ካደረጉባቸው ምርጫዎች አንዱ የሆነ (ወይም አንዱም ያልሆነ) ምርጫ፤ አንድን ቃል የሚይዝ፣ ከቃሉ ጋር እኩል የሆነ ወይም እኩል ያልሆነ ጽሑፍ፤ እንዲሁም ባዶ የሆነ ወይም ያልሆነ ማንኛውም መስክ። ቁጥሮች እና ቀኖች በKontor ውስጥ በሌላው ቦታ ሁሉ እንደሚጻፉት ይጻፋሉ። እያንዳንዱ ማጣሪያ ከሌሎቹ በታች አንድ አዝራር ይሆናል (“በጀት ከ1,000.00 EUR እስከ 20,000.00 EUR ×”): አንድ ጠቅታ ያስወግደዋል። ሁሉም ማጣሪያዎች በአንድ ጊዜ ይሰራሉ።</translation>
    </message>
    <message>
        <source>A lead score (0 to 100) puts the best chances first. It adds up the points of **scoring rules** in two groups: **fit**, who the contact is (a condition on a field, built-in or your own, or on a field of the contact&apos;s company, such as its industry or a company field of your own for its size: title contains &quot;director&quot; +15, country is &quot;Germany&quot; +10, no phone −5, Employees (company) at least 50 +10, territory is &quot;North&quot; +5), and **engagement**, what they did lately (interactions of a kind and outcome: a successful meeting in the last 30 days +25 once, or each answered call +10, halved for every 14 days since it, so that old interest fades; a complaint can take points away). The sum is rounded and kept between 0 and 100; archived interactions count nothing, and a fading rule stops counting after ten halvings.</source>
        <translation>የእምቅ ደንበኛ ነጥብ (ከ0 እስከ 100) የተሻለ ዕድል ያላቸውን መጀመሪያ ያስቀምጣል። በሁለት ቡድኖች ያሉ የ**ነጥብ ደንቦችን** ነጥቦች ይደምራል: **ተስማሚነት**፣ እውቂያው ማን እንደሆነ (በአንድ መስክ ላይ ያለ መስፈርት፣ አብሮ የተሰራም ይሁን የራስዎ፣ ወይም በእውቂያው ኩባንያ መስክ ላይ፣ ለምሳሌ በዘርፉ ወይም መጠኑን ለመግለጽ በፈጠሩት የራስዎ የኩባንያ መስክ ላይ: የሥራ መደቡ “director” ይይዛል +15፣ አገሩ “ጀርመን” ነው +10፣ ስልክ የለም −5፣ ሠራተኞች (ኩባንያ) ቢያንስ 50 +10፣ ቀጠናው “ሰሜን” ነው +5)፣ እና **ተሳትፎ**፣ በቅርቡ ምን እንዳደረጉ (የአንድ ዓይነት እና ውጤት ግንኙነቶች: ባለፉት 30 ቀናት ውስጥ ውጤታማ ስብሰባ ከነበረ አንድ ጊዜ +25፣ ወይም እያንዳንዱ የተመለሰ ጥሪ +10፣ ከተደረገ ወዲህ ባለፉት በእያንዳንዱ 14 ቀናት በግማሽ እየቀነሰ፣ በዚህም የቆየ ፍላጎት ይደበዝዛል፤ ቅሬታ ነጥብ ሊቀንስ ይችላል)። ድምሩ ይጠጋጋል፣ ከ0 እስከ 100 ባለው ክልል ውስጥም ይቆያል፤ በማህደር የተቀመጡ ግንኙነቶች ምንም አይቆጠሩም፣ የሚደበዝዝ ደንብም ከአሥር ግማሽ ቅነሳዎች በኋላ መቆጠሩን ያቆማል።</translation>
    </message>
    <message>
        <source>Sales territories</source>
        <translation>የሽያጭ ቀጠናዎች</translation>
    </message>
    <message>
        <source>A territory gathers the contacts and companies of an area, so that you can see, filter and later assign them by it. Make them in **File → Settings… → Territories** (Alt+E there): **Add Territory…** asks for a name and, each list separated by commas, the **countries** it lies in, and within them **regions** and **postal codes**: a beginning (&quot;10&quot; holds 10115 and 10999) or a range (&quot;20000–29999&quot;, also typed 20000..29999). A contact or company is in a territory when its country is one of its countries (or it names none) and its region or postal code is one of its own (or it names none); countries and regions compare without regard to case, postal codes without case and spaces. When territories overlap, the first in the list has the address: put &quot;Berlin&quot; before &quot;Germany&quot;. As you type, the dialog says how many contacts and companies have an address in it. Double-click (or Enter) changes one, Move Up and Move Down order them, Delete removes one; each change is one step that Ctrl+Z takes back.</source>
        <translation>ቀጠና የአንድን አካባቢ እውቂያዎች እና ኩባንያዎች በአንድ ላይ ይሰበስባል፤ በዚህም እውቂያዎችን እና ኩባንያዎችን በቀጠናቸው ማየት፣ ማጣራት እና ወደፊትም መመደብ ይችላሉ። ቀጠናዎችን በ**ፋይል → ቅንብሮች… → ቀጠናዎች** ውስጥ ይፍጠሩ (በዚያ Alt+ጠ): **ቀጠና አክል…** ስምን፣ እንዲሁም ቀጠናው የሚገኝባቸውን **አገሮች**፣ በውስጣቸውም **ክልሎችን** እና **የፖስታ ቁጥሮችን** ይጠይቃል፤ እያንዳንዱ ዝርዝር በኮማ (,) ይለያል። የፖስታ ቁጥር የቁጥር መጀመሪያ (“10” 10115ን እና 10999ን ይይዛል) ወይም ወሰን (“20000–29999”፣ እንዲሁም 20000..29999 ተብሎ ሊጻፍ ይችላል) ሊሆን ይችላል። እውቂያ ወይም ኩባንያ በአንድ ቀጠና ውስጥ የሚሆነው አገሩ ከቀጠናው አገሮች አንዱ ሲሆን (ወይም ቀጠናው ምንም አገር ካልጠቀሰ) እና ክልሉ ወይም የፖስታ ቁጥሩ ከቀጠናው ክልሎች ወይም የፖስታ ቁጥሮች አንዱ ሲሆን (ወይም ቀጠናው ምንም ካልጠቀሰ) ነው፤ አገሮች እና ክልሎች የሚነጻጸሩት ትልልቅ እና ትናንሽ ፊደላትን ሳይለዩ፣ የፖስታ ቁጥሮች ደግሞ ትልልቅ እና ትናንሽ ፊደላትን እና ክፍተቶችን ከግምት ሳያስገቡ ነው። ቀጠናዎች ሲደራረቡ አድራሻው የሚቆጠረው በዝርዝሩ ውስጥ ቀድሞ ለሚገኘው ቀጠና ነው: “በርሊን”ን ከ“ጀርመን” በፊት ያስቀምጡ። ሲጽፉ መገናኛው በቀጠናው ውስጥ አድራሻ ያላቸውን እውቂያዎች እና ኩባንያዎች ብዛት ይናገራል። ሁለቴ ጠቅ ማድረግ (ወይም Enter) አንድን ቀጠና ይቀይራል፣ ወደ ላይ እና ወደ ታች ቅደም ተከተላቸውን ይቀይራሉ፣ Delete አንዱን ያስወግዳል፤ እያንዳንዱ ለውጥ Ctrl+Z የሚቀለብሰው አንድ እርምጃ ነው።</translation>
    </message>
    <message>
        <source>**On the Contacts list**: the **Territory** column (right-click the header) names each contact&apos;s territory, worked out from the address as it is now; **More Filters… → Territory** narrows the list to one or more of them (or to those in none: &quot;is empty&quot;).</source>
        <translation>**በ“እውቂያዎች” ዝርዝር ላይ**: የ**ቀጠና** አምድ (ርዕሱን በቀኝ ጠቅ ያድርጉ) የእያንዳንዱን እውቂያ ቀጠና ይጠቅሳል፤ ቀጠናው የሚሰላው አሁን ካለው አድራሻ ነው፤ **ተጨማሪ ማጣሪያዎች… → ቀጠና** ዝርዝሩን ወደ አንድ ወይም ከዚያ በላይ ቀጠናዎች ያጠባል (ወይም በየትኛውም ቀጠና ውስጥ ወደሌሉት: “ባዶ ነው”)።</translation>
    </message>
    <message>
        <source>**In lead scoring**: a fit rule can ask for a territory (&quot;Territory is one of North&quot;).</source>
        <translation>**በእምቅ ደንበኛ ነጥብ አሰጣጥ**: የተስማሚነት ደንብ ቀጠናን መጠየቅ ይችላል (“ቀጠና ከሰሜን አንዱ ነው”)።</translation>
    </message>
    <message>
        <source>Contacts without an address of their own are in no territory (their company&apos;s address does not count for them).</source>
        <translation>የራሳቸው አድራሻ የሌላቸው እውቂያዎች በየትኛውም ቀጠና ውስጥ አይደሉም (የኩባንያቸው አድራሻ ለእነሱ አይቆጠርም)።</translation>
    </message>
    <message>
        <source>**On the Companies page**: a Territory column, and beside the search a choice of territory that lists its companies by name, branches among them (&quot;In no territory&quot;: those in none; &quot;All territories&quot;: the tree again). Both show once there are territories.</source>
        <translation>**በ“ኩባንያዎች” ገጽ ላይ**: የ“ቀጠና” አምድ፣ እንዲሁም ከፍለጋ ሳጥኑ አጠገብ የቀጠና ምርጫ፤ ምርጫው የቀጠናውን ኩባንያዎች፣ ቅርንጫፎችንም ጨምሮ፣ በስም ቅደም ተከተል ይዘረዝራል (“ቀጠና የሌላቸው”: በየትኛውም ቀጠና ውስጥ የሌሉትን፤ “ሁሉም ቀጠናዎች”: እንደገና ዛፉን)። ሁለቱም የሚታዩት ቀጠናዎች ሲኖሩ ነው።</translation>
    </message>
    <message>
        <source>Select with Shift or Ctrl (or Ctrl+A), then **Change Selected** above the list (or the list&apos;s context menu): set the owner, give them owners by the assignment rules (**Apply Assignment Rules…**, see &quot;Who gets a new contact&quot;), set the stage, add a tag, set one of your own fields (**Set Field…**: the field, then its value in the editor of its type; left empty, it empties the field), or archive them, in one step that Ctrl+Z takes back. One change takes at most 5,000 contacts; the filters narrow the list.</source>
        <translation>በShift ወይም በCtrl (ወይም በCtrl+A) ይምረጡ፣ ከዚያ ከዝርዝሩ በላይ ያለውን **የተመረጡትን ቀይር** (ወይም የዝርዝሩን የአውድ ምናሌ) ይጠቀሙ: ኃላፊ ያዘጋጁ፣ በምደባ ደንቦቹ ኃላፊዎችን ይስጧቸው (**የምደባ ደንቦችን ተግብር…**፤ “አዲስ እውቂያ ማን ያገኛል”ን ይመልከቱ)፣ ደረጃ ያዘጋጁ፣ መለያ ያክሉ፣ ከራስዎ መስኮች አንዱን ያዘጋጁ (**መስክ አዘጋጅ…**: መስኩን፣ ከዚያ እሴቱን ለዓይነቱ በሚስማማው ማስገቢያ ውስጥ ይስጡ፤ ባዶ ከተተወ መስኩ ባዶ ይሆናል)፣ ወይም ወደ ማህደር ያስገቧቸው፤ ይህ ሁሉ Ctrl+Z በሚቀለብሰው አንድ እርምጃ ይከናወናል። አንድ ለውጥ ቢበዛ 5,000 እውቂያዎችን ይይዛል፤ ዝርዝሩን በማጣሪያዎቹ ያጥቡት።</translation>
    </message>
    <message>
        <source>**In the reports**: the box beside the salesperson on the Reports page offers each territory (&quot;Territory: North&quot;) and &quot;In no territory&quot;. Every report then counts the contacts in it, their calls and meetings, and their deals; a deal without a contact counts where its company is. A printed or PDF report names the territory under its title.</source>
        <translation>**በሪፖርቶቹ ውስጥ**: በ“ሪፖርቶች” ገጽ ላይ ከሽያጭ ሠራተኛው ጎን ያለው ሳጥን እያንዳንዱን ቀጠና (“ቀጠና: ሰሜን”) እና “ቀጠና የሌላቸው”ን ያቀርባል። ከዚያ እያንዳንዱ ሪፖርት በቀጠናው ውስጥ ያሉትን እውቂያዎች፣ ጥሪዎቻቸውን እና ስብሰባዎቻቸውን፣ እንዲሁም ስምምነቶቻቸውን ይቆጥራል፤ እውቂያ የሌለው ስምምነት የሚቆጠረው ኩባንያው ባለበት ቀጠና ነው። የታተመ ወይም የPDF ሪፖርት ቀጠናውን ከርዕሱ በታች ይጠቅሳል።</translation>
    </message>
    <message>
        <source>Who gets a new contact: assignment rules</source>
        <translation>አዲስ እውቂያ ማን ያገኛል: የምደባ ደንቦች</translation>
    </message>
    <message>
        <source>Assignment rules give a new contact an owner by themselves, so that a lead from Bavaria reaches the salesperson for the south without anyone sorting. Make them in **File → Settings… → Assignment** (Alt+M there). **Add Rule…** asks for:</source>
        <translation>የምደባ ደንቦች ለአዲስ እውቂያ በራሳቸው ኃላፊ ይሰጣሉ፤ በዚህም ከባቫሪያ የመጣ እምቅ ደንበኛ ማንም በእጅ ሳይመድበው ለደቡቡ የሽያጭ ሠራተኛ ይደርሳል። ደንቦቹን በ**ፋይል → ቅንብሮች… → ምደባ** ውስጥ ይፍጠሩ (በዚያ Alt+ባ)። **ደንብ አክል…** የሚከተሉትን ይጠይቃል:</translation>
    </message>
    <message>
        <source>a **name** (left empty, the rule is named after what it does: &quot;Country is “Germany” to Anna&quot;);</source>
        <translation>**ስም** (ባዶ ከተተወ ደንቡ በሚሰራው ነገር ይሰየማል: «አገር “ጀርመን” ነው፣ ለAnna»)፤</translation>
    </message>
    <message>
        <source>**conditions**, all of which must hold (**Add Condition…** offers the fields of More Filters and of scoring rules: territory, country, region, postal code, title, lead source, the company&apos;s industry, size and fields, and your own fields); none means every contact;</source>
        <translation>**መስፈርቶች**፣ ሁሉም መሟላት አለባቸው (**መስፈርት አክል…** የተጨማሪ ማጣሪያዎችን እና የነጥብ ደንቦችን መስኮች ያቀርባል: ቀጠና፣ አገር፣ ክልል፣ የፖስታ ቁጥር፣ የሥራ መደብ፣ የደንበኛ ምንጭ፣ የኩባንያው ዘርፍ፣ መጠን እና መስኮች፣ እንዲሁም የራስዎ መስኮች)፤ ምንም መስፈርት ከሌለ ደንቡ እያንዳንዱን እውቂያ ይመለከታል፤</translation>
    </message>
    <message>
        <source>whom to **give** the contact to: **one salesperson**; **the owner of the contact&apos;s company** (the rule holds only for contacts whose company has an owner); **salespeople in turn** (round robin: each gets the next contact, the turn kept in the database, so it stays fair after a restart and between the window and scripts); or **the salesperson with the fewest open deals** (deals not won, lost or archived; among contacts given out together, each counts as one more; on a tie, the first in the list).</source>
        <translation>እውቂያው **ለማን እንደሚሰጥ**: **ለአንድ የሽያጭ ሠራተኛ**፤ **ለእውቂያው ኩባንያ ኃላፊ** (ደንቡ የሚመለከተው ኩባንያቸው ኃላፊ ያለው እውቂያዎችን ብቻ ነው)፤ **ለሽያጭ ሠራተኞች በየተራ** (በዙር: እያንዳንዱ ቀጣዩን እውቂያ ያገኛል፤ ተራው በውሂብ ጎታው ውስጥ ይቀመጣል፣ ስለዚህ እንደገና ከተጀመረ በኋላም ሆነ በመስኮቱ እና በስክሪፕቶች መካከል ፍትሐዊ ሆኖ ይቆያል)፤ ወይም **በጣም ጥቂት ክፍት ስምምነቶች ላሉት የሽያጭ ሠራተኛ** (ያልተሳኩ፣ ያልከሸፉ ወይም በማህደር ያልተቀመጡ ስምምነቶች፤ በአንድ ላይ ከሚሰጡ እውቂያዎች መካከል እያንዳንዱ እንደ አንድ ተጨማሪ ይቆጠራል፤ እኩል ሲሆኑ በዝርዝሩ ውስጥ የመጀመሪያው)።</translation>
    </message>
    <message>
        <source>**For contacts you already have**: select them, then **Change Selected → Apply Assignment Rules…**. Kontor first says how many change owner, by which rule and to whom (&quot;• South: 12 to Ben&quot;); OK changes them as one step that Ctrl+Z takes back. Contacts a group rule holds for keep their owner when it is already one of the group, so applying the rules again moves nobody.</source>
        <translation>**አስቀድመው ላሉዎት እውቂያዎች**: እውቂያዎቹን ይምረጡ፣ ከዚያ **የተመረጡትን ቀይር → የምደባ ደንቦችን ተግብር…**። Kontor በመጀመሪያ የስንቱ ኃላፊ እንደሚቀየር፣ በየትኛው ደንብ እና ለማን እንደሆነ ይናገራል (“• ደቡብ: 12 ለBen”)፤ “እሺ” Ctrl+Z በሚቀለብሰው አንድ እርምጃ ይቀይራቸዋል። የቡድን ደንብ የሚመለከታቸው እውቂያዎች ኃላፊያቸው አስቀድሞ ከቡድኑ አንዱ ከሆነ ኃላፊያቸውን ይይዛሉ፤ ስለዚህ ደንቦቹን እንደገና መተግበር ማንንም አያንቀሳቅስም።</translation>
    </message>
    <message>
        <source>**The change history** of each contact (Changes… in the contact&apos;s dialog) says &quot;Owner given by the assignment rule “South”&quot; under the owner it changed.</source>
        <translation>**የእያንዳንዱ እውቂያ የለውጥ ታሪክ** (በእውቂያው መስኮት ውስጥ “ለውጦች…”) በተቀየረው ኃላፊ ስር «ኃላፊው በምደባ ደንቡ “ደቡብ” ተሰጥቷል» ይላል።</translation>
    </message>
    <message>
        <source>The Reports page (Ctrl+6) answers the manager&apos;s questions: pick a period (this week, last week, this month, last month, this quarter, last quarter, this year, or a custom range; weeks start on the first day of the week of your language settings, and days at your local midnight) and, if you like, one salesperson and one answer of a choice field of your own (&quot;Industry: Retail&quot;, shown once you have such a field) or a sales territory (&quot;Territory: North&quot;, see &quot;Sales territories&quot;). That answer narrows every report: a contact&apos;s field to those contacts, their calls and meetings and their deals; a company&apos;s field to the people and deals of those companies; a deal&apos;s field to those deals, and to the calls and meetings of the people who have one. Campaign spend is not split by record, so a narrowed lead source report leaves spend, costs and ROI out; on a very large database a narrowed report counts from the records themselves and may take a moment longer. Each report is a chart beside a table (on a small window, where they do not fit side by side, the table below the chart: its figures are never cut, a long name is, and its tooltip has it whole); hold the mouse over a column header or a figure for what it counts. The page works out what it shows when you look at it, so it is always up to date.</source>
        <translation>የ“ሪፖርቶች” ገጽ (Ctrl+6) የሥራ አስኪያጁን ጥያቄዎች ይመልሳል: ጊዜ ይምረጡ (ይህ ሳምንት፣ ያለፈው ሳምንት፣ ይህ ወር፣ ያለፈው ወር፣ ይህ ሩብ ዓመት፣ ያለፈው ሩብ ዓመት፣ ይህ ዓመት፣ ወይም የራስ ጊዜ ምርጫ፤ ሳምንታት የሚጀምሩት በቋንቋ ቅንብሮችዎ የሳምንቱ የመጀመሪያ ቀን፣ ቀናት ደግሞ በአካባቢዎ እኩለ ሌሊት ነው)፣ ከፈለጉም አንድ የሽያጭ ሠራተኛ እና የራስዎ የምርጫ መስክ አንድ መልስ (“ዘርፍ: ችርቻሮ ንግድ”፤ እንዲህ ያለ መስክ ሲኖርዎ ይታያል) ወይም አንድ የሽያጭ ቀጠና (“ቀጠና: ሰሜን”፤ “የሽያጭ ቀጠናዎች”ን ይመልከቱ) ይምረጡ። ያ መልስ እያንዳንዱን ሪፖርት ያጠባል: የእውቂያ መስክ ወደ እነዚያ እውቂያዎች፣ ወደ ጥሪዎቻቸው እና ስብሰባዎቻቸው እና ወደ ስምምነቶቻቸው፤ የኩባንያ መስክ ወደ እነዚያ ኩባንያዎች ሰዎች እና ስምምነቶች፤ የስምምነት መስክ ወደ እነዚያ ስምምነቶች፣ እንዲሁም እንዲህ ያለ ስምምነት ያላቸው ሰዎች ወደሚያደርጓቸው ጥሪዎች እና ስብሰባዎች። የዘመቻ ወጪ በመዝገብ አይከፋፈልም፤ ስለዚህ የተጠበበ የደንበኛ ምንጭ ሪፖርት ወጪውን፣ የእምቅ ደንበኛ እና የደንበኛ ወጪዎችን፣ እንዲሁም የወጪ ተመላሹን አያካትትም፤ በጣም ትልቅ በሆነ የውሂብ ጎታ ላይ የተጠበበ ሪፖርት ከመዝገቦቹ ራሳቸው ይቆጥራል፣ ትንሽ ረዘም ያለ ጊዜም ሊወስድ ይችላል። እያንዳንዱ ሪፖርት ከሰንጠረዥ ጎን ያለ ገበታ ነው (ጎን ለጎን በማይበቁበት ትንሽ መስኮት ላይ ሰንጠረዡ ከገበታው ስር ይሆናል: አሃዞቹ ፈጽሞ አይቆረጡም፣ ረጅም ስም ግን ይቆረጣል፣ ሙሉው ስም በመጠቆሚያ ጽሑፉ ውስጥ ይገኛል)፤ አንድ የአምድ ርዕስ ወይም መለኪያ ምን እንደሚቆጥር ለማወቅ አይጡን በላዩ ላይ ያቆዩ። ገጹ የሚያሳየውን የሚያሰላው ሲመለከቱት ነው፤ ስለዚህ ሁልጊዜ ወቅታዊ ነው።</translation>
    </message>
    <message>
        <source>**Lead scoring**, **Territories** and **Assignment**: see &quot;Lead scores&quot;, &quot;Sales territories&quot; and &quot;Who gets a new contact&quot;.</source>
        <translation>**የእምቅ ደንበኛ ነጥብ አሰጣጥ**፣ **ቀጠናዎች** እና **ምደባ**: “የእምቅ ደንበኛ ነጥቦች”ን፣ “የሽያጭ ቀጠናዎች”ን እና “አዲስ እውቂያ ማን ያገኛል”ን ይመልከቱ።</translation>
    </message>
    <message>
        <source>The first rule in the list whose conditions a contact meets gives it its owner; a contact no rule holds for keeps none. Salespeople who have been removed get nothing: a group without anyone left is passed over, and so is a rule that asks for a territory or field removed since, until you change it. The tick switches a rule off; Move Up and Move Down order them; each change is one step that Ctrl+Z takes back.</source>
        <translation>እውቂያው መስፈርቶቹን የሚያሟላው በዝርዝሩ ውስጥ የመጀመሪያው ደንብ ኃላፊውን ይሰጠዋል፤ የትኛውም ደንብ የማይመለከተው እውቂያ ያለ ኃላፊ ይቆያል። የተወገዱ የሽያጭ ሠራተኞች ምንም አያገኙም: ማንም ያልቀረበት ቡድን ይዘለላል፤ ከዚያ ወዲህ የተወገደ ቀጠና ወይም መስክ የሚጠይቅ ደንብም እስኪቀይሩት ድረስ እንዲሁ ይዘለላል። አመልካች ሳጥኑ ደንቡን ያጠፋዋል፤ ወደ ላይ እና ወደ ታች ቅደም ተከተላቸውን ይቀይራሉ፤ እያንዳንዱ ለውጥ Ctrl+Z የሚቀለብሰው አንድ እርምጃ ነው።</translation>
    </message>
    <message>
        <source>**When**: a contact added without an owner, in the window (its Owner box says **By the assignment rules** once there are rules), by an import, or by a script that names no owner. A contact given an owner keeps it. A company typed in for a new contact, and made with it, gets the same owner.</source>
        <translation>**መቼ**: እውቂያ ያለ ኃላፊ ሲታከል፣ በመስኮቱ ውስጥ (ደንቦች ካሉ የ“ኃላፊ” ሳጥኑ **በምደባ ደንቦቹ** ይላል)፣ በማስመጣት፣ ወይም ኃላፊ በማይጠቅስ ስክሪፕት። ኃላፊ የተሰጠው እውቂያ ኃላፊውን ይይዛል። ለአዲስ እውቂያ የተጻፈና ከእሱ ጋር አብሮ የተፈጠረ ኩባንያ ተመሳሳዩን ኃላፊ ያገኛል።</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The database has no users.</source>
        <translation>የውሂብ ጎታው ተጠቃሚዎች የሉትም።</translation>
    </message>
    <message>
        <source>There is no salesperson “%1”; there are: %2.</source>
        <translation>“%1” የሚባል የሽያጭ ሠራተኛ የለም፤ ያሉት እነዚህ ናቸው: %2።</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>ተጠቃሚ ስም ያስፈልገዋል።</translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>ተጠቃሚውን ማስቀመጥ አልተቻለም: %1</translation>
    </message>
    <message>
        <source>The user could not be renamed: %1</source>
        <translation>ተጠቃሚውን እንደገና መሰየም አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>VCards</name>
    <message>
        <source>the birthday “%1” has no year or is not a date; it was left out.</source>
        <translation>የልደት ቀኑ “%1” ዓመት የለውም ወይም ቀን አይደለም፤ ቀርቷል።</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the character set “%1” is not known; the text was read as UTF-8.</source>
        <translation>የቁምፊ ስብስቡ “%1” አይታወቅም፤ ጽሑፉ እንደ UTF-8 ተነቧል።</translation>
    </message>
</context>
<context>
    <name>WalCheckpointer</name>
    <message>
        <source>Checkpoints in the background are not available here.</source>
        <translation>በጀርባ የሚደረጉ የፍተሻ ነጥቦች (checkpoints) እዚህ አይገኙም።</translation>
    </message>
</context>
<context>
    <name>WeeklyStats</name>
    <message>
        <source>The weekly figures could not be computed: %1</source>
        <translation>ሳምንታዊ አሃዞቹን ማስላት አልተቻለም: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ActivityReportView</name>
    <message>
        <source>Salesperson</source>
        <translation>የሽያጭ ሠራተኛ</translation>
    </message>
    <message>
        <source>Who logged the interactions or made the moves.</source>
        <translation>ግንኙነቶቹን የመዘገበው ወይም ስምምነቶቹን ያዛወረው።</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>የሳምንቱ መጀመሪያ</translation>
    </message>
    <message>
        <source>The week&apos;s first day; “Total” for the whole period.</source>
        <translation>የሳምንቱ የመጀመሪያ ቀን፤ ለሙሉ ጊዜው “ጠቅላላ”።</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>ጥሪዎች</translation>
    </message>
    <message>
        <source>Calls the salesperson logged.</source>
        <translation>የሽያጭ ሠራተኛው የመዘገባቸው ጥሪዎች።</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>ስብሰባዎች</translation>
    </message>
    <message>
        <source>Meetings the salesperson logged.</source>
        <translation>የሽያጭ ሠራተኛው የመዘገባቸው ስብሰባዎች።</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ኢሜይሎች</translation>
    </message>
    <message>
        <source>Emails the salesperson logged.</source>
        <translation>የሽያጭ ሠራተኛው የመዘገባቸው ኢሜይሎች።</translation>
    </message>
    <message>
        <source>Deals moved</source>
        <translation>የተዛወሩ ስምምነቶች</translation>
    </message>
    <message>
        <source>Stage changes the salesperson made.</source>
        <translation>የሽያጭ ሠራተኛው ያደረጋቸው የደረጃ ለውጦች።</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>የተሳኩ ስምምነቶች</translation>
    </message>
    <message>
        <source>The salesperson&apos;s deals moved to Won.</source>
        <translation>ወደ “የተሳካ” የተዛወሩ የሽያጭ ሠራተኛው ስምምነቶች።</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>all weeks of the period</comment>
        <translation>ጠቅላላ</translation>
    </message>
    <message>
        <source>Activity per salesperson</source>
        <translation>እንቅስቃሴ በየሽያጭ ሠራተኛው</translation>
    </message>
    <message>
        <source>Nobody logged anything in this period: log calls, meetings and emails with Ctrl+L, or choose a longer period.</source>
        <translation>በዚህ ጊዜ ውስጥ ማንም ምንም አልመዘገበም: ጥሪዎችን፣ ስብሰባዎችን እና ኢሜይሎችን በCtrl+L ይመዝግቡ፣ ወይም ረዘም ያለ ጊዜ ይምረጡ።</translation>
    </message>
    <message numerus="yes">
        <source>%n salesperson(s) active in the period.</source>
        <translation>
            <numerusform>በዚህ ጊዜ ውስጥ %Ln የሽያጭ ሠራተኛ ንቁ ነበር።</numerusform>
            <numerusform>በዚህ ጊዜ ውስጥ %Ln የሽያጭ ሠራተኞች ንቁ ነበሩ።</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <translation>%1: %2፣ ከ%3 እስከ %4</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ArchiveDialog</name>
    <message>
        <source>Archive</source>
        <translation>ማህደር</translation>
    </message>
    <message>
        <source>What to show</source>
        <translation>የሚታየው</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>እውቂያዎች</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>ኩባንያዎች</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ስምምነቶች</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>አስታዋሾች</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>ማህደሩን ፈልግ</translation>
    </message>
    <message>
        <source>Part of a name or title</source>
        <translation>የስም ወይም የርዕስ ክፍል</translation>
    </message>
    <message>
        <source>Archived records</source>
        <translation>በማህደር የተቀመጡ መዝገቦች</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ዝርዝሮች</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>በማህደር የተቀመጠ</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;ወደነበረበት መልስ</translation>
    </message>
    <message>
        <source>Back into lists, search and totals (Enter)</source>
        <translation>ወደ ዝርዝሮች፣ ፍለጋ እና ድምሮች መልስ (Enter)</translation>
    </message>
    <message>
        <source>&amp;Changes…</source>
        <translation>&amp;ለውጦች…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;አሳይ:</translation>
    </message>
    <message>
        <source>Nothing in the archive matches “%1”.</source>
        <translation>በማህደሩ ውስጥ ከ“%1” ጋር የሚዛመድ ነገር የለም።</translation>
    </message>
    <message>
        <source>No archived contacts. A contact you archive waits here until you restore it.</source>
        <translation>በማህደር የተቀመጡ እውቂያዎች የሉም። ወደ ማህደር ያስገቡት እውቂያ ወደነበረበት እስኪመልሱት ድረስ እዚህ ይቆያል።</translation>
    </message>
    <message>
        <source>No archived companies. A company you archive waits here until you restore it.</source>
        <translation>በማህደር የተቀመጡ ኩባንያዎች የሉም። ወደ ማህደር ያስገቡት ኩባንያ ወደነበረበት እስኪመልሱት ድረስ እዚህ ይቆያል።</translation>
    </message>
    <message>
        <source>No archived deals. A deal you archive waits here until you restore it.</source>
        <translation>በማህደር የተቀመጡ ስምምነቶች የሉም። ወደ ማህደር ያስገቡት ስምምነት ወደነበረበት እስኪመልሱት ድረስ እዚህ ይቆያል።</translation>
    </message>
    <message>
        <source>No deleted reminders. A reminder you delete waits here until you restore it.</source>
        <translation>የተሰረዙ አስታዋሾች የሉም። የሰረዙት አስታዋሽ ወደነበረበት እስኪመልሱት ድረስ እዚህ ይቆያል።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AssignmentRuleDialog</name>
    <message>
        <source>Add Assignment Rule</source>
        <translation>የምደባ ደንብ አክል</translation>
    </message>
    <message>
        <source>Assignment Rule</source>
        <translation>የምደባ ደንብ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Such as “North leads to Anna”</source>
        <translation>ለምሳሌ “የሰሜን እምቅ ደንበኞች ለAnna”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ስም:</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>መስፈርቶች</translation>
    </message>
    <message>
        <source>Add &amp;Condition…</source>
        <translation>&amp;መስፈርት አክል…</translation>
    </message>
    <message>
        <source>R&amp;emove Condition</source>
        <translation>መስፈርት አስ&amp;ወግድ</translation>
    </message>
    <message>
        <source>&amp;When all hold:</source>
        <translation>&amp;ሁሉም ሲሟሉ:</translation>
    </message>
    <message>
        <source>One salesperson</source>
        <translation>አንድ የሽያጭ ሠራተኛ</translation>
    </message>
    <message>
        <source>The owner of the contact&apos;s company</source>
        <translation>የእውቂያው ኩባንያ ኃላፊ</translation>
    </message>
    <message>
        <source>Salespeople in turn (round robin)</source>
        <translation>የሽያጭ ሠራተኞች በየተራ (በዙር)</translation>
    </message>
    <message>
        <source>The salesperson with the fewest open deals</source>
        <translation>በጣም ጥቂት ክፍት ስምምነቶች ያሉት የሽያጭ ሠራተኛ</translation>
    </message>
    <message>
        <source>&amp;Give to:</source>
        <translation>&amp;ለማን ይሰጥ:</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>የሽያጭ ሠራተኞች</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>የሽያጭ &amp;ሠራተኛ:</translation>
    </message>
    <message>
        <source>&amp;Salespeople:</source>
        <translation>&amp;የሽያጭ ሠራተኞች:</translation>
    </message>
    <message>
        <source>A new contact without an owner gets one from the first rule, in the list&apos;s order, whose conditions it meets.</source>
        <translation>ኃላፊ የሌለው አዲስ እውቂያ በዝርዝሩ ቅደም ተከተል መሠረት መስፈርቶቹን ከሚያሟላው የመጀመሪያው ደንብ ኃላፊ ያገኛል።</translation>
    </message>
    <message>
        <source>Every contact (no condition)</source>
        <translation>እያንዳንዱ እውቂያ (መስፈርት የለም)</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>መስፈርት አክል</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>መስፈርት</translation>
    </message>
    <message>
        <source>Everyone to %1</source>
        <translation>ሁሉም፣ ለ%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>conditions to a salesperson</comment>
        <translation>%1፣ ለ%2</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation> እና </translation>
    </message>
    <message>
        <source>(gone)</source>
        <comment>a salesperson since removed</comment>
        <translation>(የተወገደ)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between salespeople</comment>
        <translation>፣ </translation>
    </message>
    <message>
        <source>the company&apos;s owner</source>
        <translation>የኩባንያው ኃላፊ</translation>
    </message>
    <message>
        <source>%1 in turn</source>
        <translation>%1 በየተራ</translation>
    </message>
    <message>
        <source>whoever of %1 has the fewest open deals</source>
        <translation>ከ%1 በጣም ጥቂት ክፍት ስምምነቶች ያሉት</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AssignmentSettingsPage</name>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>ደንብ አ&amp;ክል…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>አር&amp;ትዕ…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>አስ&amp;ወግድ</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>ወደ &amp;ላይ</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>ወደ &amp;ታች</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ደንብ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <source>Gives the contact to</source>
        <translation>እውቂያውን ለማን ይሰጣል</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>የምደባ ደንቦች</translation>
    </message>
    <message>
        <source>A new contact without an owner, added here, imported or added by a script, gets one from the first rule, in this order, whose conditions it meets; a contact no rule holds for stays without one. Contacts → select → Apply Assignment Rules… applies them to contacts you already have. The tick switches a rule off.</source>
        <translation>ኃላፊ የሌለው አዲስ እውቂያ፣ እዚህ የታከለም ይሁን በማስመጣት የገባ ወይም በስክሪፕት የታከለ፣ በዚህ ቅደም ተከተል መሠረት መስፈርቶቹን ከሚያሟላው የመጀመሪያው ደንብ ኃላፊ ያገኛል፤ የትኛውም ደንብ የማይመለከተው እውቂያ ያለ ኃላፊ ይቆያል። እውቂያዎች → ይምረጡ → የምደባ ደንቦችን ተግብር… ደንቦቹን አስቀድመው ባሉዎት እውቂያዎች ላይ ይተገብራል። አመልካች ሳጥኑ ደንቡን ያጠፋዋል።</translation>
    </message>
    <message>
        <source>every contact</source>
        <translation>እያንዳንዱ እውቂያ</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation> እና </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ChangeHistoryDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(ባዶ)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ተፈጥሯል</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ተሰርዟል</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>ወደ ማህደር ገብቷል</translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation>ከማህደሩ ወደነበረበት ተመልሷል</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>መለያ ታክሏል: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>መለያ ተወግዷል: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>በ%1 ላይ የተደረጉ ለውጦች</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>ለውጦች</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ማን</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>የተቀየረው</translation>
    </message>
    <message>
        <source>No changes recorded. Changes are recorded from schema 4 on; records of the demo data start without any.</source>
        <translation>ምንም ለውጥ አልተመዘገበም። ለውጦች የሚመዘገቡት ከስኪማ 4 ጀምሮ ነው፤ የማሳያ ውሂቡ መዝገቦች ያለ ለውጥ ታሪክ ይጀምራሉ።</translation>
    </message>
    <message>
        <source>Chan&amp;ges…</source>
        <translation>ለ&amp;ውጦች…</translation>
    </message>
    <message>
        <source>A field that no longer exists changed.</source>
        <translation>ከአሁን በኋላ የሌለ መስክ ተቀይሯል።</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>በ%1 ላይ ታክሏል: %2</translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation>ከ%1 ተወግዷል: %2</translation>
    </message>
    <message>
        <source>Owner given by the assignment rule “%1”</source>
        <translation>ኃላፊው በምደባ ደንቡ “%1” ተሰጥቷል</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompaniesPage</name>
    <message>
        <source>Search companies</source>
        <translation>ኩባንያዎችን ፈልግ</translation>
    </message>
    <message>
        <source>Search companies…</source>
        <translation>ኩባንያዎችን ፈልግ…</translation>
    </message>
    <message>
        <source>Companies and their branches</source>
        <translation>ኩባንያዎች እና ቅርንጫፎቻቸው</translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation>&amp;አዲስ ኩባንያ…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>አር&amp;ትዕ…</translation>
    </message>
    <message>
        <source>Add &amp;Branch…</source>
        <translation>&amp;ቅርንጫፍ አክል…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>ወደ &amp;ማህደር አስገባ</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>ለ&amp;ውጦች…</translation>
    </message>
    <message>
        <source>Include &amp;branches</source>
        <translation>ቅርንጫፎችንም &amp;ጨምር</translation>
    </message>
    <message>
        <source>People at the company</source>
        <translation>በኩባንያው ያሉ ሰዎች</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>የሥራ መደብ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>የመጨረሻ ግንኙነት</translation>
    </message>
    <message>
        <source>Deals of the company</source>
        <translation>የኩባንያው ስምምነቶች</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ስምምነት</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>የሚጠበቀው መዝጊያ ቀን</translation>
    </message>
    <message>
        <source>History of the company</source>
        <translation>የኩባንያው ታሪክ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>እውቂያ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ርዕሰ ጉዳይ</translation>
    </message>
    <message>
        <source>Nobody here yet: add a contact and type this company&apos;s name as theirs.</source>
        <translation>እስካሁን ማንም የለም: እውቂያ ያክሉ እና የዚህን ኩባንያ ስም እንደ ኩባንያቸው ይጻፉ።</translation>
    </message>
    <message>
        <source>No deals yet: add one with Ctrl+Shift+N and choose this company.</source>
        <translation>እስካሁን ስምምነቶች የሉም: በCtrl+Shift+N አንድ ያክሉ እና ይህን ኩባንያ ይምረጡ።</translation>
    </message>
    <message>
        <source>No calls or meetings yet: select a person and log one with Ctrl+L.</source>
        <translation>እስካሁን ጥሪዎች ወይም ስብሰባዎች የሉም: አንድ ሰው ይምረጡ እና በCtrl+L ይመዝግቡ።</translation>
    </message>
    <message>
        <source>No companies yet.

Add one with “New Company…”, or type a company when you add a contact: it is created with the contact.</source>
        <translation>እስካሁን ኩባንያዎች የሉም።

በ“አዲስ ኩባንያ…” አንድ ያክሉ፣ ወይም እውቂያ ሲያክሉ ኩባንያ ይጻፉ: ከእውቂያው ጋር አብሮ ይፈጠራል።</translation>
    </message>
    <message>
        <source>Select a company to see its people, deals and history.</source>
        <translation>ሰዎቹን፣ ስምምነቶቹን እና ታሪኩን ለማየት ኩባንያ ይምረጡ።</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>ዋና መሥሪያ ቤት</translation>
    </message>
    <message>
        <source>Branch of %1</source>
        <translation>የ%1 ቅርንጫፍ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ዘርፍ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ድረ-ገጽ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>አድራሻ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>ሰዎች (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>ስምምነቶች (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>ታሪክ (%1)</translation>
    </message>
    <message>
        <source>Company added.</source>
        <translation>ኩባንያው ታክሏል።</translation>
    </message>
    <message>
        <source>Branch added.</source>
        <translation>ቅርንጫፉ ታክሏል።</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation>ኩባንያው ተቀምጧል።</translation>
    </message>
    <message>
        <source>Archive Company</source>
        <translation>ኩባንያውን ወደ ማህደር አስገባ</translation>
    </message>
    <message>
        <source>Archive %1? It leaves the list and search; its people, deals and history stay.</source>
        <translation>%1 ወደ ማህደር ይግባ? ከዝርዝሩ እና ከፍለጋው ይወጣል፤ ሰዎቹ፣ ስምምነቶቹ እና ታሪኩ ይቆያሉ።</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>ቀጠና</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>ሁሉም ቀጠናዎች</translation>
    </message>
    <message>
        <source>In no territory</source>
        <translation>ቀጠና የሌላቸው</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyDialog</name>
    <message>
        <source>Edit Company</source>
        <translation>ኩባንያን አርትዕ</translation>
    </message>
    <message>
        <source>New Branch</source>
        <translation>አዲስ ቅርንጫፍ</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>አዲስ ኩባንያ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>ዋና መሥሪያ ቤት</translation>
    </message>
    <message>
        <source>Empty for a head office; type to pick</source>
        <translation>ለዋና መሥሪያ ቤት ባዶ ይተዉት፤ ለመምረጥ ይጻፉ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ዘርፍ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ድረ-ገጽ</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>መንገድ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>የፖስታ ቁጥር</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ከተማ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>አገር</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ስም:</translation>
    </message>
    <message>
        <source>&amp;Head office:</source>
        <translation>&amp;ዋና መሥሪያ ቤት:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;ዘርፍ:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;ድረ-ገጽ:</translation>
    </message>
    <message>
        <source>&amp;Phone, email:</source>
        <translation>ስ&amp;ልክ፣ ኢሜይል:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;መንገድ:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;ቦታ:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ማስታ&amp;ወሻዎች:</translation>
    </message>
    <message>
        <source>There is no company called “%1”: pick the head office from the list.</source>
        <translation>“%1” የሚባል ኩባንያ የለም: ዋና መሥሪያ ቤቱን ከዝርዝሩ ይምረጡ።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyPicker</name>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>Type to pick a company</source>
        <translation>ኩባንያ ለመምረጥ ይጻፉ</translation>
    </message>
    <message>
        <source>Several or no companies match “%1”: pick one from the list.</source>
        <translation>ከ“%1” ጋር የሚዛመዱ ብዙ ኩባንያዎች አሉ ወይም አንድም የለም: ከዝርዝሩ አንዱን ይምረጡ።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyTreeModel</name>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ሰዎች</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ዘርፍ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ከተማ</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>ቀጠና</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactCard</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;አርትዕ…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>ግንኙነት &amp;መዝግብ…</translation>
    </message>
    <message>
        <source>Log a call, meeting, email or note (Ctrl+L)</source>
        <translation>ጥሪ፣ ስብሰባ፣ ኢሜይል ወይም ማስታወሻ መዝግብ (Ctrl+L)</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>አዲስ &amp;ስምምነት…</translation>
    </message>
    <message>
        <source>Something this contact may buy, for the pipeline (Ctrl+Shift+N)</source>
        <translation>ይህ እውቂያ ሊገዛው የሚችል ነገር፣ ለሽያጭ ሂደቱ (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>ለ&amp;ውጦች…</translation>
    </message>
    <message>
        <source>What was changed in this contact, when and by whom</source>
        <translation>በዚህ እውቂያ ላይ ምን፣ መቼ እና በማን እንደተቀየረ</translation>
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation>&amp;እንደተፈታ ምልክት አድርግ</translation>
    </message>
    <message>
        <source>The newest open complaint is resolved now</source>
        <translation>የቅርብ ጊዜውን ክፍት ቅሬታ አሁን እንደተፈታ ምልክት ያደርጋል</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ታሪክ</translation>
    </message>
    <message>
        <source>Interaction history</source>
        <translation>የግንኙነት ታሪክ</translation>
    </message>
    <message>
        <source>No history yet: log a call, meeting or note with Ctrl+L.</source>
        <translation>እስካሁን ታሪክ የለም: ጥሪ፣ ስብሰባ ወይም ማስታወሻ በCtrl+L ይመዝግቡ።</translation>
    </message>
    <message>
        <source>Resolve or Reopen Complaint</source>
        <translation>ቅሬታውን ፍታ ወይም እንደገና ክፈት</translation>
    </message>
    <message>
        <source>No contacts here yet.

Add one with Ctrl+N, clear the search or filter, or try the demo database: Help&#xa0;→&#xa0;Open&#xa0;Demo&#xa0;Database.</source>
        <translation>እዚህ እስካሁን እውቂያዎች የሉም።

በCtrl+N አንድ ያክሉ፣ ፍለጋውን ወይም ማጣሪያውን ያጽዱ፣ ወይም የማሳያ የውሂብ ጎታውን ይሞክሩ: እገዛ&#xa0;→&#xa0;የማሳያ&#xa0;የውሂብ&#xa0;ጎታ&#xa0;ክፈት።</translation>
    </message>
    <message>
        <source>Select a contact to see its details and history.</source>
        <translation>ዝርዝሮቹን እና ታሪኩን ለማየት እውቂያ ይምረጡ።</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>Email (%1)</source>
        <translation>ኢሜይል (%1)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation>ስልክ (%1)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>የልደት ቀን</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>አድራሻ</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>የደንበኛ ምንጭ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ኃላፊ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>መለያዎች</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>የመጨረሻ ግንኙነት</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>ቀጣይ እርምጃ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open complaint(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln ክፍት ቅሬታ&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln ክፍት ቅሬታዎች&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>ከ%1 ጀምሮ: %2</translation>
    </message>
    <message>
        <source>work</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>ሥራ</translation>
    </message>
    <message>
        <source>home</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>ቤት</translation>
    </message>
    <message>
        <source>mobile</source>
        <comment>a phone number&apos;s label</comment>
        <translation>ሞባይል</translation>
    </message>
    <message>
        <source>fax</source>
        <comment>a phone number&apos;s label</comment>
        <translation>ፋክስ</translation>
    </message>
    <message>
        <source>other</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>ሌላ</translation>
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
        <translation>የእምቅ ደንበኛ ነጥብ</translation>
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
        <translation>እውቂያን አርትዕ</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>አዲስ እውቂያ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>የመጀመሪያ ስም</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>የአባት ስም</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>Type to pick or add a company</source>
        <translation>ኩባንያ ለመምረጥ ወይም ለማከል ይጻፉ</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>የሥራ መደብ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>ሁለተኛ ኢሜይል</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+251 11 123 4567</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>ሞባይል</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>የልደት ቀን</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>አይታወቅም</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>መንገድ</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>የፖስታ ቁጥር</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ከተማ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ክልል</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>አገር</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>የደንበኛ ምንጭ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>አይታወቅም</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ኃላፊ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>መለያዎች</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, newsletter</source>
        <translation>በኮማ የተለዩ፣ ለምሳሌ vip, newsletter</translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation>በየስንት ቀኑ ይገናኙ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ቀናት</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>አስታዋሽ የለም</translation>
    </message>
    <message>
        <source>Today lists the contact when this many days pass without a call, meeting or note.</source>
        <translation>ይህን ያህል ቀናት ያለ ጥሪ፣ ስብሰባ ወይም ማስታወሻ ሲያልፉ “ዛሬ” ገጹ እውቂያውን ይዘረዝራል።</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ስም:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;ኩባንያ:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>የሥራ &amp;መደብ:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;ኢሜይል:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ስ&amp;ልክ:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>የልደት &amp;ቀን:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>መን&amp;ገድ:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;ቦታ:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;ክልል:</translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation>የደንበኛ &amp;ምንጭ:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;ኃላፊ:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>መ&amp;ለያዎች:</translation>
    </message>
    <message>
        <source>Stay in &amp;touch every:</source>
        <translation>በየስንት ቀኑ &amp;ይገናኙ:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ማስ&amp;ታወሻዎች:</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>የሕይወት ዑደት ደረጃ</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <comment>lifecycle stage</comment>
        <translation>ደ&amp;ረጃ:</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>ለምን?</translation>
    </message>
    <message>
        <source>Why is %1 disqualified?</source>
        <translation>%1 ለምን ውድቅ ተደረገ?</translation>
    </message>
    <message>
        <source>Why does %1 go back to %2?</source>
        <translation>%1 ለምን ወደ %2 ይመለሳል?</translation>
    </message>
    <message>
        <source>By the assignment rules</source>
        <translation>በምደባ ደንቦቹ</translation>
    </message>
    <message>
        <source>Nobody</source>
        <comment>no owner</comment>
        <translation>ማንም</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactFilterBar</name>
    <message>
        <source>Archived</source>
        <translation>በማህደር የተቀመጡ</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>የኃላፊ ማጣሪያ</translation>
    </message>
    <message>
        <source>Lead source filter</source>
        <translation>የደንበኛ ምንጭ ማጣሪያ</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>የመለያ ማጣሪያ</translation>
    </message>
    <message>
        <source>Last contact filter</source>
        <translation>የመጨረሻ ግንኙነት ማጣሪያ</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>ማንኛውም ግንኙነት</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>ለ%Ln ቀን ግንኙነት ያልተደረገላቸው</numerusform>
            <numerusform>ለ%Ln ቀናት ግንኙነት ያልተደረገላቸው</numerusform>
        </translation>
    </message>
    <message>
        <source>Data problem filter</source>
        <translation>የውሂብ ችግር ማጣሪያ</translation>
    </message>
    <message>
        <source>Any data</source>
        <translation>ማንኛውም ውሂብ</translation>
    </message>
    <message>
        <source>No email and no phone</source>
        <translation>ኢሜይልም ስልክም የሌላቸው</translation>
    </message>
    <message>
        <source>Email that is not one</source>
        <translation>ትክክል ያልሆነ ኢሜይል</translation>
    </message>
    <message>
        <source>Phone number not valid</source>
        <translation>ትክክል ያልሆነ ስልክ ቁጥር</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>ኃላፊ የሌላቸው</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>የደንበኛ ምንጭ የሌላቸው</translation>
    </message>
    <message>
        <source>Import filter</source>
        <translation>የማስመጣት ማጣሪያ</translation>
    </message>
    <message>
        <source>From any import</source>
        <translation>ከማንኛውም ማስመጣት</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>ሁሉም ኃላፊዎች</translation>
    </message>
    <message>
        <source>All lead sources</source>
        <translation>ሁሉም ምንጮች</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>ሁሉም መለያዎች</translation>
    </message>
    <message>
        <source>From import %1</source>
        <translation>ከማስመጣት %1</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>የደረጃ ማጣሪያ</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>ሁሉም ደረጃዎች</translation>
    </message>
    <message>
        <source>More Filters…</source>
        <translation>ተጨማሪ ማጣሪያዎች…</translation>
    </message>
    <message>
        <source>Filter by any field: a range of amounts, dates, choices, text</source>
        <translation>በማንኛውም መስክ ያጣሩ: የመጠን ወይም የቀን ክልል፣ ምርጫዎች፣ ጽሑፍ</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>ይህን ማጣሪያ አስወግድ</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>ማጣሪያውን አስወግድ: %1</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <comment>an RFM segment</comment>
        <translation>ደንበኞች: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactListModel</name>
    <message>
        <source>The contacts could not be counted.</source>
        <translation>እውቂያዎቹን መቁጠር አልተቻለም።</translation>
    </message>
    <message>
        <source>The contacts could not be searched.</source>
        <translation>በእውቂያዎቹ ውስጥ መፈለግ አልተቻለም።</translation>
    </message>
    <message>
        <source>The contacts could not be sorted.</source>
        <translation>እውቂያዎቹን መደርደር አልተቻለም።</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>የሥራ መደብ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>የደንበኛ ምንጭ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ኃላፊ</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>የመጨረሻ ግንኙነት</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>የታከለበት ቀን</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>%1 (%2), a field of your own</source>
        <comment>column header: field label, type</comment>
        <translation>%1 (%2)፣ የራስዎ መስክ</translation>
    </message>
    <message>
        <source>The customer&apos;s RFM segment, from the deals won in the last two years (Reports → Customers); empty for contacts who bought nothing in that time.</source>
        <translation>የደንበኛው የRFM ምድብ፣ ባለፉት ሁለት ዓመታት ከተሳኩ ስምምነቶች (ሪፖርቶች → ደንበኞች)፤ በዚያ ጊዜ ውስጥ ምንም ላልገዙ እውቂያዎች ባዶ ነው።</translation>
    </message>
    <message>
        <source>Segment</source>
        <comment>a customer&apos;s RFM segment</comment>
        <translation>ምድብ</translation>
    </message>
    <message>
        <source>Score</source>
        <comment>a contact&apos;s lead score</comment>
        <translation>ነጥብ</translation>
    </message>
    <message>
        <source>The lead score, 0 to 100, from the scoring rules; the card says which rules gave it.</source>
        <translation>የእምቅ ደንበኛ ነጥብ፣ ከ0 እስከ 100፣ ከነጥብ ደንቦቹ የሚገኝ፤ ካርዱ የትኞቹ ደንቦች እንደሰጡት ይናገራል።</translation>
    </message>
    <message>
        <source>The first sales territory that holds the contact&apos;s address (Settings → Territories).</source>
        <translation>የእውቂያውን አድራሻ የሚይዘው የመጀመሪያው የሽያጭ ቀጠና (ቅንብሮች → ቀጠናዎች)።</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>ቀጠና</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactPicker</name>
    <message>
        <source>Contact</source>
        <translation>እውቂያ</translation>
    </message>
    <message>
        <source>Type a name, company, email or phone</source>
        <translation>ስም፣ ኩባንያ፣ ኢሜይል ወይም ስልክ ይጻፉ</translation>
    </message>
    <message>
        <source>Several or no contacts match “%1”: pick one from the list.</source>
        <translation>ከ“%1” ጋር የሚዛመዱ ብዙ እውቂያዎች አሉ ወይም አንድም የለም: ከዝርዝሩ አንዱን ይምረጡ።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactsPage</name>
    <message>
        <source>Search contacts</source>
        <translation>እውቂያዎችን ፈልግ</translation>
    </message>
    <message>
        <source>Search names, companies, emails, phones… (Ctrl+F)</source>
        <translation>ስሞችን፣ ኩባንያዎችን፣ ኢሜይሎችን፣ ስልኮችን ፈልግ… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>እውቂያዎች</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>አምዶች</translation>
    </message>
    <message>
        <source>Change Selected</source>
        <translation>የተመረጡትን ቀይር</translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation>&amp;ኃላፊ አዘጋጅ…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>&amp;መለያ አክል…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>ወደ ማ&amp;ህደር አስገባ</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>እውቂያው ታክሏል።</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>እውቂያው ተቀምጧል።</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>በመፈለግ ላይ…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>በመደርደር ላይ…</translation>
    </message>
    <message>
        <source>%L1+ contacts, counting…</source>
        <translation>%L1+ እውቂያዎች፣ በመቁጠር ላይ…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln እውቂያ</numerusform>
            <numerusform>%Ln እውቂያዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · %Ln ተመርጧል</numerusform>
            <numerusform>%1 · %Ln ተመርጠዋል</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at most %L1 contacts for one change; filters narrow the list.</source>
        <translation>ለአንድ ለውጥ ቢበዛ %L1 እውቂያዎችን ይምረጡ፤ ማጣሪያዎች ዝርዝሩን ያጠባሉ።</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>ኃላፊ አዘጋጅ</translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>የተመረጠው %Ln እውቂያ ኃላፊ:</numerusform>
            <numerusform>የተመረጡት %Ln እውቂያዎች ኃላፊ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner “%1” set for %n contact(s).</source>
        <translation>
            <numerusform>ኃላፊ “%1” ለ%Ln እውቂያ ተዘጋጅቷል።</numerusform>
            <numerusform>ኃላፊ “%1” ለ%Ln እውቂያዎች ተዘጋጅቷል።</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>መለያ አክል</translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %Ln selected contact(s):</source>
        <translation>
            <numerusform>ለተመረጠው %Ln እውቂያ መለያ:</numerusform>
            <numerusform>ለተመረጡት %Ln እውቂያዎች መለያ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” added to %n contact(s).</source>
        <translation>
            <numerusform>መለያ “%1” ለ%Ln እውቂያ ታክሏል።</numerusform>
            <numerusform>መለያ “%1” ለ%Ln እውቂያዎች ታክሏል።</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive contacts</source>
        <translation>እውቂያዎችን ወደ ማህደር አስገባ</translation>
    </message>
    <message numerus="yes">
        <source>Archive the %Ln selected contact(s)? They leave the list and search and keep their history; File → Archive brings them back.</source>
        <translation>
            <numerusform>የተመረጠው %Ln እውቂያ ወደ ማህደር ይግባ? ከዝርዝሩ እና ከፍለጋው ይወጣል፣ ታሪኩንም ይይዛል፤ ፋይል → ማህደር መልሶ ያመጣዋል።</numerusform>
            <numerusform>የተመረጡት %Ln እውቂያዎች ወደ ማህደር ይግቡ? ከዝርዝሩ እና ከፍለጋው ይወጣሉ፣ ታሪካቸውንም ይይዛሉ፤ ፋይል → ማህደር መልሶ ያመጣቸዋል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) archived.</source>
        <translation>
            <numerusform>%Ln እውቂያ ወደ ማህደር ገብቷል።</numerusform>
            <numerusform>%Ln እውቂያዎች ወደ ማህደር ገብተዋል።</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore contact</source>
        <translation>እውቂያውን ወደነበረበት መልስ</translation>
    </message>
    <message>
        <source>Archive contact</source>
        <translation>እውቂያውን ወደ ማህደር አስገባ</translation>
    </message>
    <message>
        <source>Archive %1? The contact leaves the list and search, keeps its history, and can be restored from the “Archived” filter.</source>
        <translation>%1 ወደ ማህደር ይግባ? እውቂያው ከዝርዝሩ እና ከፍለጋው ይወጣል፣ ታሪኩን ይይዛል፣ በ“በማህደር የተቀመጡ” ማጣሪያም ወደነበረበት ሊመለስ ይችላል።</translation>
    </message>
    <message>
        <source>Deal saved; it is on the pipeline board.</source>
        <translation>ስምምነቱ ተቀምጧል፤ በሽያጭ ሂደት ሰሌዳው ላይ ይገኛል።</translation>
    </message>
    <message>
        <source>Set &amp;Stage…</source>
        <translation>&amp;ደረጃ አዘጋጅ…</translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation>ደረጃ አዘጋጅ</translation>
    </message>
    <message numerus="yes">
        <source>Stage of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>የተመረጠው %Ln እውቂያ ደረጃ:</numerusform>
            <numerusform>የተመረጡት %Ln እውቂያዎች ደረጃ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>ለምን?</translation>
    </message>
    <message>
        <source>Why do they go to %1? (Kept with each move.)</source>
        <translation>ለምን ወደ %1 ይሄዳሉ? (ከእያንዳንዱ የደረጃ ለውጥ ጋር ይቀመጣል።)</translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1” set for %Ln contact(s).</source>
        <translation>
            <numerusform>ደረጃ “%1” ለ%Ln እውቂያ ተዘጋጅቷል።</numerusform>
            <numerusform>ደረጃ “%1” ለ%Ln እውቂያዎች ተዘጋጅቷል።</numerusform>
        </translation>
    </message>
    <message>
        <source>Your fields</source>
        <translation>የራስዎ መስኮች</translation>
    </message>
    <message>
        <source>Set &amp;Field…</source>
        <translation>መስክ &amp;አዘጋጅ…</translation>
    </message>
    <message>
        <source>Set Field</source>
        <translation>መስክ አዘጋጅ</translation>
    </message>
    <message>
        <source>The contacts have no fields of your own yet: add them in Settings → Fields.</source>
        <translation>እውቂያዎቹ እስካሁን የራስዎ መስኮች የላቸውም: በቅንብሮች → መስኮች ውስጥ ያክሏቸው።</translation>
    </message>
    <message numerus="yes">
        <source>“%1” emptied for %Ln contact(s).</source>
        <translation>
            <numerusform>“%1” ለ%Ln እውቂያ ባዶ ተደርጓል።</numerusform>
            <numerusform>“%1” ለ%Ln እውቂያዎች ባዶ ተደርጓል።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” set for %Ln contact(s).</source>
        <translation>
            <numerusform>“%1” ለ%Ln እውቂያ ተዘጋጅቷል።</numerusform>
            <numerusform>“%1” ለ%Ln እውቂያዎች ተዘጋጅቷል።</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner (by hand or by the assignment rules), stage, a tag, a field or archiving for all selected contacts at once (select with Shift or Ctrl)</source>
        <translation>ለሁሉም የተመረጡ እውቂያዎች በአንድ ጊዜ ኃላፊ (በእጅ ወይም በምደባ ደንቦቹ)፣ ደረጃ፣ መለያ፣ መስክ ወይም ወደ ማህደር ማስገባት (በShift ወይም Ctrl ይምረጡ)</translation>
    </message>
    <message>
        <source>Apply Assignment &amp;Rules…</source>
        <translation>የምደባ ደንቦችን &amp;ተግብር…</translation>
    </message>
    <message>
        <source>Apply Assignment Rules</source>
        <translation>የምደባ ደንቦችን ተግብር</translation>
    </message>
    <message>
        <source>There are no assignment rules yet (or all are switched off): add them in Settings → Assignment.</source>
        <translation>እስካሁን የምደባ ደንቦች የሉም (ወይም ሁሉም ጠፍተዋል): በቅንብሮች → ምደባ ውስጥ ያክሏቸው።</translation>
    </message>
    <message numerus="yes">
        <source>No owner changes: the rules give the %Ln selected contact(s) the owners they have, or no rule holds for them.</source>
        <translation>
            <numerusform>ምንም የኃላፊ ለውጥ የለም: ደንቦቹ ለተመረጠው %Ln እውቂያ አሁን ያለውን ኃላፊ ይሰጡታል፣ ወይም የሚመለከተው ደንብ የለም።</numerusform>
            <numerusform>ምንም የኃላፊ ለውጥ የለም: ደንቦቹ ለተመረጡት %Ln እውቂያዎች አሁን ያሏቸውን ኃላፊዎች ይሰጧቸዋል፣ ወይም የሚመለከታቸው ደንብ የለም።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1: %Ln to %2</source>
        <comment>rule: 3 to Anna</comment>
        <translation>
            <numerusform>• %1: %Ln ለ%2</numerusform>
            <numerusform>• %1: %Ln ለ%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected contacts change owner:</source>
        <translation>
            <numerusform>ከተመረጡት እውቂያዎች የ%Ln እውቂያ ኃላፊ ይቀየራል:</numerusform>
            <numerusform>ከተመረጡት እውቂያዎች የ%Ln እውቂያዎች ኃላፊ ይቀየራል:</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of each says which rule gave it its owner. Ctrl+Z takes it all back.</source>
        <translation>የእያንዳንዱ ታሪክ ኃላፊውን የሰጠውን ደንብ ይጠቅሳል። Ctrl+Z ሁሉንም ይቀለብሳል።</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) got an owner from the assignment rules.</source>
        <translation>
            <numerusform>%Ln እውቂያ ከምደባ ደንቦቹ ኃላፊ አግኝቷል።</numerusform>
            <numerusform>%Ln እውቂያዎች ከምደባ ደንቦቹ ኃላፊ አግኝተዋል።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomFieldDialog</name>
    <message>
        <source>Change Field</source>
        <translation>መስክ ቀይር</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>መስክ አክል</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>e.g. Budget</source>
        <translation>ለምሳሌ በጀት</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>ቁልፍ</translation>
    </message>
    <message>
        <source>e.g. budget</source>
        <translation>ለምሳሌ budget</translation>
    </message>
    <message>
        <source>What files, imports and scripts call the field: lower-case letters a–z, digits and underscores. A CSV column with this header (or the name) fills the field.</source>
        <translation>ፋይሎች፣ ማስመጣቶች እና ስክሪፕቶች መስኩን የሚጠሩበት ስም: ትናንሽ ፊደላት a–z፣ አሃዞች እና የግርጌ መስመሮች (_)። ይህ ርዕስ (ወይም ስሙ) ያለው የCSV አምድ መስኩን ይሞላል።</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>ምርጫዎች</translation>
    </message>
    <message>
        <source>Double-click a choice to rename it: the contacts that have it keep it under its new name. Drag to put them in order.</source>
        <translation>ስሙን ለመቀየር ምርጫን ሁለቴ ጠቅ ያድርጉ: ምርጫው ያላቸው እውቂያዎች በአዲሱ ስሙ ይዘውት ይቆያሉ። ቅደም ተከተላቸውን ለመቀየር ይጎትቷቸው።</translation>
    </message>
    <message>
        <source>Add C&amp;hoice</source>
        <translation>ምርጫ &amp;አክል</translation>
    </message>
    <message>
        <source>Remo&amp;ve Choice</source>
        <translation>ምርጫ አስ&amp;ወግድ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ምንዛሬ</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>ETB</translation>
    </message>
    <message>
        <source>A value must be &amp;given</source>
        <translation>እሴት &amp;መሰጠት አለበት</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ስም:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;ቁልፍ:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;ዓይነት:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>ም&amp;ርጫዎች:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>ምን&amp;ዛሬ:</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>አዲስ ምርጫ</translation>
    </message>
    <message>
        <source>Make “%1” a field of type %2? Every value it holds converts.</source>
        <translation>“%1” የ%2 ዓይነት መስክ ይሁን? የያዛቸው እሴቶች በሙሉ ይለወጣሉ።</translation>
    </message>
    <message numerus="yes">
        <source>Make “%1” a field of type %2? %Ln value(s) cannot be converted and will be removed; the others are kept.</source>
        <translation>
            <numerusform>“%1” የ%2 ዓይነት መስክ ይሁን? %Ln እሴት ሊለወጥ ስለማይችል ይወገዳል፤ ሌሎቹ ይቀመጣሉ።</numerusform>
            <numerusform>“%1” የ%2 ዓይነት መስክ ይሁን? %Ln እሴቶች ሊለወጡ ስለማይችሉ ይወገዳሉ፤ ሌሎቹ ይቀመጣሉ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>ዓይነት ቀይር</translation>
    </message>
    <message>
        <source>The &amp;search finds its text</source>
        <translation>&amp;ፍለጋው ጽሑፉን ያገኛል</translation>
    </message>
    <message>
        <source>Typed in the contacts&apos; search box or in Search everything, a word of this field finds the contact.</source>
        <translation>በእውቂያዎቹ የፍለጋ ሳጥን ወይም በ“ሁሉንም ፈልግ” ውስጥ ሲጻፍ፣ የዚህ መስክ አንድ ቃል እውቂያውን ያገኛል።</translation>
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
        <translation>የግድ መሞላት አለበት። በፋይሎች እና በስክሪፕቶች ውስጥ ያለው ቁልፍ: %1</translation>
    </message>
    <message>
        <source>Key in files and scripts: %1</source>
        <translation>በፋይሎች እና በስክሪፕቶች ውስጥ ያለው ቁልፍ: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>አልተወሰነም</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no choice made</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;ዝርዝሮች</translation>
    </message>
    <message>
        <source>&amp;More fields</source>
        <translation>ተ&amp;ጨማሪ መስኮች</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomersReportView</name>
    <message>
        <source>Show</source>
        <translation>አሳይ</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>በምድብ</translation>
    </message>
    <message>
        <source>Recency by frequency</source>
        <translation>ቅርበት በድግግሞሽ</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ደንበኞች</translation>
    </message>
    <message>
        <source>Customers in each segment</source>
        <translation>በእያንዳንዱ ምድብ ያሉ ደንበኞች</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>ደንበኞች</translation>
    </message>
    <message>
        <source>No deal in %1 was won in the two years to %2: customers appear here once deals are won.</source>
        <translation>እስከ %2 ባሉት ሁለት ዓመታት በ%1 የተሳካ ስምምነት የለም: ስምምነቶች ሲሳኩ ደንበኞች እዚህ ይታያሉ።</translation>
    </message>
    <message>
        <source>Customers: contacts with a deal won in the two years up to the period&apos;s last day (today while the period runs), in the default currency. Recency: days since the last won deal; frequency: won deals; monetary: their sum. Each is scored 1 to 5 by the share of customers at or below it (for recency: with a last deal as old or older), so that the most recent, most frequent and biggest score 5 and ties share a score.</source>
        <translation>ደንበኞች: እስከ ጊዜው የመጨረሻ ቀን (ጊዜው በሂደት ላይ እያለ እስከ ዛሬ) ባሉት ሁለት ዓመታት በነባሪው ምንዛሬ የተሳካ ስምምነት ያላቸው እውቂያዎች። ቅርበት: ከመጨረሻው የተሳካ ስምምነት ወዲህ ያሉ ቀናት፤ ድግግሞሽ: የተሳኩ ስምምነቶች ብዛት፤ የገንዘብ መጠን: ድምራቸው። እያንዳንዱ ከ1 እስከ 5 ነጥብ የሚያገኘው በዚያ እሴት ላይ ወይም ከዚያ በታች ባሉ ደንበኞች ድርሻ ነው (ለቅርበት: የመጨረሻ ስምምነታቸው እኩል ወይም የበለጠ የቆየ)፤ በዚህም በጣም የቅርብ፣ በጣም ተደጋጋሚ እና ትልቁ 5 ያገኛሉ፣ እኩል እሴት ያላቸውም አንድ ነጥብ ይጋራሉ።</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>ምድብ</translation>
    </message>
    <message>
        <source>Customer segments by their recency (R) and frequency (F) scores.</source>
        <translation>የደንበኛ ምድቦች በቅርበት (R) እና በድግግሞሽ (F) ነጥቦቻቸው።</translation>
    </message>
    <message>
        <source>Customers in the segment.</source>
        <translation>በምድቡ ውስጥ ያሉ ደንበኞች።</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>of the customers</comment>
        <translation>ድርሻ</translation>
    </message>
    <message>
        <source>The segment&apos;s share of all customers.</source>
        <translation>ምድቡ ከሁሉም ደንበኞች ያለው ድርሻ።</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>ገቢ</translation>
    </message>
    <message>
        <source>The won deals of the segment&apos;s customers in the two years, in the default currency.</source>
        <translation>የምድቡ ደንበኞች በሁለቱ ዓመታት የተሳኩ ስምምነቶች፣ በነባሪው ምንዛሬ።</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>የገቢ ድርሻ</translation>
    </message>
    <message>
        <source>The segment&apos;s share of the revenue.</source>
        <translation>ምድቡ ከገቢው ያለው ድርሻ።</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>ነጥቦች</translation>
    </message>
    <message>
        <source>Which recency and frequency scores make the segment.</source>
        <translation>ምድቡን የሚወስኑት የቅርበት እና የድግግሞሽ ነጥቦች።</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>ቅርበት</translation>
    </message>
    <message>
        <source>R 5: the most recent fifth of the customers; R 1: the longest ago.</source>
        <translation>R 5: በጣም በቅርቡ የገዙት አንድ አምስተኛ ደንበኞች፤ R 1: ከሁሉም ቀድመው የገዙት።</translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>Customers whose frequency score is %1 (5: the most won deals), and the revenue they brought; the tooltip gives their segment.</source>
        <translation>የድግግሞሽ ነጥባቸው %1 የሆኑ ደንበኞች (5: ብዙ የተሳኩ ስምምነቶች)፣ እና ያስገኙት ገቢ፤ መጠቆሚያ ጽሑፉ ምድባቸውን ያሳያል።</translation>
    </message>
    <message>
        <source>R 5 (most recent)</source>
        <translation>R 5 (በጣም የቅርብ)</translation>
    </message>
    <message>
        <source>R 1 (longest ago)</source>
        <translation>R 1 (በጣም የቆየ)</translation>
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
        <translation>ደንበኞች: %1</translation>
    </message>
    <message>
        <source>Customers with R %1 and F %2 (%3)</source>
        <translation>R %1 እና F %2 ያላቸው ደንበኞች (%3)</translation>
    </message>
    <message>
        <source>Customers with R %1</source>
        <translation>R %1 ያላቸው ደንበኞች</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; customer(s) in the two years to %1 brought &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; in “%4” or “%5”</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ደንበኛ እስከ %1 ባሉት ሁለት ዓመታት &lt;b&gt;%2&lt;/b&gt; አስገኘ · &lt;b&gt;%3&lt;/b&gt; በ“%4” ወይም በ“%5”</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ደንበኞች እስከ %1 ባሉት ሁለት ዓመታት &lt;b&gt;%2&lt;/b&gt; አስገኙ · &lt;b&gt;%3&lt;/b&gt; በ“%4” ወይም በ“%5”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln won deal(s) in other currencies left out</source>
        <translation>
            <numerusform>%1 · በሌሎች ምንዛሬዎች ያለ %Ln የተሳካ ስምምነት አልተካተተም</numerusform>
            <numerusform>%1 · በሌሎች ምንዛሬዎች ያሉ %Ln የተሳኩ ስምምነቶች አልተካተቱም</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln customer(s) · %2</source>
        <translation>
            <numerusform>%1 · %Ln ደንበኛ · %2</numerusform>
            <numerusform>%1 · %Ln ደንበኞች · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::DailyBackup</name>
    <message>
        <source>Daily backup saved in %1.</source>
        <translation>ዕለታዊ ምትኬ በ%1 ውስጥ ተቀምጧል።</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>ዕለታዊ ምትኬው አልተሳካም: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DataHealthDialog</name>
    <message>
        <source>Data Health</source>
        <translation>የውሂብ ጤንነት</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ወራት</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>ፍተሻ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>እውቂያዎች</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>ትርጉሙ</translation>
    </message>
    <message>
        <source>&amp;Show on the Contacts Page</source>
        <translation>በእውቂያዎች ገጽ ላይ &amp;አሳይ</translation>
    </message>
    <message>
        <source>&amp;Inactive after:</source>
        <translation>ከዚህ ጊዜ በኋላ &amp;ንቁ እንዳልሆነ ይቆጠራል:</translation>
    </message>
    <message>
        <source>On the Contacts page, Ctrl+A selects them all and Change Selected sets an owner, a status or a tag, or archives them.</source>
        <translation>በእውቂያዎች ገጽ ላይ Ctrl+A ሁሉንም ይመርጣል፣ “የተመረጡትን ቀይር” ደግሞ ኃላፊ፣ ሁኔታ ወይም መለያ ያዘጋጃል፣ ወይም ወደ ማህደር ያስገባቸዋል።</translation>
    </message>
    <message>
        <source>Checking the contacts…</source>
        <translation>እውቂያዎቹን በመፈተሽ ላይ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DatabaseDamageDialog</name>
    <message>
        <source>The Database Is Damaged</source>
        <translation>የውሂብ ጎታው ተበላሽቷል</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kontor found damage in this database.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontor በዚህ የውሂብ ጎታ ውስጥ ብልሽት አግኝቷል።&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A bad disk sector or a copy cut short can do this. What is saved from now on may be lost with the damaged part, and the daily backup will not copy a damaged file. Choose how to go on:</source>
        <translation>የተበላሸ የዲስክ ክፍል ወይም በመሃል የተቋረጠ ቅጂ ይህን ሊያስከትል ይችላል። ከአሁን በኋላ የሚያስቀምጡት ከተበላሸው ክፍል ጋር ሊጠፋ ይችላል፣ ዕለታዊው ምትኬም የተበላሸ ፋይል አይቀዳም። እንዴት እንደሚቀጥሉ ይምረጡ፦</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>ምትኬ መልስ (&amp;R)…</translation>
    </message>
    <message>
        <source>Puts the newest backup made before the damage in place of this file; the dialog shows when each was made, so you see what would be lost since.</source>
        <translation>ከብልሽቱ በፊት የተሰራውን አዲሱን ምትኬ በዚህ ፋይል ቦታ ያስቀምጣል፤ እያንዳንዱ መቼ እንደተሰራ መስኮቱ ያሳያል፣ ስለዚህ ከዚያ ወዲህ የሚጠፋውን ያያሉ።</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>የዚህ የውሂብ ጎታ ምትኬ እስካሁን የለም።</translation>
    </message>
    <message>
        <source>&amp;Save What Can Be Read…</source>
        <translation>የሚነበበውን አድን (&amp;S)…</translation>
    </message>
    <message>
        <source>Copies every row that can still be read into a new file and opens it; this file stays as it is.</source>
        <translation>አሁንም የሚነበበውን እያንዳንዱን ረድፍ ወደ አዲስ ፋይል ቀድቶ ይከፍተዋል፤ ይህ ፋይል እንዳለ ይቆያል።</translation>
    </message>
    <message>
        <source>Read &amp;Only</source>
        <translation>ለንባብ ብቻ (&amp;O)</translation>
    </message>
    <message>
        <source>Keeps this file open to look things up, and changes nothing in it.</source>
        <translation>ይህን ፋይል ለመመልከት ክፍት ያደርጋል፣ በውስጡ ምንም አይቀይርም።</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>ሥራ ቀጥል (&amp;K)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DatabaseProblemDialog</name>
    <message>
        <source>Kontor cannot open this database</source>
        <translation>Kontor ይህን የውሂብ ጎታ መክፈት አይችልም</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>ሌላ ፋይል &amp;ክፈት…</translation>
    </message>
    <message>
        <source>&amp;Create New Database…</source>
        <translation>አዲስ የውሂብ ጎታ &amp;ፍጠር…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;ውጣ</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>የውሂብ ጎታ ክፈት</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite *.db);;All files (*)</source>
        <translation>የKontor የውሂብ ጎታዎች (*.sqlite *.db);;ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>አዲስ የውሂብ ጎታ</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>የKontor የውሂብ ጎታዎች (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealCardModel</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>በደረጃው %Ln ቀን</numerusform>
            <numerusform>በደረጃው %Ln ቀናት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in the stage, on a narrow card</comment>
        <translation>
            <numerusform>%Ln ቀ</numerusform>
            <numerusform>%Ln ቀ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln ቀን</numerusform>
            <numerusform>%Ln ቀናት</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1፣ %2፣ %3፣ %4</translation>
    </message>
    <message>
        <source>, stale</source>
        <translation>፣ የቆመ</translation>
    </message>
    <message>
        <source>, expected to close %1</source>
        <translation>፣ በ%1 ይዘጋል ተብሎ ይጠበቃል</translation>
    </message>
    <message>
        <source>, lost: %1</source>
        <translation>፣ የከሸፈ: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealDialog</name>
    <message>
        <source>Edit Deal</source>
        <translation>ስምምነትን አርትዕ</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>አዲስ ስምምነት</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal</comment>
        <translation>ርዕስ</translation>
    </message>
    <message>
        <source>What is sold, e.g. 40 office chairs</source>
        <translation>የሚሸጠው፣ ለምሳሌ 40 የቢሮ ወንበሮች</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ምንዛሬ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation>ስምምነቱ የከሸፈበት ምክንያት</translation>
    </message>
    <message>
        <source>e.g. price too high, chose a competitor</source>
        <translation>ለምሳሌ ዋጋው በጣም ከፍተኛ ነው፣ ተፎካካሪ ድርጅት መርጠዋል</translation>
    </message>
    <message>
        <source>Lost &amp;because:</source>
        <translation>የከሸፈበት ም&amp;ክንያት:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ኃላፊ</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>የደንበኛ ምንጭ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>አይታወቅም</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>የሚጠበቀው መዝጊያ ቀን</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>አልተወሰነም</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;ርዕስ:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;እውቂያ:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;መጠን:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;ደረጃ:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;ኃላፊ:</translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation>የደንበኛ ም&amp;ንጭ:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>የሚጠበቀው መ&amp;ዝጊያ ቀን:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;ማስታወሻዎች:</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>“%1” በ%2 ትክክለኛ መጠን አይደለም።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealTableModel</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (የቆመ)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ስምምነት</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>እውቂያ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>በደረጃው ያሉ ቀናት</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ኃላፊ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>የሚጠበቀው መዝጊያ ቀን</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DerivedDataKeeper</name>
    <message>
        <source>The customers&apos; segments and the scores could not be read.</source>
        <translation>የደንበኞቹን ምድቦች እና ነጥቦቹን ማንበብ አልተቻለም።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DuplicatesDialog</name>
    <message>
        <source>First name</source>
        <translation>የመጀመሪያ ስም</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>የአባት ስም</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>የሥራ መደብ</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>የልደት ቀን</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>አድራሻ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ኃላፊ</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>የደንበኛ ምንጭ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>ተደጋጋሚዎችን ፈልግ</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;እውቂያዎች</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;ኩባንያዎች</translation>
    </message>
    <message>
        <source>&amp;Find Duplicates</source>
        <translation>ተደጋጋሚዎችን &amp;ፈልግ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>እርግጠኝነት</translation>
    </message>
    <message>
        <source>First</source>
        <translation>የመጀመሪያው</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>ሁለተኛው</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ለምን</translation>
    </message>
    <message>
        <source>Keep the fi&amp;rst</source>
        <translation>&amp;የመጀመሪያውን አቆይ</translation>
    </message>
    <message>
        <source>Keep the &amp;second</source>
        <translation>&amp;ሁለተኛውን አቆይ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>መስክ</translation>
    </message>
    <message>
        <source>The two records of the pair chosen above show here, side by side.</source>
        <translation>ከላይ የተመረጠው ጥንድ ሁለቱ መዝገቦች እዚህ ጎን ለጎን ይታያሉ።</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;አዋህድ</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation>&amp;ተደጋጋሚ አይደሉም</translation>
    </message>
    <message>
        <source>Click the value to keep in each row. Emails, phone numbers and tags of both are kept; the calls, meetings, deals and reminders of both end up with the record kept.</source>
        <translation>በእያንዳንዱ ረድፍ የሚቆየውን እሴት ጠቅ ያድርጉ። የሁለቱም ኢሜይሎች፣ ስልክ ቁጥሮች እና መለያዎች ይቆያሉ፤ የሁለቱም ጥሪዎች፣ ስብሰባዎች፣ ስምምነቶች እና አስታዋሾች ወደሚቆየው መዝገብ ይሄዳሉ።</translation>
    </message>
    <message>
        <source>Press Find Duplicates to look for contacts entered twice.</source>
        <translation>ሁለት ጊዜ የገቡ እውቂያዎችን ለማግኘት “ተደጋጋሚዎችን ፈልግ”ን ይጫኑ።</translation>
    </message>
    <message>
        <source>Press Find Duplicates to look for companies entered twice.</source>
        <translation>ሁለት ጊዜ የገቡ ኩባንያዎችን ለማግኘት “ተደጋጋሚዎችን ፈልግ”ን ይጫኑ።</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>ተደጋጋሚዎችን በመፈለግ ላይ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>No pairs to look at: none were found, or each one was merged or set aside.</source>
        <translation>የሚታዩ ጥንዶች የሉም: ምንም አልተገኘም፣ ወይም እያንዳንዱ ተዋህዷል ወይም ወደ ጎን ተቀምጧል።</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>ምንም ተደጋጋሚ አልተገኘም።</translation>
    </message>
    <message>
        <source>%1 pairs; the %2 most certain are listed.</source>
        <translation>%1 ጥንዶች፤ በጣም እርግጠኛ የሆኑት %2 ተዘርዝረዋል።</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s).</source>
        <translation>
            <numerusform>%Ln ጥንድ።</numerusform>
            <numerusform>%Ln ጥንዶች።</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ድረ-ገጽ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ከተማ</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ኢሜይሎች</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>ስልኮች</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>መለያዎች</translation>
    </message>
    <message>
        <source>Making a backup before merging…</source>
        <translation>ከማዋሃድ በፊት ምትኬ በመስራት ላይ…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>አዋህድ</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was merged: %1</source>
        <translation>ምትኬ መስራት ስላልተቻለ ምንም አልተዋሃደም: %1</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>እውቂያዎችን አዋህድ</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>ኩባንያዎችን አዋህድ</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n pair(s) left.</source>
        <translation>
            <numerusform>ተዋህዷል። %Ln ጥንድ ቀርቷል።</numerusform>
            <numerusform>ተዋህዷል። %Ln ጥንዶች ቀርተዋል።</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Duplicates</source>
        <translation>ተደጋጋሚ አይደሉም</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>ደረጃ</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldConditionEditor</name>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>የሥራ መደብ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ከተማ</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>part of a country</comment>
        <translation>ክልል</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>የፖስታ ቁጥር</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>የታከለበት ቀን</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>የመጨረሻ ግንኙነት</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>የእምቅ ደንበኛ ነጥብ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>የደንበኛ ምንጭ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>አገር</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>መለያ</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>እስከ</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range of values: 10 to 20</comment>
        <translation>እስከ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>አዎ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>አይ</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;መስክ:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;ንጽጽር:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;እሴት:</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>መካከል ነው</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ቢያንስ</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ቢበዛ</translation>
    </message>
    <message>
        <source>is</source>
        <comment>a value equals</comment>
        <translation>እኩል ነው</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>ከቀኑ ጀምሮ</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>እስከ ቀኑ ድረስ</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>በቀኑ</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>ከእነዚህ አንዱ ነው</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ከእነዚህ አንዱም አይደለም</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>ይይዛል</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>እኩል አይደለም</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ባዶ ነው</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ባዶ አይደለም</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>መጠን (%1)</translation>
    </message>
    <message>
        <source>the field&apos;s currency</source>
        <translation>የመስኩ ምንዛሬ</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>ቁጥር ይጻፉ።</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ባዶ ነው</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 ባዶ አይደለም</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 በ%2</translation>
    </message>
    <message>
        <source>%1 on or after %2</source>
        <translation>%1 ከ%2 ጀምሮ</translation>
    </message>
    <message>
        <source>%1 on or before %2</source>
        <translation>%1 እስከ %2</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>መጨረሻው ከመጀመሪያው በፊት ነው።</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 ከ%2 እስከ %3</translation>
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
        <translation>ቢያንስ አንድ ምርጫ ምልክት ያድርጉ።</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the choices of a filter</comment>
        <translation>፣ </translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 ከ%2 አንዱም አይደለም</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ከ%2 አንዱ ነው</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>የሚፈለገውን ይጻፉ።</translation>
    </message>
    <message>
        <source>%1 is “%2”</source>
        <translation>%1 “%2” ነው</translation>
    </message>
    <message>
        <source>%1 is not “%2”</source>
        <translation>%1 “%2” አይደለም</translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <translation>%1 “%2”ን ይይዛል</translation>
    </message>
    <message>
        <source>%1 (company)</source>
        <comment>a field of the contact&apos;s company: Industry (company)</comment>
        <translation>%1 (ኩባንያ)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ዘርፍ</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>ቀጠና</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldFilterDialog</name>
    <message>
        <source>Filter by Field</source>
        <translation>በመስክ አጣራ</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;አጣራ</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldSettingsPage</name>
    <message>
        <source>Fields of</source>
        <translation>መስኮች ለ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>እውቂያዎች</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>ኩባንያዎች</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ስምምነቶች</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>በማህደር ያሉትንም አ&amp;ሳይ</translation>
    </message>
    <message>
        <source>Your fields</source>
        <translation>የራስዎ መስኮች</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>ቁልፍ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>የግድ</translation>
    </message>
    <message>
        <source>&amp;Add Field…</source>
        <translation>መስክ አ&amp;ክል…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;ቀይር…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>ወደ &amp;ላይ</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>ወደ &amp;ታች</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>ወደ ማ&amp;ህደር አስገባ</translation>
    </message>
    <message>
        <source>Add &amp;Qualification Fields</source>
        <translation>የ&amp;ብቃት መስኮችን አክል</translation>
    </message>
    <message>
        <source>Budget, Need, Timeline, Decision maker, Authority, Competitors, Objections and Lead status, for contacts: ordinary fields afterwards, to change or archive.</source>
        <translation>በጀት፣ ፍላጎት፣ የጊዜ ሰሌዳ፣ ውሳኔ ሰጪ፣ የውሳኔ ሥልጣን፣ ተፎካካሪዎች፣ ተቃውሞዎች እና የእምቅ ደንበኛ ሁኔታ፣ ለእውቂያዎች: ከዚያ በኋላ እንደ ማንኛውም መስክ ሊቀየሩ ወይም ወደ ማህደር ሊገቡ ይችላሉ።</translation>
    </message>
    <message>
        <source>Fields &amp;of:</source>
        <translation>መስኮች &amp;ለ:</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (በማህደር)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>አዎ</translation>
    </message>
    <message>
        <source>Resto&amp;re</source>
        <translation>ወደነበረበት መ&amp;ልስ</translation>
    </message>
    <message>
        <source>A contact&apos;s own fields are on the “More fields” page of its dialog and on its card; scripts reach them by key (kontor-cli field, contact --set, contacts --where). Archiving hides a field and keeps its values.</source>
        <translation>የእውቂያ የራስ መስኮች በመገናኛው “ተጨማሪ መስኮች” ገጽ ላይ እና በካርዱ ላይ ይገኛሉ፤ ስክሪፕቶች በቁልፍ ይደርሱባቸዋል (kontor-cli field፣ contact --set፣ contacts --where)። ወደ ማህደር ማስገባት መስክን ይደብቃል፣ እሴቶቹንም ይይዛል።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ForecastReportView</name>
    <message>
        <source>Expected close</source>
        <translation>የሚጠበቀው መዝጊያ ቀን</translation>
    </message>
    <message>
        <source>The month the deals are expected to close; overdue months come first.</source>
        <translation>ስምምነቶቹ ይዘጋሉ ተብሎ የሚጠበቅበት ወር፤ ጊዜው ያለፈባቸው ወራት መጀመሪያ ይመጣሉ።</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>የሽያጭ ሠራተኛ</translation>
    </message>
    <message>
        <source>The deals&apos; owner.</source>
        <translation>የስምምነቶቹ ኃላፊ።</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ስምምነቶች</translation>
    </message>
    <message>
        <source>Open deals expected to close in the month.</source>
        <translation>በወሩ ውስጥ ይዘጋሉ ተብለው የሚጠበቁ ክፍት ስምምነቶች።</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Their amounts.</source>
        <translation>መጠኖቻቸው።</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>የተመዘነ</translation>
    </message>
    <message>
        <source>Their amounts times the probability of their stage.</source>
        <translation>መጠኖቻቸው በደረጃቸው የስኬት ዕድል ሲባዙ።</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ጊዜው ያለፈ</translation>
    </message>
    <message>
        <source>Deals whose expected close date has passed while they are still open.</source>
        <translation>አሁንም ክፍት ሆነው የሚጠበቀው መዝጊያ ቀናቸው ያለፈባቸው ስምምነቶች።</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>ቀን የሌለው</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ማንም)</translation>
    </message>
    <message>
        <source>Open deals by expected close</source>
        <translation>ክፍት ስምምነቶች በሚጠበቀው መዝጊያ ቀን</translation>
    </message>
    <message>
        <source>No open deals: add one with Ctrl+Shift+N and give it an expected close date.</source>
        <translation>ክፍት ስምምነቶች የሉም: በCtrl+Shift+N አንድ ያክሉ እና የሚጠበቅ መዝጊያ ቀን ይስጡት።</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; open deal(s) are past their expected close date.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ክፍት ስምምነት የሚጠበቀው መዝጊያ ቀኑን አልፏል።</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; ክፍት ስምምነቶች የሚጠበቀው መዝጊያ ቀናቸውን አልፈዋል።</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deal is past its expected close date.</source>
        <translation>የሚጠበቀው መዝጊያ ቀኑን ያለፈ ክፍት ስምምነት የለም።</translation>
    </message>
    <message>
        <source>Open deals expected in %1</source>
        <translation>በ%1 የሚጠበቁ ክፍት ስምምነቶች</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FunnelReportView</name>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>The stages in the order of the pipeline.</source>
        <translation>ደረጃዎቹ በሽያጭ ሂደቱ ቅደም ተከተል።</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>የደረሱ</translation>
    </message>
    <message>
        <source>Deals that first reached the stage in the period (a deal that skipped it is not counted; one that came back is counted once).</source>
        <translation>በዚህ ጊዜ ውስጥ ደረጃውን ለመጀመሪያ ጊዜ የደረሱ ስምምነቶች (ደረጃውን የዘለለ ስምምነት አይቆጠርም፤ ተመልሶ የመጣ አንድ ጊዜ ብቻ ይቆጠራል)።</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>የቀጠሉ</translation>
    </message>
    <message>
        <source>Of those, the deals that have gone on to a later stage other than Lost.</source>
        <translation>ከእነዚህ ውስጥ ከ“የከሸፈ” ውጭ ወደ ቀጣይ ደረጃ የቀጠሉት ስምምነቶች።</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>የሽግግር መጠን</translation>
    </message>
    <message>
        <source>Went on ÷ reached.</source>
        <translation>የቀጠሉ ÷ የደረሱ።</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ዋጋ</translation>
    </message>
    <message>
        <source>The amounts of the deals that reached the stage.</source>
        <translation>ደረጃውን የደረሱ ስምምነቶች መጠኖች።</translation>
    </message>
    <message>
        <source>Days to go on</source>
        <translation>ለመቀጠል የፈጀው አማካይ ቀን</translation>
    </message>
    <message>
        <source>Average days those that went on took to, from first reaching the stage.</source>
        <translation>የቀጠሉት ስምምነቶች ደረጃውን ለመጀመሪያ ጊዜ ከደረሱበት ጀምሮ ለመቀጠል የፈጀባቸው አማካይ ቀናት።</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ስምምነቶች</translation>
    </message>
    <message>
        <source>Deals reaching each stage</source>
        <translation>እያንዳንዱን ደረጃ የደረሱ ስምምነቶች</translation>
    </message>
    <message>
        <source>deals</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>ስምምነቶች</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; deals created · &lt;b&gt;%2&lt;/b&gt; won (%3) · &lt;b&gt;%4&lt;/b&gt; lost · win rate &lt;b&gt;%5&lt;/b&gt; · from created to won &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ስምምነቶች ተፈጥረዋል · &lt;b&gt;%2&lt;/b&gt; ተሳክተዋል (%3) · &lt;b&gt;%4&lt;/b&gt; ከሽፈዋል · የስኬት መጠን &lt;b&gt;%5&lt;/b&gt; · ከመፈጠር እስከ ስኬት &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No deal moved in this period: add deals with Ctrl+Shift+N and move them on the pipeline, or choose a longer period.</source>
        <translation>በዚህ ጊዜ ውስጥ የተዛወረ ስምምነት የለም: በCtrl+Shift+N ስምምነቶችን ያክሉ እና በሽያጭ ሂደቱ ላይ ያዛውሯቸው፣ ወይም ረዘም ያለ ጊዜ ይምረጡ።</translation>
    </message>
    <message>
        <source>Win rate: won ÷ (won + lost) in the period. From created to won: deals won in the period ÷ deals created in it.</source>
        <translation>የስኬት መጠን: የተሳኩ ÷ (የተሳኩ + የከሸፉ) በዚህ ጊዜ ውስጥ። ከመፈጠር እስከ ስኬት: በዚህ ጊዜ ውስጥ የተሳኩ ስምምነቶች ÷ በዚሁ ጊዜ የተፈጠሩ ስምምነቶች።</translation>
    </message>
    <message>
        <source>Deals that reached “%1”</source>
        <translation>“%1”ን የደረሱ ስምምነቶች</translation>
    </message>
</context>
<context>
    <name>kontor::ui::GlobalSearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>ሁሉንም ፈልግ</translation>
    </message>
    <message>
        <source>Names, companies, emails, phones, notes…</source>
        <translation>ስሞች፣ ኩባንያዎች፣ ኢሜይሎች፣ ስልኮች፣ ማስታወሻዎች…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>የፍለጋ ውጤቶች</translation>
    </message>
    <message>
        <source>Type to search; Enter opens the highlighted result.</source>
        <translation>ለመፈለግ ይጻፉ፤ Enter የደመቀውን ውጤት ይከፍታል።</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>እውቂያዎች</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>ኩባንያዎች</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ስምምነቶች</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>ለ“%1” ምንም አልተገኘም።</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s); Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%Ln ውጤት፤ Enter የደመቀውን ይከፍታል።</numerusform>
            <numerusform>%Ln ውጤቶች፤ Enter የደመቀውን ይከፍታል።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>የማስመጣት ታሪክ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>የተፈጠሩ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>የተዘመኑ</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>የተዋሃዱ</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>የተዘለሉ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ውድቅ የተደረጉ</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>የተቀለበሰ</translation>
    </message>
    <message>
        <source>No imports yet: File → Import Contacts… (Ctrl+Shift+I) brings in a spreadsheet or a vCard file, and each import can be undone here.</source>
        <translation>እስካሁን ምንም ማስመጣት የለም: ፋይል → እውቂያዎችን አስመጣ… (Ctrl+Shift+I) የተመን ሉህ ወይም የvCard ፋይል ያስመጣል፣ እያንዳንዱ ማስመጣትም እዚህ ሊቀለበስ ይችላል።</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>ማስመጣቱን &amp;ቀልብስ…</translation>
    </message>
    <message>
        <source>Undoing an import removes the contacts it created (those with calls, deals or reminders logged since are archived instead) and puts back the ones it changed.</source>
        <translation>ማስመጣትን መቀልበስ የፈጠራቸውን እውቂያዎች ያስወግዳል (ከዚያ በኋላ ጥሪዎች፣ ስምምነቶች ወይም አስታዋሾች የተመዘገቡላቸው በምትኩ ወደ ማህደር ይገባሉ)፣ የቀየራቸውንም ወደነበሩበት ይመልሳል።</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>ማስመጣቱን ቀልብስ</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>የ“%1” ማስመጣት ይቀልበስ? የፈጠረው %Ln እውቂያ ይወገዳል፣ የቀየራቸውም ወደነበሩበት ይመለሳሉ።</numerusform>
            <numerusform>የ“%1” ማስመጣት ይቀልበስ? የፈጠራቸው %Ln እውቂያዎች ይወገዳሉ፣ የቀየራቸውም ወደነበሩበት ይመለሳሉ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>ማስመጣቱን በመቀልበስ ላይ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>%1 contacts removed, %2 put back as they were, %3 archived (they have history logged since).</source>
        <translation>%1 እውቂያዎች ተወግደዋል፣ %2 ወደነበሩበት ተመልሰዋል፣ %3 ወደ ማህደር ገብተዋል (ከዚያ በኋላ የተመዘገበ ታሪክ አላቸው)።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>ማስመጣቱ ተጠናቋል</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>መስመር</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ለምን</translation>
    </message>
    <message>
        <source>&amp;Show the Imported Contacts</source>
        <translation>የመጡትን እውቂያዎች &amp;አሳይ</translation>
    </message>
    <message>
        <source>The Contacts page, filtered to what this import created or changed</source>
        <translation>በዚህ ማስመጣት የተፈጠሩትን ወይም የተቀየሩትን ብቻ እንዲያሳይ የተጣራው የእውቂያዎች ገጽ</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>ይህን ማስመጣት &amp;ቀልብስ…</translation>
    </message>
    <message>
        <source>Removes what it created and puts back what it changed; File → Import History can do it later too</source>
        <translation>የፈጠረውን ያስወግዳል፣ የቀየረውንም ወደነበረበት ይመልሳል፤ ፋይል → የማስመጣት ታሪክ በኋላም ሊያደርገው ይችላል</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>ፋይል: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; created · &lt;b&gt;%2&lt;/b&gt; updated · &lt;b&gt;%3&lt;/b&gt; merged · &lt;b&gt;%4&lt;/b&gt; skipped as duplicates · &lt;b&gt;%5&lt;/b&gt; rejected, of %6 rows; %7 kept with a warning (see their notes).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ተፈጥረዋል · &lt;b&gt;%2&lt;/b&gt; ተዘምነዋል · &lt;b&gt;%3&lt;/b&gt; ተዋህደዋል · &lt;b&gt;%4&lt;/b&gt; እንደ ተደጋጋሚ ተዘልለዋል · &lt;b&gt;%5&lt;/b&gt; ውድቅ ተደርገዋል፣ ከ%6 ረድፎች፤ %7 በማስጠንቀቂያ ተቀምጠዋል (ማስታወሻዎቻቸውን ይመልከቱ)።</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>ውድቅ የተደረገ ረድፍ የለም።</translation>
    </message>
    <message>
        <source>Rejected rows, with why: fix them in the file and import it again (the rows already there are found as duplicates).</source>
        <translation>ውድቅ የተደረጉ ረድፎች ከምክንያታቸው ጋር: በፋይሉ ውስጥ ያስተካክሏቸው እና ፋይሉን እንደገና ያስመጡ (አስቀድመው ያሉት ረድፎች እንደ ተደጋጋሚ ይገኛሉ)።</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>የ“%1” ማስመጣት ይቀልበስ? የፈጠረው %Ln እውቂያ ይወገዳል፣ የቀየራቸውም ወደነበሩበት ይመለሳሉ።</numerusform>
            <numerusform>የ“%1” ማስመጣት ይቀልበስ? የፈጠራቸው %Ln እውቂያዎች ይወገዳሉ፣ የቀየራቸውም ወደነበሩበት ይመለሳሉ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n records it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>የ“%1” ማስመጣት ይቀልበስ? የፈጠረው %Ln መዝገብ ይወገዳል፣ የቀየራቸውም ወደነበሩበት ይመለሳሉ።</numerusform>
            <numerusform>የ“%1” ማስመጣት ይቀልበስ? የፈጠራቸው %Ln መዝገቦች ይወገዳሉ፣ የቀየራቸውም ወደነበሩበት ይመለሳሉ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo This Import</source>
        <translation>ይህን ማስመጣት ቀልብስ</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>ማስመጣቱን በመቀልበስ ላይ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Taken back: %1 removed, %2 put back as they were, %3 archived (they have history logged since).</source>
        <translation>ተቀልብሷል: %1 ተወግደዋል፣ %2 ወደነበሩበት ተመልሰዋል፣ %3 ወደ ማህደር ገብተዋል (ከዚያ በኋላ የተመዘገበ ታሪክ አላቸው)።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>እውቂያዎችን አስመጣ</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;አስመጣ</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;ጨርስ</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation>እውቂያዎች (*.csv *.txt *.tsv *.vcf *.vcard);;ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows here.</source>
        <translation>የመጀመሪያ ረድፎቹን እዚህ ለማየት ፋይል ይምረጡ።</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1”ን ማንበብ አልተቻለም: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message numerus="yes">
        <source>A vCard address book with %n contacts.</source>
        <translation>
            <numerusform>%Ln እውቂያ ያለው የvCard አድራሻ ደብተር።</numerusform>
            <numerusform>%Ln እውቂያዎች ያሉት የvCard አድራሻ ደብተር።</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>ፋይሉ ምንም ረድፍ አልያዘም።</translation>
    </message>
    <message numerus="yes">
        <source>%1, fields separated by: %2. %n columns.</source>
        <translation>
            <numerusform>%1፣ መስኮቹ የተለዩት በ: %2። %Ln አምድ።</numerusform>
            <numerusform>%1፣ መስኮቹ የተለዩት በ: %2። %Ln አምዶች።</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows to show.</source>
        <translation>ፋይሉ የሚታዩ ረድፎች የሉትም።</translation>
    </message>
    <message>
        <source>The file holds no vCards.</source>
        <translation>ፋይሉ ምንም vCard አልያዘም።</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>አምድ %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>አታስመጣ</translation>
    </message>
    <message>
        <source>No preset fits these columns: choose their fields below</source>
        <translation>ከእነዚህ አምዶች ጋር የሚስማማ ቅድመ-ቅንብር የለም: መስኮቻቸውን ከታች ይምረጡ</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>እንደ ቅድመ-ቅንብር አስቀምጥ</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>እያንዳንዱን ረድፍ በመፈተሽ ላይ…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>በማስመጣት ላይ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to merge, %5 to skip, %6 rejected; %7 with warnings.</source>
        <translation>%1 ረድፎች: %2 የሚፈጠሩ፣ %3 የሚዘመኑ፣ %4 የሚዋሃዱ፣ %5 የሚዘለሉ፣ %6 ውድቅ የተደረጉ፤ %7 ማስጠንቀቂያ ያላቸው።</translation>
    </message>
    <message>
        <source>Making a backup before the import…</source>
        <translation>ከማስመጣቱ በፊት ምትኬ በመስራት ላይ…</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was imported: %1</source>
        <translation>ምትኬ መስራት ስላልተቻለ ምንም አልመጣም: %1</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>ፋይሉ</translation>
    </message>
    <message>
        <source>A CSV file (from a spreadsheet, Google Contacts, Outlook or another CRM) or a vCard address book (.vcf). Kontor reads its encoding and delimiter; change them if the preview looks wrong.</source>
        <translation>የCSV ፋይል (ከተመን ሉህ፣ ከGoogle እውቂያዎች፣ ከOutlook ወይም ከሌላ CRM) ወይም የvCard አድራሻ ደብተር (.vcf)። Kontor ኢንኮዲንጉን እና መለያያ ቁምፊውን ራሱ ያውቃል፤ ቅድመ እይታው የተሳሳተ ቢመስል ይቀይሯቸው።</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>አ&amp;ስስ…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>እውቂያዎች</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>ኩባንያዎች</translation>
    </message>
    <message>
        <source>Interactions (calls, meetings, emails…)</source>
        <translation>ግንኙነቶች (ጥሪዎች፣ ስብሰባዎች፣ ኢሜይሎች…)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ስምምነቶች</translation>
    </message>
    <message>
        <source>The first row holds the column names (a &amp;header)</source>
        <translation>የመጀመሪያው ረድፍ የአምዶቹን ስሞች ይይዛል (&amp;ርዕስ ረድፍ)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;ፋይል:</translation>
    </message>
    <message>
        <source>&amp;Kind of records:</source>
        <translation>የመዝገቦች &amp;ዓይነት:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;ኢንኮዲንግ:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;መለያያ ቁምፊ:</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>አምዶች እና መስኮች</translation>
    </message>
    <message>
        <source>Which field each column fills. Columns left on “Leave out” are not imported. A preset maps the columns of a known program; save your own for files you import again.</source>
        <translation>እያንዳንዱ አምድ የትኛውን መስክ እንደሚሞላ። በ“አታስመጣ” ላይ የተተዉ አምዶች አይመጡም። ቅድመ-ቅንብር የአንድ የታወቀ ፕሮግራም አምዶችን ያዛምዳል፤ እንደገና ለሚያስመጧቸው ፋይሎች የራስዎን ያስቀምጡ።</translation>
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>እንደ ቅድመ-ቅንብር አስቀም&amp;ጥ…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;ቅድመ-ቅንብር:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>አምድ</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>የመጀመሪያ እሴቶች</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>መስክ</translation>
    </message>
    <message>
        <source>Map a column to the first, last or full name.</source>
        <translation>አንድን አምድ ከመጀመሪያ ስም፣ ከአባት ስም ወይም ከሙሉ ስም ጋር ያዛምዱ።</translation>
    </message>
    <message>
        <source>Map a column to “%1”: every row needs it.</source>
        <translation>አንድን አምድ ከ“%1” ጋር ያዛምዱ: እያንዳንዱ ረድፍ ይህን ይፈልጋል።</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>የቅድመ-ቅንብሩ ስም:</translation>
    </message>
    <message>
        <source>Duplicates and a check</source>
        <translation>ተደጋጋሚዎች እና ፍተሻ</translation>
    </message>
    <message>
        <source>A row is a duplicate when its email or phone number is already there (or its name, when it has neither). The check goes through every row and changes nothing.</source>
        <translation>አንድ ረድፍ ተደጋጋሚ የሚሆነው ኢሜይሉ ወይም ስልክ ቁጥሩ አስቀድሞ ሲኖር ነው (ሁለቱም ከሌሉት ደግሞ ስሙ)። ፍተሻው እያንዳንዱን ረድፍ ያያል፣ ምንም ነገር አይቀይርም።</translation>
    </message>
    <message>
        <source>&amp;Skip it: keep the contact as it is</source>
        <translation>&amp;ዝለል: እውቂያውን እንዳለ ተወው</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the row&apos;s values (empty cells change nothing)</source>
        <translation>እውቂያውን በረድፉ እሴቶች አ&amp;ዘምን (ባዶ ህዋሶች ምንም አይቀይሩም)</translation>
    </message>
    <message>
        <source>&amp;Merge: the contact keeps its values and gains what it lacks</source>
        <translation>አ&amp;ዋህድ: እውቂያው እሴቶቹን ይይዛል፣ የጎደለውንም ያገኛል</translation>
    </message>
    <message>
        <source>Create a &amp;new contact all the same</source>
        <translation>ቢሆንም አዲስ እውቂያ &amp;ፍጠር</translation>
    </message>
    <message>
        <source>&amp;Check Every Row</source>
        <translation>እያንዳንዱን ረድፍ &amp;ፈትሽ</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>መስመር</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>እርምጃ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ለምን</translation>
    </message>
    <message>
        <source>Not checked with this rule yet.</source>
        <translation>በዚህ ደንብ ገና አልተፈተሸም።</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>ኮማ</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>ሴሚኮሎን</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>ታብ</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>ቋሚ መስመር</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>ምንም ነገር አልመጣም: %1</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>wizard button: to the previous page</comment>
        <translation>&lt; &amp;ተመለስ</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>wizard button: to the next page</comment>
        <translation>&amp;ቀጣይ &gt;</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LanguageSettingsPage</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>የሥርዓቱ ቋንቋ</translation>
    </message>
    <message>
        <source>The language&apos;s own (Solar Hijri for Persian)</source>
        <translation>የቋንቋው የራሱ (ለፋርስኛ የፀሐይ ሂጅራ፤ ለአማርኛ ግሪጎሪያን)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ግሪጎሪያን</translation>
    </message>
    <message>
        <source>Solar Hijri (Farvardin to Esfand)</source>
        <translation>የፀሐይ ሂጅራ (ከፋርቫርዲን እስከ ኤስፋንድ)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;ቋንቋ:</translation>
    </message>
    <message>
        <source>Calen&amp;dar:</source>
        <translation>&amp;የቀን መቁጠሪያ:</translation>
    </message>
    <message>
        <source>The language&apos;s own (۱۲۳ in Persian, ১২৩ in Bengali)</source>
        <translation>የቋንቋው የራሱ (በፋርስኛ ۱۲۳፣ በቤንጋሊኛ ১২৩፤ ለአማርኛ 123)</translation>
    </message>
    <message>
        <source>Latin (123)</source>
        <translation>ላቲን (123)</translation>
    </message>
    <message>
        <source>Dates are shown, typed and counted in this calendar: lists, date fields and the reports&apos; months, quarters and years. Files keep ISO dates. Numbers, dates and times are written in the digits chosen, everywhere in the window.
The window opens again in the chosen language when Settings closes.</source>
        <translation>ቀኖች በዚህ የቀን መቁጠሪያ ይታያሉ፣ ይጻፋሉ እና ይቆጠራሉ፦ ዝርዝሮች፣ የቀን መስኮች እና የሪፖርቶቹ ወሮች፣ ሩብ ዓመቶች እና ዓመቶች። ፋይሎች የISO ቀኖችን ይይዛሉ። ቁጥሮች፣ ቀኖች እና ሰዓቶች በመስኮቱ ውስጥ በሁሉም ቦታ በተመረጡት አሃዞች ይጻፋሉ።
ቅንብሮች ሲዘጉ መስኮቱ በተመረጠው ቋንቋ እንደገና ይከፈታል።</translation>
    </message>
    <message>
        <source>D&amp;igits:</source>
        <translation>አ&amp;ሃዞች:</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LeadSourceReportView</name>
    <message>
        <source>Source</source>
        <translation>ምንጭ</translation>
    </message>
    <message>
        <source>Lead sources, most revenue first; campaigns indented under their source.</source>
        <translation>የደንበኛ ምንጮች፣ ብዙ ገቢ ያመጣው መጀመሪያ፤ ዘመቻዎች ከምንጫቸው ስር ገባ ብለው።</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>እምቅ ደንበኞች</translation>
    </message>
    <message>
        <source>Contacts from the source created in the period.</source>
        <translation>በዚህ ጊዜ ውስጥ የተፈጠሩ ከምንጩ የመጡ እውቂያዎች።</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>ብቁ</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ደንበኞች</translation>
    </message>
    <message>
        <source>Contacts with a deal from the source won in the period.</source>
        <translation>በዚህ ጊዜ ውስጥ የተሳካ፣ ከምንጩ የመጣ ስምምነት ያላቸው እውቂያዎች።</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>የሽግግር መጠን</translation>
    </message>
    <message>
        <source>Customers ÷ leads.</source>
        <translation>ደንበኞች ÷ እምቅ ደንበኞች።</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>ገቢ</translation>
    </message>
    <message>
        <source>The amounts of the deals from the source won in the period.</source>
        <translation>በዚህ ጊዜ ውስጥ የተሳኩ፣ ከምንጩ የመጡ ስምምነቶች መጠኖች።</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>ወጪ</translation>
    </message>
    <message>
        <source>Campaign spend falling in the period, spread evenly over each campaign&apos;s days.</source>
        <translation>በዚህ ጊዜ ውስጥ የሚወድቅ የዘመቻ ወጪ፣ በእያንዳንዱ ዘመቻ ቀናት ላይ እኩል ተከፋፍሎ።</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>ወጪ በእምቅ ደንበኛ</translation>
    </message>
    <message>
        <source>Spend ÷ leads.</source>
        <translation>ወጪ ÷ እምቅ ደንበኞች።</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>ወጪ በደንበኛ</translation>
    </message>
    <message>
        <source>Spend ÷ customers.</source>
        <translation>ወጪ ÷ ደንበኞች።</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>የወጪ ተመላሽ</translation>
    </message>
    <message>
        <source>(Revenue − spend) ÷ spend.</source>
        <translation>(ገቢ − ወጪ) ÷ ወጪ።</translation>
    </message>
    <message>
        <source>%1 conv. · ROI %2</source>
        <comment>a lead source&apos;s figures in the chart</comment>
        <translation>የሽግግር መጠን %1 · የወጪ ተመላሽ %2</translation>
    </message>
    <message>
        <source>%1 conv.</source>
        <comment>a lead source&apos;s figures in the chart</comment>
        <translation>የሽግግር መጠን %1</translation>
    </message>
    <message>
        <source>Revenue and spend by source</source>
        <translation>ገቢ እና ወጪ በምንጭ</translation>
    </message>
    <message>
        <source>Best and weakest by return on spend ((revenue − spend) ÷ spend) where two or more sources have spend recorded in the period; otherwise by conversion (customers ÷ leads) and, between equals, revenue.</source>
        <translation>በዚህ ጊዜ ውስጥ ሁለት ወይም ከዚያ በላይ ምንጮች የተመዘገበ ወጪ ሲኖራቸው ምርጡ እና ደካማው የሚለዩት በወጪ ተመላሽ ((ገቢ − ወጪ) ÷ ወጪ) ነው፤ አለበለዚያ በሽግግር መጠን (ደንበኞች ÷ እምቅ ደንበኞች) እና፣ እኩል ሲሆኑ፣ በገቢ።</translation>
    </message>
    <message>
        <source>No leads in this period: give contacts a lead source (in the contact dialog or when importing), or choose a longer period.</source>
        <translation>በዚህ ጊዜ ውስጥ እምቅ ደንበኞች የሉም: ለእውቂያዎች የደንበኛ ምንጭ ይስጡ (በእውቂያ መገናኛው ውስጥ ወይም ሲያስመጡ)፣ ወይም ረዘም ያለ ጊዜ ይምረጡ።</translation>
    </message>
    <message>
        <source>No deal from a lead source was won in this period.</source>
        <translation>በዚህ ጊዜ ውስጥ ከየትኛውም የደንበኛ ምንጭ የተሳካ ስምምነት የለም።</translation>
    </message>
    <message>
        <source>%1 of leads became customers, %2</source>
        <comment>conversion, then revenue</comment>
        <translation>ከእምቅ ደንበኞች %1 ደንበኛ ሆነዋል፣ %2</translation>
    </message>
    <message>
        <source>Only &lt;b&gt;%1&lt;/b&gt; brought leads or customers in this period (%2).</source>
        <translation>በዚህ ጊዜ ውስጥ እምቅ ደንበኞችን ወይም ደንበኞችን ያመጣው &lt;b&gt;%1&lt;/b&gt; ብቻ ነው (%2)።</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;%1&lt;/b&gt; (ROI %2) · weakest: &lt;b&gt;%3&lt;/b&gt; (ROI %4), by return on spend.</source>
        <translation>በወጪ ተመላሽ ሲለካ ምርጡ: &lt;b&gt;%1&lt;/b&gt; (%2) · ደካማው: &lt;b&gt;%3&lt;/b&gt; (%4)።</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;%1&lt;/b&gt; (%2) · weakest: &lt;b&gt;%3&lt;/b&gt; (%4), by conversion and revenue; record campaign spend to compare return on spend.</source>
        <translation>ምርጥ: &lt;b&gt;%1&lt;/b&gt; (%2) · ደካማ: &lt;b&gt;%3&lt;/b&gt; (%4)፣ በሽግግር መጠን እና በገቢ፤ የወጪ ተመላሽን ለማነጻጸር የዘመቻ ወጪን ይመዝግቡ።</translation>
    </message>
    <message>
        <source>Leads from “%1”</source>
        <translation>ከ“%1” የመጡ እምቅ ደንበኞች</translation>
    </message>
    <message>
        <source>none recorded</source>
        <comment>spend of a lead source, in a table cell: no spend was recorded</comment>
        <translation>አልተመዘገበም</translation>
    </message>
    <message>
        <source>Of those, the ones now sales qualified (SQL), opportunities or customers.</source>
        <translation>ከእነዚህ ውስጥ አሁን በሽያጭ ብቁ (SQL)፣ የሽያጭ ዕድል ወይም ደንበኛ የሆኑት።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LifecycleReportView</name>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>The stages of the buyer&apos;s journey, then the two off it.</source>
        <translation>የገዢው ጉዞ ደረጃዎች፣ ከዚያም ከጉዞው ውጭ ያሉት ሁለቱ።</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>የገቡ</translation>
    </message>
    <message>
        <source>Contacts that entered the stage in the period, each once however often it moved in and out (archived contacts left out).</source>
        <translation>በዚህ ጊዜ ውስጥ ደረጃውን የገቡ እውቂያዎች፤ ምንም ያህል ጊዜ ቢገቡና ቢወጡ እያንዳንዳቸው አንድ ጊዜ ብቻ ይቆጠራሉ (በማህደር የተቀመጡ እውቂያዎች አይካተቱም)።</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>የቀጠሉ</translation>
    </message>
    <message>
        <source>Of those, the contacts that went on to a later stage of the journey by now: the next one or one beyond it.</source>
        <translation>ከእነዚህ ውስጥ እስካሁን ወደ ቀጣይ የጉዞው ደረጃ የቀጠሉት እውቂያዎች: ወደሚቀጥለው ደረጃ ወይም ከዚያ ወዲያ ወዳለ ደረጃ።</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>የሽግግር መጠን</translation>
    </message>
    <message>
        <source>Went on ÷ entered.</source>
        <translation>የቀጠሉ ÷ የገቡ።</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>መካከለኛ የቀናት ብዛት</translation>
    </message>
    <message>
        <source>The median days from entering the stage to the next move forward, over the contacts that went on.</source>
        <translation>የቀጠሉት እውቂያዎች ደረጃውን ከገቡበት ጀምሮ በቀጣይ ወደ ፊት እስከተንቀሳቀሱበት ድረስ የፈጀባቸው መካከለኛ የቀናት ብዛት።</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>እውቂያዎች</translation>
    </message>
    <message>
        <source>Contacts entering each stage</source>
        <translation>እያንዳንዱን ደረጃ የገቡ እውቂያዎች</translation>
    </message>
    <message>
        <source>contacts</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>እውቂያዎች</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new leads · &lt;b&gt;%2&lt;/b&gt; new customers · &lt;b&gt;%3&lt;/b&gt; disqualified</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; አዲስ እምቅ ደንበኞች · &lt;b&gt;%2&lt;/b&gt; አዲስ ደንበኞች · &lt;b&gt;%3&lt;/b&gt; ውድቅ የተደረጉ</translation>
    </message>
    <message>
        <source>No contact moved along the lifecycle in this period: change a contact&apos;s stage, or choose a longer period.</source>
        <translation>በዚህ ጊዜ ውስጥ በሕይወት ዑደቱ የተንቀሳቀሰ እውቂያ የለም: የእውቂያን ደረጃ ይቀይሩ፣ ወይም ረዘም ያለ ጊዜ ይምረጡ።</translation>
    </message>
    <message>
        <source>Counted from each contact&apos;s stage history: when it entered each stage.</source>
        <translation>ከእያንዳንዱ እውቂያ የደረጃ ታሪክ የተቆጠረ: ወደ እያንዳንዱ ደረጃ መቼ እንደገባ።</translation>
    </message>
    <message>
        <source>Contacts that went on from “%1”</source>
        <translation>ከ“%1” የቀጠሉ እውቂያዎች</translation>
    </message>
    <message>
        <source>Contacts that entered “%1”</source>
        <translation>“%1”ን የገቡ እውቂያዎች</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>አሳይ</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>ሁሉም እውቂያዎች</translation>
    </message>
    <message>
        <source>By lead source</source>
        <translation>በደንበኛ ምንጭ</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>በሽያጭ ሠራተኛ</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>የደንበኛ ምንጭ</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>የሽያጭ ሠራተኛ</translation>
    </message>
    <message>
        <source>Where the contacts came from.</source>
        <translation>እውቂያዎቹ ከየት እንደመጡ።</translation>
    </message>
    <message>
        <source>Who owns the contacts.</source>
        <translation>የእውቂያዎቹ ኃላፊ ማን እንደሆነ።</translation>
    </message>
    <message>
        <source>Contacts that entered “%1” in the period; the tooltip says how many went on.</source>
        <translation>በዚህ ጊዜ ውስጥ “%1”ን የገቡ እውቂያዎች፤ መጠቆሚያ ጽሑፉ ስንቱ እንደቀጠሉ ያሳያል።</translation>
    </message>
    <message>
        <source>%1 entered, %2 went on (%3)</source>
        <translation>የገቡ: %1፣ የቀጠሉ: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 entered</source>
        <translation>የገቡ: %1</translation>
    </message>
    <message>
        <source>%1: contacts that entered “%2”</source>
        <translation>%1: “%2”ን የገቡ እውቂያዎች</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LifecycleSettingsPage</name>
    <message>
        <source>A &amp;meeting booked makes a lead or marketing qualified contact sales qualified</source>
        <translation>የተያዘ ስ&amp;ብሰባ እምቅ ደንበኛን ወይም በግብይት ብቁ የሆነ እውቂያን በሽያጭ ብቁ ያደርገዋል</translation>
    </message>
    <message>
        <source>A new &amp;deal makes the contact an opportunity</source>
        <translation>አዲስ ስምም&amp;ነት እውቂያውን የሽያጭ ዕድል ያደርገዋል</translation>
    </message>
    <message>
        <source>A &amp;won deal makes the contact a customer</source>
        <translation>የተ&amp;ሳካ ስምምነት እውቂያውን ደንበኛ ያደርገዋል</translation>
    </message>
    <message>
        <source>Fields that make a lead marketing qualified</source>
        <translation>እምቅ ደንበኛን በግብይት ብቁ የሚያደርጉ መስኮች</translation>
    </message>
    <message>
        <source>Fields that make a contact sales qualified</source>
        <translation>እውቂያን በሽያጭ ብቁ የሚያደርጉ መስኮች</translation>
    </message>
    <message>
        <source>Mar&amp;keting qualified once all of these are filled:</source>
        <translation>እነዚህ ሁሉ ሲሞሉ በ&amp;ግብይት ብቁ:</translation>
    </message>
    <message>
        <source>Sales &amp;qualified once all of these are filled:</source>
        <translation>እነዚህ ሁሉ ሲሞሉ በ&amp;ሽያጭ ብቁ:</translation>
    </message>
    <message>
        <source>Rules only move contacts forward, and a contact&apos;s history names the rule that moved it. A deal also brings back a disqualified or inactive contact. No field ticked: that rule is off.</source>
        <translation>ደንቦች እውቂያዎችን ወደ ፊት ብቻ ያንቀሳቅሳሉ፤ የእውቂያ ታሪክም ያንቀሳቀሰውን ደንብ ይጠቅሳል። ስምምነት ውድቅ የተደረገን ወይም ንቁ ያልሆነን እውቂያም መልሶ ያመጣል። ምንም መስክ ምልክት ካልተደረገበት ያ ደንብ ጠፍቷል።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LogInteractionDialog</name>
    <message>
        <source>Contact</source>
        <translation>እውቂያ</translation>
    </message>
    <message>
        <source>Type a name, company, email or phone</source>
        <translation>ስም፣ ኩባንያ፣ ኢሜይል ወይም ስልክ ይጻፉ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ውጤት</translation>
    </message>
    <message>
        <source>Pick an outcome or type your own; Kontor offers it again next time. Left empty, the interaction counts as held but never as successful in the reports.</source>
        <translation>ውጤት ይምረጡ ወይም የራስዎን ይጻፉ፤ Kontor በሚቀጥለው ጊዜ እንደገና ያቀርበዋል። ባዶ ከተተወ ግንኙነቱ በሪፖርቶቹ ውስጥ እንደተካሄደ ይቆጠራል፣ ግን ፈጽሞ እንደ ውጤታማ አይቆጠርም።</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>የቆይታ ጊዜ በደቂቃ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> ደቂቃ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ርዕሰ ጉዳይ</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>አማራጭ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <source>What was said? (Enter saves, Shift+Enter for a new line)</source>
        <translation>ምን ተባለ? (Enter ያስቀምጣል፣ Shift+Enter ለአዲስ መስመር)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>ቀጣይ እርምጃ</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>ቀጣይ እርምጃ የለም</translation>
    </message>
    <message>
        <source>Follow-up reminder</source>
        <translation>የክትትል አስታዋሽ</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>ቀጣይ ስብሰባ</translation>
    </message>
    <message>
        <source>A reminder shows on Today on its day; a meeting is put in the history and on Today</source>
        <translation>አስታዋሽ በቀኑ በ“ዛሬ” ላይ ይታያል፤ ስብሰባ ደግሞ በታሪኩ እና በ“ዛሬ” ላይ ይቀመጣል</translation>
    </message>
    <message>
        <source>Follow-up time</source>
        <translation>የክትትል ጊዜ</translation>
    </message>
    <message>
        <source>Follow-up title</source>
        <translation>የክትትል ርዕስ</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;እውቂያ:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;ውጤት:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;ዓይነት:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>የ&amp;ቆይታ ጊዜ:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;መቼ:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;ርዕሰ ጉዳይ:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ማ&amp;ስታወሻዎች:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>&amp;ቀጣይ እርምጃ:</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>ግንኙነት መዝግብ</translation>
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation>ከ%1 ጋር ግንኙነት መዝግብ</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>“%1”ን እንደተከናወነ ምልክት አድርግ</translation>
    </message>
    <message>
        <source>The reminder this call answers is closed with it; Ctrl+Z takes back both together</source>
        <translation>ይህ ጥሪ የሚመልሰው አስታዋሽ አብሮ ይዘጋል፤ Ctrl+Z ሁለቱንም በአንድ ላይ ይቀለብሳል</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ስብሰባ</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>ከ%1 ጋር ስብሰባ</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>ክትትል</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>ከ%1 ጋር ክትትል</translation>
    </message>
    <message>
        <source>Choose the contact: type a name and pick it from the list.</source>
        <translation>እውቂያውን ይምረጡ: ስም ይጻፉ እና ከዝርዝሩ ይምረጡት።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>ስምምነቱ ከሽፏል</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>“%1” ለምን ከሸፈ?</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>ዋጋው በጣም ከፍተኛ ነው</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>ተፎካካሪ ድርጅት መርጠዋል</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>በጀት የለም</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>ውሳኔ አልተሰጠም</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>ጊዜው አልተመቸም</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>አይስማማም</translation>
    </message>
    <message>
        <source>Pick a reason or type your own</source>
        <translation>ምክንያት ይምረጡ ወይም የራስዎን ይጻፉ</translation>
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation>ስምምነቱ የከሸፈበት ምክንያት</translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>እንደከሸፈ ምልክት አድርግ</translation>
    </message>
    <message>
        <source>The reason is kept with the deal and counted in the reports.</source>
        <translation>ምክንያቱ ከስምምነቱ ጋር ይቀመጣል፣ በሪፖርቶቹም ውስጥ ይቆጠራል።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::MainWindow</name>
    <message>
        <source>Done again or taken back: %1</source>
        <translation>እንደገና ተደርጓል ወይም ተቀልብሷል: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ቀልብስ</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>አሰሳ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ዛሬ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>እውቂያዎች</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>ኩባንያዎች</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>የሽያጭ ሂደት</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>አስታዋሾች</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>ሪፖርቶች</translation>
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
        <translation>ስምምነቱ ከሚታዩት ካርዶች መካከል የለም: “ሁሉም ኃላፊዎች”ን ይምረጡ።</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>ዛሬ (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ፋይል</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;አዲስ የውሂብ ጎታ…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>የውሂብ ጎታ &amp;ክፈት…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>ቅጂ በሌላ &amp;ስም አስቀምጥ…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>ከምትኬ ወደነበረበት &amp;መልስ…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;እውቂያዎችን አስመጣ…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>የማስመጣት &amp;ታሪክ…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ወደ &amp;ውጭ ላክ</translation>
    </message>
    <message>
        <source>&amp;Contacts as CSV…</source>
        <translation>&amp;እውቂያዎች እንደ CSV…</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>እውቂያዎች እንደ &amp;vCard…</translation>
    </message>
    <message>
        <source>C&amp;ompanies as CSV…</source>
        <translation>&amp;ኩባንያዎች እንደ CSV…</translation>
    </message>
    <message>
        <source>&amp;Interactions as CSV…</source>
        <translation>&amp;ግንኙነቶች እንደ CSV…</translation>
    </message>
    <message>
        <source>&amp;Deals as CSV…</source>
        <translation>&amp;ስምምነቶች እንደ CSV…</translation>
    </message>
    <message>
        <source>&amp;Reminders and Meetings as iCalendar…</source>
        <translation>&amp;አስታዋሾች እና ስብሰባዎች እንደ iCalendar…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;ማህደር…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;ቅንብሮች…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ው&amp;ጣ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;አርትዕ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ቀልብስ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ድገም</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;እውቂያ</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;አዲስ እውቂያ…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>እውቂያን አር&amp;ትዕ…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>ግንኙነት &amp;መዝግብ…</translation>
    </message>
    <message>
        <source>&amp;Archive or Restore Contact</source>
        <translation>እውቂያን ወደ ማ&amp;ህደር አስገባ ወይም መልስ</translation>
    </message>
    <message>
        <source>New &amp;Reminder…</source>
        <translation>አዲስ አ&amp;ስታዋሽ…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;ፈልግ…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;ሁሉንም ፈልግ…</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;ስምምነት</translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation>&amp;አዲስ ስምምነት…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;ተደጋጋሚዎችን ፈልግ…</translation>
    </message>
    <message>
        <source>Data &amp;Health…</source>
        <translation>የውሂብ &amp;ጤንነት…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;ሂድ</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>ምንም የውሂብ ጎታ አልተከፈተም።</translation>
    </message>
    <message>
        <source>%1 — Kontor</source>
        <translation>%1 — Kontor</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>የውሂብ ጎታ: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>የተከፈተ የውሂብ ጎታ የለም</translation>
    </message>
    <message>
        <source>Saving a copy in “%1”…</source>
        <translation>ቅጂ በ“%1” ውስጥ በማስቀመጥ ላይ…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>ምትኬውን ወደነበረበት በመመለስ ላይ…</translation>
    </message>
    <message>
        <source>Restored the backup; the database as it was is kept as a backup.</source>
        <translation>ምትኬው ወደነበረበት ተመልሷል፤ ቀድሞ የነበረው የውሂብ ጎታ እንደ ምትኬ ተቀምጧል።</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) are due.</source>
        <translation>
            <numerusform>%Ln አስታዋሽ ጊዜው ደርሷል።</numerusform>
            <numerusform>%Ln አስታዋሾች ጊዜያቸው ደርሷል።</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>አስታዋሽ: %1</translation>
    </message>
    <message>
        <source>Kontor reminder</source>
        <translation>የKontor አስታዋሽ</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>የውሂብ ጎታ ክፈት</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite *.db);;All files (*)</source>
        <translation>የKontor የውሂብ ጎታዎች (*.sqlite *.db);;ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>አዲስ የውሂብ ጎታ</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>የKontor የውሂብ ጎታዎች (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or use Open Database.</source>
        <translation>“%1” አስቀድሞ አለ። አዲስ ስም ይምረጡ፣ ወይም “የውሂብ ጎታ ክፈት”ን ይጠቀሙ።</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ማስተካከያ</translation>
    </message>
    <message>
        <source>The import of %1 was taken back.</source>
        <translation>የ%1 ማስመጣት ተቀልብሷል።</translation>
    </message>
    <message>
        <source>Imported from %1: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected.</source>
        <translation>ከ%1 መጥቷል: %2 ተፈጥረዋል፣ %3 ተዘምነዋል፣ %4 ተዋህደዋል፣ %5 ተዘልለዋል፣ %6 ውድቅ ተደርገዋል።</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>ከ“%1” የመጡ</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>ቅጂ በሌላ ስም አስቀምጥ</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>ቅጂ አስቀምጥ</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>ቅጂ እንደ %1 ተቀምጧል።</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>ከምትኬ ወደነበረበት መልስ</translation>
    </message>
    <message>
        <source>About Kontor</source>
        <translation>ስለ Kontor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;An offline CRM for small businesses and salespeople: clients, what was said, and what to do next, in one local file.&lt;/p&gt;&lt;p&gt;SQLite %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;ለአነስተኛ ንግዶች እና ለሽያጭ ሠራተኞች ከመስመር ውጭ የሚሰራ CRM: ደንበኞች፣ የተባለው እና ቀጥሎ የሚደረገው፣ በአንድ የአካባቢ ፋይል ውስጥ።&lt;/p&gt;&lt;p&gt;SQLite %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>እ&amp;ገዛ</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>የ&amp;ተጠቃሚ መመሪያ</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>የ&amp;ቁልፍ ሰሌዳ አቋራጮች</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>የ&amp;ማሳያ የውሂብ ጎታ ክፈት</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>&amp;ስለ Kontor</translation>
    </message>
    <message>
        <source>The demo database: made-up data in a file of its own. File → Open Database… goes back to yours.</source>
        <translation>የማሳያ የውሂብ ጎታው: በራሱ ፋይል ውስጥ ያለ ምናባዊ ውሂብ። ፋይል → የውሂብ ጎታ ክፈት… ወደ ራስዎ የውሂብ ጎታ ይመልስዎታል።</translation>
    </message>
    <message>
        <source>Daily Backup</source>
        <translation>ዕለታዊ ምትኬ</translation>
    </message>
    <message>
        <source>%1

Choose a backup to restore now?</source>
        <translation>%1

አሁን የሚመለስ ምትኬ ይመርጣሉ?</translation>
    </message>
    <message>
        <source>%1 (saved).sqlite</source>
        <comment>a database salvaged from a damaged one</comment>
        <translation>%1 (የዳነ).sqlite</translation>
    </message>
    <message>
        <source>Save What Can Be Read</source>
        <translation>የሚነበበውን አድን</translation>
    </message>
    <message>
        <source>“%1” exists already: choose a new name, so that nothing is written over.</source>
        <translation>“%1” አስቀድሞ አለ፦ ምንም እንዳይደመሰስ አዲስ ስም ይምረጡ።</translation>
    </message>
    <message>
        <source>Saving what can be read…</source>
        <translation>የሚነበበው እየዳነ ነው…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ሰርዝ</translation>
    </message>
    <message numerus="yes">
        <source>Every row could be read: %Ln row(s) saved.</source>
        <translation>
            <numerusform>ሁሉም ረድፎች ተነበዋል፦ %Ln ረድፍ ዳነ።</numerusform>
            <numerusform>ሁሉም ረድፎች ተነበዋል፦ %Ln ረድፎች ዳኑ።</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved; some could not be read in: %1.</source>
        <translation>
            <numerusform>%Ln ረድፍ ዳነ፤ ያልተነበበ ክፍል ያለው በ፦ %1።</numerusform>
            <numerusform>%Ln ረድፎች ዳኑ፤ ያልተነበበ ክፍል ያለው በ፦ %1።</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Kontor now works with “%2”. The damaged file is left as it was.</source>
        <translation>%1

Kontor አሁን በ“%2” ይሰራል። የተበላሸው ፋይል እንደነበረ ቀርቷል።</translation>
    </message>
    <message>
        <source>%1 (read only) — Kontor</source>
        <translation>%1 (ለንባብ ብቻ) — Kontor</translation>
    </message>
    <message>
        <source>Read only: nothing can be changed in this damaged file.</source>
        <translation>ለንባብ ብቻ፦ በዚህ የተበላሸ ፋይል ውስጥ ምንም መቀየር አይቻልም።</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>menu item: %1 is the step to take back</comment>
        <translation>&amp;ቀልብስ፦ %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>menu item: %1 is the step to do again</comment>
        <translation>&amp;ድገም፦ %1</translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation>ለንባብ ብቻ</translation>
    </message>
    <message>
        <source>Read only</source>
        <comment>the open database can only be read</comment>
        <translation>ለንባብ ብቻ</translation>
    </message>
    <message>
        <source>This damaged file is open read only: restore a backup (File → Restore from Backup) or save what can be read into a new file to work on.</source>
        <translation>ይህ የተበላሸ ፋይል ለንባብ ብቻ ተከፍቷል፦ መሥራት ለመቀጠል ምትኬን ወደነበረበት ይመልሱ (ፋይል → ከምትኬ ወደነበረበት መልስ) ወይም የሚነበበውን ወደ አዲስ ፋይል ያድኑ።</translation>
    </message>
    <message numerus="yes">
        <source>Another program is writing to this database: waiting for it, at most %Ln second(s)…</source>
        <translation>
            <numerusform>ሌላ ፕሮግራም በዚህ የውሂብ ጎታ ላይ እየጻፈ ነው፦ Kontor እየጠበቀው ነው፣ ቢበዛ %Ln ሰከንድ…</numerusform>
            <numerusform>ሌላ ፕሮግራም በዚህ የውሂብ ጎታ ላይ እየጻፈ ነው፦ Kontor እየጠበቀው ነው፣ ቢበዛ %Ln ሰከንድ…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelineColumnWidget</name>
    <message>
        <source>Deals in %1</source>
        <translation>በ%1 ውስጥ ያሉ ስምምነቶች</translation>
    </message>
    <message>
        <source>%1  &lt;span style=&apos;font-weight:normal; white-space:nowrap&apos;&gt;%2 %&lt;/span&gt;</source>
        <translation>%1  &lt;span style=&apos;font-weight:normal; white-space:nowrap&apos;&gt;%2%&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n deal(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln ስምምነት&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln ስምምነቶች&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed in the last %n day(s)</source>
        <translation>
            <numerusform>ባለፈው %Ln ቀን የተዘጉ</numerusform>
            <numerusform>ባለፉት %Ln ቀናት የተዘጉ</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>የተመዘነ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%Ln የቆመ</numerusform>
            <numerusform>%Ln የቆሙ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation>
            <numerusform>የመጀመሪያው %Ln ይታያል</numerusform>
            <numerusform>የመጀመሪያዎቹ %Ln ይታያሉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n deal(s)</source>
        <translation>
            <numerusform>%1 · %Ln ስምምነት</numerusform>
            <numerusform>%1 · %Ln ስምምነቶች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deals that reached “%1” in the last %n day(s).</source>
        <translation>
            <numerusform>ባለፈው %Ln ቀን “%1”ን የደረሱ ስምምነቶች።</numerusform>
            <numerusform>ባለፉት %Ln ቀናት “%1”ን የደረሱ ስምምነቶች።</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted: the amount times the stage&apos;s win probability (%1 %). Stale: longer than %2 days in the stage.</source>
        <translation>የተመዘነ: መጠኑ በደረጃው የስኬት ዕድል ሲባዛ (%1%)። የቆመ: በደረጃው ከ%2 ቀናት በላይ የቆየ።</translation>
    </message>
    <message>
        <source>Click to unfold.</source>
        <translation>ለመዘርጋት ጠቅ ያድርጉ።</translation>
    </message>
    <message>
        <source>Unfold the column</source>
        <translation>አምዱን ዘርጋ</translation>
    </message>
    <message>
        <source>Fold the column to a narrow strip</source>
        <translation>አምዱን ወደ ጠባብ ቁራጭ ሰብስብ</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>ዘርጋ</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>ሰብስብ</translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>የሽያጭ ሂደት</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>የኃላፊ ማጣሪያ</translation>
    </message>
    <message>
        <source>Show the deals of one salesperson</source>
        <translation>የአንድ የሽያጭ ሠራተኛ ስምምነቶችን አሳይ</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>ሰሌዳ (&amp;B)</translation>
    </message>
    <message>
        <source>One column per stage (Alt+B)</source>
        <translation>ለእያንዳንዱ ደረጃ አንድ አምድ (Alt+B)</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>ዝርዝር (&amp;I)</translation>
    </message>
    <message>
        <source>The same deals as a sortable list (Alt+I)</source>
        <translation>ተመሳሳዮቹ ስምምነቶች ሊደረደር በሚችል ዝርዝር (Alt+I)</translation>
    </message>
    <message>
        <source>New Deal…</source>
        <translation>አዲስ ስምምነት…</translation>
    </message>
    <message>
        <source>A new deal in the selected stage (Ctrl+Shift+N)</source>
        <translation>በተመረጠው ደረጃ ውስጥ አዲስ ስምምነት (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;ኃላፊ:</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ስምምነቶች</translation>
    </message>
    <message>
        <source>No deals yet.

A deal is what a contact may buy: create one with “New Deal…” (Ctrl+Shift+N) or from the contact&apos;s card, then move it through the stages here until it is won or lost.</source>
        <translation>እስካሁን ስምምነቶች የሉም።

ስምምነት አንድ እውቂያ ሊገዛው የሚችለው ነገር ነው: በ“አዲስ ስምምነት…” (Ctrl+Shift+N) ወይም ከእውቂያው ካርድ አንዱን ይፍጠሩ፣ ከዚያም እስኪሳካ ወይም እስኪከሽፍ ድረስ እዚህ በደረጃዎቹ ውስጥ ያዛውሩት።</translation>
    </message>
    <message>
        <source>&amp;Edit Deal…</source>
        <translation>ስምምነትን አር&amp;ትዕ…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>እውቂያን &amp;ክፈት</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage</source>
        <translation>ወደ &amp;ቀጣይ ደረጃ አዛውር</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>ወደ ቀዳ&amp;ሚ ደረጃ አዛውር</translation>
    </message>
    <message>
        <source>&amp;Archive Deal…</source>
        <translation>ስምምነትን ወደ &amp;ማህደር አስገባ…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>ሁሉም ኃላፊዎች</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%Ln ክፍት ስምምነት</numerusform>
            <numerusform>%Ln ክፍት ስምምነቶች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted %1</source>
        <translation>
            <numerusform>%Ln ክፍት ስምምነት፣ የተመዘነ %1</numerusform>
            <numerusform>%Ln ክፍት ስምምነቶች፣ የተመዘነ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation>ስምምነትን አዛውር</translation>
    </message>
    <message>
        <source>“%1” has no contact.</source>
        <translation>“%1” እውቂያ የለውም።</translation>
    </message>
    <message>
        <source>Deal saved.</source>
        <translation>ስምምነቱ ተቀምጧል።</translation>
    </message>
    <message>
        <source>Archive Deal</source>
        <translation>ስምምነትን ወደ ማህደር አስገባ</translation>
    </message>
    <message>
        <source>Archive “%1”? It leaves the board and the totals; File → Archive brings it back.</source>
        <translation>“%1” ወደ ማህደር ይግባ? ከሰሌዳው እና ከድምሮቹ ይወጣል፤ ፋይል → ማህደር መልሶ ያመጣዋል።</translation>
    </message>
    <message>
        <source>Edit Deal…</source>
        <translation>ስምምነትን አርትዕ…</translation>
    </message>
    <message>
        <source>Open Contact</source>
        <translation>እውቂያን ክፈት</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>ወደ ሌላ ደረጃ አዛውር</translation>
    </message>
    <message>
        <source>Select a deal and press Ctrl+Shift+%1 or %2 to move it to the next or previous stage. Enter edits the deal, Ctrl+Enter opens its contact, Delete archives it.</source>
        <translation>ስምምነት ይምረጡ እና ወደ ቀጣዩ ወይም ወደ ቀዳሚው ደረጃ ለማዛወር Ctrl+Shift+%1 ወይም %2 ይጫኑ። Enter ስምምነቱን ያርትዓል፣ Ctrl+Enter እውቂያውን ይከፍታል፣ Delete ወደ ማህደር ያስገባዋል።</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and press Ctrl+Shift+%1 or %2. Enter edits the deal, Ctrl+Enter opens its contact.</source>
        <translation>ካርድን ወደ ሌላ ደረጃ ይጎትቱ፣ ወይም ይምረጡት እና Ctrl+Shift+%1 ወይም %2 ይጫኑ። Enter ስምምነቱን ያርትዓል፣ Ctrl+Enter እውቂያውን ይከፍታል።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReminderDialog</name>
    <message>
        <source>Once</source>
        <translation>አንድ ጊዜ</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>በየቀኑ</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>በየሳምንቱ</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>በየወሩ</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>በየዓመቱ</translation>
    </message>
    <message>
        <source>Edit Reminder</source>
        <translation>አስታዋሽን አርትዕ</translation>
    </message>
    <message>
        <source>New Reminder</source>
        <translation>አዲስ አስታዋሽ</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a reminder</comment>
        <translation>ርዕስ</translation>
    </message>
    <message>
        <source>What to do, e.g. Send the offer</source>
        <translation>የሚደረገው፣ ለምሳሌ የዋጋ ማቅረቢያውን ላክ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ቀነ ገደብ</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>ድግግሞሽ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻዎች</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;ርዕስ:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;ቀነ ገደብ:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;እውቂያ:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;ድግግሞሽ:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;ማስታወሻዎች:</translation>
    </message>
</context>
<context>
    <name>kontor::ui::RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>አስታዋሾች</translation>
    </message>
    <message>
        <source>&amp;New Reminder…</source>
        <translation>&amp;አዲስ አስታዋሽ…</translation>
    </message>
    <message>
        <source>A follow-up, a call to make, anything with a date (Ctrl+Shift+R)</source>
        <translation>ክትትል፣ የሚደረግ ጥሪ፣ ቀን ያለው ማንኛውም ነገር (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;ተከናውኗል</translation>
    </message>
    <message>
        <source>Mark the reminder done; a repeating one moves to its next date (D)</source>
        <translation>አስታዋሹን እንደተከናወነ ምልክት አድርግ፤ የሚደጋገም አስታዋሽ ወደ ቀጣዩ ቀኑ ይሸጋገራል (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze Until Tomorrow</source>
        <translation>እስከ &amp;ነገ አዘግይ</translation>
    </message>
    <message>
        <source>Ask again tomorrow at 9:00 (S)</source>
        <translation>ነገ 9:00 ላይ እንደገና አስታውስ (S)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>አርት&amp;ዕ…</translation>
    </message>
    <message>
        <source>Change the reminder (Enter)</source>
        <translation>አስታዋሹን ቀይር (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;ሰርዝ</translation>
    </message>
    <message>
        <source>Remove the reminder (Delete)</source>
        <translation>አስታዋሹን አስወግድ (Delete)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ምን</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>እውቂያ</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>ድግግሞሽ</translation>
    </message>
    <message>
        <source>Calendar of reminders</source>
        <translation>የአስታዋሾች የቀን መቁጠሪያ</translation>
    </message>
    <message>
        <source>Reminders of the selected day</source>
        <translation>የተመረጠው ቀን አስታዋሾች</translation>
    </message>
    <message>
        <source>No reminders yet.

Create one with “New Reminder…”, or schedule a follow-up when you log a call (Ctrl+L). Double-click a day in the calendar to add one for that day.</source>
        <translation>እስካሁን አስታዋሾች የሉም።

በ“አዲስ አስታዋሽ…” አንዱን ይፍጠሩ፣ ወይም ጥሪ ሲመዘግቡ (Ctrl+L) ክትትል ያቅዱ። ለዚያ ቀን አስታዋሽ ለማከል በቀን መቁጠሪያው ላይ አንድን ቀን ሁለቴ ጠቅ ያድርጉ።</translation>
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
        <translation>ዘግይቷል፤ መጀመሪያ የነበረው ቀነ ገደብ %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ጊዜው ያለፈ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ዛሬ</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>ቀጣዩ %Ln ቀን</numerusform>
            <numerusform>ቀጣዮቹ %Ln ቀናት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in the last %n day(s)</source>
        <translation>
            <numerusform>ባለፈው %Ln ቀን የተከናወኑ</numerusform>
            <numerusform>ባለፉት %Ln ቀናት የተከናወኑ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%Ln አስታዋሽ</numerusform>
            <numerusform>%Ln አስታዋሾች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reminder(s)</source>
        <translation>
            <numerusform>%1: %Ln አስታዋሽ</numerusform>
            <numerusform>%1: %Ln አስታዋሾች</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder saved.</source>
        <translation>አስታዋሹ ተቀምጧል።</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow.</source>
        <translation>እስከ ነገ ዘግይቷል።</translation>
    </message>
    <message>
        <source>Delete Reminder</source>
        <translation>አስታዋሽን ሰርዝ</translation>
    </message>
    <message>
        <source>Delete the reminder “%1”?</source>
        <translation>አስታዋሹ “%1” ይሰረዝ?</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportDetailsDialog</name>
    <message>
        <source>Deal</source>
        <translation>ስምምነት</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>እውቂያ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ኃላፊ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ውጤት</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>የመዘገበው</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ርዕሰ ጉዳይ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>ኩባንያ</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>የደንበኛ ምንጭ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>የታከለበት ቀን</translation>
    </message>
    <message>
        <source>The first %L1 (there are more); Enter opens the one chosen.</source>
        <translation>የመጀመሪያዎቹ %L1 (ተጨማሪ አሉ)፤ Enter የተመረጠውን ይከፍታል።</translation>
    </message>
    <message>
        <source>The first %L1 of %L2; Enter opens the one chosen.</source>
        <translation>ከ%L2 የመጀመሪያዎቹ %L1፤ Enter የተመረጠውን ይከፍታል።</translation>
    </message>
    <message>
        <source>Nothing behind this figure.</source>
        <translation>ከዚህ መለኪያ በስተጀርባ ምንም የለም።</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s); Enter opens the one chosen.</source>
        <translation>
            <numerusform>%Ln ንጥል፤ Enter የተመረጠውን ይከፍታል።</numerusform>
            <numerusform>%Ln ንጥሎች፤ Enter የተመረጠውን ይከፍታል።</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>ስምምነትን &amp;ክፈት</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>&amp;እውቂያን ክፈት</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>ግንኙነት &amp;መዝግብ…</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>ደረጃ</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportView</name>
    <message>
        <source>Double-click a figure, or press Enter, for what lies behind it.</source>
        <translation>ከአንድ መለኪያ በስተጀርባ ያለውን ለማየት መለኪያውን ሁለቴ ጠቅ ያድርጉ፣ ወይም Enter ይጫኑ።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportsPage</name>
    <message>
        <source>%1 to %2 · %3 · printed %4</source>
        <translation>ከ%1 እስከ %2 · %3 · የታተመው %4</translation>
    </message>
    <message>
        <source>Kontor reports</source>
        <translation>የKontor ሪፖርቶች</translation>
    </message>
    <message>
        <source>Save All Reports as PDF</source>
        <translation>ሁሉንም ሪፖርቶች እንደ PDF አስቀምጥ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ሰነዶች (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ወደ ውጭ ላክ</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 ተቀምጧል።</translation>
    </message>
    <message>
        <source>Print Reports</source>
        <translation>ሪፖርቶችን አትም</translation>
    </message>
    <message>
        <source>The reports were sent to the printer.</source>
        <translation>ሪፖርቶቹ ወደ አታሚው ተልከዋል።</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ጊዜ</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>የመጀመሪያ ቀን</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>የመጨረሻ ቀን</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>የሽያጭ ሠራተኛ</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;ጊዜ:</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>የሽያጭ &amp;ሠራተኛ:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>ወደ ው&amp;ጭ ላክ</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>ሰንጠረዥ እንደ CSV…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>ገበታ እንደ PNG…</translation>
    </message>
    <message>
        <source>All reports as PDF…</source>
        <translation>ሁሉም ሪፖርቶች እንደ PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>አ&amp;ትም…</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>የሽያጭ &amp;ፍሰት</translation>
    </message>
    <message>
        <source>&amp;Lead sources</source>
        <translation>የደንበኛ &amp;ምንጮች</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;ሳምንት</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>እን&amp;ቅስቃሴ</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>ትን&amp;በያ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>ሪፖርቶች</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>ሁሉም</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1”ን መጻፍ አልተቻለም: %2</translation>
    </message>
    <message>
        <source>Save the Chart</source>
        <translation>ገበታውን አስቀምጥ</translation>
    </message>
    <message>
        <source>Save the Table</source>
        <translation>ሰንጠረዡን አስቀምጥ</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG ምስሎች (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ፋይሎች (*.csv)</translation>
    </message>
    <message>
        <source>L&amp;ifecycle</source>
        <translation>የሕይወት &amp;ዑደት</translation>
    </message>
    <message>
        <source>Only records with</source>
        <translation>ይህ መልስ ያላቸው መዝገቦች ብቻ</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>ሁሉም መዝገቦች</translation>
    </message>
    <message>
        <source>%1 (company)</source>
        <comment>a company&apos;s field in the reports&apos; filter</comment>
        <translation>%1 (ኩባንያ)</translation>
    </message>
    <message>
        <source>%1 (deal)</source>
        <comment>a deal&apos;s field in the reports&apos; filter</comment>
        <translation>%1 (ስምምነት)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: answer</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cus&amp;tomers</source>
        <translation>&amp;ደንበኞች</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>salesperson · the records chosen, as in Territory: DACH</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Narrows every report to the contacts, companies or deals with this answer of a choice field (Settings → Fields), or to a sales territory (Settings → Territories).</source>
        <translation>እያንዳንዱን ሪፖርት ይህ የምርጫ መስክ መልስ ወዳላቸው እውቂያዎች፣ ኩባንያዎች ወይም ስምምነቶች (ቅንብሮች → መስኮች)፣ ወይም ወደ አንድ የሽያጭ ቀጠና (ቅንብሮች → ቀጠናዎች) ያጠባል።</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>ቀጠና: %1</translation>
    </message>
    <message>
        <source>In no territory</source>
        <translation>ቀጠና የሌላቸው</translation>
    </message>
</context>
<context>
    <name>kontor::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>ከምትኬ ወደነበረበት መልስ</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The database as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>ወደ የትኛው ቅጂ መመለስ እንደሚፈልጉ ይምረጡ። አሁን ያለው የውሂብ ጎታ መጀመሪያ እንደ ምትኬ ይቀመጣል፣ ስለዚህ ያንን ወደነበረበት በመመለስ ይህን መቀልበስ ይቻላል።</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ምትኬዎች</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>የተሰራበት</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ለምን</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;ወደነበረበት መልስ</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>&amp;አቃፊውን አሳይ</translation>
    </message>
    <message>
        <source>There are no backups in “%1” yet.</source>
        <translation>በ“%1” ውስጥ እስካሁን ምንም ምትኬ የለም።</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>ዕለታዊ</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>በእጅ የተሰራ</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>ወደነበረበት ከመመለስ በፊት</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>ከማስመጣት በፊት</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>ከማዋሃድ በፊት</translation>
    </message>
    <message>
        <source>What was done since this copy was made cannot be read from the file as it is.</source>
        <translation>ይህ ቅጂ ከተሰራ በኋላ የተደረገው ነገር ከፋይሉ አሁን ባለበት ሁኔታ ሊነበብ አይችልም።</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln እውቂያ</numerusform>
            <numerusform>%Ln እውቂያዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln compan(y/ies)</source>
        <translation>
            <numerusform>%Ln ኩባንያ</numerusform>
            <numerusform>%Ln ኩባንያዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln ስምምነት</numerusform>
            <numerusform>%Ln ስምምነቶች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s), meeting(s) or note(s)</source>
        <translation>
            <numerusform>%Ln ጥሪ፣ ስብሰባ ወይም ማስታወሻ</numerusform>
            <numerusform>%Ln ጥሪዎች፣ ስብሰባዎች ወይም ማስታወሻዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln አስታዋሽ</numerusform>
            <numerusform>%Ln አስታዋሾች</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added or changed since this copy was made.</source>
        <translation>ይህ ቅጂ ከተሰራ በኋላ ምንም አልተጨመረም ወይም አልተቀየረም።</translation>
    </message>
    <message>
        <source>Going back to this copy loses more than this, added or changed since it was made: %1.</source>
        <translation>ወደዚህ ቅጂ መመለስ ከዚህ የበለጠ ያሳጣል፤ ቅጂው ከተሰራ በኋላ የተጨመሩ ወይም የተቀየሩ፦ %1።</translation>
    </message>
    <message>
        <source>Going back to this copy loses what was added or changed since it was made: %1.</source>
        <translation>ወደዚህ ቅጂ መመለስ ቅጂው ከተሰራ በኋላ የተጨመረውን ወይም የተቀየረውን ያሳጣል፦ %1።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ScoreRuleDialog</name>
    <message>
        <source>Add Fit Rule</source>
        <translation>የተስማሚነት ደንብ አክል</translation>
    </message>
    <message>
        <source>Fit Rule</source>
        <translation>የተስማሚነት ደንብ</translation>
    </message>
    <message>
        <source>Add Engagement Rule</source>
        <translation>የተሳትፎ ደንብ አክል</translation>
    </message>
    <message>
        <source>Engagement Rule</source>
        <translation>የተሳትፎ ደንብ</translation>
    </message>
    <message>
        <source>Contacts who meet the condition get the points.</source>
        <translation>መስፈርቱን የሚያሟሉ እውቂያዎች ነጥቦቹን ያገኛሉ።</translation>
    </message>
    <message>
        <source>Contacts get the points for their interactions of this kind. Archived interactions do not count.</source>
        <translation>እውቂያዎች ለዚህ ዓይነት ግንኙነቶቻቸው ነጥቦቹን ያገኛሉ። በማህደር የተቀመጡ ግንኙነቶች አይቆጠሩም።</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>ማንኛውም ውጤት</translation>
    </message>
    <message>
        <source>Once, if there was one in the last</source>
        <translation>አንድ ጊዜ ብቻ፣ ቢያንስ አንድ ከነበረ ባለፉት</translation>
    </message>
    <message>
        <source>For each one, halving every</source>
        <translation>ለእያንዳንዱ፣ በግማሽ እየቀነሰ በየ</translation>
    </message>
    <message>
        <source>days</source>
        <comment>after a number: halving every 14 days</comment>
        <translation>ቀናት</translation>
    </message>
    <message>
        <source>&amp;Interaction:</source>
        <translation>&amp;ግንኙነት:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;ውጤት:</translation>
    </message>
    <message>
        <source>Co&amp;unts:</source>
        <translation>አ&amp;ቆጣጠር:</translation>
    </message>
    <message>
        <source>Negative points take away: a complaint, no way to reach them.</source>
        <translation>አሉታዊ ነጥቦች ከድምሩ ይቀነሳሉ: ለምሳሌ ቅሬታ፣ ወይም የሚገኝበት መንገድ አለመኖር።</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;ነጥቦች:</translation>
    </message>
    <message>
        <source>What the contact card says, such as “Decision maker”</source>
        <translation>የእውቂያ ካርዱ የሚያሳየው፣ ለምሳሌ “ውሳኔ ሰጪ”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ስም:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an interaction&apos;s kind and outcome: Call (successful)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, each halving every %Ln day(s)</source>
        <translation>
            <numerusform>%1፣ እያንዳንዱ በየ%Ln ቀኑ በግማሽ እየቀነሰ</numerusform>
            <numerusform>%1፣ እያንዳንዱ በየ%Ln ቀናት በግማሽ እየቀነሰ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %Ln day(s)</source>
        <translation>
            <numerusform>ባለፈው %Ln ቀን ውስጥ %1</numerusform>
            <numerusform>ባለፉት %Ln ቀናት ውስጥ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This rule&apos;s condition, “%1”, cannot be shown here; it stays as it is unless you choose another.</source>
        <translation>የዚህ ደንብ መስፈርት “%1” እዚህ ሊታይ አይችልም፤ ሌላ መስፈርት ካልመረጡ በስተቀር እንዳለ ይቆያል።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ScoringSettingsPage</name>
    <message>
        <source>Each contact scores 0 to 100: the points of the fit rules they meet (who they are) and of the engagement rules their interactions meet (what they did lately). The contact&apos;s card says which rules gave the points.</source>
        <translation>እያንዳንዱ እውቂያ ከ0 እስከ 100 ነጥብ ያገኛል: የሚያሟላቸው የተስማሚነት ደንቦች ነጥቦች (ማን እንደሆነ) እና ግንኙነቶቹ የሚያሟሏቸው የተሳትፎ ደንቦች ነጥቦች (በቅርቡ ምን እንዳደረገ)። የእውቂያው ካርድ ነጥቦቹን የሰጡትን ደንቦች ያሳያል።</translation>
    </message>
    <message>
        <source>Lead scoring rules</source>
        <translation>የእምቅ ደንበኛ ነጥብ ደንቦች</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ደንብ</translation>
    </message>
    <message>
        <source>Counts when</source>
        <translation>የሚቆጠርበት ሁኔታ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ነጥቦች</translation>
    </message>
    <message>
        <source>Fit: who they are</source>
        <translation>ተስማሚነት: ማን እንደሆኑ</translation>
    </message>
    <message>
        <source>Engagement: what they did lately</source>
        <translation>ተሳትፎ: በቅርቡ ምን እንዳደረጉ</translation>
    </message>
    <message>
        <source>&amp;Add Fit Rule…</source>
        <translation>የ&amp;ተስማሚነት ደንብ አክል…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>አር&amp;ትዕ…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>አስ&amp;ወግድ</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>ወደ &amp;ላይ</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>ወደ &amp;ታች</translation>
    </message>
    <message>
        <source>Add Starter Ru&amp;les</source>
        <translation>የመነሻ ደንቦችን አ&amp;ክል</translation>
    </message>
    <message>
        <source>Nine rules to start from: titles of decision makers, a way to reach them, meetings, answered calls, emails and complaints. Change them to suit your business.</source>
        <translation>ለመነሻ የሚሆኑ ዘጠኝ ደንቦች: የውሳኔ ሰጪዎች የሥራ መደቦች፣ የሚገኙበት መንገድ፣ ስብሰባዎች፣ የተመለሱ ጥሪዎች፣ ኢሜይሎች እና ቅሬታዎች። ለንግድዎ እንዲስማሙ ይቀይሯቸው።</translation>
    </message>
    <message>
        <source>Res&amp;core Everyone…</source>
        <translation>የሁሉንም ነጥብ &amp;እንደገና አስላ…</translation>
    </message>
    <message>
        <source>Scores are kept up to date as you work and worked out afresh each day; this does it now.</source>
        <translation>ነጥቦች እርስዎ ሲሰሩ ይዘምናሉ፣ በየቀኑም እንደገና ይሰላሉ፤ ይህ አሁኑኑ ያሰላቸዋል።</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a lead becomes marketing qualified at score: never</comment>
        <translation>በጭራሽ</translation>
    </message>
    <message>
        <source>A lead becomes marketing &amp;qualified at score:</source>
        <translation>እምቅ ደንበኛ በግብይት &amp;ብቁ የሚሆንበት ነጥብ:</translation>
    </message>
    <message>
        <source>Off: counts nothing until ticked again.</source>
        <translation>ጠፍቷል: እንደገና ምልክት እስኪደረግበት ድረስ ምንም አይቆጥርም።</translation>
    </message>
    <message>
        <source>Working out every contact&apos;s score…</source>
        <translation>የእያንዳንዱን እውቂያ ነጥብ በማስላት ላይ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Stopped: the scores are as they were.</source>
        <translation>ቆሟል: ነጥቦቹ እንደነበሩ ናቸው።</translation>
    </message>
    <message numerus="yes">
        <source>Scores worked out again: %Ln changed.</source>
        <translation>
            <numerusform>ነጥቦቹ እንደገና ተሰልተዋል: %Ln ተቀይሯል።</numerusform>
            <numerusform>ነጥቦቹ እንደገና ተሰልተዋል: %Ln ተቀይረዋል።</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Engage&amp;ment Rule…</source>
        <translation>የተ&amp;ሳትፎ ደንብ አክል…</translation>
    </message>
    <message>
        <source>Lead Scoring</source>
        <translation>የእምቅ ደንበኛ ነጥብ አሰጣጥ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) score %1 or more already. Make them marketing qualified now?</source>
        <translation>
            <numerusform>%Ln እምቅ ደንበኛ አስቀድሞ %1 ወይም ከዚያ በላይ ነጥብ አለው። አሁን በግብይት ብቁ ይደረግ?</numerusform>
            <numerusform>%Ln እምቅ ደንበኞች አስቀድመው %1 ወይም ከዚያ በላይ ነጥብ አላቸው። አሁን በግብይት ብቁ ይደረጉ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) made marketing qualified.</source>
        <translation>
            <numerusform>%Ln እምቅ ደንበኛ በግብይት ብቁ ተደርጓል።</numerusform>
            <numerusform>%Ln እምቅ ደንበኞች በግብይት ብቁ ተደርገዋል።</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::SetFieldDialog</name>
    <message>
        <source>Set Field</source>
        <translation>መስክ አዘጋጅ</translation>
    </message>
    <message numerus="yes">
        <source>The value for the %Ln selected contact(s). Left empty, it empties the field.</source>
        <translation>
            <numerusform>ለተመረጠው %Ln እውቂያ የሚሰጠው እሴት። ባዶ ከተተወ መስኩ ባዶ ይሆናል።</numerusform>
            <numerusform>ለተመረጡት %Ln እውቂያዎች የሚሰጠው እሴት። ባዶ ከተተወ መስኩ ባዶ ይሆናል።</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;አዘጋጅ</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;መስክ:</translation>
    </message>
    <message>
        <source>Fill in %1: it is required.</source>
        <translation>%1ን ይሙሉ: የግድ መሞላት አለበት።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SettingsDialog</name>
    <message>
        <source>Open</source>
        <translation>ክፍት</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>የተሳካ</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>የከሸፈ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ቅንብሮች</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;ደረጃዎች</translation>
    </message>
    <message>
        <source>Lead &amp;sources</source>
        <translation>የደንበኛ &amp;ምንጮች</translation>
    </message>
    <message>
        <source>Sales&amp;people</source>
        <translation>የሽያጭ &amp;ሠራተኞች</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;መለያዎች</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;አጠቃላይ</translation>
    </message>
    <message>
        <source>Sales stages</source>
        <translation>የሽያጭ ደረጃዎች</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ደረጃ</translation>
    </message>
    <message>
        <source>Win probability (%)</source>
        <translation>የስኬት ዕድል (%)</translation>
    </message>
    <message>
        <source>Stale after (days)</source>
        <translation>የመቆሚያ ገደብ (ቀናት)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>ደረጃ አ&amp;ክል</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>አስ&amp;ወግድ…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>ወደ &amp;ላይ</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>ወደ &amp;ታች</translation>
    </message>
    <message>
        <source>Double-click a name or number to change it. The weighted pipeline counts each deal at its stage&apos;s win probability; a deal longer than the stale days in its stage is marked stale (0: never).</source>
        <translation>ለመቀየር ስም ወይም ቁጥር ሁለቴ ጠቅ ያድርጉ። የተመዘነው የሽያጭ ሂደት እያንዳንዱን ስምምነት በደረጃው የስኬት ዕድል ይቆጥራል፤ በደረጃው ከተወሰነው የመቆሚያ ገደብ (ቀናት) በላይ የቆየ ስምምነት የቆመ ተብሎ ምልክት ይደረግበታል (0: በጭራሽ)።</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>ደረጃ አክል</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>የአዲሱ ደረጃ ስም:</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>ደረጃን አስወግድ</translation>
    </message>
    <message>
        <source>Remove “%1”. Its deals move to:</source>
        <translation>“%1”ን አስወግድ። ስምምነቶቹ የሚዛወሩት ወደ:</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>የደንበኛ ምንጮች</translation>
    </message>
    <message>
        <source>Campaigns of the lead source</source>
        <translation>የደንበኛ ምንጩ ዘመቻዎች</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>ዘመቻ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>የሚጀምርበት</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>የሚያበቃበት</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>ወጪ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ምንዛሬ</translation>
    </message>
    <message>
        <source>Add S&amp;ource</source>
        <translation>ምን&amp;ጭ አክል</translation>
    </message>
    <message>
        <source>Add &amp;Campaign</source>
        <translation>&amp;ዘመቻ አክል</translation>
    </message>
    <message>
        <source>Campaigns and what they cost (the reports divide by this spend)</source>
        <translation>ዘመቻዎች እና ወጪያቸው (ሪፖርቶቹ የወጪ ተመላሽን በዚህ ወጪ ያሰላሉ)</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>“%1” በ%2 ትክክለኛ መጠን አይደለም።</translation>
    </message>
    <message>
        <source>Add Lead Source</source>
        <translation>የደንበኛ ምንጭ አክል</translation>
    </message>
    <message>
        <source>Name of the lead source:</source>
        <translation>የደንበኛ ምንጩ ስም:</translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation>ዘመቻ አክል</translation>
    </message>
    <message>
        <source>Name of the campaign of %1:</source>
        <translation>የ%1 ዘመቻ ስም:</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>የሽያጭ ሠራተኞች</translation>
    </message>
    <message>
        <source>Add &amp;Salesperson</source>
        <translation>የሽያጭ ሠራተኛ አ&amp;ክል</translation>
    </message>
    <message>
        <source>Salespeople own contacts and deals; the filters and reports are per owner. Double-click a name to change it. The first one is the owner of new records.</source>
        <translation>የሽያጭ ሠራተኞች የእውቂያዎች እና የስምምነቶች ኃላፊዎች ናቸው፤ ማጣሪያዎቹ እና ሪፖርቶቹ በየኃላፊው ናቸው። ስም ለመቀየር ሁለቴ ጠቅ ያድርጉ። የመጀመሪያው የአዳዲስ መዝገቦች ኃላፊ ነው።</translation>
    </message>
    <message>
        <source>Owner of new records</source>
        <translation>የአዳዲስ መዝገቦች ኃላፊ</translation>
    </message>
    <message>
        <source>Add Salesperson</source>
        <translation>የሽያጭ ሠራተኛ አክል</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ስም:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>መለያዎች</translation>
    </message>
    <message>
        <source>No tags yet: add them in a contact&apos;s dialog, or to many at once with Change Selected.</source>
        <translation>እስካሁን መለያዎች የሉም: በእውቂያ መገናኛ ውስጥ ያክሏቸው፣ ወይም ለብዙዎች በአንድ ጊዜ በ“የተመረጡትን ቀይር”።</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>መለያውን አ&amp;ስወግድ</translation>
    </message>
    <message>
        <source>Double-click a tag to rename it everywhere; renaming it to an existing tag merges the two. Tags are added where contacts are edited.</source>
        <translation>መለያን በሁሉም ቦታ እንደገና ለመሰየም ሁለቴ ጠቅ ያድርጉ፤ ወደ ነባር መለያ ስም መቀየር ሁለቱን ያዋህዳል። መለያዎች የሚታከሉት እውቂያዎች በሚታረሙበት ቦታ ነው።</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>ነባሪ ምንዛሬ</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>ሌላ የውሂብ ጎታ &amp;ክፈት…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>አዲስ የውሂብ &amp;ጎታ…</translation>
    </message>
    <message>
        <source>Region of phone numbers without a country code</source>
        <translation>የአገር ኮድ የሌላቸው ስልክ ቁጥሮች ክልል</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>የሚቀመጡ ምትኬዎች</translation>
    </message>
    <message>
        <source>No daily backup</source>
        <translation>ዕለታዊ ምትኬ የለም</translation>
    </message>
    <message>
        <source>A copy a day, and one before each restore; beyond this number the oldest are deleted. With no daily backup, none are deleted.</source>
        <translation>በቀን አንድ ቅጂ፣ እና ከእያንዳንዱ ወደነበረበት መመለስ በፊት አንድ፤ ከዚህ ቁጥር በላይ ሲሆኑ በጣም የቆዩት ይሰረዛሉ። ዕለታዊ ምትኬ ከሌለ ምንም አይሰረዝም።</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>ነባሪ ምን&amp;ዛሬ:</translation>
    </message>
    <message>
        <source>New deals and campaigns start in this currency; amounts keep their own.</source>
        <translation>አዳዲስ ስምምነቶች እና ዘመቻዎች በዚህ ምንዛሬ ይጀምራሉ፤ መጠኖች የራሳቸውን ምንዛሬ ይይዛሉ።</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>የውሂብ ጎታ ፋይል:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a country code are from:</source>
        <translation>የአገር ኮድ የሌላቸው ስልክ ቁጥሮች &amp;የሚገኙበት አገር:</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>የሚቀመጡ ም&amp;ትኬዎች:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>የምትኬ አቃፊ:</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>ቋ&amp;ንቋ</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>መ&amp;ስኮች</translation>
    </message>
    <message>
        <source>Lifec&amp;ycle</source>
        <translation>የሕይወት &amp;ዑደት</translation>
    </message>
    <message>
        <source>Lead sc&amp;oring</source>
        <translation>የእምቅ ደንበኛ &amp;ነጥብ አሰጣጥ</translation>
    </message>
    <message>
        <source>T&amp;erritories</source>
        <translation>ቀ&amp;ጠናዎች</translation>
    </message>
    <message>
        <source>Assign&amp;ment</source>
        <comment>the Settings tab of the assignment rules</comment>
        <translation>ምደ&amp;ባ</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>የቁልፍ ሰሌዳ አቋራጮች</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>የሚያደርገው</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>ቁልፍ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ዛሬ</translation>
    </message>
    <message>
        <source>Mark the selected reminder done</source>
        <translation>የተመረጠውን አስታዋሽ እንደተከናወነ ምልክት አድርግ</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Snooze the selected reminder until tomorrow 9:00</source>
        <translation>የተመረጠውን አስታዋሽ እስከ ነገ 9:00 አዘግይ</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Open the contact, or the deal on the pipeline</source>
        <translation>እውቂያውን፣ ወይም ስምምነቱን በሽያጭ ሂደቱ ላይ ክፈት</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>እውቂያዎች</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>የተመረጠውን እውቂያ አርትዕ</translation>
    </message>
    <message>
        <source>Select several contacts</source>
        <translation>ብዙ እውቂያዎችን ምረጥ</translation>
    </message>
    <message>
        <source>Shift+click, Ctrl+click, Ctrl+A</source>
        <translation>Shift+ጠቅ፣ Ctrl+ጠቅ፣ Ctrl+A</translation>
    </message>
    <message>
        <source>Resolve or reopen the selected complaint in the history</source>
        <translation>በታሪኩ ውስጥ የተመረጠውን ቅሬታ ፍታ ወይም እንደገና ክፈት</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>አስታዋሾች</translation>
    </message>
    <message>
        <source>Edit the selected reminder</source>
        <translation>የተመረጠውን አስታዋሽ አርትዕ</translation>
    </message>
    <message>
        <source>Delete the selected reminder</source>
        <translation>የተመረጠውን አስታዋሽ ሰርዝ</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>የሽያጭ ሂደት</translation>
    </message>
    <message>
        <source>Edit the selected deal</source>
        <translation>የተመረጠውን ስምምነት አርትዕ</translation>
    </message>
    <message>
        <source>Previous or next column</source>
        <translation>ቀዳሚ ወይም ቀጣይ አምድ</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>←, →</translation>
    </message>
    <message>
        <source>Board or list</source>
        <translation>ሰሌዳ ወይም ዝርዝር</translation>
    </message>
    <message>
        <source>Alt+B, Alt+I</source>
        <translation>Alt+B, Alt+I</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ፍለጋ</translation>
    </message>
    <message>
        <source>Open the first match</source>
        <translation>የመጀመሪያውን ውጤት ክፈት</translation>
    </message>
    <message>
        <source>Move through the matches</source>
        <translation>በውጤቶቹ ውስጥ ተንቀሳቀስ</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>↑, ↓</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>ግንኙነት መዝግብ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>አስቀምጥ</translation>
    </message>
    <message>
        <source>New line in the notes</source>
        <translation>በማስታወሻዎቹ ውስጥ አዲስ መስመር</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>ሪፖርቶች</translation>
    </message>
    <message>
        <source>What lies behind the chosen figure</source>
        <translation>ከተመረጠው መለኪያ በስተጀርባ ያለው</translation>
    </message>
    <message>
        <source>Log an interaction with the contact of a row of the details</source>
        <translation>ከዝርዝሮቹ የአንድ ረድፍ እውቂያ ጋር ግንኙነት መዝግብ</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Print all reports</source>
        <translation>ሁሉንም ሪፖርቶች አትም</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Find a key or a command</source>
        <translation>ቁልፍ ወይም ትዕዛዝ ፈልግ</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TerritoriesSettingsPage</name>
    <message>
        <source>Sales territories</source>
        <translation>የሽያጭ ቀጠናዎች</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>ቀጠና</translation>
    </message>
    <message>
        <source>Made of</source>
        <translation>ያካተተው</translation>
    </message>
    <message>
        <source>&amp;Add Territory…</source>
        <translation>ቀጠና አ&amp;ክል…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>አር&amp;ትዕ…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>አስ&amp;ወግድ</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>ወደ &amp;ላይ</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>ወደ &amp;ታች</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the countries of a territory</comment>
        <translation>፣ </translation>
    </message>
    <message>
        <source>regions %1</source>
        <translation>ክልሎች %1</translation>
    </message>
    <message>
        <source>postal codes %1</source>
        <translation>የፖስታ ቁጥሮች %1</translation>
    </message>
    <message>
        <source>nothing yet: it holds nobody</source>
        <translation>እስካሁን ምንም የለም: ማንንም አይይዝም</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a territory</comment>
        <translation>፤ </translation>
    </message>
    <message>
        <source>A contact or company is in the first territory, in this order, that holds its address. The Contacts list shows it in its Territory column (right-click the header) and filters by it under More Filters; the Companies page shows it and lists a territory&apos;s companies; scoring rules can ask for it.</source>
        <translation>እውቂያ ወይም ኩባንያ በዚህ ቅደም ተከተል መሠረት አድራሻውን በሚይዘው የመጀመሪያው ቀጠና ውስጥ ይሆናል። የ“እውቂያዎች” ዝርዝር ቀጠናውን በ“ቀጠና” አምዱ ያሳያል (ርዕሱን በቀኝ ጠቅ ያድርጉ)፣ በ“ተጨማሪ ማጣሪያዎች” ስርም በእሱ ያጣራል፤ የ“ኩባንያዎች” ገጽ ቀጠናውን ያሳያል፣ የአንድን ቀጠና ኩባንያዎችም ይዘረዝራል፤ የነጥብ ደንቦችም ቀጠናን መጠየቅ ይችላሉ።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TerritoryDialog</name>
    <message>
        <source>Add Territory</source>
        <translation>ቀጠና አክል</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>ቀጠና</translation>
    </message>
    <message>
        <source>North, Bavaria, DACH…</source>
        <translation>ሰሜን፣ ባቫሪያ፣ DACH…</translation>
    </message>
    <message>
        <source>Germany, Austria, Switzerland</source>
        <translation>ጀርመን, ኦስትሪያ, ስዊዘርላንድ</translation>
    </message>
    <message>
        <source>Bavaria, Hesse</source>
        <translation>ባቫሪያ, ሄሰን</translation>
    </message>
    <message>
        <source>10, 12, 20000–29999</source>
        <translation>10, 12, 20000–29999</translation>
    </message>
    <message>
        <source>Separate several with commas. A contact or company is in the territory when its country is one of these (or none are given) and its region or postal code is one of these (or none are given). A postal code is a beginning, such as 10, or a range, such as 20000–29999 or 20000..29999. When territories overlap, the first in the list has the address.</source>
        <translation>ብዙ ሲሆኑ በኮማ (,) ይለዩዋቸው። እውቂያ ወይም ኩባንያ በቀጠናው ውስጥ የሚሆነው አገሩ ከእነዚህ አንዱ ሲሆን (ወይም ምንም ካልተሰጠ) እና ክልሉ ወይም የፖስታ ቁጥሩ ከእነዚህ አንዱ ሲሆን (ወይም ምንም ካልተሰጠ) ነው። የፖስታ ቁጥር የቁጥር መጀመሪያ (ለምሳሌ 10) ወይም ወሰን (ለምሳሌ 20000–29999 ወይም 20000..29999) ሊሆን ይችላል። ቀጠናዎች ሲደራረቡ አድራሻው የሚቆጠረው በዝርዝሩ ውስጥ ቀድሞ ለሚገኘው ቀጠና ነው።</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ስም:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;አገሮች:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>&amp;ክልሎች:</translation>
    </message>
    <message>
        <source>&amp;Postal codes:</source>
        <translation>&amp;የፖስታ ቁጥሮች:</translation>
    </message>
    <message>
        <source>Give countries, regions or postal codes: a territory without any holds nobody.</source>
        <translation>አገሮችን፣ ክልሎችን ወይም የፖስታ ቁጥሮችን ይስጡ: ምንም የሌለው ቀጠና ማንንም አይይዝም።</translation>
    </message>
    <message>
        <source>%1 and %2 have an address in it.</source>
        <comment>contacts and companies</comment>
        <translation>%1 እና %2 በውስጡ አድራሻ አላቸው።</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln እውቂያ</numerusform>
            <numerusform>%Ln እውቂያዎች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln ኩባንያ</numerusform>
            <numerusform>%Ln ኩባንያዎች</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::TimelineModel</name>
    <message>
        <source>Planned</source>
        <comment>an interaction still to come</comment>
        <translation>የታቀደ</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln ደቂቃ</numerusform>
            <numerusform>%Ln ደቂቃ</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>ክፍት</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>በ%1 ተፈቷል</translation>
    </message>
    <message>
        <source>Deal created in %1</source>
        <translation>ስምምነት ተፈጠረ (%1)</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>ስምምነቱ ተሳካ</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>ስምምነቱ ከሸፈ</translation>
    </message>
    <message>
        <source>Deal moved to %1</source>
        <translation>ስምምነቱ ተዛወረ → %1</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>አስታዋሹ ተከናወነ</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>የአስታዋሽ ቀነ ገደብ</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>the line between planned and past entries</comment>
        <translation>አሁን</translation>
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
        <translation>የዛሬ መርሃ ግብር</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ምን</translation>
    </message>
    <message>
        <source>Nothing is due today.

Log a call or meeting with Ctrl+L and schedule the next step in the same dialog: it will show up here on its day.</source>
        <translation>ዛሬ ቀነ ገደቡ የደረሰ ምንም ነገር የለም።

ጥሪ ወይም ስብሰባ በCtrl+L ይመዝግቡ እና በዚያው መገናኛ ቀጣዩን እርምጃ ያቅዱ: በቀኑ እዚህ ይታያል።</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;ተከናውኗል</translation>
    </message>
    <message>
        <source>Mark the reminder done (D)</source>
        <translation>አስታዋሹን እንደተከናወነ ምልክት አድርግ (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze Until Tomorrow</source>
        <translation>እስከ &amp;ነገ አዘግይ</translation>
    </message>
    <message>
        <source>Ask again tomorrow at 9:00 (S)</source>
        <translation>ነገ 9:00 ላይ እንደገና አስታውስ (S)</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>እውቂያን &amp;ክፈት</translation>
    </message>
    <message>
        <source>Show the contact&apos;s card (Enter)</source>
        <translation>የእውቂያውን ካርድ አሳይ (Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;D&lt;/b&gt; done · &lt;b&gt;S&lt;/b&gt; snooze until tomorrow · &lt;b&gt;Enter&lt;/b&gt; open · &lt;b&gt;Ctrl+L&lt;/b&gt; log a call or meeting · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; fold a section</source>
        <translation>&lt;b&gt;D&lt;/b&gt; ተከናውኗል · &lt;b&gt;S&lt;/b&gt; እስከ ነገ አዘግይ · &lt;b&gt;Enter&lt;/b&gt; ክፈት · &lt;b&gt;Ctrl+L&lt;/b&gt; ጥሪ ወይም ስብሰባ መዝግብ · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; ክፍልን ሰብስብ ወይም ዘርጋ</translation>
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
            <numerusform>የመጀመሪያውን %Ln አሳይ…</numerusform>
            <numerusform>የመጀመሪያዎቹን %Ln አሳይ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation>
            <numerusform>ሁሉንም %Ln አሳይ…</numerusform>
            <numerusform>ሁሉንም %Ln አሳይ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter lists every item of the section</source>
        <translation>Enter የክፍሉን እያንዳንዱን ንጥል ይዘረዝራል</translation>
    </message>
    <message>
        <source>Snoozed; first due %1</source>
        <translation>ዘግይቷል፤ መጀመሪያ የነበረው ቀነ ገደብ %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>ጊዜው ያለፈ</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>ዛሬ የሚደርሱ</translation>
    </message>
    <message>
        <source>Meetings today and tomorrow</source>
        <translation>የዛሬ እና የነገ ስብሰባዎች</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ዛሬ</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>ነገ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a meeting&apos;s day (Today, Tomorrow) and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>በዚህ ሳምንት የልደት ቀናት</translation>
    </message>
    <message>
        <source>%1 turns %2</source>
        <translation>%1 %2 ዓመት ይሞላቸዋል</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>ግንኙነታቸው እየራቀ ያሉ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>ከ%Ln ቀን በፊት</numerusform>
            <numerusform>ከ%Ln ቀናት በፊት</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ግንኙነት አልተደረገም</translation>
    </message>
    <message numerus="yes">
        <source>%1 — stay in touch every %n day(s)</source>
        <comment>a contact&apos;s name</comment>
        <translation>
            <numerusform>%1 — በየ%Ln ቀኑ ይገናኙ</numerusform>
            <numerusform>%1 — በየ%Ln ቀኑ ይገናኙ</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>የቆሙ ስምምነቶች</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>በደረጃው %Ln ቀን</numerusform>
            <numerusform>በደረጃው %Ln ቀናት</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2፣ %3)</translation>
    </message>
    <message numerus="yes">
        <source>No move for %n day(s): Enter shows the deal on the pipeline board.</source>
        <translation>
            <numerusform>ለ%Ln ቀን ምንም እንቅስቃሴ የለም: Enter ስምምነቱን በሽያጭ ሂደት ሰሌዳው ላይ ያሳያል።</numerusform>
            <numerusform>ለ%Ln ቀናት ምንም እንቅስቃሴ የለም: Enter ስምምነቱን በሽያጭ ሂደት ሰሌዳው ላይ ያሳያል።</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>ስምምነትን ክ&amp;ፈት</translation>
    </message>
    <message>
        <source>Show the deal on the pipeline board (Enter)</source>
        <translation>ስምምነቱን በሽያጭ ሂደት ሰሌዳው ላይ አሳይ (Enter)</translation>
    </message>
    <message>
        <source>“%1” snoozed until tomorrow.</source>
        <translation>“%1” እስከ ነገ ዘግይቷል።</translation>
    </message>
    <message>
        <source>Who to call next</source>
        <translation>ቀጥሎ የሚደወልላቸው</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2
Enter opens the contact; Ctrl+L logs the call.</source>
        <translation>%1 — %2
Enter እውቂያውን ይከፍታል፤ Ctrl+L ጥሪውን ይመዘግባል።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::UndoHistory</name>
    <message>
        <source>No database is open.</source>
        <translation>ምንም የውሂብ ጎታ አልተከፈተም።</translation>
    </message>
</context>
<context>
    <name>kontor::ui::UserGuideDialog</name>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>የተጠቃሚ መመሪያው በዚህ ግንባታ ውስጥ የለም።</translation>
    </message>
    <message>
        <source>Kontor User Guide</source>
        <translation>የKontor የተጠቃሚ መመሪያ</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WeeklyReportView</name>
    <message>
        <source>Figure</source>
        <translation>መለኪያ</translation>
    </message>
    <message>
        <source>What the notebook asked each week.</source>
        <translation>ማስታወሻ ደብተሩ በየሳምንቱ የሚጠይቀው።</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>ይህ ሳምንት</translation>
    </message>
    <message>
        <source>The week shown.</source>
        <translation>የሚታየው ሳምንት።</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>ያለፈው ሳምንት</translation>
    </message>
    <message>
        <source>The week before it.</source>
        <translation>ከሱ በፊት ያለው ሳምንት።</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ለውጥ</translation>
    </message>
    <message>
        <source>This week less the week before.</source>
        <translation>ይህ ሳምንት ሲቀነስ ያለፈው ሳምንት።</translation>
    </message>
    <message>
        <source>Calls held</source>
        <translation>የተደረጉ ጥሪዎች</translation>
    </message>
    <message>
        <source>Calls logged in the week.</source>
        <translation>በሳምንቱ የተመዘገቡ ጥሪዎች።</translation>
    </message>
    <message>
        <source>… successful</source>
        <translation>… ውጤታማ</translation>
    </message>
    <message>
        <source>Calls with the outcome “successful”.</source>
        <translation>ውጤታቸው “ውጤታማ” የሆኑ ጥሪዎች።</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>የተካሄዱ ስብሰባዎች</translation>
    </message>
    <message>
        <source>Meetings that took place in the week.</source>
        <translation>በሳምንቱ የተካሄዱ ስብሰባዎች።</translation>
    </message>
    <message>
        <source>Meetings with the outcome “successful”.</source>
        <translation>ውጤታቸው “ውጤታማ” የሆኑ ስብሰባዎች።</translation>
    </message>
    <message>
        <source>Led to another appointment</source>
        <translation>ወደ ሌላ ቀጠሮ ያመሩ</translation>
    </message>
    <message>
        <source>Calls and meetings whose next step booked a meeting.</source>
        <translation>ቀጣይ እርምጃቸው ስብሰባ ያስያዘ ጥሪዎች እና ስብሰባዎች።</translation>
    </message>
    <message>
        <source>Appointments in the next 30 days</source>
        <translation>በሚቀጥሉት 30 ቀናት ውስጥ ያሉ ቀጠሮዎች</translation>
    </message>
    <message>
        <source>Meetings booked for the 30 days after the week.</source>
        <translation>ከሳምንቱ በኋላ ላሉት 30 ቀናት የተያዙ ስብሰባዎች።</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>አዲስ እምቅ ደንበኞች</translation>
    </message>
    <message>
        <source>Contacts created in the week.</source>
        <translation>በሳምንቱ የተፈጠሩ እውቂያዎች።</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>የተሳኩ ስምምነቶች</translation>
    </message>
    <message>
        <source>Deals moved to Won in the week.</source>
        <translation>በሳምንቱ ወደ “የተሳካ” የተዛወሩ ስምምነቶች።</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>የከሸፉ ስምምነቶች</translation>
    </message>
    <message>
        <source>Deals moved to Lost in the week.</source>
        <translation>በሳምንቱ ወደ “የከሸፈ” የተዛወሩ ስምምነቶች።</translation>
    </message>
    <message>
        <source>The amounts of the deals won in the week.</source>
        <translation>በሳምንቱ የተሳኩ ስምምነቶች መጠኖች።</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>ከተሳኩ ስምምነቶች የተገኘ ገቢ</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>የተከፈቱ ቅሬታዎች</translation>
    </message>
    <message>
        <source>Complaints logged in the week.</source>
        <translation>በሳምንቱ የተመዘገቡ ቅሬታዎች።</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>የተፈቱ ቅሬታዎች</translation>
    </message>
    <message>
        <source>Complaints marked resolved in the week, whenever they were logged.</source>
        <translation>መቼም ቢመዘገቡ፣ በሳምንቱ እንደተፈቱ ምልክት የተደረገባቸው ቅሬታዎች።</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>ጥሪዎች</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>ስብሰባዎች</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>ውጤታማ</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>ያለፉት 12 ሳምንታት</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;: nothing logged yet. Log calls and meetings with Ctrl+L as they happen.</source>
        <translation>ከ&lt;b&gt;%1&lt;/b&gt; የሚጀምረው ሳምንት: እስካሁን ምንም አልተመዘገበም። ጥሪዎችን እና ስብሰባዎችን ሲከናወኑ በCtrl+L ይመዝግቡ።</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;, the period&apos;s last week so far, compared with the week before.</source>
        <translation>ከ&lt;b&gt;%1&lt;/b&gt; የሚጀምረው ሳምንት፣ እስካሁን የጊዜው የመጨረሻ ሳምንት፣ ከቀዳሚው ሳምንት ጋር ሲነጻጸር።</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;, compared with the week before.</source>
        <translation>ከ&lt;b&gt;%1&lt;/b&gt; የሚጀምረው ሳምንት፣ ከቀዳሚው ሳምንት ጋር ሲነጻጸር።</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>ከ%1 የሚጀምረው ሳምንት</translation>
    </message>
    <message>
        <source>%1, week of %2</source>
        <translation>%1፣ ከ%2 የሚጀምረው ሳምንት</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WelcomePage</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation>እንኳን ወደ Kontor በደህና መጡ</translation>
    </message>
    <message>
        <source>Your clients, what was said and what to do next, in one file on this computer. Two questions, then choose how to begin.</source>
        <translation>ደንበኞችዎ፣ የተባለው እና ቀጥሎ የሚደረገው፣ በዚህ ኮምፒውተር ላይ በአንድ ፋይል ውስጥ። ሁለት ጥያቄዎች፣ ከዚያም እንዴት እንደሚጀምሩ ይምረጡ።</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ስምዎ</translation>
    </message>
    <message>
        <source>As your colleagues and reports should show it</source>
        <translation>ባልደረቦችዎ እንዲያዩት እና በሪፖርቶች ላይ እንዲታይ በሚፈልጉት መልኩ</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>አገርዎ</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;ስምዎ:</translation>
    </message>
    <message>
        <source>Your &amp;country:</source>
        <translation>&amp;አገርዎ:</translation>
    </message>
    <message>
        <source>&amp;Add your first contact</source>
        <translation>የመጀመሪያውን &amp;እውቂያ አክል</translation>
    </message>
    <message>
        <source>A person, with their company, emails and phones (Ctrl+N)</source>
        <translation>አንድ ሰው፣ ከኩባንያው፣ ከኢሜይሎቹ እና ከስልኮቹ ጋር (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;ፋይል አስመጣ…</translation>
    </message>
    <message>
        <source>Contacts from a spreadsheet (CSV), Google Contacts, Outlook or a vCard file</source>
        <translation>ከተመን ሉህ (CSV)፣ ከGoogle እውቂያዎች፣ ከOutlook ወይም ከvCard ፋይል የሚመጡ እውቂያዎች</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>የ&amp;ማሳያ የውሂብ ጎታውን ክፈት</translation>
    </message>
    <message>
        <source>5,000 made-up contacts with a year of calls, meetings and deals, in a file of its own: your database stays as it is</source>
        <translation>5,000 ምናባዊ እውቂያዎች ከአንድ ዓመት ጥሪዎች፣ ስብሰባዎች እና ስምምነቶች ጋር፣ በራሱ ፋይል ውስጥ: የእርስዎ የውሂብ ጎታ እንዳለ ይቆያል</translation>
    </message>
    <message>
        <source>Choose your country. Phone numbers written without a country code, such as 030 1234567, are read as numbers of that country.</source>
        <translation>አገርዎን ይምረጡ። እንደ 011 123 4567 ያሉ ያለ አገር ኮድ የተጻፉ ስልክ ቁጥሮች የዚያ አገር ቁጥሮች ተደርገው ይነበባሉ።</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country; Settings can change it.</source>
        <translation>ያለ አገር ኮድ የተጻፉ ስልክ ቁጥሮች የዚህ አገር ቁጥሮች ተደርገው ይነበባሉ፤ በቅንብሮች ውስጥ ሊቀየር ይችላል።</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo database</source>
        <translation>የማሳያ የውሂብ ጎታ</translation>
    </message>
    <message>
        <source>Generating the demo database…</source>
        <translation>የማሳያ የውሂብ ጎታውን በመፍጠር ላይ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Kontor, an offline CRM.</source>
        <translation>Kontor፣ ከመስመር ውጭ የሚሰራ CRM።</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>ይህን የውሂብ ጎታ ፋይል ክፈት።</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <source>Open the demo database, generating it on first use.</source>
        <translation>የማሳያ የውሂብ ጎታውን ክፈት፤ ለመጀመሪያ ጊዜ ሲከፈት ይፈጠራል።</translation>
    </message>
    <message>
        <source>Contacts in a new demo database.</source>
        <translation>በአዲስ የማሳያ የውሂብ ጎታ ውስጥ ያሉ እውቂያዎች።</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The language of the interface, e.g. de.</source>
        <translation>የበይነገጹ ቋንቋ፣ ለምሳሌ am።</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ቋንቋ</translation>
    </message>
</context>
</TS>
