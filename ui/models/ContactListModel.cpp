// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactListModel.h"

#include "territories/Territories.h"

#include "domain/DateText.h"
#include "reports/RfmReport.h"
#include "repositories/CustomFieldRepository.h"

#include "search/Search.h"
#include "storage/BusyWait.h"
#include "storage/ReadConnection.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

namespace kontor::ui {

ContactListModel::ContactListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ContactListModel::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    m_sortedIds.clear();
    m_sortedFilter.reset();
    // The fields of another database are others: back to the name.
    if (m_sort == ContactSort::CustomField) {
        m_sort = ContactSort::Name;
        m_sortColumn = Name;
        m_order = Qt::AscendingOrder;
        m_sortField = {};
    }
    if (!reloadFields())
        reload();
}

void ContactListModel::setFilter(const ContactFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

ContactListQuery ContactListModel::query(const QSqlDatabase& db) const
{
    ContactListQuery query(db);
    query.setSortField(m_sortField);
    return query;
}

bool ContactListModel::reloadFields()
{
    QList<CustomField> fields;
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto read = CustomFieldRepository(m_db).fields(RecordKind::Contact); read)
            fields = read.value();
        else
            emit errorOccurred(read.error());
    }
    if (fields == m_fields)
        return false;
    beginResetModel();
    m_fields = fields;
    m_pages.clear();
    m_recent.clear();
    // No database (the window closing): no rows to read either.
    if (!m_db.isValid() || !m_db.isOpen())
        m_rowCount = 0;
    if (m_sort == ContactSort::CustomField) {
        const int column = columnOfField(m_sortField.id);
        if (column < 0) {
            m_sort = ContactSort::Name;
            m_sortColumn = Name;
            m_order = Qt::AscendingOrder;
            m_sortField = {};
        } else {
            // Fields before it may have come or gone: its column moves with it.
            m_sortField = m_fields.at(column - ColumnCount);
            m_sortColumn = column;
        }
        m_sortedIds.clear();
        m_sortedFilter.reset();
    }
    endResetModel();
    reload();
    return true;
}

void ContactListModel::resetColumns()
{
    beginResetModel();
    endResetModel();
}

const CustomField* ContactListModel::fieldAt(int column) const
{
    const int index = column - ColumnCount;
    return index >= 0 && index < m_fields.size() ? &m_fields.at(index) : nullptr;
}

int ContactListModel::columnOfField(qint64 fieldId) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).id == fieldId)
            return ColumnCount + static_cast<int>(i);
    }
    return -1;
}

void ContactListModel::addCustomValues(QList<ContactRow>& rows) const
{
    if (m_fields.isEmpty() || rows.isEmpty())
        return;
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const ContactRow& row : rows)
        ids.append(row.id);
    auto values = CustomFieldRepository(m_db).values(RecordKind::Contact, ids);
    if (!values) {
        const_cast<ContactListModel*>(this)->m_lastError = values.error();
        return;
    }
    // The text is made once per page read, not at each paint: a link's name is a query.
    const LinkText links = databaseLinks(m_db);
    const QLocale locale;
    for (ContactRow& row : rows) {
        row.custom = values->value(row.id);
        for (const CustomField& field : m_fields) {
            if (auto value = row.custom.constFind(field.id); value != row.custom.cend())
                row.customText.insert(field.id, FieldValueText::display(field, *value, links, locale));
        }
    }
}

void ContactListModel::reload()
{
    const bool open = m_db.isValid() && m_db.isOpen();
    if (open) {
        if (auto territories = Territories(m_db).list(); territories)
            m_territories = territories.value();
    }
    const bool background = m_countInBackground && ReadConnection::canShare(m_db);
    if (open && background && m_sortedFilter == m_filter && showsFirstPageOnly()) {
        // Edited while only the new order's first page shows: that page stays, read again, and the whole order is
        // made again; it adds the other rows after the page or, if it now starts otherwise, replaces it.
        QList<qint64> shown;
        for (const ContactRow& row : m_pages.value(0))
            shown << row.id;
        auto rows = query(m_db).rows(shown);
        if (rows && rows->size() == shown.size()) {
            ++m_generation;
            addCustomValues(rows.value());
            m_pages.insert(0, rows.value());
            m_lastError.clear();
            emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
            sortInBackground();
            return;
        }
    }
    if (open && background && sortsIds() && m_sortedFilter == m_filter && !m_sortedIds.isEmpty()) {
        // Sorted again after an edit: the old order stays, with fresh rows, until the new one is ready; no reset,
        // so the selection stays too.
        ++m_generation;
        m_pages.clear();
        m_recent.clear();
        m_counting = false;
        m_searching = false;
        m_sorting = true;
        m_lastError.clear();
        if (m_rowCount > 0)
            emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
        sortInBackground();
        return;
    }
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_recent.clear();
    m_rowCount = 0;
    m_counting = false;
    m_searching = false;
    m_sorting = false;
    m_lastError.clear();
    if (open && sortsIds()) {
        m_sortedIds.clear();
        if (background) {
            m_sorting = true;
        } else {
            auto ids = query(m_db).sortedIds(m_filter, m_sort, m_order);
            m_sortedIds = ids ? ids.value() : QList<qint64>{};
            m_sortedFilter = m_filter;
            m_rowCount = static_cast<int>(m_sortedIds.size());
            if (!ids)
                m_lastError = ids.error();
        }
        endResetModel();
        if (m_sorting)
            sortInBackground();
        if (!m_lastError.isEmpty())
            emit errorOccurred(m_lastError);
        return;
    }
    m_sortedIds.clear();
    m_sortedFilter.reset();
    // A word to search for (not a lone letter, which is a range of the name index) is matched and sorted away
    // from the window's thread.
    const bool textSearch =
        !Search::matchExpression(m_filter.text).isEmpty() && Search::singleLetter(m_filter.text).isEmpty();
    if (m_db.isValid() && m_db.isOpen() && background && textSearch) {
        m_searching = true;
    } else if (m_db.isValid() && m_db.isOpen() && background) {
        // The first page tells whether there is more than a page; only then is there anything to count.
        auto first = query(m_db).page(m_filter, m_sort, m_order, 0, pageSize, std::nullopt);
        if (first) {
            addCustomValues(first.value());
            m_rowCount = static_cast<int>(first->size());
            m_pages.insert(0, first.value());
            m_recent.push_front(0);
            m_counting = m_rowCount == pageSize;
        } else {
            m_lastError = first.error();
        }
    } else if (m_db.isValid() && m_db.isOpen()) {
        auto count = ContactListQuery(m_db).count(m_filter);
        if (count) {
            m_rowCount = static_cast<int>(std::min<qint64>(count.value(), std::numeric_limits<int>::max()));
        } else {
            m_lastError = count.error();
        }
    }
    endResetModel();
    if (m_searching)
        searchInBackground();
    if (m_counting)
        countInBackground();
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
}

const ContactRow* ContactListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount || !m_db.isOpen())
        return nullptr;
    const qint64 page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end() && BusyWait::notifying()) {
        // Painted while a write waits for another program (the status bar says so): the connection is inside
        // SQLite's busy handler and may not read. The rows are read once the wait is over.
        if (!std::exchange(const_cast<ContactListModel*>(this)->m_rereadAfterWait, true)) {
            QMetaObject::invokeMethod(
                const_cast<ContactListModel*>(this),
                [this] {
                    auto* self = const_cast<ContactListModel*>(this);
                    self->m_rereadAfterWait = false;
                    if (m_rowCount > 0)
                        emit self->dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
                },
                Qt::QueuedConnection);
        }
        return nullptr;
    }
    if (it == m_pages.end()) {
        // Reading on from the page before costs the same anywhere in the list; an offset grows with the distance.
        const ContactListQuery query = this->query(m_db);
        const auto previous = m_pages.constFind(page - 1);
        const bool readOn =
            previous != m_pages.cend() && previous->size() == pageSize && ContactListQuery::canPageAfter(m_sort);
        auto rows = sortsIds() ? query.rows(m_sortedIds.mid(page * pageSize, pageSize))
                    : readOn   ? query.pageAfter(m_filter, m_sort, m_order, previous->last(), pageSize)
                               : query.page(m_filter, m_sort, m_order, page * pageSize, pageSize, m_rowCount);
        if (!rows) {
            const_cast<ContactListModel*>(this)->m_lastError = rows.error();
            return nullptr;
        }
        addCustomValues(rows.value());
        it = m_pages.insert(page, rows.value());
        m_recent.push_front(page);
        while (m_recent.size() > maxCachedPages) {
            m_pages.remove(m_recent.back());
            m_recent.pop_back();
        }
        // Removing from a QHash may move the remaining entries: look the page up again.
        it = m_pages.find(page);
    } else if (m_recent.front() != page) {
        m_recent.remove(page);
        m_recent.push_front(page);
    }
    const qsizetype offset = row % pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 ContactListModel::contactId(int row) const
{
    const ContactRow* contact = rowAt(row);
    return contact ? contact->id : 0;
}

int ContactListModel::cachedRowOf(qint64 contactId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == contactId)
                return static_cast<int>(it.key() * pageSize + i);
        }
    }
    return -1;
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ContactListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount + static_cast<int>(m_fields.size());
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactRow* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    const QLocale locale;
    if (const CustomField* field = fieldAt(index.column())) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row->customText.value(field->id);
        if (role == RawValueRole)
            return FieldValueText::exportText(*field, row->custom.value(field->id));
        if (role == Qt::TextAlignmentRole && (field->type == FieldType::Number || field->type == FieldType::Money))
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (index.column()) {
        case Name:
            return row->name;
        case Company:
            return row->company;
        case Title:
            return row->title;
        case Email:
            return row->email;
        case Phone:
            return row->phone;
        case Status:
            return raw ? QVariant(contactStatusKey(row->status)) : QVariant(contactStatusName(row->status));
        case LeadSource:
            return row->leadSource;
        case Owner:
            return row->owner;
        case LastContact:
            if (raw)
                return row->lastInteractionAt;
            return row->lastInteractionAt.isValid()
                       ? DateText::date(row->lastInteractionAt.toLocalTime().date(), locale)
                       : QString();
        case Created:
            if (raw)
                return row->createdAt;
            return DateText::date(row->createdAt.toLocalTime().date(), locale);
        case Score:
            if (!row->score)
                return QVariant();
            return raw ? QVariant(*row->score) : QVariant(locale.toString(*row->score));
        case Territory: {
            const auto found = Territories::find(m_territories, row->address);
            return found ? m_territories.at(*found).name : QString();
        }
        case Segment:
            if (raw)
                return row->segment;
            if (const auto segment = rfmSegmentFromKey(row->segment))
                return rfmSegmentName(*segment);
            return QString();
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LastContact && row->lastInteractionAt.isValid())
        return DateText::longDateTime(row->lastInteractionAt, locale);
    if (role == Qt::ToolTipRole && index.column() == Segment) {
        if (const auto segment = rfmSegmentFromKey(row->segment))
            return rfmSegmentDefinition(*segment);
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (const CustomField* field = fieldAt(section)) {
        if (role == Qt::DisplayRole)
            return field->label;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2), a field of your own", "column header: field label, type")
                .arg(field->label, fieldTypeName(field->type));
        return {};
    }
    if (role == Qt::ToolTipRole && section == Score)
        return tr("The lead score, 0 to 100, from the scoring rules; the card says which rules gave it.");
    if (role == Qt::ToolTipRole && section == Territory)
        return tr("The first sales territory that holds the contact's address (Settings → Territories).");
    if (role == Qt::ToolTipRole && section == Segment)
        return tr("The customer's RFM segment, from the deals won in the last two years (Reports → Customers); "
                  "empty for contacts who bought nothing in that time.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Title:
        return tr("Title", "job title");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Status:
        return tr("Stage", "lifecycle stage of a contact");
    case LeadSource:
        return tr("Lead source");
    case Owner:
        return tr("Owner");
    case LastContact:
        return tr("Last contact");
    case Created:
        return tr("Added");
    case Segment:
        return tr("Segment", "a customer's RFM segment");
    case Score:
        return tr("Score", "a contact's lead score");
    case Territory:
        return tr("Territory", "a sales territory");
    default:
        return {};
    }
}

Qt::ItemFlags ContactListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void ContactListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, ContactSort> sorts = {{Name, ContactSort::Name},
                                                  {Company, ContactSort::Company},
                                                  {Title, ContactSort::Title},
                                                  {Email, ContactSort::Email},
                                                  {Phone, ContactSort::Phone},
                                                  {Status, ContactSort::Status},
                                                  {LeadSource, ContactSort::LeadSource},
                                                  {Owner, ContactSort::Owner},
                                                  {LastContact, ContactSort::LastInteraction},
                                                  {Created, ContactSort::Created},
                                                  {Segment, ContactSort::Segment},
                                                  {Score, ContactSort::Score}};
    ContactSort sort = ContactSort::Name;
    CustomField sortField;
    if (const CustomField* field = fieldAt(column)) {
        sort = ContactSort::CustomField;
        sortField = *field;
    } else if (const auto found = sorts.constFind(column); found != sorts.cend()) {
        sort = *found;
    } else {
        return;
    }
    if (sort == m_sort && sortField.id == m_sortField.id && order == m_order)
        return;
    // Rows not read yet cannot be followed to their new places, so a sort starts the list over. Between two indexed
    // orders the count stays the same and need not be read again.
    const bool keepCount = !sortsIds() && ContactListQuery::isIndexed(sort) && !m_searching && !m_counting;
    m_sort = sort;
    m_sortField = sortField;
    m_sortColumn = column;
    m_order = order;
    m_sortedIds.clear();
    m_sortedFilter.reset();
    if (!keepCount) {
        reload();
        return;
    }
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

} // namespace kontor::ui
