// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QSqlDatabase>
#include <QThreadPool>

class QTimer;

namespace kontor {
class Session;
}

namespace kontor::ui {

/// Keeps the customers' stored RFM segments (CustomerSegments) in step for the Contacts page: recomputed when a
/// database opens, a moment after deals change (their events, or an undo), and on each new day. The figures are read
/// in another thread where the file allows it, and only the rows that changed are written, on the window's connection.
class CustomerSegmentKeeper : public QObject
{
    Q_OBJECT

public:
    explicit CustomerSegmentKeeper(QObject* parent = nullptr);
    ~CustomerSegmentKeeper() override;

    /// Keeps the segments of `db` (invalid: none), hearing the events of `session` (nullptr: none).
    void setDatabase(const QSqlDatabase& db, Session* session);
    /// Recomputes after a short wait, so that a burst of changes costs one refresh.
    void refreshSoon();
    /// Whether a refresh is waiting or running.
    bool isBusy() const;

signals:
    /// Stored segments changed: lists that show them read again.
    void segmentsChanged();
    void failed(const QString& message);

private:
    void refreshNow();
    void finish(quint64 generation, QDate day, const QString& error);

    QSqlDatabase m_db;
    Session* m_session = nullptr;
    int m_subscription = 0;
    /// Its own thread, so that switching databases can wait for a read under way.
    QThreadPool m_pool;
    QTimer* m_soon = nullptr;
    QTimer* m_daily = nullptr;
    QDate m_day;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_again = false;
};

} // namespace kontor::ui
