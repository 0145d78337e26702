// SPDX-License-Identifier: GPL-3.0-or-later
// Help → User Guide in the interface's language: the README's guide cut into pieces a translator can translate
// without breaking its Markdown, and the list of those pieces kept in step with the README.
#include "UiTestSupport.h"

#include "dialogs/UserGuideDialog.h"
#include "dialogs/UserGuideText.h"
#include "views/InterfaceLanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QKeySequence>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextList>

using namespace kontor;

class TestUserGuide : public QObject
{
    Q_OBJECT

    static QString translated(const char* source) { return QCoreApplication::translate(ui::userGuideContext, source); }

private slots:

    void cleanup() { ui::applyInterfaceLanguage(*qApp, QStringLiteral("en")); }

    // lupdate reads the guide's texts from UserGuideStrings.cpp; written by hand or left behind, a paragraph of the
    // README would never reach the translators and would read in English in every language.
    void compiledTextsMatchTheReadme()
    {
        QFile readme(QStringLiteral(":/guide/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QStringList fromReadme =
            ui::guideSources(ui::splitGuide(ui::UserGuideDialog::guideFromReadme(QString::fromUtf8(readme.readAll()))));
        QVERIFY(fromReadme.size() > 100);
        const QStringList compiled = ui::compiledGuideSources();
        for (qsizetype i = 0; i < std::min(fromReadme.size(), compiled.size()); ++i) {
            if (fromReadme[i] != compiled[i])
                QFAIL(qPrintable(QStringLiteral("UserGuideStrings.cpp differs from README.md at \"%1\": run cmake "
                                                "--build <build> --target update_user_guide_strings, then "
                                                "update_translations")
                                     .arg(fromReadme[i].left(80))));
        }
        QCOMPARE(compiled.size(), fromReadme.size());
    }

    // Leads stay out of the text, lines of one paragraph or item become one, and the pieces join back into the same
    // Markdown: a heading, a list, a table and a code block come out as they went in.
    void piecesKeepTheMarkdown()
    {
        const QString markdown = QStringLiteral("### Today\n\n"
                                                "A paragraph over\ntwo lines.\n\n"
                                                "1. **First**: one,\n   and more.\n"
                                                "2. Second.\n"
                                                "- Nested? no, a bullet.\n\n"
                                                "| Keys | Action |\n| --- | --- |\n| Ctrl+L | Log |\n\n"
                                                "```\nkeep  this\n```\n");
        const QList<ui::GuidePiece> pieces = ui::splitGuide(markdown);
        QCOMPARE(ui::guideSources(pieces),
                 QStringList({QStringLiteral("Today"), QStringLiteral("A paragraph over two lines."),
                              QStringLiteral("**First**: one, and more."), QStringLiteral("Second."),
                              QStringLiteral("Nested? no, a bullet."), QStringLiteral("| Keys | Action |"),
                              QStringLiteral("| Ctrl+L | Log |")}));
        const QString upper = ui::joinGuide(pieces, [](const QString& text) { return text.toUpper(); });
        QCOMPARE(upper, QStringLiteral("### TODAY\n\n"
                                       "A PARAGRAPH OVER TWO LINES.\n\n"
                                       "1. **FIRST**: ONE, AND MORE.\n"
                                       "2. SECOND.\n"
                                       "- NESTED? NO, A BULLET.\n\n"
                                       "| KEYS | ACTION |\n| --- | --- |\n| CTRL+L | LOG |\n\n"
                                       "```\nkeep  this\n```\n"));
    }

    // In Persian the guide reads in Persian: its sections are Persian headings, its table keeps its keys.
    void readsInTheInterfaceLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"fa", "de", "bn", "am", "eo"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void readsInTheInterfaceLanguage()
    {
        QFETCH(QString, language);
        ui::applyInterfaceLanguage(*qApp, language);
        const QString gettingStarted = translated("Getting started");
        QVERIFY2(gettingStarted != QStringLiteral("Getting started"), "the guide is not translated");
        ui::UserGuideDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTextDocument* document = dialog.browser()->document();
        QStringList headings;
        // The keys as the menus name them: "Strg+L" in German.
        const QString logKey = QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText);
        int tableCells = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 2)
                headings.append(block.text());
            if (block.text() == logKey)
                ++tableCells;
        }
        QVERIFY2(headings.contains(gettingStarted), qPrintable(headings.join(QLatin1String(" | "))));
        QVERIFY(!document->toPlainText().contains(QStringLiteral("Getting started")));
        QCOMPARE(tableCells, 1); // the shortcut table is still a table, Ctrl+L in a cell of its own
        // The getting-started steps are numbered in the language's digits: "۱." and "১.", not "1.".
        const QLocale locale;
        bool stepOne = false;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (QTextList* list = block.textList(); list && list->format().style() == QTextListFormat::ListDecimal)
                QVERIFY2(locale.zeroDigit() == QStringLiteral("0"), "a list numbered in Latin digits");
            stepOne = stepOne || block.text().startsWith(locale.toString(1) + QStringLiteral(". "));
        }
        QVERIFY(stepOne || locale.zeroDigit() == QStringLiteral("0"));
        if (language == QLatin1String("fa")) {
            QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
            test::screenshot(&dialog, QStringLiteral("user-guide-fa"));
        }
    }
};

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
