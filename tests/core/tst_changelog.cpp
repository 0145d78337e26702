// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "repositories/ArchiveRepository.h"
#include "repositories/ChangeLogRepository.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/StageRepository.h"
#include "search/Search.h"

#include <QSqlQuery>
#include <QTest>

using namespace kontor;
using Entity = ChangeLogRepository::Entity;

class TestChangeLog : public QObject
{
    Q_OBJECT

private slots:
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
