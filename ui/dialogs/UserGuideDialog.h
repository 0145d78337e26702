// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace kontor::ui {

/// Help → User Guide: the users' part of the README (from "A working day" to the command line), shipped inside the
/// program, so it is there offline and matches the version in use.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }
    /// The guide's Markdown, cut from the README compiled into the program.
    static QString guideMarkdown();

private:
    QTextBrowser* m_browser;
};

} // namespace kontor::ui
