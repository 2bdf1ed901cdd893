/**
 * One small pure formatter per chat platform: a lead message in, the request to
 * send out (URL and JSON body). Signatures are computed here from the time passed
 * in, so tests can check them exactly.
 */
import { createHmac } from 'node:crypto';
import { messageLines, type LeadMessage } from '../lead-message';
import type { StaffText } from '../staff-text';

export interface ChatRequest {
  url: string;
  body: unknown;
}

export interface FormatOptions {
  /** Webhook URL as configured. */
  url: string;
  /** Signing secret, for the platforms that sign (DingTalk, Feishu). */
  secret?: string | undefined;
  nowMs: number;
}

export type ChatFormat = (
  message: LeadMessage,
  t: StaffText,
  options: FormatOptions,
) => ChatRequest;

const markdown = (message: LeadMessage, t: StaffText, heading: string): string => {
  const { title, lines } = messageLines(message, t);
  return [`${heading}${title}`, ...lines].join('\n');
};

/**
 * WeCom (企业微信) group robot: `{ msgtype: "markdown", markdown: { content } }`, at most
 * 4096 bytes, posted to the robot's `…/cgi-bin/webhook/send?key=…` URL; no signature
 * (the key in the URL is the credential). Source: WeCom "群机器人配置说明"
 * (developer.work.weixin.qq.com/document/path/99110), "markdown类型".
 */
export const wecom: ChatFormat = (message, t, { url }) => ({
  url,
  body: { msgtype: 'markdown', markdown: { content: markdown(message, t, '### ') } },
});

/**
 * DingTalk (钉钉) custom robot "加签": sign = urlEncode(base64(HmacSHA256(key = secret,
 * message = timestamp + "\n" + secret))), timestamp in ms, both appended to the webhook
 * URL as `&timestamp=…&sign=…`. Body `{ msgtype: "markdown", markdown: { title, text } }`.
 * Source: open.dingtalk.com "自定义机器人安全设置" and "自定义机器人发送群消息" (the
 * official Python sample: hmac.new(secret, f"{timestamp}\n{secret}", sha256), quote_plus(b64)).
 */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

export const dingtalk: ChatFormat = (message, t, { url, secret, nowMs }) => {
  const signed = new URL(url);
  if (secret) {
    signed.searchParams.set('timestamp', String(nowMs));
    signed.searchParams.set('sign', dingtalkSign(secret, nowMs));
  }
  const { title } = messageLines(message, t);
  return {
    url: signed.toString(),
    body: { msgtype: 'markdown', markdown: { title, text: markdown(message, t, '### ') } },
  };
};

/**
 * Feishu/Lark (飞书) custom bot "签名校验": the string `timestamp + "\n" + secret` is the
 * HmacSHA256 KEY, the message is empty, the digest base64-encoded; timestamp in seconds
 * (accepted within an hour). Both go in the body as `timestamp` and `sign`. Body here a
 * text message: `{ msg_type: "text", content: { text } }`. Source: open.feishu.cn
 * "自定义机器人使用指南" (document/client-docs/bot-v3/add-custom-bot), "签名校验" sample code.
 */
export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}

export const feishu: ChatFormat = (message, t, { url, secret, nowMs }) => {
  const text = markdown(message, t, '').replaceAll('**', '');
  const seconds = Math.floor(nowMs / 1000);
  return {
    url,
    body: {
      ...(secret ? { timestamp: String(seconds), sign: feishuSign(secret, seconds) } : {}),
      msg_type: 'text',
      content: { text },
    },
  };
};

/**
 * Slack incoming webhook: `{ text, blocks }` with a mrkdwn section (Slack's bold is
 * `*x*`; `&`, `<`, `>` escaped); no signature, the URL is the secret. Source: Slack
 * "Sending messages using incoming webhooks" (api.slack.com/messaging/webhooks) and
 * "Formatting text for app surfaces" (escaping).
 */
export const slack: ChatFormat = (message, t, { url }) => {
  const escape = (text: string): string =>
    text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const { title } = messageLines(message, t);
  const text = escape(markdown(message, t, '')).replace(/\*\*(.+?)\*\*/g, '*$1*');
  return {
    url,
    body: { text: escape(title), blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] },
  };
};
