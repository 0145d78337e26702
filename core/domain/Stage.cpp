// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stage.h"

namespace kontor {

QString stageKindKey(StageKind kind)
{
    switch (kind) {
    case StageKind::Won:
        return QStringLiteral("won");
    case StageKind::Lost:
        return QStringLiteral("lost");
    case StageKind::Open:
        break;
    }
    return QStringLiteral("open");
}

StageKind stageKindFromKey(const QString& key)
{
    if (key == QStringLiteral("won"))
        return StageKind::Won;
    if (key == QStringLiteral("lost"))
        return StageKind::Lost;
    return StageKind::Open;
}

} // namespace kontor
