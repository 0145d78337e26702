// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace kontor {

/// A prepared statement for the work that runs one statement a million times: exports, imports. On SQLite it goes
/// through SQLite's C API on the connection's own handle, binding without a QVariant per value and reading text as
/// the UTF-8 that SQLite stores; QtSql's layer took over half the time of exporting a million contacts. On another
/// driver, or where Qt's SQLite plugin is not the SQLite that Kontor links (a Qt with its own copy bundled), it runs
/// the same statement through QSqlQuery with the same results. Belongs to the connection's thread, like the
/// connection; bind indexes and columns count from 0.
class BulkStatement
{
public:
    BulkStatement(const QSqlDatabase& db, const QString& sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    /// False when the statement did not prepare; error() says why.
    bool isValid() const;
    QString error() const;
    bool isDirect() const { return m_statement != nullptr; }

    void bind(int index, qint64 value);
    void bindReal(int index, double value);
    /// A null QStringView binds NULL; an empty one ''.
    void bind(int index, QStringView text);
    void bindNull(int index);
    /// Binds an id of 0 as NULL, as the domain's "none".
    void bindId(int index, qint64 id);
    /// Binds an empty text as NULL.
    void bindText(int index, QStringView text);
    /// A null QVariant as NULL, integers as integers, floating point as such, anything else as its text.
    void bindValue(int index, const QVariant& value);

    /// Runs the statement with what is bound; a SELECT then hands its rows to next(). Bound values are kept for the
    /// next exec(); rows not read are dropped by it.
    bool exec();
    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    /// The column's text as UTF-8, valid until the next call of next() or exec().
    QByteArrayView utf8(int column) const;
    QString text(int column) const;
    /// The rowid of the row an INSERT wrote.
    qint64 lastInsertId() const;

    /// Whether `db` lets statements go straight through SQLite's C API.
    /// The connection's SQLite handle when Kontor's calls may use it (see canGoDirect), else nullptr.
    static sqlite3* directHandle(const QSqlDatabase& db);
    static bool canGoDirect(const QSqlDatabase& db);
    /// For tests: false makes new statements go through QtSql even where the direct way works.
    static void setDirectAllowed(bool allowed);

private:
    void fail();
    void readyToBind();

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_hasRow = false;
    QString m_prepareError;
    QString m_error;
    // The QtSql way: the query, its bound values, and the current row's values as UTF-8.
    QSqlQuery m_query;
    QVariantList m_bound;
    QList<QByteArray> m_row;
    QList<bool> m_nulls;
};

} // namespace kontor
