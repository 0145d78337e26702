// SPDX-License-Identifier: GPL-3.0-or-later
// Lead scoring against contacts and interactions built by hand; each score is worked out in the comments.
#include "ReportFixture.h"
#include "UtcTime.h"

#include "Clock.h"
#include "actions/ContactActions.h"
#include "actions/InteractionActions.h"
#include "actions/LifecycleRules.h"
#include "actions/ScoreActions.h"
#include "actions/Session.h"
#include "domain/Interaction.h"
#include "reports/CallNext.h"
#include "repositories/ContactListQuery.h"
#include "repositories/ContactRepository.h"
#include "scoring/LeadScoring.h"
#include "scoring/ScoreUpdater.h"

#include <QTest>

using namespace kontor;
using namespace kontor::test;

namespace {

const QDateTime now = utcAt(QDate(2026, 6, 30), QTime(12, 0));

qint64 daysAgo(double days)
{
    return now.toMSecsSinceEpoch() - qint64(days * 24 * 3600 * 1000);
}

ScoreRule fit(const char* name, const char* condition, int points, bool active = true)
{
    ScoreRule rule;
    rule.name = QString::fromLatin1(name);
    rule.condition = FieldConditions::parse(QString::fromLatin1(condition)).value();
    rule.points = points;
    rule.active = active;
    return rule;
}

ScoreRule engagement(const char* name, const QString& kind, const QString& outcome, int days, bool decays, int points)
{
    ScoreRule rule;
    rule.group = ScoreGroup::Engagement;
    rule.name = QString::fromLatin1(name);
    rule.interactionKind = kind;
    rule.outcome = outcome;
    rule.days = days;
    rule.decays = decays;
    rule.points = points;
    return rule;
}

} // namespace

class TestLeadScoring : public QObject
{
    Q_OBJECT

    Fixture m_fixture;
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_c = 0;
    qint64 m_d = 0;

    qint64 person(const char* title, const char* country, bool phone)
    {
        const qint64 id = m_fixture.contact(at("2026-01-01T00:00:00Z"));
        m_fixture.exec(QStringLiteral("UPDATE contacts SET title = ?, country = ? WHERE id = ?"),
                       {QString::fromLatin1(title), QString::fromLatin1(country), id});
        if (phone)
            m_fixture.exec(QStringLiteral("INSERT INTO contact_phones (contact_id, phone, normalized) VALUES (?, "
                                          "'+49 30 1234567', '+49301234567')"),
                           {id});
        return id;
    }

private slots:
    void initTestCase()
    {
        const QString successful = InteractionOutcomes::successful;
        QVERIFY(LeadScoring(m_fixture.db())
                    .saveRules({fit("Director", "title ~ director", 20), fit("Germany", "country = Germany", 10),
                                fit("No phone", "phone empty", -5),
                                engagement("Meeting", InteractionKinds::meeting, successful, 30, false, 25),
                                engagement("Call", InteractionKinds::call, successful, 10, true, 10),
                                engagement("Complaint", InteractionKinds::complaint, QString(), 30, true, -20),
                                fit("Anyone", "title ~ a", 50, false)})
                    .ok());
        // A: a director in Germany with a phone (fit 30); two successful meetings in 30 days count once (25); two
        // answered calls 10 and 20 days ago, halving every 10 days: 5 + 2.5. 62.5 → 63; engagement 32.5 → 33.
        m_a = person("Sales Director", "Germany", true);
        m_fixture.interaction(m_a, InteractionKinds::meeting, daysAgo(10), successful);
        m_fixture.interaction(m_a, InteractionKinds::meeting, daysAgo(20), successful);
        m_fixture.interaction(m_a, InteractionKinds::call, daysAgo(10), successful);
        m_fixture.interaction(m_a, InteractionKinds::call, daysAgo(20), successful);
        m_fixture.interaction(m_a, InteractionKinds::call, daysAgo(1), InteractionOutcomes::noAnswer);
        // B: a clerk in France without a phone (-5); a complaint 30 days ago (-20 halved: -10); a meeting 31 days ago
        // is too old. -15 → 0.
        m_b = person("Clerk", "France", false);
        m_fixture.interaction(m_b, InteractionKinds::complaint, daysAgo(30));
        m_fixture.interaction(m_b, InteractionKinds::meeting, daysAgo(31), successful);
        // C: fit 30; eight answered calls today (80) and a meeting (25): 135 → 100.
        m_c = person("Director of everything", "Germany", true);
        for (int i = 0; i < 8; ++i)
            m_fixture.interaction(m_c, InteractionKinds::call, daysAgo(0), successful);
        m_fixture.interaction(m_c, InteractionKinds::meeting, daysAgo(2), successful);
        // D: an answered call that was archived, and one dated tomorrow: nothing. 0.
        m_d = person("", "", true);
        const qint64 archived = m_fixture.interaction(m_d, InteractionKinds::call, daysAgo(1), successful);
        m_fixture.exec(QStringLiteral("UPDATE interactions SET archived_at = 1 WHERE id = ?"), {archived});
        m_fixture.interaction(m_d, InteractionKinds::call, daysAgo(-1), successful);
        // An archived contact is not scored.
        const qint64 gone = person("Director", "Germany", true);
        m_fixture.exec(QStringLiteral("UPDATE contacts SET archived_at = 1 WHERE id = ?"), {gone});
    }

    void explainsWhichRulesGaveThePoints()
    {
        const ContactScore a = must(LeadScoring(m_fixture.db()).explain(m_a, now));
        QCOMPARE(a.score, 63);
        QCOMPARE(a.fit, 30);
        QCOMPARE(a.engagement, 33);
        QStringList reasons;
        for (const ScoreReason& reason : a.reasons)
            reasons << QStringLiteral("%1 %2").arg(reason.name).arg(reason.points);
        QCOMPARE(reasons.join(QStringLiteral(", ")), QStringLiteral("Director 20, Germany 10, Meeting 25, Call 7.5"));

        const ContactScore b = must(LeadScoring(m_fixture.db()).explain(m_b, now));
        QCOMPARE(b.score, 0);
        QCOMPARE(b.fit, -5);
        QCOMPARE(b.engagement, -10);
        QCOMPARE(must(LeadScoring(m_fixture.db()).explain(m_c, now)).score, 100);
        const ContactScore d = must(LeadScoring(m_fixture.db()).explain(m_d, now));
        QCOMPARE(d.score, 0);
        QVERIFY(d.reasons.isEmpty());
    }

    void rescoresEveryoneAsOneByOne()
    {
        LeadScoring scoring(m_fixture.db());
        QList<qint64> steps;
        QCOMPARE(must(scoring.rescoreAll(now,
                                         [&steps](qint64 done, qint64, const QString&) {
                                             steps << done;
                                             return true;
                                         })),
                 4);
        QVERIFY(steps.size() >= 3);
        for (const auto& [contact, expected] :
             {std::pair{m_a, 63}, std::pair{m_b, 0}, std::pair{m_c, 100}, std::pair{m_d, 0}}) {
            QCOMPARE(must(scoring.stored(contact)), std::optional<int>(expected));
            QCOMPARE(must(scoring.explain(contact, now)).score, expected);
        }
        QCOMPARE(must(scoring.rescoreAll(now)), 0);
        // A successful meeting for B today: -5 - 10 + 25 = 10, stored by the one-contact rescore.
        m_fixture.interaction(m_b, InteractionKinds::meeting, daysAgo(0), InteractionOutcomes::successful);
        QVERIFY(scoring.rescore(m_b, now).ok());
        QCOMPARE(must(scoring.stored(m_b)), std::optional<int>(10));
        // Stopped half way, nothing is stored.
        m_fixture.interaction(m_a, InteractionKinds::complaint, daysAgo(0));
        QVERIFY(!scoring.rescoreAll(now, [](qint64 done, qint64, const QString&) { return done < 2; }).ok());
        QCOMPARE(must(scoring.stored(m_a)), std::optional<int>(63));
    }

    void refusesRulesThatCannotWork()
    {
        LeadScoring scoring(m_fixture.db());
        const QList<ScoreRule> before = must(scoring.rules());
        QCOMPARE(before.size(), 7);
        QVERIFY(!scoring.saveRules({fit("", "title ~ x", 5)}).ok());
        QVERIFY(!scoring.saveRules({fit("Nothing", "title ~ x", 0)}).ok());
        QVERIFY(!scoring.saveRules({fit("Unknown", "shoe_size = 42", 5)}).ok());
        QVERIFY(!scoring.saveRules({engagement("No kind", QString(), QString(), 30, false, 5)}).ok());
        QCOMPARE(must(scoring.rules()), before);
        // A new rule between kept ones (added in Settings) gets an id of its own; the kept ones keep theirs.
        QList<ScoreRule> more = before;
        more.insert(1, fit("New", "title ~ new", 5, false));
        QVERIFY2(scoring.saveRules(more).ok(), qPrintable(scoring.saveRules(more).error()));
        const QList<ScoreRule> saved = must(scoring.rules());
        QCOMPARE(saved.size(), before.size() + 1);
        QCOMPARE(saved.at(1).name, QStringLiteral("New"));
        QVERIFY(saved.at(1).id > before.last().id);
        QCOMPARE(saved.at(2), before.at(1));
        QVERIFY(scoring.saveRules(before).ok());
        QCOMPARE(must(scoring.rules()), before);
    }

    // "score >= 50" narrows the contacts list (More Filters, kontor-cli --where); a contact never scored has 0.
    void theScoreIsAFieldToFilterBy()
    {
        LeadScoring scoring(m_fixture.db());
        QVERIFY(scoring.rescoreAll(now).ok());
        const auto count = [this](const char* text) {
            ContactFilter filter;
            filter.conditions << must(
                FieldConditions::forContacts(m_fixture.db(), must(FieldConditions::parse(QString::fromLatin1(text)))));
            return must(ContactListQuery(m_fixture.db()).count(filter));
        };
        // A 43 (63 less its complaint today), C 100; B 10.
        QCOMPARE(count("score >= 50"), 1);
        QCOMPARE(count("score >= 40"), 2);
        m_fixture.exec(QStringLiteral("DELETE FROM contact_scores WHERE contact_id = ?"), {m_d});
        // B 10, D never scored (0).
        QCOMPARE(count("score < 20"), 2);
        QVERIFY(!FieldConditions::forContacts(m_fixture.db(), must(FieldConditions::parse(QStringLiteral("score ~ 5"))))
                     .ok());
        QVERIFY(!scoring.saveRules({fit("Circular", "score > 10", 5)}).ok());
        QVERIFY(scoring.rescore(m_d, now).ok());
    }

    // The actions' events keep scores in step: a call logged through the action rescores its contact at once; an
    // import asks for everyone.
    void eventsRescore()
    {
        Session session(m_fixture.db());
        int many = 0;
        ScoreUpdater updater(session, m_fixture.db(), [&many] { ++many; });
        const int before = must(LeadScoring(m_fixture.db()).stored(m_d)).value_or(-1);
        QCOMPARE(before, 0);
        LogInteractionInput input;
        input.interaction.contactId = m_d;
        input.interaction.kind = InteractionKinds::meeting;
        input.interaction.outcome = InteractionOutcomes::successful;
        input.interaction.occurredAt = Clock::now().addSecs(-60);
        QVERIFY(InteractionActions::log(m_fixture.db(), input).ok());
        // D: the meeting just held, 25.
        QCOMPARE(must(LeadScoring(m_fixture.db()).stored(m_d)), std::optional<int>(25));
        session.deliver({events::ImportFinished{}});
        QCOMPARE(many, 1);
    }

    // "To MQL at score N": leads whose stored score reached N move to marketing qualified, once, as one action the
    // history names; nobody else moves (other stages, archived contacts), and N = 0 is off.
    void leadsReachingTheThresholdBecomeMql()
    {
        const QSqlDatabase db = m_fixture.db();
        QVERIFY(LeadScoring(db).rescoreAll(now).ok());
        QVERIFY(LeadScoring(db).rescore(m_d, Clock::now()).ok());
        // Stored: A 43, B 10, C 100 (as above), D 25 (its meeting just held). A customer and an archived lead, both
        // scored 90.
        const qint64 customer = person("Director", "Germany", true);
        m_fixture.exec(QStringLiteral("UPDATE contacts SET status = 'customer' WHERE id = ?"), {customer});
        const qint64 gone = person("Director", "Germany", true);
        m_fixture.exec(QStringLiteral("UPDATE contacts SET archived_at = 1 WHERE id = ?"), {gone});
        for (qint64 id : {customer, gone})
            m_fixture.exec(
                QStringLiteral("INSERT INTO contact_scores (contact_id, score, fit, engagement, computed_at) "
                               "VALUES (?, 90, 90, 0, 0)"),
                {id});
        auto status = [&db](qint64 id) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT status FROM contacts WHERE id = %1").arg(id));
            query.next();
            return query.value(0).toString();
        };

        QCOMPARE(LifecycleRules::settings(db).mqlScore, 0);
        QCOMPARE(must(ScoreActions::qualifyLeads(db)), 0);
        QCOMPARE(status(m_a), QStringLiteral("lead"));

        LifecycleRuleSettings rules = LifecycleRules::settings(db);
        rules.mqlScore = 150;
        QVERIFY(LifecycleRules::save(db, rules).ok());
        QCOMPARE(LifecycleRules::settings(db).mqlScore, 100);
        rules.mqlScore = 40;
        QVERIFY(LifecycleRules::save(db, rules).ok());
        QCOMPARE(must(LifecycleRules::leadsAtThreshold(db)), (QList<qint64>{m_a, m_c}));
        QCOMPARE(must(LifecycleRules::leadsAtThreshold(db, {m_a, m_b})), QList<qint64>{m_a});
        QCOMPARE(must(ScoreActions::qualifyLeads(db, {m_b, m_d})), 0);
        QCOMPARE(must(ScoreActions::qualifyLeads(db)), 2);
        for (qint64 id : {m_a, m_c})
            QCOMPARE(status(id), QStringLiteral("mql"));
        QCOMPARE(status(m_b), QStringLiteral("lead"));
        QCOMPARE(status(m_d), QStringLiteral("lead"));
        QCOMPARE(status(customer), QStringLiteral("customer"));
        QCOMPARE(status(gone), QStringLiteral("lead"));
        QSqlQuery history(db);
        QVERIFY(history.exec(QStringLiteral("SELECT rule, from_stage, to_stage FROM contact_stage_history WHERE "
                                            "contact_id = %1 ORDER BY id DESC LIMIT 1")
                                 .arg(m_a)));
        QVERIFY(history.next());
        QCOMPARE(history.value(0).toString(), QStringLiteral("score_reached"));
        QCOMPARE(history.value(1).toString(), QStringLiteral("lead"));
        QCOMPARE(history.value(2).toString(), QStringLiteral("mql"));
        QVERIFY(!LifecycleRules::ruleDescription(QStringLiteral("score_reached")).contains(u'_'));
        // Once: they are qualified now.
        QCOMPARE(must(ScoreActions::qualifyLeads(db)), 0);

        // As things happen: with the threshold at 30, a meeting logged for D (its second within 30 days, still 25)
        // does not move it; an answered call (25 + 10) does, at once. Moved back by hand, D stays a lead when the
        // next thing is logged: only a score that reaches the threshold moves a lead.
        rules.mqlScore = 30;
        QVERIFY(LifecycleRules::save(db, rules).ok());
        Session session(db);
        ScoreUpdater updater(session, db, [] {});
        LogInteractionInput input;
        input.interaction.contactId = m_d;
        input.interaction.kind = InteractionKinds::meeting;
        input.interaction.outcome = InteractionOutcomes::successful;
        input.interaction.occurredAt = Clock::now().addSecs(-30);
        QVERIFY(InteractionActions::log(db, input).ok());
        QCOMPARE(must(LeadScoring(db).stored(m_d)), std::optional<int>(25));
        QCOMPARE(status(m_d), QStringLiteral("lead"));
        input.interaction.kind = InteractionKinds::call;
        QVERIFY(InteractionActions::log(db, input).ok());
        QCOMPARE(must(LeadScoring(db).stored(m_d)), std::optional<int>(35));
        QCOMPARE(status(m_d), QStringLiteral("mql"));
        QCOMPARE(status(m_b), QStringLiteral("lead"));
        m_fixture.exec(QStringLiteral("UPDATE contacts SET status = 'lead' WHERE id = ?"), {m_d});
        input.interaction.kind = InteractionKinds::note;
        QVERIFY(InteractionActions::log(db, input).ok());
        QCOMPARE(status(m_d), QStringLiteral("lead"));
        // Nor does a full rescore move it back up.
        QVERIFY(ScoreActions::rescoreEveryone(db, Clock::now()).ok());
        QCOMPARE(status(m_d), QStringLiteral("lead"));
        rules.mqlScore = 0;
        QVERIFY(LifecycleRules::save(db, rules).ok());
    }

    // A change of many contacts (Change Selected) that takes several leads to the threshold qualifies them together,
    // in one action after its events: one step to take back, not one per contact.
    void manyLeadsReachingTheThresholdMoveInOneStep()
    {
        Fixture fixture;
        const QSqlDatabase db = fixture.db();
        QVERIFY(LeadScoring(db).saveRules({fit("VIP", "tags = VIP", 50)}).ok());
        LifecycleRuleSettings rules = LifecycleRules::settings(db);
        rules.mqlScore = 40;
        QVERIFY(LifecycleRules::save(db, rules).ok());
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids << fixture.contact(at("2026-01-01T00:00:00Z"));
        Session session(db);
        ScoreUpdater updater(session, db, [] {});
        // The actions delivered, each as the rules' moves it holds.
        QList<int> moves{0};
        session.subscribe([&moves](const DomainEvent& event) {
            if (const auto* changed = std::get_if<events::ContactStatusChanged>(&event);
                changed && changed->rule == QStringLiteral("score_reached"))
                ++moves.last();
        });
        session.subscribeDelivered([&moves] { moves << 0; });
        ContactRepository::BulkChange change;
        change.addTag = QStringLiteral("VIP");
        QCOMPARE(must(ContactActions::changeMany(db, ids, change)), 3);
        moves.removeAll(0);
        QCOMPARE(moves, QList<int>{3});
        for (qint64 id : ids)
            QCOMPARE(must(ContactRepository(db).get(id)).status, ContactStatus::Mql);
    }

    // Who to call next, the leads: leads and qualified contacts scoring above 0 with no next step (no open reminder,
    // no meeting ahead) and not contacted today, best first, each with the rules that gave the most points.
    void whoToCallNextLeadsByScore()
    {
        Fixture fixture;
        QVERIFY(LeadScoring(fixture.db())
                    .saveRules({fit("Director", "title ~ director", 30),
                                engagement("Meeting", InteractionKinds::meeting, QString(), 30, false, 20)})
                    .ok());
        auto person = [&fixture](const char* name, const char* status) {
            const qint64 id = fixture.contact(at("2026-01-01T00:00:00Z"), {}, {}, QString::fromLatin1(status));
            fixture.exec(QStringLiteral("UPDATE contacts SET first_name = ?, title = 'Director' WHERE id = ?"),
                         {QString::fromLatin1(name), id});
            return id;
        };
        const qint64 p = person("P", "lead"); // 30, never contacted
        const qint64 q = person("Q", "mql");  // 30 + a meeting 5 days ago: 50
        fixture.interaction(q, InteractionKinds::meeting, daysAgo(5));
        fixture.exec(QStringLiteral("UPDATE contacts SET last_interaction_at = ? WHERE id = ?"), {daysAgo(5), q});
        const qint64 r = person("R", "sql"); // an open reminder is a next step
        fixture.exec(
            QStringLiteral("INSERT INTO reminders (title, due_at, contact_id, created_at) VALUES ('x', ?, ?, ?)"),
            {daysAgo(-2), r, daysAgo(1)});
        const qint64 done = person("Done", "lead"); // a reminder done is none
        fixture.exec(QStringLiteral("INSERT INTO reminders (title, due_at, contact_id, created_at, done_at) VALUES "
                                    "('x', ?, ?, ?, ?)"),
                     {daysAgo(2), done, daysAgo(3), daysAgo(2)});
        const qint64 s = person("S", "lead"); // called a minute ago
        fixture.exec(QStringLiteral("UPDATE contacts SET last_interaction_at = ? WHERE id = ?"),
                     {now.toMSecsSinceEpoch() - 60000, s});
        const qint64 t = person("T", "lead"); // a meeting ahead is a next step
        fixture.interaction(t, InteractionKinds::meeting, daysAgo(-3));
        person("U", "customer");
        const qint64 w = person("W", "lead");
        fixture.exec(QStringLiteral("UPDATE contacts SET archived_at = 1 WHERE id = ?"), {w});
        const qint64 v = fixture.contact(at("2026-01-01T00:00:00Z")); // no title: 0
        QVERIFY(LeadScoring(fixture.db()).rescoreAll(now).ok());
        QCOMPARE(must(LeadScoring(fixture.db()).stored(v)), std::optional<int>(0));

        const QList<CallNextItem> leads = must(CallNext(fixture.db()).leads(now));
        QList<qint64> ids;
        for (const CallNextItem& item : leads)
            ids << item.contactId;
        // Ties: the newer contact first.
        QCOMPARE(ids, (QList<qint64>{q, done, p}));
        QCOMPARE(leads.first().kind, CallNextItem::Kind::Lead);
        QCOMPARE(leads.first().status, ContactStatus::Mql);
        QCOMPARE(leads.first().score, 50);
        // (No translations here: the English plural is the window's.)
        QVERIFY2(CallNext::reason(leads.first(), now)
                     .startsWith(QStringLiteral("score 50: Director +30, Meeting +20; no contact for 5 day")),
                 qPrintable(CallNext::reason(leads.first(), now)));
        QCOMPARE(CallNext::reason(leads.at(1), now), QStringLiteral("score 30: Director +30; never contacted"));
        // Without customers in the slipping segments, the whole list is the leads; at most `limit`.
        QCOMPARE(must(CallNext(fixture.db()).list(now)).size(), 3);
        QCOMPARE(must(CallNext(fixture.db()).list(now, 2)).size(), 2);
    }

    void theStarterRulesRead()
    {
        TestDatabase fresh;
        LeadScoring scoring(fresh.db());
        const QList<ScoreRule> starter = LeadScoring::starterRules();
        QVERIFY(starter.size() >= 6);
        QVERIFY2(scoring.saveRules(starter).ok(), qPrintable(scoring.saveRules(starter).error()));
        const QList<ScoreRule> saved = must(scoring.rules());
        QCOMPARE(saved.size(), starter.size());
        for (qsizetype i = 0; i < saved.size(); ++i) {
            QCOMPARE(saved.at(i).name, starter.at(i).name);
            QCOMPARE(saved.at(i).condition, starter.at(i).condition);
            QCOMPARE(saved.at(i).points, starter.at(i).points);
        }
    }
};

QTEST_GUILESS_MAIN(TestLeadScoring)
#include "tst_leadscoring.moc"
