// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/ContactStatus.h"
#include "domain/Money.h"
#include "reports/RfmReport.h"
#include "scoring/ScoreRule.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace kontor {

/// One person worth calling now, and why.
struct CallNextItem
{
    /// A customer slipping away, or a promising lead without a next step.
    enum class Kind { Customer, Lead };
    Kind kind = Kind::Customer;
    qint64 contactId = 0;
    QString name;
    /// A customer's segment (At risk, Can't lose them) and the figures behind it.
    RfmSegment segment = RfmSegment::AtRisk;
    qint64 frequency = 0;
    QDate lastWon;
    Money monetary;
    /// A lead's stage (lead, marketing or sales qualified), its stored score and the rules that gave the most points.
    ContactStatus status = ContactStatus::Lead;
    int score = 0;
    QList<ScoreReason> reasons;
    /// Invalid: never contacted.
    QDateTime lastContact;
};

/// Today's "who to call next": customers in "Can't lose them" and "At risk" (the segments CustomerSegments stored)
/// not contacted for `quietDays`, those who bought most first; and leads and qualified contacts with a score above 0
/// and no next step (no open reminder, no meeting ahead) not contacted today, best score first. The two take turns.
class CallNext
{
    Q_DECLARE_TR_FUNCTIONS(CallNext)

public:
    static constexpr int quietDays = 30;
    static constexpr int shown = 10;

    explicit CallNext(QSqlDatabase db) : m_db(std::move(db)) {}
    /// At most `limit` people, as of `now`: a customer, a lead, a customer and so on while both last.
    Result<QList<CallNextItem>> list(const QDateTime& now, int limit = shown) const;
    /// Customers only: "Can't lose them" before "At risk", then by revenue.
    Result<QList<CallNextItem>> customers(const QDateTime& now, int limit = shown) const;
    /// Leads and qualified contacts only, best score first, each with the rules that gave its points.
    Result<QList<CallNextItem>> leads(const QDateTime& now, int limit = shown) const;
    /// Why: "6 orders, the last on 03/03/2026, 12,400.00 EUR in all; no contact for 45 days", or "score 63:
    /// Decision maker +20, Successful meeting +25; never contacted".
    static QString reason(const CallNextItem& item, const QDateTime& now);

private:
    QSqlDatabase m_db;
};

} // namespace kontor
