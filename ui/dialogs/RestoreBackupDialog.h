// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Backups.h"

#include <QDialog>

class QTableWidget;

namespace kontor::ui {

/// The database's backups, newest first, with when and why each was made: Enter (or Restore) chooses one.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QList<BackupInfo>& backups, const QString& folder, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// The backup chosen, once accepted.
    QString chosenPath() const;
    static QString reasonName(const QString& reason);

private:
    QList<BackupInfo> m_backups;
    QTableWidget* m_table;
};

} // namespace kontor::ui
