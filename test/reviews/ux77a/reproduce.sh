#!/usr/bin/env bash
# Ingest this review set with REPO's build into a fresh SQLite store in OUT, one file at a time,
# in file-name order (or reversed with a third argument "reverse"), then write what a user sees:
# OUT/events.json (export --json), OUT/events.txt (events) and OUT/show/<event id>.txt (show).
# Usage: bash reproduce.sh REPO OUT [reverse]
set -euo pipefail
REPO=$(cd "${1:?usage: bash reproduce.sh REPO OUT [reverse]}" && pwd)
OUT=${2:?usage: bash reproduce.sh REPO OUT [reverse]}
ORDER=${3:-forward}
SET=$(cd "$(dirname "$0")" && pwd)
TRI=(node "$REPO/bin/triangulate.js")

mkdir -p "$OUT/show"
OUT=$(cd "$OUT" && pwd)
DB="$OUT/store.db"
rm -f "$DB" "$DB-wal" "$DB-shm"

FILES=$(cd "$SET" && ls a[0-9][0-9].* | sort)
if [ "$ORDER" = reverse ]; then FILES=$(printf '%s\n' $FILES | sort -r); fi

: > "$OUT/ingest.log"
for f in $FILES; do
  echo "== $f" >> "$OUT/ingest.log"
  "${TRI[@]}" ingest --db "$DB" --no-progress "$SET/$f" >> "$OUT/ingest.log" 2>&1
done

"${TRI[@]}" export --db "$DB" --json --out "$OUT/events.json"
"${TRI[@]}" events --db "$DB" > "$OUT/events.txt"
node -e '
const evs = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const list = Array.isArray(evs) ? evs : (evs.events ?? []);
for (const e of list) console.log(e.id);
' "$OUT/events.json" > "$OUT/event-ids.txt"
while read -r id; do
  [ -n "$id" ] && "${TRI[@]}" show --db "$DB" "$id" > "$OUT/show/$id.txt"
done < "$OUT/event-ids.txt"
echo "order: $ORDER; events: $(wc -l < "$OUT/event-ids.txt"); output in $OUT"
