// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreUpdater.h"

#include "Clock.h"
#include "actions/LifecycleRules.h"
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
            if (contactId <= 0 || !LeadScoring(m_db).hasActiveRules())
                return;
            // A score that could not be written stays as it was until the next full rescore (each day, or on demand):
            // the action itself has succeeded.
            LeadScoring scoring(m_db);
            const int threshold = LifecycleRules::settings(m_db).mqlScore;
            std::optional<int> before;
            if (threshold > 0) {
                auto stored = scoring.stored(contactId);
                if (!stored)
                    return;
                before = stored.value();
            }
            const auto after = scoring.rescore(contactId, Clock::now());
            // Only a score that reaches the threshold now qualifies: a lead moved back by hand stays where it was put.
            if (threshold > 0 && after && before.value_or(0) < threshold && after.value() >= threshold)
                m_crossed.insert(contactId);
        };
        const auto many = [this, &manyChanged] {
            if (manyChanged && LeadScoring(m_db).hasActiveRules())
                manyChanged();
        };
        std::visit(Overloaded{
                       [&](const events::ContactCreated& created) { one(created.contactId); },
                       [&](const events::ContactChanged& changed) { one(changed.contactId); },
                       [&](const events::ContactStatusChanged& changed) {
                           // The score rule's own move changes nothing a score counts but the stage.
                           if (changed.rule !=
                               LifecycleRules::ruleKey(LifecycleEvent::ScoreChanged, ContactStatus::Mql))
                               one(changed.contactId);
                       },
                       [&](const events::InteractionLogged& logged) { one(logged.contactId); },
                       [&](const events::MeetingScheduled& scheduled) { one(scheduled.contactId); },
                       [&](const events::ImportFinished&) { many(); },
                       [&](const events::ImportUndone&) { many(); },
                       [&](const events::RecordsMerged&) { many(); },
                       // A company's industry or fields may be what a fit rule asks about.
                       [&](const events::CompanyChanged&) {
                           if (LeadScoring(m_db).hasCompanyRules())
                               many();
                       },
                       [&](const events::RecordArchived& archived) {
                           if (archived.entity == QLatin1String("company") && LeadScoring(m_db).hasCompanyRules())
                               many();
                       },
                       [](const auto&) {},
                   },
                   event);
    });
    m_deliveredSubscription = m_session.subscribeDelivered([this] {
        // Taken first: qualifying is an action whose own events come back here.
        const QSet<qint64> crossed = std::exchange(m_crossed, {});
        if (!crossed.isEmpty())
            static_cast<void>(ScoreActions::qualifyLeads(m_db, crossed.values()));
    });
}

ScoreUpdater::~ScoreUpdater()
{
    m_session.unsubscribe(m_subscription);
    m_session.unsubscribe(m_deliveredSubscription);
}

} // namespace kontor
