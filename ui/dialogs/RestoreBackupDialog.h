// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Backups.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QTableWidget;

namespace kontor::ui {

/// The database's backups, newest first, with when and why each was made: Enter (or Restore) chooses one.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    /// `current`: the open database, to say what going back to the chosen copy would lose (what was added or
    /// changed since it was made); none when it is not valid.
    RestoreBackupDialog(const QList<BackupInfo>& backups, const QString& folder, QWidget* parent = nullptr,
                        const QSqlDatabase& current = QSqlDatabase());

    QTableWidget* table() const { return m_table; }
    /// The backup chosen, once accepted.
    QString chosenPath() const;
    static QString reasonName(const QString& reason);
    /// What going back to a copy made at `madeAt` would lose, in a sentence, from `current`'s change history.
    static QString lostSince(const QSqlDatabase& current, const QDateTime& madeAt);

private:
    QList<BackupInfo> m_backups;
    QTableWidget* m_table;
    QLabel* m_lost = nullptr;
};

} // namespace kontor::ui
