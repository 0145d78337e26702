// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19's assignment figure: a 50,000-row contact import into the bench's database, with assignment rules and
// without, and what the rules add to its time. Each import runs in an action never committed, so the file stays as
// it was; the two are run twice, alternately, and the faster of each is taken.
#include "AssignmentBench.h"
#include "BenchLines.h"

#include "actions/ActionScope.h"
#include "actions/ImportActions.h"
#include "assignment/AssignmentRules.h"
#include "io/CsvReader.h"
#include "territories/Territories.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace kontor::bench {

namespace {

constexpr int rows = 50000;

/// 50,000 new people across eight countries, with postal codes, none of them already in the database.
QByteArray importFile()
{
    static const char* const countries[] = {"Germany",  "Austria", "Switzerland", "Spain",
                                            "Portugal", "France",  "Italy",       "Netherlands"};
    QByteArray csv = "first_name,last_name,email,country,postal_code\n";
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("Ana%1,Import%2,ana%1.import@bench-assign.example,%3,%4\n")
                   .arg(i)
                   .arg(i % 977)
                   .arg(QLatin1String(countries[i % 8]))
                   .arg(10000 + (i * 7919) % 89999)
                   .toUtf8();
    }
    return csv;
}

/// Seconds to import `csv`, in an action taken back afterwards; with `rules`, assignment rules and the salespeople
/// they name are set up first in the same action. `assigned`: how many new contacts got an owner.
double importOnce(const QSqlDatabase& db, const QString& csvPath, bool rules, qint64* assigned)
{
    ActionScope trial(db, QStringLiteral("trial"));
    if (rules) {
        QSqlQuery query(db);
        QList<qint64> team;
        for (const char* name : {"Bench Anna", "Bench Ben", "Bench Cem"}) {
            if (!query.exec(QStringLiteral("INSERT INTO users (name) VALUES ('%1')").arg(QLatin1String(name))))
                qFatal("the salespeople could not be added");
            team << query.lastInsertId().toLongLong();
        }
        Territory dach;
        dach.name = QStringLiteral("Bench DACH");
        dach.countries = {QStringLiteral("Germany"), QStringLiteral("Austria"), QStringLiteral("Switzerland")};
        if (!Territories(db).save({dach}))
            qFatal("the territory could not be saved");
        AssignmentRule north;
        north.name = QStringLiteral("DACH, north");
        north.conditions = {FieldConditions::parse(QStringLiteral("territory = Bench DACH")).value(),
                            FieldConditions::parse(QStringLiteral("postal_code < 50000")).value()};
        north.userIds = {team.at(0)};
        AssignmentRule dachRest;
        dachRest.name = QStringLiteral("DACH");
        dachRest.conditions = {FieldConditions::parse(QStringLiteral("territory = Bench DACH")).value()};
        dachRest.target = AssignTarget::RoundRobin;
        dachRest.userIds = team;
        AssignmentRule iberia;
        iberia.name = QStringLiteral("Iberia");
        iberia.conditions = {FieldConditions::parse(QStringLiteral("country = Spain;Portugal")).value()};
        iberia.userIds = {team.at(1)};
        AssignmentRule rest;
        rest.name = QStringLiteral("Everyone else");
        rest.target = AssignTarget::FewestOpenDeals;
        rest.userIds = team;
        if (Status saved = AssignmentRules(db).save({north, dachRest, iberia, rest}); !saved)
            qFatal("%s", qPrintable(saved.error()));
    }
    QFile input(csvPath);
    input.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.format = CsvReader::detect(input.peek(65536));
    options.mapping = {{0, QStringLiteral("first_name")},
                       {1, QStringLiteral("last_name")},
                       {2, QStringLiteral("email")},
                       {3, QStringLiteral("country")},
                       {4, QStringLiteral("postal_code")}};
    options.fileName = QStringLiteral("bench.csv");
    QElapsedTimer timer;
    timer.start();
    auto report = ImportActions::importFile(db, &input, ImportActions::Format::Csv, ImportKind::Contacts, options);
    const double seconds = ms(timer) / 1000.0;
    if (!report || report->created != rows)
        qFatal("the import failed: %s", report ? "not every row was created" : qPrintable(report.error()));
    *assigned = report->assigned;
    return seconds;
}

} // namespace

void assignment(const QSqlDatabase& db)
{
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("assign.csv"));
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(importFile()) < 0)
            qFatal("the import file could not be written");
    }
    double without = std::numeric_limits<double>::max();
    double with = std::numeric_limits<double>::max();
    qint64 assigned = 0;
    for (int round = 0; round < 2; ++round) {
        qint64 none = 0;
        without = std::min(without, importOnce(db, csvPath, false, &none));
        with = std::min(with, importOnce(db, csvPath, true, &assigned));
    }
    line("import 50,000 contacts, no assignment rules", without, "s");
    std::printf("  %-44s %10.2f s (+%.1f %%, %lld given an owner)\n", "import 50,000 contacts, 4 assignment rules",
                with, 100.0 * (with - without) / without, static_cast<long long>(assigned));
}

} // namespace kontor::bench
