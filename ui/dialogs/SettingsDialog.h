// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace kontor::ui {

class ErrorLabel;

/// Settings kept in the database: sales stages (names, order, win probability, days until stale, add, remove with
/// their deals moved), lead sources and their campaigns with spend, salespeople, tags, your own fields, the default
/// currency, and
/// which database file is open. Every change is saved at once, each in its own transaction.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab {
        StagesTab,
        SourcesTab,
        PeopleTab,
        TagsTab,
        FieldsTab,
        LifecycleTab,
        ScoringTab,
        TerritoriesTab,
        AssignmentTab,
        GeneralTab,
        LanguageTab
    };

    SettingsDialog(const QSqlDatabase& db, const QString& databasePath, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* stages() const { return m_stages; }
    QListWidget* sources() const { return m_sources; }
    QTableWidget* campaigns() const { return m_campaigns; }
    QListWidget* users() const { return m_users; }
    QListWidget* tags() const { return m_tags; }
    QString errorText() const;

public slots:
    void addStage();
    /// Removes the selected stage after asking where its deals go.
    void removeStage();
    void moveStage(int step);
    void addSource();
    void addCampaign();
    void addUser();
    void removeTag();

signals:
    /// The pipeline, lists and filters read these settings: they read again after a change.
    void settingsChanged();
    void openDatabaseRequested();
    void newDatabaseRequested();
    /// Another language or calendar was chosen (and saved): the window opens again in it when Settings closes.
    void languageChanged();
    /// Every contact's lead score was worked out again.
    void scoresRescored();

private:
    QWidget* createStagesTab();
    QWidget* createSourcesTab();
    QWidget* createPeopleTab();
    QWidget* createTagsTab();
    QWidget* createGeneralTab(const QString& databasePath);
    void loadStages();
    void loadSources();
    void loadCampaigns();
    void loadUsers();
    void loadTags();
    void saveStage(QTableWidgetItem* item);
    void saveCampaign(QTableWidgetItem* item);
    /// Shows the outcome of a change; true when it worked.
    bool report(const QString& error);

    QSqlDatabase m_db;
    bool m_loading = false;
    QTabWidget* m_tabs;
    QTableWidget* m_stages;
    QListWidget* m_sources;
    QTableWidget* m_campaigns;
    QListWidget* m_users;
    QListWidget* m_tags;
    QComboBox* m_currency;
    ErrorLabel* m_error;
};

} // namespace kontor::ui
