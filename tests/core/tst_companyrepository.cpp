// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/StageRepository.h"
#include "search/Search.h"

#include <QTest>

using namespace kontor;

class TestCompanyRepository : public QObject
{
    Q_OBJECT

private slots:
    void hierarchyOfHeadOfficeAndBranches()
    {
        test::TestDatabase fixture;
        CompanyRepository repo(fixture.db());
        const qint64 head =
            repo.create({.name = QStringLiteral("Müller Holding AG"), .industry = QStringLiteral("Retail")}).value();
        const qint64 berlin = repo.create({.name = QStringLiteral("Müller Berlin"), .parentId = head}).value();
        const qint64 hamburg = repo.create({.name = QStringLiteral("Müller Hamburg"), .parentId = head}).value();
        const qint64 altona = repo.create({.name = QStringLiteral("Müller Altona"), .parentId = hamburg}).value();

        auto children = repo.children(head);
        QVERIFY(children.ok());
        QCOMPARE(children->size(), 2);
        QCOMPARE(children->at(0).id, berlin);
        QCOMPARE(children->at(1).id, hamburg);

        auto chain = repo.ancestry(altona);
        QVERIFY(chain.ok());
        QCOMPARE(chain->size(), 3);
        QCOMPARE(chain->at(0).id, head);
        QCOMPARE(chain->at(2).id, altona);

        // A head office cannot become a branch of its own branch.
        Company cyclic = repo.get(head).value();
        cyclic.parentId = altona;
        auto refused = repo.update(cyclic);
        QVERIFY(!refused.ok());
        QCOMPARE(repo.get(head)->parentId, qint64(0));
    }

    void findsByNameIgnoringCaseAndAccents()
    {
        test::TestDatabase fixture;
        CompanyRepository repo(fixture.db());
        const qint64 id = repo.create({.name = QStringLiteral("Café Größe")}).value();
        QCOMPARE(repo.findByName(QStringLiteral("  cafe GRÖSSE")).value(), qint64(0)); // ß is not ss in the key
        QCOMPARE(repo.findByName(QStringLiteral("CAFÉ größe")).value(), id);
        QCOMPARE(repo.findByName(QStringLiteral("cafe größe")).value(), id);
        auto completions = repo.namesStartingWith(QStringLiteral("caf"), 10);
        QCOMPARE(completions->size(), 1);
        QVERIFY(!repo.create({.name = QStringLiteral("   ")}).ok());
    }

    void renameKeepsContactSearchInStep()
    {
        test::TestDatabase fixture;
        CompanyRepository companies(fixture.db());
        const qint64 id = companies.create({.name = QStringLiteral("Oldname Ltd")}).value();
        Contact contact;
        contact.firstName = QStringLiteral("Pat");
        contact.companyId = id;
        QVERIFY(ContactRepository(fixture.db()).create(contact).ok());
        Search search(fixture.db());
        QCOMPARE(search.findContacts(QStringLiteral("oldname"), 5)->size(), 1);
        Company company = companies.get(id).value();
        company.name = QStringLiteral("Newname Ltd");
        QVERIFY(companies.update(company).ok());
        QCOMPARE(search.findContacts(QStringLiteral("oldname"), 5)->size(), 0);
        QCOMPARE(search.findContacts(QStringLiteral("newname"), 5)->size(), 1);
        QCOMPARE(search.findCompanies(QStringLiteral("newn"), 5)->size(), 1);
        QVERIFY(companies.archive(id).ok());
        QCOMPARE(search.findCompanies(QStringLiteral("newn"), 5)->size(), 0);
    }

    void companyPageReadsTreeContactsDealsAndHistory()
    {
        test::TestDatabase fixture;
        const QSqlDatabase db = fixture.db();
        CompanyRepository companies(db);
        auto company = [&](const QString& name, qint64 parent) {
            Company c;
            c.name = name;
            c.parentId = parent;
            return companies.create(c).value();
        };
        const qint64 hq = company(QStringLiteral("Acme Holding"), 0);
        const qint64 north = company(QStringLiteral("Acme North"), hq);
        const qint64 harbour = company(QStringLiteral("Acme Harbour"), north);
        const qint64 south = company(QStringLiteral("Acme South"), hq);
        const qint64 other = company(QStringLiteral("Zeta Ltd"), 0);
        auto person = [&](const QString& first, qint64 at) {
            Contact c;
            c.firstName = first;
            c.lastName = QStringLiteral("Smith");
            c.companyId = at;
            return ContactRepository(db).create(c).value();
        };
        const qint64 ann = person(QStringLiteral("Ann"), hq);
        const qint64 hugo = person(QStringLiteral("Hugo"), harbour);
        person(QStringLiteral("Zoe"), other);

        auto top = companies.list(0, 10);
        QVERIFY2(top.ok(), qPrintable(top.error()));
        QCOMPARE(top->size(), 2);
        QCOMPARE(top->at(0).company.id, hq);
        QVERIFY(top->at(0).hasBranches);
        QCOMPARE(top->at(0).contactCount, 1);
        QVERIFY(!top->at(1).hasBranches);
        // Paging by the last row.
        auto first = companies.list(0, 1);
        QCOMPARE(first->size(), 1);
        auto second = companies.list(0, 1, &first->first());
        QCOMPARE(second->size(), 1);
        QCOMPARE(second->first().company.id, other);
        auto branches = companies.list(hq, 10);
        QCOMPARE(branches->size(), 2);
        QCOMPARE(branches->at(0).company.id, north); // by name: North before South
        QCOMPARE(branches->at(1).company.id, south);

        QList<qint64> tree = companies.withBranches(hq).value();
        std::sort(tree.begin(), tree.end());
        QCOMPARE(tree, (QList<qint64>{hq, north, harbour, south}));
        QCOMPARE(companies.contacts(hq, false, 10)->size(), 1);
        auto everyone = companies.contacts(hq, true, 10);
        QCOMPARE(everyone->size(), 2);
        QCOMPARE(everyone->at(0).name, QStringLiteral("Ann Smith"));
        QCOMPARE(everyone->at(1).companyName, QStringLiteral("Acme Harbour"));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto& [who, days] : {std::pair{ann, 3}, std::pair{hugo, 1}}) {
            Interaction call;
            call.contactId = who;
            call.kind = InteractionKinds::call;
            call.occurredAt = now.addDays(-days);
            QVERIFY(InteractionRepository(db).log(call).ok());
        }
        auto history = companies.history(hq, 10);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).contactName, QStringLiteral("Hugo Smith")); // the newest first
        QCOMPARE(companies.history(other, 10)->size(), 0);

        Deal deal;
        deal.title = QStringLiteral("Harbour cranes");
        deal.companyId = harbour;
        deal.stageId = StageRepository(db).list()->first().id;
        QVERIFY(DealRepository(db).create(deal).ok());
        QCOMPARE(DealRepository(db).forCompanies(tree)->size(), 1);
        QCOMPARE(DealRepository(db).forCompanies({other})->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCompanyRepository)
#include "tst_companyrepository.moc"
