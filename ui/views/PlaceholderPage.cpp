// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kontor::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent) : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("explanation"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A wrapped label inside a stacked page gets no height of its own; give it the height its text needs.
    text->setFixedWidth(520);
    text->setMinimumHeight(text->heightForWidth(520));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace kontor::ui
