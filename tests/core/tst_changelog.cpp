// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "repositories/ChangeLogRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/StageRepository.h"

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
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
