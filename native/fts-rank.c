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
 * MATCH expression, in order; column weights as for bm25(). Returns the same sign as bm25() (lower is
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

typedef struct RankData {
  int nPhrase;
  double avgdl;
  double *idf;  /* nPhrase values */
  double *freq; /* nPhrase values, reused per row */
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
  int nInst = 0, nTok = 0;
  if (rc == SQLITE_OK) rc = api->xInstCount(fts, &nInst);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  memset(data->freq, 0, sizeof(double) * data->nPhrase);
  for (int i = 0; rc == SQLITE_OK && i < nInst; i++) {
    int phrase, column, offset;
    rc = api->xInst(fts, i, &phrase, &column, &offset);
    if (rc == SQLITE_OK) data->freq[phrase] += (nVal - 1 > column) ? sqlite3_value_double(args[column + 1]) : 1.0;
  }
  if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &nTok);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  double norm = K1 * (1 - B + B * (double)nTok / data->avgdl);
  double score = 0.0;
  for (int i = 0; i < data->nPhrase; i++) score += data->idf[i] * (data->freq[i] * (K1 + 1.0)) / (data->freq[i] + norm);
  sqlite3_result_double(ctx, -1.0 * score);
}

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
  return api->xCreateFunction(api, "rank_bm25", 0, rank_bm25, 0);
}
