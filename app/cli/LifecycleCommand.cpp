// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "reports/LifecycleReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kontor::cli {

namespace {

struct LifecycleText
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleText)
};

QJsonArray stagesJson(const QList<LifecycleStageFigures>& stages)
{
    QJsonArray array;
    for (const LifecycleStageFigures& figures : stages) {
        const auto conversion = figures.conversion();
        array.append(QJsonObject{
            {QStringLiteral("stage"), contactStatusKey(figures.stage)},
            {QStringLiteral("name"), contactStatusName(figures.stage)},
            {QStringLiteral("entered"), figures.entered},
            {QStringLiteral("advanced"), figures.advanced},
            {QStringLiteral("conversion"), conversion ? QJsonValue(*conversion) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("median_days"),
             figures.medianDaysToAdvance ? QJsonValue(*figures.medianDaysToAdvance) : QJsonValue(QJsonValue::Null)}});
    }
    return array;
}

QJsonArray groupsJson(const QList<LifecycleGroup>& groups)
{
    QJsonArray array;
    for (const LifecycleGroup& group : groups) {
        array.append(QJsonObject{{QStringLiteral("id"), group.id},
                                 {QStringLiteral("name"), group.name},
                                 {QStringLiteral("stages"), stagesJson(group.stages)}});
    }
    return array;
}

void row(QTextStream& out, const QStringList& cells)
{
    out << cells.join(u'\t') << Qt::endl;
}

void printGroups(QTextStream& out, const QString& title, const QList<LifecycleGroup>& groups)
{
    const QLocale locale;
    out << Qt::endl << title << Qt::endl;
    QStringList header{QString()};
    for (ContactStatus stage : allContactStatuses())
        header << contactStatusShortName(stage);
    row(out, header);
    for (const LifecycleGroup& group : groups) {
        QStringList cells{group.name};
        for (const LifecycleStageFigures& figures : group.stages)
            cells << locale.toString(figures.entered);
        row(out, cells);
    }
}

} // namespace

int printLifecycleReport(const QSqlDatabase& db, const ReportFilter& filter, bool json, QTextStream& out,
                         QTextStream& err)
{
    auto report = LifecycleFunnel(db).compute(filter);
    if (!report) {
        err << "kontor-cli: " << report.error() << Qt::endl;
        return 1;
    }
    if (json) {
        const QJsonObject object{{QStringLiteral("report"), QStringLiteral("lifecycle")},
                                 {QStringLiteral("first"), filter.period.first.toString(Qt::ISODate)},
                                 {QStringLiteral("last"), filter.period.last.toString(Qt::ISODate)},
                                 {QStringLiteral("owner_id"), filter.ownerId},
                                 {QStringLiteral("stages"), stagesJson(report->stages)},
                                 {QStringLiteral("by_source"), groupsJson(report->bySource)},
                                 {QStringLiteral("by_owner"), groupsJson(report->byOwner)}};
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return 0;
    }
    const QLocale locale;
    row(out, {LifecycleText::tr("Stage"), LifecycleText::tr("Entered"), LifecycleText::tr("Went on"),
              LifecycleText::tr("Conversion"), LifecycleText::tr("Median days")});
    for (const LifecycleStageFigures& figures : report->stages) {
        const auto conversion = figures.conversion();
        row(out, {contactStatusName(figures.stage), locale.toString(figures.entered),
                  conversion ? locale.toString(figures.advanced) : QStringLiteral("–"),
                  conversion ? locale.toString(*conversion * 100, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–"),
                  figures.medianDaysToAdvance ? locale.toString(*figures.medianDaysToAdvance, 'f', 1)
                                              : QStringLiteral("–")});
    }
    printGroups(out, LifecycleText::tr("Entered each stage, by lead source:"), report->bySource);
    printGroups(out, LifecycleText::tr("Entered each stage, by owner:"), report->byOwner);
    return 0;
}

} // namespace kontor::cli
