#!/usr/bin/env python3
"""Write the second holdout mailbox: emails/, mailbox.mbox, Maildir/ and expected.json.

Python 3 standard library only, deterministic (run it twice: no diff), no network.
usage: python3 tests/holdout2/make.py   (writes next to this file)
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen import (f_codes, f_copies, f_giftcards, f_kindle, f_lookalikes, f_marketing,  # noqa: E402
                 f_noise, f_norush, f_orders, f_panel, f_phishing, f_promos, f_tradein)
from gen.common import h  # noqa: E402
from gen.mime import mbox_from_line, mboxrd_escape  # noqa: E402

FAMILIES = [f_norush, f_promos, f_kindle, f_panel, f_tradein, f_giftcards, f_orders, f_codes,
            f_marketing, f_lookalikes, f_phishing, f_noise]
FIELDS = ("kind", "program", "amount", "currency", "expires_on", "order_id", "points", "code",
          "message_id")


def collect():
    msgs = []
    for fam in FAMILIES:
        msgs.extend(fam.build())
    msgs.extend(f_copies.build(msgs))  # forwards and duplicates copy other messages
    keys = [m.key for m in msgs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        sys.exit("duplicate keys: %s" % sorted(dup))
    msgs.sort(key=lambda m: (m.utc, m.key))
    return msgs


def write(msgs):
    for sub in ("emails", "Maildir"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    os.makedirs(os.path.join(HERE, "emails"))
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(HERE, "Maildir", sub))
    # git keeps no empty folder; readers skip dot-files and never read tmp/
    open(os.path.join(HERE, "Maildir", "tmp", ".gitkeep"), "wb").close()

    events, negatives, seen = [], [], set()
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as mbox:
        for i, m in enumerate(msgs):
            raw = m.render()
            with open(os.path.join(HERE, "emails", "%04d.eml" % i), "wb") as f:
                f.write(raw)
            thr = int(h("from" + m.key + str(i)), 16) % (10 ** 19)
            mbox.write(mbox_from_line(thr, m.utc))
            mbox.write(mboxrd_escape(raw))
            mbox.write(b"\n")
            stamp = int(m.utc.replace(tzinfo=__import__("datetime").timezone.utc).timestamp())
            unread = "Opened" not in m.labels.split(",")
            name = "%d.M%dP%d.holdout2" % (stamp, i, 4000 + i) + ("" if unread else ":2,S")
            with open(os.path.join(HERE, "Maildir", "new" if unread else "cur", name), "wb") as f:
                f.write(raw)
            if m.mid in seen:
                continue  # a second copy of a message adds nothing
            seen.add(m.mid)
            for e in m.events:
                events.append({k: e[k] for k in FIELDS})
            if m.negative:
                negatives.append(m.mid)
    out = {"split": "holdout2", "messages": len(msgs), "events": events, "negatives": negatives}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return out


def main():
    out = write(collect())
    kinds = {}
    for e in out["events"]:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print("%d messages, %d events %s, %d negatives" % (out["messages"], len(out["events"]),
                                                       kinds, len(out["negatives"])))


if __name__ == "__main__":
    main()
