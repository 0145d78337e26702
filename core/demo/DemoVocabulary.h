// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <vector>

// The words the demo data is made of: names and cities in their own scripts, companies, campaigns, products and note
// templates. No word of a name, city or company but Müller starts with "mu": a search for "mü" (accents folded) finds
// the Müllers alone, as the tests expect.
namespace kontor::demo {

/// The names of one origin. Where a language gives women another form of the family name (Kowalska, Иванова,
/// Παπαδοπούλου), `femaleLastNames` holds it in the order of `lastNames`; else it is empty.
struct NameOrigin
{
    std::vector<const char*> maleFirstNames;
    std::vector<const char*> femaleFirstNames;
    std::vector<const char*> lastNames;
    std::vector<const char*> femaleLastNames;
    bool latin = true;
    /// Of a hundred people, how many carry two family names ("García Núñez", "Souza Lima").
    int compoundPercent = 0;
};

struct Culture
{
    int weight;
    /// The international calling code ("44"), for made-up phone numbers.
    const char* countryCode;
    /// The country's name in English, as the demo writes it in English.
    const char* country;
    /// ISO 3166: the demo in another language writes the country's name in that language.
    const char* isoCode;
    const NameOrigin* names;
    /// Of a hundred contacts from the country, how many have names of another origin (from worldNames()).
    int mixedPercent;
    std::vector<const char*> cities;
    std::vector<const char*> legalForms;
};

/// The countries contacts and companies come from, with their names and cities; `weight`: how many contacts in a
/// hundred. The first four are the home markets most companies are in.
const std::vector<Culture>& cultures();

/// The Latin-script names anyone living in a Latin-script country may have, from many origins: Farhad Karimi in
/// Hamburg, Nusrat Rahman in London, Selam Tesfaye in Stockholm.
const std::vector<const NameOrigin*>& worldNames();

inline constexpr std::array companyPrefixes = {
    "Nord",      "Blue",   "Alpha",  "Global", "Green",   "Rapid", "Smart",   "Prime",   "Atlas",
    "Nova",      "Sun",    "Iron",   "Silver", "Oak",     "Delta", "Pioneer", "Bright",  "Summit",
    "Apex",      "Harbor", "Linden", "Cedar",  "Falcon",  "Orbit", "Vista",   "Crystal", "Horizon",
    "Riverside", "Elbe",   "Rhein",  "Alster", "Kestrel", "Polar", "Golden",  "Coastal", "Meridian"};
inline constexpr std::array companyCores = {
    QT_TRANSLATE_NOOP("DemoData", "Tech"),       QT_TRANSLATE_NOOP("DemoData", "Logistics"),
    QT_TRANSLATE_NOOP("DemoData", "Foods"),      QT_TRANSLATE_NOOP("DemoData", "Systems"),
    QT_TRANSLATE_NOOP("DemoData", "Consulting"), QT_TRANSLATE_NOOP("DemoData", "Media"),
    QT_TRANSLATE_NOOP("DemoData", "Energy"),     QT_TRANSLATE_NOOP("DemoData", "Textiles"),
    QT_TRANSLATE_NOOP("DemoData", "Pharma"),     QT_TRANSLATE_NOOP("DemoData", "Motors"),
    QT_TRANSLATE_NOOP("DemoData", "Design"),     QT_TRANSLATE_NOOP("DemoData", "Software"),
    QT_TRANSLATE_NOOP("DemoData", "Trading"),    QT_TRANSLATE_NOOP("DemoData", "Print"),
    QT_TRANSLATE_NOOP("DemoData", "Build"),      QT_TRANSLATE_NOOP("DemoData", "Health"),
    QT_TRANSLATE_NOOP("DemoData", "Optics"),     QT_TRANSLATE_NOOP("DemoData", "Robotics"),
    QT_TRANSLATE_NOOP("DemoData", "Furniture"),  QT_TRANSLATE_NOOP("DemoData", "Packaging"),
    QT_TRANSLATE_NOOP("DemoData", "Solar"),      QT_TRANSLATE_NOOP("DemoData", "Dental"),
    QT_TRANSLATE_NOOP("DemoData", "Travel"),     QT_TRANSLATE_NOOP("DemoData", "Catering"),
    QT_TRANSLATE_NOOP("DemoData", "Plastics"),   QT_TRANSLATE_NOOP("DemoData", "Tools"),
    QT_TRANSLATE_NOOP("DemoData", "Events"),     QT_TRANSLATE_NOOP("DemoData", "Security"),
    QT_TRANSLATE_NOOP("DemoData", "Cleaning"),   QT_TRANSLATE_NOOP("DemoData", "Analytics")};
/// Words after the core: "Nova Optics Group". Not legal forms, so the duplicate finder tells the names apart.
inline constexpr std::array companySuffixes = {"",         "",       "",      "Group", "Solutions", "Partners",
                                               "Services", "Supply", "Works", "Labs",  "Direct",    "International"};
inline constexpr std::array industries = {
    QT_TRANSLATE_NOOP("DemoData", "Retail"),      QT_TRANSLATE_NOOP("DemoData", "Manufacturing"),
    QT_TRANSLATE_NOOP("DemoData", "Software"),    QT_TRANSLATE_NOOP("DemoData", "Logistics"),
    QT_TRANSLATE_NOOP("DemoData", "Healthcare"),  QT_TRANSLATE_NOOP("DemoData", "Construction"),
    QT_TRANSLATE_NOOP("DemoData", "Hospitality"), QT_TRANSLATE_NOOP("DemoData", "Finance"),
    QT_TRANSLATE_NOOP("DemoData", "Education"),   QT_TRANSLATE_NOOP("DemoData", "Agriculture")};
inline constexpr std::array sizes = {"1-10", "11-50", "51-200", "201-1000", "1000+"};
inline constexpr std::array titles = {QT_TRANSLATE_NOOP("DemoData", "CEO"),
                                      QT_TRANSLATE_NOOP("DemoData", "Managing Director"),
                                      QT_TRANSLATE_NOOP("DemoData", "Head of Purchasing"),
                                      QT_TRANSLATE_NOOP("DemoData", "Sales Manager"),
                                      QT_TRANSLATE_NOOP("DemoData", "Office Manager"),
                                      QT_TRANSLATE_NOOP("DemoData", "CTO"),
                                      QT_TRANSLATE_NOOP("DemoData", "Project Lead"),
                                      QT_TRANSLATE_NOOP("DemoData", "Buyer"),
                                      QT_TRANSLATE_NOOP("DemoData", "Operations Manager"),
                                      QT_TRANSLATE_NOOP("DemoData", "Owner"),
                                      QT_TRANSLATE_NOOP("DemoData", "Accountant"),
                                      QT_TRANSLATE_NOOP("DemoData", "Head of IT"),
                                      QT_TRANSLATE_NOOP("DemoData", "Marketing Manager"),
                                      QT_TRANSLATE_NOOP("DemoData", "Procurement Specialist"),
                                      QT_TRANSLATE_NOOP("DemoData", "Finance Director"),
                                      QT_TRANSLATE_NOOP("DemoData", "Team Lead Logistics"),
                                      QT_TRANSLATE_NOOP("DemoData", "Assistant to the Board"),
                                      QT_TRANSLATE_NOOP("DemoData", "Facility Manager"),
                                      QT_TRANSLATE_NOOP("DemoData", "HR Manager")};
inline constexpr std::array products = {
    QT_TRANSLATE_NOOP("DemoData", "Starter plan"),       QT_TRANSLATE_NOOP("DemoData", "Premium support"),
    QT_TRANSLATE_NOOP("DemoData", "warehouse scanners"), QT_TRANSLATE_NOOP("DemoData", "onboarding workshop"),
    QT_TRANSLATE_NOOP("DemoData", "cloud backup"),       QT_TRANSLATE_NOOP("DemoData", "annual maintenance"),
    QT_TRANSLATE_NOOP("DemoData", "fleet tracking"),     QT_TRANSLATE_NOOP("DemoData", "POS terminals")};
/// What a deal for each product is worth, in euros: from the smallest to the largest order.
struct PriceRange
{
    int min;
    int max;
};
inline constexpr std::array productPrices = {PriceRange{600, 2400},   PriceRange{2000, 9000}, PriceRange{5000, 40000},
                                             PriceRange{1200, 4800},  PriceRange{900, 6000},  PriceRange{3000, 15000},
                                             PriceRange{8000, 60000}, PriceRange{4000, 30000}};
static_assert(productPrices.size() == products.size());
inline constexpr std::array weekdays = {
    QT_TRANSLATE_NOOP("DemoData", "Monday"), QT_TRANSLATE_NOOP("DemoData", "Tuesday"),
    QT_TRANSLATE_NOOP("DemoData", "Wednesday"), QT_TRANSLATE_NOOP("DemoData", "Thursday"),
    QT_TRANSLATE_NOOP("DemoData", "Friday")};
inline constexpr std::array noteTemplates = {
    QT_TRANSLATE_NOOP("DemoData", "Discussed the %1 offer; they want a quote by %2."),
    QT_TRANSLATE_NOOP("DemoData", "Renewal of the %1 contract: decision expected next week."),
    QT_TRANSLATE_NOOP("DemoData", "Presented %1 to their team, good feedback on price, worried about rollout time."),
    QT_TRANSLATE_NOOP("DemoData", "Sent the revised proposal for %1 with the volume discount."),
    QT_TRANSLATE_NOOP("DemoData", "Asked about %1 integration with their accounting software."),
    QT_TRANSLATE_NOOP("DemoData", "Follow-up on the invoice for %1; payment promised by the end of the month."),
    QT_TRANSLATE_NOOP("DemoData", "Met at the trade show, interested in %1 for the new branch."),
    QT_TRANSLATE_NOOP("DemoData", "Budget for %1 frozen until %2, call back then."),
};
inline constexpr std::array complaintTemplates = {
    QT_TRANSLATE_NOOP("DemoData", "Complaint: the %1 delivery arrived late and partly damaged."),
    QT_TRANSLATE_NOOP("DemoData", "Complaint: billed twice for %1."),
    QT_TRANSLATE_NOOP("DemoData", "Complaint: support did not answer about %1 for three days."),
};
inline constexpr std::array reminderTemplates = {
    QT_TRANSLATE_NOOP("DemoData", "Call back %1"), QT_TRANSLATE_NOOP("DemoData", "Send proposal to %1"),
    QT_TRANSLATE_NOOP("DemoData", "Check in with %1"), QT_TRANSLATE_NOOP("DemoData", "Prepare meeting with %1"),
    QT_TRANSLATE_NOOP("DemoData", "Follow up on quote for %1")};
inline constexpr std::array salespeople = {"Alex Morgan", "Sam Becker", "Nadia Rahman", "Tomás Ortega"};
/// The one who runs the business: the database's default user, whom a new database calls "Owner" until the welcome
/// page asks.
inline constexpr const char* businessOwner = "Katrin Vogel";
inline constexpr std::array lostReasons = {
    QT_TRANSLATE_NOOP("DemoData", "Price too high"), QT_TRANSLATE_NOOP("DemoData", "Chose a competitor"),
    QT_TRANSLATE_NOOP("DemoData", "No budget"), QT_TRANSLATE_NOOP("DemoData", "No decision"),
    QT_TRANSLATE_NOOP("DemoData", "Timing")};

/// A lead source's campaign: where it starts in the year, how long it runs and what it costs. Each starts on its
/// latest `month`/`day` up to today; a campaign with month 0 runs all year, from eleven months ago to the end of next
/// month. "%1" in the name is the year it starts.
struct CampaignPlan
{
    /// The default lead source it belongs to (migration 1's names).
    const char* source;
    const char* name;
    int month;
    int day;
    int days;
    /// Spend in euros for a demo of 1,000 contacts; larger demos spend more.
    int minSpend;
    int maxSpend;
};

inline constexpr std::array campaignPlans = {
    CampaignPlan{"Website", QT_TRANSLATE_NOOP("DemoData", "Spring newsletter"), 3, 12, 30, 150, 400},
    CampaignPlan{"Website", QT_TRANSLATE_NOOP("DemoData", "Summer newsletter"), 6, 16, 30, 150, 400},
    CampaignPlan{"Website", QT_TRANSLATE_NOOP("DemoData", "Autumn newsletter"), 9, 15, 30, 150, 400},
    CampaignPlan{"Website", QT_TRANSLATE_NOOP("DemoData", "Christmas newsletter"), 12, 1, 24, 150, 400},
    CampaignPlan{"Website", QT_TRANSLATE_NOOP("DemoData", "Webinar: getting started"), 10, 6, 21, 300, 800},
    CampaignPlan{"Website", QT_TRANSLATE_NOOP("DemoData", "Website relaunch"), 5, 4, 60, 4000, 9000},
    CampaignPlan{"Advertising", QT_TRANSLATE_NOOP("DemoData", "Google Ads – search"), 0, 1, 0, 6000, 12000},
    CampaignPlan{"Advertising", QT_TRANSLATE_NOOP("DemoData", "Google Ads – display"), 2, 1, 89, 1500, 4000},
    CampaignPlan{"Advertising", QT_TRANSLATE_NOOP("DemoData", "LinkedIn Ads – decision makers"), 9, 1, 91, 2500, 6000},
    CampaignPlan{"Advertising", QT_TRANSLATE_NOOP("DemoData", "Ad in a trade magazine"), 4, 1, 30, 1200, 3000},
    CampaignPlan{"Advertising", QT_TRANSLATE_NOOP("DemoData", "Local radio spot"), 11, 2, 21, 2000, 5000},
    CampaignPlan{"Trade show", QT_TRANSLATE_NOOP("DemoData", "Trade fair Leipzig %1"), 3, 18, 4, 8000, 15000},
    CampaignPlan{"Trade show", QT_TRANSLATE_NOOP("DemoData", "Hannover Messe %1"), 4, 20, 5, 12000, 20000},
    CampaignPlan{"Trade show", QT_TRANSLATE_NOOP("DemoData", "Summer open house %1"), 6, 26, 1, 1500, 3000},
    CampaignPlan{"Trade show", QT_TRANSLATE_NOOP("DemoData", "Regional business expo %1"), 9, 24, 3, 3000, 7000},
    CampaignPlan{"Trade show", QT_TRANSLATE_NOOP("DemoData", "Customer day %1"), 11, 12, 1, 2000, 4000},
    CampaignPlan{"Social media", QT_TRANSLATE_NOOP("DemoData", "LinkedIn sponsored posts"), 0, 1, 0, 3000, 6000},
    CampaignPlan{"Social media", QT_TRANSLATE_NOOP("DemoData", "Instagram – summer campaign"), 6, 1, 92, 1000, 3000},
    CampaignPlan{"Social media", QT_TRANSLATE_NOOP("DemoData", "Facebook ads – autumn offer"), 10, 1, 45, 1000, 2500},
    CampaignPlan{"Referral", QT_TRANSLATE_NOOP("DemoData", "Customer referral bonus"), 0, 1, 0, 1000, 3000},
    CampaignPlan{"Referral", QT_TRANSLATE_NOOP("DemoData", "Thank-you gifts for referrers"), 12, 1, 20, 500, 1200},
    CampaignPlan{"Cold call", QT_TRANSLATE_NOOP("DemoData", "Call list: logistics companies"), 2, 1, 60, 400, 900},
    CampaignPlan{"Cold call", QT_TRANSLATE_NOOP("DemoData", "Call list: retailers"), 8, 15, 45, 400, 900},
};
/// For a lead source the plans do not know (renamed or added in Settings).
inline constexpr std::array otherCampaignPlans = {
    CampaignPlan{nullptr, QT_TRANSLATE_NOOP("DemoData", "Spring promotion"), 4, 1, 45, 1000, 3000},
    CampaignPlan{nullptr, QT_TRANSLATE_NOOP("DemoData", "Autumn promotion"), 10, 1, 45, 1000, 3000},
};
/// How many new contacts in a hundred come from each default lead source; others count 10.
struct SourceWeight
{
    const char* source;
    int weight;
};
inline constexpr std::array sourceWeights = {SourceWeight{"Website", 26},     SourceWeight{"Referral", 20},
                                             SourceWeight{"Advertising", 16}, SourceWeight{"Social media", 14},
                                             SourceWeight{"Trade show", 12},  SourceWeight{"Cold call", 12}};

QString text(const char* utf8);

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

} // namespace kontor::demo
