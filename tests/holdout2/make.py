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
        for m in fam.build():
            m.family = fam.__name__.split(".")[-1]
            msgs.append(m)
    for m in f_copies.build(msgs):  # forwards and duplicates copy other messages
        m.family = "f_copies"
        msgs.append(m)
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


COLUMNS = ["msgs", "events", "text", "html", "alt", "mixed", "qp", "b64", "7/8bit", "utf-8",
           "8859-1/15", "cp1252", "2022-JP", "SJIS", "B/Q subj", "CRLF", "markets"]


def coverage(msgs):
    """Markdown table: families x encodings, counted from the rendered bytes."""
    import email
    import email.policy
    rows = {}
    for m in msgs:
        raw = m.render()
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        r = rows.setdefault(m.family, {c: 0 for c in COLUMNS} | {"markets": set()})
        r["msgs"] += 1
        r["events"] += len(m.events) if m.raw is None else 0
        top = msg.get_content_type()
        kinds = {"text/plain": "text", "text/html": "html", "multipart/alternative": "alt",
                 "multipart/mixed": "mixed"}
        if top in kinds:
            r[kinds[top]] += 1
        ctes, charsets = set(), set()
        for part in msg.walk():
            if part.is_multipart():
                continue
            ctes.add((part.get("Content-Transfer-Encoding") or "7bit").lower())
            if part.get_content_charset():
                charsets.add(part.get_content_charset().lower())
        r["qp"] += "quoted-printable" in ctes
        r["b64"] += "base64" in ctes
        r["7/8bit"] += bool(ctes & {"7bit", "8bit"})
        r["utf-8"] += "utf-8" in charsets
        r["8859-1/15"] += bool(charsets & {"iso-8859-1", "iso-8859-15"})
        r["cp1252"] += "windows-1252" in charsets
        r["2022-JP"] += "iso-2022-jp" in charsets
        r["SJIS"] += "shift_jis" in charsets
        r["B/Q subj"] += "=?" in (msg.get("Subject") or "")
        r["CRLF"] += b"\r\n" in raw
        dom = m.sender[1].rsplit("@", 1)[-1]
        for tld, mp in ((".co.uk", "UK"), (".co.jp", "JP"), (".ca", "CA"), (".de", "DE"), (".fr", "FR"),
                        ("amazon.com", "US")):
            if dom.endswith(tld) and "amazon" in dom.split(".")[-3 if tld.count(".") == 2 else -2]:
                r["markets"].add(mp)
    order = [f.__name__.split(".")[-1] for f in FAMILIES] + ["f_copies"]
    lines = ["| family | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    total = {c: 0 for c in COLUMNS}
    for fam in order:
        r = rows[fam]
        cells = []
        for c in COLUMNS:
            if c == "markets":
                cells.append(" ".join(x for x in ("US", "UK", "CA", "DE", "FR", "JP") if x in r[c]) or "-")
            else:
                cells.append(str(r[c]))
                total[c] += r[c]
        lines.append("| %s | %s |" % (fam[2:], " | ".join(cells)))
    lines.append("| **all** | %s |" % " | ".join("" if c == "markets" else "**%d**" % total[c] for c in COLUMNS))
    return "\n".join(lines) + "\n"


def notes(msgs):
    """One line per message whose label needed a decision, with its file name."""
    return "".join("- `%04d.eml` (%s): %s\n" % (i, m.key, m.note) for i, m in enumerate(msgs) if m.note)


def update_readme(blocks):
    """Rewrite the generated blocks of README.md (between <!-- NAME:begin/end --> markers)."""
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        return
    text = open(path, encoding="utf-8").read()
    for name, body in blocks.items():
        a, b = "<!-- %s:begin -->\n" % name, "<!-- %s:end -->" % name
        if a in text and b in text:
            head, rest = text.split(a, 1)
            text = head + a + body + b + rest.split(b, 1)[1]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    msgs = collect()
    out = write(msgs)
    update_readme({"coverage": coverage(msgs), "notes": notes(msgs)})
    kinds = {}
    for e in out["events"]:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print("%d messages, %d events %s, %d negatives" % (out["messages"], len(out["events"]),
                                                       kinds, len(out["negatives"])))


if __name__ == "__main__":
    main()
