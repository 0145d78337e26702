// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactImport.h"

#include "Clock.h"
#include "domain/ContactText.h"
#include "domain/PhoneNumbers.h"
#include "io/ImportRun.h"
#include "io/VCard.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/UserRepository.h"
#include "search/Search.h"
#include "search/TextFolding.h"
#include "storage/BulkLoad.h"
#include "storage/BulkStatement.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

namespace kontor {

namespace {

QJsonArray labeledToJson(const QList<LabeledValue>& values)
{
    QJsonArray array;
    for (const LabeledValue& value : values)
        array.append(QJsonObject{{QStringLiteral("value"), value.value}, {QStringLiteral("label"), value.label}});
    return array;
}

QList<LabeledValue> labeledFromJson(const QJsonArray& array)
{
    QList<LabeledValue> values;
    for (const QJsonValue& item : array)
        values.append({item[QStringLiteral("value")].toString(), item[QStringLiteral("label")].toString()});
    return values;
}

// What an update or merge changed, to be put back by an undo: every field the import could touch.
QString contactToJson(const Contact& contact)
{
    const QJsonObject object{
        {QStringLiteral("first_name"), contact.firstName},
        {QStringLiteral("last_name"), contact.lastName},
        {QStringLiteral("company_id"), contact.companyId},
        {QStringLiteral("title"), contact.title},
        {QStringLiteral("birthday"), contact.birthday.toString(Qt::ISODate)},
        {QStringLiteral("street"), contact.address.street},
        {QStringLiteral("city"), contact.address.city},
        {QStringLiteral("region"), contact.address.region},
        {QStringLiteral("postal_code"), contact.address.postalCode},
        {QStringLiteral("country"), contact.address.country},
        {QStringLiteral("emails"), labeledToJson(contact.emails)},
        {QStringLiteral("phones"), labeledToJson(contact.phones)},
        {QStringLiteral("lead_source_id"), contact.leadSourceId},
        {QStringLiteral("campaign_id"), contact.campaignId},
        {QStringLiteral("status"), contactStatusKey(contact.status)},
        {QStringLiteral("owner_id"), contact.ownerId},
        {QStringLiteral("tags"), QJsonArray::fromStringList(contact.tags)},
        {QStringLiteral("notes"), contact.notes},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void contactFromJson(const QString& json, Contact& contact)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    contact.firstName = object[QStringLiteral("first_name")].toString();
    contact.lastName = object[QStringLiteral("last_name")].toString();
    contact.companyId = object[QStringLiteral("company_id")].toInteger();
    contact.title = object[QStringLiteral("title")].toString();
    contact.birthday = QDate::fromString(object[QStringLiteral("birthday")].toString(), Qt::ISODate);
    contact.address = {object[QStringLiteral("street")].toString(), object[QStringLiteral("city")].toString(),
                       object[QStringLiteral("region")].toString(), object[QStringLiteral("postal_code")].toString(),
                       object[QStringLiteral("country")].toString()};
    contact.emails = labeledFromJson(object[QStringLiteral("emails")].toArray());
    contact.phones = labeledFromJson(object[QStringLiteral("phones")].toArray());
    contact.leadSourceId = object[QStringLiteral("lead_source_id")].toInteger();
    contact.campaignId = object[QStringLiteral("campaign_id")].toInteger();
    contact.status = contactStatusFromKey(object[QStringLiteral("status")].toString());
    contact.ownerId = object[QStringLiteral("owner_id")].toInteger();
    contact.tags.clear();
    for (const QJsonValue& tag : object[QStringLiteral("tags")].toArray())
        contact.tags << tag.toString();
    contact.notes = object[QStringLiteral("notes")].toString();
}

QDate readDate(const QString& text)
{
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"),
                                  QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy/MM/dd")}) {
        if (const QDate date = QDate::fromString(text, format); date.isValid())
            return date;
    }
    // Day and month in the order of the user's own dates (3/4/1990 is April in Britain, March in America).
    const QLocale locale = QLocale::system();
    if (const QDate date = locale.toDate(text, QLocale::ShortFormat); date.isValid()) {
        // Two-digit years come back in the 1900s; a birthday never lies in the future.
        return date.year() > QDate::currentDate().year() ? date.addYears(-100) : date;
    }
    const bool dayFirst =
        locale.dateFormat(QLocale::ShortFormat).indexOf(u'd') < locale.dateFormat(QLocale::ShortFormat).indexOf(u'M');
    return QDate::fromString(text, dayFirst ? QStringLiteral("d/M/yyyy") : QStringLiteral("M/d/yyyy"));
}

bool sameValue(const QList<LabeledValue>& list, const QString& value, const std::function<QString(const QString&)>& key)
{
    for (const LabeledValue& existing : list)
        if (key(existing.value) == key(value))
            return true;
    return false;
}

// A row read into a contact, with the names of what it refers to.
struct ParsedRow
{
    Contact contact;
    QString company;
    QString leadSource;
    QString campaign;
    QStringList warnings;
    // The fields the row gave a value (for updates, which change only those).
    QStringList given;
    // Each phone's match key (E.164 when it parses) and whether it is valid, worked out once.
    QStringList phoneKeys;
    QList<bool> phoneValid;
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(ContactImport)

public:
    Importer(QSqlDatabase db, const ImportOptions& options)
        : m_db(std::move(db)), m_options(options), m_contacts(m_db), m_inserter(m_db),
          m_region(SettingsRepository(m_db).phoneRegion()),
          m_byEmail(m_db, QStringLiteral("SELECT c.id, c.first_name || ' ' || c.last_name "
                                         "FROM contact_emails e JOIN contacts c ON c.id = e.contact_id "
                                         "WHERE e.normalized = ? AND c.archived_at IS NULL "
                                         "ORDER BY c.id LIMIT 1")),
          m_byPhone(m_db, QStringLiteral("SELECT c.id, c.first_name || ' ' || c.last_name "
                                         "FROM contact_phones p JOIN contacts c ON c.id = p.contact_id "
                                         "WHERE p.normalized = ? AND c.archived_at IS NULL "
                                         "ORDER BY c.id LIMIT 1")),
          m_byName(m_db, QStringLiteral("SELECT id, first_name || ' ' || last_name FROM contacts "
                                        "WHERE sort_name = ? AND archived_at IS NULL ORDER BY id LIMIT 1"))
    {
        if (auto users = UserRepository(m_db).list())
            for (const User& user : users.value())
                m_users.insert(user.name.simplified().toCaseFolded(), user.id);
        for (ContactStatus status : allContactStatuses()) {
            m_statuses.insert(contactStatusKey(status).toCaseFolded(), status);
            m_statuses.insert(contactStatusName(status).toCaseFolded(), status);
        }
    }

    ParsedRow parse(const QStringList& fields) const;
    ParsedRow fromCard(const VCard& card) const;
    void checkPhones(ParsedRow& row) const;
    Status apply(ParsedRow& row, ImportRowOutcome& outcome);
    Status record(const QString& entity, qint64 id, const QString& action, const QString& before = {});
    ImportRun* run = nullptr;

private:
    Result<qint64> companyId(const QString& name);
    Result<qint64> leadSourceId(const QString& name);
    Result<qint64> campaignId(const QString& name, qint64 sourceId);
    Result<qint64> existingContact(const ParsedRow& row, QString* reason);
    Result<qint64> create(ParsedRow& row);

    QSqlDatabase m_db;
    const ImportOptions& m_options;
    ContactRepository m_contacts;
    ContactInserter m_inserter;
    QString m_region;
    BulkStatement m_byEmail;
    BulkStatement m_byPhone;
    BulkStatement m_byName;
    QHash<QString, qint64> m_users;
    QHash<QString, ContactStatus> m_statuses;
    // By sort_name (CompanyRepository::findByName's key), the oldest of the same name winning, as there.
    QHash<QString, qint64> m_companies;
    bool m_companiesRead = false;
    QSqlQuery m_newCompany;
    QHash<QString, qint64> m_sources;
    QHash<QString, qint64> m_campaigns;
};

ParsedRow Importer::parse(const QStringList& fields) const
{
    ParsedRow row;
    Contact& contact = row.contact;
    QString fullName;
    QStringList keptInNotes;
    const auto keep = [&](const QString& what, const QString& text) {
        keptInNotes << what + QStringLiteral(": ") + text;
    };
    // Emails and phones in the order of their fields (email before email2, phone before mobile), whatever the
    // order of the columns.
    LabeledValue emails[2];
    LabeledValue phones[2];
    QList<int> columns = m_options.mapping.keys();
    std::sort(columns.begin(), columns.end());
    for (const int column : columns) {
        const QString value = cleanImportedCell(fields.value(column));
        if (value.isEmpty())
            continue;
        const QString& key = m_options.mapping.value(column);
        row.given << key;
        if (key == QStringLiteral("first_name")) {
            contact.firstName = ContactText::casedName(value);
        } else if (key == QStringLiteral("last_name")) {
            contact.lastName = ContactText::casedName(value);
        } else if (key == QStringLiteral("full_name")) {
            fullName = value;
        } else if (key == QStringLiteral("company")) {
            row.company = value.simplified();
        } else if (key == QStringLiteral("title")) {
            contact.title = value;
        } else if (key == QStringLiteral("email") || key == QStringLiteral("email2")) {
            if (!ContactText::isPlausibleEmail(value))
                row.warnings << tr("“%1” does not look like an email address (kept).").arg(value);
            emails[key == QStringLiteral("email") ? 0 : 1] = {value, QString()};
        } else if (key == QStringLiteral("phone") || key == QStringLiteral("mobile")) {
            if (key == QStringLiteral("mobile"))
                phones[1] = {value, QStringLiteral("mobile")};
            else
                phones[0] = {value, QString()};
        } else if (key == QStringLiteral("birthday")) {
            contact.birthday = readDate(value);
            if (!contact.birthday.isValid()) {
                row.warnings << tr("The birthday “%1” is not a date Kontor reads (kept in the notes).").arg(value);
                keep(tr("Birthday"), value);
            }
        } else if (key == QStringLiteral("street")) {
            contact.address.street = value;
        } else if (key == QStringLiteral("city")) {
            contact.address.city = value;
        } else if (key == QStringLiteral("region")) {
            contact.address.region = value;
        } else if (key == QStringLiteral("postal_code")) {
            contact.address.postalCode = value;
        } else if (key == QStringLiteral("country")) {
            contact.address.country = value;
        } else if (key == QStringLiteral("lead_source")) {
            row.leadSource = value.simplified();
        } else if (key == QStringLiteral("campaign")) {
            row.campaign = value.simplified();
        } else if (key == QStringLiteral("status")) {
            if (const auto status = m_statuses.constFind(value.toCaseFolded()); status != m_statuses.cend()) {
                contact.status = *status;
            } else {
                row.warnings << tr("The status “%1” is not one of Kontor's (kept in the notes).").arg(value);
                keep(tr("Status"), value);
            }
        } else if (key == QStringLiteral("owner")) {
            if (const auto user = m_users.constFind(value.simplified().toCaseFolded()); user != m_users.cend()) {
                contact.ownerId = *user;
            } else {
                row.warnings << tr("No user is called “%1” (kept in the notes).").arg(value);
                keep(tr("Owner"), value);
            }
        } else if (key == QStringLiteral("tags")) {
            // Google separates its labels by " ::: " and marks its own groups ("* myContacts") with a star.
            static const QRegularExpression separators(QStringLiteral("[;,]|:::"));
            for (const QString& part : value.split(separators, Qt::SkipEmptyParts)) {
                const QString tag = part.trimmed();
                if (!tag.isEmpty() && !tag.startsWith(QStringLiteral("* ")) &&
                    !contact.tags.contains(tag, Qt::CaseInsensitive))
                    contact.tags << tag;
            }
        } else if (key == QStringLiteral("notes")) {
            contact.notes = value;
        } else if (key == QStringLiteral("created_at")) {
            QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!at.isValid())
                at = QDateTime(readDate(value), QTime(0, 0));
            if (at.isValid())
                contact.createdAt = at.toUTC();
            else
                row.warnings << tr("The date added “%1” is not a date Kontor reads (left out).").arg(value);
        }
    }
    for (const LabeledValue& email : emails)
        if (!email.value.isEmpty())
            contact.emails.append(email);
    for (const LabeledValue& phone : phones)
        if (!phone.value.isEmpty())
            contact.phones.append(phone);
    checkPhones(row);
    if (contact.firstName.isEmpty() && contact.lastName.isEmpty() && !fullName.isEmpty()) {
        const ContactText::SplitName split = ContactText::splitFullName(fullName);
        contact.firstName = ContactText::casedName(split.first);
        contact.lastName = ContactText::casedName(split.last);
        row.given << QStringLiteral("first_name") << QStringLiteral("last_name");
    }
    if (!keptInNotes.isEmpty()) {
        contact.notes += (contact.notes.isEmpty() ? QString() : QStringLiteral("\n")) + keptInNotes.join(u'\n');
        row.given << QStringLiteral("notes");
    }
    return row;
}

ParsedRow Importer::fromCard(const VCard& card) const
{
    ParsedRow row;
    row.contact = card.contact;
    Contact& contact = row.contact;
    contact.firstName = ContactText::casedName(contact.firstName);
    contact.lastName = ContactText::casedName(contact.lastName);
    row.company = card.company.simplified();
    for (const LabeledValue& email : contact.emails)
        if (!ContactText::isPlausibleEmail(email.value))
            row.warnings << tr("“%1” does not look like an email address (kept).").arg(email.value);
    checkPhones(row);
    const std::pair<const char*, bool> given[] = {{"first_name", !contact.firstName.isEmpty()},
                                                  {"last_name", !contact.lastName.isEmpty()},
                                                  {"company", !row.company.isEmpty()},
                                                  {"title", !contact.title.isEmpty()},
                                                  {"birthday", contact.birthday.isValid()},
                                                  {"street", !contact.address.street.isEmpty()},
                                                  {"city", !contact.address.city.isEmpty()},
                                                  {"region", !contact.address.region.isEmpty()},
                                                  {"postal_code", !contact.address.postalCode.isEmpty()},
                                                  {"country", !contact.address.country.isEmpty()},
                                                  {"notes", !contact.notes.isEmpty()}};
    for (const auto& [key, present] : given)
        if (present)
            row.given << QString::fromLatin1(key);
    return row;
}

void Importer::checkPhones(ParsedRow& row) const
{
    for (const LabeledValue& phone : row.contact.phones) {
        const ParsedPhone parsed = PhoneNumbers::parse(phone.value, m_region);
        if (!parsed.valid)
            row.warnings << tr("“%1” does not look like a valid phone number (kept).").arg(phone.value);
        row.phoneKeys << PhoneNumbers::matchKey(phone.value, parsed);
        row.phoneValid << parsed.valid;
    }
}

Result<qint64> Importer::companyId(const QString& name)
{
    // Every company's name is read once, and new ones written by one prepared statement: a file of a million
    // contacts names a hundred thousand companies.
    if (!m_companiesRead) {
        QSqlQuery all(m_db);
        all.setForwardOnly(true);
        if (!all.exec(QStringLiteral("SELECT sort_name, id FROM companies WHERE archived_at IS NULL ORDER BY id DESC")))
            return Result<qint64>::failure(sql::errorText(all));
        while (all.next())
            m_companies.insert(all.value(0).toString(), all.value(1).toLongLong());
        m_companiesRead = true;
    }
    const QString key = sortKey(name.trimmed());
    if (const auto known = m_companies.constFind(key); known != m_companies.cend())
        return *known;
    if (!m_newCompany.isValid())
        m_newCompany = sql::prepare(m_db, QStringLiteral("INSERT INTO companies (name, sort_name, created_at, "
                                                         "updated_at) VALUES (?, ?, ?, ?)"));
    const qint64 now = Clock::nowMs();
    for (const QVariant& value : {QVariant(name.trimmed()), QVariant(key), QVariant(now), QVariant(now)})
        m_newCompany.addBindValue(value);
    if (!m_newCompany.exec())
        return Result<qint64>::failure(tr("The company could not be saved: %1").arg(sql::errorText(m_newCompany)));
    const qint64 id = m_newCompany.lastInsertId().toLongLong();
    if (Status recorded = record(QStringLiteral("company"), id, QStringLiteral("created")); !recorded)
        return Result<qint64>::failure(recorded.error());
    m_companies.insert(key, id);
    return id;
}

Result<qint64> Importer::leadSourceId(const QString& name)
{
    const QString key = name.toCaseFolded();
    if (const auto known = m_sources.constFind(key); known != m_sources.cend())
        return *known;
    QSqlQuery find = sql::prepare(m_db, QStringLiteral("SELECT id FROM lead_sources WHERE name = ? COLLATE NOCASE"));
    find.addBindValue(name);
    if (!find.exec())
        return Result<qint64>::failure(sql::errorText(find));
    qint64 id = find.next() ? find.value(0).toLongLong() : 0;
    if (id == 0) {
        auto created = LeadSourceRepository(m_db).ensureSource(name);
        if (!created)
            return created;
        id = created.value();
        if (Status recorded = record(QStringLiteral("lead_source"), id, QStringLiteral("created")); !recorded)
            return Result<qint64>::failure(recorded.error());
    }
    m_sources.insert(key, id);
    return id;
}

Result<qint64> Importer::campaignId(const QString& name, qint64 sourceId)
{
    const QString key = QString::number(sourceId) + u'/' + name.toCaseFolded();
    if (const auto known = m_campaigns.constFind(key); known != m_campaigns.cend())
        return *known;
    QSqlQuery find = sql::prepare(
        m_db, QStringLiteral("SELECT id FROM campaigns WHERE name = ? COLLATE NOCASE AND (? = 0 OR lead_source_id = ?) "
                             "ORDER BY id LIMIT 1"));
    find.addBindValue(name);
    find.addBindValue(sourceId);
    find.addBindValue(sourceId);
    if (!find.exec())
        return Result<qint64>::failure(sql::errorText(find));
    qint64 id = find.next() ? find.value(0).toLongLong() : 0;
    if (id == 0 && sourceId > 0) {
        Campaign campaign;
        campaign.name = name;
        campaign.leadSourceId = sourceId;
        auto created = LeadSourceRepository(m_db).createCampaign(campaign);
        if (!created)
            return created;
        id = created.value();
        if (Status recorded = record(QStringLiteral("campaign"), id, QStringLiteral("created")); !recorded)
            return Result<qint64>::failure(recorded.error());
    }
    m_campaigns.insert(key, id);
    return id;
}

Result<qint64> Importer::existingContact(const ParsedRow& row, QString* reason)
{
    const Contact& contact = row.contact;
    const auto found = [&](BulkStatement& query, const QString& why) -> Result<qint64> {
        if (!query.exec())
            return Result<qint64>::failure(query.error());
        if (!query.next())
            return qint64(0);
        *reason = why.arg(query.text(1).trimmed());
        return query.integer(0);
    };
    for (const LabeledValue& email : contact.emails) {
        m_byEmail.bind(0, normalizeEmail(email.value));
        auto id = found(m_byEmail, tr("Same email as %1 (%2)").arg(QStringLiteral("%1"), email.value));
        if (!id || id.value() > 0)
            return id;
    }
    for (const QString& key : row.phoneKeys) {
        if (key.size() < 5)
            continue;
        m_byPhone.bind(0, key);
        const QString typed = contact.phones.value(row.phoneKeys.indexOf(key)).value;
        auto id = found(m_byPhone, tr("Same phone number as %1 (%2)").arg(QStringLiteral("%1"), typed));
        if (!id || id.value() > 0)
            return id;
    }
    // A row with neither email nor phone can only be recognised by its name (exactly, case and accents aside).
    if (contact.emails.isEmpty() && contact.phones.isEmpty()) {
        m_byName.bind(0, sortKey(contact.lastName + u' ' + contact.firstName));
        return found(m_byName, tr("Same name as %1, and no email or phone to tell them apart"));
    }
    return qint64(0);
}

Status Importer::record(const QString& entity, qint64 id, const QString& action, const QString& before)
{
    return run ? run->recordChange(entity, id, action, before) : Status();
}

Status Importer::apply(ParsedRow& row, ImportRowOutcome& outcome)
{
    Contact& contact = row.contact;
    outcome.name = contact.displayName();
    outcome.warnings = row.warnings;
    if (contact.firstName.isEmpty() && contact.lastName.isEmpty()) {
        // Something to recognise the row by in the report.
        outcome.name = !contact.emails.isEmpty()   ? contact.emails.first().value
                       : !contact.phones.isEmpty() ? contact.phones.first().value
                                                   : row.company;
        outcome.action = ImportAction::Reject;
        outcome.reason = contact.emails.isEmpty() && contact.phones.isEmpty() && row.company.isEmpty()
                             ? tr("Empty row")
                             : tr("No name (a contact needs a first or a last name)");
        return {};
    }
    if (!row.company.isEmpty()) {
        auto id = companyId(row.company);
        if (!id)
            return Status::failure(id.error());
        contact.companyId = id.value();
    }
    if (!row.leadSource.isEmpty()) {
        auto id = leadSourceId(row.leadSource);
        if (!id)
            return Status::failure(id.error());
        contact.leadSourceId = id.value();
    }
    if (!row.campaign.isEmpty()) {
        auto id = campaignId(row.campaign, contact.leadSourceId);
        if (!id)
            return Status::failure(id.error());
        contact.campaignId = id.value();
        if (id.value() == 0) {
            outcome.warnings << tr("The campaign “%1” is unknown and has no lead source to be created in (kept in "
                                   "the notes).")
                                    .arg(row.campaign);
            contact.notes += (contact.notes.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Campaign") +
                             QStringLiteral(": ") + row.campaign;
        }
    }

    QString reason;
    qint64 existingId = 0;
    if (m_options.duplicates != DuplicatePolicy::CreateAnyway) {
        auto existing = existingContact(row, &reason);
        if (!existing)
            return Status::failure(existing.error());
        existingId = existing.value();
    }
    if (existingId == 0) {
        auto created = m_inserter.insert(contact, row.phoneKeys, row.phoneValid);
        if (!created)
            return Status::failure(created.error());
        outcome.action = ImportAction::Create;
        outcome.contactId = created.value();
        // Its line in the import's list of changes is written with the others' at the end (importRows).
        return {};
    }
    outcome.contactId = existingId;
    outcome.reason = reason;
    if (m_options.duplicates == DuplicatePolicy::Skip) {
        outcome.action = ImportAction::Skip;
        return {};
    }
    auto current = m_contacts.get(existingId);
    if (!current)
        return Status::failure(current.error());
    Contact target = current.value();
    const QString before = contactToJson(target);
    const bool update = m_options.duplicates == DuplicatePolicy::Update;
    const auto take = [&](const QString& key, auto& field, const auto& value) {
        if (row.given.contains(key) && (update || field == std::decay_t<decltype(field)>()))
            field = value;
    };
    take(QStringLiteral("first_name"), target.firstName, contact.firstName);
    take(QStringLiteral("last_name"), target.lastName, contact.lastName);
    take(QStringLiteral("company"), target.companyId, contact.companyId);
    take(QStringLiteral("title"), target.title, contact.title);
    take(QStringLiteral("birthday"), target.birthday, contact.birthday);
    take(QStringLiteral("street"), target.address.street, contact.address.street);
    take(QStringLiteral("city"), target.address.city, contact.address.city);
    take(QStringLiteral("region"), target.address.region, contact.address.region);
    take(QStringLiteral("postal_code"), target.address.postalCode, contact.address.postalCode);
    take(QStringLiteral("country"), target.address.country, contact.address.country);
    take(QStringLiteral("lead_source"), target.leadSourceId, contact.leadSourceId);
    take(QStringLiteral("campaign"), target.campaignId, contact.campaignId);
    take(QStringLiteral("owner"), target.ownerId, contact.ownerId);
    if (row.given.contains(QStringLiteral("status")) && update)
        target.status = contact.status;
    if (row.given.contains(QStringLiteral("notes")) && !target.notes.contains(contact.notes))
        target.notes = update || target.notes.isEmpty() ? contact.notes : target.notes + u'\n' + contact.notes;
    const auto region = m_region;
    for (const LabeledValue& email : contact.emails)
        if (!sameValue(target.emails, email.value, normalizeEmail))
            target.emails.append(email);
    for (const LabeledValue& phone : contact.phones)
        if (!sameValue(target.phones, phone.value,
                       [&region](const QString& text) { return PhoneNumbers::matchKey(text, region); }))
            target.phones.append(phone);
    for (const QString& tag : contact.tags)
        if (!target.tags.contains(tag, Qt::CaseInsensitive))
            target.tags << tag;
    if (contactToJson(target) == before) {
        outcome.action = ImportAction::Skip;
        outcome.reason = tr("%1; nothing new").arg(reason);
        return {};
    }
    if (Status saved = m_contacts.update(target); !saved)
        return saved;
    outcome.action = update ? ImportAction::Update : ImportAction::Merge;
    return record(QStringLiteral("contact"), existingId, update ? QStringLiteral("updated") : QStringLiteral("merged"),
                  before);
}

// Where the rows come from: a CSV file or a list of vCards.
struct RowSource
{
    std::function<bool(const Importer&, ParsedRow&, qint64& line)> next;
    std::function<qint64()> done;
    qint64 total = 0;
    /// About how many rows it holds.
    qint64 estimatedRows = 0;
    /// Why the source could not be read to its end; then nothing is imported.
    std::function<QString()> error = [] { return QString(); };
};

/// Reads and checks the rows (CSV, names, libphonenumber: a third of an import's time, and no database in it) on a
/// second thread while the calling one writes them, a few hundred rows ahead. The source and Importer::parse()
/// are used by that thread alone until the pipeline is gone; the rows arrive in the file's order.
class RowPipeline
{
public:
    RowPipeline(const Importer& importer, const RowSource& source)
        : m_reader([this, &importer, &source] { read(importer, source); })
    {
    }
    ~RowPipeline()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_reader.join();
    }
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    /// The next row, its line and how much of the source was read by then; false at the end.
    bool next(ParsedRow& row, qint64& line, qint64& done)
    {
        if (m_at == m_batch.rows.size()) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
            if (m_ready.empty())
                return false;
            m_batch = std::move(m_ready.front());
            m_ready.pop_front();
            m_at = 0;
            lock.unlock();
            m_changed.notify_all();
        }
        std::tie(row, line) = std::move(m_batch.rows[m_at++]);
        done = m_batch.done;
        return true;
    }

private:
    struct Batch
    {
        std::vector<std::pair<ParsedRow, qint64>> rows;
        qint64 done = 0;
    };
    static constexpr size_t batchRows = 256;
    static constexpr size_t batchesAhead = 8;

    void read(const Importer& importer, const RowSource& source)
    {
        bool more = true;
        while (more) {
            Batch batch;
            batch.rows.reserve(batchRows);
            ParsedRow row;
            qint64 line = 0;
            while (batch.rows.size() < batchRows && (more = source.next(importer, row, line)))
                batch.rows.emplace_back(std::move(row), line);
            batch.done = source.done();
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < batchesAhead || m_stop; });
            if (m_stop)
                break;
            if (!batch.rows.empty())
                m_ready.push_back(std::move(batch));
            lock.unlock();
            m_changed.notify_all();
        }
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    bool m_stop = false;
    bool m_finished = false;
    Batch m_batch;
    size_t m_at = 0;
    // Last: it starts reading as soon as it is made, so everything above must exist by then.
    std::thread m_reader;
};

Result<ImportReport> importRows(const QSqlDatabase& db, const ImportOptions& options, const RowSource& source,
                                const ProgressCallback& progress)
{
    using R = Result<ImportReport>;
    ImportRun run(db, options, QStringLiteral("contacts"));
    if (Status started = run.start(); !started)
        return R::failure(started.error());
    Importer importer(db, options);
    importer.run = &run;

    // The change history's triggers log a contact's creation and each email and phone added, a row each: a third
    // of an import's time. They are dropped for the import (inside its transaction, so a rollback brings them
    // back) and the history written afterwards in three statements: "created" for each new contact, and the
    // emails and phones added to contacts that were there before.
    QSqlQuery marks(db);
    if (!marks.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM contacts), "
                                   "(SELECT coalesce(max(id), 0) FROM contact_emails), "
                                   "(SELECT coalesce(max(id), 0) FROM contact_phones), "
                                   "(SELECT coalesce(max(id), 0) FROM companies)")) ||
        !marks.next())
        return R::failure(ContactImport::tr("The import could not start: %1").arg(sql::errorText(marks)));
    const QVariantList before = {marks.value(0), marks.value(1), marks.value(2), marks.value(3)};
    marks.finish();
    // A file about as large as the table or larger: the contacts' indexes (but the one the duplicate check reads)
    // are built once at the end instead of growing a row at a time: a sort instead of a random b-tree search per
    // row and index.
    QStringList indexes;
    if (source.estimatedRows > before.at(0).toLongLong()) {
        auto dropped = BulkLoad::dropIndexes(db, {QStringLiteral("contacts")}, {QStringLiteral("contacts_by_name")});
        if (!dropped)
            return R::failure(ContactImport::tr("The import could not start: %1").arg(dropped.error()));
        indexes = dropped.value();
    }
    QStringList triggers;
    // The new companies' search entries likewise: the trigger's full-text insert flushes the index every time.
    for (const QString& trigger :
         {QStringLiteral("audit_contacts_insert"), QStringLiteral("audit_contact_emails_insert"),
          QStringLiteral("audit_contact_phones_insert"), QStringLiteral("audit_companies_insert"),
          QStringLiteral("companies_search_insert")}) {
        auto dropped = BulkLoad::dropTriggers(db, trigger);
        if (!dropped)
            return R::failure(ContactImport::tr("The import could not start: %1").arg(dropped.error()));
        triggers << dropped.value();
    }

    {
        RowPipeline rows(importer, source);
        ParsedRow row;
        qint64 line = 0;
        qint64 done = 0;
        while (rows.next(row, line, done)) {
            ImportRowOutcome outcome;
            outcome.line = line;
            if (Status applied = importer.apply(row, outcome); !applied)
                return R::failure(ContactImport::tr("Line %1 could not be imported, and nothing was: %2")
                                      .arg(line)
                                      .arg(applied.error()));
            if (!run.add(outcome, progress, done, source.total))
                return R::failure(ContactImport::tr("The import was cancelled; nothing was changed."));
        }
    }
    if (const QString error = source.error(); !error.isEmpty())
        return R::failure(ContactImport::tr("The file could not be read, and nothing was imported: %1").arg(error));
    auto report = run.finish([&]() -> Status {
        const QString now = QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
        const QString user = QStringLiteral("(SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1)");
        const QStringList history = {
            // What undo removes: every contact added since the import started is one of its own.
            QStringLiteral("INSERT INTO import_changes (import_id, entity, entity_id, action) "
                           "SELECT :import, 'contact', id, 'created' FROM contacts WHERE id > :contact ORDER BY id"),
            QStringLiteral("INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by) "
                           "SELECT 'contact', id, 'created', %1, %2 FROM contacts WHERE id > :contact ORDER BY id")
                .arg(now, user),
            QStringLiteral("INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, "
                           "changed_by) SELECT 'contact', contact_id, 'updated', json_object('email', NULL), "
                           "json_object('email', email), %1, %2 FROM contact_emails "
                           "WHERE id > :email AND contact_id <= :contact ORDER BY id")
                .arg(now, user),
            QStringLiteral("INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, "
                           "changed_by) SELECT 'contact', contact_id, 'updated', json_object('phone', NULL), "
                           "json_object('phone', phone), %1, %2 FROM contact_phones "
                           "WHERE id > :phone AND contact_id <= :contact ORDER BY id")
                .arg(now, user),
            QStringLiteral("INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by) "
                           "SELECT 'company', id, 'created', %1, %2 FROM companies WHERE id > :company ORDER BY id")
                .arg(now, user),
            QStringLiteral("INSERT INTO company_search (rowid, name) SELECT id, name FROM companies "
                           "WHERE id > :company AND archived_at IS NULL ORDER BY id"),
        };
        for (const QString& statement : history) {
            QSqlQuery log = sql::prepare(db, statement);
            if (statement.contains(QStringLiteral(":import")))
                log.bindValue(QStringLiteral(":import"), run.importId());
            if (statement.contains(QStringLiteral(":contact")))
                log.bindValue(QStringLiteral(":contact"), before.at(0));
            if (statement.contains(QStringLiteral(":company")))
                log.bindValue(QStringLiteral(":company"), before.at(3));
            if (statement.contains(QStringLiteral(":email")))
                log.bindValue(QStringLiteral(":email"), before.at(1));
            if (statement.contains(QStringLiteral(":phone")))
                log.bindValue(QStringLiteral(":phone"), before.at(2));
            if (!log.exec())
                return Status::failure(sql::errorText(log));
        }
        if (Status indexed = SearchIndex::indexContactsAfter(db, before.at(0).toLongLong()); !indexed)
            return indexed;
        if (Status restored = BulkLoad::recreate(db, triggers); !restored)
            return restored;
        return BulkLoad::recreateIndexes(db, indexes);
    });
    if (report && progress)
        progress(source.total, source.total, ContactImport::tr("Imported"));
    return report;
}

} // namespace

QString ContactImport::actionName(ImportAction action)
{
    switch (action) {
    case ImportAction::Create:
        return tr("Create");
    case ImportAction::Update:
        return tr("Update");
    case ImportAction::Merge:
        return tr("Merge");
    case ImportAction::Skip:
        return tr("Skip");
    case ImportAction::Reject:
        return tr("Reject");
    }
    return {};
}

Result<ImportReport> ContactImport::run(QIODevice* file, const ImportOptions& options, const ProgressCallback& progress)
{
    if (options.mapping.isEmpty())
        return Result<ImportReport>::failure(tr("No column is mapped to a field: choose at least the name's columns."));
    bool named = false;
    for (const QString& key : options.mapping)
        named = named || key == QStringLiteral("first_name") || key == QStringLiteral("last_name") ||
                key == QStringLiteral("full_name");
    if (!named)
        return Result<ImportReport>::failure(tr("No column is mapped to a name (first, last or full name)."));

    CsvReader reader(file, options.format);
    CsvRecord record;
    bool header = options.hasHeader;
    RowSource source;
    source.total = file->size();
    source.estimatedRows = source.total / 120; // About a row of a contacts CSV.
    source.next = [&](const Importer& importer, ParsedRow& row, qint64& line) {
        while (reader.next(record)) {
            if (std::exchange(header, false))
                continue;
            // Lines left blank between records are no contacts, and not worth a rejection each.
            if (record.fields.size() == 1 && record.fields.first().trimmed().isEmpty())
                continue;
            row = importer.parse(record.fields);
            line = record.line;
            return true;
        }
        return false;
    };
    source.done = [&] { return reader.bytesRead(); };
    source.error = [&] { return reader.error(); };
    auto report = importRows(m_db, options, source, progress);
    // The reader's guesses are known only once it has read everything.
    if (report)
        report.value().fileWarnings = reader.warnings();
    return report;
}

Result<ImportReport> ContactImport::runVCards(const QByteArray& data, const ImportOptions& options,
                                              const ProgressCallback& progress)
{
    QStringList warnings;
    const QList<VCard> cards = VCards::read(data, &warnings);
    qsizetype index = 0;
    RowSource source;
    source.total = cards.size();
    source.estimatedRows = cards.size();
    source.next = [&](const Importer& importer, ParsedRow& row, qint64& line) {
        if (index >= cards.size())
            return false;
        row = importer.fromCard(cards.at(index));
        line = ++index;
        return true;
    };
    source.done = [&] { return qint64(index); };
    auto report = importRows(m_db, options, source, progress);
    if (report)
        report.value().fileWarnings = warnings + report.value().fileWarnings;
    return report;
}

Result<QList<ImportHistory::Entry>> ImportHistory::list() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, file_name, started_at, created, updated, merged, skipped, rejected, "
                                   "undone_at FROM imports ORDER BY id DESC")))
        return Result<QList<Entry>>::failure(sql::errorText(query));
    QList<Entry> entries;
    while (query.next())
        entries.append({query.value(0).toLongLong(), query.value(1).toString(), sql::toTime(query.value(2)),
                        query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong(),
                        query.value(6).toLongLong(), query.value(7).toLongLong(), sql::toTime(query.value(8))});
    return entries;
}

Result<ImportHistory::UndoReport> ImportHistory::undo(qint64 importId, const ProgressCallback& progress)
{
    using R = Result<UndoReport>;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(tr("The import could not be undone: %1").arg(transaction.error()));
    QSqlQuery import = sql::prepare(m_db, QStringLiteral("SELECT undone_at FROM imports WHERE id = ?"));
    import.addBindValue(importId);
    if (!import.exec() || !import.next())
        return R::failure(tr("There is no such import."));
    if (!import.value(0).isNull())
        return R::failure(tr("This import has been undone already."));

    struct Change
    {
        QString entity;
        qint64 id;
        QString action;
        QString before;
    };
    QList<Change> changes;
    QSqlQuery read = sql::prepare(m_db, QStringLiteral("SELECT entity, entity_id, action, before FROM import_changes "
                                                       "WHERE import_id = ? ORDER BY rowid DESC"));
    read.addBindValue(importId);
    if (!read.exec())
        return R::failure(sql::errorText(read));
    while (read.next())
        changes.append(
            {read.value(0).toString(), read.value(1).toLongLong(), read.value(2).toString(), read.value(3).toString()});

    UndoReport report;
    ContactRepository contacts(m_db);
    QSqlQuery used =
        sql::prepare(m_db, QStringLiteral("SELECT (SELECT count(*) FROM interactions WHERE contact_id = :id) + "
                                          "(SELECT count(*) FROM deals WHERE contact_id = :id) + "
                                          "(SELECT count(*) FROM reminders WHERE contact_id = :id)"));
    const auto fail = [](const QString& error) {
        return R::failure(tr("The import could not be undone: %1").arg(error));
    };
    qint64 done = 0;
    for (const Change& change : changes) {
        QSqlQuery query(m_db);
        if (change.entity == QStringLiteral("contact") && change.action == QStringLiteral("created")) {
            used.bindValue(QStringLiteral(":id"), change.id);
            if (!used.exec() || !used.next())
                return fail(sql::errorText(used));
            if (used.value(0).toLongLong() > 0) {
                // History logged since the import belongs to the user: the contact is archived, not deleted.
                if (Status archived = contacts.archive(change.id); !archived)
                    return fail(archived.error());
                ++report.archived;
                continue;
            }
            if (Status unindexed = SearchIndex::removeContact(m_db, change.id); !unindexed)
                return fail(unindexed.error());
            query = sql::prepare(m_db, QStringLiteral("DELETE FROM contacts WHERE id = ?"));
            query.addBindValue(change.id);
            if (!query.exec())
                return fail(sql::errorText(query));
            report.removed += query.numRowsAffected();
        } else if (change.entity == QStringLiteral("contact")) {
            auto current = contacts.get(change.id);
            if (!current)
                continue; // Deleted since: nothing to put back.
            Contact contact = current.value();
            contactFromJson(change.before, contact);
            if (Status restored = contacts.update(contact); !restored)
                return fail(restored.error());
            ++report.restored;
        } else if (change.entity == QStringLiteral("company") && change.action != QStringLiteral("created")) {
            CompanyRepository companies(m_db);
            auto current = companies.get(change.id);
            if (!current)
                continue;
            Company company = current.value();
            companyFromJson(change.before, company);
            if (Status restored = companies.update(company); !restored)
                return fail(restored.error());
            ++report.restored;
        } else if (change.entity == QStringLiteral("interaction")) {
            QSqlQuery owner = sql::prepare(m_db, QStringLiteral("SELECT contact_id FROM interactions WHERE id = ?"));
            owner.addBindValue(change.id);
            if (!owner.exec())
                return fail(sql::errorText(owner));
            if (!owner.next())
                continue;
            const qint64 contactId = owner.value(0).toLongLong();
            owner.finish();
            query = sql::prepare(m_db, QStringLiteral("DELETE FROM interactions WHERE id = ?"));
            query.addBindValue(change.id);
            if (!query.exec())
                return fail(sql::errorText(query));
            report.removed += query.numRowsAffected();
            if (Status refreshed = InteractionRepository(m_db).refreshLastInteraction(contactId); !refreshed)
                return fail(refreshed.error());
        } else if (change.entity == QStringLiteral("deal")) {
            // A deal with calls or reminders logged since is archived; one without goes, with its stage history.
            query = sql::prepare(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM interactions WHERE deal_id = :id) "
                                                      "OR EXISTS (SELECT 1 FROM reminders WHERE deal_id = :id)"));
            query.bindValue(QStringLiteral(":id"), change.id);
            if (!query.exec() || !query.next())
                return fail(sql::errorText(query));
            const bool used = query.value(0).toBool();
            query.finish();
            if (used) {
                if (Status archived = DealRepository(m_db).archive(change.id); !archived)
                    return fail(archived.error());
                ++report.archived;
                continue;
            }
            query = sql::prepare(m_db, QStringLiteral("DELETE FROM deals WHERE id = ?"));
            query.addBindValue(change.id);
            if (!query.exec())
                return fail(sql::errorText(query));
            report.removed += query.numRowsAffected();
        } else {
            // Companies, lead sources and campaigns the import created go when nothing refers to them any more.
            static const QHash<QString, QString> deletes = {
                {QStringLiteral("company"),
                 QStringLiteral("DELETE FROM companies WHERE id = :id AND NOT EXISTS (SELECT 1 FROM contacts WHERE "
                                "company_id = :id) AND NOT EXISTS (SELECT 1 FROM deals WHERE company_id = :id) AND "
                                "NOT EXISTS (SELECT 1 FROM companies WHERE parent_id = :id)")},
                {QStringLiteral("campaign"),
                 QStringLiteral("DELETE FROM campaigns WHERE id = :id AND NOT EXISTS (SELECT 1 FROM contacts WHERE "
                                "campaign_id = :id) AND NOT EXISTS (SELECT 1 FROM deals WHERE campaign_id = :id)")},
                {QStringLiteral("lead_source"),
                 QStringLiteral(
                     "DELETE FROM lead_sources WHERE id = :id AND NOT EXISTS (SELECT 1 FROM contacts WHERE "
                     "lead_source_id = :id) AND NOT EXISTS (SELECT 1 FROM campaigns WHERE "
                     "lead_source_id = :id) AND NOT EXISTS (SELECT 1 FROM deals WHERE lead_source_id = :id)")},
            };
            query = sql::prepare(m_db, deletes.value(change.entity));
            query.bindValue(QStringLiteral(":id"), change.id);
            if (!query.exec())
                return fail(sql::errorText(query));
        }
        if (progress && ++done % 500 == 0 && !progress(done, changes.size(), tr("Undoing the import")))
            return R::failure(tr("Undoing the import was cancelled; nothing was changed."));
    }
    QSqlQuery mark = sql::prepare(m_db, QStringLiteral("UPDATE imports SET undone_at = ? WHERE id = ?"));
    mark.addBindValue(Clock::nowMs());
    mark.addBindValue(importId);
    if (!mark.exec())
        return fail(sql::errorText(mark));
    if (Status committed = transaction.commit(); !committed)
        return fail(committed.error());
    return report;
}

} // namespace kontor
