// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/PipelineRepository.h"

#include <QFrame>
#include <QLocale>

class QLabel;
class QListView;
class QToolButton;

namespace kontor::ui {

class DealCardModel;

/// One stage's column on the pipeline board: the stage's name and win probability, its figures (the deals and their
/// amounts, weighted or closed lately, the stale ones) and its deal cards, which are dragged between columns. The
/// page wires the cards' view and model to its actions. The columns of Won and Lost fold into a narrow strip that
/// reads sideways and still takes a dropped card, so that the open stages get the board's width.
class PipelineColumnWidget : public QFrame
{
    Q_OBJECT

public:
    explicit PipelineColumnWidget(const Stage& stage, QWidget* parent = nullptr);

    /// The width a column has when there is room, and the narrowest it gets so that the open stages fit.
    static constexpr int widestColumn = 270;
    static constexpr int narrowestColumn = 180;

    qint64 stageId() const { return m_stageId; }
    QListView* view() const { return m_view; }
    DealCardModel* model() const { return m_model; }

    /// Shows the column's figures and cards, keeping the selected card and the scroll position. `closedWithinDays`:
    /// how far back the column of a final stage (won, lost) reaches.
    void setColumn(const PipelineColumn& column, int closedWithinDays);

    /// Won and Lost fold; open stages do not.
    bool isFoldable() const { return m_foldButton != nullptr; }
    bool isFolded() const { return m_folded; }
    void setFolded(bool folded);
    /// The width of a folded column.
    int foldedWidth() const;

    /// Amounts in several currencies as the columns and the page's summary show them: "1,200.00 EUR + 300.00 USD".
    static QString joinAmounts(const QList<Money>& amounts, const QLocale& locale);

signals:
    /// The user folded or unfolded the column.
    void foldToggled(bool folded);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updateFoldButton();
    void updateToolTip();

    qint64 m_stageId = 0;
    bool m_folded = false;
    /// What the folded strip reads: the stage, its deals and their total.
    QString m_foldedText;
    /// What the column's figures mean.
    QString m_columnToolTip;
    QToolButton* m_foldButton = nullptr;
    QLabel* m_title;
    QLabel* m_figures;
    QListView* m_view;
    DealCardModel* m_model;
};

} // namespace kontor::ui
