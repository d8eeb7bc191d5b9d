/*
 * rank_bm25: FTS5's BM25 (k1 = 1.2, b = 0.75, the same sum as the built-in bm25()) with each phrase's
 * document frequency given by the caller instead of counted on every query.
 *
 * Why: the built-in bm25() counts the rows that hold each phrase before it scores the first match,
 * walking the whole posting list of every word in the query. For a word in most of a store's texts
 * ("police" in 68,000 of 107,000 articles) that count costs about 4 ms, on a query whose matches take
 * 0.2 ms to find. The caller keeps the counts (see src/store/sqlite/ranking.ts) and passes them here.
 *
 * SQL: rank_bm25(fts_table, 'df1 df2 ...', weight0, weight1, ...) -- one frequency per phrase of the
 * MATCH expression, in order; column weights as for bm25(). The list may start with a name and a
 * colon ('article_fts: 12 40310'): the rows' lengths are then kept under that name for the connection's later
 * queries (see Lengths below). Returns the same sign as bm25() (lower is
 * better). A list that is not one finite number per phrase (too few, too many, "nan") is an error,
 * not a silent fallback: the caller then ranks with bm25(). A count above the table's rows (a cached
 * count from before rows were deleted) is taken as all the rows.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1

#define K1 1.2
#define B 0.75

/*
 * Each row's length in tokens, as xColumnSize gives it, kept per connection and table name. Why:
 * xColumnSize looks the row up in the table's docsize table, one B-tree search per matched row, and
 * that was 70% of ranking a common word ("Chicago": 1.6 of 2.2 ms over 3,487 articles). Lucene keeps
 * its length norms in memory for the same reason. The lengths are forgotten whenever the data version
 * of any of the connection's databases moves (any commit, by this connection or another) or the
 * table's row and token totals differ from when they were kept, and are not used while a write
 * transaction is open, whose uncommitted rows the version does not yet count; so a kept length is the
 * row's length in the snapshot being read, and scores equal those of a fresh lookup. The name is the
 * caller's: one name must stand for one table.
 */
typedef struct Lengths {
  char name[64];
  sqlite3_uint64 version; /* data_version() when the kept lengths were read */
  sqlite3_int64 rows;     /* the table's rows and tokens then */
  sqlite3_int64 tokens;
  sqlite3_int64 size;   /* slots in len */
  int *len;             /* by rowid: the row's length + 1; 0 when not read yet */
  struct Lengths *next;
} Lengths;

/* A row id beyond this is never kept (4 bytes a slot: 256 MB at this bound). */
#define MAX_KEPT_ROWID ((sqlite3_int64)1 << 26)

typedef struct Connection {
  sqlite3 *db;
  Lengths *lengths;
} Connection;

static void connection_free(void *p) {
  Connection *conn = (Connection *)p;
  while (conn && conn->lengths) {
    Lengths *next = conn->lengths->next;
    sqlite3_free(conn->lengths->len);
    sqlite3_free(conn->lengths);
    conn->lengths = next;
  }
  sqlite3_free(conn);
}

/*
 * A value that moves whenever any database of the connection changes: the data versions of every
 * schema (main, temp, attached) mixed. Which schema the table is in is not known here, so all count.
 * Schemas with nothing opened yet (temp before its first use) have no version and are skipped.
 */
static sqlite3_uint64 data_version(sqlite3 *db) {
  sqlite3_uint64 mixed = 1469598103934665603ULL;
  for (int i = 0;; i++) {
    const char *schema = sqlite3_db_name(db, i);
    if (!schema) break;
    unsigned int version = 0;
    if (sqlite3_file_control(db, schema, SQLITE_FCNTL_DATA_VERSION, &version) != SQLITE_OK) continue;
    mixed = (mixed ^ (sqlite3_uint64)(i + 1)) * 1099511628211ULL;
    mixed = (mixed ^ (sqlite3_uint64)version) * 1099511628211ULL;
  }
  return mixed;
}

/*
 * The lengths kept under `name` (at most 63 characters), valid for the snapshot being read; null when
 * none may be used (a write transaction is open on any schema). `rows` and `tokens` are the table's
 * totals: a name given to two tables, or a change the version missed, shows in them.
 */
static Lengths *lengths_for(Connection *conn, const char *name, int n, sqlite3_int64 rows, sqlite3_int64 tokens) {
  if (!conn || n <= 0 || n >= 64) return 0;
  if (sqlite3_txn_state(conn->db, 0) == SQLITE_TXN_WRITE) return 0;
  sqlite3_uint64 version = data_version(conn->db);
  Lengths *kept = conn->lengths;
  while (kept && !(strncmp(kept->name, name, n) == 0 && kept->name[n] == '\0')) kept = kept->next;
  if (!kept) {
    kept = (Lengths *)sqlite3_malloc(sizeof(Lengths));
    if (!kept) return 0;
    memset(kept, 0, sizeof(Lengths));
    memcpy(kept->name, name, n);
    kept->next = conn->lengths;
    conn->lengths = kept;
  } else if (kept->version == version && kept->rows == rows && kept->tokens == tokens) {
    return kept;
  } else if (kept->len) {
    memset(kept->len, 0, sizeof(int) * kept->size);
  }
  kept->version = version;
  kept->rows = rows;
  kept->tokens = tokens;
  return kept;
}

/* The row's length, kept or looked up (and then kept). */
static int row_length(const Fts5ExtensionApi *api, Fts5Context *fts, Lengths *kept, int *out) {
  sqlite3_int64 rowid = kept ? api->xRowid(fts) : 0;
  if (kept && rowid > 0 && rowid < kept->size && kept->len[rowid] > 0) {
    *out = kept->len[rowid] - 1;
    return SQLITE_OK;
  }
  int rc = api->xColumnSize(fts, -1, out);
  if (rc != SQLITE_OK || !kept || rowid <= 0 || rowid >= MAX_KEPT_ROWID || *out < 0 || *out == 0x7fffffff) return rc;
  if (rowid >= kept->size) {
    sqlite3_int64 size = kept->size > 0 ? kept->size : 1024;
    while (size <= rowid) size *= 2;
    int *grown = (int *)sqlite3_realloc64(kept->len, sizeof(int) * size);
    if (!grown) return SQLITE_OK; /* no room to keep it: the length is still right */
    memset(grown + kept->size, 0, sizeof(int) * (size - kept->size));
    kept->len = grown;
    kept->size = size;
  }
  kept->len[rowid] = *out + 1;
  return SQLITE_OK;
}

typedef struct RankData {
  int nPhrase;
  double avgdl;
  double *idf;  /* nPhrase values */
  double *freq; /* nPhrase values, reused per row */
  Lengths *kept; /* null: every length is looked up */
} RankData;

static void rank_data_free(void *p) {
  RankData *data = (RankData *)p;
  if (data) {
    sqlite3_free(data->idf);
    sqlite3_free(data);
  }
}

/* Reads the frequency list and the table's totals once per query (kept as the query's aux data). */
static int rank_data(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_value *list, RankData **out) {
  RankData *data = (RankData *)api->xGetAuxdata(fts, 0);
  if (data) {
    *out = data;
    return SQLITE_OK;
  }
  int nPhrase = api->xPhraseCount(fts);
  sqlite3_int64 nRow = 0, nToken = 0;
  int rc = api->xRowCount(fts, &nRow);
  if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &nToken);
  if (rc != SQLITE_OK) return rc;
  data = (RankData *)sqlite3_malloc(sizeof(RankData));
  if (!data) return SQLITE_NOMEM;
  data->nPhrase = nPhrase;
  data->avgdl = nRow > 0 ? (double)nToken / (double)nRow : 1.0;
  data->idf = (double *)sqlite3_malloc64(sizeof(double) * 2 * (nPhrase > 0 ? nPhrase : 1));
  if (!data->idf) {
    sqlite3_free(data);
    return SQLITE_NOMEM;
  }
  data->freq = data->idf + nPhrase;
  const char *text = (const char *)sqlite3_value_text(list);
  const char *at = text ? text : "";
  while (*at == ' ') at++;
  const char *name = at;
  while ((*at >= 'a' && *at <= 'z') || (*at >= 'A' && *at <= 'Z') || *at == '_') at++;
  if (at > name && *at == ':') {
    data->kept = lengths_for((Connection *)api->xUserData(fts), name, (int)(at - name), nRow, nToken);
    at++;
  } else {
    data->kept = 0;
    at = name;
  }
  for (int i = 0; i < nPhrase; i++) {
    char *end = 0;
    double n = strtod(at, &end);
    if (end == at || !isfinite(n) || n < 0) {
      rank_data_free(data);
      return SQLITE_MISMATCH;
    }
    at = end;
    if (n > (double)nRow) n = (double)nRow;
    /* As bm25(): a phrase in more than half the rows gets a tiny positive weight, not a negative one. */
    double idf = log((nRow - n + 0.5) / (n + 0.5));
    data->idf[i] = idf > 0.0 ? idf : 1e-6;
  }
  /* More numbers than phrases: FTS5 dropped a phrase that has no token, and the counts would not line up. */
  while (*at == ' ' || *at == '\t') at++;
  if (*at != '\0') {
    rank_data_free(data);
    return SQLITE_MISMATCH;
  }
  rc = api->xSetAuxdata(fts, data, rank_data_free);
  if (rc != SQLITE_OK) return rc;
  *out = data;
  return SQLITE_OK;
}

static void rank_bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **args) {
  if (nVal < 1) {
    sqlite3_result_error(ctx, "rank_bm25: the phrase frequencies are missing", -1);
    return;
  }
  RankData *data = 0;
  int rc = rank_data(api, fts, args[0], &data);
  if (rc == SQLITE_MISMATCH) {
    sqlite3_result_error(ctx, "rank_bm25: the frequency list needs one number per phrase", -1);
    return;
  }
  int nTok = 0;
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  /*
   * Each phrase's positions walked on their own (xPhraseFirst/xPhraseNext), not through xInst: xInst
   * first merges every phrase's positions into one sorted list, which cost most of ranking a row of a
   * long page that names the query's words many times. The sums are the same.
   */
  for (int i = 0; i < data->nPhrase; i++) {
    Fts5PhraseIter iter;
    int column = -1, offset = 0;
    double freq = 0.0;
    rc = api->xPhraseFirst(fts, i, &iter, &column, &offset);
    if (rc != SQLITE_OK) break;
    for (; column >= 0; api->xPhraseNext(fts, &iter, &column, &offset)) freq += (nVal - 1 > column) ? sqlite3_value_double(args[column + 1]) : 1.0;
    data->freq[i] = freq;
  }
  if (rc == SQLITE_OK) rc = row_length(api, fts, data->kept, &nTok);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  double norm = K1 * (1 - B + B * (double)nTok / data->avgdl);
  double score = 0.0;
  for (int i = 0; i < data->nPhrase; i++) score += data->idf[i] * (data->freq[i] * (K1 + 1.0)) / (data->freq[i] + norm);
  sqlite3_result_double(ctx, -1.0 * score);
}

/* In fts-hit.c. */
void fts_hit_offset(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **args);

static fts5_api *fts5_of(sqlite3 *db) {
  fts5_api *api = 0;
  sqlite3_stmt *stmt = 0;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, 0) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", 0);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return api;
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_ftsrank_init(sqlite3 *db, char **error, const sqlite3_api_routines *routines) {
  SQLITE_EXTENSION_INIT2(routines);
  fts5_api *api = fts5_of(db);
  if (!api || api->iVersion < 2) {
    *error = sqlite3_mprintf("rank_bm25: this SQLite has no FTS5");
    return SQLITE_ERROR;
  }
  Connection *conn = (Connection *)sqlite3_malloc(sizeof(Connection));
  if (!conn) return SQLITE_NOMEM;
  conn->db = db;
  conn->lengths = 0;
  /* FTS5 calls connection_free when the connection closes; not when registering fails. */
  int rc = api->xCreateFunction(api, "rank_bm25", conn, rank_bm25, connection_free);
  if (rc != SQLITE_OK) {
    connection_free(conn);
    return rc;
  }
  return api->xCreateFunction(api, "hit_offset", 0, fts_hit_offset, 0);
}
