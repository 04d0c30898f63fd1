"""Marketplaces: how each writes money and dates, and the words of its mail chrome.

Marketplace codes: US, UK, CA (English), CAFR (Canadian French), DE, FR, JP.
"""

from __future__ import annotations

import datetime as dt

CURRENCY = {"US": "USD", "UK": "GBP", "CA": "CAD", "CAFR": "CAD", "DE": "EUR", "FR": "EUR", "JP": "JPY"}
DOMAIN = {
    "US": "amazon.com",
    "UK": "amazon.co.uk",
    "CA": "amazon.ca",
    "CAFR": "amazon.ca",
    "DE": "amazon.de",
    "FR": "amazon.fr",
    "JP": "amazon.co.jp",
}
BRAND = {
    "US": "Amazon.com",
    "UK": "Amazon.co.uk",
    "CA": "Amazon.ca",
    "CAFR": "Amazon.ca",
    "DE": "Amazon.de",
    "FR": "Amazon.fr",
    "JP": "Amazon.co.jp",
}
LANG = {"US": "en", "UK": "en", "CA": "en", "CAFR": "fr", "DE": "de", "FR": "fr", "JP": "ja"}

NNBSP = "\u202f"  # narrow no-break space, French thousands separator
NBSP = "\u00a0"


# ---------------------------------------------------------------- money


def _group(n: int, sep: str) -> str:
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def money(mp: str, minor: int, style: int = 0, sign: str = "") -> str:
    """`minor` in minor units; `sign` is "" or "-" (placed where the marketplace puts it)."""
    if mp == "JP":
        n = _group(minor, ",")
        return [f"{sign}￥{n}", f"{sign}{n}円", f"{sign}￥ {n}"][style]
    major, cents = divmod(minor, 100)
    if mp in ("US", "UK", "CA"):
        n = f"{_group(major, ',')}.{cents:02d}"
        sym = {"US": ["$", "USD ", "US$"], "UK": ["£", "GBP ", "£"], "CA": ["CDN$ ", "$", "CA$"]}[mp][style]
        return f"{sign}{sym}{n}"
    if mp == "DE":
        n = f"{_group(major, '.')},{cents:02d}"
        return [f"{sign}{n} €", f"EUR {sign}{n}", f"{sign}{n}{NBSP}€"][style]
    if mp == "FR":
        n = f"{_group(major, NNBSP)},{cents:02d}"
        return [f"{sign}{n}{NBSP}€", f"EUR {sign}{n}", f"{sign}{n} €"][style]
    if mp == "CAFR":
        n = f"{_group(major, NBSP)},{cents:02d}"
        return [f"{sign}{n}{NBSP}$", f"{sign}{n} $", f"CDN$ {sign}{n}"][style]
    raise ValueError(mp)


def whole(mp: str, minor: int) -> str:
    """A marketing-style amount without decimals ("$10", "10 €", "500円")."""
    if mp == "JP":
        return f"{_group(minor, ',')}円"
    major = minor // 100
    return {
        "US": f"${major}",
        "UK": f"£{major}",
        "CA": f"${major}",
        "CAFR": f"{major}{NBSP}$",
        "DE": f"{major} €",
        "FR": f"{major}{NBSP}€",
    }[mp]


# ---------------------------------------------------------------- dates

EN_MONTHS = "January February March April May June July August September October November December".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
DE_DAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
FR_DAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
JP_DAYS = "月火水木金土日"


def _fr_day(d: dt.date) -> str:
    return "1er" if d.day == 1 else str(d.day)


def date(mp: str, d: dt.date, style: str = "long") -> str:
    """Render a date the way the marketplace's mail does.

    styles: long, short, num, wlong (with weekday), iso. Not every marketplace has every style.
    """
    if style == "iso":
        return d.isoformat()
    if mp in ("US", "CA"):
        if style == "long":
            return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
        if style == "short":
            return f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
        if style == "num":  # US month first; in CA this form is ambiguous
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if style == "wlong":
            return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
        if style == "wshort":
            return f"{EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if mp == "UK":
        if style == "long":
            return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
        if style == "short":
            return f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}"
        if style == "num":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "wlong":
            return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year}"
        if style == "wshort":
            return f"{EN_DAYS[d.weekday()][:3]} {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}"
    if mp == "DE":
        if style == "num":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if style == "long":
            return f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}"
        if style == "wlong":
            return f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year}"
        if style == "wshort":
            return f"{DE_DAYS[d.weekday()][:2]}., {d.day:02d}.{d.month:02d}.{d.year}"
    if mp in ("FR", "CAFR"):
        if style == "long":
            return f"{_fr_day(d)} {FR_MONTHS[d.month - 1]} {d.year}"
        if style == "num":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "wlong":
            return f"{FR_DAYS[d.weekday()]} {_fr_day(d)} {FR_MONTHS[d.month - 1]} {d.year}"
    if mp == "JP":
        if style == "long":
            return f"{d.year}年{d.month}月{d.day}日"
        if style == "num":
            return f"{d.year}/{d.month:02d}/{d.day:02d}"
        if style == "wlong":
            return f"{d.year}年{d.month}月{d.day}日({JP_DAYS[d.weekday()]})"
    raise ValueError((mp, style))


def date_nodigits_year(mp: str, d: dt.date) -> str:
    """A delivery-estimate form without the year ("Thursday, March 5")."""
    if mp in ("US", "CA"):
        return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}"
    if mp == "UK":
        return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]}"
    if mp == "DE":
        return f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]}"
    if mp in ("FR", "CAFR"):
        return f"{FR_DAYS[d.weekday()]} {_fr_day(d)} {FR_MONTHS[d.month - 1]}"
    if mp == "JP":
        return f"{d.month}月{d.day}日({JP_DAYS[d.weekday()]})"
    raise ValueError(mp)


# ---------------------------------------------------------------- chrome words

CHROME = {
    "en": {
        "nav": ["Your Orders", "Your Account", "Buy Again"],
        "view_order": "View or manage order",
        "order_no": "Order #",
        "placed": "Placed on",
        "arriving": "Arriving",
        "ship_to": "Ship to",
        "carousel": [
            "Recommended for you",
            "Customers who bought items in your order also bought",
            "Inspired by your browsing history",
            "Top picks for you",
            "Continue shopping for",
        ],
        "deals": ["Deals for you", "Today's Deals we picked for you", "Lightning Deals ending soon"],
        "deal_ends": "Deal ends",
        "list": "List:",
        "save": "Save",
        "stars": "out of 5 stars",
        "questions": "Questions? Visit Help & Contact.",
        "unsub": "Unsubscribe",
        "prefs": "Communication preferences",
        "privacy": "Privacy Notice",
    },
    "de": {
        "nav": ["Meine Bestellungen", "Mein Konto", "Erneut kaufen"],
        "view_order": "Bestellung anzeigen oder ändern",
        "order_no": "Bestellnr.",
        "placed": "Bestellt am",
        "arriving": "Zustellung",
        "ship_to": "Lieferadresse",
        "carousel": [
            "Empfehlungen für Sie",
            "Kunden, die Artikel aus Ihrer Bestellung gekauft haben, kauften auch",
            "Inspiriert von Ihrem Browserverlauf",
        ],
        "deals": ["Angebote für Sie", "Blitzangebote, die bald enden"],
        "deal_ends": "Angebot endet am",
        "list": "UVP:",
        "save": "Sie sparen",
        "stars": "von 5 Sternen",
        "questions": "Fragen? Besuchen Sie Hilfe & Kundenservice.",
        "unsub": "Abmelden",
        "prefs": "Benachrichtigungseinstellungen",
        "privacy": "Datenschutzerklärung",
    },
    "fr": {
        "nav": ["Vos commandes", "Votre compte", "Acheter à nouveau"],
        "view_order": "Afficher ou modifier la commande",
        "order_no": "Commande n°",
        "placed": "Passée le",
        "arriving": "Livraison prévue",
        "ship_to": "Adresse de livraison",
        "carousel": [
            "Recommandé pour vous",
            "Les clients ayant acheté des articles de votre commande ont également acheté",
            "Inspiré par votre historique de navigation",
        ],
        "deals": ["Offres pour vous", "Ventes Flash qui se terminent bientôt"],
        "deal_ends": "L'offre se termine le",
        "list": "Prix conseillé :",
        "save": "Économisez",
        "stars": "sur 5 étoiles",
        "questions": "Des questions ? Consultez Aide et service client.",
        "unsub": "Se désabonner",
        "prefs": "Préférences de communication",
        "privacy": "Notice Protection de vos informations personnelles",
    },
    "ja": {
        "nav": ["注文履歴", "アカウントサービス", "再度購入"],
        "view_order": "注文内容を表示・変更する",
        "order_no": "注文番号：",
        "placed": "注文日：",
        "arriving": "お届け予定：",
        "ship_to": "お届け先：",
        "carousel": ["おすすめ商品", "この注文の商品を買った人はこんな商品も買っています", "閲覧履歴に基づくおすすめ"],
        "deals": ["あなたへのおすすめセール", "まもなく終了のタイムセール"],
        "deal_ends": "セール終了：",
        "list": "参考価格：",
        "save": "OFF",
        "stars": "5つ星のうち",
        "questions": "ご不明な点はカスタマーサービスまでお問い合わせください。",
        "unsub": "配信停止",
        "prefs": "Eメール配信設定",
        "privacy": "プライバシー規約",
    },
}


def chrome(mp: str) -> dict:
    return CHROME[LANG[mp]]


# Footer sentences per marketplace: legal text full of dates and example prices.
def footer_lines(mp: str, year: int, rng) -> list[str]:
    if mp == "US":
        lines = [
            "This message was sent from an address that does not accept replies. To contact us, use the Help pages.",
            "Prices, availability and promotions shown here were accurate when this message was sent and can change. "
            "An item shown at $24.99 today may cost more or less when you open its page; the price on the product page on the day you order applies.",
            "Sales tax is collected in states that require it. Items sold by third-party sellers may be taxed differently.",
            "Amazon.com Services LLC, 410 Terry Ave. N., Seattle, WA 98109.",
            f"© 1996-{year}, Amazon.com, Inc. or its affiliates. Amazon, Amazon.com and the Amazon logo are trademarks of Amazon.com, Inc. or its affiliates.",
        ]
        if rng.random() < 0.5:
            lines.insert(2, "Free shipping applies to orders of $35.00 or more of eligible items shipped by Amazon; Prime members get free shipping on eligible items with no minimum.")
        return lines
    if mp == "UK":
        return [
            "Please note: this e-mail was sent from an address that cannot accept incoming e-mail.",
            "Prices and availability are accurate at the time this e-mail was sent and may change. For example, a product shown at £19.99 could be priced differently on the day you buy it.",
            "Free UK Delivery applies to eligible orders over £25.00 dispatched by Amazon.",
            "Amazon EU S.à r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA. Registered in England and Wales.",
            f"© 1996-{year}, Amazon.com, Inc. or its affiliates.",
        ]
    if mp == "CA":
        return [
            "This email was sent from a notification-only address. Please do not reply.",
            "Prices shown are in Canadian dollars and were correct when this email was sent; for example, an item listed at CDN$ 29.99 may change price before you order.",
            "Amazon.com.ca ULC, 40 King Street W, 47th Floor, Toronto, Ontario, Canada, M5H 3Y2.",
            f"© 1996-{year}, Amazon.com, Inc. or its affiliates.",
        ]
    if mp == "CAFR":
        return [
            "Ce courriel a été envoyé depuis une adresse qui ne peut pas recevoir de réponses.",
            "Les prix sont en dollars canadiens et étaient exacts au moment de l'envoi; par exemple, un article affiché à 29,99 $ peut changer de prix avant votre commande.",
            "Amazon.com.ca ULC, 40 King Street W, 47e étage, Toronto (Ontario) M5H 3Y2, Canada.",
            f"© 1996-{year}, Amazon.com, Inc. ou ses filiales.",
        ]
    if mp == "DE":
        return [
            "Bitte antworten Sie nicht auf diese E-Mail, die Adresse kann keine Nachrichten empfangen.",
            "Alle Preise inkl. gesetzlicher USt. Preise und Verfügbarkeit entsprechen dem Stand beim Versand dieser E-Mail; ein hier mit 19,99 € gezeigter Artikel kann beim Aufruf einen anderen Preis haben.",
            "Kostenlose Lieferung für Bestellungen ab 29,00 € bei Versand durch Amazon.",
            "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister: R.C.S. Luxembourg, B 101818.",
            f"© 1996-{year}, Amazon.com, Inc. oder Tochtergesellschaften.",
        ]
    if mp == "FR":
        return [
            "Cet e-mail a été envoyé depuis une adresse qui n'accepte pas les réponses.",
            "Les prix et la disponibilité sont ceux en vigueur à l'envoi de cet e-mail ; un article affiché à 19,99 € peut avoir un autre prix lors de votre visite.",
            "Livraison gratuite dès 35,00 € d'achats d'articles expédiés par Amazon.",
            "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg : B-101818.",
            f"© 1996-{year}, Amazon.com, Inc. ou ses filiales.",
        ]
    if mp == "JP":
        return [
            "このメールは配信専用アドレスから送信されています。このメールに返信されても、お答えできませんのでご了承ください。",
            "表示価格はメール送信時点のもので、変更される場合があります。例：メールで￥2,480と表示された商品が、ご注文時には異なる価格となる場合があります。",
            "通常配送無料の対象は、Amazonが発送する￥3,500以上のご注文です。",
            "アマゾンジャパン合同会社　〒153-0064 東京都目黒区下目黒1-8-1",
            f"© 1996-{year}, Amazon.com, Inc. or its affiliates",
        ]
    raise ValueError(mp)


# ---------------------------------------------------------------- products for carousels and orders

PRODUCTS = {
    "en": [
        ("Stainless Steel Insulated Water Bottle, 32 oz, Sage", 2495),
        ("Wireless Earbuds with Charging Case, 30H Playtime", 3999),
        ("Cast Iron Skillet, 10.25 Inch, Pre-Seasoned", 1990),
        ("USB-C Charger 65W, 3-Port GaN Wall Adapter", 3599),
        ("Organic Green Tea Bags, 100 Count", 1249),
        ("Paperback: The Lighthouse Accounts (A Novel)", 1699),
        ("Hardcover: A Short History of Canals", 2800),
        ("LED Desk Lamp with Wireless Charger, Dimmable", 4599),
        ("Bamboo Cutting Board Set of 3", 2799),
        ("Men's Merino Wool Hiking Socks, 4 Pairs", 2199),
        ("Mechanical Keyboard, Brown Switches, 87 Keys", 6999),
        ("Reusable Silicone Food Storage Bags, 12 Pack", 1595),
        ("Noise Cancelling Headphones, Over-Ear, Black", 12999),
        ("Kids' Watercolor Paint Set, 36 Colors", 1349),
        ("Yoga Mat 6mm, Non-Slip, with Carry Strap", 2699),
        ("Smart Plug, 4 Pack, Works with Alexa", 2499),
        ("Coffee Grinder, Burr, 16 Settings", 5499),
        ("Dish Soap Refill, 90 fl oz", 899),
        ("Kindle Edition: Harbor Lights and Other Stories", 499),
        ("AA Rechargeable Batteries, 8 Count", 1899),
        ("Portable Power Bank 20000mAh", 2999),
        ("Travel Backpack 40L, Carry-On Size", 7499),
    ],
    "de": [
        ("Edelstahl-Trinkflasche 1 l, isoliert", 2299),
        ("Kabellose Kopfhörer mit Ladeetui", 3999),
        ("Gusseisenpfanne 26 cm, eingebrannt", 3490),
        ("Taschenbuch: Die Kanäle von Amsterdam (Roman)", 1400),
        ("USB-C Ladegerät 65 W, 3 Anschlüsse", 3299),
        ("Bio-Grüntee, 100 Beutel", 1195),
        ("LED-Schreibtischlampe, dimmbar", 4299),
        ("Schneidebrett-Set aus Bambus, 3 Stück", 2499),
        ("Wandersocken aus Merinowolle, 4 Paar", 2495),
        ("Kaffeemühle mit Kegelmahlwerk", 5999),
        ("Spülmittel Nachfüllpack 3 l", 799),
        ("Powerbank 20.000 mAh", 2799),
    ],
    "fr": [
        ("Gourde isotherme en inox 1 L", 2299),
        ("Écouteurs sans fil avec boîtier de charge", 3999),
        ("Poêle en fonte 26 cm", 3490),
        ("Broché : Les Canaux de Bruges (roman)", 2000),
        ("Chargeur USB-C 65 W, 3 ports", 3299),
        ("Thé vert bio, 100 sachets", 1195),
        ("Lampe de bureau LED à intensité variable", 4299),
        ("Planches à découper en bambou, lot de 3", 2499),
        ("Chaussettes de randonnée en laine mérinos, 4 paires", 2495),
        ("Moulin à café à meules coniques", 5999),
        ("Liquide vaisselle recharge 3 L", 799),
        ("Batterie externe 20 000 mAh", 2799),
    ],
    "ja": [
        ("ステンレス真空断熱ボトル 1L", 2480),
        ("ワイヤレスイヤホン 充電ケース付き", 4980),
        ("南部鉄器 フライパン 26cm", 5280),
        ("文庫本：運河のある町の物語", 880),
        ("USB-C 充電器 65W 3ポート", 3990),
        ("有機緑茶 ティーバッグ 100包", 1280),
        ("LEDデスクライト 調光機能付き", 4580),
        ("竹製まな板 3枚セット", 2980),
        ("メリノウール 登山用靴下 4足組", 2780),
        ("コーヒーミル 臼式", 6980),
        ("食器用洗剤 詰め替え 大容量", 698),
        ("モバイルバッテリー 20000mAh", 3280),
    ],
}


def products(mp: str):
    return PRODUCTS[LANG[mp]]
