// SPDX-License-Identifier: GPL-3.0-or-later
#include "DamageCheck.h"

#include "storage/Damage.h"

#include <QSqlDatabase>

#include <atomic>

namespace kontor::ui {

DamageCheck::~DamageCheck()
{
    stopAndWait();
}

void DamageCheck::start(const QString& databasePath, quint64 generation)
{
    if (databasePath.isEmpty() || databasePath == QStringLiteral(":memory:"))
        return;
    if (m_thread) {
        m_next = {databasePath, generation};
        *m_stop = true;
        return;
    }
    auto findings = std::make_shared<QStringList>();
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stop = stop;
    m_thread.reset(QThread::create([databasePath, findings, stop] {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("kontor-damage-check-%1").arg(++counter);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databasePath);
            // Read only, so that the check never writes and never waits for the window's writes (WAL).
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open())
                *findings = Damage::findings(db, true, stop.get());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }));
    connect(m_thread.get(), &QThread::finished, this, [this, generation, findings, stop] {
        m_thread.reset();
        if (!*stop)
            emit checked(generation, *findings);
        if (const auto next = std::exchange(m_next, std::nullopt))
            start(next->first, next->second);
    });
    m_thread->start(QThread::LowPriority);
}

void DamageCheck::stopAndWait()
{
    if (!m_thread)
        return;
    *m_stop = true;
    m_thread->wait();
}

} // namespace kontor::ui
