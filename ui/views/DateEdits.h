// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DateText.h"

#include <QApplication>
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
    // A date reads from left to right in every language (۱۴۰۵/۹/۱۱); a right-to-left field would show its parts
    // the other way round (۱۱/۹/۱۴۰۵). Right-aligned there, as the form's other fields are; its calendar mirrors.
    if (QApplication::isRightToLeft()) {
        edit->setLayoutDirection(Qt::LeftToRight);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (QCalendarWidget* popup = edit->calendarWidget()) {
        popup->setLayoutDirection(QApplication::layoutDirection());
        popup->setCalendar(DateText::calendar());
        popup->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    }
}

} // namespace kontor::ui
