// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreUpdater.h"

#include "Clock.h"
#include "actions/Overloaded.h"
#include "actions/ScoreActions.h"
#include "actions/Session.h"
#include "scoring/LeadScoring.h"

namespace kontor {

ScoreUpdater::ScoreUpdater(Session& session, QSqlDatabase db, std::function<void()> manyChanged)
    : m_session(session), m_db(std::move(db))
{
    m_subscription = m_session.subscribe([this, manyChanged = std::move(manyChanged)](const DomainEvent& event) {
        const auto one = [this](qint64 contactId) {
            // A score that could not be written stays as it was until the next full rescore (each day, or on demand):
            // the action itself has succeeded.
            if (contactId <= 0 || !LeadScoring(m_db).hasActiveRules())
                return;
            if (LeadScoring(m_db).rescore(contactId, Clock::now()) && !m_rescored.contains(contactId))
                m_rescored << contactId;
        };
        const auto many = [this, &manyChanged] {
            if (manyChanged && LeadScoring(m_db).hasActiveRules())
                manyChanged();
        };
        std::visit(Overloaded{
                       [&](const events::ContactCreated& created) { one(created.contactId); },
                       [&](const events::ContactChanged& changed) { one(changed.contactId); },
                       [&](const events::ContactStatusChanged& changed) { one(changed.contactId); },
                       [&](const events::InteractionLogged& logged) { one(logged.contactId); },
                       [&](const events::MeetingScheduled& scheduled) { one(scheduled.contactId); },
                       [&](const events::ImportFinished&) { many(); },
                       [&](const events::ImportUndone&) { many(); },
                       [&](const events::RecordsMerged&) { many(); },
                       [](const auto&) {},
                   },
                   event);
    });
    m_deliveredSubscription = m_session.subscribeDelivered([this] {
        // Taken first: qualifying is an action whose own events come back here.
        const QList<qint64> rescored = std::exchange(m_rescored, {});
        if (!rescored.isEmpty())
            static_cast<void>(ScoreActions::qualifyLeads(m_db, rescored));
    });
}

ScoreUpdater::~ScoreUpdater()
{
    m_session.unsubscribe(m_subscription);
    m_session.unsubscribe(m_deliveredSubscription);
}

} // namespace kontor
