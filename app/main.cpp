// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIdentity.h"
#include "dialogs/DatabaseProblemDialog.h"
#include "dialogs/DemoDatabase.h"
#include "storage/BusyWait.h"
#include "storage/Database.h"
#include "views/InterfaceLanguage.h"
#include "views/KontorStyle.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    kontor::applyAppIdentity();
    QApplication app(argc, argv);
    kontor::ui::installStyle();
    // The window's writes run on its thread: after 5 seconds of another program writing, it says so and saves
    // nothing, rather than standing still (kontor-cli waits half a minute).
    kontor::BusyWait::setDefaultLimitSeconds(5);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kontor.svg")));
    // Wayland's app id: the desktop finds the window's .desktop file, its name and icon by it.
    QApplication::setDesktopFileName(kontor::appId());

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
    kontor::ui::applyInterfaceLanguage(app, parser.value(langOption));

    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : kontor::Database::defaultPath();
    if (parser.isSet(demoOption)) {
        if (!parser.isSet(dbOption))
            path = kontor::ui::DemoDatabase::defaultPath();
        if (!kontor::ui::DemoDatabase::ensure(path, parser.value(demoSizeOption).toLongLong()))
            return 1;
    }

    // Another language chosen in Settings makes the window again in it, on the same database: every text, the
    // direction and the calendar are set as the window is built.
    constexpr int languageChangedCode = 64;
    for (;;) {
        auto database = kontor::ui::DatabaseProblemDialog::openWithRecovery(path);
        if (!database)
            return 1;
        kontor::ui::MainWindow window(std::move(database));
        QObject::connect(&window, &kontor::ui::MainWindow::languageChanged, &window, [&window] {
            window.close();
            QCoreApplication::exit(languageChangedCode);
        });
        window.show();
        const int code = app.exec();
        if (code != languageChangedCode)
            return code;
        path = window.database() ? window.database()->path() : path;
        // Settings' choice now, not --lang.
        kontor::ui::applyInterfaceLanguage(app);
    }
}
