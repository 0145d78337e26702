// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"
#include "domain/ContactStatus.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

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
        QCOMPARE(QCoreApplication::translate("kontor::ui::ContactFilterBar", "No contact for %n day(s)", nullptr, 5),
                 QStringLiteral("No contact for 5 days"));
    }

    void everyStringHasItsGerman_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral(KONTOR_TEST_DATA "/../../translations/kontor_de.ts");
    }

    void everyStringHasItsGerman()
    {
        // A string added without its translation would show in English in a German window.
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&ts);
        QString source;
        QStringList unfinished;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                if (xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished"))
                    unfinished << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 500);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
    }

    void translationsKeepTheirPlaceholders()
    {
        // "%1 archived." translated without its %1 would drop the name from the sentence.
        QFile ts(QStringLiteral(KONTOR_TEST_DATA "/../../translations/kontor_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        static const QRegularExpression placeholder(QStringLiteral("%(L?n|[1-9])"));
        auto placeholders = [](const QString& text) {
            QSet<QString> found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                found.insert(it.next().captured(0).remove(u'L'));
            return found;
        };
        QString source;
        QStringList dropped;
        int checked = 0;
        bool plural = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"message") {
                plural = xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                // The plural forms together: a singular may say "ein" instead of %n, so %n is not asked for.
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.isEmpty())
                    continue;
                ++checked;
                QSet<QString> wanted = placeholders(source);
                if (plural)
                    wanted.remove(QStringLiteral("%n"));
                if (!placeholders(text).contains(wanted))
                    dropped << source + QStringLiteral(" -> ") + text;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(checked > 500);
        QVERIFY2(dropped.isEmpty(), qPrintable(dropped.join(u'\n')));
    }

    void englishHasItsPluralForms()
    {
        // kontor_en.ts holds only the messages with %n, each with its singular and plural.
        QFile ts(QStringLiteral(KONTOR_TEST_DATA "/../../translations/kontor_en.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"message") {
                ++messages;
                QVERIFY2(xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes"),
                         "kontor_en.ts holds a message without plural forms");
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation" &&
                       xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished")) {
                unfinished << source;
            }
        }
        QVERIFY(messages > 30);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
