// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineColumnWidget.h"
#include "Translations.h"

#include "models/DealCardModel.h"
#include "views/DealCardDelegate.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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
    // A long stage name takes a second line on a narrow column rather than being cut.
    m_title->setWordWrap(true);
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
    auto* header = new QHBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_title, 1);
    if (stage.isFinal()) {
        m_foldButton = new QToolButton(this);
        m_foldButton->setObjectName(QStringLiteral("fold"));
        m_foldButton->setAutoRaise(true);
        connect(m_foldButton, &QToolButton::clicked, this, [this] {
            setFolded(!m_folded);
            emit foldToggled(m_folded);
        });
        header->addWidget(m_foldButton, 0, Qt::AlignTop);
        // A card dropped on the folded strip moves there like one dropped on its cards.
        setAcceptDrops(true);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    // The title and figures line up with the cards' borders, which sit inside the cards' own margin (on the side
    // the text starts from, right to left too).
    m_title->setIndent(4);
    m_figures->setIndent(4);
    layout->addWidget(m_figures);
    layout->addWidget(m_view, 1);
}

void PipelineColumnWidget::setColumn(const PipelineColumn& column, int closedWithinDays)
{
    const QLocale locale;
    const Stage& stage = column.stage;
    m_title->setText(stage.isFinal() ? stage.name
                                     : tr("%1  <span style='font-weight:normal; white-space:nowrap'>%2 %</span>")
                                           .arg(stage.name.toHtmlEscaped(), locale.toString(stage.probability)));
    m_title->setTextFormat(Qt::RichText);
    QStringList lines;
    lines << tr("<b>%n deal(s)</b>", nullptr, column.dealCount) +
                 (column.totals.isEmpty() ? QString() : partSeparator() + joinAmounts(column.totals, locale));
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
    m_foldedText = tr("%1 · %n deal(s)", nullptr, column.dealCount).arg(stage.name);
    if (!column.totals.isEmpty())
        m_foldedText += partSeparator() + joinAmounts(column.totals, locale);
    m_columnToolTip =
        stage.isFinal()
            ? tr("Deals that reached “%1” in the last %n day(s).", nullptr, closedWithinDays).arg(stage.name)
            : tr("Weighted: the amount times the stage's win probability (%1 %). Stale: longer than "
                 "%2 days in the stage.")
                  .arg(locale.toString(stage.probability), locale.toString(stage.staleAfterDays));
    updateFoldButton();
    updateToolTip();
    update();
    const qint64 selected = m_view->currentIndex().data(DealCardModel::DealIdRole).toLongLong();
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->setCards(column.cards);
    m_view->verticalScrollBar()->setValue(scroll);
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void PipelineColumnWidget::setFolded(bool folded)
{
    if (!isFoldable() || folded == m_folded)
        return;
    m_folded = folded;
    m_title->setVisible(!folded);
    m_figures->setVisible(!folded);
    m_view->setVisible(!folded);
    // A strip keeps little margin: every pixel it spares goes to the open stages.
    layout()->setContentsMargins(folded ? QMargins(2, 8, 2, 4) : QMargins(4, 8, 4, 4));
    if (folded) {
        m_view->clearSelection();
        setFixedWidth(foldedWidth());
    }
    // Unfolded, the page gives the column its width again.
    updateFoldButton();
    updateToolTip();
    update();
}

int PipelineColumnWidget::foldedWidth() const
{
    // The button, or a line of text turned sideways, whichever is wider, between the frame's margins.
    const int content = std::max(m_foldButton ? m_foldButton->sizeHint().width() : 0, fontMetrics().height() + 8);
    return content + 4;
}

void PipelineColumnWidget::updateToolTip()
{
    setToolTip(m_folded ? m_foldedText + QLatin1Char('\n') + tr("Click to unfold.") : m_columnToolTip);
}

void PipelineColumnWidget::updateFoldButton()
{
    if (!m_foldButton)
        return;
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    // Like a tree's branch: down when open, pointing along the line when folded.
    m_foldButton->setArrowType(m_folded ? (mirrored ? Qt::LeftArrow : Qt::RightArrow) : Qt::DownArrow);
    m_foldButton->setToolTip(m_folded ? tr("Unfold the column") : tr("Fold the column to a narrow strip"));
    m_foldButton->setAccessibleName(m_folded ? tr("Unfold") : tr("Fold"));
}

void PipelineColumnWidget::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (!m_folded)
        return;
    // The stage and its figures, read from top to bottom below the button.
    QPainter painter(this);
    const int top = m_foldButton->geometry().bottom() + 8;
    painter.translate(width() / 2 + fontMetrics().height() / 2 - fontMetrics().descent(), top);
    painter.rotate(90);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    const int room = height() - top - 8;
    painter.drawText(QPoint(0, 0), QFontMetrics(bold).elidedText(m_foldedText, Qt::ElideRight, room));
}

void PipelineColumnWidget::mousePressEvent(QMouseEvent* event)
{
    // The whole strip unfolds, not just its small button.
    if (m_folded) {
        setFolded(false);
        emit foldToggled(false);
        return;
    }
    QFrame::mousePressEvent(event);
}

void PipelineColumnWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(DealCardModel::mimeType()))
        event->acceptProposedAction();
}

void PipelineColumnWidget::dropEvent(QDropEvent* event)
{
    if (m_model->dropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, {}))
        event->acceptProposedAction();
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
