// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "actions/Session.h"
#include "storage/UndoJournal.h"
#include "storage/WalCheckpointer.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

class QUndoStack;

namespace kontor::ui {

/// What the window keeps for its open database besides the pages: the actions' Session (their events, the acting
/// user), the undo journal whose steps go onto Edit → Undo's stack, and the checkpoints of the write-ahead log on
/// their own thread, so that no save waits for one.
class UndoHistory : public QObject
{
    Q_OBJECT

public:
    explicit UndoHistory(QObject* parent = nullptr);
    ~UndoHistory() override;

    /// Starts for `db`, or ends with an invalid one; the stack starts empty. A journal that cannot attach leaves
    /// the session without undo, and says why in `problem`.
    void start(const QSqlDatabase& db, QString* problem = nullptr);
    Session* session() const { return m_session.get(); }
    QUndoStack* stack() const { return m_stack; }

    /// Makes what was written since the last step one step named `label` (for work outside an action).
    void recordStep(const QString& label);
    /// Runs a step backwards; the step that reverses it, or why not (then stepFailed is emitted).
    Result<UndoJournal::Step> apply(const UndoJournal::Step& step);

    /// Stops recording, for bulk work that would write a journal row for every row it writes; what was written
    /// before is kept as a step first.
    Status pause(const QString& earlierLabel);
    Status resume();

signals:
    void stepApplied(const QString& label);
    void stepFailed(const QString& error);

private:
    QUndoStack* m_stack;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<UndoJournal> m_journal;
    std::unique_ptr<Session> m_session;
};

} // namespace kontor::ui
