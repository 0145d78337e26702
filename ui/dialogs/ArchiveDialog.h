// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ArchiveRepository.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace kontor::ui {

/// The archive: contacts, companies, deals and reminders that were archived or deleted, newest first, each one
/// restored with Enter or "Restore", its change history with "Changes…".
class ArchiveDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ArchiveDialog(const QSqlDatabase& db, QWidget* parent = nullptr);

    QComboBox* kindBox() const { return m_kind; }
    QTreeWidget* list() const { return m_list; }

public slots:
    void reload();
    void restoreCurrent();
    void showChanges();

signals:
    /// After a record came back, saying which, or why it could not.
    void statusMessage(const QString& message);

private:
    ArchiveRepository::Entity entity() const;

    QSqlDatabase m_db;
    QComboBox* m_kind;
    QLineEdit* m_search;
    QTreeWidget* m_list;
    QLabel* m_empty = nullptr;
};

} // namespace kontor::ui
