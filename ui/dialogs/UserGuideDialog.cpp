// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuideDialog.h"

#include "UserGuideText.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextList>
#include <QTextOption>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

// Qt numbers a list in Latin digits whatever the language ("1." in a Persian guide): where the interface writes
// its own digits, each item carries its number as text in them, and the list draws none.
void numberListsInTheLocalesDigits(QTextDocument* document)
{
    const QLocale locale;
    if (locale.zeroDigit() == QStringLiteral("0"))
        return;
    QList<QTextList*> numbered;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextList* list = block.textList();
        if (!list || list->format().style() != QTextListFormat::ListDecimal)
            continue;
        QTextCursor cursor(block);
        cursor.insertText(locale.toString(list->itemNumber(block) + 1) + QStringLiteral(". "));
        if (!numbered.contains(list))
            numbered.append(list);
    }
    for (QTextList* list : numbered) {
        QTextListFormat format = list->format();
        format.setStyle(QTextListFormat::ListStyleUndefined);
        list->setFormat(format);
    }
}

} // namespace

QString UserGuideDialog::guideFromReadme(const QString& readme)
{
    // The users' part stands between two comments, which GitHub does not show; the rest is for developers.
    const QString begin = QStringLiteral("<!-- user-guide:");
    const QString end = QStringLiteral("<!-- /user-guide -->");
    qsizetype start = readme.indexOf(begin);
    const qsizetype stop = start < 0 ? -1 : readme.indexOf(end, start);
    if (start < 0 || stop < start)
        return readme;
    start = readme.indexOf(QLatin1Char('\n'), start);
    return readme.mid(start, stop - start);
}

QString UserGuideDialog::guideMarkdown()
{
    QFile readme(QStringLiteral(":/guide/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build.");
    QList<GuidePiece> pieces = splitGuide(guideFromReadme(QString::fromUtf8(readme.readAll())));
    // In the README the guide's sections sit under "## User guide"; here under the dialog's title they come up a
    // level ("### Today" becomes "## Today").
    for (GuidePiece& piece : pieces) {
        if (piece.translatable && piece.lead.startsWith(QLatin1String("###")))
            piece.lead.remove(0, 1);
    }
    // Each heading, paragraph, list item and table row is translated on its own, from the .ts files like every
    // other text; one not yet translated reads in English.
    const QString guide = joinGuide(pieces, [](const QString& text) {
        return QCoreApplication::translate(userGuideContext, text.toUtf8().constData());
    });
    return QStringLiteral("# ") + tr("Kontor User Guide") + QStringLiteral("\n\n") + guide;
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("UserGuideDialog"));
    setWindowTitle(tr("Kontor User Guide"));
    resize(860, 720);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setOpenExternalLinks(true);
    // Text wraps at the window's width, a long file name or key list anywhere rather than widening the page; only
    // a code block keeps its lines and may scroll.
    m_browser->setLineWrapMode(QTextEdit::WidgetWidth);
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_browser->setMarkdown(guideMarkdown());
    numberListsInTheLocalesDigits(m_browser->document());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    m_browser->setFocus();
}

} // namespace kontor::ui
