import type { Message } from '../message.js';

/**
 * English: the source catalog. Its keys are the keys of every language, and the fallback for any
 * message a language lacks. The comments give translators the context a key alone does not.
 * Placeholders are `{name}`; a plural object is chosen by `count` (see docs/languages.md).
 */
export const en = {
  // The language's own name, as the language switcher lists it.
  'language.name': 'English',

  // What every page and mail around the content shows.
  'chrome.title': '{page} — {product}',
  'chrome.language': 'Language',
  'chrome.support': 'Support',
  'chrome.contactSupport': 'Contact support at {email}',
  'chrome.poweredBy': 'Powered by {product}',
  // Under a page's heading: which portal the page belongs to ({portal} is its host name).
  'chrome.portal': 'Portal {portal}',

  // Form fields.
  'field.email': 'E-mail',
  'field.password': 'Password',

  // Choosing a password: the fields, the hint under them, and what a broken rule says.
  'password.new': 'New password',
  'password.repeat': 'Repeat the password',
  'password.hint.length': 'Use {min} to {max} characters.',
  // {items}: the three parts below that the policy asks for, joined as a list ("a digit and …").
  'password.hint.include': 'Include {items}.',
  'password.hint.digit': 'a digit',
  'password.hint.upper': 'an upper-case letter',
  'password.hint.special': 'a character that is neither a letter nor a digit',
  'password.error.tooShort': {
    one: 'The password must be at least {count} character long.',
    other: 'The password must be at least {count} characters long.',
  },
  'password.error.tooLong': {
    one: 'The password must be at most {count} character long.',
    other: 'The password must be at most {count} characters long.',
  },
  'password.error.control': 'The password must not contain control characters.',
  'password.error.digit': 'The password must contain a digit.',
  'password.error.upper': 'The password must contain an upper-case letter.',
  'password.error.special': 'The password must contain a character that is neither a letter nor a digit.',
  'password.error.mismatch': 'The two passwords are not the same.',

  // The activation page (the link from the activation mail).
  'activation.title': 'Activate your portal',
  'activation.passwordSet': 'Your password is already set. Activate the portal and sign in.',
  'activation.submit': 'Activate and sign in',
  'activation.again': 'Open the activation page again',

  // The password-reset page (the link from the password-reset mail).
  'reset.title': 'Choose a new password',
  'reset.submit': 'Save the password and sign in',

  // The sign-in page.
  'signin.title': 'Sign in',
  'signin.forgot': 'Forgot your password?',
  'signin.submit': 'Sign in',
  'signin.failed': 'Wrong e-mail or password.',
  'signin.signedOut': 'You are signed out.',
  'signin.again': 'Open the sign-in page again',

  // "Forgot your password?": the owner asks for a reset link.
  'forgot.title': 'Forgot your password?',
  'forgot.intro': 'Enter the e-mail address you sign in with. We will send you a link to choose a new password.',
  'forgot.submit': 'Send me a link',
  // The same answer whether or not the address is the owner's: the page must not tell.
  'forgot.sent': 'If this address belongs to the owner of the portal, a link to choose a new password is on its way.',
  'forgot.again': 'Open the page again',
  'forgot.back': 'Back to sign-in',

  // How long a link from a mail works: said in the mail and on the "link is on its way" page.
  'link.validHours': {
    one: 'The link works once and expires in {count} hour.',
    other: 'The link works once and expires in {count} hours.',
  },
  'link.validMinutes': {
    one: 'The link works once and expires in {count} minute.',
    other: 'The link works once and expires in {count} minutes.',
  },

  // A link that cannot be used (400 or 410 page).
  'link.invalid.title': 'Link not valid',
  'link.invalid.text': 'This link is not valid for this portal. Check that it was copied in full.',
  'link.expired.title': 'Link expired',
  'link.expired.text': 'This link has expired. Please ask for a new one.',
  'link.used.title': 'Link already used',
  'link.used.text': 'This link has already been used. Sign in with your password instead.',
  'link.toSignin': 'Go to sign-in',

  // The signed-in owner's home page.
  'home.signedInAs': 'Signed in as {name} ({email}).',
  'home.activated': 'Your portal is activated and you are signed in.',
  'home.passwordSaved': 'Your new password is saved and you are signed in.',
  'home.portal': 'Portal',
  'home.address': 'Address',
  'home.name': 'Name',
  'home.status': 'Status',
  'home.created': 'Created',
  'home.timeZone': 'Time zone',
  'home.subscription': 'Subscription',
  'home.noPlan': 'No plan is set for this portal.',
  'home.plan': 'Plan',
  'home.state': 'State',
  'home.users': 'Users',
  'home.storage': 'Storage',
  'home.maxFileSize': 'Maximum file size',
  // A use against its limit: "3 of 10", "1.2 GB of 5 GB".
  'home.usedOf': '{used} of {limit}',
  'home.paidUntil': 'Paid until',
  'home.noEndDate': 'No end date',
  'home.features': 'Features',
  'home.signOut': 'Sign out',
  'home.back': 'Back to the portal',

  // A portal's status.
  'portal.status.active': 'Active',
  'portal.status.suspended': 'Suspended',
  'portal.status.removePending': 'Being removed',

  // The state of a portal's plan. Delay: past its due date, still running during the grace period.
  'tariff.state.trial': 'Trial',
  'tariff.state.paid': 'Paid',
  'tariff.state.delay': 'Overdue (grace period)',
  'tariff.state.notPaid': 'Not paid',

  // Error pages.
  'error.portalNotFound.title': 'Portal not found',
  'error.portalNotFound.text': 'There is no portal at {host}.',
  'error.notFound.title': 'Page not found',
  'error.notFound.text': 'There is no page at this address.',
  'error.suspended.title': 'Portal suspended',
  'error.suspended.text': 'This portal is suspended. Please contact your provider.',
  'error.tooManyAttempts.title': 'Too many attempts',
  'error.tooManyAttempts.wait': {
    one: 'There were too many attempts from your address. Try again in {count} second.',
    other: 'There were too many attempts from your address. Try again in {count} seconds.',
  },
  'error.tooManyAttempts.later': 'There were too many attempts from your address. Try again later.',
  'error.tooLarge.title': 'Request too large',
  'error.tooLarge.text': 'The form was too large.',
  'error.badRequest.title': 'Bad request',
  'error.badRequest.text': 'The request could not be read.',
  'error.formRefused.title': 'Form refused',
  'error.formRefused.text':
    'This form was not sent from this portal’s page, or it is too old. Open the page again and retry.',
  'error.server.title': 'Something went wrong',
  // {requestId}: what the provider's support looks up in the logs.
  'error.server.text': 'Please try again later (request ID {requestId}).',

  // What every mail shares. {name} is the owner's first name.
  'mail.greeting': 'Hello {name},',
  'mail.linkFallback': 'If the button does not work, copy this address into your browser:',
  'mail.openPortal': 'Go to my portal',
  'mail.footer': 'You receive this mail because you own the portal {portal}.',

  // The activation mail, sent when a portal is registered. Its validity line is link.validHours.
  'mail.activation.subject': 'Activate your portal {portal}',
  'mail.activation.heading': 'Activate your portal',
  'mail.activation.intro': 'Your portal {portal} is ready. Open this link to set your password and sign in:',
  'mail.activation.button': 'Activate my portal',
  'mail.activation.ignore': 'If you did not ask for this portal, you can ignore this message.',

  // The password-reset mail. Its validity line is link.validMinutes.
  'mail.reset.subject': 'Reset the password for {portal}',
  'mail.reset.heading': 'Reset your password',
  'mail.reset.intro':
    'Someone (we hope it was you) asked to reset the password of your portal {portal}. Open this link to choose a new one:',
  'mail.reset.button': 'Choose a new password',
  'mail.reset.ignore': 'If you did not ask for this, ignore this message: your password stays as it is.',

  // The reminder before a plan's due date. {plan}: the plan's name; {date}: the due date.
  'mail.due.subject': 'Your plan for {portal} is due on {date}',
  'mail.due.heading': 'Your plan is due soon',
  'mail.due.body': {
    one: 'Your plan {plan} for {portal} is due in {count} day, on {date}.',
    other: 'Your plan {plan} for {portal} is due in {count} days, on {date}.',
  },
  'mail.due.today': 'Your plan {plan} for {portal} is due today, {date}.',
  'mail.due.action':
    'To keep the portal running without interruption, make sure your provider receives the payment in time.',

  // The portal was suspended because its plan was not paid.
  'mail.suspended.subject': 'Your portal {portal} is suspended',
  'mail.suspended.heading': 'Your portal is suspended',
  'mail.suspended.body': 'Your portal {portal} is suspended because its plan {plan} was not paid.',
  'mail.suspended.action': 'To use the portal again, please settle the payment with your provider.',
  'mail.suspended.button': 'Contact support',

  // A portal crossed a usage threshold. {used}, {limit}: "4.1 GB", "5 GB" or "9", "10"; {percent}: "82%".
  'mail.usage.storage.subject': 'Your portal {portal} uses {percent} of its storage',
  'mail.usage.storage.heading': 'Storage alert',
  'mail.usage.storage.body': 'Your portal {portal} uses {percent} of its storage: {used} of {limit}.',
  'mail.usage.users.subject': 'Your portal {portal} uses {percent} of its user limit',
  'mail.usage.users.heading': 'User limit alert',
  'mail.usage.users.body': 'Your portal {portal} uses {percent} of its user limit: {used} of {limit}.',
  'mail.usage.action': 'If you need more, ask your provider for a larger plan.',
  // Notices (usage alerts) can be stopped: the link under the mail (its text part shows the address)
  // and the page it opens, which asks once more before it stops them.
  'mail.unsubscribe.text': 'To stop receiving these notices, open this address:',
  'mail.unsubscribe.link': 'Stop these notices',
  'unsubscribe.title': 'Stop usage alerts',
  'unsubscribe.confirm': 'Stop the e-mails about the usage of the portal {portal}?',
  'unsubscribe.submit': 'Stop these e-mails',
  'unsubscribe.done': 'You will no longer receive e-mails about the usage of the portal {portal}.',
} as const satisfies Readonly<Record<string, Message>>;
