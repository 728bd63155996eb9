#!/usr/bin/env python3
"""A bounded soak run of one store with many writers, not a test.

Two CLI writers ingest batches into one store while `readout serve` over the same store answers
20 reading clients and takes uploads, and a pathological page (5,000 nested <div>) goes to a writer
or an upload every few seconds. At the end the store is exported and compared with a fresh
single-writer ingest of the same files: every document stored and linked, the same engagements and
statements. Loopback only; every loop stops by itself.

Usage: tools/soak.py [--seconds 60] [--readers 20] [--copies 4] [CORPUS_DIR...]
(default corpus: samples/ and ../shared/corpus/{seeds,dev} where present)
"""
import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READOUT = str(ROOT / "readout")
DOC_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def nested_page(n):
    return ("<html><body>" + "<div>" * 5000 + f"<p>Page {n}: the ministers met on the day.</p>"
            + "</div>" * 5000 + "</body></html>")


def distinct_copies(dirs, out, copies):
    """Each corpus document `copies` times, each copy made distinct by a closing line of its own."""
    files = []
    for d in dirs:
        for f in sorted(Path(d).rglob("*")):
            if f.suffix.lower() not in DOC_SUFFIXES or f.name.endswith(".meta.json"):
                continue
            for k in range(copies):
                target = out / f"{f.stem}-c{k}{f.suffix}"
                data = f.read_bytes()
                closing = f"\n\nSoak copy {k}.\n" if f.suffix.lower() in {".txt", ".md"} else f"<p>Soak copy {k}.</p>"
                target.write_bytes(data + closing.encode())
                meta = f.with_name(f.name + ".meta.json")
                if not meta.exists():
                    meta = f.with_name(f.stem + ".meta.json")
                if meta.exists():
                    shutil.copy(meta, target.with_name(target.name + ".meta.json"))
                files.append(target)
    random.Random(7).shuffle(files)
    return files


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}
        self.problems = []

    def add(self, key, n=1):
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + n

    def problem(self, text):
        with self.lock:
            self.problems.append(text)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def writer(name, db, queue, pathological, deadline, tally):
    while time.time() < deadline:
        with queue["lock"]:
            batch = queue["files"][:3]
            del queue["files"][:3]
            if pathological and time.time() >= queue["next_bad"]:
                batch.append(pathological.pop(0))
                queue["next_bad"] = time.time() + 5
        if not batch:
            return
        p = subprocess.run([READOUT, "--db", str(db), "ingest", *map(str, batch)], capture_output=True, text=True)
        tally.add(f"{name} batches")
        queue["done"].extend(batch)
        for line in p.stderr.splitlines() + p.stdout.splitlines():
            if line.startswith("failed:") and "nested" not in line:
                tally.problem(f"{name}: {line}")
        if p.returncode not in (0, 1):
            tally.problem(f"{name}: exit {p.returncode}: {p.stderr.strip()[-300:]}")


def request(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except Exception as e:  # noqa: BLE001 - a reader counts any failure
        return 0, str(e).encode()


def reader(base, deadline, tally):
    ids = []
    rnd = random.Random()
    while time.time() < deadline:
        roll = rnd.random()
        if roll < 0.4 or not ids:
            status, body = request(base + "/api/engagements?limit=100")
            if status == 200:
                ids = [e["id"] for e in json.loads(body)["items"]] or ids
            path = "/api/engagements?limit=100"
        elif roll < 0.8:
            path = "/api/engagements/" + rnd.choice(ids)
            status, body = request(base + path)
        else:
            path = "/api/search?q=minister"
            status, body = request(base + path)
        tally.add(f"reads {status}")
        if status != 200:
            tally.problem(f"GET {path} answered {status}: {body[:160]!r}")


def multipart(path):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{path.name}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def uploader(base, token, queue, pathological, deadline, tally):
    while time.time() < deadline:
        with queue["lock"]:
            if pathological and time.time() >= queue["next_bad"]:
                f = pathological.pop(0)
                queue["next_bad"] = time.time() + 5
            elif queue["files"]:
                f = queue["files"].pop(0)
            else:
                return
        body, ctype = multipart(f)
        status, answer = request(base + "/api/documents", body, {"Content-Type": ctype, "Authorization": "Bearer " + token}, "POST")
        tally.add(f"uploads {status}")
        if status == 503:  # busy: offered again later
            with queue["lock"]:
                queue["files"].append(f)
            time.sleep(0.5)
            continue
        queue["done"].append(f)
        if status != 200:
            tally.problem(f"upload {f.name} answered {status}: {answer[:200]!r}")
        else:
            for item in json.loads(answer).get("items", []):
                if item.get("result") == "failed" and "nested" not in item.get("reason", ""):
                    tally.problem(f"upload {f.name}: {item}")
        time.sleep(0.3)


def export(db, out):
    p = subprocess.run([READOUT, "--db", str(db), "export", "--format", "json", "-o", str(out)], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"export of {db} failed: {p.stderr}")
    return json.loads(out.read_text())


def comparable(export_json):
    docs = sorted((d["id"], json.dumps(d.get("engagements"), sort_keys=True)) for d in export_json["documents"])
    engs = sorted(json.dumps({k: v for k, v in e.items()}, sort_keys=True) for e in export_json["engagements"])
    stmts = sorted(json.dumps(s, sort_keys=True) for s in export_json["statements"])
    return docs, engs, stmts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--readers", type=int, default=20)
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("dirs", nargs="*")
    a = ap.parse_args()
    dirs = a.dirs or [d for d in [ROOT / "samples", ROOT.parent / "shared/corpus/seeds", ROOT.parent / "shared/corpus/dev"] if d.exists()]
    subprocess.run([READOUT, "--help"], capture_output=True, check=True)  # builds once, before the clock starts
    work = Path(tempfile.mkdtemp(prefix="readout-soak-"))
    inputs = work / "in"
    inputs.mkdir()
    files = distinct_copies(dirs, inputs, a.copies)
    bad = []
    for n in range(a.seconds // 2 + 2):
        p = inputs / f"nested-{n}.html"
        p.write_text(nested_page(n))
        bad.append(p)
    db = work / "soak.db"
    first = files.pop()  # the store exists before the server starts
    subprocess.run([READOUT, "--db", str(db), "ingest", str(first)], capture_output=True, check=True)
    port, token = free_port(), uuid.uuid4().hex
    server_log = open(work / "server.log", "w")
    server = subprocess.Popen([READOUT, "--db", str(db), "serve", "--port", str(port), "--token", token],
                              stdout=server_log, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        if request(base + "/api/engagements")[0] == 200:
            break
        time.sleep(0.5)
    tally = Tally()
    third = len(files) // 3
    queues = [{"files": files[i * third:(i + 1) * third] if i < 2 else files[2 * third:], "lock": threading.Lock(),
               "next_bad": time.time() + 2 + i, "done": []} for i in range(3)]
    deadline = time.time() + a.seconds
    started = time.time()
    threads = [threading.Thread(target=writer, args=("writer A", db, queues[0], bad, deadline, tally)),
               threading.Thread(target=writer, args=("writer B", db, queues[1], [], deadline, tally)),
               threading.Thread(target=uploader, args=(base, token, queues[2], bad, deadline, tally))]
    threads += [threading.Thread(target=reader, args=(base, deadline, tally)) for _ in range(a.readers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - started
    server.terminate()
    server.wait(timeout=30)
    server_log.close()
    offered = [first] + [f for q in queues for f in q["done"]]
    soak = export(db, work / "soak.json")
    ref_db = work / "ref.db"
    subprocess.run([READOUT, "--db", str(ref_db), "ingest", *map(str, offered)], capture_output=True)
    ref = export(ref_db, work / "ref.json")
    same = comparable(soak) == comparable(ref)
    linked = all(d.get("engagements") is not None for d in soak["documents"])
    reads = sum(v for k, v in tally.counts.items() if k.startswith("reads"))
    print(f"soak: {elapsed:.0f} s, {len(offered)} files offered ({sum(1 for f in offered if f.name.startswith('nested-'))} pathological), "
          f"{len(soak['documents'])} documents stored, {len(soak['engagements'])} engagements, {len(soak['statements'])} statements")
    print("counts: " + ", ".join(f"{k}={v}" for k, v in sorted(tally.counts.items())) + f", reads/s={reads / elapsed:.0f}")
    print(f"export equal to a fresh single-writer ingest: {same}; every document linked: {linked}; "
          f"problems: {len(tally.problems)}")
    for p in tally.problems[:20]:
        print("  " + p)
    if not same:
        s, r = comparable(soak), comparable(ref)
        for name, x, y in zip(("documents", "engagements", "statements"), s, r):
            print(f"  {name}: soak {len(x)} fresh {len(y)}; only in soak {len(set(x) - set(y))}, only in fresh {len(set(y) - set(x))}")
    print(f"work folder: {work}")
    sys.exit(0 if same and linked and not tally.problems else 1)


if __name__ == "__main__":
    main()
