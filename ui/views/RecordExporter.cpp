// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordExporter.h"
#include "Translations.h"

#include "dialogs/Ask.h"
#include "dialogs/BusyWork.h"
#include "io/ContactExport.h"
#include "io/RecordExport.h"

#include <QDir>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <iterator>

namespace kontor::ui {

Result<qint64> RecordExporter::write(const QSqlDatabase& db, Kind kind, const QString& path, QWidget* parent)
{
    // Written whole or not at all: a cancelled or failed export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<qint64>::failure(tr("“%1” could not be written: %2").arg(path, file.errorString()));
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const ProgressCallback callback = followProgress(progress);
    Result<qint64> written = Result<qint64>::failure(QString());
    switch (kind) {
    case Kind::ContactsCsv:
    case Kind::ContactsVCard:
        written = ContactExport(db).write(
            &file, kind == Kind::ContactsCsv ? ContactExport::Format::Csv : ContactExport::Format::VCard,
            ContactExport::CsvMode::SpreadsheetSafe, callback);
        break;
    case Kind::CompaniesCsv:
        written = RecordExport(db).writeCsv(&file, RecordExport::Records::Companies, true, callback);
        break;
    case Kind::InteractionsCsv:
        written = RecordExport(db).writeCsv(&file, RecordExport::Records::Interactions, true, callback);
        break;
    case Kind::DealsCsv:
        written = RecordExport(db).writeCsv(&file, RecordExport::Records::Deals, true, callback);
        break;
    case Kind::Calendar:
        written = CalendarExport(db).write(&file, CalendarExport::Both, {}, callback);
        break;
    }
    progress.setValue(1000);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Result<qint64>::failure(tr("“%1” could not be written: %2").arg(path, file.errorString()));
    return written;
}

void RecordExporter::chooseAndWrite(const QSqlDatabase& db, Kind kind, QWidget* parent,
                                    const std::function<void(const QString&)>& say)
{
    struct Choice
    {
        Kind kind;
        QString fileName;
        QString filter;
    };
    const Choice choices[] = {
        {Kind::ContactsCsv, QStringLiteral("contacts.csv"), tr("CSV files (*.csv)")},
        {Kind::ContactsVCard, QStringLiteral("contacts.vcf"), tr("vCard files (*.vcf)")},
        {Kind::CompaniesCsv, QStringLiteral("companies.csv"), tr("CSV files (*.csv)")},
        {Kind::InteractionsCsv, QStringLiteral("interactions.csv"), tr("CSV files (*.csv)")},
        {Kind::DealsCsv, QStringLiteral("deals.csv"), tr("CSV files (*.csv)")},
        {Kind::Calendar, QStringLiteral("kontor.ics"), tr("iCalendar files (*.ics)")},
    };
    const Choice* choice =
        std::find_if(std::begin(choices), std::end(choices), [kind](const Choice& each) { return each.kind == kind; });
    const QString path = Ask::saveFileName(
        parent, tr("Export"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(choice->fileName),
        choice->filter);
    if (path.isEmpty())
        return;
    if (Result<qint64> written = write(db, kind, path, parent); written)
        say(tr("%1 records exported to %2.").arg(QLocale().toString(written.value()), shownPath(path)));
    else
        Ask::warning(parent, tr("Export"), written.error());
}

} // namespace kontor::ui
