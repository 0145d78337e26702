// SPDX-License-Identifier: GPL-3.0-or-later
#include "Duplicates.h"

#include "repositories/CompanyRepository.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/InteractionRepository.h"
#include "search/Search.h"
#include "search/TextFolding.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

namespace kontor {

namespace {

QString transliterated(const QString& text)
{
    // Creating a transliterator parses its rules: once per thread.
    thread_local std::unique_ptr<icu::Transliterator> toLatin = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    if (!toLatin)
        return text;
    icu::UnicodeString unicode(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    toLatin->transliterate(unicode);
    return QString(reinterpret_cast<const QChar*>(unicode.getBuffer()), unicode.length());
}

QStringList keyWords(const QString& name)
{
    QString text = sortKey(name);
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    // Persian however it was typed (Arabic yeh or kaf, a zero-width non-joiner, vowel marks) and digits of any
    // script come to one spelling before the transliteration, which would keep them apart.
    if (!ascii)
        text = transliterated(latinDigits(foldArabicScript(text))).toCaseFolded();
    for (QChar& c : text)
        if (!c.isLetterOrNumber())
            c = u' ';
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    words.sort();
    return words;
}

struct PairKey
{
    qint64 first;
    qint64 second;
    bool operator<(const PairKey& other) const
    {
        return first != other.first ? first < other.first : second < other.second;
    }
};

// Collects pairs by their two ids, adding up what speaks for each.
class PairCollector
{
public:
    explicit PairCollector(QSet<QPair<qint64, qint64>> dismissed) : m_dismissed(std::move(dismissed)) {}

    // A group of records sharing a key: each paired with the oldest.
    void addGroup(std::vector<qint64> ids, int score, const QString& reason)
    {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (size_t i = 1; i < ids.size(); ++i) {
            if (m_dismissed.contains({ids.front(), ids[i]}))
                continue;
            DuplicatePair& pair = m_pairs[{ids.front(), ids[i]}];
            pair.first = ids.front();
            pair.second = ids[i];
            if (pair.reasons.contains(reason))
                continue;
            pair.score = std::min(100, pair.score + score);
            pair.reasons << reason;
        }
    }

    QList<DuplicatePair> sorted() const
    {
        QList<DuplicatePair> pairs;
        pairs.reserve(qsizetype(m_pairs.size()));
        for (const auto& [key, pair] : m_pairs)
            pairs << pair;
        std::stable_sort(pairs.begin(), pairs.end(),
                         [](const DuplicatePair& a, const DuplicatePair& b) { return a.score > b.score; });
        return pairs;
    }

private:
    QSet<QPair<qint64, qint64>> m_dismissed;
    std::map<PairKey, DuplicatePair> m_pairs;
};

Result<QSet<QPair<qint64, qint64>>> dismissedPairs(const QSqlDatabase& db, const QString& kind)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT first_id, second_id FROM duplicate_dismissals "
                                                      "WHERE kind = ?"));
    query.addBindValue(kind);
    if (!query.exec())
        return Result<QSet<QPair<qint64, qint64>>>::failure(sql::errorText(query));
    QSet<QPair<qint64, qint64>> pairs;
    while (query.next())
        pairs.insert({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return pairs;
}

// Groups of ids sharing a value, from a query of (value, id, the value as written) ordered by value: each group with
// the value as its first record writes it.
Status readGroups(QSqlQuery& query, const std::function<void(const QString&, std::vector<qint64>)>& group)
{
    if (!query.exec())
        return Status::failure(sql::errorText(query));
    QString current;
    QString written;
    std::vector<qint64> ids;
    while (query.next()) {
        const QString value = query.value(0).toString();
        if (value != current) {
            if (ids.size() > 1)
                group(written, std::move(ids));
            ids.clear();
            current = value;
            written = query.value(2).toString();
        }
        ids.push_back(query.value(1).toLongLong());
    }
    if (ids.size() > 1)
        group(written, std::move(ids));
    return {};
}

// Runs statements that move what refers to the record merged away (:other) to the one kept (:kept).
/// The business's own fields, as the built-in ones in a merge: the kept record's values, its empty ones from the
/// other.
void fillEmptyCustomValues(CustomValues& kept, const CustomValues& other)
{
    for (auto it = other.cbegin(); it != other.cend(); ++it) {
        if (isEmptyValue(kept.value(it.key())))
            kept.insert(it.key(), it.value());
    }
}

Status runWithIds(const QSqlDatabase& db, const QStringList& statements, qint64 kept, qint64 other)
{
    for (const QString& statement : statements) {
        QSqlQuery move = sql::prepare(db, statement);
        move.bindValue(QStringLiteral(":kept"), kept);
        move.bindValue(QStringLiteral(":other"), other);
        if (!move.exec())
            return Status::failure(sql::errorText(move));
    }
    return {};
}

} // namespace

QString DuplicateFinder::nameKey(const QString& name)
{
    return keyWords(name).join(u' ');
}

QString DuplicateFinder::companyKey(const QString& name)
{
    static const QSet<QString> legalForms = {
        QStringLiteral("inc"), QStringLiteral("incorporated"), QStringLiteral("ltd"),         QStringLiteral("limited"),
        QStringLiteral("llc"), QStringLiteral("llp"),          QStringLiteral("gmbh"),        QStringLiteral("mbh"),
        QStringLiteral("ag"),  QStringLiteral("kg"),           QStringLiteral("ohg"),         QStringLiteral("ug"),
        QStringLiteral("co"),  QStringLiteral("corp"),         QStringLiteral("corporation"), QStringLiteral("company"),
        QStringLiteral("sa"),  QStringLiteral("sarl"),         QStringLiteral("sas"),         QStringLiteral("bv"),
        QStringLiteral("nv"),  QStringLiteral("plc"),          QStringLiteral("se"),          QStringLiteral("srl"),
        QStringLiteral("spa"), QStringLiteral("oy"),           QStringLiteral("ab"),          QStringLiteral("pty"),
        QStringLiteral("the")};
    QStringList words = keyWords(name);
    words.removeIf([](const QString& word) { return legalForms.contains(word); });
    return words.join(u' ');
}

Result<QList<DuplicatePair>> DuplicateFinder::contacts(const ProgressCallback& progress) const
{
    using R = Result<QList<DuplicatePair>>;
    auto dismissed = dismissedPairs(m_db, QStringLiteral("contact"));
    if (!dismissed)
        return R::failure(dismissed.error());
    PairCollector pairs(dismissed.value());
    const auto step = [&](int done, const QString& phase) { return !progress || progress(done, 4, phase); };

    // Emails, then phone numbers: each a group of the contacts sharing one normalized value.
    // The reason names the value as the first record writes it ("+44 7400 123456", not its key "+447400123456").
    struct SharedValue
    {
        QString phase;
        QString table;
        QString column;
        QString condition;
        int score;
        QString reason;
    };
    const SharedValue shared[] = {
        {tr("Comparing emails"), QStringLiteral("contact_emails"), QStringLiteral("email"),
         QStringLiteral("v.normalized <> ''"), 60, tr("Same email: %1")},
        {tr("Comparing phone numbers"), QStringLiteral("contact_phones"), QStringLiteral("phone"),
         QStringLiteral("length(v.normalized) >= 6"), 50, tr("Same phone number: %1")},
    };
    for (int i = 0; i < 2; ++i) {
        const SharedValue& value = shared[i];
        if (!step(i, value.phase))
            return R::failure(tr("The search for duplicates was cancelled."));
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT v.normalized, v.contact_id, v.%1 FROM %2 v "
                                     "JOIN contacts c ON c.id = v.contact_id AND c.archived_at IS NULL "
                                     "WHERE %3 ORDER BY v.normalized, v.contact_id, v.position")
                          .arg(value.column, value.table, value.condition));
        if (Status read = readGroups(query,
                                     [&](const QString& written, std::vector<qint64> ids) {
                                         pairs.addGroup(std::move(ids), value.score,
                                                        value.reason.arg(written.simplified()));
                                     });
            !read)
            return R::failure(read.error());
    }

    if (!step(2, tr("Comparing names")))
        return R::failure(tr("The search for duplicates was cancelled."));
    // Hashes of the name keys, sorted: 16 bytes a contact, whatever the names.
    std::vector<std::pair<size_t, qint64>> keys;
    QSqlQuery names(m_db);
    names.setForwardOnly(true);
    if (!names.exec(
            QStringLiteral("SELECT id, first_name || ' ' || last_name FROM contacts WHERE archived_at IS NULL")))
        return R::failure(sql::errorText(names));
    qint64 read = 0;
    while (names.next()) {
        const QString key = nameKey(names.value(1).toString());
        if (!key.isEmpty())
            keys.emplace_back(qHash(key, 0x4b6f6e746f72), names.value(0).toLongLong());
        if (progress && ++read % 50000 == 0 && !progress(2, 4, tr("Comparing names")))
            return R::failure(tr("The search for duplicates was cancelled."));
    }
    std::sort(keys.begin(), keys.end());
    for (size_t start = 0; start < keys.size();) {
        size_t end = start + 1;
        while (end < keys.size() && keys[end].first == keys[start].first)
            ++end;
        if (end - start > 1 && end - start <= size_t(maxNameGroup)) {
            std::vector<qint64> ids;
            for (size_t i = start; i < end; ++i)
                ids.push_back(keys[i].second);
            pairs.addGroup(std::move(ids), 40, tr("Same name"));
        }
        start = end;
    }
    step(4, tr("Done"));
    return pairs.sorted();
}

Result<QList<DuplicatePair>> DuplicateFinder::companies() const
{
    using R = Result<QList<DuplicatePair>>;
    auto dismissed = dismissedPairs(m_db, QStringLiteral("company"));
    if (!dismissed)
        return R::failure(dismissed.error());
    PairCollector pairs(dismissed.value());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM companies WHERE archived_at IS NULL")))
        return R::failure(sql::errorText(query));
    QHash<QString, std::vector<qint64>> groups;
    while (query.next()) {
        const QString key = companyKey(query.value(1).toString());
        if (!key.isEmpty())
            groups[key].push_back(query.value(0).toLongLong());
    }
    for (auto it = groups.begin(); it != groups.end(); ++it)
        if (it.value().size() > 1)
            pairs.addGroup(it.value(), 80, tr("Same name but for case, punctuation or legal form"));
    return pairs.sorted();
}

Status DuplicateFinder::dismiss(const QString& kind, qint64 first, qint64 second)
{
    QSqlQuery insert = sql::prepare(m_db, QStringLiteral("INSERT OR IGNORE INTO duplicate_dismissals "
                                                         "(kind, first_id, second_id) VALUES (?, ?, ?)"));
    insert.addBindValue(kind);
    insert.addBindValue(std::min(first, second));
    insert.addBindValue(std::max(first, second));
    if (!insert.exec())
        return Status::failure(sql::errorText(insert));
    return {};
}

Contact ContactMerge::combined(const Contact& kept, const Contact& other)
{
    Contact result = kept;
    const auto fill = [](auto& field, const auto& from) {
        if (field == std::decay_t<decltype(field)>())
            field = from;
    };
    fill(result.firstName, other.firstName);
    fill(result.lastName, other.lastName);
    fill(result.companyId, other.companyId);
    fill(result.title, other.title);
    fill(result.birthday, other.birthday);
    if (result.address.isEmpty())
        result.address = other.address;
    fill(result.leadSourceId, other.leadSourceId);
    fill(result.campaignId, other.campaignId);
    fill(result.ownerId, other.ownerId);
    fill(result.stayInTouchDays, other.stayInTouchDays);
    if (!other.notes.isEmpty() && !result.notes.contains(other.notes))
        result.notes = result.notes.isEmpty() ? other.notes : result.notes + u'\n' + other.notes;
    // The further along the sales process wins: a customer stays a customer.
    // A contact the user took off the journey (disqualified, inactive) stays off it.
    if (journeyRank(result.status) > 0 && journeyRank(other.status) > journeyRank(result.status))
        result.status = other.status;
    fillEmptyCustomValues(result.custom, other.custom);
    for (const LabeledValue& email : other.emails)
        if (std::none_of(result.emails.cbegin(), result.emails.cend(), [&](const LabeledValue& mine) {
                return normalizeEmail(mine.value) == normalizeEmail(email.value);
            }))
            result.emails << email;
    for (const LabeledValue& phone : other.phones)
        if (std::none_of(result.phones.cbegin(), result.phones.cend(), [&](const LabeledValue& mine) {
                return normalizePhone(mine.value) == normalizePhone(phone.value);
            }))
            result.phones << phone;
    for (const QString& tag : other.tags)
        if (!result.tags.contains(tag, Qt::CaseInsensitive))
            result.tags << tag;
    return result;
}

Status ContactMerge::merge(qint64 keptId, qint64 otherId, const Contact& result)
{
    if (keptId == otherId || keptId <= 0 || otherId <= 0)
        return Status::failure(tr("Choose two different contacts to merge."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    ContactRepository contacts(m_db);
    if (!contacts.get(keptId) || !contacts.get(otherId))
        return Status::failure(tr("One of the two contacts no longer exists."));
    const auto fail = [](const QString& error) {
        return Status::failure(tr("The contacts could not be merged: %1").arg(error));
    };
    // Everything that hangs off the other contact moves over; its history entries say where they came from.
    const QStringList moves = {
        QStringLiteral("UPDATE interactions SET contact_id = :kept WHERE contact_id = :other"),
        QStringLiteral("UPDATE deals SET contact_id = :kept WHERE contact_id = :other"),
        QStringLiteral("UPDATE reminders SET contact_id = :kept WHERE contact_id = :other"),
        QStringLiteral("UPDATE change_log SET entity_id = :kept WHERE entity = 'contact' AND entity_id = :other"),
        // Custom fields that link to the other (a decision maker, say) link to the one kept.
        QStringLiteral("UPDATE custom_values SET integer_value = :kept WHERE integer_value = :other AND field_id IN "
                       "(SELECT id FROM custom_fields WHERE type = 'contact')"),
    };
    if (Status moved = runWithIds(m_db, moves, keptId, otherId); !moved)
        return fail(moved.error());
    if (Status unindexed = SearchIndex::removeContact(m_db, otherId); !unindexed)
        return fail(unindexed.error());
    // The other's own rows go before it, not by the cascade: an undo journal then puts the contact back before
    // them, and their foreign keys hold.
    for (const QString& table :
         {QStringLiteral("contact_emails"), QStringLiteral("contact_phones"), QStringLiteral("contact_tags")}) {
        QSqlQuery remove = sql::prepare(m_db, QStringLiteral("DELETE FROM %1 WHERE contact_id = ?").arg(table));
        remove.addBindValue(otherId);
        if (!remove.exec())
            return fail(sql::errorText(remove));
    }
    QSqlQuery remove = sql::prepare(m_db, QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    remove.addBindValue(otherId);
    if (!remove.exec())
        return fail(sql::errorText(remove));
    Contact merged = result;
    merged.id = keptId;
    // A link of its own to the other (read before the merge) now points at itself, as the others' links do.
    for (auto it = merged.custom.begin(); it != merged.custom.end(); ++it) {
        if (const auto* linked = std::get_if<qint64>(&it.value()); linked && *linked == otherId) {
            auto field = CustomFieldRepository(m_db).field(it.key());
            if (field && field->type == FieldType::ContactLink)
                it.value() = keptId;
        }
    }
    if (Status saved = contacts.update(merged); !saved)
        return fail(saved.error());
    if (Status refreshed = InteractionRepository(m_db).refreshLastInteraction(keptId); !refreshed)
        return fail(refreshed.error());
    return transaction.commit();
}

Status CompanyMerge::merge(qint64 keptId, qint64 otherId)
{
    if (keptId == otherId || keptId <= 0 || otherId <= 0)
        return Status::failure(tr("Choose two different companies to merge."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    CompanyRepository companies(m_db);
    auto kept = companies.get(keptId);
    auto other = companies.get(otherId);
    if (!kept || !other)
        return Status::failure(tr("One of the two companies no longer exists."));
    const auto fail = [](const QString& error) {
        return Status::failure(tr("The companies could not be merged: %1").arg(error));
    };
    Company merged = kept.value();
    const auto fill = [](QString& field, const QString& from) {
        if (field.isEmpty())
            field = from;
    };
    fill(merged.industry, other->industry);
    fill(merged.size, other->size);
    fill(merged.territory, other->territory);
    fill(merged.website, other->website);
    fill(merged.phone, other->phone);
    fill(merged.email, other->email);
    if (merged.address.isEmpty())
        merged.address = other->address;
    if (merged.ownerId == 0)
        merged.ownerId = other->ownerId;
    if (merged.parentId == 0 && other->parentId != keptId)
        merged.parentId = other->parentId;
    if (!other->notes.isEmpty() && !merged.notes.contains(other->notes))
        merged.notes = merged.notes.isEmpty() ? other->notes : merged.notes + u'\n' + other->notes;
    for (const QString& tag : other->tags)
        if (!merged.tags.contains(tag, Qt::CaseInsensitive))
            merged.tags << tag;
    fillEmptyCustomValues(merged.custom, other->custom);
    const QStringList moves = {
        QStringLiteral("UPDATE contacts SET company_id = :kept WHERE company_id = :other"),
        QStringLiteral("UPDATE deals SET company_id = :kept WHERE company_id = :other"),
        QStringLiteral("UPDATE companies SET parent_id = :kept WHERE parent_id = :other AND id <> :kept"),
        QStringLiteral("UPDATE change_log SET entity_id = :kept WHERE entity = 'company' AND entity_id = :other"),
        QStringLiteral("UPDATE custom_values SET integer_value = :kept WHERE integer_value = :other AND field_id IN "
                       "(SELECT id FROM custom_fields WHERE type = 'company')"),
    };
    if (Status moved = runWithIds(m_db, moves, keptId, otherId); !moved)
        return fail(moved.error());
    QSqlQuery untag = sql::prepare(m_db, QStringLiteral("DELETE FROM company_tags WHERE company_id = ?"));
    untag.addBindValue(otherId);
    if (!untag.exec())
        return fail(sql::errorText(untag));
    QSqlQuery remove = sql::prepare(m_db, QStringLiteral("DELETE FROM companies WHERE id = ?"));
    remove.addBindValue(otherId);
    if (!remove.exec())
        return fail(sql::errorText(remove));
    if (Status saved = companies.update(merged); !saved)
        return fail(saved.error());
    // The contacts that moved are found under the kept company's name.
    if (Status reindexed = SearchIndex::reindexContactsOfCompany(m_db, keptId); !reindexed)
        return fail(reindexed.error());
    return transaction.commit();
}

} // namespace kontor
