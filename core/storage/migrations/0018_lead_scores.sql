-- Schema 18: lead scoring. Rules in two groups, as the best tools keep them apart: fit (a condition on a field of the
-- contact, FieldConditions' text form such as "title ~ director") and engagement (interactions of a kind and outcome
-- within some days, or with points that halve every so many days). Each contact's score (0 to 100) is derived data,
-- kept by LeadScoring: never typed, recomputed as things happen and in full on demand.
CREATE TABLE score_rules (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    grp TEXT NOT NULL CHECK (grp IN ('fit', 'engagement')),
    name TEXT NOT NULL,
    condition TEXT,
    interaction_kind TEXT,
    outcome TEXT,
    days INTEGER NOT NULL DEFAULT 30,
    decays INTEGER NOT NULL DEFAULT 0,
    points INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE contact_scores (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    score INTEGER NOT NULL,
    fit INTEGER NOT NULL,
    engagement INTEGER NOT NULL,
    computed_at INTEGER NOT NULL
);
CREATE INDEX contact_scores_by_score ON contact_scores (score, contact_id);
