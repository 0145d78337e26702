// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallNext.h"

#include "domain/DateText.h"
#include "domain/Interaction.h"
#include "scoring/LeadScoring.h"
#include "storage/Sql.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace kontor {

Result<QList<CallNextItem>> CallNext::list(const QDateTime& now, int limit) const
{
    using R = Result<QList<CallNextItem>>;
    auto customers = this->customers(now, limit);
    if (!customers)
        return customers;
    auto leads = this->leads(now, limit);
    if (!leads)
        return leads;
    QList<CallNextItem> items;
    for (qsizetype i = 0; items.size() < limit && (i < customers->size() || i < leads->size()); ++i) {
        if (i < customers->size())
            items << customers->at(i);
        if (i < leads->size() && items.size() < limit)
            items << leads->at(i);
    }
    return R(items);
}

Result<QList<CallNextItem>> CallNext::leads(const QDateTime& now, int limit) const
{
    using R = Result<QList<CallNextItem>>;
    // Best scores first through the score index; each checked for its stage, a next step and today's contact.
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT s.contact_id, trim(c.first_name || ' ' || c.last_name), c.status, s.score, "
                             "  c.last_interaction_at "
                             "FROM contact_scores s JOIN contacts c ON c.id = s.contact_id "
                             "WHERE s.score > 0 AND c.status IN (?, ?, ?) AND c.archived_at IS NULL "
                             "  AND (c.last_interaction_at IS NULL OR c.last_interaction_at < ?) "
                             "  AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.contact_id = c.id "
                             "    AND r.done_at IS NULL AND r.archived_at IS NULL) "
                             "  AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.contact_id = c.id "
                             "    AND i.kind = ? AND i.occurred_at > ? AND i.archived_at IS NULL) "
                             "ORDER BY s.score DESC, s.contact_id DESC LIMIT ?"));
    for (ContactStatus status : {ContactStatus::Lead, ContactStatus::Mql, ContactStatus::Sql})
        query.addBindValue(contactStatusKey(status));
    // Today as the user's calendar has it: a call logged a minute ago takes them off the list.
    query.addBindValue(QDateTime(now.toLocalTime().date(), QTime(0, 0)).toMSecsSinceEpoch());
    query.addBindValue(InteractionKinds::meeting);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(limit);
    if (!query.exec())
        return R::failure(tr("Who to call next could not be read: %1").arg(sql::errorText(query)));
    QList<CallNextItem> items;
    while (query.next()) {
        CallNextItem item;
        item.kind = CallNextItem::Kind::Lead;
        item.contactId = query.value(0).toLongLong();
        item.name = query.value(1).toString();
        item.status = contactStatusFromKey(query.value(2).toString());
        item.score = query.value(3).toInt();
        item.lastContact = sql::toTime(query.value(4));
        items << item;
    }
    // Why: the rules that gave the most points now (the stored score may be a day old; the reasons are today's).
    const LeadScoring scoring(m_db);
    for (CallNextItem& item : items) {
        if (auto explained = scoring.explain(item.contactId, now); explained) {
            item.reasons = explained->reasons;
            std::stable_sort(item.reasons.begin(), item.reasons.end(), [](const ScoreReason& a, const ScoreReason& b) {
                return std::abs(a.points) > std::abs(b.points);
            });
        }
    }
    return items;
}

Result<QList<CallNextItem>> CallNext::customers(const QDateTime& now, int limit) const
{
    using R = Result<QList<CallNextItem>>;
    // A segment at a time, by revenue through its index, stopping at the limit: joining all the segment's customers
    // first reads tens of thousands of contacts at a million to show ten.
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT s.contact_id, trim(c.first_name || ' ' || c.last_name), s.segment, s.frequency, "
                             "  s.last_won, s.monetary_minor, c.last_interaction_at, "
                             "  (SELECT currency FROM contact_segments_state LIMIT 1) "
                             "FROM contact_segments s JOIN contacts c ON c.id = s.contact_id "
                             "WHERE s.segment = ? AND c.archived_at IS NULL "
                             "  AND (c.last_interaction_at IS NULL OR c.last_interaction_at < ?) "
                             "ORDER BY s.monetary_minor DESC, s.contact_id DESC LIMIT ?"));
    QList<CallNextItem> items;
    for (RfmSegment segment : {RfmSegment::CantLoseThem, RfmSegment::AtRisk}) {
        if (items.size() >= limit)
            break;
        query.addBindValue(rfmSegmentKey(segment));
        query.addBindValue(now.addDays(-quietDays).toMSecsSinceEpoch());
        query.addBindValue(limit - items.size());
        if (!query.exec())
            return R::failure(tr("Who to call next could not be read: %1").arg(sql::errorText(query)));
        while (query.next()) {
            CallNextItem item;
            item.contactId = query.value(0).toLongLong();
            item.name = query.value(1).toString();
            item.segment = rfmSegmentFromKey(query.value(2).toString()).value_or(RfmSegment::AtRisk);
            item.frequency = query.value(3).toLongLong();
            item.lastWon = QDate::fromString(query.value(4).toString(), Qt::ISODate);
            item.monetary = Money{query.value(5).toLongLong(), query.value(7).toString()};
            item.lastContact = sql::toTime(query.value(6));
            items << item;
        }
    }
    return items;
}

QString CallNext::reason(const CallNextItem& item, const QDateTime& now)
{
    const QLocale locale;
    const QString quiet = item.lastContact.isValid()
                              ? tr("no contact for %Ln day(s)", nullptr,
                                   int(item.lastContact.toLocalTime().date().daysTo(now.toLocalTime().date())))
                              : tr("never contacted");
    if (item.kind == CallNextItem::Kind::Lead) {
        // The three rules that gave the most, so the line stays one line.
        constexpr int named = 3;
        QStringList given;
        for (const ScoreReason& reason : item.reasons.first(std::min<qsizetype>(named, item.reasons.size()))) {
            const int points = static_cast<int>(std::round(reason.points));
            // A rule whose points have all but faded says nothing.
            if (points == 0)
                continue;
            given << tr("%1 %2", "a scoring rule and its points: Decision maker +20")
                         .arg(reason.name,
                              points > 0 ? locale.positiveSign() + locale.toString(points) : locale.toString(points));
        }
        const QString score =
            given.isEmpty() ? tr("score %1").arg(locale.toString(item.score))
                            : tr("score %1: %2", "a lead score and the rules that gave it")
                                  .arg(locale.toString(item.score), given.join(tr(", ", "between scoring rules")));
        return tr("%1; %2", "a lead's score; its last contact").arg(score, quiet);
    }
    const QString bought = tr("%Ln order(s), the last on %1", nullptr, int(std::min<qint64>(item.frequency, 1000000)))
                               .arg(DateText::date(item.lastWon, locale));
    return tr("%1, %2 in all; %3", "orders, revenue; last contact").arg(bought, item.monetary.format(locale), quiet);
}

} // namespace kontor
