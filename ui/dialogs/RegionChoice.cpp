// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionChoice.h"

#include <QComboBox>
#include <QLocale>

#include <algorithm>

namespace kontor::ui {

void fillPhoneRegions(QComboBox* box)
{
    QList<QPair<QString, QString>> territories;
    for (int t = QLocale::Afghanistan; t <= QLocale::LastTerritory; ++t) {
        const QString code = QLocale::territoryToCode(static_cast<QLocale::Territory>(t));
        if (code.size() == 2)
            territories.append({QLocale::territoryToString(static_cast<QLocale::Territory>(t)), code});
    }
    std::sort(territories.begin(), territories.end());
    for (const auto& [name, code] : territories)
        box->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
}

} // namespace kontor::ui
