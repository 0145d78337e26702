// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordExport.h"

#include "Clock.h"
#include "domain/Money.h"
#include "io/CsvWriter.h"
#include "storage/Sql.h"

#include <QHash>
#include <QIODevice>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdlib>
#include <limits>

namespace kontor {

namespace {

// A row's name for another table's row: "first last" of a contact.
const QString contactName = QStringLiteral("trim(ct.first_name || ' ' || ct.last_name)");
const QString contactEmail =
    QStringLiteral("(SELECT email FROM contact_emails WHERE contact_id = ct.id ORDER BY position LIMIT 1)");

QString utc(const QVariant& msecs)
{
    return msecs.isNull() ? QString() : sql::toTime(msecs).toString(Qt::ISODate);
}

QString decimal(qint64 minor, const QString& currency)
{
    const int digits = Money::minorDigits(currency);
    if (digits == 0)
        return QString::number(minor);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const qint64 whole = std::abs(minor) / scale;
    const qint64 fraction = std::abs(minor) % scale;
    return sign + QString::number(whole) + u'.' + QStringLiteral("%1").arg(fraction, digits, 10, QChar(u'0'));
}

} // namespace

QStringList RecordExport::csvColumns(Records records)
{
    switch (records) {
    case Records::Companies:
        return {QStringLiteral("name"),    QStringLiteral("parent"),    QStringLiteral("industry"),
                QStringLiteral("size"),    QStringLiteral("territory"), QStringLiteral("website"),
                QStringLiteral("phone"),   QStringLiteral("email"),     QStringLiteral("street"),
                QStringLiteral("city"),    QStringLiteral("region"),    QStringLiteral("postal_code"),
                QStringLiteral("country"), QStringLiteral("owner"),     QStringLiteral("tags"),
                QStringLiteral("notes"),   QStringLiteral("created_at")};
    case Records::Interactions:
        return {QStringLiteral("occurred_at"), QStringLiteral("kind"),          QStringLiteral("direction"),
                QStringLiteral("contact"),     QStringLiteral("contact_email"), QStringLiteral("deal"),
                QStringLiteral("subject"),     QStringLiteral("outcome"),       QStringLiteral("duration_minutes"),
                QStringLiteral("notes"),       QStringLiteral("logged_by"),     QStringLiteral("resolved_at")};
    case Records::Deals:
        return {QStringLiteral("title"),       QStringLiteral("contact"),        QStringLiteral("contact_email"),
                QStringLiteral("company"),     QStringLiteral("stage"),          QStringLiteral("amount"),
                QStringLiteral("currency"),    QStringLiteral("expected_close"), QStringLiteral("owner"),
                QStringLiteral("lead_source"), QStringLiteral("campaign"),       QStringLiteral("created_at"),
                QStringLiteral("closed_at"),   QStringLiteral("lost_reason"),    QStringLiteral("notes")};
    }
    return {};
}

Result<qint64> RecordExport::writeCsv(QIODevice* out, Records records, bool spreadsheetSafe,
                                      const ProgressCallback& progress) const
{
    using R = Result<qint64>;
    QString sql;
    QString table;
    switch (records) {
    case Records::Companies:
        table = QStringLiteral("companies");
        sql = QStringLiteral(
            "SELECT co.name, pa.name, co.industry, co.size, co.territory, co.website, co.phone, co.email, co.street, "
            "  co.city, co.region, co.postal_code, co.country, u.name, "
            "  (SELECT group_concat(name, '; ') FROM (SELECT t.name FROM company_tags x JOIN tags t ON t.id = x.tag_id "
            "   WHERE x.company_id = co.id ORDER BY t.name)), co.notes, co.created_at "
            "FROM companies co LEFT JOIN companies pa ON pa.id = co.parent_id LEFT JOIN users u ON u.id = co.owner_id "
            "WHERE co.archived_at IS NULL ORDER BY co.id");
        break;
    case Records::Interactions:
        table = QStringLiteral("interactions");
        sql = QStringLiteral("SELECT i.occurred_at, i.kind, i.direction, %1, %2, d.title, i.subject, i.outcome, "
                             "  i.duration_seconds, i.notes, u.name, i.resolved_at "
                             "FROM interactions i JOIN contacts ct ON ct.id = i.contact_id "
                             "LEFT JOIN deals d ON d.id = i.deal_id LEFT JOIN users u ON u.id = i.logged_by "
                             "WHERE i.archived_at IS NULL ORDER BY i.id")
                  .arg(contactName, contactEmail);
        break;
    case Records::Deals:
        table = QStringLiteral("deals");
        sql = QStringLiteral(
                  "SELECT d.title, %1, %2, co.name, s.name, d.amount_minor, d.currency, d.expected_close, "
                  "  u.name, ls.name, ca.name, d.created_at, d.closed_at, d.lost_reason, d.notes "
                  "FROM deals d LEFT JOIN contacts ct ON ct.id = d.contact_id "
                  "LEFT JOIN companies co ON co.id = d.company_id JOIN stages s ON s.id = d.stage_id "
                  "LEFT JOIN users u ON u.id = d.owner_id LEFT JOIN lead_sources ls ON ls.id = d.lead_source_id "
                  "LEFT JOIN campaigns ca ON ca.id = d.campaign_id "
                  "WHERE d.archived_at IS NULL ORDER BY d.id")
                  .arg(contactName, contactEmail);
        break;
    }
    QSqlQuery total(m_db);
    if (!total.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE archived_at IS NULL").arg(table)) || !total.next())
        return R::failure(tr("The records could not be read: %1").arg(sql::errorText(total)));
    const qint64 count = total.value(0).toLongLong();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return R::failure(tr("The records could not be read: %1").arg(sql::errorText(query)));

    const auto put = [out](const QString& text) {
        const QByteArray bytes = text.toUtf8();
        return out->write(bytes) == bytes.size();
    };
    if (!put(QStringLiteral("\uFEFF") + CsvWriter::line(csvColumns(records), spreadsheetSafe)))
        return R::failure(tr("The export could not be written: %1").arg(out->errorString()));
    QString batch;
    qint64 written = 0;
    const int columns = query.record().count();
    QStringList values;
    while (query.next()) {
        values.clear();
        for (int column = 0; column < columns; ++column)
            values << query.value(column).toString();
        // Times, money and durations in their exchange forms.
        if (records == Records::Companies) {
            values[16] = utc(query.value(16));
        } else if (records == Records::Interactions) {
            values[0] = utc(query.value(0));
            values[8] = query.value(8).isNull() ? QString() : QString::number(query.value(8).toLongLong() / 60);
            values[11] = utc(query.value(11));
        } else {
            values[5] = decimal(query.value(5).toLongLong(), query.value(6).toString());
            values[11] = utc(query.value(11));
            values[12] = utc(query.value(12));
        }
        batch += CsvWriter::line(values, spreadsheetSafe);
        if (++written % 1000 == 0) {
            if (!put(batch))
                return R::failure(tr("The export could not be written: %1").arg(out->errorString()));
            batch.clear();
            if (progress && !progress(written, count, tr("Exporting")))
                return R::failure(tr("The export was cancelled."));
        }
    }
    if (!put(batch))
        return R::failure(tr("The export could not be written: %1").arg(out->errorString()));
    return written;
}

QString CalendarExport::escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += QStringLiteral("\\n");
        } else if (c == u'\n') {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray CalendarExport::foldLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray folded;
    qsizetype start = 0;
    int limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype end = start + limit;
        // Never inside a UTF-8 sequence: back up over continuation bytes.
        while (end > start && (static_cast<unsigned char>(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        folded += bytes.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74; // The leading space of a continuation counts.
    }
    folded += bytes.mid(start) + "\r\n";
    return folded;
}

Result<qint64> CalendarExport::write(QIODevice* out, Contents contents, const QDateTime& meetingsSince,
                                     const ProgressCallback& progress) const
{
    using R = Result<qint64>;
    const auto stamp = [](const QDateTime& time) {
        return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    };
    const QString now = stamp(Clock::now());
    const QString host = QStringLiteral("kontor.invalid");
    QByteArray ics;
    const auto line = [&ics](const QString& text) { ics += foldLine(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Kontor//Kontor CRM %1//EN").arg(QCoreApplication::applicationVersion()));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    qint64 events = 0;
    const auto flush = [&] {
        const bool ok = out->write(ics) == ics.size();
        ics.clear();
        return ok;
    };

    if (contents & Reminders) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral(
                "SELECT r.id, r.title, r.notes, coalesce(r.snoozed_until, r.due_at), r.recurrence, r.created_at, "
                "  trim(ct.first_name || ' ' || ct.last_name) FROM reminders r "
                "LEFT JOIN contacts ct ON ct.id = r.contact_id "
                "WHERE r.done_at IS NULL AND r.archived_at IS NULL ORDER BY r.id")))
            return R::failure(tr("The reminders could not be read: %1").arg(sql::errorText(query)));
        while (query.next()) {
            const QString who = query.value(6).toString();
            line(QStringLiteral("BEGIN:VEVENT"));
            line(QStringLiteral("UID:reminder-%1@%2").arg(query.value(0).toLongLong()).arg(host));
            line(QStringLiteral("DTSTAMP:") + now);
            line(QStringLiteral("CREATED:") + stamp(sql::toTime(query.value(5))));
            line(QStringLiteral("DTSTART:") + stamp(sql::toTime(query.value(3))));
            line(QStringLiteral("DURATION:PT15M"));
            // "Call Ada (Ada Lovelace)", but not "Call Ada Lovelace (Ada Lovelace)".
            const QString title = query.value(1).toString();
            line(QStringLiteral("SUMMARY:") +
                 escapeText(who.isEmpty() || title.contains(who) ? title : tr("%1 (%2)").arg(title, who)));
            if (!query.value(2).toString().isEmpty())
                line(QStringLiteral("DESCRIPTION:") + escapeText(query.value(2).toString()));
            static const QHash<QString, QString> rules = {{QStringLiteral("daily"), QStringLiteral("DAILY")},
                                                          {QStringLiteral("weekly"), QStringLiteral("WEEKLY")},
                                                          {QStringLiteral("monthly"), QStringLiteral("MONTHLY")},
                                                          {QStringLiteral("yearly"), QStringLiteral("YEARLY")}};
            if (const QString rule = rules.value(query.value(4).toString()); !rule.isEmpty())
                line(QStringLiteral("RRULE:FREQ=") + rule);
            line(QStringLiteral("BEGIN:VALARM"));
            line(QStringLiteral("ACTION:DISPLAY"));
            line(QStringLiteral("DESCRIPTION:") + escapeText(query.value(1).toString()));
            line(QStringLiteral("TRIGGER:PT0S"));
            line(QStringLiteral("END:VALARM"));
            line(QStringLiteral("END:VEVENT"));
            ++events;
        }
    }
    if (!flush())
        return R::failure(tr("The calendar could not be written: %1").arg(out->errorString()));

    if (contents & Meetings) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT i.id, i.subject, i.notes, i.occurred_at, i.duration_seconds, i.created_at, "
            "  trim(ct.first_name || ' ' || ct.last_name), co.name FROM interactions i "
            "JOIN contacts ct ON ct.id = i.contact_id LEFT JOIN companies co ON co.id = ct.company_id "
            "WHERE i.kind = 'meeting' AND i.archived_at IS NULL AND i.occurred_at >= ? ORDER BY i.occurred_at"));
        query.addBindValue(meetingsSince.isValid() ? meetingsSince.toMSecsSinceEpoch()
                                                   : std::numeric_limits<qint64>::min());
        if (!query.exec())
            return R::failure(tr("The meetings could not be read: %1").arg(sql::errorText(query)));
        while (query.next()) {
            const QString who = query.value(6).toString();
            const QString subject = query.value(1).toString();
            const qint64 seconds = query.value(4).toLongLong();
            line(QStringLiteral("BEGIN:VEVENT"));
            line(QStringLiteral("UID:meeting-%1@%2").arg(query.value(0).toLongLong()).arg(host));
            line(QStringLiteral("DTSTAMP:") + now);
            line(QStringLiteral("CREATED:") + stamp(sql::toTime(query.value(5))));
            line(QStringLiteral("DTSTART:") + stamp(sql::toTime(query.value(3))));
            line(QStringLiteral("DURATION:PT%1M").arg(seconds > 0 ? std::max<qint64>(1, seconds / 60) : 60));
            line(QStringLiteral("SUMMARY:") +
                 escapeText(subject.isEmpty() ? tr("Meeting with %1").arg(who) : tr("%1 (%2)").arg(subject, who)));
            if (!query.value(7).toString().isEmpty())
                line(QStringLiteral("LOCATION:") + escapeText(query.value(7).toString()));
            if (!query.value(2).toString().isEmpty())
                line(QStringLiteral("DESCRIPTION:") + escapeText(query.value(2).toString()));
            line(QStringLiteral("END:VEVENT"));
            if (++events % 1000 == 0) {
                if (!flush())
                    return R::failure(tr("The calendar could not be written: %1").arg(out->errorString()));
                if (progress && !progress(events, 0, tr("Exporting meetings")))
                    return R::failure(tr("The export was cancelled."));
            }
        }
    }
    line(QStringLiteral("END:VCALENDAR"));
    if (!flush())
        return R::failure(tr("The calendar could not be written: %1").arg(out->errorString()));
    return events;
}

} // namespace kontor
