#!/usr/bin/env bash
# Ingest this review set with REPO's build into a fresh SQLite store in OUT, one file at a time
# (file-name order, or reversed with "reverse"), then write what a user would read:
# OUT/events.json, OUT/events.txt and OUT/show-<event id>.txt for every event.
# usage: bash reproduce.sh REPO OUT [reverse]
set -euo pipefail
REPO=$(cd "${1:?usage: reproduce.sh REPO OUT [reverse]}" && pwd)
OUT=${2:?usage: reproduce.sh REPO OUT [reverse]}
ORDER=${3:-forward}
SET=$(cd "$(dirname "$0")" && pwd)
CLI=(node "$REPO/bin/triangulate.js")
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
DB="$OUT/store.db"
rm -f "$DB" "$DB"-*
FILES=$(ls "$SET" | grep -E '^a[0-9]+\.(html|txt)$' | sort)
if [ "$ORDER" = reverse ]; then FILES=$(echo "$FILES" | sort -r); fi
: > "$OUT/ingest.log"
for f in $FILES; do
  echo "== $f" >> "$OUT/ingest.log"
  "${CLI[@]}" ingest "$SET/$f" --db "$DB" --no-progress >> "$OUT/ingest.log" 2>&1
done
"${CLI[@]}" export --json --db "$DB" > "$OUT/events.json"
"${CLI[@]}" events --db "$DB" > "$OUT/events.txt"
for id in $(node -e 'for (const e of JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))) console.log(e.id)' "$OUT/events.json"); do
  "${CLI[@]}" show "$id" --db "$DB" > "$OUT/show-$id.txt"
done
echo "$(ls "$OUT"/show-*.txt | wc -l) events written to $OUT"
