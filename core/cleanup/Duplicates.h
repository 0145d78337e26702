// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"
#include "Result.h"
#include "domain/Contact.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kontor {

/// Two records that may be one, with why and how sure: 100 is certain.
struct DuplicatePair
{
    qint64 first = 0;
    qint64 second = 0;
    int score = 0;
    QStringList reasons;
};

/// Finds contacts that are probably the same person: the same email, the same phone number (in E.164, however it
/// was written), or the same name once case, accents, transliteration ("Иван Петров" and "Ivan Petrov") and word
/// order ("Lovelace Ada") are set aside; and companies whose names differ only in case, punctuation and legal
/// form ("ACME Inc." and "Acme Incorporated"). Pairs a person dismissed are not proposed again.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Pairs of contacts, most certain first. A group of records sharing a key is listed as pairs with its oldest
    /// record; a name shared by more than `maxNameGroup` contacts is too common to judge by alone and left out.
    Result<QList<DuplicatePair>> contacts(const ProgressCallback& progress = {}) const;
    Result<QList<DuplicatePair>> companies() const;
    /// Says the pair is two records; kind "contact" or "company".
    Status dismiss(const QString& kind, qint64 first, qint64 second);

    /// The key names are compared by: folded, transliterated to Latin, words sorted.
    static QString nameKey(const QString& name);
    /// The key company names are compared by: nameKey without legal forms (Inc., GmbH, Ltd...) and punctuation.
    static QString companyKey(const QString& name);

    static constexpr int maxNameGroup = 25;

private:
    QSqlDatabase m_db;
};

/// Merges two contacts into the one kept: its fields become those chosen (`result`, field by field from either),
/// its emails, phones and tags those of both unless `result` says otherwise, and every interaction, deal,
/// reminder and history entry of the other moves to it; then the other is deleted. One transaction.
class ContactMerge
{
    Q_DECLARE_TR_FUNCTIONS(ContactMerge)

public:
    explicit ContactMerge(QSqlDatabase db) : m_db(std::move(db)) {}

    /// What merging `other` into `kept` gives by default: the kept contact's values, its empty fields filled from
    /// the other, the lists joined.
    static Contact combined(const Contact& kept, const Contact& other);
    Status merge(qint64 keptId, qint64 otherId, const Contact& result);

private:
    QSqlDatabase m_db;
};

/// Merges two companies: the kept one's empty fields filled from the other; its contacts, deals, branches and tags
/// moved; the other deleted.
class CompanyMerge
{
    Q_DECLARE_TR_FUNCTIONS(CompanyMerge)

public:
    explicit CompanyMerge(QSqlDatabase db) : m_db(std::move(db)) {}
    Status merge(qint64 keptId, qint64 otherId);

private:
    QSqlDatabase m_db;
};

} // namespace kontor
