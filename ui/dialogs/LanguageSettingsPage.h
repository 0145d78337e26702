// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/InterfaceLanguage.h"

#include <QWidget>

class QComboBox;

namespace kontor::ui {

/// Settings' Language tab: the language of the window and the calendar of its dates. A choice is saved at once;
/// the window opens again in it when Settings closes.
class LanguageSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageSettingsPage(QWidget* parent = nullptr);

    LanguageChoice choice() const;
    QComboBox* languageBox() const { return m_language; }
    QComboBox* calendarBox() const { return m_calendar; }

signals:
    /// The user chose another language or calendar (already saved).
    void changed();

private:
    void save();

    QComboBox* m_language = nullptr;
    QComboBox* m_calendar = nullptr;
};

} // namespace kontor::ui
