// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DateText.h"

#include <QCalendarWidget>
#include <QDateTimeEdit>

namespace kontor::ui {

/// A date (or date and time) field that reads and types dates as every list shows them: in the user's calendar
/// (Solar Hijri for Persian) with a four-digit year, times without seconds, and a calendar to pick from.
inline void showUserDates(QDateTimeEdit* edit, bool withTime)
{
    edit->setCalendar(DateText::calendar());
    edit->setDisplayFormat(withTime ? DateText::dateTimeFormat() : DateText::dateFormat());
    edit->setCalendarPopup(true);
    if (QCalendarWidget* popup = edit->calendarWidget()) {
        popup->setCalendar(DateText::calendar());
        popup->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    }
}

} // namespace kontor::ui
