// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyTreeModel.h"

#include "search/Search.h"

#include <QLocale>

namespace kontor::ui {

CompanyTreeModel::CompanyTreeModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

CompanyTreeModel::~CompanyTreeModel() = default;

void CompanyTreeModel::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    reload();
}

void CompanyTreeModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    reload();
}

void CompanyTreeModel::setTerritory(qint64 territoryId)
{
    m_territoryId = territoryId;
    reload();
}

void CompanyTreeModel::reload()
{
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto territories = Territories(m_db).list(); territories)
            m_territories = territories.value();
    }
    // A territory removed in Settings, or no territories at all (another database), leaves the tree.
    const bool known = std::any_of(m_territories.cbegin(), m_territories.cend(),
                                   [this](const kontor::Territory& each) { return each.id == m_territoryId; });
    if (m_territories.isEmpty() || (m_territoryId != NoTerritory && !known))
        m_territoryId = AllTerritories;
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->moreToRead = m_db.isValid() && m_db.isOpen();
    endResetModel();
    if (m_root->moreToRead)
        fetchMore({});
}

CompanyTreeModel::Node* CompanyTreeModel::nodeFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

int CompanyTreeModel::rowOf(const Node* node) const
{
    const Node* parent = node->parent;
    for (std::size_t row = 0; row < parent->children.size(); ++row) {
        if (parent->children[row].get() == node)
            return static_cast<int>(row);
    }
    return -1;
}

QModelIndex CompanyTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* node = nodeFor(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= static_cast<int>(node->children.size()))
        return {};
    return createIndex(row, column, node->children[row].get());
}

QModelIndex CompanyTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* node = nodeFor(child);
    if (!node->parent || node->parent == m_root.get())
        return {};
    return createIndex(rowOf(node->parent), 0, node->parent);
}

int CompanyTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeFor(parent)->children.size());
}

int CompanyTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool CompanyTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return true;
    const Node* node = nodeFor(parent);
    return parent.column() == 0 && (!node->children.empty() || (node->item.hasBranches && m_search.isEmpty()));
}

bool CompanyTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* node = nodeFor(parent);
    if (parent.isValid() && (!node->item.hasBranches || !m_search.isEmpty()))
        return false;
    return node->moreToRead;
}

void CompanyTreeModel::fetchMore(const QModelIndex& parent)
{
    Node* node = nodeFor(parent);
    if (!node->moreToRead || !m_db.isOpen())
        return;
    QList<CompanyListItem> items;
    CompanyRepository companies(m_db);
    if (!m_search.isEmpty() && node == m_root.get()) {
        // A flat list of what the search finds.
        if (auto hits = Search(m_db).findCompanies(m_search, pageSize); hits) {
            for (const SearchHit& hit : hits.value()) {
                if (auto company = companies.get(hit.id); company)
                    items.append({company.value(), false, 0});
            }
        }
        node->moreToRead = false;
    } else if (m_territoryId != AllTerritories && node == m_root.get()) {
        const CompanyListItem* after = node->children.empty() ? nullptr : &node->children.back()->item;
        qsizetype place = -1;
        for (qsizetype i = 0; i < m_territories.size(); ++i) {
            if (m_territories.at(i).id == m_territoryId)
                place = i;
        }
        auto page = companies.listWhere(Territories::inTerritory(m_territories, place), pageSize, after);
        if (page) {
            items = page.value();
            // Flat: branches are listed in their own right.
            for (CompanyListItem& item : items)
                item.hasBranches = false;
        }
        node->moreToRead = page && page->size() == pageSize;
    } else {
        const CompanyListItem* after = node->children.empty() ? nullptr : &node->children.back()->item;
        auto page = companies.list(node == m_root.get() ? 0 : node->item.company.id, pageSize, after);
        if (page)
            items = page.value();
        node->moreToRead = page && page->size() == pageSize;
    }
    if (items.isEmpty())
        return;
    const int first = static_cast<int>(node->children.size());
    beginInsertRows(parent, first, first + static_cast<int>(items.size()) - 1);
    for (const CompanyListItem& item : items) {
        auto child = std::make_unique<Node>();
        child->item = item;
        child->parent = node;
        child->moreToRead = item.hasBranches;
        node->children.push_back(std::move(child));
    }
    endInsertRows();
}

QModelIndex CompanyTreeModel::indexOf(qint64 companyId) const
{
    // Depth first over what has been read.
    std::vector<const Node*> stack{m_root.get()};
    while (!stack.empty()) {
        const Node* node = stack.back();
        stack.pop_back();
        for (std::size_t row = 0; row < node->children.size(); ++row) {
            const Node* child = node->children[row].get();
            if (child->item.company.id == companyId)
                return createIndex(static_cast<int>(row), 0, const_cast<Node*>(child));
            stack.push_back(child);
        }
    }
    return {};
}

QVariant CompanyTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const CompanyListItem& item = nodeFor(index)->item;
    if (role == IdRole)
        return item.company.id;
    if (role == Qt::TextAlignmentRole && index.column() == PeopleColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return item.company.name;
    case PeopleColumn:
        return m_search.isEmpty() ? QLocale().toString(item.contactCount) : QString();
    case IndustryColumn:
        return item.company.industry;
    case CityColumn:
        return item.company.address.city;
    case TerritoryColumn: {
        const auto found = Territories::find(m_territories, {item.company.address.country, item.company.address.region,
                                                             item.company.address.postalCode});
        return found ? m_territories.at(*found).name : QString();
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CompanyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Company");
    case PeopleColumn:
        return tr("People");
    case IndustryColumn:
        return tr("Industry");
    case CityColumn:
        return tr("City");
    case TerritoryColumn:
        return tr("Territory", "a sales territory");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kontor::ui
