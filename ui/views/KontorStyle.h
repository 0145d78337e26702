// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

class QFontMetrics;

namespace kontor::ui {

/// The desktop's own style with two changes: every list, table and tree row is as high as a contact list's row, so
/// that Today, Contacts, Companies, Reminders, the reports and the dialogs share one density (a tree's row was 14 px
/// beside a table's 30; rows that need more, several lines or cards, keep their own height); the clear button of
/// search fields is one of Kontor's line icons; hints are a readable grey; and a Latin cell in a right-to-left view
/// keeps its punctuation at its end.
class KontorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    /// The height of one row of text in an item view.
    static int rowHeight(const QFontMetrics& metrics);

    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                           const QWidget* widget) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;
    /// A cell's text as it is drawn in a view of `direction`: right to left, a text that starts in Latin letters or
    /// digits is marked left to right at both ends, so that its final full stop or bracket stays at its end ("Vega
    /// Motors S.A.", not ".Vega Motors S.A") and a phone number reads as dialled ("+49 40 1234567", not
    /// "1234567 40 49+").
    static QString cellText(const QString& text, Qt::LayoutDirection direction);
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    /// Hints (placeholders, empty lists, key hints) in a grey that still reads: the desktop's half-transparent text
    /// is too faint for Bengali vowel signs or Persian dots at list size.
    void polish(QPalette& palette) override;
    using QProxyStyle::polish;
    /// A search field's clear button in Kontor's line icons rather than the style's filled pixmap.
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

/// Wraps the application's style (the desktop's, or the one given with -style) in KontorStyle. Called once, after
/// the application object exists and before the palette is set.
void installStyle();

} // namespace kontor::ui
