// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderedListPage.h"

#include "FormRows.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kontor::ui {

OrderedListPage::OrderedListPage(const Words& words, QWidget* parent) : QWidget(parent), m_checkable(words.checkable)
{
    const QString noun = words.objectNoun;
    const QString lowerNoun = noun.left(1).toLower() + noun.mid(1);
    m_table = new QTableWidget(0, static_cast<int>(words.headers.size()), this);
    m_table->setObjectName(lowerNoun.endsWith(u'y') ? QString(lowerNoun.chopped(1) + QStringLiteral("ies"))
                                                    : QString(lowerNoun + u's'));
    m_table->setAccessibleName(words.tableName);
    m_table->setHorizontalHeaderLabels(words.headers);
    for (int column = 0; column + 1 < m_table->columnCount(); ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(m_table->columnCount() - 1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* add = namedButton(this, words.add, QStringLiteral("add") + noun);
    m_edit = namedButton(this, words.edit, QStringLiteral("edit") + noun);
    m_remove = namedButton(this, words.remove, QStringLiteral("remove") + noun);
    m_up = namedButton(this, words.up, lowerNoun + QStringLiteral("Up"));
    m_down = namedButton(this, words.down, lowerNoun + QStringLiteral("Down"));
    connect(add, &QPushButton::clicked, this, &OrderedListPage::addRow);
    connect(m_edit, &QPushButton::clicked, this, &OrderedListPage::editRow);
    connect(m_remove, &QPushButton::clicked, this, &OrderedListPage::removeRow);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(1); });
    // Queued: saving reads the table again, which must not happen under the click or the tick that asked for it.
    connect(m_table, &QTableWidget::itemActivated, this, &OrderedListPage::editRow, Qt::QueuedConnection);
    connect(m_table, &QTableWidget::currentCellChanged, this, &OrderedListPage::updateButtons);
    if (m_checkable) {
        connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
            const int row = item->row();
            const bool active = item->checkState() == Qt::Checked;
            if (item->column() != 0 || row < 0 || row >= count() || active == isActive(row))
                return;
            QMetaObject::invokeMethod(
                this,
                [this, row, active] {
                    if (row < count() && active != isActive(row)) {
                        setActive(row, active);
                        save(row);
                    }
                },
                Qt::QueuedConnection);
        });
    }
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &OrderedListPage::removeRow);

    auto* hint = new QLabel(words.hint, this);
    hint->setWordWrap(true);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* each : {add, m_edit, m_remove, m_up, m_down})
        buttons->addWidget(each);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(hint);
}

void OrderedListPage::reload()
{
    const int current = std::max(0, m_table->currentRow());
    if (Status readBack = read(); !readBack)
        emit changed(readBack.error());
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (int row = 0; row < count(); ++row) {
        m_table->insertRow(row);
        const QStringList texts = cells(row);
        for (int column = 0; column < m_table->columnCount(); ++column) {
            auto* item = new QTableWidgetItem(texts.value(column));
            item->setToolTip(item->text());
            if (column == 0 && m_checkable) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(isActive(row) ? Qt::Checked : Qt::Unchecked);
            }
            m_table->setItem(row, column, item);
        }
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(current, m_table->rowCount() - 1), 0);
    updateButtons();
}

void OrderedListPage::updateButtons()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < count();
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
    m_up->setEnabled(chosen && row > 0);
    m_down->setEnabled(chosen && row + 1 < count());
}

void OrderedListPage::save(int selectRow)
{
    const Status saved = write();
    emit changed(saved.ok() ? QString() : saved.error());
    reload();
    if (saved && selectRow >= 0 && selectRow < m_table->rowCount())
        m_table->setCurrentCell(selectRow, 0);
}

void OrderedListPage::addRow()
{
    if (edit(-1))
        save(count() - 1);
}

void OrderedListPage::editRow()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < count() && edit(row))
        save(row);
}

void OrderedListPage::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= count())
        return;
    // No question asked: Undo brings it back.
    remove(row);
    save(std::min(row, count() - 1));
}

void OrderedListPage::moveRow(int step)
{
    const int row = m_table->currentRow();
    const int to = row + step;
    if (row < 0 || row >= count() || to < 0 || to >= count())
        return;
    move(row, to);
    save(to);
}

} // namespace kontor::ui
