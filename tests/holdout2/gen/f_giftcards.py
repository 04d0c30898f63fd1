"""Gift cards received (grants) and the ones bought, sent or reloaded (not the user's credit)."""
import random

from .common import Msg, amz, auth_pass, html_shell, grant, order_id
from .dates import d, de_num, jp_long, uk_long, us_long
from .mime import Multi, Text

GC = ("Amazon.com", "gc-orders@gc.email.amazon.com")


def _card_html(giver, amount_html, note, claim, extra=""):
    return html_shell(
        "<tr><td align='center' style='padding:20px'><img src='https://m.media-amazon.com/images/G/01/"
        "gc/designs/livepreview/a_generic_white_10_us_noto_email_v2016_us-main._CB627448186_.png' "
        "width='300' alt='Amazon.com Gift Card'></td></tr><tr><td align='center'><p style='font-size:"
        "22px'>%s</p><p style='font-size:30px;color:#b12704'>%s</p><p><i>&ldquo;%s&rdquo;</i></p>"
        "<p>Claim code<br><span style='font-family:monospace;font-size:20px'>%s</span></p>%s"
        "</td></tr>" % (giver, amount_html, note, claim, extra),
        preheader="%s sent you an Amazon.com Gift Card" % giver)


def build():
    rng = random.Random("holdout2/giftcards")
    bought = order_id(rng)
    return [
        Msg("gc-us-25", "2025-03-15 12:05:00", GC, "Marisol Vega sent you a Gift Card for $25.00",
            Text(_card_html("Marisol Vega", "$25.00", "For the book club picks. Don't spend it all on "
                            "one $2 paperback!", "7QHK-3MWZPD-V9RA",
                            "<p class='sm'>Amazon.com Gift Cards never expire and carry no fees.</p>"),
                 "html", cte="quoted-printable"),
            [grant("gift-card", "25.00", "USD")], tz=-420, pre=[auth_pass("gc.email.amazon.com")],
            note="the $2 in the giver's note is not the card"),
        Msg("gc-us-100", "2025-12-24 07:30:00", GC, "Uncle Theo sent you a Gift Card for $100.00",
            Multi("alternative", [
                Text("Uncle Theo sent you a $100.00 Amazon.com Gift Card.\n\n\"Merry Christmas, "
                     "kiddo.\"\n\nClaim code: 2B4N-X8C7QL-RTMJ\n\nRedeem at amazon.com/redeem. "
                     "Amazon.com Gift Cards never expire.\n\nOrder #%s\n" % order_id(rng)),
                Text(_card_html("Uncle Theo", "$100.00", "Merry Christmas, kiddo.", "2B4N-X8C7QL-RTMJ"),
                     "html")], "gc-alt-2025-12"),
            [grant("gift-card", "100.00", "USD")], tz=-480,
            note="the order number is the giver's purchase: order_id null"),
        Msg("gc-uk", "2026-02-14 09:00:00", ("Amazon.co.uk", "gc-orders@gc.email.amazon.co.uk"),
            "Hannah sent you an Amazon.co.uk Gift Card",
            Text("Hannah has sent you a £20.00 Amazon.co.uk Gift Card.\n\n\"Happy Valentine's, "
                 "treat yourself x\"\n\nClaim code: HV2K-9PLMQA-7TRE\nValid until: %s\n\nTo use it, "
                 "add it to your account at amazon.co.uk/gc/redeem.\n" % uk_long(d("2036-02-14")),
                 cte="base64"),
            [grant("gift-card", "20.00", "GBP", "2036-02-14")], tz=0,
            note="validity date is stated, so it is labelled"),
        Msg("gc-de", "2025-08-30 19:00:00", ("Amazon.de", "gutschein-versand@amazon.de"),
            "Tobias hat Ihnen einen Amazon.de Gutschein geschickt",
            Text("Hallo Priya,\n\nTobias hat Ihnen einen Amazon.de Geschenkgutschein über 15,00 € "
                 "geschickt.\n\nGutscheincode: Q7RM-ZK4P2L-HHNB\nEinlösbar bis: %s\n\n"
                 "Viel Freude beim Einkaufen!\n" % de_num(d("2035-12-31")), charset="iso-8859-15",
                 cte="quoted-printable"),
            [grant("gift-card", "15.00", "EUR", "2035-12-31")], tz=120),
        Msg("gc-jp", "2026-01-20 18:00:00", ("Amazon.co.jp", "gc-orders@gc.email.amazon.co.jp"),
            "Kenjiさんから Amazonギフトカードが届きました",
            Text("Priya Lindqvist 様\n\nKenji さんから Amazonギフトカード（￥3,000）が届きました。\n\n"
                 "ギフト券番号：AQ3K-7HJ2MN-PZQ4\n有効期限：%s\n\nメッセージ：「いつもありがとう！」\n"
                 % jp_long(d("2036-01-20")), charset="shift_jis", cte="quoted-printable"),
            [grant("gift-card", "3000", "JPY", "2036-01-20")], tz=540, subject_enc=("B", "iso-2022-jp")),
        Msg("gc-ca-fr", "2025-06-21 14:00:00", ("Amazon.ca", "gc-orders@gc.email.amazon.ca"),
            "Julie vous a envoyé une carte-cadeau",
            Text("Julie vous a envoyé une carte-cadeau Amazon.ca de 50,00 $.\n\n« Bonne fête ! »\n\n"
                 "Code de réclamation : JL5C-ZW8QHT-2M6A\n\nLes cartes-cadeaux Amazon.ca n'expirent pas.\n",
                 charset="windows-1252", cte="quoted-printable"),
            [grant("gift-card", "50.00", "CAD")], tz=-240),
        # ---- not the user's credit
        Msg("gc-bought", "2025-04-30 21:00:00", amz("US", "auto-confirm"),
            "Your Amazon.com order #%s" % bought,
            Text("Thanks for your order, Priya!\n\nOrder #%s\nPlaced on %s\n\n"
                 "Amazon.com eGift Card - Birthday Balloons\n  Amount: $40.00\n  Deliver to: "
                 "mom.lindqvist@example.org\n  Delivery date: May 2, 2025\n\nItem(s) Subtotal: $40.00\n"
                 "Grand Total: $40.00\nPaid with Visa ending in 4417\n"
                 % (bought, us_long(d("2025-04-30")))),
            tz=-420, note="a card the user bought for someone else"),
        Msg("gc-sent", "2025-05-02 08:00:00", ("Amazon.com", "do-not-reply@amazon.com"),
            "Your gift card was delivered to mom.lindqvist@example.org",
            Text("Your $40.00 Amazon.com eGift Card was delivered to mom.lindqvist@example.org "
                 "on %s. We'll let you know when it's redeemed.\n" % us_long(d("2025-05-02")),
                 cte="7bit"),
            tz=-420),
        Msg("gc-reload", "2025-11-28 10:15:00", ("Amazon.com", "reload-no-reply@amazon.com"),
            "Your Amazon gift card balance reload",
            Text("Reload confirmation\n\nAmount reloaded: $100.00\nBonus: none\nPayment method: "
                 "Mastercard ending in 0921\nNew gift card balance: $142.16\n\nReloads are "
                 "non-refundable.\n"),
            tz=-480, note="the user's own money moved in: not a credit grant"),
        Msg("gc-opened", "2025-05-06 17:00:00", ("Amazon.com", "do-not-reply@amazon.com"),
            "Your gift was opened",
            Text("Good news: mom.lindqvist@example.org redeemed the $40.00 Amazon.com Gift Card you "
                 "sent.\n", cte="7bit"),
            tz=-420),
        Msg("gc-business", "2025-12-19 16:00:00", GC, "Brightline Surveys sent you a Gift Card for $15.00",
            Text("Brightline Surveys sent you a $15.00 Amazon.com Gift Card.\n\nMessage: \"Thanks for "
                 "completing our 20-minute study.\"\n\nClaim code: 9KQT-L2WXRM-Z5HB\n", cte="base64"),
            [grant("gift-card", "15.00", "USD")], tz=-480),
    ]
