// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactDialog.h"

#include "domain/DateText.h"
#include "views/DateEdits.h"

#include "Ask.h"
#include "ChangeHistoryDialog.h"
#include "CompanyCompleter.h"
#include "CustomFieldsForm.h"
#include "FormRows.h"

#include "actions/ContactActions.h"
#include "actions/CustomFieldActions.h"
#include "assignment/AssignmentRules.h"
#include "repositories/ChangeLogRepository.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/UserRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

const QDate noBirthday(1900, 1, 1);

QLineEdit* lineEdit(QWidget* parent, const QString& accessibleName, const QString& placeholder = {})
{
    return createLineEdit(parent, accessibleName, placeholder);
}

} // namespace

ContactDialog::ContactDialog(const QSqlDatabase& db, qint64 contactId, QWidget* parent)
    : QDialog(parent), m_db(db), m_contactId(contactId)
{
    setWindowTitle(contactId ? tr("Edit contact") : tr("New contact"));
    setObjectName(QStringLiteral("ContactDialog"));

    m_firstName = lineEdit(this, tr("First name"));
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName = lineEdit(this, tr("Last name"));
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_company = lineEdit(this, tr("Company"), tr("Type to pick or add a company"));
    m_company->setObjectName(QStringLiteral("company"));
    m_title = lineEdit(this, tr("Job title"));
    m_email = lineEdit(this, tr("Email"), tr("name@example.com"));
    m_email->setObjectName(QStringLiteral("email"));
    m_email2 = lineEdit(this, tr("Second email"));
    m_phone = lineEdit(this, tr("Phone"), tr("+44 20 7946 0958"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_mobile = lineEdit(this, tr("Mobile"));
    m_birthday = new QDateEdit(this);
    m_birthday->setAccessibleName(tr("Birthday"));
    m_birthday->setMinimumDate(noBirthday);
    m_birthday->setSpecialValueText(tr("Not known"));
    showUserDates(m_birthday, false);
    m_birthday->setDate(noBirthday);
    m_street = lineEdit(this, tr("Street"));
    m_postalCode = lineEdit(this, tr("Postal code"));
    m_city = lineEdit(this, tr("City"));
    m_region = lineEdit(this, tr("Region"));
    m_country = lineEdit(this, tr("Country"));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Lifecycle stage"));
    m_status->setObjectName(QStringLiteral("status"));
    for (ContactStatus status : allContactStatuses()) {
        m_status->addItem(contactStatusName(status), contactStatusKey(status));
        m_status->setItemData(m_status->count() - 1, contactStatusDefinition(status), Qt::ToolTipRole);
    }
    m_leadSource = new QComboBox(this);
    m_leadSource->setAccessibleName(tr("Lead source"));
    m_leadSource->addItem(tr("Unknown"), qint64(0));
    if (auto sources = LeadSourceRepository(m_db).sources(); sources) {
        for (const LeadSource& source : sources.value())
            m_leadSource->addItem(source.name, source.id);
    }
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setAccessibleName(tr("Owner"));
    // A new contact may leave its owner to the assignment rules (the first choice when there are any); a contact that
    // has none keeps none rather than taking the first salesperson.
    if (!m_contactId) {
        if (auto rules = AssignmentRules(m_db).anyActive(); rules && rules.value())
            m_owner->addItem(tr("By the assignment rules"), qint64(0));
    } else {
        m_owner->addItem(tr("Nobody", "no owner"), qint64(0));
    }
    if (auto users = UserRepository(m_db).list(); users) {
        for (const User& user : users.value())
            m_owner->addItem(user.name, user.id);
    }
    m_tags = lineEdit(this, tr("Tags"), tr("Comma-separated, e.g. vip, newsletter"));
    m_tags->setObjectName(QStringLiteral("tags"));
    m_stayInTouch = new QSpinBox(this);
    m_stayInTouch->setObjectName(QStringLiteral("stayInTouch"));
    m_stayInTouch->setAccessibleName(tr("Stay in touch every"));
    m_stayInTouch->setRange(0, 3650);
    m_stayInTouch->setSingleStep(7);
    m_stayInTouch->setSuffix(tr(" days"));
    m_stayInTouch->setSpecialValueText(tr("No reminder"));
    m_stayInTouch->setToolTip(tr("Today lists the contact when this many days pass without a call, meeting or note."));
    m_notes = new QPlainTextEdit(this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);

    attachCompanyCompleter(m_company, m_db);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_firstName);
    nameRow->addWidget(m_lastName);
    m_firstName->setPlaceholderText(tr("First name"));
    m_lastName->setPlaceholderText(tr("Last name"));
    addRowWithBuddy(form, tr("&Name:"), m_firstName, nameRow);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Job title:"), m_title);
    auto* emailRow = new QHBoxLayout;
    emailRow->addWidget(m_email);
    emailRow->addWidget(m_email2);
    m_email2->setPlaceholderText(tr("Second email"));
    addRowWithBuddy(form, tr("&Email:"), m_email, emailRow);
    auto* phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone);
    phoneRow->addWidget(m_mobile);
    m_mobile->setPlaceholderText(tr("Mobile"));
    addRowWithBuddy(form, tr("&Phone:"), m_phone, phoneRow);
    form->addRow(tr("&Birthday:"), m_birthday);
    form->addRow(tr("&Street:"), m_street);
    auto* placeRow = new QHBoxLayout;
    placeRow->addWidget(m_postalCode, 1);
    placeRow->addWidget(m_city, 3);
    m_postalCode->setPlaceholderText(tr("Postal code"));
    m_city->setPlaceholderText(tr("City"));
    addRowWithBuddy(form, tr("&Place:"), m_postalCode, placeRow);
    auto* regionRow = new QHBoxLayout;
    regionRow->addWidget(m_region);
    regionRow->addWidget(m_country);
    m_region->setPlaceholderText(tr("Region"));
    m_country->setPlaceholderText(tr("Country"));
    addRowWithBuddy(form, tr("&Region:"), m_region, regionRow);
    form->addRow(tr("S&tage:", "lifecycle stage"), m_status);
    form->addRow(tr("&Lead source:"), m_leadSource);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("Stay in &touch every:"), m_stayInTouch);
    form->addRow(tr("N&otes:"), m_notes);

    m_error = new ErrorLabel(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);

    auto* layout = new QVBoxLayout(this);
    m_customFields = new CustomFieldsForm(m_db, RecordKind::Contact, this);
    m_tabs = layOutWithCustomFields(layout, form, m_customFields, this);
    layout->addWidget(m_error);
    layout->addLayout(
        ChangeHistoryDialog::buttonRow(this, buttons, m_db, ChangeLogRepository::Entity::Contact, contactId, [this] {
            return QStringList{m_firstName->text(), m_lastName->text()}.join(u' ').simplified();
        }));
    setMinimumWidth(520);

    if (m_contactId)
        load();
    m_firstName->setFocus();
}

void ContactDialog::load()
{
    auto contact = ContactRepository(m_db).get(m_contactId);
    if (!contact) {
        showError(contact.error());
        return;
    }
    m_original = contact.value();
    const Contact& c = m_original;
    m_firstName->setText(c.firstName);
    m_lastName->setText(c.lastName);
    if (c.companyId) {
        if (auto company = CompanyRepository(m_db).get(c.companyId); company)
            m_company->setText(company->name);
    }
    m_title->setText(c.title);
    m_email->setText(c.emails.value(0).value);
    m_email2->setText(c.emails.value(1).value);
    m_phone->setText(c.phones.value(0).value);
    m_mobile->setText(c.phones.value(1).value);
    m_birthday->setDate(c.birthday.isValid() ? c.birthday : noBirthday);
    m_street->setText(c.address.street);
    m_postalCode->setText(c.address.postalCode);
    m_city->setText(c.address.city);
    m_region->setText(c.address.region);
    m_country->setText(c.address.country);
    m_status->setCurrentIndex(m_status->findData(contactStatusKey(c.status)));
    m_leadSource->setCurrentIndex(std::max(0, m_leadSource->findData(c.leadSourceId)));
    // An owner who has left is no longer offered, but stays the owner until someone else is chosen.
    if (c.ownerId > 0 && m_owner->findData(c.ownerId) < 0)
        m_owner->addItem(ChangeLogRepository(m_db).referencedName(QStringLiteral("owner_id"), c.ownerId), c.ownerId);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(c.ownerId)));
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(c.notes);
    m_stayInTouch->setValue(c.stayInTouchDays);
    m_customFields->setValues(c.custom);
}

Contact ContactDialog::collect() const
{
    Contact contact = m_original;
    contact.id = m_contactId;
    contact.firstName = m_firstName->text().trimmed();
    contact.lastName = m_lastName->text().trimmed();
    contact.title = m_title->text().trimmed();
    // Keep addresses beyond the two shown, with their labels, when editing.
    QList<LabeledValue> emails = m_original.emails;
    while (emails.size() < 2)
        emails.append(LabeledValue{});
    emails[0].value = m_email->text().trimmed();
    emails[1].value = m_email2->text().trimmed();
    contact.emails = emails;
    QList<LabeledValue> phones = m_original.phones;
    while (phones.size() < 2)
        phones.append(LabeledValue{});
    phones[0].value = m_phone->text().trimmed();
    phones[1].value = m_mobile->text().trimmed();
    if (phones[1].label.isEmpty() && !phones[1].value.isEmpty())
        phones[1].label = QStringLiteral("mobile");
    contact.phones = phones;
    contact.birthday = m_birthday->date() == noBirthday ? QDate() : m_birthday->date();
    contact.address = {m_street->text().trimmed(), m_city->text().trimmed(), m_region->text().trimmed(),
                       m_postalCode->text().trimmed(), m_country->text().trimmed()};
    contact.status = contactStatusFromKey(m_status->currentData().toString());
    contact.leadSourceId = m_leadSource->currentData().toLongLong();
    contact.ownerId = m_owner->currentData().toLongLong();
    contact.tags.clear();
    // A Persian or Arabic keyboard types its own comma (،).
    static const QRegularExpression comma(QStringLiteral("[,\u060C]"));
    for (const QString& tag : m_tags->text().split(comma, Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            contact.tags << tag.trimmed();
    }
    contact.notes = m_notes->toPlainText();
    contact.stayInTouchDays = m_stayInTouch->value();
    return contact;
}

void ContactDialog::showError(const QString& message)
{
    m_error->setMessage(message);
}

QString ContactDialog::errorText() const
{
    return m_error->message();
}

void ContactDialog::accept()
{
    Contact contact = collect();
    contact.id = m_contactId;
    if (auto problem = ContactActions::check(contact, m_contactId ? &m_original : nullptr)) {
        showError(problem->message);
        if (problem->field == QLatin1String("email"))
            m_email->setFocus();
        else if (problem->field == QLatin1String("email2"))
            m_email2->setFocus();
        else
            m_firstName->setFocus();
        return;
    }
    auto custom = takeCustomValues(m_customFields, m_tabs);
    if (!custom) {
        showError(custom.error());
        return;
    }
    contact.custom = custom.value();
    // Back along the journey, or out to Disqualified: the history keeps why.
    StageMove move;
    if (m_contactId && stageMoveNeedsReason(m_original.status, contact.status)) {
        bool ok = false;
        move.reason =
            Ask::text(
                this, tr("Why?"),
                contact.status == ContactStatus::Disqualified
                    ? tr("Why is %1 disqualified?").arg(contact.displayName())
                    : tr("Why does %1 go back to %2?").arg(contact.displayName(), contactStatusName(contact.status)),
                QLineEdit::Normal, QString(), &ok)
                .simplified();
        if (!ok || move.reason.isEmpty()) {
            m_status->setFocus();
            return;
        }
    }
    auto saved = ContactActions::save(m_db, contact, m_company->text(), move);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_contactId = saved->contactId;
    QDialog::accept();
}

} // namespace kontor::ui
