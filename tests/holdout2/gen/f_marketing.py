"""Marketing offers ("earn", "get a credit when you ...") and expiring-soon reminders.
None of them grants anything."""
from .common import Msg, html_shell
from .dates import d, de_long, dmy_slash, jp_long, uk_long, us_abbr, us_long
from .mime import Multi, Text

NEWS = ("Amazon.com", "store-news@amazon.com")
PROMO = "Category Promotions"


def _offer_html(headline, body, fine):
    return html_shell("<tr><td style='padding:0 20px'><h1 style='font-size:26px'>%s</h1><p>%s</p>"
                      "<p><a href='https://www.amazon.com/b?node=1' style='background:#ffd814;"
                      "padding:8px 18px;border-radius:8px'>Shop now</a></p></td></tr>" % (headline, body),
                      footer=fine)


def build():
    return [
        Msg("mk-fresh", "2025-04-10 09:00:00", NEWS, "Get a $10 credit on your first Fresh order",
            Text(_offer_html("$10 credit is waiting", "Spend $50 or more on your first Amazon Fresh "
                             "order and get a $10 credit toward your next one.",
                             "Offer valid for orders placed by %s. Credit issued within 7 days of "
                             "delivery and expires 30 days after issue." % us_long(d("2025-05-15"))),
                 "html", cte="quoted-printable"),
            tz=-420, labels=PROMO),
        Msg("mk-photos", "2025-07-01 09:00:00", NEWS, "Prime Day deal: earn a $20 credit",
            Multi("alternative", [
                Text("Earn a $20 credit for Prime Day.\n\nUpload your first photo to Amazon Photos "
                     "between July 8 and July 11, 2025 and we'll give you $20 to spend on Prime Day "
                     "deals.\n"),
                Text(_offer_html("Earn a $20 credit", "Upload your first photo to Amazon Photos "
                                 "between July 8 and July 11, 2025 and we&#39;ll give you $20 to "
                                 "spend on Prime Day deals.", "Terms apply."), "html")],
                "mk-photos-alt"),
            tz=-420, labels=PROMO),
        Msg("mk-norush", "2025-09-15 09:00:00", NEWS, "Not in a hurry? Get rewarded",
            Text("Choose FREE No-Rush Shipping at checkout and earn a $1 digital reward for every "
                 "eligible order. Rewards can be used on eBooks, music, movies and apps.\n", cte="7bit"),
            tz=-420, labels=PROMO),
        Msg("mk-uk-video", "2025-10-20 08:00:00", ("Amazon.co.uk", "store-news@amazon.co.uk"),
            "Rent a film, get £3 back",
            Text("Rent any film on Prime Video by %s and we'll give you £3.00 credit for your next "
                 "rental. One per customer.\n" % uk_long(d("2025-11-02")), cte="base64"),
            tz=60, labels=PROMO),
        Msg("mk-de", "2025-11-24 08:00:00", ("Amazon.de", "store-news@amazon.de"),
            "Black Friday: 5 € Aktionsguthaben sichern",
            Text("Jetzt 5,00 € Aktionsguthaben sichern: Laden Sie bis zum %s die Amazon Shopping App "
                 "herunter und melden Sie sich an. Das Guthaben wird nach der ersten App-Bestellung "
                 "(Mindestbestellwert 25,00 €) gutgeschrieben.\n" % de_long(d("2025-12-01")),
                 charset="iso-8859-15", cte="quoted-printable"),
            tz=60, labels=PROMO, subject_enc=("Q", "iso-8859-15")),
        Msg("mk-fr", "2026-01-12 08:00:00", ("Amazon.fr", "store-news@amazon.fr"),
            "Recevez 10 € offerts",
            Text("Recevez 10,00 € offerts pour votre premier achat sur Amazon Music Unlimited avant "
                 "le 31 janvier 2026. Offre soumise à conditions.\n", charset="windows-1252", cte="8bit"),
            tz=60, labels=PROMO),
        Msg("mk-jp", "2025-12-05 12:00:00", ("Amazon.co.jp", "store-news@amazon.co.jp"),
            "最大1,000円分もらえるキャンペーン",
            Text("エントリーして%sまでに合計5,000円以上お買い物すると、最大1,000円分のポイントを"
                 "プレゼント。\n" % jp_long(d("2025-12-25")), charset="iso-2022-jp", cte="7bit"),
            tz=540, labels=PROMO, subject_enc=("B", "iso-2022-jp")),
        # ---- expiring soon
        Msg("xs-norush", "2026-03-17 10:00:00", ("Amazon.com", "no-reply@amazon.com"),
            "Your digital rewards are about to expire",
            Text("Hi Priya,\n\nYou have $3.00 in No-Rush rewards expiring on %s. Use them on an "
                 "eBook, a movie rental or an album before then.\n\nYour balance: $4.00\n"
                 % us_abbr(d("2026-03-31"))),
            tz=-420, note="reminder, not a grant"),
        Msg("xs-table", "2025-11-10 10:00:00", ("Amazon.com", "no-reply@amazon.com"),
            "Rewards expiring soon",
            Text(html_shell("<tr><td style='padding:0 20px'><p>These rewards expire soon:</p><ul>"
                            "<li>$1.00 No-Rush reward - expires %s</li><li>$2.00 Amazon Day credit - "
                            "expires %s</li></ul><p>Rewards are applied automatically to eligible "
                            "digital orders.</p></td></tr>" % (us_long(d("2025-11-30")), us_long(d("2025-12-08")))),
                 "html", cte="base64"),
            tz=-480),
        Msg("xs-uk", "2025-12-05 10:00:00", ("Amazon.co.uk", "no-reply@amazon.co.uk"),
            "Reminder: £1.00 reward expires in 7 days",
            Text("Your £1.00 No-Rush reward expires on %s. Don't miss out!\n" % dmy_slash(d("2025-12-12")),
                 charset="iso-8859-1", cte="8bit"),
            tz=0),
        Msg("xs-photos", "2025-10-24 10:00:00", ("Amazon.com", "no-reply@amazon.com"),
            "Last week to use your $20 credit",
            Text("Your $20.00 Prime Day credit expires on %s. It's already in your account - just "
                 "check out with an eligible item sold by Amazon.com.\n" % us_long(d("2025-10-31")),
                 cte="7bit"),
            tz=-420),
        Msg("xs-de", "2026-02-24 10:00:00", ("Amazon.de", "no-reply@amazon.de"),
            "Ihre Gutschrift läuft bald ab",
            Text("Hallo Priya,\n\nIhre Gutschrift über 1,00 € für digitale Inhalte läuft am %s ab.\n"
                 % de_long(d("2026-03-05")), charset="iso-8859-15", cte="quoted-printable"),
            tz=60),
        Msg("xs-jp", "2025-12-20 10:00:00", ("Amazon.co.jp", "no-reply@amazon.co.jp"),
            "特典の有効期限が近づいています",
            Text("Priya Lindqvist 様\n\nお客様の100円分のデジタル特典は%sに有効期限を迎えます。\n"
                 % jp_long(d("2025-12-31")), charset="shift_jis", cte="8bit"),
            tz=540, subject_enc=("B", "shift_jis")),
        Msg("xs-revoked", "2025-09-10 10:00:00", ("Amazon.com", "no-reply@amazon.com"),
            "An update about your promotional credit",
            Text("Because order 112-5550913-7730014 was returned, the $10.00 Prime Day credit it "
                 "qualified for has been removed from your account.\n", cte="7bit"),
            tz=-420, note="a credit taken back: no grant"),
    ]
