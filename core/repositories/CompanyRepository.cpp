// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyRepository.h"
#include "CustomFieldRepository.h"

#include "Clock.h"
#include "TagStore.h"
#include "search/Search.h"
#include "search/TextFolding.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace kontor {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, name, parent_id, industry, size, territory, website, phone, email, street, city, region, postal_code, "
    "country, owner_id, notes, created_at, updated_at, archived_at FROM companies ");

Company readCompany(const QSqlQuery& query)
{
    Company company;
    company.id = query.value(0).toLongLong();
    company.name = query.value(1).toString();
    company.parentId = query.value(2).toLongLong();
    company.industry = query.value(3).toString();
    company.size = query.value(4).toString();
    company.territory = query.value(5).toString();
    company.website = query.value(6).toString();
    company.phone = query.value(7).toString();
    company.email = query.value(8).toString();
    company.address = {query.value(9).toString(), query.value(10).toString(), query.value(11).toString(),
                       query.value(12).toString(), query.value(13).toString()};
    company.ownerId = query.value(14).toLongLong();
    company.notes = query.value(15).toString();
    company.createdAt = sql::toTime(query.value(16));
    company.updatedAt = sql::toTime(query.value(17));
    company.archivedAt = sql::toTime(query.value(18));
    return company;
}

void bindFields(QSqlQuery& query, const Company& company)
{
    query.addBindValue(company.name.trimmed());
    query.addBindValue(sortKey(company.name));
    query.addBindValue(sql::id(company.parentId));
    query.addBindValue(sql::text(company.industry));
    query.addBindValue(sql::text(company.size));
    query.addBindValue(sql::text(company.territory));
    query.addBindValue(sql::text(company.website));
    query.addBindValue(sql::text(latinDigits(company.phone)));
    query.addBindValue(sql::text(company.email));
    query.addBindValue(sql::text(company.address.street));
    query.addBindValue(sql::text(company.address.city));
    query.addBindValue(sql::text(company.address.region));
    query.addBindValue(sql::text(company.address.postalCode));
    query.addBindValue(sql::text(company.address.country));
    query.addBindValue(sql::id(company.ownerId));
    query.addBindValue(sql::text(company.notes));
}

} // namespace

Status CompanyRepository::validate(const Company& company) const
{
    if (company.name.trimmed().isEmpty())
        return Status::failure(tr("A company needs a name."));
    if (company.id > 0 && company.parentId > 0) {
        auto chain = ancestry(company.parentId);
        if (!chain)
            return Status::failure(chain.error());
        for (const Company& ancestor : chain.value()) {
            if (ancestor.id == company.id)
                return Status::failure(tr("A company cannot be a branch of itself or of one of its own branches."));
        }
    }
    return {};
}

Result<qint64> CompanyRepository::create(const Company& company)
{
    if (Status valid = validate(company); !valid)
        return Result<qint64>::failure(valid.error());
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return Result<qint64>::failure(begun.error());
    QSqlQuery query = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO companies (name, sort_name, parent_id, industry, size, territory, website, "
                       "  phone, email, street, city, region, postal_code, country, owner_id, notes, "
                       "  created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(query, company);
    const qint64 now = Clock::nowMs();
    query.addBindValue(company.createdAt.isValid() ? company.createdAt.toMSecsSinceEpoch() : now);
    query.addBindValue(now);
    if (!query.exec())
        return Result<qint64>::failure(tr("The company could not be saved: %1").arg(sql::errorText(query)));
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status tags =
            TagStore(m_db).attach(QStringLiteral("company_tags"), QStringLiteral("company_id"), id, company.tags);
        !tags)
        return Result<qint64>::failure(tags.error());
    if (Status custom = CustomFieldRepository(m_db).write(RecordKind::Company, id, company.custom); !custom)
        return Result<qint64>::failure(custom.error());
    if (Status committed = transaction.commit(); !committed)
        return Result<qint64>::failure(committed.error());
    return id;
}

Status CompanyRepository::update(const Company& company)
{
    if (Status valid = validate(company); !valid)
        return valid;
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    auto before = get(company.id);
    if (!before)
        return Status::failure(before.error());
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("UPDATE companies SET name = ?, sort_name = ?, parent_id = ?, industry = ?, size = ?, "
                             "  territory = ?, website = ?, phone = ?, email = ?, street = ?, city = ?, region = ?, "
                             "  postal_code = ?, country = ?, owner_id = ?, notes = ?, updated_at = ? WHERE id = ?"));
    bindFields(query, company);
    query.addBindValue(Clock::nowMs());
    query.addBindValue(company.id);
    if (!query.exec())
        return Status::failure(tr("The company could not be saved: %1").arg(sql::errorText(query)));
    QSqlQuery clear = sql::prepare(m_db, QStringLiteral("DELETE FROM company_tags WHERE company_id = ?"));
    clear.addBindValue(company.id);
    if (!clear.exec())
        return Status::failure(sql::errorText(clear));
    if (Status tags = TagStore(m_db).attach(QStringLiteral("company_tags"), QStringLiteral("company_id"), company.id,
                                            company.tags);
        !tags)
        return tags;
    if (Status custom = CustomFieldRepository(m_db).write(RecordKind::Company, company.id, company.custom); !custom)
        return custom;
    // Contacts are found by their company's name too.
    if (before->name != company.name.trimmed()) {
        if (Status reindexed = SearchIndex::reindexContactsOfCompany(m_db, company.id); !reindexed)
            return reindexed;
    }
    return transaction.commit();
}

Result<Company> CompanyRepository::get(qint64 id) const
{
    QSqlQuery query = sql::prepare(m_db, selectColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Result<Company>::failure(tr("The company could not be read: %1").arg(sql::errorText(query)));
    if (!query.next())
        return Result<Company>::failure(tr("There is no company with the number %1.").arg(id));
    Company company = readCompany(query);
    auto tags = TagStore(m_db).tagsOf(QStringLiteral("company_tags"), QStringLiteral("company_id"), id);
    if (!tags)
        return Result<Company>::failure(tags.error());
    company.tags = tags.value();
    auto custom = CustomFieldRepository(m_db).values(RecordKind::Company, id);
    if (!custom)
        return Result<Company>::failure(custom.error());
    company.custom = custom.value();
    return company;
}

Status CompanyRepository::archive(qint64 id)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query = sql::prepare(
        m_db,
        QStringLiteral("UPDATE companies SET archived_at = :p1, updated_at = :p1 WHERE id = :p2 AND archived_at IS "
                       "NULL"));
    query.bindValue(QStringLiteral(":p1"), Clock::nowMs());
    query.bindValue(QStringLiteral(":p2"), id);
    if (!query.exec())
        return Status::failure(tr("The company could not be archived: %1").arg(sql::errorText(query)));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("The company is already archived or no longer exists."));
    return transaction.commit();
}

Result<QList<Company>> CompanyRepository::children(qint64 parentId) const
{
    QSqlQuery query = sql::prepare(
        m_db, selectColumns + QStringLiteral("WHERE parent_id = ? AND archived_at IS NULL ORDER BY sort_name"));
    query.addBindValue(parentId);
    if (!query.exec())
        return Result<QList<Company>>::failure(sql::errorText(query));
    QList<Company> companies;
    while (query.next())
        companies.append(readCompany(query));
    return companies;
}

Result<QList<Company>> CompanyRepository::ancestry(qint64 id) const
{
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("WITH RECURSIVE chain(id, depth) AS ("
                             "  SELECT ?, 0 UNION ALL "
                             "  SELECT c.parent_id, chain.depth + 1 FROM companies c JOIN chain ON c.id = chain.id "
                             "  WHERE c.parent_id IS NOT NULL AND chain.depth < 64) "
                             "SELECT chain.id FROM chain ORDER BY depth DESC"));
    query.addBindValue(id);
    if (!query.exec())
        return Result<QList<Company>>::failure(sql::errorText(query));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QList<Company> chain;
    for (qint64 companyId : ids) {
        auto company = get(companyId);
        if (!company)
            return Result<QList<Company>>::failure(company.error());
        chain.append(company.value());
    }
    return chain;
}

Result<qint64> CompanyRepository::findByName(const QString& name) const
{
    sql::KeptRead read(
        m_db,
        QStringLiteral("SELECT id FROM companies WHERE sort_name = ? AND archived_at IS NULL ORDER BY id LIMIT 1"));
    QSqlQuery& query = *read;
    query.bindValue(0, sortKey(name.trimmed()));
    if (!query.exec())
        return Result<qint64>::failure(sql::errorText(query));
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<QList<Company>> CompanyRepository::namesStartingWith(const QString& prefix, int limit) const
{
    const QString key = sortKey(prefix.trimmed());
    // A range on the sort key uses its index; LIKE would not, being case-insensitive by default.
    QSqlQuery query =
        sql::prepare(m_db, selectColumns + QStringLiteral("WHERE sort_name >= :p1 AND sort_name < :p1 || char(1114111) "
                                                          "AND archived_at IS NULL ORDER BY sort_name LIMIT :p2"));
    query.bindValue(QStringLiteral(":p1"), key);
    query.bindValue(QStringLiteral(":p2"), limit);
    if (!query.exec())
        return Result<QList<Company>>::failure(sql::errorText(query));
    QList<Company> companies;
    while (query.next())
        companies.append(readCompany(query));
    return companies;
}

Result<QList<CompanyListItem>> CompanyRepository::listWhere(const SqlCondition& condition, int limit,
                                                            const CompanyListItem* after) const
{
    return listMatching(QStringLiteral("(%1) ").arg(condition.clause), condition.values, limit, after);
}

Result<QList<CompanyListItem>> CompanyRepository::list(qint64 parentId, int limit, const CompanyListItem* after) const
{
    return parentId > 0 ? listMatching(QStringLiteral("parent_id = ? "), {parentId}, limit, after)
                        : listMatching(QStringLiteral("parent_id IS NULL "), {}, limit, after);
}

Result<QList<CompanyListItem>> CompanyRepository::listMatching(const QString& condition, const QVariantList& values,
                                                               int limit, const CompanyListItem* after) const
{
    QString where = condition;
    if (after)
        where += QStringLiteral("AND (sort_name, id) > (?, ?) ");
    // Columns of the company by position, then whether it has branches and how many people work there.
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT id, name, parent_id, industry, size, territory, website, phone, email, street, "
                             "  city, region, postal_code, country, owner_id, notes, created_at, updated_at, "
                             "  archived_at, "
                             "  EXISTS (SELECT 1 FROM companies b WHERE b.parent_id = companies.id "
                             "          AND b.archived_at IS NULL), "
                             "  (SELECT count(*) FROM contacts p WHERE p.company_id = companies.id "
                             "          AND p.archived_at IS NULL) "
                             "FROM companies WHERE ") +
                  where + QStringLiteral("AND archived_at IS NULL ORDER BY sort_name, id LIMIT ?"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (after) {
        QSqlQuery key = sql::prepare(m_db, QStringLiteral("SELECT sort_name FROM companies WHERE id = ?"));
        key.addBindValue(after->company.id);
        if (!key.exec() || !key.next())
            return Result<QList<CompanyListItem>>::failure(sql::errorText(key));
        query.addBindValue(key.value(0));
        query.addBindValue(after->company.id);
    }
    query.addBindValue(limit);
    if (!query.exec())
        return Result<QList<CompanyListItem>>::failure(
            tr("The companies could not be read: %1").arg(sql::errorText(query)));
    QList<CompanyListItem> items;
    while (query.next())
        items.append({readCompany(query), query.value(19).toBool(), query.value(20).toInt()});
    return items;
}

Result<QList<qint64>> CompanyRepository::withBranches(qint64 id) const
{
    QSqlQuery query = sql::prepare(m_db, QStringLiteral("WITH RECURSIVE tree(id, depth) AS ("
                                                        "  SELECT ?, 0 UNION "
                                                        "  SELECT c.id, tree.depth + 1 FROM companies c "
                                                        "  JOIN tree ON c.parent_id = tree.id "
                                                        "  WHERE c.archived_at IS NULL AND tree.depth < 64) "
                                                        "SELECT DISTINCT id FROM tree"));
    query.addBindValue(id);
    if (!query.exec())
        return Result<QList<qint64>>::failure(tr("The company could not be read: %1").arg(sql::errorText(query)));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<CompanyContact>> CompanyRepository::contacts(qint64 id, bool includeBranches, int limit) const
{
    auto ids = includeBranches ? withBranches(id) : Result<QList<qint64>>(QList<qint64>{id});
    if (!ids)
        return Result<QList<CompanyContact>>::failure(ids.error());
    QStringList marks;
    for (qsizetype i = 0; i < ids->size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT p.id, trim(p.first_name || ' ' || p.last_name), p.title, c.name, p.status, "
                             "  p.last_interaction_at "
                             "FROM contacts p JOIN companies c ON c.id = p.company_id "
                             "WHERE p.company_id IN (%1) AND p.archived_at IS NULL ORDER BY p.sort_name, p.id LIMIT ?")
                  .arg(marks.join(u',')));
    for (qint64 company : ids.value())
        query.addBindValue(company);
    query.addBindValue(limit);
    if (!query.exec())
        return Result<QList<CompanyContact>>::failure(
            tr("The company could not be read: %1").arg(sql::errorText(query)));
    QList<CompanyContact> people;
    while (query.next()) {
        people.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), contactStatusFromKey(query.value(4).toString()),
                       sql::toTime(query.value(5))});
    }
    return people;
}

Result<QList<CompanyInteraction>> CompanyRepository::history(qint64 id, int limit) const
{
    auto ids = withBranches(id);
    if (!ids)
        return Result<QList<CompanyInteraction>>::failure(ids.error());
    QStringList marks;
    for (qsizetype i = 0; i < ids->size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT i.id, i.contact_id, i.kind, i.occurred_at, i.duration_seconds, i.subject, "
                             "  i.notes, i.outcome, i.resolved_at, trim(p.first_name || ' ' || p.last_name) "
                             "FROM contacts p JOIN interactions i ON i.contact_id = p.id "
                             "WHERE p.company_id IN (%1) AND i.archived_at IS NULL "
                             "ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?")
                  .arg(marks.join(u',')));
    for (qint64 company : ids.value())
        query.addBindValue(company);
    query.addBindValue(limit);
    if (!query.exec())
        return Result<QList<CompanyInteraction>>::failure(
            tr("The company could not be read: %1").arg(sql::errorText(query)));
    QList<CompanyInteraction> items;
    while (query.next()) {
        CompanyInteraction item;
        item.interaction.id = query.value(0).toLongLong();
        item.interaction.contactId = query.value(1).toLongLong();
        item.interaction.kind = query.value(2).toString();
        item.interaction.occurredAt = sql::toTime(query.value(3));
        item.interaction.durationSeconds = query.value(4).toInt();
        item.interaction.subject = query.value(5).toString();
        item.interaction.notes = query.value(6).toString();
        item.interaction.outcome = query.value(7).toString();
        item.interaction.resolvedAt = sql::toTime(query.value(8));
        item.contactName = query.value(9).toString();
        items.append(item);
    }
    return items;
}

} // namespace kontor
