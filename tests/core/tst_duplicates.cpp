// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "cleanup/Duplicates.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/ReminderRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/UserRepository.h"
#include "search/Search.h"

#include <QSqlQuery>
#include <QTest>

using namespace kontor;

namespace {

qint64 addContact(const QSqlDatabase& db, const QString& first, const QString& last, const QString& email = {},
                  const QString& phone = {})
{
    Contact contact;
    contact.firstName = first;
    contact.lastName = last;
    if (!email.isEmpty())
        contact.emails = {{email, QString()}};
    if (!phone.isEmpty())
        contact.phones = {{phone, QString()}};
    return ContactRepository(db).create(contact).value();
}

const DuplicatePair* pairOf(const QList<DuplicatePair>& pairs, qint64 a, qint64 b)
{
    for (const DuplicatePair& pair : pairs)
        if (pair.first == std::min(a, b) && pair.second == std::max(a, b))
            return &pair;
    return nullptr;
}

} // namespace

class TestDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void nameKeysSetAsideWhatDoesNotTellPeopleApart()
    {
        QCOMPARE(DuplicateFinder::nameKey(QStringLiteral("Ada Lovelace")),
                 DuplicateFinder::nameKey(QStringLiteral("LOVELACE,  ada")));
        QCOMPARE(DuplicateFinder::nameKey(QStringLiteral("José Müller")), QStringLiteral("jose muller"));
        QCOMPARE(DuplicateFinder::nameKey(QStringLiteral("Иван Петров")),
                 DuplicateFinder::nameKey(QStringLiteral("Ivan Petrov")));
        QCOMPARE(DuplicateFinder::nameKey(QStringLiteral("Γιώργος Παπαδόπουλος")),
                 DuplicateFinder::nameKey(QStringLiteral("Giorgos Papadopoulos")));
        QVERIFY(DuplicateFinder::nameKey(QStringLiteral("Ada Lovelace")) !=
                DuplicateFinder::nameKey(QStringLiteral("Ada Byron")));
        QCOMPARE(DuplicateFinder::companyKey(QStringLiteral("ACME Inc.")),
                 DuplicateFinder::companyKey(QStringLiteral("Acme Incorporated")));
        QCOMPARE(DuplicateFinder::companyKey(QStringLiteral("Müller GmbH & Co. KG")),
                 DuplicateFinder::companyKey(QStringLiteral("müller")));
        QVERIFY(DuplicateFinder::companyKey(QStringLiteral("Acme")) !=
                DuplicateFinder::companyKey(QStringLiteral("Acme Tools")));
    }

    void persianNamesMatchHoweverTheyWereTyped()
    {
        // Arabic yeh and kaf from an Arabic keyboard, the zero-width non-joiner, and a vowel mark: the same person.
        const QString persian = QStringLiteral("محمدرضا کریمی");
        QCOMPARE(DuplicateFinder::nameKey(QStringLiteral("محمدرضا كريمي")), DuplicateFinder::nameKey(persian));
        QCOMPARE(DuplicateFinder::nameKey(QStringLiteral("محمد\u200Cرضا کریمی")), DuplicateFinder::nameKey(persian));
        QCOMPARE(DuplicateFinder::nameKey(QStringLiteral("مُحمّدرضا کریمی")), DuplicateFinder::nameKey(persian));
        QVERIFY(DuplicateFinder::nameKey(QStringLiteral("محمدرضا رحیمی")) != DuplicateFinder::nameKey(persian));
        QCOMPARE(DuplicateFinder::companyKey(QStringLiteral("شركت كاوه")),
                 DuplicateFinder::companyKey(QStringLiteral("شرکت کاوه")));
        // Digits in any script: "Branch ۲" is "Branch 2".
        QCOMPARE(DuplicateFinder::companyKey(QStringLiteral("Kaveh ۲")),
                 DuplicateFinder::companyKey(QStringLiteral("Kaveh 2")));
    }

    void findsPairsByEmailPhoneAndName()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        QVERIFY(SettingsRepository(db).setPhoneRegion(QStringLiteral("DE")).ok());
        const qint64 ada = addContact(db, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                      QStringLiteral("ada@example.com"), QStringLiteral("030 1234567"));
        const qint64 adaAgain =
            addContact(db, QStringLiteral("Ada"), QStringLiteral("King"), QStringLiteral("ADA@example.com"));
        const qint64 adaPhone =
            addContact(db, QStringLiteral("A."), QStringLiteral("L."), QString(), QStringLiteral("+49 30 1234567"));
        const qint64 ivan = addContact(db, QStringLiteral("Иван"), QStringLiteral("Петров"));
        const qint64 ivanLatin = addContact(db, QStringLiteral("Petrov"), QStringLiteral("Ivan"));
        const qint64 grace = addContact(db, QStringLiteral("Grace"), QStringLiteral("Hopper"));
        // A name thirty people share says nothing by itself.
        for (int i = 0; i < 30; ++i)
            addContact(db, QStringLiteral("John"), QStringLiteral("Smith"));
        const qint64 archived = addContact(db, QStringLiteral("Grace"), QStringLiteral("Hopper"));
        QVERIFY(ContactRepository(db).archive(archived).ok());

        DuplicateFinder finder(db);
        auto pairs = finder.contacts();
        QVERIFY2(pairs.ok(), qPrintable(pairs.error()));
        const DuplicatePair* email = pairOf(pairs.value(), ada, adaAgain);
        QVERIFY(email);
        QCOMPARE(email->score, 60);
        // The reason names the email and the number as the first record writes them, not their match keys.
        QCOMPARE(email->reasons, QStringList{QStringLiteral("Same email: ada@example.com")});
        const DuplicatePair* phone = pairOf(pairs.value(), ada, adaPhone);
        QVERIFY(phone);
        QCOMPARE(phone->score, 50);
        QCOMPARE(phone->reasons, QStringList{QStringLiteral("Same phone number: 030 1234567")});
        const DuplicatePair* name = pairOf(pairs.value(), ivan, ivanLatin);
        QVERIFY(name);
        QCOMPARE(name->reasons, QStringList{QStringLiteral("Same name")});
        QVERIFY(!pairOf(pairs.value(), grace, archived));
        QCOMPARE(pairs->size(), 3);
        // Most certain first.
        QCOMPARE(pairs->first().score, 60);

        QVERIFY(finder.dismiss(QStringLiteral("contact"), ivanLatin, ivan).ok());
        pairs = finder.contacts();
        QVERIFY(!pairOf(pairs.value(), ivan, ivanLatin));
        QCOMPARE(pairs->size(), 2);
    }

    void findsCompaniesByTheirNamesWithoutLegalForms()
    {
        test::TestDatabase fixture;
        CompanyRepository companies(fixture.db());
        Company acme;
        acme.name = QStringLiteral("ACME Inc.");
        const qint64 first = companies.create(acme).value();
        acme.name = QStringLiteral("Acme Incorporated");
        const qint64 second = companies.create(acme).value();
        acme.name = QStringLiteral("Acme Tools");
        companies.create(acme).value();
        const auto pairs = DuplicateFinder(fixture.db()).companies();
        QVERIFY(pairs.ok());
        QCOMPARE(pairs->size(), 1);
        QCOMPARE(pairs->first().first, first);
        QCOMPARE(pairs->first().second, second);
    }

    void mergeKeepsEveryInteractionDealReminderAndTag()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        const qint64 me = UserRepository(db).defaultUser().value().id;
        Contact keptContact;
        keptContact.firstName = QStringLiteral("Ada");
        keptContact.lastName = QStringLiteral("Lovelace");
        keptContact.emails = {{QStringLiteral("ada@example.com"), QStringLiteral("work")}};
        keptContact.tags = {QStringLiteral("vip")};
        const qint64 kept = ContactRepository(db).create(keptContact).value();
        Contact otherContact;
        otherContact.firstName = QStringLiteral("Ada");
        otherContact.lastName = QStringLiteral("King");
        otherContact.title = QStringLiteral("Countess");
        otherContact.emails = {{QStringLiteral("ADA@example.com"), QString()},
                               {QStringLiteral("ada@home.example"), QStringLiteral("home")}};
        otherContact.tags = {QStringLiteral("math")};
        otherContact.status = ContactStatus::Customer;
        const qint64 other = ContactRepository(db).create(otherContact).value();
        const QDateTime lastCall = QDateTime::currentDateTimeUtc().addDays(-1);
        for (qint64 contact : {kept, other, other}) {
            Interaction call;
            call.contactId = contact;
            call.occurredAt = contact == kept ? lastCall.addDays(-30) : lastCall;
            call.loggedBy = me;
            QVERIFY(InteractionRepository(db).log(call).ok());
        }
        Deal deal;
        deal.title = QStringLiteral("Engine");
        deal.contactId = other;
        deal.stageId = 1;
        deal.amount = Money{100000, QStringLiteral("EUR")};
        QVERIFY(DealRepository(db).create(deal).ok());
        Reminder reminder;
        reminder.title = QStringLiteral("Call back");
        reminder.contactId = other;
        reminder.dueAt = QDateTime::currentDateTimeUtc().addDays(2);
        QVERIFY(ReminderRepository(db).create(reminder).ok());
        const qint64 interactions = test::count(db, QStringLiteral("SELECT count(*) FROM interactions"));

        const Contact result =
            ContactMerge::combined(ContactRepository(db).get(kept).value(), ContactRepository(db).get(other).value());
        QCOMPARE(result.lastName, QStringLiteral("Lovelace"));
        QCOMPARE(result.title, QStringLiteral("Countess"));
        QCOMPARE(result.status, ContactStatus::Customer);
        QCOMPARE(result.emails.size(), 2); // ADA@example.com is the same address
        QVERIFY(ContactMerge(db).merge(kept, other, result).ok());

        QVERIFY(!ContactRepository(db).get(other).ok());
        const Contact merged = ContactRepository(db).get(kept).value();
        QCOMPARE(merged.title, QStringLiteral("Countess"));
        QCOMPARE(merged.tags.size(), 2);
        QCOMPARE(merged.emails.size(), 2);
        QCOMPARE(merged.lastInteractionAt.toMSecsSinceEpoch(), lastCall.toMSecsSinceEpoch());
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM interactions")), interactions);
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM interactions WHERE contact_id = %1").arg(kept)),
                 3);
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM deals WHERE contact_id = %1").arg(kept)), 1);
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM reminders WHERE contact_id = %1").arg(kept)), 1);
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'contact' AND "
                                                "entity_id = %1 AND action = 'created'")
                                     .arg(kept)),
                 2);
        // Found by the other's address now.
        const auto found = Search(db).find(QStringLiteral("ada@home.example"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, kept);
        QVERIFY(!ContactMerge(db).merge(kept, kept, result).ok());
        QVERIFY(!ContactMerge(db).merge(kept, other, result).ok());
    }

    void companyMergeMovesContactsAndBranches()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        CompanyRepository companies(db);
        Company acme;
        acme.name = QStringLiteral("ACME Inc.");
        const qint64 kept = companies.create(acme).value();
        acme.name = QStringLiteral("Acme Incorporated");
        acme.website = QStringLiteral("https://acme.example");
        const qint64 other = companies.create(acme).value();
        Company branch;
        branch.name = QStringLiteral("Acme Berlin");
        branch.parentId = other;
        const qint64 branchId = companies.create(branch).value();
        Contact wile;
        wile.firstName = QStringLiteral("Wile");
        wile.companyId = other;
        const qint64 wileId = ContactRepository(db).create(wile).value();
        QVERIFY(CompanyMerge(db).merge(kept, other).ok());
        QVERIFY(!companies.get(other).ok());
        QCOMPARE(companies.get(kept)->website, QStringLiteral("https://acme.example"));
        QCOMPARE(companies.get(branchId)->parentId, kept);
        QCOMPARE(ContactRepository(db).get(wileId)->companyId, kept);
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
