// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cleanup/DataHealth.h"

#include <QDialog>
#include <QSqlDatabase>

class QSpinBox;
class QTableWidget;

namespace kontor::ui {

/// How clean the contact data is: for each check (no contact for months, no email and no phone, an email or phone
/// that is not one, no owner, no lead source) how many contacts it finds. Show (Enter, or a double-click) lists
/// them on the Contacts page, where Change Selected sets an owner, a status or a tag, or archives, for all at once.
class DataHealthDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DataHealthDialog(QSqlDatabase db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QSpinBox* monthsChooser() const { return m_months; }
    const QList<HealthFinding>& findings() const { return m_findings; }
    /// The finding chosen when the dialog was accepted with Show.
    const HealthFinding* chosen() const;

    bool check();

private:
    QSqlDatabase m_db;
    QList<HealthFinding> m_findings;
    QTableWidget* m_table;
    QSpinBox* m_months;
};

} // namespace kontor::ui
