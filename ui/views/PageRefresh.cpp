// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageRefresh.h"

#include "actions/Session.h"

#include <QStackedWidget>

namespace kontor::ui {

namespace {

template <typename... Handlers>
struct Overloaded : Handlers...
{
    using Handlers::operator()...;
};
template <typename... Handlers>
Overloaded(Handlers...) -> Overloaded<Handlers...>;

} // namespace

PageRefresh::PageRefresh(QStackedWidget* pages, QObject* parent) : QObject(parent), m_pages(pages)
{
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int) {
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).page == m_pages->currentWidget())
                refreshIfStale(i);
        }
    });
}

PageRefresh::~PageRefresh()
{
    listenTo(nullptr);
}

void PageRefresh::addPage(QWidget* page, int areas, std::function<void()> refresh)
{
    m_entries.append({page, areas, std::move(refresh), false});
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
        if (entry.areas & areas)
            entry.stale = true;
    }
}

void PageRefresh::refreshVisibleIfStale()
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).page == m_pages->currentWidget())
            refreshIfStale(i);
    }
}

bool PageRefresh::isStale(const QWidget* page) const
{
    for (const Entry& entry : m_entries) {
        if (entry.page == page)
            return entry.stale;
    }
    return false;
}

void PageRefresh::refreshIfStale(int index)
{
    Entry& entry = m_entries[index];
    if (!entry.stale)
        return;
    entry.stale = false;
    entry.refresh();
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
                      },
                      event);
}

} // namespace kontor::ui
