// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

class QWidget;

namespace kontor::ui {

/// File → Export: contacts as CSV or vCard, companies, interactions and deals as CSV, reminders and meetings as
/// iCalendar, each written whole or not at all, with progress and Cancel.
class RecordExporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordExporter)

public:
    enum class Kind { ContactsCsv, ContactsVCard, CompaniesCsv, InteractionsCsv, DealsCsv, Calendar };

    /// Writes `kind` to `path`, its progress dialog over `parent`; the number of records, or why not.
    static Result<qint64> write(const QSqlDatabase& db, Kind kind, const QString& path, QWidget* parent);
    /// Asks where (in the documents folder, with the kind's usual name), writes, and tells `say` what it did; a
    /// failure is a warning over `parent`.
    static void chooseAndWrite(const QSqlDatabase& db, Kind kind, QWidget* parent,
                               const std::function<void(const QString&)>& say);
};

} // namespace kontor::ui
