// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataHealthDialog.h"
#include "views/SelectRow.h"

#include "dialogs/BusyWork.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor::ui {

DataHealthDialog::DataHealthDialog(QSqlDatabase db, QWidget* parent) : QDialog(parent), m_db(std::move(db))
{
    setWindowTitle(tr("Data Health"));
    m_months = new QSpinBox;
    m_months->setObjectName(QStringLiteral("inactiveMonths"));
    m_months->setRange(1, 120);
    m_months->setValue(6);
    m_months->setSuffix(tr(" months"));
    m_months->setMaximumWidth(m_months->fontMetrics().horizontalAdvance(QStringLiteral("0000 months")) + 40);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("healthFindings"));
    m_table->setHorizontalHeaderLabels({tr("Check"), tr("Contacts"), tr("What it means")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* show = buttons->addButton(tr("&Show on the Contacts Page"), QDialogButtonBox::AcceptRole);
    show->setObjectName(QStringLiteral("showFinding"));
    show->setDefault(true);
    auto* form = new QFormLayout;
    auto* monthsLabel = new QLabel(tr("&Inactive after:"));
    monthsLabel->setBuddy(m_months);
    form->addRow(monthsLabel, m_months);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    auto* hint = new QLabel(tr("On the Contacts page, Ctrl+A selects them all and Change Selected sets an owner, a "
                               "status or a tag, or archives them."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (chosen())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter on a row (activation) or a double-click shows its contacts.
    connect(m_table, &QTableWidget::activated, this, [this] {
        if (chosen())
            accept();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (chosen())
            accept();
    });
    connect(m_months, &QSpinBox::editingFinished, this, &DataHealthDialog::check);
    resize(720, 380);
}

const HealthFinding* DataHealthDialog::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

bool DataHealthDialog::check()
{
    QProgressDialog progress(tr("Checking the contacts…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const auto findings = DataHealth(m_db).check(m_months->value(), followProgress(progress));
    progress.reset();
    if (!findings)
        return false;
    const int row = std::max(0, m_table->currentRow());
    m_findings = findings.value();
    const QLocale locale;
    m_table->setRowCount(int(m_findings.size()));
    for (int r = 0; r < m_findings.size(); ++r) {
        const HealthFinding& finding = m_findings.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(finding.name));
        auto* count = new QTableWidgetItem(locale.toString(finding.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (finding.count > 0) {
            QFont bold = count->font();
            bold.setBold(true);
            count->setFont(bold);
        }
        m_table->setItem(r, 1, count);
        m_table->setItem(r, 2, new QTableWidgetItem(finding.explanation));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    selectRow(m_table, std::min(row, int(m_findings.size()) - 1));
    m_table->setFocus();
    return true;
}

} // namespace kontor::ui
