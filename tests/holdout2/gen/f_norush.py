"""No-Rush and Amazon Day rewards: the grant that arrives when an order ships or lands."""
import random

from .common import Msg, alt_from_plain, amz, auth_pass, grant, html_shell, order_id
from .dates import (d, de_long, de_num, dmy_slash, fr_long, iso, jp_long, jp_slash, uk_long,
                    us_abbr, us_long, us_num)
from .mime import SOFT, Multi, Text

BC = "Benefit Confirmation for your Order"


def _us_terse(rng, n, when, amt, exp, enc="7bit"):
    oid = order_id(rng)
    body = Text("Order %s: No-Rush reward of $%s added to your account. Use it by %s on eligible "
                "digital items.\n" % (oid, amt, us_abbr(d(exp))), cte=enc)
    return Msg("nr-us-terse-%d" % n, when, amz("US", "shipment-tracking"), BC, body,
               [grant("no-rush", amt, "USD", exp, oid)], tz=-480, pre=[auth_pass("amazon.com")])


def _us_block(rng, n, when, amt, exp, shipped):
    oid = order_id(rng)
    body = (
        "Hi Priya,\n\nYour No-Rush benefit is in.\n\n"
        "  Order number ....... %s\n"
        "  Shipped on ......... %s\n"
        "  Benefit ............ $%s digital reward\n"
        "  Good through ....... %s\n"
        "  Use it on .......... select eBooks, digital music, videos and apps\n\n"
        "Rewards apply automatically at checkout when you buy something eligible. Nothing to "
        "clip, nothing to enter.\n\n"
        "Amazon.com | Your Account | Help\n"
        "This message was sent from an address that cannot accept replies.\n"
        % (oid, us_long(d(shipped), weekday=True), amt[:-1] + SOFT + amt[-1:],
           us_long(d(exp)).replace(" ", " " + SOFT, 1)))
    return Msg("nr-us-block-%d" % n, when, amz("US", "no-reply"), BC, Text(body),
               [grant("no-rush", amt, "USD", exp, oid)], tz=-300)


def _us_html_cells(rng, n, when, amt, exp, total, placed_by):
    oid = order_id(rng)
    inner = (
        '<tr><td style="padding:0 20px"><h2 style="font-size:20px">Thanks for choosing No-Rush!</h2>'
        "<p>Waiting a little longer paid off. Here&#39;s what landed in your account:</p></td></tr>\n"
        '<tr><td style="padding:0 20px"><table cellpadding="6" cellspacing="0" border="1" '
        'style="border-collapse:collapse;border-color:#ddd" width="100%%">'
        "<tr><th align=left>Order</th><th align=left>Reward</th><th align=left>Expires</th></tr>"
        '<tr><td><a href="https://www.amazon.com/gp/css/summary/edit.html?orderID=%s">%s</a></td>'
        '<td class="amt">&#36;%s</td><td>%s</td></tr></table></td></tr>\n'
        '<tr><td style="padding:12px 20px">Spend it on eligible Kindle books, movie rentals, '
        "digital music or apps. It comes off automatically.</td></tr>\n"
        '<tr><td style="padding:12px 20px;border-top:1px solid #eee"><b>Order summary</b><br>'
        "Items: 2 &nbsp; Order total: $%s<br>Delivered %s</td></tr>\n"
        % (oid, oid, amt, us_long(d(exp)), total, us_abbr(d(when[:10]))))
    foot = ("No-Rush rewards are offered for orders placed by %s while supplies last. Terms apply. "
            "&copy; 1996-2026, Amazon.com, Inc. or its affiliates. 410 Terry Ave N., Seattle, WA 98109."
            % us_long(d(placed_by)))
    body = Text(html_shell(inner, title=BC, preheader="A reward for your patience", footer=foot),
                subtype="html", cte="base64")
    return Msg("nr-us-html-%d" % n, when, amz("US", "shipment-tracking"), BC, body,
               [grant("no-rush", amt, "USD", exp, oid)], tz=-420, labels="Inbox,Category Updates")


def _us_alt_later(rng, n, when, amt, exp):
    """The grant comes first; the expiry only several paragraphs later, in US numeric form."""
    oid = order_id(rng)
    plain = (
        "Hello Priya,\n\n"
        "Good news: your package from order %s is on its way, and because you picked the slower "
        "option we have added a $%s credit for digital content to your account.\n\n"
        "Looking for something to use it on? This week's Kindle Daily Deals start at $0.99, and "
        "new-release rentals are $5.99.\n\n"
        "Track your package: https://www.amazon.com/progress-tracker/package?orderId=%s\n\n"
        "Heads up: digital credits don't last forever. This one expires %s.\n\n"
        "Thanks for shopping with us.\nAmazon.com\n" % (oid, amt, oid, us_num(d(exp))))
    html = html_shell(
        "<tr><td style='padding:0 20px'><p>Hello Priya,</p><p>Good news: your package from order "
        "<b>%s</b> is on its way, and because you picked the slower option we have added a "
        "<b>$%s</b> credit for digital content to your account.</p><p>Looking for something to use "
        "it on? This week&rsquo;s Kindle Daily Deals start at $0.99, and new-release rentals are "
        "$5.99.</p><p>Heads up: digital credits don&rsquo;t last forever. This one expires "
        "<span style='white-space:nowrap'>%s</span>.</p></td></tr>" % (oid, amt, us_num(d(exp)))
    )
    body = Multi("alternative", [Text(plain), Text(html, "html")], "=_alt_%s" % oid)
    return Msg("nr-us-alt-%d" % n, when, amz("US", "shipment-tracking"),
               "Your order is on the way (and a little something extra)", body,
               [grant("no-rush", amt, "USD", exp, oid)], tz=-360)


def _amazon_day(rng, n, when, amt, exp, day_name):
    oid = order_id(rng)
    plain = (
        "Your Amazon Day delivery is complete\n\n"
        "You grouped your items into one %s delivery - fewer boxes, fewer trips. As a thank-you, a "
        "$%s digital credit is now on your account (order %s).\n\n"
        "It expires at 11:59 PM PT on %s.\n\n"
        "Next Amazon Day: %s. Change your day any time in Your Account.\n"
        % (day_name, amt, oid, us_long(d(exp), weekday=True), day_name))
    return Msg("nr-us-aday-%d" % n, when, amz("US", "no-reply"),
               "Amazon Day: your $%s digital credit" % amt.rstrip("0").rstrip("."), Text(plain, cte="8bit"),
               [grant("no-rush", amt, "USD", exp, oid)], tz=-420)


def _per_shipment_two(rng, when):
    """One mail, two shipments of the same order, a reward and an expiry for each."""
    oid = order_id(rng)
    e1, e2 = "2026-04-30", "2026-05-14"
    plain = (
        "Benefit confirmation\n\nOrder %s arrived in two shipments. You chose No-Rush Shipping for "
        "both, so each one earned its own reward:\n\n"
        "* Shipment 1 of 2 (delivered Mar 2): $1.00 digital reward, expires %s\n"
        "* Shipment 2 of 2 (delivered Mar 9): $1.00 digital reward, expires %s\n\n"
        "Rewards can be used on select eBooks, digital music, videos and apps.\n"
        % (oid, us_abbr(d(e1)), us_abbr(d(e2))))
    return Msg("nr-us-2ship", when, amz("US", "shipment-tracking"), BC, Text(plain),
               [grant("no-rush", "1.00", "USD", e1, oid), grant("no-rush", "1.00", "USD", e2, oid)],
               tz=-480, note="two shipments, two rewards, same order id")


def _per_shipment_one(rng, when):
    oid = order_id(rng)
    exp = "2026-07-01"
    plain = (
        "Shipment 2 of 3 for order %s has left our building.\n\n"
        "Reward for this shipment: $1.00 (No-Rush Shipping)\n"
        "Expiration: %s\n\n"
        "Shipments 1 and 3 get their own confirmation when they go out. Estimated delivery for this "
        "one: %s.\n" % (oid, us_long(d(exp)), us_abbr(d("2026-04-08"))))
    return Msg("nr-us-ship2of3", when, amz("US", "shipment-tracking"),
               "Shipped: 2 of 3 items - No-Rush reward added", Text(plain, cte="7bit", ), [
                   grant("no-rush", "1.00", "USD", exp, oid)], tz=-420)


def _household(rng, when):
    oid = order_id(rng)
    exp = "2026-02-28"
    plain = (
        "Priya, your No-Rush reward this time is for the household aisle.\n\n"
        "A $3.00 reward toward select household essentials (minimum purchase $15.00, sold by "
        "Amazon) is on your account from order %s.\n"
        "Valid until %s.\n\nNot valid on digital content, gift cards or third-party items.\n"
        % (oid, us_long(d(exp))))
    return Msg("nr-us-household", when, amz("US", "no-reply"), BC,
               alt_from_plain(plain, "hh-2025-12", html_cte="base64"),
               [grant("no-rush", "3.00", "USD", exp, oid)], tz=-300)


def _no_expiry(rng, when):
    oid = order_id(rng)
    plain = ("Thanks for choosing FREE No-Rush Shipping on order %s.\n\nA $1.00 digital reward "
             "has been added to your account. Visit Your Account > No-Rush rewards summary to see "
             "when it expires.\n" % oid)
    return Msg("nr-us-noexp", when, amz("US", "no-reply"), BC, Text(plain, cte="base64"),
               [grant("no-rush", "1.00", "USD", None, oid)], tz=-300,
               note="no expiry stated in the mail: null")


def _formal_iso(rng, when):
    oid = order_id(rng)
    exp = "2026-06-30"
    plain = ("Dear Customer,\n\nWe confirm that a promotional benefit has been applied in "
             "connection with your order %s (No-Rush Shipping).\n\n"
             "Benefit amount: USD 3.00\nExpiration date: %s\nEligible content: Kindle eBooks, "
             "Amazon Video, Amazon Music, Amazon Appstore\n\nSincerely,\nAmazon.com Customer "
             "Service\n" % (oid, iso(d(exp))))
    return Msg("nr-us-formal", when, amz("US", "no-reply"), BC, Text(plain, cte="quoted-printable"),
               [grant("no-rush", "3.00", "USD", exp, oid)], tz=-480, crlf=True)


def _us_numeric_crlf(rng, when):
    """US numeric date 03/05/2026 is March 5 on Amazon.com; multipart, CRLF line ends."""
    oid = order_id(rng)
    exp = "2026-03-05"
    plain = ("No-Rush reward confirmation\n\nOrder #: %s\nReward: $1.00\nExpires: %s\n\n"
             "Delivered: 01/12/2026\n" % (oid, us_num(d(exp))))
    html = ("<html><body><p><b>No-Rush reward confirmation</b></p><p>Order #: %s<br>Reward: $1.00<br>"
            "Expires: %s</p><p style='color:#888'>Delivered: 01/12/2026</p></body></html>"
            % (oid, us_num(d(exp))))
    return Msg("nr-us-numeric", when, amz("US", "shipment-tracking"), BC,
               Multi("alternative", [Text(plain, cte="7bit"), Text(html, "html", cte="base64")], "nr-crlf-0113"),
               [grant("no-rush", "1.00", "USD", exp, oid)], tz=-480, crlf=True,
               note="US order: 03/05/2026 = March 5")


def _us_balance(rng, when):
    """A grant that also reports the running balance and an older reward's expiry."""
    oid = order_id(rng)
    exp = "2026-04-15"
    plain = ("Hi Priya,\n\nOrder %s shipped with No-Rush Shipping, so we added a $1.00 digital reward "
             "(expires %s).\n\nYour No-Rush rewards balance is now $4.00. Of that, $2.00 expires on "
             "%s - use it first.\n" % (oid, us_long(d(exp)), us_long(d("2026-02-28"))))
    return Msg("nr-us-balance", when, amz("US", "no-reply"), BC, Text(plain),
               [grant("no-rush", "1.00", "USD", exp, oid)], tz=-480,
               note="the $4.00 balance and the $2.00 expiring are older rewards: not this grant")


def _us_aday_crlf_html(rng, when):
    oid = order_id(rng)
    exp = "2026-01-10"
    inner = ("<tr><td style='padding:0 20px'><p>Thanks for picking Amazon Day.</p><table>"
             "<tr><td>Order</td><td>%s</td></tr><tr><td>Credit</td><td>$3.00 for digital content</td></tr>"
             "<tr><td>Expires</td><td>%s</td></tr></table><p>Boxes saved this year: 14</p></td></tr>"
             % (oid, us_abbr(d(exp))))
    return Msg("nr-us-aday-3", when, amz("US", "no-reply"), "Your Amazon Day credit",
               Text(html_shell(inner), "html", cte="base64"),
               [grant("no-rush", "3.00", "USD", exp, oid)], tz=-480, crlf=True)


# --------------------------------------------------------------- UK

def _uk(rng, n, when, exp, style):
    oid = order_id(rng, "UK")
    if style == "long":
        plain = ("Hello Priya,\n\nThanks for choosing No-Rush Delivery. Your order %s has been "
                 "despatched, and we've added £1.00 to spend on Kindle books or digital films and "
                 "music.\n\nYour reward expires on %s.\n\nAmazon.co.uk\n" % (oid, uk_long(d(exp))))
        body = Text(plain)
    elif style == "num":
        plain = ("No-Rush Delivery reward\n\nOrder: %s\nReward: £1\nExpires: %s\n\nDespatched "
                 "%s. Reward can be spent on eligible digital items on Amazon.co.uk.\n"
                 % (oid, dmy_slash(d(exp)), dmy_slash(d(when[:10]))))
        body = Text(plain, charset="iso-8859-1", cte="8bit")
    else:
        inner = ("<tr><td style='padding:0 20px'><p>Hi Priya,</p><p>Your parcel is on its way. "
                 "Because you chose <b>No-Rush Delivery</b>, here is a little thank-you:</p>"
                 "<table cellpadding=4><tr><td>Reward</td><td><b>&pound;1.00</b></td></tr>"
                 "<tr><td>Order</td><td>%s</td></tr><tr><td>Use by</td><td>%s</td></tr></table>"
                 "<p>Spend it on Kindle books, Prime Video rentals and digital music.</p></td></tr>"
                 % (oid, uk_long(d(exp), weekday=True)))
        foot = ("Amazon EU S.à r.l., UK branch, 1 Principal Place, Worship Street, London EC2A 2FA. "
                "VAT GB727255821. Please do not reply to this e-mail.")
        body = Text(html_shell(inner, "en-GB", BC, footer=foot), "html", cte="quoted-printable")
    return Msg("nr-uk-%d" % n, when, amz("UK", "no-reply"), BC, body,
               [grant("no-rush", "1.00", "GBP", exp, oid)], tz=0 if when[5:7] in "11 12 01 02 03" else 60,
               pre=[auth_pass("amazon.co.uk")])


# --------------------------------------------------------------- CA

def _ca_en(rng, when, exp):
    oid = order_id(rng, "CA")
    plain = ("Hi Priya,\n\nThanks for choosing No-Rush Shipping on order %s. A CDN$ 1.00 digital "
             "reward has been added to your Amazon.ca account.\n\nExpiry: %s\n\nPrices shown in "
             "Canadian dollars. GST/HST may apply to digital purchases.\n" % (oid, us_long(d(exp))))
    return Msg("nr-ca-en", when, amz("CA", "no-reply"), BC, alt_from_plain(plain, "ca-en-b"),
               [grant("no-rush", "1.00", "CAD", exp, oid)], tz=-300)


def _ca_fr(rng, when, exp):
    oid = order_id(rng, "CA")
    plain = ("Bonjour Priya,\n\nMerci d'avoir choisi la livraison sans urgence pour la commande "
             "%s. Une récompense numérique de 1,00 $ a été ajoutée à votre compte Amazon.ca.\n\n"
             "Elle expire le %s.\n\nLes prix sont en dollars canadiens.\n" % (oid, fr_long(d(exp))))
    return Msg("nr-ca-fr", when, amz("CA", "no-reply"), "Confirmation de l'avantage pour votre commande",
               Text(plain, charset="utf-8", cte="quoted-printable"),
               [grant("no-rush", "1.00", "CAD", exp, oid)], tz=-300, labels="Inbox,Opened")


def _ca_ambiguous(rng, when):
    oid = order_id(rng, "CA")
    plain = ("No-Rush Shipping benefit\n\nOrder %s\nReward: $1.00 CAD\nExpires 04/06/2026\n\n"
             "Thank you for shopping at Amazon.ca.\n" % oid)
    return Msg("nr-ca-ambiguous", when, amz("CA", "no-reply"), BC, Text(plain, cte="7bit"),
               [grant("no-rush", "1.00", "CAD", None, oid)], tz=-300,
               note="Amazon.ca writes both orders; 04/06/2026 is April 6 or June 4: expiry left null")


# --------------------------------------------------------------- DE / FR

def _de(rng, n, when, exp, style):
    oid = order_id(rng, "DE")
    subj = "Bestätigung Ihres Vorteils zur Bestellung %s" % oid
    if style == "num":
        plain = ("Guten Tag Priya,\n\nvielen Dank, dass Sie sich für den Versand ohne Eile "
                 "entschieden haben. Für Ihre Bestellung %s haben wir Ihrem Konto eine digitale "
                 "Gutschrift über 1,00 € gutgeschrieben.\n\nDie Gutschrift ist gültig bis %s und "
                 "kann für ausgewählte eBooks, Musik und Filme verwendet werden.\n\nVersanddatum: "
                 "%s\n\nMit freundlichen Grüßen\nIhr Amazon.de Team\n"
                 % (oid, de_num(d(exp)).replace(".", "." + SOFT, 1), de_num(d(when[:10]))))
        body = Text(plain, charset="iso-8859-15", cte="quoted-printable")
        enc = ("Q", "iso-8859-15")
    elif style == "long":
        plain = ("Hallo Priya,\n\nIhre Sendung zur Bestellung %s ist unterwegs. Als Dankeschön für "
                 "den Versand ohne Eile erhalten Sie EUR 1,00 als Guthaben für digitale Inhalte.\n\n"
                 "Ablaufdatum: %s\n\nGesamtbetrag der Bestellung: EUR 34,97 (inkl. USt.)\n"
                 % (oid, de_long(d(exp), weekday=True)))
        body = Text(plain, charset="windows-1252", cte="8bit")
        enc = ("B", "utf-8")
    else:
        inner = ("<tr><td style='padding:0 20px'><p>Hallo Priya,</p><p>für Ihre Bestellung "
                 "<b>%s</b> mit Versand ohne Eile wurde Ihrem Kundenkonto ein Vorteil "
                 "gutgeschrieben.</p><table><tr><td>Betrag:</td><td>EUR 1,00</td></tr><tr><td>"
                 "Einlösbar bis:</td><td>%s</td></tr></table></td></tr>" % (oid, de_long(d(exp))))
        foot = ("Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Stand der "
                "Datenschutzerklärung: 01.01.2026.")
        body = Text(html_shell(inner, "de", footer=foot), "html", charset="iso-8859-1",
                    cte="quoted-printable")
        enc = ("Q", "iso-8859-1")
    return Msg("nr-de-%d" % n, when, amz("DE", "versandbestaetigung"), subj, body,
               [grant("no-rush", "1.00", "EUR", exp, oid)], tz=60, subject_enc=enc)


def _fr(rng, n, when, exp, style):
    oid = order_id(rng, "FR")
    if style == "long":
        plain = ("Bonjour Priya,\n\nMerci d'avoir choisi la livraison sans urgence. Votre commande "
                 "%s a été expédiée et un avantage de 1,00 € a été crédité sur votre compte.\n\n"
                 "Cet avantage expire le %s. Il est utilisable sur une sélection d'eBooks Kindle, "
                 "de musique et de vidéos.\n\nCordialement,\nAmazon.fr\n" % (oid, fr_long(d(exp))))
        body = Text(plain, charset="windows-1252", cte="base64")
    else:
        plain = ("Confirmation de votre avantage\n\nCommande n° %s\nMontant : 1,00\u00a0€\n"
                 "Valable jusqu'au %s (%s)\n\nDate d'expédition : %s\n"
                 % (oid, dmy_slash(d(exp)), fr_long(d(exp), weekday=True), fr_long(d(when[:10]))))
        body = Text(plain, charset="iso-8859-15", cte="quoted-printable")
    return Msg("nr-fr-%d" % n, when, amz("FR", "confirmation-commande"),
               "Confirmation de l'avantage pour votre commande", body,
               [grant("no-rush", "1.00", "EUR", exp, oid)], tz=60,
               subject_enc=("Q", "utf-8") if n == 1 else None)


# --------------------------------------------------------------- JP

def _jp(rng, n, when, amt, exp, style):
    oid = order_id(rng, "JP")
    subj = "お急ぎ便を利用しない配送の特典について"
    if style == "2022":
        plain = ("Priya Lindqvist 様\n\nこのたびは、お急ぎ便を利用しない配送をお選びいただき、"
                 "ありがとうございます。\nご注文番号 %s の特典として、デジタルコンテンツに使える"
                 "%s円分の特典をアカウントに追加しました。\n\n有効期限：%s\n\nAmazon.co.jp\n"
                 % (oid, amt, jp_long(d(exp))))
        body = Text(plain, charset="iso-2022-jp", cte="7bit")
        enc = ("B", "iso-2022-jp")
    elif style == "sjis":
        inner = ("<tr><td>Priya Lindqvist 様</td></tr><tr><td>ご注文番号：%s</td></tr>"
                 "<tr><td>特典金額</td><td>￥%s</td></tr><tr><td>有効期限</td><td>%s</td></tr>"
                 "<tr><td>発送日：%s</td></tr>" % (oid, amt, jp_slash(d(exp)), jp_slash(d(when[:10]))))
        body = Text(html_shell(inner, "ja", footer="Amazon.co.jp ご利用ありがとうございました。")
                    .replace("charset=utf-8", "charset=Shift_JIS"), "html",
                    charset="shift_jis", cte="base64")
        enc = ("B", "shift_jis")
    else:
        plain = ("Priya Lindqvist 様\n\nAmazonをご利用いただきありがとうございます。\n"
                 "ご注文（%s）の配送特典として ￥%s 分のデジタル特典を付与しました。\n"
                 "特典の有効期限は %s です。\n" % (oid, amt, jp_long(d(exp), weekday=True, pad=True)))
        body = Text(plain, charset="utf-8", cte="base64")
        enc = ("B", "utf-8")
    return Msg("nr-jp-%d" % n, when, amz("JP", "shipment-tracking"), subj, body,
               [grant("no-rush", amt, "JPY", exp, oid)], tz=540, subject_enc=enc)


def build():
    rng = random.Random("holdout2/no-rush")
    return [
        _us_terse(rng, 1, "2025-03-04 18:22:10", "1.00", "2025-05-31"),
        _us_terse(rng, 2, "2025-11-19 09:02:44", "2.00", "2026-01-31", enc="quoted-printable"),
        _us_block(rng, 1, "2025-06-12 14:40:00", "1.00", "2025-08-31", "2025-06-11"),
        _us_block(rng, 2, "2026-01-08 11:11:11", "3.00", "2026-03-31", "2026-01-06"),
        _us_html_cells(rng, 1, "2025-08-02 07:15:30", "1.00", "2025-10-15", "27.48", "2025-12-31"),
        _us_html_cells(rng, 2, "2026-02-17 16:05:00", "2.00", "2026-05-17", "112.06", "2026-06-30"),
        _us_alt_later(rng, 1, "2025-09-23 12:00:01", "1.00", "2025-11-30"),
        _us_alt_later(rng, 2, "2026-03-05 08:30:00", "1.00", "2026-04-30"),
        _amazon_day(rng, 1, "2025-05-16 19:45:00", "2.00", "2025-07-15", "Friday"),
        _amazon_day(rng, 2, "2025-12-04 20:10:00", "2.00", "2026-02-08", "Thursday"),
        _per_shipment_two(rng, "2026-03-10 10:00:00"),
        _per_shipment_one(rng, "2026-04-02 06:40:00"),
        _household(rng, "2025-12-30 15:00:00"),
        _no_expiry(rng, "2025-04-21 13:13:00"),
        _formal_iso(rng, "2026-03-28 22:05:00"),
        _uk(rng, 1, "2025-07-09 10:20:00", "2025-09-30", "long"),
        _uk(rng, 2, "2026-01-14 08:00:00", "2026-03-05", "num"),
        _uk(rng, 3, "2025-10-27 17:30:00", "2025-12-12", "html"),
        _ca_en(rng, "2025-10-02 16:45:00", "2025-12-20"),
        _ca_fr(rng, "2026-01-22 09:30:00", "2026-04-01"),
        _ca_ambiguous(rng, "2026-02-11 14:00:00"),
        _de(rng, 1, "2025-06-30 09:10:00", "2025-09-30", "num"),
        _de(rng, 2, "2025-11-03 15:20:00", "2026-01-15", "long"),
        _de(rng, 3, "2026-02-25 11:00:00", "2026-03-05", "html"),
        _fr(rng, 1, "2025-09-08 10:00:00", "2025-11-01", "long"),
        _fr(rng, 2, "2026-01-29 18:00:00", "2026-04-11", "num"),
        _jp(rng, 1, "2025-07-21 09:00:00", "100", "2025-10-05", "2022"),
        _jp(rng, 2, "2025-12-12 12:00:00", "100", "2026-03-05", "sjis"),
        _jp(rng, 3, "2026-03-02 20:00:00", "200", "2026-05-31", "utf8"),
        _us_numeric_crlf(rng, "2026-01-13 17:00:00"),
        _us_balance(rng, "2026-01-16 09:20:00"),
        _us_aday_crlf_html(rng, "2025-11-07 18:00:00"),
        _de(rng, 4, "2025-12-18 10:00:00", "2026-03-05", "num"),
        _fr(rng, 3, "2025-12-22 10:00:00", "2026-03-05", "long"),
        _jp(rng, 4, "2025-09-30 09:00:00", "100", "2025-12-31", "2022"),
        _uk(rng, 4, "2025-05-14 10:00:00", "2025-08-03", "num"),
    ]
