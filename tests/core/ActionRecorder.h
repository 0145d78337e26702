// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/Session.h"
#include "storage/UndoJournal.h"

#include <QTest>

namespace kontor::test {

/// A session that records what its listeners hear and the undo steps it is handed, as the window's does.
struct ActionRecorder
{
    explicit ActionRecorder(const QSqlDatabase& db) : session(db), journal(db)
    {
        QVERIFY(journal.attach().ok());
        session.subscribe([this](const DomainEvent& event) { events.append(event); });
        session.setUndo(&journal, [this](UndoJournal::Step step) { steps.append(step); });
    }
    QStringList names() const
    {
        QStringList result;
        for (const DomainEvent& event : events)
            result << eventName(event);
        return result;
    }
    Session session;
    UndoJournal journal;
    QList<DomainEvent> events;
    QList<UndoJournal::Step> steps;
};

} // namespace kontor::test
