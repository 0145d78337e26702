// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/Search.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace kontor::ui {

/// Ctrl+K: one box across contacts, companies and notes, results grouped and updated as you type; Enter opens the
/// highlighted result.
class GlobalSearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GlobalSearchDialog(const QSqlDatabase& db, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    QTreeWidget* results() const { return m_results; }
    /// The result chosen with Enter or a double click; kind Contact with id 0 when none.
    const SearchHit& chosen() const { return m_chosen; }
    /// Runs the search now instead of after the typing pause.
    void searchNow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose();

    QSqlDatabase m_db;
    QLineEdit* m_search;
    QTreeWidget* m_results;
    QLabel* m_status;
    QTimer* m_delay;
    QList<SearchHit> m_hits;
    SearchHit m_chosen;
};

} // namespace kontor::ui
