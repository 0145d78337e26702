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
    void eventsMarkThePagesThatShowWhatChanged()
    {
        test::TestDatabase fixture;
        Session session(fixture.db());
        QStackedWidget pages;
        auto* today = new QWidget(&pages);
        auto* contacts = new QWidget(&pages);
        auto* pipeline = new QWidget(&pages);
        for (QWidget* page : {today, contacts, pipeline})
            pages.addWidget(page);
        int todayReads = 0, contactReads = 0, pipelineReads = 0;
        PageRefresh refresh(&pages);
        refresh.addPage(
            today, PageRefresh::Everything, [&] { ++todayReads; }, PageRefresh::WhenShown::ReadsItself);
        refresh.addPage(contacts, PageRefresh::Reminders | PageRefresh::Contacts, [&] { ++contactReads; });
        refresh.addPage(pipeline, PageRefresh::Deals, [&] { ++pipelineReads; });
        refresh.listenTo(&session);
        pages.setCurrentWidget(today);

        Reminder reminder;
        reminder.title = QStringLiteral("Send the quote");
        reminder.dueAt = QDateTime::currentDateTimeUtc();
        QVERIFY(ReminderActions::save(fixture.db(), reminder));
        // Nothing is read at once: the page in view refreshes itself, a hidden one when it is shown.
        QCOMPARE(todayReads + contactReads + pipelineReads, 0);
        QVERIFY(refresh.isStale(today));
        QVERIFY(refresh.isStale(contacts));
        QVERIFY(!refresh.isStale(pipeline));
        // The window's own flows (Ctrl+L from any page) ask for the page in view.
        refresh.refreshVisibleIfStale();
        QCOMPARE(todayReads, 1);
        refresh.refreshVisibleIfStale();
        QCOMPARE(todayReads, 1);

        pages.setCurrentWidget(contacts);
        QCOMPARE(contactReads, 1);
        pages.setCurrentWidget(today);
        pages.setCurrentWidget(contacts);
        QCOMPARE(contactReads, 1);
        // A failed action publishes nothing, so nothing goes out of date.
        Contact nameless;
        QVERIFY(!ContactActions::save(fixture.db(), nameless, {}));
        QVERIFY(!refresh.isStale(contacts));
        pages.setCurrentWidget(pipeline);
        QCOMPARE(pipelineReads, 0);

        // A page that reads itself when shown is only unmarked: it is not read twice.
        QVERIFY(ReminderActions::save(fixture.db(), reminder));
        QVERIFY(refresh.isStale(today));
        pages.setCurrentWidget(today);
        QVERIFY(!refresh.isStale(today));
        QCOMPARE(todayReads, 1);

        // Without a session, nothing is heard.
        refresh.listenTo(nullptr);
        QVERIFY(ReminderActions::save(fixture.db(), reminder));
        QVERIFY(!refresh.isStale(today));
    }
};

QTEST_MAIN(TestPageRefresh)
#include "tst_pagerefresh.moc"
