-- Readout store, schema version 6 (see Schema.java for the upgrades of older stores). One SQLite file; WAL so that
-- readers (the server) never block the writer. The json columns hold the stages' records as StoredJson writes them
-- (schema version 5): JSON without the text of evidence that the document's text holds at its offsets, deflated
-- with the dictionary readout/store/json-dictionary.json behind a format byte; rows of older stores are plain JSON.
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per distinct cleaned text: the id is derived from the text, so re-ingesting changes nothing.
CREATE TABLE IF NOT EXISTS documents (
  id          TEXT PRIMARY KEY,
  source      TEXT NOT NULL,
  url         TEXT,
  title       TEXT,
  outlet      TEXT,
  kind        TEXT NOT NULL,
  language    TEXT,
  text        TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);

-- Each sentence's offsets in its document's text, which holds its words (schema version 5; a copy was kept before).
CREATE TABLE IF NOT EXISTS sentences (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  PRIMARY KEY (document_id, idx)
);

-- What the per-document stages read from a document (engagement reports with evidence), as JSON, and which
-- engine version and knowledge digest read it (schema version 3; null for extractions stored before).
CREATE TABLE IF NOT EXISTS extractions (
  document_id      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  json             TEXT NOT NULL,
  engine_version   TEXT,
  knowledge_digest TEXT
);

-- The linked view, relinked after each batch where the batch changed it: engagements and document links.
CREATE TABLE IF NOT EXISTS engagements (
  id        TEXT PRIMARY KEY,
  date      TEXT,
  status    TEXT NOT NULL,
  format    TEXT,
  countries TEXT NOT NULL,   -- ",CHN,JPN," for filtering
  people    TEXT NOT NULL,   -- participants' names, lower case, for filtering
  json      TEXT NOT NULL,
  natural_id TEXT            -- schema version 6: the id before two that would share it were told apart (Linker.naturalId)
);
CREATE INDEX IF NOT EXISTS engagements_date ON engagements(date);

CREATE TABLE IF NOT EXISTS document_links (
  document_id     TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  published       TEXT,
  published_basis TEXT,
  json            TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS engagement_documents (
  engagement_id TEXT NOT NULL,
  document_id   TEXT NOT NULL,
  relation      TEXT NOT NULL,
  PRIMARY KEY (engagement_id, document_id)
);
CREATE INDEX IF NOT EXISTS engagement_documents_doc ON engagement_documents(document_id);

-- Statements (who said what to whom), one row per coded statement; part of the linked view.
CREATE TABLE IF NOT EXISTS statements (
  id            TEXT PRIMARY KEY,
  engagement_id TEXT,
  document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  speakers      TEXT NOT NULL,  -- JSON list of {name, country, role}
  target        TEXT,
  type          TEXT,
  mode          TEXT,
  cameo         TEXT,
  goldstein     REAL,
  issue_id      TEXT,
  issue_label   TEXT,
  wording       TEXT,
  span_start    INTEGER NOT NULL,  -- the sentence is the document's text from span_start to span_end
  span_end      INTEGER NOT NULL,
  json          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS statements_engagement ON statements(engagement_id);
-- schema version 6: a relink replaces the statements of the documents it links again
CREATE INDEX IF NOT EXISTS statements_document ON statements(document_id);

-- Schema version 2. The digest of each file's raw bytes, so that a file offered again is known before it is processed.
CREATE TABLE IF NOT EXISTS raw_digests (
  digest      TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS raw_digests_doc ON raw_digests(document_id);

-- Engagement ids that a relink replaced (the encounter learnt a participant, a day, a format), and the id that holds it now.
CREATE TABLE IF NOT EXISTS engagement_aliases (
  alias TEXT PRIMARY KEY,
  id    TEXT NOT NULL
);

-- Schema version 3. The raw bytes and source metadata of each file a document was read from, so that a newer
-- engine can read it again (`readout reprocess`); seq is the order of storing, and a document was made from its
-- first raw text. Files stored before version 3 have none until they are ingested again.
CREATE TABLE IF NOT EXISTS raw_texts (
  seq       INTEGER PRIMARY KEY,
  digest    TEXT NOT NULL UNIQUE REFERENCES raw_digests(digest) ON DELETE CASCADE,
  source    TEXT NOT NULL,
  file_name TEXT,
  meta      TEXT NOT NULL,  -- what the sidecar or uploader said (url, outlet, published, language, title), as JSON
  bytes     BLOB NOT NULL   -- the file's bytes, gzip-compressed
);

-- Schema version 4. What Readout remembers of the web between runs. For each address fetched (a page, a feed): the
-- validators of its last answer, for a conditional GET next time, and for a page the digest of the raw text it was
-- stored as (a page not modified is that raw text again; when it is gone, the next fetch is unconditional).
CREATE TABLE IF NOT EXISTS web_fetches (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  raw_digest    TEXT,
  fetched_at    TEXT NOT NULL
);

-- Each feed's items that were ingested (or found stored), by their link: `follow` does not fetch them again.
CREATE TABLE IF NOT EXISTS feed_items (
  feed        TEXT NOT NULL,
  link        TEXT NOT NULL,
  document_id TEXT NOT NULL,
  seen_at     TEXT NOT NULL,
  PRIMARY KEY (feed, link)
);

-- Schema version 6. What blocking knows of each linked report (org.readout.link.Blocking), one row per pair of its
-- countries: a dated report's epoch day, or an undated one's reach (the days of the dated engagements it could join),
-- so that a relink finds the blocks a batch touches without reading the rest. And the documents added, read again
-- or removed since the last relink, whose blocks the next relink links again.
CREATE TABLE IF NOT EXISTS link_keys (
  document_id TEXT NOT NULL,
  pair        TEXT NOT NULL,   -- "CHN,JPN"
  day         INTEGER,         -- null for an undated report
  reach_from  INTEGER,
  reach_to    INTEGER
);
CREATE INDEX IF NOT EXISTS link_keys_pair_day ON link_keys(pair, day);
CREATE INDEX IF NOT EXISTS link_keys_doc ON link_keys(document_id);

CREATE TABLE IF NOT EXISTS link_pending (
  document_id TEXT PRIMARY KEY
);
