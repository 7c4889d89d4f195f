import type { Catalog } from '../catalog.js';

/**
 * Simplified Chinese, also served to readers who ask for Traditional Chinese until a zh-TW
 * catalog exists. Polite address (您). Terms: 门户 (portal), 套餐 (a plan), 服务提供商 (the
 * provider), 登录. A space separates a Latin placeholder or number from Chinese text; full-width
 * punctuation. Only the "other" plural form exists.
 */
export const zhCN: Catalog = {
  'language.name': '简体中文',

  'chrome.title': '{page} — {product}',
  'chrome.language': '语言',
  'chrome.support': '技术支持',
  'chrome.contactSupport': '如需帮助，请联系 {email}',
  'chrome.poweredBy': '由 {product} 提供技术支持',
  'chrome.portal': '门户 {portal}',

  'field.email': '电子邮箱',
  'field.password': '密码',

  'password.new': '新密码',
  'password.repeat': '确认密码',
  'password.hint.length': '请使用 {min} 到 {max} 个字符。',
  'password.hint.include': '密码须包含{items}。',
  'password.hint.digit': '数字',
  'password.hint.upper': '大写字母',
  'password.hint.special': '特殊字符（字母和数字以外的字符）',
  'password.error.tooShort': {
    other: '密码不能少于 {count} 个字符。',
  },
  'password.error.tooLong': {
    other: '密码不能超过 {count} 个字符。',
  },
  'password.error.control': '密码不能包含控制字符。',
  'password.error.digit': '密码须包含数字。',
  'password.error.upper': '密码须包含大写字母。',
  'password.error.special': '密码须包含特殊字符（字母和数字以外的字符）。',
  'password.error.mismatch': '两次输入的密码不一致。',

  'activation.title': '激活门户',
  'activation.passwordSet': '您已设置密码。请激活门户并登录。',
  'activation.submit': '激活并登录',
  'activation.again': '重新打开激活页面',

  'reset.title': '设置新密码',
  'reset.submit': '保存密码并登录',

  'signin.title': '登录',
  'signin.forgot': '忘记密码？',
  'signin.submit': '登录',
  'signin.failed': '电子邮箱或密码错误。',
  'signin.signedOut': '您已退出登录。',
  'signin.again': '重新打开登录页面',

  'forgot.title': '忘记密码？',
  'forgot.intro': '请输入您登录时使用的电子邮箱地址。我们将向您发送一个用于设置新密码的链接。',
  'forgot.submit': '发送链接',
  'forgot.sent': '如果此门户是用该地址注册的，设置新密码的链接已发送到该地址。',
  'forgot.again': '重新打开页面',
  'forgot.back': '返回登录',

  'link.validHours': {
    other: '此链接只能使用一次，将在 {count} 小时后失效。',
  },
  'link.validMinutes': {
    other: '此链接只能使用一次，将在 {count} 分钟后失效。',
  },
  'link.invalid.title': '链接无效',
  'link.invalid.text': '此链接对该门户无效。请检查链接是否复制完整。',
  'link.expired.title': '链接已过期',
  'link.expired.text': '此链接已过期。请重新申请。',
  'link.used.title': '链接已被使用',
  'link.used.text': '此链接已被使用。请改用密码登录。',
  'link.toSignin': '前往登录',

  'home.signedInAs': '当前登录身份：{name}（{email}）。',
  'home.activated': '您的门户已激活，您已登录。',
  'home.passwordSaved': '新密码已保存，您已登录。',
  'home.portal': '门户',
  'home.address': '地址',
  'home.name': '名称',
  'home.status': '状态',
  'home.created': '创建时间',
  'home.timeZone': '时区',
  'home.subscription': '订阅',
  'home.noPlan': '此门户尚未设置套餐。',
  'home.plan': '套餐',
  'home.state': '付款状态',
  'home.users': '用户',
  'home.storage': '存储空间',
  'home.maxFileSize': '单个文件大小上限',
  'home.usedOf': '{used} / {limit}',
  'home.paidUntil': '已付费至',
  'home.noEndDate': '无截止日期',
  'home.features': '功能',
  'home.signOut': '退出登录',
  'home.back': '返回门户',

  'portal.status.active': '正常',
  'portal.status.suspended': '已暂停',
  'portal.status.removePending': '正在删除',

  'tariff.state.trial': '试用',
  'tariff.state.paid': '已付费',
  'tariff.state.delay': '已逾期（宽限期内）',
  'tariff.state.notPaid': '未付费',

  'error.portalNotFound.title': '未找到门户',
  'error.portalNotFound.text': '{host} 上没有门户。',
  'error.notFound.title': '未找到页面',
  'error.notFound.text': '此地址上没有页面。',
  'error.suspended.title': '门户已暂停',
  'error.suspended.text': '此门户已暂停使用。请联系您的服务提供商。',
  'error.tooManyAttempts.title': '尝试次数过多',
  'error.tooManyAttempts.wait': {
    other: '来自您所用地址的尝试次数过多。请在 {count} 秒后重试。',
  },
  'error.tooManyAttempts.later': '来自您所用地址的尝试次数过多。请稍后重试。',
  'error.tooLarge.title': '请求过大',
  'error.tooLarge.text': '表单内容过大。',
  'error.badRequest.title': '请求错误',
  'error.badRequest.text': '无法读取该请求。',
  'error.formRefused.title': '表单被拒绝',
  'error.formRefused.text': '此表单不是从本门户的页面提交的，或者已过期。请重新打开页面后再试。',
  'error.server.title': '出现错误',
  'error.server.text': '请稍后重试（请求 ID：{requestId}）。',

  'mail.greeting': '{name}，您好：',

  'mail.linkFallback': '如果按钮无法使用，请将以下地址复制到浏览器中打开：',

  'mail.openPortal': '前往我的门户',

  'mail.footer': '您收到此邮件，是因为您是门户 {portal} 的所有者。',

  'mail.activation.subject': '激活您的门户 {portal}',
  'mail.activation.heading': '激活您的门户',
  'mail.activation.intro': '您的门户 {portal} 已准备就绪。请打开以下链接设置密码并登录：',
  'mail.activation.button': '激活我的门户',
  'mail.activation.ignore': '如果您没有申请此门户，请忽略此邮件。',

  'mail.reset.subject': '重置 {portal} 的密码',
  'mail.reset.heading': '重置密码',
  'mail.reset.intro': '有人（希望是您本人）申请重置您的门户 {portal} 的密码。请打开以下链接设置新密码：',
  'mail.reset.button': '设置新密码',
  'mail.reset.ignore': '如果这不是您本人的操作，请忽略此邮件，您的密码将保持不变。',

  'mail.due.subject': '您在 {portal} 的套餐将于 {date} 到期',
  'mail.due.heading': '您的套餐即将到期',
  'mail.due.body': {
    other: '您在 {portal} 的套餐 {plan} 将于 {count} 天后（{date}）到期。',
  },
  'mail.due.today': '您在 {portal} 的套餐 {plan} 将于今天（{date}）到期。',
  'mail.due.action': '为确保门户不间断运行，请确保您的服务提供商按时收到付款。',

  'mail.suspended.subject': '您的门户 {portal} 已暂停',
  'mail.suspended.heading': '您的门户已暂停',
  'mail.suspended.body': '由于套餐 {plan} 未付费，您的门户 {portal} 已被暂停。',
  'mail.suspended.action': '如需继续使用门户，请向您的服务提供商付清费用。',
  'mail.suspended.button': '联系技术支持',

  'mail.usage.storage.subject': '您的门户 {portal} 已使用 {percent} 的存储空间',
  'mail.usage.storage.heading': '存储空间提醒',
  'mail.usage.storage.body': '您的门户 {portal} 已使用 {percent} 的存储空间：{limit} 中已用 {used}。',
  'mail.usage.users.subject': '您的门户 {portal} 已使用 {percent} 的用户数上限',
  'mail.usage.users.heading': '用户数上限提醒',
  'mail.usage.users.body': '您的门户 {portal} 已使用 {percent} 的用户数上限：{limit} 中已用 {used}。',
  'mail.usage.action': '如需更多资源，请向您的服务提供商申请更高级的套餐。',
  'mail.unsubscribe.text': '如不想再收到此类通知，请打开以下地址：',
  'mail.unsubscribe.link': '退订此类通知',
  'unsubscribe.title': '退订使用情况提醒',
  'unsubscribe.confirm': '是否停止接收有关门户 {portal} 使用情况的邮件？',
  'unsubscribe.submit': '退订',
  'unsubscribe.done': '您将不再收到有关门户 {portal} 使用情况的邮件。',
};
