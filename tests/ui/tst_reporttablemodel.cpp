// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ReportTableModel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

using namespace kontor::ui;

namespace {

struct StageKey
{
    qint64 stageId = 0;
};

struct SourceKey
{
    qint64 sourceId = 0;
};

} // namespace

Q_DECLARE_METATYPE(StageKey)
Q_DECLARE_METATYPE(SourceKey)

class TestReportTableModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsKeepTheirKeysAndExplainTheirFigures()
    {
        ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns({{QStringLiteral("Stage"), QStringLiteral("The stages.")},
                          {QStringLiteral("Reached"), QStringLiteral("Deals that reached it.")}});
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Reached"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("Deals that reached it."));

        QCOMPARE(model.addRow({QStringLiteral("Lead"), QStringLiteral("12")}, QVariant::fromValue(StageKey{7})), 0);
        QCOMPARE(model.addRow({QStringLiteral("Won"), QStringLiteral("3")}, QVariant::fromValue(StageKey{9}),
                              {QStringLiteral("Won deals."), QStringLiteral("Deals won in the period.")}),
                 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.text(1, 1), QStringLiteral("3"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Lead"));
        // The row's key comes back typed, and only as the type it was given.
        QCOMPARE(model.key<StageKey>(1)->stageId, 9);
        QVERIFY(!model.key<SourceKey>(1));
        QVERIFY(!model.key<StageKey>(2));
        // A cell says what its column counts, unless its row explains itself.
        QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("Deals that reached it."));
        QCOMPARE(model.index(1, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("Deals won in the period."));
        // Figures stand right, the row's name left.
        QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.index(0, 0).data(Qt::TextAlignmentRole).isValid());
        QVERIFY(model.isFigure(1));
        // A column of names stands left too.
        model.setColumns({{QStringLiteral("Month"), {}}, {QStringLiteral("Salesperson"), {}, true}});
        model.addRow({QStringLiteral("Jan"), QStringLiteral("Nadia")}, QVariant::fromValue(StageKey{1}));
        QVERIFY(!model.index(0, 1).data(Qt::TextAlignmentRole).isValid());
        QVERIFY(!model.isFigure(1));
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
    }

    // A narrow table's titles take two lines, broken at the space nearest the middle; the title itself stays whole.
    void titlesWrapForANarrowTable()
    {
        ReportTableModel model;
        model.setColumns({{QStringLiteral("Source"), {}}, {QStringLiteral("Cost per customer"), {}}});
        QSignalSpy changed(&model, &QAbstractItemModel::headerDataChanged);
        model.setTitlesWrapped(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Cost per\ncustomer"));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Source"));
        QCOMPARE(model.title(1), QStringLiteral("Cost per customer"));
        model.setTitlesWrapped(true);
        QCOMPARE(changed.count(), 1);
        model.setTitlesWrapped(false);
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Cost per customer"));
    }

    void aRowSetApartKeepsItsColorAndClearingEmpties()
    {
        ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns({{QStringLiteral("Month"), {}}, {QStringLiteral("Overdue"), {}}});
        model.addRow({QStringLiteral("Jan"), QStringLiteral("0")}, QVariant::fromValue(StageKey{1}));
        const int late = model.addRow({QStringLiteral("Feb"), QStringLiteral("2")}, QVariant::fromValue(StageKey{2}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRowAlert(late);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.isAlert(late));
        QVERIFY(!model.isAlert(0));
        // Red that reads on the palette in use: dark on light, light on dark.
        const QColor shown = model.index(late, 0).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(shown.red() > shown.green() + 60);
        const bool darkPalette = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        QCOMPARE(shown.lightness() > 128, darkPalette);
        QVERIFY(!model.index(0, 1).data(Qt::ForegroundRole).isValid());

        model.clearRows();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 2);
        model.setColumns({{QStringLiteral("Only"), {}}});
        QCOMPARE(model.columnCount(), 1);
    }
};

QTEST_MAIN(TestReportTableModel)
#include "tst_reporttablemodel.moc"
