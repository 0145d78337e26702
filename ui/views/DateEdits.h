// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DateText.h"

#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QStyledItemDelegate>

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

/// Dates in a table's cells as every list shows them (the user's calendar, a four-digit year), edited in a date
/// field of that calendar.
class UserDateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        if (value.userType() == QMetaType::QDate)
            return DateText::date(value.toDate(), locale);
        return QStyledItemDelegate::displayText(value, locale);
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* dates = qobject_cast<QDateTimeEdit*>(editor))
            showUserDates(dates, false);
        return editor;
    }
};

} // namespace kontor::ui
