import type { Catalog } from '../catalog.js';

/**
 * German. Formal address (Sie, Ihr). Terms: Portal, Tarif (a plan), Anbieter (the provider),
 * anmelden (sign in). The mail body follows the greeting's comma, so a sentence that does not
 * start with a noun or "Sie"/"Ihr" starts in lower case there (mail.reset.intro).
 */
export const de: Catalog = {
  'language.name': 'Deutsch',

  'chrome.title': '{page} — {product}',
  'chrome.language': 'Sprache',
  'chrome.support': 'Support',
  'chrome.contactSupport': 'Support erhalten Sie unter {email}',
  'chrome.poweredBy': 'Betrieben mit {product}',
  'chrome.portal': 'Portal {portal}',

  'field.email': 'E-Mail-Adresse',
  'field.password': 'Passwort',

  'password.new': 'Neues Passwort',
  'password.repeat': 'Passwort wiederholen',
  'password.hint.length': 'Verwenden Sie {min} bis {max} Zeichen.',
  'password.hint.include': 'Das Passwort muss {items} enthalten.',
  'password.hint.digit': 'eine Ziffer',
  'password.hint.upper': 'einen Großbuchstaben',
  'password.hint.special': 'ein Sonderzeichen (weder Buchstabe noch Ziffer)',
  'password.error.tooShort': {
    one: 'Das Passwort muss mindestens {count} Zeichen lang sein.',
    other: 'Das Passwort muss mindestens {count} Zeichen lang sein.',
  },
  'password.error.tooLong': {
    one: 'Das Passwort darf höchstens {count} Zeichen lang sein.',
    other: 'Das Passwort darf höchstens {count} Zeichen lang sein.',
  },
  'password.error.control': 'Das Passwort darf keine Steuerzeichen enthalten.',
  'password.error.digit': 'Das Passwort muss eine Ziffer enthalten.',
  'password.error.upper': 'Das Passwort muss einen Großbuchstaben enthalten.',
  'password.error.special': 'Das Passwort muss ein Sonderzeichen (weder Buchstabe noch Ziffer) enthalten.',
  'password.error.mismatch': 'Die beiden Passwörter stimmen nicht überein.',

  'activation.title': 'Portal aktivieren',
  'activation.passwordSet': 'Ihr Passwort ist bereits festgelegt. Aktivieren Sie das Portal und melden Sie sich an.',
  'activation.submit': 'Aktivieren und anmelden',
  'activation.again': 'Aktivierungsseite erneut öffnen',

  'reset.title': 'Neues Passwort wählen',
  'reset.submit': 'Passwort speichern und anmelden',

  'signin.title': 'Anmelden',
  'signin.forgot': 'Passwort vergessen?',
  'signin.submit': 'Anmelden',
  'signin.failed': 'E-Mail-Adresse oder Passwort ist falsch.',
  'signin.signedOut': 'Sie sind abgemeldet.',
  'signin.again': 'Anmeldeseite erneut öffnen',

  'forgot.title': 'Passwort vergessen?',
  'forgot.intro':
    'Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir senden Ihnen einen Link, mit dem Sie ein neues ' +
    'Passwort wählen können.',
  'forgot.submit': 'Link senden',
  'forgot.sent':
    'Falls das Portal auf diese Adresse registriert ist, haben wir Ihnen einen Link zum Festlegen eines neuen ' +
    'Passworts gesendet.',
  'forgot.again': 'Seite erneut öffnen',
  'forgot.back': 'Zurück zur Anmeldung',

  'link.validHours': {
    one: 'Der Link kann einmal verwendet werden und läuft in {count} Stunde ab.',
    other: 'Der Link kann einmal verwendet werden und läuft in {count} Stunden ab.',
  },
  'link.validMinutes': {
    one: 'Der Link kann einmal verwendet werden und läuft in {count} Minute ab.',
    other: 'Der Link kann einmal verwendet werden und läuft in {count} Minuten ab.',
  },
  'link.invalid.title': 'Ungültiger Link',
  'link.invalid.text': 'Dieser Link ist für dieses Portal nicht gültig. Prüfen Sie, ob er vollständig kopiert wurde.',
  'link.expired.title': 'Link abgelaufen',
  'link.expired.text': 'Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.',
  'link.used.title': 'Link bereits verwendet',
  'link.used.text': 'Dieser Link wurde bereits verwendet. Melden Sie sich stattdessen mit Ihrem Passwort an.',
  'link.toSignin': 'Zur Anmeldung',

  'home.signedInAs': 'Angemeldet als {name} ({email}).',
  'home.activated': 'Ihr Portal ist aktiviert, und Sie sind angemeldet.',
  'home.passwordSaved': 'Ihr neues Passwort ist gespeichert, und Sie sind angemeldet.',
  'home.portal': 'Portal',
  'home.address': 'Adresse',
  'home.name': 'Name',
  'home.status': 'Status',
  'home.created': 'Erstellt',
  'home.timeZone': 'Zeitzone',
  'home.subscription': 'Abonnement',
  'home.noPlan': 'Für dieses Portal ist kein Tarif festgelegt.',
  'home.plan': 'Tarif',
  'home.state': 'Zahlungsstatus',
  'home.users': 'Benutzer',
  'home.storage': 'Speicherplatz',
  'home.maxFileSize': 'Maximale Dateigröße',
  'home.usedOf': '{used} von {limit}',
  'home.paidUntil': 'Bezahlt bis',
  'home.noEndDate': 'Kein Enddatum',
  'home.features': 'Funktionen',
  'home.signOut': 'Abmelden',
  'home.back': 'Zurück zum Portal',

  'portal.status.active': 'Aktiv',
  'portal.status.suspended': 'Gesperrt',
  'portal.status.removePending': 'Wird gelöscht',

  'tariff.state.trial': 'Testphase',
  'tariff.state.paid': 'Bezahlt',
  'tariff.state.delay': 'Überfällig (Nachfrist)',
  'tariff.state.notPaid': 'Nicht bezahlt',

  'error.portalNotFound.title': 'Portal nicht gefunden',
  'error.portalNotFound.text': 'Unter {host} gibt es kein Portal.',
  'error.notFound.title': 'Seite nicht gefunden',
  'error.notFound.text': 'Unter dieser Adresse gibt es keine Seite.',
  'error.suspended.title': 'Portal gesperrt',
  'error.suspended.text': 'Dieses Portal ist gesperrt. Bitte wenden Sie sich an Ihren Anbieter.',
  'error.tooManyAttempts.title': 'Zu viele Versuche',
  'error.tooManyAttempts.wait': {
    one: 'Von Ihrer Adresse kamen zu viele Versuche. Versuchen Sie es in {count} Sekunde erneut.',
    other: 'Von Ihrer Adresse kamen zu viele Versuche. Versuchen Sie es in {count} Sekunden erneut.',
  },
  'error.tooManyAttempts.later': 'Von Ihrer Adresse kamen zu viele Versuche. Versuchen Sie es später erneut.',
  'error.tooLarge.title': 'Anfrage zu groß',
  'error.tooLarge.text': 'Das Formular war zu groß.',
  'error.badRequest.title': 'Ungültige Anfrage',
  'error.badRequest.text': 'Die Anfrage konnte nicht gelesen werden.',
  'error.formRefused.title': 'Formular abgelehnt',
  'error.formRefused.text':
    'Dieses Formular wurde nicht von der Seite dieses Portals gesendet oder ist zu alt. Öffnen Sie die Seite erneut ' +
    'und versuchen Sie es noch einmal.',
  'error.server.title': 'Etwas ist schiefgelaufen',
  'error.server.text': 'Bitte versuchen Sie es später erneut (Anfrage-ID {requestId}).',

  'mail.greeting': 'Hallo {name},',

  'mail.linkFallback': 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',

  'mail.openPortal': 'Zu meinem Portal',

  'mail.footer': 'Sie erhalten diese E-Mail, weil Ihnen das Portal {portal} gehört.',

  'mail.activation.subject': 'Aktivieren Sie Ihr Portal {portal}',
  'mail.activation.heading': 'Portal aktivieren',
  'mail.activation.intro':
    'Ihr Portal {portal} ist bereit. Öffnen Sie diesen Link, um Ihr Passwort festzulegen und sich anzumelden:',
  'mail.activation.button': 'Mein Portal aktivieren',
  'mail.activation.ignore': 'Wenn Sie dieses Portal nicht angefordert haben, können Sie diese Nachricht ignorieren.',

  'mail.reset.subject': 'Passwort zurücksetzen für {portal}',
  'mail.reset.heading': 'Passwort zurücksetzen',
  'mail.reset.intro':
    'jemand (hoffentlich Sie) hat angefordert, das Passwort Ihres Portals {portal} zurückzusetzen. Öffnen Sie diesen ' +
    'Link, um ein neues zu wählen:',
  'mail.reset.button': 'Neues Passwort wählen',
  'mail.reset.ignore':
    'Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.',

  'mail.due.subject': 'Ihr Tarif für {portal} ist am {date} fällig',
  'mail.due.heading': 'Ihr Tarif ist bald fällig',
  'mail.due.body': {
    one: 'Ihr Tarif {plan} für {portal} ist am {date} fällig, also in {count} Tag.',
    other: 'Ihr Tarif {plan} für {portal} ist am {date} fällig, also in {count} Tagen.',
  },
  'mail.due.today': 'Ihr Tarif {plan} für {portal} ist heute fällig ({date}).',
  'mail.due.action':
    'Damit Ihr Portal ohne Unterbrechung weiterläuft, sorgen Sie bitte dafür, dass Ihr Anbieter die Zahlung ' +
    'rechtzeitig erhält.',

  'mail.suspended.subject': 'Ihr Portal {portal} ist gesperrt',
  'mail.suspended.heading': 'Ihr Portal ist gesperrt',
  'mail.suspended.body': 'Ihr Portal {portal} wurde gesperrt, weil der Tarif {plan} nicht bezahlt wurde.',
  'mail.suspended.action':
    'Damit Sie das Portal wieder nutzen können, begleichen Sie bitte die offene Zahlung bei Ihrem Anbieter.',
  'mail.suspended.button': 'Support kontaktieren',

  'mail.usage.storage.subject': 'Ihr Portal {portal} nutzt {percent} seines Speicherplatzes',
  'mail.usage.storage.heading': 'Hinweis zum Speicherplatz',
  'mail.usage.storage.body': 'Ihr Portal {portal} nutzt {percent} seines Speicherplatzes: {used} von {limit}.',
  'mail.usage.users.subject': 'Ihr Portal {portal} nutzt {percent} seines Benutzerlimits',
  'mail.usage.users.heading': 'Hinweis zum Benutzerlimit',
  'mail.usage.users.body': 'Ihr Portal {portal} nutzt {percent} seines Benutzerlimits: {used} von {limit}.',
  'mail.usage.action': 'Wenn Sie mehr benötigen, fragen Sie Ihren Anbieter nach einem größeren Tarif.',
  'mail.unsubscribe.text': 'Wenn Sie diese Hinweise nicht mehr erhalten möchten, öffnen Sie diese Adresse:',
  'mail.unsubscribe.link': 'Diese Hinweise abbestellen',
  'unsubscribe.title': 'Nutzungshinweise abbestellen',
  'unsubscribe.confirm': 'Möchten Sie keine E-Mails zur Nutzung des Portals {portal} mehr erhalten?',
  'unsubscribe.submit': 'E-Mails abbestellen',
  'unsubscribe.done': 'Sie erhalten keine E-Mails zur Nutzung des Portals {portal} mehr.',
};
