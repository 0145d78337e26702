// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorld.h"

#include "domain/CountryNames.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace kontor::demo {

namespace {

// A language's home: its country (by calling code), how much of the demo is there, and its people.
struct Home
{
    const char* language;
    std::vector<const char*> countryCodes;
    /// The home countries' weights, against about 100 for all the others: 150 makes three contacts in five local.
    std::vector<int> weights;
    /// Whether the first home country's companies get names in the language.
    bool localCompanyNames;
    const char* owner;
    std::vector<const char*> salespeople;
    const char* currency;
};

const std::vector<Home>& homes()
{
    static const std::vector<Home> all = {
        {"fa", {"98"}, {150}, true, "مریم احمدی", {"علی رضایی", "سارا محمدی", "رضا کریمی", "نگار حسینی"}, "IRR"},
        {"bn",
         {"880"},
         {150},
         true,
         "নুসরাত জাহান",
         {"রফিক ইসলাম", "তানিয়া আক্তার", "সাকিব হাসান", "ফারহানা রহমান"},
         "BDT"},
        {"am", {"251"}, {150}, true, "ሰላም ተስፋዬ", {"ዳዊት ገብሩ", "ሄለን ታደሰ", "ዮናስ በቀለ", "ማርታ ኃይሉ"}, "ETB"},
        {"de",
         {"49", "43"},
         {90, 15},
         false,
         "Katrin Vogel",
         {"Jonas Becker", "Sabine Hoffmann", "Murat Yıldız", "Lena Schulz"},
         "EUR"},
    };
    return all;
}

DemoWorld homeWorld(const QString& language)
{
    DemoWorld world;
    world.cultures = cultures();
    world.owner = businessOwner;
    world.salespeople.assign(salespeople.begin(), salespeople.end());
    const QString code = language.left(2).toLower();
    const auto home = std::find_if(homes().cbegin(), homes().cend(),
                                   [&code](const Home& each) { return code == QLatin1String(each.language); });
    if (home == homes().cend())
        return world;
    // The home countries move to the front, in their order, with their weights.
    for (std::size_t i = 0; i < home->countryCodes.size(); ++i) {
        const auto found =
            std::find_if(world.cultures.begin() + qsizetype(i), world.cultures.end(), [&](const Culture& culture) {
                return qstrcmp(culture.countryCode, home->countryCodes[i]) == 0;
            });
        Q_ASSERT(found != world.cultures.end());
        std::rotate(world.cultures.begin() + qsizetype(i), found, found + 1);
        world.cultures[i].weight = home->weights[i];
    }
    world.homeMarkets = qint64(home->countryCodes.size());
    // Abroad, people whose names the business can read: in Tehran the customers from other countries are written in
    // Latin letters, not in Bengali, Ethiopic, Greek or Cyrillic.
    if (home->localCompanyNames) {
        const auto foreignScript = std::remove_if(world.cultures.begin() + 1, world.cultures.end(),
                                                  [](const Culture& culture) { return !culture.names->latin; });
        world.cultures.erase(foreignScript, world.cultures.end());
    }
    world.localBusinessWords = world.homeMarkets;
    if (home->localCompanyNames)
        world.localNamesCulture = 0;
    world.owner = home->owner;
    world.salespeople = home->salespeople;
    world.currency = QString::fromLatin1(home->currency);
    return world;
}

} // namespace

DemoWorld demoWorld(const QString& language)
{
    DemoWorld world = homeWorld(language);
    const bool english = language.isEmpty() || language.startsWith(QLatin1String("en")) || language == u'C';
    for (const Culture& culture : world.cultures) {
        world.countryNames.push_back(english ? QString::fromUtf8(culture.country)
                                             : countryName(QString::fromLatin1(culture.isoCode), QLocale(language)));
    }
    return world;
}

qint64 DemoWorld::priceInMinorUnits(qint64 euros) const
{
    // Round figures near what the currencies were worth in 2025: a 5,000 euro deal is 5,000,000,000 rials.
    static const QHash<QString, qint64> unitsPerEuro = {
        {QStringLiteral("IRR"), 1000000}, {QStringLiteral("BDT"), 140}, {QStringLiteral("ETB"), 160}};
    qint64 minor = euros * unitsPerEuro.value(currency, 1);
    for (int digit = 0; digit < Money::minorDigits(currency); ++digit)
        minor *= 10;
    return minor;
}

QString demoWord(const char* english)
{
    return QCoreApplication::translate("DemoData", english);
}

QString localCompanyName(const QString& founder, const QString& business)
{
    return QCoreApplication::translate("DemoData", "%1 %2",
                                       "A company's name: %1 is its founder's family name, %2 its line of business "
                                       "(Karimi Logistics)")
        .arg(founder, business);
}

} // namespace kontor::demo
