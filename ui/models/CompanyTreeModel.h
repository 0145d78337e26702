// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/CompanyRepository.h"
#include "territories/Territories.h"

#include <QAbstractItemModel>
#include <QSqlDatabase>

#include <memory>

namespace kontor::ui {

/// Companies as a tree of head offices and their branches, read as it is opened: 200 rows of a level at a time,
/// a company's branches when it is expanded. With a search text it is a flat list of the companies found.
class CompanyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PeopleColumn, IndustryColumn, CityColumn, TerritoryColumn, ColumnCount };
    /// What setTerritory() takes besides a territory's id: every company (the tree), or those in none.
    static constexpr qint64 AllTerritories = -2;
    static constexpr qint64 NoTerritory = -1;
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 200;

    explicit CompanyTreeModel(QObject* parent = nullptr);
    ~CompanyTreeModel() override;

    void setDatabase(const QSqlDatabase& db);
    /// Empty text shows the tree.
    void setSearch(const QString& text);
    /// A flat list of the companies in the territory `territoryId` (or in none), by name; AllTerritories: the tree.
    /// Kept by id, so that territories reordered or removed in Settings do not switch it to another. A search goes
    /// first.
    void setTerritory(qint64 territoryId);
    qint64 territory() const { return m_territoryId; }
    /// The territories as last read (each reload), in their order.
    const QList<kontor::Territory>& territories() const { return m_territories; }
    void reload();
    /// The index of the company when it has been read, or an invalid one.
    QModelIndex indexOf(qint64 companyId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        CompanyListItem item;
        Node* parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        bool moreToRead = true;
    };
    Node* nodeFor(const QModelIndex& index) const;
    int rowOf(const Node* node) const;

    QSqlDatabase m_db;
    QString m_search;
    qint64 m_territoryId = AllTerritories;
    QList<kontor::Territory> m_territories;
    std::unique_ptr<Node> m_root;
};

} // namespace kontor::ui
