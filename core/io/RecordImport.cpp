// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordImport.h"

#include "cleanup/Duplicates.h"
#include "domain/ContactText.h"
#include "domain/Money.h"
#include "io/ImportRun.h"
#include "repositories/CompanyRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/InteractionRepository.h"
#include "repositories/LeadSourceRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/UserRepository.h"
#include "search/TextFolding.h"
#include "storage/Sql.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <utility>

namespace kontor {

namespace {

QHash<QString, QString> aliases(ImportKind kind)
{
    // Headers of other programs, compared without case.
    switch (kind) {
    case ImportKind::Companies:
        return {{QStringLiteral("company"), QStringLiteral("name")},
                {QStringLiteral("company name"), QStringLiteral("name")},
                {QStringLiteral("account name"), QStringLiteral("name")},
                {QStringLiteral("organization"), QStringLiteral("name")},
                {QStringLiteral("organisation"), QStringLiteral("name")},
                {QStringLiteral("organization name"), QStringLiteral("name")},
                {QStringLiteral("organisation name"), QStringLiteral("name")},
                {QStringLiteral("parent company"), QStringLiteral("parent")},
                {QStringLiteral("employees"), QStringLiteral("size")},
                {QStringLiteral("web site"), QStringLiteral("website")},
                {QStringLiteral("state"), QStringLiteral("region")},
                {QStringLiteral("zip"), QStringLiteral("postal_code")},
                {QStringLiteral("description"), QStringLiteral("notes")}};
    case ImportKind::Interactions:
        return {{QStringLiteral("date"), QStringLiteral("occurred_at")},
                {QStringLiteral("activity date"), QStringLiteral("occurred_at")},
                {QStringLiteral("type"), QStringLiteral("kind")},
                {QStringLiteral("activity type"), QStringLiteral("kind")},
                {QStringLiteral("contact name"), QStringLiteral("contact")},
                {QStringLiteral("email"), QStringLiteral("contact_email")},
                {QStringLiteral("result"), QStringLiteral("outcome")},
                {QStringLiteral("description"), QStringLiteral("notes")}};
    case ImportKind::Deals:
        return {{QStringLiteral("deal name"), QStringLiteral("title")},
                {QStringLiteral("opportunity name"), QStringLiteral("title")},
                {QStringLiteral("name"), QStringLiteral("title")},
                {QStringLiteral("contact name"), QStringLiteral("contact")},
                {QStringLiteral("email"), QStringLiteral("contact_email")},
                {QStringLiteral("account name"), QStringLiteral("company")},
                {QStringLiteral("deal stage"), QStringLiteral("stage")},
                {QStringLiteral("close date"), QStringLiteral("expected_close")},
                {QStringLiteral("deal owner"), QStringLiteral("owner")},
                {QStringLiteral("source"), QStringLiteral("lead_source")},
                {QStringLiteral("description"), QStringLiteral("notes")}};
    case ImportKind::Contacts:
        break;
    }
    return {};
}

QString cell(const QStringList& fields, const QHash<QString, int>& columns, const QString& key)
{
    const int column = columns.value(key, -1);
    if (column < 0)
        return {};
    return cleanImportedCell(fields.value(column));
}

QDateTime readTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    if (!time.isValid())
        time = QLocale().toDateTime(text, QLocale::ShortFormat);
    return time.toUTC();
}

class RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordImport)

public:
    RowImporter(const QSqlDatabase& db, ImportKind kind, const ImportOptions& options, ImportRun& run)
        : m_db(db), m_kind(kind), m_options(options), m_run(run)
    {
        for (auto it = options.mapping.begin(); it != options.mapping.end(); ++it)
            if (!m_columns.contains(it.value()))
                m_columns.insert(it.value(), it.key());
        if (auto users = UserRepository(db).list())
            for (const User& user : users.value())
                m_users.insert(user.name.simplified().toCaseFolded(), user.id);
        if (auto stages = StageRepository(db).list())
            for (const Stage& stage : stages.value()) {
                m_stages.insert(stage.name.simplified().toCaseFolded(), stage.id);
                if (m_firstStage == 0)
                    m_firstStage = stage.id;
            }
        QSqlQuery companies(db);
        companies.setForwardOnly(true);
        if (companies.exec(QStringLiteral("SELECT id, name FROM companies WHERE archived_at IS NULL ORDER BY id")))
            while (companies.next())
                m_companies.insert(DuplicateFinder::companyKey(companies.value(1).toString()),
                                   companies.value(0).toLongLong());
    }

    Status apply(const QStringList& fields, ImportRowOutcome& outcome)
    {
        switch (m_kind) {
        case ImportKind::Companies:
            return company(fields, outcome);
        case ImportKind::Interactions:
            return interaction(fields, outcome);
        case ImportKind::Deals:
            return deal(fields, outcome);
        case ImportKind::Contacts:
            break;
        }
        return Status::failure(tr("Contacts are imported by ContactImport."));
    }

private:
    QString value(const QStringList& fields, const char* key) const
    {
        return cell(fields, m_columns, QString::fromLatin1(key));
    }

    qint64 user(const QString& name, ImportRowOutcome& outcome, QStringList& kept)
    {
        if (name.isEmpty())
            return 0;
        const qint64 id = m_users.value(name.simplified().toCaseFolded());
        if (id == 0) {
            outcome.warnings << tr("No user is called “%1” (kept in the notes).").arg(name);
            kept << tr("Owner") + QStringLiteral(": ") + name;
        }
        return id;
    }

    Result<qint64> contactFor(const QString& email, const QString& name)
    {
        if (!email.isEmpty()) {
            QSqlQuery query =
                sql::prepare(m_db, QStringLiteral("SELECT e.contact_id FROM contact_emails e JOIN contacts c "
                                                  "ON c.id = e.contact_id AND c.archived_at IS NULL "
                                                  "WHERE e.normalized = ? LIMIT 1"));
            query.addBindValue(normalizeEmail(email));
            if (!query.exec())
                return Result<qint64>::failure(sql::errorText(query));
            if (query.next())
                return query.value(0).toLongLong();
        }
        if (!name.isEmpty()) {
            // The name as split for a new contact first, then at every other space: "Jorge Romero Ortiz" is Jorge
            // with the family names Romero Ortiz as often as Jorge Romero with Ortiz.
            const ContactText::SplitName split = ContactText::splitFullName(name);
            QStringList keys{sortKey(split.last + u' ' + split.first)};
            const QStringList words = name.simplified().split(u' ');
            for (qsizetype first = 1; first < words.size() && first < 6; ++first)
                keys << sortKey(words.mid(first).join(u' ') + u' ' + words.first(first).join(u' '));
            keys.removeDuplicates();
            QSqlQuery query = sql::prepare(m_db, QStringLiteral("SELECT id FROM contacts WHERE sort_name = ? AND "
                                                                "archived_at IS NULL ORDER BY id LIMIT 1"));
            for (const QString& key : keys) {
                query.addBindValue(key);
                if (!query.exec())
                    return Result<qint64>::failure(sql::errorText(query));
                if (query.next())
                    return query.value(0).toLongLong();
            }
        }
        return qint64(0);
    }

    Status company(const QStringList& fields, ImportRowOutcome& outcome)
    {
        Company company;
        company.name = value(fields, "name").simplified();
        outcome.name = company.name;
        if (company.name.isEmpty()) {
            outcome.action = ImportAction::Reject;
            outcome.reason = tr("No name");
            return {};
        }
        QStringList kept;
        company.industry = value(fields, "industry");
        company.size = value(fields, "size");
        company.territory = value(fields, "territory");
        company.website = value(fields, "website");
        company.phone = value(fields, "phone");
        company.email = value(fields, "email");
        company.address = {value(fields, "street"), value(fields, "city"), value(fields, "region"),
                           value(fields, "postal_code"), value(fields, "country")};
        company.ownerId = user(value(fields, "owner"), outcome, kept);
        // Apart by a comma or semicolon, Latin or Persian (، ؛).
        static const QRegularExpression separators(QStringLiteral("[;,\u060C\u061B]"));
        for (const QString& tag : value(fields, "tags").split(separators, Qt::SkipEmptyParts))
            if (!tag.trimmed().isEmpty())
                company.tags << tag.trimmed();
        company.notes = value(fields, "notes");
        if (const QString parent = value(fields, "parent"); !parent.isEmpty()) {
            company.parentId = m_companies.value(DuplicateFinder::companyKey(parent));
            if (company.parentId == 0) {
                outcome.warnings << tr("No company is called “%1” (kept in the notes).").arg(parent);
                kept << tr("Parent company") + QStringLiteral(": ") + parent;
            }
        }
        if (!kept.isEmpty())
            company.notes += (company.notes.isEmpty() ? QString() : QStringLiteral("\n")) + kept.join(u'\n');

        CompanyRepository companies(m_db);
        const QString key = DuplicateFinder::companyKey(company.name);
        const qint64 existing = m_options.duplicates == DuplicatePolicy::CreateAnyway ? 0 : m_companies.value(key);
        if (existing == 0) {
            auto created = companies.create(company);
            if (!created)
                return Status::failure(created.error());
            m_companies.insert(key, created.value());
            outcome.contactId = created.value();
            return m_run.recordChange(QStringLiteral("company"), created.value(), QStringLiteral("created"));
        }
        outcome.contactId = existing;
        auto current = companies.get(existing);
        if (!current)
            return Status::failure(current.error());
        outcome.reason = tr("Same name as %1").arg(current->name);
        if (m_options.duplicates == DuplicatePolicy::Skip) {
            outcome.action = ImportAction::Skip;
            return {};
        }
        Company target = current.value();
        const QString before = companyToJson(target);
        const bool update = m_options.duplicates == DuplicatePolicy::Update;
        const auto take = [update](QString& field, const QString& from) {
            if (!from.isEmpty() && (update || field.isEmpty()))
                field = from;
        };
        take(target.industry, company.industry);
        take(target.size, company.size);
        take(target.territory, company.territory);
        take(target.website, company.website);
        take(target.phone, company.phone);
        take(target.email, company.email);
        take(target.address.street, company.address.street);
        take(target.address.city, company.address.city);
        take(target.address.region, company.address.region);
        take(target.address.postalCode, company.address.postalCode);
        take(target.address.country, company.address.country);
        take(target.notes, company.notes);
        if (company.ownerId > 0 && (update || target.ownerId == 0))
            target.ownerId = company.ownerId;
        for (const QString& tag : company.tags)
            if (!target.tags.contains(tag, Qt::CaseInsensitive))
                target.tags << tag;
        if (companyToJson(target) == before) {
            outcome.action = ImportAction::Skip;
            outcome.reason = tr("%1; nothing new").arg(outcome.reason);
            return {};
        }
        if (Status saved = companies.update(target); !saved)
            return saved;
        outcome.action = update ? ImportAction::Update : ImportAction::Merge;
        return m_run.recordChange(QStringLiteral("company"), existing,
                                  update ? QStringLiteral("updated") : QStringLiteral("merged"), before);
    }

    Status interaction(const QStringList& fields, ImportRowOutcome& outcome)
    {
        Interaction interaction;
        const QString who = value(fields, "contact");
        const QString email = value(fields, "contact_email");
        outcome.name = who.isEmpty() ? email : who;
        interaction.occurredAt = readTime(value(fields, "occurred_at"));
        if (!interaction.occurredAt.isValid()) {
            outcome.action = ImportAction::Reject;
            outcome.reason = tr("No date, or one Kontor cannot read: “%1”").arg(value(fields, "occurred_at"));
            return {};
        }
        auto contact = contactFor(email, who);
        if (!contact)
            return Status::failure(contact.error());
        if (contact.value() == 0) {
            outcome.action = ImportAction::Reject;
            outcome.reason = tr("No contact “%1” in Kontor (import the contacts first)").arg(outcome.name);
            return {};
        }
        interaction.contactId = contact.value();
        outcome.contactId = contact.value();
        static const QStringList kinds = {InteractionKinds::call,  InteractionKinds::meeting,
                                          InteractionKinds::email, InteractionKinds::message,
                                          InteractionKinds::note,  InteractionKinds::complaint};
        const QString kind = value(fields, "kind").toLower();
        interaction.kind = kinds.contains(kind) ? kind : InteractionKinds::note;
        if (!kind.isEmpty() && !kinds.contains(kind))
            outcome.warnings << tr("The kind “%1” is not one of Kontor's (imported as a note).").arg(kind);
        const QString direction = value(fields, "direction").toLower();
        interaction.direction = direction == QStringLiteral("inbound")    ? Direction::Inbound
                                : direction == QStringLiteral("outbound") ? Direction::Outbound
                                                                          : Direction::None;
        interaction.subject = value(fields, "subject");
        interaction.outcome = value(fields, "outcome");
        interaction.notes = value(fields, "notes");
        interaction.durationSeconds = value(fields, "duration_minutes").toInt() * 60;
        interaction.resolvedAt = readTime(value(fields, "resolved_at"));
        QStringList kept;
        interaction.loggedBy = user(value(fields, "logged_by"), outcome, kept);
        if (!kept.isEmpty())
            interaction.notes += (interaction.notes.isEmpty() ? QString() : QStringLiteral("\n")) + kept.join(u'\n');
        if (const QString deal = value(fields, "deal"); !deal.isEmpty()) {
            QSqlQuery find =
                sql::prepare(m_db, QStringLiteral("SELECT id FROM deals WHERE title = ? AND contact_id = ? "
                                                  "ORDER BY id LIMIT 1"));
            find.addBindValue(deal);
            find.addBindValue(interaction.contactId);
            if (find.exec() && find.next())
                interaction.dealId = find.value(0).toLongLong();
            else
                outcome.warnings << tr("No deal “%1” for this contact (left out).").arg(deal);
        }
        if (m_options.duplicates != DuplicatePolicy::CreateAnyway) {
            QSqlQuery same = sql::prepare(m_db, QStringLiteral("SELECT id FROM interactions WHERE contact_id = ? AND "
                                                               "kind = ? AND occurred_at = ? AND archived_at IS NULL"));
            same.addBindValue(interaction.contactId);
            same.addBindValue(interaction.kind);
            same.addBindValue(interaction.occurredAt.toMSecsSinceEpoch());
            if (!same.exec())
                return Status::failure(sql::errorText(same));
            if (same.next()) {
                outcome.action = ImportAction::Skip;
                outcome.reason = tr("Already there: the same %1 at the same time").arg(interaction.kind);
                return {};
            }
        }
        auto logged = InteractionRepository(m_db).log(interaction);
        if (!logged)
            return Status::failure(logged.error());
        return m_run.recordChange(QStringLiteral("interaction"), logged.value(), QStringLiteral("created"));
    }

    Status deal(const QStringList& fields, ImportRowOutcome& outcome)
    {
        Deal deal;
        deal.title = value(fields, "title").simplified();
        outcome.name = deal.title;
        if (deal.title.isEmpty()) {
            outcome.action = ImportAction::Reject;
            outcome.reason = tr("No title");
            return {};
        }
        QStringList kept;
        const QString who = value(fields, "contact");
        auto contact = contactFor(value(fields, "contact_email"), who);
        if (!contact)
            return Status::failure(contact.error());
        deal.contactId = contact.value();
        if (deal.contactId == 0 && !who.isEmpty()) {
            outcome.warnings << tr("No contact “%1” in Kontor (kept in the notes).").arg(who);
            kept << tr("Contact") + QStringLiteral(": ") + who;
        }
        if (const QString company = value(fields, "company"); !company.isEmpty()) {
            deal.companyId = m_companies.value(DuplicateFinder::companyKey(company));
            if (deal.companyId == 0) {
                outcome.warnings << tr("No company is called “%1” (kept in the notes).").arg(company);
                kept << tr("Company") + QStringLiteral(": ") + company;
            }
        }
        const QString stage = value(fields, "stage");
        deal.stageId = m_stages.value(stage.simplified().toCaseFolded(), m_firstStage);
        if (!stage.isEmpty() && !m_stages.contains(stage.simplified().toCaseFolded()))
            outcome.warnings << tr("No stage is called “%1” (the first stage instead; kept in the notes).").arg(stage);
        if (!stage.isEmpty() && !m_stages.contains(stage.simplified().toCaseFolded()))
            kept << tr("Stage") + QStringLiteral(": ") + stage;
        deal.amount.currency =
            value(fields, "currency").isEmpty() ? QStringLiteral("EUR") : value(fields, "currency").toUpper();
        if (const QString amount = value(fields, "amount"); !amount.isEmpty()) {
            qint64 minor = 0;
            if (Money::parse(amount, deal.amount.currency, &minor, QLocale::c()) ||
                Money::parse(amount, deal.amount.currency, &minor, QLocale()))
                deal.amount.minor = minor;
            else {
                outcome.warnings << tr("The amount “%1” is not a number Kontor reads (kept in the notes).").arg(amount);
                kept << tr("Amount") + QStringLiteral(": ") + amount;
            }
        }
        deal.expectedClose = QDate::fromString(value(fields, "expected_close"), Qt::ISODate);
        deal.ownerId = user(value(fields, "owner"), outcome, kept);
        if (const QString source = value(fields, "lead_source"); !source.isEmpty()) {
            auto id = LeadSourceRepository(m_db).ensureSource(source);
            if (id)
                deal.leadSourceId = id.value();
        }
        deal.createdAt = readTime(value(fields, "created_at"));
        deal.lostReason = value(fields, "lost_reason");
        deal.notes = value(fields, "notes");
        if (!kept.isEmpty())
            deal.notes += (deal.notes.isEmpty() ? QString() : QStringLiteral("\n")) + kept.join(u'\n');
        if (m_options.duplicates != DuplicatePolicy::CreateAnyway) {
            QSqlQuery same = sql::prepare(m_db, QStringLiteral("SELECT id FROM deals WHERE title = ? AND "
                                                               "coalesce(contact_id, 0) = ? AND archived_at IS NULL"));
            same.addBindValue(deal.title);
            same.addBindValue(deal.contactId);
            if (!same.exec())
                return Status::failure(sql::errorText(same));
            if (same.next()) {
                outcome.action = ImportAction::Skip;
                outcome.contactId = same.value(0).toLongLong();
                outcome.reason = tr("Already there: a deal of the same title for the same contact");
                return {};
            }
        }
        auto created = DealRepository(m_db).create(deal);
        if (!created)
            return Status::failure(created.error());
        outcome.contactId = created.value();
        return m_run.recordChange(QStringLiteral("deal"), created.value(), QStringLiteral("created"));
    }

    QSqlDatabase m_db;
    ImportKind m_kind;
    const ImportOptions& m_options;
    ImportRun& m_run;
    QHash<QString, int> m_columns;
    QHash<QString, qint64> m_users;
    QHash<QString, qint64> m_stages;
    qint64 m_firstStage = 0;
    QHash<QString, qint64> m_companies;
};

} // namespace

QList<ContactField> ImportFields::of(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Contacts:
        return ContactFields::all();
    case ImportKind::Companies:
        return {{QStringLiteral("name"), RecordImport::tr("Name")},
                {QStringLiteral("parent"), RecordImport::tr("Parent company")},
                {QStringLiteral("industry"), RecordImport::tr("Industry")},
                {QStringLiteral("size"), RecordImport::tr("Size")},
                {QStringLiteral("territory"), RecordImport::tr("Territory")},
                {QStringLiteral("website"), RecordImport::tr("Website")},
                {QStringLiteral("phone"), RecordImport::tr("Phone")},
                {QStringLiteral("email"), RecordImport::tr("Email")},
                {QStringLiteral("street"), RecordImport::tr("Street")},
                {QStringLiteral("city"), RecordImport::tr("City")},
                {QStringLiteral("region"), RecordImport::tr("Region")},
                {QStringLiteral("postal_code"), RecordImport::tr("Postal code")},
                {QStringLiteral("country"), RecordImport::tr("Country")},
                {QStringLiteral("owner"), RecordImport::tr("Owner")},
                {QStringLiteral("tags"), RecordImport::tr("Tags")},
                {QStringLiteral("notes"), RecordImport::tr("Notes")}};
    case ImportKind::Interactions:
        return {{QStringLiteral("occurred_at"), RecordImport::tr("When")},
                {QStringLiteral("kind"), RecordImport::tr("Kind (call, meeting, email…)")},
                {QStringLiteral("direction"), RecordImport::tr("Direction")},
                {QStringLiteral("contact"), RecordImport::tr("Contact's name")},
                {QStringLiteral("contact_email"), RecordImport::tr("Contact's email")},
                {QStringLiteral("deal"), RecordImport::tr("Deal")},
                {QStringLiteral("subject"), RecordImport::tr("Subject")},
                {QStringLiteral("outcome"), RecordImport::tr("Outcome")},
                {QStringLiteral("duration_minutes"), RecordImport::tr("Duration (minutes)")},
                {QStringLiteral("notes"), RecordImport::tr("Notes")},
                {QStringLiteral("logged_by"), RecordImport::tr("Logged by")},
                {QStringLiteral("resolved_at"), RecordImport::tr("Resolved (complaints)")}};
    case ImportKind::Deals:
        return {{QStringLiteral("title"), RecordImport::tr("Title", "of a deal")},
                {QStringLiteral("contact"), RecordImport::tr("Contact's name")},
                {QStringLiteral("contact_email"), RecordImport::tr("Contact's email")},
                {QStringLiteral("company"), RecordImport::tr("Company")},
                {QStringLiteral("stage"), RecordImport::tr("Stage")},
                {QStringLiteral("amount"), RecordImport::tr("Amount")},
                {QStringLiteral("currency"), RecordImport::tr("Currency")},
                {QStringLiteral("expected_close"), RecordImport::tr("Expected close")},
                {QStringLiteral("owner"), RecordImport::tr("Owner")},
                {QStringLiteral("lead_source"), RecordImport::tr("Lead source")},
                {QStringLiteral("created_at"), RecordImport::tr("Created")},
                {QStringLiteral("lost_reason"), RecordImport::tr("Lost reason")},
                {QStringLiteral("notes"), RecordImport::tr("Notes")}};
    }
    return {};
}

QString ImportFields::kindKey(ImportKind kind)
{
    static const char* const keys[] = {"contacts", "companies", "interactions", "deals"};
    return QString::fromLatin1(keys[int(kind)]);
}

QStringList ImportFields::required(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Contacts:
        return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("full_name")};
    case ImportKind::Companies:
        return {QStringLiteral("name")};
    case ImportKind::Interactions:
        return {QStringLiteral("occurred_at")};
    case ImportKind::Deals:
        return {QStringLiteral("title")};
    }
    return {};
}

ColumnMapping ImportFields::map(ImportKind kind, const QStringList& headers, const QList<ImportPreset>& contactPresets)
{
    if (kind == ImportKind::Contacts)
        return ContactFields::map(headers, ContactFields::bestPreset(headers, contactPresets));
    // Compared as ContactFields::headerKey() compares: "Parent Company", "parent_company" and "parent-company" alike.
    QHash<QString, QString> named;
    const QHash<QString, QString> other = aliases(kind);
    for (auto it = other.begin(); it != other.end(); ++it)
        named.insert(ContactFields::headerKey(it.key()), it.value());
    for (const ContactField& field : of(kind)) {
        named.insert(ContactFields::headerKey(field.name), field.key);
        named.insert(ContactFields::headerKey(field.key), field.key);
    }
    ColumnMapping mapping;
    QStringList taken;
    for (int column = 0; column < headers.size(); ++column) {
        const QString key = named.value(ContactFields::headerKey(headers.at(column)));
        if (key.isEmpty() || taken.contains(key))
            continue;
        taken << key;
        mapping.insert(column, key);
    }
    return mapping;
}

Result<ImportReport> RecordImport::run(QIODevice* file, ImportKind kind, const ImportOptions& options,
                                       const ProgressCallback& progress)
{
    using R = Result<ImportReport>;
    if (kind == ImportKind::Contacts)
        return ContactImport(m_db).run(file, options, progress);
    bool mapped = false;
    for (const QString& key : options.mapping)
        mapped = mapped || ImportFields::required(kind).contains(key);
    if (!mapped)
        return R::failure(
            tr("No column is mapped to “%1”, which every row needs.").arg(ImportFields::of(kind).first().name));
    ImportRun run(m_db, options, ImportFields::kindKey(kind));
    if (Status started = run.start(); !started)
        return R::failure(started.error());
    RowImporter importer(m_db, kind, options, run);
    CsvReader reader(file, options.format);
    CsvRecord record;
    bool header = options.hasHeader;
    while (reader.next(record)) {
        if (std::exchange(header, false))
            continue;
        if (record.fields.size() == 1 && record.fields.first().trimmed().isEmpty())
            continue;
        ImportRowOutcome outcome;
        outcome.line = record.line;
        if (Status applied = importer.apply(record.fields, outcome); !applied)
            return R::failure(tr("Line %1 could not be imported, and nothing was: %2")
                                  .arg(QLocale().toString(record.line), applied.error()));
        if (!run.add(outcome, progress, reader.bytesRead(), file->size()))
            return R::failure(tr("The import was cancelled; nothing was changed."));
    }
    if (!reader.error().isEmpty())
        return R::failure(tr("The file could not be read, and nothing was imported: %1").arg(reader.error()));
    run.report().fileWarnings = reader.warnings();
    return run.finish();
}

} // namespace kontor
