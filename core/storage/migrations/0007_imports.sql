-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 7: the import history, and the duplicate pairs dismissed. Every import that was carried out (not
-- dry runs) is a row of imports, and every record it created or changed a row of import_changes, so that the whole
-- import can be undone later: what it created removed, what it updated put back as it was before (the row's JSON
-- in `before`).
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'contacts',
    started_at INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    merged INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    undone_at INTEGER
);

-- entity: 'contact', 'company' or 'lead_source'; action: 'created', 'updated' or 'merged'.
CREATE TABLE import_changes (
    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    before TEXT
);
CREATE INDEX import_changes_by_import ON import_changes (import_id);

-- Pairs the duplicate finder proposed and a person said are different records: not proposed again. kind:
-- 'contact' or 'company'; first_id < second_id.
CREATE TABLE duplicate_dismissals (
    kind TEXT NOT NULL,
    first_id INTEGER NOT NULL,
    second_id INTEGER NOT NULL,
    PRIMARY KEY (kind, first_id, second_id)
) WITHOUT ROWID;
