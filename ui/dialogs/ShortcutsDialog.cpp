// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include "views/Mnemonics.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kontor::ui {

namespace {

// Keys read left to right in every language: without the marks, a right-to-left layout shows "Ctrl+," as ",+Ctrl".
QString leftToRight(const QString& keys)
{
    const QChar mark(0x200E); // LEFT-TO-RIGHT MARK
    return mark + keys + mark;
}

void addMenu(QTreeWidget* list, const QMenu* menu, const QString& path)
{
    QTreeWidgetItem* group = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            addMenu(list, action->menu(), path + QStringLiteral(" › ") + withoutMnemonic(action->text()));
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            continue;
        if (!group) {
            group = new QTreeWidgetItem(list, {path});
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {withoutMnemonic(action->text()), leftToRight(keys.join(QStringLiteral(", ")))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(620, 640);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("What it does"), tr("Key")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    for (QAction* action : menus->actions()) {
        if (action->menu())
            addMenu(m_list, action->menu(), withoutMnemonic(action->text()));
    }
    // Keys of pages and dialogs, which no menu lists.
    const QList<std::pair<QString, QList<std::pair<QString, QString>>>> pages = {
        {tr("Today"),
         {{tr("Mark the selected reminder done"), tr("D")},
          {tr("Snooze the selected reminder until tomorrow 9:00"), tr("S")},
          {tr("Open the contact, or the deal on the pipeline"), tr("Enter")}}},
        {tr("Contacts"),
         {{tr("Edit the selected contact"), tr("Enter")},
          {tr("Select several contacts"), tr("Shift+click, Ctrl+click, Ctrl+A")},
          {tr("Resolve or reopen the selected complaint in the history"), tr("R")}}},
        {tr("Reminders"),
         {{tr("Mark the selected reminder done"), tr("D")},
          {tr("Snooze the selected reminder until tomorrow 9:00"), tr("S")},
          {tr("Edit the selected reminder"), tr("Enter")},
          {tr("Delete the selected reminder"), tr("Del")}}},
        {tr("Pipeline"),
         {{tr("Edit the selected deal"), tr("Enter")},
          {tr("Previous or next column"), tr("Left, Right")},
          {tr("Board or list"), tr("Alt+B, Alt+I")}}},
        {tr("Search"), {{tr("Open the first match"), tr("Enter")}, {tr("Move through the matches"), tr("Up, Down")}}},
        {tr("Log interaction"),
         {{tr("Save"), tr("Enter")}, {tr("New line in the notes"), tr("Shift+Enter")}, {tr("Cancel"), tr("Esc")}}},
        {tr("Reports"),
         {{tr("What lies behind the chosen figure"), tr("Enter")},
          {tr("Log an interaction with the contact of a row of the details"), tr("Ctrl+L")},
          {tr("Print all reports"), tr("Ctrl+P")}}},
    };
    for (const auto& [page, keys] : pages) {
        auto* group = new QTreeWidgetItem(m_list, {page});
        group->setFirstColumnSpanned(true);
        for (const auto& [what, key] : keys)
            new QTreeWidgetItem(group, {what, leftToRight(key)});
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_list->topLevelItem(i);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setExpanded(true);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto* filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("filter"));
    filter->setPlaceholderText(tr("Find a key or a command"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* group = m_list->topLevelItem(i);
            int shown = 0;
            for (int j = 0; j < group->childCount(); ++j) {
                QTreeWidgetItem* row = group->child(j);
                const bool match = text.isEmpty() || row->text(0).contains(text, Qt::CaseInsensitive) ||
                                   row->text(1).contains(text, Qt::CaseInsensitive) ||
                                   group->text(0).contains(text, Qt::CaseInsensitive);
                row->setHidden(!match);
                shown += match ? 1 : 0;
            }
            group->setHidden(shown == 0);
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    filter->setFocus();
}

} // namespace kontor::ui
