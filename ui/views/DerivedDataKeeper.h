// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QSqlDatabase>
#include <QThreadPool>

#include <memory>

class QTimer;

namespace kontor {
class ScoreUpdater;
class Session;
} // namespace kontor

namespace kontor::ui {

/// Keeps the derived data the Contacts page and Today show in step: the customers' RFM segments (CustomerSegments)
/// and the lead scores (LeadScoring). A logged call or a changed contact rescores that contact at once
/// (ScoreUpdater); everything is worked out again when a database opens, a moment after deals change (segments) or
/// many contacts do (an import, a merge: scores), after an undo, and on each new day. The figures are read in another
/// thread where the file allows it, and only the rows that changed are written, on the window's connection.
class DerivedDataKeeper : public QObject
{
    Q_OBJECT

public:
    enum What { Segments = 1, Scores = 2, Everything = Segments | Scores };
    /// How long after a database opens its data is first worked out again.
    static constexpr int firstRefreshDelayMs = 2000;

    explicit DerivedDataKeeper(QObject* parent = nullptr);
    ~DerivedDataKeeper() override;

    /// Keeps the data of `db` (invalid: none), hearing the events of `session` (nullptr: none).
    void setDatabase(const QSqlDatabase& db, Session* session);
    /// Works out `what` again after a short wait, so that a burst of changes costs one refresh.
    void refreshSoon(int what = Everything);
    /// Whether a refresh is waiting or running.
    bool isBusy() const;

signals:
    /// Stored segments or scores changed: lists that show them read again.
    void segmentsChanged();
    void scoresChanged();
    void failed(const QString& message);

private:
    struct Worked;
    void refreshNow();
    void store(quint64 generation, const Worked& worked);

    QSqlDatabase m_db;
    Session* m_session = nullptr;
    int m_subscription = 0;
    std::unique_ptr<ScoreUpdater> m_scoreUpdater;
    /// Its own thread, so that switching databases can wait for a read under way.
    QThreadPool m_pool;
    QTimer* m_soon = nullptr;
    QTimer* m_daily = nullptr;
    QDate m_day;
    quint64 m_generation = 0;
    /// What the next refresh works out (What flags), and whether one is running.
    int m_pending = 0;
    bool m_running = false;
};

} // namespace kontor::ui
