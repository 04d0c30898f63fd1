"""No-Rush / Amazon Day rewards: grants (after shipping) and promises (order confirmations).
Wordings written for holdout6."""

S_US = [("Amazon.com", "no-reply@amazon.com"), ("Amazon Rewards", "rewards-notice@amazon.com"),
        ("Amazon.com", "shipment-tracking@amazon.com"), ("Amazon", "digital-no-reply@amazon.com")]
S_UK = [("Amazon.co.uk", "no-reply@amazon.co.uk"), ("Amazon.co.uk Prime", "prime-benefits@amazon.co.uk")]
S_CA = [("Amazon.ca", "no-reply@amazon.ca"), ("Amazon.ca", "shipment-tracking@amazon.ca")]
S_DE = [("Amazon.de", "no-reply@amazon.de"), ("Amazon.de Prime", "prime@amazon.de")]
S_FR = [("Amazon.fr", "no-reply@amazon.fr"), ("Amazon.fr Prime", "prime@amazon.fr")]
S_JP = [("Amazon.co.jp", "no-reply@amazon.co.jp"), ("Amazon.co.jp プライム", "prime-info@amazon.co.jp")]


def amt(x, choices):
    return x.pick(choices)


def grant(x, cents, exp, oid):
    return [x.ev("grant", "no-rush", cents, exp, oid)]


# ------------------------------------------------------------------ US grants

def us_terse(x):
    c, e, o = amt(x, [100, 100, 200]), x.later(35, 120), x.oid()
    return dict(sender=x.pick(S_US), layout="plain", subject=f"Reward added: {x.M(c)} (order {o})",
                body=f"""{x.M(c)} No-Rush reward added.
Order {o}
Use by {x.D(e)} on eligible eBooks, movies, music and apps.

Manage notifications in the Amazon Shopping app.""", events=grant(x, c, e, o))


def us_table(x):
    c, e, o = amt(x, [100, 200, 300]), x.later(40, 180), x.oid()
    return dict(sender=x.pick(S_US), subject="Benefit Confirmation for your Order",
                body=f"""# Your shipping choice paid off

Hello {x.first},

Thanks for picking the slower shipping option on a recent purchase. A digital reward is now sitting in your account, ready for your next download.

| Order number | {o}
| Reward | {x.M(c)}
| Good through | {x.D(e)}
| Redeem on | Kindle books, Prime Video rentals, Amazon Music, Appstore

Rewards come off automatically at checkout when the title qualifies. They have no cash value and cannot be moved to another account.""",
                events=grant(x, c, e, o))


def us_amazon_day(x):
    c, e, o = amt(x, [200, 200, 100]), x.later(45, 150), x.oid()
    return dict(sender=x.pick(S_US), subject="Your Amazon Day credit is here",
                body=f"""Hi {x.first},

Grouping your deliveries into a single Amazon Day shipment earned you {x.M(c)} in digital credit. Everything in order {o} arrived together, so the credit has been posted to your account.

It lapses at the end of {x.D(e)}.

- Spend it on ebooks, digital video and digital music
- See what is left at amazon.com/norushcredits

Fewer boxes, fewer trips. Thank you for choosing Amazon Day.""", events=grant(x, c, e, o))


def us_digest(x):
    c, e, o = amt(x, [100, 100, 300]), x.later(30, 200), x.oid()
    return dict(sender=x.pick(S_US), layout="plain", subject=f"Order {o}: benefit applied",
                body=f"""ORDER {o} - BENEFIT SUMMARY

| Shipping speed chosen | FREE No-Rush Shipping
| Benefit type | Digital reward
| Value | {x.M(c)}
| Expiration | {x.D(e)}

Where it works: eligible eBooks, songs, albums, movie rentals and apps sold by Amazon.com.

Questions about this benefit? Go to Help, then Digital Rewards.""", events=grant(x, c, e, o))


def us_deadline_first(x):
    c, e, o = amt(x, [100, 200]), x.later(50, 160), x.oid()
    return dict(sender=x.pick(S_US), subject=f"{x.M(c)} digital reward - thanks for waiting",
                body=f"""Deadline to use it: {x.D(e)}

Because you went with No-Rush Shipping for order {o}, {x.M(c)} has been credited to your Amazon account for digital purchases. We will apply it for you the next time you buy a qualifying Kindle book, song or video.

No code is needed and nothing else has to be done on your side.""", events=grant(x, c, e, o))


def us_household(x):
    c, e, o = amt(x, [300, 500]), x.later(30, 60), x.oid()
    mini = x.M(2500)
    return dict(sender=x.pick(S_US), subject="A No-Rush reward for household essentials",
                body=f"""Hello {x.first},

Thanks for letting order {o} take the slow road. This time your No-Rush reward is {x.M(c)} toward select household essentials and pantry staples sold by Amazon.com.

| Reward value | {x.M(c)}
| Minimum basket | {mini} of eligible items
| Last day to use | {x.D(e)}

The reward is taken off at checkout once the basket qualifies. Items from third-party sellers are not included.""",
                events=grant(x, c, e, o))


def us_story(x):
    c, e, o = amt(x, [100, 100, 200]), x.later(60, 240), x.oid()
    return dict(sender=x.pick(S_US), subject="Good news about your recent shipment",
                body=f"""{x.first}, your package from order {o} is on its way, and because you were happy to wait a little longer, we have set aside a digital reward worth {x.M(c)} for you.

You can put it toward movies, music, games and Kindle books until {x.D(e)}. After that date the reward is removed from your account.

We appreciate you choosing the No-Rush option.""", events=grant(x, c, e, o))


# ------------------------------------------------------------------ UK grants

def uk_despatch(x):
    c, e, o = amt(x, [100, 100, 200]), x.later(40, 120), x.oid()
    return dict(sender=x.pick(S_UK), subject="Benefit Confirmation for your Order",
                body=f"""Dear {x.first},

Your order {o} has been despatched. As you chose No-Rush Delivery, {x.M(c)} has been added to your account to spend on Kindle books, digital films and digital music.

Please note the reward will expire on {x.D(e)} if it has not been used by then.

Kind regards,
Amazon.co.uk""", events=grant(x, c, e, o))


def uk_table(x):
    c, e, o = amt(x, [100, 200]), x.later(30, 100), x.oid()
    return dict(sender=x.pick(S_UK), subject=f"Your No-Rush reward for order {o}",
                body=f"""# Reward confirmed

| Order | {o}
| Delivery option | No-Rush Delivery
| Reward amount | {x.M(c)}
| Expires | {x.D(e)}

Your reward will be deducted automatically from eligible digital purchases on Amazon.co.uk. It cannot be used on physical products or gift cards.""",
                events=grant(x, c, e, o))


def uk_terse(x):
    c, e, o = 100, x.later(30, 90), x.oid()
    return dict(sender=x.pick(S_UK), layout="plain", subject="You've earned a digital reward",
                body=f"""{x.M(c)} is yours for picking No-Rush on {o}.
Valid until {x.D(e)}.
Tap Your Account > Digital rewards to check your balance.""", events=grant(x, c, e, o))


# ------------------------------------------------------------------ CA grants

def ca_en(x):
    c, e, o = amt(x, [100, 200]), x.later(40, 150), x.oid()
    return dict(sender=x.pick(S_CA), subject="Benefit Confirmation for your Order",
                body=f"""Hi {x.first},

We have shipped order {o} using the No-Rush option you picked at checkout. To say thanks, your Amazon.ca account now has a {x.M(c)} digital reward.

| Expiry | {x.D(e)}
| Eligible | Kindle eBooks, Prime Video rentals and purchases, Amazon Music

The reward applies itself when you buy something eligible.""", events=grant(x, c, e, o))


def ca_fr(x):
    c, e, o = amt(x, [100, 200]), x.later(40, 150), x.oid()
    return dict(sender=x.pick(S_CA), subject="Confirmation de votre avantage",
                body=f"""Bonjour {x.first},

Votre commande {o} vient d'être expédiée avec l'option de livraison sans urgence. Nous avons ajouté à votre compte Amazon.ca une récompense numérique de {x.M(c)}.

Date d'expiration : {x.D(e)}

Elle s'applique sur les livres Kindle, la musique et les vidéos numériques admissibles.""", events=grant(x, c, e, o))


def ca_bilingual(x):
    c, e, o = amt(x, [100, 200]), x.later(40, 150), x.oid()
    en = x.M(c)
    x.lang = "fr"
    fr = x.M(c)
    fd = x.D(e)
    x.lang = "en"
    ed = x.D(e)
    return dict(sender=x.pick(S_CA), subject="Your reward / Votre récompense",
                body=f"""(Le français suit l'anglais.)

# No-Rush reward

Order {o} has shipped. A digital reward of {en} is now on your account and can be used until {ed}.

# Récompense sans urgence

La commande {o} a été expédiée. Une récompense numérique de {fr} est maintenant portée à votre compte; vous pouvez l'utiliser jusqu'au {fd}.""",
                events=grant(x, c, e, o))


# ------------------------------------------------------------------ DE grants

def de_formal(x):
    c, e, o = amt(x, [100, 200]), x.later(40, 150), x.oid()
    return dict(sender=x.pick(S_DE), subject="Bestätigung Ihres Vorteils",
                body=f"""Guten Tag {x.first},

Ihre Bestellung {o} ist unterwegs. Weil Sie sich für den kostenlosen No-Rush-Versand entschieden haben, schreiben wir Ihrem Konto eine digitale Prämie in Höhe von {x.M(c)} gut.

Die Prämie ist gültig bis einschließlich {x.D(e)} und kann für Kindle-eBooks, digitale Musik und Videos eingesetzt werden.

Mit freundlichen Grüßen
Ihr Amazon.de-Team""", events=grant(x, c, e, o))


def de_table(x):
    c, e, o = amt(x, [100, 200]), x.later(30, 120), x.oid()
    return dict(sender=x.pick(S_DE), subject=f"Ihre digitale Prämie zur Bestellung {o}",
                body=f"""# Prämie gutgeschrieben

| Bestellnummer | {o}
| Versandart | No-Rush-Versand
| Betrag | {x.M(c)}
| Verfällt am | {x.D(e)}

Die Prämie wird beim nächsten Kauf eines berechtigten digitalen Artikels automatisch verrechnet. In bar auszahlen lässt sie sich nicht.""",
                events=grant(x, c, e, o))


def de_terse(x):
    c, e, o = 100, x.later(30, 90), x.oid()
    return dict(sender=x.pick(S_DE), layout="plain", subject="Neue Prämie auf Ihrem Konto",
                body=f"""+{x.M(c)} für No-Rush-Versand ({o}).
Einlösbar bis {x.D(e)} für digitale Inhalte.
Details unter Mein Konto > Digitale Prämien.""", events=grant(x, c, e, o))


# ------------------------------------------------------------------ FR grants

def fr_a(x):
    c, e, o = amt(x, [100, 200]), x.later(40, 150), x.oid()
    return dict(sender=x.pick(S_FR), subject="Confirmation d'avantage pour votre commande",
                body=f"""Bonjour {x.first},

Votre commande {o} a été expédiée. Comme vous avez choisi la livraison sans urgence (No-Rush), nous avons crédité votre compte d'une récompense numérique de {x.M(c)}.

Cette récompense restera valable jusqu'au {x.D(e)}. Elle s'utilise sur les ebooks Kindle, la musique et la vidéo à la demande.

Bien à vous,
L'équipe Amazon.fr""", events=grant(x, c, e, o))


def fr_table(x):
    c, e, o = amt(x, [100, 200]), x.later(30, 120), x.oid()
    return dict(sender=x.pick(S_FR), subject=f"Récompense No-Rush : commande {o}",
                body=f"""# Votre récompense est disponible

| Numéro de commande | {o}
| Montant de la récompense | {x.M(c)}
| Valable jusqu'au | {x.D(e)}

Le montant sera déduit automatiquement de votre prochain achat numérique éligible. Il ne peut pas être converti en espèces.""",
                events=grant(x, c, e, o))


def fr_terse(x):
    c, e, o = 100, x.later(30, 90), x.oid()
    return dict(sender=x.pick(S_FR), layout="plain", subject="Nouvelle récompense numérique",
                body=f"""{x.M(c)} offerts pour la livraison No-Rush de {o}.
À utiliser avant le {x.D(e)}.""", events=grant(x, c, e, o))


# ------------------------------------------------------------------ JP grants

def jp_a(x):
    c, e, o = amt(x, [100, 200, 300]), x.later(40, 150), x.oid()
    return dict(sender=x.pick(S_JP), subject="特典確定のお知らせ",
                body=f"""{x.name_ja} 様

ご注文 {o} を発送いたしました。お急ぎ便を利用しない配送（No-Rush）をお選びいただいたため、{x.M(c)} 分のデジタル特典をお客様のアカウントに付与しました。

特典の有効期限：{x.D(e)}

Kindle本、デジタルミュージック、Prime Videoのレンタル・購入にご利用いただけます。

Amazon.co.jp""", events=grant(x, c, e, o))


def jp_table(x):
    c, e, o = amt(x, [100, 200]), x.later(30, 120), x.oid()
    return dict(sender=x.pick(S_JP), subject=f"デジタル特典が付与されました（注文番号 {o}）",
                body=f"""# 付与内容

| 注文番号 | {o}
| 配送方法 | No-Rush配送
| 特典金額 | {x.M(c)}
| 有効期限 | {x.D(e)}

特典は対象のデジタル商品のご購入時に自動で適用されます。現金とのお引き換えはできません。""",
                events=grant(x, c, e, o))


def jp_terse(x):
    c, e, o = 100, x.later(30, 90), x.oid()
    return dict(sender=x.pick(S_JP), layout="plain", subject="No-Rush特典を付与しました",
                body=f"""注文 {o} の特典として {x.M(c)} を付与しました。
{x.D(e)}までにご利用ください。""", events=grant(x, c, e, o))


GRANTS = {"US": [us_terse, us_table, us_amazon_day, us_digest, us_deadline_first, us_household, us_story],
          "UK": [uk_despatch, uk_table, uk_terse], "CA": [ca_en, ca_fr, ca_bilingual, ca_en],
          "DE": [de_formal, de_table, de_terse], "FR": [fr_a, fr_table, fr_terse], "JP": [jp_a, jp_table, jp_terse]}


# ------------------------------------------------------------------ promises (order confirmations)

def _items(x, n):
    names = {"en": ["USB-C charging cable, 2 m", "Stainless steel water bottle", "Paperback: The Quiet Harbour",
                    "Bamboo cutting board", "LED desk lamp"],
             "de": ["Thermobecher 400 ml", "Taschenbuch: Der stille Hafen", "Ladekabel USB-C 2 m"],
             "fr": ["Gourde isotherme 500 ml", "Livre de poche : Le port tranquille", "Câble USB-C 2 m"],
             "ja": ["ステンレスボトル 500ml", "文庫本 静かな港", "USB-Cケーブル 2m"]}[x.lang]
    out = []
    start = x.rng.randrange(len(names))
    for i in range(n):
        price = x.rng.randrange(899, 4999) if x.market != "JP" else x.rng.randrange(8, 60) * 100 - 20
        out.append((names[(start + i) % len(names)], price))
    return out


def us_promise_table(x):
    c, o = amt(x, [100, 100, 200]), x.oid()
    items = _items(x, 2)
    total = sum(p for _, p in items)
    rows = "\n".join(f"| {n} | {x.M(p)}" for n, p in items)
    return dict(sender=("Amazon.com", "auto-confirm@amazon.com"), subject=f"Your Amazon.com order #{o}",
                body=f"""Hello {x.first},

Thank you for shopping with us. We will send a confirmation when your items ship.

{rows}
| Order Total | {x.M(total)}

Delivery: FREE No-Rush Shipping. You'll receive a {x.M(c)} digital reward once this order ships.

Order #{o}""", events=[x.ev("promise", "no-rush", c, None, o)])


def us_promise_plain(x):
    c, o = amt(x, [100, 200]), x.oid()
    items = _items(x, 1)
    return dict(sender=("Amazon.com", "auto-confirm@amazon.com"), layout="plain", subject="Ordered: \"" + items[0][0] + "\"",
                body=f"""Order placed. Order # {o}

{items[0][0]}  {x.M(items[0][1])}

Arriving in 5-7 business days (No-Rush).
Reward: {x.M(c)} digital credit after shipment.

View or manage order in Your Orders.""", events=[x.ev("promise", "no-rush", c, None, o)])


def us_promise_day(x):
    c, o = 200, x.oid()
    items = _items(x, 3)
    total = sum(p for _, p in items)
    rows = "\n".join(f"| {n} | {x.M(p)}" for n, p in items)
    wd = x.pick(["Tuesday", "Thursday", "Saturday"])
    return dict(sender=("Amazon.com", "auto-confirm@amazon.com"), subject="Your Amazon Day order is confirmed",
                body=f"""# Order Confirmation

Thanks, {x.first}. These items will arrive together on your Amazon Day ({wd}).

{rows}
| Grand Total | {x.M(total)}

Because you chose Amazon Day delivery, a {x.M(c)} digital credit will be added to your account when the shipment leaves our fulfilment centre.

Order number: {o}""", events=[x.ev("promise", "no-rush", c, None, o)])


def uk_promise(x):
    c, o = 100, x.oid()
    items = _items(x, 2)
    total = sum(p for _, p in items)
    rows = "\n".join(f"| {n} | {x.M(p)}" for n, p in items)
    return dict(sender=("Amazon.co.uk", "auto-confirm@amazon.co.uk"), subject=f"Your Amazon.co.uk order {o}",
                body=f"""Dear {x.first},

Thank you for your order. Here is a summary.

{rows}
| Total | {x.M(total)}

You selected No-Rush Delivery: when the parcel is despatched we will add a {x.M(c)} reward for Kindle books, films and music to your account.

Order reference {o}""", events=[x.ev("promise", "no-rush", c, None, o)])


def ca_promise(x):
    c, o = amt(x, [100, 200]), x.oid()
    items = _items(x, 1)
    return dict(sender=("Amazon.ca", "auto-confirm@amazon.ca"), subject=f"Your Amazon.ca order #{o}",
                body=f"""Hi {x.first},

Your order #{o} is confirmed.

| {items[0][0]} | {x.M(items[0][1])}

Shipping: No-Rush. A {x.M(c)} digital reward will be added to your account after the order ships.""",
                events=[x.ev("promise", "no-rush", c, None, o)])


def de_promise(x):
    c, o = amt(x, [100, 200]), x.oid()
    items = _items(x, 2)
    total = sum(p for _, p in items)
    rows = "\n".join(f"| {n} | {x.M(p)}" for n, p in items)
    return dict(sender=("Amazon.de", "bestellbestaetigung@amazon.de"), subject=f"Ihre Amazon.de Bestellung {o}",
                body=f"""Hallo {x.first},

vielen Dank für Ihre Bestellung.

{rows}
| Gesamtsumme | {x.M(total)}

Versand: No-Rush-Versand. Sobald die Sendung verschickt wurde, erhalten Sie eine digitale Prämie von {x.M(c)}.

Bestellnummer: {o}""", events=[x.ev("promise", "no-rush", c, None, o)])


def fr_promise(x):
    c, o = 100, x.oid()
    items = _items(x, 1)
    return dict(sender=("Amazon.fr", "confirmation-commande@amazon.fr"), subject=f"Votre commande Amazon.fr n° {o}",
                body=f"""Bonjour {x.first},

Merci pour votre commande n° {o}.

| {items[0][0]} | {x.M(items[0][1])}

Mode de livraison : sans urgence (No-Rush). Une récompense numérique de {x.M(c)} vous sera accordée dès l'expédition du colis.""",
                events=[x.ev("promise", "no-rush", c, None, o)])


def jp_promise(x):
    c, o = amt(x, [100, 200]), x.oid()
    items = _items(x, 2)
    total = sum(p for _, p in items)
    rows = "\n".join(f"| {n} | {x.M(p)}" for n, p in items)
    return dict(sender=("Amazon.co.jp", "auto-confirm@amazon.co.jp"), subject=f"Amazon.co.jp ご注文の確認 {o}",
                body=f"""{x.name_ja} 様

ご注文ありがとうございます。

{rows}
| ご請求額 | {x.M(total)}

配送方法：No-Rush配送。商品の発送後、{x.M(c)} 分のデジタル特典を付与いたします。

注文番号：{o}""", events=[x.ev("promise", "no-rush", c, None, o)])


def us_promise_gc(x):
    c, o = 100, x.oid()
    items = _items(x, 2)
    total = sum(p for _, p in items)
    gc = min(total, x.pick([1000, 2000]))
    rows = "\n".join(f"| {n} | {x.M(p)}" for n, p in items)
    return dict(sender=("Amazon.com", "auto-confirm@amazon.com"), subject="Thanks for your order",
                body=f"""Order #{o} is placed.

{rows}
| Subtotal | {x.M(total)}
| Gift Card Amount | -{x.M(gc)}
| Amount charged | {x.M(total - gc)}

Shipping speed: FREE No-Rush Shipping ({x.M(c)} digital reward after your order ships).""",
                events=[x.ev("redeem", "gift-card", gc, oid=o), x.ev("promise", "no-rush", c, None, o)])


PROMISES = {"US": [us_promise_table, us_promise_plain, us_promise_day, us_promise_gc], "UK": [uk_promise], "CA": [ca_promise],
            "DE": [de_promise], "FR": [fr_promise], "JP": [jp_promise]}
