-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 13: fields that a business adds to its contacts, companies and deals. They are data, not schema:
-- a definition per field, and one typed value per field and record, so that adding a field never changes a table
-- and the same design serves the PostgreSQL team server. Each value lives in the column of its type:
--   text, longtext: text_value;   date: text_value as ISO 8601 (yyyy-MM-dd), which sorts as dates do;
--   number: number_value;   money: integer_value (minor units) and currency;   checkbox: integer_value 0 or 1;
--   choice: integer_value, the option's id;   contact, company: integer_value, the linked record's id;
--   choices (multiple choice): a row per chosen option in custom_value_choices, none in custom_values.
-- record_id points into the table that the field's `record` names; triggers below remove the values of a record
-- that is deleted (archiving keeps them), and links to it.

CREATE TABLE custom_fields (
    id INTEGER PRIMARY KEY,
    record TEXT NOT NULL CHECK (record IN ('contact', 'company', 'deal')),
    -- Used by the command line, CSV headers and the import's mapping: lower case, digits and underscores.
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('text', 'longtext', 'number', 'money', 'date', 'checkbox', 'choice',
                                       'choices', 'contact', 'company')),
    position INTEGER NOT NULL,
    required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
    searchable INTEGER NOT NULL DEFAULT 0 CHECK (searchable IN (0, 1)),
    -- Money fields: the currency a value gets when none is given.
    currency TEXT,
    archived_at INTEGER,
    UNIQUE (record, key)
);

CREATE TABLE custom_field_options (
    id INTEGER PRIMARY KEY,
    field_id INTEGER NOT NULL REFERENCES custom_fields (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    position INTEGER NOT NULL,
    archived_at INTEGER
);
CREATE INDEX custom_field_options_by_field ON custom_field_options (field_id, position);

CREATE TABLE custom_values (
    id INTEGER PRIMARY KEY,
    field_id INTEGER NOT NULL REFERENCES custom_fields (id) ON DELETE CASCADE,
    record_id INTEGER NOT NULL,
    text_value TEXT,
    number_value REAL,
    integer_value INTEGER,
    currency TEXT,
    UNIQUE (field_id, record_id)
);
-- A list sorted or filtered by a field walks the field's values in order: one index per value column, each over
-- the rows that use it, so a value costs one entry in one of them.
CREATE INDEX custom_values_by_text ON custom_values (field_id, text_value) WHERE text_value IS NOT NULL;
CREATE INDEX custom_values_by_number ON custom_values (field_id, number_value) WHERE number_value IS NOT NULL;
CREATE INDEX custom_values_by_integer ON custom_values (field_id, integer_value) WHERE integer_value IS NOT NULL;

CREATE TABLE custom_value_choices (
    field_id INTEGER NOT NULL REFERENCES custom_fields (id) ON DELETE CASCADE,
    record_id INTEGER NOT NULL,
    option_id INTEGER NOT NULL REFERENCES custom_field_options (id) ON DELETE CASCADE,
    PRIMARY KEY (field_id, record_id, option_id)
) WITHOUT ROWID;
CREATE INDEX custom_value_choices_by_option ON custom_value_choices (option_id, record_id);

-- A deleted record takes its values along, and a link to it is emptied.
CREATE TRIGGER custom_values_of_contact_delete AFTER DELETE ON contacts BEGIN
    DELETE FROM custom_values WHERE record_id = old.id
        AND field_id IN (SELECT id FROM custom_fields WHERE record = 'contact');
    DELETE FROM custom_value_choices WHERE record_id = old.id
        AND field_id IN (SELECT id FROM custom_fields WHERE record = 'contact');
    DELETE FROM custom_values WHERE integer_value = old.id
        AND field_id IN (SELECT id FROM custom_fields WHERE type = 'contact');
END;
CREATE TRIGGER custom_values_of_company_delete AFTER DELETE ON companies BEGIN
    DELETE FROM custom_values WHERE record_id = old.id
        AND field_id IN (SELECT id FROM custom_fields WHERE record = 'company');
    DELETE FROM custom_value_choices WHERE record_id = old.id
        AND field_id IN (SELECT id FROM custom_fields WHERE record = 'company');
    DELETE FROM custom_values WHERE integer_value = old.id
        AND field_id IN (SELECT id FROM custom_fields WHERE type = 'company');
END;
CREATE TRIGGER custom_values_of_deal_delete AFTER DELETE ON deals BEGIN
    DELETE FROM custom_values WHERE record_id = old.id
        AND field_id IN (SELECT id FROM custom_fields WHERE record = 'deal');
    DELETE FROM custom_value_choices WHERE record_id = old.id
        AND field_id IN (SELECT id FROM custom_fields WHERE record = 'deal');
END;

-- The change history of the record: a value set, changed or emptied is logged under the record as "field:<id>"
-- (so a renamed field still reads with its current name), as its raw value: a money value as "minor currency", a
-- choice as the option's label at the time. Values removed with their record are not logged again.
CREATE TRIGGER audit_custom_values_insert AFTER INSERT ON custom_values BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        SELECT f.record, new.record_id, 'updated', json_object('field:' || f.id, NULL),
            json_object('field:' || f.id, CASE f.type
                WHEN 'money' THEN new.integer_value || ' ' || new.currency
                WHEN 'choice' THEN (SELECT label FROM custom_field_options WHERE id = new.integer_value)
                WHEN 'number' THEN new.number_value
                WHEN 'checkbox' THEN new.integer_value WHEN 'contact' THEN new.integer_value
                WHEN 'company' THEN new.integer_value
                ELSE new.text_value END),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1)
        FROM custom_fields f WHERE f.id = new.field_id;
END;
CREATE TRIGGER audit_custom_values_update AFTER UPDATE ON custom_values
    WHEN old.text_value IS NOT new.text_value OR old.number_value IS NOT new.number_value
        OR old.integer_value IS NOT new.integer_value OR old.currency IS NOT new.currency BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        SELECT f.record, new.record_id, 'updated',
            json_object('field:' || f.id, CASE f.type
                WHEN 'money' THEN old.integer_value || ' ' || old.currency
                WHEN 'choice' THEN (SELECT label FROM custom_field_options WHERE id = old.integer_value)
                WHEN 'number' THEN old.number_value
                WHEN 'checkbox' THEN old.integer_value WHEN 'contact' THEN old.integer_value
                WHEN 'company' THEN old.integer_value
                ELSE old.text_value END),
            json_object('field:' || f.id, CASE f.type
                WHEN 'money' THEN new.integer_value || ' ' || new.currency
                WHEN 'choice' THEN (SELECT label FROM custom_field_options WHERE id = new.integer_value)
                WHEN 'number' THEN new.number_value
                WHEN 'checkbox' THEN new.integer_value WHEN 'contact' THEN new.integer_value
                WHEN 'company' THEN new.integer_value
                ELSE new.text_value END),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1)
        FROM custom_fields f WHERE f.id = new.field_id;
END;
CREATE TRIGGER audit_custom_values_delete AFTER DELETE ON custom_values
    WHEN (SELECT CASE record WHEN 'contact' THEN EXISTS (SELECT 1 FROM contacts WHERE id = old.record_id)
                             WHEN 'company' THEN EXISTS (SELECT 1 FROM companies WHERE id = old.record_id)
                             ELSE EXISTS (SELECT 1 FROM deals WHERE id = old.record_id) END
          FROM custom_fields WHERE id = old.field_id) BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        SELECT f.record, old.record_id, 'updated',
            json_object('field:' || f.id, CASE f.type
                WHEN 'money' THEN old.integer_value || ' ' || old.currency
                WHEN 'choice' THEN (SELECT label FROM custom_field_options WHERE id = old.integer_value)
                WHEN 'number' THEN old.number_value
                WHEN 'checkbox' THEN old.integer_value WHEN 'contact' THEN old.integer_value
                WHEN 'company' THEN old.integer_value
                ELSE old.text_value END),
            json_object('field:' || f.id, NULL),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1)
        FROM custom_fields f WHERE f.id = old.field_id;
END;
CREATE TRIGGER audit_custom_value_choices_insert AFTER INSERT ON custom_value_choices BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        SELECT f.record, new.record_id, 'updated', json_object('field:' || f.id, NULL),
            json_object('field:' || f.id, (SELECT label FROM custom_field_options WHERE id = new.option_id)),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1)
        FROM custom_fields f WHERE f.id = new.field_id;
END;
CREATE TRIGGER audit_custom_value_choices_delete AFTER DELETE ON custom_value_choices
    WHEN (SELECT CASE record WHEN 'contact' THEN EXISTS (SELECT 1 FROM contacts WHERE id = old.record_id)
                             WHEN 'company' THEN EXISTS (SELECT 1 FROM companies WHERE id = old.record_id)
                             ELSE EXISTS (SELECT 1 FROM deals WHERE id = old.record_id) END
          FROM custom_fields WHERE id = old.field_id) BEGIN
    INSERT INTO change_log (entity, entity_id, action, old_values, new_values, changed_at, changed_by)
        SELECT f.record, old.record_id, 'updated',
            json_object('field:' || f.id, (SELECT label FROM custom_field_options WHERE id = old.option_id)),
            json_object('field:' || f.id, NULL),
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT id FROM users WHERE is_default = 1 ORDER BY id LIMIT 1)
        FROM custom_fields f WHERE f.id = old.field_id;
END;
