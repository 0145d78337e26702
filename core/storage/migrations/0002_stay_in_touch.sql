-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 2, for the Today page: a contact may ask to be contacted at least every N days, and the meetings of
-- a day are found without reading the day's calls and emails.

ALTER TABLE contacts ADD COLUMN stay_in_touch_days INTEGER CHECK (stay_in_touch_days IS NULL OR stay_in_touch_days > 0);

-- When the contact is next due: last contact plus the interval (NULL when never contacted).
CREATE INDEX contacts_by_touch_due ON contacts ((last_interaction_at + stay_in_touch_days * 86400000))
    WHERE stay_in_touch_days IS NOT NULL AND archived_at IS NULL;

CREATE INDEX interactions_meetings_by_time ON interactions (occurred_at) WHERE kind = 'meeting';
