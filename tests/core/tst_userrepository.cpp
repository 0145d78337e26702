// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "repositories/UserRepository.h"

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
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
