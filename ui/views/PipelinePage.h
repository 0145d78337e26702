// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/PipelineRepository.h"

#include "LogTarget.h"

#include <QSet>
#include <QSqlDatabase>
#include <QWidget>

class QAbstractItemView;
class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QListView;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace kontor::ui {

class DealCardModel;
class DealTableModel;
class PipelineColumnWidget;

/// The sales pipeline: one column per stage with its deal cards and totals, or the same deals as a list. A card
/// moves by dragging it to another column, by Ctrl+Shift+Left/Right, or from its context menu; a move to Lost asks
/// for the reason. Left and Right step between columns, Enter opens the deal's contact.
class PipelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit PipelinePage(QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);

    const QList<PipelineColumn>& columns() const { return m_columns; }
    DealCardModel* columnModel(qint64 stageId) const;
    QListView* columnView(qint64 stageId) const;
    QTableView* listView() const { return m_list; }
    QComboBox* ownerFilter() const { return m_owner; }
    bool isListMode() const;
    /// Edit, open contact and the moves, with their keys, for the window's menu.
    QList<QAction*> dealActions() const { return m_dealActions; }
    /// The selected deal of the board or the list, or 0.
    qint64 currentDealId() const;
    /// The contact of the selected card or row, for Ctrl+L.
    LogTarget logTarget() const;
    /// The kinds of the final stages ("won", "lost") whose columns are folded to a strip; the window keeps them.
    QStringList foldedStageKinds() const;
    void setFoldedStageKinds(const QStringList& kinds);

public slots:
    void refresh();
    /// Selects the deal's card on the board; false when it is not among the cards shown.
    bool showDeal(qint64 dealId);
    void setListMode(bool list);
    /// Moves the selected deal one stage to the right (+1) or left (-1).
    void moveCurrent(int step);
    /// Moves the deal, asking for a reason when the stage is Lost; false when cancelled or refused.
    bool moveDeal(qint64 dealId, qint64 toStageId);
    /// Enter: the selected deal in the deal dialog.
    void editCurrent();
    /// Ctrl+Enter: the selected deal's contact.
    void openCurrent();
    void newDeal();
    /// Delete: archives the selected deal after asking.
    void archiveCurrent();

signals:
    void openContactRequested(qint64 contactId);
    void statusMessage(const QString& message);
    /// Contacts and their cards show deals: they read again after a deal changed here.
    void dealChanged(qint64 dealId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Sizes the list's columns to their text within the page's width.
    void fitListColumns();
    PipelineFilter filter() const;
    void fillOwners();
    void rebuildColumns();
    void showColumn(int index);
    void updateList();
    void updateSummary();
    int columnIndexOfStage(qint64 stageId) const;
    const PipelineCard* findCard(qint64 dealId) const;
    void showContextMenu(QAbstractItemView* view, const QPoint& position);
    void showDealInCurrentMode(qint64 dealId);
    /// A column folded or unfolded: the open stages get the width, and the window keeps it for next time.
    void rememberFold(StageKind kind, bool folded);

    QSqlDatabase m_db;
    QList<PipelineColumn> m_columns;
    QList<PipelineColumnWidget*> m_columnWidgets;
    QSet<QString> m_foldedKinds;
    QLabel* m_summary;
    QComboBox* m_owner;
    QToolButton* m_boardButton;
    QToolButton* m_listButton;
    QStackedWidget* m_views;
    QScrollArea* m_board;
    QWidget* m_boardContents;
    QHBoxLayout* m_boardLayout;
    QTableView* m_list;
    DealTableModel* m_listModel;
    QSortFilterProxyModel* m_listProxy;
    QLabel* m_empty;
    QLabel* m_help;

    /// Gives the columns the width that fits the open stages on the board.
    void fitColumns();
    /// The keys at the foot of the page, for the board or the list.
    QString helpText(bool list) const;
    QList<QAction*> m_dealActions;
};

} // namespace kontor::ui
