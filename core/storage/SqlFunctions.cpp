// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlFunctions.h"

#include "search/TextFolding.h"

#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

#include <mutex>

namespace kontor::SqlFunctions {

namespace {

void fold(sqlite3_context* context, int, sqlite3_value** arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    const int bytes = sqlite3_value_bytes(arguments[0]);
    // Most names are in other scripts: without a byte of the Arabic block's lead bytes (0xD8-0xDB) or of the
    // zero-width non-joiner (0xE2 0x80 0x8C) there is nothing to fold, and the text goes back as it came.
    bool arabicOrJoiner = false;
    for (int i = 0; i < bytes && !arabicOrJoiner; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        arabicOrJoiner = (byte >= 0xD8 && byte <= 0xDB) || byte == 0xE2;
    }
    if (!arabicOrJoiner) {
        sqlite3_result_value(context, arguments[0]);
        return;
    }
    const QByteArray folded = foldArabicScript(QString::fromUtf8(text, bytes)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

int registerFunctions(sqlite3* db, char**, const sqlite3_api_routines*)
{
    return sqlite3_create_function_v2(db, "kontor_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, &fold, nullptr, nullptr, nullptr);
}

} // namespace

void install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // sqlite3_auto_extension's entry point has this type; SQLite calls it with the connection's arguments.
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(&registerFunctions));
    });
}

QString foldedExpression(const QSqlDatabase& db, const QString& expression)
{
    // Asked once per connection: a contact's save folds its name, and needs no extra statement for it.
    static std::mutex mutex;
    static QHash<QString, bool> hasFold;
    bool has = false;
    {
        const std::lock_guard lock(mutex);
        auto known = hasFold.constFind(db.connectionName());
        if (known == hasFold.cend())
            known = hasFold.insert(db.connectionName(), QSqlQuery(db).exec(QStringLiteral("SELECT kontor_fold('')")));
        has = *known;
    }
    return has ? QStringLiteral("kontor_fold(%1)").arg(expression) : foldArabicScriptSql(expression);
}

} // namespace kontor::SqlFunctions
