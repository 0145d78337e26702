// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "territories/Territories.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QTimer;

namespace kontor::ui {

class ErrorLabel;

/// Adds or changes a sales territory: its name, countries, regions and postal codes (beginnings such as 10, or
/// ranges such as 20000–29999), each list separated by commas, and says as it is typed how many contacts and
/// companies have an address in it.
class TerritoryDialog : public QDialog
{
    Q_OBJECT

public:
    /// `others`: the territories beside it, whose names it may not take.
    TerritoryDialog(const QSqlDatabase& db, const Territory& territory, const QList<Territory>& others,
                    QWidget* parent = nullptr);

    Territory territory() const { return m_territory; }
    QString problem() const;
    /// "1,204 contacts and 37 companies have an address in it."
    QString heldText() const;

    void accept() override;

private:
    Territory typed() const;
    void count();

    QSqlDatabase m_db;
    Territory m_territory;
    QList<Territory> m_others;
    QLineEdit* m_name;
    QLineEdit* m_countries;
    QLineEdit* m_regions;
    QLineEdit* m_postalCodes;
    QLabel* m_held;
    QTimer* m_countSoon;
    ErrorLabel* m_problem;
};

} // namespace kontor::ui
