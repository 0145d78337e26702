// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19's figures: the customers' RFM (the report, the report with names and emails as kontor-cli --json lists
// them, the segments stored for the Contacts page) and the contacts list narrowed to a segment or sorted by segment.
#include "CustomerBench.h"

#include "models/ContactListModel.h"
#include "reports/CustomerSegments.h"
#include "reports/RfmReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>

#include <cstdio>

namespace kontor::bench {

namespace {

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void line(const char* name, double value, const char* unit)
{
    std::printf("  %-44s %10.2f %s\n", name, value, unit);
}

void waitFor(ui::ContactListModel* model)
{
    while (model->isSearching() || model->isCounting() || model->isSorting())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

} // namespace

void customers(const QSqlDatabase& db, ui::ContactListModel* model, const QDate& today)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QElapsedTimer timer;
    qsizetype customers = 0;
    for (int run = 0; run < 2; ++run) {
        timer.start();
        auto report = RfmAnalysis(db).compute(today, zone);
        if (!report)
            qFatal("%s", qPrintable(report.error()));
        customers = report->customers.size();
        line("report: RFM of the customers", ms(timer), "ms");
    }
    std::printf("  (%lld customers)\n", static_cast<long long>(customers));
    timer.start();
    if (!RfmAnalysis(db).compute(today, zone, 0, {}, RfmAnalysis::Details::Contacts))
        qFatal("RFM with names failed");
    line("report: RFM with names and emails (cli --json)", ms(timer), "ms");

    // From scratch (as on the first start after the upgrade), then again with nothing changed, then a day later.
    if (!CustomerSegments(db).refresh(today.addDays(-400), zone))
        qFatal("segments failed");
    for (const auto& [label, day] :
         {std::pair{"store segments: most rows change", today}, std::pair{"store segments: nothing changed", today},
          std::pair{"store segments: a day later", today.addDays(1)}}) {
        timer.start();
        auto changed = CustomerSegments(db).refresh(day, zone);
        if (!changed)
            qFatal("%s", qPrintable(changed.error()));
        line(label, ms(timer), "ms");
        std::printf("    (%lld rows written)\n", static_cast<long long>(changed.value()));
    }
    if (!CustomerSegments(db).refresh(today, zone))
        qFatal("segments failed");

    for (const char* segment : {"champions", "at_risk", "hibernating"}) {
        ContactFilter filter;
        filter.segment = QString::fromLatin1(segment);
        timer.start();
        model->setFilter(filter);
        model->data(model->index(0, 0));
        const double firstPage = ms(timer);
        waitFor(model);
        std::printf("  list filtered: segment %-20s %10.2f ms first page, %.2f ms counted (%d rows)\n", segment,
                    firstPage, ms(timer), model->rowCount());
    }
    model->setFilter({});
    waitFor(model);
    timer.start();
    model->sort(ui::ContactListModel::Segment, Qt::AscendingOrder);
    model->data(model->index(0, 0));
    waitFor(model);
    model->data(model->index(0, 0));
    line("list sorted by segment (whole order)", ms(timer), "ms");
    model->sort(ui::ContactListModel::Name, Qt::AscendingOrder);
    waitFor(model);
}

} // namespace kontor::bench
