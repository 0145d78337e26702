// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace kontor::ui {

/// Shown when a database file is refused (not a database, another program's, a newer Kontor's): it says why
/// and offers to open another file, create a new database, or quit. The refused file is never touched.
class DatabaseProblemDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Quit = 0, OpenAnother, CreateNew };

    DatabaseProblemDialog(const QString& message, QWidget* parent = nullptr);
    QString message() const;

    /// Opens `path`; while that fails, asks the user what to do instead. Returns null when the user quits.
    static std::unique_ptr<Database> openWithRecovery(const QString& path, QWidget* parent = nullptr);

private:
    QLabel* m_message;
};

} // namespace kontor::ui
