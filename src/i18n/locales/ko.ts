import type { Catalog } from '../catalog.js';

/**
 * Korean. Polite form (합니다/하세요), honorifics toward the reader (-시-). Terms: 포털,
 * 요금제 (a plan), 서비스 제공업체 (the provider), 로그인. No particle whose form depends on the
 * preceding sound (이/가, 을/를) follows a placeholder; 의 and 에 do not change. Only the "other"
 * plural form exists.
 */
export const ko: Catalog = {
  'language.name': '한국어',

  'chrome.title': '{page} — {product}',
  'chrome.language': '언어',
  'chrome.support': '고객 지원',
  'chrome.contactSupport': '고객 지원 문의: {email}',
  'chrome.poweredBy': '{product} 기반',
  'chrome.portal': '포털 {portal}',

  'field.email': '이메일',
  'field.password': '비밀번호',

  'password.new': '새 비밀번호',
  'password.repeat': '비밀번호 확인',
  'password.hint.length': '{min}~{max}자로 입력하세요.',
  'password.hint.include': '다음을 포함해야 합니다: {items}.',
  'password.hint.digit': '숫자',
  'password.hint.upper': '대문자',
  'password.hint.special': '특수 문자(문자나 숫자가 아닌 문자)',
  'password.error.tooShort': {
    other: '비밀번호는 {count}자 이상이어야 합니다.',
  },
  'password.error.tooLong': {
    other: '비밀번호는 {count}자 이하여야 합니다.',
  },
  'password.error.control': '비밀번호에는 제어 문자를 사용할 수 없습니다.',
  'password.error.digit': '비밀번호에 숫자가 포함되어야 합니다.',
  'password.error.upper': '비밀번호에 대문자가 포함되어야 합니다.',
  'password.error.special': '비밀번호에 특수 문자(문자나 숫자가 아닌 문자)가 포함되어야 합니다.',
  'password.error.mismatch': '두 비밀번호가 일치하지 않습니다.',

  'activation.title': '포털 활성화',
  'activation.passwordSet': '비밀번호가 이미 설정되어 있습니다. 포털을 활성화하고 로그인하세요.',
  'activation.submit': '활성화하고 로그인',
  'activation.again': '활성화 페이지 다시 열기',

  'reset.title': '새 비밀번호 설정',
  'reset.submit': '비밀번호 저장 후 로그인',

  'signin.title': '로그인',
  'signin.forgot': '비밀번호를 잊으셨나요?',
  'signin.submit': '로그인',
  'signin.failed': '이메일 또는 비밀번호가 올바르지 않습니다.',
  'signin.signedOut': '로그아웃되었습니다.',
  'signin.again': '로그인 페이지 다시 열기',

  'forgot.title': '비밀번호를 잊으셨나요?',
  'forgot.intro': '로그인할 때 사용하는 이메일 주소를 입력하세요. 새 비밀번호를 설정할 수 있는 링크를 보내 드립니다.',
  'forgot.submit': '링크 보내기',
  'forgot.sent': '이 주소로 등록된 포털이 있으면 새 비밀번호를 설정할 수 있는 링크를 보내 드렸습니다.',
  'forgot.again': '페이지 다시 열기',
  'forgot.back': '로그인으로 돌아가기',

  'link.validHours': {
    other: '이 링크는 한 번만 사용할 수 있으며 {count}시간 후에 만료됩니다.',
  },
  'link.validMinutes': {
    other: '이 링크는 한 번만 사용할 수 있으며 {count}분 후에 만료됩니다.',
  },
  'link.invalid.title': '유효하지 않은 링크',
  'link.invalid.text': '이 링크는 이 포털에서 유효하지 않습니다. 링크 전체가 복사되었는지 확인하세요.',
  'link.expired.title': '만료된 링크',
  'link.expired.text': '이 링크는 만료되었습니다. 새 링크를 요청하세요.',
  'link.used.title': '이미 사용된 링크',
  'link.used.text': '이 링크는 이미 사용되었습니다. 비밀번호로 로그인하세요.',
  'link.toSignin': '로그인으로 이동',

  'home.signedInAs': '{name}({email}) 계정으로 로그인되어 있습니다.',
  'home.activated': '포털이 활성화되었으며 로그인되었습니다.',
  'home.passwordSaved': '새 비밀번호가 저장되었으며 로그인되었습니다.',
  'home.portal': '포털',
  'home.address': '주소',
  'home.name': '이름',
  'home.status': '상태',
  'home.created': '생성일',
  'home.timeZone': '시간대',
  'home.subscription': '구독',
  'home.noPlan': '이 포털에는 요금제가 설정되어 있지 않습니다.',
  'home.plan': '요금제',
  'home.state': '결제 상태',
  'home.users': '사용자',
  'home.storage': '저장 공간',
  'home.maxFileSize': '최대 파일 크기',
  'home.usedOf': '{used} / {limit}',
  'home.paidUntil': '결제 유효 기간',
  'home.noEndDate': '종료일 없음',
  'home.features': '기능',
  'home.signOut': '로그아웃',
  'home.back': '포털로 돌아가기',

  'portal.status.active': '활성',
  'portal.status.suspended': '일시 중지됨',
  'portal.status.removePending': '삭제 중',

  'tariff.state.trial': '체험',
  'tariff.state.paid': '결제 완료',
  'tariff.state.delay': '연체(유예 기간)',
  'tariff.state.notPaid': '미결제',

  'error.portalNotFound.title': '포털을 찾을 수 없음',
  'error.portalNotFound.text': '{host}에 포털이 없습니다.',
  'error.notFound.title': '페이지를 찾을 수 없음',
  'error.notFound.text': '이 주소에 페이지가 없습니다.',
  'error.suspended.title': '포털 일시 중지됨',
  'error.suspended.text': '이 포털은 일시 중지되었습니다. 서비스 제공업체에 문의하세요.',
  'error.tooManyAttempts.title': '시도 횟수 초과',
  'error.tooManyAttempts.wait': {
    other: '사용 중인 주소에서 시도한 횟수가 너무 많습니다. {count}초 후에 다시 시도하세요.',
  },
  'error.tooManyAttempts.later': '사용 중인 주소에서 시도한 횟수가 너무 많습니다. 잠시 후 다시 시도하세요.',
  'error.tooLarge.title': '요청이 너무 큼',
  'error.tooLarge.text': '양식이 너무 큽니다.',
  'error.badRequest.title': '잘못된 요청',
  'error.badRequest.text': '요청을 읽을 수 없습니다.',
  'error.formRefused.title': '양식이 거부됨',
  'error.formRefused.text':
    '이 양식은 이 포털의 페이지에서 전송되지 않았거나 너무 오래되었습니다. 페이지를 다시 열고 다시 시도하세요.',
  'error.server.title': '문제가 발생했습니다',
  'error.server.text': '잠시 후 다시 시도하세요(요청 ID {requestId}).',

  'mail.greeting': '{name}님, 안녕하세요.',

  'mail.linkFallback': '버튼이 작동하지 않으면 다음 주소를 복사하여 브라우저에 붙여 넣으세요.',

  'mail.openPortal': '내 포털로 이동',

  'mail.footer': '이 메일은 포털 {portal}의 소유자에게 발송되었습니다.',

  'mail.activation.subject': '포털 {portal} 활성화 안내',
  'mail.activation.heading': '포털 활성화',
  'mail.activation.intro': '포털 {portal} 준비가 완료되었습니다. 다음 링크를 열어 비밀번호를 설정하고 로그인하세요.',
  'mail.activation.button': '포털 활성화하기',
  'mail.activation.ignore': '이 포털을 요청하지 않으셨다면 이 메일을 무시하셔도 됩니다.',

  'mail.reset.subject': '포털 {portal} 비밀번호 재설정',
  'mail.reset.heading': '비밀번호 재설정',
  'mail.reset.intro':
    '포털 {portal}의 비밀번호 재설정 요청이 접수되었습니다. 다음 링크를 열어 새 비밀번호를 설정하세요.',
  'mail.reset.button': '새 비밀번호 설정',
  'mail.reset.ignore': '요청하지 않으셨다면 이 메일을 무시하세요. 비밀번호는 변경되지 않습니다.',

  'mail.due.subject': '포털 {portal} 요금제 결제일 안내: {date}',
  'mail.due.heading': '요금제 결제일이 다가오고 있습니다',
  'mail.due.body': {
    other: '포털 {portal}의 {plan} 요금제 결제일은 {count}일 후인 {date}입니다.',
  },
  'mail.due.today': '포털 {portal}의 {plan} 요금제 결제일은 오늘({date})입니다.',
  'mail.due.action': '포털을 중단 없이 이용하시려면 결제 금액이 기한 내에 서비스 제공업체에 전달되도록 해 주세요.',

  'mail.suspended.subject': '포털 {portal} 이용 일시 중지 안내',
  'mail.suspended.heading': '포털 이용이 일시 중지되었습니다',
  'mail.suspended.body': '{plan} 요금제가 결제되지 않아 포털 {portal}의 이용이 일시 중지되었습니다.',
  'mail.suspended.action': '포털을 다시 이용하시려면 서비스 제공업체에 미납 금액을 결제해 주세요.',
  'mail.suspended.button': '고객 지원에 문의',

  'mail.usage.storage.subject': '포털 {portal} 저장 공간 사용률 {percent}',
  'mail.usage.storage.heading': '저장 공간 알림',
  'mail.usage.storage.body': '포털 {portal}의 저장 공간 사용률은 {percent}입니다({limit} 중 {used} 사용).',
  'mail.usage.users.subject': '포털 {portal} 사용자 한도 사용률 {percent}',
  'mail.usage.users.heading': '사용자 한도 알림',
  'mail.usage.users.body': '포털 {portal}의 사용자 한도 사용률은 {percent}입니다({limit} 중 {used}).',
  'mail.usage.action': '더 필요하시면 서비스 제공업체에 상위 요금제를 요청하세요.',
  'mail.unsubscribe.text': '이 알림을 더 이상 받지 않으려면 다음 주소를 여세요:',
  'mail.unsubscribe.link': '이 알림 수신 거부',
  'unsubscribe.title': '사용량 알림 수신 거부',
  'unsubscribe.confirm': '포털 {portal}의 사용량에 관한 이메일 수신을 중단하시겠습니까?',
  'unsubscribe.submit': '수신 거부',
  'unsubscribe.done': '앞으로 포털 {portal}의 사용량에 관한 이메일은 발송되지 않습니다.',
};
