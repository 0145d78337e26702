// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace kontor::test {

/// Saves a picture of `widget` when KONTOR_SCREENSHOT_DIR is set, so that a person can look at it.
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Pending layout requests are posted events: let them run so the picture shows the laid-out widget.
    QApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/// Runs `action` on the next modal dialog once it is shown (for dialogs opened with exec()).
inline void whenModalShown(std::function<void(QWidget*)> action)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, action] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            action(modal);
        }
    });
    timer->start();
}

/// KONTOR_TEST_DARK=1 runs the GUI tests in a dark palette, to look at the screenshots in dark mode.
inline void applyDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 60));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Mid, QColor(90, 90, 96));
    dark.setColor(QPalette::Link, QColor(110, 170, 255));
    dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(140, 140, 140));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(140, 140, 140));
    QApplication::setPalette(dark);
}

/// KONTOR_TEST_DARK=1 runs the GUI tests in a dark palette, KONTOR_TEST_RTL=1 mirrored (right to left), to look at
/// the screenshots that way.
inline void applyDarkPaletteWhenAsked()
{
    // Runs while the application object is still being made: the style waits for the event loop.
    if (qEnvironmentVariableIntValue("KONTOR_TEST_DARK") == 1)
        QTimer::singleShot(0, &applyDarkPalette);
    if (qEnvironmentVariableIntValue("KONTOR_TEST_RTL") == 1)
        QApplication::setLayoutDirection(Qt::RightToLeft);
}
Q_COREAPP_STARTUP_FUNCTION(applyDarkPaletteWhenAsked)

} // namespace kontor::test
