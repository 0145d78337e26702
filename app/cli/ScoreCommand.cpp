// SPDX-License-Identifier: GPL-3.0-or-later
// kontor-cli score: lead scores worked out again for everyone, or one contact's score with the rules that gave it.
#include "CliContext.h"
#include "FieldCommands.h"

#include "Clock.h"
#include "scoring/LeadScoring.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kontor::cli {

namespace {

struct ScoreText
{
    Q_DECLARE_TR_FUNCTIONS(ScoreText)
};

} // namespace

int scoreCommand(Context& context)
{
    if (context.args.size() > 2)
        return usage(context, ScoreText::tr("score takes at most a contact's id."));
    auto db = openDatabase(context);
    if (!db)
        return fail(context, db.error());
    LeadScoring scoring(db.value()->connection());
    const QLocale locale;
    if (context.args.size() == 2) {
        bool ok = false;
        const qint64 id = context.args.at(1).toLongLong(&ok);
        if (!ok)
            return usage(context, ScoreText::tr("“%1” is not a contact's id.").arg(context.args.at(1)));
        auto score = scoring.explain(id, Clock::now());
        if (!score)
            return fail(context, score.error());
        if (context.json) {
            QJsonArray reasons;
            for (const ScoreReason& reason : score->reasons)
                reasons.append(QJsonObject{{QStringLiteral("rule_id"), reason.ruleId},
                                           {QStringLiteral("name"), reason.name},
                                           {QStringLiteral("group"), reason.group == ScoreGroup::Fit
                                                                         ? QStringLiteral("fit")
                                                                         : QStringLiteral("engagement")},
                                           {QStringLiteral("points"), reason.points}});
            printJson(context.out, QJsonObject{{QStringLiteral("contact_id"), id},
                                               {QStringLiteral("score"), score->score},
                                               {QStringLiteral("fit"), score->fit},
                                               {QStringLiteral("engagement"), score->engagement},
                                               {QStringLiteral("reasons"), reasons}});
            return 0;
        }
        context.out << ScoreText::tr("Score %1 (fit %2, engagement %3)")
                           .arg(locale.toString(score->score), locale.toString(score->fit),
                                locale.toString(score->engagement))
                    << Qt::endl;
        for (const ScoreReason& reason : score->reasons)
            context.out << reason.name << '\t' << locale.toString(reason.points, 'f', 1) << Qt::endl;
        return 0;
    }
    auto changed = scoring.rescoreAll(Clock::now());
    if (!changed)
        return fail(context, changed.error());
    if (context.json)
        printJson(context.out, QJsonObject{{QStringLiteral("changed"), changed.value()}});
    else
        context.out << ScoreText::tr("%Ln score(s) changed.", nullptr,
                                     int(std::min<qint64>(changed.value(), 1000000000)))
                    << Qt::endl;
    return 0;
}

} // namespace kontor::cli
