// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace kontor::ui {

/// Help → User Guide: the README's "User guide" (between the comments <!-- user-guide: … --> and
/// <!-- /user-guide -->), shipped inside the program, so it is there offline and matches the version in use.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }
    /// The guide's Markdown in the interface language, cut from the README compiled into the program, its headings
    /// one level up under the dialog's title.
    static QString guideMarkdown();
    /// The users' part of the README, as it stands there.
    static QString guideFromReadme(const QString& readme);

private:
    QTextBrowser* m_browser;
};

} // namespace kontor::ui
