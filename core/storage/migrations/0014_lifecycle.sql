-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 14: a contact's lifecycle, from lead to customer. The five statuses of before become stages of the
-- buyer's journey: lead, marketing qualified (mql), sales qualified (sql), opportunity, customer, and off the path
-- disqualified and inactive. "qualified" becomes sql and "lost" disqualified, in the contacts and in their change
-- history alike. Each move is kept in contact_stage_history (when, by whom, why when it went back or out, and which
-- rule made it when one did), so that the date each stage was entered is known and the lifecycle funnel can count
-- it. Moves made before this schema are known where the change history kept them; every contact entered its first
-- stage when it was created.
--
-- SQLite cannot change a column's CHECK in place: the stage is written to a new column, the old one dropped (with
-- the trigger and the indexes that name it, made again below) and the new one given the old name.

DROP TRIGGER audit_contacts_update;
DROP INDEX contacts_by_status;
DROP INDEX contacts_by_lead_source;

ALTER TABLE contacts ADD COLUMN lifecycle_stage TEXT NOT NULL DEFAULT 'lead'
    CHECK (lifecycle_stage IN ('lead', 'mql', 'sql', 'opportunity', 'customer', 'disqualified', 'inactive'));
UPDATE contacts SET lifecycle_stage = CASE status WHEN 'qualified' THEN 'sql' WHEN 'lost' THEN 'disqualified'
    ELSE status END;

CREATE TABLE contact_stage_history (
    id INTEGER PRIMARY KEY,
    -- Deferred: undo puts a deleted contact back after the history rows that went with it.
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    from_stage TEXT,
    to_stage TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- Why, when a contact went back a stage or was disqualified.
    reason TEXT,
    -- The automatic rule that made the move ("deal_created", "deal_won", "meeting_booked", "fields_filled"); NULL
    -- when a person did.
    rule TEXT
);
CREATE INDEX contact_stage_history_by_contact ON contact_stage_history (contact_id, changed_at);
CREATE INDEX contact_stage_history_by_time ON contact_stage_history (changed_at, to_stage);

-- The stage each contact started in: the one its first recorded change left, else the one it has.
INSERT INTO contact_stage_history (contact_id, from_stage, to_stage, changed_at, changed_by)
SELECT c.id, NULL,
    coalesce((SELECT CASE json_extract(l.old_values, '$.status') WHEN 'qualified' THEN 'sql'
                  WHEN 'lost' THEN 'disqualified' ELSE json_extract(l.old_values, '$.status') END
              FROM change_log l WHERE l.entity = 'contact' AND l.entity_id = c.id
                  AND json_extract(l.old_values, '$.status') IS NOT NULL
              ORDER BY l.changed_at, l.id LIMIT 1), c.lifecycle_stage),
    c.created_at, (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1)
FROM contacts c ORDER BY c.id;
-- Every change of status the history kept.
INSERT INTO contact_stage_history (contact_id, from_stage, to_stage, changed_at, changed_by)
SELECT l.entity_id,
    CASE json_extract(l.old_values, '$.status') WHEN 'qualified' THEN 'sql' WHEN 'lost' THEN 'disqualified'
        ELSE json_extract(l.old_values, '$.status') END,
    CASE json_extract(l.new_values, '$.status') WHEN 'qualified' THEN 'sql' WHEN 'lost' THEN 'disqualified'
        ELSE json_extract(l.new_values, '$.status') END,
    l.changed_at, l.changed_by
FROM change_log l
WHERE l.entity = 'contact' AND json_extract(l.new_values, '$.status') IS NOT NULL
    AND EXISTS (SELECT 1 FROM contacts WHERE id = l.entity_id)
ORDER BY l.changed_at, l.id;
-- The change history speaks of stages too.
UPDATE change_log SET
    old_values = CASE json_extract(old_values, '$.status') WHEN 'qualified' THEN json_set(old_values, '$.status', 'sql')
        WHEN 'lost' THEN json_set(old_values, '$.status', 'disqualified') ELSE old_values END,
    new_values = CASE json_extract(new_values, '$.status') WHEN 'qualified' THEN json_set(new_values, '$.status', 'sql')
        WHEN 'lost' THEN json_set(new_values, '$.status', 'disqualified') ELSE new_values END
WHERE entity = 'contact' AND (json_extract(old_values, '$.status') IN ('qualified', 'lost')
    OR json_extract(new_values, '$.status') IN ('qualified', 'lost'));

ALTER TABLE contacts DROP COLUMN status;
ALTER TABLE contacts RENAME COLUMN lifecycle_stage TO status;

-- The contacts list sorts by stage in the order of the journey (ContactListQuery uses the same expression).
CREATE INDEX contacts_by_status ON contacts (
    (CASE status WHEN 'lead' THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' THEN 3 WHEN 'opportunity' THEN 4
        WHEN 'customer' THEN 5 WHEN 'disqualified' THEN 6 ELSE 7 END),
    sort_name) WHERE archived_at IS NULL;
CREATE INDEX contacts_by_lead_source ON contacts (lead_source_id, created_at, campaign_id, status, owner_id, archived_at);

-- As schema 4 wrote it: the stage is still the column "status".
CREATE TRIGGER audit_contacts_update AFTER UPDATE ON contacts WHEN old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name OR old.company_id IS NOT new.company_id OR old.title IS NOT new.title OR old.birthday IS NOT new.birthday OR old.street IS NOT new.street OR old.city IS NOT new.city OR old.region IS NOT new.region OR old.postal_code IS NOT new.postal_code OR old.country IS NOT new.country OR old.lead_source_id IS NOT new.lead_source_id OR old.campaign_id IS NOT new.campaign_id OR old.status IS NOT new.status OR old.owner_id IS NOT new.owner_id OR old.notes IS NOT new.notes OR old.stay_in_touch_days IS NOT new.stay_in_touch_days OR old.archived_at IS NOT new.archived_at BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('contact', new.id,
            CASE WHEN old.archived_at IS NULL AND new.archived_at IS NOT NULL THEN 'archived'
                 WHEN old.archived_at IS NOT NULL AND new.archived_at IS NULL THEN 'restored'
                 ELSE 'updated' END,
            (SELECT json_group_object(k, v) FROM (
            SELECT 'first_name' AS k, old.first_name AS v, new.first_name AS w
            UNION ALL SELECT 'last_name' AS k, old.last_name AS v, new.last_name AS w
            UNION ALL SELECT 'company_id' AS k, old.company_id AS v, new.company_id AS w
            UNION ALL SELECT 'title' AS k, old.title AS v, new.title AS w
            UNION ALL SELECT 'birthday' AS k, old.birthday AS v, new.birthday AS w
            UNION ALL SELECT 'street' AS k, old.street AS v, new.street AS w
            UNION ALL SELECT 'city' AS k, old.city AS v, new.city AS w
            UNION ALL SELECT 'region' AS k, old.region AS v, new.region AS w
            UNION ALL SELECT 'postal_code' AS k, old.postal_code AS v, new.postal_code AS w
            UNION ALL SELECT 'country' AS k, old.country AS v, new.country AS w
            UNION ALL SELECT 'lead_source_id' AS k, old.lead_source_id AS v, new.lead_source_id AS w
            UNION ALL SELECT 'campaign_id' AS k, old.campaign_id AS v, new.campaign_id AS w
            UNION ALL SELECT 'status' AS k, old.status AS v, new.status AS w
            UNION ALL SELECT 'owner_id' AS k, old.owner_id AS v, new.owner_id AS w
            UNION ALL SELECT 'notes' AS k, old.notes AS v, new.notes AS w
            UNION ALL SELECT 'stay_in_touch_days' AS k, old.stay_in_touch_days AS v, new.stay_in_touch_days AS w
            UNION ALL SELECT 'archived_at' AS k, old.archived_at AS v, new.archived_at AS w) WHERE v IS NOT w),
            (SELECT json_group_object(k, v) FROM (
            SELECT 'first_name' AS k, new.first_name AS v, old.first_name AS w
            UNION ALL SELECT 'last_name' AS k, new.last_name AS v, old.last_name AS w
            UNION ALL SELECT 'company_id' AS k, new.company_id AS v, old.company_id AS w
            UNION ALL SELECT 'title' AS k, new.title AS v, old.title AS w
            UNION ALL SELECT 'birthday' AS k, new.birthday AS v, old.birthday AS w
            UNION ALL SELECT 'street' AS k, new.street AS v, old.street AS w
            UNION ALL SELECT 'city' AS k, new.city AS v, old.city AS w
            UNION ALL SELECT 'region' AS k, new.region AS v, old.region AS w
            UNION ALL SELECT 'postal_code' AS k, new.postal_code AS v, old.postal_code AS w
            UNION ALL SELECT 'country' AS k, new.country AS v, old.country AS w
            UNION ALL SELECT 'lead_source_id' AS k, new.lead_source_id AS v, old.lead_source_id AS w
            UNION ALL SELECT 'campaign_id' AS k, new.campaign_id AS v, old.campaign_id AS w
            UNION ALL SELECT 'status' AS k, new.status AS v, old.status AS w
            UNION ALL SELECT 'owner_id' AS k, new.owner_id AS v, old.owner_id AS w
            UNION ALL SELECT 'notes' AS k, new.notes AS v, old.notes AS w
            UNION ALL SELECT 'stay_in_touch_days' AS k, new.stay_in_touch_days AS v, old.stay_in_touch_days AS w
            UNION ALL SELECT 'archived_at' AS k, new.archived_at AS v, old.archived_at AS w) WHERE v IS NOT w),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
