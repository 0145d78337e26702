-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 16: the first page of a long list or report without reading everything before it.
--
-- The lifecycle funnel: each move of a contact's lifecycle keeps when the contact next went further up the journey, so
-- that the lifecycle funnel reads only the moves of its period (a quarter of a million contacts: a few hundred
-- thousand rows of one index) instead of the whole history of every contact that moved in it.
--
-- advanced_at: for a move into lead, mql, sql or opportunity, the time of the contact's first later move to a stage
-- further along (Lead 1 … Customer 5; disqualified and inactive are off the journey); NULL when it has not gone
-- further, and for the other stages. "Later" is by time, then by id for moves at the same moment, as the funnel read
-- the history before. Triggers keep it true on every insert, delete and change of a move, whoever makes it: a save,
-- a rule, an import, undo, a merge or the deletion of a contact.
ALTER TABLE contact_stage_history ADD COLUMN advanced_at INTEGER;

-- The definition, in one place: what advanced_at of each move should be.
CREATE VIEW contact_stage_advances AS
SELECT h.id AS id,
    CASE WHEN h.to_stage IN ('lead', 'mql', 'sql', 'opportunity') THEN (
        SELECT l.changed_at FROM contact_stage_history l
        WHERE l.contact_id = h.contact_id
            AND (l.changed_at > h.changed_at OR (l.changed_at = h.changed_at AND l.id > h.id))
            AND (CASE l.to_stage WHEN 'lead' THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' THEN 3 WHEN 'opportunity' THEN 4
                     WHEN 'customer' THEN 5 ELSE 0 END)
                > (CASE h.to_stage WHEN 'lead' THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' THEN 3 WHEN 'opportunity' THEN 4
                     END)
        ORDER BY l.changed_at, l.id LIMIT 1)
    END AS advanced_at
FROM contact_stage_history h;

UPDATE contact_stage_history SET advanced_at =
    (SELECT a.advanced_at FROM contact_stage_advances a WHERE a.id = contact_stage_history.id)
WHERE to_stage IN ('lead', 'mql', 'sql', 'opportunity');

-- The funnel's index: the moves of a period with everything it reads of them. It serves what the one it replaces
-- served (moves by time).
DROP INDEX contact_stage_history_by_time;
CREATE INDEX contact_stage_history_by_time ON contact_stage_history (changed_at, contact_id, to_stage, advanced_at);
-- What the funnel reads of each contact of the period (owner, source, archived), without reading the contact's
-- whole row: a few hundred thousand lookups in a small index instead of the large table.
CREATE INDEX contacts_for_reports ON contacts (id, archived_at, lead_source_id, owner_id);

-- A contact's moves only change each other: each trigger recomputes the one contact's moves, and writes only those
-- whose value changes. A contact's first move (a new contact) has nothing to recompute.
CREATE TRIGGER lifecycle_advances_insert AFTER INSERT ON contact_stage_history
WHEN EXISTS (SELECT 1 FROM contact_stage_history WHERE contact_id = new.contact_id AND id <> new.id)
BEGIN
    UPDATE contact_stage_history SET advanced_at =
        (SELECT a.advanced_at FROM contact_stage_advances a WHERE a.id = contact_stage_history.id)
    WHERE contact_id = new.contact_id AND advanced_at IS NOT
        (SELECT a.advanced_at FROM contact_stage_advances a WHERE a.id = contact_stage_history.id);
END;

CREATE TRIGGER lifecycle_advances_delete AFTER DELETE ON contact_stage_history
WHEN old.changed_at IN (SELECT advanced_at FROM contact_stage_history WHERE contact_id = old.contact_id)
BEGIN
    UPDATE contact_stage_history SET advanced_at =
        (SELECT a.advanced_at FROM contact_stage_advances a WHERE a.id = contact_stage_history.id)
    WHERE contact_id = old.contact_id AND advanced_at IS NOT
        (SELECT a.advanced_at FROM contact_stage_advances a WHERE a.id = contact_stage_history.id);
END;

CREATE TRIGGER lifecycle_advances_update AFTER UPDATE OF contact_id, changed_at, to_stage ON contact_stage_history
WHEN old.contact_id IS NOT new.contact_id OR old.changed_at IS NOT new.changed_at OR old.to_stage IS NOT new.to_stage
BEGIN
    UPDATE contact_stage_history SET advanced_at =
        (SELECT a.advanced_at FROM contact_stage_advances a WHERE a.id = contact_stage_history.id)
    WHERE contact_id IN (old.contact_id, new.contact_id) AND advanced_at IS NOT
        (SELECT a.advanced_at FROM contact_stage_advances a WHERE a.id = contact_stage_history.id);
END;

-- The contacts list sorted by a money field lists amounts by currency, then by amount: its first page is read along
-- this index instead of after sorting every contact (ContactListQuery::firstSorted).
CREATE INDEX custom_values_by_money ON custom_values (field_id, currency, integer_value) WHERE currency IS NOT NULL;

-- Sorted by a text field, the list's first page is read along the values as names sort (folded: case, accents and
-- Persian spellings as one), which SQL cannot compute: kontor fills sort_text for text fields' values after this
-- step (CustomFieldRepository::refreshSortTexts) and writes it with every value since.
ALTER TABLE custom_values ADD COLUMN sort_text TEXT;
CREATE INDEX custom_values_by_sort_text ON custom_values (field_id, sort_text) WHERE sort_text IS NOT NULL;
