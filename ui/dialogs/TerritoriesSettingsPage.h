// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrderedListPage.h"
#include "territories/Territories.h"

#include <QSqlDatabase>

namespace kontor::ui {

/// Settings' Territories tab: the sales territories in their order (the first that holds an address has it), each
/// with what it is made of; add, change, remove and reorder them, each change saved at once as one undoable step.
class TerritoriesSettingsPage : public OrderedListPage
{
    Q_OBJECT

public:
    explicit TerritoriesSettingsPage(const QSqlDatabase& db, QWidget* parent = nullptr);

    void addTerritory() { addRow(); }
    void editTerritory() { editRow(); }
    void removeTerritory() { removeRow(); }
    void moveTerritory(int step) { moveRow(step); }

protected:
    Status read() override;
    int count() const override { return static_cast<int>(m_territories.size()); }
    QStringList cells(int row) const override;
    bool edit(int row) override;
    void remove(int row) override { m_territories.removeAt(row); }
    void move(int from, int to) override { m_territories.move(from, to); }
    Status write() override;

private:
    /// "Germany, Austria; postal codes 10, 20000–29999".
    static QString madeOf(const Territory& territory);

    QSqlDatabase m_db;
    QList<Territory> m_territories;
};

} // namespace kontor::ui
