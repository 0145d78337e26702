// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactRowWriter.h"

#include "Clock.h"
#include "domain/PhoneNumbers.h"
#include "io/ImportHistory.h"
#include "io/ImportRun.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "search/TextFolding.h"
#include "storage/Sql.h"

#include <functional>
#include <type_traits>
#include <utility>

namespace kontor {

namespace {

bool sameValue(const QList<LabeledValue>& list, const QString& value, const std::function<QString(const QString&)>& key)
{
    for (const LabeledValue& existing : list)
        if (key(existing.value) == key(value))
            return true;
    return false;
}

} // namespace

ContactRowWriter::ContactRowWriter(QSqlDatabase db, const ImportOptions& options, QString region, ImportRun& run)
    : m_db(std::move(db)), m_links(databaseLinks(m_db)), m_options(options), m_run(run), m_contacts(m_db),
      m_inserter(m_db), m_region(std::move(region)),
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
    if (auto fields = CustomFieldRepository(m_db).fields(RecordKind::Contact))
        for (const CustomField& field : fields.value())
            m_customFields.insert(field.id, field);
    m_values.emplace(m_db, m_customFields);
}

Result<qint64> ContactRowWriter::companyId(const QString& name)
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

Result<qint64> ContactRowWriter::leadSourceId(const QString& name)
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

Result<qint64> ContactRowWriter::campaignId(const QString& name, qint64 sourceId)
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

Result<qint64> ContactRowWriter::existingContact(const ParsedRow& row, QString* reason)
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

Status ContactRowWriter::record(const QString& entity, qint64 id, const QString& action, const QString& before)
{
    return m_run.recordChange(entity, id, action, before);
}

Status ContactRowWriter::apply(ParsedRow& row, ImportRowOutcome& outcome)
{
    Contact& contact = row.contact;
    outcome.name = contact.displayName();
    outcome.warnings = row.warnings;
    if (!row.rejection.isEmpty()) {
        outcome.name = outcome.name.left(80);
        outcome.action = ImportAction::Reject;
        outcome.reason = row.rejection;
        return {};
    }
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

    // Linked contacts and companies, found by what the file calls them; one not found is left out and said.
    for (auto it = row.customLinks.cbegin(); it != row.customLinks.cend(); ++it) {
        const CustomField field = m_customFields.value(it.key());
        auto found = m_links.find(field.type, it.value());
        if (found)
            contact.custom.insert(field.id, found.value());
        else
            outcome.warnings << QStringLiteral("%1: %2").arg(field.label, found.error());
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
        std::optional<AssignmentMatcher::Given> given;
        if (m_assigner && contact.ownerId <= 0) {
            auto matched = m_assigner->assign(contact);
            if (!matched)
                return Status::failure(matched.error());
            given = matched.value();
            if (given)
                contact.ownerId = given->userId;
        }
        auto created = m_inserter.insert(contact, row.phoneKeys, row.phoneValid);
        if (!created)
            return Status::failure(created.error());
        if (given)
            m_assigner->note(given->ruleId, created.value());
        outcome.action = ImportAction::Create;
        outcome.contactId = created.value();
        if (Status custom = m_values->insert(created.value(), contact.custom); !custom)
            return custom;
        // Its line in the import's list of changes is written with the others' at the end (importRows in
        // ContactImport.cpp).
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
    // The file's values of the business's own fields, as for the built-in ones: replacing (update) or filling gaps.
    bool customChanged = false;
    for (auto it = contact.custom.cbegin(); it != contact.custom.cend(); ++it) {
        const FieldValue stored = target.custom.value(it.key());
        if ((update || isEmptyValue(stored)) && !(stored == it.value())) {
            target.custom.insert(it.key(), it.value());
            customChanged = true;
        }
    }
    if (contactToJson(target) == before && !customChanged) {
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

} // namespace kontor
