import { describe, expect, it } from 'vitest';
import {
  contentIdempotencyKey,
  emailHash,
  leadFingerprint,
} from '../../../src/domain/inquiry/fingerprint';
import { IDEMPOTENCY_KEY_PATTERN } from '../../../src/domain/inquiry/schema';
import { classifyRole, emailDomain, isFreeMail } from '../../../src/domain/inquiry/signals';
import { MINHASH_SIZE } from '../../../src/domain/inquiry/similarity';
import { validInquiry } from './fixtures';

describe('isFreeMail', () => {
  it.each([
    'a@qq.com',
    'a@163.com',
    'a@126.com',
    'A@Gmail.com',
    'a@outlook.com',
    'a@hotmail.com',
    'a@yahoo.com',
    'a@sina.com',
    'a@vip.qq.com',
    'a@hotmail.co.uk',
    'a@yahoo.com.cn',
  ])('flags %s', (email) => expect(isFreeMail(email)).toBe(true));

  it.each([
    'a@hengtai-materials.example',
    'a@qq.com.evil.example',
    'a@notqq.com',
    'a@my163.com',
    'no-at-sign',
  ])('does not flag %s', (email) => expect(isFreeMail(email)).toBe(false));

  it('reads the domain after the last @', () => {
    expect(emailDomain('"a@b"@Example.COM')).toBe('example.com');
  });
});

describe('classifyRole', () => {
  it.each([
    ['CEO', 'executive'],
    ['Founder & CEO', 'executive'],
    ['Chairman of the Board', 'executive'],
    ['Vice President, Operations', 'executive'],
    ['VP Manufacturing', 'executive'],
    ['General Manager', 'executive'],
    ['Managing Director', 'executive'],
    ['董事长', 'executive'],
    ['总经理', 'executive'],
    ['总裁', 'executive'],
    ['副总经理', 'executive'],
    ['Head of site selection', 'manager'],
    ['Project Manager', 'manager'],
    ['投资部经理', 'manager'],
    ['Assistant to the General Manager', 'other'],
    ['总经理助理', 'other'],
    ['董事长秘书', 'other'],
    ['Engineer', 'other'],
    ['Investment consultant', 'intermediary'],
    ['Agent', 'intermediary'],
    ['招商中介', 'intermediary'],
    ['投资顾问', 'intermediary'],
  ])('%s → %s', (role, level) => {
    expect(classifyRole(role).level).toBe(level);
  });

  it('matches English titles as whole words only', () => {
    expect(classifyRole('Pigment chemist').level).toBe('other');
    expect(classifyRole('Leading engineer').level).toBe('other');
  });
});

describe('leadFingerprint', () => {
  it('keeps a hash, a signature and the parks, never the address or the text', () => {
    const fingerprint = leadFingerprint(validInquiry());
    expect(Object.keys(fingerprint).sort()).toEqual(['emailHash', 'messageShingles', 'parks']);
    expect(fingerprint.emailHash).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint.messageShingles).toHaveLength(MINHASH_SIZE);
    const serialised = JSON.stringify(fingerprint);
    expect(serialised).not.toContain('hengtai');
    expect(serialised).not.toContain('mold');
  });

  it('leaves out the signature for short messages', () => {
    expect('messageShingles' in leadFingerprint(validInquiry({ message: 'Call me' }))).toBe(false);
    expect('messageShingles' in leadFingerprint(validInquiry({ message: undefined }))).toBe(false);
  });

  it('hashes addresses case- and space-insensitively, and the salt changes the hash', () => {
    expect(emailHash(' Li.Wei@Example.com ')).toBe(emailHash('li.wei@example.com'));
    expect(emailHash('li.wei@example.com', 'salt')).not.toBe(emailHash('li.wei@example.com'));
    expect(emailHash('a@example.com')).not.toBe(emailHash('b@example.com'));
  });
});

describe('contentIdempotencyKey', () => {
  it('is stable for the same content and valid as an idempotency key', () => {
    const key = contentIdempotencyKey(validInquiry());
    expect(key).toMatch(IDEMPOTENCY_KEY_PATTERN);
    expect(
      contentIdempotencyKey(
        validInquiry({ startedAt: 1, website: '', idempotencyKey: 'other-key-1' }),
      ),
    ).toBe(key);
    expect(contentIdempotencyKey(validInquiry({ needs: ['labor', 'suppliers'] }))).toBe(key);
  });

  it('changes with any change to what is asked', () => {
    const key = contentIdempotencyKey(validInquiry());
    expect(contentIdempotencyKey(validInquiry({ landMu: 81 }))).not.toBe(key);
    expect(
      contentIdempotencyKey(validInquiry({ message: 'Another question about land' })),
    ).not.toBe(key);
  });
});
