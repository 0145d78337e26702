// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "repositories/SettingsRepository.h"

#include <QTest>

using namespace kontor;

class TestSettingsRepository : public QObject
{
    Q_OBJECT

private slots:
    void defaultCurrencyIsKeptInTheFile()
    {
        test::TestDatabase fixture;
        SettingsRepository settings(fixture.db());
        QCOMPARE(settings.defaultCurrency(), QStringLiteral("EUR")); // a new database's
        QVERIFY(settings.setDefaultCurrency(QStringLiteral(" chf ")).ok());
        QCOMPARE(settings.defaultCurrency(), QStringLiteral("CHF"));
        QVERIFY(!settings.setDefaultCurrency(QStringLiteral("Swiss francs")).ok());
        QVERIFY(!settings.setDefaultCurrency(QStringLiteral("C1F")).ok());
        QCOMPARE(settings.defaultCurrency(), QStringLiteral("CHF"));
        QCOMPARE(settings.value(QStringLiteral("missing"), QStringLiteral("x")).value(), QStringLiteral("x"));
        QVERIFY(settings.setValue(QStringLiteral("missing"), QStringLiteral("y")).ok());
        QCOMPARE(settings.value(QStringLiteral("missing")).value(), QStringLiteral("y"));
    }

    void customOutcomesAreKeptOnceEach()
    {
        test::TestDatabase fixture;
        SettingsRepository settings(fixture.db());
        QVERIFY(settings.customOutcomes().isEmpty());
        QVERIFY(settings.addCustomOutcome(QStringLiteral("  Sent brochure ")).ok());
        QVERIFY(settings.addCustomOutcome(QStringLiteral("Sent brochure")).ok());
        QVERIFY(settings.addCustomOutcome(QStringLiteral("")).ok());
        QVERIFY(settings.addCustomOutcome(QStringLiteral("Asked for a demo")).ok());
        QCOMPARE(settings.customOutcomes(),
                 (QStringList{QStringLiteral("Sent brochure"), QStringLiteral("Asked for a demo")}));
        QVERIFY(settings.setCustomOutcomes({QStringLiteral("Asked for a demo")}).ok());
        QCOMPARE(settings.customOutcomes(), QStringList{QStringLiteral("Asked for a demo")});
    }
};

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "tst_settingsrepository.moc"
