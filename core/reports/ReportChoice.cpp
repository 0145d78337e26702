// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportChoice.h"

#include "repositories/CustomFieldRepository.h"
#include "storage/Sql.h"
#include "territories/Territories.h"

#include <QStringList>

namespace kontor {

namespace {

// The records of the field's kind that have one of the options.
QString recordsWith(const ReportChoice& choice)
{
    QStringList ids;
    for (qint64 id : choice.optionIds)
        ids << QString::number(id);
    return choice.multiple
               ? QStringLiteral("SELECT record_id FROM custom_value_choices WHERE field_id = %1 AND option_id IN (%2)")
                     .arg(choice.fieldId)
                     .arg(ids.join(u','))
               : QStringLiteral("SELECT record_id FROM custom_values WHERE field_id = %1 AND integer_value IN (%2)")
                     .arg(choice.fieldId)
                     .arg(ids.join(u','));
}

} // namespace

QString ReportChoice::contactCondition(const QString& contactIdColumn) const
{
    if (!isSet())
        return QStringLiteral("1");
    if (!territoryPlace.isEmpty())
        return QStringLiteral("%1 IN (SELECT id FROM contacts WHERE %2)").arg(contactIdColumn, territoryPlace);
    switch (record) {
    case RecordKind::Contact:
        return QStringLiteral("%1 IN (%2)").arg(contactIdColumn, recordsWith(*this));
    case RecordKind::Company:
        return QStringLiteral("%1 IN (SELECT id FROM contacts WHERE company_id IN (%2))")
            .arg(contactIdColumn, recordsWith(*this));
    case RecordKind::Deal:
        return QStringLiteral(
                   "%1 IN (SELECT contact_id FROM deals WHERE contact_id IS NOT NULL AND archived_at IS NULL "
                   "AND id IN (%2))")
            .arg(contactIdColumn, recordsWith(*this));
    }
    return QStringLiteral("1");
}

QString ReportChoice::dealCondition(const QString& alias) const
{
    if (!isSet())
        return QStringLiteral("1");
    if (!territoryPlace.isEmpty())
        // A deal lies where its contact lives; a deal with a company alone, where the company is.
        return QStringLiteral("(%1.contact_id IN (SELECT id FROM contacts WHERE %2) OR (%1.contact_id IS NULL AND "
                              "%1.company_id IN (SELECT id FROM companies WHERE %2)))")
            .arg(alias, territoryPlace);
    switch (record) {
    case RecordKind::Contact:
        return QStringLiteral("%1.contact_id IN (%2)").arg(alias, recordsWith(*this));
    case RecordKind::Company:
        // The company's own deals and those of its people.
        return QStringLiteral("(%1.company_id IN (%2) OR %1.contact_id IN (SELECT id FROM contacts WHERE company_id "
                              "IN (%2)))")
            .arg(alias, recordsWith(*this));
    case RecordKind::Deal:
        return QStringLiteral("%1.id IN (%2)").arg(alias, recordsWith(*this));
    }
    return QStringLiteral("1");
}

Result<ReportChoice> ReportChoice::of(const QSqlDatabase& db, qint64 fieldId, const QList<qint64>& optionIds)
{
    auto field = CustomFieldRepository(db).field(fieldId);
    if (!field)
        return Result<ReportChoice>::failure(field.error());
    if (!field->hasOptions())
        return Result<ReportChoice>::failure(
            QCoreApplication::translate("ReportChoice", "%1 is not a choice field.").arg(field->label));
    return ReportChoice{field->id, field->record, field->type == FieldType::Choices, optionIds};
}

Result<ReportChoice> ReportChoice::ofTerritory(const QSqlDatabase& db, qint64 territoryId)
{
    auto territories = Territories(db).list();
    if (!territories)
        return Result<ReportChoice>::failure(territories.error());
    qsizetype index = -1;
    if (territoryId > 0) {
        const auto found = std::find_if(territories->cbegin(), territories->cend(),
                                        [territoryId](const Territory& each) { return each.id == territoryId; });
        if (found == territories->cend())
            return Result<ReportChoice>::failure(
                QCoreApplication::translate("ReportChoice", "That territory is gone; choose another."));
        index = found - territories->cbegin();
    }
    const SqlCondition place = Territories::inTerritory(territories.value(), index);
    ReportChoice choice;
    choice.territoryPlace = sql::withValues(place.clause, place.values);
    return choice;
}

Result<ReportChoice> ReportChoice::parse(const QSqlDatabase& db, const QString& text)
{
    using R = Result<ReportChoice>;
    const qsizetype equals = text.indexOf(u'=');
    const QString key = text.left(equals).trimmed();
    if (equals > 0 && key.compare(QStringLiteral("territory"), Qt::CaseInsensitive) == 0) {
        const QString name = text.mid(equals + 1).trimmed();
        if (name.isEmpty())
            return ofTerritory(db, 0);
        auto territories = Territories(db).list();
        if (!territories)
            return R::failure(territories.error());
        for (const Territory& each : territories.value()) {
            if (each.name.compare(name, Qt::CaseInsensitive) == 0)
                return ofTerritory(db, each.id);
        }
        return R::failure(QCoreApplication::translate("ReportChoice", "There is no territory “%1”.").arg(name));
    }
    if (equals < 1 || text.mid(equals + 1).trimmed().isEmpty())
        return R::failure(QCoreApplication::translate("ReportChoice", "Name a choice field and its options, such as "
                                                                      "industry=Retail;Food."));
    // The first choice field in use with the key, contacts' first; else the first field at all, to say what it is.
    Result<CustomField> field = Result<CustomField>::failure(QString());
    for (RecordKind record : {RecordKind::Contact, RecordKind::Company, RecordKind::Deal}) {
        auto found = CustomFieldRepository(db).byKey(record, key);
        const auto inUse = [](const CustomField& each) { return each.hasOptions() && !each.isArchived(); };
        if (found && (!field || (inUse(found.value()) && !inUse(field.value()))))
            field = found;
    }
    if (!field)
        return R::failure(QCoreApplication::translate("ReportChoice", "There is no field “%1”.").arg(key));
    QList<qint64> ids;
    for (const QString& label : text.mid(equals + 1).split(u';', Qt::SkipEmptyParts)) {
        const FieldOption* option = field->optionByLabel(label);
        if (!option)
            return R::failure(QCoreApplication::translate("ReportChoice", "%1 has no choice “%2”.")
                                  .arg(field->label, label.trimmed()));
        ids << option->id;
    }
    if (ids.isEmpty())
        return R::failure(QCoreApplication::translate("ReportChoice", "Name a choice field and its options, such as "
                                                                      "industry=Retail;Food."));
    return of(db, field->id, ids);
}

} // namespace kontor
