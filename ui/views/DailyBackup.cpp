// SPDX-License-Identifier: GPL-3.0-or-later
#include "DailyBackup.h"
#include "Translations.h"

#include "Clock.h"
#include "storage/Backups.h"

#include <QDir>
#include <QFileInfo>

namespace kontor::ui {

DailyBackup::~DailyBackup()
{
    wait();
}

bool DailyBackup::startIfDue(const QString& databasePath, int keep)
{
    if (databasePath.isEmpty() || databasePath == QStringLiteral(":memory:"))
        return false;
    if (m_thread)
        return false; // the copy being made is of the database open before: this one is checked instead
    if (keep == 0 || !Backups(databasePath, keep).dailyDue(Clock::now()))
        return false;
    auto result = std::make_shared<Result<BackupInfo>>(Result<BackupInfo>::failure(QString()));
    m_thread.reset(QThread::create(
        [databasePath, keep, result] { *result = Backups(databasePath, keep).make(QStringLiteral("daily")); }));
    connect(m_thread.get(), &QThread::finished, this, [this, result] {
        m_thread.reset();
        if (*result)
            emit finished(
                tr("Daily backup saved in %1.").arg(shownPath(QFileInfo(result->value().path).absolutePath())), true);
        else
            emit finished(tr("The daily backup failed: %1").arg(result->error()), false);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

void DailyBackup::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace kontor::ui
