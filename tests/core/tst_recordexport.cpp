// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UtcTime.h"

#include "io/CsvReader.h"
#include "io/RecordExport.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/ReminderRepository.h"
#include "repositories/UserRepository.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace kontor;

class TestRecordExport : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;
    qint64 m_contact = 0;

    QList<QStringList> csv(RecordExport::Records records, bool safe = true)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto written = RecordExport(m_fixture.db()).writeCsv(&buffer, records, safe);
        if (!written)
            qFatal("%s", qPrintable(written.error()));
        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, CsvReader::detect(buffer.data()));
        QList<QStringList> rows;
        CsvRecord record;
        while (reader.next(record))
            rows << record.fields;
        return rows;
    }

    QByteArray calendar(CalendarExport::Contents contents)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!CalendarExport(m_fixture.db()).write(&buffer, contents))
            qFatal("calendar export failed");
        return buffer.data();
    }

private slots:
    void initTestCase()
    {
        const QSqlDatabase db = m_fixture.db();
        Company acme;
        acme.name = QStringLiteral("Acme, Inc.");
        acme.tags = {QStringLiteral("key account")};
        const qint64 company = CompanyRepository(db).create(acme).value();
        Company branch;
        branch.name = QStringLiteral("Acme Berlin");
        branch.parentId = company;
        CompanyRepository(db).create(branch).value();
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        ada.companyId = company;
        ada.emails = {{QStringLiteral("ada@example.com"), QString()}};
        m_contact = ContactRepository(db).create(ada).value();
        const qint64 me = UserRepository(db).defaultUser().value().id;
        Interaction meeting;
        meeting.contactId = m_contact;
        meeting.kind = InteractionKinds::meeting;
        meeting.occurredAt = utcAt(QDate(2026, 11, 20), QTime(9, 30));
        meeting.durationSeconds = 45 * 60;
        meeting.subject = QStringLiteral("Engines; costs, and more");
        meeting.notes = QStringLiteral("=cmd first line\nsecond line");
        meeting.loggedBy = me;
        QVERIFY(InteractionRepository(db).log(meeting).ok());
        Deal deal;
        deal.title = QStringLiteral("Analytical Engine");
        deal.contactId = m_contact;
        deal.companyId = company;
        deal.stageId = 1;
        deal.amount = Money{123456789, QStringLiteral("EUR")};
        QVERIFY(DealRepository(db).create(deal).ok());
        Reminder weekly;
        weekly.title = QStringLiteral("Weekly call with Ada — über alles, ünïcödé and a long title that needs folding");
        weekly.contactId = m_contact;
        weekly.dueAt = utcAt(QDate(2026, 12, 1), QTime(8, 0));
        weekly.recurrence = Recurrence::Weekly;
        QVERIFY(ReminderRepository(db).create(weekly).ok());
        Reminder done = weekly;
        done.title = QStringLiteral("Done already");
        done.recurrence = Recurrence::None;
        const qint64 doneId = ReminderRepository(db).create(done).value();
        QVERIFY(ReminderRepository(db).markDone(doneId).ok());
    }

    void companiesInterActionsAndDealsAsCsv()
    {
        const QList<QStringList> companies = csv(RecordExport::Records::Companies);
        QCOMPARE(companies.first(), RecordExport::csvColumns(RecordExport::Records::Companies));
        QCOMPARE(companies.size(), 3);
        QCOMPARE(companies.at(1).at(0), QStringLiteral("Acme, Inc."));
        QCOMPARE(companies.at(1).at(14), QStringLiteral("key account"));
        QCOMPARE(companies.at(2).at(1), QStringLiteral("Acme, Inc.")); // the branch's parent

        const QList<QStringList> interactions = csv(RecordExport::Records::Interactions);
        QCOMPARE(interactions.size(), 2);
        const QStringList& meeting = interactions.at(1);
        QCOMPARE(meeting.at(0), QStringLiteral("2026-11-20T09:30:00Z"));
        QCOMPARE(meeting.at(1), QStringLiteral("meeting"));
        QCOMPARE(meeting.at(3), QStringLiteral("Ada Lovelace"));
        QCOMPARE(meeting.at(4), QStringLiteral("ada@example.com"));
        QCOMPARE(meeting.at(8), QStringLiteral("45"));
        // Spreadsheet-safe by default; exact on request.
        QCOMPARE(meeting.at(9), QStringLiteral("'=cmd first line\nsecond line"));
        QCOMPARE(csv(RecordExport::Records::Interactions, false).at(1).at(9),
                 QStringLiteral("=cmd first line\nsecond line"));

        const QList<QStringList> deals = csv(RecordExport::Records::Deals);
        QCOMPARE(deals.size(), 2);
        QCOMPARE(deals.at(1).at(0), QStringLiteral("Analytical Engine"));
        QCOMPARE(deals.at(1).at(3), QStringLiteral("Acme, Inc."));
        QCOMPARE(deals.at(1).at(5), QStringLiteral("1234567.89"));
        QCOMPARE(deals.at(1).at(6), QStringLiteral("EUR"));
    }

    void foldingAndEscaping()
    {
        QCOMPARE(CalendarExport::escapeText(QStringLiteral("a;b,c\\d\r\ne\nf")),
                 QStringLiteral("a\\;b\\,c\\\\d\\ne\\nf"));
        const QString longLine = QStringLiteral("SUMMARY:") + QString(100, QChar(u'ü'));
        const QByteArray folded = CalendarExport::foldLine(longLine);
        for (const QByteArray& physical : folded.split('\n')) {
            const QByteArray line = physical.endsWith('\r') ? physical.chopped(1) : physical;
            QVERIFY2(line.size() <= 75, line.constData());
        }
        // Unfolded again (CRLF and one space removed), the line is whole, no character split.
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(QString::fromUtf8(unfolded.chopped(2)), longLine);
    }

    void remindersAndMeetingsAsICalendar()
    {
        const QByteArray ics = calendar(CalendarExport::Both);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        // Every line ends in CRLF and holds at most 75 octets.
        for (const QByteArray& line : ics.split('\n').mid(0, ics.count('\n'))) {
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
        }
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        const QString text = QString::fromUtf8(unfolded);
        QCOMPARE(text.count(QStringLiteral("BEGIN:VEVENT")), 2);
        QCOMPARE(text.count(QStringLiteral("END:VEVENT")), 2);
        QVERIFY(!text.contains(QStringLiteral("Done already")));
        QVERIFY(text.contains(QStringLiteral("DTSTART:20261201T080000Z\r\n")));
        QVERIFY(text.contains(QStringLiteral("RRULE:FREQ=WEEKLY\r\n")));
        QVERIFY(text.contains(QStringLiteral("BEGIN:VALARM")));
        QVERIFY(
            text.contains(QStringLiteral("über alles, ünïcödé").replace(QStringLiteral(","), QStringLiteral("\\,"))));
        QVERIFY(text.contains(QStringLiteral("DTSTART:20261120T093000Z\r\nDURATION:PT45M\r\n")));
        QVERIFY(text.contains(QStringLiteral("SUMMARY:Engines\\; costs\\, and more (Ada Lovelace)\r\n")));
        QVERIFY(text.contains(QStringLiteral("LOCATION:Acme\\, Inc.\r\n")));
        QVERIFY(text.contains(QStringLiteral("DESCRIPTION:=cmd first line\\nsecond line\r\n")));
        // Stable UIDs: the same file twice gives the same events.
        const QRegularExpression uid(QStringLiteral("UID:([^\r]+)"));
        QStringList uids;
        for (auto it = uid.globalMatch(text); it.hasNext();)
            uids << it.next().captured(1);
        QCOMPARE(uids.size(), 2);
        QVERIFY(uids.first() != uids.last());
        QCOMPARE(calendar(CalendarExport::Reminders).count("BEGIN:VEVENT"), 1);
        QCOMPARE(calendar(CalendarExport::Meetings).count("BEGIN:VEVENT"), 1);
    }
};

QTEST_GUILESS_MAIN(TestRecordExport)
#include "tst_recordexport.moc"
