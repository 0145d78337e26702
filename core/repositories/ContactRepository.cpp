// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactRepository.h"

#include "Clock.h"
#include "TagStore.h"
#include "domain/PhoneNumbers.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/SettingsRepository.h"
#include "search/Search.h"
#include "search/TextFolding.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <functional>
#include <utility>

namespace kontor {

namespace {

QString nameSortKey(const Contact& contact)
{
    return sortKey(contact.lastName + u' ' + contact.firstName);
}

// The columns from first_name to stay_in_touch_days, as INSERT and UPDATE list them.
QVariantList fieldValues(const Contact& contact)
{
    return {sql::notNull(contact.firstName.trimmed()),
            sql::notNull(contact.lastName.trimmed()),
            sql::notNull(nameSortKey(contact)),
            sql::id(contact.companyId),
            sql::text(contact.title),
            sql::date(contact.birthday),
            sql::text(contact.address.street),
            sql::text(contact.address.city),
            sql::text(contact.address.region),
            sql::text(contact.address.postalCode),
            sql::text(contact.address.country),
            sql::id(contact.leadSourceId),
            sql::id(contact.campaignId),
            contactStatusKey(contact.status),
            sql::id(contact.ownerId),
            sql::text(contact.notes),
            contact.stayInTouchDays > 0 ? QVariant(contact.stayInTouchDays) : QVariant()};
}

void bindFields(QSqlQuery& query, const Contact& contact)
{
    for (const QVariant& value : fieldValues(contact))
        query.addBindValue(value);
}

/// Records the move of contact `id` to `stage` in its stage history, when it is one: run before the contact's row
/// changes, so that the stage it leaves is read from it.
Status recordStageMove(const QSqlDatabase& db, qint64 id, ContactStatus stage, const StageMove& move, qint64 at)
{
    QSqlQuery& query = sql::kept(
        db, QStringLiteral("INSERT INTO contact_stage_history (contact_id, from_stage, to_stage, changed_at, "
                           "changed_by, reason, rule) SELECT id, status, ?, ?, coalesce(?, (SELECT id FROM users "
                           "WHERE is_default = 1 ORDER BY id LIMIT 1)), ?, ? FROM contacts WHERE id = ? AND "
                           "status <> ?"));
    query.bindValue(0, contactStatusKey(stage));
    query.bindValue(1, at);
    query.bindValue(2, sql::id(move.userId));
    query.bindValue(3, sql::text(move.reason.trimmed()));
    query.bindValue(4, sql::text(move.rule));
    query.bindValue(5, id);
    query.bindValue(6, contactStatusKey(stage));
    if (!query.exec())
        return Status::failure(sql::errorText(query));
    return {};
}

} // namespace

Status ContactRepository::validate(const Contact& contact) const
{
    if (contact.firstName.trimmed().isEmpty() && contact.lastName.trimmed().isEmpty())
        return Status::failure(tr("A contact needs a first or a last name."));
    return {};
}

Result<qint64> ContactRepository::create(const Contact& contact)
{
    if (Status valid = validate(contact); !valid)
        return Result<qint64>::failure(valid.error());
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return Result<qint64>::failure(begun.error());
    const qint64 now = Clock::nowMs();
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("INSERT INTO contacts (first_name, last_name, sort_name, company_id, title, birthday, "
                             "  street, city, region, postal_code, country, lead_source_id, campaign_id, status, "
                             "  owner_id, notes, stay_in_touch_days, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(query, contact);
    query.addBindValue(contact.createdAt.isValid() ? contact.createdAt.toMSecsSinceEpoch() : now);
    query.addBindValue(now);
    if (!query.exec())
        return Result<qint64>::failure(tr("The contact could not be saved: %1").arg(sql::errorText(query)));
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery& stage = sql::kept(
        m_db, QStringLiteral("INSERT INTO contact_stage_history (contact_id, to_stage, changed_at, changed_by) "
                             "SELECT id, status, created_at, (SELECT id FROM users WHERE is_default = 1 ORDER BY id "
                             "LIMIT 1) FROM contacts WHERE id = ?"));
    stage.bindValue(0, id);
    if (!stage.exec())
        return Result<qint64>::failure(tr("The contact could not be saved: %1").arg(sql::errorText(stage)));
    if (Status details = writeDetails(id, contact); !details)
        return Result<qint64>::failure(details.error());
    if (Status committed = transaction.commit(); !committed)
        return Result<qint64>::failure(committed.error());
    return id;
}

ContactInserter::ContactInserter(const QSqlDatabase& db)
    : m_contact(db,
                QStringLiteral("INSERT INTO contacts (first_name, last_name, sort_name, company_id, title, birthday, "
                               "  street, city, region, postal_code, country, lead_source_id, campaign_id, status, "
                               "  owner_id, notes, stay_in_touch_days, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      m_email(db, QStringLiteral("INSERT INTO contact_emails (contact_id, position, label, email, normalized) "
                                 "VALUES (?, ?, ?, ?, ?)")),
      m_phone(db, QStringLiteral("INSERT INTO contact_phones (contact_id, position, label, phone, normalized, valid) "
                                 "VALUES (?, ?, ?, ?, ?, ?)")),
      m_newTag(db, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING")),
      m_findTag(db, QStringLiteral("SELECT id FROM tags WHERE name = ?")),
      m_link(db, QStringLiteral("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)"))
{
}

Result<qint64> ContactInserter::tagId(const QString& name)
{
    const QString key = name.toCaseFolded();
    if (const auto known = m_tags.constFind(key); known != m_tags.cend())
        return *known;
    m_newTag.bind(0, name);
    if (!m_newTag.exec())
        return Result<qint64>::failure(m_newTag.error());
    m_findTag.bind(0, name);
    if (!m_findTag.exec() || !m_findTag.next())
        return Result<qint64>::failure(m_findTag.error());
    const qint64 id = m_findTag.integer(0);
    m_tags.insert(key, id);
    return id;
}

Result<qint64> ContactInserter::insert(const Contact& contact, const QStringList& phoneKeys,
                                       const QList<bool>& phoneValid)
{
    using R = Result<qint64>;
    if (contact.firstName.trimmed().isEmpty() && contact.lastName.trimmed().isEmpty())
        return R::failure(ContactRepository::tr("A contact needs a first or a last name."));
    const qint64 now = Clock::nowMs();
    const QVariantList fields = fieldValues(contact);
    for (qsizetype i = 0; i < fields.size(); ++i)
        m_contact.bindValue(int(i), fields.at(i));
    m_contact.bind(int(fields.size()), contact.createdAt.isValid() ? contact.createdAt.toMSecsSinceEpoch() : now);
    m_contact.bind(int(fields.size()) + 1, now);
    if (!m_contact.exec())
        return R::failure(ContactRepository::tr("The contact could not be saved: %1").arg(m_contact.error()));
    const qint64 id = m_contact.lastInsertId();

    int position = 0;
    for (const LabeledValue& email : contact.emails) {
        const QString value = email.value.trimmed();
        if (value.isEmpty())
            continue;
        m_email.bind(0, id);
        m_email.bind(1, position++);
        m_email.bindText(2, email.label);
        m_email.bind(3, value);
        m_email.bind(4, normalizeEmail(value));
        if (!m_email.exec())
            return R::failure(tr("The contact's email could not be saved: %1").arg(m_email.error()));
    }
    position = 0;
    for (qsizetype i = 0; i < contact.phones.size(); ++i) {
        // Kept in Latin digits, however typed (۰۹۱۲…): dialled, searched and exported as such.
        const QString value = latinDigits(contact.phones.at(i).value).trimmed();
        if (value.isEmpty())
            continue;
        const QString key = sql::notNull(phoneKeys.value(i));
        m_phone.bind(0, id);
        m_phone.bind(1, position++);
        m_phone.bindText(2, contact.phones.at(i).label);
        m_phone.bind(3, value);
        m_phone.bind(4, key);
        m_phone.bind(5, phoneValid.value(i) ? 1 : 0);
        if (!m_phone.exec())
            return R::failure(tr("The contact's phone could not be saved: %1").arg(m_phone.error()));
    }
    for (const QString& raw : contact.tags) {
        const QString tag = raw.simplified();
        if (tag.isEmpty())
            continue;
        auto tagId = this->tagId(tag);
        if (!tagId)
            return R::failure(tagId.error());
        m_link.bind(0, id);
        m_link.bind(1, tagId.value());
        if (!m_link.exec())
            return R::failure(m_link.error());
    }
    return id;
}

Status ContactRepository::update(const Contact& contact, const StageMove& move)
{
    if (contact.id <= 0)
        return Status::failure(tr("The contact has not been saved yet."));
    if (Status valid = validate(contact); !valid)
        return valid;
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    if (Status recorded = recordStageMove(m_db, contact.id, contact.status, move, Clock::nowMs()); !recorded)
        return Status::failure(tr("The contact could not be saved: %1").arg(recorded.error()));
    QSqlQuery& query = sql::kept(
        m_db, QStringLiteral("UPDATE contacts SET first_name = ?, last_name = ?, sort_name = ?, company_id = ?, "
                             "  title = ?, birthday = ?, street = ?, city = ?, region = ?, postal_code = ?, "
                             "  country = ?, lead_source_id = ?, campaign_id = ?, status = ?, owner_id = ?, "
                             "  notes = ?, stay_in_touch_days = ?, updated_at = ? "
                             "WHERE id = ?"));
    const QVariantList fields = fieldValues(contact);
    for (int i = 0; i < fields.size(); ++i)
        query.bindValue(i, fields.at(i));
    query.bindValue(int(fields.size()), Clock::nowMs());
    query.bindValue(int(fields.size()) + 1, contact.id);
    if (!query.exec())
        return Status::failure(tr("The contact could not be saved: %1").arg(sql::errorText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("The contact no longer exists."));
    if (Status details = writeDetails(contact.id, contact); !details)
        return details;
    return transaction.commit();
}

namespace {

// Brings a contact's emails or phones to `wanted`, writing only what differs, so that the change history (schema
// 5's triggers) records what the user changed and nothing else: a value kept is at most moved or relabelled, a
// value edited in place is an update of its row, and only the rest is inserted or deleted.
Status syncValues(const QSqlDatabase& db, const QString& table, const QString& column, qint64 contactId,
                  const QList<LabeledValue>& values, const std::function<QString(const QString&)>& normalize)
{
    struct Row
    {
        qint64 id;
        int position;
        QString label;
        QString value;
        bool kept = false;
    };
    QList<Row> rows;
    {
        sql::KeptRead existing(
            db, QStringLiteral("SELECT id, position, label, %1 FROM %2 WHERE contact_id = ? ORDER BY position, id")
                    .arg(column, table));
        existing->bindValue(0, contactId);
        if (!existing->exec())
            return Status::failure(sql::errorText(*existing));
        while (existing->next())
            rows.append({existing->value(0).toLongLong(), existing->value(1).toInt(), existing->value(2).toString(),
                         existing->value(3).toString()});
    }

    QList<LabeledValue> wanted;
    for (const LabeledValue& value : values) {
        if (!value.value.trimmed().isEmpty())
            wanted.append({value.value.trimmed(), value.label});
    }
    QList<qsizetype> rowOf(wanted.size(), -1);
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (!rows[r].kept && rows[r].value == wanted[i].value) {
                rows[r].kept = true;
                rowOf[i] = r;
                break;
            }
        }
    }
    // A new value takes the row of a value that went, in order: an edited address is one change, not two.
    qsizetype spare = 0;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (rowOf[i] >= 0)
            continue;
        while (spare < rows.size() && rows[spare].kept)
            ++spare;
        if (spare < rows.size()) {
            rows[spare].kept = true;
            rowOf[i] = spare;
        }
    }

    // Kept: each statement compiles the table's triggers (history, search).
    QSqlQuery& remove = sql::kept(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    for (const Row& row : rows) {
        if (row.kept)
            continue;
        remove.bindValue(0, row.id);
        if (!remove.exec())
            return Status::failure(sql::errorText(remove));
    }
    QSqlQuery& update =
        sql::kept(db, QStringLiteral("UPDATE %1 SET position = ?, label = ?, %2 = ?, normalized = ? WHERE id = ?")
                          .arg(table, column));
    QSqlQuery& insert = sql::kept(
        db, QStringLiteral("INSERT INTO %1 (contact_id, position, label, %2, normalized) VALUES (?, ?, ?, ?, ?)")
                .arg(table, column));
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const LabeledValue& value = wanted[i];
        const int position = static_cast<int>(i);
        if (rowOf[i] >= 0) {
            const Row& row = rows[rowOf[i]];
            if (row.position == position && row.label == value.label && row.value == value.value)
                continue;
            update.bindValue(0, position);
            update.bindValue(1, sql::text(value.label));
            update.bindValue(2, value.value);
            update.bindValue(3, normalize(value.value));
            update.bindValue(4, row.id);
            if (!update.exec())
                return Status::failure(sql::errorText(update));
        } else {
            insert.bindValue(0, contactId);
            insert.bindValue(1, position);
            insert.bindValue(2, sql::text(value.label));
            insert.bindValue(3, value.value);
            insert.bindValue(4, normalize(value.value));
            if (!insert.exec())
                return Status::failure(sql::errorText(insert));
        }
    }
    return {};
}

// Whether each of a contact's numbers is valid, for the data health check (schema 8): worked out again after the
// numbers were saved, which a person does for a contact at a time, with a few numbers each.
Status markPhoneValidity(const QSqlDatabase& db, qint64 contactId, const QString& region)
{
    QList<std::pair<qint64, bool>> changed;
    {
        sql::KeptRead phones(db, QStringLiteral("SELECT id, phone, valid FROM contact_phones WHERE contact_id = ?"));
        phones->bindValue(0, contactId);
        if (!phones->exec())
            return Status::failure(sql::errorText(*phones));
        while (phones->next()) {
            const bool valid = PhoneNumbers::parse(phones->value(1).toString(), region).valid;
            if (phones->value(2).isNull() || phones->value(2).toBool() != valid)
                changed.append({phones->value(0).toLongLong(), valid});
        }
    }
    QSqlQuery& mark = sql::kept(db, QStringLiteral("UPDATE contact_phones SET valid = ? WHERE id = ?"));
    for (const auto& [phoneId, valid] : changed) {
        mark.bindValue(0, valid ? 1 : 0);
        mark.bindValue(1, phoneId);
        if (!mark.exec())
            return Status::failure(sql::errorText(mark));
    }
    return {};
}

} // namespace

Status ContactRepository::writeDetails(qint64 id, const Contact& contact)
{
    if (Status emails = syncValues(m_db, QStringLiteral("contact_emails"), QStringLiteral("email"), id, contact.emails,
                                   normalizeEmail);
        !emails)
        return Status::failure(tr("The contact's email could not be saved: %1").arg(emails.error()));
    // Phones are matched in E.164, numbers without a country code read as the settings' region; the text typed is
    // kept as it was.
    const QString region = SettingsRepository(m_db).phoneRegion();
    if (Status phones = syncValues(m_db, QStringLiteral("contact_phones"), QStringLiteral("phone"), id, contact.phones,
                                   [&region](const QString& phone) { return PhoneNumbers::matchKey(phone, region); });
        !phones)
        return Status::failure(tr("The contact's phone could not be saved: %1").arg(phones.error()));
    if (Status checked = markPhoneValidity(m_db, id, region); !checked)
        return Status::failure(tr("The contact's phone could not be saved: %1").arg(checked.error()));

    // Tags no longer wanted go; attaching the list adds only those the contact lacks.
    QStringList wanted;
    for (const QString& tag : contact.tags)
        wanted << tag.simplified().toCaseFolded();
    QList<qint64> dropped;
    {
        sql::KeptRead current(
            m_db, QStringLiteral("SELECT ct.tag_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                 "WHERE ct.contact_id = ?"));
        current->bindValue(0, id);
        if (!current->exec())
            return Status::failure(tr("The contact could not be saved: %1").arg(sql::errorText(*current)));
        while (current->next()) {
            if (!wanted.contains(current->value(1).toString().simplified().toCaseFolded()))
                dropped << current->value(0).toLongLong();
        }
    }
    QSqlQuery& untag = sql::kept(m_db, QStringLiteral("DELETE FROM contact_tags WHERE contact_id = ? AND tag_id = ?"));
    for (qint64 tag : dropped) {
        untag.bindValue(0, id);
        untag.bindValue(1, tag);
        if (!untag.exec())
            return Status::failure(tr("The contact could not be saved: %1").arg(sql::errorText(untag)));
    }
    if (Status tags =
            TagStore(m_db).attach(QStringLiteral("contact_tags"), QStringLiteral("contact_id"), id, contact.tags);
        !tags)
        return tags;
    if (Status custom = CustomFieldRepository(m_db).write(RecordKind::Contact, id, contact.custom); !custom)
        return custom;
    return SearchIndex::reindexContact(m_db, id);
}

Result<Contact> ContactRepository::get(qint64 id) const
{
    sql::KeptRead read(
        m_db, QStringLiteral("SELECT id, first_name, last_name, company_id, title, birthday, street, city, region, "
                             "  postal_code, country, lead_source_id, campaign_id, status, owner_id, notes, "
                             "  last_interaction_at, created_at, updated_at, archived_at, stay_in_touch_days "
                             "FROM contacts WHERE id = ?"));
    QSqlQuery& query = *read;
    query.bindValue(0, id);
    if (!query.exec())
        return Result<Contact>::failure(tr("The contact could not be read: %1").arg(sql::errorText(query)));
    if (!query.next())
        return Result<Contact>::failure(tr("There is no contact with the number %1.").arg(id));
    Contact contact;
    contact.id = query.value(0).toLongLong();
    contact.firstName = query.value(1).toString();
    contact.lastName = query.value(2).toString();
    contact.companyId = query.value(3).toLongLong();
    contact.title = query.value(4).toString();
    contact.birthday = sql::toDate(query.value(5));
    contact.address = {query.value(6).toString(), query.value(7).toString(), query.value(8).toString(),
                       query.value(9).toString(), query.value(10).toString()};
    contact.leadSourceId = query.value(11).toLongLong();
    contact.campaignId = query.value(12).toLongLong();
    contact.status = contactStatusFromKey(query.value(13).toString());
    contact.ownerId = query.value(14).toLongLong();
    contact.notes = query.value(15).toString();
    contact.lastInteractionAt = sql::toTime(query.value(16));
    contact.createdAt = sql::toTime(query.value(17));
    contact.updatedAt = sql::toTime(query.value(18));
    contact.archivedAt = sql::toTime(query.value(19));
    contact.stayInTouchDays = query.value(20).toInt();

    sql::KeptRead readDetails(
        m_db, QStringLiteral("SELECT 'email', email, label FROM contact_emails WHERE contact_id = :p1 "
                             "UNION ALL SELECT 'phone', phone, label FROM contact_phones WHERE contact_id = :p1 "
                             "ORDER BY 1"));
    QSqlQuery& details = *readDetails;
    details.bindValue(QStringLiteral(":p1"), id);
    if (!details.exec())
        return Result<Contact>::failure(sql::errorText(details));
    while (details.next()) {
        LabeledValue value{details.value(1).toString(), details.value(2).toString()};
        if (details.value(0).toString() == QStringLiteral("email"))
            contact.emails.append(value);
        else
            contact.phones.append(value);
    }
    auto tags = TagStore(m_db).tagsOf(QStringLiteral("contact_tags"), QStringLiteral("contact_id"), id);
    if (!tags)
        return Result<Contact>::failure(tags.error());
    contact.tags = tags.value();
    auto custom = CustomFieldRepository(m_db).values(RecordKind::Contact, id);
    if (!custom)
        return Result<Contact>::failure(custom.error());
    contact.custom = custom.value();
    return contact;
}

Status ContactRepository::setStage(qint64 id, ContactStatus stage, const StageMove& move)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    const qint64 now = Clock::nowMs();
    if (Status recorded = recordStageMove(m_db, id, stage, move, now); !recorded)
        return Status::failure(tr("The contact could not be saved: %1").arg(recorded.error()));
    QSqlQuery& query =
        sql::kept(m_db, QStringLiteral("UPDATE contacts SET status = ?, updated_at = ? WHERE id = ? AND status <> ?"));
    query.bindValue(0, contactStatusKey(stage));
    query.bindValue(1, now);
    query.bindValue(2, id);
    query.bindValue(3, contactStatusKey(stage));
    if (!query.exec())
        return Status::failure(tr("The contact could not be saved: %1").arg(sql::errorText(query)));
    return transaction.commit();
}

Status ContactRepository::archive(qint64 id)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query =
        sql::prepare(m_db, QStringLiteral("UPDATE contacts SET archived_at = :p1, updated_at = :p1 WHERE id = :p2 "
                                          "AND archived_at IS NULL"));
    query.bindValue(QStringLiteral(":p1"), Clock::nowMs());
    query.bindValue(QStringLiteral(":p2"), id);
    if (!query.exec())
        return Status::failure(tr("The contact could not be archived: %1").arg(sql::errorText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("The contact is already archived or no longer exists."));
    if (Status removed = SearchIndex::removeContact(m_db, id); !removed)
        return removed;
    return transaction.commit();
}

Status ContactRepository::restore(qint64 id)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("UPDATE contacts SET archived_at = NULL, updated_at = ? WHERE id = ? AND archived_at IS "
                             "NOT NULL"));
    query.addBindValue(Clock::nowMs());
    query.addBindValue(id);
    if (!query.exec())
        return Status::failure(tr("The contact could not be restored: %1").arg(sql::errorText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("The contact is not archived."));
    if (Status indexed = SearchIndex::reindexContact(m_db, id); !indexed)
        return indexed;
    return transaction.commit();
}

Result<bool> ContactRepository::any() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM contacts)")) || !query.next())
        return Result<bool>::failure(tr("The contacts could not be read: %1").arg(sql::errorText(query)));
    return query.value(0).toBool();
}

Result<int> ContactRepository::bulkChange(const QList<qint64>& ids, const BulkChange& change)
{
    QStringList sets;
    QVariantList values;
    if (change.ownerId) {
        sets << QStringLiteral("owner_id = ?");
        values << sql::id(*change.ownerId);
    }
    if (change.status) {
        sets << QStringLiteral("status = ?");
        values << contactStatusKey(*change.status);
    }
    if (change.archive)
        sets << QStringLiteral("archived_at = coalesce(archived_at, ?)");
    if (change.archive)
        values << Clock::nowMs();
    qint64 tagId = 0;
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return Result<int>::failure(begun.error());
    if (!change.addTag.trimmed().isEmpty()) {
        QSqlQuery tag = sql::prepare(m_db, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"));
        tag.addBindValue(change.addTag.simplified());
        QSqlQuery find = sql::prepare(m_db, QStringLiteral("SELECT id FROM tags WHERE name = ?"));
        find.addBindValue(change.addTag.simplified());
        if (!tag.exec() || !find.exec() || !find.next())
            return Result<int>::failure(tr("The contacts could not be changed: %1").arg(sql::errorText(find)));
        tagId = find.value(0).toLongLong();
    }
    QSqlQuery update = sql::prepare(
        m_db, QStringLiteral("UPDATE contacts SET %1 updated_at = ? WHERE id = ?")
                  .arg(sets.isEmpty() ? QString() : sets.join(QStringLiteral(", ")) + QStringLiteral(",")));
    QSqlQuery link =
        sql::prepare(m_db, QStringLiteral("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)"));
    const qint64 now = Clock::nowMs();
    int changed = 0;
    CustomFieldRepository customFields(m_db);
    QHash<qint64, CustomValues> customBefore;
    if (!change.custom.isEmpty()) {
        auto read = customFields.values(RecordKind::Contact, ids);
        if (!read)
            return Result<int>::failure(read.error());
        customBefore = read.value();
    }
    for (qint64 id : ids) {
        if (!change.custom.isEmpty()) {
            // Counted once per contact whose value is not already the one set.
            const CustomValues& stored = customBefore.value(id);
            const bool differs =
                std::any_of(change.custom.keyValueBegin(), change.custom.keyValueEnd(), [&stored](const auto& entry) {
                    const FieldValue& before = stored.value(entry.first);
                    // Empty is empty, however it is held.
                    return isEmptyValue(before) != isEmptyValue(entry.second) ||
                           (!isEmptyValue(before) && before != entry.second);
                });
            if (Status written = customFields.write(RecordKind::Contact, id, change.custom); !written)
                return Result<int>::failure(tr("The contacts could not be changed: %1").arg(written.error()));
            // A searchable field's text is in the search entry.
            if (Status indexed = SearchIndex::reindexContact(m_db, id); !indexed)
                return Result<int>::failure(indexed.error());
            if (differs && sets.isEmpty()) {
                // The contact changed: the list and scripts read when by updated_at.
                QSqlQuery touched =
                    sql::prepare(m_db, QStringLiteral("UPDATE contacts SET updated_at = ? WHERE id = ?"));
                touched.addBindValue(now);
                touched.addBindValue(id);
                if (!touched.exec())
                    return Result<int>::failure(
                        tr("The contacts could not be changed: %1").arg(sql::errorText(touched)));
                if (tagId == 0)
                    ++changed;
            }
        }
        if (change.status) {
            if (Status recorded = recordStageMove(m_db, id, *change.status, change.move, now); !recorded)
                return Result<int>::failure(tr("The contacts could not be changed: %1").arg(recorded.error()));
        }
        if (!sets.isEmpty()) {
            for (const QVariant& value : values)
                update.addBindValue(value);
            update.addBindValue(now);
            update.addBindValue(id);
            if (!update.exec())
                return Result<int>::failure(tr("The contacts could not be changed: %1").arg(sql::errorText(update)));
            changed += update.numRowsAffected() > 0 ? 1 : 0;
        }
        if (tagId > 0) {
            link.addBindValue(id);
            link.addBindValue(tagId);
            if (!link.exec())
                return Result<int>::failure(tr("The contacts could not be changed: %1").arg(sql::errorText(link)));
            if (sets.isEmpty())
                changed += link.numRowsAffected() > 0 ? 1 : 0;
        }
        if (change.archive) {
            if (Status removed = SearchIndex::removeContact(m_db, id); !removed)
                return Result<int>::failure(removed.error());
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return Result<int>::failure(committed.error());
    return changed;
}

} // namespace kontor
