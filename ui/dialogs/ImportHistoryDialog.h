// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ContactImport.h"

#include <QDialog>
#include <QSqlDatabase>

class QPushButton;
class QTableWidget;

namespace kontor::ui {

/// The imports carried out, newest first: when, from which file, what each created, updated, merged, skipped and
/// rejected. Undo Import takes the chosen one back (after asking): what it created is removed, what it changed put
/// back as it was.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(QSqlDatabase db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* undoButton() const { return m_undo; }
    /// Undoes the import on the chosen row; `confirm` false skips the question (for tests and scripts).
    bool undoChosen(bool confirm = true);
    /// Whether an import was undone while the dialog was open (the pages then read again).
    bool changedData() const { return m_changed; }

private:
    void reload();
    void updateButtons();

    QSqlDatabase m_db;
    QList<ImportHistory::Entry> m_entries;
    QTableWidget* m_table;
    QPushButton* m_undo;
    bool m_changed = false;
};

} // namespace kontor::ui
