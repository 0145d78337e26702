-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 6, for the reports: summaries by the hour of what the weekly figures and the activity report count,
-- kept in step by triggers in the same transaction, because counting a quarter of ten million interactions takes
-- seconds and these answer in milliseconds. Hours (UTC, since 1970) and not days, so that a week cut at local
-- midnight in any whole-hour time zone is a range of whole rows; the few rows of an hour that a period boundary
-- cuts (half-hour zones) are read from the tables themselves. ReportSummaries::check (and `kontor-cli check`)
-- proves both equal to the plain GROUP BY of the rows they summarise.

-- A call or meeting whose "next step" booked a meeting points at it: "led to another appointment".
ALTER TABLE interactions ADD COLUMN next_meeting_id INTEGER REFERENCES interactions (id) ON DELETE SET NULL;

-- Interactions not archived, by the hour they took place; a resolved complaint is counted a second time, as kind
-- 'complaint_resolved', in the hour it was resolved. outcome '' and logged_by 0 stand for none.
CREATE TABLE interaction_hours (
    hour INTEGER NOT NULL,
    kind TEXT NOT NULL,
    outcome TEXT NOT NULL,
    logged_by INTEGER NOT NULL,
    led INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (hour, kind, outcome, logged_by, led)
) WITHOUT ROWID;
INSERT INTO interaction_hours (hour, kind, outcome, logged_by, led, count)
    SELECT occurred_at / 3600000, kind, coalesce(outcome, ''), coalesce(logged_by, 0), next_meeting_id IS NOT NULL,
        count(*)
    FROM interactions WHERE archived_at IS NULL GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT resolved_at / 3600000, 'complaint_resolved', '', coalesce(logged_by, 0), 0, count(*)
    FROM interactions WHERE archived_at IS NULL AND kind = 'complaint' AND resolved_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER reports_interactions_insert AFTER INSERT ON interactions WHEN new.archived_at IS NULL BEGIN
    INSERT INTO interaction_hours (hour, kind, outcome, logged_by, led, count)
        VALUES (new.occurred_at / 3600000, new.kind, coalesce(new.outcome, ''), coalesce(new.logged_by, 0),
            new.next_meeting_id IS NOT NULL, 1)
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO interaction_hours (hour, kind, outcome, logged_by, led, count)
        SELECT new.resolved_at / 3600000, 'complaint_resolved', '', coalesce(new.logged_by, 0), 0, 1
        WHERE new.kind = 'complaint' AND new.resolved_at IS NOT NULL
        ON CONFLICT DO UPDATE SET count = count + 1;
END;
CREATE TRIGGER reports_interactions_delete AFTER DELETE ON interactions WHEN old.archived_at IS NULL BEGIN
    UPDATE interaction_hours SET count = count - 1
        WHERE hour = old.occurred_at / 3600000 AND kind = old.kind AND outcome = coalesce(old.outcome, '')
          AND logged_by = coalesce(old.logged_by, 0) AND led = (old.next_meeting_id IS NOT NULL);
    UPDATE interaction_hours SET count = count - 1
        WHERE old.kind = 'complaint' AND old.resolved_at IS NOT NULL AND hour = old.resolved_at / 3600000
          AND kind = 'complaint_resolved' AND outcome = '' AND logged_by = coalesce(old.logged_by, 0) AND led = 0;
END;
CREATE TRIGGER reports_interactions_update AFTER UPDATE OF occurred_at, kind, outcome, logged_by, next_meeting_id,
    resolved_at, archived_at ON interactions BEGIN
    UPDATE interaction_hours SET count = count - 1
        WHERE old.archived_at IS NULL AND hour = old.occurred_at / 3600000 AND kind = old.kind
          AND outcome = coalesce(old.outcome, '') AND logged_by = coalesce(old.logged_by, 0)
          AND led = (old.next_meeting_id IS NOT NULL);
    UPDATE interaction_hours SET count = count - 1
        WHERE old.archived_at IS NULL AND old.kind = 'complaint' AND old.resolved_at IS NOT NULL
          AND hour = old.resolved_at / 3600000 AND kind = 'complaint_resolved' AND outcome = ''
          AND logged_by = coalesce(old.logged_by, 0) AND led = 0;
    INSERT INTO interaction_hours (hour, kind, outcome, logged_by, led, count)
        SELECT new.occurred_at / 3600000, new.kind, coalesce(new.outcome, ''), coalesce(new.logged_by, 0),
            new.next_meeting_id IS NOT NULL, 1
        WHERE new.archived_at IS NULL
        ON CONFLICT DO UPDATE SET count = count + 1;
    INSERT INTO interaction_hours (hour, kind, outcome, logged_by, led, count)
        SELECT new.resolved_at / 3600000, 'complaint_resolved', '', coalesce(new.logged_by, 0), 0, 1
        WHERE new.archived_at IS NULL AND new.kind = 'complaint' AND new.resolved_at IS NOT NULL
        ON CONFLICT DO UPDATE SET count = count + 1;
END;

-- Stage changes of deals not archived, by the hour they happened, with the deal's owner, currency and amount as
-- they are now (a change to the deal moves its changes between rows). created = 1 for a deal's first stage.
CREATE TABLE deal_move_hours (
    hour INTEGER NOT NULL,
    to_stage_id INTEGER NOT NULL,
    created INTEGER NOT NULL,
    changed_by INTEGER NOT NULL,
    owner_id INTEGER NOT NULL,
    currency TEXT NOT NULL,
    moves INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    PRIMARY KEY (hour, to_stage_id, created, changed_by, owner_id, currency)
) WITHOUT ROWID;
INSERT INTO deal_move_hours (hour, to_stage_id, created, changed_by, owner_id, currency, moves, amount_minor)
    SELECT h.changed_at / 3600000, h.to_stage_id, h.from_stage_id IS NULL, coalesce(h.changed_by, 0),
        coalesce(d.owner_id, 0), d.currency, count(*), sum(d.amount_minor)
    FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id WHERE d.archived_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6;

CREATE TRIGGER reports_moves_insert AFTER INSERT ON deal_stage_history BEGIN
    INSERT INTO deal_move_hours (hour, to_stage_id, created, changed_by, owner_id, currency, moves, amount_minor)
        SELECT new.changed_at / 3600000, new.to_stage_id, new.from_stage_id IS NULL, coalesce(new.changed_by, 0),
            coalesce(d.owner_id, 0), d.currency, 1, d.amount_minor
        FROM deals d WHERE d.id = new.deal_id AND d.archived_at IS NULL
        ON CONFLICT DO UPDATE SET moves = moves + 1, amount_minor = amount_minor + excluded.amount_minor;
END;
-- A deal deleted takes its history with it: the deal's trigger below takes its moves out while the deal is still
-- there to say what they were counted under, and this one only acts for a deal that remains.
CREATE TRIGGER reports_moves_delete AFTER DELETE ON deal_stage_history BEGIN
    UPDATE deal_move_hours SET moves = moves - 1,
        amount_minor = amount_minor - (SELECT amount_minor FROM deals WHERE id = old.deal_id)
        WHERE hour = old.changed_at / 3600000 AND to_stage_id = old.to_stage_id
          AND created = (old.from_stage_id IS NULL) AND changed_by = coalesce(old.changed_by, 0)
          AND (owner_id, currency) = (SELECT coalesce(owner_id, 0), currency FROM deals
                                      WHERE id = old.deal_id AND archived_at IS NULL);
END;
CREATE TRIGGER reports_moves_update AFTER UPDATE OF deal_id, to_stage_id, from_stage_id, changed_at, changed_by
    ON deal_stage_history BEGIN
    UPDATE deal_move_hours SET moves = moves - 1,
        amount_minor = amount_minor - (SELECT amount_minor FROM deals WHERE id = old.deal_id)
        WHERE hour = old.changed_at / 3600000 AND to_stage_id = old.to_stage_id
          AND created = (old.from_stage_id IS NULL) AND changed_by = coalesce(old.changed_by, 0)
          AND (owner_id, currency) = (SELECT coalesce(owner_id, 0), currency FROM deals
                                      WHERE id = old.deal_id AND archived_at IS NULL);
    INSERT INTO deal_move_hours (hour, to_stage_id, created, changed_by, owner_id, currency, moves, amount_minor)
        SELECT new.changed_at / 3600000, new.to_stage_id, new.from_stage_id IS NULL, coalesce(new.changed_by, 0),
            coalesce(d.owner_id, 0), d.currency, 1, d.amount_minor
        FROM deals d WHERE d.id = new.deal_id AND d.archived_at IS NULL
        ON CONFLICT DO UPDATE SET moves = moves + 1, amount_minor = amount_minor + excluded.amount_minor;
END;
CREATE TRIGGER reports_deals_delete BEFORE DELETE ON deals WHEN old.archived_at IS NULL BEGIN
    UPDATE deal_move_hours SET moves = deal_move_hours.moves - m.moves,
        amount_minor = deal_move_hours.amount_minor - m.moves * old.amount_minor
        FROM (SELECT changed_at / 3600000 AS hour, to_stage_id, from_stage_id IS NULL AS created,
                  coalesce(changed_by, 0) AS changed_by, count(*) AS moves
              FROM deal_stage_history WHERE deal_id = old.id GROUP BY 1, 2, 3, 4) AS m
        WHERE deal_move_hours.hour = m.hour AND deal_move_hours.to_stage_id = m.to_stage_id
          AND deal_move_hours.created = m.created AND deal_move_hours.changed_by = m.changed_by
          AND deal_move_hours.owner_id = coalesce(old.owner_id, 0) AND deal_move_hours.currency = old.currency;
END;
CREATE TRIGGER reports_deals_update AFTER UPDATE OF owner_id, currency, amount_minor, archived_at ON deals BEGIN
    UPDATE deal_move_hours SET moves = deal_move_hours.moves - m.moves,
        amount_minor = deal_move_hours.amount_minor - m.moves * old.amount_minor
        FROM (SELECT changed_at / 3600000 AS hour, to_stage_id, from_stage_id IS NULL AS created,
                  coalesce(changed_by, 0) AS changed_by, count(*) AS moves
              FROM deal_stage_history WHERE deal_id = old.id GROUP BY 1, 2, 3, 4) AS m
        WHERE old.archived_at IS NULL AND deal_move_hours.hour = m.hour
          AND deal_move_hours.to_stage_id = m.to_stage_id AND deal_move_hours.created = m.created
          AND deal_move_hours.changed_by = m.changed_by AND deal_move_hours.owner_id = coalesce(old.owner_id, 0)
          AND deal_move_hours.currency = old.currency;
    INSERT INTO deal_move_hours (hour, to_stage_id, created, changed_by, owner_id, currency, moves, amount_minor)
        SELECT changed_at / 3600000, to_stage_id, from_stage_id IS NULL, coalesce(changed_by, 0),
            coalesce(new.owner_id, 0), new.currency, count(*), count(*) * new.amount_minor
        FROM deal_stage_history WHERE new.archived_at IS NULL AND deal_id = new.id GROUP BY 1, 2, 3, 4
        ON CONFLICT DO UPDATE SET moves = moves + excluded.moves, amount_minor = amount_minor + excluded.amount_minor;
END;

-- The funnel. Per deal and stage: when the deal first reached the stage, and when it first went on from there to a
-- stage further along that is not Lost (NULL while it has not; always NULL for Won and Lost). A deal's facts are
-- worked out again from its history whenever that changes, and when stages are reordered.
CREATE TABLE deal_stage_facts (
    deal_id INTEGER NOT NULL,
    stage_id INTEGER NOT NULL,
    reached_at INTEGER NOT NULL,
    went_on_at INTEGER,
    PRIMARY KEY (deal_id, stage_id)
) WITHOUT ROWID;
CREATE INDEX deal_stage_facts_by_time ON deal_stage_facts (reached_at);
-- The facts as worked out from the history: what the table must equal, and what the triggers below copy for the
-- deals they touch (SQLite narrows the view to those deals).
CREATE VIEW deal_stage_facts_plain AS
    WITH firsts AS (SELECT deal_id, to_stage_id AS stage_id, min(changed_at) AS reached_at FROM deal_stage_history
                    GROUP BY 1, 2)
    SELECT f.deal_id, f.stage_id, f.reached_at,
        CASE WHEN s.kind = 'open' THEN (SELECT min(n.changed_at) FROM deal_stage_history n
            JOIN stages ns ON ns.id = n.to_stage_id
            WHERE n.deal_id = f.deal_id AND n.changed_at >= f.reached_at AND ns.kind <> 'lost'
              AND (ns.kind = 'won' OR ns.position > s.position)) END AS went_on_at
    FROM firsts f JOIN stages s ON s.id = f.stage_id;
INSERT INTO deal_stage_facts (deal_id, stage_id, reached_at, went_on_at) SELECT * FROM deal_stage_facts_plain;

-- The facts of deals not archived, by the hour the stage was first reached: how many, their amounts, how many went
-- on and how long they took to (ms, summed).
CREATE TABLE funnel_hours (
    hour INTEGER NOT NULL,
    stage_id INTEGER NOT NULL,
    owner_id INTEGER NOT NULL,
    currency TEXT NOT NULL,
    reached INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    went_on INTEGER NOT NULL,
    went_on_ms INTEGER NOT NULL,
    PRIMARY KEY (hour, stage_id, owner_id, currency)
) WITHOUT ROWID;
INSERT INTO funnel_hours (hour, stage_id, owner_id, currency, reached, amount_minor, went_on, went_on_ms)
    SELECT f.reached_at / 3600000, f.stage_id, coalesce(d.owner_id, 0), d.currency, count(*), sum(d.amount_minor),
        count(f.went_on_at), coalesce(sum(f.went_on_at - f.reached_at), 0)
    FROM deal_stage_facts f JOIN deals d ON d.id = f.deal_id WHERE d.archived_at IS NULL GROUP BY 1, 2, 3, 4;

CREATE TRIGGER reports_facts_insert AFTER INSERT ON deal_stage_facts BEGIN
    INSERT INTO funnel_hours (hour, stage_id, owner_id, currency, reached, amount_minor, went_on, went_on_ms)
        SELECT new.reached_at / 3600000, new.stage_id, coalesce(d.owner_id, 0), d.currency, 1, d.amount_minor,
            new.went_on_at IS NOT NULL, coalesce(new.went_on_at - new.reached_at, 0)
        FROM deals d WHERE d.id = new.deal_id AND d.archived_at IS NULL
        ON CONFLICT DO UPDATE SET reached = reached + 1, amount_minor = amount_minor + excluded.amount_minor,
            went_on = went_on + excluded.went_on, went_on_ms = went_on_ms + excluded.went_on_ms;
END;
CREATE TRIGGER reports_facts_delete AFTER DELETE ON deal_stage_facts BEGIN
    UPDATE funnel_hours SET reached = reached - 1,
        amount_minor = amount_minor - (SELECT amount_minor FROM deals WHERE id = old.deal_id),
        went_on = went_on - (old.went_on_at IS NOT NULL),
        went_on_ms = went_on_ms - coalesce(old.went_on_at - old.reached_at, 0)
        WHERE hour = old.reached_at / 3600000 AND stage_id = old.stage_id
          AND (owner_id, currency) = (SELECT coalesce(owner_id, 0), currency FROM deals
                                      WHERE id = old.deal_id AND archived_at IS NULL);
END;
CREATE TRIGGER reports_facts_history_insert AFTER INSERT ON deal_stage_history BEGIN
    DELETE FROM deal_stage_facts WHERE deal_id = new.deal_id;
    INSERT INTO deal_stage_facts (deal_id, stage_id, reached_at, went_on_at)
        SELECT * FROM deal_stage_facts_plain WHERE deal_id = new.deal_id;
END;
CREATE TRIGGER reports_facts_history_delete AFTER DELETE ON deal_stage_history BEGIN
    DELETE FROM deal_stage_facts WHERE deal_id = old.deal_id;
    INSERT INTO deal_stage_facts (deal_id, stage_id, reached_at, went_on_at)
        SELECT * FROM deal_stage_facts_plain WHERE deal_id = old.deal_id;
END;
CREATE TRIGGER reports_facts_history_update AFTER UPDATE OF deal_id, to_stage_id, changed_at ON deal_stage_history
BEGIN
    DELETE FROM deal_stage_facts WHERE deal_id IN (old.deal_id, new.deal_id);
    INSERT INTO deal_stage_facts (deal_id, stage_id, reached_at, went_on_at)
        SELECT * FROM deal_stage_facts_plain WHERE deal_id IN (old.deal_id, new.deal_id);
END;
-- Reordering stages changes what "further along" means: every deal's facts are worked out again.
CREATE TRIGGER reports_facts_stages_update AFTER UPDATE OF position, kind ON stages BEGIN
    DELETE FROM deal_stage_facts;
    INSERT INTO deal_stage_facts (deal_id, stage_id, reached_at, went_on_at)
        SELECT * FROM deal_stage_facts_plain;
END;
CREATE TRIGGER reports_funnel_deals_delete BEFORE DELETE ON deals WHEN old.archived_at IS NULL BEGIN
    UPDATE funnel_hours SET reached = funnel_hours.reached - m.reached,
        amount_minor = funnel_hours.amount_minor - m.reached * old.amount_minor,
        went_on = funnel_hours.went_on - m.went_on, went_on_ms = funnel_hours.went_on_ms - m.went_on_ms
        FROM (SELECT reached_at / 3600000 AS hour, stage_id, count(*) AS reached, count(went_on_at) AS went_on,
                  coalesce(sum(went_on_at - reached_at), 0) AS went_on_ms
              FROM deal_stage_facts WHERE deal_id = old.id GROUP BY 1, 2) AS m
        WHERE funnel_hours.hour = m.hour AND funnel_hours.stage_id = m.stage_id
          AND funnel_hours.owner_id = coalesce(old.owner_id, 0) AND funnel_hours.currency = old.currency;
END;
CREATE TRIGGER reports_funnel_deals_update AFTER UPDATE OF owner_id, currency, amount_minor, archived_at ON deals
BEGIN
    UPDATE funnel_hours SET reached = funnel_hours.reached - m.reached,
        amount_minor = funnel_hours.amount_minor - m.reached * old.amount_minor,
        went_on = funnel_hours.went_on - m.went_on, went_on_ms = funnel_hours.went_on_ms - m.went_on_ms
        FROM (SELECT reached_at / 3600000 AS hour, stage_id, count(*) AS reached, count(went_on_at) AS went_on,
                  coalesce(sum(went_on_at - reached_at), 0) AS went_on_ms
              FROM deal_stage_facts WHERE deal_id = old.id GROUP BY 1, 2) AS m
        WHERE old.archived_at IS NULL AND funnel_hours.hour = m.hour AND funnel_hours.stage_id = m.stage_id
          AND funnel_hours.owner_id = coalesce(old.owner_id, 0) AND funnel_hours.currency = old.currency;
    INSERT INTO funnel_hours (hour, stage_id, owner_id, currency, reached, amount_minor, went_on, went_on_ms)
        SELECT reached_at / 3600000, stage_id, coalesce(new.owner_id, 0), new.currency, count(*),
            count(*) * new.amount_minor, count(went_on_at), coalesce(sum(went_on_at - reached_at), 0)
        FROM deal_stage_facts WHERE new.archived_at IS NULL AND deal_id = new.id GROUP BY 1, 2
        ON CONFLICT DO UPDATE SET reached = reached + excluded.reached,
            amount_minor = amount_minor + excluded.amount_minor, went_on = went_on + excluded.went_on,
            went_on_ms = went_on_ms + excluded.went_on_ms;
END;

-- New leads per source and campaign, and per salesperson, counted from indexes alone: each replaces an index that is
-- its first columns, which the contacts list's filters go on using.
DROP INDEX contacts_by_lead_source;
CREATE INDEX contacts_by_lead_source ON contacts (lead_source_id, created_at, campaign_id, status, owner_id, archived_at);
DROP INDEX contacts_by_owner;
CREATE INDEX contacts_by_owner ON contacts (owner_id, created_at);
-- Complaints by the time they were resolved, for the hours a period boundary cuts.
CREATE INDEX interactions_complaints_by_resolved ON interactions (resolved_at) WHERE kind = 'complaint';
-- Won deals by the time they closed, a range for each Won stage (lead sources: customers and revenue).
CREATE INDEX deals_by_closed ON deals (stage_id, closed_at) WHERE closed_at IS NOT NULL AND archived_at IS NULL;
