// SPDX-License-Identifier: GPL-3.0-or-later
#include "LostReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor::ui {

LostReasonDialog::LostReasonDialog(const QString& dealTitle, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("LostReasonDialog"));
    setWindowTitle(tr("Deal Lost"));
    auto* question = new QLabel(tr("Why was “%1” lost?").arg(dealTitle.toHtmlEscaped()), this);
    question->setWordWrap(true);
    question->setTextFormat(Qt::RichText);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({tr("Price too high"), tr("Chose a competitor"), tr("No budget"), tr("No decision"),
                        tr("Bad timing"), tr("Not a fit")});
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Pick a reason or type your own"));
    m_reason->setAccessibleName(tr("Reason the deal was lost"));
    question->setBuddy(m_reason);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as Lost"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); };
    connect(m_reason, &QComboBox::editTextChanged, this, updateOk);
    updateOk();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_reason);
    layout->addWidget(new QLabel(tr("The reason is kept with the deal and counted in the reports."), this));
    layout->addWidget(m_buttons);
    resize(420, sizeHint().height());
}

QString LostReasonDialog::reason() const
{
    return m_reason->currentText().simplified();
}

} // namespace kontor::ui
