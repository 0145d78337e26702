// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small database the report tests build by hand: contacts, deals moved through stages, interactions, written
// with plain SQL so that each row is exactly as the test says.
#include "TestDatabase.h"

#include "Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace kontor::test {

// Stage and source ids as the first migration numbers them.
enum Stage : qint64 { NewLead = 1, InitialContact, Qualification, Demo, Proposal, ContractReview, Won, Lost };
enum Source : qint64 { Website = 1, Referral = 2, ColdCall = 3, TradeShow = 4 };

inline qint64 at(const char* utc)
{
    return QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate).toMSecsSinceEpoch();
}

inline const QTimeZone berlin("Europe/Berlin");

class Fixture
{
public:
    QSqlDatabase db() const { return m_fixture.db(); }

    void exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    qint64 user(const QString& name)
    {
        exec(QStringLiteral("INSERT INTO users (name) VALUES (?)"), {name});
        return lastId();
    }
    qint64 contact(qint64 created, QVariant source = {}, QVariant campaign = {},
                   const QString& status = QStringLiteral("lead"), QVariant owner = {})
    {
        exec(QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at, lead_source_id, campaign_id, "
                            "status, owner_id) VALUES ('C', ?, ?, ?, ?, ?, ?)"),
             {created, created, source, campaign, status, owner});
        return lastId();
    }
    /// A deal created in its first stage at `moves[0]`, then moved through the rest: (stage, when) pairs.
    qint64 deal(qint64 amount, const QList<QPair<qint64, qint64>>& moves, QVariant owner = {},
                const QString& currency = QStringLiteral("EUR"), QVariant contact = {}, QVariant source = {},
                QVariant campaign = {}, QVariant movedBy = {})
    {
        const auto& [lastStage, lastAt] = moves.last();
        const bool closed = lastStage == Won || lastStage == Lost;
        exec(QStringLiteral("INSERT INTO deals (title, stage_id, amount_minor, currency, owner_id, contact_id, "
                            "lead_source_id, campaign_id, stage_entered_at, closed_at, created_at, updated_at) "
                            "VALUES ('D', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {lastStage, amount, currency, owner, contact, source, campaign, lastAt,
              closed ? QVariant(lastAt) : QVariant(), moves.first().second, lastAt});
        const qint64 id = lastId();
        QVariant from;
        for (const auto& [stage, when] : moves) {
            exec(QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, changed_at, "
                                "changed_by) VALUES (?, ?, ?, ?, ?)"),
                 {id, from, stage, when, movedBy});
            from = stage;
        }
        return id;
    }
    qint64 interaction(qint64 contact, const QString& kind, qint64 when, QVariant outcome = {}, QVariant by = {},
                       QVariant created = {}, QVariant resolved = {})
    {
        exec(QStringLiteral("INSERT INTO interactions (contact_id, kind, occurred_at, outcome, logged_by, created_at, "
                            "resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {contact, kind, when, outcome, by, created.isNull() ? QVariant(when) : created, resolved});
        return lastId();
    }

private:
    qint64 lastId()
    {
        QSqlQuery query(db());
        query.exec(QStringLiteral("SELECT last_insert_rowid()"));
        query.next();
        return query.value(0).toLongLong();
    }
    test::TestDatabase m_fixture;
};

/// The report, or the test stops with the reason it could not be computed.
template <typename T>
T must(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error()));
    return std::move(result).value();
}

} // namespace kontor::test
