// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ContactListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <list>

namespace kontor::ui {

/// The contacts list over a million rows: the row count comes from SQL, rows are read a page at a time as the
/// view asks for them, and only the most recently used pages are kept, so memory stays flat however far the
/// user scrolls. Sorting and filtering are done by SQL on indexed columns. Counting a million rows takes longer
/// than a window may freeze, so a reload shows the first page at once and counts in another thread; the rows grow
/// to the full count when it arrives (countKnown()). Columns without an index are sorted as a list of ids in
/// another thread (isSorting()); while a list is sorted again after an edit, the previous order stays on show.
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Segment and Score came later: after Created, so that a column layout saved before keeps its places.
    enum Column {
        Name,
        Company,
        Title,
        Email,
        Phone,
        Status,
        LeadSource,
        Owner,
        LastContact,
        Created,
        Segment,
        Score,
        Territory,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole };

    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 40;

    explicit ContactListModel(QObject* parent = nullptr);

    /// Points the model at a database (or none) and reloads.
    void setDatabase(const QSqlDatabase& db);
    void setFilter(const ContactFilter& filter);
    const ContactFilter& filter() const { return m_filter; }
    /// Re-reads the count and drops the cached pages, as after an edit.
    void reload();
    /// Reads the contact fields again (after Settings changed them): each active one is a column after the built-in
    /// ones, in the settings' order. A sort by a field that went away goes back to the name. Returns whether they
    /// changed (the list was then read again).
    bool reloadFields();
    /// The custom field shown in `column`, or null for a built-in column.
    const CustomField* fieldAt(int column) const;
    /// The column of the custom field, or -1.
    int columnOfField(qint64 fieldId) const;
    const QList<CustomField>& fields() const { return m_fields; }
    /// Tells the views the columns anew (a reset, rows kept), for a header that lost count of them.
    void resetColumns();

    qint64 contactId(int row) const;
    /// The row of the contact among the rows currently cached, or -1.
    int cachedRowOf(qint64 contactId) const;
    QString lastError() const { return m_lastError; }
    /// True while the full count is being read in the background; rowCount() is then the rows read so far.
    bool isCounting() const { return m_counting; }
    /// True while a text search runs in the background: its matches are sorted before the first page shows, which
    /// takes longer than the window may wait. rowCount() is 0 until then.
    bool isSearching() const { return m_searching; }
    /// True while the ids are being sorted in the background for a column without an index. The rows shown are
    /// those of the previous sort of the same column and filter, if any; else the first page where it can be read
    /// along an index (ContactListQuery::firstSorted()), and the rest follow; else none.
    bool isSorting() const { return m_sorting; }
    /// The thread pool's priority of reading a first page, ahead of whole orders and counts (0).
    static constexpr int firstPagePriority = 2;
    /// Counting in the background is the default; off, reload() counts before it returns.
    void setCountInBackground(bool background) { m_countInBackground = background; }
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

signals:
    void errorOccurred(const QString& message);
    /// The full count arrived after a reload.
    void countKnown(int rows);

private:
    const ContactRow* rowAt(int row) const;
    void countInBackground();
    void searchInBackground();
    void finishSearch(quint64 generation, const QList<ContactRow>& firstPage, qint64 count, const QString& error);
    void finishCount(quint64 generation, qint64 count, const QString& error);
    void sortInBackground();
    void finishSort(quint64 generation, const QList<qint64>& ids, const QString& error);
    void finishFirstSorted(quint64 generation, const QList<ContactRow>& rows, const QString& error);
    /// Only the first page of a new order is on show, while the whole order is made.
    bool showsFirstPageOnly() const { return m_sorting && sortsIds() && m_sortedIds.isEmpty() && m_rowCount > 0; }
    /// Whether rows come from m_sortedIds rather than from the index of the sort.
    bool sortsIds() const { return !ContactListQuery::isIndexed(m_sort); }
    /// A query over `db` that sorts by the field of the current sort, when it is one.
    ContactListQuery query(const QSqlDatabase& db) const;
    /// Adds the custom values of the shown fields, and their text, to rows just read.
    void addCustomValues(QList<ContactRow>& rows) const;

    QSqlDatabase m_db;
    ContactFilter m_filter;
    ContactSort m_sort = ContactSort::Name;
    CustomField m_sortField;
    QList<CustomField> m_fields;
    /// Read again with each reload: the Territory column says which holds each row's address.
    QList<kontor::Territory> m_territories;
    int m_sortColumn = Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_rowCount = 0;
    QString m_lastError;
    /// A page was wanted while the connection could not read (BusyWait::notifying): the rows are shown again after.
    bool m_rereadAfterWait = false;
    bool m_counting = false;
    bool m_searching = false;
    bool m_sorting = false;
    bool m_countInBackground = true;
    /// The order of a sort without an index, and the filter it was made for.
    QList<qint64> m_sortedIds;
    std::optional<ContactFilter> m_sortedFilter;
    /// Which reload a background count belongs to: a count for an older filter is dropped.
    quint64 m_generation = 0;

    // Page number -> rows, with a most-recently-used list for eviction.
    mutable QHash<qint64, QList<ContactRow>> m_pages;
    mutable std::list<qint64> m_recent;
};

} // namespace kontor::ui
