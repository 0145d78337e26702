// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page on paper: every report laid out as one document, written as PDF or sent to a printer.
#include "ReportsPage.h"
#include "Translations.h"

#include "KontorStyle.h"
#include "dialogs/Ask.h"
#include "domain/DateText.h"
#include "reports/ReportView.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace kontor::ui {

namespace {

// The chart's size on paper in the document's units (1/96 inch): the width a page leaves inside 2 cm margins on
// A4 and on Letter, at a height that keeps the table's first rows on the same page.
constexpr QSize chartOnPaper(620, 330);
// Drawn larger and shrunk onto the page, so that names under the bars are not cut short; sharp at 300 dpi.
constexpr QSize chartDrawn(800, 426);
constexpr qreal chartResolution = 2.4;

void insertTable(QTextCursor& cursor, const ReportTableModel* source, Qt::LayoutDirection direction)
{
    const int columns = source->columnCount();
    if (columns == 0)
        return;
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0x9e, 0x9e, 0x9e));
    format.setBorderCollapse(true);
    // Right to left the names column stands on the right, as on screen; Qt lays a document's table out from the
    // left whatever its direction, so the columns go in the other way round.
    const auto place = [columns, direction](int column) {
        return direction == Qt::RightToLeft ? columns - 1 - column : column;
    };
    // The names get a width of their own, or the figures beside them squeeze them to a few letters a line.
    if (columns > 4) {
        QList<QTextLength> widths(columns, QTextLength(QTextLength::VariableLength, 0));
        widths[place(0)] = QTextLength(QTextLength::FixedLength, 100);
        format.setColumnWidthConstraints(widths);
    }
    QTextTable* table = cursor.insertTable(source->rowCount() + 1, columns, format);

    // Wide tables (the lead sources' ten columns) get a smaller type so that their money fits on one line.
    QTextCharFormat cellFormat;
    cellFormat.setFontPointSize(columns > 7 ? 7 : 8);
    QTextCharFormat headerFormat = cellFormat;
    headerFormat.setFontWeight(QFont::Bold);
    for (int column = 0; column < columns; ++column) {
        QTextTableCell cell = table->cellAt(0, place(column));
        QTextCharFormat background = cell.format();
        background.setBackground(QColor(0xee, 0xee, 0xee));
        cell.setFormat(background);
        QTextCursor cellCursor = cell.firstCursorPosition();
        // Over a column of figures the title stands at their edge (right, or left when mirrored), as they do.
        QTextBlockFormat block = cellCursor.blockFormat();
        block.setAlignment(source->isFigure(column) ? Qt::AlignRight : Qt::AlignLeft);
        cellCursor.setBlockFormat(block);
        cellCursor.insertText(KontorStyle::cellText(source->title(column), direction), headerFormat);
    }
    for (int row = 0; row < source->rowCount(); ++row) {
        for (int column = 0; column < columns; ++column) {
            QTextCursor cellCursor = table->cellAt(row + 1, place(column)).firstCursorPosition();
            QTextBlockFormat block = cellCursor.blockFormat();
            block.setAlignment(source->isFigure(column) ? Qt::AlignRight : Qt::AlignLeft);
            // Names may wrap; a figure broken over two lines ("79,550.0" / "0 EUR") is misread.
            block.setNonBreakableLines(column > 0);
            cellCursor.setBlockFormat(block);
            QTextCharFormat text = cellFormat;
            // Red rows (overdue forecasts) stay red; the rest is black on white whatever the screen's theme.
            if (source->isAlert(row))
                text.setForeground(QColor(0xc6, 0x28, 0x28));
            // A Latin name keeps its final full stop at its end, as in the window's lists.
            cellCursor.insertText(KontorStyle::cellText(source->text(row, column), direction), text);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

QPageSize::PageSizeId ReportsPage::paperFor(const QLocale& locale)
{
    // The countries that print on Letter rather than on A4.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

std::unique_ptr<QTextDocument> ReportsPage::document()
{
    computeAll();
    auto document = std::make_unique<QTextDocument>();
    QFont font = QApplication::font();
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    // Words stay whole: a column too narrow for "Customers" is widened rather than showing "Custome / rs".
    QTextOption wrapping = document->defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap);
    // Laid out as the window is: a Persian document reads from the right, headings, tables and alignments mirrored,
    // also in blocks whose first letters are Latin (a lead source named "Google Ads").
    const Qt::LayoutDirection direction = QGuiApplication::layoutDirection();
    wrapping.setTextDirection(direction);
    document->setDefaultTextOption(wrapping);
    QTextCursor cursor(document.get());

    const ReportPeriod chosen = period();
    // A paper narrowed to a territory or an answer says so: otherwise it reads as the whole business's figures.
    const QString who = m_choice->currentIndex() > 0
                            ? tr("%1 · %2", "salesperson · the records chosen, as in Territory: DACH")
                                  .arg(m_owner->currentText(), m_choice->currentText())
                            : m_owner->currentText();
    const QString subtitle =
        tr("%1 to %2 · %3 · printed %4")
            .arg(DateText::longDate(chosen.first), DateText::longDate(chosen.last), who, DateText::date(m_today));
    for (int report = 0; report < ReportCount; ++report) {
        QTextBlockFormat heading;
        heading.setPageBreakPolicy(report > 0 ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
        heading.setHeadingLevel(1);
        heading.setBottomMargin(2);
        QTextCharFormat headingText;
        headingText.setFontPointSize(15);
        headingText.setFontWeight(QFont::Bold);
        if (report > 0) {
            cursor.insertBlock(heading, headingText);
        } else {
            cursor.setBlockFormat(heading);
            cursor.setCharFormat(headingText);
        }
        cursor.insertText(reportName(static_cast<Report>(report)));

        QTextBlockFormat line;
        line.setBottomMargin(6);
        QTextCharFormat grey;
        grey.setForeground(QColor(0x61, 0x61, 0x61));
        cursor.insertBlock(line, grey);
        cursor.insertText(subtitle);
        cursor.insertBlock(line, QTextCharFormat());
        cursor.insertHtml(summary(static_cast<Report>(report))->text());

        const QUrl chartName(QStringLiteral("kontor-chart://%1").arg(report));
        document->addResource(QTextDocument::ImageResource, chartName,
                              m_views[report]->chartImage(chartDrawn, chartResolution, true));
        QTextImageFormat image;
        image.setName(chartName.toString());
        image.setWidth(chartOnPaper.width());
        image.setHeight(chartOnPaper.height());
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignHCenter);
        centred.setBottomMargin(6);
        cursor.insertBlock(centred, QTextCharFormat());
        cursor.insertImage(image);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        insertTable(cursor, m_views[report]->model(), direction);
    }
    return document;
}

bool ReportsPage::exportPdf(const QString& path, QPageSize::PageSizeId paper, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = cannotWrite(path, file);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    {
        const std::unique_ptr<QTextDocument> report = document();
        QPdfWriter writer(&file);
        writer.setTitle(tr("Kontor reports"));
        writer.setCreator(QStringLiteral("Kontor"));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(paper));
        report->print(&writer);
    }
    QApplication::restoreOverrideCursor();
    if (!file.commit()) {
        if (error)
            *error = cannotWrite(path, file);
        return false;
    }
    return true;
}

void ReportsPage::print(QPrinter* printer)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    document()->print(printer);
    QApplication::restoreOverrideCursor();
}

void ReportsPage::exportPdfChosen()
{
    const ReportPeriod chosen = period();
    const QString name = QStringLiteral("kontor-reports-%1-%2.pdf")
                             .arg(chosen.first.toString(Qt::ISODate), chosen.last.toString(Qt::ISODate));
    const QString path = Ask::saveFileName(this, tr("Save All Reports as PDF"), QDir::home().filePath(name),
                                           tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, paperFor(QLocale()), &error)) {
        Ask::warning(this, tr("Export"), error);
        return;
    }
    emit statusMessage(tr("Saved %1.").arg(shownPath(path)));
}

void ReportsPage::printChosen()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(paperFor(QLocale())));
    printer.setDocName(tr("Kontor reports"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Reports"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    print(&printer);
    emit statusMessage(tr("The reports were sent to the printer."));
}

} // namespace kontor::ui
