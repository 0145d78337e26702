// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/ContactStatus.h"
#include "reports/ReportPeriod.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace kontor {

/// One stage of the lifecycle funnel in a period.
struct LifecycleStageFigures
{
    ContactStatus stage = ContactStatus::Lead;
    /// Contacts that entered the stage in the period (each once, however often it moved in and out).
    qint64 entered = 0;
    /// Of those, the ones that went on to a later stage of the journey (the next or one beyond it), by now. None for
    /// Customer and the stages off the journey.
    qint64 advanced = 0;
    /// The median days from entering the stage to entering a later one, over the contacts that advanced.
    std::optional<double> medianDaysToAdvance;

    /// advanced / entered; none where nothing entered or there is no later stage.
    std::optional<double> conversion() const;
};

/// The funnel of one lead source or one owner.
struct LifecycleGroup
{
    /// The source's or salesperson's id; 0 for the contacts without one.
    qint64 id = 0;
    QString name;
    QList<LifecycleStageFigures> stages;
};

/// The lifecycle funnel of a period: every stage in the order of the journey (Lead to Customer, then Disqualified
/// and Inactive), for all contacts, by lead source and by owner (each list by most leads entered, then name).
struct LifecycleReport
{
    ReportFilter filter;
    QList<LifecycleStageFigures> stages;
    QList<LifecycleGroup> bySource;
    QList<LifecycleGroup> byOwner;

    /// The figures of `stage` in `stages`.
    const LifecycleStageFigures& figures(ContactStatus stage) const;
};

/// Computes the funnel from the contacts' stage history (schema 14), for contacts not archived; a report filtered by
/// owner counts the contacts that salesperson owns.
class LifecycleFunnel
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleFunnel)

public:
    enum class Group { All, Source, Owner };

    explicit LifecycleFunnel(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<LifecycleReport> compute(const ReportFilter& filter) const;
    /// The contacts behind a figure: those that entered `stage` in the period (of the source or owner `groupId` when
    /// `group` says so; 0: without one), or of those only the ones that advanced.
    Result<QList<qint64>> contacts(const ReportFilter& filter, ContactStatus stage, Group group = Group::All,
                                   qint64 groupId = 0, bool advancedOnly = false) const;

    /// Sets every move's advanced_at (schema 16) from the history, for a bulk load that suspended the
    /// "lifecycle_advances_" triggers which keep it otherwise.
    static Status refreshAdvances(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
};

} // namespace kontor
