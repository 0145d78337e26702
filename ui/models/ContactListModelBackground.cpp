// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts list's reading in other threads: the count, a text search's first page and count, and an order without
// an index (with its first page first where an index gives it), each handed back to the window's thread.
#include "ContactListModel.h"

#include "storage/ReadConnection.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <limits>
#include <utility>

namespace kontor::ui {

namespace {

// Runs `work` on a read-only connection of its own in another thread and hands its value, or the reason there is
// none, to `finish` back on the window's thread, if the model still exists then. Work of a higher `priority` is
// started first when the threads are busy.
template <typename T, typename Work, typename Finish>
void readInBackground(ContactListModel* target, const QString& path, const CustomField& sortField,
                      const QString& unavailable, Work work, Finish finish, int priority = 0)
{
    QPointer<ContactListModel> model(target);
    QThreadPool::globalInstance()->start(
        [model, path, sortField, unavailable, work, finish] {
            T value{};
            QString error;
            {
                ReadConnection reader(path);
                ContactListQuery query(reader.db());
                query.setSortField(sortField);
                Result<T> result = reader.isOpen() ? work(query) : Result<T>::failure(unavailable);
                if (result)
                    value = std::move(result).value();
                else
                    error = result.error();
            }
            QMetaObject::invokeMethod(
                qApp,
                [model, value, error, finish] {
                    if (model)
                        finish(model.data(), value, error);
                },
                Qt::QueuedConnection);
        },
        priority);
}

} // namespace

void ContactListModel::countInBackground()
{
    const quint64 generation = m_generation;
    const ContactFilter filter = m_filter;
    readInBackground<qint64>(
        this, m_db.databaseName(), m_sortField, tr("The contacts could not be counted."),
        [filter](const ContactListQuery& query) { return query.count(filter); },
        [generation](ContactListModel* model, qint64 count, const QString& error) {
            model->finishCount(generation, count, error);
        });
}

void ContactListModel::searchInBackground()
{
    using FirstPage = std::pair<QList<ContactRow>, qint64>;
    const quint64 generation = m_generation;
    const ContactFilter filter = m_filter;
    const ContactSort sort = m_sort;
    const Qt::SortOrder order = m_order;
    readInBackground<FirstPage>(
        this, m_db.databaseName(), m_sortField, tr("The contacts could not be searched."),
        [filter, sort, order](const ContactListQuery& query) -> Result<FirstPage> {
            auto page = query.page(filter, sort, order, 0, pageSize, std::nullopt);
            if (!page)
                return Result<FirstPage>::failure(page.error());
            auto counted = page->size() < pageSize ? Result<qint64>(page->size()) : query.count(filter);
            if (!counted)
                return Result<FirstPage>::failure(counted.error());
            return FirstPage{page.value(), counted.value()};
        },
        [generation](ContactListModel* model, const FirstPage& first, const QString& error) {
            model->finishSearch(generation, first.first, first.second, error);
        });
}

void ContactListModel::sortInBackground()
{
    const quint64 generation = m_generation;
    const ContactFilter filter = m_filter;
    const ContactSort sort = m_sort;
    const Qt::SortOrder order = m_order;
    if (m_sortedIds.isEmpty() && ContactListQuery::hasQuickFirstPage(sort, m_sortField)) {
        // A new order with nothing on show: its first page comes first, read along an index in milliseconds.
        readInBackground<QList<ContactRow>>(
            this, m_db.databaseName(), m_sortField, tr("The contacts could not be sorted."),
            [filter, sort, order](const ContactListQuery& query) -> Result<QList<ContactRow>> {
                auto ids = query.firstSorted(filter, sort, order, pageSize);
                if (!ids)
                    return Result<QList<ContactRow>>::failure(ids.error());
                return ids->has_value() ? query.rows(ids->value()) : QList<ContactRow>{};
            },
            [generation](ContactListModel* model, const QList<ContactRow>& rows, const QString& error) {
                model->finishFirstSorted(generation, rows, error);
            },
            firstPagePriority);
    }
    readInBackground<QList<qint64>>(
        this, m_db.databaseName(), m_sortField, tr("The contacts could not be sorted."),
        [filter, sort, order](const ContactListQuery& query) { return query.sortedIds(filter, sort, order); },
        [generation](ContactListModel* model, const QList<qint64>& ids, const QString& error) {
            model->finishSort(generation, ids, error);
        });
}

void ContactListModel::finishFirstSorted(quint64 generation, const QList<ContactRow>& rows, const QString& error)
{
    // Too late (the whole order came first, or the list was reloaded), or nothing to show: the whole order decides.
    if (generation != m_generation || !m_sorting || !m_sortedIds.isEmpty() || m_rowCount > 0 || !error.isEmpty() ||
        rows.isEmpty())
        return;
    QList<ContactRow> page = rows;
    addCustomValues(page);
    beginInsertRows({}, 0, static_cast<int>(page.size()) - 1);
    m_pages.insert(0, page);
    m_recent.push_front(0);
    m_rowCount = static_cast<int>(page.size());
    // The page belongs to this filter: an edit before the whole order arrives keeps it (reload()).
    m_sortedFilter = m_filter;
    endInsertRows();
}

void ContactListModel::finishSort(quint64 generation, const QList<qint64>& ids, const QString& error)
{
    if (generation != m_generation || !m_sorting)
        return;
    const bool firstPageOnly = showsFirstPageOnly();
    m_sorting = false;
    if (!error.isEmpty()) {
        m_lastError = error;
        emit errorOccurred(error);
        emit countKnown(m_rowCount);
        return;
    }
    QList<qint64> shown;
    if (firstPageOnly) {
        for (const ContactRow& row : m_pages.value(0))
            shown << row.id;
    }
    const bool samePage = ids.mid(0, shown.size()) == shown && (shown.size() == pageSize || ids.size() == shown.size());
    if (firstPageOnly && samePage) {
        // The first page on show is the order's first page (as it is unless a contact changed meanwhile): the rest
        // is added after it, and the selection and the scrolling stay.
        m_sortedIds = ids;
        const int total = static_cast<int>(std::min<qsizetype>(ids.size(), std::numeric_limits<int>::max()));
        if (total > m_rowCount) {
            beginInsertRows({}, m_rowCount, total - 1);
            m_rowCount = total;
            endInsertRows();
        }
    } else if (ids.size() == m_sortedIds.size() && !ids.isEmpty()) {
        // The same contacts in a new order (an edit moved one): selection and current row follow their contacts.
        emit layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        for (const QModelIndex& index : before) {
            const qsizetype row = ids.indexOf(m_sortedIds.value(index.row()));
            after << (row < 0 ? QModelIndex() : createIndex(static_cast<int>(row), index.column()));
        }
        m_sortedIds = ids;
        m_pages.clear();
        m_recent.clear();
        changePersistentIndexList(before, after);
        emit layoutChanged();
    } else {
        beginResetModel();
        m_sortedIds = ids;
        m_pages.clear();
        m_recent.clear();
        m_rowCount = static_cast<int>(std::min<qsizetype>(ids.size(), std::numeric_limits<int>::max()));
        endResetModel();
    }
    m_sortedFilter = m_filter;
    emit countKnown(m_rowCount);
}

void ContactListModel::finishSearch(quint64 generation, const QList<ContactRow>& firstPage, qint64 count,
                                    const QString& error)
{
    if (generation != m_generation || !m_searching)
        return;
    beginResetModel();
    m_searching = false;
    if (error.isEmpty()) {
        QList<ContactRow> rows = firstPage;
        addCustomValues(rows);
        m_pages.insert(0, rows);
        m_recent.push_front(0);
        m_rowCount = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
    } else {
        m_lastError = error;
    }
    endResetModel();
    if (!error.isEmpty())
        emit errorOccurred(error);
    emit countKnown(m_rowCount);
}

void ContactListModel::finishCount(quint64 generation, qint64 count, const QString& error)
{
    if (generation != m_generation || !m_counting)
        return;
    m_counting = false;
    if (!error.isEmpty()) {
        m_lastError = error;
        emit errorOccurred(error);
        return;
    }
    const int total = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (total > m_rowCount) {
        beginInsertRows({}, m_rowCount, total - 1);
        m_rowCount = total;
        endInsertRows();
    }
    emit countKnown(m_rowCount);
}

} // namespace kontor::ui
