// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionChoice.h"

#include "domain/CountryNames.h"

#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace kontor::ui {

void fillPhoneRegions(QComboBox* box)
{
    QList<QPair<QString, QString>> territories;
    for (int t = QLocale::Afghanistan; t <= QLocale::LastTerritory; ++t) {
        const QString code = QLocale::territoryToCode(static_cast<QLocale::Territory>(t));
        if (code.size() == 2)
            territories.append({countryName(code), code});
    }
    // In the language's own names and order: ایران, not Iran, among the Persian names.
    const QCollator collator;
    std::sort(territories.begin(), territories.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto& [name, code] : territories)
        box->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    // Nothing chosen yet (a language of no country, such as Esperanto, under a locale without one) reads as a
    // question, not as an empty box.
    box->setPlaceholderText(QCoreApplication::translate("RegionChoice", "Choose your country"));
}

} // namespace kontor::ui
