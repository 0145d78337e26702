// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "cleanup/DataHealth.h"
#include "domain/ContactText.h"
#include "domain/PhoneNumbers.h"
#include "repositories/InteractionRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/UserRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace kontor;

class TestDataHealth : public QObject
{
    Q_OBJECT

private slots:
    void countsWhatNeedsALook()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        QVERIFY(SettingsRepository(db).setPhoneRegion(QStringLiteral("DE")).ok());
        const qint64 me = UserRepository(db).defaultUser().value().id;
        const qint64 fair = LeadSourceRepository(db).ensureSource(QStringLiteral("Fair")).value();
        ContactRepository contacts(db);
        // Complete and called last week.
        Contact good;
        good.firstName = QStringLiteral("Good");
        good.emails = {{QStringLiteral("good@example.com"), QString()}};
        good.phones = {{QStringLiteral("030 1234567"), QString()}};
        good.ownerId = me;
        good.leadSourceId = fair;
        const qint64 goodId = contacts.create(good).value();
        Interaction call;
        call.contactId = goodId;
        call.occurredAt = QDateTime::currentDateTimeUtc().addDays(-7);
        call.loggedBy = me;
        QVERIFY(InteractionRepository(db).log(call).ok());
        // Nothing at all.
        Contact bare;
        bare.firstName = QStringLiteral("Bare");
        contacts.create(bare).value();
        // A broken email and an unreadable phone.
        Contact broken = good;
        broken.firstName = QStringLiteral("Broken");
        broken.emails = {{QStringLiteral("broken@@example"), QString()}};
        broken.phones = {{QStringLiteral("ask reception"), QString()}};
        contacts.create(broken).value();
        // Archived ones are not counted.
        const qint64 gone = contacts.create(bare).value();
        QVERIFY(contacts.archive(gone).ok());

        const auto findings = DataHealth(db).check(6);
        QVERIFY2(findings.ok(), qPrintable(findings.error()));
        QCOMPARE(findings->size(), 6);
        const QList<qint64> counts = [&] {
            QList<qint64> list;
            for (const HealthFinding& finding : findings.value())
                list << finding.count;
            return list;
        }();
        // Inactive 6 months, no email or phone, bad email, bad phone, no owner, no source.
        QCOMPARE(counts, (QList<qint64>{2, 1, 1, 1, 1, 1}));
        // Each finding explains itself in the user's words, without the names of the libraries behind it.
        QCOMPARE(findings->at(3).explanation,
                 QStringLiteral("Not a phone number, or not a valid one for its country."));
        for (const HealthFinding& finding : findings.value())
            QVERIFY2(!finding.explanation.contains(QStringLiteral("libphonenumber"), Qt::CaseInsensitive),
                     qPrintable(finding.explanation));
        // The filter of a finding lists what it counted.
        const auto listed = contacts.page(findings->at(2).filter, ContactSort::Name, Qt::AscendingOrder, 0, 10);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, QStringLiteral("Broken"));
    }

    void aNumberThatReadsButDoesNotExistIsCounted()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        QVERIFY(SettingsRepository(db).setPhoneRegion(QStringLiteral("GB")).ok());
        ContactRepository contacts(db);
        Contact real;
        real.firstName = QStringLiteral("Real");
        real.phones = {{QStringLiteral("+44 20 7946 0958"), QString()}};
        const qint64 realId = contacts.create(real).value();
        // Read as +44889442828, a number no British line has.
        Contact madeUp;
        madeUp.firstName = QStringLiteral("Made up");
        madeUp.phones = {{QStringLiteral("+44 889 442828"), QString()}};
        const qint64 madeUpId = contacts.create(madeUp).value();
        const auto invalid = [&] {
            ContactFilter filter;
            filter.problem = DataProblem::InvalidPhone;
            QStringList names;
            for (const ContactRow& row : contacts.page(filter, ContactSort::Name, Qt::AscendingOrder, 0, 10).value())
                names << row.name;
            return names;
        };
        QCOMPARE(invalid(), QStringList{QStringLiteral("Made up")});
        QCOMPARE(
            test::count(db, QStringLiteral("SELECT count(*) FROM contact_phones WHERE normalized = '+44889442828'")),
            1);
        // Corrected, it is no longer counted; a real number typed wrongly is.
        Contact corrected = contacts.get(madeUpId).value();
        corrected.phones = {{QStringLiteral("+44 20 7946 0000"), QString()}};
        QVERIFY(contacts.update(corrected).ok());
        Contact mistyped = contacts.get(realId).value();
        mistyped.phones.first().value = QStringLiteral("+44 20 7946 09");
        QVERIFY(contacts.update(mistyped).ok());
        QCOMPARE(invalid(), QStringList{QStringLiteral("Real")});
    }

    void numbersSavedBeforeAreCheckedOnce()
    {
        // A database of schema 7, whose phone numbers were saved without a word on their validity, and with the
        // digits alone as their match key when libphonenumber was not used yet.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(KONTOR_TEST_DATA "/kontor-schema-7.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            QVERIFY(query.exec(QStringLiteral("UPDATE contact_phones SET normalized = replace(normalized, '+', '')")));
            QVERIFY(query.exec(QStringLiteral("UPDATE contact_phones SET phone = 'ask reception', normalized = '' "
                                              "WHERE id = (SELECT min(id) FROM contact_phones)")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const QSqlDatabase db = opened.value()->connection();
        const qint64 phones = test::count(db, QStringLiteral("SELECT count(*) FROM contact_phones"));
        // A key without "+" says nothing (older versions stored digits): they all wait for the check.
        QCOMPARE(DataHealth(db).uncheckedPhones().value(), phones);

        int asked = 0;
        const auto findings = DataHealth(db).check(6, [&asked](qint64, qint64, const QString&) {
            ++asked;
            return true;
        });
        QVERIFY2(findings.ok(), qPrintable(findings.error()));
        QVERIFY(asked > 0);
        QCOMPARE(DataHealth(db).uncheckedPhones().value(), 0);
        // Every readable number has its E.164 key again, and the count is libphonenumber's.
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM contact_phones WHERE normalized LIKE '+%'")),
                 phones - 1);
        QSqlQuery all(db);
        QVERIFY(all.exec(QStringLiteral("SELECT phone, valid FROM contact_phones")));
        const QString region = SettingsRepository(db).phoneRegion();
        qint64 notValid = 0;
        while (all.next()) {
            const bool valid = PhoneNumbers::parse(all.value(0).toString(), region).valid;
            QCOMPARE(all.value(1).toBool(), valid);
            notValid += valid ? 0 : 1;
        }
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM contact_phones WHERE valid = 0")), notValid);
        QVERIFY(notValid > 1);
        const auto invalidPhones = std::find_if(findings->cbegin(), findings->cend(), [](const HealthFinding& f) {
            return f.filter.problem == DataProblem::InvalidPhone;
        });
        QVERIFY(invalidPhones != findings->cend());
        QCOMPARE(
            invalidPhones->count,
            test::count(db, QStringLiteral("SELECT count(DISTINCT contact_id) FROM contact_phones p JOIN contacts c "
                                           "ON c.id = p.contact_id WHERE valid = 0 AND c.archived_at IS NULL")));

        // A cancel keeps what was checked and says so.
        QSqlQuery(db).exec(QStringLiteral("UPDATE contact_phones SET valid = NULL"));
        const auto cancelled = DataHealth(db).check(6, [](qint64, qint64, const QString&) { return false; });
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().contains(QStringLiteral("cancelled")));
    }

    void theInvalidEmailFilterAgreesWithTheImportsCheck()
    {
        test::TestDatabase fixture;
        const QStringList emails = {QStringLiteral("ada@example.com"),  QStringLiteral("a.b+c@mail.example.co.uk"),
                                    QStringLiteral("ada@@example.com"), QStringLiteral("ada at example.com"),
                                    QStringLiteral("ada@localhost"),    QStringLiteral("@example.com"),
                                    QStringLiteral("ada@example..com"), QStringLiteral("ada@.example.com"),
                                    QStringLiteral("ada@example.com."), QStringLiteral("müller@bücher.de"),
                                    QStringLiteral("ada@exa mple.com")};
        QSet<QString> expected;
        for (const QString& email : emails) {
            Contact contact;
            contact.firstName = email;
            contact.emails = {{email, QString()}};
            QVERIFY(ContactRepository(fixture.db()).create(contact).ok());
            if (!ContactText::isPlausibleEmail(email))
                expected << email;
        }
        ContactFilter filter;
        filter.problem = DataProblem::InvalidEmail;
        const auto rows = ContactRepository(fixture.db()).page(filter, ContactSort::Name, Qt::AscendingOrder, 0, 100);
        QVERIFY(rows.ok());
        QSet<QString> found;
        for (const ContactRow& row : rows.value())
            found << row.name;
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestDataHealth)
#include "tst_datahealth.moc"
