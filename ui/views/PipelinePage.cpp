// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelinePage.h"

#include "actions/ArchiveActions.h"
#include "actions/DealActions.h"
#include "dialogs/Ask.h"

#include "dialogs/DealDialog.h"
#include "dialogs/LostReasonDialog.h"
#include "models/DealCardModel.h"
#include "models/DealTableModel.h"
#include "repositories/DealRepository.h"
#include "repositories/UserRepository.h"
#include "views/PipelineColumnWidget.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>

#include <QMessageBox>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace kontor::ui {

PipelinePage::PipelinePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("PipelinePage"));
    auto* heading = new QLabel(tr("Pipeline"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setAccessibleName(tr("Owner filter"));
    m_owner->setToolTip(tr("Show the deals of one salesperson"));
    connect(m_owner, &QComboBox::currentIndexChanged, this, &PipelinePage::refresh);

    m_boardButton = new QToolButton(this);
    m_boardButton->setObjectName(QStringLiteral("boardMode"));
    m_boardButton->setText(tr("&Board"));
    m_boardButton->setCheckable(true);
    m_boardButton->setChecked(true);
    m_boardButton->setToolTip(tr("One column per stage (Alt+B)"));
    // The keys the tooltips promise in every language: a translation's mnemonic is a letter of its own script.
    m_boardButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_B));
    m_listButton = new QToolButton(this);
    m_listButton->setObjectName(QStringLiteral("listMode"));
    m_listButton->setText(tr("L&ist"));
    m_listButton->setCheckable(true);
    m_listButton->setToolTip(tr("The same deals as a sortable list (Alt+I)"));
    m_listButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_I));
    auto* newDeal = new QToolButton(this);
    newDeal->setObjectName(QStringLiteral("newDeal"));
    newDeal->setText(tr("New Deal…"));
    newDeal->setToolTip(tr("A new deal in the selected stage (Ctrl+Shift+N)"));
    connect(newDeal, &QToolButton::clicked, this, &PipelinePage::newDeal);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_boardButton);
    modes->addButton(m_listButton);
    connect(m_listButton, &QToolButton::toggled, this, &PipelinePage::setListMode);

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    auto* ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    top->addWidget(ownerLabel);
    top->addWidget(m_owner);
    top->addSpacing(12);
    top->addWidget(newDeal);
    top->addSpacing(12);
    top->addWidget(m_boardButton);
    top->addWidget(m_listButton);

    m_boardContents = new QWidget;
    m_boardLayout = new QHBoxLayout(m_boardContents);
    m_boardLayout->setContentsMargins(0, 0, 0, 0);
    m_boardLayout->setSpacing(10);
    m_boardLayout->addStretch();
    m_board = new QScrollArea(this);
    m_board->setObjectName(QStringLiteral("board"));
    m_board->setWidgetResizable(true);
    m_board->setFrameShape(QFrame::NoFrame);
    m_board->setWidget(m_boardContents);
    m_board->viewport()->installEventFilter(this);

    m_listModel = new DealTableModel(this);
    m_listProxy = new QSortFilterProxyModel(this);
    m_listProxy->setSourceModel(m_listModel);
    m_listProxy->setSortRole(DealTableModel::SortRole);
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("dealList"));
    m_list->setAccessibleName(tr("Deals"));
    m_list->setModel(m_listProxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(DealTableModel::StageColumn, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(DealTableModel::TitleColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setResizeContentsPrecision(100);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->viewport()->installEventFilter(this);
    connect(m_list, &QTableView::activated, this, &PipelinePage::editCurrent);
    connect(m_list, &QTableView::customContextMenuRequested, this,
            [this](const QPoint& position) { showContextMenu(m_list, position); });

    m_views = new QStackedWidget(this);
    m_views->addWidget(m_board);
    m_views->addWidget(m_list);

    m_empty = new QLabel(tr("No deals yet.\n\nA deal is what a contact may buy: create one with “New Deal…” "
                            "(Ctrl+Shift+N) or from the contact's card, then move it through the stages here until "
                            "it is won or lost."),
                         this);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->hide();

    m_help = new QLabel(this);
    m_help->setObjectName(QStringLiteral("help"));
    m_help->setEnabled(false);
    // Wrapped: the list's longer help would otherwise make the whole window wider than a 1024 px screen.
    m_help->setWordWrap(true);
    m_help->setText(helpText(false));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(top);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_help);

    auto addShortcut = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    // The arrow keys point as the board runs: right to left (Persian) the next stage stands on the left.
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    const Qt::Key towardsNext = mirrored ? Qt::Key_Left : Qt::Key_Right;
    const Qt::Key towardsPrevious = mirrored ? Qt::Key_Right : Qt::Key_Left;
    // Enter on a card is the views' (activated); a shortcut here would take Enter from every menu it is in, so
    // the key is only named after the tab. Enter, as the page's help says (Qt names the main key "Return").
    auto* edit =
        new QAction(tr("&Edit Deal…") + u'\t' + QKeySequence(Qt::Key_Enter).toString(QKeySequence::NativeText), this);
    connect(edit, &QAction::triggered, this, &PipelinePage::editCurrent);
    m_dealActions << edit
                  << addShortcut(tr("&Open Contact"),
                                 {QKeySequence(Qt::CTRL | Qt::Key_Enter), QKeySequence(Qt::CTRL | Qt::Key_Return)},
                                 [this] { openCurrent(); })
                  << addShortcut(tr("Move to Ne&xt Stage"), {QKeySequence(Qt::CTRL | Qt::SHIFT | towardsNext)},
                                 [this] { moveCurrent(1); })
                  << addShortcut(tr("Move to &Previous Stage"), {QKeySequence(Qt::CTRL | Qt::SHIFT | towardsPrevious)},
                                 [this] { moveCurrent(-1); })
                  << addShortcut(tr("&Archive Deal…"), {QKeySequence(QKeySequence::Delete)},
                                 [this] { archiveCurrent(); });
    addShortcut(QString(), {QKeySequence(Qt::ALT | Qt::Key_B)}, [this] { setListMode(false); });
    addShortcut(QString(), {QKeySequence(Qt::ALT | Qt::Key_I)}, [this] { setListMode(true); });
    addShortcut(QString(), {QKeySequence(Qt::Key_F5)}, [this] { refresh(); });
}

void PipelinePage::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    fillOwners();
    if (isVisible() || !m_db.isValid())
        refresh();
}

void PipelinePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

PipelineFilter PipelinePage::filter() const
{
    PipelineFilter filter;
    filter.ownerId = m_owner->currentData().toLongLong();
    return filter;
}

void PipelinePage::fillOwners()
{
    const QVariant previous = m_owner->currentData();
    QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), qint64(0));
    if (m_db.isValid() && m_db.isOpen()) {
        if (auto users = UserRepository(m_db).list()) {
            for (const User& user : users.value())
                m_owner->addItem(user.name, user.id);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(previous)));
}

QString PipelinePage::helpText(bool list) const
{
    // The arrows as they point on the board: right to left the next stage stands on the left.
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    const QString next = mirrored ? QStringLiteral("←") : QStringLiteral("→");
    const QString previous = mirrored ? QStringLiteral("→") : QStringLiteral("←");
    return (list ? tr("Select a deal and press Ctrl+Shift+%1 or %2 to move it to the next or previous stage. "
                      "Enter edits the deal, Ctrl+Enter opens its contact, Delete archives it.")
                 : tr("Drag a card to another stage, or select it and press Ctrl+Shift+%1 or %2. "
                      "Enter edits the deal, Ctrl+Enter opens its contact."))
        .arg(next, previous);
}

bool PipelinePage::isListMode() const
{
    return m_views->currentWidget() == m_list;
}

void PipelinePage::setListMode(bool list)
{
    const qint64 deal = currentDealId();
    m_views->setCurrentWidget(list ? static_cast<QWidget*>(m_list) : m_board);
    // The list has no cards to drag: its own words for the same keys.
    m_help->setText(helpText(list));
    QSignalBlocker blocker(m_listButton);
    m_listButton->setChecked(list);
    m_boardButton->setChecked(!list);
    if (list) {
        fitListColumns();
        showDealInCurrentMode(deal);
    } else if (deal == 0 || !showDeal(deal)) {
        if (!m_columnWidgets.isEmpty())
            m_columnWidgets.first()->view()->setFocus();
    }
}

void PipelinePage::rebuildColumns()
{
    bool sameStages = m_columnWidgets.size() == m_columns.size();
    for (int i = 0; sameStages && i < m_columns.size(); ++i)
        sameStages = m_columnWidgets[i]->stageId() == m_columns[i].stage.id;
    if (!sameStages) {
        qDeleteAll(m_columnWidgets);
        m_columnWidgets.clear();
        for (int i = 0; i < m_columns.size(); ++i) {
            auto* column = new PipelineColumnWidget(m_columns[i].stage, m_boardContents);
            QListView* view = column->view();
            view->installEventFilter(this);
            connect(view, &QListView::activated, this, &PipelinePage::editCurrent);
            connect(view, &QListView::customContextMenuRequested, this,
                    [this, view](const QPoint& position) { showContextMenu(view, position); });
            // The move runs after the drop returns: a Lost stage opens a dialog, which must not run inside the drag.
            connect(column->model(), &DealCardModel::dealDropped, this, &PipelinePage::moveDeal, Qt::QueuedConnection);
            column->setFolded(m_foldedKinds.contains(stageKindKey(m_columns[i].stage.kind)));
            connect(column, &PipelineColumnWidget::foldToggled, this,
                    [this, kind = m_columns[i].stage.kind](bool folded) { rememberFold(kind, folded); });
            m_boardLayout->insertWidget(i, column);
            m_columnWidgets.append(column);
        }
        fitColumns();
    }
    for (int i = 0; i < m_columns.size(); ++i)
        showColumn(i);
}

void PipelinePage::showColumn(int index)
{
    m_columnWidgets[index]->setColumn(m_columns[index], filter().closedWithinDays);
}

void PipelinePage::updateList()
{
    QList<PipelineCard> cards;
    for (const PipelineColumn& column : m_columns)
        cards.append(column.cards);
    const qint64 selected = currentDealId();
    m_listModel->setCards(cards);
    for (int row = 0; selected && row < m_listProxy->rowCount(); ++row) {
        const QModelIndex index = m_listProxy->index(row, 0);
        if (index.data(DealTableModel::DealIdRole).toLongLong() == selected) {
            m_list->setCurrentIndex(index);
            break;
        }
    }
    // Sizing reads every row's text: only for a list that is seen, and from its first rows.
    if (isListMode())
        fitListColumns();
}

void PipelinePage::updateSummary()
{
    int open = 0;
    QMap<QString, qint64> weighted;
    for (const PipelineColumn& column : m_columns) {
        if (column.stage.isFinal())
            continue;
        open += column.dealCount;
        for (const Money& amount : column.weightedTotals)
            weighted[amount.currency] += amount.minor;
    }
    QList<Money> totals;
    for (auto it = weighted.cbegin(); it != weighted.cend(); ++it)
        totals.append({it.value(), it.key()});
    m_summary->setText(totals.isEmpty() ? tr("%n open deal(s)", nullptr, open)
                                        : tr("%n open deal(s), weighted %1", nullptr, open)
                                              .arg(PipelineColumnWidget::joinAmounts(totals, QLocale())));
    bool any = false;
    for (const PipelineColumn& column : m_columns)
        any = any || column.dealCount > 0;
    const bool filtered = filter().ownerId > 0;
    m_views->setVisible(any || filtered || m_columns.isEmpty());
    m_empty->setVisible(!any && !filtered && !m_columns.isEmpty());
}

void PipelinePage::refresh()
{
    if (!m_db.isValid() || !m_db.isOpen()) {
        m_columns.clear();
        rebuildColumns();
        updateList();
        updateSummary();
        return;
    }
    auto board = PipelineRepository(m_db).board(filter());
    if (!board) {
        emit statusMessage(board.error());
        return;
    }
    m_columns = board.value();
    rebuildColumns();
    updateList();
    updateSummary();
}

int PipelinePage::columnIndexOfStage(qint64 stageId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].stage.id == stageId)
            return i;
    }
    return -1;
}

DealCardModel* PipelinePage::columnModel(qint64 stageId) const
{
    const int index = columnIndexOfStage(stageId);
    return index >= 0 && index < m_columnWidgets.size() ? m_columnWidgets[index]->model() : nullptr;
}

QListView* PipelinePage::columnView(qint64 stageId) const
{
    const int index = columnIndexOfStage(stageId);
    return index >= 0 && index < m_columnWidgets.size() ? m_columnWidgets[index]->view() : nullptr;
}

const PipelineCard* PipelinePage::findCard(qint64 dealId) const
{
    for (const PipelineColumn& column : m_columns) {
        for (const PipelineCard& card : column.cards) {
            if (card.dealId == dealId)
                return &card;
        }
    }
    return nullptr;
}

qint64 PipelinePage::currentDealId() const
{
    if (isListMode())
        return m_list->currentIndex().data(DealTableModel::DealIdRole).toLongLong();
    for (const PipelineColumnWidget* column : m_columnWidgets) {
        if (column->view()->hasFocus() && column->view()->currentIndex().isValid())
            return column->view()->currentIndex().data(DealCardModel::DealIdRole).toLongLong();
    }
    // Without focus on a column, the one card selected anywhere.
    for (const PipelineColumnWidget* column : m_columnWidgets) {
        if (column->view()->selectionModel() && column->view()->selectionModel()->hasSelection())
            return column->view()->currentIndex().data(DealCardModel::DealIdRole).toLongLong();
    }
    return 0;
}

LogTarget PipelinePage::logTarget() const
{
    const qint64 dealId = currentDealId();
    if (dealId <= 0 || !m_db.isOpen())
        return {};
    auto deal = DealRepository(m_db).get(dealId);
    return {deal ? deal->contactId : 0};
}

bool PipelinePage::showDeal(qint64 dealId)
{
    for (PipelineColumnWidget* column : m_columnWidgets) {
        const int row = column->model()->rowOf(dealId);
        if (row < 0)
            continue;
        if (isListMode())
            setListMode(false);
        if (column->isFolded()) {
            column->setFolded(false);
            rememberFold(m_columns[m_columnWidgets.indexOf(column)].stage.kind, false);
        }
        for (const PipelineColumnWidget* other : m_columnWidgets) {
            if (other != column)
                other->view()->clearSelection();
        }
        const QModelIndex index = column->model()->index(row);
        column->view()->setCurrentIndex(index);
        column->view()->scrollTo(index);
        column->view()->setFocus();
        m_board->ensureWidgetVisible(column);
        return true;
    }
    return false;
}

bool PipelinePage::moveDeal(qint64 dealId, qint64 toStageId)
{
    const PipelineCard* found = findCard(dealId);
    const int to = columnIndexOfStage(toStageId);
    if (!found || to < 0)
        return false;
    const PipelineCard card = *found;
    const int from = columnIndexOfStage(card.stageId);
    if (from == to)
        return false;
    const int fromRow = m_columnWidgets[from]->model()->rowOf(dealId);
    const Stage target = m_columns[to].stage;
    QString reason;
    if (target.kind == StageKind::Lost) {
        LostReasonDialog dialog(card.title, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reason = dialog.reason();
    }
    auto moved = DealActions::move(m_db, dealId, toStageId, reason);
    if (!moved) {
        emit statusMessage(moved.error());
        Ask::warning(this, tr("Move Deal"), moved.error());
        return false;
    }
    // Only the two columns changed: reading them alone keeps the move instant on a large pipeline.
    PipelineRepository pipeline(m_db);
    for (int index : {from, to}) {
        if (index < 0)
            continue;
        auto column = pipeline.column(m_columns[index].stage, filter());
        if (!column) {
            emit statusMessage(column.error());
            refresh();
            return true;
        }
        m_columns[index] = column.value();
        showColumn(index);
    }
    updateList();
    updateSummary();
    if (m_columnWidgets[to]->isFolded() && !isListMode()) {
        // Into a folded Won or Lost: the strip stays folded and the next card of the column it left is selected, so
        // that closing deals one after another takes one key each.
        QListView* view = m_columnWidgets[from]->view();
        view->setFocus();
        if (const int rows = view->model()->rowCount(); rows > 0)
            view->setCurrentIndex(view->model()->index(std::clamp(fromRow, 0, rows - 1), 0));
    } else {
        showDeal(dealId);
    }
    emit statusMessage(moved->message);
    return true;
}

QStringList PipelinePage::foldedStageKinds() const
{
    QStringList kinds(m_foldedKinds.cbegin(), m_foldedKinds.cend());
    kinds.sort();
    return kinds;
}

void PipelinePage::setFoldedStageKinds(const QStringList& kinds)
{
    m_foldedKinds = QSet<QString>(kinds.cbegin(), kinds.cend());
    for (int i = 0; i < m_columnWidgets.size(); ++i)
        m_columnWidgets[i]->setFolded(m_foldedKinds.contains(stageKindKey(m_columns[i].stage.kind)));
    fitColumns();
}

void PipelinePage::rememberFold(StageKind kind, bool folded)
{
    if (folded)
        m_foldedKinds.insert(stageKindKey(kind));
    else
        m_foldedKinds.remove(stageKindKey(kind));
    fitColumns();
}

void PipelinePage::moveCurrent(int step)
{
    const qint64 deal = currentDealId();
    const PipelineCard* card = findCard(deal);
    if (!card)
        return;
    const int target = columnIndexOfStage(card->stageId) + step;
    if (target < 0 || target >= m_columns.size())
        return;
    const bool list = isListMode();
    moveDeal(deal, m_columns[target].stage.id);
    if (list)
        m_list->setFocus();
}

void PipelinePage::openCurrent()
{
    const PipelineCard* card = findCard(currentDealId());
    if (!card)
        return;
    if (card->contactId > 0)
        emit openContactRequested(card->contactId);
    else
        emit statusMessage(tr("“%1” has no contact.").arg(card->title));
}

void PipelinePage::editCurrent()
{
    const qint64 dealId = currentDealId();
    if (!dealId || !m_db.isOpen())
        return;
    DealDialog dialog(m_db, dealId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showDealInCurrentMode(dealId);
    emit statusMessage(tr("Deal saved."));
    emit dealChanged(dealId);
}

void PipelinePage::archiveCurrent()
{
    const PipelineCard* found = findCard(currentDealId());
    if (!found)
        return;
    const PipelineCard card = *found;
    if (Ask::question(
            this, tr("Archive Deal"),
            tr("Archive “%1”? It leaves the board and the totals; File → Archive brings it back.").arg(card.title)) !=
        QMessageBox::Yes)
        return;
    auto archived = ArchiveActions::archive(m_db, ArchiveActions::Entity::Deal, card.dealId,
                                            QStringLiteral("“%1”").arg(card.title));
    if (!archived) {
        emit statusMessage(archived.error());
        return;
    }
    refresh();
    emit statusMessage(archived.value());
    emit dealChanged(card.dealId);
}

void PipelinePage::newDeal()
{
    if (!m_db.isOpen())
        return;
    const PipelineCard* selected = findCard(currentDealId());
    DealDialog dialog(m_db, 0, this, 0, selected ? selected->stageId : 0);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showDealInCurrentMode(dialog.savedDealId());
    emit statusMessage(tr("Deal saved."));
    emit dealChanged(dialog.savedDealId());
}

void PipelinePage::showDealInCurrentMode(qint64 dealId)
{
    if (!isListMode()) {
        showDeal(dealId);
        return;
    }
    for (int row = 0; row < m_listProxy->rowCount(); ++row) {
        const QModelIndex index = m_listProxy->index(row, 0);
        if (index.data(DealTableModel::DealIdRole).toLongLong() == dealId) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            break;
        }
    }
    m_list->setFocus();
}

} // namespace kontor::ui
