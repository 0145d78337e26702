// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainEvent.h"

#include "Overloaded.h"

namespace kontor {

QString eventName(const DomainEvent& event)
{
    const char* name = std::visit(Overloaded{
                                      [](const events::ContactCreated&) { return "contact_created"; },
                                      [](const events::ContactChanged&) { return "contact_changed"; },
                                      [](const events::ContactStatusChanged&) { return "contact_status_changed"; },
                                      [](const events::CompanyCreated&) { return "company_created"; },
                                      [](const events::InteractionLogged&) { return "interaction_logged"; },
                                      [](const events::MeetingScheduled&) { return "meeting_scheduled"; },
                                      [](const events::ReminderCreated&) { return "reminder_created"; },
                                      [](const events::ReminderDone&) { return "reminder_done"; },
                                      [](const events::DealCreated&) { return "deal_created"; },
                                      [](const events::DealChanged&) { return "deal_changed"; },
                                      [](const events::DealStageChanged&) { return "deal_stage_changed"; },
                                      [](const events::DealWon&) { return "deal_won"; },
                                      [](const events::DealLost&) { return "deal_lost"; },
                                      [](const events::RecordArchived&) { return "record_archived"; },
                                      [](const events::RecordRestored&) { return "record_restored"; },
                                      [](const events::RecordsMerged&) { return "records_merged"; },
                                      [](const events::CompanyChanged&) { return "company_changed"; },
                                      [](const events::ComplaintResolved&) { return "complaint_resolved"; },
                                      [](const events::SettingsChanged&) { return "settings_changed"; },
                                      [](const events::ImportFinished&) { return "import_finished"; },
                                      [](const events::ImportUndone&) { return "import_undone"; },
                                  },
                                  event);
    return QString::fromLatin1(name);
}

} // namespace kontor
