// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"
#include "domain/ContactStatus.h"

#include <QCoreApplication>
#include <QTest>

using namespace kontor;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsShippedAndLoads()
    {
        QVERIFY(availableLanguages().contains(QStringLiteral("de")));
        QCOMPARE(contactStatusName(ContactStatus::Customer), QStringLiteral("Customer"));
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("de_AT")), QStringLiteral("de"));
        QCOMPARE(contactStatusName(ContactStatus::Customer), QStringLiteral("Kunde"));
        QCOMPARE(QCoreApplication::translate("kontor::ui::ContactsPage", "%Ln contact(s)", nullptr, 2),
                 QStringLiteral("2 Kontakte"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("xx")), QStringLiteral("en"));
        // The last translator installed answers first: English, with its plural forms.
        QCOMPARE(contactStatusName(ContactStatus::Customer), QStringLiteral("Customer"));
        QCOMPARE(QCoreApplication::translate("kontor::ui::ContactsPage", "%Ln contact(s)", nullptr, 1),
                 QStringLiteral("1 contact"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
