// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoJournal.h"

#include "Sql.h"
#include "Transaction.h"
#include "search/Search.h"

#include <QSet>
#include <QSqlQuery>

namespace kontor {

namespace {

/// The tables a person changes through Kontor. Not here: what triggers keep in step with them.
const QStringList journaledTables = {QStringLiteral("contacts"),
                                     QStringLiteral("contact_emails"),
                                     QStringLiteral("contact_phones"),
                                     QStringLiteral("contact_tags"),
                                     QStringLiteral("tags"),
                                     QStringLiteral("companies"),
                                     QStringLiteral("company_tags"),
                                     QStringLiteral("deals"),
                                     QStringLiteral("deal_stage_history"),
                                     QStringLiteral("interactions"),
                                     QStringLiteral("reminders"),
                                     QStringLiteral("stages"),
                                     QStringLiteral("lead_sources"),
                                     QStringLiteral("campaigns"),
                                     QStringLiteral("users"),
                                     QStringLiteral("settings"),
                                     QStringLiteral("custom_fields"),
                                     QStringLiteral("custom_field_options"),
                                     QStringLiteral("custom_values"),
                                     QStringLiteral("custom_value_choices"),
                                     QStringLiteral("contact_stage_history"),
                                     QStringLiteral("score_rules"),
                                     QStringLiteral("territories"),
                                     QStringLiteral("territory_parts"),
                                     QStringLiteral("assignment_rules"),
                                     QStringLiteral("assignment_rule_members"),
                                     QStringLiteral("assignment_turns")};

struct TableShape
{
    QStringList columns;
    bool hasRowid = true;
};

Result<TableShape> shapeOf(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(table)))
        return Result<TableShape>::failure(sql::errorText(query));
    TableShape shape;
    while (query.next())
        shape.columns << query.value(1).toString();
    QSqlQuery rowid(db);
    shape.hasRowid = rowid.exec(QStringLiteral("SELECT rowid FROM main.%1 LIMIT 0").arg(table));
    return shape;
}

/// SQL text that, inside a trigger, builds the literal of `row`.`column`.
QString literal(const QString& row, const QString& column)
{
    return QStringLiteral("quote(%1.\"%2\")").arg(row, column);
}

QString triggersFor(const QString& table, const TableShape& shape)
{
    // Which row: by rowid, or for a WITHOUT ROWID link table by all its columns.
    auto where = [&](const QString& row) -> QString {
        if (shape.hasRowid)
            return QStringLiteral("' WHERE rowid = ' || %1.rowid").arg(row);
        QStringList parts;
        for (const QString& column : shape.columns)
            parts << QStringLiteral("'\"%1\" = ' || %2").arg(column, literal(row, column));
        return QStringLiteral("' WHERE ' || ") + parts.join(QStringLiteral(" || ' AND ' || "));
    };
    QStringList sets;
    QStringList names;
    QStringList values;
    if (shape.hasRowid) {
        names << QStringLiteral("rowid");
        values << QStringLiteral("old.rowid");
    }
    for (const QString& column : shape.columns) {
        sets << QStringLiteral("'\"%1\" = ' || %2").arg(column, literal(QStringLiteral("old"), column));
        names << QStringLiteral("\"%1\"").arg(column);
        values << literal(QStringLiteral("old"), column);
    }
    const QString insertUndo = QStringLiteral("'DELETE FROM main.%1' || %2").arg(table, where(QStringLiteral("new")));
    const QString updateUndo = QStringLiteral("'UPDATE main.%1 SET ' || %2 || %3")
                                   .arg(table, sets.join(QStringLiteral(" || ', ' || ")), where(QStringLiteral("old")));
    const QString deleteUndo = QStringLiteral("'INSERT INTO main.%1 (%2) VALUES (' || %3 || ')'")
                                   .arg(table, QString(names.join(u',')).replace(u'\'', QStringLiteral("''")),
                                        values.join(QStringLiteral(" || ',' || ")));
    return QStringLiteral("CREATE TEMP TRIGGER undo_%1_insert AFTER INSERT ON main.%1 BEGIN "
                          "INSERT INTO undo_log (statement) VALUES (%2); END;\n"
                          "CREATE TEMP TRIGGER undo_%1_update AFTER UPDATE ON main.%1 BEGIN "
                          "INSERT INTO undo_log (statement) VALUES (%3); END;\n"
                          "CREATE TEMP TRIGGER undo_%1_delete BEFORE DELETE ON main.%1 BEGIN "
                          "INSERT INTO undo_log (statement) VALUES (%4); END;")
        .arg(table, insertUndo, updateUndo, deleteUndo);
}

} // namespace

Status UndoJournal::attach()
{
    if (m_attached)
        return {};
    QSqlQuery query(m_db);
    const QStringList setup = {
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, statement TEXT NOT NULL)"),
        // The contacts whose search entry a step may have changed.
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS undo_touched (contact_id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS undo_touch_contact AFTER UPDATE ON main.contacts BEGIN "
                       "INSERT OR IGNORE INTO undo_touched VALUES (new.id); END"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS undo_touch_contact_insert AFTER INSERT ON main.contacts "
                       "BEGIN INSERT OR IGNORE INTO undo_touched VALUES (new.id); END"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS undo_touch_contact_delete AFTER DELETE ON main.contacts "
                       "BEGIN INSERT OR IGNORE INTO undo_touched VALUES (old.id); END"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS undo_touch_email AFTER INSERT ON main.contact_emails BEGIN "
                       "INSERT OR IGNORE INTO undo_touched VALUES (new.contact_id); END"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS undo_touch_email_delete AFTER DELETE ON main.contact_emails "
                       "BEGIN INSERT OR IGNORE INTO undo_touched VALUES (old.contact_id); END"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS undo_touch_phone AFTER INSERT ON main.contact_phones BEGIN "
                       "INSERT OR IGNORE INTO undo_touched VALUES (new.contact_id); END"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS undo_touch_phone_delete AFTER DELETE ON main.contact_phones "
                       "BEGIN INSERT OR IGNORE INTO undo_touched VALUES (old.contact_id); END"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS undo_touch_company AFTER UPDATE OF name ON main.companies "
                       "BEGIN INSERT OR IGNORE INTO undo_touched SELECT id FROM main.contacts "
                       "WHERE company_id = new.id; END"),
        // A value of a searchable field (schema 15), and a field that became searchable or no longer is.
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS undo_touch_custom_insert AFTER INSERT ON main.custom_values "
                       "WHEN new.field_id IN (SELECT id FROM main.custom_fields WHERE record = 'contact' "
                       "AND searchable = 1) BEGIN INSERT OR IGNORE INTO undo_touched VALUES (new.record_id); END"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS undo_touch_custom_update AFTER UPDATE ON main.custom_values "
                       "WHEN new.field_id IN (SELECT id FROM main.custom_fields WHERE record = 'contact' "
                       "AND searchable = 1) BEGIN INSERT OR IGNORE INTO undo_touched VALUES (new.record_id); END"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS undo_touch_custom_delete AFTER DELETE ON main.custom_values "
                       "WHEN old.field_id IN (SELECT id FROM main.custom_fields WHERE record = 'contact' "
                       "AND searchable = 1) BEGIN INSERT OR IGNORE INTO undo_touched VALUES (old.record_id); END"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS undo_touch_field AFTER UPDATE OF searchable, archived_at, "
                       "type ON main.custom_fields WHEN new.record = 'contact' BEGIN INSERT OR IGNORE INTO "
                       "undo_touched SELECT record_id FROM main.custom_values WHERE field_id = new.id; END"),
    };
    for (const QString& statement : setup) {
        if (!query.exec(statement))
            return Status::failure(tr("Undo could not be set up: %1").arg(sql::errorText(query)));
    }
    for (const QString& table : journaledTables) {
        auto shape = shapeOf(m_db, table);
        if (!shape)
            return Status::failure(tr("Undo could not be set up: %1").arg(shape.error()));
        for (const QString& statement : triggersFor(table, shape.value()).split(u'\n')) {
            if (!query.exec(statement))
                return Status::failure(tr("Undo could not be set up: %1").arg(sql::errorText(query)));
        }
    }
    m_attached = true;
    return {};
}

Status UndoJournal::detach()
{
    if (!m_attached || !m_db.isOpen())
        return {};
    QSqlQuery query(m_db);
    QStringList statements;
    if (!query.exec(QStringLiteral("SELECT name FROM temp.sqlite_schema WHERE type = 'trigger' AND name LIKE 'undo%'")))
        return Status::failure(tr("The undo history could not be paused: %1").arg(sql::errorText(query)));
    while (query.next())
        statements << QStringLiteral("DROP TRIGGER temp.\"%1\"").arg(query.value(0).toString());
    statements << QStringLiteral("DROP TABLE IF EXISTS temp.undo_log")
               << QStringLiteral("DROP TABLE IF EXISTS temp.undo_touched");
    // A trigger left behind would copy every row a bulk load writes into the journal: say so rather than go on.
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            const QString error = sql::errorText(query);
            // Half detached would record only some tables: put every trigger back (attach skips what exists).
            m_attached = false;
            if (Status restored = attach(); !restored)
                m_attached = true;
            return Status::failure(tr("The undo history could not be paused: %1").arg(error));
        }
    }
    m_attached = false;
    return {};
}

Result<UndoJournal::Step> UndoJournal::take(const QString& label)
{
    Step step;
    step.label = label;
    if (!m_attached)
        return step;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT statement FROM temp.undo_log ORDER BY seq")))
        return Result<Step>::failure(sql::errorText(query));
    while (query.next())
        step.statements << query.value(0).toString();
    if (!query.exec(QStringLiteral("DELETE FROM temp.undo_log")) ||
        !query.exec(QStringLiteral("DELETE FROM temp.undo_touched")))
        return Result<Step>::failure(sql::errorText(query));
    return step;
}

Result<UndoJournal::Step> UndoJournal::apply(const Step& step)
{
    if (!m_attached)
        return Result<Step>::failure(tr("Undo is not available for this database."));
    // Whatever was written and not yet taken belongs to no step: it must not end up in the reverse of this one.
    if (auto stray = take(QString()); !stray)
        return Result<Step>::failure(stray.error());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Result<Step>::failure(transaction.error());
    QSqlQuery query(m_db);
    for (auto it = step.statements.crbegin(); it != step.statements.crend(); ++it) {
        if (!query.exec(*it))
            return Result<Step>::failure(
                tr("“%1” cannot be undone: the records changed since. %2").arg(step.label, sql::errorText(query)));
    }
    QList<qint64> touched;
    if (query.exec(QStringLiteral("SELECT contact_id FROM temp.undo_touched"))) {
        while (query.next())
            touched << query.value(0).toLongLong();
    }
    for (qint64 contact : touched) {
        if (Status indexed = SearchIndex::reindexContact(m_db, contact); !indexed)
            return Result<Step>::failure(indexed.error());
    }
    auto inverse = take(step.label);
    if (!inverse)
        return inverse;
    if (Status committed = transaction.commit(); !committed)
        return Result<Step>::failure(committed.error());
    return inverse;
}

} // namespace kontor
