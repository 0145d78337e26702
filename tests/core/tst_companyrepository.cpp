// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
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
};

QTEST_GUILESS_MAIN(TestCompanyRepository)
#include "tst_companyrepository.moc"
