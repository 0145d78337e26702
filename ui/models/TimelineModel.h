// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Interaction.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

namespace kontor::ui {

/// A contact's history in one list, newest first: interactions (read 50 at a time as the view scrolls back in
/// time), the steps of the contact's deals and its reminders, each at its time. A reminder still to come stands at
/// the top.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    /// The word on the line between what is still to come and what happened.
    static QString nowText();
    enum class EntryType { Interaction, DealStep, Reminder };
    enum Role {
        IdRole = Qt::UserRole + 1,
        /// The colour key: an interaction kind, "deal" or "reminder".
        KindRole,
        WhenRole,
        OutcomeRole,
        NotesRole,
        OpenComplaintRole,
        /// "12 Mar 2026 10:30 · Call · Successful · 5 min"
        HeaderRole,
        SubjectRole,
        TypeRole,
        /// Still to come: a meeting booked ahead, a reminder not yet due.
        PlannedRole,
        /// The first entry of the past under entries still to come: the "now" line goes above it.
        NowAboveRole,
    };
    static constexpr int batchSize = 50;
    static inline const QString dealKind = QStringLiteral("deal");
    static inline const QString reminderKind = QStringLiteral("reminder");

    explicit TimelineModel(QObject* parent = nullptr);

    void setContact(const QSqlDatabase& db, qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Entry
    {
        EntryType type = EntryType::Interaction;
        qint64 id = 0;
        QDateTime when;
        QString kind;
        QString header;
        QString subject;
        QString notes;
        QString outcome;
        bool openComplaint = false;
        bool planned = false;
    };
    static Entry fromInteraction(const Interaction& interaction);
    void readDealsAndReminders();

    QSqlDatabase m_db;
    qint64 m_contactId = 0;
    QList<Entry> m_items;
    /// Deal steps and reminders not yet shown, newest first: each joins the list with the interactions of its time.
    QList<Entry> m_pending;
    QDateTime m_oldestInteraction;
    bool m_atEnd = true;
};

} // namespace kontor::ui
