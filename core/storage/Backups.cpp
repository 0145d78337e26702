// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"
#include "Translations.h"

#include "Clock.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace kontor {

namespace {

const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

// kontor-20261124-210800-000-daily.sqlite: sorted by name is sorted by time, to the millisecond.
const QRegularExpression backupName(QStringLiteral("^(.+)-(\\d{8}-\\d{6}-\\d{3})-([a-z-]+)\\.sqlite$"));
// What a backup killed half way leaves (Database::backupTo): the copy under its temporary name, and SQLite's journal.
const QRegularExpression pieceName(
    QStringLiteral("^(.+)-\\d{8}-\\d{6}-\\d{3}-[a-z-]+\\.sqlite\\.partial-[0-9a-f]{8}(-journal|-wal|-shm)?$"));
// A copy being written changes at every page; one untouched this long is dead, not another Kontor's at work.
constexpr qint64 abandonedAfterSeconds = 10 * 60;

} // namespace

Backups::Backups(QString databasePath, int keep) : m_databasePath(std::move(databasePath)), m_keep(keep)
{
    const QFileInfo info(m_databasePath);
    m_folder = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

Result<BackupInfo> Backups::make(const QString& reason) const
{
    using R = Result<BackupInfo>;
    const QDateTime now = Clock::now().toUTC();
    const QString name = QStringLiteral("%1-%2-%3.sqlite")
                             .arg(QFileInfo(m_databasePath).completeBaseName(), now.toString(timeFormat), reason);
    const QString target = QDir(m_folder).filePath(name);
    removeAbandonedPieces(now);
    {
        // Its own connection: the window's stays free, and a thread may run this.
        auto database = Database::open(m_databasePath, Database::Missing::Refuse);
        if (!database)
            return R::failure(database.error());
        if (Status copied = database.value()->backupTo(target); !copied)
            return R::failure(copied.error());
    }
    prune();
    // The folder and every copy in it are the user's alone, also those an older Kontor made readable to others.
    makePrivate(m_folder);
    for (const BackupInfo& backup : list())
        makePrivate(backup.path);
    return BackupInfo{target, now, reason, QFileInfo(target).size()};
}

void Backups::removeAbandonedPieces(const QDateTime& now) const
{
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.partial-*")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = pieceName.match(file.fileName());
        if (match.hasMatch() && match.captured(1) == base && file.lastModified().secsTo(now) > abandonedAfterSeconds)
            QFile::remove(file.absoluteFilePath());
    }
}

QList<BackupInfo> Backups::list() const
{
    QList<BackupInfo> backups;
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = backupName.match(file.fileName());
        if (!match.hasMatch() || match.captured(1) != base)
            continue;
        QDateTime madeAt = QDateTime::fromString(match.captured(2), timeFormat);
        madeAt.setTimeZone(QTimeZone::utc());
        backups.prepend(BackupInfo{file.absoluteFilePath(), madeAt, match.captured(3), file.size()});
    }
    return backups;
}

bool Backups::dailyDue(const QDateTime& now) const
{
    for (const BackupInfo& backup : list()) {
        if (backup.reason == QStringLiteral("daily"))
            return backup.madeAt.secsTo(now) >= 24 * 3600;
    }
    return true;
}

void Backups::prune() const
{
    if (m_keep <= 0)
        return;
    const QList<BackupInfo> backups = list();
    for (qsizetype i = m_keep; i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
}

Status Backups::restore(const QString& backupPath) const
{
    // Tried on a copy beside the database before anything changes: a file that is not a Kontor database is refused,
    // an older one is upgraded there, and the backup itself is never written.
    const QString candidate = m_databasePath + QStringLiteral(".restoring");
    QFile::remove(candidate);
    if (!QFile::copy(backupPath, candidate))
        return Status::failure(tr("“%1” could not be copied beside the database.").arg(shownPath(backupPath)));
    QFile::setPermissions(candidate, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto checked = Database::open(candidate, Database::Missing::Refuse);
        if (!checked) {
            QFile::remove(candidate);
            return Status::failure(checked.error());
        }
    }
    QFile::remove(candidate + QStringLiteral("-wal"));
    QFile::remove(candidate + QStringLiteral("-shm"));

    if (QFileInfo::exists(m_databasePath)) {
        if (Result<BackupInfo> kept = make(QStringLiteral("before-restore")); !kept) {
            QFile::remove(candidate);
            return Status::failure(kept.error());
        }
    }
    // The closed database has no log left to replay; a stale one must not be applied to the restored file.
    QFile::remove(m_databasePath + QStringLiteral("-wal"));
    QFile::remove(m_databasePath + QStringLiteral("-shm"));
    QFile::remove(m_databasePath);
    if (!QFile::rename(candidate, m_databasePath)) {
        return Status::failure(tr("The backup could not be put in place of “%1”; the database before it is in “%2”.")
                                   .arg(shownPath(m_databasePath), shownPath(m_folder)));
    }
    return {};
}

} // namespace kontor
