// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallNext.h"

#include "domain/DateText.h"
#include "storage/Sql.h"

#include <QLocale>
#include <QSqlQuery>

namespace kontor {

Result<QList<CallNextItem>> CallNext::list(const QDateTime& now, int limit) const
{
    using R = Result<QList<CallNextItem>>;
    QSqlQuery query = sql::prepare(
        m_db, QStringLiteral("SELECT s.contact_id, trim(c.first_name || ' ' || c.last_name), s.segment, s.frequency, "
                             "  s.last_won, s.monetary_minor, c.last_interaction_at, "
                             "  (SELECT currency FROM contact_segments_state LIMIT 1) "
                             "FROM contact_segments s JOIN contacts c ON c.id = s.contact_id "
                             "WHERE s.segment IN (?, ?) AND c.archived_at IS NULL "
                             "  AND (c.last_interaction_at IS NULL OR c.last_interaction_at < ?) "
                             "ORDER BY s.segment = ? DESC, s.monetary_minor DESC, s.contact_id LIMIT ?"));
    query.addBindValue(rfmSegmentKey(RfmSegment::CantLoseThem));
    query.addBindValue(rfmSegmentKey(RfmSegment::AtRisk));
    query.addBindValue(now.addDays(-quietDays).toMSecsSinceEpoch());
    query.addBindValue(rfmSegmentKey(RfmSegment::CantLoseThem));
    query.addBindValue(limit);
    if (!query.exec())
        return R::failure(tr("Who to call next could not be read: %1").arg(sql::errorText(query)));
    QList<CallNextItem> items;
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
    return items;
}

QString CallNext::reason(const CallNextItem& item, const QDateTime& now)
{
    const QLocale locale;
    const QString bought = tr("%Ln order(s), the last on %1", nullptr, int(std::min<qint64>(item.frequency, 1000000)))
                               .arg(DateText::date(item.lastWon, locale));
    const QString quiet = item.lastContact.isValid()
                              ? tr("no contact for %Ln day(s)", nullptr,
                                   int(item.lastContact.toLocalTime().date().daysTo(now.toLocalTime().date())))
                              : tr("never contacted");
    return tr("%1, %2 in all; %3", "orders, revenue; last contact").arg(bought, item.monetary.format(locale), quiet);
}

} // namespace kontor
