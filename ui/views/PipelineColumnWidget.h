// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/PipelineRepository.h"

#include <QFrame>
#include <QLocale>

class QLabel;
class QListView;

namespace kontor::ui {

class DealCardModel;

/// One stage's column on the pipeline board: the stage's name and win probability, its figures (the deals and their
/// amounts, weighted or closed lately, the stale ones) and its deal cards, which are dragged between columns. The
/// page wires the cards' view and model to its actions.
class PipelineColumnWidget : public QFrame
{
    Q_OBJECT

public:
    explicit PipelineColumnWidget(const Stage& stage, QWidget* parent = nullptr);

    /// The width a column has when there is room, and the narrowest it gets so that the open stages fit.
    static constexpr int widestColumn = 270;
    static constexpr int narrowestColumn = 190;

    qint64 stageId() const { return m_stageId; }
    QListView* view() const { return m_view; }
    DealCardModel* model() const { return m_model; }

    /// Shows the column's figures and cards, keeping the selected card and the scroll position. `closedWithinDays`:
    /// how far back the column of a final stage (won, lost) reaches.
    void setColumn(const PipelineColumn& column, int closedWithinDays);

    /// Amounts in several currencies as the columns and the page's summary show them: "1,200.00 EUR + 300.00 USD".
    static QString joinAmounts(const QList<Money>& amounts, const QLocale& locale);

private:
    qint64 m_stageId = 0;
    QLabel* m_title;
    QLabel* m_figures;
    QListView* m_view;
    DealCardModel* m_model;
};

} // namespace kontor::ui
