// Initialises govuk-frontend as its documentation says. An external file, not an inline
// <script type="module">, because the benchmark serves every page with the strict CSP.
import { initAll } from '/govuk/govuk-frontend.min.js';

initAll();
