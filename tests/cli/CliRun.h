// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// kontor-cli run as a process on one database, as a script or a phone system runs it: its exit code, its output
// (and that output read as a JSON object, for --json) and its messages.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace kontor::test {

struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
};

inline CliRun runCli(const QString& db, QStringList arguments)
{
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    QProcess process;
    process.start(QStringLiteral(KONTOR_CLI), arguments);
    if (!process.waitForFinished(60000))
        qFatal("kontor-cli did not finish");
    const QByteArray out = process.readAllStandardOutput();
    return {process.exitCode(), QJsonDocument::fromJson(out).object(), QString::fromUtf8(out),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace kontor::test
