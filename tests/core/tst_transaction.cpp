// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace kontor;

class TestTransaction : public QObject
{
    Q_OBJECT

private:
    static int tagCount(const QSqlDatabase& db)
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT count(*) FROM tags"));
        query.next();
        return query.value(0).toInt();
    }
    static void addTag(const QSqlDatabase& db, const QString& name)
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
        query.addBindValue(name);
        QVERIFY(query.exec());
    }

private slots:
    void commitKeepsChanges()
    {
        test::TestDatabase fixture;
        {
            Transaction transaction(fixture.db());
            QVERIFY(transaction.isActive());
            addTag(fixture.db(), QStringLiteral("a"));
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(tagCount(fixture.db()), 1);
    }

    void leavingScopeRollsBack()
    {
        test::TestDatabase fixture;
        {
            Transaction transaction(fixture.db());
            addTag(fixture.db(), QStringLiteral("a"));
        }
        QCOMPARE(tagCount(fixture.db()), 0);
    }

    void innerRollbackKeepsOuterWork()
    {
        test::TestDatabase fixture;
        {
            Transaction outer(fixture.db());
            addTag(fixture.db(), QStringLiteral("outer"));
            {
                Transaction inner(fixture.db());
                addTag(fixture.db(), QStringLiteral("inner"));
            }
            QCOMPARE(tagCount(fixture.db()), 1);
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(tagCount(fixture.db()), 1);
    }

    void outerRollbackUndoesCommittedInner()
    {
        test::TestDatabase fixture;
        {
            Transaction outer(fixture.db());
            {
                Transaction inner(fixture.db());
                addTag(fixture.db(), QStringLiteral("inner"));
                QVERIFY(inner.commit().ok());
            }
        }
        QCOMPARE(tagCount(fixture.db()), 0);
        // And the connection is usable for new transactions afterwards.
        Transaction again(fixture.db());
        addTag(fixture.db(), QStringLiteral("again"));
        QVERIFY(again.commit().ok());
        QCOMPARE(tagCount(fixture.db()), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
