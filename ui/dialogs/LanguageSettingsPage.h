// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/InterfaceLanguage.h"

#include <QWidget>

class QComboBox;

namespace kontor::ui {

/// Settings' Language tab: the language of the window, the calendar of its dates and the digits of its numbers. A
/// choice is saved at once; the window opens again in it when Settings closes.
class LanguageSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageSettingsPage(QWidget* parent = nullptr);

    LanguageChoice choice() const;
    QComboBox* languageBox() const { return m_language; }
    QComboBox* calendarBox() const { return m_calendar; }
    QComboBox* digitsBox() const { return m_digits; }

signals:
    /// The user chose another language, calendar or digits (already saved).
    void changed();

private:
    void save();

    QComboBox* m_language = nullptr;
    QComboBox* m_calendar = nullptr;
    QComboBox* m_digits = nullptr;
};

} // namespace kontor::ui
