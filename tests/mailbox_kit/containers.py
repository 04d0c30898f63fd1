"""emails/NNNN.eml, mailbox.mbox (Takeout-style From lines, mboxrd) and Maildir/."""
import datetime as dt
import email.utils
import os
import re
import shutil

FROM_LINE = re.compile(rb"^(>*From )", re.M)


def mbox_entry(raw, tid):
    eol = b"\r\n" if b"\r\n" in raw else b"\n"
    hdr = re.search(rb"^Date: (.+?)\r?$", raw, re.M).group(1).decode()
    when = email.utils.parsedate_to_datetime(hdr).astimezone(dt.timezone.utc)
    return f"From {tid}@xxx {when:%a %b %d %H:%M:%S %Y}".encode() + eol + FROM_LINE.sub(rb">\1", raw) + eol


def reset(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)


def write_all(root, raws, rng):
    reset(os.path.join(root, "emails"))
    for i, raw in enumerate(raws):
        with open(os.path.join(root, "emails", f"{i:04d}.eml"), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(root, "mailbox.mbox"), "wb") as fh:
        for raw in raws:
            fh.write(mbox_entry(raw, rng.randrange(10 ** 18, 10 ** 19)))
    tag = os.path.basename(os.path.normpath(root))
    md = os.path.join(root, "Maildir")
    reset(md)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(md, sub))
    open(os.path.join(md, "tmp", ".keep"), "wb").close()
    flags = [":2,S", ":2,", ":2,RS", ":2,S", ":2,FS"]
    for i, raw in enumerate(raws):
        base = f"{1772000000 + i * 53}.M{i * 7 + 3}P{5000 + i}Q{i % 4}.{tag}"
        path = os.path.join(md, "new", base) if i % 4 == 3 else os.path.join(md, "cur", base + flags[i % len(flags)])
        with open(path, "wb") as fh:
            fh.write(raw)
