// SPDX-License-Identifier: GPL-3.0-or-later
// kontor-bench: generates databases of the given sizes and prints the figures the issues ask for.
//   kontor-bench [--sizes 100000,1000000] [--dir DIR] [--reuse] [--searches 1000]
// Over 600 lines on purpose: it is one script, measured in order on the same database, and reads top to bottom.
#include "AppIdentity.h"
#include "AssignmentBench.h"
#include "Clock.h"
#include "CustomerBench.h"
#include "FieldBench.h"
#include "actions/ContactActions.h"
#include "actions/DealActions.h"
#include "actions/InteractionActions.h"
#include "cleanup/DataHealth.h"
#include "cleanup/Duplicates.h"
#include "demo/DemoGenerator.h"
#include "dialogs/GlobalSearchDialog.h"
#include "dialogs/ReportDetailsDialog.h"
#include "io/ContactExport.h"
#include "io/ContactImport.h"
#include "models/ContactListModel.h"
#include "models/TimelineModel.h"
#include "reports/ActivityReport.h"
#include "reports/FunnelReport.h"
#include "reports/LeadSourceReport.h"
#include "reports/WeeklyReport.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/PipelineRepository.h"
#include "repositories/SettingsRepository.h"
#include "search/Search.h"
#include "storage/Database.h"
#include "views/ContactCard.h"
#include "views/ContactsPage.h"
#include "views/DamageCheck.h"
#include "views/MainWindow.h"
#include "views/PipelinePage.h"
#include "views/ReportsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>
#include <vector>

using namespace kontor;

namespace {

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Resident memory now, in MiB (Linux).
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

struct Percentiles
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Percentiles percentiles(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    auto at = [&samples](double q) {
        return samples[std::min(samples.size() - 1, std::size_t(q * double(samples.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.99), samples.back()};
}

void print(const char* name, double value, const char* unit)
{
    std::printf("  %-44s %10.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

void benchSize(qint64 contacts, const QString& dir, bool reuse, int searches, bool writesOnly, bool fieldsOnly,
               bool customersOnly)
{
    const QString path = QDir(dir).filePath(QStringLiteral("bench-%1.sqlite").arg(contacts));
    std::printf("\n%lld contacts (%s)\n", static_cast<long long>(contacts), qPrintable(path));

    if (!reuse || !QFileInfo::exists(path)) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        QElapsedTimer timer;
        timer.start();
        auto summary = DemoGenerator(db.value()->connection()).generate({contacts, 42, 10});
        if (!summary)
            qFatal("%s", qPrintable(summary.error()));
        print("generation", elapsedMs(timer) / 1000.0, "s");
        print("  interactions generated", double(summary->interactions), "");
        print("  deals generated", double(summary->deals), "");
    }
    print("file size", double(QFileInfo(path).size()) / 1048576.0, "MiB");

    // Warm the page cache once, then time opening the file to a usable contacts page. The window's daily backup is
    // turned off: copying 2.7 GB on another thread while the figures are taken made the first run of each day slower
    // than the next ones.
    {
        auto warm = Database::open(path);
        if (!warm || !SettingsRepository(warm.value()->connection()).setBackupsToKeep(0))
            qFatal("the bench database could not be prepared");
    }
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    Database* database = opened.value().get();
    print("  open and check the file", elapsedMs(timer), "ms");
    ui::MainWindow window(std::move(opened).value());
    print("  build the window (list counted)", elapsedMs(timer), "ms");
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    print("  show it (Today's agenda read)", elapsedMs(timer), "ms");
    ui::ContactListModel* model = window.contactsPage()->model();
    model->data(model->index(0, 0));
    print("open file to usable window (warm)", elapsedMs(timer), "ms");
    while (model->isCounting())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const QSqlDatabase db = database->connection();

    // --fields: only issue 18's figures (custom fields in the list, the lifecycle funnel, the import); --customers:
    // issue 19's (RFM and the segments).
    if (fieldsOnly || customersOnly) {
        // The window checks the whole file for damage on the other core once it is open (41 s cold at a million):
        // the figures below are of a window in use, after that.
        if (const auto* check = window.findChild<ui::DamageCheck*>()) {
            while (check->isRunning())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        }
        if (fieldsOnly)
            bench::customFields(path, db, model, Clock::now().date());
        if (customersOnly) {
            bench::customers(db, model, Clock::now().toLocalTime().date());
            // As the window imports: without the undo journal (an import is taken back from its history).
            window.runWithoutJournal([&db] { bench::assignment(db); });
        }
        return;
    }
    std::mt19937 random(7);
    // --writes: only the saves, logs and moves below (a quick check of the write path).
    if (!writesOnly) {
        // Search: prefixes of real names (what users type) and random letters (mostly misses).
        std::vector<QString> namePrefixes;
        {
            QSqlQuery query(db);
            query.exec(
                QStringLiteral("SELECT last_name, first_name FROM contacts ORDER BY random() LIMIT %1").arg(searches));
            while (query.next()) {
                const QString name = query.value(int(random() % 2)).toString();
                namePrefixes.push_back(name.left(2 + int(random() % 4)));
            }
        }
        std::vector<QString> letterPrefixes;
        for (int i = 0; i < searches; ++i) {
            QString prefix;
            const int length = 2 + int(random() % 4);
            for (int k = 0; k < length; ++k)
                prefix += QChar(u'a' + int(random() % 26));
            letterPrefixes.push_back(prefix);
        }
        Search search(db);
        for (const auto& [label, prefixes] : {std::pair{"search, name prefixes (first 50)", &namePrefixes},
                                              std::pair{"search, random 2-5 letters (first 50)", &letterPrefixes}}) {
            std::vector<double> samples;
            std::vector<std::pair<double, QString>> slowest;
            for (const QString& prefix : *prefixes) {
                QElapsedTimer one;
                one.start();
                auto hits = search.find(prefix, 50);
                samples.push_back(elapsedMs(one));
                slowest.emplace_back(samples.back(), prefix);
                if (!hits)
                    qFatal("%s", qPrintable(hits.error()));
            }
            const Percentiles p = percentiles(samples);
            std::printf("  %-44s median %.3f ms, p99 %.3f ms, max %.3f ms\n", label, p.median, p.p99, p.max);
            std::sort(slowest.begin(), slowest.end(), std::greater<>());
            QStringList worst;
            for (std::size_t i = 0; i < std::min<std::size_t>(5, slowest.size()); ++i)
                worst << QStringLiteral("%1 (%2 ms)").arg(slowest[i].second).arg(slowest[i].first, 0, 'f', 1);
            std::printf("    slowest: %s\n", qPrintable(worst.join(QStringLiteral(", "))));
        }

        // The list: jump to the end, change the sort column, scroll all the way with memory measured.
        print("memory after opening", residentMiB(), "MiB");
        timer.restart();
        model->reload();
        print("reload the list (first page; count in background)", elapsedMs(timer), "ms");
        while (model->isCounting())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        print("  full count arrived after", elapsedMs(timer), "ms");
        timer.restart();
        model->data(model->index(model->rowCount() - 1, 0));
        print("jump to the end of the list (by name)", elapsedMs(timer), "ms");
        timer.restart();
        model->data(model->index(model->rowCount() / 2, 0));
        print("jump to the middle of the list", elapsedMs(timer), "ms");
        for (const auto& [label, column, order] :
             {std::tuple{"sort by date added (descending)", int(ui::ContactListModel::Created), Qt::DescendingOrder},
              std::tuple{"sort by status", int(ui::ContactListModel::Status), Qt::AscendingOrder},
              std::tuple{"sort by last contact", int(ui::ContactListModel::LastContact), Qt::DescendingOrder},
              std::tuple{"sort by name", int(ui::ContactListModel::Name), Qt::AscendingOrder}}) {
            timer.restart();
            model->sort(column, order);
            for (int row = 0; row < 40; ++row)
                model->data(model->index(row, 0));
            print(label, elapsedMs(timer), "ms");
        }
        // Columns without an index: sorted as a list of ids in another thread; the stall is the click itself.
        for (const auto& [label, column] : {std::pair{"company", int(ui::ContactListModel::Company)},
                                            std::pair{"title", int(ui::ContactListModel::Title)},
                                            std::pair{"email", int(ui::ContactListModel::Email)},
                                            std::pair{"phone", int(ui::ContactListModel::Phone)},
                                            std::pair{"lead source", int(ui::ContactListModel::LeadSource)},
                                            std::pair{"owner", int(ui::ContactListModel::Owner)}}) {
            timer.restart();
            model->sort(column, Qt::AscendingOrder);
            const double stall = elapsedMs(timer);
            while (model->isSorting())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            for (int row = 0; row < 40; ++row)
                model->data(model->index(row, 0));
            std::printf("    sort by %-32s stall %7.2f ms, sorted and shown after %7.0f ms\n", label, stall,
                        elapsedMs(timer));
        }
        model->sort(ui::ContactListModel::Name, Qt::AscendingOrder);
        while (model->isCounting())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

        const double before = residentMiB();
        timer.restart();
        double slowestPage = 0;
        QElapsedTimer pageTimer;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (row % ui::ContactListModel::pageSize == 0)
                pageTimer.start();
            model->data(model->index(row, ui::ContactListModel::Name));
            if (row % ui::ContactListModel::pageSize == 0)
                slowestPage = std::max(slowestPage, elapsedMs(pageTimer));
        }
        print("scroll the whole list", elapsedMs(timer), "ms");
        print("  slowest page while scrolling", slowestPage, "ms");
        print("  memory growth after scrolling", residentMiB() - before, "MiB");

        // What blocks the window: every user action below runs on the window's thread, so its time is the stall.
        {
            // Changing a filter: the first page at once, the count in another thread.
            ContactFilter base;
            QList<QPair<const char*, ContactFilter>> filters;
            ContactFilter status = base;
            status.status = ContactStatus::Customer;
            filters.append({"status customer", status});
            ContactFilter owner = base;
            owner.ownerId = 2;
            filters.append({"owner", owner});
            ContactFilter source = base;
            source.leadSourceId = 1;
            filters.append({"lead source", source});
            ContactFilter quiet = base;
            quiet.noContactForDays = 90;
            filters.append({"no contact for 90 days", quiet});
            ContactFilter text = base;
            text.text = QStringLiteral("mar");
            filters.append({"search 'mar'", text});
            filters.append({"all contacts again", base});
            double worst = 0;
            double worstCount = 0;
            for (const auto& [label, filter] : filters) {
                QElapsedTimer one;
                one.start();
                model->setFilter(filter);
                if (model->rowCount() > 0)
                    model->data(model->index(0, 0));
                const double stall = elapsedMs(one);
                while (model->isSearching() || model->isCounting())
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                worst = std::max(worst, stall);
                worstCount = std::max(worstCount, elapsedMs(one));
                std::printf("    filter %-34s stall %7.2f ms, rows and count after %7.2f ms\n", label, stall,
                            elapsedMs(one));
            }
            print("longest stall changing a filter", worst, "ms");
            print("  slowest full count (in the background)", worstCount, "ms");

            // Typing in Ctrl+K: each keystroke's search, as typed.
            ui::GlobalSearchDialog search(db, &window);
            double worstKey = 0;
            QString worstText;
            for (const QString& word :
                 {QStringLiteral("martinez"), QStringLiteral("schmidt"), QStringLiteral("proposal"),
                  QStringLiteral("acme"), QStringLiteral("ol"), QStringLiteral("x")}) {
                for (int length = 1; length <= word.size(); ++length) {
                    search.searchBox()->setText(word.left(length));
                    QElapsedTimer one;
                    one.start();
                    search.searchNow();
                    if (elapsedMs(one) > worstKey) {
                        worstKey = elapsedMs(one);
                        worstText = word.left(length);
                    }
                }
            }
            std::printf("  %-44s %10.2f ms (\"%s\")\n", "longest stall typing in Ctrl+K", worstKey,
                        qPrintable(worstText));

            // Opening the contact with the longest history among the first ten thousand: card and first 50 entries.
            QSqlQuery busiest(db);
            busiest.exec(QStringLiteral("SELECT contact_id, count(*) FROM interactions WHERE contact_id <= 10000 "
                                        "GROUP BY contact_id ORDER BY 2 DESC LIMIT 1"));
            if (busiest.next()) {
                ui::ContactCard* card = window.contactsPage()->card();
                QElapsedTimer one;
                one.start();
                card->showContact(busiest.value(0).toLongLong());
                for (int row = 0; row < std::min(50, card->timeline()->rowCount()); ++row)
                    card->timeline()->data(card->timeline()->index(row), ui::TimelineModel::HeaderRole);
                std::printf("  %-44s %10.2f ms (%lld interactions)\n", "open a contact: card and 50 entries",
                            elapsedMs(one), static_cast<long long>(busiest.value(1).toLongLong()));
            }
        }
    }

    // Single-record saves, as the window makes them: through the actions (BEGIN IMMEDIATE, the undo step, the
    // events), with the window's checkpoints on their own thread.
    std::vector<double> saves;
    std::vector<double> logs;
    ContactRepository contactRepository(db);
    const qint64 total = contactRepository.count({}).value();
    // 1,000 of each, so that the p99 is the tenth slowest and not the second.
    for (int i = 0; i < 1000; ++i) {
        const qint64 id = 1 + qint64(random() % quint64(total));
        auto contact = contactRepository.get(id);
        if (!contact)
            continue;
        contact.value().notes = QStringLiteral("Benchmark edit %1").arg(i);
        // The dialog has the company's name already.
        QString company;
        if (auto current = CompanyRepository(db).get(contact->companyId))
            company = current->name;
        QElapsedTimer one;
        one.start();
        if (auto saved = ContactActions::save(db, contact.value(), company); !saved)
            qFatal("save failed: %s", qPrintable(saved.error()));
        saves.push_back(elapsedMs(one));
        LogInteractionInput call;
        call.interaction.contactId = id;
        call.interaction.kind = InteractionKinds::call;
        call.interaction.occurredAt = QDateTime::currentDateTimeUtc();
        call.interaction.notes = QStringLiteral("Benchmark call");
        one.restart();
        if (auto logged = InteractionActions::log(db, call); !logged)
            qFatal("log failed: %s", qPrintable(logged.error()));
        logs.push_back(elapsedMs(one));
    }
    const Percentiles save = percentiles(saves);
    const Percentiles log = percentiles(logs);
    std::printf("  %-44s median %.3f ms, p99 %.3f ms\n", "save a contact", save.median, save.p99);
    std::printf("  %-44s median %.3f ms, p99 %.3f ms\n", "log an interaction", log.median, log.p99);

    // The pipeline: the board read in core, the page shown, and moves committed.
    PipelineRepository pipeline(db);
    timer.restart();
    auto board = pipeline.board();
    if (!board)
        qFatal("%s", qPrintable(board.error()));
    print("pipeline board read (all owners)", elapsedMs(timer), "ms");
    int openDeals = 0;
    for (const PipelineColumn& column : board.value())
        openDeals += column.stage.isFinal() ? 0 : column.dealCount;
    print("  open deals on the board", openDeals, "");
    PipelineFilter ownerFilter;
    ownerFilter.ownerId = 2;
    timer.restart();
    if (!pipeline.board(ownerFilter))
        qFatal("board failed");
    print("pipeline board read (one owner)", elapsedMs(timer), "ms");
    timer.restart();
    auto stale = pipeline.staleDeals(200);
    if (!stale)
        qFatal("%s", qPrintable(stale.error()));
    print("stale deals for Today (first 200)", elapsedMs(timer), "ms");
    timer.restart();
    window.showPage(ui::MainWindow::PipelinePageIndex);
    QApplication::processEvents();
    window.pipelinePage()->grab();
    print("show the pipeline page (read and painted)", elapsedMs(timer), "ms");
    std::vector<double> commits;
    std::vector<double> pageMoves;
    const QList<PipelineColumn> columns = window.pipelinePage()->columns();
    // Through the action: 1,000 moves (as for saves, so that the p99 is the tenth slowest), deals of the first
    // stages moved one stage on and back again.
    QList<std::pair<qint64, qint64>> movable; // deal, its stage
    for (int column = 0; column < 4 && column + 1 < columns.size(); ++column) {
        for (const PipelineCard& card : columns[column].cards)
            movable.append({card.dealId, columns[column].stage.id});
    }
    if (movable.isEmpty())
        qFatal("no open deals to move");
    QHash<qint64, qint64> nextStage;
    for (int column = 0; column + 1 < columns.size(); ++column)
        nextStage.insert(columns[column].stage.id, columns[column + 1].stage.id);
    for (int i = 0; i < 1000; ++i) {
        const auto& [deal, home] = movable[i % movable.size()];
        // Even rounds move on, odd rounds move back.
        const bool back = (i / movable.size()) % 2 == 1;
        const qint64 to = back ? home : nextStage.value(home);
        QElapsedTimer one;
        one.start();
        if (!DealActions::move(db, deal, to))
            qFatal("move failed");
        commits.push_back(elapsedMs(one));
    }
    // On the board: the commit and the two columns read again and painted, as a drag and drop does. Only to open
    // stages (a move to Lost asks why).
    window.pipelinePage()->refresh();
    for (int i = 0; i < 50; ++i) {
        const QList<PipelineColumn> board2 = window.pipelinePage()->columns();
        const int from = i % 4;
        if (from + 1 >= board2.size() || board2[from + 1].stage.isFinal() || board2[from].cards.isEmpty())
            continue;
        QElapsedTimer one;
        one.start();
        if (!window.pipelinePage()->moveDeal(board2[from].cards.first().dealId, board2[from + 1].stage.id))
            qFatal("move on the board failed");
        pageMoves.push_back(elapsedMs(one));
    }
    const Percentiles commit = percentiles(commits);
    const Percentiles pageMove = percentiles(pageMoves);
    std::printf("  %-44s median %.3f ms, p99 %.3f ms\n", "move a deal (commit)", commit.median, commit.p99);
    std::printf("  %-44s median %.3f ms, p99 %.3f ms\n", "move a deal on the board (commit + 2 columns)",
                pageMove.median, pageMove.p99);
    if (writesOnly)
        return;

    // Reports: each for the last full quarter before the data's "today", computed in core; then the page switching
    // period (read and painted), the figure a user waits for.
    {
        const QDate today = Clock::now().date();
        const QTimeZone zone = QTimeZone::systemTimeZone();
        const ReportFilter quarter{ReportPeriod::of(ReportPeriod::Kind::LastQuarter, today, Qt::Monday, zone)};
        const auto timed = [](const char* label, const auto& compute) {
            QElapsedTimer one;
            one.start();
            if (!compute())
                qFatal("%s failed", label);
            print(label, elapsedMs(one), "ms");
        };
        timed("report: funnel, a quarter", [&] { return Funnel(db).compute(quarter).ok(); });
        timed("report: lead sources, a quarter", [&] { return LeadSources(db).compute(quarter).ok(); });
        timed("report: weekly with 12 weeks of trend",
              [&] { return WeeklyStats(db).compute(ReportPeriod::week(today, Qt::Monday, zone)).ok(); });
        timed("report: activity, a quarter", [&] { return Activity(db).compute(quarter, Qt::Monday).ok(); });
        timed("report: forecast", [&] { return Forecast(db).compute(today).ok(); });
        timed("report: funnel, a quarter, one owner", [&] { return Funnel(db).compute({quarter.period, 2}).ok(); });
        // What lies behind a figure, as its list reads it (the first 1,000): the calls of the week, and a
        // salesperson's calls over the quarter.
        const int listed = ui::ReportDetailsDialog::maxRows;
        timed("report: the calls behind a weekly figure", [&] {
            return WeeklyStats(db)
                .behind(ReportPeriod::week(today, Qt::Monday, zone), WeekFigure::Calls, 0, listed)
                .ok();
        });
        timed("report: one salesperson's calls in a quarter",
              [&] { return Activity(db).behind(quarter.period, 2, ActivityFigure::Calls, listed).ok(); });
        window.showPage(ui::MainWindow::ReportsPageIndex);
        QApplication::processEvents();
        ui::ReportsPage* reports = window.reportsPage();
        QComboBox* period = reports->periodChooser();
        double slowest = 0;
        QString slowestWhat;
        for (int tab = 0; tab < ui::ReportsPage::ReportCount; ++tab) {
            reports->tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            for (int kind = 0; kind < period->count() - 1; ++kind) {
                QElapsedTimer one;
                one.start();
                period->setCurrentIndex(kind);
                reports->grab();
                if (elapsedMs(one) > slowest) {
                    slowest = elapsedMs(one);
                    slowestWhat =
                        reports->tabs()->tabText(tab).remove(u'&') + QStringLiteral(", ") + period->currentText();
                }
            }
        }
        print("reports page: slowest period switch (computed, painted)", slowest, "ms");
        std::printf("    (%s)\n", qPrintable(slowestWhat));
        period->setCurrentIndex(period->findData(static_cast<int>(ReportPeriod::Kind::LastQuarter)));
        QTemporaryDir pdfDir;
        QString error;
        timed("reports: all five as a PDF, a quarter", [&] {
            return reports->exportPdf(pdfDir.filePath(QStringLiteral("reports.pdf")), QPageSize::A4, &error);
        });
    }

    // Export: all contacts to CSV and to vCard, against the sqlite3 shell's own CSV of the contacts table.
    {
        QTemporaryDir exportDir;
        const QString sqliteCsv = exportDir.filePath(QStringLiteral("sqlite3.csv"));
        QProcess sqlite;
        sqlite.setStandardOutputFile(sqliteCsv);
        QElapsedTimer timer;
        timer.start();
        sqlite.start(QStringLiteral("sqlite3"),
                     {QStringLiteral("-csv"), QStringLiteral("-header"), QStringLiteral("-readonly"), path,
                      QStringLiteral("SELECT * FROM contacts")});
        const bool ran = sqlite.waitForFinished(-1) && sqlite.exitCode() == 0;
        const double sqliteMs = elapsedMs(timer);
        if (ran)
            print("sqlite3 -csv: SELECT * FROM contacts", sqliteMs / 1000.0, "s");
        else
            std::printf("  sqlite3 shell not found (apt-get install sqlite3): no ratio\n");
        for (const auto& [label, format] : {std::pair{"export contacts to CSV", ContactExport::Format::Csv},
                                            std::pair{"export contacts to vCard", ContactExport::Format::VCard}}) {
            QFile file(exportDir.filePath(QStringLiteral("contacts.out")));
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(file.fileName()));
            timer.start();
            if (!ContactExport(db).write(&file, format))
                qFatal("%s failed", label);
            file.close();
            const double ms = elapsedMs(timer);
            if (ran && format == ContactExport::Format::Csv)
                std::printf("  %-44s %10.2f s (%.2f x sqlite3)\n", label, ms / 1000.0, ms / sqliteMs);
            else
                print(label, ms / 1000.0, "s");
        }

        // Import: the contacts exported exactly, into an empty database (normalised, checked for duplicates,
        // indexed for search), against sqlite3's .import of the same file into a bare table.
        const QString csv = exportDir.filePath(QStringLiteral("exact.csv"));
        {
            QFile file(csv);
            if (!file.open(QIODevice::WriteOnly) ||
                !ContactExport(db).write(&file, ContactExport::Format::Csv, ContactExport::CsvMode::Exact))
                qFatal("exact export failed");
        }
        QProcess bare;
        timer.start();
        bare.start(QStringLiteral("sqlite3"), {exportDir.filePath(QStringLiteral("bare.sqlite")),
                                               QStringLiteral(".import --csv %1 bare").arg(csv)});
        const bool imported = bare.waitForFinished(-1) && bare.exitCode() == 0;
        const double bareMs = elapsedMs(timer);
        if (imported)
            print("sqlite3 .import of that CSV, bare table", bareMs / 1000.0, "s");
        const auto importInto = [&](const QSqlDatabase& target, const QString& file, bool dryRun) {
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file));
            ImportOptions options;
            options.format = CsvReader::detect(input.peek(65536));
            options.mapping = ContactFields::map(ContactExport::csvColumns(), ContactFields::builtInPresets().first());
            options.dryRun = dryRun;
            auto report = ContactImport(target).run(&input, options);
            if (!report)
                qFatal("import failed: %s", qPrintable(report.error()));
            return report.value();
        };
        {
            auto empty = Database::open(exportDir.filePath(QStringLiteral("imported.sqlite")));
            if (!empty)
                qFatal("%s", qPrintable(empty.error()));
            timer.start();
            const ImportReport report = importInto(empty.value()->connection(), csv, false);
            const double ms = elapsedMs(timer);
            std::printf("  %-44s %10.2f s (%.1f x sqlite3 .import; %lld created, %lld duplicates)\n",
                        "import that CSV into an empty database", ms / 1000.0, imported ? ms / bareMs : 0.0,
                        static_cast<long long>(report.created), static_cast<long long>(report.skipped));
            print("  peak memory so far", peakMiB(), "MiB");
        }
        // 50,000 new people into this database, checked against all of it (a dry run: all the work, then rolled
        // back, so that the file stays as generated).
        const QString fresh = exportDir.filePath(QStringLiteral("fresh.csv"));
        {
            QFile file(fresh);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(fresh));
            file.write("first_name,last_name,email,phone,company,city\r\n");
            for (int i = 0; i < 50000; ++i)
                file.write(
                    QStringLiteral("Newcomer,Number %1,newcomer%1@fresh.example,+49 30 %2,Fresh %3 GmbH,Berlin\r\n")
                        .arg(i)
                        .arg(5550000 + i)
                        .arg(i % 500)
                        .toUtf8());
        }
        {
            timer.start();
            QFile input(fresh);
            input.open(QIODevice::ReadOnly);
            ImportOptions options;
            options.format = CsvReader::detect(input.peek(65536));
            options.mapping =
                ContactFields::map({QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                                    QStringLiteral("phone"), QStringLiteral("company"), QStringLiteral("city")},
                                   ContactFields::builtInPresets().first());
            options.dryRun = true;
            const auto report = ContactImport(db).run(&input, options);
            if (!report)
                qFatal("import failed: %s", qPrintable(report.error()));
            print("import 50,000 new contacts into this database", elapsedMs(timer) / 1000.0, "s");
        }

        timer.start();
        const auto pairs = DuplicateFinder(db).contacts();
        if (!pairs)
            qFatal("%s", qPrintable(pairs.error()));
        std::printf("  %-44s %10.2f s (%lld pairs)\n", "find duplicate contacts", elapsedMs(timer) / 1000.0,
                    static_cast<long long>(pairs->size()));

        // The demo's phone numbers are stored unchecked: the first health check reads them all with libphonenumber.
        // On a connection of its own, which has no undo journal, as the window runs the check without one.
        auto own = Database::open(path);
        if (!own)
            qFatal("%s", qPrintable(own.error()));
        const QSqlDatabase healthDb = own.value()->connection();
        const qint64 unchecked = DataHealth(healthDb).uncheckedPhones().value();
        for (const bool first : {true, false}) {
            timer.start();
            if (const auto findings = DataHealth(healthDb).check(6); !findings)
                qFatal("%s", qPrintable(findings.error()));
            const QString label = first ? QStringLiteral("data health check (reads %1 phone numbers)").arg(unchecked)
                                        : QStringLiteral("data health check, again");
            print(qPrintable(label), elapsedMs(timer) / 1000.0, "s");
        }
    }
    print("peak memory so far", peakMiB(), "MiB");
    bench::customFields(path, db, model, Clock::now().date());
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    applyAppIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("kontor-bench"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("sizes"), QStringLiteral("Comma-separated contact counts."), QStringLiteral("list"),
          QStringLiteral("100000,1000000")},
         {QStringLiteral("dir"), QStringLiteral("Where the databases go."), QStringLiteral("dir"), QDir::tempPath()},
         {QStringLiteral("reuse"), QStringLiteral("Reuse databases generated by an earlier run.")},
         {QStringLiteral("searches"), QStringLiteral("How many prefix searches."), QStringLiteral("n"),
          QStringLiteral("1000")},
         {QStringLiteral("writes"), QStringLiteral("Only the saves, logs and deal moves.")},
         {QStringLiteral("fields"), QStringLiteral("Only the custom fields' figures (issue 18).")},
         {QStringLiteral("customers"), QStringLiteral("Only the customers' RFM figures (issue 19).")}});
    parser.process(app);

    std::printf("kontor-bench %s, %s build, Qt %s, SQLite %s, %d cores\n",
                qPrintable(QApplication::applicationVersion()), KONTOR_BUILD_TYPE, qVersion(), qPrintable([] {
                    auto db = Database::open(QStringLiteral(":memory:"));
                    return db ? db.value()->sqliteVersion() : QString();
                }()),
                QThread::idealThreadCount());
    for (const QString& size : parser.value(QStringLiteral("sizes")).split(u',', Qt::SkipEmptyParts))
        benchSize(size.toLongLong(), parser.value(QStringLiteral("dir")), parser.isSet(QStringLiteral("reuse")),
                  parser.value(QStringLiteral("searches")).toInt(), parser.isSet(QStringLiteral("writes")),
                  parser.isSet(QStringLiteral("fields")), parser.isSet(QStringLiteral("customers")));
    return 0;
}
