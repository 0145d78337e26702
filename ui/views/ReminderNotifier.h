// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ReminderRepository.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

class QTimer;

namespace kontor::ui {

/// While Kontor runs, notices reminders that come due (or whose snooze runs out) and reports each once. What was
/// already due when the database was opened is the Today page's to show, not a notification's.
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ReminderNotifier(QObject* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    /// How often to look; the default is every 30 seconds.
    void setInterval(int milliseconds);

public slots:
    /// Reports the reminders that came due since the last look.
    void check();

signals:
    void remindersDue(const QList<kontor::ReminderItem>& reminders);

private:
    QSqlDatabase m_db;
    QDateTime m_lastCheck;
    QTimer* m_timer;
};

} // namespace kontor::ui
