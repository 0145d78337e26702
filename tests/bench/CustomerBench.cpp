// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19's figures: the customers' RFM (the report, the report with names and emails as kontor-cli --json lists
// them, the segments stored for the Contacts page) and the contacts list narrowed to a segment or sorted by segment.
#include "CustomerBench.h"
#include "BenchLines.h"

#include "actions/ActionScope.h"
#include "actions/LifecycleRules.h"
#include "actions/ScoreActions.h"
#include "models/ContactListModel.h"
#include "reports/CallNext.h"
#include "reports/CustomerSegments.h"
#include "reports/RfmReport.h"
#include "scoring/LeadScoring.h"
#include "territories/Territories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace kontor::bench {

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

    // Lead scoring with the starter rules: everyone from nothing, again with nothing changed, and one contact at a
    // time as after a logged call.
    LeadScoring scoring(db);
    if (auto rules = scoring.rules(); !rules || rules->isEmpty()) {
        if (!scoring.saveRules(LeadScoring::starterRules()))
            qFatal("the starter rules could not be saved");
    }
    if (!scoring.storeAll({QDateTime::currentDateTimeUtc(), {}}))
        qFatal("scores failed");
    QSqlQuery clear(db);
    clear.exec(QStringLiteral("DELETE FROM contact_scores"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const char* label : {"rescore everyone: work out and store all", "rescore everyone: nothing changed"}) {
        timer.start();
        auto all = scoring.computeAll(now);
        if (!all)
            qFatal("%s", qPrintable(all.error()));
        const double computed = ms(timer);
        auto changed = scoring.storeAll(all.value());
        if (!changed)
            qFatal("%s", qPrintable(changed.error()));
        std::printf("  %-44s %10.2f s (%.2f s reading; %lld written)\n", label, ms(timer) / 1000.0, computed / 1000.0,
                    static_cast<long long>(changed.value()));
    }
    std::vector<double> samples;
    QSqlQuery ids(db);
    ids.exec(QStringLiteral("SELECT contact_id FROM interactions ORDER BY id DESC LIMIT 200"));
    while (ids.next() && samples.size() < 100) {
        timer.start();
        if (!scoring.rescore(ids.value(0).toLongLong(), now))
            qFatal("rescore failed");
        samples.push_back(ms(timer));
    }
    std::sort(samples.begin(), samples.end());
    if (!samples.empty())
        std::printf("  %-44s median %.2f ms, max %.2f ms\n", "rescore one contact (after a logged call)",
                    samples[samples.size() / 2], samples.back());

    // Today's who to call next: customers slipping away and the best leads without a next step, with why.
    for (int run = 0; run < 2; ++run) {
        timer.start();
        if (!CallNext(db).customers(now))
            qFatal("who to call next failed");
        const double customers = ms(timer);
        timer.start();
        if (!CallNext(db).leads(now))
            qFatal("who to call next failed");
        std::printf("  %-44s %10.2f ms (customers %.2f ms, leads with why %.2f ms)\n", "today: who to call next",
                    customers + ms(timer), customers, ms(timer));
    }
    // Territories by country (the demo's addresses have no postal codes): the list narrowed to one, as More Filters
    // does, and to those in none. Set up in an action never committed, so the file stays as it was.
    {
        ActionScope trial(db, QStringLiteral("trial"));
        Territory dach;
        dach.name = QStringLiteral("DACH");
        dach.countries = {QStringLiteral("Germany"), QStringLiteral("Austria"), QStringLiteral("Switzerland")};
        Territory iberia;
        iberia.name = QStringLiteral("Iberia");
        iberia.countries = {QStringLiteral("Spain"), QStringLiteral("Portugal")};
        if (!Territories(db).save({dach, iberia}))
            qFatal("the territories could not be saved");
        for (const char* text : {"territory = Iberia", "territory empty"}) {
            auto condition =
                FieldConditions::forContacts(db, FieldConditions::parse(QString::fromLatin1(text)).value());
            if (!condition)
                qFatal("%s", qPrintable(condition.error()));
            ContactFilter filter;
            filter.conditions << condition.value();
            timer.start();
            model->setFilter(filter);
            model->data(model->index(0, 0));
            const double firstPage = ms(timer);
            waitFor(model);
            std::printf("  list filtered: %-27s %10.2f ms first page, %.2f ms counted (%d rows)\n", text, firstPage,
                        ms(timer), model->rowCount());
        }
        model->setFilter({});
        waitFor(model);
    }
    // "To MQL at score 40" switched on: every lead at or above it moves, as one action. Taken back afterwards.
    {
        // An action never committed: everything is taken back when it ends.
        ActionScope trial(db, QStringLiteral("trial"));
        LifecycleRuleSettings rules = LifecycleRules::settings(db);
        rules.mqlScore = 40;
        if (!LifecycleRules::save(db, rules))
            qFatal("the threshold could not be set");
        timer.start();
        auto moved = ScoreActions::qualifyLeads(db);
        if (!moved)
            qFatal("%s", qPrintable(moved.error()));
        std::printf("  %-44s %10.2f s (%d leads moved)\n", "MQL at score 40 switched on: qualify leads",
                    ms(timer) / 1000.0, moved.value());
    }
}

} // namespace kontor::bench
