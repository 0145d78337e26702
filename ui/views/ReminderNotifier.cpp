// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderNotifier.h"

#include "Clock.h"

#include <QTimer>

namespace kontor::ui {

ReminderNotifier::ReminderNotifier(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &ReminderNotifier::check);
}

void ReminderNotifier::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    m_lastCheck = Clock::now();
    if (m_db.isValid() && m_db.isOpen())
        m_timer->start();
    else
        m_timer->stop();
}

void ReminderNotifier::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void ReminderNotifier::check()
{
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    const QDateTime now = Clock::now();
    // Due in (last look, now]: the range is half-open the other way round, so it starts a millisecond later.
    auto due = ReminderRepository(m_db).open(m_lastCheck.addMSecs(1), now.addMSecs(1), 50);
    m_lastCheck = now;
    if (due && !due->isEmpty())
        emit remindersDue(due.value());
}

} // namespace kontor::ui
