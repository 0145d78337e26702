// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's business: its team, its lead sources' campaigns, its stages and its companies, written before the
// contacts (DemoWriter.cpp) that belong to them.
#include "DemoWriter.h"
#include "storage/Database.h"

#include "UtcTime.h"
#include "domain/DateText.h"
#include "domain/PhoneNumbers.h"
#include "search/TextFolding.h"
#include "storage/Sql.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <vector>

namespace kontor::demo {

namespace {

// Letters and digits of a folded name, for a domain.
QString domainStem(const QString& words)
{
    QString stem;
    for (const QChar c : sortKey(words)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            stem.append(c);
    }
    return stem;
}

// A date's year in the user's calendar and digits, without a group separator: "2026", "۱۴۰۵".
QString yearText(QDate date)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(DateText::calendar().partsFromDate(date).year);
}

} // namespace

Status DemoWriter::addUsers()
{
    // The default user is on every card, report and change history: a person, not "Owner" (or its translation,
    // which names the first user of a database made in another language). A name someone gave (the welcome page's)
    // stays.
    QSqlQuery owner(m_db);
    if (!owner.exec(QStringLiteral("SELECT id, name FROM users WHERE is_default = 1")))
        return failure(owner);
    if (owner.next() && Database::isPlaceholderUserName(owner.value(1).toString())) {
        QSqlQuery rename = sql::prepare(
            m_db, QStringLiteral(
                      "UPDATE users SET name = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM users WHERE name = ?)"));
        rename.addBindValue(text(m_world.owner));
        rename.addBindValue(owner.value(0));
        rename.addBindValue(text(m_world.owner));
        if (!rename.exec())
            return failure(rename);
    }
    QSqlQuery select(m_db);
    if (!select.exec(QStringLiteral("SELECT id FROM users ORDER BY id")))
        return failure(select);
    while (select.next())
        m_userIds << select.value(0).toLongLong();
    QSqlQuery insert = sql::prepare(m_db, QStringLiteral("INSERT OR IGNORE INTO users (name) VALUES (?)"));
    for (const char* name : m_world.salespeople) {
        insert.addBindValue(text(name));
        if (!insert.exec())
            return failure(insert);
        if (insert.numRowsAffected() == 1) {
            m_userIds << insert.lastInsertId().toLongLong();
            ++m_summary.users;
        }
    }
    return {};
}

Status DemoWriter::addCampaigns()
{
    // The demo's figures are in its business's currency (rials in Persian); a database that has no deals yet makes
    // it the default, so that reports and new deals use it. One that already has deals keeps its own.
    QSqlQuery currency = sql::prepare(m_db, QStringLiteral("UPDATE settings SET value = ? WHERE key = "
                                                           "'default_currency' AND NOT EXISTS (SELECT 1 FROM deals)"));
    currency.addBindValue(m_world.currency);
    if (!currency.exec())
        return failure(currency);
    QSqlQuery select(m_db);
    if (!select.exec(QStringLiteral("SELECT id, name FROM lead_sources WHERE archived_at IS NULL ORDER BY id")))
        return failure(select);
    QStringList sourceNames;
    while (select.next()) {
        m_sourceIds << select.value(0).toLongLong();
        sourceNames << select.value(1).toString();
    }
    // A database made in another language names its sources in it (Database's default names).
    const auto isSource = [](const QString& name, const char* english) {
        return name == text(english) || name == QCoreApplication::translate("DefaultNames", english);
    };
    for (const QString& name : sourceNames) {
        int weight = 10;
        for (const SourceWeight& known : sourceWeights) {
            if (isSource(name, known.source))
                weight = known.weight;
        }
        m_sourceWeights << weight;
        m_totalSourceWeight += weight;
    }
    // Run the demo twice into one file and the second run finds its campaigns there.
    QSqlQuery existing = sql::prepare(m_db, QStringLiteral("SELECT id FROM campaigns WHERE lead_source_id = ? "
                                                           "AND name = ?"));
    QSqlQuery insert = sql::prepare(
        m_db, QStringLiteral("INSERT INTO campaigns (lead_source_id, name, starts_on, ends_on, spend_minor, currency) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    const qint64 scale = std::max<qint64>(1, m_options.contacts / 1000);
    const QDate thisMonth(m_today.year(), m_today.month(), 1);
    for (qsizetype s = 0; s < m_sourceIds.size(); ++s) {
        const qint64 sourceId = m_sourceIds[s];
        std::vector<const CampaignPlan*> plans;
        for (const CampaignPlan& plan : campaignPlans) {
            if (isSource(sourceNames[s], plan.source))
                plans.push_back(&plan);
        }
        if (plans.empty()) {
            for (const CampaignPlan& plan : otherCampaignPlans)
                plans.push_back(&plan);
        }
        for (const CampaignPlan* plan : plans) {
            QDate start;
            QDate end;
            if (plan->month == 0) {
                start = thisMonth.addMonths(-11);
                end = thisMonth.addMonths(2).addDays(-1);
            } else {
                start = QDate(m_today.year(), plan->month, plan->day);
                if (start > m_today)
                    start = start.addYears(-1);
                end = start.addDays(plan->days - 1);
            }
            const QString pattern = demoWord(plan->name);
            // The year as the user writes it: "Tehran fair ۱۴۰۵" in Persian.
            const QString name = pattern.contains(QStringLiteral("%1")) ? pattern.arg(yearText(start)) : pattern;
            const qint64 spend =
                m_world.priceInMinorUnits(m_random.between(plan->minSpend / 10, plan->maxSpend / 10) * 10 * scale);
            qint64 id = 0;
            existing.addBindValue(sourceId);
            existing.addBindValue(name);
            if (!existing.exec())
                return failure(existing);
            if (existing.next()) {
                id = existing.value(0).toLongLong();
            } else {
                insert.addBindValue(sourceId);
                insert.addBindValue(name);
                insert.addBindValue(start.toString(Qt::ISODate));
                insert.addBindValue(end.toString(Qt::ISODate));
                insert.addBindValue(spend);
                insert.addBindValue(m_world.currency);
                if (!insert.exec())
                    return failure(insert);
                id = insert.lastInsertId().toLongLong();
                ++m_summary.campaigns;
            }
            existing.finish();
            m_campaignsBySource[sourceId].append({id, utcAt(start, QTime(0, 0)).toMSecsSinceEpoch(),
                                                  utcAt(end.addDays(1), QTime(0, 0)).toMSecsSinceEpoch()});
        }
    }
    return {};
}

qint64 DemoWriter::pickSource()
{
    if (m_sourceIds.isEmpty())
        return 0;
    int pick = static_cast<int>(m_random.below(m_totalSourceWeight));
    qsizetype index = 0;
    while (pick >= m_sourceWeights[index]) {
        pick -= m_sourceWeights[index];
        ++index;
    }
    return m_sourceIds[index];
}

qint64 DemoWriter::pickCampaign(qint64 sourceId, qint64 created)
{
    // A lead is counted for a campaign running when it came in, or one that ended in the month before.
    const auto campaigns = m_campaignsBySource.constFind(sourceId);
    if (campaigns == m_campaignsBySource.cend())
        return 0;
    std::array<qint64, 8> running{};
    std::size_t count = 0;
    for (const Campaign& campaign : campaigns.value()) {
        if (count < running.size() && campaign.startMs <= created && created < campaign.endMs + 30 * dayMs)
            running[count++] = campaign.id;
    }
    if (count == 0 || !m_random.chance(70))
        return 0;
    return running[static_cast<std::size_t>(m_random.below(qint64(count)))];
}

Status DemoWriter::readStages()
{
    QSqlQuery select(m_db);
    if (!select.exec(QStringLiteral("SELECT id, kind, stale_after_days FROM stages WHERE archived_at IS NULL "
                                    "ORDER BY position")))
        return failure(select);
    while (select.next())
        m_stages.append({select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toInt()});
    for (int i = 0; i < m_stages.size(); ++i) {
        if (m_stages[i].kind == QStringLiteral("open"))
            m_openStages << i;
        else if (m_stages[i].kind == QStringLiteral("won") && m_wonStage < 0)
            m_wonStage = i;
        else if (m_stages[i].kind == QStringLiteral("lost") && m_lostStage < 0)
            m_lostStage = i;
    }
    return {};
}

Status DemoWriter::addCompanies()
{
    const qint64 companyCount = m_options.contacts == 0 ? 0 : std::max<qint64>(1, m_options.contacts / 8);
    m_companyIds.reserve(static_cast<std::size_t>(companyCount));
    QSqlQuery insert = sql::prepare(
        m_db, QStringLiteral("INSERT INTO companies (name, sort_name, parent_id, industry, size, website, phone, "
                             "  city, country, owner_id, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    std::vector<QString> rootNames;
    for (qint64 i = 0; i < companyCount; ++i) {
        const int cultureIndex = m_random.chance(80)
                                     ? static_cast<int>(m_random.below(m_world.homeMarkets))
                                     : static_cast<int>(m_random.below(qint64(m_world.cultures.size())));
        const Culture& culture = m_world.cultures[static_cast<std::size_t>(cultureIndex)];
        const QString city = text(m_random.pick(culture.cities));
        QString name;
        QString domain;
        qint64 parent = 0;
        qint64 parentIndex = -1;
        if (i > 10 && m_random.chance(20)) {
            // A branch, under its head office's domain.
            parentIndex = m_random.below(i);
            parent = m_companyIds[static_cast<std::size_t>(parentIndex)];
            name = rootNames[static_cast<std::size_t>(parentIndex)] + QStringLiteral(" – ") + city;
            domain = m_companyDomains[static_cast<std::size_t>(parentIndex)];
        } else {
            QString stem;
            name = companyName(cultureIndex, stem);
            domain = stem + QString::number(i) + QStringLiteral(".example");
        }
        const qint64 created = m_now - m_random.between(400, 900) * dayMs;
        insert.addBindValue(name);
        insert.addBindValue(sortKey(name));
        insert.addBindValue(sql::id(parent));
        insert.addBindValue(demoWord(m_random.pick(industries)));
        insert.addBindValue(text(m_random.pick(sizes)));
        insert.addBindValue(QString(QStringLiteral("https://www.") + domain));
        insert.addBindValue(PhoneNumbers::madeUp(text(culture.countryCode).toInt(), PhoneNumbers::Line::Fixed,
                                                 static_cast<quint64>(m_random.between(100000000, 999999999))));
        insert.addBindValue(city);
        insert.addBindValue(m_world.countryName(culture));
        insert.addBindValue(m_userIds[static_cast<qsizetype>(m_random.below(m_userIds.size()))]);
        insert.addBindValue(created);
        insert.addBindValue(created);
        if (!insert.exec())
            return failure(insert);
        m_companyIds.push_back(insert.lastInsertId().toLongLong());
        rootNames.push_back(parentIndex >= 0 ? rootNames[static_cast<std::size_t>(parentIndex)] : name);
        m_companyCulture.push_back(cultureIndex);
        m_companyDomains.push_back(domain);
    }
    m_summary.companies = companyCount;
    return {};
}

QString DemoWriter::companyName(int cultureIndex, QString& stem)
{
    const Culture& culture = m_world.cultures[static_cast<std::size_t>(cultureIndex)];
    // A company at home in the demo's language: its founder's name and its business, in that language and script.
    const bool home = cultureIndex == m_world.localNamesCulture;
    if (home) {
        stem = QStringLiteral("company");
        return localCompanyName(text(m_random.pick(culture.names->lastNames)), demoWord(m_random.pick(companyCores)));
    }
    // A founder's name ("Schneider & Partner GmbH", "Okafor Logistics Ltd") or made-up words ("Nova Optics Group AG").
    const QString legalForm = text(m_random.pick(culture.legalForms));
    if (culture.names->latin && m_random.chance(25)) {
        const QString founder = text(m_random.pick(culture.names->lastNames));
        if (!sortKey(founder).startsWith(QStringLiteral("mu"))) {
            stem = domainStem(founder);
            const char* business = m_random.chance(40) ? nullptr : m_random.pick(companyCores);
            const QString second = !business                                   ? QStringLiteral("& Partner")
                                   : cultureIndex < m_world.localBusinessWords ? demoWord(business)
                                                                               : text(business);
            return founder + u' ' + second + u' ' + legalForm;
        }
    }
    const QString prefix = text(m_random.pick(companyPrefixes));
    const QString core = text(m_random.pick(companyCores));
    const QString suffix = text(m_random.pick(companySuffixes));
    stem = domainStem(prefix + core);
    if (suffix.isEmpty())
        return prefix + u' ' + core + u' ' + legalForm;
    return prefix + u' ' + core + u' ' + suffix + u' ' + legalForm;
}

} // namespace kontor::demo
