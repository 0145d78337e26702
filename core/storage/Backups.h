// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kontor {

/// One copy of the database in its backup folder.
struct BackupInfo
{
    QString path;
    /// When it was made (UTC, from its name).
    QDateTime madeAt;
    /// Why: "daily", "manual", "before-restore", "before-import", "before-merge".
    QString reason;
    qint64 size = 0;
};

/// Rotating backups of one database file, kept in a folder beside it ("kontor-backups" next to "kontor.sqlite"):
/// consistent copies made while the database is in use, named by their time and reason; only the newest `keep`
/// stay (all of them when `keep` is 0). A backup opens its own connection, so it may run on another thread than the
/// window's.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int defaultKeep = 10;

    explicit Backups(QString databasePath, int keep = defaultKeep);

    QString folder() const { return m_folder; }
    /// Copies the database now (VACUUM INTO: consistent, compacted), then deletes the oldest beyond `keep`.
    Result<BackupInfo> make(const QString& reason) const;
    /// Newest first.
    QList<BackupInfo> list() const;
    /// No daily backup yet, or the newest is from before the last 24 hours.
    bool dailyDue(const QDateTime& now) const;
    /// Puts `backup` in place of the database, which must be closed: the current file is kept as a
    /// "before-restore" backup first, and the copy is checked to be a Kontor database before anything is replaced.
    Status restore(const QString& backupPath) const;

private:
    void prune() const;
    /// Deletes what backups killed half way (power lost, kill -9) left in the folder: their copies can be as large
    /// as the database, and nothing else would ever remove them.
    void removeAbandonedPieces(const QDateTime& now) const;

    QString m_databasePath;
    QString m_folder;
    int m_keep;
};

} // namespace kontor
