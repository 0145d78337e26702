// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QLayout>

namespace kontor::ui {

/// A form row whose fields are a layout: QFormLayout only gives a widget field a buddy, so the label's
/// mnemonic (&Name) is wired to `buddy` here.
inline void addRowWithBuddy(QFormLayout* form, const QString& text, QWidget* buddy, QLayout* fields)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    form->addRow(label, fields);
}

} // namespace kontor::ui
