// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpgradeProgress.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace kontor::ui {

Status upgradeShowingProgress(const QString& path, QWidget* parent)
{
    const Result<bool> needed = Database::needsUpgrade(path);
    if (!needed || !needed.value())
        return {}; // open() explains a refused file itself
    QProgressDialog dialog(
        QCoreApplication::translate("UpgradeProgress",
                                    "Upgrading “%1” for this version of Kontor. This happens once; a large "
                                    "database takes a minute or two.")
            .arg(QDir::toNativeSeparators(path)),
        QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("upgradeProgress"));
    dialog.setWindowTitle(QCoreApplication::translate("UpgradeProgress", "Kontor"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    // Stopping half way would only roll the step back: the upgrade runs to its end.
    dialog.setCancelButton(nullptr);

    // The connection belongs to the thread that opened it: the worker opens, upgrades and closes its own.
    QString error;
    std::unique_ptr<QThread> worker(QThread::create([&path, &error] {
        auto upgraded = Database::open(path, Database::Missing::Refuse);
        if (!upgraded)
            error = upgraded.error();
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    dialog.show();
    loop.exec();
    worker->wait();
    if (!error.isEmpty())
        return Status::failure(error);
    return {};
}

} // namespace kontor::ui
