// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DateText.h"

#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace kontor::ui {

/// A date format with its sections in the reverse order ("yyyy/M/d H:mm" -> "mm:H d/M/yyyy"): Qt's date fields
/// reverse the sections of their format in a right-to-left language, and show a Persian date as ۱۴/۶/۱۳۸۰ for
/// ۱۳۸۰/۶/۱۴ unless given them reversed.
inline QString withSectionsReversed(const QString& format)
{
    static const QRegularExpression token(QStringLiteral("('[^']*'|([a-zA-Z])\\2*|[^a-zA-Z'])"));
    QStringList tokens;
    for (auto it = token.globalMatch(format); it.hasNext();)
        tokens.prepend(it.next().captured(0));
    return tokens.join(QString());
}

/// A date (or date and time) field that reads and types dates as every list shows them: in the user's calendar
/// (Solar Hijri for Persian) with a four-digit year, times without seconds, and a calendar to pick from.
inline void showUserDates(QDateTimeEdit* edit, bool withTime)
{
    edit->setCalendar(DateText::calendar());
    const QString format = withTime ? DateText::dateTimeFormat() : DateText::dateFormat();
    edit->setDisplayFormat(edit->locale().textDirection() == Qt::RightToLeft ? withSectionsReversed(format) : format);
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
