// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/DomainEvent.h"

#include <QList>
#include <QObject>

#include <functional>

class QStackedWidget;
class QWidget;

namespace kontor {
class Session;
}

namespace kontor::ui {

/// Keeps the pages in step with what the actions change, from their events: a hidden page that shows what an event
/// touched is marked out of date and reads again when it is shown (a page that reads itself whenever it is shown
/// is only unmarked); the page in view refreshes itself after its own actions, and the window asks for it after its
/// own flows, such as Ctrl+L from any page (refreshVisibleIfStale). So a call logged on Today costs no reading of
/// Contacts or Companies until they are opened.
class PageRefresh : public QObject
{
    Q_OBJECT

public:
    /// What a page shows, and what an event touched.
    enum Area {
        Contacts = 1,
        Companies = 2,
        Deals = 4,
        Reminders = 8,
        Interactions = 16,
        Everything = 31,
    };

    PageRefresh(QStackedWidget* pages, QObject* parent = nullptr);
    ~PageRefresh() override;

    enum class WhenShown { Refresh, ReadsItself };

    void addPage(QWidget* page, int areas, std::function<void()> refresh, WhenShown whenShown = WhenShown::Refresh);
    /// Listens to the events of `session` (nullptr: to none).
    void listenTo(Session* session);
    /// Marks every page showing any of `areas` out of date; the one in view is not refreshed here.
    void markStale(int areas);
    /// Refreshes the page in view when an event touched what it shows.
    void refreshVisibleIfStale();
    bool isStale(const QWidget* page) const;

    static int areasOf(const DomainEvent& event);
    static int areasOfSetting(const QString& area);

private:
    struct Entry
    {
        QWidget* page = nullptr;
        int areas = 0;
        std::function<void()> refresh;
        WhenShown whenShown = WhenShown::Refresh;
        /// Hidden when an event touched it: read again when shown.
        bool stale = false;
        /// In view when an event touched it: the page's own action refreshed it, or the window's flow will.
        bool touchedInView = false;
    };

    void pageShown();

    QStackedWidget* m_pages;
    QList<Entry> m_entries;
    Session* m_session = nullptr;
    int m_subscription = 0;
};

} // namespace kontor::ui
