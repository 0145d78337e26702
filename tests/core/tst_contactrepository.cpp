// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "UtcTime.h"
#include <QSqlRecord>

#include "Clock.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/UserRepository.h"
#include "search/Search.h"

#include <QSqlQuery>
#include <QTest>

using namespace kontor;

class TestContactRepository : public QObject
{
    Q_OBJECT

private:
    static qint64 add(ContactRepository& repo, const QString& first, const QString& last,
                      ContactStatus status = ContactStatus::Lead)
    {
        Contact contact;
        contact.firstName = first;
        contact.lastName = last;
        contact.status = status;
        auto id = repo.create(contact);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }
    static QStringList names(const QList<ContactRow>& rows)
    {
        QStringList result;
        for (const ContactRow& row : rows)
            result << row.name;
        return result;
    }

private slots:
    // The UPDATE is prepared once per connection and bound again each time: every save writes its own values.
    void savesInARowEachWriteTheirOwnValues()
    {
        test::TestDatabase fixture;
        ContactRepository repo(fixture.db());
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        Contact alan;
        alan.firstName = QStringLiteral("Alan");
        ada.id = repo.create(ada).value();
        alan.id = repo.create(alan).value();
        for (int round = 0; round < 3; ++round) {
            ada.notes = QStringLiteral("Ada %1").arg(round);
            ada.title = round % 2 ? QStringLiteral("CEO") : QString();
            alan.notes = QStringLiteral("Alan %1").arg(round);
            QVERIFY(repo.update(ada));
            QVERIFY(repo.update(alan));
            QCOMPARE(repo.get(ada.id)->notes, ada.notes);
            QCOMPARE(repo.get(ada.id)->title, ada.title);
            QCOMPARE(repo.get(alan.id)->notes, alan.notes);
            QCOMPARE(repo.get(alan.id)->firstName, QStringLiteral("Alan"));
        }
        // A refused save leaves the next one unharmed.
        Contact gone = ada;
        gone.id = 999;
        QVERIFY(!repo.update(gone));
        ada.notes = QStringLiteral("after");
        QVERIFY(repo.update(ada));
        QCOMPARE(repo.get(ada.id)->notes, QStringLiteral("after"));
    }

    // Emails, phones and tags are written by statements kept per connection: each save writes its own.
    void detailsSavedInARowEachWriteTheirOwn()
    {
        test::TestDatabase fixture;
        ContactRepository repo(fixture.db());
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.id = repo.create(ada).value();
        Contact alan;
        alan.firstName = QStringLiteral("Alan");
        alan.id = repo.create(alan).value();
        for (int round = 0; round < 3; ++round) {
            ada.emails = {{QStringLiteral("ada%1@example.org").arg(round), QStringLiteral("work")}};
            if (round == 1)
                ada.emails.append({QStringLiteral("second@example.org"), QStringLiteral("home")});
            ada.phones = {{QStringLiteral("+49 30 1234567%1").arg(round), QString()}};
            ada.tags = {QStringLiteral("round %1").arg(round)};
            alan.emails = {{QStringLiteral("alan%1@example.org").arg(round), QString()}};
            alan.tags = round == 2 ? QStringList() : QStringList{QStringLiteral("vip")};
            QVERIFY(repo.update(ada));
            QVERIFY(repo.update(alan));
            const Contact readAda = repo.get(ada.id).value();
            QCOMPARE(readAda.emails.size(), ada.emails.size());
            QCOMPARE(readAda.emails.first().value, ada.emails.first().value);
            QCOMPARE(readAda.emails.last().label, ada.emails.last().label);
            QCOMPARE(readAda.phones.size(), 1);
            QCOMPARE(readAda.phones.first().value, ada.phones.first().value);
            QCOMPARE(readAda.tags, ada.tags);
            const Contact readAlan = repo.get(alan.id).value();
            QCOMPARE(readAlan.emails.size(), 1);
            QCOMPARE(readAlan.emails.first().value, alan.emails.first().value);
            // Positional binding: Ada's label does not stay bound for Alan.
            QCOMPARE(readAlan.emails.first().label, QString());
            QCOMPARE(readAlan.tags, alan.tags);
        }
        QCOMPARE(test::count(fixture.db(), QStringLiteral("SELECT count(*) FROM contact_emails")), 2);
    }

    // A read kept for speed is reset after use: the window's connection does not go on reading an old snapshot
    // while another program (kontor-cli) writes.
    void keptReadsSeeWhatAnotherProgramWroteSince()
    {
        test::TestDatabase fixture;
        ContactRepository repo(fixture.db());
        Contact ada;
        ada.firstName = QStringLiteral("Ada");
        ada.notes = QStringLiteral("before");
        ada.id = repo.create(ada).value();
        QCOMPARE(repo.get(ada.id)->notes, QStringLiteral("before"));
        {
            auto other = Database::open(fixture.path());
            QVERIFY2(other, qPrintable(other ? QString() : other.error()));
            QSqlQuery write(other.value()->connection());
            QVERIFY(write.exec(QStringLiteral("UPDATE contacts SET notes = 'after' WHERE id = %1").arg(ada.id)));
        }
        // Another statement on the first connection: it would share a read left open by get().
        QSqlQuery read(fixture.db());
        QVERIFY(read.exec(QStringLiteral("SELECT notes FROM contacts WHERE id = %1").arg(ada.id)) && read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("after"));
    }

    void inserterWritesWhatCreateWrites()
    {
        test::TestDatabase fixture;
        Company acme;
        acme.name = QStringLiteral("Acme");
        const qint64 company = CompanyRepository(fixture.db()).create(acme).value();
        Contact contact;
        contact.firstName = QStringLiteral(" Ada ");
        contact.lastName = QStringLiteral("Lovelace");
        contact.companyId = company;
        contact.emails = {{QStringLiteral("ada@example.com"), QStringLiteral("work")},
                          {QStringLiteral("ada@home.example"), QString()}};
        contact.phones = {{QStringLiteral("+44 20 7946 0958"), QStringLiteral("mobile")}};
        contact.tags = {QStringLiteral("vip"), QStringLiteral("math")};
        contact.notes = QStringLiteral("note");
        const qint64 created = ContactRepository(fixture.db()).create(contact).value();
        ContactInserter inserter(fixture.db());
        const auto inserted = inserter.insert(contact, {QStringLiteral("+442079460958")}, {true});
        QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
        QVERIFY(!inserter.insert(Contact{}, {}, {}).ok());
        // The search entries of inserted contacts are written together afterwards.
        QCOMPARE(Search(fixture.db()).find(QStringLiteral("acme"), 10).value().size(), 2);
        QVERIFY(SearchIndex::indexContactsAfter(fixture.db(), created).ok());

        const auto row = [&](const QString& sql, qint64 id) {
            QSqlQuery query(fixture.db());
            query.prepare(sql);
            query.addBindValue(id);
            QStringList values;
            if (query.exec())
                while (query.next())
                    for (int i = 0; i < query.record().count(); ++i)
                        values << query.value(i).toString();
            return values;
        };
        for (const QString& sql :
             {QStringLiteral("SELECT first_name, last_name, sort_name, company_id, notes FROM contacts WHERE id = ?"),
              QStringLiteral("SELECT position, label, email, normalized FROM contact_emails WHERE contact_id = ? "
                             "ORDER BY position"),
              QStringLiteral("SELECT position, label, phone, normalized, valid FROM contact_phones "
                             "WHERE contact_id = ?"),
              QStringLiteral("SELECT tag_id FROM contact_tags WHERE contact_id = ? ORDER BY tag_id"),
              QStringLiteral("SELECT name, company, email, phone FROM contact_search WHERE rowid = ?")})
            QCOMPARE(row(sql, inserted.value()), row(sql, created));
        QCOMPARE(Search(fixture.db()).find(QStringLiteral("acme"), 10).value().size(), 3);
    }

    void roundTripsEveryField()
    {
        test::TestDatabase fixture;
        FixedClock clock(utcAt(QDate(2026, 3, 2), QTime(10, 0)));
        Clock::setInstance(&clock);
        const qint64 company = CompanyRepository(fixture.db()).create({.name = QStringLiteral("Acme")}).value();
        const qint64 source = LeadSourceRepository(fixture.db()).ensureSource(QStringLiteral("Referral")).value();

        Contact contact;
        contact.firstName = QStringLiteral("  Zoë ");
        contact.lastName = QStringLiteral("van der Berg");
        contact.companyId = company;
        contact.title = QStringLiteral("Buyer");
        contact.birthday = QDate(1980, 2, 29);
        contact.address = {QStringLiteral("1 Main St"), QStringLiteral("Utrecht"), QStringLiteral("UT"),
                           QStringLiteral("3511"), QStringLiteral("Netherlands")};
        contact.emails = {{QStringLiteral("zoe@acme.example"), QStringLiteral("work")},
                          {QStringLiteral("Zoe@Home.example"), QStringLiteral("home")}};
        contact.phones = {{QStringLiteral("+31 30 123 4567"), QStringLiteral("work")}};
        contact.leadSourceId = source;
        contact.status = ContactStatus::Customer;
        contact.ownerId = 1;
        contact.tags = {QStringLiteral("vip"), QStringLiteral("Newsletter"), QStringLiteral("vip")};
        contact.notes = QStringLiteral("Prefers mornings.\nSpeaks Dutch.");
        contact.stayInTouchDays = 45;

        ContactRepository repo(fixture.db());
        auto id = repo.create(contact);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        auto read = repo.get(id.value());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->firstName, QStringLiteral("Zoë"));
        QCOMPARE(read->lastName, contact.lastName);
        QCOMPARE(read->companyId, company);
        QCOMPARE(read->title, contact.title);
        QCOMPARE(read->birthday, contact.birthday);
        QCOMPARE(read->address, contact.address);
        QCOMPARE(read->emails, contact.emails);
        QCOMPARE(read->phones, contact.phones);
        QCOMPARE(read->leadSourceId, source);
        QCOMPARE(read->status, ContactStatus::Customer);
        QCOMPARE(read->ownerId, qint64(1));
        QCOMPARE(read->tags, (QStringList{QStringLiteral("Newsletter"), QStringLiteral("vip")}));
        QCOMPARE(read->notes, contact.notes);
        QCOMPARE(read->stayInTouchDays, 45);
        QCOMPARE(read->createdAt, clock.nowUtc());
        Clock::setInstance(nullptr);
    }

    void refusesNamelessContact()
    {
        test::TestDatabase fixture;
        ContactRepository repo(fixture.db());
        auto id = repo.create(Contact{});
        QVERIFY(!id.ok());
        QVERIFY(!id.error().isEmpty());
        QCOMPARE(repo.count({}).value(), qint64(0));
    }

    void updateReplacesDetailsAndSearch()
    {
        test::TestDatabase fixture;
        ContactRepository repo(fixture.db());
        Contact contact;
        contact.firstName = QStringLiteral("Ann");
        contact.emails = {{QStringLiteral("ann@old.example"), {}}};
        const qint64 id = repo.create(contact).value();
        contact = repo.get(id).value();
        contact.lastName = QStringLiteral("Lee");
        contact.emails = {{QStringLiteral("ann@new.example"), {}}};
        QVERIFY(repo.update(contact).ok());
        QCOMPARE(repo.get(id)->emails.size(), 1);
        QCOMPARE(repo.get(id)->emails.first().value, QStringLiteral("ann@new.example"));
        Search search(fixture.db());
        QCOMPARE(search.findContacts(QStringLiteral("old.example"), 10)->size(), 0);
        QCOMPARE(search.findContacts(QStringLiteral("new.exa"), 10)->size(), 1);
        QCOMPARE(search.findContacts(QStringLiteral("lee"), 10)->size(), 1);
    }

    void archiveHidesAndRestoreBringsBack()
    {
        test::TestDatabase fixture;
        ContactRepository repo(fixture.db());
        const qint64 id = add(repo, QStringLiteral("Tim"), QStringLiteral("Berners"));
        add(repo, QStringLiteral("Other"), QStringLiteral("Person"));
        QVERIFY(repo.archive(id).ok());
        QVERIFY(!repo.archive(id).ok());
        QCOMPARE(repo.count({}).value(), qint64(1));
        ContactFilter archived;
        archived.archived = true;
        QCOMPARE(repo.count(archived).value(), qint64(1));
        QCOMPARE(Search(fixture.db()).findContacts(QStringLiteral("berners"), 5)->size(), 0);
        QVERIFY(repo.get(id)->isArchived());
        QVERIFY(repo.restore(id).ok());
        QCOMPARE(repo.count({}).value(), qint64(2));
        QCOMPARE(Search(fixture.db()).findContacts(QStringLiteral("berners"), 5)->size(), 1);
    }

    void pagesSortAndFilterInSql()
    {
        test::TestDatabase fixture;
        ContactRepository repo(fixture.db());
        add(repo, QStringLiteral("Émile"), QStringLiteral("Zola"), ContactStatus::Customer);
        add(repo, QStringLiteral("ada"), QStringLiteral("lovelace"), ContactStatus::Lead);
        add(repo, QStringLiteral("Alan"), QStringLiteral("Turing"), ContactStatus::Customer);
        add(repo, QStringLiteral("Kurt"), QStringLiteral("Gödel"), ContactStatus::Sql);

        auto all = repo.page({}, ContactSort::Name, Qt::AscendingOrder, 0, 10);
        QVERIFY(all.ok());
        // Case and accents do not disturb the order by last name.
        QCOMPARE(names(all.value()), (QStringList{QStringLiteral("Kurt Gödel"), QStringLiteral("ada lovelace"),
                                                  QStringLiteral("Alan Turing"), QStringLiteral("Émile Zola")}));
        auto descending = repo.page({}, ContactSort::Name, Qt::DescendingOrder, 1, 2);
        QCOMPARE(names(descending.value()),
                 (QStringList{QStringLiteral("Alan Turing"), QStringLiteral("ada lovelace")}));

        // By stage in the order of the journey (lead, sales qualified, customer), then by name.
        QCOMPARE(names(repo.page({}, ContactSort::Status, Qt::AscendingOrder, 0, 10).value()),
                 (QStringList{QStringLiteral("ada lovelace"), QStringLiteral("Kurt Gödel"),
                              QStringLiteral("Alan Turing"), QStringLiteral("Émile Zola")}));
        QSqlQuery plan(fixture.db());
        QVERIFY(plan.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE archived_at IS NULL ORDER BY (CASE status WHEN 'lead' "
            "THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' THEN 3 WHEN 'opportunity' THEN 4 WHEN 'customer' THEN 5 "
            "WHEN 'disqualified' THEN 6 ELSE 7 END), sort_name, id")));
        QString planText;
        while (plan.next())
            planText += plan.value(3).toString();
        QVERIFY2(planText.contains(QStringLiteral("contacts_by_status")), qPrintable(planText));

        ContactFilter customers;
        customers.status = ContactStatus::Customer;
        QCOMPARE(repo.count(customers).value(), qint64(2));
        QCOMPARE(names(repo.page(customers, ContactSort::Name, Qt::AscendingOrder, 0, 10).value()),
                 (QStringList{QStringLiteral("Alan Turing"), QStringLiteral("Émile Zola")}));

        ContactFilter letter;
        letter.text = QStringLiteral("z");
        QCOMPARE(names(repo.page(letter, ContactSort::Name, Qt::AscendingOrder, 0, 10).value()),
                 QStringList{QStringLiteral("Émile Zola")});
        QCOMPARE(repo.count(letter).value(), qint64(1));

        ContactFilter text;
        text.text = QStringLiteral("emil");
        QCOMPARE(names(repo.page(text, ContactSort::Name, Qt::AscendingOrder, 0, 10).value()),
                 QStringList{QStringLiteral("Émile Zola")});
    }

    void filtersByOwnerSourceTagAndLastContact()
    {
        test::TestDatabase fixture;
        FixedClock clock(utcAt(QDate(2026, 11, 24), QTime(12, 0)));
        Clock::setInstance(&clock);
        const QSqlDatabase db = fixture.db();
        const qint64 sam = UserRepository(db).create({.name = QStringLiteral("Sam")}).value();
        const qint64 referral = LeadSourceRepository(db).ensureSource(QStringLiteral("Referral")).value();
        ContactRepository repo(db);
        auto add = [&](const QString& name, qint64 owner, qint64 source, const QStringList& tags) {
            Contact contact;
            contact.firstName = name;
            contact.ownerId = owner;
            contact.leadSourceId = source;
            contact.tags = tags;
            return repo.create(contact).value();
        };
        const qint64 ann = add(QStringLiteral("Ann"), sam, referral, {QStringLiteral("VIP")});
        const qint64 ben = add(QStringLiteral("Ben"), sam, 0, {});
        const qint64 cat = add(QStringLiteral("Cat"), 1, referral, {QStringLiteral("vip"), QStringLiteral("press")});
        add(QStringLiteral("Dan"), 1, 0, {});
        auto contacted = [&](qint64 id, int daysAgo) {
            Interaction call;
            call.contactId = id;
            call.kind = InteractionKinds::call;
            call.occurredAt = clock.nowUtc().addDays(-daysAgo);
            QVERIFY(InteractionRepository(db).log(call).ok());
        };
        contacted(ann, 3);
        contacted(ben, 45);
        contacted(cat, 200);

        auto ids = [&](const ContactFilter& filter) {
            QList<qint64> result;
            for (const ContactRow& row : repo.page(filter, ContactSort::Name, Qt::AscendingOrder, 0, 100).value())
                result << row.id;
            std::sort(result.begin(), result.end());
            return result;
        };
        ContactFilter byOwner;
        byOwner.ownerId = sam;
        QCOMPARE(ids(byOwner), (QList<qint64>{ann, ben}));
        ContactFilter bySource;
        bySource.leadSourceId = referral;
        QCOMPARE(ids(bySource), (QList<qint64>{ann, cat}));
        ContactFilter byTag;
        byTag.tag = QStringLiteral("Vip");
        QCOMPARE(ids(byTag), (QList<qint64>{ann, cat}));
        QCOMPARE(repo.count(byTag).value(), qint64(2));
        ContactFilter lostTouch;
        lostTouch.noContactForDays = 30; // Ben (45 days), Cat (200 days) and Dan (never)
        QCOMPARE(repo.count(lostTouch).value(), qint64(3));
        lostTouch.ownerId = sam;
        QCOMPARE(ids(lostTouch), QList<qint64>{ben});
        ContactFilter lastMonth;
        lastMonth.lastContactFrom = clock.nowUtc().addDays(-60);
        lastMonth.lastContactTo = clock.nowUtc().addDays(-30);
        QCOMPARE(ids(lastMonth), QList<qint64>{ben});
        Clock::setInstance(nullptr);
    }

    void pagesFromTheFarEndMatchPagesFromTheStart()
    {
        test::TestDatabase fixture;
        ContactRepository repo(fixture.db());
        // Enough rows that offsets past the middle are read from the other end of the index.
        QSqlQuery query(fixture.db());
        QVERIFY(query.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) "
                           "INSERT INTO contacts (first_name, last_name, sort_name, created_at, updated_at) "
                           "SELECT 'P' || i, 'Name' || (i % 977), 'name' || (i % 977) || ' p' || i, i, i FROM n")));
        const qint64 total = repo.count({}).value();
        QCOMPARE(total, qint64(30000));
        for (ContactSort sort : {ContactSort::Name, ContactSort::Created}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                auto tail = repo.page({}, sort, order, total - 150, 200);
                QVERIFY(tail.ok());
                QCOMPARE(tail->size(), 150);
                auto reversed =
                    repo.page({}, sort, order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder, 0, 150);
                QList<ContactRow> expected = reversed.value();
                std::reverse(expected.begin(), expected.end());
                QCOMPARE(names(tail.value()), names(expected));
                // A page in the second half, read from the far end, continues the first half seamlessly.
                auto middle = repo.page({}, sort, order, 20000, 3).value();
                auto before = repo.page({}, sort, order, 19999, 2).value();
                QCOMPARE(before.last().id, middle.first().id);
            }
        }
    }

    void readingOnMatchesOffsets()
    {
        test::TestDatabase fixture;
        ContactRepository repo(fixture.db());
        QSqlQuery query(fixture.db());
        // Duplicate names and creation times, so the id must break the ties.
        QVERIFY(query.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
            "INSERT INTO contacts (first_name, last_name, sort_name, status, created_at, updated_at) "
            "SELECT 'P' || i, 'Name' || (i % 37), 'name' || (i % 37), "
            "  CASE i % 3 WHEN 0 THEN 'lead' WHEN 1 THEN 'customer' ELSE 'disqualified' END, i % 50, i FROM n")));
        for (ContactSort sort : {ContactSort::Name, ContactSort::Status, ContactSort::Created}) {
            QVERIFY(ContactRepository::canPageAfter(sort));
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QList<ContactRow> all = repo.page({}, sort, order, 0, 1000).value();
                QList<ContactRow> readOn = repo.page({}, sort, order, 0, 100).value();
                while (readOn.size() < 1000) {
                    auto next = repo.pageAfter({}, sort, order, readOn.last(), 100);
                    QVERIFY2(next.ok(), qPrintable(next.error()));
                    QVERIFY(!next->isEmpty());
                    readOn += next.value();
                }
                QList<qint64> expected;
                QList<qint64> actual;
                for (int i = 0; i < 1000; ++i) {
                    expected << all[i].id;
                    actual << readOn[i].id;
                }
                QCOMPARE(actual, expected);
                QVERIFY(repo.pageAfter({}, sort, order, all.last(), 100)->isEmpty());
            }
        }
        QVERIFY(!ContactRepository::canPageAfter(ContactSort::LastInteraction));
    }

    void sortsByColumnsWithoutIndex()
    {
        test::TestDatabase fixture;
        ContactRepository repo(fixture.db());
        CompanyRepository companies(fixture.db());
        const qint64 zeta = companies.create({.name = QStringLiteral("zeta GmbH")}).value();
        const qint64 acme = companies.create({.name = QStringLiteral("Acme")}).value();
        const qint64 arzte = companies.create({.name = QStringLiteral("Ärzte Verbund")}).value();
        UserRepository users(fixture.db());
        const qint64 bea = users.create({.name = QStringLiteral("Bea")}).value();
        const qint64 adam = users.create({.name = QStringLiteral("adam")}).value();
        auto add = [&repo](const QString& last, qint64 company, const QString& title, const QString& email,
                           qint64 owner) {
            Contact contact;
            contact.firstName = QStringLiteral("P");
            contact.lastName = last;
            contact.companyId = company;
            contact.title = title;
            if (!email.isEmpty())
                contact.emails = {{email, QStringLiteral("work")}, {QStringLiteral("a@first.example"), {}}};
            contact.ownerId = owner;
            return repo.create(contact).value();
        };
        // Two at Acme, in the wrong name order; one without a company, title, email or owner.
        const qint64 young =
            add(QStringLiteral("Young"), acme, QStringLiteral("buyer"), QStringLiteral("z@x.example"), bea);
        const qint64 nobody = add(QStringLiteral("Aaron"), 0, {}, {}, 0);
        const qint64 baker =
            add(QStringLiteral("Baker"), acme, QStringLiteral("Owner"), QStringLiteral("m@x.example"), adam);
        const qint64 ernst =
            add(QStringLiteral("Ernst"), arzte, QStringLiteral("Arzt"), QStringLiteral("B@x.example"), bea);
        const qint64 zorn =
            add(QStringLiteral("Zorn"), zeta, QStringLiteral("Buyer"), QStringLiteral("a@x.example"), adam);
        using Ids = QList<qint64>;
        const auto sorted = [&repo](ContactSort sort, Qt::SortOrder order) {
            auto ids = repo.sortedIds({}, sort, order);
            if (!ids)
                qFatal("%s", qPrintable(ids.error()));
            return ids.value();
        };
        QVERIFY(!ContactRepository::isIndexed(ContactSort::Company));
        // Case and accents folded (Ärzte after Acme, before zeta); equals by name; blanks last in both directions.
        QCOMPARE(sorted(ContactSort::Company, Qt::AscendingOrder), (Ids{baker, young, ernst, zorn, nobody}));
        QCOMPARE(sorted(ContactSort::Company, Qt::DescendingOrder), (Ids{zorn, ernst, baker, young, nobody}));
        QCOMPARE(sorted(ContactSort::Title, Qt::AscendingOrder), (Ids{ernst, young, zorn, baker, nobody}));
        QCOMPARE(sorted(ContactSort::Owner, Qt::AscendingOrder), (Ids{baker, zorn, ernst, young, nobody}));
        QCOMPARE(sorted(ContactSort::Owner, Qt::DescendingOrder), (Ids{ernst, young, baker, zorn, nobody}));
        // The first address counts, compared as normalised (B@ like b@).
        QCOMPARE(sorted(ContactSort::Email, Qt::AscendingOrder), (Ids{zorn, ernst, baker, young, nobody}));
        QCOMPARE(sorted(ContactSort::Phone, Qt::AscendingOrder),
                 (Ids{nobody, baker, ernst, young, zorn})); // no phones: by name
        // Indexed orders give the same ids as their pages.
        QCOMPARE(sorted(ContactSort::Name, Qt::AscendingOrder), (Ids{nobody, baker, ernst, young, zorn}));

        // Filters apply; pages and rows follow the sorted ids.
        ContactFilter filter;
        filter.ownerId = bea;
        QCOMPARE(repo.sortedIds(filter, ContactSort::Company, Qt::AscendingOrder).value(), (Ids{young, ernst}));
        QCOMPARE(names(repo.page({}, ContactSort::Company, Qt::AscendingOrder, 1, 2).value()),
                 (QStringList{QStringLiteral("P Young"), QStringLiteral("P Ernst")}));
        const QList<ContactRow> rows = repo.rows({zorn, 999, nobody}).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).company, QStringLiteral("zeta GmbH"));
        QCOMPARE(rows.at(0).email, QStringLiteral("a@x.example"));
        QCOMPARE(rows.at(1).id, nobody);

        // A sort that is called off returns nothing rather than a partial order.
        std::atomic_bool cancelled = true;
        QVERIFY(repo.sortedIds({}, ContactSort::Title, Qt::AscendingOrder, &cancelled)->isEmpty());
    }

    void bulkChangeTouchesOnlyTheChosen()
    {
        test::TestDatabase fixture;
        ContactRepository repo(fixture.db());
        QList<qint64> ids;
        for (const QString& name : {QStringLiteral("Ann"), QStringLiteral("Ben"), QStringLiteral("Cid")}) {
            Contact contact;
            contact.firstName = name;
            contact.lastName = QStringLiteral("Miller");
            ids << repo.create(contact).value();
        }
        const qint64 bea = UserRepository(fixture.db()).create({0, QStringLiteral("Bea"), {}, false}).value();
        ContactRepository::BulkChange change;
        change.ownerId = bea;
        change.status = ContactStatus::Sql;
        change.addTag = QStringLiteral("fair 2026");
        auto changed = repo.bulkChange(ids.mid(0, 2), change);
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        QCOMPARE(changed.value(), 2);
        QCOMPARE(repo.get(ids[0])->ownerId, bea);
        QCOMPARE(repo.get(ids[1])->status, ContactStatus::Sql);
        QCOMPARE(repo.get(ids[1])->tags, QStringList{QStringLiteral("fair 2026")});
        QCOMPARE(repo.get(ids[2])->status, ContactStatus::Lead);
        QVERIFY(repo.get(ids[2])->tags.isEmpty());
        // Tagging again adds nothing twice; archiving takes them out of search.
        ContactRepository::BulkChange tagOnly;
        tagOnly.addTag = QStringLiteral("fair 2026");
        QCOMPARE(repo.bulkChange(ids, tagOnly).value(), 1);
        ContactRepository::BulkChange archive;
        archive.archive = true;
        QCOMPARE(repo.bulkChange(ids.mid(1), archive).value(), 2);
        QCOMPARE(Search(fixture.db()).findContacts(QStringLiteral("miller"), 10)->size(), 1);
        QVERIFY(repo.get(ids[2])->archivedAt.isValid());
    }

    void aCommonOwnerPagesInSortOrder()
    {
        // More than 5,000 contacts of one owner: the page walks the name index and skips the other owners.
        test::TestDatabase fixture;
        const qint64 bea = UserRepository(fixture.db()).create({0, QStringLiteral("Bea"), {}, false}).value();
        QSqlQuery insert(fixture.db());
        QVERIFY(insert.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) "
                           "INSERT INTO contacts (first_name, last_name, sort_name, owner_id, created_at, updated_at) "
                           "SELECT 'P' || i, 'N' || substr('0000' || ((i * 7919) % 6000), -5, 5), "
                           "  'n' || substr('0000' || ((i * 7919) % 6000), -5, 5), "
                           "  CASE WHEN i % 10 = 0 THEN 1 ELSE %1 END, i, i FROM n")
                .arg(bea)));
        ContactRepository repo(fixture.db());
        ContactFilter filter;
        filter.ownerId = bea;
        auto page = repo.page(filter, ContactSort::Name, Qt::AscendingOrder, 0, 200);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->size(), 200);
        QSqlQuery expected(fixture.db());
        QVERIFY(expected.exec(
            QStringLiteral("SELECT id FROM contacts WHERE owner_id = %1 ORDER BY sort_name, id LIMIT 200").arg(bea)));
        for (const ContactRow& row : page.value()) {
            QVERIFY(expected.next());
            QCOMPARE(row.id, expected.value(0).toLongLong());
        }
        auto next = repo.pageAfter(filter, ContactSort::Name, Qt::AscendingOrder, page->last(), 200);
        QVERIFY(next.ok());
        QVERIFY(expected.exec(QStringLiteral("SELECT id FROM contacts WHERE owner_id = %1 ORDER BY sort_name, id "
                                             "LIMIT 200 OFFSET 200")
                                  .arg(bea)));
        for (const ContactRow& row : next.value()) {
            QVERIFY(expected.next());
            QCOMPARE(row.id, expected.value(0).toLongLong());
        }
        QCOMPARE(repo.count(filter).value(), qint64(5400));
        // The rare owner still finds its 600 in order.
        filter.ownerId = 1;
        QCOMPARE(repo.page(filter, ContactSort::Name, Qt::AscendingOrder, 0, 1000)->size(), 600);
    }
};

QTEST_GUILESS_MAIN(TestContactRepository)
#include "tst_contactrepository.moc"
