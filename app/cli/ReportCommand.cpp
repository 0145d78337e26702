// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "domain/DateText.h"

#include "reports/ActivityReport.h"
#include "reports/FunnelReport.h"
#include "reports/LeadSourceReport.h"
#include "reports/WeeklyReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kontor::cli {

namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

QJsonValue json(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray json(const QList<Money>& money)
{
    QJsonArray array;
    for (const Money& amount : money)
        array.append(
            QJsonObject{{QStringLiteral("minor"), amount.minor}, {QStringLiteral("currency"), amount.currency}});
    return array;
}

QJsonValue json(const std::optional<Money>& money)
{
    return money ? QJsonValue(json(QList<Money>{*money})) : QJsonValue(QJsonValue::Null);
}

QJsonObject json(const ReportPeriod& period)
{
    return {{QStringLiteral("first"), period.first.toString(Qt::ISODate)},
            {QStringLiteral("last"), period.last.toString(Qt::ISODate)},
            {QStringLiteral("from_utc"), period.from.toString(Qt::ISODateWithMs)},
            {QStringLiteral("to_utc"), period.to.toString(Qt::ISODateWithMs)}};
}

QString text(const QList<Money>& money)
{
    if (money.isEmpty())
        return QStringLiteral("–");
    QStringList parts;
    for (const Money& amount : money)
        parts << amount.format();
    return parts.join(QStringLiteral(" + "));
}

QString text(const std::optional<double>& share)
{
    return share ? QLocale().toString(*share * 100, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

QString text(const std::optional<Money>& money)
{
    return money ? money->format() : QStringLiteral("–");
}

void row(QTextStream& out, const QStringList& cells)
{
    out << cells.join(u'\t') << Qt::endl;
}

QJsonObject sourceJson(const SourceFigures& source)
{
    return {{QStringLiteral("source_id"), source.sourceId},
            {QStringLiteral("campaign_id"), source.campaignId},
            {QStringLiteral("name"), source.name},
            {QStringLiteral("leads"), source.leads},
            {QStringLiteral("qualified"), source.qualified},
            {QStringLiteral("customers"), source.customers},
            {QStringLiteral("conversion"), json(source.conversion())},
            {QStringLiteral("revenue"), json(source.revenue)},
            {QStringLiteral("spend"), json(source.spend)},
            {QStringLiteral("cost_per_lead"), json(source.costPerLead())},
            {QStringLiteral("cost_per_customer"), json(source.costPerCustomer())},
            {QStringLiteral("roi"), json(source.roi())}};
}

void sourceRow(QTextStream& out, const SourceFigures& source, const QString& indent)
{
    const QLocale locale;
    row(out, {indent + source.name, locale.toString(source.leads), locale.toString(source.qualified),
              locale.toString(source.customers), text(source.conversion()), text(source.revenue), text(source.spend),
              text(source.costPerLead()), text(source.costPerCustomer()), text(source.roi())});
}

QJsonObject weekJson(const WeekFigures& week)
{
    return {{QStringLiteral("week"), json(week.week)},
            {QStringLiteral("calls"), week.calls},
            {QStringLiteral("successful_calls"), week.successfulCalls},
            {QStringLiteral("meetings"), week.meetings},
            {QStringLiteral("successful_meetings"), week.successfulMeetings},
            {QStringLiteral("led_to_appointment"), week.ledToAppointment},
            {QStringLiteral("appointments_ahead"), week.appointmentsAhead},
            {QStringLiteral("new_leads"), week.newLeads},
            {QStringLiteral("deals_won"), week.dealsWon},
            {QStringLiteral("deals_lost"), week.dealsLost},
            {QStringLiteral("revenue_won"), json(week.revenueWon)},
            {QStringLiteral("complaints_opened"), week.complaintsOpened},
            {QStringLiteral("complaints_resolved"), week.complaintsResolved}};
}

QJsonObject activityJson(const ActivityFigures& figures)
{
    QJsonObject object{
        {QStringLiteral("user_id"), figures.userId},    {QStringLiteral("user"), figures.user},
        {QStringLiteral("calls"), figures.calls},       {QStringLiteral("meetings"), figures.meetings},
        {QStringLiteral("emails"), figures.emails},     {QStringLiteral("deals_moved"), figures.dealsMoved},
        {QStringLiteral("deals_won"), figures.dealsWon}};
    if (figures.weekOf.isValid())
        object.insert(QStringLiteral("week_of"), figures.weekOf.toString(Qt::ISODate));
    return object;
}

} // namespace

int printReport(const QSqlDatabase& db, const ReportRequest& request, QTextStream& out, QTextStream& err)
{
    const QLocale locale;
    const ReportFilter filter{ReportPeriod::days(request.first, request.last, request.zone, DateText::calendar()),
                              request.ownerId, request.choice};
    const auto failed = [&err](const QString& message) {
        err << "kontor-cli: " << message << Qt::endl;
        return 1;
    };
    const auto print = [&out](const QJsonObject& object) {
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    };

    if (request.kind == QStringLiteral("lifecycle"))
        return printLifecycleReport(db, filter, request.json, out, err);
    if (request.kind == QStringLiteral("rfm"))
        return printRfmReport(db, request, out, err);
    if (request.kind == QStringLiteral("funnel")) {
        auto report = Funnel(db).compute(filter);
        if (!report)
            return failed(report.error());
        if (request.json) {
            QJsonArray stages;
            for (const FunnelStage& stage : report->stages) {
                stages.append(QJsonObject{{QStringLiteral("stage_id"), stage.stageId},
                                          {QStringLiteral("name"), stage.name},
                                          {QStringLiteral("kind"), stage.kind},
                                          {QStringLiteral("reached"), stage.reached},
                                          {QStringLiteral("went_on"), stage.wentOn},
                                          {QStringLiteral("conversion"), json(stage.conversion())},
                                          {QStringLiteral("value"), json(stage.value)},
                                          {QStringLiteral("average_days"), json(stage.averageDays)}});
            }
            print({{QStringLiteral("report"), request.kind},
                   {QStringLiteral("period"), json(filter.period)},
                   {QStringLiteral("owner_id"), request.ownerId},
                   {QStringLiteral("stages"), stages},
                   {QStringLiteral("entered"), report->entered},
                   {QStringLiteral("won"), report->won},
                   {QStringLiteral("lost"), report->lost},
                   {QStringLiteral("won_value"), json(report->wonValue)},
                   {QStringLiteral("win_rate"), json(report->winRate())},
                   {QStringLiteral("overall_conversion"), json(report->overallConversion())}});
            return 0;
        }
        row(out, {ReportText::tr("Stage"), ReportText::tr("Reached"), ReportText::tr("Went on"),
                  ReportText::tr("Conversion"), ReportText::tr("Value"), ReportText::tr("Average days")});
        for (const FunnelStage& stage : report->stages) {
            row(out, {stage.name, locale.toString(stage.reached), locale.toString(stage.wentOn),
                      text(stage.conversion()), text(stage.value),
                      stage.averageDays ? locale.toString(*stage.averageDays, 'f', 1) : QStringLiteral("–")});
        }
        out << ReportText::tr("Entered: %1 · won: %2 · lost: %3 · win rate: %4 · overall conversion: %5")
                   .arg(locale.toString(report->entered), locale.toString(report->won), locale.toString(report->lost),
                        text(report->winRate()), text(report->overallConversion()))
            << Qt::endl;
        return 0;
    }

    if (request.kind == QStringLiteral("sources")) {
        auto report = LeadSources(db).compute(filter);
        if (!report)
            return failed(report.error());
        if (request.json) {
            QJsonArray sources;
            for (const SourceFigures& source : report->sources) {
                QJsonObject object = sourceJson(source);
                QJsonArray campaigns;
                for (const SourceFigures& campaign : report->campaigns.value(source.sourceId))
                    campaigns.append(sourceJson(campaign));
                object.insert(QStringLiteral("campaigns"), campaigns);
                sources.append(object);
            }
            print({{QStringLiteral("report"), request.kind},
                   {QStringLiteral("period"), json(filter.period)},
                   {QStringLiteral("owner_id"), request.ownerId},
                   {QStringLiteral("sources"), sources},
                   {QStringLiteral("unattributed"), sourceJson(report->unattributed)}});
            return 0;
        }
        row(out, {ReportText::tr("Source"), ReportText::tr("Leads"), ReportText::tr("Qualified"),
                  ReportText::tr("Customers"), ReportText::tr("Conversion"), ReportText::tr("Revenue"),
                  ReportText::tr("Spend", "money spent (noun)"), ReportText::tr("Cost per lead"),
                  ReportText::tr("Cost per customer"), ReportText::tr("ROI")});
        for (const SourceFigures& source : report->sources) {
            sourceRow(out, source, QString());
            for (const SourceFigures& campaign : report->campaigns.value(source.sourceId))
                sourceRow(out, campaign, QStringLiteral("  "));
        }
        sourceRow(out, report->unattributed, QString());
        return 0;
    }

    if (request.kind == QStringLiteral("weekly")) {
        const ReportPeriod week = ReportPeriod::week(request.last, request.weekStart, request.zone);
        auto report = WeeklyStats(db).compute(week, request.ownerId, 12, request.choice);
        if (!report)
            return failed(report.error());
        if (request.json) {
            QJsonArray weeks;
            for (const WeekFigures& figures : report->weeks)
                weeks.append(weekJson(figures));
            print({{QStringLiteral("report"), request.kind},
                   {QStringLiteral("owner_id"), request.ownerId},
                   {QStringLiteral("week"), weekJson(report->current())},
                   {QStringLiteral("week_before"), weekJson(report->previous())},
                   {QStringLiteral("trend"), weeks}});
            return 0;
        }
        const WeekFigures& now = report->current();
        const WeekFigures& before = report->previous();
        out << ReportText::tr("Week of %1 (the week before in brackets)")
                   .arg(DateText::longDate(now.week.first, locale))
            << Qt::endl;
        const auto line = [&out, &locale](const QString& label, qint64 value, qint64 previous) {
            row(out, {label, locale.toString(value), QStringLiteral("(%1)").arg(locale.toString(previous))});
        };
        line(ReportText::tr("Calls held"), now.calls, before.calls);
        line(ReportText::tr("  successful"), now.successfulCalls, before.successfulCalls);
        line(ReportText::tr("Meetings held"), now.meetings, before.meetings);
        line(ReportText::tr("  successful"), now.successfulMeetings, before.successfulMeetings);
        line(ReportText::tr("Led to another appointment"), now.ledToAppointment, before.ledToAppointment);
        line(ReportText::tr("Appointments in the next 30 days"), now.appointmentsAhead, before.appointmentsAhead);
        line(ReportText::tr("New leads"), now.newLeads, before.newLeads);
        line(ReportText::tr("Deals won"), now.dealsWon, before.dealsWon);
        line(ReportText::tr("Deals lost"), now.dealsLost, before.dealsLost);
        row(out,
            {ReportText::tr("Revenue won"), text(now.revenueWon), QStringLiteral("(%1)").arg(text(before.revenueWon))});
        line(ReportText::tr("Complaints opened"), now.complaintsOpened, before.complaintsOpened);
        line(ReportText::tr("Complaints resolved"), now.complaintsResolved, before.complaintsResolved);
        return 0;
    }

    if (request.kind == QStringLiteral("activity")) {
        auto report = Activity(db).compute(filter, request.weekStart);
        if (!report)
            return failed(report.error());
        if (request.json) {
            QJsonArray rows;
            for (const ActivityFigures& figures : report->rows)
                rows.append(activityJson(figures));
            QJsonArray totals;
            for (const ActivityFigures& figures : report->totals)
                totals.append(activityJson(figures));
            print({{QStringLiteral("report"), request.kind},
                   {QStringLiteral("period"), json(filter.period)},
                   {QStringLiteral("owner_id"), request.ownerId},
                   {QStringLiteral("weeks"), rows},
                   {QStringLiteral("totals"), totals}});
            return 0;
        }
        row(out, {ReportText::tr("Salesperson"), ReportText::tr("Week of"), ReportText::tr("Calls"),
                  ReportText::tr("Meetings"), ReportText::tr("Emails"), ReportText::tr("Deals moved"),
                  ReportText::tr("Deals won")});
        const auto activityRow = [&out, &locale](const ActivityFigures& figures) {
            row(out,
                {figures.user,
                 figures.weekOf.isValid() ? DateText::date(figures.weekOf, locale) : ReportText::tr("total"),
                 locale.toString(figures.calls), locale.toString(figures.meetings), locale.toString(figures.emails),
                 locale.toString(figures.dealsMoved), locale.toString(figures.dealsWon)});
        };
        for (const ActivityFigures& figures : report->rows)
            activityRow(figures);
        for (const ActivityFigures& figures : report->totals)
            activityRow(figures);
        return 0;
    }

    if (request.kind == QStringLiteral("forecast")) {
        auto report = Forecast(db).compute(request.last, request.ownerId, request.choice);
        if (!report)
            return failed(report.error());
        if (request.json) {
            QJsonArray months;
            for (const ForecastMonth& month : report->months) {
                months.append(
                    QJsonObject{{QStringLiteral("month"),
                                 month.month.isValid() ? QJsonValue(month.month.toString(QStringLiteral("yyyy-MM")))
                                                       : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("owner_id"), month.ownerId},
                                {QStringLiteral("owner"), month.owner},
                                {QStringLiteral("deals"), month.deals},
                                {QStringLiteral("amount"), json(month.amount)},
                                {QStringLiteral("weighted"), json(month.weighted)},
                                {QStringLiteral("overdue"), month.overdue}});
            }
            print({{QStringLiteral("report"), request.kind},
                   {QStringLiteral("today"), request.last.toString(Qt::ISODate)},
                   {QStringLiteral("owner_id"), request.ownerId},
                   {QStringLiteral("months"), months}});
            return 0;
        }
        row(out, {ReportText::tr("Expected close"), ReportText::tr("Owner"), ReportText::tr("Deals"),
                  ReportText::tr("Amount"), ReportText::tr("Weighted"), ReportText::tr("Overdue")});
        for (const ForecastMonth& month : report->months) {
            row(out, {month.month.isValid() ? locale.toString(month.month, QStringLiteral("MMMM yyyy"))
                                            : ReportText::tr("no date"),
                      month.owner.isEmpty() ? ReportText::tr("(nobody)") : month.owner, locale.toString(month.deals),
                      text(month.amount), text(month.weighted), locale.toString(month.overdue)});
        }
        return 0;
    }
    return 2;
}

} // namespace kontor::cli
