/*
 * hit_offset: where in one column of a full-text match its best passage starts, as a character offset,
 * so a search snippet can read that part of a long column instead of all of it.
 *
 * Why: a snippet reads a column's first 14,000 characters; when the words matched lie further in (a
 * scraped page of 100,000 characters whose name of interest is at 19,000), the column was read and
 * scanned whole, about 0.7 ms a hit, and a search with a dozen such hits took 16 ms instead of 1.
 * FTS5 already knows where each matched phrase is (xInst, in tokens); counting tokens up to the chosen
 * one turns that into characters without reading past it.
 *
 * SQL: hit_offset(fts_table, column, span) with the MATCH of the query that found the row, e.g.
 *   SELECT hit_offset(article_fts, 2, 20) FROM article_fts WHERE article_fts MATCH ? AND rowid = ?
 * `column` is the column's index in the table (0 is the first); `span` the window's length in tokens.
 * The passage chosen is the window of `span` tokens that starts at a match and holds the most different
 * phrases, then the most matches, the earliest on ties (as src/store/snippet.ts chooses its window).
 * Returns the offset in characters (code points, as substr() counts them, 0-based) of the token that
 * starts it; NULL when the column has no match (the row matched in other columns); -1 when the
 * column's text, tokenized again, has no token at the matched position (the text changed under an
 * index not rebuilt), so the caller reads the column itself.
 */
#include <string.h>
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT3

typedef struct TokenSeek {
  int target;   /* the token wanted, by its position in the column */
  int position; /* the position the next token takes */
  int start;    /* byte offset of the wanted token, once met */
} TokenSeek;

static int seek_token(void *p, int flags, const char *token, int n, int start, int end) {
  (void)token;
  (void)n;
  (void)end;
  TokenSeek *seek = (TokenSeek *)p;
  /* A colocated token (a synonym) shares the position of the one before it. */
  if (flags & FTS5_TOKEN_COLOCATED) return SQLITE_OK;
  if (seek->position == seek->target) {
    seek->start = start;
    return SQLITE_DONE;
  }
  seek->position++;
  return SQLITE_OK;
}

/* Characters (code points) in the first `bytes` bytes of UTF-8 text. */
static sqlite3_int64 characters(const char *text, int bytes) {
  sqlite3_int64 n = 0;
  for (int i = 0; i < bytes; i++)
    if ((text[i] & 0xC0) != 0x80) n++;
  return n;
}

void fts_hit_offset(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **args) {
  if (nVal != 2) {
    sqlite3_result_error(ctx, "hit_offset: takes a column and a span in tokens", -1);
    return;
  }
  int column = sqlite3_value_int(args[0]);
  int span = sqlite3_value_int(args[1]);
  if (span < 1) span = 1;
  int nInst = 0, nPhrase = api->xPhraseCount(fts);
  int rc = api->xInstCount(fts, &nInst);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  /* The column's matches, in order (xInst gives them by column, then position). */
  int *phrase = (int *)sqlite3_malloc64(sizeof(int) * 2 * (nInst > 0 ? nInst : 1));
  unsigned char *seen = (unsigned char *)sqlite3_malloc64(nPhrase > 0 ? nPhrase : 1);
  if (!phrase || !seen) {
    sqlite3_free(phrase);
    sqlite3_free(seen);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  int *offset = phrase + (nInst > 0 ? nInst : 1);
  int n = 0;
  for (int i = 0; rc == SQLITE_OK && i < nInst; i++) {
    int p, c, o;
    rc = api->xInst(fts, i, &p, &c, &o);
    if (rc == SQLITE_OK && c == column) {
      phrase[n] = p;
      offset[n] = o;
      n++;
    }
  }
  int best = -1;
  long best_score = -1;
  for (int i = 0; rc == SQLITE_OK && i < n; i++) {
    memset(seen, 0, nPhrase > 0 ? nPhrase : 1);
    long distinct = 0, count = 0;
    for (int j = i; j < n && offset[j] < offset[i] + span; j++) {
      if (phrase[j] >= 0 && phrase[j] < nPhrase && !seen[phrase[j]]) {
        seen[phrase[j]] = 1;
        distinct++;
      }
      count++;
    }
    long score = distinct * 1000000L + count;
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  sqlite3_free(seen);
  if (rc != SQLITE_OK || best < 0) {
    sqlite3_free(phrase);
    if (rc != SQLITE_OK) sqlite3_result_error_code(ctx, rc);
    else sqlite3_result_null(ctx);
    return;
  }
  TokenSeek seek = {offset[best], 0, -1};
  sqlite3_free(phrase);
  const char *text = 0;
  int bytes = 0;
  rc = api->xColumnText(fts, column, &text, &bytes);
  if (rc == SQLITE_OK && text) {
    rc = api->xTokenize(fts, text, bytes, (void *)&seek, seek_token);
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  if (rc != SQLITE_OK) sqlite3_result_error_code(ctx, rc);
  else if (seek.start < 0 || seek.start > bytes) sqlite3_result_int64(ctx, -1);
  else sqlite3_result_int64(ctx, characters(text, seek.start));
}
