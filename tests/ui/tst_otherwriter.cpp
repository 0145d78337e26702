// SPDX-License-Identifier: GPL-3.0-or-later
// Another program writing to the same database while the window saves: the window waits, says so, and goes on.
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "actions/ContactActions.h"
#include "models/ContactListModel.h"
#include "storage/BusyWait.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QThread>

#include <memory>

using namespace kontor;

class TestOtherWriter : public QObject
{
    Q_OBJECT

    /// Another program: takes the write lock on `path`, says so through `locked`, and holds it `milliseconds`.
    static void holdTheWriteLock(const QString& path, QSemaphore& locked, int milliseconds)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            // Waits for the window's own threads (its backup, its checkpoints) like any program.
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            QSqlQuery query(db);
            if (db.open() && query.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
                query.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('from the other program')"))) {
                locked.release();
                QThread::msleep(milliseconds);
                query.exec(QStringLiteral("COMMIT"));
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    // kontor-cli holds the write lock for three seconds: a save in the window waits for it, the status bar
    // says why the window stands still (painted during the wait), and the save then goes through.
    void theWindowSaysItWaitsForAnotherWriter()
    {
        test::TestDatabase fixture;
        const QString path = fixture.database().path();
        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSemaphore locked;
        std::unique_ptr<QThread> other(QThread::create([&path, &locked] { holdTheWriteLock(path, locked, 3000); }));
        other->start();
        const auto join = qScopeGuard([&other] { other->wait(); });
        QVERIFY2(locked.tryAcquire(1, 20000), "the other program could not take the write lock");

        Contact contact;
        contact.firstName = QStringLiteral("Karen");
        const auto saved = ContactActions::save(window.database()->connection(), contact, QString());
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        // Nothing has run the event loop since the wait: what the status bar said is still there.
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Another program is writing")),
                 qPrintable(window.statusBar()->currentMessage()));
        other->wait();
        // Once the window is free again the message goes.
        QTRY_VERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("Another program is writing")));
    }

    // While the wait is said (the status bar painted at once, with whatever else waits to be painted), the contact
    // list reads nothing from a connection that is inside SQLite's busy handler; its rows come back after.
    void theListReadsNothingDuringTheWait()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        for (int i = 0; i < 450; ++i) {
            Contact contact;
            contact.firstName = QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(ContactActions::save(db, contact, QString()).ok());
        }
        ui::ContactListModel model;
        model.setCountInBackground(false);
        model.setDatabase(db);
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(model.data(model.index(0, ui::ContactListModel::Name)).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        bool notified = false;
        QVariant farRow;
        BusyWait::setNotifier([&](int) {
            notified = BusyWait::notifying();
            // A page not read yet, as a view scrolled there would ask for it while being painted.
            farRow = model.data(model.index(420, ui::ContactListModel::Name));
        });
        const auto forget = qScopeGuard([] { BusyWait::setNotifier({}); });

        QSemaphore locked;
        std::unique_ptr<QThread> other(
            QThread::create([path = fixture.database().path(), &locked] { holdTheWriteLock(path, locked, 3000); }));
        other->start();
        const auto join = qScopeGuard([&other] { other->wait(); });
        QVERIFY2(locked.tryAcquire(1, 20000), "the other program could not take the write lock");
        Contact contact;
        contact.firstName = QStringLiteral("Karen");
        QVERIFY(ContactActions::save(db, contact, QString()).ok());
        QVERIFY(notified);
        QVERIFY(!farRow.isValid());
        // Once events flow again, the views are told to read the rows.
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(model.data(model.index(420, ui::ContactListModel::Name)).toString().left(6), QStringLiteral("Person"));
    }
};

QTEST_MAIN(TestOtherWriter)
#include "tst_otherwriter.moc"
