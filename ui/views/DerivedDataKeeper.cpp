// SPDX-License-Identifier: GPL-3.0-or-later
#include "DerivedDataKeeper.h"

#include "Clock.h"
#include "actions/LifecycleRules.h"
#include "actions/Overloaded.h"
#include "actions/ScoreActions.h"
#include "actions/Session.h"
#include "reports/CustomerSegments.h"
#include "scoring/LeadScoring.h"
#include "scoring/ScoreUpdater.h"
#include "storage/ReadConnection.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>

namespace kontor::ui {

namespace {

// What changes who is a customer or their figures: deals, contacts archived or brought back, merges, imports, the
// stages and the default currency.
bool touchesCustomers(const DomainEvent& event)
{
    return std::visit(Overloaded{
                          [](const events::DealCreated&) { return true; },
                          [](const events::DealChanged&) { return true; },
                          [](const events::DealStageChanged&) { return true; },
                          [](const events::DealWon&) { return true; },
                          [](const events::DealLost&) { return true; },
                          [](const events::RecordArchived&) { return true; },
                          [](const events::RecordRestored&) { return true; },
                          [](const events::RecordsMerged&) { return true; },
                          [](const events::ImportFinished&) { return true; },
                          [](const events::ImportUndone&) { return true; },
                          // A stage may become a Won one or stop being one; a removed stage moves its deals.
                          [](const events::SettingsChanged& changed) {
                              return changed.area == QLatin1String("default_currency") ||
                                     changed.area == QLatin1String("stages");
                          },
                          [](const auto&) { return false; },
                      },
                      event);
}

constexpr int soonMs = 1500;

QDate today()
{
    return Clock::now().toLocalTime().date();
}

} // namespace

struct DerivedDataKeeper::Worked
{
    QDate day;
    std::optional<RfmReport> segments;
    std::optional<LeadScoring::AllScores> scores;
    QString error;
};

DerivedDataKeeper::DerivedDataKeeper(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(soonMs);
    connect(m_soon, &QTimer::timeout, this, &DerivedDataKeeper::refreshNow);
    // Recency counts in days and engagement points fade by the day: a window left open overnight moves on with them.
    m_daily = new QTimer(this);
    m_daily->setInterval(10 * 60 * 1000);
    connect(m_daily, &QTimer::timeout, this, [this] {
        if (m_db.isOpen() && today() != m_day)
            refreshSoon();
    });
}

DerivedDataKeeper::~DerivedDataKeeper()
{
    setDatabase(QSqlDatabase(), nullptr);
}

void DerivedDataKeeper::setDatabase(const QSqlDatabase& db, Session* session)
{
    m_scoreUpdater.reset();
    if (m_session && m_subscription)
        m_session->unsubscribe(m_subscription);
    m_session = session;
    m_subscription = 0;
    // A read of the file before must be over before that file may be closed, replaced or restored.
    m_pool.waitForDone();
    m_db = db;
    // A refresh under way belongs to the database before.
    ++m_generation;
    m_running = false;
    m_pending = 0;
    m_day = QDate();
    m_soon->stop();
    if (!m_db.isValid() || !m_db.isOpen()) {
        m_daily->stop();
        return;
    }
    if (m_session) {
        m_subscription = m_session->subscribe([this](const DomainEvent& event) {
            if (touchesCustomers(event))
                refreshSoon(Segments);
            // New rules score everyone anew (a lower threshold asks in Settings whether to qualify those above it).
            if (const auto* changed = std::get_if<events::SettingsChanged>(&event);
                changed && changed->area == QLatin1String("score_rules"))
                refreshSoon(Scores);
        });
        m_scoreUpdater = std::make_unique<ScoreUpdater>(*m_session, m_db, [this] { refreshSoon(Scores); });
    }
    m_daily->start();
    // A moment after opening, once the window shows and Today is read: the data may have changed by kontor-cli or
    // on another day, but a million contacts read in another thread would slow the window's first reads.
    m_pending = Everything;
    m_soon->start(firstRefreshDelayMs);
}

void DerivedDataKeeper::refreshSoon(int what)
{
    if (!m_db.isOpen())
        return;
    m_pending |= what;
    if (!m_running)
        m_soon->start();
}

bool DerivedDataKeeper::isBusy() const
{
    return m_running || m_soon->isActive();
}

void DerivedDataKeeper::refreshNow()
{
    if (!m_db.isOpen() || m_pending == 0)
        return;
    // The first refresh after opening waited longer; the next ones wait as usual.
    m_soon->setInterval(soonMs);
    const int what = std::exchange(m_pending, 0);
    const bool scores = (what & Scores) && LeadScoring(m_db).hasActiveRules();
    const QDate day = today();
    const QDateTime now = Clock::now();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const quint64 generation = m_generation;
    m_running = true;
    const auto work = [what, scores, day, now, zone](const QSqlDatabase& db) {
        Worked worked;
        worked.day = day;
        if (what & Segments) {
            auto report = RfmAnalysis(db).compute(day, zone);
            if (report)
                worked.segments = std::move(report).value();
            else
                worked.error = report.error();
        }
        if (scores) {
            auto all = LeadScoring(db).computeAll(now);
            if (all)
                worked.scores = std::move(all).value();
            else
                worked.error = all.error();
        }
        return worked;
    };
    if (!ReadConnection::canShare(m_db)) {
        // An in-memory database has no second connection: worked out here, it is small.
        store(generation, work(m_db));
        return;
    }
    QPointer<DerivedDataKeeper> keeper(this);
    const QString path = m_db.databaseName();
    m_pool.start([keeper, path, generation, work] {
        Worked worked;
        {
            ReadConnection reader(path);
            if (reader.isOpen())
                worked = work(reader.db());
            else
                worked.error = DerivedDataKeeper::tr("The customers' segments and the scores could not be read.");
        }
        QMetaObject::invokeMethod(
            qApp,
            [keeper, generation, worked] {
                if (keeper)
                    keeper->store(generation, worked);
            },
            Qt::QueuedConnection);
    });
}

void DerivedDataKeeper::store(quint64 generation, const Worked& worked)
{
    if (generation != m_generation)
        return;
    QString error = worked.error;
    bool segmentsChanged = false;
    bool scoresChanged = false;
    if (worked.segments) {
        auto changed = CustomerSegments(m_db).store(*worked.segments);
        if (!changed)
            error = changed.error();
        segmentsChanged = changed && changed.value() > 0;
    }
    if (worked.scores) {
        QList<qint64> crossed;
        auto changed = LeadScoring(m_db).storeAll(*worked.scores, LifecycleRules::settings(m_db).mqlScore, &crossed);
        if (!changed)
            error = changed.error();
        scoresChanged = changed && changed.value() > 0;
        // Only leads whose score reached the threshold now: one moved back by hand, or a move taken back, stays.
        if (!crossed.isEmpty()) {
            if (auto qualified = ScoreActions::qualifyLeads(m_db, crossed); !qualified)
                error = qualified.error();
        }
    }
    m_running = false;
    // Also after a failure: the next try is the next change or the next day, not every ten minutes.
    m_day = worked.day;
    if (!error.isEmpty())
        emit failed(error);
    if (segmentsChanged)
        emit this->segmentsChanged();
    if (scoresChanged)
        emit this->scoresChanged();
    if (m_pending != 0)
        m_soon->start();
}

} // namespace kontor::ui
