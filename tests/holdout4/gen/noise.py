"""Ordinary mail that is not from Amazon: friends, banks, shops, airlines, work mail
with attachments, calendar invitations, sign-in codes, mailing lists. Much of it
talks about credits, rewards, codes and expiry dates, none of which is the user's
Amazon credit.
"""
import datetime as dt

from . import fmt, mime
from .build import USER, Spec, fake_pdf, tiny_png
from .mime import Leaf, Multi

TO = f"{USER['name']} <{USER['addr']}>"


def _msg(ctx, sender, subject, root, tz="+0000", eol=None, extra=(), subj_how="raw", subj_cs="utf-8", family="noise"):
    when = ctx.when()
    dom = sender[1].split("@")[1]
    mid = ctx.message_id(dom, "plain")
    disp = sender[0]
    frm = f'"{disp}" <{sender[1]}>' if disp.isascii() else f"{mime.ew_b(disp)} <{sender[1]}>"
    hdrs = list(extra) + [("Date", fmt.rfc2822(when, tz)), ("From", frm), ("To", TO), ("Message-ID", mid),
                          ("Subject", mime.subject_value(subject, subj_how, subj_cs))]
    eol = eol or (b"\r\n" if ctx.rng.random() < 0.7 else b"\n")
    s = Spec(family=family, market="US", sender=sender, subject=subject, blocks=[], f={}, when=when, msgid=mid)
    s.raw = mime.render(hdrs, root, eol)
    s.profile = {"layout": root.__class__.__name__}
    return s


def text(body, cs="utf-8", cte="quoted-printable", params=""):
    return Leaf("text/plain", text=body, charset=cs, cte=cte, params=params)


def htmlpart(body, cs="utf-8", cte="quoted-printable"):
    return Leaf("text/html", text=body, charset=cs, cte=cte)


def bnd(ctx):
    return f"=_{ctx.hexs(28)}"


FRIENDS = [
    ("Nina Park", "nina.park@example.net", "Saturday hike?",
     "Hi Alex,\n\nAre you still up for the ridge trail on Saturday? Weather looks dry. I'll bring the\n"
     "thermos if you bring snacks. We could leave around 8 and be back before lunch.\n\nNina\n"),
    ("Ben Carter", "ben.carter@example.com", "Re: the amazon credit thing",
     "Ha, yes - I picked the slow shipping too and got a $1 credit for ebooks. It expires in\n"
     "like two months so I bought a cookbook with it. Worth it if you're not in a rush.\n\n"
     "> did you ever use those amazon no-rush credits?\n\nBen\n"),
    ("Lucía Ortega", "lucia.ortega@example.es", "recipe you asked for",
     "Alex!\n\nHere it is. Soak the chickpeas overnight, then simmer with bay leaf for an hour.\n"
     "From there it's just garlic, lemon and a lot of tahini.\n"
     "From memory it serves four, but we always end up eating it all.\n\nBesos,\nLucía\n"),
    ("Dad", "r.moreau@example.org", "Fwd: photos",
     "Some pictures from the weekend. Your mother says hello.\n\n"
     ">From the lake, looking back at the cabin.\n>From the boat - the blurry one is the dog.\n"),
    ("Sam Lee", "sam.lee@example.com", "thank you!!",
     "Alex, thank you so much for the gift card, that was really sweet. I already know what\n"
     "I'm getting with it. Coffee next week? My treat.\n\nSam\n"),
]

FRIENDS_INTL = [
    ("Jonas Weber", "jonas.weber@example.de", "Grillen am Sonntag",
     "Hallo Alex,\n\nwir grillen am Sonntag ab 15 Uhr bei uns im Garten. Bring gern etwas zu trinken mit.\n"
     "Die Kinder freuen sich schon auf Deinen Hund.\n\nViele Grüße\nJonas\n", "iso-8859-1", "8bit"),
    ("Camille Laurent", "camille.laurent@example.fr", "Des nouvelles",
     "Coucou Alex,\n\nOn a enfin emménagé ! L'appartement est petit mais très lumineux. Passe nous voir\n"
     "quand tu viens à Lyon, il y a un canapé pour toi.\n\nBises,\nCamille\n", "iso-8859-15", "quoted-printable"),
    ("Yuki Tanaka", "yuki.tanaka@example.jp", "来週の打ち合わせ",
     "アレックスさん\n\nお疲れさまです。来週の打ち合わせですが、水曜日の午後でいかがでしょうか。\n"
     "資料は前日までにお送りします。\n\n田中\n", "iso-2022-jp", "7bit"),
    ("Elodie Martin", "elodie.martin@example.fr", "Re: week-end",
     "Oui, samedi ça marche. Je réserve la table pour 20 h. À samedi !\n\nÉlodie\n", "utf-8", "base64"),
]


def friends(ctx):
    out = []
    for i, (name, addr, subj, body) in enumerate(FRIENDS):
        cte = ["quoted-printable", "8bit", "7bit", "7bit", "base64"][i]
        if cte in ("7bit", "8bit"):
            cte = "8bit" if not body.isascii() else "7bit"
        out.append(_msg(ctx, (name, addr), subj, text(body, cte=cte), tz="-0500", family="noise: personal"))
    for name, addr, subj, body, cs, cte in FRIENDS_INTL:
        how, scs = ("b", "iso-2022-jp") if cs == "iso-2022-jp" else ("raw", "utf-8")
        if not subj.isascii() and how == "raw":
            how = "q"
        out.append(_msg(ctx, (name, addr), subj, text(body, cs=cs, cte=cte), tz="+0100", subj_how=how,
                        subj_cs=scs, family="noise: personal"))
    return out


def newsletters(ctx):
    out = []
    items = [
        ("Northwind Books", "news@northwind-books.example", "Your reading rewards are waiting",
         "<h1>Members' weekend</h1><p>Your <b>$5.00</b> Northwind reward expires on "
         "<b>{date}</b>. Use it in store or online.</p><p>Plus: 3 paperbacks for $20.</p>"),
        ("StreamBox", "hello@streambox.example", "A $5 credit for your next rental",
         "<table><tr><td>Rent any film this week and we'll add a <span>$</span><span>5</span> credit to your "
         "StreamBox wallet.</td></tr><tr><td>Offer ends {date}.</td></tr></table>"),
        ("Cedar Outdoor Co.", "deals@cedar-outdoor.example", "Last chance: 20% off tents",
         "<p>Use code <b>CAMP20</b> at checkout. Ends {date}.</p><p>Free shipping on orders over $75.</p>"),
        ("The Weekly Byte", "digest@weeklybyte.example", "This week in tech",
         "<h2>Top stories</h2><ul><li>Retailers rethink loyalty points</li><li>Why your gift card balance might be "
         "worth less than you think</li><li>Review: the new e-readers</li></ul>"),
        ("Hôtel Les Tilleuls", "reservation@lestilleuls.example", "Votre avoir de 30,00 €",
         "<p>Suite à l'annulation de votre séjour, un avoir de <b>30,00&nbsp;&euro;</b> a été créé. Il est valable "
         "jusqu'au {date_fr}.</p>"),
        ("さくらマート", "info@sakura-mart.example", "ポイント有効期限のお知らせ",
         "<p>いつもご利用ありがとうございます。</p><p>お持ちの 1,200 ポイントは {date_ja} に失効します。</p>"),
    ]
    for i, (name, addr, subj, inner) in enumerate(items):
        d = ctx.when().date() + dt.timedelta(days=20)
        inner = inner.format(date=fmt.date(d, "us_long"), date_fr=fmt.date(d, "fr_long"), date_ja=fmt.date(d, "jp_kanji"))
        page = f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{subj}</title></head><body>\n" \
               f"<div style=\"max-width:600px;margin:auto\">\n{inner}\n<p style=\"font-size:11px\">You are receiving " \
               f"this because you subscribed at {addr.split('@')[1]}. Unsubscribe anytime.</p>\n</div></body></html>\n"
        cte = ["quoted-printable", "base64", "quoted-printable", "8bit", "base64", "base64"][i]
        if i % 2 == 0:
            root = Multi("alternative", [text(mime.strip_split(_plain(inner)), cte="quoted-printable"),
                                         htmlpart(page, cte=cte)], bnd(ctx))
        else:
            root = htmlpart(page, cte=cte)
        how = "raw" if subj.isascii() else ("b" if i == 5 else "q")
        out.append(_msg(ctx, (name, addr), subj, root, subj_how=how, family="noise: newsletter"))
    return out


def _plain(markup):
    import re
    import html
    return html.unescape(re.sub(r"<[^>]+>", " ", markup)).strip() + "\n"


def money_mail(ctx):
    out = []
    for i in range(4):
        d = ctx.when().date()
        body = (f"Your statement for the period ending {fmt.date(d, 'us_long')} is ready.\n\n"
                f"Statement credit applied: $15.00 (travel benefit)\n"
                f"New balance: $1,482.16\nMinimum payment due: $35.00\n")
        out.append(_msg(ctx, ("Harbor Bank", "statements@harborbank.example"), "Your statement is available",
                        text(body, cte=["quoted-printable", "7bit", "base64", "7bit"][i]), tz="-0500",
                        family="noise: bank"))
    for i in range(3):
        d = ctx.when().date() + dt.timedelta(days=200)
        body = (f"Thanks for flying with us!\n\nMiles earned on this trip: 1,840\n"
                f"Miles balance: 23,115\n2,500 bonus miles expire on {fmt.date(d, 'us_abbr')} unless you fly again.\n")
        out.append(_msg(ctx, ("SkyBridge Air", "miles@skybridge.example"), "Your trip summary",
                        text(body, cte="quoted-printable"), family="noise: travel"))
    menu = [("Oat flat white", 525), ("Cinnamon bun", 375), ("Drip coffee", 300), ("Chai latte", 495),
            ("Almond croissant", 425), ("Iced tea", 350)]
    for i in range(3):
        picks = ctx.rng.sample(menu, 2)
        total = sum(p for _, p in picks)
        lines = "".join(f"{n:<18}${p // 100}.{p % 100:02d}\n" for n, p in picks)
        body = (f"Receipt #{ctx.digits(6)}\n\n{lines}{'Total':<18}${total // 100}.{total % 100:02d}\n\n"
                f"You earned {total // 100} beans. 40 beans expire at the end of the month.\n")
        out.append(_msg(ctx, ("Little Kettle Café", "receipts@littlekettle.example"), "Your receipt",
                        text(body, cte="7bit"), family="noise: receipt"))
    for i in range(2):
        body = ("Here's your Northwind Books gift card.\n\nAmount: $20.00\nClaim code: NW-" + ctx.digits(4) + "-"
                + ctx.digits(4) + "\nRedeem in store or at northwind-books.example.\n")
        out.append(_msg(ctx, ("Northwind Books", "giftcards@northwind-books.example"),
                        "You've received a Northwind Books gift card", text(body, cte="quoted-printable"),
                        family="noise: other gift card"))
    for i in range(3):
        code = ctx.digits(6)
        out.append(_msg(ctx, ("Cloudnest", "no-reply@cloudnest.example"), "Your sign-in code",
                        text(f"Your verification code is {code}. It expires in 10 minutes.\n", cte="7bit"),
                        family="noise: sign-in code"))
    for i in range(3):
        d = ctx.when().date() + dt.timedelta(days=14)
        body = (f"Your electricity bill is ready.\n\nAmount due: $84.{ctx.digits(2)}\nDue date: {fmt.date(d, 'us_slash')}\n"
                f"Credit from solar export: -$12.40\n")
        out.append(_msg(ctx, ("Metro Power", "billing@metropower.example"), "Your bill is ready",
                        text(body, cte="quoted-printable"), family="noise: utility"))
    for i in range(3):
        out.append(_msg(ctx, ("ParcelFast", "track@parcelfast.example"), "Your parcel is out for delivery",
                        text(f"Parcel PF{ctx.digits(10)} from a marketplace seller is out for delivery today between "
                             f"10:00 and 14:00.\n", cte="7bit"), family="noise: carrier"))
    de = ("Guten Tag,\n\nIhr BahnBonus-Konto: 1.250 Punkte. 300 Punkte verfallen am "
          "{d}. Ihre Prämie: ein Gutschein über 10,00 €.\n")
    out.append(_msg(ctx, ("Reisebonus", "service@reisebonus.example"), "Ihr Punktestand",
                    text(de.format(d=fmt.date(ctx.when().date(), "de_dot")), cs="iso-8859-15", cte="quoted-printable"),
                    tz="+0200", family="noise: travel"))
    fr = "Bonjour,\n\nVotre facture de 42,90 € est disponible. Prélèvement prévu le {d}.\n"
    out.append(_msg(ctx, ("Opérateur Mobile", "factures@mobile-op.example"), "Votre facture est disponible",
                    text(fr.format(d=fmt.date(ctx.when().date(), "fr_slash")), cs="windows-1252", cte="8bit"),
                    tz="+0200", family="noise: utility"))
    return out


def lists(ctx):
    out = []
    topics = ["Re: [bikes] chain wear question", "Re: [bikes] winter tyres", "[garden-club] seed swap on the 12th"]
    for t in topics:
        body = ("Quoting an earlier message:\n\n> I measure with a ruler; 12 links should be 12 inches.\n> "
                "Anything past 12 1/16 and it's time to replace.\n\nThat's the way. A checker tool is $10 and "
                "saves guessing.\n\n-- \nsent from the list\nTo unsubscribe, email list-leave@lists.example\n")
        out.append(_msg(ctx, ("Hobby Lists", "list@lists.example"), t, text(body, cte="7bit"),
                        extra=[("List-Id", "<bikes.lists.example>"), ("Precedence", "list")], family="noise: list"))
    return out


def with_attachments(ctx):
    out = []
    sizes = [6000, 14000, 28000, 45000, 9000]
    for i, size in enumerate(sizes):
        pdf = Leaf("application/pdf", data=fake_pdf(ctx.rng, size), cte="base64", params=f'name="report-{i + 1}.pdf"',
                   headers=[f'Content-Disposition: attachment; filename="report-{i + 1}.pdf"'])
        body = text("Attached is the draft. Comments by Friday, please.\n", cte="7bit")
        out.append(_msg(ctx, ("Morgan Hale", "morgan.hale@work.example"), "draft report attached",
                        Multi("mixed", [body, pdf], bnd(ctx)), family="noise: attachment"))
    png = Leaf("image/png", data=tiny_png(3) * 1, cte="base64", params='name="map.png"',
               headers=['Content-Disposition: attachment; filename="map.png"'])
    out.append(_msg(ctx, ("Nina Park", "nina.park@example.net"), "map for saturday",
                    Multi("mixed", [text("Trailhead is the red dot.\n", cte="7bit"), png], bnd(ctx)),
                    family="noise: attachment"))
    return out


def calendar(ctx):
    out = []
    for i in range(2):
        start = ctx.when()
        stamp = start.strftime("%Y%m%dT%H%M%SZ")
        ics = ("BEGIN:VCALENDAR\nPRODID:-//Example Corp//Calendar//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
               f"UID:{ctx.hexs(16)}@work.example\nDTSTAMP:{stamp}\nDTSTART:{stamp}\nDURATION:PT30M\n"
               "SUMMARY:Budget review (expiring credits on the team card)\nORGANIZER:mailto:morgan.hale@work.example\n"
               f"ATTENDEE;RSVP=TRUE:mailto:{USER['addr']}\nEND:VEVENT\nEND:VCALENDAR\n")
        cal = Leaf("text/calendar", text=ics, charset="utf-8", cte="7bit", params="method=REQUEST")
        root = Multi("alternative", [text("You have been invited to: Budget review\n", cte="7bit"), cal], bnd(ctx))
        out.append(_msg(ctx, ("Morgan Hale", "morgan.hale@work.example"), "Invitation: Budget review", root,
                        family="noise: calendar"))
    return out


def all_noise(ctx):
    return friends(ctx) + newsletters(ctx) + money_mail(ctx) + lists(ctx) + with_attachments(ctx) + calendar(ctx)
