// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteCommands.h"

#include "domain/DateText.h"

#include "CliContext.h"
#include "FieldCommands.h"

#include "Clock.h"
#include "actions/ContactActions.h"
#include "actions/DealActions.h"
#include "actions/InteractionActions.h"
#include "actions/MergeActions.h"
#include "actions/ReminderActions.h"
#include "actions/Session.h"
#include "assignment/AssignmentRules.h"
#include "cleanup/Duplicates.h"
#include "domain/Money.h"
#include "repositories/CompanyRepository.h"
#include "repositories/ContactLookup.h"
#include "repositories/ContactRepository.h"
#include "repositories/CustomFieldRepository.h"
#include "repositories/DealRepository.h"
#include "repositories/StageRepository.h"
#include "repositories/UserRepository.h"
#include "scoring/ScoreUpdater.h"

#include <QLocale>

namespace kontor::cli {

namespace {

/// ISO 8601 date and time; without an offset it is the computer's local time.
bool parseTime(Context& context, const char* name, QDateTime* time, int* status)
{
    *time = QDateTime::fromString(option(context, name), Qt::ISODate);
    if (time->isValid())
        return true;
    *status = usage(context, Cli::tr("--%1 needs a date and time such as 2026-12-03T14:30 (local time) or "
                                     "2026-12-03T13:30Z.")
                                 .arg(QString::fromLatin1(name)));
    return false;
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// Opens the database for a write and gives the actions a session (no undo: a script's undo is a backup).
struct WriteSession
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session;
    /// Rescores the contact a command changed (kontor-cli does what the window does).
    std::unique_ptr<ScoreUpdater> scores;
    QSqlDatabase db() const { return database->connection(); }
};

Result<WriteSession> openForWriting(Context& context)
{
    auto opened = openDatabase(context);
    if (!opened)
        return Result<WriteSession>::failure(opened.error());
    WriteSession write;
    write.database = std::move(opened).value();
    write.session = std::make_unique<Session>(write.database->connection());
    write.scores = std::make_unique<ScoreUpdater>(*write.session, write.database->connection(), [] {});
    return write;
}

QJsonObject contactJson(const QSqlDatabase& db, qint64 id)
{
    auto contact = ContactRepository(db).get(id);
    if (!contact)
        return QJsonObject{{QStringLiteral("id"), id}};
    auto fields = CustomFieldRepository(db).fields(RecordKind::Contact);
    return contactRecordJson(db, contact.value(), fields ? fields.value() : QList<CustomField>{});
}

// Puts the contact options that are set into `contact`; the company name goes to `company`.
bool applyContactOptions(Context& context, const QSqlDatabase& db, Contact& contact, QString* company, int* status)
{
    if (isSet(context, "first-name"))
        contact.firstName = option(context, "first-name").trimmed();
    if (isSet(context, "last-name"))
        contact.lastName = option(context, "last-name").trimmed();
    if (isSet(context, "job-title"))
        contact.title = option(context, "job-title").trimmed();
    if (isSet(context, "email")) {
        if (contact.emails.isEmpty())
            contact.emails.append(LabeledValue{});
        contact.emails[0].value = option(context, "email").trimmed();
    }
    if (isSet(context, "phone")) {
        if (contact.phones.isEmpty())
            contact.phones.append(LabeledValue{});
        contact.phones[0].value = option(context, "phone").trimmed();
    }
    if (isSet(context, "company"))
        *company = option(context, "company");
    if (isSet(context, "owner")) {
        auto owner = UserRepository(db).find(option(context, "owner"));
        if (!owner) {
            *status = fail(context, owner.error());
            return false;
        }
        contact.ownerId = owner->id;
    }
    return applyCustomValues(context, db, contact, status);
}

int contactAdd(Context& context)
{
    auto write = openForWriting(context);
    if (!write)
        return fail(context, write.error());
    const QSqlDatabase db = write->db();
    Contact contact;
    // Without --owner: the assignment rules choose when there are any (ContactActions), else the default owner.
    if (auto rules = AssignmentRules(db).anyActive(); !rules || !rules.value()) {
        if (auto owner = UserRepository(db).defaultUser())
            contact.ownerId = owner->id;
    }
    QString company;
    int status = 0;
    if (!applyContactOptions(context, db, contact, &company, &status))
        return status;
    auto saved = ContactActions::save(db, contact, company);
    if (!saved)
        return fail(context, saved.error());
    if (context.json)
        printJson(context.out, contactJson(db, saved->contactId));
    else
        context.out << Cli::tr("Contact %1 added: %2").arg(saved->contactId).arg(contact.displayName()) << Qt::endl;
    return 0;
}

int contactUpdate(Context& context)
{
    if (context.args.size() != 3)
        return usage(context, Cli::tr("contact update needs the contact: its number or email address."));
    auto write = openForWriting(context);
    if (!write)
        return fail(context, write.error());
    const QSqlDatabase db = write->db();
    auto id = ContactLookup(db).find(context.args.at(2));
    if (!id)
        return fail(context, id.error());
    auto contact = ContactRepository(db).get(id.value());
    if (!contact)
        return fail(context, contact.error());
    QString company;
    if (contact->companyId) {
        if (auto current = CompanyRepository(db).get(contact->companyId))
            company = current->name;
    }
    int status = 0;
    if (!applyContactOptions(context, db, contact.value(), &company, &status))
        return status;
    auto saved = ContactActions::save(db, contact.value(), company);
    if (!saved)
        return fail(context, saved.error());
    if (context.json)
        printJson(context.out, contactJson(db, saved->contactId));
    else
        context.out << Cli::tr("Contact %1 saved: %2").arg(saved->contactId).arg(contact->displayName()) << Qt::endl;
    return 0;
}

} // namespace

QList<QCommandLineOption> writeOptions()
{
    return {
        {QStringLiteral("first-name"), Cli::tr("contact: the first name."), Cli::tr("name")},
        {QStringLiteral("last-name"), Cli::tr("contact: the last name."), Cli::tr("name")},
        {QStringLiteral("job-title"), Cli::tr("contact: the job title."), Cli::tr("title")},
        {QStringLiteral("email"), Cli::tr("contact: the (first) email address."), Cli::tr("address")},
        {QStringLiteral("phone"), Cli::tr("contact: the (first) phone number."), Cli::tr("number")},
        {QStringLiteral("company"), Cli::tr("contact: the company's name (made when there is none)."), Cli::tr("name")},
        {QStringLiteral("contact"), Cli::tr("log, deal, reminder: the contact's number, email address or phone."),
         Cli::tr("contact")},
        {QStringLiteral("kind"), Cli::tr("log: call, meeting, email, message, note or complaint."), Cli::tr("kind")},
        {QStringLiteral("outcome"),
         Cli::tr("log: successful, neutral, unsuccessful, no_answer, voicemail, busy, wrong_number or your own."),
         Cli::tr("outcome")},
        {QStringLiteral("at"), Cli::tr("log: when it happened (default: now)."), Cli::tr("time")},
        {QStringLiteral("minutes"), Cli::tr("log: how long it took."), Cli::tr("n")},
        {QStringLiteral("subject"), Cli::tr("log: the subject."), Cli::tr("text")},
        {QStringLiteral("notes"), Cli::tr("log: what was said."), Cli::tr("text")},
        {QStringLiteral("next-reminder"), Cli::tr("log: a follow-up reminder due then."), Cli::tr("time")},
        {QStringLiteral("next-meeting"), Cli::tr("log: the next meeting, planned then."), Cli::tr("time")},
        {QStringLiteral("next-title"), Cli::tr("log: the follow-up's title (default: “Follow up”)."), Cli::tr("text")},
        {QStringLiteral("title"), Cli::tr("deal, reminder: the title."), Cli::tr("text")},
        {QStringLiteral("amount"), Cli::tr("deal: the amount, such as 1250.50."), Cli::tr("amount")},
        {QStringLiteral("currency"), Cli::tr("deal, field add: the ISO 4217 currency (default EUR)."), Cli::tr("code")},
        {QStringLiteral("stage"), Cli::tr("deal: the stage, by name (default: the first)."), Cli::tr("name")},
        {QStringLiteral("reason"), Cli::tr("deal lose: why the deal was lost."), Cli::tr("text")},
        {QStringLiteral("due"), Cli::tr("reminder: when it is due."), Cli::tr("time")},
    };
}

// Merges the second contact into the first, as the duplicate finder's Merge does with its defaults: the first keeps
// its values, its empty fields filled from the second; everything of the second moves to it; the second is gone.
int contactMerge(Context& context)
{
    if (context.args.size() != 4)
        return usage(context, Cli::tr("contact merge needs the contact to keep and the one to merge into it."));
    auto write = openForWriting(context);
    if (!write)
        return fail(context, write.error());
    const QSqlDatabase db = write->db();
    auto keptId = ContactLookup(db).find(context.args.at(2));
    if (!keptId)
        return fail(context, keptId.error());
    auto otherId = ContactLookup(db).find(context.args.at(3));
    if (!otherId)
        return fail(context, otherId.error());
    if (keptId.value() == otherId.value())
        return usage(context, Cli::tr("contact merge needs two different contacts."));
    auto kept = ContactRepository(db).get(keptId.value());
    if (!kept)
        return fail(context, kept.error());
    auto other = ContactRepository(db).get(otherId.value());
    if (!other)
        return fail(context, other.error());
    const Status merged = MergeActions::contacts(db, keptId.value(), otherId.value(),
                                                 ContactMerge::combined(kept.value(), other.value()));
    if (!merged)
        return fail(context, merged.error());
    if (context.json) {
        printJson(context.out, contactJson(db, keptId.value()));
    } else {
        // The name as the merge left it (a first name taken from the other, say).
        const auto merged = ContactRepository(db).get(keptId.value());
        context.out << Cli::tr("Contact %1 merged into %2: %3")
                           .arg(otherId.value())
                           .arg(keptId.value())
                           .arg(merged ? merged->displayName() : kept->displayName())
                    << Qt::endl;
    }
    return 0;
}

int contactCommand(Context& context)
{
    const QString sub = context.args.value(1);
    if (sub == QStringLiteral("add") && context.args.size() == 2)
        return contactAdd(context);
    if (sub == QStringLiteral("update"))
        return contactUpdate(context);
    if (sub == QStringLiteral("merge"))
        return contactMerge(context);
    return usage(context, Cli::tr("contact needs add, update or merge."));
}

int logCommand(Context& context)
{
    if (context.args.size() != 1 || !isSet(context, "contact"))
        return usage(context, Cli::tr("log needs --contact: the contact's number, email address or phone."));
    const QString kind = isSet(context, "kind") ? option(context, "kind") : InteractionKinds::call;
    if (!InteractionKinds::all().contains(kind))
        return usage(context, Cli::tr("--kind needs one of: %1.").arg(InteractionKinds::all().join(u", ")));
    if (isSet(context, "next-reminder") && isSet(context, "next-meeting"))
        return usage(context, Cli::tr("Give --next-reminder or --next-meeting, not both."));
    LogInteractionInput input;
    Interaction& interaction = input.interaction;
    interaction.kind = kind;
    interaction.outcome = option(context, "outcome");
    interaction.subject = option(context, "subject");
    interaction.notes = option(context, "notes");
    interaction.occurredAt = Clock::now();
    int status = 0;
    if (isSet(context, "at") && !parseTime(context, "at", &interaction.occurredAt, &status))
        return status;
    if (isSet(context, "minutes")) {
        bool ok = false;
        const int minutes = option(context, "minutes").toInt(&ok);
        if (!ok || minutes < 0)
            return usage(context, Cli::tr("--minutes needs a whole number of 0 or more."));
        interaction.durationSeconds = minutes * 60;
    }
    for (const auto& [name, step] : {std::pair{"next-reminder", LogInteractionInput::NextStep::Reminder},
                                     std::pair{"next-meeting", LogInteractionInput::NextStep::Meeting}}) {
        if (!isSet(context, name))
            continue;
        if (!parseTime(context, name, &input.nextAt, &status))
            return status;
        input.nextStep = step;
        input.nextTitle = isSet(context, "next-title") ? option(context, "next-title") : Cli::tr("Follow up");
    }
    auto write = openForWriting(context);
    if (!write)
        return fail(context, write.error());
    auto contact = ContactLookup(write->db()).find(option(context, "contact"));
    if (!contact)
        return fail(context, contact.error());
    interaction.contactId = contact.value();
    auto logged = InteractionActions::log(write->db(), input);
    if (!logged)
        return fail(context, logged.error());
    if (context.json) {
        printJson(context.out, QJsonObject{{QStringLiteral("id"), logged->interactionId},
                                           {QStringLiteral("contact_id"), interaction.contactId},
                                           {QStringLiteral("kind"), interaction.kind},
                                           {QStringLiteral("outcome"), interaction.outcome},
                                           {QStringLiteral("occurred_at"), isoTime(interaction.occurredAt)},
                                           {QStringLiteral("reminder_id"), logged->reminderId},
                                           {QStringLiteral("meeting_id"), logged->meetingId}});
    } else {
        context.out << logged->message << ' ' << Cli::tr("(interaction %1)").arg(logged->interactionId) << Qt::endl;
    }
    return 0;
}

namespace {

QJsonObject dealJson(const QSqlDatabase& db, qint64 id)
{
    auto deal = DealRepository(db).get(id);
    if (!deal)
        return QJsonObject{{QStringLiteral("id"), id}};
    auto stage = StageRepository(db).get(deal->stageId);
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), deal->title},
                       {QStringLiteral("contact_id"), deal->contactId},
                       {QStringLiteral("stage"), stage ? stage->name : QString()},
                       {QStringLiteral("amount_minor"), deal->amount.minor},
                       {QStringLiteral("currency"), deal->amount.currency},
                       {QStringLiteral("lost_reason"), deal->lostReason}};
}

int printDeal(Context& context, const QSqlDatabase& db, const SavedDeal& saved)
{
    if (context.json)
        printJson(context.out, dealJson(db, saved.dealId));
    else
        context.out << saved.message << ' ' << Cli::tr("(deal %1)").arg(saved.dealId) << Qt::endl;
    return 0;
}

int dealAdd(Context& context, const QSqlDatabase& db)
{
    if (!isSet(context, "title") || !isSet(context, "contact"))
        return usage(context, Cli::tr("deal add needs --title and --contact."));
    Deal deal;
    deal.title = option(context, "title");
    auto contact = ContactLookup(db).find(option(context, "contact"));
    if (!contact)
        return fail(context, contact.error());
    deal.contactId = contact.value();
    deal.amount.currency =
        isSet(context, "currency") ? option(context, "currency").trimmed().toUpper() : QStringLiteral("EUR");
    if (isSet(context, "amount") &&
        !Money::parse(option(context, "amount"), deal.amount.currency, &deal.amount.minor, QLocale::c()))
        return usage(context, Cli::tr("--amount needs an amount such as 1250.50."));
    if (isSet(context, "stage")) {
        auto stage = DealActions::stageNamed(db, option(context, "stage"));
        if (!stage)
            return fail(context, stage.error());
        deal.stageId = stage->id;
    } else if (auto stages = StageRepository(db).list(); stages && !stages->isEmpty()) {
        deal.stageId = stages->first().id;
    }
    // The owner and lead source come from the contact, as in the window (DealActions::save).
    deal.lostReason = option(context, "reason");
    auto saved = DealActions::save(db, deal);
    if (!saved)
        return fail(context, saved.error());
    return printDeal(context, db, saved.value());
}

} // namespace

int dealCommand(Context& context)
{
    const QString sub = context.args.value(1);
    const bool known =
        QStringList{QStringLiteral("add"), QStringLiteral("move"), QStringLiteral("win"), QStringLiteral("lose")}
            .contains(sub);
    if (!known)
        return usage(context, Cli::tr("deal needs add, move, win or lose."));
    qint64 dealId = 0;
    if (sub != QStringLiteral("add")) {
        bool number = false;
        dealId = context.args.value(2).toLongLong(&number);
        if (context.args.size() != 3 || !number)
            return usage(context, Cli::tr("deal %1 needs the deal's number.").arg(sub));
        if (sub == QStringLiteral("move") && !isSet(context, "stage"))
            return usage(context, Cli::tr("deal move needs --stage."));
        if (sub == QStringLiteral("lose") && option(context, "reason").trimmed().isEmpty())
            return usage(context, Cli::tr("deal lose needs --reason: why the deal was lost."));
    }
    auto write = openForWriting(context);
    if (!write)
        return fail(context, write.error());
    const QSqlDatabase db = write->db();
    if (sub == QStringLiteral("add"))
        return dealAdd(context, db);
    Result<SavedDeal> saved = Result<SavedDeal>::failure(QString());
    if (sub == QStringLiteral("move")) {
        auto stage = DealActions::stageNamed(db, option(context, "stage"));
        if (!stage)
            return fail(context, stage.error());
        saved = DealActions::move(db, dealId, stage->id, option(context, "reason"));
    } else if (sub == QStringLiteral("win")) {
        saved = DealActions::win(db, dealId);
    } else {
        saved = DealActions::lose(db, dealId, option(context, "reason"));
    }
    if (!saved)
        return fail(context, saved.error());
    return printDeal(context, db, saved.value());
}

int reminderCommand(Context& context)
{
    const QString sub = context.args.value(1);
    if (sub == QStringLiteral("add")) {
        if (context.args.size() != 2 || !isSet(context, "title") || !isSet(context, "due"))
            return usage(context, Cli::tr("reminder add needs --title and --due."));
        Reminder reminder;
        reminder.title = option(context, "title");
        int status = 0;
        if (!parseTime(context, "due", &reminder.dueAt, &status))
            return status;
        auto write = openForWriting(context);
        if (!write)
            return fail(context, write.error());
        if (isSet(context, "contact")) {
            auto contact = ContactLookup(write->db()).find(option(context, "contact"));
            if (!contact)
                return fail(context, contact.error());
            reminder.contactId = contact.value();
        }
        auto saved = ReminderActions::save(write->db(), reminder);
        if (!saved)
            return fail(context, saved.error());
        if (context.json)
            printJson(context.out, QJsonObject{{QStringLiteral("id"), saved->reminderId},
                                               {QStringLiteral("title"), reminder.title.trimmed()},
                                               {QStringLiteral("due_at"), isoTime(reminder.dueAt)},
                                               {QStringLiteral("contact_id"), reminder.contactId}});
        else
            context.out << Cli::tr("Reminder %1 added: %2, due %3.")
                               .arg(saved->reminderId)
                               .arg(reminder.title.trimmed(), DateText::dateTime(reminder.dueAt))
                        << Qt::endl;
        return 0;
    }
    if (sub == QStringLiteral("done")) {
        bool number = false;
        const qint64 id = context.args.value(2).toLongLong(&number);
        if (context.args.size() != 3 || !number)
            return usage(context, Cli::tr("reminder done needs the reminder's number."));
        auto write = openForWriting(context);
        if (!write)
            return fail(context, write.error());
        auto done = ReminderActions::done(write->db(), id);
        if (!done)
            return fail(context, done.error());
        if (context.json)
            printJson(context.out, QJsonObject{{QStringLiteral("id"), id},
                                               {QStringLiteral("done"), true},
                                               {QStringLiteral("next_due_at"), isoTime(done->nextDueAt)}});
        else
            context.out << done->message << Qt::endl;
        return 0;
    }
    return usage(context, Cli::tr("reminder needs add or done."));
}

} // namespace kontor::cli
