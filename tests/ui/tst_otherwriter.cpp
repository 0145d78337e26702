// SPDX-License-Identifier: GPL-3.0-or-later
// Another program writing to the same database while the window saves: the window waits, says so, and goes on.
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Translations.h"
#include "actions/ContactActions.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QSemaphore>
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

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    // kontor-cli holds the write lock for a second and a half: a save in the window waits for it, the status bar
    // says why the window stands still (painted during the wait), and the save then goes through.
    void theWindowSaysItWaitsForAnotherWriter()
    {
        test::TestDatabase fixture;
        const QString path = fixture.database().path();
        ui::MainWindow window(fixture.take());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QSemaphore locked;
        std::unique_ptr<QThread> other(QThread::create([&path, &locked] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
                QVERIFY(query.exec(QStringLiteral("INSERT INTO tags (name) VALUES ('from the other program')")));
                locked.release();
                QThread::msleep(1600);
                QVERIFY(query.exec(QStringLiteral("COMMIT")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        }));
        other->start();
        locked.acquire();

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
};

QTEST_MAIN(TestOtherWriter)
#include "tst_otherwriter.moc"
