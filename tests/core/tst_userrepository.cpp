// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "repositories/UserRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace kontor;

class TestUserRepository : public QObject
{
    Q_OBJECT

private slots:
    void oneDefaultOwnerThenSalespeople()
    {
        test::TestDatabase fixture;
        UserRepository repo(fixture.db());
        auto owner = repo.defaultUser();
        QVERIFY(owner.ok());
        QVERIFY(owner->isDefault);
        auto id = repo.create({.name = QStringLiteral("Sam")});
        QVERIFY(id.ok());
        QVERIFY(!repo.create({.name = QStringLiteral("Sam")}).ok());
        QVERIFY(!repo.create({.name = QStringLiteral("")}).ok());
        QCOMPARE(repo.list()->size(), 2);
        QCOMPARE(repo.list()->first().id, owner->id);
        QVERIFY(repo.rename(owner->id, QStringLiteral("Kim")).ok());
        QCOMPARE(repo.defaultUser()->name, QStringLiteral("Kim"));
    }

    void findsByNameOrNumberArchivedToo()
    {
        test::TestDatabase fixture;
        UserRepository users(fixture.db());
        const qint64 anna = users.create(User{0, QStringLiteral("Anna Berg"), {}, false}).value();
        QCOMPARE(users.find(QStringLiteral("anna  berg"))->id, anna);
        QCOMPARE(users.find(QString::number(anna))->id, anna);
        // Someone who has left is still found: a report on last year's figures asks for them.
        QSqlQuery archive(fixture.db());
        QVERIFY(archive.exec(QStringLiteral("UPDATE users SET archived_at = 1 WHERE id = %1").arg(anna)));
        QCOMPARE(users.find(QStringLiteral("Anna Berg"))->id, anna);
        auto nobody = users.find(QStringLiteral("Zed"));
        QVERIFY(!nobody);
        QVERIFY(nobody.error().contains(QStringLiteral("Anna Berg")));
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
