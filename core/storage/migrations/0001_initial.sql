-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 1: the whole domain of DESIGN.md.
-- Times are UTC Unix milliseconds; dates without time (birthdays, expected close) are ISO 8601 text;
-- money is an integer of minor units next to an ISO 4217 currency code.

PRAGMA application_id = 1263424594;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES ('default_currency', 'EUR');

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    email TEXT,
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    archived_at INTEGER
);
INSERT INTO users (name, is_default) VALUES ('Owner', 1);

CREATE TABLE lead_sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    archived_at INTEGER
);
INSERT INTO lead_sources (name) VALUES
    ('Website'), ('Referral'), ('Cold call'), ('Trade show'), ('Social media'), ('Advertising');

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    lead_source_id INTEGER NOT NULL REFERENCES lead_sources (id),
    name TEXT NOT NULL,
    starts_on TEXT,
    ends_on TEXT,
    spend_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'EUR',
    archived_at INTEGER,
    UNIQUE (lead_source_id, name)
);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE companies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sort_name TEXT NOT NULL,
    parent_id INTEGER REFERENCES companies (id),
    industry TEXT,
    size TEXT,
    territory TEXT,
    website TEXT,
    phone TEXT,
    email TEXT,
    street TEXT,
    city TEXT,
    region TEXT,
    postal_code TEXT,
    country TEXT,
    owner_id INTEGER REFERENCES users (id),
    notes TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    archived_at INTEGER,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX companies_by_name ON companies (sort_name) WHERE archived_at IS NULL;
CREATE INDEX companies_by_parent ON companies (parent_id) WHERE parent_id IS NOT NULL;

CREATE TABLE company_tags (
    company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (company_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    sort_name TEXT NOT NULL DEFAULT '',
    company_id INTEGER REFERENCES companies (id),
    title TEXT,
    birthday TEXT,
    street TEXT,
    city TEXT,
    region TEXT,
    postal_code TEXT,
    country TEXT,
    lead_source_id INTEGER REFERENCES lead_sources (id),
    campaign_id INTEGER REFERENCES campaigns (id),
    status TEXT NOT NULL DEFAULT 'lead'
        CHECK (status IN ('lead', 'qualified', 'customer', 'inactive', 'lost')),
    owner_id INTEGER REFERENCES users (id),
    notes TEXT,
    last_interaction_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    archived_at INTEGER
);
-- The contacts page sorts a million rows in SQL: one index per sortable column, over active rows only.
CREATE INDEX contacts_by_name ON contacts (sort_name) WHERE archived_at IS NULL;
-- Statuses sort in the order of the sales process, not alphabetically (ContactRepository uses the same expression).
CREATE INDEX contacts_by_status ON contacts (
    (CASE status WHEN 'lead' THEN 1 WHEN 'qualified' THEN 2 WHEN 'customer' THEN 3 WHEN 'inactive' THEN 4 ELSE 5 END),
    sort_name) WHERE archived_at IS NULL;
CREATE INDEX contacts_by_last_interaction ON contacts (last_interaction_at) WHERE archived_at IS NULL;
CREATE INDEX contacts_by_created ON contacts (created_at) WHERE archived_at IS NULL;
CREATE INDEX contacts_by_company ON contacts (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX contacts_by_lead_source ON contacts (lead_source_id, created_at);
CREATE INDEX contacts_by_owner ON contacts (owner_id);
CREATE INDEX contacts_by_birthday ON contacts (substr(birthday, 6)) WHERE birthday IS NOT NULL;

CREATE TABLE contact_emails (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT,
    email TEXT NOT NULL,
    normalized TEXT NOT NULL
);
CREATE INDEX contact_emails_by_contact ON contact_emails (contact_id, position);
CREATE INDEX contact_emails_by_normalized ON contact_emails (normalized);

CREATE TABLE contact_phones (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT,
    phone TEXT NOT NULL,
    normalized TEXT NOT NULL
);
CREATE INDEX contact_phones_by_contact ON contact_phones (contact_id, position);
CREATE INDEX contact_phones_by_normalized ON contact_phones (normalized);

CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_by_tag ON contact_tags (tag_id);

CREATE TABLE stages (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    kind TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost')),
    stale_after_days INTEGER,
    archived_at INTEGER
);
INSERT INTO stages (name, position, probability, kind) VALUES
    ('New lead', 1, 5, 'open'),
    ('Initial contact', 2, 10, 'open'),
    ('Qualification', 3, 20, 'open'),
    ('Demo/Presentation', 4, 40, 'open'),
    ('Proposal', 5, 60, 'open'),
    ('Contract review', 6, 80, 'open'),
    ('Won', 7, 100, 'won'),
    ('Lost', 8, 0, 'lost');

CREATE TABLE deals (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    contact_id INTEGER REFERENCES contacts (id),
    company_id INTEGER REFERENCES companies (id),
    stage_id INTEGER NOT NULL REFERENCES stages (id),
    amount_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'EUR',
    expected_close TEXT,
    owner_id INTEGER REFERENCES users (id),
    lead_source_id INTEGER REFERENCES lead_sources (id),
    campaign_id INTEGER REFERENCES campaigns (id),
    stage_entered_at INTEGER NOT NULL,
    closed_at INTEGER,
    lost_reason TEXT,
    notes TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    archived_at INTEGER
);
CREATE INDEX deals_by_stage ON deals (stage_id) WHERE archived_at IS NULL;
CREATE INDEX deals_by_contact ON deals (contact_id);
CREATE INDEX deals_by_company ON deals (company_id);
CREATE INDEX deals_by_owner ON deals (owner_id);

CREATE TABLE deal_stage_history (
    id INTEGER PRIMARY KEY,
    deal_id INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    from_stage_id INTEGER REFERENCES stages (id),
    to_stage_id INTEGER NOT NULL REFERENCES stages (id),
    changed_at INTEGER NOT NULL,
    changed_by INTEGER REFERENCES users (id)
);
CREATE INDEX deal_stage_history_by_deal ON deal_stage_history (deal_id, changed_at);
CREATE INDEX deal_stage_history_by_time ON deal_stage_history (changed_at);

CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id),
    deal_id INTEGER REFERENCES deals (id),
    kind TEXT NOT NULL,
    direction TEXT CHECK (direction IS NULL OR direction IN ('inbound', 'outbound')),
    occurred_at INTEGER NOT NULL,
    duration_seconds INTEGER,
    subject TEXT,
    notes TEXT,
    outcome TEXT,
    resolved_at INTEGER,
    logged_by INTEGER REFERENCES users (id),
    created_at INTEGER NOT NULL,
    archived_at INTEGER
);
CREATE INDEX interactions_by_contact ON interactions (contact_id, occurred_at);
CREATE INDEX interactions_by_time ON interactions (occurred_at);
CREATE INDEX interactions_by_deal ON interactions (deal_id) WHERE deal_id IS NOT NULL;

CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    notes TEXT,
    due_at INTEGER NOT NULL,
    contact_id INTEGER REFERENCES contacts (id),
    deal_id INTEGER REFERENCES deals (id),
    owner_id INTEGER REFERENCES users (id),
    recurrence TEXT NOT NULL DEFAULT 'none'
        CHECK (recurrence IN ('none', 'daily', 'weekly', 'monthly', 'yearly')),
    snoozed_until INTEGER,
    done_at INTEGER,
    created_at INTEGER NOT NULL,
    archived_at INTEGER
);
CREATE INDEX reminders_open_by_due ON reminders (due_at) WHERE done_at IS NULL AND archived_at IS NULL;
CREATE INDEX reminders_by_contact ON reminders (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX reminders_by_deal ON reminders (deal_id) WHERE deal_id IS NOT NULL;

-- Full-text search. unicode61 with remove_diacritics 2 folds accents and splits every script on Unicode
-- word boundaries; the prefix indexes make as-you-type queries cheap.
-- contact_search is written by core's SearchIndex (a contact's text spans four tables); rowid = contacts.id.
CREATE VIRTUAL TABLE contact_search USING fts5(
    name, company, email, phone,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');

CREATE VIRTUAL TABLE company_search USING fts5(
    name, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
CREATE TRIGGER companies_search_insert AFTER INSERT ON companies WHEN new.archived_at IS NULL BEGIN
    INSERT INTO company_search (rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER companies_search_update AFTER UPDATE OF name, archived_at ON companies BEGIN
    DELETE FROM company_search WHERE rowid = old.id;
    INSERT INTO company_search (rowid, name) SELECT new.id, new.name WHERE new.archived_at IS NULL;
END;
CREATE TRIGGER companies_search_delete AFTER DELETE ON companies BEGIN
    DELETE FROM company_search WHERE rowid = old.id;
END;

-- Notes keep no token positions (detail = none): every searched word is its own prefix term, never a phrase, and
-- the index of ten million notes is built in half the time.
CREATE VIRTUAL TABLE interaction_search USING fts5(
    subject, notes, content = 'interactions', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', detail = none);
CREATE TRIGGER interactions_search_insert AFTER INSERT ON interactions BEGIN
    INSERT INTO interaction_search (rowid, subject, notes) VALUES (new.id, new.subject, new.notes);
END;
CREATE TRIGGER interactions_search_update AFTER UPDATE OF subject, notes ON interactions BEGIN
    INSERT INTO interaction_search (interaction_search, rowid, subject, notes)
        VALUES ('delete', old.id, old.subject, old.notes);
    INSERT INTO interaction_search (rowid, subject, notes) VALUES (new.id, new.subject, new.notes);
END;
CREATE TRIGGER interactions_search_delete AFTER DELETE ON interactions BEGIN
    INSERT INTO interaction_search (interaction_search, rowid, subject, notes)
        VALUES ('delete', old.id, old.subject, old.notes);
END;
