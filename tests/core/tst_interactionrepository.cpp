// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UtcTime.h"

#include "repositories/ContactRepository.h"
#include "repositories/InteractionRepository.h"

#include <QTest>

using namespace kontor;

class TestInteractionRepository : public QObject
{
    Q_OBJECT

private:
    static qint64 contact(const QSqlDatabase& db)
    {
        Contact c;
        c.firstName = QStringLiteral("Lin");
        return ContactRepository(db).create(c).value();
    }
    static Interaction call(qint64 contactId, const QDateTime& when)
    {
        Interaction interaction;
        interaction.contactId = contactId;
        interaction.kind = InteractionKinds::call;
        interaction.outcome = InteractionOutcomes::successful;
        interaction.occurredAt = when;
        interaction.durationSeconds = 300;
        interaction.notes = QStringLiteral("Talked about the renewal");
        return interaction;
    }

private slots:
    void logMovesLastContactForwardOnly()
    {
        test::TestDatabase fixture;
        const qint64 id = contact(fixture.db());
        InteractionRepository repo(fixture.db());
        const QDateTime later = utcAt(QDate(2026, 5, 2), QTime(9, 0));
        const QDateTime earlier = utcAt(QDate(2026, 4, 1), QTime(9, 0));
        auto first = repo.log(call(id, later));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(ContactRepository(fixture.db()).get(id)->lastInteractionAt, later);
        QVERIFY(repo.log(call(id, earlier)).ok());
        QCOMPARE(ContactRepository(fixture.db()).get(id)->lastInteractionAt, later);
        auto read = repo.get(first.value());
        QCOMPARE(read->durationSeconds, 300);
        QCOMPARE(read->outcome, InteractionOutcomes::successful);
        QCOMPARE(read->notes, QStringLiteral("Talked about the renewal"));
        // Archiving the newest one moves "last contact" back.
        QVERIFY(repo.archive(first.value()).ok());
        QCOMPARE(ContactRepository(fixture.db()).get(id)->lastInteractionAt, earlier);
    }

    void validates()
    {
        test::TestDatabase fixture;
        InteractionRepository repo(fixture.db());
        QVERIFY(!repo.log(call(0, QDateTime::currentDateTimeUtc())).ok());
        QVERIFY(!repo.log(call(contact(fixture.db()), QDateTime())).ok());
        QVERIFY(!repo.log(call(999, QDateTime::currentDateTimeUtc())).ok()); // foreign key
    }

    void timelinePagesBackInTime()
    {
        test::TestDatabase fixture;
        const qint64 id = contact(fixture.db());
        InteractionRepository repo(fixture.db());
        const QDateTime base = utcAt(QDate(2026, 1, 1), QTime(8, 0));
        for (int i = 0; i < 120; ++i)
            QVERIFY(repo.log(call(id, base.addSecs(3600LL * i))).ok());
        auto newest = repo.forContact(id, 50);
        QCOMPARE(newest->size(), 50);
        QCOMPARE(newest->first().occurredAt, base.addSecs(3600LL * 119));
        auto older = repo.forContact(id, 50, newest->last().occurredAt);
        QCOMPARE(older->first().occurredAt, base.addSecs(3600LL * 69));
        auto oldest = repo.forContact(id, 50, repo.forContact(id, 100)->last().occurredAt);
        QCOMPARE(oldest->size(), 20);
    }

    void complaintsResolve()
    {
        test::TestDatabase fixture;
        Interaction complaint = call(contact(fixture.db()), QDateTime::currentDateTimeUtc());
        complaint.kind = InteractionKinds::complaint;
        InteractionRepository repo(fixture.db());
        const qint64 id = repo.log(complaint).value();
        QVERIFY(!repo.get(id)->resolvedAt.isValid());
        const QDateTime resolved = utcAt(QDate(2026, 6, 1), QTime(12, 0));
        QVERIFY(repo.setResolved(id, resolved).ok());
        QCOMPARE(repo.get(id)->resolvedAt, resolved);
    }
};

QTEST_GUILESS_MAIN(TestInteractionRepository)
#include "tst_interactionrepository.moc"
