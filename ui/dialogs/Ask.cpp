// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ask.h"

#include <QFileDialog>
#include <QInputDialog>

#include <optional>
#include <utility>

namespace kontor::ui::Ask {

namespace {

Answerer& installed()
{
    static Answerer answerer;
    return answerer;
}

/// The test's answer, or nothing when the real dialog is to be shown.
std::optional<QVariant> answered(Kind kind, const QString& title, const QString& text, const QStringList& items = {})
{
    if (!installed())
        return std::nullopt;
    return installed()(Request{kind, title, text, items});
}

void tell(Kind kind, QWidget* parent, const QString& title, const QString& text)
{
    if (answered(kind, title, text))
        return;
    switch (kind) {
    case Kind::Information:
        QMessageBox::information(parent, title, text);
        break;
    case Kind::Critical:
        QMessageBox::critical(parent, title, text);
        break;
    default:
        QMessageBox::warning(parent, title, text);
        break;
    }
}

QString chosenText(const std::optional<QVariant>& answer, bool* ok)
{
    const bool given = answer->isValid();
    if (ok)
        *ok = given;
    return given ? answer->toString() : QString();
}

} // namespace

Answerer setAnswerer(Answerer answerer)
{
    return std::exchange(installed(), std::move(answerer));
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (auto answer = answered(Kind::Question, title, text))
        return answer->isValid() ? QMessageBox::StandardButton(answer->toInt()) : QMessageBox::Cancel;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    tell(Kind::Information, parent, title, text);
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    tell(Kind::Warning, parent, title, text);
}

void critical(QWidget* parent, const QString& title, const QString& text)
{
    tell(Kind::Critical, parent, title, text);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (auto answer = answered(Kind::OpenFile, caption, dir))
        return answer->toString();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (auto answer = answered(Kind::SaveFile, caption, dir))
        return answer->toString();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString text(QWidget* parent, const QString& title, const QString& label, QLineEdit::EchoMode mode, const QString& text,
             bool* ok)
{
    if (auto answer = answered(Kind::Text, title, label))
        return chosenText(answer, ok);
    return QInputDialog::getText(parent, title, label, mode, text, ok);
}

QString item(QWidget* parent, const QString& title, const QString& label, const QStringList& items, int current,
             bool editable, bool* ok)
{
    if (auto answer = answered(Kind::Item, title, label, items))
        return chosenText(answer, ok);
    return QInputDialog::getItem(parent, title, label, items, current, editable, ok);
}

} // namespace kontor::ui::Ask
