// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assignment/AssignmentMatcher.h"

#include "domain/FieldValueText.h"
#include "io/ContactImport.h"
#include "io/ContactRowParser.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"
#include "storage/BulkStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace kontor {

class ImportRun;

/// The second half of a contact import: a parsed row checked for duplicates by email, phone or (with neither) name
/// against the database and the rows written before it, and written as the options' duplicate policy says; the
/// companies, lead sources and campaigns it names found or created. Every change is recorded in the import's run
/// for undo.
class ContactRowWriter
{
    // Its reasons and warnings are the import's, in the import's report: ContactImport's translations.
    Q_DECLARE_TR_FUNCTIONS(ContactImport)

public:
    /// `region`: the phone region numbers without a country code are read in, as the parser had it.
    ContactRowWriter(QSqlDatabase db, const ImportOptions& options, QString region, ImportRun& run);

    /// Writes the row (or, for a row without a name, nothing) and says what it did in `outcome`.
    Status apply(ParsedRow& row, ImportRowOutcome& outcome);
    /// New contacts without an owner get one from `assigner`'s rules as they are written (none: they do not).
    void setAssigner(AssignmentMatcher* assigner) { m_assigner = assigner; }

private:
    Status record(const QString& entity, qint64 id, const QString& action, const QString& before = {});
    Result<qint64> companyId(const QString& name);
    Result<qint64> leadSourceId(const QString& name);
    Result<qint64> campaignId(const QString& name, qint64 sourceId);
    Result<qint64> existingContact(const ParsedRow& row, QString* reason);

    QSqlDatabase m_db;
    QHash<qint64, CustomField> m_customFields;
    LinkText m_links;
    const ImportOptions& m_options;
    ImportRun& m_run;
    ContactRepository m_contacts;
    ContactInserter m_inserter;
    /// The new contacts' custom values; made once the fields are read.
    std::optional<CustomValueInserter> m_values;
    QString m_region;
    BulkStatement m_byEmail;
    BulkStatement m_byPhone;
    BulkStatement m_byName;
    // By sort_name (CompanyRepository::findByName's key), the oldest of the same name winning, as there.
    QHash<QString, qint64> m_companies;
    bool m_companiesRead = false;
    QSqlQuery m_newCompany;
    QHash<QString, qint64> m_sources;
    QHash<QString, qint64> m_campaigns;
    AssignmentMatcher* m_assigner = nullptr;
};

} // namespace kontor
