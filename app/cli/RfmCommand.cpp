// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "domain/DateText.h"
#include "reports/RfmReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kontor::cli {

namespace {

struct RfmText
{
    Q_DECLARE_TR_FUNCTIONS(RfmText)
};

QJsonObject moneyJson(const Money& money)
{
    return {{QStringLiteral("minor"), money.minor}, {QStringLiteral("currency"), money.currency}};
}

void row(QTextStream& out, const QStringList& cells)
{
    out << cells.join(u'\t') << Qt::endl;
}

} // namespace

int printRfmReport(const QSqlDatabase& db, const ReportRequest& request, QTextStream& out, QTextStream& err)
{
    auto report =
        RfmAnalysis(db).compute(request.last, request.zone, request.ownerId, request.choice,
                                request.json ? RfmAnalysis::Details::Contacts : RfmAnalysis::Details::Figures);
    if (!report) {
        err << "kontor-cli: " << report.error() << Qt::endl;
        return 1;
    }
    if (request.json) {
        QJsonArray customers;
        for (const RfmCustomer& customer : report->customers) {
            customers.append(
                QJsonObject{{QStringLiteral("contact_id"), customer.contactId},
                            {QStringLiteral("name"), customer.name},
                            {QStringLiteral("email"),
                             customer.email.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customer.email)},
                            {QStringLiteral("last_won"), customer.lastWon.toString(Qt::ISODate)},
                            {QStringLiteral("recency_days"), customer.recencyDays},
                            {QStringLiteral("frequency"), customer.frequency},
                            {QStringLiteral("monetary"), moneyJson(report->money(customer.monetaryMinor))},
                            {QStringLiteral("r"), customer.r},
                            {QStringLiteral("f"), customer.f},
                            {QStringLiteral("m"), customer.m},
                            {QStringLiteral("segment"), rfmSegmentKey(customer.segment)}});
        }
        QJsonArray segments;
        for (const auto& [segment, tally] : report->segments) {
            segments.append(QJsonObject{{QStringLiteral("segment"), rfmSegmentKey(segment)},
                                        {QStringLiteral("name"), rfmSegmentName(segment)},
                                        {QStringLiteral("customers"), tally.customers},
                                        {QStringLiteral("revenue"), moneyJson(report->money(tally.revenueMinor))}});
        }
        const QJsonObject object{{QStringLiteral("report"), request.kind},
                                 {QStringLiteral("window_first"), report->windowFirst.toString(Qt::ISODate)},
                                 {QStringLiteral("end"), report->end.toString(Qt::ISODate)},
                                 {QStringLiteral("currency"), report->currency},
                                 {QStringLiteral("owner_id"), request.ownerId},
                                 {QStringLiteral("customers"), customers},
                                 {QStringLiteral("segments"), segments},
                                 {QStringLiteral("other_currency_deals"), report->otherCurrencyDeals}};
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return 0;
    }
    const QLocale locale;
    out << RfmText::tr("Customers from %1 to %2, in %3")
               .arg(DateText::longDate(report->windowFirst, locale), DateText::longDate(report->end, locale),
                    report->currency)
        << Qt::endl;
    row(out, {RfmText::tr("Segment"), RfmText::tr("Customers"), RfmText::tr("Revenue")});
    for (const auto& [segment, tally] : report->segments)
        row(out, {rfmSegmentName(segment), locale.toString(tally.customers),
                  report->money(tally.revenueMinor).format(locale)});
    out << Qt::endl << RfmText::tr("Customers by recency (R, rows) and frequency (F, columns)") << Qt::endl;
    QStringList header{QString()};
    for (int f = 1; f <= 5; ++f)
        header << RfmText::tr("F %1").arg(locale.toString(f));
    row(out, header);
    for (int r = 5; r >= 1; --r) {
        QStringList cells{RfmText::tr("R %1").arg(locale.toString(r))};
        for (int f = 1; f <= 5; ++f)
            cells << locale.toString(report->cell(r, f).customers);
        row(out, cells);
    }
    if (report->otherCurrencyDeals > 0)
        out << RfmText::tr("%Ln won deal(s) in other currencies left out.", nullptr,
                           int(std::min<qint64>(report->otherCurrencyDeals, 1000000000)))
            << Qt::endl;
    return 0;
}

} // namespace kontor::cli
