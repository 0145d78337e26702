// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>

namespace kontor::ui {

/// A form row whose fields are a layout: QFormLayout only gives a widget field a buddy, so the label's
/// mnemonic (&Name) is wired to `buddy` here.
/// A button found by its object name (the tests and the shortcuts' help find it so).
inline QPushButton* namedButton(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* created = new QPushButton(text, parent);
    created->setObjectName(objectName);
    return created;
}

inline void addRowWithBuddy(QFormLayout* form, const QString& text, QWidget* buddy, QLayout* fields)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    form->addRow(label, fields);
}

/// A line edit for a form: named for screen readers, with a hint and a clear button.
inline QLineEdit* createLineEdit(QWidget* parent, const QString& accessibleName, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

/// The line under a dialog's form that says what is wrong with the input; hidden while there is nothing to say.
class ErrorLabel : public QLabel
{
public:
    explicit ErrorLabel(QWidget* parent) : QLabel(parent)
    {
        setObjectName(QStringLiteral("error"));
        setWordWrap(true);
        // A red that reads on the window's background, light or dark.
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        setStyleSheet(dark ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #b00020;"));
        hide();
    }
    void setMessage(const QString& message)
    {
        setText(message);
        setVisible(!message.isEmpty());
    }
    /// What it says now; empty while hidden.
    QString message() const { return isHidden() ? QString() : text(); }
};

} // namespace kontor::ui
