// SPDX-License-Identifier: GPL-3.0-or-later
#include "DealDialog.h"

#include "domain/DateText.h"
#include "views/DateEdits.h"

#include "ChangeHistoryDialog.h"
#include "CustomFieldsForm.h"
#include "FormRows.h"
#include "RecordPicker.h"
#include "actions/DealActions.h"

#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/UserRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

const QDate noDate(2000, 1, 1);

/// The amount as typed in the amount field: without the currency.
QString amountText(const Money& amount)
{
    return amount.formatAmount(QLocale());
}

} // namespace

DealDialog::DealDialog(const QSqlDatabase& db, qint64 dealId, QWidget* parent, qint64 contactId, qint64 stageId)
    : QDialog(parent), m_db(db), m_dealId(dealId)
{
    setObjectName(QStringLiteral("DealDialog"));
    setWindowTitle(dealId ? tr("Edit Deal") : tr("New Deal"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setAccessibleName(tr("Title", "of a deal"));
    m_title->setPlaceholderText(tr("What is sold, e.g. 40 office chairs"));
    m_contact = new ContactPicker(m_db, this);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setPlaceholderText(QLocale().toString(0.0, 'f', 2));
    m_amount->setAlignment(Qt::AlignRight);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    const QString defaultCurrency = SettingsRepository(m_db).defaultCurrency();
    QStringList currencies{defaultCurrency};
    for (const QString& code : {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                                QStringLiteral("CHF"), QStringLiteral("JPY"), QStringLiteral("SEK"),
                                QStringLiteral("PLN"), QStringLiteral("CAD"), QStringLiteral("AUD")}) {
        if (!currencies.contains(code))
            currencies << code;
    }
    m_currency->addItems(currencies);

    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    m_stage->setAccessibleName(tr("Stage"));
    if (auto stages = StageRepository(m_db).list(); stages) {
        for (const Stage& stage : stages.value()) {
            m_stage->addItem(tr("%1 (%2 %)").arg(stage.name, QLocale().toString(stage.probability)), stage.id);
            m_stage->setItemData(m_stage->count() - 1, stageKindKey(stage.kind), Qt::UserRole + 1);
        }
    }
    m_lostReason = new QLineEdit(this);
    m_lostReason->setObjectName(QStringLiteral("lostReason"));
    m_lostReason->setAccessibleName(tr("Reason the deal was lost"));
    m_lostReason->setPlaceholderText(tr("e.g. price too high, chose a competitor"));
    m_lostReasonLabel = new QLabel(tr("Lost &because:"), this);
    m_lostReasonLabel->setBuddy(m_lostReason);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DealDialog::updateLostReason);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setAccessibleName(tr("Owner"));
    if (auto users = UserRepository(m_db).list(); users) {
        for (const User& user : users.value())
            m_owner->addItem(user.name, user.id);
    }
    m_leadSource = new QComboBox(this);
    m_leadSource->setObjectName(QStringLiteral("leadSource"));
    m_leadSource->setAccessibleName(tr("Lead source"));
    m_leadSource->addItem(tr("Unknown"), qint64(0));
    if (auto sources = LeadSourceRepository(m_db).sources(); sources) {
        for (const LeadSource& source : sources.value())
            m_leadSource->addItem(source.name, source.id);
    }
    m_expectedClose = new QDateEdit(this);
    m_expectedClose->setObjectName(QStringLiteral("expectedClose"));
    m_expectedClose->setAccessibleName(tr("Expected close"));
    m_expectedClose->setMinimumDate(noDate);
    m_expectedClose->setSpecialValueText(tr("Not set"));
    showUserDates(m_expectedClose, false);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_error = new ErrorLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Contact:"), m_contact);
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    addRowWithBuddy(form, tr("&Amount:"), m_amount, amountRow);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(m_lostReasonLabel, m_lostReason);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Lead source:"), m_leadSource);
    form->addRow(tr("&Expected close:"), m_expectedClose);
    form->addRow(tr("&Notes:"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DealDialog::reject);
    auto* layout = new QVBoxLayout(this);
    m_customFields = new CustomFieldsForm(m_db, RecordKind::Deal, this);
    m_tabs = layOutWithCustomFields(layout, form, m_customFields, this);
    layout->addWidget(m_error);
    layout->addLayout(ChangeHistoryDialog::buttonRow(this, buttons, m_db, ChangeLogRepository::Entity::Deal, dealId,
                                                     [this] { return m_title->text(); }));
    setMinimumWidth(480);

    Deal deal;
    if (m_dealId) {
        auto existing = DealRepository(m_db).get(m_dealId);
        if (existing)
            deal = existing.value();
        else
            showError(existing.error());
    } else {
        deal.contactId = contactId;
        deal.stageId = stageId > 0 ? stageId : m_stage->itemData(0).toLongLong();
        deal.amount.currency = defaultCurrency;
        if (auto user = UserRepository(m_db).defaultUser(); user)
            deal.ownerId = user->id;
        if (contactId > 0) {
            if (auto contact = ContactRepository(m_db).get(contactId); contact) {
                deal.leadSourceId = contact->leadSourceId;
                if (contact->ownerId > 0)
                    deal.ownerId = contact->ownerId;
            }
        }
    }
    m_original = deal;
    load(deal);
    m_title->setFocus();
}

void DealDialog::load(const Deal& deal)
{
    m_title->setText(deal.title);
    m_contact->setContact(deal.contactId);
    m_amount->setText(m_dealId || deal.amount.minor ? amountText(deal.amount) : QString());
    m_currency->setCurrentText(deal.amount.currency);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(deal.stageId)));
    m_lostReason->setText(deal.lostReason);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(deal.ownerId)));
    m_leadSource->setCurrentIndex(std::max(0, m_leadSource->findData(deal.leadSourceId)));
    m_expectedClose->setDate(deal.expectedClose.isValid() ? deal.expectedClose : noDate);
    m_notes->setPlainText(deal.notes);
    m_customFields->setValues(deal.custom);
    updateLostReason();
}

void DealDialog::updateLostReason()
{
    const bool lost = m_stage->currentData(Qt::UserRole + 1).toString() == stageKindKey(StageKind::Lost);
    m_lostReason->setVisible(lost);
    m_lostReasonLabel->setVisible(lost);
}

void DealDialog::showError(const QString& message)
{
    m_error->setMessage(message);
}

QString DealDialog::errorText() const
{
    return m_error->message();
}

void DealDialog::accept()
{
    if (const QString problem = m_contact->unresolvedMessage(); !problem.isEmpty()) {
        showError(problem);
        m_contact->setFocus();
        return;
    }
    const QString currency = m_currency->currentText().trimmed().toUpper();
    qint64 minor = 0;
    if (currency.size() == 3 && !m_amount->text().trimmed().isEmpty() &&
        !Money::parse(m_amount->text(), currency, &minor)) {
        showError(tr("“%1” is not an amount in %2.").arg(m_amount->text(), currency));
        m_amount->setFocus();
        return;
    }
    Deal deal = m_original;
    deal.id = m_dealId;
    deal.title = m_title->text().trimmed();
    deal.contactId = m_contact->contactId();
    deal.stageId = m_stage->currentData().toLongLong();
    deal.amount = Money{minor, currency};
    deal.ownerId = m_owner->currentData().toLongLong();
    deal.leadSourceId = m_leadSource->currentData().toLongLong();
    deal.expectedClose = m_expectedClose->date() == noDate ? QDate() : m_expectedClose->date();
    deal.notes = m_notes->toPlainText().trimmed();
    if (m_stage->currentData(Qt::UserRole + 1).toString() == stageKindKey(StageKind::Lost))
        deal.lostReason = m_lostReason->text().simplified();

    if (auto problem = DealActions::check(m_db, deal)) {
        showError(problem->message);
        const QHash<QString, QWidget*> fields{
            {QStringLiteral("title"), m_title},       {QStringLiteral("contact"), m_contact},
            {QStringLiteral("currency"), m_currency}, {QStringLiteral("amount"), m_amount},
            {QStringLiteral("stage"), m_stage},       {QStringLiteral("lost_reason"), m_lostReason}};
        if (QWidget* field = fields.value(problem->field))
            field->setFocus();
        return;
    }
    auto custom = takeCustomValues(m_customFields, m_tabs);
    if (!custom) {
        showError(custom.error());
        return;
    }
    deal.custom = custom.value();
    auto saved = DealActions::save(m_db, deal);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_dealId = saved->dealId;
    m_savedMessage = saved->message;
    QDialog::accept();
}

} // namespace kontor::ui
