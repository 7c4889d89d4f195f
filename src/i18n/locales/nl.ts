import type { Catalog } from '../catalog.js';

/**
 * Dutch. Formal address (u, uw). Terms: portal (de portal), abonnement for the subscription
 * and pakket for a plan, aanbieder (the provider), inloggen. "Uur" has no plural after a number.
 */
export const nl: Catalog = {
  'language.name': 'Nederlands',

  'chrome.title': '{page} — {product}',
  'chrome.language': 'Taal',
  'chrome.support': 'Ondersteuning',
  'chrome.contactSupport': 'Neem contact op met de ondersteuning via {email}',
  'chrome.poweredBy': 'Mogelijk gemaakt door {product}',
  'chrome.portal': 'Portal {portal}',

  'field.email': 'E-mailadres',
  'field.password': 'Wachtwoord',

  'password.new': 'Nieuw wachtwoord',
  'password.repeat': 'Herhaal het wachtwoord',
  'password.hint.length': 'Gebruik {min} tot {max} tekens.',
  'password.hint.include': 'Het wachtwoord moet {items} bevatten.',
  'password.hint.digit': 'een cijfer',
  'password.hint.upper': 'een hoofdletter',
  'password.hint.special': 'een speciaal teken (geen letter of cijfer)',
  'password.error.tooShort': {
    one: 'Het wachtwoord moet minstens {count} teken lang zijn.',
    other: 'Het wachtwoord moet minstens {count} tekens lang zijn.',
  },
  'password.error.tooLong': {
    one: 'Het wachtwoord mag hoogstens {count} teken lang zijn.',
    other: 'Het wachtwoord mag hoogstens {count} tekens lang zijn.',
  },
  'password.error.control': 'Het wachtwoord mag geen besturingstekens bevatten.',
  'password.error.digit': 'Het wachtwoord moet een cijfer bevatten.',
  'password.error.upper': 'Het wachtwoord moet een hoofdletter bevatten.',
  'password.error.special': 'Het wachtwoord moet een speciaal teken (geen letter of cijfer) bevatten.',
  'password.error.mismatch': 'De twee wachtwoorden komen niet overeen.',

  'activation.title': 'Activeer uw portal',
  'activation.passwordSet': 'Uw wachtwoord is al ingesteld. Activeer de portal en log in.',
  'activation.submit': 'Activeren en inloggen',
  'activation.again': 'Activeringspagina opnieuw openen',

  'reset.title': 'Kies een nieuw wachtwoord',
  'reset.submit': 'Wachtwoord opslaan en inloggen',

  'signin.title': 'Inloggen',
  'signin.forgot': 'Wachtwoord vergeten?',
  'signin.submit': 'Inloggen',
  'signin.failed': 'Onjuist e-mailadres of wachtwoord.',
  'signin.signedOut': 'U bent uitgelogd.',
  'signin.again': 'Inlogpagina opnieuw openen',

  'forgot.title': 'Wachtwoord vergeten?',
  'forgot.intro': 'Vul het e-mailadres in waarmee u inlogt. We sturen u een link om een nieuw wachtwoord te kiezen.',
  'forgot.submit': 'Stuur mij een link',
  'forgot.sent':
    'Als de portal op dit adres is geregistreerd, is er een link onderweg om een nieuw wachtwoord te kiezen.',
  'forgot.again': 'Pagina opnieuw openen',
  'forgot.back': 'Terug naar inloggen',

  'link.validHours': {
    one: 'De link werkt één keer en verloopt over {count} uur.',
    other: 'De link werkt één keer en verloopt over {count} uur.',
  },
  'link.validMinutes': {
    one: 'De link werkt één keer en verloopt over {count} minuut.',
    other: 'De link werkt één keer en verloopt over {count} minuten.',
  },
  'link.invalid.title': 'Ongeldige link',
  'link.invalid.text': 'Deze link is niet geldig voor deze portal. Controleer of de link volledig is gekopieerd.',
  'link.expired.title': 'Link verlopen',
  'link.expired.text': 'Deze link is verlopen. Vraag een nieuwe aan.',
  'link.used.title': 'Link al gebruikt',
  'link.used.text': 'Deze link is al gebruikt. Log in met uw wachtwoord.',
  'link.toSignin': 'Naar inloggen',

  'home.signedInAs': 'Ingelogd als {name} ({email}).',
  'home.activated': 'Uw portal is geactiveerd en u bent ingelogd.',
  'home.passwordSaved': 'Uw nieuwe wachtwoord is opgeslagen en u bent ingelogd.',
  'home.portal': 'Portal',
  'home.address': 'Adres',
  'home.name': 'Naam',
  'home.status': 'Status',
  'home.created': 'Aangemaakt',
  'home.timeZone': 'Tijdzone',
  'home.subscription': 'Abonnement',
  'home.noPlan': 'Voor deze portal is geen pakket ingesteld.',
  'home.plan': 'Pakket',
  'home.state': 'Betaalstatus',
  'home.users': 'Gebruikers',
  'home.storage': 'Opslag',
  'home.maxFileSize': 'Maximale bestandsgrootte',
  'home.usedOf': '{used} van {limit}',
  'home.paidUntil': 'Betaald tot',
  'home.noEndDate': 'Geen einddatum',
  'home.features': 'Functies',
  'home.signOut': 'Uitloggen',
  'home.back': 'Terug naar de portal',

  'portal.status.active': 'Actief',
  'portal.status.suspended': 'Opgeschort',
  'portal.status.removePending': 'Wordt verwijderd',

  'tariff.state.trial': 'Proefperiode',
  'tariff.state.paid': 'Betaald',
  'tariff.state.delay': 'Achterstallig (respijtperiode)',
  'tariff.state.notPaid': 'Niet betaald',

  'error.portalNotFound.title': 'Portal niet gevonden',
  'error.portalNotFound.text': 'Er is geen portal op {host}.',
  'error.notFound.title': 'Pagina niet gevonden',
  'error.notFound.text': 'Er is geen pagina op dit adres.',
  'error.suspended.title': 'Portal opgeschort',
  'error.suspended.text': 'Deze portal is opgeschort. Neem contact op met uw aanbieder.',
  'error.tooManyAttempts.title': 'Te veel pogingen',
  'error.tooManyAttempts.wait': {
    one: 'Er zijn te veel pogingen gedaan vanaf uw adres. Probeer het over {count} seconde opnieuw.',
    other: 'Er zijn te veel pogingen gedaan vanaf uw adres. Probeer het over {count} seconden opnieuw.',
  },
  'error.tooManyAttempts.later': 'Er zijn te veel pogingen gedaan vanaf uw adres. Probeer het later opnieuw.',
  'error.tooLarge.title': 'Verzoek te groot',
  'error.tooLarge.text': 'Het formulier was te groot.',
  'error.badRequest.title': 'Ongeldig verzoek',
  'error.badRequest.text': 'Het verzoek kon niet worden gelezen.',
  'error.formRefused.title': 'Formulier geweigerd',
  'error.formRefused.text':
    'Dit formulier is niet verzonden vanaf de pagina van deze portal, of het is te oud. Open de pagina opnieuw en ' +
    'probeer het nog eens.',
  'error.server.title': 'Er is iets misgegaan',
  'error.server.text': 'Probeer het later opnieuw (verzoek-ID {requestId}).',

  'mail.greeting': 'Beste {name},',

  'mail.linkFallback': 'Werkt de knop niet? Kopieer dan dit adres naar uw browser:',

  'mail.openPortal': 'Naar mijn portal',

  'mail.footer': 'U ontvangt deze e-mail omdat u de eigenaar bent van de portal {portal}.',

  'mail.activation.subject': 'Activeer uw portal {portal}',
  'mail.activation.heading': 'Activeer uw portal',
  'mail.activation.intro':
    'Uw portal {portal} is klaar. Open deze link om uw wachtwoord in te stellen en in te loggen:',
  'mail.activation.button': 'Mijn portal activeren',
  'mail.activation.ignore': 'Hebt u deze portal niet aangevraagd? Dan kunt u dit bericht negeren.',

  'mail.reset.subject': 'Wachtwoord opnieuw instellen voor {portal}',
  'mail.reset.heading': 'Stel uw wachtwoord opnieuw in',
  'mail.reset.intro':
    'Iemand (hopelijk u) heeft gevraagd het wachtwoord van uw portal {portal} opnieuw in te stellen. Open deze link ' +
    'om een nieuw wachtwoord te kiezen:',
  'mail.reset.button': 'Nieuw wachtwoord kiezen',
  'mail.reset.ignore': 'Hebt u dit niet aangevraagd? Negeer dan dit bericht: uw wachtwoord blijft ongewijzigd.',

  'mail.due.subject': 'Uw pakket voor {portal} verloopt op {date}',
  'mail.due.heading': 'Uw pakket verloopt binnenkort',
  'mail.due.body': {
    one: 'Uw pakket {plan} voor {portal} verloopt over {count} dag, op {date}.',
    other: 'Uw pakket {plan} voor {portal} verloopt over {count} dagen, op {date}.',
  },
  'mail.due.today': 'Uw pakket {plan} voor {portal} verloopt vandaag, {date}.',
  'mail.due.action':
    'Zorg ervoor dat uw aanbieder de betaling op tijd ontvangt, zodat uw portal zonder onderbreking blijft werken.',

  'mail.suspended.subject': 'Uw portal {portal} is opgeschort',
  'mail.suspended.heading': 'Uw portal is opgeschort',
  'mail.suspended.body': 'Uw portal {portal} is opgeschort omdat het pakket {plan} niet is betaald.',
  'mail.suspended.action': 'Wilt u de portal weer gebruiken? Regel dan de betaling met uw aanbieder.',
  'mail.suspended.button': 'Contact opnemen',

  'mail.usage.storage.subject': 'Uw portal {portal} gebruikt {percent} van de opslag',
  'mail.usage.storage.heading': 'Melding over opslag',
  'mail.usage.storage.body': 'Uw portal {portal} gebruikt {percent} van de opslag: {used} van {limit}.',
  'mail.usage.users.subject': 'Uw portal {portal} gebruikt {percent} van de gebruikerslimiet',
  'mail.usage.users.heading': 'Melding over gebruikerslimiet',
  'mail.usage.users.body': 'Uw portal {portal} gebruikt {percent} van de gebruikerslimiet: {used} van {limit}.',
  'mail.usage.action': 'Hebt u meer nodig? Vraag uw aanbieder om een groter pakket.',
  'mail.unsubscribe.text': 'Wilt u deze meldingen niet meer ontvangen? Open dan dit adres:',
  'mail.unsubscribe.link': 'Afmelden voor deze meldingen',
  'unsubscribe.title': 'Afmelden voor gebruiksmeldingen',
  'unsubscribe.confirm': 'Wilt u geen e-mails meer ontvangen over het gebruik van de portal {portal}?',
  'unsubscribe.submit': 'Afmelden',
  'unsubscribe.done': 'U ontvangt geen e-mails meer over het gebruik van de portal {portal}.',
};
