// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/PipelineRepository.h"
#include "repositories/StageRepository.h"
#include "search/Search.h"
#include "storage/UndoJournal.h"

#include <QSqlQuery>
#include <QTest>

using namespace kontor;

class TestUndoJournal : public QObject
{
    Q_OBJECT

private:
    static int found(const QSqlDatabase& db, const QString& text)
    {
        return static_cast<int>(Search(db).findContacts(text, 10)->size());
    }
    static bool consistent(test::TestDatabase& fixture)
    {
        auto report = fixture.database().check();
        return report.ok() && report->integrityOk;
    }

private slots:
    void createEditAndArchiveGoBackAndForth()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        UndoJournal journal(db);
        QVERIFY(journal.attach().ok());
        ContactRepository contacts(db);
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lovelace");
        ada.emails = {{QStringLiteral("ada@example.org"), QStringLiteral("work")}};
        ada.tags = {QStringLiteral("vip")};
        const qint64 id = contacts.create(ada).value();
        auto created = journal.take(QStringLiteral("Contact added."));
        QVERIFY(created.ok());
        QVERIFY(!created->isEmpty());

        Contact edited = contacts.get(id).value();
        edited.lastName = QStringLiteral("King");
        edited.tags = {QStringLiteral("newsletter")};
        QVERIFY(contacts.update(edited).ok());
        auto edit = journal.take(QStringLiteral("Contact saved."));
        QCOMPARE(found(db, QStringLiteral("king")), 1);

        // Undo the edit: the old name, tags and search entry are back.
        auto redoEdit = journal.apply(edit.value());
        QVERIFY2(redoEdit.ok(), qPrintable(redoEdit.error()));
        QCOMPARE(contacts.get(id)->lastName, QStringLiteral("Lovelace"));
        QCOMPARE(contacts.get(id)->tags, QStringList{QStringLiteral("vip")});
        QCOMPARE(found(db, QStringLiteral("king")), 0);
        QCOMPARE(found(db, QStringLiteral("lovel")), 1);
        // Undo the creation: nothing of Ada is left.
        auto redoCreate = journal.apply(created.value());
        QVERIFY2(redoCreate.ok(), qPrintable(redoCreate.error()));
        QVERIFY(!contacts.get(id).ok());
        QCOMPARE(found(db, QStringLiteral("ada")), 0);
        QVERIFY(consistent(fixture));
        // Redo both: the same contact, the same id, the edit on top.
        auto undoCreate = journal.apply(redoCreate.value());
        QVERIFY2(undoCreate.ok(), qPrintable(undoCreate.error()));
        QCOMPARE(contacts.get(id)->emails.first().value, QStringLiteral("ada@example.org"));
        QVERIFY(journal.apply(redoEdit.value()).ok());
        QCOMPARE(contacts.get(id)->lastName, QStringLiteral("King"));
        QCOMPARE(found(db, QStringLiteral("king")), 1);

        QVERIFY(contacts.archive(id).ok());
        auto archive = journal.take(QStringLiteral("archived"));
        QCOMPARE(found(db, QStringLiteral("king")), 0);
        QVERIFY(journal.apply(archive.value()).ok());
        QVERIFY(!contacts.get(id)->archivedAt.isValid());
        QCOMPARE(found(db, QStringLiteral("king")), 1);
        QVERIFY(consistent(fixture));
    }

    void aDealMoveGoesBackWithItsTotals()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const QList<Stage> stages = StageRepository(db).list().value();
        Deal deal;
        deal.title = QStringLiteral("Scanners");
        deal.stageId = stages[0].id;
        deal.amount = {50000, QStringLiteral("EUR")};
        const qint64 id = DealRepository(db).create(deal).value();
        UndoJournal journal(db);
        QVERIFY(journal.attach().ok());
        QVERIFY(DealRepository(db).moveToStage(id, stages[3].id).ok());
        auto move = journal.take(QStringLiteral("moved"));
        QCOMPARE(PipelineRepository(db).board()->at(3).dealCount, 1);
        QVERIFY(journal.apply(move.value()).ok());
        QCOMPARE(DealRepository(db).get(id)->stageId, stages[0].id);
        QCOMPARE(DealRepository(db).history(id)->size(), 1);
        QCOMPARE(PipelineRepository(db).board()->at(3).dealCount, 0);
        QCOMPARE(PipelineRepository(db).board()->at(0).dealCount, 1);
        QVERIFY(consistent(fixture));
    }

    void anUndoThatNoLongerFitsChangesNothing()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        UndoJournal journal(db);
        QVERIFY(journal.attach().ok());
        Contact bob;
        bob.firstName = QStringLiteral("Bob");
        const qint64 id = ContactRepository(db).create(bob).value();
        auto created = journal.take(QStringLiteral("Contact added."));
        // A call logged later (without a step of its own) refers to Bob: his creation cannot be undone now.
        Interaction call;
        call.contactId = id;
        call.kind = InteractionKinds::call;
        call.occurredAt = QDateTime::currentDateTimeUtc();
        QVERIFY(InteractionRepository(db).log(call).ok());
        auto undone = journal.apply(created.value());
        QVERIFY(!undone.ok());
        QVERIFY(undone.error().contains(QStringLiteral("Contact added.")));
        QVERIFY(ContactRepository(db).get(id).ok());
        QCOMPARE(InteractionRepository(db).forContact(id, 10)->size(), 1);
        QVERIFY(consistent(fixture));
        // Detached, nothing is recorded.
        QVERIFY(journal.detach().ok());
        QVERIFY(ContactRepository(db).create(bob).ok());
        QVERIFY(journal.take(QStringLiteral("x"))->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUndoJournal)
#include "tst_undojournal.moc"
