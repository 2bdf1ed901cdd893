import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { LeadMessage } from '../../../netlify/lib/lead-message';
import { dingtalk, feishu, slack, wecom } from '../../../netlify/lib/notify/formats';
import { staffText } from '../../../netlify/lib/staff-text';

const message: LeadMessage = {
  id: 'ld_0123456789abcdef0123',
  tier: 'A',
  score: 82,
  company: 'Example & Sons',
  project: '新建 · brackets · 2.4 亿元',
  parks: [{ slug: 'xiangjiang-auto-parts-zone', fit: 90 }],
  reasons: ['+30 Targets auto parts'],
  replyBy: new Date('2026-11-30T02:00:00Z'),
  inquirerLocale: 'en',
  spam: false,
};
const nowMs = 1_764_400_000_000;
const t = staffText('zh-CN');

describe('chat formats', () => {
  it('WeCom: a markdown message, URL untouched', () => {
    const out = wecom(message, t, { url: 'https://wecom.test/send?key=k', nowMs });
    expect(out.url).toBe('https://wecom.test/send?key=k');
    const content = (out.body as { markdown: { content: string } }).markdown.content;
    expect(content.startsWith('### 新线索 · A 类（优先跟进）')).toBe(true);
    expect(content).toContain('**回复期限**: 2026-11-30 10:00（北京时间）前');
    expect(content).toContain('**咨询语言**: 英文');
  });

  it('DingTalk: timestamp (ms) and HmacSHA256(secret, ts\\nsecret) in the URL, unsigned without a secret', () => {
    const out = dingtalk(message, t, {
      url: 'https://ding.test/robot/send?access_token=a',
      secret: 'SECx',
      nowMs,
    });
    const url = new URL(out.url);
    expect(url.searchParams.get('timestamp')).toBe(String(nowMs));
    const sign = createHmac('sha256', 'SECx').update(`${nowMs}\nSECx`).digest('base64');
    expect(url.searchParams.get('sign')).toBe(sign);
    expect(out.url).toContain(`sign=${encodeURIComponent(sign)}`);
    const plain = dingtalk(message, t, {
      url: 'https://ding.test/robot/send?access_token=a',
      nowMs,
    });
    expect(new URL(plain.url).searchParams.has('sign')).toBe(false);
  });

  it('Feishu: seconds and HmacSHA256(key = ts\\nsecret, empty message) in the body', () => {
    const out = feishu(message, t, { url: 'https://lark.test/hook/x', secret: 's', nowMs });
    const body = out.body as Record<string, unknown>;
    const seconds = Math.floor(nowMs / 1000);
    expect(body['timestamp']).toBe(String(seconds));
    expect(body['sign']).toBe(createHmac('sha256', `${seconds}\ns`).update('').digest('base64'));
    expect(body['msg_type']).toBe('text');
  });

  it('Slack: mrkdwn with single-asterisk bold and escaped &, <, >', () => {
    const body = slack(message, staffText('en'), { url: 'https://hooks.slack.test/x', nowMs })
      .body as { text: string; blocks: { text: { text: string } }[] };
    expect(body.text).toBe('New lead · tier A (follow up first)');
    expect(body.blocks[0]?.text.text).toContain('*Company*: Example &amp; Sons');
  });
});
