<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eo">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Kaŝnomo</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Diskingo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosiero</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Dosierujo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dosierujo</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Ŝparvojo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nekonata</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Elekti ĉion</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Paŝi supren</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Paŝi &amp;malsupren</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>Malvera</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Malfermi la elektan ŝprucmenuon de la falmenuo</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vera</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Bone</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Bone</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>&amp;Montri ĉi tiun mesaĝon denove</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Kritika eraro:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Sencimiga mesaĝo:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Fatala eraro:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Informo:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Averto:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Dosierujo ne trovita.
Bonvolu kontroli, ke la ĝusta nomo de dosierujo estis donita.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Dosiero ne trovita.
Bonvolu kontroli, ke la ĝusta dosiernomo estis donita.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 jam ekzistas.
Ĉu vi volas anstataŭigi ĝin?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Elekti</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Forigi</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova dosierujo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Malfermi</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Konservi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; estas protektita kontraŭ skribado.
Ĉu vi tamen volas forigi ĝin?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Ĉiuj dosieroj (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Ĉiuj dosieroj (*)</translation>
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
        <translation>Ĉu vi certe volas forigi &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Reen</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ŝanĝi al detala vido</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ŝanĝi al lista vido</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Ne eblis forigi la dosierujon.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Krei novan dosierujon</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Krei novan dosierujon</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Forigi</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detala vido</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dosierujoj</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dosierujo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Dosier&amp;nomo:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dosieroj</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Dosieroj de tipo:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Trovi dosierujon</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Antaŭen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Iri reen</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Iri antaŭen</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Iri al la patra dosierujo</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Lista vido</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Listo de lokoj kaj legosignoj</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Serĉi en:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nova dosierujo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Malfermi</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Patra dosierujo</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Freŝdataj lokoj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Forigi</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Konservi kiel</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Montri </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Montri &amp;kaŝitajn dosierojn</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Flanka breto</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Komputilo</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dato de modifo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Speco</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mia komputilo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grandeco</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Nuligi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermi</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Bone</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Konservi</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Fermi sen konservi</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Enigu valoron:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopii</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Alglui</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refari</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Malfari</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Eltondi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Forigi</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Elekti ĉion</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>Pri Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Kaŝi detalojn...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Montri detalojn...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jes</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ĉesigi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apliki</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forĵeti</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Helpo</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignori</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ne &amp;al ĉiuj</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Bone</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Malfermi</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reagordi</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restarigi implicitajn valorojn</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reprovi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Konservi</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Konservi ĉion</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Jes a&amp;l ĉiuj</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
</context>
<context>
    <name>QSQLiteDriver</name>
    <message>
        <source>Error closing database</source>
        <translation>Eraro dum fermo de la datumbazo</translation>
    </message>
    <message>
        <source>Error opening database</source>
        <translation>Eraro dum malfermo de la datumbazo</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>Ne eblas komenci transakcion</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>Ne eblas efektivigi transakcion</translation>
    </message>
    <message>
        <source>Unable to rollback transaction</source>
        <translation>Ne eblas malfari transakcion</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>No query</source>
        <translation>Neniu peto</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Nekongrua nombro de parametroj</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>Ne eblas bindi parametrojn</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>Ne eblas plenumi plurajn ordonojn samtempe</translation>
    </message>
    <message>
        <source>Unable to execute statement</source>
        <translation>Ne eblas plenumi ordonon</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>Ne eblas akiri vicon</translation>
    </message>
    <message>
        <source>Unable to reset statement</source>
        <translation>Ne eblas restarigi ordonon</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>Malsupro</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Maldekstra rando</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Paĝon malsupren</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Paĝon maldekstren</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Paĝon dekstren</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Paĝon supren</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Dekstra rando</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Rulumi malsupren</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Rulumi ĉi tien</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Rulumi maldekstren</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Rulumi dekstren</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Rulumi supren</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Supro</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Rulumi maldekstren</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Rulumi dekstren</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI Unua forta izolo</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Enmeti Unikodan stirsignon</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Komenco de maldekstre-dekstra enkorpigo</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Maldekstre-dekstra izolo</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Maldekstre-dekstra marko</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Komenco de maldekstre-dekstra superregado</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Fino de direkta formatado</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Fino de direkta izolo</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Komenco de dekstre-maldekstra enkorpigo</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Dekstre-maldekstra izolo</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Dekstre-maldekstra marko</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Komenco de dekstre-maldekstra superregado</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Nullarĝa kunigilo</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Nullarĝa nekunigilo</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Nullarĝa spaceto</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopii</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Alglui</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refari</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Malfari</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopii adreson de &amp;ligilo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Eltondi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Forigi</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Elekti ĉion</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fini</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Helpo</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Sekva</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Sekva &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Reen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Nuligi</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Efektivigi</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Daŭrigi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Preta</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Reiri</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Helpo</translation>
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
