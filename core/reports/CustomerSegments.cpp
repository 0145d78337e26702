// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerSegments.h"

#include "storage/BulkStatement.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace kontor {

namespace {

struct Stored
{
    RfmSegment segment = RfmSegment::Hibernating;
    int r = 0;
    int f = 0;
    int m = 0;
    QDate lastWon;
    qint64 frequency = 0;
    qint64 monetaryMinor = 0;
    friend bool operator==(const Stored&, const Stored&) = default;
};

} // namespace

QDate CustomerSegments::asOf() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT as_of FROM contact_segments_state LIMIT 1")) || !query.next())
        return {};
    return QDate::fromString(query.value(0).toString(), Qt::ISODate);
}

Result<qint64> CustomerSegments::refresh(QDate today, const QTimeZone& zone)
{
    auto report = RfmAnalysis(m_db).compute(today, zone);
    if (!report)
        return Result<qint64>::failure(report.error());
    return store(report.value());
}

Result<qint64> CustomerSegments::store(const RfmReport& report)
{
    using R = Result<qint64>;
    const auto failed = [](const QString& why) {
        return R::failure(tr("The customers' segments could not be saved: %1").arg(why));
    };
    // What differs is worked out first, by reading: a refresh that changes nothing takes no write lock at all.
    QHash<qint64, Stored> stored;
    {
        BulkStatement read(m_db, QStringLiteral("SELECT contact_id, segment, r, f, m, last_won, frequency, "
                                                "monetary_minor FROM contact_segments"));
        if (!read.isValid() || !read.exec())
            return failed(read.error());
        while (read.next()) {
            const auto segment = rfmSegmentFromKey(read.text(1));
            stored.insert(read.integer(0),
                          Stored{segment.value_or(RfmSegment::Hibernating), int(read.integer(2)), int(read.integer(3)),
                                 int(read.integer(4)), QDate::fromString(read.text(5), Qt::ISODate), read.integer(6),
                                 read.integer(7)});
        }
    }
    QList<const RfmCustomer*> changes;
    for (const RfmCustomer& customer : report.customers) {
        const Stored now{
            customer.segment,      customer.r, customer.f, customer.m, customer.lastWon, customer.frequency,
            customer.monetaryMinor};
        const auto before = stored.constFind(customer.contactId);
        const bool same = before != stored.cend() && *before == now;
        if (before != stored.cend())
            stored.erase(before);
        if (!same)
            changes << &customer;
    }
    // What is left stored is no customer any more.
    const QList<qint64> gone = stored.keys();
    {
        QSqlQuery state(m_db);
        if (changes.isEmpty() && gone.isEmpty() &&
            state.exec(QStringLiteral("SELECT as_of, currency FROM "
                                      "contact_segments_state")) &&
            state.next() && state.value(0).toString() == report.end.toString(Qt::ISODate) &&
            state.value(1).toString() == report.currency)
            return qint64(0);
    }

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed(transaction.error());
    // A contact deleted since the figures were read (a merge, an import taken back) is skipped: the refresh that
    // follows its event sees it gone.
    BulkStatement write(m_db, QStringLiteral("INSERT INTO contact_segments (contact_id, segment, r, f, m, last_won, "
                                             "frequency, monetary_minor) SELECT ?, ?, ?, ?, ?, ?, ?, ? "
                                             "WHERE EXISTS (SELECT 1 FROM contacts WHERE id = ?) "
                                             "ON CONFLICT (contact_id) DO UPDATE SET segment = excluded.segment, "
                                             "r = excluded.r, f = excluded.f, m = excluded.m, "
                                             "last_won = excluded.last_won, frequency = excluded.frequency, "
                                             "monetary_minor = excluded.monetary_minor"));
    if (!write.isValid())
        return failed(write.error());
    qint64 changed = 0;
    for (const RfmCustomer* customer : std::as_const(changes)) {
        write.bind(0, customer->contactId);
        write.bind(1, rfmSegmentKey(customer->segment));
        write.bind(2, customer->r);
        write.bind(3, customer->f);
        write.bind(4, customer->m);
        write.bind(5, customer->lastWon.toString(Qt::ISODate));
        write.bind(6, customer->frequency);
        write.bind(7, customer->monetaryMinor);
        write.bind(8, customer->contactId);
        if (!write.exec())
            return failed(write.error());
        ++changed;
    }
    BulkStatement remove(m_db, QStringLiteral("DELETE FROM contact_segments WHERE contact_id = ?"));
    for (qint64 contactId : gone) {
        remove.bind(0, contactId);
        if (!remove.exec())
            return failed(remove.error());
        ++changed;
    }
    QSqlQuery state(m_db);
    if (!state.exec(QStringLiteral("DELETE FROM contact_segments_state")))
        return failed(sql::errorText(state));
    state.prepare(QStringLiteral("INSERT INTO contact_segments_state (as_of, currency) VALUES (?, ?)"));
    state.addBindValue(report.end.toString(Qt::ISODate));
    state.addBindValue(report.currency);
    if (!state.exec())
        return failed(sql::errorText(state));
    if (Status committed = transaction.commit(); !committed)
        return failed(committed.error());
    return changed;
}

Result<QHash<qint64, RfmSegment>> CustomerSegments::of(const QList<qint64>& contactIds) const
{
    using R = Result<QHash<qint64, RfmSegment>>;
    QHash<qint64, RfmSegment> segments;
    BulkStatement read(m_db, QStringLiteral("SELECT segment FROM contact_segments WHERE contact_id = ?"));
    if (!read.isValid())
        return R::failure(read.error());
    for (qint64 id : contactIds) {
        read.bind(0, id);
        if (!read.exec())
            return R::failure(read.error());
        if (read.next()) {
            if (const auto segment = rfmSegmentFromKey(read.text(0)))
                segments.insert(id, *segment);
        }
    }
    return segments;
}

} // namespace kontor
