// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyDialog.h"

#include "ChangeHistoryDialog.h"
#include "CompanyCompleter.h"
#include "CustomFieldsForm.h"
#include "FormRows.h"

#include "actions/CompanyActions.h"
#include "repositories/CompanyRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kontor::ui {

CompanyDialog::CompanyDialog(const QSqlDatabase& db, qint64 companyId, QWidget* parent, qint64 parentId)
    : QDialog(parent), m_db(db), m_companyId(companyId)
{
    setObjectName(QStringLiteral("CompanyDialog"));
    setWindowTitle(companyId ? tr("Edit Company") : parentId ? tr("New Branch") : tr("New Company"));
    auto named = [this](const QString& objectName, const QString& accessible, const QString& hint = {}) {
        QLineEdit* edit = createLineEdit(this, accessible, hint);
        edit->setObjectName(objectName);
        return edit;
    };
    m_name = named(QStringLiteral("name"), tr("Name"));
    m_parent = named(QStringLiteral("parent"), tr("Head office"), tr("Empty for a head office; type to pick"));
    attachCompanyCompleter(m_parent, m_db);
    m_industry = named(QStringLiteral("industry"), tr("Industry"));
    m_website = named(QStringLiteral("website"), tr("Website"), tr("example.com"));
    m_phone = named(QStringLiteral("phone"), tr("Phone"));
    m_email = named(QStringLiteral("email"), tr("Email"));
    m_street = named(QStringLiteral("street"), tr("Street"));
    m_postalCode = named(QStringLiteral("postalCode"), tr("Postal code"));
    m_city = named(QStringLiteral("city"), tr("City"));
    m_country = named(QStringLiteral("country"), tr("Country"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_error = new ErrorLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Head office:"), m_parent);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Website:"), m_website);
    auto* contactRow = new QHBoxLayout;
    contactRow->addWidget(m_phone);
    contactRow->addWidget(m_email);
    addRowWithBuddy(form, tr("&Phone, email:"), m_phone, contactRow);
    form->addRow(tr("&Street:"), m_street);
    auto* placeRow = new QHBoxLayout;
    placeRow->addWidget(m_postalCode);
    placeRow->addWidget(m_city, 2);
    placeRow->addWidget(m_country, 1);
    addRowWithBuddy(form, tr("&Place:"), m_postalCode, placeRow);
    form->addRow(tr("N&otes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompanyDialog::reject);
    auto* layout = new QVBoxLayout(this);
    m_customFields = new CustomFieldsForm(m_db, RecordKind::Company, this);
    m_tabs = layOutWithCustomFields(layout, form, m_customFields, this);
    layout->addWidget(m_error);
    layout->addLayout(ChangeHistoryDialog::buttonRow(this, buttons, m_db, ChangeLogRepository::Entity::Company,
                                                     companyId, [this] { return m_name->text(); }));
    setMinimumWidth(500);

    CompanyRepository companies(m_db);
    if (m_companyId) {
        auto existing = companies.get(m_companyId);
        if (existing)
            m_original = existing.value();
        else
            showError(existing.error());
    } else {
        m_original.parentId = parentId;
    }
    m_name->setText(m_original.name);
    if (m_original.parentId) {
        if (auto head = companies.get(m_original.parentId); head)
            m_parent->setText(head->name);
    }
    m_industry->setText(m_original.industry);
    m_website->setText(m_original.website);
    m_phone->setText(m_original.phone);
    m_email->setText(m_original.email);
    m_street->setText(m_original.address.street);
    m_postalCode->setText(m_original.address.postalCode);
    m_city->setText(m_original.address.city);
    m_country->setText(m_original.address.country);
    m_notes->setPlainText(m_original.notes);
    m_customFields->setValues(m_original.custom);
    m_name->setFocus();
}

void CompanyDialog::showError(const QString& message)
{
    m_error->setMessage(message);
}

QString CompanyDialog::errorText() const
{
    return m_error->message();
}

void CompanyDialog::accept()
{
    Company company = m_original;
    company.name = m_name->text().simplified();
    company.parentId = 0;
    if (const QString head = m_parent->text().simplified(); !head.isEmpty()) {
        auto found = CompanyRepository(m_db).findByName(head);
        if (!found || found.value() == 0) {
            showError(tr("There is no company called “%1”: pick the head office from the list.").arg(head));
            m_parent->setFocus();
            return;
        }
        company.parentId = found.value();
    }
    company.industry = m_industry->text().trimmed();
    company.website = m_website->text().trimmed();
    company.phone = m_phone->text().trimmed();
    company.email = m_email->text().trimmed();
    company.address.street = m_street->text().trimmed();
    company.address.postalCode = m_postalCode->text().trimmed();
    company.address.city = m_city->text().trimmed();
    company.address.country = m_country->text().trimmed();
    company.notes = m_notes->toPlainText().trimmed();
    if (auto problem = CompanyActions::check(m_db, company)) {
        showError(problem->message);
        (problem->field == QLatin1String("parent") ? m_parent : m_name)->setFocus();
        return;
    }
    auto custom = takeCustomValues(m_customFields, m_tabs);
    if (!custom) {
        showError(custom.error());
        return;
    }
    company.custom = custom.value();
    auto saved = CompanyActions::save(m_db, company);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_companyId = saved.value();
    QDialog::accept();
}

} // namespace kontor::ui
