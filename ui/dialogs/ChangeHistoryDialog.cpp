// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeHistoryDialog.h"

#include "UtcTime.h"
#include "domain/DateText.h"

#include "domain/ContactStatus.h"
#include "domain/Interaction.h"
#include "domain/Money.h"
#include "domain/Reminder.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/SettingsRepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

QString fieldName(const QString& column, ChangeLogRepository::Entity entity)
{
    // A contact's title is the job; a deal's or a reminder's says what it is about: two words in German.
    if (column == QLatin1String("title"))
        return entity == ChangeLogRepository::Entity::Contact
                   ? QCoreApplication::translate("ChangeHistoryDialog", "Title", "job title")
                   : QCoreApplication::translate("ChangeHistoryDialog", "Title", "of a deal or reminder");
    static const QHash<QString, const char*> names = {
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "First name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Last name")},
        {QStringLiteral("company_id"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Company")},
        {QStringLiteral("birthday"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Birthday")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Street")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "City")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Region")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Postal code")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Country")},
        {QStringLiteral("lead_source_id"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Lead source")},
        {QStringLiteral("campaign_id"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Campaign")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Lifecycle stage")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Owner")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Notes")},
        {QStringLiteral("stay_in_touch_days"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Stay in touch every (days)")},
        {QStringLiteral("archived_at"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Archived")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Name")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Head office")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Industry")},
        {QStringLiteral("size"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Size")},
        {QStringLiteral("territory"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Territory")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Website")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Email")},
        {QStringLiteral("contact_id"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Contact")},
        {QStringLiteral("stage_id"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Stage")},
        {QStringLiteral("amount_minor"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Amount")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Currency")},
        {QStringLiteral("expected_close"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Expected close")},
        {QStringLiteral("closed_at"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Closed")},
        {QStringLiteral("lost_reason"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Lost because")},
        {QStringLiteral("due_at"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Due")},
        {QStringLiteral("deal_id"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Deal")},
        {QStringLiteral("recurrence"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Repeat")},
        {QStringLiteral("snoozed_until"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Snoozed until")},
        {QStringLiteral("done_at"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Done")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Kind")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Direction")},
        {QStringLiteral("occurred_at"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "When")},
        {QStringLiteral("duration_seconds"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Duration (seconds)")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Subject")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Outcome")},
        {QStringLiteral("resolved_at"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Resolved")},
        {QStringLiteral("tag"), QT_TRANSLATE_NOOP("ChangeHistoryDialog", "Tag")},
    };
    const char* name = names.value(column);
    return name ? QCoreApplication::translate("ChangeHistoryDialog", name) : column;
}

QString valueText(const QSqlDatabase& db, const QString& column, const QVariant& value, const QVariantMap& row,
                  const QString& currency)
{
    const QLocale locale;
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return ChangeHistoryDialog::tr("(empty)");
    if (column.endsWith(QStringLiteral("_id")))
        return ChangeLogRepository(db).referencedName(column, value.toLongLong());
    if (column.endsWith(QStringLiteral("_at")) || column == QStringLiteral("snoozed_until"))
        return DateText::dateTime(utcFromMs(value.toLongLong()), locale);
    if (column == QStringLiteral("status"))
        return contactStatusName(contactStatusFromKey(value.toString()));
    if (column == QStringLiteral("kind"))
        return InteractionKinds::displayName(value.toString());
    if (column == QStringLiteral("outcome"))
        return InteractionOutcomes::displayName(value.toString());
    // A change of the amount alone has no currency of its own in the history: it is the record's.
    if (column == QStringLiteral("amount_minor"))
        return Money{value.toLongLong(), row.value(QStringLiteral("currency"), currency).toString()}.format(locale);
    if (column == QStringLiteral("birthday") || column == QStringLiteral("expected_close"))
        return DateText::date(QDate::fromString(value.toString(), Qt::ISODate), locale);
    return value.toString();
}

/// A custom field's value as its history keeps it (schema 13's triggers: money as "minor currency", a choice as its
/// label, links and checkboxes as numbers).
QString customValueText(const QSqlDatabase& db, const CustomField& field, const QVariant& value)
{
    const QLocale locale;
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return ChangeHistoryDialog::tr("(empty)");
    switch (field.type) {
    case FieldType::Money: {
        const QStringList parts = value.toString().split(u' ');
        return Money{parts.value(0).toLongLong(), parts.value(1)}.format(locale);
    }
    case FieldType::Date:
        return DateText::date(QDate::fromString(value.toString(), Qt::ISODate), locale);
    case FieldType::Number:
        return FieldValueText::display(field, value.toDouble(), {}, locale);
    case FieldType::Checkbox:
        return FieldValueText::display(field, value.toLongLong() != 0, {}, locale);
    case FieldType::ContactLink:
    case FieldType::CompanyLink:
        return databaseLinks(db).name(field.type, value.toLongLong());
    default:
        return value.toString();
    }
}

} // namespace

QStringList ChangeHistoryDialog::describe(const QSqlDatabase& db, const ChangeEntry& entry,
                                          ChangeLogRepository::Entity entity, const QString& currency)
{
    // An import that gave the contact its owner by an assignment rule says so in the entry of its creation.
    const QString rule = entry.newValues.value(QStringLiteral("assignment_rule")).toString();
    if (entry.action == QStringLiteral("created"))
        return rule.isEmpty() ? QStringList{tr("Created")}
                              : QStringList{tr("Created"), tr("Owner given by the assignment rule “%1”").arg(rule)};
    if (entry.action == QStringLiteral("deleted"))
        return {tr("Deleted")};
    QStringList lines;
    if (entry.action == QStringLiteral("archived"))
        lines << tr("Archived");
    else if (entry.action == QStringLiteral("restored"))
        lines << tr("Restored from the archive");
    for (auto it = entry.newValues.cbegin(); it != entry.newValues.cend(); ++it) {
        if (it.key() == QStringLiteral("archived_at"))
            continue;
        // Written beside an owner the assignment rules gave (AssignmentRules::apply).
        if (it.key() == QStringLiteral("assignment_rule"))
            continue;
        // A tag is added or removed, never changed: "Tag added: vip" says it better than "Tag: (empty) → vip".
        if (it.key() == QStringLiteral("tag")) {
            const QString added = it.value().toString();
            const QString removed = entry.oldValues.value(it.key()).toString();
            if (removed.isEmpty() != added.isEmpty()) {
                lines << (removed.isEmpty() ? tr("Tag added: %1").arg(added) : tr("Tag removed: %1").arg(removed));
                continue;
            }
        }
        if (it.key().startsWith(QStringLiteral("field:"))) {
            auto field = CustomFieldRepository(db).field(it.key().mid(6).toLongLong());
            if (!field) {
                lines << tr("A field that no longer exists changed.");
                continue;
            }
            const QVariant before = entry.oldValues.value(it.key());
            // Each option of a multiple choice is logged as added or removed, as tags are.
            if (field->type == FieldType::Choices) {
                lines << (before.isNull() ? tr("%1 added: %2").arg(field->label, it.value().toString())
                                          : tr("%1 removed: %2").arg(field->label, before.toString()));
                continue;
            }
            lines << tr("%1: %2 → %3")
                         .arg(field->label, customValueText(db, field.value(), before),
                              customValueText(db, field.value(), it.value()));
            continue;
        }
        lines << tr("%1: %2 → %3")
                     .arg(fieldName(it.key(), entity),
                          valueText(db, it.key(), entry.oldValues.value(it.key()), entry.oldValues, currency),
                          valueText(db, it.key(), it.value(), entry.newValues, currency));
    }
    // Under the owner's change it explains.
    if (!rule.isEmpty())
        lines << tr("Owner given by the assignment rule “%1”").arg(rule);
    return lines;
}

ChangeHistoryDialog::ChangeHistoryDialog(const QSqlDatabase& db, ChangeLogRepository::Entity entity, qint64 id,
                                         const QString& title, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ChangeHistoryDialog"));
    setWindowTitle(tr("Changes to %1").arg(title));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("changes"));
    m_list->setAccessibleName(tr("Changes"));
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What changed")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    const QLocale locale;
    auto entries = ChangeLogRepository(db).forRecord(entity, id);
    // Amounts are in the deal's currency, or the database's.
    QString currency = SettingsRepository(db).defaultCurrency();
    if (entity == ChangeLogRepository::Entity::Deal)
        if (const auto deal = DealRepository(db).get(id))
            currency = deal->amount.currency;
    auto* note = new QLabel(this);
    note->setWordWrap(true);
    if (!entries) {
        note->setText(entries.error());
    } else {
        // Newest first: each change's amounts are in the currency the deal had then, carried back from the changes
        // after it (a deal moved from euros to rials shows its older amounts in euros).
        const QString currencyKey = QStringLiteral("currency");
        for (const ChangeEntry& entry : entries.value()) {
            const QString then = entry.newValues.value(currencyKey, currency).toString();
            new QTreeWidgetItem(m_list, {DateText::dateTime(entry.changedAt, locale), entry.changedBy,
                                         describe(db, entry, entity, then).join(u'\n')});
            currency = entry.oldValues.value(currencyKey, then).toString();
        }
        if (entries->isEmpty())
            note->setText(tr("No changes recorded. Changes are recorded from schema 4 on; records of the demo data "
                             "start without any."));
        else
            note->hide();
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    // The list has the keys (arrows, Page Down) but no current row until they are used: the view would otherwise make
    // the first row current as it gets the focus, and frame its first cell as if something were chosen.
    m_list->setCurrentIndex(QModelIndex());
    m_list->setFocus();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(720, 420);
}

QHBoxLayout* ChangeHistoryDialog::buttonRow(QDialog* dialog, QDialogButtonBox* buttons, const QSqlDatabase& db,
                                            ChangeLogRepository::Entity entity, qint64 id,
                                            std::function<QString()> title)
{
    auto* row = new QHBoxLayout;
    if (id > 0) {
        // Beside the form's buttons, not among them: in the button box it would sit between Save and Cancel.
        auto* changes = new QPushButton(tr("Chan&ges…"), dialog);
        changes->setObjectName(QStringLiteral("changes"));
        changes->setAutoDefault(false);
        QObject::connect(changes, &QPushButton::clicked, dialog, [dialog, db, entity, id, title = std::move(title)] {
            ChangeHistoryDialog history(db, entity, id, title(), dialog);
            history.exec();
        });
        row->addWidget(changes);
    }
    row->addStretch(1);
    row->addWidget(buttons);
    return row;
}

} // namespace kontor::ui
