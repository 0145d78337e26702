// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageRefresh.h"

#include "actions/Overloaded.h"
#include "actions/Session.h"

#include <QStackedWidget>

namespace kontor::ui {

namespace {

int areaOfEntity(const QString& entity)
{
    if (entity == QLatin1String("contact"))
        return PageRefresh::Contacts;
    if (entity == QLatin1String("company"))
        return PageRefresh::Companies | PageRefresh::Contacts;
    if (entity == QLatin1String("deal"))
        return PageRefresh::Deals;
    if (entity == QLatin1String("reminder"))
        return PageRefresh::Reminders;
    return PageRefresh::Interactions;
}

} // namespace

PageRefresh::PageRefresh(QStackedWidget* pages, QObject* parent) : QObject(parent), m_pages(pages)
{
    connect(m_pages, &QStackedWidget::currentChanged, this, &PageRefresh::pageShown);
}

PageRefresh::~PageRefresh()
{
    listenTo(nullptr);
}

void PageRefresh::addPage(QWidget* page, int areas, std::function<void()> refresh, WhenShown whenShown)
{
    m_entries.append({page, areas, std::move(refresh), whenShown, false, false});
}

void PageRefresh::listenTo(Session* session)
{
    if (m_session)
        m_session->unsubscribe(m_subscription);
    m_session = session;
    m_subscription = 0;
    if (m_session)
        m_subscription = m_session->subscribe([this](const DomainEvent& event) { markStale(areasOf(event)); });
}

void PageRefresh::markStale(int areas)
{
    for (Entry& entry : m_entries) {
        if (!(entry.areas & areas))
            continue;
        if (entry.page == m_pages->currentWidget())
            entry.touchedInView = true;
        else
            entry.stale = true;
    }
}

void PageRefresh::refreshVisibleIfStale()
{
    for (Entry& entry : m_entries) {
        if (entry.page != m_pages->currentWidget() || !(entry.stale || entry.touchedInView))
            continue;
        entry.stale = entry.touchedInView = false;
        entry.refresh();
    }
}

void PageRefresh::pageShown()
{
    for (Entry& entry : m_entries) {
        // What touched the page while in view was dealt with by the page or the window's flow.
        entry.touchedInView = false;
        if (entry.page != m_pages->currentWidget() || !entry.stale)
            continue;
        entry.stale = false;
        if (entry.whenShown == WhenShown::Refresh)
            entry.refresh();
    }
}

bool PageRefresh::isStale(const QWidget* page) const
{
    for (const Entry& entry : m_entries) {
        if (entry.page == page)
            return entry.stale || entry.touchedInView;
    }
    return false;
}

int PageRefresh::areasOfSetting(const QString& area)
{
    // Stage names, probabilities and order are the pipeline's and the reports'; a removed stage moves deals.
    if (area == QLatin1String("stages") || area == QLatin1String("default_currency"))
        return Deals;
    if (area == QLatin1String("lead_sources") || area == QLatin1String("campaigns"))
        return Deals | Contacts;
    // Salespeople's names show as owners everywhere.
    if (area == QLatin1String("users"))
        return Everything;
    // Phone numbers are read, and shown, by the region; tags show on contacts and companies.
    if (area == QLatin1String("phone_region") || area == QLatin1String("tags"))
        return Contacts | Companies;
    return 0;
}

int PageRefresh::areasOf(const DomainEvent& event)
{
    return std::visit(Overloaded{
                          [](const events::ContactCreated&) { return int(Contacts); },
                          [](const events::ContactChanged&) { return int(Contacts); },
                          [](const events::ContactStatusChanged&) { return int(Contacts); },
                          // A new company shows on Companies and as the contact's company.
                          [](const events::CompanyCreated&) { return Companies | Contacts; },
                          [](const events::InteractionLogged&) { return int(Interactions); },
                          [](const events::MeetingScheduled&) { return int(Interactions); },
                          [](const events::ReminderCreated&) { return int(Reminders); },
                          [](const events::ReminderDone&) { return int(Reminders); },
                          [](const events::DealCreated&) { return int(Deals); },
                          [](const events::DealChanged&) { return int(Deals); },
                          [](const events::DealStageChanged&) { return int(Deals); },
                          [](const events::DealWon&) { return int(Deals); },
                          [](const events::DealLost&) { return int(Deals); },
                          [](const events::RecordArchived& archived) { return areaOfEntity(archived.entity); },
                          [](const events::RecordRestored& restored) { return areaOfEntity(restored.entity); },
                          // Everything of the merged record moved: its history, deals and reminders too.
                          [](const events::RecordsMerged&) { return int(Everything); },
                          [](const events::CompanyChanged&) { return Companies | Contacts; },
                          [](const events::ComplaintResolved&) { return Interactions | Contacts; },
                          [](const events::SettingsChanged& changed) { return areasOfSetting(changed.area); },
                          [](const events::ImportFinished&) { return int(Everything); },
                          [](const events::ImportUndone&) { return int(Everything); },
                      },
                      event);
}

} // namespace kontor::ui
