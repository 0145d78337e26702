// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QMessageBox>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace kontor::ui {

/// The small questions the window asks (a message box, a file to open or save, a name, a choice from a list), with
/// the signatures of Qt's own static functions. Tests install an answerer instead of clicking a modal box: the
/// question is answered at once, in order, and one that no test expected fails the test instead of waiting for a
/// click that never comes.
namespace Ask {

enum class Kind { Question, Information, Warning, Critical, OpenFile, SaveFile, Text, Item };

/// What was asked: for a message box its text, for a file its caption and suggested path, for a choice its items.
struct Request
{
    Kind kind = Kind::Question;
    QString title;
    QString text;
    QStringList items;
};

/// Returns the answer: a QMessageBox::StandardButton (as int) for a box, the path or the text or the item chosen
/// (an invalid QVariant cancels, as Escape does).
using Answerer = std::function<QVariant(const Request&)>;

/// Installs `answerer` (nullptr: show the real dialogs again) and returns the one it replaces.
Answerer setAnswerer(Answerer answerer);

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
void information(QWidget* parent, const QString& title, const QString& text);
void warning(QWidget* parent, const QString& title, const QString& text);
void critical(QWidget* parent, const QString& title, const QString& text);

QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);

QString text(QWidget* parent, const QString& title, const QString& label, QLineEdit::EchoMode mode = QLineEdit::Normal,
             const QString& text = {}, bool* ok = nullptr);
QString item(QWidget* parent, const QString& title, const QString& label, const QStringList& items, int current = 0,
             bool editable = true, bool* ok = nullptr);

} // namespace Ask

} // namespace kontor::ui
