// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoRandom.h"
#include "demo/DemoVocabulary.h"
#include "demo/DemoWorld.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>
#include <optional>
#include <vector>

namespace kontor::demo {

/// The demo data's rows, written a step at a time: users, lead sources' campaigns, the stages read, companies, then
/// contact after contact with emails, phones, deals and reminders. Each step keeps what the later ones refer to.
/// All draw from one random sequence, in this order: a step that draws one number more or fewer, or in another
/// order, changes every row after it, and a seed would no longer give the same database.
class DemoWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    /// Inside the generator's transaction, with the bulk load set up: prepares the contacts' statements.
    DemoWriter(QSqlDatabase db, const DemoOptions& options, qint64 now, QDate today, DemoSummary& summary);

    /// The owner plus a sales team.
    Status addUsers();
    /// For each lead source, the campaigns of the last year a small business runs, with their spend.
    Status addCampaigns();
    /// The stages deals walk through, as the database has them.
    Status readStages();
    /// About one per eight contacts; a fifth of them are branches of an earlier head office.
    Status addCompanies();
    /// A contact with its emails and phones, often a deal, sometimes a reminder; returns the contact's id. About one
    /// in 170 is a recent contact typed in again, for the duplicate finder.
    Result<qint64> addContact();

    /// How many open reminders are overdue when the demo is written: a handful, growing with the square root of the
    /// contacts (7 at 5,000, 50 at most), as a team that keeps up with its follow-ups has.
    static qint64 overdueReminders(qint64 contacts);

private:
    /// A contact written, with what its emails, phones, deal and reminder are made of.
    struct NewContact
    {
        qint64 id = 0;
        const Culture* culture = nullptr;
        /// Whether the name is in Latin script (a Persian name in Hamburg is; one in Tehran is not).
        bool latinName = true;
        QString first;
        QString last;
        qint64 companyId = 0;
        QString domain;
        qint64 created = 0;
        qint64 sourceId = 0;
        qint64 campaignId = 0;
        qint64 owner = 0;
        /// The first email address and phone number (in E.164): written, or for a twin of an earlier contact, to be
        /// written again, the address in other letter case, the number without spaces.
        QString email;
        QString phoneE164;
        bool twin = false;
        /// The lifecycle stage written ("customer", "inactive").
        QString stage;
    };
    struct StageInfo
    {
        qint64 id;
        QString kind;
        int staleAfterDays;
    };
    struct Campaign
    {
        qint64 id;
        qint64 startMs;
        qint64 endMs;
    };

    Status insertContact(NewContact& contact);
    /// The stages the contact went through to the one it is in, spread between its creation and now.
    Status addStagePath(const NewContact& contact, const QString& stage);
    Status addEmails(NewContact& contact);
    Status addPhones(NewContact& contact);
    Status addDeal(const NewContact& contact);
    /// Orders again after a deal won at `wonAt`: some customers buy once, others every few months (RFM's frequency).
    Status addRepeatOrders(const NewContact& contact, qint64 wonAt);
    /// Writes a deal that went along `path` (stage index, when) from `created`, with its history.
    /// `order`: the customer's how manieth order it is, shown in the title from the second on.
    Status insertDeal(const NewContact& contact, const QList<QPair<int, qint64>>& path, qint64 created, bool closed,
                      DemoRandom& random, int order = 1);
    /// Counts a deal closed at `at` for winsOn's balance.
    void countClosed(qint64 at, bool won);
    Status addReminder(const NewContact& contact, bool overdue);
    /// Whether a deal at the last open stage is won when it closes at `at`.
    bool winsOn(qint64 at);
    QSqlQuery& historyStatement(qsizetype rows);
    qint64 pickSource();
    qint64 pickCampaign(qint64 sourceId, qint64 created);
    /// A head office's name, and in `stem` the start of its web domain.
    QString companyName(int cultureIndex, QString& stem);
    static Status failure(const QSqlQuery& query);

    QSqlDatabase m_db;
    const DemoOptions& m_options;
    const qint64 m_now;
    const QDate m_today;
    DemoSummary& m_summary;
    /// Where the business is at home, in the demo's language.
    const DemoWorld m_world;
    DemoRandom m_random;
    /// Names, cultures and companies of the contacts.
    DemoRandom m_people;
    /// Repeat orders, drawn apart so that the other draws of a seed stay as they were.
    DemoRandom m_repeats;

    QList<qint64> m_userIds;
    QList<qint64> m_sourceIds;
    /// How many contacts in a hundred come from each source, in the order of m_sourceIds.
    QList<int> m_sourceWeights;
    int m_totalSourceWeight = 0;
    QHash<qint64, QList<Campaign>> m_campaignsBySource;
    QList<StageInfo> m_stages;
    QList<int> m_openStages;
    int m_wonStage = -1;
    int m_lostStage = -1;
    std::vector<qint64> m_companyIds;
    std::vector<int> m_companyCulture;
    std::vector<QString> m_companyDomains;
    /// The cultures' weights added up, to pick one by.
    int m_totalWeight = 0;
    /// Contacts written so far, and how many of them get an overdue reminder: spread evenly over all of them.
    qint64 m_written = 0;
    qint64 m_overdue = 0;
    /// Deals closed and won so far, by week from the UTC day m_firstDealDay.
    qint64 m_firstDealDay = 0;
    std::vector<qint64> m_closedInWeek;
    std::vector<qint64> m_wonInWeek;
    /// The latest contacts, for a twin to copy.
    std::array<NewContact, 16> m_recent;
    qint64 m_recentCount = 0;

    QSqlQuery m_insertContact;
    QSqlQuery m_insertEmail;
    QSqlQuery m_insertPhone;
    QSqlQuery m_insertDeal;
    /// Inserts of a deal's history, by its number of rows.
    std::vector<std::optional<QSqlQuery>> m_insertHistory;
    QSqlQuery m_insertReminder;
    QSqlQuery m_insertStage;
};

} // namespace kontor::demo
