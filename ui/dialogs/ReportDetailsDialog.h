// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QSqlDatabase>

class QTableWidget;

namespace kontor::ui {

/// The deals, contacts or interactions behind a figure of a report: what a double-click on a row or a click on a
/// bar shows. Enter (or a double-click) opens the one chosen (an interaction opens its contact).
class ReportDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Deals, Contacts, Interactions };
    static constexpr int maxRows = 1000;

    /// `more`: `ids` are the first of more than were read.
    ReportDetailsDialog(const QSqlDatabase& db, Kind kind, const QList<qint64>& ids, const QString& title,
                        QWidget* parent = nullptr, bool more = false);

    QTableWidget* table() const { return m_table; }
    /// The contact of the selected row (a deal's contact), or 0.
    qint64 currentContactId() const;
    /// Ctrl+L: logs an interaction with the selected row's contact.
    void logInteraction();

signals:
    void openDealRequested(qint64 dealId);
    void openContactRequested(qint64 contactId);
    /// An interaction was logged from here; `message` says what was saved.
    void interactionLogged(const QString& message);

private:
    void openCurrent();

    QSqlDatabase m_db;
    Kind m_kind;
    QTableWidget* m_table;
};

} // namespace kontor::ui
