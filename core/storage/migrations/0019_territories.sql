-- Schema 19: sales territories. A territory is named and made of parts: the countries it lies in, and within them
-- regions and postal codes, by prefix ("10") or by range ("20000" to "29999"). A contact or a company is in the first
-- territory, in their order, whose countries include its country (or that names none) and whose regions and postal
-- codes include its own (or that names none). Worked out from the address when asked (Territories), never stored for
-- each record, so that a changed address or territory needs no upkeep.
CREATE TABLE territories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE,
    position INTEGER NOT NULL
);

CREATE TABLE territory_parts (
    id INTEGER PRIMARY KEY,
    territory_id INTEGER NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('country', 'region', 'postal_prefix', 'postal_range')),
    value TEXT NOT NULL,
    value_to TEXT
);
CREATE INDEX territory_parts_by_territory ON territory_parts (territory_id);

-- Today's "who to call next" reads the customers of a segment by revenue, best first, and stops at ten.
CREATE INDEX contact_segments_by_revenue ON contact_segments (segment, monetary_minor, contact_id);
