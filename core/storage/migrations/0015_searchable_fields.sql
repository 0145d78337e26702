-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 15: the contacts' search index holds the text of their searchable custom fields (text and long text
-- fields marked "searchable" in Settings → Fields), in a column of its own, so that a search for "ada training"
-- finds Ada whose need says training. FTS5 cannot add a column to a table: the index is made again with it and the
-- entries copied over, the fields' text added as core/search/Search.cpp's contactEntries() writes it (there it is
-- folded as Persian is typed; the few values kept before this schema are not).
CREATE VIRTUAL TABLE contact_search_15 USING fts5(
    name, company, email, phone, fields,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');

INSERT INTO contact_search_15 (rowid, name, company, email, phone, fields)
SELECT s.rowid, s.name, s.company, s.email, s.phone,
    (SELECT group_concat(v.text_value, ' ') FROM custom_fields f
        JOIN custom_values v ON v.field_id = f.id AND v.record_id = s.rowid
        WHERE f.record = 'contact' AND f.searchable = 1 AND f.archived_at IS NULL AND f.type IN ('text', 'longtext'))
FROM contact_search s ORDER BY s.rowid;

DROP TABLE contact_search;
ALTER TABLE contact_search_15 RENAME TO contact_search;
