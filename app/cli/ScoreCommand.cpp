// SPDX-License-Identifier: GPL-3.0-or-later
// kontor-cli score: lead scores worked out again for everyone, or one contact's score with the rules that gave it.
#include "CliContext.h"
#include "FieldCommands.h"

#include "Clock.h"
#include "actions/ScoreActions.h"
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

QJsonObject ruleJson(const ScoreRule& rule)
{
    const bool fit = rule.group == ScoreGroup::Fit;
    QJsonObject object{{QStringLiteral("id"), rule.id},
                       {QStringLiteral("group"), fit ? QStringLiteral("fit") : QStringLiteral("engagement")},
                       {QStringLiteral("name"), rule.name},
                       {QStringLiteral("points"), rule.points},
                       {QStringLiteral("active"), rule.active}};
    if (fit) {
        object.insert(QStringLiteral("condition"), FieldConditions::text(rule.condition));
    } else {
        object.insert(QStringLiteral("kind"), rule.interactionKind);
        object.insert(QStringLiteral("outcome"),
                      rule.outcome.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(rule.outcome));
        object.insert(QStringLiteral("days"), rule.days);
        object.insert(QStringLiteral("decays"), rule.decays);
    }
    return object;
}

/// score rules [--starter]: the rules in their order; --starter puts in the starter set where there are none.
int rulesCommand(Context& context, const QSqlDatabase& db)
{
    LeadScoring scoring(db);
    auto rules = scoring.rules();
    if (!rules)
        return fail(context, rules.error());
    if (context.parser.isSet(QStringLiteral("starter"))) {
        if (!rules->isEmpty())
            return fail(context, ScoreText::tr("There are scoring rules already; the starter set only goes into an "
                                               "empty list."));
        if (Status saved = ScoreActions::setRules(db, LeadScoring::starterRules()); !saved)
            return fail(context, saved.error());
        rules = scoring.rules();
        if (!rules)
            return fail(context, rules.error());
    }
    if (context.json) {
        QJsonArray array;
        for (const ScoreRule& rule : rules.value())
            array.append(ruleJson(rule));
        printJson(context.out, QJsonObject{{QStringLiteral("rules"), array}});
        return 0;
    }
    const QLocale locale;
    for (const ScoreRule& rule : rules.value()) {
        const QString what = rule.group == ScoreGroup::Fit
                                 ? FieldConditions::text(rule.condition)
                                 : ScoreText::tr("%1 %2 within %3 days%4")
                                       .arg(rule.interactionKind, rule.outcome, locale.toString(rule.days),
                                            rule.decays ? ScoreText::tr(", halving") : QString());
        context.out << (rule.points > 0 ? QStringLiteral("+") : QString()) << locale.toString(rule.points) << '\t'
                    << rule.name << '\t' << what.simplified()
                    << (rule.active ? QString() : QStringLiteral("\t") + ScoreText::tr("(off)")) << Qt::endl;
    }
    return 0;
}

} // namespace

int scoreCommand(Context& context)
{
    if (context.args.size() > 2)
        return usage(context, ScoreText::tr("score takes at most a contact's id, or rules."));
    auto db = openDatabase(context);
    if (!db)
        return fail(context, db.error());
    LeadScoring scoring(db.value()->connection());
    if (context.args.size() == 2 && context.args.at(1) == QStringLiteral("rules"))
        return rulesCommand(context, db.value()->connection());
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
    auto changed = ScoreActions::rescoreEveryone(db.value()->connection(), Clock::now());
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
