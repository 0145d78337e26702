-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 5: a contact's history also tells which emails, phone numbers and tags were added or removed.
-- They live in their own tables, so each added row is logged as "(empty) → value" and each removed one as
-- "value → (empty)" under the contact. Saving a contact writes only the rows that differ, so an unchanged address
-- logs nothing. Rows removed because their contact is deleted are not logged again: the contact's "deleted" says
-- it. A tag deleted everywhere is logged for each contact that had it, before its rows cascade away.

CREATE TRIGGER audit_contact_emails_insert AFTER INSERT ON contact_emails BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('contact', new.contact_id, 'updated', json_object('email', NULL), json_object('email', new.email),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_contact_emails_update AFTER UPDATE OF email ON contact_emails WHEN old.email IS NOT new.email BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('contact', new.contact_id, 'updated', json_object('email', old.email), json_object('email', new.email),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_contact_emails_delete AFTER DELETE ON contact_emails
    WHEN EXISTS (SELECT 1 FROM contacts WHERE id = old.contact_id) BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('contact', old.contact_id, 'updated', json_object('email', old.email), json_object('email', NULL),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;

CREATE TRIGGER audit_contact_phones_insert AFTER INSERT ON contact_phones BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('contact', new.contact_id, 'updated', json_object('phone', NULL), json_object('phone', new.phone),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_contact_phones_update AFTER UPDATE OF phone ON contact_phones WHEN old.phone IS NOT new.phone BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('contact', new.contact_id, 'updated', json_object('phone', old.phone), json_object('phone', new.phone),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_contact_phones_delete AFTER DELETE ON contact_phones
    WHEN EXISTS (SELECT 1 FROM contacts WHERE id = old.contact_id) BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('contact', old.contact_id, 'updated', json_object('phone', old.phone), json_object('phone', NULL),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;

CREATE TRIGGER audit_contact_tags_insert AFTER INSERT ON contact_tags BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('contact', new.contact_id, 'updated', json_object('tag', NULL),
            json_object('tag', (SELECT name FROM tags WHERE id = new.tag_id)),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_contact_tags_delete AFTER DELETE ON contact_tags
    WHEN EXISTS (SELECT 1 FROM contacts WHERE id = old.contact_id) AND EXISTS (SELECT 1 FROM tags WHERE id = old.tag_id) BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        VALUES ('contact', old.contact_id, 'updated', json_object('tag', (SELECT name FROM tags WHERE id = old.tag_id)),
            json_object('tag', NULL),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1));
END;
CREATE TRIGGER audit_tags_delete BEFORE DELETE ON tags BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        SELECT 'contact', contact_id, 'updated', json_object('tag', old.name), json_object('tag', NULL),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1)
        FROM contact_tags WHERE tag_id = old.id;
END;
