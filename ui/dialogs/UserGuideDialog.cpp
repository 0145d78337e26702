// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kontor::ui {

QString UserGuideDialog::guideMarkdown()
{
    QFile readme(QStringLiteral(":/guide/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build.");
    const QString text = QString::fromUtf8(readme.readAll());
    // The users' part: from the working day to the command line, without building and developers' notes.
    const qsizetype start = text.indexOf(QStringLiteral("\n## A working day"));
    const qsizetype end = text.indexOf(QStringLiteral("\n## Building elsewhere"));
    if (start < 0 || end < start)
        return text;
    return QStringLiteral("# ") + tr("Kontor User Guide") + QStringLiteral("\n") + text.mid(start, end - start);
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("UserGuideDialog"));
    setWindowTitle(tr("Kontor User Guide"));
    resize(860, 720);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(guideMarkdown());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    m_browser->setFocus();
}

} // namespace kontor::ui
