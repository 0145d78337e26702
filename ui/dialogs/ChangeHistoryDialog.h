// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ChangeLogRepository.h"

#include <QDialog>
#include <QSqlDatabase>

class QTreeWidget;

namespace kontor::ui {

/// The change history of one record: when, who, and what changed from what to what, newest first.
class ChangeHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeHistoryDialog(const QSqlDatabase& db, ChangeLogRepository::Entity entity, qint64 id, const QString& title,
                        QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    /// "Last name: Byron → Lovelace" for each changed column, in words and the user's formats.
    static QStringList describe(const QSqlDatabase& db, const ChangeEntry& entry,
                                ChangeLogRepository::Entity entity = ChangeLogRepository::Entity::Contact);

private:
    QTreeWidget* m_list;
};

} // namespace kontor::ui
