-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 2: a contact may ask to be contacted at least every N days; the Today page lists those overdue.

ALTER TABLE contacts ADD COLUMN stay_in_touch_days INTEGER CHECK (stay_in_touch_days IS NULL OR stay_in_touch_days > 0);

-- When the contact is next due: last contact plus the interval (NULL when never contacted).
CREATE INDEX contacts_by_touch_due ON contacts ((last_interaction_at + stay_in_touch_days * 86400000))
    WHERE stay_in_touch_days IS NOT NULL AND archived_at IS NULL;
