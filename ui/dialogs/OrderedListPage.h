// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kontor::ui {

/// A Settings tab of things whose order matters, the first that holds winning (territories, assignment rules): a
/// table with one row each, and buttons to add, change (also Enter or a double-click), remove (also Delete) and
/// move them. Each change is saved at once, as one undoable step, and the table read again from what was saved. A
/// page whose rows can be switched off shows a tick in the first column.
class OrderedListPage : public QWidget
{
    Q_OBJECT

public:
    QTableWidget* table() const { return m_table; }

public slots:
    /// Reads the rows again, keeping the current one.
    void reload();
    void addRow();
    void editRow();
    void removeRow();
    void moveRow(int step);

signals:
    /// A change was saved, or `error` says why not.
    void changed(const QString& error);

protected:
    /// What the page calls things, each through its own tr(): the buttons (with their mnemonics), the table's
    /// headers and name, a hint under the table, and `objectNoun` for the widgets' object names ("Territory":
    /// addTerritory, editTerritory, removeTerritory, territoryUp, territoryDown).
    struct Words
    {
        QString add;
        QString edit;
        QString remove;
        QString up;
        QString down;
        QStringList headers;
        QString tableName;
        QString hint;
        QString objectNoun;
        bool checkable = false;
    };
    OrderedListPage(const Words& words, QWidget* parent);

    /// Reads the rows from the database; the count and each row's texts follow.
    virtual Status read() = 0;
    virtual int count() const = 0;
    virtual QStringList cells(int row) const = 0;
    virtual bool isActive(int /*row*/) const { return true; }
    /// Opens the dialog for `row` (-1: a new one); true when it changed the rows (to be saved).
    virtual bool edit(int row) = 0;
    virtual void remove(int row) = 0;
    virtual void move(int from, int to) = 0;
    virtual void setActive(int /*row*/, bool /*active*/) {}
    /// Saves the rows as they are now, as one step.
    virtual Status write() = 0;

private:
    void save(int selectRow);
    void updateButtons();

    bool m_checkable;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace kontor::ui
