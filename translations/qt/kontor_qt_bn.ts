<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>অ্যালিয়াস</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ড্রাইভ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ফাইল ফোল্ডার</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ফোল্ডার</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>শর্টকাট</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>অজানা</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;সব নির্বাচন করুন</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;এক ধাপ বাড়ান</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>এক ধাপ &amp;কমান</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>মিথ্যা</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>কম্বো বক্সের বাছাই তালিকা খুলুন</translation>
    </message>
    <message>
        <source>True</source>
        <translation>সত্য</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>ঠি&amp;ক আছে</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>এই বার্তাটি &amp;আবার দেখান</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>গুরুতর ত্রুটি:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>ডিবাগ বার্তা:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>মারাত্মক ত্রুটি:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>তথ্য:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>সতর্কতা:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ডিরেক্টরি পাওয়া যায়নি।
অনুগ্রহ করে ডিরেক্টরির নাম সঠিক দেওয়া হয়েছে কি না যাচাই করুন।</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ফাইল পাওয়া যায়নি।
অনুগ্রহ করে ফাইলের নাম সঠিক দেওয়া হয়েছে কি না যাচাই করুন।</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 আগে থেকেই আছে।
আপনি কি এটি প্রতিস্থাপন করতে চান?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>বেছে নি&amp;ন</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>মুছু&amp;ন</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;নতুন ফোল্ডার</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>খুলু&amp;ন</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>না&amp;ম বদলান</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>সং&amp;রক্ষণ করুন</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; লেখা-সুরক্ষিত।
আপনি কি তবুও এটি মুছতে চান?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>সব ফাইল (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>আপনি কি নিশ্চিত যে &apos;%1&apos; মুছতে চান?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>পেছনে</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>বিস্তারিত দৃশ্যে যান</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>তালিকা দৃশ্যে যান</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ডিরেক্টরি মোছা যায়নি।</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>নতুন ফোল্ডার তৈরি করুন</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>একটি নতুন ফোল্ডার তৈরি করুন</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>বিস্তারিত দৃশ্য</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ডিরেক্টরি</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ডিরেক্টরি:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ফা&amp;ইলের নাম:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ফাইলের ধরন:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ডিরেক্টরি খুঁজুন</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>সামনে</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>পেছনে যান</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>সামনে যান</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>মূল ডিরেক্টরিতে যান</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>তালিকা দৃশ্য</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>স্থান ও বুকমার্কের তালিকা</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>যেখানে দেখবেন:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>নতুন ফোল্ডার</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>খুলুন</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>মূল ডিরেক্টরি</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>সাম্প্রতিক স্থান</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>সরান</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>এই নামে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>দেখান </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>লুকানো ফা&amp;ইল দেখান</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>সাইডবার</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>কম্পিউটার</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>পরিবর্তনের তারিখ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>আমার কম্পিউটার</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ধরন</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>বাতি&amp;ল</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;বন্ধ করুন</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>ঠি&amp;ক আছে</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>সং&amp;রক্ষণ করুন</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>সংরক্ষণ না করে বন্ধ করুন</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>একটি মান লিখুন:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;কপি করুন</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>পেস্ট &amp;করুন</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;আবার করুন</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>পূর্বা&amp;বস্থায় ফেরান</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কাটু&amp;ন</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>সব নির্বাচন করুন</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>Qt সম্পর্কে</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>বিস্তারিত লুকান...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>বিস্তারিত দেখান...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>না (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>হ্যাঁ (&amp;Y)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>বাতিল করুন</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>প্রয়োগ করুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>সাহায্য</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>উপেক্ষা করুন</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>&amp;সবগুলোতে না</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>খুলুন</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>রিসেট করুন</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ডিফল্টে ফেরান</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>সব সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;সবগুলোতে হ্যাঁ</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
</context>
<context>
    <name>QSQLiteDriver</name>
    <message>
        <source>Error closing database</source>
        <translation>ডেটাবেস বন্ধ করতে ত্রুটি</translation>
    </message>
    <message>
        <source>Error opening database</source>
        <translation>ডেটাবেস খুলতে ত্রুটি</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>ট্রানজ্যাকশন শুরু করা যাচ্ছে না</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>ট্রানজ্যাকশন কমিট করা যাচ্ছে না</translation>
    </message>
    <message>
        <source>Unable to rollback transaction</source>
        <translation>ট্রানজ্যাকশন রোলব্যাক করা যাচ্ছে না</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>No query</source>
        <translation>কোনো কোয়েরি নেই</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>প্যারামিটারের সংখ্যা মিলছে না</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>প্যারামিটার যুক্ত করা যাচ্ছে না</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>একসাথে একাধিক স্টেটমেন্ট চালানো যাচ্ছে না</translation>
    </message>
    <message>
        <source>Unable to execute statement</source>
        <translation>স্টেটমেন্ট চালানো যাচ্ছে না</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>সারি আনা যাচ্ছে না</translation>
    </message>
    <message>
        <source>Unable to reset statement</source>
        <translation>স্টেটমেন্ট রিসেট করা যাচ্ছে না</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>একদম নিচে</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>বাম প্রান্ত</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>এক পাতা নিচে</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>এক পাতা বামে</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>এক পাতা ডানে</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>এক পাতা ওপরে</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>ডান প্রান্ত</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>নিচে স্ক্রল করুন</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>এখানে স্ক্রল করুন</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>বামে স্ক্রল করুন</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>ডানে স্ক্রল করুন</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>ওপরে স্ক্রল করুন</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>একদম ওপরে</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>বামে স্ক্রল করুন</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>ডানে স্ক্রল করুন</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI প্রথম শক্তিশালী আইসোলেট</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>ইউনিকোড নিয়ন্ত্রণ অক্ষর বসান</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE বাম-থেকে-ডান এমবেডিংয়ের শুরু</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI বাম-থেকে-ডান আইসোলেট</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM বাম-থেকে-ডান চিহ্ন</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO বাম-থেকে-ডান ওভাররাইডের শুরু</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF দিকনির্দেশক ফরম্যাটিং শেষ</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI দিকনির্দেশক আইসোলেট শেষ</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE ডান-থেকে-বাম এমবেডিংয়ের শুরু</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI ডান-থেকে-বাম আইসোলেট</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM ডান-থেকে-বাম চিহ্ন</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO ডান-থেকে-বাম ওভাররাইডের শুরু</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ শূন্য-প্রস্থ সংযোজক</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ শূন্য-প্রস্থ অসংযোজক</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP শূন্য-প্রস্থ ফাঁকা স্থান</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;কপি করুন</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>পেস্ট &amp;করুন</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;আবার করুন</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>পূর্বা&amp;বস্থায় ফেরান</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>লিংকে&amp;র ঠিকানা কপি করুন</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কাটু&amp;ন</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>সব নির্বাচন করুন</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>শে&amp;ষ করুন</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>সাহায্য (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;পরবর্তী</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;পরবর্তী &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; পে&amp;ছনে</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>নিশ্চিত করুন</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>চালিয়ে যান</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>পেছনে যান</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>সাহায্য</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Left</source>
        <translation>←</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>↓</translation>
    </message>
</context>
</TS>
