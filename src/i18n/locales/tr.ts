import type { Catalog } from '../catalog.js';

/**
 * Turkish. Formal address (siz). Terms: portal, plan, sağlayıcı (the provider), oturum açmak.
 * No suffix is ever attached to a placeholder, whose last vowel decides the suffix's form
 * ("{portal} portalınız", "{date} tarihinde", not "{portal}'ınız"). Nouns stay singular after
 * numbers, so both plural forms read alike.
 */
export const tr: Catalog = {
  'language.name': 'Türkçe',

  'chrome.title': '{page} — {product}',
  'chrome.language': 'Dil',
  'chrome.support': 'Destek',
  'chrome.contactSupport': 'Destek için {email} adresine yazabilirsiniz',
  'chrome.poweredBy': '{product} altyapısıyla çalışır',
  'chrome.portal': 'Portal: {portal}',

  'field.email': 'E-posta',
  'field.password': 'Parola',

  'password.new': 'Yeni parola',
  'password.repeat': 'Parolayı tekrar girin',
  'password.hint.length': '{min} ile {max} arasında karakter kullanın.',
  'password.hint.include': 'Parola {items} içermelidir.',
  'password.hint.digit': 'bir rakam',
  'password.hint.upper': 'bir büyük harf',
  'password.hint.special': 'bir özel karakter (harf veya rakam olmayan)',
  'password.error.tooShort': {
    one: 'Parola en az {count} karakter uzunluğunda olmalıdır.',
    other: 'Parola en az {count} karakter uzunluğunda olmalıdır.',
  },
  'password.error.tooLong': {
    one: 'Parola en fazla {count} karakter uzunluğunda olabilir.',
    other: 'Parola en fazla {count} karakter uzunluğunda olabilir.',
  },
  'password.error.control': 'Parola kontrol karakterleri içermemelidir.',
  'password.error.digit': 'Parola bir rakam içermelidir.',
  'password.error.upper': 'Parola bir büyük harf içermelidir.',
  'password.error.special': 'Parola bir özel karakter (harf veya rakam olmayan) içermelidir.',
  'password.error.mismatch': 'Girdiğiniz parolalar aynı değil.',

  'activation.title': 'Portalınızı etkinleştirin',
  'activation.passwordSet': 'Parolanız zaten belirlenmiş. Portalı etkinleştirip oturum açın.',
  'activation.submit': 'Etkinleştir ve oturum aç',
  'activation.again': 'Etkinleştirme sayfasını yeniden aç',

  'reset.title': 'Yeni parola belirleyin',
  'reset.submit': 'Parolayı kaydet ve oturum aç',

  'signin.title': 'Oturum açın',
  'signin.forgot': 'Parolanızı mı unuttunuz?',
  'signin.submit': 'Oturum aç',
  'signin.failed': 'E-posta adresi veya parola yanlış.',
  'signin.signedOut': 'Oturumunuz kapatıldı.',
  'signin.again': 'Oturum açma sayfasını yeniden aç',

  'forgot.title': 'Parolanızı mı unuttunuz?',
  'forgot.intro':
    'Oturum açarken kullandığınız e-posta adresini girin. Yeni bir parola belirlemeniz için size bir bağlantı ' +
    'göndereceğiz.',
  'forgot.submit': 'Bağlantı gönder',
  'forgot.sent': 'Portal bu adresle kayıtlıysa yeni bir parola belirlemeniz için bu adrese bir bağlantı gönderdik.',
  'forgot.again': 'Sayfayı yeniden aç',
  'forgot.back': 'Oturum açma sayfasına dön',

  'link.validHours': {
    one: 'Bağlantı yalnızca bir kez kullanılabilir ve {count} saat sonra geçerliliğini yitirir.',
    other: 'Bağlantı yalnızca bir kez kullanılabilir ve {count} saat sonra geçerliliğini yitirir.',
  },
  'link.validMinutes': {
    one: 'Bağlantı yalnızca bir kez kullanılabilir ve {count} dakika sonra geçerliliğini yitirir.',
    other: 'Bağlantı yalnızca bir kez kullanılabilir ve {count} dakika sonra geçerliliğini yitirir.',
  },
  'link.invalid.title': 'Geçersiz bağlantı',
  'link.invalid.text': 'Bu bağlantı bu portal için geçerli değil. Bağlantının eksiksiz kopyalandığından emin olun.',
  'link.expired.title': 'Bağlantının süresi doldu',
  'link.expired.text': 'Bu bağlantının süresi doldu. Lütfen yeni bir bağlantı isteyin.',
  'link.used.title': 'Bağlantı zaten kullanıldı',
  'link.used.text': 'Bu bağlantı daha önce kullanıldı. Bunun yerine parolanızla oturum açın.',
  'link.toSignin': 'Oturum açma sayfasına git',

  'home.signedInAs': '{name} ({email}) olarak oturum açtınız.',
  'home.activated': 'Portalınız etkinleştirildi ve oturumunuz açıldı.',
  'home.passwordSaved': 'Yeni parolanız kaydedildi ve oturumunuz açıldı.',
  'home.portal': 'Portal',
  'home.address': 'Adres',
  'home.name': 'Ad',
  'home.status': 'Durum',
  'home.created': 'Oluşturulma tarihi',
  'home.timeZone': 'Saat dilimi',
  'home.subscription': 'Abonelik',
  'home.noPlan': 'Bu portal için bir plan belirlenmemiş.',
  'home.plan': 'Plan',
  'home.state': 'Ödeme durumu',
  'home.users': 'Kullanıcılar',
  'home.storage': 'Depolama alanı',
  'home.maxFileSize': 'En büyük dosya boyutu',
  'home.usedOf': '{used} / {limit}',
  'home.paidUntil': 'Ödeme geçerlilik tarihi',
  'home.noEndDate': 'Bitiş tarihi yok',
  'home.features': 'Özellikler',
  'home.signOut': 'Oturumu kapat',
  'home.back': 'Portala dön',

  'portal.status.active': 'Etkin',
  'portal.status.suspended': 'Askıya alındı',
  'portal.status.removePending': 'Siliniyor',

  'tariff.state.trial': 'Deneme',
  'tariff.state.paid': 'Ödendi',
  'tariff.state.delay': 'Gecikmede (ek süre)',
  'tariff.state.notPaid': 'Ödenmedi',

  'error.portalNotFound.title': 'Portal bulunamadı',
  'error.portalNotFound.text': '{host} adresinde bir portal yok.',
  'error.notFound.title': 'Sayfa bulunamadı',
  'error.notFound.text': 'Bu adreste bir sayfa yok.',
  'error.suspended.title': 'Portal askıya alındı',
  'error.suspended.text': 'Bu portal askıya alındı. Lütfen sağlayıcınızla iletişime geçin.',
  'error.tooManyAttempts.title': 'Çok fazla deneme',
  'error.tooManyAttempts.wait': {
    one: 'Adresinizden çok fazla deneme yapıldı. {count} saniye sonra yeniden deneyin.',
    other: 'Adresinizden çok fazla deneme yapıldı. {count} saniye sonra yeniden deneyin.',
  },
  'error.tooManyAttempts.later': 'Adresinizden çok fazla deneme yapıldı. Daha sonra yeniden deneyin.',
  'error.tooLarge.title': 'İstek çok büyük',
  'error.tooLarge.text': 'Form çok büyüktü.',
  'error.badRequest.title': 'Geçersiz istek',
  'error.badRequest.text': 'İstek okunamadı.',
  'error.formRefused.title': 'Form reddedildi',
  'error.formRefused.text':
    'Bu form bu portalın sayfasından gönderilmedi veya çok eski. Sayfayı yeniden açıp tekrar deneyin.',
  'error.server.title': 'Bir sorun oluştu',
  'error.server.text': 'Lütfen daha sonra yeniden deneyin (istek kimliği {requestId}).',

  'mail.greeting': 'Merhaba {name},',

  'mail.linkFallback': 'Düğme çalışmazsa bu adresi kopyalayıp tarayıcınıza yapıştırın:',

  'mail.openPortal': 'Portalıma git',

  'mail.footer': 'Bu e-postayı {portal} portalının sahibi olduğunuz için alıyorsunuz.',

  'mail.activation.subject': '{portal} portalınızı etkinleştirin',
  'mail.activation.heading': 'Portalınızı etkinleştirin',
  'mail.activation.intro': '{portal} portalınız hazır. Parolanızı belirleyip oturum açmak için bu bağlantıyı açın:',
  'mail.activation.button': 'Portalımı etkinleştir',
  'mail.activation.ignore': 'Bu portalı siz istemediyseniz bu iletiyi yok sayabilirsiniz.',

  'mail.reset.subject': '{portal} için parola sıfırlama',
  'mail.reset.heading': 'Parolanızı sıfırlayın',
  'mail.reset.intro':
    'Birisi (umarız sizsiniz) {portal} portalınızın parolasının sıfırlanmasını istedi. Yeni bir parola seçmek için ' +
    'bu bağlantıyı açın:',
  'mail.reset.button': 'Yeni parola seç',
  'mail.reset.ignore': 'Bunu siz istemediyseniz bu iletiyi yok sayın: parolanız değişmeden kalır.',

  'mail.due.subject': '{portal} için planınızın ödeme tarihi: {date}',
  'mail.due.heading': 'Planınızın ödeme tarihi yaklaşıyor',
  'mail.due.body': {
    one: '{portal} için {plan} planınızın ödeme tarihi {count} gün sonra, {date} tarihinde.',
    other: '{portal} için {plan} planınızın ödeme tarihi {count} gün sonra, {date} tarihinde.',
  },
  'mail.due.today': '{portal} için {plan} planınızın ödeme tarihi bugün, {date}.',
  'mail.due.action':
    'Portalınızın kesintisiz çalışmaya devam etmesi için ödemenin sağlayıcınıza zamanında ulaştığından emin olun.',

  'mail.suspended.subject': '{portal} portalınız askıya alındı',
  'mail.suspended.heading': 'Portalınız askıya alındı',
  'mail.suspended.body': '{plan} planının ödemesi yapılmadığı için {portal} portalınız askıya alındı.',
  'mail.suspended.action': 'Portalı yeniden kullanabilmek için lütfen sağlayıcınıza olan ödemenizi tamamlayın.',
  'mail.suspended.button': 'Destek ekibiyle iletişime geç',

  'mail.usage.storage.subject': '{portal} portalınızda depolama kullanımı {percent} seviyesinde',
  'mail.usage.storage.heading': 'Depolama alanı uyarısı',
  'mail.usage.storage.body': '{portal} portalınızda depolama kullanımı {percent} seviyesinde: {used} / {limit}.',
  'mail.usage.users.subject': '{portal} portalınızda kullanıcı sınırı kullanımı {percent} seviyesinde',
  'mail.usage.users.heading': 'Kullanıcı sınırı uyarısı',
  'mail.usage.users.body': '{portal} portalınızda kullanıcı sınırı kullanımı {percent} seviyesinde: {used} / {limit}.',
  'mail.usage.action': 'Daha fazlasına ihtiyacınız varsa sağlayıcınızdan daha büyük bir plan isteyin.',
  'mail.unsubscribe.text': 'Bu bildirimleri artık almak istemiyorsanız şu adresi açın:',
  'mail.unsubscribe.link': 'Bu bildirimleri durdur',
  'unsubscribe.title': 'Kullanım uyarılarını durdur',
  'unsubscribe.confirm': '{portal} portalının kullanımıyla ilgili e-postaları durdurmak istiyor musunuz?',
  'unsubscribe.submit': 'E-postaları durdur',
  'unsubscribe.done': '{portal} portalının kullanımıyla ilgili artık e-posta almayacaksınız.',
};
