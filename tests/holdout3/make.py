#!/usr/bin/env python3
"""Write the third holdout: emails/NNNN.eml, mailbox.mbox, Maildir/, expected.json and README.md.

usage: python3 tests/holdout3/make.py        (from anywhere; writes next to this file)

Python 3 standard library only; deterministic (same bytes on every run), no network.
Every message is synthetic. The families of messages live in gen/families/, one module each.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen import mime  # noqa: E402
from gen.families import ALL  # noqa: E402


def collect():
    msgs = []
    for fam in ALL:
        msgs.extend(fam.messages())
    keys = Counter(m.key for m in msgs)
    dup_keys = [k for k, n in keys.items() if n > 1]
    if dup_keys:
        raise SystemExit(f"duplicate message keys: {dup_keys}")
    # a mailbox is not sorted by family: mix them, the same way every time
    random.Random(20260305).shuffle(msgs)
    return msgs


def takeout_from_line(m, rng) -> bytes:
    utc = m.date.astimezone(dt.timezone.utc)
    return f"From {rng.randint(10**18, 2 * 10**18)}@xxx {utc.strftime('%a %b %d %H:%M:%S +0000 %Y')}\n".encode()


def mboxrd_escape(raw: bytes) -> bytes:
    out = []
    for line in raw.split(b"\n"):
        stripped = line.lstrip(b">")
        if stripped.startswith(b"From "):
            line = b">" + line
        out.append(line)
    return b"\n".join(out)


def maildir_name(i: int, m, raw: bytes, flags: str | None) -> str:
    ts = int(m.date.timestamp())
    base = f"{ts}.M{100000 + i}P{4100 + i}.mx.example.net,S={len(raw)}"
    return base if flags is None else f"{base}:2,{flags}"


def write_all(msgs):
    emails = os.path.join(HERE, "emails")
    maildir = os.path.join(HERE, "Maildir")
    for d in (emails, maildir):
        shutil.rmtree(d, ignore_errors=True)
    os.makedirs(emails)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(maildir, sub))
    # git keeps no empty folders; readers never look in tmp/
    open(os.path.join(maildir, "tmp", ".gitkeep"), "wb").close()

    rng = random.Random(41)
    mbox = []
    events = []
    negatives = []
    seen_ids = set()
    manifest = []
    for i, m in enumerate(msgs):
        raw = mime.build(m)
        name = f"{i:04d}.eml"
        with open(os.path.join(emails, name), "wb") as f:
            f.write(raw)
        mbox.append(takeout_from_line(m, rng) + mboxrd_escape(raw) + b"\n")
        if m.maildir == "new":
            fname = maildir_name(i, m, raw, None)
        else:
            flags = "S" if rng.random() < 0.85 else rng.choice(["RS", "FS"])
            fname = maildir_name(i, m, raw, flags)
        with open(os.path.join(maildir, m.maildir, fname), "wb") as f:
            f.write(raw)
        if m.message_id not in seen_ids:
            seen_ids.add(m.message_id)
            copies = [x for x in msgs if x.message_id == m.message_id]
            labelled = [x for x in copies if x.events]
            if len(labelled) > 1:
                raise SystemExit(f"{m.message_id}: only one copy of a message may carry its events")
            evs = labelled[0].events if labelled else []
            for e in evs:
                events.append(dict(e, message_id=m.message_id))
            if not any(e["kind"] == "grant" for e in evs):
                negatives.append(m.message_id)
        manifest.append((name, m))
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as f:
        f.write(b"".join(mbox))
    expected = {
        "split": "holdout3",
        "messages": len(msgs),
        "events": events,
        "negatives": negatives,
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return manifest, expected


def main():
    msgs = collect()
    manifest, expected = write_all(msgs)
    from gen import readme

    readme.write(HERE, manifest, expected)
    kinds = Counter(e["kind"] for e in expected["events"])
    print(
        f"holdout3: {expected['messages']} messages, {len(expected['events'])} events "
        f"({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}), {len(expected['negatives'])} negatives"
    )


if __name__ == "__main__":
    main()
