// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoHistory.h"

#include <QUndoStack>

namespace kontor::ui {

namespace {

/// One step of the session's undo history: what an action wrote, reversed by the journal.
class JournalCommand : public QUndoCommand
{
public:
    JournalCommand(UndoHistory* history, UndoJournal::Step step)
        : QUndoCommand(step.label), m_history(history), m_undo(std::move(step))
    {
    }
    void undo() override { apply(m_undo, &m_redo); }
    void redo() override
    {
        // Pushed after the action has been done.
        if (m_pushed) {
            m_pushed = false;
            return;
        }
        apply(m_redo, &m_undo);
    }

private:
    void apply(const UndoJournal::Step& step, UndoJournal::Step* reverse)
    {
        auto applied = m_history->apply(step);
        if (applied)
            *reverse = applied.value();
        else
            setObsolete(true); // leaves the stack: the records changed in a way it cannot take back
    }

    UndoHistory* m_history;
    UndoJournal::Step m_undo;
    UndoJournal::Step m_redo;
    bool m_pushed = true;
};

} // namespace

UndoHistory::UndoHistory(QObject* parent) : QObject(parent), m_stack(new QUndoStack(this)) {}

UndoHistory::~UndoHistory()
{
    start(QSqlDatabase());
}

void UndoHistory::start(const QSqlDatabase& db, QString* problem)
{
    m_stack->clear();
    m_session.reset();
    m_journal.reset();
    m_checkpointer.reset();
    if (!db.isValid())
        return;
    m_checkpointer = std::make_unique<WalCheckpointer>(db);
    // Where it cannot run (an in-memory file, a Qt with its own SQLite), SQLite checkpoints as it always did.
    if (qEnvironmentVariableIsSet("KONTOR_SQLITE_CHECKPOINTS") || !m_checkpointer->start())
        m_checkpointer.reset();
    m_journal = std::make_unique<UndoJournal>(db);
    if (Status attached = m_journal->attach(); !attached) {
        if (problem)
            *problem = attached.error();
        m_journal.reset();
    }
    m_session = std::make_unique<Session>(db);
    m_session->setUndo(m_journal.get(),
                       [this](UndoJournal::Step step) { m_stack->push(new JournalCommand(this, std::move(step))); });
}

void UndoHistory::recordStep(const QString& label)
{
    if (!m_journal)
        return;
    auto step = m_journal->take(label);
    if (step && !step->isEmpty())
        m_stack->push(new JournalCommand(this, step.value()));
}

Result<UndoJournal::Step> UndoHistory::apply(const UndoJournal::Step& step)
{
    if (!m_journal)
        return Result<UndoJournal::Step>::failure(tr("No database is open."));
    auto applied = m_journal->apply(step);
    if (!applied) {
        emit stepFailed(applied.error());
        return applied;
    }
    emit stepApplied(step.label);
    return applied;
}

Status UndoHistory::pause(const QString& earlierLabel)
{
    if (!m_journal)
        return {};
    recordStep(earlierLabel);
    return m_journal->detach();
}

Status UndoHistory::resume()
{
    return m_journal ? m_journal->attach() : Status();
}

} // namespace kontor::ui
