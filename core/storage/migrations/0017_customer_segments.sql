-- Schema 17: each customer's RFM segment (RfmAnalysis) as of a day, for the Contacts page's column and filter and
-- Today's "who to call next". Derived from the won deals and rewritten by CustomerSegments::store, never typed; the
-- undo journal leaves both tables alone, and a refresh follows any change of deals.
CREATE TABLE contact_segments (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    segment TEXT NOT NULL,
    r INTEGER NOT NULL,
    f INTEGER NOT NULL,
    m INTEGER NOT NULL,
    -- The figures behind the scores, for saying why (Today's "who to call next"): the day the last won deal closed
    -- (kept rather than the days since, so that a new day rewrites only the rows whose scores move).
    last_won TEXT NOT NULL,
    frequency INTEGER NOT NULL,
    monetary_minor INTEGER NOT NULL
);
CREATE INDEX contact_segments_by_segment ON contact_segments (segment, contact_id);

-- The day and currency the segments were computed for: one row once they have been.
CREATE TABLE contact_segments_state (
    as_of TEXT NOT NULL,
    currency TEXT NOT NULL
);
