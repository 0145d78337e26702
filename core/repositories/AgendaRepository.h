// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Interaction.h"
#include "domain/Reminder.h"
#include "repositories/PipelineRepository.h"
#include "repositories/ReminderRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

namespace kontor {

using AgendaReminder = ReminderItem;

struct AgendaMeeting
{
    Interaction meeting;
    QString contactName;
};

struct AgendaBirthday
{
    qint64 contactId = 0;
    QString name;
    QDate birthday;
    /// The coming birthday: today or within the week.
    QDate date;
    int turning = 0;
};

/// A contact who asked to be contacted every N days and is due: never contacted, or last contacted too long ago.
struct AgendaLosingTouch
{
    qint64 contactId = 0;
    QString name;
    QDateTime lastContact;
    int everyDays = 0;
};

/// What the Today page lists for one day.
struct Agenda
{
    QList<AgendaReminder> overdue;
    QList<AgendaReminder> dueToday;
    /// Meetings of the day and the next one.
    QList<AgendaMeeting> meetings;
    /// Birthdays of the day and the six after it.
    QList<AgendaBirthday> birthdays;
    /// Stay-in-touch intervals that run out by the end of the day, longest overdue first.
    QList<AgendaLosingTouch> losingTouch;
    /// Open deals longer in their stage than the stage allows at the end of the day, longest overdue first.
    QList<PipelineCard> staleDeals;

    int openItemCount() const { return static_cast<int>(overdue.size() + dueToday.size()); }
};

/// Reads the agenda of a day; "today" is the caller's local day, passed in so that it can be tested.
class AgendaRepository
{
    Q_DECLARE_TR_FUNCTIONS(AgendaRepository)

public:
    explicit AgendaRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<Agenda> forDay(const QDate& day, const QTimeZone& zone = QTimeZone::systemTimeZone()) const;

    /// The most items of one kind: a million contacts have ten thousand birthdays a week, and a page lists the
    /// first ones in date order. A list that holds exactly this many may hold more.
    static constexpr int maxItems = 200;

private:
    QSqlDatabase m_db;
};

} // namespace kontor
