-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 4: the change history of every contact, company, deal, reminder and interaction: what changed, from
-- what, to what, when and by whom. Triggers write it in the transaction of the change itself, so no code path can
-- forget it. Only the columns a person edits are kept (not sort keys or "last contacted", which follow from
-- others), and only those that changed. Kontor has no sign-in: "who" is the database's default user.
-- Bulk loads (the demo generator) drop the audit_ triggers and create them again afterwards.

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL CHECK (entity IN ('contact', 'company', 'deal', 'reminder', 'interaction')),
    entity_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('created', 'updated', 'archived', 'restored', 'deleted')),
    -- JSON objects of the changed columns: their values before and after.
    old_values TEXT,
    new_values TEXT,
    changed_at INTEGER NOT NULL,
    changed_by INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX change_log_by_entity ON change_log (entity, entity_id, changed_at);

CREATE TRIGGER audit_contacts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by)
        VALUES ('contact', new.id, 'created', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
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
CREATE TRIGGER audit_contacts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by)
        VALUES ('contact', old.id, 'deleted', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;

CREATE TRIGGER audit_companies_insert AFTER INSERT ON companies BEGIN
    INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by)
        VALUES ('company', new.id, 'created', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_companies_update AFTER UPDATE ON companies WHEN old.name IS NOT new.name OR old.parent_id IS NOT new.parent_id OR old.industry IS NOT new.industry OR old.size IS NOT new.size OR old.territory IS NOT new.territory OR old.website IS NOT new.website OR old.phone IS NOT new.phone OR old.email IS NOT new.email OR old.street IS NOT new.street OR old.city IS NOT new.city OR old.region IS NOT new.region OR old.postal_code IS NOT new.postal_code OR old.country IS NOT new.country OR old.owner_id IS NOT new.owner_id OR old.notes IS NOT new.notes OR old.archived_at IS NOT new.archived_at BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('company', new.id,
            CASE WHEN old.archived_at IS NULL AND new.archived_at IS NOT NULL THEN 'archived'
                 WHEN old.archived_at IS NOT NULL AND new.archived_at IS NULL THEN 'restored'
                 ELSE 'updated' END,
            (SELECT json_group_object(k, v) FROM (
            SELECT 'name' AS k, old.name AS v, new.name AS w
            UNION ALL SELECT 'parent_id' AS k, old.parent_id AS v, new.parent_id AS w
            UNION ALL SELECT 'industry' AS k, old.industry AS v, new.industry AS w
            UNION ALL SELECT 'size' AS k, old.size AS v, new.size AS w
            UNION ALL SELECT 'territory' AS k, old.territory AS v, new.territory AS w
            UNION ALL SELECT 'website' AS k, old.website AS v, new.website AS w
            UNION ALL SELECT 'phone' AS k, old.phone AS v, new.phone AS w
            UNION ALL SELECT 'email' AS k, old.email AS v, new.email AS w
            UNION ALL SELECT 'street' AS k, old.street AS v, new.street AS w
            UNION ALL SELECT 'city' AS k, old.city AS v, new.city AS w
            UNION ALL SELECT 'region' AS k, old.region AS v, new.region AS w
            UNION ALL SELECT 'postal_code' AS k, old.postal_code AS v, new.postal_code AS w
            UNION ALL SELECT 'country' AS k, old.country AS v, new.country AS w
            UNION ALL SELECT 'owner_id' AS k, old.owner_id AS v, new.owner_id AS w
            UNION ALL SELECT 'notes' AS k, old.notes AS v, new.notes AS w
            UNION ALL SELECT 'archived_at' AS k, old.archived_at AS v, new.archived_at AS w) WHERE v IS NOT w),
            (SELECT json_group_object(k, v) FROM (
            SELECT 'name' AS k, new.name AS v, old.name AS w
            UNION ALL SELECT 'parent_id' AS k, new.parent_id AS v, old.parent_id AS w
            UNION ALL SELECT 'industry' AS k, new.industry AS v, old.industry AS w
            UNION ALL SELECT 'size' AS k, new.size AS v, old.size AS w
            UNION ALL SELECT 'territory' AS k, new.territory AS v, old.territory AS w
            UNION ALL SELECT 'website' AS k, new.website AS v, old.website AS w
            UNION ALL SELECT 'phone' AS k, new.phone AS v, old.phone AS w
            UNION ALL SELECT 'email' AS k, new.email AS v, old.email AS w
            UNION ALL SELECT 'street' AS k, new.street AS v, old.street AS w
            UNION ALL SELECT 'city' AS k, new.city AS v, old.city AS w
            UNION ALL SELECT 'region' AS k, new.region AS v, old.region AS w
            UNION ALL SELECT 'postal_code' AS k, new.postal_code AS v, old.postal_code AS w
            UNION ALL SELECT 'country' AS k, new.country AS v, old.country AS w
            UNION ALL SELECT 'owner_id' AS k, new.owner_id AS v, old.owner_id AS w
            UNION ALL SELECT 'notes' AS k, new.notes AS v, old.notes AS w
            UNION ALL SELECT 'archived_at' AS k, new.archived_at AS v, old.archived_at AS w) WHERE v IS NOT w),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_companies_delete AFTER DELETE ON companies BEGIN
    INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by)
        VALUES ('company', old.id, 'deleted', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;

CREATE TRIGGER audit_deals_insert AFTER INSERT ON deals BEGIN
    INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by)
        VALUES ('deal', new.id, 'created', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_deals_update AFTER UPDATE ON deals WHEN old.title IS NOT new.title OR old.contact_id IS NOT new.contact_id OR old.company_id IS NOT new.company_id OR old.stage_id IS NOT new.stage_id OR old.amount_minor IS NOT new.amount_minor OR old.currency IS NOT new.currency OR old.expected_close IS NOT new.expected_close OR old.owner_id IS NOT new.owner_id OR old.lead_source_id IS NOT new.lead_source_id OR old.campaign_id IS NOT new.campaign_id OR old.closed_at IS NOT new.closed_at OR old.lost_reason IS NOT new.lost_reason OR old.notes IS NOT new.notes OR old.archived_at IS NOT new.archived_at BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('deal', new.id,
            CASE WHEN old.archived_at IS NULL AND new.archived_at IS NOT NULL THEN 'archived'
                 WHEN old.archived_at IS NOT NULL AND new.archived_at IS NULL THEN 'restored'
                 ELSE 'updated' END,
            (SELECT json_group_object(k, v) FROM (
            SELECT 'title' AS k, old.title AS v, new.title AS w
            UNION ALL SELECT 'contact_id' AS k, old.contact_id AS v, new.contact_id AS w
            UNION ALL SELECT 'company_id' AS k, old.company_id AS v, new.company_id AS w
            UNION ALL SELECT 'stage_id' AS k, old.stage_id AS v, new.stage_id AS w
            UNION ALL SELECT 'amount_minor' AS k, old.amount_minor AS v, new.amount_minor AS w
            UNION ALL SELECT 'currency' AS k, old.currency AS v, new.currency AS w
            UNION ALL SELECT 'expected_close' AS k, old.expected_close AS v, new.expected_close AS w
            UNION ALL SELECT 'owner_id' AS k, old.owner_id AS v, new.owner_id AS w
            UNION ALL SELECT 'lead_source_id' AS k, old.lead_source_id AS v, new.lead_source_id AS w
            UNION ALL SELECT 'campaign_id' AS k, old.campaign_id AS v, new.campaign_id AS w
            UNION ALL SELECT 'closed_at' AS k, old.closed_at AS v, new.closed_at AS w
            UNION ALL SELECT 'lost_reason' AS k, old.lost_reason AS v, new.lost_reason AS w
            UNION ALL SELECT 'notes' AS k, old.notes AS v, new.notes AS w
            UNION ALL SELECT 'archived_at' AS k, old.archived_at AS v, new.archived_at AS w) WHERE v IS NOT w),
            (SELECT json_group_object(k, v) FROM (
            SELECT 'title' AS k, new.title AS v, old.title AS w
            UNION ALL SELECT 'contact_id' AS k, new.contact_id AS v, old.contact_id AS w
            UNION ALL SELECT 'company_id' AS k, new.company_id AS v, old.company_id AS w
            UNION ALL SELECT 'stage_id' AS k, new.stage_id AS v, old.stage_id AS w
            UNION ALL SELECT 'amount_minor' AS k, new.amount_minor AS v, old.amount_minor AS w
            UNION ALL SELECT 'currency' AS k, new.currency AS v, old.currency AS w
            UNION ALL SELECT 'expected_close' AS k, new.expected_close AS v, old.expected_close AS w
            UNION ALL SELECT 'owner_id' AS k, new.owner_id AS v, old.owner_id AS w
            UNION ALL SELECT 'lead_source_id' AS k, new.lead_source_id AS v, old.lead_source_id AS w
            UNION ALL SELECT 'campaign_id' AS k, new.campaign_id AS v, old.campaign_id AS w
            UNION ALL SELECT 'closed_at' AS k, new.closed_at AS v, old.closed_at AS w
            UNION ALL SELECT 'lost_reason' AS k, new.lost_reason AS v, old.lost_reason AS w
            UNION ALL SELECT 'notes' AS k, new.notes AS v, old.notes AS w
            UNION ALL SELECT 'archived_at' AS k, new.archived_at AS v, old.archived_at AS w) WHERE v IS NOT w),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_deals_delete AFTER DELETE ON deals BEGIN
    INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by)
        VALUES ('deal', old.id, 'deleted', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;

CREATE TRIGGER audit_reminders_insert AFTER INSERT ON reminders BEGIN
    INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by)
        VALUES ('reminder', new.id, 'created', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_reminders_update AFTER UPDATE ON reminders WHEN old.title IS NOT new.title OR old.notes IS NOT new.notes OR old.due_at IS NOT new.due_at OR old.contact_id IS NOT new.contact_id OR old.deal_id IS NOT new.deal_id OR old.owner_id IS NOT new.owner_id OR old.recurrence IS NOT new.recurrence OR old.snoozed_until IS NOT new.snoozed_until OR old.done_at IS NOT new.done_at OR old.archived_at IS NOT new.archived_at BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('reminder', new.id,
            CASE WHEN old.archived_at IS NULL AND new.archived_at IS NOT NULL THEN 'archived'
                 WHEN old.archived_at IS NOT NULL AND new.archived_at IS NULL THEN 'restored'
                 ELSE 'updated' END,
            (SELECT json_group_object(k, v) FROM (
            SELECT 'title' AS k, old.title AS v, new.title AS w
            UNION ALL SELECT 'notes' AS k, old.notes AS v, new.notes AS w
            UNION ALL SELECT 'due_at' AS k, old.due_at AS v, new.due_at AS w
            UNION ALL SELECT 'contact_id' AS k, old.contact_id AS v, new.contact_id AS w
            UNION ALL SELECT 'deal_id' AS k, old.deal_id AS v, new.deal_id AS w
            UNION ALL SELECT 'owner_id' AS k, old.owner_id AS v, new.owner_id AS w
            UNION ALL SELECT 'recurrence' AS k, old.recurrence AS v, new.recurrence AS w
            UNION ALL SELECT 'snoozed_until' AS k, old.snoozed_until AS v, new.snoozed_until AS w
            UNION ALL SELECT 'done_at' AS k, old.done_at AS v, new.done_at AS w
            UNION ALL SELECT 'archived_at' AS k, old.archived_at AS v, new.archived_at AS w) WHERE v IS NOT w),
            (SELECT json_group_object(k, v) FROM (
            SELECT 'title' AS k, new.title AS v, old.title AS w
            UNION ALL SELECT 'notes' AS k, new.notes AS v, old.notes AS w
            UNION ALL SELECT 'due_at' AS k, new.due_at AS v, old.due_at AS w
            UNION ALL SELECT 'contact_id' AS k, new.contact_id AS v, old.contact_id AS w
            UNION ALL SELECT 'deal_id' AS k, new.deal_id AS v, old.deal_id AS w
            UNION ALL SELECT 'owner_id' AS k, new.owner_id AS v, old.owner_id AS w
            UNION ALL SELECT 'recurrence' AS k, new.recurrence AS v, old.recurrence AS w
            UNION ALL SELECT 'snoozed_until' AS k, new.snoozed_until AS v, old.snoozed_until AS w
            UNION ALL SELECT 'done_at' AS k, new.done_at AS v, old.done_at AS w
            UNION ALL SELECT 'archived_at' AS k, new.archived_at AS v, old.archived_at AS w) WHERE v IS NOT w),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_reminders_delete AFTER DELETE ON reminders BEGIN
    INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by)
        VALUES ('reminder', old.id, 'deleted', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;

CREATE TRIGGER audit_interactions_insert AFTER INSERT ON interactions BEGIN
    INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by)
        VALUES ('interaction', new.id, 'created', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_interactions_update AFTER UPDATE ON interactions WHEN old.contact_id IS NOT new.contact_id OR old.deal_id IS NOT new.deal_id OR old.kind IS NOT new.kind OR old.direction IS NOT new.direction OR old.occurred_at IS NOT new.occurred_at OR old.duration_seconds IS NOT new.duration_seconds OR old.subject IS NOT new.subject OR old.notes IS NOT new.notes OR old.outcome IS NOT new.outcome OR old.resolved_at IS NOT new.resolved_at OR old.archived_at IS NOT new.archived_at BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('interaction', new.id,
            CASE WHEN old.archived_at IS NULL AND new.archived_at IS NOT NULL THEN 'archived'
                 WHEN old.archived_at IS NOT NULL AND new.archived_at IS NULL THEN 'restored'
                 ELSE 'updated' END,
            (SELECT json_group_object(k, v) FROM (
            SELECT 'contact_id' AS k, old.contact_id AS v, new.contact_id AS w
            UNION ALL SELECT 'deal_id' AS k, old.deal_id AS v, new.deal_id AS w
            UNION ALL SELECT 'kind' AS k, old.kind AS v, new.kind AS w
            UNION ALL SELECT 'direction' AS k, old.direction AS v, new.direction AS w
            UNION ALL SELECT 'occurred_at' AS k, old.occurred_at AS v, new.occurred_at AS w
            UNION ALL SELECT 'duration_seconds' AS k, old.duration_seconds AS v, new.duration_seconds AS w
            UNION ALL SELECT 'subject' AS k, old.subject AS v, new.subject AS w
            UNION ALL SELECT 'notes' AS k, old.notes AS v, new.notes AS w
            UNION ALL SELECT 'outcome' AS k, old.outcome AS v, new.outcome AS w
            UNION ALL SELECT 'resolved_at' AS k, old.resolved_at AS v, new.resolved_at AS w
            UNION ALL SELECT 'archived_at' AS k, old.archived_at AS v, new.archived_at AS w) WHERE v IS NOT w),
            (SELECT json_group_object(k, v) FROM (
            SELECT 'contact_id' AS k, new.contact_id AS v, old.contact_id AS w
            UNION ALL SELECT 'deal_id' AS k, new.deal_id AS v, old.deal_id AS w
            UNION ALL SELECT 'kind' AS k, new.kind AS v, old.kind AS w
            UNION ALL SELECT 'direction' AS k, new.direction AS v, old.direction AS w
            UNION ALL SELECT 'occurred_at' AS k, new.occurred_at AS v, old.occurred_at AS w
            UNION ALL SELECT 'duration_seconds' AS k, new.duration_seconds AS v, old.duration_seconds AS w
            UNION ALL SELECT 'subject' AS k, new.subject AS v, old.subject AS w
            UNION ALL SELECT 'notes' AS k, new.notes AS v, old.notes AS w
            UNION ALL SELECT 'outcome' AS k, new.outcome AS v, old.outcome AS w
            UNION ALL SELECT 'resolved_at' AS k, new.resolved_at AS v, old.resolved_at AS w
            UNION ALL SELECT 'archived_at' AS k, new.archived_at AS v, old.archived_at AS w) WHERE v IS NOT w),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_interactions_delete AFTER DELETE ON interactions BEGIN
    INSERT INTO change_log (entity, entity_id, action, changed_at, changed_by)
        VALUES ('interaction', old.id, 'deleted', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;

-- Ctrl+K finds deals by title. Kept in step by triggers like the company search; archived deals leave it.
CREATE VIRTUAL TABLE deal_search USING fts5(
    title, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
INSERT INTO deal_search (rowid, title) SELECT id, title FROM deals WHERE archived_at IS NULL ORDER BY id;
CREATE TRIGGER deals_search_insert AFTER INSERT ON deals WHEN new.archived_at IS NULL BEGIN
    INSERT INTO deal_search (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER deals_search_update AFTER UPDATE OF title, archived_at ON deals BEGIN
    DELETE FROM deal_search WHERE rowid = old.id;
    INSERT INTO deal_search (rowid, title) SELECT new.id, new.title WHERE new.archived_at IS NULL;
END;
CREATE TRIGGER deals_search_delete AFTER DELETE ON deals BEGIN
    DELETE FROM deal_search WHERE rowid = old.id;
END;

-- A contact's open complaints are read through interactions_by_contact (a contact has tens of interactions, not
-- millions), so schema 3's index of open complaints only cost a scan of every interaction whenever it was built.
DROP INDEX IF EXISTS interactions_open_complaints;
