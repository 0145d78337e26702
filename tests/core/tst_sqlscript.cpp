// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlScript.h"

#include <QTest>

using namespace kontor;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void splits_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);")
                             << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
        QTest::newRow("semicolon in string")
            << QStringLiteral("INSERT INTO a VALUES ('x;y'); SELECT 1")
            << QStringList{QStringLiteral("INSERT INTO a VALUES ('x;y')"), QStringLiteral("SELECT 1")};
        QTest::newRow("comments") << QStringLiteral("-- a comment; with semicolon\nSELECT 1; /* block; */ SELECT 2;")
                                  << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::newRow("trigger body")
            << QStringLiteral(
                   "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  DELETE FROM c;\nEND;\n"
                   "SELECT 3;")
            << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n  "
                                          "DELETE FROM c;\nEND"),
                           QStringLiteral("SELECT 3")};
        QTest::newRow("empty") << QStringLiteral(" ;\n; ") << QStringList{};
    }

    void splits()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(splitSqlScript(script), statements);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
