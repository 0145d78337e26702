// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"
#include "domain/ContactStatus.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
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

    // Each language's own words, and Qt's buttons in it: from Debian's qt6-translations-l10n for Persian, from
    // Kontor's own files for the languages Qt has none for.
    void everyLanguageIsShippedAndLoads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("cancel");
        // Persian says «لغو» for Cancel in Kontor's own words, and so in Qt's buttons (Debian's says «انصراف»).
        QTest::newRow("fa") << QStringLiteral("fa") << QStringLiteral("مشتری") << QStringLiteral("لغو");
        QTest::newRow("bn") << QStringLiteral("bn") << QStringLiteral("গ্রাহক") << QStringLiteral("বাতিল");
        QTest::newRow("am") << QStringLiteral("am") << QStringLiteral("ደንበኛ") << QStringLiteral("ይቅር");
        QTest::newRow("eo") << QStringLiteral("eo") << QStringLiteral("Kliento") << QStringLiteral("Nuligi");
    }

    void everyLanguageIsShippedAndLoads()
    {
        QFETCH(QString, language);
        QFETCH(QString, customer);
        QFETCH(QString, cancel);
        QVERIFY(availableLanguages().contains(language));
        QCOMPARE(installTranslations(*QCoreApplication::instance(), language), language);
        QCOMPARE(contactStatusName(ContactStatus::Customer), customer);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
        // Qt's own file menus and context menus too, not only the buttons.
        QVERIFY(QCoreApplication::translate("QLineEdit", "Select All") != QStringLiteral("Select All"));
        QVERIFY(QCoreApplication::translate("QFileDialog", "File &name:") != QStringLiteral("File &name:"));
        // Counts in the language's digits (Persian ۵, Bengali ৫), as every other number on the screen.
        const QString days =
            QCoreApplication::translate("kontor::ui::ContactFilterBar", "No contact for %n day(s)", nullptr, 5);
        QVERIFY2(days.contains(QLocale().toString(5)), qPrintable(days));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // A database made in Persian starts with its stages and lead sources in Persian; in English, in English.
    void aNewDatabaseNamesItsStagesInItsLanguage()
    {
        QTemporaryDir dir;
        const auto names = [&dir](const QString& file, const QString& table) {
            auto db = Database::open(dir.filePath(file));
            QStringList found;
            QSqlQuery query(db.value()->connection());
            // Settings have no names: their values.
            query.exec(table == QLatin1String("settings")
                           ? QStringLiteral("SELECT value FROM settings")
                           : QStringLiteral("SELECT name FROM %1 ORDER BY id").arg(table));
            while (query.next())
                found << query.value(0).toString();
            return found;
        };
        installTranslations(*QCoreApplication::instance(), QStringLiteral("fa"));
        const QStringList persian = names(QStringLiteral("fa.sqlite"), QStringLiteral("stages"));
        const QStringList sources = names(QStringLiteral("fa.sqlite"), QStringLiteral("lead_sources"));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("bn"));
        const QStringList bengaliCurrency = names(QStringLiteral("bn.sqlite"), QStringLiteral("settings"));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        // Its money too, on a computer set up for no country (as the tests run): the rial, the taka; in English,
        // spoken everywhere, the euro as before.
        QVERIFY2(names(QStringLiteral("fa.sqlite"), QStringLiteral("settings")).contains(QStringLiteral("IRR")),
                 qPrintable(names(QStringLiteral("fa.sqlite"), QStringLiteral("settings")).join(u',')));
        QVERIFY(bengaliCurrency.contains(QStringLiteral("BDT")));
        QVERIFY(names(QStringLiteral("en.sqlite"), QStringLiteral("settings")).contains(QStringLiteral("EUR")));
        QCOMPARE(persian.size(), 8);
        QVERIFY2(persian.first().contains(QStringLiteral("سرنخ")), qPrintable(persian.first()));
        QVERIFY2(!sources.contains(QStringLiteral("Website")), qPrintable(sources.join(u',')));
        // Its first salesperson too, until the welcome page asks for a name: "مالک" on every card, not "Owner".
        const QStringList persianUsers = names(QStringLiteral("fa.sqlite"), QStringLiteral("users"));
        QCOMPARE(persianUsers, QStringList(QStringLiteral("مالک")));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("fa"));
        QVERIFY(Database::isPlaceholderUserName(persianUsers.first()));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY(Database::isPlaceholderUserName(QStringLiteral("Owner")));
        QVERIFY(!Database::isPlaceholderUserName(QStringLiteral("Ada")));
        QCOMPARE(names(QStringLiteral("en.sqlite"), QStringLiteral("stages")).first(), QStringLiteral("New lead"));
        // An existing database keeps its names, whatever the language it is opened in.
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        const QStringList reopened = names(QStringLiteral("en.sqlite"), QStringLiteral("stages"));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(reopened.first(), QStringLiteral("New lead"));
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

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* language : {"de", "fa", "bn", "am", "eo"})
            QTest::newRow(language)
                << QStringLiteral(KONTOR_TEST_DATA "/../../translations/kontor_%1.ts").arg(QLatin1String(language));
        for (const char* language : {"fa", "bn", "am", "eo"})
            QTest::newRow(qPrintable(QStringLiteral("qt_%1").arg(QLatin1String(language))))
                << QStringLiteral(KONTOR_TEST_DATA "/../../translations/qt/kontor_qt_%1.ts")
                       .arg(QLatin1String(language));
    }

    void everyStringIsTranslated()
    {
        // A string added without its translation would show in English in a German or Persian window; a vanished
        // one is a translation that lupdate kept for a string no longer in the code.
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
            } else if (xml.name() == u"numerusform") {
                // %Ln, not %n: a count in Latin digits in a Persian sentence.
                const QString form = xml.readElementText();
                if (form.contains(QStringLiteral("%n")))
                    unfinished << QStringLiteral("%n instead of %Ln: ") + form;
            } else if (xml.name() == u"translation") {
                ++messages;
                const auto type = xml.attributes().value(QStringLiteral("type"));
                if (type == QStringLiteral("unfinished") || type == QStringLiteral("vanished") ||
                    type == QStringLiteral("obsolete"))
                    unfinished << type.toString() + QStringLiteral(": ") + source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > (file.contains(QStringLiteral("kontor_qt_fa")) ? 5 : 150));
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
    }

    // In Persian the middle dot between parts of a line reads as the digit zero ("۱۶۷ ·" as "۱۶۷۰"): its
    // translations part with a bullet, as partSeparator() does.
    void persianPartsWithABulletNotAMiddleDot()
    {
        QFile ts(QStringLiteral(KONTOR_TEST_DATA "/../../translations/kontor_fa.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QStringList dotted;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                (xml.name() == u"numerusform" ||
                 (xml.name() == u"translation" && !xml.attributes().hasAttribute(QStringLiteral("numerus"))))) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.contains(QChar(0x00B7)))
                    dotted << text;
            }
        }
        QVERIFY2(dotted.isEmpty(), qPrintable(dotted.join(u'\n')));
    }

    // The user guide is translated piece by piece (UserGuideText.h): a translation that loses a "**", a "|" or a key
    // breaks the page's Markdown or tells the user a key that does nothing. `code` is what the user types: unchanged.
    void userGuideKeepsItsMarkdown_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* language : {"de", "fa", "bn", "am", "eo"})
            QTest::newRow(language)
                << QStringLiteral(KONTOR_TEST_DATA "/../../translations/kontor_%1.ts").arg(QLatin1String(language));
    }

    void userGuideKeepsItsMarkdown()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        static const QRegularExpression codeSpan(QStringLiteral("`[^`]*`"));
        // German names the Ctrl key as its keyboards and Qt's German menus do.
        const QString translatedCtrl =
            file.endsWith(QLatin1String("_de.ts")) ? QStringLiteral("Strg+") : QStringLiteral("Ctrl+");
        const auto shape = [](const QString& text, const QString& ctrl) {
            QStringList spans;
            for (auto it = codeSpan.globalMatch(text); it.hasNext();)
                spans << it.next().captured(0);
            spans.sort();
            return QStringLiteral("** %1, | %2, Ctrl+ %3, code %4")
                .arg(text.count(QStringLiteral("**")))
                .arg(text.count(u'|'))
                .arg(text.count(ctrl))
                .arg(spans.join(u' '));
        };
        QString context;
        QString source;
        QStringList broken;
        int checked = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation" && context == QLatin1String("UserGuide")) {
                const QString text = xml.readElementText();
                ++checked;
                const QString wanted = shape(source, QStringLiteral("Ctrl+"));
                const QString got = shape(text, translatedCtrl);
                if (got != wanted || text.contains(u'\n'))
                    broken << wanted + QStringLiteral(" -> ") + got + QStringLiteral(": ") + text;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(checked > 100);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    // A keyboard underline splits the text where it stands: in Bengali on a letter with a vowel sign or inside a
    // conjunct Qt draws a dotted circle, in Persian between two joined letters it cuts the label short.
    void underlinesDoNotSplitTheScript_data() { everyStringIsTranslated_data(); }

    void underlinesDoNotSplitTheScript()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&ts);
        // The Arabic letters that join only to the letter before them.
        const QString joinOnlyBefore = QStringLiteral("اآأإدذرزژوؤة");
        const auto arabic = [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF && c.isLetter(); };
        QStringList split;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"translation")
                continue;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&(?!&)")));
            if (at < 0 || at + 1 >= text.size() || (at > 0 && text.at(at - 1) == u'&'))
                continue;
            const QChar letter = text.at(at + 1);
            const QChar after = at + 2 < text.size() ? text.at(at + 2) : QChar();
            const QChar before = at > 0 ? text.at(at - 1) : QChar();
            const bool mark =
                after.category() == QChar::Mark_NonSpacing || after.category() == QChar::Mark_SpacingCombining;
            const bool conjunct = before == QChar(0x09CD);
            const bool joined = arabic(letter) && ((arabic(before) && !joinOnlyBefore.contains(before)) ||
                                                   (arabic(after) && !joinOnlyBefore.contains(letter)));
            if (mark || conjunct || joined)
                split << text;
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(split.isEmpty(), qPrintable(split.join(u'\n')));
    }

    void translationsKeepTheirPlaceholders_data() { everyStringIsTranslated_data(); }

    void translationsKeepTheirPlaceholders()
    {
        // "%1 archived." translated without its %1 would drop the name from the sentence.
        QFETCH(QString, file);
        QFile ts(file);
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
        QVERIFY(checked > (file.contains(QStringLiteral("kontor_qt_fa")) ? 5 : 150));
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
