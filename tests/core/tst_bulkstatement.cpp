// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/BulkStatement.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace kontor;

// Every case runs twice: through SQLite's C API and through QtSql, which must behave the same.
class TestBulkStatement : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;

    void prepareTable()
    {
        QSqlQuery query(m_fixture.db());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE IF EXISTS scratch")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, word TEXT, number INTEGER)")));
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("direct");
        QTest::newRow("SQLite's C API") << true;
        QTest::newRow("QtSql") << false;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, direct);
        BulkStatement::setDirectAllowed(direct);
        prepareTable();
    }

    void cleanup() { BulkStatement::setDirectAllowed(true); }

    void writesAndReadsBackTextNullsAndNumbers()
    {
        QFETCH_GLOBAL(bool, direct);
        BulkStatement insert(m_fixture.db(), QStringLiteral("INSERT INTO scratch (word, number) VALUES (?, ?)"));
        QVERIFY(insert.isValid());
        QCOMPARE(insert.isDirect(), direct);
        const QString words[] = {QStringLiteral("Müller, „quoted“ 😀"), QStringLiteral(""), QString()};
        QList<qint64> ids;
        for (qsizetype i = 0; i < 3; ++i) {
            insert.bind(0, QStringView(words[i]));
            insert.bind(1, qint64(i) * 5'000'000'000LL);
            QVERIFY2(insert.exec(), qPrintable(insert.error()));
            ids << insert.lastInsertId();
        }
        QCOMPARE(ids, (QList<qint64>{1, 2, 3}));
        // bindText and bindId write "nothing" as NULL.
        insert.bindText(0, QString());
        insert.bindId(1, 0);
        QVERIFY(insert.exec());

        BulkStatement select(m_fixture.db(), QStringLiteral("SELECT id, word, number FROM scratch ORDER BY id"));
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.utf8(1), QByteArrayView(words[0].toUtf8()));
        QCOMPARE(select.text(1), words[0]);
        QCOMPARE(select.integer(2), 0);
        QVERIFY(select.next());
        QVERIFY(!select.isNull(1));
        QVERIFY(select.text(1).isEmpty() && !select.text(1).isNull());
        QCOMPARE(select.integer(2), 5'000'000'000LL);
        QVERIFY(select.next());
        QVERIFY(select.isNull(1));
        QVERIFY(select.text(1).isNull());
        QVERIFY(select.next());
        QVERIFY(select.isNull(1) && select.isNull(2));
        QVERIFY(!select.next());
        QVERIFY(select.error().isEmpty());
        // Run again, it starts from the first row.
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.integer(0), 1);
    }

    void bindingsStayForTheNextRun()
    {
        BulkStatement insert(m_fixture.db(), QStringLiteral("INSERT INTO scratch (word, number) VALUES (?, ?)"));
        insert.bind(0, QStringView(u"same"));
        insert.bind(1, 7);
        QVERIFY(insert.exec());
        QVERIFY(insert.exec());
        QSqlQuery count(m_fixture.db());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM scratch WHERE word = 'same' AND number = 7")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 2);
    }

    void newValuesForAQueryLeftHalfRead()
    {
        BulkStatement insert(m_fixture.db(), QStringLiteral("INSERT INTO scratch (word) VALUES (?)"));
        for (const char16_t* word : {u"a", u"b", u"b"}) {
            insert.bind(0, QStringView(word));
            QVERIFY(insert.exec());
        }
        BulkStatement find(m_fixture.db(), QStringLiteral("SELECT id FROM scratch WHERE word = ? ORDER BY id"));
        find.bind(0, QStringView(u"b"));
        QVERIFY(find.exec() && find.next());
        QCOMPARE(find.integer(0), 2);
        // The second "b" is not read: the next value must still be taken.
        find.bind(0, QStringView(u"a"));
        QVERIFY(find.exec() && find.next());
        QCOMPARE(find.integer(0), 1);
    }

    void errorsSayWhy()
    {
        BulkStatement broken(m_fixture.db(), QStringLiteral("SELECT x FROM nowhere"));
        QVERIFY(!broken.exec());
        QVERIFY2(broken.error().contains(QStringLiteral("nowhere")), qPrintable(broken.error()));

        QSqlQuery(m_fixture.db()).exec(QStringLiteral("CREATE UNIQUE INDEX scratch_word ON scratch (word)"));
        BulkStatement insert(m_fixture.db(), QStringLiteral("INSERT INTO scratch (word) VALUES (?)"));
        insert.bind(0, QStringView(u"once"));
        QVERIFY(insert.exec());
        QVERIFY(!insert.exec());
        QVERIFY2(insert.error().contains(QStringLiteral("UNIQUE")), qPrintable(insert.error()));
        // A failed statement does not keep the connection busy: the transaction around it commits.
        Transaction transaction(m_fixture.db());
        insert.bind(0, QStringView(u"twice"));
        QVERIFY(insert.exec());
        QVERIFY(!insert.exec());
        QVERIFY(transaction.commit().ok());
    }

    void aSelectLeftHalfReadDoesNotBlockACommit()
    {
        BulkStatement insert(m_fixture.db(), QStringLiteral("INSERT INTO scratch (word) VALUES (?)"));
        for (const char16_t* word : {u"a", u"b", u"c"}) {
            insert.bind(0, QStringView(word));
            QVERIFY(insert.exec());
        }
        Transaction transaction(m_fixture.db());
        BulkStatement select(m_fixture.db(), QStringLiteral("SELECT word FROM scratch ORDER BY id"));
        QVERIFY(select.exec() && select.next());
        QCOMPARE(select.text(0), QStringLiteral("a"));
        insert.bind(0, QStringView(u"d"));
        QVERIFY(insert.exec());
        QVERIFY(transaction.commit().ok());
    }
};

QTEST_GUILESS_MAIN(TestBulkStatement)
#include "tst_bulkstatement.moc"
