// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkStatement.h"

#include "Sql.h"

#include <QSqlDriver>
#include <QSqlRecord>
#include <QVariant>

#include <atomic>
#include <utility>

#include <sqlite3.h>

namespace kontor {

namespace {

std::atomic<bool> directAllowed = true;

} // namespace

bool BulkStatement::canGoDirect(const QSqlDatabase& db)
{
    if (!directAllowed || sql::handleOf(db) == nullptr)
        return false;
    // The handle belongs to the SQLite that Qt's plugin uses. Kontor's calls go to the SQLite it links: the same
    // library on Debian and the other systems whose Qt uses the system's SQLite, while a Qt with its own copy
    // bundled would hand over a handle of another copy, maybe of another version. Same source, same structures.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next() ||
        query.value(0).toString() != QLatin1String(sqlite3_sourceid()))
        return false;
    // A statement prepared on a handle does not initialise the library by itself (opening one does).
    return sqlite3_initialize() == SQLITE_OK;
}

sqlite3* BulkStatement::directHandle(const QSqlDatabase& db)
{
    return canGoDirect(db) ? sql::handleOf(db) : nullptr;
}

void BulkStatement::setDirectAllowed(bool allowed)
{
    directAllowed = allowed;
}

BulkStatement::BulkStatement(const QSqlDatabase& db, const QString& sql)
{
    if (canGoDirect(db)) {
        m_handle = sql::handleOf(db);
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                               nullptr) != SQLITE_OK) {
            m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_handle));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        return;
    }
    m_query = QSqlQuery(db);
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        m_prepareError = sql::errorText(m_query);
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

bool BulkStatement::isValid() const
{
    return m_prepareError.isEmpty();
}

QString BulkStatement::error() const
{
    return m_prepareError.isEmpty() ? m_error : m_prepareError;
}

void BulkStatement::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_statement);
    m_hasRow = false;
}

void BulkStatement::readyToBind()
{
    // SQLite refuses new values for a statement whose rows were not all read.
    if (sqlite3_stmt_busy(m_statement) != 0) {
        sqlite3_reset(m_statement);
        m_hasRow = false;
    }
}

void BulkStatement::bind(int index, qint64 value)
{
    if (m_statement) {
        readyToBind();
        sqlite3_bind_int64(m_statement, index + 1, value);
        return;
    }
    if (m_bound.size() <= index)
        m_bound.resize(index + 1);
    m_bound[index] = value;
}

void BulkStatement::bindReal(int index, double value)
{
    if (m_statement) {
        readyToBind();
        sqlite3_bind_double(m_statement, index + 1, value);
        return;
    }
    if (m_bound.size() <= index)
        m_bound.resize(index + 1);
    m_bound[index] = value;
}

void BulkStatement::bind(int index, QStringView text)
{
    if (text.isNull()) {
        bindNull(index);
        return;
    }
    if (m_statement) {
        readyToBind();
        // SQLite copies the text and stores it as UTF-8 itself.
        sqlite3_bind_text16(m_statement, index + 1, text.isEmpty() ? u"" : text.utf16(), int(text.size() * 2),
                            SQLITE_TRANSIENT);
        return;
    }
    if (m_bound.size() <= index)
        m_bound.resize(index + 1);
    m_bound[index] = text.isEmpty() ? QStringLiteral("") : text.toString();
}

void BulkStatement::bindNull(int index)
{
    if (m_statement) {
        readyToBind();
        sqlite3_bind_null(m_statement, index + 1);
        return;
    }
    if (m_bound.size() <= index)
        m_bound.resize(index + 1);
    m_bound[index] = QVariant();
}

void BulkStatement::bindId(int index, qint64 id)
{
    if (id > 0)
        bind(index, id);
    else
        bindNull(index);
}

void BulkStatement::bindText(int index, QStringView text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

void BulkStatement::bindValue(int index, const QVariant& value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        return;
    case QMetaType::Double:
        bindReal(index, value.toDouble());
        return;
    case QMetaType::QString:
        bind(index, QStringView(*static_cast<const QString*>(value.constData())));
        return;
    default:
        bind(index, value.toString());
    }
}

bool BulkStatement::exec()
{
    m_error.clear();
    if (m_statement) {
        sqlite3_reset(m_statement);
        switch (sqlite3_step(m_statement)) {
        case SQLITE_ROW:
            // Handed out by the first next().
            m_hasRow = true;
            return true;
        case SQLITE_DONE:
            m_hasRow = false;
            // Done: no read or write stays open on the connection (a COMMIT would wait for it).
            sqlite3_reset(m_statement);
            return true;
        default:
            fail();
            return false;
        }
    }
    if (!m_prepareError.isEmpty())
        return false;
    for (qsizetype i = 0; i < m_bound.size(); ++i)
        m_query.bindValue(int(i), m_bound.at(i));
    if (!m_query.exec()) {
        m_error = sql::errorText(m_query);
        return false;
    }
    return true;
}

bool BulkStatement::next()
{
    if (m_statement) {
        if (std::exchange(m_hasRow, false))
            return true;
        if (sqlite3_stmt_busy(m_statement) == 0)
            return false;
        switch (sqlite3_step(m_statement)) {
        case SQLITE_ROW:
            return true;
        case SQLITE_DONE:
            sqlite3_reset(m_statement);
            return false;
        default:
            fail();
            return false;
        }
    }
    if (!m_query.isActive() || !m_query.next())
        return false;
    const int columns = m_query.record().count();
    m_row.resize(columns);
    m_nulls.resize(columns);
    for (int i = 0; i < columns; ++i) {
        const QVariant value = m_query.value(i);
        m_nulls[i] = value.isNull();
        m_row[i] = value.toString().toUtf8();
    }
    return true;
}

bool BulkStatement::isNull(int column) const
{
    if (m_statement)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    return m_nulls.value(column, true);
}

qint64 BulkStatement::integer(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    return m_row.value(column).toLongLong();
}

QByteArrayView BulkStatement::utf8(int column) const
{
    if (m_statement) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
    }
    return column < m_row.size() ? QByteArrayView(m_row.at(column)) : QByteArrayView();
}

QString BulkStatement::text(int column) const
{
    if (isNull(column))
        return {};
    const QByteArrayView bytes = utf8(column);
    return bytes.isEmpty() ? QStringLiteral("") : QString::fromUtf8(bytes);
}

qint64 BulkStatement::lastInsertId() const
{
    if (m_statement)
        return sqlite3_last_insert_rowid(m_handle);
    return m_query.lastInsertId().toLongLong();
}

} // namespace kontor
