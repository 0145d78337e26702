// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"
#include "Translations.h"

#include "ImportSummaryPage.h"
#include "ImportWizardParts.h"
#include "dialogs/Ask.h"

#include "actions/ImportActions.h"
#include "actions/SettingsActions.h"
#include "dialogs/BusyWork.h"
#include "io/VCard.h"
#include "repositories/CustomFieldRepository.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "views/Direction.h"
#include "views/EmptyState.h"
#include "views/SoftText.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor::ui {

using namespace importwizard;

ImportWizard::ImportWizard(QSqlDatabase db, QString databasePath, int backupsToKeep, QWidget* parent)
    : QWizard(parent), m_db(std::move(db)), m_databasePath(std::move(databasePath)), m_backupsToKeep(backupsToKeep)
{
    setWindowTitle(tr("Import Contacts"));
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // On the summary the import has happened: Done closes it, and Undo This Import takes it back.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    // Qt's own Back and Next carry "<" and ">", which a right-to-left window does not turn round (Persian's "Next"
    // pointed right, back to the first page): ours are translated with the arrow that points the way the pages go.
    setButtonText(QWizard::BackButton, tr("< &Back", "wizard button: to the previous page"));
    setButtonText(QWizard::NextButton, tr("&Next >", "wizard button: to the next page"));
    m_presets = ContactFields::presets(m_db);
    buildFilePage();
    buildMappingPage();
    buildCheckPage();
    m_summary = new ImportSummaryPage(m_db);
    setPage(SummaryPage, m_summary);
    resize(860, 600);
}

QComboBox* ImportWizard::fieldChooser(int column) const
{
    return qobject_cast<QComboBox*>(m_mapping->cellWidget(column, 2));
}

QAbstractButton* ImportWizard::policyButton(DuplicatePolicy policy) const
{
    return m_policies.value(int(policy));
}

void ImportWizard::setFile(const QString& path)
{
    m_path->setText(path);
    readFile();
    if (auto* page = dynamic_cast<WizardPage*>(this->page(FilePage)))
        page->changed();
}

QString ImportWizard::file() const
{
    return m_path->text().trimmed();
}

bool ImportWizard::isVCard() const
{
    return file().endsWith(QStringLiteral(".vcf"), Qt::CaseInsensitive) ||
           file().endsWith(QStringLiteral(".vcard"), Qt::CaseInsensitive);
}

void ImportWizard::chooseFile()
{
    const QString path = Ask::openFileName(this, tr("Import Contacts"), QFileInfo(file()).absolutePath(),
                                           tr("Contacts (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportWizard::readFile()
{
    m_head.clear();
    m_sample.clear();
    m_checkReport.reset();
    QFile input(file());
    if (file().isEmpty() || !input.open(QIODevice::ReadOnly)) {
        m_preview->clear();
        m_preview->setRowCount(0);
        m_previewHint->setText(tr("Choose a file to see its first rows here."));
        m_fileSummary->setText(file().isEmpty() ? QString()
                                                : tr("“%1” could not be read: %2").arg(file(), input.errorString()));
        return;
    }
    m_head = input.read(isVCard() ? 64 * 1024 * 1024 : 256 * 1024);
    const bool csv = !isVCard();
    m_kind->setEnabled(csv);
    if (!csv)
        m_kind->setCurrentIndex(0);
    m_encoding->setEnabled(csv);
    m_delimiter->setEnabled(csv);
    m_header->setEnabled(csv);
    if (csv) {
        const CsvFormat format = CsvReader::detect(m_head);
        int encoding = m_encoding->findData(format.encoding);
        if (encoding < 0) {
            m_encoding->addItem(QString::fromLatin1(format.encoding), format.encoding);
            encoding = m_encoding->count() - 1;
        }
        m_encoding->setCurrentIndex(encoding);
        m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QVariant(format.delimiter))));
    }
    fillPreview();
}

void ImportWizard::fillPreview()
{
    m_sample.clear();
    m_preview->clear();
    QStringList warnings;
    if (isVCard()) {
        const QList<VCard> cards = VCards::read(m_head, &warnings);
        m_preview->setColumnCount(4);
        m_preview->setHorizontalHeaderLabels({tr("Name"), tr("Company"), tr("Email"), tr("Phone")});
        for (const VCard& card : cards) {
            m_sample << QStringList{card.contact.displayName(), card.company, card.contact.emails.value(0).value,
                                    card.contact.phones.value(0).value};
        }
        m_fileSummary->setText(tr("A vCard address book with %n contacts.", nullptr, int(cards.size())));
    } else {
        QBuffer buffer(&m_head);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, options().format);
        CsvRecord record;
        while (m_sample.size() <= previewRows && reader.next(record))
            m_sample << record.fields;
        warnings = reader.warnings();
        qsizetype columns = 0;
        for (const QStringList& row : std::as_const(m_sample))
            columns = std::max(columns, row.size());
        m_preview->setColumnCount(int(columns));
        if (m_header->isChecked() && !m_sample.isEmpty()) {
            m_preview->setHorizontalHeaderLabels(m_sample.first());
        } else {
            // Qt numbers the columns itself in Latin digits.
            QStringList numbers;
            for (qsizetype column = 1; column <= columns; ++column)
                numbers << QLocale().toString(column);
            m_preview->setHorizontalHeaderLabels(numbers);
        }
        m_fileSummary->setText(
            inWindowDirection(m_sample.isEmpty() ? tr("The file holds no rows.")
                                                 : tr("%1, fields separated by: %2. %n columns.", nullptr, int(columns))
                                                       .arg(m_encoding->currentText(), m_delimiter->currentText())));
    }
    m_previewHint->setText(tr("The file has no rows to show."));
    const qsizetype first = !isVCard() && m_header->isChecked() ? 1 : 0;
    m_preview->setRowCount(int(std::max<qsizetype>(0, m_sample.size() - first)));
    for (qsizetype row = first; row < m_sample.size(); ++row)
        for (qsizetype column = 0; column < m_sample.at(row).size(); ++column)
            m_preview->setItem(int(row - first), int(column), new QTableWidgetItem(m_sample.at(row).at(column)));
    m_preview->resizeColumnsToContents();
    if (!warnings.isEmpty())
        m_fileSummary->setText(m_fileSummary->text() + u'\n' + warnings.first());
    if (isVCard() && m_sample.isEmpty())
        m_fileSummary->setText(tr("The file holds no vCards."));
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        fillMapping();
    if (id == CheckPage && !m_checkReport && QFileInfo(file()).size() < 5 * 1024 * 1024)
        runCheck(); // Small files are checked at once; a big one waits for the button.
    QWizard::initializePage(id);
}

void ImportWizard::showEvent(QShowEvent* event)
{
    QWizard::showEvent(event);
    // The buttons follow the page's state from the start (a wizard opened without a file cannot go on).
    if (auto* page = dynamic_cast<WizardPage*>(currentPage()))
        page->changed();
}

int ImportWizard::nextId() const
{
    if (currentId() == FilePage && isVCard())
        return CheckPage;
    return QWizard::nextId();
}

void ImportWizard::fillMapping()
{
    const QStringList headers = m_header->isChecked() && !m_sample.isEmpty() ? m_sample.first() : QStringList();
    const qsizetype columns = m_preview->columnCount();
    m_mapping->setRowCount(int(columns));
    for (int column = 0; column < columns; ++column) {
        const QString header =
            column < headers.size() ? headers.at(column) : tr("Column %1").arg(QLocale().toString(column + 1));
        m_mapping->setItem(column, 0, new QTableWidgetItem(header));
        QStringList samples;
        for (qsizetype row = m_header->isChecked() ? 1 : 0; row < m_sample.size() && samples.size() < 3; ++row)
            if (!m_sample.at(row).value(column).trimmed().isEmpty())
                samples << m_sample.at(row).value(column).simplified();
        m_mapping->setItem(column, 1, new QTableWidgetItem(joinParts(samples)));
        auto* chooser = new QComboBox;
        chooser->addItem(tr("Leave out"), QString());
        for (const ContactField& field : ImportFields::of(kind()))
            chooser->addItem(field.name, field.key);
        // The business's own fields of contacts, after the built-in ones.
        if (kind() == ImportKind::Contacts) {
            if (auto custom = CustomFieldRepository(m_db).fields(RecordKind::Contact); custom)
                for (const CustomField& field : custom.value())
                    chooser->addItem(field.label, field.key);
        }
        connect(chooser, &QComboBox::activated, this, [this] {
            if (auto* page = dynamic_cast<WizardPage*>(this->page(MappingPage)))
                page->changed();
            m_checkReport.reset();
        });
        m_mapping->setCellWidget(column, 2, chooser);
    }
    m_preset->clear();
    // Presets are of contacts' files; the other kinds map by their headers.
    m_preset->setEnabled(kind() == ImportKind::Contacts);
    m_savePreset->setEnabled(kind() == ImportKind::Contacts);
    if (kind() == ImportKind::Contacts) {
        for (int i = 0; i < m_presets.size(); ++i)
            m_preset->addItem(m_presets.at(i).name, i);
        // A file that is no known program's export is not said to be one: its columns are mapped by their own
        // names (field keys, or "Vorname", "E-Mail" and the like) and by hand.
        const ImportPreset best = ContactFields::bestPreset(headers, m_presets);
        if (best.name.isEmpty())
            m_preset->insertItem(0, tr("No preset fits these columns: choose their fields below"), -1);
        const int index = best.name.isEmpty() ? 0 : std::max(0, m_preset->findText(best.name));
        m_preset->setCurrentIndex(index);
        applyPreset(index);
    } else {
        const ColumnMapping mapped = ImportFields::map(kind(), headers, m_presets);
        for (int column = 0; column < m_mapping->rowCount(); ++column)
            if (QComboBox* chooser = fieldChooser(column))
                chooser->setCurrentIndex(std::max(0, chooser->findData(mapped.value(column))));
        if (auto* page = dynamic_cast<WizardPage*>(this->page(MappingPage)))
            page->changed();
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->resizeColumnToContents(2);
}

void ImportWizard::applyPreset(int index)
{
    if (index < 0 || index >= m_preset->count())
        return;
    const int preset = m_preset->itemData(index).toInt();
    const QStringList headers = m_header->isChecked() && !m_sample.isEmpty() ? m_sample.first() : QStringList();
    ColumnMapping mapped =
        ContactFields::map(headers, preset >= 0 && preset < m_presets.size() ? m_presets.at(preset) : ImportPreset{});
    if (auto custom = CustomFieldRepository(m_db).fields(RecordKind::Contact); custom)
        ContactFields::mapCustomFields(custom.value(), headers, mapped);
    for (int column = 0; column < m_mapping->rowCount(); ++column)
        if (QComboBox* chooser = fieldChooser(column))
            chooser->setCurrentIndex(std::max(0, chooser->findData(mapped.value(column))));
    m_checkReport.reset();
    if (auto* page = dynamic_cast<WizardPage*>(this->page(MappingPage)))
        page->changed();
}

bool ImportWizard::savePreset(const QString& name)
{
    ImportPreset preset{name.trimmed(), {}, false};
    const ColumnMapping columns = mapping();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        preset.columns.insert(m_mapping->item(it.key(), 0)->text().trimmed(), it.value());
    if (Status saved = SettingsActions::saveImportPreset(m_db, preset); !saved) {
        Ask::warning(this, tr("Save as Preset"), saved.error());
        return false;
    }
    m_presets = ContactFields::presets(m_db);
    m_preset->clear();
    for (int i = 0; i < m_presets.size(); ++i)
        m_preset->addItem(m_presets.at(i).name, i);
    m_preset->setCurrentIndex(m_preset->findText(preset.name));
    return true;
}

ColumnMapping ImportWizard::mapping() const
{
    ColumnMapping columns;
    QStringList taken;
    for (int column = 0; column < m_mapping->rowCount(); ++column) {
        const QComboBox* chooser = fieldChooser(column);
        const QString key = chooser ? chooser->currentData().toString() : QString();
        // A field filled by two columns takes the first; the second is left out.
        if (!key.isEmpty() && !taken.contains(key)) {
            taken << key;
            columns.insert(column, key);
        }
    }
    return columns;
}

ImportKind ImportWizard::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    options.format.encoding = m_encoding->currentData().toByteArray();
    options.format.delimiter = m_delimiter->currentData().toChar();
    options.hasHeader = m_header->isChecked();
    options.mapping = mapping();
    options.fileName = QFileInfo(file()).fileName();
    for (QAbstractButton* button : m_policies)
        if (button->isChecked())
            options.duplicates = DuplicatePolicy(m_policies.indexOf(button));
    return options;
}

Result<ImportReport> ImportWizard::run(bool dryRun)
{
    QFile input(file());
    if (!input.open(QIODevice::ReadOnly))
        return Result<ImportReport>::failure(tr("“%1” could not be read: %2").arg(file(), input.errorString()));
    ImportOptions chosen = options();
    chosen.dryRun = dryRun;
    QProgressDialog progress(dryRun ? tr("Checking every row…") : tr("Importing…"), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(progressDelayMs);
    const ProgressCallback callback = followProgress(progress);
    const auto format = isVCard() ? ImportActions::Format::VCard : ImportActions::Format::Csv;
    auto report = ImportActions::importFile(m_db, &input, format, kind(), chosen, callback);
    progress.setValue(1000);
    return report;
}

bool ImportWizard::runCheck()
{
    const auto report = run(true);
    if (!report) {
        m_checkSummary->setText(report.error());
        m_outcomes->setRowCount(0);
        return false;
    }
    m_checkReport = report.value();
    showReport(report.value());
    return true;
}

void ImportWizard::showReport(const ImportReport& report)
{
    const QLocale locale;
    m_checkSummary->setText(
        tr("%1 rows: %2 to create, %3 to update, %4 to merge, %5 to skip, %6 rejected; %7 with warnings.")
            .arg(locale.toString(report.rows), locale.toString(report.created), locale.toString(report.updated),
                 locale.toString(report.merged), locale.toString(report.skipped), locale.toString(report.rejected),
                 locale.toString(report.flagged)) +
        (report.fileWarnings.isEmpty() ? QString() : u'\n' + report.fileWarnings.join(u'\n')));
    m_outcomes->setRowCount(int(report.outcomes.size()));
    for (int row = 0; row < report.outcomes.size(); ++row) {
        const ImportRowOutcome& outcome = report.outcomes.at(row);
        auto* line = new QTableWidgetItem(locale.toString(outcome.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_outcomes->setItem(row, 0, line);
        m_outcomes->setItem(row, 1, new QTableWidgetItem(ContactImport::actionName(outcome.action)));
        m_outcomes->setItem(row, 2, new QTableWidgetItem(outcome.name));
        m_outcomes->setItem(row, 3, new QTableWidgetItem(outcome.explanation()));
    }
    m_outcomes->resizeColumnsToContents();
    m_outcomes->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    // Long reasons wrap; measuring thousands of rows would stall the page.
    if (m_outcomes->rowCount() <= 2000)
        m_outcomes->resizeRowsToContents();
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() != CheckPage)
        return QWizard::validateCurrentPage();
    // A copy first, so that even an import undone later can be undone by hand; none for an import that could not
    // write anyway (a read-only file or disk).
    if (Status writable = Database::canWrite(m_db); !writable) {
        Ask::warning(this, tr("Import Contacts"), tr("Nothing was imported: %1").arg(writable.error()));
        return false;
    }
    if (!m_databasePath.isEmpty() && m_databasePath != QStringLiteral(":memory:")) {
        const QString path = m_databasePath;
        const int keep = m_backupsToKeep;
        const Status backedUp = runWhileBusy(
            tr("Making a backup before the import…"),
            [path, keep]() -> Status {
                auto made = Backups(path, keep).make(QStringLiteral("before-import"));
                return made ? Status() : Status::failure(made.error());
            },
            this);
        if (!backedUp) {
            Ask::warning(this, tr("Import Contacts"),
                         tr("No backup could be made, so nothing was imported: %1").arg(backedUp.error()));
            return false;
        }
    }
    const auto report = run(false);
    if (!report) {
        Ask::warning(this, tr("Import Contacts"), report.error());
        return false;
    }
    m_importReport = report.value();
    m_summary->showReport(report.value(), QFileInfo(file()).fileName(), kind());
    return true;
}

bool ImportWizard::showImportedChosen() const
{
    return m_summary->showImportedChosen();
}

} // namespace kontor::ui
