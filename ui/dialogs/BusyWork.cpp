// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusyWork.h"
#include "Translations.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>

#include <QThread>
#include <algorithm>

#include <memory>

namespace kontor::ui {

Status runWhileBusy(const QString& text, const std::function<Status()>& work, QWidget* parent)
{
    QProgressDialog dialog(text, QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("busy"));
    dialog.setWindowTitle(QCoreApplication::translate("BusyWork", "Kontor"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setCancelButton(nullptr);

    Status result;
    std::unique_ptr<QThread> worker(QThread::create([&work, &result] { result = work(); }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    dialog.show();
    loop.exec();
    worker->wait();
    return result;
}

Status upgradeShowingProgress(const QString& path, QWidget* parent)
{
    const Result<bool> needed = Database::needsUpgrade(path);
    if (!needed || !needed.value())
        return {}; // open() explains a refused file itself
    return runWhileBusy(
        QCoreApplication::translate("UpgradeProgress",
                                    "Upgrading “%1” for this version of Kontor. This happens once; a "
                                    "large database takes a minute or two.")
            .arg(shownPath(path)),
        [path]() -> Status {
            auto upgraded = Database::open(path, Database::Missing::Refuse);
            if (!upgraded)
                return Status::failure(upgraded.error());
            return {};
        },
        parent);
}

ProgressCallback followProgress(QProgressDialog& dialog)
{
    return [&dialog](qint64 done, qint64 total, const QString& phase) {
        if (!phase.isEmpty())
            dialog.setLabelText(phase);
        dialog.setValue(total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 999)) : 0);
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

} // namespace kontor::ui
