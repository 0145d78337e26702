// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "UtcTime.h"

#include "Clock.h"
#include "Translations.h"
#include "models/TimelineModel.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/ReminderRepository.h"
#include "repositories/StageRepository.h"
#include "views/ContactCard.h"
#include "views/SoftText.h"
#include "views/TimelineDelegate.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace kontor;

/// Stands in for the desktop's mail program and dialer.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened << url; }
};
using kontor::ui::TimelineModel;

class TestContactCard : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = utcAt(QDate(2026, 11, 24), QTime(12, 0));
    FixedClock m_clock{m_now};

    static QStringList headers(TimelineModel* model)
    {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list << model->index(row).data(TimelineModel::SubjectRole).toString();
        return list;
    }

private slots:
    void initTestCase()
    {
        installTranslations(*qApp, QStringLiteral("en"));
        Clock::setInstance(&m_clock);
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void mailAndPhoneLinksOpenTheSystemHandlers()
    {
        test::TestDatabase fixture;
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.emails = {{QStringLiteral("ada@example.com"), {}}};
        ada.phones = {{QStringLiteral("+44 20 7946 0000"), {}}};
        const qint64 adaId = ContactRepository(fixture.db()).create(ada).value();
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("tel"), &catcher, "open");
        ui::ContactCard card;
        card.setDatabase(fixture.db());
        card.showContact(adaId);
        card.show();
        QVERIFY(QTest::qWaitForWindowActive(&card));
        // Tab reaches each link in the details, Enter opens it with the desktop's mail program or dialer.
        auto* details = card.findChild<QLabel*>(QStringLiteral("details"));
        details->setFocus();
        QTest::keyClick(details, Qt::Key_Tab);
        QTest::keyClick(details, Qt::Key_Return);
        QTest::keyClick(details, Qt::Key_Tab);
        QTest::keyClick(details, Qt::Key_Return);
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("tel"));
        QCOMPARE(catcher.opened, (QList<QUrl>{QUrl(QStringLiteral("mailto:ada@example.com")),
                                              QUrl(QStringLiteral("tel:+442079460000"))}));

        // The labels step back in the palette's colours, and follow when it changes (dark mode turned on).
        QVERIFY(details->text().contains(ui::softText(card.palette()).name()));
        card.setPalette(test::darkPalette());
        QVERIFY2(details->text().contains(ui::softText(test::darkPalette()).name()), qPrintable(details->text()));
    }

    // Mirrored (Persian), the card's labels stand on the right with their values to their left, and a Latin name
    // stands on the right too.
    void mirroredTheLabelsStandOnTheRight()
    {
        test::TestDatabase fixture;
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.emails = {{QStringLiteral("ada@example.com"), {}}};
        const qint64 adaId = ContactRepository(fixture.db()).create(ada).value();
        const test::MirroredApplication mirrored;
        ui::ContactCard card;
        card.setDatabase(fixture.db());
        card.showContact(adaId);
        const QString details = card.findChild<QLabel*>(QStringLiteral("details"))->text();
        // Qt lays a rich text table out from the left: the value is written first, the label second.
        QVERIFY2(details.indexOf(QStringLiteral("mailto:")) < details.indexOf(QStringLiteral(">Email<")),
                 qPrintable(details));
        QVERIFY(card.findChild<QLabel*>(QStringLiteral("name"))->alignment() & Qt::AlignRight);
    }

    void historyMergesInteractionsDealsAndReminders()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        const qint64 adaId = ContactRepository(db).create(ada).value();
        // 60 calls, one a day back from yesterday: more than one batch.
        for (int day = 1; day <= 60; ++day) {
            Interaction call;
            call.contactId = adaId;
            call.kind = InteractionKinds::call;
            call.subject = QStringLiteral("call %1").arg(day);
            call.occurredAt = m_now.addDays(-day);
            QVERIFY(InteractionRepository(db).log(call).ok());
        }
        const QList<Stage> stages = StageRepository(db).list().value();
        Deal deal;
        deal.title = QStringLiteral("Licences");
        deal.amount = {91000, QStringLiteral("EUR")};
        deal.contactId = adaId;
        deal.stageId = stages[0].id;
        deal.createdAt = m_now.addDays(-70).addSecs(3600); // older than every call
        const qint64 dealId = DealRepository(db).create(deal).value();
        QVERIFY(DealRepository(db).moveToStage(dealId, stages[4].id, 0, m_now.addDays(-2).addSecs(3600)).ok());
        Reminder next;
        next.title = QStringLiteral("Send the contract");
        next.contactId = adaId;
        next.dueAt = m_now.addDays(3);
        QVERIFY(ReminderRepository(db).create(next).ok());

        ui::ContactCard card;
        card.resize(600, 800);
        card.setDatabase(db);
        card.showContact(adaId);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        TimelineModel* timeline = card.timeline();
        // The reminder to come first, the move between the calls of its day, the creation after the first batch.
        QStringList shown = headers(timeline);
        QCOMPARE(shown.first(), QStringLiteral("Send the contract"));
        // What is still to come is marked so, and a "now" line stands between it and the past.
        QVERIFY(timeline->index(0).data(TimelineModel::PlannedRole).toBool());
        QVERIFY(!timeline->index(0).data(TimelineModel::NowAboveRole).toBool());
        QVERIFY(!timeline->index(1).data(TimelineModel::PlannedRole).toBool());
        QVERIFY(timeline->index(1).data(TimelineModel::NowAboveRole).toBool());
        QVERIFY(!timeline->index(2).data(TimelineModel::NowAboveRole).toBool());
        QCOMPARE(shown.mid(1, 3), (QStringList{QStringLiteral("call 1"), QStringLiteral("910.00\u00A0EUR · Licences"),
                                               QStringLiteral("call 2")}));
        QVERIFY(timeline->index(2)
                    .data(TimelineModel::HeaderRole)
                    .toString()
                    .endsWith(QStringLiteral("Deal moved to %1").arg(stages[4].name)));
        QCOMPARE(timeline->index(2).data(TimelineModel::KindRole).toString(), TimelineModel::dealKind);
        QCOMPARE(shown.size(), 1 + TimelineModel::batchSize + 1);
        QVERIFY(timeline->canFetchMore({}));
        timeline->fetchMore({});
        shown = headers(timeline);
        QCOMPARE(shown.size(), 1 + 60 + 2);
        QCOMPARE(shown.last(), QStringLiteral("910.00\u00A0EUR · Licences"));
        QVERIFY(timeline->index(shown.size() - 1)
                    .data(TimelineModel::HeaderRole)
                    .toString()
                    .contains(QStringLiteral("Deal created in")));
        QVERIFY(!timeline->canFetchMore({}));
    }

    // A meeting booked ahead reads as planned, above the line of now, not as one that took place.
    void plannedMeetingsStandAboveNow()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        const qint64 adaId = ContactRepository(db).create(ada).value();
        Interaction past;
        past.contactId = adaId;
        past.kind = InteractionKinds::call;
        past.subject = QStringLiteral("first call");
        past.occurredAt = m_now.addDays(-1);
        QVERIFY(InteractionRepository(db).log(past).ok());
        Interaction booked = past;
        booked.kind = InteractionKinds::meeting;
        booked.subject = QStringLiteral("demo at their office");
        booked.occurredAt = m_now.addDays(2);
        QVERIFY(InteractionRepository(db).log(booked).ok());

        ui::ContactCard card;
        card.resize(600, 500);
        card.setDatabase(db);
        card.showContact(adaId);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        TimelineModel* timeline = card.timeline();
        QCOMPARE(headers(timeline),
                 (QStringList{QStringLiteral("demo at their office"), QStringLiteral("first call")}));
        QVERIFY(timeline->index(0).data(TimelineModel::HeaderRole).toString().contains(QStringLiteral("Planned")));
        QVERIFY(!timeline->index(1).data(TimelineModel::HeaderRole).toString().contains(QStringLiteral("Planned")));
        QVERIFY(timeline->index(1).data(TimelineModel::NowAboveRole).toBool());
        test::screenshot(&card, QStringLiteral("contact-card-planned"));

        // Right to left, the kind's mark stands at the right edge of each entry, where the line starts.
        const auto markSide = [&](Qt::LayoutDirection direction) {
            card.setLayoutDirection(direction);
            auto* view = card.findChild<QListView*>();
            const QRect past = view->visualRect(timeline->index(1));
            const QImage image = view->viewport()->grab().toImage();
            const QColor call = ui::TimelineDelegate::kindColor(InteractionKinds::call);
            const int y = past.bottom() - past.height() / 3;
            int left = -1;
            for (int x = 0; x < image.width() && left < 0; ++x) {
                if (image.pixelColor(x, y) == call)
                    left = x;
            }
            return left < 0 ? 0 : (left < image.width() / 2 ? -1 : 1);
        };
        QCOMPARE(markSide(Qt::LeftToRight), -1);
        QCOMPARE(markSide(Qt::RightToLeft), 1);
        card.setLayoutDirection(Qt::LeftToRight);
    }

    void openComplaintsStayInViewUntilResolved()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        Contact bob;
        bob.firstName = QStringLiteral("Bob");
        const qint64 bobId = ContactRepository(db).create(bob).value();
        Interaction complaint;
        complaint.contactId = bobId;
        complaint.kind = InteractionKinds::complaint;
        complaint.subject = QStringLiteral("Invoice charged twice");
        complaint.occurredAt = m_now.addDays(-3);
        const qint64 complaintId = InteractionRepository(db).log(complaint).value();

        ui::ContactCard card;
        card.resize(600, 800);
        card.setDatabase(db);
        card.showContact(bobId);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto* banner = card.findChild<QFrame*>(QStringLiteral("complaints"));
        QVERIFY(banner->isVisible());
        const QString text = card.findChild<QLabel*>(QStringLiteral("complaintText"))->text();
        QVERIFY2(text.contains(QStringLiteral("1 open complaint")) &&
                     text.contains(QStringLiteral("Invoice charged twice")),
                 qPrintable(text));
        QVERIFY(card.timeline()->index(0).data(TimelineModel::OpenComplaintRole).toBool());
        test::screenshot(&card, QStringLiteral("contact-card-complaint"));

        QTest::mouseClick(card.findChild<QPushButton*>(QStringLiteral("resolve")), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QCOMPARE(InteractionRepository(db).get(complaintId)->resolvedAt, m_now);
        QVERIFY(
            card.timeline()->index(0).data(TimelineModel::HeaderRole).toString().contains(QStringLiteral("resolved")));

        // R on the complaint in the history opens it again.
        auto* view = card.findChild<QListView*>(QStringLiteral("timeline"));
        view->setFocus();
        view->setCurrentIndex(card.timeline()->index(0));
        QTest::keyClick(view, Qt::Key_R);
        QVERIFY(!InteractionRepository(db).get(complaintId)->resolvedAt.isValid());
        QVERIFY(banner->isVisible());
    }
};

QTEST_MAIN(TestContactCard)
#include "tst_contactcard.moc"
