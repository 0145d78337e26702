// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"

#include "Translations.h"
#include "models/DealCardModel.h"
#include "views/DealCardDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace kontor;
using kontor::ui::DealCardDelegate;
using kontor::ui::DealCardModel;

/// A deal's card on the board, drawn alone: what it says and where it puts it.
class TestDealCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    // A card's title does not repeat the contact's name shown on the line below it.
    void cardTitlesLeaveTheContactsNameToTheLineBelow()
    {
        DealCardModel model(1);
        PipelineCard card;
        card.dealId = 7;
        card.title = QStringLiteral("Premium support for Ada Lovelace");
        card.contactName = QStringLiteral("Ada Lovelace");
        card.companyName = QStringLiteral("Analytical Engines");
        card.amount = {100000, QStringLiteral("EUR")};
        model.setCards({card});
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("Premium support"));
        QCOMPARE(model.index(0).data(DealCardModel::SubtitleRole).toString(),
                 QStringLiteral("Ada Lovelace · Analytical Engines"));
        // The whole title is still read out and shown on hover.
        QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().startsWith(card.title));
    }

    // A card too narrow for billions of rials says them in the language's short words, not as a cut number.
    void largeAmountsAreShortenedOnANarrowCard()
    {
        DealCardModel model(1);
        PipelineCard card;
        card.dealId = 8;
        card.title = QStringLiteral("Warehouse scanners");
        card.amount = {3'660'000'000, QStringLiteral("IRR")};
        model.setCards({card});
        const QFontMetrics metrics(QApplication::font());
        const QModelIndex index = model.index(0);
        const QString whole = index.data(DealCardModel::AmountRole).toString();
        QCOMPARE(whole, QStringLiteral("3,660,000,000\u00A0IRR"));
        QCOMPARE(DealCardDelegate::amountText(index, metrics, metrics.horizontalAdvance(whole) + 10), whole);
        QCOMPARE(DealCardDelegate::amountText(index, metrics, 100), QStringLiteral("3.7B\u00A0IRR"));
    }

    // The red mark of a stale deal stands at the card's start edge: its right edge on a mirrored board.
    void theStaleMarkFollowsTheDirection()
    {
        DealCardModel model(1);
        PipelineCard card;
        card.dealId = 9;
        card.title = QStringLiteral("Waiting");
        card.amount = {100000, QStringLiteral("EUR")};
        card.stale = true;
        model.setCards({card});
        DealCardDelegate delegate;
        const auto redColumns = [&](Qt::LayoutDirection direction) {
            QImage image(220, 90, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            QStyleOptionViewItem option;
            option.rect = image.rect();
            option.direction = direction;
            option.palette = QApplication::palette();
            option.font = QApplication::font();
            delegate.paint(&painter, option, model.index(0));
            painter.end();
            const QColor red = DealCardDelegate::staleColor();
            QList<int> columns;
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, image.height() / 2);
                if (qAbs(pixel.red() - red.red()) + qAbs(pixel.green() - red.green()) +
                        qAbs(pixel.blue() - red.blue()) <
                    40)
                    columns << x;
            }
            return columns;
        };
        const QList<int> leftToRight = redColumns(Qt::LeftToRight);
        const QList<int> rightToLeft = redColumns(Qt::RightToLeft);
        QVERIFY(!leftToRight.isEmpty() && !rightToLeft.isEmpty());
        QVERIFY(leftToRight.last() < 20);
        QVERIFY2(rightToLeft.first() > 200, qPrintable(QString::number(rightToLeft.first())));
    }

    // The owner's badge shows the first letter of two words as written: a Bengali consonant with its vowel sign
    // ("ফা", not "ফ"), in a font that still reads (it was 7–8 px, a white smudge).
    void ownerInitialsAreWholeLettersLargeEnoughToRead()
    {
        QCOMPARE(DealCardDelegate::initials(QStringLiteral("ada lovelace")), QStringLiteral("AL"));
        QCOMPARE(DealCardDelegate::initials(QStringLiteral("ফাতেমা খাতুন")), QStringLiteral("ফাখা"));
        QCOMPARE(DealCardDelegate::initials(QStringLiteral("Cher")), QStringLiteral("C"));
        QCOMPARE(DealCardDelegate::initials(QString()), QString());
        QCOMPARE(DealCardDelegate::badgeText(QStringLiteral("ফাখা"), QFont(), 1), QStringLiteral("ফা"));
        const QFont base = QApplication::font();
        const int diameter = QFontMetrics(base).height() + 2;
        for (const QString& initials : {QStringLiteral("ফাখা"), QStringLiteral("MW"), QStringLiteral("سع")}) {
            const QFont font = DealCardDelegate::badgeFont(base, diameter, initials);
            QVERIFY2(font.pixelSize() >= 9, qPrintable(initials));
            // What is shown fits the badge: both letters, or the first alone where two would spill over.
            const QString shown = DealCardDelegate::badgeText(initials, font, diameter);
            QVERIFY2(QFontMetrics(font).horizontalAdvance(shown) <= diameter * 4 / 5, qPrintable(initials));
            QVERIFY(initials.startsWith(shown));
            QVERIFY(font.bold());
        }
    }
};

QTEST_MAIN(TestDealCard)
#include "tst_dealcard.moc"
