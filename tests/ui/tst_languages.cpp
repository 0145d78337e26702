// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing the window's language and calendar, and the window in Persian: mirrored, in the Solar Hijri calendar.
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "dialogs/DealDialog.h"
#include "dialogs/DemoDatabase.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/LanguageSettingsPage.h"
#include "dialogs/RegionChoice.h"
#include "dialogs/SettingsDialog.h"
#include "domain/DateText.h"
#include "domain/Money.h"
#include "models/TimelineModel.h"
#include "views/ContactCard.h"
#include "views/Direction.h"
#include "views/InterfaceLanguage.h"
#include "views/KontorStyle.h"
#include "views/MainWindow.h"
#include "views/RemindersPage.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QCommonStyle>
#include <QDateEdit>
#include <QKeySequence>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionMenuItem>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextLayout>
#include <QUndoCommand>
#include <QUndoStack>

using namespace kontor;

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:

    void cleanup()
    {
        QSettings().remove(QStringLiteral("interface"));
        ui::applyInterfaceLanguage(*qApp, QStringLiteral("en"));
    }

    // Settings → Language: the choice is saved at once and the window is told to open again in it.
    void chosenInSettings()
    {
        test::TestDatabase fixture;
        ui::SettingsDialog dialog(fixture.db(), fixture.path());
        QSignalSpy changed(&dialog, &ui::SettingsDialog::languageChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Alt+N opens the tab, Alt+L goes to the language.
        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), int(ui::SettingsDialog::LanguageTab));
        auto* page = dialog.findChild<ui::LanguageSettingsPage*>();
        QVERIFY(page);
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(page->languageBox()->hasFocus());
        // Every language named in its own words, Persian among them.
        QVERIFY(page->languageBox()->findText(QStringLiteral("فارسی")) > 0);
        QVERIFY(page->languageBox()->findData(QStringLiteral("bn")) > 0);
        QVERIFY(page->languageBox()->findData(QStringLiteral("am")) > 0);
        QVERIFY(page->languageBox()->findData(QStringLiteral("eo")) > 0);
        page->languageBox()->setCurrentIndex(page->languageBox()->findData(QStringLiteral("fa")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ui::savedLanguageChoice().language, QStringLiteral("fa"));
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(page->calendarBox()->hasFocus());
        QTest::keyClick(page->calendarBox(), Qt::Key_Down);
        QCOMPARE(ui::savedLanguageChoice().calendar, QStringLiteral("gregorian"));
        QCOMPARE(changed.count(), 2);
        test::screenshot(&dialog, QStringLiteral("settings-language"));
    }

    // The demo is made in the window's language, each language's in a file of its own.
    void eachLanguageHasItsDemo()
    {
        QVERIFY(ui::DemoDatabase::defaultPath().endsWith(QStringLiteral("/kontor-demo.sqlite")));
        ui::applyInterfaceLanguage(*qApp, QStringLiteral("fa"));
        QVERIFY(ui::DemoDatabase::defaultPath().endsWith(QStringLiteral("/kontor-demo-fa.sqlite")));
    }

    // Words the card and the history draw themselves are in the language too: the labels of emails and phones that
    // Kontor and vCards store in English, and the line between what is to come and what happened.
    void labelsAndTheNowLineAreTranslated()
    {
        ui::applyInterfaceLanguage(*qApp, QStringLiteral("fa"));
        QCOMPARE(ui::ContactCard::labelName(QStringLiteral("work")), QStringLiteral("کار"));
        QCOMPARE(ui::ContactCard::labelName(QStringLiteral("mobile")), QStringLiteral("همراه"));
        QCOMPARE(ui::ContactCard::labelName(QStringLiteral("Büro")), QStringLiteral("Büro"));
        QCOMPARE(ui::TimelineModel::nowText(), QStringLiteral("اکنون"));
        // The countries in Persian, for the phone numbers' region.
        QComboBox regions;
        ui::fillPhoneRegions(&regions);
        QCOMPARE(regions.itemText(regions.findData(QStringLiteral("IR"))), QStringLiteral("ایران (IR)"));
        QCOMPARE(regions.itemText(regions.findData(QStringLiteral("DE"))), QStringLiteral("آلمان (DE)"));
        // A Latin name in a mirrored list keeps its full stop at its end; Persian text is left as it is.
        QCOMPARE(ui::KontorStyle::cellText(QStringLiteral("Vega Motors S.A."), Qt::RightToLeft),
                 QStringLiteral("Vega Motors S.A.") + QChar(0x200E));
        // Parts of a line keep their own direction: a Latin company's final full stop stays at its end.
        {
            const QString line = joinParts({QStringLiteral("مشتری"), QStringLiteral("Martini Catering S.p.A.")});
            // (The cursor before the first letter of a run stands at the run's edge: "Catering" is measured instead.)
            QVERIFY(test::xInRightToLeft(line, line.indexOf(u'C')) <
                    test::xInRightToLeft(line, line.lastIndexOf(u'.')));
        }
        // A Persian sentence that begins with Latin letters ("UTF-8، ۸ ستون") is laid out right to left all the same.
        {
            {
                const test::MirroredApplication mirrored;
                QVERIFY(ui::inWindowDirection(QStringLiteral("UTF-8، ۸ ستون")).isRightToLeft());
            }
            const test::MirroredApplication leftToRight(Qt::LeftToRight);
            QCOMPARE(ui::inWindowDirection(QStringLiteral("UTF-8, 8 columns")), QStringLiteral("UTF-8, 8 columns"));
        }
        // A phone number reads as dialled: its plus sign on the left, its groups in order.
        {
            const QString phone = QStringLiteral("+49 40 1234567");
            const QString drawn = ui::KontorStyle::cellText(phone, Qt::RightToLeft);
            QVERIFY2(test::xInRightToLeft(drawn, drawn.indexOf(u'+')) <
                         test::xInRightToLeft(drawn, drawn.lastIndexOf(u'7')),
                     "the plus sign stands right of the last digit");
            QVERIFY(test::xInRightToLeft(drawn, drawn.indexOf(QStringLiteral("49"))) <
                    test::xInRightToLeft(drawn, drawn.indexOf(QStringLiteral("40"))));
        }
        QCOMPARE(ui::KontorStyle::cellText(QStringLiteral("شرکت کاوه."), Qt::RightToLeft),
                 QStringLiteral("شرکت کاوه."));
        QCOMPARE(ui::KontorStyle::cellText(QStringLiteral("Vega Motors S.A."), Qt::LeftToRight),
                 QStringLiteral("Vega Motors S.A."));
        // Between the parts of a line a bullet: a middle dot reads as Persian's zero ("ناموفق · ۱۳ دقیقه").
        QCOMPARE(partSeparator(), QStringLiteral(" • "));
        // Keys as printed on the keyboard, as Kontor's own hints name them ("Ctrl+L"), not Qt's Persian "کنترل+L".
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return).toString(QKeySequence::NativeText),
                 QStringLiteral("Ctrl+Shift+Return"));
        // A path in a Persian message reads left to right: isolated from the sentence around it.
        QCOMPARE(shownPath(QStringLiteral("/home/ada/crm.sqlite")),
                 QChar(0x2066) + QStringLiteral("/home/ada/crm.sqlite") + QChar(0x2069));
        ui::applyInterfaceLanguage(*qApp, QStringLiteral("de"));
        QCOMPARE(ui::TimelineModel::nowText(), QStringLiteral("Jetzt"));
        QCOMPARE(shownPath(QStringLiteral("/home/ada/crm.sqlite")), QStringLiteral("/home/ada/crm.sqlite"));
    }

    // Right to left, a menu's shortcut reads as on the keyboard ("Ctrl+,", not ",+Ctrl") and the import's Next
    // points the way the pages go, to the left.
    void shortcutsAndArrowsReadRightToLeft()
    {
        // What the desktop's style is given to draw.
        class RecordingStyle : public QCommonStyle
        {
        public:
            QString* menuText = nullptr;
            void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                             const QWidget* widget) const override
            {
                if (const auto* item = qstyleoption_cast<const QStyleOptionMenuItem*>(option))
                    *menuText = item->text;
                QCommonStyle::drawControl(element, option, painter, widget);
            }
        };
        QString drawnText;
        auto* recording = new RecordingStyle;
        recording->menuText = &drawnText;
        ui::KontorStyle style(recording);
        QStyleOptionMenuItem item;
        item.direction = Qt::RightToLeft;
        item.menuItemType = QStyleOptionMenuItem::Normal;
        item.text = QStringLiteral("تنظیمات\tCtrl+,");
        item.rect = QRect(0, 0, 300, 30);
        QImage image(300, 30, QImage::Format_ARGB32);
        QPainter painter(&image);
        style.drawControl(QStyle::CE_MenuItem, &item, &painter);
        const QString shortcut = drawnText.section(u'\t', 1);
        QVERIFY2(test::xInRightToLeft(shortcut, shortcut.indexOf(u',')) >
                     test::xInRightToLeft(shortcut, shortcut.indexOf(u'r')),
                 "the comma stands left of Ctrl");
        QCOMPARE(drawnText.section(u'\t', 0, 0), QStringLiteral("تنظیمات"));

        test::TestDatabase fixture;
        ui::applyInterfaceLanguage(*qApp, QStringLiteral("fa"));
        {
            ui::ImportWizard wizard(fixture.db(), fixture.path(), 3);
            QVERIFY(wizard.buttonText(QWizard::NextButton).contains(u'←'));
            QVERIFY(wizard.buttonText(QWizard::BackButton).contains(u'→'));
        }
        // The arrow keys as the keyboard shows them, where Qt has no words for them in the language (Esperanto
        // read "Ctrl+Shift+Right" in English).
        for (const char* language : {"fa", "bn", "am", "eo"}) {
            ui::applyInterfaceLanguage(*qApp, QString::fromLatin1(language));
            QCOMPARE(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right).toString(QKeySequence::NativeText),
                     QStringLiteral("Ctrl+Shift+→"));
        }
        ui::applyInterfaceLanguage(*qApp, QStringLiteral("de"));
        ui::ImportWizard wizard(fixture.db(), fixture.path(), 3);
        QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Weiter >"));
    }

    // The Edit menu names the step in the language's word order, not "Rückgängig" glued before a German sentence.
    void undoNamesTheStepInTheLanguagesOrder()
    {
        ui::applyInterfaceLanguage(*qApp, QStringLiteral("de"));
        test::TestDatabase fixture;
        ui::MainWindow window(fixture.take());
        window.undoStack()->push(new QUndoCommand(QStringLiteral("Geschäft „Scanner“ bearbeiten")));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("undo"))->text(),
                 QStringLiteral("&Rückgängig: Geschäft „Scanner“ bearbeiten"));
        window.undoStack()->undo();
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("undo"))->text(), QStringLiteral("&Rückgängig"));
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("undo"))->isEnabled());
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("redo"))->text(),
                 QStringLiteral("&Wiederholen: Geschäft „Scanner“ bearbeiten"));
        window.waitForBackup();
    }

    // The choice is what the window starts in; --lang still wins over it.
    void appliedAtStart()
    {
        ui::saveLanguageChoice({QStringLiteral("fa"), QString()});
        QCOMPARE(ui::applyInterfaceLanguage(*qApp), QStringLiteral("fa"));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(DateText::calendar().name(), QCalendar(QCalendar::System::Jalali).name());
        // Persian in the Gregorian calendar, if the user asks for it.
        ui::saveLanguageChoice({QStringLiteral("fa"), QStringLiteral("gregorian")});
        ui::applyInterfaceLanguage(*qApp);
        QCOMPARE(DateText::calendar().name(), QCalendar(QCalendar::System::Gregorian).name());
        // Back to the system's language (C.UTF-8 here: English): its direction and digits come back too.
        ui::saveLanguageChoice({QString(), QString()});
        ui::applyInterfaceLanguage(*qApp);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QLocale().toString(5), QStringLiteral("5"));
        // A language Kontor does not ship is the system's.
        ui::saveLanguageChoice({QStringLiteral("xx"), QString()});
        QCOMPARE(ui::applyInterfaceLanguage(*qApp), QStringLiteral("en"));
        // --lang de: German, left to right, whatever Settings say.
        QCOMPARE(ui::applyInterfaceLanguage(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    }

    // In Persian the window mirrors: the side bar stands on the right, the menus start from the right, and the
    // dates on Today are Solar Hijri.
    void thePersianWindowIsMirrored()
    {
        ui::saveLanguageChoice({QStringLiteral("fa"), QString()});
        ui::applyInterfaceLanguage(*qApp);
        test::TestDatabase fixture;
        ui::MainWindow window(fixture.take());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const QRect bar(navigation->mapTo(&window, QPoint(0, 0)), navigation->size());
        QVERIFY2(bar.left() > window.width() / 2, qPrintable(QStringLiteral("side bar at x %1").arg(bar.left())));
        QVERIFY(navigation->item(0)->text().contains(QStringLiteral("امروز")));
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        test::screenshot(&window, QStringLiteral("window-persian"));
    }

    // In Persian the reminders' month is a Solar Hijri month, the week starts on Saturday and Friday is the
    // weekend; a date field shows and takes Solar Hijri dates.
    void persianCalendarsInTheWindow()
    {
        ui::saveLanguageChoice({QStringLiteral("fa"), QString()});
        ui::applyInterfaceLanguage(*qApp);
        ui::RemindersPage page;
        auto* calendar = page.findChild<QCalendarWidget*>(QStringLiteral("calendar"));
        QVERIFY(calendar);
        QCOMPARE(calendar->calendar().name(), QCalendar(QCalendar::System::Jalali).name());
        QCOMPARE(calendar->firstDayOfWeek(), Qt::Saturday);
        QVERIFY(calendar->weekdayTextFormat(Qt::Friday).foreground() !=
                calendar->weekdayTextFormat(Qt::Saturday).foreground());
        QCOMPARE(calendar->weekdayTextFormat(Qt::Sunday).foreground(),
                 calendar->weekdayTextFormat(Qt::Monday).foreground());
        // Today is the day highlighted: its Solar Hijri day, not the cell of its Gregorian one.
        auto* days = calendar->findChild<QTableView*>(QStringLiteral("qt_calendar_calendarview"));
        QVERIFY(days);
        const QModelIndexList selected = days->selectionModel()->selectedIndexes();
        QCOMPARE(selected.size(), 1);
        const int today = QCalendar(QCalendar::System::Jalali).partsFromDate(calendar->selectedDate()).day;
        QCOMPARE(days->model()->data(selected.first()).toInt(), today);
        test::TestDatabase fixture;
        ui::DealDialog dialog(fixture.db(), 0);
        auto* expected = dialog.findChild<QDateEdit*>(QStringLiteral("expectedClose"));
        QVERIFY(expected);
        expected->setDate(QDate(2026, 12, 2));
        // 11 Azar 1405, in Persian digits, the year first as every list writes it (not ۱۱/۹/۱۴۰۵).
        QVERIFY2(expected->text().startsWith(QStringLiteral("۱۴۰۵")), qPrintable(expected->text()));
        QVERIFY2(expected->text().contains(QStringLiteral("۱۴۰۵")), qPrintable(expected->text()));
        QVERIFY2(expected->text().contains(QStringLiteral("۱۱")), qPrintable(expected->text()));
    }

    // Persian with Latin digits, if the user chooses them: every number in 0-9 (Kontor's, the date fields', the
    // counts in translated messages), with Persian words, month names, direction and week kept; the language's own
    // digits come back when chosen again.
    void persianWithLatinDigits()
    {
        test::TestDatabase fixture;
        ui::SettingsDialog settings(fixture.db(), fixture.path());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QTest::keyClick(&settings, Qt::Key_N, Qt::AltModifier);
        auto* page = settings.findChild<ui::LanguageSettingsPage*>();
        QVERIFY(page);
        page->languageBox()->setCurrentIndex(page->languageBox()->findData(QStringLiteral("fa")));
        QTest::keyClick(&settings, Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(page->digitsBox()->hasFocus());
        QTest::keyClick(page->digitsBox(), Qt::Key_Down);
        QCOMPARE(ui::savedLanguageChoice().digits, QStringLiteral("latin"));
        settings.close();

        ui::applyInterfaceLanguage(*qApp);
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1,234,567"));
        QCOMPARE(QLocale().firstDayOfWeek(), Qt::Saturday);
        const QString money = Money{125050, QStringLiteral("EUR")}.format();
        QVERIFY2(money.contains(QStringLiteral("1,250.50")), qPrintable(money));
        // 11 Azar 1405: a Persian month, Latin digits.
        const QString day = DateText::longDate(QDate(2026, 12, 2));
        QVERIFY2(day.contains(QStringLiteral("آذر")) && day.contains(QStringLiteral("1405")), qPrintable(day));
        QVERIFY2(!day.contains(QStringLiteral("۱")), qPrintable(day));
        const QString archived =
            QCoreApplication::translate("kontor::ui::ContactsPage", "%n contact(s) archived.", nullptr, 12);
        QVERIFY2(archived.contains(QStringLiteral("12")) && archived.contains(QStringLiteral("مخاطب")),
                 qPrintable(archived));
        ui::DealDialog dialog(fixture.db(), 0);
        auto* expected = dialog.findChild<QDateEdit*>(QStringLiteral("expectedClose"));
        QVERIFY(expected);
        expected->setDate(QDate(2026, 12, 2));
        QVERIFY2(expected->text().contains(QStringLiteral("1405")), qPrintable(expected->text()));
        // The language's own again.
        ui::saveLanguageChoice({QStringLiteral("fa"), QString(), QString()});
        ui::applyInterfaceLanguage(*qApp);
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("۱٬۲۳۴٬۵۶۷"));
        // And Latin digits change nothing in a language written in them.
        ui::saveLanguageChoice({QStringLiteral("de"), QString(), QStringLiteral("latin")});
        ui::applyInterfaceLanguage(*qApp);
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
        QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
