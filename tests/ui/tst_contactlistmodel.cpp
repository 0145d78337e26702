// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomFieldSupport.h"
#include "TestDatabase.h"
#include "UtcTime.h"

#include "Clock.h"
#include "demo/DemoGenerator.h"
#include "models/ContactListModel.h"
#include "repositories/ContactRepository.h"

#include "search/TextFolding.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace kontor;
using kontor::ui::ContactListModel;

class TestContactListModel : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;

private slots:
    void initTestCase()
    {
        FixedClock clock(utcAt(QDate(2026, 11, 24), QTime(9, 0)));
        Clock::setInstance(&clock);
        QVERIFY(DemoGenerator(m_fixture.db()).generate({3000, 5, 2}).ok());
        Clock::setInstance(nullptr);
    }

    void passesModelTester()
    {
        ContactListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_fixture.db());
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.rowCount(), 3000);
        QCOMPARE(model.columnCount(), int(ContactListModel::ColumnCount));
        model.sort(ContactListModel::Created, Qt::DescendingOrder);
        ContactFilter filter;
        filter.status = ContactStatus::Customer;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isCounting());
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 3000);
    }

    void countsInTheBackground()
    {
        ContactListModel model;
        QSignalSpy known(&model, &ContactListModel::countKnown);
        model.setDatabase(m_fixture.db());
        // The first page is there at once; the rest follows when the count arrives from the other thread.
        QCOMPARE(model.rowCount(), ContactListModel::pageSize);
        QVERIFY(model.isCounting());
        QVERIFY(known.wait(5000));
        QCOMPARE(known.first().first().toInt(), 3000);
        QCOMPARE(model.rowCount(), 3000);
        // A count for a filter that has changed since is dropped: only the last one counts.
        ContactFilter customers;
        customers.status = ContactStatus::Customer;
        model.setFilter(customers);
        model.setFilter({});
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.rowCount(), 3000);
        QCOMPARE(known.last().first().toInt(), 3000);
        // Without the background, reload() counts before it returns.
        model.setCountInBackground(false);
        model.setFilter(customers);
        QVERIFY(!model.isCounting());
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 3000);
    }

    void scrollingEverythingKeepsMemoryBounded()
    {
        ContactListModel model;
        model.setDatabase(m_fixture.db());
        QTRY_VERIFY(!model.isCounting());
        QSet<qint64> seen;
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString key =
                model.data(model.index(row, ContactListModel::Name), ContactListModel::RawValueRole).toString();
            seen.insert(model.contactId(row));
            previous = key;
        }
        QCOMPARE(seen.size(), 3000);
        QVERIFY(model.cachedPageCount() <= ContactListModel::maxCachedPages);
    }

    void sortsByIndexedColumns()
    {
        ContactListModel model;
        model.setDatabase(m_fixture.db());
        QTRY_VERIFY(!model.isCounting());
        model.sort(ContactListModel::LastContact, Qt::DescendingOrder);
        const QDateTime first =
            model.data(model.index(0, ContactListModel::LastContact), ContactListModel::RawValueRole).toDateTime();
        const QDateTime tenth =
            model.data(model.index(9, ContactListModel::LastContact), ContactListModel::RawValueRole).toDateTime();
        QVERIFY(first >= tenth);
        // The last row, reached by a jump, is the first row of the opposite order.
        const qint64 last = model.contactId(model.rowCount() - 1);
        model.sort(ContactListModel::LastContact, Qt::AscendingOrder);
        QCOMPARE(model.contactId(0), last);
    }

    void sortsOtherColumnsInTheBackground()
    {
        ContactListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_fixture.db());
        QTRY_VERIFY(!model.isCounting());
        model.sort(ContactListModel::Company, Qt::AscendingOrder);
        QVERIFY(model.isSorting());
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(model.rowCount(), 3000);
        QCOMPARE(model.sortColumn(), int(ContactListModel::Company));
        // Companies in order, folded as names are; those without one at the end.
        QString previous;
        bool blanks = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString company = model.data(model.index(row, ContactListModel::Company)).toString();
            if (company.isEmpty()) {
                blanks = true;
                continue;
            }
            QVERIFY2(!blanks, "a company after the contacts without one");
            QVERIFY2(sortKey(previous) <= sortKey(company), qPrintable(previous + u" > " + company));
            previous = company;
        }
        QVERIFY(model.cachedPageCount() <= ContactListModel::maxCachedPages);

        // After an edit the list is sorted again; the old order shows meanwhile and the current contact follows.
        QItemSelectionModel selection(&model);
        const qint64 chosen = model.contactId(10);
        selection.setCurrentIndex(model.index(10, 0), QItemSelectionModel::ClearAndSelect);
        QSqlQuery rename(m_fixture.db());
        QVERIFY(rename.exec(QStringLiteral("UPDATE contacts SET company_id = NULL WHERE id = %1").arg(chosen)));
        model.reload();
        QVERIFY(model.isSorting());
        QCOMPARE(model.rowCount(), 3000);
        QTRY_VERIFY(!model.isSorting());
        QVERIFY(selection.currentIndex().row() >= 3000 - 1000); // among those without a company now
        QCOMPARE(model.contactId(selection.currentIndex().row()), chosen);

        // Another filter sorts afresh; an overtaken sort is dropped.
        ContactFilter customers;
        customers.status = ContactStatus::Customer;
        model.setFilter(customers);
        model.sort(ContactListModel::Owner, Qt::DescendingOrder);
        QTRY_VERIFY(!model.isSorting());
        const qint64 expected =
            ContactRepository(m_fixture.db()).sortedIds(customers, ContactSort::Owner, Qt::DescendingOrder)->value(0);
        QCOMPARE(model.contactId(0), expected);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, ContactListModel::Status), ContactListModel::RawValueRole).toString(),
                     QStringLiteral("customer"));
    }

    // Sorted by a custom field of a number, the first page is read along the value's index and shown first; the
    // whole order follows in the background and adds the other rows after it, without starting the list over.
    void showsTheFirstPageOfAFieldOrderFirst()
    {
        const QSqlDatabase db = m_fixture.db();
        const CustomField employees = test::addCustomField(db, "employees", FieldType::Number);
        QSqlQuery fill(db);
        QVERIFY(fill.exec(QStringLiteral("INSERT INTO custom_values (field_id, record_id, number_value) "
                                         "SELECT %1, id, id % 17 FROM contacts WHERE id % 5 <> 0")
                              .arg(employees.id)));
        ContactListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db);
        QTRY_VERIFY(!model.isCounting());
        const int column = model.columnOfField(employees.id);
        QVERIFY(column >= ContactListModel::ColumnCount);
        // One thread at a time: the first page's reading, started first, ends first.
        QThreadPool::globalInstance()->setMaxThreadCount(1);
        struct AllThreads
        {
            ~AllThreads() { QThreadPool::globalInstance()->setMaxThreadCount(QThread::idealThreadCount()); }
        } allThreads;
        model.sort(column, Qt::DescendingOrder);
        QVERIFY(model.isSorting());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), ContactListModel::pageSize - 1);
        QCOMPARE(inserted.at(1).at(1).toInt(), ContactListModel::pageSize);
        QCOMPARE(model.rowCount(), 3000);
        // The whole order: sixteens first, the blanks last, ties by name.
        ContactListQuery query(db);
        query.setSortField(employees);
        const QList<qint64> expected = query.sortedIds({}, ContactSort::CustomField, Qt::DescendingOrder).value();
        for (int row : {0, ContactListModel::pageSize - 1, ContactListModel::pageSize, 2999})
            QCOMPARE(model.contactId(row), expected.at(row));
        QCOMPARE(model.data(model.index(0, column), ContactListModel::RawValueRole).toString(), QStringLiteral("16"));
        QVERIFY(model.data(model.index(2999, column), ContactListModel::RawValueRole).toString().isEmpty());

        // Edited while only the first page shows (the whole order held back here): the page stays, read again,
        // and the rest follows; the list does not start over.
        // The one thread is held until both readings wait; then the first page (read first) goes, and the whole
        // order waits behind a second hold of a priority between theirs.
        QSemaphore before;
        QSemaphore held;
        struct Release
        {
            QSemaphore& before;
            QSemaphore& held;
            ~Release()
            {
                before.release();
                held.release();
            }
        } release{before, held};
        QThreadPool::globalInstance()->start([&before] { before.acquire(); }, 3);
        model.sort(column, Qt::AscendingOrder);
        QThreadPool::globalInstance()->start([&held] { held.acquire(); }, ContactListModel::firstPagePriority - 1);
        before.release();
        QTRY_COMPARE(model.rowCount(), ContactListModel::pageSize);
        QVERIFY(model.isSorting());
        const qint64 first = model.contactId(0);
        QSqlQuery edit(db);
        QVERIFY(edit.exec(QStringLiteral("UPDATE contacts SET title = 'Edited' WHERE id = %1").arg(first)));
        reset.clear();
        model.reload();
        QCOMPARE(model.rowCount(), ContactListModel::pageSize);
        QCOMPARE(model.data(model.index(0, ContactListModel::Title)).toString(), QStringLiteral("Edited"));
        held.release();
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 3000);
        QCOMPARE(model.contactId(0), first);
        QVERIFY(CustomFieldActions::archive(db, employees.id).ok());
    }

    void searchFiltersAsYouType()
    {
        ContactListModel model;
        model.setDatabase(m_fixture.db());
        ContactFilter filter;
        filter.text = QStringLiteral("mül");
        model.setFilter(filter);
        // Words are matched and sorted in another thread; the window only waits for the result to arrive.
        QVERIFY(model.isSearching());
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(!model.isSearching() && !model.isCounting());
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < std::min(model.rowCount(), 20); ++row)
            QVERIFY(model.data(model.index(row, ContactListModel::Name)).toString().contains(QStringLiteral("Müller")));
        // A lone letter is a range of the name index: no waiting.
        filter.text = QStringLiteral("m");
        model.setFilter(filter);
        QVERIFY(!model.isSearching());
        QVERIFY(model.rowCount() > 0);
        // A search overtaken by the next one is dropped.
        filter.text = QStringLiteral("müller");
        model.setFilter(filter);
        filter.text = QStringLiteral("qqqqq");
        model.setFilter(filter);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestContactListModel)
#include "tst_contactlistmodel.moc"
