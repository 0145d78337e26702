// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts and what hangs off them: emails, phones, deals through their stages, reminders. The business they
// belong to (its team, campaigns, stages and companies) is written by DemoBusiness.cpp.
#include "DemoWriter.h"

#include "UtcTime.h"
#include "domain/PhoneNumbers.h"
#include "search/TextFolding.h"
#include "storage/Sql.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace kontor::demo {

namespace {

// Lead, qualified (marketing, sales qualified or an opportunity, in turn), customer, inactive, disqualified.
const QStringList statuses = {QStringLiteral("lead"), QStringLiteral("sql"), QStringLiteral("customer"),
                              QStringLiteral("inactive"), QStringLiteral("disqualified")};
const QStringList qualifiedStages = {QStringLiteral("mql"), QStringLiteral("sql"), QStringLiteral("opportunity")};
const QStringList journey = {QStringLiteral("lead"), QStringLiteral("mql"), QStringLiteral("sql"),
                             QStringLiteral("opportunity"), QStringLiteral("customer")};
const std::array statusWeights = {35, 20, 30, 10, 5};

// Latin names become ASCII for email local parts; other scripts get a neutral address.
QString emailLocalPart(const QString& first, const QString& last, qint64 id, bool latin)
{
    if (!latin)
        return QStringLiteral("contact%1").arg(id);
    QString local;
    for (const QChar c : sortKey(first + u'.' + last)) {
        if ((c >= u'a' && c <= u'z') || c == u'.')
            local.append(c);
    }
    return local + QString::number(id % 97);
}

// An address typed again with capitals: "Farhad.Karimi12@…" for "farhad.karimi12@…".
QString recapitalized(const QString& email)
{
    QString typed = email;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        if (i == 0 || typed[i - 1] == u'.')
            typed[i] = typed[i].toUpper();
        if (typed[i] == u'@')
            break;
    }
    return typed;
}

// Of the deals that leave a stage (by its place among the open stages), how many in a hundred are lost.
constexpr std::array lossPercent = {8, 10, 14, 10, 10};
// Of the deals closed, how many in a hundred are won (see winsOn).
constexpr int wonPercent = 28;
// How far back deals are created, in days.
constexpr qint64 dealDays = 450;

} // namespace

DemoWriter::DemoWriter(QSqlDatabase db, const DemoOptions& options, qint64 now, QDate today, DemoSummary& summary)
    : m_db(std::move(db)), m_options(options), m_now(now), m_today(today), m_summary(summary),
      m_world(demoWorld(options.language)), m_random(options.seed), m_people(options.seed ^ 0x70656F706C65ULL),
      m_repeats(options.seed ^ 0x726570656174ULL),
      m_insertContact(sql::prepare(
          m_db,
          QStringLiteral("INSERT INTO contacts (first_name, last_name, sort_name, company_id, title, birthday, city, "
                         "  country, lead_source_id, campaign_id, status, owner_id, stay_in_touch_days, created_at, "
                         "  updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))),
      m_insertEmail(sql::prepare(m_db, QStringLiteral("INSERT INTO contact_emails (contact_id, position, label, "
                                                      "email, normalized) VALUES (?, ?, ?, ?, ?)"))),
      m_insertPhone(sql::prepare(m_db, QStringLiteral("INSERT INTO contact_phones (contact_id, position, label, "
                                                      "phone, normalized) VALUES (?, ?, ?, ?, ?)"))),
      m_insertDeal(sql::prepare(
          m_db,
          QStringLiteral("INSERT INTO deals (title, contact_id, company_id, stage_id, amount_minor, currency, "
                         "  expected_close, owner_id, lead_source_id, campaign_id, stage_entered_at, closed_at, "
                         "  lost_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                         "?)"))),
      m_insertReminder(sql::prepare(
          m_db, QStringLiteral("INSERT INTO reminders (title, due_at, contact_id, deal_id, owner_id, recurrence, "
                               "done_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))),
      m_insertStage(sql::prepare(m_db, QStringLiteral("INSERT INTO contact_stage_history (contact_id, from_stage, "
                                                      "to_stage, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)")))
{
    for (const Culture& culture : m_world.cultures)
        m_totalWeight += culture.weight;
    m_overdue = overdueReminders(options.contacts);
    m_firstDealDay = m_now / dayMs - dealDays - 1;
    m_closedInWeek.resize(static_cast<std::size_t>(dealDays / 7 + 2));
    m_wonInWeek.resize(static_cast<std::size_t>(dealDays / 7 + 2));
}

qint64 DemoWriter::overdueReminders(qint64 contacts)
{
    if (contacts <= 0)
        return 0;
    return std::clamp<qint64>(std::llround(std::sqrt(double(contacts)) / 10), 1, std::min<qint64>(50, contacts));
}

Status DemoWriter::failure(const QSqlQuery& query)
{
    return Status::failure(tr("Generating demo data failed: %1").arg(sql::errorText(query)));
}

Result<qint64> DemoWriter::addContact()
{
    using R = Result<qint64>;
    NewContact contact;
    if (Status inserted = insertContact(contact); !inserted)
        return R::failure(inserted.error());
    if (Status emails = addEmails(contact); !emails)
        return R::failure(emails.error());
    if (Status phones = addPhones(contact); !phones)
        return R::failure(phones.error());
    // About one deal for every two contacts, walked through the stages with its history.
    if (!m_openStages.isEmpty() && m_random.chance(50)) {
        if (Status deal = addDeal(contact); !deal)
            return R::failure(deal.error());
    }
    // Follow-ups: done in the past, some today, most ahead, a few recur; and the handful overdue, spread evenly.
    const bool overdue = (m_written + 1) * m_overdue / m_options.contacts > m_written * m_overdue / m_options.contacts;
    if (m_random.chance(15) || overdue) {
        if (Status reminder = addReminder(contact, overdue); !reminder)
            return R::failure(reminder.error());
    }
    ++m_written;
    if (!contact.twin) {
        m_recent[static_cast<std::size_t>(m_recentCount % qint64(m_recent.size()))] = contact;
        ++m_recentCount;
    }
    ++m_summary.contacts;
    return contact.id;
}

Status DemoWriter::insertContact(NewContact& contact)
{
    // Who the contact is (name, country, company) comes from a sequence of its own that nothing depending on the day
    // draws from: a seed gives the same people on any day.
    //
    // Now and then someone types in a recent contact again: with the same email in other letter case; with first and
    // last name swapped and the same number written without spaces; or just the same name (a namesake, or the same
    // person in a new job).
    const bool twin = m_recentCount > 0 && m_people.below(1000) < 6;
    qint64 notBefore = 0;
    if (twin) {
        const NewContact& earlier = m_recent[static_cast<std::size_t>(
            m_people.below(std::min<qint64>(m_recentCount, qint64(m_recent.size()))))];
        const int kind = static_cast<int>(m_people.below(3));
        contact.culture = earlier.culture;
        contact.latinName = earlier.latinName;
        contact.twin = true;
        notBefore = earlier.created + 3600 * 1000;
        contact.first = kind == 1 ? earlier.last : earlier.first;
        contact.last = kind == 1 ? earlier.first : earlier.last;
        if (kind == 0)
            contact.email = recapitalized(earlier.email);
        else if (kind == 1)
            contact.phoneE164 = earlier.phoneE164;
        if (kind < 2) {
            contact.companyId = earlier.companyId;
            contact.domain = earlier.domain;
        }
    } else {
        int pickWeight = static_cast<int>(m_people.below(m_totalWeight));
        std::size_t cultureIndex = 0;
        while (pickWeight >= m_world.cultures[cultureIndex].weight) {
            pickWeight -= m_world.cultures[cultureIndex].weight;
            ++cultureIndex;
        }
        if (!m_companyIds.empty() && m_people.chance(80)) {
            const auto companyIndex = static_cast<std::size_t>(m_people.below(qint64(m_companyIds.size())));
            contact.companyId = m_companyIds[companyIndex];
            contact.domain = m_companyDomains[companyIndex];
            if (m_people.chance(70))
                cultureIndex = static_cast<std::size_t>(m_companyCulture[companyIndex]);
        }
        contact.culture = &m_world.cultures[cultureIndex];
        // Names from elsewhere are common in the Latin-script countries: Farhad Karimi lives in Hamburg.
        const NameOrigin* origin = contact.culture->names;
        if (origin->latin && m_people.chance(contact.culture->mixedPercent))
            origin = m_people.pick(worldNames());
        contact.latinName = origin->latin;
        const bool female = m_people.chance(50);
        contact.first = text(m_people.pick(female ? origin->femaleFirstNames : origin->maleFirstNames));
        const auto lastIndex = static_cast<std::size_t>(m_people.belowSkewed(qint64(origin->lastNames.size())));
        contact.last = text(female && !origin->femaleLastNames.empty() ? origin->femaleLastNames[lastIndex]
                                                                       : origin->lastNames[lastIndex]);
        if (m_people.chance(origin->compoundPercent)) {
            const QString second = text(
                origin->lastNames[static_cast<std::size_t>(m_people.belowSkewed(qint64(origin->lastNames.size())))]);
            if (second != contact.last)
                contact.last += u' ' + second;
        }
    }
    contact.created = std::max(notBefore, m_now - m_random.between(1, 720) * dayMs - m_random.below(dayMs));
    contact.sourceId = pickSource();
    contact.campaignId = pickCampaign(contact.sourceId, contact.created);
    int statusPick = static_cast<int>(m_random.below(100));
    int statusIndex = 0;
    while (statusPick >= statusWeights[static_cast<std::size_t>(statusIndex)]) {
        statusPick -= statusWeights[static_cast<std::size_t>(statusIndex)];
        ++statusIndex;
    }
    contact.owner = m_userIds[qsizetype(m_random.below(m_userIds.size()))];

    m_insertContact.addBindValue(contact.first);
    m_insertContact.addBindValue(contact.last);
    m_insertContact.addBindValue(sortKey(contact.last + u' ' + contact.first));
    m_insertContact.addBindValue(sql::id(contact.companyId));
    m_insertContact.addBindValue(contact.companyId ? QVariant(demoWord(m_random.pick(titles))) : QVariant());
    m_insertContact.addBindValue(m_random.chance(60)
                                     ? QVariant(QDate(int(m_random.between(1950, 2003)), int(m_random.between(1, 12)),
                                                      int(m_random.between(1, 28)))
                                                    .toString(Qt::ISODate))
                                     : QVariant());
    m_insertContact.addBindValue(text(m_random.pick(contact.culture->cities)));
    m_insertContact.addBindValue(m_world.countryName(*contact.culture));
    m_insertContact.addBindValue(sql::id(contact.sourceId));
    m_insertContact.addBindValue(sql::id(contact.campaignId));
    // Without another random draw, so that the rest of the demo stays as it was.
    const QString stage = statusIndex == 1 ? qualifiedStages.at(m_written % 3) : statuses.at(statusIndex);
    contact.stage = stage;
    m_insertContact.addBindValue(stage);
    m_insertContact.addBindValue(contact.owner);
    // A third of the customers are to be called at least monthly, bimonthly or quarterly.
    m_insertContact.addBindValue(statusIndex == 2 && m_random.chance(33) ? QVariant(m_random.between(1, 3) * 30)
                                                                         : QVariant());
    m_insertContact.addBindValue(contact.created);
    m_insertContact.addBindValue(contact.created);
    if (!m_insertContact.exec())
        return failure(m_insertContact);
    contact.id = m_insertContact.lastInsertId().toLongLong();
    return addStagePath(contact, stage);
}

Status DemoWriter::addStagePath(const NewContact& contact, const QString& stage)
{
    // Along the journey to the stage; off it, a lead that was disqualified, or a customer who went quiet (after the
    // whole journey, so that the lifecycle funnel narrows at every stage as a real one does).
    QStringList path = journey.mid(0, journey.indexOf(stage) + 1);
    if (stage == QStringLiteral("disqualified"))
        path = {QStringLiteral("lead"), stage};
    else if (stage == QStringLiteral("inactive"))
        path = journey.mid(0, journey.indexOf(QStringLiteral("customer")) + 1) << stage;
    const qint64 span = std::max<qint64>(m_now - contact.created, 1);
    // A step takes one to six weeks, as a sales process does, whenever the contact came: a quarter's funnel then
    // narrows as the whole one does (steps spread over the time left would crowd the last stages into the recent
    // quarters). A contact too recent for that takes shorter steps.
    const qint64 week = qint64(7) * 24 * 3600 * 1000;
    const qint64 step = std::min<qint64>(week + (contact.id * 7919 % 5) * week, span / (path.size() + 1));
    for (qsizetype index = 0; index < path.size(); ++index) {
        m_insertStage.addBindValue(contact.id);
        m_insertStage.addBindValue(index == 0 ? QVariant() : QVariant(path.at(index - 1)));
        m_insertStage.addBindValue(path.at(index));
        m_insertStage.addBindValue(contact.created + step * index);
        m_insertStage.addBindValue(contact.owner);
        if (!m_insertStage.exec())
            return failure(m_insertStage);
    }
    return {};
}

Status DemoWriter::addEmails(NewContact& contact)
{
    auto insert = [this, &contact](int position, const QString& label, const QString& address) {
        m_insertEmail.addBindValue(contact.id);
        m_insertEmail.addBindValue(position);
        m_insertEmail.addBindValue(label);
        m_insertEmail.addBindValue(address);
        m_insertEmail.addBindValue(address.toLower());
        return m_insertEmail.exec() ? Status() : failure(m_insertEmail);
    };
    if (contact.twin && !contact.email.isEmpty())
        return insert(0, QStringLiteral("work"), contact.email);
    const QString local = emailLocalPart(contact.first, contact.last, contact.id, contact.latinName);
    const int emailCount = m_random.chance(90) ? (m_random.chance(25) ? 2 : 1) : 0;
    for (int e = 0; e < emailCount; ++e) {
        const bool work = e == 0 && !contact.domain.isEmpty();
        const QString address = local + u'@' + (work ? contact.domain : QStringLiteral("mail%1.example").arg(e));
        if (Status inserted = insert(e, work ? QStringLiteral("work") : QStringLiteral("home"), address); !inserted)
            return inserted;
        if (e == 0)
            contact.email = address;
    }
    return {};
}

Status DemoWriter::addPhones(NewContact& contact)
{
    auto insert = [this, &contact](int position, const QString& label, const QString& phone) {
        m_insertPhone.addBindValue(contact.id);
        m_insertPhone.addBindValue(position);
        m_insertPhone.addBindValue(label);
        m_insertPhone.addBindValue(phone);
        m_insertPhone.addBindValue(PhoneNumbers::matchKey(phone, QStringLiteral("ZZ")));
        return m_insertPhone.exec() ? Status() : failure(m_insertPhone);
    };
    if (contact.twin && !contact.phoneE164.isEmpty())
        return insert(0, QStringLiteral("work"), contact.phoneE164);
    const int callingCode = text(contact.culture->countryCode).toInt();
    const int phoneCount = m_random.chance(85) ? (m_random.chance(40) ? 2 : 1) : 0;
    for (int p = 0; p < phoneCount; ++p) {
        const auto seed = static_cast<quint64>(m_random.between(100000000, 999999999));
        QString phone =
            PhoneNumbers::madeUp(callingCode, p == 0 ? PhoneNumbers::Line::Fixed : PhoneNumbers::Line::Mobile, seed);
        // One number in a few hundred is typed in with digits missing, for the data health check to find.
        if (seed % 300 == 0) {
            while (phone.size() > 6 && PhoneNumbers::parse(phone, QStringLiteral("ZZ")).valid)
                phone.chop(3);
        }
        if (Status inserted = insert(p, p == 0 ? QStringLiteral("work") : QStringLiteral("mobile"), phone); !inserted)
            return inserted;
        if (p == 0)
            contact.phoneE164 = PhoneNumbers::matchKey(phone, QStringLiteral("ZZ"));
    }
    return {};
}

Status DemoWriter::addDeal(const NewContact& contact)
{
    // Created in the last fifteen months (a deal of a year ago may close within the year the reports look at), then
    // walked through the stages: most move on within the time a stage allows before it counts as stale, some are
    // lost on the way, a few stall for weeks and are then mostly given up. The deals whose next step lies after now
    // are the open pipeline.
    const qint64 created =
        std::max(contact.created, m_now - m_random.between(0, dealDays) * dayMs - m_random.below(dayMs));
    qint64 at = created;
    int position = 0;
    QList<QPair<int, qint64>> path{{m_openStages[0], at}};
    bool closed = false;
    for (;;) {
        const int staleAfter = m_stages[m_openStages[position]].staleAfterDays;
        const bool stalls = m_random.chance(4);
        const qint64 next =
            at + (stalls ? m_random.between(20, 75) : m_random.between(1, staleAfter > 0 ? staleAfter : 14)) * dayMs +
            m_random.below(dayMs / 4);
        if (next > m_now)
            break;
        at = next;
        int final = -1;
        if (stalls && m_random.chance(60))
            final = m_lostStage;
        else if (position + 1 >= m_openStages.size())
            final = winsOn(at) ? m_wonStage : m_lostStage;
        else if (m_random.chance(
                     lossPercent[static_cast<std::size_t>(std::min<qsizetype>(position, lossPercent.size() - 1))]))
            final = m_lostStage;
        if (final >= 0) {
            path.append({final, at});
            closed = true;
            countClosed(at, final == m_wonStage);
            break;
        }
        if (position + 1 >= m_openStages.size())
            break; // no Won or Lost stage to end in: left where it is
        position += (m_random.chance(8) && position + 2 < m_openStages.size()) ? 2 : 1;
        path.append({m_openStages[position], at});
    }
    if (Status inserted = insertDeal(contact, path, created, closed, m_random); !inserted)
        return inserted;
    if (closed && path.last().first == m_wonStage)
        return addRepeatOrders(contact, path.last().second);
    return {};
}

void DemoWriter::countClosed(qint64 at, bool won)
{
    const auto week = static_cast<std::size_t>((at / dayMs - m_firstDealDay) / 7);
    if (week >= m_closedInWeek.size())
        return;
    ++m_closedInWeek[week];
    m_wonInWeek[week] += won;
}

Status DemoWriter::addRepeatOrders(const NewContact& contact, qint64 wonAt)
{
    // Customers order from once to eight times, about as many of each, so that RFM's frequency scores (shares of the
    // customers, in fifths) all occur; most of those won in the last two months have ordered once so far. The orders
    // are spread over the time since the first was won, or for two customers in five (and every inactive one) over
    // only part of it: they bought often, then stopped ("At risk", "Can't lose them"). A repeat order starts at the
    // last open stage (the offer is known) and is mostly won; one still being decided stays open. Repeat orders count
    // in winsOn's weekly balance, so first deals are won a little less often than before they came.
    if (m_wonStage < 0 || m_lostStage < 0)
        return {};
    // A customer won in the last two months has mostly not ordered again yet ("New customers").
    const bool recent = m_now - wonAt < 60 * dayMs;
    const int repeats = m_repeats.chance(recent ? 40 : 3) ? 0 : 1 + static_cast<int>(m_repeats.below(7));
    if (repeats == 0)
        return {};
    // An inactive customer has stopped buying, whatever the draw (which is still made, to keep the rest as it was).
    const bool lapsed = m_repeats.chance(40) || contact.stage == QLatin1String("inactive");
    const qint64 span = (m_now - wonAt) * (lapsed ? m_repeats.between(20, 60) : m_repeats.between(75, 100)) / 100;
    const qint64 spacing = std::max<qint64>(10 * dayMs, span / repeats);
    qint64 last = wonAt;
    for (int order = 0; order < repeats; ++order) {
        const qint64 created = last + spacing * m_repeats.between(70, 130) / 100 - m_repeats.below(dayMs / 2);
        if (created > m_now)
            break;
        QList<QPair<int, qint64>> path{{m_openStages.last(), created}};
        const qint64 decided = created + m_repeats.between(2, 9) * dayMs + m_repeats.below(dayMs / 4);
        const bool closed = decided <= m_now;
        const bool won = m_repeats.chance(90);
        if (closed) {
            path.append({won ? m_wonStage : m_lostStage, decided});
            countClosed(decided, won);
        }
        if (Status inserted = insertDeal(contact, path, created, closed, m_repeats, order + 2); !inserted)
            return inserted;
        if (!closed)
            break;
        last = decided;
    }
    return {};
}

Status DemoWriter::insertDeal(const NewContact& contact, const QList<QPair<int, qint64>>& path, qint64 created,
                              bool closed, DemoRandom& random, int order)
{
    const int stageIndex = path.last().first;
    const auto product = static_cast<std::size_t>(random.below(qint64(products.size())));
    QString title = demoWord(products[product]) + QStringLiteral(" – ") + contact.first + u' ' + contact.last;
    // Each order of a customer's has a title of its own, as an importer tells deals apart by title and contact.
    if (order > 1)
        title += QStringLiteral(" · ") + QLocale(m_options.language).toString(order);
    const bool isLost = stageIndex == m_lostStage;
    // Expected a month or four after it came in; an open deal whose date has passed was usually given a new one.
    QDate expectedClose = utcFromMs(created + random.between(30, 120) * dayMs).date();
    if (!closed && expectedClose < m_today && random.chance(80))
        expectedClose = m_today.addDays(random.between(7, 75));
    m_insertDeal.addBindValue(title);
    m_insertDeal.addBindValue(contact.id);
    m_insertDeal.addBindValue(sql::id(contact.companyId));
    m_insertDeal.addBindValue(m_stages[stageIndex].id);
    m_insertDeal.addBindValue(m_world.priceInMinorUnits(
        random.between(productPrices[product].min / 10, productPrices[product].max / 10) * 10));
    m_insertDeal.addBindValue(m_world.currency);
    m_insertDeal.addBindValue(expectedClose.toString(Qt::ISODate));
    m_insertDeal.addBindValue(contact.owner);
    m_insertDeal.addBindValue(sql::id(contact.sourceId));
    m_insertDeal.addBindValue(sql::id(contact.campaignId));
    m_insertDeal.addBindValue(path.last().second);
    m_insertDeal.addBindValue(closed ? QVariant(path.last().second) : QVariant());
    m_insertDeal.addBindValue(isLost ? QVariant(demoWord(random.pick(lostReasons))) : QVariant());
    m_insertDeal.addBindValue(path.first().second);
    m_insertDeal.addBindValue(path.last().second);
    if (!m_insertDeal.exec())
        return failure(m_insertDeal);
    const qint64 dealId = m_insertDeal.lastInsertId().toLongLong();
    ++m_summary.deals;
    // The whole history in one statement: a deal that walks every stage has seven rows.
    QSqlQuery& history = historyStatement(path.size());
    QVariant from;
    for (const auto& [index, when] : path) {
        history.addBindValue(dealId);
        history.addBindValue(from);
        history.addBindValue(m_stages[index].id);
        history.addBindValue(when);
        history.addBindValue(contact.owner);
        from = m_stages[index].id;
    }
    if (!history.exec())
        return failure(history);
    return {};
}

QSqlQuery& DemoWriter::historyStatement(qsizetype rows)
{
    const auto index = static_cast<std::size_t>(rows);
    if (m_insertHistory.size() <= index)
        m_insertHistory.resize(index + 1);
    if (!m_insertHistory[index]) {
        QString statement = QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, "
                                           "changed_at, changed_by) VALUES (?, ?, ?, ?, ?)");
        for (qsizetype row = 1; row < rows; ++row)
            statement += QStringLiteral(", (?, ?, ?, ?, ?)");
        m_insertHistory[index] = sql::prepare(m_db, statement);
    }
    return *m_insertHistory[index];
}

bool DemoWriter::winsOn(qint64 at)
{
    // Drawn deal by deal, a win rate varies too much for a demo: a quarter of a 2,000-contact demo closes about 170
    // deals, and one seed showed 17 % where another showed 33 %. So the last stage wins about one time in two (as
    // often as it takes for wonPercent of all closed deals, since about half of them get that far) plus one point for
    // every hundredth of a deal that the week of the close and the weeks either side lack for wonPercent of their
    // closed deals won, less one for every hundredth they have too many. Every quarter and year shows about that rate.
    const auto week = static_cast<std::size_t>((at / dayMs - m_firstDealDay) / 7);
    qint64 closed = 0;
    qint64 won = 0;
    for (std::size_t w = week > 0 ? week - 1 : 0; w <= week + 1 && w < m_closedInWeek.size(); ++w) {
        closed += m_closedInWeek[w];
        won += m_wonInWeek[w];
    }
    const qint64 lacking = wonPercent * closed - 100 * won;
    return m_random.below(100) < 54 + lacking;
}

Status DemoWriter::addReminder(const NewContact& contact, bool overdue)
{
    // On the half hour between 8:00 and 17:30 UTC: from ten days ago to a month ahead, or for an overdue one from nine
    // days to two days ago, before the start of today in every time zone. Those due before now are done, but for the
    // overdue ones and half of those due earlier today.
    const qint64 today = m_now / dayMs * dayMs;
    const qint64 day = overdue ? m_random.between(-9, -2) : m_random.between(-10, 30);
    const qint64 due = today + day * dayMs + m_random.between(16, 35) * 1800 * 1000;
    const bool done = !overdue && due < m_now && (day < 0 || m_random.chance(50));
    const int recurrencePick = static_cast<int>(m_random.below(100));
    m_insertReminder.addBindValue(demoWord(m_random.pick(reminderTemplates)).arg(contact.first + u' ' + contact.last));
    m_insertReminder.addBindValue(due);
    m_insertReminder.addBindValue(contact.id);
    m_insertReminder.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
    m_insertReminder.addBindValue(contact.owner);
    m_insertReminder.addBindValue(recurrencePick < 3   ? QStringLiteral("weekly")
                                  : recurrencePick < 6 ? QStringLiteral("monthly")
                                                       : QStringLiteral("none"));
    m_insertReminder.addBindValue(done ? QVariant(due + 3600 * 1000) : QVariant());
    m_insertReminder.addBindValue(std::min({m_now, contact.created, due}));
    if (!m_insertReminder.exec())
        return failure(m_insertReminder);
    ++m_summary.reminders;
    return {};
}

} // namespace kontor::demo
