import type { Catalog } from '../catalog.js';

/**
 * Czech. Formal address (vykání, lower-case "vy/váš" as in interfaces); where a participle
 * would show the reader's gender, a neutral wording ("Odhlášení proběhlo úspěšně"). Terms:
 * portál, tarif (a plan), poskytovatel (the provider), přihlásit se. Plural forms: one 1, few
 * 2–4, many fractions ("1,5 hodiny"), other 5 and more. The mail body follows the greeting's
 * comma, so it continues in lower case there (mail.activation.intro, mail.reset.intro).
 */
export const cs: Catalog = {
  'language.name': 'Čeština',

  'chrome.title': '{page} — {product}',
  'chrome.language': 'Jazyk',
  'chrome.support': 'Podpora',
  'chrome.contactSupport': 'Kontaktujte podporu na adrese {email}',
  'chrome.poweredBy': 'Běží na platformě {product}',
  'chrome.portal': 'Portál {portal}',

  'field.email': 'E-mail',
  'field.password': 'Heslo',

  'password.new': 'Nové heslo',
  'password.repeat': 'Zopakujte heslo',
  'password.hint.length': 'Počet znaků: {min} až {max}.',
  'password.hint.include': 'Heslo musí obsahovat {items}.',
  'password.hint.digit': 'číslici',
  'password.hint.upper': 'velké písmeno',
  'password.hint.special': 'speciální znak (ne písmeno ani číslici)',
  'password.error.tooShort': {
    one: 'Heslo musí mít alespoň {count} znak.',
    few: 'Heslo musí mít alespoň {count} znaky.',
    many: 'Heslo musí mít alespoň {count} znaku.',
    other: 'Heslo musí mít alespoň {count} znaků.',
  },
  'password.error.tooLong': {
    one: 'Heslo smí mít nejvýše {count} znak.',
    few: 'Heslo smí mít nejvýše {count} znaky.',
    many: 'Heslo smí mít nejvýše {count} znaku.',
    other: 'Heslo smí mít nejvýše {count} znaků.',
  },
  'password.error.control': 'Heslo nesmí obsahovat řídicí znaky.',
  'password.error.digit': 'Heslo musí obsahovat číslici.',
  'password.error.upper': 'Heslo musí obsahovat velké písmeno.',
  'password.error.special': 'Heslo musí obsahovat speciální znak (ne písmeno ani číslici).',
  'password.error.mismatch': 'Zadaná hesla se neshodují.',

  'activation.title': 'Aktivace portálu',
  'activation.passwordSet': 'Heslo už máte nastavené. Aktivujte portál a přihlaste se.',
  'activation.submit': 'Aktivovat a přihlásit se',
  'activation.again': 'Znovu otevřít stránku aktivace',

  'reset.title': 'Zvolte nové heslo',
  'reset.submit': 'Uložit heslo a přihlásit se',

  'signin.title': 'Přihlášení',
  'signin.forgot': 'Zapomněli jste heslo?',
  'signin.submit': 'Přihlásit se',
  'signin.failed': 'Nesprávný e-mail nebo heslo.',
  'signin.signedOut': 'Odhlášení proběhlo úspěšně.',
  'signin.again': 'Znovu otevřít přihlašovací stránku',

  'forgot.title': 'Zapomněli jste heslo?',
  'forgot.intro':
    'Zadejte e-mailovou adresu, kterou používáte k přihlášení. Pošleme vám odkaz pro nastavení nového hesla.',
  'forgot.submit': 'Poslat odkaz',
  'forgot.sent': 'Pokud je portál registrován na tuto adresu, poslali jsme na ni odkaz pro nastavení nového hesla.',
  'forgot.again': 'Znovu otevřít stránku',
  'forgot.back': 'Zpět na přihlášení',

  'link.validHours': {
    one: 'Odkaz lze použít jen jednou a jeho platnost vyprší za {count} hodinu.',
    few: 'Odkaz lze použít jen jednou a jeho platnost vyprší za {count} hodiny.',
    many: 'Odkaz lze použít jen jednou a jeho platnost vyprší za {count} hodiny.',
    other: 'Odkaz lze použít jen jednou a jeho platnost vyprší za {count} hodin.',
  },
  'link.validMinutes': {
    one: 'Odkaz lze použít jen jednou a jeho platnost vyprší za {count} minutu.',
    few: 'Odkaz lze použít jen jednou a jeho platnost vyprší za {count} minuty.',
    many: 'Odkaz lze použít jen jednou a jeho platnost vyprší za {count} minuty.',
    other: 'Odkaz lze použít jen jednou a jeho platnost vyprší za {count} minut.',
  },
  'link.invalid.title': 'Neplatný odkaz',
  'link.invalid.text': 'Tento odkaz pro tento portál neplatí. Zkontrolujte, zda byl zkopírován celý.',
  'link.expired.title': 'Platnost odkazu vypršela',
  'link.expired.text': 'Platnost tohoto odkazu vypršela. Požádejte o nový.',
  'link.used.title': 'Odkaz už byl použit',
  'link.used.text': 'Tento odkaz už byl použit. Přihlaste se raději svým heslem.',
  'link.toSignin': 'Přejít na přihlášení',

  'home.signedInAs': 'Přihlášený účet: {name} ({email}).',
  'home.activated': 'Portál je aktivován a přihlášení proběhlo úspěšně.',
  'home.passwordSaved': 'Nové heslo je uloženo a přihlášení proběhlo úspěšně.',
  'home.portal': 'Portál',
  'home.address': 'Adresa',
  'home.name': 'Název',
  'home.status': 'Stav',
  'home.created': 'Vytvořeno',
  'home.timeZone': 'Časové pásmo',
  'home.subscription': 'Předplatné',
  'home.noPlan': 'Pro tento portál není nastaven žádný tarif.',
  'home.plan': 'Tarif',
  'home.state': 'Stav platby',
  'home.users': 'Uživatelé',
  'home.storage': 'Úložiště',
  'home.maxFileSize': 'Maximální velikost souboru',
  'home.usedOf': '{used} z {limit}',
  'home.paidUntil': 'Zaplaceno do',
  'home.noEndDate': 'Bez data ukončení',
  'home.features': 'Funkce',
  'home.signOut': 'Odhlásit se',
  'home.back': 'Zpět na portál',

  'portal.status.active': 'Aktivní',
  'portal.status.suspended': 'Pozastavený',
  'portal.status.removePending': 'Probíhá odstranění',

  'tariff.state.trial': 'Zkušební období',
  'tariff.state.paid': 'Zaplaceno',
  'tariff.state.delay': 'Po splatnosti (ochranná lhůta)',
  'tariff.state.notPaid': 'Nezaplaceno',

  'error.portalNotFound.title': 'Portál nenalezen',
  'error.portalNotFound.text': 'Na adrese {host} žádný portál není.',
  'error.notFound.title': 'Stránka nenalezena',
  'error.notFound.text': 'Na této adrese žádná stránka není.',
  'error.suspended.title': 'Portál je pozastaven',
  'error.suspended.text': 'Tento portál je pozastaven. Obraťte se na svého poskytovatele.',
  'error.tooManyAttempts.title': 'Příliš mnoho pokusů',
  'error.tooManyAttempts.wait': {
    one: 'Z vaší adresy přišlo příliš mnoho pokusů. Zkuste to znovu za {count} sekundu.',
    few: 'Z vaší adresy přišlo příliš mnoho pokusů. Zkuste to znovu za {count} sekundy.',
    many: 'Z vaší adresy přišlo příliš mnoho pokusů. Zkuste to znovu za {count} sekundy.',
    other: 'Z vaší adresy přišlo příliš mnoho pokusů. Zkuste to znovu za {count} sekund.',
  },
  'error.tooManyAttempts.later': 'Z vaší adresy přišlo příliš mnoho pokusů. Zkuste to znovu později.',
  'error.tooLarge.title': 'Požadavek je příliš velký',
  'error.tooLarge.text': 'Formulář byl příliš velký.',
  'error.badRequest.title': 'Chybný požadavek',
  'error.badRequest.text': 'Požadavek se nepodařilo přečíst.',
  'error.formRefused.title': 'Formulář byl odmítnut',
  'error.formRefused.text':
    'Tento formulář nebyl odeslán ze stránky tohoto portálu nebo je příliš starý. Otevřete stránku znovu a zkuste to ' +
    'ještě jednou.',
  'error.server.title': 'Něco se pokazilo',
  'error.server.text': 'Zkuste to prosím později (ID požadavku {requestId}).',

  'mail.greeting': 'Dobrý den, {name},',

  'mail.linkFallback': 'Pokud tlačítko nefunguje, zkopírujte tuto adresu do prohlížeče:',

  'mail.openPortal': 'Přejít na portál',

  'mail.footer': 'Tento e-mail dostáváte, protože jste vlastníkem portálu {portal}.',

  'mail.activation.subject': 'Aktivujte svůj portál {portal}',
  'mail.activation.heading': 'Aktivujte svůj portál',
  'mail.activation.intro': 'váš portál {portal} je připraven. Otevřete tento odkaz, nastavte si heslo a přihlaste se:',
  'mail.activation.button': 'Aktivovat portál',
  'mail.activation.ignore': 'Pokud jste o tento portál nežádali, můžete tuto zprávu ignorovat.',

  'mail.reset.subject': 'Obnovení hesla pro {portal}',
  'mail.reset.heading': 'Obnovení hesla',
  'mail.reset.intro':
    'někdo (doufáme, že vy) požádal o obnovení hesla k vašemu portálu {portal}. Otevřete tento odkaz a zvolte si nové:',
  'mail.reset.button': 'Zvolit nové heslo',
  'mail.reset.ignore': 'Pokud jste o to nežádali, tuto zprávu ignorujte: vaše heslo zůstane beze změny.',

  'mail.due.subject': 'Tarif portálu {portal} je splatný {date}',
  'mail.due.heading': 'Blíží se splatnost vašeho tarifu',
  'mail.due.body': {
    one: 'Váš tarif {plan} pro portál {portal} je splatný za {count} den, {date}.',
    few: 'Váš tarif {plan} pro portál {portal} je splatný za {count} dny, {date}.',
    many: 'Váš tarif {plan} pro portál {portal} je splatný za {count} dne, {date}.',
    other: 'Váš tarif {plan} pro portál {portal} je splatný za {count} dní, {date}.',
  },
  'mail.due.today': 'Váš tarif {plan} pro portál {portal} je splatný dnes, {date}.',
  'mail.due.action': 'Aby portál fungoval bez přerušení, zajistěte prosím, aby váš poskytovatel obdržel platbu včas.',

  'mail.suspended.subject': 'Váš portál {portal} byl pozastaven',
  'mail.suspended.heading': 'Váš portál byl pozastaven',
  'mail.suspended.body': 'Váš portál {portal} byl pozastaven, protože tarif {plan} nebyl zaplacen.',
  'mail.suspended.action': 'Chcete-li portál znovu používat, uhraďte prosím platbu u svého poskytovatele.',
  'mail.suspended.button': 'Kontaktovat podporu',

  'mail.usage.storage.subject': 'Váš portál {portal} využívá {percent} úložiště',
  'mail.usage.storage.heading': 'Upozornění na úložiště',
  'mail.usage.storage.body': 'Váš portál {portal} využívá {percent} úložiště: {used} z {limit}.',
  'mail.usage.users.subject': 'Váš portál {portal} využívá {percent} limitu uživatelů',
  'mail.usage.users.heading': 'Upozornění na limit uživatelů',
  'mail.usage.users.body': 'Váš portál {portal} využívá {percent} limitu uživatelů: {used} z {limit}.',
  'mail.usage.action': 'Pokud potřebujete víc, požádejte svého poskytovatele o vyšší tarif.',
  'mail.unsubscribe.text': 'Pokud už tato upozornění nechcete dostávat, otevřete tuto adresu:',
  'mail.unsubscribe.link': 'Odhlásit tato upozornění',
  'unsubscribe.title': 'Odhlášení upozornění na využití',
  'unsubscribe.confirm': 'Chcete přestat dostávat e-maily o využití portálu {portal}?',
  'unsubscribe.submit': 'Odhlásit e-maily',
  'unsubscribe.done': 'E-maily o využití portálu {portal} vám už nebudeme posílat.',
};
