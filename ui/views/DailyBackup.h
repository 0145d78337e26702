// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <memory>

namespace kontor::ui {

/// The daily backup of the open database, made on another thread: a million contacts take a while to copy, and
/// the window stays usable meanwhile.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~DailyBackup() override;

    /// Starts a copy of `databasePath` when the last daily one is a day old and `keep` is not 0; nothing while one
    /// is being made, or for an in-memory database. Whether a copy is being made.
    bool startIfDue(const QString& databasePath, int keep);
    /// Waits for the copy being made, if any.
    void wait();

signals:
    /// What the status bar says when the copy is done, or why it failed.
    void finished(const QString& message, bool ok);

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace kontor::ui
