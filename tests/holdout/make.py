#!/usr/bin/env python3
"""Write the holdout mailbox: emails/NNNN.eml, mailbox.mbox, Maildir/ and expected.json.

    python3 tests/holdout/make.py

Python 3 stdlib only, deterministic (the same bytes on every run), no network.
The messages are written by the family modules next to this file; this script
only orders them, writes the three containers and the labels, and refreshes the
catalog (catalog.md) and the generated summary block in README.md.
"""

import email
import email.policy
import importlib
import json
import os
import random
import re
import sys
from collections import Counter
from datetime import timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import mime  # noqa: E402
from kit import EVENT_KEYS, Msg  # noqa: E402

FAMILIES = ["no_rush", "promo", "kindle", "panel_tradein", "giftcard", "orders",
            "codes_offers", "negatives", "noise"]

MAILDIR_EPOCH_NAME = "%d.M%dP%d.holdout,S=%d"


def collect():
    msgs, chat = [], []
    for name in FAMILIES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue
        for m in mod.messages():
            (chat if getattr(m, "chat", False) else msgs).append(m)
    return msgs, chat


def order_messages(msgs):
    """A fixed shuffle (a real mailbox is not sorted by family); a second exact
    copy lands somewhere else in the mailbox."""
    r = random.Random("unspent-holdout/order")
    slots = list(msgs)
    r.shuffle(slots)
    for m in msgs:
        for _ in range(m.copies - 1):
            slots.insert(r.randrange(len(slots) + 1), m)
    return slots


def mbox_escape(raw):
    """mboxrd: every line that starts with zero or more '>' then 'From ' gets one more '>'."""
    lines = raw.split(b"\n")
    return b"\n".join(b">" + ln if re.match(rb">*From ", ln) else ln for ln in lines)


def from_line(m):
    # Google Takeout: "From 1780262735367148380@xxx Thu Mar 05 14:35:44 +0000 2026"
    t = m.when.astimezone(timezone.utc)
    return "From %d@xxx %s +0000 %d\n" % (thread_id(m), t.strftime("%a %b %d %H:%M:%S"), t.year)


def thread_id(m):
    c = mime.crc(m.msgid.encode())
    return 1700000000000000000 + c * 23456789 % 10 ** 17


def gmail_labels(m):
    return m.labels


def maildir_name(i, m, raw):
    c = mime.crc(m.msgid.encode()) + i
    name = MAILDIR_EPOCH_NAME % (int(m.when.timestamp()), i, 4000 + c % 900, len(raw))
    if c % 9 == 0:
        return "new", name
    flags = ["S", "S", "RS", "", "S", "FS", "S"][c % 7]
    return "cur", name + ":2," + flags


def check_subject(m, raw):
    """The Subject must read back as the text it was written from."""
    got = str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"])
    if got != mime.subject_text(m.subject):
        raise SystemExit("subject of %s reads back as %r" % (m.note, got))


def clean(dirpath, pattern):
    dirpath.mkdir(parents=True, exist_ok=True)
    for p in dirpath.glob(pattern):
        p.unlink()


def subject_kind(spec):
    if isinstance(spec, str):
        return "ASCII"
    if spec[0] == "raw":
        return "raw 8-bit UTF-8"
    if spec[0] == "mix":
        segs = [s for s in spec[1] if not isinstance(s, str)]
        return "mixed ASCII + " + ", ".join("%s %s" % (s[0], s[2]) for s in segs)
    return "encoded-word %s %s" % (spec[0], spec[2])


def event_text(e):
    bits = [e["kind"], e["program"] or ""]
    if e["amount"]:
        bits.append("%s %s" % (e["amount"], e["currency"]))
    if e["points"] is not None:
        bits.append("%d pts" % e["points"])
    if e["code"]:
        bits.append(e["code"])
    if e["order_id"]:
        bits.append(e["order_id"])
    bits.append("exp " + (e["expires_on"] or "null"))
    return " ".join(bits)


def main():
    msgs, chat = collect()
    seen = {}
    for m in msgs:
        if m.msgid in seen and not getattr(m, "dup_of", None) and not getattr(
                seen[m.msgid], "dup_of", None):
            raise SystemExit("duplicate Message-ID not marked as intended: " + m.msgid)
        seen.setdefault(m.msgid, m)
    ordered = order_messages(msgs)

    emails = HERE / "emails"
    clean(emails, "*.eml")
    maildir = HERE / "Maildir"
    for sub in ("cur", "new"):
        clean(maildir / sub, "*")
    (maildir / "tmp").mkdir(parents=True, exist_ok=True)
    (maildir / "tmp" / ".gitkeep").write_bytes(b"")

    # The Chat message sits in the mbox only (Takeout exports chats into it).
    chat_at = {int(len(ordered) * 0.6): c for c in chat}

    events, negatives, catalog = [], [], []
    mbox = bytearray()
    done_events = set()
    for i, m in enumerate(ordered):
        if i in chat_at:
            c = chat_at[i]
            raw = c.render()
            mbox += from_line(c).encode() + ("X-GM-THRID: %d\nX-Gmail-Labels: %s\n" % (
                thread_id(c), c.labels)).encode() + mbox_escape(raw) + b"\n"
        raw = m.render()
        check_subject(m, raw)
        (emails / ("%04d.eml" % i)).write_bytes(raw)
        sub, name = maildir_name(i, m, raw)
        (maildir / sub / name).write_bytes(raw)
        eol = b"\r\n" if m.eol == "\r\n" else b"\n"
        gm = ("X-GM-THRID: %d\nX-Gmail-Labels: %s\n" % (thread_id(m), gmail_labels(m))).encode()
        mbox += from_line(m).encode() + gm.replace(b"\n", eol) + mbox_escape(raw) + eol
        first = id(m) not in done_events
        if first:
            done_events.add(id(m))
            for e in m.events:
                ev = {k: e[k] for k in EVENT_KEYS}
                ev["message_id"] = m.msgid
                events.append(ev)
            if m.negative:
                negatives.append(m.msgid)
        catalog.append((i, m, first))

    (HERE / "mailbox.mbox").write_bytes(bytes(mbox))
    expected = {"messages": len(ordered), "events": events, "negatives": negatives}
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    write_catalog(catalog, chat)
    write_summary(catalog, chat, expected)
    print("holdout: %d messages (+%d Chat in the mbox), %d events, %d negatives" % (
        len(ordered), len(chat), len(events), len(negatives)))


def write_catalog(catalog, chat):
    out = ["# Holdout catalog (generated by make.py; do not edit)", "",
           "One row per file in emails/. `structure` is the MIME tree as written (charset and"
           " Content-Transfer-Encoding per leaf); `labels` is what expected.json says the"
           " message carries.", "",
           "| file | family | mkt | what it probes | structure | subject | EOL | labels |",
           "|---|---|---|---|---|---|---|---|"]
    for i, m, first in catalog:
        labels = "; ".join(event_text(e) for e in m.events) if first else ""
        if not first or getattr(m, "dup_of", None):
            labels = "(another copy of a Message-ID above: counted once)"
        elif m.negative:
            labels = (labels + "; " if labels else "") + "NEGATIVE"
        elif not labels:
            labels = "-"
        out.append("| %04d | %s | %s | %s | %s | %s | %s | %s |" % (
            i, m.family, m.market, m.note.replace("|", "/"), m.structure().replace("|", "/"),
            subject_kind(m.subject), "CRLF" if m.eol == "\r\n" else "LF", labels))
    for c in chat:
        out.append("")
        out.append("Plus, in mailbox.mbox only: one Google Chat message (X-Gmail-Labels: Chat),"
                   " which a scan must skip: %s" % c.note)
    (HERE / "catalog.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def features(m):
    """The encoding features of one message, for the family x encoding table."""
    top = m.body
    leaves = [lf for lf in mime.leaves(top) if isinstance(lf, mime.Leaf) and lf.data is None]
    f = set()
    if isinstance(top, mime.Multi):
        f.add("alternative" if top.subtype == "alternative" else "related/mixed")
    else:
        f.add("text only" if top.ctype == "text/plain" else "HTML only")
    for lf in leaves:
        if lf.cte == "quoted-printable":
            f.add("QP")
            if mime.SOFT in lf.text or mime.SPLIT in lf.text:
                f.add("forced QP break")
        elif lf.cte == "base64":
            f.add("base64")
        else:
            f.add("7/8bit")
        if lf.charset != "utf-8":
            f.add("non-UTF-8")
    if not isinstance(m.subject, str):
        f.add("encoded subject")
    if m.eol == "\r\n":
        f.add("CRLF")
    return f


COLUMNS = ["text only", "HTML only", "alternative", "related/mixed", "QP", "forced QP break",
           "base64", "7/8bit", "non-UTF-8", "encoded subject", "CRLF"]


def crosstab(catalog):
    rows = {}
    for _, m, _ in catalog:
        r = rows.setdefault(m.family, Counter())
        r["messages"] += 1
        for f in features(m):
            r[f] += 1
    out = ["| family | messages | " + " | ".join(COLUMNS) + " |",
           "|---" * (len(COLUMNS) + 2) + "|"]
    for fam in sorted(rows):
        r = rows[fam]
        out.append("| %s | %d | %s |" % (fam, r["messages"], " | ".join(
            str(r[c]) if r[c] else "" for c in COLUMNS)))
    return ("Messages per family (rows) with each encoding feature (columns; a message counts"
            " in every column that applies to one of its text parts):\n\n" + "\n".join(out))


def write_summary(catalog, chat, expected):
    fam, shape, cte, cs, subj, eol, mkt = (Counter() for _ in range(7))
    for i, m, first in catalog:
        fam[m.family] += 1
        mkt[m.market] += 1
        top = m.body
        if isinstance(top, mime.Multi):
            shape["multipart/" + top.subtype] += 1
        else:
            shape[top.ctype + " only"] += 1
        for leaf in mime.leaves(top):
            if isinstance(leaf, mime.Leaf) and leaf.data is None:
                cte[leaf.cte or "(none: 7bit default)"] += 1
                cs[leaf.charset if leaf.charset == leaf.charset_label else "%s labelled %s" % (
                    leaf.charset, leaf.charset_label)] += 1
        kind = subject_kind(m.subject)
        subj["ASCII words + encoded words" if kind.startswith("mixed") else kind] += 1
        eol["CRLF" if m.eol == "\r\n" else "LF"] += 1
    kinds = Counter(e["kind"] + "/" + e["program"] for e in expected["events"])

    def table(title, counter, unit="messages"):
        rows = ["| %s | %s |" % (title, unit), "|---|---|"]
        rows += ["| %s | %d |" % (k, v) for k, v in sorted(counter.items())]
        return "\n".join(rows)

    block = "\n\n".join([crosstab(catalog), 
        "%d messages in emails/ and Maildir/ (%d in the mbox with the Chat message);"
        " %d labelled events; %d negatives." % (
            expected["messages"], expected["messages"] + len(chat), len(expected["events"]),
            len(expected["negatives"])),
        table("family", fam), table("marketplace", mkt), table("top-level shape", shape),
        table("Content-Transfer-Encoding", cte, "text parts"),
        table("charset", cs, "text parts"), table("Subject header", subj),
        table("line endings", eol),
        "| labelled event | count |\n|---|---|\n" + "\n".join(
            "| %s | %d |" % kv for kv in sorted(kinds.items())),
    ])
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else (
        "# Holdout mailbox\n\n<!-- BEGIN GENERATED -->\n<!-- END GENERATED -->\n")
    new = re.sub(r"<!-- BEGIN GENERATED -->.*<!-- END GENERATED -->",
                 lambda _: "<!-- BEGIN GENERATED -->\n" + block + "\n<!-- END GENERATED -->",
                 text, flags=re.S)
    readme.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
