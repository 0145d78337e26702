// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Interaction.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

namespace kontor::ui {

/// A contact's interactions, newest first, read 50 at a time as the view scrolls back in time.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        WhenRole,
        OutcomeRole,
        NotesRole,
        OpenComplaintRole,
        /// "12 Mar 2026 10:30 · Call · Successful · 5 min"
        HeaderRole,
        SubjectRole
    };
    static constexpr int batchSize = 50;

    explicit TimelineModel(QObject* parent = nullptr);

    void setContact(const QSqlDatabase& db, qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QSqlDatabase m_db;
    qint64 m_contactId = 0;
    QList<Interaction> m_items;
    bool m_atEnd = true;
};

} // namespace kontor::ui
