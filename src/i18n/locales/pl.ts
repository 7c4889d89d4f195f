import type { Catalog } from '../catalog.js';

/**
 * Polish. Neither "Pan/Pani" nor the informal "ty": impersonal and passive forms ("Zalogowano",
 * "Prosimy podać…", "można"), as Polish services write to a reader of unknown gender; buttons in
 * the usual imperative of Polish interfaces ("Zaloguj się"). Terms: portal, plan, dostawca usługi
 * (the provider), logowanie. Plural forms: one 1, few 2–4 (22–24…), many 5–21…, other fractions.
 * Counts of characters are written "Liczba znaków: od … do …" so no noun agrees with a number.
 */
export const pl: Catalog = {
  'language.name': 'Polski',

  'chrome.title': '{page} — {product}',
  'chrome.language': 'Język',
  'chrome.support': 'Pomoc techniczna',
  'chrome.contactSupport': 'Kontakt z pomocą techniczną: {email}',
  'chrome.poweredBy': 'Działa na platformie {product}',
  'chrome.portal': 'Portal {portal}',

  'field.email': 'Adres e-mail',
  'field.password': 'Hasło',

  'password.new': 'Nowe hasło',
  'password.repeat': 'Potwierdzenie hasła',
  'password.hint.length': 'Liczba znaków: od {min} do {max}.',
  'password.hint.include': 'Hasło musi zawierać {items}.',
  'password.hint.digit': 'cyfrę',
  'password.hint.upper': 'wielką literę',
  'password.hint.special': 'znak specjalny (niebędący literą ani cyfrą)',
  'password.error.tooShort': {
    one: 'Hasło musi mieć co najmniej {count} znak.',
    few: 'Hasło musi mieć co najmniej {count} znaki.',
    many: 'Hasło musi mieć co najmniej {count} znaków.',
    other: 'Hasło musi mieć co najmniej {count} znaku.',
  },
  'password.error.tooLong': {
    one: 'Hasło może mieć najwyżej {count} znak.',
    few: 'Hasło może mieć najwyżej {count} znaki.',
    many: 'Hasło może mieć najwyżej {count} znaków.',
    other: 'Hasło może mieć najwyżej {count} znaku.',
  },
  'password.error.control': 'Hasło nie może zawierać znaków sterujących.',
  'password.error.digit': 'Hasło musi zawierać cyfrę.',
  'password.error.upper': 'Hasło musi zawierać wielką literę.',
  'password.error.special': 'Hasło musi zawierać znak specjalny (niebędący literą ani cyfrą).',
  'password.error.mismatch': 'Hasła nie są identyczne.',

  'activation.title': 'Aktywacja portalu',
  'activation.passwordSet': 'Hasło jest już ustawione. Wystarczy aktywować portal i się zalogować.',
  'activation.submit': 'Aktywuj i zaloguj się',
  'activation.again': 'Otwórz ponownie stronę aktywacji',

  'reset.title': 'Ustawianie nowego hasła',
  'reset.submit': 'Zapisz hasło i zaloguj się',

  'signin.title': 'Logowanie',
  'signin.forgot': 'Zapomniane hasło?',
  'signin.submit': 'Zaloguj się',
  'signin.failed': 'Nieprawidłowy adres e-mail lub hasło.',
  'signin.signedOut': 'Wylogowano.',
  'signin.again': 'Otwórz ponownie stronę logowania',

  'forgot.title': 'Zapomniane hasło?',
  'forgot.intro': 'Prosimy podać adres e-mail używany do logowania. Wyślemy na niego link do ustawienia nowego hasła.',
  'forgot.submit': 'Wyślij link',
  'forgot.sent': 'Jeśli portal jest zarejestrowany na ten adres, wysłaliśmy na niego link do ustawienia nowego hasła.',
  'forgot.again': 'Otwórz stronę ponownie',
  'forgot.back': 'Powrót do logowania',

  'link.validHours': {
    one: 'Link działa jednorazowo i wygasa za {count} godzinę.',
    few: 'Link działa jednorazowo i wygasa za {count} godziny.',
    many: 'Link działa jednorazowo i wygasa za {count} godzin.',
    other: 'Link działa jednorazowo i wygasa za {count} godziny.',
  },
  'link.validMinutes': {
    one: 'Link działa jednorazowo i wygasa za {count} minutę.',
    few: 'Link działa jednorazowo i wygasa za {count} minuty.',
    many: 'Link działa jednorazowo i wygasa za {count} minut.',
    other: 'Link działa jednorazowo i wygasa za {count} minuty.',
  },
  'link.invalid.title': 'Nieprawidłowy link',
  'link.invalid.text':
    'Ten link nie jest prawidłowy dla tego portalu. Prosimy sprawdzić, czy został skopiowany w całości.',
  'link.expired.title': 'Link wygasł',
  'link.expired.text': 'Ten link wygasł. Można poprosić o nowy.',
  'link.used.title': 'Link został już użyty',
  'link.used.text': 'Ten link został już użyty. Zamiast tego można zalogować się hasłem.',
  'link.toSignin': 'Przejdź do logowania',

  'home.signedInAs': 'Zalogowano jako {name} ({email}).',
  'home.activated': 'Portal został aktywowany. Zalogowano.',
  'home.passwordSaved': 'Nowe hasło zostało zapisane. Zalogowano.',
  'home.portal': 'Portal',
  'home.address': 'Adres',
  'home.name': 'Nazwa',
  'home.status': 'Status',
  'home.created': 'Data utworzenia',
  'home.timeZone': 'Strefa czasowa',
  'home.subscription': 'Subskrypcja',
  'home.noPlan': 'Dla tego portalu nie ustawiono planu.',
  'home.plan': 'Plan',
  'home.state': 'Stan płatności',
  'home.users': 'Użytkownicy',
  'home.storage': 'Przestrzeń dyskowa',
  'home.maxFileSize': 'Maksymalny rozmiar pliku',
  'home.usedOf': '{used} z {limit}',
  'home.paidUntil': 'Opłacono do',
  'home.noEndDate': 'Bez daty końcowej',
  'home.features': 'Funkcje',
  'home.signOut': 'Wyloguj się',
  'home.back': 'Powrót do portalu',

  'portal.status.active': 'Aktywny',
  'portal.status.suspended': 'Zawieszony',
  'portal.status.removePending': 'W trakcie usuwania',

  'tariff.state.trial': 'Okres próbny',
  'tariff.state.paid': 'Opłacony',
  'tariff.state.delay': 'Zaległa płatność (okres karencji)',
  'tariff.state.notPaid': 'Nieopłacony',

  'error.portalNotFound.title': 'Nie znaleziono portalu',
  'error.portalNotFound.text': 'Pod adresem {host} nie ma portalu.',
  'error.notFound.title': 'Nie znaleziono strony',
  'error.notFound.text': 'Pod tym adresem nie ma strony.',
  'error.suspended.title': 'Portal zawieszony',
  'error.suspended.text': 'Ten portal jest zawieszony. Prosimy o kontakt z dostawcą usługi.',
  'error.tooManyAttempts.title': 'Zbyt wiele prób',
  'error.tooManyAttempts.wait': {
    one: 'Z tego adresu było zbyt wiele prób. Ponowna próba będzie możliwa za {count} sekundę.',
    few: 'Z tego adresu było zbyt wiele prób. Ponowna próba będzie możliwa za {count} sekundy.',
    many: 'Z tego adresu było zbyt wiele prób. Ponowna próba będzie możliwa za {count} sekund.',
    other: 'Z tego adresu było zbyt wiele prób. Ponowna próba będzie możliwa za {count} sekundy.',
  },
  'error.tooManyAttempts.later': 'Z tego adresu było zbyt wiele prób. Prosimy spróbować ponownie później.',
  'error.tooLarge.title': 'Zbyt duże żądanie',
  'error.tooLarge.text': 'Formularz był zbyt duży.',
  'error.badRequest.title': 'Nieprawidłowe żądanie',
  'error.badRequest.text': 'Nie udało się odczytać żądania.',
  'error.formRefused.title': 'Formularz odrzucony',
  'error.formRefused.text':
    'Ten formularz nie został wysłany ze strony tego portalu lub jest zbyt stary. Prosimy otworzyć stronę ponownie i ' +
    'spróbować jeszcze raz.',
  'error.server.title': 'Coś poszło nie tak',
  'error.server.text': 'Prosimy spróbować ponownie później (identyfikator żądania {requestId}).',

  'mail.greeting': 'Dzień dobry, {name}!',

  'mail.linkFallback': 'Jeśli przycisk nie działa, prosimy skopiować ten adres do przeglądarki:',

  'mail.openPortal': 'Przejdź do portalu',

  'mail.footer': 'Ta wiadomość została wysłana, ponieważ portal {portal} jest zarejestrowany na ten adres e-mail.',

  'mail.activation.subject': 'Aktywacja portalu {portal}',
  'mail.activation.heading': 'Aktywacja portalu',
  'mail.activation.intro': 'Portal {portal} jest gotowy. Aby ustawić hasło i się zalogować, prosimy otworzyć ten link:',
  'mail.activation.button': 'Aktywuj portal',
  'mail.activation.ignore': 'Jeśli ten portal nie był zamawiany, wystarczy zignorować tę wiadomość.',

  'mail.reset.subject': 'Resetowanie hasła do portalu {portal}',
  'mail.reset.heading': 'Resetowanie hasła',
  'mail.reset.intro':
    'Otrzymaliśmy prośbę o zresetowanie hasła do portalu {portal}. Aby ustawić nowe hasło, prosimy otworzyć ten link:',
  'mail.reset.button': 'Ustaw nowe hasło',
  'mail.reset.ignore':
    'Jeśli prośba nie pochodziła od właściciela portalu, wystarczy zignorować tę wiadomość — hasło pozostanie bez ' +
    'zmian.',

  'mail.due.subject': 'Termin płatności za plan portalu {portal}: {date}',
  'mail.due.heading': 'Zbliża się termin płatności',
  'mail.due.body': {
    one: 'Termin płatności za plan {plan} portalu {portal} upływa za {count} dzień, {date}.',
    few: 'Termin płatności za plan {plan} portalu {portal} upływa za {count} dni, {date}.',
    many: 'Termin płatności za plan {plan} portalu {portal} upływa za {count} dni, {date}.',
    other: 'Termin płatności za plan {plan} portalu {portal} upływa za {count} dnia, {date}.',
  },
  'mail.due.today': 'Termin płatności za plan {plan} portalu {portal} upływa dzisiaj, {date}.',
  'mail.due.action':
    'Aby portal działał bez przerwy, prosimy zadbać o to, by płatność dotarła do dostawcy usługi na czas.',

  'mail.suspended.subject': 'Portal {portal} został zawieszony',
  'mail.suspended.heading': 'Portal został zawieszony',
  'mail.suspended.body': 'Portal {portal} został zawieszony z powodu braku płatności za plan {plan}.',
  'mail.suspended.action': 'Aby ponownie korzystać z portalu, prosimy uregulować płatność u dostawcy usługi.',
  'mail.suspended.button': 'Kontakt z pomocą techniczną',

  'mail.usage.storage.subject': 'Portal {portal} wykorzystuje {percent} przestrzeni dyskowej',
  'mail.usage.storage.heading': 'Powiadomienie o przestrzeni dyskowej',
  'mail.usage.storage.body': 'Portal {portal} wykorzystuje {percent} przestrzeni dyskowej: {used} z {limit}.',
  'mail.usage.users.subject': 'Portal {portal} wykorzystuje {percent} limitu użytkowników',
  'mail.usage.users.heading': 'Powiadomienie o limicie użytkowników',
  'mail.usage.users.body': 'Portal {portal} wykorzystuje {percent} limitu użytkowników: {used} z {limit}.',
  'mail.usage.action': 'W razie potrzeby można poprosić dostawcę usługi o większy plan.',
  'mail.unsubscribe.text': 'Aby zrezygnować z tych powiadomień, należy otworzyć ten adres:',
  'mail.unsubscribe.link': 'Zrezygnuj z tych powiadomień',
  'unsubscribe.title': 'Rezygnacja z powiadomień o wykorzystaniu',
  'unsubscribe.confirm': 'Zrezygnować z wiadomości e-mail o wykorzystaniu portalu {portal}?',
  'unsubscribe.submit': 'Zrezygnuj z powiadomień',
  'unsubscribe.done': 'Wiadomości e-mail o wykorzystaniu portalu {portal} nie będą już wysyłane.',
};
