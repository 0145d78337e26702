// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

namespace kontor {

/// Where leads come from: "Website", "Referral", "Trade show".
struct LeadSource
{
    qint64 id = 0;
    QString name;
};

/// A campaign within a lead source, with its period and what it cost.
struct Campaign
{
    qint64 id = 0;
    qint64 leadSourceId = 0;
    QString name;
    QDate startsOn;
    QDate endsOn;
    Money spend;
};

} // namespace kontor
