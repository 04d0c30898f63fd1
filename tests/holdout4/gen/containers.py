"""The same messages written three ways: emails/NNNN.eml, mailbox.mbox (Google
Takeout style `From ` lines, mboxrd escaping) and a Maildir."""
import datetime as dt
import email.utils
import os
import re
import shutil

FROM_LINE = re.compile(rb"^(>*From )", re.M)


def eol_of(raw):
    return b"\r\n" if raw.find(b"\r\n") != -1 else b"\n"


def mbox_entry(raw, thread_id):
    """One mboxrd entry: `From ` line, body with '>'-escaped From lines, empty line."""
    eol = eol_of(raw)
    hdr_date = re.search(rb"^Date: (.+?)\r?$", raw, re.M).group(1).decode()
    when = email.utils.parsedate_to_datetime(hdr_date)
    stamp = when.astimezone(dt.timezone.utc)
    from_line = f"From {thread_id}@xxx {stamp:%a %b %d %H:%M:%S %Y}".encode()
    body = FROM_LINE.sub(rb">\1", raw)
    return from_line + eol + body + eol


def reset_dir(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)


def write_all(root, raws, rng):
    emails = os.path.join(root, "emails")
    reset_dir(emails)
    for i, raw in enumerate(raws):
        with open(os.path.join(emails, f"{i:04d}.eml"), "wb") as fh:
            fh.write(raw)

    with open(os.path.join(root, "mailbox.mbox"), "wb") as fh:
        for raw in raws:
            fh.write(mbox_entry(raw, rng.randrange(10 ** 18, 10 ** 19)))

    md = os.path.join(root, "Maildir")
    reset_dir(md)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(md, sub))
    # git keeps no empty directory; Maildir readers skip tmp/ and dot-files
    open(os.path.join(md, "tmp", ".keep"), "wb").close()
    flags = [":2,S", ":2,RS", ":2,S", ":2,FS", ":2,", ":2,S"]
    for i, raw in enumerate(raws):
        base = f"{1767225600 + i * 37}.M{i * 13 + 7}P{4000 + i}Q{i % 3}.holdout4"
        if i % 3 == 2:
            path = os.path.join(md, "new", base)
        else:
            path = os.path.join(md, "cur", base + flags[i % len(flags)])
        with open(path, "wb") as fh:
            fh.write(raw)
