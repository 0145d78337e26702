// SPDX-License-Identifier: GPL-3.0-or-later
// kontor-bench's figures of issue 18: ten custom fields filled on every contact, then the contacts list filtered and
// sorted by them, the lifecycle funnel of a quarter, a report narrowed to a choice, and an import with and without
// custom columns.
#include "FieldBench.h"
#include "BenchLines.h"

#include "actions/CustomFieldActions.h"
#include "io/ContactExport.h"
#include "io/ContactFields.h"
#include "io/ContactImport.h"
#include "models/ContactListModel.h"
#include "reports/FunnelReport.h"
#include "reports/LifecycleReport.h"
#include "reports/WeeklyReport.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/FieldConditions.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace kontor::bench {

namespace {

CustomField field(const char* key, FieldType type, const QStringList& options = {})
{
    CustomField made;
    made.key = QString::fromLatin1(key);
    made.label = made.key;
    made.type = type;
    made.currency = type == FieldType::Money ? QStringLiteral("EUR") : QString();
    for (const QString& option : options)
        made.options << FieldOption{0, option, false};
    return made;
}

QList<CustomField> benchFields()
{
    return {
        field("bench_budget", FieldType::Money),
        field("bench_industry", FieldType::Choice,
              {QStringLiteral("Retail"), QStringLiteral("Food"), QStringLiteral("Tech"), QStringLiteral("Health"),
               QStringLiteral("Energy"), QStringLiteral("Media"), QStringLiteral("Travel"), QStringLiteral("Public")}),
        field("bench_employees", FieldType::Number),
        field("bench_timeline", FieldType::Date),
        field("bench_need", FieldType::LongText),
        field("bench_signed", FieldType::Checkbox),
        field("bench_tools", FieldType::Choices,
              {QStringLiteral("CRM"), QStringLiteral("ERP"), QStringLiteral("BI"), QStringLiteral("Mail")}),
        field("bench_region", FieldType::Text),
        field("bench_score", FieldType::Number),
        field("bench_code", FieldType::Text)};
}

void exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql.left(120)), qPrintable(query.lastError().text()));
}

/// Adds the ten fields and a value of each to every contact, on a connection of its own (no undo journal), without
/// the change history's triggers (ten million "changes" nobody made).
void fill(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    const QSqlDatabase db = opened.value()->connection();
    for (const CustomField& wanted : benchFields()) {
        if (!CustomFieldActions::add(db, wanted))
            qFatal("the bench fields could not be added");
    }
    QHash<QString, CustomField> byKey;
    for (const CustomField& made : CustomFieldRepository(db).fields(RecordKind::Contact).value())
        byKey.insert(made.key, made);
    const auto id = [&byKey](const char* key) { return QString::number(byKey.value(QString::fromLatin1(key)).id); };
    const auto option = [&byKey](const char* key, int index) {
        return QString::number(byKey.value(QString::fromLatin1(key)).options.at(index).id);
    };
    Transaction transaction(db);
    auto triggers = BulkLoad::dropTriggers(db, QStringLiteral("audit_custom_values"));
    if (!triggers)
        qFatal("%s", qPrintable(triggers.error()));
    const QString into = QStringLiteral("INSERT INTO custom_values (field_id, record_id, text_value, number_value, "
                                        "integer_value, currency) ");
    exec(db, into + QStringLiteral("SELECT %1, id, NULL, NULL, (id * 7919 % 100000) * 100, 'EUR' FROM contacts")
                        .arg(id("bench_budget")));
    exec(db, into + QStringLiteral("SELECT %1, id, NULL, NULL, CASE id % 8 WHEN 0 THEN %2 WHEN 1 THEN %3 WHEN 2 THEN "
                                   "%4 WHEN 3 THEN %5 WHEN 4 THEN %6 WHEN 5 THEN %7 WHEN 6 THEN %8 ELSE %9 END, NULL "
                                   "FROM contacts")
                        .arg(id("bench_industry"), option("bench_industry", 0), option("bench_industry", 1),
                             option("bench_industry", 2), option("bench_industry", 3), option("bench_industry", 4),
                             option("bench_industry", 5), option("bench_industry", 6), option("bench_industry", 7)));
    exec(db,
         into + QStringLiteral("SELECT %1, id, NULL, id % 5000, NULL, NULL FROM contacts").arg(id("bench_employees")));
    exec(db, into + QStringLiteral("SELECT %1, id, date('2026-01-01', '+' || (id % 700) || ' days'), NULL, NULL, NULL "
                                   "FROM contacts")
                        .arg(id("bench_timeline")));
    exec(db, into + QStringLiteral("SELECT %1, id, 'Needs help with item ' || (id % 1000), NULL, NULL, NULL FROM "
                                   "contacts")
                        .arg(id("bench_need")));
    exec(db, into + QStringLiteral("SELECT %1, id, NULL, NULL, id % 2, NULL FROM contacts").arg(id("bench_signed")));
    exec(db, into + QStringLiteral("SELECT %1, id, 'Region ' || (id % 50), NULL, NULL, NULL FROM contacts")
                        .arg(id("bench_region")));
    exec(db,
         into +
             QStringLiteral("SELECT %1, id, NULL, (id * 31) % 100, NULL, NULL FROM contacts").arg(id("bench_score")));
    exec(db, into + QStringLiteral("SELECT %1, id, 'C' || id, NULL, NULL, NULL FROM contacts").arg(id("bench_code")));
    exec(db,
         QStringLiteral("INSERT INTO custom_value_choices (field_id, record_id, option_id) SELECT %1, id, CASE id % 4 "
                        "WHEN 0 THEN %2 WHEN 1 THEN %3 WHEN 2 THEN %4 ELSE %5 END FROM contacts")
             .arg(id("bench_tools"), option("bench_tools", 0), option("bench_tools", 1), option("bench_tools", 2),
                  option("bench_tools", 3)));
    exec(db,
         QStringLiteral("INSERT OR IGNORE INTO custom_value_choices (field_id, record_id, option_id) SELECT %1, id, "
                        "%2 FROM contacts WHERE id % 3 = 0")
             .arg(id("bench_tools"), option("bench_tools", 1)));
    // Text fields' sort keys, as the window writes them with each value.
    if (!CustomFieldRepository::refreshSortTexts(db) || !BulkLoad::recreate(db, triggers.value()) ||
        !transaction.commit())
        qFatal("the bench values could not be written");
    exec(db, QStringLiteral("ANALYZE custom_values"));
}

} // namespace

void customFields(const QString& path, const QSqlDatabase& db, ui::ContactListModel* model, const QDate& today)
{
    std::printf("custom fields (issue 18)\n");
    if (!CustomFieldRepository(db).byKey(RecordKind::Contact, QStringLiteral("bench_budget"))) {
        QElapsedTimer timer;
        timer.start();
        fill(path);
        line("add 10 fields and fill them on every contact", ms(timer) / 1000.0, "s");
    }
    model->reloadFields();
    waitFor(model);

    // Filtered: the first page is the window's stall; the count follows in another thread. Twice: the first pass
    // reads from disk what the operating system does not hold yet, the second is a day's use.
    for (const char* pass : {"", " (again)"})
        for (const char* condition : {"bench_budget >= 50000", "bench_industry = Retail", "bench_region = Region 7",
                                      "bench_timeline < 2026-02-01", "bench_tools = BI", "bench_need ~ item 42"}) {
            const auto parsed = FieldConditions::parse(QString::fromLatin1(condition));
            const auto sql =
                parsed ? FieldConditions::forContacts(db, parsed.value()) : Result<SqlCondition>::failure({});
            if (!sql)
                qFatal("%s: %s", condition, qPrintable(sql.error()));
            ContactFilter filter;
            filter.conditions << sql.value();
            // The list alone (a model with the window's fields and no view), then the window, which also shows the
            // first contact's card.
            ui::ContactListModel list;
            list.setDatabase(db);
            waitFor(&list);
            QElapsedTimer one;
            one.start();
            list.setFilter(filter);
            if (list.rowCount() > 0)
                list.data(list.index(0, 0));
            const double listed = ms(one);
            waitFor(&list);
            one.restart();
            model->setFilter(filter);
            if (model->rowCount() > 0)
                model->data(model->index(0, 0));
            const double stall = ms(one);
            waitFor(model);
            std::printf(
                "    filter %-28s list's first page %7.2f ms, window %7.2f ms, %7lld counted after %7.2f ms%s\n",
                condition, listed, stall, static_cast<long long>(model->rowCount()), ms(one), pass);
        }
    model->setFilter({});
    waitFor(model);

    // Sorted: by amount, by a choice and by text; the window shows the old order until the new one is ready.
    for (const char* key : {"bench_budget", "bench_industry", "bench_region", "bench_timeline", "bench_signed"}) {
        const int column = model->columnOfField(
            CustomFieldRepository(db).byKey(RecordKind::Contact, QString::fromLatin1(key)).value().id);
        QElapsedTimer one;
        one.start();
        model->sort(column, Qt::AscendingOrder);
        const double stall = ms(one);
        // Numbers, amounts, dates and choices show their first page first (ContactListQuery::firstSorted).
        while (model->isSorting() && model->rowCount() == 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        model->data(model->index(0, column));
        const double firstPage = ms(one);
        waitFor(model);
        model->data(model->index(0, column));
        const double sorted = ms(one);
        // Scrolling the sorted list: pages of ids already in order.
        double slowest = 0;
        for (int row = 0; row < std::min(model->rowCount(), 20000); row += ui::ContactListModel::pageSize) {
            QElapsedTimer page;
            page.start();
            model->data(model->index(row, column));
            slowest = std::max(slowest, ms(page));
        }
        std::printf("    sort by %-16s stall %6.2f ms, first page after %8.2f ms, sorted after %8.2f ms, slowest page "
                    "%6.2f ms\n",
                    key, stall, firstPage, sorted, slowest);
    }
    model->sort(ui::ContactListModel::Name, Qt::AscendingOrder);
    waitFor(model);

    const QTimeZone zone = QTimeZone::systemTimeZone();
    const ReportFilter quarter{ReportPeriod::of(ReportPeriod::Kind::LastQuarter, today, Qt::Monday, zone)};
    QElapsedTimer timer;
    timer.start();
    if (!LifecycleFunnel(db).compute(quarter))
        qFatal("lifecycle failed");
    line("report: lifecycle funnel, a quarter", ms(timer), "ms");
    const ReportChoice retail = ReportChoice::parse(db, QStringLiteral("bench_industry=Retail")).value();
    timer.restart();
    if (!Funnel(db).compute({quarter.period, 0, retail}))
        qFatal("funnel failed");
    line("report: funnel, a quarter, industry = Retail", ms(timer), "ms");
    timer.restart();
    if (!WeeklyStats(db).compute(ReportPeriod::week(today, Qt::Monday, zone), 0, 12, retail))
        qFatal("weekly failed");
    line("report: weekly, 12 weeks, industry = Retail", ms(timer), "ms");

    // The import with five custom columns against the same import without them: the contacts exported exactly
    // (with their ten fields' columns), into a new database with none of the fields and one with five of them.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("with-fields.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly) ||
            !ContactExport(db).write(&file, ContactExport::Format::Csv, ContactExport::CsvMode::Exact))
            qFatal("export failed");
    }
    double without = 0;
    for (const int fields : {0, 5}) {
        auto target = Database::open(dir.filePath(QStringLiteral("import-%1.sqlite").arg(fields)));
        if (!target)
            qFatal("%s", qPrintable(target.error()));
        const QSqlDatabase into = target.value()->connection();
        const QList<CustomField> wanted = benchFields().mid(0, fields);
        for (const CustomField& made : wanted) {
            if (!CustomFieldActions::add(into, made))
                qFatal("the fields could not be added");
        }
        QFile input(csv);
        input.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.format = CsvReader::detect(input.peek(65536));
        QStringList headers = ContactExport::csvColumns();
        for (const CustomField& each : benchFields())
            headers << each.key;
        options.mapping = ContactFields::map(headers, ContactFields::builtInPresets().first());
        ContactFields::mapCustomFields(CustomFieldRepository(into).fields(RecordKind::Contact).value(), headers,
                                       options.mapping);
        timer.restart();
        const auto report = ContactImport(into).run(&input, options);
        if (!report)
            qFatal("import failed: %s", qPrintable(report.error()));
        const double seconds = ms(timer) / 1000.0;
        if (fields == 0) {
            without = seconds;
            line("import the contacts, no custom columns mapped", seconds, "s");
        } else {
            std::printf("  %-44s %10.2f s (%.2f x without)\n", "import the contacts with 5 custom columns", seconds,
                        seconds / without);
        }
    }
}

} // namespace kontor::bench
