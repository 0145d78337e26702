// SPDX-License-Identifier: GPL-3.0-or-later
#include "DamageCheck.h"

#include "storage/Damage.h"

#include <QSqlDatabase>

#include <atomic>

namespace kontor::ui {

DamageCheck::~DamageCheck()
{
    wait();
}

void DamageCheck::start(const QString& databasePath, quint64 generation)
{
    if (databasePath.isEmpty() || databasePath == QStringLiteral(":memory:"))
        return;
    if (m_thread) {
        m_next = {databasePath, generation};
        return;
    }
    auto findings = std::make_shared<QStringList>();
    m_thread.reset(QThread::create([databasePath, findings] {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("kontor-damage-check-%1").arg(++counter);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databasePath);
            // Read only, so that the check never writes and never waits for the window's writes (WAL).
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open())
                *findings = Damage::findings(db, true);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }));
    connect(m_thread.get(), &QThread::finished, this, [this, generation, findings] {
        m_thread.reset();
        emit checked(generation, *findings);
        if (const auto next = std::exchange(m_next, std::nullopt))
            start(next->first, next->second);
    });
    m_thread->start(QThread::LowPriority);
}

void DamageCheck::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace kontor::ui
