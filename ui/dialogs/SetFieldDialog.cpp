// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetFieldDialog.h"

#include "CustomFieldsForm.h"
#include "FormRows.h"

#include "repositories/CustomFieldRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kontor::ui {

SetFieldDialog::SetFieldDialog(const QSqlDatabase& db, int selectedCount, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Set Field"));
    if (auto fields = CustomFieldRepository(db).fields(RecordKind::Contact); fields)
        m_fields = fields.value();

    auto* intro = new QLabel(
        tr("The value for the %Ln selected contact(s). Left empty, it empties the field.", nullptr, selectedCount),
        this);
    intro->setWordWrap(true);
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("field"));
    m_editors = new QStackedWidget(this);
    for (const CustomField& field : std::as_const(m_fields)) {
        m_field->addItem(field.label, field.key);
        // A form of one field: the editor of its type, as in the contact dialog.
        auto* form = new CustomFieldsForm(db, QList<CustomField>{field}, m_editors);
        m_forms << form;
        m_editors->addWidget(form);
    }
    connect(m_field, &QComboBox::currentIndexChanged, m_editors, &QStackedWidget::setCurrentIndex);
    m_problem = new ErrorLabel(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* choice = new QFormLayout;
    choice->addRow(tr("&Field:"), m_field);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(choice);
    layout->addWidget(m_editors, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString SetFieldDialog::problem() const
{
    return m_problem->message();
}

void SetFieldDialog::accept()
{
    const int index = m_field->currentIndex();
    if (index < 0 || index >= m_forms.size())
        return;
    const CustomField& field = m_fields.at(index);
    auto values = m_forms.at(index)->values();
    if (!values) {
        m_problem->setMessage(values.error());
        return;
    }
    const FieldValue value = values->value(field.id);
    if (field.required && isEmptyValue(value)) {
        m_problem->setMessage(tr("Fill in %1: it is required.").arg(field.label));
        m_forms.at(index)->focusField(field.key);
        return;
    }
    m_chosen = field;
    m_value = value;
    QDialog::accept();
}

} // namespace kontor::ui
