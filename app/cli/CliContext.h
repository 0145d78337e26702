// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace kontor::cli {

// The translation context of the command line's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// One run of kontor-cli: the parsed options, the positional arguments (the command first) and where to print.
struct Context
{
    QCommandLineParser& parser;
    QStringList args;
    QTextStream& out;
    QTextStream& err;
    bool json = false;
    QString databasePath;
};

/// The value of the option `name` (without its dashes), and whether it was given.
inline QString option(const Context& context, const char* name)
{
    return context.parser.value(QString::fromLatin1(name));
}

inline bool isSet(const Context& context, const char* name)
{
    return context.parser.isSet(QString::fromLatin1(name));
}

inline void printJson(QTextStream& out, const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

/// A command that could not do its work: the message on standard error, exit status 1.
inline int fail(Context& context, const QString& message)
{
    context.err << "kontor-cli: " << message << Qt::endl;
    return 1;
}

/// A command line that makes no sense: the message and a pointer to --help, exit status 2.
inline int usage(Context& context, const QString& message)
{
    context.err << "kontor-cli: " << message << Qt::endl
                << Cli::tr("Run “kontor-cli --help” for the commands and options.") << Qt::endl;
    return 2;
}

// Only init, demo and import create a database; the other commands need an existing one.
inline Result<std::unique_ptr<Database>> openDatabase(Context& context,
                                                      Database::Missing missing = Database::Missing::Refuse)
{
    return Database::open(context.databasePath, missing);
}

} // namespace kontor::cli
