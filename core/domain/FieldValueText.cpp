// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldValueText.h"

#include "DateText.h"
#include "search/TextFolding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace kontor {

namespace {

std::optional<double> readNumber(const QString& typed, const QLocale& locale)
{
    QString text = latinDigits(typed).trimmed();
    text.remove(u'\u00A0');
    // The caller's conventions first: "1.234" is a thousand and more in German, where "1,5" is one and a half.
    text.replace(QChar(0x066B), locale.decimalPoint());
    text.remove(QChar(0x066C));
    bool ok = false;
    double number = locale.toDouble(text, &ok);
    if (!ok && locale != QLocale::c())
        number = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

QDate readDate(const QString& typed)
{
    const QString text = latinDigits(typed).trimmed();
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    const QRegularExpressionMatch parts = yearFirst.match(text);
    if (!parts.hasMatch())
        return {};
    // As the import reads birthdays: a year of the 1300s or 1400s is a Solar Hijri one.
    const int year = parts.captured(1).toInt();
    const QCalendar calendar(year >= 1200 && year < 1600 ? QCalendar::System::Jalali : QCalendar::System::Gregorian);
    return QDate(year, parts.captured(2).toInt(), parts.captured(3).toInt(), calendar);
}

QString numberText(double number)
{
    // The shortest text that reads back to the same double, without exponents for everyday sizes.
    QString text = QString::number(number, 'g', 17);
    for (int precision = 1; precision <= 17; ++precision) {
        const QString shorter = QString::number(number, 'g', precision);
        if (shorter.toDouble() == number) {
            text = shorter;
            break;
        }
    }
    if (text.contains(u'e') && std::fabs(number) < 1e15)
        text = QString::number(number, 'f', 6).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    return text;
}

QString linkName(const LinkText& links, FieldType type, qint64 id)
{
    if (links.name)
        return links.name(type, id);
    return QStringLiteral("#%1").arg(id);
}

} // namespace

std::optional<bool> FieldValueText::readYesNo(const QString& typed)
{
    const QString text = typed.trimmed().toCaseFolded();
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("1"),
                                    QStringLiteral("x"), QStringLiteral("y")};
    static const QStringList no = {QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("0"),
                                   QStringLiteral("n")};
    if (yes.contains(text) || text == tr("Yes").toCaseFolded())
        return true;
    if (no.contains(text) || text == tr("No").toCaseFolded())
        return false;
    return std::nullopt;
}

Result<FieldValue> FieldValueText::parse(const CustomField& field, const QString& typed, const LinkText& links,
                                         const QLocale& locale)
{
    using R = Result<FieldValue>;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return FieldValue{};
    switch (field.type) {
    case FieldType::Text:
        return FieldValue{text.simplified()};
    case FieldType::LongText:
        return FieldValue{text};
    case FieldType::Number:
        if (const auto number = readNumber(text, locale))
            return FieldValue{*number};
        return R::failure(tr("%1: “%2” is not a number.").arg(field.label, text));
    case FieldType::Money: {
        // "1200", "1200 USD" or "USD 1200".
        static const QRegularExpression withCode(QStringLiteral("^(?:([A-Za-z]{3})\\s*)?(.*?)(?:\\s*([A-Za-z]{3}))?$"));
        const QRegularExpressionMatch parts = withCode.match(text);
        QString currency = parts.captured(1).isEmpty() ? parts.captured(3) : parts.captured(1);
        currency = currency.isEmpty() ? field.currency : currency.toUpper();
        if (currency.isEmpty())
            currency = QStringLiteral("EUR");
        Money money{0, currency};
        if (!Money::parse(parts.captured(2), currency, &money.minor, locale) &&
            !Money::parse(parts.captured(2), currency, &money.minor, QLocale::c()))
            return R::failure(tr("%1: “%2” is not an amount.").arg(field.label, text));
        return FieldValue{money};
    }
    case FieldType::Date:
        if (const QDate date = readDate(text); date.isValid())
            return FieldValue{date};
        return R::failure(tr("%1: “%2” is not a date in the form 2026-12-31.").arg(field.label, text));
    case FieldType::Checkbox:
        if (const auto checked = readYesNo(text))
            return FieldValue{*checked};
        return R::failure(tr("%1: “%2” is neither yes nor no.").arg(field.label, text));
    case FieldType::Choice:
        if (const FieldOption* option = field.optionByLabel(text))
            return FieldValue{option->id};
        return R::failure(tr("%1: “%2” is not one of its choices.").arg(field.label, text));
    case FieldType::Choices: {
        QList<qint64> chosen;
        for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
            if (part.trimmed().isEmpty())
                continue;
            const FieldOption* option = field.optionByLabel(part);
            if (!option)
                return R::failure(tr("%1: “%2” is not one of its choices.").arg(field.label, part.trimmed()));
            if (!chosen.contains(option->id))
                chosen << option->id;
        }
        // A set, kept in the field's order of options: "b;a" and "a;b" are the same value.
        QList<qint64> ordered;
        for (const FieldOption& option : field.options) {
            if (chosen.contains(option.id))
                ordered << option.id;
        }
        return FieldValue{ordered};
    }
    case FieldType::ContactLink:
    case FieldType::CompanyLink: {
        if (links.find) {
            auto found = links.find(field.type, text);
            if (!found)
                return R::failure(QStringLiteral("%1: %2").arg(field.label, found.error()));
            return FieldValue{found.value()};
        }
        bool ok = false;
        const qint64 id = QString(text).remove(u'#').toLongLong(&ok);
        if (ok && id > 0)
            return FieldValue{id};
        return R::failure(tr("%1: “%2” is not a record's number.").arg(field.label, text));
    }
    }
    return FieldValue{};
}

QString FieldValueText::exportText(const CustomField& field, const FieldValue& value, const LinkText& links)
{
    if (isEmptyValue(value))
        return {};
    if (const auto* text = std::get_if<QString>(&value))
        return *text;
    if (const auto* number = std::get_if<double>(&value))
        return numberText(*number);
    if (const auto* money = std::get_if<Money>(&value)) {
        const int decimals = Money::minorDigits(money->currency);
        qint64 scale = 1;
        for (int digit = 0; digit < decimals; ++digit)
            scale *= 10;
        const qint64 whole = money->minor / scale;
        const qint64 part = std::abs(money->minor % scale);
        QString amount = QString::number(whole);
        if (money->minor < 0 && whole == 0)
            amount.prepend(u'-');
        if (decimals > 0)
            amount += u'.' + QStringLiteral("%1").arg(part, decimals, 10, QLatin1Char('0'));
        return amount + u' ' + money->currency;
    }
    if (const auto* date = std::get_if<QDate>(&value))
        return date->toString(Qt::ISODate);
    if (const auto* checked = std::get_if<bool>(&value))
        return *checked ? QStringLiteral("yes") : QStringLiteral("no");
    if (const auto* id = std::get_if<qint64>(&value)) {
        if (field.type == FieldType::Choice) {
            const FieldOption* option = field.optionById(*id);
            return option ? option->label : QString();
        }
        return linkName(links, field.type, *id);
    }
    if (const auto* ids = std::get_if<QList<qint64>>(&value)) {
        QStringList labels;
        for (const FieldOption& option : field.options) {
            if (ids->contains(option.id))
                labels << option.label;
        }
        return labels.join(QStringLiteral("; "));
    }
    return {};
}

QString FieldValueText::display(const CustomField& field, const FieldValue& value, const LinkText& links,
                                const QLocale& locale)
{
    if (isEmptyValue(value))
        return {};
    if (const auto* number = std::get_if<double>(&value)) {
        // Without group separators: "1.234" would read back as 1.234 where a point groups thousands.
        QLocale plain = locale;
        plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
        return plain.toString(*number, 'g', 15);
    }
    if (const auto* money = std::get_if<Money>(&value))
        return money->format(locale);
    if (const auto* date = std::get_if<QDate>(&value))
        return DateText::date(*date, locale);
    if (const auto* checked = std::get_if<bool>(&value))
        return *checked ? tr("Yes") : tr("No");
    if (const auto* id = std::get_if<qint64>(&value); id && field.type != FieldType::Choice && links.name)
        return links.name(field.type, *id);
    return exportText(field, value, links);
}

QJsonValue FieldValueText::json(const CustomField& field, const FieldValue& value, const LinkText& links)
{
    if (isEmptyValue(value))
        return QJsonValue::Null;
    if (const auto* number = std::get_if<double>(&value))
        return *number;
    if (const auto* money = std::get_if<Money>(&value))
        return QJsonObject{{QStringLiteral("minor"), money->minor}, {QStringLiteral("currency"), money->currency}};
    if (const auto* checked = std::get_if<bool>(&value))
        return *checked;
    if (const auto* id = std::get_if<qint64>(&value); id && field.type != FieldType::Choice)
        return QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("name"), linkName(links, field.type, *id)}};
    if (const auto* ids = std::get_if<QList<qint64>>(&value)) {
        QJsonArray labels;
        for (const FieldOption& option : field.options) {
            if (ids->contains(option.id))
                labels.append(option.label);
        }
        return labels;
    }
    return exportText(field, value, links);
}

} // namespace kontor
