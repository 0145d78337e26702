// SPDX-License-Identifier: GPL-3.0-or-later
// Pages follow the actions' events: a hidden page that shows what changed reads again when it is shown, once; the
// page in view is left to refresh itself; a page that shows nothing of it is not touched.
#include "TestDatabase.h"

#include "actions/ContactActions.h"
#include "actions/ReminderActions.h"
#include "actions/Session.h"
#include "views/PageRefresh.h"

#include <QStackedWidget>
#include <QTest>

using namespace kontor;
using kontor::ui::PageRefresh;

class TestPageRefresh : public QObject
{
    Q_OBJECT

private slots:
    void eventsMarkTheHiddenPagesThatShowWhatChanged()
    {
        test::TestDatabase fixture;
        Session session(fixture.db());
        QStackedWidget pages;
        auto* today = new QWidget(&pages);
        auto* reminders = new QWidget(&pages);
        auto* pipeline = new QWidget(&pages);
        for (QWidget* page : {today, reminders, pipeline})
            pages.addWidget(page);
        int todayReads = 0, reminderReads = 0, pipelineReads = 0;
        PageRefresh refresh(&pages);
        refresh.addPage(today, PageRefresh::Everything, [&] { ++todayReads; });
        refresh.addPage(reminders, PageRefresh::Reminders | PageRefresh::Contacts, [&] { ++reminderReads; });
        refresh.addPage(pipeline, PageRefresh::Deals, [&] { ++pipelineReads; });
        refresh.listenTo(&session);
        pages.setCurrentWidget(today);

        Reminder reminder;
        reminder.title = QStringLiteral("Send the quote");
        reminder.dueAt = QDateTime::currentDateTimeUtc();
        QVERIFY(ReminderActions::save(fixture.db(), reminder));
        // Nothing is read at once: the page in view refreshes itself, the hidden one when it is shown.
        QCOMPARE(todayReads + reminderReads + pipelineReads, 0);
        QVERIFY(refresh.isStale(reminders));
        QVERIFY(!refresh.isStale(pipeline));

        pages.setCurrentWidget(reminders);
        QCOMPARE(reminderReads, 1);
        pages.setCurrentWidget(today);
        pages.setCurrentWidget(reminders);
        QCOMPARE(reminderReads, 1);
        // The window's own flows (Ctrl+L from any page) ask for the page in view.
        pages.setCurrentWidget(today);
        refresh.refreshVisibleIfStale();
        QCOMPARE(todayReads, 1);
        pages.setCurrentWidget(pipeline);
        QCOMPARE(pipelineReads, 0);

        // A failed action publishes nothing, so nothing goes out of date.
        Contact nameless;
        QVERIFY(!ContactActions::save(fixture.db(), nameless, {}));
        QVERIFY(!refresh.isStale(reminders));
        // Without a session, nothing is heard.
        refresh.listenTo(nullptr);
        QVERIFY(ReminderActions::save(fixture.db(), reminder));
        QVERIFY(!refresh.isStale(reminders));
    }
};

QTEST_MAIN(TestPageRefresh)
#include "tst_pagerefresh.moc"
