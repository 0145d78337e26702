// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "cleanup/DataHealth.h"
#include "domain/ContactText.h"
#include "repositories/InteractionRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/SettingsRepository.h"
#include "repositories/UserRepository.h"

#include <QTest>

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
        // The filter of a finding lists what it counted.
        const auto listed = contacts.page(findings->at(2).filter, ContactSort::Name, Qt::AscendingOrder, 0, 10);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, QStringLiteral("Broken"));
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
