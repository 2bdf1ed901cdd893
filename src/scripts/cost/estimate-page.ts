/**
 * The estimate page's script. The built page already shows the example project priced at
 * every park (while the site is small enough), so on a plain visit it only listens: the
 * pricing (src/scripts/cost/estimate-run.ts, with src/domain/cost) runs when the URL or the
 * stored shortlist asks for something else, when the page was built without results, or
 * when the visitor submits the form.
 */
import { projectGiven } from '../../domain/cost/project';
import { showFromUrl, submit } from './estimate-run';
import { readShortlist } from './page-data';

const form = document.getElementById('estimate-form');
const results = document.getElementById('estimate-results');

if (form instanceof HTMLFormElement && results) {
  const params = new URLSearchParams(location.search);
  const get = (name: string) => params.get(name);
  const builtShowsThis =
    results.hasAttribute('data-prerendered') &&
    !(get('parks') ?? '').trim() &&
    !projectGiven(get) &&
    readShortlist().length === 0;
  if (!builtShowsThis) void showFromUrl();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
}
