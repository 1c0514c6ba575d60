"""Synthesise a large run store from the sample run, for measuring the viewer (docs/viewer.md).

    synth_store.py SAMPLE_SQLITE OUT_DIR N_CHILDREN [N_ELITES]

Copies the sample store, then adds children up to N_CHILDREN (rows cloned from the sample's,
ids, generations and parents renumbered), one metrics row per generation of 32, and spreads
N_ELITES elites (default 1000) over the 12^3 grid. The programs are the sample's, so the
fitness stored for a synthetic elite is not what its walker replays to: this store is for
timing, not for replay fidelity.
"""
import json
import os
import random
import shutil
import sqlite3
import sys

src, out_dir, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
n_elites = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
os.makedirs(out_dir, exist_ok=True)
db = os.path.join(out_dir, "run.sqlite")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(db + suffix):
        os.remove(db + suffix)
shutil.copy(src, db)
conn = sqlite3.connect(db)
rng = random.Random(1)
cols = [r[1] for r in conn.execute("PRAGMA table_info(children)")]
template = conn.execute("SELECT * FROM children WHERE status = 'ok' ORDER BY id").fetchall()
start = conn.execute("SELECT max(id) FROM children").fetchone()[0] + 1
batch = 32
rows = []
for cid in range(start, n):
    row = list(template[cid % len(template)])
    row[cols.index("id")] = cid
    row[cols.index("generation")] = cid // batch
    row[cols.index("parent_ids")] = json.dumps([rng.randrange(cid)])
    row[cols.index("cell")] = rng.randrange(12 ** 3)
    row[cols.index("fitness")] = rng.uniform(0.0, 5.0)
    row[cols.index("insertion")] = "rejected"
    rows.append(row)
marks = ",".join("?" * len(cols))
conn.executemany(f"INSERT INTO children VALUES ({marks})", rows)
# The newest child of n_elites random cells becomes that cell's elite.
cells = rng.sample(range(12 ** 3), n_elites)
conn.execute("DELETE FROM elites")
for cell in cells:
    cid = rng.randrange(max(start, n - 5000), n)
    fitness = rng.uniform(0.0, 40.0)
    conn.execute("UPDATE children SET cell = ?, fitness = ?, insertion = 'new' WHERE id = ?",
                 (cell, fitness, cid))
    conn.execute("INSERT OR REPLACE INTO elites VALUES (?, ?, ?)", (cell, cid, fitness))
last = conn.execute("SELECT * FROM metrics ORDER BY generation DESC LIMIT 1").fetchone()
mcols = [r[1] for r in conn.execute("PRAGMA table_info(metrics)")]
for g in range(last[0] + 1, (n - 1) // batch + 1):
    row = list(last)
    row[mcols.index("generation")] = g
    row[mcols.index("evaluations")] = min(n, (g + 1) * batch)
    conn.execute(f"INSERT INTO metrics VALUES ({','.join('?' * len(mcols))})", row)
conn.execute("UPDATE run SET generation = ?, next_child_id = ?", ((n - 1) // batch, n))
conn.commit()
conn.close()
print(f"{db}: {n} children, {n_elites} elites")
