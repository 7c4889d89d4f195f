import type { Catalog } from '../catalog.js';

/**
 * Russian. Formal address (вы, lower case as in interfaces). Terms: портал, тариф (a plan),
 * провайдер (the provider), войти. Plural forms: one 1, 21…; few 2–4, 22–24…; many 5–20, 25…;
 * other fractions. Counts of characters are written "Количество символов: от … до …" so no noun
 * agrees with a number the reader's settings choose. A long date ends in "г." ("5 мая 2025 г."),
 * so no sentence ends with {date}: it would read "г..".
 */
export const ru: Catalog = {
  'language.name': 'Русский',

  'chrome.title': '{page} — {product}',
  'chrome.language': 'Язык',
  'chrome.support': 'Поддержка',
  'chrome.contactSupport': 'Служба поддержки: {email}',
  'chrome.poweredBy': 'Работает на {product}',
  'chrome.portal': 'Портал {portal}',

  'field.email': 'Электронная почта',
  'field.password': 'Пароль',

  'password.new': 'Новый пароль',
  'password.repeat': 'Повторите пароль',
  'password.hint.length': 'Количество символов: от {min} до {max}.',
  'password.hint.include': 'Пароль должен содержать {items}.',
  'password.hint.digit': 'цифру',
  'password.hint.upper': 'заглавную букву',
  'password.hint.special': 'специальный символ (не букву и не цифру)',
  'password.error.tooShort': {
    one: 'Пароль должен содержать не менее {count} символа.',
    few: 'Пароль должен содержать не менее {count} символов.',
    many: 'Пароль должен содержать не менее {count} символов.',
    other: 'Пароль должен содержать не менее {count} символа.',
  },
  'password.error.tooLong': {
    one: 'Пароль должен содержать не более {count} символа.',
    few: 'Пароль должен содержать не более {count} символов.',
    many: 'Пароль должен содержать не более {count} символов.',
    other: 'Пароль должен содержать не более {count} символа.',
  },
  'password.error.control': 'Пароль не должен содержать управляющих символов.',
  'password.error.digit': 'Пароль должен содержать цифру.',
  'password.error.upper': 'Пароль должен содержать заглавную букву.',
  'password.error.special': 'Пароль должен содержать специальный символ (не букву и не цифру).',
  'password.error.mismatch': 'Пароли не совпадают.',

  'activation.title': 'Активация портала',
  'activation.passwordSet': 'Пароль уже задан. Активируйте портал и войдите.',
  'activation.submit': 'Активировать и войти',
  'activation.again': 'Открыть страницу активации снова',

  'reset.title': 'Выбор нового пароля',
  'reset.submit': 'Сохранить пароль и войти',

  'signin.title': 'Вход',
  'signin.forgot': 'Забыли пароль?',
  'signin.submit': 'Войти',
  'signin.failed': 'Неверный адрес электронной почты или пароль.',
  'signin.signedOut': 'Вы вышли из системы.',
  'signin.again': 'Открыть страницу входа снова',

  'forgot.title': 'Забыли пароль?',
  'forgot.intro':
    'Введите адрес электронной почты, который вы используете для входа. Мы отправим вам ссылку для выбора нового ' +
    'пароля.',
  'forgot.submit': 'Отправить ссылку',
  'forgot.sent': 'Если портал зарегистрирован на этот адрес, мы отправили на него ссылку для выбора нового пароля.',
  'forgot.again': 'Открыть страницу снова',
  'forgot.back': 'Вернуться ко входу',

  'link.validHours': {
    one: 'Ссылкой можно воспользоваться один раз, она действует {count} час.',
    few: 'Ссылкой можно воспользоваться один раз, она действует {count} часа.',
    many: 'Ссылкой можно воспользоваться один раз, она действует {count} часов.',
    other: 'Ссылкой можно воспользоваться один раз, она действует {count} часа.',
  },
  'link.validMinutes': {
    one: 'Ссылкой можно воспользоваться один раз, она действует {count} минуту.',
    few: 'Ссылкой можно воспользоваться один раз, она действует {count} минуты.',
    many: 'Ссылкой можно воспользоваться один раз, она действует {count} минут.',
    other: 'Ссылкой можно воспользоваться один раз, она действует {count} минуты.',
  },
  'link.invalid.title': 'Недействительная ссылка',
  'link.invalid.text': 'Эта ссылка недействительна для этого портала. Проверьте, что она скопирована полностью.',
  'link.expired.title': 'Срок действия ссылки истёк',
  'link.expired.text': 'Срок действия этой ссылки истёк. Запросите новую.',
  'link.used.title': 'Ссылка уже использована',
  'link.used.text': 'Эта ссылка уже была использована. Войдите с помощью пароля.',
  'link.toSignin': 'Перейти ко входу',

  'home.signedInAs': 'Вы вошли как {name} ({email}).',
  'home.activated': 'Портал активирован, вы вошли в систему.',
  'home.passwordSaved': 'Новый пароль сохранён, вы вошли в систему.',
  'home.portal': 'Портал',
  'home.address': 'Адрес',
  'home.name': 'Название',
  'home.status': 'Статус',
  'home.created': 'Дата создания',
  'home.timeZone': 'Часовой пояс',
  'home.subscription': 'Подписка',
  'home.noPlan': 'Для этого портала тариф не задан.',
  'home.plan': 'Тариф',
  'home.state': 'Состояние оплаты',
  'home.users': 'Пользователи',
  'home.storage': 'Хранилище',
  'home.maxFileSize': 'Максимальный размер файла',
  'home.usedOf': '{used} из {limit}',
  'home.paidUntil': 'Оплачено до',
  'home.noEndDate': 'Без даты окончания',
  'home.features': 'Возможности',
  'home.signOut': 'Выйти',
  'home.back': 'Вернуться на портал',

  'portal.status.active': 'Активен',
  'portal.status.suspended': 'Приостановлен',
  'portal.status.removePending': 'Удаляется',

  'tariff.state.trial': 'Пробный период',
  'tariff.state.paid': 'Оплачен',
  'tariff.state.delay': 'Просрочен (льготный период)',
  'tariff.state.notPaid': 'Не оплачен',

  'error.portalNotFound.title': 'Портал не найден',
  'error.portalNotFound.text': 'По адресу {host} портала нет.',
  'error.notFound.title': 'Страница не найдена',
  'error.notFound.text': 'По этому адресу страницы нет.',
  'error.suspended.title': 'Портал приостановлен',
  'error.suspended.text': 'Работа этого портала приостановлена. Обратитесь к своему провайдеру.',
  'error.tooManyAttempts.title': 'Слишком много попыток',
  'error.tooManyAttempts.wait': {
    one: 'С вашего адреса было слишком много попыток. Повторите через {count} секунду.',
    few: 'С вашего адреса было слишком много попыток. Повторите через {count} секунды.',
    many: 'С вашего адреса было слишком много попыток. Повторите через {count} секунд.',
    other: 'С вашего адреса было слишком много попыток. Повторите через {count} секунды.',
  },
  'error.tooManyAttempts.later': 'С вашего адреса было слишком много попыток. Повторите попытку позже.',
  'error.tooLarge.title': 'Слишком большой запрос',
  'error.tooLarge.text': 'Размер формы слишком велик.',
  'error.badRequest.title': 'Некорректный запрос',
  'error.badRequest.text': 'Не удалось прочитать запрос.',
  'error.formRefused.title': 'Форма отклонена',
  'error.formRefused.text':
    'Эта форма отправлена не со страницы этого портала или устарела. Откройте страницу снова и повторите попытку.',
  'error.server.title': 'Что-то пошло не так',
  'error.server.text': 'Повторите попытку позже (идентификатор запроса {requestId}).',

  'mail.greeting': 'Здравствуйте, {name}!',

  'mail.linkFallback': 'Если кнопка не работает, скопируйте этот адрес в адресную строку браузера:',

  'mail.openPortal': 'Перейти на портал',

  'mail.footer': 'Вы получили это письмо, потому что являетесь владельцем портала {portal}.',

  'mail.activation.subject': 'Активируйте портал {portal}',
  'mail.activation.heading': 'Активация портала',
  'mail.activation.intro': 'Ваш портал {portal} готов. Откройте эту ссылку, чтобы задать пароль и войти:',
  'mail.activation.button': 'Активировать портал',
  'mail.activation.ignore': 'Если вы не запрашивали этот портал, просто проигнорируйте это письмо.',

  'mail.reset.subject': 'Сброс пароля для {portal}',
  'mail.reset.heading': 'Сброс пароля',
  'mail.reset.intro':
    'Кто-то (надеемся, что вы) запросил сброс пароля для вашего портала {portal}. Откройте эту ссылку, чтобы выбрать ' +
    'новый пароль:',
  'mail.reset.button': 'Выбрать новый пароль',
  'mail.reset.ignore': 'Если вы этого не запрашивали, проигнорируйте это письмо: ваш пароль останется прежним.',

  'mail.due.subject': 'Срок оплаты тарифа портала {portal} — {date}',
  'mail.due.heading': 'Приближается срок оплаты тарифа',
  'mail.due.body': {
    one: '{date} (через {count} день) наступает срок оплаты тарифа {plan} для портала {portal}.',
    few: '{date} (через {count} дня) наступает срок оплаты тарифа {plan} для портала {portal}.',
    many: '{date} (через {count} дней) наступает срок оплаты тарифа {plan} для портала {portal}.',
    other: '{date} (через {count} дня) наступает срок оплаты тарифа {plan} для портала {portal}.',
  },
  'mail.due.today': 'Сегодня, {date}, наступает срок оплаты тарифа {plan} для портала {portal}.',
  'mail.due.action':
    'Чтобы портал продолжал работать без перерывов, позаботьтесь о том, чтобы провайдер вовремя получил оплату.',

  'mail.suspended.subject': 'Работа портала {portal} приостановлена',
  'mail.suspended.heading': 'Работа портала приостановлена',
  'mail.suspended.body': 'Работа вашего портала {portal} приостановлена, так как тариф {plan} не оплачен.',
  'mail.suspended.action': 'Чтобы снова пользоваться порталом, погасите задолженность у своего провайдера.',
  'mail.suspended.button': 'Связаться с поддержкой',

  'mail.usage.storage.subject': 'Портал {portal} использует {percent} хранилища',
  'mail.usage.storage.heading': 'Уведомление о хранилище',
  'mail.usage.storage.body': 'Ваш портал {portal} использует {percent} хранилища: {used} из {limit}.',
  'mail.usage.users.subject': 'Портал {portal} использует {percent} лимита пользователей',
  'mail.usage.users.heading': 'Уведомление о лимите пользователей',
  'mail.usage.users.body': 'Ваш портал {portal} использует {percent} лимита пользователей: {used} из {limit}.',
  'mail.usage.action': 'Если вам нужно больше, обратитесь к провайдеру за тарифом с более высокими лимитами.',
  'mail.unsubscribe.text': 'Чтобы больше не получать такие уведомления, откройте этот адрес:',
  'mail.unsubscribe.link': 'Отписаться от этих уведомлений',
  'unsubscribe.title': 'Отписка от уведомлений об использовании',
  'unsubscribe.confirm': 'Больше не получать письма об использовании портала {portal}?',
  'unsubscribe.submit': 'Отписаться',
  'unsubscribe.done': 'Вы больше не будете получать письма об использовании портала {portal}.',
};
