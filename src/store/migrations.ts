// Versioned schema migrations, applied in order when a store is opened. A migration is never edited once released:
// a change of schema is a new entry at the end. docs/store.md describes the tables for analysts.
import type { Db, Dialect } from './db.js';

interface Migration {
  version: number;
  name: string;
  /** SQL for both engines; `{id}` becomes each engine's auto-numbered primary key. */
  shared: string;
  sqlite?: string;
  postgres?: string;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, entities, offices, events, statements, full-text search',
    shared: `
CREATE TABLE articles (
  id {id},
  key TEXT NOT NULL UNIQUE,
  url TEXT,
  file TEXT,
  source TEXT,
  title TEXT,
  published TEXT,
  content_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  body_start INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  warnings TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE entities (
  id {id},
  kind TEXT NOT NULL CHECK (kind IN ('person', 'country', 'organization', 'place')),
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  country TEXT,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION
);
CREATE INDEX entities_kind_name ON entities (kind, name_key);
CREATE INDEX entities_country ON entities (country, kind);
CREATE UNIQUE INDEX entities_one_per_country ON entities (country) WHERE kind = 'country';

CREATE TABLE entity_names (
  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  is_main INTEGER NOT NULL,
  titles TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (entity_id, article_id, name_key)
);
CREATE INDEX entity_names_article ON entity_names (article_id);

CREATE TABLE entity_aliases (
  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  name_key TEXT NOT NULL,
  name TEXT NOT NULL,
  first_key TEXT,
  last_key TEXT,
  uses INTEGER NOT NULL,
  main_uses INTEGER NOT NULL,
  PRIMARY KEY (entity_id, name_key)
);
CREATE INDEX entity_aliases_key ON entity_aliases (name_key);
CREATE INDEX entity_aliases_last ON entity_aliases (last_key, first_key);
CREATE INDEX entity_aliases_first ON entity_aliases (first_key);

CREATE TABLE mentions (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE offices (
  id {id},
  person_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  title_key TEXT NOT NULL,
  country TEXT NOT NULL DEFAULT '',
  posted_to TEXT NOT NULL DEFAULT '',
  first_seen TEXT,
  last_seen TEXT,
  UNIQUE (person_id, title_key, country, posted_to)
);
CREATE TABLE office_evidence (
  office_id INTEGER NOT NULL REFERENCES offices (id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seen TEXT,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL
);
CREATE INDEX office_evidence_office ON office_evidence (office_id, seen);
CREATE INDEX office_evidence_article ON office_evidence (article_id);

CREATE TABLE events (
  id {id},
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  date_text TEXT,
  date_basis TEXT,
  place_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,
  occasion TEXT,
  topics TEXT NOT NULL DEFAULT '[]',
  confidence DOUBLE PRECISION NOT NULL,
  source_count INTEGER NOT NULL,
  first_reported TEXT,
  last_reported TEXT
);
CREATE INDEX events_type_date ON events (type, date_start);
CREATE INDEX events_date ON events (date_start);

CREATE TABLE event_actors (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('source', 'target', 'participant', 'accompanying')),
  country TEXT,
  PRIMARY KEY (event_id, entity_id, role)
);
CREATE INDEX event_actors_entity ON event_actors (entity_id, event_id);
CREATE INDEX event_actors_country ON event_actors (country, event_id);

CREATE TABLE event_reports (
  id {id},
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  date_text TEXT,
  date_basis TEXT,
  date_unresolved TEXT,
  place_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,
  occasion TEXT,
  topics TEXT NOT NULL DEFAULT '[]',
  actors TEXT NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  rule TEXT,
  trigger_text TEXT,
  trigger_start INTEGER,
  trigger_end INTEGER
);
CREATE INDEX event_reports_event ON event_reports (event_id);
CREATE INDEX event_reports_article ON event_reports (article_id);

CREATE TABLE event_evidence (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  report_id INTEGER NOT NULL REFERENCES event_reports (id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL
);
CREATE INDEX event_evidence_event ON event_evidence (event_id);
CREATE INDEX event_evidence_article ON event_evidence (article_id);

CREATE TABLE statements (
  id {id},
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  speaker_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,
  text TEXT NOT NULL,
  char_start INTEGER NOT NULL,
  char_end INTEGER NOT NULL,
  channel TEXT NOT NULL,
  said_on TEXT,
  handle TEXT,
  url TEXT
);
CREATE INDEX statements_article ON statements (article_id);
CREATE INDEX statements_speaker ON statements (speaker_id);
`,
    // FTS5 as an external-content index over articles, kept in step by triggers inside each article's transaction.
    sqlite: `
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'id', tokenize = 'porter unicode61');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
`,
    // A stored tsvector; the text is cut at 500,000 characters because a tsvector is limited to 1 MB.
    postgres: `
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS
  (setweight(to_tsvector('english', coalesce(title, '')), 'A') || to_tsvector('english', left(text, 500000))) STORED;
CREATE INDEX articles_search ON articles USING gin (search);
CREATE INDEX events_latest ON events (date_start DESC NULLS LAST, id DESC);
`,
  },
];

const ID_COLUMN: Record<Dialect, string> = {
  sqlite: 'INTEGER PRIMARY KEY',
  postgres: 'INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY',
};

/** Applies the migrations the store has not seen yet, each in its own transaction. */
export async function migrate(db: Db): Promise<void> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((await db.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    const sql = [migration.shared, migration[db.dialect] ?? ''].join('\n').replaceAll('{id}', ID_COLUMN[db.dialect]);
    await db.transaction(async () => {
      // Another process may have applied it while this one waited for the lock.
      if (await db.get('SELECT 1 FROM schema_migrations WHERE version = ?', [migration.version])) return;
      await db.exec(sql);
      await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, new Date().toISOString()]);
    });
  }
}
