// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportHistory.h"

#include "Clock.h"
#include "domain/Contact.h"
#include "io/ImportRun.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "search/Search.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

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

/// Custom values as JSON that says its own type, so that they read back without the fields' definitions.
QJsonObject customToJson(const CustomValues& values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldValue& value = it.value();
        QJsonObject typed;
        if (const auto* text = std::get_if<QString>(&value))
            typed.insert(QStringLiteral("text"), *text);
        else if (const auto* number = std::get_if<double>(&value))
            typed.insert(QStringLiteral("number"), *number);
        else if (const auto* money = std::get_if<Money>(&value))
            typed = {{QStringLiteral("minor"), money->minor}, {QStringLiteral("currency"), money->currency}};
        else if (const auto* date = std::get_if<QDate>(&value))
            typed.insert(QStringLiteral("date"), date->toString(Qt::ISODate));
        else if (const auto* checked = std::get_if<bool>(&value))
            typed.insert(QStringLiteral("bool"), *checked);
        else if (const auto* id = std::get_if<qint64>(&value))
            typed.insert(QStringLiteral("id"), *id);
        else if (const auto* ids = std::get_if<QList<qint64>>(&value)) {
            QJsonArray array;
            for (qint64 each : *ids)
                array.append(each);
            typed.insert(QStringLiteral("ids"), array);
        }
        if (!typed.isEmpty())
            object.insert(QString::number(it.key()), typed);
    }
    return object;
}

CustomValues customFromJson(const QJsonObject& object)
{
    CustomValues values;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject typed = it.value().toObject();
        FieldValue value;
        if (typed.contains(QStringLiteral("text")))
            value = typed[QStringLiteral("text")].toString();
        else if (typed.contains(QStringLiteral("number")))
            value = typed[QStringLiteral("number")].toDouble();
        else if (typed.contains(QStringLiteral("minor")))
            value = Money{typed[QStringLiteral("minor")].toInteger(), typed[QStringLiteral("currency")].toString()};
        else if (typed.contains(QStringLiteral("date")))
            value = QDate::fromString(typed[QStringLiteral("date")].toString(), Qt::ISODate);
        else if (typed.contains(QStringLiteral("bool")))
            value = typed[QStringLiteral("bool")].toBool();
        else if (typed.contains(QStringLiteral("id")))
            value = qint64(typed[QStringLiteral("id")].toInteger());
        else if (typed.contains(QStringLiteral("ids"))) {
            QList<qint64> ids;
            for (const QJsonValue& each : typed[QStringLiteral("ids")].toArray())
                ids << each.toInteger();
            value = ids;
        }
        values.insert(it.key().toLongLong(), value);
    }
    return values;
}

} // namespace

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
        {QStringLiteral("custom"), customToJson(contact.custom)},
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
    // The custom values as they were: those the import added are emptied. An entry written before custom fields
    // existed has none to put back.
    if (object.contains(QStringLiteral("custom"))) {
        const CustomValues before = customFromJson(object[QStringLiteral("custom")].toObject());
        for (auto it = contact.custom.begin(); it != contact.custom.end(); ++it)
            it.value() = before.value(it.key());
        contact.custom.insert(before);
    }
}

Result<QList<qint64>> ImportHistory::contactsOf(qint64 importId) const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT DISTINCT entity_id FROM import_changes WHERE "
                                                        "import_id = ? AND entity = 'contact' ORDER BY entity_id"));
    query.addBindValue(importId);
    if (!query.exec())
        return Result<QList<qint64>>::failure(
            tr("The import's contacts could not be read: %1").arg(sql::errorText(query)));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
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
                                          "(SELECT count(*) FROM reminders WHERE contact_id = :id) + "
                                          // Another record that links to it in a custom field.
                                          "(SELECT count(*) FROM custom_values WHERE integer_value = :id AND field_id "
                                          "IN (SELECT id FROM custom_fields WHERE type = 'contact'))"));
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
