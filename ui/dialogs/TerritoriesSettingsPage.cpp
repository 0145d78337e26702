// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerritoriesSettingsPage.h"

#include "TerritoryDialog.h"

#include "actions/SettingsActions.h"

#include "FormRows.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

enum Column { NameColumn, MadeOfColumn };

} // namespace

TerritoriesSettingsPage::TerritoriesSettingsPage(const QSqlDatabase& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("territoriesSettings"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("territories"));
    m_table->setAccessibleName(tr("Sales territories"));
    m_table->setHorizontalHeaderLabels({tr("Territory", "a sales territory"), tr("Made of")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MadeOfColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* add = namedButton(this, tr("&Add Territory…"), QStringLiteral("addTerritory"));
    m_edit = namedButton(this, tr("Ed&it…"), QStringLiteral("editTerritory"));
    m_remove = namedButton(this, tr("Remo&ve"), QStringLiteral("removeTerritory"));
    m_up = namedButton(this, tr("Move &Up"), QStringLiteral("territoryUp"));
    m_down = namedButton(this, tr("Move &Down"), QStringLiteral("territoryDown"));
    connect(add, &QPushButton::clicked, this, &TerritoriesSettingsPage::addTerritory);
    connect(m_edit, &QPushButton::clicked, this, &TerritoriesSettingsPage::editTerritory);
    connect(m_remove, &QPushButton::clicked, this, &TerritoriesSettingsPage::removeTerritory);
    connect(m_up, &QPushButton::clicked, this, [this] { moveTerritory(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveTerritory(1); });
    // Queued: saving reads the table again, which must not happen under the click that asked for it.
    connect(m_table, &QTableWidget::itemActivated, this, &TerritoriesSettingsPage::editTerritory, Qt::QueuedConnection);
    connect(m_table, &QTableWidget::currentCellChanged, this, &TerritoriesSettingsPage::updateButtons);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &TerritoriesSettingsPage::removeTerritory);

    auto* hint = new QLabel(tr("A contact or company is in the first territory, in this order, that holds its "
                               "address. The Contacts list shows it in its Territory column (right-click the "
                               "header) and filters by it under More Filters; the Companies page shows it and lists "
                               "a territory's companies; scoring rules can ask for it."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* each : {add, m_edit, m_remove, m_up, m_down})
        buttons->addWidget(each);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(hint);
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

void TerritoriesSettingsPage::reload()
{
    const int current = std::max(0, m_table->currentRow());
    auto territories = Territories(m_db).list();
    m_territories = territories ? territories.value() : QList<Territory>{};
    if (!territories)
        emit changed(territories.error());
    m_table->setRowCount(0);
    for (const Territory& territory : std::as_const(m_territories)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(territory.name));
        auto* parts = new QTableWidgetItem(madeOf(territory));
        parts->setToolTip(parts->text());
        m_table->setItem(row, MadeOfColumn, parts);
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(current, m_table->rowCount() - 1), NameColumn);
    updateButtons();
}

void TerritoriesSettingsPage::updateButtons()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_territories.size();
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
    m_up->setEnabled(chosen && row > 0);
    m_down->setEnabled(chosen && row + 1 < m_territories.size());
}

void TerritoriesSettingsPage::save(const QList<Territory>& territories, int selectRow)
{
    const Status saved = SettingsActions::setTerritories(m_db, territories);
    emit changed(saved.ok() ? QString() : saved.error());
    reload();
    if (saved && selectRow >= 0 && selectRow < m_table->rowCount())
        m_table->setCurrentCell(selectRow, NameColumn);
}

void TerritoriesSettingsPage::addTerritory()
{
    TerritoryDialog dialog(m_db, Territory{}, m_territories, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Territory> territories = m_territories;
    territories << dialog.territory();
    save(territories, static_cast<int>(territories.size()) - 1);
}

void TerritoriesSettingsPage::editTerritory()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_territories.size())
        return;
    QList<Territory> others = m_territories;
    others.removeAt(row);
    TerritoryDialog dialog(m_db, m_territories.at(row), others, this);
    if (dialog.exec() != QDialog::Accepted || dialog.territory() == m_territories.at(row))
        return;
    QList<Territory> territories = m_territories;
    territories[row] = dialog.territory();
    save(territories, row);
}

void TerritoriesSettingsPage::removeTerritory()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_territories.size())
        return;
    // No question asked: Undo brings it back.
    QList<Territory> territories = m_territories;
    territories.removeAt(row);
    save(territories, std::min(row, static_cast<int>(territories.size()) - 1));
}

void TerritoriesSettingsPage::moveTerritory(int step)
{
    const int row = m_table->currentRow();
    const int to = row + step;
    if (row < 0 || row >= m_territories.size() || to < 0 || to >= m_territories.size())
        return;
    QList<Territory> territories = m_territories;
    territories.move(row, to);
    save(territories, to);
}

} // namespace kontor::ui
