#!/usr/bin/env bash
# bash reproduce.sh REPO OUT [reverse]: ingest this review set with REPO's build into a new SQLite store
# in OUT, one report at a time in file-name order (reversed with "reverse"), then write OUT/events.json
# (export --json), OUT/events.txt (events) and OUT/show-<event id>.txt for every event.
set -euo pipefail
REPO=$(cd "${1:?usage: bash reproduce.sh REPO OUT [reverse]}" && pwd)
OUT=${2:?usage: bash reproduce.sh REPO OUT [reverse]}
ORDER=${3:-forward}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
DB="$OUT/store.db"
rm -f "$DB" "$DB-wal" "$DB-shm"
TRI=(node "$REPO/bin/triangulate.js")
FILES=$(ls "$HERE" | grep -E '^a[0-9]+\.(html|txt)$' | sort)
if [ "$ORDER" = reverse ]; then FILES=$(echo "$FILES" | sort -r); fi
for f in $FILES; do
  "${TRI[@]}" ingest --db "$DB" --no-progress "$HERE/$f"
done
"${TRI[@]}" export --db "$DB" --json > "$OUT/events.json"
"${TRI[@]}" events --db "$DB" > "$OUT/events.txt"
for id in $(grep -oE 'evt_[0-9a-f]+' "$OUT/events.txt" | sort -u); do
  "${TRI[@]}" show --db "$DB" "$id" > "$OUT/show-$id.txt"
done
echo "wrote $OUT/events.json, $OUT/events.txt and $(ls "$OUT" | grep -c '^show-') event page(s)"
