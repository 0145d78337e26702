// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace kontor {

/// Keeps the write-ahead log short without making the window wait. SQLite's own checkpoint runs inside the commit
/// that fills the log past 1,000 pages, so one save in a few hundred took 11-13 ms on a million contacts. Here the
/// window's connection commits only; a thread with its own connection copies the log back into the file
/// (PASSIVE: it never blocks a writer or a reader) after each commit that leaves 1,000 pages or more. Should that
/// thread fall behind (a long reader holds the log), the writing connection checkpoints itself once the log passes
/// 16,000 pages (64 MB), as a bound; `journal_size_limit` keeps the file's size on disk in check. Stopping (or
/// destroying it) runs a full checkpoint that empties the log, as closing the last connection would.
///
/// Works where Kontor may use the connection's SQLite handle (BulkStatement::directHandle); elsewhere start()
/// fails and SQLite's own checkpoints stay.
class WalCheckpointer
{
public:
    static constexpr int wakePages = 1000;
    static constexpr int boundPages = 16000;

    explicit WalCheckpointer(const QSqlDatabase& writer);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    Status start();
    void stop();
    bool isRunning() const { return m_thread.joinable(); }
    /// Checkpoints run by the thread, and by the writer because the bound was passed (for tests and the bench).
    int backgroundCheckpoints() const { return m_background; }
    int inlineCheckpoints() const { return m_inline; }

private:
    static int onCommit(void* self, sqlite3* db, const char* schema, int pages);
    void run();

    QSqlDatabase m_writer;
    QString m_path;
    sqlite3* m_handle = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stopping = false;
    std::atomic<int> m_background{0};
    std::atomic<int> m_inline{0};
};

} // namespace kontor
