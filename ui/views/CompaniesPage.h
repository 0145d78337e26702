// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogTarget.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QLabel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;
class QTreeWidget;

namespace kontor::ui {

class CompanyTreeModel;

/// Companies: the tree of head offices and branches (or what a search finds) beside the selected company, its
/// place in the hierarchy, details, the people who work there, its deals and the history of them all.
class CompaniesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CompaniesPage(QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    CompanyTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* territoryFilter() const { return m_territory; }
    QTreeWidget* people() const { return m_people; }
    QTreeWidget* deals() const { return m_deals; }
    QTreeWidget* history() const { return m_history; }
    /// The person, deal or history entry selected in the company's tabs, for Ctrl+L: its contact.
    LogTarget logTarget() const;
    qint64 currentCompanyId() const { return m_companyId; }

public slots:
    /// Shows the company, opening the tree down to it.
    void showCompany(qint64 companyId);
    void newCompany();
    void newBranch();
    void editCompany();
    void archiveCompany();
    void refresh();

signals:
    void openContactRequested(qint64 contactId);
    void openDealRequested(qint64 dealId);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Fills the territory choice from the model's territories; hides it, and the column, when there are none.
    void showTerritories();
    void showDetails();
    /// Industry and city as wide as their words while the names keep room to be read.
    void fitListColumns();

    QSqlDatabase m_db;
    qint64 m_companyId = 0;
    bool m_loaded = false;
    QLineEdit* m_search;
    QComboBox* m_territory;
    QTimer* m_searchTimer;
    QTreeView* m_tree;
    CompanyTreeModel* m_model;
    QLabel* m_name;
    QLabel* m_path;
    QLabel* m_details;
    QLabel* m_empty;
    QWidget* m_detailsPane;
    QPushButton* m_edit;
    QPushButton* m_branch;
    QPushButton* m_archive;
    QCheckBox* m_includeBranches;
    QTabWidget* m_tabs;
    QTreeWidget* m_people;
    QTreeWidget* m_deals;
    QTreeWidget* m_history;
};

} // namespace kontor::ui
