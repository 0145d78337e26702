// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QStringList>
#include <QTextBrowser>
#include <QTextOption>
#include <QVBoxLayout>

namespace kontor::ui {

QString UserGuideDialog::guideMarkdown()
{
    QFile readme(QStringLiteral(":/guide/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build.");
    const QString text = QString::fromUtf8(readme.readAll());
    // The users' part stands between two comments, which GitHub does not show; the rest is for developers.
    const QString begin = QStringLiteral("<!-- user-guide:");
    const QString end = QStringLiteral("<!-- /user-guide -->");
    qsizetype start = text.indexOf(begin);
    const qsizetype stop = start < 0 ? -1 : text.indexOf(end, start);
    if (start < 0 || stop < start)
        return text;
    start = text.indexOf(QLatin1Char('\n'), start);
    QStringList lines = text.mid(start, stop - start).split(QLatin1Char('\n'));
    // In the README the guide's sections sit under "## User guide"; here under the dialog's title they come up a
    // level ("### Today" becomes "## Today"). Lines in code blocks stay as they are.
    bool inCode = false;
    for (QString& line : lines) {
        if (line.startsWith(QLatin1String("```")))
            inCode = !inCode;
        else if (!inCode && line.startsWith(QLatin1String("###")))
            line.remove(0, 1);
    }
    return QStringLiteral("# ") + tr("Kontor User Guide") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    m_browser->setFocus();
}

} // namespace kontor::ui
