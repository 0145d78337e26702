// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleRules.h"

#include "ActionScope.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/SettingsRepository.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace kontor {

namespace {

const QString settingsKey = QStringLiteral("lifecycle_rules");

/// Whether the contact has a value in the field `key`: a built-in field's key or a custom field's.
bool isFilled(const Contact& contact, const QList<CustomField>& fields, const QString& key)
{
    const QHash<QString, bool> builtIn = {
        {QStringLiteral("first_name"), !contact.firstName.isEmpty()},
        {QStringLiteral("last_name"), !contact.lastName.isEmpty()},
        {QStringLiteral("company"), contact.companyId > 0},
        {QStringLiteral("title"), !contact.title.isEmpty()},
        {QStringLiteral("email"), !contact.emails.isEmpty()},
        {QStringLiteral("phone"), !contact.phones.isEmpty()},
        {QStringLiteral("birthday"), contact.birthday.isValid()},
        {QStringLiteral("street"), !contact.address.street.isEmpty()},
        {QStringLiteral("city"), !contact.address.city.isEmpty()},
        {QStringLiteral("region"), !contact.address.region.isEmpty()},
        {QStringLiteral("postal_code"), !contact.address.postalCode.isEmpty()},
        {QStringLiteral("country"), !contact.address.country.isEmpty()},
        {QStringLiteral("lead_source"), contact.leadSourceId > 0},
        {QStringLiteral("owner"), contact.ownerId > 0},
        {QStringLiteral("notes"), !contact.notes.isEmpty()},
    };
    if (const auto known = builtIn.constFind(key); known != builtIn.cend())
        return *known;
    for (const CustomField& field : fields) {
        if (field.key == key) {
            const FieldValue value = contact.custom.value(field.id);
            // An unticked box is not filled in.
            return !isEmptyValue(value) && !(std::holds_alternative<bool>(value) && !std::get<bool>(value));
        }
    }
    // A field that no longer exists holds nothing.
    return false;
}

bool allFilled(const Contact& contact, const QList<CustomField>& fields, const QStringList& keys)
{
    return !keys.isEmpty() &&
           std::all_of(keys.cbegin(), keys.cend(), [&](const QString& key) { return isFilled(contact, fields, key); });
}

} // namespace

LifecycleRuleSettings LifecycleRules::settings(const QSqlDatabase& db)
{
    LifecycleRuleSettings rules;
    auto stored = SettingsRepository(db).value(settingsKey);
    if (!stored || stored->isEmpty())
        return rules;
    const QJsonObject object = QJsonDocument::fromJson(stored->toUtf8()).object();
    auto keys = [&object](const char* name) {
        QStringList list;
        for (const QJsonValue& value : object.value(QLatin1String(name)).toArray())
            list << value.toString();
        return list;
    };
    rules.mqlFields = keys("mql_fields");
    rules.mqlScore = std::clamp(object.value(QStringLiteral("mql_score")).toInt(0), 0, 100);
    rules.sqlFields = keys("sql_fields");
    rules.sqlOnMeeting = object.value(QStringLiteral("sql_on_meeting")).toBool(true);
    rules.opportunityOnDeal = object.value(QStringLiteral("opportunity_on_deal")).toBool(true);
    rules.customerOnWon = object.value(QStringLiteral("customer_on_won")).toBool(true);
    return rules;
}

Status LifecycleRules::save(const QSqlDatabase& db, const LifecycleRuleSettings& rules)
{
    const QJsonObject object{{QStringLiteral("mql_fields"), QJsonArray::fromStringList(rules.mqlFields)},
                             {QStringLiteral("mql_score"), std::clamp(rules.mqlScore, 0, 100)},
                             {QStringLiteral("sql_fields"), QJsonArray::fromStringList(rules.sqlFields)},
                             {QStringLiteral("sql_on_meeting"), rules.sqlOnMeeting},
                             {QStringLiteral("opportunity_on_deal"), rules.opportunityOnDeal},
                             {QStringLiteral("customer_on_won"), rules.customerOnWon}};
    return SettingsRepository(db).setValue(settingsKey,
                                           QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QString LifecycleRules::ruleKey(LifecycleEvent event, ContactStatus to)
{
    switch (event) {
    case LifecycleEvent::FieldsChanged:
        return to == ContactStatus::Sql ? QStringLiteral("sql_fields_filled") : QStringLiteral("mql_fields_filled");
    case LifecycleEvent::MeetingBooked:
        return QStringLiteral("meeting_booked");
    case LifecycleEvent::DealCreated:
        return QStringLiteral("deal_created");
    case LifecycleEvent::DealWon:
        return QStringLiteral("deal_won");
    case LifecycleEvent::ScoreChanged:
        return QStringLiteral("score_reached");
    }
    return {};
}

QString LifecycleRules::ruleDescription(const QString& key)
{
    if (key == QStringLiteral("mql_fields_filled"))
        return tr("rule: the fields that make a lead marketing qualified were filled");
    if (key == QStringLiteral("sql_fields_filled"))
        return tr("rule: the qualification fields were filled");
    if (key == QStringLiteral("meeting_booked"))
        return tr("rule: a meeting was booked");
    if (key == QStringLiteral("deal_created"))
        return tr("rule: a deal was created");
    if (key == QStringLiteral("deal_won"))
        return tr("rule: a deal was won");
    if (key == QStringLiteral("score_reached"))
        return tr("rule: the lead score reached the threshold");
    return key;
}

Result<std::optional<ContactStatus>> LifecycleRules::follow(ActionScope& action, qint64 contactId, LifecycleEvent event)
{
    return follow(action, contactId, event, settings(action.db()), {});
}

Result<int> LifecycleRules::followFieldRules(ActionScope& action, const QList<qint64>& contactIds)
{
    const LifecycleRuleSettings rules = settings(action.db());
    if (rules.mqlFields.isEmpty() && rules.sqlFields.isEmpty())
        return 0;
    auto fields = CustomFieldRepository(action.db()).fields(RecordKind::Contact);
    if (!fields)
        return Result<int>::failure(fields.error());
    int moved = 0;
    for (qint64 id : contactIds) {
        auto stage = follow(action, id, LifecycleEvent::FieldsChanged, rules, fields.value());
        if (!stage)
            return Result<int>::failure(stage.error());
        moved += stage->has_value() ? 1 : 0;
    }
    return moved;
}

Result<QList<qint64>> LifecycleRules::leadsAtThreshold(const QSqlDatabase& db, const QList<qint64>& contactIds)
{
    using R = Result<QList<qint64>>;
    const int threshold = settings(db).mqlScore;
    if (threshold <= 0)
        return QList<qint64>{};
    QStringList ids;
    for (qint64 id : contactIds)
        ids << QString::number(id);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT c.id FROM contacts c JOIN contact_scores s ON s.contact_id = c.id WHERE "
                                 "c.status = ? AND c.archived_at IS NULL AND s.score >= ? %1 ORDER BY c.id")
                      .arg(ids.isEmpty() ? QString() : QStringLiteral("AND c.id IN (%1)").arg(ids.join(u','))));
    query.addBindValue(contactStatusKey(ContactStatus::Lead));
    query.addBindValue(threshold);
    if (!query.exec())
        return R::failure(tr("The leads to qualify could not be read: %1").arg(sql::errorText(query)));
    QList<qint64> reached;
    while (query.next())
        reached << query.value(0).toLongLong();
    return reached;
}

Result<int> LifecycleRules::qualifyByScore(ActionScope& action, const QList<qint64>& leads)
{
    const QString rule = ruleKey(LifecycleEvent::ScoreChanged, ContactStatus::Mql);
    ContactRepository contacts(action.db());
    int moved = 0;
    // Without reading each contact first: they were found as leads, not archived, in this transaction.
    for (qint64 id : leads) {
        if (Status set = contacts.setStage(id, ContactStatus::Mql, StageMove{QString(), rule, action.actingUserId()});
            !set)
            return Result<int>::failure(set.error());
        action.publish(events::ContactStatusChanged{id, ContactStatus::Lead, ContactStatus::Mql, rule});
        ++moved;
    }
    return moved;
}

Result<std::optional<ContactStatus>> LifecycleRules::follow(ActionScope& action, qint64 contactId, LifecycleEvent event,
                                                            const LifecycleRuleSettings& rules,
                                                            const std::optional<QList<CustomField>>& knownFields)
{
    using R = Result<std::optional<ContactStatus>>;
    const QSqlDatabase& db = action.db();
    if (contactId <= 0)
        return std::optional<ContactStatus>{};
    std::optional<ContactStatus> target;
    switch (event) {
    case LifecycleEvent::FieldsChanged:
        if (rules.mqlFields.isEmpty() && rules.sqlFields.isEmpty())
            return target;
        break;
    case LifecycleEvent::MeetingBooked:
        if (rules.sqlOnMeeting)
            target = ContactStatus::Sql;
        break;
    case LifecycleEvent::DealCreated:
        if (rules.opportunityOnDeal)
            target = ContactStatus::Opportunity;
        break;
    case LifecycleEvent::DealWon:
        if (rules.customerOnWon)
            target = ContactStatus::Customer;
        break;
    case LifecycleEvent::ScoreChanged: {
        if (rules.mqlScore <= 0)
            return target;
        auto reached = leadsAtThreshold(db, {contactId});
        if (!reached)
            return R::failure(reached.error());
        if (!reached->isEmpty())
            target = ContactStatus::Mql;
        break;
    }
    }
    if (event != LifecycleEvent::FieldsChanged && !target)
        return target;
    auto contact = ContactRepository(db).get(contactId);
    if (!contact)
        return R::failure(contact.error());
    if (event == LifecycleEvent::FieldsChanged) {
        auto fields = knownFields ? Result<QList<CustomField>>(*knownFields)
                                  : CustomFieldRepository(db).fields(RecordKind::Contact);
        if (!fields)
            return R::failure(fields.error());
        if (allFilled(contact.value(), fields.value(), rules.sqlFields))
            target = ContactStatus::Sql;
        else if (allFilled(contact.value(), fields.value(), rules.mqlFields))
            target = ContactStatus::Mql;
        else
            return target;
    }
    const ContactStatus from = contact->status;
    // Forward only; off the journey (disqualified, inactive) only a deal brings a contact back.
    const bool dealEvent = event == LifecycleEvent::DealCreated || event == LifecycleEvent::DealWon;
    const bool forward = journeyRank(from) > 0 ? journeyRank(*target) > journeyRank(from) : dealEvent;
    if (!forward || contact->isArchived())
        return std::optional<ContactStatus>{};
    const QString rule = ruleKey(event, *target);
    if (Status moved =
            ContactRepository(db).setStage(contactId, *target, StageMove{QString(), rule, action.actingUserId()});
        !moved)
        return R::failure(moved.error());
    action.publish(events::ContactStatusChanged{contactId, from, *target, rule});
    return target;
}

} // namespace kontor
