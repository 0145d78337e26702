// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineColumnWidget.h"

#include "models/DealCardModel.h"
#include "views/DealCardDelegate.h"

#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

constexpr int columnWidth = PipelineColumnWidget::widestColumn;

} // namespace

PipelineColumnWidget::PipelineColumnWidget(const Stage& stage, QWidget* parent) : QFrame(parent), m_stageId(stage.id)
{
    setObjectName(QStringLiteral("stage_%1").arg(stage.id));
    setFrameShape(QFrame::StyledPanel);
    setFixedWidth(columnWidth);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::RichText);
    m_model = new DealCardModel(stage.id, this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("cards"));
    m_view->setAccessibleName(tr("Deals in %1").arg(stage.name));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DealCardDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->viewport()->setAutoFillBackground(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_figures);
    layout->addWidget(m_view, 1);
}

void PipelineColumnWidget::setColumn(const PipelineColumn& column, int closedWithinDays)
{
    const QLocale locale;
    const Stage& stage = column.stage;
    m_title->setText(stage.isFinal() ? stage.name
                                     : tr("%1  <span style='font-weight:normal'>%2 %</span>")
                                           .arg(stage.name.toHtmlEscaped(), locale.toString(stage.probability)));
    m_title->setTextFormat(Qt::RichText);
    QStringList lines;
    lines << tr("<b>%n deal(s)</b>", nullptr, column.dealCount) +
                 (column.totals.isEmpty() ? QString() : QStringLiteral(" · ") + joinAmounts(column.totals, locale));
    if (stage.isFinal())
        lines << tr("closed in the last %n day(s)", nullptr, closedWithinDays);
    else if (!column.weightedTotals.isEmpty())
        lines << tr("weighted %1").arg(joinAmounts(column.weightedTotals, locale));
    if (column.staleCount > 0)
        lines << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(DealCardDelegate::staleColor().name(), tr("%n stale", nullptr, column.staleCount));
    if (!column.isComplete())
        lines << tr("showing the first %n", nullptr, static_cast<int>(column.cards.size()));
    m_figures->setText(lines.join(QStringLiteral("<br>")));
    setToolTip(stage.isFinal()
                   ? tr("Deals that reached “%1” in the last %n day(s).", nullptr, closedWithinDays).arg(stage.name)
                   : tr("Weighted: the amount times the stage's win probability (%1 %). Stale: longer than "
                        "%2 days in the stage.")
                         .arg(stage.probability)
                         .arg(stage.staleAfterDays));
    const qint64 selected = m_view->currentIndex().data(DealCardModel::DealIdRole).toLongLong();
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->setCards(column.cards);
    m_view->verticalScrollBar()->setValue(scroll);
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

QString PipelineColumnWidget::joinAmounts(const QList<Money>& amounts, const QLocale& locale)
{
    // Totals of many deals in whole units: the cents of 1,255,900.00 EUR say nothing.
    QStringList parts;
    for (const Money& amount : amounts)
        parts << amount.formatRounded(locale);
    return parts.join(QStringLiteral(" + "));
}

} // namespace kontor::ui
