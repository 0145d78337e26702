// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"
#include "Translations.h"
#include "demo/DemoGenerator.h"
#include "dialogs/DatabaseProblemDialog.h"
#include "storage/Database.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace {

// Creates the demo database on first use, with a progress dialog that can cancel.
bool ensureDemoDatabase(const QString& path, qint64 contacts)
{
    if (QFileInfo(path).size() > 0)
        return true;
    auto db = kontor::Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Demo database"), db.error());
        return false;
    }
    QProgressDialog progress(QApplication::translate("main", "Generating the demo database…"),
                             QApplication::translate("main", "Cancel"), 0, 1000);
    progress.setWindowTitle(QApplication::translate("main", "Kontor"));
    progress.setMinimumDuration(300);
    auto summary = kontor::DemoGenerator(db.value()->connection())
                       .generate({contacts, 1, 10}, [&progress](qint64 done, qint64 total, const QString& phase) {
                           progress.setLabelText(phase);
                           progress.setValue(total > 0 ? int(done * 1000 / total) : 1000);
                           return !progress.wasCanceled();
                       });
    if (!summary) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Demo database"), summary.error());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    kontor::applyAppIdentity();
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kontor.svg")));
    QApplication::setDesktopFileName(QStringLiteral("kontor"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Kontor, an offline CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open this database file."),
                                      QApplication::translate("main", "file"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Open the demo database, generating it on first use."));
    const QCommandLineOption demoSizeOption(QStringLiteral("demo-contacts"),
                                            QApplication::translate("main", "Contacts in a new demo database."),
                                            QApplication::translate("main", "n"), QStringLiteral("5000"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "The language of the interface, e.g. de."),
                                        QApplication::translate("main", "language"));
    parser.addOptions({dbOption, demoOption, demoSizeOption, langOption});
    parser.process(app);
    kontor::installTranslations(app, parser.value(langOption));

    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : kontor::Database::defaultPath();
    if (parser.isSet(demoOption)) {
        if (!parser.isSet(dbOption))
            path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                       .filePath(QStringLiteral("kontor-demo.sqlite"));
        if (!ensureDemoDatabase(path, parser.value(demoSizeOption).toLongLong()))
            return 1;
    }

    auto database = kontor::ui::DatabaseProblemDialog::openWithRecovery(path);
    if (!database)
        return 1;
    kontor::ui::MainWindow window(std::move(database));
    window.show();
    return app.exec();
}
