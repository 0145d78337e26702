// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerSegmentKeeper.h"

#include "Clock.h"
#include "actions/Overloaded.h"
#include "actions/Session.h"
#include "reports/CustomerSegments.h"
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

QDate today()
{
    return Clock::now().toLocalTime().date();
}

} // namespace

CustomerSegmentKeeper::CustomerSegmentKeeper(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(1500);
    connect(m_soon, &QTimer::timeout, this, &CustomerSegmentKeeper::refreshNow);
    // Recency counts in days: a window left open overnight moves everyone a day on.
    m_daily = new QTimer(this);
    m_daily->setInterval(10 * 60 * 1000);
    connect(m_daily, &QTimer::timeout, this, [this] {
        if (m_db.isOpen() && today() != m_day)
            refreshSoon();
    });
}

CustomerSegmentKeeper::~CustomerSegmentKeeper()
{
    if (m_session && m_subscription)
        m_session->unsubscribe(m_subscription);
    m_pool.waitForDone();
}

void CustomerSegmentKeeper::setDatabase(const QSqlDatabase& db, Session* session)
{
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
    m_again = false;
    m_day = QDate();
    m_soon->stop();
    if (!m_db.isValid() || !m_db.isOpen()) {
        m_daily->stop();
        return;
    }
    if (m_session) {
        m_subscription = m_session->subscribe([this](const DomainEvent& event) {
            if (touchesCustomers(event))
                refreshSoon();
        });
    }
    m_daily->start();
    // Soon after opening, not before the window shows: the deals may have changed by kontor-cli or on another day.
    m_soon->start(0);
}

void CustomerSegmentKeeper::refreshSoon()
{
    if (!m_db.isOpen())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_soon->start();
}

bool CustomerSegmentKeeper::isBusy() const
{
    return m_running || m_soon->isActive();
}

void CustomerSegmentKeeper::refreshNow()
{
    if (!m_db.isOpen())
        return;
    const QDate day = today();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const quint64 generation = m_generation;
    if (!ReadConnection::canShare(m_db)) {
        // An in-memory database has no second connection: computed here, it is small.
        auto changed = CustomerSegments(m_db).refresh(day, zone);
        m_running = true;
        finish(generation, day, changed ? QString() : changed.error());
        if (changed && changed.value() > 0)
            emit segmentsChanged();
        return;
    }
    m_running = true;
    QPointer<CustomerSegmentKeeper> keeper(this);
    const QString path = m_db.databaseName();
    m_pool.start([keeper, path, day, zone, generation] {
        Result<RfmReport> report = Result<RfmReport>::failure(QString());
        {
            ReadConnection reader(path);
            report = reader.isOpen() ? RfmAnalysis(reader.db()).compute(day, zone)
                                     : Result<RfmReport>::failure(
                                           CustomerSegmentKeeper::tr("The customers' segments could not be read."));
        }
        QMetaObject::invokeMethod(
            qApp,
            [keeper, report, day, generation] {
                if (!keeper || generation != keeper->m_generation)
                    return;
                if (!report) {
                    keeper->finish(generation, day, report.error());
                    return;
                }
                auto changed = CustomerSegments(keeper->m_db).store(report.value());
                keeper->finish(generation, day, changed ? QString() : changed.error());
                if (changed && changed.value() > 0)
                    emit keeper->segmentsChanged();
            },
            Qt::QueuedConnection);
    });
}

void CustomerSegmentKeeper::finish(quint64 generation, QDate day, const QString& error)
{
    if (generation != m_generation)
        return;
    m_running = false;
    // Also after a failure: the next try is the next change or the next day, not every ten minutes.
    m_day = day;
    if (!error.isEmpty())
        emit failed(error);
    if (std::exchange(m_again, false))
        refreshSoon();
}

} // namespace kontor::ui
