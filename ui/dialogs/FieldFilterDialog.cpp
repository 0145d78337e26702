// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldFilterDialog.h"

#include "FormRows.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kontor::ui {

FieldFilterDialog::FieldFilterDialog(const QSqlDatabase& db, const QString& fieldKey, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Filter by Field"));
    m_editor = new FieldConditionEditor(db, FieldConditionEditor::Use::Filter, this);
    m_problem = new ErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Filter"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &FieldConditionEditor::edited, this, [this] { m_problem->setMessage({}); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    if (!fieldKey.isEmpty())
        m_editor->setField(fieldKey);
}

QString FieldFilterDialog::problem() const
{
    return m_problem->message();
}

void FieldFilterDialog::accept()
{
    QString problem;
    bool fits = m_editor->read(&m_filter, &problem);
    // What the list will run: a value the field cannot compare is said here, not after.
    for (const FieldCondition& condition : std::as_const(m_filter.conditions)) {
        if (!fits)
            break;
        if (auto sql = FieldConditions::forContacts(m_db, condition); !sql) {
            problem = sql.error();
            fits = false;
        }
    }
    if (!fits) {
        m_problem->setMessage(problem);
        return;
    }
    QDialog::accept();
}

} // namespace kontor::ui
