// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace kontor::ui {

namespace {

/// The label over the view's viewport: its size follows the viewport, its visibility the model's rows.
class EmptyStateLabel : public QLabel
{
public:
    EmptyStateLabel(QAbstractItemView* view, const QString& text) : QLabel(text, view->viewport()), m_view(view)
    {
        setObjectName(QStringLiteral("emptyState"));
        setAlignment(Qt::AlignCenter);
        setWordWrap(true);
        setMargin(24);
        setForegroundRole(QPalette::PlaceholderText);
        // Clicks go through to the view (a context menu, say).
        setAttribute(Qt::WA_TransparentForMouseEvents);
        view->viewport()->installEventFilter(this);
        QAbstractItemModel* model = view->model();
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &EmptyStateLabel::follow);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateLabel::follow);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateLabel::follow);
        setGeometry(view->viewport()->rect());
        follow();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            setGeometry(m_view->viewport()->rect());
        return QLabel::eventFilter(watched, event);
    }

private:
    /// Shown while the model has no rows.
    void follow() { setVisible(m_view->model() && m_view->model()->rowCount() == 0); }

    QAbstractItemView* m_view;
};

} // namespace

QLabel* showWhenEmpty(QAbstractItemView* view, const QString& text)
{
    return new EmptyStateLabel(view, text);
}

} // namespace kontor::ui
