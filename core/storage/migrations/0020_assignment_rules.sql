-- Schema 20: assignment rules, which give a new contact (and, when asked, chosen ones) an owner. They are tried in
-- their order and the first whose conditions all hold assigns: to one salesperson, to the owner of the contact's
-- company, or to one of a group, in turn (round robin) or to whoever has the fewest open deals.
CREATE TABLE assignment_rules (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    -- A JSON array of conditions as FieldConditions writes them ("country = DE", "territory = North"); all must
    -- hold. An empty array holds for everyone.
    conditions TEXT NOT NULL DEFAULT '[]',
    target TEXT NOT NULL CHECK (target IN ('salesperson', 'company_owner', 'round_robin', 'fewest_open_deals')),
    active INTEGER NOT NULL DEFAULT 1
);

-- The salesperson of a 'salesperson' rule, or the group of a shared one, in the group's order.
CREATE TABLE assignment_rule_members (
    id INTEGER PRIMARY KEY,
    rule_id INTEGER NOT NULL REFERENCES assignment_rules (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    position INTEGER NOT NULL
);
CREATE INDEX assignment_rule_members_by_rule ON assignment_rule_members (rule_id);

-- Whose turn it is in a round robin: the salesperson the rule gave its last contact to. Apart from the rules, so that
-- editing a rule does not start its turns again, and in the database, so that turns stay fair across restarts and
-- between the window and kontor-cli.
CREATE TABLE assignment_turns (
    rule_id INTEGER PRIMARY KEY,
    last_user_id INTEGER
);
