import { describe, expect, it } from 'vitest';
import {
  PROFILE_HTML_BEFORE,
  checkProfileSizes,
  repeatedDescriptions,
  visibleText,
} from '../../gates/profile-weight';

const zh = '/parks/xiangjiang-auto-parts-zone/';
const en = '/en/parks/xiangjiang-auto-parts-zone/';
const supplier = { id: 'hengrui', texts: ['Stamping & welding <fast>', 'imports from Ningbo'] };

describe('profile size', () => {
  it('passes profiles at or under two-thirds of the recorded size', () => {
    const limit = (p: keyof typeof PROFILE_HTML_BEFORE.bytes) =>
      Math.floor((PROFILE_HTML_BEFORE.bytes[p] * 2) / 3);
    expect(checkProfileSizes({ [zh]: limit(zh), [en]: limit(en) })).toEqual([]);
  });

  it('fails a profile one byte over two-thirds, naming the old size and its date', () => {
    const [v, ...rest] = checkProfileSizes({ [zh]: 63_818, [en]: 1000 });
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ path: zh, bytes: 63_818, limitBytes: 63_817 });
    expect(v?.message).toMatch(/over 63817 \(67 % of 95726 bytes on 2026-11-29\)/);
  });

  it('fails when the page is missing from the build', () => {
    expect(checkProfileSizes({ [zh]: 1 }).map((v) => v.path)).toEqual([en]);
  });
});

describe('supplier described once', () => {
  it('reads text the way a visitor sees it (tags, scripts and entities)', () => {
    expect(visibleText('<p>A&amp;B&#x4e2d;&#25991;<script>x()</script><b>!</b></p>')).toBe(
      'A&B中文 !',
    );
  });

  it('passes a page where names repeat but each description appears once', () => {
    const html =
      '<ul><li><a href="#s-h">Hengrui</a> 5.0 km</li><li><a href="#s-h">Hengrui</a> 5.0 km</li></ul>' +
      '<li id="s-h">Hengrui <p>Stamping &amp; welding &lt;fast&gt;</p><p>Replaces imports from Ningbo</p></li>';
    expect(repeatedDescriptions(html, [supplier])).toEqual([]);
  });

  it('fails a page that describes a supplier again in a second process card', () => {
    const card = '<li>Hengrui <p>Stamping &amp; welding &lt;fast&gt;</p></li>';
    const v = repeatedDescriptions(`<ul>${card}${card}</ul>`, [supplier], '/parks/x/');
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ id: 'hengrui', count: 2 });
    expect(v[0]?.message).toMatch(/^\/parks\/x\/: supplier hengrui is described 2 times/);
  });

  it('ignores texts inside scripts (JSON-LD) and attributes', () => {
    const html =
      '<script type="application/ld+json">{"d":"imports from Ningbo"}</script>' +
      '<p data-x="imports from Ningbo">imports from Ningbo</p>';
    expect(repeatedDescriptions(html, [supplier])).toEqual([]);
  });
});
