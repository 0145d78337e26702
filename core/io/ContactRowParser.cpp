// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactRowParser.h"

#include "domain/FieldValueText.h"
#include "repositories/CustomFieldRepository.h"

#include "Clock.h"
#include "domain/ContactText.h"
#include "domain/PhoneNumbers.h"
#include "io/ContactFields.h"
#include "io/ImportRun.h"
#include "io/VCard.h"
#include "repositories/UserRepository.h"
#include "search/TextFolding.h"

#include <QCalendar>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace kontor {

namespace {

/// `thisYear`: two-digit years above it are of the last century.
QDate readDate(const QString& typed, int thisYear)
{
    // Persian or Bengali digits are digits; a year of the 1300s or 1400s is a Solar Hijri one (a birthday of
    // 1365/04/12 is 3 July 1986, no one alive was born in the Gregorian 1365).
    const QString text = latinDigits(typed).trimmed();
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    if (const QRegularExpressionMatch parts = yearFirst.match(text); parts.hasMatch()) {
        const int year = parts.captured(1).toInt();
        const QCalendar calendar(year >= 1200 && year < 1600 ? QCalendar::System::Jalali
                                                             : QCalendar::System::Gregorian);
        return QDate(year, parts.captured(2).toInt(), parts.captured(3).toInt(), calendar);
    }
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"),
                                  QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy/MM/dd")}) {
        if (const QDate date = QDate::fromString(text, format); date.isValid())
            return date;
    }
    // Day and month in the order of the user's own dates (3/4/1990 is April in Britain, March in America).
    const QLocale locale = QLocale::system();
    if (const QDate date = locale.toDate(text, QLocale::ShortFormat); date.isValid()) {
        // Two-digit years come back in the 1900s; a birthday never lies in the future.
        return date.year() > thisYear ? date.addYears(-100) : date;
    }
    const bool dayFirst =
        locale.dateFormat(QLocale::ShortFormat).indexOf(u'd') < locale.dateFormat(QLocale::ShortFormat).indexOf(u'M');
    return QDate::fromString(text, dayFirst ? QStringLiteral("d/M/yyyy") : QStringLiteral("M/d/yyyy"));
}

/// A custom field's cell: as Kontor's own export writes it (a point, "1200.00 EUR"), else in the conventions of the
/// computer the file probably came from ("1.200,00" in Germany).
Result<FieldValue> readCustom(const CustomField& field, const QString& value)
{
    auto read = FieldValueText::parse(field, value, {}, QLocale::c());
    if (read || QLocale::system() == QLocale::c())
        return read;
    auto local = FieldValueText::parse(field, value, {}, QLocale::system());
    return local ? local : read;
}

} // namespace

ContactRowParser::ContactRowParser(const QSqlDatabase& db, const ImportOptions& options, QString region)
    : m_options(options), m_region(std::move(region)), m_thisYear(Clock::now().toLocalTime().date().year())
{
    if (auto users = UserRepository(db).list())
        for (const User& user : users.value())
            m_users.insert(user.name.simplified().toCaseFolded(), user.id);
    for (ContactStatus status : allContactStatuses()) {
        m_statuses.insert(contactStatusKey(status).toCaseFolded(), status);
        m_statuses.insert(contactStatusName(status).toCaseFolded(), status);
    }
    // The statuses before schema 14, as older files and exports say them.
    m_statuses.insert(QStringLiteral("qualified"), ContactStatus::Sql);
    m_statuses.insert(QStringLiteral("lost"), ContactStatus::Disqualified);
    if (auto fields = CustomFieldRepository(db).fields(RecordKind::Contact))
        for (const CustomField& field : fields.value())
            m_customFields.insert(field.key, field);
}

ParsedRow ContactRowParser::parse(const QStringList& fields) const
{
    ParsedRow row;
    Contact& contact = row.contact;
    QString fullName;
    QStringList keptInNotes;
    const auto keep = [&](const QString& what, const QString& text) {
        keptInNotes << what + QStringLiteral(": ") + text;
    };
    // Emails and phones in the order of their fields (email before email2, phone before mobile), whatever the
    // order of the columns.
    LabeledValue emails[2];
    LabeledValue phones[2];
    QList<int> columns = m_options.mapping.keys();
    std::sort(columns.begin(), columns.end());
    for (const int column : columns) {
        const QString value = cleanImportedCell(fields.value(column));
        if (value.isEmpty())
            continue;
        const QString& key = m_options.mapping.value(column);
        // A long-text field of the business's own holds as much as the notes do.
        const auto custom = m_customFields.constFind(key);
        const bool longText = custom != m_customFields.cend() && custom->type == FieldType::LongText;
        if (refuseTooLong(row, key, value, longText ? ImportLimits::notesChars : ImportLimits::forField(key)))
            continue;
        row.given << key;
        if (key == QStringLiteral("first_name")) {
            contact.firstName = ContactText::casedName(value);
        } else if (key == QStringLiteral("last_name")) {
            contact.lastName = ContactText::casedName(value);
        } else if (key == QStringLiteral("full_name")) {
            fullName = value;
        } else if (key == QStringLiteral("company")) {
            row.company = value.simplified();
        } else if (key == QStringLiteral("title")) {
            contact.title = value;
        } else if (key == QStringLiteral("email") || key == QStringLiteral("email2")) {
            if (!ContactText::isPlausibleEmail(value))
                row.warnings << tr("“%1” does not look like an email address (kept).").arg(value);
            emails[key == QStringLiteral("email") ? 0 : 1] = {value, QString()};
        } else if (key == QStringLiteral("phone") || key == QStringLiteral("mobile")) {
            if (key == QStringLiteral("mobile"))
                phones[1] = {value, QStringLiteral("mobile")};
            else
                phones[0] = {value, QString()};
        } else if (key == QStringLiteral("birthday")) {
            contact.birthday = readDate(value, m_thisYear);
            if (!contact.birthday.isValid()) {
                row.warnings << tr("The birthday “%1” is not a date Kontor reads (kept in the notes).").arg(value);
                keep(tr("Birthday"), value);
            }
        } else if (key == QStringLiteral("street")) {
            contact.address.street = value;
        } else if (key == QStringLiteral("city")) {
            contact.address.city = value;
        } else if (key == QStringLiteral("region")) {
            contact.address.region = value;
        } else if (key == QStringLiteral("postal_code")) {
            contact.address.postalCode = value;
        } else if (key == QStringLiteral("country")) {
            contact.address.country = value;
        } else if (key == QStringLiteral("lead_source")) {
            row.leadSource = value.simplified();
        } else if (key == QStringLiteral("campaign")) {
            row.campaign = value.simplified();
        } else if (key == QStringLiteral("status")) {
            if (const auto status = m_statuses.constFind(value.toCaseFolded()); status != m_statuses.cend()) {
                contact.status = *status;
            } else {
                row.warnings << tr("The status “%1” is not one of Kontor's (kept in the notes).").arg(value);
                keep(tr("Status"), value);
            }
        } else if (key == QStringLiteral("owner")) {
            if (const auto user = m_users.constFind(value.simplified().toCaseFolded()); user != m_users.cend()) {
                contact.ownerId = *user;
            } else {
                row.warnings << tr("No user is called “%1” (kept in the notes).").arg(value);
                keep(tr("Owner"), value);
            }
        } else if (key == QStringLiteral("tags")) {
            // Google separates its labels by " ::: " and marks its own groups ("* myContacts") with a star; a Persian
            // or Arabic keyboard types its own comma and semicolon (، ؛).
            static const QRegularExpression separators(QStringLiteral("[;,\u060C\u061B]|:::"));
            for (const QString& part : value.split(separators, Qt::SkipEmptyParts)) {
                const QString tag = part.trimmed();
                if (!tag.isEmpty() && !tag.startsWith(QStringLiteral("* ")) &&
                    !contact.tags.contains(tag, Qt::CaseInsensitive))
                    contact.tags << tag;
            }
        } else if (key == QStringLiteral("notes")) {
            contact.notes = value;
        } else if (const auto custom = m_customFields.constFind(key); custom != m_customFields.cend()) {
            // Links are found by the writer, which reads the database; the rest is read here, as typed anywhere.
            if (custom->type == FieldType::ContactLink || custom->type == FieldType::CompanyLink) {
                row.customLinks.insert(custom->id, value);
            } else if (auto read = readCustom(*custom, value); read) {
                contact.custom.insert(custom->id, read.value());
            } else {
                row.warnings << tr("%1 Kept in the notes.").arg(read.error());
                keep(custom->label, value);
            }
        } else if (key == QStringLiteral("created_at")) {
            QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!at.isValid())
                at = QDateTime(readDate(value, m_thisYear), QTime(0, 0));
            if (at.isValid())
                contact.createdAt = at.toUTC();
            else
                row.warnings << tr("The date added “%1” is not a date Kontor reads (left out).").arg(value);
        }
    }
    for (const LabeledValue& email : emails)
        if (!email.value.isEmpty())
            contact.emails.append(email);
    for (const LabeledValue& phone : phones)
        if (!phone.value.isEmpty())
            contact.phones.append(phone);
    checkPhones(row);
    if (contact.firstName.isEmpty() && contact.lastName.isEmpty() && !fullName.isEmpty()) {
        const ContactText::SplitName split = ContactText::splitFullName(fullName);
        contact.firstName = ContactText::casedName(split.first);
        contact.lastName = ContactText::casedName(split.last);
        row.given << QStringLiteral("first_name") << QStringLiteral("last_name");
    }
    if (!keptInNotes.isEmpty()) {
        contact.notes += (contact.notes.isEmpty() ? QString() : QStringLiteral("\n")) + keptInNotes.join(u'\n');
        row.given << QStringLiteral("notes");
    }
    return row;
}

ParsedRow ContactRowParser::fromCard(const VCard& card) const
{
    ParsedRow row;
    row.contact = card.contact;
    Contact& contact = row.contact;
    // A card too large to be meant is refused before its values are looked at.
    bool refused = refuseTooLong(row, QStringLiteral("first_name"), contact.firstName) ||
                   refuseTooLong(row, QStringLiteral("last_name"), contact.lastName) ||
                   refuseTooLong(row, QStringLiteral("title"), contact.title) ||
                   refuseTooLong(row, QStringLiteral("company"), card.company) ||
                   refuseTooLong(row, QStringLiteral("notes"), contact.notes);
    for (const LabeledValue& email : contact.emails)
        refused = refused || refuseTooLong(row, QStringLiteral("email"), email.value);
    for (const LabeledValue& phone : contact.phones)
        refused = refused || refuseTooLong(row, QStringLiteral("phone"), phone.value);
    if (refused)
        return row;
    contact.firstName = ContactText::casedName(contact.firstName);
    contact.lastName = ContactText::casedName(contact.lastName);
    row.company = card.company.simplified();
    for (const LabeledValue& email : contact.emails)
        if (!ContactText::isPlausibleEmail(email.value))
            row.warnings << tr("“%1” does not look like an email address (kept).").arg(email.value);
    checkPhones(row);
    const std::pair<const char*, bool> given[] = {{"first_name", !contact.firstName.isEmpty()},
                                                  {"last_name", !contact.lastName.isEmpty()},
                                                  {"company", !row.company.isEmpty()},
                                                  {"title", !contact.title.isEmpty()},
                                                  {"birthday", contact.birthday.isValid()},
                                                  {"street", !contact.address.street.isEmpty()},
                                                  {"city", !contact.address.city.isEmpty()},
                                                  {"region", !contact.address.region.isEmpty()},
                                                  {"postal_code", !contact.address.postalCode.isEmpty()},
                                                  {"country", !contact.address.country.isEmpty()},
                                                  {"notes", !contact.notes.isEmpty()}};
    for (const auto& [key, present] : given)
        if (present)
            row.given << QString::fromLatin1(key);
    // Kontor's own X-KONTOR-<KEY> properties, read as a CSV column of that key is.
    QStringList keptInNotes;
    for (const auto& [key, value] : card.customFields) {
        const auto custom = m_customFields.constFind(key);
        if (custom == m_customFields.cend() || value.isEmpty())
            continue;
        row.given << key;
        if (custom->type == FieldType::ContactLink || custom->type == FieldType::CompanyLink) {
            row.customLinks.insert(custom->id, value);
        } else if (auto read = readCustom(*custom, value); read) {
            contact.custom.insert(custom->id, read.value());
        } else {
            row.warnings << tr("%1 Kept in the notes.").arg(read.error());
            keptInNotes << custom->label + QStringLiteral(": ") + value;
        }
    }
    if (!keptInNotes.isEmpty()) {
        contact.notes += (contact.notes.isEmpty() ? QString() : QStringLiteral("\n")) + keptInNotes.join(u'\n');
        row.given << QStringLiteral("notes");
    }
    return row;
}

int ImportLimits::forField(const QString& key)
{
    if (key == QStringLiteral("phone") || key == QStringLiteral("mobile"))
        return phoneChars;
    if (key == QStringLiteral("notes"))
        return notesChars;
    return fieldChars;
}

bool ContactRowParser::refuseTooLong(ParsedRow& row, const QString& key, const QString& value, int limit)
{
    if (limit <= 0)
        limit = ImportLimits::forField(key);
    if (value.size() <= limit)
        return false;
    if (row.rejection.isEmpty()) {
        QString field = key;
        for (const ContactField& known : ContactFields::all())
            if (known.key == key)
                field = known.name;
        row.rejection = tr("%1 has %2 characters, more than anyone types there (at most %3)")
                            .arg(field, QLocale().toString(value.size()), QLocale().toString(limit));
    }
    return true;
}

void ContactRowParser::checkPhones(ParsedRow& row) const
{
    for (const LabeledValue& phone : row.contact.phones) {
        const ParsedPhone parsed = PhoneNumbers::parse(phone.value, m_region);
        if (!parsed.valid)
            row.warnings << tr("“%1” does not look like a valid phone number (kept).").arg(phone.value);
        row.phoneKeys << PhoneNumbers::matchKey(phone.value, parsed);
        row.phoneValid << parsed.valid;
    }
}

} // namespace kontor
