// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace kontor {

/// Undo and redo for a session, whatever wrote to the database. Temporary triggers (they live only on this
/// connection, never in the file) write, for every row a statement changes in the user's tables, the SQL that puts
/// the row back. take() collects what the last action wrote as one step; apply() runs a step's statements
/// backwards in one transaction and returns the step that reverses it, so redo is the undo of an undo. The
/// technique is the one described at sqlite.org/undoredo.html.
///
/// Summaries kept by triggers (pipeline totals, the notes and company search, the change history) follow by
/// themselves; the contact search index, which core keeps, is brought up to date for the contacts a step touched.
/// Bulk loads must not run while the journal is attached: they would fill it with a statement per row.
class UndoJournal
{
    Q_DECLARE_TR_FUNCTIONS(UndoJournal)

public:
    struct Step
    {
        QString label;
        QStringList statements;
        bool isEmpty() const { return statements.isEmpty(); }
    };

    explicit UndoJournal(QSqlDatabase db) : m_db(std::move(db)) {}

    Status attach();
    /// Stops recording; fails (and keeps recording) when a trigger could not be dropped.
    Status detach();
    bool isAttached() const { return m_attached; }
    /// What was written since the last take(), as one step named `label`; empty when nothing was written.
    Result<Step> take(const QString& label);
    /// Reverses `step` and returns the step that reverses that.
    Result<Step> apply(const Step& step);

private:
    QSqlDatabase m_db;
    bool m_attached = false;
};

} // namespace kontor
