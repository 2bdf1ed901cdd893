/**
 * Progressive enhancement of the inquiry form. Without this script the form still posts
 * urlencoded to /api/inquiry and the function answers a redirect or an error page. With
 * it: `?park=` preselects and a search adds parks (./park-picker.ts, ./park-search.ts), the draft survives a reload (sessionStorage, this tab only),
 * the shared schema validates inline, the form posts JSON, and a network or server
 * failure keeps every answer in the page and retries with the same idempotency key.
 * Its words come from the page's JSON block (one locale's table), not from this bundle,
 * so /inquire/ and /en/inquire/ share one script and each ships only its own language.
 * The draft is shared by both languages' forms (same tab, same origin), so switching
 * language keeps what was typed.
 */
import {
  describedBy,
  ERROR_SUMMARY_ID,
  hintId,
  renderErrorSummary,
  renderFieldError,
} from '../forms/errors';
import { escapeHtml } from '../forms/html';
import { IDEMPOTENCY_FIELD, LOCALE_FIELD, STATUS_ID } from '../forms/ids';
import { localizeErrors } from '../forms/localize';
import type { ClientMessages } from '../forms/messages/types';
import { renderResponseTimes, RESPONSE_TIMES_ID, type ResponseTime } from '../forms/response-times';
import { HONEYPOT_FIELD, STARTED_AT_FIELD } from '../domain/inquiry/fields';
import { fromFormFields } from '../domain/inquiry/form-data';
import { validateInquiry } from '../domain/inquiry/schema';
import {
  clearDraft,
  newKey,
  readDraft,
  readJson,
  readMessages,
  retryDelayMs,
  writeDraft,
  type Draft,
} from './inquiry-form-io';
import { startPicker } from './park-picker';
import { startSearch } from './park-search';

/** Automatic retries after a network error, 429 or 5xx, before the visitor is asked. */
const AUTO_RETRIES = 2;
/** Longest wait the page accepts from Retry-After before asking the visitor instead. */
const MAX_AUTO_WAIT_MS = 10_000;

/** Fields a draft never carries: the trap, and the language (each form keeps its own). */
const NOT_DRAFTED = new Set([HONEYPOT_FIELD, LOCALE_FIELD]);

const form = document.getElementById('inquiry-form');
const words = readMessages();
// Without its words the script stays out of the way: the form still posts without it.
if (form instanceof HTMLFormElement && words) enhance(form, words);

function enhance(form: HTMLFormElement, words: ClientMessages): void {
  const baseTitle = document.title.startsWith(words.errorPrefix)
    ? document.title.slice(words.errorPrefix.length)
    : document.title;
  const hidden = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const touched = new Set<string>();
  let sending = false;

  // The server's error page shows what was posted; a stored draft must not overwrite it.
  const draft = form.hasAttribute('data-server-errors') ? undefined : readDraft();
  restore(draft);
  if (!hidden(IDEMPOTENCY_FIELD).value) hidden(IDEMPOTENCY_FIELD).value = newKey();
  if (!hidden(STARTED_AT_FIELD).value) hidden(STARTED_AT_FIELD).value = String(Date.now());
  // Parks the page shows, then those of `?park=`, then those of the draft.
  const draftParks = (draft?.entries ?? []).flatMap(([name, value]) =>
    name === 'parks' ? [value] : [],
  );
  const picker = startPicker(form, words, draftParks, () => {
    showResponseTimes();
    saveDraft();
  });
  startSearch(words, picker);

  const onEdit = (event: Event) => {
    const name = (event.target as HTMLInputElement).name;
    if (!name || name === HONEYPOT_FIELD) return;
    touched.add(name);
    if (name === 'parks') {
      picker.sync();
      showResponseTimes();
    }
    // Checkboxes and selects have no meaningful blur; re-check them as they change.
    if (event.type === 'change' && isGroupOrSelect(event.target)) validateField(name);
    saveDraft();
  };
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  form.addEventListener('focusout', (event) => {
    const name = (event.target as HTMLInputElement).name;
    if (name && touched.has(name)) validateField(name);
  });
  form.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const link = target.closest<HTMLAnchorElement>(`#${ERROR_SUMMARY_ID} a[href^="#"]`);
    if (link) {
      // Focus the control and scroll its label into view, as GOV.UK's summary does.
      event.preventDefault();
      const control = document.getElementById(link.hash.slice(1));
      control?.closest('[data-field]')?.scrollIntoView();
      control?.focus({ preventScroll: true });
    } else if (target.closest('[data-retry]')) void send();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    const result = validateInquiry(collect());
    if (!result.ok) return showErrors(localizeErrors(result.errors, words.errors));
    void send();
  });

  function collect(): Record<string, unknown> {
    const entries = [...new FormData(form)].filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    return fromFormFields(entries);
  }

  function validateField(name: string): void {
    const result = validateInquiry(collect());
    const issue = result.ok ? undefined : result.errors[name];
    setFieldError(name, issue && localizeErrors({ [name]: issue }, words.errors)[name]);
  }

  async function send(): Promise<void> {
    const body = JSON.stringify(collect());
    sending = true;
    setStatus(`<p>${escapeHtml(words.status.sending)}</p>`);
    form.querySelector('button[type="submit"]')?.setAttribute('aria-disabled', 'true');
    try {
      for (let attempt = 0; ; attempt += 1) {
        const response = await fetch(form.action, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body,
        }).catch(() => undefined);
        const answer =
          response && (response.status === 201 || response.status === 422)
            ? await readJson(response)
            : undefined;
        if (response?.status === 201 && typeof answer?.id === 'string') return done(answer.id);
        if (response?.status === 422 && answer?.errors) {
          setStatus('');
          return showErrors(answer.errors);
        }
        const retryable = !response || response.status === 429 || response.status >= 500;
        const waitMs = retryDelayMs(response, attempt);
        if (!retryable || attempt >= AUTO_RETRIES || waitMs > MAX_AUTO_WAIT_MS)
          return showFailure(response);
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
    } finally {
      sending = false;
      form.querySelector('button[type="submit"]')?.removeAttribute('aria-disabled');
    }
  }

  function done(id: string): void {
    const parks = chosenParks().map((box) => box.value);
    clearDraft();
    location.assign(
      `${words.thanksPath}?ref=${encodeURIComponent(id)}&parks=${encodeURIComponent(parks.join(','))}`,
    );
  }

  function showFailure(response: Response | undefined): void {
    const { status } = words;
    const reason = !response
      ? status.offline
      : response.status === 413
        ? status.tooLarge
        : response.status === 429
          ? status.tooMany
          : status.unavailable;
    setStatus(
      `<div role="alert" class="warn-box">` +
        `<p><strong>${escapeHtml(status.notSent)}</strong> ${escapeHtml(reason)} ${escapeHtml(status.kept)}</p>` +
        `<button type="button" data-retry class="warn-btn">${escapeHtml(status.retry)}</button></div>`,
    );
  }

  function setStatus(html: string): void {
    const status = document.getElementById(STATUS_ID);
    if (status) status.innerHTML = html;
  }

  function showErrors(errors: Record<string, string>): void {
    form.querySelectorAll<HTMLElement>('[data-field]').forEach((wrapper) => {
      setFieldError(wrapper.dataset.field ?? '', errors[wrapper.dataset.field ?? '']);
    });
    document.getElementById(ERROR_SUMMARY_ID)?.remove();
    form.insertAdjacentHTML('afterbegin', renderErrorSummary(errors, words));
    document.getElementById(ERROR_SUMMARY_ID)?.focus();
    document.title = `${words.errorPrefix}${baseTitle}`;
  }

  function setFieldError(name: string, message: string | undefined): void {
    const wrapper = form.querySelector<HTMLElement>(`[data-field="${name}"]`);
    const slot = wrapper?.querySelector('[data-error-slot]');
    if (!wrapper || !slot) return;
    slot.innerHTML = message === undefined ? '' : renderFieldError(name, message, words);
    wrapper.toggleAttribute('data-invalid', message !== undefined);
    const fieldset = wrapper.querySelector('fieldset');
    const controls = wrapper.querySelectorAll<HTMLElement>('input, select, textarea');
    const describe = fieldset ?? controls[0];
    const ids = describedBy(
      name,
      document.getElementById(hintId(name)) !== null,
      message !== undefined,
    );
    if (ids) describe?.setAttribute('aria-describedby', ids);
    else describe?.removeAttribute('aria-describedby');
    controls.forEach((control) =>
      message === undefined
        ? control.removeAttribute('aria-invalid')
        : control.setAttribute('aria-invalid', 'true'),
    );
  }

  function chosenParks(): HTMLInputElement[] {
    return [...form.querySelectorAll<HTMLInputElement>('input[name="parks"]:checked')];
  }

  function showResponseTimes(): void {
    const box = document.getElementById(RESPONSE_TIMES_ID);
    if (!box) return;
    box.innerHTML = renderResponseTimes(
      chosenParks()
        .map(responseTime)
        .filter((park) => park.responseHours > 0),
      words.responseTimes,
    );
  }

  function saveDraft(): void {
    const entries = [...new FormData(form)].filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && !NOT_DRAFTED.has(entry[0]),
    );
    writeDraft({ entries });
  }

  function restore(draft: Draft | undefined): void {
    if (!draft) return;
    const byName = new Map<string, string[]>();
    for (const [name, value] of draft.entries)
      byName.set(name, [...(byName.get(name) ?? []), value]);
    for (const element of form.elements) {
      const control = element as HTMLInputElement;
      const values = byName.get(control.name);
      // Parks are the picker's: it adds the draft's to those the page shows.
      if (!values || NOT_DRAFTED.has(control.name) || control.name === 'parks') continue;
      if (control.type === 'checkbox') control.checked = values.includes(control.value);
      else control.value = values[0] ?? '';
    }
  }
}

function responseTime(box: HTMLInputElement): ResponseTime {
  return {
    name: box.dataset.parkName ?? box.value,
    responseHours: Number(box.dataset.responseHours) || 0,
  };
}

function isGroupOrSelect(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && target.type === 'checkbox')
  );
}
