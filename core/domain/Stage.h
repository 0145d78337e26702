// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kontor {

enum class StageKind { Open, Won, Lost };

/// A step of the sales pipeline. Won and Lost stages are final.
struct Stage
{
    qint64 id = 0;
    QString name;
    int position = 0;
    /// Win probability in percent.
    int probability = 0;
    StageKind kind = StageKind::Open;
    /// Deals that stay longer than this in the stage are stale; 0 means never.
    int staleAfterDays = 0;

    bool isFinal() const { return kind != StageKind::Open; }
};

QString stageKindKey(StageKind kind);
StageKind stageKindFromKey(const QString& key);

} // namespace kontor
