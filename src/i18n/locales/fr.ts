import type { Catalog } from '../catalog.js';

/**
 * French. Formal address (vous); wording that does not depend on the reader's gender
 * ("votre session est ouverte", not "vous êtes connecté"). Terms: portail, forfait (a plan),
 * fournisseur (the provider), se connecter. A no-break space before ":" and a narrow one before
 * "?", as French typography wants. The "many" forms are for millions ("1 000 000 de jours").
 */
export const fr: Catalog = {
  'language.name': 'Français',

  'chrome.title': '{page} — {product}',
  'chrome.language': 'Langue',
  'chrome.support': 'Assistance',
  'chrome.contactSupport': 'Contactez l’assistance à l’adresse {email}',
  'chrome.poweredBy': 'Propulsé par {product}',
  'chrome.portal': 'Portail {portal}',

  'field.email': 'Adresse e-mail',
  'field.password': 'Mot de passe',

  'password.new': 'Nouveau mot de passe',
  'password.repeat': 'Confirmez le mot de passe',
  'password.hint.length': 'Utilisez entre {min} et {max} caractères.',
  'password.hint.include': 'Le mot de passe doit contenir {items}.',
  'password.hint.digit': 'un chiffre',
  'password.hint.upper': 'une lettre majuscule',
  'password.hint.special': 'un caractère spécial (ni lettre ni chiffre)',
  'password.error.tooShort': {
    one: 'Le mot de passe doit contenir au moins {count} caractère.',
    many: 'Le mot de passe doit contenir au moins {count} de caractères.',
    other: 'Le mot de passe doit contenir au moins {count} caractères.',
  },
  'password.error.tooLong': {
    one: 'Le mot de passe doit contenir au plus {count} caractère.',
    many: 'Le mot de passe doit contenir au plus {count} de caractères.',
    other: 'Le mot de passe doit contenir au plus {count} caractères.',
  },
  'password.error.control': 'Le mot de passe ne doit pas contenir de caractères de contrôle.',
  'password.error.digit': 'Le mot de passe doit contenir un chiffre.',
  'password.error.upper': 'Le mot de passe doit contenir une lettre majuscule.',
  'password.error.special': 'Le mot de passe doit contenir un caractère spécial (ni lettre ni chiffre).',
  'password.error.mismatch': 'Les deux mots de passe ne sont pas identiques.',

  'activation.title': 'Activez votre portail',
  'activation.passwordSet': 'Votre mot de passe est déjà défini. Activez le portail et connectez-vous.',
  'activation.submit': 'Activer et se connecter',
  'activation.again': 'Rouvrir la page d’activation',

  'reset.title': 'Choisissez un nouveau mot de passe',
  'reset.submit': 'Enregistrer le mot de passe et se connecter',

  'signin.title': 'Connexion',
  'signin.forgot': 'Mot de passe oublié\u202f?',
  'signin.submit': 'Se connecter',
  'signin.failed': 'Adresse e-mail ou mot de passe incorrect.',
  'signin.signedOut': 'Votre session est fermée.',
  'signin.again': 'Rouvrir la page de connexion',

  'forgot.title': 'Mot de passe oublié\u202f?',
  'forgot.intro':
    'Saisissez l’adresse e-mail avec laquelle vous vous connectez. Nous vous enverrons un lien pour choisir un ' +
    'nouveau mot de passe.',
  'forgot.submit': 'M’envoyer un lien',
  'forgot.sent':
    'Si le portail est enregistré à cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé.',
  'forgot.again': 'Rouvrir la page',
  'forgot.back': 'Retour à la connexion',

  'link.validHours': {
    one: 'Le lien ne fonctionne qu’une fois et expire dans {count} heure.',
    many: 'Le lien ne fonctionne qu’une fois et expire dans {count} d’heures.',
    other: 'Le lien ne fonctionne qu’une fois et expire dans {count} heures.',
  },
  'link.validMinutes': {
    one: 'Le lien ne fonctionne qu’une fois et expire dans {count} minute.',
    many: 'Le lien ne fonctionne qu’une fois et expire dans {count} de minutes.',
    other: 'Le lien ne fonctionne qu’une fois et expire dans {count} minutes.',
  },
  'link.invalid.title': 'Lien non valide',
  'link.invalid.text': 'Ce lien n’est pas valide pour ce portail. Vérifiez qu’il a été copié en entier.',
  'link.expired.title': 'Lien expiré',
  'link.expired.text': 'Ce lien a expiré. Veuillez en demander un nouveau.',
  'link.used.title': 'Lien déjà utilisé',
  'link.used.text': 'Ce lien a déjà été utilisé. Connectez-vous plutôt avec votre mot de passe.',
  'link.toSignin': 'Aller à la connexion',

  'home.signedInAs': 'Session ouverte\u00a0: {name} ({email}).',
  'home.activated': 'Votre portail est activé et votre session est ouverte.',
  'home.passwordSaved': 'Votre nouveau mot de passe est enregistré et votre session est ouverte.',
  'home.portal': 'Portail',
  'home.address': 'Adresse',
  'home.name': 'Nom',
  'home.status': 'Statut',
  'home.created': 'Date de création',
  'home.timeZone': 'Fuseau horaire',
  'home.subscription': 'Abonnement',
  'home.noPlan': 'Aucun forfait n’est défini pour ce portail.',
  'home.plan': 'Forfait',
  'home.state': 'État du paiement',
  'home.users': 'Utilisateurs',
  'home.storage': 'Stockage',
  'home.maxFileSize': 'Taille maximale de fichier',
  'home.usedOf': '{used} sur {limit}',
  'home.paidUntil': 'Payé jusqu’au',
  'home.noEndDate': 'Sans date de fin',
  'home.features': 'Fonctionnalités',
  'home.signOut': 'Se déconnecter',
  'home.back': 'Retour au portail',

  'portal.status.active': 'Actif',
  'portal.status.suspended': 'Suspendu',
  'portal.status.removePending': 'Suppression en cours',

  'tariff.state.trial': 'Essai',
  'tariff.state.paid': 'Payé',
  'tariff.state.delay': 'En retard (délai de grâce)',
  'tariff.state.notPaid': 'Impayé',

  'error.portalNotFound.title': 'Portail introuvable',
  'error.portalNotFound.text': 'Il n’y a aucun portail à l’adresse {host}.',
  'error.notFound.title': 'Page introuvable',
  'error.notFound.text': 'Il n’y a aucune page à cette adresse.',
  'error.suspended.title': 'Portail suspendu',
  'error.suspended.text': 'Ce portail est suspendu. Veuillez contacter votre fournisseur.',
  'error.tooManyAttempts.title': 'Trop de tentatives',
  'error.tooManyAttempts.wait': {
    one: 'Trop de tentatives depuis votre adresse. Réessayez dans {count} seconde.',
    many: 'Trop de tentatives depuis votre adresse. Réessayez dans {count} de secondes.',
    other: 'Trop de tentatives depuis votre adresse. Réessayez dans {count} secondes.',
  },
  'error.tooManyAttempts.later': 'Trop de tentatives depuis votre adresse. Réessayez plus tard.',
  'error.tooLarge.title': 'Requête trop volumineuse',
  'error.tooLarge.text': 'Le formulaire était trop volumineux.',
  'error.badRequest.title': 'Requête incorrecte',
  'error.badRequest.text': 'La requête n’a pas pu être lue.',
  'error.formRefused.title': 'Formulaire refusé',
  'error.formRefused.text':
    'Ce formulaire n’a pas été envoyé depuis la page de ce portail, ou il est trop ancien. Rouvrez la page et ' +
    'réessayez.',
  'error.server.title': 'Une erreur s’est produite',
  'error.server.text': 'Veuillez réessayer plus tard (identifiant de requête {requestId}).',

  'mail.greeting': 'Bonjour {name},',

  'mail.linkFallback': 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur\u00a0:',

  'mail.openPortal': 'Accéder à mon portail',

  'mail.footer': 'Vous recevez ce message parce que vous êtes propriétaire du portail {portal}.',

  'mail.activation.subject': 'Activez votre portail {portal}',
  'mail.activation.heading': 'Activez votre portail',
  'mail.activation.intro':
    'Votre portail {portal} est prêt. Ouvrez ce lien pour définir votre mot de passe et vous connecter\u00a0:',
  'mail.activation.button': 'Activer mon portail',
  'mail.activation.ignore': 'Si vous n’avez pas demandé ce portail, vous pouvez ignorer ce message.',

  'mail.reset.subject': 'Réinitialisation du mot de passe pour {portal}',
  'mail.reset.heading': 'Réinitialisez votre mot de passe',
  'mail.reset.intro':
    'Quelqu’un (vous, nous l’espérons) a demandé la réinitialisation du mot de passe de votre portail {portal}. ' +
    'Ouvrez ce lien pour en choisir un nouveau\u00a0:',
  'mail.reset.button': 'Choisir un nouveau mot de passe',
  'mail.reset.ignore':
    'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message\u00a0: votre mot de passe reste inchangé.',

  'mail.due.subject': 'Votre forfait pour {portal} arrive à échéance le {date}',
  'mail.due.heading': 'Votre forfait arrive bientôt à échéance',
  'mail.due.body': {
    one: 'Votre forfait {plan} pour {portal} arrive à échéance dans {count} jour, le {date}.',
    many: 'Votre forfait {plan} pour {portal} arrive à échéance dans {count} de jours, le {date}.',
    other: 'Votre forfait {plan} pour {portal} arrive à échéance dans {count} jours, le {date}.',
  },
  'mail.due.today': 'Votre forfait {plan} pour {portal} arrive à échéance aujourd’hui, le {date}.',
  'mail.due.action':
    'Pour que votre portail continue de fonctionner sans interruption, assurez-vous que votre fournisseur reçoive le ' +
    'paiement à temps.',

  'mail.suspended.subject': 'Votre portail {portal} est suspendu',
  'mail.suspended.heading': 'Votre portail est suspendu',
  'mail.suspended.body': 'Votre portail {portal} est suspendu, car son forfait {plan} n’a pas été payé.',
  'mail.suspended.action':
    'Pour utiliser à nouveau le portail, veuillez régler le paiement auprès de votre fournisseur.',
  'mail.suspended.button': 'Contacter l’assistance',

  'mail.usage.storage.subject': 'Votre portail {portal} utilise {percent} de son espace de stockage',
  'mail.usage.storage.heading': 'Alerte de stockage',
  'mail.usage.storage.body':
    'Votre portail {portal} utilise {percent} de son espace de stockage\u00a0: {used} sur {limit}.',
  'mail.usage.users.subject': 'Votre portail {portal} utilise {percent} de sa limite d’utilisateurs',
  'mail.usage.users.heading': 'Alerte de limite d’utilisateurs',
  'mail.usage.users.body':
    'Votre portail {portal} utilise {percent} de sa limite d’utilisateurs\u00a0: {used} sur {limit}.',
  'mail.usage.action': 'Si vous avez besoin de davantage, demandez un forfait supérieur à votre fournisseur.',
  'mail.unsubscribe.text': 'Pour ne plus recevoir ces avis, ouvrez cette adresse\u00a0:',
  'mail.unsubscribe.link': 'Ne plus recevoir ces avis',
  'unsubscribe.title': 'Se désabonner des alertes d’utilisation',
  'unsubscribe.confirm': 'Ne plus recevoir d’e-mails sur l’utilisation du portail {portal}\u202f?',
  'unsubscribe.submit': 'Se désabonner',
  'unsubscribe.done': 'Vous ne recevrez plus d’e-mails sur l’utilisation du portail {portal}.',
};
