// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerritoriesSettingsPage.h"

#include "TerritoryDialog.h"

#include "actions/SettingsActions.h"

namespace kontor::ui {

TerritoriesSettingsPage::TerritoriesSettingsPage(const QSqlDatabase& db, QWidget* parent)
    : OrderedListPage({tr("&Add Territory…"),
                       tr("Ed&it…"),
                       tr("Remo&ve"),
                       tr("Move &Up"),
                       tr("Move &Down"),
                       {tr("Territory", "a sales territory"), tr("Made of")},
                       tr("Sales territories"),
                       tr("A contact or company is in the first territory, in this order, that holds its "
                          "address. The Contacts list shows it in its Territory column (right-click the "
                          "header) and filters by it under More Filters; the Companies page shows it and lists "
                          "a territory's companies; scoring rules can ask for it."),
                       QStringLiteral("Territory")},
                      parent),
      m_db(db)
{
    setObjectName(QStringLiteral("territoriesSettings"));
    reload();
}

QString TerritoriesSettingsPage::madeOf(const Territory& territory)
{
    QStringList parts;
    if (!territory.countries.isEmpty())
        parts << territory.countries.join(tr(", ", "between the countries of a territory"));
    if (!territory.regions.isEmpty())
        parts << tr("regions %1").arg(territory.regions.join(tr(", ", "between the countries of a territory")));
    if (!territory.postalCodes.isEmpty())
        parts
            << tr("postal codes %1").arg(territory.postalCodes.join(tr(", ", "between the countries of a territory")));
    return parts.isEmpty() ? tr("nothing yet: it holds nobody")
                           : parts.join(tr("; ", "between the parts of a territory"));
}

Status TerritoriesSettingsPage::read()
{
    auto territories = Territories(m_db).list();
    m_territories = territories ? territories.value() : QList<Territory>{};
    return territories ? Status() : Status::failure(territories.error());
}

QStringList TerritoriesSettingsPage::cells(int row) const
{
    const Territory& territory = m_territories.at(row);
    return {territory.name, madeOf(territory)};
}

bool TerritoriesSettingsPage::edit(int row)
{
    QList<Territory> others = m_territories;
    if (row >= 0)
        others.removeAt(row);
    TerritoryDialog dialog(m_db, row >= 0 ? m_territories.at(row) : Territory{}, others, this);
    if (dialog.exec() != QDialog::Accepted || (row >= 0 && dialog.territory() == m_territories.at(row)))
        return false;
    if (row >= 0)
        m_territories[row] = dialog.territory();
    else
        m_territories << dialog.territory();
    return true;
}

Status TerritoriesSettingsPage::write()
{
    return SettingsActions::setTerritories(m_db, m_territories);
}

} // namespace kontor::ui
