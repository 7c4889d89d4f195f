import type { Catalog } from '../catalog.js';

/**
 * Brazilian Portuguese, also served to readers of European Portuguese. "Você", the polite
 * form of Brazilian interfaces; wording that does not depend on the reader's gender ("sessão
 * iniciada", not "conectado"). Terms: portal, plano, provedor (the provider), entrar / login.
 * The "many" forms are for millions ("1.000.000 de dias").
 */
export const ptBR: Catalog = {
  'language.name': 'Português (Brasil)',

  'chrome.title': '{page} — {product}',
  'chrome.language': 'Idioma',
  'chrome.support': 'Suporte',
  'chrome.contactSupport': 'Entre em contato com o suporte pelo e-mail {email}',
  'chrome.poweredBy': 'Com tecnologia {product}',
  'chrome.portal': 'Portal {portal}',

  'field.email': 'E-mail',
  'field.password': 'Senha',

  'password.new': 'Nova senha',
  'password.repeat': 'Repita a senha',
  'password.hint.length': 'Use de {min} a {max} caracteres.',
  'password.hint.include': 'A senha deve conter {items}.',
  'password.hint.digit': 'um número',
  'password.hint.upper': 'uma letra maiúscula',
  'password.hint.special': 'um caractere especial (que não seja letra nem número)',
  'password.error.tooShort': {
    one: 'A senha deve ter pelo menos {count} caractere.',
    many: 'A senha deve ter pelo menos {count} de caracteres.',
    other: 'A senha deve ter pelo menos {count} caracteres.',
  },
  'password.error.tooLong': {
    one: 'A senha deve ter no máximo {count} caractere.',
    many: 'A senha deve ter no máximo {count} de caracteres.',
    other: 'A senha deve ter no máximo {count} caracteres.',
  },
  'password.error.control': 'A senha não pode conter caracteres de controle.',
  'password.error.digit': 'A senha deve conter um número.',
  'password.error.upper': 'A senha deve conter uma letra maiúscula.',
  'password.error.special': 'A senha deve conter um caractere especial (que não seja letra nem número).',
  'password.error.mismatch': 'As duas senhas não são iguais.',

  'activation.title': 'Ative seu portal',
  'activation.passwordSet': 'Sua senha já está definida. Ative o portal e entre.',
  'activation.submit': 'Ativar e entrar',
  'activation.again': 'Abrir a página de ativação novamente',

  'reset.title': 'Escolha uma nova senha',
  'reset.submit': 'Salvar a senha e entrar',

  'signin.title': 'Entrar',
  'signin.forgot': 'Esqueceu sua senha?',
  'signin.submit': 'Entrar',
  'signin.failed': 'E-mail ou senha incorretos.',
  'signin.signedOut': 'Você saiu da sua conta.',
  'signin.again': 'Abrir a página de login novamente',

  'forgot.title': 'Esqueceu sua senha?',
  'forgot.intro':
    'Digite o endereço de e-mail que você usa para entrar. Enviaremos um link para você escolher uma nova senha.',
  'forgot.submit': 'Enviar link',
  'forgot.sent':
    'Se o portal estiver registrado com este endereço, enviamos para ele um link para escolher uma nova senha.',
  'forgot.again': 'Abrir a página novamente',
  'forgot.back': 'Voltar para o login',

  'link.validHours': {
    one: 'O link funciona uma única vez e expira em {count} hora.',
    many: 'O link funciona uma única vez e expira em {count} de horas.',
    other: 'O link funciona uma única vez e expira em {count} horas.',
  },
  'link.validMinutes': {
    one: 'O link funciona uma única vez e expira em {count} minuto.',
    many: 'O link funciona uma única vez e expira em {count} de minutos.',
    other: 'O link funciona uma única vez e expira em {count} minutos.',
  },
  'link.invalid.title': 'Link inválido',
  'link.invalid.text': 'Este link não é válido para este portal. Verifique se ele foi copiado por completo.',
  'link.expired.title': 'Link expirado',
  'link.expired.text': 'Este link expirou. Solicite um novo.',
  'link.used.title': 'Link já usado',
  'link.used.text': 'Este link já foi usado. Em vez disso, entre com sua senha.',
  'link.toSignin': 'Ir para o login',

  'home.signedInAs': 'Sessão iniciada como {name} ({email}).',
  'home.activated': 'Seu portal foi ativado e sua sessão foi iniciada.',
  'home.passwordSaved': 'Sua nova senha foi salva e sua sessão foi iniciada.',
  'home.portal': 'Portal',
  'home.address': 'Endereço',
  'home.name': 'Nome',
  'home.status': 'Status',
  'home.created': 'Criado em',
  'home.timeZone': 'Fuso horário',
  'home.subscription': 'Assinatura',
  'home.noPlan': 'Nenhum plano está definido para este portal.',
  'home.plan': 'Plano',
  'home.state': 'Situação do pagamento',
  'home.users': 'Usuários',
  'home.storage': 'Armazenamento',
  'home.maxFileSize': 'Tamanho máximo de arquivo',
  'home.usedOf': '{used} de {limit}',
  'home.paidUntil': 'Pago até',
  'home.noEndDate': 'Sem data de término',
  'home.features': 'Recursos',
  'home.signOut': 'Sair',
  'home.back': 'Voltar ao portal',

  'portal.status.active': 'Ativo',
  'portal.status.suspended': 'Suspenso',
  'portal.status.removePending': 'Em exclusão',

  'tariff.state.trial': 'Período de teste',
  'tariff.state.paid': 'Pago',
  'tariff.state.delay': 'Vencido (período de carência)',
  'tariff.state.notPaid': 'Não pago',

  'error.portalNotFound.title': 'Portal não encontrado',
  'error.portalNotFound.text': 'Não há nenhum portal em {host}.',
  'error.notFound.title': 'Página não encontrada',
  'error.notFound.text': 'Não há nenhuma página neste endereço.',
  'error.suspended.title': 'Portal suspenso',
  'error.suspended.text': 'Este portal está suspenso. Entre em contato com seu provedor.',
  'error.tooManyAttempts.title': 'Muitas tentativas',
  'error.tooManyAttempts.wait': {
    one: 'Houve muitas tentativas a partir do seu endereço. Tente novamente em {count} segundo.',
    many: 'Houve muitas tentativas a partir do seu endereço. Tente novamente em {count} de segundos.',
    other: 'Houve muitas tentativas a partir do seu endereço. Tente novamente em {count} segundos.',
  },
  'error.tooManyAttempts.later': 'Houve muitas tentativas a partir do seu endereço. Tente novamente mais tarde.',
  'error.tooLarge.title': 'Solicitação grande demais',
  'error.tooLarge.text': 'O formulário era grande demais.',
  'error.badRequest.title': 'Solicitação inválida',
  'error.badRequest.text': 'Não foi possível ler a solicitação.',
  'error.formRefused.title': 'Formulário recusado',
  'error.formRefused.text':
    'Este formulário não foi enviado pela página deste portal ou é antigo demais. Abra a página novamente e tente ' +
    'outra vez.',
  'error.server.title': 'Algo deu errado',
  'error.server.text': 'Tente novamente mais tarde (ID da solicitação {requestId}).',

  'mail.greeting': 'Olá, {name},',

  'mail.linkFallback': 'Se o botão não funcionar, copie este endereço e cole no seu navegador:',

  'mail.openPortal': 'Ir para meu portal',

  'mail.footer': 'Você está recebendo este e-mail porque o portal {portal} está registrado em seu nome.',

  'mail.activation.subject': 'Ative seu portal {portal}',
  'mail.activation.heading': 'Ative seu portal',
  'mail.activation.intro': 'Seu portal {portal} está pronto. Abra este link para definir sua senha e entrar:',
  'mail.activation.button': 'Ativar meu portal',
  'mail.activation.ignore': 'Se você não solicitou este portal, pode ignorar esta mensagem.',

  'mail.reset.subject': 'Redefinição de senha de {portal}',
  'mail.reset.heading': 'Redefina sua senha',
  'mail.reset.intro':
    'Alguém (esperamos que você) pediu para redefinir a senha do seu portal {portal}. Abra este link para escolher ' +
    'uma nova:',
  'mail.reset.button': 'Escolher nova senha',
  'mail.reset.ignore': 'Se você não fez essa solicitação, ignore esta mensagem: sua senha continua a mesma.',

  'mail.due.subject': 'Seu plano de {portal} vence em {date}',
  'mail.due.heading': 'Seu plano vence em breve',
  'mail.due.body': {
    one: 'Seu plano {plan} de {portal} vence daqui a {count} dia, em {date}.',
    many: 'Seu plano {plan} de {portal} vence daqui a {count} de dias, em {date}.',
    other: 'Seu plano {plan} de {portal} vence daqui a {count} dias, em {date}.',
  },
  'mail.due.today': 'Seu plano {plan} de {portal} vence hoje, {date}.',
  'mail.due.action':
    'Para que o portal continue funcionando sem interrupção, garanta que seu provedor receba o pagamento a tempo.',

  'mail.suspended.subject': 'Seu portal {portal} foi suspenso',
  'mail.suspended.heading': 'Seu portal foi suspenso',
  'mail.suspended.body': 'Seu portal {portal} foi suspenso porque o plano {plan} não foi pago.',
  'mail.suspended.action': 'Para voltar a usar o portal, regularize o pagamento com seu provedor.',
  'mail.suspended.button': 'Falar com o suporte',

  'mail.usage.storage.subject': 'Seu portal {portal} usa {percent} do armazenamento',
  'mail.usage.storage.heading': 'Alerta de armazenamento',
  'mail.usage.storage.body': 'Seu portal {portal} usa {percent} do armazenamento: {used} de {limit}.',
  'mail.usage.users.subject': 'Seu portal {portal} usa {percent} do limite de usuários',
  'mail.usage.users.heading': 'Alerta de limite de usuários',
  'mail.usage.users.body': 'Seu portal {portal} usa {percent} do limite de usuários: {used} de {limit}.',
  'mail.usage.action': 'Se precisar de mais, peça ao seu provedor um plano maior.',
  'mail.unsubscribe.text': 'Para deixar de receber estes avisos, abra este endereço:',
  'mail.unsubscribe.link': 'Deixar de receber estes avisos',
  'unsubscribe.title': 'Cancelar alertas de uso',
  'unsubscribe.confirm': 'Deixar de receber e-mails sobre o uso do portal {portal}?',
  'unsubscribe.submit': 'Cancelar inscrição',
  'unsubscribe.done': 'Você não receberá mais e-mails sobre o uso do portal {portal}.',
};
