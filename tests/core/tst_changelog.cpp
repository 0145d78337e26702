// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "Clock.h"
#include "UtcTime.h"
#include "repositories/ArchiveRepository.h"
#include "repositories/ChangeLogRepository.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/TagStore.h"
#include "search/Search.h"
#include "storage/BulkStatement.h"

#include <QSqlQuery>
#include <QTest>

using namespace kontor;
using Entity = ChangeLogRepository::Entity;

class TestChangeLog : public QObject
{
    Q_OBJECT

private slots:
    // The history's time comes from Kontor's clock, as every other time does: a test's fixed clock holds in SQL.
    void theHistoryIsWrittenAtTheClocksTime()
    {
        test::TestDatabase fixture;
        // The VFS that carries the clock is in the SQLite Kontor links; a Qt with its own SQLite keeps the real time.
        if (!BulkStatement::canGoDirect(fixture.db()))
            QSKIP("Qt's SQLite driver carries its own SQLite");
        const QDateTime then = utcAt(QDate(2031, 3, 14), QTime(9, 26, 53, 589));
        FixedClock clock(then);
        Clock::setInstance(&clock);
        Contact contact;
        contact.firstName = QStringLiteral("Ada");
        const qint64 id = ContactRepository(fixture.db()).create(contact).value();
        clock.advanceSecs(3600);
        contact = ContactRepository(fixture.db()).get(id).value();
        contact.lastName = QStringLiteral("Lovelace");
        QVERIFY(ContactRepository(fixture.db()).update(contact));
        Clock::setInstance(nullptr);
        const auto log = ChangeLogRepository(fixture.db()).forRecord(Entity::Contact, id).value();
        QCOMPARE(log.size(), 2);
        // Newest first; the triggers go through a Julian day (a double), which may cost a millisecond.
        QVERIFY2(qAbs(log.at(0).changedAt.msecsTo(then.addSecs(3600))) <= 1,
                 qPrintable(log.at(0).changedAt.toString()));
        QVERIFY2(qAbs(log.at(1).changedAt.msecsTo(then)) <= 1, qPrintable(log.at(1).changedAt.toString()));
    }

    void everyEditOfAContactIsKeptWithWhatChanged()
    {
        test::TestDatabase fixture;
        ContactRepository contacts(fixture.db());
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Byron");
        ada.address.city = QStringLiteral("London");
        const qint64 id = contacts.create(ada).value();
        Contact changed = contacts.get(id).value();
        changed.lastName = QStringLiteral("Lovelace");
        changed.status = ContactStatus::Customer;
        QVERIFY(contacts.update(changed).ok());
        // Saving without a change, and logging a call (which moves "last contacted"), leave no entry.
        QVERIFY(contacts.update(changed).ok());
        Interaction call;
        call.contactId = id;
        call.kind = InteractionKinds::call;
        call.occurredAt = QDateTime::currentDateTimeUtc();
        QVERIFY(InteractionRepository(fixture.db()).log(call).ok());
        QVERIFY(contacts.archive(id).ok());
        QVERIFY(contacts.restore(id).ok());

        auto log = ChangeLogRepository(fixture.db()).forRecord(Entity::Contact, id);
        QVERIFY2(log.ok(), qPrintable(log.error()));
        QCOMPARE(log->size(), 4);
        QCOMPARE(log->at(3).action, QStringLiteral("created"));
        const ChangeEntry& edit = log->at(2);
        QCOMPARE(edit.action, QStringLiteral("updated"));
        QCOMPARE(edit.oldValues, (QVariantMap{{QStringLiteral("last_name"), QStringLiteral("Byron")},
                                              {QStringLiteral("status"), QStringLiteral("lead")}}));
        QCOMPARE(edit.newValues, (QVariantMap{{QStringLiteral("last_name"), QStringLiteral("Lovelace")},
                                              {QStringLiteral("status"), QStringLiteral("customer")}}));
        QVERIFY(!edit.changedBy.isEmpty()); // the database's default user
        QVERIFY(qAbs(edit.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(log->at(1).action, QStringLiteral("archived"));
        QCOMPARE(log->at(0).action, QStringLiteral("restored"));
    }

    void emailsPhonesAndTagsAreKeptOnlyWhenTheyChange()
    {
        test::TestDatabase fixture;
        ContactRepository contacts(fixture.db());
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.emails = {{QStringLiteral("ada@work.example"), QStringLiteral("work")},
                      {QStringLiteral("ada@home.example"), QStringLiteral("home")}};
        ada.phones = {{QStringLiteral("+44 20 7946 0000"), {}}};
        ada.tags = {QStringLiteral("VIP")};
        const qint64 id = contacts.create(ada).value();
        ChangeLogRepository log(fixture.db());
        const auto entries = [&log, id] { return log.forRecord(Entity::Contact, id).value(); };
        const qsizetype afterCreate = entries().size();
        QCOMPARE(afterCreate, 5); // created, two emails, a phone, a tag

        // Saving the same lists (even reordered, relabelled, or a tag in other case) records nothing.
        Contact same = contacts.get(id).value();
        std::swap(same.emails[0], same.emails[1]);
        same.emails[0].label = QStringLiteral("private");
        same.tags = {QStringLiteral("vip")};
        QVERIFY(contacts.update(same).ok());
        QCOMPARE(entries().size(), afterCreate);
        QCOMPARE(contacts.get(id)->emails.first().value, QStringLiteral("ada@home.example"));

        // An address edited in place is one change from the old to the new value.
        Contact edited = contacts.get(id).value();
        edited.emails[1].value = QStringLiteral("ada@newwork.example");
        QVERIFY(contacts.update(edited).ok());
        QCOMPARE(entries().size(), afterCreate + 1);
        QCOMPARE(entries().first().oldValues.value(QStringLiteral("email")), QStringLiteral("ada@work.example"));
        QCOMPARE(entries().first().newValues.value(QStringLiteral("email")), QStringLiteral("ada@newwork.example"));

        // A phone removed, a tag swapped: each logged with its value.
        edited.phones.clear();
        edited.tags = {QStringLiteral("Fair 2026")};
        QVERIFY(contacts.update(edited).ok());
        QList<ChangeEntry> latest = entries().mid(0, 3);
        QStringList said;
        for (const ChangeEntry& entry : latest) {
            for (auto it = entry.oldValues.cbegin(); it != entry.oldValues.cend(); ++it)
                said << it.key() + u':' + it.value().toString() + u'>' + entry.newValues.value(it.key()).toString();
        }
        said.sort();
        QCOMPARE(said, (QStringList{QStringLiteral("phone:+44 20 7946 0000>"), QStringLiteral("tag:>Fair 2026"),
                                    QStringLiteral("tag:VIP>")}));

        // A tag deleted everywhere is logged for its contacts; a deleted contact's rows add nothing to "deleted".
        const qsizetype beforeTagGone = entries().size();
        QVERIFY(TagStore(fixture.db()).remove(QStringLiteral("Fair 2026")).ok());
        QCOMPARE(entries().size(), beforeTagGone + 1);
        QCOMPARE(entries().first().oldValues.value(QStringLiteral("tag")), QStringLiteral("Fair 2026"));
        QSqlQuery remove(fixture.db());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM contacts WHERE id = %1").arg(id)));
        QCOMPARE(entries().size(), beforeTagGone + 2);
        QCOMPARE(entries().first().action, QStringLiteral("deleted"));
    }

    void dealMovesAndDeletesAreKept()
    {
        test::TestDatabase fixture;
        const QList<Stage> stages = StageRepository(fixture.db()).list().value();
        Deal deal;
        deal.title = QStringLiteral("Scanners");
        deal.stageId = stages[0].id;
        const qint64 id = DealRepository(fixture.db()).create(deal).value();
        QVERIFY(DealRepository(fixture.db()).moveToStage(id, stages[2].id).ok());
        auto log = ChangeLogRepository(fixture.db()).forRecord(Entity::Deal, id);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->first().oldValues.value(QStringLiteral("stage_id")).toLongLong(), stages[0].id);
        QCOMPARE(log->first().newValues.value(QStringLiteral("stage_id")).toLongLong(), stages[2].id);
        QSqlQuery remove(fixture.db());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM deal_stage_history WHERE deal_id = %1").arg(id)));
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM deals WHERE id = %1").arg(id)));
        QCOMPARE(ChangeLogRepository(fixture.db()).forRecord(Entity::Deal, id)->first().action,
                 QStringLiteral("deleted"));
        QVERIFY(ChangeLogRepository(fixture.db()).forRecord(Entity::Company, id)->isEmpty());
    }

    void theArchiveListsAndRestores()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        ContactRepository contacts(db);
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        const qint64 adaId = contacts.create(ada).value();
        Contact bob;
        bob.firstName = QStringLiteral("Bob");
        const qint64 bobId = contacts.create(bob).value();
        const qint64 acme = CompanyRepository(db).create({.name = QStringLiteral("Acme")}).value();
        QVERIFY(contacts.archive(adaId).ok());
        QVERIFY(contacts.archive(bobId).ok());
        QVERIFY(CompanyRepository(db).archive(acme).ok());
        const QList<Stage> stages = StageRepository(db).list().value();
        Deal deal;
        deal.title = QStringLiteral("Scanners");
        deal.stageId = stages[0].id;
        deal.amount = {1250, QStringLiteral("EUR")};
        const qint64 dealId = DealRepository(db).create(deal).value();
        QVERIFY(DealRepository(db).archive(dealId).ok());

        ArchiveRepository archive(db);
        auto archived = archive.list(Entity::Contact);
        QVERIFY2(archived.ok(), qPrintable(archived.error()));
        QCOMPARE(archived->size(), 2);
        QCOMPARE(archive.list(Entity::Contact, QStringLiteral("love"))->size(), 1);
        QCOMPARE(archive.list(Entity::Deal)->first().detail, QStringLiteral("12.50 EUR"));
        QVERIFY(Search(db).findContacts(QStringLiteral("lovelace"), 5)->isEmpty());
        QVERIFY(archive.restore(Entity::Contact, adaId).ok());
        QCOMPARE(Search(db).findContacts(QStringLiteral("lovelace"), 5)->size(), 1);
        QVERIFY(!archive.restore(Entity::Contact, adaId).ok()); // not archived any more
        QVERIFY(archive.restore(Entity::Company, acme).ok());
        QCOMPARE(Search(db).findCompanies(QStringLiteral("acme"), 5)->size(), 1);
        QVERIFY(archive.restore(Entity::Deal, dealId).ok());
        QVERIFY(fixture.database().check()->integrityOk); // the pipeline totals counted it again
        QCOMPARE(archive.list(Entity::Contact)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
