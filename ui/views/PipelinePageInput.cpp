// SPDX-License-Identifier: GPL-3.0-or-later
// The board's mouse and keyboard: the card's context menu, the columns' widths as the window changes, and Left and
// Right between columns. The rest of PipelinePage is in PipelinePage.cpp.
#include "PipelinePage.h"

#include "ColumnFitter.h"

#include "PipelineColumnWidget.h"
#include "models/DealCardModel.h"
#include "models/DealTableModel.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListView>
#include <QMenu>
#include <QScrollArea>
#include <QTableView>

#include <algorithm>

namespace kontor::ui {

void PipelinePage::showContextMenu(QAbstractItemView* view, const QPoint& position)
{
    const QModelIndex index = view->indexAt(position);
    if (!index.isValid())
        return;
    view->setCurrentIndex(index);
    const qint64 dealId = currentDealId();
    const PipelineCard* card = findCard(dealId);
    if (!card)
        return;
    QMenu menu(this);
    menu.addAction(tr("Edit Deal…"), this, &PipelinePage::editCurrent);
    menu.addAction(tr("Open Contact"), this, &PipelinePage::openCurrent)->setEnabled(card->contactId > 0);
    QMenu* moveTo = menu.addMenu(tr("Move to"));
    for (const PipelineColumn& column : m_columns) {
        QAction* action = moveTo->addAction(column.stage.name);
        action->setEnabled(column.stage.id != card->stageId);
        const qint64 stageId = column.stage.id;
        connect(action, &QAction::triggered, this, [this, dealId, stageId] { moveDeal(dealId, stageId); });
    }
    menu.addSeparator();
    QAction* archive = menu.addAction(tr("&Archive Deal…"), this, &PipelinePage::archiveCurrent);
    archive->setShortcut(QKeySequence::Delete);
    menu.exec(view->viewport()->mapToGlobal(position));
}

void PipelinePage::fitColumns()
{
    // The open stages share the board's width, beside the folded strips, each between the narrowest and the widest
    // a card reads well at; an unfolded Won or Lost follows at the same width, a scroll away when the window is small.
    // Every column is followed by the layout's spacing, the last one by the stretch that keeps the columns left.
    const int spacing = m_boardLayout->spacing();
    int open = 0;
    int room = m_board->viewport()->width();
    for (int i = 0; i < m_columnWidgets.size() && i < m_columns.size(); ++i) {
        if (m_columnWidgets[i]->isFolded())
            room -= m_columnWidgets[i]->foldedWidth() + spacing;
        else if (!m_columns[i].stage.isFinal())
            ++open;
    }
    room -= spacing * open;
    if (open == 0)
        return;
    const int width =
        std::clamp(room / open, int(PipelineColumnWidget::narrowestColumn), int(PipelineColumnWidget::widestColumn));
    for (PipelineColumnWidget* column : m_columnWidgets) {
        const int wanted = column->isFolded() ? column->foldedWidth() : width;
        if (column->width() != wanted)
            column->setFixedWidth(wanted);
    }
}

void PipelinePage::fitListColumns()
{
    // Long company names and German headings made the list wider than a 1024 px window, its amounts off screen.
    ColumnFitter::fitContents(m_list,
                              {DealTableModel::CompanyColumn, DealTableModel::ContactColumn,
                               DealTableModel::OwnerColumn, DealTableModel::StageColumn},
                              DealTableModel::TitleColumn);
}

bool PipelinePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_board->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_list->viewport() && event->type() == QEvent::Resize && isListMode())
        fitListColumns();
    // Left and Right step to the column on that side (right to left, Left goes to the next stage), keeping the row as
    // far as the next column has one.
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            for (int i = 0; i < m_columnWidgets.size(); ++i) {
                if (m_columnWidgets[i]->view() != watched)
                    continue;
                const bool towardsNext = (key->key() == Qt::Key_Right) == (layoutDirection() == Qt::LeftToRight);
                const int step = towardsNext ? 1 : -1;
                const int row = std::max(0, m_columnWidgets[i]->view()->currentIndex().row());
                for (int next = i + step; next >= 0 && next < m_columnWidgets.size(); next += step) {
                    QListView* view = m_columnWidgets[next]->view();
                    if (view->model()->rowCount() == 0 || m_columnWidgets[next]->isFolded())
                        continue;
                    m_columnWidgets[i]->view()->clearSelection();
                    view->setFocus();
                    view->setCurrentIndex(view->model()->index(std::min(row, view->model()->rowCount() - 1), 0));
                    m_board->ensureWidgetVisible(m_columnWidgets[next]);
                    break;
                }
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kontor::ui
