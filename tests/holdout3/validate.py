#!/usr/bin/env python3
"""Check the generated holdout: what make.py wrote is well formed and its labels are readable.

usage: python3 tests/holdout3/validate.py [DIR]   (DIR defaults to this folder; exit 0 when every check passes)

Independent of the generator (it does not import gen/): it reads the files as a mail client would.
Checks
  1. every message parses without MIME defects and has no line over 998 octets; every text part
     decodes strictly in its declared charset; an HTML part's <meta charset> agrees with its MIME charset; nothing decodes to U+FFFD
  2. every labelled amount, expiry date, order id, code and points value can be read in the decoded
     text (subject + all text parts, HTML rendered as text) in its marketplace's own form
  3. Message-IDs are unique, except intended duplicates: copies with the same Date, From, Subject
     and body, of which expected.json counts events once
  4. mailbox.mbox (mboxrd-unescaped), emails/ and Maildir/{cur,new} hold the same messages
  5. expected.json is consistent: message count, ids that exist, negatives = messages with no grant
"""

from __future__ import annotations

import datetime as dt
import email
import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict
from email import policy
from html.parser import HTMLParser

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
failures: list[str] = []


def fail(msg: str) -> None:
    failures.append(msg)


# ---------------------------------------------------------------- decoding


class TextOf(HTMLParser):
    BLOCK = {"p", "div", "tr", "br", "h1", "h2", "h3", "h4", "li", "table", "hr", "td", "th"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s: str) -> str:
    p = TextOf()
    p.feed(s)
    p.close()
    return "".join(p.out)


def decoded_parts(msg, where):
    """Yield (content type, decoded text) of every text part, checking charsets strictly."""
    for part in msg.walk():
        for d in part.defects:
            fail(f"{where}: MIME defect {type(d).__name__}")
        if part.get_content_maintype() != "text":
            continue
        charset = part.get_content_charset()
        if not charset:
            fail(f"{where}: a text part without a charset")
            charset = "us-ascii"
        raw = part.get_payload(decode=True)
        try:
            text = raw.decode(charset, errors="strict")
        except (UnicodeDecodeError, LookupError) as e:
            fail(f"{where}: text/{part.get_content_subtype()} does not decode as {charset}: {e}")
            continue
        if "\ufffd" in text or "\ue000" in text:
            fail(f"{where}: decoded text holds a replacement or marker character")
        if part.get_content_subtype() == "html":
            m = re.search(r'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', text, re.I)
            if m and m.group(1).lower() != charset.lower():
                fail(f"{where}: HTML says charset {m.group(1)}, MIME says {charset}")
            text = html_text(text)
        yield part.get_content_type(), text


def norm(s: str) -> str:
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    return re.sub(r"[ \t\r\n]+", " ", s)


# ---------------------------------------------------------------- how each marketplace writes things

EN = "January February March April May June July August September October November December".split()
DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def marketplace(from_domain: str, currency: str | None) -> str:
    tld = {"amazon.com": "US", "amazon.co.uk": "UK", "amazon.ca": "CA", "amazon.de": "DE", "amazon.fr": "FR", "amazon.co.jp": "JP"}
    for dom, mp in tld.items():
        if from_domain == dom or from_domain.endswith("." + dom):
            return mp
    return {"USD": "US", "GBP": "UK", "CAD": "CA", "EUR": "DE", "JPY": "JP"}.get(currency or "", "US")


def group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def amount_forms(amount: str, currency: str) -> list[str]:
    if currency == "JPY":
        n = int(amount)
        g = group(n, ",")
        return [f"￥{g}", f"¥{g}", f"￥ {g}", f"{g}円", f"{n}円", f"￥{n}"]
    major, minor = amount.split(".")
    major = int(major)
    en = f"{group(major, ',')}.{minor}"
    de = f"{group(major, '.')},{minor}"
    fr = f"{group(major, ' ')},{minor}"
    forms = {
        "USD": [f"${en}", f"USD {en}", f"US${en}"],
        "GBP": [f"£{en}", f"GBP {en}"],
        "CAD": [f"CDN$ {en}", f"${en}", f"CA${en}", f"{fr} $", f"CDN$ {fr}"],
        "EUR": [f"{de} €", f"EUR {de}", f"{de} EUR", f"{fr} €", f"€{en}", f"€ {de}"],
    }[currency]
    if minor == "00":
        whole = {"USD": [f"${major}"], "GBP": [f"£{major}"], "CAD": [f"${major}", f"{major} $"], "EUR": [f"{major} €"]}[currency]
        forms += whole
    return forms


def date_forms(d: dt.date, mp: str) -> list[str]:
    iso = d.isoformat()
    if mp == "US":
        return [f"{EN[d.month - 1]} {d.day}, {d.year}", f"{EN[d.month - 1][:3]} {d.day}, {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}",
                f"{d.month}/{d.day}/{d.year}", iso]
    if mp == "UK":
        return [f"{d.day} {EN[d.month - 1]} {d.year}", f"{d.day} {EN[d.month - 1][:3]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}", iso]
    if mp == "CA":  # numeric day/month is ambiguous in Canada: only words or ISO count
        fr_day = "1er" if d.day == 1 else str(d.day)
        return [f"{EN[d.month - 1]} {d.day}, {d.year}", f"{EN[d.month - 1][:3]} {d.day}, {d.year}", f"{fr_day} {FR[d.month - 1]} {d.year}", iso]
    if mp == "DE":
        return [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}.{d.month}.{d.year}", f"{d.day}. {DE[d.month - 1]} {d.year}", iso]
    if mp == "FR":
        fr_day = "1er" if d.day == 1 else str(d.day)
        return [f"{fr_day} {FR[d.month - 1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}", iso]
    if mp == "JP":
        return [f"{d.year}年{d.month}月{d.day}日", f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}/{d.month}/{d.day}", iso]
    return [iso]


def readable(text: str, forms: list[str]) -> bool:
    t = norm(text)
    for f in forms:
        f = norm(f)
        # a form must not be the tail of a longer number ("$11.00" is not "$1.00")
        for m in re.finditer(re.escape(f), t):
            before = t[m.start() - 1] if m.start() else " "
            after = t[m.end()] if m.end() < len(t) else " "
            if f[0].isdigit() and before.isdigit():
                continue
            if f[-1].isdigit() and (after.isdigit() or re.match(r"[.,]\d", t[m.end():m.end() + 2])):
                continue
            return True
    return False


# ---------------------------------------------------------------- containers


def mbox_messages(path: str) -> list[bytes]:
    data = open(path, "rb").read()
    chunks = re.split(rb"(?m)^From [^\n]*\n", data)
    if chunks[0] != b"":
        fail("mailbox.mbox does not start with a From line")
    out = []
    for c in chunks[1:]:
        if not c.endswith(b"\n"):
            fail("mailbox.mbox: a message is not followed by an empty line")
        c = c[:-1]
        c = re.sub(rb"(?m)^>(>*From )", rb"\1", c)
        out.append(c)
    return out


def main() -> int:
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    files = sorted(glob.glob(os.path.join(HERE, "emails", "*.eml")))
    raws = [open(f, "rb").read() for f in files]

    # 4. containers
    mbox = mbox_messages(os.path.join(HERE, "mailbox.mbox"))
    if mbox != raws:
        fail(f"mailbox.mbox ({len(mbox)} messages) differs from emails/ ({len(raws)} files) or is in another order")
    md = []
    for sub in ("cur", "new"):
        md += [open(p, "rb").read() for p in glob.glob(os.path.join(HERE, "Maildir", sub, "*")) if not os.path.basename(p).startswith(".")]
    if Counter(md) != Counter(raws):
        fail(f"Maildir ({len(md)} messages) does not hold the same messages as emails/ ({len(raws)})")
    if not os.path.isdir(os.path.join(HERE, "Maildir", "tmp")):
        fail("Maildir/tmp is missing")
    if exp["messages"] != len(raws):
        fail(f"expected.json says {exp['messages']} messages, emails/ has {len(raws)}")

    # 1. parse and decode
    by_id = defaultdict(list)
    texts = {}
    for f, raw in zip(files, raws):
        name = os.path.basename(f)
        if max(len(ln.rstrip(b"\r")) for ln in raw.split(b"\n")) > 998:
            fail(f"{name}: a line longer than 998 octets (RFC 5322)")
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("Date", "From", "Message-ID", "Subject"):
            if msg[h] is None:
                fail(f"{name}: no {h} header")
        mid = str(msg["Message-ID"]).strip()
        body = "\n".join(t for _, t in decoded_parts(msg, name))
        frm = msg["From"]
        dom = frm.addresses[0].domain.lower() if frm and frm.addresses else ""
        by_id[mid].append((name, msg, raw, dom))
        texts[name] = str(msg["Subject"]) + "\n" + body

    # 3. ids
    dup_ids = set()
    for mid, copies in by_id.items():
        if len(copies) > 1:
            heads = {(str(m["Date"]), str(m["From"]), str(m["Subject"])) for _, m, _, _ in copies}
            bodies = {r.split(b"\n\n", 1)[1] if b"\n\n" in r else r.split(b"\r\n\r\n", 1)[1] for _, _, r, _ in copies}
            if len(heads) != 1 or len(bodies) != 1:
                fail(f"Message-ID {mid} is shared by different messages: {[n for n, *_ in copies]}")
            dup_ids.add(mid)

    # 5. expected.json
    grant_ids = set()
    counted = Counter()
    for e in exp["events"]:
        mid = e["message_id"]
        if mid not in by_id:
            fail(f"event for unknown Message-ID {mid}")
            continue
        counted[mid] += 1
        if e["kind"] == "grant":
            grant_ids.add(mid)
    neg = set(exp["negatives"])
    for mid in by_id:
        if mid in grant_ids and mid in neg:
            fail(f"{mid} carries a grant and is listed as a negative")
        if mid not in grant_ids and mid not in neg:
            fail(f"{mid} carries no grant but is not listed as a negative")
    if len(exp["negatives"]) != len(neg):
        fail("negatives list a Message-ID twice")

    # 2. labels readable
    checked = 0
    for e in exp["events"]:
        copies = by_id.get(e["message_id"])
        if not copies:
            continue
        name, msg, raw, dom = copies[0]
        text = texts[name]
        mp = marketplace(dom, e["currency"])
        where = f"{name} {e['kind']}/{e['program']}"
        if e["amount"] is not None:
            if not readable(text, amount_forms(e["amount"], e["currency"])):
                fail(f"{where}: amount {e['amount']} {e['currency']} not readable")
        if e["expires_on"] is not None:
            d = dt.date.fromisoformat(e["expires_on"])
            if not readable(text, date_forms(d, mp)):
                fail(f"{where}: expiry {e['expires_on']} not readable in a {mp} form")
        if e["order_id"] is not None and e["order_id"] not in text:
            fail(f"{where}: order id {e['order_id']} not in the text")
        if e["code"] is not None and e["code"] not in text:
            fail(f"{where}: code {e['code']} not in the text")
        if e["points"] is not None:
            pts = re.search(rf"(?<![\d,.]){e['points']}(?![\d,.]\d)\s*(Kindle )?(points|Points|pts|ポイント)", norm(text))
            if not pts:
                fail(f"{where}: {e['points']} points not readable")
        checked += 1

    for f in failures:
        print("FAIL", f)
    print(f"validate: {len(raws)} messages, {len(by_id)} Message-IDs ({len(dup_ids)} intended duplicates), "
          f"{checked} events checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
