// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalCheckpointer.h"

#include "BulkStatement.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

namespace kontor {

WalCheckpointer::WalCheckpointer(const QSqlDatabase& writer) : m_writer(writer), m_path(writer.databaseName()) {}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

Status WalCheckpointer::start()
{
    if (isRunning())
        return {};
    m_handle = BulkStatement::directHandle(m_writer);
    if (!m_handle || m_path.isEmpty() || m_path == QStringLiteral(":memory:"))
        return Status::failure(
            QCoreApplication::translate("WalCheckpointer", "Checkpoints in the background are not available here."));
    QSqlQuery(m_writer).exec(QStringLiteral("PRAGMA journal_size_limit = 67108864"));
    m_stopping = false;
    m_pending = false;
    m_thread = std::thread([this] { run(); });
    // Replaces SQLite's automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(m_handle, &WalCheckpointer::onCommit, this);
    return {};
}

void WalCheckpointer::stop()
{
    if (!isRunning())
        return;
    sqlite3_wal_autocheckpoint(m_handle, wakePages);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    // Empties the log, as closing the last connection would; a reader elsewhere may keep it from finishing, which
    // is harmless (the next one does it).
    sqlite3_wal_checkpoint_v2(m_handle, "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
}

int WalCheckpointer::onCommit(void* self, sqlite3* db, const char* schema, int pages)
{
    auto* checkpointer = static_cast<WalCheckpointer*>(self);
    if (pages >= boundPages) {
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        ++checkpointer->m_inline;
    } else if (pages >= wakePages) {
        {
            std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_pending = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    sqlite3* own = nullptr;
    const QByteArray path = m_path.toUtf8();
    if (sqlite3_open_v2(path.constData(), &own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(own);
        return;
    }
    // This connection only checkpoints; its own commits (none) would not need one.
    sqlite3_wal_autocheckpoint(own, 0);
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_pending || m_stopping; });
            if (m_stopping)
                break;
            m_pending = false;
        }
        if (sqlite3_wal_checkpoint_v2(own, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK)
            ++m_background;
    }
    sqlite3_close(own);
}

} // namespace kontor
