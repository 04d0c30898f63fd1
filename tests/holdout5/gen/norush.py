"""No-Rush / Amazon Day grants and promises, six marketplaces."""

DOM = {"US": "amazon.com", "UK": "amazon.co.uk", "CA": "amazon.ca", "DE": "amazon.de", "FR": "amazon.fr",
       "JP": "amazon.co.jp"}
BRAND = {"US": "Amazon.com", "UK": "Amazon.co.uk", "CA": "Amazon.ca", "DE": "Amazon.de", "FR": "Amazon.fr",
         "JP": "Amazon.co.jp"}


def snd(x, local="no-reply", brand=None):
    return (brand or BRAND[x.market], f"{local}@{DOM[x.market]}")


ITEMS_US = [("Stainless steel water bottle, 32 oz", 2199), ("AA batteries, 24-pack", 1649),
            ("Paperback: The Salt Road", 1295), ("Kitchen timer, magnetic", 899), ("Desk lamp LED", 3450),
            ("Dog chew toys (3)", 1399), ("Printer paper, 500 sheets", 1099)]


# ------------------------------------------------------------------ US grants

def us_a(x):
    amt, exp, oid = x.pick([100, 100, 200, 300]), x.later(40, 200), x.oid()
    body = f"""Hello {x.first},

Your order {oid} is on its way. Because you picked FREE No-Rush Shipping for it, we have added a reward to your account.

| Reward | {x.M(amt)} digital credit
| Use it on | Kindle eBooks, digital music, Prime Video titles and apps
| Good through | {x.D(exp)}

There is nothing to claim: the reward is applied automatically the next time you buy an eligible digital item. It cannot be used for physical products or to buy gift cards.

Thanks for choosing a slower delivery option.
Amazon.com"""
    return dict(subject="Benefit Confirmation for your Order", body=body, sender=snd(x),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def us_b(x):
    amt, exp, oid = 200, x.later(30, 120), x.oid()
    body = f"""Hi {x.first},

Thanks for getting your deliveries together on your Amazon Day. Order {oid} arrived with your other packages, and {x.M(amt)} in digital credit is now in your account.

Spend it on eligible eBooks, songs, movies or apps before {x.D(exp)}. After that date any unused amount goes away.

Fewer boxes, fewer trips - thank you.
Your Amazon Day team"""
    return dict(subject="Your Amazon Day reward has been added", body=body, sender=snd(x, "amazon-day"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def us_c(x):
    amt, exp, oid = x.pick([100, 200]), x.later(50, 150), x.oid()
    body = f"""We appreciate your patience!

Order number {oid} shipped using No-Rush delivery.

| Reward earned | {x.M(amt)}
| Reward expiration | {x.D(exp)}

Rewards may be redeemed only for select digital content sold by Amazon.com. Unused rewards are forfeited once they expire. See your balance any time under Your Account > No-Rush rewards summary."""
    return dict(subject=f"A No-Rush reward for order {oid}", body=body, sender=snd(x, "no-rush-rewards"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def us_d(x):
    amt, exp, oid = 100, x.later(60, 200), x.oid()
    body = f"""No-Rush reward of {x.M(amt)} credited for order {oid}; spend it on eligible digital items until {x.D(exp)}."""
    return dict(subject="Benefit Confirmation for your Order", body=body, sender=snd(x), events=[x.ev("grant", "no-rush", amt, exp, oid)])


def us_e(x):
    amt, exp, oid = x.pick([100, 300]), x.later(45, 120), x.oid()
    item, price = x.pick(ITEMS_US)
    ship = x.earlier(0, 2)
    body = f"""Hello {x.name},

# Shipment details

| Order | {oid}
| Shipped on | {x.D(ship)}
| {item} | {x.M(price)}

# Your benefit

Your {x.M(amt)} No-Rush reward is ready to use. It covers select eBooks, digital music, videos and apps, and it will expire on {x.D(exp)}.

Happy reading, listening and watching."""
    return dict(subject="Benefit Confirmation for your Order", body=body, sender=snd(x, "shipment-tracking"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def us_f(x):
    amt, exp, oid = x.pick([100, 200]), x.later(60, 240), x.oid()
    body = f"""Good news, {x.first}: a reward for choosing No-Rush Shipping on order {oid} has been added to your account.

Amount: {x.M(amt)}. It will be applied to qualifying digital purchases such as Kindle books, Amazon Music and Prime Video rentals.

Terms: one reward per shipment. Rewards are not transferable, have no cash value, and expire at 11:59 p.m. PT on {x.D(exp)}."""
    return dict(subject="You earned a digital reward", body=body, sender=snd(x, "rewards"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


# ------------------------------------------------------------------ other marketplaces

def uk_a(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""Hello {x.first},

Thank you for choosing No-Rush Delivery for order {oid}. Now that your parcel has been despatched, a {x.M(amt)} reward has been added to your account.

You can put it towards Kindle books, digital films and TV, or digital music. It must be used by {x.D(exp)}.

Kind regards,
Amazon.co.uk"""
    return dict(subject="Benefit Confirmation for your Order", body=body, sender=snd(x), events=[x.ev("grant", "no-rush", amt, exp, oid)])


def uk_b(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""Your No-Rush reward is in.

| Order | {oid}
| Reward | {x.M(amt)}
| Valid until | {x.D(exp)}
| Eligible | Kindle eBooks, Prime Video purchases and rentals, digital music

The reward comes off automatically at checkout when you buy something eligible."""
    return dict(subject=f"Reward added for order {oid}", body=body, sender=snd(x, "digital-rewards"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def ca_a(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""Hi {x.first},

Order {oid} shipped with No-Rush Shipping, so we've credited {x.M(amt)} to your Amazon.ca account as a digital reward. It expires on {x.D(exp)} and can be used on eligible Kindle books and digital content.

Thank you for shopping with us."""
    return dict(subject="Benefit Confirmation for your Order", body=body, sender=snd(x), events=[x.ev("grant", "no-rush", amt, exp, oid)])


def ca_fr(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""Bonjour {x.first},

Merci d'avoir choisi la livraison sans urgence pour la commande {oid}. Une récompense numérique de {x.M(amt)} a été ajoutée à votre compte.

Vous pouvez l'utiliser sur une sélection de livres Kindle et de contenu numérique jusqu'au {x.D(exp)}.

Amazon.ca"""
    return dict(subject="Confirmation de votre récompense de livraison sans urgence", body=body, sender=snd(x),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def de_a(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""Guten Tag {x.first},

vielen Dank, dass Sie sich für den Versand ohne Eile entschieden haben. Für Ihre Bestellung {oid} haben wir Ihrem Konto eine digitale Gutschrift über {x.M(amt)} gutgeschrieben.

Sie können die Gutschrift bis zum {x.D(exp)} für ausgewählte Kindle-eBooks, digitale Musik und Videos einlösen. Sie wird beim nächsten passenden Kauf automatisch verrechnet.

Freundliche Grüße
Ihr Amazon.de Kundenservice"""
    return dict(subject=f"Ihr Vorteil für die Bestellung {oid}", body=body, sender=snd(x),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def de_b(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""Ihre Prämie für No-Rush-Versand

| Bestellnummer | {oid}
| Gutschrift | {x.M(amt)}
| Gültig bis | {x.D(exp)}

Die Prämie gilt für digitale Inhalte, die von Amazon verkauft werden. Eine Barauszahlung ist nicht möglich."""
    return dict(subject="Gutschrift für Ihre Bestellung ohne Eile", body=body, sender=snd(x, "vorteile"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def fr_a(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""Bonjour {x.first},

Votre commande {oid} a été expédiée avec la Livraison sans urgence. En remerciement, nous avons crédité votre compte d'une récompense de {x.M(amt)}, valable sur une sélection de livres Kindle, de musique et de vidéos numériques.

Date d'expiration : {x.D(exp)}

Cordialement,
Le service client d'Amazon.fr"""
    return dict(subject=f"Votre récompense pour la commande {oid}", body=body, sender=snd(x),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def fr_b(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""Récompense ajoutée à votre compte

| Commande | {oid}
| Montant | {x.M(amt)}
| À utiliser avant le | {x.D(exp)}

Elle sera déduite automatiquement lors de votre prochain achat numérique éligible."""
    return dict(subject="Confirmation de votre avantage Livraison sans urgence", body=body, sender=snd(x, "avantages"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def jp_a(x):
    amt, exp, oid = x.pick([100, 100, 200]), x.later(40, 180), x.oid()
    body = f"""{x.name_ja} 様

ご注文（注文番号：{oid}）で「お急ぎ便を利用しない」配送をお選びいただき、ありがとうございます。特典として、{x.M(amt)}分のデジタル特典をお客様のアカウントに付与しました。

| 特典額 | {x.M(amt)}
| 有効期限 | {x.D(exp)}
| 対象 | Kindle本、デジタルミュージック、Prime Video の一部タイトル

Amazon.co.jp"""
    return dict(subject="お急ぎ便なし特典付与のお知らせ", body=body, sender=snd(x), events=[x.ev("grant", "no-rush", amt, exp, oid)])


def jp_b(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""注文番号 {oid} の商品を発送しました。おまとめ配送へのご協力のお礼として、デジタル特典 {x.M(amt)} を付与しました。特典は{x.D(exp)}までご利用いただけます。"""
    return dict(subject=f"デジタル特典のご案内（注文番号 {oid}）", body=body, sender=snd(x, "shipment-tracking"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def us_g(x):
    amt, exp, oid = 100, x.later(35, 150), x.oid()
    bal = amt + 100 * x.rng.randrange(2, 6)
    body = f"""Hi {x.first},

Your No-Rush choice on order {oid} earned you {x.M(amt)} toward digital purchases. This reward expires {x.D(exp)}.

Your No-Rush reward balance is now {x.M(bal)}. Rewards earned on different orders can have different expiration dates; see them all on your No-Rush rewards page.

Amazon.com"""
    return dict(subject="Benefit Confirmation for your Order", body=body, sender=snd(x), events=[x.ev("grant", "no-rush", amt, exp, oid)])


def us_h(x):
    amt, exp, oid = x.pick([100, 200]), x.later(40, 160), x.oid()
    body = f"""Shipment 2 of 2 for order {oid} has left our fulfillment center.

Because this shipment went out with No-Rush Shipping, a {x.M(amt)} digital reward (expires {x.D(exp)}) has been applied to your account. Use it on eligible Kindle books, movies, TV shows, music and apps.

Track your package in Your Orders."""
    return dict(subject=f"Your order {oid}: benefit applied", body=body, sender=snd(x, "shipment-tracking"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def us_i(x):
    amt, exp, oid = x.pick([100, 300]), x.later(40, 160), x.oid()
    body = f"""# Benefit Confirmation

Order {oid}

| Benefit | Amount | Expires
| No-Rush digital reward | {x.M(amt)} | {x.D(exp)}

This benefit can be applied to select eBooks, digital music, videos and apps purchased from Amazon.com."""
    return dict(subject="Benefit Confirmation for your Order", body=body, sender=snd(x), layout="html",
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def uk_c(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""Hi {x.first},

We've added a {x.M(amt)} Kindle and digital video credit to your account as a thank-you for choosing No-Rush Delivery (order {oid}). Your credit is valid until {x.D(exp)}.

Happy reading and watching,
Amazon.co.uk"""
    return dict(subject="Your No-Rush reward", body=body, sender=snd(x, "digital-rewards"), events=[x.ev("grant", "no-rush", amt, exp, oid)])


def ca_b(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""| Order | {oid}
| Delivery | No-Rush Shipping
| Digital reward | {x.M(amt)}
| Expiry date | {x.D(exp)}

Your reward is ready to use on eligible eBooks, music and video. Thank you for choosing No-Rush Shipping."""
    return dict(subject="Your No-Rush reward is ready", body=body, sender=snd(x, "no-rush-rewards"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def de_c(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""Hallo {x.first},

Bestellung Nr. {oid} wurde versandt. Da Sie die Option "Versand ohne Eile" gewählt haben, erhalten Sie {x.M(amt)} für digitale Inhalte auf Amazon.de.

Ablaufdatum der Gutschrift: {x.D(exp)}

Ihr Amazon.de Team"""
    return dict(subject="Danke für Ihre Geduld: Ihre Gutschrift", body=body, sender=snd(x, "versandbestaetigung"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def fr_c(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""Bonjour,

Merci d'avoir accepté une livraison moins rapide pour votre commande n° {oid}. Vous bénéficiez de {x.M(amt)} à valoir sur des contenus numériques (livres Kindle, musique, vidéo), à utiliser au plus tard le {x.D(exp)}.

Amazon.fr"""
    return dict(subject="Merci pour votre patience", body=body, sender=snd(x, "expedition"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


def jp_c(x):
    amt, exp, oid = 100, x.later(40, 180), x.oid()
    body = f"""いつもAmazon.co.jpをご利用いただきありがとうございます。

お急ぎ便を利用しない配送オプションをご選択いただいたため、下記の特典を付与しました。

| 注文番号 | {oid}
| 特典 | デジタル特典 {x.M(amt)}
| 期限 | {x.D(exp)}まで

特典は対象のデジタルコンテンツのご購入時に自動で適用されます。"""
    return dict(subject="【Amazon.co.jp】特典付与のご連絡", body=body, sender=snd(x, "digital-no-reply"),
                events=[x.ev("grant", "no-rush", amt, exp, oid)])


GRANTS = {"US": [us_a, us_b, us_c, us_d, us_e, us_f, us_g, us_h, us_i], "UK": [uk_a, uk_b, uk_c],
          "CA": [ca_a, ca_fr, ca_b], "DE": [de_a, de_b, de_c], "FR": [fr_a, fr_b, fr_c], "JP": [jp_a, jp_b, jp_c]}


# ------------------------------------------------------------------ promises

def p_us(x):
    oid = x.oid()
    item, price = x.pick(ITEMS_US)
    amazon_day = x.rng.random() < 0.4
    amt = 200 if amazon_day else 100
    arrive = x.later(5, 9)
    how = (f"Amazon Day delivery ({x.D(arrive)}). You'll get a {x.M(amt)} digital reward once everything ships together."
           if amazon_day else
           f"FREE No-Rush Shipping. A {x.M(amt)} reward for eBooks, music, video and apps will be added to your account after the order ships.")
    body = f"""Thank you for shopping with us, {x.first}.

| Order # | {oid}
| {item} | {x.M(price)}
| Order total | {x.M(price)}

Delivery option: {how}

We'll email you when your package is on the way."""
    return dict(subject=f"Your Amazon.com order #{oid}", body=body, sender=snd(x, "auto-confirm"),
                events=[x.ev("promise", "no-rush", amt, None, oid)])


def p_uk(x):
    oid = x.oid()
    body = f"""Hello {x.first},

Thanks for your order {oid}. You chose No-Rush Delivery, so we will add a {x.M(100)} reward to your account once the parcel has been despatched.

| Bluetooth speaker | {x.M(2999)}
| Delivery | FREE
| Total | {x.M(2999)}"""
    return dict(subject=f"Your Amazon.co.uk order {oid}", body=body, sender=snd(x, "auto-confirm"),
                events=[x.ev("promise", "no-rush", 100, None, oid)])


def p_ca(x):
    oid = x.oid()
    body = f"""Order confirmed: {oid}

Shipping: FREE No-Rush Shipping
Reward: {x.M(100)} digital credit, added after your items ship

| Item subtotal | {x.M(4297)}
| Order total | {x.M(4297)}"""
    return dict(subject=f"Amazon.ca order confirmation {oid}", body=body, sender=snd(x, "auto-confirm"),
                events=[x.ev("promise", "no-rush", 100, None, oid)])


def p_de(x):
    oid = x.oid()
    body = f"""Hallo {x.first},

vielen Dank für Ihre Bestellung {oid}. Sie haben den Versand ohne Eile gewählt: Nach dem Versand erhalten Sie eine digitale Gutschrift über {x.M(100)}.

| Zwischensumme | {x.M(1899)}
| Gesamtsumme | {x.M(1899)}"""
    return dict(subject=f"Ihre Amazon.de Bestellung {oid}", body=body, sender=snd(x, "bestellbestaetigung"),
                events=[x.ev("promise", "no-rush", 100, None, oid)])


def p_jp(x):
    oid = x.oid()
    body = f"""{x.name_ja} 様

ご注文ありがとうございます。注文番号：{oid}

配送オプション：お急ぎ便を利用しない（発送後に{x.M(100)}分のデジタル特典を付与します）

| 商品の小計 | {x.M(2480)}
| ご請求額 | {x.M(2480)}"""
    return dict(subject=f"Amazon.co.jp ご注文の確認 {oid}", body=body, sender=snd(x, "auto-confirm"),
                events=[x.ev("promise", "no-rush", 100, None, oid)])


PROMISES = {"US": [p_us], "UK": [p_uk], "CA": [p_ca], "DE": [p_de], "JP": [p_jp]}
