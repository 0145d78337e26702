-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kontor schema 8: whether libphonenumber finds a phone number valid. A number can be read (and matched in E.164)
-- and still not be one that exists ("+44 889 442828"); the data health check counts both kinds. 1 valid, 0 not
-- valid or not readable, NULL not checked yet: numbers saved before this version, and the demo's, which the data
-- health check reads once (core/cleanup/DataHealth) and stores with their E.164 match key.
-- Not even the unreadable ones are marked here: versions before libphonenumber stored the digits alone as the key,
-- so a key without "+" says nothing.
ALTER TABLE contact_phones ADD COLUMN valid INTEGER;

-- Both are small next to the table: the few numbers not valid, and those not checked yet.
CREATE INDEX contact_phones_not_valid ON contact_phones (contact_id) WHERE valid = 0;
CREATE INDEX contact_phones_unchecked ON contact_phones (id) WHERE valid IS NULL;
