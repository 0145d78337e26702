// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDatabase.h"

#include "DatabaseProblemDialog.h"
#include "Translations.h"
#include "dialogs/Ask.h"

#include "demo/DemoGenerator.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace kontor::ui::DemoDatabase {

QString defaultPath()
{
    // One demo a language: a demo is made in the language of the window (a business in Iran in Persian), and
    // another language opens its own.
    const QString language = QLocale().name().section(u'_', 0, 0);
    const bool own = language != QStringLiteral("en") && availableLanguages().contains(language);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(own ? QStringLiteral("kontor-demo-%1.sqlite").arg(language) : QStringLiteral("kontor-demo.sqlite"));
}

bool ensure(const QString& path, qint64 contacts, QWidget* parent)
{
    if (QFileInfo(path).size() > 0)
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    bool generated = false;
    {
        auto db = Database::open(path);
        if (!db) {
            Ask::critical(parent, QApplication::translate("main", "Demo database"), db.error());
            return false;
        }
        QProgressDialog progress(QApplication::translate("main", "Generating the demo database…"),
                                 QApplication::translate("main", "Cancel"), 0, 1000, parent);
        progress.setWindowTitle(QApplication::translate("main", "Kontor"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        auto summary = DemoGenerator(db.value()->connection())
                           .generate({contacts, 1, 10, QLocale().name()},
                                     [&progress](qint64 done, qint64 total, const QString& phase) {
                                         progress.setLabelText(phase);
                                         progress.setValue(total > 0 ? int(done * 1000 / total) : 1000);
                                         return !progress.wasCanceled();
                                     });
        generated = summary.ok();
        if (!generated && !progress.wasCanceled())
            Ask::warning(parent, QApplication::translate("main", "Demo database"), summary.error());
    }
    if (!generated) {
        // Nothing half made stays behind to be opened as "the demo" next time.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return generated;
}

std::unique_ptr<Database> open(const QString& path, qint64 contacts, QWidget* parent)
{
    if (!ensure(path, contacts, parent))
        return nullptr;
    return DatabaseProblemDialog::openWithRecovery(path, parent);
}

} // namespace kontor::ui::DemoDatabase
