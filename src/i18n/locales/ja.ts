import type { Catalog } from '../catalog.js';

/**
 * Japanese. Polite form (です・ます), honorifics toward the reader (ご利用, お支払い), and
 * buttons as plain verbs or nouns as Japanese interfaces write them. Terms: ポータル, プラン,
 * プロバイダー (the provider), ログイン. A space separates a Latin placeholder or number from
 * Japanese text. Only the "other" plural form exists.
 */
export const ja: Catalog = {
  'language.name': '日本語',

  'chrome.title': '{page} — {product}',
  'chrome.language': '言語',
  'chrome.support': 'サポート',
  'chrome.contactSupport': 'サポートへのお問い合わせ: {email}',
  'chrome.poweredBy': '{product} で動作しています',
  'chrome.portal': 'ポータル {portal}',

  'field.email': 'メールアドレス',
  'field.password': 'パスワード',

  'password.new': '新しいパスワード',
  'password.repeat': 'パスワード（確認）',
  'password.hint.length': '{min}～{max} 文字で入力してください。',
  'password.hint.include': '{items}を含めてください。',
  'password.hint.digit': '数字',
  'password.hint.upper': '大文字',
  'password.hint.special': '記号（文字・数字以外）',
  'password.error.tooShort': {
    other: 'パスワードは {count} 文字以上にしてください。',
  },
  'password.error.tooLong': {
    other: 'パスワードは {count} 文字以下にしてください。',
  },
  'password.error.control': 'パスワードに制御文字は使用できません。',
  'password.error.digit': 'パスワードには数字を含めてください。',
  'password.error.upper': 'パスワードには大文字を含めてください。',
  'password.error.special': 'パスワードには記号（文字・数字以外）を含めてください。',
  'password.error.mismatch': '2 つのパスワードが一致しません。',

  'activation.title': 'ポータルの有効化',
  'activation.passwordSet': 'パスワードは設定済みです。ポータルを有効にしてログインしてください。',
  'activation.submit': '有効にしてログイン',
  'activation.again': '有効化ページをもう一度開く',

  'reset.title': '新しいパスワードの設定',
  'reset.submit': 'パスワードを保存してログイン',

  'signin.title': 'ログイン',
  'signin.forgot': 'パスワードをお忘れですか？',
  'signin.submit': 'ログイン',
  'signin.failed': 'メールアドレスまたはパスワードが正しくありません。',
  'signin.signedOut': 'ログアウトしました。',
  'signin.again': 'ログインページをもう一度開く',

  'forgot.title': 'パスワードをお忘れですか？',
  'forgot.intro':
    'ログインに使用しているメールアドレスを入力してください。新しいパスワードを設定するためのリンクをお送りします。',
  'forgot.submit': 'リンクを送信',
  'forgot.sent':
    'このアドレスでポータルが登録されている場合は、新しいパスワードを設定するためのリンクをお送りしました。',
  'forgot.again': 'ページをもう一度開く',
  'forgot.back': 'ログインに戻る',

  'link.validHours': {
    other: 'このリンクは 1 回だけ使用でき、{count} 時間後に有効期限が切れます。',
  },
  'link.validMinutes': {
    other: 'このリンクは 1 回だけ使用でき、{count} 分後に有効期限が切れます。',
  },
  'link.invalid.title': '無効なリンク',
  'link.invalid.text': 'このリンクはこのポータルでは無効です。リンク全体がコピーされているかご確認ください。',
  'link.expired.title': 'リンクの有効期限切れ',
  'link.expired.text': 'このリンクは有効期限が切れています。新しいリンクをリクエストしてください。',
  'link.used.title': '使用済みのリンク',
  'link.used.text': 'このリンクはすでに使用されています。パスワードでログインしてください。',
  'link.toSignin': 'ログインへ',

  'home.signedInAs': '{name}（{email}）としてログインしています。',
  'home.activated': 'ポータルが有効になり、ログインしました。',
  'home.passwordSaved': '新しいパスワードを保存し、ログインしました。',
  'home.portal': 'ポータル',
  'home.address': 'アドレス',
  'home.name': '名前',
  'home.status': 'ステータス',
  'home.created': '作成日時',
  'home.timeZone': 'タイムゾーン',
  'home.subscription': 'ご契約内容',
  'home.noPlan': 'このポータルにはプランが設定されていません。',
  'home.plan': 'プラン',
  'home.state': 'お支払い状況',
  'home.users': 'ユーザー',
  'home.storage': 'ストレージ',
  'home.maxFileSize': '最大ファイルサイズ',
  'home.usedOf': '{used} / {limit}',
  'home.paidUntil': 'お支払い済みの期間',
  'home.noEndDate': '期限なし',
  'home.features': '機能',
  'home.signOut': 'ログアウト',
  'home.back': 'ポータルに戻る',

  'portal.status.active': '有効',
  'portal.status.suspended': '停止中',
  'portal.status.removePending': '削除処理中',

  'tariff.state.trial': '試用期間',
  'tariff.state.paid': 'お支払い済み',
  'tariff.state.delay': 'お支払い期限超過（猶予期間中）',
  'tariff.state.notPaid': '未払い',

  'error.portalNotFound.title': 'ポータルが見つかりません',
  'error.portalNotFound.text': '{host} にポータルはありません。',
  'error.notFound.title': 'ページが見つかりません',
  'error.notFound.text': 'このアドレスにページはありません。',
  'error.suspended.title': 'ポータルは停止中です',
  'error.suspended.text': 'このポータルは停止されています。ご利用のプロバイダーにお問い合わせください。',
  'error.tooManyAttempts.title': '試行回数が多すぎます',
  'error.tooManyAttempts.wait': {
    other: 'お使いのアドレスからの試行回数が多すぎます。{count} 秒後にもう一度お試しください。',
  },
  'error.tooManyAttempts.later': 'お使いのアドレスからの試行回数が多すぎます。しばらくしてからもう一度お試しください。',
  'error.tooLarge.title': 'リクエストが大きすぎます',
  'error.tooLarge.text': 'フォームのサイズが大きすぎます。',
  'error.badRequest.title': '不正なリクエスト',
  'error.badRequest.text': 'リクエストを読み取れませんでした。',
  'error.formRefused.title': 'フォームを受け付けられません',
  'error.formRefused.text':
    'このフォームはこのポータルのページから送信されていないか、古すぎます。ページを開き直して、もう一度お試しください。',
  'error.server.title': '問題が発生しました',
  'error.server.text': 'しばらくしてからもう一度お試しください（リクエスト ID: {requestId}）。',

  'mail.greeting': '{name} 様',

  'mail.linkFallback': 'ボタンが機能しない場合は、次のアドレスをコピーしてブラウザーに貼り付けてください：',

  'mail.openPortal': 'ポータルを開く',

  'mail.footer': 'このメールは、ポータル {portal} の所有者の方にお送りしています。',

  'mail.activation.subject': 'ポータル {portal} を有効にしてください',
  'mail.activation.heading': 'ポータルの有効化',
  'mail.activation.intro':
    'ポータル {portal} の準備ができました。次のリンクを開いてパスワードを設定し、ログインしてください：',
  'mail.activation.button': 'ポータルを有効にする',
  'mail.activation.ignore': 'このポータルにお心当たりがない場合は、このメールを破棄してください。',

  'mail.reset.subject': '{portal} のパスワード再設定',
  'mail.reset.heading': 'パスワードの再設定',
  'mail.reset.intro':
    'ポータル {portal} のパスワード再設定のリクエストを受け付けました。次のリンクを開いて、新しいパスワードを設定してください：',
  'mail.reset.button': '新しいパスワードを設定する',
  'mail.reset.ignore': 'お心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。',

  'mail.due.subject': '{portal} のプランのお支払い期日は {date} です',
  'mail.due.heading': 'プランのお支払い期日が近づいています',
  'mail.due.body': {
    other: 'ポータル {portal} のプラン {plan} のお支払い期日は {count} 日後の {date} です。',
  },
  'mail.due.today': 'ポータル {portal} のプラン {plan} のお支払い期日は本日（{date}）です。',
  'mail.due.action':
    'ポータルを中断なくご利用いただくため、期日までにプロバイダーへのお支払いが完了するようご確認ください。',

  'mail.suspended.subject': 'ポータル {portal} は停止されました',
  'mail.suspended.heading': 'ポータルは停止されました',
  'mail.suspended.body': 'プラン {plan} のお支払いが確認できなかったため、ポータル {portal} は停止されました。',
  'mail.suspended.action': 'ポータルを再びご利用いただくには、プロバイダーへのお支払いをお済ませください。',
  'mail.suspended.button': 'サポートに問い合わせる',

  'mail.usage.storage.subject': 'ポータル {portal} のストレージ使用率が {percent} になりました',
  'mail.usage.storage.heading': 'ストレージに関するお知らせ',
  'mail.usage.storage.body': 'ポータル {portal} のストレージ使用率は {percent} です（{limit} 中 {used} を使用）。',
  'mail.usage.users.subject': 'ポータル {portal} のユーザー数が上限の {percent} になりました',
  'mail.usage.users.heading': 'ユーザー数の上限に関するお知らせ',
  'mail.usage.users.body': 'ポータル {portal} のユーザー数は上限の {percent} です（{limit} 中 {used}）。',
  'mail.usage.action': 'さらに必要な場合は、上位プランについてプロバイダーにご相談ください。',
  'mail.unsubscribe.text': 'これらのお知らせの配信を停止するには、次のアドレスを開いてください：',
  'mail.unsubscribe.link': 'これらのお知らせを停止',
  'unsubscribe.title': '使用状況のお知らせの配信停止',
  'unsubscribe.confirm': 'ポータル {portal} の使用状況に関するメールの配信を停止しますか？',
  'unsubscribe.submit': '配信を停止',
  'unsubscribe.done': 'ポータル {portal} の使用状況に関するメールは今後送信されません。',
};
