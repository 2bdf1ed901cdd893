/**
 * Progressive enhancement of the inquiry form. Without this script the form still posts
 * urlencoded to /api/inquiry and the function answers a redirect or an error page. With
 * it: `?park=` preselects, the draft survives a reload (sessionStorage, this tab only),
 * the shared schema validates inline, the form posts JSON, and a network or server
 * failure keeps every answer in the page and retries with the same idempotency key.
 */
import {
  describedBy,
  ERROR_SUMMARY_ID,
  hintId,
  renderErrorSummary,
  renderFieldError,
} from '../forms/errors';
import { IDEMPOTENCY_FIELD, STATUS_ID } from '../forms/render-form';
import { renderResponseTimes, RESPONSE_TIMES_ID } from '../forms/response-times';
import { HONEYPOT_FIELD, STARTED_AT_FIELD } from '../domain/inquiry/fields';
import { fromFormFields } from '../domain/inquiry/form-data';
import { validateInquiry } from '../domain/inquiry/schema';

const DRAFT_KEY = 'inquiry-draft';
/** Automatic retries after a network error, 429 or 5xx, before the visitor is asked. */
const AUTO_RETRIES = 2;
/** Longest wait the page accepts from Retry-After before asking the visitor instead. */
const MAX_AUTO_WAIT_MS = 10_000;

interface Draft {
  entries: [string, string][];
}

const form = document.getElementById('inquiry-form');
if (form instanceof HTMLFormElement) enhance(form);

function enhance(form: HTMLFormElement): void {
  const baseTitle = document.title.replace(/^Error: /, '');
  const hidden = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const touched = new Set<string>();
  let sending = false;

  // The server's error page shows what was posted; a stored draft must not overwrite it.
  if (!form.hasAttribute('data-server-errors')) restore(readDraft());
  const park = new URLSearchParams(location.search).get('park');
  form.querySelectorAll<HTMLInputElement>('input[name="parks"]').forEach((box) => {
    if (box.value === park) box.checked = true;
  });
  if (!hidden(IDEMPOTENCY_FIELD).value) hidden(IDEMPOTENCY_FIELD).value = newKey();
  if (!hidden(STARTED_AT_FIELD).value) hidden(STARTED_AT_FIELD).value = String(Date.now());
  showResponseTimes();
  saveDraft();

  const onEdit = (event: Event) => {
    const name = (event.target as HTMLInputElement).name;
    if (!name || name === HONEYPOT_FIELD) return;
    touched.add(name);
    if (name === 'parks') showResponseTimes();
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
    if (!result.ok) return showErrors(result.errors);
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
    setFieldError(name, result.ok ? undefined : result.errors[name]);
  }

  async function send(): Promise<void> {
    const body = JSON.stringify(collect());
    sending = true;
    setStatus('<p>Sending your inquiry…</p>');
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
      `/inquire/thanks/?ref=${encodeURIComponent(id)}&parks=${encodeURIComponent(parks.join(','))}`,
    );
  }

  function showFailure(response: Response | undefined): void {
    const reason = !response
      ? 'We could not reach the server. Check your connection.'
      : response.status === 413
        ? 'Your inquiry is too long. Shorten your question and send it again.'
        : response.status === 429
          ? 'Too many inquiries came from your connection just now. Wait a minute, then try again.'
          : 'The server could not store your inquiry just now.';
    setStatus(
      `<div role="alert" class="border-l-4 border-warn-700 bg-warn-50 p-4 text-warn-700">` +
        `<p><strong>Your inquiry has not been sent yet.</strong> ${reason} Your answers are still here.</p>` +
        `<button type="button" data-retry class="mt-3 border-2 border-warn-700 bg-white px-4 py-2 font-semibold">Try again</button></div>`,
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
    form.insertAdjacentHTML('afterbegin', renderErrorSummary(errors));
    document.getElementById(ERROR_SUMMARY_ID)?.focus();
    document.title = `Error: ${baseTitle}`;
  }

  function setFieldError(name: string, message: string | undefined): void {
    const wrapper = form.querySelector<HTMLElement>(`[data-field="${name}"]`);
    const slot = wrapper?.querySelector('[data-error-slot]');
    if (!wrapper || !slot) return;
    slot.innerHTML = message === undefined ? '' : renderFieldError(name, message);
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
      chosenParks().map((park) => ({
        name: park.dataset.parkName ?? park.value,
        responseHours: Number(park.dataset.responseHours),
      })),
    );
  }

  function saveDraft(): void {
    const entries = [...new FormData(form)].filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && entry[0] !== HONEYPOT_FIELD,
    );
    try {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ entries } satisfies Draft));
    } catch {
      // Storage can be full or disabled; the form works without a draft.
    }
  }

  function restore(draft: Draft | undefined): void {
    if (!draft) return;
    const byName = new Map<string, string[]>();
    for (const [name, value] of draft.entries)
      byName.set(name, [...(byName.get(name) ?? []), value]);
    for (const element of form.elements) {
      const control = element as HTMLInputElement;
      const values = byName.get(control.name);
      if (!values || control.name === HONEYPOT_FIELD) continue;
      if (control.type === 'checkbox') control.checked = values.includes(control.value);
      else control.value = values[0] ?? '';
    }
  }
}

/** The JSON answer of the function, or undefined when the body is not the JSON it documents. */
async function readJson(
  response: Response,
): Promise<{ id?: unknown; errors?: Record<string, string> } | undefined> {
  try {
    const value: unknown = await response.json();
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function isGroupOrSelect(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && target.type === 'checkbox')
  );
}

function readDraft(): Draft | undefined {
  try {
    const draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null') as Draft | null;
    return draft && Array.isArray(draft.entries) ? draft : undefined;
  } catch {
    return undefined;
  }
}

function clearDraft(): void {
  try {
    sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** A random idempotency key; randomUUID needs a secure context, so fall back to getRandomValues. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** Retry-After (seconds) when the server sends it, else 1 s, 3 s, … backoff. */
function retryDelayMs(response: Response | undefined, attempt: number): number {
  const header = Number(response?.headers.get('retry-after'));
  return Number.isFinite(header) && header > 0 ? header * 1000 : 1000 * (2 * attempt + 1);
}
