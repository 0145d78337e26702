// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cleanup/Duplicates.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QLabel;
class QPushButton;
class QRadioButton;
class QTabBar;
class QTableWidget;

namespace kontor::ui {

/// Finds contacts (or companies) that are probably the same and merges them: the pairs, most certain first, with
/// why; for the pair chosen, each field side by side, the value to keep chosen by a click (emails, phones and tags
/// of both are kept); Merge moves every interaction, deal and reminder to the record kept. Not Duplicates puts a
/// pair away for good. A backup is made before the first merge.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Kind { Contacts, Companies };

    /// `databasePath` for the backup before merging (none when empty); `afterMerge` is told of each merge's name
    /// (each merge is an action with its own undo step and event; the window needs no more).
    DuplicatesDialog(QSqlDatabase db, QString databasePath, int backupsToKeep,
                     std::function<void(const QString&)> afterMerge = {}, QWidget* parent = nullptr);

    QTabBar* kinds() const { return m_kinds; }
    QTableWidget* pairsTable() const { return m_pairs; }
    /// Rows: fields; columns: field name, the first record's value, the second's (checkable: the one kept).
    QTableWidget* fieldsTable() const { return m_fields; }
    QRadioButton* keepFirstButton() const { return m_keepFirst; }
    QRadioButton* keepSecondButton() const { return m_keepSecond; }
    QPushButton* mergeButton() const { return m_merge; }
    QPushButton* dismissButton() const { return m_dismiss; }
    QLabel* summary() const { return m_summary; }
    const QList<DuplicatePair>& pairs() const { return m_found; }

    /// Looks for duplicates of the kind on show.
    bool find();
    /// Merges the chosen pair as the field table says.
    bool mergeChosen();
    bool dismissChosen();
    /// What the merge of the chosen contacts would keep, field by field.
    Contact chosenResult() const;

private:
    /// What the empty list of pairs says before a search: which button looks for what.
    void showFindHint();
    void showPair();
    void fieldClicked(int row, int column);
    bool backUpOnce();

    QSqlDatabase m_db;
    QString m_databasePath;
    int m_backupsToKeep;
    std::function<void(const QString&)> m_afterMerge;
    bool m_backedUp = false;
    QList<DuplicatePair> m_found;
    Contact m_first;
    Contact m_second;

    QTabBar* m_kinds;
    QPushButton* m_find;
    QLabel* m_summary;
    QTableWidget* m_pairs;
    QLabel* m_pairsHint;
    QTableWidget* m_fields;
    QRadioButton* m_keepFirst;
    QRadioButton* m_keepSecond;
    QPushButton* m_merge;
    QPushButton* m_dismiss;
};

} // namespace kontor::ui
