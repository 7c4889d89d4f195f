import type { Catalog } from '../catalog.js';

/**
 * Spanish (Spain and Latin America alike). Formal address (usted). Terms: portal, plan,
 * proveedor (the provider), iniciar sesión. The "many" forms are for millions ("1.000.000 de días").
 */
export const es: Catalog = {
  'language.name': 'Español',

  'chrome.title': '{page} — {product}',
  'chrome.language': 'Idioma',
  'chrome.support': 'Soporte',
  'chrome.contactSupport': 'Contacte con el soporte en {email}',
  'chrome.poweredBy': 'Con la tecnología de {product}',
  'chrome.portal': 'Portal {portal}',

  'field.email': 'Correo electrónico',
  'field.password': 'Contraseña',

  'password.new': 'Nueva contraseña',
  'password.repeat': 'Repita la contraseña',
  'password.hint.length': 'Use entre {min} y {max} caracteres.',
  'password.hint.include': 'La contraseña debe incluir {items}.',
  'password.hint.digit': 'un número',
  'password.hint.upper': 'una letra mayúscula',
  'password.hint.special': 'un carácter especial (ni letra ni número)',
  'password.error.tooShort': {
    one: 'La contraseña debe tener al menos {count} carácter.',
    many: 'La contraseña debe tener al menos {count} de caracteres.',
    other: 'La contraseña debe tener al menos {count} caracteres.',
  },
  'password.error.tooLong': {
    one: 'La contraseña debe tener como máximo {count} carácter.',
    many: 'La contraseña debe tener como máximo {count} de caracteres.',
    other: 'La contraseña debe tener como máximo {count} caracteres.',
  },
  'password.error.control': 'La contraseña no debe contener caracteres de control.',
  'password.error.digit': 'La contraseña debe contener un número.',
  'password.error.upper': 'La contraseña debe contener una letra mayúscula.',
  'password.error.special': 'La contraseña debe contener un carácter especial (ni letra ni número).',
  'password.error.mismatch': 'Las dos contraseñas no coinciden.',

  'activation.title': 'Active su portal',
  'activation.passwordSet': 'Su contraseña ya está establecida. Active el portal e inicie sesión.',
  'activation.submit': 'Activar e iniciar sesión',
  'activation.again': 'Volver a abrir la página de activación',

  'reset.title': 'Elija una nueva contraseña',
  'reset.submit': 'Guardar la contraseña e iniciar sesión',

  'signin.title': 'Iniciar sesión',
  'signin.forgot': '¿Ha olvidado su contraseña?',
  'signin.submit': 'Iniciar sesión',
  'signin.failed': 'El correo electrónico o la contraseña no son correctos.',
  'signin.signedOut': 'Ha cerrado la sesión.',
  'signin.again': 'Volver a abrir la página de inicio de sesión',

  'forgot.title': '¿Ha olvidado su contraseña?',
  'forgot.intro':
    'Introduzca la dirección de correo electrónico con la que inicia sesión. Le enviaremos un enlace para elegir una ' +
    'nueva contraseña.',
  'forgot.submit': 'Enviarme un enlace',
  'forgot.sent':
    'Si el portal está registrado con esta dirección, le hemos enviado un enlace para elegir una nueva contraseña.',
  'forgot.again': 'Volver a abrir la página',
  'forgot.back': 'Volver al inicio de sesión',

  'link.validHours': {
    one: 'El enlace solo funciona una vez y caduca en {count} hora.',
    many: 'El enlace solo funciona una vez y caduca en {count} de horas.',
    other: 'El enlace solo funciona una vez y caduca en {count} horas.',
  },
  'link.validMinutes': {
    one: 'El enlace solo funciona una vez y caduca en {count} minuto.',
    many: 'El enlace solo funciona una vez y caduca en {count} de minutos.',
    other: 'El enlace solo funciona una vez y caduca en {count} minutos.',
  },
  'link.invalid.title': 'Enlace no válido',
  'link.invalid.text': 'Este enlace no es válido para este portal. Compruebe que lo ha copiado completo.',
  'link.expired.title': 'Enlace caducado',
  'link.expired.text': 'Este enlace ha caducado. Solicite uno nuevo.',
  'link.used.title': 'Enlace ya utilizado',
  'link.used.text': 'Este enlace ya se ha utilizado. Inicie sesión con su contraseña.',
  'link.toSignin': 'Ir al inicio de sesión',

  'home.signedInAs': 'Sesión iniciada como {name} ({email}).',
  'home.activated': 'Su portal está activado y ha iniciado sesión.',
  'home.passwordSaved': 'Su nueva contraseña se ha guardado y ha iniciado sesión.',
  'home.portal': 'Portal',
  'home.address': 'Dirección',
  'home.name': 'Nombre',
  'home.status': 'Estado',
  'home.created': 'Fecha de creación',
  'home.timeZone': 'Zona horaria',
  'home.subscription': 'Suscripción',
  'home.noPlan': 'Este portal no tiene ningún plan asignado.',
  'home.plan': 'Plan',
  'home.state': 'Estado del pago',
  'home.users': 'Usuarios',
  'home.storage': 'Almacenamiento',
  'home.maxFileSize': 'Tamaño máximo de archivo',
  'home.usedOf': '{used} de {limit}',
  'home.paidUntil': 'Pagado hasta',
  'home.noEndDate': 'Sin fecha de finalización',
  'home.features': 'Funciones',
  'home.signOut': 'Cerrar sesión',
  'home.back': 'Volver al portal',

  'portal.status.active': 'Activo',
  'portal.status.suspended': 'Suspendido',
  'portal.status.removePending': 'En proceso de eliminación',

  'tariff.state.trial': 'Prueba',
  'tariff.state.paid': 'Pagado',
  'tariff.state.delay': 'Vencido (período de gracia)',
  'tariff.state.notPaid': 'No pagado',

  'error.portalNotFound.title': 'Portal no encontrado',
  'error.portalNotFound.text': 'No hay ningún portal en {host}.',
  'error.notFound.title': 'Página no encontrada',
  'error.notFound.text': 'No hay ninguna página en esta dirección.',
  'error.suspended.title': 'Portal suspendido',
  'error.suspended.text': 'Este portal está suspendido. Póngase en contacto con su proveedor.',
  'error.tooManyAttempts.title': 'Demasiados intentos',
  'error.tooManyAttempts.wait': {
    one: 'Ha habido demasiados intentos desde su dirección. Vuelva a intentarlo dentro de {count} segundo.',
    many: 'Ha habido demasiados intentos desde su dirección. Vuelva a intentarlo dentro de {count} de segundos.',
    other: 'Ha habido demasiados intentos desde su dirección. Vuelva a intentarlo dentro de {count} segundos.',
  },
  'error.tooManyAttempts.later': 'Ha habido demasiados intentos desde su dirección. Vuelva a intentarlo más tarde.',
  'error.tooLarge.title': 'Solicitud demasiado grande',
  'error.tooLarge.text': 'El formulario era demasiado grande.',
  'error.badRequest.title': 'Solicitud incorrecta',
  'error.badRequest.text': 'No se ha podido leer la solicitud.',
  'error.formRefused.title': 'Formulario rechazado',
  'error.formRefused.text':
    'Este formulario no se envió desde la página de este portal o es demasiado antiguo. Vuelva a abrir la página e ' +
    'inténtelo de nuevo.',
  'error.server.title': 'Algo ha salido mal',
  'error.server.text': 'Vuelva a intentarlo más tarde (ID de solicitud {requestId}).',

  'mail.greeting': 'Hola, {name}:',

  'mail.linkFallback': 'Si el botón no funciona, copie esta dirección en su navegador:',

  'mail.openPortal': 'Ir a mi portal',

  'mail.footer': 'Recibe este correo porque figura como titular del portal {portal}.',

  'mail.activation.subject': 'Active su portal {portal}',
  'mail.activation.heading': 'Active su portal',
  'mail.activation.intro':
    'Su portal {portal} está listo. Abra este enlace para establecer su contraseña e iniciar sesión:',
  'mail.activation.button': 'Activar mi portal',
  'mail.activation.ignore': 'Si no ha solicitado este portal, puede ignorar este mensaje.',

  'mail.reset.subject': 'Restablecimiento de la contraseña de {portal}',
  'mail.reset.heading': 'Restablezca su contraseña',
  'mail.reset.intro':
    'Alguien (esperamos que usted) ha solicitado restablecer la contraseña de su portal {portal}. Abra este enlace ' +
    'para elegir una nueva:',
  'mail.reset.button': 'Elegir una nueva contraseña',
  'mail.reset.ignore': 'Si no lo ha solicitado usted, ignore este mensaje: su contraseña no cambiará.',

  'mail.due.subject': 'Su plan para {portal} vence el {date}',
  'mail.due.heading': 'Su plan vence pronto',
  'mail.due.body': {
    one: 'Su plan {plan} para {portal} vence dentro de {count} día, el {date}.',
    many: 'Su plan {plan} para {portal} vence dentro de {count} de días, el {date}.',
    other: 'Su plan {plan} para {portal} vence dentro de {count} días, el {date}.',
  },
  'mail.due.today': 'Su plan {plan} para {portal} vence hoy, {date}.',
  'mail.due.action':
    'Para que el portal siga funcionando sin interrupciones, asegúrese de que su proveedor reciba el pago a tiempo.',

  'mail.suspended.subject': 'Su portal {portal} está suspendido',
  'mail.suspended.heading': 'Su portal está suspendido',
  'mail.suspended.body': 'Su portal {portal} se ha suspendido porque no se ha pagado su plan {plan}.',
  'mail.suspended.action': 'Para volver a usar el portal, liquide el pago pendiente con su proveedor.',
  'mail.suspended.button': 'Contactar con el soporte',

  'mail.usage.storage.subject': 'Su portal {portal} usa el {percent} de su almacenamiento',
  'mail.usage.storage.heading': 'Aviso de almacenamiento',
  'mail.usage.storage.body': 'Su portal {portal} usa el {percent} de su almacenamiento: {used} de {limit}.',
  'mail.usage.users.subject': 'Su portal {portal} usa el {percent} de su límite de usuarios',
  'mail.usage.users.heading': 'Aviso de límite de usuarios',
  'mail.usage.users.body': 'Su portal {portal} usa el {percent} de su límite de usuarios: {used} de {limit}.',
  'mail.usage.action': 'Si necesita más, solicite a su proveedor un plan superior.',
  'mail.unsubscribe.text': 'Para dejar de recibir estos avisos, abra esta dirección:',
  'mail.unsubscribe.link': 'Dejar de recibir estos avisos',
  'unsubscribe.title': 'Cancelar las alertas de uso',
  'unsubscribe.confirm': '¿Desea dejar de recibir correos sobre el uso del portal {portal}?',
  'unsubscribe.submit': 'Cancelar la suscripción',
  'unsubscribe.done': 'Ya no recibirá correos sobre el uso del portal {portal}.',
};
