// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace kontor::ui {

/// Help → Keyboard Shortcuts: every key of the menus (read from them, so the list cannot go stale) and the keys
/// that work on a page or in a dialog, grouped, with a filter box.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list;
};

} // namespace kontor::ui
