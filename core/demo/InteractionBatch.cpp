// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractionBatch.h"

#include "demo/DemoVocabulary.h"
#include "demo/DemoWorld.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace kontor::demo {

Status InteractionBatch::prepare()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("DROP TABLE IF EXISTS temp.demo_text"));
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE demo_text (kind TEXT NOT NULL, n INTEGER NOT NULL, "
                                   "text TEXT NOT NULL, PRIMARY KEY (kind, n))")))
        return Status::failure(sql::errorText(query));
    QSqlQuery insert = sql::prepare(m_db, QStringLiteral("INSERT INTO temp.demo_text VALUES (?, ?, ?)"));
    auto add = [&insert](const QString& kind, int n, const QString& value) {
        insert.addBindValue(kind);
        insert.addBindValue(n);
        insert.addBindValue(value);
        return insert.exec();
    };
    int notes = 0;
    int complaints = 0;
    for (std::size_t p = 0; p < products.size(); ++p) {
        const QString product = demoWord(products[p]);
        const int n = static_cast<int>(p);
        if (!add(QStringLiteral("meeting"), n, tr("Meeting about %1").arg(product)) ||
            !add(QStringLiteral("email"), n, tr("Re: %1").arg(product)))
            return Status::failure(sql::errorText(insert));
        for (const char* note : noteTemplates) {
            for (const char* weekday : weekdays) {
                const QString pattern = demoWord(note);
                const QString value = pattern.contains(QStringLiteral("%2")) ? pattern.arg(product, demoWord(weekday))
                                                                             : pattern.arg(product);
                if (!add(QStringLiteral("note"), notes++, value))
                    return Status::failure(sql::errorText(insert));
            }
        }
        for (const char* complaint : complaintTemplates) {
            if (!add(QStringLiteral("complaint"), complaints++, demoWord(complaint).arg(product)))
                return Status::failure(sql::errorText(insert));
        }
    }
    if (!add(QStringLiteral("subject"), 0, tr("Complaint")))
        return Status::failure(sql::errorText(insert));
    // Per product: the texts are numbered product by product, so a note speaks of the subject's product.
    m_noteCount = notes / static_cast<int>(products.size());
    m_complaintCount = complaints / static_cast<int>(products.size());
    return {};
}

Result<qint64> InteractionBatch::generate(qint64 firstId, qint64 lastId)
{
    const qint64 maxPerContact = 2LL * m_options.interactionsPerContact;
    const qint64 dayMs = 24LL * 60 * 60 * 1000;
    const qint64 today = m_now / dayMs * dayMs;
    QSqlQuery query = sql::prepare(m_db, QStringLiteral(R"SQL(
WITH RECURSIVE
  seq(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM seq WHERE k < :max),
  people AS (
    SELECT id, owner_id, (id * 40503 + :seed * 69069 + 12345) % 2147483647 AS h0
    FROM contacts WHERE id BETWEEN :first AND :last),
  counted AS (
    SELECT id, owner_id, h0, ((h0 * 1103515245 + 12345) % 2147483648) / 1024 % (:max + 1) AS n FROM people),
  draws AS (
    SELECT id, owner_id, k, ((h0 + k * 7919 + 1) * 1103515245 + 12345) % 2147483648 AS r1
    FROM counted JOIN seq ON seq.k < counted.n),
  more AS (
    SELECT id, owner_id, r1, (r1 * 1103515245 + 12345) % 2147483648 AS r2 FROM draws),
  rows AS (
    SELECT id, owner_id, r1, r2, (r2 * 1103515245 + 12345) % 2147483648 AS r3,
      CASE WHEN r1 / 1024 % 100 < 45 THEN 'call' WHEN r1 / 1024 % 100 < 70 THEN 'email'
           WHEN r1 / 1024 % 100 < 85 THEN 'meeting' WHEN r1 / 1024 % 100 < 95 THEN 'note'
           WHEN r1 / 1024 % 100 < 99 THEN 'message' ELSE 'complaint' END AS kind,
      r2 / 2 % 20 = 0 AND r1 / 1024 % 100 BETWEEN 70 AND 84 AS upcoming,
      CASE
        -- One meeting in twenty is still ahead: within the next two weeks, on the half hour.
        WHEN r2 / 2 % 20 = 0 AND r1 / 1024 % 100 BETWEEN 70 AND 84
          THEN :today + (1 + r1 / 65536 % 14) * 86400000 + (480 + r2 / 4096 % 18 * 30) * 60000
        -- The rest happened in the last year, in working hours; what would lie later today moves to yesterday.
        ELSE :today - (r1 / 65536 % 365) * 86400000 + (420 + r2 / 4096 % 600) * 60000
             - CASE WHEN :today - (r1 / 65536 % 365) * 86400000 + (420 + r2 / 4096 % 600) * 60000 > :now
                    THEN 86400000 ELSE 0 END
      END AS at
    FROM more),
  shaped AS (
    SELECT *,
      CASE WHEN upcoming THEN NULL
           WHEN kind = 'call' THEN CASE r2 / 64 % 6 WHEN 0 THEN 'successful' WHEN 1 THEN 'neutral'
                                     WHEN 2 THEN 'unsuccessful' WHEN 3 THEN 'no_answer' WHEN 4 THEN 'voicemail'
                                     ELSE 'busy' END
           WHEN kind = 'meeting' THEN CASE r2 / 64 % 3 WHEN 0 THEN 'successful' WHEN 1 THEN 'neutral'
                                        ELSE 'unsuccessful' END
      END AS outcome,
      r3 / 8192 % 8 AS product
    FROM rows)
INSERT INTO interactions (contact_id, kind, direction, occurred_at, duration_seconds, subject, notes, outcome,
                          resolved_at, logged_by, created_at)
SELECT id, kind,
  CASE WHEN kind = 'complaint' THEN 'inbound' WHEN kind = 'note' THEN NULL
       WHEN r3 / 16 % 10 < 7 THEN 'outbound' ELSE 'inbound' END,
  at,
  CASE WHEN kind = 'call' AND outcome NOT IN ('no_answer', 'busy') THEN 60 + r3 / 128 % 1741
       WHEN kind = 'meeting' THEN (2 + r3 / 128 % 7) * 900 END,
  CASE kind WHEN 'meeting' THEN (SELECT text FROM temp.demo_text WHERE kind = 'meeting' AND n = product)
            WHEN 'email' THEN (SELECT text FROM temp.demo_text WHERE kind = 'email' AND n = product)
            WHEN 'complaint' THEN (SELECT text FROM temp.demo_text WHERE kind = 'subject' AND n = 0) END,
  CASE WHEN kind = 'complaint'
         THEN (SELECT text FROM temp.demo_text
               WHERE kind = 'complaint' AND n = product * :complaints + r2 / 16 % :complaints)
       WHEN outcome IN ('no_answer', 'busy', 'voicemail') OR upcoming THEN NULL
       WHEN r2 / 256 % 10 < 3
         THEN (SELECT text FROM temp.demo_text WHERE kind = 'note' AND n = product * :notes + r3 / 64 % :notes) END,
  outcome,
  CASE WHEN kind = 'complaint' AND r3 / 32 % 10 < 7 THEN min(:now, at + (1 + r3 / 512 % 14) * 86400000) END,
  owner_id, min(at, :now)
FROM shaped
)SQL"));
    query.bindValue(QStringLiteral(":max"), maxPerContact);
    query.bindValue(QStringLiteral(":seed"), qint64(m_options.seed % 1000003));
    query.bindValue(QStringLiteral(":first"), firstId);
    query.bindValue(QStringLiteral(":last"), lastId);
    query.bindValue(QStringLiteral(":now"), m_now);
    query.bindValue(QStringLiteral(":today"), today);
    query.bindValue(QStringLiteral(":notes"), m_noteCount);
    query.bindValue(QStringLiteral(":complaints"), m_complaintCount);
    if (!query.exec())
        return Result<qint64>::failure(tr("Generating demo data failed: %1").arg(sql::errorText(query)));
    const qint64 added = query.numRowsAffected();
    // A successful call is often followed by the contact's next meeting: its next step booked it.
    QSqlQuery link = sql::prepare(
        m_db, QStringLiteral("UPDATE interactions SET next_meeting_id = (SELECT m.id FROM interactions m "
                             "  WHERE m.contact_id = interactions.contact_id AND m.kind = 'meeting' "
                             "  AND m.occurred_at > interactions.occurred_at "
                             "  AND m.occurred_at < interactions.occurred_at + 60 * 86400000 "
                             "  ORDER BY m.occurred_at LIMIT 1) "
                             "WHERE contact_id BETWEEN ? AND ? AND kind = 'call' AND outcome = 'successful'"));
    link.addBindValue(firstId);
    link.addBindValue(lastId);
    if (!link.exec())
        return Result<qint64>::failure(tr("Generating demo data failed: %1").arg(sql::errorText(link)));
    QSqlQuery touch = sql::prepare(
        m_db, QStringLiteral("UPDATE contacts SET last_interaction_at = (SELECT max(occurred_at) FROM interactions "
                             "WHERE contact_id = contacts.id AND occurred_at <= ?) WHERE id BETWEEN ? AND ?"));
    touch.addBindValue(m_now);
    touch.addBindValue(firstId);
    touch.addBindValue(lastId);
    if (!touch.exec())
        return Result<qint64>::failure(tr("Generating demo data failed: %1").arg(sql::errorText(touch)));
    return added;
}

Status InteractionBatch::finish()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DROP TABLE temp.demo_text")))
        return Status::failure(sql::errorText(query));
    return {};
}

} // namespace kontor::demo
