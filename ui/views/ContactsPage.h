// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ContactRepository.h"

#include <QSqlDatabase>

#include <QWidget>
#include <functional>

class QPushButton;
class QToolButton;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace kontor::ui {

class ColumnFitter;
class ContactCard;
class ContactFilterBar;
class ContactListModel;

/// The contact base: a search box that filters as you type, a status filter, the list (paged from SQL, sorted
/// by SQL) and the card of the selected contact with its history.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    qint64 currentContactId() const;
    /// Selects the contact's row when it is among the rows read so far; returns whether it was.
    bool selectContact(qint64 contactId);
    /// Shows the contact's card, selecting its row when the list has it at hand.
    void showContact(qint64 contactId);

    ContactListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// Sizes the list's columns to the window until the user sizes one; the window keeps whether they did.
    ColumnFitter* columnFitter() const { return m_columnFitter; }
    QLineEdit* searchBox() const { return m_search; }
    ContactFilterBar* filterBar() const { return m_filters; }
    /// The keys of the custom fields shown as columns (chosen in the header's menu); the window keeps them.
    QStringList shownFields() const { return m_shownFields; }
    void setShownFields(const QStringList& keys);
    /// Puts back the columns' state the window saved (QHeaderView::saveState): which, in what order, how wide. Saved
    /// when there were more or fewer fields, the header is made to count the list's columns again.
    void restoreColumns(const QByteArray& state);
    ContactCard* card() const { return m_card; }

public slots:
    void newContact();
    void editContact();
    void archiveContact();
    /// Logs an interaction with the contact on the card (or the selected one); afterwards that contact stays
    /// selected and on the card, with or without a search typed.
    void logInteraction();
    /// A new deal for the contact on the card (or none).
    void newDeal();
    void focusSearch();
    /// Puts `text` in the search box and filters the list by it at once.
    void searchFor(const QString& text);
    /// Shows the contacts `filter` picks (its no-contact days, data problem and import), the other filters
    /// cleared; `importLabel` names the import in its filter box.
    void showOnly(const kontor::ContactFilter& filter, const QString& importLabel = {});
    /// Re-reads the list and the card, keeping the selection where possible.
    void refresh();
    /// Reads the filters' choices again (owners, sources, tags) after they changed in Settings.
    void reloadChoices();
    /// Changes for all selected contacts at once (select with Shift or Ctrl).
    void bulkSetOwner();
    /// Applies the assignment rules to the selected contacts after a preview of who gets how many.
    void bulkAssign();
    void bulkSetStatus();
    void bulkAddTag();
    /// One of the contacts' own fields set (or emptied) on all selected.
    void bulkSetField();
    void bulkArchive();

signals:
    void statusMessage(const QString& message);
    void dealSaved(qint64 dealId);

public:
    /// How many rows one bulk change may take: each selected row is read to know its contact.
    static constexpr int maxBulkSelection = 5000;
    int selectedCount() const;
    QList<qint64> selectedContactIds() const;

private:
    bool applyBulkChange(const ContactRepository::BulkChange& change, const std::function<QString(int)>& done);
    void updateSelectionCount();
    void selectFirstIfReady();
    /// Makes `row` current and selected, left to right and right to left alike.
    void selectRow(int row);
    /// After a reload: selects the contact kept by refresh() once its rows are read, and tells whether there was one.
    bool restoreKeptContact();
    /// Reads the list again and keeps `contactId` selected and on the card; `fallbackRow` is selected instead when
    /// the contact is no longer in the list (-1: the card keeps showing the contact).
    void reloadKeeping(qint64 contactId, int fallbackRow);
    void applyFilter();
    /// Hides the columns of the fields not chosen, when the fields changed.
    void showFieldColumns();
    void updateCount();
    void showCurrent();

    QSqlDatabase m_db;
    ContactListModel* m_model;
    QTableView* m_table;
    ColumnFitter* m_columnFitter;
    ContactCard* m_card;
    QLineEdit* m_search;
    ContactFilterBar* m_filters;
    QLabel* m_count;
    QPushButton* m_bulk;
    /// The contact refresh() keeps selected while the list is read again (a search runs in the background).
    qint64 m_keptContactId = 0;
    /// The row selected instead when that contact is gone from the list (archived, say); -1: none.
    int m_keptRow = -1;
    bool m_selectFirstWhenReady = false;
    QSplitter* m_splitter;
    QTimer* m_searchDelay;
    QStringList m_shownFields;
    /// The fields the columns were last shown or hidden for.
    QList<qint64> m_fieldColumns;
};

} // namespace kontor::ui
