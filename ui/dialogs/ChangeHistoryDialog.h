// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repositories/ChangeLogRepository.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QDialogButtonBox;
class QHBoxLayout;
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
    /// "Last name: Byron → Lovelace" for each changed column, in words and the user's formats; amounts whose change
    /// left the currency as it was are in `currency` (the record's).
    static QStringList describe(const QSqlDatabase& db, const ChangeEntry& entry,
                                ChangeLogRepository::Entity entity = ChangeLogRepository::Entity::Contact,
                                const QString& currency = QStringLiteral("EUR"));
    /// The row of buttons under an edit dialog's form: "Changes…" (named "changes") at its start, which shows the
    /// history of the record `id` under the name `title()` gives, and `buttons` (Save, Cancel) at its end, where the
    /// platform puts them. A new record (`id` 0) has no history: the row holds `buttons` only.
    static QHBoxLayout* buttonRow(QDialog* dialog, QDialogButtonBox* buttons, const QSqlDatabase& db,
                                  ChangeLogRepository::Entity entity, qint64 id, std::function<QString()> title);

private:
    QTreeWidget* m_list;
};

} // namespace kontor::ui
