<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="am">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>ተለዋጭ ስም</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>አንጻፊ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ፋይል</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>የፋይል አቃፊ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>አቃፊ</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>አቋራጭ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ያልታወቀ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>ሁሉንም &amp;ምረጥ</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>ወደ &amp;ላይ ጨምር</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ወደ &amp;ታች ቀንስ</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>ሐሰት</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>የጥምር ሳጥኑን የምርጫ ዝርዝር ክፈት</translation>
    </message>
    <message>
        <source>True</source>
        <translation>እውነት</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>እሺ</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;እሺ</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>ይህን መልዕክት እንደገና &amp;አሳይ</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>አሳሳቢ ስህተት:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>የማረሚያ መልዕክት:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>ከባድ ስህተት:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>መረጃ:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>ማስጠንቀቂያ:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
አቃፊው አልተገኘም።
እባክዎ ትክክለኛው የአቃፊ ስም መሰጠቱን ያረጋግጡ።</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ፋይሉ አልተገኘም።
እባክዎ ትክክለኛው የፋይል ስም መሰጠቱን ያረጋግጡ።</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 አስቀድሞ አለ።
ሊተኩት ይፈልጋሉ?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;ምረጥ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ሰርዝ</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;አዲስ አቃፊ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;ክፈት</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;ዳግም ሰይም</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>አስ&amp;ቀምጥ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; ከመጻፍ የተጠበቀ ነው።
ቢሆንም ሊሰርዙት ይፈልጋሉ?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ሁሉም ፋይሎች (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ሁሉም ፋይሎች (*)</translation>
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
        <translation>&apos;%1&apos;ን መሰረዝ እንደሚፈልጉ እርግጠኛ ነዎት?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>ወደ ዝርዝር መረጃ ዕይታ ቀይር</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>ወደ የዝርዝር ዕይታ ቀይር</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>አቃፊውን መሰረዝ አልተቻለም።</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>አዲስ አቃፊ ፍጠር</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>አዲስ አቃፊ ፍጠር</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>ዝርዝር መረጃ ዕይታ</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>አቃፊዎች</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>አቃፊ:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>የፋይል &amp;ስም:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ፋይሎች</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>የፋይል ዓይነት:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>አቃፊ ፈልግ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ወደፊት</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ወደ ኋላ ሂድ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ወደፊት ሂድ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ወደ ወላጅ አቃፊ ሂድ</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>የዝርዝር ዕይታ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>የቦታዎች እና የዕልባቶች ዝርዝር</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>በዚህ ውስጥ ይመልከቱ:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>አዲስ አቃፊ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፈት</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ወላጅ አቃፊ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>የቅርብ ጊዜ ቦታዎች</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>አስወግድ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>በሌላ ስም አስቀምጥ</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>አሳይ </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>የ&amp;ተደበቁ ፋይሎችን አሳይ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>የጎን አሞሌ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>ኮምፒውተር</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>የተቀየረበት ቀን</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ዓይነት</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>የእኔ ኮምፒውተር</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>መጠን</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ዓይነት</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;ይቅር</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;ዝጋ</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;እሺ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;አስቀምጥ</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>ሳታስቀምጥ ዝጋ</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>እሴት ያስገቡ:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;ቅዳ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ለጥፍ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ድገም</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ቀልብስ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;ቁረጥ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ሁሉንም ምረጥ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>ስለ Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ዝርዝሮችን ደብቅ...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>ዝርዝሮችን አሳይ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;አይ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>አ&amp;ዎ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>አቋርጥ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ተግብር</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዝጋ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ጣል</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>እገዛ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ችላ በል</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ለሁሉም አ&amp;ይ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>እሺ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፈት</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ዳግም አስጀምር</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ነባሪዎችን መልስ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>እንደገና ሞክር</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>አስቀምጥ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ሁሉንም አስቀምጥ</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;ለሁሉም አዎ</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
</context>
<context>
    <name>QSQLiteDriver</name>
    <message>
        <source>Error closing database</source>
        <translation>የውሂብ ጎታውን በመዝጋት ላይ ስህተት ተፈጥሯል</translation>
    </message>
    <message>
        <source>Error opening database</source>
        <translation>የውሂብ ጎታውን በመክፈት ላይ ስህተት ተፈጥሯል</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>ግብይቱን መጀመር አልተቻለም</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>ግብይቱን ማጽደቅ አልተቻለም</translation>
    </message>
    <message>
        <source>Unable to rollback transaction</source>
        <translation>ግብይቱን መመለስ አልተቻለም</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>No query</source>
        <translation>መጠይቅ የለም</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>የግቤቶች ብዛት አይዛመድም</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>ግቤቶችን ማሰር አልተቻለም</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>ብዙ ዓረፍተ ትዕዛዞችን በአንድ ጊዜ ማስኬድ አልተቻለም</translation>
    </message>
    <message>
        <source>Unable to execute statement</source>
        <translation>ዓረፍተ ትዕዛዙን ማስኬድ አልተቻለም</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>ረድፉን ማምጣት አልተቻለም</translation>
    </message>
    <message>
        <source>Unable to reset statement</source>
        <translation>ዓረፍተ ትዕዛዙን ዳግም ማስጀመር አልተቻለም</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>ታች</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>የግራ ጠርዝ</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>ገጽ ወደ ታች</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>ገጽ ወደ ግራ</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>ገጽ ወደ ቀኝ</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>ገጽ ወደ ላይ</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>የቀኝ ጠርዝ</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>ወደ ታች ሸብልል</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>እዚህ ሸብልል</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>ወደ ግራ ሸብልል</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>ወደ ቀኝ ሸብልል</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>ወደ ላይ ሸብልል</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>ላይ</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>ወደ ግራ ሸብልል</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>ወደ ቀኝ ሸብልል</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI የመጀመሪያ ጠንካራ ማግለያ</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>የዩኒኮድ መቆጣጠሪያ ቁምፊ አስገባ</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE ከግራ-ወደ-ቀኝ መክተት ጀምር</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI ከግራ-ወደ-ቀኝ ማግለያ</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM ከግራ-ወደ-ቀኝ ምልክት</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO ከግራ-ወደ-ቀኝ መሻር ጀምር</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF የአቅጣጫ ቅርጸትን አንሳ</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI የአቅጣጫ ማግለያን አንሳ</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE ከቀኝ-ወደ-ግራ መክተት ጀምር</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI ከቀኝ-ወደ-ግራ ማግለያ</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM ከቀኝ-ወደ-ግራ ምልክት</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO ከቀኝ-ወደ-ግራ መሻር ጀምር</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ ዜሮ ስፋት ያለው አያያዥ</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ ዜሮ ስፋት ያለው አለያያ</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP ዜሮ ስፋት ያለው ክፍት ቦታ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;ቅዳ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ለጥፍ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ድገም</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ቀልብስ</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>የአገናኝ &amp;አድራሻ ቅዳ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;ቁረጥ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ሁሉንም ምረጥ</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;ጨርስ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;እገዛ</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;ቀጣይ</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;ቀጣይ &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;ተመለስ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>አረጋግጥ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ቀጥል</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ተጠናቋል</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>እገዛ</translation>
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
