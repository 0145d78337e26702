// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "reports/ReportSummaries.h"

#include "Clock.h"
#include "UtcTime.h"
#include "repositories/PipelineRepository.h"
#include "search/Search.h"
#include "search/TextFolding.h"
#include "storage/BulkLoad.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <array>
#include <vector>

namespace kontor {

namespace {

// splitmix64: the same sequence on every platform and standard library, unlike std::*_distribution.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// 0 <= result < bound
    qint64 below(qint64 bound) { return bound <= 0 ? 0 : static_cast<qint64>((next() >> 11) % quint64(bound)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List>
    const auto& pick(const List& list)
    {
        return list[static_cast<std::size_t>(below(static_cast<qint64>(std::size(list))))];
    }

private:
    quint64 m_state;
};

struct Culture
{
    int weight;
    const char* countryCode;
    const char* country;
    std::vector<const char*> firstNames;
    std::vector<const char*> lastNames;
    std::vector<const char*> cities;
    bool latin;
};

const std::vector<Culture>& cultures()
{
    static const std::vector<Culture> all = {
        {30,
         "44",
         "United Kingdom",
         {"James",  "Mary",      "Robert",  "Patricia",  "John",    "Jennifer", "Michael", "Linda",
          "David",  "Elizabeth", "William", "Susan",     "Richard", "Jessica",  "Thomas",  "Sarah",
          "Daniel", "Karen",     "Oliver",  "Charlotte", "Harry",   "Amelia",   "Grace",   "Jack"},
         {"Smith",  "Johnson", "Brown",    "Taylor",   "Wilson",  "Davies",    "Evans", "Roberts",
          "Walker", "Wright",  "Thompson", "White",    "Hughes",  "Edwards",   "Green", "Hall",
          "Wood",   "Harris",  "Clarke",   "McDonald", "O'Brien", "Fitzgerald"},
         {"London", "Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff"},
         true},
        {20,
         "49",
         "Germany",
         {"Lukas", "Anna", "Jonas", "Lea", "Leon", "Hannah", "Felix", "Sophie", "Maximilian", "Marie", "Jürgen",
          "Käthe", "Björn", "Sören", "Greta", "Moritz"},
         {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
          "Köhler", "Groß", "von Bülow", "van der Berg"},
         {"Berlin", "Hamburg", "München", "Köln", "Leipzig", "Düsseldorf"},
         true},
        {10,
         "33",
         "France",
         {"Élodie", "François", "Hélène", "Jérôme", "Amélie", "Loïc", "Chloé", "Benoît", "Camille", "Théo"},
         {"Dubois", "Lefèvre", "Girard", "Moreau", "Laurent", "Bérenger", "Rousseau", "Fontaine", "Mercier"},
         {"Paris", "Lyon", "Marseille", "Toulouse", "Lille"},
         true},
        {8,
         "34",
         "Spain",
         {"José", "María", "Sofía", "Andrés", "Lucía", "Álvaro", "Inés", "Martín", "Pilar", "Íñigo"},
         {"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Núñez", "Peña", "Ibáñez"},
         {"Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao"},
         true},
        {8,
         "98",
         "Iran",
         {"علی", "مریم", "رضا", "زهرا", "حسین", "فاطمه", "محمد", "سارا", "امیر", "نگار", "پرستو", "کاوه"},
         {"محمدی", "حسینی", "رضایی", "کریمی", "احمدی", "موسوی", "جعفری", "کاظمی", "تهرانی"},
         {"تهران", "اصفهان", "شیراز", "تبریز", "مشهد"},
         false},
        {8,
         "880",
         "Bangladesh",
         {"রহিম", "করিম", "ফাতেমা", "আয়েশা", "সুমন", "তানিয়া", "রাজু", "নুসরাত", "অর্পিতা", "সাকিব"},
         {"আহমেদ", "হোসেন", "চৌধুরী", "রহমান", "ইসলাম", "খান", "দাস", "সরকার"},
         {"ঢাকা", "চট্টগ্রাম", "খুলনা", "সিলেট"},
         false},
        {6,
         "251",
         "Ethiopia",
         {"አበበ", "ተስፋዬ", "ሰላም", "ሄኖክ", "መሰረት", "ዮሐንስ", "ብርሃን", "ትዕግስት", "ሳምራዊት", "ዳዊት"},
         {"ከበደ", "ገብሬ", "ታደሰ", "ወልደ", "አለሙ", "በቀለ", "ሀይሌ", "ደስታ"},
         {"አዲስ አበባ", "ባህር ዳር", "ሀዋሳ", "መቀሌ"},
         false},
        {5,
         "30",
         "Greece",
         {"Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Κατερίνα", "Σοφία", "Κώστας"},
         {"Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Καραγιάννης", "Βασιλείου"},
         {"Αθήνα", "Θεσσαλονίκη", "Πάτρα"},
         false},
        {5,
         "7",
         "Russia",
         {"Алексей", "Ольга", "Дмитрий", "Наталья", "Сергей", "Екатерина", "Иван", "Анна"},
         {"Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Новиков"},
         {"Москва", "Санкт-Петербург", "Казань", "Новосибирск"},
         false},
    };
    return all;
}

const std::array companyPrefixes = {"Nord", "Blue", "Alpha", "Global", "Green", "Rapid", "Smart",   "Prime",  "Atlas",
                                    "Nova", "Sun",  "Iron",  "Silver", "Oak",   "Delta", "Pioneer", "Bright", "Summit"};
const std::array companyCores = {"Tech",    "Logistics", "Foods",  "Systems", "Consulting", "Media",
                                 "Energy",  "Textiles",  "Pharma", "Motors",  "Design",     "Software",
                                 "Trading", "Print",     "Build",  "Health"};
const std::array legalForms = {"GmbH", "Ltd", "Inc.", "SA", "AG", "LLC", "& Co.", "plc", "SARL", "BV"};
const std::array industries = {"Retail",       "Manufacturing", "Software", "Logistics", "Healthcare",
                               "Construction", "Hospitality",   "Finance",  "Education", "Agriculture"};
const std::array sizes = {"1-10", "11-50", "51-200", "201-1000", "1000+"};
const std::array titles = {"CEO",
                           "Managing Director",
                           "Head of Purchasing",
                           "Sales Manager",
                           "Office Manager",
                           "CTO",
                           "Project Lead",
                           "Buyer",
                           "Operations Manager",
                           "Owner",
                           "Accountant"};
const std::array products = {"Starter plan", "Premium support",    "warehouse scanners", "onboarding workshop",
                             "cloud backup", "annual maintenance", "fleet tracking",     "POS terminals"};
const std::array weekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
const std::array noteTemplates = {
    "Discussed the %1 offer; they want a quote by %2.",
    "Renewal of the %1 contract: decision expected next week.",
    "Presented %1 to their team, good feedback on price, worried about rollout time.",
    "Sent the revised proposal for %1 with the volume discount.",
    "Asked about %1 integration with their accounting software.",
    "Follow-up on the invoice for %1; payment promised by the end of the month.",
    "Met at the trade show, interested in %1 for the new branch.",
    "Budget for %1 frozen until %2, call back then.",
};
const std::array complaintTemplates = {
    "Complaint: the %1 delivery arrived late and partly damaged.",
    "Complaint: billed twice for %1.",
    "Complaint: support did not answer about %1 for three days.",
};
const std::array reminderTemplates = {"Call back %1", "Send proposal to %1", "Check in with %1",
                                      "Prepare meeting with %1", "Follow up on quote for %1"};
const std::array salespeople = {"Alex Morgan", "Sam Becker", "Nadia Rahman", "Tomás Ortega"};
const std::array lostReasons = {"Price too high", "Chose a competitor", "No budget", "No decision", "Timing"};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Latin names become ASCII for email local parts; other scripts get a neutral address.
QString emailLocalPart(const QString& first, const QString& last, qint64 id, bool latin)
{
    if (!latin)
        return QStringLiteral("contact%1").arg(id);
    QString local;
    for (const QChar c : sortKey(first + u'.' + last)) {
        if ((c >= u'a' && c <= u'z') || c == u'.')
            local.append(c);
    }
    return local + QString::number(id % 97);
}

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

struct StageInfo
{
    qint64 id;
    QString kind;
};

// A year of calls, meetings, emails, notes and complaints for a range of contacts, generated by one INSERT ... SELECT:
// row-by-row inserts through Qt cost several times more than SQLite's own work for ten million rows. The values
// come from a hash of (seed, contact, k) computed in 31-bit integer arithmetic, so they are the same everywhere.
class InteractionBatch
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    InteractionBatch(QSqlDatabase db, const DemoOptions& options, qint64 now)
        : m_db(std::move(db)), m_options(options), m_now(now)
    {
    }

    Status prepare()
    {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("DROP TABLE IF EXISTS temp.demo_text"));
        if (!query.exec(QStringLiteral("CREATE TEMP TABLE demo_text (kind TEXT NOT NULL, n INTEGER NOT NULL, "
                                       "text TEXT NOT NULL, PRIMARY KEY (kind, n))")))
            return Status::failure(sql::errorText(query));
        QSqlQuery insert = sql::prepare(m_db, QStringLiteral("INSERT INTO temp.demo_text VALUES (?, ?, ?)"));
        auto add = [&insert](const QString& kind, int n, const QString& value) {
            insert.addBindValue(kind);
            insert.addBindValue(n);
            insert.addBindValue(value);
            return insert.exec();
        };
        int notes = 0;
        int complaints = 0;
        for (std::size_t p = 0; p < products.size(); ++p) {
            const QString product = text(products[p]);
            const int n = static_cast<int>(p);
            if (!add(QStringLiteral("meeting"), n, tr("Meeting about %1").arg(product)) ||
                !add(QStringLiteral("email"), n, tr("Re: %1").arg(product)))
                return Status::failure(sql::errorText(insert));
            for (const char* note : noteTemplates) {
                for (const char* weekday : weekdays) {
                    const QString pattern = text(note);
                    const QString value = pattern.contains(QStringLiteral("%2")) ? pattern.arg(product, text(weekday))
                                                                                 : pattern.arg(product);
                    if (!add(QStringLiteral("note"), notes++, value))
                        return Status::failure(sql::errorText(insert));
                }
            }
            for (const char* complaint : complaintTemplates) {
                if (!add(QStringLiteral("complaint"), complaints++, text(complaint).arg(product)))
                    return Status::failure(sql::errorText(insert));
            }
        }
        if (!add(QStringLiteral("subject"), 0, tr("Complaint")))
            return Status::failure(sql::errorText(insert));
        // Per product: the texts are numbered product by product, so a note speaks of the subject's product.
        m_noteCount = notes / static_cast<int>(products.size());
        m_complaintCount = complaints / static_cast<int>(products.size());
        return {};
    }

    /// Adds the history of contacts firstId..lastId and sets their "last contacted" time; returns the rows added.
    Result<qint64> generate(qint64 firstId, qint64 lastId)
    {
        const qint64 maxPerContact = 2LL * m_options.interactionsPerContact;
        const qint64 dayMs = 24LL * 60 * 60 * 1000;
        const qint64 today = m_now / dayMs * dayMs;
        QSqlQuery query = sql::prepare(m_db, QStringLiteral(R"SQL(
WITH RECURSIVE
  seq(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM seq WHERE k < :max),
  people AS (
    SELECT id, owner_id, (id * 40503 + :seed * 69069 + 12345) % 2147483647 AS h0
    FROM contacts WHERE id BETWEEN :first AND :last),
  counted AS (
    SELECT id, owner_id, h0, ((h0 * 1103515245 + 12345) % 2147483648) / 1024 % (:max + 1) AS n FROM people),
  draws AS (
    SELECT id, owner_id, k, ((h0 + k * 7919 + 1) * 1103515245 + 12345) % 2147483648 AS r1
    FROM counted JOIN seq ON seq.k < counted.n),
  more AS (
    SELECT id, owner_id, r1, (r1 * 1103515245 + 12345) % 2147483648 AS r2 FROM draws),
  rows AS (
    SELECT id, owner_id, r1, r2, (r2 * 1103515245 + 12345) % 2147483648 AS r3,
      CASE WHEN r1 / 1024 % 100 < 45 THEN 'call' WHEN r1 / 1024 % 100 < 70 THEN 'email'
           WHEN r1 / 1024 % 100 < 85 THEN 'meeting' WHEN r1 / 1024 % 100 < 95 THEN 'note'
           WHEN r1 / 1024 % 100 < 99 THEN 'message' ELSE 'complaint' END AS kind,
      r2 / 2 % 20 = 0 AND r1 / 1024 % 100 BETWEEN 70 AND 84 AS upcoming,
      CASE
        -- One meeting in twenty is still ahead: within the next two weeks, on the half hour.
        WHEN r2 / 2 % 20 = 0 AND r1 / 1024 % 100 BETWEEN 70 AND 84
          THEN :today + (1 + r1 / 65536 % 14) * 86400000 + (480 + r2 / 4096 % 18 * 30) * 60000
        -- The rest happened in the last year, in working hours; what would lie later today moves to yesterday.
        ELSE :today - (r1 / 65536 % 365) * 86400000 + (420 + r2 / 4096 % 600) * 60000
             - CASE WHEN :today - (r1 / 65536 % 365) * 86400000 + (420 + r2 / 4096 % 600) * 60000 > :now
                    THEN 86400000 ELSE 0 END
      END AS at
    FROM more),
  shaped AS (
    SELECT *,
      CASE WHEN upcoming THEN NULL
           WHEN kind = 'call' THEN CASE r2 / 64 % 6 WHEN 0 THEN 'successful' WHEN 1 THEN 'neutral'
                                     WHEN 2 THEN 'unsuccessful' WHEN 3 THEN 'no_answer' WHEN 4 THEN 'voicemail'
                                     ELSE 'busy' END
           WHEN kind = 'meeting' THEN CASE r2 / 64 % 3 WHEN 0 THEN 'successful' WHEN 1 THEN 'neutral'
                                        ELSE 'unsuccessful' END
      END AS outcome,
      r3 / 8192 % 8 AS product
    FROM rows)
INSERT INTO interactions (contact_id, kind, direction, occurred_at, duration_seconds, subject, notes, outcome,
                          resolved_at, logged_by, created_at)
SELECT id, kind,
  CASE WHEN kind = 'complaint' THEN 'inbound' WHEN kind = 'note' THEN NULL
       WHEN r3 / 16 % 10 < 7 THEN 'outbound' ELSE 'inbound' END,
  at,
  CASE WHEN kind = 'call' AND outcome NOT IN ('no_answer', 'busy') THEN 60 + r3 / 128 % 1741
       WHEN kind = 'meeting' THEN (2 + r3 / 128 % 7) * 900 END,
  CASE kind WHEN 'meeting' THEN (SELECT text FROM temp.demo_text WHERE kind = 'meeting' AND n = product)
            WHEN 'email' THEN (SELECT text FROM temp.demo_text WHERE kind = 'email' AND n = product)
            WHEN 'complaint' THEN (SELECT text FROM temp.demo_text WHERE kind = 'subject' AND n = 0) END,
  CASE WHEN kind = 'complaint'
         THEN (SELECT text FROM temp.demo_text
               WHERE kind = 'complaint' AND n = product * :complaints + r2 / 16 % :complaints)
       WHEN outcome IN ('no_answer', 'busy', 'voicemail') OR upcoming THEN NULL
       WHEN r2 / 256 % 10 < 3
         THEN (SELECT text FROM temp.demo_text WHERE kind = 'note' AND n = product * :notes + r3 / 64 % :notes) END,
  outcome,
  CASE WHEN kind = 'complaint' AND r3 / 32 % 10 < 7 THEN min(:now, at + (1 + r3 / 512 % 14) * 86400000) END,
  owner_id, min(at, :now)
FROM shaped
)SQL"));
        query.bindValue(QStringLiteral(":max"), maxPerContact);
        query.bindValue(QStringLiteral(":seed"), qint64(m_options.seed % 1000003));
        query.bindValue(QStringLiteral(":first"), firstId);
        query.bindValue(QStringLiteral(":last"), lastId);
        query.bindValue(QStringLiteral(":now"), m_now);
        query.bindValue(QStringLiteral(":today"), today);
        query.bindValue(QStringLiteral(":notes"), m_noteCount);
        query.bindValue(QStringLiteral(":complaints"), m_complaintCount);
        if (!query.exec())
            return Result<qint64>::failure(tr("Generating demo data failed: %1").arg(sql::errorText(query)));
        const qint64 added = query.numRowsAffected();
        // A successful call is often followed by the contact's next meeting: its next step booked it.
        QSqlQuery link = sql::prepare(
            m_db, QStringLiteral("UPDATE interactions SET next_meeting_id = (SELECT m.id FROM interactions m "
                                 "  WHERE m.contact_id = interactions.contact_id AND m.kind = 'meeting' "
                                 "  AND m.occurred_at > interactions.occurred_at "
                                 "  AND m.occurred_at < interactions.occurred_at + 60 * 86400000 "
                                 "  ORDER BY m.occurred_at LIMIT 1) "
                                 "WHERE contact_id BETWEEN ? AND ? AND kind = 'call' AND outcome = 'successful'"));
        link.addBindValue(firstId);
        link.addBindValue(lastId);
        if (!link.exec())
            return Result<qint64>::failure(tr("Generating demo data failed: %1").arg(sql::errorText(link)));
        QSqlQuery touch = sql::prepare(
            m_db, QStringLiteral("UPDATE contacts SET last_interaction_at = (SELECT max(occurred_at) FROM interactions "
                                 "WHERE contact_id = contacts.id AND occurred_at <= ?) WHERE id BETWEEN ? AND ?"));
        touch.addBindValue(m_now);
        touch.addBindValue(firstId);
        touch.addBindValue(lastId);
        if (!touch.exec())
            return Result<qint64>::failure(tr("Generating demo data failed: %1").arg(sql::errorText(touch)));
        return added;
    }

    Status finish()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("DROP TABLE temp.demo_text")))
            return Status::failure(sql::errorText(query));
        return {};
    }

private:
    QSqlDatabase m_db;
    DemoOptions m_options;
    qint64 m_now;
    int m_noteCount = 0;
    int m_complaintCount = 0;
};

} // namespace

Result<DemoSummary> DemoGenerator::generate(const DemoOptions& options, const ProgressCallback& progress)
{
    using R = Result<DemoSummary>;
    if (options.contacts < 0)
        return R::failure(tr("The number of contacts cannot be negative."));

    Random random(options.seed);
    const qint64 now = Clock::nowMs();
    const QDate today = Clock::now().date();
    DemoSummary summary;

    auto fail = [](const QSqlQuery& query) {
        return R::failure(tr("Generating demo data failed: %1").arg(sql::errorText(query)));
    };
    auto report = [&](qint64 done, qint64 total, const QString& phase) {
        return !progress || progress(done, total, phase);
    };
    const QString cancelled = tr("Generating demo data was cancelled; the database is unchanged.");

    QSqlQuery pragma(m_db);
    // A large page cache keeps the random inserts into the time indexes in memory.
    pragma.exec(QStringLiteral("PRAGMA cache_size = -1048576"));
    struct RestoreCache
    {
        QSqlDatabase db;
        ~RestoreCache() { QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -65536")); }
    } restoreCache{m_db};

    // In WAL mode every page of one big transaction is written twice: to the log, then back into the file. With a
    // rollback journal, pages added to the end of the file are written once and only the few changed ones are
    // journalled, which halves the writing for a large load. Another open connection keeps WAL: then nothing changes.
    QString journalMode;
    if (pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next())
        journalMode = pragma.value(0).toString();
    pragma.finish();
    if (journalMode == QStringLiteral("wal"))
        pragma.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    pragma.finish();
    struct RestoreJournal
    {
        QSqlDatabase db;
        bool wasWal;
        ~RestoreJournal()
        {
            if (wasWal)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        }
    } restoreJournal{m_db, journalMode == QStringLiteral("wal")};

    // Building the indexes and summing the report summaries sort millions of rows: spilled to a temporary file in
    // sorted runs that is 2.5 times faster than in memory (measured). Switching drops the connection's temporary
    // objects, which a connection that is about to be filled with demo data does not have.
    pragma.exec(QStringLiteral("PRAGMA temp_store = FILE"));
    struct RestoreTempStore
    {
        QSqlDatabase db;
        ~RestoreTempStore() { QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY")); }
    } restoreTempStore{m_db};

    // Row-by-row foreign key checks cost a b-tree search per reference; the generated rows are checked all at once
    // with foreign_key_check before committing instead. (A no-op when called inside an open transaction.)
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    struct RestoreForeignKeys
    {
        QSqlDatabase db;
        ~RestoreForeignKeys() { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    } restoreForeignKeys{m_db};

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const Result<QStringList> suspendedTriggers = SearchIndex::suspendTriggers(m_db);
    if (!suspendedTriggers)
        return R::failure(suspendedTriggers.error());
    // The pipeline totals are summed once at the end instead of by a trigger per deal.
    const Result<QStringList> suspendedTotals = BulkLoad::dropTriggers(m_db, QStringLiteral("deals_totals_"));
    if (!suspendedTotals)
        return R::failure(suspendedTotals.error());
    // Generated rows have no history of changes to show.
    const Result<QStringList> suspendedAudit = BulkLoad::dropTriggers(m_db, QStringLiteral("audit_"));
    if (!suspendedAudit)
        return R::failure(suspendedAudit.error());
    // The report summaries are counted once at the end, like the totals.
    const Result<QStringList> suspendedSummaries = BulkLoad::dropTriggers(m_db, QStringLiteral("reports_"));
    if (!suspendedSummaries)
        return R::failure(suspendedSummaries.error());
    // Kept: the indexes the load itself reads (a contact's history and addresses, by contact).
    const Result<QStringList> suspendedIndexes = BulkLoad::dropIndexes(
        m_db,
        {QStringLiteral("contacts"), QStringLiteral("contact_emails"), QStringLiteral("contact_phones"),
         QStringLiteral("interactions"), QStringLiteral("deals"), QStringLiteral("deal_stage_history"),
         QStringLiteral("reminders"), QStringLiteral("companies")},
        {QStringLiteral("interactions_by_contact"), QStringLiteral("contact_emails_by_contact"),
         QStringLiteral("contact_phones_by_contact")});
    if (!suspendedIndexes)
        return R::failure(suspendedIndexes.error());

    // Users: the owner plus a sales team.
    QList<qint64> userIds;
    {
        QSqlQuery select(m_db);
        if (!select.exec(QStringLiteral("SELECT id FROM users ORDER BY id")))
            return fail(select);
        while (select.next())
            userIds << select.value(0).toLongLong();
        QSqlQuery insert = sql::prepare(m_db, QStringLiteral("INSERT OR IGNORE INTO users (name) VALUES (?)"));
        for (const char* name : salespeople) {
            insert.addBindValue(text(name));
            if (!insert.exec())
                return fail(insert);
            if (insert.numRowsAffected() == 1) {
                userIds << insert.lastInsertId().toLongLong();
                ++summary.users;
            }
        }
    }

    // Lead sources, each with a few campaigns of the last year and their spend.
    QList<qint64> sourceIds;
    QHash<qint64, QList<qint64>> campaignsBySource;
    {
        QSqlQuery select(m_db);
        if (!select.exec(QStringLiteral("SELECT id FROM lead_sources WHERE archived_at IS NULL ORDER BY id")))
            return fail(select);
        while (select.next())
            sourceIds << select.value(0).toLongLong();
        QSqlQuery insert = sql::prepare(
            m_db,
            QStringLiteral("INSERT INTO campaigns (lead_source_id, name, starts_on, ends_on, spend_minor, currency) "
                           "VALUES (?, ?, ?, ?, ?, 'EUR')"));
        for (qint64 sourceId : sourceIds) {
            for (int quarter = 0; quarter < 4; ++quarter) {
                if (!random.chance(60))
                    continue;
                const QDate start = today.addMonths(-12 + quarter * 3);
                insert.addBindValue(sourceId);
                insert.addBindValue(QString(tr("Campaign %1 Q%2").arg(sourceId).arg(quarter + 1) +
                                            QStringLiteral(" (seed %1)").arg(options.seed)));
                insert.addBindValue(start.toString(Qt::ISODate));
                insert.addBindValue(start.addMonths(3).addDays(-1).toString(Qt::ISODate));
                insert.addBindValue(random.between(50, 2000) * 1000 * std::max<qint64>(1, options.contacts / 2000));
                if (!insert.exec())
                    return fail(insert);
                campaignsBySource[sourceId] << insert.lastInsertId().toLongLong();
                ++summary.campaigns;
            }
        }
    }

    QList<StageInfo> stages;
    {
        QSqlQuery select(m_db);
        if (!select.exec(QStringLiteral("SELECT id, kind FROM stages WHERE archived_at IS NULL ORDER BY position")))
            return fail(select);
        while (select.next())
            stages.append({select.value(0).toLongLong(), select.value(1).toString()});
    }
    QList<int> openStages;
    int wonStage = -1;
    int lostStage = -1;
    for (int i = 0; i < stages.size(); ++i) {
        if (stages[i].kind == QStringLiteral("open"))
            openStages << i;
        else if (stages[i].kind == QStringLiteral("won") && wonStage < 0)
            wonStage = i;
        else if (stages[i].kind == QStringLiteral("lost") && lostStage < 0)
            lostStage = i;
    }

    // Companies: about one per eight contacts; a fifth of them are branches of an earlier head office.
    const qint64 companyCount = options.contacts == 0 ? 0 : std::max<qint64>(1, options.contacts / 8);
    std::vector<qint64> companyIds;
    std::vector<int> companyCulture;
    std::vector<QString> companyDomains;
    companyIds.reserve(static_cast<std::size_t>(companyCount));
    {
        QSqlQuery insert = sql::prepare(
            m_db, QStringLiteral("INSERT INTO companies (name, sort_name, parent_id, industry, size, website, phone, "
                                 "  city, country, owner_id, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        std::vector<QString> rootNames;
        for (qint64 i = 0; i < companyCount; ++i) {
            const int cultureIndex = random.chance(80) ? static_cast<int>(random.below(4))
                                                       : static_cast<int>(random.below(qint64(cultures().size())));
            const Culture& culture = cultures()[static_cast<std::size_t>(cultureIndex)];
            const QString city = text(random.pick(culture.cities));
            QString name;
            qint64 parent = 0;
            qint64 parentIndex = -1;
            if (i > 10 && random.chance(20)) {
                parentIndex = random.below(i);
                parent = companyIds[static_cast<std::size_t>(parentIndex)];
                name = rootNames[static_cast<std::size_t>(parentIndex)] + QStringLiteral(" – ") + city;
            } else {
                name = text(random.pick(companyPrefixes)) + u' ' + text(random.pick(companyCores)) + u' ' +
                       text(random.pick(legalForms));
            }
            const QString domain = sortKey(text(random.pick(companyPrefixes)) + text(random.pick(companyCores))) +
                                   QString::number(i) + QStringLiteral(".example");
            const qint64 created = now - random.between(400, 900) * dayMs;
            insert.addBindValue(name);
            insert.addBindValue(sortKey(name));
            insert.addBindValue(sql::id(parent));
            insert.addBindValue(text(random.pick(industries)));
            insert.addBindValue(text(random.pick(sizes)));
            insert.addBindValue(QString(QStringLiteral("https://www.") + domain));
            insert.addBindValue(
                QString(u'+' + text(culture.countryCode) + QString::number(random.between(100000000, 999999999))));
            insert.addBindValue(city);
            insert.addBindValue(text(culture.country));
            insert.addBindValue(userIds[static_cast<qsizetype>(random.below(userIds.size()))]);
            insert.addBindValue(created);
            insert.addBindValue(created);
            if (!insert.exec())
                return fail(insert);
            companyIds.push_back(insert.lastInsertId().toLongLong());
            rootNames.push_back(parentIndex >= 0 ? rootNames[static_cast<std::size_t>(parentIndex)] : name);
            companyCulture.push_back(cultureIndex);
            companyDomains.push_back(domain);
        }
        summary.companies = companyCount;
    }

    int totalWeight = 0;
    for (const Culture& culture : cultures())
        totalWeight += culture.weight;

    QSqlQuery insertContact = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO contacts (first_name, last_name, sort_name, company_id, title, birthday, city, "
                       "  country, lead_source_id, campaign_id, status, owner_id, stay_in_touch_days, created_at, "
                       "  updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertEmail =
        sql::prepare(m_db, QStringLiteral("INSERT INTO contact_emails (contact_id, position, label, "
                                          "email, normalized) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery insertPhone =
        sql::prepare(m_db, QStringLiteral("INSERT INTO contact_phones (contact_id, position, label, "
                                          "phone, normalized) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery insertDeal = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO deals (title, contact_id, company_id, stage_id, amount_minor, currency, "
                       "  expected_close, owner_id, lead_source_id, campaign_id, stage_entered_at, closed_at, "
                       "  lost_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"));
    QSqlQuery insertHistory = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, changed_at, changed_by) "
                       "VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery insertReminder = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO reminders (title, due_at, contact_id, deal_id, owner_id, recurrence, done_at, "
                       "  created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));

    const QStringList statuses = {QStringLiteral("lead"), QStringLiteral("qualified"), QStringLiteral("customer"),
                                  QStringLiteral("inactive"), QStringLiteral("lost")};
    const std::array statusWeights = {35, 20, 30, 10, 5};

    const qint64 reportEvery = std::max<qint64>(1, options.contacts / 200);

    InteractionBatch history(m_db, options, now);
    if (Status prepared = history.prepare(); !prepared)
        return R::failure(prepared.error());
    qint64 batchFirstId = 0;
    qint64 batchLastId = 0;
    auto flushHistory = [&]() -> Status {
        if (!batchFirstId)
            return {};
        auto added = history.generate(batchFirstId, batchLastId);
        if (!added)
            return Status::failure(added.error());
        summary.interactions += added.value();
        batchFirstId = 0;
        return {};
    };

    for (qint64 n = 0; n < options.contacts; ++n) {
        if (n % reportEvery == 0 && !report(n, options.contacts, tr("Contacts and their history")))
            return R::failure(cancelled);
        if (n % 5000 == 0) {
            if (Status flushed = flushHistory(); !flushed)
                return R::failure(flushed.error());
        }

        int pickWeight = static_cast<int>(random.below(totalWeight));
        std::size_t cultureIndex = 0;
        while (pickWeight >= cultures()[cultureIndex].weight) {
            pickWeight -= cultures()[cultureIndex].weight;
            ++cultureIndex;
        }
        qint64 companyId = 0;
        QString domain;
        if (!companyIds.empty() && random.chance(80)) {
            const auto companyIndex = static_cast<std::size_t>(random.below(qint64(companyIds.size())));
            companyId = companyIds[companyIndex];
            domain = companyDomains[companyIndex];
            if (random.chance(70))
                cultureIndex = static_cast<std::size_t>(companyCulture[companyIndex]);
        }
        const Culture& culture = cultures()[cultureIndex];
        const QString first = text(random.pick(culture.firstNames));
        const QString last = text(random.pick(culture.lastNames));
        const qint64 created = now - random.between(1, 720) * dayMs - random.below(dayMs);
        const qint64 sourceId = sourceIds.isEmpty() ? 0 : sourceIds[qsizetype(random.below(sourceIds.size()))];
        qint64 campaignId = 0;
        const QList<qint64>& campaigns = campaignsBySource[sourceId];
        if (!campaigns.isEmpty() && random.chance(50))
            campaignId = campaigns[qsizetype(random.below(campaigns.size()))];
        int statusPick = static_cast<int>(random.below(100));
        int statusIndex = 0;
        while (statusPick >= statusWeights[static_cast<std::size_t>(statusIndex)]) {
            statusPick -= statusWeights[static_cast<std::size_t>(statusIndex)];
            ++statusIndex;
        }
        const qint64 owner = userIds[qsizetype(random.below(userIds.size()))];

        insertContact.addBindValue(first);
        insertContact.addBindValue(last);
        insertContact.addBindValue(sortKey(last + u' ' + first));
        insertContact.addBindValue(sql::id(companyId));
        insertContact.addBindValue(companyId ? QVariant(text(random.pick(titles))) : QVariant());
        insertContact.addBindValue(random.chance(60)
                                       ? QVariant(QDate(int(random.between(1950, 2003)), int(random.between(1, 12)),
                                                        int(random.between(1, 28)))
                                                      .toString(Qt::ISODate))
                                       : QVariant());
        insertContact.addBindValue(text(random.pick(culture.cities)));
        insertContact.addBindValue(text(culture.country));
        insertContact.addBindValue(sql::id(sourceId));
        insertContact.addBindValue(sql::id(campaignId));
        insertContact.addBindValue(statuses[statusIndex]);
        insertContact.addBindValue(owner);
        // A third of the customers are to be called at least monthly, bimonthly or quarterly.
        insertContact.addBindValue(statusIndex == 2 && random.chance(33) ? QVariant(random.between(1, 3) * 30)
                                                                         : QVariant());
        insertContact.addBindValue(created);
        insertContact.addBindValue(created);
        if (!insertContact.exec())
            return fail(insertContact);
        const qint64 contactId = insertContact.lastInsertId().toLongLong();
        if (!batchFirstId)
            batchFirstId = contactId;
        batchLastId = contactId;

        const QString local = emailLocalPart(first, last, contactId, culture.latin);
        const int emailCount = random.chance(90) ? (random.chance(25) ? 2 : 1) : 0;
        for (int e = 0; e < emailCount; ++e) {
            const QString address =
                local + u'@' + (e == 0 && !domain.isEmpty() ? domain : QStringLiteral("mail%1.example").arg(e));
            insertEmail.addBindValue(contactId);
            insertEmail.addBindValue(e);
            insertEmail.addBindValue(e == 0 && !domain.isEmpty() ? QStringLiteral("work") : QStringLiteral("home"));
            insertEmail.addBindValue(address);
            insertEmail.addBindValue(address.toLower());
            if (!insertEmail.exec())
                return fail(insertEmail);
        }
        const int phoneCount = random.chance(85) ? (random.chance(40) ? 2 : 1) : 0;
        for (int p = 0; p < phoneCount; ++p) {
            const QString digits = QString::number(random.between(100000000, 999999999));
            const QString phone = u'+' + text(culture.countryCode) + u' ' + digits.left(3) + u' ' + digits.mid(3);
            insertPhone.addBindValue(contactId);
            insertPhone.addBindValue(p);
            insertPhone.addBindValue(p == 0 ? QStringLiteral("work") : QStringLiteral("mobile"));
            insertPhone.addBindValue(phone);
            insertPhone.addBindValue(QString(u'+' + text(culture.countryCode) + digits));
            if (!insertPhone.exec())
                return fail(insertPhone);
        }

        // About one deal for every two contacts, walked through the stages with its history.
        if (!openStages.isEmpty() && random.chance(50)) {
            qint64 at = std::max(created, now - random.between(5, 360) * dayMs);
            int position = 0;
            QList<QPair<int, qint64>> path{{openStages[0], at}};
            bool closed = false;
            while (!closed) {
                if (random.chance(30))
                    break;
                const qint64 next = at + random.between(1, 20) * dayMs;
                if (next > now)
                    break;
                at = next;
                if (position >= 2 && lostStage >= 0 && random.chance(18)) {
                    path.append({lostStage, at});
                    closed = true;
                } else if (position + 1 >= openStages.size()) {
                    const int final = random.chance(60) ? wonStage : lostStage;
                    if (final < 0)
                        break;
                    path.append({final, at});
                    closed = true;
                } else {
                    position += (random.chance(10) && position + 2 < openStages.size()) ? 2 : 1;
                    path.append({openStages[position], at});
                }
            }
            // A deal left open for months is usually given up: most of the old open ones end as lost, so that the
            // pipeline holds what a looked-after one holds, recent deals and a few forgotten ones.
            if (!closed && lostStage >= 0 && now - at > 21 * dayMs && random.chance(97)) {
                at = std::min(now, at + random.between(10, 40) * dayMs);
                path.append({lostStage, at});
                closed = true;
            }
            const int stageIndex = path.last().first;
            const QString title = text(random.pick(products)) + QStringLiteral(" – ") + first + u' ' + last;
            const bool isLost = stageIndex == lostStage;
            insertDeal.addBindValue(title);
            insertDeal.addBindValue(contactId);
            insertDeal.addBindValue(sql::id(companyId));
            insertDeal.addBindValue(stages[stageIndex].id);
            insertDeal.addBindValue(random.between(50, 5000) * 1000);
            insertDeal.addBindValue(
                utcFromMs(path.first().second + random.between(30, 120) * dayMs).date().toString(Qt::ISODate));
            insertDeal.addBindValue(owner);
            insertDeal.addBindValue(sql::id(sourceId));
            insertDeal.addBindValue(sql::id(campaignId));
            insertDeal.addBindValue(path.last().second);
            insertDeal.addBindValue(closed ? QVariant(path.last().second) : QVariant());
            insertDeal.addBindValue(isLost ? QVariant(text(random.pick(lostReasons))) : QVariant());
            insertDeal.addBindValue(path.first().second);
            insertDeal.addBindValue(path.last().second);
            if (!insertDeal.exec())
                return fail(insertDeal);
            const qint64 dealId = insertDeal.lastInsertId().toLongLong();
            ++summary.deals;
            QVariant from;
            for (const auto& [index, when] : path) {
                insertHistory.addBindValue(dealId);
                insertHistory.addBindValue(from);
                insertHistory.addBindValue(stages[index].id);
                insertHistory.addBindValue(when);
                insertHistory.addBindValue(owner);
                if (!insertHistory.exec())
                    return fail(insertHistory);
                from = stages[index].id;
            }
        }

        // Follow-ups: some overdue, some today, some ahead, some done; a few recur.
        if (random.chance(15)) {
            // On a day from ten days ago to a month ahead, on the half hour between 8:00 and 17:30.
            const qint64 due = (now / dayMs + random.between(-10, 30)) * dayMs + random.between(16, 35) * 1800 * 1000;
            const bool done = due < now && random.chance(60);
            const int recurrencePick = static_cast<int>(random.below(100));
            insertReminder.addBindValue(text(random.pick(reminderTemplates)).arg(first + u' ' + last));
            insertReminder.addBindValue(due);
            insertReminder.addBindValue(contactId);
            insertReminder.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
            insertReminder.addBindValue(owner);
            insertReminder.addBindValue(recurrencePick < 3   ? QStringLiteral("weekly")
                                        : recurrencePick < 6 ? QStringLiteral("monthly")
                                                             : QStringLiteral("none"));
            insertReminder.addBindValue(done ? QVariant(due + 3600 * 1000) : QVariant());
            insertReminder.addBindValue(std::min(now, created));
            if (!insertReminder.exec())
                return fail(insertReminder);
            ++summary.reminders;
        }
        ++summary.contacts;
    }

    if (Status flushed = flushHistory(); !flushed)
        return R::failure(flushed.error());
    if (Status dropped = history.finish(); !dropped)
        return R::failure(dropped.error());
    if (!report(options.contacts, options.contacts, tr("Indexes")))
        return R::failure(cancelled);
    if (Status rebuilt = BulkLoad::recreateIndexes(m_db, suspendedIndexes.value()); !rebuilt)
        return R::failure(rebuilt.error());
    if (!report(options.contacts, options.contacts, tr("Search index")))
        return R::failure(cancelled);
    if (Status resumed = SearchIndex::resumeTriggers(m_db, suspendedTriggers.value()); !resumed)
        return R::failure(resumed.error());
    if (!report(options.contacts, options.contacts, tr("Pipeline totals")))
        return R::failure(cancelled);
    if (Status totals = PipelineRepository::rebuildTotals(m_db); !totals)
        return R::failure(totals.error());
    if (Status resumed = BulkLoad::recreate(m_db, suspendedTotals.value()); !resumed)
        return R::failure(resumed.error());
    if (Status resumed = BulkLoad::recreate(m_db, suspendedAudit.value()); !resumed)
        return R::failure(resumed.error());
    if (!report(options.contacts, options.contacts, tr("Report summaries")))
        return R::failure(cancelled);
    // Once at the end: summing each batch as it is written upserts nearly every row, since a batch's interactions
    // spread over every hour of the year.
    if (Status summaries = ReportSummaries::rebuild(m_db); !summaries)
        return R::failure(summaries.error());
    if (Status resumed = BulkLoad::recreate(m_db, suspendedSummaries.value()); !resumed)
        return R::failure(resumed.error());
    if (!report(options.contacts, options.contacts, tr("Checking references")))
        return R::failure(cancelled);
    QSqlQuery foreignKeys(m_db);
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fail(foreignKeys);
    if (foreignKeys.next())
        return R::failure(tr("Generating demo data failed: a row of %1 refers to a missing row of %2.")
                              .arg(foreignKeys.value(0).toString(), foreignKeys.value(2).toString()));
    foreignKeys.finish();
    if (!report(options.contacts, options.contacts, tr("Writing")))
        return R::failure(cancelled);
    if (Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    // Statistics for the query planner from a sample: a full ANALYZE reads every index of a million-row file.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
    QSqlQuery(m_db).exec(QStringLiteral("ANALYZE"));
    return summary;
}

} // namespace kontor
