import { describe, expect, it } from 'vitest';
import { INQUIRY_FIELDS } from '../../../src/domain/inquiry/fields';
import { validateInquiry } from '../../../src/domain/inquiry/schema';
import { fromFormFields } from '../../../src/domain/inquiry/form-data';
import { renderErrorSummary } from '../../../src/forms/errors';
import { localizeErrors } from '../../../src/forms/localize';
import { en } from '../../../src/forms/messages/en';
import { renderInquiryForm, type FormChoices } from '../../../src/forms/render-form';
import { responseTimeSentences } from '../../../src/forms/response-times';
import { byId, tags, where } from './html-tags';

const choices: FormChoices = {
  parks: [
    {
      slug: 'xiangjiang-auto-parts-zone',
      name: 'Xiangjiang Auto Parts Zone',
      place: 'Zhuzhou, Hunan',
      responseHours: 24,
    },
    {
      slug: 'taige-electronics-park',
      name: 'Taige Electronics Park',
      place: 'Suzhou, Jiangsu',
      responseHours: 48,
    },
  ],
  industries: [
    { value: 'auto-parts', label: 'Auto parts' },
    { value: 'new-materials', label: 'New materials' },
  ],
  processes: [
    { value: 'mold-stamping', label: 'Mold stamping' },
    { value: 'electrophoresis', label: 'Electrophoresis (e-coating)' },
  ],
};

const XSS = `"><script>alert(1)</script><img src=x onerror=alert(2)>'\``;

describe('renderInquiryForm', () => {
  it('posts urlencoded to the function and leaves validation to the server messages', () => {
    const form = byId(renderInquiryForm(choices, en), 'inquiry-form');
    expect(form.name).toBe('form');
    expect(form.attrs).toMatchObject({ method: 'post', action: '/api/inquiry', novalidate: '' });
    expect(form.attrs.enctype).toBeUndefined();
  });

  it('gives every field a control with the id the error summary links to, and a label or legend', () => {
    const html = renderInquiryForm(choices, en);
    for (const field of INQUIRY_FIELDS) {
      const control = byId(html, `field-${field.name}`);
      // With no park chosen, the parks field's first control is the link to the park list.
      if (field.name === 'parks') expect(control.attrs['data-park-list-link']).toBe('');
      else expect(control.attrs.name, field.name).toBe(field.name);
      if (field.kind === 'checkboxes') {
        expect(html).toContain(
          `<legend class="font-semibold">${en.fields[field.name].label.replace(/&/g, '&amp;')}`,
        );
      } else {
        expect(
          where(html, (tag) => tag.name === 'label' && tag.attrs.for === `field-${field.name}`),
        ).toHaveLength(1);
      }
    }
  });

  it('has no duplicate ids and no style attributes (the CSP forbids inline styles)', () => {
    const html = renderInquiryForm(choices, en, { errors: { company: 'Enter the company name' } });
    const ids = tags(html).flatMap((tag) => (tag.attrs.id ? [tag.attrs.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(tags(html).some((tag) => 'style' in tag.attrs)).toBe(false);
    expect(html).not.toMatch(/<script/);
  });

  it('marks optional fields "(optional)" and required ones not at all', () => {
    const html = renderInquiryForm(choices, en);
    const optional = INQUIRY_FIELDS.filter((field) => field.optional && field.kind !== 'checkbox');
    expect(optional.length).toBeGreaterThan(3);
    for (const field of INQUIRY_FIELDS) {
      const label = en.fields[field.name].label.replace(/&/g, '&amp;');
      const marked = html.includes(
        `${label}<span class="font-normal text-slate-700"> (optional)</span>`,
      );
      expect(marked, field.name).toBe(field.optional);
    }
  });

  it('uses the autocomplete tokens and input types of the field metadata', () => {
    const html = renderInquiryForm(choices, en);
    expect(byId(html, 'field-email').attrs).toMatchObject({ type: 'email', autocomplete: 'email' });
    expect(byId(html, 'field-phone').attrs).toMatchObject({ type: 'tel', autocomplete: 'tel' });
    expect(byId(html, 'field-contactName').attrs.autocomplete).toBe('name');
    expect(byId(html, 'field-company').attrs.autocomplete).toBe('organization');
    // Numbers stay text inputs so a mistyped figure can be shown back with its error.
    expect(byId(html, 'field-landMu').attrs).toMatchObject({ type: 'text', inputmode: 'decimal' });
    expect(byId(html, 'field-uscc').attrs['aria-describedby']).toBe('field-uscc-hint');
    expect(html).toContain('91110000101623741K');
  });

  it('never lists every park: only the chosen ones, ticked, with their response times', () => {
    const none = renderInquiryForm(choices, en);
    expect(where(none, (tag) => tag.attrs.name === 'parks')).toHaveLength(0);
    expect(byId(none, 'park-none').attrs.hidden).toBeUndefined();
    expect(byId(none, 'field-parks').attrs.href).toBe('/en/inquire/parks/');

    const html = renderInquiryForm(choices, en, {
      values: { parks: ['taige-electronics-park', 'unlisted-park'] },
    });
    const parkBoxes = where(html, (tag) => tag.attrs.name === 'parks');
    expect(parkBoxes.map((tag) => tag.attrs.value)).toEqual([
      'taige-electronics-park',
      'unlisted-park',
    ]);
    expect(parkBoxes.every((tag) => 'checked' in tag.attrs)).toBe(true);
    // The first chosen box is the error summary's target; the list link carries the choice.
    expect(parkBoxes[0]?.attrs.id).toBe('field-parks');
    expect(parkBoxes[0]?.attrs['data-response-hours']).toBe('48');
    expect(byId(html, 'park-list-link').attrs.href).toBe(
      '/en/inquire/parks/?park=taige-electronics-park&park=unlisted-park',
    );
    expect(html).toContain('Suzhou, Jiangsu · answers within 48 business hours');
    expect(html).toContain('<li>Taige Electronics Park answers within 48 business hours.</li>');
    expect(html).not.toContain('Xiangjiang');
    expect(byId(html, 'park-none').attrs.hidden).toBe('');
    // The search box waits for the script; without it the list link is the way to add parks.
    expect(byId(html, 'park-search-box').attrs.hidden).toBe('');
    expect(byId(html, 'park-search').attrs).toMatchObject({
      role: 'combobox',
      'aria-controls': 'park-search-results',
      'aria-expanded': 'false',
    });
    expect(byId(html, 'park-search').attrs.name).toBeUndefined();
    expect(where(html, (tag) => tag.attrs.name === 'processesNeeded')).toHaveLength(2);
  });

  it('says which parks of a link were left out', () => {
    const html = renderInquiryForm(choices, en, {
      values: { parks: ['taige-electronics-park'] },
      parkNotes: { unknown: ['no-such-park'], overMax: 2 },
    });
    expect(byId(html, 'park-notes')).toBeDefined();
    expect(html).toContain('not in the showcase (“no-such-park”)');
    expect(html).toContain('You can ask up to 10 parks');
  });

  it('asks for the processes the plant runs itself with the same process choices', () => {
    const html = renderInquiryForm(choices, en);
    const needed = where(html, (tag) => tag.attrs.name === 'processesNeeded');
    const onSite = where(html, (tag) => tag.attrs.name === 'processesOnSite');
    expect(onSite.map((tag) => tag.attrs.value)).toEqual(needed.map((tag) => tag.attrs.value));
    expect(onSite.every((tag) => tag.attrs.type === 'checkbox')).toBe(true);
    expect(html).toContain('Processes your plant will run itself');
  });

  it('selects China by default and shows no response times before a park is chosen', () => {
    const html = renderInquiryForm(choices, en);
    const selected = where(html, (tag) => tag.name === 'option' && 'selected' in tag.attrs);
    expect(selected.map((tag) => tag.attrs.value)).toEqual(['CN']);
    expect(html).toContain(
      '<div id="inquiry-response-times" class="resp-times" aria-live="polite"></div>',
    );
  });

  it('hides the honeypot from people and assistive technology but not from bots', () => {
    const html = renderInquiryForm(choices, en);
    const honeypot = byId(html, 'field-website');
    expect(honeypot.attrs).toMatchObject({
      type: 'text',
      name: 'website',
      tabindex: '-1',
      autocomplete: 'off',
    });
    const container = tags(html)
      .filter((tag) => tag.index < honeypot.index && tag.attrs['aria-hidden'] === 'true')
      .at(-1);
    expect(container?.attrs.class).toContain('-left-[9999px]');
    expect(html).toContain('>Leave this empty</label>');
    expect(where(html, (tag) => tag.attrs.type === 'hidden').map((tag) => tag.attrs.name)).toEqual([
      'locale',
      'idempotencyKey',
      'startedAt',
    ]);
  });

  it('re-fills entered values, escaped, in every kind of control', () => {
    const values = fromFormFields([
      ['parks', 'taige-electronics-park'],
      ['company', XSS],
      ['country', 'DE'],
      ['industry', 'new-materials'],
      ['landMu', 'eighty'],
      ['investmentCny', '150,000,000'],
      ['needs', 'labor'],
      ['needs', 'rnd'],
      ['processesNeeded', 'electrophoresis'],
      ['message', `</textarea>${XSS}`],
      ['consent', 'on'],
      ['idempotencyKey', 'abc"def<'],
    ]);
    const html = renderInquiryForm(choices, en, { values });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(byId(html, 'field-company').attrs.value).toBe(XSS);
    expect(byId(html, 'field-landMu').attrs.value).toBe('eighty');
    expect(byId(html, 'field-investmentCny').attrs.value).toBe('150000000');
    expect(html).toContain('&lt;/textarea&gt;&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const checked = where(html, (tag) => 'checked' in tag.attrs).map(
      (tag) => `${tag.attrs.name}=${tag.attrs.value}`,
    );
    expect(checked).toEqual([
      'parks=taige-electronics-park',
      'needs=labor',
      'needs=rnd',
      'processesNeeded=electrophoresis',
      'consent=true',
    ]);
    const selected = where(html, (tag) => 'selected' in tag.attrs).map((tag) => tag.attrs.value);
    expect(selected).toEqual(['DE', 'new-materials']);
    expect(where(html, (tag) => tag.attrs.name === 'idempotencyKey')[0]?.attrs.value).toBe(
      'abc"def<',
    );
    // The chosen park's committed response time is shown without JavaScript too.
    expect(html).toContain('<li>Taige Electronics Park answers within 48 business hours.</li>');
  });

  it('never re-fills the honeypot', () => {
    const html = renderInquiryForm(choices, en, { values: { website: 'http://spam.example' } });
    expect(byId(html, 'field-website').attrs.value).toBeUndefined();
  });

  it('turns errors into messages, aria-invalid and aria-describedby, and leaves valid fields alone', () => {
    const errors = {
      company: 'Enter the company name',
      needs: 'Choose needs from the list',
      consent: 'Tick the box',
    };
    const html = renderInquiryForm(choices, en, { errors });
    const company = byId(html, 'field-company');
    expect(company.attrs['aria-invalid']).toBe('true');
    expect(company.attrs['aria-describedby']).toBe('field-company-hint field-company-error');
    expect(byId(html, 'field-company-error').name).toBe('p');
    expect(html).toContain('<span class="sr-only">Error: </span>Enter the company name</p>');
    // A group: the fieldset is described by hint and error; every box is marked invalid.
    const fieldset = where(
      html,
      (tag) =>
        tag.name === 'fieldset' &&
        (tag.attrs['aria-describedby'] ?? '').includes('field-needs-error'),
    );
    expect(fieldset).toHaveLength(1);
    expect(
      where(html, (tag) => tag.attrs.name === 'needs').every(
        (tag) => tag.attrs['aria-invalid'] === 'true',
      ),
    ).toBe(true);
    expect(byId(html, 'field-consent').attrs['aria-describedby']).toBe(
      'field-consent-hint field-consent-error',
    );
    // Untouched fields.
    expect(byId(html, 'field-email').attrs['aria-invalid']).toBeUndefined();
    expect(byId(html, 'field-email').attrs['aria-describedby']).toBe('field-email-hint');
    expect(byId(html, 'field-contactName').attrs['aria-describedby']).toBeUndefined();
    expect(
      where(html, (tag) => 'data-invalid' in tag.attrs).map((tag) => tag.attrs['data-field']),
    ).toEqual(['company', 'needs', 'consent']);
  });

  it('puts a focused error summary first, linking to each field in page order', () => {
    const html = renderInquiryForm(choices, en, {
      errors: {
        consent: 'Tick the box',
        email: 'Enter your work email address',
        parks: 'Choose at least one park',
      },
    });
    const summary = byId(html, 'error-summary');
    expect(summary.attrs).toMatchObject({ tabindex: '-1', autofocus: '' });
    expect(summary.index).toBeLessThan(byId(html, 'field-parks').index);
    expect(byId(html, 'inquiry-form').attrs['data-server-errors']).toBe('');
    expect(html).toContain('There is a problem');
    expect(
      where(html, (tag) => tag.name === 'a' && (tag.attrs.href ?? '').startsWith('#field-')).map(
        (tag) => tag.attrs.href,
      ),
    ).toEqual(['#field-parks', '#field-email', '#field-consent']);
  });

  it('shows the errors the real schema reports for an empty form, one link per required field', () => {
    const result = validateInquiry(fromFormFields([]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = localizeErrors(result.errors, en.errors);
    const html = renderInquiryForm(choices, en, { values: {}, errors });
    const required = INQUIRY_FIELDS.filter(
      (field) => !field.optional && field.name !== 'country',
    ).map((field) => `#field-${field.name}`);
    const links = where(
      html,
      (tag) => tag.name === 'a' && (tag.attrs.href ?? '').startsWith('#field-'),
    ).map((tag) => tag.attrs.href);
    expect(links).toEqual(required);
  });
});

describe('renderErrorSummary', () => {
  it('escapes messages and lists keys the form does not show as plain text', () => {
    const html = renderErrorSummary(
      { surprise: 'This field is not accepted', company: `Bad ${XSS}` },
      en,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('<li>This field is not accepted</li>');
    expect(html.indexOf('#field-company')).toBeLessThan(html.indexOf('This field is not accepted'));
    expect(html).not.toContain('#field-surprise');
  });

  it('keeps "$&" in a message literally', () => {
    const html = renderInquiryForm(choices, en, { errors: { company: 'Use $& and $1 literally' } });
    expect(html).toContain('Use $&amp; and $1 literally');
  });
});

describe('responseTimeSentences', () => {
  it('says when each chosen park answers', () => {
    expect(
      responseTimeSentences(
        [
          { name: 'Xiangjiang', responseHours: 24 },
          { name: 'Quick', responseHours: 1 },
        ],
        en.responseTimes,
      ),
    ).toEqual([
      'Xiangjiang answers within 24 business hours.',
      'Quick answers within 1 business hour.',
    ]);
  });
});
