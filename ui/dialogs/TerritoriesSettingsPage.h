// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "territories/Territories.h"

#include <QSqlDatabase>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace kontor::ui {

/// Settings' Territories tab: the sales territories in their order (the first that holds an address has it), each
/// with what it is made of; add, change, remove and reorder them, each change saved at once as one undoable step.
class TerritoriesSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TerritoriesSettingsPage(const QSqlDatabase& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

public slots:
    void reload();
    void addTerritory();
    void editTerritory();
    void removeTerritory();
    void moveTerritory(int step);

signals:
    /// The territories were saved, or `error` says why not.
    void changed(const QString& error);

private:
    void save(const QList<Territory>& territories, int selectRow);
    void updateButtons();
    /// "Germany, Austria; postal codes 10, 20000–29999".
    static QString madeOf(const Territory& territory);

    QSqlDatabase m_db;
    QList<Territory> m_territories;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace kontor::ui
