// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRun.h"

#include "Clock.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kontor {

QString cleanImportedCell(const QString& cell)
{
    QString text = cell.trimmed();
    // Checked before the line breaks change: CsvWriter puts the apostrophe before a leading \r too.
    if (text.size() > 1 && text.front() == u'\'' && QStringView(u"=+-@\t\r").contains(text.at(1)))
        text.remove(0, 1);
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

QString companyToJson(const Company& company)
{
    const QJsonObject object{{QStringLiteral("name"), company.name},
                             {QStringLiteral("parent_id"), company.parentId},
                             {QStringLiteral("industry"), company.industry},
                             {QStringLiteral("size"), company.size},
                             {QStringLiteral("territory"), company.territory},
                             {QStringLiteral("website"), company.website},
                             {QStringLiteral("phone"), company.phone},
                             {QStringLiteral("email"), company.email},
                             {QStringLiteral("street"), company.address.street},
                             {QStringLiteral("city"), company.address.city},
                             {QStringLiteral("region"), company.address.region},
                             {QStringLiteral("postal_code"), company.address.postalCode},
                             {QStringLiteral("country"), company.address.country},
                             {QStringLiteral("owner_id"), company.ownerId},
                             {QStringLiteral("tags"), QJsonArray::fromStringList(company.tags)},
                             {QStringLiteral("notes"), company.notes}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void companyFromJson(const QString& json, Company& company)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    company.name = object[QStringLiteral("name")].toString();
    company.parentId = object[QStringLiteral("parent_id")].toInteger();
    company.industry = object[QStringLiteral("industry")].toString();
    company.size = object[QStringLiteral("size")].toString();
    company.territory = object[QStringLiteral("territory")].toString();
    company.website = object[QStringLiteral("website")].toString();
    company.phone = object[QStringLiteral("phone")].toString();
    company.email = object[QStringLiteral("email")].toString();
    company.address = {object[QStringLiteral("street")].toString(), object[QStringLiteral("city")].toString(),
                       object[QStringLiteral("region")].toString(), object[QStringLiteral("postal_code")].toString(),
                       object[QStringLiteral("country")].toString()};
    company.ownerId = object[QStringLiteral("owner_id")].toInteger();
    company.tags.clear();
    for (const QJsonValue& tag : object[QStringLiteral("tags")].toArray())
        company.tags << tag.toString();
    company.notes = object[QStringLiteral("notes")].toString();
}

ImportRun::ImportRun(QSqlDatabase db, const ImportOptions& options, QString kind)
    : m_db(std::move(db)), m_options(options), m_kind(std::move(kind))
{
    m_report.dryRun = options.dryRun;
}

Status ImportRun::start()
{
    m_transaction.emplace(m_db);
    if (!m_transaction->isActive())
        return Status::failure(tr("The import could not start: %1").arg(m_transaction->error()));
    if (m_options.dryRun)
        return {};
    const qint64 now = Clock::nowMs();
    QSqlQuery insert = sql::prepare(
        m_db, QStringLiteral("INSERT INTO imports (file_name, kind, started_at, finished_at) VALUES (?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(sql::notNull(m_options.fileName)), QVariant(m_kind), QVariant(now), QVariant(now)})
        insert.addBindValue(value);
    if (!insert.exec())
        return Status::failure(tr("The import could not start: %1").arg(sql::errorText(insert)));
    m_importId = insert.lastInsertId().toLongLong();
    m_change = std::make_unique<BulkStatement>(
        m_db, QStringLiteral("INSERT INTO import_changes (import_id, entity, entity_id, action, before) "
                             "VALUES (?, ?, ?, ?, ?)"));
    return {};
}

Status ImportRun::recordChange(const QString& entity, qint64 id, const QString& action, const QString& before)
{
    if (m_importId == 0)
        return {};
    m_change->bind(0, m_importId);
    m_change->bind(1, entity);
    m_change->bind(2, id);
    m_change->bind(3, action);
    m_change->bindText(4, before);
    if (!m_change->exec())
        return Status::failure(m_change->error());
    return {};
}

bool ImportRun::add(const ImportRowOutcome& outcome, const ProgressCallback& progress, qint64 done, qint64 total)
{
    ++m_report.rows;
    qint64* counts[] = {&m_report.created, &m_report.updated, &m_report.merged, &m_report.skipped, &m_report.rejected};
    ++*counts[int(outcome.action)];
    if (!outcome.warnings.isEmpty())
        ++m_report.flagged;
    const bool plain = outcome.action == ImportAction::Create && outcome.warnings.isEmpty();
    if (plain ? m_listedCreated++ < ImportReport::maxListedCreated : m_report.outcomes.size() < ImportReport::maxListed)
        m_report.outcomes << outcome;
    return !progress || m_report.rows % 500 != 0 ||
           progress(done, total, m_options.dryRun ? tr("Checking rows") : tr("Importing rows"));
}

Result<ImportReport> ImportRun::finish(const std::function<Status()>& beforeCommit)
{
    using R = Result<ImportReport>;
    // Rows that are not plain creations first, in file order; then the creations.
    std::stable_sort(m_report.outcomes.begin(), m_report.outcomes.end(), [](const auto& a, const auto& b) {
        const auto plain = [](const ImportRowOutcome& o) {
            return o.action == ImportAction::Create && o.warnings.isEmpty();
        };
        return !plain(a) && plain(b);
    });
    if (m_options.dryRun) {
        m_transaction->rollback();
        return m_report;
    }
    const auto failed = [](const QString& error) {
        return R::failure(tr("The import could not be finished, and nothing was imported: %1").arg(error));
    };
    if (beforeCommit)
        if (Status done = beforeCommit(); !done)
            return failed(done.error());
    QSqlQuery finish = sql::prepare(
        m_db, QStringLiteral("UPDATE imports SET finished_at = ?, created = ?, updated = ?, merged = ?, skipped = ?, "
                             "rejected = ? WHERE id = ?"));
    for (const QVariant& value :
         {QVariant(Clock::nowMs()), QVariant(m_report.created), QVariant(m_report.updated), QVariant(m_report.merged),
          QVariant(m_report.skipped), QVariant(m_report.rejected), QVariant(m_importId)})
        finish.addBindValue(value);
    if (!finish.exec())
        return failed(sql::errorText(finish));
    if (Status committed = m_transaction->commit(); !committed)
        return R::failure(tr("The import could not be saved, and nothing was imported: %1").arg(committed.error()));
    m_report.importId = m_importId;
    return m_report;
}

} // namespace kontor
