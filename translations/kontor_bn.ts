<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name>Activity</name>
    <message>
        <source>The activity report could not be computed: %1</source>
        <translation>কার্যক্রমের রিপোর্ট হিসাব করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The activity report could not be computed.</source>
        <translation>কার্যক্রমের রিপোর্ট হিসাব করা যায়নি।</translation>
    </message>
</context>
<context>
    <name>AgendaRepository</name>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>মিটিংগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>পরিচিতিগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>The birthdays could not be read: %1</source>
        <translation>জন্মদিনগুলো পড়া যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 মুছুন</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 আর্কাইভ করুন</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <source>%1 archived.</source>
        <translation>%1 আর্কাইভ করা হয়েছে।</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 পুনরুদ্ধার করা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>ArchiveRepository</name>
    <message>
        <source>The archive could not be read: %1</source>
        <translation>আর্কাইভ পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>The record could not be restored: %1</source>
        <translation>রেকর্ডটি পুনরুদ্ধার করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The record is not in the archive any more.</source>
        <translation>রেকর্ডটি আর আর্কাইভে নেই।</translation>
    </message>
</context>
<context>
    <name>AssignActions</name>
    <message>
        <source>Change assignment rules</source>
        <translation>দায়িত্ব বণ্টনের নিয়ম পরিবর্তন করুন</translation>
    </message>
    <message>
        <source>Assign contacts by the rules</source>
        <translation>নিয়ম অনুযায়ী পরিচিতিদের দায়িত্ব বণ্টন করুন</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n contact(s) by the rules</source>
        <translation>
            <numerusform>নিয়ম অনুযায়ী %Lnটি পরিচিতির দায়িত্ব বণ্টন করুন</numerusform>
            <numerusform>নিয়ম অনুযায়ী %Lnটি পরিচিতির দায়িত্ব বণ্টন করুন</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignText</name>
    <message>
        <source>(everyone)</source>
        <translation>(সবাই)</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(বন্ধ)</translation>
    </message>
    <message>
        <source>assign takes its contacts as --where options, or lists its rules: assign rules.</source>
        <translation>assign তার পরিচিতিগুলো --where অপশন হিসেবে নেয়, অথবা তার নিয়মগুলোর তালিকা দেখায়: assign rules।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) would change owner.</source>
        <translation>
            <numerusform>%Lnটি পরিচিতির দায়িত্বপ্রাপ্ত বদলে যেত।</numerusform>
            <numerusform>%Lnটি পরিচিতির দায়িত্বপ্রাপ্ত বদলে যেত।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed owner.</source>
        <translation>
            <numerusform>%Lnটি পরিচিতির দায়িত্বপ্রাপ্ত বদলেছে।</numerusform>
            <numerusform>%Lnটি পরিচিতির দায়িত্বপ্রাপ্ত বদলেছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) looked at.</source>
        <translation>
            <numerusform>%Lnটি পরিচিতি যাচাই করা হয়েছে।</numerusform>
            <numerusform>%Lnটি পরিচিতি যাচাই করা হয়েছে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>The assignment rules could not be read: %1</source>
        <translation>দায়িত্ব বণ্টনের নিয়মগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>নিয়মটির একটি নাম দিন।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: choose the salesperson who gets the contacts.</source>
        <translation>%1: যে বিক্রয়কর্মী পরিচিতিগুলো পাবেন, তাঁকে বেছে নিন।</translation>
    </message>
    <message>
        <source>%1: choose at least one salesperson to share the contacts.</source>
        <translation>%1: পরিচিতিগুলো ভাগ করে নেওয়ার জন্য অন্তত একজন বিক্রয়কর্মী বেছে নিন।</translation>
    </message>
    <message>
        <source>The assignment rules could not be saved: %1</source>
        <translation>দায়িত্ব বণ্টনের নিয়মগুলো সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The assignment rules could not be applied: %1</source>
        <translation>দায়িত্ব বণ্টনের নিয়মগুলো প্রয়োগ করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>“%1” could not be copied beside the database.</source>
        <translation>“%1” ডেটাবেসের পাশে কপি করা যায়নি।</translation>
    </message>
    <message>
        <source>The backup could not be put in place of “%1”; the database before it is in “%2”.</source>
        <translation>ব্যাকআপটি “%1”-এর জায়গায় বসানো যায়নি; আগের ডেটাবেসটি “%2”-এ আছে।</translation>
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
        <translation>রিমাইন্ডারগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>ক্যালেন্ডার লেখা যায়নি: %1</translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>মিটিংগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>%1-এর সাথে মিটিং</translation>
    </message>
    <message>
        <source>Exporting meetings</source>
        <translation>মিটিং এক্সপোর্ট হচ্ছে</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>এক্সপোর্ট বাতিল করা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>CallNext</name>
    <message>
        <source>Who to call next could not be read: %1</source>
        <translation>“এরপর কাকে কল করবেন” পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>কখনো যোগাযোগ হয়নি</translation>
    </message>
    <message>
        <source>%1, %2 in all; %3</source>
        <comment>orders, revenue; last contact</comment>
        <translation>%1, মোট %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), the last on %1</source>
        <translation>
            <numerusform>%Lnটি অর্ডার, শেষটি %1 তারিখে</numerusform>
            <numerusform>%Lnটি অর্ডার, শেষটি %1 তারিখে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %Ln day(s)</source>
        <translation>
            <numerusform>%Ln দিন ধরে কোনো যোগাযোগ নেই</numerusform>
            <numerusform>%Ln দিন ধরে কোনো যোগাযোগ নেই</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a scoring rule and its points: Decision maker +20</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>স্কোর %1</translation>
    </message>
    <message>
        <source>score %1: %2</source>
        <comment>a lead score and the rules that gave it</comment>
        <translation>স্কোর %1: %2</translation>
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
        <translation>পদবি</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal or reminder</comment>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>নামের প্রথম অংশ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>নামের শেষ অংশ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>জন্মদিন</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>রাস্তা</translation>
    </message>
    <message>
        <source>City</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>অঞ্চল</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>পোস্ট কোড</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>দেশ</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>ক্যাম্পেইন</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>Stay in touch every (days)</source>
        <translation>যোগাযোগ রাখার বিরতি (দিন)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>আর্কাইভ করা</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>প্রধান কার্যালয়</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>শিল্পখাত</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ওয়েবসাইট</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>মুদ্রা</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>সম্ভাব্য সমাপ্তি</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>সমাপ্ত</translation>
    </message>
    <message>
        <source>Lost because</source>
        <translation>হারানোর কারণ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>নির্ধারিত সময়</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>পুনরাবৃত্তি</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>যে সময় পর্যন্ত পিছানো</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>দিক</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>সময়কাল (সেকেন্ড)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>নিষ্পন্ন</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>জীবনচক্রের ধাপ</translation>
    </message>
</context>
<context>
    <name>ChangeLogRepository</name>
    <message>
        <source>The change history could not be read: %1</source>
        <translation>পরিবর্তনের ইতিহাস পড়া যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>ডেটাবেস প্রস্তুত: %1 (স্কিমা %2)</translation>
    </message>
    <message>
        <source>--contacts needs a whole number of 0 or more.</source>
        <translation>--contacts-এর জন্য 0 বা তার বেশি একটি পূর্ণসংখ্যা দরকার।</translation>
    </message>
    <message>
        <source>--interactions needs a whole number from 0 to 1000.</source>
        <translation>--interactions-এর জন্য 0 থেকে 1000-এর মধ্যে একটি পূর্ণসংখ্যা দরকার।</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed-এর জন্য একটি পূর্ণসংখ্যা দরকার।</translation>
    </message>
    <message>
        <source>--as-of needs a date such as 2026-11-24.</source>
        <translation>--as-of-এর জন্য একটি তারিখ দরকার, যেমন 2026-11-24।</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>Generated %1 contacts, %2 companies, %3 interactions, %4 deals, %5 reminders in %6 s.</source>
        <translation>%6 সেকেন্ডে %1টি পরিচিতি, %2টি কোম্পানি, %3টি যোগাযোগ, %4টি ডিল ও %5টি রিমাইন্ডার তৈরি হয়েছে।</translation>
    </message>
    <message>
        <source>search needs the text to look for.</source>
        <translation>search-এর জন্য খোঁজার লেখা দরকার।</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more.</source>
        <translation>--limit-এর জন্য 1 বা তার বেশি একটি পূর্ণসংখ্যা দরকার।</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>“%1”-এর জন্য কিছু পাওয়া যায়নি।</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>ডেটাবেস: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>স্কিমা সংস্করণ: %1 (এই প্রোগ্রাম: %2)</translation>
    </message>
    <message>
        <source>SQLite %1, journal mode %2</source>
        <translation>SQLite %1, জার্নাল মোড %2</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>অখণ্ডতা: ঠিক আছে</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>সমস্যা: %1</translation>
    </message>
    <message>
        <source>backup needs exactly one target file.</source>
        <translation>backup-এর জন্য ঠিক একটি লক্ষ্য ফাইল দরকার।</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>ব্যাকআপ লেখা হয়েছে: %1</translation>
    </message>
    <message>
        <source>report needs one of: %1.</source>
        <translation>report-এর জন্য এগুলোর একটি দরকার: %1।</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-11-24.</source>
        <translation>--%1-এর জন্য একটি তারিখ দরকার, যেমন 2026-11-24।</translation>
    </message>
    <message>
        <source>What to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder.</source>
        <translation>কী করতে হবে: init, demo, search, report, check, backup, import, export, contact, log, deal অথবা reminder।</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>ডেটাবেস ফাইল (ডিফল্ট: %1)।</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Print machine-readable JSON on standard output.</source>
        <translation>স্ট্যান্ডার্ড আউটপুটে মেশিনে-পড়ার-উপযোগী JSON লিখুন।</translation>
    </message>
    <message>
        <source>demo: how many contacts to generate (default 500).</source>
        <translation>demo: কতগুলো পরিচিতি তৈরি হবে (ডিফল্ট 500)।</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>demo: the random seed; the same seed gives the same data (default 1).</source>
        <translation>demo: র‍্যান্ডম সিড; একই সিড দিলে একই ডেটা আসে (ডিফল্ট 1)।</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>demo: the day the demo data is written for (default today).</source>
        <translation>demo: যে দিনের জন্য ডেমো ডেটা লেখা হবে (ডিফল্ট আজ)।</translation>
    </message>
    <message>
        <source>date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>demo: average interactions per contact over the last year (default 10).</source>
        <translation>demo: গত এক বছরে পরিচিতিপ্রতি গড় যোগাযোগ (ডিফল্ট 10)।</translation>
    </message>
    <message>
        <source>search: the most results to print (default 20).</source>
        <translation>search: সর্বোচ্চ কতগুলো ফলাফল দেখানো হবে (ডিফল্ট 20)।</translation>
    </message>
    <message>
        <source>report: the first day (default: the quarter&apos;s first).</source>
        <translation>report: প্রথম দিন (ডিফল্ট: প্রান্তিকের প্রথম দিন)।</translation>
    </message>
    <message>
        <source>report: the last day (default: today).</source>
        <translation>report: শেষ দিন (ডিফল্ট: আজ)।</translation>
    </message>
    <message>
        <source>report: one salesperson&apos;s figures; contact: the salesperson who owns it. By name.</source>
        <translation>report: একজন বিক্রয়কর্মীর হিসাব; contact: দায়িত্বপ্রাপ্ত বিক্রয়কর্মী। নাম দিয়ে।</translation>
    </message>
    <message>
        <source>name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>The language of messages, such as de or en.</source>
        <translation>বার্তাগুলোর ভাষা, যেমন de বা en।</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>export: csv (default), vcf (contacts) or ics (reminders, meetings, calendar).</source>
        <translation>export: csv (ডিফল্ট), vcf (পরিচিতি) অথবা ics (রিমাইন্ডার, মিটিং, ক্যালেন্ডার)।</translation>
    </message>
    <message>
        <source>format</source>
        <translation>ফরম্যাট</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: যে ফাইলে লেখা হবে।</translation>
    </message>
    <message>
        <source>import: what the file holds: contacts (default), companies, interactions or deals.</source>
        <translation>import: ফাইলে কী আছে: contacts (ডিফল্ট), companies, interactions অথবা deals।</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>import: a row whose email or phone is already there: skip (default), update, merge or create.</source>
        <translation>import: যে সারির ইমেইল বা ফোন আগে থেকেই আছে: skip (ডিফল্ট), update, merge অথবা create।</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>নিয়ম</translation>
    </message>
    <message>
        <source>import: COLUMN=field, by header or number; repeatable.</source>
        <translation>import: COLUMN=field, শিরোনাম বা নম্বর দিয়ে; একাধিকবার দেওয়া যায়।</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>ম্যাপিং</translation>
    </message>
    <message>
        <source>import: the mapping preset by name (default: the one that fits best).</source>
        <translation>import: নাম দিয়ে ম্যাপিং প্রিসেট (ডিফল্ট: যেটি সবচেয়ে ভালো মেলে)।</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (default: detected).</source>
        <translation>import: ফাইলের এনকোডিং (ডিফল্ট: স্বয়ংক্রিয়ভাবে শনাক্ত)।</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>এনকোডিং</translation>
    </message>
    <message>
        <source>import: the character between fields (default: detected).</source>
        <translation>import: ফিল্ডগুলোর মাঝের অক্ষর (ডিফল্ট: স্বয়ংক্রিয়ভাবে শনাক্ত)।</translation>
    </message>
    <message>
        <source>char</source>
        <translation>অক্ষর</translation>
    </message>
    <message>
        <source>export: CSV with every value exactly as stored, formulas not neutralised (for scripts and import).</source>
        <translation>export: প্রতিটি মান ঠিক যেমন সংরক্ষিত তেমন রেখে CSV, সূত্র নিষ্ক্রিয় না করে (স্ক্রিপ্ট ও ইমপোর্টের জন্য)।</translation>
    </message>
    <message>
        <source>Say what to do: init, demo, search, report, check, backup, import, export, contact, log, deal or reminder.</source>
        <translation>কী করতে হবে বলুন: init, demo, search, report, check, backup, import, export, contact, log, deal অথবা reminder।</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>অজানা কমান্ড “%1”।</translation>
    </message>
    <message>
        <source>Run “kontor-cli --help” for the commands and options.</source>
        <translation>কমান্ড ও অপশনগুলোর জন্য “kontor-cli --help” চালান।</translation>
    </message>
    <message>
        <source>export needs what: contacts, companies, interactions, deals, reminders, meetings or calendar.</source>
        <translation>export-এর জন্য বলতে হবে কী: contacts, companies, interactions, deals, reminders, meetings অথবা calendar।</translation>
    </message>
    <message>
        <source>--format for %1 is %2.</source>
        <translation>%1-এর জন্য --format হলো %2।</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” লেখা যায়নি: %2</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>%1টি রেকর্ড %2-এ এক্সপোর্ট করা হয়েছে</translation>
    </message>
    <message>
        <source>import needs a file: import FILE.csv or FILE.vcf.</source>
        <translation>import-এর জন্য একটি ফাইল দরকার: import FILE.csv অথবা FILE.vcf।</translation>
    </message>
    <message>
        <source>--as is contacts, companies, interactions or deals.</source>
        <translation>--as হতে পারে contacts, companies, interactions অথবা deals।</translation>
    </message>
    <message>
        <source>--duplicates is skip, update, merge or create.</source>
        <translation>--duplicates হতে পারে skip, update, merge অথবা create।</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” পড়া যায়নি: %2</translation>
    </message>
    <message>
        <source>--delimiter is one character (or “tab”).</source>
        <translation>--delimiter একটি অক্ষর (অথবা “tab”)।</translation>
    </message>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation>“%1” এনকোডিং জানা নেই।</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” খালি।</translation>
    </message>
    <message>
        <source>No preset is called “%1”.</source>
        <translation>“%1” নামে কোনো প্রিসেট নেই।</translation>
    </message>
    <message>
        <source>--map takes COLUMN=field, with a field key such as first_name: “%1”.</source>
        <translation>--map-এ দিতে হবে COLUMN=field, first_name-এর মতো একটি ফিল্ড কী দিয়ে: “%1”।</translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>ফাইলে “%1” নামে কোনো কলাম নেই।</translation>
    </message>
    <message>
        <source>A vCard file holds contacts.</source>
        <translation>vCard ফাইলে পরিচিতি থাকে।</translation>
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>ইমপোর্টের আগে ব্যাকআপ নেওয়া যায়নি, তাই কিছুই ইমপোর্ট করা হয়নি: %1</translation>
    </message>
    <message>
        <source>Dry run, nothing changed: %1 rows; %2 would be created, %3 updated, %4 merged, %5 skipped, %6 rejected; %7 with warnings.</source>
        <translation>পরীক্ষামূলক চালনা, কিছুই বদলায়নি: %1টি সারি; %2টি তৈরি হতো, %3টি হালনাগাদ, %4টি একত্র, %5টি বাদ, %6টি প্রত্যাখ্যাত; %7টিতে সতর্কতা।</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected; %7 with warnings.</source>
        <translation>%1টি সারি ইমপোর্ট হয়েছে: %2টি তৈরি, %3টি হালনাগাদ, %4টি একত্র, %5টি বাদ, %6টি প্রত্যাখ্যাত; %7টিতে সতর্কতা।</translation>
    </message>
    <message>
        <source>“kontor-cli undo-import %1” takes it back.</source>
        <translation>“kontor-cli undo-import %1” দিয়ে এটি ফিরিয়ে নেওয়া যায়।</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>লাইন %1</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 merged</source>
        <translation>%1টি তৈরি, %2টি হালনাগাদ, %3টি একত্র</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ফিরিয়ে নেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>undo-import needs the import&apos;s number, as “kontor-cli imports” lists it.</source>
        <translation>undo-import-এর জন্য ইমপোর্টের নম্বর দরকার, যেমনটি “kontor-cli imports” তালিকায় দেখায়।</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 contacts removed, %3 put back as they were, %4 archived (they have history logged since).</source>
        <translation>ইমপোর্ট %1 ফিরিয়ে নেওয়া হয়েছে: %2টি পরিচিতি সরানো হয়েছে, %3টি আগের অবস্থায় ফেরানো হয়েছে, %4টি আর্কাইভ করা হয়েছে (এরপর থেকে এগুলোর ইতিহাস লেখা হয়েছে)।</translation>
    </message>
    <message>
        <source>--%1 needs a date and time such as 2026-12-03T14:30 (local time) or 2026-12-03T13:30Z.</source>
        <translation>--%1-এর জন্য তারিখ ও সময় দরকার, যেমন 2026-12-03T14:30 (স্থানীয় সময়) অথবা 2026-12-03T13:30Z।</translation>
    </message>
    <message>
        <source>Contact %1 added: %2</source>
        <translation>পরিচিতি %1 যোগ করা হয়েছে: %2</translation>
    </message>
    <message>
        <source>contact update needs the contact: its number or email address.</source>
        <translation>contact update-এর জন্য পরিচিতিটি দরকার: তার নম্বর বা ইমেইল ঠিকানা।</translation>
    </message>
    <message>
        <source>Contact %1 saved: %2</source>
        <translation>পরিচিতি %1 সংরক্ষণ করা হয়েছে: %2</translation>
    </message>
    <message>
        <source>contact: the first name.</source>
        <translation>contact: নামের প্রথম অংশ।</translation>
    </message>
    <message>
        <source>contact: the last name.</source>
        <translation>contact: নামের শেষ অংশ।</translation>
    </message>
    <message>
        <source>contact: the job title.</source>
        <translation>contact: পদবি।</translation>
    </message>
    <message>
        <source>title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>contact: the (first) email address.</source>
        <translation>contact: (প্রথম) ইমেইল ঠিকানা।</translation>
    </message>
    <message>
        <source>address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <source>contact: the (first) phone number.</source>
        <translation>contact: (প্রথম) ফোন নম্বর।</translation>
    </message>
    <message>
        <source>number</source>
        <translation>নম্বর</translation>
    </message>
    <message>
        <source>contact: the company&apos;s name (made when there is none).</source>
        <translation>contact: কোম্পানির নাম (না থাকলে তৈরি করা হয়)।</translation>
    </message>
    <message>
        <source>log, deal, reminder: the contact&apos;s number, email address or phone.</source>
        <translation>log, deal, reminder: পরিচিতির নম্বর, ইমেইল ঠিকানা বা ফোন।</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>log: call, meeting, email, message, note or complaint.</source>
        <translation>log: call, meeting, email, message, note অথবা complaint।</translation>
    </message>
    <message>
        <source>log: successful, neutral, unsuccessful, no_answer, voicemail, busy, wrong_number or your own.</source>
        <translation>log: successful, neutral, unsuccessful, no_answer, voicemail, busy, wrong_number অথবা আপনার নিজের কোনোটি।</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>log: when it happened (default: now).</source>
        <translation>log: কখন হয়েছিল (ডিফল্ট: এখন)।</translation>
    </message>
    <message>
        <source>time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <source>log: how long it took.</source>
        <translation>log: কতক্ষণ লেগেছিল।</translation>
    </message>
    <message>
        <source>log: the subject.</source>
        <translation>log: বিষয়।</translation>
    </message>
    <message>
        <source>text</source>
        <translation>লেখা</translation>
    </message>
    <message>
        <source>log: what was said.</source>
        <translation>log: কী কথা হয়েছিল।</translation>
    </message>
    <message>
        <source>log: a follow-up reminder due then.</source>
        <translation>log: ওই সময়ে নির্ধারিত একটি ফলো-আপ রিমাইন্ডার।</translation>
    </message>
    <message>
        <source>log: the next meeting, planned then.</source>
        <translation>log: পরের মিটিং, ওই সময়ে পরিকল্পিত।</translation>
    </message>
    <message>
        <source>log: the follow-up&apos;s title (default: “Follow up”).</source>
        <translation>log: ফলো-আপের শিরোনাম (ডিফল্ট: “ফলো-আপ”)।</translation>
    </message>
    <message>
        <source>deal, reminder: the title.</source>
        <translation>deal, reminder: শিরোনাম।</translation>
    </message>
    <message>
        <source>deal: the amount, such as 1250.50.</source>
        <translation>deal: পরিমাণ, যেমন 1250.50।</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>code</source>
        <translation>কোড</translation>
    </message>
    <message>
        <source>deal: the stage, by name (default: the first).</source>
        <translation>deal: ধাপ, নাম দিয়ে (ডিফল্ট: প্রথমটি)।</translation>
    </message>
    <message>
        <source>deal lose: why the deal was lost.</source>
        <translation>deal lose: ডিলটি কেন হারানো হলো।</translation>
    </message>
    <message>
        <source>reminder: when it is due.</source>
        <translation>reminder: কখন করণীয়।</translation>
    </message>
    <message>
        <source>log needs --contact: the contact&apos;s number, email address or phone.</source>
        <translation>log-এর জন্য --contact দরকার: পরিচিতির নম্বর, ইমেইল ঠিকানা বা ফোন।</translation>
    </message>
    <message>
        <source>--kind needs one of: %1.</source>
        <translation>--kind-এর জন্য এগুলোর একটি দরকার: %1।</translation>
    </message>
    <message>
        <source>Give --next-reminder or --next-meeting, not both.</source>
        <translation>--next-reminder অথবা --next-meeting দিন, দুটোই নয়।</translation>
    </message>
    <message>
        <source>--minutes needs a whole number of 0 or more.</source>
        <translation>--minutes-এর জন্য 0 বা তার বেশি একটি পূর্ণসংখ্যা দরকার।</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>ফলো-আপ</translation>
    </message>
    <message>
        <source>(interaction %1)</source>
        <translation>(যোগাযোগ %1)</translation>
    </message>
    <message>
        <source>(deal %1)</source>
        <translation>(ডিল %1)</translation>
    </message>
    <message>
        <source>deal add needs --title and --contact.</source>
        <translation>deal add-এর জন্য --title ও --contact দরকার।</translation>
    </message>
    <message>
        <source>--amount needs an amount such as 1250.50.</source>
        <translation>--amount-এর জন্য একটি পরিমাণ দরকার, যেমন 1250.50।</translation>
    </message>
    <message>
        <source>deal needs add, move, win or lose.</source>
        <translation>deal-এর জন্য add, move, win অথবা lose দরকার।</translation>
    </message>
    <message>
        <source>deal %1 needs the deal&apos;s number.</source>
        <translation>deal %1-এর জন্য ডিলের নম্বর দরকার।</translation>
    </message>
    <message>
        <source>deal move needs --stage.</source>
        <translation>deal move-এর জন্য --stage দরকার।</translation>
    </message>
    <message>
        <source>deal lose needs --reason: why the deal was lost.</source>
        <translation>deal lose-এর জন্য --reason দরকার: ডিলটি কেন হারানো হলো।</translation>
    </message>
    <message>
        <source>reminder add needs --title and --due.</source>
        <translation>reminder add-এর জন্য --title ও --due দরকার।</translation>
    </message>
    <message>
        <source>Reminder %1 added: %2, due %3.</source>
        <translation>রিমাইন্ডার %1 যোগ করা হয়েছে: %2, নির্ধারিত সময় %3।</translation>
    </message>
    <message>
        <source>reminder done needs the reminder&apos;s number.</source>
        <translation>reminder done-এর জন্য রিমাইন্ডারের নম্বর দরকার।</translation>
    </message>
    <message>
        <source>reminder needs add or done.</source>
        <translation>reminder-এর জন্য add অথবা done দরকার।</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>কিছুই ইমপোর্ট হয়নি: %1</translation>
    </message>
    <message>
        <source>salvage needs the damaged file and a new file to save into.</source>
        <translation>salvage-এর জন্য ক্ষতিগ্রস্ত ফাইল এবং উদ্ধার রাখার একটি নতুন ফাইল দরকার।</translation>
    </message>
    <message>
        <source>Saved into %1:</source>
        <translation>%1-এ উদ্ধার করা হয়েছে:</translation>
    </message>
    <message>
        <source>%1: nothing could be read (kept as a new database has it)</source>
        <translation>%1: কিছুই পড়া যায়নি (নতুন ডেটাবেসে যেমন থাকে তেমন রাখা হয়েছে)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s); damaged stretches skipped: %2</source>
        <translation>
            <numerusform>%1: %Ln সারি; বাদ দেওয়া ক্ষতিগ্রস্ত অংশ: %2</numerusform>
            <numerusform>%1: %Ln সারি; বাদ দেওয়া ক্ষতিগ্রস্ত অংশ: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1: %Ln সারি</numerusform>
            <numerusform>%1: %Ln সারি</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved row(s) refer to rows that were lost (a deal whose contact was on a damaged page, for example).</source>
        <translation>
            <numerusform>উদ্ধার করা %Ln সারি হারানো সারির উল্লেখ করে (যেমন এমন ডিল যার যোগাযোগ ক্ষতিগ্রস্ত পাতায় ছিল)।</numerusform>
            <numerusform>উদ্ধার করা %Ln সারি হারানো সারির উল্লেখ করে (যেমন এমন ডিল যার যোগাযোগ ক্ষতিগ্রস্ত পাতায় ছিল)।</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was left unchanged. Open the new one and look through it before you use it instead.</source>
        <translation>ক্ষতিগ্রস্ত ফাইলটি অপরিবর্তিত রাখা হয়েছে। নতুনটি এর বদলে ব্যবহারের আগে খুলে দেখে নিন।</translation>
    </message>
    <message>
        <source>Another program is writing to this database; waiting for it (at most %1 s)…</source>
        <translation>অন্য একটি প্রোগ্রাম এই ডেটাবেসে লিখছে; তার জন্য অপেক্ষা করা হচ্ছে (সর্বোচ্চ %1 সেকেন্ড)…</translation>
    </message>
    <message>
        <source>contact merge needs the contact to keep and the one to merge into it.</source>
        <translation>contact merge-এর জন্য যে পরিচিতি থাকবে এবং যেটি তার সঙ্গে একত্র হবে, দুটিই দরকার।</translation>
    </message>
    <message>
        <source>contact merge needs two different contacts.</source>
        <translation>contact merge-এর জন্য দুটি আলাদা পরিচিতি দরকার।</translation>
    </message>
    <message>
        <source>Contact %1 merged into %2: %3</source>
        <translation>পরিচিতি %1, %2-এর সঙ্গে একত্র করা হয়েছে: %3</translation>
    </message>
    <message>
        <source>contact needs add, update or merge.</source>
        <translation>contact-এর জন্য add, update অথবা merge দরকার।</translation>
    </message>
    <message>
        <source>--record needs contact, company or deal.</source>
        <translation>--record-এর জন্য contact, company অথবা deal দরকার।</translation>
    </message>
    <message>
        <source>required</source>
        <translation>আবশ্যক</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>আর্কাইভ করা</translation>
    </message>
    <message>
        <source>field add needs --key, --label and --type.</source>
        <translation>field add-এর জন্য --key, --label ও --type দরকার।</translation>
    </message>
    <message>
        <source>--type needs one of: %1.</source>
        <translation>--type-এর জন্য এগুলোর একটি দরকার: %1।</translation>
    </message>
    <message>
        <source>Field %1 added: %2</source>
        <translation>ফিল্ড %1 যোগ করা হয়েছে: %2</translation>
    </message>
    <message>
        <source>field %1 needs the field&apos;s key.</source>
        <translation>field %1-এর জন্য ফিল্ডের কী দরকার।</translation>
    </message>
    <message>
        <source>Field %1 archived; “field restore %1” brings it back with its values.</source>
        <translation>ফিল্ড %1 আর্কাইভ করা হয়েছে; “field restore %1” দিয়ে এটি এর মানগুলোসহ ফিরিয়ে আনা যায়।</translation>
    </message>
    <message>
        <source>Field %1 saved: %2</source>
        <translation>ফিল্ড %1 সংরক্ষণ করা হয়েছে: %2</translation>
    </message>
    <message>
        <source>field: contact (default), company or deal.</source>
        <translation>field: contact (ডিফল্ট), company অথবা deal।</translation>
    </message>
    <message>
        <source>record</source>
        <translation>রেকর্ড</translation>
    </message>
    <message>
        <source>field: the key, such as budget (lower case, digits, _).</source>
        <translation>field: কী, যেমন budget (ছোট হাতের অক্ষর, অঙ্ক, _)।</translation>
    </message>
    <message>
        <source>key</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>field: the name shown, such as “Budget”.</source>
        <translation>field: যে নাম দেখানো হয়, যেমন “বাজেট”।</translation>
    </message>
    <message>
        <source>field add: text, longtext, number, money, date, checkbox, choice, choices, contact or company.</source>
        <translation>field add: text, longtext, number, money, date, checkbox, choice, choices, contact অথবা company।</translation>
    </message>
    <message>
        <source>type</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>field: the choices, separated by “;”.</source>
        <translation>field: বিকল্পগুলো, “;” দিয়ে আলাদা করা।</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>বিকল্প</translation>
    </message>
    <message>
        <source>field: a value must be given.</source>
        <translation>field: একটি মান দেওয়া আবশ্যক।</translation>
    </message>
    <message>
        <source>field list: archived fields too.</source>
        <translation>field list: আর্কাইভ করা ফিল্ডগুলোও।</translation>
    </message>
    <message>
        <source>contact: KEY=VALUE of a custom field; repeatable.</source>
        <translation>contact: নিজস্ব ফিল্ডের KEY=VALUE; একাধিকবার দেওয়া যায়।</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>কী=মান</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>শর্ত</translation>
    </message>
    <message>
        <source>field needs list, add, rename, remove or restore.</source>
        <translation>field-এর জন্য list, add, rename, remove অথবা restore দরকার।</translation>
    </message>
    <message>
        <source>field add takes its values as options.</source>
        <translation>field add তার মানগুলো অপশন হিসেবে নেয়।</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE with the key of a contact field: “%1” is not. See kontor-cli field list.</source>
        <translation>--set-এর জন্য পরিচিতির কোনো ফিল্ডের কী দিয়ে KEY=VALUE দরকার: “%1” তেমন নয়। kontor-cli field list দেখুন।</translation>
    </message>
    <message>
        <source>contacts takes its conditions as --where options.</source>
        <translation>contacts তার শর্তগুলো --where অপশন হিসেবে নেয়।</translation>
    </message>
    <message>
        <source>deal, field add: the ISO 4217 currency (default EUR).</source>
        <translation>deal, field add: ISO 4217 মুদ্রা (ডিফল্ট EUR)।</translation>
    </message>
    <message>
        <source>searchable</source>
        <translation>অনুসন্ধানযোগ্য</translation>
    </message>
    <message>
        <source>field: a text field whose values the search finds.</source>
        <translation>field: লেখার ফিল্ড, যার মান অনুসন্ধানে খুঁজে পাওয়া যায়।</translation>
    </message>
    <message>
        <source>field=answers</source>
        <translation>ফিল্ড=উত্তর</translation>
    </message>
    <message>
        <source>Give --required or --optional, not both.</source>
        <translation>--required অথবা --optional দিন, দুটোই নয়।</translation>
    </message>
    <message>
        <source>Give --searchable or --not-searchable, not both.</source>
        <translation>--searchable অথবা --not-searchable দিন, দুটোই নয়।</translation>
    </message>
    <message>
        <source>field rename needs --label, --key, --options, --required, --optional, --searchable or --not-searchable.</source>
        <translation>field rename-এর জন্য --label, --key, --options, --required, --optional, --searchable অথবা --not-searchable দরকার।</translation>
    </message>
    <message>
        <source>field rename: no value needed any more.</source>
        <translation>field rename: মান দেওয়া আর আবশ্যক নয়।</translation>
    </message>
    <message>
        <source>field rename: the search no longer finds its values.</source>
        <translation>field rename: অনুসন্ধানে এর মান আর খুঁজে পাওয়া যায় না।</translation>
    </message>
    <message>
        <source>report rfm takes only --to: it looks back two years from that day.</source>
        <translation>report rfm শুধু --to নেয়: এটি সেই দিন থেকে দুই বছর পেছনে দেখে।</translation>
    </message>
    <message>
        <source>score rules: put in the starter set of scoring rules.</source>
        <translation>score rules: স্কোরিং নিয়মের শুরুর সেট যোগ করুন।</translation>
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
        <translation>Kontor-এর কমান্ড লাইন: উইন্ডোর সেই একই ডেটাবেসে স্ক্রিপ্ট, ব্যাকআপ, পরীক্ষা ও বেঞ্চমার্ক।

কমান্ড:
  init                      ডেটাবেস তৈরি বা আপগ্রেড করুন
  demo [--contacts N] [--seed S] [--interactions N] [--as-of DATE]
                            নির্ধারিত (পুনরুৎপাদনযোগ্য) ডেমো ডেটা যোগ করুন
  search TEXT [--limit N]   পরিচিতি, কোম্পানি ও নোট খুঁজুন
  report funnel|sources|weekly|activity|forecast|lifecycle [--from DATE] [--to DATE] [--owner NAME]
                            রিপোর্ট পাতার হিসাব (ডিফল্ট: এই প্রান্তিক)
  report rfm [--to DATE]    গ্রাহকদের সাম্প্রতিকতা, পুনরাবৃত্তি ও অর্থ, সেগমেন্ট অনুযায়ী (ডিফল্ট: আজ)
  score [ID]                লিড স্কোর আবার হিসাব করুন, অথবা একটি পরিচিতির স্কোর তার নিয়মসহ
  score rules [--starter]   স্কোরিং নিয়মগুলো (--starter: শুরুর সেট যোগ করুন)
  assign [--where &quot;KEY OP VALUE&quot; ...] [--dry-run]
                            দায়িত্বপ্রাপ্ত ছাড়া পরিচিতিদের (অথবা --where যাদের বেছে নেয় তাদের)
                            দায়িত্ব বণ্টনের নিয়ম থেকে দায়িত্বপ্রাপ্ত; assign rules নিয়মগুলোর তালিকা দেখায়
  check                     অখণ্ডতা ও স্কিমার রিপোর্ট
  backup FILE               সামঞ্জস্যপূর্ণ কপি, Kontor খোলা থাকলেও
  salvage DAMAGED NEW       ক্ষতিগ্রস্ত ডেটাবেসের যা পড়া যায় তা নতুন ফাইলে উদ্ধার
  import FILE.csv|FILE.vcf [--as contacts|companies|interactions|deals] [--dry-run]
         [--duplicates skip|update|merge|create] [--map COLUMN=field ...] [--preset NAME]
         [--encoding E] [--delimiter C]
                            সারি ধরে ধরে যাচাই, একটি ট্রানজ্যাকশনে
  imports                   ইমপোর্টের ইতিহাস
  undo-import N             একটি ইমপোর্ট ফিরিয়ে নিন
  export contacts|companies|interactions|deals [-o FILE] [--format csv|vcf] [--exact]
                            CSV (স্প্রেডশিটের জন্য নিরাপদ, অথবা --exact); পরিচিতি vCard 4.0 হিসেবেও
  export reminders|meetings|calendar [-o FILE]
                            iCalendar (.ics); -o না দিলে স্ট্যান্ডার্ড আউটপুটে

যে কমান্ডগুলো লেখে (প্রতিটি এক ধাপ, উইন্ডোর মতোই; --json রেকর্ডটি তার id-সহ দেখায়):
  contact add --first-name F [--last-name L] [--email E] [--phone P] [--company C]
              [--job-title T] [--owner NAME] [--set KEY=VALUE ...]
  contact update ID|EMAIL|PHONE [একই অপশন]
  contact merge KEEP OTHER     (প্রতিটি ID|EMAIL|PHONE) OTHER-এর ইতিহাস ও খালি ঘর KEEP-এ যায়
  log --contact ID|EMAIL|PHONE [--kind call|meeting|email|message|note|complaint]
      [--outcome KEY] [--at TIME] [--minutes N] [--subject S] [--notes TEXT]
      [--next-reminder TIME [--next-title T] | --next-meeting TIME [--next-title T]]
  deal add --title T --contact ID|EMAIL|PHONE [--amount 1250.50] [--currency EUR] [--stage NAME]
  deal move ID --stage NAME [--reason TEXT] | deal win ID | deal lose ID --reason TEXT
  reminder add --title T --due TIME [--contact ID|EMAIL|PHONE] | reminder done ID

আপনার নিজস্ব ফিল্ড, এবং যেকোনো ফিল্ড দিয়ে পরিচিতি:
  field list [--record contact|company|deal] [--archived]
  field add [--record R] --key K --label L --type text|longtext|number|money|date|checkbox|
            choice|choices|contact|company [--options &quot;a;b;c&quot;] [--currency C] [--required] [--searchable]
  field rename KEY [--record R] [--label L] [--key NEW] [--options &quot;a;b;c&quot;]
               [--required|--optional] [--searchable|--not-searchable]
  field remove KEY | field restore KEY [--record R]     আর্কাইভ, এবং মানগুলোসহ ফিরিয়ে আনা
  contacts [--where &quot;KEY OP VALUE&quot; ...] [--json]     OP: = != &lt; &lt;= &gt; &gt;= ~, অথবা KEY empty|notempty
TIME হলো ISO 8601: 2026-12-03T14:30 (স্থানীয় সময়) অথবা 2026-12-03T13:30Z।</translation>
    </message>
    <message>
        <source>report: only the records with these answers of a choice field, such as industry=Retail;Food, or in a territory, such as territory=DACH.</source>
        <translation>report: শুধু সেই রেকর্ডগুলো, যেগুলোতে বিকল্প ধরনের কোনো ফিল্ডের এই উত্তরগুলো আছে, যেমন industry=Retail;Food, অথবা যেগুলো কোনো এলাকায় পড়ে, যেমন territory=DACH।</translation>
    </message>
    <message>
        <source>import, assign: report what would happen and change nothing.</source>
        <translation>import, assign: কী হতো তা দেখান, কিছুই বদলাবেন না।</translation>
    </message>
    <message>
        <source>contacts, assign: “KEY OP VALUE”, OP one of = != &lt; &lt;= &gt; &gt;= ~ (contains), or “KEY empty” / “KEY notempty”; repeatable, all must hold.</source>
        <translation>contacts, assign: “KEY OP VALUE”, যেখানে OP হলো = != &lt; &lt;= &gt; &gt;= ~ (ধারণ করে)-এর একটি, অথবা “KEY empty” / “KEY notempty”; একাধিকবার দেওয়া যায়, সবগুলো শর্ত মিলতে হবে।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s) got an owner from the assignment rules.</source>
        <translation>
            <numerusform>%Lnটি নতুন পরিচিতি দায়িত্ব বণ্টনের নিয়ম থেকে দায়িত্বপ্রাপ্ত পেয়েছে।</numerusform>
            <numerusform>%Lnটি নতুন পরিচিতি দায়িত্ব বণ্টনের নিয়ম থেকে দায়িত্বপ্রাপ্ত পেয়েছে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyActions</name>
    <message>
        <source>Give the company a name.</source>
        <translation>কোম্পানির একটি নাম দিন।</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 সংরক্ষণ করুন</translation>
    </message>
</context>
<context>
    <name>CompanyMerge</name>
    <message>
        <source>Choose two different companies to merge.</source>
        <translation>একত্র করতে দুটি আলাদা কোম্পানি বেছে নিন।</translation>
    </message>
    <message>
        <source>One of the two companies no longer exists.</source>
        <translation>দুটি কোম্পানির একটি আর নেই।</translation>
    </message>
    <message>
        <source>The companies could not be merged: %1</source>
        <translation>কোম্পানিগুলো একত্র করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>A company needs a name.</source>
        <translation>কোম্পানির একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>A company cannot be a branch of itself or of one of its own branches.</source>
        <translation>কোনো কোম্পানি নিজের বা নিজের কোনো শাখার শাখা হতে পারে না।</translation>
    </message>
    <message>
        <source>The company could not be saved: %1</source>
        <translation>কোম্পানিটি সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The company could not be read: %1</source>
        <translation>কোম্পানিটি পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>There is no company with the number %1.</source>
        <translation>%1 নম্বরের কোনো কোম্পানি নেই।</translation>
    </message>
    <message>
        <source>The company could not be archived: %1</source>
        <translation>কোম্পানিটি আর্কাইভ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The company is already archived or no longer exists.</source>
        <translation>কোম্পানিটি আগেই আর্কাইভ করা হয়েছে অথবা আর নেই।</translation>
    </message>
    <message>
        <source>The companies could not be read: %1</source>
        <translation>কোম্পানিগুলো পড়া যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>নামের প্রথম বা শেষ অংশ লিখুন।</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address.</source>
        <translation>“%1” দেখে ইমেইল ঠিকানা মনে হচ্ছে না।</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n contact(s)</source>
        <translation>
            <numerusform>%Lnটি পরিচিতি আর্কাইভ করুন</numerusform>
            <numerusform>%Lnটি পরিচিতি আর্কাইভ করুন</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the owner of %n contact(s)</source>
        <translation>
            <numerusform>%Lnটি পরিচিতির দায়িত্বপ্রাপ্ত নির্ধারণ করুন</numerusform>
            <numerusform>%Lnটি পরিচিতির দায়িত্বপ্রাপ্ত নির্ধারণ করুন</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n contact(s)</source>
        <translation>
            <numerusform>%Lnটি পরিচিতিতে ট্যাগ দিন</numerusform>
            <numerusform>%Lnটি পরিচিতিতে ট্যাগ দিন</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>নতুন পরিচিতি %1</translation>
    </message>
    <message>
        <source>Say why: %1 would go back to %2.</source>
        <translation>কারণ বলুন: %1 আবার %2 ধাপে ফিরে যাবে।</translation>
    </message>
    <message>
        <source>Say why %1 is disqualified.</source>
        <translation>%1 কেন অযোগ্য, তা বলুন।</translation>
    </message>
    <message>
        <source>Say why %1 goes back to %2.</source>
        <translation>%1 কেন আবার %2 ধাপে ফিরে যাচ্ছে, তা বলুন।</translation>
    </message>
    <message numerus="yes">
        <source>Set the stage of %Ln contact(s)</source>
        <translation>
            <numerusform>%Lnটি পরিচিতির ধাপ নির্ধারণ করুন</numerusform>
            <numerusform>%Lnটি পরিচিতির ধাপ নির্ধারণ করুন</numerusform>
        </translation>
    </message>
    <message>
        <source>The field is not a contact field in use; it may have been removed.</source>
        <translation>ফিল্ডটি পরিচিতির ব্যবহৃত কোনো ফিল্ড নয়; হয়তো এটি সরানো হয়েছে।</translation>
    </message>
    <message numerus="yes">
        <source>Set a field of %Ln contact(s)</source>
        <translation>
            <numerusform>%Lnটি পরিচিতির একটি ফিল্ড নির্ধারণ করুন</numerusform>
            <numerusform>%Lnটি পরিচিতির একটি ফিল্ড নির্ধারণ করুন</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactExport</name>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>পরিচিতিগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>এক্সপোর্ট লেখা যায়নি: %1</translation>
    </message>
    <message>
        <source>Exporting contacts</source>
        <translation>পরিচিতি এক্সপোর্ট হচ্ছে</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>এক্সপোর্ট বাতিল করা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>First name</source>
        <translation>নামের প্রথম অংশ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>নামের শেষ অংশ</translation>
    </message>
    <message>
        <source>Full name (split in first and last)</source>
        <translation>পুরো নাম (প্রথম ও শেষ অংশে ভাগ করা)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>পদবি</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>দ্বিতীয় ইমেইল</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>মোবাইল</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>জন্মদিন</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>রাস্তা</translation>
    </message>
    <message>
        <source>City</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>অঞ্চল</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>পোস্ট কোড</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>দেশ</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>ক্যাম্পেইন</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>যোগ করার তারিখ</translation>
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
        <translation>অন্য CRM-এর এক্সপোর্ট</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>প্রিসেটের একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>জীবনচক্রের ধাপ</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>The import could not start: %1</source>
        <translation>ইমপোর্ট শুরু করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Line %1 could not be imported, and nothing was: %2</source>
        <translation>লাইন %1 ইমপোর্ট করা যায়নি, তাই কিছুই ইমপোর্ট হয়নি: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>ইমপোর্ট বাতিল করা হয়েছে; কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>The file could not be read, and nothing was imported: %1</source>
        <translation>ফাইলটি পড়া যায়নি, তাই কিছুই ইমপোর্ট হয়নি: %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>ইমপোর্ট সম্পন্ন</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>তৈরি</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>হালনাগাদ</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>একত্রীকরণ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>বাদ</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>প্রত্যাখ্যাত</translation>
    </message>
    <message>
        <source>No column is mapped to a field: choose at least the name&apos;s columns.</source>
        <translation>কোনো কলাম কোনো ফিল্ডের সাথে ম্যাপ করা হয়নি: অন্তত নামের কলামগুলো বেছে নিন।</translation>
    </message>
    <message>
        <source>No column is mapped to a name (first, last or full name).</source>
        <translation>কোনো কলাম নামের সাথে ম্যাপ করা হয়নি (প্রথম, শেষ বা পুরো নাম)।</translation>
    </message>
    <message>
        <source>“%1” does not look like an email address (kept).</source>
        <translation>“%1” বৈধ ইমেইল নয় (রাখা হয়েছে)।</translation>
    </message>
    <message>
        <source>The birthday “%1” is not a date Kontor reads (kept in the notes).</source>
        <translation>জন্মদিন “%1” এমন কোনো তারিখ নয় যা Kontor পড়তে পারে (নোটে রাখা হয়েছে)।</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>জন্মদিন</translation>
    </message>
    <message>
        <source>The status “%1” is not one of Kontor&apos;s (kept in the notes).</source>
        <translation>অবস্থা “%1” Kontor-এর কোনো অবস্থা নয় (নোটে রাখা হয়েছে)।</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>No user is called “%1” (kept in the notes).</source>
        <translation>“%1” নামে কোনো ব্যবহারকারী নেই (নোটে রাখা হয়েছে)।</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>The date added “%1” is not a date Kontor reads (left out).</source>
        <translation>যোগ করার তারিখ “%1” এমন কোনো তারিখ নয় যা Kontor পড়তে পারে (বাদ দেওয়া হয়েছে)।</translation>
    </message>
    <message>
        <source>“%1” does not look like a valid phone number (kept).</source>
        <translation>“%1” বৈধ ফোন নম্বর নয় (রাখা হয়েছে)।</translation>
    </message>
    <message>
        <source>The company could not be saved: %1</source>
        <translation>কোম্পানিটি সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Same email as %1 (%2)</source>
        <translation>%1 (%2)-এর মতো একই ইমেইল</translation>
    </message>
    <message>
        <source>Same phone number as %1 (%2)</source>
        <translation>%1 (%2)-এর মতো একই ফোন নম্বর</translation>
    </message>
    <message>
        <source>Same name as %1, and no email or phone to tell them apart</source>
        <translation>%1-এর মতো একই নাম, এবং আলাদা করে চেনার মতো কোনো ইমেইল বা ফোন নেই</translation>
    </message>
    <message>
        <source>Empty row</source>
        <translation>খালি সারি</translation>
    </message>
    <message>
        <source>No name (a contact needs a first or a last name)</source>
        <translation>নাম নেই (পরিচিতির নামের প্রথম বা শেষ অংশ দরকার)</translation>
    </message>
    <message>
        <source>The campaign “%1” is unknown and has no lead source to be created in (kept in the notes).</source>
        <translation>ক্যাম্পেইন “%1” অজানা, এবং এটি তৈরি করার মতো কোনো লিডের উৎস নেই (নোটে রাখা হয়েছে)।</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>ক্যাম্পেইন</translation>
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation>%1; নতুন কিছু নেই</translation>
    </message>
    <message>
        <source>%1 has %2 characters, more than anyone types there (at most %3)</source>
        <translation>%1-এ %2টি অক্ষর আছে, কেউ সেখানে যত লেখে তার চেয়ে বেশি (সর্বোচ্চ %3)</translation>
    </message>
    <message>
        <source>%1 Kept in the notes.</source>
        <translation>%1 নোটে রাখা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>ContactInserter</name>
    <message>
        <source>The contact&apos;s email could not be saved: %1</source>
        <translation>পরিচিতির ইমেইল সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The contact&apos;s phone could not be saved: %1</source>
        <translation>পরিচিতির ফোন সংরক্ষণ করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>ContactListQuery</name>
    <message>
        <source>The contacts could not be counted: %1</source>
        <translation>পরিচিতিগুলো গোনা যায়নি: %1</translation>
    </message>
    <message>
        <source>This order cannot be read on from a row.</source>
        <translation>এই ক্রমে কোনো সারি থেকে পড়া চালিয়ে যাওয়া যায় না।</translation>
    </message>
    <message>
        <source>The contacts could not be sorted: %1</source>
        <translation>পরিচিতিগুলো সাজানো যায়নি: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>পরিচিতিগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>No contact field to sort by.</source>
        <translation>সাজানোর মতো পরিচিতির কোনো ফিল্ড নেই।</translation>
    </message>
</context>
<context>
    <name>ContactLookup</name>
    <message>
        <source>Say which contact: a number, an email address or a phone number.</source>
        <translation>কোন পরিচিতি তা বলুন: একটি নম্বর, ইমেইল ঠিকানা বা ফোন নম্বর।</translation>
    </message>
    <message>
        <source>Several contacts have the email address %1; name the contact by its number.</source>
        <translation>একাধিক পরিচিতির ইমেইল ঠিকানা %1; পরিচিতিটিকে তার নম্বর দিয়ে উল্লেখ করুন।</translation>
    </message>
    <message>
        <source>Several contacts have the phone number %1; name the contact by its number.</source>
        <translation>একাধিক পরিচিতির ফোন নম্বর %1; পরিচিতিটিকে তার নম্বর দিয়ে উল্লেখ করুন।</translation>
    </message>
    <message>
        <source>There is no contact number %1.</source>
        <translation>%1 নম্বরের কোনো পরিচিতি নেই।</translation>
    </message>
    <message>
        <source>No contact has the email address %1.</source>
        <translation>কোনো পরিচিতির ইমেইল ঠিকানা %1 নয়।</translation>
    </message>
    <message>
        <source>No contact has the phone number %1. No country is set for numbers without a country code: give it with its code (+49 …), or choose the country in Settings.</source>
        <translation>কোনো পরিচিতির ফোন নম্বর %1 নয়। দেশের কোড ছাড়া নম্বরের জন্য কোনো দেশ নির্ধারণ করা নেই: কোডসহ লিখুন (+49 …), অথবা সেটিংসে দেশ বেছে নিন।</translation>
    </message>
    <message>
        <source>No contact has the phone number %1.</source>
        <translation>কোনো পরিচিতির ফোন নম্বর %1 নয়।</translation>
    </message>
</context>
<context>
    <name>ContactMerge</name>
    <message>
        <source>Choose two different contacts to merge.</source>
        <translation>একত্র করতে দুটি আলাদা পরিচিতি বেছে নিন।</translation>
    </message>
    <message>
        <source>One of the two contacts no longer exists.</source>
        <translation>দুটি পরিচিতির একটি আর নেই।</translation>
    </message>
    <message>
        <source>The contacts could not be merged: %1</source>
        <translation>পরিচিতিগুলো একত্র করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation>পরিচিতির নামের প্রথম বা শেষ অংশ দরকার।</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>পরিচিতিটি সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The contact has not been saved yet.</source>
        <translation>পরিচিতিটি এখনো সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>পরিচিতিটি আর নেই।</translation>
    </message>
    <message>
        <source>The contact&apos;s email could not be saved: %1</source>
        <translation>পরিচিতির ইমেইল সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The contact&apos;s phone could not be saved: %1</source>
        <translation>পরিচিতির ফোন সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The contact could not be read: %1</source>
        <translation>পরিচিতিটি পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>There is no contact with the number %1.</source>
        <translation>%1 নম্বরের কোনো পরিচিতি নেই।</translation>
    </message>
    <message>
        <source>The contact could not be archived: %1</source>
        <translation>পরিচিতিটি আর্কাইভ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The contact is already archived or no longer exists.</source>
        <translation>পরিচিতিটি আগেই আর্কাইভ করা হয়েছে অথবা আর নেই।</translation>
    </message>
    <message>
        <source>The contact could not be restored: %1</source>
        <translation>পরিচিতিটি পুনরুদ্ধার করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The contact is not archived.</source>
        <translation>পরিচিতিটি আর্কাইভ করা নয়।</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>পরিচিতিগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>The contacts could not be changed: %1</source>
        <translation>পরিচিতিগুলো বদলানো যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>ContactStatus</name>
    <message>
        <source>Lead</source>
        <translation>লিড</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>নিষ্ক্রিয়</translation>
    </message>
    <message>
        <source>Marketing qualified</source>
        <translation>মার্কেটিং-যোগ্য</translation>
    </message>
    <message>
        <source>Sales qualified</source>
        <translation>সেলস-যোগ্য</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>সুযোগ</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>অযোগ্য</translation>
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
        <translation>জানা আছে, তবে এখনো যোগ্য হিসেবে যাচাই হয়নি।</translation>
    </message>
    <message>
        <source>Marketing qualified lead (MQL): fits and shows interest; worth a salesperson&apos;s look.</source>
        <translation>মার্কেটিং-যোগ্য লিড (MQL): উপযুক্ত এবং আগ্রহ দেখাচ্ছে; একজন বিক্রয়কর্মীর একবার দেখে নেওয়ার মতো।</translation>
    </message>
    <message>
        <source>Sales qualified lead (SQL): a salesperson confirmed the need, budget and timing; ready for a meeting or an offer.</source>
        <translation>সেলস-যোগ্য লিড (SQL): একজন বিক্রয়কর্মী প্রয়োজন, বাজেট ও সময় নিশ্চিত করেছেন; মিটিং বা অফারের জন্য প্রস্তুত।</translation>
    </message>
    <message>
        <source>Has an open deal.</source>
        <translation>একটি খোলা ডিল আছে।</translation>
    </message>
    <message>
        <source>Has bought: a deal was won.</source>
        <translation>কিনেছেন: একটি ডিল জেতা হয়েছে।</translation>
    </message>
    <message>
        <source>Not a fit, for the reason recorded with the move.</source>
        <translation>উপযুক্ত নয়, ধাপ বদলের সময় লিখে রাখা কারণে।</translation>
    </message>
    <message>
        <source>No longer active: left the company, stopped buying.</source>
        <translation>আর সক্রিয় নয়: কোম্পানি ছেড়ে গেছেন, কেনা বন্ধ করেছেন।</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation>“%1” এনকোডিং জানা নেই।</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>লাইন %1: %2</translation>
    </message>
    <message>
        <source>More problems follow; only the first %1 are listed.</source>
        <translation>আরও সমস্যা আছে; শুধু প্রথম %1টি দেখানো হলো।</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ফাইলটি পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>some bytes are not valid %1 and were replaced by “�”: if the text looks wrong, choose the file&apos;s encoding.</source>
        <translation>কিছু বাইট সঠিক %1 নয় এবং সেগুলোর জায়গায় “�” বসানো হয়েছে: লেখা ভুল দেখালে ফাইলের এনকোডিং বেছে নিন।</translation>
    </message>
    <message>
        <source>a quote opened here is never closed: the rest of the file went into one field.</source>
        <translation>এখানে খোলা একটি উদ্ধৃতিচিহ্ন আর বন্ধ হয়নি: ফাইলের বাকি অংশ একটি ফিল্ডে চলে গেছে।</translation>
    </message>
    <message>
        <source>text follows a closing quote; it was kept as part of the field.</source>
        <translation>বন্ধ উদ্ধৃতিচিহ্নের পরে লেখা আছে; এটি ফিল্ডের অংশ হিসেবে রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields: Kontor reads files of up to %2 columns. Is it a list, and is its delimiter the right one?</source>
        <translation>লাইন %1-এ %2টির বেশি ঘর আছে: Kontor সর্বোচ্চ %2 কলামের ফাইল পড়ে। এটি কি একটি তালিকা, আর এর বিভাজক কি ঠিক বাছা হয়েছে?</translation>
    </message>
</context>
<context>
    <name>CustomFieldActions</name>
    <message>
        <source>A field&apos;s key is up to 40 lower-case letters (a–z), digits and underscores, starting with a letter: “%1” is not.</source>
        <translation>ফিল্ডের কী সর্বোচ্চ 40টি ছোট হাতের অক্ষর (a–z), অঙ্ক ও আন্ডারস্কোর দিয়ে গঠিত এবং একটি অক্ষর দিয়ে শুরু হয়: “%1” তেমন নয়।</translation>
    </message>
    <message>
        <source>“%1” is the key of a built-in field.</source>
        <translation>“%1” একটি অন্তর্নির্মিত ফিল্ডের কী।</translation>
    </message>
    <message>
        <source>An archived field has the key “%1”: restore it, or choose another key.</source>
        <translation>আর্কাইভ করা একটি ফিল্ডের কী “%1”: সেটি পুনরুদ্ধার করুন, অথবা অন্য কী বেছে নিন।</translation>
    </message>
    <message>
        <source>Another field has the key “%1”.</source>
        <translation>অন্য একটি ফিল্ডের কী “%1”।</translation>
    </message>
    <message>
        <source>Enter the field&apos;s name.</source>
        <translation>ফিল্ডের নাম লিখুন।</translation>
    </message>
    <message>
        <source>A choice needs a name.</source>
        <translation>বিকল্পের একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>A choice cannot contain “;”, which separates choices in files.</source>
        <translation>বিকল্পে “;” থাকতে পারে না, কারণ ফাইলে এটি দিয়ে বিকল্পগুলো আলাদা করা হয়।</translation>
    </message>
    <message>
        <source>The choice “%1” is there twice.</source>
        <translation>“%1” বিকল্পটি দুবার আছে।</translation>
    </message>
    <message>
        <source>Give the field at least one choice.</source>
        <translation>ফিল্ডটিকে অন্তত একটি বিকল্প দিন।</translation>
    </message>
    <message>
        <source>Add field %1</source>
        <translation>ফিল্ড %1 যোগ করুন</translation>
    </message>
    <message>
        <source>Rename field %1 to %2</source>
        <translation>ফিল্ড %1-এর নাম বদলে %2 করুন</translation>
    </message>
    <message>
        <source>Change field %1</source>
        <translation>ফিল্ড %1 পরিবর্তন করুন</translation>
    </message>
    <message>
        <source>Archive field %1</source>
        <translation>ফিল্ড %1 আর্কাইভ করুন</translation>
    </message>
    <message>
        <source>Restore field %1</source>
        <translation>ফিল্ড %1 পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>Reorder fields</source>
        <translation>ফিল্ডগুলোর ক্রম বদলান</translation>
    </message>
    <message>
        <source>Make field %1 %2</source>
        <translation>ফিল্ড %1-এর ধরন বদলে %2 করুন</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>বাজেট</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>প্রয়োজন</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>আপত্তি</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>সময়সীমা</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>সিদ্ধান্তগ্রহণকারী</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>সিদ্ধান্তের ক্ষমতা</translation>
    </message>
    <message>
        <source>Decides alone</source>
        <translation>একাই সিদ্ধান্ত নেন</translation>
    </message>
    <message>
        <source>Decides with others</source>
        <translation>অন্যদের সাথে মিলে সিদ্ধান্ত নেন</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>সুপারিশ করেন</translation>
    </message>
    <message>
        <source>No say</source>
        <translation>কোনো ভূমিকা নেই</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>প্রতিযোগী</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>জানা নেই</translation>
    </message>
    <message>
        <source>Incumbent supplier</source>
        <translation>বর্তমান সরবরাহকারী</translation>
    </message>
    <message>
        <source>Another offer</source>
        <translation>অন্য কোনো অফার</translation>
    </message>
    <message>
        <source>Doing it themselves</source>
        <translation>নিজেরাই করছে</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>লিডের অবস্থা</translation>
    </message>
    <message>
        <source>New</source>
        <translation>নতুন</translation>
    </message>
    <message>
        <source>Attempting contact</source>
        <translation>যোগাযোগের চেষ্টা চলছে</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>যোগাযোগ হয়েছে</translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>lead status</comment>
        <translation>যোগ্য</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>আগ্রহী নয়</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>সময় অনুকূল নয়</translation>
    </message>
    <message>
        <source>Add qualification fields</source>
        <translation>যোগ্যতা যাচাইয়ের ফিল্ড যোগ করুন</translation>
    </message>
    <message>
        <source>Fill in %1: it is required.</source>
        <translation>%1 পূরণ করুন: এটি আবশ্যক।</translation>
    </message>
</context>
<context>
    <name>CustomFieldRepository</name>
    <message>
        <source>The custom fields could not be read: %1</source>
        <translation>নিজস্ব ফিল্ডগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>The custom field could not be read: %1</source>
        <translation>নিজস্ব ফিল্ডটি পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>There is no custom field with the number %1.</source>
        <translation>%1 নম্বরের কোনো নিজস্ব ফিল্ড নেই।</translation>
    </message>
    <message>
        <source>Contacts have no field “%1”.</source>
        <translation>পরিচিতির “%1” নামে কোনো ফিল্ড নেই।</translation>
    </message>
    <message>
        <source>Companies have no field “%1”.</source>
        <translation>কোম্পানির “%1” নামে কোনো ফিল্ড নেই।</translation>
    </message>
    <message>
        <source>Deals have no field “%1”.</source>
        <translation>ডিলের “%1” নামে কোনো ফিল্ড নেই।</translation>
    </message>
    <message>
        <source>The field could not be added: %1</source>
        <translation>ফিল্ডটি যোগ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The field could not be saved: %1</source>
        <translation>ফিল্ডটি সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The field&apos;s choices could not be saved: %1</source>
        <translation>ফিল্ডের বিকল্পগুলো সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The fields could not be put in order: %1</source>
        <translation>ফিল্ডগুলোর ক্রম বদলানো যায়নি: %1</translation>
    </message>
    <message>
        <source>%1 holds a list of its choices.</source>
        <translation>%1-এ এর বিকল্পগুলোর একটি তালিকা থাকে।</translation>
    </message>
    <message>
        <source>%1 has no choice with the number %2.</source>
        <translation>%1-এ %2 নম্বরের কোনো বিকল্প নেই।</translation>
    </message>
    <message>
        <source>%1 cannot hold that value.</source>
        <translation>%1-এ এই মান রাখা যায় না।</translation>
    </message>
    <message>
        <source>No company is called “%1”.</source>
        <translation>“%1” নামে কোনো কোম্পানি নেই।</translation>
    </message>
    <message>
        <source>Several contacts are called “%1”: give an email address.</source>
        <translation>“%1” নামে একাধিক পরিচিতি আছে: একটি ইমেইল ঠিকানা দিন।</translation>
    </message>
</context>
<context>
    <name>CustomerSegments</name>
    <message>
        <source>The customers&apos; segments could not be saved: %1</source>
        <translation>গ্রাহকদের সেগমেন্ট সংরক্ষণ করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>DataHealth</name>
    <message numerus="yes">
        <source>No contact for %n month(s)</source>
        <translation>
            <numerusform>%Ln মাস ধরে কোনো যোগাযোগ নেই</numerusform>
            <numerusform>%Ln মাস ধরে কোনো যোগাযোগ নেই</numerusform>
        </translation>
    </message>
    <message>
        <source>Not called, met or written to in that time, or never.</source>
        <translation>ওই সময়ের মধ্যে (বা কখনোই) কল, দেখা বা লেখা হয়নি।</translation>
    </message>
    <message>
        <source>No email and no phone</source>
        <translation>ইমেইল নেই, ফোনও নেই</translation>
    </message>
    <message>
        <source>No way to reach them.</source>
        <translation>তাদের কাছে পৌঁছানোর কোনো উপায় নেই।</translation>
    </message>
    <message>
        <source>An email that is not one</source>
        <translation>ভুল ইমেইল ঠিকানা</translation>
    </message>
    <message>
        <source>Without an @, with spaces, or without a dotted domain.</source>
        <translation>@ নেই, ফাঁকা জায়গা আছে, অথবা ডট-সহ ডোমেইন নেই।</translation>
    </message>
    <message>
        <source>A phone number that is not valid</source>
        <translation>ভুল ফোন নম্বর</translation>
    </message>
    <message>
        <source>Not a phone number, or not a valid one for its country.</source>
        <translation>ফোন নম্বর নয়, অথবা তার দেশের জন্য সঠিক নম্বর নয়।</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>দায়িত্বপ্রাপ্ত নেই</translation>
    </message>
    <message>
        <source>Nobody looks after them.</source>
        <translation>কেউ তাদের দেখাশোনা করে না।</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>লিডের উৎস নেই</translation>
    </message>
    <message>
        <source>The lead-source report cannot count them.</source>
        <translation>লিডের উৎসের রিপোর্ট এগুলো গুনতে পারে না।</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>যাচাই বাতিল করা হয়েছে।</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n phone number(s) saved before</source>
        <translation>
            <numerusform>আগে সংরক্ষিত %Lnটি ফোন নম্বর যাচাই করা হচ্ছে</numerusform>
            <numerusform>আগে সংরক্ষিত %Lnটি ফোন নম্বর যাচাই করা হচ্ছে</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” কোনো ফাইল নয়।</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>“%1” পড়া যাচ্ছে না: অনুমতি নেই।</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>“%1” খোলা যায়নি: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Kontor database: it is not an SQLite database file. It was left unchanged.</source>
        <translation>“%1” কোনো Kontor ডেটাবেস নয়: এটি SQLite ডেটাবেস ফাইলই নয়। ফাইলটি অপরিবর্তিত রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Kontor database. It was left unchanged.</source>
        <translation>“%1” অন্য কোনো প্রোগ্রামের SQLite ডেটাবেস, Kontor ডেটাবেস নয়। ফাইলটি অপরিবর্তিত রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kontor (schema %2; this version knows up to %3). Please update Kontor. The file was left unchanged.</source>
        <translation>“%1” Kontor-এর নতুন কোনো সংস্করণে লেখা (স্কিমা %2; এই সংস্করণ %3 পর্যন্ত চেনে)। অনুগ্রহ করে Kontor হালনাগাদ করুন। ফাইলটি অপরিবর্তিত রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt-এর SQLite ড্রাইভার (QSQLITE) ইনস্টল করা নেই।</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>“%1”-এ কোনো ডেটাবেস নেই।</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>“%1” ফোল্ডার তৈরি করা যায়নি।</translation>
    </message>
    <message>
        <source>The database could not be configured (%1): %2</source>
        <translation>ডেটাবেস কনফিগার করা যায়নি (%1): %2</translation>
    </message>
    <message>
        <source>The built-in schema step %1 is missing.</source>
        <translation>বিল্ট-ইন স্কিমা ধাপ %1 পাওয়া যাচ্ছে না।</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2
%3</source>
        <translation>ডেটাবেস স্কিমা %1-এ আপগ্রেড করা ব্যর্থ হয়েছে: %2
%3</translation>
    </message>
    <message>
        <source>A database in memory has no file to back up.</source>
        <translation>মেমরিতে থাকা ডেটাবেসের ব্যাকআপ নেওয়ার মতো কোনো ফাইল নেই।</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database it is made from.</source>
        <translation>যে ডেটাবেস থেকে ব্যাকআপ নেওয়া হচ্ছে, ব্যাকআপ সেটির ওপর লেখা যায় না।</translation>
    </message>
    <message>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>ব্যাকআপ “%1”-এ লেখা যায়নি: %2</translation>
    </message>
    <message>
        <source>“%1” exists and could not be replaced.</source>
        <translation>“%1” আগে থেকেই আছে এবং প্রতিস্থাপন করা যায়নি।</translation>
    </message>
    <message>
        <source>The backup could not be moved to “%1”.</source>
        <translation>ব্যাকআপ “%1”-এ সরানো যায়নি।</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>%2 টেবিলের %1 নম্বর সারি %3-এর এমন একটি সারির কথা বলছে যা নেই।</translation>
    </message>
    <message numerus="yes">
        <source>The pipeline totals (deal_totals) differ from the deals in %n row(s).</source>
        <translation>
            <numerusform>পাইপলাইনের মোট হিসাব (deal_totals) %Lnটি সারিতে ডিলগুলোর সাথে মিলছে না।</numerusform>
            <numerusform>পাইপলাইনের মোট হিসাব (deal_totals) %Lnটি সারিতে ডিলগুলোর সাথে মিলছে না।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report summaries differ from the rows they sum up in %n row(s).</source>
        <translation>
            <numerusform>রিপোর্টের সারসংক্ষেপ %Lnটি সারিতে যোগ করা সারিগুলোর সাথে মিলছে না।</numerusform>
            <numerusform>রিপোর্টের সারসংক্ষেপ %Lnটি সারিতে যোগ করা সারিগুলোর সাথে মিলছে না।</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema version %1 differs from the expected %2.</source>
        <translation>স্কিমা সংস্করণ %1 প্রত্যাশিত %2 থেকে আলাদা।</translation>
    </message>
    <message>
        <source>“%1” could not be created.</source>
        <translation>“%1” তৈরি করা যায়নি।</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>ফোল্ডারে লেখা যায় না</translation>
    </message>
    <message>
        <source>The database can only be read: its file, its folder or its disk does not allow changes.</source>
        <translation>ডেটাবেসটি শুধু পড়া যায়: এর ফাইল, ফোল্ডার বা ডিস্ক পরিবর্তনের অনুমতি দেয় না।</translation>
    </message>
    <message>
        <source>%1 (an index of it)</source>
        <translation>%1 (এর একটি ইনডেক্স)</translation>
    </message>
    <message>
        <source>The database is damaged in: %1.</source>
        <translation>ডেটাবেসের এই অংশে ক্ষতি হয়েছে: %1।</translation>
    </message>
    <message>
        <source>The database is damaged: SQLite reports “%1”.</source>
        <translation>ডেটাবেস ক্ষতিগ্রস্ত: SQLite জানাচ্ছে “%1”।</translation>
    </message>
    <message>
        <source>Restore the newest good backup (File → Restore from Backup…; the backups made before the damage were kept), or save what can still be read into a new file with “kontor-cli salvage FILE NEW-FILE”.</source>
        <translation>সবচেয়ে নতুন ভালো ব্যাকআপ ফিরিয়ে আনুন (ফাইল → ব্যাকআপ থেকে পুনরুদ্ধার করুন…; ক্ষতির আগের ব্যাকআপগুলো রাখা আছে), অথবা “kontor-cli salvage FILE NEW-FILE” দিয়ে যা এখনও পড়া যায় তা নতুন ফাইলে উদ্ধার করুন।</translation>
    </message>
    <message>
        <source>No backup was made. %1 %2</source>
        <translation>কোনো ব্যাকআপ তৈরি হয়নি। %1 %2</translation>
    </message>
    <message>
        <source>“%1” could not be read together with “%2” beside it: that file holds changes of another database, or is damaged. Move “%2” into another folder (keep it: it may hold this database&apos;s last changes) and open “%1” again. Both files were left unchanged.</source>
        <translation>পাশের “%2” সহ “%1” পড়া যায়নি: ওই ফাইলে অন্য কোনো ডেটাবেসের পরিবর্তন আছে, অথবা সেটি ক্ষতিগ্রস্ত। “%2” অন্য ফোল্ডারে সরিয়ে রাখুন (মুছবেন না: এতে এই ডেটাবেসের শেষ পরিবর্তন থাকতে পারে) এবং “%1” আবার খুলুন। দুটি ফাইলই অপরিবর্তিত রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: its folder “%2” does not allow changes, and SQLite needs to keep two small files beside the database while it is open. Copy the file into a folder of yours, or ask for permission to write in that one. The file was left unchanged.</source>
        <translation>“%1” খোলা যাচ্ছে না: এর ফোল্ডার “%2” পরিবর্তনের অনুমতি দেয় না, আর ডেটাবেস খোলা থাকার সময় SQLite-কে এর পাশে দুটি ছোট ফাইল রাখতে হয়। ফাইলটি নিজের কোনো ফোল্ডারে কপি করুন, অথবা ওই ফোল্ডারে লেখার অনুমতি চেয়ে নিন। ফাইলটি অপরিবর্তিত রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>“%1” is damaged: its first pages cannot be read. Restore it from a backup (File → Restore from Backup…, or the kontor-backups folder beside it). The file was left unchanged.</source>
        <translation>“%1” ক্ষতিগ্রস্ত: এর প্রথম পাতাগুলো পড়া যায় না। একটি ব্যাকআপ থেকে এটি পুনরুদ্ধার করুন (ফাইল → ব্যাকআপ থেকে পুনরুদ্ধার করুন…, অথবা পাশের kontor-backups ফোল্ডার)। ফাইলটি অপরিবর্তিত রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2. It was left unchanged.</source>
        <translation>“%1” পড়া যায়নি: %2। এটি অপরিবর্তিত রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>“%1” exists already: what is saved goes into a new file.</source>
        <translation>“%1” আগে থেকেই আছে: উদ্ধার করা অংশ একটি নতুন ফাইলে যায়।</translation>
    </message>
    <message>
        <source>Nothing can be read from “%1”: the list of its tables is damaged. Restore a backup instead.</source>
        <translation>“%1” থেকে কিছুই পড়া যায় না: এর টেবিলের তালিকা ক্ষতিগ্রস্ত। এর বদলে একটি ব্যাকআপ পুনরুদ্ধার করুন।</translation>
    </message>
    <message>
        <source>“%1” is not a Kontor database.</source>
        <translation>“%1” কোনো Kontor ডেটাবেস নয়।</translation>
    </message>
    <message>
        <source>the new file&apos;s tables could not be listed</source>
        <translation>নতুন ফাইলের টেবিলগুলোর তালিকা করা যায়নি</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>থামানো হয়েছে।</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>কিছুই উদ্ধার হয়নি: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>ডেটাবেস স্কিমা %1-এ আপগ্রেড করা ব্যর্থ হয়েছে: %2</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <source>“%1” lost: %2.</source>
        <translation>“%1” হাতছাড়া হয়েছে: %2।</translation>
    </message>
    <message>
        <source>“%1” won.</source>
        <translation>“%1” জেতা হয়েছে।</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>ডিল “%1” %2 ধাপে সরানো হয়েছে।</translation>
    </message>
    <message>
        <source>The pipeline has no Won stage.</source>
        <translation>পাইপলাইনে জেতা ধাপ নেই।</translation>
    </message>
    <message>
        <source>The pipeline has no Lost stage.</source>
        <translation>পাইপলাইনে হারানো ধাপ নেই।</translation>
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation>ডিলের একটি শিরোনাম দিন।</translation>
    </message>
    <message>
        <source>Choose the contact the deal is with.</source>
        <translation>ডিলটি কোন পরিচিতির সাথে, তা বেছে নিন।</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>পরিমাণ ঋণাত্মক হতে পারে না।</translation>
    </message>
    <message>
        <source>Choose the stage the deal is in.</source>
        <translation>ডিলটি কোন ধাপে আছে, তা বেছে নিন।</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>ডিলটি কেন হারানো হলো, তা লিখুন।</translation>
    </message>
    <message>
        <source>Edit deal “%1”</source>
        <translation>ডিল “%1” সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation>নতুন ডিল “%1”</translation>
    </message>
    <message>
        <source>Deal “%1” created in %2.</source>
        <translation>ডিল “%1” %2 ধাপে তৈরি করা হয়েছে।</translation>
    </message>
    <message>
        <source>Deal “%1” saved.</source>
        <translation>ডিল “%1” সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <source>“%1” is in %2 already.</source>
        <translation>“%1” আগে থেকেই %2 ধাপে আছে।</translation>
    </message>
    <message>
        <source>Win “%1”</source>
        <translation>“%1” জেতা হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>Lose “%1”</source>
        <translation>“%1” হারানো হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>“%1” %2 ধাপে সরান</translation>
    </message>
    <message>
        <source>There is no stage “%1”; the stages are: %2.</source>
        <translation>“%1” নামে কোনো ধাপ নেই; ধাপগুলো হলো: %2।</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>A deal needs a title.</source>
        <translation>ডিলের একটি শিরোনাম দরকার।</translation>
    </message>
    <message>
        <source>Choose the stage the deal is in.</source>
        <translation>ডিলটি কোন ধাপে আছে, তা বেছে নিন।</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>পরিমাণ ঋণাত্মক হতে পারে না।</translation>
    </message>
    <message>
        <source>The deal could not be saved: %1</source>
        <translation>ডিলটি সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>There is no deal with the number %1.</source>
        <translation>%1 নম্বরের কোনো ডিল নেই।</translation>
    </message>
    <message>
        <source>The deal could not be read: %1</source>
        <translation>ডিলটি পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>The deal could not be archived: %1</source>
        <translation>ডিলটি আর্কাইভ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The deal is already archived or no longer exists.</source>
        <translation>ডিলটি আগেই আর্কাইভ করা হয়েছে অথবা আর নেই।</translation>
    </message>
    <message>
        <source>The deal could not be moved: %1</source>
        <translation>ডিলটি সরানো যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>DefaultNames</name>
    <message>
        <source>New lead</source>
        <translation>নতুন লিড</translation>
    </message>
    <message>
        <source>Initial contact</source>
        <translation>প্রাথমিক যোগাযোগ</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>যাচাই</translation>
    </message>
    <message>
        <source>Demo/Presentation</source>
        <translation>ডেমো/উপস্থাপনা</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>প্রস্তাব</translation>
    </message>
    <message>
        <source>Contract review</source>
        <translation>চুক্তি পর্যালোচনা</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>জেতা</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>হারানো</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ওয়েবসাইট</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>সুপারিশ</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>কোল্ড কল</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>বাণিজ্য মেলা</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>সামাজিক মাধ্যম</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>বিজ্ঞাপন</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>the person who runs the business</comment>
        <translation>মালিক</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Tech</source>
        <translation>টেক</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>লজিস্টিকস</translation>
    </message>
    <message>
        <source>Foods</source>
        <translation>ফুডস</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>সিস্টেমস</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>কনসালটিং</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>মিডিয়া</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>এনার্জি</translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation>টেক্সটাইলস</translation>
    </message>
    <message>
        <source>Pharma</source>
        <translation>ফার্মা</translation>
    </message>
    <message>
        <source>Motors</source>
        <translation>মোটরস</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>ডিজাইন</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>সফটওয়্যার</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>ট্রেডার্স</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>প্রিন্টার্স</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>বিল্ডার্স</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>হেলথকেয়ার</translation>
    </message>
    <message>
        <source>Optics</source>
        <translation>অপটিক্স</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>রোবোটিক্স</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>ফার্নিচার</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>প্যাকেজিং</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>সোলার</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>ডেন্টাল</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>ট্রাভেলস</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>ক্যাটারিং</translation>
    </message>
    <message>
        <source>Plastics</source>
        <translation>প্লাস্টিকস</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>টুলস</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>ইভেন্টস</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>সিকিউরিটি সার্ভিস</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>ক্লিনিং সার্ভিস</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>অ্যানালিটিক্স</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>খুচরা ব্যবসা</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>উৎপাদন শিল্প</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>স্বাস্থ্যসেবা</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>নির্মাণ</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>আতিথেয়তা</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>আর্থিক সেবা</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>শিক্ষা</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>কৃষি</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>প্রধান নির্বাহী কর্মকর্তা</translation>
    </message>
    <message>
        <source>Managing Director</source>
        <translation>ব্যবস্থাপনা পরিচালক</translation>
    </message>
    <message>
        <source>Head of Purchasing</source>
        <translation>ক্রয় বিভাগের প্রধান</translation>
    </message>
    <message>
        <source>Sales Manager</source>
        <translation>বিক্রয় ব্যবস্থাপক</translation>
    </message>
    <message>
        <source>Office Manager</source>
        <translation>অফিস ব্যবস্থাপক</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>প্রধান প্রযুক্তি কর্মকর্তা</translation>
    </message>
    <message>
        <source>Project Lead</source>
        <translation>প্রকল্প প্রধান</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>ক্রয় কর্মকর্তা</translation>
    </message>
    <message>
        <source>Operations Manager</source>
        <translation>পরিচালন ব্যবস্থাপক</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>স্বত্বাধিকারী</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>হিসাবরক্ষক</translation>
    </message>
    <message>
        <source>Head of IT</source>
        <translation>আইটি বিভাগের প্রধান</translation>
    </message>
    <message>
        <source>Marketing Manager</source>
        <translation>বিপণন ব্যবস্থাপক</translation>
    </message>
    <message>
        <source>Procurement Specialist</source>
        <translation>ক্রয় বিশেষজ্ঞ</translation>
    </message>
    <message>
        <source>Finance Director</source>
        <translation>অর্থ পরিচালক</translation>
    </message>
    <message>
        <source>Team Lead Logistics</source>
        <translation>লজিস্টিকস দলের প্রধান</translation>
    </message>
    <message>
        <source>Assistant to the Board</source>
        <translation>পরিচালনা পর্ষদের সহকারী</translation>
    </message>
    <message>
        <source>Facility Manager</source>
        <translation>ফ্যাসিলিটি ব্যবস্থাপক</translation>
    </message>
    <message>
        <source>HR Manager</source>
        <translation>মানবসম্পদ ব্যবস্থাপক</translation>
    </message>
    <message>
        <source>Starter plan</source>
        <translation>স্টার্টার প্ল্যান</translation>
    </message>
    <message>
        <source>Premium support</source>
        <translation>প্রিমিয়াম সাপোর্ট</translation>
    </message>
    <message>
        <source>warehouse scanners</source>
        <translation>গুদাম স্ক্যানার</translation>
    </message>
    <message>
        <source>onboarding workshop</source>
        <translation>অনবোর্ডিং কর্মশালা</translation>
    </message>
    <message>
        <source>cloud backup</source>
        <translation>ক্লাউড ব্যাকআপ</translation>
    </message>
    <message>
        <source>annual maintenance</source>
        <translation>বার্ষিক রক্ষণাবেক্ষণ</translation>
    </message>
    <message>
        <source>fleet tracking</source>
        <translation>যানবাহন ট্র্যাকিং</translation>
    </message>
    <message>
        <source>POS terminals</source>
        <translation>পিওএস টার্মিনাল</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>সোমবার</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>মঙ্গলবার</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>বুধবার</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>বৃহস্পতিবার</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>রবিবার</translation>
    </message>
    <message>
        <source>Discussed the %1 offer; they want a quote by %2.</source>
        <translation>%1 অফার নিয়ে আলোচনা হয়েছে; তারা %2 নাগাদ কোটেশন চায়।</translation>
    </message>
    <message>
        <source>Renewal of the %1 contract: decision expected next week.</source>
        <translation>%1 চুক্তি নবায়ন: আগামী সপ্তাহে সিদ্ধান্ত জানাবে।</translation>
    </message>
    <message>
        <source>Presented %1 to their team, good feedback on price, worried about rollout time.</source>
        <translation>তাদের টিমের কাছে %1 উপস্থাপন করা হয়েছে; দাম নিয়ে ভালো সাড়া, তবে চালু করতে কত সময় লাগবে তা নিয়ে চিন্তিত।</translation>
    </message>
    <message>
        <source>Sent the revised proposal for %1 with the volume discount.</source>
        <translation>পরিমাণভিত্তিক ছাড়সহ %1 নিয়ে সংশোধিত প্রস্তাব পাঠানো হয়েছে।</translation>
    </message>
    <message>
        <source>Asked about %1 integration with their accounting software.</source>
        <translation>তাদের হিসাবরক্ষণ সফটওয়্যারের সঙ্গে %1 যুক্ত করা যায় কি না, জানতে চেয়েছে।</translation>
    </message>
    <message>
        <source>Follow-up on the invoice for %1; payment promised by the end of the month.</source>
        <translation>%1 বাবদ বিলের ফলো-আপ; মাসের শেষ নাগাদ পরিশোধের প্রতিশ্রুতি দিয়েছে।</translation>
    </message>
    <message>
        <source>Met at the trade show, interested in %1 for the new branch.</source>
        <translation>বাণিজ্য মেলায় দেখা হয়েছে; নতুন শাখার জন্য %1 নিতে আগ্রহী।</translation>
    </message>
    <message>
        <source>Budget for %1 frozen until %2, call back then.</source>
        <translation>%1 বাবদ বাজেট %2 পর্যন্ত স্থগিত; তখন আবার কল করতে হবে।</translation>
    </message>
    <message>
        <source>Complaint: the %1 delivery arrived late and partly damaged.</source>
        <translation>অভিযোগ: %1 ডেলিভারি দেরিতে এসেছে, কিছু অংশ ক্ষতিগ্রস্ত।</translation>
    </message>
    <message>
        <source>Complaint: billed twice for %1.</source>
        <translation>অভিযোগ: %1 বাবদ দুবার বিল করা হয়েছে।</translation>
    </message>
    <message>
        <source>Complaint: support did not answer about %1 for three days.</source>
        <translation>অভিযোগ: %1 নিয়ে সাপোর্ট টিম তিন দিন কোনো উত্তর দেয়নি।</translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>%1-কে আবার কল করুন</translation>
    </message>
    <message>
        <source>Send proposal to %1</source>
        <translation>%1-কে প্রস্তাব পাঠান</translation>
    </message>
    <message>
        <source>Check in with %1</source>
        <translation>%1-এর খোঁজখবর নিন</translation>
    </message>
    <message>
        <source>Prepare meeting with %1</source>
        <translation>%1-এর সঙ্গে মিটিংয়ের প্রস্তুতি নিন</translation>
    </message>
    <message>
        <source>Follow up on quote for %1</source>
        <translation>%1-এর কোটেশনের ফলো-আপ করুন</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>দাম বেশি</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>প্রতিযোগীকে বেছে নিয়েছে</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>বাজেট নেই</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>সিদ্ধান্ত হয়নি</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>সময় উপযুক্ত নয়</translation>
    </message>
    <message>
        <source>Spring newsletter</source>
        <translation>বসন্তকালীন নিউজলেটার</translation>
    </message>
    <message>
        <source>Summer newsletter</source>
        <translation>গ্রীষ্মকালীন নিউজলেটার</translation>
    </message>
    <message>
        <source>Autumn newsletter</source>
        <translation>শরৎকালীন নিউজলেটার</translation>
    </message>
    <message>
        <source>Christmas newsletter</source>
        <translation>বছর শেষের নিউজলেটার</translation>
    </message>
    <message>
        <source>Webinar: getting started</source>
        <translation>ওয়েবিনার: যেভাবে শুরু করবেন</translation>
    </message>
    <message>
        <source>Website relaunch</source>
        <translation>ওয়েবসাইট নতুনভাবে চালু</translation>
    </message>
    <message>
        <source>Google Ads – search</source>
        <translation>Google Ads – সার্চ</translation>
    </message>
    <message>
        <source>Google Ads – display</source>
        <translation>Google Ads – ডিসপ্লে</translation>
    </message>
    <message>
        <source>LinkedIn Ads – decision makers</source>
        <translation>LinkedIn Ads – সিদ্ধান্ত গ্রহণকারীদের জন্য</translation>
    </message>
    <message>
        <source>Ad in a trade magazine</source>
        <translation>বাণিজ্য সাময়িকীতে বিজ্ঞাপন</translation>
    </message>
    <message>
        <source>Local radio spot</source>
        <translation>স্থানীয় রেডিওতে বিজ্ঞাপন</translation>
    </message>
    <message>
        <source>Trade fair Leipzig %1</source>
        <translation>ঢাকা আন্তর্জাতিক বাণিজ্য মেলা %1</translation>
    </message>
    <message>
        <source>Hannover Messe %1</source>
        <translation>চট্টগ্রাম আন্তর্জাতিক বাণিজ্য মেলা %1</translation>
    </message>
    <message>
        <source>Summer open house %1</source>
        <translation>গ্রীষ্মকালীন উন্মুক্ত দিবস %1</translation>
    </message>
    <message>
        <source>Regional business expo %1</source>
        <translation>আঞ্চলিক বাণিজ্য মেলা %1</translation>
    </message>
    <message>
        <source>Customer day %1</source>
        <translation>গ্রাহক দিবস %1</translation>
    </message>
    <message>
        <source>LinkedIn sponsored posts</source>
        <translation>LinkedIn-এ স্পনসর করা পোস্ট</translation>
    </message>
    <message>
        <source>Instagram – summer campaign</source>
        <translation>Instagram – গ্রীষ্মকালীন ক্যাম্পেইন</translation>
    </message>
    <message>
        <source>Facebook ads – autumn offer</source>
        <translation>Facebook বিজ্ঞাপন – শরৎকালীন অফার</translation>
    </message>
    <message>
        <source>Customer referral bonus</source>
        <translation>গ্রাহক রেফারেল বোনাস</translation>
    </message>
    <message>
        <source>Thank-you gifts for referrers</source>
        <translation>রেফারকারীদের জন্য ধন্যবাদ উপহার</translation>
    </message>
    <message>
        <source>Call list: logistics companies</source>
        <translation>কল তালিকা: লজিস্টিকস কোম্পানি</translation>
    </message>
    <message>
        <source>Call list: retailers</source>
        <translation>কল তালিকা: খুচরা বিক্রেতা</translation>
    </message>
    <message>
        <source>Spring promotion</source>
        <translation>বসন্তকালীন প্রচারণা</translation>
    </message>
    <message>
        <source>Autumn promotion</source>
        <translation>শরৎকালীন প্রচারণা</translation>
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
        <translation>পরিচিতির সংখ্যা ঋণাত্মক হতে পারে না।</translation>
    </message>
    <message>
        <source>Generating demo data failed: %1</source>
        <translation>ডেমো ডেটা তৈরি ব্যর্থ হয়েছে: %1</translation>
    </message>
    <message>
        <source>Generating demo data was cancelled; the database is unchanged.</source>
        <translation>ডেমো ডেটা তৈরি বাতিল করা হয়েছে; ডেটাবেস অপরিবর্তিত আছে।</translation>
    </message>
    <message>
        <source>Contacts and their history</source>
        <translation>পরিচিতি ও তাদের ইতিহাস</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>ইনডেক্স</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>অনুসন্ধান ইনডেক্স</translation>
    </message>
    <message>
        <source>Pipeline totals</source>
        <translation>পাইপলাইনের মোট হিসাব</translation>
    </message>
    <message>
        <source>Report summaries</source>
        <translation>রিপোর্টের সারসংক্ষেপ</translation>
    </message>
    <message>
        <source>Checking references</source>
        <translation>রেফারেন্স যাচাই হচ্ছে</translation>
    </message>
    <message>
        <source>Generating demo data failed: a row of %1 refers to a missing row of %2.</source>
        <translation>ডেমো ডেটা তৈরি ব্যর্থ হয়েছে: %1-এর একটি সারি %2-এর এমন একটি সারির কথা বলছে যা নেই।</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>লেখা হচ্ছে</translation>
    </message>
    <message>
        <source>Meeting about %1</source>
        <translation>%1 নিয়ে মিটিং</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation>Re: %1</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>অভিযোগ</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Comparing emails</source>
        <translation>ইমেইল মেলানো হচ্ছে</translation>
    </message>
    <message>
        <source>Same email: %1</source>
        <translation>একই ইমেইল: %1</translation>
    </message>
    <message>
        <source>Comparing phone numbers</source>
        <translation>ফোন নম্বর মেলানো হচ্ছে</translation>
    </message>
    <message>
        <source>Same phone number: %1</source>
        <translation>একই ফোন নম্বর: %1</translation>
    </message>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation>ডুপ্লিকেট খোঁজা বাতিল করা হয়েছে।</translation>
    </message>
    <message>
        <source>Comparing names</source>
        <translation>নাম মেলানো হচ্ছে</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>একই নাম</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>Same name but for case, punctuation or legal form</source>
        <translation>বড়/ছোট হাতের অক্ষর, যতিচিহ্ন বা আইনি ধরন ছাড়া একই নাম</translation>
    </message>
</context>
<context>
    <name>FieldConditions</name>
    <message>
        <source>%1: “~” is for text.</source>
        <translation>%1: “~” শুধু লেখার জন্য।</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the form 2026-12-31.</source>
        <translation>%1: “%2” 2026-12-31 আকারের কোনো তারিখ নয়।</translation>
    </message>
    <message>
        <source>%1: choices are compared with = and != only.</source>
        <translation>%1: বিকল্পের তুলনা শুধু = ও != দিয়ে হয়।</translation>
    </message>
    <message>
        <source>%1: name a choice.</source>
        <translation>%1: একটি বিকল্পের নাম দিন।</translation>
    </message>
    <message>
        <source>%1: give a value, or use empty or notempty.</source>
        <translation>%1: একটি মান দিন, অথবা empty বা notempty ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>%1: yes or no is compared with = and != only.</source>
        <translation>%1: হ্যাঁ বা না-এর তুলনা শুধু = ও != দিয়ে হয়।</translation>
    </message>
    <message>
        <source>%1: links are compared with = and != only.</source>
        <translation>%1: লিংকের তুলনা শুধু = ও != দিয়ে হয়।</translation>
    </message>
    <message>
        <source>“%1” is not a condition such as “city = Berlin”, “budget &gt;= 5000” or “timeline empty”.</source>
        <translation>“%1” “city = Dhaka”, “budget &gt;= 5000” বা “timeline empty”-এর মতো কোনো শর্ত নয়।</translation>
    </message>
    <message>
        <source>id: compare it with a number.</source>
        <translation>id: এটি একটি সংখ্যার সাথে তুলনা করুন।</translation>
    </message>
    <message>
        <source>%1: compare it with =, !=, ~, empty or notempty.</source>
        <translation>%1: এটি =, !=, ~, empty বা notempty দিয়ে তুলনা করুন।</translation>
    </message>
    <message>
        <source>Contacts have no field “%1”. Built-in: %2; your own: see kontor-cli field list.</source>
        <translation>পরিচিতির “%1” নামে কোনো ফিল্ড নেই। অন্তর্নির্মিত: %2; আপনার নিজস্ব: kontor-cli field list দেখুন।</translation>
    </message>
    <message>
        <source>status: compare it with = or != and a stage, such as status = customer.</source>
        <translation>status: = বা != এবং একটি ধাপ দিয়ে তুলনা করুন, যেমন status = customer।</translation>
    </message>
    <message>
        <source>status: “%1” is not a stage.</source>
        <translation>status: “%1” কোনো ধাপ নয়।</translation>
    </message>
    <message>
        <source>score: compare it with a number, such as score &gt;= 50.</source>
        <translation>score: এটিকে একটি সংখ্যার সঙ্গে তুলনা করুন, যেমন score &gt;= 50।</translation>
    </message>
    <message>
        <source>Companies have no field “%1”. Built-in: %2; your own: see kontor-cli field list.</source>
        <translation>কোম্পানির “%1” নামে কোনো ফিল্ড নেই। অন্তর্নির্মিত: %2; আপনার নিজস্ব: kontor-cli field list দেখুন।</translation>
    </message>
    <message>
        <source>territory: compare it with =, !=, empty or notempty.</source>
        <translation>territory: এটি =, !=, empty বা notempty দিয়ে তুলনা করুন।</translation>
    </message>
    <message>
        <source>territory: there is no territory “%1”.</source>
        <translation>territory: “%1” নামে কোনো এলাকা নেই।</translation>
    </message>
    <message>
        <source>territory: name a territory.</source>
        <translation>territory: একটি এলাকার নাম দিন।</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>Text</source>
        <translation>লেখা</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>দীর্ঘ লেখা</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>সংখ্যা</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>অর্থ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>চেকবক্স</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>বিকল্প</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>একাধিক বিকল্প</translation>
    </message>
    <message>
        <source>Link to a contact</source>
        <translation>পরিচিতির লিংক</translation>
    </message>
    <message>
        <source>Link to a company</source>
        <translation>কোম্পানির লিংক</translation>
    </message>
</context>
<context>
    <name>FieldValueText</name>
    <message>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>না</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” কোনো সংখ্যা নয়।</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount.</source>
        <translation>%1: “%2” কোনো পরিমাণ নয়।</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date in the form 2026-12-31.</source>
        <translation>%1: “%2” 2026-12-31 আকারের কোনো তারিখ নয়।</translation>
    </message>
    <message>
        <source>%1: “%2” is neither yes nor no.</source>
        <translation>%1: “%2” হ্যাঁ বা না কোনোটিই নয়।</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of its choices.</source>
        <translation>%1: “%2” এর বিকল্পগুলোর কোনোটি নয়।</translation>
    </message>
    <message>
        <source>%1: “%2” is not a record&apos;s number.</source>
        <translation>%1: “%2” কোনো রেকর্ডের নম্বর নয়।</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The forecast could not be computed: %1</source>
        <translation>পূর্বাভাস হিসাব করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>ডিলগুলো পড়া যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>The funnel could not be computed: %1</source>
        <translation>ফানেল হিসাব করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>ডিলগুলো পড়া যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>A vCard file holds contacts.</source>
        <translation>vCard ফাইলে পরিচিতি থাকে।</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ইমপোর্ট</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 ইমপোর্ট করুন</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>ইমপোর্ট শুরু করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>ইমপোর্ট সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Undo import %1</source>
        <translation>ইমপোর্ট %1 পূর্বাবস্থায় ফেরান</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>ইমপোর্ট পূর্বাবস্থায় ফেরানো যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>ইমপোর্ট ফিরিয়ে নেওয়া যায়নি: %1</translation>
    </message>
    <message>
        <source>There is no such import.</source>
        <translation>এমন কোনো ইমপোর্ট নেই।</translation>
    </message>
    <message>
        <source>This import has been undone already.</source>
        <translation>এই ইমপোর্ট আগেই ফিরিয়ে নেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>ইমপোর্ট ফিরিয়ে নেওয়া হচ্ছে</translation>
    </message>
    <message>
        <source>Undoing the import was cancelled; nothing was changed.</source>
        <translation>ইমপোর্ট ফিরিয়ে নেওয়া বাতিল করা হয়েছে; কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>The import&apos;s contacts could not be read: %1</source>
        <translation>এই ইমপোর্টের পরিচিতিগুলো পড়া যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>The import could not start: %1</source>
        <translation>ইমপোর্ট শুরু করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>সারি যাচাই করা হচ্ছে</translation>
    </message>
    <message>
        <source>Importing rows</source>
        <translation>সারি ইমপোর্ট করা হচ্ছে</translation>
    </message>
    <message>
        <source>The import could not be finished, and nothing was imported: %1</source>
        <translation>ইমপোর্ট শেষ করা যায়নি, তাই কিছুই ইমপোর্ট হয়নি: %1</translation>
    </message>
    <message>
        <source>The import could not be saved, and nothing was imported: %1</source>
        <translation>ইমপোর্ট সংরক্ষণ করা যায়নি, তাই কিছুই ইমপোর্ট হয়নি: %1</translation>
    </message>
</context>
<context>
    <name>InteractionActions</name>
    <message>
        <source>Interaction logged, reminder done and the next meeting scheduled.</source>
        <translation>যোগাযোগ লিখে রাখা হয়েছে, রিমাইন্ডার সম্পন্ন এবং পরের মিটিং নির্ধারিত হয়েছে।</translation>
    </message>
    <message>
        <source>Interaction logged, reminder done and follow-up scheduled.</source>
        <translation>যোগাযোগ লিখে রাখা হয়েছে, রিমাইন্ডার সম্পন্ন এবং ফলো-আপ নির্ধারিত হয়েছে।</translation>
    </message>
    <message>
        <source>Interaction logged and reminder done.</source>
        <translation>যোগাযোগ লিখে রাখা হয়েছে এবং রিমাইন্ডার সম্পন্ন।</translation>
    </message>
    <message>
        <source>Interaction logged and the next meeting scheduled.</source>
        <translation>যোগাযোগ লিখে রাখা হয়েছে এবং পরের মিটিং নির্ধারিত হয়েছে।</translation>
    </message>
    <message>
        <source>Interaction logged and follow-up scheduled.</source>
        <translation>যোগাযোগ লিখে রাখা হয়েছে এবং ফলো-আপ নির্ধারিত হয়েছে।</translation>
    </message>
    <message>
        <source>Interaction logged.</source>
        <translation>যোগাযোগ লিখে রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>Choose the contact the interaction was with.</source>
        <translation>যোগাযোগটি কোন পরিচিতির সাথে হয়েছিল, তা বেছে নিন।</translation>
    </message>
    <message>
        <source>Give the follow-up a title.</source>
        <translation>ফলো-আপের একটি শিরোনাম দিন।</translation>
    </message>
    <message>
        <source>Enter when the follow-up is due.</source>
        <translation>ফলো-আপ কখন করণীয়, তা লিখুন।</translation>
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation>%1-এর সাথে যোগাযোগ লিখে রাখুন</translation>
    </message>
    <message>
        <source>Only a complaint can be resolved.</source>
        <translation>শুধু অভিযোগই নিষ্পন্ন করা যায়।</translation>
    </message>
    <message>
        <source>Complaint resolved.</source>
        <translation>অভিযোগ নিষ্পন্ন হয়েছে।</translation>
    </message>
    <message>
        <source>Complaint open again.</source>
        <translation>অভিযোগ আবার খোলা হয়েছে।</translation>
    </message>
    <message>
        <source>Resolve complaint</source>
        <translation>অভিযোগ নিষ্পন্ন করুন</translation>
    </message>
    <message>
        <source>Open complaint again</source>
        <translation>অভিযোগ আবার খুলুন</translation>
    </message>
</context>
<context>
    <name>InteractionKinds</name>
    <message>
        <source>Call</source>
        <translation>কল</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>মিটিং</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>বার্তা</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>অভিযোগ</translation>
    </message>
</context>
<context>
    <name>InteractionOutcomes</name>
    <message>
        <source>Successful</source>
        <translation>সফল</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>নিরপেক্ষ</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>অসফল</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>সাড়া নেই</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>ভয়েসমেইল</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>ব্যস্ত</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>ভুল নম্বর</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>Choose the contact this interaction was with.</source>
        <translation>এই যোগাযোগটি কোন পরিচিতির সাথে হয়েছিল, তা বেছে নিন।</translation>
    </message>
    <message>
        <source>Choose what kind of interaction it was.</source>
        <translation>কোন ধরনের যোগাযোগ ছিল, তা বেছে নিন।</translation>
    </message>
    <message>
        <source>Enter when the interaction took place.</source>
        <translation>যোগাযোগটি কখন হয়েছিল, তা লিখুন।</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>সময়কাল ঋণাত্মক হতে পারে না।</translation>
    </message>
    <message>
        <source>The interaction could not be saved: %1</source>
        <translation>যোগাযোগটি সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The interaction could not be read: %1</source>
        <translation>যোগাযোগটি পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>There is no interaction with the number %1.</source>
        <translation>%1 নম্বরের কোনো যোগাযোগ নেই।</translation>
    </message>
    <message>
        <source>The interaction could not be archived: %1</source>
        <translation>যোগাযোগটি আর্কাইভ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The complaint could not be updated: %1</source>
        <translation>অভিযোগটি হালনাগাদ করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <source>The scoring rules could not be read: %1</source>
        <translation>স্কোরিং নিয়মগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>Every scoring rule needs a name.</source>
        <translation>প্রতিটি স্কোরিং নিয়মের একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>“%1” gives no points.</source>
        <translation>“%1” কোনো পয়েন্ট দেয় না।</translation>
    </message>
    <message>
        <source>“%1”: a score cannot count itself.</source>
        <translation>“%1”: কোনো স্কোর নিজেকে গণনা করতে পারে না।</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1” needs a kind of interaction and a number of days.</source>
        <translation>“%1”-এর জন্য যোগাযোগের একটি ধরন ও দিনের সংখ্যা দরকার।</translation>
    </message>
    <message>
        <source>The scoring rules could not be saved: %1</source>
        <translation>স্কোরিং নিয়মগুলো সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Decision maker (title with “director”)</source>
        <translation>সিদ্ধান্তগ্রহণকারী (পদবিতে “director”)</translation>
    </message>
    <message>
        <source>Decision maker (title with “head”)</source>
        <translation>সিদ্ধান্তগ্রহণকারী (পদবিতে “head”)</translation>
    </message>
    <message>
        <source>Owner or founder</source>
        <translation>মালিক বা প্রতিষ্ঠাতা</translation>
    </message>
    <message>
        <source>Has an email address</source>
        <translation>ইমেইল ঠিকানা আছে</translation>
    </message>
    <message>
        <source>No way to reach them</source>
        <translation>পৌঁছানোর কোনো উপায় নেই</translation>
    </message>
    <message>
        <source>Successful meeting in the last 30 days</source>
        <translation>গত 30 দিনে সফল মিটিং</translation>
    </message>
    <message>
        <source>Answered call (halves every 14 days)</source>
        <translation>রিসিভ করা কল (প্রতি 14 দিনে অর্ধেক হয়)</translation>
    </message>
    <message>
        <source>Email exchanged in the last 14 days</source>
        <translation>গত 14 দিনে ইমেইল আদান-প্রদান</translation>
    </message>
    <message>
        <source>Complaint (halves every 30 days)</source>
        <translation>অভিযোগ (প্রতি 30 দিনে অর্ধেক হয়)</translation>
    </message>
    <message>
        <source>The score could not be worked out: %1</source>
        <translation>স্কোর হিসাব করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The score could not be saved: %1</source>
        <translation>স্কোর সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The scores could not be worked out: %1</source>
        <translation>স্কোরগুলো হিসাব করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Working out the scores</source>
        <translation>স্কোর হিসাব করা হচ্ছে</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>থামানো হয়েছে।</translation>
    </message>
    <message>
        <source>The scores could not be saved: %1</source>
        <translation>স্কোরগুলো সংরক্ষণ করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>LeadSourceRepository</name>
    <message>
        <source>A lead source needs a name.</source>
        <translation>লিডের উৎসের একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>The lead source could not be saved: %1</source>
        <translation>লিডের উৎস সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>ক্যাম্পেইনের একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>Choose the lead source of the campaign.</source>
        <translation>ক্যাম্পেইনের লিডের উৎস বেছে নিন।</translation>
    </message>
    <message>
        <source>The spend cannot be negative.</source>
        <translation>খরচ ঋণাত্মক হতে পারে না।</translation>
    </message>
    <message>
        <source>The campaign cannot end before it starts.</source>
        <translation>ক্যাম্পেইন শুরুর আগে শেষ হতে পারে না।</translation>
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation>ক্যাম্পেইন সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>A lead source called “%1” already exists.</source>
        <translation>“%1” নামে একটি লিডের উৎস আগে থেকেই আছে।</translation>
    </message>
</context>
<context>
    <name>LeadSources</name>
    <message>
        <source>The lead source report could not be computed: %1</source>
        <translation>লিডের উৎসের রিপোর্ট হিসাব করা যায়নি: %1</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>লিডের উৎস নেই</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>পরিচিতিগুলো পড়া যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleFunnel</name>
    <message>
        <source>The lifecycle funnel could not be computed: %1</source>
        <translation>জীবনচক্রের ফানেল হিসাব করা যায়নি: %1</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>লিডের উৎস নেই</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>দায়িত্বপ্রাপ্ত নেই</translation>
    </message>
    <message>
        <source>The lifecycle funnel could not be brought up to date: %1</source>
        <translation>জীবনচক্রের ফানেল হালনাগাদ করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>rule: the fields that make a lead marketing qualified were filled</source>
        <translation>নিয়ম: লিডকে মার্কেটিং-যোগ্য করার ফিল্ডগুলো পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>rule: the qualification fields were filled</source>
        <translation>নিয়ম: যোগ্যতা যাচাইয়ের ফিল্ডগুলো পূরণ হয়েছে</translation>
    </message>
    <message>
        <source>rule: a meeting was booked</source>
        <translation>নিয়ম: একটি মিটিং ঠিক হয়েছে</translation>
    </message>
    <message>
        <source>rule: a deal was created</source>
        <translation>নিয়ম: একটি ডিল তৈরি হয়েছে</translation>
    </message>
    <message>
        <source>rule: a deal was won</source>
        <translation>নিয়ম: একটি ডিল জেতা হয়েছে</translation>
    </message>
    <message>
        <source>rule: the lead score reached the threshold</source>
        <translation>নিয়ম: লিড স্কোর নির্ধারিত সীমায় পৌঁছেছে</translation>
    </message>
    <message>
        <source>The leads to qualify could not be read: %1</source>
        <translation>যে লিডগুলোকে যোগ্য করতে হবে, সেগুলো পড়া যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleText</name>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>প্রবেশ করেছে</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>এগিয়েছে</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>রূপান্তর</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>মধ্যমা দিন</translation>
    </message>
    <message>
        <source>Entered each stage, by lead source:</source>
        <translation>প্রতিটি ধাপে প্রবেশ, লিডের উৎস অনুযায়ী:</translation>
    </message>
    <message>
        <source>Entered each stage, by owner:</source>
        <translation>প্রতিটি ধাপে প্রবেশ, দায়িত্বপ্রাপ্ত অনুযায়ী:</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Merge contacts</source>
        <translation>পরিচিতি একত্র করুন</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>কোম্পানি একত্র করুন</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as EUR.</source>
        <translation>মুদ্রা অবশ্যই তিন অক্ষরের ISO 4217 কোড হতে হবে, যেমন EUR।</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>ডিলগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>The pipeline could not be read: %1</source>
        <translation>পাইপলাইন পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>The pipeline totals could not be computed: %1</source>
        <translation>পাইপলাইনের মোট হিসাব করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation>রেকর্ডগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>এক্সপোর্ট লেখা যায়নি: %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>এক্সপোর্ট হচ্ছে</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>এক্সপোর্ট বাতিল করা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” লেখা যায়নি: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>এক্সপোর্ট হচ্ছে…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ফাইল (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard ফাইল (*.vcf)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ফাইল (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>এক্সপোর্ট</translation>
    </message>
    <message>
        <source>%1 records exported to %2.</source>
        <translation>%1টি রেকর্ড %2-এ এক্সপোর্ট করা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>RecordImport</name>
    <message>
        <source>Contacts are imported by ContactImport.</source>
        <translation>পরিচিতি ইমপোর্ট করে ContactImport।</translation>
    </message>
    <message>
        <source>No user is called “%1” (kept in the notes).</source>
        <translation>“%1” নামে কোনো ব্যবহারকারী নেই (নোটে রাখা হয়েছে)।</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>নাম নেই</translation>
    </message>
    <message>
        <source>No company is called “%1” (kept in the notes).</source>
        <translation>“%1” নামে কোনো কোম্পানি নেই (নোটে রাখা হয়েছে)।</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>মূল কোম্পানি</translation>
    </message>
    <message>
        <source>Same name as %1</source>
        <translation>%1-এর মতো একই নাম</translation>
    </message>
    <message>
        <source>%1; nothing new</source>
        <translation>%1; নতুন কিছু নেই</translation>
    </message>
    <message>
        <source>No date, or one Kontor cannot read: “%1”</source>
        <translation>তারিখ নেই, অথবা এমন তারিখ যা Kontor পড়তে পারে না: “%1”</translation>
    </message>
    <message>
        <source>No contact “%1” in Kontor (import the contacts first)</source>
        <translation>Kontor-এ “%1” নামে কোনো পরিচিতি নেই (আগে পরিচিতিগুলো ইমপোর্ট করুন)</translation>
    </message>
    <message>
        <source>The kind “%1” is not one of Kontor&apos;s (imported as a note).</source>
        <translation>ধরন “%1” Kontor-এর কোনো ধরন নয় (নোট হিসেবে ইমপোর্ট করা হয়েছে)।</translation>
    </message>
    <message>
        <source>No deal “%1” for this contact (left out).</source>
        <translation>এই পরিচিতির জন্য “%1” নামে কোনো ডিল নেই (বাদ দেওয়া হয়েছে)।</translation>
    </message>
    <message>
        <source>Already there: the same %1 at the same time</source>
        <translation>আগে থেকেই আছে: একই সময়ে একই %1</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>শিরোনাম নেই</translation>
    </message>
    <message>
        <source>No contact “%1” in Kontor (kept in the notes).</source>
        <translation>Kontor-এ “%1” নামে কোনো পরিচিতি নেই (নোটে রাখা হয়েছে)।</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>No stage is called “%1” (the first stage instead; kept in the notes).</source>
        <translation>“%1” নামে কোনো ধাপ নেই (তার বদলে প্রথম ধাপ; নোটে রাখা হয়েছে)।</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>The amount “%1” is not a number Kontor reads (kept in the notes).</source>
        <translation>পরিমাণ “%1” এমন কোনো সংখ্যা নয় যা Kontor পড়তে পারে (নোটে রাখা হয়েছে)।</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>Already there: a deal of the same title for the same contact</source>
        <translation>আগে থেকেই আছে: একই পরিচিতির জন্য একই শিরোনামের একটি ডিল</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>শিল্পখাত</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ওয়েবসাইট</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>রাস্তা</translation>
    </message>
    <message>
        <source>City</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>অঞ্চল</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>পোস্ট কোড</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>দেশ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Kind (call, meeting, email…)</source>
        <translation>ধরন (কল, মিটিং, ইমেইল…)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>দিক</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>পরিচিতির নাম</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>পরিচিতির ইমেইল</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>সময়কাল (মিনিট)</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>যিনি লিখেছেন</translation>
    </message>
    <message>
        <source>Resolved (complaints)</source>
        <translation>নিষ্পন্ন (অভিযোগ)</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal</comment>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>মুদ্রা</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>সম্ভাব্য সমাপ্তি</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>তৈরির তারিখ</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>হারানোর কারণ</translation>
    </message>
    <message>
        <source>No column is mapped to “%1”, which every row needs.</source>
        <translation>“%1”-এর সাথে কোনো কলাম ম্যাপ করা হয়নি, অথচ প্রতিটি সারিতে এটি দরকার।</translation>
    </message>
    <message>
        <source>Line %1 could not be imported, and nothing was: %2</source>
        <translation>লাইন %1 ইমপোর্ট করা যায়নি, তাই কিছুই ইমপোর্ট হয়নি: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>ইমপোর্ট বাতিল করা হয়েছে; কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>The file could not be read, and nothing was imported: %1</source>
        <translation>ফাইলটি পড়া যায়নি, তাই কিছুই ইমপোর্ট হয়নি: %1</translation>
    </message>
</context>
<context>
    <name>RegionChoice</name>
    <message>
        <source>Choose your country</source>
        <translation>আপনার দেশ বেছে নিন</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Say what to do.</source>
        <translation>কী করতে হবে, তা লিখুন।</translation>
    </message>
    <message>
        <source>Enter when the reminder is due.</source>
        <translation>রিমাইন্ডার কখন করণীয়, তা লিখুন।</translation>
    </message>
    <message>
        <source>The reminder&apos;s contact does not exist.</source>
        <translation>রিমাইন্ডারের পরিচিতিটি নেই।</translation>
    </message>
    <message>
        <source>Edit reminder “%1”</source>
        <translation>রিমাইন্ডার “%1” সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>New reminder “%1”</source>
        <translation>নতুন রিমাইন্ডার “%1”</translation>
    </message>
    <message>
        <source>Reminder saved.</source>
        <translation>রিমাইন্ডার সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <source>“%1” is done already.</source>
        <translation>“%1” আগেই সম্পন্ন হয়েছে।</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>“%1” সম্পন্ন হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>“%1” done; next on %2.</source>
        <translation>“%1” সম্পন্ন; পরেরটি %2-এ।</translation>
    </message>
    <message>
        <source>“%1” done.</source>
        <translation>“%1” সম্পন্ন।</translation>
    </message>
    <message>
        <source>Enter until when to snooze.</source>
        <translation>কখন পর্যন্ত পিছিয়ে দেবেন, তা লিখুন।</translation>
    </message>
    <message>
        <source>Snooze “%1”</source>
        <translation>“%1” পিছিয়ে দিন</translation>
    </message>
    <message>
        <source>“%1” snoozed until %2.</source>
        <translation>“%1” %2 পর্যন্ত পিছিয়ে দেওয়া হয়েছে।</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>A reminder needs a title.</source>
        <translation>রিমাইন্ডারের একটি শিরোনাম দরকার।</translation>
    </message>
    <message>
        <source>A reminder needs a due time.</source>
        <translation>রিমাইন্ডারের একটি নির্ধারিত সময় দরকার।</translation>
    </message>
    <message>
        <source>The reminder could not be saved: %1</source>
        <translation>রিমাইন্ডার সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>There is no reminder with the number %1.</source>
        <translation>%1 নম্বরের কোনো রিমাইন্ডার নেই।</translation>
    </message>
    <message>
        <source>The reminder could not be read: %1</source>
        <translation>রিমাইন্ডার পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>The reminder is already done.</source>
        <translation>রিমাইন্ডারটি আগেই সম্পন্ন হয়েছে।</translation>
    </message>
    <message>
        <source>The reminder could not be updated: %1</source>
        <translation>রিমাইন্ডার হালনাগাদ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Choose until when to snooze.</source>
        <translation>কখন পর্যন্ত পিছিয়ে দেবেন, তা বেছে নিন।</translation>
    </message>
    <message>
        <source>The reminder could not be snoozed: %1</source>
        <translation>রিমাইন্ডার পিছিয়ে দেওয়া যায়নি: %1</translation>
    </message>
    <message>
        <source>Only an open reminder can be snoozed.</source>
        <translation>শুধু খোলা রিমাইন্ডারই পিছিয়ে দেওয়া যায়।</translation>
    </message>
    <message>
        <source>The reminder could not be archived: %1</source>
        <translation>রিমাইন্ডার আর্কাইভ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>রিমাইন্ডারগুলো পড়া যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>ReportChoice</name>
    <message>
        <source>%1 is not a choice field.</source>
        <translation>%1 বিকল্প ধরনের ফিল্ড নয়।</translation>
    </message>
    <message>
        <source>Name a choice field and its options, such as industry=Retail;Food.</source>
        <translation>বিকল্প ধরনের একটি ফিল্ড ও তার বিকল্পগুলোর নাম দিন, যেমন industry=Retail;Food।</translation>
    </message>
    <message>
        <source>There is no field “%1”.</source>
        <translation>“%1” নামে কোনো ফিল্ড নেই।</translation>
    </message>
    <message>
        <source>%1 has no choice “%2”.</source>
        <translation>%1-এ “%2” নামে কোনো বিকল্প নেই।</translation>
    </message>
    <message>
        <source>That territory is gone; choose another.</source>
        <translation>এলাকাটি আর নেই; অন্য একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>There is no territory “%1”.</source>
        <translation>“%1” নামে কোনো এলাকা নেই।</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>This week</source>
        <translation>এই সপ্তাহ</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>গত সপ্তাহ</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>এই মাস</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>গত মাস</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>এই প্রান্তিক</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>গত প্রান্তিক</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>এই বছর</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>নিজের পছন্দের সময়কাল</translation>
    </message>
</context>
<context>
    <name>ReportSummaries</name>
    <message>
        <source>The report summaries could not be computed: %1</source>
        <translation>রিপোর্টের সারসংক্ষেপ হিসাব করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The report summaries could not be checked: %1</source>
        <translation>রিপোর্টের সারসংক্ষেপ যাচাই করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>পৌঁছেছে</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>এগিয়েছে</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>রূপান্তর</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>মূল্য</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>গড় দিন</translation>
    </message>
    <message>
        <source>Entered: %1 · won: %2 · lost: %3 · win rate: %4 · overall conversion: %5</source>
        <translation>তৈরি: %1 · জেতা: %2 · হারানো: %3 · জয়ের হার: %4 · সামগ্রিক রূপান্তর: %5</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>লিড</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>যোগ্য</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>আয়</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>খরচ</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>লিডপ্রতি খরচ</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>গ্রাহকপ্রতি খরচ</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Week of %1 (the week before in brackets)</source>
        <translation>%1-এর সপ্তাহ (বন্ধনীতে আগের সপ্তাহ)</translation>
    </message>
    <message>
        <source>Calls held</source>
        <translation>করা কল</translation>
    </message>
    <message>
        <source>  successful</source>
        <translation>  সফল</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>অনুষ্ঠিত মিটিং</translation>
    </message>
    <message>
        <source>Led to another appointment</source>
        <translation>পরবর্তী মিটিং ঠিক হয়েছে</translation>
    </message>
    <message>
        <source>Appointments in the next 30 days</source>
        <translation>আগামী ৩০ দিনের মিটিং</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>নতুন লিড</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>জেতা ডিল</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>হারানো ডিল</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>জেতা ডিলের আয়</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>নতুন অভিযোগ</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>নিষ্পন্ন অভিযোগ</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>বিক্রয়কর্মী</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>সপ্তাহ শুরু</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>কল</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>মিটিং</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Deals moved</source>
        <translation>সরানো ডিল</translation>
    </message>
    <message>
        <source>total</source>
        <translation>মোট</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>সম্ভাব্য সমাপ্তি</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>ভারযুক্ত</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>বিলম্বিত</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>তারিখ নেই</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(কেউ নয়)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>What lies behind the figure could not be read: %1</source>
        <translation>সংখ্যাটির পেছনে কী আছে, তা পড়া যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>RfmAnalysis</name>
    <message>
        <source>The customers&apos; RFM could not be computed: %1</source>
        <translation>গ্রাহকদের RFM হিসাব করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>RfmSegment</name>
    <message>
        <source>Champions</source>
        <translation>চ্যাম্পিয়ন</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>অনুগত</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>সম্ভাব্য অনুগত</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>নতুন গ্রাহক</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>সম্ভাবনাময়</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>মনোযোগ দরকার</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>ঘুমিয়ে পড়ার পথে</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>ঝুঁকিতে</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>হারানো যাবে না</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>শীতঘুমে</translation>
    </message>
    <message>
        <source>R 5, F 4–5: bought lately and often.</source>
        <translation>R 5, F 4–5: সম্প্রতি ও ঘন ঘন কিনেছেন।</translation>
    </message>
    <message>
        <source>R 3–4, F 4–5: buy often, not quite lately.</source>
        <translation>R 3–4, F 4–5: ঘন ঘন কেনেন, তবে খুব সম্প্রতি নয়।</translation>
    </message>
    <message>
        <source>R 4–5, F 2–3: bought lately, more than once.</source>
        <translation>R 4–5, F 2–3: সম্প্রতি কিনেছেন, একবারের বেশি।</translation>
    </message>
    <message>
        <source>R 5, F 1: bought lately, for the first time in the two years.</source>
        <translation>R 5, F 1: সম্প্রতি কিনেছেন, এই দুই বছরে প্রথমবার।</translation>
    </message>
    <message>
        <source>R 4, F 1: bought fairly lately, once.</source>
        <translation>R 4, F 1: মোটামুটি সম্প্রতি কিনেছেন, একবার।</translation>
    </message>
    <message>
        <source>R 3, F 3: middling on both.</source>
        <translation>R 3, F 3: দুটোতেই মাঝামাঝি।</translation>
    </message>
    <message>
        <source>R 3, F 1–2: seldom, and not lately.</source>
        <translation>R 3, F 1–2: কদাচিৎ, এবং সম্প্রতি নয়।</translation>
    </message>
    <message>
        <source>R 1–2, F 3–4: bought often, but long ago.</source>
        <translation>R 1–2, F 3–4: ঘন ঘন কিনেছেন, তবে অনেক আগে।</translation>
    </message>
    <message>
        <source>R 1–2, F 5: among the most frequent, but long ago.</source>
        <translation>R 1–2, F 5: সবচেয়ে ঘন ঘন কেনাদের মধ্যে, তবে অনেক আগে।</translation>
    </message>
    <message>
        <source>R 1–2, F 1–2: seldom, and long ago.</source>
        <translation>R 1–2, F 1–2: কদাচিৎ, এবং অনেক আগে।</translation>
    </message>
</context>
<context>
    <name>RfmText</name>
    <message>
        <source>Customers from %1 to %2, in %3</source>
        <translation>%1 থেকে %2 পর্যন্ত গ্রাহক, %3-এ</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>সেগমেন্ট</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>আয়</translation>
    </message>
    <message>
        <source>Customers by recency (R, rows) and frequency (F, columns)</source>
        <translation>সাম্প্রতিকতা (R, সারি) ও পুনরাবৃত্তি (F, কলাম) অনুযায়ী গ্রাহক</translation>
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
            <numerusform>অন্য মুদ্রার %Lnটি জেতা ডিল বাদ দেওয়া হয়েছে।</numerusform>
            <numerusform>অন্য মুদ্রার %Lnটি জেতা ডিল বাদ দেওয়া হয়েছে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>contacts</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>calls, meetings and notes</source>
        <translation>কল, মিটিং ও নোট</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>রিমাইন্ডার</translation>
    </message>
    <message>
        <source>the deals&apos; moves between stages</source>
        <translation>ডিলগুলোর এক ধাপ থেকে আরেক ধাপে যাওয়া</translation>
    </message>
    <message>
        <source>the deals&apos; dates in each stage</source>
        <translation>প্রতিটি ধাপে ডিলগুলোর তারিখ</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>পরিবর্তনের ইতিহাস</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>ক্যাম্পেইন</translation>
    </message>
    <message>
        <source>lead sources</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>salespeople</source>
        <translation>বিক্রয়কর্মী</translation>
    </message>
    <message>
        <source>pipeline stages</source>
        <translation>পাইপলাইনের ধাপ</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>the contacts&apos; tags</source>
        <translation>পরিচিতিদের ট্যাগ</translation>
    </message>
    <message>
        <source>the companies&apos; tags</source>
        <translation>কোম্পানিগুলোর ট্যাগ</translation>
    </message>
    <message>
        <source>the contacts&apos; emails</source>
        <translation>পরিচিতিদের ইমেইল</translation>
    </message>
    <message>
        <source>the contacts&apos; phone numbers</source>
        <translation>পরিচিতিদের ফোন নম্বর</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>the import history</source>
        <translation>ইমপোর্টের ইতিহাস</translation>
    </message>
    <message>
        <source>what each import changed</source>
        <translation>প্রতিটি ইমপোর্ট যা বদলেছে</translation>
    </message>
    <message>
        <source>contacts marked as not duplicates</source>
        <translation>“ডুপ্লিকেট নয়” চিহ্নিত পরিচিতি</translation>
    </message>
    <message>
        <source>The latest changes, in the file&apos;s “-wal” beside it, could not be read: the copy that reading them takes could not be made (%1). Free some space beside the new file and save again to have them too.</source>
        <translation>সর্বশেষ পরিবর্তনগুলো, যা ফাইলটির পাশে “-wal” ফাইলে আছে, পড়া যায়নি: পড়ার জন্য যে কপিটি লাগে তা তৈরি করা যায়নি (%1)। নতুন ফাইলের পাশে কিছু জায়গা খালি করে আবার উদ্ধার করুন, যাতে সেগুলোও পাওয়া যায়।</translation>
    </message>
</context>
<context>
    <name>ScoreActions</name>
    <message>
        <source>Change lead scoring rules</source>
        <translation>লিড স্কোরিংয়ের নিয়ম পরিবর্তন করুন</translation>
    </message>
    <message numerus="yes">
        <source>Qualify %Ln lead(s) by score</source>
        <translation>
            <numerusform>স্কোর অনুযায়ী %Lnটি লিডকে যোগ্য করুন</numerusform>
            <numerusform>স্কোর অনুযায়ী %Lnটি লিডকে যোগ্য করুন</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreText</name>
    <message>
        <source>There are scoring rules already; the starter set only goes into an empty list.</source>
        <translation>স্কোরিং নিয়ম আগে থেকেই আছে; শুরুর সেট শুধু খালি তালিকায় যোগ হয়।</translation>
    </message>
    <message>
        <source>%1 %2 within %3 days%4</source>
        <translation>%3 দিনের মধ্যে %1 %2%4</translation>
    </message>
    <message>
        <source>, halving</source>
        <translation>, ক্রমে অর্ধেক হয়</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(বন্ধ)</translation>
    </message>
    <message>
        <source>score takes at most a contact&apos;s id, or rules.</source>
        <translation>score সর্বোচ্চ একটি পরিচিতির নম্বর, অথবা rules নেয়।</translation>
    </message>
    <message>
        <source>“%1” is not a contact&apos;s id.</source>
        <translation>“%1” কোনো পরিচিতির নম্বর নয়।</translation>
    </message>
    <message>
        <source>Score %1 (fit %2, engagement %3)</source>
        <translation>স্কোর %1 (উপযুক্ততা %2, সম্পৃক্ততা %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln score(s) changed.</source>
        <translation>
            <numerusform>%Lnটি স্কোর বদলেছে।</numerusform>
            <numerusform>%Lnটি স্কোর বদলেছে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search failed: %1</source>
        <translation>অনুসন্ধান ব্যর্থ হয়েছে: %1</translation>
    </message>
    <message>
        <source>Branch of %1</source>
        <translation>%1-এর শাখা</translation>
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
        <translation>ধাপ %1 যোগ করুন</translation>
    </message>
    <message>
        <source>Change stage %1</source>
        <translation>ধাপ %1 পরিবর্তন করুন</translation>
    </message>
    <message>
        <source>Remove stage %1</source>
        <translation>ধাপ %1 সরান</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>ধাপগুলোর ক্রম বদলান</translation>
    </message>
    <message>
        <source>Add lead source %1</source>
        <translation>লিডের উৎস %1 যোগ করুন</translation>
    </message>
    <message>
        <source>Rename lead source to %1</source>
        <translation>লিডের উৎসের নাম বদলে %1 করুন</translation>
    </message>
    <message>
        <source>Add campaign %1</source>
        <translation>ক্যাম্পেইন %1 যোগ করুন</translation>
    </message>
    <message>
        <source>Change campaign %1</source>
        <translation>ক্যাম্পেইন %1 পরিবর্তন করুন</translation>
    </message>
    <message>
        <source>Add salesperson %1</source>
        <translation>বিক্রয়কর্মী %1 যোগ করুন</translation>
    </message>
    <message>
        <source>Rename salesperson to %1</source>
        <translation>বিক্রয়কর্মীর নাম বদলে %1 করুন</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>ট্যাগ %1-এর নাম বদলান</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>ট্যাগ %1 সরান</translation>
    </message>
    <message>
        <source>Save import preset %1</source>
        <translation>ইমপোর্ট প্রিসেট %1 সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Your name and country</source>
        <translation>আপনার নাম ও দেশ</translation>
    </message>
    <message>
        <source>Set the default currency</source>
        <translation>ডিফল্ট মুদ্রা নির্ধারণ করুন</translation>
    </message>
    <message>
        <source>Set the region of phone numbers</source>
        <translation>ফোন নম্বরের অঞ্চল নির্ধারণ করুন</translation>
    </message>
    <message>
        <source>Set the backups to keep</source>
        <translation>কতগুলো ব্যাকআপ রাখা হবে, তা নির্ধারণ করুন</translation>
    </message>
    <message>
        <source>Change lifecycle rules</source>
        <translation>জীবনচক্রের নিয়ম পরিবর্তন করুন</translation>
    </message>
    <message>
        <source>Change territories</source>
        <translation>এলাকাগুলো পরিবর্তন করুন</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>সেটিংস পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>সেটিং সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The region must be a two-letter country code such as DE.</source>
        <translation>অঞ্চল অবশ্যই দুই অক্ষরের দেশ কোড হতে হবে, যেমন DE।</translation>
    </message>
    <message>
        <source>Keep between 0 and 1000 backups.</source>
        <translation>০ থেকে ১০০০টির মধ্যে ব্যাকআপ রাখুন।</translation>
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>ধাপের একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>The win probability must be between 0 and 100 percent.</source>
        <translation>জেতার সম্ভাবনা ০ থেকে ১০০ শতাংশের মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <source>The stages could not be read: %1</source>
        <translation>ধাপগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>There is no stage with the number %1.</source>
        <translation>%1 নম্বরের কোনো ধাপ নেই।</translation>
    </message>
    <message>
        <source>The stage could not be saved: %1</source>
        <translation>ধাপটি সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The stages could not be reordered: %1</source>
        <translation>ধাপগুলোর ক্রম বদলানো যায়নি: %1</translation>
    </message>
    <message>
        <source>Choose another stage for the deals of “%1”.</source>
        <translation>“%1” ধাপের ডিলগুলোর জন্য অন্য একটি ধাপ বেছে নিন।</translation>
    </message>
    <message>
        <source>“%1” is the only stage for deals that are %2: the pipeline needs it.</source>
        <translation>“%1” হলো %2 ডিলের একমাত্র ধাপ: পাইপলাইনের এটি দরকার।</translation>
    </message>
    <message>
        <source>won</source>
        <translation>জেতা</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>হারানো</translation>
    </message>
    <message>
        <source>The stage could not be removed: %1</source>
        <translation>ধাপটি সরানো যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>ট্যাগের একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>“%1” নামে কোনো ট্যাগ নেই।</translation>
    </message>
    <message>
        <source>The tag could not be renamed: %1</source>
        <translation>ট্যাগের নাম বদলানো যায়নি: %1</translation>
    </message>
    <message>
        <source>The tag could not be removed: %1</source>
        <translation>ট্যাগ সরানো যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>Territories</name>
    <message>
        <source>The territories could not be read: %1</source>
        <translation>এলাকাগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>Every territory needs a name.</source>
        <translation>প্রতিটি এলাকার একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>There is a territory named “%1” already.</source>
        <translation>“%1” নামে একটি এলাকা আগে থেকেই আছে।</translation>
    </message>
    <message>
        <source>“%1”: a range of postal codes goes from the lower to the higher, both as long, such as 20000–29999.</source>
        <translation>“%1”: পোস্ট কোডের পরিসর ছোটটি থেকে বড়টি পর্যন্ত যায়, আর দুটিই সমান দৈর্ঘ্যের হয়, যেমন 20000–29999।</translation>
    </message>
    <message>
        <source>The territories could not be saved: %1</source>
        <translation>এলাকাগুলো সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The territory could not be counted: %1</source>
        <translation>এলাকাটিতে কারা আছে তা গোনা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>ট্রানজ্যাকশন শুরু করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The transaction is not active.</source>
        <translation>ট্রানজ্যাকশন সক্রিয় নয়।</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>পরিবর্তনগুলো সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Another program is writing to this database and did not finish while Kontor waited, so nothing was saved; try again when it is done. (%1)</source>
        <translation>অন্য একটি প্রোগ্রাম এই ডেটাবেসে লিখছে এবং Kontor অপেক্ষা করার মধ্যে শেষ করেনি, তাই কিছুই সংরক্ষিত হয়নি; সেটি শেষ হলে আবার চেষ্টা করুন। (%1)</translation>
    </message>
    <message>
        <source>This database is open read only, so nothing can be changed in it. Restore a backup, or save what can be read into a new file, to work on.</source>
        <translation>এই ডেটাবেস শুধু পড়ার জন্য খোলা, তাই এতে কিছুই বদলানো যাবে না। কাজ চালিয়ে যেতে একটি ব্যাকআপ পুনরুদ্ধার করুন, অথবা যা পড়া যায় তা একটি নতুন ফাইলে উদ্ধার করুন।</translation>
    </message>
</context>
<context>
    <name>UndoJournal</name>
    <message>
        <source>Undo could not be set up: %1</source>
        <translation>পূর্বাবস্থায় ফেরানোর ব্যবস্থা চালু করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The undo history could not be paused: %1</source>
        <translation>পূর্বাবস্থায় ফেরানোর ইতিহাস থামানো যায়নি: %1</translation>
    </message>
    <message>
        <source>Undo is not available for this database.</source>
        <translation>এই ডেটাবেসে পূর্বাবস্থায় ফেরানো যায় না।</translation>
    </message>
    <message>
        <source>“%1” cannot be undone: the records changed since. %2</source>
        <translation>“%1” পূর্বাবস্থায় ফেরানো যায় না: এরপর রেকর্ডগুলো বদলে গেছে। %2</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <source>Upgrading “%1” for this version of Kontor. This happens once; a large database takes a minute or two.</source>
        <translation>Kontor-এর এই সংস্করণের জন্য “%1” আপগ্রেড করা হচ্ছে। এটি একবারই হয়; বড় ডেটাবেসে এক-দুই মিনিট লাগে।</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Kontor keeps your clients, what was said with them and what to do next in one file on your own computer, and works without an internet connection. It is made for the owner of a small business who used to keep a paper notebook, for the salesperson who logs calls and meetings all day, and for the manager who looks back on the week. This guide is inside the program too: **Help → User Guide** (F1).</source>
        <translation>Kontor আপনার গ্রাহকদের তথ্য, তাঁদের সাথে কী কথা হয়েছে আর এরপর কী করতে হবে—সবকিছু আপনার নিজের কম্পিউটারে একটি ফাইলে রাখে, এবং ইন্টারনেট সংযোগ ছাড়াই চলে। এটি তৈরি হয়েছে সেই ছোট ব্যবসার মালিকের জন্য যিনি আগে কাগজের খাতায় হিসাব রাখতেন, সেই বিক্রয়কর্মীর জন্য যিনি সারাদিন কল ও মিটিং লিখে রাখেন, আর সেই ব্যবস্থাপকের জন্য যিনি সপ্তাহ শেষে পুরো সপ্তাহটা ফিরে দেখেন। এই নির্দেশিকা প্রোগ্রামের ভেতরেও আছে: **সাহায্য → ব্যবহারকারী নির্দেশিকা** (F1)।</translation>
    </message>
    <message>
        <source>A working day with Kontor</source>
        <translation>Kontor-এর সাথে একটি কর্মদিবস</translation>
    </message>
    <message>
        <source>**Morning, on the Today page** (it opens first): work down the overdue reminders and today&apos;s (D done, S tomorrow), see today&apos;s and tomorrow&apos;s meetings, the week&apos;s birthdays, the contacts you are losing touch with and the deals that have stood still too long. Enter opens the contact or the deal.</source>
        <translation>**সকালে, “আজ” পাতায়** (এটিই প্রথমে খোলে): বিলম্বিত ও আজকের রিমাইন্ডারগুলো একে একে সেরে ফেলুন (D সম্পন্ন, S আগামীকাল), আর দেখে নিন আজ ও আগামীকালের মিটিং, এই সপ্তাহের জন্মদিন, যেসব পরিচিতির সাথে যোগাযোগ কমে যাচ্ছে এবং যেসব ডিল অনেক দিন ধরে থেমে আছে। Enter চাপলে পরিচিতি বা ডিলটি খোলে।</translation>
    </message>
    <message>
        <source>**Before a call**: Ctrl+K and a few letters of a name, company, deal or note; Enter shows the contact&apos;s card with the whole history (calls, meetings, deal steps, reminders) and any open complaint on top.</source>
        <translation>**কলের আগে**: Ctrl+K চেপে কোনো নাম, কোম্পানি, ডিল বা নোটের কয়েকটি অক্ষর লিখুন; Enter চাপলে পরিচিতির কার্ড পুরো ইতিহাসসহ (কল, মিটিং, ডিলের ধাপ, রিমাইন্ডার) দেখা যায়, আর কোনো খোলা অভিযোগ থাকলে তা সবার ওপরে থাকে।</translation>
    </message>
    <message>
        <source>**After the call**: Ctrl+L; the kind, the outcome, a line of notes and the next step (a follow-up reminder or the next meeting), all in the same dialog; Enter saves.</source>
        <translation>**কলের পরে**: Ctrl+L; ধরন, ফলাফল, এক লাইনের নোট এবং পরবর্তী করণীয় (একটি ফলো-আপ রিমাইন্ডার বা পরের মিটিং)—সবই একই ডায়ালগে; Enter চাপলে সংরক্ষণ হয়।</translation>
    </message>
    <message>
        <source>**Deals**: Ctrl+4 shows the pipeline; drag a card on (or Ctrl+Shift+→); Lost asks why. Ctrl+Shift+N adds a deal. A card with a red bar has stood still too long.</source>
        <translation>**ডিল**: Ctrl+4 পাইপলাইন দেখায়; কার্ড টেনে পরের ধাপে নিন (অথবা Ctrl+Shift+→); হারানো ধাপে নিলে কারণ জানতে চাওয়া হয়। Ctrl+Shift+N দিয়ে নতুন ডিল যোগ করুন। লাল দাগওয়ালা কার্ড মানে ডিলটি অনেক দিন ধরে থেমে আছে।</translation>
    </message>
    <message>
        <source>**Evening**: Reminders (Ctrl+5) and its calendar show what tomorrow and the coming weeks hold; while Kontor runs it announces each reminder when it comes due.</source>
        <translation>**সন্ধ্যায়**: রিমাইন্ডার (Ctrl+5) ও তার ক্যালেন্ডার দেখায় আগামীকাল ও সামনের সপ্তাহগুলোতে কী কী আছে; Kontor চালু থাকলে প্রতিটি রিমাইন্ডারের সময় হলেই তা জানিয়ে দেয়।</translation>
    </message>
    <message>
        <source>**End of the week**: Reports (Ctrl+6), the **Week** tab: the calls and meetings held, how many went well, new leads, deals won and lost, each beside the week before.</source>
        <translation>**সপ্তাহ শেষে**: রিপোর্ট (Ctrl+6), **সাপ্তাহিক** ট্যাব: কতগুলো কল ও মিটিং হয়েছে, তার কতগুলো সফল, নতুন লিড, জেতা ও হারানো ডিল—প্রতিটির পাশে আগের সপ্তাহের হিসাব।</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>শুরু করা</translation>
    </message>
    <message>
        <source>**Welcome**: a new, empty database opens on the Welcome page. Type your name, which becomes the first salesperson (instead of &quot;Owner&quot;), and choose your country: phone numbers written without a country code are read as numbers of that country (Kontor fills it in from your computer&apos;s settings, else from the language it is shown in, and asks when neither names a country). Then choose one of three ways in: **Add your first contact**, **Import a file…** (see &quot;Importing your old spreadsheets&quot;) or **Open the demo database**.</source>
        <translation>**স্বাগতম**: নতুন, খালি ডেটাবেস স্বাগতম পাতায় খোলে। আপনার নাম লিখুন—এটিই হবে প্রথম বিক্রয়কর্মী (“মালিক”-এর বদলে)—এবং আপনার দেশ বেছে নিন: কান্ট্রি কোড ছাড়া লেখা ফোন নম্বর সেই দেশের নম্বর হিসেবে ধরা হয় (Kontor দেশটি আপনার কম্পিউটারের সেটিংস থেকে, না পেলে প্রোগ্রামটি যে ভাষায় দেখানো হচ্ছে সেই ভাষা থেকে বসিয়ে দেয়, আর কোনোটিতেই দেশ না পেলে আপনাকে জিজ্ঞেস করে)। তারপর শুরু করার তিনটি উপায়ের একটি বেছে নিন: **আপনার প্রথম পরিচিতি যোগ করুন**, **একটি ফাইল ইমপোর্ট করুন…** (দেখুন “আপনার পুরোনো স্প্রেডশিট ইমপোর্ট করা”) অথবা **ডেমো ডেটাবেস খুলুন**।</translation>
    </message>
    <message>
        <source>**The demo database**: 5,000 made-up contacts with a year of calls, meetings and deals, in the language of the window, made on the first click (with progress) in a file of its own beside yours, so that you can try everything without touching your own data. **Help → Open Demo Database** opens it at any time, and **File → Open Database…** goes back to yours.</source>
        <translation>**ডেমো ডেটাবেস**: বানানো 5,000টি পরিচিতি, সাথে এক বছরের কল, মিটিং ও ডিল, উইন্ডোর ভাষায়; প্রথম ক্লিকেই তৈরি হয় (অগ্রগতি দেখিয়ে), আপনার ফাইলের পাশে আলাদা একটি ফাইলে, যাতে নিজের ডেটায় হাত না দিয়েই সবকিছু চালিয়ে দেখতে পারেন। **সাহায্য → ডেমো ডেটাবেস খুলুন** দিয়ে যেকোনো সময় এটি খোলা যায়, আর **ফাইল → ডেটাবেস খুলুন…** দিয়ে নিজের ডেটাবেসে ফিরে যান।</translation>
    </message>
    <message>
        <source>**Finding your way**: the bar on the left has the six pages, Today, Contacts, Companies, Pipeline, Reminders and Reports; Ctrl+1 to Ctrl+6 (the **Go** menu) go straight to them. A list or report that is still empty says in one line what would fill it.</source>
        <translation>**পথ চেনা**: বাঁ দিকের বারে ছয়টি পাতা আছে—আজ, পরিচিতি, কোম্পানি, পাইপলাইন, রিমাইন্ডার ও রিপোর্ট; Ctrl+1 থেকে Ctrl+6 (**যান** মেনু) দিয়ে সরাসরি সেগুলোতে যাওয়া যায়। কোনো তালিকা বা রিপোর্ট এখনো খালি থাকলে তা এক লাইনে বলে দেয় কী দিয়ে সেটি ভরবে।</translation>
    </message>
    <message>
        <source>**Help** has this **User Guide** (F1), **Keyboard Shortcuts** (Ctrl+/: every key of the menus and of each page, with a search box) and **Open Demo Database**.</source>
        <translation>**সাহায্য** মেনুতে আছে এই **ব্যবহারকারী নির্দেশিকা** (F1), **কীবোর্ড শর্টকাট** (Ctrl+/: মেনুগুলোর ও প্রতিটি পাতার সব কী, একটি খোঁজার বাক্সসহ) এবং **ডেমো ডেটাবেস খুলুন**।</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <source>The Today page is the day&apos;s work list, and Kontor opens on it. The side bar shows how many reminders are overdue or due today (&quot;Today (3)&quot;).</source>
        <translation>“আজ” পাতা হলো দিনের কাজের তালিকা, আর Kontor এটি দিয়েই খোলে। পাশের বারে দেখা যায় কতগুলো রিমাইন্ডার বিলম্বিত বা আজ করণীয় (“আজ (3)”)।</translation>
    </message>
    <message>
        <source>**Losing touch**: a contact can ask to be contacted every so many days (&quot;Stay in touch every&quot; in the contact&apos;s dialog); any call, meeting or note you log starts the count again.</source>
        <translation>**যোগাযোগ কমে যাচ্ছে**: কোনো পরিচিতির জন্য ঠিক করে দেওয়া যায় কত দিন পরপর তাঁর সাথে যোগাযোগ করতে হবে (পরিচিতির ডায়ালগে “যোগাযোগ রাখার বিরতি”); যেকোনো কল, মিটিং বা নোট লিখে রাখলে গোনা আবার শুরু হয়।</translation>
    </message>
    <message>
        <source>**Sections**: each has its count and folds (a click on its band, Enter, or ← / →), and stays folded. Each item is one line with its contact&apos;s name beside it, the most urgent first; a long section shows its first 8 items and &quot;Show all&quot;.</source>
        <translation>**অংশ**: প্রতিটি অংশে তার সংখ্যা দেখানো থাকে এবং অংশটি গুটিয়ে রাখা যায় (এর ব্যান্ডে একটি ক্লিক, Enter, অথবা ← / →), আর পরেও গুটানোই থাকে। প্রতিটি আইটেম এক লাইনের, পাশে তার পরিচিতির নাম, সবচেয়ে জরুরিটি আগে; বড় অংশে প্রথম 8টি আইটেম আর “সব …টি দেখান” থাকে।</translation>
    </message>
    <message>
        <source>**Working through it**: the keyboard starts on the first item. On a reminder, D marks it done (a repeating one moves to its next date) and S snoozes it until 9:00 tomorrow, and the next item is selected, as it is after logging a call with Ctrl+L. Enter opens a stale deal on the pipeline board and any other item&apos;s contact. The keys are shown at the foot of the page.</source>
        <translation>**কাজ সেরে ফেলা**: কীবোর্ড প্রথম আইটেম থেকে শুরু করে। রিমাইন্ডারে D চাপলে সেটি সম্পন্ন হয় (পুনরাবৃত্ত রিমাইন্ডার তার পরের তারিখে চলে যায়) আর S চাপলে আগামীকাল 9:00 পর্যন্ত পিছিয়ে যায়, তারপর পরের আইটেমটি বেছে নেওয়া হয়—Ctrl+L দিয়ে কল লিখে রাখার পরেও তা-ই হয়। থেমে থাকা ডিলে Enter চাপলে ডিলটি পাইপলাইন বোর্ডে খোলে, আর অন্য যেকোনো আইটেমে তার পরিচিতি খোলে। কীগুলো পাতার নিচে দেখানো থাকে।</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>The Contacts page (Ctrl+2) is your address book: the whole client base in one list, with the selected contact&apos;s card beside it.</source>
        <translation>“পরিচিতি” পাতা (Ctrl+2) আপনার ঠিকানা বই: সব গ্রাহক এক তালিকায়, পাশে বেছে নেওয়া পরিচিতির কার্ড।</translation>
    </message>
    <message>
        <source>Finding anyone</source>
        <translation>যে কাউকে খুঁজে পাওয়া</translation>
    </message>
    <message>
        <source>**Search as you type**: the box above the list (Ctrl+F) finds contacts by any part of their name, company, email or phone. Every word you type is the start of a word, and all must match: `ann sch` finds &quot;Anna Schmidt&quot;. A single letter lists the contacts whose last name starts with it, like the tabs of an address book; a one-letter word after others counts from its second letter on (`van d` shows what `van` shows until you type `van de`), and a one-letter word inside a name is a whole word (`O&apos;Bri` finds &quot;O&apos;Brien&quot;). Accents and capitals do not matter for Latin letters (`jose` finds &quot;José Núñez&quot;); Persian, Bengali, Amharic, Greek and Cyrillic names are found as typed. Phone numbers are found by their digits (`4930` finds &quot;+49 30 …&quot;).</source>
        <translation>**টাইপ করতে করতে খোঁজা**: তালিকার ওপরের বাক্স (Ctrl+F) নাম, কোম্পানি, ইমেইল বা ফোনের যেকোনো অংশ দিয়ে পরিচিতি খুঁজে দেয়। আপনার লেখা প্রতিটি শব্দকে কোনো শব্দের শুরু হিসেবে ধরা হয়, আর সবগুলোকেই মিলতে হবে: `ann sch` লিখলে “Anna Schmidt” পাওয়া যায়। একটিমাত্র অক্ষর লিখলে যাদের নামের শেষ অংশ সেই অক্ষর দিয়ে শুরু, তাদের তালিকা আসে—ঠিকানা বইয়ের ট্যাবের মতো; অন্য শব্দের পরে এক অক্ষরের শব্দ তার দ্বিতীয় অক্ষর থেকে হিসাবে ধরা হয় (`van de` না লেখা পর্যন্ত `van d` লিখলে `van`-এর মতোই ফল দেখায়), আর নামের ভেতরের এক অক্ষরের শব্দ পুরো শব্দ হিসেবে ধরা হয় (`O&apos;Bri` লিখলে “O&apos;Brien” পাওয়া যায়)। লাতিন অক্ষরে অ্যাকসেন্ট বা বড়-ছোট হাতের অক্ষরে কিছু যায় আসে না (`jose` লিখলে “José Núñez” পাওয়া যায়); ফার্সি, বাংলা, আমহারিক, গ্রিক ও সিরিলিক নাম যেভাবে লেখা সেভাবেই খুঁজে পাওয়া যায়। ফোন নম্বর তার অঙ্কগুলো দিয়ে খুঁজে পাওয়া যায় (`4930` লিখলে “+49 30 …” পাওয়া যায়)।</translation>
    </message>
    <message>
        <source>**Search everything** (Ctrl+K, from anywhere): contacts, companies, deals (by title) and the notes of calls and meetings in one box, grouped, updated as you type; the arrow keys move, Enter opens the result: the contact (for a note, the contact it belongs to), the company on the Companies page, the deal on the pipeline board.</source>
        <translation>**সবকিছুতে অনুসন্ধান** (Ctrl+K, যেকোনো জায়গা থেকে): পরিচিতি, কোম্পানি, ডিল (শিরোনাম দিয়ে) এবং কল ও মিটিংয়ের নোট—সব এক বাক্সে, ভাগ ভাগ করে সাজানো, টাইপ করতে করতে হালনাগাদ হয়; তীর কী দিয়ে ওঠানামা করুন, Enter চাপলে ফলাফলটি খোলে: পরিচিতি (নোট হলে যে পরিচিতির নোট), “কোম্পানি” পাতায় কোম্পানি, পাইপলাইন বোর্ডে ডিল।</translation>
    </message>
    <message>
        <source>**Sorting**: click a column header to sort by it, again to reverse. Some columns take a moment on a very large list (&quot;Sorting…&quot; under the list). Empty values come last either way, equal values by name. After an edit the list is sorted again while the old order stays on screen, and the selected contact stays selected.</source>
        <translation>**সাজানো**: কোনো কলামের শিরোনামে ক্লিক করলে সেই কলাম অনুযায়ী সাজানো হয়, আবার ক্লিক করলে উল্টো ক্রমে। খুব বড় তালিকায় কিছু কলামে একটু সময় লাগে (তালিকার নিচে “সাজানো হচ্ছে…”)। খালি মান দুই ক্রমেই শেষে থাকে, সমান মানগুলো নাম অনুযায়ী। কোনো সম্পাদনার পর তালিকা আবার সাজানো হয়, ততক্ষণ পুরোনো ক্রম পর্দায় থাকে, এবং বেছে নেওয়া পরিচিতিটি বেছে নেওয়াই থাকে।</translation>
    </message>
    <message>
        <source>Adding and editing a contact</source>
        <translation>পরিচিতি যোগ ও সম্পাদনা করা</translation>
    </message>
    <message>
        <source>**Phone numbers** are kept as you typed them and also read into one international form, so that &quot;030 1234567&quot; and &quot;+49 (0)30 123 45 67&quot; count as the same number when Kontor looks for duplicates. A number without a country code is read as a number of the country in File → Settings… → General (&quot;Phone numbers without a country code are from&quot;, at first the country of the language Kontor speaks).</source>
        <translation>**ফোন নম্বর** আপনি যেভাবে লিখেছেন সেভাবেই রাখা হয়, পাশাপাশি একটি আন্তর্জাতিক রূপেও পড়ে নেওয়া হয়, যাতে ডুপ্লিকেট খোঁজার সময় “030 1234567” আর “+49 (0)30 123 45 67” একই নম্বর হিসেবে গণ্য হয়। কান্ট্রি কোড ছাড়া নম্বরকে ফাইল → সেটিংস… → সাধারণ-এ দেওয়া দেশের নম্বর হিসেবে পড়া হয় (“কান্ট্রি কোড ছাড়া নম্বরের দেশ”, শুরুতে Kontor যে ভাষায় চলছে সেই ভাষার দেশ)।</translation>
    </message>
    <message>
        <source>The contact card</source>
        <translation>পরিচিতির কার্ড</translation>
    </message>
    <message>
        <source>**Details**: emails and phones (links that open your mail program or your phone), address, owner, tags, the last contact and the next step (the next scheduled follow-up), with **Edit…**, **Log Interaction…**, **New Deal…** and **Changes…** at hand.</source>
        <translation>**বিস্তারিত**: ইমেইল ও ফোন (লিংক, যা আপনার মেইল প্রোগ্রাম বা ফোন খোলে), ঠিকানা, দায়িত্বপ্রাপ্ত, ট্যাগ, শেষ যোগাযোগ ও পরবর্তী করণীয় (পরবর্তী নির্ধারিত ফলো-আপ), সাথে হাতের কাছেই **সম্পাদনা করুন…**, **যোগাযোগ লিখে রাখুন…**, **নতুন ডিল…** ও **পরিবর্তনসমূহ…**।</translation>
    </message>
    <message>
        <source>**History**: everything in one list, newest first: calls, meetings, emails, notes and complaints, every step of the contact&apos;s deals (created, moved, won, lost with the reason) and its reminders. What is still to come (a meeting booked ahead, a reminder not yet due) is marked &quot;Planned&quot; with an outlined mark, above a &quot;Now&quot; line.</source>
        <translation>**ইতিহাস**: সবকিছু এক তালিকায়, সবচেয়ে নতুনটি আগে: কল, মিটিং, ইমেইল, নোট ও অভিযোগ, পরিচিতির ডিলগুলোর প্রতিটি ধাপ (তৈরি, সরানো, জেতা, কারণসহ হারানো) এবং তার রিমাইন্ডার। যা এখনো সামনে আছে (আগে থেকে ঠিক করা মিটিং, এখনো সময় না হওয়া রিমাইন্ডার) তা একটি “এখন” লাইনের ওপরে, ফাঁপা চিহ্নসহ “পরিকল্পিত” হিসেবে দেখানো হয়।</translation>
    </message>
    <message>
        <source>**Complaints** stay open until resolved: while any is open, a red box above the history says how many and since when, with &quot;Mark Resolved&quot; for the newest. In the history, R (or the context menu) resolves the selected complaint or opens it again; open complaints are red, resolved ones say when.</source>
        <translation>**অভিযোগ** নিষ্পন্ন না হওয়া পর্যন্ত খোলা থাকে: কোনো অভিযোগ খোলা থাকলে ইতিহাসের ওপরে একটি লাল বাক্সে লেখা থাকে কতগুলো এবং কবে থেকে, সাথে সবচেয়ে নতুনটির জন্য “নিষ্পন্ন হিসেবে চিহ্নিত করুন”। ইতিহাসে R (বা কনটেক্সট মেনু) বেছে নেওয়া অভিযোগটি নিষ্পন্ন করে বা আবার খোলে; খোলা অভিযোগ লাল দেখায়, নিষ্পন্নগুলোতে লেখা থাকে কবে নিষ্পন্ন হয়েছে।</translation>
    </message>
    <message>
        <source>Several contacts at once</source>
        <translation>একসাথে একাধিক পরিচিতি</translation>
    </message>
    <message>
        <source>Logging a call or meeting</source>
        <translation>কল বা মিটিং লিখে রাখা</translation>
    </message>
    <message>
        <source>**Log interaction** (Ctrl+L, from any page): kind (call, meeting, email, message, note, complaint), outcome (successful, neutral, unsuccessful, no answer, voicemail, busy, wrong number, or type your own: it is offered again next time), when (now, unless changed), duration, subject and notes, and the next step in the same dialog: a follow-up reminder or the next meeting (tomorrow 9:00 unless changed; the meeting goes into the history and onto Today on its day). Enter saves; Shift+Enter starts a new line in the notes.</source>
        <translation>**যোগাযোগ লিখে রাখুন** (Ctrl+L, যেকোনো পাতা থেকে): ধরন (কল, মিটিং, ইমেইল, বার্তা, নোট, অভিযোগ), ফলাফল (সফল, নিরপেক্ষ, অসফল, সাড়া নেই, ভয়েসমেইল, ব্যস্ত, ভুল নম্বর, অথবা নিজে লিখুন: পরের বার সেটিও তালিকায় আসে), কখন (না বদলালে এখন), সময়কাল, বিষয় ও নোট, আর একই ডায়ালগে পরবর্তী করণীয়: একটি ফলো-আপ রিমাইন্ডার বা পরের মিটিং (না বদলালে আগামীকাল 9:00; মিটিংটি ইতিহাসে যোগ হয় এবং তার দিনে “আজ” পাতায় দেখা যায়)। Enter চাপলে সংরক্ষণ হয়; Shift+Enter নোটে নতুন লাইন শুরু করে।</translation>
    </message>
    <message>
        <source>**For whom**: the contact of what is selected on the page you are on: the reminder, meeting, birthday or stale deal on Today, the reminder on Reminders, the card (or row) on Pipeline, the person, deal or history entry on Companies, the row of a report&apos;s details (Ctrl+L works there too), the contact on Contacts. The dialog&apos;s title names the person; you can always type another name into the contact field. With nothing selected the field is empty and ready for typing. After saving, the Contacts list keeps that contact selected and on the card, with or without a search typed.</source>
        <translation>**কার জন্য**: আপনি যে পাতায় আছেন সেখানে যা বেছে নেওয়া আছে তার পরিচিতি: “আজ” পাতায় রিমাইন্ডার, মিটিং, জন্মদিন বা থেমে থাকা ডিল, “রিমাইন্ডার” পাতায় রিমাইন্ডার, “পাইপলাইন” পাতায় কার্ড (বা সারি), “কোম্পানি” পাতায় ব্যক্তি, ডিল বা ইতিহাসের এন্ট্রি, কোনো রিপোর্টের বিস্তারিত তালিকার সারি (সেখানেও Ctrl+L কাজ করে), “পরিচিতি” পাতায় পরিচিতি। ডায়ালগের শিরোনামে ব্যক্তির নাম থাকে; পরিচিতির ফিল্ডে সবসময় অন্য নাম লেখা যায়। কিছু বেছে নেওয়া না থাকলে ফিল্ডটি খালি থাকে, টাইপ করার জন্য প্রস্তুত। সংরক্ষণের পর “পরিচিতি” তালিকায় সেই পরিচিতিই বেছে নেওয়া থাকে এবং কার্ডে দেখা যায়—খোঁজার বাক্সে কিছু লেখা থাক বা না থাক।</translation>
    </message>
    <message>
        <source>**Closing the loop**: when the contact has a reminder due (or you log from a reminder), the dialog offers &quot;Mark “…” done&quot;, ticked: one Enter saves the call, its note and the next step and closes the reminder (a repeating one moves to its next date), and one Ctrl+Z takes all of it back.</source>
        <translation>**কাজ শেষ করা**: পরিচিতির কোনো রিমাইন্ডারের সময় হয়ে থাকলে (অথবা আপনি কোনো রিমাইন্ডার থেকে লিখলে), ডায়ালগে টিক দেওয়া অবস্থায় ““…” সম্পন্ন হিসেবে চিহ্নিত করুন” থাকে: একবার Enter চাপলেই কল, তার নোট ও পরবর্তী করণীয় সংরক্ষণ হয় এবং রিমাইন্ডারটি বন্ধ হয় (পুনরাবৃত্ত রিমাইন্ডার তার পরের তারিখে চলে যায়), আর একবার Ctrl+Z চাপলে এর সবটুকুই ফিরে যায়।</translation>
    </message>
    <message>
        <source>**No default outcome**: leave it empty (&quot;—&quot;) when the call went neither way. An empty outcome counts as held but never as successful in the reports.</source>
        <translation>**কোনো ডিফল্ট ফলাফল নেই**: কল কোনো দিকেই না গেলে এটি খালি রাখুন (“—”)। খালি ফলাফল রিপোর্টে অনুষ্ঠিত হিসেবে গোনা হয়, কিন্তু কখনো সফল হিসেবে নয়।</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>The Companies page (Ctrl+3) shows the businesses your contacts work for: head offices with their branches as a tree, or a flat list of what the search box finds.</source>
        <translation>“কোম্পানি” পাতা (Ctrl+3) দেখায় আপনার পরিচিতিরা কোন কোন প্রতিষ্ঠানে কাজ করেন: প্রধান কার্যালয় ও তার শাখাগুলো গাছের মতো করে, অথবা খোঁজার বাক্সে যা পাওয়া যায় তার একটি সাধারণ তালিকা।</translation>
    </message>
    <message>
        <source>The selected company shows where it sits (&quot;Branch of Acme Holding › Acme North&quot;, each step a link), its details (website, phone and email are links) and three tabs: **People** who work there, its **Deals** and the **History** of calls and meetings with all of them, each with its count. &quot;Include branches&quot; adds what belongs to the branches below.</source>
        <translation>বেছে নেওয়া কোম্পানিটি দেখায় সেটি কোথায় আছে (“Acme Holding-এর শাখা › Acme North”, প্রতিটি ধাপ একটি লিংক), এর বিস্তারিত (ওয়েবসাইট, ফোন ও ইমেইল লিংক হিসেবে) এবং তিনটি ট্যাব: সেখানে কাজ করা **লোকজন**, এর **ডিল** এবং তাঁদের সবার সাথে কল ও মিটিংয়ের **ইতিহাস**, প্রতিটির সংখ্যাসহ। “শাখাগুলোসহ” নিচের শাখাগুলোর জিনিসও যোগ করে দেখায়।</translation>
    </message>
    <message>
        <source>Enter on a person opens the contact, on a deal the deal on the pipeline board.</source>
        <translation>কোনো ব্যক্তির ওপর Enter চাপলে পরিচিতিটি খোলে, কোনো ডিলের ওপর চাপলে ডিলটি পাইপলাইন বোর্ডে খোলে।</translation>
    </message>
    <message>
        <source>**New Company…**, **Add Branch…**, **Edit…** (type and pick the head office; a company cannot become a branch of its own branch), **Archive** and **Changes…**. Ctrl+K finds companies too and opens them here.</source>
        <translation>**নতুন কোম্পানি…**, **শাখা যোগ করুন…**, **সম্পাদনা করুন…** (প্রধান কার্যালয় টাইপ করে বেছে নিন; কোনো কোম্পানি তার নিজের শাখার শাখা হতে পারে না), **আর্কাইভ করুন** ও **পরিবর্তনসমূহ…**। Ctrl+K কোম্পানিও খুঁজে দেয় এবং এখানেই খোলে।</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>পাইপলাইন</translation>
    </message>
    <message>
        <source>The Pipeline page (Ctrl+4) is your sales board: one column per sales stage with its deal cards.</source>
        <translation>“পাইপলাইন” পাতা (Ctrl+4) আপনার বিক্রয় বোর্ড: বিক্রয়ের প্রতিটি ধাপের জন্য একটি কলাম, তাতে ডিলের কার্ড।</translation>
    </message>
    <message>
        <source>**A card** shows the title (without the contact&apos;s name when it repeats it), the contact and company, the amount (in whole units, as are the column totals; the exact amount is in the card&apos;s tooltip), the days in the stage (on a lost card: why it was lost) and the owner. A card with a red bar is stale: it has been in its stage longer than the stage allows (14 days to start with; File → Settings… → Stages changes it).</source>
        <translation>**কার্ডে** দেখা যায় শিরোনাম (শিরোনামে পরিচিতির নাম থাকলে তা বাদ দিয়ে), পরিচিতি ও কোম্পানি, পরিমাণ (পূর্ণ এককে, কলামের মোটগুলোও তেমনি; সঠিক পরিমাণ কার্ডের টুলটিপে), ধাপে কত দিন (হারানো কার্ডে: কেন হারানো গেছে) এবং দায়িত্বপ্রাপ্ত। লাল দাগওয়ালা কার্ড থেমে আছে: ধাপে যত দিন থাকার কথা তার চেয়ে বেশি দিন ধরে আছে (শুরুতে 14 দিন; ফাইল → সেটিংস… → ধাপ-এ এটি বদলানো যায়)।</translation>
    </message>
    <message>
        <source>**Totals**: each column&apos;s header shows the number of deals, their total (one sum per currency) and the total weighted by the stage&apos;s win probability; the line at the top sums the weighted value of all open deals.</source>
        <translation>**মোট**: প্রতিটি কলামের শিরোনামে ডিলের সংখ্যা, তাদের মোট (প্রতিটি মুদ্রার জন্য আলাদা যোগফল) এবং ধাপের জেতার সম্ভাবনা দিয়ে ভারযুক্ত মোট দেখায়; একদম ওপরের লাইনে সব খোলা ডিলের ভারযুক্ত মূল্যের যোগফল থাকে।</translation>
    </message>
    <message>
        <source>**Won and Lost** show the deals closed in the last 30 days. They start folded to narrow strips with their count and total, so that the whole board is seen at once: a card dropped on a strip moves there, and a click on the strip opens it (Kontor remembers which are open).</source>
        <translation>**জেতা ও হারানো** কলামে গত 30 দিনে সমাপ্ত ডিল দেখায়। শুরুতে এগুলো সংখ্যা ও মোটসহ সরু ফালিতে গুটানো থাকে, যাতে পুরো বোর্ড একসাথে দেখা যায়: কোনো ফালির ওপর কার্ড ছেড়ে দিলে সেটি সেখানে চলে যায়, আর ফালিতে ক্লিক করলে সেটি খোলে (কোনগুলো খোলা তা Kontor মনে রাখে)।</translation>
    </message>
    <message>
        <source>**Move a deal** by dragging its card to another column, with Ctrl+Shift+→ / ← on the selected card, or with &quot;Move to&quot; in its context menu. Every move is kept in the deal&apos;s history with the time and who moved it. Moving to Lost asks for the reason (pick a common one or type your own); Cancel leaves the deal where it was. The context menu also archives the deal (Delete does the same, after asking).</source>
        <translation>**ডিল সরাতে** কার্ডটি টেনে অন্য কলামে নিন, বেছে নেওয়া কার্ডে Ctrl+Shift+→ / ← চাপুন, অথবা কনটেক্সট মেনুর “যেখানে সরাবেন” ব্যবহার করুন। প্রতিটি সরানো সময় ও কে সরিয়েছেন তাসহ ডিলের ইতিহাসে থেকে যায়। হারানো ধাপে সরালে কারণ জানতে চাওয়া হয় (প্রচলিত একটি বেছে নিন বা নিজে লিখুন); বাতিল চাপলে ডিলটি যেখানে ছিল সেখানেই থাকে। কনটেক্সট মেনু দিয়ে ডিলটি আর্কাইভও করা যায় (Delete-ও জিজ্ঞেস করার পর একই কাজ করে)।</translation>
    </message>
    <message>
        <source>**Keys**: ← / → step between columns, Enter (or a double click) edits the deal, Ctrl+Enter opens its contact, F5 reads the board again. The **Deal** menu lists these with their keys.</source>
        <translation>**কী**: ← / → দিয়ে এক কলাম থেকে আরেক কলামে যান, Enter (বা ডাবল-ক্লিক) ডিলটি সম্পাদনা করে, Ctrl+Enter তার পরিচিতি খোলে, F5 বোর্ডটি আবার পড়ে নেয়। **ডিল** মেনুতে এগুলো তাদের কীসহ দেওয়া আছে।</translation>
    </message>
    <message>
        <source>**New deal** (Ctrl+Shift+N from anywhere, &quot;New Deal…&quot; on the board, or &quot;New Deal…&quot; on a contact&apos;s card): title, contact (type part of a name and pick it), amount and currency (the database&apos;s default currency to start with), stage, owner, lead source, expected close date and notes. Changing the stage in the dialog is a move like any other, and Lost needs the reason.</source>
        <translation>**নতুন ডিল** (যেকোনো জায়গা থেকে Ctrl+Shift+N, বোর্ডে “নতুন ডিল…”, অথবা পরিচিতির কার্ডে “নতুন ডিল…”): শিরোনাম, পরিচিতি (নামের অংশ লিখে বেছে নিন), পরিমাণ ও মুদ্রা (শুরুতে ডেটাবেসের ডিফল্ট মুদ্রা), ধাপ, দায়িত্বপ্রাপ্ত, লিডের উৎস, সম্ভাব্য সমাপ্তির তারিখ ও নোট। ডায়ালগে ধাপ বদলানোও অন্য যেকোনো সরানোর মতোই, আর হারানো ধাপের জন্য কারণ লাগে।</translation>
    </message>
    <message>
        <source>**Owner** shows one salesperson&apos;s deals. **List** (Alt+I) shows the same deals as a table you can sort by any column; **Board** (Alt+B) goes back. A column shows its first 200 cards (the ones waiting longest); its totals always count every deal.</source>
        <translation>**দায়িত্বপ্রাপ্ত** বেছে নিলে একজন বিক্রয়কর্মীর ডিলগুলো দেখায়। **তালিকা** (Alt+I) একই ডিলগুলো একটি টেবিল হিসেবে দেখায়, যা যেকোনো কলাম অনুযায়ী সাজানো যায়; **বোর্ড** (Alt+B) দিয়ে আগের দৃশ্যে ফিরে যান। একটি কলামে প্রথম 200টি কার্ড দেখানো হয় (যেগুলো সবচেয়ে বেশি দিন অপেক্ষায় আছে); তবে এর মোট সবসময় প্রতিটি ডিল গোনে।</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>রিমাইন্ডার</translation>
    </message>
    <message>
        <source>The Reminders page (Ctrl+5) is your diary of things to do: every reminder in four groups, overdue, today, the next 30 days and done in the last 30 days, beside a month calendar whose days with reminders are bold (red when past).</source>
        <translation>“রিমাইন্ডার” পাতা (Ctrl+5) আপনার করণীয় কাজের ডায়েরি: সব রিমাইন্ডার চারটি দলে—বিলম্বিত, আজ, আগামী 30 দিন এবং গত 30 দিনে সম্পন্ন—পাশে একটি মাসের ক্যালেন্ডার, যেখানে রিমাইন্ডার আছে এমন দিনগুলো মোটা অক্ষরে (পেরিয়ে গেলে লাল)।</translation>
    </message>
    <message>
        <source>Picking a day lists its reminders; double-clicking a day adds one for it. D marks the selected reminder done (a repeating one moves to its next date), S snoozes it until 9:00 tomorrow, Enter edits it and Delete removes it after asking.</source>
        <translation>কোনো দিন বেছে নিলে সেদিনের রিমাইন্ডারগুলো তালিকায় আসে; কোনো দিনে ডাবল-ক্লিক করলে সেদিনের জন্য একটি রিমাইন্ডার যোগ করা যায়। D বেছে নেওয়া রিমাইন্ডারটি সম্পন্ন করে (পুনরাবৃত্ত রিমাইন্ডার তার পরের তারিখে চলে যায়), S আগামীকাল 9:00 পর্যন্ত পিছিয়ে দেয়, Enter সম্পাদনা করে আর Delete জিজ্ঞেস করার পর মুছে ফেলে।</translation>
    </message>
    <message>
        <source>**New reminder** (Ctrl+Shift+R, or &quot;New Reminder…&quot;): title, when, contact (type to pick), repeat (once, every day, week, month or year) and notes. A follow-up set while logging a call is a reminder too.</source>
        <translation>**নতুন রিমাইন্ডার** (Ctrl+Shift+R, অথবা “নতুন রিমাইন্ডার…”): শিরোনাম, কখন, পরিচিতি (বেছে নিতে টাইপ করুন), পুনরাবৃত্তি (একবার, প্রতিদিন, প্রতি সপ্তাহে, প্রতি মাসে বা প্রতি বছর) ও নোট। কল লিখে রাখার সময় ঠিক করা ফলো-আপও একটি রিমাইন্ডার।</translation>
    </message>
    <message>
        <source>**When one comes due**: while Kontor runs it looks every 30 seconds for reminders that have come due (or whose snooze ran out) and announces each once: a desktop notification from the tray icon where the desktop has a tray, a line in the status bar, and the window&apos;s taskbar entry asks for attention. Clicking the notification opens the Reminders page, and the count on Today follows. What was already due when Kontor started is on the Today page instead.</source>
        <translation>**সময় হলে**: Kontor চালু থাকলে প্রতি 30 সেকেন্ডে দেখে নেয় কোনো রিমাইন্ডারের সময় হয়েছে কি না (বা পিছিয়ে দেওয়ার মেয়াদ ফুরিয়েছে কি না), এবং প্রতিটি একবার করে জানায়: ডেস্কটপে ট্রে থাকলে ট্রে আইকন থেকে একটি ডেস্কটপ নোটিফিকেশন, স্ট্যাটাস বারে একটি লাইন, আর টাস্কবারে উইন্ডোটি আপনার মনোযোগ চায়। নোটিফিকেশনে ক্লিক করলে “রিমাইন্ডার” পাতা খোলে, আর “আজ”-এর সংখ্যাও সেই অনুযায়ী বদলায়। Kontor চালু হওয়ার সময় যেগুলোর সময় আগেই হয়ে গিয়েছিল, সেগুলো এর বদলে “আজ” পাতায় থাকে।</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>রিপোর্ট</translation>
    </message>
    <message>
        <source>**Funnel**: per stage, the deals that *first reached* it in the period (a deal that skipped a stage is not counted there; one that came back is not counted twice), how many of them have *gone on* to a later stage other than Lost (so far, also after the period), the conversion (went on ÷ reached), their value, and the average *days they took to go on*. Above it: deals created, won and lost in the period, the win rate (won ÷ (won + lost)) and the share from created to won (won ÷ created).</source>
        <translation>**ফানেল**: প্রতিটি ধাপে, সময়কালে যে ডিলগুলো *প্রথমবার সেখানে পৌঁছেছে* (যে ডিল কোনো ধাপ ডিঙিয়ে গেছে তা সেখানে গোনা হয় না; যেটি ফিরে এসেছে তা দুবার গোনা হয় না), তাদের কতগুলো হারানো ছাড়া পরের কোনো ধাপে *এগিয়েছে* (এখন পর্যন্ত, সময়কালের পরেও), রূপান্তর (এগিয়েছে ÷ পৌঁছেছে), তাদের মূল্য, এবং গড়ে *এগোতে কত দিন লেগেছে*। এর ওপরে: সময়কালে তৈরি, জেতা ও হারানো ডিল, জয়ের হার (জেতা ÷ (জেতা + হারানো)) এবং তৈরি থেকে জেতার অনুপাত (জেতা ÷ তৈরি)।</translation>
    </message>
    <message>
        <source>**Week**: the notebook questions for the week containing the period&apos;s end (or today): calls and meetings held (up to now: a meeting planned for later in the week is not held yet) and how many were successful (outcome &quot;successful&quot;; an empty outcome never counts), how many *led to another appointment* (their &quot;next step&quot; in Log interaction booked a meeting), meetings booked ahead (from the week&apos;s end, or from now for the week under way, to 30 days after the week), new leads, deals moved to Won or Lost and the revenue won, complaints logged and resolved; each beside the week before and the change (the revenue&apos;s as an amount when both weeks are in one currency), with 12 weeks of bars.</source>
        <translation>**সাপ্তাহিক**: সময়কালের শেষ দিন (বা আজ) যে সপ্তাহে পড়ে, সেই সপ্তাহের জন্য খাতার প্রশ্নগুলো: কতগুলো কল ও মিটিং হয়েছে (এখন পর্যন্ত: সপ্তাহের পরের দিকে হওয়ার কথা এমন মিটিং এখনো হয়নি বলে ধরা হয়) এবং কতগুলো সফল হয়েছে (ফলাফল “সফল”; খালি ফলাফল কখনো গোনা হয় না), কতগুলো থেকে *পরবর্তী মিটিং ঠিক হয়েছে* (যোগাযোগ লিখে রাখার সময় “পরবর্তী করণীয়”-তে একটি মিটিং ঠিক করা হয়েছে), আগে থেকে ঠিক করা মিটিং (সপ্তাহের শেষ থেকে, বা চলতি সপ্তাহ হলে এখন থেকে, সপ্তাহের পরের 30 দিন পর্যন্ত), নতুন লিড, জেতা বা হারানো ধাপে সরানো ডিল ও জেতা ডিলের আয়, লিখে রাখা ও নিষ্পন্ন অভিযোগ; প্রতিটির পাশে আগের সপ্তাহের হিসাব ও পরিবর্তন (দুই সপ্তাহই এক মুদ্রায় হলে আয়ের পরিবর্তন পরিমাণ হিসেবে), সাথে 12 সপ্তাহের বার চার্ট।</translation>
    </message>
    <message>
        <source>**Activity**: per salesperson and week, the calls, meetings and emails they logged that have taken place (up to now), the stage changes they made and their deals won; salespeople with nothing in the period are left out.</source>
        <translation>**কার্যক্রম**: প্রতিটি বিক্রয়কর্মী ও সপ্তাহ অনুযায়ী, তাঁদের লিখে রাখা কল, মিটিং ও ইমেইল যেগুলো হয়ে গেছে (এখন পর্যন্ত), তাঁদের করা ধাপ পরিবর্তন এবং তাঁদের জেতা ডিল; সময়কালে যাঁদের কোনো কাজ নেই, সেই বিক্রয়কর্মীদের বাদ রাখা হয়।</translation>
    </message>
    <message>
        <source>**Forecast**: open deals by expected close month and salesperson, with their amount and the amount weighted by the stage&apos;s probability; months with deals past their expected close date are red, deals without a date last.</source>
        <translation>**পূর্বাভাস**: সম্ভাব্য সমাপ্তির মাস ও বিক্রয়কর্মী অনুযায়ী খোলা ডিল, তাদের পরিমাণ ও ধাপের সম্ভাবনা দিয়ে ভারযুক্ত পরিমাণসহ; যেসব মাসে সম্ভাব্য সমাপ্তির তারিখ পেরিয়ে যাওয়া ডিল আছে সেগুলো লাল, তারিখ ছাড়া ডিল সবার শেষে।</translation>
    </message>
    <message>
        <source>**What lies behind a figure**: Enter or a double-click on a row of the funnel, the lead sources or the forecast, or a click on a bar of their charts, lists the deals (or the leads) behind it. On the Week and Activity tabs, choose a figure with the arrow keys and press Enter (or double-click it): this week&apos;s calls, the week before&apos;s meetings (its column), the new leads, the deals won; a salesperson&apos;s emails in one week or in the whole period (their &quot;total&quot; row; the name or week column lists all their calls, meetings and emails). A click on a bar of those charts lists the same. Enter on a row of the list opens the deal on the pipeline board, or the contact&apos;s card (for a lead or an interaction).</source>
        <translation>**একটি সংখ্যার পেছনে কী আছে**: ফানেল, লিডের উৎস বা পূর্বাভাসের কোনো সারিতে Enter বা ডাবল-ক্লিক, অথবা তাদের চার্টের কোনো বারে ক্লিক করলে তার পেছনের ডিলগুলো (বা লিডগুলো) তালিকায় আসে। সাপ্তাহিক ও কার্যক্রম ট্যাবে তীর কী দিয়ে একটি সংখ্যা বেছে নিয়ে Enter চাপুন (বা ডাবল-ক্লিক করুন): এই সপ্তাহের কল, আগের সপ্তাহের মিটিং (তার কলাম), নতুন লিড, জেতা ডিল; কোনো বিক্রয়কর্মীর এক সপ্তাহের বা পুরো সময়কালের ইমেইল (তাঁর “মোট” সারি; নাম বা সপ্তাহের কলাম তাঁর সব কল, মিটিং ও ইমেইল দেখায়)। ওই চার্টগুলোর কোনো বারে ক্লিক করলেও একই তালিকা আসে। তালিকার কোনো সারিতে Enter চাপলে ডিলটি পাইপলাইন বোর্ডে খোলে, অথবা পরিচিতির কার্ড খোলে (লিড বা যোগাযোগের ক্ষেত্রে)।</translation>
    </message>
    <message>
        <source>**Print** (Ctrl+P on the Reports page, or Export → Print…): the same pages on a printer; the print dialog chooses the printer and the paper.</source>
        <translation>**প্রিন্ট** (“রিপোর্ট” পাতায় Ctrl+P, অথবা এক্সপোর্ট → প্রিন্ট…): একই পাতাগুলো প্রিন্টারে; প্রিন্টার ও কাগজ প্রিন্ট ডায়ালগে বেছে নেওয়া হয়।</translation>
    </message>
    <message>
        <source>Undo, the archive and the change history</source>
        <translation>পূর্বাবস্থায় ফেরানো, আর্কাইভ ও পরিবর্তনের ইতিহাস</translation>
    </message>
    <message>
        <source>**Undo and redo** (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, and the Edit menu, which names the step): every change made since Kontor opened, on any page or in any dialog (edits, moves on the board, archiving, reminders done, settings), is one step, taken back or done again as a whole. A step that no longer fits (say, undoing a new contact after a call was logged with it) says so and changes nothing. The list of steps ends when Kontor closes or another database is opened.</source>
        <translation>**পূর্বাবস্থায় ফেরান ও আবার করুন** (Ctrl+Z, Ctrl+Shift+Z বা Ctrl+Y, এবং সম্পাদনা মেনু, যেখানে ধাপটির নাম লেখা থাকে): Kontor খোলার পর থেকে করা প্রতিটি পরিবর্তন—যেকোনো পাতায় বা যেকোনো ডায়ালগে (সম্পাদনা, বোর্ডে সরানো, আর্কাইভ করা, রিমাইন্ডার সম্পন্ন করা, সেটিংস)—একটি করে ধাপ, যা পুরোটা একসাথে ফেরানো বা আবার করা যায়। যে ধাপ আর খাপ খায় না (যেমন, নতুন পরিচিতির সাথে কল লিখে রাখার পর সেই পরিচিতি তৈরি ফেরানো), তা সেটি জানিয়ে দেয় এবং কিছুই বদলায় না। Kontor বন্ধ হলে বা অন্য ডেটাবেস খুললে ধাপের তালিকা শেষ হয়ে যায়।</translation>
    </message>
    <message>
        <source>**Archive** (File → Archive…, Ctrl+Shift+A): archived contacts, companies and deals and deleted reminders, the latest first, with a search; Enter or &quot;Restore&quot; brings one back into lists, search and totals.</source>
        <translation>**আর্কাইভ** (ফাইল → আর্কাইভ…, Ctrl+Shift+A): আর্কাইভ করা পরিচিতি, কোম্পানি ও ডিল এবং মুছে ফেলা রিমাইন্ডার, সবচেয়ে সাম্প্রতিকটি আগে, খোঁজার ব্যবস্থাসহ; Enter বা “পুনরুদ্ধার করুন” যেকোনো একটিকে তালিকা, অনুসন্ধান ও মোট হিসাবে ফিরিয়ে আনে।</translation>
    </message>
    <message>
        <source>**Change history**: &quot;Changes…&quot; on a contact&apos;s card, a company, a deal (in its dialog) or an archived record lists what changed, from what, to what, when and by whom (&quot;Last name: Byron → Lovelace&quot;). Kontor has no sign-in, so &quot;who&quot; is the database&apos;s first salesperson. Emails, phone numbers and tags added, edited or removed are listed too (&quot;Email: ada@work.example → ada@newwork.example&quot;, &quot;Tag: (empty) → VIP&quot;); saving a contact without changing them adds nothing.</source>
        <translation>**পরিবর্তনের ইতিহাস**: পরিচিতির কার্ড, কোম্পানি, ডিল (তার ডায়ালগে) বা আর্কাইভ করা রেকর্ডে “পরিবর্তনসমূহ…” দেখায় কী বদলেছে, কী থেকে কী হয়েছে, কখন ও কে বদলেছেন (“নামের শেষ অংশ: Byron → Lovelace”)। Kontor-এ কোনো সাইন-ইন নেই, তাই “কে” মানে ডেটাবেসের প্রথম বিক্রয়কর্মী। যোগ করা, সম্পাদিত বা মুছে ফেলা ইমেইল, ফোন নম্বর ও ট্যাগও তালিকায় থাকে (“ইমেইল: ada@work.example → ada@newwork.example”, “ট্যাগ: (খালি) → VIP”); এগুলো না বদলে পরিচিতি সংরক্ষণ করলে কিছুই যোগ হয় না।</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>**File → Settings…** (Ctrl+,) holds what is kept in the database file, and so is the same for everyone who opens it. Every change is saved at once.</source>
        <translation>**ফাইল → সেটিংস…** (Ctrl+,) এমন সব জিনিস রাখে যা ডেটাবেস ফাইলেই সংরক্ষিত থাকে, তাই যিনিই ফাইলটি খুলুন তাঁর জন্য একই থাকে। প্রতিটি পরিবর্তন সঙ্গে সঙ্গে সংরক্ষণ হয়।</translation>
    </message>
    <message>
        <source>**Stages**: rename, win probability (0–100 %, for the weighted totals), the days after which a deal is stale (0: never), add (placed before Won and Lost), move up and down, and remove: Kontor asks where the stage&apos;s deals go and records the move in each deal&apos;s history. The last Won and the last Lost stage cannot be removed.</source>
        <translation>**ধাপ**: নাম বদলানো, জেতার সম্ভাবনা (0–100 %, ভারযুক্ত মোটের জন্য), কত দিন পর ডিলকে থেমে আছে বলে ধরা হবে (0: কখনো নয়), যোগ করা (জেতা ও হারানো ধাপের আগে বসে), ওপরে-নিচে সরানো এবং মুছে ফেলা: Kontor জিজ্ঞেস করে ধাপটির ডিলগুলো কোথায় যাবে, আর প্রতিটি ডিলের ইতিহাসে সরানোটি লিখে রাখে। শেষ জেতা ধাপ ও শেষ হারানো ধাপ মুছে ফেলা যায় না।</translation>
    </message>
    <message>
        <source>**Lead sources** and, for each, campaigns with start, end and spend (the reports divide by this spend).</source>
        <translation>**লিডের উৎস** এবং প্রতিটি উৎসের ক্যাম্পেইন—শুরু, শেষ ও খরচসহ (রিপোর্ট এই খরচ দিয়ে ভাগ করে)।</translation>
    </message>
    <message>
        <source>**Salespeople** (owners of contacts and deals) and **Tags** (renaming onto an existing tag merges the two; removing takes the tag off every contact).</source>
        <translation>**বিক্রয়কর্মী** (পরিচিতি ও ডিলের দায়িত্বপ্রাপ্ত) এবং **ট্যাগ** (কোনো ট্যাগের নাম বদলে আগে থেকে থাকা আরেকটি ট্যাগের নাম দিলে দুটি একত্র হয়; মুছে ফেললে প্রতিটি পরিচিতি থেকে ট্যাগটি সরে যায়)।</translation>
    </message>
    <message>
        <source>**General**: the default currency of new deals and campaigns (a new database starts with your country&apos;s: the system&apos;s locale, else your language&apos;s country for Persian, Bengali and Amharic, else euros; rials (IRR) are whole rials, without decimals, as prices in Iran are written; amounts in rials that an older Kontor stored in hundredths keep their value when the database is upgraded), the country of phone numbers written without a country code, the number of backups to keep and the backup folder, and the database file with &quot;Open Another Database…&quot; and &quot;New Database…&quot;.</source>
        <translation>**সাধারণ**: নতুন ডিল ও ক্যাম্পেইনের ডিফল্ট মুদ্রা (নতুন ডেটাবেস আপনার দেশের মুদ্রা দিয়ে শুরু হয়: সিস্টেমের লোকেল থেকে, না পেলে ফার্সি, বাংলা ও আমহারিকের ক্ষেত্রে আপনার ভাষার দেশ থেকে, নইলে ইউরো; রিয়াল (IRR) পূর্ণ রিয়ালে, দশমিক ছাড়া রাখা হয়, যেভাবে ইরানে দাম লেখা হয়; পুরোনো Kontor রিয়ালের যে পরিমাণ শতাংশ এককে রেখেছিল, ডেটাবেস আপগ্রেড হলেও তার মূল্য একই থাকে), কান্ট্রি কোড ছাড়া লেখা ফোন নম্বরের দেশ, কতগুলো ব্যাকআপ রাখা হবে ও ব্যাকআপ ফোল্ডার, এবং ডেটাবেস ফাইল, সাথে “অন্য ডেটাবেস খুলুন…” ও “নতুন ডেটাবেস…”।</translation>
    </message>
    <message>
        <source>Importing your old spreadsheets</source>
        <translation>আপনার পুরোনো স্প্রেডশিট ইমপোর্ট করা</translation>
    </message>
    <message>
        <source>Kontor reads contacts from CSV files (what Excel, Google Contacts, Outlook and other CRMs write) and from vCard address books (`.vcf`, versions 2.1, 3.0 and 4.0, as phones, Google, Apple and Outlook export them). **File → Import Contacts…** (Ctrl+Shift+I) walks you through it:</source>
        <translation>Kontor CSV ফাইল থেকে (Excel, Google Contacts, Outlook ও অন্যান্য CRM যা লেখে) এবং vCard ঠিকানা বই থেকে (`.vcf`, সংস্করণ 2.1, 3.0 ও 4.0, যেভাবে ফোন, Google, Apple ও Outlook এক্সপোর্ট করে) পরিচিতি পড়তে পারে। **ফাইল → পরিচিতি ইমপোর্ট করুন…** (Ctrl+Shift+I) আপনাকে ধাপে ধাপে এগিয়ে নিয়ে যায়:</translation>
    </message>
    <message>
        <source>**The file**: choose it and say what it holds (contacts, companies, interactions or deals). Kontor recognises the file&apos;s encoding and how its columns are separated, and shows the first rows as it reads them (change the encoding or the delimiter and the preview follows; untick &quot;The first row holds the column names&quot; for a file without a header).</source>
        <translation>**ফাইল**: ফাইলটি বেছে নিন এবং এতে কী আছে তা জানান (পরিচিতি, কোম্পানি, যোগাযোগ বা ডিল)। Kontor ফাইলের এনকোডিং আর কলামগুলো কী দিয়ে আলাদা করা তা চিনে নেয়, এবং যেভাবে পড়ছে সেভাবে প্রথম সারিগুলো দেখায় (এনকোডিং বা বিভাজক বদলালে প্রিভিউও বদলায়; হেডার ছাড়া ফাইলের জন্য “প্রথম সারিতে কলামের নাম আছে” থেকে টিক তুলে দিন)।</translation>
    </message>
    <message>
        <source>**Columns and fields** (CSV only): each column with its first values and the field it fills, set by the preset that fits the headers best (Google Contacts, Outlook, a generic CRM export); change any, choose another preset, or **Save as Preset…** for files that come again. Without a name column there is no going on. A header that names its field maps itself under any preset, in English or German, whatever its capitals and punctuation (Given Name, Family Name, Surname, Organisation, E-mail, Phone number, Vorname, Nachname, Firma, Telefon, Mobil, Straße, PLZ, Ort, Land, Notiz, …). When no preset&apos;s own columns are in the file, the preset box says &quot;No preset fits these columns&quot; rather than naming one.</source>
        <translation>**কলাম ও ফিল্ড** (শুধু CSV): প্রতিটি কলাম, তার প্রথম মানগুলো ও যে ফিল্ড সে পূরণ করে—হেডারের সাথে সবচেয়ে ভালো মেলে এমন প্রিসেট অনুযায়ী ঠিক করা (Google Contacts, Outlook, সাধারণ কোনো CRM এক্সপোর্ট); যেকোনোটি বদলান, অন্য প্রিসেট বেছে নিন, অথবা বারবার আসে এমন ফাইলের জন্য **প্রিসেট হিসেবে সংরক্ষণ করুন…**। নামের কলাম ছাড়া আর এগোনো যায় না। যে হেডারে তার ফিল্ডের নাম লেখা আছে, তা যেকোনো প্রিসেটে নিজে থেকেই ম্যাপ হয়—ইংরেজি বা জার্মানে, বড়-ছোট হাতের অক্ষর বা যতিচিহ্ন যেমনই হোক (Given Name, Family Name, Surname, Organisation, E-mail, Phone number, Vorname, Nachname, Firma, Telefon, Mobil, Straße, PLZ, Ort, Land, Notiz, …)। ফাইলে কোনো প্রিসেটের নিজস্ব কলাম না থাকলে প্রিসেটের বাক্সে কোনো প্রিসেটের নাম না দেখিয়ে লেখা থাকে “এই কলামগুলোর সাথে কোনো প্রিসেট মেলে না”।</translation>
    </message>
    <message>
        <source>**Duplicates and a check**: what to do with a row that is already there (skip it, update the contact, merge, or create a new contact all the same), and **Check Every Row**: a trial run that changes nothing and shows exactly what the import will do, done at once for files under 5 MB. Rows that need a look come first, with their line and why.</source>
        <translation>**ডুপ্লিকেট ও যাচাই**: আগে থেকে থাকা কোনো সারি নিয়ে কী করবেন (বাদ দিন, পরিচিতিটি হালনাগাদ করুন, একত্র করুন, অথবা তবুও নতুন পরিচিতি তৈরি করুন), এবং **প্রতিটি সারি যাচাই করুন**: একটি পরীক্ষামূলক চালনা, যা কিছুই বদলায় না এবং ইমপোর্ট ঠিক কী করবে তা দেখায়; 5 MB-এর চেয়ে ছোট ফাইলের জন্য সঙ্গে সঙ্গেই হয়ে যায়। যেসব সারি দেখে নেওয়া দরকার সেগুলো আগে আসে, লাইন নম্বর ও কারণসহ।</translation>
    </message>
    <message>
        <source>**Import**: a backup first (`kontor-backups/…-before-import.sqlite`), then the import with a progress bar and Cancel.</source>
        <translation>**ইমপোর্ট**: প্রথমে একটি ব্যাকআপ (`kontor-backups/…-before-import.sqlite`), তারপর অগ্রগতি বার ও বাতিল বোতামসহ ইমপোর্ট।</translation>
    </message>
    <message>
        <source>**Imported**: the counts (created, updated, merged, skipped, rejected, kept with a warning), the rejected rows with their line and why, **Show the Imported Contacts** (the Contacts page filtered to what this import created or changed; the filter box &quot;From file.csv&quot; says so, and &quot;From any import&quot; lifts it) and **Undo This Import…**. Later, **File → Import History…** lists every import and **Undo Import…** takes one back.</source>
        <translation>**ইমপোর্ট করা**: সংখ্যাগুলো (তৈরি, হালনাগাদ, একত্র, বাদ, প্রত্যাখ্যাত, সতর্কতাসহ রাখা), প্রত্যাখ্যাত সারিগুলো লাইন নম্বর ও কারণসহ, **ইমপোর্ট করা পরিচিতি দেখান** (“পরিচিতি” পাতা, এই ইমপোর্টে যা তৈরি বা বদলানো হয়েছে শুধু তা দিয়ে ফিল্টার করা; ফিল্টার বাক্সে “file.csv থেকে” লেখা থাকে, আর “যেকোনো ইমপোর্ট থেকে” বেছে নিলে ফিল্টার উঠে যায়) এবং **এই ইমপোর্ট ফিরিয়ে নিন…**। পরে **ফাইল → ইমপোর্টের ইতিহাস…** প্রতিটি ইমপোর্টের তালিকা দেখায়, আর **ইমপোর্ট ফিরিয়ে নিন…** যেকোনো একটি ফিরিয়ে নেয়।</translation>
    </message>
    <message>
        <source>**Cleaning**: names typed all in capitals or all small get capitals where they belong (&quot;MCDONALD&quot; → &quot;McDonald&quot;, &quot;VAN DER BERG&quot; → &quot;van der Berg&quot;; a name in mixed case is kept as typed). Emails that are not shaped like one and phone numbers that are not valid are **kept and flagged**, not dropped; a birthday, status or owner Kontor cannot read is kept in the notes and flagged. Companies, lead sources and campaigns are found by name or created. Tags are split at `;` and `,`.</source>
        <translation>**পরিষ্কার করা**: পুরোটা বড় হাতের বা পুরোটা ছোট হাতের অক্ষরে লেখা নামে যেখানে দরকার সেখানে বড় হাতের অক্ষর বসে (“MCDONALD” → “McDonald”, “VAN DER BERG” → “van der Berg”; মিশ্রভাবে লেখা নাম যেমন লেখা তেমনই থাকে)। ইমেইলের মতো দেখতে নয় এমন ইমেইল আর সঠিক নয় এমন ফোন নম্বর **রাখা হয় ও চিহ্নিত করা হয়**, বাদ দেওয়া হয় না; Kontor যে জন্মদিন, অবস্থা বা দায়িত্বপ্রাপ্ত পড়তে পারে না, তা নোটে রাখা হয় ও চিহ্নিত করা হয়। কোম্পানি, লিডের উৎস ও ক্যাম্পেইন নাম দিয়ে খুঁজে নেওয়া হয়, না পেলে তৈরি করা হয়। ট্যাগ `;` ও `,` দিয়ে ভাগ করা হয়।</translation>
    </message>
    <message>
        <source>**Duplicates**: a row whose email or phone number (however it is written) belongs to a contact already there, or to an earlier row of the file, is a duplicate; a row with neither is compared by name. **Skip** keeps the contact as it is, **update** puts the row&apos;s values in its place (empty cells change nothing), **merge** keeps the contact&apos;s values and adds what it lacks, and **create** makes a new contact all the same. Emails, phones and tags are added in both update and merge.</source>
        <translation>**ডুপ্লিকেট**: যে সারির ইমেইল বা ফোন নম্বর (যেভাবেই লেখা হোক) আগে থেকে থাকা কোনো পরিচিতির সাথে, অথবা ফাইলের আগের কোনো সারির সাথে মেলে, সেটি ডুপ্লিকেট; যে সারিতে দুটির কোনোটিই নেই, তা নাম দিয়ে তুলনা করা হয়। **বাদ দিন** পরিচিতিটি যেমন আছে তেমন রাখে, **হালনাগাদ করুন** সারির মানগুলো তার জায়গায় বসায় (খালি ঘর কিছুই বদলায় না), **একত্র করুন** পরিচিতির নিজের মানগুলো রাখে এবং যা নেই তা যোগ করে, আর **তৈরি করুন** তবুও একটি নতুন পরিচিতি তৈরি করে। হালনাগাদ ও একত্র—দুই ক্ষেত্রেই ইমেইল, ফোন ও ট্যাগ যোগ হয়।</translation>
    </message>
    <message>
        <source>**All or nothing**: the whole import is one step. A row that cannot be written (a full disk) or Cancel leaves the database exactly as it was. A row without any name is rejected, with its line and the reason, and the rest goes on.</source>
        <translation>**হয় সব, নয়তো কিছুই না**: পুরো ইমপোর্ট একটি ধাপ। কোনো সারি লেখা না গেলে (ডিস্ক ভর্তি) বা বাতিল চাপলে ডেটাবেস ঠিক আগের মতোই থাকে। কোনো নাম নেই এমন সারি লাইন নম্বর ও কারণসহ প্রত্যাখ্যাত হয়, আর বাকিগুলোর কাজ চলতে থাকে।</translation>
    </message>
    <message>
        <source>**Undo**: undoing an import removes the contacts it created and puts the ones it updated or merged back as they were; a created contact that has since gained history (calls, deals, reminders) is archived instead, and companies, lead sources and campaigns it created go when nothing else uses them.</source>
        <translation>**ফিরিয়ে নেওয়া**: কোনো ইমপোর্ট ফিরিয়ে নিলে এর তৈরি করা পরিচিতিগুলো সরে যায় এবং এর হালনাগাদ বা একত্র করা পরিচিতিগুলো আগের অবস্থায় ফিরে আসে; তৈরি করা কোনো পরিচিতির যদি এর মধ্যে ইতিহাস জমে থাকে (কল, ডিল, রিমাইন্ডার), তাহলে সেটি সরানোর বদলে আর্কাইভ করা হয়, আর এর তৈরি করা কোম্পানি, লিডের উৎস ও ক্যাম্পেইন অন্য কিছুতে ব্যবহার না হলে সরে যায়।</translation>
    </message>
    <message>
        <source>**Moving from another CRM**: import its companies first, then its contacts, then its deals and its history (&quot;Kind of records&quot; in the wizard). Deals and interactions find their contact by its email, else its name (a row whose contact is not there is rejected: import the contacts first); an interaction already there (same contact, kind and time) or a deal already there (same title and contact) is skipped. A stage, owner or amount Kontor cannot place is kept in the notes and flagged. Undo takes these back too.</source>
        <translation>**অন্য CRM থেকে চলে আসা**: প্রথমে সেটির কোম্পানিগুলো ইমপোর্ট করুন, তারপর পরিচিতি, তারপর ডিল ও ইতিহাস (উইজার্ডে “রেকর্ডের ধরন”)। ডিল ও যোগাযোগ তাদের পরিচিতিকে ইমেইল দিয়ে, না পেলে নাম দিয়ে খুঁজে নেয় (যে সারির পরিচিতি নেই তা প্রত্যাখ্যাত হয়: আগে পরিচিতি ইমপোর্ট করুন); আগে থেকে থাকা যোগাযোগ (একই পরিচিতি, ধরন ও সময়) বা আগে থেকে থাকা ডিল (একই শিরোনাম ও পরিচিতি) বাদ দেওয়া হয়। যে ধাপ, দায়িত্বপ্রাপ্ত বা পরিমাণ Kontor মেলাতে পারে না, তা নোটে রাখা হয় ও চিহ্নিত করা হয়। ইমপোর্ট ফিরিয়ে নিলে এগুলোও ফিরে যায়।</translation>
    </message>
    <message>
        <source>Duplicates and data health</source>
        <translation>ডুপ্লিকেট ও ডেটার মান</translation>
    </message>
    <message>
        <source>**Duplicates**: **Contact → Find Duplicates…** lists contacts that are probably one person, most certain first, with why: the same email (capitals aside; score 60), the same phone number however it was written (50), or the same name once capitals, accents, other alphabets (&quot;Иван Петров&quot; and &quot;Ivan Petrov&quot;), word order (&quot;Lovelace, Ada&quot;) and how Persian was typed (Arabic or Persian yeh and kaf, the zero-width non-joiner, vowel marks) are set aside (40); reasons add up. A name shared by more than 25 contacts is too common to judge by alone and left out. The Companies tab pairs companies whose names differ only in capitals, punctuation and legal form (&quot;ACME Inc.&quot; and &quot;Acme Incorporated&quot;, &quot;Müller GmbH &amp; Co. KG&quot; and &quot;Müller&quot;).</source>
        <translation>**ডুপ্লিকেট**: **পরিচিতি → ডুপ্লিকেট খুঁজুন…** এমন পরিচিতিদের তালিকা দেখায় যারা সম্ভবত একই ব্যক্তি, সবচেয়ে নিশ্চিতটি আগে, কারণসহ: একই ইমেইল (বড়-ছোট হাতের অক্ষর বাদে; স্কোর 60), একই ফোন নম্বর, যেভাবেই লেখা হোক (50), অথবা একই নাম—বড়-ছোট হাতের অক্ষর, অ্যাকসেন্ট, অন্য বর্ণমালা (“Иван Петров” ও “Ivan Petrov”), শব্দের ক্রম (“Lovelace, Ada”) এবং ফার্সি কীভাবে টাইপ করা হয়েছে (আরবি বা ফার্সি ইয়ে ও কাফ, জিরো-উইডথ নন-জয়নার, স্বরচিহ্ন) তা উপেক্ষা করে (40); একাধিক কারণ থাকলে স্কোর যোগ হয়। 25 জনের বেশি পরিচিতির একই নাম থাকলে শুধু সেই নাম দিয়ে বিচার করা যায় না, তাই তা বাদ রাখা হয়। কোম্পানি ট্যাবে সেইসব কোম্পানির জোড়া দেখায় যাদের নামের পার্থক্য শুধু বড়-ছোট হাতের অক্ষর, যতিচিহ্ন ও আইনি রূপে (“ACME Inc.” ও “Acme Incorporated”, “Müller GmbH &amp; Co. KG” ও “Müller”)।</translation>
    </message>
    <message>
        <source>For the pair chosen, each field stands side by side: click the value to keep (the first record&apos;s, unless it has none, is ticked). Emails, phone numbers and tags of both are kept. **Merge** keeps the first record (or the second, with &quot;Keep the second&quot;), moves every call, meeting, email, deal, reminder and history entry of the other to it and deletes the other; Ctrl+Z in the main window takes a merge back. A backup (`…-before-merge.sqlite`) is made before the first merge of a session. **Not Duplicates** puts a pair away for good.</source>
        <translation>বেছে নেওয়া জোড়ার প্রতিটি ফিল্ড পাশাপাশি দেখা যায়: যে মানটি রাখবেন তাতে ক্লিক করুন (প্রথম রেকর্ডের মানে টিক দেওয়া থাকে; তাতে মান না থাকলে দ্বিতীয়টিতে)। দুটিরই ইমেইল, ফোন নম্বর ও ট্যাগ রাখা হয়। **একত্র করুন** প্রথম রেকর্ডটি রাখে (অথবা “দ্বিতীয়টি রাখুন” বেছে নিলে দ্বিতীয়টি), অন্যটির প্রতিটি কল, মিটিং, ইমেইল, ডিল, রিমাইন্ডার ও ইতিহাসের এন্ট্রি এতে সরিয়ে আনে এবং অন্যটি মুছে ফেলে; মূল উইন্ডোতে Ctrl+Z চাপলে একত্র করা ফিরে যায়। প্রতিটি সেশনে প্রথমবার একত্র করার আগে একটি ব্যাকআপ (`…-before-merge.sqlite`) তৈরি হয়। **ডুপ্লিকেট নয়** একটি জোড়াকে চিরতরে সরিয়ে রাখে।</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>এক্সপোর্ট</translation>
    </message>
    <message>
        <source>**File → Export** writes contacts as CSV or vCard 4.0, companies, interactions and deals as CSV, and open reminders and meetings as an iCalendar file (`.ics`) that calendar programs import (importing it again updates the events rather than doubling them; reminders come with an alarm at their time and their repetition). A file is written whole or not at all (a cancelled export leaves none). The CSV files name things instead of numbering them (the contact&apos;s name and first email, the company, the stage, the owner), give money as a plain decimal beside its currency code (`1250.00,EUR`) and times in UTC, and are safe for spreadsheets: a cell a spreadsheet would run as a formula starts with an apostrophe, which Kontor&apos;s import takes off again, so an export comes back as it was.</source>
        <translation>**ফাইল → এক্সপোর্ট** পরিচিতিকে CSV বা vCard 4.0 হিসেবে, কোম্পানি, যোগাযোগ ও ডিলকে CSV হিসেবে, আর খোলা রিমাইন্ডার ও মিটিংকে একটি iCalendar ফাইল (`.ics`) হিসেবে লেখে, যা ক্যালেন্ডার প্রোগ্রামগুলো ইমপোর্ট করতে পারে (আবার ইমপোর্ট করলে ইভেন্টগুলো দ্বিগুণ না হয়ে হালনাগাদ হয়; রিমাইন্ডার তার সময়ের একটি অ্যালার্ম ও তার পুনরাবৃত্তিসহ আসে)। ফাইল হয় পুরোটা লেখা হয়, নয়তো একেবারেই না (বাতিল করা এক্সপোর্ট কোনো ফাইল রেখে যায় না)। CSV ফাইলগুলো নম্বরের বদলে নাম লেখে (পরিচিতির নাম ও প্রথম ইমেইল, কোম্পানি, ধাপ, দায়িত্বপ্রাপ্ত), অর্থের পরিমাণ মুদ্রার কোডের পাশে সাধারণ দশমিক সংখ্যা হিসেবে দেয় (`1250.00,EUR`) আর সময় UTC-তে, এবং স্প্রেডশিটের জন্য নিরাপদ: যে ঘরকে স্প্রেডশিট সূত্র হিসেবে চালাত, তা একটি অ্যাপোস্ট্রফি দিয়ে শুরু হয়, যা Kontor-এর ইমপোর্ট আবার সরিয়ে দেয়, ফলে এক্সপোর্ট করা ফাইল ইমপোর্ট করলে সব যেমন ছিল তেমনই ফিরে আসে।</translation>
    </message>
    <message>
        <source>Your data and backups</source>
        <translation>আপনার ডেটা ও ব্যাকআপ</translation>
    </message>
    <message>
        <source>**One file**: everything is in one SQLite database file, by default `~/.local/share/kontor/kontor.sqlite` on Linux (`~/Library/Application Support/kontor` on macOS, `%APPDATA%\kontor` on Windows); the demo database is `kontor-demo.sqlite` beside it. **File → Open Database…** and **New Database…** switch files.</source>
        <translation>**একটি ফাইল**: সবকিছু একটি SQLite ডেটাবেস ফাইলে থাকে, ডিফল্টভাবে Linux-এ `~/.local/share/kontor/kontor.sqlite` (macOS-এ `~/Library/Application Support/kontor`, Windows-এ `%APPDATA%\kontor`); ডেমো ডেটাবেস এর পাশেই `kontor-demo.sqlite`। **ফাইল → ডেটাবেস খুলুন…** ও **নতুন ডেটাবেস…** দিয়ে ফাইল বদলান।</translation>
    </message>
    <message>
        <source>**Safe to open**: Kontor checks a file before writing anything to it. A file that is not a database, a database of another program, or one written by a newer Kontor is refused with a message saying which, and left exactly as it was; Kontor then offers to open another file or create a new database. Every change is saved whole or not at all. The message says what happened: a database in a folder you cannot write (SQLite keeps two small files beside an open database: copy it into a folder of yours); a stray `-wal` file of another database beside yours (a sync tool or a copy brought it: move it into another folder, keeping it, and open again); a file damaged in its first pages (restore a backup). Nothing is written beside a file that is refused, not even SQLite&apos;s `-shm`.</source>
        <translation>**খোলার জন্য নিরাপদ**: কোনো ফাইলে কিছু লেখার আগে Kontor সেটি যাচাই করে নেয়। যে ফাইল ডেটাবেস নয়, অন্য কোনো প্রোগ্রামের ডেটাবেস, অথবা Kontor-এর নতুন কোনো সংস্করণে লেখা ডেটাবেস—এগুলো খোলা হয় না, একটি বার্তায় বলা হয় কোনটি ঘটেছে, আর ফাইলটি ঠিক আগের মতোই থাকে; তারপর Kontor অন্য ফাইল খোলার বা নতুন ডেটাবেস তৈরি করার প্রস্তাব দেয়। প্রতিটি পরিবর্তন হয় পুরোটা সংরক্ষণ হয়, নয়তো একেবারেই না। বার্তায় বলা থাকে কী ঘটেছে: এমন ফোল্ডারে ডেটাবেস যেখানে আপনি লিখতে পারেন না (খোলা ডেটাবেসের পাশে SQLite দুটি ছোট ফাইল রাখে: ডেটাবেসটি আপনার নিজের কোনো ফোল্ডারে কপি করুন); আপনার ডেটাবেসের পাশে অন্য কোনো ডেটাবেসের একটি বিচ্ছিন্ন `-wal` ফাইল (কোনো সিঙ্ক টুল বা কপি করার সময় এসেছে: সেটি না মুছে অন্য ফোল্ডারে সরিয়ে রাখুন, তারপর আবার খুলুন); প্রথম পাতাগুলোতে ক্ষতিগ্রস্ত ফাইল (একটি ব্যাকআপ পুনরুদ্ধার করুন)। যে ফাইল খোলা হয়নি তার পাশে কিছুই লেখা হয় না, এমনকি SQLite-এর `-shm`-ও না।</translation>
    </message>
    <message>
        <source>**Daily backups, by themselves**: when Kontor opens a database whose last daily backup is a day old, it copies it in the background (you can go on working; the status bar says when the copy is made) into a folder beside it: `kontor.sqlite` → `kontor-backups/kontor-20261124-090000-000-daily.sqlite`. The newest 10 copies are kept and older ones deleted; File → Settings… → General → &quot;Backups to keep&quot; changes the number, and 0 turns the daily backup off (then none are deleted). Each copy is the database as it was at one moment, also while Kontor writes, and opens as a database of its own.</source>
        <translation>**দৈনিক ব্যাকআপ, নিজে থেকেই**: Kontor যখন এমন কোনো ডেটাবেস খোলে যার শেষ দৈনিক ব্যাকআপ এক দিন পুরোনো, তখন পেছনে থেকে সেটি এর পাশের একটি ফোল্ডারে কপি করে (আপনি কাজ চালিয়ে যেতে পারেন; কপি হয়ে গেলে স্ট্যাটাস বারে জানানো হয়): `kontor.sqlite` → `kontor-backups/kontor-20261124-090000-000-daily.sqlite`। সবচেয়ে নতুন 10টি কপি রাখা হয়, পুরোনোগুলো মুছে ফেলা হয়; ফাইল → সেটিংস… → সাধারণ → “কতগুলো ব্যাকআপ রাখা হবে” দিয়ে সংখ্যাটি বদলানো যায়, আর 0 দিলে দৈনিক ব্যাকআপ বন্ধ হয় (তখন কোনোটিই মোছা হয় না)। প্রতিটি কপি এক মুহূর্তে ডেটাবেস যেমন ছিল ঠিক তেমন—Kontor লেখার সময়ও—এবং আলাদা একটি ডেটাবেস হিসেবে খোলা যায়।</translation>
    </message>
    <message>
        <source>**By hand**: **File → Save a Copy As…** (Ctrl+Shift+S) makes the same kind of copy, anywhere (a USB stick, a shared folder).</source>
        <translation>**নিজ হাতে**: **ফাইল → একটি কপি সংরক্ষণ করুন…** (Ctrl+Shift+S) একই ধরনের কপি তৈরি করে, যেকোনো জায়গায় (একটি USB স্টিক, একটি শেয়ার করা ফোল্ডার)।</translation>
    </message>
    <message>
        <source>**Restoring**: **File → Restore from Backup…** lists the backups, newest first, with when and why each was made (daily, made by hand, before a restore, before an import, before a merge); Enter restores the one chosen, and &quot;Show Folder&quot; opens the folder. The database as it is at that moment is kept as a &quot;before a restore&quot; backup first, so that a restore can be undone by restoring that one; a file that is not a Kontor database is refused and nothing changes. A backup from an older Kontor is upgraded as it comes back.</source>
        <translation>**পুনরুদ্ধার**: **ফাইল → ব্যাকআপ থেকে পুনরুদ্ধার করুন…** ব্যাকআপগুলোর তালিকা দেখায়, সবচেয়ে নতুনটি আগে, প্রতিটি কখন ও কেন তৈরি হয়েছে তাসহ (দৈনিক, হাতে তৈরি, পুনরুদ্ধারের আগে, ইমপোর্টের আগে, একত্র করার আগে); Enter বেছে নেওয়া ব্যাকআপটি পুনরুদ্ধার করে, আর “ফোল্ডার দেখান” ফোল্ডারটি খোলে। সেই মুহূর্তের ডেটাবেস আগে একটি “পুনরুদ্ধারের আগে” ব্যাকআপ হিসেবে রেখে দেওয়া হয়, যাতে সেটি পুনরুদ্ধার করে পুনরুদ্ধারটি ফেরানো যায়; যে ফাইল Kontor ডেটাবেস নয় তা নেওয়া হয় না এবং কিছুই বদলায় না। পুরোনো Kontor-এর ব্যাকআপ ফিরিয়ে আনার সময় আপগ্রেড হয়ে যায়।</translation>
    </message>
    <message>
        <source>**Private by default**: a CRM holds other people&apos;s personal data, so the database Kontor creates, its `-wal` and `-shm` files, the backup folder and every backup are readable by you only (files 0600, folders 0700 on Linux and macOS), whatever your umask; a restored database stays so, and backups an older Kontor left readable to others are tightened at the next backup.</source>
        <translation>**ডিফল্টভাবে ব্যক্তিগত**: একটি CRM-এ অন্য মানুষের ব্যক্তিগত তথ্য থাকে, তাই Kontor যে ডেটাবেস তৈরি করে, এর `-wal` ও `-shm` ফাইল, ব্যাকআপ ফোল্ডার এবং প্রতিটি ব্যাকআপ শুধু আপনিই পড়তে পারেন (Linux ও macOS-এ ফাইল 0600, ফোল্ডার 0700), আপনার umask যা-ই হোক; পুনরুদ্ধার করা ডেটাবেসও তেমনই থাকে, আর পুরোনো Kontor যে ব্যাকআপগুলো অন্যদের পড়ার জন্য খোলা রেখেছিল, পরের ব্যাকআপের সময় সেগুলোর অনুমতি কড়া করা হয়।</translation>
    </message>
    <message>
        <source>**No debris**: a backup is written under a temporary name (`….sqlite.partial-1a2b3c4d`) and renamed when whole. One that fails (a full disk) takes its pieces with it; the pieces of one that was killed half way (power cut, `kill -9`) are removed by the next backup once they are ten minutes old. An import that cannot write (a read-only file, folder or disk, or another program holding the database) says so before it makes its before-import backup.</source>
        <translation>**কোনো জঞ্জাল থাকে না**: ব্যাকআপ একটি অস্থায়ী নামে লেখা হয় (`….sqlite.partial-1a2b3c4d`) এবং পুরোটা লেখা হলে নাম বদলানো হয়। যে ব্যাকআপ ব্যর্থ হয় (ডিস্ক ভর্তি) তা নিজের টুকরোগুলোও সরিয়ে নেয়; মাঝপথে বন্ধ হয়ে যাওয়া ব্যাকআপের টুকরো (বিদ্যুৎ চলে যাওয়া, `kill -9`) দশ মিনিট পুরোনো হলে পরের ব্যাকআপ সেগুলো সরিয়ে দেয়। যে ইমপোর্ট লিখতে পারবে না (শুধু পড়া যায় এমন ফাইল, ফোল্ডার বা ডিস্ক, অথবা অন্য কোনো প্রোগ্রাম ডেটাবেসটি ধরে রেখেছে), তা ইমপোর্টের আগের ব্যাকআপ তৈরির আগেই সেটি জানিয়ে দেয়।</translation>
    </message>
    <message>
        <source>When things go wrong</source>
        <translation>সমস্যা হলে</translation>
    </message>
    <message>
        <source>**A file that will not open** says why, and leaves it as it was: a folder you may not write in (SQLite keeps two small files beside an open database: copy the file into a folder of yours), a stray `-wal` file of another database beside yours (move it into another folder, keep it, and open again), a file of another program, or one written by a newer Kontor.</source>
        <translation>**যে ফাইল খোলে না** তা কারণ জানায় এবং ফাইলটি যেমন ছিল তেমনই রাখে: এমন ফোল্ডার যেখানে আপনার লেখার অনুমতি নেই (খোলা ডেটাবেসের পাশে SQLite দুটি ছোট ফাইল রাখে: ফাইলটি আপনার নিজের কোনো ফোল্ডারে কপি করুন), আপনার ডেটাবেসের পাশে অন্য কোনো ডেটাবেসের একটি বিচ্ছিন্ন `-wal` ফাইল (সেটি অন্য ফোল্ডারে সরিয়ে রাখুন, মুছবেন না, তারপর আবার খুলুন), অন্য কোনো প্রোগ্রামের ফাইল, অথবা Kontor-এর নতুন কোনো সংস্করণে লেখা ফাইল।</translation>
    </message>
    <message>
        <source>**A full disk**: a change that cannot be written is not made at all (every change is saved whole or not at all); a backup that cannot be written leaves nothing behind; an import says so before it begins.</source>
        <translation>**ডিস্ক ভর্তি**: যে পরিবর্তন লেখা যায় না তা একেবারেই করা হয় না (প্রতিটি পরিবর্তন হয় পুরোটা সংরক্ষণ হয়, নয়তো একেবারেই না); যে ব্যাকআপ লেখা যায় না তা পেছনে কিছু রেখে যায় না; ইমপোর্ট শুরুর আগেই তা জানিয়ে দেয়।</translation>
    </message>
    <message>
        <source>**A file you could not have meant to import** (a &quot;phone number&quot; of 20,000 characters, notes of megabytes, a table of more than 10,000 columns) is refused at once, row or file, with the reason, rather than keeping the import busy for minutes.</source>
        <translation>**যে ফাইল আপনি নিশ্চয়ই ইমপোর্ট করতে চাননি** (20,000 অক্ষরের একটি “ফোন নম্বর”, মেগাবাইটের পর মেগাবাইট নোট, 10,000-এর বেশি কলামের টেবিল) তা সঙ্গে সঙ্গে কারণসহ ফিরিয়ে দেওয়া হয়—সারি হোক বা পুরো ফাইল—যাতে ইমপোর্ট মিনিটের পর মিনিট আটকে না থাকে।</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>কীবোর্ড শর্টকাট</translation>
    </message>
    <message>
        <source>**Help → Keyboard Shortcuts** (Ctrl+/) lists every key, with a search box. The ones that matter most:</source>
        <translation>**সাহায্য → কীবোর্ড শর্টকাট** (Ctrl+/) প্রতিটি কীর তালিকা দেখায়, একটি খোঁজার বাক্সসহ। সবচেয়ে দরকারিগুলো:</translation>
    </message>
    <message>
        <source>| Keys | Action |</source>
        <translation>| কী | কাজ |</translation>
    </message>
    <message>
        <source>| Ctrl+1 … Ctrl+6 | Today, Contacts, Companies, Pipeline, Reminders, Reports |</source>
        <translation>| Ctrl+1 … Ctrl+6 | আজ, পরিচিতি, কোম্পানি, পাইপলাইন, রিমাইন্ডার, রিপোর্ট |</translation>
    </message>
    <message>
        <source>| Ctrl+L | Log interaction (call, meeting, email, note), from any page |</source>
        <translation>| Ctrl+L | যোগাযোগ লিখে রাখুন (কল, মিটিং, ইমেইল, নোট), যেকোনো পাতা থেকে |</translation>
    </message>
    <message>
        <source>| Ctrl+F | Search contacts |</source>
        <translation>| Ctrl+F | পরিচিতি খুঁজুন |</translation>
    </message>
    <message>
        <source>| Ctrl+K | Search everything: contacts, companies, deals, notes |</source>
        <translation>| Ctrl+K | সবকিছুতে খুঁজুন: পরিচিতি, কোম্পানি, ডিল, নোট |</translation>
    </message>
    <message>
        <source>| Enter (in search) | Select the first match |</source>
        <translation>| Enter (খোঁজার সময়) | প্রথম মিলটি বেছে নিন |</translation>
    </message>
    <message>
        <source>| Ctrl+N | New contact |</source>
        <translation>| Ctrl+N | নতুন পরিচিতি |</translation>
    </message>
    <message>
        <source>| F2 or Enter (on a row) | Edit contact |</source>
        <translation>| F2 বা Enter (কোনো সারিতে) | পরিচিতি সম্পাদনা করুন |</translation>
    </message>
    <message>
        <source>| Delete | Archive (or restore, in the archive) |</source>
        <translation>| Delete | আর্কাইভ করুন (আর্কাইভে থাকলে পুনরুদ্ধার করুন) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+N | New deal (for the selected contact on the Contacts page) |</source>
        <translation>| Ctrl+Shift+N | নতুন ডিল (“পরিচিতি” পাতায় বেছে নেওয়া পরিচিতির জন্য) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+R | New reminder |</source>
        <translation>| Ctrl+Shift+R | নতুন রিমাইন্ডার |</translation>
    </message>
    <message>
        <source>| Ctrl+Z / Ctrl+Shift+Z | Undo / redo |</source>
        <translation>| Ctrl+Z / Ctrl+Shift+Z | পূর্বাবস্থায় ফেরান / আবার করুন |</translation>
    </message>
    <message>
        <source>| D / S / Enter (on Today) | Reminder done / snooze until tomorrow / open the contact or deal (on a section: fold) |</source>
        <translation>| D / S / Enter (“আজ” পাতায়) | রিমাইন্ডার সম্পন্ন / আগামীকাল পর্যন্ত পিছিয়ে দিন / পরিচিতি বা ডিল খুলুন (কোনো অংশের ওপর: গুটিয়ে রাখুন) |</translation>
    </message>
    <message>
        <source>| ← / → (on Today) | Fold / open the section |</source>
        <translation>| ← / → (“আজ” পাতায়) | অংশ গুটিয়ে রাখুন / খুলুন |</translation>
    </message>
    <message>
        <source>| D / S / Enter / Delete (on Reminders) | Done / snooze until tomorrow / edit / delete |</source>
        <translation>| D / S / Enter / Delete (“রিমাইন্ডার” পাতায়) | সম্পন্ন / আগামীকাল পর্যন্ত পিছিয়ে দিন / সম্পাদনা করুন / মুছুন |</translation>
    </message>
    <message>
        <source>| Enter / Ctrl+Enter (on Pipeline) | Edit the deal / open its contact |</source>
        <translation>| Enter / Ctrl+Enter (“পাইপলাইন” পাতায়) | ডিল সম্পাদনা করুন / এর পরিচিতি খুলুন |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+→ / ← (on Pipeline) | Move the selected deal to the next / previous stage |</source>
        <translation>| Ctrl+Shift+→ / ← (“পাইপলাইন” পাতায়) | বেছে নেওয়া ডিলটি পরের / আগের ধাপে সরান |</translation>
    </message>
    <message>
        <source>| ← / → (on Pipeline) | Previous / next column |</source>
        <translation>| ← / → (“পাইপলাইন” পাতায়) | আগের / পরের কলাম |</translation>
    </message>
    <message>
        <source>| Alt+B / Alt+I (on Pipeline) | Board / list |</source>
        <translation>| Alt+B / Alt+I (“পাইপলাইন” পাতায়) | বোর্ড / তালিকা |</translation>
    </message>
    <message>
        <source>| Delete (on Pipeline) | Archive the selected deal |</source>
        <translation>| Delete (“পাইপলাইন” পাতায়) | বেছে নেওয়া ডিলটি আর্কাইভ করুন |</translation>
    </message>
    <message>
        <source>| Enter (on a report&apos;s row or figure) | List the deals, leads or interactions behind it |</source>
        <translation>| Enter (রিপোর্টের কোনো সারি বা সংখ্যায়) | এর পেছনের ডিল, লিড বা যোগাযোগের তালিকা দেখান |</translation>
    </message>
    <message>
        <source>| Ctrl+P (on Reports) | Print all reports |</source>
        <translation>| Ctrl+P (“রিপোর্ট” পাতায়) | সব রিপোর্ট প্রিন্ট করুন |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+A | Archive |</source>
        <translation>| Ctrl+Shift+A | আর্কাইভ |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+I | Import contacts (CSV or vCard) |</source>
        <translation>| Ctrl+Shift+I | পরিচিতি ইমপোর্ট করুন (CSV বা vCard) |</translation>
    </message>
    <message>
        <source>| Ctrl+Shift+S | Save a copy of the database |</source>
        <translation>| Ctrl+Shift+S | ডেটাবেসের একটি কপি সংরক্ষণ করুন |</translation>
    </message>
    <message>
        <source>| Ctrl+O | Open another database |</source>
        <translation>| Ctrl+O | অন্য ডেটাবেস খুলুন |</translation>
    </message>
    <message>
        <source>| Ctrl+, | Settings |</source>
        <translation>| Ctrl+, | সেটিংস |</translation>
    </message>
    <message>
        <source>| Ctrl+Q | Quit |</source>
        <translation>| Ctrl+Q | প্রস্থান |</translation>
    </message>
    <message>
        <source>| Ctrl+/ | Keyboard shortcuts |</source>
        <translation>| Ctrl+/ | কীবোর্ড শর্টকাট |</translation>
    </message>
    <message>
        <source>| F1 | This user guide |</source>
        <translation>| F1 | এই ব্যবহারকারী নির্দেশিকা |</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>Kontor speaks English, German, Persian (فارسی), Bengali (বাংলা), Amharic (አማርኛ) and Esperanto, and follows your computer&apos;s language. To choose another, open **Settings → Language** (Alt+N on the Settings window): the choice is kept, and the window opens again in it, on the same database, as soon as Settings closes. `kontor --lang fa` chooses for one start only.</source>
        <translation>Kontor ইংরেজি, জার্মান, ফার্সি (فارسی), বাংলা, আমহারিক (አማርኛ) ও এস্পেরান্তো ভাষায় চলে, এবং আপনার কম্পিউটারের ভাষা অনুসরণ করে। অন্য ভাষা বেছে নিতে **সেটিংস → ভাষা** খুলুন (সেটিংস উইন্ডোতে Alt+N): আপনার পছন্দ মনে রাখা হয়, এবং সেটিংস বন্ধ হওয়ামাত্র উইন্ডোটি একই ডেটাবেসে সেই ভাষায় আবার খোলে। `kontor --lang fa` শুধু একবার চালুর জন্য ভাষা বেছে নেয়।</translation>
    </message>
    <message>
        <source>**Persian** mirrors the whole window: the side bar stands on the right, columns and forms read from right to left, and the reports&apos; charts run from the right (the first month on the right, bars growing leftwards from their names). Every number (money, counts, dates, times) is written in Persian digits.</source>
        <translation>**ফার্সি** পুরো উইন্ডোকে আয়নার মতো উল্টে দেয়: পাশের বার ডান দিকে থাকে, কলাম ও ফর্ম ডান থেকে বাঁয়ে পড়া হয়, আর রিপোর্টের চার্ট ডান দিক থেকে শুরু হয় (প্রথম মাস ডানে, বারগুলো তাদের নাম থেকে বাঁ দিকে বাড়ে)। প্রতিটি সংখ্যা (অর্থ, গণনা, তারিখ, সময়) ফার্সি অঙ্কে লেখা হয়।</translation>
    </message>
    <message>
        <source>**Digits:** Settings → Language → Digits → **Latin (123)** writes every number in 0–9 instead (Persian or Bengali with `1,250.50` and `11 آذر 1405`), keeping the language&apos;s words, month names, direction and week; the language&apos;s own digits come back with **The language&apos;s own**. Bengali times are on the 24-hour clock (২০:০৫).</source>
        <translation>**অঙ্ক:** সেটিংস → ভাষা → অঙ্ক → **লাতিন (123)** বেছে নিলে প্রতিটি সংখ্যা এর বদলে 0–9 দিয়ে লেখা হয় (ফার্সি বা বাংলায় `1,250.50` ও `11 آذر 1405`), তবে ভাষার শব্দ, মাসের নাম, লেখার দিক ও সপ্তাহ একই থাকে; **ভাষার নিজস্ব** বেছে নিলে ভাষার নিজের অঙ্ক ফিরে আসে। বাংলায় সময় 24-ঘণ্টার ঘড়িতে দেখানো হয় (২০:০৫)।</translation>
    </message>
    <message>
        <source>**Calendar:** Persian uses the Solar Hijri calendar, every other language the Gregorian one; Settings → Language → Calendar chooses either for any language. Dates in lists, on cards and in date fields are in it, and so are the reports&apos; periods: in Solar Hijri, &quot;This quarter&quot; on 11 Azar 1405 is Mehr to Azar (23 September to 21 December 2026), &quot;This year&quot; is Farvardin to Esfand, and the forecast&apos;s months are Solar Hijri months. Weeks start on your language&apos;s first day (Saturday for Persian), and the reminders&apos; calendar marks its weekend (Friday in Iran). Files (CSV, vCard, calendars) keep ISO dates.</source>
        <translation>**ক্যালেন্ডার:** ফার্সি সৌর হিজরি ক্যালেন্ডার ব্যবহার করে, অন্য সব ভাষা গ্রেগরীয় ক্যালেন্ডার; সেটিংস → ভাষা → ক্যালেন্ডার দিয়ে যেকোনো ভাষার জন্য এর যেকোনোটি বেছে নেওয়া যায়। তালিকা, কার্ড ও তারিখের ফিল্ডের তারিখ সেই ক্যালেন্ডারে দেখানো হয়, রিপোর্টের সময়কালও: সৌর হিজরিতে 11 আজার 1405 তারিখে “এই প্রান্তিক” মানে মেহের থেকে আজার (23 সেপ্টেম্বর থেকে 21 ডিসেম্বর 2026), “এই বছর” মানে ফারভারদিন থেকে এসফান্দ, আর পূর্বাভাসের মাসগুলো সৌর হিজরি মাস। সপ্তাহ শুরু হয় আপনার ভাষার প্রথম দিনে (ফার্সির জন্য শনিবার), আর রিমাইন্ডারের ক্যালেন্ডারে সেই ভাষার সাপ্তাহিক ছুটির দিন চিহ্নিত থাকে (ইরানে শুক্রবার)। ফাইলে (CSV, vCard, ক্যালেন্ডার) তারিখ ISO রূপেই থাকে।</translation>
    </message>
    <message>
        <source>**A new database** made in a language names its stages and lead sources in it (سرنخ جدید, تماس اولیه…); rename them in Settings like any other. A database keeps its names when opened in another language.</source>
        <translation>**নতুন ডেটাবেস** যে ভাষায় তৈরি হয়, তার ধাপ ও লিডের উৎসের নামও সেই ভাষায় হয় (বাংলায়: নতুন লিড, প্রাথমিক যোগাযোগ…); অন্য যেকোনো নামের মতো সেটিংসে এগুলোর নাম বদলানো যায়। অন্য ভাষায় খুললেও ডেটাবেসের নামগুলো একই থাকে।</translation>
    </message>
    <message>
        <source>**The demo database** is made in the window&apos;s language: in Persian a business in Tehran whose customers are mostly Iranian, named in Persian (بازرگانی کریمی), those abroad in Latin letters, with its notes, products, job titles and campaigns in Persian, its countries named in Persian (ایران, آلمان) and its money in rials; in Bengali one in Dhaka (taka), in Amharic one in Addis Ababa (birr), in German one in Germany and Austria (euros). Each language keeps its demo in a file of its own (`kontor-demo-fa.sqlite`).</source>
        <translation>**ডেমো ডেটাবেস** উইন্ডোর ভাষায় তৈরি হয়: ফার্সিতে তেহরানের একটি ব্যবসা, যার গ্রাহকেরা বেশিরভাগ ইরানি, নাম ফার্সিতে (بازرگانی کریمی), বিদেশিদের নাম লাতিন অক্ষরে, নোট, পণ্য, পদবি ও ক্যাম্পেইন ফার্সিতে, দেশের নাম ফার্সিতে (ایران, آلمان) এবং অর্থ রিয়ালে; বাংলায় ঢাকার একটি ব্যবসা (টাকা), আমহারিকে আদ্দিস আবাবার একটি (বির), জার্মানে জার্মানি ও অস্ট্রিয়ার একটি (ইউরো)। প্রতিটি ভাষার ডেমো আলাদা একটি ফাইলে থাকে (`kontor-demo-fa.sqlite`)।</translation>
    </message>
    <message>
        <source>**Typing in your script:** Persian, Arabic-Indic and Bengali digits are read as digits in amounts (`۳۱٬۸۹۰٫۵`), phone numbers and search (typing `۹۱۲` finds +98 912…). An imported birthday such as `1365/04/12` (or `۱۳۶۵/۰۴/۱۲`), with a year between 1200 and 1599, is read as a Solar Hijri date: 3 July 1986.</source>
        <translation>**নিজের লিপিতে টাইপ করা:** ফার্সি, আরবি-ভারতীয় ও বাংলা অঙ্ক পরিমাণে (`۳۱٬۸۹۰٫۵`), ফোন নম্বরে ও অনুসন্ধানে অঙ্ক হিসেবেই পড়া হয় (`۹۱۲` লিখলে +98 912… পাওয়া যায়)। `1365/04/12` (বা `۱۳۶۵/۰۴/۱۲`)-এর মতো ইমপোর্ট করা জন্মদিন, যার বছর 1200 থেকে 1599-এর মধ্যে, সৌর হিজরি তারিখ হিসেবে পড়া হয়: 3 জুলাই 1986।</translation>
    </message>
    <message>
        <source>**Search and duplicates** find a Persian name however it was typed: with the Arabic ي and ك of an Arabic keyboard or the Persian ی and ک, with or without the zero-width non-joiner, with or without vowel marks; this holds for contacts, companies and deal titles (Ctrl+K). Such names also sort together, and an imported company typed either way is one company. Tags are apart by a comma or semicolon, Latin or Persian (، ؛), in the contact dialog and in imports.</source>
        <translation>**অনুসন্ধান ও ডুপ্লিকেট** ফার্সি নাম যেভাবেই টাইপ করা হোক খুঁজে পায়: আরবি কীবোর্ডের আরবি ي ও ك দিয়ে বা ফার্সি ی ও ک দিয়ে, জিরো-উইডথ নন-জয়নারসহ বা ছাড়া, স্বরচিহ্নসহ বা ছাড়া; এটি পরিচিতি, কোম্পানি ও ডিলের শিরোনামের ক্ষেত্রে খাটে (Ctrl+K)। এমন নামগুলো সাজানোর সময়ও একসাথে থাকে, আর যেভাবেই টাইপ করা হোক, ইমপোর্ট করা কোম্পানি একটিই কোম্পানি হয়। ট্যাগ কমা বা সেমিকোলন দিয়ে আলাদা করা হয়, লাতিন বা ফার্সি (، ؛), পরিচিতির ডায়ালগে ও ইমপোর্টে।</translation>
    </message>
    <message>
        <source>**Reports on paper** (Reports → Export → All reports as PDF, and Print) read from the right in Persian: each table&apos;s names column on the right, the charts mirrored as on screen.</source>
        <translation>**কাগজে রিপোর্ট** (রিপোর্ট → এক্সপোর্ট → সব রিপোর্ট PDF হিসেবে, এবং প্রিন্ট) ফার্সিতে ডান থেকে পড়া হয়: প্রতিটি টেবিলের নামের কলাম ডানে, চার্টগুলো পর্দার মতোই উল্টানো।</translation>
    </message>
    <message>
        <source>Qt&apos;s own buttons and dialogs (OK, Cancel, the file dialog, the context menu of a text field) come in the same language: from Debian&apos;s `qt6-translations-l10n` for Persian and German, from Kontor itself for Bengali, Amharic and Esperanto.</source>
        <translation>Qt-এর নিজস্ব বোতাম ও ডায়ালগ (ঠিক আছে, বাতিল, ফাইল ডায়ালগ, টেক্সট ফিল্ডের কনটেক্সট মেনু) একই ভাষায় আসে: ফার্সি ও জার্মানের জন্য Debian-এর `qt6-translations-l10n` থেকে, বাংলা, আমহারিক ও এস্পেরান্তোর জন্য Kontor থেকেই।</translation>
    </message>
    <message>
        <source>`./run.sh` installs the fonts that draw these scripts well (Noto Sans Arabic, Bengali and Ethiopic, and Vazirmatn on Debian 13).</source>
        <translation>`./run.sh` এমন ফন্ট ইনস্টল করে যা এই লিপিগুলো সুন্দরভাবে দেখায় (Noto Sans Arabic, Bengali ও Ethiopic, এবং Debian 13-এ Vazirmatn)।</translation>
    </message>
    <message>
        <source>**Two programs at once** (the window and a script, two windows): one waits for the other. The window says in its status bar that it is waiting and waits up to 5 seconds; if the other is still writing, it says so and saves nothing, so that you can try again; the command line waits up to half a minute, saying once that it is waiting.</source>
        <translation>**একসাথে দুটি প্রোগ্রাম** (উইন্ডো ও একটি স্ক্রিপ্ট, বা দুটি উইন্ডো): একটি অন্যটির জন্য অপেক্ষা করে। উইন্ডো স্ট্যাটাস বারে জানায় যে সে অপেক্ষা করছে, আর সর্বোচ্চ 5 সেকেন্ড অপেক্ষা করে; অন্য প্রোগ্রামটি তখনও লিখতে থাকলে সেটি জানায় এবং কিছুই সংরক্ষণ করে না, যাতে আপনি আবার চেষ্টা করতে পারেন; কমান্ড লাইন সর্বোচ্চ আধা মিনিট অপেক্ষা করে, আর একবার জানিয়ে দেয় যে সে অপেক্ষা করছে।</translation>
    </message>
    <message>
        <source>**A damaged file** (a bad disk sector, a copy cut short): whenever Kontor opens a database it checks it in the background (SQLite&apos;s quick check; the day&apos;s first opening checks the daily backup&apos;s copy instead), and a damaged copy is never kept as a backup, so the backups made before the damage stay. When it finds damage, Kontor says so at once and offers three ways on: **Restore a Backup…** (choose the newest made before the trouble began; the list shows when each was made, and what going back to it would lose), **Save What Can Be Read…** (every row that can still be read is copied into a new file, damaged pages are skipped, the search and the reports are built again, and Kontor goes on in the new file; the damaged file is never changed), or **Read Only** (to look things up while nothing can be changed).</source>
        <translation>**ক্ষতিগ্রস্ত ফাইল** (ডিস্কের খারাপ সেক্টর, মাঝপথে থেমে যাওয়া কপি): Kontor যখনই কোনো ডেটাবেস খোলে, পেছনে সেটি পরীক্ষা করে (SQLite-এর দ্রুত পরীক্ষা; দিনের প্রথমবার খোলার সময় এর বদলে দৈনিক ব্যাকআপ তার কপি পরীক্ষা করে), আর ক্ষতিগ্রস্ত কপি কখনো ব্যাকআপ হিসেবে রাখা হয় না, তাই ক্ষতির আগের ব্যাকআপগুলো থেকে যায়। ক্ষতি পেলে Kontor সঙ্গে সঙ্গে জানায় এবং তিনটি পথ দেয়: **ব্যাকআপ ফিরিয়ে আনুন…** (সমস্যা শুরুর আগের সবচেয়ে নতুনটি বেছে নিন; তালিকায় কোনটি কখন তৈরি, আর সেটিতে ফিরে গেলে কী হারাবে, তা দেখা যায়), **যা পড়া যায় তা উদ্ধার করুন…** (এখনো পড়া যায় এমন প্রতিটি সারি একটি নতুন ফাইলে কপি হয়, ক্ষতিগ্রস্ত পাতা বাদ পড়ে, খোঁজ ও রিপোর্ট আবার তৈরি হয়, আর Kontor নতুন ফাইলে কাজ চালিয়ে যায়; ক্ষতিগ্রস্ত ফাইলটি কখনো বদলানো হয় না), অথবা **শুধু পড়ার জন্য** (কিছু না বদলে তথ্য দেখার জন্য)।</translation>
    </message>
    <message>
        <source>**Lead sources**: per source and campaign, the *leads* (contacts from the source created in the period), how many are now *qualified* (sales qualified, opportunities or customers), the *customers* (contacts with a deal from the source won in the period; a deal&apos;s own source counts, else its contact&apos;s), *conversion* (customers ÷ leads), *revenue* (those won deals&apos; amounts), *spend* (campaign spend falling in the period up to today: a campaign&apos;s spend is spread evenly over its days, so the month under way counts its days so far, and one without dates counts whole), *cost per lead* and *per customer*, and *ROI* ((revenue − spend) ÷ spend). Most revenue first; the chart sets revenue against spend (its axis in the currency&apos;s round steps), with each source&apos;s conversion and ROI beside its name. The line above names the best and the weakest source and what they were judged by: return on spend where two or more sources have spend recorded in the period, otherwise conversion and, between equals, revenue. Where no spend was recorded the table says &quot;none recorded&quot; and leaves the costs per lead and customer empty, rather than 0.00.</source>
        <translation>**লিডের উৎস**: প্রতিটি উৎস ও ক্যাম্পেইন অনুযায়ী *লিড* (সময়কালে তৈরি হওয়া, ওই উৎস থেকে আসা পরিচিতি), তাদের কতজন এখন *যোগ্য* (সেলস-যোগ্য, সুযোগ বা গ্রাহক), *গ্রাহক* (যেসব পরিচিতির ওই উৎসের কোনো ডিল সময়কালে জেতা হয়েছে; ডিলের নিজের উৎস থাকলে সেটিই গোনা হয়, না থাকলে তার পরিচিতির উৎস), *রূপান্তর* (গ্রাহক ÷ লিড), *আয়* (ওই জেতা ডিলগুলোর পরিমাণ), *খরচ* (সময়কালের মধ্যে আজ পর্যন্ত পড়া ক্যাম্পেইনের খরচ: একটি ক্যাম্পেইনের খরচ তার দিনগুলোর ওপর সমানভাবে ভাগ করা হয়, তাই চলতি মাসের এ পর্যন্ত যত দিন গেছে ততটুকুই গোনা হয়, আর তারিখ ছাড়া ক্যাম্পেইনের খরচ পুরোটাই গোনা হয়), *লিডপ্রতি খরচ* ও *গ্রাহকপ্রতি খরচ*, এবং *ROI* ((আয় − খরচ) ÷ খরচ)। সবচেয়ে বেশি আয় আগে; চার্টে আয় ও খরচ পাশাপাশি দেখানো হয় (এর অক্ষ মুদ্রার গোল ধাপে), প্রতিটি উৎসের নামের পাশে তার রূপান্তর ও ROI। ওপরের লাইনে সবচেয়ে ভালো ও সবচেয়ে দুর্বল উৎসের নাম থাকে, আর কীসের ভিত্তিতে বিচার করা হয়েছে তা-ও: সময়কালে দুই বা ততোধিক উৎসের খরচ লেখা থাকলে খরচের বিপরীতে আয়, নইলে রূপান্তর, আর সমান হলে আয়। কোনো খরচ লেখা না থাকলে টেবিলে “লেখা নেই” দেখায় এবং লিডপ্রতি ও গ্রাহকপ্রতি খরচ 0.00 না দেখিয়ে খালি রাখে।</translation>
    </message>
    <message>
        <source>**Housekeeping**: select several contacts and **Change Selected** to give them an owner, a stage or a tag; a mistake is one Ctrl+Z away; File → Archive… brings back what was archived; **Changes…** tells who changed what.</source>
        <translation>**গোছগাছ**: কয়েকটি পরিচিতি বেছে নিয়ে **নির্বাচিতগুলো বদলান** দিয়ে তাদের দায়িত্বপ্রাপ্ত, ধাপ বা ট্যাগ ঠিক করুন; ভুল হলে একবার Ctrl+Z চাপলেই আগের অবস্থায় ফেরে; ফাইল → আর্কাইভ… আর্কাইভ করা জিনিস ফিরিয়ে আনে; **পরিবর্তনসমূহ…** দেখায় কে কী বদলেছেন।</translation>
    </message>
    <message>
        <source>**New contact** (Ctrl+N) and **edit** (F2, or Enter on a row): names, company (type to pick one you have or to add a new one), job title, two emails, two phones, birthday, address, lifecycle stage, lead source, owner, tags, &quot;Stay in touch every&quot; and notes; your own fields on the &quot;More fields&quot; page. Anything invalid is explained in the dialog, and nothing is saved until it is fixed.</source>
        <translation>**নতুন পরিচিতি** (Ctrl+N) ও **সম্পাদনা** (F2, অথবা কোনো সারিতে Enter): নাম, কোম্পানি (আগে থেকে থাকা কোনোটি বেছে নিতে বা নতুন যোগ করতে টাইপ করুন), পদবি, দুটি ইমেইল, দুটি ফোন, জন্মদিন, ঠিকানা, জীবনচক্রের ধাপ, লিডের উৎস, দায়িত্বপ্রাপ্ত, ট্যাগ, “যোগাযোগ রাখার বিরতি” ও নোট; আপনার নিজস্ব ফিল্ড “আরও ফিল্ড” পাতায়। কোনো কিছু ভুল থাকলে ডায়ালগেই তা বুঝিয়ে বলা হয়, আর তা ঠিক না করা পর্যন্ত কিছুই সংরক্ষণ হয় না।</translation>
    </message>
    <message>
        <source>**Archive** (Delete): the contact leaves the list and search but keeps its history. To bring it back, choose &quot;Archived&quot; in the stage filter and press Delete again, or use File → Archive….</source>
        <translation>**আর্কাইভ** (Delete): পরিচিতিটি তালিকা ও অনুসন্ধান থেকে সরে যায়, কিন্তু এর ইতিহাস থেকে যায়। ফিরিয়ে আনতে ধাপ ফিল্টারে “আর্কাইভ করা” বেছে নিয়ে আবার Delete চাপুন, অথবা ফাইল → আর্কাইভ… ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>From lead to customer: the lifecycle</source>
        <translation>লিড থেকে গ্রাহক: জীবনচক্র</translation>
    </message>
    <message>
        <source>Every contact is at a stage of the buyer&apos;s journey: **Lead** (known, not yet qualified), **Marketing qualified** (MQL: fits and shows interest), **Sales qualified** (SQL: a salesperson confirmed need, budget and timing), **Opportunity** (has an open deal), **Customer** (a deal was won), or off the journey **Disqualified** (not a fit) and **Inactive**. Change it in the contact&apos;s dialog or with Change Selected. Moving a contact back a stage, or disqualifying it, asks why; the reason is kept. Every move is kept with its date, so Kontor knows when each stage was entered.</source>
        <translation>প্রতিটি পরিচিতি ক্রেতার যাত্রার কোনো একটি ধাপে থাকে: **লিড** (জানা আছে, তবে এখনো যোগ্য হিসেবে যাচাই হয়নি), **মার্কেটিং-যোগ্য** (MQL: উপযুক্ত এবং আগ্রহ দেখাচ্ছে), **সেলস-যোগ্য** (SQL: একজন বিক্রয়কর্মী প্রয়োজন, বাজেট ও সময় নিশ্চিত করেছেন), **সুযোগ** (একটি খোলা ডিল আছে), **গ্রাহক** (একটি ডিল জেতা হয়েছে), অথবা যাত্রার বাইরে **অযোগ্য** (উপযুক্ত নয়) ও **নিষ্ক্রিয়**। পরিচিতির ডায়ালগে বা “নির্বাচিতগুলো বদলান” দিয়ে এটি বদলানো যায়। কোনো পরিচিতিকে এক ধাপ পিছিয়ে নিলে বা অযোগ্য ঘোষণা করলে কারণ জিজ্ঞেস করা হয়; কারণটি রেখে দেওয়া হয়। প্রতিটি ধাপ বদল তারিখসহ রাখা হয়, তাই Kontor জানে কোন ধাপে কবে প্রবেশ করা হয়েছে।</translation>
    </message>
    <message>
        <source>Your own fields</source>
        <translation>আপনার নিজস্ব ফিল্ড</translation>
    </message>
    <message>
        <source>Every business tracks something Kontor has no field for: a budget, the industry, the decision maker. Add your own in **File → Settings… → Fields**, for contacts, companies or deals: text, long text, number, money (in a currency), date, checkbox, a choice, multiple choice, or a link to a contact or a company. Each has a name, a key (what files and scripts call it, such as `budget`) and may be required. **Add Qualification Fields** adds Budget, Need, Timeline, Decision maker, Authority, Competitors, Objections and Lead status in one go; they are ordinary fields afterwards.</source>
        <translation>প্রতিটি ব্যবসাই এমন কিছুর হিসাব রাখে, যার জন্য Kontor-এ কোনো ফিল্ড নেই: বাজেট, শিল্পখাত, সিদ্ধান্তগ্রহণকারী। **ফাইল → সেটিংস… → ফিল্ড**-এ পরিচিতি, কোম্পানি বা ডিলের জন্য নিজের ফিল্ড যোগ করুন: লেখা, দীর্ঘ লেখা, সংখ্যা, অর্থ (কোনো একটি মুদ্রায়), তারিখ, চেকবক্স, বিকল্প, একাধিক বিকল্প, অথবা কোনো পরিচিতি বা কোম্পানির লিংক। প্রতিটির একটি নাম ও একটি কী থাকে (ফাইল ও স্ক্রিপ্টে একে যে নামে ডাকা হয়, যেমন `budget`), আর এটি আবশ্যক হতে পারে। **যোগ্যতা যাচাইয়ের ফিল্ড যোগ করুন** একবারেই বাজেট, প্রয়োজন, সময়সীমা, সিদ্ধান্তগ্রহণকারী, সিদ্ধান্তের ক্ষমতা, প্রতিযোগী, আপত্তি ও লিডের অবস্থা যোগ করে; এরপর এগুলো সাধারণ ফিল্ডের মতোই।</translation>
    </message>
    <message>
        <source>**Change…** renames a field or its choices: renaming a choice renames it on every record that has it. Changing the type says first how many values cannot be converted (a word in a number field, say); the others are kept.</source>
        <translation>**পরিবর্তন করুন…** দিয়ে কোনো ফিল্ড বা এর বিকল্পগুলোর নাম বদলানো যায়: কোনো বিকল্পের নাম বদলালে যেসব রেকর্ডে সেটি আছে, সবগুলোতেই নাম বদলে যায়। ধরন বদলানোর সময় আগে জানানো হয় কতগুলো মান রূপান্তর করা যাবে না (যেমন সংখ্যার ফিল্ডে কোনো শব্দ); বাকিগুলো রাখা হয়।</translation>
    </message>
    <message>
        <source>**Archive** hides a field and keeps its values; **Restore** (with &quot;Show archived&quot;) brings it back with them. Adding, changing and archiving are undone with Ctrl+Z, and every value set is in the record&apos;s change history.</source>
        <translation>**আর্কাইভ করুন** ফিল্ডটি লুকিয়ে রাখে, কিন্তু এর মানগুলো রেখে দেয়; **পুনরুদ্ধার করুন** (“আর্কাইভ করা দেখান” চালু থাকলে) মানগুলোসহ এটি ফিরিয়ে আনে। যোগ করা, পরিবর্তন ও আর্কাইভ Ctrl+Z দিয়ে পূর্বাবস্থায় ফেরানো যায়, আর প্রতিটি মান দেওয়ার কথা রেকর্ডের পরিবর্তনের ইতিহাসে থাকে।</translation>
    </message>
    <message>
        <source>**Fields**: your own fields of contacts, companies and deals (see &quot;Your own fields&quot;).</source>
        <translation>**ফিল্ড**: পরিচিতি, কোম্পানি ও ডিলের জন্য আপনার নিজস্ব ফিল্ড (দেখুন “আপনার নিজস্ব ফিল্ড”)।</translation>
    </message>
    <message>
        <source>**Lifecycle**: the rules that move contacts along their lifecycle (see &quot;From lead to customer&quot;).</source>
        <translation>**জীবনচক্র**: যে নিয়মগুলো পরিচিতিদের তাদের জীবনচক্রে এগিয়ে নেয় (দেখুন “লিড থেকে গ্রাহক”)।</translation>
    </message>
    <message>
        <source>**Data health**: **Contact → Data Health…** counts the contacts that need a look: not contacted for N months (6 to start with; or never), without email and phone, with an email that is not one (no @, blanks, no dotted domain), with a phone number that is not valid (one that cannot be read, or a number that does not exist, such as +44 889 442828; the number typed is kept either way), without owner, without lead source. **Show on the Contacts Page** (or Enter on a row) lists exactly those on the Contacts page, where Ctrl+A and **Change Selected** set an owner, a stage or a tag, or archive them, all at once. The first check after an upgrade may read every phone number once, with a progress bar and Cancel.</source>
        <translation>**ডেটার মান**: **পরিচিতি → ডেটার মান…** গুনে দেখায় কোন পরিচিতিগুলো একবার দেখে নেওয়া দরকার: N মাস ধরে যোগাযোগ হয়নি (শুরুতে 6; অথবা কখনোই হয়নি), ইমেইল ও ফোন কোনোটিই নেই, এমন ইমেইল যা আসলে ইমেইল নয় (@ নেই, ফাঁকা জায়গা আছে, ডটসহ ডোমেইন নেই), সঠিক নয় এমন ফোন নম্বর (যা পড়া যায় না, অথবা এমন নম্বর যার অস্তিত্ব নেই, যেমন +44 889 442828; লেখা নম্বরটি দুই ক্ষেত্রেই রেখে দেওয়া হয়), দায়িত্বপ্রাপ্ত নেই, লিডের উৎস নেই। **পরিচিতি পাতায় দেখান** (অথবা কোনো সারিতে Enter) ঠিক সেই পরিচিতিগুলোকে “পরিচিতি” পাতায় দেখায়, যেখানে Ctrl+A ও **নির্বাচিতগুলো বদলান** দিয়ে একসাথে সবার দায়িত্বপ্রাপ্ত, ধাপ বা ট্যাগ ঠিক করা যায়, অথবা সবাইকে আর্কাইভ করা যায়। আপগ্রেডের পর প্রথম যাচাইয়ে প্রতিটি ফোন নম্বর একবার পড়া হতে পারে, অগ্রগতি বার ও বাতিল বোতামসহ।</translation>
    </message>
    <message>
        <source>**Importing and exporting**: a column headed by a field&apos;s key or name fills the field (the import wizard offers your fields too); a value that does not fit (a word in an amount) is kept in the notes with a warning. Exported contacts have a column per field, by key, after the built-in ones, and such a file comes back unchanged.</source>
        <translation>**ইমপোর্ট ও এক্সপোর্ট**: যে কলামের শিরোনাম কোনো ফিল্ডের কী বা নাম, সেটি ওই ফিল্ড পূরণ করে (ইমপোর্টে আপনার নিজস্ব ফিল্ডও দেখানো হয়); যে মান মেলে না (যেমন অর্থের ঘরে একটি শব্দ), তা সতর্কবার্তাসহ নোটে রাখা হয়। এক্সপোর্ট করা পরিচিতিতে অন্তর্নির্মিত ফিল্ডগুলোর পরে প্রতিটি ফিল্ডের জন্য একটি কলাম থাকে, শিরোনামে তার কী, আর এমন ফাইল অপরিবর্তিত অবস্থায় ফিরে আসে।</translation>
    </message>
    <message>
        <source>**In the list**: each contact field can be a column of the Contacts list (right-click the header), sorted by a click, and **More Filters…** filters by it; **Change Selected → Set Field…** sets it on many contacts at once.</source>
        <translation>**তালিকায়**: পরিচিতির প্রতিটি ফিল্ড “পরিচিতি” তালিকার একটি কলাম হতে পারে (শিরোনামে রাইট-ক্লিক করুন), এক ক্লিকে সেটি দিয়ে সাজানো যায়, আর **আরও ফিল্টার…** সেটি দিয়ে ফিল্টার করে; **নির্বাচিতগুলো বদলান → ফিল্ড নির্ধারণ করুন…** একসাথে অনেক পরিচিতিতে এর মান নির্ধারণ করে।</translation>
    </message>
    <message>
        <source>**Searchable**: tick &quot;The search finds its text&quot; for a contact&apos;s text or long text field, and the search box and Search everything (Ctrl+K) find a contact by a word of it, together with the name (`ada training`).</source>
        <translation>**অনুসন্ধানযোগ্য**: পরিচিতির লেখা বা দীর্ঘ লেখা ধরনের কোনো ফিল্ডে “অনুসন্ধানে এর লেখা খুঁজে পাওয়া যায়”-এ টিক দিন, তাহলে অনুসন্ধান বাক্স ও “সবকিছুতে খুঁজুন” (Ctrl+K) ওই ফিল্ডের কোনো শব্দ দিয়ে, নামের সাথে মিলিয়েও, পরিচিতিটি খুঁজে পায় (`ada training`)।</translation>
    </message>
    <message>
        <source>**Reports**: the box beside the salesperson on the Reports page narrows every report to one answer of a choice field (see &quot;Reports&quot;).</source>
        <translation>**রিপোর্ট**: “রিপোর্ট” পাতায় বিক্রয়কর্মীর পাশের বাক্সটি প্রতিটি রিপোর্টকে বিকল্প ধরনের কোনো ফিল্ডের একটি উত্তরে সীমিত করে (দেখুন “রিপোর্ট”)।</translation>
    </message>
    <message>
        <source>**Duplicates**: when two contacts are merged, each of your fields is a row to choose the value from.</source>
        <translation>**ডুপ্লিকেট**: দুটি পরিচিতি একত্র করার সময় আপনার প্রতিটি ফিল্ড একটি সারি হয়, যেখান থেকে মান বেছে নেওয়া যায়।</translation>
    </message>
    <message>
        <source>**Lifecycle**: per stage of the contacts&apos; lifecycle, the contacts that *entered* it in the period, how many *went on* to a later stage by now, the *conversion* (went on ÷ entered) and the *median days* it took (see &quot;From lead to customer&quot;). A row, or its &quot;Went on&quot;, lists the contacts behind it. **Show** above the chart groups the table by lead source or by salesperson: a row each, the contacts that entered each stage of the journey in the columns (the tooltip says how many went on), and Enter on a figure lists those contacts.</source>
        <translation>**জীবনচক্র**: পরিচিতিদের জীবনচক্রের প্রতিটি ধাপে, সময়কালে যে পরিচিতিরা তাতে *প্রবেশ করেছে*, তাদের কতজন এখন পর্যন্ত পরের কোনো ধাপে *এগিয়েছে*, *রূপান্তর* (এগিয়েছে ÷ প্রবেশ করেছে) এবং তাতে লাগা *মধ্যমা দিন* (দেখুন “লিড থেকে গ্রাহক”)। একটি সারি, বা তার “এগিয়েছে”, পেছনের পরিচিতিদের তালিকা দেখায়। চার্টের ওপরের **দেখান** টেবিলটিকে লিডের উৎস বা বিক্রয়কর্মী অনুযায়ী ভাগ করে: প্রতিটির জন্য একটি সারি, কলামগুলোতে যাত্রার প্রতিটি ধাপে প্রবেশ করা পরিচিতি (কতজন এগিয়েছে তা টুলটিপে বলা থাকে), আর কোনো সংখ্যার ওপর Enter চাপলে সেই পরিচিতিদের তালিকা দেখায়।</translation>
    </message>
    <message>
        <source>The fields are on the **More fields** page of the contact, company and deal dialogs, and the contact card lists the values a contact has. A required field must be filled before the record is saved. A link is picked like the contact of a deal: type part of a name and choose from the list (Down, then Enter); two companies of one name stay apart, and a name that several or none have asks you to pick.</source>
        <translation>ফিল্ডগুলো থাকে পরিচিতি, কোম্পানি ও ডিলের ডায়ালগের **আরও ফিল্ড** পাতায়, আর পরিচিতির কার্ডে দেখানো হয় পরিচিতিটির কোন ফিল্ডে কী মান আছে। আবশ্যক ফিল্ড পূরণ না করা পর্যন্ত রেকর্ড সংরক্ষণ করা যায় না। লিংক বেছে নেওয়া হয় ডিলের পরিচিতির মতোই: নামের একটি অংশ টাইপ করে তালিকা থেকে বেছে নিন (↓, তারপর Enter); একই নামের দুটি কোম্পানি আলাদাই থাকে, আর যে নাম একাধিকের আছে বা কারোরই নেই, সেটি লিখলে Kontor আপনাকে তালিকা থেকে বেছে নিতে বলে।</translation>
    </message>
    <message>
        <source>**Filters** above the list: stage (or the archive, or the customers of one RFM segment such as &quot;Customers: At risk&quot;, see Reports → Customers), owner, lead source, tag, &quot;no contact for&quot; 14 to 365 days (contacts never contacted included) and a data problem (see &quot;Duplicates and data health&quot;), combined with the search.</source>
        <translation>**ফিল্টার** তালিকার ওপরে: ধাপ (অথবা আর্কাইভ, অথবা কোনো একটি RFM সেগমেন্টের গ্রাহক, যেমন “গ্রাহক: ঝুঁকিতে”; দেখুন রিপোর্ট → গ্রাহক), দায়িত্বপ্রাপ্ত, লিডের উৎস, ট্যাগ, “… দিন ধরে কোনো যোগাযোগ নেই” 14 থেকে 365 দিন (যাদের সাথে কখনো যোগাযোগ হয়নি তারাও এর মধ্যে পড়ে) এবং ডেটার কোনো সমস্যা (দেখুন “ডুপ্লিকেট ও ডেটার মান”)—সবই খোঁজার সাথে মিলিয়ে কাজ করে।</translation>
    </message>
    <message>
        <source>**Columns**: Name, Company, Email, Phone, Status, Owner and Last contact to start with; right-click the list&apos;s header to choose the columns (Title, Lead source, Created and Segment too; Name always stays), and drag a header to reorder them. Segment is the customer&apos;s RFM segment (Reports → Customers), kept up to date a moment after a deal is won or changed and each new day; it sorts from Champions to Hibernating, contacts who bought nothing in two years last, and it shows by itself when you filter by a segment. The columns, their order and widths, the window and every divider are remembered for the next start. On a wide window the spare width goes to the name, company and email until you size a column yourself. Your own fields are columns too, under &quot;Your fields&quot; in that menu: numbers and amounts sort as numbers, dates as dates, a choice in the order of its choices, multiple choice by the first one chosen, a linked contact or company by its name. Sorted by one of your fields (except long text and links), the first screen of a very large list shows at once and the rest follows.</source>
        <translation>**কলাম**: শুরুতে থাকে নাম, কোম্পানি, ইমেইল, ফোন, অবস্থা, দায়িত্বপ্রাপ্ত ও শেষ যোগাযোগ; কোন কোন কলাম দেখাবেন তা বেছে নিতে তালিকার শিরোনামে রাইট-ক্লিক করুন (পদবি, লিডের উৎস, যোগ করার তারিখ ও সেগমেন্টও আছে; নাম সবসময় থাকে), আর ক্রম বদলাতে শিরোনাম টেনে সরান। সেগমেন্ট হলো গ্রাহকের RFM সেগমেন্ট (রিপোর্ট → গ্রাহক), কোনো ডিল জেতার বা বদলানোর একটু পরে এবং প্রতিটি নতুন দিনে হালনাগাদ হয়; এটি চ্যাম্পিয়ন থেকে শীতঘুমে পর্যন্ত সাজানো হয়, দুই বছরে কিছু না কেনা পরিচিতিরা থাকে সবার শেষে, আর কোনো সেগমেন্ট দিয়ে ফিল্টার করলে কলামটি নিজে থেকেই দেখা যায়। কলাম, তাদের ক্রম ও প্রস্থ, উইন্ডো এবং প্রতিটি বিভাজক পরের বার চালুর জন্য মনে রাখা হয়। চওড়া উইন্ডোতে বাড়তি জায়গা পায় নাম, কোম্পানি ও ইমেইল—যতক্ষণ না আপনি নিজে কোনো কলামের মাপ বদলান। আপনার নিজস্ব ফিল্ডগুলোও কলাম হতে পারে, ওই মেনুতে “আপনার ফিল্ড”-এর নিচে: সংখ্যা ও পরিমাণ সংখ্যা হিসেবে সাজানো হয়, তারিখ তারিখ হিসেবে, বিকল্প তার বিকল্পগুলোর ক্রমে, একাধিক বিকল্প প্রথম বেছে নেওয়া বিকল্প দিয়ে, আর লিংক করা পরিচিতি বা কোম্পানি তার নাম দিয়ে। আপনার কোনো একটি ফিল্ড (দীর্ঘ লেখা ও লিংক ছাড়া) অনুযায়ী সাজালে খুব বড় তালিকার প্রথম পর্দাটি সঙ্গে সঙ্গে দেখা যায়, বাকিটা পরে আসে।</translation>
    </message>
    <message>
        <source>**Export** (the Export button): the table on show as CSV (safe for spreadsheets: a cell a spreadsheet would run as a formula is kept as text; UTF-8 that Excel reads) or its chart as a PNG image at twice the size on screen; **All reports as PDF**: every report for the period and salesperson chosen, each starting a page with its summary, its chart (black on white whatever the screen&apos;s colours) and its whole table (long tables go on over the next pages, their header repeated), page numbers at the foot. The paper is A4, or Letter where the language&apos;s country uses it (United States, Canada, Mexico, the Philippines and a few more).</source>
        <translation>**এক্সপোর্ট** (এক্সপোর্ট বোতাম): দেখানো টেবিলটি CSV হিসেবে (স্প্রেডশিটের জন্য নিরাপদ: যে ঘরকে স্প্রেডশিট সূত্র হিসেবে চালাত, তা টেক্সট হিসেবে রাখা হয়; Excel পড়তে পারে এমন UTF-8) অথবা এর চার্টটি পর্দার দ্বিগুণ আকারের PNG ছবি হিসেবে; **সব রিপোর্ট PDF হিসেবে**: বেছে নেওয়া সময়কাল ও বিক্রয়কর্মীর সব রিপোর্ট, প্রতিটি নতুন পাতায় শুরু হয়—তার সারসংক্ষেপ, চার্ট (পর্দার রং যা-ই হোক, সাদার ওপর কালো) ও পুরো টেবিলসহ (লম্বা টেবিল পরের পাতাগুলোতে চলতে থাকে, শিরোনাম আবার দেখিয়ে), পাতার নিচে পাতা নম্বর। কাগজের মাপ A4, তবে ভাষার দেশে Letter চললে Letter (যুক্তরাষ্ট্র, কানাডা, মেক্সিকো, ফিলিপাইন ও আরও কয়েকটি দেশ)।</translation>
    </message>
    <message>
        <source>**What is on it**: reminders that are overdue or due today, meetings of today and tomorrow, birthdays of the coming week, contacts you are losing touch with, who to call next, and stale deals (open deals that have been in their stage longer than the stage allows, the longest overdue first).</source>
        <translation>**এতে যা থাকে**: বিলম্বিত ও আজ করণীয় রিমাইন্ডার, আজ ও আগামীকালের মিটিং, সামনের সপ্তাহের জন্মদিন, যেসব পরিচিতির সাথে যোগাযোগ কমে যাচ্ছে, এরপর কাকে কল করবেন, এবং থেমে থাকা ডিল (যেসব খোলা ডিল তাদের ধাপে নির্ধারিত সীমার চেয়ে বেশি দিন পড়ে আছে; সবচেয়ে বেশি দেরি হওয়াটি আগে)।</translation>
    </message>
    <message>
        <source>**Customers** (RFM: recency, frequency, monetary): who buys, how often and how lately, to see whom to keep and whom to win back. *Customers* are the contacts (not archived) with at least one deal won in the two years up to the period&apos;s last day (today while the period runs): from the day after the same date two years before, to that day. Only deals in the database&apos;s default currency count; a won deal in another currency is left out (the line above says how many). *Recency* is the days from the last won deal&apos;s close to that day, *frequency* the won deals in the two years, *monetary* their sum. Each is scored 1 to 5 as ⌈5 × cume_dist⌉: for frequency and monetary, cume_dist is the share of customers whose value is at most theirs; for recency, the share whose last won deal is as old as theirs or older. So the most recent, most frequent and biggest score 5, and customers with the same value share a score (when more than a fifth of the customers bought once, none has F 1). The segments come from R and F: R 5 F 1 *New customers*; R 4–5 F 2–3 *Potential loyalists*; R 5 F 4–5 *Champions*; R 4 F 1 *Promising*; R 3–4 F 4–5 *Loyal*; R 3 F 1–2 *About to sleep*; R 3 F 3 *Need attention*; R 1–2 F 1–2 *Hibernating*; R 1–2 F 3–4 *At risk*; R 1–2 F 5 *Can&apos;t lose them*. The table lists each segment&apos;s customers and revenue with their shares and its scores; **Show → Recency by frequency** turns it into the 5 × 5 grid (R 5 on top, F 1 on the left), each place with its customers and what they brought, the segment in its tooltip. Enter on a segment or a place of the grid, or a click on a bar, lists its customers. The salesperson and the choice field narrow it like the other reports (the customers are then scored among themselves).</source>
        <translation>**গ্রাহক** (RFM: সাম্প্রতিকতা, পুনরাবৃত্তি, আর্থিক মূল্য): কে কেনেন, কত ঘন ঘন আর কত সম্প্রতি—যাতে বোঝা যায় কাকে ধরে রাখতে হবে আর কাকে ফিরিয়ে আনতে হবে। *গ্রাহক* হলো সেই পরিচিতিরা (আর্কাইভ করা নয়), সময়কালের শেষ দিন পর্যন্ত দুই বছরে (সময়কাল চলমান থাকলে আজ পর্যন্ত) যাদের অন্তত একটি ডিল জেতা হয়েছে: দুই বছর আগের একই তারিখের পরের দিন থেকে সেই দিন পর্যন্ত। শুধু ডেটাবেসের ডিফল্ট মুদ্রার ডিল গোনা হয়; অন্য মুদ্রার জেতা ডিল বাদ দেওয়া হয় (ওপরের লাইনে বলা থাকে কয়টি)। *সাম্প্রতিকতা* হলো শেষ জেতা ডিলের সমাপ্তি থেকে সেই দিন পর্যন্ত দিনের সংখ্যা, *পুনরাবৃত্তি* দুই বছরে জেতা ডিলের সংখ্যা, *আর্থিক মূল্য* সেগুলোর যোগফল। প্রতিটিকে ⌈5 × cume_dist⌉ হিসেবে 1 থেকে 5 স্কোর দেওয়া হয়: পুনরাবৃত্তি ও আর্থিক মূল্যের ক্ষেত্রে cume_dist হলো সেই গ্রাহকদের অংশ, যাদের মান এই গ্রাহকের মানের সমান বা কম; সাম্প্রতিকতার ক্ষেত্রে, যাদের শেষ জেতা ডিল এই গ্রাহকের শেষ জেতা ডিলের সমান পুরোনো বা আরও পুরোনো, তাদের অংশ। তাই সবচেয়ে সাম্প্রতিক, সবচেয়ে ঘন ঘন কেনা ও সবচেয়ে বড় গ্রাহকেরা 5 পান, আর একই মানের গ্রাহকেরা একই স্কোর পান (গ্রাহকদের এক-পঞ্চমাংশের বেশি একবার কিনে থাকলে কেউই F 1 পান না)। সেগমেন্ট আসে R ও F থেকে: R 5 F 1 *নতুন গ্রাহক*; R 4–5 F 2–3 *সম্ভাব্য অনুগত*; R 5 F 4–5 *চ্যাম্পিয়ন*; R 4 F 1 *সম্ভাবনাময়*; R 3–4 F 4–5 *অনুগত*; R 3 F 1–2 *ঘুমিয়ে পড়ার পথে*; R 3 F 3 *মনোযোগ দরকার*; R 1–2 F 1–2 *শীতঘুমে*; R 1–2 F 3–4 *ঝুঁকিতে*; R 1–2 F 5 *হারানো যাবে না*। টেবিলে প্রতিটি সেগমেন্টের গ্রাহক ও আয়, সেগুলোর অংশ এবং সেগমেন্টের স্কোর দেখানো হয়; **দেখান → সাম্প্রতিকতা ও পুনরাবৃত্তির গ্রিড** এটিকে 5 × 5 গ্রিডে পরিণত করে (R 5 ওপরে, F 1 বাঁয়ে), প্রতিটি ঘরে তার গ্রাহক ও তারা যা এনেছেন, আর টুলটিপে সেগমেন্ট। কোনো সেগমেন্ট বা গ্রিডের কোনো ঘরে Enter চাপলে, অথবা কোনো বারে ক্লিক করলে, তার গ্রাহকদের তালিকা দেখায়। বিক্রয়কর্মী ও বিকল্প ফিল্ড অন্য রিপোর্টের মতো এটিকেও সীমিত করে (তখন গ্রাহকদের নিজেদের মধ্যেই স্কোর দেওয়া হয়)।</translation>
    </message>
    <message>
        <source>Lead scores</source>
        <translation>লিড স্কোর</translation>
    </message>
    <message>
        <source>**The Score column** (right-click the list&apos;s header) shows and sorts it; **More Filters… → Lead score** narrows the list (&quot;at least 50&quot;). The card says which rules gave the points (&quot;Lead score 63 (Decision maker +20, Germany +10, Successful meeting +25, Answered call +7.5)&quot;).</source>
        <translation>**স্কোর কলাম** (তালিকার শিরোনামে রাইট-ক্লিক করুন) এটি দেখায় এবং এটি দিয়ে সাজায়; **আরও ফিল্টার… → লিড স্কোর** তালিকাটি ছেঁটে ছোট করে (“কমপক্ষে 50”)। কোন নিয়মগুলো পয়েন্ট দিয়েছে তা কার্ডে বলা থাকে (“লিড স্কোর 63 (সিদ্ধান্তগ্রহণকারী +20, জার্মানি +10, সফল মিটিং +25, রিসিভ করা কল +7.5)”)।</translation>
    </message>
    <message>
        <source>**Kept up to date**: a contact added or changed, a call or meeting logged, is scored again at once, also when a script does it; an import, a merge or an undo has everyone scored again in the background, and so does each new day (engagement fades) and each opening of the database.</source>
        <translation>**সবসময় হালনাগাদ**: কোনো পরিচিতি যোগ বা পরিবর্তন করলে, অথবা তার কোনো কল বা মিটিং লিখে রাখলে, এমনকি কাজটি কোনো স্ক্রিপ্ট করলেও, তার স্কোর সঙ্গে সঙ্গে আবার হিসাব হয়; ইমপোর্ট, একত্র করা বা পূর্বাবস্থায় ফেরানোর পর সবার স্কোর ব্যাকগ্রাউন্ডে আবার হিসাব হয়, তেমনই হয় প্রতিটি নতুন দিনে (সম্পৃক্ততা ফিকে হয়) এবং প্রতিবার ডেটাবেস খোলার সময়।</translation>
    </message>
    <message>
        <source>**Who to call next**: up to ten people, each with why, customers and leads taking turns. Customers slipping away: those in the RFM segments &quot;Can&apos;t lose them&quot; and &quot;At risk&quot; (see Reports → Customers) whom nobody has called, met or written to for 30 days, &quot;Can&apos;t lose them&quot; first, then those who bought most (&quot;Can&apos;t lose them · Ada Lovelace — 5 orders, the last on 08/01/2026, 5,000.00 EUR in all; never contacted&quot;). Leads: leads and marketing or sales qualified contacts with a lead score above 0 and no next step (no open reminder, no meeting ahead), not yet contacted today, best score first, with the rules that gave the most points (&quot;MQL · Bea Nakamura — score 63: Successful meeting +25, Decision maker +15, Answered call +10; no contact for 12 days&quot;). Enter opens the contact; once you log the call (Ctrl+L) they leave the list.</source>
        <translation>**এরপর কাকে কল করবেন**: সর্বোচ্চ দশজন, প্রত্যেকের পাশে কারণসহ, গ্রাহক ও লিড পালা করে। হাতছাড়া হতে চলা গ্রাহক: RFM সেগমেন্ট “হারানো যাবে না” ও “ঝুঁকিতে”-এর (দেখুন রিপোর্ট → গ্রাহক) সেইসব গ্রাহক, 30 দিন ধরে যাদের কেউ কল করেননি, যাদের সাথে কেউ দেখা করেননি বা যাদের কেউ লেখেননি; আগে “হারানো যাবে না”, তারপর যারা সবচেয়ে বেশি কিনেছেন (“হারানো যাবে না · Ada Lovelace — 5টি অর্ডার, শেষটি 08/01/2026 তারিখে, মোট 5,000.00 EUR; কখনো যোগাযোগ হয়নি”)। লিড: লিড এবং মার্কেটিং-যোগ্য বা সেলস-যোগ্য পরিচিতি, যাদের লিড স্কোর 0-এর বেশি এবং কোনো পরবর্তী করণীয় নেই (খোলা কোনো রিমাইন্ডার নেই, সামনে কোনো মিটিং নেই), আর আজ এখনো যাদের সাথে যোগাযোগ হয়নি; সবচেয়ে ভালো স্কোর আগে, সবচেয়ে বেশি পয়েন্ট দেওয়া নিয়মগুলোসহ (“MQL · Bea Nakamura — স্কোর 63: সফল মিটিং +25, সিদ্ধান্তগ্রহণকারী +15, রিসিভ করা কল +10; 12 দিন ধরে কোনো যোগাযোগ নেই”)। Enter চাপলে পরিচিতি খোলে; কলটি লিখে রাখলেই (Ctrl+L) তারা তালিকা থেকে সরে যান।</translation>
    </message>
    <message>
        <source>Kontor also moves contacts forward by itself, and the history says which rule did it: a meeting booked makes a lead sales qualified, a deal makes it an opportunity, a won deal a customer. In **File → Settings… → Lifecycle** each rule can be turned off, and you choose the fields whose filling makes a lead marketing or sales qualified (your qualification fields, say); on the **Lead scoring** tab, the lead score at which a lead becomes marketing qualified (see below). A rule never moves anyone back; a deal also brings back a disqualified or inactive contact. Older databases keep their contacts: &quot;qualified&quot; became Sales qualified and &quot;lost&quot; Disqualified.</source>
        <translation>Kontor নিজে থেকেও পরিচিতিদের এগিয়ে নেয়, আর কোন নিয়মে তা হয়েছে ইতিহাসে লেখা থাকে: মিটিং ঠিক হলে লিড সেলস-যোগ্য হয়, ডিল হলে সুযোগ, আর ডিল জেতা হলে গ্রাহক। **ফাইল → সেটিংস… → জীবনচক্র**-এ প্রতিটি নিয়ম বন্ধ করা যায়, আর সেখানে আপনি সেই ফিল্ডগুলো বেছে নেন যেগুলো পূরণ হলে লিড মার্কেটিং-যোগ্য বা সেলস-যোগ্য হয় (যেমন আপনার যোগ্যতা যাচাইয়ের ফিল্ড); **লিড স্কোরিং** ট্যাবে বেছে নেন কোন লিড স্কোরে একটি লিড মার্কেটিং-যোগ্য হয় (নিচে দেখুন)। কোনো নিয়ম কাউকে কখনো পিছিয়ে নেয় না; একটি ডিল অযোগ্য বা নিষ্ক্রিয় পরিচিতিকেও ফিরিয়ে আনে। পুরোনো ডেটাবেসের পরিচিতিরা থেকে যায়: “যোগ্য” হয়েছে সেলস-যোগ্য, আর “হারানো” হয়েছে অযোগ্য।</translation>
    </message>
    <message>
        <source>**The rules** are in **File → Settings… → Lead scoring**, fit rules above engagement rules, each with what it counts and its points. **Add Starter Rules** puts in a set to begin with (decision makers, reachable contacts, meetings, answered calls, emails, complaints; a new database has none, the demo has them). **Add Fit Rule…** asks for a field, a comparison and a value (title contains &quot;director&quot;, country is &quot;Germany&quot;, a choice field is one of its options, a number at least 50) and the points; **Add Engagement Rule…** for the kind and outcome of interactions, whether they count once if there was one in the last N days or each one with points halving every N days, and the points. A rule without a name is named after what it counts. Double-click (or Enter) changes a rule, the tick box switches it off without losing it, Move Up and Move Down order it within its group, Delete removes it. Each change is saved at once, and Ctrl+Z in the window takes it back; everyone is scored again in the background a moment later. **Rescore Everyone…** does it now, with progress and Cancel (a stop leaves every score as it was).</source>
        <translation>**নিয়মগুলো** থাকে **ফাইল → সেটিংস… → লিড স্কোরিং**-এ, উপযুক্ততার নিয়মগুলো সম্পৃক্ততার নিয়মগুলোর ওপরে, প্রতিটির পাশে সেটি কী গোনে ও তার পয়েন্ট। **শুরুর নিয়ম যোগ করুন** শুরু করার জন্য একটি সেট যোগ করে (সিদ্ধান্তগ্রহণকারী, যোগাযোগ করা যায় এমন পরিচিতি, মিটিং, রিসিভ করা কল, ইমেইল, অভিযোগ; নতুন ডেটাবেসে কোনো নিয়ম থাকে না, ডেমোতে থাকে)। **উপযুক্ততার নিয়ম যোগ করুন…** একটি ফিল্ড, একটি তুলনা ও একটি মান চায় (পদবিতে “director” আছে, দেশ “জার্মানি”, কোনো বিকল্প ফিল্ড তার বিকল্পগুলোর একটি, কোনো সংখ্যা কমপক্ষে 50), সাথে পয়েন্ট; **সম্পৃক্ততার নিয়ম যোগ করুন…** চায় যোগাযোগের ধরন ও ফলাফল, সেগুলো একবার গোনা হবে—যদি গত N দিনে এমন একটি হয়ে থাকে—নাকি প্রতিটি আলাদাভাবে, প্রতি N দিনে পয়েন্ট অর্ধেক হয়ে, সাথে পয়েন্ট। নাম ছাড়া কোনো নিয়মের নাম হয় সেটি যা গোনে তা অনুযায়ী। ডাবল-ক্লিক (বা Enter) দিয়ে নিয়ম বদলানো যায়, টিক বাক্স দিয়ে নিয়মটি না হারিয়েই বন্ধ করা যায়, ওপরে সরান ও নিচে সরান দিয়ে তার দলের মধ্যে ক্রম ঠিক করা যায়, আর Delete দিয়ে মুছে ফেলা যায়। প্রতিটি পরিবর্তন সঙ্গে সঙ্গে সংরক্ষণ হয়, আর উইন্ডোতে Ctrl+Z চাপলে তা ফিরে যায়; একটু পরে ব্যাকগ্রাউন্ডে সবার স্কোর আবার হিসাব হয়। **সবার স্কোর আবার হিসাব করুন…** এখনই তা করে, অগ্রগতি ও বাতিল বোতামসহ (থামালে প্রতিটি স্কোর আগের মতোই থাকে)।</translation>
    </message>
    <message>
        <source>**To MQL at a score**: on the same tab, &quot;A lead becomes marketing qualified at score&quot; (never, or 1 to 100). A lead whose score reaches it moves to Marketing qualified at once, and its history names the rule (&quot;the lead score reached the threshold&quot;); when you lower the threshold, the leads already above it move together, as one step that Ctrl+Z takes back. Only leads move, and only forward.</source>
        <translation>**স্কোর অনুযায়ী MQL**: একই ট্যাবে, “যে স্কোরে লিড মার্কেটিং-যোগ্য হয়” (কখনো নয়, অথবা 1 থেকে 100)। যে লিডের স্কোর এতে পৌঁছায়, সেটি সঙ্গে সঙ্গে মার্কেটিং-যোগ্য ধাপে চলে যায়, আর তার ইতিহাসে নিয়মটির নাম থাকে (“লিড স্কোর নির্ধারিত সীমায় পৌঁছেছে”); সীমাটি কমালে যেসব লিড আগে থেকেই এর ওপরে আছে, তারা একসাথে সরে যায়—একটি ধাপ হিসেবে, যা Ctrl+Z দিয়ে ফিরিয়ে নেওয়া যায়। শুধু লিডই সরে, এবং শুধু সামনের দিকে।</translation>
    </message>
    <message>
        <source>**More Filters…** filters by any of your own fields, by title, city, region, postal code, date added, last contact, lead score and territory, and by the contact&apos;s company&apos;s industry and fields (&quot;Employees (company)&quot;): a number or an amount between two values, at least or at most; a date on, on or after, on or before, or between two; a choice that is any (or none) of the ones you tick; text that contains, is or is not a word; and any field empty or not. Numbers and dates are typed as everywhere else in Kontor. Each filter becomes a button under the others (&quot;Budget from 1,000.00 EUR to 20,000.00 EUR ×&quot;): a click removes it. All filters hold at once.</source>
        <translation>**আরও ফিল্টার…** ফিল্টার করে আপনার যেকোনো নিজস্ব ফিল্ড দিয়ে; পদবি, শহর, অঞ্চল, পোস্ট কোড, যোগ করার তারিখ, শেষ যোগাযোগ, লিড স্কোর ও এলাকা দিয়ে; এবং পরিচিতির কোম্পানির শিল্পখাত ও ফিল্ড দিয়ে (“কর্মীসংখ্যা (কোম্পানি)”): কোনো সংখ্যা বা পরিমাণ দুটি মানের মধ্যে, কমপক্ষে বা সর্বোচ্চ; কোনো তারিখ নির্দিষ্ট দিনে, সেই দিনে বা পরে, সেই দিনে বা আগে, অথবা দুটি তারিখের মধ্যে; কোনো বিকল্প, যা আপনার টিক দেওয়া বিকল্পগুলোর যেকোনোটি (বা কোনোটিই নয়); লেখা, যাতে একটি শব্দ আছে, যা ঠিক সেই শব্দ, বা সেই শব্দ নয়; এবং যেকোনো ফিল্ড খালি বা খালি নয়। সংখ্যা ও তারিখ Kontor-এর অন্য সব জায়গার মতোই লেখা হয়। প্রতিটি ফিল্টার অন্যগুলোর নিচে একটি বোতাম হয়ে যায় (“বাজেট 1,000.00 EUR থেকে 20,000.00 EUR ×”): তাতে ক্লিক করলে ফিল্টারটি সরে যায়। সব ফিল্টার একসাথে প্রযোজ্য হয়।</translation>
    </message>
    <message>
        <source>A lead score (0 to 100) puts the best chances first. It adds up the points of **scoring rules** in two groups: **fit**, who the contact is (a condition on a field, built-in or your own, or on a field of the contact&apos;s company, such as its industry or a company field of your own for its size: title contains &quot;director&quot; +15, country is &quot;Germany&quot; +10, no phone −5, Employees (company) at least 50 +10, territory is &quot;North&quot; +5), and **engagement**, what they did lately (interactions of a kind and outcome: a successful meeting in the last 30 days +25 once, or each answered call +10, halved for every 14 days since it, so that old interest fades; a complaint can take points away). The sum is rounded and kept between 0 and 100; archived interactions count nothing, and a fading rule stops counting after ten halvings.</source>
        <translation>লিড স্কোর (0 থেকে 100) সবচেয়ে ভালো সম্ভাবনাগুলোকে আগে রাখে। এটি দুই দলের **স্কোরিং নিয়ম**-এর পয়েন্ট যোগ করে: **উপযুক্ততা**, অর্থাৎ পরিচিতিটি কে (কোনো ফিল্ডের ওপর একটি শর্ত—অন্তর্নির্মিত বা আপনার নিজস্ব—অথবা পরিচিতির কোম্পানির কোনো ফিল্ডের ওপর, যেমন তার শিল্পখাত, বা কোম্পানির আকার বোঝাতে আপনার নিজস্ব কোনো কোম্পানি-ফিল্ড: পদবিতে “director” আছে +15, দেশ “জার্মানি” +10, ফোন নেই −5, কর্মীসংখ্যা (কোম্পানি) কমপক্ষে 50 +10, এলাকা “উত্তর” +5), এবং **সম্পৃক্ততা**, অর্থাৎ তারা সম্প্রতি কী করেছেন (নির্দিষ্ট ধরন ও ফলাফলের যোগাযোগ: গত 30 দিনে একটি সফল মিটিং হলে একবার +25, অথবা প্রতিটি রিসিভ করা কলের জন্য +10, যা কলের পর প্রতি 14 দিনে অর্ধেক হয়, যাতে পুরোনো আগ্রহ ফিকে হয়ে যায়; কোনো অভিযোগ পয়েন্ট কমিয়েও দিতে পারে)। যোগফল রাউন্ড করে 0 থেকে 100-এর মধ্যে রাখা হয়; আর্কাইভ করা যোগাযোগ কিছুই যোগ করে না, আর ক্রমে ফিকে হওয়া কোনো নিয়ম দশবার অর্ধেক হওয়ার পর আর গোনা হয় না।</translation>
    </message>
    <message>
        <source>Sales territories</source>
        <translation>বিক্রয় এলাকা</translation>
    </message>
    <message>
        <source>A territory gathers the contacts and companies of an area, so that you can see, filter and later assign them by it. Make them in **File → Settings… → Territories** (Alt+E there): **Add Territory…** asks for a name and, each list separated by commas, the **countries** it lies in, and within them **regions** and **postal codes**: a beginning (&quot;10&quot; holds 10115 and 10999) or a range (&quot;20000–29999&quot;, also typed 20000..29999). A contact or company is in a territory when its country is one of its countries (or it names none) and its region or postal code is one of its own (or it names none); countries and regions compare without regard to case, postal codes without case and spaces. When territories overlap, the first in the list has the address: put &quot;Berlin&quot; before &quot;Germany&quot;. As you type, the dialog says how many contacts and companies have an address in it. Double-click (or Enter) changes one, Move Up and Move Down order them, Delete removes one; each change is one step that Ctrl+Z takes back.</source>
        <translation>একটি এলাকা কোনো নির্দিষ্ট ভৌগোলিক অংশের পরিচিতি ও কোম্পানিগুলোকে একসাথে রাখে, যাতে এলাকা ধরে আপনি তাদের দেখতে, ফিল্টার করতে এবং পরে তাদের দায়িত্ব ভাগ করে দিতে পারেন। এলাকা তৈরি করুন **ফাইল → সেটিংস… → এলাকা**-এ (সেখানে Alt+E): **এলাকা যোগ করুন…** একটি নাম চায়, আর—প্রতিটি তালিকা কমা দিয়ে আলাদা করে—যে **দেশগুলোতে** এলাকাটি পড়ে, এবং সেগুলোর মধ্যে **অঞ্চল** ও **পোস্ট কোড**: কোডের শুরুর অংশ (“10”-এর মধ্যে পড়ে 10115 ও 10999) অথবা একটি পরিসর (“20000–29999”, 20000..29999 হিসেবেও লেখা যায়)। কোনো পরিচিতি বা কোম্পানি একটি এলাকায় পড়ে, যখন তার দেশ এলাকাটির দেশগুলোর একটি (অথবা এলাকাটিতে কোনো দেশ দেওয়া নেই) এবং তার অঞ্চল বা পোস্ট কোড এলাকাটির নিজের অঞ্চল বা পোস্ট কোডগুলোর একটি (অথবা এলাকাটিতে এগুলোর কোনোটিই দেওয়া নেই); দেশ ও অঞ্চল মেলানোর সময় বড়-ছোট হাতের অক্ষর দেখা হয় না, আর পোস্ট কোড মেলানোর সময় বড়-ছোট হাতের অক্ষর ও স্পেস দেখা হয় না। এলাকাগুলো একটি আরেকটির ওপর পড়লে ঠিকানাটি তালিকার প্রথম এলাকার হয়: তাই “বার্লিন”-কে “জার্মানি”-র আগে রাখুন। আপনি লেখার সাথে সাথে ডায়ালগ জানায় কতগুলো পরিচিতি ও কোম্পানির ঠিকানা এই এলাকায় পড়ে। ডাবল-ক্লিক (বা Enter) দিয়ে কোনো এলাকা বদলানো যায়, ওপরে সরান ও নিচে সরান দিয়ে এলাকাগুলোর ক্রম ঠিক করা যায়, আর Delete দিয়ে কোনো এলাকা মুছে ফেলা যায়; প্রতিটি পরিবর্তন একটি ধাপ, যা Ctrl+Z দিয়ে ফিরিয়ে নেওয়া যায়।</translation>
    </message>
    <message>
        <source>**On the Contacts list**: the **Territory** column (right-click the header) names each contact&apos;s territory, worked out from the address as it is now; **More Filters… → Territory** narrows the list to one or more of them (or to those in none: &quot;is empty&quot;).</source>
        <translation>**“পরিচিতি” তালিকায়**: **এলাকা** কলাম (শিরোনামে রাইট-ক্লিক করুন) প্রতিটি পরিচিতির এলাকার নাম দেখায়, যা ঠিকানাটি এখন যেমন আছে তা থেকে হিসাব করা হয়; **আরও ফিল্টার… → এলাকা** তালিকাটিকে এক বা একাধিক এলাকায় সীমিত করে (অথবা যারা কোনো এলাকায় নেই শুধু তাদের মধ্যে: “খালি”)।</translation>
    </message>
    <message>
        <source>**In lead scoring**: a fit rule can ask for a territory (&quot;Territory is one of North&quot;).</source>
        <translation>**লিড স্কোরিংয়ে**: একটি উপযুক্ততার নিয়ম শর্ত হিসেবে এলাকা চাইতে পারে (“এলাকা উত্তর-এর যেকোনো একটি”)।</translation>
    </message>
    <message>
        <source>Contacts without an address of their own are in no territory (their company&apos;s address does not count for them).</source>
        <translation>যেসব পরিচিতির নিজস্ব কোনো ঠিকানা নেই, তারা কোনো এলাকায় পড়ে না (তাদের কোম্পানির ঠিকানা তাদের ক্ষেত্রে গোনা হয় না)।</translation>
    </message>
    <message>
        <source>**On the Companies page**: a Territory column, and beside the search a choice of territory that lists its companies by name, branches among them (&quot;In no territory&quot;: those in none; &quot;All territories&quot;: the tree again). Both show once there are territories.</source>
        <translation>**“কোম্পানি” পাতায়**: একটি “এলাকা” কলাম, আর খোঁজার বাক্সের পাশে এলাকা বেছে নেওয়ার ব্যবস্থা, যা সেই এলাকার কোম্পানিগুলোকে নাম অনুযায়ী তালিকায় দেখায়, শাখাগুলোও তার মধ্যে থাকে (“কোনো এলাকায় নেই”: যেগুলো কোনো এলাকায় পড়ে না; “সব এলাকা”: আবার গাছের মতো করে)। কোনো এলাকা থাকলে তবেই দুটো দেখা যায়।</translation>
    </message>
    <message>
        <source>Select with Shift or Ctrl (or Ctrl+A), then **Change Selected** above the list (or the list&apos;s context menu): set the owner, give them owners by the assignment rules (**Apply Assignment Rules…**, see &quot;Who gets a new contact&quot;), set the stage, add a tag, set one of your own fields (**Set Field…**: the field, then its value in the editor of its type; left empty, it empties the field), or archive them, in one step that Ctrl+Z takes back. One change takes at most 5,000 contacts; the filters narrow the list.</source>
        <translation>Shift বা Ctrl দিয়ে (অথবা Ctrl+A) বেছে নিন, তারপর তালিকার ওপরে **নির্বাচিতগুলো বদলান** (অথবা তালিকার কনটেক্সট মেনু): দায়িত্বপ্রাপ্ত নির্ধারণ, দায়িত্ব বণ্টনের নিয়ম অনুযায়ী দায়িত্বপ্রাপ্ত দেওয়া (**দায়িত্ব বণ্টনের নিয়ম প্রয়োগ করুন…**, দেখুন “নতুন পরিচিতি কে পান”), ধাপ নির্ধারণ, ট্যাগ যোগ, আপনার নিজস্ব কোনো ফিল্ড নির্ধারণ (**ফিল্ড নির্ধারণ করুন…**: প্রথমে ফিল্ড, তারপর তার ধরনের এডিটরে মান; খালি রাখলে ফিল্ডটি খালি হয়ে যায়), অথবা আর্কাইভ—সব এক ধাপে, যা Ctrl+Z দিয়ে ফেরানো যায়। একবারে সর্বোচ্চ 5,000টি পরিচিতি বদলানো যায়; ফিল্টার দিয়ে তালিকা ছোট করে নিন।</translation>
    </message>
    <message>
        <source>**In the reports**: the box beside the salesperson on the Reports page offers each territory (&quot;Territory: North&quot;) and &quot;In no territory&quot;. Every report then counts the contacts in it, their calls and meetings, and their deals; a deal without a contact counts where its company is. A printed or PDF report names the territory under its title.</source>
        <translation>**রিপোর্টে**: “রিপোর্ট” পাতায় বিক্রয়কর্মীর পাশের বাক্সে প্রতিটি এলাকা (“এলাকা: উত্তর”) এবং “কোনো এলাকায় নেই” বেছে নেওয়া যায়। তখন প্রতিটি রিপোর্ট সেই এলাকার পরিচিতিদের, তাদের কল ও মিটিং এবং তাদের ডিল গোনে; পরিচিতি ছাড়া কোনো ডিল গোনা হয় সেখানে, যেখানে তার কোম্পানি পড়ে। প্রিন্ট করা বা PDF রিপোর্টে শিরোনামের নিচে এলাকার নাম থাকে।</translation>
    </message>
    <message>
        <source>Who gets a new contact: assignment rules</source>
        <translation>নতুন পরিচিতি কে পান: দায়িত্ব বণ্টনের নিয়ম</translation>
    </message>
    <message>
        <source>Assignment rules give a new contact an owner by themselves, so that a lead from Bavaria reaches the salesperson for the south without anyone sorting. Make them in **File → Settings… → Assignment** (Alt+M there). **Add Rule…** asks for:</source>
        <translation>দায়িত্ব বণ্টনের নিয়ম নিজে থেকেই নতুন পরিচিতিকে একজন দায়িত্বপ্রাপ্ত দেয়, যাতে কাউকে হাতে বাছাই করতে না হয়েই বাভারিয়া থেকে আসা লিড দক্ষিণের বিক্রয়কর্মীর কাছে পৌঁছে যায়। নিয়মগুলো তৈরি করুন **ফাইল → সেটিংস… → দায়িত্ব বণ্টন**-এ (সেখানে Alt+M)। **নিয়ম যোগ করুন…** যা যা চায়:</translation>
    </message>
    <message>
        <source>a **name** (left empty, the rule is named after what it does: &quot;Country is “Germany” to Anna&quot;);</source>
        <translation>একটি **নাম** (খালি রাখলে নিয়মটির নাম হয় সেটি যা করে তা অনুযায়ী: “দেশ হলো “জার্মানি” → Anna”);</translation>
    </message>
    <message>
        <source>**conditions**, all of which must hold (**Add Condition…** offers the fields of More Filters and of scoring rules: territory, country, region, postal code, title, lead source, the company&apos;s industry, size and fields, and your own fields); none means every contact;</source>
        <translation>**শর্ত**, যার সবগুলো মিলতে হবে (**শর্ত যোগ করুন…** “আরও ফিল্টার” ও স্কোরিংয়ের নিয়মের ফিল্ডগুলো দেয়: এলাকা, দেশ, অঞ্চল, পোস্ট কোড, পদবি, লিডের উৎস, কোম্পানির শিল্পখাত, আকার ও ফিল্ড, এবং আপনার নিজস্ব ফিল্ড); কোনো শর্ত না থাকলে নিয়মটি প্রতিটি পরিচিতির ক্ষেত্রেই খাটে;</translation>
    </message>
    <message>
        <source>whom to **give** the contact to: **one salesperson**; **the owner of the contact&apos;s company** (the rule holds only for contacts whose company has an owner); **salespeople in turn** (round robin: each gets the next contact, the turn kept in the database, so it stays fair after a restart and between the window and scripts); or **the salesperson with the fewest open deals** (deals not won, lost or archived; among contacts given out together, each counts as one more; on a tie, the first in the list).</source>
        <translation>পরিচিতিটি কাকে **দেওয়া** হবে: **একজন বিক্রয়কর্মী**; **পরিচিতির কোম্পানির দায়িত্বপ্রাপ্ত** (নিয়মটি শুধু সেই পরিচিতিদের ক্ষেত্রে খাটে, যাদের কোম্পানির একজন দায়িত্বপ্রাপ্ত আছেন); **পালাক্রমে বিক্রয়কর্মীরা** (রাউন্ড রবিন: প্রত্যেকে পালা করে পরের পরিচিতিটি পান, আর কার পালা তা ডেটাবেসে রাখা হয়, তাই আবার চালু করার পরেও এবং উইন্ডো ও স্ক্রিপ্টের মধ্যেও ভাগ ন্যায্য থাকে); অথবা **যে বিক্রয়কর্মীর খোলা ডিল সবচেয়ে কম** (যে ডিলগুলো জেতা, হারানো বা আর্কাইভ করা হয়নি; একসাথে দেওয়া পরিচিতিদের মধ্যে প্রতিটি আরও একটি ডিল হিসেবে গোনা হয়; সমান হলে তালিকার প্রথমজন)।</translation>
    </message>
    <message>
        <source>**For contacts you already have**: select them, then **Change Selected → Apply Assignment Rules…**. Kontor first says how many change owner, by which rule and to whom (&quot;• South: 12 to Ben&quot;); OK changes them as one step that Ctrl+Z takes back. Contacts a group rule holds for keep their owner when it is already one of the group, so applying the rules again moves nobody.</source>
        <translation>**আগে থেকে থাকা পরিচিতিদের জন্য**: সেগুলো বেছে নিন, তারপর **নির্বাচিতগুলো বদলান → দায়িত্ব বণ্টনের নিয়ম প্রয়োগ করুন…**। Kontor প্রথমে জানায় কতগুলোর দায়িত্বপ্রাপ্ত বদলাবে, কোন নিয়মে এবং কার কাছে (“• দক্ষিণ: 12টি Ben-কে”); ঠিক আছে চাপলে সেগুলো একটি ধাপে বদলায়, যা Ctrl+Z দিয়ে ফিরিয়ে নেওয়া যায়। কোনো দলগত নিয়ম যে পরিচিতিদের ক্ষেত্রে খাটে, তাদের দায়িত্বপ্রাপ্ত আগে থেকেই দলের একজন হলে তিনিই থাকেন, তাই নিয়মগুলো আবার প্রয়োগ করলে কারও দায়িত্বপ্রাপ্ত বদলায় না।</translation>
    </message>
    <message>
        <source>**The change history** of each contact (Changes… in the contact&apos;s dialog) says &quot;Owner given by the assignment rule “South”&quot; under the owner it changed.</source>
        <translation>প্রতিটি পরিচিতির **পরিবর্তনের ইতিহাস** (পরিচিতির ডায়ালগে পরিবর্তনসমূহ…) যে দায়িত্বপ্রাপ্ত বদলেছে তার নিচে লেখে “দায়িত্ব বণ্টনের নিয়ম “দক্ষিণ” অনুযায়ী দায়িত্বপ্রাপ্ত দেওয়া হয়েছে”।</translation>
    </message>
    <message>
        <source>The Reports page (Ctrl+6) answers the manager&apos;s questions: pick a period (this week, last week, this month, last month, this quarter, last quarter, this year, or a custom range; weeks start on the first day of the week of your language settings, and days at your local midnight) and, if you like, one salesperson and one answer of a choice field of your own (&quot;Industry: Retail&quot;, shown once you have such a field) or a sales territory (&quot;Territory: North&quot;, see &quot;Sales territories&quot;). That answer narrows every report: a contact&apos;s field to those contacts, their calls and meetings and their deals; a company&apos;s field to the people and deals of those companies; a deal&apos;s field to those deals, and to the calls and meetings of the people who have one. Campaign spend is not split by record, so a narrowed lead source report leaves spend, costs and ROI out; on a very large database a narrowed report counts from the records themselves and may take a moment longer. Each report is a chart beside a table (on a small window, where they do not fit side by side, the table below the chart: its figures are never cut, a long name is, and its tooltip has it whole); hold the mouse over a column header or a figure for what it counts. The page works out what it shows when you look at it, so it is always up to date.</source>
        <translation>“রিপোর্ট” পাতা (Ctrl+6) ব্যবস্থাপকের প্রশ্নের উত্তর দেয়: একটি সময়কাল বেছে নিন (এই সপ্তাহ, গত সপ্তাহ, এই মাস, গত মাস, এই প্রান্তিক, গত প্রান্তিক, এই বছর, অথবা নিজের পছন্দের সময়কাল; সপ্তাহ শুরু হয় আপনার ভাষা-সেটিংসের সপ্তাহের প্রথম দিনে, আর দিন শুরু হয় আপনার স্থানীয় মধ্যরাতে) এবং চাইলে একজন বিক্রয়কর্মী ও আপনার নিজস্ব বিকল্প ধরনের কোনো ফিল্ডের একটি উত্তর (“শিল্পখাত: খুচরা বিক্রয়”, এমন ফিল্ড থাকলে তবেই দেখানো হয়) অথবা একটি বিক্রয় এলাকা (“এলাকা: উত্তর”, দেখুন “বিক্রয় এলাকা”)। সেই উত্তর প্রতিটি রিপোর্টকে সীমিত করে: পরিচিতির ফিল্ড হলে সেই পরিচিতিগুলো, তাদের কল ও মিটিং এবং তাদের ডিলে; কোম্পানির ফিল্ড হলে সেই কোম্পানিগুলোর লোকজন ও ডিলে; ডিলের ফিল্ড হলে সেই ডিলগুলোতে, এবং যাদের এমন ডিল আছে তাদের কল ও মিটিংয়ে। ক্যাম্পেইনের খরচ রেকর্ড অনুযায়ী ভাগ হয় না, তাই লিডের উৎসের রিপোর্ট সীমিত হলে তাতে খরচ, লিডপ্রতি ও গ্রাহকপ্রতি খরচ এবং ROI বাদ থাকে; খুব বড় ডেটাবেসে সীমিত রিপোর্ট সরাসরি রেকর্ডগুলো থেকে গোনে, তাই একটু বেশি সময় লাগতে পারে। প্রতিটি রিপোর্ট একটি চার্ট, পাশে একটি টেবিল (ছোট উইন্ডোতে পাশাপাশি জায়গা না হলে টেবিলটি চার্টের নিচে: এর সংখ্যা কখনো কাটা পড়ে না, লম্বা নাম কাটা পড়তে পারে, তবে টুলটিপে পুরোটা থাকে); কোনো কলামের শিরোনাম বা সংখ্যার ওপর মাউস রাখলে দেখা যায় সেটি কী গোনে। পাতাটি আপনি যখন দেখেন তখনই হিসাব করে নেয়, তাই সবসময় হালনাগাদ থাকে।</translation>
    </message>
    <message>
        <source>**Lead scoring**, **Territories** and **Assignment**: see &quot;Lead scores&quot;, &quot;Sales territories&quot; and &quot;Who gets a new contact&quot;.</source>
        <translation>**লিড স্কোরিং**, **এলাকা** ও **দায়িত্ব বণ্টন**: দেখুন “লিড স্কোর”, “বিক্রয় এলাকা” ও “নতুন পরিচিতি কে পান”।</translation>
    </message>
    <message>
        <source>The first rule in the list whose conditions a contact meets gives it its owner; a contact no rule holds for keeps none. Salespeople who have been removed get nothing: a group without anyone left is passed over, and so is a rule that asks for a territory or field removed since, until you change it. The tick switches a rule off; Move Up and Move Down order them; each change is one step that Ctrl+Z takes back.</source>
        <translation>তালিকায় প্রথম যে নিয়মের শর্তগুলো কোনো পরিচিতি পূরণ করে, সেই নিয়মই তাকে দায়িত্বপ্রাপ্ত দেয়; যে পরিচিতির ক্ষেত্রে কোনো নিয়ম খাটে না, সেটি দায়িত্বপ্রাপ্ত ছাড়াই থাকে। সরিয়ে দেওয়া বিক্রয়কর্মীরা কিছুই পান না: যে দলে আর কেউ বাকি নেই, সেটি এড়িয়ে যাওয়া হয়, এবং যে নিয়ম এমন কোনো এলাকা বা ফিল্ড চায় যা পরে সরিয়ে দেওয়া হয়েছে, সেটিও আপনি বদলানো পর্যন্ত এড়িয়ে যাওয়া হয়। টিক বাক্স দিয়ে কোনো নিয়ম বন্ধ করা যায়; ওপরে সরান ও নিচে সরান দিয়ে নিয়মগুলোর ক্রম ঠিক করা যায়; প্রতিটি পরিবর্তন একটি ধাপ, যা Ctrl+Z দিয়ে ফিরিয়ে নেওয়া যায়।</translation>
    </message>
    <message>
        <source>**When**: a contact added without an owner, in the window (its Owner box says **By the assignment rules** once there are rules), by an import, or by a script that names no owner. A contact given an owner keeps it. A company typed in for a new contact, and made with it, gets the same owner.</source>
        <translation>**কখন**: যখন কোনো পরিচিতি দায়িত্বপ্রাপ্ত ছাড়া যোগ করা হয়—উইন্ডোতে (নিয়ম থাকলে এর “দায়িত্বপ্রাপ্ত” বাক্সে লেখা থাকে **দায়িত্ব বণ্টনের নিয়ম অনুযায়ী**), ইমপোর্টের মাধ্যমে, অথবা এমন কোনো স্ক্রিপ্টের মাধ্যমে যা কোনো দায়িত্বপ্রাপ্তের নাম দেয় না। যে পরিচিতিকে দায়িত্বপ্রাপ্ত দেওয়া হয়েছে, সেটি তা-ই রাখে। নতুন পরিচিতির জন্য টাইপ করা কোনো কোম্পানি, যা পরিচিতির সঙ্গেই তৈরি হয়, একই দায়িত্বপ্রাপ্ত পায়।</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The database has no users.</source>
        <translation>ডেটাবেসে কোনো ব্যবহারকারী নেই।</translation>
    </message>
    <message>
        <source>There is no salesperson “%1”; there are: %2.</source>
        <translation>“%1” নামে কোনো বিক্রয়কর্মী নেই; আছেন: %2।</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>ব্যবহারকারীর একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>ব্যবহারকারী সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <source>The user could not be renamed: %1</source>
        <translation>ব্যবহারকারীর নাম বদলানো যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>VCards</name>
    <message>
        <source>the birthday “%1” has no year or is not a date; it was left out.</source>
        <translation>জন্মদিন “%1”-এ বছর নেই অথবা এটি তারিখ নয়; এটি বাদ দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the character set “%1” is not known; the text was read as UTF-8.</source>
        <translation>অক্ষর সেট “%1” জানা নেই; লেখাটি UTF-8 হিসেবে পড়া হয়েছে।</translation>
    </message>
</context>
<context>
    <name>WalCheckpointer</name>
    <message>
        <source>Checkpoints in the background are not available here.</source>
        <translation>এখানে ব্যাকগ্রাউন্ডে চেকপয়েন্ট নেওয়া যায় না।</translation>
    </message>
</context>
<context>
    <name>WeeklyStats</name>
    <message>
        <source>The weekly figures could not be computed: %1</source>
        <translation>সাপ্তাহিক হিসাব করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ActivityReportView</name>
    <message>
        <source>Salesperson</source>
        <translation>বিক্রয়কর্মী</translation>
    </message>
    <message>
        <source>Who logged the interactions or made the moves.</source>
        <translation>কে যোগাযোগগুলো লিখে রেখেছেন বা ডিল সরিয়েছেন।</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>সপ্তাহ শুরু</translation>
    </message>
    <message>
        <source>The week&apos;s first day; “Total” for the whole period.</source>
        <translation>সপ্তাহের প্রথম দিন; পুরো সময়কালের জন্য “মোট”।</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>কল</translation>
    </message>
    <message>
        <source>Calls the salesperson logged.</source>
        <translation>বিক্রয়কর্মীর লিখে রাখা কল।</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>মিটিং</translation>
    </message>
    <message>
        <source>Meetings the salesperson logged.</source>
        <translation>বিক্রয়কর্মীর লিখে রাখা মিটিং।</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Emails the salesperson logged.</source>
        <translation>বিক্রয়কর্মীর লিখে রাখা ইমেইল।</translation>
    </message>
    <message>
        <source>Deals moved</source>
        <translation>সরানো ডিল</translation>
    </message>
    <message>
        <source>Stage changes the salesperson made.</source>
        <translation>বিক্রয়কর্মীর করা ধাপ পরিবর্তন।</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>জেতা ডিল</translation>
    </message>
    <message>
        <source>The salesperson&apos;s deals moved to Won.</source>
        <translation>বিক্রয়কর্মীর যে ডিলগুলো জেতা ধাপে সরানো হয়েছে।</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>all weeks of the period</comment>
        <translation>মোট</translation>
    </message>
    <message>
        <source>Activity per salesperson</source>
        <translation>বিক্রয়কর্মী অনুযায়ী কার্যক্রম</translation>
    </message>
    <message>
        <source>Nobody logged anything in this period: log calls, meetings and emails with Ctrl+L, or choose a longer period.</source>
        <translation>এই সময়কালে কেউ কিছু লিখে রাখেননি: Ctrl+L দিয়ে কল, মিটিং ও ইমেইল লিখে রাখুন, অথবা আরও লম্বা সময়কাল বেছে নিন।</translation>
    </message>
    <message numerus="yes">
        <source>%n salesperson(s) active in the period.</source>
        <translation>
            <numerusform>এই সময়কালে %Ln জন বিক্রয়কর্মী সক্রিয়।</numerusform>
            <numerusform>এই সময়কালে %Ln জন বিক্রয়কর্মী সক্রিয়।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <translation>%1: %2, %3 থেকে %4</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ArchiveDialog</name>
    <message>
        <source>Archive</source>
        <translation>আর্কাইভ</translation>
    </message>
    <message>
        <source>What to show</source>
        <translation>কী দেখাবে</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>রিমাইন্ডার</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>আর্কাইভে খুঁজুন</translation>
    </message>
    <message>
        <source>Part of a name or title</source>
        <translation>নাম বা শিরোনামের অংশ</translation>
    </message>
    <message>
        <source>Archived records</source>
        <translation>আর্কাইভ করা রেকর্ড</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>বিস্তারিত</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>আর্কাইভের তারিখ</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>পু&amp;নরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>Back into lists, search and totals (Enter)</source>
        <translation>তালিকা, অনুসন্ধান ও মোট হিসাবে ফিরিয়ে আনুন (Enter)</translation>
    </message>
    <message>
        <source>&amp;Changes…</source>
        <translation>&amp;পরিবর্তনসমূহ…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>দেখান (&amp;S):</translation>
    </message>
    <message>
        <source>Nothing in the archive matches “%1”.</source>
        <translation>আর্কাইভে “%1”-এর সাথে মেলে এমন কিছু নেই।</translation>
    </message>
    <message>
        <source>No archived contacts. A contact you archive waits here until you restore it.</source>
        <translation>আর্কাইভ করা কোনো পরিচিতি নেই। আপনি যে পরিচিতি আর্কাইভ করেন, পুনরুদ্ধার না করা পর্যন্ত তা এখানে থাকে।</translation>
    </message>
    <message>
        <source>No archived companies. A company you archive waits here until you restore it.</source>
        <translation>আর্কাইভ করা কোনো কোম্পানি নেই। আপনি যে কোম্পানি আর্কাইভ করেন, পুনরুদ্ধার না করা পর্যন্ত তা এখানে থাকে।</translation>
    </message>
    <message>
        <source>No archived deals. A deal you archive waits here until you restore it.</source>
        <translation>আর্কাইভ করা কোনো ডিল নেই। আপনি যে ডিল আর্কাইভ করেন, পুনরুদ্ধার না করা পর্যন্ত তা এখানে থাকে।</translation>
    </message>
    <message>
        <source>No deleted reminders. A reminder you delete waits here until you restore it.</source>
        <translation>মুছে ফেলা কোনো রিমাইন্ডার নেই। আপনি যে রিমাইন্ডার মুছে ফেলেন, পুনরুদ্ধার না করা পর্যন্ত তা এখানে থাকে।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AssignmentRuleDialog</name>
    <message>
        <source>Add Assignment Rule</source>
        <translation>দায়িত্ব বণ্টনের নিয়ম যোগ করুন</translation>
    </message>
    <message>
        <source>Assignment Rule</source>
        <translation>দায়িত্ব বণ্টনের নিয়ম</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Such as “North leads to Anna”</source>
        <translation>যেমন “উত্তরের লিড → Anna”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>নাম (&amp;N):</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>শর্ত</translation>
    </message>
    <message>
        <source>Add &amp;Condition…</source>
        <translation>শর্ত যোগ করুন (&amp;C)…</translation>
    </message>
    <message>
        <source>R&amp;emove Condition</source>
        <translation>শর্ত মুছুন (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;When all hold:</source>
        <translation>যখন সব শর্ত মেলে (&amp;W):</translation>
    </message>
    <message>
        <source>One salesperson</source>
        <translation>একজন বিক্রয়কর্মী</translation>
    </message>
    <message>
        <source>The owner of the contact&apos;s company</source>
        <translation>পরিচিতির কোম্পানির দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Salespeople in turn (round robin)</source>
        <translation>পালাক্রমে বিক্রয়কর্মীরা (রাউন্ড রবিন)</translation>
    </message>
    <message>
        <source>The salesperson with the fewest open deals</source>
        <translation>যে বিক্রয়কর্মীর খোলা ডিল সবচেয়ে কম</translation>
    </message>
    <message>
        <source>&amp;Give to:</source>
        <translation>কাকে দেওয়া হবে (&amp;G):</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>বিক্রয়কর্মী</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>বিক্রয়কর্মী (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Salespeople:</source>
        <translation>বিক্রয়কর্মীরা (&amp;P):</translation>
    </message>
    <message>
        <source>A new contact without an owner gets one from the first rule, in the list&apos;s order, whose conditions it meets.</source>
        <translation>দায়িত্বপ্রাপ্ত ছাড়া নতুন কোনো পরিচিতি তালিকার ক্রম অনুযায়ী প্রথম যে নিয়মের শর্তগুলো পূরণ করে, সেই নিয়ম থেকে দায়িত্বপ্রাপ্ত পায়।</translation>
    </message>
    <message>
        <source>Every contact (no condition)</source>
        <translation>প্রতিটি পরিচিতি (কোনো শর্ত নেই)</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>শর্ত যোগ করুন</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>শর্ত</translation>
    </message>
    <message>
        <source>Everyone to %1</source>
        <translation>সবাই → %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>conditions to a salesperson</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation> ও </translation>
    </message>
    <message>
        <source>(gone)</source>
        <comment>a salesperson since removed</comment>
        <translation>(আর নেই)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between salespeople</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>the company&apos;s owner</source>
        <translation>কোম্পানির দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>%1 in turn</source>
        <translation>পালাক্রমে %1</translation>
    </message>
    <message>
        <source>whoever of %1 has the fewest open deals</source>
        <translation>%1-এর মধ্যে যাঁর খোলা ডিল সবচেয়ে কম</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AssignmentSettingsPage</name>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>নিয়ম যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>সম্পাদনা করুন (&amp;I)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>মুছুন (&amp;V)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>ওপরে সরান (&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>নিচে সরান (&amp;D)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>নিয়ম</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Gives the contact to</source>
        <translation>পরিচিতিটি কাকে দেয়</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>দায়িত্ব বণ্টনের নিয়ম</translation>
    </message>
    <message>
        <source>A new contact without an owner, added here, imported or added by a script, gets one from the first rule, in this order, whose conditions it meets; a contact no rule holds for stays without one. Contacts → select → Apply Assignment Rules… applies them to contacts you already have. The tick switches a rule off.</source>
        <translation>দায়িত্বপ্রাপ্ত ছাড়া নতুন কোনো পরিচিতি—এখানে যোগ করা, ইমপোর্ট করা বা স্ক্রিপ্ট দিয়ে যোগ করা—এই ক্রম অনুযায়ী প্রথম যে নিয়মের শর্তগুলো পূরণ করে, সেই নিয়ম থেকে দায়িত্বপ্রাপ্ত পায়; যে পরিচিতির ক্ষেত্রে কোনো নিয়ম খাটে না, সেটি দায়িত্বপ্রাপ্ত ছাড়াই থাকে। পরিচিতি → বেছে নিন → দায়িত্ব বণ্টনের নিয়ম প্রয়োগ করুন… আগে থেকে থাকা পরিচিতিদের ক্ষেত্রে নিয়মগুলো প্রয়োগ করে। টিক বাক্স দিয়ে কোনো নিয়ম বন্ধ করা যায়।</translation>
    </message>
    <message>
        <source>every contact</source>
        <translation>প্রতিটি পরিচিতি</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between conditions</comment>
        <translation> ও </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ChangeHistoryDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(খালি)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>তৈরি করা হয়েছে</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>মুছে ফেলা হয়েছে</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>আর্কাইভ করা হয়েছে</translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation>আর্কাইভ থেকে পুনরুদ্ধার করা হয়েছে</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>ট্যাগ যোগ করা হয়েছে: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>ট্যাগ সরানো হয়েছে: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>%1-এর পরিবর্তনসমূহ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>পরিবর্তনসমূহ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>কে</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>কী বদলেছে</translation>
    </message>
    <message>
        <source>No changes recorded. Changes are recorded from schema 4 on; records of the demo data start without any.</source>
        <translation>কোনো পরিবর্তন লেখা নেই। স্কিমা ৪ থেকে পরিবর্তন লিখে রাখা হয়; ডেমো ডেটার রেকর্ডগুলো কোনো পরিবর্তন ছাড়াই শুরু হয়।</translation>
    </message>
    <message>
        <source>Chan&amp;ges…</source>
        <translation>পরিবর্তনসমূহ (&amp;G)…</translation>
    </message>
    <message>
        <source>A field that no longer exists changed.</source>
        <translation>এমন একটি ফিল্ড বদলেছে, যা আর নেই।</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1-এ যোগ করা হয়েছে: %2</translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation>%1 থেকে সরানো হয়েছে: %2</translation>
    </message>
    <message>
        <source>Owner given by the assignment rule “%1”</source>
        <translation>দায়িত্ব বণ্টনের নিয়ম “%1” অনুযায়ী দায়িত্বপ্রাপ্ত দেওয়া হয়েছে</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompaniesPage</name>
    <message>
        <source>Search companies</source>
        <translation>কোম্পানি খুঁজুন</translation>
    </message>
    <message>
        <source>Search companies…</source>
        <translation>কোম্পানি খুঁজুন…</translation>
    </message>
    <message>
        <source>Companies and their branches</source>
        <translation>কোম্পানি ও তাদের শাখা</translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation>&amp;নতুন কোম্পানি…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;সম্পাদনা করুন…</translation>
    </message>
    <message>
        <source>Add &amp;Branch…</source>
        <translation>শাখা যো&amp;গ করুন…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;আর্কাইভ করুন</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>&amp;পরিবর্তনসমূহ…</translation>
    </message>
    <message>
        <source>Include &amp;branches</source>
        <translation>শাখাগুলোস&amp;হ</translation>
    </message>
    <message>
        <source>People at the company</source>
        <translation>কোম্পানির লোকজন</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>পদবি</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>শেষ যোগাযোগ</translation>
    </message>
    <message>
        <source>Deals of the company</source>
        <translation>কোম্পানির ডিল</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>সম্ভাব্য সমাপ্তি</translation>
    </message>
    <message>
        <source>History of the company</source>
        <translation>কোম্পানির ইতিহাস</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <source>Nobody here yet: add a contact and type this company&apos;s name as theirs.</source>
        <translation>এখনো কেউ নেই: একটি পরিচিতি যোগ করুন এবং তার কোম্পানি হিসেবে এই কোম্পানির নাম লিখুন।</translation>
    </message>
    <message>
        <source>No deals yet: add one with Ctrl+Shift+N and choose this company.</source>
        <translation>এখনো কোনো ডিল নেই: Ctrl+Shift+N দিয়ে একটি যোগ করুন এবং এই কোম্পানি বেছে নিন।</translation>
    </message>
    <message>
        <source>No calls or meetings yet: select a person and log one with Ctrl+L.</source>
        <translation>এখনো কোনো কল বা মিটিং নেই: একজন ব্যক্তি বেছে নিন এবং Ctrl+L দিয়ে একটি লিখে রাখুন।</translation>
    </message>
    <message>
        <source>No companies yet.

Add one with “New Company…”, or type a company when you add a contact: it is created with the contact.</source>
        <translation>এখনো কোনো কোম্পানি নেই।

“নতুন কোম্পানি…” দিয়ে একটি যোগ করুন, অথবা পরিচিতি যোগ করার সময় একটি কোম্পানির নাম লিখুন: পরিচিতির সাথে সেটিও তৈরি হবে।</translation>
    </message>
    <message>
        <source>Select a company to see its people, deals and history.</source>
        <translation>কোনো কোম্পানির লোকজন, ডিল ও ইতিহাস দেখতে সেটি বেছে নিন।</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>প্রধান কার্যালয়</translation>
    </message>
    <message>
        <source>Branch of %1</source>
        <translation>%1-এর শাখা</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>শিল্পখাত</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ওয়েবসাইট</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>লোকজন (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>ডিল (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>ইতিহাস (%1)</translation>
    </message>
    <message>
        <source>Company added.</source>
        <translation>কোম্পানি যোগ করা হয়েছে।</translation>
    </message>
    <message>
        <source>Branch added.</source>
        <translation>শাখা যোগ করা হয়েছে।</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation>কোম্পানি সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <source>Archive Company</source>
        <translation>কোম্পানি আর্কাইভ করুন</translation>
    </message>
    <message>
        <source>Archive %1? It leaves the list and search; its people, deals and history stay.</source>
        <translation>%1 আর্কাইভ করবেন? এটি তালিকা ও অনুসন্ধান থেকে সরে যাবে; এর লোকজন, ডিল ও ইতিহাস থেকে যাবে।</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>এলাকা</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>সব এলাকা</translation>
    </message>
    <message>
        <source>In no territory</source>
        <translation>কোনো এলাকায় নেই</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyDialog</name>
    <message>
        <source>Edit Company</source>
        <translation>কোম্পানি সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>New Branch</source>
        <translation>নতুন শাখা</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>নতুন কোম্পানি</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>প্রধান কার্যালয়</translation>
    </message>
    <message>
        <source>Empty for a head office; type to pick</source>
        <translation>প্রধান কার্যালয় হলে খালি রাখুন; বেছে নিতে টাইপ করুন</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>শিল্পখাত</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ওয়েবসাইট</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>রাস্তা</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>পোস্ট কোড</translation>
    </message>
    <message>
        <source>City</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>দেশ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>না&amp;ম:</translation>
    </message>
    <message>
        <source>&amp;Head office:</source>
        <translation>প্রধা&amp;ন কার্যালয়:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>শিল্পখা&amp;ত:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;ওয়েবসাইট:</translation>
    </message>
    <message>
        <source>&amp;Phone, email:</source>
        <translation>ফোন, &amp;ইমেইল:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>রাস্তা (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>স্থান (&amp;P):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>নো&amp;ট:</translation>
    </message>
    <message>
        <source>There is no company called “%1”: pick the head office from the list.</source>
        <translation>“%1” নামে কোনো কোম্পানি নেই: তালিকা থেকে প্রধান কার্যালয় বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyPicker</name>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Type to pick a company</source>
        <translation>কোম্পানি বেছে নিতে টাইপ করুন</translation>
    </message>
    <message>
        <source>Several or no companies match “%1”: pick one from the list.</source>
        <translation>“%1”-এর সাথে একাধিক কোম্পানি মেলে অথবা কোনোটিই মেলে না: তালিকা থেকে একটি বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CompanyTreeModel</name>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>People</source>
        <translation>লোকজন</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>শিল্পখাত</translation>
    </message>
    <message>
        <source>City</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>এলাকা</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactCard</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;সম্পাদনা করুন…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>যোগাযো&amp;গ লিখে রাখুন…</translation>
    </message>
    <message>
        <source>Log a call, meeting, email or note (Ctrl+L)</source>
        <translation>কল, মিটিং, ইমেইল বা নোট লিখে রাখুন (Ctrl+L)</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>&amp;নতুন ডিল…</translation>
    </message>
    <message>
        <source>Something this contact may buy, for the pipeline (Ctrl+Shift+N)</source>
        <translation>এই পরিচিতি যা কিনতে পারেন, পাইপলাইনের জন্য (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>&amp;পরিবর্তনসমূহ…</translation>
    </message>
    <message>
        <source>What was changed in this contact, when and by whom</source>
        <translation>এই পরিচিতিতে কী বদলানো হয়েছে, কখন এবং কে বদলেছেন</translation>
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation>নিষ্পন্ন হিসেবে চিহ্নি&amp;ত করুন</translation>
    </message>
    <message>
        <source>The newest open complaint is resolved now</source>
        <translation>সবচেয়ে নতুন খোলা অভিযোগটি এখন নিষ্পন্ন</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ইতিহাস</translation>
    </message>
    <message>
        <source>Interaction history</source>
        <translation>যোগাযোগের ইতিহাস</translation>
    </message>
    <message>
        <source>No history yet: log a call, meeting or note with Ctrl+L.</source>
        <translation>এখনো কোনো ইতিহাস নেই: Ctrl+L দিয়ে একটি কল, মিটিং বা নোট লিখে রাখুন।</translation>
    </message>
    <message>
        <source>Resolve or Reopen Complaint</source>
        <translation>অভিযোগ নিষ্পন্ন করুন বা আবার খুলুন</translation>
    </message>
    <message>
        <source>No contacts here yet.

Add one with Ctrl+N, clear the search or filter, or try the demo database: Help&#xa0;→&#xa0;Open&#xa0;Demo&#xa0;Database.</source>
        <translation>এখানে এখনো কোনো পরিচিতি নেই।

Ctrl+N দিয়ে একটি যোগ করুন, অনুসন্ধান বা ফিল্টার মুছে দিন, অথবা ডেমো ডেটাবেস চালিয়ে দেখুন: সাহায্য → ডেমো ডেটাবেস খুলুন।</translation>
    </message>
    <message>
        <source>Select a contact to see its details and history.</source>
        <translation>কোনো পরিচিতির বিস্তারিত ও ইতিহাস দেখতে সেটি বেছে নিন।</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Email (%1)</source>
        <translation>ইমেইল (%1)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Phone (%1)</source>
        <translation>ফোন (%1)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>জন্মদিন</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>শেষ যোগাযোগ</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>পরবর্তী করণীয়</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open complaint(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Lnটি খোলা অভিযোগ&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Lnটি খোলা অভিযোগ&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>%1 থেকে: %2</translation>
    </message>
    <message>
        <source>work</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>অফিস</translation>
    </message>
    <message>
        <source>home</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>বাসা</translation>
    </message>
    <message>
        <source>mobile</source>
        <comment>a phone number&apos;s label</comment>
        <translation>মোবাইল</translation>
    </message>
    <message>
        <source>fax</source>
        <comment>a phone number&apos;s label</comment>
        <translation>ফ্যাক্স</translation>
    </message>
    <message>
        <source>other</source>
        <comment>an email&apos;s or a phone number&apos;s label</comment>
        <translation>অন্যান্য</translation>
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
        <translation>লিড স্কোর</translation>
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
        <translation>পরিচিতি সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>নতুন পরিচিতি</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>নামের প্রথম অংশ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>নামের শেষ অংশ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Type to pick or add a company</source>
        <translation>কোম্পানি বেছে নিতে বা যোগ করতে টাইপ করুন</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>পদবি</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>দ্বিতীয় ইমেইল</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+880 1712 345678</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>মোবাইল</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>জন্মদিন</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>জানা নেই</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>রাস্তা</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>পোস্ট কোড</translation>
    </message>
    <message>
        <source>City</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>অঞ্চল</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>দেশ</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>অজানা</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, newsletter</source>
        <translation>কমা দিয়ে আলাদা করুন, যেমন ভিআইপি, নিউজলেটার</translation>
    </message>
    <message>
        <source>Stay in touch every</source>
        <translation>যোগাযোগ রাখার বিরতি</translation>
    </message>
    <message>
        <source> days</source>
        <translation> দিন</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>রিমাইন্ডার নেই</translation>
    </message>
    <message>
        <source>Today lists the contact when this many days pass without a call, meeting or note.</source>
        <translation>কোনো কল, মিটিং বা নোট ছাড়া এতগুলো দিন পেরোলে “আজ” পাতায় পরিচিতিটি দেখানো হয়।</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>না&amp;ম:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>কোম্পানি (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;পদবি:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;ইমেইল:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ফো&amp;ন:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;জন্মদিন:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>রাস্তা (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>স্থান (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;অঞ্চল:</translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation>লিডে&amp;র উৎস:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>দায়িত্বপ্রাপ্ত (&amp;O):</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>ট্যা&amp;গ:</translation>
    </message>
    <message>
        <source>Stay in &amp;touch every:</source>
        <translation>যোগাযোগ রাখার বিরতি (&amp;T):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>নো&amp;ট:</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>জীবনচক্রের ধাপ</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <comment>lifecycle stage</comment>
        <translation>ধাপ (&amp;T):</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>কেন?</translation>
    </message>
    <message>
        <source>Why is %1 disqualified?</source>
        <translation>%1 কেন অযোগ্য?</translation>
    </message>
    <message>
        <source>Why does %1 go back to %2?</source>
        <translation>%1 কেন আবার %2 ধাপে ফিরে যাচ্ছে?</translation>
    </message>
    <message>
        <source>By the assignment rules</source>
        <translation>দায়িত্ব বণ্টনের নিয়ম অনুযায়ী</translation>
    </message>
    <message>
        <source>Nobody</source>
        <comment>no owner</comment>
        <translation>কেউ নয়</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactFilterBar</name>
    <message>
        <source>Archived</source>
        <translation>আর্কাইভ করা</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>দায়িত্বপ্রাপ্ত ফিল্টার</translation>
    </message>
    <message>
        <source>Lead source filter</source>
        <translation>লিডের উৎস ফিল্টার</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>ট্যাগ ফিল্টার</translation>
    </message>
    <message>
        <source>Last contact filter</source>
        <translation>শেষ যোগাযোগ ফিল্টার</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>শেষ যোগাযোগ: সব</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>%Ln দিন ধরে কোনো যোগাযোগ নেই</numerusform>
            <numerusform>%Ln দিন ধরে কোনো যোগাযোগ নেই</numerusform>
        </translation>
    </message>
    <message>
        <source>Data problem filter</source>
        <translation>ডেটার সমস্যা ফিল্টার</translation>
    </message>
    <message>
        <source>Any data</source>
        <translation>ডেটার মান: সব</translation>
    </message>
    <message>
        <source>No email and no phone</source>
        <translation>ইমেইল নেই, ফোনও নেই</translation>
    </message>
    <message>
        <source>Email that is not one</source>
        <translation>ভুল ইমেইল ঠিকানা</translation>
    </message>
    <message>
        <source>Phone number not valid</source>
        <translation>ফোন নম্বর সঠিক নয়</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>দায়িত্বপ্রাপ্ত নেই</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>লিডের উৎস নেই</translation>
    </message>
    <message>
        <source>Import filter</source>
        <translation>ইমপোর্ট ফিল্টার</translation>
    </message>
    <message>
        <source>From any import</source>
        <translation>যেকোনো ইমপোর্ট থেকে</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>সব দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>All lead sources</source>
        <translation>সব লিডের উৎস</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>সব ট্যাগ</translation>
    </message>
    <message>
        <source>From import %1</source>
        <translation>ইমপোর্ট %1 থেকে</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>ধাপ ফিল্টার</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>সব ধাপ</translation>
    </message>
    <message>
        <source>More Filters…</source>
        <translation>আরও ফিল্টার…</translation>
    </message>
    <message>
        <source>Filter by any field: a range of amounts, dates, choices, text</source>
        <translation>যেকোনো ফিল্ড দিয়ে ফিল্টার করুন: পরিমাণ বা তারিখের সীমা, বিকল্প, লেখা</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>এই ফিল্টারটি সরান</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>%1 ফিল্টারটি সরান</translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <comment>an RFM segment</comment>
        <translation>গ্রাহক: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactListModel</name>
    <message>
        <source>The contacts could not be counted.</source>
        <translation>পরিচিতিগুলো গোনা যায়নি।</translation>
    </message>
    <message>
        <source>The contacts could not be searched.</source>
        <translation>পরিচিতিগুলোতে খোঁজা যায়নি।</translation>
    </message>
    <message>
        <source>The contacts could not be sorted.</source>
        <translation>পরিচিতিগুলো সাজানো যায়নি।</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>পদবি</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>শেষ যোগাযোগ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>যোগ করার তারিখ</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>%1 (%2), a field of your own</source>
        <comment>column header: field label, type</comment>
        <translation>%1 (%2), আপনার নিজস্ব ফিল্ড</translation>
    </message>
    <message>
        <source>The customer&apos;s RFM segment, from the deals won in the last two years (Reports → Customers); empty for contacts who bought nothing in that time.</source>
        <translation>গ্রাহকের RFM সেগমেন্ট, গত দুই বছরে জেতা ডিল থেকে (রিপোর্ট → গ্রাহক); এই সময়ে কিছু না কেনা পরিচিতির ক্ষেত্রে খালি।</translation>
    </message>
    <message>
        <source>Segment</source>
        <comment>a customer&apos;s RFM segment</comment>
        <translation>সেগমেন্ট</translation>
    </message>
    <message>
        <source>Score</source>
        <comment>a contact&apos;s lead score</comment>
        <translation>স্কোর</translation>
    </message>
    <message>
        <source>The lead score, 0 to 100, from the scoring rules; the card says which rules gave it.</source>
        <translation>লিড স্কোর, 0 থেকে 100, স্কোরিং নিয়ম থেকে; কোন নিয়মে এটি এসেছে তা কার্ডে বলা থাকে।</translation>
    </message>
    <message>
        <source>The first sales territory that holds the contact&apos;s address (Settings → Territories).</source>
        <translation>পরিচিতির ঠিকানা প্রথম যে বিক্রয় এলাকায় পড়ে (সেটিংস → এলাকা)।</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>এলাকা</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactPicker</name>
    <message>
        <source>Contact</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Type a name, company, email or phone</source>
        <translation>নাম, কোম্পানি, ইমেইল বা ফোন লিখুন</translation>
    </message>
    <message>
        <source>Several or no contacts match “%1”: pick one from the list.</source>
        <translation>“%1”-এর সাথে একাধিক পরিচিতি মেলে অথবা কোনোটিই মেলে না: তালিকা থেকে একটি বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ContactsPage</name>
    <message>
        <source>Search contacts</source>
        <translation>পরিচিতি খুঁজুন</translation>
    </message>
    <message>
        <source>Search names, companies, emails, phones… (Ctrl+F)</source>
        <translation>নাম, কোম্পানি, ইমেইল, ফোন খুঁজুন… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>কলাম</translation>
    </message>
    <message>
        <source>Change Selected</source>
        <translation>নির্বাচিতগুলো বদলান</translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation>দায়িত্বপ্রাপ্ত নির্ধা&amp;রণ করুন…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>ট্যা&amp;গ যোগ করুন…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;আর্কাইভ করুন</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>পরিচিতি যোগ করা হয়েছে।</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>পরিচিতি সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>খোঁজা হচ্ছে…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>সাজানো হচ্ছে…</translation>
    </message>
    <message>
        <source>%L1+ contacts, counting…</source>
        <translation>%L1+টি পরিচিতি, গোনা হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Lnটি পরিচিতি</numerusform>
            <numerusform>%Lnটি পরিচিতি</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln selected</source>
        <translation>
            <numerusform>%1 · %Lnটি নির্বাচিত</numerusform>
            <numerusform>%1 · %Lnটি নির্বাচিত</numerusform>
        </translation>
    </message>
    <message>
        <source>Select at most %L1 contacts for one change; filters narrow the list.</source>
        <translation>একবারে বদলানোর জন্য সর্বোচ্চ %L1টি পরিচিতি নির্বাচন করুন; ফিল্টার দিয়ে তালিকা ছোট করুন।</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>দায়িত্বপ্রাপ্ত নির্ধারণ করুন</translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>নির্বাচিত %Lnটি পরিচিতির দায়িত্বপ্রাপ্ত:</numerusform>
            <numerusform>নির্বাচিত %Lnটি পরিচিতির দায়িত্বপ্রাপ্ত:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner “%1” set for %n contact(s).</source>
        <translation>
            <numerusform>%Lnটি পরিচিতির দায়িত্বপ্রাপ্ত হিসেবে “%1” নির্ধারণ করা হয়েছে।</numerusform>
            <numerusform>%Lnটি পরিচিতির দায়িত্বপ্রাপ্ত হিসেবে “%1” নির্ধারণ করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>ট্যাগ যোগ করুন</translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %Ln selected contact(s):</source>
        <translation>
            <numerusform>নির্বাচিত %Lnটি পরিচিতির জন্য ট্যাগ:</numerusform>
            <numerusform>নির্বাচিত %Lnটি পরিচিতির জন্য ট্যাগ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” added to %n contact(s).</source>
        <translation>
            <numerusform>%Lnটি পরিচিতিতে ট্যাগ “%1” যোগ করা হয়েছে।</numerusform>
            <numerusform>%Lnটি পরিচিতিতে ট্যাগ “%1” যোগ করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive contacts</source>
        <translation>পরিচিতি আর্কাইভ করুন</translation>
    </message>
    <message numerus="yes">
        <source>Archive the %Ln selected contact(s)? They leave the list and search and keep their history; File → Archive brings them back.</source>
        <translation>
            <numerusform>নির্বাচিত %Lnটি পরিচিতি আর্কাইভ করবেন? এগুলো তালিকা ও অনুসন্ধান থেকে সরে যাবে, তবে ইতিহাস থেকে যাবে; ফাইল → আর্কাইভ থেকে আবার ফিরিয়ে আনা যায়।</numerusform>
            <numerusform>নির্বাচিত %Lnটি পরিচিতি আর্কাইভ করবেন? এগুলো তালিকা ও অনুসন্ধান থেকে সরে যাবে, তবে ইতিহাস থেকে যাবে; ফাইল → আর্কাইভ থেকে আবার ফিরিয়ে আনা যায়।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) archived.</source>
        <translation>
            <numerusform>%Lnটি পরিচিতি আর্কাইভ করা হয়েছে।</numerusform>
            <numerusform>%Lnটি পরিচিতি আর্কাইভ করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore contact</source>
        <translation>পরিচিতি পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>Archive contact</source>
        <translation>পরিচিতি আর্কাইভ করুন</translation>
    </message>
    <message>
        <source>Archive %1? The contact leaves the list and search, keeps its history, and can be restored from the “Archived” filter.</source>
        <translation>%1 আর্কাইভ করবেন? পরিচিতিটি তালিকা ও অনুসন্ধান থেকে সরে যাবে, এর ইতিহাস থেকে যাবে, এবং “আর্কাইভ করা” ফিল্টার থেকে পুনরুদ্ধার করা যাবে।</translation>
    </message>
    <message>
        <source>Deal saved; it is on the pipeline board.</source>
        <translation>ডিল সংরক্ষণ করা হয়েছে; এটি পাইপলাইন বোর্ডে আছে।</translation>
    </message>
    <message>
        <source>Set &amp;Stage…</source>
        <translation>ধাপ নির্ধারণ করুন (&amp;S)…</translation>
    </message>
    <message>
        <source>Set Stage</source>
        <translation>ধাপ নির্ধারণ করুন</translation>
    </message>
    <message numerus="yes">
        <source>Stage of the %Ln selected contact(s):</source>
        <translation>
            <numerusform>নির্বাচিত %Lnটি পরিচিতির ধাপ:</numerusform>
            <numerusform>নির্বাচিত %Lnটি পরিচিতির ধাপ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>কেন?</translation>
    </message>
    <message>
        <source>Why do they go to %1? (Kept with each move.)</source>
        <translation>এগুলো কেন %1 ধাপে যাচ্ছে? (প্রতিটি ধাপ বদলের সাথে রাখা হয়।)</translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1” set for %Ln contact(s).</source>
        <translation>
            <numerusform>%Lnটি পরিচিতির ধাপ “%1” নির্ধারণ করা হয়েছে।</numerusform>
            <numerusform>%Lnটি পরিচিতির ধাপ “%1” নির্ধারণ করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Your fields</source>
        <translation>আপনার ফিল্ড</translation>
    </message>
    <message>
        <source>Set &amp;Field…</source>
        <translation>ফিল্ড নির্ধারণ করুন (&amp;F)…</translation>
    </message>
    <message>
        <source>Set Field</source>
        <translation>ফিল্ড নির্ধারণ করুন</translation>
    </message>
    <message>
        <source>The contacts have no fields of your own yet: add them in Settings → Fields.</source>
        <translation>পরিচিতির জন্য এখনো আপনার নিজস্ব কোনো ফিল্ড নেই: সেটিংস → ফিল্ড-এ যোগ করুন।</translation>
    </message>
    <message numerus="yes">
        <source>“%1” emptied for %Ln contact(s).</source>
        <translation>
            <numerusform>%Lnটি পরিচিতির “%1” খালি করা হয়েছে।</numerusform>
            <numerusform>%Lnটি পরিচিতির “%1” খালি করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” set for %Ln contact(s).</source>
        <translation>
            <numerusform>%Lnটি পরিচিতির “%1” নির্ধারণ করা হয়েছে।</numerusform>
            <numerusform>%Lnটি পরিচিতির “%1” নির্ধারণ করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner (by hand or by the assignment rules), stage, a tag, a field or archiving for all selected contacts at once (select with Shift or Ctrl)</source>
        <translation>নির্বাচিত সব পরিচিতির দায়িত্বপ্রাপ্ত (নিজ হাতে বা দায়িত্ব বণ্টনের নিয়ম অনুযায়ী), ধাপ, একটি ট্যাগ, কোনো ফিল্ড বা আর্কাইভ একসাথে (Shift বা Ctrl দিয়ে নির্বাচন করুন)</translation>
    </message>
    <message>
        <source>Apply Assignment &amp;Rules…</source>
        <translation>দায়িত্ব বণ্টনের নিয়ম প্রয়োগ করুন (&amp;R)…</translation>
    </message>
    <message>
        <source>Apply Assignment Rules</source>
        <translation>দায়িত্ব বণ্টনের নিয়ম প্রয়োগ করুন</translation>
    </message>
    <message>
        <source>There are no assignment rules yet (or all are switched off): add them in Settings → Assignment.</source>
        <translation>এখনো দায়িত্ব বণ্টনের কোনো নিয়ম নেই (অথবা সবগুলো বন্ধ): সেটিংস → দায়িত্ব বণ্টন-এ যোগ করুন।</translation>
    </message>
    <message numerus="yes">
        <source>No owner changes: the rules give the %Ln selected contact(s) the owners they have, or no rule holds for them.</source>
        <translation>
            <numerusform>কোনো দায়িত্বপ্রাপ্ত বদলাচ্ছে না: নিয়মগুলো নির্বাচিত %Lnটি পরিচিতিকে তাদের বর্তমান দায়িত্বপ্রাপ্তই দেয়, অথবা তাদের ক্ষেত্রে কোনো নিয়ম খাটে না।</numerusform>
            <numerusform>কোনো দায়িত্বপ্রাপ্ত বদলাচ্ছে না: নিয়মগুলো নির্বাচিত %Lnটি পরিচিতিকে তাদের বর্তমান দায়িত্বপ্রাপ্তই দেয়, অথবা তাদের ক্ষেত্রে কোনো নিয়ম খাটে না।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %1: %Ln to %2</source>
        <comment>rule: 3 to Anna</comment>
        <translation>
            <numerusform>• %1: %Lnটি %2-কে</numerusform>
            <numerusform>• %1: %Lnটি %2-কে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected contacts change owner:</source>
        <translation>
            <numerusform>নির্বাচিত পরিচিতিদের মধ্যে %Lnটির দায়িত্বপ্রাপ্ত বদলাবে:</numerusform>
            <numerusform>নির্বাচিত পরিচিতিদের মধ্যে %Lnটির দায়িত্বপ্রাপ্ত বদলাবে:</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of each says which rule gave it its owner. Ctrl+Z takes it all back.</source>
        <translation>প্রতিটির ইতিহাসে লেখা থাকবে কোন নিয়ম তাকে দায়িত্বপ্রাপ্ত দিয়েছে। Ctrl+Z সবকিছু ফিরিয়ে নেয়।</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) got an owner from the assignment rules.</source>
        <translation>
            <numerusform>%Lnটি পরিচিতি দায়িত্ব বণ্টনের নিয়ম থেকে দায়িত্বপ্রাপ্ত পেয়েছে।</numerusform>
            <numerusform>%Lnটি পরিচিতি দায়িত্ব বণ্টনের নিয়ম থেকে দায়িত্বপ্রাপ্ত পেয়েছে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomFieldDialog</name>
    <message>
        <source>Change Field</source>
        <translation>ফিল্ড পরিবর্তন করুন</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>ফিল্ড যোগ করুন</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>e.g. Budget</source>
        <translation>যেমন বাজেট</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>e.g. budget</source>
        <translation>যেমন budget</translation>
    </message>
    <message>
        <source>What files, imports and scripts call the field: lower-case letters a–z, digits and underscores. A CSV column with this header (or the name) fills the field.</source>
        <translation>ফাইল, ইমপোর্ট ও স্ক্রিপ্টে ফিল্ডটিকে যে নামে ডাকা হয়: ছোট হাতের অক্ষর a–z, অঙ্ক ও আন্ডারস্কোর। এই শিরোনামের (বা ফিল্ডের নামের) কোনো CSV কলাম থাকলে তা দিয়ে ফিল্ডটি পূরণ হয়।</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>বিকল্প</translation>
    </message>
    <message>
        <source>Double-click a choice to rename it: the contacts that have it keep it under its new name. Drag to put them in order.</source>
        <translation>কোনো বিকল্পের নাম বদলাতে তাতে ডাবল-ক্লিক করুন: যেসব পরিচিতিতে এটি আছে, সেগুলোতে এটি নতুন নামে থেকে যায়। ক্রম ঠিক করতে টেনে সরান।</translation>
    </message>
    <message>
        <source>Add C&amp;hoice</source>
        <translation>বিকল্প যোগ করুন (&amp;H)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Choice</source>
        <translation>বিকল্প সরান (&amp;V)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>মুদ্রা</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>BDT</translation>
    </message>
    <message>
        <source>A value must be &amp;given</source>
        <translation>মান দেওয়া আবশ্যক (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>নাম (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>কী (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>ধরন (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>বিকল্প (&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>মুদ্রা (&amp;U):</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>নতুন বিকল্প</translation>
    </message>
    <message>
        <source>Make “%1” a field of type %2? Every value it holds converts.</source>
        <translation>“%1”-কে %2 ধরনের ফিল্ড করবেন? এর প্রতিটি মান রূপান্তরিত হবে।</translation>
    </message>
    <message numerus="yes">
        <source>Make “%1” a field of type %2? %Ln value(s) cannot be converted and will be removed; the others are kept.</source>
        <translation>
            <numerusform>“%1”-কে %2 ধরনের ফিল্ড করবেন? %Lnটি মান রূপান্তর করা যাবে না এবং মুছে ফেলা হবে; বাকিগুলো রাখা হবে।</numerusform>
            <numerusform>“%1”-কে %2 ধরনের ফিল্ড করবেন? %Lnটি মান রূপান্তর করা যাবে না এবং মুছে ফেলা হবে; বাকিগুলো রাখা হবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>ধরন বদলান</translation>
    </message>
    <message>
        <source>The &amp;search finds its text</source>
        <translation>অনুসন্ধানে এর লেখা খুঁজে পাওয়া যায় (&amp;S)</translation>
    </message>
    <message>
        <source>Typed in the contacts&apos; search box or in Search everything, a word of this field finds the contact.</source>
        <translation>পরিচিতির অনুসন্ধান বাক্সে বা “সবকিছুতে খুঁজুন”-এ এই ফিল্ডের কোনো শব্দ লিখলে পরিচিতিটি খুঁজে পাওয়া যায়।</translation>
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
        <translation>আবশ্যক। ফাইল ও স্ক্রিপ্টে কী: %1</translation>
    </message>
    <message>
        <source>Key in files and scripts: %1</source>
        <translation>ফাইল ও স্ক্রিপ্টে কী: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>নির্ধারিত নয়</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no choice made</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>বিস্তারিত (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;More fields</source>
        <translation>আরও ফিল্ড (&amp;M)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomersReportView</name>
    <message>
        <source>Show</source>
        <translation>দেখান</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>সেগমেন্ট অনুযায়ী</translation>
    </message>
    <message>
        <source>Recency by frequency</source>
        <translation>সাম্প্রতিকতা ও পুনরাবৃত্তির গ্রিড</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Customers in each segment</source>
        <translation>প্রতিটি সেগমেন্টের গ্রাহক</translation>
    </message>
    <message>
        <source>customers</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>No deal in %1 was won in the two years to %2: customers appear here once deals are won.</source>
        <translation>%2 পর্যন্ত দুই বছরে %1-এ কোনো ডিল জেতা হয়নি: ডিল জেতা হলেই গ্রাহকেরা এখানে দেখা দেবেন।</translation>
    </message>
    <message>
        <source>Customers: contacts with a deal won in the two years up to the period&apos;s last day (today while the period runs), in the default currency. Recency: days since the last won deal; frequency: won deals; monetary: their sum. Each is scored 1 to 5 by the share of customers at or below it (for recency: with a last deal as old or older), so that the most recent, most frequent and biggest score 5 and ties share a score.</source>
        <translation>গ্রাহক: সময়কালের শেষ দিন পর্যন্ত দুই বছরে (সময়কাল চলমান থাকলে আজ পর্যন্ত) ডিফল্ট মুদ্রায় জেতা ডিল আছে এমন পরিচিতি। সাম্প্রতিকতা: শেষ জেতা ডিলের পর থেকে দিনের সংখ্যা; পুনরাবৃত্তি: জেতা ডিলের সংখ্যা; আর্থিক মূল্য: সেগুলোর যোগফল। প্রতিটিকে 1 থেকে 5 স্কোর দেওয়া হয়, যত গ্রাহক ওই মানে বা তার নিচে আছেন তাদের অংশ অনুযায়ী (সাম্প্রতিকতার ক্ষেত্রে: যাদের শেষ ডিল সমান পুরোনো বা আরও পুরোনো), ফলে সবচেয়ে সাম্প্রতিক, সবচেয়ে ঘন ঘন ও সবচেয়ে বড়রা 5 পান এবং সমান মানের গ্রাহকেরা একই স্কোর পান।</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>সেগমেন্ট</translation>
    </message>
    <message>
        <source>Customer segments by their recency (R) and frequency (F) scores.</source>
        <translation>সাম্প্রতিকতা (R) ও পুনরাবৃত্তি (F) স্কোর অনুযায়ী গ্রাহক সেগমেন্ট।</translation>
    </message>
    <message>
        <source>Customers in the segment.</source>
        <translation>সেগমেন্টের গ্রাহক।</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>of the customers</comment>
        <translation>অংশ</translation>
    </message>
    <message>
        <source>The segment&apos;s share of all customers.</source>
        <translation>সব গ্রাহকের মধ্যে সেগমেন্টের অংশ।</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>আয়</translation>
    </message>
    <message>
        <source>The won deals of the segment&apos;s customers in the two years, in the default currency.</source>
        <translation>দুই বছরে সেগমেন্টের গ্রাহকদের জেতা ডিল, ডিফল্ট মুদ্রায়।</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>আয়ের অংশ</translation>
    </message>
    <message>
        <source>The segment&apos;s share of the revenue.</source>
        <translation>আয়ে সেগমেন্টের অংশ।</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>স্কোর</translation>
    </message>
    <message>
        <source>Which recency and frequency scores make the segment.</source>
        <translation>কোন সাম্প্রতিকতা ও পুনরাবৃত্তি স্কোর নিয়ে সেগমেন্টটি গঠিত।</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>সাম্প্রতিকতা</translation>
    </message>
    <message>
        <source>R 5: the most recent fifth of the customers; R 1: the longest ago.</source>
        <translation>R 5: সবচেয়ে সম্প্রতি কেনা এক-পঞ্চমাংশ গ্রাহক; R 1: যারা সবচেয়ে আগে কিনেছেন।</translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>Customers whose frequency score is %1 (5: the most won deals), and the revenue they brought; the tooltip gives their segment.</source>
        <translation>যেসব গ্রাহকের পুনরাবৃত্তি স্কোর %1 (5: সবচেয়ে বেশি জেতা ডিল), এবং তারা যে আয় এনেছেন; টুলটিপে তাদের সেগমেন্ট বলা থাকে।</translation>
    </message>
    <message>
        <source>R 5 (most recent)</source>
        <translation>R 5 (সবচেয়ে সম্প্রতি)</translation>
    </message>
    <message>
        <source>R 1 (longest ago)</source>
        <translation>R 1 (সবচেয়ে আগে)</translation>
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
        <translation>গ্রাহক: %1</translation>
    </message>
    <message>
        <source>Customers with R %1 and F %2 (%3)</source>
        <translation>যেসব গ্রাহকের R %1 ও F %2 (%3)</translation>
    </message>
    <message>
        <source>Customers with R %1</source>
        <translation>যেসব গ্রাহকের R %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; customer(s) in the two years to %1 brought &lt;b&gt;%2&lt;/b&gt; · &lt;b&gt;%3&lt;/b&gt; in “%4” or “%5”</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; জন গ্রাহক %1 পর্যন্ত দুই বছরে &lt;b&gt;%2&lt;/b&gt; এনেছেন · “%4” বা “%5”-এ &lt;b&gt;%3&lt;/b&gt; জন</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; জন গ্রাহক %1 পর্যন্ত দুই বছরে &lt;b&gt;%2&lt;/b&gt; এনেছেন · “%4” বা “%5”-এ &lt;b&gt;%3&lt;/b&gt; জন</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln won deal(s) in other currencies left out</source>
        <translation>
            <numerusform>%1 · অন্য মুদ্রার %Lnটি জেতা ডিল বাদ দেওয়া হয়েছে</numerusform>
            <numerusform>%1 · অন্য মুদ্রার %Lnটি জেতা ডিল বাদ দেওয়া হয়েছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln customer(s) · %2</source>
        <translation>
            <numerusform>%1 · %Ln জন গ্রাহক · %2</numerusform>
            <numerusform>%1 · %Ln জন গ্রাহক · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::DailyBackup</name>
    <message>
        <source>Daily backup saved in %1.</source>
        <translation>দৈনিক ব্যাকআপ %1-এ সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>দৈনিক ব্যাকআপ ব্যর্থ হয়েছে: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DataHealthDialog</name>
    <message>
        <source>Data Health</source>
        <translation>ডেটার মান</translation>
    </message>
    <message>
        <source> months</source>
        <translation> মাস</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>যাচাই</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>এর অর্থ কী</translation>
    </message>
    <message>
        <source>&amp;Show on the Contacts Page</source>
        <translation>&amp;পরিচিতি পাতায় দেখান</translation>
    </message>
    <message>
        <source>&amp;Inactive after:</source>
        <translation>নিষ্ক্রিয়তা&amp;র সময়সীমা:</translation>
    </message>
    <message>
        <source>On the Contacts page, Ctrl+A selects them all and Change Selected sets an owner, a status or a tag, or archives them.</source>
        <translation>পরিচিতি পাতায় Ctrl+A দিয়ে সবগুলো নির্বাচন করুন, আর “নির্বাচিতগুলো বদলান” দিয়ে দায়িত্বপ্রাপ্ত, অবস্থা বা ট্যাগ নির্ধারণ করুন, অথবা আর্কাইভ করুন।</translation>
    </message>
    <message>
        <source>Checking the contacts…</source>
        <translation>পরিচিতিগুলো যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DatabaseDamageDialog</name>
    <message>
        <source>The Database Is Damaged</source>
        <translation>ডেটাবেস ক্ষতিগ্রস্ত</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kontor found damage in this database.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontor এই ডেটাবেসে ক্ষতি খুঁজে পেয়েছে।&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A bad disk sector or a copy cut short can do this. What is saved from now on may be lost with the damaged part, and the daily backup will not copy a damaged file. Choose how to go on:</source>
        <translation>ডিস্কের খারাপ সেক্টর বা মাঝপথে থেমে যাওয়া কপি থেকে এমন হতে পারে। এখন থেকে যা সংরক্ষণ করবেন তা ক্ষতিগ্রস্ত অংশের সাথে হারিয়ে যেতে পারে, আর দৈনিক ব্যাকআপ ক্ষতিগ্রস্ত ফাইল কপি করবে না। কীভাবে এগোবেন বেছে নিন:</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>ব্যাকআপ ফিরিয়ে আনুন (&amp;R)…</translation>
    </message>
    <message>
        <source>Puts the newest backup made before the damage in place of this file; the dialog shows when each was made, so you see what would be lost since.</source>
        <translation>ক্ষতির আগের সবচেয়ে নতুন ব্যাকআপটি এই ফাইলের জায়গায় বসায়; কোনটি কখন তৈরি তা ডায়ালগে দেখা যায়, তাই এরপর থেকে কী হারাবে তা বুঝতে পারবেন।</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>এই ডেটাবেসের এখনো কোনো ব্যাকআপ নেই।</translation>
    </message>
    <message>
        <source>&amp;Save What Can Be Read…</source>
        <translation>যা পড়া যায় তা উদ্ধার করুন (&amp;S)…</translation>
    </message>
    <message>
        <source>Copies every row that can still be read into a new file and opens it; this file stays as it is.</source>
        <translation>এখনো পড়া যায় এমন প্রতিটি সারি একটি নতুন ফাইলে কপি করে সেটি খোলে; এই ফাইলটি যেমন আছে তেমনই থাকে।</translation>
    </message>
    <message>
        <source>Read &amp;Only</source>
        <translation>শুধু পড়ার জন্য (&amp;O)</translation>
    </message>
    <message>
        <source>Keeps this file open to look things up, and changes nothing in it.</source>
        <translation>তথ্য দেখার জন্য এই ফাইলটি খোলা রাখে, এতে কিছুই বদলায় না।</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>কাজ চালিয়ে যান (&amp;K)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DatabaseProblemDialog</name>
    <message>
        <source>Kontor cannot open this database</source>
        <translation>Kontor এই ডেটাবেস খুলতে পারছে না</translation>
    </message>
    <message>
        <source>&amp;Open Another File…</source>
        <translation>&amp;অন্য ফাইল খুলুন…</translation>
    </message>
    <message>
        <source>&amp;Create New Database…</source>
        <translation>&amp;নতুন ডেটাবেস তৈরি করুন…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>প্রস্থান (&amp;Q)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>ডেটাবেস খুলুন</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite *.db);;All files (*)</source>
        <translation>Kontor ডেটাবেস (*.sqlite *.db);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>নতুন ডেটাবেস</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>Kontor ডেটাবেস (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealCardModel</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>ধাপে %Ln দিন</numerusform>
            <numerusform>ধাপে %Ln দিন</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in the stage, on a narrow card</comment>
        <translation>
            <numerusform>%Ln দিন</numerusform>
            <numerusform>%Ln দিন</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln দিন</numerusform>
            <numerusform>%Ln দিন</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>, stale</source>
        <translation>, থেমে আছে</translation>
    </message>
    <message>
        <source>, expected to close %1</source>
        <translation>, সম্ভাব্য সমাপ্তি %1</translation>
    </message>
    <message>
        <source>, lost: %1</source>
        <translation>, হারানো: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealDialog</name>
    <message>
        <source>Edit Deal</source>
        <translation>ডিল সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>নতুন ডিল</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a deal</comment>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>What is sold, e.g. 40 office chairs</source>
        <translation>কী বিক্রি হচ্ছে, যেমন ৪০টি অফিস চেয়ার</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>মুদ্রা</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation>ডিল হারানোর কারণ</translation>
    </message>
    <message>
        <source>e.g. price too high, chose a competitor</source>
        <translation>যেমন দাম বেশি, প্রতিযোগীকে বেছে নিয়েছে</translation>
    </message>
    <message>
        <source>Lost &amp;because:</source>
        <translation>হারানোর কারণ (&amp;B):</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>অজানা</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>সম্ভাব্য সমাপ্তি</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>নির্ধারিত নয়</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>শিরোনা&amp;ম:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;পরিচিতি:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>পরিমা&amp;ণ:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>ধাপ (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>দায়িত্বপ্রাপ্ত (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Lead source:</source>
        <translation>লিডে&amp;র উৎস:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;সম্ভাব্য সমাপ্তি:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>নো&amp;ট:</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>“%1” %2-এ কোনো পরিমাণ নয়।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DealTableModel</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (থেমে আছে)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>ধাপে দিন</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>সম্ভাব্য সমাপ্তি</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DerivedDataKeeper</name>
    <message>
        <source>The customers&apos; segments and the scores could not be read.</source>
        <translation>গ্রাহকদের সেগমেন্ট ও স্কোর পড়া যায়নি।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DuplicatesDialog</name>
    <message>
        <source>First name</source>
        <translation>নামের প্রথম অংশ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>নামের শেষ অংশ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>পদবি</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>জন্মদিন</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>ডুপ্লিকেট খুঁজুন</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;পরিচিতি</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>কোম্পানি (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find Duplicates</source>
        <translation>ডুপ্লিকে&amp;ট খুঁজুন</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>স্কোর</translation>
    </message>
    <message>
        <source>First</source>
        <translation>প্রথম</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>দ্বিতীয়</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>কেন</translation>
    </message>
    <message>
        <source>Keep the fi&amp;rst</source>
        <translation>প্র&amp;থমটি রাখুন</translation>
    </message>
    <message>
        <source>Keep the &amp;second</source>
        <translation>দ্বিতীয়টি রাখুন (&amp;S)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ফিল্ড</translation>
    </message>
    <message>
        <source>The two records of the pair chosen above show here, side by side.</source>
        <translation>ওপরে বেছে নেওয়া জোড়ার দুটি রেকর্ড এখানে পাশাপাশি দেখা যায়।</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;একত্র করুন</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation>ডুপ্লিকেট &amp;নয়</translation>
    </message>
    <message>
        <source>Click the value to keep in each row. Emails, phone numbers and tags of both are kept; the calls, meetings, deals and reminders of both end up with the record kept.</source>
        <translation>প্রতিটি সারিতে যে মান রাখতে চান, তাতে ক্লিক করুন। দুটিরই ইমেইল, ফোন নম্বর ও ট্যাগ রাখা হয়; দুটিরই কল, মিটিং, ডিল ও রিমাইন্ডার রেখে দেওয়া রেকর্ডটিতে চলে যায়।</translation>
    </message>
    <message>
        <source>Press Find Duplicates to look for contacts entered twice.</source>
        <translation>দুবার লেখা পরিচিতি খুঁজতে “ডুপ্লিকেট খুঁজুন” চাপুন।</translation>
    </message>
    <message>
        <source>Press Find Duplicates to look for companies entered twice.</source>
        <translation>দুবার লেখা কোম্পানি খুঁজতে “ডুপ্লিকেট খুঁজুন” চাপুন।</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>ডুপ্লিকেট খোঁজা হচ্ছে…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>No pairs to look at: none were found, or each one was merged or set aside.</source>
        <translation>দেখার মতো কোনো জোড়া নেই: কোনোটি পাওয়া যায়নি, অথবা প্রতিটি একত্র করা বা সরিয়ে রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>কোনো ডুপ্লিকেট পাওয়া যায়নি।</translation>
    </message>
    <message>
        <source>%1 pairs; the %2 most certain are listed.</source>
        <translation>%1টি জোড়া; সবচেয়ে নিশ্চিত %2টি দেখানো হলো।</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s).</source>
        <translation>
            <numerusform>%Lnটি জোড়া।</numerusform>
            <numerusform>%Lnটি জোড়া।</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ওয়েবসাইট</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>City</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>ফোন নম্বর</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Making a backup before merging…</source>
        <translation>একত্র করার আগে ব্যাকআপ নেওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>একত্রীকরণ</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was merged: %1</source>
        <translation>ব্যাকআপ নেওয়া যায়নি, তাই কিছুই একত্র করা হয়নি: %1</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>পরিচিতি একত্র করুন</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>কোম্পানি একত্র করুন</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n pair(s) left.</source>
        <translation>
            <numerusform>একত্র করা হয়েছে। আর %Lnটি জোড়া বাকি।</numerusform>
            <numerusform>একত্র করা হয়েছে। আর %Lnটি জোড়া বাকি।</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Duplicates</source>
        <translation>ডুপ্লিকেট নয়</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>ধাপ</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldConditionEditor</name>
    <message>
        <source>Title</source>
        <comment>job title</comment>
        <translation>পদবি</translation>
    </message>
    <message>
        <source>City</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>part of a country</comment>
        <translation>অঞ্চল</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>পোস্ট কোড</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>যোগ করার তারিখ</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>শেষ যোগাযোগ</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>লিড স্কোর</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>দেশ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>পর্যন্ত</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a range of values: 10 to 20</comment>
        <translation>থেকে</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>না</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>ফিল্ড (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>শর্ত (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>মান (&amp;V):</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>দুটি মানের মধ্যে</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>কমপক্ষে</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>সর্বোচ্চ</translation>
    </message>
    <message>
        <source>is</source>
        <comment>a value equals</comment>
        <translation>সমান</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>এই দিনে বা পরে</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>এই দিনে বা আগে</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>এই দিনে</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>এগুলোর যেকোনোটি</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>এগুলোর কোনোটিই নয়</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>এতে আছে</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>সমান নয়</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>খালি</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>খালি নয়</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>%1-এ পরিমাণ</translation>
    </message>
    <message>
        <source>the field&apos;s currency</source>
        <translation>ফিল্ডের মুদ্রা</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>একটি সংখ্যা লিখুন।</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 খালি</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 খালি নয়</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 %2 তারিখে</translation>
    </message>
    <message>
        <source>%1 on or after %2</source>
        <translation>%1 %2 বা তার পরে</translation>
    </message>
    <message>
        <source>%1 on or before %2</source>
        <translation>%1 %2 বা তার আগে</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>সীমাটি শুরুর আগেই শেষ হয়ে যায়।</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 %2 থেকে %3</translation>
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
        <translation>অন্তত একটি বিকল্পে টিক দিন।</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the choices of a filter</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 %2-এর কোনোটিই নয়</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 %2-এর যেকোনো একটি</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>কী খুঁজবেন তা লিখুন।</translation>
    </message>
    <message>
        <source>%1 is “%2”</source>
        <translation>%1 হলো “%2”</translation>
    </message>
    <message>
        <source>%1 is not “%2”</source>
        <translation>%1 “%2” নয়</translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <translation>%1-এ “%2” আছে</translation>
    </message>
    <message>
        <source>%1 (company)</source>
        <comment>a field of the contact&apos;s company: Industry (company)</comment>
        <translation>%1 (কোম্পানি)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>শিল্পখাত</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>এলাকা</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldFilterDialog</name>
    <message>
        <source>Filter by Field</source>
        <translation>ফিল্ড দিয়ে ফিল্টার করুন</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>ফিল্টার করুন (&amp;F)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FieldSettingsPage</name>
    <message>
        <source>Fields of</source>
        <translation>কোন রেকর্ডের ফিল্ড</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>আর্কাইভ করা দেখান (&amp;H)</translation>
    </message>
    <message>
        <source>Your fields</source>
        <translation>আপনার ফিল্ড</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>আবশ্যক</translation>
    </message>
    <message>
        <source>&amp;Add Field…</source>
        <translation>ফিল্ড যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>পরিবর্তন করুন (&amp;C)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;ওপরে সরান</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>নিচে &amp;সরান</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>আর্কাইভ করুন (&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Qualification Fields</source>
        <translation>যোগ্যতা যাচাইয়ের ফিল্ড যোগ করুন (&amp;Q)</translation>
    </message>
    <message>
        <source>Budget, Need, Timeline, Decision maker, Authority, Competitors, Objections and Lead status, for contacts: ordinary fields afterwards, to change or archive.</source>
        <translation>পরিচিতির জন্য বাজেট, প্রয়োজন, সময়সীমা, সিদ্ধান্তগ্রহণকারী, সিদ্ধান্তের ক্ষমতা, প্রতিযোগী, আপত্তি ও লিডের অবস্থা: এরপর এগুলো সাধারণ ফিল্ড, পরিবর্তন বা আর্কাইভ করা যায়।</translation>
    </message>
    <message>
        <source>Fields &amp;of:</source>
        <translation>কোন রেকর্ডের ফিল্ড (&amp;O):</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (আর্কাইভ করা)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <source>Resto&amp;re</source>
        <translation>পুনরুদ্ধার করুন (&amp;R)</translation>
    </message>
    <message>
        <source>A contact&apos;s own fields are on the “More fields” page of its dialog and on its card; scripts reach them by key (kontor-cli field, contact --set, contacts --where). Archiving hides a field and keeps its values.</source>
        <translation>পরিচিতির নিজস্ব ফিল্ডগুলো থাকে তার ডায়ালগের “আরও ফিল্ড” পাতায় এবং তার কার্ডে; স্ক্রিপ্ট কী দিয়ে এগুলোতে পৌঁছায় (kontor-cli field, contact --set, contacts --where)। আর্কাইভ করলে ফিল্ডটি লুকানো হয়, কিন্তু এর মানগুলো থেকে যায়।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ForecastReportView</name>
    <message>
        <source>Expected close</source>
        <translation>সম্ভাব্য সমাপ্তি</translation>
    </message>
    <message>
        <source>The month the deals are expected to close; overdue months come first.</source>
        <translation>যে মাসে ডিলগুলো সমাপ্ত হওয়ার কথা; সময় পেরোনো মাসগুলো আগে।</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>বিক্রয়কর্মী</translation>
    </message>
    <message>
        <source>The deals&apos; owner.</source>
        <translation>ডিলগুলোর দায়িত্বপ্রাপ্ত।</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Open deals expected to close in the month.</source>
        <translation>যে খোলা ডিলগুলো এই মাসে সমাপ্ত হওয়ার কথা।</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>Their amounts.</source>
        <translation>সেগুলোর পরিমাণ।</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>ভারযুক্ত</translation>
    </message>
    <message>
        <source>Their amounts times the probability of their stage.</source>
        <translation>সেগুলোর পরিমাণ গুণ তাদের ধাপের সম্ভাবনা।</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>বিলম্বিত</translation>
    </message>
    <message>
        <source>Deals whose expected close date has passed while they are still open.</source>
        <translation>যে ডিলগুলোর সম্ভাব্য সমাপ্তির তারিখ পেরিয়ে গেছে, অথচ এখনো খোলা।</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>তারিখ নেই</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(কেউ নয়)</translation>
    </message>
    <message>
        <source>Open deals by expected close</source>
        <translation>সম্ভাব্য সমাপ্তি অনুযায়ী খোলা ডিল</translation>
    </message>
    <message>
        <source>No open deals: add one with Ctrl+Shift+N and give it an expected close date.</source>
        <translation>কোনো খোলা ডিল নেই: Ctrl+Shift+N দিয়ে একটি যোগ করুন এবং একটি সম্ভাব্য সমাপ্তির তারিখ দিন।</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; open deal(s) are past their expected close date.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt;টি খোলা ডিলের সম্ভাব্য সমাপ্তির তারিখ পেরিয়ে গেছে।</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt;টি খোলা ডিলের সম্ভাব্য সমাপ্তির তারিখ পেরিয়ে গেছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deal is past its expected close date.</source>
        <translation>কোনো খোলা ডিলের সম্ভাব্য সমাপ্তির তারিখ পেরোয়নি।</translation>
    </message>
    <message>
        <source>Open deals expected in %1</source>
        <translation>%1-এ প্রত্যাশিত খোলা ডিল</translation>
    </message>
</context>
<context>
    <name>kontor::ui::FunnelReportView</name>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>The stages in the order of the pipeline.</source>
        <translation>পাইপলাইনের ক্রম অনুযায়ী ধাপগুলো।</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>পৌঁছেছে</translation>
    </message>
    <message>
        <source>Deals that first reached the stage in the period (a deal that skipped it is not counted; one that came back is counted once).</source>
        <translation>যে ডিলগুলো এই সময়কালে প্রথমবার ধাপটিতে পৌঁছেছে (যে ডিল ধাপটি এড়িয়ে গেছে তা গোনা হয় না; যেটি ফিরে এসেছে তা একবার গোনা হয়)।</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>এগিয়েছে</translation>
    </message>
    <message>
        <source>Of those, the deals that have gone on to a later stage other than Lost.</source>
        <translation>এদের মধ্যে যে ডিলগুলো হারানো ছাড়া পরের কোনো ধাপে এগিয়েছে।</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>রূপান্তর</translation>
    </message>
    <message>
        <source>Went on ÷ reached.</source>
        <translation>এগিয়েছে ÷ পৌঁছেছে।</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>মূল্য</translation>
    </message>
    <message>
        <source>The amounts of the deals that reached the stage.</source>
        <translation>ধাপটিতে পৌঁছানো ডিলগুলোর পরিমাণ।</translation>
    </message>
    <message>
        <source>Days to go on</source>
        <translation>এগোতে লাগা দিন</translation>
    </message>
    <message>
        <source>Average days those that went on took to, from first reaching the stage.</source>
        <translation>যেগুলো এগিয়েছে, ধাপটিতে প্রথম পৌঁছানো থেকে এগোতে সেগুলোর গড়ে যত দিন লেগেছে।</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Deals reaching each stage</source>
        <translation>প্রতিটি ধাপে পৌঁছানো ডিল</translation>
    </message>
    <message>
        <source>deals</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; deals created · &lt;b&gt;%2&lt;/b&gt; won (%3) · &lt;b&gt;%4&lt;/b&gt; lost · win rate &lt;b&gt;%5&lt;/b&gt; · from created to won &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;টি ডিল তৈরি · &lt;b&gt;%2&lt;/b&gt;টি জেতা (%3) · &lt;b&gt;%4&lt;/b&gt;টি হারানো · জয়ের হার &lt;b&gt;%5&lt;/b&gt; · তৈরি থেকে জেতা &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No deal moved in this period: add deals with Ctrl+Shift+N and move them on the pipeline, or choose a longer period.</source>
        <translation>এই সময়কালে কোনো ডিল সরেনি: Ctrl+Shift+N দিয়ে ডিল যোগ করুন এবং পাইপলাইনে সেগুলো সরান, অথবা আরও লম্বা সময়কাল বেছে নিন।</translation>
    </message>
    <message>
        <source>Win rate: won ÷ (won + lost) in the period. From created to won: deals won in the period ÷ deals created in it.</source>
        <translation>জয়ের হার: সময়কালে জেতা ÷ (জেতা + হারানো)। তৈরি থেকে জেতা: সময়কালে জেতা ডিল ÷ ওই সময়কালে তৈরি ডিল।</translation>
    </message>
    <message>
        <source>Deals that reached “%1”</source>
        <translation>যে ডিলগুলো “%1” ধাপে পৌঁছেছে</translation>
    </message>
</context>
<context>
    <name>kontor::ui::GlobalSearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>সবকিছুতে খুঁজুন</translation>
    </message>
    <message>
        <source>Names, companies, emails, phones, notes…</source>
        <translation>নাম, কোম্পানি, ইমেইল, ফোন, নোট…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>অনুসন্ধানের ফলাফল</translation>
    </message>
    <message>
        <source>Type to search; Enter opens the highlighted result.</source>
        <translation>খুঁজতে টাইপ করুন; Enter চাপলে চিহ্নিত ফলাফলটি খোলে।</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>“%1”-এর জন্য কিছু পাওয়া যায়নি।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s); Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%Lnটি ফলাফল; Enter চাপলে চিহ্নিতটি খোলে।</numerusform>
            <numerusform>%Lnটি ফলাফল; Enter চাপলে চিহ্নিতটি খোলে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>ইমপোর্টের ইতিহাস</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>তৈরি</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>হালনাগাদ</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>একত্র</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>বাদ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>প্রত্যাখ্যাত</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>ফিরিয়ে নেওয়া</translation>
    </message>
    <message>
        <source>No imports yet: File → Import Contacts… (Ctrl+Shift+I) brings in a spreadsheet or a vCard file, and each import can be undone here.</source>
        <translation>এখনো কোনো ইমপোর্ট নেই: ফাইল → পরিচিতি ইমপোর্ট করুন… (Ctrl+Shift+I) দিয়ে একটি স্প্রেডশিট বা vCard ফাইল আনা যায়, এবং প্রতিটি ইমপোর্ট এখান থেকে ফিরিয়ে নেওয়া যায়।</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;ইমপোর্ট ফিরিয়ে নিন…</translation>
    </message>
    <message>
        <source>Undoing an import removes the contacts it created (those with calls, deals or reminders logged since are archived instead) and puts back the ones it changed.</source>
        <translation>ইমপোর্ট ফিরিয়ে নিলে এর তৈরি করা পরিচিতিগুলো সরানো হয় (যেগুলোর জন্য এরপর কল, ডিল বা রিমাইন্ডার লেখা হয়েছে, সেগুলো বরং আর্কাইভ করা হয়) এবং এর বদলানো পরিচিতিগুলো আগের অবস্থায় ফেরানো হয়।</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>ইমপোর্ট ফিরিয়ে নিন</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>“%1”-এর ইমপোর্ট ফিরিয়ে নেবেন? এর তৈরি করা %Lnটি পরিচিতি সরানো হবে এবং যেগুলো বদলেছে সেগুলো আগের অবস্থায় ফেরানো হবে।</numerusform>
            <numerusform>“%1”-এর ইমপোর্ট ফিরিয়ে নেবেন? এর তৈরি করা %Lnটি পরিচিতি সরানো হবে এবং যেগুলো বদলেছে সেগুলো আগের অবস্থায় ফেরানো হবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>ইমপোর্ট ফিরিয়ে নেওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>%1 contacts removed, %2 put back as they were, %3 archived (they have history logged since).</source>
        <translation>%1টি পরিচিতি সরানো হয়েছে, %2টি আগের অবস্থায় ফেরানো হয়েছে, %3টি আর্কাইভ করা হয়েছে (এরপর থেকে এগুলোর ইতিহাস লেখা হয়েছে)।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>ইমপোর্ট সম্পন্ন</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>লাইন</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>কেন</translation>
    </message>
    <message>
        <source>&amp;Show the Imported Contacts</source>
        <translation>&amp;ইমপোর্ট করা পরিচিতি দেখান</translation>
    </message>
    <message>
        <source>The Contacts page, filtered to what this import created or changed</source>
        <translation>পরিচিতি পাতা, এই ইমপোর্টে যা তৈরি বা বদলানো হয়েছে তা দিয়ে ফিল্টার করা</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>&amp;এই ইমপোর্ট ফিরিয়ে নিন…</translation>
    </message>
    <message>
        <source>Removes what it created and puts back what it changed; File → Import History can do it later too</source>
        <translation>এর তৈরি করা জিনিস সরায় এবং বদলানো জিনিস আগের অবস্থায় ফেরায়; পরেও ফাইল → ইমপোর্টের ইতিহাস থেকে এটি করা যায়</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>%1 থেকে।</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; created · &lt;b&gt;%2&lt;/b&gt; updated · &lt;b&gt;%3&lt;/b&gt; merged · &lt;b&gt;%4&lt;/b&gt; skipped as duplicates · &lt;b&gt;%5&lt;/b&gt; rejected, of %6 rows; %7 kept with a warning (see their notes).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;টি তৈরি · &lt;b&gt;%2&lt;/b&gt;টি হালনাগাদ · &lt;b&gt;%3&lt;/b&gt;টি একত্র · &lt;b&gt;%4&lt;/b&gt;টি ডুপ্লিকেট হিসেবে বাদ · &lt;b&gt;%5&lt;/b&gt;টি প্রত্যাখ্যাত, মোট %6টি সারির মধ্যে; %7টি সতর্কতাসহ রাখা হয়েছে (সেগুলোর নোট দেখুন)।</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>কোনো সারি প্রত্যাখ্যাত হয়নি।</translation>
    </message>
    <message>
        <source>Rejected rows, with why: fix them in the file and import it again (the rows already there are found as duplicates).</source>
        <translation>প্রত্যাখ্যাত সারি, কারণসহ: ফাইলে এগুলো ঠিক করে আবার ইমপোর্ট করুন (যে সারিগুলো আগেই আছে সেগুলো ডুপ্লিকেট হিসেবে ধরা পড়বে)।</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n contacts it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>“%1”-এর ইমপোর্ট ফিরিয়ে নেবেন? এর তৈরি করা %Lnটি পরিচিতি সরানো হবে এবং যেগুলো বদলেছে সেগুলো আগের অবস্থায় ফেরানো হবে।</numerusform>
            <numerusform>“%1”-এর ইমপোর্ট ফিরিয়ে নেবেন? এর তৈরি করা %Lnটি পরিচিতি সরানো হবে এবং যেগুলো বদলেছে সেগুলো আগের অবস্থায় ফেরানো হবে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of “%1”? The %n records it created are removed and those it changed are put back as they were.</source>
        <translation>
            <numerusform>“%1”-এর ইমপোর্ট ফিরিয়ে নেবেন? এর তৈরি করা %Lnটি রেকর্ড সরানো হবে এবং যেগুলো বদলেছে সেগুলো আগের অবস্থায় ফেরানো হবে।</numerusform>
            <numerusform>“%1”-এর ইমপোর্ট ফিরিয়ে নেবেন? এর তৈরি করা %Lnটি রেকর্ড সরানো হবে এবং যেগুলো বদলেছে সেগুলো আগের অবস্থায় ফেরানো হবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo This Import</source>
        <translation>এই ইমপোর্ট ফিরিয়ে নিন</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>ইমপোর্ট ফিরিয়ে নেওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Taken back: %1 removed, %2 put back as they were, %3 archived (they have history logged since).</source>
        <translation>ফিরিয়ে নেওয়া হয়েছে: %1টি সরানো হয়েছে, %2টি আগের অবস্থায় ফেরানো হয়েছে, %3টি আর্কাইভ করা হয়েছে (এরপর থেকে এগুলোর ইতিহাস লেখা হয়েছে)।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ImportWizard</name>
    <message>
        <source>Import Contacts</source>
        <translation>পরিচিতি ইমপোর্ট করুন</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;ইমপোর্ট করুন</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;সম্পন্ন</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation>পরিচিতি (*.csv *.txt *.tsv *.vcf *.vcard);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows here.</source>
        <translation>কোনো ফাইলের প্রথম সারিগুলো এখানে দেখতে সেটি বেছে নিন।</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” পড়া যায়নি: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message numerus="yes">
        <source>A vCard address book with %n contacts.</source>
        <translation>
            <numerusform>%Lnটি পরিচিতিসহ একটি vCard ঠিকানা বই।</numerusform>
            <numerusform>%Lnটি পরিচিতিসহ একটি vCard ঠিকানা বই।</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>ফাইলে কোনো সারি নেই।</translation>
    </message>
    <message numerus="yes">
        <source>%1, fields separated by: %2. %n columns.</source>
        <translation>
            <numerusform>%1, ফিল্ডের বিভাজক: %2। %Lnটি কলাম।</numerusform>
            <numerusform>%1, ফিল্ডের বিভাজক: %2। %Lnটি কলাম।</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows to show.</source>
        <translation>ফাইলে দেখানোর মতো কোনো সারি নেই।</translation>
    </message>
    <message>
        <source>The file holds no vCards.</source>
        <translation>ফাইলে কোনো vCard নেই।</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>কলাম %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>বাদ রাখুন</translation>
    </message>
    <message>
        <source>No preset fits these columns: choose their fields below</source>
        <translation>এই কলামগুলোর সাথে কোনো প্রিসেট মেলে না: নিচে সেগুলোর ফিল্ড বেছে নিন</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>প্রিসেট হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>প্রতিটি সারি যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>ইমপোর্ট হচ্ছে…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 to merge, %5 to skip, %6 rejected; %7 with warnings.</source>
        <translation>%1টি সারি: %2টি তৈরি হবে, %3টি হালনাগাদ হবে, %4টি একত্র হবে, %5টি বাদ যাবে, %6টি প্রত্যাখ্যাত; %7টিতে সতর্কতা।</translation>
    </message>
    <message>
        <source>Making a backup before the import…</source>
        <translation>ইমপোর্টের আগে ব্যাকআপ নেওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was imported: %1</source>
        <translation>ব্যাকআপ নেওয়া যায়নি, তাই কিছুই ইমপোর্ট করা হয়নি: %1</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>A CSV file (from a spreadsheet, Google Contacts, Outlook or another CRM) or a vCard address book (.vcf). Kontor reads its encoding and delimiter; change them if the preview looks wrong.</source>
        <translation>একটি CSV ফাইল (স্প্রেডশিট, Google Contacts, Outlook বা অন্য কোনো CRM থেকে) অথবা একটি vCard ঠিকানা বই (.vcf)। Kontor ফাইলটির এনকোডিং ও বিভাজক নিজেই চিনে নেয়; প্রিভিউ ভুল দেখালে এগুলো বদলান।</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ব্রা&amp;উজ করুন…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Interactions (calls, meetings, emails…)</source>
        <translation>যোগাযোগ (কল, মিটিং, ইমেইল…)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>The first row holds the column names (a &amp;header)</source>
        <translation>প্রথম সারিতে &amp;কলামের নাম আছে (একটি হেডার)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ফা&amp;ইল:</translation>
    </message>
    <message>
        <source>&amp;Kind of records:</source>
        <translation>রে&amp;কর্ডের ধরন:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;এনকোডিং:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>বিভা&amp;জক:</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>কলাম ও ফিল্ড</translation>
    </message>
    <message>
        <source>Which field each column fills. Columns left on “Leave out” are not imported. A preset maps the columns of a known program; save your own for files you import again.</source>
        <translation>প্রতিটি কলাম কোন ফিল্ড পূরণ করবে। যে কলামগুলো “বাদ রাখুন”-এ থাকে, সেগুলো ইমপোর্ট হয় না। প্রিসেট পরিচিত কোনো প্রোগ্রামের কলামগুলো ম্যাপ করে দেয়; যে ফাইল আবার ইমপোর্ট করবেন, সেগুলোর জন্য নিজের প্রিসেট সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>প্রিসেট হিসেবে সংরক্ষণ করুন (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>প্রিসে&amp;ট:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>কলাম</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>প্রথম মানগুলো</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ফিল্ড</translation>
    </message>
    <message>
        <source>Map a column to the first, last or full name.</source>
        <translation>একটি কলাম নামের প্রথম অংশ, শেষ অংশ বা পুরো নামের সাথে ম্যাপ করুন।</translation>
    </message>
    <message>
        <source>Map a column to “%1”: every row needs it.</source>
        <translation>একটি কলাম “%1”-এর সাথে ম্যাপ করুন: প্রতিটি সারিতে এটি দরকার।</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>প্রিসেটের নাম:</translation>
    </message>
    <message>
        <source>Duplicates and a check</source>
        <translation>ডুপ্লিকেট ও যাচাই</translation>
    </message>
    <message>
        <source>A row is a duplicate when its email or phone number is already there (or its name, when it has neither). The check goes through every row and changes nothing.</source>
        <translation>কোনো সারির ইমেইল বা ফোন নম্বর আগে থেকেই থাকলে (অথবা দুটোর কোনোটিই না থাকলে তার নাম থাকলে) সারিটি ডুপ্লিকেট। যাচাই প্রতিটি সারি দেখে, কিছুই বদলায় না।</translation>
    </message>
    <message>
        <source>&amp;Skip it: keep the contact as it is</source>
        <translation>বা&amp;দ দিন: পরিচিতিটি যেমন আছে তেমন রাখুন</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the row&apos;s values (empty cells change nothing)</source>
        <translation>সারি&amp;র মান দিয়ে পরিচিতিটি হালনাগাদ করুন (খালি ঘর কিছুই বদলায় না)</translation>
    </message>
    <message>
        <source>&amp;Merge: the contact keeps its values and gains what it lacks</source>
        <translation>&amp;একত্র করুন: পরিচিতির নিজের মান থাকে এবং যা নেই তা যোগ হয়</translation>
    </message>
    <message>
        <source>Create a &amp;new contact all the same</source>
        <translation>তবুও একটি &amp;নতুন পরিচিতি তৈরি করুন</translation>
    </message>
    <message>
        <source>&amp;Check Every Row</source>
        <translation>প্রতিটি সারি যাচাই করুন (&amp;C)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>লাইন</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>কেন</translation>
    </message>
    <message>
        <source>Not checked with this rule yet.</source>
        <translation>এই নিয়মে এখনো যাচাই করা হয়নি।</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>কমা</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>সেমিকোলন</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>ট্যাব</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>উল্লম্ব রেখা</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>কিছুই ইমপোর্ট হয়নি: %1</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <comment>wizard button: to the previous page</comment>
        <translation>&lt; পিছনে (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <comment>wizard button: to the next page</comment>
        <translation>পরবর্তী (&amp;N) &gt;</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LanguageSettingsPage</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>সিস্টেমের ভাষা</translation>
    </message>
    <message>
        <source>The language&apos;s own (Solar Hijri for Persian)</source>
        <translation>ভাষার নিজস্ব (ফার্সির জন্য সৌর হিজরি)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>গ্রেগরীয়</translation>
    </message>
    <message>
        <source>Solar Hijri (Farvardin to Esfand)</source>
        <translation>সৌর হিজরি (ফারভারদিন থেকে এসফান্দ)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ভাষা (&amp;L):</translation>
    </message>
    <message>
        <source>Calen&amp;dar:</source>
        <translation>ক্যালেন্ডা&amp;র:</translation>
    </message>
    <message>
        <source>The language&apos;s own (۱۲۳ in Persian, ১২৩ in Bengali)</source>
        <translation>ভাষার নিজস্ব (ফার্সিতে ۱۲۳, বাংলায় ১২৩)</translation>
    </message>
    <message>
        <source>Latin (123)</source>
        <translation>লাতিন (123)</translation>
    </message>
    <message>
        <source>Dates are shown, typed and counted in this calendar: lists, date fields and the reports&apos; months, quarters and years. Files keep ISO dates. Numbers, dates and times are written in the digits chosen, everywhere in the window.
The window opens again in the chosen language when Settings closes.</source>
        <translation>তারিখ এই ক্যালেন্ডারে দেখানো, লেখা ও গোনা হয়: তালিকা, তারিখের ঘর এবং রিপোর্টের মাস, প্রান্তিক ও বছর। ফাইলে ISO তারিখ থাকে। সংখ্যা, তারিখ ও সময় উইন্ডোর সব জায়গায় বাছাই করা অঙ্কে লেখা হয়।
সেটিংস বন্ধ হলে উইন্ডোটি বাছাই করা ভাষায় আবার খোলে।</translation>
    </message>
    <message>
        <source>D&amp;igits:</source>
        <translation>&amp;অঙ্ক:</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LeadSourceReportView</name>
    <message>
        <source>Source</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>Lead sources, most revenue first; campaigns indented under their source.</source>
        <translation>লিডের উৎস, সবচেয়ে বেশি আয় আগে; ক্যাম্পেইনগুলো তাদের উৎসের নিচে সরিয়ে দেখানো।</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>লিড</translation>
    </message>
    <message>
        <source>Contacts from the source created in the period.</source>
        <translation>এই সময়কালে তৈরি হওয়া, এই উৎস থেকে আসা পরিচিতি।</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>যোগ্য</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Contacts with a deal from the source won in the period.</source>
        <translation>এই উৎসের এমন পরিচিতি, যাদের একটি ডিল এই সময়কালে জেতা হয়েছে।</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>রূপান্তর</translation>
    </message>
    <message>
        <source>Customers ÷ leads.</source>
        <translation>গ্রাহক ÷ লিড।</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>আয়</translation>
    </message>
    <message>
        <source>The amounts of the deals from the source won in the period.</source>
        <translation>এই সময়কালে জেতা, এই উৎসের ডিলগুলোর পরিমাণ।</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>খরচ</translation>
    </message>
    <message>
        <source>Campaign spend falling in the period, spread evenly over each campaign&apos;s days.</source>
        <translation>এই সময়কালে পড়া ক্যাম্পেইনের খরচ, প্রতিটি ক্যাম্পেইনের দিনগুলোতে সমানভাবে ভাগ করা।</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>লিডপ্রতি খরচ</translation>
    </message>
    <message>
        <source>Spend ÷ leads.</source>
        <translation>খরচ ÷ লিড।</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>গ্রাহকপ্রতি খরচ</translation>
    </message>
    <message>
        <source>Spend ÷ customers.</source>
        <translation>খরচ ÷ গ্রাহক।</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>(Revenue − spend) ÷ spend.</source>
        <translation>(আয় − খরচ) ÷ খরচ।</translation>
    </message>
    <message>
        <source>%1 conv. · ROI %2</source>
        <comment>a lead source&apos;s figures in the chart</comment>
        <translation>রূপান্তর %1 · ROI %2</translation>
    </message>
    <message>
        <source>%1 conv.</source>
        <comment>a lead source&apos;s figures in the chart</comment>
        <translation>রূপান্তর %1</translation>
    </message>
    <message>
        <source>Revenue and spend by source</source>
        <translation>উৎস অনুযায়ী আয় ও খরচ</translation>
    </message>
    <message>
        <source>Best and weakest by return on spend ((revenue − spend) ÷ spend) where two or more sources have spend recorded in the period; otherwise by conversion (customers ÷ leads) and, between equals, revenue.</source>
        <translation>সবচেয়ে ভালো ও সবচেয়ে দুর্বল: এই সময়কালে দুই বা ততোধিক উৎসের খরচ লেখা থাকলে খরচের বিপরীতে রিটার্ন ((আয় − খরচ) ÷ খরচ) অনুযায়ী; না হলে রূপান্তর (গ্রাহক ÷ লিড) অনুযায়ী, আর সমান হলে আয় অনুযায়ী।</translation>
    </message>
    <message>
        <source>No leads in this period: give contacts a lead source (in the contact dialog or when importing), or choose a longer period.</source>
        <translation>এই সময়কালে কোনো লিড নেই: পরিচিতিদের একটি লিডের উৎস দিন (পরিচিতির ডায়ালগে বা ইমপোর্টের সময়), অথবা আরও লম্বা সময়কাল বেছে নিন।</translation>
    </message>
    <message>
        <source>No deal from a lead source was won in this period.</source>
        <translation>এই সময়কালে কোনো লিডের উৎস থেকে আসা কোনো ডিল জেতা হয়নি।</translation>
    </message>
    <message>
        <source>%1 of leads became customers, %2</source>
        <comment>conversion, then revenue</comment>
        <translation>লিডের %1 গ্রাহক হয়েছে, %2</translation>
    </message>
    <message>
        <source>Only &lt;b&gt;%1&lt;/b&gt; brought leads or customers in this period (%2).</source>
        <translation>এই সময়কালে শুধু &lt;b&gt;%1&lt;/b&gt; লিড বা গ্রাহক এনেছে (%2)।</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;%1&lt;/b&gt; (ROI %2) · weakest: &lt;b&gt;%3&lt;/b&gt; (ROI %4), by return on spend.</source>
        <translation>সবচেয়ে ভালো: &lt;b&gt;%1&lt;/b&gt; (ROI %2) · সবচেয়ে দুর্বল: &lt;b&gt;%3&lt;/b&gt; (ROI %4), খরচের বিপরীতে রিটার্ন অনুযায়ী।</translation>
    </message>
    <message>
        <source>Best: &lt;b&gt;%1&lt;/b&gt; (%2) · weakest: &lt;b&gt;%3&lt;/b&gt; (%4), by conversion and revenue; record campaign spend to compare return on spend.</source>
        <translation>সবচেয়ে ভালো: &lt;b&gt;%1&lt;/b&gt; (%2) · সবচেয়ে দুর্বল: &lt;b&gt;%3&lt;/b&gt; (%4), রূপান্তর ও আয় অনুযায়ী; খরচের বিপরীতে রিটার্ন তুলনা করতে ক্যাম্পেইনের খরচ লিখে রাখুন।</translation>
    </message>
    <message>
        <source>Leads from “%1”</source>
        <translation>“%1” থেকে আসা লিড</translation>
    </message>
    <message>
        <source>none recorded</source>
        <comment>spend of a lead source, in a table cell: no spend was recorded</comment>
        <translation>লেখা নেই</translation>
    </message>
    <message>
        <source>Of those, the ones now sales qualified (SQL), opportunities or customers.</source>
        <translation>এদের মধ্যে যারা এখন সেলস-যোগ্য (SQL), সুযোগ বা গ্রাহক।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LifecycleReportView</name>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>The stages of the buyer&apos;s journey, then the two off it.</source>
        <translation>ক্রেতার যাত্রার ধাপগুলো, তারপর যাত্রার বাইরের দুটি ধাপ।</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>প্রবেশ করেছে</translation>
    </message>
    <message>
        <source>Contacts that entered the stage in the period, each once however often it moved in and out (archived contacts left out).</source>
        <translation>যে পরিচিতিগুলো এই সময়কালে ধাপটিতে প্রবেশ করেছে; যতবারই ঢুকুক বা বেরিয়ে যাক, প্রতিটি একবার গোনা হয় (আর্কাইভ করা পরিচিতি বাদ দেওয়া হয়)।</translation>
    </message>
    <message>
        <source>Went on</source>
        <translation>এগিয়েছে</translation>
    </message>
    <message>
        <source>Of those, the contacts that went on to a later stage of the journey by now: the next one or one beyond it.</source>
        <translation>এদের মধ্যে যে পরিচিতিগুলো এখন পর্যন্ত যাত্রার পরের কোনো ধাপে এগিয়েছে: ঠিক পরের ধাপে বা তারও পরের কোনো ধাপে।</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>রূপান্তর</translation>
    </message>
    <message>
        <source>Went on ÷ entered.</source>
        <translation>এগিয়েছে ÷ প্রবেশ করেছে।</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>মধ্যমা দিন</translation>
    </message>
    <message>
        <source>The median days from entering the stage to the next move forward, over the contacts that went on.</source>
        <translation>যে পরিচিতিগুলো এগিয়েছে, ধাপটিতে প্রবেশ থেকে পরের বার সামনে এগোনো পর্যন্ত সেগুলোর মধ্যমা দিন।</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Contacts entering each stage</source>
        <translation>প্রতিটি ধাপে প্রবেশ করা পরিচিতি</translation>
    </message>
    <message>
        <source>contacts</source>
        <comment>a chart axis&apos; unit</comment>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new leads · &lt;b&gt;%2&lt;/b&gt; new customers · &lt;b&gt;%3&lt;/b&gt; disqualified</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;টি নতুন লিড · &lt;b&gt;%2&lt;/b&gt;টি নতুন গ্রাহক · &lt;b&gt;%3&lt;/b&gt;টি অযোগ্য</translation>
    </message>
    <message>
        <source>No contact moved along the lifecycle in this period: change a contact&apos;s stage, or choose a longer period.</source>
        <translation>এই সময়কালে কোনো পরিচিতি জীবনচক্রে সরেনি: কোনো পরিচিতির ধাপ পরিবর্তন করুন, অথবা আরও লম্বা সময়কাল বেছে নিন।</translation>
    </message>
    <message>
        <source>Counted from each contact&apos;s stage history: when it entered each stage.</source>
        <translation>প্রতিটি পরিচিতির ধাপের ইতিহাস থেকে গোনা: সেটি কখন কোন ধাপে প্রবেশ করেছে।</translation>
    </message>
    <message>
        <source>Contacts that went on from “%1”</source>
        <translation>যে পরিচিতিগুলো “%1” ধাপ থেকে এগিয়েছে</translation>
    </message>
    <message>
        <source>Contacts that entered “%1”</source>
        <translation>যে পরিচিতিগুলো “%1” ধাপে প্রবেশ করেছে</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>দেখান</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>সব পরিচিতি</translation>
    </message>
    <message>
        <source>By lead source</source>
        <translation>লিডের উৎস অনুযায়ী</translation>
    </message>
    <message>
        <source>By salesperson</source>
        <translation>বিক্রয়কর্মী অনুযায়ী</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>বিক্রয়কর্মী</translation>
    </message>
    <message>
        <source>Where the contacts came from.</source>
        <translation>পরিচিতিরা কোথা থেকে এসেছে।</translation>
    </message>
    <message>
        <source>Who owns the contacts.</source>
        <translation>পরিচিতিগুলোর দায়িত্বে কে আছেন।</translation>
    </message>
    <message>
        <source>Contacts that entered “%1” in the period; the tooltip says how many went on.</source>
        <translation>যে পরিচিতিগুলো এই সময়কালে “%1” ধাপে প্রবেশ করেছে; কতজন এগিয়েছে তা টুলটিপে বলা থাকে।</translation>
    </message>
    <message>
        <source>%1 entered, %2 went on (%3)</source>
        <translation>%1 জন প্রবেশ করেছে, %2 জন এগিয়েছে (%3)</translation>
    </message>
    <message>
        <source>%1 entered</source>
        <translation>%1 জন প্রবেশ করেছে</translation>
    </message>
    <message>
        <source>%1: contacts that entered “%2”</source>
        <translation>%1: যে পরিচিতিগুলো “%2” ধাপে প্রবেশ করেছে</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LifecycleSettingsPage</name>
    <message>
        <source>A &amp;meeting booked makes a lead or marketing qualified contact sales qualified</source>
        <translation>মিটিং ঠিক হলে লিড বা মার্কেটিং-যোগ্য পরিচিতি “সেলস-যোগ্য” ধাপে যায় (&amp;M)</translation>
    </message>
    <message>
        <source>A new &amp;deal makes the contact an opportunity</source>
        <translation>নতুন ডিল হলে পরিচিতি “সুযোগ” ধাপে যায় (&amp;D)</translation>
    </message>
    <message>
        <source>A &amp;won deal makes the contact a customer</source>
        <translation>ডিল জেতা হলে পরিচিতি “গ্রাহক” ধাপে যায় (&amp;W)</translation>
    </message>
    <message>
        <source>Fields that make a lead marketing qualified</source>
        <translation>যে ফিল্ডগুলো লিডকে মার্কেটিং-যোগ্য করে</translation>
    </message>
    <message>
        <source>Fields that make a contact sales qualified</source>
        <translation>যে ফিল্ডগুলো পরিচিতিকে সেলস-যোগ্য করে</translation>
    </message>
    <message>
        <source>Mar&amp;keting qualified once all of these are filled:</source>
        <translation>এগুলোর সবগুলো পূরণ হলে মার্কেটিং-যোগ্য (&amp;K):</translation>
    </message>
    <message>
        <source>Sales &amp;qualified once all of these are filled:</source>
        <translation>এগুলোর সবগুলো পূরণ হলে সেলস-যোগ্য (&amp;Q):</translation>
    </message>
    <message>
        <source>Rules only move contacts forward, and a contact&apos;s history names the rule that moved it. A deal also brings back a disqualified or inactive contact. No field ticked: that rule is off.</source>
        <translation>নিয়ম পরিচিতিদের শুধু সামনের দিকে এগিয়ে নেয়, আর পরিচিতির ইতিহাসে লেখা থাকে কোন নিয়ম তাকে সরিয়েছে। একটি ডিল অযোগ্য বা নিষ্ক্রিয় পরিচিতিকেও ফিরিয়ে আনে। কোনো ফিল্ডে টিক না থাকলে সেই নিয়ম বন্ধ থাকে।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LogInteractionDialog</name>
    <message>
        <source>Contact</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Type a name, company, email or phone</source>
        <translation>নাম, কোম্পানি, ইমেইল বা ফোন লিখুন</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>Pick an outcome or type your own; Kontor offers it again next time. Left empty, the interaction counts as held but never as successful in the reports.</source>
        <translation>একটি ফলাফল বেছে নিন বা নিজে লিখুন; Kontor পরের বার এটি আবার দেখাবে। খালি রাখলে রিপোর্টে যোগাযোগটি হয়েছে বলে গোনা হয়, কিন্তু কখনো সফল হিসেবে নয়।</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>সময়কাল, মিনিটে</translation>
    </message>
    <message>
        <source> min</source>
        <translation> মিনিট</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>ঐচ্ছিক</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>What was said? (Enter saves, Shift+Enter for a new line)</source>
        <translation>কী কথা হলো? (Enter চাপলে সংরক্ষণ হয়, নতুন লাইনের জন্য Shift+Enter)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>পরবর্তী করণীয়</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>কোনো পরবর্তী করণীয় নেই</translation>
    </message>
    <message>
        <source>Follow-up reminder</source>
        <translation>ফলো-আপ রিমাইন্ডার</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>পরের মিটিং</translation>
    </message>
    <message>
        <source>A reminder shows on Today on its day; a meeting is put in the history and on Today</source>
        <translation>রিমাইন্ডার তার দিনে “আজ” পাতায় দেখা যায়; মিটিং ইতিহাসে ও “আজ” পাতায় যোগ হয়</translation>
    </message>
    <message>
        <source>Follow-up time</source>
        <translation>ফলো-আপের সময়</translation>
    </message>
    <message>
        <source>Follow-up title</source>
        <translation>ফলো-আপের শিরোনাম</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;পরিচিতি:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;ফলাফল:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;ধরন:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;সময়কাল:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;কখন:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>বি&amp;ষয়:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>নো&amp;ট:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>প&amp;রবর্তী করণীয়:</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>যোগাযোগ লিখে রাখুন</translation>
    </message>
    <message>
        <source>Log interaction with %1</source>
        <translation>%1-এর সাথে যোগাযোগ লিখে রাখুন</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>“%1” সম্পন্ন হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>The reminder this call answers is closed with it; Ctrl+Z takes back both together</source>
        <translation>এই কলটি যে রিমাইন্ডারের জবাব, সেটিও এর সাথে বন্ধ হয়; Ctrl+Z দুটোই একসাথে ফিরিয়ে নেয়</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>মিটিং</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>%1-এর সাথে মিটিং</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>ফলো-আপ</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>%1-এর সাথে ফলো-আপ</translation>
    </message>
    <message>
        <source>Choose the contact: type a name and pick it from the list.</source>
        <translation>পরিচিতি বেছে নিন: একটি নাম লিখুন এবং তালিকা থেকে বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::LostReasonDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>ডিল হারানো</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>“%1” ডিলটি কেন হাতছাড়া হলো?</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>দাম বেশি</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>প্রতিযোগীকে বেছে নিয়েছে</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>বাজেট নেই</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>সিদ্ধান্ত হয়নি</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>সময় ঠিক ছিল না</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>উপযুক্ত নয়</translation>
    </message>
    <message>
        <source>Pick a reason or type your own</source>
        <translation>একটি কারণ বেছে নিন বা নিজে লিখুন</translation>
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation>ডিল হারানোর কারণ</translation>
    </message>
    <message>
        <source>Mark as Lost</source>
        <translation>হারানো হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>The reason is kept with the deal and counted in the reports.</source>
        <translation>কারণটি ডিলের সাথে রাখা হয় এবং রিপোর্টে গোনা হয়।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::MainWindow</name>
    <message>
        <source>Done again or taken back: %1</source>
        <translation>আবার করা বা ফিরিয়ে নেওয়া হয়েছে: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>পূর্বাবস্থায় ফেরানো</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>নেভিগেশন</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>পাইপলাইন</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>রিমাইন্ডার</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>রিপোর্ট</translation>
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
        <translation>ডিলটি দেখানো কার্ডগুলোর মধ্যে নেই: “সব দায়িত্বপ্রাপ্ত” বেছে নিন।</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>আজ (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ফা&amp;ইল</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;নতুন ডেটাবেস…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>ডেটাবে&amp;স খুলুন…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>একটি &amp;কপি সংরক্ষণ করুন…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>ব্যাকআ&amp;প থেকে পুনরুদ্ধার করুন…</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>পরিচিতি &amp;ইমপোর্ট করুন…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>ইমপোর্টে&amp;র ইতিহাস…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;এক্সপোর্ট</translation>
    </message>
    <message>
        <source>&amp;Contacts as CSV…</source>
        <translation>&amp;পরিচিতি CSV হিসেবে…</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>পরিচিতি &amp;vCard হিসেবে…</translation>
    </message>
    <message>
        <source>C&amp;ompanies as CSV…</source>
        <translation>কোম্পানি &amp;CSV হিসেবে…</translation>
    </message>
    <message>
        <source>&amp;Interactions as CSV…</source>
        <translation>যোগাযো&amp;গ CSV হিসেবে…</translation>
    </message>
    <message>
        <source>&amp;Deals as CSV…</source>
        <translation>ডি&amp;ল CSV হিসেবে…</translation>
    </message>
    <message>
        <source>&amp;Reminders and Meetings as iCalendar…</source>
        <translation>রিমা&amp;ইন্ডার ও মিটিং iCalendar হিসেবে…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;আর্কাইভ…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>সেটিংস (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>প্রস্থান (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;সম্পাদনা</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>পূর্বা&amp;বস্থায় ফেরান</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;আবার করুন</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;পরিচিতি</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;নতুন পরিচিতি…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>পরিচিতি &amp;সম্পাদনা করুন…</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>যোগাযো&amp;গ লিখে রাখুন…</translation>
    </message>
    <message>
        <source>&amp;Archive or Restore Contact</source>
        <translation>পরিচিতি &amp;আর্কাইভ বা পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>New &amp;Reminder…</source>
        <translation>নতুন রিমাইন্ডার (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>খুঁজুন (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>সবকিছুতে &amp;অনুসন্ধান…</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>ডি&amp;ল</translation>
    </message>
    <message>
        <source>&amp;New Deal…</source>
        <translation>&amp;নতুন ডিল…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>ডুপ্লিকে&amp;ট খুঁজুন…</translation>
    </message>
    <message>
        <source>Data &amp;Health…</source>
        <translation>ডেটা&amp;র মান…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>যা&amp;ন</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>কোনো ডেটাবেস খোলা নেই।</translation>
    </message>
    <message>
        <source>%1 — Kontor</source>
        <translation>%1 — Kontor</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>ডেটাবেস: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>কোনো ডেটাবেস খোলা নেই</translation>
    </message>
    <message>
        <source>Saving a copy in “%1”…</source>
        <translation>“%1”-এ একটি কপি সংরক্ষণ করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>ব্যাকআপ পুনরুদ্ধার করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Restored the backup; the database as it was is kept as a backup.</source>
        <translation>ব্যাকআপ পুনরুদ্ধার করা হয়েছে; আগের ডেটাবেসটি একটি ব্যাকআপ হিসেবে রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) are due.</source>
        <translation>
            <numerusform>%Lnটি রিমাইন্ডারের সময় হয়েছে।</numerusform>
            <numerusform>%Lnটি রিমাইন্ডারের সময় হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>রিমাইন্ডার: %1</translation>
    </message>
    <message>
        <source>Kontor reminder</source>
        <translation>Kontor রিমাইন্ডার</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>ডেটাবেস খুলুন</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite *.db);;All files (*)</source>
        <translation>Kontor ডেটাবেস (*.sqlite *.db);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>নতুন ডেটাবেস</translation>
    </message>
    <message>
        <source>Kontor databases (*.sqlite)</source>
        <translation>Kontor ডেটাবেস (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or use Open Database.</source>
        <translation>“%1” আগে থেকেই আছে। একটি নতুন নাম বেছে নিন, অথবা “ডেটাবেস খুলুন” ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>সম্পাদনা</translation>
    </message>
    <message>
        <source>The import of %1 was taken back.</source>
        <translation>%1-এর ইমপোর্ট ফিরিয়ে নেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>Imported from %1: %2 created, %3 updated, %4 merged, %5 skipped, %6 rejected.</source>
        <translation>%1 থেকে ইমপোর্ট করা হয়েছে: %2টি তৈরি, %3টি হালনাগাদ, %4টি একত্র, %5টি বাদ, %6টি প্রত্যাখ্যাত।</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 থেকে</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>একটি কপি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>কপি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>%1 হিসেবে একটি কপি সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>ব্যাকআপ থেকে পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>About Kontor</source>
        <translation>Kontor সম্পর্কে</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;An offline CRM for small businesses and salespeople: clients, what was said, and what to do next, in one local file.&lt;/p&gt;&lt;p&gt;SQLite %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;ছোট ব্যবসা ও বিক্রয়কর্মীদের জন্য ইন্টারনেট ছাড়া চলা একটি CRM: গ্রাহক, কী কথা হয়েছে, আর এরপর কী করতে হবে, সব একটি স্থানীয় ফাইলে।&lt;/p&gt;&lt;p&gt;SQLite %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>সাহায্য (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ব্যবহা&amp;রকারী নির্দেশিকা</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>কীবোর্ড &amp;শর্টকাট</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>ডেমো ডেটাবেস খুলুন (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>Kontor &amp;সম্পর্কে</translation>
    </message>
    <message>
        <source>The demo database: made-up data in a file of its own. File → Open Database… goes back to yours.</source>
        <translation>ডেমো ডেটাবেস: আলাদা একটি ফাইলে বানানো তথ্য। ফাইল → ডেটাবেস খুলুন… দিয়ে আপনার নিজের ডেটাবেসে ফিরে যান।</translation>
    </message>
    <message>
        <source>Daily Backup</source>
        <translation>দৈনিক ব্যাকআপ</translation>
    </message>
    <message>
        <source>%1

Choose a backup to restore now?</source>
        <translation>%1

এখনই পুনরুদ্ধারের জন্য একটি ব্যাকআপ বেছে নেবেন?</translation>
    </message>
    <message>
        <source>%1 (saved).sqlite</source>
        <comment>a database salvaged from a damaged one</comment>
        <translation>%1 (উদ্ধার করা).sqlite</translation>
    </message>
    <message>
        <source>Save What Can Be Read</source>
        <translation>যা পড়া যায় তা উদ্ধার</translation>
    </message>
    <message>
        <source>“%1” exists already: choose a new name, so that nothing is written over.</source>
        <translation>“%1” আগে থেকেই আছে: নতুন একটি নাম বেছে নিন, যাতে কিছু মুছে না যায়।</translation>
    </message>
    <message>
        <source>Saving what can be read…</source>
        <translation>যা পড়া যায় তা উদ্ধার করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message numerus="yes">
        <source>Every row could be read: %Ln row(s) saved.</source>
        <translation>
            <numerusform>সব সারি পড়া গেছে: %Ln টি সারি উদ্ধার হয়েছে।</numerusform>
            <numerusform>সব সারি পড়া গেছে: %Ln টি সারি উদ্ধার হয়েছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved; some could not be read in: %1.</source>
        <translation>
            <numerusform>%Ln টি সারি উদ্ধার হয়েছে; কিছু অংশ পড়া যায়নি: %1।</numerusform>
            <numerusform>%Ln টি সারি উদ্ধার হয়েছে; কিছু অংশ পড়া যায়নি: %1।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Kontor now works with “%2”. The damaged file is left as it was.</source>
        <translation>%1

Kontor এখন “%2” নিয়ে কাজ করছে। ক্ষতিগ্রস্ত ফাইলটি যেমন ছিল তেমনই রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>%1 (read only) — Kontor</source>
        <translation>%1 (শুধু পড়ার জন্য) — Kontor</translation>
    </message>
    <message>
        <source>Read only: nothing can be changed in this damaged file.</source>
        <translation>শুধু পড়ার জন্য: এই ক্ষতিগ্রস্ত ফাইলে কিছুই বদলানো যাবে না।</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <comment>menu item: %1 is the step to take back</comment>
        <translation>পূর্বা&amp;বস্থায় ফেরান: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <comment>menu item: %1 is the step to do again</comment>
        <translation>&amp;আবার করুন: %1</translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation>শুধু পড়ার জন্য</translation>
    </message>
    <message>
        <source>Read only</source>
        <comment>the open database can only be read</comment>
        <translation>শুধু পড়ার জন্য</translation>
    </message>
    <message>
        <source>This damaged file is open read only: restore a backup (File → Restore from Backup) or save what can be read into a new file to work on.</source>
        <translation>এই ক্ষতিগ্রস্ত ফাইলটি শুধু পড়ার জন্য খোলা: কাজ চালিয়ে যেতে একটি ব্যাকআপ পুনরুদ্ধার করুন (ফাইল → ব্যাকআপ থেকে পুনরুদ্ধার করুন) অথবা যা পড়া যায় তা একটি নতুন ফাইলে উদ্ধার করুন।</translation>
    </message>
    <message numerus="yes">
        <source>Another program is writing to this database: waiting for it, at most %Ln second(s)…</source>
        <translation>
            <numerusform>অন্য একটি প্রোগ্রাম এই ডেটাবেসে লিখছে: Kontor সেটির জন্য অপেক্ষা করছে, সর্বোচ্চ %Ln সেকেন্ড…</numerusform>
            <numerusform>অন্য একটি প্রোগ্রাম এই ডেটাবেসে লিখছে: Kontor সেটির জন্য অপেক্ষা করছে, সর্বোচ্চ %Ln সেকেন্ড…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelineColumnWidget</name>
    <message>
        <source>Deals in %1</source>
        <translation>%1 ধাপে থাকা ডিল</translation>
    </message>
    <message>
        <source>%1  &lt;span style=&apos;font-weight:normal; white-space:nowrap&apos;&gt;%2 %&lt;/span&gt;</source>
        <translation>%1  &lt;span style=&apos;font-weight:normal; white-space:nowrap&apos;&gt;%2%&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n deal(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Lnটি ডিল&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Lnটি ডিল&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closed in the last %n day(s)</source>
        <translation>
            <numerusform>গত %Ln দিনে সমাপ্ত</numerusform>
            <numerusform>গত %Ln দিনে সমাপ্ত</numerusform>
        </translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>ভারযুক্ত %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%Lnটি থেমে আছে</numerusform>
            <numerusform>%Lnটি থেমে আছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation>
            <numerusform>প্রথম %Lnটি দেখানো হচ্ছে</numerusform>
            <numerusform>প্রথম %Lnটি দেখানো হচ্ছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n deal(s)</source>
        <translation>
            <numerusform>%1 · %Lnটি ডিল</numerusform>
            <numerusform>%1 · %Lnটি ডিল</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deals that reached “%1” in the last %n day(s).</source>
        <translation>
            <numerusform>গত %Ln দিনে যে ডিলগুলো “%1” ধাপে পৌঁছেছে।</numerusform>
            <numerusform>গত %Ln দিনে যে ডিলগুলো “%1” ধাপে পৌঁছেছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted: the amount times the stage&apos;s win probability (%1 %). Stale: longer than %2 days in the stage.</source>
        <translation>ভারযুক্ত: পরিমাণ গুণ ধাপটির জেতার সম্ভাবনা (%1%)। থেমে আছে: ধাপটিতে %2 দিনের বেশি।</translation>
    </message>
    <message>
        <source>Click to unfold.</source>
        <translation>খুলতে ক্লিক করুন।</translation>
    </message>
    <message>
        <source>Unfold the column</source>
        <translation>কলামটি খুলুন</translation>
    </message>
    <message>
        <source>Fold the column to a narrow strip</source>
        <translation>কলামটি গুটিয়ে সরু একটি ফালি করুন</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>খুলুন</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>গুটিয়ে রাখুন</translation>
    </message>
</context>
<context>
    <name>kontor::ui::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>পাইপলাইন</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>দায়িত্বপ্রাপ্ত ফিল্টার</translation>
    </message>
    <message>
        <source>Show the deals of one salesperson</source>
        <translation>একজন বিক্রয়কর্মীর ডিলগুলো দেখান</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>বোর্ড (&amp;B)</translation>
    </message>
    <message>
        <source>One column per stage (Alt+B)</source>
        <translation>প্রতিটি ধাপের জন্য একটি কলাম (Alt+B)</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>তালিকা (&amp;I)</translation>
    </message>
    <message>
        <source>The same deals as a sortable list (Alt+I)</source>
        <translation>একই ডিলগুলো সাজানো যায় এমন তালিকা হিসেবে (Alt+I)</translation>
    </message>
    <message>
        <source>New Deal…</source>
        <translation>নতুন ডিল…</translation>
    </message>
    <message>
        <source>A new deal in the selected stage (Ctrl+Shift+N)</source>
        <translation>বেছে নেওয়া ধাপে একটি নতুন ডিল (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>দায়িত্বপ্রাপ্ত (&amp;O):</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>No deals yet.

A deal is what a contact may buy: create one with “New Deal…” (Ctrl+Shift+N) or from the contact&apos;s card, then move it through the stages here until it is won or lost.</source>
        <translation>এখনো কোনো ডিল নেই।

ডিল হলো যা কোনো পরিচিতি কিনতে পারেন: “নতুন ডিল…” (Ctrl+Shift+N) দিয়ে অথবা পরিচিতির কার্ড থেকে একটি তৈরি করুন, তারপর জেতা বা হারানো না হওয়া পর্যন্ত এখানে ধাপে ধাপে এগিয়ে নিন।</translation>
    </message>
    <message>
        <source>&amp;Edit Deal…</source>
        <translation>ডিল &amp;সম্পাদনা করুন…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>&amp;পরিচিতি খুলুন</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage</source>
        <translation>পরে&amp;র ধাপে সরান</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>&amp;আগের ধাপে সরান</translation>
    </message>
    <message>
        <source>&amp;Archive Deal…</source>
        <translation>ডি&amp;ল আর্কাইভ করুন…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>সব দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%Lnটি খোলা ডিল</numerusform>
            <numerusform>%Lnটি খোলা ডিল</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted %1</source>
        <translation>
            <numerusform>%Lnটি খোলা ডিল, ভারযুক্ত %1</numerusform>
            <numerusform>%Lnটি খোলা ডিল, ভারযুক্ত %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation>ডিল সরান</translation>
    </message>
    <message>
        <source>“%1” has no contact.</source>
        <translation>“%1”-এর কোনো পরিচিতি নেই।</translation>
    </message>
    <message>
        <source>Deal saved.</source>
        <translation>ডিল সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <source>Archive Deal</source>
        <translation>ডিল আর্কাইভ করুন</translation>
    </message>
    <message>
        <source>Archive “%1”? It leaves the board and the totals; File → Archive brings it back.</source>
        <translation>“%1” আর্কাইভ করবেন? এটি বোর্ড ও মোট হিসাব থেকে সরে যাবে; ফাইল → আর্কাইভ থেকে আবার ফিরিয়ে আনা যায়।</translation>
    </message>
    <message>
        <source>Edit Deal…</source>
        <translation>ডিল সম্পাদনা করুন…</translation>
    </message>
    <message>
        <source>Open Contact</source>
        <translation>পরিচিতি খুলুন</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>যেখানে সরাবেন</translation>
    </message>
    <message>
        <source>Select a deal and press Ctrl+Shift+%1 or %2 to move it to the next or previous stage. Enter edits the deal, Ctrl+Enter opens its contact, Delete archives it.</source>
        <translation>পরের বা আগের ধাপে সরাতে একটি ডিল বেছে নিয়ে Ctrl+Shift+%1 বা %2 চাপুন। Enter চাপলে ডিলটি সম্পাদনা করা যায়, Ctrl+Enter চাপলে ডিলের পরিচিতি খোলে, Delete চাপলে ডিলটি আর্কাইভ হয়।</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and press Ctrl+Shift+%1 or %2. Enter edits the deal, Ctrl+Enter opens its contact.</source>
        <translation>একটি কার্ড অন্য ধাপে টেনে নিন, অথবা সেটি বেছে নিয়ে Ctrl+Shift+%1 বা %2 চাপুন। Enter চাপলে ডিলটি সম্পাদনা করা যায়, Ctrl+Enter চাপলে ডিলের পরিচিতি খোলে।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReminderDialog</name>
    <message>
        <source>Once</source>
        <translation>একবার</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>প্রতিদিন</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>প্রতি সপ্তাহে</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>প্রতি মাসে</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>প্রতি বছর</translation>
    </message>
    <message>
        <source>Edit Reminder</source>
        <translation>রিমাইন্ডার সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>New Reminder</source>
        <translation>নতুন রিমাইন্ডার</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>of a reminder</comment>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>What to do, e.g. Send the offer</source>
        <translation>কী করতে হবে, যেমন অফার পাঠান</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>নির্ধারিত সময়</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>পুনরাবৃত্তি</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>শিরোনা&amp;ম:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>নির্ধারি&amp;ত সময়:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;পরিচিতি:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>পু&amp;নরাবৃত্তি:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>নো&amp;ট:</translation>
    </message>
</context>
<context>
    <name>kontor::ui::RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>রিমাইন্ডার</translation>
    </message>
    <message>
        <source>&amp;New Reminder…</source>
        <translation>&amp;নতুন রিমাইন্ডার…</translation>
    </message>
    <message>
        <source>A follow-up, a call to make, anything with a date (Ctrl+Shift+R)</source>
        <translation>একটি ফলো-আপ, একটি কল করা, তারিখ আছে এমন যেকোনো কিছু (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;সম্পন্ন</translation>
    </message>
    <message>
        <source>Mark the reminder done; a repeating one moves to its next date (D)</source>
        <translation>রিমাইন্ডারটি সম্পন্ন হিসেবে চিহ্নিত করুন; পুনরাবৃত্ত রিমাইন্ডার তার পরের তারিখে চলে যায় (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze Until Tomorrow</source>
        <translation>&amp;আগামীকাল পর্যন্ত পিছিয়ে দিন</translation>
    </message>
    <message>
        <source>Ask again tomorrow at 9:00 (S)</source>
        <translation>আগামীকাল ৯:০০-এ আবার মনে করিয়ে দিন (S)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>সম্পা&amp;দনা করুন…</translation>
    </message>
    <message>
        <source>Change the reminder (Enter)</source>
        <translation>রিমাইন্ডারটি বদলান (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>মুছুন (&amp;L)</translation>
    </message>
    <message>
        <source>Remove the reminder (Delete)</source>
        <translation>রিমাইন্ডারটি সরান (Delete)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>What</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>পুনরাবৃত্তি</translation>
    </message>
    <message>
        <source>Calendar of reminders</source>
        <translation>রিমাইন্ডারের ক্যালেন্ডার</translation>
    </message>
    <message>
        <source>Reminders of the selected day</source>
        <translation>বেছে নেওয়া দিনের রিমাইন্ডার</translation>
    </message>
    <message>
        <source>No reminders yet.

Create one with “New Reminder…”, or schedule a follow-up when you log a call (Ctrl+L). Double-click a day in the calendar to add one for that day.</source>
        <translation>এখনো কোনো রিমাইন্ডার নেই।

“নতুন রিমাইন্ডার…” দিয়ে একটি তৈরি করুন, অথবা কল লিখে রাখার সময় (Ctrl+L) একটি ফলো-আপ নির্ধারণ করুন। ক্যালেন্ডারের কোনো দিনে ডাবল-ক্লিক করলে সেই দিনের জন্য একটি যোগ হয়।</translation>
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
        <translation>পিছিয়ে দেওয়া হয়েছে; প্রথম নির্ধারিত সময় ছিল %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>বিলম্বিত</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>আগামী %Ln দিন</numerusform>
            <numerusform>আগামী %Ln দিন</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in the last %n day(s)</source>
        <translation>
            <numerusform>গত %Ln দিনে সম্পন্ন</numerusform>
            <numerusform>গত %Ln দিনে সম্পন্ন</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%Lnটি রিমাইন্ডার</numerusform>
            <numerusform>%Lnটি রিমাইন্ডার</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reminder(s)</source>
        <translation>
            <numerusform>%1: %Lnটি রিমাইন্ডার</numerusform>
            <numerusform>%1: %Lnটি রিমাইন্ডার</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder saved.</source>
        <translation>রিমাইন্ডার সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <source>Snoozed until tomorrow.</source>
        <translation>আগামীকাল পর্যন্ত পিছিয়ে দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>Delete Reminder</source>
        <translation>রিমাইন্ডার মুছুন</translation>
    </message>
    <message>
        <source>Delete the reminder “%1”?</source>
        <translation>রিমাইন্ডার “%1” মুছবেন?</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportDetailsDialog</name>
    <message>
        <source>Deal</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>যিনি লিখেছেন</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>কোম্পানি</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>যোগ করার তারিখ</translation>
    </message>
    <message>
        <source>The first %L1 (there are more); Enter opens the one chosen.</source>
        <translation>প্রথম %L1টি (আরও আছে); Enter চাপলে নির্বাচিতটি খুলবে।</translation>
    </message>
    <message>
        <source>The first %L1 of %L2; Enter opens the one chosen.</source>
        <translation>%L2টির মধ্যে প্রথম %L1টি; Enter চাপলে নির্বাচিতটি খুলবে।</translation>
    </message>
    <message>
        <source>Nothing behind this figure.</source>
        <translation>এই সংখ্যার পেছনে কিছু নেই।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s); Enter opens the one chosen.</source>
        <translation>
            <numerusform>%Lnটি আইটেম; Enter চাপলে নির্বাচিতটি খুলবে।</numerusform>
            <numerusform>%Lnটি আইটেম; Enter চাপলে নির্বাচিতটি খুলবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>ডি&amp;ল খুলুন</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>&amp;পরিচিতি খুলুন</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>যোগাযো&amp;গ লিখে রাখুন…</translation>
    </message>
    <message>
        <source>Stage</source>
        <comment>lifecycle stage of a contact</comment>
        <translation>ধাপ</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportView</name>
    <message>
        <source>Double-click a figure, or press Enter, for what lies behind it.</source>
        <translation>কোনো সংখ্যার পেছনে কী আছে দেখতে সেটিতে ডাবল-ক্লিক করুন, অথবা Enter চাপুন।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ReportsPage</name>
    <message>
        <source>%1 to %2 · %3 · printed %4</source>
        <translation>%1 থেকে %2 · %3 · প্রিন্টের তারিখ %4</translation>
    </message>
    <message>
        <source>Kontor reports</source>
        <translation>Kontor রিপোর্ট</translation>
    </message>
    <message>
        <source>Save All Reports as PDF</source>
        <translation>সব রিপোর্ট PDF হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ডকুমেন্ট (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>এক্সপোর্ট</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <source>Print Reports</source>
        <translation>রিপোর্ট প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>The reports were sent to the printer.</source>
        <translation>রিপোর্টগুলো প্রিন্টারে পাঠানো হয়েছে।</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>সময়কাল</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>প্রথম দিন</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>শেষ দিন</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>বিক্রয়কর্মী</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>সময়কাল (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>বিক্রয়কর্মী (&amp;S):</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;এক্সপোর্ট</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>টেবিল CSV হিসেবে…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>চার্ট PNG হিসেবে…</translation>
    </message>
    <message>
        <source>All reports as PDF…</source>
        <translation>সব রিপোর্ট PDF হিসেবে…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>প্রিন্ট (&amp;P)…</translation>
    </message>
    <message>
        <source>F&amp;unnel</source>
        <translation>ফানে&amp;ল</translation>
    </message>
    <message>
        <source>&amp;Lead sources</source>
        <translation>লিডে&amp;র উৎস</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>সাপ্তাহি&amp;ক</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>কার্যক্র&amp;ম</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>পূর্বাভা&amp;স</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>রিপোর্ট</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>সবাই</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” লেখা যায়নি: %2</translation>
    </message>
    <message>
        <source>Save the Chart</source>
        <translation>চার্ট সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Save the Table</source>
        <translation>টেবিল সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG ছবি (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ফাইল (*.csv)</translation>
    </message>
    <message>
        <source>L&amp;ifecycle</source>
        <translation>জীবনচক্র (&amp;I)</translation>
    </message>
    <message>
        <source>Only records with</source>
        <translation>শুধু যে রেকর্ডগুলোতে আছে</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>সব রেকর্ড</translation>
    </message>
    <message>
        <source>%1 (company)</source>
        <comment>a company&apos;s field in the reports&apos; filter</comment>
        <translation>%1 (কোম্পানি)</translation>
    </message>
    <message>
        <source>%1 (deal)</source>
        <comment>a deal&apos;s field in the reports&apos; filter</comment>
        <translation>%1 (ডিল)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: answer</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cus&amp;tomers</source>
        <translation>গ্রাহক (&amp;T)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>salesperson · the records chosen, as in Territory: DACH</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Narrows every report to the contacts, companies or deals with this answer of a choice field (Settings → Fields), or to a sales territory (Settings → Territories).</source>
        <translation>প্রতিটি রিপোর্টকে শুধু সেই পরিচিতি, কোম্পানি বা ডিলে সীমিত করে, যেগুলোতে বিকল্প ধরনের ফিল্ডের এই উত্তরটি আছে (সেটিংস → ফিল্ড), অথবা একটি বিক্রয় এলাকায় (সেটিংস → এলাকা)।</translation>
    </message>
    <message>
        <source>Territory: %1</source>
        <translation>এলাকা: %1</translation>
    </message>
    <message>
        <source>In no territory</source>
        <translation>কোনো এলাকায় নেই</translation>
    </message>
</context>
<context>
    <name>kontor::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>ব্যাকআপ থেকে পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The database as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>যে কপিতে ফিরে যেতে চান, সেটি বেছে নিন। ডেটাবেস এখন যেমন আছে, তা আগে একটি ব্যাকআপ হিসেবে রাখা হয়, তাই সেটি পুনরুদ্ধার করে এই কাজ পূর্বাবস্থায় ফেরানো যায়।</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ব্যাকআপ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>তৈরির সময়</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>কেন</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>পু&amp;নরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>ফোল্ডা&amp;র দেখান</translation>
    </message>
    <message>
        <source>There are no backups in “%1” yet.</source>
        <translation>“%1”-এ এখনো কোনো ব্যাকআপ নেই।</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>দৈনিক</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>হাতে তৈরি</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>পুনরুদ্ধারের আগে</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>ইমপোর্টের আগে</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>একত্র করার আগে</translation>
    </message>
    <message>
        <source>What was done since this copy was made cannot be read from the file as it is.</source>
        <translation>এই কপিটি তৈরির পর থেকে কী করা হয়েছে, তা ফাইলটির বর্তমান অবস্থা থেকে পড়া যায় না।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Lnটি পরিচিতি</numerusform>
            <numerusform>%Lnটি পরিচিতি</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln compan(y/ies)</source>
        <translation>
            <numerusform>%Lnটি কোম্পানি</numerusform>
            <numerusform>%Lnটি কোম্পানি</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Lnটি ডিল</numerusform>
            <numerusform>%Lnটি ডিল</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s), meeting(s) or note(s)</source>
        <translation>
            <numerusform>%Lnটি কল, মিটিং বা নোট</numerusform>
            <numerusform>%Lnটি কল, মিটিং বা নোট</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Lnটি রিমাইন্ডার</numerusform>
            <numerusform>%Lnটি রিমাইন্ডার</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added or changed since this copy was made.</source>
        <translation>এই কপিটি তৈরির পর থেকে কিছুই যোগ বা বদল করা হয়নি।</translation>
    </message>
    <message>
        <source>Going back to this copy loses more than this, added or changed since it was made: %1.</source>
        <translation>এই কপিতে ফিরে গেলে এর চেয়েও বেশি হারাবে, যা এটি তৈরির পর যোগ বা বদল করা হয়েছে: %1।</translation>
    </message>
    <message>
        <source>Going back to this copy loses what was added or changed since it was made: %1.</source>
        <translation>এই কপিতে ফিরে গেলে এটি তৈরির পর যা যোগ বা বদল করা হয়েছে তা হারাবে: %1।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ScoreRuleDialog</name>
    <message>
        <source>Add Fit Rule</source>
        <translation>উপযুক্ততার নিয়ম যোগ করুন</translation>
    </message>
    <message>
        <source>Fit Rule</source>
        <translation>উপযুক্ততার নিয়ম</translation>
    </message>
    <message>
        <source>Add Engagement Rule</source>
        <translation>সম্পৃক্ততার নিয়ম যোগ করুন</translation>
    </message>
    <message>
        <source>Engagement Rule</source>
        <translation>সম্পৃক্ততার নিয়ম</translation>
    </message>
    <message>
        <source>Contacts who meet the condition get the points.</source>
        <translation>যে পরিচিতিরা শর্তটি পূরণ করেন, তারা পয়েন্টগুলো পান।</translation>
    </message>
    <message>
        <source>Contacts get the points for their interactions of this kind. Archived interactions do not count.</source>
        <translation>পরিচিতিরা এই ধরনের যোগাযোগের জন্য পয়েন্ট পান। আর্কাইভ করা যোগাযোগ গোনা হয় না।</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>যেকোনো ফলাফল</translation>
    </message>
    <message>
        <source>Once, if there was one in the last</source>
        <translation>একবার, যদি এমন একটি হয়ে থাকে গত</translation>
    </message>
    <message>
        <source>For each one, halving every</source>
        <translation>প্রতিটির জন্য, অর্ধেক হয় প্রতি</translation>
    </message>
    <message>
        <source>days</source>
        <comment>after a number: halving every 14 days</comment>
        <translation>দিনে</translation>
    </message>
    <message>
        <source>&amp;Interaction:</source>
        <translation>যোগাযোগ (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>ফলাফল (&amp;O):</translation>
    </message>
    <message>
        <source>Co&amp;unts:</source>
        <translation>গণনা (&amp;U):</translation>
    </message>
    <message>
        <source>Negative points take away: a complaint, no way to reach them.</source>
        <translation>ঋণাত্মক পয়েন্ট কমিয়ে দেয়: যেমন কোনো অভিযোগ, বা যোগাযোগের কোনো উপায় না থাকা।</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>পয়েন্ট (&amp;P):</translation>
    </message>
    <message>
        <source>What the contact card says, such as “Decision maker”</source>
        <translation>পরিচিতির কার্ডে যা লেখা থাকে, যেমন “সিদ্ধান্তগ্রহণকারী”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>নাম (&amp;N):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an interaction&apos;s kind and outcome: Call (successful)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, each halving every %Ln day(s)</source>
        <translation>
            <numerusform>%1, প্রতিটি প্রতি %Ln দিনে অর্ধেক হয়</numerusform>
            <numerusform>%1, প্রতিটি প্রতি %Ln দিনে অর্ধেক হয়</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %Ln day(s)</source>
        <translation>
            <numerusform>গত %Ln দিনে %1</numerusform>
            <numerusform>গত %Ln দিনে %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This rule&apos;s condition, “%1”, cannot be shown here; it stays as it is unless you choose another.</source>
        <translation>এই নিয়মের শর্ত, “%1”, এখানে দেখানো যায় না; আপনি অন্য কোনো শর্ত বেছে না নিলে এটি যেমন আছে তেমনই থাকে।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ScoringSettingsPage</name>
    <message>
        <source>Each contact scores 0 to 100: the points of the fit rules they meet (who they are) and of the engagement rules their interactions meet (what they did lately). The contact&apos;s card says which rules gave the points.</source>
        <translation>প্রতিটি পরিচিতির স্কোর 0 থেকে 100: তারা যেসব উপযুক্ততার নিয়ম পূরণ করেন (তারা কে) এবং তাদের যোগাযোগগুলো যেসব সম্পৃক্ততার নিয়ম পূরণ করে (তারা সম্প্রতি কী করেছেন), সেগুলোর পয়েন্ট। কোন নিয়মগুলো পয়েন্ট দিয়েছে, তা পরিচিতির কার্ডে বলা থাকে।</translation>
    </message>
    <message>
        <source>Lead scoring rules</source>
        <translation>লিড স্কোরিংয়ের নিয়ম</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>নিয়ম</translation>
    </message>
    <message>
        <source>Counts when</source>
        <translation>কখন গোনা হয়</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>পয়েন্ট</translation>
    </message>
    <message>
        <source>Fit: who they are</source>
        <translation>উপযুক্ততা: তারা কে</translation>
    </message>
    <message>
        <source>Engagement: what they did lately</source>
        <translation>সম্পৃক্ততা: তারা সম্প্রতি কী করেছেন</translation>
    </message>
    <message>
        <source>&amp;Add Fit Rule…</source>
        <translation>উপযুক্ততার নিয়ম যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>সম্পাদনা করুন (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>মুছুন (&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;ওপরে সরান</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>নিচে &amp;সরান</translation>
    </message>
    <message>
        <source>Add Starter Ru&amp;les</source>
        <translation>শুরুর নিয়ম যোগ করুন (&amp;L)</translation>
    </message>
    <message>
        <source>Nine rules to start from: titles of decision makers, a way to reach them, meetings, answered calls, emails and complaints. Change them to suit your business.</source>
        <translation>শুরু করার জন্য নয়টি নিয়ম: সিদ্ধান্তগ্রহণকারীদের পদবি, তাদের সাথে যোগাযোগের একটি উপায়, মিটিং, রিসিভ করা কল, ইমেইল ও অভিযোগ। আপনার ব্যবসার সাথে মানিয়ে এগুলো বদলে নিন।</translation>
    </message>
    <message>
        <source>Res&amp;core Everyone…</source>
        <translation>সবার স্কোর আবার হিসাব করুন (&amp;C)…</translation>
    </message>
    <message>
        <source>Scores are kept up to date as you work and worked out afresh each day; this does it now.</source>
        <translation>আপনি কাজ করার সাথে সাথে স্কোর হালনাগাদ থাকে এবং প্রতিদিন নতুন করে হিসাব হয়; এটি এখনই তা করে।</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a lead becomes marketing qualified at score: never</comment>
        <translation>কখনো নয়</translation>
    </message>
    <message>
        <source>A lead becomes marketing &amp;qualified at score:</source>
        <translation>যে স্কোরে লিড মার্কেটিং-যোগ্য হয় (&amp;Q):</translation>
    </message>
    <message>
        <source>Off: counts nothing until ticked again.</source>
        <translation>বন্ধ: আবার টিক না দেওয়া পর্যন্ত কিছুই গোনা হয় না।</translation>
    </message>
    <message>
        <source>Working out every contact&apos;s score…</source>
        <translation>প্রতিটি পরিচিতির স্কোর হিসাব করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Stopped: the scores are as they were.</source>
        <translation>থামানো হয়েছে: স্কোরগুলো আগের মতোই আছে।</translation>
    </message>
    <message numerus="yes">
        <source>Scores worked out again: %Ln changed.</source>
        <translation>
            <numerusform>স্কোর আবার হিসাব করা হয়েছে: %Lnটি বদলেছে।</numerusform>
            <numerusform>স্কোর আবার হিসাব করা হয়েছে: %Lnটি বদলেছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Engage&amp;ment Rule…</source>
        <translation>সম্পৃক্ততার নিয়ম যোগ করুন (&amp;M)…</translation>
    </message>
    <message>
        <source>Lead Scoring</source>
        <translation>লিড স্কোরিং</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) score %1 or more already. Make them marketing qualified now?</source>
        <translation>
            <numerusform>%Lnটি লিডের স্কোর ইতিমধ্যে %1 বা তার বেশি। এগুলোকে এখনই মার্কেটিং-যোগ্য করবেন?</numerusform>
            <numerusform>%Lnটি লিডের স্কোর ইতিমধ্যে %1 বা তার বেশি। এগুলোকে এখনই মার্কেটিং-যোগ্য করবেন?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) made marketing qualified.</source>
        <translation>
            <numerusform>%Lnটি লিডকে মার্কেটিং-যোগ্য করা হয়েছে।</numerusform>
            <numerusform>%Lnটি লিডকে মার্কেটিং-যোগ্য করা হয়েছে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::SetFieldDialog</name>
    <message>
        <source>Set Field</source>
        <translation>ফিল্ড নির্ধারণ করুন</translation>
    </message>
    <message numerus="yes">
        <source>The value for the %Ln selected contact(s). Left empty, it empties the field.</source>
        <translation>
            <numerusform>নির্বাচিত %Lnটি পরিচিতির জন্য মান। খালি রাখলে ফিল্ডটি খালি হয়ে যায়।</numerusform>
            <numerusform>নির্বাচিত %Lnটি পরিচিতির জন্য মান। খালি রাখলে ফিল্ডটি খালি হয়ে যায়।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>নির্ধারণ করুন (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>ফিল্ড (&amp;F):</translation>
    </message>
    <message>
        <source>Fill in %1: it is required.</source>
        <translation>%1 পূরণ করুন: এটি আবশ্যক।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SettingsDialog</name>
    <message>
        <source>Open</source>
        <translation>খোলা</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>জেতা</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>হারানো</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>ধা&amp;প</translation>
    </message>
    <message>
        <source>Lead &amp;sources</source>
        <translation>লিডে&amp;র উৎস</translation>
    </message>
    <message>
        <source>Sales&amp;people</source>
        <translation>বিক্রয়&amp;কর্মী</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>ট্যা&amp;গ</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>সাধারণ (&amp;G)</translation>
    </message>
    <message>
        <source>Sales stages</source>
        <translation>বিক্রয়ের ধাপ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Win probability (%)</source>
        <translation>জেতার সম্ভাবনা (%)</translation>
    </message>
    <message>
        <source>Stale after (days)</source>
        <translation>থেমে থাকার সীমা (দিন)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>ধাপ যোগ করুন (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>মুছুন (&amp;R)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;ওপরে সরান</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>নিচে &amp;সরান</translation>
    </message>
    <message>
        <source>Double-click a name or number to change it. The weighted pipeline counts each deal at its stage&apos;s win probability; a deal longer than the stale days in its stage is marked stale (0: never).</source>
        <translation>কোনো নাম বা সংখ্যা বদলাতে তাতে ডাবল-ক্লিক করুন। ভারযুক্ত পাইপলাইন প্রতিটি ডিলকে তার ধাপের জেতার সম্ভাবনা অনুযায়ী গোনে; কোনো ডিল তার ধাপে থেমে থাকার সীমার চেয়ে বেশি দিন থাকলে সেটি থেমে আছে বলে চিহ্নিত হয় (০: কখনো নয়)।</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>ধাপ যোগ করুন</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>নতুন ধাপের নাম:</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>ধাপ সরান</translation>
    </message>
    <message>
        <source>Remove “%1”. Its deals move to:</source>
        <translation>“%1” সরান। এর ডিলগুলো যাবে:</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>লিডের উৎস</translation>
    </message>
    <message>
        <source>Campaigns of the lead source</source>
        <translation>লিডের উৎসের ক্যাম্পেইন</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>ক্যাম্পেইন</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>শুরু</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>শেষ</translation>
    </message>
    <message>
        <source>Spend</source>
        <comment>money spent (noun)</comment>
        <translation>খরচ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>মুদ্রা</translation>
    </message>
    <message>
        <source>Add S&amp;ource</source>
        <translation>&amp;উৎস যোগ করুন</translation>
    </message>
    <message>
        <source>Add &amp;Campaign</source>
        <translation>ক্যাম্পে&amp;ইন যোগ করুন</translation>
    </message>
    <message>
        <source>Campaigns and what they cost (the reports divide by this spend)</source>
        <translation>ক্যাম্পেইন ও সেগুলোর খরচ (রিপোর্ট এই খরচ দিয়ে ভাগ করে)</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2.</source>
        <translation>“%1” %2-এ কোনো পরিমাণ নয়।</translation>
    </message>
    <message>
        <source>Add Lead Source</source>
        <translation>লিডের উৎস যোগ করুন</translation>
    </message>
    <message>
        <source>Name of the lead source:</source>
        <translation>লিডের উৎসের নাম:</translation>
    </message>
    <message>
        <source>Add Campaign</source>
        <translation>ক্যাম্পেইন যোগ করুন</translation>
    </message>
    <message>
        <source>Name of the campaign of %1:</source>
        <translation>%1-এর ক্যাম্পেইনের নাম:</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>বিক্রয়কর্মী</translation>
    </message>
    <message>
        <source>Add &amp;Salesperson</source>
        <translation>বিক্রয়কর্মী যোগ করুন (&amp;S)</translation>
    </message>
    <message>
        <source>Salespeople own contacts and deals; the filters and reports are per owner. Double-click a name to change it. The first one is the owner of new records.</source>
        <translation>বিক্রয়কর্মীরা পরিচিতি ও ডিলের দায়িত্বে থাকেন; ফিল্টার ও রিপোর্ট দায়িত্বপ্রাপ্ত অনুযায়ী হয়। কোনো নাম বদলাতে তাতে ডাবল-ক্লিক করুন। প্রথমজন নতুন রেকর্ডের দায়িত্বপ্রাপ্ত।</translation>
    </message>
    <message>
        <source>Owner of new records</source>
        <translation>নতুন রেকর্ডের দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>Add Salesperson</source>
        <translation>বিক্রয়কর্মী যোগ করুন</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>নাম:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>No tags yet: add them in a contact&apos;s dialog, or to many at once with Change Selected.</source>
        <translation>এখনো কোনো ট্যাগ নেই: পরিচিতির ডায়ালগে যোগ করুন, অথবা “নির্বাচিতগুলো বদলান” দিয়ে একসাথে অনেকগুলোতে।</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>ট্যাগ মুছে ফেলুন (&amp;R)</translation>
    </message>
    <message>
        <source>Double-click a tag to rename it everywhere; renaming it to an existing tag merges the two. Tags are added where contacts are edited.</source>
        <translation>কোনো ট্যাগের নাম সব জায়গায় বদলাতে তাতে ডাবল-ক্লিক করুন; আগে থেকে থাকা কোনো ট্যাগের নাম দিলে দুটি একত্র হয়ে যায়। পরিচিতি সম্পাদনার সময় ট্যাগ যোগ করা হয়।</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>ডিফল্ট মুদ্রা</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>&amp;অন্য ডেটাবেস খুলুন…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;নতুন ডেটাবেস…</translation>
    </message>
    <message>
        <source>Region of phone numbers without a country code</source>
        <translation>দেশের কোড ছাড়া ফোন নম্বরের অঞ্চল</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>কতগুলো ব্যাকআপ রাখা হবে</translation>
    </message>
    <message>
        <source>No daily backup</source>
        <translation>দৈনিক ব্যাকআপ নেই</translation>
    </message>
    <message>
        <source>A copy a day, and one before each restore; beyond this number the oldest are deleted. With no daily backup, none are deleted.</source>
        <translation>দিনে একটি কপি, আর প্রতিটি পুনরুদ্ধারের আগে একটি; এই সংখ্যা ছাড়ালে সবচেয়ে পুরোনোগুলো মুছে ফেলা হয়। দৈনিক ব্যাকআপ না থাকলে কোনোটিই মোছা হয় না।</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>ডি&amp;ফল্ট মুদ্রা:</translation>
    </message>
    <message>
        <source>New deals and campaigns start in this currency; amounts keep their own.</source>
        <translation>নতুন ডিল ও ক্যাম্পেইন এই মুদ্রায় শুরু হয়; আগের পরিমাণগুলো নিজের মুদ্রাতেই থাকে।</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>ডেটাবেস ফাইল:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a country code are from:</source>
        <translation>কান্ট্রি কোড ছাড়া নম্বরের দে&amp;শ:</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>কতগুলো ব্যাক&amp;আপ রাখা হবে:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>ব্যাকআপ ফোল্ডার:</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>ভাষা (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>ফিল্ড (&amp;F)</translation>
    </message>
    <message>
        <source>Lifec&amp;ycle</source>
        <translation>জীবনচক্র (&amp;Y)</translation>
    </message>
    <message>
        <source>Lead sc&amp;oring</source>
        <translation>লিড স্কোরিং (&amp;O)</translation>
    </message>
    <message>
        <source>T&amp;erritories</source>
        <translation>এলাকা (&amp;E)</translation>
    </message>
    <message>
        <source>Assign&amp;ment</source>
        <comment>the Settings tab of the assignment rules</comment>
        <translation>দায়িত্ব বণ্টন (&amp;M)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>কীবোর্ড শর্টকাট</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>শর্টকাট</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <source>Mark the selected reminder done</source>
        <translation>বেছে নেওয়া রিমাইন্ডারটি সম্পন্ন হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Snooze the selected reminder until tomorrow 9:00</source>
        <translation>বেছে নেওয়া রিমাইন্ডারটি আগামীকাল ৯:০০ পর্যন্ত পিছিয়ে দিন</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Open the contact, or the deal on the pipeline</source>
        <translation>পরিচিতিটি খুলুন, অথবা পাইপলাইনে ডিলটি</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>পরিচিতি</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>বেছে নেওয়া পরিচিতি সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>Select several contacts</source>
        <translation>একাধিক পরিচিতি নির্বাচন করুন</translation>
    </message>
    <message>
        <source>Shift+click, Ctrl+click, Ctrl+A</source>
        <translation>Shift+ক্লিক, Ctrl+ক্লিক, Ctrl+A</translation>
    </message>
    <message>
        <source>Resolve or reopen the selected complaint in the history</source>
        <translation>ইতিহাসে বেছে নেওয়া অভিযোগটি নিষ্পন্ন করুন বা আবার খুলুন</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>রিমাইন্ডার</translation>
    </message>
    <message>
        <source>Edit the selected reminder</source>
        <translation>বেছে নেওয়া রিমাইন্ডারটি সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>Delete the selected reminder</source>
        <translation>বেছে নেওয়া রিমাইন্ডারটি মুছুন</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>পাইপলাইন</translation>
    </message>
    <message>
        <source>Edit the selected deal</source>
        <translation>বেছে নেওয়া ডিলটি সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>Previous or next column</source>
        <translation>আগের বা পরের কলাম</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>←, →</translation>
    </message>
    <message>
        <source>Board or list</source>
        <translation>বোর্ড বা তালিকা</translation>
    </message>
    <message>
        <source>Alt+B, Alt+I</source>
        <translation>Alt+B, Alt+I</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>অনুসন্ধান</translation>
    </message>
    <message>
        <source>Open the first match</source>
        <translation>প্রথম মিলটি খুলুন</translation>
    </message>
    <message>
        <source>Move through the matches</source>
        <translation>মিলগুলোর মধ্যে ঘুরে দেখুন</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>↑, ↓</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>যোগাযোগ লিখে রাখুন</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>New line in the notes</source>
        <translation>নোটে নতুন লাইন</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>রিপোর্ট</translation>
    </message>
    <message>
        <source>What lies behind the chosen figure</source>
        <translation>বেছে নেওয়া সংখ্যার পেছনে কী আছে</translation>
    </message>
    <message>
        <source>Log an interaction with the contact of a row of the details</source>
        <translation>বিস্তারিতের কোনো সারির পরিচিতির সাথে যোগাযোগ লিখে রাখুন</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Print all reports</source>
        <translation>সব রিপোর্ট প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Find a key or a command</source>
        <translation>কোনো কী বা কমান্ড খুঁজুন</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TerritoriesSettingsPage</name>
    <message>
        <source>Sales territories</source>
        <translation>বিক্রয় এলাকা</translation>
    </message>
    <message>
        <source>Territory</source>
        <comment>a sales territory</comment>
        <translation>এলাকা</translation>
    </message>
    <message>
        <source>Made of</source>
        <translation>যা নিয়ে গঠিত</translation>
    </message>
    <message>
        <source>&amp;Add Territory…</source>
        <translation>এলাকা যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>সম্পাদনা করুন (&amp;I)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>মুছুন (&amp;V)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>ওপরে সরান (&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>নিচে সরান (&amp;D)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the countries of a territory</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>regions %1</source>
        <translation>অঞ্চল %1</translation>
    </message>
    <message>
        <source>postal codes %1</source>
        <translation>পোস্ট কোড %1</translation>
    </message>
    <message>
        <source>nothing yet: it holds nobody</source>
        <translation>এখনো কিছু দেওয়া নেই: এতে কেউ পড়ে না</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a territory</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>A contact or company is in the first territory, in this order, that holds its address. The Contacts list shows it in its Territory column (right-click the header) and filters by it under More Filters; the Companies page shows it and lists a territory&apos;s companies; scoring rules can ask for it.</source>
        <translation>কোনো পরিচিতি বা কোম্পানি এই ক্রম অনুযায়ী সেই প্রথম এলাকায় পড়ে, যার মধ্যে তার ঠিকানা আছে। “পরিচিতি” তালিকা এটি “এলাকা” কলামে দেখায় (শিরোনামে রাইট-ক্লিক করুন) এবং “আরও ফিল্টার”-এ এটি দিয়ে ফিল্টার করে; “কোম্পানি” পাতা এটি দেখায় এবং কোনো এলাকার কোম্পানিগুলোর তালিকা দেয়; স্কোরিংয়ের নিয়মেও এটি শর্ত হিসেবে দেওয়া যায়।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TerritoryDialog</name>
    <message>
        <source>Add Territory</source>
        <translation>এলাকা যোগ করুন</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>এলাকা</translation>
    </message>
    <message>
        <source>North, Bavaria, DACH…</source>
        <translation>উত্তর, ঢাকা বিভাগ, দক্ষিণ এশিয়া…</translation>
    </message>
    <message>
        <source>Germany, Austria, Switzerland</source>
        <translation>বাংলাদেশ, ভারত, নেপাল</translation>
    </message>
    <message>
        <source>Bavaria, Hesse</source>
        <translation>ঢাকা, চট্টগ্রাম</translation>
    </message>
    <message>
        <source>10, 12, 20000–29999</source>
        <translation>10, 12, 20000–29999</translation>
    </message>
    <message>
        <source>Separate several with commas. A contact or company is in the territory when its country is one of these (or none are given) and its region or postal code is one of these (or none are given). A postal code is a beginning, such as 10, or a range, such as 20000–29999 or 20000..29999. When territories overlap, the first in the list has the address.</source>
        <translation>একাধিক দিলে কমা দিয়ে আলাদা করুন। কোনো পরিচিতি বা কোম্পানি এই এলাকায় পড়ে, যখন তার দেশ এগুলোর একটি (অথবা কোনো দেশ দেওয়া নেই) এবং তার অঞ্চল বা পোস্ট কোড এগুলোর একটি (অথবা কোনোটিই দেওয়া নেই)। পোস্ট কোড হলো কোডের শুরুর অংশ, যেমন 10, অথবা একটি পরিসর, যেমন 20000–29999 বা 20000..29999। এলাকাগুলো একটি আরেকটির ওপর পড়লে ঠিকানাটি তালিকার প্রথম এলাকার হয়।</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>নাম (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>দেশ (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>অঞ্চল (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Postal codes:</source>
        <translation>পোস্ট কোড (&amp;P):</translation>
    </message>
    <message>
        <source>Give countries, regions or postal codes: a territory without any holds nobody.</source>
        <translation>দেশ, অঞ্চল বা পোস্ট কোড দিন: এগুলোর কোনোটি ছাড়া কোনো এলাকায় কেউ পড়ে না।</translation>
    </message>
    <message>
        <source>%1 and %2 have an address in it.</source>
        <comment>contacts and companies</comment>
        <translation>এই এলাকায় ঠিকানা আছে: %1 ও %2।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Lnটি পরিচিতি</numerusform>
            <numerusform>%Lnটি পরিচিতি</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Lnটি কোম্পানি</numerusform>
            <numerusform>%Lnটি কোম্পানি</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::TimelineModel</name>
    <message>
        <source>Planned</source>
        <comment>an interaction still to come</comment>
        <translation>পরিকল্পিত</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln মিনিট</numerusform>
            <numerusform>%Ln মিনিট</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>খোলা</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>নিষ্পন্ন %1</translation>
    </message>
    <message>
        <source>Deal created in %1</source>
        <translation>%1 ধাপে ডিল তৈরি হয়েছে</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>ডিল জেতা হয়েছে</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>ডিল হাতছাড়া হয়েছে</translation>
    </message>
    <message>
        <source>Deal moved to %1</source>
        <translation>ডিল %1 ধাপে সরানো হয়েছে</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>রিমাইন্ডার সম্পন্ন</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>রিমাইন্ডারের নির্ধারিত সময়</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>the line between planned and past entries</comment>
        <translation>এখন</translation>
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
        <translation>আজকের কর্মসূচি</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>What</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>Nothing is due today.

Log a call or meeting with Ctrl+L and schedule the next step in the same dialog: it will show up here on its day.</source>
        <translation>আজ কিছু করণীয় নেই।

Ctrl+L দিয়ে একটি কল বা মিটিং লিখে রাখুন এবং একই ডায়ালগে পরবর্তী করণীয় নির্ধারণ করুন: সেটি তার দিনে এখানে দেখা যাবে।</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;সম্পন্ন</translation>
    </message>
    <message>
        <source>Mark the reminder done (D)</source>
        <translation>রিমাইন্ডারটি সম্পন্ন হিসেবে চিহ্নিত করুন (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze Until Tomorrow</source>
        <translation>&amp;আগামীকাল পর্যন্ত পিছিয়ে দিন</translation>
    </message>
    <message>
        <source>Ask again tomorrow at 9:00 (S)</source>
        <translation>আগামীকাল ৯:০০-এ আবার মনে করিয়ে দিন (S)</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>&amp;পরিচিতি খুলুন</translation>
    </message>
    <message>
        <source>Show the contact&apos;s card (Enter)</source>
        <translation>পরিচিতির কার্ড দেখান (Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;D&lt;/b&gt; done · &lt;b&gt;S&lt;/b&gt; snooze until tomorrow · &lt;b&gt;Enter&lt;/b&gt; open · &lt;b&gt;Ctrl+L&lt;/b&gt; log a call or meeting · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; fold a section</source>
        <translation>&lt;b&gt;D&lt;/b&gt; সম্পন্ন · &lt;b&gt;S&lt;/b&gt; আগামীকাল পর্যন্ত পিছিয়ে দিন · &lt;b&gt;Enter&lt;/b&gt; খুলুন · &lt;b&gt;Ctrl+L&lt;/b&gt; কল বা মিটিং লিখে রাখুন · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; অংশ গুটিয়ে রাখুন বা খুলুন</translation>
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
            <numerusform>প্রথম %Lnটি দেখান…</numerusform>
            <numerusform>প্রথম %Lnটি দেখান…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n…</source>
        <translation>
            <numerusform>সব %Lnটি দেখান…</numerusform>
            <numerusform>সব %Lnটি দেখান…</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter lists every item of the section</source>
        <translation>Enter চাপলে এই অংশের সব আইটেম দেখা যায়</translation>
    </message>
    <message>
        <source>Snoozed; first due %1</source>
        <translation>পিছিয়ে দেওয়া হয়েছে; প্রথম নির্ধারিত সময় ছিল %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>বিলম্বিত</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>আজ করণীয়</translation>
    </message>
    <message>
        <source>Meetings today and tomorrow</source>
        <translation>আজ ও আগামীকালের মিটিং</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>আগামীকাল</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a meeting&apos;s day (Today, Tomorrow) and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>এই সপ্তাহের জন্মদিন</translation>
    </message>
    <message>
        <source>%1 turns %2</source>
        <translation>%1-এর %2 বছর পূর্ণ হচ্ছে</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>যোগাযোগ কমে যাচ্ছে</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln দিন আগে</numerusform>
            <numerusform>%Ln দিন আগে</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>কখনো নয়</translation>
    </message>
    <message numerus="yes">
        <source>%1 — stay in touch every %n day(s)</source>
        <comment>a contact&apos;s name</comment>
        <translation>
            <numerusform>%1 — প্রতি %Ln দিনে যোগাযোগ রাখুন</numerusform>
            <numerusform>%1 — প্রতি %Ln দিনে যোগাযোগ রাখুন</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>থেমে থাকা ডিল</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>ধাপে %Ln দিন</numerusform>
            <numerusform>ধাপে %Ln দিন</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>No move for %n day(s): Enter shows the deal on the pipeline board.</source>
        <translation>
            <numerusform>%Ln দিন ধরে নড়েনি: Enter চাপলে পাইপলাইন বোর্ডে ডিলটি দেখা যায়।</numerusform>
            <numerusform>%Ln দিন ধরে নড়েনি: Enter চাপলে পাইপলাইন বোর্ডে ডিলটি দেখা যায়।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>ডি&amp;ল খুলুন</translation>
    </message>
    <message>
        <source>Show the deal on the pipeline board (Enter)</source>
        <translation>পাইপলাইন বোর্ডে ডিলটি দেখান (Enter)</translation>
    </message>
    <message>
        <source>“%1” snoozed until tomorrow.</source>
        <translation>“%1” আগামীকাল পর্যন্ত পিছিয়ে দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>Who to call next</source>
        <translation>এরপর কাকে কল করবেন</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2
Enter opens the contact; Ctrl+L logs the call.</source>
        <translation>%1 — %2
Enter চাপলে পরিচিতি খোলে; Ctrl+L চাপলে কলটি লিখে রাখা যায়।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::UndoHistory</name>
    <message>
        <source>No database is open.</source>
        <translation>কোনো ডেটাবেস খোলা নেই।</translation>
    </message>
</context>
<context>
    <name>kontor::ui::UserGuideDialog</name>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>এই বিল্ডে ব্যবহারকারী নির্দেশিকা নেই।</translation>
    </message>
    <message>
        <source>Kontor User Guide</source>
        <translation>Kontor ব্যবহারকারী নির্দেশিকা</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WeeklyReportView</name>
    <message>
        <source>Figure</source>
        <translation>হিসাব</translation>
    </message>
    <message>
        <source>What the notebook asked each week.</source>
        <translation>যে হিসাব আগে খাতায় প্রতি সপ্তাহে রাখা হতো।</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>এই সপ্তাহ</translation>
    </message>
    <message>
        <source>The week shown.</source>
        <translation>দেখানো সপ্তাহ।</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>আগের সপ্তাহ</translation>
    </message>
    <message>
        <source>The week before it.</source>
        <translation>তার আগের সপ্তাহ।</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>পরিবর্তন</translation>
    </message>
    <message>
        <source>This week less the week before.</source>
        <translation>এই সপ্তাহ বিয়োগ আগের সপ্তাহ।</translation>
    </message>
    <message>
        <source>Calls held</source>
        <translation>করা কল</translation>
    </message>
    <message>
        <source>Calls logged in the week.</source>
        <translation>সপ্তাহে লিখে রাখা কল।</translation>
    </message>
    <message>
        <source>… successful</source>
        <translation>… সফল</translation>
    </message>
    <message>
        <source>Calls with the outcome “successful”.</source>
        <translation>যে কলগুলোর ফলাফল “সফল”।</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>অনুষ্ঠিত মিটিং</translation>
    </message>
    <message>
        <source>Meetings that took place in the week.</source>
        <translation>সপ্তাহে যে মিটিংগুলো হয়েছে।</translation>
    </message>
    <message>
        <source>Meetings with the outcome “successful”.</source>
        <translation>যে মিটিংগুলোর ফলাফল “সফল”।</translation>
    </message>
    <message>
        <source>Led to another appointment</source>
        <translation>পরবর্তী মিটিং ঠিক হয়েছে</translation>
    </message>
    <message>
        <source>Calls and meetings whose next step booked a meeting.</source>
        <translation>যে কল ও মিটিংয়ের পরবর্তী করণীয় হিসেবে একটি মিটিং ঠিক হয়েছে।</translation>
    </message>
    <message>
        <source>Appointments in the next 30 days</source>
        <translation>আগামী ৩০ দিনের মিটিং</translation>
    </message>
    <message>
        <source>Meetings booked for the 30 days after the week.</source>
        <translation>সপ্তাহের পরের ৩০ দিনের জন্য ঠিক করা মিটিং।</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>নতুন লিড</translation>
    </message>
    <message>
        <source>Contacts created in the week.</source>
        <translation>সপ্তাহে তৈরি হওয়া পরিচিতি।</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>জেতা ডিল</translation>
    </message>
    <message>
        <source>Deals moved to Won in the week.</source>
        <translation>সপ্তাহে জেতা ধাপে সরানো ডিল।</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>হারানো ডিল</translation>
    </message>
    <message>
        <source>Deals moved to Lost in the week.</source>
        <translation>সপ্তাহে হারানো ধাপে সরানো ডিল।</translation>
    </message>
    <message>
        <source>The amounts of the deals won in the week.</source>
        <translation>সপ্তাহে জেতা ডিলগুলোর পরিমাণ।</translation>
    </message>
    <message>
        <source>Revenue won</source>
        <translation>জেতা ডিলের আয়</translation>
    </message>
    <message>
        <source>Complaints opened</source>
        <translation>নতুন অভিযোগ</translation>
    </message>
    <message>
        <source>Complaints logged in the week.</source>
        <translation>সপ্তাহে লিখে রাখা অভিযোগ।</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>নিষ্পন্ন অভিযোগ</translation>
    </message>
    <message>
        <source>Complaints marked resolved in the week, whenever they were logged.</source>
        <translation>সপ্তাহে নিষ্পন্ন হিসেবে চিহ্নিত অভিযোগ, যখনই লেখা হয়ে থাকুক।</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>কল</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>মিটিং</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>সফল</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>গত ১২ সপ্তাহ</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;: nothing logged yet. Log calls and meetings with Ctrl+L as they happen.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; থেকে শুরু হওয়া সপ্তাহ: এখনো কিছু লিখে রাখা হয়নি। কল ও মিটিং হওয়ার সাথে সাথে Ctrl+L দিয়ে লিখে রাখুন।</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;, the period&apos;s last week so far, compared with the week before.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; থেকে শুরু হওয়া সপ্তাহ (সময়কালের এ পর্যন্ত শেষ সপ্তাহ), আগের সপ্তাহের তুলনায়।</translation>
    </message>
    <message>
        <source>Week of &lt;b&gt;%1&lt;/b&gt;, compared with the week before.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; থেকে শুরু হওয়া সপ্তাহ, আগের সপ্তাহের তুলনায়।</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1-এর সপ্তাহ</translation>
    </message>
    <message>
        <source>%1, week of %2</source>
        <translation>%1, %2-এর সপ্তাহ</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WelcomePage</name>
    <message>
        <source>Welcome to Kontor</source>
        <translation>Kontor-এ স্বাগতম</translation>
    </message>
    <message>
        <source>Your clients, what was said and what to do next, in one file on this computer. Two questions, then choose how to begin.</source>
        <translation>আপনার গ্রাহক, কী কথা হয়েছে আর এরপর কী করতে হবে, সব এই কম্পিউটারের একটি ফাইলে। দুটি প্রশ্ন, তারপর কীভাবে শুরু করবেন তা বেছে নিন।</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>আপনার নাম</translation>
    </message>
    <message>
        <source>As your colleagues and reports should show it</source>
        <translation>রিপোর্টে ও সহকর্মীদের কাছে যে নামে দেখাবে</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>আপনার দেশ</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>আপনার না&amp;ম:</translation>
    </message>
    <message>
        <source>Your &amp;country:</source>
        <translation>আপনার দে&amp;শ:</translation>
    </message>
    <message>
        <source>&amp;Add your first contact</source>
        <translation>&amp;আপনার প্রথম পরিচিতি যোগ করুন</translation>
    </message>
    <message>
        <source>A person, with their company, emails and phones (Ctrl+N)</source>
        <translation>একজন ব্যক্তি, তার কোম্পানি, ইমেইল ও ফোনসহ (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>একটি ফাইল &amp;ইমপোর্ট করুন…</translation>
    </message>
    <message>
        <source>Contacts from a spreadsheet (CSV), Google Contacts, Outlook or a vCard file</source>
        <translation>স্প্রেডশিট (CSV), Google Contacts, Outlook বা vCard ফাইল থেকে পরিচিতি</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>ডেমো ডেটাবে&amp;স খুলুন</translation>
    </message>
    <message>
        <source>5,000 made-up contacts with a year of calls, meetings and deals, in a file of its own: your database stays as it is</source>
        <translation>৫,০০০টি বানানো পরিচিতি, এক বছরের কল, মিটিং ও ডিলসহ, আলাদা একটি ফাইলে: আপনার ডেটাবেস যেমন আছে তেমনই থাকবে</translation>
    </message>
    <message>
        <source>Choose your country. Phone numbers written without a country code, such as 030 1234567, are read as numbers of that country.</source>
        <translation>আপনার দেশ বেছে নিন। দেশের কোড ছাড়া লেখা ফোন নম্বর, যেমন ০২ ৯৫৫ ১২৩৪, সেই দেশের নম্বর হিসেবে পড়া হয়।</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as numbers of this country; Settings can change it.</source>
        <translation>দেশের কোড ছাড়া লেখা ফোন নম্বর এই দেশের নম্বর হিসেবে পড়া হয়; সেটিংসে এটি বদলানো যায়।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo database</source>
        <translation>ডেমো ডেটাবেস</translation>
    </message>
    <message>
        <source>Generating the demo database…</source>
        <translation>ডেমো ডেটাবেস তৈরি করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Kontor, an offline CRM.</source>
        <translation>Kontor, ইন্টারনেট ছাড়া চলা একটি CRM।</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>এই ডেটাবেস ফাইলটি খুলুন।</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Open the demo database, generating it on first use.</source>
        <translation>ডেমো ডেটাবেস খুলুন, প্রথমবার ব্যবহারের সময় এটি তৈরি করে।</translation>
    </message>
    <message>
        <source>Contacts in a new demo database.</source>
        <translation>নতুন ডেমো ডেটাবেসে পরিচিতির সংখ্যা।</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The language of the interface, e.g. de.</source>
        <translation>ইন্টারফেসের ভাষা, যেমন de।</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ভাষা</translation>
    </message>
</context>
</TS>
