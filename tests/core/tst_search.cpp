// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/InteractionRepository.h"
#include "search/Search.h"

#include <QTest>

using namespace kontor;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase* m_fixture = nullptr;
    QHash<QString, qint64> m_ids;

    qint64 add(const QString& first, const QString& last, const QString& email = {}, const QString& phone = {},
               qint64 company = 0)
    {
        Contact contact;
        contact.firstName = first;
        contact.lastName = last;
        contact.companyId = company;
        if (!email.isEmpty())
            contact.emails = {{email, {}}};
        if (!phone.isEmpty())
            contact.phones = {{phone, {}}};
        return ContactRepository(m_fixture->db()).create(contact).value();
    }

    QList<qint64> contactIds(const QString& text)
    {
        auto hits = Search(m_fixture->db()).findContacts(text, 50);
        if (!hits)
            qFatal("%s", qPrintable(hits.error()));
        QList<qint64> ids;
        for (const SearchHit& hit : hits.value())
            ids << hit.id;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_fixture = new test::TestDatabase;
        const qint64 acme =
            CompanyRepository(m_fixture->db()).create({.name = QStringLiteral("Acme Logistics")}).value();
        m_ids[QStringLiteral("jose")] =
            add(QStringLiteral("José"), QStringLiteral("Núñez"), QStringLiteral("jose.nunez@acme.example"),
                QStringLiteral("+34 612 345 678"), acme);
        m_ids[QStringLiteral("persian")] = add(QStringLiteral("مریم"), QStringLiteral("رضایی"));
        m_ids[QStringLiteral("bengali")] = add(QStringLiteral("আয়েশা"), QStringLiteral("চৌধুরী"));
        m_ids[QStringLiteral("amharic")] = add(QStringLiteral("ሰላም"), QStringLiteral("ታደሰ"));
        m_ids[QStringLiteral("greek")] = add(QStringLiteral("Κατερίνα"), QStringLiteral("Παπαδοπούλου"));
        m_ids[QStringLiteral("jo")] =
            add(QStringLiteral("Joanna"), QStringLiteral("Smith"), QStringLiteral("jo@smith.example"));
        m_ids[QStringLiteral("obrien")] = add(QStringLiteral("Sean"), QStringLiteral("O'Brien"));
        m_ids[QStringLiteral("vanderberg")] = add(QStringLiteral("Anke"), QStringLiteral("van der Berg"));
        Interaction note;
        note.contactId = m_ids[QStringLiteral("jo")];
        note.kind = InteractionKinds::note;
        note.occurredAt = QDateTime::currentDateTimeUtc();
        note.notes = QStringLiteral("Wants forklift quotes before Christmas");
        QVERIFY(InteractionRepository(m_fixture->db()).log(note).ok());
    }

    void cleanupTestCase() { delete m_fixture; }

    void prefixesAccentsAndScripts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("accent folded") << QStringLiteral("jose") << QStringList{QStringLiteral("jose")};
        QTest::newRow("accent typed") << QStringLiteral("NÚÑ") << QStringList{QStringLiteral("jose")};
        QTest::newRow("prefix of two") << QStringLiteral("jo")
                                       << QStringList{QStringLiteral("jose"), QStringLiteral("jo")};
        QTest::newRow("all words must match") << QStringLiteral("jo smi") << QStringList{QStringLiteral("jo")};
        QTest::newRow("company name") << QStringLiteral("acme log") << QStringList{QStringLiteral("jose")};
        QTest::newRow("email") << QStringLiteral("jose.nunez@acme") << QStringList{QStringLiteral("jose")};
        QTest::newRow("phone digits") << QStringLiteral("34612") << QStringList{QStringLiteral("jose")};
        QTest::newRow("phone as typed") << QStringLiteral("612 345") << QStringList{QStringLiteral("jose")};
        QTest::newRow("phone in persian digits") << QStringLiteral("۳۴۶۱۲") << QStringList{QStringLiteral("jose")};
        QTest::newRow("phone in arabic-indic digits")
            << QStringLiteral("٦١٢ ٣٤٥") << QStringList{QStringLiteral("jose")};
        QTest::newRow("persian") << QStringLiteral("مری") << QStringList{QStringLiteral("persian")};
        QTest::newRow("persian last name") << QStringLiteral("رضایی") << QStringList{QStringLiteral("persian")};
        QTest::newRow("bengali") << QStringLiteral("আয়ে") << QStringList{QStringLiteral("bengali")};
        QTest::newRow("bengali last name") << QStringLiteral("চৌধুরী") << QStringList{QStringLiteral("bengali")};
        QTest::newRow("amharic") << QStringLiteral("ሰላ") << QStringList{QStringLiteral("amharic")};
        // unicode61 folds Latin accents only; Greek is found as typed, in any case.
        QTest::newRow("greek") << QStringLiteral("κατερί") << QStringList{QStringLiteral("greek")};
        QTest::newRow("nothing") << QStringLiteral("zzzz") << QStringList{};
        QTest::newRow("quotes are text") << QStringLiteral("\"jo")
                                         << QStringList{QStringLiteral("jose"), QStringLiteral("jo")};
        QTest::newRow("operators are text") << QStringLiteral("jo AND OR NOT") << QStringList{};
        QTest::newRow("punctuation only") << QStringLiteral("*()") << QStringList{};
        QTest::newRow("apostrophe name") << QStringLiteral("o'b") << QStringList{QStringLiteral("obrien")};
        QTest::newRow("apostrophe name, more typed")
            << QStringLiteral("O'Bri") << QStringList{QStringLiteral("obrien")};
        QTest::newRow("last letter waits for the next")
            << QStringLiteral("van d") << QStringList{QStringLiteral("vanderberg")};
        QTest::newRow("particles") << QStringLiteral("van der be") << QStringList{QStringLiteral("vanderberg")};
        QTest::newRow("one letter: last names") << QStringLiteral("s") << QStringList{QStringLiteral("jo")};
        QTest::newRow("one letter, folded") << QStringLiteral("N") << QStringList{QStringLiteral("jose")};
    }

    void prefixesAccentsAndScripts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QList<qint64> ids;
        for (const QString& key : expected)
            ids << m_ids.value(key);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(contactIds(text), ids);
    }

    void matchExpressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expression");
        QTest::newRow("words are prefixes") << QStringLiteral("ann sch") << QStringLiteral("\"ann\"* \"sch\"*");
        QTest::newRow("split like the index")
            << QStringLiteral("jose.nunez@acme") << QStringLiteral("\"jose\"* \"nunez\"* \"acme\"*");
        QTest::newRow("inner letter is a token") << QStringLiteral("O'Brien") << QStringLiteral("\"O\" \"Brien\"*");
        QTest::newRow("last letter left out") << QStringLiteral("van d") << QStringLiteral("\"van\"*");
        QTest::newRow("lone letter is no full-text search") << QStringLiteral(" j ") << QString();
        QTest::newRow("quotes cannot escape") << QStringLiteral("a\"b OR c*") << QStringLiteral("\"a\" \"b\" \"OR\"*");
    }

    void matchExpressions()
    {
        QFETCH(QString, text);
        QFETCH(QString, expression);
        QCOMPARE(Search::matchExpression(text), expression);
    }

    void findsNotesAndCompaniesAfterContacts()
    {
        auto hits = Search(m_fixture->db()).find(QStringLiteral("forkl"), 10);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().kind, SearchHit::Kind::Interaction);
        QCOMPARE(hits->first().contactId, m_ids.value(QStringLiteral("jo")));
        auto mixed = Search(m_fixture->db()).find(QStringLiteral("acme"), 10);
        QCOMPARE(mixed->size(), 2);
        QCOMPARE(mixed->at(0).kind, SearchHit::Kind::Contact);
        QCOMPARE(mixed->at(1).kind, SearchHit::Kind::Company);
        QCOMPARE(Search(m_fixture->db()).find(QStringLiteral("acme"), 1)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
