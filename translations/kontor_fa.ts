<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Activity</name>
    <message>
        <source>The activity report could not be computed: %1</source>
        <translation>گزارش فعالیت محاسبه نشد: %1</translation>
    </message>
    <message>
        <source>The activity report could not be computed.</source>
        <translation>گزارش فعالیت محاسبه نشد.</translation>
    </message>
</context>
<context>
    <name>AgendaRepository</name>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>جلسه‌ها خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>مخاطبان خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>The birthdays could not be read: %1</source>
        <translation>تاریخ‌های تولد خوانده نشدند: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>بایگانی %1</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 حذف شد.</translation>
    </message>
    <message>
        <source>%1 archived.</source>
        <translation>%1 بایگانی شد.</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>بازیابی %1</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 بازیابی شد.</translation>
    </message>
</context>
<context>
    <name>ArchiveRepository</name>
    <message>
        <source>The archive could not be read: %1</source>
        <translation>بایگانی خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The record could not be restored: %1</source>
        <translation>رکورد بازیابی نشد: %1</translation>
    </message>
    <message>
        <source>The record is not in the archive any more.</source>
        <translation>این رکورد دیگر در بایگانی نیست.</translation>
    </message>
</context>
<context>
    <name>AssignActions</name>
    <message>
        <source>Change assignment rules</source>
        <translation>تغییر قواعد واگذاری</translation>
    </message>
    <message>
        <source>Assign contacts by the rules</source>
        <translation>واگذاری مخاطبان بر اساس قواعد</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n contact(s) by the rules</source>
        <translation>
            <numerusform>واگذاری %Ln مخاطب بر اساس قواعد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignText</name>
    <message>
        <source>(everyone)</source>
        <translation>(همه)</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(غیرفعال)</translation>
    </message>
    <message>
        <source>assign takes its contacts as --where options, or lists its rules: assign rules.</source>
        <translation>assign مخاطبانش را با گزینه‌های --where می‌گیرد، یا قواعدش را فهرست می‌کند: assign rules.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) would change owner.</source>
        <translation>
            <numerusform>مسئول %Ln مخاطب تغییر خواهد کرد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed owner.</source>
        <translation>
            <numerusform>مسئول %Ln مخاطب تغییر کرد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) looked at.</source>
        <translation>
            <numerusform>%Ln مخاطب بررسی شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>The assignment rules could not be read: %1</source>
        <translation>قواعد واگذاری خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>برای قاعده یک نام تعیین کنید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: choose the salesperson who gets the contacts.</source>
        <translation>%1: کارشناس فروشی را که مخاطبان را می‌گیرد انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1: choose at least one salesperson to share the contacts.</source>
        <translation>%1: دست‌کم یک کارشناس فروش انتخاب کنید تا مخاطبان میان آن‌ها تقسیم شوند.</translation>
    </message>
    <message>
        <source>The assignment rules could not be saved: %1</source>
        <translation>قواعد واگذاری ذخیره نشدند: %1</translation>
    </message>
    <message>
        <source>The assignment rules could not be applied: %1</source>
        <translation>قواعد واگذاری اعمال نشدند: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>“%1” could not be copied beside the database.</source>
        <translation>«%1» را نمی‌توان کنار پایگاه داده کپی کرد.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of “%1”; the database before it is in “%2”.</source>
        <translation>نسخه پشتیبان جایگزین «%1» نشد؛ پایگاه داده پیش از آن در «%2» است.</translation>
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
        <translation>یادآورها خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>تقویم نوشته نشد: %1</translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>جلسه‌ها خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>جلسه با %1</translation>
    </message>
    <message>
        <source>Exporting meetings</source>
        <translation>در حال برون‌بری جلسه‌ها</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>برون‌بری لغو شد.</translation>
    </message>
</context>
<context>
    <name>CallNext</name>
    <message>
        <source>Who to call next could not be read: %1</source>
        <translation>فهرست «بعد با چه کسی تماس بگیرید» خوانده نشد: %1</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>تاکنون بدون ارتباط</translation>
    </message>
    <message>
        <source>%1, %2 in all; %3</source>
        <comment>orders, revenue; last contact</comment>
        <translation>%1، در مجموع %2؛ %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), the last on %1</source>
        <translation>
            <numerusform>%Ln سفارش، آخرین بار در %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %Ln day(s)</source>
        <translation>
            <numerusform>%Ln روز بدون ارتباط</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a scoring rule and its points: Decision maker +20</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>امتیاز %1</translation>
    </message>
    <message>
        <source>score %1: %2</source>
        <comment>a lead score and the rules that gave it</comment>
        <translation>امتیاز %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between scoring rules</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>a lead&apos;s score; its last contact</comment>
        <translation>%1؛ %2</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryDialog</name>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal or reminder</comment>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Stay in touch every (days)</source>
        <translation>یادآوری ارتباط هر (روز)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>دفتر مرکزی</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>حوزه فروش</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بستن مورد انتظار</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته‌شده</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>دلیل از دست رفتن</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>به تعویق افتاده تا</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>مدت (ثانیه)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>مرحله چرخه عمر</translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>The change history could not be read: %1</source>
        <translation>تاریخچه تغییرات خوانده نشد: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>پایگاه داده آماده است: %1 (طرح‌واره %2)</translation>
    </message>
    <message>
        <source>--contacts needs a whole number of 0 or more.</source>
        <translation>--contacts به یک عدد صحیح 0 یا بیشتر نیاز دارد.</translation>
    </message>
    <message>
        <source>--interactions needs a whole number from 0 to 1000.</source>
        <translation>--interactions به یک عدد صحیح از 0 تا 1000 نیاز دارد.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed به یک عدد صحیح نیاز دارد.</translation>
    </message>
    <message>
        <source>--as-of needs a date such as 2026-11-24.</source>
        <translation>--as-of به تاریخی مانند 2026-11-24 نیاز دارد.</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>Generated %1 contacts, %2 companies, %3 interactions, %4 deals, %5 reminders in %6 s.</source>
        <translation>%1 مخاطب، %2 شرکت، %3 تعامل، %4 معامله و %5 یادآور در %6 ثانیه ساخته شد.</translation>
    </message>
    <message>
        <source>search needs the text to look for.</source>
        <translation>search به متن مورد جست‌وجو نیاز دارد.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more.</source>
        <translation>--limit به یک عدد صحیح 1 یا بیشتر نیاز دارد.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>چیزی برای «%1» پیدا نشد.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>نسخه طرح‌واره: %1 (این برنامه: %2)</translation>
    </message>
    <message>
        <source>SQLite %1, journal mode %2</source>
        <translation>SQLite %1، حالت ژورنال %2</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>یکپارچگی: سالم</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>مشکل: %1</translation>
    </message>
    <message>
        <source>backup needs exactly one target file.</source>
        <translation>backup فقط به یک فایل مقصد نیاز دارد.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>نسخه پشتیبان در %1 نوشته شد</translation>
    </message>
    <message>
        <source>report needs one of: %1.</source>
        <translation>report به یکی از این‌ها نیاز دارد: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-11-24.</source>
        <translation>--%1 به تاریخی مانند 2026-11-24 نیاز دارد.</translation>
    </message>
    <message>
        <source>What to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder.</source>
        <translation>چه کاری انجام شود: init، demo، search، report، check، backup، import، export، contact، log، deal یا reminder.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>فایل پایگاه داده (پیش‌فرض: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Print machine-readable JSON on standard output.</source>
        <translation>چاپ JSON ماشین‌خوان در خروجی استاندارد.</translation>
    </message>
    <message>
        <source>demo: how many contacts to generate (default 500).</source>
        <translation>demo: تعداد مخاطبانی که ساخته می‌شوند (پیش‌فرض 500).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>demo: the random seed; the same seed gives the same data (default 1).</source>
        <translation>demo: بذر تصادفی؛ بذر یکسان داده‌های یکسان می‌سازد (پیش‌فرض 1).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>demo: the day the demo data is written for (default today).</source>
        <translation>demo: روزی که داده‌های نمایشی برای آن نوشته می‌شوند (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>demo: average interactions per contact over the last year (default 10).</source>
        <translation>demo: میانگین تعامل‌ها برای هر مخاطب در سال گذشته (پیش‌فرض 10).</translation>
    </message>
    <message>
        <source>search: the most results to print (default 20).</source>
        <translation>search: بیشترین تعداد نتایج برای چاپ (پیش‌فرض 20).</translation>
    </message>
    <message>
        <source>report: the first day (default: the quarter&apos;s first).</source>
        <translation>report: روز نخست (پیش‌فرض: نخستین روز فصل).</translation>
    </message>
    <message>
        <source>report: the last day (default: today).</source>
        <translation>report: روز آخر (پیش‌فرض: امروز).</translation>
    </message>
    <message>
        <source>report: one salesperson&apos;s figures; contact: the salesperson who owns it. By name.</source>
        <translation>report: ارقام یک کارشناس فروش؛ contact: کارشناس فروشی که مسئول آن است. بر اساس نام.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>The language of messages, such as de or en.</source>
        <translation>زبان پیام‌ها، مانند fa یا en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>export: csv (default), vcf (contacts) or ics (reminders, meetings, calendar).</source>
        <translation>export: csv (پیش‌فرض)، vcf (مخاطبان) یا ics (یادآورها، جلسه‌ها، تقویم).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: فایلی که نوشته می‌شود.</translation>
    </message>
    <message>
        <source>import: what the file holds: contacts (default), companies, interactions or deals.</source>
        <translation>import: محتوای فایل: contacts (پیش‌فرض)، companies، interactions یا deals.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>import: a row whose email or phone is already there: skip (default), update, merge or create.</source>
        <translation>import: سطری که ایمیل یا تلفن آن از قبل وجود دارد: skip (پیش‌فرض)، update، merge یا create.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>سیاست</translation>
    </message>
    <message>
        <source>import: COLUMN=field, by header or number; repeatable.</source>
        <translation>import: COLUMN=field، بر اساس عنوان ستون یا شماره آن؛ تکرارپذیر.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>نگاشت</translation>
    </message>
    <message>
        <source>import: the mapping preset by name (default: the one that fits best).</source>
        <translation>import: الگوی نگاشت بر اساس نام (پیش‌فرض: مناسب‌ترین الگو).</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (default: detected).</source>
        <translation>import: کدگذاری فایل (پیش‌فرض: تشخیص خودکار).</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>کدگذاری</translation>
    </message>
    <message>
        <source>import: the character between fields (default: detected).</source>
        <translation>import: نویسه میان فیلدها (پیش‌فرض: تشخیص خودکار).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>نویسه</translation>
    </message>
    <message>
        <source>export: CSV with every value exactly as stored, formulas not neutralised (for scripts and import).</source>
        <translation>export: CSV با همه مقادیر درست همان‌گونه که ذخیره شده‌اند، بدون خنثی‌سازی فرمول‌ها (برای اسکریپت‌ها و درون‌ریزی).</translation>
    </message>
    <message>
        <source>Say what to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder.</source>
        <translation>بگویید چه کاری انجام شود: init، demo، search، report، check، backup، import، export، contact، log، deal یا reminder.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>فرمان ناشناخته «%1».</translation>
    </message>
    <message>
        <source>Run “kontor-cli --help” for the commands and options.</source>
        <translation>برای دیدن فرمان‌ها و گزینه‌ها «kontor-cli --help» را اجرا کنید.</translation>
    </message>
    <message>
        <source>export needs what: contacts, companies, interactions, deals, reminders, meetings or calendar.</source>
        <translation>export باید بداند چه چیزی: contacts، companies، interactions، deals، reminders، meetings یا calendar.</translation>
    </message>
    <message>
        <source>--format for %1 is %2.</source>
        <translation>--format برای %1 باید %2 باشد.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» نوشته نشد: %2</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>%1 رکورد در %2 برون‌بری شد</translation>
    </message>
    <message>
        <source>import needs a file: import FILE.csv or FILE.vcf.</source>
        <translation>import به یک فایل نیاز دارد: import FILE.csv یا FILE.vcf.</translation>
    </message>
    <message>
        <source>--as is contacts, companies, interactions or deals.</source>
        <translation>--as یکی از این‌هاست: contacts، companies، interactions یا deals.</translation>
    </message>
    <message>
        <source>--duplicates is skip, update, merge or create.</source>
        <translation>--duplicates یکی از این‌هاست: skip، update، merge یا create.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«%1» خوانده نشد: %2</translation>
    </message>
    <message>
        <source>--delimiter is one character (or “tab”).</source>
        <translation>--delimiter یک نویسه است (یا «tab»).</translation>
    </message>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation>کدگذاری «%1» شناخته‌شده نیست.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» خالی است.</translation>
    </message>
    <message>
        <source>No preset is called “%1”.</source>
        <translation>الگویی با نام «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=field, with a field key such as first_name: “%1”.</source>
        <translation>--map به شکل COLUMN=field است، با کلید فیلدی مانند first_name: «%1».</translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>فایل ستونی به نام «%1» ندارد.</translation>
    </message>
    <message>
        <source>A vCard file holds contacts.</source>
        <translation>فایل vCard حاوی مخاطبان است.</translation>
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>پیش از درون‌ریزی نسخه پشتیبان ساخته نشد، بنابراین چیزی درون‌ریزی نشد: %1</translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1 rows; %2 would be created, %3 updated, %4 merged, %5 skipped, %6 rejected; %7 with warnings.</source>
        <translation>اجرای آزمایشی، هیچ تغییری داده نشد: %1 سطر؛ %2 ایجاد، %3 به‌روزرسانی، %4 ادغام، %5 نادیده گرفته و %6 رد می‌شد؛ %7 با هشدار.</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected; %7 with warnings.</source>
        <translation>%1 سطر درون‌ریزی شد: %2 ایجاد، %3 به‌روزرسانی، %4 ادغام، %5 نادیده گرفته و %6 رد شد؛ %7 با هشدار.</translation>
    </message>
    <message>
        <source>“kontor-cli undo-import %1” takes it back.</source>
        <translation>«kontor-cli undo-import %1» آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>خط %1</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 merged</source>
        <translation>%1 ایجاد، %2 به‌روزرسانی، %3 ادغام</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>برگردانده شد</translation>
    </message>
    <message>
        <source>undo-import needs the import&apos;s number, as “kontor-cli imports” lists it.</source>
        <translation>undo-import به شماره درون‌ریزی نیاز دارد، همان‌طور که «kontor-cli imports» آن را فهرست می‌کند.</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 contacts removed, %3 put back as they were, %4 archived (they have history logged since).</source>
        <translation>درون‌ریزی %1 برگردانده شد: %2 مخاطب حذف شد، %3 به حالت قبل برگشت، %4 بایگانی شد (از آن زمان سابقه‌ای برایشان ثبت شده است).</translation>
    </message>
    <message>
        <source>--%1 needs a date and time such as 2026-12-03T14:30 (local time) or 2026-12-03T13:30Z.</source>
        <translation>--%1 به تاریخ و ساعتی مانند 2026-12-03T14:30 (وقت محلی) یا 2026-12-03T13:30Z نیاز دارد.</translation>
    </message>
    <message>
        <source>Contact %1 added: %2</source>
        <translation>مخاطب %1 افزوده شد: %2</translation>
    </message>
    <message>
        <source>contact update needs the contact: its number or email address.</source>
        <translation>contact update به مخاطب نیاز دارد: شماره یا نشانی ایمیل آن.</translation>
    </message>
    <message>
        <source>Contact %1 saved: %2</source>
        <translation>مخاطب %1 ذخیره شد: %2</translation>
    </message>
    <message>
        <source>contact: the first name.</source>
        <translation>contact: نام.</translation>
    </message>
    <message>
        <source>contact: the last name.</source>
        <translation>contact: نام خانوادگی.</translation>
    </message>
    <message>
        <source>contact: the job title.</source>
        <translation>contact: سمت.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>contact: the (first) email address.</source>
        <translation>contact: نشانی ایمیل (نخست).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>contact: the (first) phone number.</source>
        <translation>contact: شماره تلفن (نخست).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>contact: the company&apos;s name (made when there is none).</source>
        <translation>contact: نام شرکت (اگر وجود نداشته باشد ساخته می‌شود).</translation>
    </message>
    <message>
        <source>log, deal, reminder: the contact&apos;s number, email address or phone.</source>
        <translation>log، deal، reminder: شماره، نشانی ایمیل یا تلفن مخاطب.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>log: call, meeting, email, message, note or complaint.</source>
        <translation>log: call، meeting، email، message، note یا complaint.</translation>
    </message>
    <message>
        <source>log: successful, neutral, unsuccessful, no_answer, voicemail, busy, wrong_number or your own.</source>
        <translation>log: successful، neutral، unsuccessful، no_answer، voicemail، busy، wrong_number یا نتیجه دلخواه شما.</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>log: when it happened (default: now).</source>
        <translation>log: زمان رخ دادن (پیش‌فرض: اکنون).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>log: how long it took.</source>
        <translation>log: مدت آن.</translation>
    </message>
    <message>
        <source>log: the subject.</source>
        <translation>log: موضوع.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>log: what was said.</source>
        <translation>log: آنچه گفته شد.</translation>
    </message>
    <message>
        <source>log: a follow-up reminder due then.</source>
        <translation>log: یادآور پیگیری با سررسید در این زمان.</translation>
    </message>
    <message>
        <source>log: the next meeting, planned then.</source>
        <translation>log: جلسه بعدی، برنامه‌ریزی‌شده برای این زمان.</translation>
    </message>
    <message>
        <source>log: the follow-up&apos;s title (default: “Follow up”).</source>
        <translation>log: عنوان پیگیری (پیش‌فرض: «پیگیری»).</translation>
    </message>
    <message>
        <source>deal, reminder: the title.</source>
        <translation>deal، reminder: عنوان.</translation>
    </message>
    <message>
        <source>deal: the amount, such as 1250.50.</source>
        <translation>deal: مبلغ، مانند 1250.50.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>deal: the stage, by name (default: the first).</source>
        <translation>deal: مرحله، بر اساس نام (پیش‌فرض: نخستین مرحله).</translation>
    </message>
    <message>
        <source>deal lose: why the deal was lost.</source>
        <translation>deal lose: دلیل از دست رفتن معامله.</translation>
    </message>
    <message>
        <source>reminder: when it is due.</source>
        <translation>reminder: زمان سررسید.</translation>
    </message>
    <message>
        <source>log needs --contact: the contact&apos;s number, email address or phone.</source>
        <translation>log به --contact نیاز دارد: شماره، نشانی ایمیل یا تلفن مخاطب.</translation>
    </message>
    <message>
        <source>--kind needs one of: %1.</source>
        <translation>--kind به یکی از این‌ها نیاز دارد: %1.</translation>
    </message>
    <message>
        <source>Give --next-reminder or --next-meeting, not both.</source>
        <translation>--next-reminder یا --next-meeting را بدهید، نه هر دو را.</translation>
    </message>
    <message>
        <source>--minutes needs a whole number of 0 or more.</source>
        <translation>--minutes به یک عدد صحیح 0 یا بیشتر نیاز دارد.</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>(interaction %1)</source>
        <translation>(تعامل %1)</translation>
    </message>
    <message>
        <source>(deal %1)</source>
        <translation>(معامله %1)</translation>
    </message>
    <message>
        <source>deal add needs --title and --contact.</source>
        <translation>deal add به --title و --contact نیاز دارد.</translation>
    </message>
    <message>
        <source>--amount needs an amount such as 1250.50.</source>
        <translation>--amount به مبلغی مانند 1250.50 نیاز دارد.</translation>
    </message>
    <message>
        <source>deal needs add, move, win or lose.</source>
        <translation>deal به add، move، win یا lose نیاز دارد.</translation>
    </message>
    <message>
        <source>deal %1 needs the deal&apos;s number.</source>
        <translation>deal %1 به شماره معامله نیاز دارد.</translation>
    </message>
    <message>
        <source>deal move needs --stage.</source>
        <translation>deal move به --stage نیاز دارد.</translation>
    </message>
    <message>
        <source>deal lose needs --reason: why the deal was lost.</source>
        <translation>deal lose به --reason نیاز دارد: دلیل از دست رفتن معامله.</translation>
    </message>
    <message>
        <source>reminder add needs --title and --due.</source>
        <translation>reminder add به --title و --due نیاز دارد.</translation>
    </message>
    <message>
        <source>Reminder %1 added: %2, due %3.</source>
        <translation>یادآور %1 افزوده شد: %2، سررسید %3.</translation>
    </message>
    <message>
        <source>reminder done needs the reminder&apos;s number.</source>
        <translation>reminder done به شماره یادآور نیاز دارد.</translation>
    </message>
    <message>
        <source>reminder needs add or done.</source>
        <translation>reminder به add یا done نیاز دارد.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>هیچ چیز درون‌ریزی نشد: %1</translation>
    </message>
    <message>
        <source>salvage needs the damaged file and a new file to save into.</source>
        <translation>salvage به فایل آسیب‌دیده و یک فایل تازه برای ذخیره نیاز دارد.</translation>
    </message>
    <message>
        <source>Saved into %1:</source>
        <translation>در %1 نجات داده شد:</translation>
    </message>
    <message>
        <source>%1: nothing could be read (kept as a new database has it)</source>
        <translation>%1: هیچ چیز خوانده نشد (همان‌طور که پایگاه داده تازه دارد نگه داشته شد)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s); damaged stretches skipped: %2</source>
        <translation>
            <numerusform>%1: %Ln سطر؛ بخش‌های آسیب‌دیدهٔ ردشده: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln سطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved row(s) refer to rows that were lost (a deal whose contact was on a damaged page, for example).</source>
        <translation>
            <numerusform>%Ln سطر نجات‌یافته به سطرهایی ارجاع می‌دهد که از دست رفته‌اند (برای نمونه معامله‌ای که مخاطبش در صفحهٔ آسیب‌دیده بود).</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was left unchanged. Open the new one and look through it before you use it instead.</source>
        <translation>فایل آسیب‌دیده بدون تغییر ماند. پیش از آنکه فایل تازه را به جای آن به کار ببرید، آن را باز کنید و بررسی کنید.</translation>
    </message>
    <message>
        <source>Another program is writing to this database; waiting for it (at most %1 s)…</source>
        <translation>برنامهٔ دیگری در این پایگاه داده می‌نویسد؛ منتظر آن می‌مانیم (حداکثر %1 ثانیه)…</translation>
    </message>
    <message>
        <source>contact merge needs the contact to keep and the one to merge into it.</source>
        <translation>contact merge به مخاطبی که می‌ماند و مخاطبی که در آن ادغام می‌شود نیاز دارد.</translation>
    </message>
    <message>
        <source>contact merge needs two different contacts.</source>
        <translation>contact merge به دو مخاطب متفاوت نیاز دارد.</translation>
    </message>
    <message>
        <source>Contact %1 merged into %2: %3</source>
        <translation>مخاطب %1 در %2 ادغام شد: %3</translation>
    </message>
    <message>
        <source>contact needs add, update or merge.</source>
        <translation>contact به add، update یا merge نیاز دارد.</translation>
    </message>
    <message>
        <source>--record needs contact, company or deal.</source>
        <translation>--record به contact، company یا deal نیاز دارد.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>field add needs --key, --label and --type.</source>
        <translation>field add به --key، --label و --type نیاز دارد.</translation>
    </message>
    <message>
        <source>--type needs one of: %1.</source>
        <translation>--type به یکی از این‌ها نیاز دارد: %1.</translation>
    </message>
    <message>
        <source>Field %1 added: %2</source>
        <translation>فیلد %1 افزوده شد: %2</translation>
    </message>
    <message>
        <source>field %1 needs the field&apos;s key.</source>
        <translation>field %1 به کلید فیلد نیاز دارد.</translation>
    </message>
    <message>
        <source>Field %1 archived; “field restore %1” brings it back with its values.</source>
        <translation>فیلد %1 بایگانی شد؛ «field restore %1» آن را همراه با مقادیرش بازمی‌گرداند.</translation>
    </message>
    <message>
        <source>Field %1 saved: %2</source>
        <translation>فیلد %1 ذخیره شد: %2</translation>
    </message>
    <message>
        <source>field: contact (default), company or deal.</source>
        <translation>field: contact (پیش‌فرض)، company یا deal.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>field: the key, such as budget (lower case, digits, _).</source>
        <translation>field: کلید، مانند budget (حروف کوچک لاتین، رقم، _).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>field: the name shown, such as “Budget”.</source>
        <translation>field: نامی که نمایش داده می‌شود، مانند «بودجه».</translation>
    </message>
    <message>
        <source>field add: text, longtext, number, money, date, checkbox, choice, choices, contact or company.</source>
        <translation>field add: text، longtext، number، money، date، checkbox، choice، choices، contact یا company.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>field: the choices, separated by “;”.</source>
        <translation>field: گزینه‌ها، جداشده با «;».</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>گزینه‌ها</translation>
    </message>
    <message>
        <source>field: a value must be given.</source>
        <translation>field: وارد کردن مقدار الزامی است.</translation>
    </message>
    <message>
        <source>field list: archived fields too.</source>
        <translation>field list: فیلدهای بایگانی‌شده هم.</translation>
    </message>
    <message>
        <source>contact: KEY=VALUE of a custom field; repeatable.</source>
        <translation>contact: KEY=VALUE یک فیلد سفارشی؛ تکرارپذیر.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>کلید=مقدار</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>شرط</translation>
    </message>
    <message>
        <source>field needs list, add, rename, remove or restore.</source>
        <translation>field به list، add، rename، remove یا restore نیاز دارد.</translation>
    </message>
    <message>
        <source>field add takes its values as options.</source>
        <translation>field add مقادیرش را با گزینه‌هایی مانند --key می‌گیرد.</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE with the key of a contact field: “%1” is not. See kontor-cli field list.</source>
        <translation>--set به KEY=VALUE با کلید یکی از فیلدهای مخاطب نیاز دارد: «%1» چنین کلیدی نیست. kontor-cli field list را ببینید.</translation>
    </message>
    <message>
        <source>contacts takes its conditions as --where options.</source>
        <translation>contacts شرط‌هایش را با گزینه‌های --where می‌گیرد.</translation>
    </message>
    <message>
        <source>deal, field add: the ISO 4217 currency (default EUR).</source>
        <translation>deal، field add: واحد پول طبق ISO 4217 (پیش‌فرض EUR).</translation>
    </message>
    <message>
        <source>searchable</source>
        <translation>جست‌وجوپذیر</translation>
    </message>
    <message>
        <source>field: a text field whose values the search finds.</source>
        <translation>field: فیلد متنی که جست‌وجو مقادیر آن را پیدا می‌کند.</translation>
    </message>
    <message>
        <source>field=answers</source>
        <translation>فیلد=گزینه‌ها</translation>
    </message>
    <message>
        <source>Give --required or --optional, not both.</source>
        <translation>--required یا --optional را بدهید، نه هر دو را.</translation>
    </message>
    <message>
        <source>Give --searchable or --not-searchable, not both.</source>
        <translation>--searchable یا --not-searchable را بدهید، نه هر دو را.</translation>
    </message>
    <message>
        <source>field rename needs --label, --key, --options, --required, --optional, --searchable or --not-searchable.</source>
        <translation>field rename به --label، --key، --options، --required، --optional، --searchable یا --not-searchable نیاز دارد.</translation>
    </message>
    <message>
        <source>field rename: no value needed any more.</source>
        <translation>field rename: دیگر وارد کردن مقدار لازم نیست.</translation>
    </message>
    <message>
        <source>field rename: the search no longer finds its values.</source>
        <translation>field rename: جست‌وجو دیگر مقادیر آن را پیدا نمی‌کند.</translation>
    </message>
    <message>
        <source>report rfm takes only --to: it looks back two years from that day.</source>
        <translation>report rfm فقط --to را می‌پذیرد: از آن روز دو سال به عقب نگاه می‌کند.</translation>
    </message>
    <message>
        <source>score rules: put in the starter set of scoring rules.</source>
        <translation>score rules: افزودن مجموعه آغازین قواعد امتیازدهی.</translation>
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
        <translation>خط فرمان Kontor: اسکریپت‌ها، پشتیبان‌گیری، آزمون‌ها و سنجش کارایی روی همان پایگاه داده‌ای که پنجره برنامه از آن استفاده می‌کند.

فرمان‌ها:
  init                      ایجاد یا ارتقای پایگاه داده
  demo [--contacts N] [--seed S] [--interactions N] [--as-of DATE]
                            افزودن داده‌های نمایشی تکرارپذیر
  search TEXT [--limit N]   یافتن مخاطبان، شرکت‌ها و یادداشت‌ها
  report funnel|sources|weekly|activity|forecast|lifecycle [--from DATE] [--to DATE] [--owner NAME]
                            ارقام صفحه گزارش‌ها (پیش‌فرض: فصل جاری)
  report rfm [--to DATE]    تازگی، تکرار و ارزش پولی خرید مشتریان، بر اساس بخش (پیش‌فرض: امروز)
  score [ID]                محاسبه دوباره امتیاز سرنخ‌ها، یا امتیاز یک مخاطب همراه با قواعدش
  score rules [--starter]   قواعد امتیازدهی (--starter: افزودن مجموعه آغازین)
  assign [--where &quot;KEY OP VALUE&quot; ...] [--dry-run]
                            تعیین مسئول بر اساس قواعد واگذاری برای مخاطبان بدون مسئول (یا مخاطبانی
                            که --where نام می‌برد)؛ assign rules قواعد را فهرست می‌کند
  check                     گزارش یکپارچگی و طرح‌واره
  backup FILE               رونوشت سازگار، حتی وقتی Kontor باز است
  salvage DAMAGED NEW       نجات آنچه از یک پایگاه داده آسیب‌دیده خوانده می‌شود در یک فایل تازه
  import FILE.csv|FILE.vcf [--as contacts|companies|interactions|deals] [--dry-run]
         [--duplicates skip|update|merge|create] [--map COLUMN=field ...] [--preset NAME]
         [--encoding E] [--delimiter C]
                            بررسی سطربه‌سطر، در یک تراکنش
  imports                   تاریخچه درون‌ریزی
  undo-import N             برگرداندن یک درون‌ریزی
  export contacts|companies|interactions|deals [-o FILE] [--format csv|vcf] [--exact]
                            CSV (امن برای صفحه‌گسترده، یا --exact)؛ مخاطبان همچنین به‌صورت vCard 4.0
  export reminders|meetings|calendar [-o FILE]
                            iCalendar (.ics)؛ بدون -o در خروجی استاندارد

فرمان‌هایی که می‌نویسند (هر کدام یک گام، مانند پنجره برنامه؛ --json رکورد را همراه شناسه‌اش چاپ می‌کند):
  contact add --first-name F [--last-name L] [--email E] [--phone P] [--company C]
              [--job-title T] [--owner NAME] [--set KEY=VALUE ...]
  contact update ID|EMAIL|PHONE [همان گزینه‌ها]
  contact merge KEEP OTHER     (هر کدام ID|EMAIL|PHONE) تاریخچه و فیلدهای خالی OTHER به KEEP می‌رسد
  log --contact ID|EMAIL|PHONE [--kind call|meeting|email|message|note|complaint]
      [--outcome KEY] [--at TIME] [--minutes N] [--subject S] [--notes TEXT]
      [--next-reminder TIME [--next-title T] | --next-meeting TIME [--next-title T]]
  deal add --title T --contact ID|EMAIL|PHONE [--amount 1250.50] [--currency EUR] [--stage NAME]
  deal move ID --stage NAME [--reason TEXT] | deal win ID | deal lose ID --reason TEXT
  reminder add --title T --due TIME [--contact ID|EMAIL|PHONE] | reminder done ID

فیلدهای سفارشی شما، و یافتن مخاطبان بر اساس هر فیلد:
  field list [--record contact|company|deal] [--archived]
  field add [--record R] --key K --label L --type text|longtext|number|money|date|checkbox|
            choice|choices|contact|company [--options &quot;a;b;c&quot;] [--currency C] [--required] [--searchable]
  field rename KEY [--record R] [--label L] [--key NEW] [--options &quot;a;b;c&quot;]
               [--required|--optional] [--searchable|--not-searchable]
  field remove KEY | field restore KEY [--record R]     بایگانی، و بازگرداندن همراه با مقادیرش
  contacts [--where &quot;KEY OP VALUE&quot; ...] [--json]     OP: = != &lt; &lt;= &gt; &gt;= ~ یا KEY empty|notempty
TIME در قالب ISO 8601 است: 2026-12-03T14:30 (وقت محلی) یا 2026-12-03T13:30Z.</translation>
    </message>
    <message>
        <source>report: only the records with these answers of a choice field, such as industry=Retail;Food, or in a territory, such as territory=DACH.</source>
        <translation>report: فقط رکوردهایی که این گزینه‌ها را در یک فیلد گزینه‌ای دارند، مانند industry=Retail;Food، یا در یک حوزه فروش هستند، مانند territory=DACH.</translation>
    </message>
    <message>
        <source>import, assign: report what would happen and change nothing.</source>
        <translation>import، assign: گزارش آنچه رخ خواهد داد، بدون هیچ تغییری.</translation>
    </message>
    <message>
        <source>contacts, assign: “KEY OP VALUE”, OP one of = != &lt; &lt;= &gt; &gt;= ~ (contains), or “KEY empty” / “KEY notempty”; repeatable, all must hold.</source>
        <translation>contacts، assign: «KEY OP VALUE» که OP یکی از = != &lt; &lt;= &gt; &gt;= ~ (شامل) است، یا «KEY empty» / «KEY notempty»؛ تکرارپذیر، همه باید برقرار باشند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s) got an owner from the assignment rules.</source>
        <translation>
            <numerusform>بر اساس قواعد واگذاری برای %Ln مخاطب جدید مسئول تعیین شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyActions</name>
    <message>
        <source>Give the company a name.</source>
        <translation>برای شرکت نامی وارد کنید.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>ذخیره %1</translation>
    </message>
</context>
<context>
    <name>CompanyMerge</name>
    <message>
        <source>Choose two different companies to merge.</source>
        <translation>برای ادغام، دو شرکت متفاوت انتخاب کنید.</translation>
    </message>
    <message>
        <source>One of the two companies no longer exists.</source>
        <translation>یکی از دو شرکت دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The companies could not be merged: %1</source>
        <translation>شرکت‌ها ادغام نشدند: %1</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>A company needs a name.</source>
        <translation>شرکت باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>A company cannot be a branch of itself or of one of its own branches.</source>
        <translation>یک شرکت نمی‌تواند شعبه خودش یا شعبه یکی از شعبه‌های خودش باشد.</translation>
    </message>
    <message>
        <source>The company could not be saved: %1</source>
        <translation>شرکت ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The company could not be read: %1</source>
        <translation>شرکت خوانده نشد: %1</translation>
    </message>
    <message>
        <source>There is no company with the number %1.</source>
        <translation>شرکتی با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The company could not be archived: %1</source>
        <translation>شرکت بایگانی نشد: %1</translation>
    </message>
    <message>
        <source>The company is already archived or no longer exists.</source>
        <translation>این شرکت از قبل بایگانی شده یا دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The companies could not be read: %1</source>
        <translation>شرکت‌ها خوانده نشدند: %1</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>نام یا نام خانوادگی را وارد کنید.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address.</source>
        <translation>«%1» شبیه نشانی ایمیل نیست.</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>بایگانی %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the owner of %n contact(s)</source>
        <translation>
            <numerusform>تعیین مسئول %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation>
            <numerusform>برچسب‌زدن به %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>مخاطب جدید %1</translation>
    </message>
    <message>
        <source>Say why: %1 would go back to %2.</source>
        <translation>دلیل را بگویید: %1 به %2 بازمی‌گردد.</translation>
    </message>
    <message>
        <source>Say why %1 is disqualified.</source>
        <translation>بگویید چرا %1 فاقد شرایط است.</translation>
    </message>
    <message>
        <source>Say why %1 goes back to %2.</source>
        <translation>بگویید چرا %1 به %2 بازمی‌گردد.</translation>
    </message>
    <message numerus="yes">
        <source>Set the stage of %Ln contact(s)</source>
        <translation>
            <numerusform>تعیین مرحله %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <source>The field is not a contact field in use; it may have been removed.</source>
        <translation>این فیلد از فیلدهای فعال مخاطب نیست؛ شاید حذف شده باشد.</translation>
    </message>
    <message numerus="yes">
        <source>Set a field of %Ln contact(s)</source>
        <translation>
            <numerusform>تعیین یک فیلد برای %Ln مخاطب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>مخاطبان خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>فایل برون‌بری نوشته نشد: %1</translation>
    </message>
    <message>
        <source>Exporting contacts</source>
        <translation>در حال برون‌بری مخاطبان</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>برون‌بری لغو شد.</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Full name (split in first and last)</source>
        <translation>نام کامل (جدا می‌شود به نام و نام خانوادگی)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>ایمیل دوم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>تاریخ افزودن</translation>
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
        <translation>برون‌بری از یک CRM دیگر</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>الگو باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>مرحله چرخه عمر</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>The import could not start: %1</source>
        <translation>درون‌ریزی آغاز نشد: %1</translation>
    </message>
    <message>
        <source>Line %1 could not be imported, and nothing was: %2</source>
        <translation>خط %1 درون‌ریزی نشد و هیچ چیز درون‌ریزی نشد: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>درون‌ریزی لغو شد؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <source>The file could not be read, and nothing was imported: %1</source>
        <translation>فایل خوانده نشد و هیچ چیز درون‌ریزی نشد: %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>درون‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>No column is mapped to a field: choose at least the name&apos;s columns.</source>
        <translation>هیچ ستونی به فیلدی نگاشت نشده است: دست‌کم ستون‌های نام را انتخاب کنید.</translation>
    </message>
    <message>
        <source>No column is mapped to a name (first, last or full name).</source>
        <translation>هیچ ستونی به نام (نام، نام خانوادگی یا نام کامل) نگاشت نشده است.</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address (kept).</source>
        <translation>«%1» شبیه نشانی ایمیل نیست (نگه داشته شد).</translation>
    </message>
    <message>
        <source>The birthday “%1” is not a date Kontor reads (kept in the notes).</source>
        <translation>تاریخ تولد «%1» تاریخی نیست که Kontor بتواند بخواند (در یادداشت‌ها نگه داشته شد).</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>The status “%1” is not one of Kontor&apos;s (kept in the notes).</source>
        <translation>وضعیت «%1» جزو وضعیت‌های Kontor نیست (در یادداشت‌ها نگه داشته شد).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>No user is called “%1” (kept in the notes).</source>
        <translation>کاربری به نام «%1» وجود ندارد (در یادداشت‌ها نگه داشته شد).</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>The date added “%1” is not a date Kontor reads (left out).</source>
        <translation>تاریخ افزودن «%1» تاریخی نیست که Kontor بتواند بخواند (کنار گذاشته شد).</translation>
    </message>
    <message>
        <source>“%1” does not look like a valid phone number (kept).</source>
        <translation>«%1» شبیه شماره تلفن معتبر نیست (نگه داشته شد).</translation>
    </message>
    <message>
        <source>The company could not be saved: %1</source>
        <translation>شرکت ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Same email as %1 (%2)</source>
        <translation>ایمیل مشابه %1 (%2)</translation>
    </message>
    <message>
        <source>Same phone number as %1 (%2)</source>
        <translation>شماره تلفن مشابه %1 (%2)</translation>
    </message>
    <message>
        <source>Same name as %1, and no email or phone to tell them apart</source>
        <translation>نام مشابه %1، و ایمیل یا تلفنی برای تشخیص آن‌ها از هم وجود ندارد</translation>
    </message>
    <message>
        <source>Empty row</source>
        <translation>سطر خالی</translation>
    </message>
    <message>
        <source>No name (a contact needs a first or a last name)</source>
        <translation>بدون نام (مخاطب باید نام یا نام خانوادگی داشته باشد)</translation>
    </message>
    <message>
        <source>The campaign “%1” is unknown and has no lead source to be created in (kept in the notes).</source>
        <translation>کمپین «%1» ناشناخته است و منبع سرنخی برای ایجاد آن در آن وجود ندارد (در یادداشت‌ها نگه داشته شد).</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation>%1؛ چیز تازه‌ای نیست</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than anyone types there (at most %3)</source>
        <translation>%1 %2 نویسه دارد، بیش از آنچه کسی آنجا تایپ می‌کند (حداکثر %3)</translation>
    </message>
    <message>
        <source>%1 Kept in the notes.</source>
        <translation>%1 در یادداشت‌ها نگه داشته شد.</translation>
    </message>
</context>
<context>
    <name>ContactInserter</name>
    <message>
        <source>The contact&apos;s email could not be saved: %1</source>
        <translation>ایمیل مخاطب ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The contact&apos;s phone could not be saved: %1</source>
        <translation>تلفن مخاطب ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>ContactListQuery</name>
    <message>
        <source>The contacts could not be counted: %1</source>
        <translation>مخاطبان شمرده نشدند: %1</translation>
    </message>
    <message>
        <source>This order cannot be read on from a row.</source>
        <translation>با این ترتیب نمی‌توان از یک سطر به بعد ادامه داد.</translation>
    </message>
    <message>
        <source>The contacts could not be sorted: %1</source>
        <translation>مخاطبان مرتب نشدند: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>مخاطبان خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>No contact field to sort by.</source>
        <translation>هیچ فیلدی از مخاطب برای مرتب‌سازی وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>ContactLookup</name>
    <message>
        <source>Say which contact: a number, an email address or a phone number.</source>
        <translation>بگویید کدام مخاطب: یک شماره، یک نشانی ایمیل یا یک شماره تلفن.</translation>
    </message>
    <message>
        <source>Several contacts have the email address %1; name the contact by its number.</source>
        <translation>چند مخاطب نشانی ایمیل %1 را دارند؛ مخاطب را با شماره‌اش مشخص کنید.</translation>
    </message>
    <message>
        <source>Several contacts have the phone number %1; name the contact by its number.</source>
        <translation>چند مخاطب شماره تلفن %1 را دارند؛ مخاطب را با شماره‌اش مشخص کنید.</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>مخاطبی با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>No contact has the email address %1.</source>
        <translation>هیچ مخاطبی نشانی ایمیل %1 را ندارد.</translation>
    </message>
    <message>
        <source>No contact has the phone number %1. No country is set for numbers without a country code: give it with its code (+49 …), or choose the country in Settings.</source>
        <translation>هیچ مخاطبی شماره تلفن %1 را ندارد. برای شماره‌های بدون کد کشور، کشوری تعیین نشده است: شماره را با کد کشور وارد کنید (+49 …) یا کشور را در تنظیمات انتخاب کنید.</translation>
    </message>
    <message>
        <source>No contact has the phone number %1.</source>
        <translation>هیچ مخاطبی شماره تلفن %1 را ندارد.</translation>
    </message>
</context>
<context>
    <name>ContactMerge</name>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation>برای ادغام، دو مخاطب متفاوت انتخاب کنید.</translation>
    </message>
    <message>
        <source>One of the two contacts no longer exists.</source>
        <translation>یکی از دو مخاطب دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The contacts could not be merged: %1</source>
        <translation>مخاطبان ادغام نشدند: %1</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation>مخاطب باید نام یا نام خانوادگی داشته باشد.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>مخاطب ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The contact has not been saved yet.</source>
        <translation>مخاطب هنوز ذخیره نشده است.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>این مخاطب دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The contact&apos;s email could not be saved: %1</source>
        <translation>ایمیل مخاطب ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The contact&apos;s phone could not be saved: %1</source>
        <translation>تلفن مخاطب ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The contact could not be read: %1</source>
        <translation>مخاطب خوانده نشد: %1</translation>
    </message>
    <message>
        <source>There is no contact with the number %1.</source>
        <translation>مخاطبی با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The contact could not be archived: %1</source>
        <translation>مخاطب بایگانی نشد: %1</translation>
    </message>
    <message>
        <source>The contact is already archived or no longer exists.</source>
        <translation>این مخاطب از قبل بایگانی شده یا دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The contact could not be restored: %1</source>
        <translation>مخاطب بازیابی نشد: %1</translation>
    </message>
    <message>
        <source>The contact is not archived.</source>
        <translation>این مخاطب بایگانی نشده است.</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>مخاطبان خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>The contacts could not be changed: %1</source>
        <translation>مخاطبان تغییر داده نشدند: %1</translation>
    </message>
</context>
<context>
    <name>ContactStatus</name>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Marketing qualified</source>
        <translation>واجد شرایط بازاریابی</translation>
    </message>
    <message>
        <source>Sales qualified</source>
        <translation>واجد شرایط فروش</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>فاقد شرایط</translation>
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
        <translation>شناخته‌شده، اما هنوز واجد شرایط نشده.</translation>
    </message>
    <message>
        <source>Marketing qualified lead (MQL): fits and shows interest; worth a salesperson&apos;s look.</source>
        <translation>سرنخ واجد شرایط بازاریابی (MQL): با مشتری هدف جور است و علاقه نشان می‌دهد؛ ارزش دارد کارشناس فروش نگاهی به آن بیندازد.</translation>
    </message>
    <message>
        <source>Sales qualified lead (SQL): a salesperson confirmed the need, budget and timing; ready for a meeting or an offer.</source>
        <translation>سرنخ واجد شرایط فروش (SQL): کارشناس فروش نیاز، بودجه و زمان‌بندی را تأیید کرده است؛ آماده جلسه یا پیشنهاد قیمت.</translation>
    </message>
    <message>
        <source>Has an open deal.</source>
        <translation>معامله بازی دارد.</translation>
    </message>
    <message>
        <source>Has bought: a deal was won.</source>
        <translation>خرید کرده است: معامله‌ای برنده شده است.</translation>
    </message>
    <message>
        <source>Not a fit, for the reason recorded with the move.</source>
        <translation>مناسب نیست، به دلیلی که همراه جابه‌جایی ثبت شده است.</translation>
    </message>
    <message>
        <source>No longer active: left the company, stopped buying.</source>
        <translation>دیگر فعال نیست: شرکت را ترک کرده یا دیگر خرید نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation>کدگذاری «%1» شناخته‌شده نیست.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>خط %1: %2</translation>
    </message>
    <message>
        <source>More problems follow; only the first %1 are listed.</source>
        <translation>مشکلات بیشتری وجود دارد؛ فقط %1 مورد نخست فهرست شده‌اند.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>فایل خوانده نشد: %1</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 and were replaced by “�”: if the text looks wrong, choose the file&apos;s encoding.</source>
        <translation>برخی بایت‌ها %1 معتبر نیستند و با «�» جایگزین شدند: اگر متن درست به نظر نمی‌رسد، کدگذاری فایل را انتخاب کنید.</translation>
    </message>
    <message>
        <source>a quote opened here is never closed: the rest of the file went into one field.</source>
        <translation>نقل‌قولی که اینجا باز شده هرگز بسته نمی‌شود: باقی فایل در یک فیلد قرار گرفت.</translation>
    </message>
    <message>
        <source>text follows a closing quote; it was kept as part of the field.</source>
        <translation>پس از نقل‌قول پایانی متن آمده است؛ این متن به‌عنوان بخشی از فیلد نگه داشته شد.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields: Kontor reads files of up to %2 columns. Is it a list, and is its delimiter the right one?</source>
        <translation>خط %1 بیش از %2 فیلد دارد: Kontor فایل‌هایی با حداکثر %2 ستون را می‌خواند. آیا این یک فهرست است، و جداکنندهٔ آن درست انتخاب شده است؟</translation>
    </message>
</context>
<context>
    <name>CustomFieldActions</name>
    <message>
        <source>A field&apos;s key is up to 40 lower-case letters (a–z), digits and underscores, starting with a letter: “%1” is not.</source>
        <translation>کلید فیلد حداکثر ۴۰ نویسه از حروف کوچک لاتین (a–z)، رقم و زیرخط است و با یک حرف آغاز می‌شود: «%1» چنین نیست.</translation>
    </message>
    <message>
        <source>“%1” is the key of a built-in field.</source>
        <translation>«%1» کلید یکی از فیلدهای داخلی است.</translation>
    </message>
    <message>
        <source>An archived field has the key “%1”: restore it, or choose another key.</source>
        <translation>یک فیلد بایگانی‌شده کلید «%1» را دارد: آن را بازیابی کنید یا کلید دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Another field has the key “%1”.</source>
        <translation>فیلد دیگری کلید «%1» را دارد.</translation>
    </message>
    <message>
        <source>Enter the field&apos;s name.</source>
        <translation>نام فیلد را وارد کنید.</translation>
    </message>
    <message>
        <source>A choice needs a name.</source>
        <translation>گزینه باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>A choice cannot contain “;”, which separates choices in files.</source>
        <translation>گزینه نمی‌تواند «;» داشته باشد، چون این نویسه در فایل‌ها گزینه‌ها را از هم جدا می‌کند.</translation>
    </message>
    <message>
        <source>The choice “%1” is there twice.</source>
        <translation>گزینه «%1» دو بار آمده است.</translation>
    </message>
    <message>
        <source>Give the field at least one choice.</source>
        <translation>دست‌کم یک گزینه برای فیلد تعیین کنید.</translation>
    </message>
    <message>
        <source>Add field %1</source>
        <translation>افزودن فیلد %1</translation>
    </message>
    <message>
        <source>Rename field %1 to %2</source>
        <translation>تغییر نام فیلد %1 به %2</translation>
    </message>
    <message>
        <source>Change field %1</source>
        <translation>تغییر فیلد %1</translation>
    </message>
    <message>
        <source>Archive field %1</source>
        <translation>بایگانی فیلد %1</translation>
    </message>
    <message>
        <source>Restore field %1</source>
        <translation>بازیابی فیلد %1</translation>
    </message>
    <message>
        <source>Reorder fields</source>
        <translation>تغییر ترتیب فیلدها</translation>
    </message>
    <message>
        <source>Make field %1 %2</source>
        <translation>تبدیل فیلد %1 به %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>نیاز</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>اعتراض‌ها</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>تصمیم‌گیرنده</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>اختیار تصمیم‌گیری</translation>
    </message>
    <message>
        <source>Decides alone</source>
        <translation>به‌تنهایی تصمیم می‌گیرد</translation>
    </message>
    <message>
        <source>Decides with others</source>
        <translation>با دیگران تصمیم می‌گیرد</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>توصیه می‌کند</translation>
    </message>
    <message>
        <source>No say</source>
        <translation>نقشی در تصمیم ندارد</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>رقبا</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>رقیب شناخته‌شده‌ای نیست</translation>
    </message>
    <message>
        <source>Incumbent supplier</source>
        <translation>تأمین‌کننده فعلی</translation>
    </message>
    <message>
        <source>Another offer</source>
        <translation>پیشنهاد دیگر</translation>
    </message>
    <message>
        <source>Doing it themselves</source>
        <translation>خودشان انجام می‌دهند</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>وضعیت سرنخ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Attempting contact</source>
        <translation>در تلاش برای برقراری ارتباط</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>ارتباط برقرار شد</translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>lead status</comment>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>بی‌علاقه</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>زمان نامناسب</translation>
    </message>
    <message>
        <source>Add qualification fields</source>
        <translation>افزودن فیلدهای ارزیابی</translation>
    </message>
    <message>
        <source>Fill in %1: it is required.</source>
        <translation>%1 را پر کنید: الزامی است.</translation>
    </message>
</context>
<context>
    <name>CustomFieldRepository</name>
    <message>
        <source>The custom fields could not be read: %1</source>
        <translation>فیلدهای سفارشی خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>The custom field could not be read: %1</source>
        <translation>فیلد سفارشی خوانده نشد: %1</translation>
    </message>
    <message>
        <source>There is no custom field with the number %1.</source>
        <translation>فیلد سفارشی با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Contacts have no field “%1”.</source>
        <translation>مخاطبان فیلد «%1» را ندارند.</translation>
    </message>
    <message>
        <source>Companies have no field “%1”.</source>
        <translation>شرکت‌ها فیلد «%1» را ندارند.</translation>
    </message>
    <message>
        <source>Deals have no field “%1”.</source>
        <translation>معاملات فیلد «%1» را ندارند.</translation>
    </message>
    <message>
        <source>The field could not be added: %1</source>
        <translation>فیلد افزوده نشد: %1</translation>
    </message>
    <message>
        <source>The field could not be saved: %1</source>
        <translation>فیلد ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The field&apos;s choices could not be saved: %1</source>
        <translation>گزینه‌های فیلد ذخیره نشدند: %1</translation>
    </message>
    <message>
        <source>The fields could not be put in order: %1</source>
        <translation>فیلدها مرتب نشدند: %1</translation>
    </message>
    <message>
        <source>%1 holds a list of its choices.</source>
        <translation>مقدار %1 فهرستی از گزینه‌های آن است.</translation>
    </message>
    <message>
        <source>%1 has no choice with the number %2.</source>
        <translation>%1 گزینه‌ای با شماره %2 ندارد.</translation>
    </message>
    <message>
        <source>%1 cannot hold that value.</source>
        <translation>%1 نمی‌تواند این مقدار را داشته باشد.</translation>
    </message>
    <message>
        <source>No company is called “%1”.</source>
        <translation>شرکتی به نام «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>Several contacts are called “%1”: give an email address.</source>
        <translation>چند مخاطب به نام «%1» وجود دارد: نشانی ایمیل را بدهید.</translation>
    </message>
</context>
<context>
    <name>CustomerSegments</name>
    <message>
        <source>The customers&apos; segments could not be saved: %1</source>
        <translation>بخش‌های مشتریان ذخیره نشدند: %1</translation>
    </message>
</context>
<context>
    <name>DataHealth</name>
    <message numerus="yes">
        <source>No contact for %n month(s)</source>
        <translation>
            <numerusform>%Ln ماه بدون ارتباط</numerusform>
        </translation>
    </message>
    <message>
        <source>Not called, met or written to in that time, or never.</source>
        <translation>در این مدت، یا هرگز، با آن‌ها تماس گرفته نشده، جلسه‌ای برگزار نشده یا نامه‌ای نوشته نشده است.</translation>
    </message>
    <message>
        <source>No email and no phone</source>
        <translation>بدون ایمیل و بدون تلفن</translation>
    </message>
    <message>
        <source>No way to reach them.</source>
        <translation>راهی برای دسترسی به آن‌ها نیست.</translation>
    </message>
    <message>
        <source>An email that is not one</source>
        <translation>ایمیل نامعتبر</translation>
    </message>
    <message>
        <source>Without an @, with spaces, or without a dotted domain.</source>
        <translation>بدون @، دارای فاصله، یا بدون دامنه نقطه‌دار.</translation>
    </message>
    <message>
        <source>A phone number that is not valid</source>
        <translation>شماره تلفن نامعتبر</translation>
    </message>
    <message>
        <source>Not a phone number, or not a valid one for its country.</source>
        <translation>شماره تلفن نیست، یا برای کشورش معتبر نیست.</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>Nobody looks after them.</source>
        <translation>کسی پیگیر آن‌ها نیست.</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>بدون منبع سرنخ</translation>
    </message>
    <message>
        <source>The lead-source report cannot count them.</source>
        <translation>گزارش منابع سرنخ نمی‌تواند آن‌ها را بشمارد.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>بررسی لغو شد.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n phone number(s) saved before</source>
        <translation>
            <numerusform>در حال بررسی %Ln شماره تلفنی که پیش‌تر ذخیره شده است</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«%1» فایل نیست.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>«%1» خوانده نمی‌شود: اجازه دسترسی وجود ندارد.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>«%1» باز نشد: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Kontor database: it is not an SQLite database file. It was left unchanged.</source>
        <translation>«%1» پایگاه داده Kontor نیست: حتی فایل پایگاه داده SQLite هم نیست. فایل بدون تغییر ماند.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Kontor database. It was left unchanged.</source>
        <translation>«%1» پایگاه داده SQLite یک برنامه دیگر است، نه پایگاه داده Kontor. فایل بدون تغییر ماند.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kontor (schema %2; this version knows up to %3). Please update Kontor. The file was left unchanged.</source>
        <translation>«%1» با نسخه جدیدتری از Kontor نوشته شده است (طرح‌واره %2؛ این نسخه تا %3 را می‌شناسد). Kontor را به‌روز کنید. فایل بدون تغییر ماند.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>راه‌انداز SQLite برای Qt (QSQLITE) نصب نیست.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>در «%1» پایگاه داده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>پوشه «%1» ساخته نشد.</translation>
    </message>
    <message>
        <source>The database could not be configured (%1): %2</source>
        <translation>پایگاه داده پیکربندی نشد (%1): %2</translation>
    </message>
    <message>
        <source>The built-in schema step %1 is missing.</source>
        <translation>گام داخلی طرح‌واره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2
%3</source>
        <translation>ارتقای پایگاه داده به طرح‌واره %1 ناموفق بود: %2
%3</translation>
    </message>
    <message>
        <source>A database in memory has no file to back up.</source>
        <translation>پایگاه داده‌ای که در حافظه است فایلی برای پشتیبان‌گیری ندارد.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database it is made from.</source>
        <translation>نسخه پشتیبان نمی‌تواند روی پایگاه داده‌ای که از آن ساخته می‌شود بنویسد.</translation>
    </message>
    <message>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>نسخه پشتیبان در «%1» نوشته نشد: %2</translation>
    </message>
    <message>
        <source>“%1” exists and could not be replaced.</source>
        <translation>«%1» وجود دارد و جایگزین نشد.</translation>
    </message>
    <message>
        <source>The backup could not be moved to “%1”.</source>
        <translation>نسخه پشتیبان به «%1» منتقل نشد.</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>سطر %1 از جدول %2 به سطری در %3 ارجاع می‌دهد که وجود ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline totals (deal_totals) differ from the deals in %n row(s).</source>
        <translation>
            <numerusform>جمع‌های پایپ‌لاین (deal_totals) در %Ln سطر با معاملات مطابقت ندارند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report summaries differ from the rows they sum up in %n row(s).</source>
        <translation>
            <numerusform>خلاصه‌های گزارش در %Ln سطر با سطرهایی که جمع می‌زنند مطابقت ندارند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema version %1 differs from the expected %2.</source>
        <translation>نسخه طرح‌واره %1 با نسخه مورد انتظار %2 متفاوت است.</translation>
    </message>
    <message>
        <source>“%1” could not be created.</source>
        <translation>«%1» ساخته نشد.</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>در پوشه نمی‌توان نوشت</translation>
    </message>
    <message>
        <source>The database can only be read: its file, its folder or its disk does not allow changes.</source>
        <translation>پایگاه داده فقط خواندنی است: فایل، پوشه یا دیسک آن اجازهٔ تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>%1 (an index of it)</source>
        <translation>%1 (یکی از نمایه‌های آن)</translation>
    </message>
    <message>
        <source>The database is damaged in: %1.</source>
        <translation>پایگاه داده در این بخش‌ها آسیب دیده است: %1.</translation>
    </message>
    <message>
        <source>The database is damaged: SQLite reports “%1”.</source>
        <translation>پایگاه داده آسیب دیده است: SQLite گزارش می‌دهد «%1».</translation>
    </message>
    <message>
        <source>Restore the newest good backup (File → Restore from Backup…; the backups made before the damage were kept), or save what can still be read into a new file with “kontor-cli salvage FILE NEW-FILE”.</source>
        <translation>تازه‌ترین نسخه پشتیبان سالم را بازگردانید (فایل ← بازیابی از پشتیبان…؛ نسخه‌های پشتیبان پیش از آسیب نگه داشته شده‌اند)، یا آنچه هنوز خوانده می‌شود را با «kontor-cli salvage FILE NEW-FILE» در یک فایل تازه نجات دهید.</translation>
    </message>
    <message>
        <source>No backup was made. %1 %2</source>
        <translation>هیچ نسخه پشتیبانی ساخته نشد. %1 %2</translation>
    </message>
    <message>
        <source>“%1” could not be read together with “%2” beside it: that file holds changes of another database, or is damaged. Move “%2” into another folder (keep it: it may hold this database&apos;s last changes) and open “%1” again. Both files were left unchanged.</source>
        <translation>«%1» همراه با «%2» که کنارش است خوانده نشد: آن فایل تغییرات پایگاه داده دیگری را دارد یا آسیب دیده است. «%2» را به پوشهٔ دیگری منتقل کنید (نگهش دارید: شاید آخرین تغییرات این پایگاه داده در آن باشد) و «%1» را دوباره باز کنید. هر دو فایل بدون تغییر ماندند.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: its folder “%2” does not allow changes, and SQLite needs to keep two small files beside the database while it is open. Copy the file into a folder of yours, or ask for permission to write in that one. The file was left unchanged.</source>
        <translation>«%1» باز نمی‌شود: پوشهٔ آن «%2» اجازهٔ تغییر نمی‌دهد، و SQLite تا وقتی پایگاه داده باز است باید دو فایل کوچک کنارش نگه دارد. فایل را در پوشه‌ای از خودتان کپی کنید، یا اجازهٔ نوشتن در آن پوشه را بگیرید. فایل بدون تغییر ماند.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its first pages cannot be read. Restore it from a backup (File → Restore from Backup…, or the kontor-backups folder beside it). The file was left unchanged.</source>
        <translation>«%1» آسیب دیده است: صفحه‌های نخست آن خوانده نمی‌شوند. آن را از یک نسخه پشتیبان بازگردانید (فایل ← بازیابی از پشتیبان…، یا پوشهٔ kontor-backups کنار آن). فایل بدون تغییر ماند.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2. It was left unchanged.</source>
        <translation>«%1» خوانده نشد: %2. فایل بدون تغییر ماند.</translation>
    </message>
    <message>
        <source>“%1” exists already: what is saved goes into a new file.</source>
        <translation>«%1» از قبل وجود دارد: آنچه نجات داده می‌شود به یک فایل تازه می‌رود.</translation>
    </message>
    <message>
        <source>Nothing can be read from “%1”: the list of its tables is damaged. Restore a backup instead.</source>
        <translation>از «%1» هیچ چیز خوانده نمی‌شود: فهرست جدول‌هایش آسیب دیده است. به جای آن یک نسخه پشتیبان را بازگردانید.</translation>
    </message>
    <message>
        <source>“%1” is not a Kontor database.</source>
        <translation>«%1» پایگاه داده Kontor نیست.</translation>
    </message>
    <message>
        <source>the new file&apos;s tables could not be listed</source>
        <translation>جدول‌های فایل تازه فهرست نشدند</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>متوقف شد.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>هیچ چیز نجات داده نشد: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>ارتقای پایگاه داده به طرح‌واره %1 ناموفق بود: %2</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <source>“%1” lost: %2.</source>
        <translation>«%1» از دست رفت: %2.</translation>
    </message>
    <message>
        <source>“%1” won.</source>
        <translation>«%1» برنده شد.</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>«%1» به %2 منتقل شد.</translation>
    </message>
    <message>
        <source>The pipeline has no Won stage.</source>
        <translation>پایپ‌لاین مرحله «برنده‌شده» ندارد.</translation>
    </message>
    <message>
        <source>The pipeline has no Lost stage.</source>
        <translation>پایپ‌لاین مرحله «ازدست‌رفته» ندارد.</translation>
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation>برای معامله عنوانی وارد کنید.</translation>
    </message>
    <message>
        <source>Choose the contact the deal is with.</source>
        <translation>مخاطبی را که معامله با او است انتخاب کنید.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>مبلغ نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Choose the stage the deal is in.</source>
        <translation>مرحله‌ای را که معامله در آن است انتخاب کنید.</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>بگویید چرا معامله از دست رفت.</translation>
    </message>
    <message>
        <source>Edit deal “%1”</source>
        <translation>ویرایش معامله «%1»</translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation>معامله جدید «%1»</translation>
    </message>
    <message>
        <source>Deal “%1” created in %2.</source>
        <translation>معامله «%1» در %2 ایجاد شد.</translation>
    </message>
    <message>
        <source>Deal “%1” saved.</source>
        <translation>معامله «%1» ذخیره شد.</translation>
    </message>
    <message>
        <source>“%1” is in %2 already.</source>
        <translation>«%1» از قبل در %2 است.</translation>
    </message>
    <message>
        <source>Win “%1”</source>
        <translation>برنده‌شدن «%1»</translation>
    </message>
    <message>
        <source>Lose “%1”</source>
        <translation>از دست رفتن «%1»</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>انتقال «%1» به %2</translation>
    </message>
    <message>
        <source>There is no stage “%1”; the stages are: %2.</source>
        <translation>مرحله «%1» وجود ندارد؛ مراحل این‌ها هستند: %2.</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>A deal needs a title.</source>
        <translation>معامله باید عنوان داشته باشد.</translation>
    </message>
    <message>
        <source>Choose the stage the deal is in.</source>
        <translation>مرحله‌ای را که معامله در آن است انتخاب کنید.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>مبلغ نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The deal could not be saved: %1</source>
        <translation>معامله ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>There is no deal with the number %1.</source>
        <translation>معامله‌ای با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The deal could not be read: %1</source>
        <translation>معامله خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The deal could not be archived: %1</source>
        <translation>معامله بایگانی نشد: %1</translation>
    </message>
    <message>
        <source>The deal is already archived or no longer exists.</source>
        <translation>این معامله از قبل بایگانی شده یا دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The deal could not be moved: %1</source>
        <translation>معامله منتقل نشد: %1</translation>
    </message>
</context>
<context>
    <name>DefaultNames</name>
    <message>
        <source>New lead</source>
        <translation>سرنخ جدید</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>تماس اولیه</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>ارزیابی صلاحیت</translation>
    </message>
    <message>
        <source>Demo/Presentation</source>
        <translation>دمو/ارائه</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>پیشنهاد قیمت</translation>
    </message>
    <message>
        <source>Contract review</source>
        <translation>بررسی قرارداد</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>برنده‌شده</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>معرفی</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>تماس سرد</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>نمایشگاه تجاری</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>تبلیغات</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>the person who runs the business</comment>
        <translation>مالک</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Tech</source>
        <translation>فناوری</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>لجستیک</translation>
    </message>
    <message>
        <source>Foods</source>
        <translation>صنایع غذایی</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>سامانه</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>مشاوره</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>انرژی</translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation>نساجی</translation>
    </message>
    <message>
        <source>Pharma</source>
        <translation>داروسازی</translation>
    </message>
    <message>
        <source>Motors</source>
        <translation>موتور</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>طراحی</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>نرم‌افزار</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>بازرگانی</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>عمران</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <source>Optics</source>
        <translation>اپتیک</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>رباتیک</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>مبلمان</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>بسته‌بندی</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>انرژی خورشیدی</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>دندان‌پزشکی</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>گردشگری</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>کترینگ</translation>
    </message>
    <message>
        <source>Plastics</source>
        <translation>پلاستیک</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ابزار</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>تشریفات</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>سیستم‌های حفاظتی</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>خدمات نظافتی</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>تحلیل داده</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>خرده‌فروشی</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>تولید</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>بهداشت و درمان</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>ساخت‌وساز</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>هتلداری و پذیرایی</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>خدمات مالی</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>کشاورزی</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>مدیرعامل</translation>
    </message>
    <message>
        <source>Managing Director</source>
        <translation>مدیر اجرایی</translation>
    </message>
    <message>
        <source>Head of Purchasing</source>
        <translation>مدیر خرید</translation>
    </message>
    <message>
        <source>Sales Manager</source>
        <translation>مدیر فروش</translation>
    </message>
    <message>
        <source>Office Manager</source>
        <translation>مدیر دفتر</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>مدیر فنی</translation>
    </message>
    <message>
        <source>Project Lead</source>
        <translation>مدیر پروژه</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>مسئول خرید</translation>
    </message>
    <message>
        <source>Operations Manager</source>
        <translation>مدیر عملیات</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>حسابدار</translation>
    </message>
    <message>
        <source>Head of IT</source>
        <translation>مدیر فناوری اطلاعات</translation>
    </message>
    <message>
        <source>Marketing Manager</source>
        <translation>مدیر بازاریابی</translation>
    </message>
    <message>
        <source>Procurement Specialist</source>
        <translation>کارشناس تدارکات</translation>
    </message>
    <message>
        <source>Finance Director</source>
        <translation>مدیر مالی</translation>
    </message>
    <message>
        <source>Team Lead Logistics</source>
        <translation>سرپرست تیم لجستیک</translation>
    </message>
    <message>
        <source>Assistant to the Board</source>
        <translation>دستیار هیئت‌مدیره</translation>
    </message>
    <message>
        <source>Facility Manager</source>
        <translation>مدیر تأسیسات</translation>
    </message>
    <message>
        <source>HR Manager</source>
        <translation>مدیر منابع انسانی</translation>
    </message>
    <message>
        <source>Starter plan</source>
        <translation>بسته پایه</translation>
    </message>
    <message>
        <source>Premium support</source>
        <translation>پشتیبانی ویژه</translation>
    </message>
    <message>
        <source>warehouse scanners</source>
        <translation>بارکدخوان‌های انبار</translation>
    </message>
    <message>
        <source>onboarding workshop</source>
        <translation>کارگاه آموزشی راه‌اندازی</translation>
    </message>
    <message>
        <source>cloud backup</source>
        <translation>پشتیبان‌گیری ابری</translation>
    </message>
    <message>
        <source>annual maintenance</source>
        <translation>نگهداری سالانه</translation>
    </message>
    <message>
        <source>fleet tracking</source>
        <translation>ردیابی ناوگان</translation>
    </message>
    <message>
        <source>POS terminals</source>
        <translation>دستگاه‌های کارتخوان</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Discussed the %1 offer; they want a quote by %2.</source>
        <translation>درباره پیشنهاد %1 صحبت شد؛ تا %2 پیش‌فاکتور می‌خواهند.</translation>
    </message>
    <message>
        <source>Renewal of the %1 contract: decision expected next week.</source>
        <translation>تمدید قرارداد %1: تصمیم نهایی هفته بعد اعلام می‌شود.</translation>
    </message>
    <message>
        <source>Presented %1 to their team, good feedback on price, worried about rollout time.</source>
        <translation>%1 را به تیمشان معرفی کردیم؛ از قیمت راضی بودند ولی نگران زمان پیاده‌سازی هستند.</translation>
    </message>
    <message>
        <source>Sent the revised proposal for %1 with the volume discount.</source>
        <translation>پیشنهاد اصلاح‌شده برای %1 همراه با تخفیف خرید عمده ارسال شد.</translation>
    </message>
    <message>
        <source>Asked about %1 integration with their accounting software.</source>
        <translation>درباره اتصال %1 به نرم‌افزار حسابداری‌شان پرسیدند.</translation>
    </message>
    <message>
        <source>Follow-up on the invoice for %1; payment promised by the end of the month.</source>
        <translation>پیگیری فاکتور %1؛ قول دادند تا آخر ماه پرداخت کنند.</translation>
    </message>
    <message>
        <source>Met at the trade show, interested in %1 for the new branch.</source>
        <translation>در نمایشگاه آشنا شدیم؛ برای شعبه جدیدشان به %1 علاقه دارند.</translation>
    </message>
    <message>
        <source>Budget for %1 frozen until %2, call back then.</source>
        <translation>بودجه %1 تا %2 متوقف شده است؛ همان موقع دوباره تماس بگیریم.</translation>
    </message>
    <message>
        <source>Complaint: the %1 delivery arrived late and partly damaged.</source>
        <translation>شکایت: محموله %1 با تأخیر رسید و بخشی از آن آسیب دیده بود.</translation>
    </message>
    <message>
        <source>Complaint: billed twice for %1.</source>
        <translation>شکایت: بابت %1 دو بار فاکتور صادر شده است.</translation>
    </message>
    <message>
        <source>Complaint: support did not answer about %1 for three days.</source>
        <translation>شکایت: پشتیبانی سه روز است درباره %1 پاسخی نداده است.</translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>تماس مجدد با %1</translation>
    </message>
    <message>
        <source>Send proposal to %1</source>
        <translation>ارسال پیشنهاد به %1</translation>
    </message>
    <message>
        <source>Check in with %1</source>
        <translation>احوال‌پرسی از %1</translation>
    </message>
    <message>
        <source>Prepare meeting with %1</source>
        <translation>آماده‌سازی جلسه با %1</translation>
    </message>
    <message>
        <source>Follow up on quote for %1</source>
        <translation>پیگیری پیش‌فاکتور %1</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>قیمت بیش از حد بالا</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>انتخاب رقیب</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>نبود بودجه</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>عدم تصمیم‌گیری</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>زمان‌بندی نامناسب</translation>
    </message>
    <message>
        <source>Spring newsletter</source>
        <translation>خبرنامه بهاری</translation>
    </message>
    <message>
        <source>Summer newsletter</source>
        <translation>خبرنامه تابستانی</translation>
    </message>
    <message>
        <source>Autumn newsletter</source>
        <translation>خبرنامه پاییزی</translation>
    </message>
    <message>
        <source>Christmas newsletter</source>
        <translation>خبرنامه شب یلدا</translation>
    </message>
    <message>
        <source>Webinar: getting started</source>
        <translation>وبینار: آموزش شروع کار</translation>
    </message>
    <message>
        <source>Website relaunch</source>
        <translation>رونمایی از وب‌سایت جدید</translation>
    </message>
    <message>
        <source>Google Ads – search</source>
        <translation>گوگل ادز – جست‌وجو</translation>
    </message>
    <message>
        <source>Google Ads – display</source>
        <translation>گوگل ادز – شبکه نمایش</translation>
    </message>
    <message>
        <source>LinkedIn Ads – decision makers</source>
        <translation>تبلیغات لینکدین – تصمیم‌گیرندگان</translation>
    </message>
    <message>
        <source>Ad in a trade magazine</source>
        <translation>آگهی در نشریه تخصصی</translation>
    </message>
    <message>
        <source>Local radio spot</source>
        <translation>آگهی رادیویی محلی</translation>
    </message>
    <message>
        <source>Trade fair Leipzig %1</source>
        <translation>نمایشگاه بین‌المللی تهران %1</translation>
    </message>
    <message>
        <source>Hannover Messe %1</source>
        <translation>نمایشگاه صنعت اصفهان %1</translation>
    </message>
    <message>
        <source>Summer open house %1</source>
        <translation>روز درهای باز تابستان %1</translation>
    </message>
    <message>
        <source>Regional business expo %1</source>
        <translation>نمایشگاه منطقه‌ای کسب‌وکار %1</translation>
    </message>
    <message>
        <source>Customer day %1</source>
        <translation>روز مشتری %1</translation>
    </message>
    <message>
        <source>LinkedIn sponsored posts</source>
        <translation>پست‌های اسپانسری لینکدین</translation>
    </message>
    <message>
        <source>Instagram – summer campaign</source>
        <translation>اینستاگرام – کمپین تابستانی</translation>
    </message>
    <message>
        <source>Facebook ads – autumn offer</source>
        <translation>تبلیغات فیسبوک – پیشنهاد ویژه پاییزی</translation>
    </message>
    <message>
        <source>Customer referral bonus</source>
        <translation>پاداش معرفی مشتری</translation>
    </message>
    <message>
        <source>Thank-you gifts for referrers</source>
        <translation>هدیه تشکر برای معرفان</translation>
    </message>
    <message>
        <source>Call list: logistics companies</source>
        <translation>فهرست تماس: شرکت‌های لجستیک</translation>
    </message>
    <message>
        <source>Call list: retailers</source>
        <translation>فهرست تماس: خرده‌فروشان</translation>
    </message>
    <message>
        <source>Spring promotion</source>
        <translation>فروش ویژه بهاره</translation>
    </message>
    <message>
        <source>Autumn promotion</source>
        <translation>فروش ویژه پاییزه</translation>
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
        <translation>تعداد مخاطبان نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Generating demo data failed: %1</source>
        <translation>ساخت داده‌های نمایشی ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Generating demo data was cancelled; the database is unchanged.</source>
        <translation>ساخت داده‌های نمایشی لغو شد؛ پایگاه داده تغییری نکرد.</translation>
    </message>
    <message>
        <source>Contacts and their history</source>
        <translation>مخاطبان و سابقه آن‌ها</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>نمایه‌ها</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>نمایه جست‌وجو</translation>
    </message>
    <message>
        <source>Pipeline totals</source>
        <translation>جمع‌های پایپ‌لاین</translation>
    </message>
    <message>
        <source>Report summaries</source>
        <translation>خلاصه‌های گزارش</translation>
    </message>
    <message>
        <source>Checking references</source>
        <translation>بررسی ارجاع‌ها</translation>
    </message>
    <message>
        <source>Generating demo data failed: a row of %1 refers to a missing row of %2.</source>
        <translation>ساخت داده‌های نمایشی ناموفق بود: سطری از %1 به سطری از %2 ارجاع می‌دهد که وجود ندارد.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>در حال نوشتن</translation>
    </message>
    <message>
        <source>Meeting about %1</source>
        <translation>جلسه درباره %1</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation>پاسخ: %1</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Comparing emails</source>
        <translation>در حال مقایسه ایمیل‌ها</translation>
    </message>
    <message>
        <source>Same email: %1</source>
        <translation>ایمیل یکسان: %1</translation>
    </message>
    <message>
        <source>Comparing phone numbers</source>
        <translation>در حال مقایسه شماره تلفن‌ها</translation>
    </message>
    <message>
        <source>Same phone number: %1</source>
        <translation>شماره تلفن یکسان: %1</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation>جست‌وجوی موارد تکراری لغو شد.</translation>
    </message>
    <message>
        <source>Comparing names</source>
        <translation>در حال مقایسه نام‌ها</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>نام یکسان</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Same name but for case, punctuation or legal form</source>
        <translation>نام یکسان، جز در بزرگی و کوچکی حروف، نشانه‌گذاری یا نوع شخصیت حقوقی</translation>
    </message>
</context>
<context>
    <name>FieldConditions</name>
    <message>
        <source>%1: “~” is for text.</source>
        <translation>%1: «~» برای متن است.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the form 2026-12-31.</source>
        <translation>%1: «%2» تاریخی به شکل 2026-12-31 نیست.</translation>
    </message>
    <message>
        <source>%1: choices are compared with = and != only.</source>
        <translation>%1: گزینه‌ها فقط با = و != مقایسه می‌شوند.</translation>
    </message>
    <message>
        <source>%1: name a choice.</source>
        <translation>%1: یک گزینه را نام ببرید.</translation>
    </message>
    <message>
        <source>%1: give a value, or use empty or notempty.</source>
        <translation>%1: مقداری بدهید، یا از empty یا notempty استفاده کنید.</translation>
    </message>
    <message>
        <source>%1: yes or no is compared with = and != only.</source>
        <translation>%1: بله یا خیر فقط با = و != مقایسه می‌شود.</translation>
    </message>
    <message>
        <source>%1: links are compared with = and != only.</source>
        <translation>%1: پیوندها فقط با = و != مقایسه می‌شوند.</translation>
    </message>
    <message>
        <source>“%1” is not a condition such as “city = Berlin”, “budget &gt;= 5000” or “timeline empty”.</source>
        <translation>«%1» شرطی مانند «city = Berlin»، «budget &gt;= 5000» یا «timeline empty» نیست.</translation>
    </message>
    <message>
        <source>id: compare it with a number.</source>
        <translation>id: آن را با یک عدد مقایسه کنید.</translation>
    </message>
    <message>
        <source>%1: compare it with =, !=, ~, empty or notempty.</source>
        <translation>%1: آن را با =، !=، ~، empty یا notempty مقایسه کنید.</translation>
    </message>
    <message>
        <source>Contacts have no field “%1”. Built-in: %2; your own: see kontor-cli field list.</source>
        <translation>مخاطبان فیلد «%1» را ندارند. فیلدهای داخلی: %2؛ فیلدهای سفارشی شما: kontor-cli field list را ببینید.</translation>
    </message>
    <message>
        <source>status: compare it with = or != and a stage, such as status = customer.</source>
        <translation>status: آن را با = یا != و یک مرحله مقایسه کنید، مثلاً status = customer.</translation>
    </message>
    <message>
        <source>status: “%1” is not a stage.</source>
        <translation>status: «%1» مرحله نیست.</translation>
    </message>
    <message>
        <source>score: compare it with a number, such as score &gt;= 50.</source>
        <translation>score: آن را با یک عدد مقایسه کنید، مانند score &gt;= 50.</translation>
    </message>
    <message>
        <source>Companies have no field “%1”. Built-in: %2; your own: see kontor-cli field list.</source>
        <translation>شرکت‌ها فیلد «%1» را ندارند. فیلدهای داخلی: %2؛ فیلدهای سفارشی شما: kontor-cli field list را ببینید.</translation>
    </message>
    <message>
        <source>territory: compare it with =, !=, empty or notempty.</source>
        <translation>territory: آن را با =، !=، empty یا notempty مقایسه کنید.</translation>
    </message>
    <message>
        <source>territory: there is no territory “%1”.</source>
        <translation>territory: حوزه فروشی به نام «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>territory: name a territory.</source>
        <translation>territory: یک حوزه فروش را نام ببرید.</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>متن بلند</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>کادر تیک</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>تک‌گزینه‌ای</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>چندگزینه‌ای</translation>
    </message>
    <message>
        <source>Link to a contact</source>
        <translation>پیوند به مخاطب</translation>
    </message>
    <message>
        <source>Link to a company</source>
        <translation>پیوند به شرکت</translation>
    </message>
</context>
<context>
    <name>FieldValueText</name>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» عدد نیست.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount.</source>
        <translation>%1: «%2» مبلغ نیست.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the form 2026-12-31.</source>
        <translation>%1: «%2» تاریخی به شکل 2026-12-31 نیست.</translation>
    </message>
    <message>
        <source>%1: “%2” is neither yes nor no.</source>
        <translation>%1: «%2» نه بله است و نه خیر.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of its choices.</source>
        <translation>%1: «%2» جزو گزینه‌های آن نیست.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record&apos;s number.</source>
        <translation>%1: «%2» شماره یک رکورد نیست.</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>پیش‌بینی محاسبه نشد: %1</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>معاملات خوانده نشدند: %1</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>The funnel could not be computed: %1</source>
        <translation>قیف فروش محاسبه نشد: %1</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>معاملات خوانده نشدند: %1</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>A vCard file holds contacts.</source>
        <translation>فایل vCard حاوی مخاطبان است.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>درون‌ریزی %1</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>درون‌ریزی آغاز نشد: %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>درون‌ریزی ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Undo import %1</source>
        <translation>برگرداندن درون‌ریزی %1</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>درون‌ریزی برگردانده نشد: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>درون‌ریزی برگردانده نشد: %1</translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation>چنین درون‌ریزی‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>این درون‌ریزی پیش‌تر برگردانده شده است.</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>در حال برگرداندن درون‌ریزی</translation>
    </message>
    <message>
        <source>Undoing the import was cancelled; nothing was changed.</source>
        <translation>برگرداندن درون‌ریزی لغو شد؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <source>The import&apos;s contacts could not be read: %1</source>
        <translation>مخاطبان این درون‌ریزی خوانده نشدند: %1</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>The import could not start: %1</source>
        <translation>درون‌ریزی آغاز نشد: %1</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>در حال بررسی سطرها</translation>
    </message>
    <message>
        <source>Importing rows</source>
        <translation>در حال درون‌ریزی سطرها</translation>
    </message>
    <message>
        <source>The import could not be finished, and nothing was imported: %1</source>
        <translation>درون‌ریزی به پایان نرسید و هیچ چیز درون‌ریزی نشد: %1</translation>
    </message>
    <message>
        <source>The import could not be saved, and nothing was imported: %1</source>
        <translation>درون‌ریزی ذخیره نشد و هیچ چیز درون‌ریزی نشد: %1</translation>
    </message>
</context>
<context>
    <name>InteractionActions</name>
    <message>
        <source>Interaction logged, reminder done and the next meeting scheduled.</source>
        <translation>تعامل ثبت شد، یادآور انجام شد و جلسه بعدی برنامه‌ریزی شد.</translation>
    </message>
    <message>
        <source>Interaction logged, reminder done and follow-up scheduled.</source>
        <translation>تعامل ثبت شد، یادآور انجام شد و پیگیری برنامه‌ریزی شد.</translation>
    </message>
    <message>
        <source>Interaction logged and reminder done.</source>
        <translation>تعامل ثبت شد و یادآور انجام شد.</translation>
    </message>
    <message>
        <source>Interaction logged and the next meeting scheduled.</source>
        <translation>تعامل ثبت شد و جلسه بعدی برنامه‌ریزی شد.</translation>
    </message>
    <message>
        <source>Interaction logged and follow-up scheduled.</source>
        <translation>تعامل ثبت شد و پیگیری برنامه‌ریزی شد.</translation>
    </message>
    <message>
        <source>Interaction logged.</source>
        <translation>تعامل ثبت شد.</translation>
    </message>
    <message>
        <source>Choose the contact the interaction was with.</source>
        <translation>مخاطبی را که تعامل با او بود انتخاب کنید.</translation>
    </message>
    <message>
        <source>Give the follow-up a title.</source>
        <translation>برای پیگیری عنوانی وارد کنید.</translation>
    </message>
    <message>
        <source>Enter when the follow-up is due.</source>
        <translation>سررسید پیگیری را وارد کنید.</translation>
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation>ثبت تعامل با %1</translation>
    </message>
    <message>
        <source>Only a complaint can be resolved.</source>
        <translation>فقط شکایت را می‌توان حل‌شده اعلام کرد.</translation>
    </message>
    <message>
        <source>Complaint resolved.</source>
        <translation>شکایت حل شد.</translation>
    </message>
    <message>
        <source>Complaint open again.</source>
        <translation>شکایت دوباره باز شد.</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>حل کردن شکایت</translation>
    </message>
    <message>
        <source>Open complaint again</source>
        <translation>بازگشایی شکایت</translation>
    </message>
</context>
<context>
    <name>InteractionKinds</name>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
</context>
<context>
    <name>InteractionOutcomes</name>
    <message>
        <source>Successful</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>خنثی</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>پیغام‌گیر</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>اشغال</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>شماره اشتباه</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>Choose the contact this interaction was with.</source>
        <translation>مخاطبی را که این تعامل با او بود انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose what kind of interaction it was.</source>
        <translation>نوع تعامل را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter when the interaction took place.</source>
        <translation>زمان انجام تعامل را وارد کنید.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>مدت نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The interaction could not be saved: %1</source>
        <translation>تعامل ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The interaction could not be read: %1</source>
        <translation>تعامل خوانده نشد: %1</translation>
    </message>
    <message>
        <source>There is no interaction with the number %1.</source>
        <translation>تعاملی با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The interaction could not be archived: %1</source>
        <translation>تعامل بایگانی نشد: %1</translation>
    </message>
    <message>
        <source>The complaint could not be updated: %1</source>
        <translation>شکایت به‌روزرسانی نشد: %1</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>The scoring rules could not be read: %1</source>
        <translation>قواعد امتیازدهی خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>Every scoring rule needs a name.</source>
        <translation>هر قاعده امتیازدهی به یک نام نیاز دارد.</translation>
    </message>
    <message>
        <source>“%1” gives no points.</source>
        <translation>«%1» هیچ امتیازی نمی‌دهد.</translation>
    </message>
    <message>
        <source>“%1”: a score cannot count itself.</source>
        <translation>«%1»: امتیاز نمی‌تواند خودش را به حساب آورد.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1” needs a kind of interaction and a number of days.</source>
        <translation>«%1» به یک نوع تعامل و یک تعداد روز نیاز دارد.</translation>
    </message>
    <message>
        <source>The scoring rules could not be saved: %1</source>
        <translation>قواعد امتیازدهی ذخیره نشدند: %1</translation>
    </message>
    <message>
        <source>Decision maker (title with “director”)</source>
        <translation>تصمیم‌گیرنده (سمت شامل «director»)</translation>
    </message>
    <message>
        <source>Decision maker (title with “head”)</source>
        <translation>تصمیم‌گیرنده (سمت شامل «head»)</translation>
    </message>
    <message>
        <source>Owner or founder</source>
        <translation>مالک یا بنیان‌گذار</translation>
    </message>
    <message>
        <source>Has an email address</source>
        <translation>دارای نشانی ایمیل</translation>
    </message>
    <message>
        <source>No way to reach them</source>
        <translation>بدون راه ارتباطی</translation>
    </message>
    <message>
        <source>Successful meeting in the last 30 days</source>
        <translation>جلسه موفق در 30 روز گذشته</translation>
    </message>
    <message>
        <source>Answered call (halves every 14 days)</source>
        <translation>تماس پاسخ‌داده‌شده (هر 14 روز نصف می‌شود)</translation>
    </message>
    <message>
        <source>Email exchanged in the last 14 days</source>
        <translation>تبادل ایمیل در 14 روز گذشته</translation>
    </message>
    <message>
        <source>Complaint (halves every 30 days)</source>
        <translation>شکایت (هر 30 روز نصف می‌شود)</translation>
    </message>
    <message>
        <source>The score could not be worked out: %1</source>
        <translation>امتیاز محاسبه نشد: %1</translation>
    </message>
    <message>
        <source>The score could not be saved: %1</source>
        <translation>امتیاز ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The scores could not be worked out: %1</source>
        <translation>امتیازها محاسبه نشدند: %1</translation>
    </message>
    <message>
        <source>Working out the scores</source>
        <translation>محاسبه امتیازها</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>متوقف شد.</translation>
    </message>
    <message>
        <source>The scores could not be saved: %1</source>
        <translation>امتیازها ذخیره نشدند: %1</translation>
    </message>
</context>
<context>
    <name>LeadSourceRepository</name>
    <message>
        <source>A lead source needs a name.</source>
        <translation>منبع سرنخ باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>The lead source could not be saved: %1</source>
        <translation>منبع سرنخ ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>کمپین باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>Choose the lead source of the campaign.</source>
        <translation>منبع سرنخ کمپین را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The spend cannot be negative.</source>
        <translation>هزینه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The campaign cannot end before it starts.</source>
        <translation>کمپین نمی‌تواند پیش از آغازش پایان یابد.</translation>
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation>کمپین ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>A lead source called “%1” already exists.</source>
        <translation>منبع سرنخی به نام «%1» از قبل وجود دارد.</translation>
    </message>
</context>
<context>
    <name>LeadSources</name>
    <message>
        <source>The lead source report could not be computed: %1</source>
        <translation>گزارش منابع سرنخ محاسبه نشد: %1</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>بدون منبع سرنخ</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>مخاطبان خوانده نشدند: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleFunnel</name>
    <message>
        <source>The lifecycle funnel could not be computed: %1</source>
        <translation>قیف چرخه عمر محاسبه نشد: %1</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>بدون منبع سرنخ</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>The lifecycle funnel could not be brought up to date: %1</source>
        <translation>قیف چرخه عمر به‌روز نشد: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>rule: the fields that make a lead marketing qualified were filled</source>
        <translation>قاعده: فیلدهایی که سرنخ را واجد شرایط بازاریابی می‌کنند پر شدند</translation>
    </message>
    <message>
        <source>rule: the qualification fields were filled</source>
        <translation>قاعده: فیلدهای ارزیابی پر شدند</translation>
    </message>
    <message>
        <source>rule: a meeting was booked</source>
        <translation>قاعده: جلسه‌ای تعیین شد</translation>
    </message>
    <message>
        <source>rule: a deal was created</source>
        <translation>قاعده: معامله‌ای ایجاد شد</translation>
    </message>
    <message>
        <source>rule: a deal was won</source>
        <translation>قاعده: معامله‌ای برنده شد</translation>
    </message>
    <message>
        <source>rule: the lead score reached the threshold</source>
        <translation>قاعده: امتیاز سرنخ به آستانه رسید</translation>
    </message>
    <message>
        <source>The leads to qualify could not be read: %1</source>
        <translation>سرنخ‌هایی که باید واجد شرایط شوند خوانده نشدند: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleText</name>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>واردشده</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>پیش‌رفته</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>میانه روزها</translation>
    </message>
    <message>
        <source>Entered each stage, by lead source:</source>
        <translation>ورود به هر مرحله، بر اساس منبع سرنخ:</translation>
    </message>
    <message>
        <source>Entered each stage, by owner:</source>
        <translation>ورود به هر مرحله، بر اساس مسئول:</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Merge contacts</source>
        <translation>ادغام مخاطبان</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>ادغام شرکت‌ها</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as EUR.</source>
        <translation>واحد پول باید یک کد سه‌حرفی ISO 4217 مانند EUR باشد.</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>معاملات خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>The pipeline could not be read: %1</source>
        <translation>پایپ‌لاین خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The pipeline totals could not be computed: %1</source>
        <translation>جمع‌های پایپ‌لاین محاسبه نشدند: %1</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation>رکوردها خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>فایل برون‌بری نوشته نشد: %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>در حال برون‌بری</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>برون‌بری لغو شد.</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» نوشته نشد: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال برون‌بری…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>فایل‌های vCard (*.vcf)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>فایل‌های iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برون‌بری</translation>
    </message>
    <message>
        <source>%1 records exported to %2.</source>
        <translation>%1 رکورد در %2 برون‌بری شد.</translation>
    </message>
</context>
<context>
    <name>RecordImport</name>
    <message>
        <source>Contacts are imported by ContactImport.</source>
        <translation>مخاطبان را ContactImport درون‌ریزی می‌کند.</translation>
    </message>
    <message>
        <source>No user is called “%1” (kept in the notes).</source>
        <translation>کاربری به نام «%1» وجود ندارد (در یادداشت‌ها نگه داشته شد).</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>بدون نام</translation>
    </message>
    <message>
        <source>No company is called “%1” (kept in the notes).</source>
        <translation>شرکتی به نام «%1» وجود ندارد (در یادداشت‌ها نگه داشته شد).</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>شرکت مادر</translation>
    </message>
    <message>
        <source>Same name as %1</source>
        <translation>نام مشابه %1</translation>
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation>%1؛ چیز تازه‌ای نیست</translation>
    </message>
    <message>
        <source>No date, or one Kontor cannot read: “%1”</source>
        <translation>بدون تاریخ، یا تاریخی که Kontor نمی‌تواند بخواند: «%1»</translation>
    </message>
    <message>
        <source>No contact “%1” in Kontor (import the contacts first)</source>
        <translation>مخاطب «%1» در Kontor وجود ندارد (نخست مخاطبان را درون‌ریزی کنید)</translation>
    </message>
    <message>
        <source>The kind “%1” is not one of Kontor&apos;s (imported as a note).</source>
        <translation>نوع «%1» جزو انواع Kontor نیست (به‌صورت یادداشت درون‌ریزی شد).</translation>
    </message>
    <message>
        <source>No deal “%1” for this contact (left out).</source>
        <translation>معامله «%1» برای این مخاطب وجود ندارد (کنار گذاشته شد).</translation>
    </message>
    <message>
        <source>Already there: the same %1 at the same time</source>
        <translation>از قبل موجود است: همان %1 در همان زمان</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>بدون عنوان</translation>
    </message>
    <message>
        <source>No contact “%1” in Kontor (kept in the notes).</source>
        <translation>مخاطب «%1» در Kontor وجود ندارد (در یادداشت‌ها نگه داشته شد).</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>No stage is called “%1” (the first stage instead; kept in the notes).</source>
        <translation>مرحله‌ای به نام «%1» وجود ندارد (به جای آن نخستین مرحله؛ در یادداشت‌ها نگه داشته شد).</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>The amount “%1” is not a number Kontor reads (kept in the notes).</source>
        <translation>مبلغ «%1» عددی نیست که Kontor بتواند بخواند (در یادداشت‌ها نگه داشته شد).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Already there: a deal of the same title for the same contact</source>
        <translation>از قبل موجود است: معامله‌ای با همین عنوان برای همین مخاطب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>حوزه فروش</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Kind (call, meeting, email…)</source>
        <translation>نوع (تماس، جلسه، ایمیل…)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>نام مخاطب</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>ایمیل مخاطب</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>مدت (دقیقه)</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>ثبت‌شده توسط</translation>
    </message>
    <message>
        <source>Resolved (complaints)</source>
        <translation>حل‌شده (شکایت‌ها)</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal</comment>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بستن مورد انتظار</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجادشده</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>دلیل از دست رفتن</translation>
    </message>
    <message>
        <source>No column is mapped to “%1”, which every row needs.</source>
        <translation>هیچ ستونی به «%1» نگاشت نشده است، در حالی که هر سطر به آن نیاز دارد.</translation>
    </message>
    <message>
        <source>Line %1 could not be imported, and nothing was: %2</source>
        <translation>خط %1 درون‌ریزی نشد و هیچ چیز درون‌ریزی نشد: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>درون‌ریزی لغو شد؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <source>The file could not be read, and nothing was imported: %1</source>
        <translation>فایل خوانده نشد و هیچ چیز درون‌ریزی نشد: %1</translation>
    </message>
</context>
<context>
    <name>RegionChoice</name>
    <message>
        <source>Choose your country</source>
        <translation>کشورتان را انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Say what to do.</source>
        <translation>بگویید چه کاری باید انجام شود.</translation>
    </message>
    <message>
        <source>Enter when the reminder is due.</source>
        <translation>سررسید یادآور را وارد کنید.</translation>
    </message>
    <message>
        <source>The reminder&apos;s contact does not exist.</source>
        <translation>مخاطب این یادآور وجود ندارد.</translation>
    </message>
    <message>
        <source>Edit reminder “%1”</source>
        <translation>ویرایش یادآور «%1»</translation>
    </message>
    <message>
        <source>New reminder “%1”</source>
        <translation>یادآور جدید «%1»</translation>
    </message>
    <message>
        <source>Reminder saved.</source>
        <translation>یادآور ذخیره شد.</translation>
    </message>
    <message>
        <source>“%1” is done already.</source>
        <translation>«%1» پیش‌تر انجام شده است.</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>علامت‌گذاری «%1» به‌عنوان انجام‌شده</translation>
    </message>
    <message>
        <source>“%1” done; next on %2.</source>
        <translation>«%1» انجام شد؛ نوبت بعد: %2.</translation>
    </message>
    <message>
        <source>“%1” done.</source>
        <translation>«%1» انجام شد.</translation>
    </message>
    <message>
        <source>Enter until when to snooze.</source>
        <translation>زمان پایان تعویق را وارد کنید.</translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation>تعویق «%1»</translation>
    </message>
    <message>
        <source>“%1” snoozed until %2.</source>
        <translation>«%1» تا %2 به تعویق افتاد.</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>A reminder needs a title.</source>
        <translation>یادآور باید عنوان داشته باشد.</translation>
    </message>
    <message>
        <source>A reminder needs a due time.</source>
        <translation>یادآور باید زمان سررسید داشته باشد.</translation>
    </message>
    <message>
        <source>The reminder could not be saved: %1</source>
        <translation>یادآور ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>There is no reminder with the number %1.</source>
        <translation>یادآوری با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The reminder could not be read: %1</source>
        <translation>یادآور خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The reminder is already done.</source>
        <translation>این یادآور پیش‌تر انجام شده است.</translation>
    </message>
    <message>
        <source>The reminder could not be updated: %1</source>
        <translation>یادآور به‌روزرسانی نشد: %1</translation>
    </message>
    <message>
        <source>Choose until when to snooze.</source>
        <translation>زمان پایان تعویق را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The reminder could not be snoozed: %1</source>
        <translation>یادآور به تعویق نیفتاد: %1</translation>
    </message>
    <message>
        <source>Only an open reminder can be snoozed.</source>
        <translation>فقط یادآور باز را می‌توان به تعویق انداخت.</translation>
    </message>
    <message>
        <source>The reminder could not be archived: %1</source>
        <translation>یادآور بایگانی نشد: %1</translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>یادآورها خوانده نشدند: %1</translation>
    </message>
</context>
<context>
    <name>ReportChoice</name>
    <message>
        <source>%1 is not a choice field.</source>
        <translation>%1 فیلد گزینه‌ای نیست.</translation>
    </message>
    <message>
        <source>Name a choice field and its options, such as industry=Retail;Food.</source>
        <translation>یک فیلد گزینه‌ای و گزینه‌های آن را نام ببرید، مانند industry=Retail;Food.</translation>
    </message>
    <message>
        <source>There is no field “%1”.</source>
        <translation>فیلدی به نام «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 has no choice “%2”.</source>
        <translation>%1 گزینه‌ای به نام «%2» ندارد.</translation>
    </message>
    <message>
        <source>That territory is gone; choose another.</source>
        <translation>آن حوزه فروش دیگر وجود ندارد؛ حوزه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>There is no territory “%1”.</source>
        <translation>حوزه فروشی به نام «%1» وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>هفته گذشته</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>این فصل</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>فصل گذشته</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>بازه دلخواه</translation>
    </message>
</context>
<context>
    <name>ReportSummaries</name>
    <message>
        <source>The report summaries could not be computed: %1</source>
        <translation>خلاصه‌های گزارش محاسبه نشدند: %1</translation>
    </message>
    <message>
        <source>The report summaries could not be checked: %1</source>
        <translation>خلاصه‌های گزارش بررسی نشدند: %1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>رسیده</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>پیش‌رفته</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>میانگین روزها</translation>
    </message>
    <message>
        <source>Entered: %1 · won: %2 · lost: %3 · win rate: %4 · overall conversion: %5</source>
        <translation>واردشده: %1 • برنده‌شده: %2 • ازدست‌رفته: %3 • نرخ موفقیت: %4 • نرخ تبدیل کل: %5</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>هزینه هر سرنخ</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>هزینه هر مشتری</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>بازده</translation>
    </message>
    <message>
        <source>Week of %1 (the week before in brackets)</source>
        <translation>هفته %1 (هفته قبل در پرانتز)</translation>
    </message>
    <message>
        <source>Calls held</source>
        <translation>تماس‌های انجام‌شده</translation>
    </message>
    <message>
        <source>  successful</source>
        <translation>  موفق</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>جلسه‌های برگزارشده</translation>
    </message>
    <message>
        <source>Led to another appointment</source>
        <translation>منجر به قرار ملاقات دیگر</translation>
    </message>
    <message>
        <source>Appointments in the next 30 days</source>
        <translation>قرار ملاقات‌ها در ۳۰ روز آینده</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>سرنخ‌های جدید</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>معاملات برنده‌شده</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>معاملات ازدست‌رفته</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>درآمد کسب‌شده</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>شکایت‌های جدید</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>شکایت‌های حل‌شده</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>کارشناس فروش</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Deals moved</source>
        <translation>معاملات جابه‌جاشده</translation>
    </message>
    <message>
        <source>total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بستن مورد انتظار</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>وزن‌دار</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>عقب‌افتاده</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>What lies behind the figure could not be read: %1</source>
        <translation>آنچه پشت این رقم است خوانده نشد: %1</translation>
    </message>
</context>
<context>
    <name>RfmAnalysis</name>
    <message>
        <source>The customers&apos; RFM could not be computed: %1</source>
        <translation>تحلیل RFM مشتریان محاسبه نشد: %1</translation>
    </message>
</context>
<context>
    <name>RfmSegment</name>
    <message>
        <source>Champions</source>
        <translation>قهرمانان</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>وفاداران</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>وفاداران بالقوه</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>امیدوارکننده</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>در آستانه خواب</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>در معرض خطر</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>نباید از دستشان داد</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>در خواب زمستانی</translation>
    </message>
    <message>
        <source>R 5, F 4–5: bought lately and often.</source>
        <translation>R 5، F 4–5: اخیراً و زیاد خرید کرده‌اند.</translation>
    </message>
    <message>
        <source>R 3–4, F 4–5: buy often, not quite lately.</source>
        <translation>R 3–4، F 4–5: زیاد خرید می‌کنند، ولی نه چندان اخیراً.</translation>
    </message>
    <message>
        <source>R 4–5, F 2–3: bought lately, more than once.</source>
        <translation>R 4–5، F 2–3: اخیراً و بیش از یک بار خرید کرده‌اند.</translation>
    </message>
    <message>
        <source>R 5, F 1: bought lately, for the first time in the two years.</source>
        <translation>R 5، F 1: اخیراً خرید کرده‌اند، برای نخستین بار در این دو سال.</translation>
    </message>
    <message>
        <source>R 4, F 1: bought fairly lately, once.</source>
        <translation>R 4، F 1: نسبتاً اخیراً، یک بار خرید کرده‌اند.</translation>
    </message>
    <message>
        <source>R 3, F 3: middling on both.</source>
        <translation>R 3، F 3: در هر دو متوسط.</translation>
    </message>
    <message>
        <source>R 3, F 1–2: seldom, and not lately.</source>
        <translation>R 3، F 1–2: به‌ندرت، و نه اخیراً.</translation>
    </message>
    <message>
        <source>R 1–2, F 3–4: bought often, but long ago.</source>
        <translation>R 1–2، F 3–4: زیاد خرید کرده‌اند، ولی مدت‌ها پیش.</translation>
    </message>
    <message>
        <source>R 1–2, F 5: among the most frequent, but long ago.</source>
        <translation>R 1–2، F 5: از پرتکرارترین‌ها، ولی مدت‌ها پیش.</translation>
    </message>
    <message>
        <source>R 1–2, F 1–2: seldom, and long ago.</source>
        <translation>R 1–2، F 1–2: به‌ندرت، و مدت‌ها پیش.</translation>
    </message>
</context>
<context>
    <name>RfmText</name>
    <message>
        <source>Customers from %1 to %2, in %3</source>
        <translation>مشتریان از %1 تا %2، به %3</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Customers by recency (R, rows) and frequency (F, columns)</source>
        <translation>مشتریان بر اساس تازگی (R، سطرها) و تکرار (F، ستون‌ها)</translation>
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
            <numerusform>%Ln معامله برنده‌شده به واحدهای پول دیگر کنار گذاشته شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>calls, meetings and notes</source>
        <translation>تماس‌ها، جلسه‌ها و یادداشت‌ها</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <source>the deals&apos; moves between stages</source>
        <translation>جابه‌جایی معاملات میان مراحل</translation>
    </message>
    <message>
        <source>the deals&apos; dates in each stage</source>
        <translation>تاریخ‌های معاملات در هر مرحله</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>تاریخچه تغییرات</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>کمپین‌ها</translation>
    </message>
    <message>
        <source>lead sources</source>
        <translation>منابع سرنخ</translation>
    </message>
    <message>
        <source>salespeople</source>
        <translation>کارشناسان فروش</translation>
    </message>
    <message>
        <source>pipeline stages</source>
        <translation>مراحل پایپ‌لاین</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>the contacts&apos; tags</source>
        <translation>برچسب‌های مخاطبان</translation>
    </message>
    <message>
        <source>the companies&apos; tags</source>
        <translation>برچسب‌های شرکت‌ها</translation>
    </message>
    <message>
        <source>the contacts&apos; emails</source>
        <translation>ایمیل‌های مخاطبان</translation>
    </message>
    <message>
        <source>the contacts&apos; phone numbers</source>
        <translation>شماره‌تلفن‌های مخاطبان</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>the import history</source>
        <translation>تاریخچه درون‌ریزی</translation>
    </message>
    <message>
        <source>what each import changed</source>
        <translation>آنچه هر درون‌ریزی تغییر داد</translation>
    </message>
    <message>
        <source>contacts marked as not duplicates</source>
        <translation>مخاطبانی که «تکراری نیست» علامت خورده‌اند</translation>
    </message>
    <message>
        <source>The latest changes, in the file&apos;s “-wal” beside it, could not be read: the copy that reading them takes could not be made (%1). Free some space beside the new file and save again to have them too.</source>
        <translation>آخرین تغییرات، در فایل «‎-wal» کنار آن، خوانده نشد: رونوشتی که خواندنشان لازم دارد ساخته نشد (%1). کنار فایل تازه کمی فضا آزاد کنید و دوباره نجات دهید تا آن‌ها هم ذخیره شوند.</translation>
    </message>
</context>
<context>
    <name>ScoreActions</name>
    <message>
        <source>Change lead scoring rules</source>
        <translation>تغییر قواعد امتیازدهی سرنخ</translation>
    </message>
    <message numerus="yes">
        <source>Qualify %Ln lead(s) by score</source>
        <translation>
            <numerusform>واجد شرایط کردن %Ln سرنخ بر اساس امتیاز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreText</name>
    <message>
        <source>There are scoring rules already; the starter set only goes into an empty list.</source>
        <translation>از پیش قواعد امتیازدهی وجود دارد؛ مجموعه آغازین فقط به فهرست خالی افزوده می‌شود.</translation>
    </message>
    <message>
        <source>%1 %2 within %3 days%4</source>
        <translation>%1 %2 در بازه %3 روز%4</translation>
    </message>
    <message>
        <source>, halving</source>
        <translation>، با نصف‌شدن</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(غیرفعال)</translation>
    </message>
    <message>
        <source>score takes at most a contact&apos;s id, or rules.</source>
        <translation>score حداکثر شماره یک مخاطب یا rules را می‌پذیرد.</translation>
    </message>
    <message>
        <source>“%1” is not a contact&apos;s id.</source>
        <translation>«%1» شماره یک مخاطب نیست.</translation>
    </message>
    <message>
        <source>Score %1 (fit %2, engagement %3)</source>
        <translation>امتیاز %1 (تناسب %2، مشارکت %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln score(s) changed.</source>
        <translation>
            <numerusform>%Ln امتیاز تغییر کرد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search failed: %1</source>
        <translation>جست‌وجو ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Branch of %1</source>
        <translation>شعبه %1</translation>
    </message>
</context>
<context>
    <name>Separators</name>
    <message>
        <source> · </source>
        <comment>between the parts of one line: a time · a kind · a name</comment>
        <translation> • </translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>Add stage %1</source>
        <translation>افزودن مرحله %1</translation>
    </message>
    <message>
        <source>Change stage %1</source>
        <translation>تغییر مرحله %1</translation>
    </message>
    <message>
        <source>Remove stage %1</source>
        <translation>حذف مرحله %1</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>تغییر ترتیب مراحل</translation>
    </message>
    <message>
        <source>Add lead source %1</source>
        <translation>افزودن منبع سرنخ %1</translation>
    </message>
    <message>
        <source>Rename lead source to %1</source>
        <translation>تغییر نام منبع سرنخ به %1</translation>
    </message>
    <message>
        <source>Add campaign %1</source>
        <translation>افزودن کمپین %1</translation>
    </message>
    <message>
        <source>Change campaign %1</source>
        <translation>تغییر کمپین %1</translation>
    </message>
    <message>
        <source>Add salesperson %1</source>
        <translation>افزودن کارشناس فروش %1</translation>
    </message>
    <message>
        <source>Rename salesperson to %1</source>
        <translation>تغییر نام کارشناس فروش به %1</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>تغییر نام برچسب %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>حذف برچسب %1</translation>
    </message>
    <message>
        <source>Save import preset %1</source>
        <translation>ذخیره الگوی درون‌ریزی %1</translation>
    </message>
    <message>
        <source>Your name and country</source>
        <translation>نام و کشور شما</translation>
    </message>
    <message>
        <source>Set the default currency</source>
        <translation>تعیین واحد پول پیش‌فرض</translation>
    </message>
    <message>
        <source>Set the region of phone numbers</source>
        <translation>تعیین منطقه شماره تلفن‌ها</translation>
    </message>
    <message>
        <source>Set the backups to keep</source>
        <translation>تعیین تعداد پشتیبان‌های نگه‌داشتنی</translation>
    </message>
    <message>
        <source>Change lifecycle rules</source>
        <translation>تغییر قواعد چرخه عمر</translation>
    </message>
    <message>
        <source>Change territories</source>
        <translation>تغییر حوزه‌های فروش</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>تنظیمات خوانده نشد: %1</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>تنظیم ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The region must be a two-letter country code such as DE.</source>
        <translation>منطقه باید یک کد دوحرفی کشور مانند DE باشد.</translation>
    </message>
    <message>
        <source>Keep between 0 and 1000 backups.</source>
        <translation>بین ۰ تا ۱۰۰۰ نسخه پشتیبان نگه دارید.</translation>
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>مرحله باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 percent.</source>
        <translation>احتمال موفقیت باید بین ۰ تا ۱۰۰ درصد باشد.</translation>
    </message>
    <message>
        <source>The stages could not be read: %1</source>
        <translation>مراحل خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>There is no stage with the number %1.</source>
        <translation>مرحله‌ای با شماره %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The stage could not be saved: %1</source>
        <translation>مرحله ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The stages could not be reordered: %1</source>
        <translation>ترتیب مراحل تغییر داده نشد: %1</translation>
    </message>
    <message>
        <source>Choose another stage for the deals of “%1”.</source>
        <translation>برای معاملات «%1» مرحله دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>“%1” is the only stage for deals that are %2: the pipeline needs it.</source>
        <translation>«%1» تنها مرحله برای معاملات %2 است: پایپ‌لاین به آن نیاز دارد.</translation>
    </message>
    <message>
        <source>won</source>
        <translation>برنده‌شده</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>The stage could not be removed: %1</source>
        <translation>مرحله حذف نشد: %1</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>برچسب باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>برچسب «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>The tag could not be renamed: %1</source>
        <translation>نام برچسب تغییر داده نشد: %1</translation>
    </message>
    <message>
        <source>The tag could not be removed: %1</source>
        <translation>برچسب حذف نشد: %1</translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message>
        <source>The territories could not be read: %1</source>
        <translation>حوزه‌های فروش خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>Every territory needs a name.</source>
        <translation>هر حوزه فروش به یک نام نیاز دارد.</translation>
    </message>
    <message>
        <source>There is a territory named “%1” already.</source>
        <translation>حوزه فروشی به نام «%1» از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>“%1”: a range of postal codes goes from the lower to the higher, both as long, such as 20000–29999.</source>
        <translation>«%1»: بازه کدهای پستی از کد کوچک‌تر به کد بزرگ‌تر است و هر دو کد هم‌طول‌اند، مانند 20000–29999.</translation>
    </message>
    <message>
        <source>The territories could not be saved: %1</source>
        <translation>حوزه‌های فروش ذخیره نشدند: %1</translation>
    </message>
    <message>
        <source>The territory could not be counted: %1</source>
        <translation>مخاطبان و شرکت‌های حوزه فروش شمرده نشدند: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>تراکنش آغاز نشد: %1</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>تراکنش فعال نیست.</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>تغییرات ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Another program is writing to this database and did not finish while Kontor waited, so nothing was saved; try again when it is done. (%1)</source>
        <translation>برنامهٔ دیگری در این پایگاه داده می‌نویسد و تا وقتی Kontor منتظر ماند کارش تمام نشد، پس چیزی ذخیره نشد؛ وقتی تمام شد دوباره امتحان کنید. (%1)</translation>
    </message>
    <message>
        <source>This database is open read only, so nothing can be changed in it. Restore a backup, or save what can be read into a new file, to work on.</source>
        <translation>این پایگاه داده فقط خواندنی باز شده است، پس چیزی در آن تغییر نمی‌کند. برای ادامه کار، یک پشتیبان را بازیابی کنید یا آنچه خواندنی است را در فایل تازه‌ای نجات دهید.</translation>
    </message>
</context>
<context>
    <name>UndoJournal</name>
    <message>
        <source>Undo could not be set up: %1</source>
        <translation>واگرد راه‌اندازی نشد: %1</translation>
    </message>
    <message>
        <source>The undo history could not be paused: %1</source>
        <translation>تاریخچه واگرد متوقف نشد: %1</translation>
    </message>
    <message>
        <source>Undo is not available for this database.</source>
        <translation>واگرد برای این پایگاه داده در دسترس نیست.</translation>
    </message>
    <message>
        <source>“%1” cannot be undone: the records changed since. %2</source>
        <translation>«%1» را نمی‌توان واگرد کرد: رکوردها از آن زمان تغییر کرده‌اند. %2</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading “%1” for this version of Kontor. This happens once; a large database takes a minute or two.</source>
        <translation>در حال ارتقای «%1» برای این نسخه از Kontor. این کار یک بار انجام می‌شود؛ برای پایگاه داده بزرگ یکی دو دقیقه طول می‌کشد.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Kontor keeps your clients, what was said with them and what to do next in one file on your own computer, and works without an internet connection. It is made for the owner of a small business who used to keep a paper notebook, for the salesperson who logs calls and meetings all day, and for the manager who looks back on the week. This guide is inside the program too: **Help → User Guide** (F1).</source>
        <translation>برنامه Kontor مشتریان شما، گفت‌وگوهایتان با آن‌ها و کارهایی را که باید بعداً انجام دهید در یک فایل روی رایانه خودتان نگه می‌دارد و بدون اینترنت کار می‌کند. این برنامه برای صاحب کسب‌وکار کوچکی ساخته شده که تا امروز همه چیز را در دفترچه کاغذی می‌نوشت، برای کارشناس فروشی که تمام روز تماس‌ها و جلسه‌ها را ثبت می‌کند، و برای مدیری که کار هفته را مرور می‌کند. این راهنما درون خود برنامه هم هست: **راهنما ← راهنمای کاربر** (F1).</translation>
    </message>
    <message>
        <source>A working day with Kontor</source>
        <translation>یک روز کاری با Kontor</translation>
    </message>
    <message>
        <source>**Morning, on the Today page** (it opens first): work down the overdue reminders and today&apos;s (D done, S tomorrow), see today&apos;s and tomorrow&apos;s meetings, the week&apos;s birthdays, the contacts you are losing touch with and the deals that have stood still too long. Enter opens the contact or the deal.</source>
        <translation>**صبح، در صفحه امروز** (نخستین صفحه‌ای که باز می‌شود): یادآورهای عقب‌افتاده و یادآورهای امروز را یکی‌یکی انجام دهید (D انجام شد، S تعویق تا فردا)، جلسه‌های امروز و فردا، تولدهای این هفته، مخاطبانی که ارتباطتان با آن‌ها در خطر قطع شدن است و معاملاتی را که بیش از حد راکد مانده‌اند ببینید. Enter مخاطب یا معامله را باز می‌کند.</translation>
    </message>
    <message>
        <source>**Before a call**: Ctrl+K and a few letters of a name, company, deal or note; Enter shows the contact&apos;s card with the whole history (calls, meetings, deal steps, reminders) and any open complaint on top.</source>
        <translation>**پیش از تماس**: Ctrl+K را بزنید و چند حرف از نام، شرکت، معامله یا یادداشت را تایپ کنید؛ Enter کارت مخاطب را با کل سابقه (تماس‌ها، جلسه‌ها، مراحل معامله، یادآورها) نشان می‌دهد و اگر شکایت بازی باشد، آن را در بالای همه.</translation>
    </message>
    <message>
        <source>**After the call**: Ctrl+L; the kind, the outcome, a line of notes and the next step (a follow-up reminder or the next meeting), all in the same dialog; Enter saves.</source>
        <translation>**پس از تماس**: Ctrl+L؛ نوع، نتیجه، یک خط یادداشت و گام بعدی (یادآور پیگیری یا جلسه بعدی)، همه در همان پنجره؛ Enter ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>**Deals**: Ctrl+4 shows the pipeline; drag a card on (or Ctrl+Shift+→); Lost asks why. Ctrl+Shift+N adds a deal. A card with a red bar has stood still too long.</source>
        <translation>**معاملات**: Ctrl+4 پایپ‌لاین را نشان می‌دهد؛ کارت را به ستون بعد بکشید (یا Ctrl+Shift+←‎)؛ مرحله «ازدست‌رفته» دلیلش را می‌پرسد. Ctrl+Shift+N معامله جدیدی می‌افزاید. کارتی که نوار قرمز دارد بیش از حد راکد مانده است.</translation>
    </message>
    <message>
        <source>**Evening**: Reminders (Ctrl+5) and its calendar show what tomorrow and the coming weeks hold; while Kontor runs it announces each reminder when it comes due.</source>
        <translation>**عصر**: صفحه یادآورها (Ctrl+5) و تقویم آن نشان می‌دهند فردا و هفته‌های آینده چه کارهایی در پیش است؛ تا وقتی Kontor باز است، هر یادآور را هنگام رسیدن سررسیدش اعلام می‌کند.</translation>
    </message>
    <message>
        <source>**End of the week**: Reports (Ctrl+6), the **Week** tab: the calls and meetings held, how many went well, new leads, deals won and lost, each beside the week before.</source>
        <translation>**پایان هفته**: گزارش‌ها (Ctrl+6)، زبانه **هفته**: تماس‌ها و جلسه‌های انجام‌شده، تعداد موفق‌ها، سرنخ‌های جدید، معاملات برنده‌شده و ازدست‌رفته، هر کدام در کنار هفته قبل.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>شروع کار</translation>
    </message>
    <message>
        <source>**Welcome**: a new, empty database opens on the Welcome page. Type your name, which becomes the first salesperson (instead of &quot;Owner&quot;), and choose your country: phone numbers written without a country code are read as numbers of that country (Kontor fills it in from your computer&apos;s settings, else from the language it is shown in, and asks when neither names a country). Then choose one of three ways in: **Add your first contact**, **Import a file…** (see &quot;Importing your old spreadsheets&quot;) or **Open the demo database**.</source>
        <translation>**خوش‌آمدگویی**: پایگاه داده جدید و خالی با صفحه خوش‌آمدگویی باز می‌شود. نام خود را وارد کنید تا نخستین کارشناس فروش شود (به‌جای «مالک»)، و کشورتان را انتخاب کنید: شماره تلفن‌هایی که بدون کد کشور نوشته شوند، شماره‌های همین کشور در نظر گرفته می‌شوند (Kontor کشور را از تنظیمات رایانه شما و در غیر این صورت از زبان برنامه پر می‌کند، و اگر هیچ‌کدام کشوری را مشخص نکنند، از شما می‌پرسد). سپس یکی از سه راه شروع را انتخاب کنید: **افزودن نخستین مخاطب**، **درون‌ریزی یک فایل…** (بخش «درون‌ریزی صفحه‌گسترده‌های قدیمی» را ببینید) یا **باز کردن پایگاه داده نمایشی**.</translation>
    </message>
    <message>
        <source>**The demo database**: 5,000 made-up contacts with a year of calls, meetings and deals, in the language of the window, made on the first click (with progress) in a file of its own beside yours, so that you can try everything without touching your own data. **Help → Open Demo Database** opens it at any time, and **File → Open Database…** goes back to yours.</source>
        <translation>**پایگاه داده نمایشی**: ۵٬۰۰۰ مخاطب ساختگی با یک سال تماس، جلسه و معامله، به زبان پنجره، که با نخستین کلیک (همراه با نمایش پیشرفت) در فایلی جداگانه کنار فایل شما ساخته می‌شود تا بتوانید همه چیز را بدون دست زدن به داده‌های خودتان امتحان کنید. **راهنما ← باز کردن پایگاه داده نمایشی** هر زمان آن را باز می‌کند و **فایل ← باز کردن پایگاه داده…** شما را به پایگاه داده خودتان برمی‌گرداند.</translation>
    </message>
    <message>
        <source>**Finding your way**: the bar on the left has the six pages, Today, Contacts, Companies, Pipeline, Reminders and Reports; Ctrl+1 to Ctrl+6 (the **Go** menu) go straight to them. A list or report that is still empty says in one line what would fill it.</source>
        <translation>**پیدا کردن راه**: نوار سمت راست شش صفحه دارد: امروز، مخاطبان، شرکت‌ها، پایپ‌لاین، یادآورها و گزارش‌ها؛ Ctrl+1 تا Ctrl+6 (منوی **برو**) مستقیم به آن‌ها می‌روند. فهرست یا گزارشی که هنوز خالی است، در یک خط می‌گوید با چه چیزی پر می‌شود.</translation>
    </message>
    <message>
        <source>**Help** has this **User Guide** (F1), **Keyboard Shortcuts** (Ctrl+/: every key of the menus and of each page, with a search box) and **Open Demo Database**.</source>
        <translation>منوی **راهنما** شامل همین **راهنمای کاربر** (F1)، **میان‌برهای صفحه‌کلید** (Ctrl+/: همه کلیدهای منوها و هر صفحه، با کادر جست‌وجو) و **باز کردن پایگاه داده نمایشی** است.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>The Today page is the day&apos;s work list, and Kontor opens on it. The side bar shows how many reminders are overdue or due today (&quot;Today (3)&quot;).</source>
        <translation>صفحه امروز فهرست کارهای روز است و Kontor با آن باز می‌شود. نوار کناری نشان می‌دهد چند یادآور عقب‌افتاده یا سررسید امروز است («امروز (۳)»).</translation>
    </message>
    <message>
        <source>**Losing touch**: a contact can ask to be contacted every so many days (&quot;Stay in touch every&quot; in the contact&apos;s dialog); any call, meeting or note you log starts the count again.</source>
        <translation>**در خطر قطع ارتباط**: برای هر مخاطب می‌توان تعیین کرد که هر چند روز یک بار با او ارتباط گرفته شود («در ارتباط ماندن هر» در پنجره مخاطب)؛ هر تماس، جلسه یا یادداشتی که ثبت کنید، شمارش را از نو آغاز می‌کند.</translation>
    </message>
    <message>
        <source>**Sections**: each has its count and folds (a click on its band, Enter, or ← / →), and stays folded. Each item is one line with its contact&apos;s name beside it, the most urgent first; a long section shows its first 8 items and &quot;Show all&quot;.</source>
        <translation>**بخش‌ها**: هر بخش تعداد موارد خود را نشان می‌دهد و جمع و باز می‌شود (با کلیک روی نوار عنوانش، Enter، یا ← / →) و جمع‌شده باقی می‌ماند. هر مورد یک خط است با نام مخاطبش در کنار آن، فوری‌ترین‌ها در ابتدا؛ بخش طولانی ۸ مورد نخست خود و «نمایش همه» را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>**Working through it**: the keyboard starts on the first item. On a reminder, D marks it done (a repeating one moves to its next date) and S snoozes it until 9:00 tomorrow, and the next item is selected, as it is after logging a call with Ctrl+L. Enter opens a stale deal on the pipeline board and any other item&apos;s contact. The keys are shown at the foot of the page.</source>
        <translation>**انجام کارها**: صفحه‌کلید روی نخستین مورد قرار دارد. روی یک یادآور، D آن را انجام‌شده علامت می‌زند (یادآور تکرارشونده به تاریخ بعدی‌اش می‌رود) و S آن را تا فردا ساعت ۹:۰۰ به تعویق می‌اندازد، و مورد بعدی انتخاب می‌شود، همان‌طور که پس از ثبت تماس با Ctrl+L. Enter معامله راکد را روی تابلوی پایپ‌لاین باز می‌کند و برای موارد دیگر، مخاطب آن‌ها را. کلیدها در پایین صفحه نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>The Contacts page (Ctrl+2) is your address book: the whole client base in one list, with the selected contact&apos;s card beside it.</source>
        <translation>صفحه مخاطبان (Ctrl+2) دفترچه نشانی شماست: همه مشتریان در یک فهرست، با کارت مخاطب انتخاب‌شده در کنار آن.</translation>
    </message>
    <message>
        <source>Finding anyone</source>
        <translation>پیدا کردن هر کسی</translation>
    </message>
    <message>
        <source>**Search as you type**: the box above the list (Ctrl+F) finds contacts by any part of their name, company, email or phone. Every word you type is the start of a word, and all must match: `ann sch` finds &quot;Anna Schmidt&quot;. A single letter lists the contacts whose last name starts with it, like the tabs of an address book; a one-letter word after others counts from its second letter on (`van d` shows what `van` shows until you type `van de`), and a one-letter word inside a name is a whole word (`O&apos;Bri` finds &quot;O&apos;Brien&quot;). Accents and capitals do not matter for Latin letters (`jose` finds &quot;José Núñez&quot;); Persian, Bengali, Amharic, Greek and Cyrillic names are found as typed. Phone numbers are found by their digits (`4930` finds &quot;+49 30 …&quot;).</source>
        <translation>**جست‌وجو هم‌زمان با تایپ**: کادر بالای فهرست (Ctrl+F) مخاطبان را با هر بخشی از نام، شرکت، ایمیل یا تلفنشان پیدا می‌کند. هر کلمه‌ای که تایپ می‌کنید ابتدای یک کلمه در نظر گرفته می‌شود و همه کلمه‌ها باید جور باشند: `ann sch` «Anna Schmidt» را پیدا می‌کند. یک حرف تنها، مخاطبانی را فهرست می‌کند که نام خانوادگی‌شان با آن حرف شروع می‌شود، مانند زبانه‌های دفترچه تلفن؛ کلمه یک‌حرفی که پس از کلمه‌های دیگر بیاید، از حرف دومش به بعد اثر می‌کند (`van d` همان چیزی را نشان می‌دهد که `van` نشان می‌دهد، تا وقتی `van de` را تایپ کنید)، و کلمه یک‌حرفی درون یک نام، خودش کلمه‌ای کامل به حساب می‌آید (`O&apos;Bri` «O&apos;Brien» را پیدا می‌کند). در حروف لاتین، بزرگی و کوچکی حروف و نشانه‌هایی مانند é و ñ اهمیتی ندارند (`jose` «José Núñez» را پیدا می‌کند)؛ نام‌های فارسی، بنگالی، امهری، یونانی و سیریلیک همان‌گونه که تایپ می‌شوند جست‌وجو می‌شوند. شماره تلفن‌ها با رقم‌هایشان پیدا می‌شوند (`4930` شماره «+49 30 …» را پیدا می‌کند).</translation>
    </message>
    <message>
        <source>**Search everything** (Ctrl+K, from anywhere): contacts, companies, deals (by title) and the notes of calls and meetings in one box, grouped, updated as you type; the arrow keys move, Enter opens the result: the contact (for a note, the contact it belongs to), the company on the Companies page, the deal on the pipeline board.</source>
        <translation>**جست‌وجو در همه چیز** (Ctrl+K، از هر جا): مخاطبان، شرکت‌ها، معاملات (بر اساس عنوان) و یادداشت‌های تماس‌ها و جلسه‌ها در یک کادر، گروه‌بندی‌شده و به‌روز هم‌زمان با تایپ؛ با کلیدهای جهت‌نما میان نتایج حرکت کنید و Enter نتیجه را باز می‌کند: مخاطب (برای یادداشت، مخاطبی که یادداشت به او تعلق دارد)، شرکت در صفحه شرکت‌ها، و معامله روی تابلوی پایپ‌لاین.</translation>
    </message>
    <message>
        <source>**Sorting**: click a column header to sort by it, again to reverse. Some columns take a moment on a very large list (&quot;Sorting…&quot; under the list). Empty values come last either way, equal values by name. After an edit the list is sorted again while the old order stays on screen, and the selected contact stays selected.</source>
        <translation>**مرتب‌سازی**: روی عنوان یک ستون کلیک کنید تا فهرست بر اساس آن مرتب شود و دوباره کلیک کنید تا ترتیب برعکس شود. در فهرست‌های خیلی بزرگ، مرتب‌سازی بعضی ستون‌ها کمی طول می‌کشد («در حال مرتب‌سازی…» زیر فهرست). مقادیر خالی در هر دو جهت در انتها می‌آیند و مقادیر یکسان بر اساس نام مرتب می‌شوند. پس از ویرایش، فهرست دوباره مرتب می‌شود در حالی که ترتیب قبلی روی صفحه می‌ماند، و مخاطب انتخاب‌شده همچنان انتخاب‌شده باقی می‌ماند.</translation>
    </message>
    <message>
        <source>Adding and editing a contact</source>
        <translation>افزودن و ویرایش مخاطب</translation>
    </message>
    <message>
        <source>**Phone numbers** are kept as you typed them and also read into one international form, so that &quot;030 1234567&quot; and &quot;+49 (0)30 123 45 67&quot; count as the same number when Kontor looks for duplicates. A number without a country code is read as a number of the country in File → Settings… → General (&quot;Phone numbers without a country code are from&quot;, at first the country of the language Kontor speaks).</source>
        <translation>**شماره تلفن‌ها** همان‌طور که تایپ کرده‌اید نگه داشته می‌شوند و در یک قالب بین‌المللی واحد هم خوانده می‌شوند، تا مثلاً «021 88776655» و «+98 21 8877 6655» هنگام جست‌وجوی موارد تکراری یک شماره به حساب بیایند. شماره بدون کد کشور، شماره کشوری در نظر گرفته می‌شود که در «فایل ← تنظیمات… ← عمومی» تعیین شده است (گزینه «شماره تلفن‌های بدون کد کشور متعلق به این کشورند»، که در آغاز کشورِ زبان Kontor است).</translation>
    </message>
    <message>
        <source>The contact card</source>
        <translation>کارت مخاطب</translation>
    </message>
    <message>
        <source>**Details**: emails and phones (links that open your mail program or your phone), address, owner, tags, the last contact and the next step (the next scheduled follow-up), with **Edit…**, **Log Interaction…**, **New Deal…** and **Changes…** at hand.</source>
        <translation>**جزئیات**: ایمیل‌ها و تلفن‌ها (پیوندهایی که برنامه ایمیل یا تلفن شما را باز می‌کنند)، نشانی، مسئول، برچسب‌ها، آخرین ارتباط و گام بعدی (نزدیک‌ترین پیگیری برنامه‌ریزی‌شده)، و دکمه‌های **ویرایش…**، **ثبت تعامل…**، **معامله جدید…** و **تغییرات…** در دسترس.</translation>
    </message>
    <message>
        <source>**History**: everything in one list, newest first: calls, meetings, emails, notes and complaints, every step of the contact&apos;s deals (created, moved, won, lost with the reason) and its reminders. What is still to come (a meeting booked ahead, a reminder not yet due) is marked &quot;Planned&quot; with an outlined mark, above a &quot;Now&quot; line.</source>
        <translation>**سابقه**: همه چیز در یک فهرست، جدیدترین‌ها در بالا: تماس‌ها، جلسه‌ها، ایمیل‌ها، یادداشت‌ها و شکایت‌ها، همه مراحل معاملات مخاطب (ایجاد، جابه‌جایی، برنده شدن، از دست رفتن همراه با دلیل) و یادآورهای او. آنچه هنوز در پیش است (جلسه‌ای که از قبل تعیین شده، یادآوری که هنوز سررسید نشده) با عنوان «برنامه‌ریزی‌شده» و نشانه‌ای توخالی، بالای خط «اکنون» مشخص می‌شود.</translation>
    </message>
    <message>
        <source>**Complaints** stay open until resolved: while any is open, a red box above the history says how many and since when, with &quot;Mark Resolved&quot; for the newest. In the history, R (or the context menu) resolves the selected complaint or opens it again; open complaints are red, resolved ones say when.</source>
        <translation>**شکایت‌ها** تا حل نشوند باز می‌مانند: تا وقتی شکایت بازی وجود دارد، کادری قرمز بالای سابقه نشان می‌دهد چند شکایت باز است و از چه زمانی، همراه با «علامت‌گذاری به‌عنوان حل‌شده» برای جدیدترین آن‌ها. در سابقه، R (یا منوی راست‌کلیک) شکایت انتخاب‌شده را حل می‌کند یا دوباره باز می‌کند؛ شکایت‌های باز قرمزند و شکایت‌های حل‌شده زمان حل شدنشان را نشان می‌دهند.</translation>
    </message>
    <message>
        <source>Several contacts at once</source>
        <translation>چند مخاطب با هم</translation>
    </message>
    <message>
        <source>Logging a call or meeting</source>
        <translation>ثبت تماس یا جلسه</translation>
    </message>
    <message>
        <source>**Log interaction** (Ctrl+L, from any page): kind (call, meeting, email, message, note, complaint), outcome (successful, neutral, unsuccessful, no answer, voicemail, busy, wrong number, or type your own: it is offered again next time), when (now, unless changed), duration, subject and notes, and the next step in the same dialog: a follow-up reminder or the next meeting (tomorrow 9:00 unless changed; the meeting goes into the history and onto Today on its day). Enter saves; Shift+Enter starts a new line in the notes.</source>
        <translation>**ثبت تعامل** (Ctrl+L، از هر صفحه): نوع (تماس، جلسه، ایمیل، پیام، یادداشت، شکایت)، نتیجه (موفق، خنثی، ناموفق، بی‌پاسخ، پیغام‌گیر، اشغال، شماره اشتباه، یا نتیجه دلخواه خودتان را تایپ کنید: دفعه بعد دوباره پیشنهاد می‌شود)، زمان (اکنون، مگر آن را تغییر دهید)، مدت، موضوع و یادداشت‌ها، و گام بعدی در همان پنجره: یادآور پیگیری یا جلسه بعدی (فردا ساعت ۹:۰۰، مگر آن را تغییر دهید؛ جلسه در سابقه ثبت می‌شود و در روز خودش در صفحه امروز می‌آید). Enter ذخیره می‌کند؛ Shift+Enter در یادداشت‌ها خط جدیدی آغاز می‌کند.</translation>
    </message>
    <message>
        <source>**For whom**: the contact of what is selected on the page you are on: the reminder, meeting, birthday or stale deal on Today, the reminder on Reminders, the card (or row) on Pipeline, the person, deal or history entry on Companies, the row of a report&apos;s details (Ctrl+L works there too), the contact on Contacts. The dialog&apos;s title names the person; you can always type another name into the contact field. With nothing selected the field is empty and ready for typing. After saving, the Contacts list keeps that contact selected and on the card, with or without a search typed.</source>
        <translation>**برای چه کسی**: مخاطب موردی که در صفحه فعلی انتخاب شده است: یادآور، جلسه، تولد یا معامله راکد در صفحه امروز، یادآور در صفحه یادآورها، کارت (یا سطر) در پایپ‌لاین، شخص، معامله یا مورد سابقه در صفحه شرکت‌ها، سطری از جزئیات یک گزارش (Ctrl+L آنجا هم کار می‌کند)، و مخاطب در صفحه مخاطبان. عنوان پنجره نام آن شخص را نشان می‌دهد؛ همیشه می‌توانید نام دیگری را در فیلد مخاطب تایپ کنید. اگر چیزی انتخاب نشده باشد، فیلد خالی و آماده تایپ است. پس از ذخیره، فهرست مخاطبان همان مخاطب را انتخاب‌شده و روی کارت نگه می‌دارد، چه جست‌وجویی تایپ شده باشد چه نه.</translation>
    </message>
    <message>
        <source>**Closing the loop**: when the contact has a reminder due (or you log from a reminder), the dialog offers &quot;Mark “…” done&quot;, ticked: one Enter saves the call, its note and the next step and closes the reminder (a repeating one moves to its next date), and one Ctrl+Z takes all of it back.</source>
        <translation>**بستن حلقه**: وقتی مخاطب یادآور سررسیده‌ای دارد (یا از روی یک یادآور ثبت می‌کنید)، پنجره گزینه «علامت‌گذاری «…» به‌عنوان انجام‌شده» را تیک‌خورده پیشنهاد می‌کند: یک Enter تماس، یادداشت آن و گام بعدی را ذخیره و یادآور را می‌بندد (یادآور تکرارشونده به تاریخ بعدی‌اش می‌رود)، و یک Ctrl+Z همه آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>**No default outcome**: leave it empty (&quot;—&quot;) when the call went neither way. An empty outcome counts as held but never as successful in the reports.</source>
        <translation>**بدون نتیجه پیش‌فرض**: وقتی تماس نه موفق بود و نه ناموفق، نتیجه را خالی بگذارید («—»). نتیجه خالی در گزارش‌ها انجام‌شده به حساب می‌آید، اما هرگز موفق نه.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>The Companies page (Ctrl+3) shows the businesses your contacts work for: head offices with their branches as a tree, or a flat list of what the search box finds.</source>
        <translation>صفحه شرکت‌ها (Ctrl+3) کسب‌وکارهایی را نشان می‌دهد که مخاطبان شما در آن‌ها کار می‌کنند: دفترهای مرکزی با شعبه‌هایشان به شکل درختی، یا فهرستی ساده از نتایج کادر جست‌وجو.</translation>
    </message>
    <message>
        <source>The selected company shows where it sits (&quot;Branch of Acme Holding › Acme North&quot;, each step a link), its details (website, phone and email are links) and three tabs: **People** who work there, its **Deals** and the **History** of calls and meetings with all of them, each with its count. &quot;Include branches&quot; adds what belongs to the branches below.</source>
        <translation>شرکت انتخاب‌شده جایگاه خود را نشان می‌دهد («شعبه Acme Holding › Acme North»، هر بخش یک پیوند)، جزئیاتش (وب‌سایت، تلفن و ایمیل پیوند هستند) و سه زبانه: **افراد** شاغل در آن، **معاملات** آن و **سابقه** تماس‌ها و جلسه‌ها با همه آن‌ها، هر کدام با تعدادش. «همراه با شعبه‌ها» موارد متعلق به شعبه‌های زیرمجموعه را هم می‌افزاید.</translation>
    </message>
    <message>
        <source>Enter on a person opens the contact, on a deal the deal on the pipeline board.</source>
        <translation>با زدن Enter روی یک شخص، مخاطب باز می‌شود و روی یک معامله، همان معامله روی تابلوی پایپ‌لاین.</translation>
    </message>
    <message>
        <source>**New Company…**, **Add Branch…**, **Edit…** (type and pick the head office; a company cannot become a branch of its own branch), **Archive** and **Changes…**. Ctrl+K finds companies too and opens them here.</source>
        <translation>**شرکت جدید…**، **افزودن شعبه…**، **ویرایش…** (دفتر مرکزی را تایپ و انتخاب کنید؛ شرکت نمی‌تواند شعبه‌ای از شعبه خودش شود)، **بایگانی** و **تغییرات…**. Ctrl+K شرکت‌ها را هم پیدا می‌کند و همین‌جا باز می‌کند.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>پایپ‌لاین</translation>
    </message>
    <message>
        <source>The Pipeline page (Ctrl+4) is your sales board: one column per sales stage with its deal cards.</source>
        <translation>صفحه پایپ‌لاین (Ctrl+4) تابلوی فروش شماست: برای هر مرحله فروش یک ستون، با کارت‌های معاملات آن.</translation>
    </message>
    <message>
        <source>**A card** shows the title (without the contact&apos;s name when it repeats it), the contact and company, the amount (in whole units, as are the column totals; the exact amount is in the card&apos;s tooltip), the days in the stage (on a lost card: why it was lost) and the owner. A card with a red bar is stale: it has been in its stage longer than the stage allows (14 days to start with; File → Settings… → Stages changes it).</source>
        <translation>**کارت** عنوان (بدون نام مخاطب، اگر عنوان آن را تکرار کند)، مخاطب و شرکت، مبلغ (به واحد کامل، مانند جمع ستون‌ها؛ مبلغ دقیق با نگه داشتن نشانگر موس روی کارت دیده می‌شود)، تعداد روزها در مرحله (روی کارت ازدست‌رفته: دلیل از دست رفتن) و مسئول را نشان می‌دهد. کارتی که نوار قرمز دارد راکد است: بیش از مدت مجاز مرحله در آن مانده است (در آغاز ۱۴ روز؛ در «فایل ← تنظیمات… ← مراحل» قابل تغییر است).</translation>
    </message>
    <message>
        <source>**Totals**: each column&apos;s header shows the number of deals, their total (one sum per currency) and the total weighted by the stage&apos;s win probability; the line at the top sums the weighted value of all open deals.</source>
        <translation>**جمع‌ها**: عنوان هر ستون تعداد معاملات، جمع مبالغ آن‌ها (برای هر واحد پول جداگانه) و جمع وزن‌دار بر اساس احتمال موفقیت مرحله را نشان می‌دهد؛ خط بالای تابلو ارزش وزن‌دار همه معاملات باز را جمع می‌زند.</translation>
    </message>
    <message>
        <source>**Won and Lost** show the deals closed in the last 30 days. They start folded to narrow strips with their count and total, so that the whole board is seen at once: a card dropped on a strip moves there, and a click on the strip opens it (Kontor remembers which are open).</source>
        <translation>**برنده‌شده و ازدست‌رفته** معاملات بسته‌شده در ۳۰ روز گذشته را نشان می‌دهند. این دو ستون در آغاز به شکل نوارهای باریکی با تعداد و جمع معاملات جمع شده‌اند تا کل تابلو یک‌جا دیده شود: کارتی که روی نوار رها شود به آنجا می‌رود و کلیک روی نوار آن را باز می‌کند (Kontor به خاطر می‌سپارد کدام باز هستند).</translation>
    </message>
    <message>
        <source>**Move a deal** by dragging its card to another column, with Ctrl+Shift+→ / ← on the selected card, or with &quot;Move to&quot; in its context menu. Every move is kept in the deal&apos;s history with the time and who moved it. Moving to Lost asks for the reason (pick a common one or type your own); Cancel leaves the deal where it was. The context menu also archives the deal (Delete does the same, after asking).</source>
        <translation>**جابه‌جا کردن معامله**: کارت آن را به ستون دیگری بکشید، یا روی کارت انتخاب‌شده Ctrl+Shift+← / →‎ را بزنید، یا از «انتقال به» در منوی راست‌کلیک آن استفاده کنید. هر جابه‌جایی با زمان و نام کسی که آن را انجام داده در سابقه معامله ثبت می‌شود. انتقال به «ازدست‌رفته» دلیل را می‌پرسد (یکی از دلایل رایج را انتخاب یا دلیل خودتان را تایپ کنید)؛ «لغو» معامله را سر جایش نگه می‌دارد. منوی راست‌کلیک معامله را بایگانی هم می‌کند (Delete هم پس از پرسیدن همین کار را می‌کند).</translation>
    </message>
    <message>
        <source>**Keys**: ← / → step between columns, Enter (or a double click) edits the deal, Ctrl+Enter opens its contact, F5 reads the board again. The **Deal** menu lists these with their keys.</source>
        <translation>**کلیدها**: ← / → میان ستون‌ها جابه‌جا می‌شوند، Enter (یا دوبار کلیک) معامله را ویرایش می‌کند، Ctrl+Enter مخاطب آن را باز می‌کند و F5 تابلو را دوباره می‌خواند. منوی **معامله** این‌ها را همراه با کلیدهایشان فهرست می‌کند.</translation>
    </message>
    <message>
        <source>**New deal** (Ctrl+Shift+N from anywhere, &quot;New Deal…&quot; on the board, or &quot;New Deal…&quot; on a contact&apos;s card): title, contact (type part of a name and pick it), amount and currency (the database&apos;s default currency to start with), stage, owner, lead source, expected close date and notes. Changing the stage in the dialog is a move like any other, and Lost needs the reason.</source>
        <translation>**معامله جدید** (Ctrl+Shift+N از هر جا، «معامله جدید…» روی تابلو، یا «معامله جدید…» روی کارت مخاطب): عنوان، مخاطب (بخشی از نام را تایپ و انتخاب کنید)، مبلغ و واحد پول (در آغاز واحد پول پیش‌فرض پایگاه داده)، مرحله، مسئول، منبع سرنخ، تاریخ بستن مورد انتظار و یادداشت‌ها. تغییر مرحله در این پنجره هم مانند هر جابه‌جایی دیگری است و «ازدست‌رفته» دلیل می‌خواهد.</translation>
    </message>
    <message>
        <source>**Owner** shows one salesperson&apos;s deals. **List** (Alt+I) shows the same deals as a table you can sort by any column; **Board** (Alt+B) goes back. A column shows its first 200 cards (the ones waiting longest); its totals always count every deal.</source>
        <translation>**مسئول** معاملات یک کارشناس فروش را نشان می‌دهد. **فهرست** (Alt+I) همان معاملات را در جدولی نشان می‌دهد که می‌توانید بر اساس هر ستونش مرتب کنید؛ **تابلو** (Alt+B) به نمای تابلو برمی‌گردد. هر ستون ۲۰۰ کارت نخست خود را نشان می‌دهد (آن‌هایی که بیشتر از همه منتظر مانده‌اند)؛ جمع‌های ستون همیشه همه معاملات را می‌شمارند.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <source>The Reminders page (Ctrl+5) is your diary of things to do: every reminder in four groups, overdue, today, the next 30 days and done in the last 30 days, beside a month calendar whose days with reminders are bold (red when past).</source>
        <translation>صفحه یادآورها (Ctrl+5) دفتر کارهای شماست: همه یادآورها در چهار گروه، یعنی عقب‌افتاده، امروز، ۳۰ روز آینده و انجام‌شده در ۳۰ روز گذشته، در کنار تقویم ماهانه‌ای که روزهای دارای یادآور در آن پررنگ‌اند (و اگر گذشته باشند، قرمز).</translation>
    </message>
    <message>
        <source>Picking a day lists its reminders; double-clicking a day adds one for it. D marks the selected reminder done (a repeating one moves to its next date), S snoozes it until 9:00 tomorrow, Enter edits it and Delete removes it after asking.</source>
        <translation>انتخاب یک روز یادآورهای آن را فهرست می‌کند؛ دوبار کلیک روی یک روز یادآوری برای همان روز می‌افزاید. D یادآور انتخاب‌شده را انجام‌شده علامت می‌زند (یادآور تکرارشونده به تاریخ بعدی‌اش می‌رود)، S آن را تا فردا ساعت ۹:۰۰ به تعویق می‌اندازد، Enter آن را ویرایش می‌کند و Delete پس از پرسیدن آن را حذف می‌کند.</translation>
    </message>
    <message>
        <source>**New reminder** (Ctrl+Shift+R, or &quot;New Reminder…&quot;): title, when, contact (type to pick), repeat (once, every day, week, month or year) and notes. A follow-up set while logging a call is a reminder too.</source>
        <translation>**یادآور جدید** (Ctrl+Shift+R، یا «یادآور جدید…»): عنوان، زمان، مخاطب (تایپ و انتخاب کنید)، تکرار (یک‌بار، هر روز، هر هفته، هر ماه یا هر سال) و یادداشت‌ها. پیگیری‌ای که هنگام ثبت تماس تعیین می‌کنید هم یک یادآور است.</translation>
    </message>
    <message>
        <source>**When one comes due**: while Kontor runs it looks every 30 seconds for reminders that have come due (or whose snooze ran out) and announces each once: a desktop notification from the tray icon where the desktop has a tray, a line in the status bar, and the window&apos;s taskbar entry asks for attention. Clicking the notification opens the Reminders page, and the count on Today follows. What was already due when Kontor started is on the Today page instead.</source>
        <translation>**وقتی سررسید یادآوری می‌رسد**: تا وقتی Kontor باز است، هر ۳۰ ثانیه یادآورهایی را که سررسیدشان رسیده (یا زمان تعویقشان تمام شده) بررسی می‌کند و هر کدام را یک بار اعلام می‌کند: با اعلان دسکتاپ از نماد سینی سیستم (اگر میزکار سینی سیستم داشته باشد)، با یک خط در نوار وضعیت، و با چشمک زدن دکمه پنجره در نوار وظیفه. کلیک روی اعلان صفحه یادآورها را باز می‌کند و شمارنده صفحه امروز هم به‌روز می‌شود. آنچه هنگام باز شدن Kontor سررسیده بوده، به‌جای آن در صفحه امروز می‌آید.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>**Funnel**: per stage, the deals that *first reached* it in the period (a deal that skipped a stage is not counted there; one that came back is not counted twice), how many of them have *gone on* to a later stage other than Lost (so far, also after the period), the conversion (went on ÷ reached), their value, and the average *days they took to go on*. Above it: deals created, won and lost in the period, the win rate (won ÷ (won + lost)) and the share from created to won (won ÷ created).</source>
        <translation>**قیف فروش**: برای هر مرحله، معاملاتی که در این دوره *برای نخستین بار به آن رسیده‌اند* (معامله‌ای که از مرحله‌ای پریده، در آن شمرده نمی‌شود و معامله‌ای که برگشته، دو بار شمرده نمی‌شود)، تعداد آن‌هایی که *پیش رفته‌اند*، یعنی به مرحله‌ای بعدی به‌جز «ازدست‌رفته» رسیده‌اند (تا امروز، حتی پس از پایان دوره)، نرخ تبدیل (پیش‌رفته ÷ رسیده)، ارزش آن‌ها و میانگین *روز تا پیشروی*. بالای آن: معاملات ایجادشده، برنده‌شده و ازدست‌رفته در دوره، نرخ موفقیت (برنده‌شده ÷ (برنده‌شده + ازدست‌رفته)) و سهم ایجادشده تا برنده‌شده (برنده‌شده ÷ ایجادشده).</translation>
    </message>
    <message>
        <source>**Week**: the notebook questions for the week containing the period&apos;s end (or today): calls and meetings held (up to now: a meeting planned for later in the week is not held yet) and how many were successful (outcome &quot;successful&quot;; an empty outcome never counts), how many *led to another appointment* (their &quot;next step&quot; in Log interaction booked a meeting), meetings booked ahead (from the week&apos;s end, or from now for the week under way, to 30 days after the week), new leads, deals moved to Won or Lost and the revenue won, complaints logged and resolved; each beside the week before and the change (the revenue&apos;s as an amount when both weeks are in one currency), with 12 weeks of bars.</source>
        <translation>**هفته**: پرسش‌های دفترچه برای هفته‌ای که پایان دوره (یا امروز) در آن است: تماس‌ها و جلسه‌های انجام‌شده (تا اکنون: جلسه‌ای که برای روزهای بعدی هفته برنامه‌ریزی شده، هنوز برگزار نشده است) و تعداد موفق‌ها (نتیجه «موفق»؛ نتیجه خالی هرگز شمرده نمی‌شود)، تعداد آن‌هایی که *به قرار ملاقات دیگری انجامیده‌اند* («گام بعدی» آن‌ها در «ثبت تعامل» جلسه‌ای تعیین کرده است)، جلسه‌های ازپیش‌تعیین‌شده (از پایان هفته، یا برای هفته جاری از اکنون، تا ۳۰ روز پس از هفته)، سرنخ‌های جدید، معاملاتی که به «برنده‌شده» یا «ازدست‌رفته» رفته‌اند و درآمد کسب‌شده، شکایت‌های ثبت‌شده و حل‌شده؛ هر کدام در کنار هفته قبل و میزان تغییر (تغییر درآمد به‌صورت مبلغ، اگر هر دو هفته به یک واحد پول باشند)، همراه با نمودار میله‌ای ۱۲ هفته.</translation>
    </message>
    <message>
        <source>**Activity**: per salesperson and week, the calls, meetings and emails they logged that have taken place (up to now), the stage changes they made and their deals won; salespeople with nothing in the period are left out.</source>
        <translation>**فعالیت**: برای هر کارشناس فروش و هر هفته، تماس‌ها، جلسه‌ها و ایمیل‌هایی که ثبت کرده و انجام شده‌اند (تا اکنون)، تغییر مرحله‌هایی که انجام داده و معاملاتی که برده است؛ کارشناسانی که در دوره هیچ فعالیتی ندارند نشان داده نمی‌شوند.</translation>
    </message>
    <message>
        <source>**Forecast**: open deals by expected close month and salesperson, with their amount and the amount weighted by the stage&apos;s probability; months with deals past their expected close date are red, deals without a date last.</source>
        <translation>**پیش‌بینی**: معاملات باز بر اساس ماه بستن مورد انتظار و کارشناس فروش، با مبلغ آن‌ها و مبلغ وزن‌دار بر اساس احتمال موفقیت مرحله؛ ماه‌هایی که معاملاتی با تاریخ بستن مورد انتظار گذشته دارند قرمزند و معاملات بدون تاریخ در انتها می‌آیند.</translation>
    </message>
    <message>
        <source>**What lies behind a figure**: Enter or a double-click on a row of the funnel, the lead sources or the forecast, or a click on a bar of their charts, lists the deals (or the leads) behind it. On the Week and Activity tabs, choose a figure with the arrow keys and press Enter (or double-click it): this week&apos;s calls, the week before&apos;s meetings (its column), the new leads, the deals won; a salesperson&apos;s emails in one week or in the whole period (their &quot;total&quot; row; the name or week column lists all their calls, meetings and emails). A click on a bar of those charts lists the same. Enter on a row of the list opens the deal on the pipeline board, or the contact&apos;s card (for a lead or an interaction).</source>
        <translation>**پشت هر رقم چیست**: Enter یا دوبار کلیک روی یک سطر از قیف فروش، منابع سرنخ یا پیش‌بینی، یا کلیک روی یک میله از نمودارهای آن‌ها، معاملات (یا سرنخ‌های) پشت آن را فهرست می‌کند. در زبانه‌های هفته و فعالیت، یک رقم را با کلیدهای جهت‌نما انتخاب کنید و Enter را بزنید (یا روی آن دوبار کلیک کنید): تماس‌های این هفته، جلسه‌های هفته قبل (ستون آن)، سرنخ‌های جدید، معاملات برنده‌شده؛ ایمیل‌های یک کارشناس فروش در یک هفته یا در کل دوره (سطر «جمع» او؛ ستون نام یا هفته همه تماس‌ها، جلسه‌ها و ایمیل‌های او را فهرست می‌کند). کلیک روی یک میله از این نمودارها هم همین را فهرست می‌کند. Enter روی یک سطر از فهرست، معامله را روی تابلوی پایپ‌لاین یا کارت مخاطب را (برای سرنخ یا تعامل) باز می‌کند.</translation>
    </message>
    <message>
        <source>**Print** (Ctrl+P on the Reports page, or Export → Print…): the same pages on a printer; the print dialog chooses the printer and the paper.</source>
        <translation>**چاپ** (Ctrl+P در صفحه گزارش‌ها، یا «برون‌بری ← چاپ…»): همان صفحه‌ها روی چاپگر؛ چاپگر و کاغذ در پنجره چاپ انتخاب می‌شوند.</translation>
    </message>
    <message>
        <source>Undo, the archive and the change history</source>
        <translation>واگرد، بایگانی و تاریخچه تغییرات</translation>
    </message>
    <message>
        <source>**Undo and redo** (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, and the Edit menu, which names the step): every change made since Kontor opened, on any page or in any dialog (edits, moves on the board, archiving, reminders done, settings), is one step, taken back or done again as a whole. A step that no longer fits (say, undoing a new contact after a call was logged with it) says so and changes nothing. The list of steps ends when Kontor closes or another database is opened.</source>
        <translation>**واگرد و ازنو** (Ctrl+Z، Ctrl+Shift+Z یا Ctrl+Y، و منوی «ویرایش» که نام گام را نشان می‌دهد): هر تغییری که از زمان باز شدن Kontor در هر صفحه یا پنجره‌ای انجام شده (ویرایش‌ها، جابه‌جایی‌ها روی تابلو، بایگانی کردن، انجام‌شدن یادآورها، تنظیمات) یک گام است که به‌طور کامل برگردانده یا دوباره انجام می‌شود. گامی که دیگر نمی‌شود برگرداند (مثلاً برگرداندن ایجاد مخاطبی جدید پس از آنکه تماسی با او ثبت شده) همین را می‌گوید و چیزی را تغییر نمی‌دهد. فهرست گام‌ها با بسته شدن Kontor یا باز شدن پایگاه داده دیگری پاک می‌شود.</translation>
    </message>
    <message>
        <source>**Archive** (File → Archive…, Ctrl+Shift+A): archived contacts, companies and deals and deleted reminders, the latest first, with a search; Enter or &quot;Restore&quot; brings one back into lists, search and totals.</source>
        <translation>**بایگانی** («فایل ← بایگانی…»، Ctrl+Shift+A): مخاطبان، شرکت‌ها و معاملات بایگانی‌شده و یادآورهای حذف‌شده، جدیدترین‌ها در ابتدا، با کادر جست‌وجو؛ Enter یا «بازیابی» یک مورد را به فهرست‌ها، جست‌وجو و جمع‌ها بازمی‌گرداند.</translation>
    </message>
    <message>
        <source>**Change history**: &quot;Changes…&quot; on a contact&apos;s card, a company, a deal (in its dialog) or an archived record lists what changed, from what, to what, when and by whom (&quot;Last name: Byron → Lovelace&quot;). Kontor has no sign-in, so &quot;who&quot; is the database&apos;s first salesperson. Emails, phone numbers and tags added, edited or removed are listed too (&quot;Email: ada@work.example → ada@newwork.example&quot;, &quot;Tag: (empty) → VIP&quot;); saving a contact without changing them adds nothing.</source>
        <translation>**تاریخچه تغییرات**: «تغییرات…» روی کارت مخاطب، یک شرکت، یک معامله (در پنجره آن) یا یک رکورد بایگانی‌شده فهرست می‌کند چه چیزی، از چه به چه، کی و به دست چه کسی تغییر کرده است («نام خانوادگی: Byron ‏←‏ Lovelace»). Kontor ورود کاربر ندارد، پس «چه کسی» همان نخستین کارشناس فروش پایگاه داده است. ایمیل‌ها، شماره تلفن‌ها و برچسب‌هایی که افزوده، ویرایش یا حذف شده‌اند هم فهرست می‌شوند («ایمیل: ada@work.example ‏←‏ ada@newwork.example»، «برچسب: (خالی) ← VIP»)؛ ذخیره مخاطب بدون تغییر آن‌ها چیزی به فهرست نمی‌افزاید.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>**File → Settings…** (Ctrl+,) holds what is kept in the database file, and so is the same for everyone who opens it. Every change is saved at once.</source>
        <translation>**فایل ← تنظیمات…** (Ctrl+,) چیزهایی را در بر دارد که در فایل پایگاه داده نگه داشته می‌شوند، و بنابراین برای هر کسی که آن را باز کند یکسان است. هر تغییر بی‌درنگ ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>**Stages**: rename, win probability (0–100 %, for the weighted totals), the days after which a deal is stale (0: never), add (placed before Won and Lost), move up and down, and remove: Kontor asks where the stage&apos;s deals go and records the move in each deal&apos;s history. The last Won and the last Lost stage cannot be removed.</source>
        <translation>**مراحل**: تغییر نام، احتمال موفقیت (۰ تا ۱۰۰ درصد، برای جمع‌های وزن‌دار)، تعداد روزهایی که پس از آن معامله راکد می‌شود (۰: هرگز)، افزودن (پیش از «برنده‌شده» و «ازدست‌رفته» قرار می‌گیرد)، جابه‌جایی به بالا و پایین، و حذف: Kontor می‌پرسد معاملات آن مرحله به کجا بروند و این جابه‌جایی را در سابقه هر معامله ثبت می‌کند. آخرین مرحله «برنده‌شده» و آخرین مرحله «ازدست‌رفته» را نمی‌توان حذف کرد.</translation>
    </message>
    <message>
        <source>**Lead sources** and, for each, campaigns with start, end and spend (the reports divide by this spend).</source>
        <translation>**منابع سرنخ** و برای هر کدام، کمپین‌ها با تاریخ آغاز، پایان و هزینه (گزارش‌ها بر این هزینه تقسیم می‌کنند).</translation>
    </message>
    <message>
        <source>**Salespeople** (owners of contacts and deals) and **Tags** (renaming onto an existing tag merges the two; removing takes the tag off every contact).</source>
        <translation>**کارشناسان فروش** (مسئولان مخاطبان و معاملات) و **برچسب‌ها** (تغییر نام یک برچسب به نام برچسبی موجود، آن دو را ادغام می‌کند؛ حذف برچسب، آن را از همه مخاطبان برمی‌دارد).</translation>
    </message>
    <message>
        <source>**General**: the default currency of new deals and campaigns (a new database starts with your country&apos;s: the system&apos;s locale, else your language&apos;s country for Persian, Bengali and Amharic, else euros; rials (IRR) are whole rials, without decimals, as prices in Iran are written; amounts in rials that an older Kontor stored in hundredths keep their value when the database is upgraded), the country of phone numbers written without a country code, the number of backups to keep and the backup folder, and the database file with &quot;Open Another Database…&quot; and &quot;New Database…&quot;.</source>
        <translation>**عمومی**: واحد پول پیش‌فرض معاملات و کمپین‌های جدید (پایگاه داده جدید با واحد پول کشور شما آغاز می‌شود: بر اساس تنظیمات منطقه‌ای سیستم، وگرنه برای فارسی، بنگالی و امهری کشورِ زبان شما، وگرنه یورو؛ ریال (IRR) بدون اعشار و به ریال کامل است، همان‌طور که قیمت‌ها در ایران نوشته می‌شوند؛ مبالغ ریالی که نسخه قدیمی‌تر Kontor به صدم ذخیره کرده بود، هنگام ارتقای پایگاه داده ارزش خود را حفظ می‌کنند)، کشور شماره تلفن‌هایی که بدون کد کشور نوشته می‌شوند، تعداد نسخه‌های پشتیبان نگه‌داشتنی و پوشه پشتیبان، و فایل پایگاه داده با «باز کردن پایگاه داده دیگر…» و «پایگاه داده جدید…».</translation>
    </message>
    <message>
        <source>Importing your old spreadsheets</source>
        <translation>درون‌ریزی صفحه‌گسترده‌های قدیمی</translation>
    </message>
    <message>
        <source>Kontor reads contacts from CSV files (what Excel, Google Contacts, Outlook and other CRMs write) and from vCard address books (`.vcf`, versions 2.1, 3.0 and 4.0, as phones, Google, Apple and Outlook export them). **File → Import Contacts…** (Ctrl+Shift+I) walks you through it:</source>
        <translation>برنامه Kontor مخاطبان را از فایل‌های CSV (همان چیزی که Excel، Google Contacts، Outlook و دیگر CRMها می‌نویسند) و از دفترچه‌های نشانی vCard (`.vcf`، نسخه‌های 2.1، 3.0 و 4.0، همان‌طور که گوشی‌ها، Google، Apple و Outlook برون‌بری می‌کنند) می‌خواند. **فایل ← درون‌ریزی مخاطبان…** (Ctrl+Shift+I) شما را گام‌به‌گام پیش می‌برد:</translation>
    </message>
    <message>
        <source>**The file**: choose it and say what it holds (contacts, companies, interactions or deals). Kontor recognises the file&apos;s encoding and how its columns are separated, and shows the first rows as it reads them (change the encoding or the delimiter and the preview follows; untick &quot;The first row holds the column names&quot; for a file without a header).</source>
        <translation>**فایل**: آن را انتخاب کنید و بگویید چه چیزی در آن است (مخاطبان، شرکت‌ها، تعامل‌ها یا معاملات). Kontor کدگذاری فایل و نحوه جدا شدن ستون‌هایش را تشخیص می‌دهد و چند سطر نخست را همان‌طور که می‌خواند نشان می‌دهد (اگر کدگذاری یا جداکننده را تغییر دهید، پیش‌نمایش هم تغییر می‌کند؛ برای فایل بدون سطر عنوان، تیک «سطر نخست نام ستون‌ها را دارد» را بردارید).</translation>
    </message>
    <message>
        <source>**Columns and fields** (CSV only): each column with its first values and the field it fills, set by the preset that fits the headers best (Google Contacts, Outlook, a generic CRM export); change any, choose another preset, or **Save as Preset…** for files that come again. Without a name column there is no going on. A header that names its field maps itself under any preset, in English or German, whatever its capitals and punctuation (Given Name, Family Name, Surname, Organisation, E-mail, Phone number, Vorname, Nachname, Firma, Telefon, Mobil, Straße, PLZ, Ort, Land, Notiz, …). When no preset&apos;s own columns are in the file, the preset box says &quot;No preset fits these columns&quot; rather than naming one.</source>
        <translation>**ستون‌ها و فیلدها** (فقط CSV): هر ستون با نخستین مقادیرش و فیلدی که پر می‌کند، بر اساس الگویی که بیشترین تطابق را با سطر عنوان دارد تنظیم می‌شود (Google Contacts، Outlook، برون‌بری از یک CRM دیگر)؛ می‌توانید هر کدام را تغییر دهید، الگوی دیگری انتخاب کنید، یا برای فایل‌هایی که باز هم می‌آیند **ذخیره به‌عنوان الگو…** را بزنید. بدون ستون نام نمی‌توان ادامه داد. عنوانی که نام فیلد خود را داشته باشد، در هر الگویی، به انگلیسی یا آلمانی و فارغ از حروف بزرگ و کوچک و نشانه‌گذاری، خودبه‌خود نگاشت می‌شود (Given Name، Family Name، Surname، Organisation، E-mail، Phone number، Vorname، Nachname، Firma، Telefon، Mobil، Straße، PLZ، Ort، Land، Notiz، …). وقتی ستون‌های هیچ الگویی در فایل نباشد، کادر الگو به‌جای نام بردن از یک الگو، «هیچ الگویی با این ستون‌ها جور نیست» را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>**Duplicates and a check**: what to do with a row that is already there (skip it, update the contact, merge, or create a new contact all the same), and **Check Every Row**: a trial run that changes nothing and shows exactly what the import will do, done at once for files under 5 MB. Rows that need a look come first, with their line and why.</source>
        <translation>**موارد تکراری و بررسی**: با سطری که از قبل وجود دارد چه شود (نادیده گرفتن، به‌روزرسانی مخاطب، ادغام، یا ایجاد مخاطب جدید در هر حال)، و **بررسی همه سطرها**: اجرایی آزمایشی که چیزی را تغییر نمی‌دهد و دقیقاً نشان می‌دهد درون‌ریزی چه خواهد کرد؛ برای فایل‌های کمتر از ۵ مگابایت بی‌درنگ انجام می‌شود. سطرهایی که نیاز به بررسی دارند، با شماره خط و دلیلشان، در ابتدا می‌آیند.</translation>
    </message>
    <message>
        <source>**Import**: a backup first (`kontor-backups/…-before-import.sqlite`), then the import with a progress bar and Cancel.</source>
        <translation>**درون‌ریزی**: ابتدا یک نسخه پشتیبان (`kontor-backups/…-before-import.sqlite`)، سپس درون‌ریزی با نوار پیشرفت و دکمه «لغو».</translation>
    </message>
    <message>
        <source>**Imported**: the counts (created, updated, merged, skipped, rejected, kept with a warning), the rejected rows with their line and why, **Show the Imported Contacts** (the Contacts page filtered to what this import created or changed; the filter box &quot;From file.csv&quot; says so, and &quot;From any import&quot; lifts it) and **Undo This Import…**. Later, **File → Import History…** lists every import and **Undo Import…** takes one back.</source>
        <translation>**درون‌ریزی‌شده**: شمارش‌ها (ایجادشده، به‌روزشده، ادغام‌شده، نادیده‌گرفته، ردشده، نگه‌داشته‌شده با هشدار)، سطرهای ردشده با شماره خط و دلیلشان، **نمایش مخاطبان درون‌ریزی‌شده** (صفحه مخاطبان، فیلترشده بر آنچه این درون‌ریزی ایجاد یا تغییر داده است؛ کادر فیلتر با «از file.csv» همین را نشان می‌دهد و «از هر درون‌ریزی» فیلتر را برمی‌دارد) و **برگرداندن این درون‌ریزی…**. بعدها **فایل ← تاریخچه درون‌ریزی…** همه درون‌ریزی‌ها را فهرست می‌کند و **برگرداندن درون‌ریزی…** هر کدام را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>**Cleaning**: names typed all in capitals or all small get capitals where they belong (&quot;MCDONALD&quot; → &quot;McDonald&quot;, &quot;VAN DER BERG&quot; → &quot;van der Berg&quot;; a name in mixed case is kept as typed). Emails that are not shaped like one and phone numbers that are not valid are **kept and flagged**, not dropped; a birthday, status or owner Kontor cannot read is kept in the notes and flagged. Companies, lead sources and campaigns are found by name or created. Tags are split at `;` and `,`.</source>
        <translation>**پاک‌سازی**: در نام‌هایی که تماماً با حروف بزرگ یا تماماً با حروف کوچک تایپ شده‌اند، حروف بزرگ به جای درستشان برمی‌گردند («MCDONALD» می‌شود «McDonald» و «VAN DER BERG» می‌شود «van der Berg»؛ نامی که ترکیبی از حروف بزرگ و کوچک دارد، همان‌طور که تایپ شده می‌ماند). ایمیل‌هایی که شکل ایمیل ندارند و شماره تلفن‌های نامعتبر **نگه داشته و علامت‌گذاری می‌شوند**، نه حذف؛ تاریخ تولد، وضعیت یا مسئولی که Kontor نتواند بخواند، در یادداشت‌ها نگه داشته و علامت‌گذاری می‌شود. شرکت‌ها، منابع سرنخ و کمپین‌ها بر اساس نام پیدا یا ایجاد می‌شوند. برچسب‌ها با `;` و `,` از هم جدا می‌شوند.</translation>
    </message>
    <message>
        <source>**Duplicates**: a row whose email or phone number (however it is written) belongs to a contact already there, or to an earlier row of the file, is a duplicate; a row with neither is compared by name. **Skip** keeps the contact as it is, **update** puts the row&apos;s values in its place (empty cells change nothing), **merge** keeps the contact&apos;s values and adds what it lacks, and **create** makes a new contact all the same. Emails, phones and tags are added in both update and merge.</source>
        <translation>**موارد تکراری**: سطری که ایمیل یا شماره تلفنش (به هر شکلی که نوشته شده باشد) متعلق به مخاطبی موجود یا سطری پیش‌تر در همان فایل باشد، تکراری است؛ سطری که هیچ‌کدام را ندارد، بر اساس نام مقایسه می‌شود. **نادیده گرفتن** مخاطب را همان‌طور که هست نگه می‌دارد، **به‌روزرسانی** مقادیر سطر را جایگزین مقادیر مخاطب می‌کند (خانه‌های خالی چیزی را تغییر نمی‌دهند)، **ادغام** مقادیر مخاطب را نگه می‌دارد و آنچه را ندارد می‌افزاید، و **ایجاد** در هر حال مخاطب جدیدی می‌سازد. ایمیل‌ها، تلفن‌ها و برچسب‌ها هم در به‌روزرسانی و هم در ادغام افزوده می‌شوند.</translation>
    </message>
    <message>
        <source>**All or nothing**: the whole import is one step. A row that cannot be written (a full disk) or Cancel leaves the database exactly as it was. A row without any name is rejected, with its line and the reason, and the rest goes on.</source>
        <translation>**همه یا هیچ**: کل درون‌ریزی یک گام است. سطری که نتوان آن را نوشت (دیسک پر) یا زدن «لغو»، پایگاه داده را دقیقاً همان‌طور که بود باقی می‌گذارد. سطری که هیچ نامی ندارد، با شماره خط و دلیل رد می‌شود و بقیه ادامه می‌یابد.</translation>
    </message>
    <message>
        <source>**Undo**: undoing an import removes the contacts it created and puts the ones it updated or merged back as they were; a created contact that has since gained history (calls, deals, reminders) is archived instead, and companies, lead sources and campaigns it created go when nothing else uses them.</source>
        <translation>**برگرداندن**: برگرداندن یک درون‌ریزی، مخاطبانی را که ایجاد کرده حذف می‌کند و آن‌هایی را که به‌روزرسانی یا ادغام کرده به حالت قبل بازمی‌گرداند؛ مخاطب ایجادشده‌ای که از آن پس سابقه پیدا کرده است (تماس، معامله، یادآور) به‌جای حذف، بایگانی می‌شود، و شرکت‌ها، منابع سرنخ و کمپین‌هایی که ایجاد کرده، اگر چیز دیگری از آن‌ها استفاده نکند، حذف می‌شوند.</translation>
    </message>
    <message>
        <source>**Moving from another CRM**: import its companies first, then its contacts, then its deals and its history (&quot;Kind of records&quot; in the wizard). Deals and interactions find their contact by its email, else its name (a row whose contact is not there is rejected: import the contacts first); an interaction already there (same contact, kind and time) or a deal already there (same title and contact) is skipped. A stage, owner or amount Kontor cannot place is kept in the notes and flagged. Undo takes these back too.</source>
        <translation>**انتقال از یک CRM دیگر**: ابتدا شرکت‌ها، سپس مخاطبان، سپس معاملات و سابقه آن را درون‌ریزی کنید («نوع رکوردها» در دستیار). معاملات و تعامل‌ها مخاطب خود را با ایمیل، وگرنه با نام پیدا می‌کنند (سطری که مخاطبش وجود ندارد رد می‌شود: ابتدا مخاطبان را درون‌ریزی کنید)؛ تعاملی که از قبل وجود دارد (همان مخاطب، نوع و زمان) یا معامله‌ای که از قبل وجود دارد (همان عنوان و مخاطب) نادیده گرفته می‌شود. مرحله، مسئول یا مبلغی که Kontor نتواند جایش را پیدا کند، در یادداشت‌ها نگه داشته و علامت‌گذاری می‌شود. برگرداندن، این‌ها را هم برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Duplicates and data health</source>
        <translation>موارد تکراری و سلامت داده‌ها</translation>
    </message>
    <message>
        <source>**Duplicates**: **Contact → Find Duplicates…** lists contacts that are probably one person, most certain first, with why: the same email (capitals aside; score 60), the same phone number however it was written (50), or the same name once capitals, accents, other alphabets (&quot;Иван Петров&quot; and &quot;Ivan Petrov&quot;), word order (&quot;Lovelace, Ada&quot;) and how Persian was typed (Arabic or Persian yeh and kaf, the zero-width non-joiner, vowel marks) are set aside (40); reasons add up. A name shared by more than 25 contacts is too common to judge by alone and left out. The Companies tab pairs companies whose names differ only in capitals, punctuation and legal form (&quot;ACME Inc.&quot; and &quot;Acme Incorporated&quot;, &quot;Müller GmbH &amp; Co. KG&quot; and &quot;Müller&quot;).</source>
        <translation>**موارد تکراری**: **مخاطب ← یافتن موارد تکراری…** مخاطبانی را که احتمالاً یک نفرند، با بیشترین اطمینان در ابتدا و همراه با دلیل، فهرست می‌کند: ایمیل یکسان (بدون توجه به حروف بزرگ و کوچک؛ امتیاز ۶۰)، شماره تلفن یکسان به هر شکلی که نوشته شده باشد (۵۰)، یا نام یکسان پس از کنار گذاشتن حروف بزرگ و کوچک، نشانه‌های روی حروف، الفباهای دیگر («Иван Петров» و «Ivan Petrov»)، ترتیب کلمه‌ها («Lovelace, Ada») و نحوه تایپ فارسی (ی و ک عربی یا فارسی، نیم‌فاصله، اعراب) (۴۰)؛ امتیاز دلیل‌ها با هم جمع می‌شود. نامی که بیش از ۲۵ مخاطب آن را دارند، رایج‌تر از آن است که به‌تنهایی ملاک باشد و کنار گذاشته می‌شود. زبانه شرکت‌ها، شرکت‌هایی را جفت می‌کند که نامشان فقط در حروف بزرگ و کوچک، نشانه‌گذاری و شکل حقوقی فرق دارد («ACME Inc.» و «Acme Incorporated»، «Müller GmbH &amp; Co. KG» و «Müller»).</translation>
    </message>
    <message>
        <source>For the pair chosen, each field stands side by side: click the value to keep (the first record&apos;s, unless it has none, is ticked). Emails, phone numbers and tags of both are kept. **Merge** keeps the first record (or the second, with &quot;Keep the second&quot;), moves every call, meeting, email, deal, reminder and history entry of the other to it and deletes the other; Ctrl+Z in the main window takes a merge back. A backup (`…-before-merge.sqlite`) is made before the first merge of a session. **Not Duplicates** puts a pair away for good.</source>
        <translation>برای جفت انتخاب‌شده، فیلدها کنار هم نمایش داده می‌شوند: روی مقداری که می‌خواهید نگه دارید کلیک کنید (مقدار رکورد اول تیک خورده است، مگر آنکه خالی باشد). ایمیل‌ها، شماره تلفن‌ها و برچسب‌های هر دو نگه داشته می‌شوند. **ادغام** رکورد اول را نگه می‌دارد (یا با «نگه‌داشتن دومی»، رکورد دوم را)، همه تماس‌ها، جلسه‌ها، ایمیل‌ها، معاملات، یادآورها و موارد سابقه رکورد دیگر را به آن منتقل می‌کند و رکورد دیگر را حذف می‌کند؛ Ctrl+Z در پنجره اصلی ادغام را برمی‌گرداند. پیش از نخستین ادغام در هر نشست، یک نسخه پشتیبان (`…-before-merge.sqlite`) ساخته می‌شود. **تکراری نیستند** یک جفت را برای همیشه کنار می‌گذارد.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>برون‌بری</translation>
    </message>
    <message>
        <source>**File → Export** writes contacts as CSV or vCard 4.0, companies, interactions and deals as CSV, and open reminders and meetings as an iCalendar file (`.ics`) that calendar programs import (importing it again updates the events rather than doubling them; reminders come with an alarm at their time and their repetition). A file is written whole or not at all (a cancelled export leaves none). The CSV files name things instead of numbering them (the contact&apos;s name and first email, the company, the stage, the owner), give money as a plain decimal beside its currency code (`1250.00,EUR`) and times in UTC, and are safe for spreadsheets: a cell a spreadsheet would run as a formula starts with an apostrophe, which Kontor&apos;s import takes off again, so an export comes back as it was.</source>
        <translation>**فایل ← برون‌بری** مخاطبان را به‌صورت CSV یا vCard 4.0، شرکت‌ها، تعامل‌ها و معاملات را به‌صورت CSV، و یادآورهای باز و جلسه‌ها را به‌صورت فایل iCalendar (`.ics`) می‌نویسد که برنامه‌های تقویم می‌توانند درون‌ریزی کنند (درون‌ریزی دوباره آن، رویدادها را به‌روز می‌کند نه دوبرابر؛ یادآورها با هشداری در زمان خود و با تکرارشان می‌آیند). هر فایل یا کامل نوشته می‌شود یا اصلاً نوشته نمی‌شود (برون‌بری لغوشده هیچ فایلی باقی نمی‌گذارد). فایل‌های CSV به‌جای شماره، نام چیزها را می‌آورند (نام و نخستین ایمیل مخاطب، شرکت، مرحله، مسئول)، مبالغ را به‌صورت عدد اعشاری ساده در کنار کد واحد پول (`1250.00,EUR`) و زمان‌ها را به UTC می‌نویسند، و برای صفحه‌گسترده‌ها امن هستند: خانه‌ای که صفحه‌گسترده آن را به‌عنوان فرمول اجرا می‌کرد، با یک آپاستروف آغاز می‌شود که درون‌ریزی Kontor دوباره آن را برمی‌دارد، پس فایل برون‌بری‌شده همان‌طور که بود برمی‌گردد.</translation>
    </message>
    <message>
        <source>Your data and backups</source>
        <translation>داده‌ها و نسخه‌های پشتیبان شما</translation>
    </message>
    <message>
        <source>**One file**: everything is in one SQLite database file, by default `~/.local/share/kontor/kontor.sqlite` on Linux (`~/Library/Application Support/kontor` on macOS, `%APPDATA%\kontor` on Windows); the demo database is `kontor-demo.sqlite` beside it. **File → Open Database…** and **New Database…** switch files.</source>
        <translation>**یک فایل**: همه چیز در یک فایل پایگاه داده SQLite است؛ به‌طور پیش‌فرض `~/.local/share/kontor/kontor.sqlite` در Linux (`~/Library/Application Support/kontor` در macOS و `%APPDATA%\kontor` در Windows)؛ پایگاه داده نمایشی `kontor-demo.sqlite` در کنار آن است. **فایل ← باز کردن پایگاه داده…** و **پایگاه داده جدید…** فایل را عوض می‌کنند.</translation>
    </message>
    <message>
        <source>**Safe to open**: Kontor checks a file before writing anything to it. A file that is not a database, a database of another program, or one written by a newer Kontor is refused with a message saying which, and left exactly as it was; Kontor then offers to open another file or create a new database. Every change is saved whole or not at all. The message says what happened: a database in a folder you cannot write (SQLite keeps two small files beside an open database: copy it into a folder of yours); a stray `-wal` file of another database beside yours (a sync tool or a copy brought it: move it into another folder, keeping it, and open again); a file damaged in its first pages (restore a backup). Nothing is written beside a file that is refused, not even SQLite&apos;s `-shm`.</source>
        <translation>**باز کردن امن**: Kontor پیش از نوشتن هر چیزی در یک فایل، آن را بررسی می‌کند. فایلی که پایگاه داده نیست، پایگاه داده برنامه‌ای دیگر، یا فایلی که نسخه جدیدتری از Kontor نوشته است، با پیامی که علت را می‌گوید رد می‌شود و دقیقاً همان‌طور که بود باقی می‌ماند؛ سپس Kontor پیشنهاد می‌کند فایل دیگری باز کنید یا پایگاه داده جدیدی بسازید. هر تغییر یا کامل ذخیره می‌شود یا اصلاً ذخیره نمی‌شود. پیام می‌گوید چه اتفاقی افتاده است: پایگاه داده‌ای در پوشه‌ای که نمی‌توانید در آن بنویسید (SQLite دو فایل کوچک کنار پایگاه داده باز نگه می‌دارد: آن را در پوشه‌ای از خودتان کپی کنید)؛ یک فایل `-wal` سرگردان از پایگاه داده‌ای دیگر کنار فایل شما (که یک ابزار همگام‌سازی یا یک کپی آورده است: آن را به پوشه دیگری منتقل کنید، نگهش دارید و دوباره باز کنید)؛ فایلی که صفحه‌های نخستش آسیب دیده است (یک نسخه پشتیبان را بازیابی کنید). کنار فایلی که رد شده هیچ چیز نوشته نمی‌شود، حتی فایل `-shm` مربوط به SQLite.</translation>
    </message>
    <message>
        <source>**Daily backups, by themselves**: when Kontor opens a database whose last daily backup is a day old, it copies it in the background (you can go on working; the status bar says when the copy is made) into a folder beside it: `kontor.sqlite` → `kontor-backups/kontor-20261124-090000-000-daily.sqlite`. The newest 10 copies are kept and older ones deleted; File → Settings… → General → &quot;Backups to keep&quot; changes the number, and 0 turns the daily backup off (then none are deleted). Each copy is the database as it was at one moment, also while Kontor writes, and opens as a database of its own.</source>
        <translation>**پشتیبان‌گیری روزانه، خودکار**: وقتی Kontor پایگاه داده‌ای را باز می‌کند که آخرین پشتیبان روزانه‌اش یک روز از عمرش گذشته است، آن را در پس‌زمینه (می‌توانید به کار ادامه دهید؛ نوار وضعیت زمان تهیه نسخه را اعلام می‌کند) در پوشه‌ای کنار آن کپی می‌کند؛ مثلاً `kontor.sqlite` به `kontor-backups/kontor-20261124-090000-000-daily.sqlite`. ۱۰ نسخه جدیدتر نگه داشته و نسخه‌های قدیمی‌تر حذف می‌شوند؛ در «فایل ← تنظیمات… ← عمومی»، گزینه «تعداد نسخه‌های پشتیبان نگه‌داشتنی» این تعداد را تغییر می‌دهد و ۰ پشتیبان‌گیری روزانه را خاموش می‌کند (آنگاه هیچ نسخه‌ای حذف نمی‌شود). هر نسخه، پایگاه داده است همان‌طور که در یک لحظه بوده، حتی وقتی Kontor در حال نوشتن است، و به‌عنوان پایگاه داده‌ای مستقل باز می‌شود.</translation>
    </message>
    <message>
        <source>**By hand**: **File → Save a Copy As…** (Ctrl+Shift+S) makes the same kind of copy, anywhere (a USB stick, a shared folder).</source>
        <translation>**دستی**: **فایل ← ذخیره رونوشت با نام…** (Ctrl+Shift+S) همین نوع نسخه را هر جا که بخواهید (یک فلش USB، یک پوشه اشتراکی) می‌سازد.</translation>
    </message>
    <message>
        <source>**Restoring**: **File → Restore from Backup…** lists the backups, newest first, with when and why each was made (daily, made by hand, before a restore, before an import, before a merge); Enter restores the one chosen, and &quot;Show Folder&quot; opens the folder. The database as it is at that moment is kept as a &quot;before a restore&quot; backup first, so that a restore can be undone by restoring that one; a file that is not a Kontor database is refused and nothing changes. A backup from an older Kontor is upgraded as it comes back.</source>
        <translation>**بازیابی**: **فایل ← بازیابی از پشتیبان…** نسخه‌های پشتیبان را، جدیدترین در ابتدا، با زمان و علت تهیه هر کدام (روزانه، دستی، پیش از یک بازیابی، پیش از یک درون‌ریزی، پیش از یک ادغام) فهرست می‌کند؛ Enter نسخه انتخاب‌شده را بازیابی می‌کند و «نمایش پوشه» پوشه را باز می‌کند. پایگاه داده در وضعیت همان لحظه ابتدا به‌عنوان پشتیبان «پیش از یک بازیابی» نگه داشته می‌شود تا بتوان بازیابی را با بازیابی همان نسخه برگرداند؛ فایلی که پایگاه داده Kontor نباشد رد می‌شود و چیزی تغییر نمی‌کند. نسخه پشتیبانی که از Kontor قدیمی‌تری باشد، هنگام بازیابی ارتقا می‌یابد.</translation>
    </message>
    <message>
        <source>**Private by default**: a CRM holds other people&apos;s personal data, so the database Kontor creates, its `-wal` and `-shm` files, the backup folder and every backup are readable by you only (files 0600, folders 0700 on Linux and macOS), whatever your umask; a restored database stays so, and backups an older Kontor left readable to others are tightened at the next backup.</source>
        <translation>**خصوصی به‌طور پیش‌فرض**: یک CRM داده‌های شخصی دیگران را در خود دارد، پس پایگاه داده‌ای که Kontor می‌سازد، فایل‌های `-wal` و `-shm` آن، پوشه پشتیبان و همه نسخه‌های پشتیبان فقط برای شما خواندنی‌اند (فایل‌ها 0600 و پوشه‌ها 0700 در Linux و macOS)، فارغ از umask شما؛ پایگاه داده بازیابی‌شده هم همین‌طور می‌ماند، و نسخه‌های پشتیبانی که Kontor قدیمی‌تر برای دیگران خواندنی گذاشته بود، در پشتیبان‌گیری بعدی محدود می‌شوند.</translation>
    </message>
    <message>
        <source>**No debris**: a backup is written under a temporary name (`….sqlite.partial-1a2b3c4d`) and renamed when whole. One that fails (a full disk) takes its pieces with it; the pieces of one that was killed half way (power cut, `kill -9`) are removed by the next backup once they are ten minutes old. An import that cannot write (a read-only file, folder or disk, or another program holding the database) says so before it makes its before-import backup.</source>
        <translation>**بدون باقی‌مانده**: نسخه پشتیبان با نامی موقت (`….sqlite.partial-1a2b3c4d`) نوشته می‌شود و وقتی کامل شد تغییر نام می‌یابد. پشتیبان‌گیری‌ای که شکست بخورد (دیسک پر) تکه‌هایش را هم با خود پاک می‌کند؛ تکه‌های پشتیبان‌گیری‌ای که نیمه‌کاره متوقف شده (قطع برق، `kill -9`) در پشتیبان‌گیری بعدی، وقتی ده دقیقه از عمرشان گذشته باشد، حذف می‌شوند. درون‌ریزی‌ای که نمی‌تواند بنویسد (فایل، پوشه یا دیسک فقط‌خواندنی، یا برنامه دیگری که پایگاه داده را در اختیار دارد) این را پیش از ساختن نسخه پشتیبان پیش از درون‌ریزی اعلام می‌کند.</translation>
    </message>
    <message>
        <source>When things go wrong</source>
        <translation>وقتی مشکلی پیش می‌آید</translation>
    </message>
    <message>
        <source>**A file that will not open** says why, and leaves it as it was: a folder you may not write in (SQLite keeps two small files beside an open database: copy the file into a folder of yours), a stray `-wal` file of another database beside yours (move it into another folder, keep it, and open again), a file of another program, or one written by a newer Kontor.</source>
        <translation>**فایلی که باز نمی‌شود** علت را می‌گوید و فایل را همان‌طور که بود باقی می‌گذارد: پوشه‌ای که اجازه نوشتن در آن را ندارید (SQLite دو فایل کوچک کنار پایگاه داده باز نگه می‌دارد: فایل را در پوشه‌ای از خودتان کپی کنید)، یک فایل `-wal` سرگردان از پایگاه داده‌ای دیگر کنار فایل شما (آن را به پوشه دیگری منتقل کنید، نگهش دارید و دوباره باز کنید)، فایل برنامه‌ای دیگر، یا فایلی که نسخه جدیدتری از Kontor نوشته است.</translation>
    </message>
    <message>
        <source>**A full disk**: a change that cannot be written is not made at all (every change is saved whole or not at all); a backup that cannot be written leaves nothing behind; an import says so before it begins.</source>
        <translation>**دیسک پر**: تغییری که نتوان نوشت، اصلاً انجام نمی‌شود (هر تغییر یا کامل ذخیره می‌شود یا اصلاً ذخیره نمی‌شود)؛ پشتیبان‌گیری‌ای که نتوان نوشت، چیزی باقی نمی‌گذارد؛ درون‌ریزی پیش از شروع این را اعلام می‌کند.</translation>
    </message>
    <message>
        <source>**A file you could not have meant to import** (a &quot;phone number&quot; of 20,000 characters, notes of megabytes, a table of more than 10,000 columns) is refused at once, row or file, with the reason, rather than keeping the import busy for minutes.</source>
        <translation>**فایلی که بعید است قصد درون‌ریزی‌اش را داشته باشید** (یک «شماره تلفن» ۲۰٬۰۰۰ نویسه‌ای، یادداشت‌هایی به حجم چند مگابایت، جدولی با بیش از ۱۰٬۰۰۰ ستون) بی‌درنگ، چه یک سطر و چه کل فایل، همراه با دلیل رد می‌شود، به‌جای آنکه درون‌ریزی را چند دقیقه مشغول نگه دارد.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>**Help → Keyboard Shortcuts** (Ctrl+/) lists every key, with a search box. The ones that matter most:</source>
        <translation>**راهنما ← میان‌برهای صفحه‌کلید** (Ctrl+/) همه کلیدها را با کادر جست‌وجو فهرست می‌کند. مهم‌ترین آن‌ها:</translation>
    </message>
    <message>
        <source>| Keys | Action |</source>
        <translation>| کلیدها | کار |</translation>
    </message>
    <message>
        <source>| Ctrl+1 … Ctrl+6 | Today, Contacts, Companies, Pipeline, Reminders, Reports |</source>
        <translation>| Ctrl+1 … Ctrl+6 | امروز، مخاطبان، شرکت‌ها، پایپ‌لاین، یادآورها، گزارش‌ها |</translation>
    </message>
    <message>
        <source>| Ctrl+L | Log interaction (call, meeting, email, note), from any page |</source>
        <translation>| Ctrl+L | ثبت تعامل (تماس، جلسه، ایمیل، یادداشت)، از هر صفحه |</translation>
    </message>
    <message>
        <source>| Ctrl+F | Search contacts |</source>
        <translation>| Ctrl+F | جست‌وجوی مخاطبان |</translation>
    </message>
    <message>
        <source>| Ctrl+K | Search everything: contacts, companies, deals, notes |</source>
        <translation>| Ctrl+K | جست‌وجو در همه چیز: مخاطبان، شرکت‌ها، معاملات، یادداشت‌ها |</translation>
    </message>
    <message>
        <source>| Enter (in search) | Select the first match |</source>
        <translation>| Enter (در جست‌وجو) | انتخاب نخستین نتیجه |</translation>
    </message>
    <message>
        <source>| Ctrl+N | New contact |</source>
        <translation>| Ctrl+N | مخاطب جدید |</translation>
    </message>
    <message>
        <source>| F2 or Enter (on a row) | Edit contact |</source>
        <translation>| F2 یا Enter (روی یک سطر) | ویرایش مخاطب |</translation>
    </message>
    <message>
        <source>| Delete | Archive (or restore, in the archive) |</source>
        <translation>| Delete | بایگانی (یا در بایگانی، بازیابی) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+N | New deal (for the selected contact on the Contacts page) |</source>
        <translation>| Ctrl+Shift+N | معامله جدید (برای مخاطب انتخاب‌شده در صفحه مخاطبان) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+R | New reminder |</source>
        <translation>| Ctrl+Shift+R | یادآور جدید |</translation>
    </message>
    <message>
        <source>| Ctrl+Z / Ctrl+Shift+Z | Undo / redo |</source>
        <translation>| Ctrl+Z / Ctrl+Shift+Z | واگرد / ازنو |</translation>
    </message>
    <message>
        <source>| D / S / Enter (on Today) | Reminder done / snooze until tomorrow / open the contact or deal (on a section: fold) |</source>
        <translation>| D / S / Enter (در صفحه امروز) | انجام شدن یادآور / تعویق تا فردا / باز کردن مخاطب یا معامله (روی عنوان بخش: جمع کردن) |</translation>
    </message>
    <message>
        <source>| ← / → (on Today) | Fold / open the section |</source>
        <translation>| ← / → (در صفحه امروز) | جمع کردن / باز کردن بخش |</translation>
    </message>
    <message>
        <source>| D / S / Enter / Delete (on Reminders) | Done / snooze until tomorrow / edit / delete |</source>
        <translation>| D / S / Enter / Delete (در صفحه یادآورها) | انجام شد / تعویق تا فردا / ویرایش / حذف |</translation>
    </message>
    <message>
        <source>| Enter / Ctrl+Enter (on Pipeline) | Edit the deal / open its contact |</source>
        <translation>| Enter / Ctrl+Enter (در پایپ‌لاین) | ویرایش معامله / باز کردن مخاطب آن |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+→ / ← (on Pipeline) | Move the selected deal to the next / previous stage |</source>
        <translation>| Ctrl+Shift+← / →‎ (در پایپ‌لاین) | انتقال معامله انتخاب‌شده به مرحله بعدی / قبلی |</translation>
    </message>
    <message>
        <source>| ← / → (on Pipeline) | Previous / next column |</source>
        <translation>| ← / → (در پایپ‌لاین) | ستون قبلی / بعدی |</translation>
    </message>
    <message>
        <source>| Alt+B / Alt+I (on Pipeline) | Board / list |</source>
        <translation>| Alt+B / Alt+I (در پایپ‌لاین) | تابلو / فهرست |</translation>
    </message>
    <message>
        <source>| Delete (on Pipeline) | Archive the selected deal |</source>
        <translation>| Delete (در پایپ‌لاین) | بایگانی معامله انتخاب‌شده |</translation>
    </message>
    <message>
        <source>| Enter (on a report&apos;s row or figure) | List the deals, leads or interactions behind it |</source>
        <translation>| Enter (روی سطر یا رقم یک گزارش) | فهرست معاملات، سرنخ‌ها یا تعامل‌های پشت آن |</translation>
    </message>
    <message>
        <source>| Ctrl+P (on Reports) | Print all reports |</source>
        <translation>| Ctrl+P (در گزارش‌ها) | چاپ همه گزارش‌ها |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+A | Archive |</source>
        <translation>| Ctrl+Shift+A | بایگانی |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+I | Import contacts (CSV or vCard) |</source>
        <translation>| Ctrl+Shift+I | درون‌ریزی مخاطبان (CSV یا vCard) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+S | Save a copy of the database |</source>
        <translation>| Ctrl+Shift+S | ذخیره رونوشت پایگاه داده |</translation>
    </message>
    <message>
        <source>| Ctrl+O | Open another database |</source>
        <translation>| Ctrl+O | باز کردن پایگاه داده دیگر |</translation>
    </message>
    <message>
        <source>| Ctrl+, | Settings |</source>
        <translation>| Ctrl+, | تنظیمات |</translation>
    </message>
    <message>
        <source>| Ctrl+Q | Quit |</source>
        <translation>| Ctrl+Q | خروج |</translation>
    </message>
    <message>
        <source>| Ctrl+/ | Keyboard shortcuts |</source>
        <translation>| Ctrl+/ | میان‌برهای صفحه‌کلید |</translation>
    </message>
    <message>
        <source>| F1 | This user guide |</source>
        <translation>| F1 | همین راهنمای کاربر |</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>Kontor speaks English, German, Persian (فارسی), Bengali (বাংলা), Amharic (አማርኛ) and Esperanto, and follows your computer&apos;s language. To choose another, open **Settings → Language** (Alt+N on the Settings window): the choice is kept, and the window opens again in it, on the same database, as soon as Settings closes. `kontor --lang fa` chooses for one start only.</source>
        <translation>برنامه Kontor به زبان‌های انگلیسی، آلمانی، فارسی، بنگالی (বাংলা)، امهری (አማርኛ) و اسپرانتو در دسترس است و از زبان رایانه شما پیروی می‌کند. برای انتخاب زبان دیگر، **تنظیمات ← زبان** را باز کنید (زبانه «زبان» در پنجره تنظیمات): انتخاب شما نگه داشته می‌شود و پنجره، به محض بسته شدن تنظیمات، با همان پایگاه داده و به زبان جدید دوباره باز می‌شود. فرمان `kontor --lang fa` زبان را فقط برای یک بار اجرا انتخاب می‌کند.</translation>
    </message>
    <message>
        <source>**Persian** mirrors the whole window: the side bar stands on the right, columns and forms read from right to left, and the reports&apos; charts run from the right (the first month on the right, bars growing leftwards from their names). Every number (money, counts, dates, times) is written in Persian digits.</source>
        <translation>**فارسی** کل پنجره را قرینه می‌کند: نوار کناری در سمت راست قرار می‌گیرد، ستون‌ها و فرم‌ها از راست به چپ خوانده می‌شوند و نمودارهای گزارش‌ها از راست آغاز می‌شوند (نخستین ماه در سمت راست، و میله‌ها از نامشان به سمت چپ رشد می‌کنند). همه اعداد (مبالغ، شمارش‌ها، تاریخ‌ها، زمان‌ها) با ارقام فارسی نوشته می‌شوند.</translation>
    </message>
    <message>
        <source>**Digits:** Settings → Language → Digits → **Latin (123)** writes every number in 0–9 instead (Persian or Bengali with `1,250.50` and `11 آذر 1405`), keeping the language&apos;s words, month names, direction and week; the language&apos;s own digits come back with **The language&apos;s own**. Bengali times are on the 24-hour clock (২০:০৫).</source>
        <translation>**ارقام:** گزینه «تنظیمات ← زبان ← ارقام ← **لاتین (123)**» همه اعداد را با ارقام 0 تا 9 می‌نویسد (در فارسی یا بنگالی به شکل `1,250.50` و `11 آذر 1405`)، و واژه‌ها، نام ماه‌ها، جهت نوشتار و هفته زبان را حفظ می‌کند؛ و گزینه **ارقام خود زبان** ارقام فارسی یا بنگالی را بازمی‌گرداند. در بنگالی، زمان‌ها به‌صورت 24 ساعته نوشته می‌شوند (২০:০৫).</translation>
    </message>
    <message>
        <source>**Calendar:** Persian uses the Solar Hijri calendar, every other language the Gregorian one; Settings → Language → Calendar chooses either for any language. Dates in lists, on cards and in date fields are in it, and so are the reports&apos; periods: in Solar Hijri, &quot;This quarter&quot; on 11 Azar 1405 is Mehr to Azar (23 September to 21 December 2026), &quot;This year&quot; is Farvardin to Esfand, and the forecast&apos;s months are Solar Hijri months. Weeks start on your language&apos;s first day (Saturday for Persian), and the reminders&apos; calendar marks its weekend (Friday in Iran). Files (CSV, vCard, calendars) keep ISO dates.</source>
        <translation>**تقویم:** فارسی از تقویم هجری شمسی و همه زبان‌های دیگر از تقویم میلادی استفاده می‌کنند؛ در «تنظیمات ← زبان ← تقویم» می‌توانید هر کدام را برای هر زبانی انتخاب کنید. تاریخ‌ها در فهرست‌ها، روی کارت‌ها و در فیلدهای تاریخ به همین تقویم‌اند، و دوره‌های گزارش‌ها هم همین‌طور: در هجری شمسی، «این فصل» در 11 آذر 1405 از مهر تا آذر است (23 سپتامبر تا 21 دسامبر 2026)، «امسال» از فروردین تا اسفند است و ماه‌های پیش‌بینی، ماه‌های هجری شمسی‌اند. هفته‌ها از نخستین روز هفته در زبان شما آغاز می‌شوند (شنبه برای فارسی) و تقویم یادآورها تعطیلی آخر هفته را مشخص می‌کند (جمعه در ایران). فایل‌ها (CSV، vCard، تقویم‌ها) تاریخ‌ها را به قالب ISO نگه می‌دارند.</translation>
    </message>
    <message>
        <source>**A new database** made in a language names its stages and lead sources in it (سرنخ جدید, تماس اولیه…); rename them in Settings like any other. A database keeps its names when opened in another language.</source>
        <translation>**پایگاه داده جدیدی** که در یک زبان ساخته شود، مراحل و منابع سرنخ خود را به همان زبان نام‌گذاری می‌کند (سرنخ جدید، تماس اولیه…)؛ می‌توانید مانند هر مورد دیگری در تنظیمات نامشان را تغییر دهید. پایگاه داده وقتی به زبان دیگری باز شود، نام‌هایش را حفظ می‌کند.</translation>
    </message>
    <message>
        <source>**The demo database** is made in the window&apos;s language: in Persian a business in Tehran whose customers are mostly Iranian, named in Persian (بازرگانی کریمی), those abroad in Latin letters, with its notes, products, job titles and campaigns in Persian, its countries named in Persian (ایران, آلمان) and its money in rials; in Bengali one in Dhaka (taka), in Amharic one in Addis Ababa (birr), in German one in Germany and Austria (euros). Each language keeps its demo in a file of its own (`kontor-demo-fa.sqlite`).</source>
        <translation>**پایگاه داده نمایشی** به زبان پنجره ساخته می‌شود: در فارسی، یک کسب‌وکار در تهران با مشتریانی که بیشترشان ایرانی‌اند و نامشان فارسی است (بازرگانی کریمی) و مشتریان خارجی با نام‌های لاتین، با یادداشت‌ها، محصولات، سمت‌ها و کمپین‌های فارسی، نام کشورها به فارسی (ایران، آلمان) و مبالغ به ریال؛ در بنگالی یک کسب‌وکار در داکا (تاکا)، در امهری یکی در آدیس آبابا (بیر)، و در آلمانی یکی در آلمان و اتریش (یورو). هر زبان پایگاه داده نمایشی خود را در فایلی جداگانه نگه می‌دارد (`kontor-demo-fa.sqlite`).</translation>
    </message>
    <message>
        <source>**Typing in your script:** Persian, Arabic-Indic and Bengali digits are read as digits in amounts (`۳۱٬۸۹۰٫۵`), phone numbers and search (typing `۹۱۲` finds +98 912…). An imported birthday such as `1365/04/12` (or `۱۳۶۵/۰۴/۱۲`), with a year between 1200 and 1599, is read as a Solar Hijri date: 3 July 1986.</source>
        <translation>**تایپ با خط خودتان:** ارقام فارسی، عربی و بنگالی در مبالغ (`۳۱٬۸۹۰٫۵`)، شماره تلفن‌ها و جست‌وجو به‌عنوان رقم خوانده می‌شوند (تایپ `۹۱۲` شماره +98 912… را پیدا می‌کند). تاریخ تولد درون‌ریزی‌شده‌ای مانند `1365/04/12` (یا `۱۳۶۵/۰۴/۱۲`) با سالی بین 1200 و 1599، تاریخ هجری شمسی خوانده می‌شود: 3 ژوئیه 1986.</translation>
    </message>
    <message>
        <source>**Search and duplicates** find a Persian name however it was typed: with the Arabic ي and ك of an Arabic keyboard or the Persian ی and ک, with or without the zero-width non-joiner, with or without vowel marks; this holds for contacts, companies and deal titles (Ctrl+K). Such names also sort together, and an imported company typed either way is one company. Tags are apart by a comma or semicolon, Latin or Persian (، ؛), in the contact dialog and in imports.</source>
        <translation>**جست‌وجو و موارد تکراری** نام فارسی را به هر شکلی که تایپ شده باشد پیدا می‌کنند: با ي و ك عربی در صفحه‌کلید عربی یا ی و ک فارسی، با نیم‌فاصله یا بدون آن، با اعراب یا بدون آن؛ این برای مخاطبان، شرکت‌ها و عنوان معاملات (Ctrl+K) صدق می‌کند. چنین نام‌هایی در مرتب‌سازی هم کنار هم می‌آیند، و شرکتی که در درون‌ریزی به هر دو شکل تایپ شده باشد، یک شرکت به حساب می‌آید. برچسب‌ها در پنجره مخاطب و در درون‌ریزی با ویرگول یا نقطه‌ویرگول، لاتین یا فارسی (، ؛)، از هم جدا می‌شوند.</translation>
    </message>
    <message>
        <source>**Reports on paper** (Reports → Export → All reports as PDF, and Print) read from the right in Persian: each table&apos;s names column on the right, the charts mirrored as on screen.</source>
        <translation>**گزارش‌های کاغذی** («گزارش‌ها ← برون‌بری ← همه گزارش‌ها به‌صورت PDF» و «چاپ») در فارسی از راست خوانده می‌شوند: ستون نام‌های هر جدول در سمت راست است و نمودارها مانند روی صفحه نمایش قرینه می‌شوند.</translation>
    </message>
    <message>
        <source>Qt&apos;s own buttons and dialogs (OK, Cancel, the file dialog, the context menu of a text field) come in the same language: from Debian&apos;s `qt6-translations-l10n` for Persian and German, from Kontor itself for Bengali, Amharic and Esperanto.</source>
        <translation>دکمه‌ها و پنجره‌های خود Qt (تأیید، لغو، پنجره انتخاب فایل، منوی راست‌کلیک فیلدهای متنی) هم به همان زبان نمایش داده می‌شوند: برای فارسی و آلمانی از بسته `qt6-translations-l10n` در Debian، و برای بنگالی، امهری و اسپرانتو از خود Kontor.</translation>
    </message>
    <message>
        <source>`./run.sh` installs the fonts that draw these scripts well (Noto Sans Arabic, Bengali and Ethiopic, and Vazirmatn on Debian 13).</source>
        <translation>اسکریپت `./run.sh` فونت‌هایی را نصب می‌کند که این خط‌ها را به‌خوبی نمایش می‌دهند (Noto Sans Arabic، Bengali و Ethiopic، و Vazirmatn در Debian 13).</translation>
    </message>
    <message>
        <source>**Two programs at once** (the window and a script, two windows): one waits for the other. The window says in its status bar that it is waiting and waits up to 5 seconds; if the other is still writing, it says so and saves nothing, so that you can try again; the command line waits up to half a minute, saying once that it is waiting.</source>
        <translation>**دو برنامه هم‌زمان** (پنجره و یک اسکریپت، یا دو پنجره): یکی منتظر دیگری می‌ماند. پنجره در نوار وضعیت اعلام می‌کند که منتظر است و تا ۵ ثانیه صبر می‌کند؛ اگر برنامه دیگر هنوز در حال نوشتن باشد، این را اعلام می‌کند و چیزی ذخیره نمی‌کند تا بتوانید دوباره امتحان کنید؛ خط فرمان تا نیم دقیقه صبر می‌کند و یک بار اعلام می‌کند که منتظر است.</translation>
    </message>
    <message>
        <source>**A damaged file** (a bad disk sector, a copy cut short): whenever Kontor opens a database it checks it in the background (SQLite&apos;s quick check; the day&apos;s first opening checks the daily backup&apos;s copy instead), and a damaged copy is never kept as a backup, so the backups made before the damage stay. When it finds damage, Kontor says so at once and offers three ways on: **Restore a Backup…** (choose the newest made before the trouble began; the list shows when each was made, and what going back to it would lose), **Save What Can Be Read…** (every row that can still be read is copied into a new file, damaged pages are skipped, the search and the reports are built again, and Kontor goes on in the new file; the damaged file is never changed), or **Read Only** (to look things up while nothing can be changed).</source>
        <translation>**فایل آسیب‌دیده** (قطاع خراب دیسک، کپی ناقص): Kontor هر بار که پایگاه داده‌ای را باز می‌کند، آن را در پس‌زمینه بررسی می‌کند (بررسی سریع SQLite؛ در نخستین بازکردن هر روز، پشتیبان روزانه نسخه خود را بررسی می‌کند)، و نسخه آسیب‌دیده هرگز به‌عنوان پشتیبان نگه داشته نمی‌شود، پس پشتیبان‌های پیش از آسیب می‌مانند. وقتی آسیبی پیدا شود، Kontor بی‌درنگ می‌گوید و سه راه پیشنهاد می‌کند: **بازگردانی نسخه پشتیبان…** (جدیدترین نسخه پیش از شروع مشکل را انتخاب کنید؛ فهرست نشان می‌دهد هر کدام کی ساخته شده و بازگشت به آن چه چیزی را از دست می‌دهد)، **نجات آنچه خواندنی است…** (هر ردیفی که هنوز خواندنی است در فایلی تازه کپی می‌شود، صفحه‌های آسیب‌دیده کنار گذاشته می‌شوند، جست‌وجو و گزارش‌ها دوباره ساخته می‌شوند و Kontor با فایل تازه ادامه می‌دهد؛ فایل آسیب‌دیده هرگز تغییر نمی‌کند)، یا **فقط خواندنی** (برای دیدن اطلاعات، بی‌آنکه چیزی تغییر کند).</translation>
    </message>
    <message>
        <source>**Lead sources**: per source and campaign, the *leads* (contacts from the source created in the period), how many are now *qualified* (sales qualified, opportunities or customers), the *customers* (contacts with a deal from the source won in the period; a deal&apos;s own source counts, else its contact&apos;s), *conversion* (customers ÷ leads), *revenue* (those won deals&apos; amounts), *spend* (campaign spend falling in the period up to today: a campaign&apos;s spend is spread evenly over its days, so the month under way counts its days so far, and one without dates counts whole), *cost per lead* and *per customer*, and *ROI* ((revenue − spend) ÷ spend). Most revenue first; the chart sets revenue against spend (its axis in the currency&apos;s round steps), with each source&apos;s conversion and ROI beside its name. The line above names the best and the weakest source and what they were judged by: return on spend where two or more sources have spend recorded in the period, otherwise conversion and, between equals, revenue. Where no spend was recorded the table says &quot;none recorded&quot; and leaves the costs per lead and customer empty, rather than 0.00.</source>
        <translation>**منابع سرنخ**: برای هر منبع و کمپین، *سرنخ‌ها* (مخاطبانی از این منبع که در دوره ایجاد شده‌اند)، تعداد آن‌هایی که اکنون *واجد شرایط* هستند (واجد شرایط فروش، فرصت فروش یا مشتری)، *مشتریان* (مخاطبانی با معامله‌ای از این منبع که در دوره برنده شده است؛ منبع خود معامله ملاک است و در غیر این صورت منبع مخاطب آن)، *نرخ تبدیل* (مشتریان ÷ سرنخ‌ها)، *درآمد* (مبالغ همان معاملات برنده‌شده)، *هزینه* (هزینه کمپین که در دوره و تا امروز می‌افتد: هزینه هر کمپین به‌طور یکنواخت بر روزهای آن پخش می‌شود، پس برای ماه جاری فقط روزهای سپری‌شده حساب می‌شوند و کمپین بدون تاریخ به‌طور کامل حساب می‌شود)، *هزینه هر سرنخ* و *هزینه هر مشتری*، و *بازده* ((درآمد − هزینه) ÷ هزینه). بیشترین درآمد در ابتدا؛ نمودار درآمد را در برابر هزینه نشان می‌دهد (محور آن با گام‌های گرد واحد پول)، با نرخ تبدیل و بازده هر منبع در کنار نامش. خط بالای گزارش بهترین و ضعیف‌ترین منبع و معیار داوری را نام می‌برد: بازده هزینه، اگر دو منبع یا بیشتر در دوره هزینه ثبت‌شده داشته باشند، وگرنه نرخ تبدیل و در صورت برابری، درآمد. جایی که هزینه‌ای ثبت نشده، جدول «ثبت‌نشده» را نشان می‌دهد و هزینه هر سرنخ و هر مشتری را به‌جای 0.00 خالی می‌گذارد.</translation>
    </message>
    <message>
        <source>**Housekeeping**: select several contacts and **Change Selected** to give them an owner, a stage or a tag; a mistake is one Ctrl+Z away; File → Archive… brings back what was archived; **Changes…** tells who changed what.</source>
        <translation>**نظم و ترتیب**: چند مخاطب را انتخاب کنید و با **تغییر موارد انتخاب‌شده** به آن‌ها مسئول، مرحله یا برچسب بدهید؛ هر اشتباه با یک Ctrl+Z برمی‌گردد؛ «فایل ← بایگانی…» آنچه را بایگانی شده بازمی‌گرداند؛ **تغییرات…** نشان می‌دهد چه کسی چه چیزی را تغییر داده است.</translation>
    </message>
    <message>
        <source>**New contact** (Ctrl+N) and **edit** (F2, or Enter on a row): names, company (type to pick one you have or to add a new one), job title, two emails, two phones, birthday, address, lifecycle stage, lead source, owner, tags, &quot;Stay in touch every&quot; and notes; your own fields on the &quot;More fields&quot; page. Anything invalid is explained in the dialog, and nothing is saved until it is fixed.</source>
        <translation>**مخاطب جدید** (Ctrl+N) و **ویرایش** (F2، یا Enter روی یک سطر): نام‌ها، شرکت (تایپ کنید تا یکی از شرکت‌های موجود را انتخاب کنید یا شرکت جدیدی بیفزایید)، سمت، دو ایمیل، دو تلفن، تاریخ تولد، نشانی، مرحله چرخه عمر، منبع سرنخ، مسئول، برچسب‌ها، «در ارتباط ماندن هر» و یادداشت‌ها؛ فیلدهای سفارشی شما در صفحه «فیلدهای بیشتر». هر مقدار نامعتبری در همان پنجره توضیح داده می‌شود و تا اصلاح نشود، چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>**Archive** (Delete): the contact leaves the list and search but keeps its history. To bring it back, choose &quot;Archived&quot; in the stage filter and press Delete again, or use File → Archive….</source>
        <translation>**بایگانی** (Delete): مخاطب از فهرست و جست‌وجو خارج می‌شود اما سابقه‌اش حفظ می‌شود. برای بازگرداندن آن، در فیلتر مرحله «بایگانی‌شده» را انتخاب کنید و دوباره Delete را بزنید، یا از «فایل ← بایگانی…» استفاده کنید.</translation>
    </message>
    <message>
        <source>From lead to customer: the lifecycle</source>
        <translation>از سرنخ تا مشتری: چرخه عمر</translation>
    </message>
    <message>
        <source>Every contact is at a stage of the buyer&apos;s journey: **Lead** (known, not yet qualified), **Marketing qualified** (MQL: fits and shows interest), **Sales qualified** (SQL: a salesperson confirmed need, budget and timing), **Opportunity** (has an open deal), **Customer** (a deal was won), or off the journey **Disqualified** (not a fit) and **Inactive**. Change it in the contact&apos;s dialog or with Change Selected. Moving a contact back a stage, or disqualifying it, asks why; the reason is kept. Every move is kept with its date, so Kontor knows when each stage was entered.</source>
        <translation>هر مخاطب در یکی از مراحل مسیر خرید قرار دارد: **سرنخ** (شناخته‌شده، اما هنوز واجد شرایط نشده)، **واجد شرایط بازاریابی** (MQL: با مشتری هدف جور است و علاقه نشان می‌دهد)، **واجد شرایط فروش** (SQL: کارشناس فروش نیاز، بودجه و زمان‌بندی را تأیید کرده است)، **فرصت فروش** (معامله بازی دارد)، **مشتری** (معامله‌ای برنده شده است)، یا بیرون از این مسیر: **فاقد شرایط** (مناسب نیست) و **غیرفعال**. مرحله را در پنجره مخاطب یا با «تغییر موارد انتخاب‌شده» تغییر دهید. بازگرداندن مخاطب به مرحله‌ای پیش‌تر، یا فاقد شرایط دانستن او، دلیل را می‌پرسد؛ این دلیل نگه داشته می‌شود. هر جابه‌جایی با تاریخش نگه داشته می‌شود، پس Kontor می‌داند مخاطب کی وارد هر مرحله شده است.</translation>
    </message>
    <message>
        <source>Your own fields</source>
        <translation>فیلدهای سفارشی شما</translation>
    </message>
    <message>
        <source>Every business tracks something Kontor has no field for: a budget, the industry, the decision maker. Add your own in **File → Settings… → Fields**, for contacts, companies or deals: text, long text, number, money (in a currency), date, checkbox, a choice, multiple choice, or a link to a contact or a company. Each has a name, a key (what files and scripts call it, such as `budget`) and may be required. **Add Qualification Fields** adds Budget, Need, Timeline, Decision maker, Authority, Competitors, Objections and Lead status in one go; they are ordinary fields afterwards.</source>
        <translation>هر کسب‌وکاری چیزی را دنبال می‌کند که Kontor فیلدی برایش ندارد: بودجه، صنعت، تصمیم‌گیرنده. فیلدهای خودتان را در **فایل ← تنظیمات… ← فیلدها** برای مخاطبان، شرکت‌ها یا معاملات بیفزایید: متن، متن بلند، عدد، مبلغ (به یک واحد پول)، تاریخ، کادر تیک، تک‌گزینه‌ای، چندگزینه‌ای، یا پیوند به یک مخاطب یا یک شرکت. هر فیلد یک نام دارد و یک کلید (نامی که فایل‌ها و اسکریپت‌ها با آن به فیلد اشاره می‌کنند، مانند `budget`) و می‌تواند الزامی باشد. **افزودن فیلدهای ارزیابی** فیلدهای بودجه، نیاز، زمان‌بندی، تصمیم‌گیرنده، اختیار تصمیم‌گیری، رقبا، اعتراض‌ها و وضعیت سرنخ را یک‌جا می‌افزاید؛ این‌ها از آن پس فیلدهایی معمولی‌اند.</translation>
    </message>
    <message>
        <source>**Change…** renames a field or its choices: renaming a choice renames it on every record that has it. Changing the type says first how many values cannot be converted (a word in a number field, say); the others are kept.</source>
        <translation>**تغییر…** نام یک فیلد یا گزینه‌هایش را تغییر می‌دهد: تغییر نام یک گزینه، نام آن را در همه رکوردهایی که آن را دارند تغییر می‌دهد. تغییر نوع، ابتدا می‌گوید چند مقدار قابل تبدیل نیستند (مثلاً یک کلمه در فیلد عددی)؛ بقیه نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>**Archive** hides a field and keeps its values; **Restore** (with &quot;Show archived&quot;) brings it back with them. Adding, changing and archiving are undone with Ctrl+Z, and every value set is in the record&apos;s change history.</source>
        <translation>**بایگانی** فیلد را پنهان می‌کند و مقادیرش را نگه می‌دارد؛ **بازیابی** (با «نمایش بایگانی‌شده‌ها») آن را همراه با مقادیرش بازمی‌گرداند. افزودن، تغییر و بایگانی با Ctrl+Z برگردانده می‌شوند، و هر مقداری که تعیین شود در تاریخچه تغییرات رکورد ثبت می‌شود.</translation>
    </message>
    <message>
        <source>**Fields**: your own fields of contacts, companies and deals (see &quot;Your own fields&quot;).</source>
        <translation>**فیلدها**: فیلدهای سفارشی شما برای مخاطبان، شرکت‌ها و معاملات (بخش «فیلدهای سفارشی شما» را ببینید).</translation>
    </message>
    <message>
        <source>**Lifecycle**: the rules that move contacts along their lifecycle (see &quot;From lead to customer&quot;).</source>
        <translation>**چرخه عمر**: قواعدی که مخاطبان را در چرخه عمرشان پیش می‌برند (بخش «از سرنخ تا مشتری» را ببینید).</translation>
    </message>
    <message>
        <source>**Data health**: **Contact → Data Health…** counts the contacts that need a look: not contacted for N months (6 to start with; or never), without email and phone, with an email that is not one (no @, blanks, no dotted domain), with a phone number that is not valid (one that cannot be read, or a number that does not exist, such as +44 889 442828; the number typed is kept either way), without owner, without lead source. **Show on the Contacts Page** (or Enter on a row) lists exactly those on the Contacts page, where Ctrl+A and **Change Selected** set an owner, a stage or a tag, or archive them, all at once. The first check after an upgrade may read every phone number once, with a progress bar and Cancel.</source>
        <translation>**سلامت داده‌ها**: **مخاطب ← سلامت داده‌ها…** مخاطبانی را که نیاز به بررسی دارند می‌شمارد: بدون ارتباط در N ماه گذشته (در آغاز ۶؛ یا هرگز)، بدون ایمیل و تلفن، با ایمیلی که ایمیل نیست (بدون @، دارای فاصله، بدون دامنه نقطه‌دار)، با شماره تلفن نامعتبر (شماره‌ای که خوانده نمی‌شود، یا شماره‌ای که وجود ندارد، مانند +44 889 442828؛ شماره تایپ‌شده در هر حال نگه داشته می‌شود)، بدون مسئول، بدون منبع سرنخ. **نمایش در صفحه مخاطبان** (یا Enter روی یک سطر) دقیقاً همان‌ها را در صفحه مخاطبان فهرست می‌کند، جایی که با Ctrl+A و **تغییر موارد انتخاب‌شده** می‌توانید یک‌جا برایشان مسئول، مرحله یا برچسب تعیین کنید یا آن‌ها را بایگانی کنید. نخستین بررسی پس از ارتقا ممکن است همه شماره تلفن‌ها را یک بار بخواند، با نوار پیشرفت و دکمه «لغو».</translation>
    </message>
    <message>
        <source>**Importing and exporting**: a column headed by a field&apos;s key or name fills the field (the import wizard offers your fields too); a value that does not fit (a word in an amount) is kept in the notes with a warning. Exported contacts have a column per field, by key, after the built-in ones, and such a file comes back unchanged.</source>
        <translation>**درون‌ریزی و برون‌بری**: ستونی که عنوانش کلید یا نام یک فیلد است آن فیلد را پر می‌کند (درون‌ریزی، فیلدهای سفارشی شما را هم پیشنهاد می‌کند)؛ مقداری که جور درنمی‌آید (مثلاً یک کلمه در جای مبلغ) با هشدار در یادداشت‌ها نگه داشته می‌شود. مخاطبان برون‌بری‌شده برای هر فیلد، پس از فیلدهای داخلی، ستونی به نام کلید آن دارند و چنین پرونده‌ای بی‌تغییر بازمی‌گردد.</translation>
    </message>
    <message>
        <source>**In the list**: each contact field can be a column of the Contacts list (right-click the header), sorted by a click, and **More Filters…** filters by it; **Change Selected → Set Field…** sets it on many contacts at once.</source>
        <translation>**در فهرست**: هر فیلد مخاطب می‌تواند ستونی از فهرست مخاطبان باشد (روی عنوان فهرست راست‌کلیک کنید) که با یک کلیک مرتب می‌شود، و **فیلترهای بیشتر…** بر اساس آن فیلتر می‌کند؛ **تغییر موارد انتخاب‌شده ← تعیین فیلد…** آن را یک‌جا برای چندین مخاطب تعیین می‌کند.</translation>
    </message>
    <message>
        <source>**Searchable**: tick &quot;The search finds its text&quot; for a contact&apos;s text or long text field, and the search box and Search everything (Ctrl+K) find a contact by a word of it, together with the name (`ada training`).</source>
        <translation>**جست‌وجوپذیر**: برای فیلد متن یا متن بلند مخاطب، «جست‌وجو متن آن را پیدا می‌کند» را تیک بزنید تا کادر جست‌وجو و جست‌وجو در همه چیز (Ctrl+K) مخاطب را با کلمه‌ای از آن، همراه با نام، پیدا کنند (`ada training`).</translation>
    </message>
    <message>
        <source>**Reports**: the box beside the salesperson on the Reports page narrows every report to one answer of a choice field (see &quot;Reports&quot;).</source>
        <translation>**گزارش‌ها**: کادر کنار کارشناس فروش در صفحه گزارش‌ها، همه گزارش‌ها را به یک گزینه از یک فیلد گزینه‌ای محدود می‌کند (بخش «گزارش‌ها» را ببینید).</translation>
    </message>
    <message>
        <source>**Duplicates**: when two contacts are merged, each of your fields is a row to choose the value from.</source>
        <translation>**موارد تکراری**: هنگام ادغام دو مخاطب، هر یک از فیلدهای سفارشی شما سطری است که مقدار را از آن انتخاب می‌کنید.</translation>
    </message>
    <message>
        <source>**Lifecycle**: per stage of the contacts&apos; lifecycle, the contacts that *entered* it in the period, how many *went on* to a later stage by now, the *conversion* (went on ÷ entered) and the *median days* it took (see &quot;From lead to customer&quot;). A row, or its &quot;Went on&quot;, lists the contacts behind it. **Show** above the chart groups the table by lead source or by salesperson: a row each, the contacts that entered each stage of the journey in the columns (the tooltip says how many went on), and Enter on a figure lists those contacts.</source>
        <translation>**چرخه عمر**: برای هر مرحله از چرخه عمر مخاطبان، مخاطبانی که در این دوره به آن *وارد شده‌اند*، چند تا از آن‌ها تا امروز به مرحله‌ای بعدی *پیش رفته‌اند*، *نرخ تبدیل* (پیش‌رفته ÷ واردشده) و *میانه روزهایی* که طول کشید (بخش «از سرنخ تا مشتری» را ببینید). یک سطر، یا ستون «پیش‌رفته» آن، مخاطبان پشت آن را فهرست می‌کند. **نمایش** در بالای نمودار، جدول را بر اساس منبع سرنخ یا کارشناس فروش گروه‌بندی می‌کند: برای هر کدام یک سطر، و در ستون‌ها مخاطبانی که به هر مرحله از مسیر خرید وارد شده‌اند (با نگه داشتن نشانگر موس روی رقم، تعداد پیش‌رفته‌ها دیده می‌شود)؛ و Enter روی یک رقم همان مخاطبان را فهرست می‌کند.</translation>
    </message>
    <message>
        <source>The fields are on the **More fields** page of the contact, company and deal dialogs, and the contact card lists the values a contact has. A required field must be filled before the record is saved. A link is picked like the contact of a deal: type part of a name and choose from the list (Down, then Enter); two companies of one name stay apart, and a name that several or none have asks you to pick.</source>
        <translation>این فیلدها در صفحه **فیلدهای بیشتر** در پنجره‌های مخاطب، شرکت و معامله قرار دارند، و کارت مخاطب مقادیری را که مخاطب دارد فهرست می‌کند. فیلد الزامی باید پیش از ذخیره رکورد پر شود. پیوند مانند مخاطب یک معامله انتخاب می‌شود: بخشی از نام را تایپ کنید و از فهرست برگزینید (Down و سپس Enter)؛ دو شرکت هم‌نام از هم جدا می‌مانند، و اگر نامی به چند رکورد تعلق داشته باشد یا به هیچ‌کدام، از شما خواسته می‌شود یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>**Filters** above the list: stage (or the archive, or the customers of one RFM segment such as &quot;Customers: At risk&quot;, see Reports → Customers), owner, lead source, tag, &quot;no contact for&quot; 14 to 365 days (contacts never contacted included) and a data problem (see &quot;Duplicates and data health&quot;), combined with the search.</source>
        <translation>**فیلترهای** بالای فهرست: مرحله (یا بایگانی، یا مشتریان یک بخش RFM مانند «مشتریان: در معرض خطر»؛ گزارش‌ها ← مشتریان را ببینید)، مسئول، منبع سرنخ، برچسب، «بدون ارتباط» از ۱۴ تا ۳۶۵ روز (شامل مخاطبانی که هرگز با آن‌ها ارتباطی نبوده است) و مشکل داده (بخش «موارد تکراری و سلامت داده‌ها» را ببینید)، همراه با جست‌وجو.</translation>
    </message>
    <message>
        <source>**Columns**: Name, Company, Email, Phone, Status, Owner and Last contact to start with; right-click the list&apos;s header to choose the columns (Title, Lead source, Created and Segment too; Name always stays), and drag a header to reorder them. Segment is the customer&apos;s RFM segment (Reports → Customers), kept up to date a moment after a deal is won or changed and each new day; it sorts from Champions to Hibernating, contacts who bought nothing in two years last, and it shows by itself when you filter by a segment. The columns, their order and widths, the window and every divider are remembered for the next start. On a wide window the spare width goes to the name, company and email until you size a column yourself. Your own fields are columns too, under &quot;Your fields&quot; in that menu: numbers and amounts sort as numbers, dates as dates, a choice in the order of its choices, multiple choice by the first one chosen, a linked contact or company by its name. Sorted by one of your fields (except long text and links), the first screen of a very large list shows at once and the rest follows.</source>
        <translation>**ستون‌ها**: در آغاز نام، شرکت، ایمیل، تلفن، وضعیت، مسئول و آخرین ارتباط؛ برای انتخاب ستون‌ها روی عنوان فهرست راست‌کلیک کنید (سمت، منبع سرنخ، ایجادشده و بخش هم هستند؛ نام همیشه می‌ماند) و برای تغییر ترتیب، عنوان ستون را بکشید. «بخش»، بخش RFM مشتری است (گزارش‌ها ← مشتریان) که اندکی پس از برنده شدن یا تغییر یک معامله، و در آغاز هر روز تازه، به‌روز می‌شود؛ این ستون از «قهرمانان» تا «در خواب زمستانی» مرتب می‌شود و مخاطبانی که در دو سال چیزی نخریده‌اند در آخر می‌آیند، و وقتی بر اساس یک بخش فیلتر کنید، خودبه‌خود نمایش داده می‌شود. ستون‌ها، ترتیب و پهنای آن‌ها، پنجره و همه جداکننده‌ها برای اجرای بعدی به خاطر سپرده می‌شوند. در پنجره پهن، فضای اضافی به نام، شرکت و ایمیل داده می‌شود، تا وقتی خودتان اندازه ستونی را تغییر دهید. فیلدهای سفارشی شما هم ستون هستند، زیر «فیلدهای شما» در همان منو: اعداد و مبالغ به‌صورت عدد مرتب می‌شوند، تاریخ‌ها به‌صورت تاریخ، تک‌گزینه‌ای به ترتیب گزینه‌هایش، چندگزینه‌ای بر اساس نخستین گزینه انتخاب‌شده، و پیوند به مخاطب یا شرکت بر اساس نام آن. وقتی فهرستی بسیار بزرگ بر اساس یکی از فیلدهای شما (به‌جز متن بلند و پیوندها) مرتب شود، نخستین صفحه آن بی‌درنگ نمایش داده می‌شود و بقیه در پی آن می‌آید.</translation>
    </message>
    <message>
        <source>**Export** (the Export button): the table on show as CSV (safe for spreadsheets: a cell a spreadsheet would run as a formula is kept as text; UTF-8 that Excel reads) or its chart as a PNG image at twice the size on screen; **All reports as PDF**: every report for the period and salesperson chosen, each starting a page with its summary, its chart (black on white whatever the screen&apos;s colours) and its whole table (long tables go on over the next pages, their header repeated), page numbers at the foot. The paper is A4, or Letter where the language&apos;s country uses it (United States, Canada, Mexico, the Philippines and a few more).</source>
        <translation>**برون‌بری** (دکمه «برون‌بری»): جدول نمایش‌داده‌شده به‌صورت CSV (برای صفحه‌گسترده‌ها امن است: خانه‌ای که صفحه‌گسترده آن را به‌عنوان فرمول اجرا می‌کرد، به‌صورت متن نگه داشته می‌شود؛ با کدگذاری UTF-8 که Excel می‌خواند) یا نمودار آن به‌صورت تصویر PNG با دو برابر اندازه روی صفحه؛ **همه گزارش‌ها به‌صورت PDF**: همه گزارش‌ها برای دوره و کارشناس فروش انتخاب‌شده، هر کدام در صفحه‌ای جدید با خلاصه، نمودار (سیاه روی سفید، فارغ از رنگ‌های صفحه نمایش) و کل جدولش (جدول‌های طولانی در صفحه‌های بعد ادامه می‌یابند و سطر عنوانشان تکرار می‌شود)، با شماره صفحه در پایین. کاغذ A4 است، یا Letter اگر کشورِ زبان برنامه از آن استفاده کند (ایالات متحده، کانادا، مکزیک، فیلیپین و چند کشور دیگر).</translation>
    </message>
    <message>
        <source>**What is on it**: reminders that are overdue or due today, meetings of today and tomorrow, birthdays of the coming week, contacts you are losing touch with, who to call next, and stale deals (open deals that have been in their stage longer than the stage allows, the longest overdue first).</source>
        <translation>**چه چیزهایی در آن است**: یادآورهای عقب‌افتاده یا سررسید امروز، جلسه‌های امروز و فردا، تولدهای هفته پیش رو، مخاطبانی که ارتباطتان با آن‌ها در خطر قطع شدن است، کسانی که بعد باید با آن‌ها تماس بگیرید، و معاملات راکد (معاملات بازی که بیش از مدت مجاز مرحله‌شان در آن مانده‌اند، با بیشترین تأخیر در ابتدا).</translation>
    </message>
    <message>
        <source>**Customers** (RFM: recency, frequency, monetary): who buys, how often and how lately, to see whom to keep and whom to win back. *Customers* are the contacts (not archived) with at least one deal won in the two years up to the period&apos;s last day (today while the period runs): from the day after the same date two years before, to that day. Only deals in the database&apos;s default currency count; a won deal in another currency is left out (the line above says how many). *Recency* is the days from the last won deal&apos;s close to that day, *frequency* the won deals in the two years, *monetary* their sum. Each is scored 1 to 5 as ⌈5 × cume_dist⌉: for frequency and monetary, cume_dist is the share of customers whose value is at most theirs; for recency, the share whose last won deal is as old as theirs or older. So the most recent, most frequent and biggest score 5, and customers with the same value share a score (when more than a fifth of the customers bought once, none has F 1). The segments come from R and F: R 5 F 1 *New customers*; R 4–5 F 2–3 *Potential loyalists*; R 5 F 4–5 *Champions*; R 4 F 1 *Promising*; R 3–4 F 4–5 *Loyal*; R 3 F 1–2 *About to sleep*; R 3 F 3 *Need attention*; R 1–2 F 1–2 *Hibernating*; R 1–2 F 3–4 *At risk*; R 1–2 F 5 *Can&apos;t lose them*. The table lists each segment&apos;s customers and revenue with their shares and its scores; **Show → Recency by frequency** turns it into the 5 × 5 grid (R 5 on top, F 1 on the left), each place with its customers and what they brought, the segment in its tooltip. Enter on a segment or a place of the grid, or a click on a bar, lists its customers. The salesperson and the choice field narrow it like the other reports (the customers are then scored among themselves).</source>
        <translation>**مشتریان** (RFM: تازگی، تکرار، ارزش پولی): چه کسی می‌خرد، هر چند وقت یک بار و آخرین بار کی، تا ببینید چه کسانی را باید نگه دارید و چه کسانی را باید دوباره به دست آورید. *مشتریان* مخاطبانی (بایگانی‌نشده) هستند که دست‌کم یک معامله برنده‌شده در دو سال منتهی به آخرین روز دوره دارند (تا وقتی دوره جریان دارد، امروز): از روز پس از همان تاریخ در دو سال پیش، تا آن روز. فقط معاملاتی که به واحد پول پیش‌فرض پایگاه داده هستند شمرده می‌شوند؛ معامله برنده‌شده به واحد پول دیگر کنار گذاشته می‌شود (خط بالای گزارش می‌گوید چند تا). *تازگی* تعداد روزها از بسته شدن آخرین معامله برنده‌شده تا آن روز است، *تکرار* تعداد معاملات برنده‌شده در این دو سال، و *ارزش پولی* مجموع مبالغ آن‌ها. هر کدام به‌صورت ⌈5 × cume_dist⌉ امتیازی از 1 تا 5 می‌گیرد: برای تکرار و ارزش پولی، cume_dist سهم مشتریانی است که مقدارشان حداکثر برابر با مقدار این مشتری است؛ برای تازگی، سهم آن‌هایی که آخرین معامله برنده‌شده‌شان به همان قدمت یا قدیمی‌تر است. پس تازه‌ترین، پرتکرارترین و بزرگ‌ترین مشتریان امتیاز 5 می‌گیرند و مشتریان با مقدار یکسان امتیاز یکسان دارند (وقتی بیش از یک‌پنجم مشتریان فقط یک بار خرید کرده باشند، هیچ‌کس F 1 ندارد). بخش‌ها از R و F به دست می‌آیند: R 5 F 1 *مشتریان جدید*؛ R 4–5 F 2–3 *وفاداران بالقوه*؛ R 5 F 4–5 *قهرمانان*؛ R 4 F 1 *امیدوارکننده*؛ R 3–4 F 4–5 *وفاداران*؛ R 3 F 1–2 *در آستانه خواب*؛ R 3 F 3 *نیازمند توجه*؛ R 1–2 F 1–2 *در خواب زمستانی*؛ R 1–2 F 3–4 *در معرض خطر*؛ R 1–2 F 5 *نباید از دستشان داد*. جدول، مشتریان و درآمد هر بخش را همراه با سهم آن‌ها و امتیازهای بخش فهرست می‌کند؛ **نمایش ← تازگی بر اساس تکرار** آن را به جدولی 5 × 5 تبدیل می‌کند (R 5 در بالا، F 1 در سمت راست)، هر خانه با مشتریانش و درآمدی که آوردند، و بخش آن با نگه داشتن نشانگر موس روی خانه دیده می‌شود. Enter روی یک بخش یا یک خانه از جدول، یا کلیک روی یک میله، مشتریان آن را فهرست می‌کند. کارشناس فروش و فیلد گزینه‌ای، این گزارش را هم مانند گزارش‌های دیگر محدود می‌کنند (آنگاه مشتریان فقط در میان خودشان امتیاز می‌گیرند).</translation>
    </message>
    <message>
        <source>Lead scores</source>
        <translation>امتیاز سرنخ</translation>
    </message>
    <message>
        <source>**The Score column** (right-click the list&apos;s header) shows and sorts it; **More Filters… → Lead score** narrows the list (&quot;at least 50&quot;). The card says which rules gave the points (&quot;Lead score 63 (Decision maker +20, Germany +10, Successful meeting +25, Answered call +7.5)&quot;).</source>
        <translation>**ستون امتیاز** (روی عنوان فهرست راست‌کلیک کنید) آن را نشان می‌دهد و فهرست را بر اساس آن مرتب می‌کند؛ **فیلترهای بیشتر… ← امتیاز سرنخ** فهرست را محدود می‌کند («دست‌کم 50»). کارت نشان می‌دهد کدام قواعد امتیازها را داده‌اند («امتیاز سرنخ 63 (تصمیم‌گیرنده +20، آلمان +10، جلسه موفق +25، تماس پاسخ‌داده‌شده +7.5)»).</translation>
    </message>
    <message>
        <source>**Kept up to date**: a contact added or changed, a call or meeting logged, is scored again at once, also when a script does it; an import, a merge or an undo has everyone scored again in the background, and so does each new day (engagement fades) and each opening of the database.</source>
        <translation>**همیشه به‌روز**: مخاطبی که افزوده یا تغییر داده شود، یا تماس یا جلسه‌ای که برایش ثبت شود، بی‌درنگ دوباره امتیاز می‌گیرد، حتی وقتی این کار را یک اسکریپت انجام دهد؛ پس از درون‌ریزی، ادغام یا واگرد، همه در پس‌زمینه دوباره امتیاز می‌گیرند، و همین‌طور در هر روز تازه (مشارکت کم‌رنگ می‌شود) و هر بار که پایگاه داده باز می‌شود.</translation>
    </message>
    <message>
        <source>**Who to call next**: up to ten people, each with why, customers and leads taking turns. Customers slipping away: those in the RFM segments &quot;Can&apos;t lose them&quot; and &quot;At risk&quot; (see Reports → Customers) whom nobody has called, met or written to for 30 days, &quot;Can&apos;t lose them&quot; first, then those who bought most (&quot;Can&apos;t lose them · Ada Lovelace — 5 orders, the last on 08/01/2026, 5,000.00 EUR in all; never contacted&quot;). Leads: leads and marketing or sales qualified contacts with a lead score above 0 and no next step (no open reminder, no meeting ahead), not yet contacted today, best score first, with the rules that gave the most points (&quot;MQL · Bea Nakamura — score 63: Successful meeting +25, Decision maker +15, Answered call +10; no contact for 12 days&quot;). Enter opens the contact; once you log the call (Ctrl+L) they leave the list.</source>
        <translation>**بعد با چه کسی تماس بگیرید**: حداکثر ده نفر، هر کدام همراه با دلیل، به نوبت از میان مشتریان و سرنخ‌ها. مشتریانی که در حال از دست رفتن‌اند: کسانی از بخش‌های RFM «نباید از دستشان داد» و «در معرض خطر» (گزارش‌ها ← مشتریان را ببینید) که ۳۰ روز است کسی با آن‌ها تماس نگرفته، جلسه نداشته یا برایشان ننوشته است؛ نخست «نباید از دستشان داد»، سپس کسانی که بیشترین خرید را داشته‌اند («نباید از دستشان داد • Ada Lovelace — ۵ سفارش، آخرین بار در ۰۸/۰۱/۲۰۲۶، در مجموع ۵٬۰۰۰٫۰۰ یورو؛ تاکنون بدون ارتباط»). سرنخ‌ها: سرنخ‌ها و مخاطبان واجد شرایط بازاریابی یا فروش که امتیاز سرنخشان بیش از ۰ است و گام بعدی ندارند (نه یادآور بازی، نه جلسه‌ای در پیش) و امروز هنوز با آن‌ها ارتباطی نبوده است، با بهترین امتیاز در ابتدا و همراه با قواعدی که بیشترین امتیاز را داده‌اند («MQL • Bea Nakamura — امتیاز ۶۳: جلسه موفق +۲۵، تصمیم‌گیرنده +۱۵، تماس پاسخ‌داده‌شده +۱۰؛ ۱۲ روز بدون ارتباط»). Enter مخاطب را باز می‌کند؛ همین که تماس را ثبت کنید (Ctrl+L)، از فهرست بیرون می‌روند.</translation>
    </message>
    <message>
        <source>Kontor also moves contacts forward by itself, and the history says which rule did it: a meeting booked makes a lead sales qualified, a deal makes it an opportunity, a won deal a customer. In **File → Settings… → Lifecycle** each rule can be turned off, and you choose the fields whose filling makes a lead marketing or sales qualified (your qualification fields, say); on the **Lead scoring** tab, the lead score at which a lead becomes marketing qualified (see below). A rule never moves anyone back; a deal also brings back a disqualified or inactive contact. Older databases keep their contacts: &quot;qualified&quot; became Sales qualified and &quot;lost&quot; Disqualified.</source>
        <translation>Kontor مخاطبان را خودش هم به جلو می‌برد و سابقه می‌گوید کدام قاعده این کار را کرده است: تعیین جلسه، سرنخ را واجد شرایط فروش می‌کند، معامله آن را فرصت فروش می‌کند و معامله برنده‌شده، مشتری. در **فایل ← تنظیمات… ← چرخه عمر** هر قاعده را می‌توان خاموش کرد و فیلدهایی را برگزید که پر شدنشان سرنخ را واجد شرایط بازاریابی یا فروش می‌کند (مثلاً فیلدهای ارزیابی شما)؛ و در زبانه **امتیازدهی سرنخ**، امتیازی را که سرنخ با رسیدن به آن واجد شرایط بازاریابی می‌شود (پایین‌تر را ببینید). هیچ قاعده‌ای کسی را به عقب نمی‌برد؛ معامله، مخاطب فاقد شرایط یا غیرفعال را هم بازمی‌گرداند. پایگاه‌های داده قدیمی‌تر مخاطبانشان را نگه می‌دارند: «واجد شرایط» به «واجد شرایط فروش» و «ازدست‌رفته» به «فاقد شرایط» تبدیل شد.</translation>
    </message>
    <message>
        <source>**The rules** are in **File → Settings… → Lead scoring**, fit rules above engagement rules, each with what it counts and its points. **Add Starter Rules** puts in a set to begin with (decision makers, reachable contacts, meetings, answered calls, emails, complaints; a new database has none, the demo has them). **Add Fit Rule…** asks for a field, a comparison and a value (title contains &quot;director&quot;, country is &quot;Germany&quot;, a choice field is one of its options, a number at least 50) and the points; **Add Engagement Rule…** for the kind and outcome of interactions, whether they count once if there was one in the last N days or each one with points halving every N days, and the points. A rule without a name is named after what it counts. Double-click (or Enter) changes a rule, the tick box switches it off without losing it, Move Up and Move Down order it within its group, Delete removes it. Each change is saved at once, and Ctrl+Z in the window takes it back; everyone is scored again in the background a moment later. **Rescore Everyone…** does it now, with progress and Cancel (a stop leaves every score as it was).</source>
        <translation>**قواعد** در **فایل ← تنظیمات… ← امتیازدهی سرنخ** هستند، قواعد تناسب بالای قواعد مشارکت، هر کدام با آنچه می‌شمارد و امتیازش. **افزودن قواعد آغازین** مجموعه‌ای برای شروع می‌افزاید (تصمیم‌گیرندگان، مخاطبانِ در دسترس، جلسه‌ها، تماس‌های پاسخ‌داده‌شده، ایمیل‌ها، شکایت‌ها؛ پایگاه داده جدید هیچ قاعده‌ای ندارد و پایگاه داده نمایشی آن‌ها را دارد). **افزودن قاعده تناسب…** یک فیلد، یک مقایسه و یک مقدار (سمت شامل «director»، کشور برابر با «آلمان»، یک فیلد گزینه‌ای برابر با یکی از گزینه‌هایش، عددی دست‌کم 50) و امتیاز را می‌پرسد؛ **افزودن قاعده مشارکت…** نوع و نتیجه تعامل‌ها را، اینکه یک بار شمرده شوند اگر در N روز گذشته یکی بوده باشد یا هر کدام با امتیازی که هر N روز نصف می‌شود، و امتیاز را. قاعده‌ای که نام ندارد، به نام آنچه می‌شمارد نامیده می‌شود. دوبار کلیک (یا Enter) قاعده را تغییر می‌دهد، کادر تیک آن را بی‌آنکه از دست برود خاموش می‌کند، «انتقال به بالا» و «انتقال به پایین» جایش را در گروهش تعیین می‌کنند و «حذف» آن را حذف می‌کند. هر تغییر بی‌درنگ ذخیره می‌شود و Ctrl+Z در همین پنجره آن را برمی‌گرداند؛ اندکی بعد همه در پس‌زمینه دوباره امتیاز می‌گیرند. **امتیازدهی دوباره به همه…** همین کار را اکنون انجام می‌دهد، با نمایش پیشرفت و دکمه «لغو» (توقف، همه امتیازها را همان‌طور که بودند باقی می‌گذارد).</translation>
    </message>
    <message>
        <source>**To MQL at a score**: on the same tab, &quot;A lead becomes marketing qualified at score&quot; (never, or 1 to 100). A lead whose score reaches it moves to Marketing qualified at once, and its history names the rule (&quot;the lead score reached the threshold&quot;); when you lower the threshold, the leads already above it move together, as one step that Ctrl+Z takes back. Only leads move, and only forward.</source>
        <translation>**MQL شدن با یک امتیاز**: در همان زبانه، «سرنخ با رسیدن به این امتیاز واجد شرایط بازاریابی می‌شود» (هرگز، یا 1 تا 100). سرنخی که امتیازش به آن برسد، بی‌درنگ به «واجد شرایط بازاریابی» می‌رود و سابقه‌اش قاعده را نام می‌برد («امتیاز سرنخ به آستانه رسید»)؛ وقتی آستانه را پایین بیاورید، سرنخ‌هایی که از پیش بالای آن هستند با هم جابه‌جا می‌شوند، در یک گام که Ctrl+Z آن را برمی‌گرداند. فقط سرنخ‌ها جابه‌جا می‌شوند، و فقط به جلو.</translation>
    </message>
    <message>
        <source>**More Filters…** filters by any of your own fields, by title, city, region, postal code, date added, last contact, lead score and territory, and by the contact&apos;s company&apos;s industry and fields (&quot;Employees (company)&quot;): a number or an amount between two values, at least or at most; a date on, on or after, on or before, or between two; a choice that is any (or none) of the ones you tick; text that contains, is or is not a word; and any field empty or not. Numbers and dates are typed as everywhere else in Kontor. Each filter becomes a button under the others (&quot;Budget from 1,000.00 EUR to 20,000.00 EUR ×&quot;): a click removes it. All filters hold at once.</source>
        <translation>**فیلترهای بیشتر…** بر اساس هر یک از فیلدهای سفارشی شما، بر اساس سمت، شهر، منطقه، کد پستی، تاریخ افزوده شدن، آخرین ارتباط، امتیاز سرنخ و حوزه فروش، و نیز بر اساس صنعت و فیلدهای شرکتِ مخاطب («کارکنان (شرکت)») فیلتر می‌کند: عدد یا مبلغی بین دو مقدار، دست‌کم یا حداکثر؛ تاریخی در یک روز، در آن روز یا پس از آن، در آن روز یا پیش از آن، یا بین دو تاریخ؛ گزینه‌ای که یکی از گزینه‌های تیک‌زده شما باشد (یا هیچ‌کدام از آن‌ها نباشد)؛ متنی که یک کلمه را در بر داشته باشد، یا برابر آن باشد یا نباشد؛ و خالی بودن یا نبودن هر فیلد. اعداد و تاریخ‌ها همان‌طور تایپ می‌شوند که در جاهای دیگر Kontor. هر فیلتر به دکمه‌ای زیر فیلترهای دیگر تبدیل می‌شود («بودجه از ۱٬۰۰۰٫۰۰ EUR تا ۲۰٬۰۰۰٫۰۰ EUR ×»): با کلیک روی آن، فیلتر حذف می‌شود. همه فیلترها هم‌زمان اعمال می‌شوند.</translation>
    </message>
    <message>
        <source>A lead score (0 to 100) puts the best chances first. It adds up the points of **scoring rules** in two groups: **fit**, who the contact is (a condition on a field, built-in or your own, or on a field of the contact&apos;s company, such as its industry or a company field of your own for its size: title contains &quot;director&quot; +15, country is &quot;Germany&quot; +10, no phone −5, Employees (company) at least 50 +10, territory is &quot;North&quot; +5), and **engagement**, what they did lately (interactions of a kind and outcome: a successful meeting in the last 30 days +25 once, or each answered call +10, halved for every 14 days since it, so that old interest fades; a complaint can take points away). The sum is rounded and kept between 0 and 100; archived interactions count nothing, and a fading rule stops counting after ten halvings.</source>
        <translation>امتیاز سرنخ (0 تا 100) بهترین فرصت‌ها را در صدر می‌گذارد. این امتیاز، امتیازهای **قواعد امتیازدهی** را در دو گروه جمع می‌زند: **تناسب**، اینکه مخاطب کیست (شرطی روی یک فیلد، داخلی یا سفارشی، یا روی فیلدی از شرکتِ مخاطب، مانند صنعت آن یا یک فیلد سفارشی شرکت برای اندازه‌اش: سمت شامل «director» +15، کشور برابر با «آلمان» +10، بدون تلفن −5، کارکنان (شرکت) دست‌کم 50 +10، حوزه فروش برابر با «شمال» +5)، و **مشارکت**، اینکه اخیراً چه کرده است (تعامل‌هایی از یک نوع و با یک نتیجه: یک جلسه موفق در 30 روز گذشته یک‌بار +25، یا هر تماس پاسخ‌داده‌شده +10 که به ازای هر 14 روزی که از آن گذشته نصف می‌شود تا علاقه قدیمی کم‌رنگ شود؛ شکایت می‌تواند امتیاز کم کند). مجموع گرد می‌شود و بین 0 و 100 نگه داشته می‌شود؛ تعامل‌های بایگانی‌شده هیچ امتیازی ندارند، و قاعده‌ای که کم‌رنگ می‌شود پس از ده بار نصف‌شدن دیگر به حساب نمی‌آید.</translation>
    </message>
    <message>
        <source>Sales territories</source>
        <translation>حوزه‌های فروش</translation>
    </message>
    <message>
        <source>A territory gathers the contacts and companies of an area, so that you can see, filter and later assign them by it. Make them in **File → Settings… → Territories** (Alt+E there): **Add Territory…** asks for a name and, each list separated by commas, the **countries** it lies in, and within them **regions** and **postal codes**: a beginning (&quot;10&quot; holds 10115 and 10999) or a range (&quot;20000–29999&quot;, also typed 20000..29999). A contact or company is in a territory when its country is one of its countries (or it names none) and its region or postal code is one of its own (or it names none); countries and regions compare without regard to case, postal codes without case and spaces. When territories overlap, the first in the list has the address: put &quot;Berlin&quot; before &quot;Germany&quot;. As you type, the dialog says how many contacts and companies have an address in it. Double-click (or Enter) changes one, Move Up and Move Down order them, Delete removes one; each change is one step that Ctrl+Z takes back.</source>
        <translation>حوزه فروش، مخاطبان و شرکت‌های یک ناحیه را گرد هم می‌آورد تا بتوانید آن‌ها را بر اساس آن ببینید، فیلتر کنید و بعدها واگذار کنید. حوزه‌ها را در **فایل ← تنظیمات… ← حوزه‌های فروش** بسازید (در آن پنجره با Alt+E): **افزودن حوزه فروش…** یک نام می‌پرسد و نیز، هر فهرست جداشده با ویرگول (,)، **کشورهایی** را که حوزه در آن‌ها قرار دارد و درون آن‌ها **منطقه‌ها** و **کدهای پستی** را: بخش آغازین کد («10» کدهای 10115 و 10999 را در بر می‌گیرد) یا یک بازه («20000–29999» که به شکل 20000..29999 هم تایپ می‌شود). مخاطب یا شرکت در یک حوزه است اگر کشورش یکی از کشورهای آن حوزه باشد (یا حوزه هیچ کشوری را نام نبرد) و منطقه یا کد پستی‌اش یکی از منطقه‌ها یا کدهای پستی خود حوزه باشد (یا حوزه هیچ‌کدام را نام نبرد)؛ کشورها و منطقه‌ها بدون توجه به بزرگی و کوچکی حروف مقایسه می‌شوند، و کدهای پستی بدون توجه به بزرگی و کوچکی حروف و فاصله‌ها. وقتی حوزه‌ها هم‌پوشانی دارند، نشانی به نخستین حوزه در فهرست تعلق می‌گیرد: «برلین» را پیش از «آلمان» بگذارید. هنگام تایپ، پنجره نشان می‌دهد چند مخاطب و شرکت نشانی‌ای در آن حوزه دارند. دوبار کلیک (یا Enter) یک حوزه را تغییر می‌دهد، «انتقال به بالا» و «انتقال به پایین» ترتیب حوزه‌ها را تعیین می‌کنند و کلید Delete یکی را حذف می‌کند؛ هر تغییر یک گام است که Ctrl+Z آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>**On the Contacts list**: the **Territory** column (right-click the header) names each contact&apos;s territory, worked out from the address as it is now; **More Filters… → Territory** narrows the list to one or more of them (or to those in none: &quot;is empty&quot;).</source>
        <translation>**در فهرست مخاطبان**: ستون **حوزه فروش** (روی عنوان فهرست راست‌کلیک کنید) حوزه فروش هر مخاطب را نشان می‌دهد که از نشانی کنونی او به دست می‌آید؛ **فیلترهای بیشتر… ← حوزه فروش** فهرست را به یک یا چند حوزه محدود می‌کند (یا به مخاطبانی که در هیچ حوزه‌ای نیستند: «خالی است»).</translation>
    </message>
    <message>
        <source>**In lead scoring**: a fit rule can ask for a territory (&quot;Territory is one of North&quot;).</source>
        <translation>**در امتیازدهی سرنخ**: یک قاعده تناسب می‌تواند حوزه فروش را شرط کند («حوزه فروش یکی از شمال»).</translation>
    </message>
    <message>
        <source>Contacts without an address of their own are in no territory (their company&apos;s address does not count for them).</source>
        <translation>مخاطبانی که نشانی خودشان را ندارند در هیچ حوزه فروشی نیستند (نشانی شرکتشان برای آن‌ها به حساب نمی‌آید).</translation>
    </message>
    <message>
        <source>**On the Companies page**: a Territory column, and beside the search a choice of territory that lists its companies by name, branches among them (&quot;In no territory&quot;: those in none; &quot;All territories&quot;: the tree again). Both show once there are territories.</source>
        <translation>**در صفحه شرکت‌ها**: ستون «حوزه فروش»، و در کنار کادر جست‌وجو انتخاب حوزه فروش، که شرکت‌های آن حوزه را، شعبه‌ها هم در میانشان، به ترتیب نام فهرست می‌کند («بدون حوزه فروش»: شرکت‌هایی که در هیچ حوزه‌ای نیستند؛ «همه حوزه‌های فروش»: دوباره نمای درختی). هر دو از زمانی نمایان می‌شوند که حوزه فروشی وجود داشته باشد.</translation>
    </message>
    <message>
        <source>Select with Shift or Ctrl (or Ctrl+A), then **Change Selected** above the list (or the list&apos;s context menu): set the owner, give them owners by the assignment rules (**Apply Assignment Rules…**, see &quot;Who gets a new contact&quot;), set the stage, add a tag, set one of your own fields (**Set Field…**: the field, then its value in the editor of its type; left empty, it empties the field), or archive them, in one step that Ctrl+Z takes back. One change takes at most 5,000 contacts; the filters narrow the list.</source>
        <translation>با Shift یا Ctrl (یا Ctrl+A) انتخاب کنید، سپس **تغییر موارد انتخاب‌شده** را در بالای فهرست (یا در منوی راست‌کلیک فهرست) بزنید: تعیین مسئول، دادن مسئول به آن‌ها بر اساس قواعد واگذاری (**اعمال قواعد واگذاری…**، بخش «چه کسی مخاطب جدید را می‌گیرد» را ببینید)، تعیین مرحله، افزودن برچسب، تعیین یکی از فیلدهای سفارشی شما (**تعیین فیلد…**: ابتدا فیلد، سپس مقدار آن در ویرایشگر متناسب با نوعش؛ اگر خالی بماند، فیلد خالی می‌شود) یا بایگانی، همه در یک گام که Ctrl+Z آن را برمی‌گرداند. هر تغییر حداکثر ۵٬۰۰۰ مخاطب را در بر می‌گیرد؛ با فیلترها فهرست را محدود کنید.</translation>
    </message>
    <message>
        <source>**In the reports**: the box beside the salesperson on the Reports page offers each territory (&quot;Territory: North&quot;) and &quot;In no territory&quot;. Every report then counts the contacts in it, their calls and meetings, and their deals; a deal without a contact counts where its company is. A printed or PDF report names the territory under its title.</source>
        <translation>**در گزارش‌ها**: کادر کنار کارشناس فروش در صفحه گزارش‌ها، هر حوزه فروش («حوزه فروش: شمال») و «بدون حوزه فروش» را پیشنهاد می‌کند. آن‌گاه هر گزارش، مخاطبان آن حوزه، تماس‌ها و جلسه‌هایشان و معاملاتشان را می‌شمارد؛ معامله‌ای که مخاطب ندارد، در حوزه‌ای شمرده می‌شود که شرکتش در آن است. گزارش چاپی یا PDF نام حوزه فروش را زیر عنوانش می‌آورد.</translation>
    </message>
    <message>
        <source>Who gets a new contact: assignment rules</source>
        <translation>چه کسی مخاطب جدید را می‌گیرد: قواعد واگذاری</translation>
    </message>
    <message>
        <source>Assignment rules give a new contact an owner by themselves, so that a lead from Bavaria reaches the salesperson for the south without anyone sorting. Make them in **File → Settings… → Assignment** (Alt+M there). **Add Rule…** asks for:</source>
        <translation>قواعد واگذاری خودشان به مخاطب جدید مسئول می‌دهند، تا سرنخی از بایرن بی‌آنکه کسی آن را دسته‌بندی کند به کارشناس فروش جنوب برسد. آن‌ها را در **فایل ← تنظیمات… ← واگذاری** بسازید (در آن پنجره با Alt+M). **افزودن قاعده…** این موارد را می‌پرسد:</translation>
    </message>
    <message>
        <source>a **name** (left empty, the rule is named after what it does: &quot;Country is “Germany” to Anna&quot;);</source>
        <translation>یک **نام** (اگر خالی بماند، قاعده به نام کاری که انجام می‌دهد نامیده می‌شود: «کشور برابر «آلمان»، به Anna»)؛</translation>
    </message>
    <message>
        <source>**conditions**, all of which must hold (**Add Condition…** offers the fields of More Filters and of scoring rules: territory, country, region, postal code, title, lead source, the company&apos;s industry, size and fields, and your own fields); none means every contact;</source>
        <translation>**شرط‌ها**، که همه باید برقرار باشند (**افزودن شرط…** فیلدهای «فیلترهای بیشتر» و قواعد امتیازدهی را پیشنهاد می‌کند: حوزه فروش، کشور، منطقه، کد پستی، سمت، منبع سرنخ، صنعت، اندازه و فیلدهای شرکت، و فیلدهای سفارشی شما)؛ بدون هیچ شرطی، یعنی همه مخاطبان؛</translation>
    </message>
    <message>
        <source>whom to **give** the contact to: **one salesperson**; **the owner of the contact&apos;s company** (the rule holds only for contacts whose company has an owner); **salespeople in turn** (round robin: each gets the next contact, the turn kept in the database, so it stays fair after a restart and between the window and scripts); or **the salesperson with the fewest open deals** (deals not won, lost or archived; among contacts given out together, each counts as one more; on a tie, the first in the list).</source>
        <translation>اینکه مخاطب به چه کسی **واگذار شود**: **یک کارشناس فروش**؛ **مسئول شرکتِ مخاطب** (قاعده فقط برای مخاطبانی برقرار است که شرکتشان مسئول دارد)؛ **کارشناسان فروش به نوبت** (چرخشی: هر کدام مخاطب بعدی را می‌گیرد و نوبت در پایگاه داده نگه داشته می‌شود، پس پس از راه‌اندازی دوباره و میان پنجره برنامه و اسکریپت‌ها هم منصفانه می‌ماند)؛ یا **کارشناس فروشی که کمترین معامله باز را دارد** (معاملاتی که برنده، ازدست‌رفته یا بایگانی نشده‌اند؛ میان مخاطبانی که با هم واگذار می‌شوند، هر مخاطبِ واگذارشده یک معامله بیشتر به حساب می‌آید؛ در صورت برابری، نخستین نفر در فهرست).</translation>
    </message>
    <message>
        <source>**For contacts you already have**: select them, then **Change Selected → Apply Assignment Rules…**. Kontor first says how many change owner, by which rule and to whom (&quot;• South: 12 to Ben&quot;); OK changes them as one step that Ctrl+Z takes back. Contacts a group rule holds for keep their owner when it is already one of the group, so applying the rules again moves nobody.</source>
        <translation>**برای مخاطبانی که از قبل دارید**: آن‌ها را انتخاب کنید، سپس **تغییر موارد انتخاب‌شده ← اعمال قواعد واگذاری…** را بزنید. Kontor ابتدا می‌گوید مسئول چند مخاطب، با کدام قاعده و به چه کسی تغییر می‌کند («• جنوب: ۱۲ به Ben»)؛ «تأیید» آن‌ها را در یک گام تغییر می‌دهد که Ctrl+Z آن را برمی‌گرداند. مخاطبانی که یک قاعده گروهی برایشان برقرار است، اگر مسئولشان از قبل یکی از اعضای گروه باشد، همان مسئول را نگه می‌دارند؛ پس اعمال دوباره قواعد، کسی را جابه‌جا نمی‌کند.</translation>
    </message>
    <message>
        <source>**The change history** of each contact (Changes… in the contact&apos;s dialog) says &quot;Owner given by the assignment rule “South”&quot; under the owner it changed.</source>
        <translation>**تاریخچه تغییرات** هر مخاطب (تغییرات… در پنجره مخاطب) زیر مسئولی که تغییر داده شده، «مسئول تعیین‌شده با قاعده واگذاری «جنوب»» را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>The Reports page (Ctrl+6) answers the manager&apos;s questions: pick a period (this week, last week, this month, last month, this quarter, last quarter, this year, or a custom range; weeks start on the first day of the week of your language settings, and days at your local midnight) and, if you like, one salesperson and one answer of a choice field of your own (&quot;Industry: Retail&quot;, shown once you have such a field) or a sales territory (&quot;Territory: North&quot;, see &quot;Sales territories&quot;). That answer narrows every report: a contact&apos;s field to those contacts, their calls and meetings and their deals; a company&apos;s field to the people and deals of those companies; a deal&apos;s field to those deals, and to the calls and meetings of the people who have one. Campaign spend is not split by record, so a narrowed lead source report leaves spend, costs and ROI out; on a very large database a narrowed report counts from the records themselves and may take a moment longer. Each report is a chart beside a table (on a small window, where they do not fit side by side, the table below the chart: its figures are never cut, a long name is, and its tooltip has it whole); hold the mouse over a column header or a figure for what it counts. The page works out what it shows when you look at it, so it is always up to date.</source>
        <translation>صفحه گزارش‌ها (Ctrl+6) به پرسش‌های مدیر پاسخ می‌دهد: یک دوره انتخاب کنید (این هفته، هفته گذشته، این ماه، ماه گذشته، این فصل، فصل گذشته، امسال، یا بازه دلخواه؛ هفته‌ها از نخستین روز هفته در تنظیمات زبان شما و روزها از نیمه‌شب به وقت محلی آغاز می‌شوند) و در صورت تمایل، یک کارشناس فروش و یک گزینه از یکی از فیلدهای گزینه‌ای سفارشی خودتان («صنعت: خرده‌فروشی»، که وقتی چنین فیلدی داشته باشید نمایش داده می‌شود) یا یک حوزه فروش («حوزه فروش: شمال»، بخش «حوزه‌های فروش» را ببینید). این گزینه همه گزارش‌ها را محدود می‌کند: فیلد مخاطب، به همان مخاطبان، تماس‌ها و جلسه‌هایشان و معاملاتشان؛ فیلد شرکت، به افراد و معاملات آن شرکت‌ها؛ فیلد معامله، به همان معاملات و به تماس‌ها و جلسه‌های افرادی که چنین معامله‌ای دارند. هزینه کمپین بر حسب رکورد تقسیم نمی‌شود، پس گزارش منابع سرنخ در حالت محدودشده، هزینه، هزینه هر سرنخ و هر مشتری و بازده را کنار می‌گذارد؛ در پایگاه داده بسیار بزرگ، گزارش محدودشده از روی خود رکوردها شمرده می‌شود و ممکن است کمی بیشتر طول بکشد. هر گزارش یک نمودار در کنار یک جدول است (در پنجره کوچک که جای کنار هم بودنشان نیست، جدول زیر نمودار می‌آید: ارقام آن هرگز بریده نمی‌شوند، اما نام طولانی ممکن است بریده شود و نام کامل با نگه داشتن نشانگر موس روی آن دیده می‌شود)؛ نشانگر موس را روی عنوان یک ستون یا یک رقم نگه دارید تا ببینید چه چیزی را می‌شمارد. صفحه هر بار که به آن نگاه می‌کنید محتوای خود را محاسبه می‌کند، پس همیشه به‌روز است.</translation>
    </message>
    <message>
        <source>**Lead scoring**, **Territories** and **Assignment**: see &quot;Lead scores&quot;, &quot;Sales territories&quot; and &quot;Who gets a new contact&quot;.</source>
        <translation>**امتیازدهی سرنخ**، **حوزه‌های فروش** و **واگذاری**: بخش‌های «امتیاز سرنخ»، «حوزه‌های فروش» و «چه کسی مخاطب جدید را می‌گیرد» را ببینید.</translation>
    </message>
    <message>
        <source>The first rule in the list whose conditions a contact meets gives it its owner; a contact no rule holds for keeps none. Salespeople who have been removed get nothing: a group without anyone left is passed over, and so is a rule that asks for a territory or field removed since, until you change it. The tick switches a rule off; Move Up and Move Down order them; each change is one step that Ctrl+Z takes back.</source>
        <translation>نخستین قاعده در فهرست که مخاطب شرط‌هایش را برآورده کند، مسئول او را تعیین می‌کند؛ مخاطبی که هیچ قاعده‌ای برایش برقرار نباشد، بدون مسئول می‌ماند. کارشناسان فروشی که حذف شده‌اند چیزی نمی‌گیرند: گروهی که کسی در آن نمانده باشد، نادیده گرفته می‌شود، و همین‌طور قاعده‌ای که حوزه فروش یا فیلدی را می‌خواهد که از آن پس حذف شده است، تا زمانی که آن را تغییر دهید. کادر تیک، قاعده را غیرفعال می‌کند؛ «انتقال به بالا» و «انتقال به پایین» ترتیب قواعد را تعیین می‌کنند؛ هر تغییر یک گام است که Ctrl+Z آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>**When**: a contact added without an owner, in the window (its Owner box says **By the assignment rules** once there are rules), by an import, or by a script that names no owner. A contact given an owner keeps it. A company typed in for a new contact, and made with it, gets the same owner.</source>
        <translation>**چه وقت**: وقتی مخاطبی بدون مسئول افزوده شود، چه در پنجره برنامه (وقتی قاعده‌ای وجود داشته باشد، کادر «مسئول» آن **بر اساس قواعد واگذاری** را نشان می‌دهد)، چه با درون‌ریزی، چه با اسکریپتی که مسئولی را نام نمی‌برد. مخاطبی که مسئولی به او داده شده، همان مسئول را نگه می‌دارد. شرکتی که برای مخاطب جدید تایپ شود و همراه با آن ساخته شود، همان مسئول را می‌گیرد.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The database has no users.</source>
        <translation>پایگاه داده هیچ کاربری ندارد.</translation>
    </message>
    <message>
        <source>There is no salesperson “%1”; there are: %2.</source>
        <translation>کارشناس فروشی به نام «%1» وجود ندارد؛ کارشناسان موجود: %2.</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>کاربر باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>کاربر ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The user could not be renamed: %1</source>
        <translation>نام کاربر تغییر داده نشد: %1</translation>
    </message>
</context>
<context>
    <name>VCards</name>
    <message>
        <source>the birthday “%1” has no year or is not a date; it was left out.</source>
        <translation>تاریخ تولد «%1» سال ندارد یا تاریخ نیست؛ کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the character set “%1” is not known; the text was read as UTF-8.</source>
        <translation>مجموعه نویسه «%1» شناخته‌شده نیست؛ متن به‌صورت UTF-8 خوانده شد.</translation>
    </message>
</context>
<context>
    <name>WalCheckpointer</name>
    <message>
        <source>Checkpoints in the background are not available here.</source>
        <translation>نقطه‌های وارسی در پس‌زمینه اینجا در دسترس نیستند.</translation>
    </message>
</context>
<context>
    <name>WeeklyStats</name>
    <message>
        <source>The weekly figures could not be computed: %1</source>
        <translation>ارقام هفتگی محاسبه نشدند: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ActivityReportView</name>
    <message>
        <source>Salesperson</source>
        <translation>کارشناس فروش</translation>
    </message>
    <message>
        <source>Who logged the interactions or made the moves.</source>
        <translation>کسی که تعامل‌ها را ثبت کرد یا معاملات را جابه‌جا کرد.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>The week&apos;s first day; “Total” for the whole period.</source>
        <translation>نخستین روز هفته؛ «جمع» برای کل دوره.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Calls the salesperson logged.</source>
        <translation>تماس‌هایی که کارشناس فروش ثبت کرد.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Meetings the salesperson logged.</source>
        <translation>جلسه‌هایی که کارشناس فروش ثبت کرد.</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Emails the salesperson logged.</source>
        <translation>ایمیل‌هایی که کارشناس فروش ثبت کرد.</translation>
    </message>
    <message>
        <source>Deals moved</source>
        <translation>معاملات جابه‌جاشده</translation>
    </message>
    <message>
        <source>Stage changes the salesperson made.</source>
        <translation>تغییر مرحله‌هایی که کارشناس فروش انجام داد.</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>معاملات برنده‌شده</translation>
    </message>
    <message>
        <source>The salesperson&apos;s deals moved to Won.</source>
        <translation>معاملات کارشناس فروش که به «برنده‌شده» منتقل شدند.</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>all weeks of the period</comment>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Activity per salesperson</source>
        <translation>فعالیت هر کارشناس فروش</translation>
    </message>
    <message>
        <source>Nobody logged anything in this period: log calls, meetings and emails with Ctrl+L, or choose a longer period.</source>
        <translation>در این دوره کسی چیزی ثبت نکرده است: تماس‌ها، جلسه‌ها و ایمیل‌ها را با Ctrl+L ثبت کنید، یا دوره طولانی‌تری انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n salesperson(s) active in the period.</source>
        <translation>
            <numerusform>%Ln کارشناس فروش در این دوره فعال بوده‌اند.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <translation>%1: %2، %3 تا %4</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ArchiveDialog</name>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>What to show</source>
        <translation>چه چیزی نمایش داده شود</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>جست‌وجو در بایگانی</translation>
    </message>
    <message>
        <source>Part of a name or title</source>
        <translation>بخشی از یک نام یا عنوان</translation>
    </message>
    <message>
        <source>Archived records</source>
        <translation>رکوردهای بایگانی‌شده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>با&amp;زیابی</translation>
    </message>
    <message>
        <source>Back into lists, search and totals (Enter)</source>
        <translation>بازگشت به فهرست‌ها، جست‌وجو و جمع‌ها (Enter)</translation>
    </message>
    <message>
        <source>&amp;Changes…</source>
        <translation>تغییر&amp;ات…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>نمایش (&amp;S):</translation>
    </message>
    <message>
        <source>Nothing in the archive matches “%1”.</source>
        <translation>هیچ چیز در بایگانی با «%1» جور نیست.</translation>
    </message>
    <message>
        <source>No archived contacts. A contact you archive waits here until you restore it.</source>
        <translation>مخاطب بایگانی‌شده‌ای وجود ندارد. مخاطبی که بایگانی کنید تا زمان بازیابی اینجا می‌ماند.</translation>
    </message>
    <message>
        <source>No archived companies. A company you archive waits here until you restore it.</source>
        <translation>شرکت بایگانی‌شده‌ای وجود ندارد. شرکتی که بایگانی کنید تا زمان بازیابی اینجا می‌ماند.</translation>
    </message>
    <message>
        <source>No archived deals. A deal you archive waits here until you restore it.</source>
        <translation>معامله بایگانی‌شده‌ای وجود ندارد. معامله‌ای که بایگانی کنید تا زمان بازیابی اینجا می‌ماند.</translation>
    </message>
    <message>
        <source>No deleted reminders. A reminder you delete waits here until you restore it.</source>
        <translation>یادآور حذف‌شده‌ای وجود ندارد. یادآوری که حذف کنید تا زمان بازیابی اینجا می‌ماند.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AssignmentRuleDialog</name>
    <message>
        <source>Add Assignment Rule</source>
        <translation>افزودن قاعده واگذاری</translation>
    </message>
    <message>
        <source>Assignment Rule</source>
        <translation>قاعده واگذاری</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Such as “North leads to Anna”</source>
        <translation>مانند «سرنخ‌های شمال به Anna»</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>شرط‌ها</translation>
    </message>
    <message>
        <source>Add &amp;Condition…</source>
        <translation>افزودن شرط (&amp;C)…</translation>
    </message>
    <message>
        <source>R&amp;emove Condition</source>
        <translation>حذف شرط (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;When all hold:</source>
        <translation>وقتی همه برقرارند (&amp;W):</translation>
    </message>
    <message>
        <source>One salesperson</source>
        <translation>یک کارشناس فروش</translation>
    </message>
    <message>
        <source>The owner of the contact&apos;s company</source>
        <translation>مسئول شرکتِ مخاطب</translation>
    </message>
    <message>
        <source>Salespeople in turn (round robin)</source>
        <translation>کارشناسان فروش به نوبت (چرخشی)</translation>
    </message>
    <message>
        <source>The salesperson with the fewest open deals</source>
        <translation>کارشناس فروشی که کمترین معامله باز را دارد</translation>
    </message>
    <message>
        <source>&amp;Give to:</source>
        <translation>واگذاری به (&amp;G):</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>کارشناسان فروش</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>کارشناس فروش (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Salespeople:</source>
        <translation>کارشناسان فروش (&amp;P):</translation>
    </message>
    <message>
        <source>A new contact without an owner gets one from the first rule, in the list&apos;s order, whose conditions it meets.</source>
        <translation>مخاطب جدیدِ بدون مسئول، مسئولش را از نخستین قاعده‌ای، به ترتیب فهرست، می‌گیرد که شرط‌هایش را برآورده کند.</translation>
    </message>
    <message>
        <source>Every contact (no condition)</source>
        <translation>همه مخاطبان (بدون شرط)</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>افزودن شرط</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>شرط</translation>
    </message>
    <message>
        <source>Everyone to %1</source>
        <translation>همه به %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>conditions to a salesperson</comment>
        <translation>%1، به %2</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation> و </translation>
    </message>
    <message>
        <source>(gone)</source>
        <comment>a salesperson since removed</comment>
        <translation>(حذف‌شده)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between salespeople</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>the company&apos;s owner</source>
        <translation>مسئول شرکت</translation>
    </message>
    <message>
        <source>%1 in turn</source>
        <translation>%1 به نوبت</translation>
    </message>
    <message>
        <source>whoever of %1 has the fewest open deals</source>
        <translation>هر کدام از %1 که کمترین معامله باز را دارد</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AssignmentSettingsPage</name>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>افزودن قاعده (&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>ویرایش (&amp;I)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>حذف (&amp;V)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>انتقال به بالا (&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>انتقال به پایین (&amp;D)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>قاعده</translation>
    </message>
    <message>
        <source>When</source>
        <translation>شرط</translation>
    </message>
    <message>
        <source>Gives the contact to</source>
        <translation>واگذاری مخاطب به</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>قواعد واگذاری</translation>
    </message>
    <message>
        <source>A new contact without an owner, added here, imported or added by a script, gets one from the first rule, in this order, whose conditions it meets; a contact no rule holds for stays without one. Contacts → select → Apply Assignment Rules… applies them to contacts you already have. The tick switches a rule off.</source>
        <translation>مخاطب جدیدِ بدون مسئول، چه اینجا افزوده شود، چه درون‌ریزی شود و چه با اسکریپت افزوده شود، مسئولش را از نخستین قاعده‌ای، به همین ترتیب، می‌گیرد که شرط‌هایش را برآورده کند؛ مخاطبی که هیچ قاعده‌ای برایش برقرار نباشد، بدون مسئول می‌ماند. «مخاطبان ← انتخاب ← اعمال قواعد واگذاری…» قواعد را بر مخاطبانی که از قبل دارید اعمال می‌کند. کادر تیک، قاعده را غیرفعال می‌کند.</translation>
    </message>
    <message>
        <source>every contact</source>
        <translation>همه مخاطبان</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation> و </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ChangeHistoryDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی شد</translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation>از بایگانی بازیابی شد</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>برچسب افزوده شد: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>برچسب حذف شد: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ‏←‏ %3</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>تغییرات %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>چه چیزی تغییر کرد</translation>
    </message>
    <message>
        <source>No changes recorded. Changes are recorded from schema 4 on; records of the demo data start without any.</source>
        <translation>تغییری ثبت نشده است. تغییرات از طرح‌واره ۴ به بعد ثبت می‌شوند؛ رکوردهای داده‌های نمایشی بدون تغییر ثبت‌شده آغاز می‌شوند.</translation>
    </message>
    <message>
        <source>Chan&amp;ges…</source>
        <translation>تغییر&amp;ات…</translation>
    </message>
    <message>
        <source>A field that no longer exists changed.</source>
        <translation>فیلدی که دیگر وجود ندارد تغییر کرد.</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 افزوده شد: %2</translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation>%1 حذف شد: %2</translation>
    </message>
    <message>
        <source>Owner given by the assignment rule “%1”</source>
        <translation>مسئول تعیین‌شده با قاعده واگذاری «%1»</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompaniesPage</name>
    <message>
        <source>Search companies</source>
        <translation>جست‌وجوی شرکت‌ها</translation>
    </message>
    <message>
        <source>Search companies…</source>
        <translation>جست‌وجوی شرکت‌ها…</translation>
    </message>
    <message>
        <source>Companies and their branches</source>
        <translation>شرکت‌ها و شعبه‌هایشان</translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation>شرکت جدید (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>Add &amp;Branch…</source>
        <translation>افزودن شعبه (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>بایگانی (&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>تغییرات (&amp;H)…</translation>
    </message>
    <message>
        <source>Include &amp;branches</source>
        <translation>همراه با شعبه‌ها (&amp;I)</translation>
    </message>
    <message>
        <source>People at the company</source>
        <translation>افراد شرکت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین ارتباط</translation>
    </message>
    <message>
        <source>Deals of the company</source>
        <translation>معاملات شرکت</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بستن مورد انتظار</translation>
    </message>
    <message>
        <source>History of the company</source>
        <translation>سابقه شرکت</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Nobody here yet: add a contact and type this company&apos;s name as theirs.</source>
        <translation>هنوز کسی اینجا نیست: یک مخاطب بیفزایید و نام این شرکت را به‌عنوان شرکت او وارد کنید.</translation>
    </message>
    <message>
        <source>No deals yet: add one with Ctrl+Shift+N and choose this company.</source>
        <translation>هنوز معامله‌ای نیست: با Ctrl+Shift+N یکی بیفزایید و این شرکت را انتخاب کنید.</translation>
    </message>
    <message>
        <source>No calls or meetings yet: select a person and log one with Ctrl+L.</source>
        <translation>هنوز تماس یا جلسه‌ای نیست: فردی را انتخاب کنید و با Ctrl+L یکی ثبت کنید.</translation>
    </message>
    <message>
        <source>No companies yet.

Add one with “New Company…”, or type a company when you add a contact: it is created with the contact.</source>
        <translation>هنوز شرکتی وجود ندارد.

با «شرکت جدید…» یکی بیفزایید، یا هنگام افزودن مخاطب نام شرکت را وارد کنید: شرکت همراه مخاطب ساخته می‌شود.</translation>
    </message>
    <message>
        <source>Select a company to see its people, deals and history.</source>
        <translation>یک شرکت را انتخاب کنید تا افراد، معاملات و سابقه آن را ببینید.</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>دفتر مرکزی</translation>
    </message>
    <message>
        <source>Branch of %1</source>
        <translation>شعبه %1</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>افراد (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>معاملات (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>سابقه (%1)</translation>
    </message>
    <message>
        <source>Company added.</source>
        <translation>شرکت افزوده شد.</translation>
    </message>
    <message>
        <source>Branch added.</source>
        <translation>شعبه افزوده شد.</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation>شرکت ذخیره شد.</translation>
    </message>
    <message>
        <source>Archive Company</source>
        <translation>بایگانی شرکت</translation>
    </message>
    <message>
        <source>Archive %1? It leaves the list and search; its people, deals and history stay.</source>
        <translation>%1 بایگانی شود؟ از فهرست و جست‌وجو خارج می‌شود؛ افراد، معاملات و سابقه آن باقی می‌مانند.</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>حوزه فروش</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>همه حوزه‌های فروش</translation>
    </message>
    <message>
        <source>In no territory</source>
        <translation>بدون حوزه فروش</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyDialog</name>
    <message>
        <source>Edit Company</source>
        <translation>ویرایش شرکت</translation>
    </message>
    <message>
        <source>New Branch</source>
        <translation>شعبه جدید</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>دفتر مرکزی</translation>
    </message>
    <message>
        <source>Empty for a head office; type to pick</source>
        <translation>برای دفتر مرکزی خالی بگذارید؛ برای انتخاب تایپ کنید</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نا&amp;م:</translation>
    </message>
    <message>
        <source>&amp;Head office:</source>
        <translation>&amp;دفتر مرکزی:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>صنعت (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;وب‌سایت:</translation>
    </message>
    <message>
        <source>&amp;Phone, email:</source>
        <translation>تلفن، &amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>خیابا&amp;ن:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>شهر (&amp;P):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>یادداشت‌ها (&amp;O):</translation>
    </message>
    <message>
        <source>There is no company called “%1”: pick the head office from the list.</source>
        <translation>شرکتی به نام «%1» وجود ندارد: دفتر مرکزی را از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyPicker</name>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Type to pick a company</source>
        <translation>برای انتخاب شرکت تایپ کنید</translation>
    </message>
    <message>
        <source>Several or no companies match “%1”: pick one from the list.</source>
        <translation>چند شرکت یا هیچ شرکتی با «%1» جور نیست: یکی را از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyTreeModel</name>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>حوزه فروش</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactCard</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>ثبت تعامل (&amp;L)…</translation>
    </message>
    <message>
        <source>Log a call, meeting, email or note (Ctrl+L)</source>
        <translation>ثبت تماس، جلسه، ایمیل یا یادداشت (Ctrl+L)</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>معامله جدید (&amp;D)…</translation>
    </message>
    <message>
        <source>Something this contact may buy, for the pipeline (Ctrl+Shift+N)</source>
        <translation>چیزی که این مخاطب ممکن است بخرد، برای پایپ‌لاین (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>تغییرات (&amp;H)…</translation>
    </message>
    <message>
        <source>What was changed in this contact, when and by whom</source>
        <translation>چه چیزی در این مخاطب، چه زمانی و توسط چه کسی تغییر کرد</translation>
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation>علامت‌گذاری به‌عنوان حل‌شده (&amp;R)</translation>
    </message>
    <message>
        <source>The newest open complaint is resolved now</source>
        <translation>جدیدترین شکایت باز اکنون حل‌شده است</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>Interaction history</source>
        <translation>سابقه تعامل‌ها</translation>
    </message>
    <message>
        <source>No history yet: log a call, meeting or note with Ctrl+L.</source>
        <translation>هنوز سابقه‌ای نیست: با Ctrl+L یک تماس، جلسه یا یادداشت ثبت کنید.</translation>
    </message>
    <message>
        <source>Resolve or Reopen Complaint</source>
        <translation>حل کردن یا بازگشایی شکایت</translation>
    </message>
    <message>
        <source>No contacts here yet.

Add one with Ctrl+N, clear the search or filter, or try the demo database: Help&#xa0;→&#xa0;Open&#xa0;Demo&#xa0;Database.</source>
        <translation>هنوز مخاطبی اینجا نیست.

با Ctrl+N یکی بیفزایید، جست‌وجو یا فیلتر را پاک کنید، یا پایگاه داده نمایشی را امتحان کنید: راهنما ← باز کردن پایگاه داده نمایشی.</translation>
    </message>
    <message>
        <source>Select a contact to see its details and history.</source>
        <translation>یک مخاطب را انتخاب کنید تا جزئیات و سابقه آن را ببینید.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Email (%1)</source>
        <translation>ایمیل (%1)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation>تلفن (%1)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین ارتباط</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>گام بعدی</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open complaint(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln شکایت باز&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>از %1: %2</translation>
    </message>
    <message>
        <source>work</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>کار</translation>
    </message>
    <message>
        <source>home</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>منزل</translation>
    </message>
    <message>
        <source>mobile</source>
        <comment>a phone number&apos;s label</comment>
        <translation>همراه</translation>
    </message>
    <message>
        <source>fax</source>
        <comment>a phone number&apos;s label</comment>
        <translation>فکس</translation>
    </message>
    <message>
        <source>other</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>دیگر</translation>
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
        <translation>امتیاز سرنخ</translation>
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
        <translation>ویرایش مخاطب</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Type to pick or add a company</source>
        <translation>برای انتخاب یا افزودن شرکت تایپ کنید</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>ایمیل دوم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+44 20 7946 0958</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, newsletter</source>
        <translation>جداشده با ویرگول لاتین (,)، مانند vip, newsletter</translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation>یادآوری ارتباط هر</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>بدون یادآور</translation>
    </message>
    <message>
        <source>Today lists the contact when this many days pass without a call, meeting or note.</source>
        <translation>وقتی این تعداد روز بدون تماس، جلسه یا یادداشت بگذرد، صفحه «امروز» این مخاطب را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نا&amp;م:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>شرکت (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>سمت (&amp;J):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>تلفن (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>تا&amp;ریخ تولد:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>خیابا&amp;ن:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>شهر (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>منطقه (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation>منبع سرنخ (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>مسئو&amp;ل:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>برچسب‌ها (&amp;A):</translation>
    </message>
    <message>
        <source>Stay in &amp;touch every:</source>
        <translation>یادآوری ارتباط هر (&amp;T):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>یادداشت‌ها (&amp;O):</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>مرحله چرخه عمر</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <comment>lifecycle stage</comment>
        <translation>مرحله (&amp;T):</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>چرا؟</translation>
    </message>
    <message>
        <source>Why is %1 disqualified?</source>
        <translation>چرا %1 فاقد شرایط است؟</translation>
    </message>
    <message>
        <source>Why does %1 go back to %2?</source>
        <translation>چرا %1 به %2 بازمی‌گردد؟</translation>
    </message>
    <message>
        <source>By the assignment rules</source>
        <translation>بر اساس قواعد واگذاری</translation>
    </message>
    <message>
        <source>Nobody</source>
        <comment>no owner</comment>
        <translation>هیچ‌کس</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactFilterBar</name>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>فیلتر مسئول</translation>
    </message>
    <message>
        <source>Lead source filter</source>
        <translation>فیلتر منبع سرنخ</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>فیلتر برچسب</translation>
    </message>
    <message>
        <source>Last contact filter</source>
        <translation>فیلتر آخرین ارتباط</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>آخرین ارتباط: همه</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>%Ln روز بدون ارتباط</numerusform>
        </translation>
    </message>
    <message>
        <source>Data problem filter</source>
        <translation>فیلتر مشکلات داده</translation>
    </message>
    <message>
        <source>Any data</source>
        <translation>همه داده‌ها</translation>
    </message>
    <message>
        <source>No email and no phone</source>
        <translation>بدون ایمیل و بدون تلفن</translation>
    </message>
    <message>
        <source>Email that is not one</source>
        <translation>ایمیل نامعتبر</translation>
    </message>
    <message>
        <source>Phone number not valid</source>
        <translation>شماره تلفن نامعتبر</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>بدون منبع سرنخ</translation>
    </message>
    <message>
        <source>Import filter</source>
        <translation>فیلتر درون‌ریزی</translation>
    </message>
    <message>
        <source>From any import</source>
        <translation>از هر درون‌ریزی</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>همه مسئولان</translation>
    </message>
    <message>
        <source>All lead sources</source>
        <translation>همه منابع سرنخ</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>همه برچسب‌ها</translation>
    </message>
    <message>
        <source>From import %1</source>
        <translation>از درون‌ریزی %1</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>فیلتر مرحله</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>همه مراحل</translation>
    </message>
    <message>
        <source>More Filters…</source>
        <translation>فیلترهای بیشتر…</translation>
    </message>
    <message>
        <source>Filter by any field: a range of amounts, dates, choices, text</source>
        <translation>فیلتر بر اساس هر فیلدی: بازه‌ای از مبالغ، تاریخ‌ها، گزینه‌ها، متن</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>حذف این فیلتر</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>حذف فیلتر %1</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <comment>an RFM segment</comment>
        <translation>مشتریان: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactListModel</name>
    <message>
        <source>The contacts could not be counted.</source>
        <translation>مخاطبان شمرده نشدند.</translation>
    </message>
    <message>
        <source>The contacts could not be searched.</source>
        <translation>جست‌وجو در مخاطبان انجام نشد.</translation>
    </message>
    <message>
        <source>The contacts could not be sorted.</source>
        <translation>مخاطبان مرتب نشدند.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین ارتباط</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده‌شده</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>%1 (%2), a field of your own</source>
        <comment>column header: field label, type</comment>
        <translation>%1 (%2)، فیلد سفارشی شما</translation>
    </message>
    <message>
        <source>The customer&apos;s RFM segment, from the deals won in the last two years (Reports → Customers); empty for contacts who bought nothing in that time.</source>
        <translation>بخش RFM مشتری، بر اساس معاملات برنده‌شده در دو سال گذشته (گزارش‌ها ← مشتریان)؛ برای مخاطبانی که در این مدت چیزی نخریده‌اند خالی است.</translation>
    </message>
    <message>
        <source>Segment</source>
        <comment>a customer&apos;s RFM segment</comment>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Score</source>
        <comment>a contact&apos;s lead score</comment>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>The lead score, 0 to 100, from the scoring rules; the card says which rules gave it.</source>
        <translation>امتیاز سرنخ، از 0 تا 100، بر اساس قواعد امتیازدهی؛ کارت نشان می‌دهد کدام قواعد آن را داده‌اند.</translation>
    </message>
    <message>
        <source>The first sales territory that holds the contact&apos;s address (Settings → Territories).</source>
        <translation>نخستین حوزه فروشی که نشانی مخاطب را در بر می‌گیرد (تنظیمات ← حوزه‌های فروش).</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>حوزه فروش</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactPicker</name>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Type a name, company, email or phone</source>
        <translation>نام، شرکت، ایمیل یا تلفن را تایپ کنید</translation>
    </message>
    <message>
        <source>Several or no contacts match “%1”: pick one from the list.</source>
        <translation>چند مخاطب یا هیچ مخاطبی با «%1» جور نیست: یکی را از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactsPage</name>
    <message>
        <source>Search contacts</source>
        <translation>جست‌وجوی مخاطبان</translation>
    </message>
    <message>
        <source>Search names, companies, emails, phones… (Ctrl+F)</source>
        <translation>جست‌وجوی نام‌ها، شرکت‌ها، ایمیل‌ها، تلفن‌ها… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Change Selected</source>
        <translation>تغییر موارد انتخاب‌شده</translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation>تعیین مسئو&amp;ل…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>&amp;افزودن برچسب…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>بایگانی (&amp;A)</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>مخاطب افزوده شد.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>مخاطب ذخیره شد.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>در حال جست‌وجو…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>در حال مرتب‌سازی…</translation>
    </message>
    <message>
        <source>%L1+ contacts, counting…</source>
        <translation>%L1+ مخاطب، در حال شمارش…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 • %Ln انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at most %L1 contacts for one change; filters narrow the list.</source>
        <translation>برای یک تغییر حداکثر %L1 مخاطب انتخاب کنید؛ فیلترها فهرست را کوتاه‌تر می‌کنند.</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>تعیین مسئول</translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>مسئول %Ln مخاطب انتخاب‌شده:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner “%1” set for %n contact(s).</source>
        <translation>
            <numerusform>مسئول «%1» برای %Ln مخاطب تعیین شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %Ln selected contact(s):</source>
        <translation>
            <numerusform>برچسب برای %Ln مخاطب انتخاب‌شده:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” added to %n contact(s).</source>
        <translation>
            <numerusform>برچسب «%1» به %Ln مخاطب افزوده شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive contacts</source>
        <translation>بایگانی مخاطبان</translation>
    </message>
    <message numerus="yes">
        <source>Archive the %Ln selected contact(s)? They leave the list and search and keep their history; File → Archive brings them back.</source>
        <translation>
            <numerusform>%Ln مخاطب انتخاب‌شده بایگانی شوند؟ از فهرست و جست‌وجو خارج می‌شوند و سابقه‌شان حفظ می‌شود؛ با فایل ← بایگانی بازمی‌گردند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) archived.</source>
        <translation>
            <numerusform>%Ln مخاطب بایگانی شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore contact</source>
        <translation>بازیابی مخاطب</translation>
    </message>
    <message>
        <source>Archive contact</source>
        <translation>بایگانی مخاطب</translation>
    </message>
    <message>
        <source>Archive %1? The contact leaves the list and search, keeps its history, and can be restored from the “Archived” filter.</source>
        <translation>%1 بایگانی شود؟ مخاطب از فهرست و جست‌وجو خارج می‌شود، سابقه‌اش حفظ می‌شود و از فیلتر «بایگانی‌شده» قابل بازیابی است.</translation>
    </message>
    <message>
        <source>Deal saved; it is on the pipeline board.</source>
        <translation>معامله ذخیره شد؛ روی تابلوی پایپ‌لاین است.</translation>
    </message>
    <message>
        <source>Set &amp;Stage…</source>
        <translation>تعیین مرحله (&amp;S)…</translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation>تعیین مرحله</translation>
    </message>
    <message numerus="yes">
        <source>Stage of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>مرحله %Ln مخاطب انتخاب‌شده:</numerusform>
        </translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>چرا؟</translation>
    </message>
    <message>
        <source>Why do they go to %1? (Kept with each move.)</source>
        <translation>چرا به %1 می‌روند؟ (همراه هر جابه‌جایی نگه داشته می‌شود.)</translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1” set for %Ln contact(s).</source>
        <translation>
            <numerusform>مرحله «%1» برای %Ln مخاطب تعیین شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your fields</source>
        <translation>فیلدهای شما</translation>
    </message>
    <message>
        <source>Set &amp;Field…</source>
        <translation>تعیین فیلد (&amp;F)…</translation>
    </message>
    <message>
        <source>Set Field</source>
        <translation>تعیین فیلد</translation>
    </message>
    <message>
        <source>The contacts have no fields of your own yet: add them in Settings → Fields.</source>
        <translation>مخاطبان هنوز فیلد سفارشی ندارند: آن‌ها را در تنظیمات ← فیلدها بیفزایید.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” emptied for %Ln contact(s).</source>
        <translation>
            <numerusform>«%1» برای %Ln مخاطب خالی شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” set for %Ln contact(s).</source>
        <translation>
            <numerusform>«%1» برای %Ln مخاطب تعیین شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner (by hand or by the assignment rules), stage, a tag, a field or archiving for all selected contacts at once (select with Shift or Ctrl)</source>
        <translation>مسئول (دستی یا بر اساس قواعد واگذاری)، مرحله، یک برچسب، یک فیلد یا بایگانی برای همه مخاطبان انتخاب‌شده به‌یک‌باره (انتخاب با Shift یا Ctrl)</translation>
    </message>
    <message>
        <source>Apply Assignment &amp;Rules…</source>
        <translation>اعمال قواعد واگذاری (&amp;R)…</translation>
    </message>
    <message>
        <source>Apply Assignment Rules</source>
        <translation>اعمال قواعد واگذاری</translation>
    </message>
    <message>
        <source>There are no assignment rules yet (or all are switched off): add them in Settings → Assignment.</source>
        <translation>هنوز هیچ قاعده واگذاری‌ای وجود ندارد (یا همه غیرفعال‌اند): آن‌ها را در تنظیمات ← واگذاری بیفزایید.</translation>
    </message>
    <message numerus="yes">
        <source>No owner changes: the rules give the %Ln selected contact(s) the owners they have, or no rule holds for them.</source>
        <translation>
            <numerusform>مسئول هیچ مخاطبی تغییر نمی‌کند: قواعد به %Ln مخاطب انتخاب‌شده همان مسئولانی را می‌دهند که دارند، یا هیچ قاعده‌ای برایشان برقرار نیست.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1: %Ln to %2</source>
        <comment>rule: 3 to Anna</comment>
        <translation>
            <numerusform>• %1: %Ln به %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected contacts change owner:</source>
        <translation>
            <numerusform>مسئول %Ln مورد از مخاطبان انتخاب‌شده تغییر می‌کند:</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of each says which rule gave it its owner. Ctrl+Z takes it all back.</source>
        <translation>تاریخچه هر مخاطب نشان می‌دهد کدام قاعده مسئولش را تعیین کرده است. Ctrl+Z همه را برمی‌گرداند.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) got an owner from the assignment rules.</source>
        <translation>
            <numerusform>بر اساس قواعد واگذاری برای %Ln مخاطب مسئول تعیین شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomFieldDialog</name>
    <message>
        <source>Change Field</source>
        <translation>تغییر فیلد</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>افزودن فیلد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>e.g. Budget</source>
        <translation>مثلاً بودجه</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>e.g. budget</source>
        <translation>مثلاً budget</translation>
    </message>
    <message>
        <source>What files, imports and scripts call the field: lower-case letters a–z, digits and underscores. A CSV column with this header (or the name) fills the field.</source>
        <translation>نامی که فایل‌ها، درون‌ریزی‌ها و اسکریپت‌ها با آن به فیلد اشاره می‌کنند: حروف کوچک لاتین a–z، رقم و زیرخط. ستونی در فایل CSV با این عنوان (یا با نام فیلد) این فیلد را پر می‌کند.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>گزینه‌ها</translation>
    </message>
    <message>
        <source>Double-click a choice to rename it: the contacts that have it keep it under its new name. Drag to put them in order.</source>
        <translation>برای تغییر نام یک گزینه روی آن دوبار کلیک کنید: مخاطبانی که آن را دارند، آن را با نام جدیدش نگه می‌دارند. برای مرتب کردن گزینه‌ها آن‌ها را بکشید.</translation>
    </message>
    <message>
        <source>Add C&amp;hoice</source>
        <translation>افزودن گزینه (&amp;H)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Choice</source>
        <translation>حذف گزینه (&amp;V)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>A value must be &amp;given</source>
        <translation>وارد کردن مقدار الزامی است (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نا&amp;م:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>کلید (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>نوع (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>گزینه‌ها (&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>واحد پول (&amp;U):</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>گزینه جدید</translation>
    </message>
    <message>
        <source>Make “%1” a field of type %2? Every value it holds converts.</source>
        <translation>«%1» به فیلدی از نوع %2 تبدیل شود؟ همه مقادیر آن تبدیل می‌شوند.</translation>
    </message>
    <message numerus="yes">
        <source>Make “%1” a field of type %2? %Ln value(s) cannot be converted and will be removed; the others are kept.</source>
        <translation>
            <numerusform>«%1» به فیلدی از نوع %2 تبدیل شود؟ %Ln مقدار قابل تبدیل نیست و حذف خواهد شد؛ بقیه نگه داشته می‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>تغییر نوع</translation>
    </message>
    <message>
        <source>The &amp;search finds its text</source>
        <translation>جست‌وجو متن آن را پیدا می‌کند (&amp;S)</translation>
    </message>
    <message>
        <source>Typed in the contacts&apos; search box or in Search everything, a word of this field finds the contact.</source>
        <translation>کلمه‌ای از این فیلد که در کادر جست‌وجوی مخاطبان یا «جست‌وجو در همه چیز» تایپ شود، مخاطب را پیدا می‌کند.</translation>
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
        <translation>الزامی. کلید در فایل‌ها و اسکریپت‌ها: %1</translation>
    </message>
    <message>
        <source>Key in files and scripts: %1</source>
        <translation>کلید در فایل‌ها و اسکریپت‌ها: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>تعیین‌نشده</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no choice made</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>جزئیات (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;More fields</source>
        <translation>فیلدهای بیشتر (&amp;M)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomersReportView</name>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>بر اساس بخش</translation>
    </message>
    <message>
        <source>Recency by frequency</source>
        <translation>تازگی بر اساس تکرار</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Customers in each segment</source>
        <translation>مشتریان هر بخش</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>No deal in %1 was won in the two years to %2: customers appear here once deals are won.</source>
        <translation>در دو سال منتهی به %2 هیچ معامله‌ای به %1 برنده نشده است: همین که معامله‌ای برنده شود، مشتریان اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Customers: contacts with a deal won in the two years up to the period&apos;s last day (today while the period runs), in the default currency. Recency: days since the last won deal; frequency: won deals; monetary: their sum. Each is scored 1 to 5 by the share of customers at or below it (for recency: with a last deal as old or older), so that the most recent, most frequent and biggest score 5 and ties share a score.</source>
        <translation>مشتریان: مخاطبانی که در دو سال منتهی به آخرین روز دوره (تا وقتی دوره جریان دارد، امروز) معامله‌ای برنده‌شده به واحد پول پیش‌فرض دارند. تازگی: روزهای گذشته از آخرین معامله برنده‌شده؛ تکرار: تعداد معاملات برنده‌شده؛ ارزش پولی: مجموع مبالغ آن‌ها. هر کدام بر اساس سهم مشتریانی که در همان حد یا پایین‌تر هستند (برای تازگی: آن‌هایی که آخرین معامله‌شان به همان قدمت یا قدیمی‌تر است) امتیازی از 1 تا 5 می‌گیرد، طوری که تازه‌ترین، پرتکرارترین و بزرگ‌ترین مشتریان امتیاز 5 بگیرند و مقادیر برابر امتیاز یکسان داشته باشند.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Customer segments by their recency (R) and frequency (F) scores.</source>
        <translation>بخش‌های مشتریان بر اساس امتیاز تازگی (R) و تکرار (F) آن‌ها.</translation>
    </message>
    <message>
        <source>Customers in the segment.</source>
        <translation>مشتریان این بخش.</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>of the customers</comment>
        <translation>سهم</translation>
    </message>
    <message>
        <source>The segment&apos;s share of all customers.</source>
        <translation>سهم این بخش از کل مشتریان.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>The won deals of the segment&apos;s customers in the two years, in the default currency.</source>
        <translation>معاملات برنده‌شده مشتریان این بخش در این دو سال، به واحد پول پیش‌فرض.</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>سهم از درآمد</translation>
    </message>
    <message>
        <source>The segment&apos;s share of the revenue.</source>
        <translation>سهم این بخش از درآمد.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>امتیازها</translation>
    </message>
    <message>
        <source>Which recency and frequency scores make the segment.</source>
        <translation>امتیازهای تازگی و تکراری که این بخش را می‌سازند.</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>تازگی</translation>
    </message>
    <message>
        <source>R 5: the most recent fifth of the customers; R 1: the longest ago.</source>
        <translation>R 5: یک‌پنجمی از مشتریان که از همه تازه‌تر خرید کرده‌اند؛ R 1: آن‌هایی که خریدشان از همه قدیمی‌تر است.</translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>Customers whose frequency score is %1 (5: the most won deals), and the revenue they brought; the tooltip gives their segment.</source>
        <translation>مشتریانی که امتیاز تکرارشان %1 است (5: بیشترین معاملات برنده‌شده)، و درآمدی که آوردند؛ با نگه داشتن نشانگر موس روی رقم، بخش آن‌ها دیده می‌شود.</translation>
    </message>
    <message>
        <source>R 5 (most recent)</source>
        <translation>R 5 (تازه‌ترین)</translation>
    </message>
    <message>
        <source>R 1 (longest ago)</source>
        <translation>R 1 (قدیمی‌ترین)</translation>
    </message>
    <message>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 • %2</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation>مشتریان: %1</translation>
    </message>
    <message>
        <source>Customers with R %1 and F %2 (%3)</source>
        <translation>مشتریان با R %1 و F %2 (%3)</translation>
    </message>
    <message>
        <source>Customers with R %1</source>
        <translation>مشتریان با R %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; customer(s) in the two years to %1 brought &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; in “%4” or “%5”</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; مشتری در دو سال منتهی به %1، &lt;b&gt;%2&lt;/b&gt; درآمد آوردند • &lt;b&gt;%3&lt;/b&gt; در «%4» یا «%5»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln won deal(s) in other currencies left out</source>
        <translation>
            <numerusform>%1 • %Ln معامله برنده‌شده به واحدهای پول دیگر کنار گذاشته شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln customer(s) · %2</source>
        <translation>
            <numerusform>%1 • %Ln مشتری • %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::DailyBackup</name>
    <message>
        <source>Daily backup saved in %1.</source>
        <translation>پشتیبان روزانه در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>پشتیبان‌گیری روزانه ناموفق بود: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DataHealthDialog</name>
    <message>
        <source>Data Health</source>
        <translation>سلامت داده‌ها</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ماه</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>معنای آن</translation>
    </message>
    <message>
        <source>&amp;Show on the Contacts Page</source>
        <translation>نمایش &amp;در صفحه مخاطبان</translation>
    </message>
    <message>
        <source>&amp;Inactive after:</source>
        <translation>غیرفعال پس &amp;از:</translation>
    </message>
    <message>
        <source>On the Contacts page, Ctrl+A selects them all and Change Selected sets an owner, a status or a tag, or archives them.</source>
        <translation>در صفحه مخاطبان، Ctrl+A همه را انتخاب می‌کند و «تغییر موارد انتخاب‌شده» مسئول، وضعیت یا برچسب تعیین می‌کند یا آن‌ها را بایگانی می‌کند.</translation>
    </message>
    <message>
        <source>Checking the contacts…</source>
        <translation>در حال بررسی مخاطبان…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DatabaseDamageDialog</name>
    <message>
        <source>The Database Is Damaged</source>
        <translation>پایگاه داده آسیب دیده است</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kontor found damage in this database.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontor در این پایگاه داده آسیب پیدا کرد.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A bad disk sector or a copy cut short can do this. What is saved from now on may be lost with the damaged part, and the daily backup will not copy a damaged file. Choose how to go on:</source>
        <translation>یک بخش خراب دیسک یا کپی نیمه‌کاره می‌تواند باعث این شود. آنچه از این پس ذخیره کنید ممکن است همراه بخش آسیب‌دیده از دست برود، و پشتیبان روزانه از فایل آسیب‌دیده کپی نمی‌گیرد. انتخاب کنید چگونه ادامه دهید:</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>بازگردانی نسخه پشتیبان (&amp;R)…</translation>
    </message>
    <message>
        <source>Puts the newest backup made before the damage in place of this file; the dialog shows when each was made, so you see what would be lost since.</source>
        <translation>جدیدترین نسخه پشتیبانِ پیش از آسیب را به‌جای این فایل می‌گذارد؛ پنجره نشان می‌دهد هر نسخه کی ساخته شده، تا ببینید از آن زمان چه از دست می‌رود.</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>هنوز نسخه پشتیبانی از این پایگاه داده وجود ندارد.</translation>
    </message>
    <message>
        <source>&amp;Save What Can Be Read…</source>
        <translation>نجات آنچه خواندنی است (&amp;S)…</translation>
    </message>
    <message>
        <source>Copies every row that can still be read into a new file and opens it; this file stays as it is.</source>
        <translation>هر ردیفی را که هنوز خواندنی است در یک فایل تازه کپی و آن را باز می‌کند؛ این فایل همان‌طور که هست می‌ماند.</translation>
    </message>
    <message>
        <source>Read &amp;Only</source>
        <translation>فقط خواندنی (&amp;O)</translation>
    </message>
    <message>
        <source>Keeps this file open to look things up, and changes nothing in it.</source>
        <translation>این فایل را برای جست‌وجو باز نگه می‌دارد و چیزی در آن تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>ادامه کار (&amp;K)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DatabaseProblemDialog</name>
    <message>
        <source>Kontor cannot open this database</source>
        <translation>Kontor نمی‌تواند این پایگاه داده را باز کند</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>باز کردن فایل &amp;دیگر…</translation>
    </message>
    <message>
        <source>&amp;Create New Database…</source>
        <translation>&amp;ایجاد پایگاه داده جدید…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های داده Kontor (*.sqlite *.db);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>پایگاه داده جدید</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>پایگاه‌های داده Kontor (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealCardModel</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%Ln روز در این مرحله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in the stage, on a narrow card</comment>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1، %2، %3، %4</translation>
    </message>
    <message>
        <source>, stale</source>
        <translation>، راکد</translation>
    </message>
    <message>
        <source>, expected to close %1</source>
        <translation>، بستن مورد انتظار %1</translation>
    </message>
    <message>
        <source>, lost: %1</source>
        <translation>، ازدست‌رفته: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealDialog</name>
    <message>
        <source>Edit Deal</source>
        <translation>ویرایش معامله</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>معامله جدید</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal</comment>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>What is sold, e.g. 40 office chairs</source>
        <translation>چه چیزی فروخته می‌شود، مانند ۴۰ صندلی اداری</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2٪)</translation>
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation>دلیل از دست رفتن معامله</translation>
    </message>
    <message>
        <source>e.g. price too high, chose a competitor</source>
        <translation>مانند قیمت خیلی بالا، انتخاب رقیب</translation>
    </message>
    <message>
        <source>Lost &amp;because:</source>
        <translation>&amp;دلیل از دست رفتن:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بستن مورد انتظار</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>تعیین‌نشده</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>عنوان (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>مخاطب (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>مبلغ (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>مرحله (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>مسئو&amp;ل:</translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation>منبع سرنخ (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>بستن مورد &amp;انتظار:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>یادداشت‌ها (&amp;N):</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>«%1» مبلغی به %2 نیست.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealTableModel</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (راکد)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>روزها در این مرحله</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>بستن مورد انتظار</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DerivedDataKeeper</name>
    <message>
        <source>The customers&apos; segments and the scores could not be read.</source>
        <translation>بخش‌های مشتریان و امتیازها خوانده نشدند.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DuplicatesDialog</name>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>یافتن موارد تکراری</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>مخاطبان (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>شرکت‌ها (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find Duplicates</source>
        <translation>یافتن موارد تکراری (&amp;F)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>First</source>
        <translation>مورد اول</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>مورد دوم</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Keep the fi&amp;rst</source>
        <translation>نگه‌داشتن مورد اول (&amp;R)</translation>
    </message>
    <message>
        <source>Keep the &amp;second</source>
        <translation>نگه‌داشتن مورد دوم (&amp;S)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>The two records of the pair chosen above show here, side by side.</source>
        <translation>دو رکورد جفتی که در بالا انتخاب شده، اینجا کنار هم نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>ادغام (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation>تکراری نیستند (&amp;N)</translation>
    </message>
    <message>
        <source>Click the value to keep in each row. Emails, phone numbers and tags of both are kept; the calls, meetings, deals and reminders of both end up with the record kept.</source>
        <translation>در هر سطر روی مقداری که باید بماند کلیک کنید. ایمیل‌ها، شماره تلفن‌ها و برچسب‌های هر دو نگه داشته می‌شوند؛ تماس‌ها، جلسه‌ها، معاملات و یادآورهای هر دو به رکورد نگه‌داشته‌شده منتقل می‌شوند.</translation>
    </message>
    <message>
        <source>Press Find Duplicates to look for contacts entered twice.</source>
        <translation>برای یافتن مخاطبانی که دو بار وارد شده‌اند، «یافتن موارد تکراری» را بزنید.</translation>
    </message>
    <message>
        <source>Press Find Duplicates to look for companies entered twice.</source>
        <translation>برای یافتن شرکت‌هایی که دو بار وارد شده‌اند، «یافتن موارد تکراری» را بزنید.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>در حال جست‌وجوی موارد تکراری…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>No pairs to look at: none were found, or each one was merged or set aside.</source>
        <translation>جفتی برای بررسی نیست: یا چیزی پیدا نشد، یا همه جفت‌ها ادغام یا کنار گذاشته شدند.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>مورد تکراری پیدا نشد.</translation>
    </message>
    <message>
        <source>%1 pairs; the %2 most certain are listed.</source>
        <translation>%1 جفت؛ %2 جفت با بیشترین اطمینان فهرست شده‌اند.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s).</source>
        <translation>
            <numerusform>%Ln جفت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Making a backup before merging…</source>
        <translation>در حال تهیه نسخه پشتیبان پیش از ادغام…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was merged: %1</source>
        <translation>نسخه پشتیبان تهیه نشد، بنابراین چیزی ادغام نشد: %1</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>ادغام مخاطبان</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>ادغام شرکت‌ها</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n pair(s) left.</source>
        <translation>
            <numerusform>ادغام شد. %Ln جفت باقی مانده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Duplicates</source>
        <translation>تکراری نیستند</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>مرحله</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldConditionEditor</name>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>سمت</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>part of a country</comment>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده‌شده</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین ارتباط</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>امتیاز سرنخ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range of values: 10 to 20</comment>
        <translation>تا</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>فیلد (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>شرط (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>مقدار (&amp;V):</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>بین</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>دست‌کم</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <source>is</source>
        <comment>a value equals</comment>
        <translation>برابر با</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>در این تاریخ یا پس از آن</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>در این تاریخ یا پیش از آن</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>در تاریخ</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>یکی از</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>هیچ‌کدام از</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>شامل</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>برابر نیست با</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>خالی نیست</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>مبلغ به %1</translation>
    </message>
    <message>
        <source>the field&apos;s currency</source>
        <translation>واحد پول فیلد</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>یک عدد وارد کنید.</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 خالی است</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 خالی نیست</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 در تاریخ %2</translation>
    </message>
    <message>
        <source>%1 on or after %2</source>
        <translation>%1 از %2 به بعد</translation>
    </message>
    <message>
        <source>%1 on or before %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>پایان بازه پیش از آغاز آن است.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 از %2 تا %3</translation>
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
        <translation>دست‌کم یک گزینه را تیک بزنید.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the choices of a filter</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 هیچ‌کدام از %2 نیست</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 یکی از %2</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>متن مورد جست‌وجو را تایپ کنید.</translation>
    </message>
    <message>
        <source>%1 is “%2”</source>
        <translation>%1 برابر «%2»</translation>
    </message>
    <message>
        <source>%1 is not “%2”</source>
        <translation>%1 برابر «%2» نیست</translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <translation>%1 شامل «%2»</translation>
    </message>
    <message>
        <source>%1 (company)</source>
        <comment>a field of the contact&apos;s company: Industry (company)</comment>
        <translation>%1 (شرکت)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>حوزه فروش</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldFilterDialog</name>
    <message>
        <source>Filter by Field</source>
        <translation>فیلتر بر اساس فیلد</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>فیلتر (&amp;F)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldSettingsPage</name>
    <message>
        <source>Fields of</source>
        <translation>فیلدها برای</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>نمایش بایگانی‌شده‌ها (&amp;H)</translation>
    </message>
    <message>
        <source>Your fields</source>
        <translation>فیلدهای شما</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <source>&amp;Add Field…</source>
        <translation>افزودن فیلد (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>تغییر (&amp;C)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>انتقال به بالا (&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>انتقال به پایین (&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>بایگانی (&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Qualification Fields</source>
        <translation>افزودن فیلدهای ارزیابی (&amp;Q)</translation>
    </message>
    <message>
        <source>Budget, Need, Timeline, Decision maker, Authority, Competitors, Objections and Lead status, for contacts: ordinary fields afterwards, to change or archive.</source>
        <translation>بودجه، نیاز، زمان‌بندی، تصمیم‌گیرنده، اختیار تصمیم‌گیری، رقبا، اعتراض‌ها و وضعیت سرنخ، برای مخاطبان: از آن پس فیلدهایی معمولی‌اند که می‌توان تغییرشان داد یا بایگانی‌شان کرد.</translation>
    </message>
    <message>
        <source>Fields &amp;of:</source>
        <translation>فیلدها برای (&amp;O):</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (بایگانی‌شده)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>Resto&amp;re</source>
        <translation>با&amp;زیابی</translation>
    </message>
    <message>
        <source>A contact&apos;s own fields are on the “More fields” page of its dialog and on its card; scripts reach them by key (kontor-cli field, contact --set, contacts --where). Archiving hides a field and keeps its values.</source>
        <translation>فیلدهای سفارشی مخاطب در صفحه «فیلدهای بیشتر» پنجره آن و روی کارتش قرار دارند؛ اسکریپت‌ها با کلید به آن‌ها دسترسی دارند (kontor-cli field، contact --set، contacts --where). بایگانی کردن، فیلد را پنهان می‌کند و مقادیرش را نگه می‌دارد.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ForecastReportView</name>
    <message>
        <source>Expected close</source>
        <translation>بستن مورد انتظار</translation>
    </message>
    <message>
        <source>The month the deals are expected to close; overdue months come first.</source>
        <translation>ماهی که انتظار می‌رود معاملات در آن بسته شوند؛ ماه‌های عقب‌افتاده اول می‌آیند.</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>کارشناس فروش</translation>
    </message>
    <message>
        <source>The deals&apos; owner.</source>
        <translation>مسئول معاملات.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Open deals expected to close in the month.</source>
        <translation>معاملات بازی که انتظار می‌رود در این ماه بسته شوند.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Their amounts.</source>
        <translation>مبالغ آن‌ها.</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>وزن‌دار</translation>
    </message>
    <message>
        <source>Their amounts times the probability of their stage.</source>
        <translation>مبالغ آن‌ها ضرب در احتمال موفقیت مرحله‌شان.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>عقب‌افتاده</translation>
    </message>
    <message>
        <source>Deals whose expected close date has passed while they are still open.</source>
        <translation>معاملاتی که تاریخ بستن مورد انتظارشان گذشته و هنوز باز هستند.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <source>Open deals by expected close</source>
        <translation>معاملات باز بر اساس بستن مورد انتظار</translation>
    </message>
    <message>
        <source>No open deals: add one with Ctrl+Shift+N and give it an expected close date.</source>
        <translation>معامله بازی وجود ندارد: با Ctrl+Shift+N یکی بیفزایید و برایش تاریخ بستن مورد انتظار تعیین کنید.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; open deal(s) are past their expected close date.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; معامله باز از تاریخ بستن مورد انتظارش گذشته است.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deal is past its expected close date.</source>
        <translation>هیچ معامله بازی از تاریخ بستن مورد انتظارش نگذشته است.</translation>
    </message>
    <message>
        <source>Open deals expected in %1</source>
        <translation>معاملات باز مورد انتظار در %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FunnelReportView</name>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>The stages in the order of the pipeline.</source>
        <translation>مراحل به ترتیب پایپ‌لاین.</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>رسیده</translation>
    </message>
    <message>
        <source>Deals that first reached the stage in the period (a deal that skipped it is not counted; one that came back is counted once).</source>
        <translation>معاملاتی که برای نخستین بار در این دوره به این مرحله رسیدند (معامله‌ای که از آن گذشت شمرده نمی‌شود؛ معامله‌ای که برگشت یک بار شمرده می‌شود).</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>پیش‌رفته</translation>
    </message>
    <message>
        <source>Of those, the deals that have gone on to a later stage other than Lost.</source>
        <translation>از میان آن‌ها، معاملاتی که به مرحله‌ای بعدی جز «ازدست‌رفته» رفته‌اند.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Went on ÷ reached.</source>
        <translation>پیش‌رفته ÷ رسیده.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>The amounts of the deals that reached the stage.</source>
        <translation>مبالغ معاملاتی که به این مرحله رسیدند.</translation>
    </message>
    <message>
        <source>Days to go on</source>
        <translation>روز تا پیشروی</translation>
    </message>
    <message>
        <source>Average days those that went on took to, from first reaching the stage.</source>
        <translation>میانگین روزهایی که معاملات پیش‌رفته، از نخستین رسیدن به این مرحله، برای پیشروی لازم داشتند.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Deals reaching each stage</source>
        <translation>معاملات رسیده به هر مرحله</translation>
    </message>
    <message>
        <source>deals</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>معامله</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; deals created · &lt;b&gt;%2&lt;/b&gt; won (%3) · &lt;b&gt;%4&lt;/b&gt; lost · win rate &lt;b&gt;%5&lt;/b&gt; · from created to won &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; معامله ایجاد شد • &lt;b&gt;%2&lt;/b&gt; برنده‌شده (%3) • &lt;b&gt;%4&lt;/b&gt; ازدست‌رفته • نرخ موفقیت &lt;b&gt;%5&lt;/b&gt; • از ایجاد تا برد &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No deal moved in this period: add deals with Ctrl+Shift+N and move them on the pipeline, or choose a longer period.</source>
        <translation>در این دوره هیچ معامله‌ای جابه‌جا نشد: با Ctrl+Shift+N معامله بیفزایید و آن‌ها را در پایپ‌لاین جابه‌جا کنید، یا دوره طولانی‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Win rate: won ÷ (won + lost) in the period. From created to won: deals won in the period ÷ deals created in it.</source>
        <translation>نرخ موفقیت: برنده‌شده ÷ (برنده‌شده + ازدست‌رفته) در این دوره. از ایجاد تا برد: معاملات برنده‌شده در این دوره ÷ معاملات ایجادشده در آن.</translation>
    </message>
    <message>
        <source>Deals that reached “%1”</source>
        <translation>معاملاتی که به «%1» رسیدند</translation>
    </message>
</context>
<context>
    <name>kontor::ui::GlobalSearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>جست‌وجو در همه چیز</translation>
    </message>
    <message>
        <source>Names, companies, emails, phones, notes…</source>
        <translation>نام‌ها، شرکت‌ها، ایمیل‌ها، تلفن‌ها، یادداشت‌ها…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتایج جست‌وجو</translation>
    </message>
    <message>
        <source>Type to search; Enter opens the highlighted result.</source>
        <translation>برای جست‌وجو تایپ کنید؛ Enter نتیجه برجسته‌شده را باز می‌کند.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>چیزی برای «%1» پیدا نشد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s); Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%Ln نتیجه؛ Enter نتیجه برجسته‌شده را باز می‌کند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>تاریخچه درون‌ریزی</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجادشده</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>به‌روزشده</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>ادغام‌شده</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>نادیده‌گرفته</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>برگردانده‌شده</translation>
    </message>
    <message>
        <source>No imports yet: File → Import Contacts… (Ctrl+Shift+I) brings in a spreadsheet or a vCard file, and each import can be undone here.</source>
        <translation>هنوز درون‌ریزی‌ای انجام نشده است: فایل ← درون‌ریزی مخاطبان… (Ctrl+Shift+I) یک صفحه‌گسترده یا فایل vCard را وارد می‌کند، و هر درون‌ریزی را می‌توان اینجا برگرداند.</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>برگرداندن &amp;درون‌ریزی…</translation>
    </message>
    <message>
        <source>Undoing an import removes the contacts it created (those with calls, deals or reminders logged since are archived instead) and puts back the ones it changed.</source>
        <translation>برگرداندن یک درون‌ریزی، مخاطبانی را که ایجاد کرده حذف می‌کند (آن‌هایی که از آن زمان تماس، معامله یا یادآوری برایشان ثبت شده به جای حذف بایگانی می‌شوند) و مخاطبانی را که تغییر داده به حالت قبل برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>برگرداندن درون‌ریزی</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>درون‌ریزی «%1» برگردانده شود؟ %Ln مخاطبی که ایجاد کرده حذف می‌شوند و آن‌هایی که تغییر داده به حالت قبل برمی‌گردند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>در حال برگرداندن درون‌ریزی…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>%1 contacts removed, %2 put back as they were, %3 archived (they have history logged since).</source>
        <translation>%1 مخاطب حذف شد، %2 به حالت قبل برگشت، %3 بایگانی شد (از آن زمان سابقه‌ای برایشان ثبت شده است).</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>درون‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>&amp;Show the Imported Contacts</source>
        <translation>نمایش مخاطبان &amp;درون‌ریزی‌شده</translation>
    </message>
    <message>
        <source>The Contacts page, filtered to what this import created or changed</source>
        <translation>صفحه مخاطبان، فیلترشده بر آنچه این درون‌ریزی ایجاد یا تغییر داده است</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>برگرداندن &amp;این درون‌ریزی…</translation>
    </message>
    <message>
        <source>Removes what it created and puts back what it changed; File → Import History can do it later too</source>
        <translation>آنچه را ایجاد کرده حذف می‌کند و آنچه را تغییر داده به حالت قبل برمی‌گرداند؛ بعد هم می‌توان از فایل ← تاریخچه درون‌ریزی این کار را کرد</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>از %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; created · &lt;b&gt;%2&lt;/b&gt; updated · &lt;b&gt;%3&lt;/b&gt; merged · &lt;b&gt;%4&lt;/b&gt; skipped as duplicates · &lt;b&gt;%5&lt;/b&gt; rejected, of %6 rows; %7 kept with a warning (see their notes).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ایجادشده • &lt;b&gt;%2&lt;/b&gt; به‌روزشده • &lt;b&gt;%3&lt;/b&gt; ادغام‌شده • &lt;b&gt;%4&lt;/b&gt; نادیده‌گرفته (تکراری) • &lt;b&gt;%5&lt;/b&gt; ردشده، از %6 سطر؛ %7 با هشدار نگه داشته شد (یادداشت‌هایشان را ببینید).</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>هیچ سطری رد نشد.</translation>
    </message>
    <message>
        <source>Rejected rows, with why: fix them in the file and import it again (the rows already there are found as duplicates).</source>
        <translation>سطرهای ردشده، همراه دلیل: آن‌ها را در فایل اصلاح کنید و فایل را دوباره درون‌ریزی کنید (سطرهایی که از قبل وجود دارند به‌عنوان تکراری شناخته می‌شوند).</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>درون‌ریزی «%1» برگردانده شود؟ %Ln مخاطبی که ایجاد کرده حذف می‌شوند و آن‌هایی که تغییر داده به حالت قبل برمی‌گردند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n records it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>درون‌ریزی «%1» برگردانده شود؟ %Ln رکوردی که ایجاد کرده حذف می‌شوند و آن‌هایی که تغییر داده به حالت قبل برمی‌گردند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo This Import</source>
        <translation>برگرداندن این درون‌ریزی</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>در حال برگرداندن درون‌ریزی…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Taken back: %1 removed, %2 put back as they were, %3 archived (they have history logged since).</source>
        <translation>برگردانده شد: %1 حذف شد، %2 به حالت قبل برگشت، %3 بایگانی شد (از آن زمان سابقه‌ای برایشان ثبت شده است).</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>درون‌ریزی مخاطبان</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>درون‌ریزی (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>پایا&amp;ن</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation>مخاطبان (*.csv *.txt *.tsv *.vcf *.vcard);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows here.</source>
        <translation>یک فایل انتخاب کنید تا سطرهای نخست آن را اینجا ببینید.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«%1» خوانده نشد: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message numerus="yes">
        <source>A vCard address book with %n contacts.</source>
        <translation>
            <numerusform>یک دفترچه نشانی vCard با %Ln مخاطب.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>فایل هیچ سطری ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%1, fields separated by: %2. %n columns.</source>
        <translation>
            <numerusform>%1، فیلدها جداشده با: %2. %Ln ستون.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows to show.</source>
        <translation>فایل سطری برای نمایش ندارد.</translation>
    </message>
    <message>
        <source>The file holds no vCards.</source>
        <translation>فایل هیچ vCard ندارد.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>ستون %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <source>No preset fits these columns: choose their fields below</source>
        <translation>هیچ الگویی با این ستون‌ها جور نیست: فیلد آن‌ها را در پایین انتخاب کنید</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>ذخیره به‌عنوان الگو</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>در حال بررسی همه سطرها…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال درون‌ریزی…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to merge, %5 to skip, %6 rejected; %7 with warnings.</source>
        <translation>%1 سطر: %2 برای ایجاد، %3 برای به‌روزرسانی، %4 برای ادغام، %5 برای نادیده گرفتن، %6 ردشده؛ %7 با هشدار.</translation>
    </message>
    <message>
        <source>Making a backup before the import…</source>
        <translation>در حال تهیه نسخه پشتیبان پیش از درون‌ریزی…</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was imported: %1</source>
        <translation>نسخه پشتیبان تهیه نشد، بنابراین چیزی درون‌ریزی نشد: %1</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>A CSV file (from a spreadsheet, Google Contacts, Outlook or another CRM) or a vCard address book (.vcf). Kontor reads its encoding and delimiter; change them if the preview looks wrong.</source>
        <translation>یک فایل CSV (از صفحه‌گسترده، Google Contacts، Outlook یا یک CRM دیگر) یا یک دفترچه نشانی vCard (.vcf). برنامه Kontor کدگذاری و جداکننده آن را تشخیص می‌دهد؛ اگر پیش‌نمایش درست به نظر نمی‌رسد، آن‌ها را تغییر دهید.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>مر&amp;ور…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Interactions (calls, meetings, emails…)</source>
        <translation>تعامل‌ها (تماس‌ها، جلسه‌ها، ایمیل‌ها…)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>The first row holds the column names (a &amp;header)</source>
        <translation>سطر نخست نام ستون‌ها &amp;را دارد (سطر عنوان)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>فایل (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Kind of records:</source>
        <translation>نوع رکوردها (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>کدگذاری (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>جداکننده (&amp;D):</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>ستون‌ها و فیلدها</translation>
    </message>
    <message>
        <source>Which field each column fills. Columns left on “Leave out” are not imported. A preset maps the columns of a known program; save your own for files you import again.</source>
        <translation>هر ستون کدام فیلد را پر می‌کند. ستون‌هایی که روی «کنار گذاشتن» بمانند درون‌ریزی نمی‌شوند. هر الگو ستون‌های یک برنامه شناخته‌شده را نگاشت می‌کند؛ برای فایل‌هایی که دوباره درون‌ریزی می‌کنید الگوی خودتان را ذخیره کنید.</translation>
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>&amp;ذخیره به‌عنوان الگو…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;الگو:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>مقادیر نخست</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Map a column to the first, last or full name.</source>
        <translation>یک ستون را به نام، نام خانوادگی یا نام کامل نگاشت کنید.</translation>
    </message>
    <message>
        <source>Map a column to “%1”: every row needs it.</source>
        <translation>یک ستون را به «%1» نگاشت کنید: هر سطر به آن نیاز دارد.</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>نام الگو:</translation>
    </message>
    <message>
        <source>Duplicates and a check</source>
        <translation>موارد تکراری و بررسی</translation>
    </message>
    <message>
        <source>A row is a duplicate when its email or phone number is already there (or its name, when it has neither). The check goes through every row and changes nothing.</source>
        <translation>سطری تکراری است که ایمیل یا شماره تلفن آن از قبل وجود داشته باشد (یا نام آن، اگر هیچ‌کدام را نداشته باشد). بررسی همه سطرها را مرور می‌کند و چیزی را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>&amp;Skip it: keep the contact as it is</source>
        <translation>نادیده گرفتن (&amp;S): مخاطب همان‌طور که هست بماند</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the row&apos;s values (empty cells change nothing)</source>
        <translation>به‌&amp;روزرسانی مخاطب با مقادیر سطر (خانه‌های خالی چیزی را تغییر نمی‌دهند)</translation>
    </message>
    <message>
        <source>&amp;Merge: the contact keeps its values and gains what it lacks</source>
        <translation>&amp;ادغام: مخاطب مقادیر خود را نگه می‌دارد و آنچه را ندارد می‌گیرد</translation>
    </message>
    <message>
        <source>Create a &amp;new contact all the same</source>
        <translation>در هر حال یک مخاطب تازه ایجاد شود (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Check Every Row</source>
        <translation>بررسی همه سطرها (&amp;C)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Not checked with this rule yet.</source>
        <translation>هنوز با این قاعده بررسی نشده است.</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>ویرگول</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>نقطه‌ویرگول</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>خط عمودی</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>هیچ چیز درون‌ریزی نشد: %1</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>wizard button: to the previous page</comment>
        <translation>→ قبلی (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>wizard button: to the next page</comment>
        <translation>بعدی (&amp;N) ←</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LanguageSettingsPage</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <source>The language&apos;s own (Solar Hijri for Persian)</source>
        <translation>پیش‌فرض زبان (هجری شمسی برای فارسی)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri (Farvardin to Esfand)</source>
        <translation>هجری شمسی (فروردین تا اسفند)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Calen&amp;dar:</source>
        <translation>تقویم (&amp;D):</translation>
    </message>
    <message>
        <source>The language&apos;s own (۱۲۳ in Persian, ১২৩ in Bengali)</source>
        <translation>پیش‌فرض زبان (۱۲۳ در فارسی، ১২৩ در بنگالی)</translation>
    </message>
    <message>
        <source>Latin (123)</source>
        <translation>لاتین (123)</translation>
    </message>
    <message>
        <source>Dates are shown, typed and counted in this calendar: lists, date fields and the reports&apos; months, quarters and years. Files keep ISO dates. Numbers, dates and times are written in the digits chosen, everywhere in the window.
The window opens again in the chosen language when Settings closes.</source>
        <translation>تاریخ‌ها در این تقویم نمایش داده، وارد و شمرده می‌شوند: فهرست‌ها، فیلدهای تاریخ و ماه‌ها، فصل‌ها و سال‌های گزارش‌ها. فایل‌ها تاریخ‌های ISO را نگه می‌دارند. عددها، تاریخ‌ها و ساعت‌ها در همه‌جای پنجره با ارقام انتخاب‌شده نوشته می‌شوند.
با بستن تنظیمات، پنجره به زبان انتخاب‌شده دوباره باز می‌شود.</translation>
    </message>
    <message>
        <source>D&amp;igits:</source>
        <translation>ا&amp;رقام:</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LeadSourceReportView</name>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Lead sources, most revenue first; campaigns indented under their source.</source>
        <translation>منابع سرنخ، به ترتیب بیشترین درآمد؛ کمپین‌ها با تورفتگی زیر منبعشان.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Contacts from the source created in the period.</source>
        <translation>مخاطبانی از این منبع که در این دوره ایجاد شدند.</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Contacts with a deal from the source won in the period.</source>
        <translation>مخاطبانی که معامله‌ای از این منبع در این دوره برایشان برنده شد.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Customers ÷ leads.</source>
        <translation>مشتریان ÷ سرنخ‌ها.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>The amounts of the deals from the source won in the period.</source>
        <translation>مبالغ معاملات برنده‌شده از این منبع در این دوره.</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Campaign spend falling in the period, spread evenly over each campaign&apos;s days.</source>
        <translation>هزینه کمپین‌ها در این دوره، به‌طور یکنواخت بر روزهای هر کمپین پخش‌شده.</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>هزینه هر سرنخ</translation>
    </message>
    <message>
        <source>Spend ÷ leads.</source>
        <translation>هزینه ÷ سرنخ‌ها.</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>هزینه هر مشتری</translation>
    </message>
    <message>
        <source>Spend ÷ customers.</source>
        <translation>هزینه ÷ مشتریان.</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>بازده</translation>
    </message>
    <message>
        <source>(Revenue − spend) ÷ spend.</source>
        <translation>(درآمد − هزینه) ÷ هزینه.</translation>
    </message>
    <message>
        <source>%1 conv. · ROI %2</source>
        <comment>a lead source&apos;s figures in the chart</comment>
        <translation>تبدیل %1 • بازده %2</translation>
    </message>
    <message>
        <source>%1 conv.</source>
        <comment>a lead source&apos;s figures in the chart</comment>
        <translation>تبدیل %1</translation>
    </message>
    <message>
        <source>Revenue and spend by source</source>
        <translation>درآمد و هزینه بر اساس منبع</translation>
    </message>
    <message>
        <source>Best and weakest by return on spend ((revenue − spend) ÷ spend) where two or more sources have spend recorded in the period; otherwise by conversion (customers ÷ leads) and, between equals, revenue.</source>
        <translation>بهترین و ضعیف‌ترین بر اساس بازده هزینه ((درآمد − هزینه) ÷ هزینه) وقتی برای دو منبع یا بیشتر در این دوره هزینه ثبت شده باشد؛ در غیر این صورت بر اساس نرخ تبدیل (مشتریان ÷ سرنخ‌ها) و، در صورت برابری، درآمد.</translation>
    </message>
    <message>
        <source>No leads in this period: give contacts a lead source (in the contact dialog or when importing), or choose a longer period.</source>
        <translation>در این دوره سرنخی وجود ندارد: برای مخاطبان منبع سرنخ تعیین کنید (در پنجره مخاطب یا هنگام درون‌ریزی)، یا دوره طولانی‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <source>No deal from a lead source was won in this period.</source>
        <translation>در این دوره هیچ معامله‌ای از یک منبع سرنخ برنده نشد.</translation>
    </message>
    <message>
        <source>%1 of leads became customers, %2</source>
        <comment>conversion, then revenue</comment>
        <translation>%1 از سرنخ‌ها مشتری شدند، %2</translation>
    </message>
    <message>
        <source>Only &lt;b&gt;%1&lt;/b&gt; brought leads or customers in this period (%2).</source>
        <translation>در این دوره فقط &lt;b&gt;%1&lt;/b&gt; سرنخ یا مشتری آورد (%2).</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;%1&lt;/b&gt; (ROI %2) · weakest: &lt;b&gt;%3&lt;/b&gt; (ROI %4), by return on spend.</source>
        <translation>بهترین: &lt;b&gt;%1&lt;/b&gt; (بازده %2) • ضعیف‌ترین: &lt;b&gt;%3&lt;/b&gt; (بازده %4)، بر اساس بازده هزینه.</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;%1&lt;/b&gt; (%2) · weakest: &lt;b&gt;%3&lt;/b&gt; (%4), by conversion and revenue; record campaign spend to compare return on spend.</source>
        <translation>بهترین: &lt;b&gt;%1&lt;/b&gt; (%2) • ضعیف‌ترین: &lt;b&gt;%3&lt;/b&gt; (%4)، بر اساس نرخ تبدیل و درآمد؛ برای مقایسه بازده هزینه، هزینه کمپین‌ها را ثبت کنید.</translation>
    </message>
    <message>
        <source>Leads from “%1”</source>
        <translation>سرنخ‌های «%1»</translation>
    </message>
    <message>
        <source>none recorded</source>
        <comment>spend of a lead source, in a table cell: no spend was recorded</comment>
        <translation>ثبت‌نشده</translation>
    </message>
    <message>
        <source>Of those, the ones now sales qualified (SQL), opportunities or customers.</source>
        <translation>از میان آن‌ها، کسانی که اکنون واجد شرایط فروش (SQL)، فرصت فروش یا مشتری هستند.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LifecycleReportView</name>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>The stages of the buyer&apos;s journey, then the two off it.</source>
        <translation>مراحل مسیر خرید، سپس دو مرحله بیرون از آن.</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>واردشده</translation>
    </message>
    <message>
        <source>Contacts that entered the stage in the period, each once however often it moved in and out (archived contacts left out).</source>
        <translation>مخاطبانی که در این دوره وارد این مرحله شدند، هر کدام یک بار، هر چند بار هم که به آن وارد یا از آن خارج شده باشند (مخاطبان بایگانی‌شده شمرده نمی‌شوند).</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>پیش‌رفته</translation>
    </message>
    <message>
        <source>Of those, the contacts that went on to a later stage of the journey by now: the next one or one beyond it.</source>
        <translation>از میان آن‌ها، مخاطبانی که تاکنون به مرحله‌ای بعدی در مسیر خرید رفته‌اند: مرحله بعدی یا مرحله‌ای فراتر از آن.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Went on ÷ entered.</source>
        <translation>پیش‌رفته ÷ واردشده.</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>میانه روزها</translation>
    </message>
    <message>
        <source>The median days from entering the stage to the next move forward, over the contacts that went on.</source>
        <translation>میانه روزها از ورود به این مرحله تا جابه‌جایی بعدی به جلو، در میان مخاطبان پیش‌رفته.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Contacts entering each stage</source>
        <translation>مخاطبان واردشده به هر مرحله</translation>
    </message>
    <message>
        <source>contacts</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new leads · &lt;b&gt;%2&lt;/b&gt; new customers · &lt;b&gt;%3&lt;/b&gt; disqualified</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; سرنخ جدید • &lt;b&gt;%2&lt;/b&gt; مشتری جدید • &lt;b&gt;%3&lt;/b&gt; فاقد شرایط</translation>
    </message>
    <message>
        <source>No contact moved along the lifecycle in this period: change a contact&apos;s stage, or choose a longer period.</source>
        <translation>در این دوره هیچ مخاطبی در چرخه عمر جابه‌جا نشد: مرحله یک مخاطب را تغییر دهید، یا دوره طولانی‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Counted from each contact&apos;s stage history: when it entered each stage.</source>
        <translation>بر اساس سابقه مراحل هر مخاطب شمرده شده است: زمان ورود او به هر مرحله.</translation>
    </message>
    <message>
        <source>Contacts that went on from “%1”</source>
        <translation>مخاطبانی که از «%1» پیش رفتند</translation>
    </message>
    <message>
        <source>Contacts that entered “%1”</source>
        <translation>مخاطبانی که وارد «%1» شدند</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>همه مخاطبان</translation>
    </message>
    <message>
        <source>By lead source</source>
        <translation>بر اساس منبع سرنخ</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>بر اساس کارشناس فروش</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>کارشناس فروش</translation>
    </message>
    <message>
        <source>Where the contacts came from.</source>
        <translation>مخاطبان از کجا آمده‌اند.</translation>
    </message>
    <message>
        <source>Who owns the contacts.</source>
        <translation>مسئول مخاطبان کیست.</translation>
    </message>
    <message>
        <source>Contacts that entered “%1” in the period; the tooltip says how many went on.</source>
        <translation>مخاطبانی که در این دوره وارد «%1» شدند؛ با نگه داشتن نشانگر موس روی رقم، تعداد پیش‌رفته‌ها دیده می‌شود.</translation>
    </message>
    <message>
        <source>%1 entered, %2 went on (%3)</source>
        <translation>%1 واردشده، %2 پیش‌رفته (%3)</translation>
    </message>
    <message>
        <source>%1 entered</source>
        <translation>%1 واردشده</translation>
    </message>
    <message>
        <source>%1: contacts that entered “%2”</source>
        <translation>%1: مخاطبانی که وارد «%2» شدند</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LifecycleSettingsPage</name>
    <message>
        <source>A &amp;meeting booked makes a lead or marketing qualified contact sales qualified</source>
        <translation>تعیین جلسه، سرنخ یا مخاطب واجد شرایط بازاریابی را واجد شرایط فروش می‌کند (&amp;M)</translation>
    </message>
    <message>
        <source>A new &amp;deal makes the contact an opportunity</source>
        <translation>معامله جدید، مخاطب را فرصت فروش می‌کند (&amp;D)</translation>
    </message>
    <message>
        <source>A &amp;won deal makes the contact a customer</source>
        <translation>معامله برنده‌شده، مخاطب را مشتری می‌کند (&amp;W)</translation>
    </message>
    <message>
        <source>Fields that make a lead marketing qualified</source>
        <translation>فیلدهایی که سرنخ را واجد شرایط بازاریابی می‌کنند</translation>
    </message>
    <message>
        <source>Fields that make a contact sales qualified</source>
        <translation>فیلدهایی که مخاطب را واجد شرایط فروش می‌کنند</translation>
    </message>
    <message>
        <source>Mar&amp;keting qualified once all of these are filled:</source>
        <translation>واجد شرایط بازاریابی، وقتی همه این‌ها پر شوند (&amp;K):</translation>
    </message>
    <message>
        <source>Sales &amp;qualified once all of these are filled:</source>
        <translation>واجد شرایط فروش، وقتی همه این‌ها پر شوند (&amp;Q):</translation>
    </message>
    <message>
        <source>Rules only move contacts forward, and a contact&apos;s history names the rule that moved it. A deal also brings back a disqualified or inactive contact. No field ticked: that rule is off.</source>
        <translation>قواعد مخاطبان را فقط به جلو می‌برند، و سابقه هر مخاطب قاعده‌ای را که او را جابه‌جا کرده نام می‌برد. معامله، مخاطب فاقد شرایط یا غیرفعال را هم بازمی‌گرداند. اگر هیچ فیلدی تیک نخورده باشد، آن قاعده خاموش است.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LogInteractionDialog</name>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Type a name, company, email or phone</source>
        <translation>نام، شرکت، ایمیل یا تلفن را تایپ کنید</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Pick an outcome or type your own; Kontor offers it again next time. Left empty, the interaction counts as held but never as successful in the reports.</source>
        <translation>یک نتیجه انتخاب کنید یا نتیجه دلخواه خود را تایپ کنید؛ Kontor دفعه بعد دوباره آن را پیشنهاد می‌دهد. اگر خالی بماند، تعامل در گزارش‌ها انجام‌شده شمرده می‌شود اما هرگز موفق شمرده نمی‌شود.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>مدت به دقیقه</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>What was said? (Enter saves, Shift+Enter for a new line)</source>
        <translation>چه گفته شد؟ (Enter ذخیره می‌کند، Shift+Enter برای خط جدید)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>گام بعدی</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>بدون گام بعدی</translation>
    </message>
    <message>
        <source>Follow-up reminder</source>
        <translation>یادآور پیگیری</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>جلسه بعدی</translation>
    </message>
    <message>
        <source>A reminder shows on Today on its day; a meeting is put in the history and on Today</source>
        <translation>یادآور در روز خودش در «امروز» نمایش داده می‌شود؛ جلسه در سابقه و در «امروز» قرار می‌گیرد</translation>
    </message>
    <message>
        <source>Follow-up time</source>
        <translation>زمان پیگیری</translation>
    </message>
    <message>
        <source>Follow-up title</source>
        <translation>عنوان پیگیری</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>مخاطب (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>نتیجه (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>نوع (&amp;K):</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>مد&amp;ت:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;زمان:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>موضو&amp;ع:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>یادداشت‌ها (&amp;N):</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>گا&amp;م بعدی:</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation>ثبت تعامل با %1</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>علامت‌گذاری «%1» به‌عنوان انجام‌شده</translation>
    </message>
    <message>
        <source>The reminder this call answers is closed with it; Ctrl+Z takes back both together</source>
        <translation>یادآوری که این تماس پاسخ آن است همراه آن بسته می‌شود؛ Ctrl+Z هر دو را با هم برمی‌گرداند</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>جلسه با %1</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>پیگیری %1</translation>
    </message>
    <message>
        <source>Choose the contact: type a name and pick it from the list.</source>
        <translation>مخاطب را انتخاب کنید: نامی تایپ کنید و آن را از فهرست برگزینید.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>معامله از دست رفت</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>چرا «%1» از دست رفت؟</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>قیمت خیلی بالا</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>رقیب را انتخاب کرد</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>بدون بودجه</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>بدون تصمیم</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>زمان نامناسب</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>مناسب نبود</translation>
    </message>
    <message>
        <source>Pick a reason or type your own</source>
        <translation>یک دلیل انتخاب کنید یا دلیل دلخواه خود را تایپ کنید</translation>
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation>دلیل از دست رفتن معامله</translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>علامت‌گذاری به‌عنوان ازدست‌رفته</translation>
    </message>
    <message>
        <source>The reason is kept with the deal and counted in the reports.</source>
        <translation>دلیل همراه معامله نگه داشته می‌شود و در گزارش‌ها شمرده می‌شود.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::MainWindow</name>
    <message>
        <source>Done again or taken back: %1</source>
        <translation>دوباره انجام یا برگردانده شد: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>پیمایش</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>پایپ‌لاین</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
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
        <translation>معامله در میان کارت‌های نمایش‌داده‌شده نیست: «همه مسئولان» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>امروز (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>پایگاه داده جدید (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>باز کردن پایگاه داده (&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>ذخیره رونوشت با نام (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>بازیابی از پشتیبان (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>درون‌ریزی مخاطبان (&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>تاریخچه درون‌ریزی (&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>برون‌بری (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Contacts as CSV…</source>
        <translation>مخاطبان به‌صورت CSV (&amp;C)…</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>مخاطبان به‌صورت vCard (&amp;V)…</translation>
    </message>
    <message>
        <source>C&amp;ompanies as CSV…</source>
        <translation>شرکت‌ها به‌صورت CSV (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Interactions as CSV…</source>
        <translation>تعامل‌ها به‌صورت CSV (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Deals as CSV…</source>
        <translation>معاملات به‌صورت CSV (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reminders and Meetings as iCalendar…</source>
        <translation>یادآورها و جلسه‌ها به‌صورت iCalendar (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>بایگانی (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>تنظیمات (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>مخاطب (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>مخاطب جدید (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>ویرایش مخاطب (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>ثبت تعامل (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Archive or Restore Contact</source>
        <translation>بایگانی یا با&amp;زیابی مخاطب</translation>
    </message>
    <message>
        <source>New &amp;Reminder…</source>
        <translation>یادآور جدید (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>یافتن (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>جست‌وجو در همه چیز (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>معامله (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation>معامله جدید (&amp;N)…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>یافتن مو&amp;ارد تکراری…</translation>
    </message>
    <message>
        <source>Data &amp;Health…</source>
        <translation>سلامت داده‌ها (&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>برو (&amp;G)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>هیچ پایگاه داده‌ای باز نیست.</translation>
    </message>
    <message>
        <source>%1 — Kontor</source>
        <translation>%1 — Kontor</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>پایگاه داده‌ای باز نیست</translation>
    </message>
    <message>
        <source>Saving a copy in “%1”…</source>
        <translation>در حال ذخیره رونوشت در «%1»…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>در حال بازیابی نسخه پشتیبان…</translation>
    </message>
    <message>
        <source>Restored the backup; the database as it was is kept as a backup.</source>
        <translation>نسخه پشتیبان بازیابی شد؛ پایگاه داده پیش از بازیابی به‌عنوان نسخه پشتیبان نگه داشته شده است.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) are due.</source>
        <translation>
            <numerusform>سررسید %Ln یادآور رسیده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>یادآور: %1</translation>
    </message>
    <message>
        <source>Kontor reminder</source>
        <translation>یادآور Kontor</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های داده Kontor (*.sqlite *.db);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>پایگاه داده جدید</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>پایگاه‌های داده Kontor (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or use Open Database.</source>
        <translation>«%1» از قبل وجود دارد. نام تازه‌ای انتخاب کنید، یا از «باز کردن پایگاه داده» استفاده کنید.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>The import of %1 was taken back.</source>
        <translation>درون‌ریزی %1 برگردانده شد.</translation>
    </message>
    <message>
        <source>Imported from %1: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected.</source>
        <translation>درون‌ریزی از %1: %2 ایجاد، %3 به‌روزرسانی، %4 ادغام، %5 نادیده گرفته و %6 رد شد.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>ذخیره رونوشت با نام</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>ذخیره رونوشت</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>رونوشتی با نام %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>بازیابی از پشتیبان</translation>
    </message>
    <message>
        <source>About Kontor</source>
        <translation>درباره Kontor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;An offline CRM for small businesses and salespeople: clients, what was said, and what to do next, in one local file.&lt;/p&gt;&lt;p&gt;SQLite %2&lt;/p&gt;</source>
        <translation>&lt;h3 dir=&quot;rtl&quot;&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;یک CRM آفلاین برای کسب‌وکارهای کوچک و فروشندگان: مشتریان، آنچه گفته شد و کاری که باید در گام بعد انجام شود، در یک فایل محلی.&lt;/p&gt;&lt;p dir=&quot;rtl&quot;&gt;SQLite %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;راهنمای کاربر</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>میان‌برها&amp;ی صفحه‌کلید</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>باز کردن پایگاه داده نمایشی (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>درباره Kontor (&amp;A)</translation>
    </message>
    <message>
        <source>The demo database: made-up data in a file of its own. File → Open Database… goes back to yours.</source>
        <translation>پایگاه داده نمایشی: داده‌های ساختگی در یک فایل جداگانه. فایل ← باز کردن پایگاه داده… شما را به پایگاه داده خودتان برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Daily Backup</source>
        <translation>پشتیبان روزانه</translation>
    </message>
    <message>
        <source>%1

Choose a backup to restore now?</source>
        <translation>%1

هم‌اکنون یک نسخه پشتیبان برای بازیابی انتخاب شود؟</translation>
    </message>
    <message>
        <source>%1 (saved).sqlite</source>
        <comment>a database salvaged from a damaged one</comment>
        <translation>%1 (نجات‌یافته).sqlite</translation>
    </message>
    <message>
        <source>Save What Can Be Read</source>
        <translation>نجات آنچه خواندنی است</translation>
    </message>
    <message>
        <source>“%1” exists already: choose a new name, so that nothing is written over.</source>
        <translation>«%1» از قبل وجود دارد: نام تازه‌ای انتخاب کنید تا چیزی بازنویسی نشود.</translation>
    </message>
    <message>
        <source>Saving what can be read…</source>
        <translation>در حال نجات آنچه خواندنی است…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message numerus="yes">
        <source>Every row could be read: %Ln row(s) saved.</source>
        <translation>
            <numerusform>همه ردیف‌ها خواندنی بودند: %Ln ردیف نجات یافت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved; some could not be read in: %1.</source>
        <translation>
            <numerusform>%Ln ردیف نجات یافت؛ بخشی خواندنی نبود در: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Kontor now works with “%2”. The damaged file is left as it was.</source>
        <translation>%1

اکنون Kontor با «%2» کار می‌کند. فایل آسیب‌دیده همان‌طور که بود مانده است.</translation>
    </message>
    <message>
        <source>%1 (read only) — Kontor</source>
        <translation>%1 (فقط خواندنی) — Kontor</translation>
    </message>
    <message>
        <source>Read only: nothing can be changed in this damaged file.</source>
        <translation>فقط خواندنی: در این فایل آسیب‌دیده چیزی را نمی‌توان تغییر داد.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>menu item: %1 is the step to take back</comment>
        <translation>&amp;واگرد: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>menu item: %1 is the step to do again</comment>
        <translation>&amp;ازنو: %1</translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation>فقط خواندنی</translation>
    </message>
    <message>
        <source>Read only</source>
        <comment>the open database can only be read</comment>
        <translation>فقط خواندنی</translation>
    </message>
    <message>
        <source>This damaged file is open read only: restore a backup (File → Restore from Backup) or save what can be read into a new file to work on.</source>
        <translation>این فایل آسیب‌دیده فقط خواندنی باز شده است: برای ادامه کار، یک پشتیبان را بازیابی کنید (فایل ← بازیابی از پشتیبان) یا آنچه خواندنی است را در فایل تازه‌ای نجات دهید.</translation>
    </message>
    <message numerus="yes">
        <source>Another program is writing to this database: waiting for it, at most %Ln second(s)…</source>
        <translation>
            <numerusform>برنامهٔ دیگری در این پایگاه داده می‌نویسد: Kontor منتظر آن است، حداکثر %Ln ثانیه…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelineColumnWidget</name>
    <message>
        <source>Deals in %1</source>
        <translation>معاملات در %1</translation>
    </message>
    <message>
        <source>%1  &lt;span style=&apos;font-weight:normal; white-space:nowrap&apos;&gt;%2 %&lt;/span&gt;</source>
        <translation>%1  &lt;span style=&apos;font-weight:normal; white-space:nowrap&apos;&gt;%2٪&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n deal(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln معامله&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed in the last %n day(s)</source>
        <translation>
            <numerusform>بسته‌شده در %Ln روز گذشته</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>وزن‌دار %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%Ln راکد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation>
            <numerusform>نمایش %Ln مورد نخست</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n deal(s)</source>
        <translation>
            <numerusform>%1 • %Ln معامله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deals that reached “%1” in the last %n day(s).</source>
        <translation>
            <numerusform>معاملاتی که در %Ln روز گذشته به «%1» رسیدند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted: the amount times the stage&apos;s win probability (%1 %). Stale: longer than %2 days in the stage.</source>
        <translation>وزن‌دار: مبلغ ضرب در احتمال موفقیت مرحله (%1٪). راکد: بیش از %2 روز در این مرحله.</translation>
    </message>
    <message>
        <source>Click to unfold.</source>
        <translation>برای باز کردن کلیک کنید.</translation>
    </message>
    <message>
        <source>Unfold the column</source>
        <translation>باز کردن ستون</translation>
    </message>
    <message>
        <source>Fold the column to a narrow strip</source>
        <translation>جمع کردن ستون به یک نوار باریک</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>جمع کردن</translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>پایپ‌لاین</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>فیلتر مسئول</translation>
    </message>
    <message>
        <source>Show the deals of one salesperson</source>
        <translation>نمایش معاملات یک کارشناس فروش</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>تابلو (&amp;B)</translation>
    </message>
    <message>
        <source>One column per stage (Alt+B)</source>
        <translation>یک ستون برای هر مرحله (Alt+B)</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>فهرست (&amp;I)</translation>
    </message>
    <message>
        <source>The same deals as a sortable list (Alt+I)</source>
        <translation>همان معاملات به‌صورت فهرست مرتب‌شدنی (Alt+I)</translation>
    </message>
    <message>
        <source>New Deal…</source>
        <translation>معامله جدید…</translation>
    </message>
    <message>
        <source>A new deal in the selected stage (Ctrl+Shift+N)</source>
        <translation>معامله جدید در مرحله انتخاب‌شده (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>مسئو&amp;ل:</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <source>No deals yet.

A deal is what a contact may buy: create one with “New Deal…” (Ctrl+Shift+N) or from the contact&apos;s card, then move it through the stages here until it is won or lost.</source>
        <translation>هنوز معامله‌ای وجود ندارد.

معامله چیزی است که یک مخاطب ممکن است بخرد: با «معامله جدید…» (Ctrl+Shift+N) یا از کارت مخاطب یکی ایجاد کنید، سپس آن را اینجا در مراحل جلو ببرید تا برنده شود یا از دست برود.</translation>
    </message>
    <message>
        <source>&amp;Edit Deal…</source>
        <translation>&amp;ویرایش معامله…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>با&amp;ز کردن مخاطب</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage</source>
        <translation>انتقال به مرحله بعدی (&amp;X)</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>انتقال به مرحله قبلی (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Archive Deal…</source>
        <translation>بایگانی معامله (&amp;A)…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>همه مسئولان</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%Ln معامله باز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted %1</source>
        <translation>
            <numerusform>%Ln معامله باز، وزن‌دار %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation>انتقال معامله</translation>
    </message>
    <message>
        <source>“%1” has no contact.</source>
        <translation>«%1» مخاطب ندارد.</translation>
    </message>
    <message>
        <source>Deal saved.</source>
        <translation>معامله ذخیره شد.</translation>
    </message>
    <message>
        <source>Archive Deal</source>
        <translation>بایگانی معامله</translation>
    </message>
    <message>
        <source>Archive “%1”? It leaves the board and the totals; File → Archive brings it back.</source>
        <translation>«%1» بایگانی شود؟ از تابلو و جمع‌ها خارج می‌شود؛ با فایل ← بایگانی بازمی‌گردد.</translation>
    </message>
    <message>
        <source>Edit Deal…</source>
        <translation>ویرایش معامله…</translation>
    </message>
    <message>
        <source>Open Contact</source>
        <translation>باز کردن مخاطب</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>انتقال به</translation>
    </message>
    <message>
        <source>Select a deal and press Ctrl+Shift+%1 or %2 to move it to the next or previous stage. Enter edits the deal, Ctrl+Enter opens its contact, Delete archives it.</source>
        <translation>یک معامله را انتخاب کنید و Ctrl+Shift+%1‎ یا %2 را بزنید تا به مرحله بعدی یا قبلی برود. Enter معامله را ویرایش می‌کند، Ctrl+Enter مخاطب آن را باز می‌کند و Delete آن را بایگانی می‌کند.</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and press Ctrl+Shift+%1 or %2. Enter edits the deal, Ctrl+Enter opens its contact.</source>
        <translation>یک کارت را به مرحله دیگری بکشید، یا آن را انتخاب کنید و Ctrl+Shift+%1‎ یا %2 را بزنید. Enter معامله را ویرایش می‌کند، Ctrl+Enter مخاطب آن را باز می‌کند.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReminderDialog</name>
    <message>
        <source>Once</source>
        <translation>یک‌بار</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>هر روز</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>هر هفته</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>هر ماه</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>هر سال</translation>
    </message>
    <message>
        <source>Edit Reminder</source>
        <translation>ویرایش یادآور</translation>
    </message>
    <message>
        <source>New Reminder</source>
        <translation>یادآور جدید</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a reminder</comment>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>What to do, e.g. Send the offer</source>
        <translation>چه کاری باید انجام شود، مانند ارسال پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>عنوان (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>سر&amp;رسید:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>مخاطب (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>تکر&amp;ار:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>یادداشت‌ها (&amp;N):</translation>
    </message>
</context>
<context>
    <name>kontor::ui::RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <source>&amp;New Reminder…</source>
        <translation>یادآور جدید (&amp;N)…</translation>
    </message>
    <message>
        <source>A follow-up, a call to make, anything with a date (Ctrl+Shift+R)</source>
        <translation>یک پیگیری، تماسی که باید گرفت، هر چیزی که تاریخ دارد (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;انجام شد</translation>
    </message>
    <message>
        <source>Mark the reminder done; a repeating one moves to its next date (D)</source>
        <translation>علامت‌گذاری یادآور به‌عنوان انجام‌شده؛ یادآور تکرارشونده به تاریخ بعدی‌اش می‌رود (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze Until Tomorrow</source>
        <translation>تعویق تا فردا (&amp;S)</translation>
    </message>
    <message>
        <source>Ask again tomorrow at 9:00 (S)</source>
        <translation>فردا ساعت ۹:۰۰ دوباره یادآوری شود (S)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>Change the reminder (Enter)</source>
        <translation>تغییر یادآور (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>حذ&amp;ف</translation>
    </message>
    <message>
        <source>Remove the reminder (Delete)</source>
        <translation>حذف یادآور (Delete)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <source>Calendar of reminders</source>
        <translation>تقویم یادآورها</translation>
    </message>
    <message>
        <source>Reminders of the selected day</source>
        <translation>یادآورهای روز انتخاب‌شده</translation>
    </message>
    <message>
        <source>No reminders yet.

Create one with “New Reminder…”, or schedule a follow-up when you log a call (Ctrl+L). Double-click a day in the calendar to add one for that day.</source>
        <translation>هنوز یادآوری وجود ندارد.

با «یادآور جدید…» یکی ایجاد کنید، یا هنگام ثبت تماس (Ctrl+L) یک پیگیری برنامه‌ریزی کنید. روی یک روز در تقویم دوبار کلیک کنید تا یادآوری برای آن روز بیفزایید.</translation>
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
        <translation>به تعویق افتاده؛ سررسید اولیه %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>عقب‌افتاده</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>%Ln روز آینده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in the last %n day(s)</source>
        <translation>
            <numerusform>انجام‌شده در %Ln روز گذشته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%Ln یادآور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reminder(s)</source>
        <translation>
            <numerusform>%1: %Ln یادآور</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder saved.</source>
        <translation>یادآور ذخیره شد.</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow.</source>
        <translation>تا فردا به تعویق افتاد.</translation>
    </message>
    <message>
        <source>Delete Reminder</source>
        <translation>حذف یادآور</translation>
    </message>
    <message>
        <source>Delete the reminder “%1”?</source>
        <translation>یادآور «%1» حذف شود؟</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportDetailsDialog</name>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>ثبت‌شده توسط</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده‌شده</translation>
    </message>
    <message>
        <source>The first %L1 (there are more); Enter opens the one chosen.</source>
        <translation>%L1 مورد نخست (موارد بیشتری هست)؛ Enter مورد انتخاب‌شده را باز می‌کند.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2; Enter opens the one chosen.</source>
        <translation>%L1 مورد نخست از %L2؛ Enter مورد انتخاب‌شده را باز می‌کند.</translation>
    </message>
    <message>
        <source>Nothing behind this figure.</source>
        <translation>پشت این رقم چیزی نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s); Enter opens the one chosen.</source>
        <translation>
            <numerusform>%Ln مورد؛ Enter مورد انتخاب‌شده را باز می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>با&amp;ز کردن معامله</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>با&amp;ز کردن مخاطب</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>ثبت تعامل (&amp;L)…</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>مرحله</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportView</name>
    <message>
        <source>Double-click a figure, or press Enter, for what lies behind it.</source>
        <translation>برای دیدن آنچه پشت یک رقم است، روی آن دوبار کلیک کنید یا Enter را بزنید.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportsPage</name>
    <message>
        <source>%1 to %2 · %3 · printed %4</source>
        <translation>%1 تا %2 • %3 • چاپ‌شده در %4</translation>
    </message>
    <message>
        <source>Kontor reports</source>
        <translation>گزارش‌های Kontor</translation>
    </message>
    <message>
        <source>Save All Reports as PDF</source>
        <translation>ذخیره همه گزارش‌ها به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برون‌بری</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Print Reports</source>
        <translation>چاپ گزارش‌ها</translation>
    </message>
    <message>
        <source>The reports were sent to the printer.</source>
        <translation>گزارش‌ها به چاپگر فرستاده شدند.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>روز نخست</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>روز آخر</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>کارشناس فروش</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;دوره:</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>کا&amp;رشناس فروش:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>برون‌بری (&amp;X)</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>جدول به‌صورت CSV…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>نمودار به‌صورت PNG…</translation>
    </message>
    <message>
        <source>All reports as PDF…</source>
        <translation>همه گزارش‌ها به‌صورت PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چا&amp;پ…</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>قیف فروش (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Lead sources</source>
        <translation>منابع سرنخ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>هفته (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>فعالیت (&amp;A)</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>پیش‌بینی (&amp;O)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» نوشته نشد: %2</translation>
    </message>
    <message>
        <source>Save the Chart</source>
        <translation>ذخیره نمودار</translation>
    </message>
    <message>
        <source>Save the Table</source>
        <translation>ذخیره جدول</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصویرهای PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>L&amp;ifecycle</source>
        <translation>چرخه عمر (&amp;I)</translation>
    </message>
    <message>
        <source>Only records with</source>
        <translation>فقط رکوردهای دارای</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>همه رکوردها</translation>
    </message>
    <message>
        <source>%1 (company)</source>
        <comment>a company&apos;s field in the reports&apos; filter</comment>
        <translation>%1 (شرکت)</translation>
    </message>
    <message>
        <source>%1 (deal)</source>
        <comment>a deal&apos;s field in the reports&apos; filter</comment>
        <translation>%1 (معامله)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: answer</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cus&amp;tomers</source>
        <translation>مشتریان (&amp;T)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>salesperson · the records chosen, as in Territory: DACH</comment>
        <translation>%1 • %2</translation>
    </message>
    <message>
        <source>Narrows every report to the contacts, companies or deals with this answer of a choice field (Settings → Fields), or to a sales territory (Settings → Territories).</source>
        <translation>همه گزارش‌ها را به مخاطبان، شرکت‌ها یا معاملاتی محدود می‌کند که این گزینه از یک فیلد گزینه‌ای را دارند (تنظیمات ← فیلدها)، یا به یک حوزه فروش (تنظیمات ← حوزه‌های فروش).</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>حوزه فروش: %1</translation>
    </message>
    <message>
        <source>In no territory</source>
        <translation>بدون حوزه فروش</translation>
    </message>
</context>
<context>
    <name>kontor::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>بازیابی از پشتیبان</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The database as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>رونوشتی را که می‌خواهید به آن برگردید انتخاب کنید. ابتدا از پایگاه داده در وضعیت کنونی‌اش نسخه پشتیبان گرفته می‌شود، پس می‌توانید با بازیابی همان نسخه این کار را برگردانید.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>ایجادشده</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>با&amp;زیابی</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>نمایش پوشه (&amp;F)</translation>
    </message>
    <message>
        <source>There are no backups in “%1” yet.</source>
        <translation>هنوز هیچ نسخه پشتیبانی در «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>پیش از یک بازیابی</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>پیش از یک درون‌ریزی</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>پیش از یک ادغام</translation>
    </message>
    <message>
        <source>What was done since this copy was made cannot be read from the file as it is.</source>
        <translation>آنچه از زمان ساخت این نسخه انجام شده، از فایل در وضعیت کنونی‌اش خوانده نمی‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln compan(y/ies)</source>
        <translation>
            <numerusform>%Ln شرکت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln معامله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s), meeting(s) or note(s)</source>
        <translation>
            <numerusform>%Ln تماس، جلسه یا یادداشت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln یادآور</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added or changed since this copy was made.</source>
        <translation>از زمان ساخت این نسخه چیزی افزوده یا تغییر داده نشده است.</translation>
    </message>
    <message>
        <source>Going back to this copy loses more than this, added or changed since it was made: %1.</source>
        <translation>بازگشت به این نسخه بیش از این‌ها را از دست می‌دهد، که پس از ساختش افزوده یا تغییر داده شده: %1.</translation>
    </message>
    <message>
        <source>Going back to this copy loses what was added or changed since it was made: %1.</source>
        <translation>بازگشت به این نسخه آنچه را پس از ساختش افزوده یا تغییر داده شده از دست می‌دهد: %1.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ScoreRuleDialog</name>
    <message>
        <source>Add Fit Rule</source>
        <translation>افزودن قاعده تناسب</translation>
    </message>
    <message>
        <source>Fit Rule</source>
        <translation>قاعده تناسب</translation>
    </message>
    <message>
        <source>Add Engagement Rule</source>
        <translation>افزودن قاعده مشارکت</translation>
    </message>
    <message>
        <source>Engagement Rule</source>
        <translation>قاعده مشارکت</translation>
    </message>
    <message>
        <source>Contacts who meet the condition get the points.</source>
        <translation>مخاطبانی که این شرط را برآورده کنند، این امتیاز را می‌گیرند.</translation>
    </message>
    <message>
        <source>Contacts get the points for their interactions of this kind. Archived interactions do not count.</source>
        <translation>مخاطبان برای تعامل‌هایشان از این نوع امتیاز می‌گیرند. تعامل‌های بایگانی‌شده شمرده نمی‌شوند.</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>هر نتیجه‌ای</translation>
    </message>
    <message>
        <source>Once, if there was one in the last</source>
        <translation>یک بار، اگر یکی بوده باشد در آخرین</translation>
    </message>
    <message>
        <source>For each one, halving every</source>
        <translation>برای هر کدام، با نصف شدن در هر</translation>
    </message>
    <message>
        <source>days</source>
        <comment>after a number: halving every 14 days</comment>
        <translation>روز</translation>
    </message>
    <message>
        <source>&amp;Interaction:</source>
        <translation>تعامل (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>نتیجه (&amp;O):</translation>
    </message>
    <message>
        <source>Co&amp;unts:</source>
        <translation>نحوه شمارش (&amp;U):</translation>
    </message>
    <message>
        <source>Negative points take away: a complaint, no way to reach them.</source>
        <translation>امتیاز منفی از امتیاز کم می‌کند: مثلاً برای شکایت، یا نبودِ راهی برای ارتباط.</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>امتیاز (&amp;P):</translation>
    </message>
    <message>
        <source>What the contact card says, such as “Decision maker”</source>
        <translation>آنچه کارت مخاطب نشان می‌دهد، مانند «تصمیم‌گیرنده»</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نا&amp;م:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an interaction&apos;s kind and outcome: Call (successful)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, each halving every %Ln day(s)</source>
        <translation>
            <numerusform>%1، هر کدام هر %Ln روز نصف می‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %Ln day(s)</source>
        <translation>
            <numerusform>%1 در %Ln روز گذشته</numerusform>
        </translation>
    </message>
    <message>
        <source>This rule&apos;s condition, “%1”, cannot be shown here; it stays as it is unless you choose another.</source>
        <translation>شرط این قاعده، «%1»، را نمی‌توان اینجا نشان داد؛ تا شرط دیگری انتخاب نکنید، همان‌طور که هست باقی می‌ماند.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ScoringSettingsPage</name>
    <message>
        <source>Each contact scores 0 to 100: the points of the fit rules they meet (who they are) and of the engagement rules their interactions meet (what they did lately). The contact&apos;s card says which rules gave the points.</source>
        <translation>هر مخاطب امتیازی از 0 تا 100 می‌گیرد: امتیاز قواعد تناسبی که برآورده می‌کند (کیست) و قواعد مشارکتی که تعامل‌هایش برآورده می‌کنند (اخیراً چه کرده است). کارت مخاطب نشان می‌دهد کدام قواعد این امتیازها را داده‌اند.</translation>
    </message>
    <message>
        <source>Lead scoring rules</source>
        <translation>قواعد امتیازدهی سرنخ</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>قاعده</translation>
    </message>
    <message>
        <source>Counts when</source>
        <translation>شرط شمارش</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Fit: who they are</source>
        <translation>تناسب: مخاطب کیست</translation>
    </message>
    <message>
        <source>Engagement: what they did lately</source>
        <translation>مشارکت: اخیراً چه کرده است</translation>
    </message>
    <message>
        <source>&amp;Add Fit Rule…</source>
        <translation>افزودن قاعده تناسب (&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>ویرایش (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف (&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>انتقال به بالا (&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>انتقال به پایین (&amp;D)</translation>
    </message>
    <message>
        <source>Add Starter Ru&amp;les</source>
        <translation>افزودن قواعد آغازین (&amp;L)</translation>
    </message>
    <message>
        <source>Nine rules to start from: titles of decision makers, a way to reach them, meetings, answered calls, emails and complaints. Change them to suit your business.</source>
        <translation>نُه قاعده برای شروع: سمت‌های تصمیم‌گیرندگان، راهی برای ارتباط با آن‌ها، جلسه‌ها، تماس‌های پاسخ‌داده‌شده، ایمیل‌ها و شکایت‌ها. آن‌ها را متناسب با کسب‌وکار خود تغییر دهید.</translation>
    </message>
    <message>
        <source>Res&amp;core Everyone…</source>
        <translation>امتیازدهی دوباره به همه (&amp;C)…</translation>
    </message>
    <message>
        <source>Scores are kept up to date as you work and worked out afresh each day; this does it now.</source>
        <translation>امتیازها هنگام کار شما به‌روز نگه داشته می‌شوند و هر روز از نو محاسبه می‌شوند؛ این دکمه همین کار را اکنون انجام می‌دهد.</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a lead becomes marketing qualified at score: never</comment>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>A lead becomes marketing &amp;qualified at score:</source>
        <translation>سرنخ با رسیدن به این امتیاز واجد شرایط بازاریابی می‌شود (&amp;Q):</translation>
    </message>
    <message>
        <source>Off: counts nothing until ticked again.</source>
        <translation>غیرفعال: تا دوباره تیک نخورد، هیچ امتیازی نمی‌دهد.</translation>
    </message>
    <message>
        <source>Working out every contact&apos;s score…</source>
        <translation>در حال محاسبه امتیاز همه مخاطبان…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stopped: the scores are as they were.</source>
        <translation>متوقف شد: امتیازها همان‌طور که بودند ماندند.</translation>
    </message>
    <message numerus="yes">
        <source>Scores worked out again: %Ln changed.</source>
        <translation>
            <numerusform>امتیازها دوباره محاسبه شدند: %Ln مورد تغییر کرد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Engage&amp;ment Rule…</source>
        <translation>افزودن قاعده مشارکت (&amp;M)…</translation>
    </message>
    <message>
        <source>Lead Scoring</source>
        <translation>امتیازدهی سرنخ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) score %1 or more already. Make them marketing qualified now?</source>
        <translation>
            <numerusform>%Ln سرنخ از پیش امتیاز %1 یا بیشتر دارند. همین حالا واجد شرایط بازاریابی شوند؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) made marketing qualified.</source>
        <translation>
            <numerusform>%Ln سرنخ واجد شرایط بازاریابی شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::SetFieldDialog</name>
    <message>
        <source>Set Field</source>
        <translation>تعیین فیلد</translation>
    </message>
    <message numerus="yes">
        <source>The value for the %Ln selected contact(s). Left empty, it empties the field.</source>
        <translation>
            <numerusform>مقدار برای %Ln مخاطب انتخاب‌شده. اگر خالی بماند، فیلد خالی می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>تعیین (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>فیلد (&amp;F):</translation>
    </message>
    <message>
        <source>Fill in %1: it is required.</source>
        <translation>%1 را پر کنید: الزامی است.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SettingsDialog</name>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>برنده‌شده</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>مر&amp;احل</translation>
    </message>
    <message>
        <source>Lead &amp;sources</source>
        <translation>منابع سرنخ (&amp;S)</translation>
    </message>
    <message>
        <source>Sales&amp;people</source>
        <translation>کا&amp;رشناسان فروش</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>برچسب‌ها (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>عمومی (&amp;G)</translation>
    </message>
    <message>
        <source>Sales stages</source>
        <translation>مراحل فروش</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Win probability (%)</source>
        <translation>احتمال موفقیت (٪)</translation>
    </message>
    <message>
        <source>Stale after (days)</source>
        <translation>راکد پس از (روز)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>افزودن مرحله (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>حذ&amp;ف…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>انتقال به بالا (&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>انتقال به پایین (&amp;D)</translation>
    </message>
    <message>
        <source>Double-click a name or number to change it. The weighted pipeline counts each deal at its stage&apos;s win probability; a deal longer than the stale days in its stage is marked stale (0: never).</source>
        <translation>برای تغییر یک نام یا عدد روی آن دوبار کلیک کنید. پایپ‌لاین وزن‌دار هر معامله را با احتمال موفقیت مرحله‌اش حساب می‌کند؛ معامله‌ای که بیش از تعداد روزهای راکد در مرحله‌اش بماند راکد علامت می‌خورد (۰: هرگز).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>افزودن مرحله</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>نام مرحله جدید:</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>حذف مرحله</translation>
    </message>
    <message>
        <source>Remove “%1”. Its deals move to:</source>
        <translation>حذف «%1». معاملات آن منتقل شوند به:</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>منابع سرنخ</translation>
    </message>
    <message>
        <source>Campaigns of the lead source</source>
        <translation>کمپین‌های منبع سرنخ</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Add S&amp;ource</source>
        <translation>افزودن منبع (&amp;O)</translation>
    </message>
    <message>
        <source>Add &amp;Campaign</source>
        <translation>افزودن کمپین (&amp;C)</translation>
    </message>
    <message>
        <source>Campaigns and what they cost (the reports divide by this spend)</source>
        <translation>کمپین‌ها و هزینه آن‌ها (گزارش‌ها بر این هزینه تقسیم می‌کنند)</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>«%1» مبلغی به %2 نیست.</translation>
    </message>
    <message>
        <source>Add Lead Source</source>
        <translation>افزودن منبع سرنخ</translation>
    </message>
    <message>
        <source>Name of the lead source:</source>
        <translation>نام منبع سرنخ:</translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation>افزودن کمپین</translation>
    </message>
    <message>
        <source>Name of the campaign of %1:</source>
        <translation>نام کمپین %1:</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>کارشناسان فروش</translation>
    </message>
    <message>
        <source>Add &amp;Salesperson</source>
        <translation>&amp;افزودن کارشناس فروش</translation>
    </message>
    <message>
        <source>Salespeople own contacts and deals; the filters and reports are per owner. Double-click a name to change it. The first one is the owner of new records.</source>
        <translation>کارشناسان فروش مسئول مخاطبان و معاملات هستند؛ فیلترها و گزارش‌ها برای هر مسئول جداگانه‌اند. برای تغییر یک نام روی آن دوبار کلیک کنید. نفر نخست مسئول رکوردهای جدید است.</translation>
    </message>
    <message>
        <source>Owner of new records</source>
        <translation>مسئول رکوردهای جدید</translation>
    </message>
    <message>
        <source>Add Salesperson</source>
        <translation>افزودن کارشناس فروش</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>No tags yet: add them in a contact&apos;s dialog, or to many at once with Change Selected.</source>
        <translation>هنوز برچسبی وجود ندارد: برچسب‌ها را در پنجره مخاطب بیفزایید، یا با «تغییر موارد انتخاب‌شده» به چندین مخاطب به‌یک‌باره.</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>حذ&amp;ف برچسب</translation>
    </message>
    <message>
        <source>Double-click a tag to rename it everywhere; renaming it to an existing tag merges the two. Tags are added where contacts are edited.</source>
        <translation>برای تغییر نام یک برچسب در همه جا، روی آن دوبار کلیک کنید؛ تغییر نام به برچسبی موجود، آن دو را ادغام می‌کند. برچسب‌ها هنگام ویرایش مخاطبان افزوده می‌شوند.</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>واحد پول پیش‌فرض</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>باز کردن پایگاه داده دیگر (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>پایگاه داده جدید (&amp;N)…</translation>
    </message>
    <message>
        <source>Region of phone numbers without a country code</source>
        <translation>منطقه شماره تلفن‌های بدون کد کشور</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>تعداد نسخه‌های پشتیبان نگه‌داشتنی</translation>
    </message>
    <message>
        <source>No daily backup</source>
        <translation>بدون پشتیبان روزانه</translation>
    </message>
    <message>
        <source>A copy a day, and one before each restore; beyond this number the oldest are deleted. With no daily backup, none are deleted.</source>
        <translation>روزی یک رونوشت، و یکی پیش از هر بازیابی؛ بیش از این تعداد، قدیمی‌ترین‌ها حذف می‌شوند. بدون پشتیبان روزانه، هیچ‌کدام حذف نمی‌شود.</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;واحد پول پیش‌فرض:</translation>
    </message>
    <message>
        <source>New deals and campaigns start in this currency; amounts keep their own.</source>
        <translation>معاملات و کمپین‌های جدید با این واحد پول آغاز می‌شوند؛ مبالغ واحد پول خود را حفظ می‌کنند.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>فایل پایگاه داده:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a country code are from:</source>
        <translation>شماره تلفن‌های بدون کد کشور متعلق به &amp;این کشورند:</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>تعداد نسخه‌های پشتیبان نگه‌داشتنی (&amp;B):</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>پوشه پشتیبان:</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>فیلدها (&amp;F)</translation>
    </message>
    <message>
        <source>Lifec&amp;ycle</source>
        <translation>چرخه عمر (&amp;Y)</translation>
    </message>
    <message>
        <source>Lead sc&amp;oring</source>
        <translation>امتیازدهی سرنخ (&amp;O)</translation>
    </message>
    <message>
        <source>T&amp;erritories</source>
        <translation>حوزه‌های فروش (&amp;E)</translation>
    </message>
    <message>
        <source>Assign&amp;ment</source>
        <comment>the Settings tab of the assignment rules</comment>
        <translation>واگذاری (&amp;M)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>کارکرد</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Mark the selected reminder done</source>
        <translation>علامت‌گذاری یادآور انتخاب‌شده به‌عنوان انجام‌شده</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Snooze the selected reminder until tomorrow 9:00</source>
        <translation>تعویق یادآور انتخاب‌شده تا فردا ساعت ۹:۰۰</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Open the contact, or the deal on the pipeline</source>
        <translation>باز کردن مخاطب، یا معامله در پایپ‌لاین</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>ویرایش مخاطب انتخاب‌شده</translation>
    </message>
    <message>
        <source>Select several contacts</source>
        <translation>انتخاب چند مخاطب</translation>
    </message>
    <message>
        <source>Shift+click, Ctrl+click, Ctrl+A</source>
        <translation>Shift+کلیک، Ctrl+کلیک، Ctrl+A</translation>
    </message>
    <message>
        <source>Resolve or reopen the selected complaint in the history</source>
        <translation>حل کردن یا بازگشایی شکایت انتخاب‌شده در سابقه</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <source>Edit the selected reminder</source>
        <translation>ویرایش یادآور انتخاب‌شده</translation>
    </message>
    <message>
        <source>Delete the selected reminder</source>
        <translation>حذف یادآور انتخاب‌شده</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>پایپ‌لاین</translation>
    </message>
    <message>
        <source>Edit the selected deal</source>
        <translation>ویرایش معامله انتخاب‌شده</translation>
    </message>
    <message>
        <source>Previous or next column</source>
        <translation>ستون قبلی یا بعدی</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Left، Right</translation>
    </message>
    <message>
        <source>Board or list</source>
        <translation>تابلو یا فهرست</translation>
    </message>
    <message>
        <source>Alt+B, Alt+I</source>
        <translation>Alt+B، Alt+I</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Open the first match</source>
        <translation>باز کردن نخستین نتیجه</translation>
    </message>
    <message>
        <source>Move through the matches</source>
        <translation>حرکت میان نتایج</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Up، Down</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>New line in the notes</source>
        <translation>خط جدید در یادداشت‌ها</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>What lies behind the chosen figure</source>
        <translation>آنچه پشت رقم انتخاب‌شده است</translation>
    </message>
    <message>
        <source>Log an interaction with the contact of a row of the details</source>
        <translation>ثبت تعامل با مخاطب یک سطر از جزئیات</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Print all reports</source>
        <translation>چاپ همه گزارش‌ها</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Find a key or a command</source>
        <translation>یافتن یک کلید یا فرمان</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TerritoriesSettingsPage</name>
    <message>
        <source>Sales territories</source>
        <translation>حوزه‌های فروش</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>حوزه فروش</translation>
    </message>
    <message>
        <source>Made of</source>
        <translation>تشکیل‌شده از</translation>
    </message>
    <message>
        <source>&amp;Add Territory…</source>
        <translation>افزودن حوزه فروش (&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>ویرایش (&amp;I)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>حذف (&amp;V)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>انتقال به بالا (&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>انتقال به پایین (&amp;D)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the countries of a territory</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>regions %1</source>
        <translation>منطقه‌های %1</translation>
    </message>
    <message>
        <source>postal codes %1</source>
        <translation>کدهای پستی %1</translation>
    </message>
    <message>
        <source>nothing yet: it holds nobody</source>
        <translation>هنوز چیزی تعیین نشده: هیچ‌کس را در بر نمی‌گیرد</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a territory</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>A contact or company is in the first territory, in this order, that holds its address. The Contacts list shows it in its Territory column (right-click the header) and filters by it under More Filters; the Companies page shows it and lists a territory&apos;s companies; scoring rules can ask for it.</source>
        <translation>هر مخاطب یا شرکت در نخستین حوزه فروشی، به همین ترتیب، قرار می‌گیرد که نشانی‌اش را در بر بگیرد. فهرست مخاطبان آن را در ستون «حوزه فروش» نشان می‌دهد (روی عنوان فهرست راست‌کلیک کنید) و در «فیلترهای بیشتر» بر اساس آن فیلتر می‌کند؛ صفحه شرکت‌ها آن را نشان می‌دهد و شرکت‌های هر حوزه فروش را فهرست می‌کند؛ قواعد امتیازدهی هم می‌توانند آن را شرط کنند.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TerritoryDialog</name>
    <message>
        <source>Add Territory</source>
        <translation>افزودن حوزه فروش</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>حوزه فروش</translation>
    </message>
    <message>
        <source>North, Bavaria, DACH…</source>
        <translation>شمال، بایرن، DACH…</translation>
    </message>
    <message>
        <source>Germany, Austria, Switzerland</source>
        <translation>آلمان, اتریش, سوئیس</translation>
    </message>
    <message>
        <source>Bavaria, Hesse</source>
        <translation>بایرن, هسن</translation>
    </message>
    <message>
        <source>10, 12, 20000–29999</source>
        <translation>10, 12, 20000–29999</translation>
    </message>
    <message>
        <source>Separate several with commas. A contact or company is in the territory when its country is one of these (or none are given) and its region or postal code is one of these (or none are given). A postal code is a beginning, such as 10, or a range, such as 20000–29999 or 20000..29999. When territories overlap, the first in the list has the address.</source>
        <translation>چند مورد را با ویرگول (,) از هم جدا کنید. مخاطب یا شرکت در این حوزه است اگر کشورش یکی از این کشورها باشد (یا کشوری داده نشده باشد) و منطقه یا کد پستی‌اش یکی از این‌ها باشد (یا هیچ‌کدام داده نشده باشد). کد پستی می‌تواند بخش آغازین کد باشد، مانند 10، یا یک بازه، مانند 20000–29999 یا 20000..29999. وقتی حوزه‌ها هم‌پوشانی دارند، نشانی به نخستین حوزه در فهرست تعلق می‌گیرد.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>کشورها (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>منطقه‌ها (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Postal codes:</source>
        <translation>کدهای پستی (&amp;P):</translation>
    </message>
    <message>
        <source>Give countries, regions or postal codes: a territory without any holds nobody.</source>
        <translation>کشورها، منطقه‌ها یا کدهای پستی را وارد کنید: حوزه‌ای که هیچ‌کدام را نداشته باشد، هیچ‌کس را در بر نمی‌گیرد.</translation>
    </message>
    <message>
        <source>%1 and %2 have an address in it.</source>
        <comment>contacts and companies</comment>
        <translation>%1 و %2 نشانی‌ای در آن دارند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln شرکت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::TimelineModel</name>
    <message>
        <source>Planned</source>
        <comment>an interaction still to come</comment>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>حل‌شده در %1</translation>
    </message>
    <message>
        <source>Deal created in %1</source>
        <translation>معامله در %1 ایجاد شد</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>معامله برنده شد</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>معامله از دست رفت</translation>
    </message>
    <message>
        <source>Deal moved to %1</source>
        <translation>معامله به %1 منتقل شد</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>یادآور انجام شد</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>سررسید یادآور</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>the line between planned and past entries</comment>
        <translation>اکنون</translation>
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
        <translation>برنامه امروز</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Nothing is due today.

Log a call or meeting with Ctrl+L and schedule the next step in the same dialog: it will show up here on its day.</source>
        <translation>امروز سررسید هیچ کاری نیست.

با Ctrl+L یک تماس یا جلسه ثبت کنید و در همان پنجره گام بعدی را برنامه‌ریزی کنید: در روز خودش اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;انجام شد</translation>
    </message>
    <message>
        <source>Mark the reminder done (D)</source>
        <translation>علامت‌گذاری یادآور به‌عنوان انجام‌شده (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze Until Tomorrow</source>
        <translation>تعویق تا فردا (&amp;S)</translation>
    </message>
    <message>
        <source>Ask again tomorrow at 9:00 (S)</source>
        <translation>فردا ساعت ۹:۰۰ دوباره یادآوری شود (S)</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>با&amp;ز کردن مخاطب</translation>
    </message>
    <message>
        <source>Show the contact&apos;s card (Enter)</source>
        <translation>نمایش کارت مخاطب (Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;D&lt;/b&gt; done · &lt;b&gt;S&lt;/b&gt; snooze until tomorrow · &lt;b&gt;Enter&lt;/b&gt; open · &lt;b&gt;Ctrl+L&lt;/b&gt; log a call or meeting · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; fold a section</source>
        <translation>‏&lt;b&gt;D&lt;/b&gt; انجام شد • &lt;b&gt;S&lt;/b&gt; تعویق تا فردا • &lt;b&gt;Enter&lt;/b&gt; باز کردن • &lt;b&gt;Ctrl+L&lt;/b&gt; ثبت تماس یا جلسه • &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; باز و جمع کردن بخش</translation>
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
            <numerusform>نمایش %Ln مورد نخست…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation>
            <numerusform>نمایش همه %Ln مورد…</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter lists every item of the section</source>
        <translation>Enter همه موارد این بخش را فهرست می‌کند</translation>
    </message>
    <message>
        <source>Snoozed; first due %1</source>
        <translation>به تعویق افتاده؛ سررسید اولیه %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>عقب‌افتاده</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>سررسید امروز</translation>
    </message>
    <message>
        <source>Meetings today and tomorrow</source>
        <translation>جلسه‌های امروز و فردا</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a meeting&apos;s day (Today, Tomorrow) and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>تولدهای این هفته</translation>
    </message>
    <message>
        <source>%1 turns %2</source>
        <translation>%1‏ %2 ساله می‌شود</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>در خطر قطع ارتباط</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln روز پیش</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message numerus="yes">
        <source>%1 — stay in touch every %n day(s)</source>
        <comment>a contact&apos;s name</comment>
        <translation>
            <numerusform>%1 — در ارتباط ماندن هر %Ln روز</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>معاملات راکد</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%Ln روز در این مرحله</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message numerus="yes">
        <source>No move for %n day(s): Enter shows the deal on the pipeline board.</source>
        <translation>
            <numerusform>%Ln روز بدون حرکت: Enter معامله را روی تابلوی پایپ‌لاین نشان می‌دهد.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>با&amp;ز کردن معامله</translation>
    </message>
    <message>
        <source>Show the deal on the pipeline board (Enter)</source>
        <translation>نمایش معامله روی تابلوی پایپ‌لاین (Enter)</translation>
    </message>
    <message>
        <source>“%1” snoozed until tomorrow.</source>
        <translation>«%1» تا فردا به تعویق افتاد.</translation>
    </message>
    <message>
        <source>Who to call next</source>
        <translation>بعد با چه کسی تماس بگیرید</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2
Enter opens the contact; Ctrl+L logs the call.</source>
        <translation>%1 — %2
Enter مخاطب را باز می‌کند؛ Ctrl+L تماس را ثبت می‌کند.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::UndoHistory</name>
    <message>
        <source>No database is open.</source>
        <translation>هیچ پایگاه داده‌ای باز نیست.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::UserGuideDialog</name>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>راهنمای کاربر در این نسخه ساخت وجود ندارد.</translation>
    </message>
    <message>
        <source>Kontor User Guide</source>
        <translation>راهنمای کاربر Kontor</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WeeklyReportView</name>
    <message>
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>What the notebook asked each week.</source>
        <translation>آنچه دفترچه هر هفته می‌پرسید.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <source>The week shown.</source>
        <translation>هفته نمایش‌داده‌شده.</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>هفته قبل</translation>
    </message>
    <message>
        <source>The week before it.</source>
        <translation>هفته پیش از آن.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>This week less the week before.</source>
        <translation>این هفته منهای هفته قبل.</translation>
    </message>
    <message>
        <source>Calls held</source>
        <translation>تماس‌های انجام‌شده</translation>
    </message>
    <message>
        <source>Calls logged in the week.</source>
        <translation>تماس‌های ثبت‌شده در این هفته.</translation>
    </message>
    <message>
        <source>… successful</source>
        <translation>… موفق</translation>
    </message>
    <message>
        <source>Calls with the outcome “successful”.</source>
        <translation>تماس‌هایی با نتیجه «موفق».</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>جلسه‌های برگزارشده</translation>
    </message>
    <message>
        <source>Meetings that took place in the week.</source>
        <translation>جلسه‌هایی که در این هفته برگزار شدند.</translation>
    </message>
    <message>
        <source>Meetings with the outcome “successful”.</source>
        <translation>جلسه‌هایی با نتیجه «موفق».</translation>
    </message>
    <message>
        <source>Led to another appointment</source>
        <translation>منجر به قرار ملاقات دیگر</translation>
    </message>
    <message>
        <source>Calls and meetings whose next step booked a meeting.</source>
        <translation>تماس‌ها و جلسه‌هایی که گام بعدی‌شان یک جلسه بود.</translation>
    </message>
    <message>
        <source>Appointments in the next 30 days</source>
        <translation>قرار ملاقات‌ها در ۳۰ روز آینده</translation>
    </message>
    <message>
        <source>Meetings booked for the 30 days after the week.</source>
        <translation>جلسه‌های برنامه‌ریزی‌شده برای ۳۰ روز پس از این هفته.</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>سرنخ‌های جدید</translation>
    </message>
    <message>
        <source>Contacts created in the week.</source>
        <translation>مخاطبانی که در این هفته ایجاد شدند.</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>معاملات برنده‌شده</translation>
    </message>
    <message>
        <source>Deals moved to Won in the week.</source>
        <translation>معاملاتی که در این هفته به «برنده‌شده» منتقل شدند.</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>معاملات ازدست‌رفته</translation>
    </message>
    <message>
        <source>Deals moved to Lost in the week.</source>
        <translation>معاملاتی که در این هفته به «ازدست‌رفته» منتقل شدند.</translation>
    </message>
    <message>
        <source>The amounts of the deals won in the week.</source>
        <translation>مبالغ معاملات برنده‌شده در این هفته.</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>درآمد کسب‌شده</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>شکایت‌های جدید</translation>
    </message>
    <message>
        <source>Complaints logged in the week.</source>
        <translation>شکایت‌های ثبت‌شده در این هفته.</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>شکایت‌های حل‌شده</translation>
    </message>
    <message>
        <source>Complaints marked resolved in the week, whenever they were logged.</source>
        <translation>شکایت‌هایی که در این هفته حل‌شده علامت خوردند، هر زمان که ثبت شده باشند.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>۱۲ هفته گذشته</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;: nothing logged yet. Log calls and meetings with Ctrl+L as they happen.</source>
        <translation>هفته &lt;b&gt;%1&lt;/b&gt;: هنوز چیزی ثبت نشده است. تماس‌ها و جلسه‌ها را همان زمان که رخ می‌دهند با Ctrl+L ثبت کنید.</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;, the period&apos;s last week so far, compared with the week before.</source>
        <translation>هفته &lt;b&gt;%1&lt;/b&gt;، آخرین هفته دوره تا این لحظه، در مقایسه با هفته قبل.</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;, compared with the week before.</source>
        <translation>هفته &lt;b&gt;%1&lt;/b&gt;، در مقایسه با هفته قبل.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>هفته %1</translation>
    </message>
    <message>
        <source>%1, week of %2</source>
        <translation>%1، هفته %2</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WelcomePage</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation>به Kontor خوش آمدید</translation>
    </message>
    <message>
        <source>Your clients, what was said and what to do next, in one file on this computer. Two questions, then choose how to begin.</source>
        <translation>مشتریان شما، آنچه گفته شد و کاری که باید در گام بعد انجام شود، در یک فایل روی همین رایانه. دو پرسش، سپس انتخاب کنید چگونه آغاز کنید.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <source>As your colleagues and reports should show it</source>
        <translation>همان‌گونه که همکاران و گزارش‌ها باید آن را نشان دهند</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>کشور شما</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>نا&amp;م شما:</translation>
    </message>
    <message>
        <source>Your &amp;country:</source>
        <translation>کشو&amp;ر شما:</translation>
    </message>
    <message>
        <source>&amp;Add your first contact</source>
        <translation>&amp;افزودن نخستین مخاطب</translation>
    </message>
    <message>
        <source>A person, with their company, emails and phones (Ctrl+N)</source>
        <translation>یک فرد، همراه شرکت، ایمیل‌ها و تلفن‌هایش (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>درون‌ریزی یک فایل (&amp;I)…</translation>
    </message>
    <message>
        <source>Contacts from a spreadsheet (CSV), Google Contacts, Outlook or a vCard file</source>
        <translation>مخاطبان از یک صفحه‌گسترده (CSV)، Google Contacts، Outlook یا یک فایل vCard</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>باز کردن پایگاه داده نمایشی (&amp;D)</translation>
    </message>
    <message>
        <source>5,000 made-up contacts with a year of calls, meetings and deals, in a file of its own: your database stays as it is</source>
        <translation>۵٬۰۰۰ مخاطب ساختگی با یک سال تماس، جلسه و معامله، در یک فایل جداگانه: پایگاه داده شما همان‌طور که هست می‌ماند</translation>
    </message>
    <message>
        <source>Choose your country. Phone numbers written without a country code, such as 030 1234567, are read as numbers of that country.</source>
        <translation>کشور خود را انتخاب کنید. شماره تلفن‌هایی که بدون کد کشور نوشته شده‌اند، مانند ۰۲۱ ۸۸۷۷ ۶۶۵۵، شماره‌های آن کشور خوانده می‌شوند.</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country; Settings can change it.</source>
        <translation>شماره تلفن‌هایی که بدون کد کشور نوشته شده‌اند شماره‌های این کشور خوانده می‌شوند؛ در تنظیمات می‌توان آن را تغییر داد.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo database</source>
        <translation>پایگاه داده نمایشی</translation>
    </message>
    <message>
        <source>Generating the demo database…</source>
        <translation>در حال ساخت پایگاه داده نمایشی…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Kontor, an offline CRM.</source>
        <translation>Kontor، یک CRM آفلاین.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>باز کردن این فایل پایگاه داده.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Open the demo database, generating it on first use.</source>
        <translation>باز کردن پایگاه داده نمایشی، و ساختن آن در نخستین استفاده.</translation>
    </message>
    <message>
        <source>Contacts in a new demo database.</source>
        <translation>تعداد مخاطبان در یک پایگاه داده نمایشی جدید.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The language of the interface, e.g. de.</source>
        <translation>زبان رابط کاربری، مانند fa.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>زبان</translation>
    </message>
</context>
</TS>
