// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactFields.h"

#include "repositories/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// The names people give the fields' columns in the languages Kontor ships, beyond the English of the presets:
// a header that is one of them maps itself, whichever preset applies. Compared case-folded.
const QHash<QString, QString>& commonNames()
{
    static const QHash<QString, QString> names = columns({
        // English
        {"First Name", "first_name"},
        {"Last Name", "last_name"},
        {"Full Name", "full_name"},
        {"Company", "company"},
        {"Email", "email"},
        {"E-mail", "email"},
        {"Phone", "phone"},
        {"Mobile", "mobile"},
        {"Street", "street"},
        {"City", "city"},
        {"Postal Code", "postal_code"},
        {"Zip", "postal_code"},
        {"Country", "country"},
        {"Notes", "notes"},
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
        {QStringLiteral("status"), tr("Status")},
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

ColumnMapping ContactFields::map(const QStringList& headers, const ImportPreset& preset)
{
    ColumnMapping mapping;
    QStringList taken;
    for (int column = 0; column < headers.size(); ++column) {
        const QString header = headers.at(column).trimmed();
        QString key = preset.columns.value(header.toCaseFolded());
        if (key.isEmpty())
            key = keyNamedBy(header);
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
    const QString trimmed = header.trimmed();
    if (isKey(trimmed.toLower()))
        return trimmed.toLower();
    return commonNames().value(trimmed.toCaseFolded());
}

ImportPreset ContactFields::bestPreset(const QStringList& headers, const QList<ImportPreset>& presets)
{
    // Only a preset's own columns count: headers that name their field map the same under every preset.
    ImportPreset best;
    qsizetype bestCount = 0;
    for (const ImportPreset& preset : presets) {
        qsizetype count = 0;
        for (const QString& header : headers)
            count += preset.columns.contains(header.trimmed().toCaseFolded()) ? 1 : 0;
        if (count > bestCount) {
            best = preset;
            bestCount = count;
        }
    }
    return best;
}

} // namespace kontor
