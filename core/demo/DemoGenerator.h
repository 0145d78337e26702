// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kontor {

struct DemoOptions
{
    qint64 contacts = 500;
    quint64 seed = 1;
    /// Average number of interactions per contact, spread over the last year.
    int interactionsPerContact = 10;
    /// The language the demo is made in ("fa", "de"): its business is at home in that language's country, its people
    /// and companies named there. Its notes, products and titles come from the installed translation. Empty: an
    /// English-speaking business with customers across Europe and beyond.
    QString language;
};

struct DemoSummary
{
    qint64 users = 0;
    qint64 companies = 0;
    qint64 contacts = 0;
    qint64 interactions = 0;
    qint64 deals = 0;
    qint64 reminders = 0;
    qint64 campaigns = 0;
};

/// Fills a database with realistic, deterministic sample data: the same seed and the same clock give the same
/// rows. Companies with branches, contacts from several lead sources and their campaigns (names of many origins, in
/// Latin, Persian, Bengali, Amharic, Greek and Cyrillic scripts, a few typed in twice), a year of calls, meetings and
/// emails with outcomes, deals moving through the stages with their history (about one closed deal in four won),
/// reminders done, due and a handful overdue, birthdays and a few complaints.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    explicit DemoGenerator(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Runs in one transaction: cancelled or failed, the database is left as it was.
    Result<DemoSummary> generate(const DemoOptions& options, const ProgressCallback& progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace kontor
