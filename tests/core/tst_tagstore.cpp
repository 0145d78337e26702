// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "repositories/ContactRepository.h"
#include "repositories/TagStore.h"

#include <QTest>

using namespace kontor;

class TestTagStore : public QObject
{
    Q_OBJECT

private slots:
    void renameMergesAndRemoveUntags()
    {
        test::TestDatabase fixture;
        ContactRepository contacts(fixture.db());
        auto add = [&](const QString& name, const QStringList& tags) {
            Contact contact;
            contact.firstName = name;
            contact.tags = tags;
            return contacts.create(contact).value();
        };
        const qint64 ada = add(QStringLiteral("Ada"), {QStringLiteral("vip"), QStringLiteral("newsletter")});
        const qint64 bob = add(QStringLiteral("Bob"), {QStringLiteral("VIP customer")});
        TagStore tags(fixture.db());
        QVERIFY(tags.rename(QStringLiteral("VIP customer"), QStringLiteral("key account")).ok());
        QCOMPARE(contacts.get(bob)->tags, QStringList{QStringLiteral("key account")});
        // Renaming onto an existing tag merges: Ada keeps one tag, not two.
        QVERIFY(tags.rename(QStringLiteral("vip"), QStringLiteral("Key Account")).ok());
        QStringList adaTags = contacts.get(ada)->tags;
        adaTags.sort();
        QCOMPARE(adaTags, (QStringList{QStringLiteral("key account"), QStringLiteral("newsletter")}));
        QCOMPARE(tags.all()->size(), 2);
        QVERIFY(!tags.rename(QStringLiteral("missing"), QStringLiteral("x")).ok());
        QVERIFY(!tags.rename(QStringLiteral("newsletter"), QStringLiteral(" ")).ok());
        QVERIFY(tags.remove(QStringLiteral("newsletter")).ok());
        QCOMPARE(contacts.get(ada)->tags, QStringList{QStringLiteral("key account")});
    }
};

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
