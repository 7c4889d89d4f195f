import type { Catalog } from '../catalog.js';

/**
 * Italian. Formal address (Lei, Suo, capitalised as in business mail); buttons in the usual
 * imperative of Italian interfaces ("Accedi"). Terms: portale, piano (a plan), fornitore (the
 * provider), accedere. No article before a percentage, which would change with the number
 * (il 90 %, l’80 %). The "many" forms are for millions ("1.000.000 di giorni").
 */
export const it: Catalog = {
  'language.name': 'Italiano',

  'chrome.title': '{page} — {product}',
  'chrome.language': 'Lingua',
  'chrome.support': 'Assistenza',
  'chrome.contactSupport': 'Contatti l’assistenza all’indirizzo {email}',
  'chrome.poweredBy': 'Basato su {product}',
  'chrome.portal': 'Portale {portal}',

  'field.email': 'E-mail',
  'field.password': 'Password',

  'password.new': 'Nuova password',
  'password.repeat': 'Conferma la password',
  'password.hint.length': 'Usi da {min} a {max} caratteri.',
  'password.hint.include': 'La password deve contenere {items}.',
  'password.hint.digit': 'una cifra',
  'password.hint.upper': 'una lettera maiuscola',
  'password.hint.special': 'un carattere speciale (né lettera né cifra)',
  'password.error.tooShort': {
    one: 'La password deve contenere almeno {count} carattere.',
    many: 'La password deve contenere almeno {count} di caratteri.',
    other: 'La password deve contenere almeno {count} caratteri.',
  },
  'password.error.tooLong': {
    one: 'La password può contenere al massimo {count} carattere.',
    many: 'La password può contenere al massimo {count} di caratteri.',
    other: 'La password può contenere al massimo {count} caratteri.',
  },
  'password.error.control': 'La password non deve contenere caratteri di controllo.',
  'password.error.digit': 'La password deve contenere una cifra.',
  'password.error.upper': 'La password deve contenere una lettera maiuscola.',
  'password.error.special': 'La password deve contenere un carattere speciale (né lettera né cifra).',
  'password.error.mismatch': 'Le due password non coincidono.',

  'activation.title': 'Attivazione del portale',
  'activation.passwordSet': 'La Sua password è già impostata. Attivi il portale e acceda.',
  'activation.submit': 'Attiva e accedi',
  'activation.again': 'Riapri la pagina di attivazione',

  'reset.title': 'Scelga una nuova password',
  'reset.submit': 'Salva la password e accedi',

  'signin.title': 'Accesso',
  'signin.forgot': 'Ha dimenticato la password?',
  'signin.submit': 'Accedi',
  'signin.failed': 'E-mail o password non corretti.',
  'signin.signedOut': 'Disconnessione eseguita.',
  'signin.again': 'Riapri la pagina di accesso',

  'forgot.title': 'Ha dimenticato la password?',
  'forgot.intro': 'Inserisca l’indirizzo e-mail con cui accede. Le invieremo un link per scegliere una nuova password.',
  'forgot.submit': 'Inviami un link',
  'forgot.sent':
    'Se il portale è registrato con questo indirizzo, Le abbiamo inviato un link per scegliere una nuova password.',
  'forgot.again': 'Riapri la pagina',
  'forgot.back': 'Torna all’accesso',

  'link.validHours': {
    one: 'Il link funziona una sola volta e scade tra {count} ora.',
    many: 'Il link funziona una sola volta e scade tra {count} di ore.',
    other: 'Il link funziona una sola volta e scade tra {count} ore.',
  },
  'link.validMinutes': {
    one: 'Il link funziona una sola volta e scade tra {count} minuto.',
    many: 'Il link funziona una sola volta e scade tra {count} di minuti.',
    other: 'Il link funziona una sola volta e scade tra {count} minuti.',
  },
  'link.invalid.title': 'Link non valido',
  'link.invalid.text': 'Questo link non è valido per questo portale. Verifichi di averlo copiato per intero.',
  'link.expired.title': 'Link scaduto',
  'link.expired.text': 'Questo link è scaduto. Ne richieda uno nuovo.',
  'link.used.title': 'Link già usato',
  'link.used.text': 'Questo link è già stato usato. Acceda invece con la Sua password.',
  'link.toSignin': 'Vai all’accesso',

  'home.signedInAs': 'Accesso effettuato come {name} ({email}).',
  'home.activated': 'Il Suo portale è attivo e l’accesso è stato effettuato.',
  'home.passwordSaved': 'La nuova password è stata salvata e l’accesso è stato effettuato.',
  'home.portal': 'Portale',
  'home.address': 'Indirizzo',
  'home.name': 'Nome',
  'home.status': 'Stato',
  'home.created': 'Data di creazione',
  'home.timeZone': 'Fuso orario',
  'home.subscription': 'Abbonamento',
  'home.noPlan': 'Per questo portale non è impostato alcun piano.',
  'home.plan': 'Piano',
  'home.state': 'Stato del pagamento',
  'home.users': 'Utenti',
  'home.storage': 'Spazio di archiviazione',
  'home.maxFileSize': 'Dimensione massima dei file',
  'home.usedOf': '{used} su {limit}',
  'home.paidUntil': 'Pagato fino al',
  'home.noEndDate': 'Nessuna data di scadenza',
  'home.features': 'Funzionalità',
  'home.signOut': 'Esci',
  'home.back': 'Torna al portale',

  'portal.status.active': 'Attivo',
  'portal.status.suspended': 'Sospeso',
  'portal.status.removePending': 'In eliminazione',

  'tariff.state.trial': 'Prova',
  'tariff.state.paid': 'Pagato',
  'tariff.state.delay': 'Scaduto (periodo di tolleranza)',
  'tariff.state.notPaid': 'Non pagato',

  'error.portalNotFound.title': 'Portale non trovato',
  'error.portalNotFound.text': 'Non esiste alcun portale all’indirizzo {host}.',
  'error.notFound.title': 'Pagina non trovata',
  'error.notFound.text': 'Non esiste alcuna pagina a questo indirizzo.',
  'error.suspended.title': 'Portale sospeso',
  'error.suspended.text': 'Questo portale è sospeso. Contatti il Suo fornitore.',
  'error.tooManyAttempts.title': 'Troppi tentativi',
  'error.tooManyAttempts.wait': {
    one: 'Troppi tentativi dal Suo indirizzo. Riprovi tra {count} secondo.',
    many: 'Troppi tentativi dal Suo indirizzo. Riprovi tra {count} di secondi.',
    other: 'Troppi tentativi dal Suo indirizzo. Riprovi tra {count} secondi.',
  },
  'error.tooManyAttempts.later': 'Troppi tentativi dal Suo indirizzo. Riprovi più tardi.',
  'error.tooLarge.title': 'Richiesta troppo grande',
  'error.tooLarge.text': 'Il modulo era troppo grande.',
  'error.badRequest.title': 'Richiesta non valida',
  'error.badRequest.text': 'Non è stato possibile leggere la richiesta.',
  'error.formRefused.title': 'Modulo rifiutato',
  'error.formRefused.text':
    'Questo modulo non è stato inviato dalla pagina di questo portale oppure è troppo vecchio. Riapra la pagina e ' +
    'riprovi.',
  'error.server.title': 'Si è verificato un errore',
  'error.server.text': 'Riprovi più tardi (ID richiesta {requestId}).',

  'mail.greeting': 'Gentile {name},',

  'mail.linkFallback': 'Se il pulsante non funziona, copi questo indirizzo nel browser:',

  'mail.openPortal': 'Vai al mio portale',

  'mail.footer': 'Riceve questa e-mail perché è titolare del portale {portal}.',

  'mail.activation.subject': 'Attivi il Suo portale {portal}',
  'mail.activation.heading': 'Attivi il Suo portale',
  'mail.activation.intro': 'Il Suo portale {portal} è pronto. Apra questo link per impostare la password e accedere:',
  'mail.activation.button': 'Attiva il mio portale',
  'mail.activation.ignore': 'Se non ha richiesto questo portale, può ignorare questo messaggio.',

  'mail.reset.subject': 'Reimpostazione della password per {portal}',
  'mail.reset.heading': 'Reimposti la password',
  'mail.reset.intro':
    'Qualcuno (speriamo Lei) ha chiesto di reimpostare la password del Suo portale {portal}. Apra questo link per ' +
    'sceglierne una nuova:',
  'mail.reset.button': 'Scegli una nuova password',
  'mail.reset.ignore': 'Se non è stato Lei a richiederlo, ignori questo messaggio: la Sua password resta invariata.',

  'mail.due.subject': 'Il Suo piano per {portal} scade il {date}',
  'mail.due.heading': 'Il Suo piano scade a breve',
  'mail.due.body': {
    one: 'Il Suo piano {plan} per {portal} scade tra {count} giorno, il {date}.',
    many: 'Il Suo piano {plan} per {portal} scade tra {count} di giorni, il {date}.',
    other: 'Il Suo piano {plan} per {portal} scade tra {count} giorni, il {date}.',
  },
  'mail.due.today': 'Il Suo piano {plan} per {portal} scade oggi, {date}.',
  'mail.due.action':
    'Perché il portale continui a funzionare senza interruzioni, si assicuri che il Suo fornitore riceva il ' +
    'pagamento in tempo.',

  'mail.suspended.subject': 'Il Suo portale {portal} è sospeso',
  'mail.suspended.heading': 'Il Suo portale è sospeso',
  'mail.suspended.body': 'Il Suo portale {portal} è stato sospeso perché il piano {plan} non è stato pagato.',
  'mail.suspended.action': 'Per usare di nuovo il portale, regolarizzi il pagamento con il Suo fornitore.',
  'mail.suspended.button': 'Contatta l’assistenza',

  'mail.usage.storage.subject': 'Portale {portal}: {percent} dello spazio di archiviazione in uso',
  'mail.usage.storage.heading': 'Avviso sullo spazio di archiviazione',
  'mail.usage.storage.body':
    'Spazio di archiviazione del Suo portale {portal}: {used} su {limit} ({percent} del totale).',
  'mail.usage.users.subject': 'Portale {portal}: raggiunto {percent} del limite di utenti',
  'mail.usage.users.heading': 'Avviso sul limite di utenti',
  'mail.usage.users.body': 'Utenti del Suo portale {portal}: {used} su {limit} ({percent} del limite).',
  'mail.usage.action': 'Se Le serve di più, chieda al Suo fornitore un piano superiore.',
  'mail.unsubscribe.text': 'Per non ricevere più questi avvisi, apra questo indirizzo:',
  'mail.unsubscribe.link': 'Non ricevere più questi avvisi',
  'unsubscribe.title': 'Disattiva gli avvisi di utilizzo',
  'unsubscribe.confirm': 'Desidera interrompere le e-mail sull’utilizzo del portale {portal}?',
  'unsubscribe.submit': 'Annulla l’iscrizione',
  'unsubscribe.done': 'Non riceverà più e-mail sull’utilizzo del portale {portal}.',
};
