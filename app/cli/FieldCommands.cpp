// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldCommands.h"

#include "CliContext.h"

#include "actions/CustomFieldActions.h"
#include "domain/FieldValueText.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/FieldConditions.h"

#include <QLocale>

namespace kontor::cli {

namespace {

/// --record, contact by default.
std::optional<RecordKind> recordOption(Context& context, int* status)
{
    if (!isSet(context, "record"))
        return RecordKind::Contact;
    if (auto record = recordKindFromKey(option(context, "record")))
        return record;
    *status = usage(context, Cli::tr("--record needs contact, company or deal."));
    return std::nullopt;
}

QJsonObject fieldJson(const CustomField& field)
{
    QJsonArray options;
    for (const FieldOption& choice : field.options) {
        if (!choice.archived)
            options.append(choice.label);
    }
    QJsonObject object{{QStringLiteral("id"), field.id},
                       {QStringLiteral("record"), recordKindKey(field.record)},
                       {QStringLiteral("key"), field.key},
                       {QStringLiteral("label"), field.label},
                       {QStringLiteral("type"), fieldTypeKey(field.type)},
                       {QStringLiteral("required"), field.required},
                       {QStringLiteral("searchable"), field.searchable},
                       {QStringLiteral("archived"), field.isArchived()}};
    if (field.hasOptions())
        object.insert(QStringLiteral("options"), options);
    if (field.type == FieldType::Money)
        object.insert(QStringLiteral("currency"), field.currency);
    return object;
}

QList<FieldOption> optionsFrom(const QString& text)
{
    QList<FieldOption> options;
    for (const QString& label : text.split(u';', Qt::SkipEmptyParts)) {
        if (!label.trimmed().isEmpty())
            options << FieldOption{0, label.trimmed(), false};
    }
    return options;
}

int fieldList(Context& context, const QSqlDatabase& db)
{
    int status = 0;
    QList<RecordKind> records{RecordKind::Contact, RecordKind::Company, RecordKind::Deal};
    if (isSet(context, "record")) {
        const auto record = recordOption(context, &status);
        if (!record)
            return status;
        records = {*record};
    }
    QJsonArray array;
    for (RecordKind record : records) {
        auto fields = CustomFieldRepository(db).fields(record, isSet(context, "archived"));
        if (!fields)
            return fail(context, fields.error());
        for (const CustomField& field : fields.value()) {
            if (context.json) {
                array.append(fieldJson(field));
                continue;
            }
            QString line = QStringLiteral("%1\t%2\t%3\t%4")
                               .arg(recordKindKey(record), field.key, fieldTypeKey(field.type), field.label);
            if (field.hasOptions())
                line += u'\t' + fieldJson(field)
                                    .value(QStringLiteral("options"))
                                    .toVariant()
                                    .toStringList()
                                    .join(QStringLiteral("; "));
            if (field.type == FieldType::Money)
                line += u'\t' + field.currency;
            if (field.required)
                line += u'\t' + Cli::tr("required");
            if (field.searchable)
                line += u'\t' + Cli::tr("searchable");
            if (field.isArchived())
                line += u'\t' + Cli::tr("archived");
            context.out << line << Qt::endl;
        }
    }
    if (context.json)
        printJson(context.out, array);
    return 0;
}

int fieldAdd(Context& context, const QSqlDatabase& db)
{
    int status = 0;
    const auto record = recordOption(context, &status);
    if (!record)
        return status;
    if (!isSet(context, "key") || !isSet(context, "label") || !isSet(context, "type"))
        return usage(context, Cli::tr("field add needs --key, --label and --type."));
    const auto type = fieldTypeFromKey(option(context, "type"));
    if (!type) {
        QStringList keys;
        for (FieldType known : allFieldTypes())
            keys << fieldTypeKey(known);
        return usage(context, Cli::tr("--type needs one of: %1.").arg(keys.join(QStringLiteral(", "))));
    }
    CustomField field;
    field.record = *record;
    field.key = option(context, "key");
    field.label = option(context, "label");
    field.type = *type;
    field.required = isSet(context, "required");
    field.searchable = isSet(context, "searchable");
    field.currency = option(context, "currency");
    field.options = optionsFrom(option(context, "options"));
    auto added = CustomFieldActions::add(db, field);
    if (!added)
        return fail(context, added.error());
    auto stored = CustomFieldRepository(db).field(added.value());
    if (context.json && stored)
        printJson(context.out, fieldJson(stored.value()));
    else
        context.out << Cli::tr("Field %1 added: %2").arg(field.key, field.label.simplified()) << Qt::endl;
    return 0;
}

/// The field that the third argument names, of --record's kind.
Result<CustomField> namedField(Context& context, const QSqlDatabase& db, int* status)
{
    const auto record = recordOption(context, status);
    if (!record)
        return Result<CustomField>::failure(QString());
    return CustomFieldRepository(db).byKey(*record, context.args.at(2));
}

int fieldChange(Context& context, const QSqlDatabase& db, const QString& sub)
{
    if (context.args.size() != 3)
        return usage(context, Cli::tr("field %1 needs the field's key.").arg(sub));
    int status = 0;
    auto field = namedField(context, db, &status);
    if (status)
        return status;
    if (!field)
        return fail(context, field.error());
    Status done;
    if (sub == QStringLiteral("remove")) {
        done = CustomFieldActions::archive(db, field->id);
    } else if (sub == QStringLiteral("restore")) {
        done = CustomFieldActions::restore(db, field->id);
    } else {
        CustomField changed = field.value();
        if (isSet(context, "label"))
            changed.label = option(context, "label");
        if (isSet(context, "key"))
            changed.key = option(context, "key");
        if (isSet(context, "options")) {
            // Options named as before keep their id (and their values); new names are added, missing ones archived.
            QList<FieldOption> options;
            for (FieldOption wanted : optionsFrom(option(context, "options"))) {
                if (const FieldOption* existing = field->optionByLabel(wanted.label))
                    wanted.id = existing->id;
                options << wanted;
            }
            changed.options = options;
        }
        if (isSet(context, "required") && isSet(context, "optional"))
            return usage(context, Cli::tr("Give --required or --optional, not both."));
        if (isSet(context, "searchable") && isSet(context, "not-searchable"))
            return usage(context, Cli::tr("Give --searchable or --not-searchable, not both."));
        if (isSet(context, "required") || isSet(context, "optional"))
            changed.required = isSet(context, "required");
        if (isSet(context, "searchable") || isSet(context, "not-searchable"))
            changed.searchable = isSet(context, "searchable");
        if (!isSet(context, "label") && !isSet(context, "key") && !isSet(context, "options") &&
            !isSet(context, "required") && !isSet(context, "optional") && !isSet(context, "searchable") &&
            !isSet(context, "not-searchable"))
            return usage(context, Cli::tr("field rename needs --label, --key, --options, --required, --optional, "
                                          "--searchable or --not-searchable."));
        done = CustomFieldActions::save(db, changed);
    }
    if (!done)
        return fail(context, done.error());
    auto stored = CustomFieldRepository(db).field(field->id);
    if (context.json && stored)
        printJson(context.out, fieldJson(stored.value()));
    else if (sub == QStringLiteral("remove"))
        context.out << Cli::tr("Field %1 archived; “field restore %1” brings it back with its values.").arg(field->key)
                    << Qt::endl;
    else if (stored)
        context.out << Cli::tr("Field %1 saved: %2").arg(stored->key, stored->label) << Qt::endl;
    return 0;
}

} // namespace

QList<QCommandLineOption> fieldOptions()
{
    return {
        {QStringLiteral("record"), Cli::tr("field: contact (default), company or deal."), Cli::tr("record")},
        {QStringLiteral("key"), Cli::tr("field: the key, such as budget (lower case, digits, _)."), Cli::tr("key")},
        {QStringLiteral("label"), Cli::tr("field: the name shown, such as “Budget”."), Cli::tr("text")},
        {QStringLiteral("type"),
         Cli::tr("field add: text, longtext, number, money, date, checkbox, choice, choices, contact or company."),
         Cli::tr("type")},
        {QStringLiteral("options"), Cli::tr("field: the choices, separated by “;”."), Cli::tr("choices")},
        {QStringLiteral("required"), Cli::tr("field: a value must be given.")},
        {QStringLiteral("searchable"), Cli::tr("field: a text field whose values the search finds.")},
        {QStringLiteral("optional"), Cli::tr("field rename: no value needed any more.")},
        {QStringLiteral("not-searchable"), Cli::tr("field rename: the search no longer finds its values.")},
        {QStringLiteral("archived"), Cli::tr("field list: archived fields too.")},
        {QStringLiteral("set"), Cli::tr("contact: KEY=VALUE of a custom field; repeatable."), Cli::tr("key=value")},
        {QStringLiteral("where"),
         Cli::tr("contacts, assign: “KEY OP VALUE”, OP one of = != < <= > >= ~ (contains), or "
                 "“KEY empty” / “KEY notempty”; repeatable, all must hold."),
         Cli::tr("condition")},
    };
}

int fieldCommand(Context& context)
{
    const QString sub = context.args.value(1);
    static const QStringList subs = {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("rename"),
                                     QStringLiteral("remove"), QStringLiteral("restore")};
    if (!subs.contains(sub))
        return usage(context, Cli::tr("field needs list, add, rename, remove or restore."));
    auto opened = openDatabase(context);
    if (!opened)
        return fail(context, opened.error());
    const QSqlDatabase db = opened.value()->connection();
    if (sub == QStringLiteral("list"))
        return fieldList(context, db);
    if (sub == QStringLiteral("add"))
        return context.args.size() == 2 ? fieldAdd(context, db)
                                        : usage(context, Cli::tr("field add takes its values as options."));
    return fieldChange(context, db, sub);
}

bool applyCustomValues(Context& context, const QSqlDatabase& db, Contact& contact, int* status)
{
    if (!isSet(context, "set"))
        return true;
    auto fields = CustomFieldRepository(db).fields(RecordKind::Contact);
    if (!fields) {
        *status = fail(context, fields.error());
        return false;
    }
    const LinkText links = databaseLinks(db);
    for (const QString& assignment : context.parser.values(QStringLiteral("set"))) {
        const qsizetype equals = assignment.indexOf(u'=');
        const QString key = assignment.left(equals).trimmed();
        const auto field = std::find_if(fields->cbegin(), fields->cend(),
                                        [&key](const CustomField& candidate) { return candidate.key == key; });
        if (equals <= 0 || field == fields->cend()) {
            *status = usage(context, Cli::tr("--set needs KEY=VALUE with the key of a contact field: “%1” is not. "
                                             "See kontor-cli field list.")
                                         .arg(assignment));
            return false;
        }
        auto value = FieldValueText::parse(*field, assignment.mid(equals + 1), links, QLocale::c());
        if (!value) {
            *status = fail(context, value.error());
            return false;
        }
        contact.custom.insert(field->id, value.value());
    }
    return true;
}

QJsonObject contactRecordJson(const QSqlDatabase& db, const Contact& contact, const QList<CustomField>& fields)
{
    QJsonArray emails;
    for (const LabeledValue& email : contact.emails)
        emails.append(email.value);
    QJsonArray phones;
    for (const LabeledValue& phone : contact.phones)
        phones.append(phone.value);
    QJsonObject object{{QStringLiteral("id"), contact.id},
                       {QStringLiteral("first_name"), contact.firstName},
                       {QStringLiteral("last_name"), contact.lastName},
                       {QStringLiteral("company_id"), contact.companyId},
                       {QStringLiteral("title"), contact.title},
                       {QStringLiteral("emails"), emails},
                       {QStringLiteral("phones"), phones},
                       {QStringLiteral("birthday"), contact.birthday.toString(Qt::ISODate)},
                       {QStringLiteral("street"), contact.address.street},
                       {QStringLiteral("city"), contact.address.city},
                       {QStringLiteral("region"), contact.address.region},
                       {QStringLiteral("postal_code"), contact.address.postalCode},
                       {QStringLiteral("country"), contact.address.country},
                       {QStringLiteral("status"), contactStatusKey(contact.status)},
                       {QStringLiteral("owner_id"), contact.ownerId},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(contact.tags)},
                       {QStringLiteral("notes"), contact.notes},
                       {QStringLiteral("created_at"), contact.createdAt.toUTC().toString(Qt::ISODateWithMs)}};
    const LinkText links = databaseLinks(db);
    for (const CustomField& field : fields)
        object.insert(field.key, FieldValueText::json(field, contact.custom.value(field.id), links));
    return object;
}

bool whereConditions(Context& context, const QSqlDatabase& db, QList<SqlCondition>* conditions, int* status)
{
    for (const QString& text : context.parser.values(QStringLiteral("where"))) {
        auto condition = FieldConditions::parse(text);
        if (!condition) {
            *status = usage(context, condition.error());
            return false;
        }
        auto compiled = FieldConditions::forContacts(db, condition.value());
        if (!compiled) {
            *status = fail(context, compiled.error());
            return false;
        }
        *conditions << compiled.value();
    }
    return true;
}

int contactsCommand(Context& context)
{
    if (context.args.size() != 1)
        return usage(context, Cli::tr("contacts takes its conditions as --where options."));
    auto opened = openDatabase(context);
    if (!opened)
        return fail(context, opened.error());
    const QSqlDatabase db = opened.value()->connection();
    ContactFilter filter;
    if (int status = 0; !whereConditions(context, db, &filter.conditions, &status))
        return status;
    auto fields = CustomFieldRepository(db).fields(RecordKind::Contact);
    if (!fields)
        return fail(context, fields.error());
    ContactRepository contacts(db);
    QJsonArray array;
    constexpr int pageSize = 500;
    auto page = contacts.page(filter, ContactSort::Name, Qt::AscendingOrder, 0, pageSize);
    while (page && !page->isEmpty()) {
        for (const ContactRow& row : page.value()) {
            if (!context.json) {
                context.out << row.id << u'\t' << row.name << u'\t' << row.company << u'\t' << row.email << Qt::endl;
                continue;
            }
            auto contact = contacts.get(row.id);
            if (!contact)
                return fail(context, contact.error());
            QJsonObject object = contactRecordJson(db, contact.value(), fields.value());
            object.insert(QStringLiteral("company"), row.company);
            object.insert(QStringLiteral("owner"), row.owner);
            object.insert(QStringLiteral("lead_source"), row.leadSource);
            array.append(object);
        }
        if (page->size() < pageSize)
            break;
        page = contacts.pageAfter(filter, ContactSort::Name, Qt::AscendingOrder, page->last(), pageSize);
    }
    if (!page)
        return fail(context, page.error());
    if (context.json)
        printJson(context.out, array);
    return 0;
}

} // namespace kontor::cli
