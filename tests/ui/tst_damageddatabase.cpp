// SPDX-License-Identifier: GPL-3.0-or-later
// A database found damaged while the window has it open: the window says so at once and offers the ways on, a backup
// restored, what can be read saved into a new file, or the file kept open read only.
#include "DamagedFiles.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "Clock.h"
#include "Translations.h"
#include "actions/ContactActions.h"
#include "actions/InteractionActions.h"
#include "demo/DemoGenerator.h"
#include "dialogs/DatabaseDamageDialog.h"
#include "dialogs/RestoreBackupDialog.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kontor;

class TestDamagedDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good;

    // A copy of the good database with a backup made today (so the daily one is not due: the file itself is
    // checked), then damaged where the interactions are.
    QString damagedCopy(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        QFile::copy(m_good, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        if (!Backups(path, 10).make(QStringLiteral("daily")))
            return {};
        return test::damagePageOf(path, QStringLiteral("interactions")) ? path : QString();
    }

    static qint64 count(const QSqlDatabase& db, const QString& table)
    {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    }

private slots:
    void initTestCase()
    {
        installTranslations(*qApp, QStringLiteral("en"));
        m_good = m_dir.filePath(QStringLiteral("good.sqlite"));
        auto db = Database::open(m_good);
        QVERIFY(db.ok());
        QVERIFY(DemoGenerator(db.value()->connection()).generate({400, 4}).ok());
    }

    // Opened, the damaged file is checked in the background and the window says what is wrong: here, read only.
    void damageIsFoundOnOpeningAndReadOnlyChangesNothing()
    {
        const QString path = damagedCopy(QStringLiteral("read-only.sqlite"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::fileDigest(path);
        bool asked = false;
        test::whenModalShown([&asked](QWidget* modal) {
            auto* dialog = qobject_cast<ui::DatabaseDamageDialog*>(modal);
            QVERIFY2(dialog, modal->metaObject()->className());
            asked = true;
            const QString findings = dialog->findChild<QLabel*>(QStringLiteral("findings"))->text();
            QVERIFY2(findings.contains(QStringLiteral("damaged")), qPrintable(findings));
            auto* restore = dialog->findChild<QPushButton*>(QStringLiteral("restoreBackup"));
            auto* readOnly = dialog->findChild<QPushButton*>(QStringLiteral("readOnly"));
            QVERIFY(restore && readOnly);
            QVERIFY(restore->isEnabled());
            test::screenshot(dialog, QStringLiteral("database-damaged"));
            QTest::mouseClick(readOnly, Qt::LeftButton);
        });
        auto opened = Database::open(path, Database::Missing::Refuse);
        QVERIFY(opened.ok());
        ui::MainWindow window(std::move(opened.value()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(asked);
        QTRY_VERIFY(window.isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read only")));
        // What only writes is greyed, and the status bar keeps saying why.
        for (const char* name : {"newContact", "logInteraction", "importContacts", "newDeal", "editContact"})
            QVERIFY2(!window.findChild<QAction*>(QString::fromLatin1(name))->isEnabled(), name);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("restoreBackup"))->isEnabled());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("readOnlyBadge"))->isVisible());
        test::screenshot(&window, QStringLiteral("read-only"));
        // Nothing can be written, whatever asks.
        QSqlQuery write(window.database()->connection());
        QVERIFY(!write.exec(QStringLiteral("UPDATE contacts SET notes = 'x'")));
        QVERIFY2(write.lastError().databaseText().contains(QStringLiteral("readonly")),
                 qPrintable(write.lastError().databaseText()));
        // Another file opened is written as usual.
        const QString good = m_dir.filePath(QStringLiteral("after-read-only.sqlite"));
        QVERIFY(QFile::copy(m_good, good));
        auto sound = Database::open(good, Database::Missing::Refuse);
        QVERIFY(sound.ok());
        window.setDatabase(std::move(sound.value()));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("newContact"))->isEnabled());
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("readOnlyBadge"))->isVisible());
        window.close();
        window.setDatabase(nullptr);
        QCOMPARE(test::fileDigest(path), before);
    }

    // A database opened while the check of the one before still runs is checked too, and only its own result counts.
    void aDatabaseOpenedDuringACheckIsCheckedToo()
    {
        const QString good = m_dir.filePath(QStringLiteral("sound.sqlite"));
        QVERIFY(QFile::copy(m_good, good));
        QFile::setPermissions(good, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(Backups(good, 10).make(QStringLiteral("daily")).ok());
        const QString damaged = damagedCopy(QStringLiteral("second.sqlite"));
        QVERIFY(!damaged.isEmpty());
        bool asked = false;
        test::whenModalShown([&asked](QWidget* modal) {
            asked = qobject_cast<ui::DatabaseDamageDialog*>(modal) != nullptr;
            auto* keep = modal->findChild<QPushButton*>(QStringLiteral("keepWorking"));
            QVERIFY(keep);
            QTest::mouseClick(keep, Qt::LeftButton);
        });
        auto first = Database::open(good, Database::Missing::Refuse);
        QVERIFY(first.ok());
        ui::MainWindow window(std::move(first.value()));
        // The first check has started and its result is not in yet: no event has been handled since.
        auto second = Database::open(damaged, Database::Missing::Refuse);
        QVERIFY(second.ok());
        window.setDatabase(std::move(second.value()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(asked);
        QVERIFY(!window.isReadOnly());
    }

    // "Save What Can Be Read" copies the readable rows into a new file, which the window then works in.
    void salvageOpensWhatCouldBeRead()
    {
        const QString path = damagedCopy(QStringLiteral("salvage.sqlite"));
        QVERIFY(!path.isEmpty());
        const QString saved = m_dir.filePath(QStringLiteral("saved.sqlite"));
        auto opened = Database::open(path, Database::Missing::Refuse);
        QVERIFY(opened.ok());
        const qint64 contacts = count(opened.value()->connection(), QStringLiteral("contacts"));
        test::Answers answers({saved, QMessageBox::Ok});
        test::whenModalShown([](QWidget* modal) {
            auto* salvage = modal->findChild<QPushButton*>(QStringLiteral("salvage"));
            QVERIFY(salvage);
            QTest::mouseClick(salvage, Qt::LeftButton);
        });
        ui::MainWindow window(std::move(opened.value()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.database()->path(), saved);
        QVERIFY(answers.allUsed());
        // What was lost in the user's words, not the table's name.
        QVERIFY2(answers.asked.last().text.contains(QStringLiteral("calls, meetings and notes")) &&
                     !answers.asked.last().text.contains(QStringLiteral("interactions")),
                 qPrintable(answers.asked.last().text));
        // Every contact was on sound pages; the new file is whole and works.
        QCOMPARE(count(window.database()->connection(), QStringLiteral("contacts")), contacts);
        QVERIFY(Database::open(saved, Database::Missing::Refuse).ok());
        QVERIFY(!window.isReadOnly());
    }

    // Restore leads to the backups, the newest first, with when each was made.
    void restoreListsTheBackups()
    {
        const QString path = damagedCopy(QStringLiteral("restore.sqlite"));
        QVERIFY(!path.isEmpty());
        auto opened = Database::open(path, Database::Missing::Refuse);
        QVERIFY(opened.ok());
        bool listed = false;
        test::whenModalShown([&listed](QWidget* modal) {
            test::whenModalShown([&listed](QWidget* next) {
                // The backup made before the damage is there to choose, with when it was made.
                auto* table = next->findChild<QTableWidget*>();
                listed = qobject_cast<ui::RestoreBackupDialog*>(next) && table && table->rowCount() == 1 &&
                         !table->item(0, 0)->text().isEmpty();
                next->close();
            });
            auto* restore = modal->findChild<QPushButton*>(QStringLiteral("restoreBackup"));
            QVERIFY(restore);
            QTest::mouseClick(restore, Qt::LeftButton);
        });
        ui::MainWindow window(std::move(opened.value()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(listed);
    }

    // Choosing a backup says what going back to it would lose: the records added or changed since it was made.
    void restoreSaysWhatWouldBeLost()
    {
        const QString path = m_dir.filePath(QStringLiteral("lost.sqlite"));
        QVERIFY(QFile::copy(m_good, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(path, Database::Missing::Refuse);
        QVERIFY(opened.ok());
        const QSqlDatabase db = opened.value()->connection();
        // The backup is made after everything the file holds so far (the demo's own history included).
        const qint64 latest = test::count(db, QStringLiteral("SELECT coalesce(max(changed_at), 0) FROM change_log"));
        const QDateTime backupMade =
            std::max(QDateTime::currentDateTimeUtc(), QDateTime::fromMSecsSinceEpoch(latest + 1, QTimeZone::utc()));
        FixedClock clock(backupMade.addSecs(60));
        Clock::setInstance(&clock);
        const auto restoreClock = qScopeGuard([] { Clock::setInstance(nullptr); });
        Contact karen;
        karen.firstName = QStringLiteral("Karen");
        const auto saved = ContactActions::save(db, karen, QString());
        QVERIFY(saved.ok());
        LogInteractionInput call;
        call.interaction.contactId = saved->contactId;
        call.interaction.kind = InteractionKinds::call;
        call.interaction.occurredAt = clock.now();
        QVERIFY(InteractionActions::log(db, call).ok());

        const QString lost = ui::RestoreBackupDialog::lostSince(db, backupMade);
        QVERIFY2(lost.contains(QStringLiteral("1 contact")) && lost.contains(QStringLiteral("1 call")) &&
                     !lost.contains(QStringLiteral("deal")),
                 qPrintable(lost));
        QCOMPARE(ui::RestoreBackupDialog::lostSince(db, clock.now().addSecs(60)),
                 QStringLiteral("Nothing was added or changed since this copy was made."));

        // In the dialog, under the list, for the backup chosen.
        BackupInfo backup;
        backup.path = path + QStringLiteral(".bak");
        backup.madeAt = backupMade;
        backup.reason = QStringLiteral("daily");
        ui::RestoreBackupDialog dialog({backup}, m_dir.path(), nullptr, db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("lostSince"));
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), lost);
        test::screenshot(&dialog, QStringLiteral("restore-lost-since"));
    }
};

QTEST_MAIN(TestDamagedDatabase)
#include "tst_damageddatabase.moc"
