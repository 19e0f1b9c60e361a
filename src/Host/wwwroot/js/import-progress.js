// The import job page (Pages/Imports/Job): while the file is being checked or written, the page without scripts reloads
// itself every second (a meta refresh inside <noscript>). With this script the page stays put instead: it asks
// GET /api/v1/imports/{id} once a second, moves the <progress> bar and the stage text, and reloads the page once the
// job has finished, so the preview or the result is rendered by the server as it is without scripts.
"use strict";
(function () {
    const job = document.getElementById("import-job");
    if (!job || !window.fetch) return;
    if (job.dataset.status !== "previewing" && job.dataset.status !== "applying") return;

    const bar = job.querySelector("progress");
    const stage = job.querySelector("[data-stage]");
    const percent = job.querySelector("[data-percent]");
    const counts = job.querySelector("[data-counts]");
    const url = "/api/v1/imports/" + encodeURIComponent(job.dataset.job);
    const locale = document.documentElement.lang || "id";

    function show(state) {
        const total = Number(state.total) || 0;
        const done = Number(state.done) || 0;
        const pct = total > 0 ? Math.min(100, Math.floor(done * 100 / total)) : 0;
        if (bar) { bar.max = 100; bar.value = pct; }
        if (percent) percent.textContent = pct + " %";
        if (counts) counts.textContent = total > 0 ? done.toLocaleString(locale) + " / " + total.toLocaleString(locale) : "";
        if (stage && state.stage) stage.textContent = job.dataset["stage" + state.stage.charAt(0).toUpperCase() + state.stage.slice(1)] || state.stage;
    }

    async function poll() {
        try {
            const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
            if (!response.ok) { window.location.reload(); return; }
            const state = await response.json();
            if (state.status !== job.dataset.status) { window.location.reload(); return; }
            show(state);
        } catch (e) {
            // A network hiccup: try again on the next tick.
        }
        window.setTimeout(poll, 1000);
    }

    window.setTimeout(poll, 500);
})();
