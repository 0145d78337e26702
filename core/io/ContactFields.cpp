// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactFields.h"

#include "repositories/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kontor {

namespace {

const QString presetsKey = QStringLiteral("import_presets");

QHash<QString, QString> columns(std::initializer_list<std::pair<const char*, const char*>> pairs)
{
    QHash<QString, QString> map;
    for (const auto& [header, key] : pairs)
        map.insert(QString::fromUtf8(header).toCaseFolded(), QString::fromUtf8(key));
    return map;
}

// The names people give the fields' columns in the languages Kontor ships, beyond the field keys and the names the
// wizard shows: a header that is one of them maps itself, whichever preset applies. Compared as header keys
// (ContactFields::headerKey: "E-Mail" is "e-mail" is "email").
const QHash<QString, QString>& commonNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> byKey;
        const QHash<QString, QString> written = columns({
            // English
            {"Name", "full_name"},
            {"Contact", "full_name"},
            {"Contact Name", "full_name"},
            {"Display Name", "full_name"},
            {"Given Name", "first_name"},
            {"Forename", "first_name"},
            {"First", "first_name"},
            {"Family Name", "last_name"},
            {"Surname", "last_name"},
            {"Last", "last_name"},
            {"Company", "company"},
            {"Company Name", "company"},
            {"Organisation", "company"},
            {"Organization", "company"},
            {"Organisation Name", "company"},
            {"Organization Name", "company"},
            {"Account Name", "company"},
            {"Employer", "company"},
            {"Job Title", "title"},
            {"Position", "title"},
            {"Role", "title"},
            {"Email Address", "email"},
            {"Mail", "email"},
            {"Email 1", "email"},
            {"Secondary Email", "email2"},
            {"Other Email", "email2"},
            {"Phone Number", "phone"},
            {"Telephone", "phone"},
            {"Telephone Number", "phone"},
            {"Tel", "phone"},
            {"Work Phone", "phone"},
            {"Business Phone", "phone"},
            {"Office Phone", "phone"},
            {"Mobile Phone", "mobile"},
            {"Mobile Number", "mobile"},
            {"Cell", "mobile"},
            {"Cell Phone", "mobile"},
            {"Date of Birth", "birthday"},
            {"Birth Date", "birthday"},
            {"DOB", "birthday"},
            {"Address", "street"},
            {"Street Address", "street"},
            {"Address Line 1", "street"},
            {"Town", "city"},
            {"State", "region"},
            {"Province", "region"},
            {"County", "region"},
            {"State/Province", "region"},
            {"Zip", "postal_code"},
            {"Zip Code", "postal_code"},
            {"Postcode", "postal_code"},
            {"Post Code", "postal_code"},
            {"Source", "lead_source"},
            {"Contact Owner", "owner"},
            {"Labels", "tags"},
            {"Categories", "tags"},
            {"Note", "notes"},
            {"Comments", "notes"},
            {"Description", "notes"},
            {"Created", "created_at"},
            {"Date Created", "created_at"},
            {"Created Date", "created_at"},
            // German
            {"Vorname", "first_name"},
            {"Nachname", "last_name"},
            {"Familienname", "last_name"},
            {"Name", "full_name"},
            {"Firma", "company"},
            {"Unternehmen", "company"},
            {"Position", "title"},
            {"Funktion", "title"},
            {"Titel", "title"},
            {"E-Mail", "email"},
            {"E-Mail-Adresse", "email"},
            {"E-Mail 2", "email2"},
            {"Telefon", "phone"},
            {"Telefonnummer", "phone"},
            {"Tel.", "phone"},
            {"Mobil", "mobile"},
            {"Mobiltelefon", "mobile"},
            {"Handy", "mobile"},
            {"Geburtstag", "birthday"},
            {"Geburtsdatum", "birthday"},
            {"Straße", "street"},
            {"Strasse", "street"},
            {"Adresse", "street"},
            {"PLZ", "postal_code"},
            {"Postleitzahl", "postal_code"},
            {"Ort", "city"},
            {"Stadt", "city"},
            {"Bundesland", "region"},
            {"Land", "country"},
            {"Quelle", "lead_source"},
            {"Kampagne", "campaign"},
            {"Status", "status"},
            {"Betreuer", "owner"},
            {"Verantwortlich", "owner"},
            {"Schlagwörter", "tags"},
            {"Notiz", "notes"},
            {"Notizen", "notes"},
            {"Bemerkung", "notes"},
            {"Angelegt am", "created_at"},
        });
        for (auto it = written.begin(); it != written.end(); ++it)
            byKey.insert(ContactFields::headerKey(it.key()), it.value());
        return byKey;
    }();
    return names;
}

} // namespace

QList<ContactField> ContactFields::all()
{
    return {
        {QStringLiteral("first_name"), tr("First name")},
        {QStringLiteral("last_name"), tr("Last name")},
        {QStringLiteral("full_name"), tr("Full name (split in first and last)")},
        {QStringLiteral("company"), tr("Company")},
        {QStringLiteral("title"), tr("Title", "job title")},
        {QStringLiteral("email"), tr("Email")},
        {QStringLiteral("email2"), tr("Second email")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("mobile"), tr("Mobile")},
        {QStringLiteral("birthday"), tr("Birthday")},
        {QStringLiteral("street"), tr("Street")},
        {QStringLiteral("city"), tr("City")},
        {QStringLiteral("region"), tr("Region")},
        {QStringLiteral("postal_code"), tr("Postal code")},
        {QStringLiteral("country"), tr("Country")},
        {QStringLiteral("lead_source"), tr("Lead source")},
        {QStringLiteral("campaign"), tr("Campaign")},
        {QStringLiteral("status"), tr("Lifecycle stage")},
        {QStringLiteral("owner"), tr("Owner")},
        {QStringLiteral("tags"), tr("Tags")},
        {QStringLiteral("notes"), tr("Notes")},
        {QStringLiteral("created_at"), tr("Date added")},
    };
}

bool ContactFields::isKey(const QString& key)
{
    for (const ContactField& field : all())
        if (field.key == key)
            return true;
    return false;
}

QList<ImportPreset> ContactFields::builtInPresets()
{
    // The headers these programs write today and in their older exports.
    ImportPreset google{tr("Google Contacts"),
                        columns({{"First Name", "first_name"},
                                 {"Given Name", "first_name"},
                                 {"Last Name", "last_name"},
                                 {"Family Name", "last_name"},
                                 {"Name", "full_name"},
                                 {"Organization Name", "company"},
                                 {"Organization 1 - Name", "company"},
                                 {"Organization Title", "title"},
                                 {"Organization 1 - Title", "title"},
                                 {"E-mail 1 - Value", "email"},
                                 {"E-mail 2 - Value", "email2"},
                                 {"Phone 1 - Value", "phone"},
                                 {"Phone 2 - Value", "mobile"},
                                 {"Birthday", "birthday"},
                                 {"Address 1 - Street", "street"},
                                 {"Address 1 - City", "city"},
                                 {"Address 1 - Region", "region"},
                                 {"Address 1 - Postal Code", "postal_code"},
                                 {"Address 1 - Country", "country"},
                                 {"Labels", "tags"},
                                 {"Group Membership", "tags"},
                                 {"Notes", "notes"}}),
                        true};
    ImportPreset outlook{tr("Outlook"),
                         columns({{"First Name", "first_name"},
                                  {"Last Name", "last_name"},
                                  {"Company", "company"},
                                  {"Job Title", "title"},
                                  {"E-mail Address", "email"},
                                  {"E-mail 2 Address", "email2"},
                                  {"Business Phone", "phone"},
                                  {"Primary Phone", "phone"},
                                  {"Home Phone", "phone"},
                                  {"Mobile Phone", "mobile"},
                                  {"Birthday", "birthday"},
                                  {"Business Street", "street"},
                                  {"Business City", "city"},
                                  {"Business State", "region"},
                                  {"Business Postal Code", "postal_code"},
                                  {"Business Country/Region", "country"},
                                  {"Categories", "tags"},
                                  {"Notes", "notes"}}),
                         true};
    ImportPreset crm{tr("Generic CRM export"),
                     columns({{"First Name", "first_name"},
                              {"Last Name", "last_name"},
                              {"Name", "full_name"},
                              {"Full Name", "full_name"},
                              {"Contact Name", "full_name"},
                              {"Company", "company"},
                              {"Company Name", "company"},
                              {"Account Name", "company"},
                              {"Title", "title"},
                              {"Job Title", "title"},
                              {"Email", "email"},
                              {"Email Address", "email"},
                              {"Secondary Email", "email2"},
                              {"Phone", "phone"},
                              {"Phone Number", "phone"},
                              {"Work Phone", "phone"},
                              {"Mobile", "mobile"},
                              {"Mobile Phone", "mobile"},
                              {"Birthday", "birthday"},
                              {"Date of Birth", "birthday"},
                              {"Street", "street"},
                              {"Street Address", "street"},
                              {"Address", "street"},
                              {"City", "city"},
                              {"State", "region"},
                              {"State/Province", "region"},
                              {"Region", "region"},
                              {"Zip", "postal_code"},
                              {"Zip Code", "postal_code"},
                              {"Postal Code", "postal_code"},
                              {"Country", "country"},
                              {"Lead Source", "lead_source"},
                              {"Source", "lead_source"},
                              {"Original Source", "lead_source"},
                              {"Campaign", "campaign"},
                              {"Status", "status"},
                              {"Lead Status", "status"},
                              {"Lifecycle Stage", "status"},
                              {"Owner", "owner"},
                              {"Contact Owner", "owner"},
                              {"Lead Owner", "owner"},
                              {"Tags", "tags"},
                              {"Notes", "notes"},
                              {"Description", "notes"},
                              {"Created", "created_at"},
                              {"Create Date", "created_at"},
                              {"Created Date", "created_at"}}),
                     true};
    return {google, outlook, crm};
}

QList<ImportPreset> ContactFields::presets(const QSqlDatabase& db)
{
    QList<ImportPreset> list = builtInPresets();
    const Result<QString> stored = SettingsRepository(db).value(presetsKey);
    const QString saved = stored ? stored.value() : QString();
    for (const QJsonValue& value : QJsonDocument::fromJson(saved.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        ImportPreset preset{object.value(QStringLiteral("name")).toString(), {}, false};
        const QJsonObject map = object.value(QStringLiteral("columns")).toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            if (isKey(it.value().toString()))
                preset.columns.insert(it.key().toCaseFolded(), it.value().toString());
        if (!preset.name.isEmpty())
            list << preset;
    }
    return list;
}

Status ContactFields::savePreset(const QSqlDatabase& db, const ImportPreset& preset)
{
    if (preset.name.trimmed().isEmpty())
        return Status::failure(tr("A preset needs a name."));
    QJsonArray saved;
    for (const ImportPreset& existing : presets(db)) {
        if (existing.builtIn || existing.name == preset.name.trimmed())
            continue;
        QJsonObject map;
        for (auto it = existing.columns.begin(); it != existing.columns.end(); ++it)
            map.insert(it.key(), it.value());
        saved.append(QJsonObject{{QStringLiteral("name"), existing.name}, {QStringLiteral("columns"), map}});
    }
    QJsonObject map;
    for (auto it = preset.columns.begin(); it != preset.columns.end(); ++it)
        map.insert(it.key().toCaseFolded(), it.value());
    saved.append(QJsonObject{{QStringLiteral("name"), preset.name.trimmed()}, {QStringLiteral("columns"), map}});
    return SettingsRepository(db).setValue(presetsKey,
                                           QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
}

QString ContactFields::headerKey(const QString& header)
{
    QString key;
    for (const QChar c : header.toCaseFolded())
        if (c.isLetterOrNumber())
            key.append(c);
    return key;
}

void ContactFields::mapCustomFields(const QList<CustomField>& fields, const QStringList& headers,
                                    ColumnMapping& mapping)
{
    const QList<QString> taken = mapping.values();
    for (const CustomField& field : fields) {
        if (taken.contains(field.key))
            continue;
        for (int column = 0; column < headers.size(); ++column) {
            const QString header = headerKey(headers.at(column));
            if (mapping.contains(column) || header.isEmpty())
                continue;
            if (header == headerKey(field.key) || header == headerKey(field.label)) {
                mapping.insert(column, field.key);
                break;
            }
        }
    }
}

ColumnMapping ContactFields::map(const QStringList& headers, const ImportPreset& preset)
{
    QHash<QString, QString> presetColumns;
    for (auto it = preset.columns.begin(); it != preset.columns.end(); ++it)
        presetColumns.insert(headerKey(it.key()), it.value());
    ColumnMapping mapping;
    QStringList taken;
    for (int column = 0; column < headers.size(); ++column) {
        QString key = presetColumns.value(headerKey(headers.at(column)));
        if (key.isEmpty())
            key = keyNamedBy(headers.at(column));
        if (key.isEmpty() || taken.contains(key))
            continue;
        taken << key;
        mapping.insert(column, key);
    }
    // "Vorname;Name" (and "First name;Name"): beside a first name, "Name" is the surname, not the whole name.
    const QString fullName = QStringLiteral("full_name");
    const QString lastName = QStringLiteral("last_name");
    if (taken.contains(QStringLiteral("first_name")) && !taken.contains(lastName) && taken.contains(fullName))
        mapping.insert(mapping.key(fullName), lastName);
    return mapping;
}

QString ContactFields::keyNamedBy(const QString& header)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return {};
    // A field key ("first_name", as Kontor's export writes them) or the field's name in the wizard ("First name",
    // "Second email", in the language shown), then the names other programs and people use.
    for (const ContactField& field : all())
        if (headerKey(field.key) == key || headerKey(field.name) == key)
            return field.key;
    return commonNames().value(key);
}

ImportPreset ContactFields::bestPreset(const QStringList& headers, const QList<ImportPreset>& presets)
{
    // Only a preset's own columns count: headers that name their field map the same under every preset. A header
    // counts for a preset that has it as written (a user's "Mail"), or written otherwise ("E-MAIL 1 VALUE" for
    // Google's "E-mail 1 - Value") when it does not name a field by itself ("E-Mail" is not the generic "Email").
    ImportPreset best;
    qsizetype bestCount = 0;
    for (const ImportPreset& preset : presets) {
        QSet<QString> presetKeys;
        for (auto it = preset.columns.begin(); it != preset.columns.end(); ++it)
            presetKeys.insert(headerKey(it.key()));
        qsizetype count = 0;
        for (const QString& header : headers) {
            const bool asWritten = preset.columns.contains(header.trimmed().toCaseFolded());
            count += asWritten || (presetKeys.contains(headerKey(header)) && keyNamedBy(header).isEmpty()) ? 1 : 0;
        }
        if (count > bestCount) {
            best = preset;
            bestCount = count;
        }
    }
    return best;
}

} // namespace kontor
