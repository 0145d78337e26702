// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace kontor::ui {

class ContactsPage;
class PipelinePage;
class TodayPage;

/// The main window: a navigation side bar (Today, Contacts, Companies, Pipeline, Reminders, Reports) and the
/// page it selects. It owns the open database; opening another one replaces it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        TodayPageIndex,
        ContactsPageIndex,
        CompaniesPageIndex,
        PipelinePageIndex,
        RemindersPageIndex,
        ReportsPageIndex
    };

    explicit MainWindow(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database* database() const { return m_database.get(); }
    void setDatabase(std::unique_ptr<Database> database);
    void showPage(Page page);
    Page currentPage() const;
    ContactsPage* contactsPage() const { return m_contacts; }
    TodayPage* todayPage() const { return m_today; }
    PipelinePage* pipelinePage() const { return m_pipeline; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void openDatabase();
    void newDatabase();
    void about();
    void searchEverything();

    std::unique_ptr<Database> m_database;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    ContactsPage* m_contacts;
    TodayPage* m_today;
    PipelinePage* m_pipeline;
};

} // namespace kontor::ui
