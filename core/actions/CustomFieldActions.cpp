// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomFieldActions.h"

#include "ActionScope.h"
#include "domain/Money.h"
#include "io/ContactFields.h"
#include "io/RecordExport.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/SettingsRepository.h"
#include "search/Search.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace kontor {

namespace {

const QString area = QStringLiteral("custom_fields");

/// Keys that name something else already: the record's built-in fields, as CSV headers, `--map` and
/// `--where` know them.
bool isBuiltInKey(RecordKind record, const QString& key)
{
    static const QStringList common = {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                       QStringLiteral("archived_at")};
    if (common.contains(key))
        return true;
    switch (record) {
    case RecordKind::Contact: {
        static const QStringList more = {
            QStringLiteral("name"),   QStringLiteral("status"),     QStringLiteral("lifecycle"),
            QStringLiteral("score"),  QStringLiteral("territory"),  QStringLiteral("emails"),
            QStringLiteral("phones"), QStringLiteral("company_id"), QStringLiteral("owner_id")};
        return ContactFields::isKey(key) || more.contains(key);
    }
    case RecordKind::Company:
        return RecordExport::csvColumns(RecordExport::Records::Companies).contains(key);
    case RecordKind::Deal:
        return RecordExport::csvColumns(RecordExport::Records::Deals).contains(key) ||
               key == QStringLiteral("amount_minor");
    }
    return false;
}

Status inAction(const QSqlDatabase& db, const QString& label, const std::function<Status()>& write)
{
    ActionScope action(db, label);
    if (Status begun = action.begun(); !begun)
        return begun;
    if (Status written = write(); !written)
        return written;
    action.publish(events::SettingsChanged{area});
    return action.commit();
}

/// The search entries of the contacts with a value in a searchable field, or one that was: its text goes into the
/// index or out of it.
Status reindexHolders(const QSqlDatabase& db, const CustomField& field)
{
    if (field.record != RecordKind::Contact)
        return {};
    return SearchIndex::reindexContactsWithField(db, field.id);
}

} // namespace

std::optional<InputProblem> CustomFieldActions::check(const QSqlDatabase& db, const CustomField& field)
{
    static const QRegularExpression keyShape(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!keyShape.match(field.key).hasMatch())
        return InputProblem{QStringLiteral("key"),
                            tr("A field's key is up to 40 lower-case letters (a–z), digits and underscores, starting "
                               "with a letter: “%1” is not.")
                                .arg(field.key)};
    if (isBuiltInKey(field.record, field.key))
        return InputProblem{QStringLiteral("key"), tr("“%1” is the key of a built-in field.").arg(field.key)};
    if (auto existing = CustomFieldRepository(db).byKey(field.record, field.key); existing && existing->id != field.id)
        return InputProblem{
            QStringLiteral("key"),
            existing->isArchived()
                ? tr("An archived field has the key “%1”: restore it, or choose another key.").arg(field.key)
                : tr("Another field has the key “%1”.").arg(field.key)};
    if (field.label.trimmed().isEmpty())
        return InputProblem{QStringLiteral("label"), tr("Enter the field's name.")};
    if (field.hasOptions()) {
        QSet<QString> labels;
        int offered = 0;
        for (const FieldOption& option : field.options) {
            const QString label = option.label.trimmed().toCaseFolded();
            if (label.isEmpty())
                return InputProblem{QStringLiteral("options"), tr("A choice needs a name.")};
            if (label.contains(u';'))
                return InputProblem{QStringLiteral("options"),
                                    tr("A choice cannot contain “;”, which separates choices in files.")};
            if (labels.contains(label))
                return InputProblem{QStringLiteral("options"),
                                    tr("The choice “%1” is there twice.").arg(option.label.trimmed())};
            labels.insert(label);
            if (!option.archived)
                ++offered;
        }
        if (offered == 0)
            return InputProblem{QStringLiteral("options"), tr("Give the field at least one choice.")};
    }
    if (field.type == FieldType::Money && !Money::isCurrencyCode(field.currency))
        return InputProblem{QStringLiteral("currency"), Money::currencyCodeProblem()};
    return std::nullopt;
}

Result<qint64> CustomFieldActions::add(const QSqlDatabase& db, const CustomField& wanted)
{
    CustomField field = wanted;
    field.label = field.label.simplified();
    field.key = field.key.trimmed();
    if (field.type == FieldType::Money && field.currency.isEmpty())
        field.currency = SettingsRepository(db).defaultCurrency();
    field.currency = field.currency.trimmed().toUpper();
    // Only the contacts have a search index of their own fields.
    if ((field.type != FieldType::Text && field.type != FieldType::LongText) || field.record != RecordKind::Contact)
        field.searchable = false;
    if (!field.hasOptions())
        field.options.clear();
    if (auto problem = check(db, field))
        return Result<qint64>::failure(problem->message);
    qint64 id = 0;
    const Status added = inAction(db, tr("Add field %1").arg(field.label), [&]() -> Status {
        auto created = CustomFieldRepository(db).create(field);
        if (!created)
            return Status::failure(created.error());
        id = created.value();
        return {};
    });
    if (!added)
        return Result<qint64>::failure(added.error());
    return id;
}

Status CustomFieldActions::save(const QSqlDatabase& db, const CustomField& wanted)
{
    auto stored = CustomFieldRepository(db).field(wanted.id);
    if (!stored)
        return Status::failure(stored.error());
    CustomField field = wanted;
    field.record = stored->record;
    field.type = stored->type;
    field.label = field.label.simplified();
    field.key = field.key.trimmed();
    field.currency = field.currency.trimmed().toUpper();
    if ((field.type != FieldType::Text && field.type != FieldType::LongText) || field.record != RecordKind::Contact)
        field.searchable = false;
    if (auto problem = check(db, field))
        return Status::failure(problem->message);
    const QString label = stored->label != field.label ? tr("Rename field %1 to %2").arg(stored->label, field.label)
                                                       : tr("Change field %1").arg(field.label);
    return inAction(db, label, [&]() -> Status {
        if (Status updated = CustomFieldRepository(db).update(field); !updated)
            return updated;
        return field.searchable != stored->searchable ? reindexHolders(db, field) : Status{};
    });
}

Status CustomFieldActions::archive(const QSqlDatabase& db, qint64 fieldId)
{
    auto field = CustomFieldRepository(db).field(fieldId);
    if (!field)
        return Status::failure(field.error());
    return inAction(db, tr("Archive field %1").arg(field->label), [&]() -> Status {
        if (Status archived = CustomFieldRepository(db).setArchived(fieldId, true); !archived)
            return archived;
        return field->searchable ? reindexHolders(db, field.value()) : Status{};
    });
}

Status CustomFieldActions::restore(const QSqlDatabase& db, qint64 fieldId)
{
    auto field = CustomFieldRepository(db).field(fieldId);
    if (!field)
        return Status::failure(field.error());
    return inAction(db, tr("Restore field %1").arg(field->label), [&]() -> Status {
        if (Status restored = CustomFieldRepository(db).setArchived(fieldId, false); !restored)
            return restored;
        return field->searchable ? reindexHolders(db, field.value()) : Status{};
    });
}

Status CustomFieldActions::reorder(const QSqlDatabase& db, RecordKind record, const QList<qint64>& orderedIds)
{
    return inAction(db, tr("Reorder fields"), [&]() { return CustomFieldRepository(db).reorder(record, orderedIds); });
}

Result<qint64> CustomFieldActions::valuesLostByTypeChange(const QSqlDatabase& db, qint64 fieldId, FieldType type)
{
    auto field = CustomFieldRepository(db).field(fieldId);
    if (!field)
        return Result<qint64>::failure(field.error());
    return CustomFieldRepository(db).valuesLostByTypeChange(field.value(), type, databaseLinks(db));
}

Status CustomFieldActions::changeType(const QSqlDatabase& db, qint64 fieldId, FieldType type)
{
    auto field = CustomFieldRepository(db).field(fieldId);
    if (!field)
        return Status::failure(field.error());
    if (field->type == type)
        return {};
    CustomField changed = field.value();
    if (type == FieldType::Money && !Money::isCurrencyCode(changed.currency))
        changed.currency = SettingsRepository(db).defaultCurrency();
    if (type != FieldType::Text && type != FieldType::LongText)
        changed.searchable = false;
    return inAction(db, tr("Make field %1 %2").arg(changed.label, fieldTypeName(type)), [&]() -> Status {
        if (changed.searchable != field->searchable) {
            if (Status saved = CustomFieldRepository(db).update(changed); !saved)
                return saved;
        }
        const auto retype = [&]() { return CustomFieldRepository(db).changeType(changed, type, databaseLinks(db)); };
        // The search entries of a searchable field's holders lose its text, converted or not.
        if (field->searchable && field->record == RecordKind::Contact)
            return SearchIndex::reindexContactsWithField(db, fieldId, retype);
        return retype();
    });
}

QList<CustomField> CustomFieldActions::qualificationFields(const QString& currency)
{
    auto field = [](const char* key, const QString& label, FieldType type, const QStringList& options = {}) {
        CustomField field;
        field.record = RecordKind::Contact;
        field.key = QString::fromLatin1(key);
        field.label = label;
        field.type = type;
        for (const QString& option : options)
            field.options << FieldOption{0, option, false};
        return field;
    };
    CustomField budget = field("budget", tr("Budget"), FieldType::Money);
    budget.currency = currency;
    CustomField need = field("need", tr("Need"), FieldType::LongText);
    need.searchable = true;
    CustomField objections = field("objections", tr("Objections"), FieldType::LongText);
    objections.searchable = true;
    return {budget,
            need,
            field("timeline", tr("Timeline"), FieldType::Date),
            field("decision_maker", tr("Decision maker"), FieldType::ContactLink),
            field("authority", tr("Authority"), FieldType::Choice,
                  {tr("Decides alone"), tr("Decides with others"), tr("Recommends"), tr("No say")}),
            field("competitors", tr("Competitors"), FieldType::Choices,
                  {tr("None known"), tr("Incumbent supplier"), tr("Another offer"), tr("Doing it themselves")}),
            objections,
            field("lead_status", tr("Lead status"), FieldType::Choice,
                  {tr("New"), tr("Attempting contact"), tr("Connected"), tr("Qualified", "lead status"),
                   tr("Not interested"), tr("Bad timing")})};
}

Result<int> CustomFieldActions::addQualificationFields(const QSqlDatabase& db)
{
    int added = 0;
    const Status done = inAction(db, tr("Add qualification fields"), [&]() -> Status {
        CustomFieldRepository repository(db);
        for (const CustomField& field : qualificationFields(SettingsRepository(db).defaultCurrency())) {
            if (repository.byKey(field.record, field.key))
                continue;
            if (auto problem = check(db, field))
                return Status::failure(problem->message);
            auto created = repository.create(field);
            if (!created)
                return Status::failure(created.error());
            ++added;
        }
        return {};
    });
    if (!done)
        return Result<int>::failure(done.error());
    return added;
}

std::optional<InputProblem> CustomFieldActions::checkRequired(const QSqlDatabase& db, RecordKind record,
                                                              qint64 recordId, const CustomValues& values)
{
    CustomFieldRepository repository(db);
    auto fields = repository.fields(record);
    if (!fields)
        return InputProblem{QString(), fields.error()};
    CustomValues merged;
    if (recordId > 0) {
        auto stored = repository.values(record, recordId);
        if (!stored)
            return InputProblem{QString(), stored.error()};
        merged = stored.value();
    }
    merged.insert(values);
    return checkRequired(fields.value(), merged);
}

std::optional<InputProblem> CustomFieldActions::checkRequired(const QList<CustomField>& fields,
                                                              const CustomValues& values)
{
    for (const CustomField& field : fields) {
        if (!field.required || field.isArchived())
            continue;
        if (isEmptyValue(values.value(field.id)))
            return InputProblem{field.key, tr("Fill in %1: it is required.").arg(field.label)};
    }
    return std::nullopt;
}

} // namespace kontor
