// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoVocabulary.h"

#include <QString>

#include <vector>

namespace kontor::demo {

/// Where the demo's business is at home and who works there. By default an English-speaking business with customers
/// across Europe and beyond; in Persian, Bengali or Amharic a business in Iran, Bangladesh or Ethiopia whose
/// customers are mostly of its own country, with names and companies in its own script; in German one in Germany
/// and Austria.
struct DemoWorld
{
    /// The countries contacts and companies come from, the home markets first.
    std::vector<Culture> cultures;
    /// How many of the first cultures most companies are in.
    qint64 homeMarkets = 4;
    /// The index in `cultures` of the language's own country, whose companies are named in the language
    /// ("لجستیک کریمی"); -1 by default.
    int localNamesCulture = -1;
    /// How many of the first cultures name their companies' line of business in the language ("Schneider Logistik
    /// GmbH"); 0 by default, where every company's name is English.
    qint64 localBusinessWords = 0;
    /// The one who runs the business, and the salespeople.
    const char* owner = nullptr;
    std::vector<const char*> salespeople;
    /// The currency the business sells in: rials in Iran, taka in Bangladesh, birr in Ethiopia, euros otherwise.
    QString currency = QStringLiteral("EUR");
    /// The cultures' countries named in the demo's language: "Germany" in English, "آلمان" in Persian, "Germanio"
    /// in Esperanto.
    std::vector<QString> countryNames;

    QString countryName(const Culture& country) const
    {
        return countryNames[static_cast<std::size_t>(&country - cultures.data())];
    }
    /// An amount priced in euros, in the business's currency and its minor units (a demo's round figures, not an
    /// exchange rate to rely on).
    qint64 priceInMinorUnits(qint64 euros) const;
};

/// The world of a demo in `language` ("fa", "de_DE"); the default one for English, Esperanto and any other.
DemoWorld demoWorld(const QString& language);

/// A word or sentence of the demo's vocabulary (marked QT_TRANSLATE_NOOP("DemoData", …)) in the interface's
/// language: a demo made in Persian writes its notes, products and titles in Persian.
QString demoWord(const char* english);

/// A company named after its founder and its line of business, in the interface's language ("Karimi Logistics",
/// "لجستیک کریمی").
QString localCompanyName(const QString& founder, const QString& business);

} // namespace kontor::demo
