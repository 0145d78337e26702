// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportView.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace kontor::ui {

ReportView::ReportView(const QString& name, QAbstractItemView::SelectionBehavior selection, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    m_chart = new QChartView(splitter);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(360, 280);
    m_chart->installEventFilter(this);
    m_table = new QTableView(splitter);
    m_model = new ReportTableModel(this);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setAccessibleName(name);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(selection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({550, 450});
    m_table->setToolTip(tr("Double-click a figure, or press Enter, for what lies behind it."));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit detailsWanted(index.row(), index.column()); });
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    // Once the rows are in (a report adds them one by one), and whenever the page changes width.
    m_fitLater = new QTimer(this);
    m_fitLater->setSingleShot(true);
    m_fitLater->setInterval(0);
    connect(m_fitLater, &QTimer::timeout, this, &ReportView::fitLayout);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_fitLater, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // New figures (another period, another report): the shares are given again.
        m_sharesSeen = false;
        m_fitLater->start();
    });
    installEventFilter(this);
}

void ReportView::fitLayout()
{
    // Before its first figures the table has no columns to size (and a header crashes on a section it lacks).
    if (m_model->columnCount() == 0 || m_table->horizontalHeader()->count() == 0)
        return;
    // The table's natural width, measured as it lays its columns out: each as wide as its contents, none stretched.
    QHeaderView* header = m_table->horizontalHeader();
    m_model->setTitlesWrapped(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    header->resizeSections(QHeaderView::ResizeToContents);
    const int natural = header->length() + 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    header->setStretchLastSection(true);
    const bool sideBySide = natural + m_chart->minimumWidth() + m_splitter->handleWidth() <= m_splitter->width();
    const Qt::Orientation wanted = sideBySide ? Qt::Horizontal : Qt::Vertical;
    // Shares given while the tab was hidden are lost when it is laid out: given again once it is seen. Side by side
    // the table has at least its natural width (the chart the rest), so that no figure is cut.
    const bool tableTooNarrow = sideBySide && m_splitter->sizes().value(1) < natural;
    if (m_splitter->orientation() != wanted || !m_sharesSeen || tableTooNarrow) {
        m_splitter->setOrientation(wanted);
        // In pixels of the splitter's length: Qt 6.4 takes small numbers as pixels and gives the rest to the chart.
        const int length = (sideBySide ? m_splitter->width() : m_splitter->height()) - m_splitter->handleWidth();
        // Stacked, bars lying side by side need the height for their names (Qt Charts hides names that collide).
        const int table = sideBySide ? std::max(natural, length * 45 / 100) : length * (m_horizontal ? 40 : 55) / 100;
        m_splitter->setSizes({length - table, table});
        m_sharesSeen = m_splitter->isVisible() && m_splitter->height() > 0;
    }
    const QFontMetrics metrics = m_table->fontMetrics();
    // Below the chart and still too wide: the names give way (cut, whole in their tooltips), never the figures.
    if (sideBySide || m_model->columnCount() < 2)
        return;
    // Measured as the table lays its columns out: every column at its contents' width, none stretched.
    header->setStretchLastSection(false);
    header->resizeSections(QHeaderView::ResizeToContents);
    // Room for the vertical scroll bar even before it shows (the rows may come to need it).
    const int room = m_table->viewport()->width() -
                     (m_table->verticalScrollBar()->isVisible() ? 0 : m_table->verticalScrollBar()->sizeHint().width());
    // A few pixels to spare: fonts measured in fractions (Qt 6.8) round the other way in the header.
    int overflow = header->length() - room + 4;
    if (overflow > 0) {
        // First the titles take two lines ("Cost per / customer"): then a figure column is as wide as its figures.
        m_model->setTitlesWrapped(true);
        header->resizeSections(QHeaderView::ResizeToContents);
        overflow = header->length() - room + 4;
    }
    if (overflow > 0) {
        header->setSectionResizeMode(0, QHeaderView::Interactive);
        header->resizeSection(0, std::max(metrics.averageCharWidth() * 3, header->sectionSize(0) - overflow));
    }
    header->setStretchLastSection(true);
}

void ReportView::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    clear();
}

void ReportView::clear()
{
    m_model->clearRows();
    m_summary->clear();
}

void ReportView::showDetails(const ReportFilter& filter, int row, int column)
{
    if (row < 0 || row >= m_model->rowCount() || !m_db.isOpen())
        return;
    listBehind(filter, row, column);
}

void ReportView::showError(const QString& message)
{
    m_summary->setText(message);
    m_model->clearRows();
    emit statusMessage(message);
}

void ReportView::list(const Result<FigureRows>& rows, const QString& title)
{
    if (!rows) {
        emit statusMessage(rows.error());
        return;
    }
    emit rowsChosen(rows.value(), title);
}

Result<FigureRows> ReportView::asRows(const Result<QList<qint64>>& ids, FigureRows::Kind kind)
{
    if (!ids)
        return Result<FigureRows>::failure(ids.error());
    return FigureRows{kind, ids.value()};
}

void ReportView::paintChart(QChart* chart, const QBrush& background, const QBrush& text)
{
    chart->setBackgroundBrush(background);
    chart->setTitleBrush(text);
    // Grid and axis lines in the text colour, faint: a white grid glares on a dark background.
    QColor grid = text.color();
    grid.setAlpha(45);
    QColor line = text.color();
    line.setAlpha(110);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(line);
    }
    chart->legend()->setLabelBrush(text);
}

double ReportView::niceStep(double largest, int steps)
{
    // 1, 2, 2.5 or 5 times a power of ten, the fewest steps of those that reach `largest`.
    const double raw = std::max(largest, 1.0) / std::max(steps, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double nice : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (nice * magnitude >= raw)
            return std::max(nice * magnitude, 1.0);
    }
    return 10 * magnitude;
}

void ReportView::showBars(QAbstractBarSeries* series, const QStringList& categories, const QString& title,
                          bool horizontal, const QString& unit, const QStringList& shortCategories)
{
    // Right to left (Persian), the chart mirrors as the window does: months run from the right, bars grow leftwards
    // from names on the right, and the values' axis stands on the right. Qt Charts mirrors nothing by itself, and
    // its bar categories cannot be reversed: right to left they, and the bars' values, are put in the reverse order.
    const bool mirrored = m_chart->layoutDirection() == Qt::RightToLeft;
    m_barsReversed = mirrored && !horizontal;
    m_categories = categories;
    m_shortCategories = shortCategories.size() == categories.size() ? shortCategories : categories;
    m_horizontal = horizontal;
    if (m_barsReversed) {
        std::reverse(m_categories.begin(), m_categories.end());
        std::reverse(m_shortCategories.begin(), m_shortCategories.end());
        for (QBarSet* set : series->barSets()) {
            QList<qreal> values;
            for (int i = 0; i < set->count(); ++i)
                values.prepend(set->at(i));
            for (int i = 0; i < set->count(); ++i)
                set->replace(i, values.at(i));
        }
    }
    auto* chart = new QChart;
    // The bars' own labels (the funnel's counts) in the language's digits, as the tables write them.
    chart->setLocalizeNumbers(true);
    chart->setTitle(title);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(m_categories);
    // Names are shown whole: slanted under many vertical bars, and given the room they need beside horizontal ones.
    categoryAxis->setTruncateLabels(false);
    // The values' axis in round steps, labelled as the tables write numbers ("150,000", "150.000"), not "150000".
    double largest = 0;
    for (const QBarSet* set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            largest = std::max(largest, set->at(i));
    }
    constexpr int steps = 5;
    const double step = niceStep(largest, steps);
    auto* valueAxis = new QCategoryAxis;
    valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    valueAxis->setStartValue(0);
    const int used = std::max(1, static_cast<int>(std::ceil(largest / step)));
    for (int i = 0; i <= used; ++i)
        valueAxis->append(QLocale().toString(i * step, 'f', step == std::floor(step) ? 0 : 1), i * step);
    valueAxis->setRange(0, used * step);
    valueAxis->setTitleText(unit);
    const Qt::Alignment start = mirrored ? Qt::AlignRight : Qt::AlignLeft;
    chart->addAxis(categoryAxis, horizontal ? start : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : start);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (horizontal)
        valueAxis->setReverse(mirrored);
    // Room beyond the labels: Qt Charts sizes a label of two lines a little short and cuts it at the edge.
    chart->setMargins(QMargins(16, 8, 16, 8));
    chart->legend()->setVisible(series->count() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    paintChart(chart, m_chart->palette().base(), m_chart->palette().text());
    // Inside a group too, the first bar stands on the right (calls, then meetings, leftwards), and the legend reads
    // from the right. Stacked bars keep their order: theirs is upwards. Each set keeps the colour painted above.
    if (auto* grouped = qobject_cast<QBarSeries*>(series); grouped && m_barsReversed && grouped->count() > 1) {
        const QList<QBarSet*> sets = grouped->barSets();
        QList<QPair<QBrush, QPen>> looks;
        for (QBarSet* set : sets) {
            looks.append({set->brush(), set->pen()});
            grouped->take(set);
        }
        for (qsizetype i = sets.size() - 1; i >= 0; --i) {
            grouped->append(sets[i]);
            sets[i]->setBrush(looks[i].first);
            sets[i]->setPen(looks[i].second);
        }
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    fitCategoryLabels();
}

int ReportView::categoryOfBar(int bar) const
{
    return m_barsReversed ? int(m_categories.size()) - 1 - bar : bar;
}

void ReportView::fitCategoryLabels()
{
    QBarCategoryAxis* axis = nullptr;
    for (QAbstractAxis* candidate : m_chart->chart()->axes()) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(candidate))
            axis = categories;
    }
    if (!axis || m_categories.isEmpty() || axis->count() != m_categories.size())
        return;
    const QFontMetrics metrics(axis->labelsFont());
    const auto widest = [&metrics](const QStringList& labels) {
        int width = 0;
        for (const QString& label : labels) {
            for (const QString& line : label.split(QStringLiteral("<br>")))
                width = std::max(width, metrics.horizontalAdvance(line));
        }
        return width;
    };
    // The chart's own margins, axis and legend take about 100 px of the view.
    const int available = std::max(1, m_chart->width() - 100);
    if (m_horizontal) {
        // Two lines a bar need their height too: on a short chart Qt Charts hides names that would touch.
        const int perBar = std::max(1, m_chart->height() - 140) / static_cast<int>(m_categories.size());
        const bool tooLow = perBar < metrics.height() * 5 / 2;
        const QStringList& wanted = tooLow || widest(m_categories) > available / 2 ? m_shortCategories : m_categories;
        for (int i = 0; i < wanted.size(); ++i) {
            if (axis->at(i) != wanted.at(i))
                axis->replace(axis->at(i), wanted.at(i));
        }
        return;
    }
    const int room = available / static_cast<int>(m_categories.size());
    // Names that do not fit side by side go over two lines, broken at the space nearest their middle; a name still
    // too wide is slanted. Slanted, a label reaches left of its bar by 0.7 of its width, and Qt Charts hides the first
    // one when that passes the chart's edge (a Bengali salesperson's): then, and on a crowded axis, upright.
    QStringList wanted = m_categories;
    if (widest(m_categories) + 8 > room) {
        for (QString& label : wanted) {
            if (label.contains(QStringLiteral("<br>")))
                continue;
            qsizetype best = -1;
            for (qsizetype at = label.indexOf(u' '); at > 0; at = label.indexOf(u' ', at + 1)) {
                if (best < 0 || std::abs(at - label.size() / 2) < std::abs(best - label.size() / 2))
                    best = at;
            }
            if (best > 0)
                label = label.left(best) + QStringLiteral("<br>") + label.mid(best + 1);
        }
    }
    const bool fits = widest(wanted) + 8 <= room;
    if (!fits)
        wanted = m_categories;
    for (int i = 0; i < wanted.size(); ++i) {
        if (axis->at(i) != wanted.at(i))
            axis->replace(axis->at(i), wanted.at(i));
    }
    const bool slantFits = widest(m_categories) * 7 / 10 <= room / 2 + 40;
    axis->setLabelsAngle(fits ? 0 : m_categories.size() > 8 || !slantFits ? -90 : -45);
}

bool ReportView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_chart && event->type() == QEvent::Resize)
        fitCategoryLabels();
    if (watched == this && event->type() == QEvent::Resize)
        m_fitLater->start();
    return QWidget::eventFilter(watched, event);
}

QImage ReportView::chartImage(QSize size, qreal scale, bool onPaper) const
{
    QChart* chart = m_chart->chart();
    QImage image(size * scale, QImage::Format_ARGB32);
    image.fill(onPaper ? QColor(Qt::white) : palette().base().color());
    const QSizeF onScreen = chart->size();
    if (onPaper)
        paintChart(chart, QBrush(Qt::white), QBrush(Qt::black));
    // The chart is laid out again at the picture's size (a tab never shown has no size of its own), then put back.
    chart->resize(size);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())),
                               QRectF(chart->pos(), QSizeF(size)));
    }
    chart->resize(onScreen);
    if (onPaper)
        paintChart(chart, m_chart->palette().base(), m_chart->palette().text());
    return image;
}

QString ReportView::percent(const std::optional<double>& share)
{
    if (!share)
        return QStringLiteral("–");
    // The language's own sign (Persian ٪); right after the number in the scripts that write it so (۲۶٫۷٪, ২৬.৭%),
    // after a space in the Latin ones Kontor speaks (26.7 %, 26,7 %).
    const QLocale locale;
    const bool latinScript = locale.script() == QLocale::LatinScript;
    return locale.toString(*share * 100, 'f', 1) + (latinScript ? QStringLiteral("\u00A0") : QString()) +
           locale.percent();
}

QString ReportView::money(const QList<Money>& amounts)
{
    if (amounts.isEmpty())
        return QStringLiteral("–");
    QStringList parts;
    for (const Money& amount : amounts)
        parts << amount.format();
    return parts.join(QStringLiteral(" + "));
}

QString ReportView::money(const std::optional<Money>& amount)
{
    return amount ? amount->format() : QStringLiteral("–");
}

QString ReportView::number(qint64 value)
{
    return QLocale().toString(value);
}

double ReportView::major(const QList<Money>& amounts)
{
    if (amounts.isEmpty())
        return 0;
    return static_cast<double>(amounts.first().minor) / std::pow(10.0, Money::minorDigits(amounts.first().currency));
}

} // namespace kontor::ui
