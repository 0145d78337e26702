// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DarkPalette.h"
#include "dialogs/Ask.h"
#include "views/KontorStyle.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextLayout>
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

/// Runs `action` on the next modal dialog once it is shown (for Kontor's own dialogs opened with exec(); the small
/// questions of ui::Ask are answered with Answers instead). A check that fails inside `action`, or a dialog that
/// never comes, closes what is open and fails the test instead of waiting for the test run's timeout.
inline void whenModalShown(std::function<void(QWidget*)> action, int timeoutMs = 10000)
{
    auto* timer = new QTimer;
    QElapsedTimer waited;
    waited.start();
    // A test that ended before its dialog came must not have its check run, or fail, in the next test.
    const QByteArray test = QTest::currentTestFunction();
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, action, timeoutMs, test] {
        QWidget* modal = QApplication::activeModalWidget();
        const bool sameTest = test == QTest::currentTestFunction();
        if (sameTest && !modal && waited.elapsed() < timeoutMs)
            return;
        timer->stop();
        timer->deleteLater();
        if (!sameTest)
            return;
        if (!modal) {
            QTest::qFail("No modal dialog was shown", __FILE__, __LINE__);
            return;
        }
        action(modal);
        if (QTest::currentTestFailed()) {
            while (QWidget* open = QApplication::activeModalWidget())
                open->close();
        }
    });
    timer->start();
}

/// Checks that an edit dialog's "Changes…" button (named "changes") starts its row of buttons: before Save and
/// Cancel, outside the button box that orders those as the platform does, and never the button Enter presses.
inline void verifyChangesButtonFirst(QWidget* dialog)
{
    auto* changes = dialog->findChild<QPushButton*>(QStringLiteral("changes"));
    QVERIFY2(changes, "no Changes button");
    QVERIFY(changes->isVisible());
    QVERIFY(!changes->autoDefault());
    auto* box = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QVERIFY(!box->isAncestorOf(changes));
    const QRect changesRect(changes->mapTo(dialog, QPoint(0, 0)), changes->size());
    QVERIFY(!box->buttons().isEmpty());
    for (QAbstractButton* each : box->buttons()) {
        const QRect eachRect(each->mapTo(dialog, QPoint(0, 0)), each->size());
        const bool first =
            dialog->isRightToLeft() ? changesRect.left() > eachRect.right() : changesRect.right() < eachRect.left();
        QVERIFY2(first, qPrintable(each->text()));
        QCOMPARE(changesRect.center().y(), eachRect.center().y());
    }
}

/// Answers ui::Ask's questions in order with the answers given (a QMessageBox::StandardButton, a path, a text or
/// a list item; QVariant() cancels), and keeps what was asked. A question beyond the answers fails the test and
/// is cancelled. Without an Answers, any question fails the test: nothing waits for a click. Use it as a local,
/// one at a time or nested: each restores the answerer it found.
class Answers
{
public:
    explicit Answers(QList<QVariant> answers = {}) : m_answers(std::move(answers))
    {
        m_previous = ui::Ask::setAnswerer([this](const ui::Ask::Request& request) -> QVariant {
            asked.append(request);
            if (m_answers.isEmpty()) {
                QTest::qFail(
                    qPrintable(QStringLiteral("Unexpected question: %1 — %2").arg(request.title, request.text)),
                    __FILE__, __LINE__);
                return {};
            }
            return m_answers.takeFirst();
        });
    }
    ~Answers() { ui::Ask::setAnswerer(std::move(m_previous)); }
    Answers(const Answers&) = delete;
    Answers& operator=(const Answers&) = delete;

    bool allUsed() const { return m_answers.isEmpty(); }
    QList<ui::Ask::Request> asked;

private:
    QList<QVariant> m_answers;
    ui::Ask::Answerer m_previous;
};

/// Where the cursor before `position` of `text` stands in a line laid out right to left, as in a Persian window.
inline qreal xInRightToLeft(const QString& text, qsizetype position, const QFont& font = QApplication::font())
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    layout.setTextOption(option);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return line.cursorToX(int(position));
}

/// The whole application laid out right to left, as in Persian, for as long as it lives; then as it was.
class MirroredApplication
{
public:
    explicit MirroredApplication(Qt::LayoutDirection direction = Qt::RightToLeft)
    {
        QApplication::setLayoutDirection(direction);
    }
    ~MirroredApplication() { QApplication::setLayoutDirection(m_before); }
    MirroredApplication(const MirroredApplication&) = delete;
    MirroredApplication& operator=(const MirroredApplication&) = delete;

private:
    const Qt::LayoutDirection m_before = QApplication::layoutDirection();
};

/// In every GUI test, a question that no Answers expects fails the test at once.
inline const bool unexpectedQuestionsFail = [] {
    ui::Ask::setAnswerer([](const ui::Ask::Request& request) -> QVariant {
        QTest::qFail(qPrintable(QStringLiteral("Unexpected question: %1 — %2").arg(request.title, request.text)),
                     __FILE__, __LINE__);
        return {};
    });
    return true;
}();

/// KONTOR_TEST_DARK=1 runs the GUI tests in a dark palette, KONTOR_TEST_RTL=1 mirrored (right to left), to look at
/// the screenshots that way.
inline void applyDarkPaletteWhenAsked()
{
    // Runs while the application object is still being made: the style waits for the event loop. Kontor's style
    // comes first, as in the application, since a new style brings its own palette.
    const bool dark = qEnvironmentVariableIntValue("KONTOR_TEST_DARK") == 1;
    QTimer::singleShot(0, [dark] {
        ui::installStyle();
        if (dark)
            applyDarkPalette();
    });
    if (qEnvironmentVariableIntValue("KONTOR_TEST_RTL") == 1)
        QApplication::setLayoutDirection(Qt::RightToLeft);
    // ctest runs two tests at once, and a test's mirrored and dark variants run the same program: each gets its own
    // settings file (in Qt's test folder, never the user's), or one test's saved columns hide another's.
    QStandardPaths::setTestModeEnabled(true);
    QString settingsName = QStringLiteral("kontor-tests-") + QCoreApplication::applicationName();
    if (dark)
        settingsName += QStringLiteral("-dark");
    if (qEnvironmentVariableIntValue("KONTOR_TEST_RTL") == 1)
        settingsName += QStringLiteral("-rtl");
    QCoreApplication::setApplicationName(settingsName);
}
Q_COREAPP_STARTUP_FUNCTION(applyDarkPaletteWhenAsked)

} // namespace kontor::test
